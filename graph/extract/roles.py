"""Positions: who holds which title at which organization, from the patterns news uses.

    OpenAI's chief strategy officer Jason Kwon      (organization, title, person)
    OpenAI CEO, Sam Altman,                          (organization, title, comma, person)
    Jason Kwon, OpenAI's chief strategy officer      (person, organization, title)
    Chey Tae-won, chairman of SK Group               (person, title, of organization)
    CEO Sam Altman of OpenAI                         (title, person, of organization)
    the chairman of SK Group, Chey Tae-won           (title, of organization, person)
    CSO Jason Kwon                                   (title, person: the organization from context)
    U.S. President Donald Trump                      (country, public title, person: its government)
    He worked for Telecompaper as its regional editor   (career: joined / worked for ORG as TITLE)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from graph.extract import lexicon as lex
from graph.extract.entities import Entity, normalize
from graph.extract.deal import unique
from graph.extract.names import GENERIC_UNIT_ENDS, NATIVE_SCRIPT, style_starts
from graph.extract.subjects import PASSIVE_AUXILIARIES, antecedent, coordinated_after, dateline_end, described_maker
from graph.extract.wellknown import known_employers, wellknown
from graph.extract.sentence import (COMPANY_HEADS, PLACE_PREPOSITIONS, DocContext, Sentence, apposition_anchor,
                                    before_brackets, filler_word, is_organization, is_person, is_place, modifies_noun,
                                    owners_qualifier, promote, role_modifier, starts_clause, typed_by_look, words_back)

APPOSITION_FILLERS = frozenset(
    "the a an who is was serves served as also currently now its been appointed named elected become "
    "becomes became remain remains serve take takes over".split())
# Words before "to join" that say the person will not: "declined an offer to join Zeta as CFO".
NOT_JOINING = frozenset("not never n't offer declined refused rejected turned".split())
CAREER_VERBS = {
    **dict.fromkeys("worked served contributed wrote reported was".split(), "completed"),
    **dict.fromkeys("joined joins join joining works serves is returned moved hired rejoined rejoins".split(), "active"),
}
OWNER_WORDS = frozenset("a an the its their his her".split())
HE_SHE = frozenset(["he", "she"])


@dataclass
class RoleFact:
    person: Entity
    title: str
    organization: Entity
    status: str
    confidence: float
    evidence: list[tuple[int, int]] = field(default_factory=list)


def find_roles(s: Sentence, ctx: DocContext) -> list[RoleFact]:
    roles = []
    for first, last in title_spans(s):
        roles += (appointed_role(s, ctx, first, last) or roles_around_title(s, ctx, first, last)
                  or title_beside_another(s, first, last, roles))
    for m in s.mentions:
        if is_person(m):
            roles += appositive_roles(s, ctx, m) + leader_of(s, ctx, m) + partner_named_before(s, ctx, m) \
                + speaking_of(s, m)
        elif is_organization(m) or (m.kind == "unknown" and m.entity is None):
            roles += led_by(s, ctx, m)
    roles += fronted_founders(s, ctx) + board_seats(s, ctx) + styled_governors(s, ctx)
    roles = [fact for fact in (at_the_press(ctx, r) for r in roles) if fact is not None]
    for fact in roles:
        ctx.employer.setdefault(fact.person, fact.organization)
        ctx.posts.setdefault(fact.person, fact)
    return roles + successions(s, ctx)


def styled_governors(s: Sentence, ctx: DocContext) -> list[RoleFact]:
    """"Gangwon Gov. Kim Jin-tae": the style, an honorific elsewhere ("Gov. Newsom"), after a place
    is the post at that place's government, when the text names it."""
    roles = []
    for k, token in enumerate(s.tokens):
        person = s.mention_starting(k + 1) if token.text in ("Gov.", "Gov") else None
        government = government_before(s, ctx, k, "governor") if is_person(person) else None
        if government is not None:
            roles.append(role(s, person.entity, token.text, government, 0.7))
    return roles


def at_the_press(ctx: DocContext, fact: RoleFact) -> RoleFact | None:
    """A reporter's post is at the page's outlet when a rule tied it to another kind of firm ("Reporter
    Shin Min-jae" under a story about SK Telecom works for the paper); with no outlet known, none."""
    press = fact.title.lower().split()[-1].rstrip("s") in lex.REPORTER_TITLES  # "Reporter", "staff writers"
    if fact.organization.cls == "NewsOutlet" or not press:
        return fact
    return replace(fact, organization=ctx.outlet) if ctx.outlet is not None else None


def partner_named_before(s: Sentence, ctx: DocContext, person_mention) -> list[RoleFact]:
    """"Apollo partner Leslie Mapp said", "Apollo partners Joseph Jackson and Trevor Mills": "partner"
    between a firm and people is their post there (not "OpenAI partner Microsoft", where a firm follows)."""
    k = person_mention.first - 1
    firm = s.mention_ending(k) if s.lower(k) in ("partner", "partners") else None
    if not is_organization(firm):
        return []
    people = [person_mention.entity, *people_after(s, ctx, person_mention)] if s.lower(k) == "partners" else [
        person_mention.entity]
    return [role(s, p, "partner", firm.entity, 0.6) for p in people]


def speaking_of(s: Sentence, person_mention) -> list[RoleFact]:
    """"Priya Raman of Northcourt Securities estimates ...", "Jang Seung-ho of the main opposition
    People Power Party said": a person named, untitled, "of" an organization speaks for it."""
    k = person_mention.last
    if s.lower(k) != "of" or (person_mention.first and s.titles[person_mention.first - 1]):
        return []
    j = k + 1
    while j < min(k + 5, len(s.tokens)) and s.tokens[j].text.islower() and s.at[j] is None:
        j += 1  # "of the main opposition"
    org = s.mention_starting(j)
    if not is_organization(org) or org.last >= len(s.tokens):
        return []
    after = s.tokens[org.last].text
    if not (after in (",", ";", "who") or after.isalpha() and after.islower()):
        return []  # "of Zeta Labs' board": another phrase
    title = "member" if org.entity.cls == "PoliticalParty" else "representative"
    return [role(s, person_mention.entity, title, org.entity, 0.5)]


def title_beside_another(s: Sentence, ta: int, tb: int, roles: list[RoleFact]) -> list[RoleFact]:
    """"OpenAI CEO Sam Altman and President Greg Brockman": a title and name joined to another
    person's post at an organization is at that organization too."""
    person = person_at(s, tb)
    before = s.mention_ending(ta - 1) if s.lower(ta - 1) == "and" else None
    if person is None or not is_person(before):
        return []
    post = next((r for r in roles if r.person is before.entity), None)
    return [role(s, person, s.text(ta, tb), post.organization, 0.6)] if post else []


def by_after_post(s: Sentence, k: int) -> int | None:
    """Where "by" stands at k or after "in the role" / "in the post" / "as CEO": "replaced in the role by A"."""
    if s.lower(k) == "by":
        return k
    if s.lower(k) == "in" and s.lower(k + 1) in ("the", "his", "her") and s.lower(k + 3) == "by":
        return k + 3
    span = title_span_at(s, k + 1) if s.lower(k) == "as" else None
    return span[1] if span and s.lower(span[1]) == "by" else None


def successions(s: Sentence, ctx: DocContext) -> list[RoleFact]:
    """"A replaces B", "A will take over as CEO, succeeding B", "B was replaced by A": one
    post passes from B to A, so whichever of them the text has given a post to, the other
    held (B, in the past) or takes (A) it too."""
    found = []
    for k, token in enumerate(s.tokens):
        handed_over = took_over_from(s, k)
        if token.lower not in lex.SUCCESSION_VERBS and token.lower not in lex.SUCCEEDED and not handed_over:
            continue
        named_next = person_at(s, k + 1, ctx)  # (it may type a name: only after a succession verb)
        passive = False
        if token.lower in lex.SUCCESSION_VERBS or handed_over or (token.lower in lex.SUCCEEDED and named_next):
            successor, predecessor = person_before(s, k) or pronoun_person(s, ctx, k), named_next
        elif token.lower in lex.SUCCEEDED and (by := by_after_post(s, k + 1)) is not None:  # "B is being succeeded by A"
            passive = True
            before = s.mention_ending(k - 1)
            successor = person_at(s, by + 1, ctx) or person_after_description(s, by + 1, ctx)
            predecessor = person_at(s, before.first, ctx) if before is not None else person_before(s, k)
        else:
            continue
        if predecessor is None or successor is None or predecessor is successor:
            continue
        named = title_after(s, k)
        if named is not None and successor not in ctx.posts and predecessor not in ctx.posts:
            found += handover(s, ctx, successor, predecessor, named, k)  # "A will replace B as board chair"
            continue
        if successor in ctx.posts and predecessor not in ctx.posts \
                and (not passive or earlier(ctx.posts[successor], s)):  # B held the post A takes
            post, holder, status = ctx.posts[successor], predecessor, "completed"
        elif predecessor in ctx.posts and successor not in ctx.posts \
                and (earlier(ctx.posts[predecessor], s) or s.lower(k + 1) == "as" or named is not None
                     or s.lower(k + 3) in ("role", "post", "position", "job")):  # the post named: "replaced as CEO by"
            post, holder, status = ctx.posts[predecessor], successor, "active"  # A takes the post B held
            if not earlier(post, s):
                post.status = "completed"  # "A will succeed B as chairman of Zeta": B's post ends here
        else:
            continue
        fact = role(s, holder, title_taken(s, k) or post.title, post.organization, 0.6)
        fact.status = status
        found.append(fact)
        ctx.posts[holder] = fact
        ctx.employer.setdefault(holder, post.organization)
    return found


def took_over_from(s: Sentence, k: int) -> bool:
    """"A will take over as chairman (of Zeta) from B": "from" right after a title taken over names who held it."""
    if s.lower(k) != "from":
        return False
    firm = s.mention_ending(k)
    end = firm.first - 1 if is_organization(firm) and s.lower(firm.first - 1) == "of" else k
    if end < 1 or not s.titles[end - 1]:
        return False
    ta = end - 1
    while ta > 0 and s.titles[ta - 1]:
        ta -= 1
    return taking_over(s, ta)


def pronoun_person(s: Sentence, ctx: DocContext, k: int) -> Entity | None:
    """"He replaces Carlos Tavares", "She, in turn, replaced B": the person the clause's opening "he" or
    "she" stands for (not "After she arrived, the board replaced B")."""
    j = next((j for j in range(k - 1, max(-1, k - 7), -1) if s.lower(j) in ("he", "she")), None)
    if j is None or not (j == 0 or s.lower(j - 1) in (",", ";", "and", "but")):
        return None
    interrupted = any(s.at[i] is not None or s.lower(i) in ("which", "who", "that") for i in range(j + 1, k))
    return None if interrupted else ctx.he_or_she(s)


def title_after(s: Sentence, k: int) -> str | None:
    """"replace B as board chair": the post named after the predecessor."""
    for j in range(k + 2, min(k + 8, len(s.tokens))):
        span = s.lower(j) == "as" and (title_span_at(s, j + 1) or title_span_at(s, j + 2))
        if span:
            return s.text(j + 1, span[1])  # "as board chair": the field word too
        if s.lower(j) in (",", ".", ";"):
            return None
    return None


