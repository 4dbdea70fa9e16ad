"""Independence of sources: claims that name another outlet or copy its sentence count as that outlet."""

from __future__ import annotations

from claims.grouping import relays
from claims.grouping.cluster import assign_pending
from claims.grouping.refresh import refresh
from tests.claims.seed import SETTINGS, add_article, add_claim, add_source

OUTLETS = relays.outlet_patterns([(1, "Cyberscope"), (2, "The Channel Post"), (3, "EuroSec Daily"),
                                  (4, "Le Courrier normand")])
SCOOP = "Brittany is reportedly also affected, although the regional health agency there has not commented."


def said(claim_id, source_id, text, at="2025-09-10T08:00:00", value=None):
    return relays.Said(claim_id, source_id, at, text, value)


def test_a_sentence_naming_another_outlet_relays_it():
    assert relays.attributed("Selon The Channel Post, la Bretagne serait aussi touchée.", 3, None, OUTLETS) == 2
    assert relays.attributed("According to the channel post, Brittany is hit.", 3, None, OUTLETS) == 2
    assert relays.attributed("Selon nos confrères du Courrier normand, la Bretagne est touchée.", 3, None, OUTLETS) == 4


def test_an_outlet_naming_itself_or_nobody_relays_nothing():
    assert relays.attributed("Social security numbers were not exposed, a spokesperson told EuroSec Daily.",
                             3, None, OUTLETS) is None
    assert relays.attributed("La Bretagne n'est pas concernée, a précisé l'agence.", 4, None, OUTLETS) is None


def test_with_two_outlets_named_the_figure_says_which_one_is_relayed():
    text = ("French site Cyberscope reported that as many as 1.4 million patients may be affected, "
            "while The Channel Post put the figure at more than 750,000.")
    assert relays.attributed(text, 3, "1400000", OUTLETS) == 1
    assert relays.attributed(text, 3, "750000", OUTLETS) == 2


def test_a_near_copy_of_an_earlier_sentence_of_another_outlet_is_a_relay():
    members = [said(1, 2, SCOOP, at="2025-09-10T06:10:00"),
               said(2, 5, "Brittany is reportedly also affected, although the health agency there has not yet "
                          "commented.", at="2025-09-10T09:00:00"),
               said(3, 6, SCOOP, at="2025-09-10T10:00:00"),
               said(4, 2, SCOOP, at="2025-09-11T10:00:00")]
    origins, entries = relays.assign(members, OUTLETS)
    assert origins == {1: (2, None), 2: (2, "copy"), 3: (2, "copy"), 4: (2, None)}
    assert set(entries) == {SCOOP, members[1].text}


def test_short_sentences_and_different_wordings_are_not_copies():
    members = [said(1, 2, "La Bretagne est touchée.", at="2025-09-10T06:00:00"),
               said(2, 5, "La Bretagne est touchée.", at="2025-09-10T07:00:00"),
               said(3, 6, "Des patients bretons figurent aussi parmi les personnes dont les données ont fuité.",
                    at="2025-09-10T08:00:00")]
    origins, _ = relays.assign(members, OUTLETS)
    assert origins == {1: (2, None), 2: (5, None), 3: (6, None)}


def test_the_copy_published_first_is_the_origin_whatever_order_the_claims_were_stored_in():
    members = [said(1, 5, SCOOP, at="2025-09-11T08:00:00"), said(2, 2, SCOOP, at="2025-09-10T06:00:00")]
    origins, _ = relays.assign(members, OUTLETS)
    assert origins == {1: (2, "copy"), 2: (2, None)}


def _family_members() -> list[relays.Said]:
    """Sentences where storage order used to decide: a chain of near copies (A ~ B, B ~ C, A !~ C),
    an outlet that printed a communiqué's sentence before the communiqué was stored, a same-time tie."""
    a = "Brittany is reportedly also affected by the breach, although the regional health agency has not commented."
    b = ("Brittany is reportedly also affected by the breach, although the regional health agency has not "
         "commented, and Normandy confirmed nothing.")
    c = ("Brittany is reportedly also affected, although the regional health agency has not commented, and "
         "Normandy confirmed nothing on Tuesday evening either.")
    communique = "Aucune donnée médicale n'a été consultée ni extraite lors de cet incident de sécurité, précise l'agence."
    return [said(1, 2, a, at="2025-09-10T09:00:00"), said(2, 5, c, at="2025-09-10T07:00:00"),
            said(3, 6, b, at="2025-09-10T08:00:00"), said(4, 7, a, at="2025-09-10T08:00:00"),
            relays.Said(5, 9, "2025-09-10T12:00:00", communique, None, True, "ARS"),
            relays.Said(6, 4, "2025-09-10T11:00:00", communique, None, False, "Le Courrier normand"),
            relays.Said(7, 8, "2025-09-10T13:00:00", communique, None, False, "France Matin"),
            relays.Said(8, 11, "2025-09-10T11:00:00", communique, None, False, "Azur Info")]


