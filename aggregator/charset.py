"""Decode fetched bytes to text the way browsers do: BOM, then the header's charset, then the document's own."""

from __future__ import annotations

import codecs
import re

_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
# <meta charset=...>, <meta http-equiv content="...; charset=..."> and <?xml ... encoding=...?>
_DECLARED = re.compile(
    rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)|<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)""",
    re.IGNORECASE,
)
# As browsers do (WHATWG Encoding): Latin-1 and ASCII labels mean windows-1252, which
# is what such pages really use (curly quotes, euro sign in 0x80-0x9F).
_ALIASES = {"iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
            "l1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252", "windows-1252": "cp1252"}


def decode_text(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Decode a document as a browser would; return the text and the codec used.

    A byte-order mark wins (even over the HTTP header: it cannot be there by accident), then
    the charset in the Content-Type header, then a declaration in the first 2 KB, then UTF-8
    if the bytes are valid UTF-8, else windows-1252. Unknown charset names are skipped.
    """
    for bom, codec in _BOMS:
        if body.startswith(bom):
            return body[len(bom):].decode(codec, "replace"), codec
    codec = _codec(_charset_param(content_type))
    if codec is None:
        declared = _DECLARED.search(body[:2048])
        if declared:
            codec = _codec((declared.group(1) or declared.group(2)).decode("ascii"), in_document=True)
    if codec is not None:
        return body.decode(codec, "replace"), codec
    try:
        return body.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return body.decode("cp1252", "replace"), "cp1252"


def _charset_param(content_type: str | None) -> str | None:
    for param in (content_type or "").split(";")[1:]:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            return value.strip().strip("\"'")
    return None


def _codec(label: str | None, *, in_document: bool = False) -> str | None:
    """Python's codec for a charset label, or None if unknown or not a text encoding."""
    if not label:
        return None
    label = label.strip().lower()
    if in_document and label.startswith("utf-16"):
        return "utf-8"  # a declaration readable as ASCII cannot be in UTF-16 (no BOM was found)
    label = _ALIASES.get(label, label)
    if label in ("utf-7", "utf7"):
        return None  # browsers refuse it: it can smuggle markup past filters
    try:
        name = codecs.lookup(label).name
        b"x".decode(name, "ignore")  # LookupError for codecs like base64 or rot13 that are not text encodings
    except LookupError:
        return None
    return name
