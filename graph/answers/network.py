"""Project the RDF graph into networkx: entities as nodes, relationships as edges.

The edges come from relationship nodes through the ends that the ontology declares for each
relationship class, and from the plain links it marks as edges; nothing here names a predicate.
Only the projection is pulled from the store, never a copy of it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from graph.answers.resolve import local_name
from graph.query.rows import is_iri, read_rows, resource_key, values, values_block
from graph.query.sparql import run


@dataclass(frozen=True)
class Projection:
    """The rows a projection is built from, kept so the graph can be rebuilt cheaply."""

    edges: list[dict]
    nodes: dict[str, dict]


def value(term) -> str | None:
    return None if term is None else term.value


def relationship_types(store, rels: set[str] | None = None) -> dict[str, tuple[str, str]]:
    """Relationship IRI -> (class local name, class label) of its most specific class (the
    deepest; among equally deep ones the first name, so reruns agree); for the relationships
    `rels` only, when given."""
    classes = [(row["type"], int(row["depth"]), local_name(row["type"]), row["typeLabel"])
               for row in read_rows(store, "projection-rel-classes")]
    tags = values(("type", "tag"), [(iri, ox_literal(i)) for i, (iri, *_) in enumerate(classes)])
    scope = values(("type",), [(iri,) for iri, *_ in classes]) if rels is None else ""
    found = {}
    for row in read_rows(store, "projection-rel-types", over=("rel", rels), TYPES=tags, SCOPE=scope):
        if row["tags"]:
            _, _, kind, label = min((classes[int(t)] for t in row["tags"].split()), key=lambda c: (-c[1], c[2]))
            found[row["rel"]] = (kind, label)
    return found


def relationship_edges(store) -> list[dict]:
    types = relationship_types(store)
    edges, seen = [], set()
    for row in run(store, "projection-edges"):
        rel, a, b = resource_key(row["rel"]), row["a"].value, row["b"].value
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
        for row in run(store, "projection-links")
    ]


def node_info(store, iris: set[str] | None = None) -> dict[str, dict]:
    """Labelled resource IRI -> its label, stated classes (labels) and their IRIs; for the
    resources `iris` only, when given."""
    nodes: dict[str, dict] = {}
    for row in read_rows(store, "projection-nodes", over=("node", iris)):
        info = nodes.setdefault(row["node"], {"label": row["label"], "classes": [], "class_iris": []})
        cls = row["classLabel"] or local_name(row["class"])
        if cls not in info["classes"]:
            info["classes"].append(cls)
            info["class_iris"].append(row["class"])
    return nodes


class NodeInfo(dict):
    """IRI -> label, classes and class IRIs of nodes (see `node_info`), each read from the
    store once and in batches, when first needed; a node with no label and class shows its
    IRI's local name. The page and the paths both read their nodes through it."""

    def __init__(self, store):
        super().__init__()
        self.store, self.asked = store, set()

    def read(self, iris) -> "NodeInfo":
        new = set(iris) - self.asked
        self.asked |= new
        if new:
            self.update(node_info(self.store, new))
        return self

    def label(self, iri: str) -> str:
        return self[iri]["label"] if iri in self else local_name(iri)

    def classes(self, iri: str) -> list[str]:
        return self[iri]["classes"] if iri in self else []


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
    """The projection's bare shape: an undirected simple graph of entity IRIs, with no details,
    for paths and ranks on large stores (see `adjacency`)."""
    return simple_graph(adjacency(store))


def simple_graph(neighbours: dict[str, set[str]]):
    """A networkx Graph of an adjacency, its nodes added in IRI order so that measures which
    sample nodes pick the same ones whatever order the store answered in."""
    import networkx as nx

    graph = nx.Graph()
    graph.add_nodes_from(sorted(neighbours))
    graph.add_edges_from((a, b) for a, near in neighbours.items() for b in near if a < b)
    return graph


