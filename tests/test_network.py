"""The networkx projection of the bundled graph: nodes, edges from the ontology's ends, paths."""

import pytest

from graph.model.namespaces import DGR
from graph.answers.network import build_graph, neighbourhood


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


# ---------------------------------------------------------------- reading a large graph in parts

# The topology as one query read it before network.adjacency: the pairs of relationship ends
# the ontology declares, and the plain links it marks, as distinct (?a ?b) rows.
PAIRS = """
SELECT DISTINCT ?a ?b WHERE {
  { GRAPH <https://dealgraph.org/graph/ontology> { ?declared dg:edgeSource ?sourceEnd ; dg:edgeTarget ?targetEnd }
    ?rel a ?declared ; ?sourceEnd ?a ; ?targetEnd ?b . }
  UNION
  { GRAPH <https://dealgraph.org/graph/ontology> { ?property dg:edgeProperty true }
    ?a ?property ?b . }
  FILTER (isIRI(?b) && ?a != ?b)
}"""


def pairs_of(store) -> set:
    from graph.model.namespaces import sparql_prologue

    return {frozenset((r["a"].value, r["b"].value)) for r in store.query(sparql_prologue() + PAIRS)}


@pytest.mark.parametrize("name", ["query_store", "synth"])
def test_adjacency_holds_the_pairs_of_the_projection(name, request):
    from graph.answers.network import adjacency, topology

    store = request.getfixturevalue(name)
    near = adjacency(store)
    pairs = pairs_of(store)
    assert {frozenset((a, b)) for a, others in near.items() for b in others} == pairs
    assert all(a not in others for a, others in near.items())
    assert list(topology(store)) == sorted(near)  # IRI order: samples do not depend on the store's


def test_the_skeleton_holds_every_edge_of_the_multigraph(synth, synth_graph):
    from graph.answers.network import skeleton
    from graph.answers.resolve import local_name

    whole = skeleton(synth)
    edges = {(min(a, b), max(a, b), key): d for a, b, key, d in synth_graph.edges(keys=True, data=True)}
    assert set(whole.edges) == set(edges) and len(edges) > 2000
    assert all(local_name(end) == (edges[key]["role"] or edges[key]["type"]) for key, (_, end) in whole.edges.items())
    assert whole.nodes == set(synth_graph) and whole.degrees() == dict(synth_graph.degree)
    hubs = {n for n, d in synth_graph.degree if d > 40}
    assert whole.degrees(hubs) == {n: d for n, d in synth_graph.subgraph(hubs).degree if d}


@pytest.mark.parametrize("hubs", [False, True])  # few relationships are looked up, most are scanned
def test_shown_parts_are_the_multigraph_restricted_to_the_nodes(synth, synth_graph, hubs):
    from graph.answers.network import node_info, relationship_facts, relationship_types, shown_parts, skeleton

    whole = skeleton(synth)
    ranked = sorted(synth_graph, key=lambda n: (-synth_graph.degree(n), n))
    nodes = set(ranked[:300] if hubs else ranked[40::4])
    edges = whole.among(nodes)
    rels = whole.readable({rel for _, (rel, _) in edges if rel})
    assert (rels is None) == hubs and len(edges) > 20
    parts = shown_parts(whole, nodes, node_info(synth, nodes), edges, relationship_types(synth, rels),
                        relationship_facts(synth, rels))
    expected = synth_graph.subgraph(nodes)
    assert parts[0] == sorted(expected.nodes(data=True))
    assert sorted(map(edge_key, parts[1])) == sorted(map(edge_key, expected.edges(data=True)))


def edge_key(edge) -> str:
    """An edge (a, b, data) as one comparable string, its ends in order."""
    import json

    a, b, data = edge
    return json.dumps([min(a, b), max(a, b), data], sort_keys=True)


def test_details_read_in_chunks_agree_with_one_scan(synth, monkeypatch):
    import graph.answers.network as network
    import graph.query.rows as rows

    every_facts, every_types = network.relationship_facts(synth, None), network.relationship_types(synth)
    every_info = network.node_info(synth)
    rels, nodes = set(sorted(every_facts)[::3]), set(sorted(every_info)[::2])
    monkeypatch.setattr(rows, "VALUES_CHUNK", 7)
    assert network.relationship_facts(synth, rels) == {r: f for r, f in every_facts.items() if r in rels}
    assert network.relationship_types(synth, rels) == {r: t for r, t in every_types.items() if r in rels}
    assert network.node_info(synth, nodes) == {n: i for n, i in every_info.items() if n in nodes}
    assert network.relationship_facts(synth, set()) == {}


def test_rows_read_any_literal_back():
    import pyoxigraph as ox

    from graph.query.rows import read_results

    store = ox.Store()
    texts = ['say "hi"\\n', "tab\there\nnew line", "", "Zürich \U0001F600 \u2028", "back\\slash"]
    for i, text in enumerate(texts):
        store.add(ox.Quad(ox.NamedNode(f"http://e/{i}"), ox.NamedNode("http://e/p"), ox.Literal(text, language="en")))
    store.add(ox.Quad(ox.BlankNode("b1"), ox.NamedNode("http://e/p"), ox.Literal("2025-05", datatype=ox.NamedNode(
        "http://www.w3.org/2001/XMLSchema#gYearMonth"))))
    rows = {r["s"]: r["o"] for r in read_results(store.query("SELECT ?s ?o WHERE { ?s ?p ?o }"))}
    assert rows == {**{f"http://e/{i}": text for i, text in enumerate(texts)}, "_:b1": "2025-05"}
