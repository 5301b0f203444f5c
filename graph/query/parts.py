"""Named queries with optional parts: one static .rq text, no user text ever formatted in.

A line of a .rq file that ends with ``# when: NAME`` is kept only when NAME is active, and one
that ends with ``# unless: NAME`` only when NAME is not. Filters that are off leave no pattern
behind for the engine to evaluate, and the values of those that are on still reach the query
only as bindings.

>>> text = "SELECT ?s WHERE {\\n  ?s ?p ?o .\\n  ?s a ?kind .  # when: kind\\n}"
>>> print(keep_parts(text, {"kind"}))
SELECT ?s WHERE {
  ?s ?p ?o .
  ?s a ?kind .
}
>>> print(keep_parts(text, set()))
SELECT ?s WHERE {
  ?s ?p ?o .
}
"""

from __future__ import annotations

import re

CONDITION = re.compile(r"\s*#\s*(when|unless):\s*([\w ,]+?)\s*$")


def keep_parts(text: str, active: set[str]) -> str:
    """The lines of `text` whose conditions hold for the `active` names (conditions removed);
    a text with no conditions comes back as it is."""
    if "when:" not in text and "unless:" not in text:
        return text  # as named_query gave it: answers/ask.py knows look-ups by their text
    kept = []
    for line in text.splitlines():
        match = CONDITION.search(line)
        if match:
            names = {n.strip() for n in match.group(2).split(",")}
            wanted = bool(names & active) if match.group(1) == "when" else not names & active
            if not wanted:
                continue
            line = line[:match.start()]
        kept.append(line)
    return "\n".join(kept)
