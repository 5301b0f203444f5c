"""What the page knows beyond the networkx projection (aliases, sources, the class tree, the
statuses), shared by reading, choosing and the page data; and how classes are drawn.

A class is compared by a key that ignores case and punctuation, so that `--types` takes a
label ('News outlet'), a local name ('NewsOutlet') or a standard's class alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from graph.answers.vocabulary import bundled_statuses
from graph.model.namespaces import DG

# Broad kinds get a shape; classes get a colour. The first matching ancestor decides the shape.
CATEGORY_SHAPES = {
    DG.Person: "diamond", DG.Organization: "dot", DG.Place: "triangle", DG.Facility: "square",
    DG.Product: "hexagon", DG.Initiative: "star", DG.Event: "triangleDown",
}
DEFAULT_SHAPE = "dot"


@dataclass
class Context:
    """What the page shows beyond the networkx projection; every part may be empty.

    aliases: entity IRI -> aliases. relationships: relationship IRI -> {"label", "sources"}.
    classes: class label -> set of keys of it and its superclasses (see `class_key`).
    shapes: class label -> shape. statuses: status label -> Status, in the scheme's order
    (the bundled ontology's when the page is drawn without a store).
    """

    aliases: dict[str, list[str]] = field(default_factory=dict)
    relationships: dict[str, dict] = field(default_factory=dict)
    classes: dict[str, set[str]] = field(default_factory=dict)
    shapes: dict[str, str] = field(default_factory=dict)
    statuses: dict = field(default_factory=lambda: by_label(bundled_statuses()))


def by_label(statuses) -> dict:
    return {s.label: s for s in statuses}


def class_key(name: str) -> str:
    """A class name to compare: 'News outlet', 'NewsOutlet' and 'news_outlet' agree.

    >>> class_key("Data centre") == class_key("data-centre")
    True
    """
    return re.sub(r"[^0-9a-z]", "", name.casefold())
