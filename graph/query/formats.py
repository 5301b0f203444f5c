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

import re
from contextvars import ContextVar
from dataclasses import dataclass
from itertools import islice
from typing import Callable

import pyoxigraph as ox

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


def turtle_prefixes(rdf) -> dict | None:
    """The project's prefixes for the formats that abbreviate with them (Turtle, TriG)."""
    return dict(PREFIXES) if rdf in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else None


def results_table(solutions: ox.QuerySolutions) -> str:
    """SELECT results as a table; one capped to a number of rows (at a terminal) keeps only
    those rows and counts the rest, so that a huge result is never held for it."""
    columns = [v.value for v in solutions.variables]
    style = TABLE_STYLE.get()
    cap = style.max_rows if style is not None else None
    rows = [{c: term_text(s[c]) for c in columns} for s in islice(solutions, cap)]
    total = len(rows) + (sum(1 for _ in solutions) if cap is not None else 0)
    return render_table(rows, columns, total)


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


# C0 and C1 controls (every terminal escape sequence starts with one) and bidi overrides: a
# label must not set the window title, write the clipboard (OSC 52), hide a hyperlink or
# reorder what the reader sees. Tab and newline stay.
UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """Text safe to show on a terminal: control characters become U+FFFD.

    >>> printable("Acme\x1b]52;c;ZXZpbA==\x07 Corp")
    'Acme\ufffd]52;c;ZXZpbA==\ufffd Corp'
    """
    return UNPRINTABLE.sub("\ufffd", text)


def cell(value) -> str:
    """A value as one table or CSV cell: lists joined, None empty."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(cell(v) for v in value)
    return str(value)


@dataclass(frozen=True)
class TableStyle:
    """How tables are shown to a person at a terminal: fitted to `width` characters (long cells
    shortened with an ellipsis), at most `max_rows` rows with a line saying how many are shown
    and `more` (how to see all), and cells coloured by `colour(column, text)`, an ANSI SGR code
    or None, read from the cell's whole text. None for any of them leaves that part as it is."""

    width: int | None = None
    max_rows: int | None = None
    colour: Callable[[str, str], str | None] | None = None
    more: str = ""


# The style of the tables the running command prints. The command line sets it once per
# command, from whether its output is a terminal, so that every table (listings, a profile's
# sections, SPARQL results) is fitted alike without each renderer taking terminal options;
# None, the default (files, pipes, tests, the library), keeps the plain table byte for byte.
TABLE_STYLE: ContextVar[TableStyle | None] = ContextVar("TABLE_STYLE", default=None)
MIN_CELL = 5  # a column is never shortened below this (or its heading's length)
ELLIPSIS = "\u2026"


def render_table(rows: list[dict], columns: list[str], total: int | None = None) -> str:
    """Rows as aligned columns under their headings (styled by TABLE_STYLE when set); `total`
    counts rows left out of `rows` already (default: none were).

    >>> print(render_table([{"a": "OpenAI", "status": "signed"}], ["a", "status"]), end="")
    a       status
    ------  ------
    OpenAI  signed
    >>> token = TABLE_STYLE.set(TableStyle(width=20, max_rows=1, more="--wide for all"))
    >>> print(render_table([{"a": "x" * 30, "b": "y"}, {"a": "z", "b": "w"}], ["a", "b"]), end="")
    a                  b
    -----------------  -
    xxxxxxxxxxxxxxxx\u2026  y
    (1 of 2 rows shown; --wide for all)
    >>> TABLE_STYLE.reset(token)
    """
    if not rows:
        return "(no results)\n"
    style = TABLE_STYLE.get()
    shown = rows if style is None or style.max_rows is None else rows[:style.max_rows]
    cells = [[printable(cell(row.get(c)).replace("\n", " ")) for c in columns] for row in shown]
    widths = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(columns)]
    if style is None:
        lines = [columns, ["-" * w for w in widths], *cells]
        return "".join("  ".join(v.ljust(w) for v, w in zip(line, widths)).rstrip() + "\n" for line in lines)
    return styled_table(style, columns, cells, widths, max(total or 0, len(rows)))


def styled_table(style: TableStyle, columns: list[str], cells: list[list[str]], widths: list[int],
                 total: int) -> str:
    if style.width:
        widths = fitted(widths, columns, style.width)
    out = ["  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip() + "\n",
           "  ".join("-" * w for w in widths) + "\n"]
    for line in cells:
        out.append("  ".join(painted(style, c, v, w) for c, v, w in zip(columns, line, widths)).rstrip() + "\n")
    if len(cells) < total:
        out.append(f"({len(cells):,} of {total:,} rows shown; {style.more})\n")
    return "".join(out)


def painted(style: TableStyle, column: str, text: str, width: int) -> str:
    """One cell shortened to `width`, coloured by its whole text, padded."""
    shown = shorten(text, width)
    code = style.colour(column, text) if style.colour and text else None
    return (f"\x1b[{code}m{shown}\x1b[0m" if code else shown) + " " * (width - len(shown))


def fitted(widths: list[int], columns: list[str], room: int) -> list[int]:
    """Column widths that fit `room` characters: the widest columns are cut to one common
    width, none below MIN_CELL (or its heading); a table that cannot fit even so overflows."""
    budget = room - 2 * (len(widths) - 1)
    if sum(widths) <= budget:
        return widths
    floors = [min(w, max(len(c), MIN_CELL)) for w, c in zip(widths, columns)]
    low, high = 0, max(widths)
    while low < high:  # the largest cap at which the table fits
        cap = (low + high + 1) // 2
        if sum(max(f, min(w, cap)) for w, f in zip(widths, floors)) <= budget:
            low = cap
        else:
            high = cap - 1
    return [max(f, min(w, low)) for w, f in zip(widths, floors)]


def shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[:width - 1] + ELLIPSIS
