"""Reading query rows cheaply from a large store.

On disk every term a query returns is decoded from the store's string table, and every term
turned into a Python object costs again. So the readers here name the resources they want in
VALUES blocks of IRIs the store returned (a chunk at a time), take rows as SPARQL TSV that the
store writes in one call, and read each distinct resource's label once.
"""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager

import pyoxigraph as ox

from graph.query.parts import query_text
from graph.query.sparql import named_query

# IRIs per VALUES block: long enough for few queries, short enough for a small query text.
VALUES_CHUNK = 2000


def chunks(keys: list[str]):
    """`keys` in slices of VALUES_CHUNK, one VALUES block each."""
    for start in range(0, len(keys), VALUES_CHUNK):
        yield keys[start:start + VALUES_CHUNK]


def values_block(name: str, iris: list[str]) -> str:
    """A VALUES block of one variable and the IRIs `iris` (see `values`)."""
    return values((name,), [(iri,) for iri in iris])


def key(term) -> str:
    """A resource as a key: an IRI as itself, a blank node as _:id (kept apart from IRIs)."""
    return term.value if isinstance(term, ox.NamedNode) else f"_:{term.value}"


def filled(name: str, **blocks: str) -> str:
    """A named query with VALUES blocks in place of its #NAME markers."""
    text = named_query(name)
    for marker, block in blocks.items():
        text = text.replace(f"#{marker}", block)
    return text


def values(variables: tuple[str, ...], rows) -> str:
    """A VALUES block of IRIs read from the store (or of terms), written with pyoxigraph's
    escaping; rows in sorted order."""
    def text(cell) -> str:
        return str(cell if isinstance(cell, (ox.NamedNode, ox.Literal)) else ox.NamedNode(cell))

    body = " ".join("(" + " ".join(text(cell) for cell in row) + ")" for row in sorted(rows, key=str))
    return f"VALUES ({' '.join('?' + v for v in variables)}) {{ {body} }}"


def tsv_lines(store, text: str) -> list[str]:
    """A SELECT's rows as SPARQL TSV lines, header left out: the store writes every row in one
    call, with no Python object per term, and lets the other thread run meanwhile. For queries
    whose terms are IRIs and short tags (nothing escaped): IRIs come as <...>."""
    data = store.query(text).serialize(format=ox.QueryResultsFormat.TSV).decode("utf-8")
    return data.split("\n")[1:-1]


@contextmanager
def no_cycle_collection():
    """Pause Python's cycle collector while a large projection is read: it makes millions of
    small objects and no cycles, and the collector would walk all of them again and again
    (a third of the time of a large page)."""
    import gc

    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()



def restricted_rows(store, name: str, variable: str, iris: set[str] | None, *, every: str | None = None,
                    **blocks: str) -> list[dict]:
    """The rows of a named query, as {variable: value or None}, for the resources `iris`: a
    VALUES block of them in place of its `#VALUES ?variable` comments, in chunks run in two
    threads; for every resource when `iris` is None (the comments stay, or the named query
    `every` runs instead). `blocks` go in place of the query's other markers (see `filled`)."""
    if iris is None:
        return plain_rows(store, filled(every or name, **blocks))
    text = filled(name, **blocks)
    blocks_of_iris = [values_block(variable, chunk) for chunk in chunks(sorted(iris))]
    with ThreadPoolExecutor(2) as pool:
        parts = pool.map(lambda block: plain_rows(store, text.replace(f"#VALUES ?{variable}", block)), blocks_of_iris)
        return [row for part in parts for row in part]


def plain_rows(store, text: str) -> list[dict]:
    """A SELECT's rows as dicts of plain values (IRIs, lexical forms, blank node ids; None when
    unbound). The store writes the rows as TSV in one call, letting another thread run
    meanwhile (iterating rows would hold the interpreter), and TSV is the cheapest to read.

    >>> import pyoxigraph as ox
    >>> store = ox.Store()
    >>> store.add(ox.Quad(ox.NamedNode("http://e/a"), ox.NamedNode("http://e/p"), ox.Literal('say "hi"\\n')))
    >>> plain_rows(store, "SELECT ?s ?o ?none WHERE { ?s ?p ?o }")
    [{'s': 'http://e/a', 'o': 'say "hi"\\n', 'none': None}]
    """
    return tsv_rows(store.query(text))


def tsv_rows(results, value=None) -> list[dict]:
    """Query results as dicts of `value(field)` (plain values, see `tsv_value`), read from
    SPARQL TSV the store writes in one call."""
    head, *lines = results.serialize(format=ox.QueryResultsFormat.TSV).decode("utf-8").split("\n")
    names = [name[1:] for name in head.split("\t")]
    return [dict(zip(names, map(value or tsv_value, line.split("\t")))) for line in lines if line]


def tsv_key_rows(results, width: int) -> list[tuple]:
    """The first `width` columns of query results as tuples of keys (see `tsv_key`): leaner
    than `tsv_rows` for a long scan of links (a dict per row costs as much as the scan)."""
    lines = results.serialize(format=ox.QueryResultsFormat.TSV).decode("utf-8").split("\n")[1:]
    return [tuple(field[1:-1] if field[:1] == "<" else tsv_key(field)
                  for field in line.split("\t", width)[:width]) for line in lines if line]


def tsv_key(field: str) -> str | None:
    """A resource written in SPARQL TSV as `key` gives it (a blank node keeps its _:); any
    other term as its plain value."""
    return field if field.startswith("_:") else tsv_value(field)


def tsv_value(field: str) -> str | None:
    """The plain value of a term written in SPARQL TSV (Turtle syntax).

    >>> [tsv_value(f) for f in ('<http://e/a>', '"2025-05"^^<http://e/t>', '"hi"@en', '12', '_:b1', '')]
    ['http://e/a', '2025-05', 'hi', '12', 'b1', None]
    """
    if not field:
        return None
    if field[0] == "<":
        return field[1:-1]
    if field[0] == '"':
        text = field[1:field.rindex('"')]
        return ESCAPE.sub(unescape, text) if "\\" in text else text
    return field[2:] if field.startswith("_:") else field  # a blank node, or a bare number or boolean


ESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))")
ECHAR = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f"}


def unescape(match) -> str:
    code = match.group(1) or match.group(2)
    return chr(int(code, 16)) if code else ECHAR.get(match.group(3), match.group(3))


def read_labels(store, keys: set[str]) -> dict[str, str]:
    """Key -> its label (the first in code-point order when it has several): IRIs by VALUES
    chunks, blank nodes by one pass over every labelled blank node."""
    named = sorted(k for k in keys if not k.startswith("_:"))
    row_sets = [store.query(query_text("labels", set()).replace("#VALUES", values_block("x", chunk)))
                for chunk in chunks(named)]
    if len(named) < len(keys):
        row_sets.append(store.query(query_text("labels", {"blank"})))
    labels: dict[str, str] = {}
    for rows in row_sets:
        for row in tsv_rows(rows, tsv_key):
            thing, label = row["x"], row["label"]
            labels[thing] = min(labels.get(thing, label), label)
    return labels
