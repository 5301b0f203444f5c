"""Every write to the embedded store shows all at once, or not at all.

Bulk loads and rewrites of the derived graph are not transactions, so a writer (load, add,
remove, replace, update, build) works in graphs that readers do not see, then commits them in
one SPARQL Update, which is one transaction:

1. each graph it fills is marked pending (`<graph> dg:loadState "loading"` in the meta graph),
   and the mark flushed, before anything is written to it: a new source, the new content of a
   replaced source (staged below dgp:), the derived graph's changes (dgp:derived-added and
   dgp:derived-gone);
2. it fills them;
3. `Write.commit` drops removed sources, moves staged content in place, applies the derived
   changes and removes the marks (graph/query/queries/commit.ru).

Killed before the commit, a write leaves marks, and the next writable open drops the graphs
they name (`rollback`): the store is as it was. Killed after, it is as the write made it.
A reader that opens the store beside a writer leaves the pending graphs out (`visible_graphs`).
"""

from __future__ import annotations

import pyoxigraph as ox

from graph.model.namespaces import (DERIVED_ADDED_GRAPH, DERIVED_GONE_GRAPH, DG, GRAPHS, META_GRAPH,
                                    PENDING_GRAPHS, SOURCE_GRAPHS)

LOAD_STATE = ox.NamedNode(DG.loadState)
META = ox.NamedNode(META_GRAPH)
LOADING = ox.Literal("loading")
ADDED = ox.NamedNode(DERIVED_ADDED_GRAPH)
GONE = ox.NamedNode(DERIVED_GONE_GRAPH)


def pending_graphs(store: ox.Store) -> set[ox.NamedNode]:
    """The graphs an unfinished write fills (one index look-up when there are none)."""
    return {mark.subject for mark in store.quads_for_pattern(None, LOAD_STATE, None, META)}


def visible_graphs(store: ox.Store) -> list[ox.NamedNode] | None:
    """The graphs a reader may see, or None for all of them (no write is under way). Graphs
    below dgp: are a writer's by their name too: a read-only view of a store being written
    may hold a graph and miss its mark (a memtable flush between what the view read)."""
    pending = pending_graphs(store)
    graphs = list(store.named_graphs())
    hidden = [g for g in graphs if g in pending or g.value.startswith(PENDING_GRAPHS)]
    return [g for g in graphs if g not in hidden] if hidden else None


def rollback(store: ox.Store, notify=lambda _message: None) -> bool:
    """Drop what an unfinished write left: its pending graphs and their marks, each step
    told to `notify`. True when there was something to drop."""
    marks = list(store.quads_for_pattern(None, LOAD_STATE, None, META))
    for number, mark in enumerate(marks, start=1):
        if store.contains_named_graph(mark.subject):
            store.remove_graph(mark.subject)
        store.remove(mark)
        notify(f"  {number}/{len(marks)} dropped {mark.subject.value}")
    if marks:
        store.flush()
    return bool(marks)


def committed_sources(store: ox.Store) -> list[ox.NamedNode]:
    pending = pending_graphs(store)
    return sorted((g for g in store.named_graphs()
                   if isinstance(g, ox.NamedNode) and g.value.startswith(SOURCE_GRAPHS) and g not in pending),
                  key=lambda g: g.value)


class Write:
    """One write: the sources it adds, replaces and drops, the derived changes they imply,
    and the commit that shows them all at once."""

    def __init__(self, store: ox.Store):
        self.store = store
        self.added: list[ox.NamedNode] = []
        self.dropped: list[ox.NamedNode] = []
        self.staged: dict[ox.NamedNode, ox.NamedNode] = {}  # new content -> the source it replaces
        self.replace_derived = False
        self.derived = False

    def pend(self, graph: ox.NamedNode) -> ox.NamedNode:
        self.store.add(ox.Quad(graph, LOAD_STATE, LOADING, META))
        self.store.flush()
        return graph

    def add(self, graph: ox.NamedNode) -> ox.NamedNode:
        """A new source graph, to be filled."""
        self.added.append(graph)
        return self.pend(graph)

    def stage(self, graph: ox.NamedNode) -> ox.NamedNode:
        """The graph to fill with the new content of source `graph`."""
        staging = ox.NamedNode(PENDING_GRAPHS + graph.value[len(GRAPHS):])
        self.staged[staging] = graph
        return self.pend(staging)

    def drop(self, graph: ox.NamedNode) -> None:
        self.dropped.append(graph)

    def derive(self) -> None:
        """Write the derived graph's changes for this write into the pending graphs: only
        additions for new sources, a comparison with every source otherwise."""
        from graph.store.derive import derive_sources, rewrite_derived

        self.derived = True
        self.pend(ADDED)
        self.pend(GONE)
        ignored = [ADDED, GONE, *self.dropped, *self.staged.values()]
        if self.added and not (self.dropped or self.staged):
            self.replace_derived = derive_sources(self.store, self.added, ignored)
        else:
            self.replace_derived = rewrite_derived(self.store, self.sources_after(), ignored)

    def sources_after(self) -> list[ox.NamedNode]:
        """The source graphs once committed (the staged content standing for what it replaces)."""
        gone = set(self.dropped) | set(self.staged.values())
        staged = [staging for staging, graph in self.staged.items() if graph.value.startswith(SOURCE_GRAPHS)]
        return [g for g in committed_sources(self.store) if g not in gone] + staged + self.added

    def commit(self) -> bool:
        """Show the write; True when it dropped data (whose room compaction gives back)."""
        from graph.query.sparql import named_text

        lines = [f"DROP GRAPH {graph} ;" for graph in self.dropped]
        lines += [f"MOVE {staging} TO {graph} ;" for staging, graph in self.staged.items()]
        active = {"replace"} if self.replace_derived else set()
        self.store.update(named_text("commit.ru", active, SOURCES="\n".join(lines)))
        self.store.flush()
        return bool(lines)
