"""Who partners with whom: partner pairs from deals, with each deal's type, status and sources.

A pair is two parties of the same deal (dg:party, which the derived graph also states for role
sub-properties such as dg:funder). Filters:

- ``type``: a deal class by name, label or alias (``partnership``, ``MoU``); subclasses count.
- ``status``: a claim status label (``signed``, ``in discussion``): a source states it so.
- ``since`` / ``until``: on the deal's dg:date. A partial date stands for its whole period and
  a deal is kept when its period overlaps the range: a deal dated 2025-02 is kept by
  ``since=2025``, ``since=2025-02-15`` and ``until=2025-02``, not by ``until=2025-01``.
  Deals with no date are left out when either is given.
- ``as_of``: only what sources published by then had stated (their dg:asOf); a claim that a
  source published by then supersedes (dg:supersedes) is left out. Without it, superseded
  claims are left out.

Filters read one source's statements at a time: a deal two sources report, only one of which
dates it, is shown with that one source when --since/--until is given.

All pairs are counted from one streamed scan of the party links (a row per deal, its parties
concatenated in the engine). Each deal's statements are then read once, whatever the number of
its partners, and labels once per distinct thing, for the pairs listed only: on disk every value
a query returns costs a decoding, so reading less is what makes a million triples quick.
"""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from itertools import combinations
from threading import Event

import pyoxigraph as ox

from graph.model.namespaces import DG
from graph.answers.resolve import Entity, local_name, resolve
from graph.query.rows import read_labels, read_results, read_rows
from graph.query.sparql import run
from graph.answers.vocabulary import check_partial_date, class_tree, resolve_class, resolve_status, statuses


def filter_bindings(store, type=None, status=None, since=None, until=None, as_of=None) -> dict:
    """Query bindings for the filters that are given, each value checked first."""
    bindings = {}
    if type:
        bindings["dealClass"] = ox.NamedNode(resolve_class(store, type).iri)
    if status:
        bindings["wantStatus"] = ox.NamedNode(resolve_status(store, status))
    for name, value, option in (("since", since, "--since"), ("until", until, "--until"),
                                ("asOf", as_of, "--as-of")):
        if value:
            bindings[name] = ox.Literal(check_partial_date(value, option))
    return bindings


def partner_pairs(store, entity=None, *, limit: int | None = None, **filters) -> list[dict]:
    """Partner pairs, most deals first: a list of {"a", "b", "deals": [...]}.

    With `entity` (a name or a resolved Entity), its partners, `a` being its label.
    """
    bindings = filter_bindings(store, **filters)
    reader = DealReader(store, superseded(store, bindings))
    if entity is not None:
        focus = entity if isinstance(entity, Entity) else resolve(store, entity)
        pairs, rows = entity_pairs(store, reader, focus, bindings, all_labels=not limit)
        return reader.listing(pairs, rows, limit, first=focus.iri)
    shared = top_pairs(store, bindings, limit, reader.left_out)
    deals = {deal for found in shared.values() for deal in found}
    with ThreadPoolExecutor(2) as pool:  # the labels and the statements' chunks side by side
        labels = pool.submit(read_labels, store, deals | {iri for pair in shared for iri in pair})
        found = read_deals(store, reader, deals, bindings)
    reader.labels.update(labels.result())
    return reader.listing(shared, found, None)


def superseded(store, bindings: dict) -> set[str]:
    """Claims superseded by a claim known by --as-of (by any, without it)."""
    as_of = {k: v for k, v in bindings.items() if k == "asOf"}
    return {row["old"] for row in read_rows(store, "superseded", as_of)}


def top_pairs(store, bindings: dict, limit: int | None,
              left_out: set[str]) -> dict[tuple[str, str], list[str]]:
    """The pairs with most deals, each with its deals, from one scan of the party links; the
    deals `left_out` (superseded) do not count. Pairs are counted first and only the ones
    kept gather their deals (a million triples make hundreds of thousands of pairs)."""
    parties = deal_parties(store, bindings)
    for deal in left_out:
        parties.pop(deal, None)
    pairs_of = {deal: list(combinations(sorted(members), 2)) for deal, members in parties.items()}
    counts = Counter(pair for pairs in pairs_of.values() for pair in pairs)
    if limit is None:
        kept = sorted(counts, key=lambda pair: (-counts[pair], pair))
    else:
        kept = heapq.nsmallest(limit, counts, key=lambda pair: (-counts[pair], pair))
    shared: dict = {pair: [] for pair in kept}
    for deal, pairs in pairs_of.items():
        for pair in pairs:
            if pair in shared:
                shared[pair].append(deal)
    return shared


