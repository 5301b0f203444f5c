"""The page's data: nodes and edges ready for vis-network's DataSets, the legend, the
evidence by relationship, and vis's options.

Edges carry their facts only (absent ones left out): on a large page edges are most of the
bytes, so colour, dashes and tooltip are derived in the page's script from these and the
legend.
"""

from __future__ import annotations

import math

from graph.viz.context import DEFAULT_SHAPE, Context

NO_STATUS = "no status"
PALETTE = [
    "#4e79a7", "#f28e2b", "#e15759", "#59a14f", "#b07aa1", "#edc948", "#76b7b2", "#ff9da7",
    "#9c755f", "#1f77b4", "#8c564b", "#17becf", "#bcbd22", "#d62728", "#2ca02c", "#9467bd",
    "#ff7f0e", "#e377c2", "#7f7f7f", "#aec7e8",
]
EDGE_PALETTE = [
    "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf",
    "#bcbd22", "#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#e15759", "#76b7b2", "#edc948",
]
LINK_COLOR = "#a0a7b0"  # structural links (part of, located in) are not relationships: grey
DASHES = {"tentative": [8, 6], "cancelled": [2, 5], "plain": False}


def page_data(nodes: list, edges: list, context: Context, *, large: bool, positions: dict | None = None) -> dict:
    """Nodes and edges ready for vis DataSets, the legend, and the evidence by relationship."""
    counts = tally(nodes, edges)
    class_colors = palette_for(counts["kinds"], PALETTE)
    edge_colors = palette_for(counts["types"], EDGE_PALETTE)
    positions = layout([node for node, _ in nodes], edges) if positions is None else positions
    records = edge_records(edges, curve=not large)  # a large page bundles parallel links instead
    rels = {e["rel"] for e in records if "rel" in e}
    return {
        "nodes": node_records(nodes, counts["degrees"], context, class_colors, positions), "edges": records,
        "relationships": {iri: page_sources(r) for iri, r in sorted(context.relationships.items()) if iri in rels},
        "legend": legend(counts, context, class_colors, edge_colors),
        "options": vis_options(large, len(nodes) + len(edges)),
    }


def tally(nodes: list, edges: list) -> dict:
    """Counts for the legend and the node sizes, in one walk over the edges: node kinds,
    relationship types, link types, statuses, and links at each node (a link from a node to
    itself counts twice there, as networkx counts it)."""
    from collections import Counter

    types, links, statuses, degrees = Counter(), Counter(), Counter(), Counter()
    for a, b, data in edges:
        if data.get("rel"):
            types[data["type_label"]] += 1
        else:
            links[data.get("type_label")] += 1
        statuses[data.get("status") or NO_STATUS] += 1
        degrees[a] += 1
        degrees[b] += 1
    kinds = Counter(data.get("kind") or "thing" for _, data in nodes)
    return {"kinds": kinds, "types": types, "links": links, "statuses": statuses, "degrees": degrees}


def page_sources(rel: dict) -> dict:
    """A relationship's sources as the panel shows them (the sha256 only served to find texts)."""
    sources = [{k: v for k, v in s.items() if k != "sha256"} for s in rel["sources"]]
    return {"label": rel["label"], "sources": sources}


def palette_for(counts: dict[str, int], palette: list[str]) -> dict[str, str]:
    """A colour per name counted, the most frequent first (colours repeat past the palette)."""
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return {name: palette[i % len(palette)] for i, (name, _) in enumerate(ranked)}


def layout(nodes: list, edges: list) -> dict:
    """Positions of node ids linked by edges (a, b, ...)."""
    from graph.viz.layout import positions_of

    return positions_of(nodes, [edge[:2] for edge in edges]) if nodes else {}


MIN_SIZE, MAX_SIZE = 8, 30  # node radius: the most connected node gets MAX_SIZE


def node_records(nodes: list, degrees: dict, context: Context, colors: dict[str, str], positions: dict) -> list[dict]:
    records = []
    most = max(degrees.values(), default=1) or 1
    for node, data in nodes:
        kind = data.get("kind") or "thing"
        degree = degrees.get(node, 0)
        x, y = positions.get(node, (0.0, 0.0))
        records.append({
            "id": node, "label": data.get("label") or node, "kind": kind,
            "classes": list(data.get("classes") or [kind]), "aliases": context.aliases.get(node, []),
            "shape": context.shapes.get(kind, DEFAULT_SHAPE), "color": colors[kind],
            "size": round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * math.sqrt(degree / most), 1), "degree": degree,
            "x": round(x), "y": round(y),  # vis keeps whole units anyway
        })
    return records


EDGE_FACTS = ("type", "rel", "role", "status", "date", "as_of", "reported_by")


