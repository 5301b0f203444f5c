"""Derive the shortcuts (dg: superclass types, dg: super-properties, dg:partnersWith,
dg:holdsPositionAt, transitive dg:locatedIn) into the derived graph.

The rules are written once as SPARQL in graph/query/queries/derive.ru, which a remote store
runs as an Update. The embedded store applies the same rules here, in Python over index scans
(the derive-*.rq queries), and bulk-loads the result as it comes (DerivedWriter): a SPARQL
self-join over the party links and transactional inserts scale badly with the store (see the
README's Performance section). tests/test_derive.py checks that both give the same graph.

The result goes to pending graphs, which a write commits together with its sources
(graph/store/writes.py).

>>> from graph.store.embedded import Store
>>> store = Store.in_memory()
>>> store.build()
>>> openai = ox.NamedNode("https://dealgraph.org/id/openai")
>>> ox.Quad(openai, TYPE, ox.NamedNode(DG.Agent), DERIVED) in store.ox
True
>>> len(list(store.ox.quads_for_pattern(openai, PARTNERS_WITH, None, DERIVED))) > 3
True
"""

from __future__ import annotations

from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import pyoxigraph as ox

from graph.model.namespaces import DERIVED_GRAPH, DG, ONTOLOGY_GRAPH, RDF
from graph.query.rows import chunks, is_iri, read_results, values, values_block
from graph.query.sparql import named_text, run
from graph.store.writes import ADDED, GONE, committed_sources

DERIVED = ox.NamedNode(DERIVED_GRAPH)
TYPE = ox.NamedNode(RDF.type)
PARTNERS_WITH = ox.NamedNode(DG.partnersWith)
NEAR = (DG.location, DG.containedIn, DG.headquarters)


# ---------------------------------------------------------------------- SPARQL form (remote)

def derive_update(graphs: list[str], *, drop_first: bool) -> str:
    """The SPARQL Update that derives from `graphs` (plus the ontology and derived graph)."""
    dataset = [*graphs, ONTOLOGY_GRAPH, DERIVED_GRAPH]
    using = "\n".join(f"USING {ox.NamedNode(iri)}" for iri in dataset)
    return named_text("derive.ru", {"drop"} if drop_first else set(), USING=using)


# ---------------------------------------------------------------------- embedded store

def query(store: ox.Store, name: str, *, flags=frozenset(), **blocks):
    """NAME.rq run by the one runner on the engine's store: the derivation works below the
    Store class (which calls it), on the pyoxigraph store itself. Every IRI reaches the
    query in a VALUES block: a bound variable would have to be returned in every row."""
    from graph.store.embedded import Store

    return run(Store(store, None), name, flags=flags, **blocks)


def rewrite_derived(store: ox.Store, graphs: list[ox.NamedNode], ignored: list[ox.NamedNode]) -> bool:
    """Write what the derived graph must gain and lose to be what `graphs` imply into the
    pending graphs (graph/store/writes.py): deleting is the slow part of a rebuild, and
    removing a source or replacing an article changes a few shortcuts. When most of the graph
    would go, all of it is written anew; returns True then (the commit drops the old one)."""
    derivation = Derivation(store, Rules.read(store), graphs, ignored=ignored)
    wanted = set(derivation.triples())
    stored = stored_derived(store)
    gone = stored - wanted
    replace = 2 * len(gone) > len(stored)
    with DerivedWriter(store, GONE) as writer:
        for triple in () if replace else gone:
            writer.add(*triple)
    with DerivedWriter(store, ADDED) as writer:
        for triple in wanted if replace else wanted - stored:
            writer.add(*triple)
    return replace


def stored_derived(store: ox.Store) -> set[tuple]:
    """The derived graph as triples of keys (see `key`)."""
    return set(key_rows(store, "derive-stored", 3))


def key_rows(store: ox.Store, name: str, width: int, **blocks: str) -> list[tuple]:
    """The rows of NAME.rq (its first `width` columns) as tuples of keys (see `key`), read as
    TSV the store writes in one call. Rows whose last term is a literal, rare here, are read
    again as terms with the query's "literals" flag (a filter on the kind of term costs more
    than the scan)."""
    cells = read_results(query(store, name, **blocks), width)
    rows = [row for row in cells if is_resource(row[-1])]
    if len(rows) < len(cells):
        again = query(store, name, flags={"literals"}, **blocks)
        rows += [(*(key(row[i]) for i in range(width - 1)), row[width - 1]) for row in again]
    return rows


