"""graph.viz without a browser: what the page carries, how it is escaped, what the options keep."""

import base64
import hashlib
import json
import re

import networkx as nx
import pytest

from graph.model.errors import EntityNotFound, UnknownClass
from graph.model.namespaces import DGR
from graph.answers.network import build_graph, neighbourhood
from conftest import REPO, business_graph, small_store
from graph.viz.context import Context
from graph.viz.html import json_for_html
from graph.viz.page import build_page, page_html, render_page
from graph.viz.pagedata import curve_parallel, status_style
from graph.viz.reading import add_quotes, relationship_sources, store_context
from small_graphs import BYLINES, HUB

HOSTILE = "<img src=x onerror=alert(1)>"


@pytest.fixture(scope="module")
def graph(viz_store):
    return business_graph(viz_store)


def page_json(html: str) -> dict:
    block = re.search(r'<script type="application/json" id="dealgraph-data">(.*?)</script>', html, re.S)
    return json.loads(block.group(1))


def tiny_graph():
    g = nx.MultiGraph()
    g.add_node("a", label="A", classes=["company"], kind="company")
    g.add_node("b", label="B", classes=["person"], kind="person")
    return g


def test_the_page_carries_the_whole_graph(viz_store, graph):
    data = page_json(page_html(viz_store))
    assert len(data["nodes"]) == graph.number_of_nodes()
    assert len(data["edges"]) == graph.number_of_edges()
    assert {n["id"] for n in data["nodes"]} == set(graph.nodes)
    assert data["meta"]["note"] == (f"showing all {graph.number_of_nodes()} nodes and "
                                    f"{graph.number_of_edges()} links (without the sources' bylines)")


def test_no_string_can_end_the_data_block_or_add_markup(viz_store):
    html = page_html(viz_store)
    assert HOSTILE not in html and "<iframe" not in html and "<svg onload" not in html
    assert "\\u003cimg src=x onerror=alert(1)\\u003e" in html
    assert html.lower().count("</script") == 3  # vis, the page script, the data: nothing else ends one
    labels = {n["label"] for n in page_json(html)["nodes"]}
    assert HOSTILE in labels  # the JSON decodes back to the label, unchanged


def test_json_for_html_escapes_what_html_parsers_read():
    encoded = json_for_html({"x": "</script>&<!--"})
    assert encoded == '{"x":"\\u003c/script\\u003e\\u0026\\u003c!--"}'
    assert json.loads(encoded) == {"x": "</script>&<!--"}


def test_the_content_security_policy_allows_exactly_the_inline_scripts(viz_store):
    html = page_html(viz_store)
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1)
    policy = policy.replace("&#39;", "'")
    allowed = set(re.findall(r"'sha256-([^']+)'", policy))
    scripts = re.findall(r"<script>(.*?)</script>", html, re.S)
    hashes = {base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() for s in scripts}
    assert len(scripts) == 2 and hashes == allowed
    assert "default-src 'none'" in policy and "connect-src 'none'" in policy
    assert "unsafe-eval" not in policy and "'unsafe-inline'" not in policy.split("style-src")[0]


def test_nothing_is_fetched_from_elsewhere(viz_store):
    html = page_html(viz_store)
    assert not re.search(r"<(link|img|iframe)\b", html)
    assert not re.search(r"""\b(src|href)\s*=\s*["']?(https?:)?//""", html)
    assert not re.search(r"""url\(\s*["']?(https?:)?//|@import""", html)


def test_relationships_carry_their_sources_and_evidence(viz_store):
    rels = relationship_sources(viz_store)
    hostile = rels[DGR["deal-test-hostile"]]
    assert hostile == {"label": "A deal named <script>alert(4)</script>", "sources": [{
        "iri": DGR["src-test-hostile"], "outlet": "<b>Hostile</b> Gazette", "published": "2025-10-01",
        "url": "javascript:alert(6)", "headline": "Headline <iframe src=javascript:alert(5)></iframe> & more",
        "sha256": "f1a08b4ac6896334577a5d1f8c001c595f02148b23179869f0d2634b4685b5aa", "spans": [[10, 55]],
    }]}
    seed = [r for iri, r in rels.items() if "test-hostile" not in iri]
    assert seed and all(s["outlet"] and s["published"] for r in seed for s in r["sources"] if s["iri"])
    assert any(s["spans"] for r in seed for s in r["sources"])


