"""RemoteStore and kg push against real servers, Oxigraph and Virtuoso Open-Source: the same
answers as the embedded store."""

from __future__ import annotations

import json
from contextlib import contextmanager
from dataclasses import dataclass

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from graph.cli import main
from graph.model.errors import QueryError, RemoteUnsupported, StoreError
from graph.store.push import blank_node_chunks
from graph.store.remote import RemoteStore, with_bindings
from graph.store.embedded import Store
from servers import oxigraph_server, virtuoso_server

HOSTILE = [
    'OpenAI" } UNION { ?x ?p ?o } #',
    "OpenAI' } UNION { ?x ?p ?o }",
    '\\u0022 } UNION { ?x ?p ?o } #',
    "}} ; DROP ALL ; SELECT * {{",
    'x"^^<http://www.w3.org/2001/XMLSchema#string>) (?x',
    "line\nbreak \t tab \\ backslash \x01 control",
]
LABEL_QUERY = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?x ?name WHERE { ?x rdfs:label ?label . FILTER (STR(?label) = ?name) } ORDER BY ?x"""


def kg(*args: str, env: dict | None = None):
    return CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)


@dataclass(frozen=True)
class Server:
    """Where a running server takes queries, updates (with its authentication) and graphs."""

    name: str
    query: str
    update: str
    graph_store: str


SERVERS = ["oxigraph", "virtuoso"]


@contextmanager
def server(kind: str, location):
    """A fresh server of `kind` with its database in `location`."""
    if kind == "oxigraph":
        with oxigraph_server(location) as base:
            yield Server(kind, base + "/query", base + "/update", base + "/store")
    else:
        with virtuoso_server(location) as base:
            # The DBA account, by Digest authentication (Virtuoso's /sparql-auth wants no Basic).
            auth = base.replace("http://", "http://dba:dba@")
            yield Server(kind, base + "/sparql", auth + "/sparql-auth", auth + "/sparql-graph-crud-auth")


@pytest.fixture(scope="module", params=SERVERS)
def running(request, tmp_path_factory):
    with server(request.param, tmp_path_factory.mktemp(request.param)) as where:
        yield where


@pytest.fixture(scope="module")
def pushed(running, seed_store_path):
    """The seed store pushed by SPARQL Update; returns the query URL."""
    result = kg("--store", str(seed_store_path), "--endpoint", running.query,
                "--update-endpoint", running.update, "push", "--chunk", "100")
    assert result.exit_code == 0, result.output
    return running.query


def both(store_path, endpoint, *args: str) -> tuple[str, str]:
    """A command's output from the embedded store and from the endpoint."""
    local = kg("--store", str(store_path), *args)
    remote = kg("--endpoint", endpoint, *args)
    assert (local.exit_code, remote.exit_code) == (0, 0), (local.output, remote.output)
    return local.output, remote.output


@pytest.mark.parametrize("kind", SERVERS)
def test_push_reports_every_graph(seed_store_path, tmp_path, kind):
    with server(kind, tmp_path / kind) as where:
        result = kg("--store", str(seed_store_path), "--endpoint", where.query,
                    "--update-endpoint", where.update, "push")
    store = Store.open(seed_store_path)
    try:
        counts = [(g, store.triple_count(g)) for g in graph_order(store)]
    finally:
        store.close()
    lines = [f"pushed {g} ({n} triples)" for g, n in counts]
    lines.append(f"pushed {len(counts)} graphs, {sum(n for _, n in counts)} triples, counts checked")
    assert result.exit_code == 0, result.output
    assert result.output == "\n".join(lines) + "\n"


def graph_order(store: Store) -> list[str]:
    from graph.store.push import graphs_to_push

    return graphs_to_push(store)


@pytest.mark.parametrize("args", [
    ("sources", "--json"),
    ("stats", "--json"),
    ("sparql", "--format", "json",
     "SELECT ?a ?b WHERE { ?a dg:partnersWith ?b } ORDER BY ?a ?b"),
    ("sparql", "--format", "csv",
     "SELECT ?deal ?status ?date WHERE { ?deal a dg:Deal ; dg:status ?status . "
     "OPTIONAL { ?deal dg:date ?date } } ORDER BY ?deal"),
    ("sparql", "--format", "json", "ASK { dgr:openai dg:partnersWith ?x }"),
    ("sparql", "--format", "nt",
     "CONSTRUCT { dgr:openai ?p ?o } WHERE { dgr:openai ?p ?o FILTER(!isBlank(?o)) }"),
])
def test_commands_answer_the_same_remotely(pushed, seed_store_path, args):
    local, remote = both(seed_store_path, pushed, *args)
    if "nt" in args:
        local, remote = sorted(local.splitlines()), sorted(remote.splitlines())
    assert local == remote
    assert local and "(no results)" not in local and '"boolean":false' not in local


