"""A sentence as the relation rules see it: tokens, the entities named in them, clauses, and
the document context that pronouns ("it", "the company") and people's employers come from."""

from __future__ import annotations

import re

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from graph.extract import lexicon as lex
from graph.extract.lexicon import LIST_JOINERS
from graph.extract.entities import Entity, EntityTable
from graph.extract.gazetteer import Gazetteer
from graph.extract.names import FUND_NUMBER, PLACE_WORDS, Mention, title_mask
from graph.extract.text import PATTERN_NUMBERS, Span, Token, make_token, split_clauses
from graph.extract.wellknown import WELLKNOWN_RANK, wellknown

PRONOUN_SUBJECTS = frozenset(["it", "we", "they"])
# "the company", "the AI firm", "the U.S. chipmaker": a definite phrase naming an organization.
COMPANY_HEADS = frozenset(lex.ORG_CUES) - {"partner", "partners", "unit", "companies", "firms", "banks", "startups", "chipmakers"}
# Words that end a list of parties ("with Zeta and Acme to build ...").
GROUP_STOPS = frozenset(
    "to that which who whose for in on at by from of as into over under after before since during "
    "through about while because if when where than said says is are was were be been being will "
    "would could should can may might has have had do does did according following amid despite "
    "but plus its their his her alongside joined along together besides denies denied rejects rejected signed "
    "inked struck announced agreed".split()
) | frozenset(". ; : ! ? ( ) “ ” \" [ ]".split()) | (lex.DASHES - {"-"})
COLLECTIVES = frozenset("group consortium syndicate fund number host".split())
FACILITY_NOUNS = frozenset("site sites plant plants fab fabs campus facility factory line build-out complex park "
                           "cluster hub center centre".split())
SITE_NOUNS = frozenset("site sites plant plants campus facility complex center centre dc".split())  # not "Wafer Fab"
THING_NOUNS = FACILITY_NOUNS | frozenset("model models platform app service chips chip project projects mine mines "
                                         "cores processors accelerators".split())


def names_a_thing(s: Sentence, m: Mention) -> bool:
    """"the Peoria site", "its Cumulus data center campus", "the Solar large language models",
    "Kairos's Hermes 2 reactor": a name a few lowercase words (or a number and a reactor) before a
    facility or product noun qualifies it (not "Anthra's plant", whose owner it names); 'an "AI Zone"',
    'the "Cristal intelligence" brand' are things called so."""
    if s.possessive_at(m.last):
        return False
    if s.lower(m.first - 1) in ('"', "“") and s.lower(m.first - 2) in ("a", "an", "the", "its", "their"):
        return True
    if m.last + 1 < len(s.tokens) and s.tokens[m.last].text.isdigit():
        return s.lower(m.last + 1) in THING_NOUNS | {"reactor", "reactors"}
    for j in range(m.last, min(m.last + 4, len(s.tokens))):
        if s.lower(j) in THING_NOUNS:
            return True
        if not s.tokens[j].text.islower() or s.lower(j) in GROUP_STOPS or s.lower(j) in LIST_JOINERS:
            return False
    return False
PLACE_PREPOSITIONS = frozenset("in at on from to of for by with across near inside outside".split())
# Words after which a name is a verb's object: "is sending samples to Nvidia and has signed ...".
OBJECT_PREPOSITIONS = frozenset("to with from for into on at".split())
# Words between a relative clause's subject and its verb: "which IBM has since acquired".
RELATIVE_ADVERBS = frozenset("has have had also already since previously recently later first then now "
                             "largely partly jointly".split())


@dataclass
class Sentence:
    index: int
    span: Span
    tokens: list[Token]
    mentions: list[Mention]
    at: list[Mention | None] = field(default_factory=list)
    titles: list[bool] = field(default_factory=list)
    used: set = field(default_factory=set)  # mentions (and subjects) deals of this sentence have taken
    found: frozenset[int] | None = None  # the sentence patterns that match, when read ahead (text.py)

    def __post_init__(self):
        if not self.titles:
            self.titles = title_mask(self.tokens, self.span.text, self.span.start)
        self.at = [None] * len(self.tokens)
        for m in self.mentions:
            self.at[m.first:m.last] = [m] * (m.last - m.first)
        self.listing_dashes = listing_dashes(self.tokens, self.at)
        for k in self.listing_dashes:
            self.tokens[k] = make_token(",", self.tokens[k].start, self.tokens[k].end)
        self.starts = [t.start for t in self.tokens]
        self.lowered = [t.lower for t in self.tokens]  # the hottest question the rules ask
        self.cache = {}  # answers worked out once ("amounts", "cues", dates, reports); only "cues" is read ahead
        self._clauses = None

    def __getstate__(self):
        """Tokens go to and from the read-ahead process as plain tuples: named tuples pickle slowly."""
        state = dict(self.__dict__)
        state["tokens"] = [tuple(token) for token in self.tokens]
        return state

    def __setstate__(self, state):
        state["tokens"] = [Token._make(token) for token in state["tokens"]]
        self.__dict__.update(state)

    @property
    def clauses(self) -> list[tuple[int, int]]:
        """Token ranges of the sentence's clauses (worked out when a rule first asks)."""
        if self._clauses is None:
            self._clauses = []
            for clause in split_clauses(self.span):
                a, b = bisect_left(self.starts, clause.start), bisect_left(self.starts, clause.end)
                if a < b and self._clauses and self._clauses[-1][1] in self.listing_dashes:
                    self._clauses[-1] = (self._clauses[-1][0], b)  # the dash set off a list, not a clause
                elif a < b:
                    self._clauses.append((a, b))
        return self._clauses

    def token_at(self, offset: int) -> int:
        """The index of the token that starts at or after a character offset."""
        return bisect_left(self.starts, offset)

    def clause_of(self, k: int) -> tuple[int, int]:
        for a, b in self.clauses:
            if a <= k < b:
                return a, b
        return 0, len(self.tokens)

    def lower(self, k: int) -> str:
        """The lower-case word at token k; "" before and after the sentence (rules look past its ends)."""
        if k < 0:
            return ""
        try:
            return self.lowered[k]
        except IndexError:
            return ""

    def search(self, pattern: re.Pattern) -> re.Match | None:
        """pattern.search over the sentence's text."""
        return None if self.cannot_match(pattern) else pattern.search(self.span.text)

    def match(self, pattern: re.Pattern) -> re.Match | None:
        """pattern.match at the start of the sentence's text."""
        return None if self.cannot_match(pattern) else pattern.match(self.span.text)

    def cannot_match(self, pattern: re.Pattern) -> bool:
        """A registered pattern the read-ahead found nowhere in the text."""
        number = PATTERN_NUMBERS.get(id(pattern))
        return self.found is not None and number is not None and number not in self.found

    def plain_words(self, a: int = 0, b: int | None = None) -> set[str]:
        """The lower-case words of tokens [a, b) that no name covers (what the learned models read)."""
        return {w for w, m in zip(self.lowered[a:b], self.at[a:b]) if m is None and w.isalpha()}

    def text(self, a: int, b: int) -> str:
        """The original text of tokens [a, b)."""
        return self.span.text[self.tokens[a].start - self.span.start:self.tokens[b - 1].end - self.span.start]

    def mention_starting(self, k: int) -> Mention | None:
        m = self.at[k] if 0 <= k < len(self.tokens) else None
        return m if m is not None and m.first == k else None

    def mention_ending(self, k: int) -> Mention | None:
        """The mention whose last token is k - 1."""
        m = self.at[k - 1] if 0 < k <= len(self.tokens) else None
        return m if m is not None and m.last == k else None

    def possessive_at(self, k: int) -> bool:
        return 0 <= k < len(self.tokens) and self.tokens[k].text in lex.POSSESSIVES


def listing_dashes(tokens: list[Token], at: list[Mention | None]) -> list[int]:
    """The dashes that set off a list of names as commas would: "Three banks — A, B and C — will
    lend", "with two chipmakers - A and B." (a dash before a list that ends the sentence)."""
    dashes = [k for k, t in enumerate(tokens) if t.text in lex.DASHES]
    found = []
    for i, k in enumerate(dashes):
        end = dashes[i + 1] if i + 1 < len(dashes) else len(tokens) - (tokens[-1].text in ".!?" if tokens else 0)
        if k not in found and lists_names(tokens, at, k + 1, end):
            found += [k, end] if end < len(tokens) and tokens[end].text in lex.DASHES else [k]
    return found


