"""Article text -> draft facts with evidence: the pipeline behind `kg extract`.

Offline and rule-based. Each article is read sentence by sentence: names are found
(gazetteer, well-known names, rules), resolved to one entity per real-world thing, and the
sentence's roles, deals and activities are read with their status, dates and amounts; facts
told twice are merged, and the result is written as a Turtle draft or JSON (draft.py).

>>> from graph.extract.gazetteer import Gazetteer
>>> gaz = Gazetteer([("https://dealgraph.org/id/openai", "OpenAI", True, "Company")])
>>> text = "Acme Robotics Inc. signed a supply agreement with OpenAI on March 3, 2025."
>>> result = extract_texts(gaz, [(Article("a.txt", text, "0" * 64), ArticleMeta(date(2025, 3, 5)))])
>>> [(d.deal_type, [p.label for p in d.parties], d.status, d.date.value) for d in result.docs[0].deals]
[('SupplyAgreement', ['Acme Robotics Inc.', 'OpenAI'], 'signed', '2025-03-03')]
"""

from __future__ import annotations

import gc
import re
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from datetime import date
from pathlib import Path
from urllib.parse import urlparse

from graph.model.errors import InvalidData
from graph.model.urls import is_http_url
from graph.extract import lexicon as lex
from graph.extract.entities import Entity, EntityTable, core_key, normalize
from graph.extract.gazetteer import Gazetteer
from graph.extract.names import find_mentions, title_mask
from graph.extract.readahead import read_ahead
from graph.extract.activities import ActivityFact, find_activities
from graph.extract.cues import cue_matches
from graph.extract.deal import DealFact, unique
from graph.extract import learned_roles, pairs
from graph.extract.relations import find_deals
from graph.extract.roles import RoleFact, find_roles
from graph.extract.sentence import OUTLET_LINES, DocContext, Sentence
from graph.extract.wellknown import other_names, wellknown
from graph.extract.text import (Article, date_stamp, english_share, is_english, page_furniture, patterns_found,
                                 read_article, split_sentences, tokenize)

EXTRACTOR_VERSION = "0.1.0"
# Evidence spans kept per fact: enough to review it, bounded on huge inputs.
MAX_EVIDENCE = 3


@dataclass
class ArticleMeta:
    published: date
    url: str | None = None
    outlet: str | None = None
    title: str | None = None


@dataclass
class DocResult:
    article: Article
    meta: ArticleMeta
    roles: list[RoleFact] = field(default_factory=list)
    deals: list[DealFact] = field(default_factory=list)
    activities: list[ActivityFact] = field(default_factory=list)
    mentioned: list[Entity] = field(default_factory=list)
    outlet: Entity | None = None
    usable: bool = True


@dataclass
class Extraction:
    docs: list[DocResult]
    table: EntityTable
    notes: list[str] = field(default_factory=list)
    known_iris: frozenset[str] = frozenset()


def extract_files(store, paths, *, published: str | None = None, url: str | None = None,
                  outlet: str | None = None, title: str | None = None, today: date | None = None,
                  progress=None, decide_pair=None, decide_role=None) -> Extraction:
    """Read the files and propose facts; bad input raises InvalidData before any work.
    `progress(n)` is called as each n characters of text are read; `decide_pair` and
    `decide_role` judge the pairs and positions the rules left unlinked (pairs.py,
    learned_roles.py; the bundled models unless given)."""
    paths = [Path(p) for p in paths]
    if len(paths) > 1 and (url or title):
        raise InvalidData("--url and --title describe one article; give one FILE with them")
    notes = []
    day = parse_published(published)
    if url is not None and not is_http_url(url):
        raise InvalidData(f"--url {url!r} is not an http(s) URL")
    articles = [read_article(p) for p in paths]
    gazetteer = Gazetteer.from_store(store)
    days = [day or date_stamp(a.text) for a in articles]
    today = today or date.today()
    if None in days:
        notes.append(f"no --published date: relative dates are read against today, {today.isoformat()}")
    items = [(a, ArticleMeta(d or today, url, outlet, title)) for a, d in zip(articles, days)]
    return extract_texts(gazetteer, items, notes, store, progress, decide_pair, decide_role)