def edge_records(links, curve: bool = True) -> list[dict]:
    """The facts of each edge (a, b, data), absent ones left out: on large pages edges are most
    of the bytes, so colour, dashes and tooltip are derived in the page from these and the legend.
    With `curve`, parallel edges are bent apart (see `curve_parallel`)."""
    records = []
    for a, b, data in links:
        record = {"from": a, "to": b, "type_label": data.get("type_label") or data.get("type") or "link"}
        for key in EDGE_FACTS:
            fact = data.get(key)
            if fact:
                record[key] = fact
        records.append(record)
    if curve:
        curve_parallel(records)
    return records


def status_style(status: str | None, context: Context) -> str:
    """How the legend draws a status: 'tentative' (dashed), 'cancelled' (dotted) or 'plain'.
    A link only reported by a third party is dashed too, but the page's script decides that
    per link (edgeStyle in templates/page.js), as the legend has no link to ask."""
    known = context.statuses.get(status or "")
    if known is not None and known.called_off:
        return "cancelled"
    if known is not None and known.tentative:
        return "tentative"
    return "plain"


def curve_parallel(records: list[dict]) -> None:
    """Bend the second and later edges between the same two nodes so each stays visible."""
    seen: dict[tuple, int] = {}
    for record in records:
        a, b = record["from"], record["to"]
        pair = (a, b) if a < b else (b, a)
        rank = seen.get(pair, 0)
        seen[pair] = rank + 1
        if rank:
            record["smooth"] = {"enabled": True, "type": "curvedCW" if rank % 2 else "curvedCCW",
                                "roundness": round(0.15 * ((rank + 1) // 2), 2)}


def legend(counts: dict, context: Context, class_colors: dict, edge_colors: dict) -> dict:
    """Classes (colour, shape, count), link types (colour, count) and statuses (count, style),
    from the counts of `tally`."""
    kinds, types, links, found = counts["kinds"], counts["types"], counts["links"], counts["statuses"]
    order = [s for s in context.statuses if s in found] + sorted(s for s in found if s not in context.statuses)
    return {
        "classes": [{"name": k, "color": class_colors[k], "shape": context.shapes.get(k, DEFAULT_SHAPE),
                     "count": n} for k, n in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))],
        "types": [{"name": t, "color": edge_colors[t], "count": n}
                  for t, n in sorted(types.items(), key=lambda kv: (-kv[1], kv[0]))],
        "links": [{"name": t, "color": LINK_COLOR, "count": n} for t, n in sorted(links.items())],
        "link_color": LINK_COLOR, "dashes": DASHES,
        "statuses": [{"name": s, "count": found[s], "style": status_style(s, context)}
                     for s in order],
    }


def vis_options(large: bool, size: int = 0) -> dict:
    """vis-network options: physics for small graphs, fixed positions and speed for large ones.

    Physics starts from the Python layout, so a few dozen rounds settle it; the budget of
    rounds shrinks with size to keep the first draw within about two seconds.
    """
    rounds = max(30, min(400, 100_000 // max(size, 1)))
    return {
        "autoResize": True,
        "layout": {"improvedLayout": False},
        # No labels here: the page's script places them, by importance and zoom, none over another.
        "nodes": {"borderWidth": 1},
        "edges": {"smooth": {"enabled": not large, "type": "continuous"},
                  "selectionWidth": 2, "hoverWidth": 1},
        "interaction": {"hover": True, "tooltipDelay": 150, "navigationButtons": False,
                        "hideEdgesOnDrag": large, "hideEdgesOnZoom": large, "keyboard": False},
        # forceAtlas2 spreads a hub's many neighbours better than barnesHut (compared by eye).
        "physics": {"enabled": not large, "solver": "forceAtlas2Based",
                    "forceAtlas2Based": {"gravitationalConstant": -120, "springLength": 120,
                                         "centralGravity": 0.02, "avoidOverlap": 0.5},
                    "stabilization": {"enabled": True, "iterations": rounds, "fit": True}},
    }


def counts_note(nodes: int, edges: int, total_nodes: int | None = None, total_edges: int | None = None) -> str:
    """'showing 500 of 12,345 nodes and 800 of 30,000 links'.

    >>> counts_note(2, 1)
    'showing all 2 nodes and 1 links'
    """
    total_nodes = nodes if total_nodes is None else total_nodes
    total_edges = edges if total_edges is None else total_edges
    if (nodes, edges) == (total_nodes, total_edges):
        return f"showing all {nodes:,} nodes and {edges:,} links"
    return f"showing {nodes:,} of {total_nodes:,} nodes and {edges:,} of {total_edges:,} links"
