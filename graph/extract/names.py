"""Names in a sentence: the store's names and aliases (the gazetteer), then rules for the rest.

Matching is token by token through a prefix index, so a text is read once whatever the
size of the graph. A run of capitalized words the store does not know is typed by rules:
its last word ("Inc.", "Bank", "Group", "Party"), a title before it ("CEO Dana Park"), a
cue word before it ("chipmaker Zeta", "Seoul-based Zeta"), or how it is cited ("according to
Zeta News"). Runs no rule types stay "unknown": they may still be a short form of a name
seen elsewhere ("Acme" for "Acme Robotics Inc."), or a party where a deal pattern expects one.

>>> from graph.extract.text import tokenize
>>> gaz = Gazetteer([("dgr:sk", "SK Group", True, "BusinessGroup"), ("dgr:sk", "SK", False, "BusinessGroup")])
>>> [(m.text, m.kind, m.cls) for m in find_mentions(tokenize("SK and SK Hynix signed a deal with Lumen Bank."), gaz)]
[('SK', 'known', 'BusinessGroup'), ('SK Hynix', 'rule', 'Company'), ('Lumen Bank', 'rule', 'Bank')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import takewhile

from graph.extract import lexicon as lex
from graph.answers.resolve import normalize
from graph.extract.gazetteer import Gazetteer
from graph.extract.text import Token
from graph.extract.wellknown import FAMILY_NAMES, GIVEN_NAMES, WELLKNOWN_RANK, other_names, product_makers, wellknown


@dataclass
class Mention:
    """A name in a sentence: token range [first, last) and character offsets into the text."""

    first: int
    last: int
    start: int
    end: int
    text: str
    kind: str  # "known" (the store's), "rule" (typed by a rule) or "unknown"
    cls: str | None = None
    iri: str | None = None
    cue: str = ""
    weak: bool = False  # a one-word alias of a known person ("Kwon"), trusted only near the full name
    rank: int = 0  # how strong the evidence for cls is
    base_words: int = 0  # words of a known name this one extends ("SK" in "SK Hynix")
    acronym: str | None = None  # "Amazon Web Services (AWS)"
    canonical: str | None = None  # a well-known entity's key: its other names are the same entity
    position: tuple = ()  # (document, sentence, token) in the batch
    entity: object = field(default=None, repr=False)


# ---------------------------------------------------------------- finding mentions


def find_mentions(tokens: list[Token], gazetteer: Gazetteer, lowercase_words=frozenset(),
                  titles: list[bool] | None = None) -> list[Mention]:
    """Known names, then typed and unknown runs of capitalized words, in text order."""
    titles = title_mask(tokens) if titles is None else titles
    known = [m for m in known_mentions(tokens, gazetteer, titles)  # not the exchange of "(SSE: COLBUN)"
             if not (m.first > 0 and tokens[m.first - 1].text == "(" and ticker_end(tokens, m.first - 1))]
    if is_headline(tokens, lowercase_words) and not signed_line(tokens, next_after_by(tokens)):
        return known  # a headline's capitals say nothing; a byline's do ("date 2024-02-27 By Jane Lee")
    covered = [None] * len(tokens)
    for m in known:
        covered[m.first:m.last] = [m] * (m.last - m.first)
    for m in known:
        if place_in_brackets(tokens, m.last, covered):  # "OCBC Bank (Malaysia) Bhd", "OCBC Bank (Malaysia),": a unit's name
            covered[m.first:m.last] = [None] * (m.last - m.first)
        if m.weak and m.first > 0 and tokens[m.first - 1].text in GIVEN_NAMES and covered[m.first - 1] is None:
            covered[m.first:m.last] = [None] * (m.last - m.first)  # "Daniel Kwon": someone else than "Kwon" the store knows
    runs = name_runs(tokens, covered, titles, lowercase_words)
    mentions = [m for m in known if not any(r.first <= m.first < r.last for r in runs)]
    for m in mentions:  # "Tokyo Electron Limited (TEL)": the abbreviation of a known name too
        m.acronym = acronym_after(tokens, m.last)
    mentions += [typed_run(tokens, r, titles) for r in runs if not news_desk(tokens, r)]
    mentions = sorted((m for m in mentions if m is not None and not ordinary_words(tokens, m, lowercase_words)),
                      key=lambda m: m.first)
    type_coordinated(tokens, mentions, titles)
    return mentions


def ordinary_words(tokens, m: Mention, lowercase_words) -> bool:
    """"the Tender Offer", "the Second Request", "(Open RAN)": words no rule typed, after "the" or
    opening a sentence or a bracket, each of which the text also writes in lower case, are a defined
    term or a heading, no name (an acronym is a name: "SWIFT")."""
    words = [w for w in m.text.split() if w not in lex.NAME_JOINERS]
    before = tokens[m.first - 1].text if m.first > 0 else ""
    placed = before.lower() == "the" or before in ("", "(", "“", '"', ":")
    return m.kind == "unknown" and placed and bool(words) \
        and all(w.lower() in lowercase_words and not w.isupper() for w in words)


LIST_GLUE = {(",",), ("and",), (",", "and"), ("&",), ("or",)}
PLACE_WORDS = frozenset("in at from near across outside inside to into".split())


def news_desk(tokens, run) -> bool:
    """"By Dana Park, ET Bureau", "ET Bureau | The Economic Times": an outlet's desk signing a story, no body."""
    if tokens[run.last - 1].text not in ("Bureau", "Desk") or run.last - run.first > 3:
        return False
    return (run.first > 0 and tokens[run.first - 1].text == "," and run.last == len(tokens)) \
        or (run.first == 0 and (run.last == len(tokens) or tokens[run.last].text == "|"))


def ends_list(tokens, glue: tuple, b: Mention) -> bool:
    """Whether "and" or "or" joins b to the name before it or to the next: a list, not "In Canada, Bell Canada"."""
    after = tuple(t.lower for t in tokens[b.last:b.last + 2])
    return "and" in glue or "or" in glue or after[:1] in (("and",), ("or",)) or after in ((",", "and"), (",", "or"))


def listed_after_place_word(tokens, mentions: list[Mention], m: Mention) -> bool:
    """Whether m is a place that "in" or "near" opens inside the sentence, or that follows such a place in
    a list (not "In Jakarta, A and B said": the setting, then the subject)."""
    while m.first > 0 and tokens[m.first - 1].lower not in PLACE_WORDS:
        before = next((x for x in mentions if x.last < m.first and x.cls in lex.PLACE_CLASSES
                       and tuple(t.lower for t in tokens[x.last:m.first]) in LIST_GLUE), None)
        if before is None:
            return False
        m = before
    return m.first > 1


def type_coordinated(tokens, mentions: list[Mention], titles: list[bool]) -> None:
    """"Nokia, Fujitsu and MasOrange": an unknown name listed beside organizations is one; "in Turin,
    Poissy and Auburn Hills": one listed after a place is a place."""
    for ordered in (mentions, mentions[::-1]):
        for a, b in zip(ordered, ordered[1:]):
            first, second = (a, b) if a.first < b.first else (b, a)
            glue = tuple(t.lower for t in tokens[first.last:second.first])
            if glue in LIST_GLUE and a is first and a.cls in lex.PLACE_CLASSES and b.kind == "unknown" \
                    and ends_list(tokens, glue, b) and listed_after_place_word(tokens, mentions, a):
                b.kind, b.cls, b.cue, b.rank = "rule", "City", "listed with places", 1
            if glue not in LIST_GLUE or tokens[first.first - 1].lower in PLACE_WORDS and first.first > 0:
                continue  # "in Seoul, OpenAI's": a place, not a listed firm
            if a.last < len(tokens) and titles[a.last]:
                continue  # "including Son and Vodafone Group CEO Arun Sarin": Vodafone qualifies a title
            if a.cls in lex.ORGANIZATION_CLASSES and b.kind == "unknown":
                b.kind, b.cls, b.cue, b.rank = "rule", "Company", "listed with organizations", 1
            elif a.cls == "Product" and a.cue == DEVICE_CUE and b.kind == "unknown":
                b.kind, b.cls, b.cue, b.rank = "rule", "Product", "listed with devices", 1


def title_mask(tokens: list[Token], text: str | None = None, base: int = 0) -> list[bool]:
    """Which tokens belong to a job title ("chief strategy officer", "CEO", "chairman").
    `text` is the sentence the tokens come from, starting at offset `base`."""
    mask = [False] * len(tokens)
    if not any(t.lower in lex.TITLE_HEADS or "-" in t.lower and t.lower.split("-")[-1] in lex.TITLE_HEADS
               for t in tokens):
        return mask
    if text is None:
        text, base = sentence_text(tokens)
    starts = {t.start - base: k for k, t in enumerate(tokens)}
    for match in lex.TITLE_PATTERN.finditer(text):
        k = starts.get(match.start())
        if k and tokens[k - 1].text in GIVEN_NAMES and tokens[k].text.istitle() and tokens[k].end - base == match.end():
            continue  # "Jeff Dean", "Ann Mayor": a family name
        while k is not None and k < len(tokens) and tokens[k].start - base < match.end():
            mask[k] = True
            k += 1
    byline_title(tokens, mask)
    listed_portfolio(tokens, mask)
    return mask


def listed_portfolio(tokens: list[Token], mask: list[bool]) -> None:
    """"Minister of Trade, Industry and Energy Ahn Duk-geun", "Minister for Electronics and IT Ashwini
    Vaishnaw", "Minister of Digitalisation and Public Governance,": the fields a minister's title lists are
    the title, no firm; after the last "and", up to three words that start no person's name, so the name
    after stays a name."""
    for k, token in enumerate(tokens[:-2]):
        if token.lower != "minister" or not mask[k] or tokens[k + 1].lower not in ("of", "for"):
            continue
        j = k + 2
        while j < len(tokens) and (tokens[j].is_capitalized
                                   or tokens[j].text in lex.LIST_JOINERS and tokens[j - 1].is_capitalized):
            j += 1
        while tokens[j - 1].text in lex.LIST_JOINERS:
            j -= 1
        last_and = next((i for i in range(j - 1, k + 2, -1) if tokens[i].text in ("and", "&")), None)
        if last_and is None or any(t.text in GIVEN_NAMES or t.text in FAMILY_NAMES for t in tokens[k + 2:last_and]) \
                or organization_known(tokens[last_and + 1].text):
            continue  # one field ("Minister of Finance Nirmala Sitharaman"), or "the Minister of Finance and Samsung ..."
        end = fields_end(tokens, last_and, j)
        mask[k + 1:end] = [True] * (end - k - 1)


def fields_end(tokens: list[Token], last_and: int, j: int) -> int:
    """Where the last field of a minister's title ends, after its "and" at last_and; capitalized words run
    to j. A comma or the sentence's end closes the fields; a verb after them leaves the last two words to
    the minister's name ("... and Society Prasert Jantararuangtong welcomed"), as does a name's first word or
    a style ("Eng.")."""
    end = last_and + 1
    while end < min(j, last_and + 4) and not starts_person(tokens[end]) and not abbreviation_at(tokens, end):
        end += 1
    if end < len(tokens) - 1 and abbreviation_at(tokens, end):
        return end + 2  # "... Information Technology Eng. Abdullah": the style goes with the title
    closed = j >= len(tokens) or tokens[j].text in (",", ";", ".", "(")
    return end if closed else min(end, max(last_and + 2, j - 2))


def starts_person(token: Token) -> bool:
    """"Ahn", "Dr": a word a person's name (or its honorific) may start with."""
    return token.text in GIVEN_NAMES or token.text in FAMILY_NAMES or token.text in lex.PERSON_HONORIFICS


def abbreviation_at(tokens: list[Token], i: int) -> bool:
    """"Eng." split in two, a name after: a short capitalized word and its full stop (not "ICT." ending a
    sentence)."""
    return len(tokens[i].text) <= 4 and i + 2 < len(tokens) and tokens[i + 1].text == "." \
        and tokens[i + 2].is_capitalized


# What a reporter's title says before its last word: "Senior Credit Reporter", "Tokyo Business Editor".
REPORTER_FIELDS = lex.BUSINESS_FUNCTIONS | lex.words("Senior Staff Chief Deputy Associate Contributing Managing Executive "
                                                     "Special Political Economics Economy Credit Energy Financial Industry "
                                                     "Foreign Tech Science Investigations Data Deals Features Opinion")


def byline_title(tokens: list[Token], mask: list[bool]) -> None:
    """"Faisal Rahman, Business Editor", "By Nadia Okonkwo, Senior Credit Reporter": the capitalized words
    between the comma and a reporter's title that ends the line are that title, no firm."""
    last = len(tokens) - 1
    if last < 2 or tokens[last].lower not in lex.REPORTER_TITLES or not mask[last]:
        return
    j = last - 1
    while j > 0 and (tokens[j].text in REPORTER_FIELDS or tokens[j].text in lex.PLACES):
        j -= 1
    if tokens[j].text == "," and j < last - 1:
        mask[j + 1:last] = [True] * (last - 1 - j)


def sentence_text(tokens: list[Token]) -> tuple[str, int]:
    """The tokens laid back on their offsets (spaces where the text had anything else)."""
    base = tokens[0].start
    chars = [" "] * (tokens[-1].end - base)
    for t in tokens:
        chars[t.start - base:t.end - base] = t.text
    return "".join(chars), base


def known_mentions(tokens, gazetteer: Gazetteer, titles) -> list[Mention]:
    """The store's names, and the well-known names it lacks; the longer name wins, the
    store's on a tie. A well-known name is new to the draft: a typed rule mention."""
    found, i = [], 0
    while i < len(tokens):
        hit = gazetteer.match(tokens, i) if tokens[i].is_word else None
        common = wellknown().match(tokens, i) if tokens[i].is_word else None
        if common is not None and hit is not None and common[0] > hit[0] and same_entity(hit[1], common[1]):
            hit, common = (common[0], hit[1], hit[2]), None  # "Nvidia Corp." is the store's Nvidia
        if inside_longer_name(tokens, i, hit):
            hit = None  # "Liberal Democratic Party" is not the store's "Democratic Party"
        if tokens[i].text == "Bank" and inside_longer_name(tokens, i, common):
            common = None  # "Export-Import Bank of China" is not the well-known "Bank of China"
        if family_name_of_a_person(tokens, i, common) or family_name_of_a_person(tokens, i, hit) \
                or time_zone(tokens, i):
            hit = common = None  # "Gautam Adani" is a person, not the Adani Group; "6:02 am ET" no outlet
        first = i - legal_prefix_before(tokens, i)
        if common is not None and (hit is None or common[0] > hit[0]):
            length, entity, _ = common
            length += legal_tail(tokens, first, i + length, entity.cls)
            found.append(make_mention(tokens, first, i + length, "rule", entity.cls, cue="well-known name",
                                      rank=WELLKNOWN_RANK, canonical=entity.iri))
        elif hit is not None:
            length, entity, weak = hit
            length += 0 if weak else legal_tail(tokens, first, i + length, entity.cls)
            found.append(make_mention(tokens, first, i + length, "known", entity.cls, iri=entity.iri, weak=weak, rank=9))
        else:
            length = 1
        i += length
    return found


def inside_longer_name(tokens, i: int, hit) -> bool:
    """A known name of several words that a capitalized word before it makes part of a longer one."""
    if hit is None or hit[0] < 2 or i < 2 or hit[1].cls not in lex.ORGANIZATION_CLASSES:
        return False
    before = tokens[i - 1]
    return before.is_capitalized and before.is_word and before.text.replace("-", "").isalpha() \
        and not lex.is_demonym(before.text) \
        and before.text not in lex.FUNCTION_CAPS and before.text not in lex.HEADLINE_WORDS \
        and before.lower not in lex.MONTHS and before.lower not in lex.WEEKDAYS \
        and tokens[i - 2].text not in ".:\"“" and tokens[i - 2].is_word


