"""Run the project's named queries: the one runner, `run`.

A named query is graph/query/queries/NAME.rq. `run` keeps its optional parts for the bound
variables and flags (see graph/query/parts.py), puts VALUES blocks the caller wrote from terms
the store returned in place of its #MARKER comments, and hands the text and the bindings to the
store (embedded or remote). User values reach a query only as bindings, never by formatting.
Rows are read as terms here, or as plain values by graph/query/rows.py.

>>> from graph.store.embedded import Store
>>> store = Store.in_memory()
>>> store.ox.add(ox.Quad(ox.NamedNode("http://e/a"), ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"),
...                      ox.Literal("A")))
>>> [row["x"].value for row in run(store, "labels", flags={"blank"})]
[]
>>> [row["label"].value for row in run(store, "labels", VALUES="VALUES ?x { <http://e/a> }")]
['A']
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import pyoxigraph as ox

from graph.model.errors import QueryError
from graph.model.namespaces import XSD, sparql_prologue
from graph.query.parts import keep_parts
from graph.query.text import is_update_text, uses_load, uses_service


def run(store, name: str, bindings: dict | None = None, *, flags=frozenset(), **blocks):
    """Run NAME.rq on `store` with `bindings`: its parts for the bound names and `flags`
    kept, and `blocks` (VALUES blocks) in place of its #MARKER comments."""
    return store.query(named_text(name, {*(bindings or ()), *flags}, **blocks), bindings)


def named_text(name: str, active=frozenset(), **blocks: str) -> str:
    """The text `run` sends: NAME.rq with the parts for `active` names and the `blocks`."""
    text = keep_parts(named_query(name), set(active))
    for marker, block in blocks.items():
        text = text.replace(f"#{marker}", block)
    return text


@lru_cache(maxsize=None)
def named_query(name: str) -> str:
    """The text of graph/query/queries/NAME.rq (or NAME itself when it has an extension, as
    derive.ru has), with the project's prefixes declared."""
    return sparql_prologue() + query_file(name if "." in name else f"{name}.rq")


def query_file(filename: str) -> str:
    """The raw text of graph/query/queries/FILENAME (a query, or an update such as derive.ru)."""
    try:
        return (resources.files("graph.query") / "queries" / filename).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise QueryError(f"no named query {filename!r}") from None


def to_term(value) -> ox.NamedNode | ox.Literal | ox.BlankNode:
    """Python values as RDF terms: terms pass through, str becomes a plain literal."""
    if isinstance(value, (ox.NamedNode, ox.Literal, ox.BlankNode)):
        return value
    if isinstance(value, bool):
        return ox.Literal(str(value).lower(), datatype=ox.NamedNode(XSD.boolean))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode(XSD.integer))
    if isinstance(value, str):
        return ox.Literal(value)
    raise TypeError(f"cannot bind {value!r}")


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
    from graph.query.streaming import format_results

    results = user_query(store, text, allow_update=allow_update, allow_service=allow_service)
    return "update applied\n" if results is None else format_results(results, fmt)


def user_query(store, text: str, bindings: dict | None = None, *, allow_update: bool = False,
               allow_service: bool = False):
    """Run a user's query with `bindings` and return pyoxigraph's results; a SPARQL Update
    runs only when allowed (None then), and SERVICE (which reaches other servers) too."""
    if check_user_text(text, allow_update=allow_update, allow_service=allow_service):
        store.update(text)
        return None
    return store.query(text, bindings)


def check_user_text(text: str, *, allow_update: bool = False, allow_service: bool = False) -> bool:
    """Refuse what the user did not allow (an update; SERVICE, which reaches other servers);
    True when the text is an update."""
    if uses_service(text) and not allow_service:
        raise QueryError("this query uses SERVICE, which sends it to another server; "
                         "pass --service to allow federation")
    if is_update_text(text):
        if not allow_update:
            raise QueryError("this is a SPARQL Update; pass --update to change the store")
        if uses_load(text) and not allow_service:
            raise QueryError("this update uses LOAD, which fetches data from another server; "
                             "pass --service to allow it")
        return True
    return False
