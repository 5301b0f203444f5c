"""`kg push`: send the embedded store's graphs to a remote SPARQL server.

The ontology, each source as its own named graph and the derived shortcuts go over the Graph
Store Protocol (PUT then POST to `URL?graph=IRI`) or as SPARQL Update (DROP, then INSERT)
in chunks. Each graph sent replaces the remote graph of the same name. A server makes the
blank nodes of every request fresh, so a chunk never splits the triples that share a blank
node (an evidence node and its selector travel together).

>>> a, b = ox.BlankNode("a"), ox.NamedNode("http://e/b")
>>> p = ox.NamedNode("http://e/p")
>>> triples = [ox.Triple(b, p, a), ox.Triple(b, p, b), ox.Triple(a, p, b)]
>>> [len(c) for c in blank_node_chunks(triples, 1)]
[2, 1]
"""

from __future__ import annotations

import urllib.parse
from dataclasses import dataclass

import pyoxigraph as ox

from graph.model.errors import StoreError
from graph.model.namespaces import DERIVED_GRAPH, ONTOLOGY_GRAPH, source_graph
from graph.store.remote import RemoteStore, http_request

NTRIPLES = "application/n-triples"


@dataclass(frozen=True)
class Pushed:
    graph: str
    triples: int


def graphs_to_push(store) -> list[str]:
    """The ontology, every source graph, then the derived graph."""
    return [ONTOLOGY_GRAPH, *(source_graph(name) for name in store.sources()), DERIVED_GRAPH]


def push_store(store, *, update_url: str | None = None, graph_store_url: str | None = None,
               chunk: int = 10000, progress=None) -> list[Pushed]:
    """Send every graph of `store`; Graph Store Protocol when `graph_store_url` is given."""
    if not (update_url or graph_store_url):
        raise StoreError("kg push needs --update-endpoint URL or --graph-store URL")
    pushed = []
    for graph in graphs_to_push(store):
        triples = graph_triples(store, graph)
        chunks = list(blank_node_chunks(triples, chunk))
        if graph_store_url:
            send_graph_store(graph_store_url, graph, chunks)
        else:
            send_updates(update_url, graph, chunks)
        pushed.append(Pushed(graph, len(triples)))
        if progress:
            progress(pushed[-1])
    return pushed


def graph_triples(store, graph: str) -> list[ox.Triple]:
    from graph.store.catalog import graph_quads

    return [ox.Triple(q.subject, q.predicate, q.object) for q in graph_quads(store, graph)]


def blank_node_chunks(triples: list[ox.Triple], size: int):
    """Chunks of about `size` triples; the triples connected by blank nodes stay together."""
    batch: list[ox.Triple] = []
    for group in blank_node_groups(triples):
        if batch and len(batch) + len(group) > size:
            yield batch
            batch = []
        batch.extend(group)
    yield batch


def blank_node_groups(triples: list[ox.Triple]) -> list[list[ox.Triple]]:
    """Triples grouped by connected blank nodes (union-find); the rest one per group."""
    root: dict = {}

    def find(node):
        while root.setdefault(node, node) != node:
            root[node] = root[root[node]]
            node = root[node]
        return node

    blanks = [[t for t in (x.subject, x.object) if isinstance(t, ox.BlankNode)] for x in triples]
    for nodes in blanks:
        for other in nodes[1:]:
            root[find(other)] = find(nodes[0])
    groups: dict = {}
    for index, (triple, nodes) in enumerate(zip(triples, blanks)):
        groups.setdefault(find(nodes[0]) if nodes else index, []).append(triple)
    return list(groups.values())


def ntriples(triples: list[ox.Triple]) -> bytes:
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) if triples else b""


def send_graph_store(url: str, graph: str, chunks: list[list[ox.Triple]]) -> None:
    """PUT replaces the graph with the first chunk; POST appends the others."""
    separator = "&" if urllib.parse.urlsplit(url).query else "?"
    target = f"{url}{separator}{urllib.parse.urlencode({'graph': graph})}"
    for index, triples in enumerate(chunks):
        http_request(target, ntriples(triples), NTRIPLES, method="PUT" if index == 0 else "POST",
                     timeout=600)


def send_updates(url: str, graph: str, chunks: list[list[ox.Triple]]) -> None:
    """DROP then INSERT in the first request (one transaction), INSERT after.

    `INSERT { ... } WHERE {}` rather than INSERT DATA: the two mean the same (the empty WHERE
    has one solution, so each blank node label is one fresh node for the whole request), but
    Virtuoso refuses blank nodes in INSERT DATA ("not allowed in a constant clause").
    """
    for index, triples in enumerate(chunks):
        operations = [f"DROP SILENT GRAPH <{graph}>"] if index == 0 else []
        if triples:
            data = ntriples(triples).decode("utf-8")
            operations.append(f"INSERT {{ GRAPH <{graph}> {{\n{data}}} }} WHERE {{}}")
        body = urllib.parse.urlencode({"update": " ;\n".join(operations)}).encode("utf-8")
        http_request(url, body, "application/x-www-form-urlencoded", timeout=600)


def verify(remote: RemoteStore, pushed: list[Pushed]) -> None:
    """Compare the server's count of each pushed graph with what was sent."""
    wrong = [f"{p.graph}: sent {p.triples}, endpoint has {n}"
             for p in pushed if (n := remote.triple_count(p.graph)) != p.triples]
    if wrong:
        raise StoreError("the endpoint does not hold what was pushed: " + "; ".join(wrong))