def lists_names(tokens: list[Token], at: list[Mention | None], a: int, b: int) -> bool:
    """Whether tokens [a, b) are two or more names joined by commas and "and" (a name may follow its
    country's possessive: "and Vietnam's Viettel")."""
    names, k = 0, a
    while k < b:
        m = at[k]
        if m is not None and m.first == k and m.last < b and m.text in lex.PLACES \
                and tokens[m.last].text in lex.POSSESSIVES:  # a country's possessive before the name
            k = m.last + 1
        elif m is not None and m.first == k and m.last <= b:
            names, k = names + 1, m.last
        elif tokens[k].lower in LIST_JOINERS and names:
            k += 1
        else:
            return False
    return names >= 2 and tokens[b - 1].lower not in LIST_JOINERS


def opening_description(s: Sentence, start: int = 0) -> str | None:
    """"startup" when the sentence opens with "The Seoul-based startup" (at token `start`): a firm
    named by its kind."""
    if s.lower(start) != "the":
        return None
    for j in range(start + 1, min(start + 7, len(s.tokens))):
        m = s.at[j]
        if m is not None and not (is_place(m) or m.text.endswith("-based") or (m.kind == "unknown" and s.lower(m.last) == ",")):
            return None  # "The Livingston, New Jersey-based company": places describe it
        if s.lower(j) in COMPANY_HEADS:
            return s.lower(j)
    return None


# Words that open a phrase of time before the clause's subject: "Since the start of the year it ...".
TIME_OPENERS = frozenset("since in on at after before during over by earlier later last this to".split())  # "To raise cash it sold"


def opening_referent_at(s: Sentence) -> int | None:
    """Where the word standing for a firm opens the sentence: "It ...", "In June, it ...",
    "The Seoul-based startup ..." (its noun)."""
    if s.lower(0) in ("it", "its"):
        return 0
    comma = next((k for k in range(1, min(6, len(s.tokens))) if s.lower(k) == ","), None)
    if comma is not None and not any(s.at[k] for k in range(comma)):
        if s.lower(comma + 1) == "it":
            return comma + 1
        noun = opening_description(s, comma + 1)  # "Last year, the company sold ..."
        if noun is not None:
            return next(j for j in range(comma + 2, comma + 8) if s.lower(j) == noun)
    it = next((j for j in range(2, min(11, len(s.tokens))) if s.lower(j) == "it"), None)
    if it is not None and s.lower(0) in TIME_OPENERS and all(
            s.at[k] is None and s.lower(k) not in lex.SPEECH_VERBS for k in range(it)):
        return it  # "In October it agreed ...", "Since the start of the year it has signed ..."
    the = next((j for j in range(2, min(6, len(s.tokens))) if s.lower(j) == "the"), None)
    timed = the is not None and s.lower(0) in TIME_OPENERS and not any(s.at[k] for k in range(the))
    noun = opening_description(s, the) if timed else None
    if noun is not None:  # "In July the San Francisco company signed ..."
        return next(j for j in range(the + 1, the + 7) if s.lower(j) == noun)
    noun = opening_description(s)
    return next((j for j in range(1, 7) if s.lower(j) == noun), None) if noun else None


# Organizations that "the company", "the firm" or "the chipmaker" never stands for.
NOT_COMPANIES = frozenset(["GovernmentBody", "University", "NewsOutlet", "PoliticalParty"])


# Nouns for a firm and the words of the names they fit: "the telco" and "SK Telecom".
NOUN_NAME_WORDS = {
    "telco": frozenset("Telecom Telekom Telecommunications Mobile Telco".split()),  # not "the carrier": an airline too
    **dict.fromkeys(("bank", "lender"), frozenset("Bank Banking Bancorp".split())),
    **dict.fromkeys(("automaker", "carmaker"), frozenset("Motor Motors Automotive Auto".split())),
    "utility": frozenset("Power Electric Energy Utilities".split()),
}


def may_stand_for(noun: str, entity: Entity) -> bool:
    """Whether a company's noun ("the company", "the startup") may stand for the entity."""
    return lex.ORG_CUES.get(noun) != "Company" or entity.cls not in NOT_COMPANIES


# Words the demonym pattern takes that say where in a country, or nothing of one.
NO_COUNTRY = frozenset("global national international local federal state central western eastern northern southern "
                       "south north east west southeast northeast southwest northwest midwest islamic".split())
# Countries whose name and demonym do not begin alike, or whose name has more than one word.
COUNTRY_OF = {
    "dutch": "nl", "netherlands": "nl", "french": "fr", "france": "fr", "american": "us", "us": "us", "u.s.": "us",
    "united states": "us", "emirati": "ae", "uae": "ae", "united arab emirates": "ae", "british": "gb", "uk": "gb",
    "u.k.": "gb", "britain": "gb", "united kingdom": "gb", "swiss": "ch", "switzerland": "ch", "saudi": "sa",
    "saudi arabia": "sa", "spanish": "es", "spain": "es", "finnish": "fi", "finland": "fi", "irish": "ie",
    "ireland": "ie", "austrian": "at", "austria": "at", "australian": "au", "australia": "au",
    "north korea": "kp", "north korean": "kp",
}


def country_key(name: str) -> str | None:
    """A key shared by a country's name and its demonym: "South Korea" and "Korean", "Dutch" and
    "Netherlands"; None for words of no country ("Global", "Southern")."""
    lower = name.lower()
    if lower in NO_COUNTRY:
        return None
    return COUNTRY_OF.get(lower, lower.split()[-1][:4])


def origins_named(s: Sentence, m: Mention) -> set[str]:
    """The countries the sentence ties a firm to: "Dutch chipmaker ASML", "South Korea's Naver",
    "ASML, the Dutch company,"."""
    keys = set()
    j = m.first - 1
    while j >= 0 and j >= m.first - 3 and s.tokens[j].text.islower() and not s.possessive_at(j):
        j -= 1  # past "chipmaker", "tech giant"
    if j >= 0 and lex.is_demonym(s.tokens[j].text):
        keys.add(country_key(s.tokens[j].text))
    if j >= 1 and s.possessive_at(j) and is_place(s.at[j - 1]):
        keys.add(country_key(s.at[j - 1].text))
    if s.lower(m.last) == "," and s.lower(m.last + 1) in ("the", "a", "an"):
        keys |= {country_key(t.text) for t in s.tokens[m.last + 2:m.last + 5] if lex.is_demonym(t.text)}
    return keys - {None}


def described_origin(s: Sentence, noun_at: int) -> set[str]:
    """The countries a description ending in a firm's noun names: "the South Korean chipmaker"."""
    keys = set()
    for j in range(noun_at - 1, max(-1, noun_at - 5), -1):
        if s.lower(j) == "the":
            break
        if lex.is_demonym(s.tokens[j].text):
            keys.add(country_key(s.tokens[j].text))
    return keys - {None}


