"""Answers to plain-English questions: each handler takes the names a question template
captured, calls the library functions behind `kg partners`, `kg entity` and `kg path`, and
returns a one-line summary and rows that carry each claim's status and sources.
"""

from __future__ import annotations

import re

import pyoxigraph as ox

from graph.answers.citations import SourceBook
from graph.answers.partners import partner_pairs, status_text
from graph.answers.paths import connections, path_rows
from graph.answers.profile import SECTIONS, entity_profile, item_status
from graph.answers.resolve import Entity, normalize, resolve
from graph.answers.vocabulary import agreed_labels, class_tree, statuses, tentative_labels
from graph.model.errors import AmbiguousEntity, EntityNotFound
from graph.query.sparql import run


def entity_named(store, text) -> Entity:
    """Resolve a name from a question, trying it without 'the', quotes or a possessive too."""
    if isinstance(text, Entity):
        return text
    text = text.strip().strip(",;:")
    tries = [text]
    for pattern in (r"^(?:the|a|an) ", r"'s?$", r"^[\"'](.*)[\"']$"):
        tries += [re.sub(pattern, lambda m: m.group(1) if m.groups() else "", t).strip() for t in tries]
    first_error = None
    for attempt in dict.fromkeys(t for t in tries if t):
        try:
            return resolve(store, attempt)
        except AmbiguousEntity:
            raise
        except EntityNotFound as err:
            first_error = first_error or err
    raise first_error or EntityNotFound(text)


LEADER_TITLE = re.compile(r"\b(chair\w*|ceo|chief executive|president|head|leader|founder|managing director)\b", re.I)
FUNDING_ROLES = ("funder", "investor", "lender")


def status_counts(deals: list[dict]) -> str:
    """'1 in discussion, 1 considering': how many deals stand at each status."""
    from collections import Counter

    counts = Counter(d["status"] or "no status" for d in deals)
    return ", ".join(f"{n} {status}" for status, n in counts.most_common())


def agreement_note(deals: list[dict]) -> str:
    """A warning when not every deal is agreed, so a considered deal never reads as a signed one."""
    if all(d["status"] in agreed_labels() for d in deals):
        return ""
    if not any(d["status"] in agreed_labels() for d in deals):
        return f" None is signed or active: {status_counts(deals)}."
    return f" Not all are signed: {status_counts(deals)}."


def cite(book, item: dict) -> list[str]:
    return [book.cite(s) for s in item.get("sources", [])]


def listing(names: list[str]) -> str:
    names = list(dict.fromkeys(names))
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1] if names else ""


def time_filters(year=None, since=None, until=None, verb=None, status=None, type=None, as_of=None) -> dict:
    """Deal filters from a question's 'in 2025' / 'since 2025-02' / 'signed' / 'MoU' / 'by May 2025'."""
    since, until = (year, year) if year else (since, until)
    status = status or ("signed" if verb and verb.lower().startswith("sign") else None)
    return {"since": since, "until": until, "status": status, "type": type, "as_of": as_of}


def when_text(filters: dict) -> str:
    parts = [f" {filters['status']}"] if filters["status"] else []
    parts += [f" of type {filters['type']}"] if filters.get("type") else []
    parts += [f" as of {filters['as_of']}"] if filters.get("as_of") else []
    if filters["since"] and filters["since"] == filters["until"]:
        return "".join(parts) + f" in {filters['since']}"
    parts += [f" since {filters['since']}"] if filters["since"] else []
    parts += [f" until {filters['until']}"] if filters["until"] else []
    return "".join(parts)


def place_from_adjective(store, word: str) -> Entity:
    """'Korean' -> South Korea, 'American' -> United States: the word, or it with its last
    one to three letters dropped, names a place."""
    for cut in range(0, 4):
        try:
            found = resolve(store, word[:len(word) - cut])
        except (EntityNotFound, AmbiguousEntity):
            continue
        if "Place" in found.classes or found.classes and set(found.classes) & {"Country", "City", "Region"}:
            return found
    raise EntityNotFound(word)


