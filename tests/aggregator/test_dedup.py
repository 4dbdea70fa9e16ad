"""Near-duplicate detection: wire copy matches across outlets, same-topic articles do not."""

from __future__ import annotations

from pathlib import Path

from aggregator.dedup import FingerprintIndex, find_duplicate, fingerprint, overlap, text_hash
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
    index.add(1, 10, fingerprint(texts[0]))
    for source, other in enumerate(texts[1:], start=11):
        close = index.near(fingerprint(other), other_than_source=source)
        assert find_duplicate(other, close, lambda _id: texts[0]) == 1
    assert index.near(fingerprint(texts[1]), other_than_source=10) == [], "an outlet does not syndicate to itself"


def test_fingerprint_index_orders_by_distance_and_skips_far_prints():
    index = FingerprintIndex([(1, 1, 0b1111), (2, 1, 0b1), (3, 1, (1 << 64) - 1), (4, 2, 0)])
    assert index.near(0, other_than_source=2) == [2, 1], "closest first; 64 bits away is no candidate"


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
