"""The embedded on-disk store: one named graph per source, one for the ontology, one derived.

A store is a pyoxigraph (RocksDB) directory. Queries see the union of its graphs. Every write
is a transaction, and a bulk load marks its graph as loading until it completes, so a store
whose writer was killed opens with its previous content.

>>> import tempfile
>>> with tempfile.TemporaryDirectory() as tmp:
...     store = Store.open(tmp + "/kg")
...     found = "rcr-2025-09-10-openai-korea" in store.sources()
...     store.close()
>>> found
True
"""

from __future__ import annotations

import os
import re
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

import pyoxigraph as ox

from graph.model.errors import QueryError, StoreError, first_line
from graph.model.namespaces import DG, META_GRAPH, ONTOLOGY_GRAPH, PREFIXES, SOURCE_GRAPHS, source_graph

SOURCE_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{0,99}$")
LOAD_STATE = ox.NamedNode(DG.loadState)
BUILT = ox.NamedNode(DG.builtFromBundle)
STORE_ROOT = ox.NamedNode(META_GRAPH)
UPDATES_SOURCE = "sparql-updates"


def default_store_path() -> Path:
    """`KG_STORE`, or a per-user data directory."""
    if os.environ.get("KG_STORE"):
        return Path(os.environ["KG_STORE"])
    from platformdirs import user_data_dir

    return Path(user_data_dir("dealgraph")) / "store"


def bundled_files() -> list[Path]:
    """The curated seed graph shipped in the package: entities first, then one file per source."""
    data = resources.files("graph") / "data"
    files = sorted(Path(str(p)) for p in data.iterdir() if p.name.endswith(".ttl"))
    return sorted(files, key=lambda p: p.stem != "entities")


def ontology_file() -> Path:
    return Path(str(resources.files("graph") / "ontology.ttl"))


def check_source_name(name: str) -> str:
    """Source names become graph IRIs, so they are restricted to a safe slug."""
    if not SOURCE_NAME.match(name):
        raise StoreError(
            f"invalid source name {name!r}: use lowercase letters, digits, '.', '_' or '-'"
        )
    return name


