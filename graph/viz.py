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

from .errors import KgError, UnknownClass
from .namespaces import DG

PHYSICS_LIMIT = 1000  # above this many nodes, positions come from Python and physics is off
DEFAULT_DEPTH = 2
VIS_DIR = "templates/lib/vis-9.1.2"  # inside the installed pyvis package

# Broad kinds get a shape; classes get a colour. The first matching ancestor decides the shape.
CATEGORY_SHAPES = {
    DG.Person: "diamond", DG.Organization: "dot", DG.Place: "triangle", DG.Facility: "square",
    DG.Product: "hexagon", DG.Initiative: "star", DG.Event: "triangleDown",
}
DEFAULT_SHAPE = "dot"
TENTATIVE = {DG.considering, DG.inDiscussion, DG.planned}
CANCELLED = {DG.cancelled}
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
    shapes: class label -> shape. statuses: status label -> IRI, in the scheme's order.
    """

    aliases: dict[str, list[str]] = field(default_factory=dict)
    relationships: dict[str, dict] = field(default_factory=dict)
    classes: dict[str, set[str]] = field(default_factory=dict)
    shapes: dict[str, str] = field(default_factory=dict)
    statuses: dict[str, str] = field(default_factory=lambda: {
        "considering": DG.considering, "in discussion": DG.inDiscussion, "planned": DG.planned,
        "announced": DG.announced, "signed": DG.signed, "active": DG.active,
        "completed": DG.completed, "cancelled": DG.cancelled,
    })


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
    page = build_page(store, **options)
    try:
        Path(path).write_text(page.html, encoding="utf-8")
    except OSError as err:
        raise KgError(f"cannot write the page to {path}: {err.strerror or err}") from None
    return page


def build_page(store, *, focus: str | None = None, depth: int = DEFAULT_DEPTH,
               types: list[str] | tuple[str, ...] = (), max_nodes: int | None = None,
               physics_limit: int = PHYSICS_LIMIT, texts: str | Path | None = None) -> Page:
    """Project the store, keep the part asked for, and render it.

    focus: a name or IRI whose neighbourhood within `depth` steps is shown. types: class names
    (labels or local names, superclasses included) whose nodes are kept. max_nodes: keep only
    that many nodes, the most connected first. texts: a folder of article texts; evidence
    from a source whose sha256 matches a file there is quoted in the page.
    """
    from .network import build_graph

    graph = build_graph(store)
    context = store_context(store)
    selection = select(graph, store, context, focus=focus, depth=depth, types=types,
                       max_nodes=max_nodes)
    shown = {d["rel"] for *_, d in selection.graph.edges(data=True) if d.get("rel")}
    context.relationships = relationship_sources(store, shown)
    if texts is not None:
        add_quotes(context.relationships, texts)
    html = render_page(selection.graph, context, note=selection.note, focus=selection.focus,
                       physics_limit=physics_limit, title=selection.title)
    return Page(html, selection.graph.number_of_nodes(), selection.graph.number_of_edges(),
                graph.number_of_nodes(), graph.number_of_edges())


def render_page(graph, context: Context | None = None, *, note: str = "", focus: str | None = None,
                physics_limit: int = PHYSICS_LIMIT, title: str = "dealgraph") -> str:
    """The HTML page for a networkx MultiGraph shaped like `network.build_graph`'s."""
    context = context or Context()
    # Physics costs per node and per link: a dense graph is "large" with fewer nodes.
    large = graph.number_of_nodes() > physics_limit or graph.number_of_edges() > 4 * physics_limit
    data = page_data(graph, context, large=large)
    data["meta"] = {"title": title, "note": note or counts_note(graph), "focus": focus,
                    "physics": not large, "edge_labels": not large}
    return fill_template(title, data)


# ---------------------------------------------------------------- reading the store


def store_context(store) -> Context:
    """Aliases, class tree and statuses, each in one query (sources come once the page's
    relationships are known: see `relationship_sources`)."""
    classes, shapes = class_tree(store)
    return Context(aliases=aliases(store), classes=classes, shapes=shapes, statuses=statuses(store))


