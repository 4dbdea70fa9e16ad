"""Fixtures of the claims-stage tests: a fresh database per test and the real model once per session."""

from __future__ import annotations

import pytest

from aggregator.store import open_store
from claims.embedding.encoder import Embedder
from claims.migrations import all_migrations
from tests.claims.seed import SETTINGS


@pytest.fixture
def db(tmp_path):
    """A real SQLite file with every migration applied, new for each test."""
    return open_store(tmp_path / "x.db", all_migrations())


@pytest.fixture(scope="session")
def real_embedder() -> Embedder:
    """The configured default model, loaded once: the tests check real similarities, not a stand-in."""
    return Embedder(SETTINGS.model)


