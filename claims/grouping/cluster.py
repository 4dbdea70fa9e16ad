"""Assign claims to clusters: slot claims by 'slot|value|polarity', free-text claims by meaning, incrementally.

Only claims with no cluster are assigned, so a run costs what it adds, not what is stored.
Free-text claims join the most similar cluster centroid at or above the threshold unless
the guard objects: embeddings place a sentence and its denial, or "10" and "500", side by
side, so a join also needs the same negation, no conflicting figures and no conflicting
names. Ids are stable: a slot cluster is found again by its key; on `reprocess` a
free-text cluster re-founded by one of its former members gets its old id back. Claims an
editor placed (pinned) are never moved; a claim whose natural cluster was merged goes to
the merge target. Touched clusters are marked dirty for claims.grouping.refresh.
"""

from __future__ import annotations

import logging
from typing import Callable, Iterator, Sequence

import numpy as np
from sqlite_utils import Database

from aggregator.store import now
from claims.extraction.model import Profile
from claims.grouping.guard import Signature, default_profile, guard

__all__ = ["Signature", "guard", "assign_pending", "threshold_for", "CentroidIndex"]

log = logging.getLogger(__name__)

Embed = Callable[[Sequence[str]], np.ndarray]
CANDIDATES = 5  # nearest centroids the guard is asked about before founding a new cluster
BLOCK = 256     # claims compared with the stored centroids in one matrix product


def threshold_for(settings, across_languages: bool) -> float:
    """The similarity a join needs: `[claims] similarity`, or `similarity_across_languages` for a pair of
    claims in different languages."""
    return settings.similarity_across_languages if across_languages else settings.similarity


def slot_key(slot: str, value: str | None, polarity: str) -> str:
    return f"{slot}|{'' if value is None else value}|{polarity}"