@dataclass
class DocContext:
    """What the rules know about the document so far."""

    published: date
    table: EntityTable
    counts: Counter = field(default_factory=Counter)
    first_seen: dict = field(default_factory=dict)
    employer: dict = field(default_factory=dict)  # person entity -> organization entity
    posts: dict = field(default_factory=dict)  # person entity -> their first role (a RoleFact)
    last_person: tuple = (None, -1)  # the person named last, and in which sentence
    last_subject: tuple = (None, -1)  # the first organization of the last sentence naming one, and which
    recent: list = field(default_factory=list)  # organizations in the order last named
    best: Entity | None = None  # the main actor so far
    last_deal: object = None  # the deal found last (a relations.DealFact)
    last_purchase: object = None  # the acquisition found last
    last_loan: object = None  # the loan (a FinancialCooperation deal) found last
    last_agreed: object = None  # the deal found last that is not a holding ("the Blackstone-owned operator")
    outlet: Entity | None = None  # the news outlet the page names near its top
    furniture: set = field(default_factory=set)  # indices of the sentences that are a page's furniture
    consortium_lead: Entity | None = None  # "a consortium led by X" in the sentence before, no deal yet
    funding_round: object = None  # the funding round told last (a rounds.FundingRound)
    team_header: int = -1  # the sentence that announced a list of teams and their members ("The teams:")
    supplier: tuple = (None, -1)  # "Nvidia will supply 260,000 GPUs to Korea": no customer named yet; and where
    described: dict = field(default_factory=dict)  # "startup" -> the firm "the startup" stood for last
    referents: dict = field(default_factory=dict)  # sentence index -> (firm its opening "it" stands for, token)
    origins: dict = field(default_factory=dict)  # organization entity -> keys of the countries the text ties it to
    gazetteer: Gazetteer | None = None  # the store's names, for a product's maker or a country's government

    def count(self, sentence: Sentence) -> None:
        """Tally the sentence's organizations (its first, the likely subject, counts twice,
        and the document's first subject thrice more); remember who "he" or "she" may be, and
        which countries the sentence ties its firms to."""
        referred = self.opening_reference(sentence)
        at = opening_referent_at(sentence)
        if at is not None and (referred or self.best) is not None:
            self.referents[sentence.index] = (referred or self.best, at)
        orgs = [m.entity for m in sentence.mentions if is_organization(m) and m.entity.cls != "NewsOutlet"]
        if referred is not None:  # "The company anchored X's round. It also signed ...": "it" is still the company
            self.last_subject = (referred, sentence.index)
        elif orgs:
            self.last_subject = (contrasted_subject(sentence) or unqualified_first(sentence) or orgs[0], sentence.index)
        if orgs:
            self.tally(orgs[0], 1 + (3 if not self.counts else 0), sentence.index)
        for entity in orgs:
            self.tally(entity, 1, sentence.index)
            if entity in self.recent:
                self.recent.remove(entity)
            self.recent.append(entity)
        del self.recent[:-20]
        for m in sentence.mentions:
            if self.outlet is None and 0 < sentence.index < OUTLET_LINES and m.entity is not None \
                    and m.entity.cls == "NewsOutlet" and m.first <= (sentence.lower(0) == "the"):
                self.outlet = m.entity  # the outlet's own line, not "..., Nikkei reports" in the headline
            if m.entity is not None and m.entity.cls == "Person":
                self.last_person = (m.entity, sentence.index)
            elif is_organization(m):
                self.origins.setdefault(m.entity, set()).update(origins_named(sentence, m))
                if described_as_venture(sentence, m):
                    self.described["venture"] = m.entity

    def of_origin(self, sentence: Sentence, noun_at: int, found: Entity | None) -> Entity | None:
        """What a description stands for, given the firm `found` for it: the firm named last that the
        text tied to the country the description names, when `found` is not ("the Dutch company":
        ASML, told of as "Dutch chipmaker ASML", though the sentence before was about Mistral)."""
        keys = described_origin(sentence, noun_at)
        if not keys or found is None or keys & self.origins.get(found, set()):
            return found
        return next((e for e in reversed(self.recent) if keys & self.origins.get(e, set())), found)

    def the_two(self) -> list[Entity]:
        """What "the two companies" stands for: the last two parties of the deal agreed before (not a
        holding told beside it), or the two organizations named last."""
        told = self.last_agreed or self.last_deal
        last = told.parties if told else self.recent
        return last[-2:] if len(last) >= 2 else []

    def opening_reference(self, sentence: Sentence) -> Entity | None:
        """The firm a sentence opening with "It", "In June, it" or "The Seoul-based startup" is about:
        what the description stood for before, else the subject of the sentence just before."""
        at = opening_referent_at(sentence)
        if at is None:
            return None
        noun = sentence.lower(at) if sentence.lower(at) in COMPANY_HEADS else None
        referred = self.fitting(noun, self.described.get(noun) or self.previous_subject(sentence))
        referred = self.of_origin(sentence, at, referred) if noun is not None else referred
        if noun is not None and referred is not None:
            self.described.setdefault(noun, referred)
        return referred

    def tally(self, entity: Entity, weight: int, index: int) -> None:
        self.counts[entity] += weight
        self.first_seen.setdefault(entity, index)
        best = self.best
        if best is None or (self.counts[entity], -self.first_seen[entity]) > (self.counts[best], -self.first_seen[best]):
            self.best = entity

    def government_of(self, country: Entity) -> Entity:
        """The store's government body of a country, or a new one named after it."""
        known = self.gazetteer.government(country.iri) if self.gazetteer and country.known else None
        if known is not None:
            return self.table.add_known(known.iri, known.label, "GovernmentBody", known.label)
        name = f"Government of {country.label}"
        found = self.table.find(name)
        if found is None:
            found = self.table.add_new(name, "GovernmentBody", rank=5)
            self.table.add_alias(found, f"{country.label} government")
        return found

    def maker_of(self, product: str) -> Entity | None:
        """The maker of a product the store or the product list knows ("ChatGPT": OpenAI)."""
        known = self.gazetteer.maker(product) if self.gazetteer else None
        if known is not None:
            return self.table.add_known(known.iri, known.label, known.cls, known.label)
        common = wellknown().maker(product)
        return self.organization_named(common.label) if common is not None else None

    def leader_of(self, m: Mention) -> Entity | None:
        """The firm leading the initiative the store knows that m names ("Stargate": OpenAI)."""
        known = self.gazetteer.leader(m.iri) if m.kind == "known" and self.gazetteer is not None else None
        return self.table.add_known(known.iri, known.label, known.cls, known.label) if known is not None else None

    def organization_named(self, name: str) -> Entity | None:
        """The organization a name stands for: in the batch, in the store, or well known."""
        found = self.table.find(name)
        if found is not None:
            return found if found.is_organization else None
        known = self.gazetteer.lookup(name) if self.gazetteer else None
        if known is not None and known.cls in lex.ORGANIZATION_CLASSES:
            return self.table.add_known(known.iri, known.label, known.cls, name)
        common = wellknown().lookup(name)
        if common is not None and common.cls in lex.ORGANIZATION_CLASSES:
            return self.table.add_new(common.label, common.cls, rank=WELLKNOWN_RANK)
        return None

    def supplier_told(self, sentence: Sentence) -> Entity | None:
        """The firm the last three sentences told as supplying something to no customer named, if any."""
        supplier, index = self.supplier
        return supplier if supplier is not None and sentence.index - index <= 3 else None

    def he_or_she(self, sentence: Sentence) -> Entity | None:
        """"He" or "she": the person named in the last three sentences, if any."""
        person, index = self.last_person
        return person if person is not None and sentence.index - index <= 3 else None

    def previous_subject(self, sentence: Sentence) -> Entity | None:
        """The first organization of the sentence just before (past a page's furniture), if it names one."""
        entity, index = self.last_subject
        before = sentence.index - 1
        while before in self.furniture and before > index:
            before -= 1
        return entity if index == before else None

    def named_last(self, cls: str | None) -> Entity | None:
        """The organization of a class other than company named last ("the ministry", "the bank")."""
        if cls in (None, "Company"):
            return None
        return next((e for e in reversed(self.recent) if e.cls == cls), None)

    def named_for(self, noun: str | None) -> Entity | None:
        """The one firm of the text whose name says what the noun does ("the telco": SK Telecom)."""
        words = NOUN_NAME_WORDS.get(noun or "")
        so_named = [e for e in self.counts if words and words & set(e.label.split())]
        return so_named[0] if len(so_named) == 1 else None

    def main_actor(self) -> Entity | None:
        """The organization the document is mostly about so far."""
        return self.best

    def fitting(self, noun: str | None, found: Entity | None) -> Entity | None:
        """What a firm's noun stands for: the entity found, unless the noun cannot stand for it ("The
        ministry has committed ... The company is negotiating": not the ministry), then the
        organization the document is mostly about that it can."""
        if noun is None or found is None or may_stand_for(noun, found):
            return found
        candidates = [e for e in self.counts if may_stand_for(noun, e)]
        return max(candidates, key=lambda e: (self.counts[e], -self.first_seen[e]), default=None)


def described_as_venture(s: Sentence, m: Mention) -> bool:
    """ "AdaniConneX, a 50-50 joint venture with Adani," : the firm a later "that venture" stands for."""
    k = m.last
    if s.lower(k) != "," or s.lower(k + 1) not in ("a", "an", "the", "its", "their"):
        return False
    return any(s.lower(j) == "venture" for j in range(k + 2, min(k + 6, len(s.tokens))))


OUTLET_LINES = 6  # a page names its outlet in its first lines: headline, outlet, byline


