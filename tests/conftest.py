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
    from graph.store.embedded import Store

    store = Store.open(store_path)
    yield store
    store.close()


@pytest.fixture(scope="session")
def serve_seed_store(tmp_path_factory) -> Path:
    """A seed store built once for the serving and remote-store tests; nothing holds it open."""
    from graph.store.embedded import Store

    path = tmp_path_factory.mktemp("serve") / "store"
    Store.open(path).close()
    return path


@pytest.fixture(scope="session")
def query_store_path(tmp_path_factory) -> Path:
    """A seed store built once for the query-side CLI tests; nothing holds it open."""
    from graph.store.embedded import Store

    path = tmp_path_factory.mktemp("query-cli") / "store"
    Store.open(path).close()
    return path


@pytest.fixture(scope="session")
def query_store(tmp_path_factory):
    """A seed store built once and held open for the query-side library tests (read only)."""
    from graph.store.embedded import Store

    store = Store.open(tmp_path_factory.mktemp("query") / "store")
    yield store
    store.close()


@pytest.fixture(scope="session")
def viz_store_path(tmp_path_factory) -> Path:
    """The seed store plus tests/fixtures/viz-hostile.ttl (labels that attack the graph page),
    built once for the kg viz tests; nothing holds it open."""
    from graph.store.load import add_file
    from graph.store.embedded import Store

    path = tmp_path_factory.mktemp("viz") / "store"
    store = Store.open(path)
    add_file(store, REPO / "tests" / "fixtures" / "viz-hostile.ttl", "viz-hostile")
    store.close()
    return path


@pytest.fixture(scope="module")
def viz_store(viz_store_path):
    """The viz store opened for one test module (browser and library tests alike)."""
    yield from opened_store(viz_store_path)


def opened_store(path: Path):
    """A store opened for a fixture's lifetime."""
    from graph.store.embedded import Store

    store = Store.open(path)
    yield store
    store.close()


@pytest.fixture(scope="session")
def network_synth_store_path(tmp_path_factory) -> Path:
    """The seed store plus 20,000 synthetic triples (scripts/synth.py, seed 1: about 400 nodes
    and 2,900 links, hubs among them), built once for the projection, rank and page tests."""
    from scale_fixtures import write_synth

    from graph.store.load import load_files
    from graph.store.embedded import Store

    folder = tmp_path_factory.mktemp("network-synth")
    store = Store.open(folder / "store")
    load_files(store, [write_synth(folder / "deals.nt", 20000, seed=1)])
    store.close()
    return folder / "store"


@pytest.fixture(scope="module")
def synth(network_synth_store_path):
    """The store of network_synth_store_path, opened for one test module."""
    yield from opened_store(network_synth_store_path)


@pytest.fixture(scope="module")
def synth_graph(synth):
    """The whole networkx projection of the synthetic store."""
    from graph.answers.network import build_graph

    return build_graph(synth)