def handover(s: Sentence, ctx: DocContext, successor: Entity, predecessor: Entity, title: str,
             k: int) -> list[RoleFact]:
    """A post that passes from B to A at the organization the sentence names before the verb at k
    ("T-Mobile's Gopalan to succeed Sievert as CEO"), else the one the article is about."""
    org = subject_organization(s, ctx, k)
    if org is None:
        return []
    old, new = role(s, predecessor, title, org, 0.6), role(s, successor, title, org, 0.6)
    old.status = "completed"
    for fact in (old, new):
        ctx.posts.setdefault(fact.person, fact)
        ctx.employer.setdefault(fact.person, org)
    return [old, new]


def earlier(fact: RoleFact, s: Sentence) -> bool:
    """A post an earlier sentence gave (one this sentence gives may be where B goes next)."""
    return fact.evidence[0] != (s.span.start, s.span.end)


def title_taken(s: Sentence, k: int) -> str | None:
    """"will take over as chief executive from 1 May, replacing B": the post named just
    before the succession, after "as"."""
    for j in range(k - 1, max(0, k - 10), -1):
        if s.lower(j) == "as" and title_span_at(s, j + 1):
            return s.text(*title_span_at(s, j + 1))
    return None


def person_after_description(s: Sentence, k: int, ctx: DocContext | None) -> Entity | None:
    """"succeeded by former Google ad chief Sridhar Ramaswamy": the first person a few words on, not one
    who describes the next ("run by longtime Musk associate Antonio Gracias")."""
    for j in range(k, min(k + 8, len(s.tokens))):
        if s.lower(j) in (",", ".", ";", "who", "which"):
            return None
        found = person_at(s, j, ctx)
        m = s.mention_starting(name_start(s, j)) if found is not None else None
        if found is not None and not (s.lower(m.last) in PERSON_TIES and person_at(s, m.last + 1, ctx)):
            return found
    return None


# Nouns by which one person describes the next: "longtime Musk associate Antonio Gracias".
PERSON_TIES = frozenset("associate associates ally aide adviser advisor backer friend deputy protege protégé "
                        "lieutenant confidant colleague classmate".split())


def person_before(s: Sentence, k: int, *, nearest: bool = True) -> Entity | None:
    """The person named last before token k in the sentence (with `nearest=False`, first:
    the clause's subject, "Greg Hughes, group director at X, will take over as ...")."""
    people = [m for m in s.mentions if m.last <= k and is_person(m)]
    return people[-1 if nearest else 0].entity if people else None


def title_spans(s: Sentence) -> list[tuple[int, int]]:
    spans, k = [], 0
    while k < len(s.tokens):
        if s.titles[k]:
            j = k
            while j < len(s.tokens) and (s.titles[j] or joined_title(s, j)):
                j += 1
            spans.append((k, j))
            k = j
        else:
            k += 1
    return spans


def byline_reporter(s: Sentence, ctx: DocContext, ta: int, tb: int) -> Entity | None:
    """The reporter of a byline that names no organization ("Kentaro Saito, Staff writer", or the title
    alone on the line under the name, or before a bar and the date: "Senior Editor | October 2, 2025"), when the
    page named its outlet above it."""
    line_ends = tb == len(s.tokens) or s.lower(tb) == "|"
    if ctx.outlet is None or not line_ends or s.lower(tb - 1) not in lex.REPORTER_TITLES \
            or any(is_organization(m) for m in s.mentions):
        return None
    if ta == 0:  # "By Yuki Nakamura" and "Staff writer" on the line below
        person, index = ctx.last_person
        return person if index == s.index - 1 else None
    return person_before(s, ta) if s.lower(ta - 1) in (",", "/") else None  # "By Chen Yu-ting / Staff reporter"


def joined_title(s: Sentence, j: int) -> bool:
    """"SVP and chief supply chain officer", "chairman, CEO, and co-founder": titles of one
    person, joined by "and" or listed with commas, are one span."""
    def title(k: int) -> bool:
        return 0 <= k < len(s.tokens) and s.titles[k]
    if s.lower(j) in ("and", "&"):
        return title(j + 1) and (title(j - 1) or (s.lower(j - 1) == "," and title(j - 2)))
    return s.lower(j) == "," and title(j - 1) and (title(j + 1) or (s.lower(j + 1) in ("and", "&") and title(j + 2)))


def roles_around_title(s: Sentence, ctx: DocContext, ta: int, tb: int) -> list[RoleFact]:
    title = s.text(ta, tb)
    reporter = byline_reporter(s, ctx, ta, tb)
    if reporter is not None:  # "By Haruka Sato, Staff Writer" under the page's "The Tokyo Business Observer"
        return [role(s, reporter, title, ctx.outlet, 0.6)]
    person = person_at(s, tb)
    org = portfolio_ministry(s, ctx, ta) if portfolio_before(s, ta, title) else (
        government_before(s, ctx, ta, title) or organization_before(s, ctx, ta) or described_before(s, ctx, ta)
        or owner_pronoun_before(s, ctx, ta) or whose_owner(s, ta))
    if org is not None and lex.state_post(title) and org.cls not in lex.STATE_CLASSES:
        org = None  # "Large and Medium Industries Minister M B Patil": a portfolio, no firm
    if org and not person and s.lower(tb) != "," and becomes_title(s, ta):
        subject = person_before(s, ta, nearest=False)  # "Greg Hughes ... will take over as Cathay's COO"
        return [role(s, subject, title, org, 0.7)] if subject else []
    if org and not person and s.lower(tb) in ("is", "was") and person_at(s, tb + 1, ctx):
        return [role(s, person_at(s, tb + 1, ctx), title, org, 0.8)]  # "G42's chairman is Tahnoon bin Zayed"
    if org and not person and relative_subject(s, ta):  # "Daniel Rhee, ..., who serves as its chief executive"
        return [relative_role(s, ta, title, org)]
    if org and person and lex.PLURAL_TITLE.search(title):  # "Nissan board members Yasushi Kimura and Masakazu Toyoda"
        return [role(s, p, title[:-1], org, 0.85) for p in [person, *people_after(s, ctx, s.mention_starting(tb))]]
    if org and person:  # "Alphabet and Google CEO Sundar Pichai": the post at both
        return [role(s, person, title, o, 0.85) for o in [org, *organization_joined_before(s, ta, org)]]
    if org and s.lower(tb) == "," and person_at(s, tb + 1, ctx) and lex.PLURAL_TITLE.search(title):
        first = s.mention_starting(name_start(s, tb + 1))  # "Paragon's founders, A, B, and C"
        return [role(s, p, title[:-1], org, 0.8) for p in [first.entity, *people_after(s, ctx, first)]]
    if org and s.lower(tb) == "," and person_at(s, tb + 1, ctx):
        return [role(s, person_at(s, tb + 1, ctx), title, org, 0.8)]
    field_end = field_of_title(s, tb) if org and not person and s.possessive_at(ta - 1) else None
    if field_end is not None and person_at(s, field_end, ctx):  # "Google's Head of Advanced Energy Michael Terrell"
        return [role(s, person_at(s, field_end, ctx), s.text(ta, field_end), org, 0.8)]
    field = field_before_comma(s, ta, tb) if org and not person else None
    if field is not None and person_at(s, field + 1, ctx):  # "Google's head of energy procurement, Owen Fairbanks,"
        return [role(s, person_at(s, field + 1, ctx), s.text(ta, field), org, 0.75)]
    if person:
        m = s.mention_starting(name_start(s, tb))  # past an honorific: "chairman Sheikh Omar"
        after = organization_after_preposition(s, ctx, m.last)
        if after:
            return [role(s, person, title, after[0], 0.8)]
        listed = officials_listed(s, ta)
        if listed is not None:  # "officials from the Ministry of X, including Additional Secretary Y"
            return [role(s, person, title, listed, 0.6)]
        government = ministry_of_title(ctx, title) or government_for(s, ctx, ta, title)
        if government:
            return [role(s, person, title, government, 0.6)]
        employer = known_employer(s, ctx, person, title) if not public_office(title) else None
        if employer is not None:  # "as chief executive Sam Altman seeks ...": the firm he is known to lead
            return [role(s, person, title, employer, 0.6)]
        spoken_for = said_for(s, m.last) if not (lex.PUBLIC_TITLES.search(title) or lex.OUTSIDE_VOICES.search(title)) \
            else None  # not "Analyst Ming-Chi Kuo has said Apple will": he speaks of Apple from outside
        if spoken_for is not None:  # "Chief executive Sven Halvorsen said Nordkapp Shipping would ..."
            return [role(s, person, title, spoken_for, 0.55)]
        guess = ctx.main_actor() if after_quote(s, ta) and not public_office(title) \
            else organization_from_context(s, ctx, ta, title)
        if guess:  # "'... the acquisition of WNS ...,' Chief Executive Officer Aiman Ezzat said": not WNS's
            return [role(s, person, title, guess, 0.5)]
        actor = unnamed_employer(s, ctx, title) if not lex.PUBLIC_TITLES.search(title) and not any(
            is_organization(m) for m in s.mentions if m.first < ta) else None
        if actor and lex.PLURAL_TITLE.search(title):  # "Co-founders David Ha and Llion Jones previously led ..."
            return [role(s, p, title[:-1], actor, 0.4) for p in [person, *people_after(s, ctx, m)]]
        return [role(s, person, title, actor, 0.4)] if actor else []
    if not org and s.lower(tb) == "," and s.lower(ta - 1) in ("the", "new") and person_at(s, tb + 1, ctx) \
            and not lex.PUBLIC_TITLES.search(title):  # "The CEO, Han Byung-joon, ...", "a new CEO, Philippe Salle"
        subject = next((m.entity for m in s.mentions if m.last <= ta and is_organization(m)
                        and s.lower(m.first - 1) not in PLACE_PREPOSITIONS), None)
        actor = subject or unnamed_employer(s, ctx, title)  # "Atos has hired a new CEO, X": the hiring firm's
        return [role(s, person_at(s, tb + 1, ctx), title, actor, 0.4)] if actor else []
    after = organization_after_preposition(s, ctx, tb)
    if after and s.lower(after[1]) == "," and person_at(s, after[1] + 1, ctx):
        return [role(s, person_at(s, after[1] + 1, ctx), title, after[0], 0.8)]
    if after and person_at(s, after[1]):  # "said the CEO of Brookfield Renewable Connor Teskey"
        return [role(s, person_at(s, after[1]), title, after[0], 0.7)]
    if after and taken_title(s, ta):  # "Dana Park resigned as CEO of Zeta", "was promoted to chairman of Zeta"
        return [taken_role(s, ta, title, after[0])] if person_before(s, ta, nearest=False) else []
    if after and pronoun_subject(s, ta):  # "He is the CEO of Scoot"
        person = ctx.he_or_she(s)
        return [role(s, person, title, after[0], 0.6)] if person else []
    if after and relative_subject(s, ta):  # "Yoon, who previously served as the president of X"
        return [relative_role(s, ta, title, after[0])]
    holder = copula_subject(s, ta) if after else None
    if holder is not None:  # "Dana Park, a former Zeta engineer, is chief executive of Orbit (and Zeta)"
        return [role(s, holder, title, org, 0.6) for org in with_the_one_after(s, after)]
    if not after and (appointed_to(s, ta) or kept_or_became(s, ta) or taking_over(s, ta)):  # "Three UK's Darren
        return appointed_without_firm(s, ctx, ta, title)  # Purkis has been appointed CFO", "X remains chairman"
    return career_role(s, ctx, ta, tb)


