"""Correct extraction: reject a claim or set its question, value, polarity and hedging, with a reason.

A correction is kept apart from the claim row, keyed on what the extractor found (the
article, the sentence, slot, value and polarity), because the row itself does not last: a
silent edit of the article moves its spans and the pipeline stores new rows. After every
analysis of an article the pipeline calls `reapply`, which finds each correction's claim
again (the same sentence, or the closest sentence saying the same thing, flagged as
changed) and applies it. The claim row carries the effective values, so clustering,
verdicts and exports need no special case; the extracted values stay in the correction.
"""

from __future__ import annotations

import datetime as dt
import difflib
from typing import Iterable

from sqlite_utils import Database

from aggregator.store import now
from claims.editing.common import EditorialError, NotFound, audit, need_reason, place_pending

POLARITIES = ("asserted", "denied")
NUMERIC_SLOTS = frozenset({"victim_count", "accounts_compromised"})
DATE_SLOTS = frozenset({"attack_date"})
SIMILAR = 0.6   # a changed sentence still counts as the one corrected at this difflib ratio or above

_CLAIM = ("id", "article_id", "key", "slot", "value", "polarity", "hedged", "text", "cluster_id", "status")


def _claim(db: Database, claim_id: int) -> dict:
    row = db.execute(f"SELECT {', '.join(_CLAIM)} FROM claims WHERE id = ?", [claim_id]).fetchone()
    if row is None:
        raise NotFound(f"claim {claim_id} does not exist (its article may have changed since)")
    return dict(zip(_CLAIM, row))


def extracted_of(key: str) -> tuple[str | None, str | None, str]:
    """(slot, value, polarity) as the extractor found them, read back from the claim's key.

    The key is 'article:start:end:slot:value:polarity' (claims.pipeline.claim_key); slots hold
    no colon, values may, so the slot is cut from the left and the polarity from the right.
    """
    rest = key.split(":", 3)[3]
    head, _, polarity = rest.rpartition(":")
    slot, _, value = head.partition(":")
    return slot or None, value if value != "" else None, polarity


def _value(slot: str | None, value: str | None) -> str | None:
    value = (value or "").strip()
    if slot is None:
        return None
    if not value:
        raise EditorialError(f"give a value for the question {slot}")
    if slot in NUMERIC_SLOTS:
        digits = value.replace(" ", "").replace("\u202f", "").replace("\xa0", "").replace(",", "").replace(".", "")
        if not digits.isdigit():
            raise EditorialError(f"{slot} takes a whole number, such as 1400000; got {value!r}")
        return str(int(digits))
    if slot in DATE_SLOTS:
        try:
            return dt.date.fromisoformat(value).isoformat()
        except ValueError:
            raise EditorialError(f"{slot} takes a date written YYYY-MM-DD; got {value!r}") from None
    return value[:200]


def _existing(db: Database, claim_id: int) -> int | None:
    row = db.execute("SELECT id FROM claim_corrections WHERE claim_id = ?", [claim_id]).fetchone()
    return row[0] if row else None


def _record(db: Database, claim: dict, action: str, fields: dict, reason: str, editor: str) -> None:
    """Insert or update the claim's correction, keeping what was extracted."""
    slot, value, polarity = extracted_of(claim["key"])
    found = _existing(db, claim["id"])
    stamp = now()
    if found is None:
        hedged = claim["hedged"]  # no correction yet: the row still holds what was extracted
        db.execute(
            "INSERT INTO claim_corrections (article_id, claim_id, action, sentence, extracted_slot, extracted_value, "
            "extracted_polarity, extracted_hedged, slot, value, polarity, hedged, reason, editor, at, match) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'same')",
            [claim["article_id"], claim["id"], action, claim["text"], slot, value, polarity, hedged,
             fields.get("slot"), fields.get("value"), fields.get("polarity"), fields.get("hedged"),
             reason, editor, stamp])
    else:
        db.execute("UPDATE claim_corrections SET action = ?, slot = ?, value = ?, polarity = ?, hedged = ?, "
                   "reason = ?, editor = ?, at = ? WHERE id = ?",
                   [action, fields.get("slot"), fields.get("value"), fields.get("polarity"), fields.get("hedged"),
                    reason, editor, stamp, found])


