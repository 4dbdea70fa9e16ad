"""Reasons said in French and English: every code, dates in the reader's time zone, figures as readers write them."""

from __future__ import annotations

import json

import pytest

from claims.grouping.reasons import say, value_text
from claims.grouping.verdicts import REASON_CODES
from tests.claims.test_verdicts import outlets, said
from claims.grouping.verdicts import slot_verdict

ARS = dict(official=True, source="ARS Normandie", published="2025-09-08T17:00:00+02:00")


def test_confirmed_names_the_official_source_and_the_day_of_its_statement():
    v = slot_verdict("region", "Normandie", "asserted", [said(1, "region", "Normandie", **ARS)])
    assert say(v.reason, "fr") == "Confirmé par ARS Normandie (communiqué du 8 septembre)"
    assert say(v.reason, "en") == "Confirmed by ARS Normandie (statement of 8 September)"


def test_a_late_evening_utc_statement_is_dated_the_next_day_in_paris():
    v = slot_verdict("region", "Normandie", "asserted",
                     [said(1, "region", "Normandie", official=True, source="ARS", published="2025-09-08T22:30:00+00:00")])
    assert "9 septembre" in say(v.reason, "fr")


def test_contradicted_quotes_the_official_sentence():
    v = slot_verdict("data_category", "medical", "asserted", [
        said(1, "data_category", "medical"),
        said(2, "data_category", "medical", "denied", text="Aucune donnée médicale n'a été volée.", **ARS)])
    assert say(v.reason, "fr") == ("Contredit : ARS Normandie (communiqué du 8 septembre) indique "
                                   "« Aucune donnée médicale n'a été volée. »")
    assert say(v.reason, "en").startswith("Contradicted: ARS Normandie (statement of 8 September) says “Aucune")


def test_another_official_figure_is_written_as_readers_write_figures():
    v = slot_verdict("victim_count", "1400000", "asserted",
                     [said(1, "victim_count", 1400000), said(2, "victim_count", 750000, **ARS)])
    assert say(v.reason, "fr", slot="victim_count") == ("Contredit : le chiffre officiel est 750\u202f000 "
                                                        "(ARS Normandie, communiqué du 8 septembre)")
    assert "the official figure is 750,000" in say(v.reason, "en", slot="victim_count")
    assert value_text("attack_date", "2025-09-04", "fr") == "4 septembre 2025"


def test_disputes_and_outliers_count_sources_on_each_side():
    statements = [*outlets("region", "Bretagne", "asserted", 2, 1), *outlets("region", "Bretagne", "denied", 5, 10)]
    v = slot_verdict("region", "Bretagne", "asserted", statements)
    assert say(v.reason, "fr") == "Contesté : 2 sources contre 5, aucune parole officielle pour l'instant"
    assert say(v.reason, "en") == "Disputed: 2 sources against 5, no official word yet"
    lone = slot_verdict("risk", "fraud", "denied", [*outlets("risk", "fraud", "asserted", 3, 1),
                                                    said(9, "risk", "fraud", "denied")])
    assert say(lone.reason, "fr") == ("Isolé : 1 source contre 3, aucune parole officielle ; "
                                      "signalé à la rédaction")
    alone = slot_verdict("risk", "fraud", "asserted", [said(1, "risk", "fraud")])
    assert say(alone.reason, "fr") == "Aucune parole officielle pour l'instant"
    assert say(alone.reason, "en") == "No official word yet"


def test_an_earlier_official_statement_that_differed_is_said():
    v = slot_verdict("accounts_compromised", "10", "asserted", [
        said(1, "accounts_compromised", 15, official=True, source="ARS", published="2025-09-09"),
        said(2, "accounts_compromised", 10, official=True, source="GRADeS", published="2025-09-11")])
    assert say(v.reason, "fr").endswith("; une déclaration officielle antérieure différait (ARS, 9 septembre)")
    assert say(v.reason, "en").endswith("; an earlier official statement differed (ARS, 9 September)")


def test_editor_and_missing_reasons():
    editor = json.dumps({"code": "editor", "editor": "edith", "text": "Vu au téléphone."})
    assert say(editor, "fr") == "Verdict de la rédaction (edith) : Vu au téléphone."
    assert say(None, "en", verdict="contradicted") == "Contradicted by an official source"
    assert say("not json", "fr", verdict="disputed").startswith("Les sources se contredisent")


@pytest.mark.parametrize("code", REASON_CODES)
def test_every_code_is_said_in_both_languages_differently(code):
    reason = {"code": code, "for": 2, "against": 3, "official": [{"source": "ARS", "value": "10", "text": "x"}],
              "editor": "edith", "text": "ok"}
    fr, en = say(reason, "fr", slot="accounts_compromised"), say(reason, "en", slot="accounts_compromised")
    assert fr and en and fr != en
