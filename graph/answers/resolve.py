"""Names to entities: case-, accent- and punctuation-insensitive over labels and aliases.

>>> normalize("Chey Tae-won")
'chey taewon'
>>> normalize("  Juan Pedro TOMÁS ")
'juan pedro tomas'
>>> normalize("U.S.")
'us'
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, field

import pyoxigraph as ox

from graph.model.errors import AmbiguousEntity, EntityNotFound
from graph.model.namespaces import DGR
from graph.query.sparql import run

# Marks dropped inside words ("Tae-won", "U.S.", "Kakao's"); other punctuation separates words.
JOINERS = re.compile(r"[.'’`\-‐‑–]")
SEPARATORS = re.compile(r"[^\w]+")


def normalize(name: str) -> str:
    """A matching key: no accents, no case, no punctuation, single spaces."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return SEPARATORS.sub(" ", JOINERS.sub("", plain)).strip()


@dataclass(frozen=True)
class Entity:
    """A resolved entity: its IRI, preferred label and stated classes (local names)."""

    iri: str
    label: str
    classes: tuple[str, ...] = field(default=())

    @property
    def kind(self) -> str:
        return ", ".join(self.classes) or "thing"

    def describe(self) -> str:
        return f"{self.label} ({self.kind})"


def local_name(iri: str) -> str:
    """What follows the last '#' or '/': 'https://dealgraph.org/ontology#Deal' -> 'Deal'."""
    return iri[max(iri.rfind("#"), iri.rfind("/")) + 1:]


def entity_card(store, iri: str) -> Entity:
    """Label and classes of a known IRI."""
    rows = list(run(store, "entity-card", {"entity": ox.NamedNode(iri)}))
    labels = [r["label"].value for r in rows if r["label"] is not None]
    classes = sorted({local_name(r["class"].value) for r in rows if r["class"] is not None})
    return Entity(iri, labels[0] if labels else local_name(iri), tuple(classes))


def resolve(store, name: str) -> Entity:
    """The one entity a name stands for, or EntityNotFound / AmbiguousEntity."""
    name = name.strip()
    if not name:
        raise EntityNotFound(name)
    if iri := as_iri(name):
        card = entity_card(store, iri)
        if not card.classes:
            raise EntityNotFound(name)
        return card
    return pick(name, exact_matches(store, name) or fuzzy_matches(store, name))


def as_iri(name: str) -> str | None:
    if name.startswith("dgr:"):
        return DGR + name[4:]
    if re.match(r"^https?://\S+$", name):
        return name
    return None


# The literal forms a typed name may be stored as: plain, or tagged English or Korean.
NAME_LANGUAGES = (None, "en", "ko")


def exact_matches(store, name: str) -> dict[str, tuple[bool, Entity]]:
    """Entities with a label or alias spelled exactly as the name: index lookups, no scan."""
    hits: dict[str, bool] = {}
    for language in NAME_LANGUAGES:
        for row in run(store, "entity-exact", {"name": ox.Literal(name, language=language)}):
            iri = row["entity"].value
            hits[iri] = hits.get(iri, False) or row["preferred"].value == "true"
    return {iri: (preferred, entity_card(store, iri)) for iri, preferred in hits.items()}


def all_names(store) -> list[tuple[str, str, bool]]:
    return [(r["entity"].value, r["name"].value, r["preferred"].value == "true")
            for r in run(store, "entity-names")]


def compact(key: str) -> str:
    """A normalized name without spaces: 'chey tae won' and 'Chey Tae-won' meet here."""
    return key.replace(" ", "")


def fuzzy_matches(store, name: str) -> dict[str, tuple[bool, Entity]]:
    """Entities whose label or alias equals the name up to case; failing that, whose
    normalized label or alias equals the normalized name; failing that, once spaces are
    dropped. One scan of the names (a filtered SPARQL scan costs as much and does less)."""
    key, folded = normalize(name), name.casefold()
    names = all_names(store)
    hits: dict[str, bool] = {}
    for same in (lambda text: text.casefold() == folded,
                 lambda text: normalize(text) == key,
                 lambda text: compact(normalize(text)) == compact(key)):
        for iri, text, preferred in names:
            if same(text):
                hits[iri] = hits.get(iri, False) or preferred
        if hits:
            break
    if not hits:
        raise EntityNotFound(name, suggestions(key, names))
    return {iri: (preferred, entity_card(store, iri)) for iri, preferred in hits.items()}


def suggestions(key: str, names: list[tuple[str, str, bool]], limit: int = 3) -> list[str]:
    """Preferred labels of the entities with a name nearest to a name that matched nothing."""
    label_of = {iri: text for iri, text, preferred in names if preferred}
    by_key: dict[str, str] = {}
    for iri, text, _ in sorted(names):
        by_key.setdefault(normalize(text), label_of.get(iri, text))
    close = difflib.get_close_matches(key, list(by_key), n=limit * 3, cutoff=0.6)
    if not close:
        close = [k for k in by_key if key and (key in k or k in key)]
    return list(dict.fromkeys(by_key[k] for k in close))[:limit]


def pick(name: str, matches: dict[str, tuple[bool, Entity]]) -> Entity:
    """One match wins; a label match beats alias matches; otherwise the name is ambiguous."""
    if len(matches) == 1:
        return next(iter(matches.values()))[1]
    preferred = [entity for is_label, entity in matches.values() if is_label]
    if len(preferred) == 1:
        return preferred[0]
    candidates = sorted(entity.describe() for _, entity in matches.values())
    raise AmbiguousEntity(name, candidates)
