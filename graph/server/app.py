"""`kg serve`: a read-only SPARQL 1.1 Protocol endpoint over the embedded store (Starlette).

Routes: `/sparql` (GET; POST form-encoded or `application/sparql-query`), `/health`, `/query`
(a small query page; with a `query` parameter, answered as `/sparql` answers it) and `/` (the
graph page of graph.viz, or the query page without one).
Updates get 403, SERVICE is refused, and queries run in killable worker processes
(graph.server.pool) so a runaway query is stopped at the timeout while others are answered.

>>> choose_formats("application/sparql-results+xml, text/turtle;q=0.5", {})
('xml', 'ttl')
>>> choose_formats("text/html,*/*;q=0.8", {"format": ["csv"]})
('csv', 'html')
"""

from __future__ import annotations

import asyncio
import html
import ipaddress
import socket
import threading
from dataclasses import dataclass
from urllib.parse import parse_qs, unquote

from graph.model.errors import ServeError
from graph.query.formats import GRAPH, RESULTS, media_types
from graph.server.pool import QueryPool
from graph.server.results import Job, Reply, error
from graph.query.text import is_update_text, uses_service

MAX_QUERY_BYTES = 1 << 20
READ_ONLY = "SPARQL Update is refused: this endpoint is read-only"
NO_SERVICE = "SERVICE (federated query) is refused: this endpoint does not call other servers"
# Media type -> format, in the order offered for wildcards (graph/query/formats.py).
RESULT_TYPES = media_types(RESULTS)
GRAPH_TYPES = media_types(GRAPH)
# Values of the `format`/`output` parameters (SPARQLWrapper, Virtuoso and Fuseki use them).
RESULT_WORDS = {**RESULT_TYPES, "json": "json", "xml": "xml", "csv": "csv", "tsv": "tsv", "html": "html"}
GRAPH_WORDS = {
    **GRAPH_TYPES, "turtle": "ttl", "ttl": "ttl", "n3": "ttl", "nt": "nt", "ntriples": "nt",
    "n-triples": "nt", "jsonld": "jsonld", "json-ld": "jsonld", "json": "jsonld", "xml": "rdfxml",
    "rdf+xml": "rdfxml", "rdfxml": "rdfxml", "html": "html",
}
PAGE_POLICY = ("default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
               "base-uri 'none'; frame-ancestors 'none'")
LOOPBACK_NAMES = ["127.0.0.1", "localhost"]


@dataclass(frozen=True)
class ServeConfig:
    store_path: str
    host: str = "127.0.0.1"
    port: int = 8000
    timeout: float = 10.0
    max_rows: int | None = 10000
    workers: int = 2
    memory_mb: int | None = 2048


