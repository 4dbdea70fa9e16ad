"""One dispute, one card: the disputed clusters that answer the same question, read together with their sides.

A dispute is a question sources answer differently: "how many people?" (a single-valued slot:
every figure is a side), "is Bretagne affected?" (a value asserted by some and denied by
others), or a free-text statement and its denial. claims.grouping.refresh stores that
question on each cluster (`clusters.question`), so the sides are found by index and a
reader sees "1 400 000 ou 750 000 ?" once instead of two cards that each say "disputed".
"""

from __future__ import annotations

from sqlite_utils import Database

from claims.grouping.verdicts import DISPUTED, SINGLE_VALUED

LIVE = "merged_into IS NULL AND claim_count > 0"
_SIDE_COLUMNS = "id, slot, value, polarity, label, verdict, verdict_by, independent_sources, source_count, question"
SCAN = 400  # disputed clusters read to find the most reported questions


def _in(ids: list) -> str:
    return ", ".join("?" * len(ids))


def dispute_of(sides: list[dict]) -> dict:
    """A question and its sides (each a cluster dict), most-held side first; `kind` says how to word it:
    "figures" (single-valued slot: each side a value), "yes_no" (a value asserted and denied)."""
    sides = sorted(sides, key=lambda c: (-c["independent_sources"], -c["source_count"], c["id"]))
    first = sides[0]
    slot = first["slot"]
    kind = "figures" if slot in SINGLE_VALUED else "yes_no"
    yes = sum(c["independent_sources"] for c in sides if c["polarity"] == "asserted")
    no = sum(c["independent_sources"] for c in sides if c["polarity"] == "denied")
    asserted = next((c for c in sides if c["polarity"] == "asserted"), first)
    return {"question": first["question"], "slot": slot, "kind": kind, "sides": sides, "yes": yes, "no": no,
            "value": asserted["value"], "label": asserted["label"], "id": asserted["id"],
            "sources": sum(c["independent_sources"] for c in sides)}


def sides_of(db: Database, questions: list[str]) -> dict[str, list[dict]]:
    """Every disputed live cluster of each question."""
    out: dict[str, list[dict]] = {q: [] for q in questions}
    for start in range(0, len(questions), 500):
        part = questions[start:start + 500]
        for row in db.query(f"SELECT {_SIDE_COLUMNS} FROM clusters WHERE question IN ({_in(part)}) "
                            f"AND verdict = ? AND {LIVE}", [*part, DISPUTED]):
            out[row["question"]].append(row)
    return out


def top_disputes(db: Database, *, limit: int = 6, slot: str | None = None, any_slot: bool = True) -> list[dict]:
    """The most reported open disputes (of one slot when `any_slot` is false), one per question."""
    sql = f"SELECT question, source_count FROM clusters WHERE verdict = ? AND {LIVE}"
    params: list = [DISPUTED]
    if not any_slot:
        sql += " AND slot IS ?"
        params.append(slot)
    rows = db.execute(f"{sql} ORDER BY source_count DESC, claim_count DESC, id LIMIT ?", [*params, SCAN]).fetchall()
    questions = list(dict.fromkeys(q for q, _ in rows if q))
    found = sides_of(db, questions)
    disputes = [dispute_of(found[q]) for q in questions if found[q]]
    disputes.sort(key=lambda d: (-d["sources"], d["id"]))
    return disputes[:limit]


def question_count(db: Database) -> int:
    """How many distinct questions are disputed (the overview's count of open disputes)."""
    return db.execute(f"SELECT count(DISTINCT question) FROM clusters WHERE verdict = ? AND {LIVE}",
                      [DISPUTED]).fetchone()[0]


def group_cards(db: Database, clusters: list[dict]) -> list[dict]:
    """A list of clusters with the disputed ones of one question replaced by a single dispute card
    (at the place of the first), its sides read in full. Cards carry `dispute` (None or the dispute)."""
    questions = list(dict.fromkeys(c["question"] for c in clusters if c["verdict"] == DISPUTED and c.get("question")))
    found = sides_of(db, questions) if questions else {}
    out, shown = [], set()
    for c in clusters:
        q = c.get("question")
        if c["verdict"] == DISPUTED and q and found.get(q):
            if q in shown:
                continue
            shown.add(q)
            out.append({**c, "dispute": dispute_of(found[q])})
        else:
            out.append({**c, "dispute": None})
    return out