def test_origins_are_the_same_in_any_order_and_however_the_arrivals_are_split():
    """Workers store claims in the order their jobs end; upkeep adds them a few at a time."""
    import itertools
    import random

    members = _family_members()
    expected, _ = relays.assign(members, OUTLETS)
    assert expected[6] == (11, "copy") and expected[7] == (11, "copy") and expected[8] == (11, None)
    assert expected[5] == (9, None)  # the communiqué relays nobody
    assert len({expected[i][0] for i in (1, 2, 3, 4)}) == 1  # one chain of copies: one origin
    assert expected[1] == (5, "copy")  # the chain's first-published sentence
    shuffler = random.Random(7)
    for order in itertools.islice(itertools.permutations(members), 0, None, 97):
        order = list(order)
        cut = shuffler.randrange(len(order) + 1)
        known, known_entries = relays.assign(order[:cut], OUTLETS)
        later, entries = relays.assign(order[cut:], OUTLETS, known_entries)
        moved = {t for t, e in known_entries.items() if entries[t].origin_id != e.origin_id}
        final = {**{i: o for i, o in known.items()}, **later}
        for s in order[:cut]:
            if s.text in moved:
                final[s.claim_id] = relays.origin_of(s, entries[s.text], OUTLETS)
        assert final == expected, (order, cut)


def test_a_relayed_scoop_does_not_outnumber_a_denial(db):
    """The Channel Post's scoop relayed by two outlets is one source against Le Courrier normand's denial."""
    for name in ("The Channel Post", "Le Courrier normand", "France Matin", "EuroSec Daily"):
        add_source(db, name)
    add_claim(db, add_article(db, "The Channel Post", "scoop", published="2025-09-10T06:10:00+00:00"),
              "region", "Bretagne", text=SCOOP)
    add_claim(db, add_article(db, "France Matin", "relais", published="2025-09-10T09:00:00+00:00"),
              "region", "Bretagne", text="Selon The Channel Post, la Bretagne serait elle aussi touchée.")
    add_claim(db, add_article(db, "EuroSec Daily", "copie", published="2025-09-10T10:00:00+00:00"),
              "region", "Bretagne", text=SCOOP)
    add_claim(db, add_article(db, "Le Courrier normand", "démenti", published="2025-09-10T11:00:00+00:00"),
              "region", "Bretagne", "denied", text="La Bretagne n'est pas concernée, a précisé l'agence.")
    assign_pending(db, embed=None, model=None, threshold=SETTINGS.similarity)
    refresh(db)
    rows = {r[0]: r[1:] for r in db.execute(
        "SELECT key, verdict, outlier, independent_sources, source_count FROM clusters")}
    assert rows["region|Bretagne|asserted"] == ("disputed", 0, 1, 3)
    assert rows["region|Bretagne|denied"] == ("disputed", 0, 1, 1)
    relayed = dict(db.execute("SELECT text, relay FROM claims WHERE relay IS NOT NULL").fetchall())
    assert set(relayed.values()) == {"attribution", "copy"}


def test_an_official_statement_relays_nobody_but_a_copy_of_it_relays_the_official_source():
    communique = "Une plainte a été déposée et la Commission nationale de l'informatique et des libertés a été notifiée."
    members = [said(1, 4, communique, at="2025-09-09T08:00:00"),
               relays.Said(2, 9, "2025-09-09T09:00:00", communique, None, True),
               relays.Said(3, 9, "2025-09-09T10:00:00", "Cyberscope a publié des chiffres que l'agence dément.",
                           None, True),
               said(4, 5, communique, at="2025-09-09T11:00:00")]
    origins, _ = relays.assign(members, OUTLETS)
    assert origins[2] == (9, None) and origins[3] == (9, None)
    assert origins[4] == (4, "copy")


def test_a_copy_stored_later_but_published_earlier_becomes_the_origin_of_the_stored_one(db):
    """A worker that redoes a killed job stores the earlier article last: the stored copy turns relay."""
    for name in ("The Channel Post", "EuroSec Daily", "Le Courrier normand"):
        add_source(db, name)
    add_claim(db, add_article(db, "EuroSec Daily", "copie", published="2025-09-10T10:00:00+00:00"),
              "region", "Bretagne", text=SCOOP)
    assign_pending(db, embed=None, model=None, threshold=SETTINGS.similarity)
    refresh(db)
    assert db.execute("SELECT relay FROM claims").fetchall() == [(None,)]
    add_claim(db, add_article(db, "The Channel Post", "scoop", published="2025-09-10T06:10:00+00:00"),
              "region", "Bretagne", text=SCOOP)
    add_claim(db, add_article(db, "Le Courrier normand", "autre", published="2025-09-10T11:00:00+00:00"),
              "region", "Bretagne", text="La Bretagne serait également touchée, selon plusieurs soignants interrogés.")
    assign_pending(db, embed=None, model=None, threshold=SETTINGS.similarity)
    refresh(db)
    relays_by_source = dict(db.execute(
        "SELECT s.name, c.relay FROM claims c JOIN articles a ON a.id = c.article_id "
        "JOIN sources s ON s.id = a.source_id").fetchall())
    assert relays_by_source == {"EuroSec Daily": "copy", "The Channel Post": None, "Le Courrier normand": None}
    cluster = db.execute("SELECT id, independent_sources, source_count FROM clusters").fetchone()
    assert cluster[1:] == (2, 3)
    before = db.execute("SELECT id, origin_source_id, relay FROM claims ORDER BY id").fetchall()
    refresh(db, everything=True)
    assert db.execute("SELECT id, origin_source_id, relay FROM claims ORDER BY id").fetchall() == before
    assert db.execute("SELECT independent_sources FROM clusters").fetchone()[0] == 2
