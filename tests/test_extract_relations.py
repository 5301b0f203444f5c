"""Deals and activities from cue patterns: parties, status, dates and who reported them."""

from datetime import date

import pytest

from graph.extract import ArticleMeta, extract_texts
from graph.extract_draft import to_json
from graph.extract_names import Gazetteer
from graph.extract_text import Article

DGR = "https://dealgraph.org/id/"
ROWS = [
    (DGR + "samsung-electronics", "Samsung Electronics", True, "Company"),
    (DGR + "samsung-electronics", "Samsung", False, "Company"),
    (DGR + "sk-group", "SK Group", True, "BusinessGroup"),
    (DGR + "sk-group", "SK", False, "BusinessGroup"),
    (DGR + "openai", "OpenAI", True, "Company"),
    (DGR + "stargate", "Stargate", True, "Initiative"),
    (DGR + "seoul", "Seoul", True, "City"),
    (DGR + "reuters", "Reuters", True, "NewsOutlet"),
]
PUBLISHED = date(2025, 9, 10)


def extraction(text, published=PUBLISHED):
    article = Article("test.txt", text, "0" * 64)
    return extract_texts(Gazetteer(ROWS), [(article, ArticleMeta(published))])


def deals(text, published=PUBLISHED):
    return [(d["type"], d["parties"], d["status"], d["date"]) for d in to_json(extraction(text, published))["deals"]]


def test_each_coordinated_party_gets_its_own_deal_and_sk_hynix_is_not_sk_group():
    text = "Samsung Electronics and SK Hynix signed letters of intent with OpenAI on Monday."
    assert deals(text) == [
        ("LetterOfIntent", ["Samsung Electronics", "OpenAI"], "signed", "2025-09-08"),
        ("LetterOfIntent", ["SK Hynix", "OpenAI"], "signed", "2025-09-08"),
    ]


def test_a_purpose_after_the_deal_is_not_a_deal_between_the_subjects():
    text = "Samsung and SK Hynix signed letters of intent with OpenAI to supply memory chips."
    assert [d[0] for d in deals(text)] == ["LetterOfIntent", "LetterOfIntent"]


def test_parties_named_together_without_with_make_one_deal():
    assert deals("Acme Robotics Inc. and Borealis Chips signed a supply agreement last month.") == [
        ("SupplyAgreement", ["Acme Robotics Inc.", "Borealis Chips"], "signed", "2025-08")]


def test_a_list_after_with_names_every_partner():
    text = ("OpenAI has forged partnerships with major firms, including tech giant Zeta, gaming company "
            "Krafta and telecom leader Kestrel Telecom.")
    assert [d[1] for d in deals(text)] == [["OpenAI", "Zeta"], ["OpenAI", "Krafta"], ["OpenAI", "Kestrel Telecom"]]


def test_joint_ventures_and_named_initiatives_are_one_deal_for_all():
    assert deals("Lumen Bank is weighing a joint venture with Orbis Holdings and Tidewater Partners.") == [
        ("JointVenture", ["Lumen Bank", "Orbis Holdings", "Tidewater Partners"], "considering", None)]
    assert deals("OpenAI is working with Zeta Cloud and Kestrel Systems on its Stargate initiative.") == [
        ("Partnership", ["OpenAI", "Zeta Cloud", "Kestrel Systems"], "active", None)]


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
    from graph.extract_draft import STATUS_LABELS

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


def test_roles_in_supply_and_investment_deals():
    [supply] = extraction("Borealis Chips will supply sensors to Acme Robotics.").docs[0].deals
    assert [e.label for e in supply.roles["supplier"]] == ["Borealis Chips"]
    assert [e.label for e in supply.roles["customer"]] == ["Acme Robotics"]
    [invest] = extraction("Lumen Bank plans to invest $200 million in Solano Energy.").docs[0].deals
    assert [e.label for e in invest.roles["investor"]] == ["Lumen Bank"]
    assert [e.label for e in invest.roles["investee"]] == ["Solano Energy"]


@pytest.mark.parametrize("text", [
    "Zeta Labs sold its entire stake in Kestrel Systems last year.",
    "Zeta Labs has to deal with Kestrel Systems in court.",
    "OpenAI has ties with Korean industries spanning electronics and finance.",
    "It offers partnerships with national governments, in coordination with the Zeta Group.",
])
def test_things_that_are_not_deals(text):
    assert deals(text) == []


def test_pronouns_and_definite_phrases_stand_for_their_organization():
    text = ("OpenAI opened an office in Seoul. In February, it partnered with Zeta Labs. "
            "This week, the AI firm will sign an MoU with Veritas University.")
    assert [d[:2] for d in deals(text)] == [("Partnership", ["OpenAI", "Zeta Labs"]),
                                             ("MemorandumOfUnderstanding", ["OpenAI", "Veritas University"])]


def test_we_in_a_quote_is_the_speakers_organization():
    text = "\u201cWe are excited to work with OpenAI,\u201d Anthra chief executive Dario Vale said."
    assert deals(text) == [("Partnership", ["Anthra", "OpenAI"], "announced", None)]


def test_a_partnership_to_integrate_a_product_is_an_integration():
    text = "OpenAI partnered with Zeta Labs to integrate ChatGPT into the company's messaging app."
    assert deals(text) == [("Integration", ["OpenAI", "Zeta Labs"], "signed", None)]


def test_one_deal_told_twice_is_one_deal_with_the_furthest_status():
    text = ("OpenAI is open to expanding its partnership with Samsung. "
            "OpenAI has partnerships in motion with Samsung.")
    assert deals(text) == [("Partnership", ["OpenAI", "Samsung Electronics"], "in discussion", None)]


def test_offices_and_data_centres_are_activities():
    text = ("OpenAI officially opened its office in Seoul this week. "
            "Zeta Labs weighs building a data center in Lisbon.")
    activities = extraction(text).docs[0].activities
    assert [(a.activity_type, a.agent.label, a.place.label, a.status, a.date and a.date.value)
            for a in activities] == [("Opening", "OpenAI", "Seoul", "completed", "2025-09"),
                                     ("Construction", "Zeta Labs", "Lisbon", "considering", None)]


def test_the_owner_of_partners_is_the_other_party():
    text = "Kestrel Systems, Orbis Cloud and Zeta Labs are among OpenAI's other infrastructure partners."
    assert [d[1] for d in deals(text)] == [["Kestrel Systems", "OpenAI"], ["Orbis Cloud", "OpenAI"],
                                           ["Zeta Labs", "OpenAI"]]


def test_the_startup_is_the_organization_named_before():
    text = "Solano shares rose after Zeta Labs agreed to buy a 5% stake in the struggling chipmaker."
    assert deals(text) == [("Investment", ["Zeta Labs", "Solano"], "signed", None)]


def test_their_joint_venture_belongs_to_the_organizations_named_together():
    text = "Hanul Motors and Borealis Energy Solution will build a plant in Lisbon through their joint venture."
    assert deals(text) == [("JointVenture", ["Hanul Motors", "Borealis Energy Solution"], "planned", None)]


def test_a_headline_infinitive_is_a_plan():
    assert deals("Zeta Labs to invest $2 billion in OpenAI")[0][2] == "planned"


def test_a_name_with_its_abbreviation_is_listed_with_another():
    text = "Kestrel Web Services (KWS) and Anthra announced an expanded partnership."
    assert deals(text) == [("Partnership", ["Kestrel Web Services", "Anthra"], "announced", None)]
