"""An entity's profile: what it is, who holds posts there, its deals, what it does or weighs,
its facilities and places, meetings, statistics and the sources all of it comes from.

A profile costs a handful of queries however many relationships the entity has (a hub of a
million-triple store has ten thousand): its links, grouped by property; the facts of the
linked things that are relationships, by VALUES blocks of their IRIs (look-ups by index); the
other ends of the relationships shown; labels and source cards once per distinct thing. What
many rows share (classes, roles, property labels) is never decoded once per row: it is read
once from the ontology and worked out in Python. Relationships are sorted into sections by
their class in the ontology:

- positions (Position, Career): a person's posts, or an organization's people;
- deals (Deal) where the entity is a party, with the other parties and what the deal is about;
- activities (Activity, Dependency, PoliticalStanding) it carries out: openings, construction
  it is weighing, productions, announcements...;
- meetings (Meeting), statistics (Statistic);
- about: relationships that name it in another role (the subject of a deal, a government an
  activity is coordinated with...); reported: claims a source attributes to it.

Each item keeps the status its latest source gives, so what is only considered reads so, and
names the later claim that supersedes it, if any.
"""

from __future__ import annotations

from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor

import pyoxigraph as ox

from graph.model.namespaces import DG, PROV, RDF
from graph.answers.resolve import Entity, local_name, resolve
from graph.query.rows import read_labels, values_block
from graph.query.sparql import run
from graph.answers.vocabulary import class_tree, statuses

SECTIONS = ("positions", "deals", "activities", "meetings", "statistics", "about", "reported")
# Sections a limit applies to (relationships newest first), and the limit of a table.
LIMITED = ("links", "figures") + SECTIONS
TABLE_LIMIT = 20
# IRIs per VALUES block: one block reads thousands of relationships by index look-ups, and
# each block repeats the scans of what few relationships have.
BLOCK = 5000
# Up to this many, the properties few relationships have are looked up for each one rather
# than scanned for all and joined.
FEW = 300
# The ends through which an entity acts in a relationship, by relationship class, are the
# ontology's dg:edgeSource declarations; roles below them (dg:funder below dg:party) count too.
SECTION_OF_CLASS = {DG.Deal: "deals", DG.Position: "positions", DG.Meeting: "meetings",
                    DG.Activity: "activities", DG.Dependency: "activities",
                    DG.PoliticalStanding: "activities", DG.Statistic: "statistics"}
ANY_END = ("positions", "meetings", "statistics")
# Links that say where a claim comes from or how far it is, not what else it is about (the
# same list as in queries/profile-ends.rq, which reads only the other ends).
NOT_ENDS = {PROV.wasDerivedFrom, DG.reportedIn, DG.reportedBy, DG.supersedes, DG.method, DG.status,
            RDF.type, DG.evidence}


def entity_profile(store, name, limit: int | None = None) -> dict:
    """The profile of a named entity (or a resolved Entity) as a JSON-ready dict.

    With `limit`, each section keeps its first `limit` items (relationships newest first),
    sources are those the kept items cite, and the key "omitted" counts the items each cut
    section leaves out; all relationships are read only as far as ordering them needs, and
    the kept ones in full, with their other ends, reporters and sources.
    """
    entity = name if isinstance(name, Entity) else resolve(store, name)
    binding = {"entity": ox.NamedNode(entity.iri)}
    words = Words(store)
    roles, blank = entity_roles(store, binding, words)
    linked = [rel for rel in roles if rel not in blank]
    with ThreadPoolExecutor(2) as pool:  # the big read runs while the small ones do
        facts = pool.submit(relationship_facts, store, binding, linked, blank, ordering=limit is not None)
        profile = {"iri": entity.iri, **describe(store, binding, entity)}
        profile["links"] = links(store, binding)
        profile["located_in"] = sorted({r["placeLabel"].value for r in run(store, "profile-places", binding)
                                        if r["placeLabel"] is not None})
        profile["figures"] = figures(store, binding)
        items = relationships(facts.result(), roles, words)
        omitted = keep_first(profile, items, limit)
        if limit is not None:  # the kept items in full, in their places
            read_in_full(store, binding, profile, roles, blank, words)
        shown = [item for section in SECTIONS for item in profile[section]]
        cards = pool.submit(source_cards, store, {s for item in shown for s in item["sources"]})
        add_ends(store, binding, shown, words, blank)
        profile["sources"] = sorted(cards.result().values(), key=lambda c: (descending(c["published"] or ""), c["iri"]))
    if limit is not None:
        profile["omitted"] = omitted
    return profile