def reject_claim(db: Database, claim_id: int, *, reason: str, editor: str) -> None:
    """The claim is not one (misread, advice, another incident): it leaves its cluster and joins none."""
    reason = need_reason(reason)
    with db.transaction():
        claim = _claim(db, claim_id)
        _record(db, claim, "reject", {}, reason, editor)
        _apply(db, claim, "reject", {})
        audit(db, editor, "reject_claim", f"article:{claim['article_id']}", claim["text"][:500], "rejected", reason)
    place_pending(db)


def correct_claim(db: Database, claim_id: int, *, slot: str | None, value: str | None, polarity: str,
                  hedged: bool, reason: str, editor: str, slots: Iterable[str]) -> None:
    """Set what the claim really says; it moves to the cluster of its corrected question and value."""
    reason = need_reason(reason)
    slot = (slot or "").strip() or None
    if slot is not None and slot not in set(slots):
        raise EditorialError(f"unknown question {slot!r}; choose one of {', '.join(sorted(slots))} or free text")
    if polarity not in POLARITIES:
        raise EditorialError("the polarity is asserted or denied")
    fields = {"slot": slot, "value": _value(slot, value), "polarity": polarity, "hedged": int(bool(hedged))}
    with db.transaction():
        claim = _claim(db, claim_id)
        _record(db, claim, "correct", fields, reason, editor)
        _apply(db, claim, "correct", fields)
        audit(db, editor, "correct_claim", f"article:{claim['article_id']}", claim["text"][:500],
              f"{_describe(claim)} → {_describe(fields)}", reason)
    place_pending(db)


def restore_claim(db: Database, claim_id: int, *, reason: str, editor: str) -> None:
    """Withdraw an editor's rejection or correction: the claim is again as extracted."""
    reason = need_reason(reason)
    with db.transaction():
        claim = _claim(db, claim_id)
        found = _existing(db, claim_id)
        if found is None:
            raise EditorialError("this claim has no correction to withdraw")
        _restore(db, claim)
        db.execute("DELETE FROM claim_corrections WHERE id = ?", [found])
        audit(db, editor, "restore_claim", f"article:{claim['article_id']}", claim["text"][:500], "extracted", reason)
    place_pending(db)


def _describe(values: dict) -> str:
    """slot=value, polarity (hedged): what the audit log records of a claim's reading."""
    hedged = ", hedged" if values.get("hedged") else ""
    return f"{values.get('slot') or 'text'}={values.get('value') or ''}, {values.get('polarity')}{hedged}"


def _leave(db: Database, claim: dict) -> None:
    if claim["cluster_id"] is not None:
        db.execute("UPDATE clusters SET dirty = 1 WHERE id = ?", [claim["cluster_id"]])


def _apply(db: Database, claim: dict, action: str, fields: dict) -> None:
    """Write a decision onto the claim row; a claim that changes cluster is freed for clustering to place."""
    if action == "reject":
        if claim["status"] != "rejected" or claim["cluster_id"] is not None:
            _leave(db, claim)
            db.execute("UPDATE claims SET status = 'rejected', cluster_id = NULL, pinned_cluster = 1 WHERE id = ?",
                       [claim["id"]])
        return
    same = (claim["slot"], claim["value"], claim["polarity"]) == (fields["slot"], fields["value"], fields["polarity"])
    if same and claim["status"] == "corrected":
        if bool(claim["hedged"]) != bool(fields["hedged"]):
            db.execute("UPDATE claims SET hedged = ? WHERE id = ?", [fields["hedged"], claim["id"]])
            _leave(db, claim)
        return
    _leave(db, claim)
    db.execute("UPDATE claims SET slot = ?, value = ?, polarity = ?, hedged = ?, status = 'corrected', "
               "cluster_id = NULL, pinned_cluster = 0 WHERE id = ?",
               [fields["slot"], fields["value"], fields["polarity"], fields["hedged"], claim["id"]])