def test_nodes_have_class_shape_colour_aliases_and_size_by_degree(viz_store, graph):
    data = page_json(page_html(viz_store))
    nodes = {n["id"]: n for n in data["nodes"]}
    hostile = nodes[DGR["test-hostile-co"]]
    assert hostile["kind"] == "company" and hostile["shape"] == "dot"
    assert hostile["aliases"] == ["</script><script>alert(2)</script>", "Hostile Twin", "Zürich Évil Holdings"]
    assert nodes[DGR["test-hostile-person"]]["shape"] == "diamond"
    assert all(n["degree"] == graph.degree(i) for i, n in nodes.items())
    colours = {n["kind"]: n["color"] for n in data["nodes"]}
    assert all(nodes[i]["color"] == colours[nodes[i]["kind"]] for i in nodes)
    legend = {c["name"]: c for c in data["legend"]["classes"]}
    assert legend["company"]["count"] == sum(1 for n in data["nodes"] if n["kind"] == "company")


def test_edges_carry_their_facts_and_leave_out_absent_ones(viz_store):
    data = page_json(page_html(viz_store))
    edge = next(e for e in data["edges"] if e.get("rel") == DGR["deal-test-hostile"])
    assert {edge["from"], edge["to"]} == {DGR["test-hostile-co"], DGR["test-hostile-person"]}
    assert {k: v for k, v in edge.items() if k not in ("from", "to")} == {
        "type_label": "partnership", "type": "Partnership", "rel": DGR["deal-test-hostile"], "role": "party",
        "status": "planned", "date": "2025-10", "as_of": "2025-10-01",
    }
    assert "sha256" not in json.dumps(data["relationships"])
    styles = {s["name"]: s["style"] for s in data["legend"]["statuses"]}
    assert styles["planned"] == "tentative" and styles["signed"] == "plain"
    assert data["legend"]["dashes"] == {"tentative": [8, 6], "cancelled": [2, 5], "plain": False}


def test_the_legend_draws_tentative_and_cancelled_statuses_differently():
    context = Context()
    assert [status_style(s, context) for s in ("planned", "considering", "in discussion")] == ["tentative"] * 3
    assert status_style("cancelled", context) == "cancelled"
    assert status_style("signed", context) == status_style(None, context) == "plain"


def test_parallel_edges_bend_apart():
    records = [{"from": "a", "to": "b"}, {"from": "b", "to": "a"}, {"from": "a", "to": "b"}, {"from": "a", "to": "c"}]
    curve_parallel(records)
    assert "smooth" not in records[0] and "smooth" not in records[3]
    assert records[1]["smooth"] == {"enabled": True, "type": "curvedCW", "roundness": 0.15}
    assert records[2]["smooth"] == {"enabled": True, "type": "curvedCCW", "roundness": 0.15}


def test_focus_keeps_the_neighbourhood(viz_store, graph):
    page = build_page(viz_store, focus="Kakao", depth=1)
    expected = neighbourhood(graph, DGR.kakao, 1)
    data = page_json(page.html)
    assert {n["id"] for n in data["nodes"]} == set(expected.nodes)
    assert (page.nodes, page.edges) == (expected.number_of_nodes(), expected.number_of_edges())
    assert data["meta"]["focus"] == DGR.kakao
    assert data["meta"]["note"].endswith("(within 1 step of Kakao)")
    assert "<title>dealgraph: Kakao</title>" in page.html