def is_place(m: Mention | None) -> bool:
    return m is not None and m.entity is not None and m.entity.is_place


def is_organization(m: Mention | None) -> bool:
    return m is not None and m.entity is not None and m.entity.is_organization


def is_person(m: Mention | None) -> bool:
    return m is not None and m.entity is not None and m.entity.cls == "Person"


CONTRAST_OPENERS = frozenset(["unlike", "like", "besides", "apart", "compared", "beyond"])


def contrasted_subject(s: Sentence) -> Entity | None:
    """"Unlike OpenAI, which is backed by Microsoft, Cohere has raised little": the firm that acts,
    not the ones the opening contrasts it with."""
    if s.lower(0) not in CONTRAST_OPENERS:
        return None
    return next((m.entity for m in s.mentions if is_organization(m) and s.lower(m.last) in CLAUSE_VERBS
                 and s.lower(m.first - 1) == ","), None)


def unqualified_first(s: Sentence) -> Entity | None:
    """The sentence's first organization that is not the qualifier of a deal's noun."""
    return next((m.entity for m in s.mentions if is_organization(m) and m.entity.cls != "NewsOutlet"
                 and s.lower(m.last) not in QUALIFIED_DEAL_NOUNS), None)


MODEL_NUMBER = re.compile(r"^[A-Z]{1,5}(?:-[A-Z]{1,3})?-?\d+[A-Za-z0-9]*(?: \w+)?$")  # "HBM4", "MI450", "DX-M1"


def typed_by_look(m: Mention) -> bool:
    """A new name typed only by its look (a given name, "X said"), which a slot may retype."""
    return m.kind == "rule" and m.rank <= 2 and m.entity is not None and not m.entity.known


def promote(m: Mention, table: EntityTable, cls: str, cue: str) -> Entity | None:
    """An unknown name in a slot that only an organization (or person) fills becomes one; a
    name typed only by its look takes the slot's class."""
    if typed_by_look(m) and m.cls != cls:
        m.entity = table.add_new(m.text, cls, rank=3, position=m.position)
        m.cls, m.cue = m.entity.cls, cue
        return m.entity
    if m.entity is not None or m.kind != "unknown":
        return m.entity
    if cls != "Person" and (MODEL_NUMBER.match(m.text) or wellknown().maker(m.text) is not None):
        return None  # "HBM4", "MI450", "Azure": a product, not a firm
    words = m.text.split()
    head = next((w for w in reversed(words) if w != "Phase" and not FUND_NUMBER.match(w)), words[-1])  # "... Fund Phase III"
    if cls != "Person" and len(words) > 4 and head not in lex.INSTITUTION_HEADS:
        return None  # a long run is rarely one name, unless an institution's ("... Investment Board")
    if cls != "Person" and (m.text in lex.PLACES or len(words) > 1 and words[-1].lower() in SITE_NOUNS):
        return None  # "Lübbenau", "the Hyperion Data Centre", "Kitakami Plants": a place or a site, no firm
    m.entity = table.add_new(m.text, cls, rank=0, position=m.position)
    m.kind, m.cls, m.cue = "rule", m.entity.cls, cue
    return m.entity


def past_as_well_as(s: Sentence, j: int) -> int | None:
    """Past "as well as" at token j ("Lambda as well as Penguin Solutions"); j where none stands there; None
    where it brings another deal ("with A and B, as well as a €250 million loan from C")."""
    if not (s.lower(j) == "as" and s.lower(j + 1) == "well" and s.lower(j + 2) == "as"):
        return j
    return None if s.lower(j + 3) in ("a", "an") else j + 3


def parse_group(s: Sentence, k: int, end: int, table: EntityTable, accept=is_organization,
                max_filler: int = 9, promote_as: str = "Company") -> tuple[list[Mention], int]:
    """A list of parties starting near token k: "companies like SK and Samsung",
    "tech giant Kakao, gaming company Krafton and telecom leader SK Telecom". Returns the
    mentions and the token index after the list."""
    items: list[Mention] = []
    fillers, j, owned = 0, past_own_unit(s, k, end), False  # "in their joint venture, GSA Data Center"
    while j < end:
        m = s.mention_starting(j)
        if m is not None and m.kind == "unknown" and owned and not items and modifies_noun(s, m):
            break  # "Sharp's former LCD panel plant": a word of the owner's thing, not a party
        if m is not None and m.kind == "unknown" and names_a_thing(s, m):
            break  # "supply the Peoria site", "the Solar large language models": a place's facility or a product
        if m is not None and items and s.lower(m.first - 1) == "the" and s.lower(m.first - 2) == "," \
                and s.lower(m.last) in lex.ORG_CUES:
            break  # "Aleph Alpha, the Heidelberg start-up", "Arm, the SoftBank unit": where it is from, whose it is
        if m is not None and m.kind == "unknown" and not is_person(m):
            promote(m, table, promote_as, "named in a list of parties")
        if m is not None and accept(m) and items and s.lower(j - 1) == "," and role_modifier(s, m):
            break  # "with OpenAI, Broadcom CEO Hock Tan said": a speaker's employer, not a party
        if m is not None and accept(m) and items and fillers and names_a_product(s, m):
            break  # "led by Zeta Bank, using Nvidia chips as collateral": a product's maker past the list
        if m is not None and items and reporting_outlet(s, m):
            break  # "a deal with OpenAI, the Wall Street Journal reported": the source, not a party
        if m is not None and accept(m) and items and starts_clause(s, m.last) and (
                after_comma(s, m.first) or (s.lower(m.last) in MODALS and s.lower(k - 1) != "between"
                                            and not subject_phrase_before(s, k - 2))):
            break  # "with Orbit, and Kestrel inked a deal with Nova", "to Orbit and Kestrel will": the next claim
        if m is not None and accept(m) and s.possessive_at(m.last):
            j, fillers, owned = m.last + 1, fillers + 1, True  # "Zeta's chairman": Zeta qualifies, not a party
            continue
        if m is not None and s.possessive_at(m.last) and (
                is_place(m) or is_person(m) and is_organization(s.mention_starting(m.last + 1))):
            j, fillers = m.last + 1, fillers + 1  # "led by Norway's Aker", "with Elon Musk's xAI": qualifies the name
            continue
        if m is not None and accept(m) and qualifies_next_firm(s, m):
            j, fillers = m.last + 1, fillers + 1  # "OpenAI rival Anthropic", "TikTok parent ByteDance": the second
            continue
        if m is not None and accept(m):
            items.append(m)
            named_end, fillers = after_parenthesis(s, m.last, end), 0
            if s.lower(named_end) == "of" and is_place(s.at[named_end + 1] if named_end + 1 < end else None):
                named_end = s.at[named_end + 1].last  # "MGX of Abu Dhabi, Bpifrance and Nvidia"
            j = past_place_of_item(s, past_relative_clause(s, named_end, end, accept))
            if owners_apposition(s, j):
                listed_on = past_owners_apposition(s, j, end)  # "with A, the venture of B and C, and D": A and D
                if listed_on is None:
                    break  # "with Zeta Connex, a joint venture between A and B": its owners, not parties
                j = listed_on
                continue
            after = past_as_well_as(s, j)
            if after is None:
                break
            if after != j:
                j = after
                continue
            if j < end and s.tokens[j].text in LIST_JOINERS:
                if s.tokens[j].text == "," and s.lower(j + 1) == "and" and len(items) == 1 and j == named_end \
                        and s.lower(j + 2) not in ("for", "to", "from", "with"):
                    break  # "backing X-energy, and Meta sought ...": two names make no list with ", and"
                if s.tokens[j].text == "," and s.lower(j + 1) == "and" and len(items) >= 2 \
                        and s.lower(items[-1].first - 1) == "and" and s.lower(k - 1) in ("of", "between"):
                    break  # "the venture of A and B, and C": its owners' list ends at its one "and"
                j += 2 if s.tokens[j].text == "," and s.lower(j + 1) == "and" else 1
                j = past_as_well_as(s, j)  # "A, B, as well as C"
                if j is None:
                    break
                j = past_own_unit(s, j, end)  # "A and its telecom subsidiary B"
                if s.lower(j) in ("to", "with", "for", "in") and (
                        s.mention_starting(j + 1) is not None or s.lower(j + 2) in ("including", "like", "such")):
                    j += 1  # "shipped to Microsoft and to Amazon Web Services", "and to companies including A"
                continue
            break
        if m is not None and (is_person(m) or m.kind == "unknown"):
            break
        tok = s.tokens[j]
        if not items and tok.text == "," and s.lower(j + 1) == "and":
            break  # "invest in the startup, and Oracle signed ...": the object was no name
        such_as = tok.lower == "as" and s.lower(j - 1) == "such"  # "companies such as LG and Hyundai"
        group_of = tok.lower == "of" and s.lower(j - 1) in COLLECTIVES  # "a group of investors including A"
        group_that = tok.lower in ("that", "which") and s.lower(j - 1) in COLLECTIVES \
            and s.lower(j + 1) in ("include", "includes", "included")  # "a lender group that includes A"
        if (tok.lower in GROUP_STOPS and not such_as and not group_of and not group_that and not group_led_by(s, j)) \
                or (m is None and not filler_word(tok)):
            break
        fillers += not tok.lower.endswith("-based")  # "Boston-based equipment maker X": where, not what
        if fillers > max_filler:
            break
        j = m.last if m is not None else j + 1
    return items, j


