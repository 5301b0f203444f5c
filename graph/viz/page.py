"""The interactive graph page: one self-contained HTML file drawn with vis-network.

The page is made in four steps, each a module of its own: choose the nodes on the
projection's skeleton (`choosing`), read what to draw of them from the store (`reading`),
build the page's data (`pagedata`), and inline it with vis-network into the template (`html`).
This module runs the steps; the entry points are `build_page`, `write_page`, `page_html` and,
for a networkx graph with no store, `render_page`.

The page works from file:// with no network, and the page's script writes every string from
the graph with textContent, so a label is only text.

pyvis itself is not called: its from_nx/add_edge are quadratic and its template links
Bootstrap from a CDN; the page data is built here and rendered by graph/viz/templates/page.html.

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

from dataclasses import dataclass
from pathlib import Path

from graph.viz.choosing import DEFAULT_DEPTH, Selection, select
from graph.viz.context import Context
from graph.viz.html import fill_template
from graph.viz.pagedata import counts_note, layout, page_data
from graph.viz.reading import add_quotes, aliases, evidence, relationship_sources, store_context

PHYSICS_LIMIT = 1000  # above this many nodes, positions come from Python and physics is off


@dataclass
class Page:
    """A rendered page and how much of the graph it shows."""

    html: str
    nodes: int
    edges: int
    total_nodes: int
    total_edges: int


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
               physics_limit: int = PHYSICS_LIMIT, texts: str | Path | None = None,
               with_sources: bool = False) -> Page:
    """Choose the part of the projection asked for, read its details, and render it.

    focus: a name or IRI whose neighbourhood within `depth` steps is shown. types: class names
    (labels or local names, superclasses included) whose nodes are kept. max_nodes: keep only
    that many nodes, the most connected first. texts: a folder of article texts; evidence
    from a source whose sha256 matches a file there is quoted in the page. with_sources: draw
    the sources' side too, the positions that only their own author's articles state
    (bylines) and the authors and outlets only they link; left out by default.

    The nodes are chosen on the projection's skeleton (every edge, no details); labels,
    classes, aliases, relationship facts, sources and evidence are then read for the nodes
    and relationships shown only, so a page of a few thousand nodes from a store of millions
    of triples reads a part of it.
    """
    from graph.query.rows import no_cycle_collection

    with no_cycle_collection():
        return page_of(store, focus=focus, depth=depth, types=types, max_nodes=max_nodes,
                       physics_limit=physics_limit, texts=texts, with_sources=with_sources)


def page_of(store, *, focus, depth, types, max_nodes, physics_limit, texts, with_sources) -> Page:
    """`build_page`'s work: choose on the skeleton, read the details, render."""
    from graph.answers.network import byline_positions, skeleton

    whole, lost = skeleton(store), set()
    bylines = set() if with_sources else {rel for rel, _, _ in byline_positions(store)}
    if bylines:
        whole, before = whole.without(bylines), whole
        lost = before.nodes - whole.nodes  # the authors and outlets only bylines linked
        del before
    context = store_context(store)
    selection = select(whole, store, context, focus=focus, depth=depth, types=types, max_nodes=max_nodes)
    if lost and (selection.focus is None or selection.focus in lost):
        selection.scope.append("without the sources' bylines")
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
