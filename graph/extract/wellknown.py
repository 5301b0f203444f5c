"""Names real news uses without a telling word: well-known organizations and people, and the
given and family names that make a run of capitalized words a person.

The store's names come first (they are the user's graph); these lists extend them for text
about firms the store has never seen ("Huawei", "Fujitsu and Nokia"). They are data, in
graph/extract/wordlists/, so adding a name is a one-line change.

>>> wellknown().lookup("Taiwan Semiconductor Manufacturing Co.").label
'TSMC'
>>> "Makoto" in GIVEN_NAMES, "Kim" in FAMILY_NAMES
(True, True)
"""

from __future__ import annotations

from functools import lru_cache
from graph.extract.gazetteer import Gazetteer
from graph.extract.lexicon import wordlist_lines, wordlist_words

# Well-known names are not the store's: their entities are new to a draft, typed this strongly.
WELLKNOWN_RANK = 6
IRI_PREFIX = "wellknown:"


@lru_cache(maxsize=1)
def wellknown() -> Gazetteer:
    """Organizations (with their other names), people and products' makers, as a gazetteer of their own."""
    rows = []
    for line in wordlist_lines("organizations.tsv"):
        name, cls, *rest = line.split("\t")
        iri = IRI_PREFIX + name
        rows.append((iri, name, True, cls))
        rows += [(iri, other, False, cls) for other in (rest[0].split("|") if rest else []) if other]
    rows += [(IRI_PREFIX + name, name, True, "Person") for name in known_employers()]
    makers = [(product, IRI_PREFIX + maker) for product, maker in product_makers().items()]
    return Gazetteer(rows, makers=makers)


@lru_cache(maxsize=1)
def product_makers() -> dict[str, str]:
    """Each well-known product's name (`products.tsv`), with its maker's: "Azure" -> "Microsoft"."""
    return dict(line.split("\t") for line in wordlist_lines("products.tsv"))


@lru_cache(maxsize=1)
def known_employers() -> dict[str, tuple[str, frozenset[str]] | None]:
    """Each well-known person, with the well-known firm they lead and their posts there (CEO,
    chair, founder, president), or None."""
    people = (line.split("\t") for line in wordlist_lines("people.tsv"))
    return {name: (rest[0], frozenset(rest[1].split())) if rest else None for name, *rest in people}


def other_names(iri: str) -> list[str]:
    """Every name a well-known entity goes by (as matching keys)."""
    return names_by_iri().get(iri, [])


@lru_cache(maxsize=1)
def names_by_iri() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for key, entry in wellknown().index.items():
        if entry:
            found.setdefault(entry[0], []).append(" ".join(key))
    return found


GIVEN_NAMES = wordlist_words("given-names.txt")
FAMILY_NAMES = wordlist_words("family-names.txt")