@pytest.mark.parametrize("args", [
    ("partners", "--json"),
    ("partners", "Samsung", "--json"),
    ("partners", "OpenAI", "--json", "--status", "signed"),
    ("partners", "--json", "--as-of", "2025-06-01"),
    ("entity", "OpenAI", "--json"),
    ("entity", "Jason Kwon", "--json"),
    ("path", "Jason Kwon", "Chey Tae-won", "--json"),
    ("path", "OpenAI", "SK Group", "--json"),
    ("rank", "--json"),
    ("ask", "who partners with SK?", "--json", "--show-query"),
    ("ask", "How is Jason Kwon connected to Chey Tae-won?", "--json"),
    ("ask", "who is Jason Kwon?", "--json"),
    ("ask", "Has Samsung a deal with SK?", "--json"),
    ("ask", "How many partners does OpenAI have?", "--json"),
    ("ask", "Which Korean firms signed deals with OpenAI in 2025?", "--json"),
    ("ask", "Will OpenAI open a data centre in South Korea?", "--json"),
    ("ask", "Which firms belong to Stargate?", "--json"),
])
def test_graph_commands_answer_the_same_remotely(pushed, seed_store_path, args):
    local, remote = both(seed_store_path, pushed, *args)
    assert local == remote
    assert json.loads(local)


@pytest.mark.parametrize("options", [[], ["--focus", "OpenAI", "--depth", "1"]])
def test_viz_page_is_the_same_remotely(pushed, seed_store_path, tmp_path, options):
    pages = []
    for name, where in (("local", ["--store", str(seed_store_path)]), ("remote", ["--endpoint", pushed])):
        result = kg(*where, "viz", "-o", str(tmp_path / f"{name}.html"), *options)
        assert result.exit_code == 0, result.output
        pages.append((tmp_path / f"{name}.html").read_text(encoding="utf-8"))
    assert pages[0] == pages[1]
    assert "window.network" in pages[0]


@pytest.mark.parametrize("args", [("entity", "Samsnug"), ("path", "OpenAI", "Samsnug"),
                                  ("partners", 'x" } UNION { ?s ?p ?o } #')])
def test_graph_command_errors_are_the_same_remotely(pushed, seed_store_path, args):
    local = CliRunner().invoke(main, ["--store", str(seed_store_path), *args])
    remote = CliRunner().invoke(main, ["--endpoint", pushed, *args])
    assert (remote.exit_code, remote.output) == (local.exit_code, local.output)
    assert local.exit_code == 1 and local.output.startswith("Error: no entity named")


def test_export_is_isomorphic_remotely(pushed, running, seed_store_path):
    from rdflib import Graph
    from rdflib.compare import isomorphic

    local, remote = both(seed_store_path, pushed, "export", "--format", "nt", "--derived")
    local_graph, remote_graph = Graph().parse(data=local, format="nt"), Graph().parse(data=remote, format="nt")
    assert "_:" in local
    if running.name == "virtuoso":
        # The README's limitation: Virtuoso keeps a whole-number xsd:decimal as an xsd:integer.
        assert not isomorphic(local_graph, remote_graph)
        local_graph = whole_decimals_as_integers(local_graph)
    assert isomorphic(local_graph, remote_graph)


def whole_decimals_as_integers(graph):
    from rdflib import Graph, Literal
    from rdflib.namespace import XSD

    def stored(term):
        whole = isinstance(term, Literal) and term.datatype == XSD.decimal and "." not in str(term)
        return Literal(str(term), datatype=XSD.integer) if whole else term

    changed = Graph()
    for s, p, o in graph:
        changed.add((s, p, stored(o)))
    return changed


def test_network_export_is_the_same_graph_remotely(pushed, seed_store_path, tmp_path):
    import networkx as nx

    graphs = []
    for name, where in (("local", ["--store", str(seed_store_path)]), ("remote", ["--endpoint", pushed])):
        result = kg(*where, "export", "--format", "graphml", "-o", str(tmp_path / f"{name}.graphml"))
        assert result.exit_code == 0, result.output
        graphs.append(nx.read_graphml(tmp_path / f"{name}.graphml"))

    def edges(graph):
        return sorted((min(u, v), max(u, v), sorted(d.items())) for u, v, d in graph.edges(data=True))

    local, remote = graphs
    assert sorted(local.nodes(data=True)) == sorted(remote.nodes(data=True))
    assert edges(local) == edges(remote) and local.number_of_edges() > 10


