"""The one table of output formats: name -> media type -> engine format -> renderer.

Every layer that names a format reads it here: `kg sparql --format`, the endpoint's content
negotiation and replies (graph/server), what a remote store asks for and reads back
(graph/store/remote.py), `kg export`, and the listing commands' --format (graph/output.py).
The plain table is rendered here, as every layer that shows a table (kg sparql, a
profile's sections, the listings) is at or above this one.

>>> FORMATS["csv"].media_type
'text/csv; charset=utf-8'
>>> media_types("graph")["text/plain"]
'nt'
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from graph.model.errors import QueryError
from graph.model.namespaces import PREFIXES

RESULTS, GRAPH, LISTING = "results", "graph", "listing"  # SELECT/ASK, RDF, a command's rows


@dataclass(frozen=True)
class Format:
    """One output format: what it carries (`kinds`), the media type a reply names, the other
    media types that ask for it, and pyoxigraph's format for it (None: rendered here)."""

    name: str
    kinds: tuple[str, ...]
    media_type: str | None = None
    engine: object = None
    also: tuple[str, ...] = ()
    readable: bool = True  # whether a remote store's answer in it can be parsed back

    @property
    def accepted(self) -> tuple[str, ...]:
        """The media types a client names to ask for this format."""
        return (self.media_type.split(";")[0], *self.also) if self.media_type else ()


# In the order of preference for wildcard Accept headers (the first of a kind wins `*/*`).
TABLE = (
    Format("table", (LISTING, RESULTS)),
    Format("json", (RESULTS, LISTING), "application/sparql-results+json", ox.QueryResultsFormat.JSON,
           ("application/json",)),
    Format("xml", (RESULTS,), "application/sparql-results+xml", ox.QueryResultsFormat.XML,
           ("application/xml", "text/xml")),
    Format("csv", (RESULTS, LISTING), "text/csv; charset=utf-8", ox.QueryResultsFormat.CSV, readable=False),
    Format("tsv", (RESULTS, LISTING), "text/tab-separated-values; charset=utf-8", ox.QueryResultsFormat.TSV),
    Format("ttl", (GRAPH,), "text/turtle", ox.RdfFormat.TURTLE, ("application/x-turtle",)),
    Format("nt", (GRAPH,), "application/n-triples", ox.RdfFormat.N_TRIPLES, ("text/plain",)),
    Format("jsonld", (GRAPH,), "application/ld+json", ox.RdfFormat.JSON_LD),
    Format("rdfxml", (GRAPH,), "application/rdf+xml", ox.RdfFormat.RDF_XML),
    Format("trig", ("dataset",), "application/trig", ox.RdfFormat.TRIG),
    Format("nq", ("dataset",), "application/n-quads", ox.RdfFormat.N_QUADS),
    Format("html", (RESULTS, GRAPH), "text/html; charset=utf-8", readable=False),
)
FORMATS = {f.name: f for f in TABLE}


def names(kind: str, *, engine: bool = False) -> tuple[str, ...]:
    """The formats of a kind, in the table's order (those pyoxigraph writes, with `engine`)."""
    return tuple(f.name for f in TABLE if kind in f.kinds and (f.engine is not None or not engine))


def media_types(kind: str, *, readable: bool = False) -> dict[str, str]:
    """Media type -> format name, for the formats of a kind (those parsed back, `readable`)."""
    return {media: f.name for f in TABLE if kind in f.kinds and (f.readable or not readable)
            for media in f.accepted}


def engine_format(name: str):
    return FORMATS[name].engine


# `kg sparql`: what each query form takes, --format json meaning JSON-LD for a graph and a
# table meaning Turtle.
GRAPH_ALIASES = {"json": "jsonld", "table": "ttl"}
SPARQL_GRAPH_FORMATS = ("ttl", "nt", "jsonld")
SPARQL_RESULT_FORMATS = ("json", "xml", "csv", "tsv")
SPARQL_FORMATS = ("table", *SPARQL_RESULT_FORMATS, *SPARQL_GRAPH_FORMATS)  # `kg sparql --format`


def format_results(results, fmt: str) -> str:
    """SELECT/ASK in the W3C result formats (or a table); CONSTRUCT/DESCRIBE as RDF."""
    if isinstance(results, ox.QueryTriples):
        return with_newline(format_graph(results, GRAPH_ALIASES.get(fmt, fmt)))
    if fmt in SPARQL_GRAPH_FORMATS:
        raise QueryError(f"--format {fmt} is for CONSTRUCT and DESCRIBE; "
                         "SELECT and ASK take table, json, csv, tsv or xml")
    if fmt in SPARQL_RESULT_FORMATS:
        return with_newline(results.serialize(format=engine_format(fmt)).decode("utf-8"))
    if isinstance(results, ox.QueryBoolean):
        return ("yes" if bool(results) else "no") + "\n"
    return results_table(results)


def format_graph(triples: ox.QueryTriples, fmt: str) -> str:
    if fmt not in SPARQL_GRAPH_FORMATS:
        raise QueryError(f"--format {fmt} is for SELECT and ASK; CONSTRUCT and DESCRIBE take ttl, nt or jsonld")
    rdf = engine_format(fmt)
    return ox.serialize(list(triples), format=rdf, prefixes=turtle_prefixes(rdf)).decode("utf-8")


def turtle_prefixes(rdf) -> dict | None:
    """The project's prefixes for the formats that abbreviate with them (Turtle, TriG)."""
    return dict(PREFIXES) if rdf in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else None


def with_newline(text: str) -> str:
    return text if text.endswith("\n") or not text else text + "\n"


def results_table(solutions: ox.QuerySolutions) -> str:
    columns = [v.value for v in solutions.variables]
    rows = [{c: term_text(s[c]) for c in columns} for s in solutions]
    return render_table(rows, columns)


def term_text(term) -> str:
    """A term as people read it: IRIs compacted with the project's prefixes, literals bare."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, iri in PREFIXES.items():
            if term.value.startswith(iri) and len(term.value) > len(iri):
                return f"{prefix}:{term.value[len(iri):]}"
        return term.value
    return term.value if not isinstance(term, ox.BlankNode) else f"_:{term.value}"


def cell(value) -> str:
    """A value as one table or CSV cell: lists joined, None empty."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(cell(v) for v in value)
    return str(value)


def render_table(rows: list[dict], columns: list[str]) -> str:
    if not rows:
        return "(no results)\n"
    cells = [[cell(row.get(c)).replace("\n", " ") for c in columns] for row in rows]
    widths = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(columns)]
    lines = [columns, ["-" * w for w in widths], *cells]
    return "".join("  ".join(v.ljust(w) for v, w in zip(line, widths)).rstrip() + "\n" for line in lines)
