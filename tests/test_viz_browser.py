"""The graph page in a real headless Chromium (Debian's /usr/bin/chromium) with no network.

Every page is opened with all requests routed: anything but file: or data: is recorded and
refused. Console errors, page errors and dialogs (an alert() from a hostile label) are
recorded too, and each test checks that there were none. Screenshots go to test-artifacts/.
"""

from dataclasses import dataclass, field

import networkx as nx
import pytest

from conftest import REPO, business_graph
from graph.model.namespaces import DGR
from graph.viz.page import render_page, write_page
from graph.viz.reading import relationship_sources

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]
ARTIFACTS = REPO / "test-artifacts"
HOSTILE = "<img src=x onerror=alert(1)>"
HOSTILE_CO = DGR["test-hostile-co"]
READY = "() => window.dealgraph && window.dealgraph.state.ready"


@dataclass
class Opened:
    page: object
    outside: list = field(default_factory=list)  # requests that tried to leave the machine
    errors: list = field(default_factory=list)  # console errors and uncaught exceptions
    dialogs: list = field(default_factory=list)  # alert/confirm/prompt: a label that ran

    def clean(self) -> bool:
        return (self.outside, self.errors, self.dialogs) == ([], [], [])


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def page_file(viz_store, tmp_path_factory):
    folder = tmp_path_factory.mktemp("viz-pages")
    texts = folder / "texts"
    texts.mkdir()
    (texts / "hostile.txt").write_bytes((REPO / "tests" / "fixtures" / "viz-hostile-article.txt").read_bytes())
    write_page(viz_store, folder / "dealgraph.html", texts=texts)
    return folder / "dealgraph.html"


@pytest.fixture
def opened(browser, page_file):
    return open_page(browser, page_file)


def open_page(browser, path) -> Opened:
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    log = Opened(page)

    def route(route):
        if route.request.url.startswith(("file:", "data:")):
            route.continue_()
        else:
            log.outside.append(route.request.url)
            route.abort()

    def dialog(d):
        log.dialogs.append(d.message)
        d.dismiss()

    page.route("**/*", route)
    page.on("console", lambda m: log.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: log.errors.append(str(e)))
    page.on("dialog", dialog)
    page.goto(path.resolve().as_uri())
    page.wait_for_function(READY, timeout=90_000)
    return log


def screenshot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name))


def centre_on_node(page, node_id, scale=1.5):
    """Move the view onto a node without animation; its position on the page."""
    return page.evaluate("""([id, scale]) => {
        const p = network.getPositions([id])[id];
        network.moveTo({position: p, scale: scale});
        const d = network.canvasToDOM(p), r = document.getElementById('graph').getBoundingClientRect();
        return [r.left + d.x, r.top + d.y];
    }""", [node_id, scale])


def text_of(page, selector: str) -> str:
    return page.eval_on_selector(selector, "e => e.textContent")


# ---------------------------------------------------------------- drawing


def test_the_whole_graph_is_drawn_offline(opened, viz_store):
    graph = business_graph(viz_store)
    page = opened.page
    drawn = page.evaluate("() => [network.body.data.nodes.length, network.body.data.edges.length]")
    assert drawn == [graph.number_of_nodes(), graph.number_of_edges()]
    visible = page.evaluate("() => Object.values(network.body.nodes).filter(n => !n.options.hidden).length")
    assert visible == graph.number_of_nodes()
    centre_on_node(page, DGR.openai, scale=1.5)
    types = page.evaluate("""() => { network.redraw(); const type = {};
        dealgraph.data.edges.forEach(e => { type[e.id] = e.type_label; });
        return dealgraph.labels().filter(l => l.kind === 'edge').map(l => [l.text, type[l.id]]); }""")
    assert len(types) > 10 and all(text == kind for text, kind in types)  # links labelled by type
    kinds = {d["kind"] for _, d in graph.nodes(data=True)}
    assert page.locator("#class-legend li").count() == len(kinds)
    assert "Dashed lines: planned, considering, in discussion" in text_of(page, "#sidebar")
    assert text_of(page, "#summary") == (f"showing all {graph.number_of_nodes()} nodes and "
                                        f"{graph.number_of_edges()} links (without the sources' bylines)")
    screenshot(page, "viz-page.png")
    assert opened.clean(), (opened.outside, opened.errors, opened.dialogs)


