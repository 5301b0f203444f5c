"""Run SPARQL with bindings: named queries from graph/queries/*.rq, or a user's query.

User values reach a query only as substitutions of its variables, never by formatting.

>>> store = ox.Store()
>>> store.add(ox.Quad(ox.NamedNode("http://e/a"), ox.NamedNode("http://e/p"), ox.Literal("x")))
>>> rows = run_query(store, "SELECT ?s ?o WHERE { ?s ?p ?o }", {"o": "x"})
>>> [r["s"].value for r in rows]
['http://e/a']
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import pyoxigraph as ox

from graph.model.errors import QueryError, first_line
from graph.model.namespaces import PREFIXES, sparql_prologue
from graph.query.text import is_update_text, uses_service


@lru_cache(maxsize=None)
def named_query(name: str) -> str:
    """The text of graph/queries/NAME.rq, with the project's prefixes declared."""
    return sparql_prologue() + query_file(f"{name}.rq")


def query_file(filename: str) -> str:
    """The raw text of graph/query/queries/FILENAME (a query, or an update such as derive.ru)."""
    try:
        return (resources.files("graph.query") / "queries" / filename).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise QueryError(f"no named query {filename!r}") from None


XSD = "http://www.w3.org/2001/XMLSchema#"


def to_term(value) -> ox.NamedNode | ox.Literal | ox.BlankNode:
    """Python values as RDF terms: terms pass through, str becomes a plain literal."""
    if isinstance(value, (ox.NamedNode, ox.Literal, ox.BlankNode)):
        return value
    if isinstance(value, bool):
        return ox.Literal(str(value).lower(), datatype=ox.NamedNode(XSD + "boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode(XSD + "integer"))
    if isinstance(value, str):
        return ox.Literal(value)
    raise TypeError(f"cannot bind {value!r}")


def run_query(store: ox.Store, sparql: str, bindings: dict | None = None):
    """Execute a read-only query over the union of the store's graphs.

    The project's prefixes are predeclared through the engine, not prepended to the text, so
    syntax error positions match the user's query.
    """
    substitutions = {ox.Variable(k): to_term(v) for k, v in (bindings or {}).items()}
    try:
        return store.query(sparql, use_default_graph_as_union=True, substitutions=substitutions,
                           prefixes=dict(PREFIXES))
    except SyntaxError as err:
        raise QueryError(f"SPARQL syntax error: {err.args[0] if err.args else err}") from None
    except (OSError, RuntimeError) as err:
        raise QueryError(f"query failed: {first_line(err)}") from None


def run_named(store, name: str, bindings: dict | None = None):
    """Run graph/queries/NAME.rq on a Store (embedded or remote) with bindings."""
    return store.query(named_query(name), bindings)


def run_update(store: ox.Store, text: str) -> None:
    try:
        store.update(text, prefixes=dict(PREFIXES))
    except SyntaxError as err:
        raise QueryError(f"SPARQL syntax error: {err.args[0] if err.args else err}") from None
    except OSError as err:
        raise QueryError(f"update failed: {err}") from None


def read_query_text(query: str) -> str:
    """A query given inline, or the contents of a .rq/.sparql/.ru file."""
    from pathlib import Path

    if query.endswith((".rq", ".sparql", ".ru")):
        path = Path(query)
        if not path.is_file():
            raise QueryError(f"{query}: no such query file")
        return path.read_text(encoding="utf-8")
    return query


def sparql_command(store, text: str, fmt: str, allow_update: bool = False,
                   allow_service: bool = False) -> str:
    """Run a user's query (or, when allowed, update) and render it in `fmt`."""
    if uses_service(text) and not allow_service:
        raise QueryError("this query uses SERVICE, which sends it to another server; "
                         "pass --service to allow federation")
    if is_update_text(text):
        if not allow_update:
            raise QueryError("this is a SPARQL Update; pass --update to change the store")
        store.update(text)
        return "update applied\n"
    return format_results(store.query(text), fmt)


RESULT_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
GRAPH_FORMATS = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD}


# What each query form takes: --format json means JSON-LD for a graph, a table means Turtle.
GRAPH_ALIASES = {"json": "jsonld", "table": "ttl"}


def format_results(results, fmt: str) -> str:
    """SELECT/ASK in the W3C result formats (or a table); CONSTRUCT/DESCRIBE as RDF."""
    if isinstance(results, ox.QueryTriples):
        return with_newline(format_graph(results, GRAPH_ALIASES.get(fmt, fmt)))
    if fmt in GRAPH_FORMATS:
        raise QueryError(f"--format {fmt} is for CONSTRUCT and DESCRIBE; "
                         "SELECT and ASK take table, json, csv, tsv or xml")
    if fmt in RESULT_FORMATS:
        return with_newline(results.serialize(format=RESULT_FORMATS[fmt]).decode("utf-8"))
    if isinstance(results, ox.QueryBoolean):
        return ("yes" if bool(results) else "no") + "\n"
    return results_table(results)


def format_graph(triples: ox.QueryTriples, fmt: str) -> str:
    if fmt not in GRAPH_FORMATS:
        raise QueryError(f"--format {fmt} is for SELECT and ASK; CONSTRUCT and DESCRIBE take ttl, nt or jsonld")
    rdf = GRAPH_FORMATS[fmt]
    prefixes = dict(PREFIXES) if rdf is ox.RdfFormat.TURTLE else None
    return ox.serialize(list(triples), format=rdf, prefixes=prefixes).decode("utf-8")


def with_newline(text: str) -> str:
    return text if text.endswith("\n") or not text else text + "\n"


def results_table(solutions: ox.QuerySolutions) -> str:
    from graph.output import render_table

    columns = [v.value for v in solutions.variables]
    rows = [{c: term_text(s[c]) for c in columns} for s in solutions]
    return render_table(rows, columns)


def term_text(term) -> str:
    """A term as people read it: IRIs compacted with the project's prefixes, literals bare."""
    from graph.model.namespaces import PREFIXES

    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, iri in PREFIXES.items():
            if term.value.startswith(iri) and len(term.value) > len(iri):
                return f"{prefix}:{term.value[len(iri):]}"
        return term.value
    return term.value if not isinstance(term, ox.BlankNode) else f"_:{term.value}"
