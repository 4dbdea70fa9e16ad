"""Every verdict rule of the contract's table, on plain statements: no database, no model."""

from __future__ import annotations

from claims.grouping.verdicts import Statement, same_value, slot_verdict, text_verdict


def said(claim_id, slot, value, polarity="asserted", *, official=False, hedged=False, source=None,
         published="2025-09-10", text=""):
    return Statement(claim_id, slot, None if value is None else str(value), polarity, hedged, official,
                     source or ("ARS" if official else f"outlet{claim_id}"), published, text)


def test_confirmed_when_an_official_source_states_the_same():
    v = slot_verdict("data_category", "identity", "asserted",
                     [said(1, "data_category", "identity"), said(2, "data_category", "identity", official=True)])
    assert v.verdict == "confirmed"
    assert v.official_claim_ids == (2,)
    assert not v.hedged
    assert "ARS" in v.note and v.first_confirmed == "2025-09-10"


def test_hedged_official_word_still_confirms_and_says_so():
    v = slot_verdict("risk", "phishing", "asserted", [said(2, "risk", "phishing", official=True, hedged=True)])
    assert v.verdict == "confirmed" and v.hedged
    assert "hedged" in v.note


def test_hedged_official_word_still_contradicts_and_says_so():
    v = slot_verdict("data_category", "medical", "asserted",
                     [said(1, "data_category", "medical"),
                      said(2, "data_category", "medical", "denied", official=True, hedged=True)])
    assert v.verdict == "contradicted" and v.hedged


def test_contradicted_by_the_opposite_polarity():
    statements = [said(1, "data_category", "medical"), said(2, "data_category", "medical", "denied", official=True)]
    v = slot_verdict("data_category", "medical", "asserted", statements)
    assert v.verdict == "contradicted"
    assert v.official_claim_ids == (2,)
    assert slot_verdict("data_category", "medical", "denied", statements).verdict == "confirmed"


def test_another_value_of_a_single_valued_slot_contradicts():
    statements = [said(1, "accounts_compromised", 50), said(2, "accounts_compromised", 10, official=True)]
    assert slot_verdict("accounts_compromised", "50", "asserted", statements).verdict == "contradicted"
    dates = [said(1, "attack_date", "2025-09-06"), said(2, "attack_date", "2025-09-04", official=True)]
    assert slot_verdict("attack_date", "2025-09-06", "asserted", dates).verdict == "contradicted"


def test_another_value_of_a_multi_valued_slot_does_not_contradict():
    statements = [said(1, "region", "Bretagne"), said(2, "region", "Normandie", official=True)]
    assert slot_verdict("region", "Bretagne", "asserted", statements).verdict == "unverified"


def test_numbers_within_tolerance_are_the_same_figure():
    assert same_value("victim_count", "750000", "740000")
    assert not same_value("victim_count", "750000", "1400000")
    assert not same_value("accounts_compromised", "10", "12")
    assert same_value("accounts_compromised", "10", "12", approx=True)  # "une dizaine" vs 12
    assert not same_value("region", "Normandie", "normandie")
    statements = [said(1, "accounts_compromised", 12), said(2, "accounts_compromised", 10, official=True,
                                                          text="une dizaine de comptes")]
    assert slot_verdict("accounts_compromised", "12", "asserted", statements).verdict == "confirmed"
    assert slot_verdict("accounts_compromised", "10", "asserted",
                        [said(2, "accounts_compromised", 10, official=True, text="about ten accounts")]
                        ).verdict == "confirmed"


def test_disputed_when_unofficial_sources_state_both_polarities():
    statements = [said(1, "region", "Bretagne"), said(2, "region", "Bretagne", "denied")]
    assert slot_verdict("region", "Bretagne", "asserted", statements).verdict == "disputed"
    assert slot_verdict("region", "Bretagne", "denied", statements).verdict == "disputed"


def test_disputed_when_unofficial_sources_give_incompatible_figures():
    statements = [said(1, "victim_count", 1400000), said(2, "victim_count", 750000)]
    v = slot_verdict("victim_count", "1400000", "asserted", statements)
    assert v.verdict == "disputed"
    assert "750000" in v.note


def test_unverified_without_official_word_or_dispute():
    statements = [said(1, "region", "Île-de-France"), said(2, "region", "Normandie")]
    assert slot_verdict("region", "Île-de-France", "asserted", statements).verdict == "unverified"


def test_official_word_takes_precedence_over_a_dispute():
    statements = [said(1, "victim_count", 1400000), said(2, "victim_count", 750000),
                  said(3, "victim_count", 750000, official=True)]
    assert slot_verdict("victim_count", "1400000", "asserted", statements).verdict == "contradicted"
    assert slot_verdict("victim_count", "750000", "asserted", statements).verdict == "confirmed"


def test_the_latest_official_statement_decides_when_officials_correct_themselves():
    statements = [said(1, "accounts_compromised", 15, official=True, published="2025-09-09"),
                  said(2, "accounts_compromised", 10, official=True, published="2025-09-11")]
    assert slot_verdict("accounts_compromised", "15", "asserted", statements).verdict == "contradicted"
    assert slot_verdict("accounts_compromised", "10", "asserted", statements).verdict == "confirmed"


def test_free_text_official_member_confirms_and_negation_pair_contradicts():
    press = said(1, None, None, text="Une plainte a été déposée.")
    official = said(2, None, None, official=True, text="Une plainte a été déposée.")
    assert text_verdict([press, official], []).verdict == "confirmed"
    denial = said(3, None, None, "denied", official=True, text="Aucune plainte n'a été déposée.")
    assert text_verdict([press], [denial]).verdict == "contradicted"
    assert text_verdict([press], [said(4, None, None, "denied")]).verdict == "disputed"
    assert text_verdict([press], []).verdict == "unverified"