def test_a_page_over_the_physics_limit_draws_at_python_positions(browser, tmp_path):
    g = nx.MultiGraph()
    for i in range(300):
        g.add_node(f"n{i}", label=f"Node {i}", classes=["company"], kind="company")
        g.add_edge(f"n{i}", f"n{(i * i + 1) % 300}", key=f"r{i}", rel=f"r{i}", type="Partnership",
                   type_label="partnership", status="signed")
    path = tmp_path / "large.html"
    path.write_text(render_page(g, physics_limit=100), encoding="utf-8")
    opened = open_page(browser, path)
    page = opened.page
    assert page.evaluate("() => network.physics.options.enabled") is False
    moved = page.evaluate("""() => dealgraph.data.nodes.filter(n => {
        const p = network.getPositions([n.id])[n.id];
        return p.x !== n.x || p.y !== n.y;
    }).length""")
    assert moved == 0
    assert page.evaluate("() => network.body.data.nodes.length") == 300
    assert page.evaluate("() => network.body.data.edges.get().every(e => e.label === undefined)")
    assert page.evaluate("() => dealgraph.labels().every(l => l.kind === 'node')")  # no link labels
    assert opened.clean()


def bundle_graph() -> nx.MultiGraph:
    """Alpha and Beta share four deals (one of them with Gamma too); a ring of other companies
    makes the page large."""
    g = nx.MultiGraph()
    for name in ("alpha", "beta", "gamma", *(f"ring{i}" for i in range(8))):
        g.add_node(name, label=name.title(), classes=["company"], kind="company")
    deals = [("d1", "partnership", "signed"), ("d2", "partnership", "planned"),
             ("d3", "memorandum of understanding", "signed"), ("d4", "partnership", "signed")]
    for rel, kind, status in deals:
        g.add_edge("alpha", "beta", key=rel, rel=rel, type=kind, type_label=kind, status=status)
    g.add_edge("beta", "gamma", key="d3", rel="d3", type="mou", type_label="memorandum of understanding", status="signed")
    for i in range(8):
        g.add_edge(f"ring{i}", f"ring{(i + 1) % 8}", key=f"r{i}", rel=f"r{i}", type="partnership",
                   type_label="partnership", status="signed")
    return g


def test_a_large_page_draws_parallel_links_as_one_bundle_that_filters_and_details_still_see(browser, tmp_path):
    path = tmp_path / "bundles.html"
    path.write_text(render_page(bundle_graph(), physics_limit=5), encoding="utf-8")
    opened = open_page(browser, path)
    page = opened.page
    drawn = page.evaluate("() => network.body.data.edges.get()")
    assert len(drawn) == 10 and page.evaluate("() => dealgraph.data.edges.length") == 13
    bundle = next(e for e in drawn if e["id"].startswith("b"))
    assert {bundle["from"], bundle["to"]} == {"alpha", "beta"}
    assert bundle["title"] == "4 links: Alpha - Beta\npartnership: 3\nmemorandum of understanding: 1"

    page.evaluate("id => dealgraph.showEdge(id)", bundle["id"])
    assert text_of(page, "#details-body h2") == "4 links: Alpha \u2013 Beta"
    blocks = page.locator("#details-body .relationship")
    assert sorted(blocks.evaluate_all("bs => bs.map(b => b.dataset.rel)")) == ["d1", "d2", "d3", "d4"]
    assert "Gamma" in page.locator('#details-body .relationship[data-rel="d3"] .ends').text_content()

    def bundle_hidden():
        return page.evaluate("id => network.body.edges[id].options.hidden", bundle["id"])

    page.click('#status-legend input[data-name="signed"]')
    assert bundle_hidden() is False  # the planned deal is still shown
    assert text_of(page, "#visible-count") == "after filters: 2 nodes, 1 links"
    page.click('#status-legend input[data-name="planned"]')
    assert bundle_hidden() is True
    page.click('#status-legend input[data-name="signed"]')
    assert bundle_hidden() is False
    assert opened.clean(), (opened.outside, opened.errors, opened.dialogs)


