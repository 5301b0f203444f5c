"""Positions the rules left unread: a person and an organization named in one sentence beside a
title, that no rule tied together, scored by a small logistic model trained on gold articles
(`scripts/train_models.py`).

News ties people to firms in more ways than rules list ("served as chief performance officer for
Y", "Zeta veteran X took over as Y CEO"). Each such pair is described by plain
features (the words between the two names, where the nearest title stands, whether another
person or firm stands nearer, ...); a pair scoring at least the model's threshold becomes a
position at a low confidence, with the title nearest the organization.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from graph.extract import lexicon as lex
from graph.extract.entities import Entity
from graph.extract.logistic import MODEL_DIR, LogisticModel, bucket
from graph.extract.roles import RoleFact, role, title_spans
from graph.extract.sentence import DocContext, Sentence, is_organization, is_person

MODEL_FILE = MODEL_DIR / "roles.json"
LEARNED_CONFIDENCE = 0.3
# Names of one sentence paired at most: a longer list is a roll call, and the bound keeps the work linear.
MAX_PEOPLE = 6
MAX_ORGANIZATIONS = 8
FEATURE_KINDS = ("s", "order", "gap", "w", "w2", "p_prev", "p_next", "o_prev", "o_next", "title", "title_at",
                 "title_gap", "people_between", "orgs_between", "nearest_org", "nearest_person", "has_post",
                 "cls", "main", "clauses", "former")


@dataclass
class Candidate:
    """A person and an organization named in one sentence, the title nearest the organization,
    and what the model sees of them."""

    person: Entity
    organization: Entity
    title: str
    sentence: Sentence
    features: list[str]


@lru_cache(maxsize=1)
def bundled_model() -> LogisticModel:
    return LogisticModel.read(MODEL_FILE)


def learned_roles(sentences: list[Sentence], roles: list[RoleFact], ctx: DocContext, decide) -> list[RoleFact]:
    """A position for each untied person and organization some sentence convinces `decide` of."""
    done = {(id(r.person), id(r.organization)) for r in roles}
    posted = {id(r.person) for r in roles}
    made = []
    for s in sentences:
        for c in candidates(s, ctx, done, posted):
            key = (id(c.person), id(c.organization))
            if key not in done and decide(c):
                done.add(key)
                made.append(role(c.sentence, c.person, c.title, c.organization, LEARNED_CONFIDENCE))
    return made


def candidates(s: Sentence, ctx: DocContext, done: set, posted: set) -> list[Candidate]:
    """Each person and organization of a sentence with a title, not tied already (`done`)."""
    titles = title_spans(s)
    if not titles:
        return []
    people = first_mentions(s, is_person)
    organizations = first_mentions(s, is_organization)
    if not people or not organizations or len(people) > MAX_PEOPLE or len(organizations) > MAX_ORGANIZATIONS:
        return []
    pairs = [(p, o) for p in people for o in organizations
             if (id(p.entity), id(o.entity)) not in done and p.entity is not o.entity]
    if not pairs:
        return []
    sentence = sentence_features(s)
    main = ctx.main_actor()
    person_facts = {id(p): [f"has_post:{id(p.entity) in posted}",
                            f"p_prev:{word(s, p.first - 1)}", f"p_next:{word(s, p.last)}"] for p in people}
    org_facts = {id(o): [f"cls:{o.entity.cls}", f"main:{o.entity is main}",
                         f"o_prev:{word(s, o.first - 1)}", f"o_next:{word(s, o.last)}"] for o in organizations}
    closest_org = {id(p): nearest_mention(organizations, p) for p in people}
    closest_person = {id(o): nearest_mention(people, o) for o in organizations}
    found = []
    for p, o in pairs:
        title = nearest(titles, p, o)
        if lex.state_post(s.text(*title)) and o.entity.cls not in lex.STATE_CLASSES:
            continue  # "IT Minister Ashwini Vaishnaw" holds no post at the firm the sentence is about
        if s.lower(o.first - 1) == "from" and s.lower(o.first - 2) in MOVED_FROM:
            continue  # "Dana Park, hired from Cadence, is senior vice president at Intel": the firm she left
        features = (sentence + wording(s, p, o) + title_place(s, title, p, o)
                    + neighbours(p, o, people, organizations, closest_org[id(p)], closest_person[id(o)])
                    + person_facts[id(p)] + org_facts[id(o)]
                    + [f"clauses:{'same' if s.clause_of(p.first) == s.clause_of(o.first) else 'apart'}"])
        found.append(Candidate(p.entity, o.entity, s.text(*title), s, features))
    return found


# Hires before "from" and the firm a person left: "hired from Cadence" (but "joins from Google, where she was
# head of ..." tells the post she held there).
MOVED_FROM = frozenset("hired poached recruited".split())


def first_mentions(s: Sentence, kind) -> list:
    """The first mention of each entity of a kind in the sentence."""
    first = {}
    for m in s.mentions:
        if kind(m):
            first.setdefault(id(m.entity), m)
    return list(first.values())


def nearest(titles: list[tuple[int, int]], p, o) -> tuple[int, int]:
    """The title nearest the organization, then the person: a title names the post at the firm
    it stands beside ("X served as CFO of A and the chairman of B")."""
    return min(titles, key=lambda t: (distance(t, o.first, o.last), distance(t, p.first, p.last)))


def distance(span: tuple[int, int], first: int, last: int) -> int:
    """Tokens between a span and [first, last): 0 when they touch or overlap."""
    return max(0, span[0] - last, first - span[1])


def sentence_features(s: Sentence) -> list[str]:
    return sorted(f"s:{w}" for w in s.plain_words())


def wording(s: Sentence, p, o) -> list[str]:
    """The words between the two names (and their pairs), and which comes first."""
    left, right = (p, o) if p.first < o.first else (o, p)
    lower = [t.lower for t in s.tokens[left.last:right.first]]
    between = [i for i, m in enumerate(s.at[left.last:right.first]) if m is None]
    return (["order:" + ("person_first" if left is p else "org_first"), f"gap:{bucket(right.first - left.last)}"]
            + sorted({f"w:{lower[i]}" for i in between})
            + sorted({f"w2:{lower[i]}_{lower[i + 1]}" for i in between if i + 1 < len(lower)}))


def title_place(s: Sentence, title: tuple[int, int], p, o) -> list[str]:
    """The nearest title's head word, and where it stands against the person and the organization."""
    low, high = min(p.first, o.first), max(p.last, o.last)
    place = "between" if low <= title[0] and title[1] <= high else "before" if title[1] <= low else "after"
    words = s.text(*title).lower().split()
    return [f"title:{words[-1]}", f"title_at:{place}",
            f"title_gap:{bucket(distance(title, p.first, p.last))}_{bucket(distance(title, o.first, o.last))}"] + (
        ["former"] if words[0] in ("former", "then", "ex") else [])


def neighbours(p, o, people: list, organizations: list, closest_org, closest_person) -> list[str]:
    """Whether another person or organization stands between, or nearer, the two."""
    low, high = min(p.first, o.first), max(p.last, o.last)
    return [f"people_between:{min(2, sum(low <= m.first < high for m in people if m is not p))}",
            f"orgs_between:{min(2, sum(low <= m.first < high for m in organizations if m is not o))}",
            f"nearest_org:{closest_org is o}", f"nearest_person:{closest_person is p}"]


def nearest_mention(mentions: list, m):
    """The mention of the list nearest m (the first of those as near)."""
    return min(mentions, key=lambda other: distance((other.first, other.last), m.first, m.last))


def word(s: Sentence, k: int) -> str:
    return s.lower(k) if 0 <= k < len(s.tokens) else "^" if k < 0 else "$"

