"""`make demo` refuses a sample port config.toml does not crawl, before installing anything.

The sample site and config.toml must agree on the port: served elsewhere, the corpus is never read
and the demo opens on an empty overview with no word of why (how a newcomer passing SAMPLE_PORT
met it). The guard runs as `make demo`'s first prerequisite, `demo-check`, which these tests call
alone so that no install starts.
"""

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")


def _demo_check(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["make", "--no-print-directory", "-C", str(ROOT), "demo-check", *args],
                          capture_output=True, text=True, timeout=60)


def test_the_port_config_toml_crawls_passes():
    assert _demo_check().returncode == 0


def test_another_sample_port_stops_with_the_reason():
    done = _demo_check("SAMPLE_PORT=8777")
    assert done.returncode != 0
    assert "config.toml's sources do not point at 127.0.0.1:8777" in done.stderr