def partners_of(store, x, adjective=None, **when):
    entity = entity_named(store, x)
    filters = time_filters(**when)
    pairs = partner_pairs(store, entity, **filters)
    if adjective:
        place = adjective if isinstance(adjective, Entity) else place_from_adjective(store, adjective)
        pairs = [p for p in pairs if touches(store, {"with": [{"iri": p["b_iri"]}]}, place.iri)]
    book = SourceBook(store)
    rows = [{"partner": p["b"], "type": d["type_label"], "status": status_text(d), "date": d["date"],
             "deal": d["label"], "sources": [book.cite(s) for s in d["sources"]]}
            for p in pairs for d in p["deals"]]
    when = when_text(filters)
    undated = undated_note(store, entity, filters)
    if not pairs:
        return f"No deals of {entity.label}{when} are recorded.{undated}", rows
    caution = agreement_note([d for p in pairs for d in p["deals"]])
    return (f"{entity.label} has {len(pairs)} partner{'s' * (len(pairs) != 1)}{when and ' in deals' + when}: "
            f"{listing([p['b'] for p in pairs])}.{caution}{undated}", rows)


def partner_pair(store, x, y):
    a, b = entity_named(store, x), entity_named(store, y)
    pairs = [p for p in partner_pairs(store, a) if p["b_iri"] == b.iri]
    book = SourceBook(store)
    rows = [{"partner": p["b"], "type": d["type_label"], "status": status_text(d), "date": d["date"],
             "deal": d["label"], "sources": [book.cite(s) for s in d["sources"]]}
            for p in pairs for d in p["deals"]]
    if not rows:
        return f"No deal between {a.label} and {b.label} is recorded.", rows
    deals = [d for p in pairs for d in p["deals"]]
    return f"{a.label} and {b.label} share {len(rows)} deal{'s' * (len(rows) != 1)}.{agreement_note(deals)}", rows


def all_pairs(store, status=None, type=None, place=None, topic=None):
    """Every partner pair; with a place, pairs with a party based there; with a topic, pairs
    with a deal about it."""
    pairs = partner_pairs(store, status=status, type=type)
    if place is not None:
        pairs = [p for p in pairs if any(touches(store, {"with": [{"iri": p[end]}]}, place.iri)
                                         for end in ("a_iri", "b_iri"))]
    if topic:
        pairs = [p for p in pairs if best_matches(p["deals"], topic)] or pairs
    rows = [{"a": p["a"], "b": p["b"], "deals": len(p["deals"]),
             "status": [status_text(d) for d in p["deals"]]} for p in pairs]
    which = f" in deals {status}" if status else ""
    return f"{len(pairs)} partner pair{'s' * (len(pairs) != 1)}{which}, most deals first.", rows


def deals_of(store, x, **when):
    entity = entity_named(store, x)
    filters = time_filters(**when)
    deals = {}
    for pair in partner_pairs(store, entity, **filters):
        for deal in pair["deals"]:
            deals.setdefault(deal["iri"], {**deal, "partners": []})["partners"].append(pair["b"])
    book = SourceBook(store)
    rows = [{"deal": d["label"], "type": d["type_label"], "status": status_text(d), "date": d["date"],
             "partners": d["partners"], "sources": [book.cite(s) for s in d["sources"]]}
            for d in deals.values()]
    when = when_text(filters)
    undated = undated_note(store, entity, filters)
    if not rows:
        return f"No deals of {entity.label}{when} are recorded.{undated}", rows
    return (f"{entity.label} has {len(rows)} deal{'s' * (len(rows) != 1)}{when}: "
            f"{status_counts(list(deals.values()))}.{undated}", rows)


def undated_note(store, entity: Entity, filters: dict) -> str:
    """With a time filter, how many deals it left out because they carry no date."""
    if not (filters["since"] or filters["until"]):
        return ""
    others = {**filters, "since": None, "until": None}
    undated = {d["iri"] for p in partner_pairs(store, entity, **others) for d in p["deals"] if not d["date"]}
    if not undated:
        return ""
    return f" {len(undated)} undated deal{'s' * (len(undated) != 1)} left out (no date to place in time)."


def profile_of(store, x):
    profile = entity_profile(store, x if isinstance(x, Entity) else entity_named(store, x))
    return profile, SourceBook(store)


def position_rows(profile: dict, book) -> list[dict]:
    return [{"who": ", ".join(e["entity"] for e in p["with"]) or profile["label"], "title": p["title"],
             "status": item_status(p), "sources": cite(book, p)} for p in profile["positions"]]


