"""The most central entities of the graph projection: degree, betweenness or PageRank.

Measures are computed on the projection as a simple graph (two entities linked by several
relationships count once). Degree and PageRank are exact; betweenness is exact up to
EXACT_BETWEENNESS_NODES nodes and estimated above that from a fixed sample of source nodes
(the same every run): as many as BETWEENNESS_WORK / edges, between BETWEENNESS_MIN and
BETWEENNESS_SAMPLE, since each sampled node costs one walk over every edge.
"""

from __future__ import annotations

from graph.model.errors import KgError
from graph.model.namespaces import DG

MEASURES = ("degree", "betweenness", "pagerank")
EXACT_BETWEENNESS_NODES = 2000
BETWEENNESS_SAMPLE = 500
BETWEENNESS_MIN = 50
BETWEENNESS_WORK = 5_000_000


def centrality(store, by: str = "degree", type: str | None = "agent", limit: int | None = 10,
               with_sources: bool = False) -> dict:
    """{"measure", "exact", "sample", "nodes", "ranking": [{"rank", "entity", "iri", "classes", "score"}]}.

    `type` keeps entities of a class (name or label, subclasses included); "all" keeps every
    entity; the measure is always computed on the whole projection (its bare topology, read
    without details), and labels and classes are read only for the entities listed. The
    projection is the business network: positions that only their own author's articles state
    (bylines) are left out, and the authors and outlets only they link, unless `with_sources`.
    """
    from graph.answers.network import adjacency, without_bylines
    from graph.query.rows import no_cycle_collection
    from graph.answers.resolve import entity_card
    from graph.answers.vocabulary import class_tree

    if by not in MEASURES:
        raise KgError(f"unknown measure {by!r}; use one of: {', '.join(MEASURES)}")
    wanted = kept_classes(store, type)
    with no_cycle_collection():
        neighbours = adjacency(store)
    if not with_sources:
        neighbours = without_bylines(store, neighbours)
    scores, sample = measure(neighbours, by)
    tree = {c.name: c for c in class_tree(store).values()}
    ranking = []
    for iri in sorted(neighbours, key=lambda n: (-scores[n], n)):
        if limit and len(ranking) >= limit and scores[iri] < ranking[-1]["raw"]:
            break  # every entity tied with the last one listed has been read
        card = entity_card(store, iri)
        if wanted is None or wanted & {tree[n].iri for n in card.classes if n in tree}:
            ranking.append({"entity": card.label, "iri": iri, "raw": scores[iri],
                            "classes": [tree[n].label if n in tree else n for n in card.classes],
                            "score": round(scores[iri], 6)})
    ranking.sort(key=lambda r: (-r["raw"], r["entity"].casefold(), r["iri"]))
    ranking = [{"rank": i, **{k: v for k, v in r.items() if k != "raw"}}
               for i, r in enumerate(ranking[:limit] if limit else ranking, 1)]
    return {"measure": by, "exact": sample is None, "sample": sample,
            "nodes": len(neighbours), "ranking": ranking}


def kept_classes(store, type: str | None) -> set[str] | None:
    """The class IRIs an entity may have to be listed, or None for every entity."""
    from graph.answers.vocabulary import class_tree

    if not type or type.strip().lower() in ("all", "any", "*"):
        return None
    chosen = find_class(store, type)
    return {iri for iri, c in class_tree(store).items() if chosen.iri in c.ancestors}


def find_class(store, type: str):
    """Any dealgraph class below an entity top class (agent, initiative, place...)."""
    from graph.answers.vocabulary import BadValue, class_tree, resolve_class

    tops = (DG.Agent, DG.Initiative, DG.Facility, DG.Product, DG.Event, DG.Place, DG.Topic)
    for top in tops:
        try:
            return resolve_class(store, type, under=top, what="class")
        except BadValue:
            continue
    names = sorted(c.label for c in class_tree(store).values() if set(tops) & c.ancestors)
    raise BadValue(f"unknown class {type!r}; use all or one of: {', '.join(names)}")


def measure(neighbours: dict[str, set[str]], by: str) -> tuple[dict, int | None]:
    """Scores by node of an adjacency, and the betweenness sample size (None when exact)."""
    if by == "degree":  # distinct neighbours: no graph object needed
        return {node: len(near) for node, near in neighbours.items()}, None
    import networkx as nx

    from graph.answers.network import simple_graph

    graph = simple_graph(neighbours)
    if by == "pagerank":
        return nx.pagerank(graph), None
    if graph.number_of_nodes() <= EXACT_BETWEENNESS_NODES:
        return nx.betweenness_centrality(graph), None
    by_work = BETWEENNESS_WORK // max(graph.number_of_edges(), 1)
    sample = min(max(BETWEENNESS_MIN, min(BETWEENNESS_SAMPLE, by_work)), graph.number_of_nodes())
    return nx.betweenness_centrality(graph, k=sample, seed=0), sample
