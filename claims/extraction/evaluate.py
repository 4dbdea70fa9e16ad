"""Score the claim extractor against a labelled set: precision and recall per slot.

A labelled set is a folder of .jsonl files, one example per line:
    {"id": "fr002", "lang": "fr", "published": "2025-09-10", "text": "...",
     "claims": [["data_category", "medical", "denied", false], [null]]}
Each expected claim is [slot, value, polarity, hedged] (or an object with those keys);
[null] is a free-text claim. A line {"defaults": {...}} sets lang/published for the lines
after it in that file. A claim counts as found when slot, value and polarity agree;
hedging is scored apart, on the claims found. Free-text claims only count as present.

    python -m claims.extraction.evaluate tests/claims/devset [--errors]
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from claims.extraction.extract import extract_claims
from claims.extraction.lexicon import fold, load_profile
from claims.extraction.model import Claim, Profile

FREE = "(free text)"
_ARTICLES = ("le ", "la ", "l ", "les ", "the ")


@dataclass(frozen=True)
class Example:
    """One labelled passage and the claims an editor expects from it."""

    id: str
    lang: str
    published: dt.date | None
    text: str
    expected: tuple[tuple, ...]


@dataclass
class SlotScore:
    """Counts for one slot; precision and recall are 1.0 when there is nothing to count."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    """Scores over a labelled set."""

    slots: dict[str, SlotScore] = field(default_factory=dict)
    overall: SlotScore = field(default_factory=SlotScore)
    polarity_right: int = 0
    polarity_total: int = 0
    hedged_right: int = 0
    hedged_total: int = 0
    traps_clean: int = 0
    traps_total: int = 0
    examples: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def polarity_accuracy(self) -> float:
        return self.polarity_right / self.polarity_total if self.polarity_total else 1.0

    @property
    def hedging_accuracy(self) -> float:
        return self.hedged_right / self.hedged_total if self.hedged_total else 1.0


def _normalise_value(slot: str | None, value) -> object:
    if slot is None:
        return None
    if isinstance(value, int):
        return value
    text = fold(str(value)).strip()
    if slot == "quote":
        for article in _ARTICLES:
            if text.startswith(article):
                text = text[len(article):]
    return " ".join(text.split())


def _expected(raw) -> tuple:
    if isinstance(raw, dict):
        raw = [raw.get("slot"), raw.get("value"), raw.get("polarity", "asserted"), raw.get("hedged", False)]
    slot = raw[0]
    if slot is None:
        return (FREE, None, "asserted", False)
    return (slot, _normalise_value(slot, raw[1]), raw[2], bool(raw[3]))


def load_examples(folder: str | Path) -> list[Example]:
    """Every example of every .jsonl file in folder, in file and line order."""
    examples = []
    for path in sorted(Path(folder).glob("*.jsonl")):
        defaults: dict = {}
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            record = json.loads(line)
            if "defaults" in record:
                defaults = record["defaults"]
                continue
            merged = {**defaults, **record}
            published = merged.get("published")
            examples.append(
                Example(
                    id=merged.get("id", f"{path.name}:{number}"),
                    lang=merged["lang"],
                    published=dt.date.fromisoformat(published) if published else None,
                    text=merged["text"],
                    expected=tuple(_expected(c) for c in merged["claims"]),
                )
            )
    return examples


def _predicted(claim: Claim) -> tuple:
    if claim.slot is None:
        return (FREE, None, "asserted", False)
    return (claim.slot, _normalise_value(claim.slot, claim.value), claim.polarity, claim.hedged)


def score(examples: list[Example], profile: Profile) -> Report:
    """Run the extractor on every example and compare with what was expected."""
    report = Report()
    for ex in examples:
        report.examples += 1
        got = {_predicted(c) for c in extract_claims(ex.text, profile=profile, language=ex.lang, published=ex.published)}
        want = set(ex.expected)
        got_keys = {g[:3]: g[3] for g in got}
        want_keys = {w[:3]: w[3] for w in want}
        if not want:
            report.traps_total += 1
            report.traps_clean += not got
        for key in set(got_keys) | set(want_keys):
            slot_score = report.slots.setdefault(key[0], SlotScore())
            if key in got_keys and key in want_keys:
                slot_score.tp += 1
                report.overall.tp += 1
                if key[0] != FREE:
                    report.hedged_total += 1
                    report.hedged_right += got_keys[key] == want_keys[key]
                    if got_keys[key] != want_keys[key]:
                        report.errors.append(f"{ex.id}: hedged {got_keys[key]} for {key}  | {ex.text[:90]}")
            elif key in got_keys:
                slot_score.fp += 1
                report.overall.fp += 1
                report.errors.append(f"{ex.id}: extra   {key}  | {ex.text[:90]}")
            else:
                slot_score.fn += 1
                report.overall.fn += 1
                report.errors.append(f"{ex.id}: missed  {key}  | {ex.text[:90]}")
        # Polarity: among slot values found on both sides, how often the polarity agrees.
        got_pairs = {k[:2]: k[2] for k in got_keys if k[0] != FREE}
        for pair, polarity in {k[:2]: k[2] for k in want_keys if k[0] != FREE}.items():
            if pair in got_pairs:
                report.polarity_total += 1
                report.polarity_right += got_pairs[pair] == polarity
    return report


def format_report(report: Report, title: str = "") -> str:
    """The report as a Markdown table."""
    lines = [f"### {title}" if title else "", "",
             "| slot | precision | recall | F1 | TP | FP | FN |", "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for slot in sorted(report.slots, key=lambda s: (s == FREE, s)):
        s = report.slots[slot]
        lines.append(f"| {slot} | {s.precision:.2f} | {s.recall:.2f} | {s.f1:.2f} | {s.tp} | {s.fp} | {s.fn} |")
    o = report.overall
    lines.append(f"| **all** | {o.precision:.2f} | {o.recall:.2f} | {o.f1:.2f} | {o.tp} | {o.fp} | {o.fn} |")
    lines += [
        "",
        f"{report.examples} examples; polarity accuracy {report.polarity_accuracy:.2f} "
        f"({report.polarity_right}/{report.polarity_total}); hedging accuracy "
        f"{report.hedging_accuracy:.2f} ({report.hedged_right}/{report.hedged_total}); "
        f"traps with no claim {report.traps_clean}/{report.traps_total}.",
    ]
    return "\n".join(lines).lstrip()


def main(argv: list[str] | None = None) -> int:
    """Print the scores of each folder given; --errors also lists every mistake."""
    args = list(sys.argv[1:] if argv is None else argv)
    show_errors = "--errors" in args
    folders = [a for a in args if not a.startswith("--")] or ["tests/claims/devset"]
    profile = load_profile()
    for folder in folders:
        report = score(load_examples(folder), profile)
        print(format_report(report, folder))
        if show_errors:
            print("\n".join(report.errors))
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
