"""Reading a question as people phrase it: the entities it names, its filters, and what it asks.

Names are found with the graph's own labels and aliases (longest match first, case, accents,
possessives and spaces ignored, small typos forgiven). Filters come from the words left: a
year or date range, a status ("signed", "in talks"), a deal type ("MoU", "supply"), a place or
nationality ("in Korea", "Korean firms"). The intent is chosen from the remaining words by cue
words, and from what kind of thing was named (an initiative, an outlet, a person). Offline:
no model, no network.

>>> words("Who are OpenAI's Korean partners?")
['who', 'are', 'openai', 'korean', 'partners']
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from graph.answers.resolve import Entity, all_names, compact, entity_card, normalize
from graph.query.sparql import run


# A name is at most this many words; a question is read in one pass over its word positions.
MAX_NAME_WORDS = 7
# Words that are never a name on their own, though an alias may spell them ("AI", "US").
COMMON_WORDS = frozenset(
    "a an the and or of in on at to for with by from who what which where when how is are was were do does did "
    "has have had will can could would should its their his her it they them this that these those any all "
    "every each most more many much deal deals partner partners firm firms company companies group groups "
    "ai us we our new open office offices plan plans data center centre chip chips".split())
PLACE_CLASSES = frozenset(["Place", "City", "Country", "Region"])
AGENT_CLASSES = frozenset(["Organization", "Company", "BusinessGroup", "GovernmentBody", "University",
                           "PoliticalParty", "NewsOutlet", "Bank", "Person", "Agent"])


def words(text: str) -> list[str]:
    """The question's words, lower case, possessives dropped, punctuation inside names kept."""
    text = text.replace("\u2019", "'")
    found = re.findall(r"[\w][\w.&'-]*[\w]|[\w]", text.lower())
    return [re.sub(r"'s?$", "", w) for w in found]


@dataclass
class Named:
    """An entity the question names, at word positions [start, end)."""

    entity: Entity
    start: int
    end: int
    text: str
    spelled_differently: bool = False  # matched a name spelled a little differently ("Samsng")

    @property
    def kinds(self) -> set[str]:
        return set(self.entity.classes)

    @property
    def is_place(self) -> bool:
        return bool(self.kinds & PLACE_CLASSES)

    @property
    def is_agent(self) -> bool:
        return bool(self.kinds & AGENT_CLASSES)


class NameIndex:
    """Every label and alias of the graph by its matching key, read once per question."""

    def __init__(self, store):
        self.store = store
        self.by_key: dict[str, dict[str, bool]] = {}
        for iri, name, preferred in all_names(store):
            for key in {normalize(name), compact(normalize(name)), *owned_forms(name)}:
                if key:
                    entry = self.by_key.setdefault(key, {})
                    entry[iri] = entry.get(iri, False) or preferred
        self.cards: dict[str, Entity] = {}
        self.pools: dict[tuple, list[str]] | None = None

    def entity(self, key: str) -> Entity | None:
        """The one entity a key names: the only one, or the only one whose label it is."""
        entry = self.by_key.get(key) or self.by_key.get(key.replace(" ", ""))
        if not entry:
            return None
        iris = list(entry) if len(entry) == 1 else [iri for iri, preferred in entry.items() if preferred]
        if len(iris) != 1:
            return None
        if iris[0] not in self.cards:
            self.cards[iris[0]] = entity_card(self.store, iris[0])
        return self.cards[iris[0]]

    def near(self, key: str) -> Entity | None:
        """A name spelled a little differently ("Samsng", "Stargte", "Seoul Natinal University"):
        a word, or words whose first is spelled right."""
        if len(key.replace(" ", "")) < 5:
            return None
        words = key.split()
        if len(words) > 1 and any(w in NATIONALITIES for w in words):
            return None  # "openai korean partners": a nationality, not a misspelt name
        pool = self.respelling_pools().get(respelling_pool(words), [])
        close = difflib.get_close_matches(key, pool, n=1, cutoff=0.84 if len(words) == 1 else 0.9)
        return self.entity(close[0]) if close else None

    def respelling_pools(self) -> dict[tuple, list[str]]:
        """The keys a misspelling is compared with, grouped once: a question tries many n-grams."""
        if self.pools is None:
            self.pools = {}
            for key in self.by_key:
                words = key.split()
                if len(words) > 1 or len(key) >= 5:
                    self.pools.setdefault(respelling_pool(words), []).append(key)
        return self.pools