def read_in_full(store, binding: dict, profile: dict, roles: dict[str, frozenset], blank: set[str],
                 words: Words) -> None:
    """Replace the items kept in each section (read for ordering only) by the items read in
    full: status, sources, reporters, title and superseding claims too."""
    kept = [item["iri"] for section in SECTIONS for item in profile[section]]
    facts = relationship_facts(store, binding, [rel for rel in kept if rel not in blank], blank & set(kept))
    for section in SECTIONS:
        profile[section] = [relationship_item(item["iri"], facts[item["iri"]], roles[item["iri"]], words)
                            for item in profile[section]]
        for item in profile[section]:
            del item["section"]


def keep_first(profile: dict, items: list[dict], limit: int | None) -> dict[str, int]:
    """Put the items in their sections, at most `limit` in each (links and figures too);
    returns how many each section leaves out."""
    omitted = {}
    for section in LIMITED:
        listed = profile[section] if section in ("links", "figures") else [i for i in items if i["section"] == section]
        profile[section] = listed[:limit] if limit is not None else listed
        if len(listed) > len(profile[section]):
            omitted[section] = len(listed) - len(profile[section])
    if limit is None:
        for item in items:
            del item["section"]
    return omitted


def describe(store, binding: dict, entity: Entity) -> dict:
    """Label, classes, aliases, summary, sector and same-as links."""
    found = defaultdict(set)
    for row in run(store, "profile-names", binding):
        for key in ("alias", "summary", "sector", "sameAs", "classLabel"):
            if row[key] is not None:
                found[key].add(row[key].value)
    return {"label": entity.label, "classes": sorted(found["classLabel"]) or list(entity.classes),
            "aliases": sorted(found["alias"]), "summary": first(found["summary"]),
            "sector": first(found["sector"]), "same_as": sorted(found["sameAs"])}


def first(values: set) -> str | None:
    return sorted(values)[0] if values else None


def links(store, binding: dict) -> list[dict]:
    """Plain links as statements: {"subject", "relation", "object", "place"} (offices, base...)."""
    seen = {}
    for row in run(store, "profile-links", binding):
        key = (row["subject"].value, row["property"].value, row["object"].value)
        seen.setdefault(key, {
            "subject": label_of(row, "subject"), "relation": row["propertyLabel"].value,
            "object": label_of(row, "object"), "place": None,
            "subject_iri": key[0], "object_iri": key[2],
        })
        if row["place"] is not None:
            seen[key]["place"] = row["place"].value
    for link in seen.values():
        if link["place"] in (link["subject"], link["object"]):
            link["place"] = None
    return sorted(seen.values(), key=lambda l: (l["relation"], l["subject"], l["object"]))


def figures(store, binding: dict) -> list[dict]:
    """Amounts stated about the entity: {"what", "label", "value", "unit", "sources"}."""
    found = {}
    for row in run(store, "profile-figures", binding):
        figure = found.setdefault(row["quantity"].value, {
            "what": value(row["propertyLabel"]) or local_name(row["property"].value),
            "label": value(row["label"]), "value": number(value(row["value"])),
            "unit": value(row["unit"]) or value(row["currency"]), "sources": set()})
        if row["source"] is not None:
            figure["sources"].add(row["source"].value)
    return sorted(({**f, "sources": sorted(f["sources"])} for f in found.values()), key=lambda f: f["what"])


