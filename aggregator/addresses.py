"""The one check of addresses people type (SSRF rules): http(s) only, no credentials, public hosts only.

A URL an editor adds, or `recoupe add` is given, must not make the server fetch from its
own network: loopback, private ranges, link-local (cloud metadata at 169.254.169.254),
multicast, reserved, and IPv6 forms that carry such an IPv4 address inside (mapped,
6to4, NAT64, Teredo). The host is judged by every address it resolves to, so a name that
points at 127.0.0.1 is refused as surely as the literal. The fetcher runs the same check
on every redirect hop; the add-a-page use case runs it first, to refuse before any run starts.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from typing import Callable, Iterable
from urllib.parse import SplitResult, urlsplit

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolve = Callable[..., list]

_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_NAT64_LOCAL = ipaddress.ip_network("64:ff9b:1::/48")


class AddressError(ValueError):
    """An address refused; the message says why and, where there is one, the setting that allows it."""


class Unresolvable(AddressError):
    """The host name does not resolve."""


class NonPublic(AddressError):
    """The host is, or resolves to, a loopback, private or otherwise non-public address."""


def parse(url: str, *, typed: bool = True) -> SplitResult:
    """`url` split, if it is an absolute http(s) address (without credentials, when typed by a person)."""
    text = (url or "").strip()
    if any(ord(c) < 0x21 or c == "\x7f" for c in text):
        raise AddressError(f"{text[:200]!r} contains spaces or control characters; it is not a web address")
    try:
        parts = urlsplit(text)
        _ = parts.port  # raises ValueError on a port out of range
    except ValueError as exc:
        raise AddressError(f"{text[:200]!r} is not a valid address ({exc})") from None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise AddressError("only absolute http:// or https:// addresses can be fetched")
    if typed and (parts.username is not None or parts.password is not None):
        raise AddressError("addresses with a user name or password are refused")
    return parts


def embedded_ipv4(address: IPAddress) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 one carries (mapped, 6to4, NAT64, Teredo client), if any."""
    if not isinstance(address, ipaddress.IPv6Address):
        return None
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address.teredo is not None:
        return address.teredo[1]
    if address in _NAT64 or address in _NAT64_LOCAL:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def non_public_kind(address: IPAddress) -> str | None:
    """What kind of non-public address this is ("loopback", "private", ...), or None for a public one."""
    inner = embedded_ipv4(address)
    if inner is not None:
        kind = non_public_kind(inner)
        if kind:
            return kind
    for kind in ("loopback", "private", "link_local", "multicast", "reserved", "unspecified", "site_local"):
        if getattr(address, f"is_{kind}", False):
            return kind.replace("_", "-")
    return None if address.is_global else "non-public"


def refuse_non_public(host: str, addresses: Iterable[IPAddress]) -> None:
    """Raise AddressError if any of the host's addresses is not public."""
    for address in addresses:
        kind = non_public_kind(address)
        if kind:
            raise NonPublic(
                f"{host} is {address}, a {kind} address; refused to protect the local network "
                "(the configuration can allow it: [crawl] allow_private_addresses = true)")


def literal(host: str) -> IPAddress | None:
    """The host as an IP address when it is written as one ("[::1]" and "fe80::1%eth0" included)."""
    try:
        return ipaddress.ip_address(host.strip("[]").split("%", 1)[0])
    except ValueError:
        return None


def _from_infos(infos: list) -> list[IPAddress]:
    return [ipaddress.ip_address(str(info[4][0]).split("%", 1)[0]) for info in infos]


def _port(parts: SplitResult) -> int:
    return parts.port or (443 if parts.scheme.lower() == "https" else 80)


def _judge(url: str, parts: SplitResult, infos: list | None) -> str:
    """The URL if the literal host, or every address it resolved to (`infos`), is public."""
    host = parts.hostname or ""
    address = literal(host)
    refuse_non_public(host, [address] if address is not None else _from_infos(infos or []))
    return url.strip()


def check_public(url: str, *, resolve: Resolve = socket.getaddrinfo, typed: bool = True) -> str:
    """`url`, stripped, if it is http(s) and its host resolves to public addresses only; else AddressError."""
    parts = parse(url, typed=typed)
    if literal(parts.hostname or "") is not None:
        return _judge(url, parts, None)
    try:
        infos = resolve(parts.hostname, _port(parts), type=socket.SOCK_STREAM)
    except (OSError, UnicodeError, ValueError):
        raise Unresolvable(f"the host {parts.hostname} cannot be resolved; check the address") from None
    return _judge(url, parts, infos)


async def check_public_async(url: str, *, typed: bool = False) -> str:
    """check_public for the event loop: the resolution runs in the loop's resolver thread."""
    parts = parse(url, typed=typed)
    if literal(parts.hostname or "") is not None:
        return _judge(url, parts, None)
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(parts.hostname, _port(parts), type=socket.SOCK_STREAM)
    except (OSError, UnicodeError, ValueError):
        raise Unresolvable(f"the host {parts.hostname} cannot be resolved; check the address") from None
    return _judge(url, parts, infos)