def test_focus_on_an_unknown_name_says_so(viz_store):
    with pytest.raises(EntityNotFound, match="no entity named 'Kakoa'; did you mean 'Kakao'"):
        build_page(viz_store, focus="Kakoa")


def test_focus_title_is_escaped(viz_store):
    html = page_html(viz_store, focus="Zurich Evil Holdings", depth=0)
    assert "<title>dealgraph: &lt;img src=x onerror=alert(1)&gt;</title>" in html
    assert len(page_json(html)["nodes"]) == 1


def test_types_keep_classes_and_their_subclasses(viz_store):
    graph = build_graph(viz_store)  # news outlets are linked by their authors' bylines only
    data = page_json(page_html(viz_store, types=["Organization"], with_sources=True))
    kinds = {n["kind"] for n in data["nodes"]}
    assert {"company", "bank", "news outlet"} <= kinds and not kinds & {"person", "city", "product"}
    people = page_json(page_html(viz_store, types=["person", "NewsOutlet"], with_sources=True))
    assert {n["kind"] for n in people["nodes"]} == {"person", "news outlet"}
    expected = sum(1 for _, d in graph.nodes(data=True) if d["kind"] in ("person", "news outlet"))
    assert len(people["nodes"]) == expected


def test_an_unknown_type_is_refused_with_suggestions(viz_store):
    with pytest.raises(UnknownClass, match=r"^no class named 'compny'; did you mean 'company'"):
        build_page(viz_store, types=["compny"])


def test_max_nodes_keeps_the_most_connected_and_says_so(viz_store, graph):
    page = build_page(viz_store, max_nodes=5)
    data = page_json(page.html)
    top = sorted(d for _, d in graph.degree)[-5:]
    assert sorted(n["degree"] for n in data["nodes"]) <= top
    assert len(data["nodes"]) == 5
    assert data["meta"]["note"] == (f"showing 5 of {graph.number_of_nodes()} nodes and {page.edges} of "
                                    f"{graph.number_of_edges():,} links (the 5 most connected; "
                                    "without the sources' bylines)")


def test_the_sources_bylines_are_drawn_only_with_sources():
    store = small_store(BYLINES)
    pages = {flag: page_json(page_html(store, with_sources=flag)) for flag in (False, True)}

    def drawn(data):
        return sorted(e["rel"].rsplit("/", 1)[1] for e in data["edges"]), {n["label"] for n in data["nodes"]}

    assert drawn(pages[False]) == (["dana-at-hub", "deal", "pat-at-hub", "stake", "supply"],
                                   {"Hub Corp", "Alpha", "Daily News", "Dana Doe", "Pat Lee"})
    assert drawn(pages[True]) == (["dana-at-alpha", "dana-at-hub", "deal", "pat-at-hub", "stake", "supply",
                                   "wes-at-daily", "wes-at-weekly"],
                                  {"Hub Corp", "Alpha", "Daily News", "Dana Doe", "Pat Lee", "Wes Writer", "Weekly"})
    assert pages[False]["meta"]["note"] == "showing all 5 nodes and 5 links (without the sources' bylines)"
    assert pages[True]["meta"]["note"] == "showing all 7 nodes and 8 links"
    author = page_json(page_html(store, focus="Wes Writer"))["meta"]["note"]
    assert author == "showing 1 of 5 nodes and 0 of 5 links (within 2 steps of Wes Writer; without the sources' bylines)"
    assert page_json(page_html(store, focus="Alpha", depth=1))["meta"]["note"].endswith("(within 1 step of Alpha)")


# Hub Corp has links to all four others (two with Alpha): degrees Hub 5, Alpha, Beta and Gamma 2, Pat 1.
@pytest.fixture(scope="module")
def small():
    return small_store(HUB)