def test_bindings_are_only_ever_values(pushed, seed_store_path):
    remote = RemoteStore(pushed)
    local = Store.open(seed_store_path)
    try:
        for name in ["OpenAI", *HOSTILE]:
            remote_rows = [r["x"].value for r in remote.query(LABEL_QUERY, {"name": name})]
            local_rows = [r["x"].value for r in local.query(LABEL_QUERY, {"name": name})]
            assert remote_rows == local_rows, name
            assert remote_rows == (["https://dealgraph.org/id/openai"] if name == "OpenAI" else [])
    finally:
        local.close()


def test_bindings_reach_filters_and_subqueries(pushed):
    remote = RemoteStore(pushed)
    count = """SELECT ?n WHERE { { SELECT (COUNT(*) AS ?n) WHERE { ?x ?p ?o } } FILTER(?n > ?min) }"""
    assert len(list(remote.query(count, {"min": 1}))) == 1
    assert len(list(remote.query(count, {"min": 10 ** 9}))) == 0
    construct = "CONSTRUCT { ?x ?p ?o } WHERE { ?x ?p ?o }"
    triples = list(remote.query(construct, {"x": ox.NamedNode("https://dealgraph.org/id/openai")}))
    assert triples and {t.subject.value for t in triples} == {"https://dealgraph.org/id/openai"}


def test_with_bindings_rejects_what_it_cannot_bind():
    with pytest.raises(QueryError, match="cannot bind x for a remote endpoint: the CONSTRUCT WHERE"):
        with_bindings("CONSTRUCT WHERE { ?x ?p ?o }", {"x": "a"})
    with pytest.raises(QueryError, match="blank node"):
        with_bindings("SELECT * WHERE { ?x ?p ?o }", {"x": ox.BlankNode()})
    with pytest.raises(QueryError, match="invalid variable name"):
        with_bindings("SELECT * WHERE { ?x ?p ?o }", {"x) {} #": "a"})


def test_remote_errors_are_one_line(pushed):
    with pytest.raises(QueryError, match=r"^http://127\.0\.0\.1:\d+/(query|sparql) answered HTTP 400: "):
        RemoteStore(pushed).query("SELEKT")
    with pytest.raises(StoreError, match=r"^cannot reach http://127\.0\.0\.1:9/query: "):
        RemoteStore("http://127.0.0.1:9/query").query("ASK {}")
    with pytest.raises(StoreError, match="not an http"):
        RemoteStore("file:///etc/passwd")
    with pytest.raises(RemoteUnsupported, match=r"needs the embedded store \(ox\)"):
        RemoteStore(pushed).ox
    assert not hasattr(RemoteStore(pushed), "bulk_add_source")


def test_cli_reports_remote_failures(pushed, tmp_path):
    draft = tmp_path / "draft.ttl"
    draft.write_text("<https://dealgraph.org/id/x> <http://www.w3.org/2000/01/rdf-schema#label> 'x' .\n")
    result = CliRunner().invoke(main, ["--endpoint", pushed, "add", str(draft)])
    assert (result.exit_code, result.output) == (
        1, "Error: this command needs the embedded store (ox); it is not available with --endpoint\n")
    result = CliRunner().invoke(main, ["--endpoint", "http://127.0.0.1:9/query", "stats"])
    assert result.exit_code == 1
    assert result.output.startswith("Error: cannot reach http://127.0.0.1:9/query: ")


@pytest.mark.parametrize("kind", SERVERS)
def test_push_by_graph_store_protocol(seed_store_path, tmp_path, kind):
    with server(kind, tmp_path / kind) as where:
        result = kg("--store", str(seed_store_path), "--endpoint", where.query, "push",
                    "--graph-store", where.graph_store, "--chunk", "50")
        assert result.exit_code == 0, result.output
        assert result.output.endswith(" triples, counts checked\n")
        local, remote = both(seed_store_path, where.query, "sources", "--json")
    assert local == remote and json.loads(remote)


