"""The one address check for pages people add and every redirect hop: public hosts only, in any spelling."""

from __future__ import annotations

import ipaddress
import socket

import pytest
from hypothesis import given, strategies as st

from aggregator.addresses import AddressError, NonPublic, check_public, non_public_kind

PRIVATE_V4 = st.ip_addresses(v=4).filter(lambda a: not a.is_global or a.is_multicast)
PUBLIC_V4 = st.ip_addresses(v=4).filter(lambda a: a.is_global and not a.is_multicast)


def no_dns(host, port, **kwargs):
    raise socket.gaierror("no DNS in tests")


def resolving_to(address):
    def resolve(host, port, **kwargs):
        return [(socket.AF_INET6 if ":" in address else socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port))]
    return resolve


def spellings(v4: ipaddress.IPv4Address) -> list[str]:
    """The same IPv4 address as a URL host, written the ways an attacker would."""
    n = int(v4)
    return [str(v4), f"[::ffff:{v4}]", f"[2002:{n >> 16:x}:{n & 0xFFFF:x}::1]", f"[64:ff9b::{v4}]"]


@given(PRIVATE_V4, st.sampled_from(["http", "https", "HTTP"]), st.sampled_from(["", ":80", ":8080"]))
def test_non_public_addresses_are_refused_in_every_spelling(address, scheme, port):
    for host in spellings(address):
        with pytest.raises(NonPublic):
            check_public(f"{scheme}://{host}{port}/x", resolve=no_dns)


@given(PRIVATE_V4)
def test_a_name_that_resolves_to_a_non_public_address_is_refused(address):
    with pytest.raises(NonPublic):
        check_public("https://innocent.example/", resolve=resolving_to(str(address)))


@given(PUBLIC_V4)
def test_public_addresses_pass(address):
    assert check_public(f"https://{address}/a?b=1", resolve=no_dns) == f"https://{address}/a?b=1"


@given(st.text(max_size=120))
def test_any_text_is_an_address_or_a_refusal_in_words(text):
    try:
        kept = check_public(text, resolve=no_dns)
    except AddressError as exc:
        assert str(exc)
    else:
        assert kept.startswith(("http://", "https://", "HTTP", "Http")) or kept[:5].lower() in ("http:", "https")


@pytest.mark.parametrize("url", ["http://user:pw@example.org/", "file:///etc/passwd", "javascript:alert(1)",
                                 "http://exa mple.org/", "http://example.org:99999/", "http://[::1]/",
                                 "http://169.254.169.254/latest/meta-data/", "http://0.0.0.0/", "http://[fe80::1%25eth0]/"])
def test_refusals_say_why(url):
    with pytest.raises(AddressError):
        check_public(url, resolve=no_dns)


@given(st.ip_addresses(v=4), st.sampled_from(["mapped", "6to4", "nat64", "teredo"]))
def test_ipv6_carrying_an_ipv4_is_judged_by_it(inner, form):
    n = int(inner)
    outer = {"mapped": ipaddress.IPv6Address(f"::ffff:{inner}"),
             "6to4": ipaddress.IPv6Address((0x2002 << 112) | (n << 80) | 1),
             "nat64": ipaddress.IPv6Address((0x64FF9B << 96) | n),
             "teredo": ipaddress.IPv6Address((0x20010000 << 96) | (0x01020304 << 64) | (n ^ 0xFFFFFFFF))}[form]
    if not inner.is_global or inner.is_multicast:
        assert non_public_kind(outer) is not None, (form, outer)
