"""Clustering: slot keys, the guard, incremental assignment with stable ids, editors' merges and pins."""

from __future__ import annotations

import pytest

from claims.extraction.extract import statement_polarity
from claims.extraction.lexicon import load_profile
from claims.grouping.cluster import Signature, assign_pending, guard
from claims.embedding.cache import embed_texts
from claims.grouping.refresh import refresh_clusters
from tests.claims.seed import SETTINGS, add_article, add_claim

PLAINTE_FR = "Le GRADeS a déposé plainte auprès du parquet de Lille."
PLAINTE_EN = "GRADeS has filed a complaint with the Lille prosecutor's office."
VOL_750 = "Les données de 750 000 patients ont été dérobées lors de la cyberattaque."
VOL_500 = "Les données de 500 000 patients ont été dérobées lors de la cyberattaque."
DEPOSEE = "Une plainte a été déposée par le GRADeS auprès du parquet."
PAS_DEPOSEE = "Aucune plainte n'a été déposée par le GRADeS auprès du parquet."


def cluster_of(db, claim_id):
    return db.execute("SELECT cluster_id FROM claims WHERE id = ?", [claim_id]).fetchone()[0]


def assign(db, embedder=None, **kw):
    embed = (lambda texts: embed_texts(db, embedder, texts)) if embedder else None
    touched = assign_pending(db, embed=embed, model=embedder.model_name if embedder else None,
                             threshold=SETTINGS.similarity, **kw)
    refresh_clusters(db)
    return touched


def test_slot_claims_group_by_slot_value_and_polarity(db):
    a, b = add_article(db, "A", "x"), add_article(db, "B", "y")
    one = add_claim(db, a, "region", "Normandie")
    two = add_claim(db, b, "region", "Normandie")
    other = add_claim(db, b, "region", "Bretagne")
    assign(db)
    assert cluster_of(db, one) == cluster_of(db, two) != cluster_of(db, other)
    row = db.execute("SELECT key, claim_count, source_count FROM clusters WHERE id = ?",
                     [cluster_of(db, one)]).fetchone()
    assert row == ("region|Normandie|asserted", 2, 2)


def test_a_denial_never_joins_its_assertion(db, real_embedder):
    a = add_article(db, "A", "x")
    said = add_claim(db, a, "data_category", "medical", "asserted")
    denied = add_claim(db, a, "data_category", "medical", "denied")
    free_said = add_claim(db, a, None, None, "asserted", text=DEPOSEE)
    free_denied = add_claim(db, a, None, None, "denied", text=PAS_DEPOSEE)
    assign(db, real_embedder)
    assert cluster_of(db, said) != cluster_of(db, denied)
    assert cluster_of(db, free_said) != cluster_of(db, free_denied)


def signed(text, lang="fr"):
    """A sentence's signature with the polarity the extractor gives it as a free-text claim."""
    return Signature.of(text, statement_polarity(text, profile=load_profile(), language=lang))


def test_the_guard_names_what_differs():
    assert guard(signed(DEPOSEE), signed(PAS_DEPOSEE)) == "negation"
    assert guard(signed("Il n'est pas exclu qu'une plainte soit déposée par le GRADeS."), signed(DEPOSEE)) is None
    assert guard(Signature.of(VOL_750), Signature.of(VOL_500)) == "numbers"
    assert guard(Signature.of("Plainte déposée auprès du parquet de Lille par le GRADeS."),
                 Signature.of("Plainte déposée auprès du parquet de Paris par le GRADeS.")) == "names"
    assert guard(Signature.of(PLAINTE_FR), Signature.of(PLAINTE_EN)) is None
    # A name on one side only is a fuller wording, not a different fact.
    assert guard(Signature.of("Une plainte a été déposée à Lille."), Signature.of(PLAINTE_FR)) is None


def test_paraphrases_join_across_languages_and_the_guard_splits_figures(db, real_embedder):
    a, b = add_article(db, "A", "x"), add_article(db, "B", "y")
    fr = add_claim(db, a, None, None, text=PLAINTE_FR)
    en = add_claim(db, b, None, None, text=PLAINTE_EN)
    v750 = add_claim(db, a, None, None, text=VOL_750)
    v500 = add_claim(db, b, None, None, text=VOL_500)
    assign(db, real_embedder)
    assert cluster_of(db, fr) == cluster_of(db, en)
    assert cluster_of(db, v750) != cluster_of(db, v500)


