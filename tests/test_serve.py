"""`kg serve` as a real process on a loopback port, queried by a real SPARQL client."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request

import pyoxigraph as ox
import pytest
from SPARQLWrapper import CSV, GET, JSON, POST, POSTDIRECTLY, TURTLE, XML, SPARQLWrapper

from conftest import REPO
from servers import get_json, kg_server, wait_until

WORKERS = 3
TIMEOUT = 3
MAX_ROWS = 50
ORGANIZATIONS = """SELECT ?x ?label WHERE { ?x a dg:Organization ; rdfs:label ?label } ORDER BY ?x ?label"""
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


@pytest.fixture(scope="module")
def server(seed_store_path, tmp_path_factory):
    log = tmp_path_factory.mktemp("serve-log") / "serve.log"
    options = ["--timeout", str(TIMEOUT), "--max-rows", str(MAX_ROWS), "--workers", str(WORKERS)]
    with kg_server(seed_store_path, log, *options) as base:
        yield base


@pytest.fixture(scope="module")
def direct(seed_store_path, server):
    """The same store read directly (read-only beside the server), for expected answers."""
    from graph.model.namespaces import PREFIXES

    store = ox.Store.read_only(str(seed_store_path))
    return lambda query: store.query(query, prefixes=dict(PREFIXES), use_default_graph_as_union=True)


def client(base: str, query: str, fmt=JSON, method=GET) -> SPARQLWrapper:
    wrapper = SPARQLWrapper(base + "/sparql")
    wrapper.setQuery(query)
    wrapper.setReturnFormat(fmt)
    wrapper.setMethod(method)
    wrapper.setTimeout(60)
    return wrapper


def request(base: str, path: str, data: bytes | None = None, headers: dict | None = None):
    """(status, headers, body) of one request; HTTP errors are answers too."""
    req = urllib.request.Request(base + path, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=60) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers, err.read()


def get_query(base: str, query: str, accept: str = "", **params):
    path = "/sparql?" + urllib.parse.urlencode({"query": query, **params})
    return request(base, path, headers={"Accept": accept} if accept else {})


def expected_organizations(direct) -> list[tuple[str, str]]:
    rows = [(r["x"].value, r["label"].value) for r in direct(ORGANIZATIONS)]
    assert ("https://dealgraph.org/id/openai", "OpenAI") in rows
    return rows


# ---------------------------------------------------------------- a real client


def test_select_json_by_get(server, direct):
    results = client(server, ORGANIZATIONS).queryAndConvert()
    rows = [(b["x"]["value"], b["label"]["value"]) for b in results["results"]["bindings"]]
    assert results["head"]["vars"] == ["x", "label"]
    assert rows == expected_organizations(direct)


def test_select_xml(server, direct):
    document = client(server, ORGANIZATIONS, XML).queryAndConvert()
    uris = [node.firstChild.data for node in document.getElementsByTagName("uri")]
    assert uris == [x for x, _ in expected_organizations(direct)]


def test_select_csv(server, direct):
    data = client(server, ORGANIZATIONS, CSV).queryAndConvert()
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"))))
    assert rows[0] == ["x", "label"]
    assert [tuple(r) for r in rows[1:]] == expected_organizations(direct)


def test_construct_turtle(server, direct):
    query = "CONSTRUCT { ?a dg:partnersWith ?b } WHERE { ?a dg:partnersWith ?b }"
    data = client(server, query, TURTLE).queryAndConvert()
    served = set(ox.parse(data, ox.RdfFormat.TURTLE))
    expected = {ox.Quad(t.subject, t.predicate, t.object) for t in direct(query)}
    assert served == expected and len(expected) > 2


def test_post_form_encoded(server, direct):
    results = client(server, ORGANIZATIONS, JSON, POST).queryAndConvert()
    assert len(results["results"]["bindings"]) == len(expected_organizations(direct))


def test_post_sparql_query_body(server):
    wrapper = client(server, "ASK { dgr:openai rdfs:label ?l }", JSON, POST)
    wrapper.setRequestMethod(POSTDIRECTLY)
    assert wrapper.queryAndConvert() == {"head": {}, "boolean": True}


# ---------------------------------------------------------------- /query, as Oxigraph names it


def test_a_client_pointed_at_query_is_answered(server, direct):
    wrapper = SPARQLWrapper(server + "/query")
    wrapper.setQuery(ORGANIZATIONS)
    wrapper.setReturnFormat(JSON)
    results = wrapper.queryAndConvert()
    assert [(b["x"]["value"], b["label"]["value"]) for b in results["results"]["bindings"]] == (
        expected_organizations(direct))


@pytest.mark.parametrize("params, accept, status, media", [
    ({"query": ORGANIZATIONS}, "text/csv", 200, "text/csv"),
    ({"query": ORGANIZATIONS, "format": "xml"}, "", 200, "application/sparql-results+xml"),
    ({"query": ORGANIZATIONS, "format": "html"}, "", 200, "text/html"),
    ({"query": "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"}, "application/n-triples", 200, "application/n-triples"),
    ({"query": "SELECT * WHERE { ?s ?p ?o }"}, "", 200, "application/sparql-results+json"),
    ({"query": "ASK {}"}, "image/png", 406, "text/plain"),
    ({"query": "SELECT * WHERE {"}, "", 400, "text/plain"),
    ({"query": ""}, "", 400, "text/plain"),
    ({"query": "DROP ALL"}, "", 403, "text/plain"),
    ({"update": "DROP ALL"}, "", 403, "text/plain"),
    ({"query": "SELECT * WHERE { SERVICE <http://example.org/s> { ?s ?p ?o } }"}, "", 403, "text/plain"),
])
def test_query_with_a_query_answers_as_sparql_does(server, params, accept, status, media):
    asked = "?" + urllib.parse.urlencode(params)
    headers = {"Accept": accept} if accept else {}
    answers = []
    for route in ("/sparql", "/query"):
        code, got, body = request(server, route + asked, headers=headers)
        answers.append((code, got.get_content_type(), got.get("X-Kg-Truncated"), body))
    assert answers[1] == answers[0]
    assert answers[1][:2] == (status, media)


# ---------------------------------------------------------------- content negotiation


@pytest.mark.parametrize("accept, media, start", [
    ("text/tab-separated-values", "text/tab-separated-values", b"?x\t?label\n"),
    ("application/sparql-results+json;q=0.5, text/csv", "text/csv", b"x,label\r\n"),
    ("text/html;q=0.1, application/xml", "application/sparql-results+xml", b"<?xml"),
    ("*/*", "application/sparql-results+json", b'{"head"'),
])
def test_select_formats_follow_accept(server, accept, media, start):
    status, headers, body = get_query(server, ORGANIZATIONS, accept)
    assert (status, headers.get_content_type()) == (200, media)
    assert body.startswith(start)


@pytest.mark.parametrize("accept, fmt", [
    ("application/n-triples", ox.RdfFormat.N_TRIPLES),
    ("application/ld+json", ox.RdfFormat.JSON_LD),
    ("text/turtle", ox.RdfFormat.TURTLE),
])
def test_construct_formats_follow_accept(server, accept, fmt):
    query = "CONSTRUCT { dgr:openai ?p ?o } WHERE { dgr:openai ?p ?o }"
    status, headers, body = get_query(server, query, accept)
    assert (status, headers.get_content_type()) == (200, accept)
    assert ox.NamedNode("https://dealgraph.org/id/openai") in {q.subject for q in ox.parse(body, fmt)}


def test_unacceptable_media_type_is_406(server):
    status, _, body = get_query(server, "ASK {}", "image/png")
    assert status == 406
    assert body.startswith(b"none of the accepted media types can carry these results")


def test_results_are_capped_at_max_rows(server):
    status, headers, body = get_query(server, "SELECT * WHERE { ?s ?p ?o }")
    assert status == 200 and headers["X-Kg-Truncated"] == "true"
    assert len(json.loads(body)["results"]["bindings"]) == MAX_ROWS


# ---------------------------------------------------------------- refusals


def test_update_by_form_is_403_and_changes_nothing(server, direct):
    marker = "INSERT DATA { GRAPH <https://dealgraph.org/graph/source/x> { dgr:intruder rdfs:label 'x' } }"
    wrapper = client(server, marker, JSON, POST)
    with pytest.raises(urllib.error.HTTPError) as raised:
        wrapper.query()
    assert raised.value.code == 403
    assert raised.value.read() == b"SPARQL Update is refused: this endpoint is read-only\n"
    assert not bool(direct("ASK { dgr:intruder ?p ?o }"))


@pytest.mark.parametrize("data, content_type", [
    (b"DROP ALL", "application/sparql-update"),
    (urllib.parse.urlencode({"query": "# sneaky\nPREFIX a: <http://a/>\n DELETE WHERE { ?s ?p ?o }"}).encode(),
     "application/x-www-form-urlencoded"),
    (b"CLEAR ALL", "application/sparql-query"),
])
def test_every_form_of_update_is_403(server, data, content_type):
    status, _, body = request(server, "/sparql", data, {"Content-Type": content_type})
    assert (status, body) == (403, b"SPARQL Update is refused: this endpoint is read-only\n")


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    "select * where { service silent <http://127.0.0.1:9/> { ?s ?p ?o } }",
    'SELECT * WHERE { BIND("""a\\"""" AS ?x) SERVICE <http://127.0.0.1:9/> { BIND("x" AS ?y) } }',
    "SELECT * WHERE { ?s ?p ?o .SERVICE ?s { ?a ?b ?c } }",
    "ASK { # comment }\n SERVICE <http://127.0.0.1:9/> {} }",
])
def test_service_is_refused(server, query):
    status, _, body = get_query(server, query)
    assert status == 403
    assert body == b"SERVICE (federated query) is refused: this endpoint does not call other servers\n"


def test_words_that_only_look_like_service_pass(server):
    query = 'SELECT ?service WHERE { BIND("SERVICE <x> {}" AS ?service) } # SERVICE'
    status, _, body = get_query(server, query, "application/json")
    assert status == 200
    assert json.loads(body)["results"]["bindings"][0]["service"]["value"] == "SERVICE <x> {}"


@pytest.mark.parametrize("path, data, headers, status, message", [
    ("/sparql", None, {}, 400, b"missing 'query' parameter\n"),
    ("/sparql?query=ASK%7B%7D&query=ASK%7B%7D", None, {}, 400, b"give exactly one 'query' parameter\n"),
    ("/sparql?query=%20%20", None, {}, 400, b"the query is empty\n"),
    ("/sparql?query=SELEKT", None, {}, 400, None),
    ("/sparql", b"query=ASK", {"Content-Type": "text/plain"}, 415, None),
    ("/sparql", b"query=\xff", {"Content-Type": "application/x-www-form-urlencoded"}, 400,
     b"the request body is not UTF-8\n"),
    ("/sparql", b"q" * (1 << 20 + 1), {"Content-Type": "application/sparql-query"}, 413, None),
    ("/sparql?query=ASK%7B%7D&default-graph-uri=not%20an%20iri", None, {}, 400, None),
])
def test_bad_requests_get_clear_errors(server, path, data, headers, status, message):
    got, response_headers, body = request(server, path, data, headers)
    assert got == status
    assert response_headers.get_content_type() == "text/plain"
    if message is not None:
        assert body == message


def test_other_hosts_are_refused(server):
    status, _, _ = request(server, "/health", headers={"Host": "attacker.example"})
    assert status == 400


# ---------------------------------------------------------------- timeouts and load


def test_runaway_query_is_stopped_while_others_are_answered(server, direct):
    outcome = {}

    def runaway():
        outcome["answer"] = get_query(server, RUNAWAY)

    thread = threading.Thread(target=runaway)
    thread.start()
    wait_until(lambda: get_json(server + "/health")["idle"] < WORKERS, "the runaway query", 30)
    results = client(server, ORGANIZATIONS).queryAndConvert()
    assert thread.is_alive(), "the runaway query ended before the normal one was answered"
    assert len(results["results"]["bindings"]) == len(expected_organizations(direct))
    thread.join(60)
    status, _, body = outcome["answer"]
    assert (status, body) == (503, f"query stopped: it ran longer than the {TIMEOUT} s timeout\n".encode())
    wait_until(lambda: get_json(server + "/health")["workers"] == WORKERS, "the replacement worker", 60)
    assert get_json(server + "/health")["stopped"] >= 1


def test_health(server):
    health = get_json(server + "/health")
    assert health["status"] == "ok"
    assert (health["timeout"], health["max_rows"]) == (TIMEOUT, MAX_ROWS)
    assert health["network_isolated"] in (True, False)


def test_load_200_requests_at_8_way_has_no_errors(server, tmp_path):
    report_file = tmp_path / "loadtest.json"
    command = [sys.executable, str(REPO / "scripts" / "loadtest.py"), "--url", server + "/sparql",
               "-n", "200", "-c", "8", "-o", str(report_file)]
    finished = subprocess.run(command, capture_output=True, text=True, timeout=600)
    report = json.loads(report_file.read_text())
    assert (finished.returncode, report["errors"], report["error_samples"]) == (0, 0, [])
    assert report["requests"] == 200 and sum(report["by_query"].values()) == 200
    assert 0 < report["p50_ms"] <= report["p99_ms"] <= report["max_ms"]


# ---------------------------------------------------------------- pages


def test_query_page_works_offline(server):
    status, headers, body = request(server, "/query")
    page = body.decode("utf-8")
    assert status == 200 and headers.get_content_type() == "text/html"
    assert "default-src 'none'" in headers["Content-Security-Policy"]
    assert "http://" not in page and "https://" not in page
    assert '<form method="post" action="sparql">' in page


def test_graph_page_is_served_at_the_root(server):
    status, headers, body = request(server, "/")
    page = body.decode("utf-8")
    assert status == 200 and headers.get_content_type() == "text/html"
    assert '<meta name="generator" content="dealgraph kg viz">' in page
    assert "Content-Security-Policy" not in headers  # the page's own meta policy allows its scripts
    assert "default-src 'none'" in page and "connect-src 'none'" in page


def test_pages_in_chromium(server, seed_store_path, tmp_path):
    """The graph page draws and the query page answers, with no request leaving the server."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        try:
            page = browser.new_page()
            requests, errors = [], []
            page.on("request", lambda r: requests.append(r.url))
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.goto(server + "/")
            page.wait_for_function("window.network && window.network.body.data.nodes.length > 0",
                                   timeout=60000)
            drawn = page.evaluate("window.network.body.data.nodes.length")
            page.goto(server + "/query")
            page.fill("textarea[name=query]", "SELECT ?x WHERE { BIND('<img src=x onerror=alert(1)>' AS ?x) }")
            page.click("button[type=submit]")
            page.wait_for_selector("td")
            cell = page.inner_text("td")
            page.screenshot(path=str(tmp_path / "query-page.png"))
        finally:
            browser.close()
    assert drawn == labelled_nodes(seed_store_path)
    assert cell == "<img src=x onerror=alert(1)>"
    assert errors == []
    assert {url.split("/")[2] for url in requests} == {server.split("/")[2]}