def appointed_to(s: Sentence, ta: int) -> bool:
    """"has been appointed CFO", "was named chief executive", "was promoted to president"."""
    k = ta - 1 - (s.lower(ta - 1) in ("to", "as")) - (s.lower(ta - 2) in ("to", "as") and s.lower(ta - 1) in ("the", "its"))
    return s.lower(k) in ("appointed", "named", "promoted", "elevated") and s.lower(k - 1) in ("been", "was", "is", "were") \
        and "not" not in {s.lower(j) for j in range(k - 4, k)}  # not "would not be elevated as CEO"


def kept_or_became(s: Sentence, ta: int) -> bool:
    """"remains chairman", "became chief executive": a title taken or kept without "as"."""
    verb = taking_verb(s, ta)
    return verb is not None and s.lower(verb) in BARE_TITLE_VERBS


def appointed_without_firm(s: Sentence, ctx: DocContext, ta: int, title: str) -> list[RoleFact]:
    """The appointee before the verb holds the post at the firm named before them ("Three UK's
    Darren Purkis", "Zeta said Dana Park has been appointed CFO"), else, when the sentence names
    no firm at all, at the one the article is about; "X, a vice president at Y, was appointed as
    CEO" names no firm of the post. A plural title is each appointee's: "A and B were promoted
    to co-CEOs"."""
    person = person_before(s, ta)
    if person is None:
        return []
    named = next(m for m in s.mentions if m.entity is person)
    firms = [m.entity for m in s.mentions if is_organization(m) and m.first < ta]
    before = [m.entity for m in s.mentions if is_organization(m) and m.last <= named.first]
    firm = ministry_of_title(ctx, title) or (before[-1] if before else (ctx.main_actor() if not firms else None))
    if firm is None:  # "X left Zeta to become Minister of Science and ICT": the ministry, if the text names it
        return []
    if lex.PLURAL_TITLE.search(title):
        people = unique(m.entity for m in s.mentions if is_person(m) and m.last <= ta)
        return [role(s, p, title[:-1], firm, 0.5) for p in people]
    return [role(s, person, title, firm, 0.5)]


RELATIVE_LINKS = frozenset("the a an as served serves was is previously formerly also currently now still will be "
                           "become becomes has have had been remain remains its".split())
PAST_LINKS = frozenset("served was had previously formerly".split())


def relative_role(s: Sentence, ta: int, title: str, org: Entity) -> RoleFact:
    """The post a relative clause gives the person before "who": held now, or in the past ("who had been")."""
    person, past = relative_subject(s, ta)
    found = role(s, person, title, org, 0.6)
    found.status = "completed" if past else found.status
    return found


def relative_subject(s: Sentence, ta: int) -> tuple[Entity, bool] | None:
    """"Yoon Tae-bong, who previously served as the president of X": the person before "who",
    and whether the post is past."""
    k = ta - 1
    while k > 0:
        if s.lower(k) in RELATIVE_LINKS:
            k -= 1
            continue
        owner = s.mention_ending(k + 1 - s.possessive_at(k))  # "who had been DXC president", "... Zeta's CEO"
        if not (is_organization(owner) and owner.last >= ta - 2):
            break
        k = owner.first - 1
    if s.lower(k) != "who" or k == ta - 1:
        return None
    m = s.mention_ending(k - 1 if s.lower(k - 1) == "," else k)
    if m is None and s.lower(k - 1) == ",":  # "Dana Park, a former banker, who serves as ..."
        m = next((s.mention_ending(j) for j in range(k - 2, max(0, k - 12), -1)
                  if s.lower(j) == "," and s.mention_ending(j) is not None), None)
    if not is_person(m):
        return None
    return m.entity, bool(PAST_LINKS & {s.lower(j) for j in range(k + 1, ta)})


def people_after(s: Sentence, ctx: DocContext, m) -> list[Entity]:
    """The people named with `m`: "A and B", "A, B and C" (a name never seen among them is a
    person's: "co-founders Mustafa Suleyman and Karén Simonyan")."""
    found, k = [], m.last
    while s.lower(k) in (",", "and") and s.mention_starting(k + 1 + (s.lower(k + 1) == "and")) is not None:
        nxt = s.mention_starting(k + 1 + (s.lower(k + 1) == "and"))
        if nxt.kind == "unknown" and nxt.entity is None and 2 <= len(nxt.text.split()) <= 3:
            promote(nxt, ctx.table, "Person", "named beside a person under one title")
        if not is_person(nxt) or s.possessive_at(nxt.last):
            break  # not "Dana Park, Li Wei's former deputy,": Li Wei describes her
        found.append(nxt.entity)
        k = nxt.last
    return found


def people_before(s: Sentence, m) -> list[Entity]:
    """The people named just before `m` in one list with it: "A and B", "A, B and C"."""
    found, k = [], m.first
    while s.lower(k - 1) in (",", "and"):
        prev = s.mention_ending(k - 1 - (s.lower(k - 2) == "," and s.lower(k - 1) == "and"))
        if not is_person(prev):
            break
        found.insert(0, prev.entity)
        k = prev.first
    return found


def pronoun_subject(s: Sentence, ta: int) -> bool:
    k = ta - 1
    while k > 0 and s.lower(k) in ("the", "a", "an", "its", "now", "also", "currently", "been", "be", "will"):
        k -= 1
    return s.lower(k) in ("is", "was", "has", "becomes", "became", "remains") and s.lower(k - 1) in HE_SHE


APPOINTING_NOUNS = frozenset("appointment hiring promotion".split())  # "announced the appointment of X as CFO"
APPOINTING_WORDS = frozenset(
    "named names name appointed appoints appoint promoted promotes hired hires tapped taps picked picks "
    "elected elects selected selects chose chosen choose installed".split()) | APPOINTING_NOUNS
APPOINT_LINKS = frozenset("as to be become serve its their the a an new next first permanent interim acting "
                          "group global regional".split())  # "as its new group chief executive"


def appointed_role(s: Sentence, ctx: DocContext, ta: int, tb: int) -> list[RoleFact]:
    """"Zeta named Dana Park as its new chief executive", "... tapped Dana Park, to be its CEO":
    the person named after the verb, the organization after the title or else the subject. A
    title with its own holder after it ("chief executive Akio Toyoda") is not the appointee's."""
    owner = s.mention_ending(words_back(s, ta, 2, APPOINT_LINKS | {"a", "an", "the", "former"}))
    described = owner is not None and owner.kind == "unknown" \
        and s.lower(owner.first - 1) in ("a", "an", "the", "former")
    if person_at(s, tb) is not None or is_organization(owner) or described:
        return []  # "a former Orbit (finance) executive" is Orbit's title, not the one given
    k = ta - 1
    while k > 0 and (s.lower(k) in APPOINT_LINKS or s.lower(k) == "," or age_before(s, k)):
        k -= 3 if age_before(s, k) else 1
    m = s.mention_ending(k + 1) if k >= 0 else None
    if m is None or not is_person(m) and m.kind != "unknown":
        m = appointee(s, ta)  # "hired Dana Park, formerly of Orbit Labs, as its CTO", "..., a former executive, as"
    if m is None:
        return []
    before = m.first - 1 - (m.first > 0 and s.tokens[m.first - 1].text in lex.PERSON_HONORIFICS)  # past "Datuk"
    former = s.mention_ending(before) if s.possessive_at(before) else None
    if is_organization(former):  # "picks Intel's Justin Hotard as its new CEO"
        before = former.first - 1
    for _ in range(2):  # "promoted insider K Krithivasan to CEO", "named company veteran Dana Park"
        if before >= 0 and s.lower(before) not in APPOINTING_WORDS and s.tokens[before].text.islower() \
                and s.tokens[before].is_word and s.lower(before) not in ("and", "or", "as", "to"):
            before -= 1
    if s.lower(before) not in APPOINTING_WORDS and not (s.lower(before) in (",", "and") and appointer(s, before + 1)):
        return []
    if m.kind == "unknown" and len(m.text.split()) >= 2:
        promote(m, ctx.table, "Person", "appointed")
    if not is_person(m):
        return []
    after = None if named_division_of_its(s, tb) else organization_after_title(s, ctx, tb)
    # after a noun ("the appointment of X"), the appointing firm is one already named as a firm
    org = after[0] if after else subject_organization(s, ctx, m.first, may_type=s.lower(before) not in APPOINTING_NOUNS)
    return [role(s, m.entity, s.text(ta, tb), org, 0.75)] if org else []


def named_division_of_its(s: Sentence, k: int) -> bool:
    """"(head) of its Grid Technologies business": a division of the appointer's own, named before its kind
    noun (not "of its cloud arm Core42", nor "of its Harman business", firms of their own)."""
    unit = s.mention_starting(k + 2) if s.lower(k) == "of" and s.lower(k + 1) == "its" else None
    return unit is not None and unit.kind != "known" and division_word(s, unit.last, unit)


def age_before(s: Sentence, k: int) -> bool:
    """"picked Choi Soo-yeon (40), as CEO": an age in brackets ends at token k."""
    return s.lower(k) == ")" and s.lower(k - 2) == "(" and s.tokens[k - 1].text.isdigit()


def organization_after_title(s: Sentence, ctx: DocContext, tb: int):
    """"CEO (Chief Executive Officer) and Managing Director (MD) of Air India": the "of" or
    "at" a few words on, past abbreviations and a second title, or a "for" right after the title."""
    for j in range(tb, min(tb + 12, len(s.tokens))):
        if s.lower(j) in ("of", "at") or j == tb and s.lower(j) == "for":  # "as head of public policy for OpenAI Japan"
            return organization_after_preposition(s, ctx, j)
        if s.lower(j) in (",", ";", ".", "said", "says"):
            return None
    return None


def appointee(s: Sentence, ta: int):
    """The name right after the nearest appointing verb before a title."""
    for j in range(ta - 1, max(0, ta - 24), -1):
        if s.lower(j) in APPOINTING_WORDS:
            return s.mention_starting(j + 1)
    return None


def appointer(s: Sentence, k: int) -> bool:
    """"named the head of its China business, Makoto Uchida,": an appointing verb earlier on."""
    return any(word in APPOINTING_WORDS for word in s.lowered[max(0, k - 14):k])


ANNOUNCING = frozenset("announced announces has have today said".split())


def subject_organization(s: Sentence, ctx: DocContext, k: int, may_type: bool = True) -> Entity | None:
    """The organization doing the appointing: the first named before k in its clause ("..., while SK Telecom
    named X its new CEO"), else in the sentence, else the article's main one."""
    start = s.clause_of(k)[0]
    for m in sorted(s.mentions, key=lambda m: m.first < start):
        if m.last > k:
            continue
        announcing = s.lower(m.last) in ANNOUNCING  # "Kestrel announced the appointment of ...": the appointer
        if (may_type or announcing) and m.kind == "unknown" and s.lower(m.first - 1) not in ("in", "at", "from", "on") \
                and s.lower(m.last) not in lex.ORG_CUES:  # "Industry leader TCS promoted ...": what TCS is
            promote(m, ctx.table, "Company", "appoints someone")
        if is_organization(m) and m.entity.cls != "NewsOutlet" and not owners_qualifier(s, m, described=True):
            return m.entity
    return ctx.main_actor()


