"""config.toml: every key declared once and documented; every mistake exits 2 naming file, key and fix."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from aggregator.settings import ConfigError, declared
from recoupe.cli import main
from recoupe.config import LIST_SECTIONS, SECTIONS, load_config

ROOT = Path(__file__).resolve().parents[2]

MINIMAL = """
[incident]
id = "x"
title = "X"
since = 2025-09-01

[[source]]
name = "A"
url = "http://127.0.0.1:1/feed.xml"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_config_loads_and_documents_every_key():
    config = load_config(ROOT / "config.toml")
    assert config.sources, "the shipped config crawls the bundled sample"
    text = (ROOT / "config.toml").read_text(encoding="utf-8")
    for section, cls in {**SECTIONS, **LIST_SECTIONS}.items():
        block = _section_text(text, section)
        for name, _type, _default, help_text, _choices in declared(cls):
            assert help_text.strip(), f"[{section}] {name} has no help"
            # A key is documented when it appears, set or commented out, in its section.
            assert re.search(rf"^#?\s*{name}\s*=", block, re.M), f"config.toml does not document [{section}] {name}"


def _section_text(text: str, section: str) -> str:
    pattern = rf"^\[\[?{section}\]\]?\s*$"
    starts = [m.start() for m in re.finditer(pattern, text, re.M)]
    assert starts, f"config.toml has no [{section}] section"
    chunk = []
    for start in starts:
        header_end = text.index("\n", start) + 1
        nxt = re.compile(r"^\[", re.M).search(text, header_end)
        chunk.append(text[start: nxt.start() if nxt else len(text)])
    return "\n".join(chunk)


def test_minimal_config_gets_defaults(tmp_path):
    config = load_config(write(tmp_path, MINIMAL))
    assert config.crawl.concurrency == 8
    assert config.sources[0].kind == "feed" and config.sources[0].official is False
    assert config.database_path == (tmp_path / "recoupe.db").resolve()
    assert config.claims.model == "intfloat/multilingual-e5-small"


@pytest.mark.parametrize(
    "text, key, words",
    [
        (MINIMAL + "\n[crawl]\ntimout = 3\n", "crawl.timout", "unknown key"),
        (MINIMAL + "\n[crawl]\ntimeout = \"fast\"\n", "crawl.timeout", "expected a number"),
        (MINIMAL + "\n[crawl]\nconcurrency = 2.5\n", "crawl.concurrency", "whole number"),
        (MINIMAL + "\n[crawl]\nrespect_robots = \"yes\"\n", "crawl.respect_robots", "true or false"),
        (MINIMAL + "\n[claims]\nsimilarity = 3\n", "claims.similarity", "between 0 and 1"),
        (MINIMAL + '\n[claims]\nstructure = "tree"\n', "claims.structure", "one of cues, parse, combined"),
        (MINIMAL + "\n[extra]\na = 1\n", "extra", "unknown section"),
        (MINIMAL + '\n[web]\npublic_url = "example.org"\n', "web.public_url", "absolute"),
        (MINIMAL + '\n[[source]]\nname = "B"\n', "source[1].url", "required"),
        (MINIMAL + '\n[[source]]\nname = "B"\nurl = "ftp://x/y"\n', "source[1].url", "http"),
        (MINIMAL + '\n[[source]]\nname = "B"\nurl = "http://x/y"\nkind = "rss"\n', "source[1].kind", "one of"),
        (MINIMAL + '\n[[source]]\nname = "A"\nurl = "http://x/y"\n', "source[1].name", "unique"),
        (MINIMAL.replace("since = 2025-09-01", 'since = "september"'), "incident.since", "date"),
        (MINIMAL.replace('id = "x"\n', ""), "incident.id", "required"),
        ('[incident]\nid = "x"\ntitle = "X"\nsince = 2025-09-01\n', "source", "at least one"),
        ("[incident\nid=", "", "not valid TOML"),
    ],
)
def test_config_errors_name_the_key(tmp_path, text, key, words):
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert info.value.key == key
    assert words in str(info.value)
    assert str(path) in str(info.value)


def test_cli_exits_2_on_bad_config(tmp_path, capsys):
    path = write(tmp_path, MINIMAL + "\n[crawl]\nconcurency = 3\n")
    assert main(["--config", str(path), "crawl"]) == 2
    err = capsys.readouterr().err
    assert "crawl.concurency" in err and str(path) in err and "concurrency" in err


def test_cli_exits_2_on_missing_config(tmp_path, capsys):
    assert main(["--config", str(tmp_path / "nope.toml"), "crawl"]) == 2
    assert "no such file" in capsys.readouterr().err


def test_every_command_has_help():
    """Each command and option says what it does in --help (sqlite-utils' rule)."""
    from recoupe.cli import build_parser

    parser = build_parser()
    actions = [a for a in parser._actions if a.dest == "command"][0]
    for name, sub in actions.choices.items():
        assert sub.description or sub.format_help(), name
        for action in sub._actions:
            if action.dest in ("help",) or action.help == "==SUPPRESS==":
                continue
            assert action.help, f"recoupe {name}: option {action.dest} has no help"
    out = subprocess.run([sys.executable, "-m", "recoupe.cli", "--help"], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0 and "crawl" in out.stdout


def test_relative_model_folder_is_taken_from_the_config_folder(tmp_path, monkeypatch):
    path = write(tmp_path, MINIMAL + '\n[claims]\nmodel = "./models/mine"\n')
    monkeypatch.chdir("/")
    assert load_config(path).claims.model == str(tmp_path / "models" / "mine")
    hub = write(tmp_path, MINIMAL + '\n[claims]\nmodel = "intfloat/multilingual-e5-small"\n')
    assert load_config(hub).claims.model == "intfloat/multilingual-e5-small"


def test_a_parse_reading_without_spacy_says_which_extra_to_install(tmp_path, monkeypatch):
    # The one thing faked: that spaCy is not installed here (CI installs the `parse` extra).
    import claims.config

    monkeypatch.setattr(claims.config, "parser_installed", lambda: False)
    with pytest.raises(ConfigError) as info:
        load_config(write(tmp_path, MINIMAL + '\n[claims]\nstructure = "combined"\n'))
    assert info.value.key == "claims.structure"
    assert "recoupe[parse]" in str(info.value)
    assert load_config(write(tmp_path, MINIMAL)).claims.structure == "cues"


def test_the_configured_readings_are_the_extractors():
    from claims.config import STRUCTURES
    from claims.extraction.extract import STRUCTURES as EXTRACTOR_STRUCTURES

    assert STRUCTURES == EXTRACTOR_STRUCTURES
