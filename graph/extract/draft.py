"""The extractor's output: a Turtle draft in the ontology, or the JSON summary.

The draft names one dg:Article per input (URL, headline, outlet, date, sha256 of the text),
the new entities with their labels and aliases, and one relationship node per proposed fact
with its status, dates, evidence offsets, method, extractor version and confidence. It never
contains the article's text.

>>> turtle_literal('He said "hi"\\n', lang="en")
'"He said \\\\"hi\\\\"\\\\n"@en'
>>> slugify("Acme Robotics Inc.")
'acme-robotics-inc'
"""

from __future__ import annotations

import re
import unicodedata

from graph.extract.entities import Entity
from graph.model.namespaces import DGR, PREFIXES

STATUS_LABELS = {
    "considering": "considering", "inDiscussion": "in discussion", "planned": "planned",
    "announced": "announced", "signed": "signed", "active": "active", "completed": "completed",
    "cancelled": "cancelled",
}
TYPE_WORDS = {
    "Partnership": "partnership", "MemorandumOfUnderstanding": "memorandum of understanding",
    "LetterOfIntent": "letter of intent", "SupplyAgreement": "supply agreement", "Investment": "investment",
    "JointVenture": "joint venture", "FinancialCooperation": "financial cooperation",
    "Acquisition": "acquisition", "Integration": "integration",
}
DRAFT_PREFIXES = ("dg", "dgr", "rdfs", "skos", "xsd", "schema", "prov", "oa")
SAFE_LOCAL = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_-]*$")


# ---------------------------------------------------------------- JSON


def to_json(extraction) -> dict:
    """{"entities": [...], "roles": [...], "deals": [...]} for the whole batch."""
    entities, roles, deals = {}, {}, {}
    for doc in extraction.docs:
        named = doc.mentioned + [e for r in doc.roles for e in (r.person, r.organization)]
        for e in named + [p for d in doc.deals for p in d.parties]:
            entities.setdefault(id(e), {"name": e.label, "type": e.cls, "aliases": sorted(e.aliases)})
        for r in doc.roles:
            roles.setdefault((id(r.person), id(r.organization)),
                             {"person": r.person.label, "title": r.title, "organization": r.organization.label})
        for d in doc.deals:
            key = (d.deal_type, frozenset(id(p) for p in d.parties), d.status)
            deals.setdefault(key, {"type": d.deal_type, "parties": [p.label for p in d.parties],
                                   "date": d.date.value if d.date else None, "status": STATUS_LABELS[d.status],
                                   **amount_json(d.amounts)})
    return {"entities": list(entities.values()), "roles": list(roles.values()), "deals": list(deals.values())}


def amount_json(amounts) -> dict:
    """A deal's sum, stake and capacity; null where the text gives none."""
    money, stake, capacity = (amounts.get(kind) for kind in ("money", "stake", "capacity"))
    return {"amount": {"value": plain_number(money.value), "currency": money.unit} if money else None,
            "stake_percent": plain_number(stake.value) if stake else None,
            "capacity": {"value": plain_number(capacity.value), "unit": capacity.unit} if capacity else None}


def plain_number(value: float) -> int | float:
    return int(value) if value == int(value) else value


# ---------------------------------------------------------------- Turtle


def to_turtle(extraction) -> str:
    """The draft as Turtle: sources, new entities, then the proposed facts."""
    assign_slugs(extraction)
    out = [
        "# Draft facts proposed by `kg extract` (dealgraph rule-based extractor "
        f"{extractor_version()}).",
        "# Review every node (names, types, parties, status, dates), then store it with `kg add FILE`.",
        "# Evidence offsets are Python str indices into each article's UTF-8 text (see its dg:sha256).",
        "",
    ]
    out += [f"@prefix {p}: <{PREFIXES[p]}> ." for p in DRAFT_PREFIXES]
    for doc in extraction.docs:
        out += article_block(doc) if doc.usable else ["", f"# ---- nothing extracted from {comment(doc.article.path)}"]
    out += new_entity_blocks(extraction)
    for doc in extraction.docs:
        out += fact_blocks(doc)
    return "\n".join(out) + "\n"


def extractor_version() -> str:
    from graph.extract.pipeline import EXTRACTOR_VERSION

    return EXTRACTOR_VERSION


