"""The parse reading of a sentence's clauses (spaCy's French pipeline), measured against cues in docs/claims.md."""

from __future__ import annotations

import pytest

from claims.extraction import parse
from claims.extraction.extract import extract_claims
from claims.extraction.lexicon import Folded
from claims.extraction.polarity import analyse, clause_at
from claims.extraction.profile import load_profile

pytest.importorskip("spacy")
VOCABULARY = load_profile().vocabulary("fr")


def clauses(text: str):
    doc = parse.parse_all([text], "fr")[0]
    return parse.parse_clauses(Folded(text), VOCABULARY, doc)


def test_the_french_pipeline_is_installed():
    assert parse.parser("fr") is not None


def test_english_has_no_parser_and_is_read_with_cues():
    assert parse.parser("en") is None
    assert parse.parse_all(["Names were stolen."], "en") is None


def test_a_negation_stays_in_its_clause():
    text = "Les noms ont été dérobés, mais les dossiers médicaux n'ont pas été touchés."
    got = clauses(text)
    assert not clause_at(got, text.index("noms")).negated
    assert clause_at(got, text.index("dossiers")).negated


def test_the_conditional_hedges_its_clause():
    text = "Les pirates auraient dérobé des noms et des adresses."
    assert clause_at(clauses(text), text.index("noms")).hedged


def test_combined_keeps_the_cue_clauses_and_adds_the_parse_hedges():
    text = "Les noms ont été dérobés, mais les dossiers médicaux n'ont pas été touchés."
    f = Folded(text)
    cue_clauses, _attributed = analyse(f, VOCABULARY)
    both = parse.combine(cue_clauses, clauses(text))
    assert [(c.start, c.end, c.negated) for c in both] == [(c.start, c.end, c.negated) for c in cue_clauses]
    assert clause_at(both, text.index("dossiers")).negated
    assert not clause_at(both, text.index("noms")).negated


def test_combined_keeps_what_the_cues_knew_of_who_speaks():
    # "préviennent les spécialistes" hedges the risks (experts' warning); the combined reading
    # once rebuilt each clause without it and stated them as facts.
    text = ("Avec le nom et l'adresse d'un patient, il devient facile d'envoyer un faux courriel crédible, "
            "voire d'usurper son identité, préviennent les spécialistes.")
    for structure in ("cues", "combined"):
        risks = {(c.value, c.hedged) for c in extract_claims(text, profile=load_profile(), language="fr",
                                                             structure=structure) if c.slot == "risk"}
        assert risks == {("phishing", True), ("identity_theft", True)}, structure


@pytest.mark.parametrize("structure", ["parse", "combined"])
def test_extraction_reads_with_the_parse_when_asked(structure):
    text = "Les noms ont été dérobés, mais aucune donnée médicale n'a été touchée."
    found = {(c.slot, c.value, c.polarity) for c in extract_claims(text, profile=load_profile(), language="fr",
                                                                      structure=structure)}
    assert {("data_category", "identity", "asserted"), ("data_category", "medical", "denied")} <= found


def test_the_pipeline_reads_with_the_configured_structure_and_records_it(db, real_embedder):
    from dataclasses import replace

    from claims.pipeline import run_pipeline
    from tests.claims.seed import INCIDENT, SETTINGS, add_article

    add_article(db, "La Gazette", "Les noms et les adresses des patients ont été dérobés, mais aucune donnée "
                "médicale n'a été touchée, assure l'hôpital.")

    def read(structure, **kw):
        report = run_pipeline(db, incident=INCIDENT, settings=replace(SETTINGS, structure=structure),
                              embedder=real_embedder, **kw)
        assert report.ok, report.errors
        return ({r[0] for r in db.execute("SELECT extractor_version FROM article_scope")},
                {r for r in db.execute("SELECT slot, value, polarity FROM claims WHERE slot = 'data_category'")})

    versions, found = read("combined")
    assert len(versions) == 1 and versions.pop().endswith("+combined")
    assert {("data_category", "identity", "asserted"), ("data_category", "medical", "denied")} <= found
    # Back to cues: a reprocess re-reads the store, and the claims say they were read with cues.
    versions, again = read("cues", reprocess=True)
    assert not versions.pop().endswith("+combined") and again == found
