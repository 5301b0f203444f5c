"""The store's names (the gazetteer), indexed by their token keys so a text is read once.

>>> gaz = Gazetteer([("dgr:sk", "SK Group", True, "BusinessGroup"), ("dgr:sk", "SK", False, "BusinessGroup")])
>>> gaz.lookup("sk group").label
'SK Group'
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from graph.answers.resolve import local_name, normalize
from graph.extract import lexicon as lex
from graph.extract.text import Token, tokenize


@dataclass(frozen=True)
class KnownEntity:
    iri: str
    label: str
    cls: str

    @property
    def is_agent(self) -> bool:
        return self.cls in lex.AGENT_CLASSES


@lru_cache(maxsize=65536)
def token_key(text: str) -> str:
    """The matching key of one token: normalized words, punctuation as itself."""
    return normalize(text) or text


def name_key(name: str) -> tuple[str, ...]:
    return tuple(token_key(t.text) for t in tokenize(name))


def best_class(classes) -> str:
    ranked = [c for c in lex.CLASS_PRIORITY if c in set(classes)]
    return ranked[0] if ranked else "Thing"


class Gazetteer:
    """The store's names, indexed by their token keys."""

    def __init__(self, rows, governments=(), makers=(), leaders=()):
        self.governments = {}  # country IRI -> government body IRI
        self.leaders = dict(leaders)  # an initiative's IRI -> the IRI of who leads it
        for government, country in governments:
            self.governments.setdefault(country, government)
        self.makers = {}  # a product's normalized name -> its maker's IRI
        for name, maker in makers:
            self.makers.setdefault(normalize(name), maker)
        classes: dict[str, set[str]] = {}
        labels: dict[str, str] = {}
        names: dict[tuple[str, ...], dict[str, tuple[bool, set[str]]]] = {}
        for iri, name, preferred, cls in rows:
            if cls == "Product" and name.split()[-1] in GENERIC_PRODUCTS:
                continue  # "Nvidia hardware": a maker's goods, read as the maker's name
            classes.setdefault(iri, set()).update([cls] if cls else [])
            if preferred:
                labels.setdefault(iri, name)
            key = name_key(name)
            if key:
                was_preferred, forms = names.setdefault(key, {}).get(iri, (False, set()))
                names[key][iri] = (was_preferred or preferred, forms | {name})
        self.entities = {
            iri: KnownEntity(iri, labels.get(iri, local_name(iri)), best_class(cls))
            for iri, cls in classes.items()
        }
        self.index = {key: pick_entry(entries) for key, entries in names.items()}
        self.prefixes = {key[:n] for key in self.index for n in range(1, len(key) + 1)}
        self.first_words = frozenset(key[0] for key in self.index)

    @classmethod
    def from_store(cls, store) -> "Gazetteer":
        from graph.query.sparql import run

        rows = []
        for row in run(store, "extract-names"):
            cls_term = row["class"]
            rows.append((row["entity"].value, row["name"].value, row["preferred"].value == "true",
                         local_name(cls_term.value) if cls_term is not None else None))
        governments = [(r["government"].value, r["country"].value) for r in run(store, "extract-governments")]
        makers = [(r["name"].value, r["maker"].value) for r in run(store, "extract-makers")]
        leaders = [(r["initiative"].value, r["leader"].value) for r in run(store, "extract-leaders")]
        return cls(rows, governments, makers, leaders)

    def government(self, country_iri: str) -> KnownEntity | None:
        iri = self.governments.get(country_iri)
        return self.entities.get(iri) if iri else None

    def leader(self, initiative_iri: str) -> KnownEntity | None:
        iri = self.leaders.get(initiative_iri)
        return self.entities.get(iri) if iri else None

    def maker(self, product: str) -> KnownEntity | None:
        iri = self.makers.get(normalize(product))
        return self.entities.get(iri) if iri else None

    def lookup(self, name: str) -> KnownEntity | None:
        entry = self.index.get(name_key(name))
        return self.entities[entry[0]] if entry else None

    def match(self, tokens: list[Token], i: int) -> tuple[int, KnownEntity, bool] | None:
        """The longest known name starting at token i: (length, entity, weak)."""
        if token_key(tokens[i].text) not in self.first_words:
            return None
        best = None
        key: tuple[str, ...] = ()
        for j in range(i, len(tokens)):
            key += (token_key(tokens[j].text),)
            if key not in self.prefixes:
                break
            entry = self.index.get(key)
            if entry and case_fits(tokens[i:j + 1], entry[2]):
                best = (j + 1 - i, entry)
        if best is None:
            return None
        length, (iri, preferred, forms) = best
        entity = self.entities[iri]
        weak = entity.cls == "Person" and length == 1 and not preferred
        return length, entity, weak


def pick_entry(entries: dict[str, tuple[bool, set[str]]]):
    """One entity per name: the only one, or the only one whose label it is; else None."""
    if len(entries) == 1:
        iri, (preferred, forms) = next(iter(entries.items()))
        return iri, preferred, frozenset(forms)
    labelled = [(iri, forms) for iri, (preferred, forms) in entries.items() if preferred]
    if len(labelled) == 1:
        return labelled[0][0], True, frozenset(labelled[0][1])
    return None


def case_fits(span: list[Token], forms: frozenset[str]) -> bool:
    """All-caps names ("SK", "US") match only in capitals; others must start capitalized."""
    text = " ".join(t.text for t in span)
    if all(f.isupper() for f in forms):
        return any(normalize(f) == normalize(text) and text.isupper() for f in forms)
    if all(f[:1].islower() for f in forms):
        return span[0].text[:1].islower() or span[0].is_capitalized
    return span[0].is_capitalized and any(capitals_kept(span, f) for f in forms)


def capitals_kept(span: list[Token], form: str) -> bool:
    """Whether each word the name capitalizes is capitalized in the text too: not "an AI
    infrastructure partnership" for the AI Infrastructure Partnership (but "the Tata group")."""
    words = form.split()
    return len(words) != len(span) or all(t.text[:1].isupper() or not w[:1].isupper() or w in KIND_WORDS
                                          for t, w in zip(span, words))


GENERIC_PRODUCTS = lex.PRODUCT_WORDS | lex.PRODUCT_WORDS_SINGULAR  # no product's own name ends in these

# Kind words a text may write in lower case inside a known name: "the Adani group", "Yonhap news agency".
KIND_WORDS = frozenset(["Group", "Agency"]) | lex.COMPANY_SUFFIXES | lex.OUTLET_WORDS
