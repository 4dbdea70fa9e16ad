"""Readers never see a half-written pipeline run: every page read during one is the state before it or after it.

The real pipeline (real extractor, real model) analyses new articles into a real store
(a SQLite file, then PostgreSQL) while a reader asks the site for its pages at every
point where the run has committed something: after each article's analysis, and just
before the refresh that brings counts and verdicts up to date. The reader's app keeps its
response cache, so the test also checks that the cache serves nothing stale once the run
is done. Pages built on clusters alone stay cached while articles are stored.
"""

from __future__ import annotations

import pytest

import claims.pipeline
from aggregator.store import open_store
from claims.embedding.encoder import Embedder
from tests.claims.seed import INCIDENT, SETTINGS, add_article
from tests.claims.test_pipeline import OFFICIAL, PRESS
from web import create_app
from web.cache import HEADER
from web.db import all_migrations, close_all

SECOND = ("Cyberattaque contre le GRADeS : une plainte a été déposée et la CNIL a été notifiée. "
          "Des données médicales de patients ont été dérobées, affirme un syndicat.")


@pytest.fixture(scope="module")
def embedder() -> Embedder:
    return Embedder(SETTINGS.model)


@pytest.fixture
def store(store_target, embedder):
    """A store where the press has been analysed once, and the ARS's communiqué and a second outlet wait."""
    db = open_store(store_target, all_migrations())
    add_article(db, "La Gazette", PRESS, published="2025-09-10")
    run = claims.pipeline.run_pipeline(db, incident=INCIDENT, settings=SETTINGS, embedder=embedder)
    assert run.ok and run.counts["claims_new"]
    add_article(db, "ARS Normandie", OFFICIAL, official=True, published="2025-09-09")
    add_article(db, "Le Courrier", SECOND, published="2025-09-11")
    yield db
    db.close()


def _pages(db) -> list[str]:
    ids = [r[0] for r in db.execute("SELECT id FROM clusters ORDER BY id")]
    return ["/", "/claims", "/sources", "/timeline", "/api/clusters?limit=1000",
            *[f"/claims/{i}" for i in ids], *[f"/api/clusters/{i}" for i in ids]]


def _read(app, paths: list[str]) -> dict[str, str]:
    reader = app.test_client()
    out = {}
    for path in paths:
        response = reader.get(path)
        out[path] = f"{response.status_code}\n{response.get_data(as_text=True)}"
    return out


def _watched_run(app, store, paths: list[str], embedder, monkeypatch,
                 reprocess: bool = False) -> list[tuple[str, dict[str, str]]]:
    """Run the pipeline, reading every page after each article's analysis and just before the refresh."""
    seen: list[tuple[str, dict[str, str]]] = []
    refresh = claims.pipeline.refresh_clusters

    def refresh_watched(db, *args, **kwargs):
        seen.append(("placed, not refreshed", _read(app, paths)))
        return refresh(db, *args, **kwargs)

    monkeypatch.setattr(claims.pipeline, "refresh_clusters", refresh_watched)
    run = claims.pipeline.run_pipeline(
        store, incident=INCIDENT, settings=SETTINGS, embedder=embedder, reprocess=reprocess,
        progress=lambda step: step < 0 and seen.append(("one article analysed", _read(app, paths))))
    monkeypatch.undo()
    assert run.ok and run.counts["articles"], run.errors
    return seen


def _assert_before_or_after(seen, before: dict[str, str], after: dict[str, str]) -> None:
    for moment, pages in seen:
        for path in before:
            assert pages[path] in (before[path], after[path]), f"{path} {moment}: neither before nor after the run"


def test_a_reader_sees_the_state_before_or_after_a_pipeline_run_never_a_mix(store, store_target, embedder,
                                                                           monkeypatch):
    app = create_app(test_config={"DATABASE": str(store_target), "SECRET_KEY": "test"})
    paths = _pages(store)
    before = _read(app, paths)
    seen = _watched_run(app, store, paths, embedder, monkeypatch)
    after = _read(app, paths)
    fresh = create_app(test_config={"DATABASE": str(store_target), "SECRET_KEY": "test", "RESPONSE_CACHE": False})
    assert after == _read(fresh, paths)  # the cache served nothing stale once the run was done
    changed = [p for p in paths if before[p] != after[p]]
    assert any(p.startswith("/claims/") for p in changed) and "/" in changed  # the run changed what readers see
    assert len(seen) == 3
    _assert_before_or_after(seen, before, after)
    close_all(app)
    close_all(fresh)


def test_a_silent_edit_reaches_readers_in_one_step(store, store_target, embedder, monkeypatch):
    """An article analysed again loses a claim: its cluster's list and counts change together."""
    app = create_app(test_config={"DATABASE": str(store_target), "SECRET_KEY": "test"})
    _watched_run(app, store, _pages(store), embedder, monkeypatch)
    edited = PRESS.replace("Les pirates auraient utilisé une cinquantaine de comptes de professionnels de santé. ", "")
    assert edited != PRESS
    with store.transaction():
        store.execute("UPDATE articles SET text = ?, text_hash = 'edited', version = version + 1 "
                      "WHERE source_id = (SELECT id FROM sources WHERE name = 'La Gazette')", [edited])
    paths = _pages(store)
    before = _read(app, paths)
    seen = _watched_run(app, store, paths, embedder, monkeypatch)
    after = _read(app, paths)
    assert [p for p in paths if before[p] != after[p]] and len(seen) == 2
    _assert_before_or_after(seen, before, after)
    close_all(app)


def test_a_reprocess_reaches_readers_in_one_step(store, store_target, embedder, monkeypatch):
    """`recoupe reprocess` re-extracts every article and re-places every claim: readers see the
    store as it was until all of it is done (it frees every claim first, so a page read half way
    would show clusters emptied)."""
    app = create_app(test_config={"DATABASE": str(store_target), "SECRET_KEY": "test"})
    _watched_run(app, store, _pages(store), embedder, monkeypatch)
    paths = _pages(store)
    before = _read(app, paths)
    seen = _watched_run(app, store, paths, embedder, monkeypatch, reprocess=True)
    after = _read(app, paths)
    assert len(seen) == 4  # three articles analysed again, then the refresh
    # The same text and rules give the same clusters: anything else read on the way is a half-done run.
    assert after == before
    _assert_before_or_after(seen, before, after)
    assert store.execute("SELECT count(*) FROM claims WHERE cluster_id IS NULL").fetchone()[0] == 0
    close_all(app)


def test_pages_built_on_clusters_stay_cached_while_articles_are_stored_and_analysed(store, store_target):
    app = create_app(test_config={"DATABASE": str(store_target), "SECRET_KEY": "test"})
    reader = app.test_client()
    cluster = store.execute("SELECT min(id) FROM clusters").fetchone()[0]
    published = ["/claims", f"/claims/{cluster}", "/sources", "/timeline", "/api/clusters", f"/api/clusters/{cluster}"]
    for path in (*published, "/api/articles"):
        reader.get(path)
    add_article(store, "Le Courrier", "Une autre dépêche sur la cyberattaque.", published="2025-09-12",
                url="https://example.org/another")
    for path in published:
        assert reader.get(path).headers[HEADER] == "hit", path
    assert reader.get("/api/articles").headers[HEADER] == "miss"  # the new article is listed at once
    close_all(app)
