"""A remote SPARQL 1.1 server standing in for the embedded store.

`RemoteStore(query_url, update_url)` answers `query(sparql, bindings)` with the same
pyoxigraph result objects as graph.store.embedded.Store, so every query-side command works against
Oxigraph server, Fuseki, Virtuoso or GraphDB. The queries assume that the server's default
graph is the union of its named graphs (see the README for each server's setting); a server
whose default graph is empty beside full named graphs is refused with a message that says so
(`check_union`), where every query would otherwise quietly find nothing.

Remote servers take no substitutions, so bindings become a VALUES clause opening the WHERE
group, built from the terms' N-Triples serialization: a bound value is always one escaped
RDF term, never query text.

>>> print(with_bindings('SELECT ?x WHERE { ?x rdfs:label ?name }', {"name": 'A "B" } UNION {'}))
SELECT ?x WHERE { VALUES (?name) { ("A \\"B\\" } UNION {") } ?x rdfs:label ?name }
"""

from __future__ import annotations

import re
import urllib.error
import urllib.parse
import urllib.request

import pyoxigraph as ox

from graph.model.errors import QueryError, RemoteUnsupported, StoreError
from graph.model.namespaces import SOURCE_GRAPHS
from graph.model.urls import is_http_url
from graph.query.formats import GRAPH, RESULTS, engine_format, media_types
from graph.query.sparql import run, to_term
from graph.query.text import QUERY_FORM, mask_noise, where_group

# Asked by query form: Virtuoso answers a CONSTRUCT in whatever type comes first, even a
# SPARQL results type, so a graph query puts the graph types first.
ACCEPT = ("application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8, "
          "application/sparql-results+xml;q=0.7")
ACCEPT_GRAPH = "application/n-triples, text/turtle;q=0.9, application/sparql-results+json;q=0.5"
# Virtuoso 7.2 answers ASK as a one-row SELECT of this variable (1 or 0) instead of a boolean.
ASK_COLUMN = "__ASK_RETVAL"
# What a server's answer can be read back from, by its media type (see graph/query/formats.py).
RESULT_TYPES = {media: engine_format(name) for media, name in media_types(RESULTS, readable=True).items()}
GRAPH_TYPES = {media: engine_format(name) for media, name in media_types(GRAPH, readable=True).items()}
UNAUTHORIZED = {401: "not authorized: check the user and password given in the URL (http://USER:PASSWORD@HOST/...)"}
VARIABLE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
DECLARED_PREFIX = re.compile(r"PREFIX\s+([\w.-]*):", re.IGNORECASE)


class RemoteStore:
    """A SPARQL endpoint (and optionally its update endpoint) with the Store's query interface."""

    path = None

    def __init__(self, query_url: str, update_url: str | None = None, *, timeout: float = 60.0):
        self.query_url = check_url(query_url)
        self.update_url = check_url(update_url) if update_url else None
        self.timeout = timeout
        self.union_checked = False

    def __repr__(self) -> str:
        return f"RemoteStore({self.query_url!r}, {self.update_url!r})"

    def __getattr__(self, name: str):
        # Only reached for what this class lacks: the embedded store's internals.
        if name.startswith("__"):
            raise AttributeError(name)
        raise RemoteUnsupported(
            f"this command needs the embedded store ({name}); it is not available with --endpoint"
        )

    # ------------------------------------------------------------------ reading

    def query(self, sparql: str, bindings: dict | None = None):
        """Run a query on the server; SELECT/ASK give QuerySolutions/QueryBoolean, CONSTRUCT
        and DESCRIBE give QueryTriples, as the embedded store does."""
        self.check_union()
        return self.send_query(with_bindings(sparql, bindings) if bindings else sparql)

    def send_query(self, sparql: str):
        text = with_prefixes(sparql)
        body = urllib.parse.urlencode({"query": text}).encode("utf-8")
        media, answer, headers = http_request(self.query_url, body, "application/x-www-form-urlencoded",
                                              accept=accepted(text), timeout=self.timeout)
        refuse_cut_answers(headers, self.query_url)
        return read_results(media, answer, self.query_url)

    def check_union(self) -> None:
        """Refuse a server whose default graph is empty while its named graphs hold triples
        (Oxigraph without --union-default-graph, Fuseki without unionDefaultGraph): there the
        project's queries, which read the default graph, would answer "no entity named ...".
        Asked once per store, at its first query: one ASK that stops at the first triple."""
        if self.union_checked:
            return
        from graph.query.sparql import named_text

        if not bool(self.send_query(named_text("remote-default-graph"))) and \
                bool(self.send_query(named_text("remote-named-graphs"))):
            raise StoreError(
                f"{shown_url(self.query_url)} keeps its named graphs out of its default graph, so no query "
                "finds anything: make the default graph the union of the named graphs "
                "(oxigraph serve --union-default-graph; Fuseki: unionDefaultGraph true on the dataset)")
        self.union_checked = True

    def sources(self) -> list[str]:
        """Names of the source graphs on the server, sorted."""
        rows = list(run(self, "remote-graphs", {"prefix": SOURCE_GRAPHS}))
        rows = rows or run(self, "remote-graphs", {"prefix": SOURCE_GRAPHS}, flags={"scan"})
        return sorted(r["graph"].value[len(SOURCE_GRAPHS):] for r in rows)

    def triple_count(self, graph: str | None = None) -> int:
        """Triples in one named graph, or in all named graphs."""
        bindings = {"graph": ox.NamedNode(graph)} if graph else None
        rows = list(run(self, "graph-size", bindings))
        return int(rows[0]["count"].value) if rows else 0

    def graph_quads(self, graph: str):
        """The quads of one named graph, fetched with a CONSTRUCT."""
        name = ox.NamedNode(graph)
        triples = run(self, "remote-graph-triples", {"graph": name})
        return (ox.Quad(t.subject, t.predicate, t.object, name) for t in triples)

    def is_built(self) -> bool:
        return True

    # ------------------------------------------------------------------ writing

    def update(self, sparql: str) -> None:
        """Run a SPARQL Update on the update endpoint, then re-derive the shortcuts there."""
        self.send_update(sparql)
        self.derive()

    def derive(self) -> None:
        """Rebuild the derived graph on the server. The WHERE clauses read the server's default
        graph, the union of its graphs, instead of a USING list (Oxigraph refuses USING in
        union mode)."""
        from graph.query.sparql import named_text

        self.send_update(named_text("derive.ru", {"drop"}, USING=""))

    def send_update(self, sparql: str) -> None:
        if not self.update_url:
            raise StoreError("no update endpoint: pass --update-endpoint URL (env KG_UPDATE_ENDPOINT)")
        body = urllib.parse.urlencode({"update": with_prefixes(sparql)}).encode("utf-8")
        http_request(self.update_url, body, "application/x-www-form-urlencoded", timeout=self.timeout)

    def close(self) -> None:
        """Nothing to release: each request is its own connection."""


