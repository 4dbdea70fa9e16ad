"""Constructions read wrong on real-style passages (issue 9, round ten), one test each, on
sentences of our own about an invented incident (Transalpe Group, a logistics firm; the
Loire Valley Health NHS Trust; the hospital of Saumur)."""

from __future__ import annotations

import datetime as dt

from claims.extraction.extract import extract_claims, load_profile
from claims.extraction.model import IncidentContext
from claims.extraction.sentences import split_sentences

INCIDENT = IncidentContext(organizations=("Transalpe Group", "Loire Valley Health NHS Trust", "CH Saumur"),
                           keywords=("Transalpe", "Saumur"), since=dt.date(2025, 3, 1))


def found(text: str, lang: str = "en", published: dt.date = dt.date(2025, 3, 20)) -> set[tuple]:
    """(slot, value, polarity, hedged) for a passage of the invented incident."""
    claims = extract_claims(text, profile=load_profile(), language=lang, published=published, incident=INCIDENT)
    return {(c.slot, c.value, c.polarity, c.hedged) for c in claims}


def organisations(text: str, lang: str = "en") -> set[tuple]:
    return {c[1:3] for c in found(text, lang) if c[0] == "organization"}


# Dotted initials do not end a sentence, so the speaker after them is still found.

def test_dotted_initials_do_not_end_the_sentence():
    texts = [s.text for s in split_sentences("Officials at the U.S. Treasury said no data was taken. The firm agreed.")]
    assert texts == ["Officials at the U.S. Treasury said no data was taken.", "The firm agreed."]
    # a sentence that plainly starts after them still starts
    assert len(split_sentences("The firm moved its servers to the U.S. The attack came a week later.")) == 2


def test_a_speaker_after_a_name_with_dotted_initials_is_found():
    got = found("“Our depots were hit hard,” A.P. Transalpe chief executive Marta Lind said on Tuesday.")
    assert ("quote", "Marta Lind", "asserted", False) in got


# An officer named with the organisation's name beside theirs speaks for it (D7): a quotation
# in the first person telling of the attack presents the organisation as attacked.

def test_an_officers_first_person_account_of_the_attackers_presents_the_employer_as_attacked():
    text = ("“The intruders copied the files of most of our customers,” Transalpe Group spokesman Paul Erne "
            "said, declining to give a number.")
    assert ("Transalpe Group", "asserted") in organisations(text)
    assert ("quote", "Paul Erne", "asserted", False) in found(text)


def test_an_officer_saying_we_were_struck_presents_the_employer_as_attacked():
    text = "“We were struck by a cyber-attack in the last week of March,” Transalpe Group finance chief Ida Roos said."
    assert ("Transalpe Group", "asserted") in organisations(text)


def test_an_officers_sympathy_or_count_does_not_present_the_employer_as_attacked():
    assert not organisations("“We are sorry for any customers who may have been caught up in this incident,” "
                             "said Ida Roos, the finance chief of Transalpe Group.")
    assert not organisations("“Our review of how many people were affected is still going on,” said Ida Roos, "
                             "a Transalpe Group spokeswoman.")


def test_a_person_with_no_tie_to_the_organisation_does_not_speak_for_it():
    # the analyst's "our clients" are not Transalpe's: no title ties him to it
    assert not organisations("“The attackers got into the systems of several of our clients,” said Tom Hale, an "
                             "analyst at Northgate Security.")