def aliases(store) -> dict[str, list[str]]:
    from .sparql import run_named

    found: dict[str, list[str]] = {}
    for row in run_named(store, "viz-aliases"):
        names = found.setdefault(row["entity"].value, [])
        if row["alias"].value not in names:
            names.append(row["alias"].value)
    return {iri: sorted(names) for iri, names in found.items()}


def relationship_sources(store, wanted: set[str] | None = None) -> dict[str, dict]:
    """Relationship IRI -> its label and sources, each source with its evidence spans.

    Only the relationships in `wanted`, when given: a page of 500 nodes from a large store
    needs a small part of the rows, and skipping the rest early is most of the time saved.
    """
    from .sparql import run_named

    rels: dict[str, dict] = {}
    for row in run_named(store, "viz-sources"):
        if wanted is not None and row["rel"].value not in wanted:
            continue
        rel = rels.setdefault(row["rel"].value, {"label": text(row["relLabel"]), "sources": {}})
        rel["sources"].setdefault(row["source"].value, {
            "iri": row["source"].value, "outlet": text(row["outlet"]) or text(row["sourceLabel"]),
            "published": text(row["published"]), "url": text(row["url"]),
            "headline": text(row["headline"]), "sha256": text(row["sha256"]), "spans": [],
        })
    for row in run_named(store, "viz-evidence"):
        if wanted is not None and row["rel"].value not in wanted:
            continue
        rel = rels.setdefault(row["rel"].value, {"label": None, "sources": {}})
        source = text(row["source"]) or ""
        entry = rel["sources"].setdefault(source, {"iri": source, "outlet": None, "published": None,
                                                   "url": None, "headline": None, "sha256": None,
                                                   "spans": []})
        span = [int(row["start"].value), int(row["end"].value)]
        if span not in entry["spans"]:
            entry["spans"].append(span)
    return {iri: {"label": r["label"], "sources": list(r["sources"].values())} for iri, r in rels.items()}


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


def class_tree(store) -> tuple[dict[str, set[str]], dict[str, str]]:
    """Class label -> keys of it and its superclasses; class label -> shape."""
    from .resolve import local_name
    from .sparql import run_named

    keys: dict[str, set[str]] = {}
    supers: dict[str, set[str]] = {}
    for row in run_named(store, "viz-classes"):
        for name in (row["label"].value, local_name(row["class"].value)):
            keys.setdefault(name, set()).update(
                class_key(n) for n in (local_name(row["super"].value), text(row["superLabel"])) if n)
            supers.setdefault(name, set()).add(row["super"].value)
    shapes = {name: next((s for c, s in CATEGORY_SHAPES.items() if c in ancestors), DEFAULT_SHAPE)
              for name, ancestors in supers.items()}
    return keys, shapes


def statuses(store) -> dict[str, str]:
    from .sparql import run_named

    return {row["label"].value: row["status"].value for row in run_named(store, "viz-statuses")}


def text(term) -> str | None:
    return None if term is None else term.value


def class_key(name: str) -> str:
    """A class name to compare: 'News outlet', 'NewsOutlet' and 'news_outlet' agree.

    >>> class_key("Data centre") == class_key("data-centre")
    True
    """
    return re.sub(r"[^0-9a-z]", "", name.casefold())


# ---------------------------------------------------------------- choosing what to show


@dataclass
class Selection:
    graph: object
    note: str
    focus: str | None
    title: str


def select(graph, store, context: Context, *, focus=None, depth=DEFAULT_DEPTH, types=(),
           max_nodes=None) -> Selection:
    """The part of the graph the options ask for, and a sentence saying what was left out."""
    from .network import neighbourhood

    total_nodes, total_edges = graph.number_of_nodes(), graph.number_of_edges()
    focus_iri, title, scope = None, "dealgraph", []
    if focus is not None:
        focus_iri, label = focus_node(graph, store, focus)
        graph = neighbourhood(graph, focus_iri, depth)
        title = f"dealgraph: {label}"
        scope.append(f"within {depth} step{'s' if depth != 1 else ''} of {label}")
    if types:
        graph = keep_types(graph, context, types, focus_iri)
        scope.append("of class " + ", ".join(types))
    if max_nodes is not None and graph.number_of_nodes() > max_nodes:
        graph = most_connected(graph, max_nodes, focus_iri)
        scope.append(f"the {max_nodes:,} most connected")
    note = counts_note(graph, total_nodes, total_edges)
    if scope:
        note += " (" + "; ".join(scope) + ")"
    return Selection(graph, note, focus_iri, title)