# ---------------------------------------------------------------------- query text


def with_prefixes(sparql: str) -> str:
    """The text with the project's prefixes declared, as the embedded store predeclares them
    (remote servers have no such option); prefixes the text declares itself are left alone.
    The declarations share the first line, so a server's error lines match the user's.

    >>> with_prefixes("PREFIX dg: <http://e/>\\nASK {}").startswith("PREFIX dgr: <https://dealgraph.org/id/> ")
    True
    """
    from graph.model.namespaces import PREFIXES

    declared = {name.lower() for name in DECLARED_PREFIX.findall(mask_noise(sparql))}
    missing = "".join(f"PREFIX {p}: <{iri}> " for p, iri in PREFIXES.items() if p.lower() not in declared)
    return missing + sparql



def with_bindings(sparql: str, bindings: dict) -> str:
    """The query with a VALUES clause for `bindings` opening its WHERE group.

    Placed first in the group, the VALUES rows are joined before the group's FILTERs run, so
    filters see the bound values as they do with the embedded store's substitutions.
    """
    names = list(bindings)
    for name in names:
        if not VARIABLE.fullmatch(name):
            raise QueryError(f"invalid variable name for a binding: {name!r}")
    terms = [binding_term(bindings[name], name) for name in names]
    values = "VALUES (" + " ".join(f"?{n}" for n in names) + ") { (" + " ".join(terms) + ") }"
    try:
        start, end = where_group(sparql)
    except ValueError as err:
        raise QueryError(f"cannot bind {', '.join(names)} for a remote endpoint: {err}") from None
    inside = sparql[start + 1:end]
    if re.match(r"\s*SELECT\b", mask_noise(inside), re.IGNORECASE):
        # A sub-select must be alone in its group: wrap it, then join.
        return f"{sparql[:start + 1]} {values} {{{inside}}} {sparql[end:]}"
    return f"{sparql[:start + 1]} {values}{inside}{sparql[end:]}"


def accepted(sparql: str) -> str:
    """The Accept header for a query: graph types first for CONSTRUCT and DESCRIBE.

    >>> accepted("PREFIX s: <http://e/SELECT> CONSTRUCT WHERE { ?s ?p ?o }") == ACCEPT_GRAPH
    True
    """
    form = QUERY_FORM.search(mask_noise(sparql))
    return ACCEPT_GRAPH if form and form.group(1).upper() in ("CONSTRUCT", "DESCRIBE") else ACCEPT


def binding_term(value, name: str) -> str:
    term = to_term(value)
    if isinstance(term, ox.BlankNode):
        raise QueryError(f"cannot bind ?{name} to a blank node on a remote endpoint")
    return str(term)


# ---------------------------------------------------------------------- HTTP


def check_url(url: str) -> str:
    if not is_http_url(url):
        raise StoreError(f"{url!r} is not an http(s) URL of a SPARQL endpoint")
    return url