def test_max_nodes_page_says_what_was_left_out(browser, viz_store, tmp_path):
    path = tmp_path / "top.html"
    page_info = write_page(viz_store, path, max_nodes=10)
    opened = open_page(browser, path)
    assert opened.page.evaluate("() => network.body.data.nodes.length") == 10
    assert text_of(opened.page, "#summary") == (
        f"showing 10 of {page_info.total_nodes} nodes and {page_info.edges} of "
        f"{page_info.total_edges} links (the 10 most connected; without the sources' bylines)")
    assert opened.clean()


# ---------------------------------------------------------------- labels, fonts, tooltip


def labels_at(page, node_id, scale):
    """The labels drawn with the view centred on a node at a zoom, and the node's place."""
    centre = centre_on_node(page, node_id, scale)
    return page.evaluate("() => { network.redraw(); return dealgraph.labels(); }"), centre


def overlapping(boxes):
    return [(a["text"], b["text"]) for i, a in enumerate(boxes) for b in boxes[i + 1:]
            if a["x"] < b["x"] + b["w"] and b["x"] < a["x"] + a["w"] and a["y"] < b["y"] + b["h"] and b["y"] < a["y"] + a["h"]]


def test_labels_around_the_hub_never_overlap_and_more_show_as_one_zooms_in(opened):
    page = opened.page
    drawn, _ = labels_at(page, DGR.openai, 1.0)
    near = page.evaluate("""() => { const c = network.getViewPosition(), s = network.getScale();
        return Object.entries(network.getPositions()).filter(([id, p]) =>
            Math.hypot(p.x - c.x, p.y - c.y) * s < 250).map(([id]) => id); }""")
    labelled = {l["id"] for l in drawn if l["kind"] == "node"}
    assert DGR.openai in labelled and len(near) > 10
    assert overlapping(drawn) == []
    left_out = set(near) - labelled  # their labels would have covered others' here
    assert left_out
    screenshot(page, "viz-hub-labels.png")

    closer, _ = labels_at(page, DGR.openai, 2.5)
    assert overlapping(closer) == []
    assert left_out & {l["id"] for l in closer if l["kind"] == "node"}  # room for them now
    far, _ = labels_at(page, DGR.openai, 0.3)
    degree = {n["id"]: n["degree"] for n in page.evaluate("() => dealgraph.data.nodes")}
    shown = [degree[l["id"]] for l in far if l["kind"] == "node"]
    assert DGR.openai in {l["id"] for l in far} and len(shown) < len(labelled)
    assert not any(l["kind"] == "edge" for l in far)  # link labels wait for a closer view
    screenshot(page, "viz-hub-labels-far.png")
    assert opened.clean()


def test_label_boxes_fit_the_text_drawn(opened):
    page = opened.page
    labels_at(page, DGR.openai, 1.0)
    gaps = page.evaluate("""() => { const ctx = document.createElement('canvas').getContext('2d');
        return dealgraph.labels().map(l => { ctx.font = l.px + 'px ' + dealgraph.labelFont;
            return Math.abs(ctx.measureText(l.text).width + 4 - l.w); }); }""")
    assert gaps and max(gaps) < 1.5


CJK_FALLBACK = '"Noto Sans CJK KR", "Apple SD Gothic Neo", "Malgun Gothic", sans-serif'


