"""Notice what the newsroom should hear about and queue it, once per event, in the database.

Run after each analysis (crawl, add, reprocess). Watermarks (the last claim and article
looked at) and the alerts they produce are written in one transaction, so a crash either
queues an event and moves past it, or does neither: nothing is lost, nothing is queued
twice (each alert has a unique key). The first scan of a database only sets the baseline:
a newsroom switching alerts on is not flooded with the incident's history.
"""

from __future__ import annotations

import logging

from sqlite_utils import Database

from aggregator.store import now
from claims.grouping.statements import OFFICIAL_SQL

log = logging.getLogger(__name__)

_WORDS = {
    "fr": {"contradicted": "Contredit par une source officielle : « {label} » ({n} nouvelle(s) affirmation(s) : {who})",
           "dispute": "Nouvelle controverse : « {label} » (les sources se contredisent)",
           "official": "{who} a publié : « {label} »"},
    "en": {"contradicted": "Contradicted by an official source: “{label}” ({n} new claim(s): {who})",
           "dispute": "New dispute: “{label}” (sources disagree)",
           "official": "{who} published: “{label}”"},
}


def _state(db: Database, name: str) -> int | None:
    row = db.execute("SELECT value FROM alert_state WHERE name = ?", [name]).fetchone()
    return int(row[0]) if row else None


def _set_state(db: Database, name: str, value: int) -> None:
    db.execute("INSERT INTO alert_state (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET "
               "value = excluded.value", [name, str(value)])


def _queue(db: Database, key: str, kind: str, text: str, body: str, channels: tuple[str, ...], *,
           cluster_id: int | None = None, article_id: int | None = None, baseline: bool = False) -> bool:
    stamp = now()
    row = db.execute("INSERT INTO alerts (key, kind, cluster_id, article_id, text, body, created_at, baseline) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING RETURNING id",
                     [key, kind, cluster_id, article_id, text, body, stamp, int(baseline)]).fetchone()
    if row is None or baseline:
        return False
    for channel in channels:
        db.execute("INSERT INTO alert_deliveries (alert_id, channel, state, next_attempt_at) VALUES (?, ?, "
                   "'pending', ?)", [row[0], channel, stamp])
    return True


def scan(db: Database, *, channels: tuple[str, ...], base_url: str, language: str = "fr") -> int:
    """Queue alerts for what happened since the last scan; return how many were queued."""
    words = _WORDS.get(language, _WORDS["en"])
    base = base_url.rstrip("/")
    with db.transaction():
        top_claim = db.execute("SELECT COALESCE(max(id), 0) FROM claims").fetchone()[0]
        top_article = db.execute("SELECT COALESCE(max(article_id), 0) FROM article_scope").fetchone()[0]
        last_claim, last_article = _state(db, "last_claim"), _state(db, "last_article")
        baseline = last_claim is None
        queued = 0
        if not baseline:
            queued += _contradicted(db, last_claim, top_claim, words, base, channels)
            queued += _officials(db, last_article, top_article, words, base, channels)
        queued += _disputes(db, words, base, channels, baseline=baseline)
        _set_state(db, "last_claim", top_claim)
        _set_state(db, "last_article", top_article)
    if queued:
        log.info("alerts: %d queued", queued)
    return queued


def _contradicted(db: Database, after: int, upto: int, words: dict, base: str, channels) -> int:
    rows = db.execute(
        f"""SELECT k.id, k.label, count(*), max(c.id) FROM claims c JOIN clusters k ON k.id = c.cluster_id
            JOIN articles a ON a.id = c.article_id JOIN sources s ON s.id = a.source_id
            WHERE c.id > ? AND c.id <= ? AND k.computed_verdict = 'contradicted' AND c.status != 'rejected'
              AND NOT {OFFICIAL_SQL} GROUP BY k.id, k.label ORDER BY k.id""", [after, upto]).fetchall()
    queued = 0
    for cluster_id, label, n, top in rows:
        who = ", ".join(r[0] for r in db.execute(
            "SELECT DISTINCT s.name FROM claims c JOIN articles a ON a.id = c.article_id JOIN sources s "
            "ON s.id = a.source_id WHERE c.cluster_id = ? AND c.id > ? AND c.id <= ? ORDER BY s.name",
            [cluster_id, after, upto]))
        text = words["contradicted"].format(label=_short(label), n=n, who=who)
        url = f"{base}/claims/{cluster_id}"
        queued += _queue(db, f"contradicted:{cluster_id}:{top}", "contradicted", f"{text} {url}",
                         f"{text}\n{url}", channels, cluster_id=cluster_id)
    return queued


def _disputes(db: Database, words: dict, base: str, channels, *, baseline: bool) -> int:
    rows = db.execute("SELECT k.id, k.label FROM clusters k WHERE k.computed_verdict = 'disputed' "
                      "AND k.merged_into IS NULL AND k.claim_count > 0 AND NOT EXISTS (SELECT 1 FROM alerts al "
                      "WHERE al.key = 'dispute:' || k.id) ORDER BY k.id").fetchall()
    queued = 0
    for cluster_id, label in rows:
        text = words["dispute"].format(label=_short(label))
        url = f"{base}/claims/{cluster_id}"
        queued += _queue(db, f"dispute:{cluster_id}", "dispute", f"{text} {url}", f"{text}\n{url}", channels,
                         cluster_id=cluster_id, baseline=baseline)
    return queued


def _officials(db: Database, after: int, upto: int, words: dict, base: str, channels) -> int:
    rows = db.execute(
        f"""SELECT a.id, COALESCE(a.title, a.url), s.name FROM articles a JOIN sources s ON s.id = a.source_id
            JOIN article_scope sc ON sc.article_id = a.id AND sc.in_incident = 1
            WHERE a.id > ? AND a.id <= ? AND {OFFICIAL_SQL} ORDER BY a.id""", [after, upto]).fetchall()
    queued = 0
    for article_id, title, source in rows:
        text = words["official"].format(who=source, label=_short(title))
        url = f"{base}/articles/{article_id}"
        queued += _queue(db, f"official:{article_id}", "official", f"{text} {url}", f"{text}\n{url}", channels,
                         article_id=article_id)
    return queued


def _short(text: str | None, limit: int = 160) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def recent(db: Database, *, limit: int = 50) -> list[dict]:
    """The latest alerts with each channel's delivery state, for editors' pages."""
    rows = list(db.query("SELECT id, kind, text, created_at FROM alerts WHERE baseline = 0 ORDER BY id DESC LIMIT ?",
                         [limit]))
    for row in rows:
        row["deliveries"] = list(db.query("SELECT channel, state, attempts, sent_at, last_error FROM alert_deliveries "
                                          "WHERE alert_id = ? ORDER BY channel", [row["id"]]))
    return rows