def adjacency(store) -> dict[str, set[str]]:
    """Entity IRI -> the IRIs it is linked to in the projection, by relationships through the
    ends their classes declare and by plain links.

    Two queries run in two threads (the store answers both at once): each relationship's
    members at an end that links them all to each other (the parties of a deal), paired here,
    and the pairs across two different ends or through a plain link. Ends that are not IRIs
    (a literal where an entity belongs) are left out, as a path search leaves them.
    """
    from collections import defaultdict
    from concurrent.futures import ThreadPoolExecutor

    ends = edge_ends(store)
    neighbours: dict[str, set[str]] = defaultdict(set)
    with ThreadPoolExecutor(2) as pool:
        groups = pool.submit(shared_members, store, ends)
        crossing = pool.submit(crossing_pairs, store, ends)
        for members in groups.result():
            if len(members) > 1:  # a deal with one party links no one
                for member in members:
                    neighbours[member].update(members)  # itself too, taken out below
        for a, b in crossing.result():
            neighbours[a].add(b)
            neighbours[b].add(a)
    for node, near in neighbours.items():
        near.discard(node)  # no pair joins an entity to itself
    return dict(neighbours)


@dataclass(frozen=True)
class EdgeEnds:
    """What makes an edge, from the ontology: (class, end) where the end is the class's source
    and target both, (class, source end, target end) where they differ, and link properties."""

    shared: tuple[tuple[str, str], ...]
    crossing: tuple[tuple[str, str, str], ...]
    links: tuple[str, ...]
    link_labels: dict[str, str] = field(default_factory=dict)

    def declared(self) -> list[tuple[str, str, str]]:
        """Every (class, source end, target end), in one order."""
        return sorted({(c, end, end) for c, end in self.shared} | set(self.crossing))


def edge_ends(store) -> EdgeEnds:
    shared, crossing, links, labels = set(), set(), set(), {}
    for row in run(store, "projection-ends"):
        if row["property"] is not None:
            links.add(row["property"].value)
            if row["propertyLabel"] is not None:
                labels.setdefault(row["property"].value, row["propertyLabel"].value)
        elif row["source"] == row["target"]:
            shared.add((row["declared"].value, row["source"].value))
        else:
            crossing.add((row["declared"].value, row["source"].value, row["target"].value))
    return EdgeEnds(tuple(sorted(shared)), tuple(sorted(crossing)), tuple(sorted(links)), labels)


def shared_members(store, ends: EdgeEnds) -> list[list[str]]:
    """Each relationship's distinct members at each shared end."""
    by_rel = relationship_members(store, list(ends.shared))
    return [list(dict.fromkeys(members)) for by_tag in by_rel.values() for members in by_tag.values()]


def crossing_pairs(store, ends: EdgeEnds) -> list[tuple[str, str]]:
    """(a, b) IRI pairs across two different ends of a relationship, or through a link."""
    found = read_rows(store, "projection-crossing", width=2,
                 CLASSES=values(("declared", "sourceEnd", "targetEnd"), ends.crossing),
                 TARGETS=values(("targetEnd",), {(t,) for *_, t in ends.crossing}),
                 LINKS=values(("property",), {(p,) for p in ends.links}))
    # IRIs kept here, since a FILTER would decode them again
    return [(a, b) for a, b in found if is_iri(a) and is_iri(b)]



# ---------------------------------------------------------------- the sources' side


def byline_positions(store) -> list[tuple[str, str, str]]:
    """(position, person, organization) of each position that exists only as provenance:
    what sources say of their own authors (a byline, an author's earlier posts) and no other
    source states (see projection-bylines.rq). The business network leaves them out."""
    return [tuple(row) for row in read_rows(store, "projection-bylines", width=3)]


def without_bylines(store, neighbours: dict[str, set[str]]) -> dict[str, set[str]]:
    """An adjacency (see `adjacency`) less the pairs that only byline positions join, and
    less the entities left with no neighbour (the authors and the outlets they wrote for)."""
    bylines = byline_positions(store)
    left_out = {rel for rel, _, _ in bylines}
    for a, b in sorted({(a, b) for _, a, b in bylines}):
        if b in neighbours.get(a, ()) and all(e["rel"] in left_out for e in edges_between(store, a, b)):
            neighbours[a].discard(b)
            neighbours[b].discard(a)
    return {node: near for node, near in neighbours.items() if near}


