"""Dates, absolute and relative to publication (2025-09-10, a Wednesday)."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.extraction.dates import find_dates
from claims.extraction.lexicon import Folded, load_profile

from tests.claims.helpers import PUBLISHED, slots_of


def dates(text: str, lang: str, published=PUBLISHED) -> list[str]:
    return [d.iso for d in find_dates(Folded(text).low, load_profile().dates[lang], published)]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("mardi 9 septembre", "fr", ["2025-09-09"]),
        ("le 1er septembre 2025", "fr", ["2025-09-01"]),
        ("04/09/2025", "fr", ["2025-09-04"]),
        ("en fin de semaine dernière", "fr", ["2025-09-05"]),
        ("lundi dernier", "fr", ["2025-09-08"]),
        ("hier", "fr", ["2025-09-09"]),
        ("jeudi", "fr", ["2025-09-04"]),
        ("on Thursday, September 4", "en", ["2025-09-04"]),
        ("3 September 2025", "en", ["2025-09-03"]),
        ("last Monday", "en", ["2025-09-08"]),
        ("yesterday", "en", ["2025-09-09"]),
        ("late last week", "en", ["2025-09-05"]),
    ],
)
def test_dates(text, lang, expected):
    assert dates(text, lang) == expected


def test_relative_dates_need_a_publication_date():
    assert dates("lundi dernier", "fr", published=None) == []
    assert dates("le 3 septembre 2025", "fr", published=None) == ["2025-09-03"]


def test_day_and_month_after_publication_belong_to_the_year_before():
    assert dates("le 20 décembre", "fr", published=dt.date(2025, 1, 5)) == ["2024-12-20"]


def test_an_announcement_date_is_not_the_attack_date():
    found = slots_of("L'attaque, révélée mardi 9 septembre, aurait été menée en fin de semaine dernière.")
    assert ("attack_date", "2025-09-05", "asserted") in found
    assert ("attack_date", "2025-09-09", "asserted") not in found


def test_a_date_without_an_attack_word_is_no_attack_date():
    assert not any(c[0] == "attack_date" for c in slots_of("L'agence a publié un communiqué mardi."))