SUBJECT_DETERMINERS = frozenset("the its their whose ’s 's".split())


def subject_phrase_before(s: Sentence, k: int) -> bool:
    """Whether the noun at k opens its sentence or relative clause, a subject whose verb follows its
    list ("OpenAI's venture with A and B has pledged", "X, whose venture with A and B has"), not a
    claim's object before the next claim ("X signed a deal with A and B will ...")."""
    j, words = k - 1, 0
    while j >= 0 and (s.at[j] is not None and not s.possessive_at(j)
                      or words < 3 and s.tokens[j].text.isalpha() and s.tokens[j].text.islower()
                      and s.lower(j) not in SUBJECT_DETERMINERS):
        words += s.at[j] is None  # "the Stargate venture", "Reliance's data centre venture": words before the noun
        j = s.at[j].first - 1 if s.at[j] is not None else j - 1
    if s.lower(j) not in SUBJECT_DETERMINERS:
        return False
    opening = s.mention_ending(j) if s.possessive_at(j) else None
    before = opening.first - 1 if opening is not None else j - 1
    return before < 0 or s.lower(before) in (",", "while", "whereas")  # ", while Reliance's venture with A and B is"


def past_place_of_item(s: Sentence, j: int) -> int:
    """Past "in Houston" at j when another party follows it ("with Hon Hai in Houston and with
    Wistron in Dallas"): where the firm named before works, not the list's end; else j."""
    place = s.mention_starting(j + 1) if s.lower(j) in ("in", "at") else None
    if not is_place(place):
        return j
    k = place.last + (s.lower(place.last) == ",")
    more = s.lower(k) == "and" and s.lower(k + 1) in ("with", "to") and s.mention_starting(k + 2) is not None
    return place.last if more else j


def past_own_unit(s: Sentence, j: int, end: int) -> int:
    """Past "its telecom subsidiary" at j, to the unit's name ("A and its telecom subsidiary B",
    "their Thai data centre joint venture, GSA Data Center"); else j."""
    if s.lower(j) not in ("its", "their"):
        return j
    k = next((i for i in range(j + 1, min(j + 8, end)) if s.mention_starting(i) is not None), None)
    if k is None:
        return j
    noun = k - 1 - (s.lower(k - 1) == ",")
    if s.lower(noun) not in OWN_UNIT_NOUNS or not all(
            s.tokens[i].text.islower() or lex.is_demonym(s.tokens[i].text) for i in range(j + 1, noun)):
        return j
    return k


def owned_firm_after(s: Sentence, m) -> Mention | None:
    """"Alphabet's Google", "Zeta SA's Indian subsidiary Zeta India": the firm an owner's
    possessive qualifies, the next name within a few words."""
    if not s.possessive_at(m.last):
        return None
    nxt = next((x for x in s.mentions if m.last < x.first <= m.last + 5), None)
    return nxt if is_organization(nxt) else None


def owners_apposition(s: Sentence, j: int) -> bool:
    """", a joint venture between A and B", ", a subsidiary of A", ", a Toyota subsidiary,": what the
    last name is, by its owners."""
    if s.lower(j) != "," or s.lower(j + 1) not in ("a", "an", "the"):
        return False
    return any(s.lower(k) in lex.OWNED_NOUNS and s.lower(k + 1) in ("of", "between", "owned", ",", ".", "")
               for k in range(j + 2, min(j + 7, len(s.tokens))))


def past_owners_apposition(s: Sentence, j: int, end: int) -> int | None:
    """Where the list goes on after an owners' apposition set off by commas ("A, the joint venture of B
    and C, and D"): at D; None where no ", and" and a name follow it."""
    close = next((c for c in range(j + 2, min(j + 16, end)) if s.lower(c) in (",", ";", ".")), None)
    if close is None or s.lower(close) != "," or s.lower(close + 1) != "and":
        return None
    return close + 2 if is_organization(s.mention_starting(close + 2)) else None


def group_led_by(s: Sentence, j: int) -> bool:
    """"a group of lenders led by A and B", "a consortium led by A", "a fund led by A": the group's leaders are
    its parties."""
    return s.lower(j) == "by" and s.lower(j - 1) in ("led", "co-led", "headed") \
        and any(s.lower(i) in COLLECTIVES for i in range(max(0, j - 5), j - 1))


RELATIVES = frozenset("which whose who that having".split())
# Participles that open an aside about the name before them: "Lux Capital, known for backing X, and ..."
ASIDE_PARTICIPLES = frozenset("known backed founded owned based headquartered controlled".split())
COPULAS = frozenset("is was are were remains remained became becomes".split())
# Words a relative clause inside a list may take: beyond them it is no aside.
MAX_RELATIVE = 25


def past_relative_clause(s: Sentence, k: int, end: int, accept) -> int:
    """"OpenAI, which has signed contracts worth $22 billion, and Alphabet's Google", "Lux, known for
    backing X, and Khosla": where the list goes on after a relative clause or participle aside about
    its last item; k itself when no item follows."""
    if s.lower(k) != "," or (s.lower(k + 1) not in RELATIVES and s.lower(k + 1) not in ASIDE_PARTICIPLES):
        return k
    for j in range(k + 2, min(k + 2 + MAX_RELATIVE, end)):
        if s.lower(j) in (".", ";", "(", ")"):
            return k
        if s.lower(j) != "," or s.lower(j + 1) not in ("and", "as"):
            continue
        after = j + 2 if s.lower(j + 1) == "and" else j + 4  # past ", and" or ", as well as"
        after += 1 if s.lower(after) in ("to", "with", "for", "from") else 0
        m = s.mention_starting(after)
        while m is not None and s.possessive_at(m.last) and accept(m):  # "Alphabet's Google"
            m = s.mention_starting(m.last + 1)
        return j if m is not None and accept(m) else k
    return k


APPOSITION_OPENERS = frozenset("the a an which backed owned led founded controlled run part".split())


def apposition_anchor(s: Sentence, k: int, new_names: bool = False) -> Mention | None:
    """The organization an apposition ending before token k describes: "Ampere Computing, a ...
    startup [backed by]", "SK Telecom, the mobile carrier unit of SK Group[, signed]"; with
    `new_names`, also a name not yet typed, for the caller to judge."""
    for j in range(k - 1, max(0, k - 12), -1):
        if s.lower(j) in APPOSITION_OPENERS and s.lower(j - 1) == ",":
            m = s.mention_ending(j - 1)  # "SB Energy, which is backed by SoftBank", "Yotta, backed by Hiranandani,"
            return m if is_organization(m) or (new_names and m is not None and m.entity is None) else None
        inside = s.mention_starting(j)
        if j < k - 1 and is_organization(inside) and not (modifies_noun(s, inside) or s.possessive_at(inside.last)):
            return None  # another firm named, not one qualifying a noun ("the G42 unit that runs ...")
    return None


def words_back(s: Sentence, k: int, most: int, stops) -> int:
    """Where a run of at most `most` lower-case words, none of them in `stops`, that ends before token k starts."""
    j = k
    while j > 0 and k - j < most and s.tokens[j - 1].text.islower() and s.lower(j - 1) not in stops:
        j -= 1
    return j