def respelling_pool(words: list[str]) -> tuple:
    """A single word is compared with words sharing its first two letters; several words with
    names of as many words sharing the first."""
    return (words[0][:2], 1) if len(words) == 1 else (words[0], len(words))


FACILITY_WORDS = re.compile(r"\b(?:offices?|facilit\w*|cent(?:re|er)s?|campus|sites?|hubs?|headquarters)\b")


def owned_forms(name: str) -> list[str]:
    """"seoul office" for "OpenAI Seoul office": what a facility is called without its owner."""
    words = normalize(name).split()
    return [" ".join(words[1:])] if len(words) >= 3 and words[-1] in ("office", "centre", "center", "campus") else []


def find_names(index: NameIndex, tokens: list[str]) -> list[Named]:
    """Entities named in the question, longest match first, left to right. A facility is read
    only in a question about facilities ("openai korea partners" names OpenAI and Korea)."""
    found, i = [], 0
    about_facilities = bool(FACILITY_WORDS.search(" ".join(tokens)))
    while i < len(tokens):
        hit = None
        for length in range(min(MAX_NAME_WORDS, len(tokens) - i), 0, -1):
            text = " ".join(tokens[i:i + length])
            if length == 1 and (text in COMMON_WORDS or len(text) < 2):
                continue
            key = normalize(text)
            entity = index.entity(key)
            if entity is not None and length > 1 and not about_facilities and \
                    set(entity.classes) & {"Facility", "Office", "DataCenter"}:
                continue
            near = index.near(key) if entity is None and key not in COMMON_WORDS \
                and key not in NATIONALITIES and length <= 4 else None
            if entity is not None or near is not None:
                hit = Named(entity or near, i, i + length, text, spelled_differently=near is not None)
                break
        if hit is None:
            i += 1
            continue
        found.append(hit)
        i = hit.end
    return found


# ---------------------------------------------------------------- filters

STATUS_WORDS = [
    ("signed", r"\b(?:signed|sign|inked|ink|agreed|concluded|struck)\b(?! up)"),
    ("in discussion", r"\b(?:in talks|talking|talks|in discussions?|discussing|negotiat\w*|in motion|only talk|"
                      r"just talk)\b"),
    ("considering", r"\b(?:consider\w*|weigh\w*|mull\w*|eye(?:s|ing)?|exploring|open to)\b"),
    ("planned", r"\b(?:planned|planning|plans? to|upcoming|future|still planned)\b"),
    ("announced", r"\bannounced\b"),
    ("active", r"\b(?:active|ongoing|current)\b"),
    ("completed", r"\b(?:completed|closed|finished)\b"),
    ("cancelled", r"\b(?:cancell?ed|scrapped|called off)\b"),
]
DEAL_TYPES = [
    ("MemorandumOfUnderstanding", r"\b(?:mous?|memorand\w* of understanding)\b"),
    ("LetterOfIntent", r"\b(?:lois?|letters? of intent)\b"),
    ("SupplyAgreement", r"\bsuppl\w*\b"),
    ("Investment", r"\binvest\w*\b"),
    ("JointVenture", r"\bjoint ventures?\b"),
    ("FinancialCooperation", r"\b(?:financ\w*|loans?|credit)\b"),
    ("Acquisition", r"\b(?:acqui\w*|takeovers?|buyouts?)\b"),
    ("Integration", r"\bintegrat\w*\b"),
]
NATIONALITIES = {"korean": "South Korea", "south korean": "South Korea", "american": "United States",
                 "us": "United States", "u.s": "United States", "japanese": "Japan", "asian": "Asia",
                 "european": "Europe"}


@dataclass
class Filters:
    year: str | None = None
    since: str | None = None
    until: str | None = None
    as_of: str | None = None
    status: str | None = None
    deal_type: str | None = None
    place: Named | None = None
    nationality: Entity | None = None

    def deal_filters(self) -> dict:
        """The keyword filters of `partner_pairs`."""
        since, until = (self.year, self.year) if self.year else (self.since, self.until)
        return {"since": since, "until": until, "status": self.status, "type": self.deal_type, "as_of": self.as_of}

    def describe(self) -> str:
        parts = [self.status or "", self.deal_type or ""]
        parts += [f"in {self.year}"] if self.year else []
        parts += [f"since {self.since}"] if self.since else []
        parts += [f"until {self.until}"] if self.until else []
        parts += [f"as of {self.as_of}"] if self.as_of else []
        parts += [f"in {self.place.entity.label}"] if self.place else []
        parts += [f"{self.nationality.label} only"] if self.nationality else []
        return ", ".join(p for p in parts if p)