def number(text: str | None):
    """A quantity's value as an int when whole (500000000000), else a float, else None."""
    if text is None:
        return None
    try:
        amount = float(text)
    except ValueError:
        return text
    return int(amount) if amount.is_integer() else amount


def label_of(row, key: str) -> str:
    term = row[f"{key}Label"]
    return term.value if term is not None else local_name(row[key].value)


class Words:
    """The ontology's words a profile needs, read once: classes, statuses, the ends through
    which an entity acts, and properties (labels, datatype or not, the ones below each)."""

    def __init__(self, store):
        self.tree = class_tree(store)
        self.status_labels = statuses(store)
        self.acting = acting_ends(store)
        self.property_labels: dict[str, str] = {}
        self.datatype: set[str] = set()
        self.narrower = defaultdict(set)
        for row in run(store, "profile-properties"):
            prop = row["property"].value
            if row["narrower"] is not None:
                self.narrower[prop].add(row["narrower"].value)
            elif prop not in self.property_labels or row["label"].value < self.property_labels[prop]:
                self.property_labels[prop] = row["label"].value
                if row["datatype"].value == "true":
                    self.datatype.add(prop)
        self.ends = {p for p in self.property_labels if p not in NOT_ENDS and p not in self.datatype}
        # Many relationships share a class set, roles and section: each is worked out once.
        self.kinds, self.kind_names, self.role_texts, self.sections = {}, {}, {}, {}

    def narrowest(self, properties: set[str]) -> set[str]:
        """The properties no narrower one of which is among them (funder, not also party)."""
        if len(properties) == 1:
            return properties
        return {p for p in properties if not self.narrower[p] & properties}

    def kind(self, stated: frozenset):
        """The most specific dealgraph class among the stated ones (None if none is one)."""
        if stated not in self.kinds:
            kinds = [self.tree[c] for c in stated if c in self.tree]
            self.kinds[stated] = min(kinds, key=lambda c: (-c.depth, c.name)) if kinds else None
        return self.kinds[stated]

    def kind_name(self, kind) -> str | None:
        if kind is None:
            return None
        if kind.iri not in self.kind_names:
            self.kind_names[kind.iri] = kind.name
        return self.kind_names[kind.iri]

    def role_text(self, roles: frozenset) -> str:
        if roles not in self.role_texts:
            self.role_texts[roles] = ", ".join(sorted(local_name(r) for r in roles))
        return self.role_texts[roles]

    def section(self, kind, roles: frozenset) -> str:
        key = (kind.iri if kind else None, roles)
        if key not in self.sections:
            self.sections[key] = section_of(kind, roles, self.acting)
        return self.sections[key]


def entity_roles(store, binding: dict, words: Words) -> tuple[dict[str, frozenset], set[str]]:
    """(thing linking to the entity -> the narrowest properties it links through, the blank
    nodes among those things, by their ids)."""
    linked, blank = defaultdict(set), set()
    grouped = list(run(store, "profile-roles", binding))
    if all(row["rels"] is not None for row in grouped):
        for row in grouped:
            role = row["role"].value
            for rel in row["rels"].value.split(" "):
                linked[rel].add(role)
    else:  # a blank node has no string form: read them one per row
        for row in run(store, "profile-roles", binding, flags={"rows"}):
            linked[row["rel"].value].add(row["role"].value)
            if isinstance(row["rel"], ox.BlankNode):
                blank.add(row["rel"].value)
    return {rel: frozenset(words.narrowest(found)) for rel, found in linked.items()}, blank