def derive_sources(store: ox.Store, graphs: list[ox.NamedNode], ignored: list[ox.NamedNode]) -> bool:
    """Write what the new source `graphs` add to the derived graph into the pending graph of
    additions; returns True when the derived graph is written anew instead (see below).

    The rules only ever add, and the parties of the new sources' deals, the ends of their
    positions and chains of places are also read from the other graphs (not the `ignored`
    ones), so a join across sources (a party one source adds to a deal another states) is
    made now: the result is what a full rebuild gives (tests/test_derive.py). A new source
    that states a class or property hierarchy retypes what older sources state too, so then
    everything is derived again.
    """
    if states_hierarchy(store, [g.value for g in graphs]):
        return rewrite_derived(store, committed_sources(store) + graphs, ignored)
    derivation = Derivation(store, Rules.read(store), graphs, join_others=True, ignored=ignored)
    with DerivedWriter(store, ADDED) as writer:
        for triple in derivation.triples():
            writer.add(*triple)
    return False


def states_hierarchy(store: ox.Store, graphs: list[str]) -> bool:
    """True when one of `graphs` states rdfs:subClassOf or rdfs:subPropertyOf."""
    return bool(query(store, "derive-states-hierarchy", GRAPHS=values_block("g", graphs)))


class DerivedWriter:
    """Writes derived triples into `graph` (a pending one) while the rules go on.

    Triples of IRIs are gathered as N-Triples text and bulk-loaded a chunk at a time by two
    background threads: a bulk load runs outside the interpreter lock, so the rules keep
    reading while a chunk is written, and two chunks are written on two cores (one bulk
    write of the whole output would keep the rules waiting). Triples with a blank node or a literal
    cannot go through a text (a bulk load names blank nodes afresh): they are written as quads
    at the end. Duplicates are fine: a bulk load keeps one of each.
    """

    CHUNK_LINES = 150_000
    PENDING = 4  # chunks queued at most, so memory does not grow with the output

    def __init__(self, store: ox.Store, graph: ox.NamedNode):
        self.store = store
        self.graph = graph
        self.lines: list[str] = []
        self.quads: list[ox.Quad] = []
        self.pool = ThreadPoolExecutor(2)
        self.pending: list = []

    def __enter__(self) -> "DerivedWriter":
        return self

    def add(self, subject, predicate: str, obj) -> None:
        """A triple of keys (see `key`)."""
        if is_iri_key(subject) and is_iri_key(obj):
            self.lines.append(f"<{subject}> <{predicate}> <{obj}> .\n")
            if len(self.lines) >= self.CHUNK_LINES:
                self.flush_lines()
        else:
            self.quads.append(ox.Quad(node(subject), ox.NamedNode(predicate), node(obj), self.graph))

    def flush_lines(self) -> None:
        if len(self.pending) >= self.PENDING:
            self.pending.pop(0).result()
        text, self.lines = "".join(self.lines).encode("utf-8"), []
        self.pending.append(self.pool.submit(
            self.store.bulk_load, text, format=ox.RdfFormat.N_TRIPLES, to_graph=self.graph))

    def __exit__(self, kind, error, trace) -> None:
        try:
            if kind is None:
                self.flush_lines()
                self.store.bulk_extend(self.quads)
                for chunk in self.pending:
                    chunk.result()
        finally:
            self.pool.shutdown(cancel_futures=True)  # after the chunks already being written


@dataclass
class Rules:
    """What the ontology says the derivation needs: closures of classes and properties."""

    superclasses: dict[ox.NamedNode, list[ox.NamedNode]]
    superproperties: dict[ox.NamedNode, list[ox.NamedNode]]
    deal_classes: set[ox.NamedNode]

    @classmethod
    def read(cls, store: ox.Store) -> "Rules":
        deal_classes = {row["sub"] for row in query(store, "derive-deal-classes")}
        return cls(closure(store, "classes"), closure(store, "properties"), {ox.NamedNode(DG.Deal)} | deal_classes)