def legal_tail(tokens, first: int, k: int, cls: str) -> int:
    """How many tokens of a legal form follow a known organization's name (tokens first to k), as
    the text wrote it: "& Co." in "JPMorgan Chase & Co.", "Inc." (the draft keeps that name as an
    alias); none inside a longer name ("Siam AI Corporation" is not the known "AI")."""
    if cls not in lex.ORGANIZATION_CLASSES or k >= len(tokens) or (first > 1 and tokens[first - 1].is_capitalized):
        return 0
    if tokens[k].text == "&" and k + 1 < len(tokens) and tokens[k + 1].text in ("Co.", "Co"):
        return 2
    return int(lex.is_legal_form(tokens[k].text) and tokens[k].text[:1].isupper())


def legal_prefix_before(tokens, i: int) -> int:
    """1 when a legal form opens the name at i ("PT Telkom Indonesia"): part of the name."""
    return int(i > 0 and tokens[i - 1].text in lex.LEGAL_PREFIXES and tokens[i].is_capitalized
               and not time_zone(tokens, i - 1))  # not "at 9 a.m. PT Samsung said"


TIME_ZONES = frozenset("ET EST EDT PT PST PDT CT CST CDT GMT UTC BST CET CEST KST JST HKT SGT IST".split())


def time_zone(tokens, i: int) -> bool:
    """"6:02 am ET", "10 a.m. KST": a clock's zone."""
    return tokens[i].text in TIME_ZONES and i > 0 and tokens[i - 1].lower in ("am", "pm", "a.m.", "p.m.")


def family_name_of_a_person(tokens, i: int, hit) -> bool:
    """A one-word organization's name after a given name: "Gautam Adani", "Ratan Tata", "CEO Wes
    Cummins", "Wes Cummins, chairman"."""
    if hit is None or hit[0] != 1 or hit[1].cls == "Person" or i == 0 or lex.is_demonym(tokens[i - 1].text):
        return False
    return tokens[i - 1].text in GIVEN_NAMES or given_name_after_title(tokens, i - 1) \
        or titled_after(tokens, i + 1) and tokens[i - 1].text.istitle() and tokens[i - 1].text.isalpha()


def titled_after(tokens, k: int) -> bool:
    """", chairman and CEO of ...": a title set off right after the name ("said Wes Cummins, chairman")."""
    return k + 1 < len(tokens) and tokens[k].text == "," and lex.TITLE_PATTERN.fullmatch(tokens[k + 1].text) is not None


def given_name_after_title(tokens, k: int) -> bool:
    """"CEO Wes Cummins": a capitalized word right after a one-word title, not an event's ("the
    APEC CEO Summit")."""
    word = tokens[k].text
    return k >= 1 and word.istitle() and word.isalpha() and word not in EVENT_WORDS \
        and lex.TITLE_PATTERN.fullmatch(tokens[k - 1].text) is not None


def same_entity(known, common) -> bool:
    """A well-known entity that the store knows under one of its names."""
    return normalize(known.label) in {normalize(n) for n in other_names(common.iri)}


def make_mention(tokens, first, last, kind, cls=None, **extra) -> Mention:
    start, end = tokens[first].start, tokens[last - 1].end
    text = tokens[first].text  # spaced as written: "Ministry of Economy, Trade and Industry"
    for before, token in zip(tokens[first:last], tokens[first + 1:last]):
        glued = token.text in (",", "'", "’", ")", "'s", "’s", "&") or before.text in ("(", "&")  # "e&", "AT&T"
        text += ("" if token.start == before.end and glued else " ") + token.text
    return Mention(first, last, start, end, text, kind, cls, **extra)


def is_headline(tokens: list[Token], lowercase_words=frozenset()) -> bool:
    """Title Case lines ("Acme Buys Zeta In Big Deal Talks") say nothing through their
    capitals: most of their long words are capitalized, and most of those are ordinary
    words (seen in lower case elsewhere), not names."""
    if tokens[0].text == "(" and any(t.lower == "by" for t in tokens[1:3]):
        return False  # a credit in brackets: "(By Jane Doe; Editing by John Roe)"
    if tokens[0].lower in BYLINE_LABELS and len(tokens) > 1 and tokens[1].text == ":":
        return False  # "Writer: Yang Yunfei | Editor: Zhang Zeling"
    long_words = [t for t in tokens if t.is_word and len(t.text) > 3 and t.text.isalpha()]
    # a headline or a subhead, not a sentence nor a credit line ("Writing by A; Editing by B")
    unpunctuated = tokens[-1].text not in SENTENCE_ENDS and not any(t.lower == "by" for t in tokens)
    if len(long_words) < (3 if unpunctuated else 4):
        return False
    capitals = [t for t in long_words if t.text[0].isupper()]
    ordinary = [t for t in capitals if t.lower in lowercase_words]
    maybe_names = [t for t in capitals if t.text not in lex.HEADLINE_WORDS]  # "Raises", "Inks": no name
    small_capitals = any(t.text in TITLE_CASE_WORDS for t in tokens[1:])  # "... as Its Cloud Bet Grows"
    return len(capitals) / len(long_words) > 0.75 and (
        small_capitals or len(ordinary) >= max(2, len(maybe_names) / 2)
        or (unpunctuated and len(ordinary) >= 2))  # "Meta Acquires AI Startup Manus in $2B Deal"


# What a sentence (or a credit in brackets) ends with; a headline or a subhead ends with none of these.
SENTENCE_ENDS = frozenset(". ! ? … ” \" ' ’ : )".split())
# Small words a headline capitalizes and a sentence never does mid-way.
TITLE_CASE_WORDS = frozenset("Its With For As On In To At By From Into Over After Amid And Or But Is Are Will Be "
                             "Has Have Than".split())


@dataclass
class Run:
    first: int
    last: int
    base: Mention | None = None  # a known name the run extends ("SK" in "SK Hynix")


def name_runs(tokens, covered, titles, lowercase_words) -> list[Run]:
    """Maximal runs of name-like words, joined by "of", "&", ... and extending known names."""
    runs, i = [], 0
    while i < len(tokens):
        known = covered[i]
        if known is not None and known.cls in lex.PLACE_CLASSES and known.first == i and known.last < len(tokens) \
                and tokens[known.last].text == "government":
            runs.append(Run(i, known.last + 1))  # "the Singapore government", "the Gujarat government"
            i = known.last + 1
            continue
        if known is not None:
            run = extension(tokens, known, covered, titles, lowercase_words)
            if run and runs and runs[-1].last == known.first and runs[-1].base is None:
                runs[-1] = Run(runs[-1].first, run.last)  # "Sumitomo" + "Mitsui Banking Corporation"
                i = run.last
            elif run:
                person = person_at_end(tokens, run.first, run.last, after=known.last, least=1)
                if person is not None and person > known.last:
                    runs.append(Run(run.first, person, base=run.base))
                runs.append(Run(person, run.last) if person is not None else run)  # "Brookfield Renewable" + "Connor Teskey"
                i = run.last
            else:
                i = known.last
            continue
        if tokens[i].text == "(" and ticker_end(tokens, i):
            i = ticker_end(tokens, i)  # "(NYSE: NOK)" names the company before it, no new one
            continue
        if not name_like(tokens, i, titles, lowercase_words) or opening_kind_noun(tokens, i):
            i += 1
            continue
        if lex.is_demonym(tokens[i].text) and i + 1 < len(tokens) and tokens[i + 1].text == "government":
            runs.append(Run(i, i + 2))  # "the Japanese government"
            i += 2
            continue
        last = run_end(tokens, i, covered, titles, lowercase_words)
        level = last + 1 < len(tokens) and tokens[last].text in GOVERNMENT_LEVELS and not modifies_next(tokens, last + 2)
        if last + level < len(tokens) and tokens[last + level].text == "government" and i > 0 \
                and tokens[i - 1].lower == "the":
            last += 1 + level  # "the New South Wales government", "the Sabah state government": a place the lists lack
        if describes_with_ai(tokens, last):
            i = last  # "its Paju AI data center", "Toronto AI startup Cohere": a place and a topic, no name
            continue
        amp = next((j for j in range(i + 1, last - 1) if tokens[j].text == "&"), None)
        if amp is not None and tokens[i].text in GIVEN_NAMES and tokens[amp + 1].text in GIVEN_NAMES \
                and signed_line(tokens, i):
            runs += [Run(i, amp), Run(amp + 1, last)]  # "By Aditi Raghavan & Karthik Subramaniam": two reporters
            i = last
            continue
        employer = i >= 2 and tokens[i - 1].lower in ("at", "of") and titles[i - 2]  # "CEO at Cellnex Marco Patuano"
        person = person_at_end(tokens, i, last, least=1 if employer else 2)
        if person is not None:  # "the CEO of Brookfield Renewable Connor Teskey": a firm, then its CEO
            runs.append(Run(i, person))
            i = person
        kind = kind_noun_inside(tokens, i, last)
        runs.append(Run(kind + 1 if kind is not None else i, last))  # "US Drugmaker Deciphera": Deciphera
        i = last
    return [r for r in without_business_fields(tokens, runs, titles) if keep_run(tokens, r)]


GOVERNMENT_LEVELS = frozenset("state provincial regional city municipal federal local prefectural county".split())
# Verbs a firm's name is seen before: "DataBank has upsized", "nLighten said".
ACTS = frozenset("has have had is was will would said says announced signed secured raised acquired agreed plans "
                 "launched also reported expects aims operates owns".split())
# Words that may follow a government's name: "the Sabah state government has signed", "... government over land".
AFTER_A_NAME = ACTS | PLACE_WORDS | frozenset("can could may and or which that who on for with of over about by under "
                                              "after before since as".split())


def modifies_next(tokens, k: int) -> bool:
    """Whether the lower-case word at k is a noun the words before it describe ("the state government contract"),
    not a verb or a preposition after a name ("the state government signed", "... government over land")."""
    word = tokens[k].text if k < len(tokens) else ""
    return word.isalpha() and word.islower() and word not in AFTER_A_NAME and not word.endswith("ed")


# Nouns of a firm's kind that a sentence may open with before its name: "Utility DTE Energy will ...".
OPENING_KIND_NOUNS = frozenset(noun for noun, cls in lex.ORG_CUES.items() if cls == "Company") - frozenset(
    "partner partners fund platform brand leader player unit company firm developer operator".split())


def opening_kind_noun(tokens, i: int) -> bool:
    """"Chipmaker Zeta Semiconductor said", "Utility DTE Energy will": the capital is the sentence's."""
    return (i == 0 or tokens[i - 1].text in ("\"", "“", "(")) and tokens[i].lower in OPENING_KIND_NOUNS \
        and i + 1 < len(tokens) and tokens[i + 1].text[:1].isupper()


def kind_noun_inside(tokens, i: int, last: int) -> int | None:
    """Where a headline's capitalized kind noun stands after the run's places, demonyms or hyphened words
    ("US Drugmaker Deciphera", "Chinese Chipmaker Zeta"): the name starts after it."""
    if tokens[last - 1].text in lex.INSTITUTION_HEADS:
        return None  # "Indiana Utility Regulatory Commission": the kind is a word of the body's name
    if i > 0 and tokens[i].lower in OPENING_KIND_NOUNS and lex.ORG_CUE_AFFIX.search(tokens[i - 1].text) \
            and last - i > 1:
        return i  # "Seoul-Based Chipmaker Zeta Semi"
    for k in range(i + 1, min(last - 1, i + 3)):
        if tokens[k].lower in OPENING_KIND_NOUNS:
            where = all(lex.is_demonym(tokens[x].text) or tokens[x].text in lex.PLACES or "-" in tokens[x].text
                        for x in range(i, k))  # or what it does: "Liquid-Cooling Specialist Arctiq Thermal"
            return k if where else None
    return None


def without_business_fields(tokens, runs: list[Run], titles) -> list[Run]:
    """The runs but the fields a title is of or given after a comma, listed after it: "vice president
    of Global Product Development, Purchasing and Supply Chain" and "Managing Director, Global
    Communications" name no one; nor does the division a title is of: "President, Analog, Power &
    Discrete, MEMS and Sensors Group of Zeta"."""
    kept, field_end = [], None
    for n, run in enumerate(runs):
        before = run.first - 1
        after_title = before >= 1 and tokens[before].lower in ("of", ",") and titles[before - 1]
        listed = field_end is not None and run.first > field_end \
            and all(t.lower in (",", "and", "&") for t in tokens[field_end:run.first])
        fields = all(t.text in lex.BUSINESS_FUNCTIONS or t.text in lex.PLACES for t in tokens[run.first:run.last])
        owned = before >= 2 and tokens[before].lower in ("its", "their", "our") and tokens[before - 1].lower == "of" \
            and titles[before - 2]  # "General Manager of its Data Center and AI Group"; not "CEO of the Central Group"
        if (after_title or listed) and (fields or division_listed(tokens, runs[n:])) \
                or (owned or listed) and generic_unit(tokens, runs[n:]):
            field_end = run.last
        else:
            kept.append(run)
            field_end = None
    return kept


# Words of a firm's unit named for what it does: "its Data Center and AI Group", "the Client Computing Group".
UNIT_FIELD_WORDS = lex.BUSINESS_FUNCTIONS | frozenset("Center Centre Client Computing Central AI Network Networking "
                                                      "Devices Device Memory Foundry Automotive Energy Power Storage "
                                                      "Edge Graphics Server Servers".split())


def generic_unit(tokens, runs: list[Run]) -> bool:
    """Whether the first run, and those listed with it, name a unit by its fields alone, ending
    in "Group", "Division", "Unit" or "Segment": no firm of its own."""
    for run, following in zip(runs, runs[1:] + [None]):
        if not all(t.text in UNIT_FIELD_WORDS or t.text in GENERIC_UNIT_ENDS for t in tokens[run.first:run.last]):
            return False
        if tokens[run.last - 1].text in GENERIC_UNIT_ENDS:
            return run.last - run.first > 1
        if following is None or not all(t.lower in ("and", "&") for t in tokens[run.last:following.first]):
            return False
    return False


def division_listed(tokens, runs: list[Run]) -> bool:
    """Whether the first run is one of a list that ends in a division's noun and its owner:
    "Analog, Power & Discrete, MEMS and Sensors Group of Zeta"."""
    for run, following in zip(runs, runs[1:] + [None]):
        last = tokens[run.last - 1]
        if last.text in DIVISION_NOUNS and run.last + 1 < len(tokens) and tokens[run.last].lower in ("of", "at") \
                and tokens[run.last + 1].text[:1].isupper():
            return True
        if following is None or not all(t.lower in (",", "and", "&") for t in tokens[run.last:following.first]):
            return False
    return False


DIVISION_NOUNS = frozenset("Group Division Unit Segment Business Systems".split())
GENERIC_UNIT_ENDS = DIVISION_NOUNS - {"Business", "Systems"}  # what only a unit's name ends in ("Cloud Systems" is a firm)


LOWER_LED_CAPITALS = re.compile(r"^[a-z][A-Z]{2,5}$")
ARABIC_ARTICLE = re.compile(r"^(?:el|al|ul)-[A-Z]\w+$")


def style_starts(tokens, k) -> bool:
    """Whether a two-word style ("Tan Sri", "Crown Prince") starts at token k."""
    return 0 <= k < len(tokens) - 1 and (tokens[k].text, tokens[k + 1].text) in lex.TWO_WORD_STYLES


def two_word_style(tokens, i) -> bool:
    """Whether token i is a word of a two-word style."""
    return style_starts(tokens, i) or style_starts(tokens, i - 1)


def headline_verb(tokens, i) -> bool:
    """"Raises", "Forge" in "A, B Forge Alliance": a headline's verb; but "Forge" or "Seal" after a
    name's word and before a stop or ", a", where no object follows, ends a name ("Lattice Forge, a
    Seattle maker of tools")."""
    nxt, after = (tokens[k].text if k < len(tokens) else "" for k in (i + 1, i + 2))
    stops = nxt in ".;:)" or nxt == "," and after[:1].islower()
    last_of_a_name = tokens[i].text in NAME_ENDING_VERBS and i > 0 and tokens[i - 1].is_capitalized and stops
    return tokens[i].text in lex.HEADLINE_WORDS and not last_of_a_name


NAME_ENDING_VERBS = frozenset(["Forge", "Seal"])  # headline verbs that also end firms' names


