"""Profile data: loading, variants, and a version that follows the data files."""

from __future__ import annotations

import shutil

from claims.extraction import lexicon
from claims.extraction.extract import EXTRACTOR_VERSION, extractor_version
from claims.extraction.lexicon import Folded, fold, load_profile


def test_fold_keeps_offsets():
    text = "Île-de-France, l’ARS"
    assert len(fold(text)) == len(text)
    assert fold(text) == "ile de france, l ars"


def test_every_region_is_there_with_its_official_name():
    regions = {value for value, _p, _c in load_profile().terms["region"].patterns}
    assert len(regions) == 18


def test_case_sensitive_terms():
    found = load_profile().terms["organization"].find(Folded("l'ARS et les arsenaux"))
    assert [v for v, _s, _e in found] == ["ARS"]


def test_version_changes_with_the_data(tmp_path, monkeypatch):
    assert EXTRACTOR_VERSION == extractor_version(load_profile())
    shutil.copytree(lexicon.PROFILES_DIR / "cyberattack", tmp_path / "cyberattack")
    with open(tmp_path / "cyberattack" / "regions.toml", "a", encoding="utf-8") as handle:
        handle.write('\n["Test region"]\nfr = ["Région de test"]\n')
    monkeypatch.setattr(lexicon, "PROFILES_DIR", tmp_path)
    lexicon.load_profile.cache_clear()
    try:
        edited = lexicon.load_profile("cyberattack")
        assert extractor_version(edited) != EXTRACTOR_VERSION
        assert edited.terms["region"].find(Folded("la région de test est touchée"))
    finally:
        lexicon.load_profile.cache_clear()
