"""Fixtures of the claims-stage tests: a fresh database per test and the real model once per session."""

from __future__ import annotations

import pytest

from aggregator.store import open_store
from claims.embedding.encoder import Embedder
from claims.migrations import all_migrations
from tests.claims.seed import SETTINGS


@pytest.fixture
def db(store_target):
    """A real database with every migration applied, new for each test: a SQLite file, then PostgreSQL."""
    store = open_store(store_target, all_migrations())
    yield store
    store.close()


@pytest.fixture(scope="session")
def real_embedder() -> Embedder:
    """The configured default model, loaded once: the tests check real similarities, not a stand-in."""
    return Embedder(SETTINGS.model)