def ox_literal(number: int):
    import pyoxigraph as ox

    return ox.Literal(str(number))


# ---------------------------------------------------------------- the skeleton (for pages)


@dataclass
class Skeleton:
    """The full projection's edges without their details, as `build_graph`'s MultiGraph holds
    them: enough to choose the part of a large graph to show before reading anything else.

    edges: (a, b, key) -> (relationship IRI or None, the end or link property that makes the
    edge), with a <= b; the key is the relationship's IRI, or the link property's local name.
    blank: keys of relationships that are blank nodes (they cannot be named in a query).
    """

    edges: dict[tuple[str, str, str], tuple[str | None, str]]
    link_labels: dict[str, str]
    blank: set[str] = field(default_factory=set)

    @cached_property
    def nodes(self) -> set[str]:
        """Every node at an end of an edge (read once the edges are all in)."""
        return {node for a, b, _ in self.edges for node in (a, b)}

    def degrees(self, among: set[str] | None = None) -> dict[str, int]:
        """Edges at each node (a self-loop counts twice, as networkx counts it), counting only
        edges between nodes of `among` when given."""
        from collections import Counter

        counts: Counter = Counter()
        for a, b, _ in self.edges:
            if among is None or (a in among and b in among):
                counts[a] += 1
                counts[b] += 1
        return dict(counts)

    def among(self, nodes: set[str]) -> list[tuple[tuple[str, str, str], tuple[str | None, str]]]:
        """The edges between `nodes`, as ((a, b, key), (relationship or None, end)), in the
        skeleton's order (relationships by IRI, then links by their ends)."""
        return [item for item in self.edges.items() if item[0][0] in nodes and item[0][1] in nodes]

    def readable(self, rels: set[str]) -> set[str] | None:
        """`rels` to name in the queries that read their details, or None to read every
        relationship's: when a blank node is among them (it cannot be named in a query), or
        when they are more than a quarter of all (a scan then beats a lookup for each)."""
        every = {rel for rel, _ in self.edges.values() if rel is not None}
        return None if rels & self.blank or 4 * len(rels) > len(every) else rels

    def without(self, rels: set[str]) -> "Skeleton":
        """The skeleton less the edges of the relationships `rels`: the nodes only they
        joined to the rest drop out with them."""
        kept = {key: edge for key, edge in self.edges.items() if edge[0] not in rels}
        return Skeleton(kept, self.link_labels, self.blank - rels)

    def neighbours(self) -> dict[str, set[str]]:
        from collections import defaultdict

        near: dict[str, set[str]] = defaultdict(set)
        for a, b, _ in self.edges:
            near[a].add(b)
            near[b].add(a)
        return near


def skeleton(store) -> Skeleton:
    """Every edge of the projection, with no details. Relationships are read with their
    members at the ends their classes declare: the ends that join members to each other (the
    parties of a deal, most of the rows) in one thread, the other ends then the plain links in
    another; the halves meet by relationship. Ends that are not IRIs are left out."""
    from concurrent.futures import ThreadPoolExecutor

    ends = edge_ends(store)
    tags = sorted({(c, end) for c, source, target in ends.declared() for end in (source, target)})
    shared = [tag for tag in tags if tag in set(ends.shared)]
    with ThreadPoolExecutor(2) as pool:
        members = pool.submit(relationship_members, store, shared)
        others = pool.submit(lambda: (relationship_members(store, [t for t in tags if t not in shared]),
                                      link_triples(store, ends)))
        found = Skeleton({}, ends.link_labels)
        by_rel = members.result()
        rest, links = others.result()
    for rel, by_end in rest.items():
        by_rel.setdefault(rel, {}).update(by_end)
    add_relationship_edges(found, by_rel, ends)
    add_link_edges(found, links)
    return found


