"""The benchmark runner end to end at a tiny size: every required figure is present and numeric (no timing asserted)."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.run import REQUIRED

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_tiny_run_writes_every_required_figure(tmp_path):
    output = tmp_path / "results.json"
    done = subprocess.run([sys.executable, "-m", "benchmarks.run", "--tiny", "--output", str(output)],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    results = json.loads(output.read_text())
    assert results["machine"]["cpu_count"] >= 1
    from claims.config import parser_installed
    parse = ("claims_parse_sentences_per_s", "crawl_parse_ratio") if parser_installed() else ()
    for name in (*REQUIRED, *parse):
        figure = results["figures"][name]
        assert isinstance(figure["value"], (int, float)) and math.isfinite(figure["value"]), (name, figure)
        assert figure["unit"] and figure["n"] > 0, (name, figure)


def test_corpus_is_deterministic():
    from benchmarks.corpus import generate
    first, again = generate(12), generate(12)
    assert len(first.pages) == 12 and first.feeds
    assert [again.documents[p].body for p in again.pages] == [first.documents[p].body for p in first.pages]
