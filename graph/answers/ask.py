"""Plain-English questions answered with the library's own queries.

A question is cleaned (curly quotes, spaces, politeness), read (graph/answers/reading.py: its
names, filters and intent) and handed to the handler of its intent (graph/answers/intents.py),
which calls the same functions as `kg partners`, `kg entity` and `kg path`. The answer is a
one-line summary (yes, no or not yet first for a yes/no question) and rows that carry each
claim's status and sources, with how the question was read, and the main query run, for
--show-query.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

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
    notes: list[str] = field(default_factory=list)  # how a name spelled differently was read

    def as_json(self) -> dict:
        return {"question": self.question, "understood_as": self.understood_as,
                "summary": self.summary, "answer": self.rows, "queries": self.queries, "notes": self.notes}


# ---------------------------------------------------------------- reading the question

FILLERS = re.compile(
    r"(?i)^(?:please |pls |ok |so |hey |tell me |show me |can you tell me |could you tell me |"
    r"do you know |i want to know |i'd like to know |list |give me |find )+")


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


# ---------------------------------------------------------------- answering

# One example question per intent: what a question no intent fits is compared with, and the
# suggestions it gets, with the user's own names filled in.
EXAMPLES = [
    ("partners", "who partners with {x}?"), ("deals", "what deals did {x} make in 2025?"),
    ("all_pairs", "who partners with whom?"), ("deal_between", "is there a deal between {x} and {y}?"),
    ("connection", "how is {x} connected to {y}?"), ("roles", "who leads {x}?"), ("roles", "what is {x}'s role?"),
    ("met", "who did {x} meet?"), ("offices", "where does {x} have offices?"),
    ("plans", "what is {x} planning?"), ("participants", "who takes part in {x}?"),
    ("funders", "who funds {x}?"), ("reported", "what did {x} report?"), ("figures", "what figures are given about {x}?"),
    ("superlative", "who has the most deals?"), ("profile", "who is {x}?"),
]


def ask(store, question: str) -> Answer:
    """Answer a plain-English question; the main query run is kept in the answer."""
    from graph.answers.intents import HANDLERS
    from graph.answers.reading import read_question

    if not question.strip():
        raise UnknownQuestion("empty question; " + suggest(None, question))
    reading = read_question(store, clean(question))
    for name in reading.unknown:
        inside = [n for n in reading.names if n.text in name.lower()]
        if not reading.names or inside:  # nothing else named, or a longer name around a known one
            from graph.answers.resolve import resolve

            resolve(store, asked_name(question) if not reading.names else name)  # says which, and the nearest
    handler = HANDLERS.get(reading.intent)
    try:
        if handler is None:
            raise UnknownQuestion(f"cannot map {question.strip()!r} to a query; {suggest(reading, question)}")
        summary, rows = handler(store, reading)
    except EntityNotFound:
        if reading.names:
            raise
        raise UnknownQuestion(f"cannot map {question.strip()!r} to a query: it names nothing the graph knows; "
                              f"{suggest(reading, question)}") from None
    from graph.answers.intents import explain

    columns = list(rows[0]) if rows else []
    shown = explain(store, reading)
    return Answer(question, reading.describe(), summary, rows, columns, [{"sparql": shown}] if shown else [],
                  notes=reading.notes())


def asked_name(question: str) -> str:
    """The words after the last "with", "of", "about"...: the name a question asks about."""
    found = re.search(r"\b(?:with|of|about|for|is|are|does|did|in)\s+(.+?)[\s?!.]*$", clean(question))
    return found.group(1) if found else clean(question)


def suggest(reading, question: str) -> str:
    """The three example questions closest to this one, with its own names in them."""
    import difflib

    names = [n.entity.label for n in reading.agents] if reading else []
    x, y = (names + ["OpenAI", "Samsung Electronics"])[:2] if names else ("OpenAI", "Samsung Electronics")
    filled = [example.format(x=x, y=y) for _, example in EXAMPLES]
    text = clean(question).lower()
    ranked = sorted(filled, key=lambda e: -difflib.SequenceMatcher(None, text, e.lower()).ratio())
    return "try: " + " / ".join(ranked[:3])


def query_text(answer: Answer) -> str:
    """The SPARQL behind the answer's rows, to paste into `kg sparql`."""
    if not answer.queries:
        return "# this answer has no query of its own\n"
    return answer.queries[0]["sparql"]