def name_like(tokens, i, titles, lowercase_words=frozenset()) -> bool:
    tok = tokens[i]
    if tok.text in ("S.", "N.") and i + 1 < len(tokens) and tokens[i + 1].text.startswith("Korea"):
        return False  # "S. Korea's largest": a headline's South Korea
    if not tok.is_capitalized:  # most words: checked first, as this runs on every token
        if tok.text != tok.lower and LOWER_LED_CAPITALS.match(tok.text):  # "eWTP Arabia Capital", not "mRNA vaccines"
            return (i + 1 < len(tokens) and tokens[i + 1].is_capitalized and tokens[i + 1].is_word) \
                or (i > 0 and tokens[i - 1].lower in ("from", "with", "by") and ends_phrase(tokens, i + 1))
            # "bought three sites from ePLDT for $180mn" (not "with mRNA technology")
        return "-" in tok.text and ARABIC_ARTICLE.match(tok.text) is not None \
            and i > 0 and tokens[i - 1].text in GIVEN_NAMES  # "Mohamed el-Nawawy"
    if tok.text[0].isdigit():
        return number_led_name(tokens, i)
    if not tok.is_word or titles[i]:
        return False
    if tok.text in ("Investors", "Next") and i > 0 and tokens[i - 1].is_capitalized and tokens[i - 1].is_word \
            and not titles[i - 1] and tokens[i - 1].text not in lex.FUNCTION_CAPS:
        return True  # "Allianz Global Investors", "Samsung Next" (not "Investors expect", "Next week": openers)
    if tok.text == "A" and i + 2 < len(tokens) and LONE_INITIAL.match(tokens[i + 1].text) and tokens[i + 2].is_capitalized:
        return True  # "A S Lakshminarayanan": an initial, not the article
    if tok.text in lex.FUNCTION_CAPS or tok.text in lex.PERSON_HONORIFICS or tok.lower in lex.WEEKDAYS \
            or stamp_at(tokens, i) \
            or headline_verb(tokens, i) or two_word_style(tokens, i) or stock_moving(tokens, i) \
            or (tok.text in HEADLINE_INFINITIVES and i > 0 and tokens[i - 1].lower == "to"):
        return False  # an honorific is not part of the name it comes before; "X to Buy Y" is a headline's verb
    if lex.GLUED_CURRENCY.match(tok.text) or lex.THING_WORD.search(tok.text):
        return False
    if tok.lower == "file" and (i + 1 >= len(tokens) or tokens[i + 1].text == ")" or tokens[i + 1].text in lex.DASHES):
        return False  # "(AP Photo/Carla Boyd, File)", "FILE - The plant ...": a file photo's tag
    if tok.text == "IP" and i > 0 and not tokens[i - 1].is_capitalized \
            and (i + 1 >= len(tokens) or not tokens[i + 1].is_capitalized):
        return False  # "its neural-processing IP": designs licensed, no name (but "Alphawave IP Group")
    if tok.text in lex.RATINGS and (i > 0 and tokens[i - 1].lower in ("to", "from", "at")
                                    or i + 1 < len(tokens) and tokens[i + 1].lower == "rating"):
        return False  # "upgraded AMD to Buy from Hold", "has an Outperform rating": a rating
    if tok.lower in lex.WEEKDAYS_SHORT and i + 1 < len(tokens) and tokens[i + 1].text.isdigit():
        return False  # "Gareth Pryce Wed 15 Oct 2025": a byline's date
    if i + 1 < len(tokens) and tokens[i + 1].text == "$" and tokens[i + 1].start == tok.end:
        return False  # "NT$3.75 billion", "HK$2 billion": a currency
    if tok.lower in lex.MONTHS and not month_in_a_name(tokens, i, titles):
        return False  # "Jun" is June, unless a name follows or comes before ("Jan Goetz", "Phillip May", "March Capital")
    if "-" in tok.text and (lex.ORG_CUE_AFFIX.search(tok.text) or lex.ADJECTIVE_AFFIX.search(tok.text)
                            or all(lex.is_demonym(part) for part in tok.text.split("-"))) \
            and not (tok.lower == "state-owned" and i > 0 and tokens[i - 1].is_capitalized):
        return False  # "Seoul-based", "French-Israeli"; not "Shanghai State-owned Capital Investment"
    if lex.MADE_AFFIX.search(tok.text) and not (i > 0 and tokens[i - 1].is_capitalized):
        return False  # "OpenAI-designed chips"
    if lex.PLURAL_ABBREVIATION.match(tok.text) or CONTRACTION.search(tok.text) or lex.FISCAL_PERIOD.match(tok.text):
        return False  # "DCs"; "We’ve", "They’re"
    if abbreviates_common_words(tokens, i):
        return False  # "a sustainability-linked loan (SLL)": a thing's abbreviation, no name
    starts_sentence = i == 0 or tokens[i - 1].text in "“\"‘'(:–—-.…"
    if starts_sentence and tok.text in lex.BUSINESS_FUNCTIONS and i + 1 < len(tokens) and titles[i + 1]:
        return False  # "Finance chief Nitin Agrawal said": the field of a title
    of_name = (tok.text in NAME_OPENERS or tok.text in INSTITUTION_WORDS) and i + 2 < len(tokens) \
        and tokens[i + 1].lower == "of" and tokens[i + 2].is_capitalized  # "Bank of Communications", "Ministry of Finance"
    alone = (i + 1 >= len(tokens) or not tokens[i + 1].is_capitalized) and not of_name
    if plural_common_noun(tokens, i, lowercase_words):
        return False  # "for Mergers and Acquisitions": a plural the text also writes in lower case
    ordinary = tok.lower in lowercase_words and (alone or tok.text not in NAME_OPENERS) and not of_name \
        and not opens_a_place_in_capitals(tokens, i) and not number_opening_a_firm(tokens, i) \
        and not given_name_before_van(tokens, i)
    return not (starts_sentence and (ordinary or tok.text in lex.PARTICIPLE_OPENERS
                                     or (alone and tok.text in lex.SENTENCE_OPENERS)
                                     or (alone and opens_a_clause(tokens, i))))


def ends_phrase(tokens, k: int) -> bool:
    """Whether the phrase ends before token k: a stop, or a word that opens another ("for", "in", "and")."""
    return k >= len(tokens) or not tokens[k].is_word or tokens[k].lower in PHRASE_OPENERS


PHRASE_OPENERS = frozenset("for in and to on at as of which who with from last this".split())
LONE_INITIAL = re.compile(r"^[A-Z]\.?$")
SMALL_NUMBERS = frozenset("one two three four five six seven eight nine ten".split())


def number_opening_a_firm(tokens, i) -> bool:
    """ "Two" of "Two Seas Capital, an activist fund," opening a sentence: a number word before one
    more capitalized word and a company suffix, though the text writes "two" too ("Two Korean banks",
    "Four Samsung units", "Two Zeta Robotics engineers" are no names)."""
    if tokens[i].lower not in SMALL_NUMBERS or i + 2 >= len(tokens):
        return False
    word, suffix = tokens[i + 1].text, tokens[i + 2].text
    after = tokens[i + 3].text if i + 3 < len(tokens) else ""
    counted = after.islower() and after.endswith("s") and after not in VERBS_IN_S  # "Two Zeta Robotics engineers left"
    return word.istitle() and word.isalpha() and word not in lex.PLACES and not lex.is_demonym(word) \
        and suffix in lex.COMPANY_SUFFIXES and not counted


VERBS_IN_S = frozenset("has is was says plans owns holds argues urges wants opposes backs".split())


def opens_a_place_in_capitals(tokens, i) -> bool:
    """ "NEW" of a dateline's "NEW YORK", though the text writes "new" too."""
    return i + 1 < len(tokens) and tokens[i].text.isupper() and tokens[i + 1].text.isupper() \
        and f"{tokens[i].text} {tokens[i + 1].text}".title() in lex.PLACES


# A share price's moves in a headline: "Broadcom Stock Sinks 11%" (alone they begin names: "Jump Trading").
MARKET_MOVES = frozenset("Sinks Soars Jumps Slides Surges Tumbles Plunges Rallies Slumps Climbs Falls Rises Sink Soar "
                         "Jump Slide Surge Tumble Plunge Fall Rise".split())


def stock_moving(tokens, i) -> bool:
    """ "Stock" or "Shares" before a price's move, and the move: "Broadcom Stock Sinks", not "Korea Stock
    Exchange" nor "Jump Trading"."""
    word = tokens[i].text
    if word in ("Stock", "Stocks", "Shares"):
        return i + 1 < len(tokens) and tokens[i + 1].text in MARKET_MOVES
    return word in MARKET_MOVES and i > 0 and tokens[i - 1].text in ("Stock", "Stocks", "Shares")


def month_in_a_name(tokens, i, titles) -> bool:
    """"Jan Goetz", "March Capital", "Phillip May", "Liu Jun", "CEO June Paik": a month's word
    with a name part after it, or a given or family name or a title before it."""
    after = tokens[i + 1].text if i + 1 < len(tokens) else ""
    before = tokens[i - 1].text if i > 0 else ""
    return bool(GIVEN_NAME_PART.match(after) or after in lex.COMPANY_SUFFIXES
                or (tokens[i].text in GIVEN_NAMES or i > 0 and titles[i - 1]) and NAME_WORD.match(after)
                or before in GIVEN_NAMES or before in FAMILY_NAMES
                or after in FAMILY_NAMES and before.lower() not in DATE_LEADS and not before.isdigit())


# Words before a month that make it a date ("in June Park's team", "since May Lee ..."), not a given name.
DATE_LEADS = frozenset("in since by from until till through last next this early late mid of on to".split())


def number_led_name(tokens, i) -> bool:
    """"with 1789 Capital and A", "led by 10 Capital", "21st Century Technologies" (not "the 21st
    Century"), "3Cloud": a name that opens with a number."""
    text = tokens[i].text
    if text.isdigit():
        return i + 1 < len(tokens) and tokens[i + 1].text in NUMBERED_FIRM_WORDS \
            and (i == 0 or tokens[i - 1].lower in PARTY_LEADS)
    if LETTERED_NUMBER.match(text):  # "1X Technologies", not "3D printing" nor "5G networks"
        return i + 1 < len(tokens) and tokens[i + 1].text in NUMBERED_FIRM_WORDS
    if ORDINAL.match(text):
        return i + 1 < len(tokens) and tokens[i + 1].is_capitalized and tokens[i + 1].is_word \
            and (i == 0 or tokens[i - 1].lower not in ("the", "its", "their", "his", "her"))
    return DIGIT_LED.match(text) is not None


# Ordinary words that open many names, so one before a capital opens a name even when the text also
# uses it in lower case ("Bank Negara Indonesia is raising ..." beside "one bank lender").
NAME_OPENERS = frozenset("Bank General United National First Royal Standard Global International Industrial "
                         "Commercial Development Central Public State Digital Applied Advanced Mining Energy "
                         "Power Data Cloud Capital Investment Infrastructure Telecom Network Semiconductor".split())


NUMBERED_FIRM_WORDS = frozenset("Capital Ventures Partners Labs Holdings Technologies Systems Phase".split())
PARTY_LEADS = frozenset([",", "and", "&", "by", "from", "with", "including", "(", "as"])
# A brand that starts with a digit ("3Cloud", "3SBio"), not a unit or a size ("5GHz", "4Gbps", "3D").
ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")
LETTERED_NUMBER = re.compile(r"^\d+[A-Z]{1,2}$")
DIGIT_LED = re.compile(r"^\d+(?=(?:[A-Z][A-Za-z]{3,}|[a-z]{3,})$)(?=[A-Za-z]*[a-z])(?!AM|PM|am|pm)"
                       r"(?![A-Za-z]*(?:bps|[Hh]z|[Ww]h|mph|kph)$)")  # "3Cloud", "42dot"


def plural_common_noun(tokens, i: int, lowercase_words) -> bool:
    """A lone capitalized plural ("Mergers", "Muslims") whose lower-case form the text also uses; not a
    name's word after "of" ("Ministry of Communications and Information Technology")."""
    word = tokens[i].text
    lone = not (i + 1 < len(tokens) and tokens[i + 1].is_capitalized) and not (i > 0 and tokens[i - 1].is_capitalized)
    of_name = i > 1 and tokens[i - 1].lower in ("of", "for") and tokens[i - 2].is_capitalized
    return lone and not of_name and word.endswith("s") and word[1:].islower() and word.lower() in lowercase_words


def abbreviates_common_words(tokens, i: int) -> bool:
    """An all-capitals word in brackets whose letters start the lower-case words before them."""
    word = tokens[i].text
    if not (word.isupper() and word.isalpha() and 2 <= len(word) <= 6 and i >= 2 and tokens[i - 1].text == "("):
        return False
    before = [t.text for t in tokens[max(0, i - 1 - 2 * len(word)):i - 1] if t.is_word]
    starts = "".join(part[0] for w in before for part in w.split("-") if part)
    return all(w.islower() for w in before[-len(word):]) and starts.upper().endswith(word)


def opens_a_clause(tokens, i) -> bool:
    """"Closing this financing with RMB ...", "Building on its work ...", "Finalization of the deal
    ...": a verb's -ing form before a determiner, or a deed's noun before "of", opens the sentence,
    no name does."""
    after = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    word = tokens[i].lower
    return (word.endswith("ing") and after in CLAUSE_OBJECT_WORDS) or (word.endswith(DEED_ENDINGS) and after == "of")


DEED_ENDINGS = ("tion", "sion", "ment", "ance", "ence")


CLAUSE_OBJECT_WORDS = frozenset("this that these those the a an its their our his her on up with".split())


# Sites and products a name may be of: "the Kunshan facility", "its Rebel Quad inference chips".
THINGS = frozenset("campus site plant facility facilities center centre cluster project model chip chips "
                   "platform supercomputer factory fab".split())
# What "<Place> AI" or "<Product> AI" describes when it is no name: "the Paju AI data center", "a Toronto AI
# startup", "Amazon's Trainium3 AI chip".
AI_THINGS = THINGS | frozenset("data datacenter datacentre centers centres hub hubs campuses clusters zone zones park "
                               "parks city cities valley corridor startup startups ecosystem strategy plan initiative "
                               "projects programme program summit factories firm firms champion champions group groups "
                               "company companies semiconductor processing processor processors accelerator "
                               "accelerators systems".split())
def describes_with_ai(tokens, last: int) -> bool:
    """Whether a run ending in "AI" at `last` describes the thing named after it ("Paju AI data center",
    "Hyperion AI data-centre campus")."""
    if tokens[last - 1].text != "AI" or last >= len(tokens):
        return False
    word = tokens[last].lower
    return word.split("-")[0] in AI_THINGS or word.replace("-", "") in AI_THINGS  # "data-centre", "start-up"


def person_at_end(tokens, first: int, last: int, after: int = 0, least: int = 2) -> int | None:
    """Where a person's name ending a longer run starts (at `after` or later): a known given name
    and one or two more words, none a company's suffix, after two words that are no person's
    ("Brookfield Renewable Connor Teskey"), or `least` words ("CEO at Cellnex Marco Patuano")."""
    for p in range(max(first + least, after, last - 3), last - 1):
        rest = [t.text.rstrip(".") for t in tokens[p + 1:last]]
        before = [t.text for t in tokens[first:p]]
        if tokens[p].text in GIVEN_NAMES and all(w[:1].isupper() and w.isalpha() for w in rest) \
                and not any(w in lex.COMPANY_SUFFIXES or w.lower() in lex.ORG_CUES for w in rest) \
                and not any(w in GIVEN_NAMES or w in FAMILY_NAMES or len(w.rstrip(".")) <= 2 for w in before):
            return p  # not "Lee Jae Myung", "M P Vijay Kumar"
    return None


def ends_legal_form(token) -> bool:
    """"Inc.", "Sdn.": a legal form written with its period."""
    return token.text.endswith(".") and lex.is_legal_form(token.text)