def test_incremental_assignment_keeps_ids_and_computes_no_embedding_twice(db, real_embedder):
    a = add_article(db, "A", "x")
    first = add_claim(db, a, None, None, text=PLAINTE_FR)
    slot = add_claim(db, a, "region", "Normandie")
    assign(db, real_embedder)
    before = {first: cluster_of(db, first), slot: cluster_of(db, slot)}
    encoded = real_embedder.texts_encoded
    b = add_article(db, "B", "y")
    later = add_claim(db, b, None, None, text=PLAINTE_EN)
    later_slot = add_claim(db, b, "region", "Normandie")
    touched = assign(db, real_embedder)
    assert {first: cluster_of(db, first), slot: cluster_of(db, slot)} == before
    assert cluster_of(db, later) == before[first] and cluster_of(db, later_slot) == before[slot]
    assert touched == {before[first], before[slot]}
    assert real_embedder.texts_encoded == encoded + 1  # only the new sentence
    assert assign(db, real_embedder) == set()


def test_negation_pair_links_free_text_clusters_for_verdicts(db, real_embedder):
    press = add_article(db, "Press", "x")
    ars = add_article(db, "ARS", "y", official=True)
    claimed = add_claim(db, press, None, None, text=DEPOSEE)
    add_claim(db, ars, None, None, "denied", text=PAS_DEPOSEE)
    assign(db, real_embedder)
    assert db.execute("SELECT count(*) FROM cluster_links").fetchone()[0] == 1
    verdict = db.execute("SELECT verdict FROM clusters WHERE id = ?", [cluster_of(db, claimed)]).fetchone()[0]
    assert verdict == "contradicted"


def test_out_of_incident_claims_join_no_cluster(db):
    a = add_article(db, "A", "x")
    claim = add_claim(db, a, "region", "Normandie", in_incident=False)
    assign(db)
    assert cluster_of(db, claim) is None


def test_pinned_claims_stay_and_merged_clusters_forward_new_claims(db):
    a, b = add_article(db, "A", "x"), add_article(db, "B", "y")
    ten = add_claim(db, a, "accounts_compromised", 10)
    dozen = add_claim(db, a, "accounts_compromised", 12)
    assign(db)
    target, merged = cluster_of(db, ten), cluster_of(db, dozen)
    with db.transaction():  # what claims.editorial.merge_clusters records
        db.execute("UPDATE claims SET cluster_id = ?, pinned_cluster = 1 WHERE cluster_id = ?", [target, merged])
        db.execute("UPDATE clusters SET merged_into = ? WHERE id = ?", [target, merged])
    newcomer = add_claim(db, b, "accounts_compromised", 12)
    assign(db)
    assert cluster_of(db, newcomer) == target
    assert cluster_of(db, dozen) == target


@pytest.mark.parametrize("text, expected", [
    ("Les données de 1 400 000 patients", {"1400000"}),
    ("1,4 million de patients le 4 septembre", {"1400000", "4"}),
    ("une dizaine de comptes, trois agences", {"10"}),  # small numbers in words say little
])
def test_signature_reads_numbers(text, expected):
    assert Signature.of(text).numbers == expected


def test_across_languages_only_names_written_alike_are_compared():
    """"France's" has no French word to match; regions and acronyms are compared under one name."""
    fr = Signature.of("La CNIL a été notifiée de la violation par les groupements, précisent les ARS de Normandie.")
    en = Signature.of("The operators reported the breach to the CNIL, France's privacy watchdog, in Normandy.")
    assert guard(fr, en, across_languages=True) is None
    assert guard(fr, en) == "names"
    other = Signature.of("The operators reported the breach to the ICO in Brittany.")
    assert guard(fr, other, across_languages=True) == "names"


def test_figures_in_words_and_months_tell_claims_apart():
    assert guard(Signature.of("Une dizaine de comptes ont été utilisés par les attaquants."),
                 Signature.of("Une cinquantaine de comptes ont été utilisés par les attaquants.")) == "numbers"
    assert guard(Signature.of("La double authentification est obligatoire depuis le 1er octobre."),
                 Signature.of("Two-factor authentication has been required since 1 November.")) == "numbers"
    assert guard(Signature.of("Une amende de 2,31 millions de livres a été infligée."),
                 Signature.of("A £2.31 million fine over the 2023 breach was imposed.")) is None  # more detail