def modifies_noun(s: Sentence, m: Mention) -> bool:
    """"LCD panel plant": a name followed by a lowercase word that is no joiner or stop, nor a time's
    ("merged with SK Telecom's Sapeon last year")."""
    nxt = s.tokens[m.last].text if m.last < len(s.tokens) else ""
    return nxt[:1].islower() and nxt not in GROUP_STOPS and nxt not in LIST_JOINERS and nxt not in TIME_WORDS


TIME_WORDS = frozenset("last this next earlier later early late".split())


def reporting_outlet(s: Sentence, m: Mention) -> bool:
    return m.entity is not None and m.entity.cls == "NewsOutlet" and (
        s.lower(m.last) in lex.SPEECH_VERBS or s.lower(m.last) in ("reported", "reports", "reporting"))


def after_parenthesis(s: Sentence, k: int, end: int) -> int:
    """Past "(RWEG.DE)" or "(LGES)" right after a name: where the list goes on."""
    if k < end and s.tokens[k].text == "(":
        for j in range(k + 1, min(k + 5, end)):
            if s.tokens[j].text == ")":
                return j + 1
    return k


def named_in_full_before(s: Sentence, m: Mention) -> Mention | None:
    """"Korea Development Bank (KDB)": the full name a bracketed short form follows, which stands
    where the full name stands (an object of the deal before stays one)."""
    if s.lower(m.first - 1) != "(" or s.lower(m.last) != ")":
        return None
    full = s.mention_ending(m.first - 1)
    return full if full is not None and full.entity is m.entity else None


MODALS = frozenset("will would has have had is was are were".split())
CLAUSE_VERBS = frozenset("will would has have had is was are were said says plans agreed agrees signed inked struck "
                          "announced reached formed made won took got".split())
# Deal verbs that open the next claim after a name ("..., and Zeta partnered with Nova"), unless passive.
DEAL_VERBS = frozenset("partnered teamed tied linked joined bought acquired invested backed sealed clinched secured "
                       "landed forged picked tapped selected chose".split())


def after_comma(s: Sentence, k: int) -> bool:
    """Whether the name at k follows ", " or ", and" (a new clause), not a bare "and"."""
    return s.lower(k - 1) == "," or (s.lower(k - 1) == "and" and s.lower(k - 2) == ",")


def starts_clause(s: Sentence, k: int) -> bool:
    """Whether the word at k is a verb opening a new claim ("... and Kestrel inked ...")."""
    k = after_parenthesis(s, k, len(s.tokens))  # "Syscom Group (凌群電腦) inked ..."
    return k < len(s.tokens) and (s.lower(k) in CLAUSE_VERBS or s.lower(k) in DEAL_VERBS and s.lower(k + 1) != "by")


def filler_word(tok: Token) -> bool:
    """Words that may stand between a cue and a party: descriptions, numbers, list commas."""
    if tok.text in (",", "-", "$", "%", "’s", "'s"):
        return True
    return tok.is_word and (tok.text[0].islower() or tok.text[0].isdigit() or lex.is_demonym(tok.text)
                            or ("-" in tok.text and bool(lex.ORG_CUE_AFFIX.search(tok.text))))


# "the Nvidia HBM3E deal": the firm qualifies the deal it names.
DEAL_NOUNS = frozenset("deal deals pact contract contracts order orders".split())
# "The OpenAI letter is one of Nvidia's bets": a name before a deal's noun names no subject.
QUALIFIED_DEAL_NOUNS = DEAL_NOUNS | frozenset("letter agreement partnership tie-up investment".split())


def names_other_deal(s: Sentence, m: Mention) -> bool:
    """"the cash flows of its OpenAI contract": a firm that names another deal by its party, no party here."""
    return s.lower(m.first - 1) in ("the", "a", "an", "this", "that", "its", "their") and s.lower(m.last) in DEAL_NOUNS


# Words that link a thing to its parts' maker: "servers fitted with Nvidia's chips", "powered by AMD".
COMPONENT_LINKS = frozenset("powered based built equipped fitted running".split())


def component_maker(s: Sentence, m: Mention) -> bool:
    """"servers fitted with Nvidia's Blackwell chips": the maker of a part of what is dealt in, no party."""
    return s.lower(m.first - 1) in ("by", "on", "with", "around") and s.lower(m.first - 2) in COMPONENT_LINKS \
        and names_a_part(s, m)


def names_a_part(s: Sentence, m: Mention) -> bool:
    """"Nvidia's Blackwell chips", "Nvidia GB200 systems": the maker of hardware (not "Orbit Labs' models")."""
    if not s.possessive_at(m.last):
        return names_a_product(s, m)
    return any(s.lower(j) in HARDWARE_NOUNS for j in range(m.last + 1, min(m.last + 4, len(s.tokens))))


HARDWARE_NOUNS = lex.PRODUCT_WORDS_SINGULAR | lex.HARDWARE_WHOLES | frozenset("gpus tpus npus asics accelerators".split())


def names_a_product(s: Sentence, m: Mention) -> bool:
    """"Nvidia GB200 systems", "Nvidia chips": the maker qualifies a product, it is not the actor."""
    nxt = s.tokens[m.last].text if m.last < len(s.tokens) else ""
    after = s.lower(m.last + 1) if m.last + 1 < len(s.tokens) else ""
    named_line = nxt in lex.FUNCTION_CAPS and (after in lex.PRODUCT_WORDS or after in DEAL_NOUNS)  # "Nvidia HBM3E deal"
    singular = nxt.lower() in lex.PRODUCT_WORDS_SINGULAR and after in lex.HARDWARE_WHOLES
    return bool(lex.MODEL.match(nxt)) or nxt.lower() in lex.PRODUCT_WORDS or named_line or singular


def role_modifier(s: Sentence, m: Mention) -> bool:
    """An organization that only qualifies a person's title: "OpenAI's CEO", "SK Group chairman"."""
    k = m.last + (1 if s.possessive_at(m.last) else 0)
    return k < len(s.tokens) and s.titles[k]


# Words that tell where a person named next works or worked: "AMD veteran Rajiv Menon".
PERSON_DESCRIPTIONS = frozenset("veteran veterans alum alumnus alumna insider executive executives exec".split())


def qualifies_person(s: Sentence, m: Mention) -> bool:
    """"AMD veteran Rajiv Menon", "Meta data-center chief Samuel Ortega": an organization that tells
    where the person named a few words on works or worked ("AMD Veteran" in a headline, one name)."""
    described = m.text.split()[-1].lower() in PERSON_DESCRIPTIONS
    for j in range(m.last, min(m.last + 4, len(s.tokens))):
        if is_person(s.mention_starting(j)):
            return described
        describes = s.titles[j] or s.lower(j) in PERSON_DESCRIPTIONS
        described = described or describes
        if not (s.tokens[j].text.islower() or describes) or s.lower(j) in LIST_JOINERS or s.lower(j) in GROUP_STOPS:
            return False  # not "acquired Orbit Labs from founder Dana Park"
    return False


UNIT_NOUNS = frozenset("unit arm subsidiary affiliate division parent owner".split())
OWN_UNIT_NOUNS = UNIT_NOUNS | lex.OWNED_NOUNS  # "its telecom subsidiary B", "their joint venture, B"
# Roles a firm holds towards another: "OpenAI's partners", "its largest customer", "Ampere's shareholders".
OWNED_ROLES = frozenset("partner partners supplier suppliers investor investors backer backers customer customers "
                        "shareholder shareholders client clients".split())
OWNED_UNITS = UNIT_NOUNS - {"parent", "owner"}


def qualifies_next_firm(s: Sentence, m) -> bool:
    """"OpenAI rival Anthropic", "TikTok parent ByteDance": a name that only tells what the name after it is."""
    return (s.lower(m.last) in lex.ORG_CUES or s.lower(m.last) in UNIT_NOUNS) and s.mention_starting(m.last + 1) is not None


def units_owner(s: Sentence, m) -> bool:
    """"Amazon Web Services, the cloud unit of Amazon.com", "the data center arm of Abu Dhabi's G42":
    the owner describes the unit, no party."""
    k = m.first - 1
    place = s.mention_ending(k) if s.possessive_at(k) else None
    if is_place(place):
        k = place.first - 1
    while k > m.first - 4 and (s.tokens[k].text.islower() and s.lower(k) not in LIST_JOINERS | {"of"}
                               or lex.is_demonym(s.tokens[k].text)):
        k -= 1  # "the venture arm of U.S. chipmaker Nvidia": what the owner is
    return (s.lower(k) == "of" and s.lower(k - 1) in UNIT_NOUNS) or apposed_owner(s, m) \
        or described_owner(s, m) is not None


