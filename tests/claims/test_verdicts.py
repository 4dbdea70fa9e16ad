"""Every verdict rule of the contract's table, on plain statements: no database, no model."""

from __future__ import annotations

import zlib

from claims.grouping.verdicts import Statement, decide, same_value, slot_verdict, text_verdict


def said(claim_id, slot, value, polarity="asserted", *, official=False, hedged=False, source=None,
         published="2025-09-10", text="", origin=None):
    """A statement; unofficial ones come from their own outlet (outlet<claim_id>) unless `source` says."""
    name = source or ("ARS" if official else f"outlet{claim_id}")
    source_id = zlib.crc32(name.encode())
    return Statement(claim_id, slot, None if value is None else str(value), polarity, hedged, official, name,
                     published, text, source_id, origin if origin is not None else source_id, name)


def outlets(slot, value, polarity, n, start):
    return [said(start + i, slot, value, polarity) for i in range(n)]


# --- confirmed ------------------------------------------------------------------------------------

def test_confirmed_when_an_official_source_states_the_same():
    v = slot_verdict("data_category", "identity", "asserted",
                     [said(1, "data_category", "identity"), said(2, "data_category", "identity", official=True)])
    assert v.verdict == "confirmed" and v.code == "official_agrees"
    assert v.official_claim_ids == (2,) and v.reason["claim_ids"] == (2,)
    assert v.reason["official"][0]["source"] == "ARS" and v.reason["source_ids"]
    assert not v.hedged and v.first_confirmed == "2025-09-10"


def test_hedged_official_word_still_confirms_and_says_so():
    v = slot_verdict("risk", "phishing", "asserted", [said(2, "risk", "phishing", official=True, hedged=True)])
    assert v.verdict == "confirmed" and v.hedged and v.reason["hedged"]


# --- contradicted ---------------------------------------------------------------------------------

def test_contradicted_by_the_opposite_polarity():
    statements = [said(1, "data_category", "medical"), said(2, "data_category", "medical", "denied", official=True)]
    v = slot_verdict("data_category", "medical", "asserted", statements)
    assert v.verdict == "contradicted" and v.code == "official_denies"
    assert v.official_claim_ids == (2,)
    assert slot_verdict("data_category", "medical", "denied", statements).verdict == "confirmed"


def test_hedged_official_word_still_contradicts_and_says_so():
    v = slot_verdict("data_category", "medical", "asserted",
                     [said(1, "data_category", "medical"),
                      said(2, "data_category", "medical", "denied", official=True, hedged=True)])
    assert v.verdict == "contradicted" and v.hedged


def test_another_value_of_a_single_valued_slot_contradicts():
    statements = [said(1, "accounts_compromised", 50), said(2, "accounts_compromised", 10, official=True)]
    v = slot_verdict("accounts_compromised", "50", "asserted", statements)
    assert v.verdict == "contradicted" and v.code == "official_other_value"
    assert v.reason["official"][0]["value"] == "10"
    dates = [said(1, "attack_date", "2025-09-06"), said(2, "attack_date", "2025-09-04", official=True)]
    assert slot_verdict("attack_date", "2025-09-06", "asserted", dates).code == "official_other_value"


def test_another_value_of_a_multi_valued_slot_does_not_contradict():
    statements = [said(1, "region", "Bretagne"), said(2, "region", "Normandie", official=True)]
    v = slot_verdict("region", "Bretagne", "asserted", statements)
    assert v.verdict == "unverified" and v.code == "no_official_word"


def test_official_word_takes_precedence_over_sources():
    statements = [*outlets("victim_count", 1400000, "asserted", 5, 1), said(9, "victim_count", 750000),
                  said(10, "victim_count", 750000, official=True)]
    assert slot_verdict("victim_count", "1400000", "asserted", statements).verdict == "contradicted"
    assert slot_verdict("victim_count", "750000", "asserted", statements).verdict == "confirmed"


def test_numbers_within_tolerance_are_the_same_figure():
    assert same_value("victim_count", "750000", "740000")
    assert not same_value("victim_count", "750000", "1400000")
    assert not same_value("accounts_compromised", "10", "12")
    assert same_value("accounts_compromised", "10", "12", approx=True)  # "une dizaine" vs 12
    assert not same_value("region", "Normandie", "normandie")
    statements = [said(1, "accounts_compromised", 12), said(2, "accounts_compromised", 10, official=True,
                                                          text="une dizaine de comptes")]
    assert slot_verdict("accounts_compromised", "12", "asserted", statements).verdict == "confirmed"


# --- officials that disagree: the most recent prevails ---------------------------------------------

def test_the_latest_official_statement_prevails_and_the_earlier_one_is_named():
    statements = [said(1, "accounts_compromised", 15, official=True, source="ARS", published="2025-09-09"),
                  said(2, "accounts_compromised", 10, official=True, source="GRADeS", published="2025-09-11")]
    fifteen = slot_verdict("accounts_compromised", "15", "asserted", statements)
    ten = slot_verdict("accounts_compromised", "10", "asserted", statements)
    assert fifteen.verdict == "contradicted" and fifteen.reason["earlier"][0]["source"] == "ARS"
    assert ten.verdict == "confirmed" and ten.reason["earlier"][0]["claim_id"] == 1


def test_the_latest_official_statement_is_found_across_time_zones_and_times_of_day():
    # 09:30 in Paris is 07:30 UTC: the UTC statement at 08:00 is the later one.
    statements = [said(1, "region", "Bretagne", official=True, source="ARS", published="2025-09-10T09:30:00+02:00"),
                  said(2, "region", "Bretagne", "denied", official=True, source="GRADeS",
                       published="2025-09-10T08:00:00+00:00")]
    v = slot_verdict("region", "Bretagne", "asserted", statements)
    assert v.verdict == "contradicted" and v.reason["earlier"][0]["source"] == "ARS"