MONTH_NAMES = ("january february march april may june july august september october november december").split()


def with_month_numbers(text: str) -> str:
    """"May 2025" -> "2025-05", "this year" -> the current year: dates as the filters read them."""
    import datetime

    text = re.sub(r"\b(" + "|".join(MONTH_NAMES) + r")\s+((?:19|20)\d\d)\b",
                  lambda m: f"{m.group(2)}-{MONTH_NAMES.index(m.group(1)) + 1:02d}", text)
    year = datetime.date.today().year
    return text.replace("this year", str(year)).replace("last year", str(year - 1))


def find_filters(text: str, names: list[Named], index: NameIndex) -> Filters:
    found = Filters()
    text = with_month_numbers(text)
    if m := re.search(r"\b(?:since|after|from)\s+((?:19|20)\d\d(?:-\d\d){0,2})\b", text):
        found.since = m.group(1)
    if m := re.search(r"\b(?:until|before|through|up to)\s+((?:19|20)\d\d(?:-\d\d){0,2})\b", text):
        found.until = m.group(1)
    if m := re.search(r"\b(?:by|as of)\s+((?:19|20)\d\d(?:-\d\d){0,2})\b", text):
        found.as_of = m.group(1)  # "had forged by May 2025": what the sources said by then
    if not (found.since or found.until) and (m := re.search(r"\b(?:in|during)\s+((?:19|20)\d\d-\d\d)\b", text)):
        found.since = found.until = m.group(1)
    if not (found.since or found.until or found.as_of) and (m := re.search(r"\b((?:19|20)\d\d)\b", text)):
        found.year = m.group(1)
    found.status = next((status for status, pattern in STATUS_WORDS if re.search(pattern, text)), None)
    found.deal_type = next((kind for kind, pattern in DEAL_TYPES if re.search(pattern, text)), None)
    places = [n for n in names if n.is_place]
    after_in = [n for n in places if n.start > 0 and text.split()[n.start - 1] in ("in", "within", "across")]
    found.place = (after_in or places[-1:] or [None])[0]
    for word, place in NATIONALITIES.items():
        if re.search(rf"\b{re.escape(word)}\b", text) and (entity := index.entity(normalize(place))):
            found.nationality = entity
            break
    return found


# ---------------------------------------------------------------- intents

YES_NO = re.compile(r"^(?:is|are|was|were|does|do|did|has|have|had|will|would|can|could|should)\b|"
                    r"^(?!what|which|who|where|when|how)\w.*\byet$")
COUNT = re.compile(r"\bhow many\b|\bnumber of\b|\bcount\b")
SUPERLATIVE = re.compile(r"\b(?:most|biggest|largest|best[- ]connected|top|central|busiest|leading)\b")

# Intents, each with the cue words that point to it, tried in order: the first whose cue is
# in the question (and whose needs are met by the names found) wins.
CUES = [
    ("connection", r"\b(?:connect\w*|link\w*|relat\w*|tied|ties|path|rel(?:y|ies)|depend\w*|reliant|"
                   r"lean\w* on|come\w* into|fit\w* in|cross\w* paths|involved with)\b"),
    ("reported", r"\b(?:report\w*|according to|sources?|outlets?|wrote|written|article|publish\w*|who said|cited|"
                 r"covered)\b"),
    ("met", r"\b(?:meet|met|meetings?|talk(?:ed)? (?:to|with)|discuss\w* with|roundtable|held talks)\b"),
    ("figures", r"\b(?:how much|cost\w*|capacity|gigawatts?|gw|rank\w*|budget|figures?|statistics?|stats|earmark\w*|"
                r"how (?:big|large|fast)|subscri\w*|users|grow\w*|money|worth|stand)\b"),
    ("roles", r"\b(?:jobs?|roles?|titles?|positions?|posts?|ceo|cso|cfo|cto|chair\w*|head\w*|lead\w*|runs?|boss|"
              r"president|executives?|officers?|works? (?:for|at)|worked|employ\w*|staff|director|managers?|"
              r"founder|editor)\b"),
    ("offices", r"\b(?:offices?|facilit\w*|based|headquarter\w*|hq|located|locations?|branch\w*|presence|hubs?|"
                r"where (?:is|are)|cities|city|opened|open yet|on the ground|set up shop)\b"),
    ("funders", r"\b(?:fund(?:s|ed|ing|ers?)?|invest\w*|financ(?:e|es|ed|ing|iers?)|back(?:s|ed|ers?|ing)|"
                r"bankroll\w*|pays? for)\b"),
    ("participants", r"\b(?:members?|part of|belong\w*|involved|participa\w*|take part|takes part|taking part|"
                     r"contribut\w*|behind|role|roles|join\w*)\b"),
    ("partners", r"\b(?:partner\w*|work\w* (?:with|together)|team\w* up|collaborat\w*|cooperat\w*|allies|ally|"
                 r"deals? with|signed with|in talks with|talks with|companies|firms|agreements? with|with whom|"
                 r"anything|help\w*|support\w*|corner|tie-?ups?|ties)\b"),
    ("plans", r"\b(?:plan\w*|consider\w*|weigh\w*|thinking|intend\w*|explor\w*|will|going to|expand\w*|build\w*|"
              r"(?:mass-)?produc\w*|start\w*|"
              r"data cent\w+|commit\w*|eye\w*|mull\w*|next|open (?:a|an))\b"),
    ("deals", r"\b(?:deals?|agreements?|contracts?|mous?|partnerships?|signed|sign|made|projects?|pacts?)\b"),
    ("profile", r"\b(?:who|what) (?:is|are|was|were)\b|\btell me about\b|\bdescribe\b|\babout\b|\bwhat does .* do\b"),
]