def parse_published(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidData(f"--published {text!r} is not a date; use YYYY-MM-DD") from None


def extract_texts(gazetteer: Gazetteer, items, notes: list[str] | None = None, store=None,
                  progress=None, decide_pair=None, decide_role=None) -> Extraction:
    """The extraction for already-read articles, against a gazetteer. Articles are read in
    order, so a short name ("Acme") may refer to a full name ("Acme Robotics Inc.") from an
    earlier article of the batch. With a store, offices and data centres it knows are reused."""
    table = EntityTable()
    notes = notes if notes is not None else []
    docs = []
    judges = (decide_pair or pairs.bundled_model().accepts, decide_role or learned_roles.bundled_model().accepts)
    with collector_paused():
        for index, (article, meta) in enumerate(items):
            doc = DocResult(article, meta, usable=usable(article, notes))
            if doc.usable:
                read_document(doc, index, gazetteer, table, progress or (lambda n: None), judges)
            elif progress:
                progress(len(article.text))
            docs.append(doc)
    result = Extraction(docs, table, notes, frozenset(gazetteer.entities))
    attach_facilities(store, result)
    attach_outlets(gazetteer, result)
    return result


@contextmanager
def collector_paused():
    """Reading makes millions of small objects that live to the end; the cycle collector's full
    passes over them would grow with the square of the text. Counting references frees the rest."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def usable(article: Article, notes: list[str]) -> bool:
    """Empty and non-English texts give an empty draft, with a note saying why."""
    if not article.text.strip():
        notes.append(f"{article.path}: empty text; nothing extracted")
        return False
    if not is_english(article.text):
        share = english_share(article.text) or 0.0
        notes.append(f"{article.path}: does not look like English ({share:.0%} common English words); nothing extracted")
        return False
    return True


# E-mail and web addresses, whose lowercase words are no evidence that a word is an ordinary one
# ("minji.park@ser.co.kr" does not make "Park" in "Park Ji-yeon" the noun).
# Matched from a word's start only, so that a long run of letters costs linear time.
ADDRESS = re.compile(r"(?<!\S)(?:[^\s@]*@|\S*(?:https?://|www\.))\S*")


def read_document(doc: DocResult, index: int, gazetteer: Gazetteer, table: EntityTable, progress,
                  judges) -> None:
    """Names, then facts, a block of sentences at a time: an article is one block; a huge
    text is read in blocks so that memory stays bounded (only the facts are kept)."""
    text = doc.article.text
    lowercase_words = frozenset(m.group() for m in re.finditer(r"\b[a-z][a-z'-]*", ADDRESS.sub(" ", text)))
    spans = split_sentences(text)
    ctx = DocContext(doc.meta.published, table, gazetteer=gazetteer)
    ctx.outlet = outlet_named_above(doc, gazetteer, table, spans)
    mentioned: dict[int, Entity] = {}
    seen: dict[str, int] = {}
    done = 0
    ctx.furniture = {i for i, span in enumerate(spans) if page_furniture(span.text)}  # skipped, yet no gap
    firsts = range(0, len(spans), BLOCK_SENTENCES)
    blocks = [[(i, span) for i, span in enumerate(spans[first:first + BLOCK_SENTENCES], start=first)
               if not repeated(span.text, seen) and i not in ctx.furniture] for first in firsts]
    read_block = partial(read_sentences, gazetteer=gazetteer, lowercase_words=lowercase_words)
    for first, sentences in zip(firsts, read_ahead(read_block, blocks, partial(read_block, ahead=True))):
        resolve_mentions(sentences, index, gazetteer, table)
        find_facts(doc, sentences, ctx, judges)
        for s in sentences:
            for m in s.mentions:  # a unit the store knows as an office counts where a fact names it
                if m.entity is not None and m.entity.is_agent and m.cue != UNIT_CUE:
                    mentioned.setdefault(id(m.entity), m.entity)
        read = len(text) if first + BLOCK_SENTENCES >= len(spans) else spans[first + BLOCK_SENTENCES].start
        progress(read - done)
        done = read
    if not spans:
        progress(len(text))
    doc.mentioned = list(mentioned.values())


# Sentences read at once: far more than an article has, few enough to bound memory.
BLOCK_SENTENCES = 5000


def repeated(text: str, seen: dict[str, int], keep: int = 3) -> bool:
    """A sentence met `keep` times already (boilerplate, a repeated footer): it states nothing new."""
    count = seen.get(text, 0)
    seen[text] = count + 1
    return count >= keep


def read_sentences(spans, gazetteer: Gazetteer, lowercase_words, ahead: bool = False) -> list[Sentence]:
    """Tokens, titles and names of (index, span) pairs; read `ahead` in the second process, also
    the answers about each sentence's text that the facts pass, the slower one, would work out."""
    sentences = []
    for index, span in spans:
        tokens = tokenize(span.text, span.start)
        if tokens:
            titles = title_mask(tokens, span.text, span.start)
            mentions = find_mentions(tokens, gazetteer, lowercase_words, titles)
            found = patterns_found(span.text) if ahead else None
            sentences.append(Sentence(index, span, tokens, mentions, titles=titles, found=found))
            if ahead:
                sentences[-1].cache.update(cues=cue_matches(sentences[-1]))
    return sentences


def shorten_legal_names(mentions) -> None:
    """"SoftBank Corp. has signed ... SoftBank plans": a known name that a firm the text named first
    with a legal form shortens is that firm, unless the text also names the known one in another way."""
    legal = {}
    for m in mentions:
        if m.kind == "rule" and m.cls in lex.ORGANIZATION_CLASSES and core_key(m.text) != normalize(m.text):
            legal.setdefault(core_key(m.text), m)
    named = {}
    for m in mentions:
        if m.kind == "known":
            named.setdefault(m.iri, set()).add(normalize(m.text))
    for m in mentions:
        longer = legal.get(normalize(m.text)) if m.kind == "known" else None
        if longer is not None and longer.position < m.position and len(named[m.iri]) == 1:
            m.kind, m.cls, m.rank, m.iri = "rule", longer.cls, longer.rank, None


def resolve_mentions(sentences: list[Sentence], doc_index: int, gazetteer: Gazetteer, table: EntityTable) -> None:
    """Known names first (a one-word alias of a person only next to the full name), then
    typed new names. Short forms ("Acme") are linked sentence by sentence later, once
    earlier sentences have named their parties."""
    mentions = [m for s in sentences for m in s.mentions]
    for s in sentences:
        for m in s.mentions:
            m.position = (doc_index, s.index, m.first)
    full = {m.iri for m in mentions if m.kind == "known" and not m.weak}
    shorten_legal_names(mentions)
    for m in mentions:
        if m.kind == "known" and unit_name(m.text, gazetteer.entities[m.iri], gazetteer):
            m.kind, m.cls, m.rank, m.cue = "rule", "Company", 3, UNIT_CUE
        elif m.kind == "known" and (not m.weak or m.iri in full):
            known = gazetteer.entities[m.iri]
            m.entity = table.add_known(m.iri, known.label, known.cls, m.text)
            if m.acronym:
                table.add_alias(m.entity, m.acronym)
        elif m.kind == "known":
            m.kind, m.cls, m.iri = "unknown", None, None
    # Names that define an abbreviation first: "TEL" before "Tokyo Electron Limited (TEL)" is it.
    defined = {(m.position[:2], m.last, m.acronym): m for m in mentions if m.acronym}
    for m in sorted((m for m in mentions if m.kind == "rule"), key=lambda m: not m.acronym):
        definer = defined.get((m.position[:2], m.first - 1, m.text)) if m.canonical else None
        if definer is not None and definer.entity is not None:
            m.entity = definer.entity  # "the Sakura-Equator Cable (SEC)": the text's SEC, not the regulator
            continue
        m.entity = table.add_new(m.text, m.cls, m.rank, base_words=m.base_words, position=m.position,
                                 canonical=m.canonical)
        if m.acronym:
            table.add_alias(m.entity, m.acronym)
        if m.canonical:
            table.add_forms(m.entity, other_names(m.canonical))
            label = wellknown().entities[m.canonical].label
            if normalize(m.text).startswith(normalize(label) + " "):  # "Yonhap news agency" names Yonhap too
                table.add_alias(m.entity, label)
    for s in sentences:
        for named, alias in known_as(s):
            if named.entity is None:  # "the Public Sector Pension Investment Board, known as PSP Investments"
                named.entity = alias.entity
                table.rename(alias.entity, named.text)
                if not alias.entity.known:  # the store's label stays the store's
                    alias.entity.aliases.setdefault(alias.entity.label, None)
                    alias.entity.label = named.text
            else:
                former = alias.entity
                table.rename(named.entity, alias.text)
                renamed = {s.lower(k) for k in range(named.last, alias.first)} & {"formerly", "previously", "known"}
                if former is not named.entity and not former.known and former.is_organization \
                        and named.entity.is_organization and renamed:  # "Hitachi Zosen" said later: Kanadevia
                    table.absorb(named.entity, former)
                    redirect(mentions, {id(former): named.entity})
                alias.entity = named.entity
    for s in sentences:  # "Sheikh Tahnoon bin Zayed", "U.S. Commerce Department", "The Carlyle Group": as written in full
        for m in s.mentions:
            prefix = s.tokens[m.first - 1].text if m.first > 0 else ""
            opening_the = m.first == 1 and prefix == "The"  # a sentence's first word, no part of the name
            if m.entity is not None and prefix in NAME_PREFIXES.get(m.entity.cls, ()) and not opening_the:
                table.add_alias(m.entity, f"{prefix} {m.text}")


KNOWN_AS = frozenset(["known", "called", "dubbed"])


def known_as(s: Sentence):
    """(name, other name) pairs the sentence equates: "Hon Hai, known as Foxconn", "the Public
    Sector Pension Investment Board, known as PSP Investments", "X (also known as Y)", "Kanadevia,
    formerly called Hitachi Zosen,", "X (formerly Y)", "Meta, then known as Facebook,"."""
    for m in s.mentions:
        k = m.last + (1 if s.lower(m.last) in (",", "(") else 0)
        formerly = s.lower(k) in ("formerly", "previously")
        k += 1 if s.lower(k) in ("also", "formerly", "previously", "officially", "formally", "then", "better",
                                 "commonly", "widely") else 0
        if formerly and s.mention_starting(k) is not None:
            k -= 1  # "X (formerly Y)": the name right after
        elif s.lower(k) not in KNOWN_AS or (s.lower(k) == "known" and s.lower(k + 1) != "as"):
            continue
        other = s.mention_starting(k + (2 if s.lower(k) == "known" else 1))
        if other is None or other.entity is None or other.entity is m.entity or not other.entity.is_agent:
            continue
        if s.lower(k) in ("called", "dubbed") and s.lower(other.last) not in (",", ")", ".", ";", ""):
            continue  # "Lisa Su called Naver 'one of the most advanced'": a verb, no other name
        if (m.entity is None and m.kind == "unknown") or (m.entity is not None and m.entity.is_agent):
            yield m, other


UNIT_CUE = "a unit named after a place"
# Words written as part of a full name: a person's style (unlike "Mr" or "Dr"), a department's country.
NAME_PREFIXES = {
    "Person": frozenset("Sheikh Sheikha Prince Princess Emir Sultan".split()),
    "GovernmentBody": frozenset("U.S. US UK U.K. EU".split()),
    **dict.fromkeys(("Company", "Bank", "BusinessGroup", "Organization"), frozenset(["The"])),  # "The Carlyle Group"
}


def unit_name(text: str, known, gazetteer: Gazetteer) -> bool:
    """"OpenAI Korea", which the store knows as OpenAI's Seoul office: in news, the unit is
    a firm of its own (a party, an employer), so the name is an organization's and a place's."""
    if known.is_agent or known.cls in lex.PLACE_CLASSES:
        return False
    words = text.split()
    for cut in range(1, len(words)):
        head, tail = gazetteer.lookup(" ".join(words[:cut])), " ".join(words[cut:])
        place = gazetteer.lookup(tail)
        if head is not None and head.is_agent and (tail in lex.PLACES or place is not None and place.cls in lex.PLACE_CLASSES):
            return True
    return False


def acts_alone(s: Sentence, m) -> bool:
    """"..., Tim has made an impact", "X thanked Emad for ...": a name that is a clause's subject
    (after a comma or at the start, a verb after it) or a verb's object may be a person's given
    name; "a deal with Grace, a startup" is not."""
    before = s.lower(m.first - 1) if m.first > 0 else ""
    after = s.tokens[m.last].text if m.last < len(s.tokens) else ""
    verbs_object = before.endswith("ed") and s.tokens[m.first - 1].text.islower() and after in ("for", "and", ".", ",")
    return before in ("", ",", "“", '"') and after[:1].islower() or verbs_object


def named_with_opening(s: Sentence, m, ctx: DocContext) -> Entity | None:
    """"Campus IA is in talks ...": a sentence's first word, read as an ordinary one ("campus"),
    that with the name after it makes a name the text wrote whole elsewhere ("called Campus IA")."""
    if m.first != 1 or not s.tokens[0].is_capitalized:
        return None
    entity = ctx.table.find(f"{s.tokens[0].text} {m.text}")
    return entity if entity is not None and entity.is_agent else None


def find_facts(doc: DocResult, sentences: list[Sentence], ctx: DocContext, judges) -> None:
    """Positions, deals and activities of the sentences, merged into the document's; then the
    partners and positions the rules left unlinked, as the learned models (`judges`) judge them."""
    decide_pair, decide_role = judges
    for s in sentences:
        for m in s.mentions:  # names that earlier sentences showed to be parties
            if m.kind == "unknown" and m.entity is None:
                m.entity = ctx.table.link(m.text, m.position, given=acts_alone(s, m)) or named_with_opening(s, m, ctx)
        doc.roles += find_roles(s, ctx)
        doc.deals += find_deals(s, ctx)
        doc.activities += find_activities(s, ctx)
        ctx.count(s)
    lone_names_as_people(doc, sentences, ctx)
    doc.deals += pairs.learned_deals(sentences, doc.deals, ctx, decide_pair)
    doc.roles += learned_roles.learned_roles(sentences, doc.roles, ctx, decide_role)
    doc.roles = merge_roles(doc.roles)
    doc.deals = merge_deals(doc.deals)
    doc.activities = merge_activities(doc.activities)


def redirect(mentions, absorbed: dict[int, Entity]) -> None:
    """Mentions of entities another absorbed (by id) now name that other one."""
    for m in mentions:
        m.entity = absorbed.get(id(m.entity), m.entity)


def lone_names_as_people(doc: DocResult, sentences: list[Sentence], ctx: DocContext) -> None:
    """"Huang seals deals with Samsung" in a headline, before "Nvidia CEO Jensen Huang", or "the
    board has worked with Ivan" after "Ivan Glasenberg will retire": the lone name a deal's slot
    made a firm is the person the text names in full, and the deals are his employer's (but "a
    deal with Dana, a Seoul startup" is with a firm)."""
    people = people_by_lone_name(sentences)
    described = {id(m.entity) for s in sentences for m in s.mentions
                 if s.lower(m.last) == "," and s.lower(m.last + 1) in ("a", "an", "the")}
    found = {id(party): (party, people[party.label]) for deal in doc.deals for party in deal.parties
             if party.rank == 0 and not party.known and party.label in people and id(party) not in described}
    if not found:
        return
    for party, person in found.values():
        ctx.table.absorb(person, party)
    redirect((m for sentence in sentences for m in sentence.mentions), {key: person for key, (_, person) in found.items()})
    employer = {key: ctx.employer.get(person) for key, (_, person) in found.items()}

    def employers(entities):  # a person with no employer named is no party
        return [p for e in entities if (p := employer.get(id(e), e)) is not None]

    for deal in doc.deals:
        deal.parties = unique(employers(deal.parties))
        deal.roles = {k: employers(v) for k, v in deal.roles.items()}
    doc.deals = [d for d in doc.deals if len(d.parties) >= 2]


def people_by_lone_name(sentences: list[Sentence]) -> dict[str, Entity]:
    """Each person the text names in full, by the given or family name that may stand for them
    alone ("Ivan", "Huang"); a name two people share stands for neither."""
    people, named = {}, Counter()
    persons = {id(m.entity): m.entity for s in sentences for m in s.mentions
               if m.entity is not None and m.entity.cls == "Person" and " " in m.entity.label}
    for person in persons.values():
        for name in {person.label.split()[0], person.label.split()[-1]}:
            people[name] = person
            named[name] += 1
    return {name: person for name, person in people.items() if named[name] == 1}


# ---------------------------------------------------------------- merging facts


def add_evidence(into, other) -> None:
    for span in other.evidence:
        if span not in into.evidence and len(into.evidence) < MAX_EVIDENCE:
            into.evidence.append(span)


def merge_roles(roles: list[RoleFact]) -> list[RoleFact]:
    """One position per person and organization; the most confident reading's title."""
    merged: dict[tuple[int, int], RoleFact] = {}
    for r in roles:
        key = (id(r.person), id(r.organization))
        if key not in merged:
            merged[key] = r
            continue
        kept = merged[key]
        if r.confidence > kept.confidence:
            kept.title, kept.confidence = r.title, r.confidence
        add_evidence(kept, r)
    return list(merged.values())


def merge_deals(deals: list[DealFact]) -> list[DealFact]:
    """Same parties and type: one deal, once a firm named by its short and its full name is named
    by the full one. A generic partnership between parties that also have a specific deal (an
    integration, an MoU) is that deal; a deal whose parties all belong to a larger deal of the
    same type, or a generic partnership of some of them, is part of it."""
    merged: list[DealFact] = []
    by_parties: dict[frozenset[int], list[DealFact]] = {}
    for deal in deals:
        deal.parties[:] = without_short_names(deal.parties)
        if not deal.parties:
            continue
        same = by_parties.setdefault(parties_of(deal), [])
        home = next((m for m in same if same_kind(m, deal)), None)
        if home is None:
            same.append(deal)
            merged.append(deal)
        else:
            absorb(home, deal)
    larger_with: dict[int, list[DealFact]] = {}  # party -> the deals of three or more it is in
    for d in merged:
        if len(d.parties) > 2:
            for p in d.parties:
                larger_with.setdefault(id(p), []).append(d)
    return [d for d in merged if not any(o is not d and part_of(d, o) for o in larger_with.get(id(d.parties[0]), ()))]


def without_short_names(parties: list[Entity]) -> list[Entity]:
    """"Lotte" and "Lotte Duty Free", "Wells Capital" and "Wells Capital Management": a name and
    its own extension are one family, not two sides of a deal, so a deal keeps the longer name
    ("Crusoe" and "Crusoe Energy Systems" in one round of eight) and is none with fewer than two."""
    keys = [normalize(p.label) + " " for p in parties]
    shorter = {a for a in keys for b in keys if a != b and b.startswith(a)}
    kept = [p for p, key in zip(parties, keys) if key not in shorter]
    return kept if len(kept) >= 2 or not shorter else []


def parties_of(deal: DealFact) -> frozenset[int]:
    return frozenset(id(p) for p in deal.parties)


def same_kind(a: DealFact, b: DealFact) -> bool:
    return a.deal_type == b.deal_type or "Partnership" in (a.deal_type, b.deal_type)


def absorb(home: DealFact, other: DealFact) -> None:
    """One deal told twice: the specific type, the furthest status, the first date."""
    if home.deal_type == "Partnership" and other.deal_type != "Partnership":
        home.deal_type, home.roles, home.subject = other.deal_type, other.roles, other.subject
    if further_along(other.status, home.status):
        home.status, home.date = other.status, other.date or home.date
    home.date = home.date or other.date
    home.roles = home.roles or other.roles
    home.confidence = max(home.confidence, other.confidence)
    home.reported_by = home.reported_by or other.reported_by
    home.amounts = {**other.amounts, **home.amounts}
    add_evidence(home, other)


def further_along(status: str, than: str) -> bool:
    """True when status (a local name, 'inDiscussion') comes after `than` in the ontology's scheme."""
    from graph.answers.vocabulary import rank_by_name

    ranks = rank_by_name()
    return ranks[status] > ranks[than]


def part_of(small: DealFact, big: DealFact) -> bool:
    if small.deal_type not in (big.deal_type, "Partnership") or not parties_of(small) < parties_of(big):
        return False  # a generic partnership of some of a larger deal's parties restates it
    add_evidence(big, small)
    return True


def merge_activities(activities: list[ActivityFact]) -> list[ActivityFact]:
    merged: dict[tuple, ActivityFact] = {}
    for a in activities:
        key = (a.activity_type, id(a.agent), id(a.place))
        if key in merged:
            home = merged[key]
            add_evidence(home, a)
            if further_along(a.status, home.status):
                home.status, home.date = a.status, a.date or home.date
            home.date = home.date or a.date
        else:
            merged[key] = a
    return list(merged.values())


# ---------------------------------------------------------------- store look-ups


def attach_facilities(store, result: Extraction) -> None:
    """An activity's facility: the store's (same class, place and agent) or a new one."""
    import pyoxigraph as ox

    from graph.model.namespaces import DG
    from graph.query.sparql import run

    for doc in result.docs:
        for a in doc.activities:
            rows = []
            if store is not None and a.agent.known and a.place.known:
                rows = list(run(store, "extract-facility", {
                    "agent": ox.NamedNode(a.agent.iri), "place": ox.NamedNode(a.place.iri),
                    "class": ox.NamedNode(DG[a.facility_class])}))
            a.facility = known_facility(result.table, rows[0]["facility"].value) if rows else new_facility(result.table, a)


def known_facility(table: EntityTable, iri: str) -> Entity:
    return table.by_iri.get(iri) or table.add_known(iri, iri.rsplit("/", 1)[-1], "Facility", "")


def new_facility(table: EntityTable, a: ActivityFact) -> Entity:
    what = "office" if a.facility_class == "Office" else "data centre"
    label = f"{a.agent.label} {what} in {a.place.label}"
    found = table.find(label)
    return found if found is not None else table.add_new(label, a.facility_class, rank=5)


def outlet_named_above(doc: DocResult, gazetteer: Gazetteer, table: EntityTable, spans) -> Entity | None:
    """The outlet the caller gave, when one of the page's first lines is its name (over a byline such
    as "Ava Lindqvist, Senior Reporter"): the outlet its reporters write for."""
    name = doc.meta.outlet
    if not name or not any(names_the_page(span.text, name) for span in spans[:OUTLET_LINES]):
        return None
    return outlet_entity(name, gazetteer, table)


def names_the_page(line: str, name: str) -> bool:
    """"Grid Ledger", or the masthead "Grid Ledger | Nuclear" with the page's sections after a bar."""
    first = line.split(" | ")[0].strip()
    return first in (name, name.removeprefix("The "))


def outlet_entity(name: str, gazetteer: Gazetteer, table: EntityTable) -> Entity:
    """The outlet of this name: a known one, or a new dg:NewsOutlet."""
    entity = gazetteer.lookup(name)
    if entity:
        return table.add_known(entity.iri, entity.label, entity.cls, name)
    bare = name.removeprefix("The ")  # named in the text without "The"
    outlet = table.find(name) or table.find(bare) or table.add_new(name, "NewsOutlet", rank=5)
    table.add_forms(outlet, [bare])  # the page's "The Tokyo Business Tribune", the text's "Tokyo Business Tribune"
    if len(name) > len(outlet.label) and not outlet.known:
        outlet.aliases.setdefault(outlet.label, None)
        outlet.label = name
    return outlet


def attach_outlets(gazetteer: Gazetteer, result: Extraction) -> None:
    """Each article's outlet: a known one by name, or a new dg:NewsOutlet."""
    for doc in (d for d in result.docs if d.usable):
        name = doc.meta.outlet or outlet_from_url(doc.meta.url)
        if not name:
            name = "Unknown outlet"
            result.notes.append(f"{doc.article.path}: no --outlet given; the draft names an 'Unknown outlet' "
                                "(edit it before `kg add`)")
        doc.outlet = outlet_entity(name, gazetteer, result.table)
        if doc.outlet not in doc.mentioned and names_itself(doc.article.text, doc.outlet):
            doc.mentioned.append(doc.outlet)  # "Silicon Ledger research desk": the outlet is named in the text


def names_itself(text: str, outlet: Entity) -> bool:
    """Whether the text names the outlet as a whole word: its name, or without "The" when more
    than one word is left ("Zeta Business Chronicle"; "The Information" only with its "The")."""
    names = [n[4:] if n.startswith("The ") and " " in n[4:] else n for n in (outlet.label, *outlet.aliases)]
    return any(re.search(r"\b" + re.escape(n) + r"\b", text) for n in names if n)


def outlet_from_url(url: str | None) -> str | None:
    if not url:
        return None
    host = urlparse(url).netloc.lower()
    return host[4:] if host.startswith("www.") else host or None