def relationship_members(store, tags: list[tuple[str, str]]) -> dict[str, dict[tuple[str, str], list[str]]]:
    """Relationship key -> (class, end) -> its member IRIs there, for the (class, end) `tags`;
    a relationship that is a blank node is keyed `_:id`."""
    if not tags:
        return {}
    tagged = values(("declared", "end", "tag"), [(c, end, ox_literal(i)) for i, (c, end) in enumerate(tags)])
    ends = values(("end",), {(end,) for _, end in tags})
    found: dict[str, dict[tuple[str, str], list[str]]] = {}
    for rel, tag, member in read_rows(store, "projection-rel-members", width=3, CLASSES=tagged, ENDS=ends):
        if is_iri(member):  # literals and blank nodes are no entities
            by_tag = found.get(rel)
            if by_tag is None:
                by_tag = found[rel] = {}
            by_tag.setdefault(tags[int(tag[1:-1])], []).append(member)
    for by_tag in found.values():  # in IRI order, not the server's row order (Virtuoso's differs)
        for members in by_tag.values():
            members.sort()
    return found


def add_relationship_edges(found: Skeleton, members: dict, ends: EdgeEnds) -> None:
    """One edge per relationship and pair of its members at a declared source and target end
    (the first declaration in order names the edge's end, when two join the same pair)."""
    targets: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for cls, source, target in ends.declared():
        targets.setdefault((cls, source), []).append((cls, target))
    edges = found.edges
    for rel in sorted(members):
        by_end = members[rel]
        key = rel
        if rel.startswith("_:"):
            found.blank.add(key)
        for tag in sorted(by_end.keys() & targets.keys()):
            for other in targets[tag]:
                for b in by_end.get(other, ()):
                    for a in by_end[tag]:
                        if a != b:
                            edges.setdefault((a, b, key) if a < b else (b, a, key), (key, other[1]))


def link_triples(store, ends: EdgeEnds) -> list[tuple[str, str, str]]:
    """(a, property, b) for the labelled link properties, both ends IRIs."""
    labelled = {(p,) for p in ends.links if p in ends.link_labels}
    found = read_rows(store, "projection-link-pairs", width=3, LINKS=values(("property",), labelled))
    return sorted((a, prop, b) for a, prop, b in found if is_iri(a) and is_iri(b))


def add_link_edges(found: Skeleton, triples) -> None:
    """One edge per pair and link property's local name (a link may join a node to itself)."""
    for a, prop, b in triples:
        found.edges.setdefault((min(a, b), max(a, b), local_name(prop)), (None, prop))


def shown_parts(whole: Skeleton, nodes: set[str], info: dict[str, dict], edges: list, kinds: dict,
                facts: dict) -> tuple[list, list]:
    """The nodes [(IRI, data)] and edges [(a, b, data)] of `build_graph`'s MultiGraph restricted
    to `nodes`, with the same data (edges' sources in IRI order), from details read for them
    only: `info` their labels and classes (see `node_info`; a node missing there shows its
    IRI's local name), `edges` = `whole.among(nodes)`, `kinds` and `facts` the types and facts
    of the relationships among them (see `relationship_types`, `relationship_facts`). Nodes come in IRI order."""
    shown = []
    for iri in sorted(nodes):
        known = info.get(iri) or {"label": local_name(iri), "classes": [], "class_iris": []}
        shown.append((iri, {"label": known["label"], "classes": list(known["classes"]),
                            "class_iris": list(known.get("class_iris", [])),
                            "kind": known["classes"][0] if known["classes"] else "thing"}))
    names = {end: local_name(end) for end in {end for _, (_, end) in edges}}
    links, known = [], {}
    for (a, b, key), (rel, end) in edges:
        if rel is None:
            data = {"rel": None, "property": end, "type": key, "type_label": whole.link_labels[end], "role": None,
                    "status": None, "date": None, "as_of": None, "reported_by": None, "sources": []}
        else:
            base = known.get(rel) or known.setdefault(rel, relationship_data(rel, kinds, facts))
            data = {**base, "role": names[end]}
        links.append((a, b, data))
    return shown, links


