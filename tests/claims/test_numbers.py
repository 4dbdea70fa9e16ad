"""Numbers in words and digits, French and English."""

from __future__ import annotations

import pytest

from claims.extraction.lexicon import Folded, load_profile
from claims.extraction.numbers import find_numbers


def values(text: str, lang: str) -> list[int]:
    f = Folded(text)
    return [n.value for n in find_numbers(f.low, f.cased, load_profile().numbers[lang])]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("1,4 million de patients", "fr", [1_400_000]),
        ("plus d'un million de personnes", "fr", [1_000_000]),
        ("une dizaine de comptes", "fr", [10]),
        ("une quinzaine de médecins", "fr", [15]),
        ("500 000 patients", "fr", [500_000]),
        ("500\u202f000 patients", "fr", [500_000]),
        ("deux cent mille assurés", "fr", [200_000]),
        ("quatre-vingt-dix comptes", "fr", [90]),
        ("2 millions de Français", "fr", [2_000_000]),
        ("1,4 M de patients", "fr", [1_400_000]),
        ("about ten accounts", "en", [10]),
        ("500,000 patients", "en", [500_000]),
        ("1.4 million people", "en", [1_400_000]),
        ("a dozen doctors", "en", [12]),
        ("twenty-five nurses", "en", [25]),
        ("one hundred and twenty staff", "en", [120]),
        ("almost half a million patients", "en", [500_000]),
        ("un demi-million de patients", "fr", [500_000]),
        ("1.2m customers", "en", [1_200_000]),
        ("200k users", "en", [200_000]),
    ],
)
def test_numbers(text, lang, expected):
    assert values(text, lang) == expected


def test_vague_plurals_and_lone_articles_name_no_number():
    assert values("des milliers de patients", "fr") == []
    assert values("un compte a été piraté", "fr") == []
    assert values("thousands of patients", "en") == []


def test_separate_words_do_not_merge_across_commas():
    assert values("un million, une dizaine", "fr") == [1_000_000, 10]


def test_quotation_marks_do_not_part_an_approximation():
    assert values("une « dizaine » de comptes", "fr") == [10]