@dataclass
class Reading:
    """What a question asks, as read: the intent, the names, the filters and the question's form."""

    question: str
    text: str  # the question in lower case, names kept
    intent: str
    names: list[Named]
    filters: Filters
    yes_no: bool = False
    count: bool = False
    superlative: bool = False
    unknown: list[str] = field(default_factory=list)  # capitalized names the graph does not know
    main_actor: Entity | None = None  # the graph's most connected agent, for questions naming no one

    @property
    def agents(self) -> list[Named]:
        return [n for n in self.names if not n.is_place]

    def respellings(self) -> list[str]:
        return [f"read {n.text!r} as {n.entity.label}" for n in self.names if n.spelled_differently]

    def notes(self) -> list[str]:
        """What the reader should know of how the question was read: names read as others, and
        the reading itself where it was a guess (no cue word, or no one named)."""
        guessed = self.intent == "profile" and not re.search(CUES[-1][1], self.text) or (
            not self.agents and self.main_actor is not None and self.intent not in ("all_pairs", "superlative"))
        return self.respellings() + ([f"read as: {self.describe()}"] if guessed else [])

    def describe(self) -> str:
        """How the question was read, in words: "partners of OpenAI (signed, in 2025)"."""
        subject = " and ".join(n.entity.label for n in self.agents) or (
            self.main_actor.label if self.main_actor is not None else "the whole graph")
        form = "count of " if self.count else "yes/no: " if self.yes_no else ""
        filters = self.filters.describe()
        return f"{form}{self.intent} of {subject}" + (f" ({filters})" if filters else "")


def read_question(store, question: str) -> Reading:
    index = NameIndex(store)
    text = " ".join(words(question))
    names = find_names(index, text.split())
    filters = find_filters(text, names, index)
    if filters.place and len([n for n in names if not n.is_place]) == 0 and filters.place is names[0]:
        filters.place = None  # "where does Korea rank": the place is what is asked about
    asked = re.sub(r"^(?:as of|by|in|since) [\w -]+? (?=(?:is|are|was|were|does|do|did|has|have|had|will)\b)", "", text)
    reading = Reading(question, text, "", names, filters, yes_no=bool(YES_NO.match(asked)),
                      count=bool(COUNT.search(text)), superlative=bool(SUPERLATIVE.search(text)),
                      unknown=unknown_names(question, index, names))
    reading.intent = choose_intent(reading)
    if not reading.agents:
        reading.main_actor = main_actor(store)
    return reading


def main_actor(store) -> Entity | None:
    """The party to the most deals: who a question about "the company" means in this graph."""
    rows = list(run(store, "most-deals-party"))
    return entity_card(store, rows[0]["party"].value) if rows else None


NOT_NAMES = frozenset("i is are was were does do did has have will can who what which where when how why "
                      "the a an and or show list tell give find please mou mous loi lois ceo cso cfo cto coo "
                      "ai api gw hq".split())


