"""The data commands end to end: build, add, remove, sources, validate, export, sparql, stats."""

import json

import pytest
from click.testing import CliRunner

from drafts import INVALID_DRAFT, MALFORMED_DRAFT, VALID_DRAFT
from graph.cli import main
from graph.store.embedded import Store


@pytest.fixture
def kg(store_path):
    """Run `kg` against the test store; returns (exit code, stdout, stderr)."""
    runner = CliRunner()

    def run(*args):
        result = runner.invoke(main, ["--store", str(store_path), *args])
        return result.exit_code, result.stdout, result.stderr

    return run


def triple_count(store_path) -> int:
    store = Store.open(store_path)
    try:
        return store.triple_count()
    finally:
        store.close()


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_build_reports_what_it_built(kg, store_path):
    code, out, _ = kg("build")
    assert code == 0
    assert out.startswith(f"built {store_path}: 3 sources, ")


def test_add_stores_a_valid_draft_and_remove_takes_it_out(kg, store_path, tmp_path):
    kg("build")
    before = triple_count(store_path)
    draft = write(tmp_path, "acme-draft.ttl", VALID_DRAFT)
    assert kg("add", str(draft)) == (0, "added 26 triples as source acme-draft\n", "")
    code, out, _ = kg("sparql", "SELECT ?b WHERE { dgr:acme-robotics dg:partnersWith ?b }", "--format", "csv")
    assert out.splitlines() == ["b", "https://dealgraph.org/id/openai"]
    assert kg("remove", "acme-draft") == (0, "removed source acme-draft (26 triples)\n", "")
    assert triple_count(store_path) == before


def test_add_refuses_a_draft_that_violates_the_shapes(kg, store_path, tmp_path):
    kg("build")
    before = triple_count(store_path)
    draft = write(tmp_path, "bad.ttl", INVALID_DRAFT)
    code, out, err = kg("add", str(draft))
    assert code == 1
    lines = err.splitlines()
    assert lines[0] == f"Error: {draft}: 2 shape violation(s); nothing was stored"
    assert "  dgr:deal-acme-openai dg:party: a deal has at least two dg:party agents" in lines
    assert "  dgr:deal-acme-openai dg:status: a relationship needs exactly one status from dg:ClaimStatus" in lines
    assert triple_count(store_path) == before


def test_malformed_turtle_names_file_and_line_and_changes_nothing(kg, store_path, tmp_path):
    kg("build")
    before = triple_count(store_path)
    draft = write(tmp_path, "broken.ttl", MALFORMED_DRAFT)
    for command in ("add", "load", "validate"):
        code, out, err = kg(command, str(draft))
        assert code == 1, command
        assert err.startswith(f"Error: {draft}:12: "), (command, err)
        assert "Traceback" not in err
    assert triple_count(store_path) == before


def test_missing_file_is_one_line_error(kg, tmp_path):
    code, _, err = kg("add", str(tmp_path / "nope.ttl"))
    assert (code, err) == (1, f"Error: {tmp_path / 'nope.ttl'}: no such file\n")


def test_unknown_extension_is_refused(kg, tmp_path):
    path = write(tmp_path, "notes.txt", "hello")
    code, _, err = kg("add", str(path))
    assert code == 1
    assert err.startswith(f"Error: {path}: unknown RDF file extension '.txt'")


def test_sources_lists_the_two_articles(kg):
    code, out, _ = kg("sources", "--json")
    rows = {r["source"]: r for r in json.loads(out)}
    assert rows["rcr-2025-09-10-openai-korea"]["outlet"] == "RCR Wireless News"
    assert rows["rcr-2025-09-10-openai-korea"]["published"] == "2025-09-10"
    assert rows["aju-2025-05-26-openai-korea"]["outlet"] == "Aju Press"
    assert rows["aju-2025-05-26-openai-korea"]["published"] == "2025-05-26"
    assert set(rows) == {"entities", "rcr-2025-09-10-openai-korea", "aju-2025-05-26-openai-korea"}


def test_validate_the_bundled_store_conforms(kg):
    assert kg("validate") == (0, "store: conforms to the shapes\n", "")


def test_validate_a_file_with_violations_exits_1(kg, tmp_path):
    draft = write(tmp_path, "bad.ttl", INVALID_DRAFT)
    code, _, err = kg("validate", str(draft))
    assert code == 1
    assert err.splitlines()[0] == f"Error: {draft}: 2 shape violation(s)"


