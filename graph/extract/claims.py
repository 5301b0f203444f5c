"""How far along a claim is, when it happened, and who reported it.

Status comes from the words of the claim, read in the order of STATUS_WORDS: hedges
("weighs", "open to") outrank plans ("will"), which outrank what they are about ("sign").

>>> status_at("open to expanding")
'considering'
>>> status_at("has already forged")
"""

from __future__ import annotations

import re
from functools import lru_cache

from graph.extract.dates import DATE_RE, find_dates
from graph.extract.entities import Entity
from graph.extract.lexicon import MONTHS, WEEKDAYS
from graph.extract.sentence import DocContext, Sentence
from graph.extract.text import sentence_pattern

PARTICIPLES = frozenset("signed inked sealed agreed struck announced unveiled completed finalized finalised".split())


STATUS_WORDS = [  # first match wins: hedges and plans outrank what they are about
    ("cancelled", r"\b(?:cancel+ed|scrapped|called off|terminated|pulled out|abandoned|collapsed)\b"),
    ("considering", r"\b(?:weigh(?:s|ed|ing)?|eye(?:s|d|ing)?|explor(?:e|es|ed|ing)|consider(?:s|ed|ing)?|"
                    r"open to|interest(?:ed)?|mull(?:s|ed|ing)?|may|might|could|potential(?:ly)?|"
                    r"possib(?:le|ly|ility|ilities)|seek(?:s|ing)?|looking (?:to|into|at)|contemplat\w*|evaluat\w*)\b"),
    ("inDiscussion", r"\b(?:in motion|discussions?|talks|negotiat\w*|discuss(?:es|ed|ing)?|"
                     r"near(?:s|ing)? (?:a |an )?(?:deal|agreement)|close to (?:a |an )?(?:deal|agreement))\b"),
    ("planned", r"\b(?:plan(?:s|ned|ning)?|will|would|aim(?:s|ed|ing)?|expect(?:s|ed|ing)?|set to|"
                r"getting ready|prepar(?:es|ing)|intend(?:s|ed)?|(?:is|are) to|scheduled|upcoming|slated|"
                r"going to|poised|ready to|to be)\b"),
    ("signed", r"\b(?:sign(?:s|ed|ing)?|ink(?:s|ed)?|agree(?:s|d)?|forged|formed|partnered|struck|seal(?:s|ed)|"
               r"clinch(?:ed)?|conclud(?:ed|es)|entered into|team(?:s|ed)? up|join(?:s|ed)? (?:forces|hands)|reached)\b"),
    ("completed", r"\b(?:completed|closed|finali[sz]ed|opened|inaugurated|acquired|bought)\b"),
    ("announced", r"\b(?:announc\w*|unveil\w*|reveal\w*|launch(?:ed|es)?|introduc\w*|confirm\w*)\b"),
    ("active", r"\b(?:(?:is|are) (?:working|partnering|collaborating|cooperating|being)|(?:works|partners|"
               r"collaborates|cooperates) with|(?:has|have) (?:a |an )?(?:deals?|partnerships?|agreements?|ties)|"
               r"ongoing|existing|(?:is|are) (?:\w+-)?(?:owned|backed|controlled) by|owns|holds)\b"),
]


ANY_STATUS = re.compile("|".join(f"(?P<{status}>{pattern})" for status, pattern in STATUS_WORDS))


REPORTED = sentence_pattern(
    r"\baccording to\b|\breported(?:ly)?\b|\breports? (?:by|from|in)\b|\bsources? (?:said|say|says|familiar|close)\b|"
    r"\bpeople (?:familiar|close|briefed)\b|\bcited\b", re.IGNORECASE)


FUTURE_STATUSES = frozenset(["planned", "considering", "inDiscussion"])


MAY_HAVE_DATE = sentence_pattern(r"\d|\b(?:last|next|this|today|yesterday|tomorrow|" + "|".join(WEEKDAYS) + "|"
                                + "|".join(m for m in MONTHS if len(m) > 2 and "." not in m) + r")\b", re.IGNORECASE)


def claim_status(s: Sentence, a: int, b: int) -> str:
    """The first status in STATUS_WORDS order whose words occur in tokens [a, b)."""
    found = set()
    for k in range(a, min(b, len(s.tokens))):
        if s.at[k] is not None or s.tokens[k].text == "May":
            continue  # a word of a name ("Canada Pension Plan" plans nothing), or the month May
        phrase = " ".join(t.lower for t in s.tokens[k:k + 3])
        status = status_at(phrase)
        if status:
            found.add(status)
    return next((status for status, _ in STATUS_WORDS if status in found), "announced")


@lru_cache(maxsize=1 << 14)
def status_at(phrase: str) -> str | None:
    """The status whose words start a phrase of up to three lower-case words."""
    match = ANY_STATUS.match(phrase)
    return match.lastgroup if match else None


def reported(s: Sentence) -> tuple[bool, Entity | None]:
    """Whether the sentence attributes its claim to a report, and to whom."""
    if "reported" not in s.cache:
        outlets = [m.entity for m in s.mentions if m.entity is not None and m.entity.cls == "NewsOutlet"]
        found = s.search(REPORTED) is not None
        s.cache["reported"] = (found, outlets[0] if found and outlets else None)
    return s.cache["reported"]


def nearest_date(s: Sentence, ctx: DocContext, k: int, clause, status: str):
    future = status in FUTURE_STATUSES
    if "matches" not in s.cache:
        s.cache["matches"] = list(DATE_RE.finditer(s.span.text)) if s.search(MAY_HAVE_DATE) else []
    if future not in s.cache:
        s.cache[future] = find_dates(s.span.text, ctx.published, offset=s.span.start, future=future,
                                     matches=s.cache["matches"])
    a, b = clause
    lo, hi = s.tokens[a].start, s.tokens[b - 1].end
    dates = [d for d in s.cache[future] if lo <= d.start and d.end <= hi]
    if not dates:
        return None
    cue_at = s.tokens[k].start
    return min(dates, key=lambda d: abs(d.start - cue_at))


DENIALS = sentence_pattern(r"\b(?:denie[sd]|deny|denying|no plans?|(?:had|has|have) no (?:\w+ )?(?:agreements?|deals?|contracts?|talks)|"
                          r"not (?:in (?:any )?(?:talks|discussions|negotiations)|"
                          r"considering|planning)|ruled out|rejected|"
                          r"dismiss(?:ed|es|ing) (?:speculation|reports?|rumou?rs?))\b", re.IGNORECASE)
# A sentence that answers a report: its denial, wherever it stands, is of the reported deal.
ANSWERS_REPORT = re.compile(r"^\W*asked about\b|\b(?:reports?|speculation|rumou?rs?) (?:that|of)\b", re.IGNORECASE)


def denied_before(s: Sentence, offset: int) -> bool:
    """Whether the sentence denies a deal told at a character offset: a denial before it, or
    one anywhere in an answer to a report ("Asked about a report that it approached X, a
    spokesperson said it was not in talks")."""
    found = s.search(DENIALS)
    if found is not None and s.search(ANSWERS_REPORT):
        return True
    if found is None or s.span.start + found.start() >= offset:
        return False
    between = s.span.text[found.end():offset - s.span.start]
    return CONTRAST.search(between) is None  # "has no plans to build abroad, focusing instead on its deal with X"


# Not "while" or "whereas": those often open an aside, or another firm's clause.
CONTRAST = re.compile(r"\b(?:instead|rather|but)\b", re.IGNORECASE)
