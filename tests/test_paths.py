"""Paths between entities: which relationship each hop shows, path order, limits, errors."""

import pytest

from graph.model.errors import KgError, NoPath
from graph.answers.paths import connections, shortest_node_paths

DGR = "https://dealgraph.org/id/"


def hops(path):
    return [(h["from"], h["type"], h["status"], h["to"]) for h in path]


def test_a_hop_shows_the_relationship_furthest_along(query_store):
    # OpenAI and Samsung share a deal in discussion and one only considered.
    [path] = connections(query_store, "Samsung", "Broadcom", limit=1)["paths"]
    assert hops(path) == [("Samsung Electronics", "Partnership", "in discussion", "OpenAI"),
                          ("OpenAI", "Partnership", "active", "Broadcom")]
    assert path[0]["relationship"] == "https://dealgraph.org/id/deal-openai-samsung-hardware-chips"


def test_relationships_before_plain_links_and_actors_before_things(query_store):
    paths = connections(query_store, "Krafton", "Kakao")["paths"]
    assert [[h["to"] for h in p] for p in paths] == [["OpenAI", "Kakao"], ["South Korea", "Kakao"]]
    assert hops(paths[1]) == [("Krafton", "headquarters", None, "South Korea"),
                              ("South Korea", "headquarters", None, "Kakao")]
    assert paths[1][0]["relationship"] == "https://dealgraph.org/ontology#headquarters"


def test_evidence_only_for_relationships(query_store):
    [path] = connections(query_store, "Nvidia", "OpenAI")["paths"]
    assert [(h["type"], h["reported_by"], h["evidence"]) for h in path] == [
        ("Dependency", "Financial Times",
         [{"source": "https://dealgraph.org/id/src-rcr-2025-09-10", "start": 2638, "end": 2723}])]


def test_limit(query_store):
    assert len(connections(query_store, "Samsung", "SK", limit=2)["paths"]) == 2


def test_no_connection_and_same_entity(query_store):
    with pytest.raises(NoPath, match="^no connection between 'Telecompaper' and 'Kakao'$"):
        connections(query_store, "Telecompaper", "Kakao")
    with pytest.raises(KgError, match="are the same entity"):
        connections(query_store, "SK", "SK Group")


@pytest.mark.parametrize("a, b", [("Samsung", "SK"), ("Jason Kwon", "Chey Tae-won"), ("Seoul", "Tokyo")])
def test_every_shortest_path_of_the_whole_topology(query_store, a, b):
    import networkx as nx

    from graph.answers.network import topology

    paths = connections(query_store, a, b, limit=50)["paths"]
    found = sorted([h["from_iri"] for h in p] + [p[-1]["to_iri"]] for p in paths)
    whole = sorted(nx.all_shortest_paths(topology(query_store), found[0][0], found[0][-1]))
    assert found == whole


def test_no_connection_agrees_with_the_whole_topology(query_store):
    import networkx as nx

    from graph.answers.network import topology
    from graph.answers.resolve import resolve

    ends = [resolve(query_store, name).iri for name in ("Telecompaper", "Kakao")]
    whole = topology(query_store)
    assert not (all(end in whole for end in ends) and nx.has_path(whole, *ends))
    with pytest.raises(NoPath):
        connections(query_store, "Telecompaper", "Kakao")


def test_shortest_path_from_kwon_to_chey_goes_through_openai(query_store):
    assert shortest_node_paths(query_store, DGR + "jason-kwon", DGR + "chey-tae-won") == [
        [DGR + "jason-kwon", DGR + "openai", DGR + "chey-tae-won"]]


def test_no_path_between_separate_components(query_store):
    with pytest.raises(NoPath, match="no connection between 'Juan Pedro Tomás' and 'OpenAI'"):
        connections(query_store, "Juan Pedro Tomás", "OpenAI")