def run_end(tokens, i, covered, titles, lowercase_words) -> int:
    """Where a run starting at i ends (exclusive)."""
    j = i + 1
    while j < len(tokens):
        if ends_legal_form(tokens[j - 1]) and tokens[j].text not in lex.COMPANY_SUFFIXES \
                and not suffix_after_comma(tokens, j) and not of_a_country(tokens, j):
            break  # "a deal with Rebellions Inc. Orbit Labs signed ...": a name ends at "Inc." (not "Co., Ltd.")
        if person_after_firm(tokens, j):
            break
        if covered[j] is None and name_like(tokens, j, titles, lowercase_words):
            j += 1
        elif joins(tokens, i, j, covered, titles, lowercase_words):
            j += 1
        elif of_the_inside(tokens, i, j, covered, titles, lowercase_words):
            j += 2  # "Ministry of the Armed Forces", "Office of the President"
        elif (bracket_end := place_in_brackets(tokens, j, covered)) or number_before_form(tokens, j):
            j = bracket_end or j + 1
        elif suffix_after_comma(tokens, j):
            j += 2  # "Kickstart Ventures, Inc.", "EOG Resources, Inc.", "Michael Creedon, Jr."
        elif (tokens[j - 1].text == "Fund" and FUND_NUMBER.match(tokens[j].text)) or (
                tokens[j - 1].text in NUMBERED_FIRM_WORDS and ROMAN_NUMBER.match(tokens[j].text)):
            j += 1  # "Brookfield Global Transition Fund I", "Macquarie European Infrastructure Fund 4", "Zeta Ventures II",
            # "Zeta Investment Fund Phase III"
        elif tokens[j].text.isupper() and len(tokens[j].text) <= 4 and legal_form_ahead(tokens, j + 1, titles,
                                                                                          lowercase_words):
            j += 1  # "Dixon IT Devices Private Limited": initials inside a name its legal form closes
        elif tokens[j].text == "No." and j + 1 < len(tokens) and FUND_NUMBER.match(tokens[j + 1].text):
            j += 2  # "Engine No. 1": a numbered name
        elif absorbs_known(tokens, i, j, covered, titles, lowercase_words):
            j = covered[j].last
        elif tokens[j].text.isupper() and tokens[j].text in lex.FUNCTION_CAPS and tokens[j - 1].text in (",", "and") \
                and tokens[i].text in LISTED_HEADS:
            j += 1  # "Department of Electronics, IT and Biotechnology": a field of its list
        else:
            break
    while j > i + 1 and (tokens[j - 1].text in lex.NAME_JOINERS or tokens[j - 1].text == ","):  # not "Priyanka Das"
        j -= 1
    return j


def person_after_firm(tokens, j: int) -> bool:
    """"Chairman of LMT Group Zhan Lujin said": a firm's name ends at its suffix when a given or
    family name and another name word follow."""
    return tokens[j - 1].text in SUFFIX_WORDS and (tokens[j].text in GIVEN_NAMES or tokens[j].text in FAMILY_NAMES) \
        and j + 1 < len(tokens) and NAME_WORD.match(tokens[j + 1].text) is not None \
        and f"{tokens[j].text} {tokens[j + 1].text}" not in lex.PLACES  # not "Kestrel Capital Hong Kong Ltd."


def of_a_country(tokens, j: int) -> bool:
    """"Solar Energy Corp. of India Ltd.": a legal form before "of" and a country is inside the name."""
    return tokens[j].text == "of" and j + 1 < len(tokens) and lex.PLACES.get(tokens[j + 1].text) == "Country"


def of_the_inside(tokens, i: int, j: int, covered, titles, lowercase_words) -> bool:
    """"of the" inside an institution's name, before more of its name; "for the" right after a public
    body's head ("Ministry for the Economy and Finance", not "Orbit Bank for the Zeta deal")."""
    joiner = tokens[j].lower == "of" or (tokens[j].lower == "for" and tokens[j - 1].text in PUBLIC_HEADS)
    return joiner and j + 2 < len(tokens) and tokens[j + 1].text == "the" \
        and covered[j + 2] is None and name_like(tokens, j + 2, titles, lowercase_words) \
        and any(t.text in INSTITUTION_WORDS for t in tokens[i:j])


def place_in_brackets(tokens, j: int, covered) -> int:
    """"Sembcorp Energy (Shanghai) Holding", "Bank of China (Hong Kong) Limited": where a unit's place
    in brackets inside its name closes, before more of it or closing a bank's; or any word in
    brackets before a legal form ("PT Bank Mandiri (Persero) Tbk"); 0 when none does."""
    if j + 3 >= len(tokens) or tokens[j].text != "(":
        return 0
    close = next((k for k in range(j + 2, min(j + 5, len(tokens) - 1)) if tokens[k].text == ")"), None)
    if close is None:
        return 0
    place = covered[j + 1]
    rest = tokens[close + 1].text
    if " ".join(t.text for t in tokens[j + 1:close]) in lex.PLACES or (place is not None and place.cls in lex.PLACE_CLASSES):
        bank_branch = tokens[j - 1].text == "Bank" and rest in (",", "and", ".", ";")  # "Standard Chartered Bank (Singapore),"
        found = bank_branch or rest in lex.COMPANY_SUFFIXES or lex.is_legal_form(rest)
    else:
        found = close == j + 2 and tokens[j + 1].is_capitalized and lex.is_legal_form(rest)
    return close + 1 if found else 0


def suffix_after_comma(tokens, j: int) -> bool:
    """", Inc." or ", Jr." at token j, still part of the name before it: "EOG Resources, Inc.",
    "Michael Creedon, Jr." (not ", Inc. Orbit Labs said")."""
    if j + 1 >= len(tokens) or tokens[j].text != ",":
        return False
    word = tokens[j + 1]
    name_ends = j + 2 >= len(tokens) or not tokens[j + 2].is_capitalized or tokens[j + 2].text in ("(", ",")
    return word.text in GENERATIONS or (word.is_capitalized and lex.is_legal_form(word.text) and name_ends)


GENERATIONS = frozenset(["Jr.", "Sr.", "Jr", "Sr"])
FUND_NUMBER = re.compile(r"^(?:I{1,3}|IV|VI{0,3}|IX|X|\d{1,2})$")
ROMAN_NUMBER = re.compile(r"^(?:I{1,3}|IV|VI{1,3}|IX)$")  # not "V" nor "X", which name firms on their own


def number_before_form(tokens, j: int) -> bool:
    """"Eco Business Park 6 Sdn Bhd": a number inside a name that a legal form ends."""
    return (j + 1 < len(tokens) and tokens[j].text.isdigit() and len(tokens[j].text) <= 3
            and lex.is_legal_form(tokens[j + 1].text))  # not "the Fortune 200 Company"


def listed_field(tokens, j: int) -> bool:
    """", Trade and Industry": capitalized words to an "and" and one more, after a comma."""
    k = j + 1
    while k < min(j + 8, len(tokens)) and tokens[k].text[:1].isupper():
        k += 1
        if k < len(tokens) and tokens[k].text == ",":
            k += 1
    return k < len(tokens) and tokens[k].text == "and" and k + 1 < len(tokens) and tokens[k + 1].text[:1].isupper()


PERSON_PARTICLES = frozenset("bin ibn bint van von de da di del der den du dos la le".split())


def given_name_before_van(tokens, i: int) -> bool:
    """"Floor van Dijk", "Joost van der Berg": a word the text also writes in lower case is a given name
    before "van" or "von" and a capitalized name."""
    return i + 2 < len(tokens) and tokens[i + 1].text in ("van", "von") and particles_then_name(tokens, i + 1)


def particles_then_name(tokens, j: int) -> bool:
    """Particles from j on ("van den", "von der") end at a capitalized word."""
    k = j + 1
    while k < min(j + 3, len(tokens)) and tokens[k].text in PERSON_PARTICLES:
        k += 1
    return k < len(tokens) and tokens[k].text[:1].isupper()


# Heads of public bodies whose names join two words with "and" ("Securities and Exchange Commission").
PUBLIC_HEADS = frozenset("Commission Ministry Department Authority Agency Council Bureau Board Committee Office".split())
PLURAL_OWNED_HEADS = lex.INSTITUTION_HEADS | {"Plan", "Bank", "Group", "Union"}


def plural_owner_inside(tokens, i: int, j: int) -> bool:
    """"Ontario Teachers' Pension Plan": a plural's apostrophe at j inside a name that goes on to
    its institution word; not "Ministry of Economic Affairs' Industrial Development Bureau"."""
    return tokens[j - 1].text.endswith("s") and j + 1 < len(tokens) and tokens[j + 1].text[:1].isupper() \
        and any(t.text in PLURAL_OWNED_HEADS for t in tokens[j + 1:j + 4]) \
        and not any(t.text in lex.INSTITUTION_HEADS for t in tokens[i:j])


def institution_follows(tokens, k: int) -> bool:
    """Whether the capitalized words from k are an institution's name: they end in its word ("Axis
    Bank"), its word goes on with "of" ("Bank of Baroda") or opens it ("Bank Negara Indonesia"); not
    a field ("Government Modernisation")."""
    if k < len(tokens) and tokens[k].text in INSTITUTION_OPENERS:
        return True
    while k < len(tokens) and tokens[k].text[:1].isupper():
        ends = k + 1 == len(tokens) or not tokens[k + 1].text[:1].isupper()
        if tokens[k].text in INSTITUTION_WORDS and (ends or k + 1 < len(tokens) and tokens[k + 1].lower in ("of", "for")):
            return True
        k += 1
    return False


# Bodies named after the matter they sit on: "Commission on Environmental Quality".
COUNCIL_HEADS = frozenset("Commission Committee Council Board Panel Conference".split())
# Whose names list their fields: "Ministry of Economy, Trade and Industry".
LISTED_HEADS = frozenset(["Ministry", "Department"])


def joins(tokens, i, j, covered, titles, lowercase_words) -> bool:
    """A joiner inside a name: "Bank of America", "Ministry of Science and ICT", "Procter & Gamble"."""
    word = tokens[j].text
    if word == "," and j + 1 < len(tokens) and tokens[i].text in LISTED_HEADS and listed_field(tokens, j):
        return True  # "Ministry of Economy, Trade and Industry"
    person_so_far = any(t.text in GIVEN_NAMES for t in tokens[i:j]) or (
        i > 0 and tokens[i - 1].text in lex.PERSON_HONORIFICS) or (j == i + 1 and given_name_before_van(tokens, i))
    if word in PERSON_PARTICLES and person_so_far and particles_then_name(tokens, j):
        return True  # "Mohammed bin Salman", "Mr Olfert de Wit", "Martin van den Brink"
    if word == "on" and tokens[j - 1].text in COUNCIL_HEADS and j + 1 < len(tokens) and covered[j + 1] is None \
            and name_like(tokens, j + 1, titles, lowercase_words) and not organization_known(tokens[j + 1].text):
        return True  # "Texas Commission on Environmental Quality" (not "the Commission on Google")
    if word in ("'", "’") and plural_owner_inside(tokens, i, j):
        return True  # "Ontario Teachers' Pension Plan"
    if word not in lex.NAME_JOINERS or j + 1 >= len(tokens) or covered[j] is not None:
        return False
    after_is_name = name_like(tokens, j + 1, titles, lowercase_words) or (
        covered[j + 1] is not None and covered[j + 1].cls in lex.PLACE_CLASSES)
    if not after_is_name:
        return False
    if word in lex.PORTUGUESE_JOINERS and not NAME_WORD.match(tokens[j + 1].text):
        return False  # "Banco do Nordeste", not "Orbit Cloud do AI inference"
    if word == "&" or (word in ROMANCE_JOINERS and not person_so_far):
        return True  # "Procter & Gamble", "Caisse des Dépôts", "Agence des Participations de l'Etat"
    if word == "and" and person_so_far and j - i == 2 and tokens[i].text in GIVEN_NAMES:
        return False  # "Governor Mike Braun and Purdue University President ...": a person, then a university
    if tokens[j - 1].text in INSTITUTION_WORDS and word == "and":
        return False  # "Zeta Bank and Lumen Bank": the first name is complete
    if word == "and" and any(t.text in INSTITUTION_WORDS for t in tokens[i:j]) and institution_follows(tokens, j + 1):
        return False  # "Bank of Baroda and Axis Bank": two banks
    if word == "and" and j - 1 > i and tokens[j - 1].text in lex.PLACES:
        return False  # "State Institute for Rail Vehicles Baden-Württemberg and Hessische Landesbahn": its place ends it
    if word == "and" and lex.is_legal_form(tokens[j - 1].text):
        return False  # "CIMB Bank Bhd and RHB Bank Bhd": a legal form closes a name
    if word == "and" and "Chamber" in {t.text for t in tokens[i:j]}:
        return tokens[j - 1].text == "Commerce" and tokens[j + 1].text in ("Industry", "Industries")
        # "Korea Chamber of Commerce and Industry"; not "U.S. Chamber of Commerce and Business Roundtable"
    if {t.text for t in tokens[i:j]} & INSTITUTION_WORDS:
        return True  # "Ministry of Electronics and Information Technology"
    if lex.is_legal_form(tokens[j - 1].text) and of_a_country(tokens, j):
        return True  # "Solar Energy Corp. of India Ltd.", "Life Insurance Corporation of India"
    if word == "for" and not person_so_far and tokens[j - 1].text not in lex.COMPANY_SUFFIXES \
            and legal_form_ahead(tokens, j + 1, titles, lowercase_words):
        return True  # "Global Partnership for Ethiopia BV": the legal form closes one name (not "Kestrel Cloud for Nova Ltd")
    if word == "and" and (tokens[j - 1].text, tokens[j + 1].text) in FIELD_PAIRS:
        return True  # "Pudong Science and Technology Investment": a pair of fields inside one name
    if word == "and" and trade_words_then_singular(tokens, j + 1):
        return True  # "CG Power and Industrial Solutions is building": one firm does
    if word == "and" and tokens[j + 1].text in lex.BANK_SUFFIXES and tokens[j - 1].text in lex.COMPANY_SUFFIXES:
        return True  # "Mitsubishi UFJ Trust and Banking Corp": a name goes on with another of its words
    if word == "and" and j + 1 < len(tokens) and tokens[j + 1].text in LONE_FIRM_WORDS \
            and (j + 2 >= len(tokens) or not tokens[j + 2].is_capitalized):
        return True  # "Harel Insurance and Investments": a lone word of a firm's trade is no name of its own
    if tokens[j - 1].text in lex.COMPANY_SUFFIXES and word == "and" \
            and not any(t.text in PUBLIC_HEADS for t in tokens[j + 1:j + 4]) \
            and not trade_association_after(tokens, j + 1):
        return False  # "Orbit Ventures and Kestrel Fund"; not "Securities and Exchange Commission", "India
        # Electronics and Semiconductor Association"
    if word == "and" and utility_words_then_suffix(tokens, j + 1):
        return True  # "Emirates Water and Electricity Company": a utility's words, one name
    listed = i > 0 and (tokens[i - 1].text == "," or tokens[i - 1].text.lower() in lex.ORG_CUES)
    if word == "and" and j - i == 1 and listed and not any(t.text in PUBLIC_HEADS for t in tokens[j + 1:j + 4]):
        return False  # "..., startup Nota and Sogang University": two names (not "regulator Securities and Exchange Board")
    # "Fuel Cell and Hydrogen Energy Association": the institution word may close the name.
    k = j + 1
    while k < len(tokens) and k < j + 5 and name_like(tokens, k, titles, lowercase_words):
        if tokens[k].text in lex.INSTITUTION_HEADS and word == "and" and not lex.NAME_JOINERS & {tokens[k - 1].text}:
            return j - i < 2 or tokens[k].text not in lex.COMPANY_SUFFIXES  # "Ostara Kapital and Nordvik Growth Fund": two
        k += 1
    return False


# Fields named in pairs inside one name: "Pudong Science and Technology Investment".
FIELD_PAIRS = frozenset([("Science", "Technology"), ("Research", "Development"), ("Oil", "Gas")])
LONE_FIRM_WORDS = frozenset("Investments Holdings Partners Industries Securities Insurance Finance Trading".split())
UTILITY_WORDS = frozenset("Water Electricity Light Heat Sewerage Telephone Telegraph".split())  # no company suffixes


def utility_words_then_suffix(tokens, k: int) -> bool:
    """From token k, one or two words of a utility's name, then a company suffix ("Electricity Company";
    not "First Solar Inc.", another firm)."""
    j = k
    while j < min(k + 2, len(tokens)) and tokens[j].text in UTILITY_WORDS:
        j += 1
    return k < j < len(tokens) and tokens[j].text in lex.COMPANY_SUFFIXES


