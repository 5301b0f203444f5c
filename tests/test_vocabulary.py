"""The ontology's words: classes by name, label, alias or plural; statuses; partial dates."""

import pytest

from graph.model.namespaces import DG
from graph.answers.vocabulary import BadValue, check_partial_date, class_tree, resolve_class, resolve_status, statuses


@pytest.mark.parametrize("text, name", [
    ("Partnership", "Partnership"), ("partnerships", "Partnership"), ("MoU", "MemorandumOfUnderstanding"),
    ("memorandum of understanding", "MemorandumOfUnderstanding"), ("LOI", "LetterOfIntent"),
    ("joint-venture", "JointVenture"), ("deal", "Deal"),
])
def test_deal_classes_by_any_of_their_names(query_store, text, name):
    assert resolve_class(query_store, text).name == name


def test_classes_outside_the_tree_are_refused(query_store):
    with pytest.raises(BadValue, match="unknown deal type 'company'"):
        resolve_class(query_store, "company")
    assert resolve_class(query_store, "company", under=DG.Agent, what="class").label == "company"


def test_class_depth_orders_specific_before_general(query_store):
    tree = class_tree(query_store)
    assert tree[DG.Integration].depth > tree[DG.Deal].depth > tree[DG.Relationship].depth


def test_statuses_in_the_schemes_order(query_store):
    assert [label for label, _ in sorted(statuses(query_store).values(), key=lambda v: v[1])] == [
        "considering", "in discussion", "planned", "announced", "signed", "active", "completed", "cancelled"]
    assert resolve_status(query_store, "In-Discussion") == DG.inDiscussion


@pytest.mark.parametrize("text", ["2025", "2025-02", "2025-02-28", " 2025-12-31 "])
def test_partial_dates(text):
    assert check_partial_date(text, "--since") == text.strip()


@pytest.mark.parametrize("text", ["25", "2025-2", "2025-00", "2025-02-32", "Feb 2025", "2025-02-01T00:00"])
def test_not_dates(text):
    with pytest.raises(BadValue, match=f"--until: {text!r} is not a date"):
        check_partial_date(text, "--until")