def people_at(store, x):
    profile, book = profile_of(store, x)
    rows = position_rows(profile, book)
    if "person" in profile["classes"]:
        if not rows:
            return f"No post of {profile['label']} is recorded.", rows
        return f"{profile['label']} holds posts at: {listing(people(rows))}.", rows
    if not rows:
        return f"No posts at {profile['label']} are recorded.", rows
    return f"People with posts at {profile['label']}: {listing(people(rows))}.", rows


def leaders_of(store, x):
    profile, book = profile_of(store, x)
    rows = [r for r in position_rows(profile, book) if LEADER_TITLE.search(r["title"] or "")]
    led = [l for l in profile["links"] if l["relation"] == "led by" and l["subject_iri"] == profile["iri"]]
    rows += [{"who": l["object"], "title": "leads it", "status": "stated", "sources": []} for l in led]
    if rows:
        return f"{profile['label']} is led by {listing([r['who'] for r in rows])}.", rows
    others = position_rows(profile, book)
    if others:
        return (f"No leader of {profile['label']} is recorded; people with posts there: "
                f"{listing(people(others))}.", others)
    return f"No leader of {profile['label']} is recorded.", []


def title_of(store, x, title, whole=None):
    """Who holds a title ('CSO', 'chairman') at an organization; initials count."""
    if whole:
        try:
            return who_is(store, entity_named(store, whole))
        except EntityNotFound:
            pass
    profile, book = profile_of(store, x)
    rows = [r for r in position_rows(profile, book) if title_matches(title, r["title"] or "")]
    if rows:
        return f"{listing(people(rows))} at {profile['label']}.", rows
    others = position_rows(profile, book)
    known = f"; people with posts there: {listing(people(others))}" if others else ""
    return f"No {title} of {profile['label']} is recorded{known}.", others


def title_matches(asked: str, title: str) -> bool:
    """'cso' matches 'Chief Strategy Officer'; 'chairman' matches 'Executive Chairman'."""
    asked, title = normalize(asked), normalize(title)
    initials = "".join(word[0] for word in title.split())
    return bool(asked) and (asked in title or asked.replace(" ", "") == initials)


def people(rows: list[dict]) -> list[str]:
    return [f"{row['who']} ({row['title']})" for row in rows]


def who_is(store, x):
    profile, book = profile_of(store, x)
    kinds = ", ".join(profile["classes"]) or "thing"
    person = "person" in profile["classes"]
    posts = [f"{p['title']} at {', '.join(e['entity'] for e in p['with'])} ({item_status(p)})" if person else
             f"{', '.join(e['entity'] for e in p['with'])} is its {p['title']} ({item_status(p)})"
             for p in profile["positions"] if p["title"]]
    said = ([profile["summary"] or profile["sector"] or ""] + posts) if not person else posts or [
        profile["summary"] or profile["sector"] or ""]
    summary = f"{profile['label']} ({kinds})" + (": " + "; ".join(s for s in said if s) if any(said) else "")
    rows = [{"section": key, "what": item["label"], "status": item_status(item), "date": item["date"],
             "sources": cite(book, item)} for key in SECTIONS for item in profile[key]]
    return summary.rstrip(".") + ".", rows


def connection(store, x, y):
    a, b = entity_named(store, x), entity_named(store, y)
    result = connections(store, a.iri, b.iri, limit=3)
    first = result["paths"][0]
    route = " -> ".join([first[0]["from"]] + [hop["to"] for hop in first])
    count = len(result["paths"])
    hops = f"{len(first)} hop{'s' * (len(first) != 1)}"
    return f"{route} ({hops}; {count} shortest path{'s' * (count != 1)} shown).", path_rows(store, result)


def participant_rows(profile: dict, book) -> list[dict]:
    """Who takes part in an initiative or project: the parties and agents of the relationships
    about it, what leads it and what is part of it."""
    rows = []
    for item in profile["about"] + profile["deals"] + profile["activities"] + profile["meetings"]:
        for end in item["with"]:
            if end["iri"] != profile["iri"] and end["role"] != "subject":
                rows.append({"who": end["entity"], "role": end["role"], "via": item["label"],
                             "status": item_status(item), "sources": cite(book, item)})
    for link in profile["links"]:
        if link["relation"] in ("led by", "part of") and profile["iri"] in (link["subject_iri"], link["object_iri"]):
            other = link["object"] if link["subject_iri"] == profile["iri"] else link["subject"]
            role = "leads it" if link["relation"] == "led by" else "part of it"
            rows.append({"who": other, "role": role, "via": link["relation"], "status": "stated", "sources": []})
    return rows