def deal_parties(store, bindings: dict) -> dict[str, set[str]]:
    """Deal key -> its parties' keys, for the deals that pass the filters."""
    parties = defaultdict(set)
    for deal, party in read_rows(store, "partners-links", bindings, width=2):
        parties[deal].add(party)
    return parties


def entity_pairs(store, reader: "DealReader", focus: Entity, bindings: dict, *,
                 all_labels: bool = True) -> tuple[dict, dict]:
    """((focus, partner) -> its deal keys, deal key -> its statement rows), for the deals
    of `focus` that pass the filters; with `all_labels`, the labels of every deal it shares.

    A hub's thousands of deals cost one row per deal and source for their statements, one
    row per co-party, and one label lookup per distinct deal and partner (labels repeated on
    every row are what made reading a hub slow). The statements and the co-parties are read
    in two threads, which overlap while the engine writes their rows. Without filters the
    co-parties' thread also reads the labels of the deals (the ones it found are the ones
    shared); filters leave out deals that only the statements show, so they read them then.
    """
    iri = ox.NamedNode(focus.iri)
    labels_after_statements = all_labels and bool(bindings)
    asked = Event()  # the second query starts once the first has, so they are logged in order
    with ThreadPoolExecutor(2) as pool:
        rows = pool.submit(entity_deals, store, reader, {**bindings, "a": iri}, asked,
                           labels_after_statements)
        asked.wait()
        parties = pool.submit(co_parties, store, iri, all_labels and not labels_after_statements)
        (rows, deal_labels), (parties, party_labels) = rows.result(), parties.result()
    reader.labels.update({**deal_labels, **party_labels, focus.iri: focus.label})
    pairs: dict = defaultdict(list)
    for deal, partner in parties:
        if deal in rows:
            pairs[(focus.iri, partner)].append(deal)
    return pairs, rows


def entity_deals(store, reader: "DealReader", bindings: dict, asked: Event, with_labels: bool):
    """(deal key -> statement rows, deal key -> label if `with_labels`) for the deals of the
    entity bound to ?a that pass the filters. `asked` is set once the query has started."""
    try:
        results = run(store, "deal-statements", bindings)
    finally:
        asked.set()
    by_deal = statement_rows(reader, [read_results(results)])
    return by_deal, read_labels(store, set(by_deal)) if with_labels else {}


def read_deals(store, reader: "DealReader", deals: set[str], bindings: dict) -> dict[str, list]:
    """Deal key -> statement rows, for the `deals` that pass the filters (see `rows`)."""
    return statement_rows(reader, [read_rows(store, "deal-statements", bindings, over=("deal", deals))], deals)


def statement_rows(reader: "DealReader", row_sets, wanted: set[str] | None = None) -> dict[str, list]:
    """Deal key -> its deal-statements.rq rows as keys and plain values (deals `wanted`, when
    given), superseded claims left out."""
    by_deal: dict[str, list] = defaultdict(list)
    for rows in row_sets:
        for row in rows:
            deal = row["deal"]
            if deal not in reader.left_out and (wanted is None or deal in wanted):
                by_deal[deal].append(row)
    return by_deal


def co_parties(store, focus: ox.NamedNode, with_deal_labels: bool):
    """([(deal key, co-party key)], key -> label) for the deals of `focus`: the labels of the
    co-parties, and of the deals if `with_deal_labels`."""
    parties = read_rows(store, "partners-of-parties", {"a": focus}, width=2)
    labelled = {b for _, b in parties} | ({deal for deal, _ in parties} if with_deal_labels else set())
    return parties, read_labels(store, labelled)


