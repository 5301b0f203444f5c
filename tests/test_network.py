"""The networkx projection of the bundled graph: nodes, edges from the ontology's ends, paths."""

import pytest

from graph.namespaces import DGR
from graph.network import build_graph, neighbourhood


@pytest.fixture(scope="module")
def graph(query_store):
    return build_graph(query_store)


def edges_between(graph, a, b):
    return sorted(graph.get_edge_data(DGR[a], DGR[b]).values(), key=lambda e: e["rel"] or e["type"])


def test_nodes_carry_label_and_classes(graph):
    node = graph.nodes[DGR["jason-kwon"]]
    assert (node["label"], node["classes"], node["kind"]) == ("Jason Kwon", ["person"], "person")
    assert node["class_iris"] == ["https://dealgraph.org/ontology#Person"]


def test_a_position_is_one_edge_with_both_sources(graph):
    [edge] = edges_between(graph, "jason-kwon", "openai")
    assert (edge["type"], edge["type_label"], edge["status"], edge["role"]) == ("Position", "position", "active", "organization")
    assert edge["sources"] == [DGR["src-aju-2025-05-26"], DGR["src-rcr-2025-09-10"]]


def test_parallel_deals_are_parallel_edges(graph):
    edges = edges_between(graph, "openai", "samsung-electronics")
    assert [(e["type"], e["status"]) for e in edges] == [("Partnership", "considering"), ("Partnership", "in discussion")]


def test_a_deal_stated_with_two_classes_takes_the_first_of_the_deepest(graph):
    [edge] = edges_between(graph, "openai", "kakao")
    assert (edge["type"], edge["date"]) == ("Integration", "2025-02")


def test_plain_links_name_their_property(graph):
    edges = edges_between(graph, "openai-seoul-office", "openai")
    assert [e["type"] for e in edges] == ["Opening", "Opening", "operatedBy"]
    edge = edges[-1]
    assert (edge["rel"], edge["type"], edge["type_label"], edge["property"]) == (
        None, "operatedBy", "operated by", "https://dealgraph.org/ontology#operatedBy")


def test_reported_claims_keep_who_reported_them(graph):
    [edge] = edges_between(graph, "openai", "nvidia")
    assert (edge["type"], edge["reported_by"]) == ("Dependency", "Financial Times")


def test_neighbourhood_of_a_person(graph):
    around = neighbourhood(graph, DGR["chey-tae-won"], 1)
    assert sorted(around.nodes[n]["label"] for n in around) == ["Chey Tae-won", "Lee Jae-yong", "OpenAI", "SK Group"]
