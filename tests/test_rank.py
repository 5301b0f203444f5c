"""Centrality on the bundled graph's projection: exact measures, class filters, sampling."""

import pytest

import graph.answers.rank as rank
from graph.answers.rank import centrality
from graph.answers.vocabulary import BadValue


def top(result):
    return [(r["entity"], r["score"]) for r in result["ranking"]]


def test_degree_counts_distinct_neighbours_and_breaks_ties_by_name(query_store):
    result = centrality(query_store, "degree", "agent", limit=6)
    assert top(result) == [("OpenAI", 36), ("Juan Pedro Tomás", 5), ("Democratic Party", 4), ("Kakao", 4),
                           ("People Power Party", 4), ("Samsung Electronics", 4)]
    assert (result["exact"], result["nodes"]) == (True, 59)


def test_type_keeps_subclasses(query_store):
    result = centrality(query_store, "degree", "organization", limit=None)
    assert all("person" not in r["classes"] for r in result["ranking"])
    assert {"company", "business group", "bank", "news outlet"} <= {c for r in result["ranking"] for c in r["classes"]}


def test_all_includes_places_and_initiatives(query_store):
    assert top(centrality(query_store, "degree", "all", limit=3)) == [("OpenAI", 36), ("South Korea", 16), ("Stargate", 6)]


def test_pagerank_sums_to_one_over_the_whole_graph(query_store):
    scores = [r["score"] for r in centrality(query_store, "pagerank", "all", limit=None)["ranking"]]
    assert len(scores) == 59 and sum(scores) == pytest.approx(1.0, abs=1e-4)


def test_betweenness_is_sampled_above_the_threshold(query_store, monkeypatch):
    exact = centrality(query_store, "betweenness", limit=1)
    monkeypatch.setattr(rank, "EXACT_BETWEENNESS_NODES", 10)
    sampled = centrality(query_store, "betweenness", limit=1)
    assert (exact["exact"], sampled["exact"], sampled["sample"]) == (True, False, 59)  # 50..500, at most every node
    monkeypatch.setattr(rank, "BETWEENNESS_MIN", 5)
    monkeypatch.setattr(rank, "BETWEENNESS_WORK", 1000)  # 91 linked pairs in the seed graph
    assert centrality(query_store, "betweenness", limit=1)["sample"] == 10
    assert exact["ranking"][0]["entity"] == sampled["ranking"][0]["entity"] == "OpenAI"


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
        by_degree = centrality(store, "degree", "all", limit=None)
        by_rank = centrality(store, "pagerank", "all", limit=20)
    finally:
        store.close()
    assert by_degree["nodes"] == whole.number_of_nodes() > 400
    assert {r["iri"]: r["score"] for r in by_degree["ranking"]} == dict(whole.degree)
    expected = nx.pagerank(whole)
    assert all(r["score"] == pytest.approx(expected[r["iri"]], abs=1e-6) for r in by_rank["ranking"])
    assert [r["rank"] for r in by_rank["ranking"]] == list(range(1, 21)) and by_rank["exact"]
