"""Request input every route reads the same way: page numbers, limit and offset, bounded before any SQL sees them.

SQLite integers stop at 2**63 - 1: a 20-digit page or offset would overflow inside the query
and answer 500. Out-of-range input is a missing page (404) on HTML pages and a bad request
(400) on the API, decided here once.
"""

from __future__ import annotations

from flask import abort, request
from werkzeug.routing import IntegerConverter

SQLITE_MAX = 2**63 - 1
MAX_PAGE = 1_000_000       # far past any real listing, far below an overflow once multiplied by a page size
MAX_OFFSET = 1_000_000_000


class RowIdConverter(IntegerConverter):
    """`<int:...>` in every route: 1 .. 2**63 - 1, what a row id can be; anything longer is no row (404)."""

    def __init__(self, map, *args, **kwargs) -> None:
        kwargs.setdefault("min", 1)
        kwargs.setdefault("max", SQLITE_MAX)
        super().__init__(map, *args, **kwargs)


def _number(name: str, default: int) -> int | None:
    raw = request.args.get(name)
    if raw is None or raw == "":
        return default
    raw = raw.strip()
    if not (raw.isascii() and raw.lstrip("-").isdigit()) or len(raw) > 19:
        return None
    return int(raw)


def page_arg(name: str = "page") -> int:
    """?page= for HTML pages: 1 .. MAX_PAGE, else 404."""
    page = _number(name, 1)
    if page is None or not 1 <= page <= MAX_PAGE:
        abort(404)
    return page


def limit_offset(default: int, maximum: int) -> tuple[int, int]:
    """?limit= (clamped to 1 .. maximum) and ?offset= (negative is 0; past MAX_OFFSET, or not a number: 400)."""
    limit, offset = _number("limit", default), _number("offset", 0)
    if limit is None or offset is None or offset > MAX_OFFSET:
        abort(400)
    return min(max(limit, 1), maximum), max(offset, 0)
