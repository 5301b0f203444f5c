"""What a query worker answers: a Job (a query and the formats the client accepts) becomes a
Reply (status, media type, body), its results serialised in the format asked for.

Job and Reply cross the pipe between the server and a worker (pickled), so they live here,
imported by both sides, and not in the worker's `__main__`.

>>> Reply(503, "text/plain; charset=utf-8", b"busy").ok
False
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from itertools import islice

import pyoxigraph as ox

from graph.model.errors import first_line
from graph.query.formats import FORMATS, GRAPH, RESULTS, engine_format, names
from graph.query.streaming import solutions_json

TEXT = "text/plain; charset=utf-8"
# The media type each format's reply names (the table in graph/query/formats.py).
RESULT_MEDIA = {name: FORMATS[name].media_type for name in names(RESULTS) if FORMATS[name].media_type}
GRAPH_MEDIA = {name: FORMATS[name].media_type for name in names(GRAPH)}


@dataclass(frozen=True)
class Job:
    """One query, with the formats the client accepts for each kind of result (None: none)."""

    text: str
    result_format: str | None = "json"
    graph_format: str | None = "ttl"
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()


@dataclass(frozen=True)
class Reply:
    status: int
    media_type: str
    body: bytes
    truncated: bool = False

    @property
    def ok(self) -> bool:
        return self.status < 400


def error(status: int, message: str) -> Reply:
    return Reply(status, TEXT, (message + "\n").encode("utf-8"))


def execute(store: ox.Store, job: Job, max_rows: int | None) -> Reply:
    """Run one query and serialize its results as the job asks."""
    try:
        results = store.query(job.text, prefixes=turtle_prefixes(), **dataset_options(job))
        if isinstance(results, ox.QueryTriples):
            return graph_reply(results, job.graph_format, max_rows)
        return results_reply(results, job.result_format, max_rows)
    except SyntaxError as err:
        return error(400, f"SPARQL syntax error: {first_line(err)}")
    except (OSError, ValueError) as err:
        return error(500, f"query failed: {first_line(err)}")


def dataset_options(job: Job) -> dict:
    """The protocol's default-graph-uri/named-graph-uri; without them, the query's own FROM
    and FROM NAMED, and without those, the union of graphs."""
    from graph.query.text import has_dataset_clause

    options = {}
    if job.default_graphs:
        options["default_graph"] = [ox.NamedNode(iri) for iri in job.default_graphs]
    elif job.named_graphs or not has_dataset_clause(job.text):
        options["use_default_graph_as_union"] = True
    if job.named_graphs:
        options["named_graphs"] = [ox.NamedNode(iri) for iri in job.named_graphs]
    return options


def results_reply(results, fmt: str | None, max_rows: int | None) -> Reply:
    if fmt is None:
        return not_acceptable(RESULT_MEDIA)
    if isinstance(results, ox.QueryBoolean):
        if fmt == "html":
            return Reply(200, RESULT_MEDIA[fmt], boolean_html(bool(results)))
        return Reply(200, RESULT_MEDIA[fmt], results.serialize(format=engine_format(fmt)))
    variables = [v.value for v in results.variables]
    rows = list(results) if max_rows is None else list(islice(results, max_rows + 1))
    truncated = max_rows is not None and len(rows) > max_rows
    rows = rows[:max_rows] if truncated else rows
    if fmt == "html":
        return Reply(200, RESULT_MEDIA[fmt], solutions_html(variables, rows), truncated)
    body = solutions_json(variables, rows)
    if fmt != "json":
        body = ox.parse_query_results(body, ox.QueryResultsFormat.JSON).serialize(format=engine_format(fmt))
    return Reply(200, RESULT_MEDIA[fmt], body, truncated)


def graph_reply(triples, fmt: str | None, max_rows: int | None) -> Reply:
    if fmt is None:
        return not_acceptable(GRAPH_MEDIA)
    kept = list(triples) if max_rows is None else list(islice(triples, max_rows + 1))
    truncated = max_rows is not None and len(kept) > max_rows
    kept = kept[:max_rows] if truncated else kept
    from graph.query.formats import turtle_prefixes as prefixes_for

    rdf = engine_format("ttl" if fmt == "html" else fmt)
    body = ox.serialize(kept, format=rdf, prefixes=prefixes_for(rdf))
    if fmt == "html":
        body = b"<pre>" + html.escape(body.decode("utf-8")).encode("utf-8") + b"</pre>"
    return Reply(200, GRAPH_MEDIA[fmt], body, truncated)


def not_acceptable(offered: dict) -> Reply:
    types = ", ".join(sorted({m.split(";")[0] for m in offered.values()}))
    return error(406, f"none of the accepted media types can carry these results; offered: {types}")


def turtle_prefixes() -> dict:
    from graph.model.namespaces import PREFIXES

    return dict(PREFIXES)


def solutions_html(variables: list[str], rows: list) -> bytes:
    """An HTML table fragment; every value escaped."""
    head = "".join(f"<th>{html.escape(v)}</th>" for v in variables)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(cell_text(row[v]))}</td>" for v in variables) + "</tr>"
        for row in rows
    )
    summary = f"<p>{len(rows)} row{'s' if len(rows) != 1 else ''}</p>"
    return (summary + f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>").encode("utf-8")


def boolean_html(value: bool) -> bytes:
    return f"<p>{'yes' if value else 'no'}</p>".encode("utf-8")


def cell_text(term) -> str:
    if term is None:
        return ""
    return term.value if isinstance(term, (ox.NamedNode, ox.Literal)) else str(term)
