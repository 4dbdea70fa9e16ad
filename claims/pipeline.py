"""The claims stage's orchestrator: scope -> extract -> store claims -> embed -> cluster -> verdicts.

It picks up what is pending (articles never analysed, or whose text changed since; every
article on `reprocess`), writes each new article's scope and claims in one transaction, then
clusters the claims no cluster holds yet and refreshes the clusters marked dirty. Readers see
a run all at once: placing, refreshing and re-analysing articles whose claims are in clusters
share one commit (web pages built on clusters change then). Every step is resumable from the
tables alone, so a run killed anywhere is completed by the next one. Embeddings go through the cache, so no sentence is ever embedded twice.
The caller holds the writer lock.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import time
from collections import Counter
from contextlib import nullcontext
from dataclasses import dataclass, field, replace
from typing import Callable, Sequence

import numpy as np
from sqlite_utils import Database

from aggregator.config import IncidentSettings
from aggregator.stopwatch import Stopwatch
from aggregator.store import now
from claims.grouping.cluster import assign_pending
from claims.config import ClaimsSettings
from claims.editing.corrections import reapply as reapply_corrections
from claims.editing.relevance import effective_scope
from claims.embedding.encoder import EmbedError, Embedder
from claims.embedding.cache import embed_texts_counted
from claims.extraction.extract import extract_claims, extractor_version
from claims.extraction.model import Claim, IncidentContext, Profile
from claims.extraction.profile import load_profile
from aggregator.bounds import plausible_date
from claims.grouping.refresh import refresh_clusters
from claims.grouping.speakers import canonical_speaker, full_names
from claims.extraction.scope import judge_scope
from claims.guards import bounded_text, release_freed_memory, time_limit

log = logging.getLogger(__name__)


class ClaimsError(Exception):
    """The claims stage could not do part of its work; the message says what and what to do."""


class ArticleFailed(ClaimsError):
    """One article could not be analysed; it is marked failed (with this reason) until its text changes."""

    def __init__(self, article_id: int, url: str | None, reason: str) -> None:
        super().__init__(f"article {article_id} ({url}) could not be analysed: {reason}; it is marked failed "
                         "and tried again when its text changes or on `recoupe reprocess`")
        self.article_id, self.url, self.reason = article_id, url, reason


BATCH = 32          # articles whose leads are embedded together
LEAD_CHARS = 600    # how much of an article is compared with the incident's description
# Texts encoded at once: the activations of 64 article leads added about 150 MB to the claims
# stage's peak (the sample crawl peaked at 1.05 GB); 16 cost 115 MB at the same speed within noise.
EMBED_BATCH = 16


@dataclass
class PipelineReport:
    """What one claims run did, for the summary line and the exit code."""

    counts: Counter = field(default_factory=Counter)
    errors: list[Exception] = field(default_factory=list)  # each keeps its type for the run's record
    seconds: float = 0.0
    watch: Stopwatch = field(default_factory=Stopwatch)  # model, claims, embedding, upkeep

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self) -> str:
        c = self.counts
        return (f"claims {'ok' if self.ok else 'with errors'} in {self.seconds:.1f}s: {c['articles']} articles "
                f"analysed ({c['in_incident']} in the incident, {c['out_of_incident']} not), "
                f"{c['claims_new']} new claims, {c['claims_removed']} removed, {c['embedded']} sentences "
                f"embedded, {c['clusters_refreshed']} clusters updated, {c['articles_failed']} articles failed, "
                f"{len(self.errors)} errors")


def run_pipeline(db: Database, *, incident: IncidentSettings, settings: ClaimsSettings,
                 embedder: Embedder | None = None, reprocess: bool = False,
                 progress: Callable[[int], object] | None = None, only: Sequence[int] | None = None,
                 settle: bool = True) -> PipelineReport:
    """Analyse pending articles and bring clusters and verdicts up to date; never raises for one bad article.

    Call it after `aggregator.crawl.run_crawl` or `add_page`, with the writer lock held.
    `embedder` defaults to the configured model, loaded only if something needs embedding.
    Workers (claims.queue) split the run: `only` analyses those of the pending articles
    alone, and `settle=False` leaves clustering and verdicts to a later call.
    """
    started = time.monotonic()
    report = PipelineReport()
    profile = load_profile(incident.profile)
    context = incident_context(incident)
    version = extractor_version(profile, context, settings.structure)
    if embedder is None:
        release_freed_memory()
        try:
            embedder = Embedder(settings.model, engine=settings.engine, batch_size=EMBED_BATCH)
        except EmbedError as exc:
            report.errors.append(exc)
    if reprocess:
        # Re-clustering frees every claim first: with a model that cannot load, every
        # free-text cluster would be emptied. Load it before anything is touched.
        problem = report.errors[-1] if embedder is None else _model_problem(embedder)
        if problem is not None:
            if problem not in report.errors:
                report.errors.append(problem)
            report.seconds = time.monotonic() - started
            log.error("reprocess stopped before changing anything: %s", problem)
            return report
    embed = _embedding(db, embedder, report)
    pending = _pending(db, reprocess, only)
    if progress:
        progress(len(pending))
    if pending and isinstance(embedder, Embedder):  # loaded here, so the run's stage times show what it costs
        with report.watch.stage("model"), contextlib.suppress(EmbedError):  # reported by the first encode
            embedder.load()
    leads = _LeadScorer(incident, embed)

    def analyse(ids: list[int]) -> None:
        for start in range(0, len(ids), BATCH):
            rows = _articles(db, ids[start:start + BATCH])
            semantic = leads.score(rows)
            for i, row in enumerate(rows):
                try:
                    _analyse(db, row, incident, context, profile, version, semantic[i], report,
                             settings.structure)
                except Exception as exc:  # one article's failure must not stop the run, nor fail the next ones
                    failure = ArticleFailed(row["id"], row.get("url"), f"{type(exc).__name__}: {exc}")
                    log.warning("%s", failure, exc_info=not isinstance(exc, ClaimsError))
                    _mark_failed(db, row, version, failure.reason)
                    report.counts["articles_failed"] += 1
                    report.errors.append(failure)
                if progress:
                    progress(-1)

    # An article analysed again whose claims sit in clusters changes what readers see of those
    # clusters: it is written in the settling commit. New articles commit one by one (resumable).
    # A reprocess re-reads every article and re-places every claim: all of it is one commit, so
    # readers see the store as it was until it is done, and a killed reprocess changes nothing.
    if reprocess:
        again = set(pending)
    else:
        again = _with_placed_claims(db, pending) if settle else set()
    with report.watch.stage("claims"):
        analyse([i for i in pending if i not in again])
    if settle:
        with report.watch.stage("upkeep"), db.transaction() if again else nullcontext():
            analyse([i for i in pending if i in again])
            previous = _unassign_all(db) if reprocess else None
            # One commit publishes the run: placed claims with the counts and verdicts they change.
            assign_pending(db, embed=embed, model=embedder.model_name if embed else None,
                           threshold=settings.similarity, across=settings.similarity_across_languages,
                           previous=previous, profile=profile,
                           then=lambda: report.counts.update(clusters_refreshed=refresh_clusters(db)))
    report.seconds = time.monotonic() - started
    log.info("%s", report.summary())
    return report


class _LeadScorer:
    """Each article lead's similarity to the incident's description (None without a model)."""

    def __init__(self, incident: IncidentSettings, embed) -> None:
        self.text, self.embed, self.description = incident.description, embed, None

    def score(self, rows: list[dict]) -> list[float | None]:
        if self.description is None and self.embed and self.text:
            self.description = self.embed([self.text])
        leads = self.embed([_lead(r) for r in rows]) if self.embed and self.description is not None else None
        return [float(leads[i] @ self.description[0]) if leads is not None else None for i in range(len(rows))]


def _with_placed_claims(db: Database, ids: list[int]) -> set[int]:
    """Those of these articles that have claims in a cluster."""
    found: set[int] = set()
    for start in range(0, len(ids), 500):
        part = ids[start:start + 500]
        found |= {r[0] for r in db.execute(
            f"SELECT DISTINCT article_id FROM claims WHERE cluster_id IS NOT NULL "
            f"AND article_id IN ({', '.join('?' * len(part))})", part)}
    return found


def _model_problem(embedder: Embedder) -> EmbedError | None:
    """Why the model cannot be loaded, or None once it is."""
    try:
        _ = embedder.model
    except EmbedError as exc:
        return exc
    return None


def _embedding(db: Database, embedder: Embedder | None, report: PipelineReport):
    """A texts -> vectors function through the cache that counts what it computes, or None.

    If the model cannot be loaded the error is reported once and the function returns
    None from then on: scope is judged without similarity and free-text claims wait.
    """
    if embedder is None:
        return None
    broken: list[str] = []

    def embed(texts: Sequence[str]) -> np.ndarray | None:
        if broken:
            return None
        try:
            with report.watch.stage("embedding"):
                vectors, computed = embed_texts_counted(db, embedder, texts)
        except EmbedError as exc:
            broken.append(str(exc))
            report.errors.append(exc)
            return None
        report.counts["embedded"] += computed
        return vectors

    return embed


def _pending(db: Database, reprocess: bool, only: Sequence[int] | None = None) -> list[int]:
    among, params = "", []
    if only is not None:
        among, params = f" AND a.id IN ({', '.join(['?'] * len(only)) or 'NULL'})", list(only)
    if reprocess:
        return [r[0] for r in db.execute(f"SELECT a.id FROM articles a WHERE 1 = 1{among} ORDER BY a.id", params)]
    return [r[0] for r in db.execute(
        "SELECT a.id FROM articles a LEFT JOIN article_scope s ON s.article_id = a.id "
        f"WHERE (s.article_id IS NULL OR s.article_version != a.version){among} ORDER BY a.id", params)]


def _articles(db: Database, ids: list[int]) -> list[dict]:
    keys = ("id", "url", "title", "text", "published", "first_seen", "language", "version")
    rows = db.execute(f"SELECT {', '.join(keys)} FROM articles WHERE id IN ({', '.join('?' * len(ids))}) "
                      "ORDER BY id", ids)
    return [dict(zip(keys, r)) for r in rows]


def _lead(row: dict) -> str:
    return f"{row['title'] or ''}\n{row['text'][:LEAD_CHARS]}"


def _date(value: str | None) -> dt.date | None:
    """A stored date as a date, if it is one a news article can carry (year 0001 or 9999 is noise)."""
    value = plausible_date(value)
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def incident_context(incident: IncidentSettings) -> IncidentContext:
    """What extraction needs to know of the configured incident."""
    return IncidentContext(organizations=tuple(incident.organizations), keywords=tuple(incident.keywords),
                           since=incident.since)


def _analyse(db: Database, row: dict, incident: IncidentSettings, context: IncidentContext, profile: Profile,
             version: str, semantic: float | None, report: PipelineReport, structure: str) -> None:
    """Judge one article's scope and store its claims, all in one transaction.

    Extraction reads the article's bounded text (claims.guards) within a time limit; what it
    finds is written only when it finished.
    """
    published = _date(row["published"]) or _date(row["first_seen"])
    language = row["language"]
    text, cut = bounded_text(row["text"])
    if cut:
        report.counts["chars_not_analysed"] += cut
        log.info("article %d: %d characters not analysed (over-long sentences or figures, or past %d)",
                 row["id"], cut, len(text))
    if language and incident.languages and language not in incident.languages:
        in_incident, relevance, reason = False, 0.0, f"Written in {language}, a language this incident does not follow."
        found: list[Claim] = []
    else:
        with time_limit():
            scope = judge_scope(title=(row["title"] or "")[:1000], text=text, published=published,
                                keywords=list(incident.keywords), since=incident.since,
                                description=incident.description, profile=profile, semantic=semantic)
            found = extract_claims(text, profile=profile, language=language, published=published,
                                   incident=context, structure=structure)
        in_incident, relevance, reason = scope.in_incident, scope.relevance, scope.reason
        found = _speakers(db, found, profile)
    with db.transaction():
        # Editors have the last word: their relevance decision and their corrections (claims.editing).
        in_incident, reason = effective_scope(db, row["id"], in_incident, reason)
        _write_scope(db, row, version, in_incident=in_incident, relevance=relevance, reason=reason,
                     language=language, error=None)
        new, removed = store_claims(db, row["id"], found, version, in_incident=in_incident)
        reapply_corrections(db, row["id"])
    report.counts["articles"] += 1
    report.counts["in_incident" if in_incident else "out_of_incident"] += 1
    report.counts["claims_new"] += new
    report.counts["claims_removed"] += removed
    log.debug("article %d: %s, %d claims (%d new, %d removed)", row["id"],
              "in the incident" if in_incident else "not in the incident", len(found), new, removed)


def _write_scope(db: Database, row: dict, version: str, *, in_incident: bool, relevance: float, reason: str,
                 language: str | None, error: str | None) -> None:
    db.execute("INSERT INTO article_scope (article_id, article_version, extractor_version, in_incident, relevance, "
               "reason, language, processed_at, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
               "ON CONFLICT (article_id) DO UPDATE SET article_version = excluded.article_version, "
               "extractor_version = excluded.extractor_version, in_incident = excluded.in_incident, "
               "relevance = excluded.relevance, reason = excluded.reason, language = excluded.language, "
               "processed_at = excluded.processed_at, error = excluded.error",
               [row["id"], row["version"], version, int(in_incident), relevance, reason, language, now(), error])


def _mark_failed(db: Database, row: dict, version: str, reason: str) -> None:
    """Record that this version of the article could not be analysed: it leaves the incident's
    clusters (its claims go, as for an article judged out of it) and is not pending any more."""
    with db.transaction():
        in_incident, note = effective_scope(db, row["id"], False, f"Could not be analysed: {reason[:500]}")
        _write_scope(db, row, version, in_incident=in_incident, relevance=0.0, reason=note, language=row["language"],
                     error=reason[:2000])
        store_claims(db, row["id"], [], version, in_incident=False)


def _speakers(db: Database, found: list[Claim], profile: Profile) -> list[Claim]:
    """Quotations under their speaker's one name across languages ("the Normandy health agency" is "ARS
    Normandie"; "Ms Ferrand-Oury" the full name already quoted), so they cluster by speaker."""
    if not any(c.slot == "quote" for c in found):
        return found
    known = [r[0] for r in db.execute("SELECT DISTINCT value FROM claims WHERE slot = 'quote' AND value LIKE '% %'")]
    out = []
    for claim in found:
        if claim.slot == "quote" and isinstance(claim.value, str):
            speaker = canonical_speaker(claim.value, profile)
            claim = replace(claim, value=full_names(speaker, known + [speaker]))
        out.append(claim)
    return out