def relationship_data(rel: str, kinds: dict, facts: dict) -> dict:
    """What every edge of a relationship says of it, in build_graph's edge attributes."""
    kind, kind_label = kinds.get(rel) or (local_name(rel), "relationship")
    found = facts.get(rel, NO_FACTS)
    return {"rel": rel, "type": kind, "type_label": kind_label, "role": None, "status": found["status"],
            "date": found["date"], "as_of": found["as_of"], "reported_by": found["reported_by"],
            "sources": sorted(found["sources"])}


NO_FACTS = {"status": None, "date": None, "as_of": None, "reported_by": None, "sources": []}


def relationship_facts(store, rels: set[str] | None) -> dict[str, dict]:
    """Relationship IRI -> its label, status, date, as of, reporter and sources (as first read,
    see projection-rel-facts.rq); for the relationships `rels` only, when given."""
    classes = values(("declared",), {(c,) for c, *_ in edge_ends(store).declared()})
    found: dict[str, dict] = {}
    for row in read_rows(store, "projection-rel-facts", over=("rel", rels), CLASSES=classes):
        facts = found.get(row["rel"])
        if facts is None:
            facts = found[row["rel"]] = {"label": None, **NO_FACTS, "sources": []}
        for name, key in (("label", "label"), ("statusLabel", "status"), ("when", "date"),
                          ("reporter", "reported_by")):
            if facts[key] is None:
                facts[key] = row[name]
        if row["known"] is not None and (facts["as_of"] is None or row["known"] < facts["as_of"]):
            facts["as_of"] = row["known"]  # ISO dates: the first in text is the earliest
        if row["source"] is not None and row["source"] not in facts["sources"]:
            facts["sources"].append(row["source"])
    return found


def edges_between(store, a: str, b: str) -> list[dict]:
    """The edges joining two entities, in the projection's edge format, strongest first:
    relationships (their latest source's status) and plain links."""
    import pyoxigraph as ox

    from graph.answers.vocabulary import class_tree

    found = list(run(store, "edges-between", {"a": ox.NamedNode(a), "b": ox.NamedNode(b)}))
    tree = class_tree(store)
    by_rel: dict[str, list] = {}
    links = {}
    for row in found:
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
    ends = set()
    for row in run(store, "projection-ends"):
        if row["property"] is None:
            ends.add((row["declared"], row["source"], row["target"]))
            ends.add((row["declared"], row["target"], row["source"]))
    return values(("declared", "here", "there"), ends)


def neighbour_pairs(store, entities: list[str], ends: str):
    """(entity, neighbour) pairs, by relationships and by plain links. The IRIs come from the
    store and are written with pyoxigraph's N-Triples escaping."""
    chunk = values_block("x", entities)
    for name, block in (("projection-neighbours", f"{ends}\n  {chunk}"), ("projection-link-neighbours", chunk)):
        for row in run(store, name, VALUES=block):
            yield row["x"].value, row["y"].value


def export_network(store, fmt: str) -> bytes:
    """The networkx projection as GraphML or GEXF (for Gephi); list attributes joined by '; '."""
    import io

    import networkx as nx

    graph = nx.MultiGraph()
    projected = build_graph(store)
    graph.add_nodes_from((n, flat(attrs)) for n, attrs in projected.nodes(data=True))
    graph.add_edges_from((a, b, flat(attrs)) for a, b, attrs in projected.edges(data=True))
    out = io.BytesIO()
    (nx.write_graphml if fmt == "graphml" else nx.write_gexf)(graph, out)
    return out.getvalue()


def flat(attrs: dict) -> dict:
    """Attributes GraphML/GEXF can hold: strings and numbers, no lists or None."""
    return {k: "; ".join(map(str, v)) if isinstance(v, (list, tuple)) else v
            for k, v in attrs.items() if v is not None}
