"""Cache embeddings in SQLite by (text hash, model), so no text is ever embedded twice by one model."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from typing import Protocol

import numpy as np

log = logging.getLogger(__name__)

TABLE = "embeddings"
# Texts computed and stored per round: a crash loses at most one round of work.
CHUNK = 256
# Hashes looked up per query, well under SQLite's bound-variable limit.
_LOOKUP = 500


class EncodesTexts(Protocol):
    """What `embed_texts` needs from an embedder (claims.embedding.encoder.Embedder has it)."""

    @property
    def model_name(self) -> str: ...

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...


def migrate_embeddings(db) -> None:
    """Create the cache table; safe to run on a database that has it."""
    if db.dialect.postgres and db.execute("SELECT to_regclass(?) IS NOT NULL", [TABLE]).fetchone()[0]:
        return
    db.executescript(f"CREATE TABLE IF NOT EXISTS {TABLE} (text_hash TEXT, model TEXT, dim INTEGER NOT NULL, "
                     "vector BLOB NOT NULL, PRIMARY KEY (text_hash, model))")


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def load_vectors(db, model: str, hashes: Sequence[str]) -> dict[str, np.ndarray]:
    """Stored vectors of `model` for the given text hashes (absent ones are left out)."""
    found: dict[str, np.ndarray] = {}
    unique = list(dict.fromkeys(hashes))
    for start in range(0, len(unique), _LOOKUP):
        part = unique[start:start + _LOOKUP]
        marks = ", ".join("?" * len(part))
        rows = db.execute(
            f"SELECT text_hash, dim, vector FROM {TABLE} WHERE model = ? AND text_hash IN ({marks})",
            [model, *part],
        )
        for hash_, dim, blob in rows:
            vector = np.frombuffer(blob, dtype="<f4")
            if vector.shape[0] == dim:  # a damaged row is recomputed, not trusted
                found[hash_] = vector
    return found


def embed_texts_counted(db, embedder: EncodesTexts, texts: Sequence[str]) -> tuple[np.ndarray, int]:
    """Like `embed_texts`, and also return how many texts went through the model."""
    texts = list(texts)
    migrate_embeddings(db)
    model = embedder.model_name
    hashes = [text_hash(t) for t in texts]
    known = load_vectors(db, model, hashes)

    missing: dict[str, str] = {}  # hash -> text, each distinct text once
    for hash_, text in zip(hashes, texts):
        if hash_ not in known:
            missing.setdefault(hash_, text)
    pending = list(missing.items())
    for start in range(0, len(pending), CHUNK):
        part = pending[start:start + CHUNK]
        vectors = embedder.encode([text for _, text in part])
        rows = [(h, model, int(v.shape[0]), np.asarray(v, dtype="<f4").tobytes()) for (h, _), v in zip(part, vectors)]
        with db.transaction():
            db.executemany(f"INSERT INTO {TABLE} (text_hash, model, dim, vector) VALUES (?, ?, ?, ?) "
                           "ON CONFLICT (text_hash, model) DO UPDATE SET dim = excluded.dim, vector = excluded.vector",
                           rows)
        for (h, _), v in zip(part, vectors):
            known[h] = np.asarray(v, dtype=np.float32)

    log.info("embeddings for model %s: %d texts, %d computed, %d from cache",
             model, len(texts), len(pending), len(texts) - len(pending))
    if not texts:
        return np.zeros((0, 0), dtype=np.float32), 0
    return np.stack([known[h] for h in hashes]).astype(np.float32, copy=False), len(pending)


def embed_texts(db, embedder: EncodesTexts, texts: Sequence[str]) -> np.ndarray:
    """Vectors for `texts` in input order: read from the cache, the missing ones computed in batches and stored."""
    vectors, _computed = embed_texts_counted(db, embedder, texts)
    return vectors