def apposed_owner(s: Sentence, m) -> bool:
    """"the Samsung Catalyst Fund, Samsung Electronics' strategic venture arm,", "Naver, Kakao's larger
    rival,", "SK Gas, another SK Group affiliate,": an owner that opens an apposition describes the firm before it."""
    if s.lower(m.first - 1) in ("a", "an", "another") and s.lower(m.first - 2) == "," and s.lower(m.last) in UNIT_NOUNS:
        return is_organization(s.mention_ending(m.first - 2))
    if s.lower(m.first - 1) != "," or not s.possessive_at(m.last) or not is_organization(s.mention_ending(m.first - 1)):
        return False
    for j in range(m.last + 1, min(m.last + 5, len(s.tokens))):
        # the apposition may end the sentence: "M12, Microsoft's venture fund."
        closes = s.lower(j) in (",", ".", ";") and j > m.last + 1 and s.lower(j - 1) not in OWNED_ROLES
        if s.lower(j) in UNIT_NOUNS - {"unit"} or closes:  # "unit" may be a chip's: "Google's tensor processing unit,"
            return True  # but "Oracle, Ampere's shareholder," names a tie of the two
        if not s.tokens[j].text.islower() and not lex.is_demonym(s.tokens[j].text):  # "closest European counterpart"
            return False
    return False


def speakers_employer(s: Sentence, m) -> bool:
    """"said Kim Jin-woo, an analyst at Daol Securities": where the speaker works, not a party."""
    return s.lower(m.first - 1) in ("at", "of") and any(s.titles[j] for j in range(max(0, m.first - 4), m.first - 1))


def regulator_or_exchange(s: Sentence, m) -> bool:
    """"said in a filing with the U.S. Securities and Exchange Commission", "asked the Public Service
    Commission to approve", "the Commission approved": the regulator, no party; nor is where shares list
    ("prepares to list on the Korea Exchange"); a short name in brackets is read as its full name."""
    m = bracketed_again(s, m) or m
    listed = s.lower(m.first - 1) in ("on", "the") and m.entity.label.endswith("Exchange") and any(
        s.lower(j) in LISTING_WORDS or s.lower(j) in DISCLOSURE_WORDS for j in range(max(0, m.first - 5), m.first))
    asked = m.entity.cls == "GovernmentBody" and s.lower(m.first - 1) == "the" \
        and s.lower(m.first - 2) in ASKING_VERBS and any(s.lower(k) == "to" for k in range(m.last, m.last + 4))
    # "asked the Commission on Friday to approve"
    approving = m.entity.cls == "GovernmentBody" and any(
        s.lower(k) in APPROVING_VERBS and any(s.lower(j) in OTHERS_DEALS and s.lower(j + 1) != "with"
                                              for j in range(k + 1, k + 5))
        for k in range(m.last, min(m.last + 4, len(s.tokens))))
    # "The Indiana Utility Regulatory Commission on Thursday approved a contract under which A will serve B" (not
    # "METI approved a subsidy for X", "the Pentagon approved a contract with Anduril": its own deals)
    return listed or asked or approving or filed_with(s, m)


def filed_with(s: Sentence, m) -> bool:
    """"said in a filing with the SEC", "filed its draft prospectus with the Securities and Exchange Board
    of India": where the filing went."""
    with_at = m.first - 1 - (s.lower(m.first - 1) == "the")
    if s.possessive_at(with_at):
        with_at -= 2  # "a filing with Japan's Financial Services Agency"
    if s.lower(with_at) != "with":
        return False
    if s.lower(with_at - 1) in DISCLOSURE_WORDS:
        return True
    j = with_at - 1
    while j > with_at - 10 and (s.lower(j) in FILED_PAPERS or s.tokens[j].text.isupper() and s.at[j] is None):
        j -= 1  # "filed its draft red herring prospectus (DRHP) with": a regulator's, not "an application with Zeta"
    return s.lower(j) in DISCLOSURE_WORDS and m.entity.cls == "GovernmentBody"


APPROVING_VERBS = frozenset("approved approves cleared clears authorized authorised blocked rejected".split())
OTHERS_DEALS = frozenset("contract contracts deal deals merger acquisition takeover transaction purchase sale".split())
ASKING_VERBS = frozenset("asked asks ask asking petitioned petitions urged urges requested requests".split())
LISTING_WORDS = frozenset("list lists listed listing debut debuts float floats trade trades traded trading".split())
# What a filing holds: "filed its draft red herring prospectus (DRHP) with", "filed papers with".
FILED_PAPERS = frozenset("its a an the draft red herring prospectus preliminary registration statement papers documents "
                         "application ( )".split())
# "In a notice posted to the Tokyo Stock Exchange": where a firm discloses, no party.
DISCLOSURE_WORDS = frozenset("filing filings filed files notice notices disclosure disclosures disclosed posted".split())


def owners_qualifier(s: Sentence, m, described: bool = False) -> bool:
    """"Alphabet Inc's Google": the owner qualifies the firm named after it; past a few describing
    words too when they name a unit ("Singtel's data centre arm Nxera") or, with `described`, always
    ("Singtel's Australian phone carrier Optus appointed"), as an employer is read (for parties the
    wider reading lost more right pairs than wrong ones)."""
    if not s.possessive_at(m.last):
        return False
    j = m.last + 1
    while j < min(m.last + 7, len(s.tokens)) and s.at[j] is None and filler_word(s.tokens[j]):
        j += 1
    unit = any(s.lower(k) in OWNED_UNITS for k in range(m.last + 1, j))  # "Singtel's data centre arm Nxera"
    return is_organization(s.mention_starting(j if described or unit else m.last + 1))


def firms_within(s: Sentence, table: EntityTable, first: int = 0, last: int | None = None,
                 why: str = "named as a party") -> list[Entity]:
    """named_parties, where a name never seen counts as a firm's (not a person's, nor a place's
    after "in": "a fund in Abu Dhabi"; but "participation from Partech" names a firm)."""
    last = len(s.tokens) if last is None else last
    for m in s.mentions:
        if first <= m.first and m.last <= last and m.kind == "unknown" and m.entity is None and not is_person(m) \
                and (s.lower(m.first - 1) not in PLACE_WORDS or s.lower(m.first - 2) in MONEY_FROM):
            promote(m, table, "Company", why)
    return named_parties(s, first, last)


# Words for money that comes "from" firms: "participation from A", "commitments from B".
MONEY_FROM = frozenset("participation investment investments commitments backing funding money capital".split())


def named_parties(s: Sentence, first: int = 0, last: int | None = None) -> list[Entity]:
    """The organizations named within tokens [first, last) that may be parties of a deal, each
    once: not a news outlet, nor a name that only describes another ("OpenAI CEO", "the cloud
    unit of Amazon.com", "Alphabet's Google"), a speaker's employer or a filing's regulator."""
    last = len(s.tokens) if last is None else last
    found: dict[int, Entity] = {}
    for m in s.mentions:
        if first <= m.first and m.last <= last and is_organization(m) and m.entity.cls != "NewsOutlet" \
                and not (role_modifier(s, m) or units_owner(s, m) or owners_qualifier(s, m)
                         or speakers_employer(s, m) or regulator_or_exchange(s, m) or event_venue(s, m)
                         or in_aside(s, m) or names_a_product(s, m) or component_maker(s, m)
                         or qualifies_next_firm(s, m)):
            found.setdefault(id(m.entity), m.entity)
    return list(found.values())


def bracketed_again(s: Sentence, m):
    """"the Securities and Exchange Board of India (Sebi)": the full name the short one in brackets restates."""
    before = s.mention_ending(m.first - 1) if s.lower(m.first - 1) == "(" else None
    return before if before is not None and before.entity is m.entity else None