def closure(store: ox.Store, of: str) -> dict[ox.NamedNode, list[ox.NamedNode]]:
    """Each class (of="classes") or property -> its dg: superclasses (super-properties),
    transitively, as every graph states them. Not the vocabulary's class tree: that reads
    the ontology only, and a source may extend the hierarchy the rules follow."""
    supers: dict[ox.NamedNode, list[ox.NamedNode]] = defaultdict(list)
    for row in query(store, "derive-closure", flags={of}):
        supers[row["sub"]].append(row["super"])
    return dict(supers)


def key(term):
    """A term as the rules keep it: a resource as its key (graph/query/rows.py: an IRI as its
    string, as GROUP_CONCAT gives it, a blank node as _:id), a literal as itself."""
    if isinstance(term, ox.NamedNode):
        return term.value
    return f"_:{term.value}" if isinstance(term, ox.BlankNode) else term


def is_resource(cell) -> bool:
    """True for a TSV cell (graph/query/rows.py `cell`) that is an IRI or a blank node."""
    return is_iri(cell) or cell[:2] == "_:"


def is_iri_key(key) -> bool:
    return isinstance(key, str) and key[:2] != "_:"


def node(key_or_term):
    """The term of a key (see `key`)."""
    if not isinstance(key_or_term, str):
        return key_or_term
    return ox.BlankNode(key_or_term[2:]) if key_or_term[:2] == "_:" else ox.NamedNode(key_or_term)