class Store:
    """A dealgraph store on disk (or in memory when path is None)."""

    def __init__(self, ox_store: ox.Store, path: Path | None, *, read_only: bool = False):
        self.ox = ox_store
        self.path = path
        self.read_only = read_only

    @classmethod
    def open(cls, path: str | Path | None = None, *, build: bool = True) -> "Store":
        """Open the store at `path` (default: `default_store_path()`), building it on first use.

        When another process holds the store (a running `kg serve`, say), it is opened
        read-only: queries work, writes are refused with a clear error.
        """
        path = Path(path) if path is not None else default_store_path()
        try:
            path.mkdir(parents=True, exist_ok=True)
            store = cls(ox.Store(str(path)), path)
        except OSError as err:
            if "lock" not in str(err).lower():
                raise StoreError(f"cannot open the store at {path}: {first_line(err)}") from None
            return cls.open_read_only(path)
        store.recover()
        if build and not store.is_built():
            store.build()
        return store

    @classmethod
    def open_read_only(cls, path: Path, attempts: int = 5) -> "Store":
        """Open beside the process that holds the store; retried because that process may be
        replacing files at the moment we read its manifest."""
        import time

        for attempt in range(attempts):
            try:
                store = cls(ox.Store.read_only(str(path)), path, read_only=True)
                break
            except (OSError, RuntimeError) as err:
                if attempt == attempts - 1:
                    raise StoreError(f"cannot open the store at {path}: {first_line(err)}") from None
                time.sleep(0.2)
        if not store.is_built():
            raise StoreError(f"the store at {path} is in use by another process and not built yet")
        return store

    @classmethod
    def in_memory(cls) -> "Store":
        return cls(ox.Store(), None)

    @classmethod
    def with_ontology(cls) -> "Store":
        """An in-memory store holding the bundled ontology only: the vocabulary's source
        where no store is at hand."""
        store = cls.in_memory()
        store.load_ontology()
        return store

    # ------------------------------------------------------------------ reading

    def query(self, sparql: str, bindings: dict | None = None):
        """Run a read-only SPARQL query over the union of all graphs (or over the graphs its
        FROM and FROM NAMED clauses name, when it has them); `bindings` maps
        variable names to values (see graph.query.sparql.to_term).

        The project's prefixes are predeclared through the engine, not prepended to the text,
        so syntax error positions match the user's query.
        """
        from graph.query.sparql import to_term
        from graph.query.text import has_dataset_clause

        substitutions = {ox.Variable(k): to_term(v) for k, v in (bindings or {}).items()}
        try:  # a query's own FROM / FROM NAMED is its dataset; otherwise all graphs, merged
            return self.ox.query(sparql, use_default_graph_as_union=not has_dataset_clause(sparql),
                                 substitutions=substitutions, prefixes=dict(PREFIXES))
        except SyntaxError as err:
            raise QueryError(f"SPARQL syntax error: {err.args[0] if err.args else err}") from None
        except (OSError, RuntimeError) as err:
            raise QueryError(f"query failed: {first_line(err)}") from None

    def update(self, sparql: str) -> None:
        """Run a SPARQL Update in one transaction, then re-derive the shortcuts.

        Triples written to the default graph are moved to the source graph `sparql-updates`,
        so that they are derived from, exported and removable like any other source.
        """
        self.writable()
        try:
            self.ox.update(sparql, prefixes=dict(PREFIXES))
        except SyntaxError as err:
            raise QueryError(f"SPARQL syntax error: {err.args[0] if err.args else err}") from None
        except (OSError, RuntimeError, ValueError) as err:  # LOAD: a fetch refused, a media type unknown
            raise QueryError(f"update failed: {first_line(err)}") from None
        target = ox.NamedNode(source_graph(UPDATES_SOURCE))
        stray = list(self.ox.quads_for_pattern(None, None, None, ox.DefaultGraph()))
        self.ox.extend(ox.Quad(q.subject, q.predicate, q.object, target) for q in stray)
        for quad in stray:
            self.ox.remove(quad)
        self.derive()

    def sources(self) -> list[str]:
        """Names of the source graphs, sorted."""
        names = (g.value for g in self.ox.named_graphs() if isinstance(g, ox.NamedNode))
        return sorted(n[len(SOURCE_GRAPHS):] for n in names if n.startswith(SOURCE_GRAPHS))

    def triple_count(self, graph: str | None = None) -> int:
        """Quads in one graph, or in the whole store (derived and ontology included)."""
        if graph is None:
            return len(self.ox)
        from graph.query.rows import values_block
        from graph.query.sparql import run

        return int(next(iter(run(self, "graph-size", VALUES=values_block("graph", [graph]))))["count"].value)

    def is_built(self) -> bool:
        return self.ox.contains_named_graph(ox.NamedNode(ONTOLOGY_GRAPH))

    # ------------------------------------------------------------------ writing

    def writable(self) -> None:
        if self.read_only:
            raise StoreError(f"the store at {self.path} is in use by another process; "
                             "stop it (e.g. `kg serve`) to change the store")

    def build(self) -> None:
        """Replace everything with the ontology and the bundled seed graph."""
        self.writable()
        self.ox.clear()
        self.load_ontology()
        for file in bundled_files():
            self.ox.load(path=str(file), format=ox.RdfFormat.TURTLE,
                         to_graph=ox.NamedNode(source_graph(file.stem)))
        self.derive()
        self.ox.add(ox.Quad(STORE_ROOT, BUILT, ox.Literal("true"), STORE_ROOT))
        self.ox.flush()

    def load_ontology(self) -> None:
        self.ox.load(path=str(ontology_file()), format=ox.RdfFormat.TURTLE,
                     to_graph=ox.NamedNode(ONTOLOGY_GRAPH))

    def add_source(self, name: str, quads: list[ox.Quad], *, replace: bool = False) -> int:
        """Store parsed quads as the source graph `name` and derive; returns its size.

        A new source only adds shortcuts, derived from it alone (quick, however large the
        store); replacing one may take some away, so the derived graph is rebuilt."""
        self.writable()
        graph = ox.NamedNode(source_graph(check_source_name(name)))
        replacing = self.ox.contains_named_graph(graph)
        if replacing and not replace:
            raise StoreError(f"source {name!r} is already stored; remove it first or use --replace")
        quads = {ox.Quad(q.subject, q.predicate, q.object, graph) for q in quads}
        if replacing:
            self.ox.remove_graph(graph)
            self.ox.extend(quads)
            self.derive()
        else:
            with self.loading([name]):  # as `kg load` does: all or nothing, then derive
                self.ox.extend(quads)
                self.derive_sources([name])
        return len(quads)

    @contextmanager
    def loading(self, names: list[str]):
        """Bulk-load new source graphs inside this block, all or nothing.

        bulk_load is not atomic, so each graph is marked as loading (and the mark flushed)
        before anything is written, and the marks go only when the block ends without error.
        An error drops the graphs; a killed process leaves the marks, and the next open drops
        the graphs then (`recover`). The derived graph is marked stale while it is written.
        """
        self.writable()
        graphs = [ox.NamedNode(source_graph(check_source_name(name))) for name in names]
        for name, graph in zip(names, graphs):
            if self.ox.contains_named_graph(graph):
                raise StoreError(f"source {name!r} is already stored; remove it first")
        marks = [ox.Quad(graph, LOAD_STATE, ox.Literal("loading"), STORE_ROOT) for graph in graphs]
        self.ox.extend(marks)
        self.ox.flush()
        try:
            yield
        except BaseException:
            self.recover()
            raise
        from graph.store.derive import clear_stale

        for mark in marks:
            self.ox.remove(mark)
        clear_stale(self.ox)

    def bulk_load_source(self, name: str, stream, fmt: ox.RdfFormat) -> None:
        """Stream RDF into the source graph `name` (inside `loading`).

        Quad formats are flattened into the source graph, like `add_source` does, so that
        dropping the source drops everything the file said."""
        graph = ox.NamedNode(source_graph(check_source_name(name)))
        if fmt in (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG):
            quads = ox.parse(input=stream, format=fmt)
            self.ox.bulk_extend(ox.Quad(q.subject, q.predicate, q.object, graph) for q in quads)
        else:
            self.ox.bulk_load(input=stream, format=fmt, to_graph=graph)

    def derive_sources(self, names: list[str]) -> int:
        """Add to the derived graph what new sources imply (see graph/derive.py)."""
        from graph.store.derive import derive_sources

        return derive_sources(self.ox, [source_graph(name) for name in names])

    def drop_graph(self, graph: ox.NamedNode) -> None:
        if self.ox.contains_named_graph(graph):
            self.ox.remove_graph(graph)

    def remove_source(self, name: str) -> int:
        """Drop a source graph and rebuild the derived shortcuts; returns the triples removed."""
        self.writable()
        graph = source_graph(name)
        if name not in self.sources():
            raise StoreError(f"no source named {name!r}; `kg sources` lists them")
        size = self.triple_count(graph)
        self.ox.remove_graph(ox.NamedNode(graph))
        self.derive()
        return size

    def derive(self) -> None:
        """Rebuild the whole derived graph (after a removal or an update)."""
        from graph.store.derive import rebuild_derived

        rebuild_derived(self.ox)

    def recover(self) -> None:
        """Undo what a failed or killed bulk load left; rebuild a derived graph left half
        written. Two index lookups when there is nothing to do, so every open can afford it."""
        from graph.store.derive import needs_rebuild

        self.drop_unfinished_loads()
        if needs_rebuild(self.ox):
            self.derive()

    def drop_unfinished_loads(self) -> None:
        """Remove the source graphs whose bulk load did not finish (see `loading`)."""
        unfinished = list(self.ox.quads_for_pattern(None, LOAD_STATE, None, STORE_ROOT))
        for quad in unfinished:
            self.drop_graph(quad.subject)
            self.ox.remove(quad)
        if unfinished:
            self.ox.flush()

    def close(self) -> None:
        if not self.read_only:
            self.ox.flush()
        del self.ox


def parse_bytes(data: bytes, fmt: ox.RdfFormat, name: str = "input") -> list[ox.Quad]:
    """Parse RDF fully before anything is written, turning syntax errors into InvalidData."""
    from graph.model.errors import InvalidData

    try:
        return list(ox.parse(data, fmt))
    except SyntaxError as err:
        raise InvalidData(f"{name}:{syntax_position(err)}{first_line(err)}") from None


def syntax_position(err: SyntaxError) -> str:
    """'LINE: ' from a pyoxigraph SyntaxError, when it says where."""
    if getattr(err, "lineno", None):
        return f"{err.lineno}: "
    match = re.search(r"line (\d+)", str(err))
    return f"{match.group(1)}: " if match else ""