def owner_pronoun_before(s: Sentence, ctx: DocContext, ta: int) -> Entity | None:
    """"Its president and chief executive, Masato Hirano": what "its" stands for, a firm, or the firm
    whose title the sentence gave before ("Zeta's chief executive, A, and its CTO, B")."""
    if s.lower(ta - 1) != "its":
        return None
    owner = its_owner(s, ctx, ta - 1, ta - 1)
    return owner if owner is not None and owner.is_organization else None


def whose_owner(s: Sentence, ta: int) -> Entity | None:
    """"The Ministry of Transport, whose minister Said Al Maawali attended", "G42, the Abu Dhabi AI
    group whose chairman is X": the organization "whose" is of."""
    if s.lower(ta - 1) != "whose":
        return None
    m = s.mention_ending(ta - 2) if s.lower(ta - 2) == "," else \
        apposition_anchor(s, ta - 1) if s.lower(ta - 2) in COMPANY_HEADS else None
    return m.entity if is_organization(m) else None


def described_before(s: Sentence, ctx: DocContext, ta: int) -> Entity | None:
    """"The airline's director of ...", "The fiber provider's chief executive": a definite
    description names the firm it stands for (one named last of its kind, else the main actor);
    past a lower-case word or two: "the conglomerate's current CFO"."""
    ta = past_field_words(s, ta)
    if not (s.possessive_at(ta - 1) and s.lower(ta - 2) in COMPANY_HEADS):
        return None
    the = next((j for j in range(ta - 3, max(-1, ta - 6), -1) if s.lower(j) == "the"), None)
    made = described_maker(s, ctx, the, owning=True) if the is not None else None
    if made is not None and made[1] == ta - 2:
        return made[0]  # "the ChatGPT maker's chief executive": OpenAI's
    if the is None or not all(s.tokens[j].is_word and not is_organization(s.at[j]) for j in range(the + 1, ta - 2)):
        return None
    return antecedent(s, ctx, ta - 2)


def becomes_title(s: Sentence, ta: int) -> bool:
    """"... as Cathay's chief operations officer": the title the clause's subject takes."""
    k = ta - 1 if s.possessive_at(ta - 1) else ta
    m = s.mention_ending(k)
    return s.lower(m.first - 1 if m is not None else ta - 1) == "as"


TITLE_LEAVING = frozenset("resigned resigns quit quits retired retires left leaves stepped steps stepping".split())
TITLE_TAKING = TITLE_LEAVING | frozenset("down took takes taking over became becomes become promoted elevated named "
                                         "appointed".split())
# "became CEO", "remains chairman", "stays on as chairman"
BARE_TITLE_VERBS = frozenset("became becomes become remaining remains remain stays stay stayed staying".split())
PASSIVE_APPOINTMENTS = frozenset("appointed named elected promoted".split())


def taking_verb(s: Sentence, ta: int) -> int | None:
    """Where the verb by which a person takes, keeps or leaves the title at ta stands: "resigned
    as", "took over as", "was promoted to", "became", "remaining" (past "the", "its", "new"...)."""
    k = ta - 1
    while k > 0 and s.lower(k) in ("the", "its", "their", "new", "interim", "acting", "permanent"):
        k -= 1
    if s.lower(k) in BARE_TITLE_VERBS or (s.lower(k) in PASSIVE_APPOINTMENTS and s.lower(k - 1) in PASSIVE_AUXILIARIES
                                          and named_subject(s, k)):
        return k  # "became CEO", "X, formerly of Y, has been appointed chief executive of Z"
    if s.lower(k) == "as" and s.lower(k - 1) == "on" and s.lower(k - 2) in BARE_TITLE_VERBS:
        return k - 2  # "Larry Ellison stays on as chairman"
    return k - 1 if s.lower(k) in ("as", "to") and s.lower(k - 1) in TITLE_TAKING else None


def named_subject(s: Sentence, k: int) -> bool:
    """Whether the person named last before token k is the clause's subject, not a word's object ("A
    close aide to Masayoshi Son, who founded X, was named CEO")."""
    people = [m for m in s.mentions if m.last <= k and is_person(m)]
    return bool(people) and s.lower(people[-1].first - 1) not in PLACE_PREPOSITIONS | {"to", "of", "for", "by", "with"}


def taken_title(s: Sentence, ta: int) -> bool:
    return taking_verb(s, ta) is not None


def taking_over(s: Sentence, ta: int) -> bool:
    """"will take over as chairman", "took over as CEO": a title taken, not left."""
    verb = taking_verb(s, ta)
    return verb is not None and s.lower(verb) == "over" and s.lower(verb - 1) not in TITLE_LEAVING


def copula_subject(s: Sentence, ta: int) -> Entity | None:
    """The person who "is" the title at ta: named right before the verb, or before an aside that
    ends at it ("Dana Park, a former Zeta engineer, is chief executive of Orbit")."""
    k = ta - 1
    while s.lower(k) in ("the", "a", "an"):
        k -= 1
    if s.lower(k) not in ("is", "was"):
        return None
    named = s.mention_ending(k)
    if is_person(named):
        return named.entity
    return person_before(s, k, nearest=False) if s.lower(k - 1) == "," else None


def taken_role(s: Sentence, ta: int, title: str, org: Entity) -> RoleFact:
    """The clause's subject holds (or, having left it, held) the title; "with Kwak remaining
    chief executive of X": the person right before the verb."""
    verb = taking_verb(s, ta)
    named = s.mention_ending(verb)
    passive = s.lower(verb) in PASSIVE_APPOINTMENTS  # "X, CTO of the division, was named head of Y": X, the nearest
    person = named.entity if is_person(named) else person_before(s, ta, nearest=passive)
    found = role(s, person, title, org, 0.6)
    leaving = s.lower(verb) in TITLE_LEAVING or s.lower(verb - 1) in TITLE_LEAVING  # "resigned as", "stepped down as"
    found.status = "completed" if leaving else found.status
    return found


def career_role(s: Sentence, ctx: DocContext, ta: int, tb: int) -> list[RoleFact]:
    """"He also worked for Telecompaper as their regional editor", "Kim joined Zeta as CTO"."""
    k, skipped = ta - 1, 0
    while skipped < 3 and (s.lower(k) in OWNER_WORDS or s.possessive_at(k) or s.lower(k).isalpha() and s.lower(k) != "as" and s.tokens[k].text.islower()):
        k, skipped = k - 1, skipped + 1
    if s.lower(k) != "as":
        return []
    org_mention = s.mention_ending(k) or s.mention_ending(k - 1)
    if org_mention is not None and org_mention.kind == "unknown":
        promote(org_mention, ctx.table, "Company", "employer")
    if not is_organization(org_mention):
        return []
    v = org_mention.first - 1
    if s.lower(v) in ("for", "at", "to", "with"):
        v -= 1
    status = CAREER_VERBS.get(s.lower(v))
    if s.lower(v) in ("join", "joining") and any(s.lower(i) in NOT_JOINING for i in range(v - 4, v)):
        return []  # "turned down an offer to join Zeta as CFO"
    person = status and subject_person(s, ctx, v)
    if not person:
        return []
    found = role(s, person, s.text(ta, tb), org_mention.entity, 0.7)
    found.status = status
    return [found]


def subject_person(s: Sentence, ctx: DocContext, k: int) -> Entity | None:
    """The person a career verb is about: named before it, or "he"/"she" for the last one named."""
    for j in range(k - 1, -1, -1):
        m = s.at[j]
        if m is not None and m.kind == "unknown" and m.last == k and len(m.text.split()) >= 2:
            promote(m, ctx.table, "Person", "joined as")
        if is_person(m):
            return m.entity
        if s.lower(j) in HE_SHE:
            return ctx.he_or_she(s)
    return None


# Words before a country that only place something in it: "the signing in Shenzhen, China",
# "tariffs on countries, including China".
LOCATIVE_WORDS = PLACE_PREPOSITIONS | {"including", "into", "throughout", ","}


def government_for(s: Sentence, ctx: DocContext, ta: int, title: str) -> Entity | None:
    """"U.S. President Donald Trump", or "President X" in a sentence about one country."""
    if not lex.PUBLIC_TITLES.search(title.lower()):
        return None
    # a country that qualifies a thing ("UAE fund MGX", "Saudi Arabia's PIF") names no government here
    if ta > 0 and lex.is_demonym(s.tokens[ta - 1].text):
        return None  # "Japanese Prime Minister X" serves Japan, whatever other country the sentence names
    countries = [m.entity for m in s.mentions if m.entity is not None and m.entity.cls == "Country"
                 and not (modifies_noun(s, m) or s.possessive_at(m.last) or s.lower(m.first - 1) in LOCATIVE_WORDS)]
    before = s.mention_ending(ta)
    if before is not None and before.entity is not None and before.entity.cls == "Country":
        return ctx.government_of(before.entity)
    if len({id(c) for c in countries}) == 1:
        return ctx.government_of(countries[0])
    return sole_government(s)


def ministry_of_title(ctx: DocContext, title: str) -> Entity | None:
    """"Minister of Science and ICT X" in a text that names the Ministry of Science and ICT: that ministry."""
    field = MINISTER_OF.search(title)
    named = ctx.table.find(f"Ministry {field.group(1)} {field.group(2)}") if field else None
    return named if named is not None and named.cls == "GovernmentBody" else None


MINISTER_OF = re.compile(r"\bminister (of|for) (.+)$", re.I)


def sole_government(s: Sentence) -> Entity | None:
    """"President X said the U.S. government ...": the one government the sentence names, when a
    country's."""
    here = {id(m.entity): m.entity for m in s.mentions if m.entity is not None and m.entity.cls == "GovernmentBody"}
    only = next(iter(here.values())) if len(here) == 1 else None
    return only if only is not None and national_government(only) else None


def national_government(entity: Entity) -> bool:
    label = entity.label.lower()
    return entity.cls == "GovernmentBody" and (label.startswith("government of ") or label.endswith(" government"))


def past_relative_clause(s: Sentence, k: int) -> int:
    """"Lip-Bu Tan, who became Intel's chief executive in March, is also chairman of SambaNova": where
    the verb after the relative clause about the person at k stands; else k."""
    if s.lower(k) != "," or s.lower(k + 1) != "who":
        return k
    end = next((j for j in range(k + 2, min(k + 20, len(s.tokens))) if s.lower(j) in (",", ".", ";")), None)
    return end + 1 if end is not None and s.lower(end) == "," and s.lower(end + 1) in ("is", "was") else k


def appositive_roles(s: Sentence, ctx: DocContext, person_mention) -> list[RoleFact]:
    """"Jason Kwon, OpenAI's chief strategy officer" / "Dana Park, chief executive of Lumen Bank"."""
    k = person_mention.last
    if s.lower(k) == "(" and s.lower(k + 2) == ")":  # "Kim Dong-soo (R), ..." in a caption
        k += 3
    if s.lower(k) == "," and AGE.match(s.lower(k + 1)) and s.lower(k + 2) == ",":
        k += 3 if s.lower(k + 3) in ("has", "was", "is", "will", "had") else 2  # "Dana Park, 52, (has been named) CEO of X"
    # past a relative clause only for the sentence's subject (not "A close aide to Son, who founded X, was named")
    after = past_relative_clause(s, k) if person_mention.first == 0 else k
    return roles_after(s, ctx, person_mention, k) + (roles_after(s, ctx, person_mention, after) if after != k else [])


