"""Near-duplicate detection: wire copy matches across outlets, same-topic articles do not."""

from __future__ import annotations

from pathlib import Path

from aggregator.dedup import FingerprintIndex, find_duplicates, fingerprint, overlap, text_hash
from aggregator.extract import extract_page

SAMPLE = Path(__file__).resolve().parents[2] / "sample" / "site"


def texts_of(*rels):
    return [extract_page((SAMPLE / r).read_bytes().decode("utf-8", "replace"), url=f"http://x/{r}").text for r in rels]


def test_whitespace_does_not_change_the_text_hash():
    assert text_hash("a  b\nc") == text_hash("a b c") != text_hash("a b d")


WIRE = [  # the same Agence Hexa dispatch (sample/README.md: L1, C1, F1)
    "lavigie/2025/09/09/cyberattaque-donnees-patients-trois-regions.html",
    "courrier-normand/actualites/sante/2025/09/09/donnees-patients-volees-normandie-trois-regions.html",
    "francematin/societe/2025/09/09/pirates-faux-soignants-donnees-patients.html",
]
SECOND_WIRE = [  # another dispatch, carried by France Matin first (sample/README.md: W)
    "francematin/societe/2025/09/11/escrocs-passent-a-l-action-donnees-patients.html",
    "courrier-normand/actualites/sante/2025/09/11/faux-conseillers-bancaires-premieres-arnaques.html",
]


def test_wire_story_carried_by_three_outlets_is_one_article():
    texts = texts_of(*WIRE)
    index = FingerprintIndex()
    index.add("lavigie", 10, fingerprint(texts[0]))
    for source, other in enumerate(texts[1:], start=11):
        close = index.near(fingerprint(other), other_than_source=source)
        assert find_duplicates(other, close, lambda _key: (1, texts[0])) == [1]
    assert index.near(fingerprint(texts[1]), other_than_source=10) == [], "an outlet does not syndicate to itself"


def test_fingerprint_index_orders_by_distance_and_skips_far_prints():
    index = FingerprintIndex([("a", 1, 0b1111), ("b", 1, 0b1), ("c", 1, (1 << 64) - 1), ("d", 2, 0)])
    assert index.near(0, other_than_source=2) == ["b", "a"], "closest first; 64 bits away is no candidate"
    index.add("c", 1, 0b11)
    assert index.near(0, other_than_source=2) == ["b", "c", "a"], "a copy's new fingerprint replaces its old one"


def test_a_page_that_duplicates_copies_of_two_articles_names_both():
    texts = texts_of(*WIRE)
    copies = {"l": (1, texts[0]), "c": (2, texts[1]), "gone": None}
    index = FingerprintIndex([("l", 10, fingerprint(texts[0])), ("c", 11, fingerprint(texts[1])),
                              ("gone", 13, fingerprint(texts[1]))])
    close = index.near(fingerprint(texts[2]), other_than_source=12)
    assert set(close) == {"l", "c", "gone"}
    assert find_duplicates(texts[2], close, copies.get) == [1, 2], "every article it duplicates; a copy no longer stored is skipped"


def test_different_articles_on_the_same_story_stay_apart():
    pages = [p.relative_to(SAMPLE).as_posix() for p in sorted(SAMPLE.rglob("*.html"))
             if "private" not in p.parts and p.name != "index.html"
             and p.relative_to(SAMPLE).as_posix() not in WIRE[1:] + SECOND_WIRE[1:]]
    texts = texts_of(*pages)
    for i, a in enumerate(texts):
        for b in texts[i + 1:]:
            assert overlap(a, b) < 0.6


def test_the_second_wire_story_is_recognised_whatever_outlet_comes_first():
    first, second = texts_of(*SECOND_WIRE)
    assert overlap(first, second) >= 0.6 and overlap(second, first) >= 0.6
