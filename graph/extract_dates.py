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

from .extract_lexicon import MONTHS, WEEKDAYS

MONTH = r"(?P<month>" + "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True)) + r")"
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
YEAR = r"(?P<year>(?:19|20)\d\d)"
PATTERNS = [
    ("mdy", rf"\b{MONTH}\s+{DAY},?\s+{YEAR}\b"),
    ("dmy", rf"\b{DAY}\s+{MONTH},?\s+{YEAR}\b"),
    ("md", rf"\b{MONTH}\s+{DAY}\b(?!\s*(?:%|percent|billion|million|gigawatts?))"),
    ("my", rf"\b{MONTH}(?:\s+of)?,?\s+{YEAR}\b"),
    ("m", rf"\b(?:in|since|by|from|until|early|late|mid|mid-|last|this|next|during)\s+{MONTH}\b"),
    ("relative", r"\b(?P<which>last|next|this|earlier this|later this)\s+(?P<unit>week|month|year|quarter)\b"),
    ("day", r"\b(?P<word>today|yesterday|tomorrow)\b"),
    ("weekday", r"\b(?:on|last|next|this)\s+(?P<weekday>" + "|".join(WEEKDAYS) + r")\b"),
    ("y", rf"(?<![$€£\d.,])\b(?:in|since|by|from|until|of|early|late|mid-|during|for)?\s*{YEAR}\b(?![\d%])"),
]
DATE_RE = re.compile(
    "|".join(f"(?P<{name}>" + re.sub(r"\(\?P<(\w+)>", f"(?P<{name}_\\1>", pattern) + ")"
             for name, pattern in PATTERNS),
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


def find_dates(text: str, published: date, *, offset: int = 0, future: bool = False) -> list[FoundDate]:
    """Every date expression in the text, resolved; `future` says which way a bare month points."""
    found = []
    for match in DATE_RE.finditer(text):
        value = resolve(match, published, future)
        if value:
            found.append(FoundDate(value, offset + match.start(), offset + match.end()))
    return found


def group(match, name: str) -> str | None:
    kind = match.lastgroup
    return match.group(f"{kind}_{name}") if f"{kind}_{name}" in match.re.groupindex else None


def resolve(match, published: date, future: bool) -> str | None:
    kind = match.lastgroup
    if kind in ("mdy", "dmy"):
        return full_date(int(group(match, "year")), MONTHS[group(match, "month").lower()], int(group(match, "day")))
    if kind == "md":
        month = MONTHS[group(match, "month").lower()]
        year = nearest_year(published, month, future)
        return full_date(year, month, int(group(match, "day")))
    if kind == "my":
        return f"{int(group(match, 'year')):04d}-{MONTHS[group(match, 'month').lower()]:02d}"
    if kind == "m":
        if group(match, "month").lower() == "may" and not match.group(0).lower().startswith("in"):
            return None  # "may" is mostly the verb
        month = MONTHS[group(match, "month").lower()]
        return f"{nearest_year(published, month, future):04d}-{month:02d}"
    if kind == "y":
        return group(match, "year")
    return relative(match, published)


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


def weekday_date(match, published: date) -> str:
    """"on Monday": the most recent such day up to the publication date ("next Monday": after)."""
    names = [d.lower() for d in calendar.day_name]
    target = names.index(group(match, "weekday").lower())
    if match.group(0).lower().startswith("next"):
        ahead = (target - published.weekday()) % 7 or 7
        return (published + timedelta(days=ahead)).isoformat()
    back = (published.weekday() - target) % 7
    return (published - timedelta(days=back)).isoformat()