def focus_node(graph, store, name: str) -> tuple[str, str]:
    """The focus entity's IRI and label, added alone if it has no relationships."""
    from .resolve import resolve

    entity = resolve(store, name)
    if entity.iri not in graph:
        graph.add_node(entity.iri, label=entity.label, classes=list(entity.classes),
                       kind=entity.classes[0] if entity.classes else "thing")
    return entity.iri, graph.nodes[entity.iri]["label"]


def keep_types(graph, context: Context, types, keep: str | None):
    """The subgraph of nodes whose class, or one of its superclasses, is named in `types`."""
    wanted = {class_key(t) for t in types}
    known = set().union(*context.classes.values()) if context.classes else set()
    known |= {class_key(c) for _, d in graph.nodes(data=True) for c in d.get("classes", [])}
    for name in types:
        if class_key(name) not in known:
            raise UnknownClass(name, class_suggestions(name, context, graph))

    def matches(classes) -> bool:
        return any(wanted & context.classes.get(c, {class_key(c)}) for c in classes)

    nodes = [n for n, d in graph.nodes(data=True) if n == keep or matches(d.get("classes", []))]
    return graph.subgraph(nodes).copy()


def class_suggestions(name: str, context: Context, graph) -> list[str]:
    """Class labels near a name that matched none (labels, not local names, read better)."""
    import difflib

    labels = {c for c in context.classes if " " in c or c.islower()}
    labels |= {c for _, d in graph.nodes(data=True) for c in d.get("classes", [])}
    by_key = {class_key(c): c for c in sorted(labels)}
    close = difflib.get_close_matches(class_key(name), list(by_key), n=3, cutoff=0.6)
    return [by_key[k] for k in close]


def most_connected(graph, limit: int, keep: str | None):
    """The subgraph of the `limit` nodes of highest degree (the focus always stays)."""
    ranked = sorted(graph.degree, key=lambda nd: (nd[0] != keep, -nd[1], graph.nodes[nd[0]]["label"]))
    return graph.subgraph([n for n, _ in ranked[:limit]]).copy()


def counts_note(graph, total_nodes: int | None = None, total_edges: int | None = None) -> str:
    """'showing 500 of 12,345 nodes and 800 of 30,000 relationships'."""
    nodes, edges = graph.number_of_nodes(), graph.number_of_edges()
    total_nodes = nodes if total_nodes is None else total_nodes
    total_edges = edges if total_edges is None else total_edges
    if (nodes, edges) == (total_nodes, total_edges):
        return f"showing all {nodes:,} nodes and {edges:,} links"
    return f"showing {nodes:,} of {total_nodes:,} nodes and {edges:,} of {total_edges:,} links"


# ---------------------------------------------------------------- the page's data


def page_data(graph, context: Context, *, large: bool) -> dict:
    """Nodes and edges ready for vis DataSets, the legend, and the evidence by relationship."""
    class_colors = palette_for((d.get("kind") or "thing" for _, d in graph.nodes(data=True)), PALETTE)
    edge_colors = palette_for((d["type_label"] for *_, d in graph.edges(data=True) if d.get("rel")),
                              EDGE_PALETTE)
    positions = layout(graph)
    edges = edge_records(graph)
    nodes = node_records(graph, context, class_colors, positions)
    rels = {e["rel"] for e in edges if "rel" in e}
    return {
        "nodes": nodes, "edges": edges,
        "relationships": {iri: page_sources(r) for iri, r in context.relationships.items() if iri in rels},
        "legend": legend(graph, context, class_colors, edge_colors),
        "options": vis_options(large, graph.number_of_nodes() + graph.number_of_edges()),
    }