def test_sparql_select_formats_follow_the_w3c_results(kg):
    query = "SELECT ?label WHERE { dgr:openai rdfs:label ?label }"
    assert kg("sparql", query, "--format", "csv")[1].splitlines() == ["label", "OpenAI"]
    assert kg("sparql", query, "--format", "tsv")[1] == '?label\n"OpenAI"@en\n'
    assert json.loads(kg("sparql", query, "--json")[1])["results"]["bindings"] == [
        {"label": {"type": "literal", "value": "OpenAI", "xml:lang": "en"}}]
    assert "<literal xml:lang=\"en\">OpenAI</literal>" in kg("sparql", query, "--format", "xml")[1]
    assert kg("sparql", query)[1] == "label\n------\nOpenAI\n"


def test_sparql_ask_and_construct(kg):
    assert kg("sparql", "ASK { dgr:openai a dg:Company }")[1] == "yes\n"
    out = kg("sparql", "CONSTRUCT { dgr:openai rdfs:label ?l } WHERE { dgr:openai rdfs:label ?l }")[1]
    assert out.splitlines()[-1] == 'dgr:openai rdfs:label "OpenAI"@en .'


def test_sparql_query_from_file(kg, tmp_path):
    path = write(tmp_path, "q.rq", "SELECT (COUNT(*) AS ?n) WHERE { dgr:openai a dg:Company }")
    assert kg("sparql", str(path), "--format", "csv")[1].splitlines() == ["n", "1"]


def test_sparql_syntax_error_gives_its_position(kg):
    code, _, err = kg("sparql", "SELECT ?x WHERE { ?x a dg:Company ")
    assert code == 1
    assert err.startswith("Error: SPARQL syntax error: error at 1:35: ")


def test_sparql_update_needs_the_flag(kg, store_path):
    kg("build")
    before = triple_count(store_path)
    update = 'INSERT DATA { dgr:acme a dg:Company ; rdfs:label "Acme" }'
    code, _, err = kg("sparql", update)
    assert (code, err) == (1, "Error: this is a SPARQL Update; pass --update to change the store\n")
    assert triple_count(store_path) == before
    assert kg("sparql", update, "--update") == (0, "update applied\n", "")
    # stored as a source, and derived from like one
    assert "sparql-updates" in Store.open(store_path).sources()
    assert kg("sparql", "ASK { dgr:acme a dg:Organization }")[1] == "yes\n"


def test_export_formats_round_trip(kg, tmp_path):
    import rdflib

    for fmt, parser in (("ttl", "turtle"), ("nt", "nt"), ("jsonld", "json-ld")):
        out = tmp_path / f"export.{fmt}"
        assert kg("export", "--format", fmt, "-o", str(out))[0] == 0
        graph = rdflib.Graph().parse(out, format=parser)
        assert (rdflib.URIRef("https://dealgraph.org/id/openai"), rdflib.RDFS.label,
                rdflib.Literal("OpenAI", lang="en")) in graph
    trig = tmp_path / "export.trig"
    kg("export", "--format", "trig", "-o", str(trig))
    dataset = rdflib.Dataset().parse(trig, format="trig")
    names = {str(g.identifier) for g in dataset.graphs()}
    assert "https://dealgraph.org/graph/source/rcr-2025-09-10-openai-korea" in names


def test_stats_counts_by_class(kg):
    rows = {r["class"]: r["count"] for r in json.loads(kg("stats", "--json")[1])}
    assert rows["dg:Person"] == 5
    assert rows["dg:Deal"] >= 10
    assert rows["dg:Organization"] > rows["dg:Company"]


def test_export_network_for_gephi(kg, tmp_path):
    import networkx as nx

    for fmt, read in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        out = tmp_path / f"net.{fmt}"
        assert kg("export", "--format", fmt, "-o", str(out))[0] == 0
        graph = read(out)
        openai = "https://dealgraph.org/id/openai"
        assert graph.nodes[openai]["label"] == "OpenAI"
        partners = {graph.nodes[n]["label"] for n in graph.neighbors(openai)}
        assert {"Kakao", "Broadcom", "SoftBank", "Oracle", "Krafton", "SK Telecom"} <= partners


def test_sparql_refuses_service_unless_allowed(kg):
    code, _, err = kg("sparql", "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }")
    assert (code, err) == (1, "Error: this query uses SERVICE, which sends it to another server; "
                              "pass --service to allow federation\n")


