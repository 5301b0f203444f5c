"""Sources as people cite them: 'RCR Wireless News 2025-09-10'.

Sources are read one at a time with a bound query and remembered, so citing the few sources
of a listing costs a few small queries whatever the size of the store.
"""

from __future__ import annotations

import pyoxigraph as ox

from graph.answers.resolve import local_name
from graph.query.sparql import run


class SourceBook:
    """Source cards, fetched on first use."""

    def __init__(self, store):
        self.store = store
        self.cards: dict[str, dict] = {}

    def card(self, iri: str) -> dict:
        """{"iri", "outlet", "published", "headline", "label", "url"} of one source."""
        if iri not in self.cards:
            rows = list(run(self.store, "source-card", {"source": ox.NamedNode(iri)}))
            first = lambda key: next((r[key].value for r in rows if r[key] is not None), None)  # noqa: E731
            self.cards[iri] = {
                "iri": iri, "outlet": first("outlet"), "published": first("published"),
                "headline": first("headline"), "label": first("label"), "url": first("url"),
            }
        return self.cards[iri]

    def cite(self, iri: str) -> str:
        """Outlet and date, or the source's label, or its IRI's last part."""
        card = self.card(iri)
        if card["outlet"]:
            return " ".join(filter(None, (card["outlet"], card["published"])))
        return card["label"] or local_name(iri)
