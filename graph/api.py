"""The Python API behind `import graph`: a store or an endpoint, asked as the CLI asks it.

Each method calls the library function its `kg` command calls and returns what that command's
JSON shows, as plain Python values: `Rows` (a list of dicts) or `Record` (a dict). Both have
`to_dataframe()`, which gives a pandas DataFrame when pandas is installed (pandas is not a
dependency). Heavy modules (networkx, rdflib, the page builder) are imported by the methods
that need them.

>>> kg = Graph.bundled()
>>> [pair["b"] for pair in kg.partners("Kakao")]
['OpenAI']
>>> kg.sparql("ASK { dgr:kakao dg:partnersWith dgr:openai }")
True
>>> kg.sparql("SELECT ?x ?name WHERE { ?x rdfs:label ?label FILTER(STR(?label) = ?name) }",
...           {"name": "Kakao"})
[{'x': 'https://dealgraph.org/id/kakao', 'name': 'Kakao'}]
>>> kg.sparql("SELECT (COUNT(DISTINCT ?deal) AS ?deals) WHERE { ?deal dg:party dgr:kakao }")
[{'deals': 1}]
>>> kg.close()
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from graph.model.namespaces import XSD

INTEGERS = {XSD[n] for n in ("integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
                             "negativeInteger", "nonPositiveInteger", "unsignedInt", "unsignedLong",
                             "unsignedShort", "unsignedByte")}
FLOATS = {XSD.decimal, XSD.double, XSD.float}
# The inline page's scripts run, with no access to the notebook (no same origin).
FRAME_SANDBOX = "allow-scripts allow-popups allow-popups-to-escape-sandbox"


class Rows(list):
    """A list of dicts (as the command's JSON shows them); `to_dataframe()` makes a DataFrame
    of the command's flat rows (as its CSV shows them) when the items nest, of the items
    otherwise. `about` holds what the command says beside the rows (rank's measure...)."""

    def __init__(self, items=(), flat=None, **about):
        super().__init__(items)
        self._flat = flat
        self.about = about

    def to_dataframe(self):
        """The rows as a pandas DataFrame (pandas must be installed)."""
        return data_frame(self._flat() if self._flat else list(self))


class Record(dict):
    """A dict (as the command's JSON shows it); `to_dataframe()` makes a DataFrame of its
    flat rows (a profile's items, an answer's rows)."""

    def __init__(self, value: dict, flat):
        super().__init__(value)
        self._flat = flat

    def to_dataframe(self):
        """The flat rows as a pandas DataFrame (pandas must be installed)."""
        return data_frame(self._flat())


def data_frame(rows: list[dict]):
    try:
        import pandas
    except ImportError:
        from graph.model.errors import KgError

        raise KgError("to_dataframe() needs pandas, which is not installed: pip install pandas") from None
    return pandas.DataFrame(rows)


class Graph:
    """A dealgraph store (embedded or a remote SPARQL endpoint) with the CLI's questions as
    methods. Use it as a context manager, or call `close()`, to release the store's lock."""

    def __init__(self, store):
        self.store = store

    @classmethod
    def open(cls, path: str | Path | None = None) -> "Graph":
        """The on-disk store at `path` (default: KG_STORE or the per-user store), built from the
        bundled graph on first use. A built store is opened read-only, as `kg` reading commands
        open it: a notebook never keeps `kg load` waiting, and sees the store as it was when
        opened (open it again to see later writes)."""
        from graph.store.embedded import Store

        return cls(Store.open(path, write=False))

    @classmethod
    def connect(cls, url: str, update_url: str | None = None) -> "Graph":
        """A SPARQL 1.1 endpoint (its default graph the union of its named graphs)."""
        from graph.store.remote import RemoteStore

        return cls(RemoteStore(url, update_url))

    @classmethod
    def bundled(cls) -> "Graph":
        """The bundled seed graph in memory: nothing written to disk (examples, tests)."""
        from graph.store.embedded import Store

        store = Store.in_memory()
        store.build()
        return cls(store)

    def __repr__(self) -> str:
        where = getattr(self.store, "query_url", None) or self.store.path or "memory"
        return f"<dealgraph.Graph {where}>"

    def __enter__(self) -> "Graph":
        return self

    def __exit__(self, *_) -> None:
        self.close()

    def close(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None

    # ------------------------------------------------------------------ the questions

    def partners(self, entity: str | None = None, *, type: str | None = None, status: str | None = None,
                 since: str | None = None, until: str | None = None, as_of: str | None = None,
                 limit: int | None = None) -> Rows:
        """Partner pairs, most deals first (`kg partners`): [{"a", "b", "deals": [...]}].

        >>> with Graph.bundled() as kg:
        ...     deals = kg.partners("Kakao")[0]["deals"]
        ...     frame_columns = list(kg.partners("Kakao").to_dataframe().columns)
        >>> [(d["type"], d["status"], d["date"]) for d in deals]
        [('Integration', 'signed', '2025-02')]
        >>> frame_columns
        ['a', 'b', 'deals', 'type', 'status', 'date', 'sources', 'deal']
        """
        from graph.answers.partners import partner_pairs, partner_rows

        pairs = partner_pairs(self.store, entity, type=type, status=status, since=since, until=until,
                              as_of=as_of, limit=limit)
        return Rows(pairs, lambda: partner_rows(self.store, pairs))

    def entity(self, name: str, limit: int | None = None) -> Record:
        """The profile of an entity (`kg entity`): iri, label, classes, aliases, positions,
        deals...; `limit` items per section, newest first.

        >>> with Graph.bundled() as kg:
        ...     profile = kg.entity("kakao")
        >>> profile["label"], profile["classes"]
        ('Kakao', ['company'])
        """
        from graph.answers.profile import entity_profile, profile_rows

        profile = entity_profile(self.store, name, limit)
        return Record(profile, lambda: profile_rows(self.store, profile))

    def path(self, a: str, b: str, limit: int = 5) -> Rows:
        """The shortest paths between two entities (`kg path`), each a list of hops
        {"from", "to", "type", "label", "status", "date", "sources", "evidence", ...}.

        >>> with Graph.bundled() as kg:
        ...     first = kg.path("Jason Kwon", "Chey Tae-won")[0]
        >>> [(hop["from"], hop["type"], hop["to"]) for hop in first]
        [('Jason Kwon', 'Position', 'OpenAI'), ('OpenAI', 'Meeting', 'Chey Tae-won')]
        """
        from graph.answers.paths import connections, path_rows

        result = connections(self.store, a, b, limit)
        return Rows(result["paths"], lambda: path_rows(self.store, result))

    def rank(self, by: str = "degree", type: str | None = "agent", limit: int | None = 10, *,
             with_sources: bool = False) -> Rows:
        """The most central entities (`kg rank`): [{"rank", "entity", "iri", "classes", "score"}];
        `.about` says the measure, whether it is exact, the sample and the number of nodes.
        The sources' bylines, and the authors and outlets only they link, count only
        `with_sources`.

        >>> with Graph.bundled() as kg:
        ...     top = kg.rank(limit=1)
        ...     authors = kg.rank(type="person", limit=1, with_sources=True)
        >>> top[0]["entity"], top.about["measure"], authors[0]["entity"]
        ('OpenAI', 'degree', 'Juan Pedro Tomás')
        """
        from graph.answers.rank import centrality

        result = centrality(self.store, by, type, limit, with_sources=with_sources)
        return Rows(result["ranking"], **{k: v for k, v in result.items() if k != "ranking"})

    def ask(self, question: str) -> Record:
        """An English question answered (`kg ask`): question, understood_as, summary, answer
        (rows), queries, notes.

        >>> with Graph.bundled() as kg:
        ...     answer = kg.ask("Has Kakao a deal with OpenAI?")
        >>> answer["summary"].split(":")[0]
        'Yes'
        """
        from graph.answers.ask import ask

        answer = ask(self.store, question)
        return Record(answer.as_json(), lambda: answer.rows)

    def sparql(self, query: str, bindings: dict | None = None, *, service: bool = False):
        """A SPARQL query over all graphs, the project's prefixes predeclared; `bindings` maps
        variable names to values (str, int, bool, or pyoxigraph terms), never formatted into
        the text. SELECT gives Rows of plain values (IRIs as str, numbers as int or float,
        booleans as bool, other literals as str, unbound as None), ASK a bool, CONSTRUCT and
        DESCRIBE Rows of {"subject", "predicate", "object"}. SERVICE is refused unless
        `service`; updates are refused (use `kg sparql --update`).
        """
        from graph.query.sparql import user_query

        results = user_query(self.store, query, bindings, allow_service=service)
        if isinstance(results, ox.QueryBoolean):
            return bool(results)
        if isinstance(results, ox.QueryTriples):
            return Rows({"subject": plain(t.subject), "predicate": plain(t.predicate), "object": plain(t.object)}
                        for t in results)
        names = [v.value for v in results.variables]
        return Rows({name: plain(solution[name]) for name in names} for solution in results)

    # ------------------------------------------------------------------ other views

    def network(self):
        """The networkx projection (`kg export --format graphml` writes it): a MultiGraph with
        entities as nodes (label, classes) and one edge per relationship (type, status, date,
        sources...).

        >>> with Graph.bundled() as kg:
        ...     g = kg.network()
        >>> g.nodes["https://dealgraph.org/id/kakao"]["label"]
        'Kakao'
        """
        from graph.answers.network import build_graph

        return build_graph(self.store)

    def dataset(self):
        """An rdflib Dataset over the embedded store (through oxrdflib), its default graph the
        union of the named graphs: for code written against rdflib. Not for a remote endpoint.

        >>> with Graph.bundled() as kg:
        ...     rows = list(kg.dataset().query(
        ...         "SELECT ?name WHERE { <https://dealgraph.org/id/kakao> "
        ...         "<http://www.w3.org/2000/01/rdf-schema#label> ?name }"))
        >>> [str(row.name) for row in rows]
        ['Kakao']
        """
        import rdflib
        from oxrdflib import OxigraphStore

        return rdflib.Dataset(store=OxigraphStore(store=self.store.ox), default_union=True)

    def page(self, *, focus: str | None = None, depth: int = 2, types=(), max_nodes: int | None = 1000,
             with_sources: bool = False) -> "PageView":
        """The interactive page (`kg viz`), shown inline by Jupyter; `.save(path)` writes it.
        The sources' bylines, and the authors and outlets only they link, are drawn only
        `with_sources`.

        >>> with Graph.bundled() as kg:
        ...     view = kg.page(focus="Kakao", depth=1)
        >>> view.nodes <= view.total_nodes, "<iframe" in view._repr_html_()
        (True, True)
        """
        from graph.viz.page import build_page

        return PageView(build_page(self.store, focus=focus, depth=depth, types=tuple(types), max_nodes=max_nodes,
                                   with_sources=with_sources))


class PageView:
    """A built graph page: `html`, the counts it shows, `save(path)`, and `_repr_html_` for
    Jupyter, which shows it in a sandboxed iframe (its scripts run there, under the page's own
    Content-Security-Policy, apart from the notebook's; a source's link opens a new tab)."""

    def __init__(self, page, height: int = 650):
        self.html, self.height = page.html, height
        self.nodes, self.edges = page.nodes, page.edges
        self.total_nodes, self.total_edges = page.total_nodes, page.total_edges

    def __repr__(self) -> str:
        return (f"<dealgraph page: {self.nodes:,} of {self.total_nodes:,} nodes, "
                f"{self.edges:,} of {self.total_edges:,} links>")

    def save(self, path: str | Path) -> Path:
        Path(path).write_text(self.html, encoding="utf-8")
        return Path(path)

    def _repr_html_(self) -> str:
        import html

        return (f'<iframe srcdoc="{html.escape(self.html, quote=True)}" sandbox="{FRAME_SANDBOX}" '
                f'style="width: 100%; height: {self.height}px; border: 1px solid #ddd"></iframe>')


def plain(term):
    """A pyoxigraph term as a plain Python value (see `Graph.sparql`)."""
    if term is None:
        return None
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if not isinstance(term, ox.Literal):
        return term.value
    kind = term.datatype.value
    try:
        if kind in INTEGERS:
            return int(term.value)
        if kind in FLOATS:
            return float(term.value)
    except ValueError:  # an ill-typed literal stays as written
        return term.value
    if kind == XSD.boolean:
        return term.value in ("true", "1")
    return term.value
