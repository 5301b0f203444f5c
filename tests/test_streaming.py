"""graph.query.streaming: results written a batch at a time are, for the W3C result formats
and N-Triples, the bytes pyoxigraph writes for the whole result; Turtle and JSON-LD in batches
are the same graph."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest

from graph.query.streaming import write_results

XSD = "http://www.w3.org/2001/XMLSchema#"
E = "http://e/"


@pytest.fixture(scope="module")
def store():
    """Seven subjects with every kind of term: IRIs, blank nodes, plain, language-tagged and
    typed literals, text that needs escaping, and a value left unbound."""
    store = ox.Store()
    objects = [ox.Literal("plain"), ox.Literal("tagged", language="en"),
               ox.Literal("3", datatype=ox.NamedNode(XSD + "integer")), ox.NamedNode(E + "o"),
               ox.BlankNode("b1"), ox.Literal('quote " comma , tab \t newline \n <&>'), ox.Literal("\u00e9\u4e2d")]
    for i, obj in enumerate(objects):
        store.add(ox.Quad(ox.NamedNode(f"{E}s{i}"), ox.NamedNode(E + "p"), obj))
        if i % 2:
            store.add(ox.Quad(ox.NamedNode(f"{E}s{i}"), ox.NamedNode(E + "q"), ox.Literal(str(i))))
    return store


SELECTS = [
    "SELECT ?s ?o ?x WHERE { ?s <http://e/p> ?o OPTIONAL { ?s <http://e/q> ?x } } ORDER BY ?s",
    "SELECT ?s WHERE { ?s <http://e/none> ?o }",  # no rows
    "SELECT * WHERE { }",  # one row, no variables
    "SELECT ?s WHERE { <http://e/s0> <http://e/p> ?o BIND(<http://e/s0> AS ?s) }",  # one row
]


def streamed(results, fmt: str, batch: int) -> bytes:
    pieces: list[bytes] = []
    write_results(results, fmt, pieces.append, batch=batch)
    return b"".join(pieces)


@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
@pytest.mark.parametrize("query", SELECTS)
@pytest.mark.parametrize("batch", [1, 2, 3, 1000])
def test_select_in_batches_is_the_engines_whole_document(store, fmt, query, batch):
    whole = store.query(query).serialize(format=ox.QueryResultsFormat.from_extension(fmt))
    assert streamed(store.query(query), fmt, batch) == whole + (b"" if whole.endswith(b"\n") else b"\n")


def test_batches_come_one_by_one(store):
    pieces: list[bytes] = []
    write_results(store.query(SELECTS[0]), "tsv", pieces.append, batch=2)
    assert len(pieces) == 1 + 4  # the heading, then seven rows two at a time


CONSTRUCT = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"


@pytest.mark.parametrize("batch", [1, 2, 1000])
def test_n_triples_in_batches_is_the_engines_whole_document(store, batch):
    whole = ox.serialize(store.query(CONSTRUCT), format=ox.RdfFormat.N_TRIPLES)
    assert streamed(store.query(CONSTRUCT), "nt", batch) == whole


@pytest.mark.parametrize("fmt, rdf", [("ttl", ox.RdfFormat.TURTLE), ("jsonld", ox.RdfFormat.JSON_LD)])
@pytest.mark.parametrize("batch", [1, 3, 1000])
def test_turtle_and_json_ld_in_batches_are_the_same_graph(store, fmt, rdf, batch):
    text = streamed(store.query(CONSTRUCT), fmt, batch)
    assert shape(ox.parse(text, rdf)) == shape(store.query(CONSTRUCT))
    if fmt == "ttl":
        assert text.count(b"@prefix dg:") <= 1
    else:
        assert isinstance(json.loads(text), list)


def shape(statements) -> set[tuple]:
    """Statements as plain tuples, the one blank node as '_' (parsing relabels it)."""
    def term(t):
        return "_" if isinstance(t, ox.BlankNode) else t

    return {(term(t.subject), t.predicate, term(t.object)) for t in statements}


@pytest.mark.parametrize("fmt, expected", [("ttl", b""), ("nt", b""), ("jsonld", b"[]\n")])
def test_an_empty_graph(store, fmt, expected):
    assert streamed(store.query("CONSTRUCT WHERE { ?s <http://e/none> ?o }"), fmt, 2) == expected