def test_the_most_connected_node_is_drawn_largest(small):
    nodes = {n["label"]: n for n in page_json(page_html(small))["nodes"]}
    assert {label: n["degree"] for label, n in nodes.items()} == {
        "Hub Corp": 5, "Alpha": 2, "Beta Bank": 2, "Gamma": 2, "Pat Lee": 1}
    assert nodes["Hub Corp"]["size"] == 30 and nodes["Pat Lee"]["size"] < nodes["Alpha"]["size"] < 30
    assert (nodes["Hub Corp"]["shape"], nodes["Pat Lee"]["shape"]) == ("dot", "diamond")


def test_max_nodes_keeps_the_most_connected_ties_by_label(small):
    page = build_page(small, max_nodes=2)
    data = page_json(page.html)
    assert sorted(n["label"] for n in data["nodes"]) == ["Alpha", "Hub Corp"]  # Alpha before Beta, Gamma
    assert data["meta"]["note"] == "showing 2 of 5 nodes and 2 of 6 links (the 2 most connected)"


def test_types_keep_a_class_and_its_subclasses(small):
    data = page_json(page_html(small, types=["Organization"]))
    assert sorted(n["label"] for n in data["nodes"]) == ["Alpha", "Beta Bank", "Gamma", "Hub Corp"]


def test_large_graphs_get_positions_and_no_physics():
    g = nx.MultiGraph()
    for i in range(30):
        g.add_node(i, label=f"n{i}", classes=["company"], kind="company")
        g.add_edge(i, (i * 7) % 30, rel=f"r{i}", type="Partnership", type_label="partnership", status="signed")
    small = page_json(render_page(g))
    large = page_json(render_page(g, physics_limit=10))
    assert small["options"]["physics"]["enabled"] and small["meta"]["physics"]
    assert not large["options"]["physics"]["enabled"] and not large["options"]["edges"]["smooth"]["enabled"]
    xs = {(n["x"], n["y"]) for n in large["nodes"]}
    assert len(xs) == 30  # every node has a place of its own
    assert small["meta"]["edge_labels"] and not large["meta"]["edge_labels"]
    for i in range(150):  # many links make a page large too: physics and labels cost per link
        g.add_edge(i % 30, (i * 11 + 3) % 30, rel=f"x{i}", type="Partnership", type_label="partnership")
    assert not page_json(render_page(g, physics_limit=40))["options"]["physics"]["enabled"]


def test_an_empty_graph_still_renders():
    data = page_json(render_page(nx.MultiGraph()))
    assert data["nodes"] == [] and data["meta"]["note"] == "showing all 0 nodes and 0 links"


def test_store_context_reads_statuses_in_scheme_order(viz_store):
    assert list(store_context(viz_store).statuses)[:3] == ["considering", "in discussion", "planned"]


def test_render_page_works_without_a_store():
    html = render_page(tiny_graph(), title="<t>")
    assert "<title>&lt;t&gt;</title>" in html
    assert [n["label"] for n in page_json(html)["nodes"]] == ["A", "B"]


def test_evidence_is_quoted_from_a_local_text_with_the_same_sha256(viz_store, tmp_path):
    article = (REPO / "tests" / "fixtures" / "viz-hostile-article.txt").read_bytes()
    (tmp_path / "copy.txt").write_bytes(article)
    (tmp_path / "edited.txt").write_bytes(article.replace(b"Dateline", b"Dateline!"))
    (tmp_path / "latin1.txt").write_bytes("caf\xe9".encode("latin-1"))
    rels = relationship_sources(viz_store)
    quoted = add_quotes(rels, tmp_path)
    assert quoted == 1
    assert rels[DGR["deal-test-hostile"]]["sources"][0]["quotes"] == ["<b>Mallory</b> & <img src=y onerror=alert(7)>"]
    assert all("quotes" not in s for iri, r in rels.items() if "test-hostile" not in iri for s in r["sources"])


def test_quotes_reach_the_page_as_text(viz_store, tmp_path):
    (tmp_path / "a.txt").write_bytes((REPO / "tests" / "fixtures" / "viz-hostile-article.txt").read_bytes())
    html = page_html(viz_store, texts=tmp_path)
    assert "<img src=y" not in html
    assert page_json(html)["relationships"][DGR["deal-test-hostile"]]["sources"][0]["quotes"] == [
        "<b>Mallory</b> & <img src=y onerror=alert(7)>"]


