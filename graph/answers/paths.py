"""How two entities are connected: shortest paths over the graph projection, hop by hop.

Each hop names the relationship behind it (a deal, a position, a meeting...) with its status,
date, sources and evidence spans, or the plain link (based in, operated by...) that joins the
two ends. Evidence is read only for the relationships on the paths shown.
"""

from __future__ import annotations

from itertools import islice

import pyoxigraph as ox

from graph.model.errors import KgError, NoPath
from graph.model.namespaces import DG
from graph.answers.network import NodeInfo
from graph.answers.resolve import entity_card, resolve
from graph.query.sparql import run

# Enough shortest paths to pick the most telling ones from, few enough to read quickly.
CANDIDATE_PATHS = 50


def connections(store, a: str, b: str, limit: int = 5) -> dict:
    """{"paths": [[hop, ...], ...]}: up to `limit` shortest paths between two named entities.

    The search runs on the bare topology around the two ends; the relationships behind each
    hop are read only for the candidate paths.
    """
    start, end = resolve(store, a), resolve(store, b)
    if start.iri == end.iri:
        raise KgError(f"{a!r} and {b!r} are the same entity ({start.label})")
    node_paths = shortest_node_paths(store, start.iri, end.iri)
    if not node_paths:
        raise NoPath(f"no connection between {start.label!r} and {end.label!r}")
    nodes = NodeInfo(store).read({iri for path in node_paths for iri in path})
    agents, strength = agent_nodes(store, nodes), status_strength(store)
    hops = HopEdges(store, strength)
    chosen = sorted(([(u, v, hops.best(u, v)) for u, v in zip(p, p[1:])] for p in node_paths),
                    key=lambda path: path_key(path, agents, strength))[:limit]
    details = HopDetails(store)
    return {"paths": [[details.hop(nodes, u, v, edge) for u, v, edge in path] for path in chosen]}


def shortest_node_paths(store, source: str, target: str) -> list[list[str]]:
    """Up to CANDIDATE_PATHS shortest paths of entity IRIs (none when unconnected), from the
    topology read outwards from both ends until they meet (network.path_topology)."""
    import networkx as nx

    from graph.answers.network import path_topology

    part = path_topology(store, source, target, whole_level=True)
    try:
        return list(islice(nx.all_shortest_paths(part, source, target), CANDIDATE_PATHS))
    except nx.NetworkXNoPath:
        return []


def agent_nodes(store, nodes: NodeInfo) -> set[str]:
    """The nodes read into `nodes` that are agents (organizations, people)."""
    from graph.answers.vocabulary import class_tree

    agent_classes = {iri for iri, c in class_tree(store).items() if DG.Agent in c.ancestors}
    return {iri for iri, info in nodes.items() if agent_classes & set(info["class_iris"])}


def status_strength(store) -> dict[str, int]:
    """Status label -> how far along it is, for choosing among parallel relationships: its
    rank in the scheme, and none for a called-off claim (cancelled last)."""
    from graph.answers.vocabulary import claim_statuses

    return {s.label: 0 if s.called_off else s.rank for s in claim_statuses(store)}


class HopEdges:
    """The strongest edge between two entities, read once per pair."""

    def __init__(self, store, strength: dict[str, int]):
        self.store, self.strength = store, strength
        self.cache: dict[frozenset, dict] = {}

    def best(self, u: str, v: str) -> dict:
        from graph.answers.network import edges_between

        key = frozenset((u, v))
        if key not in self.cache:
            self.cache[key] = best_edge(edges_between(self.store, u, v), self.strength)
        return self.cache[key]


def best_edge(edges, strength: dict[str, int]) -> dict:
    """A relationship before a plain link, then the furthest along, then the newest."""
    return min(edges, key=lambda e: (e["rel"] is None, -strength.get(e["status"], -1),
                                     invert(e.get("as_of") or ""), e["rel"] or e["type"]))


def invert(text: str) -> tuple:
    return tuple(-ord(c) for c in text)


def path_key(path, agents: set[str], strength: dict[str, int]) -> tuple:
    """Paths through relationships before plain links, through actors before things
    (a topic, a country), stronger first; then by the nodes' IRIs, so reruns agree."""
    links = sum(edge["rel"] is None for _, _, edge in path)
    things = sum(v not in agents for _, v, _ in path[:-1])
    total = sum(strength.get(edge["status"], 0) for _, _, edge in path)
    return (links, things, -total, [u for u, _, _ in path] + [path[-1][1]])


class HopDetails:
    """Labels and evidence of the relationships on the paths, each read once."""

    def __init__(self, store):
        from graph.answers.citations import SourceBook

        self.store = store
        self.book = SourceBook(store)
        self.cache: dict[str, tuple[str, list[dict]]] = {}

    def hop(self, nodes: NodeInfo, u: str, v: str, edge: dict) -> dict:
        label, evidence = self.relationship(edge["rel"]) if edge["rel"] else (edge["type_label"], [])
        return {
            "from": nodes.label(u), "to": nodes.label(v),
            "relationship": edge["rel"] or edge.get("property"), "label": label,
            "type": edge["type"], "type_label": edge["type_label"], "status": edge["status"],
            "date": edge["date"], "reported_by": edge["reported_by"], "sources": edge["sources"],
            "evidence": evidence, "from_iri": u, "to_iri": v,
        }

    def relationship(self, rel: str) -> tuple[str, list[dict]]:
        if rel not in self.cache:
            rows = run(self.store, "relationship-evidence", {"rel": ox.NamedNode(rel)})
            spans = sorted({(r["source"].value, int(r["start"].value), int(r["end"].value)) for r in rows})
            evidence = [{"source": s, "start": start, "end": end} for s, start, end in spans]
            self.cache[rel] = (entity_card(self.store, rel).label, evidence)
        return self.cache[rel]

    def cite(self, span: dict) -> str:
        return f"{self.book.cite(span['source'])} [{span['start']}-{span['end']}]"


def path_rows(store, result: dict, *, blank_repeats: bool = False) -> list[dict]:
    """One row per hop for table/CSV output."""
    details = HopDetails(store)
    rows = []
    for number, path in enumerate(result["paths"], 1):
        for index, hop in enumerate(path):
            kind = hop["type_label"]
            what = f"{kind}: {hop['label']}" if hop["label"] != kind else kind
            status = hop["status"] or ""
            if hop["reported_by"]:
                status += f" (reported by {hop['reported_by']})"
            rows.append({
                "path": "" if blank_repeats and index else number, "from": hop["from"],
                "relationship": what, "to": hop["to"], "status": status, "date": hop["date"],
                "evidence": [details.cite(span) for span in hop["evidence"]],
            })
    return rows


PATH_COLUMNS = ["path", "from", "relationship", "to", "status", "date", "evidence"]