def participants(store, x):
    profile, book = profile_of(store, x)
    rows = participant_rows(profile, book)
    if not rows:
        return f"No one is recorded as taking part in {profile['label']}.", rows
    return f"Taking part in {profile['label']}: {listing([r['who'] for r in rows])}.", rows


def funders(store, x):
    profile, book = profile_of(store, x)
    rows = [r for r in participant_rows(profile, book)
            if any(role in r["role"] for role in FUNDING_ROLES)]
    if not rows:
        return f"No funder or investor of {profile['label']} is recorded.", rows
    return f"{profile['label']} is funded by {listing([r['who'] for r in rows])}.", rows


def offices(store, x, place=None):
    profile, book = profile_of(store, x)
    operated = [l for l in profile["links"] if l["relation"] == "operated by" and l["object_iri"] == profile["iri"]]
    if place:
        return offices_in(store, profile, operated, entity_named(store, place))
    rows = [{"facility": l["subject"], "place": l["place"], "status": "stated", "sources": []} for l in operated]
    planned = [i for i in profile["activities"] if i["type"] in ("Opening", "Construction")
               and i["status"] in tentative_labels() and not i["superseded_by"]]
    rows += [{"facility": ", ".join(e["entity"] for e in i["with"] if e["role"] == "subject"),
              "place": None, "status": item_status(i), "sources": cite(book, i)} for i in planned]
    based = [l["object"] for l in profile["links"] if l["relation"] == "based in" and l["subject_iri"] == profile["iri"]]
    places = sorted({r["place"] for r in rows if r["place"]})
    if not rows and not based and profile["located_in"]:
        return f"{profile['label']} is located in {listing(profile['located_in'])}.", rows
    summary = (f"{profile['label']} has offices or facilities in {listing(places)}" if places
               else f"No offices of {profile['label']} are recorded")
    summary += f"; it is based in {listing(based)}." if based else "."
    return summary, rows


def offices_in(store, profile: dict, operated: list[dict], place: Entity):
    """The facilities of an entity that lie in a place."""
    inside = [l for l in operated if touches(store, {"with": [{"iri": l["subject_iri"]}]}, place.iri)]
    rows = [{"facility": l["subject"], "place": l["place"], "status": "stated", "sources": []} for l in inside]
    if not rows:
        return f"No office of {profile['label']} in {place.label} is recorded.", rows
    return f"{profile['label']} in {place.label}: {listing([r['facility'] for r in rows])}.", rows


def plans(store, x, place=None, preposition: str = "in", topic=None):
    """What an agent considers, discusses or plans (not superseded), optionally about a place
    (or, with the preposition "with", about another party), or closest to a topic."""
    profile, rows, where = undertakings(store, x, place, topic, keep=lambda i: i["status"] in tentative_labels(),
                                        preposition=preposition)
    if not rows:
        return f"Nothing that {profile['label']} considers or plans{where} is recorded.", rows
    return (f"{profile['label']} has {len(rows)} thing{'s' * (len(rows) != 1)} considered, in discussion "
            f"or planned{where} (none reported done).", rows)


def undertakings(store, x, place=None, topic=None, keep=lambda item: True, preposition: str = "in"):
    """An agent's deals and activities that are not superseded, as rows: kept by `keep`, about
    `place` when given, and with a topic the items sharing most words with it."""
    profile, book = profile_of(store, x)
    items = [i for i in profile["deals"] + profile["activities"] if not i["superseded_by"] and keep(i)]
    if topic:
        items = best_matches(items, topic)
    where = ""
    if place:
        spot = entity_named(store, place)
        items = [i for i in items if touches(store, i, spot.iri)]
        where = f" {preposition} {spot.label}"
    rows = [{"what": i["label"], "type": i["type_label"], "status": item_status(i), "date": i["date"],
             "sources": cite(book, i)} for i in items]
    return profile, rows, where