def trade_association_after(tokens, k: int) -> bool:
    """From token k, trade words and an association's word: "Semiconductor Association" (not "Nasscom Foundation")."""
    j = k
    while j < min(k + 3, len(tokens)) and tokens[j].text in lex.COMPANY_SUFFIXES:
        j += 1
    return k < j < len(tokens) and tokens[j].text in lex.ASSOCIATION_WORDS


def trade_words_then_singular(tokens, k: int) -> bool:
    """From token k, one or two trade words that are no name of their own ("Industrial Solutions"), then
    a verb of one subject: "and" joins two halves of one firm's name, not two firms."""
    j = k
    while j < min(k + 2, len(tokens)) and tokens[j].text in lex.COMPANY_SUFFIXES and tokens[j].text[0].isupper():
        j += 1
    return k < j < len(tokens) and tokens[j].lower in ("is", "has", "was")


def legal_form_ahead(tokens, k: int, titles, lowercase_words) -> bool:
    """Whether the name words from token k (three at most) end in a legal form: "Ethiopia BV"."""
    for j in range(k, min(k + 4, len(tokens))):
        if lex.is_legal_form(tokens[j].text) and j > k:
            return True
        if not name_like(tokens, j, titles, lowercase_words):
            return False
    return False


ROMANCE_JOINERS = frozenset("de des du del della di y".split()) | lex.PORTUGUESE_JOINERS
INSTITUTION_WORDS = lex.INSTITUTION_HEADS | lex.BANK_SUFFIXES | lex.GOVERNMENT_WORDS | lex.UNIVERSITY_WORDS
INSTITUTION_OPENERS = lex.INSTITUTION_HEADS | lex.BANK_SUFFIXES  # "Bank Negara Indonesia", "Ministry of ..."


PARENT_INITIALS = re.compile(r"^[A-Z]{2,3}$")


def absorbs_known(tokens, i, j, covered, titles, lowercase_words=frozenset()) -> bool:
    """A place after "of" inside an institution's name, a place that ends a name ("KFC Korea",
    "LG Electronics North America": a unit), a company word the store knows as a topic, or a topic
    inside an institution's name."""
    known = covered[j]
    if known is None:
        return False
    if tokens[j - 1].lower in ("of", "for") and known.cls in lex.PLACE_CLASSES:
        return True
    if known.cls in lex.PLACE_CLASSES and ends_name(tokens, known.last, titles):
        return True  # "KFC Korea", "Telenor Myanmar": a unit named after a place, at the end of a name
    # One new word before the known name, no common word the text writes in lower case, no place, event
    # or title, no description ("Chrysler-parent Stellantis", "the APEC CEO Summit Nvidia announced").
    word = tokens[i].text
    brand_before = j - i == 1 and i > 0 and word.lower() not in lowercase_words and word not in lex.PLACES \
        and not word.split("-")[-1].islower() and word not in EVENT_WORDS and not titles[i]
    if known.cls in lex.ORGANIZATION_CLASSES and (PARENT_INITIALS.match(tokens[j].text) or brand_before) \
            and known.last - known.first == 1 \
            and ends_name(tokens, known.last, titles) and tokens[j - 1].text[:1].isupper() \
            and not lex.is_demonym(tokens[j - 1].text):  # not "Bank of Tokyo-Mitsubishi and ING"
        return True  # "Prolec GE", "Celcom Axiata": a venture or unit named with its parent's name, not the parent
    single_suffix = known.last - known.first == 1 and tokens[j].text in lex.COMPANY_SUFFIXES
    field = tokens[j - 1].lower in ("of", "for", "and") and any(t.text in INSTITUTION_WORDS for t in tokens[i:j])
    return (single_suffix or field) and known.cls not in lex.AGENT_CLASSES  # "Authority for Data and Artificial Intelligence"


def ends_name(tokens, k: int, titles) -> bool:
    """Whether a name ending before token k ends there (no capitalized word but a title, no
    possessive): "Microsoft Korea CEO Cho Won-woo"."""
    return k >= len(tokens) or titles[k] or not tokens[k].is_capitalized and tokens[k].text not in ("'s", "’s")


def extension(tokens, known: Mention, covered, titles, lowercase_words) -> Run | None:
    """A known name followed by more name words is another name: "SK" + "Hynix"."""
    j = known.last
    if known.cls in lex.ORGANIZATION_CLASSES and suffix_after_comma(tokens, j):
        known.last, known.end = j + 2, tokens[j + 1].end  # "Globe Telecom, Inc." is still Globe Telecom
        known.text = " ".join(t.text for t in tokens[known.first:j]) + ", " + tokens[j + 1].text
        return None
    if j < len(tokens) and tokens[j - 1].text == "Fund" and FUND_NUMBER.match(tokens[j].text):
        return Run(known.first, j + 1, base=known if known.kind == "known" else None)  # "Vision Fund 2": its second fund
    if j >= len(tokens) or not name_like(tokens, j, titles) or lex.MODEL.match(tokens[j].text):
        return None  # "Nvidia B200", "AMD MI300X": a product's model, not another firm
    if covered[j] is not None and not (unit_in_place(tokens, known, covered[j], titles)
                                       or topic_inside(tokens, covered[j], titles)):
        return None
    last = run_end(tokens, j, covered, titles, lowercase_words)
    if known.cls in lex.PLACE_CLASSES and describes_with_ai(tokens, last):
        return None  # "the Seoul AI data center": a place and a topic describing a thing
    legal_form = all(lex.is_legal_form(t.text) for t in tokens[j:last])
    if legal_form and known.cls in lex.ORGANIZATION_CLASSES:
        known.last, known.end = last, tokens[last - 1].end  # "Nvidia Corp." is still Nvidia
        known.text = " ".join(t.text for t in tokens[known.first:last])
        return None
    # A well-known name's own longer form ("Rivian Automotive Inc.") is a name of its own whose
    # first word stays its short form; a store name's extension ("SK Hynix") is another entity.
    return Run(known.first, last, base=known if known.kind == "known" else None)


def unit_in_place(tokens, known: Mention, place: Mention, titles) -> bool:
    """"Nokia Korea", "HSBC Singapore", "Infosys Singapore Pte. Ltd": an organization's unit named
    after a place the store knows, at the end of the name or before its legal form."""
    end = place.last
    while end < len(tokens) and lex.is_legal_form(tokens[end].text):
        end += 1
    return (place.cls in lex.PLACE_CLASSES and known.cls in lex.ORGANIZATION_CLASSES
            and ends_name(tokens, end, titles))


def topic_inside(tokens, topic: Mention, titles) -> bool:
    """"LG" + "AI" (a topic the store knows) + "Research" is one name ("Google AI hub" is not)."""
    return (topic.cls not in lex.AGENT_CLASSES and topic.cls not in lex.PLACE_CLASSES
            and topic.last < len(tokens) and name_like(tokens, topic.last, titles))


GLUED = re.compile(r"[a-z]{7,}[A-Z](?![A-Z]*$)")  # not "FriendliAI": a name ending in capitals


def glued(word: str) -> bool:
    """"InfrastructureOpenAI": two words a scraper glued together; not "VodafoneThree", a known
    firm's name with another (a venture's name)."""
    found = GLUED.search(word) if len(word) > 8 else None
    return found is not None and wellknown().lookup(word[:found.end() - 1]) is None


CONTRACTION = re.compile(r"['’](?:ve|re|ll|d|m)$")


AI_KINDS = frozenset("Generative Gen Embodied Edge Agentic Physical Sovereign Enterprise Conversational Responsible "
                     "Specialised Specialized Vertical Industrial Multimodal Frontier Explainable Ethical Applied "
                     "General Artificial Predictive Open Cloud".split())


SECTION_WORDS = frozenset("News Latest Top Breaking Market Markets Stock Stocks Business Telecom Tech Technology World "
                          "Brief Briefs Hub Insights Economy Finance Politics Retail Commodities Forex Cryptocurrency "
                          "Environment Personal Local More Featured Trending".split())


def town_before_its_region(tokens, k: int) -> bool:
    """Whether ", Washington-based company" or ", North Carolina-based group" follows token k (not
    ", Hong Kong-based Everwin", where a list goes on)."""
    if k + 2 >= len(tokens) or tokens[k].text != ",":
        return False
    for j in (k + 1, k + 2):
        if not tokens[j].text[0].isupper():
            return False
        if tokens[j].text.endswith("-based"):
            return j + 1 < len(tokens) and tokens[j + 1].text.islower()
    return False


def keep_run(tokens, run: Run) -> bool:
    """Drop runs that are only adjectives of nationality, places in "San Francisco-based",
    words glued together by a scraper ("InfrastructureOpenAI"), or shouted headings."""
    if run.last < len(tokens) and lex.ORG_CUE_AFFIX.search(tokens[run.last].text):
        return False
    if town_before_its_region(tokens, run.last) and tokens[run.last - 1].text not in SUFFIX_WORDS:
        return False  # "The Redmond, Washington-based company", "the Durham, North Carolina-based group": a town
    if any(glued(t.text) for t in tokens[run.first:run.last]):
        return False
    if run.last < len(tokens) and tokens[run.last].text in lex.FUNCTION_CAPS \
            and wellknown().maker(tokens[run.last].text) is not None:
        return False  # "Grace Blackwell", "Vera Rubin": the first word of a product's name
    words = [t.text for t in tokens[run.first:run.last] if t.is_word]
    if all(NATIVE_SCRIPT.match(w) for w in words) and any(t.text == "(" for t in tokens[max(0, run.first - 3):run.first]):
        return False  # "United Microelectronics Corp (UMC, 聯電)": the name again in its own script
    if words[-1] == "government":
        return True
    if words[-1] in lex.AGREEMENT_WORDS:
        return False  # "a 25-year Power Consumption Agreement", "the Chips Act": a deal or a law, not a party
    if words[-1] in EVENT_HEADS or words[-2:] == ["World", "Congress"] \
            or (words[-1] in ("Forum", "Week") and held_at(tokens, run.first)):
        return False  # "the APEC CEO Summit", "Mobile World Congress", "at the US-Saudi Investment Forum": no party
    if words[0] == "Model" and (words[1:] in (["S"], ["X"], ["Y"], ["T"], ["U"]) or len(words) == 1 and run.last < len(tokens)
                                and tokens[run.last].text.isdigit()):
        return False  # "Model 3", "Model T": a car, not a firm (not "Model N")
    if len(words) == 2 and words[1] == "AI" and words[0] in AI_KINDS:
        return False  # "Embodied AI", "Edge AI": a kind of AI, not a firm
    if len(words) >= 2 and words[-1] == "AI" and " ".join(words[:-1]) in lex.PLACES and run.last < len(tokens) \
            and tokens[run.last].lower in AI_VENTURE_NOUNS:
        return False  # "a Japan AI venture", "Gulf AI capital": where, not who (not "the Lumen AI push")
    if "News" in words and set(words) <= SECTION_WORDS:
        return False  # "Latest News", "Stock Market News", "News & Insights": a page's section, not an outlet
    if words[-1] == "Branch" and " ".join(words[:-1]) in lex.PLACES:
        return False  # "PT Bank Negara Indonesia (Persero) Tbk, Singapore Branch": where the bank lends from
    if words[-1] in lex.CONCEPT_HEADS and abbreviated(tokens, run.last):
        return False  # "High Bandwidth Memory (HBM)": a technology, not a party
    if all(lex.is_demonym(w) for w in words):
        return False
    if " ".join(words) in FIRMS_ORGANS or (len(words) == 1 and PREFIXED_WORD.match(words[0])):
        return False  # "Allegro's Board of Directors", "the Big Three", "Post-transaction, its holders will ..."
    if len(words) == 1 and words[0] in NUMBERED_THINGS and run.last < len(tokens) \
            and tokens[run.last].text[:1].isdigit():
        return False  # "Block 53 offshore Suriname", "Phase 2": a numbered thing, not a firm
    if len(words) == 2 and lex.is_demonym(words[0]) and run.last < len(tokens) \
            and tokens[run.last].lower in lex.ORG_CUES:
        return False  # "Chinese Ecommerce platform Meituan": what the firm is, before its name
    if len(words) > 1 and words[-1] in lex.COMPANY_SUFFIXES and all(lex.is_demonym(w) for w in words[:-1]) \
            and words[-1] not in CARRIER_WORDS \
            and not any(t.text == "&" or t.text in NAME_ADJECTIVES for t in tokens[run.first:run.last]):
        return False  # "Korean AI", "South Korean AI", "American Steel" without a name of their own
    if len(words) == 1 and (len(words[0]) == 1 or words[0] in SUFFIX_WORDS or words[0] in INSTITUTION_WORDS
                            or words[0] in lex.OUTLET_WORDS or words[0] in NEVER_ALONE):
        return False  # an initial alone, or "Group", "the Commission", "News of ..." without a name of their own
    shouted = [w for w in words if w.isupper() and len(w) > 1]
    short_firm = len(words) == 2 and (words[-1] in lex.COMPANY_SUFFIXES or wellknown().lookup(words[0]) is not None)
    # "NC AI", "POSCO DX": a short firm's name, not a shouted heading
    return not (len(words) > 1 and len(shouted) == len(words)) or short_firm or byline(tokens, run)


# Chinese, Japanese and Korean script, which an English text gives only as a gloss.
NATIVE_SCRIPT = re.compile(r"^[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]+$")
# A firm's own bodies and rankings of firms: never a party of their own.
FIRMS_ORGANS = frozenset(["Board of Directors", "Board of Trustees", "Board of Management", "Supervisory Board",
                          "Management Board", "Big Three", "Big Four", "Big Five", "Big Tech"])
# "Post-transaction", "Pre-tax", "Non-executive": a prefixed common word that opens a sentence.
PREFIXED_WORD = re.compile(r"^(?:Post|Pre|Non|Mid|Anti|Self|Multi|Cross|Semi|Sub|Inter|Ex|Re)-[a-z]")
# What "a Japan AI ..." describes.
AI_VENTURE_NOUNS = frozenset("venture company cloud hub push plan plans strategy market startup firm project unit "
                             "capital investment investments spending boom industry "
                             "ambitions race sector champion champions campus campuses power data infrastructure".split())
# The last words of an event's name.
EVENT_HEADS = frozenset("Summit Expo Exhibition Conference Festival".split())


def held_at(tokens, k: int) -> bool:
    """Whether the name at k is where something happens: "At the ... Forum", "on the sidelines of the ...",
    not "a senior fellow at the Gulf Policy Forum"."""
    if any(t.lower == "sidelines" for t in tokens[max(0, k - 5):k]):
        return True
    at = next((j for j in range(k - 1, max(-1, k - 5), -1) if tokens[j].lower in ("at", "during")), None)
    if at is None:
        return False
    if at > 0 and tokens[at - 1].lower in SPEAKING:
        return True  # "chief executive Jensen Huang said at the Saudi-US Investment Forum"
    # not "a fellow at", "head of research at", "who leads policy work at": a post there
    return not any(t.lower in lex.TITLE_HEADS or t.lower in WORKING
                   for t in takewhile(lambda t: t.text != ",", reversed(tokens[max(0, at - 4):at])))


WORKING = frozenset("works work worked working leads lead led heads headed runs ran".split())
SPEAKING = lex.SPEECH_VERBS | frozenset("spoke speaking announced unveiled signed".split())


# Words that begin names ("World Bank", "Fab 21") but alone open a sentence: "World's top supplier".
NEVER_ALONE = frozenset("World Fab Ambassador Envoy".split())
# Words of the nationality pattern that begin names too: "National Telecom", "Global Foundries".
NAME_ADJECTIVES = frozenset("National International Global Federal State Central Local".split())


