"""Reduce URLs to one canonical spelling so the same article is stored once."""

from __future__ import annotations

import re
from urllib.parse import urlsplit, urlunsplit

# Query parameters that say how a reader arrived, never which page they asked for.
# Exact names are compared case-insensitively; prefixes cover whole families.
TRACKING_PARAMS = frozenset(
    {
        "fbclid", "gclid", "gclsrc", "dclid", "msclkid", "yclid", "twclid", "igshid",
        "mc_cid", "mc_eid", "mkt_tok", "xtor", "xtref", "cmpid", "ref", "ref_src",
        "_ga", "_gl", "ito", "ns_campaign", "ns_mchannel", "ns_source", "ns_linkname",
        "ns_fee", "oly_anon_id", "oly_enc_id", "vero_id", "wt.mc_id", "wt_mc_id",
        "sr_share", "at_medium", "at_campaign",
    }
)
TRACKING_PREFIXES = ("utm_", "at_", "pk_", "mtm_", "hsa_")

DEFAULT_PORTS = {"http": 80, "https": 443}

# RFC 3986 unreserved characters: an escape of one of these means the same as the character.
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
# Characters left as they are in a path, and in a query component (where & = + ; keep meaning).
_PATH_SAFE = _UNRESERVED | frozenset("!$&'()*+,;=:@/")
_QUERY_SAFE = _UNRESERVED | frozenset("!$'()*,:@/?")
_ESCAPE = re.compile(r"%([0-9A-Fa-f]{2})")


def canonical_url(url: str) -> str:
    """The identity of `url`: one spelling for every way of writing the same page.

    Used as a key to recognise an article already stored, not as an address to fetch:
    dropping "www." and tracking parameters can make it unreachable on some sites.
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    netloc = _canonical_netloc(parts.netloc, scheme)
    path = _normalize_escapes(_remove_dot_segments(parts.path), _PATH_SAFE) or "/"
    if len(path) > 1:
        path = path.rstrip("/") or "/"
    query = _canonical_query(parts.query)
    return urlunsplit((scheme, netloc, path, query, ""))


def host_of(url: str) -> str:
    """The lowercased host name of `url`, without port: the unit politeness is measured in."""
    host = urlsplit(url.strip()).hostname
    if not host:
        raise ValueError(f"no host in URL {url!r}")
    return host.rstrip(".")


def is_tracking_param(name: str) -> bool:
    """True for a query parameter that only records where a reader came from."""
    name = name.lower()
    return name in TRACKING_PARAMS or name.startswith(TRACKING_PREFIXES)


def _canonical_netloc(netloc: str, scheme: str) -> str:
    userinfo, _, hostport = netloc.rpartition("@")
    if hostport.startswith("["):  # IPv6 literal: its colons are not a port separator
        host, _, rest = hostport.partition("]")
        host, port = host + "]", rest.removeprefix(":")
    else:
        host, _, port = hostport.partition(":")
    host = host.lower().rstrip(".")
    host = host.removeprefix("www.")
    if port and port.isdigit() and int(port) == DEFAULT_PORTS.get(scheme):
        port = ""
    if port == "":
        hostport = host
    else:
        hostport = f"{host}:{port}"
    return f"{userinfo}@{hostport}" if userinfo else hostport


def _canonical_query(query: str) -> str:
    kept = []
    for pair in query.split("&"):
        if not pair:
            continue
        name, eq, value = pair.partition("=")
        name = _normalize_escapes(name, _QUERY_SAFE)
        if is_tracking_param(_unescape_for_compare(name)):
            continue
        kept.append((name, eq + _normalize_escapes(value, _QUERY_SAFE)))
    # Sort on the name only: the sort is stable, so repeated names (a=1&a=2) keep their order,
    # which some servers give meaning to.
    kept.sort(key=lambda item: item[0])
    return "&".join(name + rest for name, rest in kept)


def _normalize_escapes(text: str, safe: frozenset[str]) -> str:
    """Decode escapes of unreserved characters, escape everything unsafe, uppercase hex.

    Escapes of reserved characters (%2F, %26, ...) are kept as escapes: decoding them would
    change what the URL means.  "/café" and "/caf%C3%A9" both come out as "/caf%C3%A9".
    """
    out = []
    i = 0
    while i < len(text):
        char = text[i]
        if char == "%" and _ESCAPE.match(text, i):
            decoded = chr(int(text[i + 1 : i + 3], 16))
            out.append(decoded if decoded in _UNRESERVED else "%" + text[i + 1 : i + 3].upper())
            i += 3
            continue
        if char in safe:
            out.append(char)
        else:
            out.append("".join(f"%{byte:02X}" for byte in char.encode("utf-8", "surrogatepass")))
        i += 1
    return "".join(out)


def _unescape_for_compare(name: str) -> str:
    return _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), name)


def _remove_dot_segments(path: str) -> str:
    """RFC 3986 section 5.2.4, so /a/./b/../c and /a/c are one page."""
    if "." not in path:
        return path
    segments = path.split("/")
    out: list[str] = []
    for segment in segments:
        if segment == ".":
            continue
        if segment == "..":
            if len(out) > 1:
                out.pop()
            continue
        out.append(segment)
    if segments[-1] in (".", ".."):
        out.append("")  # "/a/b/.." names the folder "/a/"
    return "/".join(out)