def relationship_facts(store, binding: dict, linked: list[str], blank: set[str],
                       ordering: bool = False) -> dict[str, list[tuple]]:
    """Relationship IRI (or blank node id) -> its rows: (class, status, date, as of, source,
    reporter, label, title, superseding claim), values as strings or None, for the IRIs
    `linked` to the entity and the `blank` nodes linked to it. With `ordering`, only class,
    date, publication date and label (the rest None): what places and orders them."""
    facts = defaultdict(list)
    flags = {"ordering"} if ordering else {"few"} if len(linked) <= FEW else set()
    for rows in run_blocks(store, "profile-relationships", linked, binding if blank else None, flags):
        for _, rel, *values in rows:
            facts[rel.value].append(tuple([None if v is None else v.value for v in values]))
    return facts


def chunks(iris: list[str], size: int):
    for start in range(0, len(iris), size):
        yield iris[start:start + size]


def run_blocks(store, name: str, iris: list[str], blank_binding: dict | None,
               flags: set[str] = frozenset()) -> list[list]:
    """The rows, as terms, of graph/query/queries/NAME.rq (its parts `flags` kept) for `iris`
    as VALUES ?rel blocks (a look-up per IRI by index, blocks two at a time), and, given a
    binding of ?entity, for the blank nodes linked to it (the query's part "blank")."""
    queries = [(None, set(flags), {"VALUES": values_block("rel", chunk)}) for chunk in chunks(iris, BLOCK)]
    if blank_binding is not None:
        queries.append((blank_binding, {"blank", *flags}, {}))

    def rows(bindings: dict | None, active: set[str], blocks: dict) -> list:
        return list(run(store, name, bindings, flags=active, **blocks))

    with ThreadPoolExecutor(2) as pool:
        return list(pool.map(lambda query: rows(*query), queries))


def relationships(facts: dict[str, list[tuple]], roles: dict[str, frozenset], words: Words) -> list[dict]:
    """Every relationship naming the entity, as items with their section, newest first (then
    by label, then by IRI)."""
    items = [relationship_item(rel, rows, roles.get(rel, frozenset()), words) for rel, rows in facts.items()]
    items.sort(key=lambda i: (i["label"].casefold(), i["iri"]))
    # Stable, so ties keep that order. A date sorts before every date it begins ("2025"
    # before "2025-03"), as the greatest character appended makes it; no date sorts last.
    items.sort(key=lambda i: "" if i["date"] is None else i["date"] + LAST_CHARACTER, reverse=True)
    return items


LAST_CHARACTER = chr(0x10FFFF)


STATED, STATUS, DATE, KNOWN, SOURCE, BY, LABEL, TITLE, NEWER = range(9)


def relationship_item(rel: str, rows: list[tuple], roles: frozenset, words: Words) -> dict:
    """One relationship: the latest source's status and date, the most specific type."""
    latest = sorted(rows, key=lambda r: r[KNOWN] or "", reverse=True) if len(rows) > 1 else rows
    status = first_of(latest, STATUS)
    label = first_of(rows, LABEL)
    kind = words.kind(frozenset([r[STATED] for r in rows]))
    return {
        "iri": rel, "label": local_name(rel) if label is None else label,
        "type": words.kind_name(kind), "type_label": kind.label if kind else None,
        "role": words.role_text(roles), "title": first_of(rows, TITLE),
        "status": words.status_labels.get(status, (local_name(status),))[0] if status else None,
        "date": first_of(latest, DATE), "as_of": latest[0][KNOWN], "reported_by": values_at(rows, BY),
        "superseded_by": sorted(values_at(rows, NEWER)), "with": [], "sources": sorted(values_at(rows, SOURCE)),
        "section": words.section(kind, roles),
    }


def first_of(rows: list[tuple], index: int):
    """The first value at `index` that is not None."""
    for row in rows:
        if row[index] is not None:
            return row[index]
    return None


def values_at(rows: list[tuple], index: int) -> set:
    return {row[index] for row in rows if row[index] is not None}