def byline(tokens, run: Run) -> bool:
    """A reporter's name in capitals: "- LEE JAE-LIM" alone on its line (a Korean paper's
    byline), "BY LEE JAE-LIM [email]", or "YOHEI MURAMATSU, Nikkei staff writer" at the start of one."""
    if not 2 <= run.last - run.first <= 3:
        return False
    dashed = run.first == 1 and tokens[0].text in "-–—" and run.last == len(tokens) and "-" in tokens[run.last - 1].text
    credited = (run.first == 0 and run.last < len(tokens) and tokens[run.last].text == ","
                and any(t.lower in REPORTER_WORDS for t in tokens[run.last + 1:run.last + 5]))
    signed = signed_line(tokens, run.first) and (
        run.last == len(tokens) or tokens[run.last].text in BYLINE_BREAKS)  # "BY LEE JAE-LIM [email]"
    labelled = run.first >= 2 and tokens[run.first - 1].text == ":" and tokens[run.first - 2].lower in BYLINE_LABELS
    return dashed or credited or signed or labelled or reporters_line(tokens)


def reporters_line(tokens) -> bool:
    """A line of reporters' names in capitals, joined by "and", maybe with their title after a comma:
    "YUKI FUJITA and RYO NAKAMURA, Nikkei staff writers", "LULWA AL-HARBI" (not "KEY POINTS", "ABU DHABI")."""
    comma = next((k for k, t in enumerate(tokens) if t.text == ","), len(tokens))
    names, rest = tokens[:comma], tokens[comma + 1:]
    if not names or not all(t.text.isupper() or t.lower in ("and", "&") for t in names):
        return False
    if rest and not any(t.lower in REPORTER_WORDS for t in rest):
        return False
    people = [name.split() for name in re.split(r"\bAnd\b|&", " ".join(t.text for t in names).title())]
    if any(" ".join(words) in lex.PLACES for words in people):
        return False  # "ABU DHABI": a dateline
    if any(len(words) > 3 or any(ch.isdigit() for ch in "".join(words)) for words in people):
        return False  # "SK HYNIX-NVIDIA HBM4 DEAL": a headline in capitals
    return any(words[0] in GIVEN_NAMES or any("-" in w for w in words[1:]) for words in people if words)


def signed_line(tokens, k: int) -> bool:
    """Whether the name at k follows "By" that opens its line, maybe after a date ("June 12, 2025
    By Harriet Kemp") and other reporters' names ("By Eero Lindqvist and Claire Donovan")."""
    j = k - 1 - (k >= 1 and tokens[k - 1].text == ":")  # "Published By : Anirudh Trivedi"
    while j >= 0 and (tokens[j].text in (",", "and", "&") or tokens[j].is_capitalized and tokens[j].lower != "by"):
        j -= 1
    if j < 0 or tokens[j].lower != "by" or tokens[k - 1].text not in ("BY", "By", "by", ",", "and", "&", ":"):
        return False
    return all(t.text.isdigit() or t.text in ",|–—-:" or t.lower in lex.MONTHS or t.lower in BYLINE_WORDS
               or ISO_DATE.match(t.text) for t in tokens[:j])


def next_after_by(tokens) -> int:
    """The token after the first "By" of a line (or past its end)."""
    return next((k + 1 + (tokens[k + 1].text == ":" if k + 1 < len(tokens) else 0)
                 for k, t in enumerate(tokens[:8]) if t.lower == "by"), len(tokens))


# Words before "By" on a byline's line: "Published By :", "date 2024-02-27 By", "Uploaded by".
STAMP_WORDS = frozenset("published updated posted".split())


def stamp_at(tokens, i: int) -> bool:
    """"By Lim Soo-bin Published : Sept. 24", "Updated 2025.08.08": a page's stamp, no part of a name (but
    "Posted Group")."""
    after = tokens[i + 1].text if i + 1 < len(tokens) else ""
    return tokens[i].lower in STAMP_WORDS and (after in (":", "") or after[:1].isdigit() or after.lower() in lex.MONTHS)


BYLINE_WORDS = frozenset("date published posted updated written uploaded story words text".split())  # "Words by X"
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


REPORTER_WORDS = lex.REPORTER_TITLES | {"staff"}  # "Nikkei staff writers"
# What follows a reporter's name on a byline: "By Jane Roe · Published ...", "By Jane Roe / Staff Writer".
BYLINE_BREAKS = frozenset("[ ( , | and & · • / – —".split())
# A byline's labels: "Writer: Yang Yunfei | Editor: Zhang Zeling", "Photographer: Kiyoshi Ota".
BYLINE_LABELS = frozenset("writer editor reporter author photographer".split())


SUFFIX_WORDS = lex.COMPANY_SUFFIXES | lex.GROUP_SUFFIXES | lex.BANK_SUFFIXES


NUMBERED_THINGS = frozenset("Block Blocks Phase Unit Line Lot Tranche Stage Area Train".split())
HEADLINE_INFINITIVES = frozenset("Buy Acquire Sell Invest Merge Join Build Supply Form Raise Take Launch Open Cut "
                                 "Exit Enter Partner Develop Expand Sign Pay Offer Bid".split())
# A demonym and one of these is a carrier's name: "Turkish Airlines", "British Airways", "Korean Air".
CARRIER_WORDS = frozenset("Airlines Airline Airways Air".split())


# ---------------------------------------------------------------- typing runs


# What a firm is called after its product's name: "the Atlas maker" (not "the Canva developer conference").
PRODUCT_MAKERS = frozenset(["maker"])
# Kinds of device a product's name follows: "food delivery robots PuduBot and BellaBot".
DEVICE_NOUNS = frozenset("robot robots drone drones smartphone smartphones handset handsets chatbot chatbots "
                         "app apps tablet tablets laptop laptops wearable wearables headset headsets".split())
DEVICE_CUE = "after the kind of device it is"


def thing_after_owner(tokens, run: Run, n_words: int) -> bool:
    """"the Kunshan facility", "its Rebel Quad inference chips": a one-word name after "the" right
    before a site or product noun, or a name after an owner's "its" or "'s" before a describing
    word and such a noun (not "its AUO Crystal facility", where the owner's own name may lead)."""
    before = tokens[run.first - 1].lower if run.first > 0 else ""
    after = [t.lower for t in tokens[run.last:run.last + 2]]
    if n_words == 1 and (before == "the" or before == "and" and run.first >= 3 and tokens[run.first - 3].lower == "the"
                         and tokens[run.first - 2].is_capitalized):
        return site_noun_after(tokens, run.last)  # "the Susquehanna nuclear plant", "the Freedom and Guernsey plants"
    if owned_at(tokens, run.first - 1) and n_words == 1 and after and after[0] in OWNED_PRODUCTS:
        return True  # "Google's Ironwood chips", "Nvidia's Blackwell processors"
    if not owned_at(tokens, run.first - 1):
        return False
    for k in range(run.last + 1, min(run.last + 3, len(tokens))):  # "its Rebel Quad inference chips",
        describing = tokens[run.last:k]  # "Google's Ironwood tensor processing units"
        if not all(t.text.isalpha() and t.text.islower() and t.lower not in DESCRIPTION_STOPS for t in describing) \
                or describing[0].lower in THINGS:
            return False
        if tokens[k].lower in THINGS or tokens[k].lower in OWNED_PRODUCTS:
            return True
    return False


# What a one-word name after "the" may be of, told in the plural after two names: "the Freedom and
# Guernsey combined-cycle plants", "the Creta and Venue SUVs".
SITES = THINGS | frozenset("campuses sites plants factories fabs reactors mines fields projects suv suvs sedans "
                           "vehicles".split())


def site_noun_after(tokens, k: int) -> bool:
    """Whether a site's noun follows token k, perhaps after "and" and a second one-word name and up to
    two describing words: "the Kunshan facility", "the Susquehanna nuclear plant", "the Freedom and
    Guernsey combined-cycle plants"."""
    if k + 1 < len(tokens) and tokens[k].lower == "and" and tokens[k + 1].is_capitalized:
        k += 2
    for j in range(k, min(k + 3, len(tokens))):
        if tokens[j].lower in SITES:
            return True
        if not (tokens[j].text.replace("-", "").isalpha() and tokens[j].text.islower()) \
                or tokens[j].lower in DESCRIPTION_STOPS:
            return False
    return False


# Words that end a description before a thing's noun: "the UAE's Ministry of Investment said the project".
DESCRIPTION_STOPS = frozenset("the a an said says and or of to in on at for with by as will would has have had is "
                              "was are were its their".split())


# What an owner's one-word product is called right after its name: "Google's Ironwood chips".
OWNED_PRODUCTS = frozenset("chips processors accelerators units gpus tpus cpus models servers reactors powerhouses "
                           "turbines phones smartphones handsets".split())
# A product's kind, before its name after a comma: "its own AI platform, Universe,".
PRODUCT_NOUNS = frozenset("platform model chatbot assistant app chip processor accelerator service software tool "
                          "engine gpu server product".split())  # not "its placement agent, Orbit Securities,"
# What an owner's two products are called together: "Nvidia's Omniverse and Cosmos platforms".
PRODUCT_KINDS = THINGS | PRODUCT_NOUNS | frozenset(noun + "s" for noun in PRODUCT_NOUNS)


def owned_pair_of_products(tokens, run: Run) -> bool:
    """"Nvidia's Omniverse and Cosmos platforms", "its Falcon and Eagle models": either name of two
    an owner's "'s" or "its" puts before one product noun."""
    if run.last + 1 < len(tokens) and tokens[run.last].lower == "and":
        end = capitalized_end(tokens, run.last + 1)
        return end > run.last + 1 and end < len(tokens) and tokens[end].lower in PRODUCT_KINDS \
            and owned_at(tokens, run.first - 1)
    if run.first >= 3 and tokens[run.first - 1].lower == "and" and run.last < len(tokens) \
            and tokens[run.last].lower in PRODUCT_KINDS:
        start = capitalized_start(tokens, run.first - 2)
        return start < run.first - 1 and owned_at(tokens, start - 1)
    return False


# Words that end a product's description going back: "Microsoft's partner on the model, Orbit Labs,".
DESCRIPTION_BREAKS = lex.NAME_JOINERS | frozenset("on in at with to by from the a an".split())


def apposed_product(tokens, run: Run) -> bool:
    """"The company built its own AI platform, Universe, and licensed it": a name apposed to an
    owner's product noun."""
    k = run.first
    if k < 3 or tokens[k - 1].text != "," or tokens[k - 2].lower not in PRODUCT_NOUNS:
        return False
    if run.last < len(tokens) and tokens[run.last].text in lex.POSSESSIVES:
        return False  # "Tencent's internet platform, China Harmony Auto's dealership network": a list
    j = k - 3
    while j >= max(0, k - 7) and not owned_at(tokens, j) and tokens[j].lower not in DESCRIPTION_BREAKS \
            and (tokens[j].text.islower() or tokens[j].text in ("AI", "LLM", "GPU")):
        j -= 1  # past the words describing it ("own AI"), not "Microsoft's partner on the model, Orbit Labs,"
    return owned_at(tokens, j)


def capitalized_end(tokens, k: int) -> int:
    """Past the (at most two) capitalized words from token k."""
    end = k
    while end < min(k + 2, len(tokens)) and tokens[end].text[:1].isupper():
        end += 1
    return end


def capitalized_start(tokens, k: int) -> int:
    """The first of the (at most two) capitalized words ending at token k."""
    start = k + 1
    while start > max(k - 1, 0) and tokens[start - 1].text[:1].isupper():
        start -= 1
    return start


def owned_at(tokens, k: int) -> bool:
    return k >= 0 and (tokens[k].lower in ("its", "their") or tokens[k].text in lex.POSSESSIVES)


def named_thing(tokens, k: int) -> bool:
    """"The Shackelford County campus, known as Frontier", "a cluster dubbed Colossus": a thing's name."""
    before = [t.lower for t in tokens[max(0, k - 5):k]]
    calls = before[-2:] == ["known", "as"] or before[-1:] in (["dubbed"], ["codenamed"], ["nicknamed"])
    return calls and bool(THINGS & set(before))


def in_region(tokens, k: int, after_preposition: bool = False) -> bool:
    """Whether ", <a region the place list knows>," follows token k ("Taylor, Texas,"); after "in"
    or "near", a country too ("in Lübbenau, Germany.")."""
    if k + 1 >= len(tokens) or tokens[k].text != ",":
        return False
    around = ("Region", "Country") if after_preposition else ("Region",)
    for n in (1, 2, 3):
        name = " ".join(t.text for t in tokens[k + 1:k + 1 + n])
        if lex.PLACES.get(name) in around and (k + 1 + n >= len(tokens) or tokens[k + 1 + n].text in (",", ".")):
            return True
    return False


def typed_run(tokens, run: Run, titles) -> Mention:
    cls, cue, rank = run_class(tokens, run, titles)
    acronym = acronym_after(tokens, run.last, run.first)
    if acronym and not cls and run.last - run.first == 2 and len(acronym) == 3 and chinese(acronym) \
            and titled_around(tokens, run, titles):
        cls, cue, rank = "Person", f"named in Chinese ({acronym})", 2  # "said Sherman Ku (古雪曼), an analyst at"
    elif acronym and not cls and run.last - run.first > 1:
        cls, cue, rank = "Company", f"abbreviated ({acronym})", 2
    kind = "rule" if cls else "unknown"
    base_words = run.base.last - run.base.first if run.base is not None else 0
    return make_mention(tokens, run.first, run.last, kind, cls, cue=cue, rank=rank, base_words=base_words,
                        acronym=acronym)


EXCHANGES = frozenset("NYSE NASDAQ Nasdaq TSE TYO KRX KOSPI KOSDAQ LSE LON HKEX HKG SGX SSE SZSE TSX ASX NSE BSE "
                      "Euronext XETRA FRA SIX OTC OTCQX TWSE TPEx IDX PSE SET KLSE Bursa TADAWUL Tadawul ADX DFM QSE "
                      "JSE BMV B3 BME OMX OSE NZX EPA AMS".split())
TICKER = re.compile(r"^[A-Z0-9][A-Z0-9.\-]{0,9}$")


def ticker_end(tokens, k: int) -> int | None:
    """Where "(NYSE: NOK)" or "(SSE.L)" ends, if a stock ticker starts at token k."""
    if k + 4 < len(tokens) and tokens[k + 1].text in EXCHANGES and tokens[k + 2].text == ":" \
            and TICKER.match(tokens[k + 3].text) and tokens[k + 4].text == ")":
        return k + 5
    if k + 2 < len(tokens) and "." in tokens[k + 1].text and TICKER.match(tokens[k + 1].text) \
            and tokens[k + 2].text == ")":
        return k + 3
    return None


def abbreviated(tokens, k: int) -> bool:
    """"(HBM)" or "(GPUs)" right after a phrase."""
    return (k + 2 < len(tokens) and tokens[k].text == "(" and tokens[k + 2].text == ")"
            and re.fullmatch(r"[A-Z]{2,6}s?", tokens[k + 1].text) is not None)


def acronym_after(tokens, k: int, first: int | None = None) -> str | None:
    """"(AWS)" right after a name: its abbreviation; "(NYSE: NOK)": its ticker; "Puertos y
    Logistica (Pulogsa)": a short name made of the name's first letters (the name opening at `first`)."""
    end = ticker_end(tokens, k) if k < len(tokens) and tokens[k].text == "(" else None
    if end is not None:
        return tokens[end - 2].text
    if k + 2 < len(tokens) and tokens[k].text == "(" and tokens[k + 2].text == ")":
        word = tokens[k + 1].text
        if k + 3 < len(tokens) and tokens[k + 3].text in lex.DASHES:
            return None  # "New Delhi (AFP) -": a dateline's wire
        if word.isupper() and word.isalpha() and 2 <= len(word) <= 6:
            return word
        if first is not None and k - first >= 2 and word.isalpha() and word.istitle() and len(word) >= 4 \
                and word[:2].lower() == tokens[first].text[:2].lower():
            return word
        if chinese(word):
            return word  # "Quanta Computer Inc (廣達)": its name in Chinese characters
    return None


def titled_around(tokens, run: Run, titles) -> bool:
    """A title or "said" right before the name, or a title after the comma that follows its bracket."""
    before = run.first - 1
    if before >= 0 and (titles[before] or tokens[before].lower in ("said", "says")):
        return True
    k = run.last + 3  # past "(古雪曼)"
    if k < len(tokens) and tokens[k].text == ",":  # ", an analyst at", ", a research fellow at"
        return any(titles[j] for j in range(k + 1, min(k + 5, len(tokens))))
    return False


def chinese(word: str) -> bool:
    return all("\u4e00" <= c <= "\u9fff" for c in word)


