"""Dates in a sentence, resolved against the publication date."""

from datetime import date

import pytest

from graph.extract.dates import find_dates

PUBLISHED = date(2025, 9, 10)  # a Wednesday


@pytest.mark.parametrize("text, future, expected", [
    ("signed on September 10, 2024", False, ["2024-09-10", "date"]),
    ("signed on 5 March 2024", False, ["2024-03-05", "date"]),
    ("signed on September 3", False, ["2025-09-03", "date"]),
    ("signed in March 2023", False, ["2023-03", "gYearMonth"]),
    ("In February, it partnered", False, ["2025-02", "gYearMonth"]),
    ("it partnered in November", False, ["2024-11", "gYearMonth"]),
    ("it will open in November", True, ["2025-11", "gYearMonth"]),
    ("it will open in February", True, ["2026-02", "gYearMonth"]),
    ("talks took place last month", False, ["2025-08", "gYearMonth"]),
    ("production starts next year", True, ["2026", "gYear"]),
    ("the MoU is due this week", True, ["2025-09", "gYearMonth"]),
    ("it said on Monday", False, ["2025-09-08", "date"]),
    ("they will meet next Monday", True, ["2025-09-15", "date"]),
    ("it said yesterday", False, ["2025-09-09", "date"]),
    ("founded in 2019", False, ["2019", "gYear"]),
])
def test_dates_resolve_against_the_publication_date(text, future, expected):
    found = find_dates(text, PUBLISHED, future=future)
    assert [[d.value, d.datatype] for d in found] == [expected]


@pytest.mark.parametrize("text", ["it may partner with Zeta", "$2025 million", "in 11 cities", "over the past year",
                                  "June 31, 2025"])
def test_things_that_are_not_dates(text):
    assert find_dates(text, PUBLISHED) == []


def test_offsets_count_into_the_whole_text():
    text = "Acme said on September 3 that"
    [found] = find_dates(text, PUBLISHED, offset=1000)
    assert text[found.start - 1000:found.end - 1000] == "September 3"
