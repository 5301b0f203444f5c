"""Shared fixtures: real on-disk stores in temporary directories."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO.parent / "shared" / "seeds"


@pytest.fixture
def store_path(tmp_path, monkeypatch) -> Path:
    """A fresh store directory, also set as KG_STORE for CLI runs."""
    path = tmp_path / "store"
    monkeypatch.setenv("KG_STORE", str(path))
    return path


@pytest.fixture
def seed_store(store_path):
    """A store built from the bundled seed graph, on disk."""
    from graph.store import Store

    store = Store.open(store_path)
    yield store
    store.close()


@pytest.fixture(scope="session")
def serve_seed_store(tmp_path_factory) -> Path:
    """A seed store built once for the serving and remote-store tests; nothing holds it open."""
    from graph.store import Store

    path = tmp_path_factory.mktemp("serve") / "store"
    Store.open(path).close()
    return path
