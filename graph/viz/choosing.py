"""Choosing the nodes to show: a focus and its neighbourhood, classes, the most connected.

Choices are made on the projection's skeleton (every edge, no details); labels and classes
are read only for the nodes a choice depends on.
"""

from __future__ import annotations

from dataclasses import dataclass

from graph.answers.network import NodeInfo
from graph.model.errors import UnknownClass
from graph.viz.context import Context, class_key

DEFAULT_DEPTH = 2


@dataclass
class Selection:
    """The nodes to show, what is known of them so far, and what the page says of the choice."""

    nodes: set[str]
    info: NodeInfo
    scope: list[str]
    focus: str | None
    title: str


def select(whole, store, context: Context, *, focus=None, depth=DEFAULT_DEPTH, types=(),
           max_nodes=None) -> Selection:
    """The nodes of the projection's skeleton the options ask for, and the words saying what
    was left out; labels and classes are read for the nodes shown, and for those a choice
    depends on (classes for --types, labels for the ties at the --max-nodes cut)."""
    nodes, info = whole.nodes, NodeInfo(store)
    focus_iri, title, scope = None, "dealgraph", []
    if focus is not None:
        focus_iri, label = focus_node(whole, nodes, store, info, focus)
        nodes = within(whole, focus_iri, depth)
        title = f"dealgraph: {label}"
        scope.append(f"within {depth} step{'s' if depth != 1 else ''} of {label}")
    if types:
        nodes = keep_types(nodes, info.read(nodes), context, types, focus_iri)
        scope.append("of class " + ", ".join(types))
    if max_nodes is not None and len(nodes) > max_nodes:
        nodes = most_connected(whole, nodes, info, max_nodes, focus_iri)
        scope.append(f"the {max_nodes:,} most connected")
    info.read(nodes)
    return Selection(nodes, info, scope, focus_iri, title)


def focus_node(whole, nodes: set[str], store, info: NodeInfo, name: str) -> tuple[str, str]:
    """The focus entity's IRI and label; one with no relationships is shown alone."""
    from graph.answers.resolve import resolve

    entity = resolve(store, name)
    if entity.iri in nodes:
        info.read({entity.iri})
    else:
        info.asked.add(entity.iri)
        info[entity.iri] = {"label": entity.label, "classes": list(entity.classes), "class_iris": []}
    return entity.iri, info.label(entity.iri)


def within(whole, centre: str, depth: int) -> set[str]:
    """The nodes within `depth` steps of `centre` (itself included)."""
    near = whole.neighbours()
    seen, frontier = {centre}, {centre}
    for _ in range(depth):
        frontier = {n for node in frontier for n in near.get(node, ())} - seen
        seen |= frontier
    return seen


def keep_types(nodes: set[str], info: NodeInfo, context: Context, types, keep: str | None) -> set[str]:
    """The nodes whose class, or one of its superclasses, is named in `types`."""
    wanted = {class_key(t) for t in types}
    known = set().union(*context.classes.values()) if context.classes else set()
    present = {c for n in nodes for c in info.classes(n)}
    known |= {class_key(c) for c in present}
    for name in types:
        if class_key(name) not in known:
            raise UnknownClass(name, class_suggestions(name, context, present))

    def matches(classes) -> bool:
        return any(wanted & context.classes.get(c, {class_key(c)}) for c in classes)

    return {n for n in nodes if n == keep or matches(info.classes(n))}


def class_suggestions(name: str, context: Context, present: set[str]) -> list[str]:
    """Class labels near a name that matched none (labels, not local names, read better)."""
    import difflib

    labels = {c for c in context.classes if " " in c or c.islower()} | present
    by_key = {class_key(c): c for c in sorted(labels)}
    close = difflib.get_close_matches(class_key(name), list(by_key), n=3, cutoff=0.6)
    return [by_key[k] for k in close]


def most_connected(whole, nodes: set[str], info: NodeInfo, limit: int, keep: str | None) -> set[str]:
    """The `limit` nodes with the most links among `nodes` (the focus always stays); ties at
    the cut go by label, so labels are read for those only."""
    degree = whole.degrees(nodes)

    def rank(node: str) -> tuple[bool, int]:
        return node != keep, -degree.get(node, 0)

    ordered = sorted(nodes, key=rank)
    cut = rank(ordered[limit - 1])
    tied = [n for n in ordered if rank(n) == cut]
    info.read(tied)
    ties = {n: info.label(n) for n in tied}
    ordered.sort(key=lambda n: (*rank(n), ties.get(n, ""), n))
    return set(ordered[:limit])
