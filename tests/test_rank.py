"""Centrality on a small inline graph's projection (and, on purpose, once on the bundled graph):
exact measures, class filters, sampling."""

import pytest

import graph.answers.rank as rank
from graph.answers.rank import centrality
from graph.answers.vocabulary import BadValue

from conftest import small_store
from small_graphs import BYLINES, HUB


def top(result):
    return [(r["entity"], r["score"]) for r in result["ranking"]]


@pytest.fixture(scope="module")
def small():
    return small_store(HUB)


def test_degree_counts_distinct_neighbours_and_breaks_ties_by_name(small):
    result = centrality(small, "degree", "agent", limit=None)
    assert top(result) == [("Hub Corp", 4), ("Beta Bank", 2), ("Gamma", 2), ("Alpha", 1), ("Pat Lee", 1)]
    assert (result["exact"], result["nodes"]) == (True, 5)


def test_a_limit_keeps_the_first_ranks(small):
    assert top(centrality(small, "degree", "agent", limit=2)) == [("Hub Corp", 4), ("Beta Bank", 2)]


def test_type_keeps_subclasses(small):
    ranking = centrality(small, "degree", "organization", limit=None)["ranking"]
    assert [r["entity"] for r in ranking] == ["Hub Corp", "Beta Bank", "Gamma", "Alpha"]
    assert {c for r in ranking for c in r["classes"]} == {"company", "bank"}


def test_the_bundled_graph_ranks_places_and_initiatives_with_all(query_store):
    # A whole-graph test on purpose: the curated seed graph's hubs, as `kg rank --type all` shows them.
    assert top(centrality(query_store, "degree", "all", limit=3)) == [("OpenAI", 36), ("South Korea", 16), ("Stargate", 6)]


def test_the_sources_bylines_count_only_with_sources():
    store = small_store(BYLINES)
    # Wes Writer and Weekly are linked by Wes's byline only; Daily News keeps its supply deal,
    # Dana Doe her stake in Alpha and the post at Hub Corp another source states.
    assert top(centrality(store, "degree", "all", limit=None)) == [
        ("Hub Corp", 4), ("Alpha", 2), ("Dana Doe", 2), ("Daily News", 1), ("Pat Lee", 1)]
    assert top(centrality(store, "degree", "all", limit=None, with_sources=True)) == [
        ("Hub Corp", 4), ("Alpha", 2), ("Daily News", 2), ("Dana Doe", 2), ("Wes Writer", 2),
        ("Pat Lee", 1), ("Weekly", 1)]
    assert centrality(store, "pagerank", "person", limit=None)["nodes"] == 5


def test_pagerank_sums_to_one_over_the_whole_graph(small):
    scores = [r["score"] for r in centrality(small, "pagerank", "all", limit=None)["ranking"]]
    assert len(scores) == 5 and sum(scores) == pytest.approx(1.0, abs=1e-4)


def test_betweenness_is_sampled_above_the_threshold(small, monkeypatch):
    exact = centrality(small, "betweenness", limit=1)
    monkeypatch.setattr(rank, "EXACT_BETWEENNESS_NODES", 2)
    sampled = centrality(small, "betweenness", limit=1)
    assert (exact["exact"], sampled["exact"], sampled["sample"]) == (True, False, 5)  # 50..500, at most every node
    monkeypatch.setattr(rank, "BETWEENNESS_MIN", 1)
    monkeypatch.setattr(rank, "BETWEENNESS_WORK", 10)  # 5 linked pairs: 2 sources
    assert centrality(small, "betweenness", limit=1)["sample"] == 2
    assert exact["ranking"][0]["entity"] == sampled["ranking"][0]["entity"] == "Hub Corp"


def test_unknown_class(query_store):
    with pytest.raises(BadValue, match="unknown class 'spaceship'; use all or one of: agent, bank"):
        centrality(query_store, "degree", "spaceship")


def test_a_larger_graph_ranks_as_its_whole_projection_does(network_synth_store_path):
    import networkx as nx

    from graph.answers.network import build_graph
    from graph.store.embedded import Store

    store = Store.open(network_synth_store_path)
    try:
        whole = nx.Graph(build_graph(store))
        by_degree = centrality(store, "degree", "all", limit=None, with_sources=True)
        by_rank = centrality(store, "pagerank", "all", limit=20, with_sources=True)
    finally:
        store.close()
    assert by_degree["nodes"] == whole.number_of_nodes() > 400
    assert {r["iri"]: r["score"] for r in by_degree["ranking"]} == dict(whole.degree)
    expected = nx.pagerank(whole)
    assert all(r["score"] == pytest.approx(expected[r["iri"]], abs=1e-6) for r in by_rank["ranking"])
    assert [r["rank"] for r in by_rank["ranking"]] == list(range(1, 21)) and by_rank["exact"]