def section_of(kind, roles: set[str], acting: dict[str, set[str]]) -> str:
    """Which section a relationship goes in, from its class and the entity's roles in it:
    deals and activities only where the entity acts (a source end of the class in the
    ontology); positions, meetings and statistics whatever its end."""
    if roles == {DG.reportedBy}:
        return "reported"
    if kind is None:
        return "about"
    for top, section in SECTION_OF_CLASS.items():
        if top in kind.ancestors and (section in ANY_END or roles & acting.get(top, set())):
            return section
    return "about"


def acting_ends(store) -> dict[str, set[str]]:
    """Relationship class -> the properties through which an entity acts in it."""
    ends = defaultdict(set)
    for row in run(store, "edge-sources"):
        ends[row["class"].value].add(row["property"].value)
    return ends


def end_rows(store, binding: dict, rels: list[str], blank: set[str]) -> list[tuple[str, str, str]]:
    """(relationship, property, other thing) for `rels`, things other than the entity only."""
    iris = [rel for rel in rels if rel not in blank]
    entity = binding["entity"]
    return [(rel.value, prop.value, other.value)
            for rows in run_blocks(store, "profile-ends", iris, binding if blank & set(rels) else None)
            for _, rel, prop, other in rows if isinstance(other, ox.NamedNode) and other != entity]


def add_ends(store, binding: dict, items: list[dict], words: Words, blank: set[str]) -> None:
    """Fill each item's "with" (the other labelled things it links: {"role", "entity", "iri"})
    and name its reporters, reading labels once per distinct thing."""
    found = other_ends(end_rows(store, binding, [item["iri"] for item in items], blank), words)
    labels = read_labels(store, {iri for others in found.values() for iri in others}
                         | {by for item in items for by in item["reported_by"]})
    for item in items:
        item["reported_by"] = ", ".join(sorted({labels[by] for by in item["reported_by"] if by in labels})) or None
        listed = ({"role": ", ".join(sorted({words.property_labels[p] for p in properties})),
                   "entity": labels[other], "iri": other}
                  for other, properties in found.get(item["iri"], {}).items() if other in labels)
        item["with"] = sorted(listed, key=lambda e: (e["role"], e["entity"]))


def other_ends(rows: list[tuple[str, str, str]], words: Words) -> dict[str, dict[str, set[str]]]:
    """Relationship -> other thing -> the narrowest labelled properties linking them."""
    linked = defaultdict(lambda: defaultdict(set))
    for rel, prop, other in rows:
        linked[rel][other].add(prop)
    ends = defaultdict(dict)
    for rel, others in linked.items():
        for other, properties in others.items():
            kept = words.narrowest(properties) & words.ends
            if kept:
                ends[rel][other] = kept
    return ends


def value(term) -> str | None:
    return None if term is None else term.value


def descending(text: str) -> tuple:
    return tuple(-ord(c) for c in text)


SOURCE_KEYS = ("outlet", "published", "headline", "label", "url")


def source_cards(store, iris: set[str]) -> dict[str, dict]:
    """Source IRI -> {"iri", "outlet", "published", "headline", "label", "url"}, as
    citations.SourceBook reads one card, for many sources in a few queries."""
    cards = {iri: {"iri": iri, **dict.fromkeys(SOURCE_KEYS)} for iri in iris}
    for chunk in chunks(sorted(iris), BLOCK):
        for row in run(store, "profile-sources", VALUES=values_block("source", chunk)):
            card = cards[row["source"].value]
            for key in SOURCE_KEYS:
                if card[key] is None and row[key] is not None:
                    card[key] = row[key].value
    return cards


def source_book(store, profile: dict):
    """A SourceBook that already holds the profile's source cards."""
    from graph.answers.citations import SourceBook

    book = SourceBook(store)
    book.cards.update((card["iri"], card) for card in profile["sources"])
    return book


# ---------------------------------------------------------------- rendering