# --- disputed: two independent sources, or a quarter of them --------------------------------------

def test_disputed_when_two_independent_sources_hold_the_other_side():
    statements = [*outlets("region", "Bretagne", "asserted", 6, 1), *outlets("region", "Bretagne", "denied", 2, 20)]
    v = slot_verdict("region", "Bretagne", "asserted", statements)
    assert v.verdict == "disputed" and v.code == "sources_disagree"
    assert (v.reason["for"], v.reason["against"]) == (6, 2)
    assert slot_verdict("region", "Bretagne", "denied", statements).verdict == "disputed"


def test_disputed_when_a_quarter_of_the_sources_hold_the_other_side():
    statements = [said(1, "region", "Bretagne"), said(2, "region", "Bretagne", "denied")]
    assert slot_verdict("region", "Bretagne", "asserted", statements).verdict == "disputed"
    assert slot_verdict("region", "Bretagne", "denied", statements).verdict == "disputed"
    two_to_one = [*outlets("region", "Bretagne", "asserted", 2, 1), said(9, "region", "Bretagne", "denied")]
    assert slot_verdict("region", "Bretagne", "asserted", two_to_one).verdict == "disputed"


def test_disputed_when_unofficial_sources_give_incompatible_figures():
    statements = [said(1, "victim_count", 1400000), said(2, "victim_count", 750000)]
    v = slot_verdict("victim_count", "1400000", "asserted", statements)
    assert v.verdict == "disputed"
    assert v.reason["values"] == [{"value": "750000", "polarity": "asserted", "sources": 1}]


def test_unverified_without_official_word_or_other_side():
    statements = [said(1, "region", "Île-de-France"), said(2, "region", "Normandie")]
    v = slot_verdict("region", "Île-de-France", "asserted", statements)
    assert v.verdict == "unverified" and v.code == "no_official_word" and not v.outlier


# --- outliers: one source against at least three ----------------------------------------------------

def test_a_lone_denial_against_broad_agreement_is_an_outlier_and_flips_nothing():
    statements = [*outlets("risk", "fraud", "asserted", 3, 1), said(9, "risk", "fraud", "denied")]
    majority = slot_verdict("risk", "fraud", "asserted", statements)
    lone = slot_verdict("risk", "fraud", "denied", statements)
    assert majority.verdict == "unverified" and majority.code == "no_official_word" and not majority.outlier
    assert (majority.reason["for"], majority.reason["against"]) == (3, 1)
    assert lone.verdict == "unverified" and lone.code == "outlier" and lone.outlier
    assert lone.reason["claim_ids"] == (1, 2, 3)


def test_a_lone_figure_against_three_outlets_is_an_outlier():
    statements = [*outlets("victim_count", 1400000, "asserted", 4, 1), said(9, "victim_count", 15000000)]
    assert slot_verdict("victim_count", "15000000", "asserted", statements).outlier
    assert slot_verdict("victim_count", "1400000", "asserted", statements).verdict == "unverified"


def test_two_against_many_is_a_dispute_not_an_outlier():
    statements = [*outlets("risk", "fraud", "asserted", 5, 1), *outlets("risk", "fraud", "denied", 2, 20)]
    v = slot_verdict("risk", "fraud", "denied", statements)
    assert v.verdict == "disputed" and not v.outlier


def test_the_same_outlet_said_many_times_is_one_source():
    statements = [said(i, "risk", "fraud", source="La Vigie") for i in range(1, 6)] + [said(9, "risk", "fraud",
                                                                                            "denied")]
    v = slot_verdict("risk", "fraud", "denied", statements)
    assert v.verdict == "disputed" and (v.reason["for"], v.reason["against"]) == (1, 1)


# --- independence: relayed copies are not a second source ------------------------------------------

def test_relays_of_one_outlet_count_as_that_outlet():
    scoop = said(1, "region", "Bretagne", source="The Channel Post")
    relays = [said(i, "region", "Bretagne", source=f"relay{i}", origin=scoop.source_id) for i in range(2, 5)]
    denial = said(9, "region", "Bretagne", "denied")
    v = slot_verdict("region", "Bretagne", "denied", [scoop, *relays, denial])
    assert v.verdict == "disputed" and not v.outlier  # one against one, not one against four
    assert slot_verdict("region", "Bretagne", "asserted", [scoop, *relays, denial]).reason["for"] == 1


# --- free text ---------------------------------------------------------------------------------------

def test_free_text_official_member_confirms_and_negation_pair_contradicts():
    press = said(1, None, None, text="Une plainte a été déposée.")
    official = said(2, None, None, official=True, text="Une plainte a été déposée.")
    assert text_verdict([press, official], []).verdict == "confirmed"
    denial = said(3, None, None, "denied", official=True, text="Aucune plainte n'a été déposée.")
    assert text_verdict([press], [denial]).code == "official_denies"
    assert text_verdict([press], [said(4, None, None, "denied")]).verdict == "disputed"
    assert text_verdict([press], []).verdict == "unverified"
    many = [said(i, None, None) for i in range(10, 14)]
    assert text_verdict([said(4, None, None, "denied")], many).outlier


def test_decide_needs_no_slot():
    v = decide([], [], [said(1, None, None)], [])
    assert v.verdict == "unverified" and v.reason["for"] == 1
