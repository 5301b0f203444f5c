"""What the store holds: its sources, counts by class, validation and export."""

from __future__ import annotations

import pyoxigraph as ox

from graph.model.namespaces import DERIVED_GRAPH, ONTOLOGY_GRAPH, SOURCE_GRAPHS, source_graph
from graph.query.formats import engine_format, term_text, turtle_prefixes
from graph.query.sparql import run
from graph.store.embedded import Store


def source_rows(store: Store) -> list[dict]:
    """One row per source graph, with what its dg:Source node says."""
    described = {}
    for row in run(store, "sources"):
        name = row["graph"].value[len(SOURCE_GRAPHS):]
        described.setdefault(name, {
            "title": text(row["title"]), "outlet": text(row["outlet"]),
            "published": text(row["published"]), "url": text(row["url"]),
        })
    empty = {"title": None, "outlet": None, "published": None, "url": None}
    return [
        {"source": name, "triples": store.triple_count(source_graph(name)), **described.get(name, empty)}
        for name in store.sources()
    ]


def text(term) -> str | None:
    return None if term is None else term.value


def class_counts(store: Store) -> list[dict]:
    return [
        {"class": term_text(r["class"]), "label": r["label"].value, "count": int(r["count"].value)}
        for r in run(store, "stats")
    ]


def exported_graphs(store: Store, *, derived: bool, ontology: bool) -> list[str]:
    graphs = [source_graph(n) for n in store.sources()]
    graphs += [DERIVED_GRAPH] if derived else []
    return graphs + ([ONTOLOGY_GRAPH] if ontology else [])


def source_quads(store: Store, *, derived: bool, ontology: bool):
    for graph in exported_graphs(store, derived=derived, ontology=ontology):
        yield from graph_quads(store, graph)


def graph_quads(store, graph: str):
    """The quads of one named graph; a remote store (--endpoint) answers a CONSTRUCT."""
    if isinstance(store, Store):
        return store.ox.quads_for_pattern(None, None, None, ox.NamedNode(graph))
    return store.graph_quads(graph)


def export_graph(store: Store, fmt: str, output, *, derived: bool = False, ontology: bool = False) -> None:
    """Write the store to `output` (a binary file) as merged triples (ttl, nt, jsonld) or
    named graphs (trig, nq), streamed: a million triples are never all in Python at once."""
    rdf = engine_format(fmt)
    prefixes = turtle_prefixes(rdf)
    if fmt in ("trig", "nq"):
        items = source_quads(store, derived=derived, ontology=ontology)
    else:
        items = merged_triples(store, exported_graphs(store, derived=derived, ontology=ontology))
    ox.serialize(items, output, format=rdf, prefixes=prefixes)


def merged_triples(store: Store, graphs: list[str]):
    """Each triple of `graphs` once, however many of them state it: the embedded engine
    removes repeats as it streams; a remote store's graphs are merged here."""
    if not isinstance(store, Store):
        return dict.fromkeys(ox.Triple(q.subject, q.predicate, q.object)
                             for graph in graphs for q in graph_quads(store, graph))
    # The graphs in the order given, not sorted as graph.query.rows.values writes them: the
    # engine streams the triples in that order, and an export must not change between versions.
    named = " ".join(str(ox.NamedNode(graph)) for graph in graphs)
    return run(store, "merged-triples", GRAPHS=f"VALUES ?g {{ {named} }}")


def validate_store(store: Store) -> list[str]:
    """SHACL violations of everything the sources state, read together."""
    from graph.store.load import shacl_violations

    return shacl_violations(list(source_quads(store, derived=False, ontology=False)))
