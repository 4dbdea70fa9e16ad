"""Score the claim extractor against a labelled set: precision and recall per slot, shape and language.

A labelled set is a folder of .jsonl files, one passage per line:
    {"id": "fr002", "lang": "fr", "published": "2025-09-10", "text": "...",
     "claims": [["data_category", "medical", "denied", false], [null]],
     "shapes": ["concession", "denial-without-no"]}
Each expected claim is [slot, value, polarity, hedged] (or an object with those keys);
[null] is a free-text claim, [] a trap. A line {"defaults": {...}} sets lang, published and
`incident` (organizations, keywords, since: what the newsroom's config.toml would say) for
the lines after it in that file (tests/claims/realstyle/LABELLING.md).

A claim counts as found when slot, value and polarity agree. Among slot values found on
both sides, a different polarity is a polarity error and a different `hedged` a hedging
error. A trap is clean when it yields no claim. Free-text claims only count as present.

    python -m claims.extraction.evaluate tests/claims/realstyle/dev [--errors]

`--save=FILE` keeps what the extractor found in each passage as JSON, and `--changes=FILE` lists the
passages where today's extractor finds something else than the run saved in FILE, each claim it gained or
lost marked right or wrong against the labels: what a rule change did, passage by passage, before the
totals hide it.

`--against=DIR` scores a second reading of the same passages instead of the extractor: DIR
holds the same files labelled by another reader, and the figures say how far two careful
readers following LABELLING.md agree (the ceiling a labelled set can measure up to).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from claims.extraction.extract import STRUCTURE, STRUCTURES, extract_claims
from claims.extraction.lexicon import fold
from claims.extraction.model import Claim, IncidentContext, Profile
from claims.extraction.profile import load_profile

FREE = "(free text)"
ALL = "all"
_ARTICLES = ("le ", "la ", "l ", "les ", "the ")


@dataclass(frozen=True)
class Example:
    """One labelled passage, the claims an editor expects from it and the constructions it exercises."""

    id: str
    lang: str
    published: dt.date | None
    text: str
    expected: tuple[tuple, ...]
    shapes: tuple[str, ...] = ()
    incident: IncidentContext | None = None
    group: str = ""  # the file it came from: one incident in one language


@dataclass
class SlotScore:
    """Counts for one slot (or shape, or language); precision and recall are 1.0 when there is nothing to count."""

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

    def add(self, tp: int = 0, fp: int = 0, fn: int = 0) -> None:
        self.tp, self.fp, self.fn = self.tp + tp, self.fp + fp, self.fn + fn


@dataclass
class Report:
    """Scores over a labelled set."""

    slots: dict[str, SlotScore] = field(default_factory=dict)
    shapes: dict[str, SlotScore] = field(default_factory=dict)
    languages: dict[str, SlotScore] = field(default_factory=dict)
    overall: SlotScore = field(default_factory=SlotScore)
    polarity_right: int = 0
    polarity_total: int = 0
    hedged_right: int = 0
    hedged_total: int = 0
    traps_clean: int = 0
    traps_total: int = 0
    examples: int = 0
    errors: list[str] = field(default_factory=list)
    # the same counts per file (one incident, one language): the unit `interval` resamples
    incidents: dict[str, SlotScore] = field(default_factory=dict)

    @property
    def polarity_errors(self) -> int:
        return self.polarity_total - self.polarity_right

    @property
    def hedging_errors(self) -> int:
        return self.hedged_total - self.hedged_right

    @property
    def polarity_accuracy(self) -> float:
        return self.polarity_right / self.polarity_total if self.polarity_total else 1.0

    @property
    def hedging_accuracy(self) -> float:
        return self.hedged_right / self.hedged_total if self.hedged_total else 1.0


def _normalise_value(slot: str | None, value) -> object:
    if slot is None or value is None:
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


def _incident(raw: dict | None) -> IncidentContext | None:
    if not raw:
        return None
    since = raw.get("since")
    return IncidentContext(organizations=tuple(raw.get("organizations", ())), keywords=tuple(raw.get("keywords", ())),
                           since=dt.date.fromisoformat(since) if since else None)


def load_examples(folder: str | Path) -> list[Example]:
    """Every example of every .jsonl file in folder, in file and line order."""
    examples = []
    for path in sorted(Path(folder).glob("*.jsonl")):
        defaults: dict = {}
        incident = None
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            record = json.loads(line)
            if "defaults" in record:
                defaults = record["defaults"]
                incident = _incident(defaults.get("incident"))
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
                    shapes=tuple(merged.get("shapes", ())),
                    incident=_incident(record["incident"]) if "incident" in record else incident,
                    group=f"{path.parent.name}/{path.name}",
                )
            )
    return examples


def _predicted(claim: Claim) -> tuple:
    if claim.slot is None:
        return (FREE, None, "asserted", False)
    return (claim.slot, _normalise_value(claim.slot, claim.value), claim.polarity, claim.hedged)


def predict(example: Example, profile: Profile, structure: str = STRUCTURE) -> set[tuple]:
    """(slot, value, polarity, hedged) of every claim the extractor finds in the passage."""
    claims = extract_claims(example.text, profile=profile, language=example.lang, published=example.published,
                            incident=example.incident, structure=structure)
    return {_predicted(c) for c in claims}


def score(examples: list[Example], profile: Profile, predictor=predict) -> Report:
    """Run the extractor on every example and compare with what was expected."""
    report = Report()
    for ex in examples:
        report.examples += 1
        got = predictor(ex, profile)
        # A claim found twice in a passage, once hedged and once not, is hedged right if either is.
        want_keys = {w[:3]: w[3] for w in ex.expected}
        got_keys: dict[tuple, object] = {}
        for g in got:
            if g[:3] not in got_keys or g[3] == want_keys.get(g[:3]):
                got_keys[g[:3]] = g[3]
        if not want_keys:
            report.traps_total += 1
            report.traps_clean += not got
            if got:
                report.errors.append(f"{ex.id}: trap    {sorted(got_keys, key=str)}  | {ex.text[:90]}")
        groups = [report.overall, report.languages.setdefault(ex.lang, SlotScore()),
                  report.incidents.setdefault(ex.group, SlotScore())]
        groups += [report.shapes.setdefault(shape, SlotScore()) for shape in ex.shapes]
        for key in set(got_keys) | set(want_keys):
            counts = {"tp": 1} if key in got_keys and key in want_keys else {"fp": 1} if key in got_keys else {"fn": 1}
            for group in groups + [report.slots.setdefault(key[0], SlotScore())]:
                group.add(**counts)
            if "tp" in counts and key[0] != FREE:
                report.hedged_total += 1
                report.hedged_right += got_keys[key] == want_keys[key]
                if got_keys[key] != want_keys[key]:
                    report.errors.append(f"{ex.id}: hedged {got_keys[key]} for {key}  | {ex.text[:90]}")
            elif "tp" not in counts:
                report.errors.append(f"{ex.id}: {'extra ' if 'fp' in counts else 'missed'}  {key}  | {ex.text[:90]}")
        # Polarity: among slot values found on both sides, how often the polarity agrees.
        got_pairs: dict[tuple, set[str]] = {}
        for k in got_keys:
            if k[0] != FREE:
                got_pairs.setdefault(k[:2], set()).add(k[2])
        for key in want_keys:
            if key[0] != FREE and key[:2] in got_pairs:
                report.polarity_total += 1
                right = key[2] in got_pairs[key[:2]]
                report.polarity_right += right
                if not right:
                    report.errors.append(f"{ex.id}: POLARITY {key}  | {ex.text[:90]}")
    return report


def interval(report: Report, rounds: int = 2000, level: float = 0.95, seed: int = 0) -> tuple[tuple[float, float], tuple[float, float]]:
    """How far precision and recall could move with other breaches of the same kind: a percentile
    bootstrap over the report's files (each one incident in one language), `rounds` resamplings
    with replacement, the central `level` of each figure. Incidents, not passages, are resampled
    because the passages of one breach share its wording, its writer and its facts: what a newsroom
    wants to know is how the next breach would read. Seeded, so a report is reproducible."""
    groups = list(report.incidents.values())
    if not groups:
        return (1.0, 1.0), (1.0, 1.0)
    rng = random.Random(seed)
    precisions, recalls = [], []
    for _ in range(rounds):
        total = SlotScore()
        for g in rng.choices(groups, k=len(groups)):
            total.add(g.tp, g.fp, g.fn)
        precisions.append(total.precision)
        recalls.append(total.recall)
    cut = (1 - level) / 2

    def bounds(values: list[float]) -> tuple[float, float]:
        values.sort()
        return values[int(cut * (rounds - 1))], values[int((1 - cut) * (rounds - 1))]

    return bounds(precisions), bounds(recalls)


def format_interval(report: Report, rounds: int = 2000, level: float = 0.95) -> str:
    """One line: the precision and recall intervals of `interval`, and over how many incidents."""
    (p_lo, p_hi), (r_lo, r_hi) = interval(report, rounds, level)
    return (f"{level:.0%} interval over {len(report.incidents)} files (incident and language), {rounds:,} "
            f"resamplings: precision {p_lo:.2f}-{p_hi:.2f}, recall {r_lo:.2f}-{r_hi:.2f}.")


def _table(title: str, rows: dict[str, SlotScore], order=None) -> list[str]:
    lines = [f"| {title} | precision | recall | F1 | TP | FP | FN |", "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for name in sorted(rows, key=order or str):
        s = rows[name]
        lines.append(f"| {name} | {s.precision:.2f} | {s.recall:.2f} | {s.f1:.2f} | {s.tp} | {s.fp} | {s.fn} |")
    return lines


def format_report(report: Report, title: str = "") -> str:
    """The report as Markdown tables: per slot, per language, per shape, then the error counts."""
    o = report.overall
    lines = [f"### {title}" if title else "", ""]
    lines += _table("slot", report.slots, order=lambda s: (s == FREE, s))
    lines.append(f"| **{ALL}** | {o.precision:.2f} | {o.recall:.2f} | {o.f1:.2f} | {o.tp} | {o.fp} | {o.fn} |")
    if len(report.languages) > 1:
        lines += [""] + _table("language", report.languages)
    if report.shapes:
        lines += [""] + _table("shape", report.shapes)
    lines += [
        "",
        f"{report.examples} passages; polarity errors {report.polarity_errors} of {report.polarity_total} "
        f"(accuracy {report.polarity_accuracy:.2f}); hedging errors {report.hedging_errors} of "
        f"{report.hedged_total} (accuracy {report.hedging_accuracy:.2f}); traps with no claim "
        f"{report.traps_clean}/{report.traps_total}.",
    ]
    return "\n".join(lines).lstrip()


def second_reading(reference: list[Example], folder: str | Path) -> tuple[list[Example], Callable[..., set[tuple]]]:
    """The passages of `reference` that another reader labelled in `folder` (matched by id), and a
    predictor that answers with that reader's labels: scoring them says how far two readings agree."""
    other = {e.id: e for e in load_examples(folder)}
    return [e for e in reference if e.id in other], lambda ex, _profile: set(other[ex.id].expected)


