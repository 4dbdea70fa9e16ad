"""Names the press gives an incident's organisation besides the one the newsroom configured (issue 9,
round fifty-two: organisations dev missed because no mention of them was read), and the intruders' spell
of access dated; one test each, on sentences of our own about invented incidents: the Brennock pipeline
operator, the Tarvel carmaker's branch, the OrthoVale clinics, the Court of Ashmere County and the Larch
Valley hospital."""

from __future__ import annotations

import datetime as dt

from claims.extraction.model import IncidentContext
from tests.claims.helpers import slot_of

PUBLISHED = dt.date(2025, 3, 20)
SINCE = dt.date(2024, 1, 1)


def incident(*organizations: str, keywords: tuple[str, ...] = ()) -> IncidentContext:
    return IncidentContext(organizations=organizations, keywords=keywords or organizations, since=SINCE)


def en(text: str, name: str, where: IncidentContext) -> set[tuple]:
    return slot_of(text, name, "en", PUBLISHED, where)


def test_a_trade_word_or_the_branch_s_country_is_dropped_as_the_press_drops_it():
    brennock = incident("Brennock Pipeline")
    assert en("The FBI confirmed that ransomware was behind the compromise of Brennock's networks.",
              "organization", brennock) == {("Brennock Pipeline", "asserted", False)}
    tarvel = incident("Tarvel Oceania")
    assert en("Tarvel is investigating a cyber attack on its systems in New Zealand.", "organization", tarvel) == {
        ("Tarvel Oceania", "asserted", False)}


def test_a_keyword_that_opens_with_the_name_s_own_word_is_another_of_its_names():
    brayford = incident("Brayford Rail Services", keywords=("Brayford Rail Services", "Brayford Trains", "ransomware"))
    text = "The Akira gang has put Brayford Trains on its leak site, claiming 100 GB of files."
    assert en(text, "organization", brayford) == {("Brayford Rail Services", "asserted", False)}
    # not where another configured organisation opens with the same word: the keyword may be either's
    both = incident("Brayford Rail Services", "Brayford Buses", keywords=("Brayford Trains",))
    assert en(text, "organization", both) == set()


def test_a_one_word_name_in_mixed_case_is_contracted_by_its_pieces():
    vale = incident("OrthopedicsVale", keywords=("OrthopedicsVale", "OrthoVale"))
    text = "Social Security numbers were among what was taken from OrthoVale, the notice says."
    assert ("OrthopedicsVale", "asserted", False) in en(text, "organization", vale)


def test_a_kind_of_place_name_is_also_written_place_first():
    court = incident("Superior Court of Ashmere County")
    text = "Ransomware hit the Ashmere County Superior Court on Friday, shutting its jury portal."
    assert ("Superior Court of Ashmere County", "asserted", False) in en(text, "organization", court)


def test_the_intruders_spell_of_access_dates_the_attack():
    larch = incident("Larch Valley Hospital")
    text = ("Larch Valley Hospital is writing to patients because an outsider kept access to an employee's mailbox "
            "from May 15 to June 24.")
    assert en(text, "attack_date", larch) == {("2024-05-15", "asserted", False)}
