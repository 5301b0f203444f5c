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


@pytest.fixture(scope="session")
def seed_store_path(tmp_path_factory) -> Path:
    """The bundled seed graph's store, built once a session: read-only users (the CLI query
    tests, the endpoint and remote-store tests) share it, and `make_store` copies it; nothing
    holds it open."""
    from graph.store.embedded import Store

    path = tmp_path_factory.mktemp("seed") / "store"
    Store.open(path).close()
    return path


@pytest.fixture(scope="session")
def make_store(seed_store_path, tmp_path_factory):
    """The one store factory: make_store(name, *additions) is the path of a new on-disk copy of
    the seed store to which each `addition(store)` has added its data (a copy, not a rebuild:
    building derives everything again); nothing holds it open."""
    from graph.store.embedded import Store

    def make(name: str, *additions) -> Path:
        path = tmp_path_factory.mktemp(name) / "store"
        copy_store(seed_store_path, path)
        if additions:
            store = Store.open(path)
            for add in additions:
                add(store)
            store.close()
        return path

    return make


def copy_store(source: Path, target: Path) -> None:
    import shutil

    shutil.copytree(source, target, dirs_exist_ok=True)


@pytest.fixture
def seed_store(store_path, seed_store_path):
    """A writable store of the bundled seed graph, on disk at store_path (KG_STORE)."""
    from graph.store.embedded import Store

    copy_store(seed_store_path, store_path)
    store = Store.open(store_path)
    yield store
    store.close()


@pytest.fixture(scope="session")
def query_store(make_store):
    """A seed store held open for the query-side library tests (read only); a copy of its own,
    as an open store locks its folder against the CLI tests."""
    yield from opened_store(make_store("query"))


@pytest.fixture(scope="session")
def viz_store_path(make_store) -> Path:
    """The seed store plus tests/fixtures/viz-hostile.ttl (labels that attack the graph page),
    for the kg viz tests; nothing holds it open."""
    from graph.store.load import add_file

    return make_store("viz", lambda store: add_file(store, REPO / "tests" / "fixtures" / "viz-hostile.ttl",
                                                     "viz-hostile"))


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
def network_synth_store_path(make_store, tmp_path_factory) -> Path:
    """The seed store plus 20,000 synthetic triples (scripts/synth.py, seed 1: about 400 nodes
    and 2,900 links, hubs among them), for the projection, rank and page tests."""
    from scale_fixtures import write_synth

    from graph.store.load import load_files

    deals = write_synth(tmp_path_factory.mktemp("network-synth") / "deals.nt", 20000, seed=1)
    return make_store("network-synth", lambda store: load_files(store, [deals]))


@pytest.fixture(scope="module")
def synth(network_synth_store_path):
    """The store of network_synth_store_path, opened for one test module."""
    yield from opened_store(network_synth_store_path)


@pytest.fixture(scope="module")
def synth_graph(synth):
    """The whole networkx projection of the synthetic store."""
    from graph.answers.network import build_graph

    return build_graph(synth)


def small_store(turtle: str, name: str = "inline"):
    """An in-memory store of the ontology and one source written inline in Turtle (the
    project's prefixes declared), derived as a loaded source is: for behaviour tests on a
    graph small enough to read in the test itself."""
    from graph.store.embedded import Store

    store = Store.with_ontology()
    inline_source(turtle, name)(store)
    return store


def inline_source(turtle: str, name: str = "inline"):
    """An addition for `make_store`: add(store) adds the Turtle as one source, derived as a
    loaded source is (the project's prefixes declared)."""
    import pyoxigraph as ox

    from graph.model.namespaces import PREFIXES

    prologue = "".join(f"@prefix {p}: <{iri}> .\n" for p, iri in PREFIXES.items())

    def add(store) -> None:
        store.add_source(name, list(ox.parse((prologue + turtle).encode("utf-8"), ox.RdfFormat.TURTLE)))

    return add


def business_graph(store):
    """The networkx projection less the sources' bylines (see network.byline_positions) and the
    nodes only they linked: what `kg viz` draws unless --with-sources, computed apart."""
    from graph.answers.network import build_graph, byline_positions

    graph = build_graph(store)
    left_out = {rel for rel, _, _ in byline_positions(store)}
    graph.remove_edges_from([(a, b, key) for a, b, key, rel in graph.edges(keys=True, data="rel") if rel in left_out])
    graph.remove_nodes_from([node for node, degree in list(graph.degree) if degree == 0])
    return graph