# ---------------------------------------------------------------- a larger graph, read in parts


class Recording:
    """A store that remembers the text of every query it answers (the reads a page makes)."""

    def __init__(self, store):
        self.store, self.texts = store, []

    def query(self, sparql, bindings=None):
        self.texts.append(sparql)
        return self.store.query(sparql, bindings)

    def __getattr__(self, name):
        return getattr(self.store, name)

    def named(self, variable: str) -> set[str]:
        """The IRIs its queries named in VALUES blocks of `variable`."""
        blocks = re.findall(r"VALUES \(\?" + variable + r"\) \{([^}]*)\}", "\n".join(self.texts))
        return {iri for block in blocks for iri in re.findall(r"<([^>]+)>", block)}


def most_connected(graph, limit):
    """The nodes --max-nodes keeps: highest degree first, ties by label."""
    ranked = sorted(graph.degree, key=lambda nd: (-nd[1], graph.nodes[nd[0]]["label"], nd[0]))
    return {n for n, _ in ranked[:limit]}


@pytest.mark.parametrize("limit", [7, 60])
def test_max_nodes_on_a_larger_graph_shows_what_the_whole_projection_would(synth, synth_graph, limit):
    data = page_json(page_html(synth, max_nodes=limit))
    kept = synth_graph.subgraph(most_connected(synth_graph, limit))
    assert {n["id"]: (n["label"], n["kind"], n["degree"]) for n in data["nodes"]} == {
        n: (d["label"], d["kind"], kept.degree(n)) for n, d in kept.nodes(data=True)}
    facts = ("type", "rel", "role", "status", "date", "as_of", "reported_by")
    shown = sorted(json.dumps([sorted((e["from"], e["to"]))] + [e.get(k) for k in ("type_label", *facts)])
                   for e in data["edges"])
    assert shown == sorted(json.dumps([sorted((a, b))] + [d["type_label"]] + [d[k] or None for k in facts])
                           for a, b, d in kept.edges(data=True))
    rels = {d["rel"] for *_, d in kept.edges(data=True) if d["rel"]}
    everything = relationship_sources(synth)
    assert data["relationships"] == {r: {"label": everything[r]["label"], "sources": [
        {k: v for k, v in s.items() if k != "sha256"} for s in everything[r]["sources"]]} for r in rels if r in everything}


def test_max_nodes_reads_details_for_the_chosen_nodes_only(synth, synth_graph):
    store = Recording(synth)
    data = page_json(page_html(store, max_nodes=25))
    shown = {n["id"] for n in data["nodes"]}
    cut = min(synth_graph.degree(n) for n in shown)  # labels are read for the nodes tied there
    assert len(shown) == 25 and store.named("entity") == shown  # aliases
    assert shown <= store.named("node") and all(synth_graph.degree(n) == cut for n in store.named("node") - shown)
    assert store.named("rel") <= {e["rel"] for e in data["edges"] if "rel" in e}
    assert not any("GROUP BY ?rel ?a ?b" in text for text in store.texts)  # the whole projection's details


def test_a_focus_page_of_a_larger_graph_names_its_neighbourhood_only(synth, synth_graph):
    hub = max(synth_graph, key=synth_graph.degree)
    leaf = min(synth_graph[hub], key=lambda n: (synth_graph.degree(n), n))
    store = Recording(synth)
    data = page_json(page_html(store, focus=leaf, depth=1))
    expected = neighbourhood(synth_graph, leaf, 1)
    assert {n["id"] for n in data["nodes"]} == set(expected) and len(data["edges"]) == expected.number_of_edges()
    assert store.named("node") <= set(expected) | {leaf}
    assert store.named("rel") == {d["rel"] for *_, d in expected.edges(data=True) if d["rel"]}
