"""What every editorial decision must carry or may raise: its errors, its reason, its audit row.

Kept apart from claims.editing.common (which places claims and refreshes clusters) so that
the command line and the crawl's orchestrator can name them without importing the claims
stage: a scheduled run that finds nothing new never loads clustering and verdicts.
"""

from __future__ import annotations

from sqlite_utils import Database

from aggregator.store import now

REASON_MAX = 2000
NOTE_MAX = 4000


class EditorialError(ValueError):
    """A decision that cannot be applied; the message is shown to the editor as it is."""


class NotFound(EditorialError):
    """The cluster, claim, article or source named does not exist (or was merged away)."""


class NotAllowed(EditorialError):
    """A decision this editor may not take (e.g. approving their own publication)."""


def need_reason(reason: str | None) -> str:
    """The reason, trimmed and bounded; every decision carries one, for readers and other editors."""
    reason = (reason or "").strip()
    if not reason:
        raise EditorialError("give a reason: readers and other editors see it")
    return reason[:REASON_MAX]


def audit(db: Database, editor: str, action: str, target: str, old: str | None, new: str | None,
          reason: str | None) -> None:
    """One audit row; the caller holds the transaction of the decision it records."""
    db.execute("INSERT INTO audit_log (at, editor, action, target, old, new, reason) VALUES (?, ?, ?, ?, ?, ?, ?)",
               [now(), editor, action, target, old, new, reason])


class UrlRefused(EditorialError):
    """An added URL that is malformed or points at the local network (aggregator.addresses says why)."""