def roles_after(s: Sentence, ctx: DocContext, person_mention, k: int) -> list[RoleFact]:
    """The person's posts told from token k on: ", chief executive of X", "is chairman of X"."""
    if s.lower(k) not in (",", "is", "was", "are", "were", "becomes", "became", "as", "will", "has", "had"):
        return []
    j = k + 1
    while j + 1 < len(s.tokens) and s.tokens[j].text in lex.DEGREES and s.lower(j + 1) == ",":
        j += 2  # "Mikael Dolsten, M.D., Ph.D., chief scientific officer"
    while s.lower(j) in APPOSITION_FILLERS:
        j += 1
    if j >= len(s.tokens):  # "..., Zeta Park ,": nothing after the comma
        return []
    for gap in (1, 2):  # "group director of ...", "resident editor", "a senior credit analyst at"
        if j + gap < len(s.tokens) and s.titles[j + gap] \
                and all(not s.titles[i] and s.tokens[i].text.islower() and s.at[i] is None for i in range(j, j + gap)):
            j += gap
            break
    person = person_mention.entity
    org_mention = s.mention_starting(j)
    if org_mention is not None and org_mention.kind == "unknown":
        promote(org_mention, ctx.table, "Company", "employer")
    if is_organization(org_mention):
        t = org_mention.last + (1 if s.possessive_at(org_mention.last) else 0)
        place = s.mention_starting(t)
        t = place.last if is_place(place) else t  # "Schneider Electric's India managing director"
        span = title_span_at(s, t)
        if not span or person_at(s, span[1]):  # "Seoul, OpenAI's CSO Jason Kwon": Kwon's title
            return []
        return [role(s, person, s.text(*span), org_mention.entity, 0.85)]
    span = title_span_at(s, j)
    if span:
        past = span[1] + 3 if s.lower(span[1]) == "(" and s.lower(span[1] + 2) == ")" else span[1]  # "CEO (CEO) of"
        past = past_beat(s, span, past)
        after = organization_after_preposition(s, ctx, past) or organization_after_field(s, ctx, span[1])
        if after and person_at(s, after[1]):
            return []  # "A, and chair and CEO of Cisco Chuck Robbins": Robbins's title
        if after:
            title = s.text(*span)
            if lex.PLURAL_TITLE.search(title):  # "A and B, Co-Heads of Infrastructure at Ardian": each of them
                holders, title = [*people_before(s, person_mention), person], title[:-1]
                return [role(s, p, title, org, 0.8) for p in holders for org in with_the_one_after(s, after)]
            found = [role(s, person, title, org, 0.85) for org in with_the_one_after(s, after)]
            return found + second_post(s, ctx, person, after[1])
        after = span[1] + 1 + (s.lower(span[1] + 1) == "the")  # "Staff Writer, The Nippon Business Chronicle"
        owned = s.lower(span[0] - 1) in ("its", "their") or s.possessive_at(span[0] - 1)
        listed = s.mention_starting(after) if s.lower(span[1]) == "," and not owned else None
        weak = listed is not None and (listed.kind == "unknown" or typed_by_look(listed))
        if weak and ends_listing(s, listed.last):
            promote(listed, ctx.table, "Company", "employer after a title")  # "Isha Ambani, director, RRVL,"
        if is_organization(listed):
            return [role(s, person, s.text(*span), listed.entity, 0.75)]
        if s.lower(span[0] - 1) == "its" and s.lower(k) == ",":
            owner = its_owner(s, ctx, person_mention.first, span[0] - 1)
            return [role(s, person, s.text(*span), owner, 0.6)] if owner else []
        described = described_before(s, ctx, span[0]) if s.lower(k) == "," else None
        if described is not None:  # "Adaire Fox-Martin, the company's chief executive, said": the firm just told of
            described = (person_mention.first == 0 and ctx.previous_subject(s)) or described
            return [role(s, person, s.text(*span), described, 0.6)]
        spoken_for = said_for(s, span[1] + 1) if s.lower(k) == "," and s.lower(span[1]) == "," else None
        if spoken_for is not None:  # "Verity Osei, the bank's chief executive, said that Goldcoast Bank would ..."
            return [role(s, person, s.text(*span), spoken_for, 0.55)]
        ministry = ministry_of_title(ctx, s.text(*span))
        if ministry is not None:  # "Bae Kyung-hoon, Minister of Science and ICT": the ministry the text names
            return [role(s, person, s.text(*span), ministry, 0.6)]
        bare = bare_title_said(s, k, span) or speaker_title_closes(s, person_mention, k, span)
        employer = (known_employer(s, ctx, person, s.text(*span)) or ctx.main_actor()) if bare else None
        if employer is not None and not public_office(s.text(*span)):
            return [role(s, person, s.text(*span), employer, 0.5)]  # "Nat Edington, chief executive, said"
    return []


def past_beat(s: Sentence, span: tuple[int, int], k: int) -> int:
    """"a reporter covering IT and startups for the Seoul Economic Review": from a reporter's beat
    at token k on to the preposition naming the outlet (k itself when there is none)."""
    if s.lower(k) != "covering" or s.lower(span[1] - 1) not in lex.REPORTER_TITLES:
        return k
    return next((j for j in range(k + 1, min(k + 9, len(s.tokens))) if s.lower(j) in ("for", "at")), k)


def field_of_title(s: Sentence, k: int) -> int | None:
    """Where "of Advanced Energy" after a title ends, when the words are a field or unit (no name the
    store knows): the title goes on through them."""
    if s.lower(k) not in ("of", "for"):
        return None
    m = s.mention_starting(k + 1)
    if m is None or m.kind == "known" or (m.entity is not None and m.entity.known):
        return None
    return m.last


def said_for(s: Sentence, k: int) -> Entity | None:
    """"said on Monday that Goldcoast Bank would ...": the firm a titled speaker names as the subject
    of what they said (the speech verb at token k, maybe after "has"), past a day and "that"."""
    if s.lower(k) in ("has", "had") and s.lower(k + 1) == "said":
        k += 1  # "Chief Executive Officer Mark Zuckerberg has said Meta will spend"
    if s.lower(k) not in ("said", "says"):
        return None
    for j in range(k + 1, min(k + 6, len(s.tokens))):
        m = s.mention_starting(j)
        if m is not None:
            return m.entity if is_organization(m) and s.lower(m.last) in ("would", "will", "is", "was", "has", "had",
                                                                          "plans", "planned", "expects") else None
        if s.lower(j) not in SAID_FILLER and s.lower(j) not in lex.WEEKDAYS:
            return None
    return None


SAID_FILLER = frozenset("on that in a an its statement interview late earlier today yesterday".split())


def public_office(title: str) -> bool:
    """A title of public office ("minister", "governor", "former president"); a bare "president" is a
    firm's too."""
    title = title.lower()
    firms = title.endswith("president") and not title.startswith(("former", "ex-"))
    return bool(lex.PUBLIC_TITLES.search(title)) and not firms


def bare_title_said(s: Sentence, k: int, span: tuple[int, int]) -> bool:
    """", chief executive, said" / ", chief executive, added:" / ", head of strategy, will join": a
    title with no organization set off by commas, then the person's verb."""
    end = span[1]
    if s.lower(k) != "," or span[0] != k + 1 + (s.lower(k + 1) == "the") or s.lower(end) != ",":
        return False  # ", the chief financial officer, said" too
    return s.lower(end + 1) in lex.SPEECH_VERBS or s.lower(end + 1) in SUBJECT_VERBS


def speaker_title_closes(s: Sentence, m, k: int, span: tuple[int, int]) -> bool:
    """"..., said Dana Park, founder, chairman and CEO.": the speaker's titles, with no organization,
    close the sentence (a press release's way of naming its own executives)."""
    if s.lower(m.first - 1) not in lex.SPEECH_VERBS or s.lower(k) != "," or span[0] != k + 1:
        return False  # not "said Kim, the presidential chief of staff"
    if not BUSINESS_TITLE.search(s.text(*span)) or s.lower(span[0]) == "former":
        return False  # not "said Dana Park, analyst."
    return all(s.titles[i] or s.lower(i) in (",", "and", ".", "”", '"') for i in range(span[1], len(s.tokens)))


# Verbs a titled person goes on to as the sentence's subject: ", head of strategy, will join the board".
SUBJECT_VERBS = frozenset("will would has have is was joined joins led leads oversees oversaw cautioned confirmed "
                          "acknowledged conceded insisted predicted declined expects".split())


def second_post(s: Sentence, ctx: DocContext, person: Entity, k: int) -> list[RoleFact]:
    """"Marc Ganzi, CEO of DigitalBridge and vice chairman of Vertical Bridge,": the post after "and"."""
    now = k + 1 + (s.lower(k + 1) in ("now", "currently", "later"))  # "the former CEO of A and now chairman of B"
    span = title_span_at(s, now) if s.lower(k) == "and" else None
    after = organization_after_preposition(s, ctx, span[1]) if span else None
    return [role(s, person, s.text(*span), after[0], 0.8)] if after else []


def its_owner(s: Sentence, ctx: DocContext, k: int, its: int) -> Entity | None:
    """Whose "its" an apposition says: the firm whose title was just given ("Sam Altman, OpenAI's
    chief executive, and Greg Brockman, its president"), else what "its" stands for."""
    before = [m for m in s.mentions if m.last <= k and is_organization(m)]
    if before and role_modifier(s, before[-1]):
        return before[-1].entity
    previous = ctx.previous_subject(s) if not before else None
    return previous or antecedent(s, ctx, its)  # "Broadcom builds Google's TPUs. Hock Tan, its chief executive, told"


def ends_listing(s: Sentence, k: int) -> bool:
    """Whether "Name, title, Employer" ends at token k: a comma, "said", the sentence's end, or
    the next number of a caption ("1. Name, CEO, Zeta International 2. Name, ...")."""
    return k >= len(s.tokens) or s.lower(k) in (",", ";", ".", "said", "says") or s.tokens[k].text.isdigit()


LEADS = {"leads": "head", "heads": "head", "runs": "head", "founded": "founder", "co-founded": "co-founder",
         "cofounded": "co-founder", "chairs": "chair"}
LED = {"led": "head", "headed": "head", "run": "head", "founded": "founder", "co-founded": "co-founder",
       "chaired": "chair"}


def leader_of(s: Sentence, ctx: DocContext, person_mention) -> list[RoleFact]:
    """"Dana Park, who founded Zeta Labs", "Dana Park, who heads Zeta": the verb is the title."""
    k = relative_after(s, person_mention)
    if k is None:
        return []
    j = past_description(s, k + 2 + (1 if s.lower(k + 2) == "the" else 0))  # "who heads the AI startup Neysa"
    org = s.mention_starting(j)
    if org is not None and org.kind == "unknown":
        promote(org, ctx.table, "Company", "led by someone")
    if is_organization(org):
        return [role(s, person_mention.entity, LEADS[s.lower(k + 1)], org.entity, 0.7)]
    a = field_end(s, j) if s.lower(k + 1) in ("heads", "leads", "runs") else None
    at = organization_after_preposition(s, ctx, a) if a is not None and a > j else None
    if at is not None:  # "Maya Lindqvist, who leads hardware at OpenAI"
        return [role(s, person_mention.entity, f"head of {s.text(j, a)}", at[0], 0.6)]
    unit = unit_led(s, j)
    if not unit or s.lower(k + 1) not in ("heads", "leads", "runs"):
        return []
    owner = subject_organization(s, ctx, person_mention.first)  # the sentence's firm, else the article's
    return [role(s, person_mention.entity, f"head of the {unit}", owner, 0.6)] if owner else []


