"""Profile data: loading and validation, variants, one alternation per list, and a version that follows the data."""

from __future__ import annotations

import shutil

import pytest

from claims.extraction import profile as profiles
from claims.extraction.extract import EXTRACTOR_VERSION, extract_claims, extractor_version
from claims.extraction.lexicon import Folded, TermSet, fold
from claims.extraction.model import IncidentContext
from claims.extraction.profile import ProfileError, for_incident, load_profile


@pytest.fixture
def profile_copy(tmp_path, monkeypatch):
    """A writable copy of the cyberattack profile, loaded fresh by load_profile."""
    shutil.copytree(profiles.PROFILES_DIR / "cyberattack", tmp_path / "cyberattack")
    monkeypatch.setattr(profiles, "PROFILES_DIR", tmp_path)
    profiles.load_profile.cache_clear()
    yield tmp_path / "cyberattack"
    profiles.load_profile.cache_clear()


def test_fold_keeps_offsets():
    text = "Île-de-France, l’ARS"
    assert len(fold(text)) == len(text)
    assert fold(text) == "ile de france, l ars"


def test_every_region_is_there_with_its_official_name():
    regions = {value for value, _term in load_profile().terms["region"].entries if value is not None}  # None: blockers
    assert len(regions) == 18


def test_case_sensitive_terms():
    found = load_profile().terms["organization"].find(Folded("l'ARS et les arsenaux"))
    assert [v for v, _s, _e in found] == ["ARS"]


def test_the_longest_term_wins_at_one_place():
    terms = TermSet([("contact", "coordonnées"), ("banking", "coordonnées bancaires"), ("identity", "nom")])
    found = terms.find(Folded("Les coordonnées bancaires et les noms"))
    assert [v for v, _s, _e in found] == ["banking", "identity"]


def test_the_metadata_is_data():
    profile = load_profile()
    assert profile.slots[0] == "region" and "quote" in profile.slots
    assert profile.single_valued == {"victim_count", "accounts_compromised", "attack_date"}
    assert profile.numeric == {"victim_count", "accounts_compromised"}
    assert profile.labels["fr"]["organization"] and profile.labels["en"]["organization"]
    assert EXTRACTOR_VERSION.startswith(profile.rules_version + "+cyberattack.")


def test_an_unknown_cue_list_is_an_error_at_load_time(profile_copy):
    path = profile_copy / "cues_fr.toml"
    path.write_text('negatoin = ["pas"]\n' + path.read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(ProfileError, match="negatoin"):
        profiles.load_profile("cyberattack")


def test_a_misspelt_cue_name_in_code_fails_at_once():
    with pytest.raises(AttributeError):
        load_profile().vocabulary("fr").cues.negatoin  # noqa: B018


def test_metadata_naming_an_unknown_slot_is_an_error(profile_copy):
    text = (profile_copy / "profile.toml").read_text(encoding="utf-8")
    (profile_copy / "profile.toml").write_text(text.replace('numeric = ["victim_count"', 'numeric = ["victims"'),
                                               encoding="utf-8")
    with pytest.raises(ProfileError, match="victims"):
        profiles.load_profile("cyberattack")


def test_version_changes_with_the_data(profile_copy):
    assert EXTRACTOR_VERSION == extractor_version(load_profile())
    with open(profile_copy / "regions.toml", "a", encoding="utf-8") as handle:
        handle.write('\n["Test region"]\nfr = ["Région de test"]\n')
    edited = profiles.load_profile("cyberattack")
    assert extractor_version(edited) != EXTRACTOR_VERSION
    assert edited.terms["region"].find(Folded("la région de test est touchée"))


def test_the_incidents_organisations_are_recognised():
    text = "Synnovis a été victime d'une cyberattaque par rançongiciel."
    assert not [c for c in extract_claims(text, profile=load_profile(), language="fr") if c.slot == "organization"]
    incident = IncidentContext(organizations=("Synnovis",))
    found = extract_claims(text, profile=load_profile(), language="fr", incident=incident)
    assert ("organization", "Synnovis", "asserted") in {(c.slot, c.value, c.polarity) for c in found}
    # and the claims record that the organisations were part of what produced them
    assert extractor_version(load_profile(), incident) != EXTRACTOR_VERSION


def test_a_one_word_organisation_keeps_its_case():
    profile = for_incident(load_profile(), IncidentContext(organizations=("Free",)))
    assert profile.terms["organization"].find(Folded("Free a été piraté"))
    assert not profile.terms["organization"].find(Folded("un accès free"))


def test_an_organisation_the_lexicon_knows_keeps_its_name():
    profile = for_incident(load_profile(), IncidentContext(organizations=("Pôle emploi",)))
    assert [v for v, _s, _e in profile.terms["organization"].find(Folded("Pôle emploi"))] == ["France Travail"]


@pytest.mark.parametrize("value", ['"12-32"', '"Christmas"', "12"])
def test_a_named_day_that_is_no_day_of_the_year_fails_when_the_profile_loads(profile_copy, value):
    path = profile_copy / "dates_en.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("[named_days]\n", f'[named_days]\n"boxing night" = {value}\n'), encoding="utf-8")
    with pytest.raises(ProfileError, match="boxing night"):
        profiles.load_profile("cyberattack")
