"""Claims, embedding and clustering figures: sentences per second, pipeline against raw `encode`, cost of adding claims."""

from __future__ import annotations

import time
from pathlib import Path

from benchmarks import store_builder
from benchmarks.corpus import stories
from benchmarks.crawl_bench import figure


def claim_extraction(n_articles: int, structure: str = "cues") -> dict:
    """extract_claims over generated article texts; sentences as claims.extraction.sentences splits them.

    `structure` is how clauses are read (`[claims] structure`): the parse's figure is reported
    beside the cues', same articles, same run.
    """
    from claims.extraction.extract import extract_claims
    from claims.extraction.profile import load_profile
    from claims.extraction.sentences import split_sentences

    profile = load_profile("cyberattack")
    texts = stories(0, n_articles)
    sentences = sum(len(split_sentences(s["text"])) for s in texts)
    warm = {s["lang"]: s["text"] for s in reversed(texts)}  # the first article of each language
    for lang, text in warm.items():  # compiled patterns, caches, the parser's model: loaded outside the timing
        extract_claims(text, profile=profile, language=lang, structure=structure)
    started = time.perf_counter()
    claims = sum(len(extract_claims(s["text"], profile=profile, language=s["lang"],
                                    published=s["published"].date(), structure=structure)) for s in texts)
    seconds = time.perf_counter() - started
    return figure(sentences / seconds, "sentences/s", sentences, seconds=round(seconds, 3),
                  articles=n_articles, claims=claims, structure=structure)


def claim_sentences(n: int) -> list[str]:
    """`n` distinct sentences of the generated articles, as the pipeline embeds them."""
    from claims.extraction.sentences import split_sentences
    seen: dict[str, None] = {}
    start = 0
    while len(seen) < n:
        for story in stories(start, 50):
            for sentence in split_sentences(story["text"]):
                seen.setdefault(sentence.text, None)
        start += 50
    return list(seen)[:n]


def embeddings(n: int) -> dict[str, dict]:
    """The pipeline's embed_texts (cache included) against the model's own encode, same sentences, same run.

    "Raw" is the encode of the engine the pipeline uses ([claims] engine: the numpy engine for
    the bundled model), so the ratio is the pipeline's own overhead; sentence-transformers'
    encode on the same sentences is reported beside it, to compare the engines.
    """
    from claims.embedding.encoder import Embedder, load_numpy_encoder
    from claims.embedding.cache import embed_texts_counted
    from aggregator.store import SQLiteStore

    texts = claim_sentences(n)
    started = time.perf_counter()
    embedder = Embedder()
    embedder.load()  # load once, outside both timings
    load_s = time.perf_counter() - started
    st_model = embedder.model
    st_model.encode([embedder.prefix + "warm up"], show_progress_bar=False)
    if embedder.engine == "numpy":
        engine = load_numpy_encoder(embedder.source)
        encode = lambda batch: engine.encode(batch, batch_size=embedder.batch_size)  # noqa: E731
    else:
        encode = lambda batch: st_model.encode(batch, batch_size=embedder.batch_size, convert_to_numpy=True,  # noqa: E731
                                               normalize_embeddings=True, show_progress_bar=False)
    encode([embedder.prefix + "warm up"])
    st_s = 0.0
    db = SQLiteStore(memory=True)  # the store interface, in memory: the cache's own cost, no disk
    # Alternate raw and pipeline on quarters of the sentences, so a change in the machine's
    # load during the run weighs on both figures alike.
    raw_s = pipeline_s = 0.0
    computed = 0
    step = max(1, -(-len(texts) // 4))
    for start in range(0, len(texts), step):
        part = texts[start:start + step]
        started = time.perf_counter()
        encode([embedder.prefix + t for t in part])
        raw_s += time.perf_counter() - started
        started = time.perf_counter()
        st_model.encode([embedder.prefix + t for t in part], batch_size=embedder.batch_size, convert_to_numpy=True,
                        normalize_embeddings=True, show_progress_bar=False)
        st_s += time.perf_counter() - started
        started = time.perf_counter()
        computed += embed_texts_counted(db, embedder, part)[1]
        pipeline_s += time.perf_counter() - started
    started = time.perf_counter()
    _, recomputed = embed_texts_counted(db, embedder, texts)
    rerun_s = time.perf_counter() - started
    return {
        "embed_raw_per_s": figure(len(texts) / raw_s, "sentences/s", len(texts), seconds=round(raw_s, 3),
                                  model=embedder.model_name, model_load_s=round(load_s, 2), engine=embedder.engine,
                                  sentence_transformers_per_s=round(len(texts) / st_s, 1)),
        "embed_pipeline_per_s": figure(len(texts) / pipeline_s, "sentences/s", len(texts),
                                       seconds=round(pipeline_s, 3), computed=computed),
        "embed_rerun_s": figure(rerun_s, "s", len(texts), computed=recomputed),
    }


def cluster_add(db_path: Path, *, add_claims: int = 1000) -> dict:
    """Time to add about `add_claims` new claims to the store at `db_path`: clustering and verdicts.

    The new articles' claims go through run_pipeline; clustering (assign_pending) and verdict
    upkeep (refresh_clusters) are timed apart from claim extraction, whose cost does not
    depend on the store. Embeddings come from the hash stand-in: the model has its own figure.
    """
    import claims.pipeline as pipeline

    db = store_builder.open_db(db_path)
    size = db.execute("SELECT count(*) FROM claims").fetchone()[0]
    per_article = size / max(1, db.execute("SELECT count(*) FROM articles").fetchone()[0])
    new_articles = max(1, round(add_claims / per_article))
    store_builder.insert_articles(db, 100_000, new_articles)
    spent = {"assign": 0.0, "refresh": 0.0, "total": 0.0}
    inside = []  # the pipeline's clustering runs the upkeep itself: count that time once in the total
    real_assign, real_refresh = pipeline.assign_pending, pipeline.refresh_clusters

    def timed(name, fn):
        def wrapper(*args, **kwargs):
            t = time.perf_counter()
            inside.append(name)
            try:
                return fn(*args, **kwargs)
            finally:
                inside.pop()
                took = time.perf_counter() - t
                spent[name] += took
                if not inside:
                    spent["total"] += took
        return wrapper

    pipeline.assign_pending, pipeline.refresh_clusters = timed("assign", real_assign), timed("refresh", real_refresh)
    try:
        started = time.perf_counter()
        report = store_builder.run_claims(db)
        total = time.perf_counter() - started
    finally:
        pipeline.assign_pending, pipeline.refresh_clusters = real_assign, real_refresh
    added = report.counts["claims_new"]
    db.close()
    seconds = spent["total"]
    return figure(seconds * 1000 / max(added, 1), "s", added, store=size, claims_added=added,
                  cluster_s=round(spent["total"] - spent["refresh"], 3), verdicts_s=round(spent["refresh"], 3),
                  pipeline_total_s=round(total, 3), note="per 1,000 claims")