def relative_after(s: Sentence, person_mention) -> int | None:
    """Where "who [also] heads" about the person starts, past an apposition ("Tahnoon, the UAE's
    national security adviser, who also chairs MGX"), or where the person is the verb's subject
    ("Sheikh Tahnoon also chairs MGX"); the "also" is dropped."""
    k = person_mention.last
    if s.lower(k) in LEADS or s.lower(k) in ("also", "now", "currently") and s.lower(k + 1) in LEADS:
        verb = k if s.lower(k) in LEADS else k + 1
        led = s.mention_starting(verb + 1)  # not "leads Mizuho's advisory work": a firm's work, not the firm
        return None if led is not None and s.possessive_at(led.last) else verb - 1  # where "who" would stand
    if s.lower(k) == ",":
        k = next((j for j in range(k + 1, min(k + 12, len(s.tokens)))
                  if s.lower(j) == "who" and s.lower(j - 1) == ","), k + 1)
        if any(is_person(s.mention_starting(j)) for j in range(person_mention.last, k)):
            return None
    if s.lower(k) != "who":
        return None
    if s.lower(k + 1) in ("also", "now", "currently") and s.lower(k + 2) in LEADS:
        k += 1
    return k if s.lower(k + 1) in LEADS else None


UNIT_WORDS = frozenset("division unit business department team group operations arm".split())


def unit_led(s: Sentence, j: int) -> str | None:
    """"who heads the home appliance and air solution division": the unit's words."""
    for k in range(j, min(j + 8, len(s.tokens))):
        if not s.tokens[k].text.islower():
            return None
        if s.lower(k) in UNIT_WORDS:
            return s.text(j, k + 1)
    return None


def led_by(s: Sentence, ctx: DocContext, org_mention) -> list[RoleFact]:
    """"Zeta Labs, led by founder Dana Park", "SoftBank, founded by Masayoshi Son", "Zeta, a
    genomics firm, was co-founded by Dana Park and Lee Min-ho": each person named."""
    k = past_passive_link(s, org_mention.last)
    by = by_after_adjunct(s, k + 1)
    found = founders_after(s, ctx, org_mention, k, by + 1) if s.lower(k) in LED and by is not None else []
    return found or led_after_apposition(s, ctx, org_mention) or led_with_the_next(s, ctx, org_mention)


def led_with_the_next(s: Sentence, ctx: DocContext, org_mention) -> list[RoleFact]:
    """"Both G42 and the state investor MGX are chaired by X": the first of two firms the verb tells of."""
    if s.lower(org_mention.last) != "and":
        return []
    second = next((m for m in s.mentions if org_mention.last < m.first <= org_mention.last + 4 and is_organization(m)),
                  None)
    if second is None or not all(s.tokens[j].text.islower() for j in range(org_mention.last + 1, second.first)) \
            or s.lower(second.last) not in ("are", "were"):
        return []  # not "Microsoft and OpenAI, co-founded by X, signed": the second firm's founders
    return [replace(r, organization=org_mention.entity) for r in led_by(s, ctx, second)]


def led_after_apposition(s: Sentence, ctx: DocContext, org_mention) -> list[RoleFact]:
    """"Humain, launched by the Public Investment Fund and chaired by X,", "Humain, the company unveiled
    by PIF, is chaired by X": the second verb of an apposition about the firm, or the firm's own."""
    if s.lower(org_mention.last) not in (",", "was", "is"):
        return []  # "Humain, launched by ...", "Humain was launched in May and is chaired by X"
    for k in range(org_mention.last + 2, min(org_mention.last + APPOSITION_REACH, len(s.tokens) - 1)):
        acts = is_organization(s.at[k]) and s.at[k].first == k and s.lower(k - 1) not in ("the", "by", "of", "from",
                                                                                           "with", "(")
        if s.lower(k) in (".", ";", "which", "whose", "who", "that") or acts \
                or (s.lower(k) == "," and s.lower(org_mention.last) != ","):
            return []  # a firm acting on its own, or a clause about another ("X was founded in 2019, and its
            # Series B was led by Y"): no apposition about the first one
        if s.lower(k) in LED and s.lower(k - 1) in ("and", "is", "was", ",") and s.lower(k + 1) == "by":
            return founders_after(s, ctx, org_mention, k, k + 2)
    return []


APPOSITION_REACH = 25


def by_after_adjunct(s: Sentence, k: int) -> int | None:
    """Where "by" stands at k or after a short time or place ("founded in 2021 by", "founded in
    2023 in Mumbai by")."""
    for j in range(k, min(k + 7, len(s.tokens))):
        if s.lower(j) == "by":
            return j
        if s.lower(j) in (",", ".", ";") or not (s.lower(j) in ("in", "on", "at") or s.tokens[j].text[0].isupper()
                                                 or s.tokens[j].text[0].isdigit()):
            return None
    return None


BOARD_LINKS = frozenset("join joins joined joining on to of".split())  # "joined the board", "sits on", "member of"


def board_seats(s: Sentence, ctx: DocContext) -> list[RoleFact]:
    """"A will join Zeta's board of directors", "A sits on the board of Zeta", "A is a member of
    the Zeta board": a board member at Zeta."""
    found = []
    for k in (k for k, word in enumerate(s.lowered) if word == "board" and k >= 2):
        org = board_owner(s, ctx, k)
        link = next((j for j in range(k - 1, max(0, k - 5), -1) if s.lower(j) in BOARD_LINKS), None)
        person = person_before(s, link, nearest=False) if org is not None and link is not None else None
        if person is not None and all(m.first < link for m in s.mentions if m.entity is person):
            named = next(m for m in s.mentions if m.entity is person)  # "A and B join the board": each
            found += [role(s, p, "board member", org, 0.6) for p in [person, *people_after(s, ctx, named)]]
    return found


def board_owner(s: Sentence, ctx: DocContext, k: int) -> Entity | None:
    """Whose board the word at k is: "Zeta's board", "the Zeta board", "board (of directors) of Zeta"."""
    j = k + 1 + (2 if s.lower(k + 1) == "of" and s.lower(k + 2) == "directors" else 0)
    before = s.mention_ending(k - 1) if s.possessive_at(k - 1) else s.mention_ending(k)
    owner = before if before is not None else (s.mention_starting(j + 1) if s.lower(j) == "of" else None)
    if owner is not None and owner.kind == "unknown" and owner.entity is None:
        promote(owner, ctx.table, "Company", "has a board")
    return owner.entity if is_organization(owner) else None


def fronted_founders(s: Sentence, ctx: DocContext) -> list[RoleFact]:
    """"Founded in 2023 by A and B, Zeta provides ...": the founders of the firm the clause is about."""
    by = by_after_adjunct(s, 1) if s.lower(0) in LED else None
    subject = next((m for m in s.mentions if by is not None and m.first > by and s.lower(m.first - 1) == ","
                    and is_organization(m)), None)  # the first firm set off by a comma, past the founders
    return founders_after(s, ctx, subject, 0, by + 1) if subject is not None else []


def founders_after(s: Sentence, ctx: DocContext, org_mention, k: int, j: int) -> list[RoleFact]:
    """The people named from j on, each with the post the verb at k gives them at the firm."""
    title, confidence = LED[s.lower(k)], 0.55  # a post named elsewhere says more than "founded"
    span = title_span_at(s, j)
    if span:
        title, j, confidence = s.text(*span), span[1], 0.7
    people, start = [], past_founders_description(s, j)
    sure = org_mention.entity is not None or s.lower(k) in FIRM_VERBS  # an unknown name is no firm "led by" anyone
    person = founder_at(s, start, ctx if sure else None)
    while person is not None:  # "founded by Dr. Lena Ortiz, Dana Park and early investor Lee Min-ho"
        people.append(person)
        end = next(m.last for m in s.mentions if m.entity is person and m.first >= start)
        along = s.lower(end) == "," and s.lower(end + 1) == "along" and s.lower(end + 2) == "with"
        start = end + 3 if along else end + 1 if s.lower(end) in ("and", ",") else None
        described = s.lower(end) == "and" or along  # ", the UAE's national security adviser": no one more
        person = founder_at(s, start, ctx if sure and described else None) if start is not None else None
    if people and org_mention.entity is None and s.lower(k) in FIRM_VERBS:
        promote(org_mention, ctx.table, "Company", "founded by someone")  # "Zeta was founded by Dana Park"
    return [role(s, p, title, org_mention.entity, confidence) for p in people if org_mention.entity is not None]


FIRM_VERBS = frozenset(["founded", "co-founded", "chaired"])  # what only a firm is: "Zeta was founded by Dana Park"


def past_founders_description(s: Sentence, k: int) -> int:
    """"founded by a pair of Harvard dropouts, A and B": where the names start after a short
    description of them ending in a comma."""
    if s.lower(k) not in ("a", "two", "three", "four"):
        return k
    for j in range(k + 1, min(k + 8, len(s.tokens))):
        if s.lower(j) == ",":
            return j + 1
        if s.mention_starting(j) is not None and is_person(s.mention_starting(j)):
            return k
    return k


def founder_at(s: Sentence, k: int, ctx: DocContext | None) -> Entity | None:
    """The person named at k, or after a few words describing them ("Spotify CEO Daniel Ek",
    "early Spotify investor Shakil Khan")."""
    m = s.mention_starting(name_start(s, k))
    alone = m is not None and (m.last >= len(s.tokens) or not s.tokens[m.last].text.islower())
    found = person_at(s, k, ctx if alone else None)  # not "IIT Madras alumnus Aravind Srinivas"
    if found is None and ctx is not None and (s.tokens[k].text.islower() or m is not None):
        found = person_after_description(s, k, None)  # only names already known to be people's
    return found


PASSIVE_LINKS = frozenset("was is were are has been had".split())


def past_passive_link(s: Sentence, k: int) -> int:
    """Where the verb after a firm's name stands, past a comma, a short apposition ending in a
    comma (", a genomics company,") and "was" / "has been"."""
    if s.lower(k) == ",":
        k += 1
        if s.lower(k) in ("a", "an", "the"):
            end = next((j for j in range(k, min(k + 10, len(s.tokens))) if s.lower(j) == "," or s.lower(j) in LED), None)
            k = end + (s.lower(end) == ",") if end is not None else k  # ", a genomics company," / ", the firm founded by"
    while s.lower(k) in PASSIVE_LINKS:
        k += 1
    return k


def title_span_at(s: Sentence, k: int) -> tuple[int, int] | None:
    if not (0 <= k < len(s.tokens) and s.titles[k]):
        return None
    j = k
    while j < len(s.tokens) and (s.titles[j] or joined_title(s, j)):
        j += 1
    return k, j


AGED = re.compile(r"^\d{2}-year-old$")
AGE = re.compile(r"^[2-9]\d$")