def dateline(tokens, run: Run) -> bool:
    """A place in capitals opening a sentence (after a page's date stamp at most) before a colon,
    bracket or dash: "SEATTLE (Reuters) -", "date 2025-10-09 AMSTERDAM :ASML"."""
    opens = run.first == 0 or (run.first <= 3 and not any(t.text[0].isupper() for t in tokens[:run.first]))
    return all(t.text.isupper() for t in tokens[run.first:run.last]) and opens \
        and run.last < len(tokens) and (tokens[run.last].text in lex.DASHES or tokens[run.last].text in (":", "(", ","))


def dateline_wire(tokens, run: Run) -> bool:
    """A name in brackets between a dateline and its dash: "NEW YORK, Nov 11 (Wirepoint) -", the wire
    that filed the story."""
    opening, closing = run.first - 1, run.last
    if opening < 1 or tokens[opening].text != "(" or closing + 1 >= len(tokens) or tokens[closing].text != ")" \
            or tokens[closing + 1].text not in lex.DASHES:
        return False
    before = tokens[:opening]
    return before[0].text.isupper() and len(before) <= 8 and all(
        t.text.isupper() or t.text in (",", ".") or t.text.isdigit() or t.lower in lex.MONTHS for t in before)


def names_a_division(tokens, run: Run) -> bool:
    """ "the Device Solutions (DS) division", "the company's Device Solutions division": a firm's part
    (a division a named firm owns, "Deutsche Telekom's T-Systems division", is told as a firm of its own)."""
    k = run.last
    if k + 2 < len(tokens) and tokens[k].text == "(" and tokens[k + 2].text == ")":
        k += 3  # past its abbreviation
    before = tokens[run.first - 1].lower if run.first > 0 else ""
    described_owner = before in ("'s", "’s") and run.first > 1 and tokens[run.first - 2].text.islower()
    return k < len(tokens) and tokens[k].lower in ("division", "segment") \
        and (before in ("the", "its", "their") or described_owner)  # not "Deutsche Telekom's T-Systems division"


HARDWARE_NOUNS = lex.PRODUCT_WORDS_SINGULAR | lex.HARDWARE_WHOLES | lex.words("gpus chiplet accelerators card")
MODEL_CODE = re.compile(r"^[A-Z]{1,4}\d{2,4}[A-Z]{0,2}$")  # "MI450", "GB300", "H100"


def model_line(tokens, run: Run, words: list[str]) -> bool:
    """"MI450 chips", "Nvidia RTX graphics chiplets": a model code, alone or after its maker's known name,
    right before what it is."""
    if run.last >= len(tokens) or tokens[run.last].lower not in HARDWARE_NOUNS:
        return False
    if len(words) == 1:
        return MODEL_CODE.match(words[0]) is not None
    made = run.base.last - run.base.first if run.base is not None else int(wellknown().lookup(words[0]) is not None)
    extension = words[made:] if made else []
    return bool(extension) and all(w.isupper() or MODEL_CODE.match(w) for w in extension)


def run_class(tokens, run: Run, titles) -> tuple[str | None, str, int]:
    """The class a run's own words and its neighbours give it, the cue, and its strength."""
    words = [t.text for t in tokens[run.first:run.last]]
    name = " ".join(words)
    if acting_administration(tokens, run, words):
        return "GovernmentBody", "a province or city that acts", 6
    if name in lex.PLACES:
        return lex.PLACES[name], "a place", 6
    if len(words) >= 2 and lex.PLACES.get(words[0]) == "Country" and " ".join(words[1:]) in lex.PLACES:
        return lex.PLACES[" ".join(words[1:])], "a place in a country", 6  # "U.S. West Coast"
    if dateline(tokens, run) and name.title() in lex.PLACES:
        return lex.PLACES[name.title()], "a dateline's place", 6  # "AMSTERDAM: ASML said ...", not "Thailand's GULF"
    if dateline(tokens, run) and run.first == 0 and tokens[run.last].text in lex.DASHES and len(name) > 4:
        return "Place", "a dateline's place", 6  # "DUIVEN – Applied Materials has ...": a town the lexicon lacks
    if dateline_wire(tokens, run):
        return "NewsOutlet", "a dateline's wire", 6
    if names_a_division(tokens, run):
        return "Topic", "a division's name", 6  # "head of the Device Solutions (DS) division": part of a firm
    if named_thing(tokens, run.first):
        return "Facility", "a site or product's name", 6  # "the campus, known as Frontier"
    if thing_after_owner(tokens, run, len(words)):
        return "Facility", "a site or product's name", 6  # "the Kunshan facility", "its Rebel Quad inference chips"
    if apposed_product(tokens, run):
        return "Product", "named after its owner's product noun", 6  # "its own AI platform, Universe,"
    if owned_pair_of_products(tokens, run):
        return "Product", "one of two products an owner names", 6  # "Nvidia's Omniverse and Cosmos platforms"
    if len(words) == 1 and run.first > 0 and tokens[run.first - 1].lower == "the" and run.last < len(tokens) \
            and tokens[run.last].lower in PRODUCT_MAKERS:
        return "Product", "a maker's product", 6  # "bought control of the Atlas maker from SoftBank"
    if run.first > 0 and tokens[run.first - 1].lower in DEVICE_NOUNS:
        return "Product", DEVICE_CUE, 6  # "delivery robot HoloBot", "its smartphone Galaxy"
    if model_line(tokens, run, words):
        return "Product", "a model line before its hardware noun", 6  # "MI450 chips", "Nvidia RTX graphics chiplets"
    placed = run.first > 0 and tokens[run.first - 1].lower in ("in", "near", "outside")
    town = len(words) == 1 or (len(words) <= 3 and placed and not set(words) & SUFFIX_WORDS)  # "near Port St. Lucie, Florida"
    if town and in_region(tokens, run.last, placed):
        return "City", "a place in a region", 6  # "Taylor, Texas,", "Abilene, Texas,", "in Lübbenau, Germany"
    if run.base is not None and run.base.cls == "Product":
        return "Product", "extends " + run.base.text, 3  # "ChatGPT Enterprise"
    if len(words) >= 2 and words[0] == "Project":
        return "Facility", "a project's name", 6  # "Project Rainier", "Project Jupiter": a site, no party
    if len(words) >= 2 and words[-1] == "Unit" and run.last < len(tokens) and tokens[run.last].text[:1].isdigit():
        return "Facility", "a plant's numbered unit", 6  # "Three Mile Island Unit 1"
    if run.first > 0 and tokens[run.first - 1].lower in ("its", "their", "'s", "’s") and run.last < len(tokens) \
            and tokens[run.last].lower in ("event", "conference", "summit", "keynote", "expo"):
        return "Topic", "an owner's event", 6  # "at its Advancing AI event": a name, no firm
    if name in product_makers() and owned_by_maker(tokens, name) \
            and not organization_known(words[0] if len(words) > 1 else ""):
        return "Product", "a well-known product, its maker named", 6  # "Microsoft's Azure"; "Google AI Pro" names Google
    if two_firms_then_words(words) and run.last < len(tokens) and tokens[run.last].lower in PAIR_SITE_WORDS:
        return "Facility", "two firms' names joined by a hyphen, then a site's", 6  # "SK Telecom-AWS Ulsan AI data center"
    if run.base is not None and run.base.cls == "Initiative" \
            and " ".join(words[len(run.base.text.split()):]) in lex.PLACES:
        return "Facility", "a site of " + run.base.text, 6  # "Stargate UAE", "Stargate Norway": a campus, no party
    if len(words) == 2 and words[0] in GIVEN_NAMES and run.first > 0 and titles[run.first - 1]:
        return "Person", "title before a given name", 4  # "CEO Andy Power", whatever his family name looks like
    for rule in (suffix_class, employer_class, person_class, cue_class, report_class):
        found = rule(tokens, run, words, titles)
        if found:
            return found
    if run.base is not None and run.base.cls in lex.ORGANIZATION_CLASSES:
        return "Company", "extends " + run.base.text, 3
    unit_word = len(words) >= 2 and (words[1] in NAME_ADJECTIVES or " ".join(words[1:]) in lex.PLACES
                                     or (len(words) == 2 and words[1].isupper() and len(words[1]) <= 4))
    if unit_word and organization_known(words[0]):
        return "Company", "extends " + words[0], 3  # "G42 International", "HSBC Singapore", "POSCO DX": a unit
    if run.base is not None and run.base.cls == "Person":
        return "Person", "extends " + run.base.text, 3
    if len(words) == 1 and CAMEL_CASE.match(words[0]) and run.last < len(tokens) and tokens[run.last].lower in ACTS:
        return "Company", "a camel-case name that acts", 2  # "DataBank has upsized", "nLighten said": a firm
    return None, "", 0


# A province or city that signs or talks acts as its government: "Gyeonggi Province signed an MOU
# with Zeta", "talks with Busan Metropolitan City" (not "a campus in Gyeonggi Province", "Gyeonggi
# Province has 13 million people").
ADMINISTRATIONS = frozenset("Province Prefecture City".split())
ACTING_VERBS = ACTS - frozenset("is was has have had owns operates expects".split())
PLACE_LEADS = frozenset("in near at across outside from of to into throughout".split())


def lower_at(tokens, k: int) -> str:
    """The lower-case word at token k; "" past either end of the sentence."""
    return tokens[k].lower if 0 <= k < len(tokens) else ""


def acting_administration(tokens, run, words: list[str]) -> bool:
    if len(words) < 2 or words[-1] not in ADMINISTRATIONS:
        return False
    if words[-1] == "City" and "Metropolitan" not in words and " ".join(words) not in lex.PLACES:
        return False  # not "Manchester City", a club, nor "Dubai Internet City", a business park
    before, after, then = lower_at(tokens, run.first - 1), lower_at(tokens, run.last), lower_at(tokens, run.last + 1)
    if before in PLACE_LEADS:
        return False  # "a data center in South Jeolla Province has turned ..."
    perfect = after in ("has", "have", "had") and (then.endswith("ed") or then.endswith("ly"))
    absolute = after.endswith(("ed", "en")) or after in ("as", "being")  # "with Gyeonggi Province seen as the site"
    return after in ACTING_VERBS or perfect or (before == "with" and not absolute)


# The words after two firms' names that make them a site's name: "the SK Telecom-AWS Ulsan AI data center"
# (lowercase words that follow a name, unlike sentence.SITE_NOUNS, the last words of a site's own name).
PAIR_SITE_WORDS = frozenset("data campus campuses plant site factory fab cluster hub facility centre center".split())


def owned_by_maker(tokens, product: str) -> bool:
    """Whether the sentence names the product's maker too: "Microsoft's Azure", "its Maia chips, which
    Microsoft designs" (not "Maia will build a second site", of a firm called Maia Capital)."""
    maker = wellknown().maker(product)
    if maker is None:
        return False
    words = {t.lower for t in tokens}
    return any(name.split()[0] in words for name in other_names(maker.iri))


def two_firms_then_words(words: list[str]) -> bool:
    """"SK Telecom-AWS Ulsan AI": two well-known firms joined by a hyphen and more words after them (before
    a site's noun) name what the two run, not a firm ("Sony-Honda Mobility signed" is one)."""
    for i, word in enumerate(words[:-1]):
        left, _, right = word.partition("-")
        if right and all(organization_known(name) for name in (" ".join(words[:i] + [left]), right)):
            return True
    return False


def organization_known(name: str) -> bool:
    common = wellknown().lookup(name)
    return common is not None and common.cls in lex.ORGANIZATION_CLASSES


# A brand's spelling ("DataBank", "nLighten"), no person's ("McDonald") nor a unit's ("kWh", "GaN").
CAMEL_CASE = re.compile(r"^(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O')[A-Z])[A-Za-z]*[a-z]{2}[A-Z][a-z]{2}[A-Za-z]*$")


def employer_class(tokens, run, words, titles):
    """"CEO of Raymond James", "director at Charles Stanley": who employs someone is an organization."""
    before = run.first - 1
    if before >= 1 and tokens[before].lower in ("of", "at") and titles[before - 1] \
            and not set(words) <= lex.BUSINESS_FUNCTIONS:  # not "Vice President of Strategic Development"
        return "Company", "employer after a title", 4
    if before >= 1 and tokens[before].lower == "at" and tokens[before - 1].lower in STAFF \
            and words[-1] not in LOCALITY_WORDS and " ".join(words) not in lex.PLACES:
        return "Company", "employer of its staff", 3  # "Analysts at ICRA" (not "Engineers at Hsinchu Science Park")
    return None


STAFF = frozenset("analysts economists strategists researchers engineers executives employees scientists".split())


BANK_OPENERS = frozenset("Banco Banca Banque".split())
# Suffixes that make a firm's name only with more words before them: not "Claude for Financial Services".
SUFFIX_MIN_WORDS = {"Services": 3}


def public_board(words: list[str]) -> bool:
    """"Securities and Exchange Board of India", "Board of Investment": a board of a country or a matter is a
    public one (not "Board of Directors", "Chicago Board of Trade")."""
    at = words.index("of")
    return words[at - 1] == "Board" and at + 1 < len(words) and words[at + 1] not in BOARD_OF_PEOPLE \
        and words[0] not in lex.PLACES


BOARD_OF_PEOPLE = frozenset("Directors Trustees Governors Regents Management Supervisors Advisors Advisers Trade".split())


def suffix_class(tokens, run, words, titles):
    last = words[-1]
    if last in lex.PLACE_SUFFIXES and len(words) > 1:
        return "Region", f"ends with {last!r}", 5
    if last == "government" or (len(words) == 2 and words[1] == "government"):
        return "GovernmentBody", "a country's government", 5
    if "of" in words and (words[words.index("of") - 1] in lex.GOVERNMENT_WORDS or public_board(words)):
        return "GovernmentBody", "government word", 5  # "Department of Energy", not a firm named "... Energy"
    if words[0] in BANK_OPENERS and len(words) > 1:
        return "Bank", f"starts with {words[0]!r}", 5  # "Banco do Nordeste", "Banque Misr"
    unit_of = suffix_class(tokens, run, words[:words.index("(")], titles) if "(" in words[1:] else None
    if unit_of is not None and unit_of[0] == "Bank":
        return "Bank", "a bank's unit in a place", 5  # "Bank of China (Hong Kong) Limited"
    for suffixes, cls in ((lex.BANK_SUFFIXES, "Bank"), (lex.GROUP_SUFFIXES, "BusinessGroup"),
                          (lex.PARTY_SUFFIXES, "PoliticalParty"), (lex.COMPANY_SUFFIXES, "Company")):
        if last in suffixes and len(words) >= SUFFIX_MIN_WORDS.get(last, 2):
            return cls, f"ends with {last!r}", 5
    if len(words) > 2 and words[-1] in lex.PLACES and words[-2] in lex.COMPANY_SUFFIXES:
        return "Company", "a company's unit in a place", 5  # "Orbit Steel Korea"
    if "of" in words and words[words.index("of") - 1] in lex.BANK_SUFFIXES:
        return "Bank", "a bank of a place", 5  # "Industrial Bank of Korea", "Bank of America"
    if set(words) & lex.UNIVERSITY_WORDS:
        return "University", "university word", 5
    if words[0] in lex.GOVERNMENT_WORDS or (set(words) & lex.GOVERNMENT_WORDS and len(words) > 1):
        return "GovernmentBody", "government word", 5
    if last in lex.OUTLET_WORDS or "News" in words or (len(words) == 1 and last in lex.KNOWN_OUTLET_NAMES):
        return "NewsOutlet", "news word", 5
    if last in lex.ASSOCIATION_WORDS and len(words) > 1:
        return "Organization", f"ends with {last!r}", 5
    if any(word in lex.ASSOCIATION_WORDS and after == "of" for word, after in zip(words, words[1:])):
        return "Organization", "an association of a trade", 4  # "Korea Chamber of Commerce and Industry"
    if any(word in lex.INSTITUTION_HEADS and after == "for" for word, after in zip(words, words[1:])):
        return "Organization", "an institution for a field", 4  # "National Center for High-Performance Computing"
    return None


KOREAN_NAME = re.compile(r"^[A-Z][a-z]{1,5}$")
GIVEN_NAME_PART = re.compile(r"^[A-Z][a-z]+-[a-z]+$")


