"""Project the RDF graph into networkx: entities as nodes, relationships as edges.

The edges come from relationship nodes through the ends that the ontology declares for each
relationship class, and from the plain links it marks as edges; nothing here names a predicate.
Only the projection is pulled from the store, never a copy of it.
"""

from __future__ import annotations

from dataclasses import dataclass

from .resolve import local_name
from .sparql import run_named


@dataclass(frozen=True)
class Projection:
    """The rows a projection is built from, kept so the graph can be rebuilt cheaply."""

    edges: list[dict]
    nodes: dict[str, dict]


def value(term) -> str | None:
    return None if term is None else term.value


def relationship_types(store) -> dict[str, tuple[str, str]]:
    """Relationship IRI -> (class local name, class label) of its most specific stated class."""
    best: dict[str, tuple[int, str, str]] = {}
    for row in run_named(store, "relationship-types"):
        depth = int(row["depth"].value)
        rel = row["rel"].value
        candidate = (depth, local_name(row["type"].value), row["typeLabel"].value)
        # Deepest class wins; among equally deep ones the first name, so reruns agree.
        if rel not in best or (depth, best[rel][1]) > (best[rel][0], candidate[1]):
            best[rel] = candidate
    return {rel: (kind, label) for rel, (_, kind, label) in best.items()}


def relationship_edges(store) -> list[dict]:
    types = relationship_types(store)
    edges, seen = [], set()
    for row in run_named(store, "projection-edges"):
        rel, a, b = row["rel"].value, row["a"].value, row["b"].value
        symmetric = row["sourceEnd"] == row["targetEnd"]
        key = (rel, frozenset((a, b))) if symmetric else (rel, a, b)
        if key in seen:
            continue
        seen.add(key)
        kind, kind_label = types.get(rel, (local_name(rel), "relationship"))
        edges.append({
            "a": a, "b": b, "rel": rel, "type": kind, "type_label": kind_label,
            "role": local_name(row["targetEnd"].value),
            "status": value(row["status"]), "date": value(row["date"]),
            "as_of": value(row["asOf"]), "reported_by": value(row["reportedBy"]),
            "sources": sorted(value(row["sources"]).split()) if value(row["sources"]) else [],
        })
    return edges


def link_edges(store) -> list[dict]:
    return [
        {"a": row["a"].value, "b": row["b"].value, "rel": None, "property": row["property"].value,
         "type": local_name(row["property"].value), "type_label": row["propertyLabel"].value,
         "role": None, "status": None, "date": None, "as_of": None, "reported_by": None, "sources": []}
        for row in run_named(store, "projection-links")
    ]


def node_info(store) -> dict[str, dict]:
    nodes: dict[str, dict] = {}
    for row in run_named(store, "projection-nodes"):
        iri = row["node"].value
        info = nodes.setdefault(iri, {"label": row["label"].value, "classes": [], "class_iris": []})
        cls = value(row["classLabel"]) or local_name(row["class"].value)
        if cls not in info["classes"]:
            info["classes"].append(cls)
            info["class_iris"].append(row["class"].value)
    return nodes


def project(store) -> Projection:
    """Pull the edges and the labels of their ends from the store."""
    edges = relationship_edges(store) + link_edges(store)
    labelled = node_info(store)
    ends = {e["a"] for e in edges} | {e["b"] for e in edges}
    unknown = {"classes": [], "class_iris": []}
    nodes = {iri: labelled.get(iri, {"label": local_name(iri), **unknown}) for iri in ends}
    return Projection(edges, nodes)


def to_networkx(projection: Projection):
    """An undirected multigraph: node attributes label and classes; one edge per relationship."""
    import networkx as nx

    graph = nx.MultiGraph()
    for iri, info in projection.nodes.items():
        graph.add_node(iri, label=info["label"], classes=list(info["classes"]),
                       class_iris=list(info.get("class_iris", [])),
                       kind=info["classes"][0] if info["classes"] else "thing")
    for edge in projection.edges:
        attrs = {k: v for k, v in edge.items() if k not in ("a", "b")}
        graph.add_edge(edge["a"], edge["b"], key=edge["rel"] or edge["type"], **attrs)
    return graph


def build_graph(store):
    """The networkx projection of a store."""
    return to_networkx(project(store))


def topology(store):
    """The projection's bare shape: an undirected simple graph of entity IRIs, streamed from
    one query with no details, for paths and ranks on large stores."""
    import networkx as nx

    graph = nx.Graph()
    graph.add_edges_from((row["a"].value, row["b"].value) for row in run_named(store, "projection-pairs"))
    return graph


def edges_between(store, a: str, b: str) -> list[dict]:
    """The edges joining two entities, in the projection's edge format, strongest first:
    relationships (their latest source's status) and plain links."""
    import pyoxigraph as ox

    from .vocabulary import class_tree

    rows = list(run_named(store, "edges-between", {"a": ox.NamedNode(a), "b": ox.NamedNode(b)}))
    tree = class_tree(store)
    by_rel: dict[str, list] = {}
    links = {}
    for row in rows:
        if row["rel"] is not None:
            by_rel.setdefault(row["rel"].value, []).append(row)
        elif row["property"] is not None:
            links[row["property"].value] = row["propertyLabel"].value
    edges = [rel_edge(rel, found, tree) for rel, found in sorted(by_rel.items())]
    return edges + [{"rel": None, "property": prop, "type": local_name(prop), "type_label": label,
                     "role": None, "status": None, "date": None, "as_of": None, "reported_by": None,
                     "sources": []} for prop, label in sorted(links.items())]