class CentroidIndex:
    """Free-text cluster centroids as one normalised matrix, loaded once per run and grown in place.

    Signatures of stored clusters are read from their label only when the guard asks about
    them: a run compares each new claim with a handful of clusters, not with all of them.
    """

    def __init__(self, dim: int, db: Database | None = None, profile: Profile | None = None) -> None:
        self.db = db
        self.profile = profile or default_profile()
        self.languages: dict[int, set[str | None]] = {}  # members' languages, read when first asked
        self.ids: list[int] = []
        self.matrix = np.zeros((64, dim), dtype=np.float32)
        self.sums = np.zeros((64, dim), dtype=np.float32)
        self.counts: list[int] = []
        self.signatures: dict[int, Signature] = {}
        self.row: dict[int, int] = {}
        self._unread: dict[int, tuple[str, str]] = {}  # cluster id -> (label, polarity), signature not made yet
        self._moved: set[int] | None = None  # rows changed during nearest_each

    @classmethod
    def load(cls, db: Database, dim: int, model: str | None, profile: Profile | None = None) -> "CentroidIndex":
        """Every live free-text centroid made by `model` (another model's vectors are not comparable)."""
        index = cls(dim, db, profile)
        rows = [r for r in db.execute(
            "SELECT id, centroid, claim_count, label, polarity FROM clusters WHERE slot IS NULL "
            "AND centroid IS NOT NULL AND merged_into IS NULL AND model IS ? ORDER BY id", [model])
            if len(r[1]) == 4 * dim]  # vectors of another size are re-founded on reprocess
        if not rows:
            return index
        counts = np.array([max(r[2], 1) for r in rows], dtype=np.float32)
        centroids = np.frombuffer(b"".join(r[1] for r in rows), dtype="<f4").reshape(len(rows), dim)
        size = max(64, len(rows) * 2)
        index.matrix = np.zeros((size, dim), dtype=np.float32)
        index.sums = np.zeros((size, dim), dtype=np.float32)
        index.sums[:len(rows)] = centroids * counts[:, None]
        sums = index.sums[:len(rows)]
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        index.matrix[:len(rows)] = np.divide(sums, norms, out=np.zeros_like(sums), where=norms > 0)
        index.ids = [r[0] for r in rows]
        index.counts = [int(c) for c in counts]
        index.row = {r[0]: i for i, r in enumerate(rows)}
        index._unread = {r[0]: (r[3], r[4]) for r in rows}
        return index

    def signature(self, cluster_id: int) -> Signature:
        """What the guard compares for this cluster: its label's, grown by the members joined this run."""
        if cluster_id in self._unread:
            label, polarity = self._unread.pop(cluster_id)
            self.signatures[cluster_id] = Signature.of(label, polarity, self.profile)
        return self.signatures[cluster_id]

    def speaks(self, cluster_id: int, language: str | None) -> bool:
        """Whether a member of the cluster is in `language` (an unknown language speaks every one)."""
        if language is None:
            return True
        if cluster_id not in self.languages:
            self.languages[cluster_id] = {r[0] for r in self.db.execute(
                "SELECT DISTINCT a.language FROM claims c JOIN articles a ON a.id = c.article_id "
                "WHERE c.cluster_id = ?", [cluster_id])} if self.db is not None else set()
        return language in self.languages[cluster_id] or None in self.languages[cluster_id]

    def learn(self, cluster_id: int, language: str | None) -> None:
        self.languages.setdefault(cluster_id, set()).add(language)

    def add(self, cluster_id: int, vector_sum: np.ndarray, count: int, signature: Signature) -> None:
        if len(self.ids) == self.matrix.shape[0]:
            self.matrix = np.vstack([self.matrix, np.zeros_like(self.matrix)])
            self.sums = np.vstack([self.sums, np.zeros_like(self.sums)])
        i = len(self.ids)
        self.ids.append(cluster_id)
        self.counts.append(count)
        self.row[cluster_id] = i
        self.signatures[cluster_id] = signature
        self.sums[i] = vector_sum
        self.matrix[i] = _unit(vector_sum)

    def join(self, cluster_id: int, vector: np.ndarray, signature: Signature) -> None:
        """Add a member; the cluster's figures and names grow, so a later "750" cannot join a "500"."""
        old = self.signature(cluster_id)
        self.signatures[cluster_id] = Signature(old.negated, old.numbers | signature.numbers,
                                                old.names | signature.names, old.months | signature.months,
                                                old.entities | signature.entities)
        i = self.row[cluster_id]
        if self._moved is not None:
            self._moved.add(i)
        self.sums[i] += vector
        self.counts[i] += 1
        self.matrix[i] = _unit(self.sums[i])

    def nearest(self, vector: np.ndarray, threshold: float) -> list[tuple[int, float]]:
        """Clusters at or above the threshold, most similar first (at most CANDIDATES)."""
        if not self.ids:
            return []
        return self._best(self.matrix[:len(self.ids)] @ vector, threshold)

    def nearest_each(self, vectors: np.ndarray, threshold: float) -> Iterator[list[tuple[int, float]]]:
        """nearest() for each vector in turn, the caller joining or founding clusters in between.

        Similarities with the centroids present at the start come from one matrix product per
        block of vectors (one pass over the matrix, not one per claim); only rows changed since
        (clusters joined or founded during the run) are computed per vector.
        """
        base = len(self.ids)
        self._moved = set()
        try:
            for start in range(0, len(vectors), BLOCK):
                block = vectors[start:start + BLOCK]
                before = block @ self.matrix[:base].T
                for i, vector in enumerate(block):
                    sims = np.empty(len(self.ids), dtype=np.float32)
                    sims[:base] = before[i]
                    if self._moved:
                        moved = np.fromiter(self._moved, dtype=np.intp, count=len(self._moved))
                        sims[moved] = self.matrix[moved] @ vector
                    sims[base:] = self.matrix[base:len(self.ids)] @ vector
                    yield self._best(sims, threshold)
        finally:
            self._moved = None

    def _best(self, sims: np.ndarray, threshold: float) -> list[tuple[int, float]]:
        """The CANDIDATES most similar rows at or above the threshold; equal similarities (to
        float32 rounding, which depends on how the product was computed) go to the oldest cluster."""
        above = np.flatnonzero(sims >= threshold)
        top = above[np.argsort(-np.round(sims[above], 5), kind="stable")][:CANDIDATES]
        return [(self.ids[i], float(sims[i])) for i in top]

    def centroid(self, cluster_id: int) -> np.ndarray:
        i = self.row[cluster_id]
        return self.sums[i] / self.counts[i]