@pytest.mark.parametrize("kind", SERVERS)
def test_remote_update_rederives(tmp_path, kind):
    with server(kind, tmp_path / kind) as where:
        remote = RemoteStore(where.query, where.update)
        remote.send_update("""
            PREFIX dg: <https://dealgraph.org/ontology#>
            INSERT DATA { GRAPH <https://dealgraph.org/graph/ontology> {
              dg:Partnership <http://www.w3.org/2000/01/rdf-schema#subClassOf> dg:Deal } }""")
        remote.update("""PREFIX dg: <https://dealgraph.org/ontology#>
            INSERT DATA { GRAPH <https://dealgraph.org/graph/source/t> {
              <https://dealgraph.org/id/d> a dg:Partnership ;
                 dg:party <https://dealgraph.org/id/a>, <https://dealgraph.org/id/b> } }""")
        ask = "ASK { <https://dealgraph.org/id/a> <https://dealgraph.org/ontology#partnersWith> ?b }"
        assert bool(remote.query(ask))
        assert remote.sources() == ["t"]
        assert remote.triple_count("https://dealgraph.org/graph/source/t") == 3


def test_push_needs_somewhere_to_send(seed_store_path):
    result = CliRunner().invoke(main, ["--store", str(seed_store_path), "push"], env={"KG_UPDATE_ENDPOINT": ""})
    assert (result.exit_code, result.output) == (1, "Error: kg push needs --update-endpoint URL or --graph-store URL\n")


def test_chunks_keep_blank_node_structures_together():
    p = ox.NamedNode("http://e/p")
    evidence, selector = ox.BlankNode("e"), ox.BlankNode("s")
    triples = [ox.Triple(ox.NamedNode(f"http://e/{i}"), p, ox.Literal(str(i))) for i in range(5)]
    triples += [ox.Triple(ox.NamedNode("http://e/deal"), p, evidence), ox.Triple(evidence, p, selector),
                ox.Triple(selector, p, ox.Literal("12"))]
    chunks = list(blank_node_chunks(triples, 2))
    assert sum(map(len, chunks)) == len(triples)
    holding = [c for c in chunks if any(isinstance(t.object, ox.BlankNode) for t in c)]
    assert len(holding) == 1 and len(holding[0]) == 3


UNION_ERROR = ("Error: {base}/query keeps its named graphs out of its default graph, so no query finds "
               "anything: make the default graph the union of the named graphs (oxigraph serve "
               "--union-default-graph; Fuseki: unionDefaultGraph true on the dataset)\n")


def test_a_server_whose_default_graph_is_not_the_union_is_named_in_one_line(seed_store_path, tmp_path):
    import graph

    with oxigraph_server(tmp_path / "ox", union=False) as base:
        empty = kg("--endpoint", base + "/query", "sparql", "ASK { ?s ?p ?o }")
        pushed = kg("--store", str(seed_store_path), "--update-endpoint", base + "/update", "push")
        asked = CliRunner().invoke(main, ["--endpoint", base + "/query", "partners", "OpenAI"])
        stats = CliRunner().invoke(main, ["--endpoint", base + "/query", "stats"])
        with pytest.raises(StoreError) as raised, graph.connect(base + "/query") as remote:
            remote.entity("OpenAI")
        counted = kg("--store", str(seed_store_path), "--endpoint", base + "/query",
                     "--update-endpoint", base + "/update", "push")
    assert (empty.exit_code, empty.output) == (0, "no\n")  # an empty server is not refused
    assert pushed.exit_code == 0, pushed.output
    assert (asked.exit_code, asked.output) == (1, UNION_ERROR.format(base=base))
    assert (stats.exit_code, stats.output) == (1, UNION_ERROR.format(base=base))
    assert f"Error: {raised.value}\n" == UNION_ERROR.format(base=base)
    assert counted.exit_code == 1 and counted.output.endswith(UNION_ERROR.format(base=base))


def test_a_union_server_is_checked_once_per_store(pushed):
    store = RemoteStore(pushed)
    assert not store.union_checked
    assert store.sources()
    assert store.union_checked


def test_virtuoso_refusals_are_one_line(seed_store_path, tmp_path):
    with virtuoso_server(tmp_path / "virtuoso") as base:
        wrong = kg("--store", str(seed_store_path), "--update-endpoint",
                   base.replace("http://", "http://dba:wrong@") + "/sparql-auth", "push")
        anonymous = kg("--store", str(seed_store_path), "push", "--graph-store", base + "/sparql-graph-crud")
    assert (wrong.exit_code, wrong.output) == (1, f"Error: {base}/sparql-auth answered HTTP 401: not authorized: "
                                                  "check the user and password given in the URL "
                                                  "(http://USER:PASSWORD@HOST/...)\n")
    assert anonymous.exit_code == 1
    assert anonymous.output.startswith(f"Error: {base}/sparql-graph-crud answered HTTP 403: ")
    assert "Permission denied" in anonymous.output and "<" not in anonymous.output
