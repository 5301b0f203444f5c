"""The interactive graph page: one self-contained HTML file drawn with vis-network.

The page works from file:// with no network: vis-network's script and styles (shipped inside
the pyvis package) are inlined, and a Content-Security-Policy forbids every fetch. The graph
travels as JSON in a <script type="application/json"> block with <, > and & escaped, and the
page's script writes every string from the graph with textContent, so a label is only text.

pyvis itself is not called: its from_nx/add_edge are quadratic and its template links
Bootstrap from a CDN; the page data is built here and rendered by graph/templates/page.html.

>>> import networkx as nx
>>> g = nx.MultiGraph()
>>> g.add_node("a", label="<b>A</b>", classes=["company"], kind="company")
>>> g.add_node("b", label="B", classes=["person"], kind="person")
>>> g.add_edge("a", "b", key="r", rel="r", type="Position", type_label="position", status="planned")
'r'
>>> html = render_page(g)
>>> "<b>A</b>" in html, "\\\\u003cb\\\\u003eA\\\\u003c/b\\\\u003e" in html
(False, True)
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from graph.answers.network import NodeInfo
from graph.answers.vocabulary import bundled_statuses, claim_statuses
from graph.model.errors import KgError, UnknownClass
from graph.model.namespaces import DG

PHYSICS_LIMIT = 1000  # above this many nodes, positions come from Python and physics is off
DEFAULT_DEPTH = 2
VIS_DIR = "templates/lib/vis-9.1.2"  # inside the installed pyvis package

# Broad kinds get a shape; classes get a colour. The first matching ancestor decides the shape.
CATEGORY_SHAPES = {
    DG.Person: "diamond", DG.Organization: "dot", DG.Place: "triangle", DG.Facility: "square",
    DG.Product: "hexagon", DG.Initiative: "star", DG.Event: "triangleDown",
}
DEFAULT_SHAPE = "dot"
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


@dataclass
class Context:
    """What the page shows beyond the networkx projection; every part may be empty.

    aliases: entity IRI -> aliases. relationships: relationship IRI -> {"label", "sources"}.
    classes: class label -> set of keys of it and its superclasses (see `class_key`).
    shapes: class label -> shape. statuses: status label -> Status, in the scheme's order
    (the bundled ontology's when the page is drawn without a store).
    """

    aliases: dict[str, list[str]] = field(default_factory=dict)
    relationships: dict[str, dict] = field(default_factory=dict)
    classes: dict[str, set[str]] = field(default_factory=dict)
    shapes: dict[str, str] = field(default_factory=dict)
    statuses: dict = field(default_factory=lambda: by_label(bundled_statuses()))


@dataclass
class Page:
    """A rendered page and how much of the graph it shows."""

    html: str
    nodes: int
    edges: int
    total_nodes: int
    total_edges: int


# ---------------------------------------------------------------- entry points


def page_html(store, **options) -> str:
    """The page for a store as a string (options as for `build_page`)."""
    return build_page(store, **options).html


def write_page(store, path: str | Path, **options) -> Page:
    """Write the page to `path` and say what it shows."""
    from graph.model.files import write_whole

    page = build_page(store, **options)

    def write(out) -> None:
        for at in range(0, len(page.html), 1 << 20):  # in pieces: no second copy of a large page
            out.write(page.html[at:at + (1 << 20)].encode("utf-8"))

    write_whole(path, write, "the page")
    return page


def build_page(store, *, focus: str | None = None, depth: int = DEFAULT_DEPTH,
               types: list[str] | tuple[str, ...] = (), max_nodes: int | None = None,
               physics_limit: int = PHYSICS_LIMIT, texts: str | Path | None = None) -> Page:
    """Choose the part of the projection asked for, read its details, and render it.

    focus: a name or IRI whose neighbourhood within `depth` steps is shown. types: class names
    (labels or local names, superclasses included) whose nodes are kept. max_nodes: keep only
    that many nodes, the most connected first. texts: a folder of article texts; evidence
    from a source whose sha256 matches a file there is quoted in the page.

    The nodes are chosen on the projection's skeleton (every edge, no details); labels,
    classes, aliases, relationship facts, sources and evidence are then read for the nodes
    and relationships shown only, so a page of a few thousand nodes from a store of millions
    of triples reads a part of it.
    """
    from graph.query.rows import no_cycle_collection

    with no_cycle_collection():
        return page_of(store, focus=focus, depth=depth, types=types, max_nodes=max_nodes,
                       physics_limit=physics_limit, texts=texts)


def page_of(store, *, focus, depth, types, max_nodes, physics_limit, texts) -> Page:
    """`build_page`'s work: choose on the skeleton, read the details, render."""
    from graph.answers.network import skeleton

    whole = skeleton(store)
    context = store_context(store)
    selection = select(whole, store, context, focus=focus, depth=depth, types=types, max_nodes=max_nodes)
    total_nodes, total_edges = len(whole.nodes), len(whole.edges)
    nodes, links, positions = read_shown(store, whole, selection, context)
    del whole  # done with: its memory serves the page
    if texts is not None:
        add_quotes(context.relationships, texts)
    note = counts_note(len(nodes), len(links), total_nodes, total_edges)
    if selection.scope:
        note += " (" + "; ".join(selection.scope) + ")"
    html = render_parts(nodes, links, context, note=note, focus=selection.focus,
                        physics_limit=physics_limit, title=selection.title, positions=positions)
    return Page(html, len(nodes), len(links), total_nodes, total_edges)


def read_shown(store, whole, selection: Selection, context: Context) -> tuple[list, list, dict]:
    """The chosen nodes and the edges between them with their details, and their positions;
    the aliases and the relationships' sources go into `context`. The store answers two
    queries at once, or one while numpy lays the nodes out."""
    from concurrent.futures import ThreadPoolExecutor

    from graph.answers.network import relationship_facts, relationship_types, shown_parts

    edges = whole.among(selection.nodes)
    shown = {rel for _, (rel, _) in edges if rel is not None}
    readable = whole.readable(shown)  # None: every relationship's, then those shown are kept
    with ThreadPoolExecutor(2) as pool:
        facts = pool.submit(relationship_facts, store, readable)
        kinds = pool.submit(relationship_types, store, readable)
        spans = pool.submit(evidence, store, readable)
        positions = pool.submit(layout, sorted(selection.nodes), [key for key, _ in edges])
        context.aliases = aliases(store, selection.nodes)
        facts = {rel: found for rel, found in facts.result().items() if rel in shown}
        kinds, spans = kinds.result(), [row for row in spans.result() if row["rel"] in shown]
        nodes, links = shown_parts(whole, selection.nodes, selection.info, edges, kinds, facts)
        context.relationships = relationship_sources(store, shown, facts=facts, spans=spans)
        return nodes, links, positions.result()


def render_page(graph, context: Context | None = None, *, note: str = "", focus: str | None = None,
                physics_limit: int = PHYSICS_LIMIT, title: str = "dealgraph") -> str:
    """The HTML page for a networkx MultiGraph shaped like `network.build_graph`'s."""
    return render_parts(list(graph.nodes(data=True)), list(graph.edges(data=True)), context, note=note,
                        focus=focus, physics_limit=physics_limit, title=title)


def render_parts(nodes: list, edges: list, context: Context | None = None, *, note: str = "",
                 focus: str | None = None, physics_limit: int = PHYSICS_LIMIT, title: str = "dealgraph",
                 positions: dict | None = None) -> str:
    """The HTML page for nodes [(id, data)] and edges [(a, b, data)], their data shaped like
    `network.build_graph`'s node and edge attributes (a large page is built from these lists
    directly: a MultiGraph of a hundred thousand links costs seconds to fill and to walk).
    `positions` are `layout(nodes, edges)`, when the caller has them."""
    context = context or Context()
    # Physics costs per node and per link: a dense graph is "large" with fewer nodes.
    large = len(nodes) > physics_limit or len(edges) > 4 * physics_limit
    data = page_data(nodes, edges, context, large=large, positions=positions)
    data["meta"] = {"title": title, "note": note or counts_note(len(nodes), len(edges)), "focus": focus,
                    "physics": not large, "edge_labels": not large, "bundle": large}
    return fill_template(title, data)


# ---------------------------------------------------------------- reading the store


def store_context(store) -> Context:
    """The class tree and statuses, each in one query (aliases and sources come once the
    page's nodes and relationships are known: see `aliases`, `relationship_sources`)."""
    classes, shapes = class_keys(store)
    return Context(classes=classes, shapes=shapes, statuses=by_label(claim_statuses(store)))


def aliases(store, entities: set[str] | None = None) -> dict[str, list[str]]:
    """Entity IRI -> its aliases, sorted; for the `entities` only, when given."""
    from graph.query.rows import read_rows

    found: dict[str, list[str]] = {}
    for row in read_rows(store, "viz-aliases", over=("entity", entities)):
        names = found.setdefault(row["entity"], [])
        if row["alias"] not in names:
            names.append(row["alias"])
    return {iri: sorted(names) for iri, names in found.items()}


def relationship_sources(store, wanted: set[str] | None = None, *, facts: dict | None = None,
                         spans: list[dict] | None = None) -> dict[str, dict]:
    """Relationship IRI -> its label and sources, each source with its evidence spans.

    Only the relationships in `wanted`, when given: a page of 500 nodes from a large store
    needs a small part of them. What the page shows of a source is read once per source.
    `facts` (network.relationship_facts) and `spans` (`evidence`) of the same relationships
    are used when the caller has read them.
    """
    from concurrent.futures import ThreadPoolExecutor

    from graph.query.rows import read_rows

    with ThreadPoolExecutor(1) as pool:  # the store answers both at once
        found = pool.submit(evidence, store, wanted) if spans is None else None
        if facts is None:
            facts = sourced(read_rows(store, "viz-sources", over=("rel", wanted)))
        spans = found.result() if found else spans
    known = source_details(store, {iri for f in facts.values() for iri in f["sources"]})
    order = {iri: (entry["published"] or "", iri) for iri, entry in known.items()}
    rels: dict[str, dict] = {}
    for iri, found in facts.items():
        if found["sources"]:  # oldest source first
            listed = sorted(found["sources"], key=lambda source: order.get(source, ("", source)))
            rels[iri] = {"label": found["label"], "sources": {
                source: {**(known.get(source) or unknown_source(source)), "spans": []} for source in listed}}
    for row in spans:
        rel = rels.setdefault(row["rel"], {"label": None, "sources": {}})
        source = row["source"] or ""
        entry = rel["sources"].get(source) or rel["sources"].setdefault(source, unknown_source(source))
        span = [int(row["start"]), int(row["end"])]
        if span not in entry["spans"]:
            entry["spans"].append(span)
    return {iri: {"label": r["label"], "sources": list(r["sources"].values())} for iri, r in rels.items()}


def sourced(rows: list[dict]) -> dict[str, dict]:
    """viz-sources rows as relationship IRI -> {"label", "sources"} (each source once)."""
    found: dict[str, dict] = {}
    for row in rows:
        entry = found.setdefault(row["rel"], {"label": row["relLabel"], "sources": []})
        if row["source"] not in entry["sources"]:
            entry["sources"].append(row["source"])
    return found


def evidence(store, wanted: set[str] | None = None) -> list[dict]:
    """Evidence rows (rel, source, start, end) of some relationships (every one's when
    `wanted` is None), by relationship and offsets."""
    from graph.query.rows import read_rows

    found = read_rows(store, "viz-evidence", over=("rel", wanted), every="viz-evidence-all")
    return sorted(found, key=lambda row: (row["rel"], int(row["start"]), int(row["end"])))


def source_details(store, sources: set[str]) -> dict[str, dict]:
    """Source IRI -> what the page shows of it (the first value of each, as read)."""
    from graph.query.rows import read_rows

    readable = None if any(s.startswith("_:") for s in sources) else sources
    found: dict[str, dict] = {}
    for row in read_rows(store, "viz-source-details", over=("source", readable)):
        found.setdefault(row["source"], {
            "iri": row["source"], "outlet": row["outlet"] or row["sourceLabel"],
            "published": row["published"], "url": row["url"], "headline": row["headline"],
            "sha256": row["sha256"], "spans": [],
        })
    return found


def unknown_source(iri: str) -> dict:
    return {"iri": iri, "outlet": None, "published": None, "url": None, "headline": None,
            "sha256": None, "spans": []}


def add_quotes(relationships: dict[str, dict], folder: str | Path) -> int:
    """Quote each evidence span from a local copy of its source's text; returns how many.

    A file counts as a source's text when the sha256 of its bytes is the source's dg:sha256;
    offsets are code points into it read as UTF-8 (as scripts/locate.py counts them).
    """
    by_hash = texts_by_sha256(Path(folder))
    quoted = 0
    for rel in relationships.values():
        for source in rel["sources"]:
            text = by_hash.get(source.get("sha256") or "")
            if text is not None and source["spans"]:
                source["quotes"] = [text[start:end] for start, end in source["spans"]]
                quoted += len(source["spans"])
    return quoted


def texts_by_sha256(folder: Path, limit: int = 50_000_000) -> dict[str, str]:
    """The UTF-8 files of a folder (not below it), by the sha256 of their bytes."""
    if not folder.is_dir():
        raise KgError(f"no folder {folder} to read article texts from")
    found: dict[str, str] = {}
    for path in sorted(folder.iterdir()):
        if not path.is_file() or path.stat().st_size > limit:
            continue
        data = path.read_bytes()
        try:
            found[hashlib.sha256(data).hexdigest()] = data.decode("utf-8")
        except UnicodeDecodeError:
            continue
    return found


def class_keys(store) -> tuple[dict[str, set[str]], dict[str, str]]:
    """Class label (and local name) -> keys of it and its superclasses, by their local names
    and labels; class label -> shape. --types may so name a standard's class too."""
    from graph.answers.resolve import local_name
    from graph.answers.vocabulary import class_tree

    tree = class_tree(store)
    keys: dict[str, set[str]] = {}
    supers: dict[str, set[str]] = {}
    for info in tree.values():
        names = {local_name(s) for s in info.supers} | {tree[s].label for s in info.supers if s in tree}
        for name in (info.label, info.name):
            keys.setdefault(name, set()).update(class_key(n) for n in names if n)
            supers.setdefault(name, set()).update(info.supers)
    shapes = {name: next((s for c, s in CATEGORY_SHAPES.items() if c in ancestors), DEFAULT_SHAPE)
              for name, ancestors in supers.items()}
    return keys, shapes


def by_label(statuses) -> dict:
    return {s.label: s for s in statuses}


def class_key(name: str) -> str:
    """A class name to compare: 'News outlet', 'NewsOutlet' and 'news_outlet' agree.

    >>> class_key("Data centre") == class_key("data-centre")
    True
    """
    return re.sub(r"[^0-9a-z]", "", name.casefold())


# ---------------------------------------------------------------- choosing what to show


@dataclass
class Selection:
    """The nodes to show, what is known of them so far, and what the page says of the choice."""

    nodes: set[str]
    info: NodeInfo
    scope: list[str]
    focus: str | None
    title: str


def select(whole, store, context: Context, *, focus=None, depth=DEFAULT_DEPTH, types=(),
           max_nodes=None) -> Selection:
    """The nodes of the projection's skeleton the options ask for, and the words saying what
    was left out; labels and classes are read for the nodes shown, and for those a choice
    depends on (classes for --types, labels for the ties at the --max-nodes cut)."""
    nodes, info = whole.nodes, NodeInfo(store)
    focus_iri, title, scope = None, "dealgraph", []
    if focus is not None:
        focus_iri, label = focus_node(whole, nodes, store, info, focus)
        nodes = within(whole, focus_iri, depth)
        title = f"dealgraph: {label}"
        scope.append(f"within {depth} step{'s' if depth != 1 else ''} of {label}")
    if types:
        nodes = keep_types(nodes, info.read(nodes), context, types, focus_iri)
        scope.append("of class " + ", ".join(types))
    if max_nodes is not None and len(nodes) > max_nodes:
        nodes = most_connected(whole, nodes, info, max_nodes, focus_iri)
        scope.append(f"the {max_nodes:,} most connected")
    info.read(nodes)
    return Selection(nodes, info, scope, focus_iri, title)


def focus_node(whole, nodes: set[str], store, info: NodeInfo, name: str) -> tuple[str, str]:
    """The focus entity's IRI and label; one with no relationships is shown alone."""
    from graph.answers.resolve import resolve

    entity = resolve(store, name)
    if entity.iri in nodes:
        info.read({entity.iri})
    else:
        info.asked.add(entity.iri)
        info[entity.iri] = {"label": entity.label, "classes": list(entity.classes), "class_iris": []}
    return entity.iri, info.label(entity.iri)


def within(whole, centre: str, depth: int) -> set[str]:
    """The nodes within `depth` steps of `centre` (itself included)."""
    near = whole.neighbours()
    seen, frontier = {centre}, {centre}
    for _ in range(depth):
        frontier = {n for node in frontier for n in near.get(node, ())} - seen
        seen |= frontier
    return seen


def keep_types(nodes: set[str], info: NodeInfo, context: Context, types, keep: str | None) -> set[str]:
    """The nodes whose class, or one of its superclasses, is named in `types`."""
    wanted = {class_key(t) for t in types}
    known = set().union(*context.classes.values()) if context.classes else set()
    present = {c for n in nodes for c in info.classes(n)}
    known |= {class_key(c) for c in present}
    for name in types:
        if class_key(name) not in known:
            raise UnknownClass(name, class_suggestions(name, context, present))

    def matches(classes) -> bool:
        return any(wanted & context.classes.get(c, {class_key(c)}) for c in classes)

    return {n for n in nodes if n == keep or matches(info.classes(n))}


def class_suggestions(name: str, context: Context, present: set[str]) -> list[str]:
    """Class labels near a name that matched none (labels, not local names, read better)."""
    import difflib

    labels = {c for c in context.classes if " " in c or c.islower()} | present
    by_key = {class_key(c): c for c in sorted(labels)}
    close = difflib.get_close_matches(class_key(name), list(by_key), n=3, cutoff=0.6)
    return [by_key[k] for k in close]


def most_connected(whole, nodes: set[str], info: NodeInfo, limit: int, keep: str | None) -> set[str]:
    """The `limit` nodes with the most links among `nodes` (the focus always stays); ties at
    the cut go by label, so labels are read for those only."""
    degree = whole.degrees(nodes)

    def rank(node: str) -> tuple[bool, int]:
        return node != keep, -degree.get(node, 0)

    ordered = sorted(nodes, key=rank)
    cut = rank(ordered[limit - 1])
    tied = [n for n in ordered if rank(n) == cut]
    info.read(tied)
    ties = {n: info.label(n) for n in tied}
    ordered.sort(key=lambda n: (*rank(n), ties.get(n, ""), n))
    return set(ordered[:limit])


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


# ---------------------------------------------------------------- the page's data


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
        "relationships": {iri: page_sources(r) for iri, r in context.relationships.items() if iri in rels},
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


def status_style(status: str | None, reported_by: str | None, context: Context) -> str:
    """'tentative' (dashed), 'cancelled' (dotted) or 'plain'."""
    known = context.statuses.get(status or "")
    if known is not None and known.called_off:
        return "cancelled"
    if known is not None and known.tentative or reported_by:
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
        "statuses": [{"name": s, "count": found[s], "style": status_style(s, None, context)}
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
        # Labels appear once zoomed in enough to read them (later on large graphs).
        "nodes": {"font": {"size": 14, "face": "system-ui, sans-serif", "strokeWidth": 3,
                           "strokeColor": "#ffffff"}, "borderWidth": 1,
                  "scaling": {"label": {"drawThreshold": 10 if large else 5}}},
        "edges": {"font": {"size": 10, "color": "#444444", "strokeWidth": 3,
                           "strokeColor": "#ffffff", "align": "middle"},
                  "scaling": {"label": {"drawThreshold": 8 if large else 5}},
                  "smooth": {"enabled": not large, "type": "continuous"},
                  "selectionWidth": 2, "hoverWidth": 1},
        "interaction": {"hover": True, "tooltipDelay": 150, "navigationButtons": False,
                        "hideEdgesOnDrag": large, "hideEdgesOnZoom": large, "keyboard": False},
        # forceAtlas2 spreads a hub's many neighbours better than barnesHut (compared by eye).
        "physics": {"enabled": not large, "solver": "forceAtlas2Based",
                    "forceAtlas2Based": {"gravitationalConstant": -120, "springLength": 120,
                                         "centralGravity": 0.02, "avoidOverlap": 0.5},
                    "stabilization": {"enabled": True, "iterations": rounds, "fit": True}},
    }


# ---------------------------------------------------------------- the HTML


def fill_template(title: str, data: dict) -> str:
    """Inline vis-network, the page's script and style, and the data, into the template. The
    data (tens of megabytes on a large page) goes in after, so it is copied once."""
    import jinja2

    template = jinja2.Template(package_text("page.html"), autoescape=True)
    scripts = [safe_script(vis_asset("vis-network.min.js")), safe_script(package_text("page.js"))]
    html = template.render(
        title=title, data="", vis_css=safe_style(vis_asset("vis-network.css")),
        page_css=safe_style(package_text("page.css")), scripts=scripts,
        script_hashes=" ".join(f"'sha256-{sha256_b64(s)}'" for s in scripts),
    )
    at = html.index(DATA_BLOCK) + len(DATA_BLOCK)  # the first: the scripts come after it
    return "".join((html[:at], json_for_html(data), html[at:]))


DATA_BLOCK = '<script type="application/json" id="dealgraph-data">'


def json_for_html(data) -> str:
    """JSON that no string inside can end the script block it sits in.

    >>> json_for_html({"label": "</script><img src=x>&"})
    '{"label":"\\\\u003c/script\\\\u003e\\\\u003cimg src=x\\\\u003e\\\\u0026"}'
    """
    encoded = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return encoded.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def safe_script(code: str) -> str:
    return re.sub(r"</(script)", r"<\\/\1", code, flags=re.IGNORECASE)


def safe_style(css: str) -> str:
    return re.sub(r"</(style)", r"<\\/\1", css, flags=re.IGNORECASE)


def sha256_b64(code: str) -> str:
    return base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode("ascii")


def package_text(name: str) -> str:
    return (resources.files("graph.viz") / "templates" / name).read_text(encoding="utf-8")


def vis_asset(name: str) -> str:
    """vis-network's files from the installed pyvis package, found without importing pyvis."""
    from importlib.util import find_spec

    spec = find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise KgError("pyvis is not installed: it ships the vis-network script the page needs")
    return (Path(list(spec.submodule_search_locations)[0]) / VIS_DIR / name).read_text(encoding="utf-8")
