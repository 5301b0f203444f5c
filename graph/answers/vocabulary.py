"""The ontology's own words, read here and nowhere else: classes (with labels, aliases and
ancestors) and claim statuses (with their rank and the groups the ontology puts them in).

Used to read user values such as ``--type mou`` or ``--status "in discussion"``, to show types
and statuses by their labels, to draw tentative claims dashed and to say whether a deal is
agreed. Read from the store's ontology graph once per call; where there is no store (the
extractor, a page drawn from a bare networkx graph) from the bundled ontology.ttl, once.
Which statuses are tentative, agreed or called off is stated in the ontology as SKOS
collections, so a new status is a change to ontology.ttl only.

>>> [s.label for s in bundled_statuses() if s.tentative]
['considering', 'in discussion', 'planned']
>>> rank_by_name()["inDiscussion"] < rank_by_name()["signed"]
True
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from graph.model.errors import KgError
from graph.model.namespaces import DG
from graph.answers.resolve import local_name, normalize
from graph.query.sparql import run


class BadValue(KgError):
    """An option value that is not one of the words the ontology knows."""


@dataclass
class ClassInfo:
    """A dealgraph class: IRI, label, aliases and its dealgraph ancestors (itself included);
    `supers` holds every superclass, the standards' too (schema:Corporation, foaf:Agent...)."""

    iri: str
    label: str
    names: set[str] = field(default_factory=set)
    ancestors: set[str] = field(default_factory=set)
    supers: set[str] = field(default_factory=set)

    @property
    def name(self) -> str:
        return local_name(self.iri)

    @property
    def depth(self) -> int:
        return len(self.ancestors)


@dataclass(frozen=True)
class Status:
    """A claim status of the dg:ClaimStatus scheme, its rank (1 = considering), and which of
    the ontology's collections hold it: dg:TentativeStatuses (not yet agreed: drawn dashed),
    dg:AgreedStatuses, dg:CalledOffStatuses (drawn dotted, ranked last)."""

    iri: str
    label: str
    rank: int
    tentative: bool = False
    agreed: bool = False
    called_off: bool = False

    @property
    def name(self) -> str:
        return local_name(self.iri)


def class_tree(store) -> dict[str, ClassInfo]:
    """Every dealgraph class by IRI."""
    classes: dict[str, ClassInfo] = {}
    for row in run(store, "class-tree"):
        iri, super_iri = row["class"].value, row["super"].value
        info = classes.setdefault(iri, ClassInfo(iri, row["label"].value))
        info.supers.add(super_iri)
        if super_iri.startswith(DG):
            info.ancestors.add(super_iri)
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


def claim_statuses(store) -> list[Status]:
    """The claim statuses in the scheme's order."""
    words: dict[str, tuple[str, int]] = {}
    groups: dict[str, set[str]] = {}
    for row in run(store, "claim-statuses"):
        iri = row["status"].value
        words.setdefault(iri, (row["label"].value, int(row["rank"].value)))
        groups.setdefault(iri, set()).update([row["group"].value] if row["group"] is not None else [])
    return [Status(iri, label, rank, DG.TentativeStatuses in groups[iri], DG.AgreedStatuses in groups[iri],
                   DG.CalledOffStatuses in groups[iri]) for iri, (label, rank) in words.items()]


def statuses(store) -> dict[str, tuple[str, int]]:
    """Claim status IRI -> (label, rank in the scheme, 1 = considering)."""
    return {s.iri: (s.label, s.rank) for s in claim_statuses(store)}


def resolve_status(store, text: str) -> str:
    """The claim status IRI for a label such as 'signed', 'in discussion' or 'inDiscussion'."""
    known = statuses(store)
    key = normalize(text).replace(" ", "")
    for iri, (label, _) in known.items():
        if key in {normalize(label).replace(" ", ""), normalize(local_name(iri))}:
            return iri
    choices = ", ".join(label for label, _ in sorted(known.values(), key=lambda v: v[1]))
    raise BadValue(f"unknown status {text!r}; use one of: {choices}")


# ---------------------------------------------------------------- without a store


@lru_cache(maxsize=1)
def bundled_statuses() -> tuple[Status, ...]:
    """The claim statuses of the bundled ontology.ttl, read once: for code that has no store
    at hand (the extractor, the answers' wording of agreed and tentative deals)."""
    from graph.store.embedded import Store

    return tuple(claim_statuses(Store.with_ontology()))


def rank_by_name() -> dict[str, int]:
    """Status local name ('inDiscussion') -> rank in the scheme, as the extractor names them."""
    return {s.name: s.rank for s in bundled_statuses()}


def tentative_labels() -> tuple[str, ...]:
    """Labels of the statuses not yet agreed ('considering', 'in discussion', 'planned')."""
    return tuple(s.label for s in bundled_statuses() if s.tentative)


def agreed_labels() -> tuple[str, ...]:
    """Labels of the agreed statuses ('signed', 'active', 'completed')."""
    return tuple(s.label for s in bundled_statuses() if s.agreed)


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
