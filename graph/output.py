"""Render command results: one renderer per output format.

>>> print(render([{"a": "OpenAI", "b": "Kakao"}], "csv"), end="")
a,b
OpenAI,Kakao
>>> print(render([{"a": "OpenAI", "n": 2}], "table"), end="")
a       n
------  -
OpenAI  2
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from json.encoder import encode_basestring
from typing import Callable

from graph.query.formats import LISTING, TableStyle, cell, names, render_table

FORMATS = names(LISTING)  # the listing commands' --format (graph/query/formats.py)
TABLE_ROWS = 1000  # rows a table shows at a terminal (--wide: all)
MORE = "--wide shows every row and cell in full; --format csv or json gives everything"
# Status colours (ANSI SGR): agreed green, tentative yellow, called off red, the rest cyan.
AGREED, TENTATIVE, CALLED_OFF, OTHER = "32", "33", "31", "36"


def terminal_style(*, terminal: bool, width: int, wide: bool = False, no_color: bool = False) -> TableStyle | None:
    """The table style for output to a person: None (plain tables, as files and pipes get them)
    unless the output is a terminal; there tables fit `width` and show TABLE_ROWS rows unless
    `wide`, and statuses are coloured unless `no_color` (the NO_COLOR convention).

    >>> terminal_style(terminal=False, width=80) is None
    True
    >>> style = terminal_style(terminal=True, width=80)
    >>> style.width, style.max_rows, style.colour("status", "in discussion (reported by FT)")
    (80, 1000, '33')
    >>> terminal_style(terminal=True, width=80, wide=True, no_color=True)
    TableStyle(width=None, max_rows=None, colour=None, more='')
    """
    if not terminal:
        return None
    if wide:
        return TableStyle(colour=None if no_color else status_colour)
    return TableStyle(width, TABLE_ROWS, None if no_color else status_colour, MORE)


def status_colour(column: str, text: str) -> str | None:
    """The colour of a status cell ('planned (reported by ...)' by its first words)."""
    from graph.answers.vocabulary import bundled_statuses

    if column != "status":
        return None
    for status in sorted(bundled_statuses(), key=lambda s: -len(s.label)):
        if text.startswith(status.label):
            return AGREED if status.agreed else TENTATIVE if status.tentative else \
                CALLED_OFF if status.called_off else OTHER
    return OTHER


def render_delimited(rows: list[dict], columns: list[str], delimiter: str) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows([cell(row.get(c)) for c in columns] for row in rows)
    return out.getvalue()


def render_json(value) -> str:
    """`value` as json.dumps(value, ensure_ascii=False, indent=2) writes it, in half the time:
    json indents in pure Python, while here containers are laid out in one pass and strings
    escaped by json's C function (bench/ and the README give the figures). Anything
    unusual (a key that is not a string, a type JSON does not know) goes to json.dumps."""
    out: list[str] = []
    try:
        lay_out(value, "\n", out)
    except NotPlain:
        return json.dumps(value, ensure_ascii=False, indent=2) + "\n"
    out.append("\n")
    return "".join(out)


CONSTANTS = {None: "null", True: "true", False: "false"}


class NotPlain(Exception):
    """A value `lay_out` leaves to json.dumps."""


def lay_out(value, newline: str, out: list[str]) -> None:
    """Append the indented JSON text of `value`, whose first line starts at `newline`."""
    kind = type(value)
    if kind is str:
        out.append(encode_basestring(value))
    elif value is None or kind is bool:
        out.append(CONSTANTS[value])
    elif kind is int:
        out.append(int.__repr__(value))
    elif kind is float:
        out.append(json.dumps(value))
    elif kind is dict:
        if not value:
            out.append("{}")
            return
        inner, separator = newline + "  ", "{"
        for name, item in value.items():
            if type(name) is not str:
                raise NotPlain
            out.append(f"{separator}{inner}{encode_basestring(name)}: ")
            lay_out(item, inner, out)
            separator = ","
        out.append(newline + "}")
    elif kind is list or kind is tuple:
        if not value:
            out.append("[]")
            return
        inner, separator = newline + "  ", "["
        for item in value:
            out.append(separator + inner)
            lay_out(item, inner, out)
            separator = ","
        out.append(newline + "]")
    else:
        raise NotPlain


@dataclass
class Listing:
    """A command's one result for `render`: the value JSON shows, and the rows the other
    formats show, made only for them (`rows(fmt)`: a table may blank repeated cells); with
    `text`, a table is that text of its own (a profile's sections)."""

    value: object
    columns: list[str]
    rows: Callable[[str], list[dict]]
    text: Callable[[], str] | None = None

    def render(self, fmt: str) -> str:
        if fmt == "json":
            return render_json(self.value)
        if fmt == "table" and self.text is not None:
            return self.text()
        return render(self.rows(fmt), fmt, self.columns)


def render(rows, fmt: str, columns: list[str] | None = None, *, json_value=None) -> str:
    """Rows (or a Listing) as `fmt`; JSON shows `json_value` when given (a richer structure
    than the rows)."""
    if isinstance(rows, Listing):
        return rows.render(fmt)
    columns = columns or (list(rows[0]) if rows else [])
    if fmt == "json":
        return render_json(rows if json_value is None else json_value)
    if fmt == "csv":
        return render_delimited(rows, columns, ",")
    if fmt == "tsv":
        return render_delimited(rows, columns, "\t")
    return render_table(rows, columns)
