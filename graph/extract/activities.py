"""Activities: offices opened and data centres built or weighed, with their place."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from graph.extract.claims import claim_status, nearest_date, reported
from graph.extract.entities import Entity
from graph.extract.sentence import DocContext, Sentence, is_place, parse_group
from graph.extract.subjects import find_subject
from graph.extract.relations import unique


@dataclass
class ActivityFact:
    activity_type: str  # Opening, Construction
    facility_class: str  # Office, DataCenter
    agent: Entity
    place: Entity
    status: str
    confidence: float
    date: object = None
    evidence: list[tuple[int, int]] = field(default_factory=list)
    facility: Entity | None = None
    reported_by: Entity | None = None


FACILITY_WORDS = {
    "Office": re.compile(r"\b(?:offices?|headquarters|hub|branch(?:es)?|campus)\b", re.I),
    "DataCenter": re.compile(r"\bdata[- ]?cent(?:er|re)s?\b", re.I),
}


FACILITY_STEMS = frozenset(["offi", "head", "hub", "bran", "camp", "data"])


OPENING_VERBS = re.compile(r"\b(?:open(?:s|ed|ing)?|inaugurat\w*|launch(?:es|ed|ing)?|establish\w*|set(?:s|ting)? up)\b", re.I)


BUILDING_WORDS = re.compile(r"\b(?:build\w*|construct\w*|weigh\w*|interest\w*|plan\w*|consider\w*|"
                            r"explor\w*|open to|develop\w*|set(?:s|ting)? up|eye\w*)\b", re.I)


def find_activities(s: Sentence, ctx: DocContext) -> list[ActivityFact]:
    if not any(t.lower[:4] in FACILITY_STEMS for t in s.tokens):
        return []
    found = []
    for facility_class, pattern in FACILITY_WORDS.items():
        for match in pattern.finditer(s.span.text):
            k = s.token_at(s.span.start + match.start())
            found += activity_at(s, ctx, facility_class, k, s.token_at(s.span.start + match.end()))
    return found


def activity_at(s: Sentence, ctx: DocContext, facility_class: str, k: int, after: int) -> list[ActivityFact]:
    clause = s.clause_of(k)
    before = s.text(clause[0], k) if k > clause[0] else ""
    verbs = OPENING_VERBS if facility_class == "Office" else BUILDING_WORDS
    if not verbs.search(before[-60:]):
        return []
    places = places_after(s, ctx, after, clause[1])
    if not places:
        return []
    agents, how, start = find_subject(s, ctx, k, clause, s.used)
    if not agents:
        return []
    status = claim_status(s, min(start, k), k + 1)
    if facility_class == "Office" and status == "announced":
        status = "completed" if re.search(r"\b(?:opened|inaugurated|launched|established)\b", before, re.I) else status
    activity = "Opening" if facility_class == "Office" else "Construction"
    date = nearest_date(s, ctx, k, clause, status)
    was_reported, reporter = reported(s)
    confidence = (0.7 if how == "explicit" else 0.55) - (0.1 if was_reported else 0.0)
    return [ActivityFact(activity, facility_class, agents[0], place, status, confidence, date,
                         [(s.span.start, s.span.end)], reported_by=reporter) for place in places]


def places_after(s: Sentence, ctx: DocContext, k: int, end: int) -> list[Entity]:
    """"in Seoul", "in 11 cities, including London, Dublin and Paris"."""
    for j in range(k, min(k + 3, end)):
        if s.lower(j) == "in":
            items, _ = parse_group(s, j + 1, end, ctx.table, accept=is_place, max_filler=4,
                                   promote_as="Place")
            return unique([m.entity for m in items])
    return []