def page_sources(rel: dict) -> dict:
    """A relationship's sources as the panel shows them (the sha256 only served to find texts)."""
    sources = [{k: v for k, v in s.items() if k != "sha256"} for s in rel["sources"]]
    return {"label": rel["label"], "sources": sources}


def palette_for(names, palette: list[str]) -> dict[str, str]:
    """A colour per name, the most frequent names first (colours repeat past the palette)."""
    from collections import Counter

    ranked = sorted(Counter(names).items(), key=lambda kv: (-kv[1], kv[0]))
    return {name: palette[i % len(palette)] for i, (name, _) in enumerate(ranked)}


def layout(graph) -> dict:
    from .layout import positions

    return positions(graph) if graph.number_of_nodes() else {}


MIN_SIZE, MAX_SIZE = 8, 30  # node radius: the most connected node gets MAX_SIZE


def node_records(graph, context: Context, colors: dict[str, str], positions: dict) -> list[dict]:
    records = []
    most = max((d for _, d in graph.degree), default=1) or 1
    for node, data in graph.nodes(data=True):
        kind = data.get("kind") or "thing"
        degree = graph.degree(node)
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


def edge_records(graph) -> list[dict]:
    """The facts of each edge, absent ones left out: on large pages edges are most of the
    bytes, so colour, dashes and tooltip are derived in the page from these and the legend."""
    records = []
    for a, b, data in graph.edges(data=True):
        record = {"from": a, "to": b, "type_label": data.get("type_label") or data.get("type") or "link"}
        record.update((key, data[key]) for key in EDGE_FACTS if data.get(key))
        records.append(record)
    curve_parallel(records)
    return records


def status_style(status: str | None, reported_by: str | None, context: Context) -> str:
    """'tentative' (dashed), 'cancelled' (dotted) or 'plain'."""
    iri = context.statuses.get(status or "")
    if iri in CANCELLED:
        return "cancelled"
    if iri in TENTATIVE or reported_by:
        return "tentative"
    return "plain"


def curve_parallel(records: list[dict]) -> None:
    """Bend the second and later edges between the same two nodes so each stays visible."""
    seen: dict[frozenset, int] = {}
    for record in records:
        pair = frozenset((record["from"], record["to"]))
        rank = seen.get(pair, 0)
        seen[pair] = rank + 1
        if rank:
            record["smooth"] = {"enabled": True, "type": "curvedCW" if rank % 2 else "curvedCCW",
                                "roundness": round(0.15 * ((rank + 1) // 2), 2)}


def legend(graph, context: Context, class_colors: dict, edge_colors: dict) -> dict:
    """Classes (colour, shape, count), link types (colour, count) and statuses (count, style)."""
    from collections import Counter

    kinds = Counter(d.get("kind") or "thing" for _, d in graph.nodes(data=True))
    types = Counter(d["type_label"] for *_, d in graph.edges(data=True) if d.get("rel"))
    links = Counter(d.get("type_label") for *_, d in graph.edges(data=True) if not d.get("rel"))
    found = Counter(d.get("status") or NO_STATUS for *_, d in graph.edges(data=True))
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
    """Inline vis-network, the page's script and style, and the data, into the template."""
    import jinja2

    template = jinja2.Template(package_text("page.html"), autoescape=True)
    scripts = [safe_script(vis_asset("vis-network.min.js")), safe_script(package_text("page.js"))]
    return template.render(
        title=title, data=json_for_html(data), vis_css=safe_style(vis_asset("vis-network.css")),
        page_css=safe_style(package_text("page.css")), scripts=scripts,
        script_hashes=" ".join(f"'sha256-{sha256_b64(s)}'" for s in scripts),
    )


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
    return (resources.files("graph") / "templates" / name).read_text(encoding="utf-8")


def vis_asset(name: str) -> str:
    """vis-network's files from the installed pyvis package, found without importing pyvis."""
    from importlib.util import find_spec

    spec = find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise KgError("pyvis is not installed: it ships the vis-network script the page needs")
    return (Path(list(spec.submodule_search_locations)[0]) / VIS_DIR / name).read_text(encoding="utf-8")