class ProtocolError(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


# ---------------------------------------------------------------------- protocol


def accepted_types(accept: str) -> list[str]:
    """Media types of an Accept header, most preferred first (q=0 dropped)."""
    ranked = []
    for order, part in enumerate(accept.split(",")):
        media, *params = [p.strip() for p in part.split(";")]
        quality = 1.0
        for param in params:
            if param.lower().startswith("q="):
                try:
                    quality = float(param[2:])
                except ValueError:
                    quality = 0.0
        if media and quality > 0:
            ranked.append((-quality, order, media.lower()))
    return [media for _, _, media in sorted(ranked)]


def negotiate(accept: str, types: dict[str, str]) -> str | None:
    """The format for the best acceptable media type; the first offered for wildcards."""
    if not accept.strip():
        return next(iter(types.values()))
    for media in accepted_types(accept):
        if media in types:
            return types[media]
        if media == "*/*":
            return next(iter(types.values()))
        if media.endswith("/*"):
            match = next((f for t, f in types.items() if t.startswith(media[:-1])), None)
            if match:
                return match
    return None


def choose_formats(accept: str, params: dict[str, list[str]]) -> tuple[str | None, str | None]:
    """(results format, graph format): a `format`/`output` parameter wins over Accept."""
    words = [w.strip().lower() for w in params.get("format", []) + params.get("output", [])]
    result = next((RESULT_WORDS[w] for w in words if w in RESULT_WORDS), None)
    graph = next((GRAPH_WORDS[w] for w in words if w in GRAPH_WORDS), None)
    return result or negotiate(accept, RESULT_TYPES), graph or negotiate(accept, GRAPH_TYPES)


def build_job(params: dict[str, list[str]], accept: str) -> Job:
    """Check a request's parameters and turn them into a Job, or raise ProtocolError."""
    if "update" in params:
        raise ProtocolError(403, READ_ONLY)
    queries = params.get("query", [])
    if len(queries) != 1:
        raise ProtocolError(400, "give exactly one 'query' parameter" if queries else "missing 'query' parameter")
    text = queries[0]
    if not text.strip():
        raise ProtocolError(400, "the query is empty")
    if is_update_text(text):
        raise ProtocolError(403, READ_ONLY)
    if uses_service(text):
        raise ProtocolError(403, NO_SERVICE)
    result_format, graph_format = choose_formats(accept, params)
    return Job(text, result_format, graph_format,
               graph_iris(params, "default-graph-uri"), graph_iris(params, "named-graph-uri"))


def graph_iris(params: dict[str, list[str]], name: str) -> tuple[str, ...]:
    import pyoxigraph as ox

    try:
        return tuple(ox.NamedNode(iri).value for iri in params.get(name, []))
    except ValueError as err:
        raise ProtocolError(400, f"invalid {name}: {err}") from None


async def read_params(request) -> dict[str, list[str]]:
    """Protocol parameters from the URL and, for a POST, from its body."""
    params = parse_query(request.url.query)
    if request.method != "POST":
        return params
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind == "application/sparql-update":
        raise ProtocolError(403, READ_ONLY)
    if kind not in ("application/x-www-form-urlencoded", "application/sparql-query"):
        raise ProtocolError(415, f"unsupported content type {kind or '(none)'!r}: send "
                                 "application/x-www-form-urlencoded or application/sparql-query")
    body = decode(await read_body(request))
    if kind == "application/sparql-query":
        if "query" in params:
            raise ProtocolError(400, "the query is in both the URL and the body")
        return {**params, "query": [body]}
    form = parse_query(body)
    return {key: params.get(key, []) + form.get(key, []) for key in {*params, *form}}


def parse_query(text: str) -> dict[str, list[str]]:
    try:
        return parse_qs(text, keep_blank_values=True, errors="strict")
    except (ValueError, UnicodeDecodeError) as err:
        raise ProtocolError(400, f"malformed parameters: {err}") from None


def decode(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        raise ProtocolError(400, "the request body is not UTF-8") from None


async def read_body(request) -> bytes:
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_QUERY_BYTES:
            raise ProtocolError(413, f"the request body is larger than {MAX_QUERY_BYTES >> 20} MB")
        chunks.append(chunk)
    return b"".join(chunks)


# ---------------------------------------------------------------------- pages


def query_page(query: str = "", results: str = "", message: str = "", fmt: str = "html") -> str:
    """The offline query page: a form posting to /sparql; everything interpolated is escaped
    except `results`, which the worker built from escaped values."""
    from graph.model.namespaces import PREFIXES

    options = "".join(
        f'<option value="{name}"{" selected" if name == fmt else ""}>{label}</option>'
        for name, label in (("html", "table"), ("json", "JSON"), ("xml", "XML"), ("csv", "CSV"),
                            ("tsv", "TSV"), ("ttl", "Turtle (CONSTRUCT)"), ("jsonld", "JSON-LD (CONSTRUCT)"))
    )
    prefixes = html.escape(", ".join(f"{p}:" for p in PREFIXES))
    notice = f'<p class="error">{html.escape(message)}</p>' if message else ""
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>dealgraph SPARQL</title>
<style>body{{font:14px system-ui,sans-serif;margin:2em;max-width:80em}}
textarea{{width:100%;height:10em;font:13px monospace}}table{{border-collapse:collapse;margin-top:1em}}
td,th{{border:1px solid #ccc;padding:2px 6px;text-align:left;vertical-align:top}}.error{{color:#a00}}
pre{{background:#f6f6f6;padding:1em;overflow:auto}}</style></head>
<body><h1>dealgraph SPARQL</h1>
<form method="post" action="sparql">
<textarea name="query" aria-label="SPARQL query">{html.escape(query or DEFAULT_QUERY)}</textarea>
<p><label>Results <select name="format">{options}</select></label> <button type="submit">Run</button>
Read-only; prefixes {prefixes} are predeclared.</p></form>
{notice}{results}
<p><a href="query">query page</a> &middot; <a href="health">health</a> &middot;
endpoint: <code>sparql</code> (SPARQL 1.1 Protocol)</p></body></html>
"""


DEFAULT_QUERY = """SELECT ?a ?b WHERE {
  ?a dg:partnersWith ?b .
  FILTER (STR(?a) < STR(?b))
} LIMIT 50"""


GRAPH_PAGE_NODES = 1000  # the page keeps the most connected nodes and says what it left out


def graph_page(store):
    """A function giving the graph page (graph.viz) of `store`, built once: the served data
    cannot change while the server holds the store. None when there is no store or no viz."""
    if store is None:
        return None
    try:
        from graph.viz.page import page_html
    except ImportError:
        return None
    built: list[str] = []
    lock = threading.Lock()

    def page() -> str:
        with lock:
            if not built:
                built.append(page_html(store, max_nodes=GRAPH_PAGE_NODES))
            return built[0]

    return page


# ---------------------------------------------------------------------- the application


def create_app(config: ServeConfig, pool: QueryPool, home=None):
    """The Starlette application; `pool` runs the queries, `home()` gives the page at `/`
    (the query page when None)."""
    from starlette.applications import Starlette
    from starlette.middleware import Middleware
    from starlette.middleware.trustedhost import TrustedHostMiddleware
    from starlette.routing import Route

    routes = [
        Route("/sparql", sparql_handler(pool), methods=["GET", "POST"]),
        Route("/health", health_handler(config, pool), methods=["GET"]),
        Route("/query", query_handler(pool), methods=["GET"]),
        Route("/", home_handler(home) if home else page_handler(query_page), methods=["GET"]),
    ]
    # On loopback, only loopback names: a web page cannot reach this server by DNS rebinding.
    # (IPv6 literals are left open: Starlette's host check cannot parse "[::1]:8000".)
    hosts = LOOPBACK_NAMES if is_loopback(config.host) and ":" not in config.host else ["*"]
    return Starlette(routes=routes, middleware=[Middleware(TrustedHostMiddleware, allowed_hosts=hosts)])


def is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def sparql_handler(pool: QueryPool):
    import anyio

    async def handle(request):
        params: dict[str, list[str]] = {}
        try:
            params = await read_params(request)
            job = build_job(params, request.headers.get("accept", ""))
        except ProtocolError as err:
            return respond(error(err.status, err.message), params)
        reply = await anyio.to_thread.run_sync(pool.run, job)
        return respond(reply, params)

    return handle


def query_handler(pool: QueryPool):
    """`/query`: the query page, or, given a protocol parameter (`query`, `update`), the answer
    `/sparql` gives (Oxigraph and other servers take queries at /query)."""
    answer, page = sparql_handler(pool), page_handler(query_page)

    async def handle(request):
        asked = {"query", "update"} & set(request.query_params)
        return await (answer if asked else page)(request)

    return handle


def respond(reply: Reply, params: dict[str, list[str]]):
    """The HTTP response; HTML results and errors asked for by the query page become a page."""
    from starlette.responses import HTMLResponse, Response

    headers = {"X-Content-Type-Options": "nosniff"}
    if reply.truncated:
        headers["X-Kg-Truncated"] = "true"
    page_wanted = "html" in [w.lower() for w in params.get("format", [])]
    if reply.media_type.startswith("text/html") or (page_wanted and not reply.ok):
        query = (params.get("query") or [""])[0]
        body = reply.body.decode("utf-8")
        page = query_page(query, results=body if reply.ok else "",
                          message=truncation_note(reply) if reply.ok else body.strip(),
                          fmt="html")
        return HTMLResponse(page, status_code=reply.status,
                            headers={**headers, "Content-Security-Policy": PAGE_POLICY})
    return Response(reply.body, status_code=reply.status, media_type=reply.media_type, headers=headers)


def truncation_note(reply: Reply) -> str:
    return "results were cut at the server's row limit (--max-rows)" if reply.truncated else ""


def health_handler(config: ServeConfig, pool: QueryPool):
    from starlette.responses import JSONResponse

    async def handle(request):
        state = pool.health()
        status = "ok" if state["workers"] else "unavailable"
        body = {"status": status, **state, "timeout": config.timeout, "max_rows": config.max_rows,
                "memory_mb": config.memory_mb}
        return JSONResponse(body, status_code=200 if state["workers"] else 503)

    return handle


def page_handler(render):
    from starlette.responses import HTMLResponse

    async def handle(request):
        return HTMLResponse(render(), headers={"Content-Security-Policy": PAGE_POLICY,
                                               "X-Content-Type-Options": "nosniff"})

    return handle


def home_handler(home):
    """The graph page. It carries its own Content-Security-Policy (a meta tag with the hashes
    of its inline scripts), so no header policy is added that would block them."""
    import anyio
    from starlette.responses import HTMLResponse

    from graph.model.errors import KgError

    async def handle(request):
        try:
            page = await anyio.to_thread.run_sync(home)
        except KgError as err:
            return respond(error(500, f"cannot draw the graph page: {err}"), {})
        return HTMLResponse(page, headers={"X-Content-Type-Options": "nosniff"})

    return handle


# ---------------------------------------------------------------------- entry points


def open_pool(config: ServeConfig, size: int | None = None) -> QueryPool:
    return QueryPool(config.store_path, size=size or config.workers, timeout=config.timeout,
                     max_rows=config.max_rows, memory_mb=config.memory_mb)


def listen(host: str, port: int) -> socket.socket:
    """Bind the listening socket first, so a busy port is one clear error."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as err:
        sock.close()
        raise ServeError(f"cannot listen on {host}:{port}: {err.strerror or err}") from None
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def serve(config: ServeConfig, announce=print, store=None) -> None:
    """Serve until interrupted; `store` (open in this process) draws the graph page at `/`."""
    import uvicorn

    sock = listen(config.host, config.port)
    pool = open_pool(config)
    try:
        host, port = sock.getsockname()[:2]
        announce(f"serving {config.store_path} read-only at http://{url_host(host)}:{port}/ "
                 f"(SPARQL endpoint /sparql; Ctrl-C stops)")
        server = uvicorn.Server(uvicorn.Config(
            create_app(config, pool, graph_page(store)), log_level="warning", access_log=False, server_header=False,
            timeout_graceful_shutdown=3, limit_concurrency=512,
        ))
        server.run(sockets=[sock])
    finally:
        pool.close()
        sock.close()


def url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


def get_once(config: ServeConfig, path: str, accept: str = "", store=None) -> tuple[int, str, bytes]:
    """Answer one GET request in-process (no port): (status, content type, body)."""
    if not path.startswith("/"):
        raise ServeError(f"{path!r} is not a path: it must start with '/'")
    pool = open_pool(config, size=1)
    try:
        return asyncio.run(call_app(create_app(config, pool, graph_page(store)), path, accept))
    finally:
        pool.close()


async def call_app(app, path: str, accept: str) -> tuple[int, str, bytes]:
    """Drive an ASGI app through one GET request."""
    route, _, query = path.partition("?")
    headers = [(b"host", b"localhost")] + ([(b"accept", accept.encode("latin-1"))] if accept else [])
    scope = {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET",
        "scheme": "http", "path": unquote(route), "raw_path": route.encode("utf-8"), "root_path": "",
        "query_string": query.encode("utf-8"), "headers": headers,
        "client": ("127.0.0.1", 0), "server": ("localhost", 80),
    }
    sent: list[dict] = []
    requested = False

    async def receive():
        nonlocal requested
        if requested:
            await asyncio.Event().wait()
        requested = True
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message):
        sent.append(message)

    await app(scope, receive, send)
    start = next(m for m in sent if m["type"] == "http.response.start")
    media = dict(start["headers"]).get(b"content-type", b"").decode("latin-1")
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return start["status"], media, body