def rel_edge(rel: str, rows: list, tree: dict) -> dict:
    """One relationship edge from its per-source rows."""
    latest = sorted(rows, key=lambda r: value(r["known"]) or "", reverse=True)
    kinds = [tree[r["stated"].value] for r in rows if r["stated"].value in tree]
    kind = min(kinds, key=lambda c: (-c.depth, c.name)) if kinds else None
    reporters = sorted({r["reporter"].value for r in rows if r["reporter"] is not None})
    return {
        "rel": rel, "property": None, "type": kind.name if kind else local_name(rel),
        "type_label": kind.label if kind else "relationship", "role": None,
        "status": next((value(r["status"]) for r in latest if r["status"] is not None), None),
        "date": next((value(r["date"]) for r in latest if r["date"] is not None), None),
        "as_of": value(latest[0]["known"]), "reported_by": ", ".join(reporters) or None,
        "sources": sorted({r["source"].value for r in rows if r["source"] is not None}),
    }


def neighbourhood(graph, centre: str, depth: int):
    """The subgraph within `depth` hops of `centre`."""
    import networkx as nx

    return graph.subgraph(nx.single_source_shortest_path_length(graph, centre, cutoff=depth)).copy()


# Entities per neighbours query: small enough that a level can stop soon after the two sides
# meet, large enough that a wide level takes few queries.
FRONTIER_CHUNK = 25


def path_topology(store, source: str, target: str, *, whole_level: bool = False):
    """A part of the projection's topology that holds shortest paths between two entities:
    an undirected simple graph of IRIs, like `topology` but read around the two ends only.

    A breadth-first expansion from both ends, on the side with the smaller frontier, a chunk
    of entities per query, until the sides meet. The level where they meet is read only up to
    the chunk where they first do, so the graph holds every path of the shortest length through
    the entities read so far (not always every shortest path). When the sides never meet, it
    holds no path between them. On a large store it reads the neighbourhoods it crosses.
    With `whole_level`, the level where they meet is read to its end, so the graph holds every
    shortest path (what `kg path` ranks).
    """
    import networkx as nx

    graph = nx.Graph()
    graph.add_nodes_from((source, target))
    sides = [Expansion(source), Expansion(target)]
    ends = declared_ends(store)
    while all(side.frontier for side in sides):
        near, far = sorted(sides, key=lambda side: len(side.frontier))
        if near.expand(store, ends, graph, far, whole_level):
            break
    return graph


class Expansion:
    """One side of the search: how far each seen entity is, and the last level reached."""

    def __init__(self, start: str):
        self.seen = {start: 0}
        self.frontier = {start}
        self.level = 0

    def expand(self, store, ends: str, graph, other: "Expansion", whole_level: bool = False) -> bool:
        """Read the next level, keeping every edge into it; stop after the chunk that meets
        the other side (unless `whole_level`), and say whether it did."""
        nxt, met = set(), False
        ordered = sorted(self.frontier)
        for start in range(0, len(ordered), FRONTIER_CHUNK):
            for x, y in neighbour_pairs(store, ordered[start:start + FRONTIER_CHUNK], ends):
                if y not in self.seen:
                    self.seen[y] = self.level + 1
                    nxt.add(y)
                if self.seen[y] == self.level + 1:
                    graph.add_edge(x, y)
                    met = met or y in other.seen
            if met and not whole_level:
                break
        self.level += 1
        self.frontier = nxt
        return met


def declared_ends(store) -> str:
    """A VALUES block of (class, one end, the other end), both ways round, from the ontology."""
    query = ("SELECT ?declared ?source ?target WHERE { GRAPH <https://dealgraph.org/graph/ontology> "
             "{ ?declared <https://dealgraph.org/ontology#edgeSource> ?source ; "
             "<https://dealgraph.org/ontology#edgeTarget> ?target } }")
    rows = set()
    for row in store.query(query):
        rows.add((str(row["declared"]), str(row["source"]), str(row["target"])))
        rows.add((str(row["declared"]), str(row["target"]), str(row["source"])))
    return "VALUES (?declared ?here ?there) { " + " ".join(f"({d} {a} {b})" for d, a, b in sorted(rows)) + " }"


def neighbour_pairs(store, entities: list[str], ends: str):
    """(entity, neighbour) pairs, by relationships and by plain links. The IRIs come from the
    store and are written with pyoxigraph's N-Triples escaping."""
    import pyoxigraph as ox

    from .sparql import named_query

    chunk = f"VALUES ?x {{ {' '.join(str(ox.NamedNode(iri)) for iri in entities)} }}"
    for name, values in (("projection-neighbours", f"{ends}\n  {chunk}"), ("projection-link-neighbours", chunk)):
        for row in store.query(named_query(name).replace("#VALUES", values)):
            yield row["x"].value, row["y"].value
