"""An entity's profile: what it is, who holds posts there, its deals, what it does or weighs,
its facilities and places, meetings, statistics and the sources all of it comes from.

Everything is read with a handful of queries bound to the one entity. Relationships are
sorted into sections by their class in the ontology:

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

import pyoxigraph as ox

from .namespaces import DG
from .resolve import Entity, local_name, resolve
from .sparql import run_named
from .vocabulary import class_tree, statuses

SECTIONS = ("positions", "deals", "activities", "meetings", "statistics", "about", "reported")
# The ends through which an entity acts in a relationship, by relationship class, are the
# ontology's dg:edgeSource declarations; roles below them (dg:funder below dg:party) count too.
SECTION_OF_CLASS = {DG.Deal: "deals", DG.Position: "positions", DG.Meeting: "meetings",
                    DG.Activity: "activities", DG.Dependency: "activities",
                    DG.PoliticalStanding: "activities", DG.Statistic: "statistics"}
ANY_END = ("positions", "meetings", "statistics")


def entity_profile(store, name) -> dict:
    """The profile of a named entity (or a resolved Entity) as a JSON-ready dict."""
    entity = name if isinstance(name, Entity) else resolve(store, name)
    binding = {"entity": ox.NamedNode(entity.iri)}
    profile = {"iri": entity.iri, **describe(store, binding, entity)}
    profile["links"] = links(store, binding)
    profile["located_in"] = sorted({r["placeLabel"].value for r in run_named(store, "profile-places", binding)
                                    if r["placeLabel"] is not None})
    profile["figures"] = figures(store, binding)
    items = relationships(store, binding)
    for section in SECTIONS:
        profile[section] = [item for item in items if item["section"] == section]
    for item in items:
        del item["section"]
    profile["sources"] = cited_sources(store, items)
    return profile


def describe(store, binding: dict, entity: Entity) -> dict:
    """Label, classes, aliases, summary, sector and same-as links."""
    found = defaultdict(set)
    for row in run_named(store, "profile-names", binding):
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
    for row in run_named(store, "profile-links", binding):
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
    for row in run_named(store, "profile-figures", binding):
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


def relationships(store, binding: dict) -> list[dict]:
    """Every relationship naming the entity, as items with their section."""
    tree = class_tree(store)
    status_labels = statuses(store)
    rows_by_rel = defaultdict(list)
    for row in run_named(store, "profile-relationships", binding):
        rows_by_rel[row["rel"].value].append(row)
    others = other_ends(store, binding)
    acting = acting_ends(store)
    items = [relationship_item(rel, rows, tree, status_labels, others.get(rel, []), acting)
             for rel, rows in rows_by_rel.items()]
    return sorted(items, key=lambda i: (i["date"] is None, descending(i["date"] or ""),
                                        i["label"].casefold()))


def other_ends(store, binding: dict) -> dict[str, list[dict]]:
    """Relationship IRI -> the other things it links: {"role", "entity", "iri"}."""
    ends = defaultdict(dict)
    for row in run_named(store, "profile-ends", binding):
        key = row["other"].value
        entry = ends[row["rel"].value].setdefault(key, {"roles": set(), "entity": row["otherLabel"].value, "iri": key})
        entry["roles"].add(row["propertyLabel"].value)
    return {rel: sorted(({"role": ", ".join(sorted(e["roles"])), "entity": e["entity"], "iri": e["iri"]}
                         for e in found.values()), key=lambda e: (e["role"], e["entity"]))
            for rel, found in ends.items()}


def relationship_item(rel: str, rows: list, tree: dict, status_labels: dict, ends: list[dict],
                      acting: dict[str, set[str]]) -> dict:
    """One relationship: the latest source's status and date, the most specific type."""
    latest = sorted(rows, key=lambda r: value(r["known"]) or "", reverse=True)
    status = next((value(r["status"]) for r in latest if r["status"] is not None), None)
    kinds = [tree[r["stated"].value] for r in rows if r["stated"].value in tree]
    kind = min(kinds, key=lambda c: (-c.depth, c.name)) if kinds else None
    roles = {r["role"].value for r in rows}
    return {
        "iri": rel, "label": next((r["relLabel"].value for r in rows if r["relLabel"] is not None), local_name(rel)),
        "type": kind.name if kind else None, "type_label": kind.label if kind else None,
        "role": ", ".join(sorted(local_name(r) for r in roles)), "title": next((r["title"].value for r in rows if r["title"] is not None), None),
        "status": status_labels.get(status, (local_name(status),))[0] if status else None,
        "date": next((value(r["date"]) for r in latest if r["date"] is not None), None),
        "as_of": value(latest[0]["known"]),
        "reported_by": ", ".join(sorted({r["reporter"].value for r in rows if r["reporter"] is not None})) or None,
        "superseded_by": sorted({r["newer"].value for r in rows if r["newer"] is not None}),
        "with": ends, "sources": sorted({r["source"].value for r in rows if r["source"] is not None}),
        "section": section_of(kind, roles, acting),
    }


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
    for row in run_named(store, "edge-sources"):
        ends[row["class"].value].add(row["property"].value)
    return ends


