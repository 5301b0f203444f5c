"""The most central entities of the graph projection: degree, betweenness or PageRank.

Measures are computed on the projection as a simple graph (two entities linked by several
relationships count once). Degree and PageRank are exact; betweenness is exact up to
EXACT_BETWEENNESS_NODES nodes and estimated from a fixed sample of BETWEENNESS_SAMPLE source
nodes above that (the same sample every run).
"""

from __future__ import annotations

from .errors import KgError
from .namespaces import DG

MEASURES = ("degree", "betweenness", "pagerank")
EXACT_BETWEENNESS_NODES = 2000
BETWEENNESS_SAMPLE = 500


def centrality(store, by: str = "degree", type: str | None = "agent", limit: int | None = 10) -> dict:
    """{"measure", "exact", "sample", "nodes", "ranking": [{"rank", "entity", "iri", "classes", "score"}]}.

    `type` keeps entities of a class (name or label, subclasses included); "all" keeps every
    entity; the measure is always computed on the whole projection.
    """
    from .network import build_graph

    if by not in MEASURES:
        raise KgError(f"unknown measure {by!r}; use one of: {', '.join(MEASURES)}")
    wanted = kept_classes(store, type)
    graph = simple(build_graph(store))
    scores, sample = measure(graph, by)
    ranked = [n for n in graph if wanted is None or wanted & set(graph.nodes[n]["class_iris"])]
    ranked.sort(key=lambda n: (-scores[n], graph.nodes[n]["label"].casefold(), n))
    ranking = [{"rank": i, "entity": graph.nodes[n]["label"], "iri": n,
                "classes": graph.nodes[n]["classes"], "score": round(scores[n], 6)}
               for i, n in enumerate(ranked[:limit] if limit else ranked, 1)]
    return {"measure": by, "exact": sample is None, "sample": sample,
            "nodes": graph.number_of_nodes(), "ranking": ranking}


def kept_classes(store, type: str | None) -> set[str] | None:
    """The class IRIs an entity may have to be listed, or None for every entity."""
    from .vocabulary import class_tree

    if not type or type.strip().lower() in ("all", "any", "*"):
        return None
    chosen = find_class(store, type)
    return {iri for iri, c in class_tree(store).items() if chosen.iri in c.ancestors}


def find_class(store, type: str):
    """Any dealgraph class below an entity top class (agent, initiative, place...)."""
    from .vocabulary import BadValue, class_tree, resolve_class

    tops = (DG.Agent, DG.Initiative, DG.Facility, DG.Product, DG.Event, DG.Place, DG.Topic)
    for top in tops:
        try:
            return resolve_class(store, type, under=top, what="class")
        except BadValue:
            continue
    names = sorted(c.label for c in class_tree(store).values() if set(tops) & c.ancestors)
    raise BadValue(f"unknown class {type!r}; use all or one of: {', '.join(names)}")


def simple(graph):
    """The projection with parallel edges merged (networkx measures want a simple graph)."""
    import networkx as nx

    merged = nx.Graph()
    merged.add_nodes_from(graph.nodes(data=True))
    merged.add_edges_from(graph.edges())
    return merged


def measure(graph, by: str) -> tuple[dict, int | None]:
    """Scores by node, and the betweenness sample size (None when exact)."""
    import networkx as nx

    if by == "degree":
        return dict(graph.degree()), None
    if by == "pagerank":
        return nx.pagerank(graph), None
    if graph.number_of_nodes() <= EXACT_BETWEENNESS_NODES:
        return nx.betweenness_centrality(graph), None
    sample = min(BETWEENNESS_SAMPLE, graph.number_of_nodes())
    return nx.betweenness_centrality(graph, k=sample, seed=0), sample