class DealReader:
    """Turns per-source deal rows into deals, reading the ontology's words once."""

    def __init__(self, store, left_out: set[str] = frozenset()):
        self.store = store
        self.left_out = left_out
        self.classes = {iri: c for iri, c in class_tree(store).items() if DG.Deal in c.ancestors}
        self.statuses = statuses(store)
        self.labels: dict[str, str] = {}
        self.specific: dict[frozenset, object] = {}

    def label(self, iri: str) -> str:
        return self.labels.get(iri) or local_name(iri)

    def listing(self, pairs: dict, rows: dict, limit: int | None, first: str | None = None) -> list[dict]:
        """The JSON structure from (a, b) -> deal keys and deal key -> statement rows: most
        deals first, `first` (or the busier party) as `a`. Only the deals listed are read in
        detail (their labels), so a limit makes a hub quick."""
        pairs = {pair: [d for d in found if d in rows] for pair, found in pairs.items()}
        pairs = {pair: found for pair, found in pairs.items() if found}
        busy = Counter(iri for pair in pairs for iri in pair)
        ranked = []
        for (a, b), found in pairs.items():
            a, b = sorted((a, b), key=lambda iri: (iri != first, -busy[iri], self.label(iri).casefold()))
            ranked.append((a, b, found))
        ranked.sort(key=lambda p: (-len(p[2]), self.label(p[0]).casefold(), self.label(p[1]).casefold()))
        ranked = ranked[:limit] if limit else ranked
        deals = self.deals({d for _, _, found in ranked for d in found}, rows)
        return [{"a": self.label(a), "b": self.label(b), "a_iri": a, "b_iri": b,
                 "deals": sort_deals([deals[d] for d in found])} for a, b, found in ranked]

    def deals(self, keys: set[str], rows: dict) -> dict[str, dict]:
        """Deal key -> the deal as listed, labels read for those not known yet."""
        reporters = {r["by"] for k in keys for r in rows[k] if r["by"] is not None}
        self.labels.update(read_labels(self.store, (keys | reporters) - set(self.labels)))
        return {k: self.summary(k, rows[k], self.labels) for k in keys}

    def summary(self, iri: str, rows: list, labels: dict[str, str]) -> dict:
        """The deal as listed from its deal-statements.rq rows: the latest source's status
        and date, the most specific type; `labels` has the deal's and its reporters'."""
        reporters = {labels.get(r["by"]) for r in rows if r["by"] is not None} - {None}
        latest = sorted(rows, key=lambda r: r["known"] or "", reverse=True)
        status = next((r["status"] for r in latest if r["status"] is not None), None)
        date = next((r["date"] for r in latest if r["date"] is not None), None)
        kind = self.most_specific({r["stated"] for r in rows})
        return {
            "iri": iri, "label": labels.get(iri) or local_name(iri),
            "type": kind.name if kind else None, "type_label": kind.label if kind else None,
            "status": self.statuses.get(status, (local_name(status),))[0] if status else None,
            "date": date, "as_of": latest[0]["known"],
            "reported_by": ", ".join(sorted(reporters)) or None,
            "sources": sorted({r["source"] for r in rows if r["source"] is not None}),
        }

    def most_specific(self, iris: set[str]):
        """The deepest deal class of `iris` (remembered: a hub's deals share a few sets)."""
        iris = frozenset(iris)
        if iris not in self.specific:
            known = [self.classes[i] for i in iris if i in self.classes]
            self.specific[iris] = min(known, key=lambda c: (-c.depth, c.name)) if known else None
        return self.specific[iris]


def sort_deals(deals: list[dict]) -> list[dict]:
    """Newest date first (a year before its months, undated last), then by label.

    Two stable sorts: by label, then by date in reverse, each date followed by the highest
    code point so that a year comes before its months (a hub lists ten thousand deals)."""
    ordered = sorted(deals, key=lambda d: (d["label"].casefold(), d["iri"]))
    ordered.sort(key=lambda d: d["date"] + "\U0010ffff" if d["date"] else "", reverse=True)
    return ordered


def status_text(deal: dict) -> str:
    """The status as a reader needs it: 'planned (reported by Financial Times)'."""
    status = deal.get("status") or "status unknown"
    return f"{status} (reported by {deal['reported_by']})" if deal.get("reported_by") else status


def partner_rows(store, pairs: list[dict], *, blank_repeats: bool = False) -> list[dict]:
    """One row per deal for table/CSV output; `blank_repeats` leaves a pair's later rows blank."""
    from graph.answers.citations import SourceBook

    book = SourceBook(store)
    rows = []
    for pair in pairs:
        for index, deal in enumerate(pair["deals"]):
            repeat = blank_repeats and index > 0
            rows.append({
                "a": "" if repeat else pair["a"], "b": "" if repeat else pair["b"],
                "deals": "" if repeat else len(pair["deals"]),
                "type": deal["type_label"], "status": status_text(deal), "date": deal["date"],
                "sources": [book.cite(s) for s in deal["sources"]], "deal": deal["label"],
            })
    return rows


PARTNER_COLUMNS = ["a", "b", "deals", "type", "status", "date", "sources", "deal"]
