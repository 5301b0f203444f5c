"""Plain-English questions mapped by templates to the library's own queries (graph/answers.py).

A question is normalized (case, curly quotes, spaces, a trailing '?' or '.', a leading
'please' or 'tell me'), then matched against each template's patterns in turn; the first
match names the entities (resolved like every other command) and calls the same functions as
`kg partners`, `kg entity` and `kg path`. The answer is a one-line summary and rows that carry
each claim's status and sources. Every SPARQL query run on the way is recorded, for
--show-query.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from graph.answers.questions import (all_pairs, connection, deals_of, doings, funders, leaders_of,
                      meetings, offices, participants, partner_pair, partners_of, people_at, plans,
                      reports, statistics, title_of, who_is)
from graph.model.errors import EntityNotFound, KgError


class UnknownQuestion(KgError):
    """A question no template understands."""


@dataclass
class Answer:
    """What a question gets: a summary line, rows, their columns and the queries run."""

    question: str
    understood_as: str
    summary: str
    rows: list[dict]
    columns: list[str]
    queries: list[dict] = field(default_factory=list)

    def as_json(self) -> dict:
        return {"question": self.question, "understood_as": self.understood_as,
                "summary": self.summary, "answer": self.rows, "queries": self.queries}


class RecordingStore:
    """A store that remembers every query run through it (text and bindings)."""

    def __init__(self, store):
        self.store = store
        self.log: list[tuple[str, dict]] = []

    def query(self, sparql: str, bindings: dict | None = None):
        self.log.append((sparql, dict(bindings or {})))
        return self.store.query(sparql, bindings)

    def __getattr__(self, name):
        return getattr(self.store, name)


# ---------------------------------------------------------------- reading the question

FILLERS = re.compile(
    r"(?i)^(?:please |pls |ok |so |hey |tell me |show me |can you tell me |could you tell me |"
    r"do you know |i want to know |i'd like to know |list |give me |find )+")
X = r"(?P<x>.+?)"
Y = r"(?P<y>.+?)"
PARTNER_VERB = r"(?:partner(?:s|ed|ing)?|work(?:s|ed|ing)?|team(?:s|ed|ing)? up|collaborat(?:e|es|ed|ing)|cooperat(?:e|es|ed|ing)|do(?:es)? (?:business|deals)|deal(?:s|t)?|ally|allied)"


CONTRACTIONS = {"what's": "what is", "who's": "who is", "where's": "where is", "how's": "how is",
                "whats": "what is", "whos": "who is"}


def clean(question: str) -> str:
    """Plain quotes, single spaces, contractions spelled out, no trailing punctuation or polite
    openers. Case is kept (names are shown as typed); patterns match ignoring it."""
    text = question.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"[\s?!.]+$", "", text)
    text = FILLERS.sub("", text).strip()
    return re.sub(r"^(\w+'?s)\b", lambda m: CONTRACTIONS.get(m.group(1).lower(), m.group(1)), text)


# ---------------------------------------------------------------- templates

WHEN = (r"(?: (?:in|during|for) (?P<year>\d{4})| since (?P<since>\d{4}(?:-\d{2}){0,2})"
        r"| (?:until|up to|through) (?P<until>\d{4}(?:-\d{2}){0,2}))?")
PLACE = r"(?: (?:in|for|about|regarding) (?P<place>.+?))?"
POSS = r"(?:'s|s'|s)"
PARTNERS = r"(?:partners?|allies|collaborators|partnerships)"


@dataclass(frozen=True)
class Template:
    name: str
    answer: object
    patterns: tuple[str, ...]
    forms: tuple[str, ...]


TEMPLATES = (
    Template("all partner pairs", all_pairs, (
        rf"who (?:{PARTNER_VERB}) with whom",
        r"who is (?:partnering|working|teaming up|collaborating) with whom",
        r"(?:all |every )?(?:partner pairs|partnerships|pairs of partners)",
        r"(?:which|what) (?:deals|partnerships|agreements) (?:are|were|have been|is) "
        r"(?P<status>considering|considered|in discussion|planned|announced|signed|active|completed|cancelled)",
    ), ("who partners with whom?", "which deals are signed?")),
    Template("connection", connection, (
        rf"how (?:is|are|was|were) {X} (?:connected|linked|related|tied|associated) (?:to|with) {Y}",
        rf"how (?:is|are|were) {X} and {Y} (?:connected|linked|related|tied)",
        rf"how (?:does|do) {X} (?:connect|relate|link) (?:to|with) {Y}",
        rf"what (?:links|connects|ties|relates) {X} (?:and|to|with) {Y}",
        rf"(?:what is the |is there a |any )?(?:connection|link|path|relationship|relation) between {X} and {Y}",
        rf"(?:is|are) {X} (?:connected|linked|related) (?:to|with) {Y}",
        rf"(?:does|do|did|is|are) {X} (?:rely|relies|depend|depends|relying|depending|dependent|reliant) (?:on|upon) {Y}",
    ), ("how is X connected to Y?", "what links X and Y?")),
    Template("deals between two", partner_pair, (
        rf"(?:does|do|did|has|have|is|are) {X} (?:{PARTNER_VERB}) with {Y}",
        rf"(?:do|did|are|have) {X} and {Y} (?:work together|partner|partners|partnered|have (?:a )?deals?|collaborate)",
        rf"is {X} (?:a )?partner (?:of|with|to) {Y}",
        rf"what (?:does|did|is|are|has) {X} (?:do|doing|done|have|got) (?:with|together with) {Y}",
        rf"what(?:'s| is) the (?:status|state) of (?:the )?{X}(?: ?- ?| and | with ){Y} "
        rf"(?:deal|deals|partnership|partnerships|agreement|relationship|talks|cooperation)",
    ), ("does X partner with Y?", "what is the status of the X-Y deal?")),
    Template("deals", deals_of, (
        rf"(?:what|which) (?:deals|agreements|partnerships|contracts) (?:did|does|has|have|is|was) {X} "
        rf"(?P<verb>make|made|sign|signed|do|done|strike|struck|have|close|closed|agree|agreed|announce|announced|in|part of|involved in){WHEN}",
        rf"{X}{POSS} (?:deals|agreements|contracts){WHEN}",
        rf"(?:the )?(?:deals|agreements|contracts) (?:of|by|with|involving) {X}{WHEN}",
        rf"how many deals (?:does|did|has) {X} (?:have|make|made|sign|signed|got){WHEN}",
    ), ("what deals did X make (in 2025 / since 2025-02)?", "X's deals")),
    Template("funders", funders, (
        rf"who (?:funds|funded|finances|financed|is funding|is financing|invests in|invested in|"
        rf"is investing in|pays for|is paying for|bankrolls|backs|is backing) {X}",
        rf"who (?:are|is) (?:the )?(?:funders?|investors?|backers?|financiers?|money) (?:of|in|behind|for) {X}",
        rf"where does {X} get (?:its |the )?(?:money|funding|funds)",
    ), ("who funds X?",)),
    Template("participants", participants, (
        rf"who (?:takes|took|is taking|will take) part in {X}",
        rf"who (?:is|are|was|were) (?:involved|participating|taking part|engaged|working) (?:in|on) {X}",
        rf"who (?:participates|participated|is) in {X}",
        rf"who (?:is|are) (?:behind|part of) {X}",
        rf"(?:who are )?(?:the )?(?:participants|members|parties) (?:of|in|to) {X}",
    ), ("who takes part in X?", "who is involved in X?")),
    Template("partners", partners_of, (
        rf"(?:who|what|which) (?:is|are) (?:the )?{X}{POSS} {PARTNERS}",
        rf"(?:who|whom) (?:does|do|did|has|have|will|is|are|can) {X} (?:{PARTNER_VERB})(?: (?:with|alongside))?{WHEN}",
        rf"who (?:{PARTNER_VERB}) (?:with|alongside) {X}{WHEN}",
        rf"who (?:has |have )?(?P<verb>signed|made|struck|closed|has|have) (?:a |any )?(?:deals?|agreements?|contracts?|partnerships?) with {X}{WHEN}",
        rf"(?:which|what) (?:(?P<adjective>[\w-]+) )?(?:companies|firms|organi[sz]ations|businesses|groups|people|entities|partners|conglomerates) "
        rf"(?:{PARTNER_VERB}|have deals|(?P<verb>signed) deals) with {X}{WHEN}",
        rf"(?:which|what) (?:(?P<adjective>[\w-]+) )?(?:companies|firms|organi[sz]ations|businesses|groups|partners|conglomerates) "
        rf"(?:does|do|did|has|is) {X} (?:{PARTNER_VERB})(?: with)?{WHEN}",
        rf"who (?:is|are) (?:partnering|working|teaming up|collaborating|cooperating|allied) with {X}",
        rf"(?:the )?{X}{POSS} {PARTNERS}",
        rf"(?:who|what) (?:is|are) (?:the )?{PARTNERS} of {X}",
        rf"(?:the )?{PARTNERS} of {X}",
        rf"(?:with )?whom (?:does|do|did|has) {X} (?:{PARTNER_VERB})(?: with)?",
        rf"{X} {PARTNERS}",
    ), ("who partners with X? / who does X work with? / who teams up with X?",
        "who are X's partners? / X's partners")),
    Template("offices", offices, (
        rf"(?:does|do|has) {X} (?:have|has|got|run|operate) (?:an? |any )?(?:offices?|facilit\w+|presence|hubs?|sites?) (?:in|at) (?P<place>.+?)",
        rf"where (?:does|do|did|has|have) {X} (?:have|has|got|keep|run|operate|open|opened) "
        rf"(?:its |their |an? )?(?:offices?|facilities|sites|locations|presence|hubs?|branches)",
        rf"where (?:is|are) {X}{POSS}? (?:offices?|facilities|sites|locations|hubs?|headquarters|hq)",
        rf"where (?:is|are) {X} (?:based|located|headquartered)",
        rf"(?:what|which) (?:offices|facilities|sites) (?:does|do|has) {X} (?:have|run|operate|got)",
        rf"(?:the )?{X}{POSS} (?:offices|facilities|sites|locations|hubs)",
        rf"(?:the )?(?:offices|facilities) of {X}",
        rf"where is {X}",
    ), ("where does X have offices?", "where is X based?")),
    Template("plans", plans, (
        rf"what (?:is|are|was|were) {X} (?:planning|considering|weighing|thinking about|thinking of|"
        rf"preparing|exploring|looking at|eyeing|discussing|negotiating|contemplating|mulling|"
        rf"working on|open to|interested in)(?: doing| to do)?{PLACE}",
        rf"what (?:does|do|did) {X} (?:plan|consider|intend|want|propose|weigh)(?: to do)?{PLACE}",
        rf"(?:what are )?(?:the )?{X}{POSS} (?:plans|intentions|ambitions|next steps){PLACE}",
        rf"(?:what are )?(?:the )?plans of {X}{PLACE}",
        rf"(?:is|are|will|does|do) {X} (?:going to |planning to |plan to |set to )?(?:build|building|open|opening|"
        rf"construct|constructing|set up|setting up|invest|investing|expand|expanding)\b.*?{PLACE}",
    ), ("what is X planning / considering (in PLACE)?", "what are X's plans?")),
    Template("activities", doings, (
        rf"what (?:is|are|was|were|has|have) {X} (?:doing|done|been doing|up to){PLACE}",
        rf"what (?:does|did) {X} do (?:in|for|about) (?P<place>.+?)",
        rf"when (?:did|does|will|is|was|has) {X} (?P<topic>(?:open|sign|start|launch|announce|build|meet|partner|make|ink|strike|begin|unveil)\w* .+)",
    ), ("what is X doing (in PLACE)? / when did X ...?",)),
    Template("meetings", meetings, (
        rf"who (?:did|has|have|does) {X} (?:meet|met|meet with|met with|talk to|talked to|talk with|talked with)",
        rf"who (?:met|has met|talked to|talked with|held talks with|meets) (?:with )?{X}",
        rf"(?:what are |list )?(?:the )?{X}{POSS} (?:meetings|talks)",
        rf"(?:the )?(?:meetings|talks) (?:of|with) {X}",
    ), ("who did X meet?",)),
    Template("figures", statistics, (
        rf"how (?:much|big|large) (?:is|was|are|will|does|did) {X}(?: (?:cost|worth|be|invest|spend|get))?",
        rf"what (?:are|is) (?:the )?{X}{POSS} (?:rank|ranking|rankings|statistics|stats|figures|numbers|market|cost|capacity|budget)(?: .+)?",
        rf"(?:the )?(?:statistics|stats|figures|numbers) (?:of|on|about|for) {X}",
    ), ("how much is X? / what are X's figures?",)),
    Template("reports", reports, (
        rf"what (?:did|does|has|have) {X} (?:report|reported|say|said|write|written|publish|published|"
        rf"claim|claimed)(?: about .+)?",
        rf"what (?:was|is|has been|were|have been) (?:reported|said|written|published|claimed) by {X}",
        rf"(?:the )?{X}{POSS} (?:reports|claims|reporting|articles)",
        rf"(?:the )?(?:reports|claims|articles) (?:by|from|of) {X}",
    ), ("what did X report?",)),
    Template("leaders", leaders_of, (
        rf"who (?:leads|led|runs|ran|heads|headed|chairs|chaired|manages|managed|directs|controls|"
        rf"is leading|is running|is in charge of|is heading|is at the helm of) {X}",
        rf"who (?:is|was|are) (?:the )?(?:ceo|chief executive|head|leader|chair|chairman|chairwoman|"
        rf"chairperson|boss|president|founder|director) (?:of|at) {X}",
        rf"(?:who is )?(?:the )?{X}{POSS} (?:ceo|head|leader|chair|chairman|boss|president|founder)",
    ), ("who leads / runs X?",)),
    Template("title", title_of, (
        rf"who (?:is|was|are) (?:the )?{X}{POSS} (?P<title>[\w.-]+(?: [\w.-]+){{0,3}})",
        rf"who (?:is|was|are) (?P<whole>(?:the )?(?P<title>[\w.-]+(?: [\w.-]+){{0,3}}?) (?:of|at|for) {X})",
    ), ("who is X's CSO? / who is the chairman of X?",)),
    Template("people", people_at, (
        rf"who (?:does|did) {X} work (?:for|at)",
        rf"who (?:works|worked|is working|are working) (?:at|for|in) {X}",
        rf"who (?:is|are|was|were) (?:at|with|employed by|employed at) {X}",
        rf"(?:who are )?(?:the )?(?:people|executives|staff|employees|officials|officers|managers) (?:at|of|in) {X}",
        rf"(?:who are )?(?:the )?{X}{POSS} (?:people|executives|staff|employees|officers|managers)",
        rf"where (?:does|did) {X} work",
        rf"what (?:is|was) {X}{POSS} (?:job|role|title|position)",
    ), ("who works at X?", "where does X work?")),
    Template("profile", who_is, (
        rf"who (?:is|was|are|were) {X}",
        rf"what (?:is|was|are) {X}",
        rf"(?:tell me about|about|describe|info on|information (?:on|about)|profile of|"
        rf"what do (?:you|we) know about) {X}",
        rf"what does {X} do",
    ), ("who is X? / what is X?",)),
)


def forms() -> str:
    return "\n".join(f"  {form}" for t in TEMPLATES for form in t.forms)


def understand(question: str) -> tuple[Template, dict]:
    """The first template whose pattern matches the whole cleaned question, and its groups."""
    text = clean(question)
    for template in TEMPLATES:
        for pattern in template.patterns:
            match = re.fullmatch(pattern, text, re.IGNORECASE)
            if match:
                return template, {k: v for k, v in match.groupdict().items() if v}
    raise UnknownQuestion(f"cannot map {question.strip()!r} to a query; questions understood:\n{forms()}")


def ask(store, question: str) -> Answer:
    """Answer a plain-English question; the queries run are in the answer."""
    from graph.query.sparql import named_query

    template, groups = understand(question)
    recorder = RecordingStore(store)
    try:
        summary, rows = template.answer(recorder, **groups)
    except EntityNotFound as err:
        if template.name != "profile":
            raise
        raise UnknownQuestion(f"cannot map {question.strip()!r} to a query ({err}); "
                              f"questions understood:\n{forms()}") from None
    lookups = {named_query(n) for n in ("entity-exact", "entity-names", "entity-card", "class-tree",
                                         "claim-statuses", "source-card")}
    label_lookup = named_query("labels").split("#VALUES")[0]
    queries = [{"sparql": text, "bindings": {k: str(v) for k, v in bindings.items()}}
               for text, bindings in recorder.log
               if text not in lookups and not text.startswith(label_lookup)]
    columns = list(rows[0]) if rows else []
    return Answer(question, template.name, summary, rows, columns, queries)


def query_text(answer: Answer) -> str:
    """The SPARQL an answer ran (name look-ups left out), each with its bindings."""
    from graph.model.namespaces import sparql_prologue

    parts = []
    for number, query in enumerate(answer.queries, 1):
        bound = "".join(f"# ?{k} = {v}\n" for k, v in query["bindings"].items())
        body = query["sparql"].replace(sparql_prologue(), "")
        parts.append(f"# query {number}\n{bound}{body.strip()}\n")
    return "\n".join(parts)