STOPWORDS = {"a", "an", "the", "its", "their", "his", "her", "to", "of", "in", "on", "for", "with", "and"}


def doings(store, x, place=None, topic=None):
    """Everything an agent does, plans or weighs (deals and activities not superseded);
    with a topic ('open its Seoul office'), the items sharing most words with it."""
    profile, rows, where = undertakings(store, x, place, topic)
    if not rows:
        return f"Nothing that {profile['label']} does{where} is recorded.", rows
    return f"{len(rows)} of {profile['label']}'s deals and activities{where}, each with its status.", rows


def best_matches(items: list[dict], topic: str) -> list[dict]:
    """The items whose labels share most word stems (first 4 letters) with the topic."""
    stems = lambda text: {w[:4] for w in normalize(text).split() if w not in STOPWORDS}  # noqa: E731
    wanted = stems(topic)
    labels = [stems(item["label"]) for item in items]
    # A word few items share ('kakao') tells more than one many share ('partner').
    weight = {stem: 1 / sum(stem in found for found in labels) for stem in wanted if any(stem in f for f in labels)}
    scored = [(round(sum(weight.get(stem, 0) for stem in found), 6), item) for found, item in zip(labels, items)]
    best = max((score for score, _ in scored), default=0)
    return [item for score, item in scored if best and score == best]


def meetings(store, x):
    profile, book = profile_of(store, x)
    rows = [{"with": [e["entity"] for e in m["with"]], "meeting": m["label"], "status": item_status(m),
             "date": m["date"], "sources": cite(book, m)} for m in profile["meetings"]]
    if not rows:
        return f"No meetings of {profile['label']} are recorded.", rows
    met = [e["entity"] for m in profile["meetings"] for e in m["with"] if e["role"] == "participant"]
    return f"{profile['label']} met {listing(met)}.", rows


def statistics(store, x):
    profile, book = profile_of(store, x)
    rows = [{"figure": i["label"], "status": item_status(i), "date": i["date"], "sources": cite(book, i)}
            for i in profile["statistics"]]
    rows += [{"figure": f["label"], "status": "stated", "date": None,
              "sources": [book.cite(s) for s in f["sources"]]} for f in profile["figures"]]
    if not rows:
        return f"No figures about {profile['label']} are recorded.", rows
    return f"{len(rows)} figure{'s' * (len(rows) != 1)} about {profile['label']}.", rows


def touches(store, item: dict, place: str) -> bool:
    """Whether a relationship names the place, or something located or based in it."""
    for end in item["with"]:
        if end["iri"] == place:
            return True
        rows = run(store, "profile-places", {"entity": ox.NamedNode(end["iri"])})
        if any(r["place"].value == place for r in rows):
            return True
    return False


def reports(store, x):
    """Claims attributed to a reporter, and claims read from sources it published."""
    reporter = entity_named(store, x)
    tree, labels, book = class_tree(store), statuses(store), SourceBook(store)
    claims: dict[str, dict] = {}
    for row in run(store, "reported-claims", {"reporter": ox.NamedNode(reporter.iri)}):
        claim = claims.setdefault(row["rel"].value, {
            "what": row["relLabel"].value if row["relLabel"] else row["rel"].value,
            "how": set(), "kinds": set(), "status": None, "date": None, "sources": set()})
        claim["how"].add(row["how"].value)
        claim["kinds"].add(row["stated"].value)
        claim["status"] = claim["status"] or (labels[row["status"].value][0] if row["status"] else None)
        claim["date"] = claim["date"] or (row["date"].value if row["date"] else None)
        if row["source"] is not None:
            claim["sources"].add(row["source"].value)
    rows = [{"what": c["what"], "type": kind_label(tree, c["kinds"]), "status": c["status"], "date": c["date"],
             "reported": " and ".join(sorted(c["how"])), "sources": [book.cite(s) for s in sorted(c["sources"])]}
            for c in claims.values()]
    rows.sort(key=lambda r: (r["reported"], r["what"]))
    if not rows:
        return f"Nothing reported by {reporter.label} is recorded.", rows
    return f"{len(rows)} claim{'s' * (len(rows) != 1)} reported by {reporter.label}.", rows