def test_sparql_formats_must_fit_the_query_form(kg):
    construct = "CONSTRUCT WHERE { dgr:openai rdfs:label ?l }"
    assert json.loads(kg("sparql", construct, "--json")[1])[0]["@id"] == "https://dealgraph.org/id/openai"
    assert kg("sparql", construct, "--format", "csv")[2] == (
        "Error: --format csv is for SELECT and ASK; CONSTRUCT and DESCRIBE take ttl, nt or jsonld\n")
    select = "SELECT ?l WHERE { dgr:openai rdfs:label ?l }"
    assert kg("sparql", select, "--format", "ttl")[2] == (
        "Error: --format ttl is for CONSTRUCT and DESCRIBE; SELECT and ASK take table, json, csv, tsv or xml\n")
    assert kg("sparql", select, "--json")[1].endswith("}\n")


RESTATED = '<https://dealgraph.org/id/openai> <http://www.w3.org/2000/01/rdf-schema#label> "OpenAI"@en .\n'


def test_export_merges_a_triple_two_sources_state_and_keeps_it_in_each_named_graph(kg, tmp_path):
    (tmp_path / "restated.nt").write_text(RESTATED)
    assert kg("add", str(tmp_path / "restated.nt"))[0] == 0
    code, merged, _ = kg("export", "--format", "nt")
    assert code == 0 and merged.count(RESTATED) == 1
    assert len(merged.splitlines()) == len(set(merged.splitlines())) > 500
    quads = kg("export", "--format", "nq")[1]
    assert sum(line.startswith(RESTATED[:-3]) for line in quads.splitlines()) == 2
    kg("export", "--format", "nt", "-o", str(tmp_path / "merged.nt"))
    assert (tmp_path / "merged.nt").read_text() == merged


def test_export_to_a_missing_folder_is_one_line_and_writes_nothing(kg, tmp_path):
    code, _, err = kg("export", "-o", str(tmp_path / "no-such-folder" / "out.ttl"))
    assert code == 1 and err.startswith("Error: cannot write ") and err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


def test_an_interrupted_write_leaves_the_old_file_and_no_partial_one(tmp_path):
    from graph.model.files import write_whole

    target = tmp_path / "export.nt"
    target.write_text("old\n")

    def stopped_half_way(out):
        out.write(b"new, half of it")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_whole(target, stopped_half_way)
    assert target.read_text() == "old\n" and [p.name for p in tmp_path.iterdir()] == ["export.nt"]


@pytest.fixture
def web(tmp_path):
    """A real HTTP server on a free local port serving an HTML page; its request log."""
    import http.server
    import threading

    requests = []

    class Page(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            requests.append(self.path)
            body = b"<html><p>not RDF</p></html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Page)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}", requests
    server.shutdown()
    server.server_close()


def test_sparql_load_is_refused_unless_allowed_and_fetches_nothing(kg, store_path, web):
    base, requests = web
    kg("build")
    before = triple_count(store_path)
    code, out, err = kg("sparql", "--update", f"LOAD <{base}/page.html>")
    assert (code, out, err) == (1, "", "Error: this update uses LOAD, which fetches data from another server; "
                                       "pass --service to allow it\n")
    assert requests == [] and triple_count(store_path) == before


def test_sparql_load_of_a_page_that_is_not_rdf_is_one_error_line(kg, store_path, web):
    base, requests = web
    kg("build")
    before = triple_count(store_path)
    code, out, err = kg("sparql", "--update", "--service", f"LOAD <{base}/page.html>")
    assert (code, out, err) == (1, "", "Error: update failed: The content media type text/html is not supported\n")
    assert requests == ["/page.html"] and triple_count(store_path) == before


@pytest.mark.parametrize("query, expected", [
    ("SELECT (COUNT(*) AS ?n) FROM <urn:nonexistent> WHERE { ?s ?p ?o }", "0"),
    ("SELECT (COUNT(*) AS ?n) FROM <https://dealgraph.org/graph/source/extra> WHERE { ?s ?p ?o }", "2"),
    # FROM NAMED alone: the named graph for GRAPH, and an empty default graph (SPARQL 1.1 13.2)
    ("SELECT (COUNT(*) AS ?n) FROM NAMED <https://dealgraph.org/graph/source/extra> WHERE { ?s ?p ?o }", "0"),
])
def test_sparql_honours_from_and_from_named(kg, store_path, tmp_path, query, expected):
    kg("build")
    extra = write(tmp_path, "extra.ttl", VALID_DRAFT)
    assert kg("add", str(extra), "--name", "extra")[0] == 0
    store = Store.open(store_path)
    try:
        extra_size = store.triple_count("https://dealgraph.org/graph/source/extra")
    finally:
        store.close()
    expected = str(extra_size) if expected == "2" else expected
    assert kg("sparql", query, "--format", "csv")[1].splitlines() == ["n", expected]
    everything = kg("sparql", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--format", "csv")[1].splitlines()[1]
    assert int(everything) > extra_size  # without FROM: every graph