def _recording(predictor, found: dict[str, list]) -> Callable[..., set[tuple]]:
    """`predictor`, keeping what it answers for each passage in `found` (by passage id, as JSON lists)."""
    def record(ex: Example, profile: Profile) -> set[tuple]:
        got = predictor(ex, profile)
        found[ex.id] = sorted((list(g) for g in got), key=str)
        return got
    return record


def changes(examples: list[Example], found: dict[str, list], saved: dict[str, list]) -> list[str]:
    """One line per claim gained (+) or lost (-) since the `saved` run, RIGHT when the labels expect it
    (polarity and hedging included), wrong otherwise; passages the saved run did not read are skipped."""
    lines = []
    for ex in examples:
        if ex.id not in saved or ex.id not in found:
            continue
        now, before = {tuple(g) for g in found[ex.id]}, {tuple(g) for g in saved[ex.id]}
        if now == before:
            continue
        want = set(ex.expected)
        lines.append(f"{ex.id} ({ex.group}) | {ex.text[:110]}")
        for sign, keys in (("+", now - before), ("-", before - now)):
            for key in sorted(keys, key=str):
                lines.append(f"    {sign}{'RIGHT' if key in want else 'wrong'} {key}")
    return lines


def main(argv: list[str] | None = None) -> int:
    """Print the scores of each folder given; --errors also lists every mistake, --structure=parse|combined
    reads clauses from the dependency parse, --against=DIR scores another reader's labels instead,
    --interval adds a bootstrap interval over the folder's incidents, --pool scores all the folders
    given as one set, --save=FILE keeps each passage's claims and --changes=FILE lists what differs from
    such a saved run."""
    args = list(sys.argv[1:] if argv is None else argv)
    show_errors = "--errors" in args
    show_interval, pool = "--interval" in args, "--pool" in args
    structure = next((a.split("=", 1)[1] for a in args if a.startswith("--structure=")), STRUCTURE)
    against = next((a.split("=", 1)[1] for a in args if a.startswith("--against=")), None)
    save_to = next((a.split("=", 1)[1] for a in args if a.startswith("--save=")), None)
    changes_from = next((a.split("=", 1)[1] for a in args if a.startswith("--changes=")), None)
    saved: dict[str, list] = {}
    if changes_from is not None:
        try:
            saved = json.loads(Path(changes_from).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            print(f"--changes: cannot read a saved run from {changes_from}: {exc}", file=sys.stderr)
            return 2
        if not isinstance(saved, dict):
            print(f"--changes: {changes_from} is not a run saved with --save", file=sys.stderr)
            return 2
    if structure not in STRUCTURES:
        print(f"--structure must be one of {', '.join(STRUCTURES)}", file=sys.stderr)
        return 2
    if against is not None and not Path(against).is_dir():
        print(f"--against: {against} is not a folder of labelled passages", file=sys.stderr)
        return 2
    folders = [a for a in args if not a.startswith("--")] or ["tests/claims/realstyle/dev"]
    missing = [f for f in folders if not Path(f).is_dir()]
    if missing:
        print(f"not a folder of labelled passages: {', '.join(missing)}", file=sys.stderr)
        return 2
    if pool and against is not None:
        print("--pool and --against do not go together: a second reading is of one folder", file=sys.stderr)
        return 2
    profile = load_profile()
    sets = [(" + ".join(folders), [e for f in folders for e in load_examples(f)])] if pool else \
        [(f, load_examples(f)) for f in folders]

    def read(ex: Example, p: Profile) -> set[tuple]:
        return predict(ex, p, structure)

    found: dict[str, list] = {}
    for folder, examples in sets:
        predictor = _recording(read, found)
        if against is not None:
            examples, predictor = second_reading(examples, against)
            if not examples:
                print(f"--against: no passage of {folder} is labelled in {against} (passages match by id)",
                      file=sys.stderr)
                return 2
            folder = f"{folder}: {against}'s labels ({len(examples)} passages)"
        report = score(examples, profile, predictor)
        print(format_report(report, folder))
        if show_interval:
            print(format_interval(report))
        if show_errors:
            print("\n".join(report.errors))
        if changes_from is not None:
            print("\n".join(changes(examples, found, saved)) or f"no passage reads differently from {changes_from}")
        print()
    if save_to is not None:
        Path(save_to).write_text(json.dumps(found, ensure_ascii=False, indent=0), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
