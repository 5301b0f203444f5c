"""Dates in a sentence, absolute or relative, resolved against the publication date.

A date is a full date, a year-month or a year (xsd:date, xsd:gYearMonth, xsd:gYear), written
as its ISO text: "2025-09-10", "2025-09", "2025".

>>> from datetime import date
>>> [d.value for d in find_dates("signed on September 10 and due next year", date(2025, 9, 12))]
['2025-09-10', '2026']
>>> [d.value for d in find_dates("In February, it partnered with Zeta last month", date(2025, 9, 10))]
['2025-02', '2025-08']
>>> [d.value for d in find_dates("it will open in February", date(2025, 9, 10), future=True)]
['2026-02']
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from graph.extract.lexicon import WEEKDAYS, WORD_START

# Written as a trie: a plain alternation of month names is slow to try at every position.
MONTH = (r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
         r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
YEAR = r"(?P<year>(?:19|20)\d\d)"
NOT_AN_AMOUNT = r"(?!\s*(?:%|percent|billion|million|gigawatts?))"
PATTERNS = [
    ("dmy", rf"\b{DAY}\s+{MONTH}\b,?\s+{YEAR}\b"),
    # "September 10, 2025", "September 10", "March 2024", "March of 2024", or a bare month
    ("month", rf"\b{MONTH}\b(?:\s+{DAY}\b{NOT_AN_AMOUNT})?(?:,?\s+(?:of\s+)?{YEAR}\b)?"),
    ("relative", r"\b(?P<which>last|next|this|earlier this|later this)\s+(?P<unit>week|month|year|quarter)\b"),
    ("day", r"\b(?P<word>today|yesterday|tomorrow)\b"),
    ("weekday", r"\b(?:on|last|next|this)\s+(?P<weekday>" + "|".join(WEEKDAYS) + r")\b"),
    ("y", rf"(?<![$€£\d.,])\b{YEAR}\b(?![\d%])"),
]
# A month named alone is a date only after one of these ("in February", not "may" or "march").
MONTH_ALONE = re.compile(WORD_START + r"(?:in|since|by|from|until|early|late|mid|mid-|last|this|next|during)\s+$", re.IGNORECASE)
DATE_RE = re.compile(
    WORD_START + "(?:" + "|".join(f"(?P<{name}>" + re.sub(r"\(\?P<(\w+)>", f"(?P<{name}_\\1>", pattern) + ")"
             for name, pattern in PATTERNS) + ")",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class FoundDate:
    value: str  # ISO: YYYY-MM-DD, YYYY-MM or YYYY
    start: int
    end: int

    @property
    def datatype(self) -> str:
        return {10: "date", 7: "gYearMonth", 4: "gYear"}[len(self.value)]


def find_dates(text: str, published: date, *, offset: int = 0, future: bool = False, matches=None) -> list[FoundDate]:
    """Every date expression in the text, resolved; `future` says which way a bare month
    points. `matches` may give DATE_RE's matches in the text, found once for both ways."""
    found = []
    for match in DATE_RE.finditer(text) if matches is None else matches:
        value = resolve(match, published, future)
        if value:
            found.append(FoundDate(value, offset + match.start(), offset + match.end()))
    return found


def group(match, name: str) -> str | None:
    kind = match.lastgroup
    return match.group(f"{kind}_{name}") if f"{kind}_{name}" in match.re.groupindex else None


def resolve(match, published: date, future: bool) -> str | None:
    kind = match.lastgroup
    if kind == "dmy":
        return full_date(int(group(match, "year")), month_number(match), int(group(match, "day")))
    if kind == "month":
        return month_date(match, published, future)
    if kind == "y":
        return group(match, "year")
    return relative(match, published)


def month_number(match) -> int:
    return MONTH_NUMBERS[group(match, "month")[:3].lower()]


MONTH_NUMBERS = {name: number for number, name in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}


def month_date(match, published: date, future: bool) -> str | None:
    month, day, year = month_number(match), group(match, "day"), group(match, "year")
    if day and year:
        return full_date(int(year), month, int(day))
    if day:
        return full_date(nearest_year(published, month, future), month, int(day))
    if year:
        return f"{int(year):04d}-{month:02d}"
    before = match.string[max(0, match.start() - 12):match.start()]
    if not MONTH_ALONE.search(before) or (group(match, "month") == "may" or group(match, "month") == "MAY"):
        return None  # "may" is mostly the verb ("May" after "in" or "late" is the month), "march" a word too
    return f"{nearest_year(published, month, future):04d}-{month:02d}"


def full_date(year: int, month: int, day: int) -> str | None:
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return date(year, month, day).isoformat()


def nearest_year(published: date, month: int, future: bool) -> int:
    """The year of a month named without one: the last such month, or the next for plans."""
    if future:
        return published.year if month >= published.month else published.year + 1
    return published.year if month <= published.month else published.year - 1


def relative(match, published: date) -> str | None:
    """"last month", "next year", "this week", "yesterday", "on Monday"."""
    word = group(match, "word")
    if word:
        shift = {"today": 0, "yesterday": -1, "tomorrow": 1}[word.lower()]
        return (published + timedelta(days=shift)).isoformat()
    if match.lastgroup == "weekday":
        return weekday_date(match, published)
    which, unit = group(match, "which").lower(), group(match, "unit").lower()
    step = {"last": -1, "next": 1}.get(which, 0)
    if unit == "year" or unit == "quarter":
        return str(published.year + (step if unit == "year" else 0))
    if unit == "month":
        month_index = published.year * 12 + published.month - 1 + step
        return f"{month_index // 12:04d}-{month_index % 12 + 1:02d}"
    return (published + timedelta(weeks=step)).strftime("%Y-%m")


WEEKDAY_NUMBERS = {name: number for number, name in enumerate(
    "monday tuesday wednesday thursday friday saturday sunday".split())}


def weekday_date(match, published: date) -> str:
    """"on Monday": the most recent such day up to the publication date ("next Monday": after)."""
    target = WEEKDAY_NUMBERS[group(match, "weekday").lower()]
    if match.group(0).lower().startswith("next"):
        ahead = (target - published.weekday()) % 7 or 7
        return (published + timedelta(days=ahead)).isoformat()
    back = (published.weekday() - target) % 7
    return (published - timedelta(days=back)).isoformat()