def labelled_nodes(store_path) -> int:
    """The nodes `kg viz` draws by default: the business network's."""
    from conftest import business_graph
    from graph.store.embedded import Store

    store = Store.open(store_path)
    try:
        return business_graph(store).number_of_nodes()
    finally:
        store.close()


def test_query_page_results_are_escaped(server):
    query = 'SELECT ?x WHERE { BIND("<script>alert(1)</script>" AS ?x) }'
    data = urllib.parse.urlencode({"query": query, "format": "html"}).encode()
    status, headers, body = request(server, "/sparql", data, {"Content-Type": "application/x-www-form-urlencoded"})
    page = body.decode("utf-8")
    assert status == 200 and headers.get_content_type() == "text/html"
    assert "<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>" in page
    assert "<script>" not in page


def test_query_page_shows_errors(server):
    data = urllib.parse.urlencode({"query": "DROP ALL", "format": "html"}).encode()
    status, _, body = request(server, "/sparql", data, {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 403
    assert '<p class="error">SPARQL Update is refused: this endpoint is read-only</p>' in body.decode()


# ---------------------------------------------------------------- kg itself as a client


def test_kg_commands_can_use_kg_serve_as_their_endpoint(server, seed_store_path):
    from click.testing import CliRunner

    from graph.cli import main

    for args in (["sources", "--json"], ["stats", "--json"]):
        local = CliRunner().invoke(main, ["--store", str(seed_store_path), *args])
        remote = CliRunner().invoke(main, ["--endpoint", server + "/sparql", *args])
        assert (remote.exit_code, remote.output) == (0, local.output)
    cut = CliRunner().invoke(main, ["--endpoint", server + "/sparql", "export", "--format", "nt"])
    assert (cut.exit_code, cut.output) == (1, f"Error: {server}/sparql cut its answer at its row limit; "
                                              "raise the server's limit (kg serve --max-rows) or narrow the query\n")
