"""Rebuild the derived shortcuts (types, super-properties, partnersWith, holdsPositionAt,
locatedIn) from the source graphs, in one transaction."""

from __future__ import annotations

from importlib import resources

import pyoxigraph as ox

from .namespaces import DERIVED_GRAPH, ONTOLOGY_GRAPH, SOURCE_GRAPHS


def derive_update(graphs: list[str], *, drop_first: bool) -> str:
    """The SPARQL Update that derives from `graphs` (plus the ontology and derived graph)."""
    template = (resources.files("graph") / "queries" / "derive.ru").read_text(encoding="utf-8")
    dataset = [*graphs, ONTOLOGY_GRAPH, DERIVED_GRAPH]
    using = "\n".join(f"USING <{iri}>" for iri in dataset)
    drop = f"DROP SILENT GRAPH <{DERIVED_GRAPH}> ;" if drop_first else ""
    return template.replace("{using}", using).replace("{drop}", drop)


def source_graph_iris(store: ox.Store) -> list[str]:
    return sorted(
        g.value for g in store.named_graphs()
        if isinstance(g, ox.NamedNode) and g.value.startswith(SOURCE_GRAPHS)
    )


def rebuild_derived(store: ox.Store) -> None:
    """Drop and re-derive the derived graph from every source graph."""
    store.update(derive_update(source_graph_iris(store), drop_first=True))
