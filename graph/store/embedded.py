"""The embedded on-disk store: one named graph per source, one for the ontology, one derived.

A store is a pyoxigraph (RocksDB) directory. Queries see the union of its graphs. Every write
shows all at once when it commits, or not at all (graph/store/writes.py): a store whose writer
was killed opens with its previous content.

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
from graph.query.text import has_dataset_clause
from graph.store.writes import Write, committed_sources, pending_graphs, rollback, visible_graphs

SOURCE_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{0,99}$")
STORE_ROOT = ox.NamedNode(META_GRAPH)
BUILT = ox.Quad(STORE_ROOT, ox.NamedNode(DG.builtFromBundle), ox.Literal("true"), STORE_ROOT)
# A SPARQL update commits on its own; its shortcuts must follow it even if the process is killed
# before they are derived, so the derived graph is marked stale until then.
STALE = ox.Quad(STORE_ROOT, ox.NamedNode(DG.derivedState), ox.Literal("stale"), STORE_ROOT)
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
        # Dropped data keeps its room on disk until compacted, which only a fresh handle on
        # the store does in full: `close` does it when a write dropped something.
        self.compact_due = False

    @classmethod
    def open(cls, path: str | Path | None = None, *, build: bool = True, write: bool = True,
             wait: float = 0, notify=None) -> "Store":
        """Open the store at `path` (default: `default_store_path()`), building it on first use.

        A writer (`write`) holds the store's lock: when another process holds it, it waits up
        to `wait` seconds for it, then opens the store read-only, where writes are refused
        with a clear error. A reader opens a built store read-only, so it never keeps a
        writer waiting, and sees only committed writes. Opened for writing, the store first
        undoes what an unfinished write left. `notify(message)` hears of waits and recovery.
        """
        path = Path(path) if path is not None else default_store_path()
        notify = notify or (lambda _message: None)
        if not write:
            store = cls.open_built(path)
            if store is not None:
                return store
        store = cls.open_writable(path, wait, notify)
        if store.read_only:
            return store
        store.recover(notify)
        if build and not store.is_built():
            store.build()
        return store

    @classmethod
    def open_built(cls, path: Path) -> "Store | None":
        """The store at `path` opened read-only, or None when there is no built store yet."""
        if not (path / "CURRENT").exists():
            return None
        try:
            return cls.open_read_only(path)
        except StoreError:
            return None

    @classmethod
    def open_writable(cls, path: Path, wait: float, notify) -> "Store":
        """The store with its lock, waiting up to `wait` seconds for another process to let
        go of it; read-only when it does not."""
        import time

        deadline = time.monotonic() + wait
        waiting = False
        while True:
            try:
                path.mkdir(parents=True, exist_ok=True)
                return cls(ox.Store(str(path)), path)
            except OSError as err:
                if "lock" not in str(err).lower():
                    raise StoreError(f"cannot open the store at {path}: {first_line(err)}") from None
            if time.monotonic() >= deadline:
                return cls.open_read_only(path)
            if not waiting:
                notify(f"waiting up to {wait:g} s for another process to let go of the store at {path} ...")
                waiting = True
            time.sleep(0.1)

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
            store.close()
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

        substitutions = {ox.Variable(k): to_term(v) for k, v in (bindings or {}).items()}
        try:
            return self.ox.query(sparql, **self.dataset(sparql), substitutions=substitutions, prefixes=dict(PREFIXES))
        except SyntaxError as err:
            raise QueryError(f"SPARQL syntax error: {first_line(err)}") from None
        except (OSError, RuntimeError) as err:
            raise QueryError(f"query failed: {first_line(err)}") from None

    def dataset(self, sparql: str) -> dict:
        """A query's own FROM / FROM NAMED is its dataset; otherwise all graphs, merged. A reader
        beside a writer leaves out the graphs it has not committed."""
        if has_dataset_clause(sparql):
            return {}
        visible = visible_graphs(self.ox) if self.read_only else None
        if visible is None:
            return {"use_default_graph_as_union": True}
        return {"default_graph": visible, "named_graphs": visible}

    def update(self, sparql: str) -> None:
        """Run a SPARQL Update in one transaction, then re-derive the shortcuts.

        Triples written to the default graph are moved to the source graph `sparql-updates`,
        so that they are derived from, exported and removable like any other source.
        """
        self.writable()
        self.ox.add(STALE)
        self.ox.flush()
        try:
            self.ox.update(sparql, prefixes=dict(PREFIXES))
        except (SyntaxError, OSError, RuntimeError, ValueError) as err:  # LOAD: a fetch refused, a media type unknown
            self.ox.remove(STALE)  # the update changed nothing
            self.ox.flush()
            if isinstance(err, SyntaxError):
                raise QueryError(f"SPARQL syntax error: {first_line(err)}") from None
            raise QueryError(f"update failed: {first_line(err)}") from None
        self.settle_update()

    def settle_update(self) -> None:
        """After an update: what it wrote to the default graph joins the source
        `sparql-updates` (one transaction), the shortcuts follow, and the stale mark goes."""
        from graph.query.sparql import named_text

        self.ox.update(named_text("adopt-default-graph.ru"))
        self.derive()
        self.ox.remove(STALE)
        self.ox.flush()

    def sources(self) -> list[str]:
        """Names of the source graphs, sorted (not those a write has not committed)."""
        return [g.value[len(SOURCE_GRAPHS):] for g in committed_sources(self.ox)]

    def triple_count(self, graph: str | None = None) -> int:
        """Quads in one graph, or in the whole store (derived and ontology included)."""
        if graph is None:
            return len(self.ox)
        from graph.query.rows import values_block
        from graph.query.sparql import run

        return int(next(iter(run(self, "graph-size", VALUES=values_block("graph", [graph]))))["count"].value)

    def is_built(self) -> bool:
        return BUILT in self.ox

    # ------------------------------------------------------------------ writing

    def writable(self) -> None:
        if self.read_only:
            raise StoreError(f"the store at {self.path} is in use by another process; "
                             "stop it (e.g. `kg serve`) to change the store")

    def build(self) -> None:
        """Replace everything with the ontology and the bundled seed graph, as one write."""
        self.writable()
        ontology = ox.NamedNode(ONTOLOGY_GRAPH)
        if not self.ox.contains_named_graph(ontology):  # a new store: the derivation reads it
            self.load_ontology(ontology)
        bundled = {ox.NamedNode(source_graph(file.stem)): file for file in bundled_files()}
        stored = set(committed_sources(self.ox))
        with self.writing() as write:
            for graph in stored - set(bundled):
                write.drop(graph)
            self.load_ontology(write.stage(ontology))
            for graph, file in bundled.items():
                target = write.stage(graph) if graph in stored else write.add(graph)
                self.ox.load(path=str(file), format=ox.RdfFormat.TURTLE, to_graph=target)
        self.ox.add(BUILT)
        self.ox.flush()

    def load_ontology(self, graph: ox.NamedNode | None = None) -> None:
        self.ox.load(path=str(ontology_file()), format=ox.RdfFormat.TURTLE,
                     to_graph=graph or ox.NamedNode(ONTOLOGY_GRAPH))

    @contextmanager
    def writing(self):
        """One write (graph/store/writes.py): the block fills the graphs the yielded Write
        hands out; its end derives (unless the block did) and commits. An error, Ctrl-C
        included, drops what the block wrote."""
        self.writable()
        write = Write(self.ox)
        try:
            yield write
            if not write.derived:
                write.derive()
            self.compact_due |= write.commit()
        except BaseException:
            self.compact_due |= rollback(self.ox)
            raise

    def add_source(self, name: str, quads: list[ox.Quad], *, replace: bool = False) -> int:
        """Store parsed quads as the source graph `name` and derive; returns its size.

        A new source only adds shortcuts, derived from it alone (quick, however large the
        store); replacing one may take some away, so the derived graph is compared whole."""
        self.writable()
        graph = ox.NamedNode(source_graph(check_source_name(name)))
        replacing = name in self.sources()
        if replacing and not replace:
            raise StoreError(f"source {name!r} is already stored; remove it first or use --replace")
        with self.writing() as write:
            target = write.stage(graph) if replacing else write.add(graph)
            quads = {ox.Quad(q.subject, q.predicate, q.object, target) for q in quads}
            # Bulk-written files reach a read-only view with the mark flushed before them; a
            # log-written graph could reach it without (a flush between what the view read).
            self.ox.bulk_extend(quads)
        return len(quads)

    @contextmanager
    def loading(self, names: list[str]):
        """Bulk-load new source graphs inside this block (`bulk_load_source`), all or nothing,
        then derive from them; yields the Write."""
        self.writable()
        stored = set(self.sources())
        for name in names:
            if check_source_name(name) in stored:
                raise StoreError(f"source {name!r} is already stored; remove it first")
        with self.writing() as write:
            for name in names:
                write.add(ox.NamedNode(source_graph(name)))
            yield write

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

    def remove_source(self, name: str) -> int:
        """Drop a source graph and the shortcuts only it implied; returns the triples removed."""
        self.writable()
        if name not in self.sources():
            raise StoreError(f"no source named {name!r}; `kg sources` lists them")
        size = self.triple_count(source_graph(name))
        with self.writing() as write:
            write.drop(ox.NamedNode(source_graph(name)))
        return size

    def derive(self) -> None:
        """Make the derived graph what every source implies (after an update, or on demand)."""
        with self.writing():
            pass

    def recover(self, notify) -> None:
        """Undo what an unfinished write left; settle an update a kill interrupted. Two index
        look-ups when there is nothing to do, so every open can afford it."""
        import time

        started = time.perf_counter()
        pending = pending_graphs(self.ox)
        if pending:
            triples = sum(self.triple_count(g.value) for g in pending)
            notify(f"recovering the store: undoing an unfinished write ({len(pending)} graphs, "
                   f"{triples:,} triples) ...")
            self.compact_due |= rollback(self.ox, notify)
        interrupted_update = STALE in self.ox
        if interrupted_update:
            notify("recovering the store: deriving the shortcuts of an interrupted update ...")
            self.settle_update()
        if pending or interrupted_update:
            notify(f"recovered in {time.perf_counter() - started:.1f} s")

    def close(self) -> None:
        if not self.read_only:
            self.ox.flush()
        del self.ox
        if self.compact_due and self.path is not None:
            compact(self.path)


def compact(path: Path) -> None:
    """Give back the room of dropped data (RocksDB compaction), on a fresh handle: the one that
    wrote keeps the dropped files pinned. Skipped when another process took the store meanwhile."""
    try:
        fresh = ox.Store(str(path))
    except OSError:
        return
    fresh.optimize()
    del fresh


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