def unknown_names(question: str, index: NameIndex, names: list[Named]) -> list[str]:
    """Runs of capitalized words past the first that name nothing in the graph ("Zorblax
    Industries"), once the names found as spelled are taken out."""
    exact = [n.text for n in names if not n.spelled_differently]
    runs, current = [], []
    for k, word in enumerate(re.findall(r"[^\s,;:?!.()\"]+", question)):
        capital = word[:1].isupper() and k > 0 and word.lower() not in NOT_NAMES
        if capital:
            current.append(word.rstrip("'s").rstrip("'"))
        elif current:
            runs.append(" ".join(current))
            current = []
    if current:
        runs.append(" ".join(current))
    runs = [" ".join(w for w in r.split() if not any(normalize(w) in e.split() for e in exact)) for r in runs]
    return [r for r in runs if r and not index.entity(normalize(r)) and not index.near(normalize(r))
            and normalize(r) not in NATIONALITIES and not any(normalize(r).startswith(n) for n in NATIONALITIES)]


NOT_A_DEAL = re.compile(r"\b(?:meet|met|talk\w* (?:to|with)|discuss\w*|roles?|chair\w*|ceo|cso|jobs?|posts?|do at|"
                        r"runn?\w*|leads?|in charge|have on|say about|write about|"
                        r"positions?|titles?|executives?|work\w* (?:for|at|before)|chief|officer|president|director|"
                        r"head|founder)\b")


# Words that show a question naming no one is still about the graph ("is the data center a done deal?").
DOMAIN_WORDS = re.compile(r"\b(?:deals?|partner\w*|offices?|data cent\w+|chips?|meetings?|facilit\w*|invest\w*|"
                          r"agreements?|mous?|ceo|chair\w*|politicians?|talks|hubs?|figures?|capacity|cost)\b")


def choose_intent(reading: Reading) -> str:
    masked = masked_text(reading)
    agents, kinds = reading.agents, {k for n in reading.agents for k in n.kinds}
    if re.match(r"when\b", masked) and agents:
        return "when"
    if re.match(r"where (?:did|do|does|was|were)\b.*\b(?:meet|met|talk\w*)\b", masked):
        return "met"  # "where did OpenAI talk chips with the Samsung and SK bosses?"
    if re.search(r"\b(?:rank|order|sort)\w*\b.*\bpartners?\b", masked) and agents:
        return "partners"  # "rank OpenAI's partners by how far along they are": each with its status
    if reading.superlative and len(agents) <= 1 and not (agents and reading.count):
        return "superlative"
    if len(agents) >= 2 and re.search(CUES[0][1], masked):
        return "connection"
    if re.search(r"\b(?:report\w*|according to|which sources?|which outlets?|who said|wrote|covered|have on|"
                 r"say about|write about|story)\b", masked):
        return "reported"
    if len(agents) >= 2 and any("Initiative" in n.kinds for n in agents) and not re.search(r"\b(?:meet|met)\b", masked):
        return "initiative_member"
    if reading.yes_no and kinds & {"Facility", "Office", "DataCenter"}:
        return "offices"  # "is the Seoul office open?"
    if len(agents) >= 2 and not NOT_A_DEAL.search(masked):
        if re.search(r"\b(?:plan\w*|consider\w*|weigh\w*|intend\w*|(?:mass-)?produc\w*)\b", masked):
            return "plans"
        return "deal_between"
    if "Event" in kinds and re.search(r"\b(?:attend\w*|who (?:was|were) at|present|participa\w*|spoke|took part|"
                                      r"who (?:met|was there))\b", masked):
        return "participants"  # "who attended the roundtable?"
    if "Initiative" in kinds and not re.search(CUES[3][1], masked):
        if re.search(CUES[6][1], masked):
            return "funders"
        if re.search(CUES[7][1] + r"|\b(?:firms|companies|who)\b", masked):
            return "participants"
    for intent, pattern in CUES[2:]:
        if re.search(pattern, masked):
            if intent in ("partners", "deals") and not agents:
                return "all_pairs"
            if not reading.names and (intent not in ("figures", "plans", "offices", "met", "roles")
                                      or not DOMAIN_WORDS.search(masked)):
                return "unknown"  # these few read about the graph's main actor when no one is named
            return intent
    return "profile" if reading.names else "unknown"


def masked_text(reading: Reading) -> str:
    """The question with each name replaced by 'X', so that names never read as cue words."""
    tokens = reading.text.split()
    for n in reversed(reading.names):
        tokens[n.start:n.end] = ["X"]
    return " ".join(tokens)