def name_start(s: Sentence, k: int) -> int:
    """Where a name at token k starts, past a style, an honorific or an age: "Crown Prince Mohammed
    bin Salman", "Tan Sri Shahril Ridza", "Mr Olfert De Wit", "76-year-old Takeshi Uchiyamada"."""
    if style_starts(s.tokens, k):
        k += 2
    if 0 <= k < len(s.tokens) and (s.tokens[k].text in lex.PERSON_HONORIFICS or AGED.match(s.tokens[k].text)):
        k += 1
    return k


def person_at(s: Sentence, k: int, ctx: DocContext | None = None) -> Entity | None:
    """The person named at token k; with `ctx`, an unknown name of two or more words there
    ("OpenAI's CEO, Sam Altman,") is taken for one."""
    m = s.mention_starting(name_start(s, k))
    if ctx is not None and m is not None and m.kind == "unknown" and len(m.text.split()) >= 2:
        promote(m, ctx.table, "Person", "named after a title")
    return m.entity if is_person(m) else None


def portfolio_before(s: Sentence, k: int, title: str) -> bool:
    """"Commerce Secretary X", "French Finance Minister X": a ministry's office, neither a place's
    nor a firm's."""
    public = public_office(title)
    words = portfolio_words(s, k)
    return bool(public) and any(w in lex.PORTFOLIO_WORDS for w in words) \
        and all(w in lex.PORTFOLIO_WORDS or lex.is_demonym(w) for w in words)  # not "Digital Realty President"


def portfolio_words(s: Sentence, k: int) -> list[str]:
    """The words of the name before token k, or the capitalized words there when no name is."""
    m = s.mention_ending(k)
    if m is not None:
        return m.text.split()
    j = k
    while j > 0 and s.at[j - 1] is None and s.tokens[j - 1].text in lex.PORTFOLIO_WORDS:
        j -= 1
    return [t.text for t in s.tokens[j:k]]


def portfolio_ministry(s: Sentence, ctx: DocContext, k: int) -> Entity | None:
    """"Digital Minister X" in a text that names the Ministry of Digital: that ministry."""
    portfolio = {w.lower() for w in portfolio_words(s, k) if w in lex.PORTFOLIO_WORDS}
    return next((e for e in ctx.table.entities if e.cls == "GovernmentBody"
                 and portfolio <= set(e.label.lower().replace(",", " ").split())), None)


CITY_STATES = frozenset(["Singapore", "Hong Kong", "Macau", "Monaco"])  # cities with a government of their own


def government_before(s: Sentence, ctx: DocContext, k: int, title: str) -> Entity | None:
    """"Georgia Governor Brian Kemp", "U.S. President X": a public office names a government."""
    if not lex.PUBLIC_TITLES.search(title.lower()):
        return None
    m = s.mention_ending(k - 1 if s.possessive_at(k - 1) else k)
    if m is not None and m.kind == "unknown" and not title.lower().endswith("president"):
        promote(m, ctx.table, "Place", "place of a public office")  # a firm has presidents too
    if m is not None and m.entity is not None and administration_of(m.entity, m.text):
        return m.entity  # "Valdoria Gov." after "Valdoria Province signed": the short form of the administration
    if m is None or m.entity is None or not m.entity.is_place or (m.entity.cls == "Region"
                                                                 and title.lower().endswith("president")):
        return None  # a firm's "APAC president"
    if m.entity.cls == "Country" or m.entity.label in CITY_STATES:
        return ctx.government_of(m.entity)
    # a state's or a city's only when the text names it ("Ulsan Mayor X" alone names none): "Government of
    # Ulsan", or the place as it acts ("Ulsan Metropolitan City signed ...", "Gangwon State")
    for form in ADMINISTRATION_NAMES:
        found = ctx.table.find(form.format(m.entity.label))
        if found is not None and administration_of(found, m.entity.label):
            return found
    return None


def administration_of(entity: Entity, place: str) -> bool:
    """Whether an entity is the place's administration by name: "Gangwon State" (not "Ohio State
    University", nor "Iowa City Council")."""
    return entity.cls == "GovernmentBody" and any(normalize(entity.label) == normalize(form.format(place))
                                                  for form in ADMINISTRATION_NAMES)


ADMINISTRATION_NAMES = ("Government of {}", "{} government", "{} Metropolitan City", "{} Province", "{} State",
                        "{} Prefecture", "{} City", "{} County", "{} Provincial Government",
                        "{} Metropolitan Government", "{} County Office")


def organization_before(s: Sentence, ctx: DocContext, k: int) -> Entity | None:
    """"OpenAI's [title]", "Samsung Electronics' [title]", "OpenAI [title]", "Samsung's chip [title]"."""
    k = past_field_words(s, k)
    if s.possessive_at(k - 1):
        k -= 1
    m = s.mention_ending(k)
    if m is not None and m.kind == "unknown":
        promote(m, ctx.table, "Company", "employer")
    return m.entity if is_organization(m) else None


def organization_joined_before(s: Sentence, ta: int, org: Entity) -> list[Entity]:
    """The firm joined by "and" to the one right before a title, the two opening the sentence: "Alphabet and
    Google CEO Sundar Pichai said"."""
    m = s.mention_ending(ta)
    if m is None or m.entity is not org or s.lower(m.first - 1) != "and":
        return []
    other = s.mention_ending(m.first - 1)
    opening = other is not None and s.lower(other.first - 1) in ("", '"', "“")  # not "talks between A and B CEO X"
    return [other.entity] if is_organization(other) and other.entity is not org and opening else []


def past_field_words(s: Sentence, k: int) -> int:
    """Where a title at k starts once a word or two of field or a place between it and an owner's
    possessive are counted in: "Samsung's chip chief", "X's India country manager", "the firm's current CFO"."""
    for gap in (1, 2):
        if not s.possessive_at(k - 1) and k - gap >= 0 \
                and all(s.tokens[k - g].text.islower() or is_place(s.mention_ending(k - g + 1))
                        for g in range(1, gap + 1)) \
                and s.possessive_at(k - gap - 1):
            return k - gap
    return k


def past_native_script(s: Sentence, k: int) -> int:
    """Past "(溫仲凱)" at k, a name written in its own script after its romanization ("analyst Lucas
    Wen (溫仲凱) of Fubon Research"); else k."""
    if s.lower(k) != "(":
        return k
    for j in range(k + 1, min(k + 5, len(s.tokens))):
        if s.tokens[j].text == ")":
            return j + 1 if j > k + 1 else k
        if not NATIVE_SCRIPT.match(s.tokens[j].text):
            return k
    return k


def with_the_one_after(s: Sentence, after: tuple[Entity, int]) -> list[Entity]:
    """The organization a title is of, and the one "and" adds ("chairman of (both) Swire Pacific and Cathay")."""
    also = s.mention_starting(after[1] + 1) if s.lower(after[1]) == "and" else None
    if not is_organization(also) or starts_clause(s, also.last):
        return [after[0]]  # not "chairman of A and B will build": B opens a clause of its own
    return [after[0], also.entity]


def organization_after_preposition(s: Sentence, ctx: DocContext, k: int) -> tuple[Entity, int] | None:
    """"of SK Group" / "at the Lumen Bank" / "for BNI": the organization and the index after it."""
    k = past_native_script(s, k)
    in_owner = s.lower(k) == "in" and is_organization(s.mention_starting(k + 1)) \
        and s.possessive_at(s.mention_starting(k + 1).last)  # "a managing partner in Brookfield's debt group"
    if s.lower(k) not in ("of", "at", "for") and not in_owner:
        return None
    k += 1
    described = described_after(s, ctx, k)
    if described is not None:  # "group CEO of the Toronto-based insurer": the firm the description stands for
        return described
    for _ in range(6):  # "at its alliance partner Mitsubishi Motors", "head of the procurement center at LG"
        place = s.mention_starting(k) if k < len(s.tokens) else None
        if place is not None and place.entity is not None and place.entity.is_place and s.possessive_at(place.last):
            k = place.last + 1  # "of Korea's Hydrogen Convergence Alliance"
            continue
        if place is not None and place.entity is not None and place.entity.is_place and place.last < len(s.tokens) \
                and s.tokens[place.last].text.islower():
            k = place.last  # "a partner at Dubai consultancy Arabian Gulf Advisory"
            continue
        if place is not None and s.lower(place.last) == "-" and s.lower(place.last + 1) == "based":
            k = place.last + 2  # "of the U.S.-based Fuel Cell and Hydrogen Energy Association"
            continue
        if k >= len(s.tokens) or place is not None or not filler_word(s.tokens[k]) or s.tokens[k].text == ",":
            break
        k += 1
    k = past_description(s, k)
    m = s.mention_starting(k)
    if m is not None and s.lower(m.last) == "at" and s.lower(k - 1) == "of":
        at = organization_after_preposition(s, ctx, m.last)
        if at:  # "executive vice president of Innovative Financing Group at IBK": the group is a unit
            return at
    related = s.mention_starting(m.last + 1) if m is not None and s.lower(m.last) in RELATED_FIRMS else None
    if is_organization(related):  # "of Google parent Alphabet", "at Samsung unit Harman": the firm named last
        return related.entity, related.last
    field_end = field_words_end(s, m.last) if m is not None and s.lower(k - 1) == "of" else None
    if field_end is not None:  # "head of TMT research at EFG Hermes": the name is a field's, the firm after "at"
        at = organization_after_preposition(s, ctx, field_end)
        if at:
            return at
    unit_end = division_end(s, m) if m is not None and s.lower(m.first - 1) == "its" else None
    if unit_end is not None:
        owner = antecedent(s, ctx, m.first - 1)  # "head of its Device eXperience (DX) division": the firm's
        return (owner, unit_end) if owner is not None else None
    unit = s.mention_starting(m.last + 1) if m is not None and s.possessive_at(m.last) else None
    if unit is not None and (s.lower(unit.last) in UNIT_WORDS or s.lower(unit.last) in DIVISION_WORDS):
        if unit.kind == "unknown":
            promote(unit, ctx.table, "Company", "a firm's division")
        if is_organization(unit):
            return unit.entity, unit.last + 1  # "of Deutsche Telekom's T-Systems division": the unit
    if m is not None and m.kind == "unknown" and not portfolio_of_office(s, m):
        promote(m, ctx.table, "Company", "employer")
    return (m.entity, m.last) if is_organization(m) else None


RELATED_FIRMS = frozenset("parent owner unit subsidiary affiliate".split())


def field_words_end(s: Sentence, k: int) -> int | None:
    """Where "at" stands after one to three lower-case nouns from token k ("research at", "equity
    sales at"); not after a verb ("said at")."""
    j = k
    while j < min(k + 3, len(s.tokens)) and s.lower(j) != "at" and field_noun(s.tokens[j].text):
        j += 1
    return j if j > k and s.lower(j) == "at" else None


def field_noun(word: str) -> bool:
    return word.isalpha() and word.islower() and not word.endswith("ed") and word not in NO_FIELD_WORDS


# Verbs and small words that end a field: "said at", "CEO of X and additional secretary at Y".
NO_FIELD_WORDS = frozenset("said says told tells speaking spoke speaks added adds noted notes wrote writes "
                           "and or the a an".split())


OFFICES = frozenset("minister secretary commissioner".split())


