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

FORMATS = ("table", "json", "csv", "tsv")


def cell(value) -> str:
    """A value as one table or CSV cell: lists joined, None empty."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(cell(v) for v in value)
    return str(value)


def render_table(rows: list[dict], columns: list[str]) -> str:
    if not rows:
        return "(no results)\n"
    cells = [[cell(row.get(c)).replace("\n", " ") for c in columns] for row in rows]
    widths = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(columns)]
    lines = [columns, ["-" * w for w in widths], *cells]
    return "".join("  ".join(v.ljust(w) for v, w in zip(line, widths)).rstrip() + "\n" for line in lines)


def render_delimited(rows: list[dict], columns: list[str], delimiter: str) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows([cell(row.get(c)) for c in columns] for row in rows)
    return out.getvalue()


def render_json(value) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def render(rows: list[dict], fmt: str, columns: list[str] | None = None, *, json_value=None) -> str:
    """Rows as `fmt`; JSON shows `json_value` when given (a richer structure than the rows)."""
    columns = columns or (list(rows[0]) if rows else [])
    if fmt == "json":
        return render_json(rows if json_value is None else json_value)
    if fmt == "csv":
        return render_delimited(rows, columns, ",")
    if fmt == "tsv":
        return render_delimited(rows, columns, "\t")
    return render_table(rows, columns)