def article_iri(doc) -> str:
    return f"dgr:article-{doc.article.sha256[:16]}"


def article_block(doc) -> list[str]:
    lines = ["", f"# ---- source: {comment(doc.article.path)}", f"{article_iri(doc)} a dg:Article ;"]
    if doc.meta.title:
        lines.append(f"    schema:headline {turtle_literal(doc.meta.title, lang='en')} ;")
    if doc.meta.url:
        lines.append(f"    schema:url <{doc.meta.url}> ;")
    lines += [
        f"    dg:outlet {term(doc.outlet)} ;",
        f"    schema:datePublished {typed(doc.meta.published.isoformat(), 'date')} ;",
        f"    dg:sha256 {turtle_literal(doc.article.sha256)} .",
    ]
    return lines


def new_entity_blocks(extraction) -> list[str]:
    used = used_entities(extraction)
    new = [e for e in extraction.table.entities if not e.known and id(e) in used]
    if not new:
        return []
    lines = ["", "# ---- new entities: check each name, type and alias (or point facts at a known IRI)"]
    for e in new:
        lines += entity_block(e, extraction)
    return lines


def used_entities(extraction) -> set[int]:
    used = set()
    for doc in extraction.docs:
        used.update(id(e) for e in doc.mentioned)
        if doc.outlet is not None:
            used.add(id(doc.outlet))
        for r in doc.roles:
            used.update((id(r.person), id(r.organization)))
        for d in doc.deals:
            used.update(id(p) for p in d.parties)
        for a in doc.activities:
            used.update((id(a.agent), id(a.place), id(a.facility)))
    return used


def entity_block(e: Entity, extraction) -> list[str]:
    lines = [f"{term(e)} a dg:{e.cls} ;", f"    rdfs:label {turtle_literal(e.label, lang='en')}"]
    if e.aliases:
        aliases = ", ".join(turtle_literal(a, lang="en") for a in e.aliases)
        lines[-1] += " ;"
        lines.append(f"    skos:altLabel {aliases}")
    activity = facility_activity(e, extraction)
    if activity is not None:
        lines[-1] += f" ;\n    dg:location {term(activity.place)}"
        if activity.status in ("completed", "active"):
            lines[-1] += f" ;\n    dg:operatedBy {term(activity.agent)}"
    lines[-1] += " ."
    return lines


def facility_activity(e: Entity, extraction):
    """The activity a new facility was named for (its place and, once it exists, its operator)."""
    for doc in extraction.docs:
        for a in doc.activities:
            if a.facility is e:
                return a
    return None


def fact_blocks(doc) -> list[str]:
    lines = []
    names: dict[str, int] = {}
    for r in doc.roles:
        lines += fact_block(doc, names, f"position-{slug_of(r.person)}-{slug_of(r.organization)}", "Position",
                            f"{r.person.label}, {r.title} of {r.organization.label}",
                            [f"dg:person {term(r.person)}", f"dg:organization {term(r.organization)}",
                             f"dg:title {turtle_literal(r.title, lang='en')}"], r, r.status, None)
    for d in doc.deals:
        lines += fact_block(doc, names, f"{TYPE_WORDS[d.deal_type].replace(' ', '-')}-" + "-".join(slug_of(p) for p in d.parties),
                            d.deal_type, f"{' and '.join(p.label for p in d.parties)}: {TYPE_WORDS[d.deal_type]}",
                            deal_lines(d), d, d.status, d.date)
    for a in doc.activities:
        what = "opens an office in" if a.activity_type == "Opening" else "builds a data centre in"
        lines += fact_block(doc, names, f"{a.activity_type.lower()}-{slug_of(a.agent)}-{slug_of(a.place)}",
                            a.activity_type, f"{a.agent.label} {what} {a.place.label}",
                            activity_lines(a), a, a.status, a.date)
    if lines:
        lines.insert(0, f"\n# ---- proposed facts from {comment(doc.article.path)}")
    return lines


def activity_lines(a) -> list[str]:
    lines = [f"dg:agent {term(a.agent)}", f"dg:subject {term(a.facility)}"]
    if a.reported_by is not None:
        lines.append(f"dg:reportedBy {term(a.reported_by)}")
    return lines