def _unit(vector: np.ndarray) -> np.ndarray:
    norm = float(np.linalg.norm(vector))
    return vector / norm if norm else vector


def pending_claims(db: Database) -> list[dict]:
    """Claims of in-incident articles that no cluster holds yet, oldest report first.

    Ties are broken by what the claims are (article address, place in it), not by row ids,
    so a store filled in another order (several workers) clusters them in the same order.
    """
    rows = db.execute(
        """SELECT c.id, c.slot, c.value, c.polarity, c.text, a.language FROM claims c
           JOIN article_scope s ON s.article_id = c.article_id AND s.in_incident = 1
           JOIN articles a ON a.id = c.article_id
           WHERE c.cluster_id IS NULL AND c.pinned_cluster = 0
           ORDER BY COALESCE(a.published, a.first_seen), a.url, c.start, c.id"""
    ).fetchall()
    return [dict(zip(("id", "slot", "value", "polarity", "text", "language"), r)) for r in rows]


def assign_pending(db: Database, *, embed: Embed | None, model: str | None, threshold: float,
                   previous: dict[int, int] | None = None, across: float | None = None,
                   profile: Profile | None = None) -> set[int]:
    """Put every pending claim in a cluster, in one transaction; return the clusters touched.

    `embed` maps sentences to unit vectors (through the cache); without it free-text claims
    stay pending for a later run. `previous` maps claim ids to the cluster they were in
    before a reprocess, so re-founded clusters keep their ids. `threshold` is the similarity
    a free-text claim needs to join a cluster with a member in its language, `across` (default:
    the same) to join one whose members are all in another; `profile` reads figures and names
    for the guard.
    """
    claims = pending_claims(db)
    touched: set[int] = set()
    slot_claims = [c for c in claims if c["slot"] is not None]
    text_claims = [c for c in claims if c["slot"] is None]
    # Embedding writes to the cache, which commits: do it before the clustering transaction.
    vectors = embed([c["text"] for c in text_claims]) if text_claims and embed is not None else None
    with db.transaction():
        keyed: dict[str, int] = {}
        for claim in slot_claims:
            key = slot_key(claim["slot"], claim["value"], claim["polarity"])
            if key not in keyed:
                keyed[key] = _slot_cluster(db, key, claim)
            _place(db, claim["id"], keyed[key])
            touched.add(keyed[key])
        if vectors is not None:
            touched |= _assign_text(db, text_claims, vectors, model=model, threshold=threshold,
                                    across=threshold if across is None else across, previous=previous or {},
                                    profile=profile)
        _mark_dirty(db, touched)
    done = len(text_claims) if vectors is not None else 0
    log.info("clustering: %d slot and %d free-text claims assigned (%d waiting), %d clusters touched",
             len(slot_claims), done, len(text_claims) - done, len(touched))
    return touched


def _slot_cluster(db: Database, key: str, claim: dict) -> int:
    """The cluster a slot claim belongs to: its key's, followed through editors' merges, created if new."""
    row = db.execute("SELECT id, merged_into FROM clusters WHERE key = ?", [key]).fetchone()
    if row is None:
        return db.execute(
            "INSERT INTO clusters (key, slot, value, polarity, label, updated_at, dirty) VALUES (?, ?, ?, ?, ?, ?, 2) "
            "RETURNING id", [key, claim["slot"], claim["value"], claim["polarity"], claim["text"], now()]).fetchone()[0]
    return _follow(db, row[0], row[1])


def _follow(db: Database, cluster_id: int, merged_into: int | None) -> int:
    seen = {cluster_id}
    while merged_into is not None and merged_into not in seen:
        seen.add(merged_into)
        cluster_id = merged_into
        merged_into = db.execute("SELECT merged_into FROM clusters WHERE id = ?", [cluster_id]).fetchone()[0]
    return cluster_id