def kind_label(tree: dict, kinds: set[str]) -> str | None:
    known = [tree[k] for k in kinds if k in tree]
    return min(known, key=lambda c: (-c.depth, c.name)).label if known else None


def sources_about(store, x, topic: str):
    """Who reported what the question names: the sources of the entity's claims closest to it."""
    profile, book = profile_of(store, x)
    items = [i for key in ("deals", "activities", "statistics", "meetings") for i in profile[key]]
    items = best_matches(items, topic) or items
    rows = [{"what": i["label"], "status": item_status(i), "reported_by": i.get("reported_by"),
             "sources": cite(book, i)} for i in items]
    outlets = [r["reported_by"] for r in rows if r["reported_by"]]
    sources = [s for r in rows for s in r["sources"]]
    if not rows:
        return f"Nothing about {profile['label']} is recorded.", rows
    said = f"Reported by {listing(outlets)}, read in " if outlets else "Read in "
    return f"{said}{listing(sources)}.", rows


def most_connected(store, by_partners: bool = False, by_parties: bool = False):
    """Who has the most deals (or partners), or which deal has the most parties."""
    pairs = partner_pairs(store)
    deals: dict[str, set[str]] = {}
    partners: dict[str, set[str]] = {}
    labels: dict[str, str] = {}
    for p in pairs:
        for end, other in ((p["a"], p["b"]), (p["b"], p["a"])):
            partners.setdefault(end, set()).add(other)
        for d in p["deals"]:
            labels[d["iri"]] = d["label"]
            deals.setdefault(d["iri"], set()).update([p["a"], p["b"]])
    if by_parties:
        ranked = sorted(deals.items(), key=lambda kv: (-len(kv[1]), labels[kv[0]]))
        rows = [{"deal": labels[iri], "parties": sorted(parties), "count": len(parties)} for iri, parties in ranked]
        top = rows[0] if rows else None
        return (f"The deal with the most parties: {top['deal']} ({top['count']} parties)." if top
                else "No deals are recorded."), rows
    per_entity: dict[str, int] = {}
    for iri, parties in deals.items():
        for name in parties:
            per_entity[name] = per_entity.get(name, 0) + 1
    counts = {name: len(found) for name, found in partners.items()} if by_partners else per_entity
    what = "partners" if by_partners else "deals"
    rows = [{"who": name, what: n} for name, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    if not rows:
        return "No deals are recorded.", rows
    top = rows[0][what]
    best = [r["who"] for r in rows if r[what] == top]
    return f"{listing(best)} {'has' if len(best) == 1 else 'have'} the most {what}: {top}.", rows


# Words a question about figures uses for the words the figures are stated in.
FIGURE_SYNONYMS = {"expensive": "cost", "costly": "cost", "biggest": "largest", "big": "largest",
                   "buildout": "rollout", "market": "markets", "dollar": "usd", "dollars": "usd"}


def largest_number(text: str) -> float:
    """The largest amount a label states, years left out."""
    numbers = [float(n) for n in re.findall(r"\d+(?:\.\d+)?", text) if not re.fullmatch(r"(?:19|20)\d\d", n)]
    return max(numbers, default=0.0)


def figures_matching(store, topic: str, largest: bool = False):
    """The stated figures, statistics and summaries closest to a question that names no one."""
    book = SourceBook(store)
    items: dict[str, dict] = {}
    for row in run(store, "figures-all"):
        label = row["text"].value if row["name"] is None else f"{row['name'].value}: {row['text'].value}"
        item = items.setdefault(label, {"label": label, "sources": []})
        if row["source"] is not None:
            item["sources"].append(row["source"].value)
    wanted = " ".join(FIGURE_SYNONYMS.get(w, w) for w in topic.split())
    found = best_matches(list(items.values()), wanted)
    if largest:  # "the largest figure": every figure with a number, the biggest first
        found = sorted((i for i in items.values() if largest_number(i["label"])), key=lambda i: -largest_number(i["label"]))
        found = [i for i in found if "usd" not in wanted or "USD" in i["label"]] or found
    rows = [{"figure": i["label"], "sources": [book.cite(s) for s in dict.fromkeys(i["sources"])]} for i in found]
    if not rows:
        return "No stated figure matches the question.", rows
    return rows[0]["figure"] + ("." if not rows[0]["figure"].endswith(".") else ""), rows