# "(Reporting by Jane Doe; Editing by John Roe)": the people of a credit line.
CREDIT_WORDS = frozenset("reporting editing writing written edited compiled photo photos produced posted".split())


EVENT_WORDS = frozenset("Summit Conference Forum Expo Awards Week Day".split())


def in_credit_line(tokens, run) -> bool:
    """"(Reporting by A, B in Bengaluru and C in New York; Editing by D)": a name of a credit line,
    right after its "by" or listed after its first, within its brackets."""
    if tokens[run.first].lower in CREDIT_WORDS:
        return False  # not "... and Editing by D"
    for j in range(run.first - 1, max(0, run.first - 13), -1):
        if tokens[j].text in ("(", ")", ";", "."):
            return False
        if tokens[j].lower == "by" and j >= 1 and (tokens[j - 1].lower in CREDIT_WORDS or tokens[j - 1].text == "("):
            return j == run.first - 1 or tokens[run.first - 1].text in (",", "and")  # "(By A; Editing by B)" too
    return False


# Agencies beside a photographer's name in a photo credit: "REUTERS/Dado Ruvic/File Photo", "Jane Roe/Getty Images",
# "(Pool/Toby Melville)" (not "Blue Origin/Handout", a firm's own picture).
PHOTO_AGENCIES = frozenset("REUTERS Reuters AFP AP EPA Getty Alamy Bloomberg Xinhua XINHUA Yonhap YONHAP Kyodo "
                           "Shutterstock".split())


def photo_credit(tokens, run) -> bool:
    """"REUTERS/Dado Ruvic/Illustration", "(Source: Eric D Ricochet/Alamy Stock Photo)": two to
    four name words after an agency's (or a pool's) slash, or before a slash and an agency."""
    if not 2 <= run.last - run.first <= 4 or any(t.text in ("File", "Photo") for t in tokens[run.first:run.last]):
        return False  # not "REUTERS/File Photo"
    def text(k: int) -> str:
        return tokens[k].text if 0 <= k < len(tokens) else ""
    return (text(run.first - 1) == "/" and (text(run.first - 2) in PHOTO_AGENCIES or text(run.first - 2) == "Pool")) \
        or (text(run.last) == "/" and text(run.last + 1) in PHOTO_AGENCIES)


def person_class(tokens, run, words, titles):
    before = run.first - 1
    if before >= 0 and titles[before] and not (len(words) == 1 and words[0] in EVENT_WORDS):
        return "Person", "title before", 4  # not the "APEC CEO Summit"
    if before >= 0 and (tokens[before].text in lex.PERSON_HONORIFICS or two_word_style(tokens, before)):
        return "Person", "honorific", 4
    if byline(tokens, run):
        return "Person", "byline", 4
    if in_credit_line(tokens, run) or photo_credit(tokens, run):
        return "Person", "credit line", 4
    if appositive_title(tokens, run.last, titles) and not determined(tokens, run):
        return "Person", "title after", 4  # not "X, the UAE National Security Adviser, is chairman"
    if named_after_post(tokens, run, titles):
        return "Person", "named after a post", 4
    if 2 <= len(words) <= 3 and KOREAN_NAME.match(words[0]) and GIVEN_NAME_PART.match(words[-1]):
        return "Person", "name shape", 3
    if person_shaped(words):
        return "Person", "a given or family name", 2
    after = tokens[run.last].lower if run.last < len(tokens) else ""
    if after in lex.SPEECH_VERBS and 2 <= len(words) <= 3 and all(w.isalpha() or "-" in w for w in words) \
            and lex.PLACES.get(words[-1]) not in ("Country", "Region") and not lex.is_demonym(words[-1]) \
            and words[-1] not in CARRIER_WORDS and not any(w in lex.COMPANY_SUFFIXES for w in words):
        # not "Nestle India said", "Tata Asia said", "Orbit Global said", "ReNew Energy Global said"
        return "Person", "speaks", 2
    if handed_a_post(tokens, run, words, titles):
        return "Person", "takes or hands over a post", 3
    then = tokens[run.last + 1].lower if run.last + 1 < len(tokens) else ""
    if after in ("worked", "works") and then in ("for", "at") and len(words) <= 3:
        return "Person", "works for someone", 2
    if after == "," and then == "who" and 2 <= len(words) <= 3 and all(NAME_WORD.match(w) for w in words) \
            and not determined(tokens, run):
        return "Person", "who ...", 2  # "Dana Park, who heads Zeta", "Clay Magouyrk, who was named co-CEO"
    return None


def determined(tokens, run) -> bool:
    """"the UAE National Security Adviser", "the UAE's National Security Adviser": a post, no one's name."""
    before = run.first - 1
    if before >= 1 and tokens[before].text in lex.POSSESSIVES:
        before -= 2
    return before >= 0 and tokens[before].lower in ("the", "a", "an")


UPPER, LOWER = "A-ZÀ-ÖØ-Þ\u0100-\u017f", "a-zß-öø-ÿ\u0100-\u017f"  # "Christian Böhme", "Paweł Wójcik"
NAME_WORD = re.compile(rf"^(?:[{UPPER}][{LOWER}]+(?:-[{UPPER}{LOWER}][{LOWER}]+)?|[A-Z]\.|Md\.|Mc[A-Z][a-z]+|O'[A-Z][a-z]+)$")


def person_shaped(words: list[str]) -> bool:
    """"Makoto Uchida", "Li Huidi", "Tae-gyu Kim": two or three name-shaped words, starting
    with a known given or family name, or ending with a family name after a hyphenated one."""
    if not 2 <= len(words) <= 4 or not all(NAME_WORD.match(w) or ARABIC_ARTICLE.match(w) for w in words):
        return False
    if words[-1] in lex.COMPANY_SUFFIXES or set(words) & INSTITUTION_WORDS:
        return False
    first, last = words[0], words[-1]
    return first in GIVEN_NAMES or first in FAMILY_NAMES or (GIVEN_NAME_PART.match(first) and last in FAMILY_NAMES)


def appositive_title(tokens, k, titles, reach: int = 5) -> bool:
    """", OpenAI's chief strategy officer" / ", chairman of SK Group" / " is the chief executive
    of X" after a name."""
    if k >= len(tokens) or tokens[k].lower not in (",", "is", "was", "became", "becomes"):
        return False
    for j in range(k + 1, min(k + 1 + reach, len(tokens))):
        if titles[j]:
            return not title_before_name(tokens, j, titles) and not speaker_after(tokens, j, titles)
        if tokens[j].text in (",", ".", ";") or tokens[j].lower in ("and", "which", "said", "to"):
            return False  # "Dtac, to become the first CEO": the title is the appointee's, not Dtac's
    return False


def speaker_after(tokens, j, titles) -> bool:
    """"evaluated Intel Foundry, a Corvane spokesperson said": a title that speaks is an unnamed
    speaker's, not the name's before it."""
    while j < len(tokens) and titles[j]:
        j += 1
    return j < len(tokens) and tokens[j].lower in lex.SPEECH_VERBS


APPOINTING = frozenset("named appointed promoted tapped hired elected".split())


def handed_a_post(tokens, run, words, titles) -> bool:
    """"appointed Tamon Tseng as chairman", "Tamon Tseng will succeed Luke Lin", "succeeded by
    Luke Lin", "Gopalan to succeed Sievert as CEO": name words that take or hand over a post are a
    person (not a firm that qualifies a title or owns something: "appointed Gogoro Taiwan general
    manager X", "replacing Telecom Egypt's management"; not "Frenchman Christophe Fouquet"). One
    word alone counts beside a succession only ("appointed Deloitte" names a firm)."""
    if not 1 <= len(words) <= 3 or not all(NAME_WORD.match(w) for w in words) \
            or words[-1] in lex.COMPANY_SUFFIXES or set(words) & INSTITUTION_WORDS or words[0].endswith("man") \
            or (run.last < len(tokens) and (titles[run.last] or tokens[run.last].text in lex.POSSESSIVES)):
        return False
    if len(words) == 1 and (words[0] in GIVEN_NAMES or (run.first > 0 and tokens[run.first - 1].text == ")")):
        return False  # "will succeed Mike", "Sindisiwe (Sindi) Mabaso-Koyana": part of a name told in full
    before, after = lower_at(tokens, run.first - 1), lower_at(tokens, run.last)
    verbs = lex.SUCCESSION_VERBS | (APPOINTING if len(words) > 1 else frozenset())
    return (before in verbs or (before == "by" and lower_at(tokens, run.first - 2) in lex.SUCCEEDED)
            or after in lex.SUCCESSION_VERBS
            or (after in ("will", "to") and lower_at(tokens, run.last + 1) in lex.SUCCESSION_VERBS))


def named_after_post(tokens, run, titles) -> bool:
    """"the chief executive of Vodafone, Margherita Della Valle, said": a name set off by commas
    right after a post at an organization holds it."""
    k = run.first - 1
    if k < 3 or tokens[k].text != "," or run.last >= len(tokens) or tokens[run.last].text != "," \
            or not 2 <= run.last - run.first <= 4:
        return False
    for j in range(k - 1, max(0, k - 8), -1):
        if tokens[j].text in (",", ";", "(", ")"):
            return False
        if tokens[j].lower in ("of", "at") and titles[j - 1]:
            return True
    return False


def title_before_name(tokens, j, titles) -> bool:
    """"..., OpenAI's CSO Jason Kwon": the title belongs to the name after it."""
    while j < len(tokens) and titles[j]:
        j += 1
    return j < len(tokens) and name_like(tokens, j, titles)


PROXY_ADVISERS = frozenset("adviser advisers advisor advisors".split())


def cue_class(tokens, run, words, titles):
    """A cue word just before ("chipmaker Zeta", "Seoul-based Zeta") or an apposition after."""
    before = run.first - 1
    word = tokens[before].text if before >= 0 else ""
    if word.islower() and word in lex.ORG_CUES or before >= 0 and opening_kind_noun(tokens, before):
        return lex.ORG_CUES[word.lower()], f"after {word!r}", 3
    if word in PROXY_ADVISERS and before >= 1 and tokens[before - 1].lower == "proxy":
        return "Company", "after 'proxy adviser'", 3  # "Proxy adviser ISS", not "adviser Jane Doe"
    noun = tokens[before - 1].text if word == "," and before >= 1 else ""
    speaks = run.last < len(tokens) and tokens[run.last].lower in lex.SPEECH_VERBS  # "a larger investor, Park said"
    if noun.islower() and noun in lex.ORG_CUES and noun not in ("partner", "partners") and not speaks:
        return lex.ORG_CUES[noun], f"after '{noun},'", 2  # "Spain's largest operator, MasOrange"
    if noun == "venture":
        return "Company", "after 'venture,'", 2  # "The venture, SB OpenAI Japan, will be owned ..."
    if word == "in" and before >= 1 and tokens[before - 1].lower in ("stake", "stakes") \
            and not (run.last < len(tokens) and tokens[run.last].text[:1].isdigit()):
        return "Company", "a stake in it", 3  # "sold a 51% stake in GD Towers" (not "in Hornsea 3", a wind farm)
    if word == "of" and before >= 1 and tokens[before - 1].lower in lex.OWNED_NOUNS:
        return "Company", f"owns a {tokens[before - 1].lower}", 3  # "Ohio Edison, a unit of FirstEnergy,"
    if lex.ORG_CUE_AFFIX.search(word):
        return "Company", f"after {word!r}", 3
    after = tokens[run.last].lower if run.last < len(tokens) else ""
    if after in ("magazine", "newspaper", "daily", "newswire", "broadcaster"):
        return "NewsOutlet", f"before {after!r}", 3
    if after in RATING_VERBS and run.last + 1 < len(tokens) and rating_follows(tokens, run.last + 1) \
            and word not in ("'s", "’s", "'", "’"):  # not "Bernstein's Stacy Rasgon reiterated": an analyst
        return "Company", "rates a stock", 2  # "KeyBanc Capital Markets maintains Overweight"
    if run.last < len(tokens) and tokens[run.last].text in FIRM_NOUNS_AFTER and run.first > 0:
        return "Company", f"before {after!r}", 3  # "the historic Hewlett-Packard group", "Ramaswamy's Neeva startup"
    if before >= 1 and word in ("'s", "’s") and tokens[before - 1].text in lex.PLACES and not locality(words) \
            and after not in LOCALITY_NOUNS and not set(words) & (GIVEN_NAMES | FAMILY_NAMES):  # not "France's Macron"
        return "Company", "a place's", 2  # "from Germany's MorphoSys", not "Seoul's Gasan-dong"
    return apposition_class(tokens, run.last)


RATING_VERBS = frozenset("maintains maintained reiterates reiterated upgrades upgraded downgrades downgraded initiates "
                         "initiated keeps kept".split())


def rating_follows(tokens, k: int) -> bool:
    """A rating within the next few words: "maintained a Market Outperform rating", "upgraded AMD to Buy"."""
    return any(t.text in lex.RATINGS for t in tokens[k:k + 6])


LOCALITY_WORDS = lex.PLACE_SUFFIXES | frozenset("Ward Town Road Street Avenue City Station Airport Port Park".split())
LOCALITY_NOUNS = frozenset(w.lower() for w in lex.PLACE_SUFFIXES) | frozenset("ward area city neighborhood neighbourhood".split())
KOREAN_LOCALITY = re.compile(r"-(?:dong|gu|ro|si|do|gun|eup|myeon)$")


def locality(words: list[str]) -> bool:
    """A place within a place: "Gasan-dong", "Shinjuku Ward"."""
    return words[-1] in LOCALITY_WORDS or bool(KOREAN_LOCALITY.search(words[-1]))


# Words after a name that say it is a firm's: fewer than ORG_CUES, whose "platform" or "brand"
# after a name ("the Blackwell platform") would make a product a firm.
# "the Sprint merger" names the firm merged.
FIRM_NOUNS_AFTER = frozenset("group company firm startup start-up conglomerate chipmaker carmaker automaker "
                             "acquisition merger takeover buyout".split())


def apposition_class(tokens, k, reach: int = 6):
    """"Zeta, a Boston-based robotics startup," names a company."""
    if k + 2 >= len(tokens) or tokens[k].text != "," or tokens[k + 1].lower not in ("a", "an", "the"):
        return None
    for j in range(k + 2, min(k + 2 + reach, len(tokens))):
        word = tokens[j].text
        if word == "of" and tokens[j - 1].text in ("unit", "arm"):
            return "Company", "apposition 'unit of'", 3  # "Kunlunxin, the chip unit of search giant Baidu,"
        if word in (",", ".", ";", "of", "at", "for", "with") or not (word.islower() or lex.ORG_CUE_AFFIX.search(word)
                                                                      or modifying_capital(word)):
            return None  # the head noun comes first: "Pieters, a 25-year veteran of the company," is no firm
        if word in lex.ORG_CUES and word not in ("partner", "partners", "unit"):
            if j + 1 < len(tokens) and tokens[j + 1].lower in lex.SPEECH_VERBS:
                return None  # "X, the company said": who said it, not what X is
            return lex.ORG_CUES[word], f"apposition {word!r}", 3
    return None


def modifying_capital(word: str) -> bool:
    """A capitalized word that may describe a firm's kind: a place ("a Tokyo startup"), a people ("a
    Korean bank") or a short abbreviation ("a GPU cloud startup")."""
    return word in lex.PLACES or lex.is_demonym(word) or (word.isupper() and word.isalpha() and len(word) <= 4)


REPORT_WORDS = frozenset(["according", "reported", "report", "told"])
CITED = re.compile(r"(according to|reported by|report (by|from|in)|told)( the)?$")


def report_class(tokens, run, words, titles):
    """Who a claim is attributed to: "according to Zeta Daily", "a report by Zeta"."""
    window = tokens[max(0, run.first - 4):run.first]
    if any(t.lower in REPORT_WORDS for t in window):
        before = " ".join(t.lower for t in window)
        if CITED.search(before):
            return "NewsOutlet", "cited as a source", 1
    after = tokens[run.last].lower if run.last < len(tokens) else ""
    if after in ("reported", "reports") and len(words) <= 4:
        return "NewsOutlet", "reports", 1
    return None
