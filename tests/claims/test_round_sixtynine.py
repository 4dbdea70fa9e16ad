"""Round sixty-nine (issue 9): what dev68 (both halves) showed the extractor misreading, one test each, on
sentences of our own about invented incidents (a games platform, an Indian telecom operator, a car-loan broker)."""

from __future__ import annotations

from tests.claims.helpers import en, round_incident as incident


GAMES = incident("Kestrel Games", keywords=("Kestrel Games",))
TELECOM = incident("Vindhya Telecom", keywords=("Vindhya Telecom",))


def test_accounts_an_owner_holds_are_counted_whole():
    # "about 160,000 of its user accounts had been broken into": "of its" before accounts marks whose they are, not a
    # part of a larger tally (rules cyberattack-335)
    accounts = "Kestrel Games said on Friday that about 52,000 of its user accounts had been broken into since March."
    assert en(accounts, "accounts_compromised", GAMES) == {(52000, "asserted", False)}
    possessive = "Intruders got into 9,400 of its customers' accounts, Kestrel Games told regulators."
    assert en(possessive, "accounts_compromised", GAMES) == {(9400, "asserted", False)}
    # people drawn from a client's own books stay a part of the vendor's tally (D5)
    donors = "A charity among Kestrel Games' clients said 2,600 of its donors had been caught up in the breach."
    assert en(donors, "victim_count", GAMES) == set()