def split_credentials(url: str) -> tuple[str, tuple[str, str] | None]:
    """`http://user:pass@host/...` -> the URL without them, and (user, password)."""
    parts = urllib.parse.urlsplit(url)
    if parts.username is None:
        return url, None
    host = parts.hostname + (f":{parts.port}" if parts.port else "")
    user = urllib.parse.unquote(parts.username)
    secret = urllib.parse.unquote(parts.password or "")
    return urllib.parse.urlunsplit(parts._replace(netloc=host)), (user, secret)


def opener(target: str, credentials: tuple[str, str] | None):
    """A URL opener that answers the server's challenge, Digest (Virtuoso's /sparql-auth) or
    Basic (Fuseki, GraphDB): the password is only sent in the form the server asks for."""
    if credentials is None:
        return urllib.request.build_opener()
    passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
    passwords.add_password(None, target, *credentials)
    return urllib.request.build_opener(urllib.request.HTTPDigestAuthHandler(passwords),
                                       urllib.request.HTTPBasicAuthHandler(passwords))


def http_request(url: str, body: bytes, content_type: str, *, accept: str = "*/*",
                 timeout: float = 60.0, method: str = "POST"):
    """Send one request; returns (media type, body, headers). HTTP 4xx is a QueryError, the
    rest StoreError."""
    target, credentials = split_credentials(url)
    headers = {"Content-Type": content_type, "Accept": accept, "User-Agent": "dealgraph"}
    request = urllib.request.Request(target, data=body, method=method, headers=headers)
    shown = shown_url(url)
    try:
        with opener(target, credentials).open(request, timeout=timeout) as response:
            return response.headers.get_content_type(), response.read(), response.headers
    except urllib.error.HTTPError as err:
        detail = first_text_line(err.read()) or UNAUTHORIZED.get(err.code, "")
        kind = QueryError if 400 <= err.code < 500 else StoreError
        raise kind(f"{shown} answered HTTP {err.code}{': ' + detail if detail else ''}") from None
    except urllib.error.URLError as err:
        raise StoreError(f"cannot reach {shown}: {err.reason}") from None
    except (TimeoutError, OSError) as err:
        raise StoreError(f"{shown} did not answer: {err}") from None


def refuse_cut_answers(headers, url: str) -> None:
    """A server that cuts answers at a row limit says so in a header (kg serve, Virtuoso);
    a cut answer is a wrong answer, so it is an error rather than a quiet loss."""
    if headers.get("X-Kg-Truncated") == "true" or headers.get("X-SPARQL-MaxRows"):
        raise StoreError(f"{shown_url(url)} cut its answer at its row limit; raise the server's limit "
                         "(kg serve --max-rows) or narrow the query")


def shown_url(url: str) -> str:
    """The URL without credentials or query string, for messages."""
    target, _ = split_credentials(url)
    return urllib.parse.urlsplit(target)._replace(query="").geturl()


def first_text_line(body: bytes) -> str:
    """What an error answer says, on one line: its first line, or an HTML page's body text
    (Virtuoso's graph-store errors come as a page ending in the reason).

    >>> first_text_line(b"<html><head><title>failed</title></head><body><h1>403</h1> <xmp>denied</xmp></body>")
    '403 denied'
    """
    text = body[:4000].decode("utf-8", errors="replace").strip()
    if text.startswith("<") and "<body" in text.lower():
        inside = re.split(r"<body[^>]*>", text, maxsplit=1, flags=re.IGNORECASE)[-1]
        return " ".join(re.sub(r"<[^>]*>", " ", inside).split())[:300]
    return text.splitlines()[0][:300] if text else ""


def read_results(media: str, body: bytes, url: str):
    """Parse an endpoint's answer into pyoxigraph result objects."""
    try:
        if media in RESULT_TYPES:
            return as_boolean(ox.parse_query_results(body, RESULT_TYPES[media]))
        if media in GRAPH_TYPES:
            return as_query_triples(ox.parse(body, GRAPH_TYPES[media]))
    except SyntaxError as err:
        raise StoreError(f"cannot read the answer of {url}: {err}") from None
    raise StoreError(f"{url} answered with {media or 'no content type'}, not SPARQL results")


def as_query_triples(quads) -> ox.QueryTriples:
    """Triples as the QueryTriples that an embedded CONSTRUCT returns (commands check for it)."""
    scratch = ox.Store()
    scratch.extend(ox.Quad(q.subject, q.predicate, q.object) for q in quads)
    return scratch.query("CONSTRUCT WHERE { ?s ?p ?o }")


def as_boolean(results):
    """Virtuoso 7.2's answer to ASK (one row of __ASK_RETVAL) as the boolean it stands for."""
    if not isinstance(results, ox.QuerySolutions) or [v.value for v in results.variables] != [ASK_COLUMN]:
        return results
    rows = list(results)
    truth = bool(rows) and rows[0][ASK_COLUMN] is not None and rows[0][ASK_COLUMN].value not in ("0", "false")
    return ox.parse_query_results(b'{"head": {}, "boolean": %s}' % (b"true" if truth else b"false"), ox.QueryResultsFormat.JSON)