def test_the_fonts_fall_back_to_cjk_for_korean_names(opened):
    page = opened.page
    fonts = page.evaluate("""() => [getComputedStyle(document.body).fontFamily,
        getComputedStyle(document.getElementById('graph')).fontFamily, dealgraph.labelFont]""")
    assert all(font.startswith("system-ui") and font.endswith(CJK_FALLBACK) for font in fonts), fonts
    page.fill("#search", "SK그룹")  # an alias in Korean
    result = page.locator("#search-results button").first
    assert result.locator(".why").text_content() == "business group, alias: SK그룹"
    assert result.evaluate("b => getComputedStyle(b).fontFamily").endswith(CJK_FALLBACK)
    screenshot(page, "viz-korean-alias.png")
    assert opened.clean()


def test_the_tooltip_stays_off_the_details_panel(opened):
    page = opened.page
    x, y = centre_on_node(page, DGR.openai, scale=1.0)
    page.mouse.click(x, y)
    page.wait_for_selector("#details:not([hidden])")
    panel = page.eval_on_selector("#details", "d => d.getBoundingClientRect().toJSON()")
    # Bring the hub 40 px left of the panel, then point at it.
    x, y = page.evaluate("""([id, target]) => {
        const p = network.getPositions([id])[id], r = document.getElementById('graph').getBoundingClientRect();
        const s = network.getScale(), v = network.getViewPosition();
        network.moveTo({position: {x: v.x - (target - (r.left + network.canvasToDOM(p).x)) / s, y: v.y}, scale: s});
        const d = network.canvasToDOM(p);
        return [r.left + d.x, r.top + d.y];
    }""", [DGR.openai, panel["x"] - 40])
    assert abs(x - (panel["x"] - 40)) < 2
    page.mouse.move(x - 60, y + 80)
    page.mouse.move(x, y, steps=5)
    tooltip = page.wait_for_selector(".vis-tooltip", state="visible", timeout=10_000)
    box = tooltip.bounding_box()
    assert tooltip.text_content().startswith("OpenAIcompany")
    assert box["x"] + box["width"] <= panel["x"], (box, panel)  # left of the panel, not over it
    assert box["x"] >= page.eval_on_selector("#graph", "g => g.getBoundingClientRect().left")
    screenshot(page, "viz-tooltip-beside-panel.png")
    assert opened.clean()


# ---------------------------------------------------------------- search and details


def test_search_by_alias_ignores_case_and_accents_and_focuses_the_node(opened):
    page = opened.page
    page.fill("#search", "ZURICH evil")
    first = page.locator("#search-results button").first
    assert first.get_attribute("data-id") == HOSTILE_CO
    assert first.locator(".label").text_content() == HOSTILE
    assert first.locator(".why").text_content() == "company, alias: Zürich Évil Holdings"
    page.press("#search", "Enter")
    page.wait_for_function("""id => {
        const p = network.getPositions([id])[id], v = network.getViewPosition();
        return Math.hypot(p.x - v.x, p.y - v.y) < 1;
    }""", arg=HOSTILE_CO, timeout=10_000)
    assert page.evaluate("() => network.getSelectedNodes()") == [HOSTILE_CO]
    assert text_of(page, "#details-body h2") == HOSTILE
    assert opened.clean()


def test_clicking_a_node_shows_its_relationships_sources_and_evidence(opened, viz_store):
    graph = business_graph(viz_store)
    rels = relationship_sources(viz_store)
    node, rel = next((n, d["rel"]) for n, _, d in sorted(graph.edges(DGR.kakao, data=True), key=str)
                     if d["rel"] in rels and any(s["spans"] for s in rels[d["rel"]]["sources"]))
    source = next(s for s in rels[rel]["sources"] if s["spans"])
    page = opened.page
    x, y = centre_on_node(page, node)
    page.mouse.click(x, y)
    page.wait_for_selector("#details:not([hidden])")
    assert page.get_attribute("#details-body", "data-node") == node
    block = page.locator(f'#details-body .relationship[data-rel="{rel}"]')
    text = block.text_content()
    spans = ", ".join(f"{a}\u2013{b}" for a, b in source["spans"])
    assert f"{source['outlet']}, {source['published']}: " in text
    assert f"evidence: characters {spans} of the article text" in text
    link = block.locator(f'a[href="{source["url"]}"]')
    assert link.count() >= 1 and link.first.text_content() == (source["headline"] or source["url"])
    screenshot(page, "viz-details.png")
    assert opened.clean()