def claim_key(article_id: int, claim: Claim) -> str:
    """The identity of a claim across runs: same article, span, slot, value and polarity -> same id."""
    return f"{article_id}:{claim.start}:{claim.end}:{claim.slot or ''}:{stored_value(claim.value)}:{claim.polarity}"


def stored_value(value: object) -> str | None:
    """Values as the claims table stores them: numbers as digits, dates ISO."""
    if value is None:
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    return str(value)


def store_claims(db: Database, article_id: int, found: list[Claim], version: str, *,
                 in_incident: bool) -> tuple[int, int]:
    """Upsert an article's claims by key, delete the ones no longer found; caller holds the transaction.

    Claims that leave a cluster (deleted, or their article judged out of the incident) or
    change their wording or hedging mark it dirty so its counts, label and verdict are refreshed.
    """
    existing = {r[0]: (r[1], r[2], r[3], r[4], r[5]) for r in db.execute(
        "SELECT key, id, cluster_id, pinned_cluster, hedged, text FROM claims WHERE article_id = ?", [article_id])}
    wanted = {}
    for claim in found:
        wanted.setdefault(claim_key(article_id, claim), claim)
    dirty, new = set(), 0
    for key, claim in wanted.items():
        if key in existing:
            claim_id, cluster_id, pinned, hedged, text = existing[key]
            if cluster_id is not None and (bool(hedged) != claim.hedged or text != claim.text):
                dirty.add(cluster_id)
            db.execute("UPDATE claims SET hedged = ?, text = ?, extractor_version = ? WHERE id = ?",
                       [int(claim.hedged), claim.text, version, claim_id])
            if not in_incident and cluster_id is not None and not pinned:
                db.execute("UPDATE claims SET cluster_id = NULL WHERE id = ?", [claim_id])
                dirty.add(cluster_id)
            continue
        db.execute("INSERT INTO claims (key, article_id, slot, value, polarity, hedged, text, start, \"end\", "
                   "extractor_version, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   [key, article_id, claim.slot, stored_value(claim.value), claim.polarity, int(claim.hedged),
                    claim.text, claim.start, claim.end, version, now()])
        new += 1
    gone = [(key, v) for key, v in existing.items() if key not in wanted]
    for _key, (claim_id, cluster_id, *_rest) in gone:
        db.execute("DELETE FROM claims WHERE id = ?", [claim_id])
        if cluster_id is not None:
            dirty.add(cluster_id)
    db.executemany("UPDATE clusters SET dirty = 1 WHERE id = ?", [(i,) for i in dirty])
    return new, len(gone)


def _unassign_all(db: Database) -> dict[int, int]:
    """Before re-clustering: free every claim no editor placed, remembering where it was.

    Free-text clusters no pinned claim anchors lose their centroid, so they are founded
    again from the new vectors (under their old ids: see claims.grouping.cluster).
    """
    with db.transaction():
        previous = {r[0]: r[1] for r in db.execute(
            "SELECT id, cluster_id FROM claims WHERE cluster_id IS NOT NULL AND pinned_cluster = 0")}
        db.execute("UPDATE clusters SET dirty = 1 WHERE id IN (SELECT DISTINCT cluster_id FROM claims "
                   "WHERE cluster_id IS NOT NULL AND pinned_cluster = 0)")
        db.execute("UPDATE claims SET cluster_id = NULL WHERE pinned_cluster = 0")
        db.execute("UPDATE clusters SET centroid = NULL WHERE slot IS NULL AND id NOT IN "
                   "(SELECT cluster_id FROM claims WHERE pinned_cluster = 1 AND cluster_id IS NOT NULL)")
        db.execute("DELETE FROM cluster_links")
    return previous