SECTION_TITLES = {
    "links": "Links (offices, products, places, initiatives)",
    "positions": "Positions", "deals": "Deals",
    "activities": "Activities (what it does, plans or considers)", "meetings": "Meetings",
    "statistics": "Statistics", "about": "Named in", "reported": "Claims attributed to it",
}
ITEM_COLUMNS = ["type", "status", "date", "with", "what", "sources"]
POSITION_COLUMNS = ["with", "title", "status", "date", "sources"]
LINK_COLUMNS = ["subject", "relation", "object", "place"]


def item_status(item: dict) -> str:
    """Status as a reader needs it: 'planned (reported by Financial Times; superseded)'."""
    notes = [f"reported by {item['reported_by']}"] if item.get("reported_by") else []
    notes += ["superseded by a later claim"] if item.get("superseded_by") else []
    status = item.get("status") or "status unknown"
    return f"{status} ({'; '.join(notes)})" if notes else status


def item_row(item: dict, book) -> dict:
    return {
        "type": item["type_label"], "status": item_status(item), "date": item["date"],
        "with": [f"{e['entity']} ({e['role']})" for e in item["with"]],
        "what": item["label"], "title": item["title"],
        "sources": [book.cite(s) for s in item["sources"]],
    }


def profile_text(store, profile: dict) -> str:
    """The profile as readable sections of tables; a section cut by a limit says how many
    more items it has."""
    from graph.query.formats import printable, render_table

    book = source_book(store, profile)
    more = profile.get("omitted", {})
    head = [f"{profile['label']} ({', '.join(profile['classes']) or 'thing'})"]
    for key, name in (("iri", "IRI"), ("aliases", "aliases"), ("summary", "summary"),
                      ("sector", "sector"), ("located_in", "located in"), ("same_as", "same as")):
        shown = "; ".join(profile[key]) if isinstance(profile[key], list) else profile[key]
        if shown:
            head.append(f"  {name + ':':<12}{shown}")
    parts = [printable("\n".join(head)) + "\n"]
    if profile["links"]:
        parts.append(section(SECTION_TITLES["links"], render_table(profile["links"], LINK_COLUMNS), more.get("links")))
    if profile["figures"]:
        rows = [{"what": f["what"], "figure": f["label"], "value": f["value"], "unit": f["unit"],
                 "sources": [book.cite(s) for s in f["sources"]]} for f in profile["figures"]]
        parts.append(section("Figures", render_table(rows, ["what", "figure", "value", "unit", "sources"]),
                             more.get("figures")))
    for key in SECTIONS:
        if profile[key]:
            columns = POSITION_COLUMNS if key == "positions" else ITEM_COLUMNS
            rows = [item_row(item, book) for item in profile[key]]
            parts.append(section(SECTION_TITLES[key], render_table(rows, columns), more.get(key)))
    if profile["sources"]:
        rows = [{"source": book.cite(c["iri"]), "headline": c["headline"] or c["label"], "url": c["url"]}
                for c in profile["sources"]]
        parts.append(section("Sources", render_table(rows, ["source", "headline", "url"])))
    return "\n".join(parts)


# How a table cut by a limit says so.
MORE = "... and {count:,} more (all of them with --limit 0 or --format json)\n"


def section(title: str, table: str, omitted: int | None = None) -> str:
    return f"{title}\n{table}" + (MORE.format(count=omitted) if omitted else "")


def profile_rows(store, profile: dict) -> list[dict]:
    """One row per link and relationship, for CSV/TSV output."""
    book = source_book(store, profile)
    rows = [{"section": "links", "type": link["relation"], "status": None, "date": None,
             "with": [link["subject"], link["object"]], "what": link["place"], "sources": []}
            for link in profile["links"]]
    for key in SECTIONS:
        rows += [{"section": key, **item_row(item, book)} for item in profile[key]]
    return rows


PROFILE_COLUMNS = ["section", "type", "status", "date", "with", "what", "sources"]