def portfolio_of_office(s: Sentence, m) -> bool:
    """"Minister of State for Communications Affairs", "Secretary for Foreign Trade": the name after a
    minister's or secretary's "for" is the office's portfolio, no employer."""
    k = m.first - 1 - (s.lower(m.first - 1) == "the")
    return s.lower(k) == "for" and any(s.lower(j) in OFFICES for j in range(max(0, k - 4), k))


DIVISION_WORDS = frozenset("division unit segment department".split())


def division_word(s: Sentence, j: int, m) -> bool:
    """Whether token j names m's kind as a division: "division", or "business" after a name of two words or
    more ("its Grid Technologies business"; "its Harman business" is a firm's)."""
    return s.lower(j) in DIVISION_WORDS or (s.lower(j) == "business" and len(m.text.split()) >= 2)


NEW_FIRM_WORDS = frozenset("new joint proposed combined merged planned future".split())


def described_after(s: Sentence, ctx: DocContext, k: int) -> tuple[Entity, int] | None:
    """"of the Toronto-based insurer", "at the chipmaker": a definite description at k, with no name in
    it, stands for the firm its antecedent is (one named before it, else the one the text is about)."""
    if s.lower(k) != "the":
        return None
    for j in range(k + 1, min(k + 5, len(s.tokens))):
        if s.at[j] is not None or not s.tokens[j].is_word or s.lower(j) in NEW_FIRM_WORDS:
            return None  # "chairman of the new joint venture company": a firm not named yet
        if s.lower(j) in COMPANY_HEADS and not s.possessive_at(j + 1) and s.mention_starting(j + 1) is None \
                and s.lower(j + 1) not in ("at", "of"):  # "of the solutions group at Broadcom": Broadcom's unit
            owner = antecedent(s, ctx, j)
            return (owner, j + 1) if owner is not None else None
    return None


def division_end(s: Sentence, m) -> int | None:
    """Where a unit's name that starts with m ends: "Device Solutions (DS) division", "Device
    eXperience (DX) division", "Data Center and AI Group"; None if m names no unit."""
    if any(division_word(s, j, m) and not s.tokens[j].text[0].isupper()
           for j in range(m.last, min(m.last + 5, len(s.tokens)))):
        return m.last
    nxt = s.mention_starting(m.last + 1) if s.lower(m.last) == "and" else None
    return next((n.last for n in (nxt, m) if n is not None and n.text.split()[-1] in GENERIC_UNIT_ENDS), None)


def past_description(s: Sentence, k: int) -> int:
    """"of IT service provider LG CNS": where the name after a capitalized description starts."""
    if s.mention_starting(k) is not None:
        return k
    for j in range(k, min(k + 4, len(s.tokens) - 1)):
        if s.lower(j) in lex.ORG_CUES and s.mention_starting(j + 1) is not None:
            return j + 1
        if not s.tokens[j].is_word:
            break
    return k


def organization_after_field(s: Sentence, ctx: DocContext, k: int):
    """"head of AI strategy at Naver": past the field of the title to the "at"."""
    at = field_end(s, k)
    return organization_after_preposition(s, ctx, at) if at is not None else None


def field_before_comma(s: Sentence, ta: int, k: int) -> int | None:
    """Where the comma after a title's "of" field is: "head of energy procurement," (lower-case
    words, or capitals like "AI"), the title ending at k ("head of AI" + "infrastructure,")."""
    if s.lower(k) == "of":
        k += 1
    elif "of" not in {s.lower(j) for j in range(ta, k)}:
        return None
    for j in range(k, min(k + 6, len(s.tokens))):
        if s.lower(j) == ",":
            return j if j > k else None
        agent = s.at[j] is not None and s.at[j].entity is not None and s.at[j].entity.is_agent
        word = s.tokens[j].text
        if not (word.islower() or word.isupper() or word in lex.BUSINESS_FUNCTIONS) or agent:
            return None
    return None


def field_end(s: Sentence, k: int) -> int | None:
    """Where the "at" after a title's field ("AI strategy at") is, within a few words."""
    for j in range(k, min(k + 7, len(s.tokens))):
        if s.lower(j) == "at":
            return j
        if s.lower(j) in (",", ".", ";", "said", "says"):
            return None
    return None


CLOSING_QUOTES = frozenset(["’", "”", '"', "'"])


def after_quote(s: Sentence, ta: int) -> bool:
    """Whether the title at ta follows the close of a quotation ("...,’ Chief Executive X said")."""
    return any(s.tokens[j].text in CLOSING_QUOTES for j in range(max(0, ta - 3), ta)) \
        and (s.lower(ta - 1) in CLOSING_QUOTES or s.lower(ta - 1) in (",", "said", "says"))


def unnamed_employer(s: Sentence, ctx: DocContext, title: str) -> Entity | None:
    """Whose a title is when no firm is named before it: the firm the sentence's opening stands for
    ("It is led by CEO X"); a founder's, or a chief's speaking of the money, the firm raising the round told
    ("Vision Fund leads a round in Kumo ... Co-founder and CEO X said"); else the article's."""
    about_the_money = CORPORATE_TITLE.search(title) and ROUND_MONEY.search(s.span.text)
    raiser = ctx.funding_round.raiser if ctx.funding_round is not None and (
        FOUNDER_TITLE.search(title) or about_the_money) else None
    return ctx.opening_reference(s) or raiser or ctx.main_actor()


# What a chief says of the round just told: "CEO X said the money would go to hiring".
ROUND_MONEY = re.compile(r"\b(?:the|new) (?:money|funds|proceeds|capital|funding|cash)\b", re.IGNORECASE)


ATTRIBUTION_VERBS = lex.SPEECH_VERBS | {"confirmed"}  # ", chief executive Rick Tsai has confirmed"


def known_employer(s: Sentence, ctx: DocContext, person: Entity, title: str) -> Entity | None:
    """The firm a well-known person leads ("Lisa Su": AMD), when the title is their post there and
    the text has named the firm so far ("Sam Altman, chairman," of Helion is no post at OpenAI)."""
    known = known_employers().get(person.label)
    if known is None or not post_kinds(title) & known[1]:
        return None
    named = [*ctx.counts, *(m.entity for m in s.mentions if is_organization(m))]
    return next((e for e in named if (w := wellknown().lookup(e.label)) and w.label == known[0]), None)


def post_kinds(title: str) -> set[str]:
    """Which of a firm's top posts a title names: "CEO", "chair", "founder", "president"."""
    return {kind for kind, pattern in POST_KINDS.items() if pattern.search(title)}


POST_KINDS = {"CEO": re.compile(r"\bceo\b|chief executive", re.I), "chair": re.compile("chair", re.I),
              "founder": re.compile("founder", re.I), "president": re.compile(r"(?<!vice )president", re.I)}


def organization_from_context(s: Sentence, ctx: DocContext, k: int, title: str) -> Entity | None:
    """"... - CSO Jason Kwon said": the nearest organization before, for company titles only
    ("Vice Chair and President Brad Smith" is one: a chair is no public office); a founder's or
    chair's is the sentence's opening firm, and so is a speaker's ("It sold ..., CFO X told a briefing")."""
    if lex.PUBLIC_TITLES.search(title.lower()) and not BUSINESS_TITLE.search(title):
        return None
    if s.lower(k - 1) in ("company", "firm") and ctx.main_actor() is not None:
        return ctx.main_actor()  # "..., company spokesman James Wu told a conference": the firm the story is about
    skipped = ("NewsOutlet", "GovernmentBody") if CORPORATE_TITLE.search(title) else ("NewsOutlet",)
    before = [m for m in s.mentions if m.last <= k and is_organization(m) and not role_modifier(s, m)
              and m.entity.cls not in skipped and not (s.lower(m.first - 1) == "the" and modifies_noun(s, m))]
    # a chief executive runs a firm, not "the Korean government", nor "the Meta award"
    opens = bool(before) and (before[0].first <= 2 or before[0].first == dateline_end(s)
                              or after_opening_phrase(s, before[0].first))
    if opens and FOUNDER_TITLE.search(title):
        return before[0].entity  # "SoftBank Group sold its Nvidia stake ... as founder Masayoshi Son ...": the subject's
    attributed = (s.lower(k - 1) == "to" and s.lower(k - 2) == "according") or (
        (s.lower(k - 1) == "," or s.lower(k - 1) == "and" and s.lower(k - 2) == ",")  # ", and CEO X has said"
        and any(s.lower(j) in ATTRIBUTION_VERBS for j in range(k + 1, min(k + attribution_reach(s, k), len(s.tokens)))))
    if opens and attributed and len(coordinated_after(s, before[0], k)) > 1:
        return ctx.main_actor()  # "Meta and Microsoft made up 40% of revenue, CFO X said": the firm the story is about
    if opens and attributed:
        return before[0].entity  # "Orbit signed a lease with Zeta, according to CEO Dana Park" / ", CEO Dana Park said": Orbit's
    opening = ctx.opening_reference(s) if attributed else None
    if opening is not None:
        return opening  # "The Japanese investor also sold ..., CFO Yoshimitsu Goto told a briefing": the investor's
    return before[-1].entity if before else None


def attribution_reach(s: Sentence, k: int) -> int:
    """How far after a title at k its speaker's verb may stand: seven tokens, and past the speaker's name in
    its own script (", Chief Executive Zou Tao (邹涛) told analysts")."""
    bracket = next((j for j in range(k + 1, min(k + 6, len(s.tokens))) if s.lower(j) == "("), None)
    return 7 + (past_native_script(s, bracket) - bracket if bracket is not None else 0)


OFFICIALS = frozenset("officials executives representatives delegates leaders members staff delegation "
                      "officers".split())


def officials_listed(s: Sentence, ta: int) -> Entity | None:
    """The organization of "officials from X, including [title] [name]": the people listed after
    "including" are its officials."""
    k = next((j for j in range(ta - 1, max(-1, ta - 25), -1) if s.lower(j) in ("including", ";")), None)
    if k is None or s.lower(k) != "including":
        return None
    stop = before_brackets(s, k - (s.lower(k - 1) == ","))  # "the Ministry of X (MeitY), including"
    m = s.mention_ending(stop)
    if not is_organization(m):
        return None
    before = m.first - 1 - (s.lower(m.first - 1) == "the")
    return m.entity if s.lower(before) in ("from", "of", "at") and s.lower(before - 1) in OFFICIALS else None


def after_opening_phrase(s: Sentence, k: int) -> bool:
    """Whether token k opens the sentence's main clause after a short phrase and its comma ("To raise cash,
    SoftBank sold ...", "In October, Orbit signed ...")."""
    return 2 <= k <= 7 and s.lower(k - 1) == "," and "," not in s.lowered[:k - 1]


FOUNDER_TITLE = re.compile(r"\b(?:co-?)?founder\b|\bchair", re.I)
CORPORATE_TITLE = re.compile(r"\b(?:chief|c[efto]o|officer|managing)\b", re.I)
BUSINESS_TITLE = re.compile(r"\b(?:chair\w*|chief|ceo|cfo|coo|cto|executive|director|officer|managing)\b", re.I)


def role(s: Sentence, person: Entity, title: str, org: Entity, confidence: float) -> RoleFact:
    status = "completed" if re.match(r"(former|then)\b", title, re.I) else "active"
    title = re.sub(r"^(?:former|then)[ -]", "", title, flags=re.I).strip()
    return RoleFact(person, title, org, status, confidence, [(s.span.start, s.span.end)])