def value(term) -> str | None:
    return None if term is None else term.value


def descending(text: str) -> tuple:
    return tuple(-ord(c) for c in text)


def cited_sources(store, items: list[dict]) -> list[dict]:
    """The sources behind the profile's relationships, newest first."""
    from .citations import SourceBook

    book = SourceBook(store)
    cards = [book.card(iri) for iri in sorted({s for item in items for s in item["sources"]})]
    return sorted(cards, key=lambda c: (descending(c["published"] or ""), c["iri"]))


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
    """The profile as readable sections of tables."""
    from .citations import SourceBook
    from .output import render_table

    book = SourceBook(store)
    head = [f"{profile['label']} ({', '.join(profile['classes']) or 'thing'})"]
    for key, name in (("iri", "IRI"), ("aliases", "aliases"), ("summary", "summary"),
                      ("sector", "sector"), ("located_in", "located in"), ("same_as", "same as")):
        shown = "; ".join(profile[key]) if isinstance(profile[key], list) else profile[key]
        if shown:
            head.append(f"  {name + ':':<12}{shown}")
    parts = ["\n".join(head) + "\n"]
    if profile["links"]:
        parts.append(section(SECTION_TITLES["links"], render_table(profile["links"], LINK_COLUMNS)))
    if profile["figures"]:
        rows = [{"what": f["what"], "figure": f["label"], "value": f["value"], "unit": f["unit"],
                 "sources": [book.cite(s) for s in f["sources"]]} for f in profile["figures"]]
        parts.append(section("Figures", render_table(rows, ["what", "figure", "value", "unit", "sources"])))
    for key in SECTIONS:
        if profile[key]:
            columns = POSITION_COLUMNS if key == "positions" else ITEM_COLUMNS
            rows = [item_row(item, book) for item in profile[key]]
            parts.append(section(SECTION_TITLES[key], render_table(rows, columns)))
    if profile["sources"]:
        rows = [{"source": book.cite(c["iri"]), "headline": c["headline"] or c["label"], "url": c["url"]}
                for c in profile["sources"]]
        parts.append(section("Sources", render_table(rows, ["source", "headline", "url"])))
    return "\n".join(parts)


def section(title: str, table: str) -> str:
    return f"{title}\n{table}"


def profile_rows(store, profile: dict) -> list[dict]:
    """One row per link and relationship, for CSV/TSV output."""
    from .citations import SourceBook

    book = SourceBook(store)
    rows = [{"section": "links", "type": link["relation"], "status": None, "date": None,
             "with": [link["subject"], link["object"]], "what": link["place"], "sources": []}
            for link in profile["links"]]
    for key in SECTIONS:
        rows += [{"section": key, **item_row(item, book)} for item in profile[key]]
    return rows


PROFILE_COLUMNS = ["section", "type", "status", "date", "with", "what", "sources"]
