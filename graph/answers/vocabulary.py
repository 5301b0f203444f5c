"""The ontology's own words: classes (with labels, aliases and ancestors) and claim statuses.

Used to read user values such as ``--type mou`` or ``--status "in discussion"`` and to show
types and statuses by their labels. Read from the store's ontology graph once per call.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from graph.model.errors import KgError
from graph.model.namespaces import DG
from graph.answers.resolve import local_name, normalize
from graph.query.sparql import run


class BadValue(KgError):
    """An option value that is not one of the words the ontology knows."""


@dataclass
class ClassInfo:
    """A dealgraph class: IRI, label, aliases and its dealgraph ancestors (itself included)."""

    iri: str
    label: str
    names: set[str] = field(default_factory=set)
    ancestors: set[str] = field(default_factory=set)

    @property
    def name(self) -> str:
        return local_name(self.iri)

    @property
    def depth(self) -> int:
        return len(self.ancestors)


def class_tree(store) -> dict[str, ClassInfo]:
    """Every dealgraph class by IRI."""
    classes: dict[str, ClassInfo] = {}
    for row in run(store, "class-tree"):
        iri = row["class"].value
        info = classes.setdefault(iri, ClassInfo(iri, row["label"].value))
        info.ancestors.add(row["super"].value)
        info.names.update({local_name(iri), row["label"].value})
        if row["altLabel"] is not None:
            info.names.add(row["altLabel"].value)
    return classes


def resolve_class(store, text: str, under: str = DG.Deal, what: str = "deal type") -> ClassInfo:
    """The class named `text` (local name, label or alias; plural allowed) below `under`."""
    classes = {iri: c for iri, c in class_tree(store).items() if under in c.ancestors}
    key = normalize(text).replace(" ", "")
    for info in classes.values():
        keys = {normalize(n).replace(" ", "") for n in info.names}
        if key in keys or (key.endswith("s") and key[:-1] in keys):
            return info
    choices = ", ".join(sorted(c.label for c in classes.values()))
    raise BadValue(f"unknown {what} {text!r}; use one of: {choices}")


def statuses(store) -> dict[str, tuple[str, int]]:
    """Claim status IRI -> (label, rank in the scheme, 1 = considering)."""
    return {row["status"].value: (row["label"].value, int(row["rank"].value))
            for row in run(store, "claim-statuses")}


def resolve_status(store, text: str) -> str:
    """The claim status IRI for a label such as 'signed', 'in discussion' or 'inDiscussion'."""
    known = statuses(store)
    key = normalize(text).replace(" ", "")
    for iri, (label, _) in known.items():
        if key in {normalize(label).replace(" ", ""), normalize(local_name(iri))}:
            return iri
    choices = ", ".join(label for label, _ in sorted(known.values(), key=lambda v: v[1]))
    raise BadValue(f"unknown status {text!r}; use one of: {choices}")


def check_partial_date(text: str, option: str) -> str:
    """A date given as YYYY, YYYY-MM or YYYY-MM-DD, or BadValue naming the option; a day that
    the month does not have (2025-02-31) is no date.

    >>> check_partial_date("2025-02", "--since")
    '2025-02'
    """
    import datetime

    value = text.strip()
    padded = value + {4: "-01-01", 7: "-01"}.get(len(value), "")
    try:
        if len(value) in (4, 7, 10) and value[:4].isdigit():
            datetime.date.fromisoformat(padded)
            return value
    except ValueError:
        pass
    raise BadValue(f"{option}: {text!r} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD")
