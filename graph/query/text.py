"""Lexical checks on SPARQL text that need no parser: strings, IRIs and comments masked out.

pyoxigraph parses and runs in one step and exposes no algebra, so the server's refusals and
the remote store's VALUES injection read the query's tokens, with every string literal, IRI
and comment blanked first so that nothing inside them can look like a keyword or a brace.

>>> uses_service('SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }')
True
>>> uses_service('SELECT ?service WHERE { ?service a <http://e/SERVICE> . FILTER(?x = "SERVICE") }')
False
>>> is_update_text('PREFIX dg: <https://dealgraph.org/ontology#>\\nINSERT DATA { <a:b> <a:c> 1 }')
True
"""

from __future__ import annotations

import re

# Long strings first (they may hold quotes and newlines), then short ones, IRIs, comments.
NOISE = re.compile(
    r'''"""(?:(?:"|"")?(?:[^"\\]|\\.))*"""'''
    r"""|'''(?:(?:'|'')?(?:[^'\\]|\\.))*'''"""
    r'''|"(?:[^"\\\n\r]|\\.)*"'''
    r"""|'(?:[^'\\\n\r]|\\.)*'"""
    r'''|<[^<>"{}|^`\\\x00-\x20]*>'''
    r"""|\#[^\n\r]*""",
    re.DOTALL,
)
# A keyword stands alone: not part of a variable, prefixed name, blank node label, language
# tag or hyphenated local name. Anything else that spells SERVICE is treated as SERVICE.
SERVICE_WORD = re.compile(r"(?<![\w?$:@-])SERVICE(?![\w:-])", re.IGNORECASE)
UPDATE_START = re.compile(
    r"(?:PREFIX\s+[\w.-]*:\s*|BASE\s+)*(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)(?![\w:-])",
    re.IGNORECASE,
)
LOAD_WORD = re.compile(r"(?<![\w?$:@-])LOAD(?![\w:-])", re.IGNORECASE)
FROM_WORD = re.compile(r"(?<![\w?$:@-])FROM(?![\w:-])", re.IGNORECASE)
QUERY_FORM = re.compile(r"(?<![\w?$:@-])(SELECT|CONSTRUCT|DESCRIBE|ASK)(?![\w:-])", re.IGNORECASE)


def mask_noise(text: str) -> str:
    """The text with strings, IRIs and comments replaced by spaces (positions kept)."""
    return NOISE.sub(lambda m: " " * len(m.group()), text)


def uses_service(text: str) -> bool:
    """True when the query may contain a SERVICE clause (federation reaches other servers)."""
    return bool(SERVICE_WORD.search(mask_noise(text)))


def uses_load(text: str) -> bool:
    """True when an update may contain LOAD, which fetches a document from the network.

    >>> uses_load('INSERT DATA { <a:b> <a:c> "LOAD <http://e/>" }'), uses_load('load <http://e/x>')
    (False, True)
    """
    return bool(LOAD_WORD.search(mask_noise(text)))


def has_dataset_clause(text: str) -> bool:
    """True when a query names its own dataset (FROM or FROM NAMED), which then replaces the
    union of all graphs.

    >>> has_dataset_clause('SELECT * FROM <urn:g> { ?s ?p ?o }'), has_dataset_clause('SELECT ?from { ?from ?p "FROM" }')
    (True, False)
    """
    return bool(FROM_WORD.search(mask_noise(text)))


def is_update_text(text: str) -> bool:
    """True when the text is SPARQL Update: its first keyword after the prologue is an update
    operation (no query can start that way)."""
    return bool(UPDATE_START.match(mask_noise(text).strip()))


def where_group(text: str) -> tuple[int, int]:
    """Positions of the braces that open and close the query's WHERE group.

    Raises ValueError when the query has no WHERE group that a VALUES clause can join
    (DESCRIBE without WHERE, or the CONSTRUCT WHERE short form).

    >>> q = 'CONSTRUCT { ?s ?p "{" } WHERE { ?s ?p ?o }'
    >>> start, end = where_group(q)
    >>> q[start:end + 1]
    '{ ?s ?p ?o }'
    """
    masked = mask_noise(text)
    form = QUERY_FORM.search(masked)
    if form is None:
        raise ValueError("not a SELECT, CONSTRUCT, DESCRIBE or ASK query")
    start = masked.find("{", form.end())
    if form.group(1).upper() == "CONSTRUCT":
        if start < 0 or masked[form.end():start].strip():
            raise ValueError("the CONSTRUCT WHERE short form cannot take bindings")
        start = masked.find("{", matching_brace(masked, start) + 1)
    if start < 0:
        raise ValueError("the query has no WHERE group")
    return start, matching_brace(masked, start)


def matching_brace(masked: str, start: int) -> int:
    depth = 0
    for index in range(start, len(masked)):
        depth += {"{": 1, "}": -1}.get(masked[index], 0)
        if depth == 0:
            return index
    raise ValueError("unbalanced braces in the query")