def _place(db: Database, claim_id: int, cluster_id: int) -> None:
    """Put a claim in a cluster and list it as arrived, so claims.grouping.refresh updates the cluster from it alone."""
    if db.execute("UPDATE claims SET cluster_id = ? WHERE id = ? AND pinned_cluster = 0",
                  [cluster_id, claim_id]).rowcount:
        db.execute("INSERT INTO cluster_arrivals (claim_id, cluster_id) VALUES (?, ?) "
                   "ON CONFLICT (claim_id) DO UPDATE SET cluster_id = excluded.cluster_id",
                   [claim_id, cluster_id])


def _mark_dirty(db: Database, cluster_ids: set[int]) -> None:
    """Mark clusters as grown (dirty = 2) unless something else already asks for a full recompute (1)."""
    db.executemany("UPDATE clusters SET dirty = CASE WHEN dirty = 1 THEN 1 ELSE 2 END WHERE id = ?",
                        [(i,) for i in cluster_ids])


def _assign_text(db: Database, claims: list[dict], vectors: np.ndarray, *, model: str | None,
                 threshold: float, across: float, previous: dict[int, int], profile: Profile | None) -> set[int]:
    index = CentroidIndex.load(db, vectors.shape[1], model, profile)
    touched: set[int] = set()
    links: set[tuple[int, int]] = set()
    for near, claim, vector in zip(index.nearest_each(vectors, min(threshold, across)), claims, vectors):
        signature = Signature.of(claim["text"], claim["polarity"], index.profile)
        chosen, refused_for_negation = None, []
        for cluster_id, sim in near:
            same_language = index.speaks(cluster_id, claim["language"])
            if sim < (threshold if same_language else across):
                continue
            reason = guard(signature, index.signature(cluster_id), across_languages=not same_language)
            if reason is None:
                chosen = cluster_id
                break
            if reason == "negation":
                refused_for_negation.append(cluster_id)
        if chosen is None:
            chosen = _found(db, claim, vector, index, model=model, threshold=threshold,
                            reuse=previous.get(claim["id"]), signature=signature)
        else:
            index.join(chosen, vector, signature)
        index.learn(chosen, claim["language"])
        _place(db, claim["id"], chosen)
        touched.add(chosen)
        for other in refused_for_negation:
            links.add((min(chosen, other), max(chosen, other)))
            touched.add(other)
    for cluster_id in touched & set(index.row):
        db.execute("UPDATE clusters SET centroid = ? WHERE id = ?",
                   [index.centroid(cluster_id).astype("<f4").tobytes(), cluster_id])
    db.executemany("INSERT INTO cluster_links (a, b, kind) VALUES (?, ?, 'negation') ON CONFLICT DO NOTHING", links)
    return touched


def _found(db: Database, claim: dict, vector: np.ndarray, index: CentroidIndex, *, model: str | None,
           threshold: float, reuse: int | None, signature: Signature) -> int:
    """Start a free-text cluster, under the claim's former cluster id when that one is free."""
    blob = vector.astype("<f4").tobytes()
    free = (reuse is not None and reuse not in index.row and db.execute(
        "SELECT 1 FROM clusters WHERE id = ? AND slot IS NULL AND merged_into IS NULL", [reuse]).fetchone())
    if free:
        db.execute("UPDATE clusters SET centroid = ?, polarity = ?, label = ?, model = ?, threshold = ?, "
                   "updated_at = ? WHERE id = ?",
                   [blob, claim["polarity"], claim["text"], model, threshold, now(), reuse])
        cluster_id = reuse
    else:
        cursor = db.execute(
            "INSERT INTO clusters (key, slot, value, polarity, label, centroid, model, threshold, updated_at, dirty) "
            "VALUES (?, NULL, NULL, ?, ?, ?, ?, ?, ?, 2) RETURNING id",
            [f"text:new:{claim['id']}", claim["polarity"], claim["text"], blob, model, threshold, now()])
        cluster_id = cursor.fetchone()[0]
        db.execute("UPDATE clusters SET key = ? WHERE id = ?", [f"text:{cluster_id}", cluster_id])
    index.add(cluster_id, vector.copy(), 1, signature)
    return cluster_id
