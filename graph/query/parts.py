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

from graph.query.sparql import named_query

CONDITION = re.compile(r"\s*#\s*(when|unless):\s*([\w ,]+?)\s*$")


def keep_parts(text: str, active: set[str]) -> str:
    """The lines of `text` whose conditions hold for the `active` names (conditions removed)."""
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


def run_parts(store, name: str, bindings: dict, flags: set[str] = frozenset()):
    """Run graph/queries/NAME.rq with the parts for the bound variables and `flags` kept."""
    return store.query(query_text(name, set(bindings) | set(flags)), bindings)


def query_text(name: str, active: set[str]) -> str:
    return keep_parts(named_query(name), active)