def in_aside(s: Sentence, m) -> bool:
    """Whether the name stands in an aside that describes the firm before it: "led by Lux, known for
    backing Hugging Face, and Khosla, which was an early supporter of OpenAI" (not "Related, which
    signed an agreement with Oracle": a deal of its own)."""
    for j in range(m.first - 1, max(0, m.first - MAX_RELATIVE) - 1, -1):
        describes = s.lower(j) in ASIDE_PARTICIPLES or (s.lower(j) in ("which", "who") and s.lower(j + 1) in COPULAS)
        if describes:
            opener = noun_phrase_start(s, j)  # "X, a fund backed by the Shanghai government": the fund's
            return s.lower(opener - 1) == "," and is_organization(s.mention_ending(opener - 1))
        if s.lower(j) in (",", ".", ";", "(", ")") or s.at[j] is not None and s.at[j] is not m:
            return False
    return False


def noun_phrase_start(s: Sentence, j: int) -> int:
    """Where "a fund" (a few lower-case words after "a", "an" or "the") before token j starts; j when none does."""
    for k in range(j - 1, max(0, j - 5), -1):
        if s.lower(k) in ("a", "an", "the"):
            return k
        if not s.tokens[k].text.islower() or s.at[k] is not None:
            break
    return j


EVENT_NOUNS = frozenset("summit conference event forum meeting ceremony expo exhibition fair symposium "
                        "convention gathering".split())


def event_venue(s: Sentence, m) -> bool:
    """"at an energy and AI summit at Carnegie Mellon University", "at a UBS technology conference":
    where an event was, or its host, no party."""
    venue = m.first > 0 and s.lower(m.first - 1) == "at" \
        and any(s.lower(j) in EVENT_NOUNS for j in range(max(0, m.first - 6), m.first - 1))
    host = m.first > 1 and s.lower(m.first - 2) == "at" and s.lower(m.first - 1) in ("a", "an", "the", "its") \
        and any(s.lower(j) in EVENT_NOUNS for j in range(m.last, min(len(s.tokens), m.last + 3)))
    return venue or host


def past_qualifiers(s: Sentence, k: int, floor: int) -> int:
    """Where a listed name's qualifiers start: "BlackRock's GIP", "Vietnam's Viettel", "Abu Dhabi-backed MGX"."""
    while k - 1 > floor:
        owner = s.mention_ending(k - 1) if s.possessive_at(k - 1) else None
        if is_organization(owner) or is_place(owner):
            k = owner.first
        elif lex.ORG_CUE_AFFIX.search(s.tokens[k - 1].text):
            k -= 1
            while k - 1 > floor and s.tokens[k - 1].text[:1].isupper() and not is_organization(s.at[k - 1]):
                k -= 1  # "Abu Dhabi-backed": the place's words
        elif s.tokens[k - 1].text in lex.ORG_CUES:
            return past_description(s, k - 1, floor)  # "A, B and British telco C"
        else:
            return k
    return k


def past_description(s: Sentence, k: int, floor: int) -> int:
    """Where a description before a name starts: "British telco", "US chip designer" (three words at most)."""
    for _ in range(3):
        word = s.tokens[k - 1].text if k - 1 > floor else ""
        if not word or s.at[k - 1] is not None or word in LIST_JOINERS or word.lower() in GROUP_STOPS or word.lower() == "the" \
                or not (word.islower() or lex.is_demonym(word)):
            break
        k -= 1
    return k


def before_brackets(s: Sentence, j: int) -> int:
    """Where a short bracket that ends right before token j opens ("(AWS)", "(TYO: 9984)"); else j."""
    if s.lower(j - 1) != ")":
        return j
    return next((k for k in range(j - 2, max(-1, j - 8), -1) if s.lower(k) == "("), j)


def headline_pair(s: Sentence, comma: int) -> bool:
    """"Samsung, SK join ...", "Related: SK Telecom, OpenAI to build ...": a headline's comma joins
    two names that open the sentence, maybe after a label and its colon."""
    first = s.mention_ending(comma)
    labelled = first is not None and 1 < first.first <= 3 and s.lower(first.first - 1) == ":"
    return first is not None and (first.first == 0 or labelled) and is_organization(first)


def coordinated_before(s: Sentence, m: Mention, floor: int, used, table: EntityTable) -> list[Mention]:
    """"Acme and Zeta signed": the organizations listed before a subject, joined by and/commas."""
    named = s.mention_ending(m.first - 1) if s.lower(m.first - 1) == "(" else None
    m = named if named is not None and named.entity is m.entity else m  # "Wistron Corp (緯創)": the name itself
    group = [m]
    k = m.first
    while True:
        if s.lower(k - 1) == "the" and k - 2 > floor and (s.tokens[k - 2].text in LIST_JOINERS
                                                         or s.lower(k - 2) == "with" and s.lower(k - 3) == "together"):
            k -= 1  # "the FPT Corporation, the Viet Thai Group, and G42", "X, together with the Y Board,"
        if s.lower(k - 1) in UNIT_NOUNS and s.lower(k - 2) == "its" and k - 3 > floor and s.lower(k - 3) == "and":
            k -= 2  # "KHNP and its parent KEPCO"
        k = past_qualifiers(s, k, floor)
        if s.lower(k - 1) == "with" and s.lower(k - 2) == "together" and s.lower(k - 3) == "," and k - 4 > floor:
            k -= 2  # "AIP, together with GIP and MGX, will acquire": all three buy
        if not (k - 1 > floor and s.tokens[k - 1].text in LIST_JOINERS):
            break
        j = k - 1
        if len(group) == 1 and s.tokens[j].text == "," and not headline_pair(s, j):
            break  # "In the United States, OpenAI ...": a list ends with "and X"
        j = before_brackets(s, j)  # "Amazon Web Services (AWS) and ...", "SoftBank Group (TYO: 9984) and ..."
        comma_and = s.tokens[j].text == "and" and j - 1 > floor and s.tokens[j - 1].text == ","
        if comma_and:
            j -= 1
        prev = s.mention_ending(j)
        prev = described_owner(s, prev) or prev  # "A, the trading house of the B Group, and C"
        if comma_and and len(group) == 1 and prev is not None and s.lower(
                prev.first - 1 - (s.lower(prev.first - 1) == "the")) != ",":
            break  # "X is owned by A, and B is backed by C": ", and" between two names joins clauses
        if prev is not None and prev.kind == "unknown" and s.lower(prev.first - 1) not in PLACE_PREPOSITIONS:
            promote(prev, table, "Company", "listed with a party")
        if not is_organization(prev) or id(prev) in used or prev.first <= floor:
            break
        group.insert(0, prev)
        k = prev.first
    partner = consortium_partner(s, k, floor)
    return [partner, *group] if partner is not None and id(partner) not in used else group


# Nouns whose "of" lists members, not an owner: "a consortium of A and B", "a group of A, B and C".
MEMBERS_OF = frozenset("consortium group alliance coalition syndicate club team pair trio handful number list".split())


def described_owner(s: Sentence, m: Mention | None) -> Mention | None:
    """"A, the trading house of the B Group, C and D joined": B only describes A, the one listed
    (not in "A, which supplies most of B's chips": a clause of its own)."""
    if m is None:
        return None
    before = m.first - 1 - (s.lower(m.first - 1) == "the")
    start = words_back(s, before, 6, {"the", "a", "an"}) - 1
    if s.lower(before) != "of" or s.lower(start) not in ("the", "a", "an") or s.lower(start - 1) != "," \
            or s.lower(before - 1) in MEMBERS_OF:
        return None  # "Stargate UAE, a consortium of G42, OpenAI and Oracle": its members, not its owner
    return s.mention_ending(start - 1)


CONSORTIUM_OF = re.compile(r"\band\s+(?:a|the)\s+consortium\s+(?:comprising|of|including|made up of|formed by|"
                           r"that includes)\s+(?:the\s+)?$", re.IGNORECASE)


def consortium_partner(s: Sentence, k: int, floor: int) -> Mention | None:
    """"G42, the Abu Dhabi-based group, and a consortium comprising A and B have signed":
    the organization before "and a consortium of" the group starting at token k."""
    found = CONSORTIUM_OF.search(s.span.text[:s.tokens[k].start - s.span.start]) if k < len(s.tokens) else None
    if found is None:
        return None
    joint = s.token_at(s.span.start + found.start())
    for m in reversed(s.mentions):
        if m.last <= joint and m.first > floor and is_organization(m):
            between = {s.lower(j) for j in range(m.last, joint)}
            return m if joint - m.last <= 12 and not between & CLAUSE_VERBS else None
    return None
