"""graph/rows.py: rows read as TSV keep every character of a label, and blank nodes apart."""

from __future__ import annotations

import pyoxigraph as ox

from graph.model.namespaces import RDFS
from graph.query.rows import read_labels
from graph.store.embedded import Store

HOSTILE = 'say "hi"\n\tto C:\\path ☃ \x01 <b onmouseover=x> \\u0041'


def test_labels_come_back_exactly_for_iris_and_blank_nodes():
    store = Store.in_memory()
    label = ox.NamedNode(RDFS.label)
    store.ox.add(ox.Quad(ox.NamedNode("https://e.org/a"), label, ox.Literal(HOSTILE, language="en")))
    store.ox.add(ox.Quad(ox.BlankNode("b1"), label, ox.Literal(HOSTILE)))
    store.ox.add(ox.Quad(ox.BlankNode("b1"), label, ox.Literal("an earlier one in code-point order")))
    store.ox.add(ox.Quad(ox.BlankNode("b2"), label, ox.Literal(HOSTILE)))
    labels = read_labels(store, {"https://e.org/a", "_:b1", "_:b2", "https://e.org/unlabelled"})
    assert labels == {"https://e.org/a": HOSTILE, "_:b1": "an earlier one in code-point order", "_:b2": HOSTILE}