@dataclass
class Derivation:
    """The derived triples implied by some source graphs (and what the derived graph knows).

    Reading rows into Python is what costs (each term is decoded), so types are read one row
    per class with its members concatenated, and links as TSV the store writes in one call.
    """

    store: ox.Store
    rules: Rules
    graphs: list[ox.NamedNode]
    join_others: bool = False  # read the parties and position ends other graphs state too
    ignored: list[ox.NamedNode] = field(default_factory=list)  # graphs never read: pending, or going
    deals: set = field(default_factory=set)
    links: dict = field(default_factory=dict)
    derived_near: list = field(default_factory=list)  # super-property statements locations start from
    count: int = 0

    def triples(self):
        """The derived triples as keys (see `key`), generated as the rules run (memory holds
        the links they join, not the output; the bulk write removes duplicates)."""
        self.links = {iri: defaultdict(set) for iri in (DG.party, DG.person, DG.organization)}
        for rule in (self.types, self.stated_links, self.super_properties, self.partners,
                     self.positions, self.locations):
            for triple in rule() or ():
                if isinstance(triple[0], ox.Literal):  # a literal party or person: no subject, as in SPARQL
                    continue
                self.count += 1
                yield triple

    def members(self, classes: str, graph: ox.NamedNode):
        """(class term, member keys) of the `classes` (a VALUES block) in `graph`, with the
        members concatenated in the engine. A class with a blank-node member has no string
        form, so it is read again row by row."""
        blocks = {"CLASSES": classes, "GRAPH": values_block("g", [graph.value])}
        unreadable = set()
        for row in query(self.store, "derive-types", **blocks):
            if row[1] is None:
                unreadable.add(row[0])
            else:
                yield row[0], row[1].value.split(" ")
        if unreadable:
            for row in query(self.store, "derive-types", flags={"rows"}, **blocks):
                if row["c"] in unreadable:
                    yield row["c"], [key(row["x"])]

    def types(self):
        """Superclass types; remembers the deals (nodes of a dg:Deal class)."""
        classes = values(("c",), [(c,) for c in self.rules.superclasses])
        for graph in self.graphs:
            for cls, members in self.members(classes, graph):
                supers = [c.value for c in self.rules.superclasses[cls]]
                if cls in self.rules.deal_classes:
                    self.deals.update(members)
                for member in members:
                    for super_class in supers:
                        yield member, RDF.type, super_class

    def stated_links(self):
        """The links the later rules join: the parties of deals and the ends of positions
        (places are read from every graph, see `locations`)."""
        for iri in self.links:
            for graph in self.graphs:
                for subject, obj in self.statements(iri, graph):
                    self.links[iri][subject].add(obj)

    def statements(self, predicate: str, graph: ox.NamedNode) -> list[tuple]:
        """(subject key, object key) of the `predicate` statements in `graph`."""
        return key_rows(self.store, "derive-statements", 2,
                        LINK=values(("g", "p"), [(graph, ox.NamedNode(predicate))]))

    def add_other_graphs_links(self, iri: str, subjects: set) -> None:
        """With `join_others`, add the `iri` links of `subjects` that graphs other than the
        new ones state (the derived graph too). Only IRIs are asked for: a blank node belongs
        to one source. Whichever side is smaller drives: a look-up per subject (an article
        added to a big store), or one pass over the other graphs' links (a big file loaded
        into a small store); a row costs about the same either way."""
        if not self.join_others:
            return
        named = {s for s in subjects if is_iri_key(s)}
        blocks = {"PREDICATE": values_block("p", [iri]), "NEW": ", ".join(map(str, self.graphs + self.ignored))}
        counted = query(self.store, "derive-other-links", flags={"count"}, **blocks)
        if len(named) <= int(next(iter(counted))[0].value):
            subjects = [values_block("s", chunk) for chunk in chunks(sorted(named))]
        else:
            subjects = [""]
        for block in subjects:
            for subject, obj in read_results(query(self.store, "derive-other-links", SUBJECTS=block, **blocks), 2):
                if subject in named and is_resource(obj):  # not a literal
                    self.links[iri][subject].add(obj)

    def super_properties(self):
        """Super-property statements, leaving out those the graphs already state."""
        for prop, supers in self.rules.superproperties.items():
            for graph in self.graphs:
                for s, o in self.statements(prop.value, graph):
                    for super_prop in supers:
                        known = self.links.get(super_prop.value)
                        if known is not None:
                            if o in known[s]:
                                continue
                            known[s].add(o)
                        if super_prop.value in NEAR:
                            self.derived_near.append((s, super_prop.value, o))
                        yield s, super_prop.value, o

    def partners(self):
        self.add_other_graphs_links(DG.party, set(self.links[DG.party]) | self.deals)
        pairs = set()
        for deal, members in self.links.pop(DG.party).items():
            if len(members) > 1 and (deal in self.deals or self.join_others and self.typed_elsewhere(deal)):
                pairs.update((a, b) for a in members for b in members if a != b)
        for a, b in pairs:
            yield a, DG.partnersWith, b

    def typed_elsewhere(self, deal) -> bool:
        """A deal whose class another source states (its derived dg:Deal type is stored)."""
        return ox.Quad(node(deal), TYPE, ox.NamedNode(DG.Deal), DERIVED) in self.store

    def positions(self):
        positions = set(self.links[DG.person]) | set(self.links[DG.organization])
        for iri in (DG.person, DG.organization):
            self.add_other_graphs_links(iri, positions)
        people = self.links.pop(DG.person)
        for position, orgs in self.links.pop(DG.organization).items():
            for person in people.get(position, ()):
                for org in orgs:
                    yield person, DG.holdsPositionAt, org

    def locations(self):
        """dg:locatedIn: each stated place and every place containing it, transitively. Read
        from every graph (a few links per place or office), since a new source may extend the
        chain of places an old one states."""
        containing, near = defaultdict(set), defaultdict(set)
        for subject, iri, place in self.near_links():
            near[subject].add(place)
            if iri == DG.containedIn:
                containing[subject].add(place)
        for subject, places in near.items():
            for place in places:
                for reached in reachable(place, containing):
                    yield subject, DG.locatedIn, reached

    def near_links(self):
        """(a, property, b) for the properties locations start from: as every source states
        them, as this derivation derives them (super-properties), and as the derived graph
        holds them when joining a new source with the others (a full derivation leaves the
        derived graph out: it may still hold what a removed source implied)."""
        ignored = self.ignored if self.join_others else [*self.ignored, DERIVED]
        for iri in NEAR:
            for row in query(self.store, "derive-near", PREDICATE=values_block("p", [iri]),
                             IGNORED=", ".join(map(str, ignored))):
                yield key(row[0]), iri, key(row[1])
        yield from self.derived_near


def reachable(start, edges: dict) -> set:
    """`start` and every node reachable from it along `edges` (a reflexive-transitive closure)."""
    seen, todo = {start}, [start]
    while todo:
        for nxt in edges.get(todo.pop(), ()):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen
