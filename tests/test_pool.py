"""Query execution in workers: formats, row caps, errors, and the pool's kill-and-replace."""

import json
import threading

import pyoxigraph as ox
import pytest

from graph.server.pool import QueryPool
from graph.server.results import Job, execute

RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


@pytest.fixture(scope="module")
def store():
    store = ox.Store()
    for i in range(5):
        store.add(ox.Quad(ox.NamedNode(f"http://e/{i}"), ox.NamedNode("http://e/label"),
                          ox.Literal(f"name {i}", language="en"), ox.NamedNode("http://e/g")))
    store.add(ox.Quad(ox.BlankNode("b"), ox.NamedNode("http://e/n"), ox.Literal("7", datatype=ox.NamedNode(
        "http://www.w3.org/2001/XMLSchema#integer")), ox.NamedNode("http://e/h")))
    return store


def test_select_json_terms(store):
    reply = execute(store, Job("SELECT ?s ?o WHERE { ?s <http://e/n> ?o }"), None)
    binding = json.loads(reply.body)["results"]["bindings"][0]
    assert reply.media_type == "application/sparql-results+json"
    assert binding["s"]["type"] == "bnode"
    assert binding["o"] == {"type": "literal", "value": "7", "datatype": "http://www.w3.org/2001/XMLSchema#integer"}


@pytest.mark.parametrize("fmt, start", [("json", b'{"head"'), ("xml", b"<?xml"), ("csv", b"s,o\r\n"),
                                        ("tsv", b"?s\t?o\n"), ("html", b"<p>5 rows</p><table>")])
def test_row_cap_in_every_format(store, fmt, start):
    query = "SELECT ?s ?o WHERE { ?s <http://e/label> ?o } ORDER BY ?s"
    capped = execute(store, Job(query, fmt), 3)
    whole = execute(store, Job(query, fmt), None)
    assert capped.truncated and not whole.truncated
    assert whole.body.startswith(start)
    assert b"http://e/3" not in capped.body and b"http://e/3" in whole.body


def test_construct_cap_and_formats(store):
    query = "CONSTRUCT WHERE { ?s <http://e/label> ?o }"
    reply = execute(store, Job(query, graph_format="nt"), 2)
    assert reply.truncated and len(reply.body.splitlines()) == 2
    assert execute(store, Job(query, graph_format="jsonld"), None).media_type == "application/ld+json"


def test_dataset_from_the_protocol(store):
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    union = json.loads(execute(store, Job(query), None).body)
    only_h = json.loads(execute(store, Job(query, default_graphs=("http://e/h",)), None).body)
    assert union["results"]["bindings"][0]["n"]["value"] == "6"
    assert only_h["results"]["bindings"][0]["n"]["value"] == "1"


def test_errors(store):
    assert execute(store, Job("SELECT ?x WHERE {"), None).status == 400
    assert execute(store, Job("ASK {}", result_format=None), None).status == 406
    assert execute(store, Job("CONSTRUCT WHERE {}", graph_format=None), None).status == 406


def small_store(tmp_path):
    """An on-disk store of 300 triples, closed so the pool's workers can open it."""
    path = tmp_path / "store"
    disk = ox.Store(str(path))
    disk.extend(ox.Quad(ox.NamedNode(f"http://e/{i}"), ox.NamedNode("http://e/p"), ox.Literal(str(i)))
                for i in range(300))
    disk.flush()
    del disk
    return path


def test_pool_kills_a_runaway_worker_and_keeps_serving(tmp_path):
    path = small_store(tmp_path)
    pool = QueryPool(str(path), size=2, timeout=1.5, max_rows=10)
    try:
        answers = {}
        thread = threading.Thread(target=lambda: answers.setdefault("runaway", pool.run(Job(RUNAWAY))))
        thread.start()
        quick = pool.run(Job("ASK { ?s ?p ?o }"))
        thread.join(60)
        assert (quick.status, json.loads(quick.body)["boolean"]) == (200, True)
        assert answers["runaway"].status == 503
        assert pool.stats.stopped == 1
        assert pool.run(Job("SELECT ?s WHERE { ?s ?p ?o }")).truncated
    finally:
        pool.close()
    assert pool.health()["workers"] == 0


def test_pool_stops_a_query_at_the_memory_limit(tmp_path):
    path = small_store(tmp_path)
    pool = QueryPool(str(path), size=1, timeout=120, memory_mb=1024)
    try:
        sort_everything = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i"
        reply = pool.run(Job(sort_everything))
        assert (reply.status, reply.body) == (
            503, b"query stopped: its worker died, most likely at the 1024 MB memory limit of a query\n")
        assert pool.run(Job("ASK { ?s ?p ?o }")).status == 200
        assert (pool.stats.crashed, pool.stats.served) == (1, 1)
    finally:
        pool.close()


def test_pool_reports_a_store_it_cannot_open(tmp_path):
    from graph.model.errors import StoreError

    with pytest.raises(StoreError, match="cannot open the store at .* read-only"):
        QueryPool(str(tmp_path / "nothing-here"), size=1)


def test_a_worker_starts_and_answers_under_a_tight_memory_cap(tmp_path):
    # The cap counts address space: the store's threads must start well inside it, or a busy
    # machine sees "a query worker exited while starting" at the default caps too.
    pool = QueryPool(str(small_store(tmp_path)), size=2, timeout=120, memory_mb=512)
    try:
        assert pool.run(Job("ASK { ?s ?p ?o }")).status == 200
    finally:
        pool.close()
