"""Query results written as they come: `write_results` hands the output to `write` in pieces,
a batch of rows at a time, so that no result is ever held whole.

pyoxigraph serialises a result in one piece only, so each batch of rows is serialised as a
document of its own and its body is cut out of it: the W3C formats (JSON, XML, CSV, TSV) then
come out byte for byte as pyoxigraph writes the whole result. N-Triples is a line per triple;
Turtle and JSON-LD restate, in the next batch, a subject that a batch boundary cuts (still the
same graph). A plain table needs every row for its widths: it is the one form held whole.

>>> store = ox.Store()
>>> for i in range(3):
...     store.add(ox.Quad(ox.NamedNode(f"http://e/{i}"), ox.NamedNode("http://e/p"), ox.Literal("v")))
>>> query = "SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s"
>>> pieces = []
>>> write_results(store.query(query), "csv", pieces.append, batch=2)
>>> pieces
[b's\\r\\n', b'http://e/0\\r\\nhttp://e/1\\r\\n', b'http://e/2\\r\\n']
>>> b"".join(pieces) == store.query(query).serialize(format=ox.QueryResultsFormat.CSV)
True
"""

from __future__ import annotations

import json
from itertools import islice
from typing import Callable

import pyoxigraph as ox

from graph.model.errors import QueryError
from graph.query.formats import (GRAPH_ALIASES, SPARQL_GRAPH_FORMATS, SPARQL_RESULT_FORMATS, engine_format,
                                 results_table, turtle_prefixes)

BATCH = 1000  # rows (or triples) per piece: a result this small comes out as one document
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
# Where the rows go in an empty document of each format: (its closing part, between batches).
RESULT_FRAMES = {"json": (b"]}}", b","), "xml": (b"</results></sparql>", b""), "csv": (b"", b""),
                 "tsv": (b"", b"")}

Write = Callable[[bytes], object]


def format_results(results, fmt: str) -> str:
    """SELECT/ASK in the W3C result formats (or a table); CONSTRUCT/DESCRIBE as RDF; whole."""
    pieces: list[bytes] = []
    write_results(results, fmt, pieces.append)
    return b"".join(pieces).decode("utf-8")


def write_results(results, fmt: str, write: Write, *, batch: int = BATCH) -> None:
    """Write SELECT/ASK results in a W3C format (or a table), CONSTRUCT/DESCRIBE as RDF, to
    `write` a batch at a time, ending with a newline as a text file does."""
    out = Ending(write)
    if isinstance(results, ox.QueryTriples):
        write_graph(results, GRAPH_ALIASES.get(fmt, fmt), out, batch)
    elif fmt in SPARQL_GRAPH_FORMATS:
        raise QueryError(f"--format {fmt} is for CONSTRUCT and DESCRIBE; "
                         "SELECT and ASK take table, json, csv, tsv or xml")
    elif isinstance(results, ox.QueryBoolean):
        out(results.serialize(format=engine_format(fmt)) if fmt in SPARQL_RESULT_FORMATS
            else ("yes\n" if bool(results) else "no\n").encode("utf-8"))
    elif fmt in SPARQL_RESULT_FORMATS:
        write_solutions(results, fmt, out, batch)
    else:
        out(results_table(results).encode("utf-8"))
    out.end()


class Ending:
    """`write`, remembering whether the output so far ends a line."""

    def __init__(self, write: Write):
        self.write = write
        self.last = b""

    def __call__(self, piece: bytes) -> None:
        if piece:
            self.write(piece)
            self.last = piece[-1:]

    def end(self) -> None:
        if self.last not in (b"", b"\n"):
            self(b"\n")


def write_solutions(solutions: ox.QuerySolutions, fmt: str, write: Write, batch: int) -> None:
    variables = [v.value for v in solutions.variables]
    engine = engine_format(fmt)
    empty = serialized_rows(variables, [], engine)
    closing, between = RESULT_FRAMES[fmt]
    opening = empty[:len(empty) - len(closing)]
    write(opening)
    for number, rows in enumerate(batches(solutions, batch)):
        document = serialized_rows(variables, rows, engine)
        write((between if number else b"") + body_of(document, opening, closing))
    write(closing)


def write_graph(triples: ox.QueryTriples, fmt: str, write: Write, batch: int) -> None:
    if fmt not in SPARQL_GRAPH_FORMATS:
        raise QueryError(f"--format {fmt} is for SELECT and ASK; CONSTRUCT and DESCRIBE take ttl, nt or jsonld")
    rdf = engine_format(fmt)
    declared: set[bytes] = set()
    wrote = False
    for kept in batches(triples, batch):
        document = ox.serialize(kept, format=rdf, prefixes=turtle_prefixes(rdf))
        if fmt == "jsonld":  # one array of node objects across the batches
            document = (b"," if wrote else b"[") + body_of(document, b"[", b"]")
        elif fmt == "ttl":
            document = undeclared(document, declared)
        write(document)
        wrote = True
    if fmt == "jsonld":
        write(b"]" if wrote else b"[]")


def undeclared(document: bytes, declared: set[bytes]) -> bytes:
    """A Turtle batch without the @prefix lines an earlier batch declared (recording its own)."""
    lines = document.splitlines(keepends=True)
    start = 0
    while start < len(lines) and lines[start].startswith(b"@prefix "):
        start += 1
    head = [line for line in lines[:start] if line not in declared]
    declared.update(lines[:start])
    return b"".join(head + lines[start:])


def body_of(document: bytes, opening: bytes, closing: bytes) -> bytes:
    """The part of a serialised batch between the format's opening and closing parts."""
    if not (document.startswith(opening) and document.endswith(closing)):
        raise QueryError("the query engine wrote results in an unexpected layout")
    return document[len(opening):len(document) - len(closing)]


def batches(iterable, size: int):
    iterator = iter(iterable)
    while rows := list(islice(iterator, size)):
        yield rows


def serialized_rows(variables: list[str], rows: list, engine) -> bytes:
    """Rows already fetched, serialised by pyoxigraph in `engine`'s format."""
    results = ox.parse_query_results(solutions_json(variables, rows), ox.QueryResultsFormat.JSON)
    return results.serialize(format=engine)


def solutions_json(variables: list[str], rows: list) -> bytes:
    """W3C SPARQL JSON results for already-fetched rows."""
    bindings = [{v: term_json(row[v]) for v in variables if row[v] is not None} for row in rows]
    return json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}},
                      ensure_ascii=False).encode("utf-8")


def term_json(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Triple):
        parts = zip(("subject", "predicate", "object"), (term.subject, term.predicate, term.object))
        return {"type": "triple", "value": {k: term_json(t) for k, t in parts}}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value != XSD_STRING:
        out["datatype"] = term.datatype.value
    return out
