"""The on-disk store: built on first use, one graph per source, derived shortcuts, safe writes."""

import subprocess
import sys

import pyoxigraph as ox
import pytest

from graph.model.errors import StoreError
from graph.model.namespaces import DERIVED_GRAPH, DG, DGR, ONTOLOGY_GRAPH, source_graph, sparql_prologue
from graph.store.embedded import Store, bundled_files, default_store_path


def ask(store, query, **bindings):
    return bool(store.query(query, bindings))


def test_first_open_builds_from_the_bundled_graph(seed_store):
    assert seed_store.sources() == sorted(p.stem for p in bundled_files())
    assert seed_store.triple_count(ONTOLOGY_GRAPH) > 500
    assert seed_store.triple_count(DERIVED_GRAPH) > 0


def test_reopening_keeps_the_content(store_path):
    store = Store.open(store_path)
    count = store.triple_count()
    store.close()
    assert Store.open(store_path).triple_count() == count


def test_store_path_defaults_to_kg_store(monkeypatch, tmp_path):
    monkeypatch.setenv("KG_STORE", str(tmp_path / "elsewhere"))
    assert default_store_path() == tmp_path / "elsewhere"


def test_queries_see_the_union_of_graphs(seed_store):
    # the label is in the entities graph, the derived type in the derived graph
    query = sparql_prologue() + "ASK { dgr:openai a dg:Organization ; rdfs:label 'OpenAI'@en }"
    assert ask(seed_store, query)


def test_derived_types_reach_superclasses(seed_store):
    query = f"ASK {{ <{DGR}openai> a <{DG}Organization>, <{DG}Agent> }}"
    assert ask(seed_store, query)


def test_derived_partners_are_symmetric(seed_store):
    query = f"""SELECT ?a ?b WHERE {{ ?a <{DG}partnersWith> ?b
                FILTER NOT EXISTS {{ ?b <{DG}partnersWith> ?a }} }}"""
    assert list(seed_store.query(query)) == []


def test_add_then_remove_a_source_restores_the_count(seed_store):
    before = seed_store.triple_count()
    quad = ox.Quad(ox.NamedNode(DGR + "x"), ox.NamedNode(DG + "summary"), ox.Literal("x"))
    assert seed_store.add_source("extra", [quad]) == 1
    assert "extra" in seed_store.sources()
    assert seed_store.remove_source("extra") == 1
    assert seed_store.triple_count() == before


def test_source_names_are_slugs(seed_store):
    with pytest.raises(StoreError, match="invalid source name"):
        seed_store.add_source("../evil name", [])


def test_removing_an_unknown_source_says_so(seed_store):
    with pytest.raises(StoreError, match="no source named 'nope'"):
        seed_store.remove_source("nope")


def test_adding_a_source_twice_is_refused(seed_store):
    name = seed_store.sources()[0]
    with pytest.raises(StoreError, match="already stored"):
        seed_store.add_source(name, [])


def test_an_unfinished_bulk_load_is_dropped_on_open(store_path):
    store = Store.open(store_path)
    count = store.triple_count()
    graph = ox.NamedNode(source_graph("half-loaded"))
    # What a load killed half way leaves: its mark and part of its graph.
    store.ox.add(ox.Quad(graph, ox.NamedNode(DG.loadState), ox.Literal("loading"), ox.NamedNode("https://dealgraph.org/graph/meta")))
    store.ox.add(ox.Quad(ox.NamedNode(DGR + "partial"), ox.NamedNode(DG.summary), ox.Literal("x"), graph))
    store.close()
    reopened = Store.open(store_path)
    assert "half-loaded" not in reopened.sources()
    assert reopened.triple_count() == count


def test_a_store_held_by_another_process_opens_read_only(store_path):
    Store.open(store_path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", f"from graph.store.embedded import Store; s = Store.open({str(store_path)!r}); "
                               "print('open', flush=True); import time; time.sleep(30)"],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        store = Store.open(store_path)
        assert store.read_only
        assert "rcr-2025-09-10-openai-korea" in store.sources()
        with pytest.raises(StoreError, match="in use by another process"):
            store.remove_source("rcr-2025-09-10-openai-korea")
    finally:
        holder.kill()
        holder.wait()