def test_clicking_a_link_shows_its_relationship(opened):
    page = opened.page
    edge = page.evaluate("""() => dealgraph.data.edges.find(e => e.rel && e.rel.endsWith('/deal-test-hostile')).id""")
    x, y = page.evaluate("""id => {
        const p = network.body.edges[id].edgeType.getPoint(0.5);
        network.moveTo({position: p, scale: 1.5});
        const d = network.canvasToDOM(p), r = document.getElementById('graph').getBoundingClientRect();
        return [r.left + d.x, r.top + d.y + 6];
    }""", edge)
    page.mouse.click(x, y)
    page.wait_for_selector("#details:not([hidden])")
    assert page.get_attribute("#details-body", "data-edge") == edge
    text = text_of(page, "#details-body")
    assert "A deal named <script>alert(4)</script>" in text
    assert "status: planned \u00b7 date: 2025-10 \u00b7 as of: 2025-10-01" in text
    assert "evidence: characters 10\u201355 of the article text" in text
    assert opened.clean()


# ---------------------------------------------------------------- hostile labels


def test_hostile_labels_stay_text_everywhere(opened):
    page = opened.page
    page.fill("#search", "</script>")
    result = page.locator("#search-results button").first
    assert result.locator(".label").text_content() == HOSTILE
    assert result.locator(".why").text_content() == "company, alias: </script><script>alert(2)</script>"

    titles = page.evaluate("""id => [network.body.nodes[id].options.title,
        dealgraph.edges.get({filter: e => e.rel && e.rel.endsWith('/deal-test-hostile')})[0].title]""", HOSTILE_CO)
    assert titles[0].splitlines() == [
        HOSTILE, "company", "also: </script><script>alert(2)</script>, Hostile Twin, Zürich Évil Holdings",
        "1 link", "status: planned 1", "dates: 2025-10 to 2025-10-01"]
    first, *rest = titles[1].splitlines()
    assert first in (f'partnership: {HOSTILE} - Mallory "<svg onload=alert(3)>"',
                     f'partnership: Mallory "<svg onload=alert(3)>" - {HOSTILE}')
    assert rest == ["A deal named <script>alert(4)</script>", "role: party", "status: planned",
                    "date: 2025-10", "as of: 2025-10-01"]

    x, y = centre_on_node(page, HOSTILE_CO, scale=2)
    page.mouse.move(x - 30, y - 30)
    page.mouse.move(x, y, steps=5)
    tooltip = page.wait_for_selector(".vis-tooltip", state="visible", timeout=10_000)
    assert tooltip.text_content().startswith(HOSTILE + "company")  # lines are <br>-separated text

    page.mouse.click(x, y)
    page.wait_for_selector("#details:not([hidden])")
    panel = text_of(page, "#details-body")
    for literal in (HOSTILE, "Also known as: </script><script>alert(2)</script>; Hostile Twin; Zürich Évil Holdings",
                    "A deal named <script>alert(4)</script>", 'Mallory "<svg onload=alert(3)>"',
                    "<b>Hostile</b> Gazette, 2025-10-01: ",
                    "Headline <iframe src=javascript:alert(5)></iframe> & more",
                    "<b>Mallory</b> & <img src=y onerror=alert(7)>"):
        assert literal in panel
    assert page.locator("#details-body a").count() == 0  # a javascript: URL is not made a link
    screenshot(page, "viz-hostile.png")

    markup = page.evaluate("""() => [document.querySelectorAll('img, iframe, b, i').length,
        document.querySelectorAll('script').length, document.querySelectorAll('[onload], [onerror]').length]""")
    assert markup == [0, 3, 0]
    assert opened.clean(), (opened.outside, opened.errors, opened.dialogs)