def _restore(db: Database, claim: dict, hedged: int | None = None) -> None:
    """Put a claim back as extracted (its key says what that was); clustering places it again."""
    slot, value, polarity = extracted_of(claim["key"])
    _leave(db, claim)
    if hedged is None:
        row = db.execute("SELECT extracted_hedged FROM claim_corrections WHERE claim_id = ?", [claim["id"]]).fetchone()
        hedged = row[0] if row else claim["hedged"]
    db.execute("UPDATE claims SET slot = ?, value = ?, polarity = ?, hedged = ?, status = 'extracted', "
               "cluster_id = NULL, pinned_cluster = 0 WHERE id = ?", [slot, value, polarity, hedged, claim["id"]])


def reapply(db: Database, article_id: int) -> None:
    """After the pipeline stored an article's claims: find each correction's claim again and apply it.

    The caller holds the transaction. Matching: the claim whose extracted slot, value and
    polarity are the correction's and whose sentence is the same; failing that, the most
    similar sentence with those values (the correction is then flagged `sentence_changed`);
    failing that the correction is `lost` (kept, shown to editors, applied to nothing).
    """
    corrections = list(db.query("SELECT * FROM claim_corrections WHERE article_id = ? ORDER BY id", [article_id]))
    claims = [dict(zip(_CLAIM, r)) for r in db.execute(
        f"SELECT {', '.join(_CLAIM)} FROM claims WHERE article_id = ? ORDER BY id", [article_id])]
    if not corrections and all(c["status"] == "extracted" for c in claims):
        return
    taken: set[int] = set()
    for corr in corrections:
        wanted = (corr["extracted_slot"], corr["extracted_value"], corr["extracted_polarity"])
        candidates = [c for c in claims if c["id"] not in taken and extracted_of(c["key"]) == wanted]
        match, how = _closest(corr["sentence"], candidates)
        if match is None:
            db.execute("UPDATE claim_corrections SET claim_id = NULL, match = 'lost', current_sentence = NULL "
                       "WHERE id = ?", [corr["id"]])
            continue
        taken.add(match["id"])
        db.execute("UPDATE claim_corrections SET claim_id = ?, match = ?, current_sentence = ? WHERE id = ?",
                   [match["id"], how, match["text"] if how != "same" else None, corr["id"]])
        if corr["action"] == "reject":
            _apply(db, match, "reject", {})
        else:
            _apply(db, match, "correct", {k: corr[k] for k in ("slot", "value", "polarity", "hedged")})
    for claim in claims:  # a claim a correction no longer holds is as extracted again
        if claim["id"] not in taken and claim["status"] != "extracted":
            _restore(db, claim, hedged=claim["hedged"])


def _closest(sentence: str, candidates: list[dict]) -> tuple[dict | None, str]:
    for c in candidates:
        if c["text"] == sentence:
            return c, "same"
    best, score = None, 0.0
    for c in candidates:
        ratio = difflib.SequenceMatcher(None, sentence, c["text"], autojunk=False).ratio()
        if ratio > score:
            best, score = c, ratio
    return (best, "sentence_changed") if best is not None and score >= SIMILAR else (None, "lost")


def corrections_of(db: Database, *, article_id: int | None = None, claim_ids: Iterable[int] = ()) -> list[dict]:
    """Corrections for editors' pages: by article, or for some claims; newest first."""
    ids = list(claim_ids)
    if article_id is not None:
        return list(db.query("SELECT * FROM claim_corrections WHERE article_id = ? ORDER BY id DESC", [article_id]))
    if not ids:
        return []
    return list(db.query(f"SELECT * FROM claim_corrections WHERE claim_id IN ({', '.join('?' * len(ids))}) "
                         "ORDER BY id DESC", ids))
