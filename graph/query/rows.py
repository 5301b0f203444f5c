"""Reading query rows cheaply from a large store: the one row reader, `rows`.

On disk every term a query returns is decoded from the store's string table, and every term
turned into a Python object costs again. So rows are read as SPARQL TSV that the store writes
in one call (letting another thread run meanwhile), resources are named in VALUES blocks of
IRIs the store returned (a chunk at a time), and each distinct resource's label is read once.

One key convention for resources, in rows and everywhere they are kept: an IRI as itself, a
blank node as `_:id` (kept apart from IRIs; see `key`).
"""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager

import pyoxigraph as ox

from graph.query.sparql import named_text, run

# IRIs per VALUES block: long enough for few queries, short enough for a small query text.
VALUES_CHUNK = 2000


def read_rows(store, name: str, bindings: dict | None = None, *, flags=frozenset(), over=None,
         every: str | None = None, width: int | None = None, **blocks: str) -> list:
    """The rows of NAME.rq (run as `run` runs it) as dicts of plain values (see `value`), or
    with `width` as tuples of its first `width` columns as cells (see `cell`): leaner for a
    long scan, where a dict per row costs as much as the scan.

    `over=(variable, keys)` reads the rows of those resources only: a VALUES block of the IRIs
    in place of the query's `#VALUES ?variable` (or bare `#VALUES`) comments, a chunk per query
    in two threads, and the blank nodes (which no VALUES block can name) by the query's
    "blank" flag. Without `over` (or with None for the keys), every resource's rows, by the
    named query `every` if given.
    """
    if over is None or over[1] is None:
        return read_results(run(store, every or name, bindings, flags=flags, **blocks), width)
    variable, keys = over
    active = {*(bindings or ()), *flags}
    text = named_text(name, active, **blocks)
    named = sorted(k for k in keys if not k.startswith("_:"))
    queries = [text.replace(f"#VALUES ?{variable}", block).replace("#VALUES", block)
               for block in (values_block(variable, chunk) for chunk in chunks(named))]
    if len(named) < len(keys):
        queries.append(named_text(name, active | {"blank"}, **blocks))
    with ThreadPoolExecutor(2) as pool:
        parts = pool.map(lambda query: read_results(store.query(query, bindings), width), queries)
        return [row for part in parts for row in part]


def read_results(results, width: int | None = None) -> list:
    """Query results as `rows` gives them, read from the SPARQL TSV the store writes."""
    head, *lines = results.serialize(format=ox.QueryResultsFormat.TSV).decode("utf-8").split("\n")
    if width is not None:
        return [tuple(map(cell, line.split("\t", width)[:width])) for line in lines if line]
    names = [name[1:] for name in head.split("\t")]
    return [dict(zip(names, map(value, line.split("\t")))) for line in lines if line]


def resource_key(term) -> str:
    """A resource term as its key: an IRI as itself, a blank node as _:id."""
    return term.value if isinstance(term, ox.NamedNode) else f"_:{term.value}"


def cell(field: str) -> str | None:
    """A term written in SPARQL TSV as a cell of a lean row: a resource as its key, a literal
    as it is written ('"3"', '"hi"@en', 12), None when unbound. No literal is taken for a key:
    see `is_iri`.

    >>> [cell(f) for f in ('<http://e/a>', '_:b1', '"3"', '12', '')]
    ['http://e/a', '_:b1', '"3"', '12', None]
    """
    if field[:1] == "<":
        return field[1:-1]
    return field or None


def is_iri(cell: str | None) -> bool:
    """True for a cell (see `cell`) that is an IRI: not unbound, a blank node or a literal
    (written quoted, or bare as a number or boolean, with no colon: an IRI has its scheme's)."""
    return cell is not None and cell[:1] != '"' and cell[:2] != "_:" and ":" in cell


def value(field: str) -> str | None:
    """The plain value of a term written in SPARQL TSV (Turtle syntax): a resource as its key,
    a literal as its lexical form, None when unbound.

    >>> [value(f) for f in ('<http://e/a>', '"2025-05"^^<http://e/t>', '"hi"@en', '12', '_:b1', '')]
    ['http://e/a', '2025-05', 'hi', '12', '_:b1', None]
    """
    if not field:
        return None
    if field[0] == "<":
        return field[1:-1]
    if field[0] == '"':
        text = field[1:field.rindex('"')]
        return ESCAPE.sub(unescape, text) if "\\" in text else text
    return field  # a blank node (_:id, its key), or a bare number or boolean


ESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))")
ECHAR = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f"}


def unescape(match) -> str:
    code = match.group(1) or match.group(2)
    return chr(int(code, 16)) if code else ECHAR.get(match.group(3), match.group(3))


def read_labels(store, keys: set[str]) -> dict[str, str]:
    """Key -> its label (the first in code-point order when it has several)."""
    labels: dict[str, str] = {}
    for row in read_rows(store, "labels", over=("x", keys)):
        thing, label = row["x"], row["label"]
        labels[thing] = min(labels.get(thing, label), label)
    return labels


def chunks(keys: list[str]):
    """`keys` in slices of VALUES_CHUNK, one VALUES block each."""
    for start in range(0, len(keys), VALUES_CHUNK):
        yield keys[start:start + VALUES_CHUNK]


def values_block(name: str, iris: list[str]) -> str:
    """A VALUES block of one variable and the IRIs `iris` (see `values`)."""
    return values((name,), [(iri,) for iri in iris])


def values(variables: tuple[str, ...], cells) -> str:
    """A VALUES block of IRIs read from the store (or of terms), written with pyoxigraph's
    escaping; rows in sorted order."""
    def text(cell) -> str:
        return str(cell if isinstance(cell, (ox.NamedNode, ox.Literal)) else ox.NamedNode(cell))

    body = " ".join("(" + " ".join(text(cell) for cell in row) + ")" for row in sorted(cells, key=str))
    return f"VALUES ({' '.join('?' + v for v in variables)}) {{ {body} }}"


@contextmanager
def no_cycle_collection():
    """Pause Python's cycle collector while a large projection is read: it makes millions of
    small objects and no cycles, and the collector would walk all of them again and again."""
    import gc

    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()
