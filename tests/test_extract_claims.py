"""Status, dates and reporters of claims: the words around a claim."""

import pytest

from extract_helpers import deals, extraction, typed_parties


@pytest.mark.parametrize("sentence, status", [
    ("Zeta Labs weighs a partnership with OpenAI.", "considering"),
    ("Zeta Labs is open to a partnership with OpenAI.", "considering"),
    ("Zeta Labs has partnerships in motion with OpenAI.", "inDiscussion"),
    ("Zeta Labs is in discussions with OpenAI over a supply contract.", "inDiscussion"),
    ("Zeta Labs plans to sign an MoU with OpenAI.", "planned"),
    ("Zeta Labs will sign a memorandum of understanding with OpenAI.", "planned"),
    ("Zeta Labs inked a deal with OpenAI.", "signed"),
    ("Zeta Labs announced a partnership with OpenAI.", "announced"),
    ("Zeta Labs works with OpenAI.", "active"),
    ("Zeta Labs scrapped its partnership with OpenAI.", "cancelled"),
])
def test_status_comes_from_the_words_around_the_claim(sentence, status):
    from graph.extract.draft import STATUS_LABELS

    assert [d[2] for d in deals(sentence)] == [STATUS_LABELS[status]]


def test_who_reported_a_claim_is_kept():
    result = extraction("Acme Robotics is in talks with Northwind Capital about funding, according to Reuters.")
    [deal] = result.docs[0].deals
    assert deal.deal_type == "Investment" and deal.reported and deal.reported_by.label == "Reuters"
    assert deal.confidence < 0.8
    result = extraction("Acme Robotics inked a deal with Zeta Labs, people familiar with the matter said.")
    [deal] = result.docs[0].deals
    assert deal.reported and deal.reported_by is None


def test_relative_dates_follow_the_status():
    assert deals("Zeta Labs will sign an MoU with OpenAI in February.")[0][3] == "2026-02"
    assert deals("Zeta Labs signed an MoU with OpenAI in February.")[0][3] == "2025-02"
    assert deals("Zeta Labs plans to partner with OpenAI next year.")[0][3] == "2026"


def test_one_deal_told_twice_is_one_deal_with_the_furthest_status():
    text = ("OpenAI is open to expanding its partnership with Samsung. "
            "OpenAI has partnerships in motion with Samsung.")
    assert deals(text) == [("Partnership", ["OpenAI", "Samsung Electronics"], "in discussion", None)]


def test_a_headline_infinitive_is_a_plan():
    assert deals("Zeta Labs to invest $2 billion in OpenAI")[0][2] == "planned"


def test_joint_operations_are_a_partnership_and_the_month_may_is_no_hedge():
    from extract_helpers import deals
    assert deals("Orbit Air in late May began joint operations with Kestrel Airlines.") == [
        ("Partnership", ["Orbit Air", "Kestrel Airlines"], "announced", "2025-05")]


def test_not_signing_any_agreement_is_no_deal():
    text = ("Orbit Chips denied a report about Zeta Media. The company said in a filing that it \"has not signed any "
            "procurement agreement\" with Zeta Media.")
    assert typed_parties(text) == []