# ---------------------------------------------------------------- filters


def hidden_counts(page):
    return page.evaluate("""() => [
        Object.values(network.body.nodes).filter(n => n.options.hidden).length,
        Object.values(network.body.edges).filter(e => e.options.hidden).length]""")


def test_class_and_status_filters_hide_nodes_and_links(opened, viz_store):
    graph = business_graph(viz_store)
    page = opened.page
    companies = {n for n, d in graph.nodes(data=True) if d["kind"] == "company"}
    touching = sum(1 for a, b in graph.edges() if a in companies or b in companies)
    page.click('#class-legend input[data-name="company"]')
    assert hidden_counts(page) == [len(companies), touching]
    assert text_of(page, "#visible-count") == (
        f"after filters: {graph.number_of_nodes() - len(companies)} nodes, "
        f"{graph.number_of_edges() - touching} links")
    page.click('#class-legend input[data-name="company"]')
    assert hidden_counts(page) == [0, 0]

    planned = [(a, b) for a, b, d in graph.edges(data=True) if d["status"] == "planned"]
    page.click('#status-legend input[data-name="planned"]')
    hidden_nodes, hidden_edges = hidden_counts(page)
    assert hidden_edges == len(planned)
    assert page.evaluate("""() => dealgraph.edges.get({filter: e => e.status === 'planned'})
        .every(e => Array.isArray(e.dashes))""")  # planned links are drawn dashed
    assert page.evaluate("id => network.body.nodes[id].options.hidden", HOSTILE_CO) is True  # only planned links
    assert page.evaluate("id => network.body.nodes[id].options.hidden", DGR.openai) is False
    assert 2 <= hidden_nodes < graph.number_of_nodes()
    assert opened.clean()


def styled_links_graph() -> nx.MultiGraph:
    """Four partnerships between two companies: one signed and only reported by
    a newspaper, one signed, one planned, one cancelled."""
    g = nx.MultiGraph()
    for name in ("alpha", "beta"):
        g.add_node(name, label=name.title(), classes=["company"], kind="company")
    links = [("reported", "signed", "Financial Times"), ("signed", "signed", None),
             ("planned", "planned", None), ("cancelled", "cancelled", None)]
    for rel, status, reporter in links:
        g.add_edge("alpha", "beta", key=rel, rel=rel, type="Partnership", type_label="partnership",
                   status=status, reported_by=reporter)
    return g


def test_a_reported_link_is_drawn_dashed_like_a_tentative_one(browser, tmp_path):
    path = tmp_path / "styles.html"
    path.write_text(render_page(styled_links_graph()), encoding="utf-8")
    opened = open_page(browser, path)
    drawn = opened.page.evaluate("""() => Object.fromEntries(dealgraph.data.edges.map(e =>
        [e.rel, network.body.edges[e.id].options.dashes]))""")
    assert drawn == {"reported": [8, 6], "planned": [8, 6], "cancelled": [2, 5], "signed": False}
    assert opened.clean(), (opened.outside, opened.errors, opened.dialogs)


def test_a_focus_page_opens_on_its_entity(browser, viz_store, tmp_path):
    path = tmp_path / "kakao.html"
    write_page(viz_store, path, focus="Kakao", depth=1)
    opened = open_page(browser, path)
    page = opened.page
    assert page.evaluate("() => network.getSelectedNodes()") == [DGR.kakao]
    assert text_of(page, "#details-body h2") == "Kakao"
    assert text_of(page, "#page-title") == "dealgraph: Kakao"
    assert opened.clean()