def deal_lines(d) -> list[str]:
    lines = ["dg:party " + ", ".join(term(p) for p in d.parties)]
    for role, entities in d.roles.items():
        if entities:
            lines.append(f"dg:{role} " + ", ".join(term(e) for e in entities))
    if d.subject is not None:
        lines.append(f"dg:subject {term(d.subject)}")
    if d.reported_by is not None:
        lines.append(f"dg:reportedBy {term(d.reported_by)}")
    for kind, prop in (("money", "amount"), ("stake", "amount"), ("capacity", "capacity")):
        if kind in d.amounts:
            lines.append(f"dg:{prop} {quantity(d.amounts[kind])}")
    return lines


def quantity(amount) -> str:
    """A blank dg:Quantity: a sum with its currency, or a value with its unit."""
    unit = f"schema:currency {turtle_literal(amount.unit)}" if amount.kind == "money" else \
        f"schema:unitText {turtle_literal(amount.unit)}"
    return f"[ a dg:Quantity ; schema:value {plain_number(amount.value)} ; {unit} ]"


def fact_block(doc, names, name, cls, label, specific, fact, status, when) -> list[str]:
    base = f"ex-{doc.article.sha256[:8]}-{name}"[:90].rstrip("-")
    names[base] = names.get(base, 0) + 1
    iri = f"dgr:{base}" if names[base] == 1 else f"dgr:{base}-{names[base]}"
    lines = ["", f"{iri} a dg:{cls} ;", f"    rdfs:label {turtle_literal(label, lang='en')} ;"]
    lines += [f"    {line} ;" for line in specific]
    lines.append(f"    dg:status dg:{status} ;")
    if when is not None:
        lines.append(f"    dg:date {typed(when.value, when.datatype)} ;")
    lines += [
        f"    dg:asOf {typed(doc.meta.published.isoformat(), 'date')} ;",
        f"    prov:wasDerivedFrom {article_iri(doc)} ;",
        f"    dg:method dg:extracted ; dg:extractorVersion {turtle_literal(extractor_version())} ;",
        f"    dg:confidence {fact.confidence:.2f} ;",
    ]
    spans = [evidence(doc, start, end) for start, end in fact.evidence]
    lines.append("    dg:evidence " + " ,\n        ".join(spans) + " .")
    return lines


def evidence(doc, start: int, end: int) -> str:
    return (f"[ a oa:SpecificResource ; oa:hasSource {article_iri(doc)} ;\n"
            f"          oa:hasSelector [ a oa:TextPositionSelector ; oa:start {start} ; oa:end {end} ] ]")


# ---------------------------------------------------------------- terms


def assign_slugs(extraction) -> None:
    """Slug IRIs for new entities, never one the store (or the batch) already uses."""
    taken = {iri[len(DGR):] for iri in extraction.known_iris if iri.startswith(DGR)}
    for e in extraction.table.entities:
        if e.known or e.slug:
            continue
        base = slugify(e.label)
        slug, n = base, 1
        while slug in taken:
            n += 1
            slug = f"{base}-{n}"
        taken.add(slug)
        e.slug = slug


def slugify(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    slug = re.sub(r"[^a-z0-9]+", "-", plain.replace("&", " and ")).strip("-")
    return slug[:60].strip("-") or "entity"


def slug_of(e: Entity) -> str:
    if e.known:
        local = e.iri.rsplit("/", 1)[-1].rsplit("#", 1)[-1]
        return slugify(local)
    return e.slug or slugify(e.label)


def term(e: Entity) -> str:
    if e.known:
        local = e.iri[len(DGR):] if e.iri.startswith(DGR) else ""
        return f"dgr:{local}" if SAFE_LOCAL.match(local) else f"<{e.iri}>"
    return f"dgr:{e.slug}"


def turtle_literal(text: str, lang: str | None = None) -> str:
    escaped = (text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
               .replace("\r", "\\r").replace("\t", "\\t"))
    escaped = "".join(c if c.isprintable() or c == " " else unicode_escape(c) for c in escaped)
    return f'"{escaped}"' + (f"@{lang}" if lang else "")


def unicode_escape(c: str) -> str:
    return f"\\u{ord(c):04X}" if ord(c) <= 0xFFFF else f"\\U{ord(c):08X}"


def typed(value: str, datatype: str) -> str:
    return f'"{value}"^^xsd:{datatype}'


def comment(text: str) -> str:
    return re.sub(r"[\r\n]+", " ", text)
