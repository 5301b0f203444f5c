"""One entity per real-world thing across a batch."""

import pytest

from extract_helpers import DGR, PUBLISHED, summary
from graph.extract.draft import to_json
from graph.extract.gazetteer import Gazetteer
from graph.extract.pipeline import ArticleMeta, extract_texts
from graph.extract.text import Article
from graph.extract.entities import EntityTable, core_key, short_forms


def test_full_name_short_name_and_legal_suffix_are_one_company():
    table = EntityTable()
    acme = table.add_new("Acme Robotics Inc.", "Company", rank=5, position=(0, 0, 0))
    assert table.add_new("Acme Robotics", "Company", rank=3, position=(0, 1, 0)) is acme
    assert table.link("Acme", (1, 0, 0)) is acme  # a later file of the same batch
    assert acme.label == "Acme Robotics Inc." and sorted(acme.aliases) == ["Acme", "Acme Robotics"]
    assert len(table.entities) == 1


def test_a_short_name_before_the_full_name_is_another_entity():
    table = EntityTable()
    cloud = table.add_new("Naver Cloud", "Company", rank=5, position=(0, 3, 0))
    assert table.link("Naver", (0, 1, 0)) is None
    naver = table.add_new("Naver", "Company", rank=0, position=(0, 1, 0))
    assert naver is not cloud and table.link("Naver", (0, 5, 0)) is naver


def test_a_well_known_parent_named_after_its_units_full_name_is_another_entity():
    text = ("Naver Cloud has lined up a loan from Zeta Bank. The cloud arm of Naver said the loan funds GPUs. "
            "Hyundai Motor Group will invest with Orbit Chips, and Hyundai Motor gained 1.3%. "
            "Mizuho Bank lent too, Mizuho said.")
    names = {e["name"] for e in summary(text)["entities"]}
    assert {"Naver Cloud", "Naver", "Hyundai Motor Group", "Hyundai Motor", "Mizuho Bank"} <= names
    assert "Mizuho" not in names  # a bank's group named by its first word is the bank the text named


def test_a_well_known_unit_named_again_after_its_parent_is_one_entity():
    text = ("Hyundai Motor Group and Orbit Chips will invest. Hyundai agreed to use Orbit platforms. Hyundai Motor and "
            "Zeta Labs use it. Hyundai Motor agreed to supply Kestrel Cloud.")
    names = [e["name"] for e in summary(text)["entities"]]
    assert names.count("Hyundai Motor") == 1 and names.count("Hyundai Motor Group") == 1


def test_a_datelines_wire_is_no_abbreviation_of_its_city_and_one_entity_with_its_credit():
    text = "New Delhi (AFP) - Orbit Labs said it would spend $15 billion on a hub.\n\n(Photo by Dana Park / AFP)"
    entities = summary(text)["entities"]
    assert [e["name"] for e in entities].count("AFP") == 1
    assert all("AFP" not in e["aliases"] for e in entities)


def test_people_are_found_by_family_name_and_a_firm_with_that_name_only_on_evidence():
    table = EntityTable()
    park = table.add_new("Dana Park", "Person", rank=4, position=(0, 0, 0))
    lee = table.add_new("Lee Jae-yong", "Person", rank=4, position=(0, 0, 5))
    assert table.link("Park", (0, 2, 0)) is park and table.link("Lee", (0, 2, 0)) is lee
    assert table.add_new("Park", "Company", rank=0, position=(0, 3, 0)) is park  # a bare capital: him
    assert table.add_new("Park", "Company", rank=2, position=(0, 3, 0)) is not park


def test_a_person_is_found_by_a_common_given_name_unless_two_share_it():
    table = EntityTable()
    breen = table.add_new("Tim Breen", "Person", rank=4, position=(0, 0, 0))
    assert table.link("Tim", (0, 2, 0), given=True) is breen
    assert table.link("Tim", (0, 2, 0)) is None  # "a deal with Tim, a startup": not where a person stands
    table.add_new("Tim Cook", "Person", rank=4, position=(0, 3, 0))
    assert table.link("Tim", (0, 4, 0), given=True) is None
    assert short_forms("Tim Breen", "Person") == ["breen"]


def test_a_given_name_alone_stands_for_the_person_only_as_a_subject():
    text = ("Dana Breen, chief executive of Zeta Labs, spoke. In her role, Dana has made an impact. "
            "Zeta Labs signed a deal with Dana, a Seoul startup.")
    result = summary(text)
    assert {e["name"]: e["type"] for e in result["entities"]} == {
        "Dana Breen": "Person", "Zeta Labs": "Company", "Dana": "Company"}
    assert [d["parties"] for d in result["deals"]] == [["Zeta Labs", "Dana"]]


def test_a_given_name_alone_as_a_verbs_object_is_the_person():
    text = ("Dana Breen, the founder of Zeta Labs, resigned. The chairman thanked Dana for her "
            "commitment to Zeta Labs.")
    result = summary(text)
    assert {e["name"]: e["type"] for e in result["entities"]} == {"Dana Breen": "Person", "Zeta Labs": "Company"}
    assert result["deals"] == []


def test_two_entities_sharing_a_short_form_leave_it_unresolved():
    table = EntityTable()
    table.add_new("Borealis Chips", "Company", rank=5, position=(0, 0, 0))
    table.add_new("Borealis Capital", "Company", rank=5, position=(0, 0, 4))
    assert table.link("Borealis", (0, 1, 0)) is None


def test_a_short_form_shared_with_a_parents_name_stands_for_the_parent():
    table = EntityTable()
    table.add_new("Borealis Industries Ltd", "Company", rank=5, position=(0, 0, 0))
    parent = table.entities[0]
    table.add_new("Borealis Jio", "Company", rank=5, position=(0, 0, 4))
    table.add_new("Borealis Intelligence", "Company", rank=5, position=(0, 0, 8))
    assert table.link("Borealis", (0, 1, 0)) is parent


def test_a_stronger_cue_refines_the_class_and_a_longer_name_becomes_the_label():
    table = EntityTable()
    zeta = table.add_new("Zeta", "Company", rank=0)
    table.add_new("Zeta", "NewsOutlet", rank=5)
    assert zeta.cls == "NewsOutlet"


@pytest.mark.parametrize("more, names", [
    ("", ["Nokia", "SoftBank Corp."]),
    (" SoftBank Group owns most of it.", ["Nokia", "SoftBank", "SoftBank Corp."]),
])
def test_a_known_short_name_after_a_firms_legal_name_is_that_firm_unless_the_text_names_the_known_one(more, names):
    gazetteer = Gazetteer([(DGR + "softbank", "SoftBank", True, "Company"),
                           (DGR + "softbank", "SoftBank Group", False, "Company")])
    text = "SoftBank Corp. signed a memorandum with Nokia. SoftBank plans to deploy it in 2026." + more
    meta = ArticleMeta(PUBLISHED)
    found = to_json(extract_texts(gazetteer, [(Article("t.txt", text, "0" * 64), meta)]))
    assert sorted(e["name"] for e in found["entities"] if e["type"] == "Company") == names


def test_known_entities_keep_their_iri_and_collect_surface_forms():
    table = EntityTable()
    sk = table.add_known("https://dealgraph.org/id/sk-group", "SK Group", "BusinessGroup", "SK")
    assert table.add_known("https://dealgraph.org/id/sk-group", "SK Group", "BusinessGroup", "SK Group") is sk
    assert sk.known and list(sk.aliases) == ["SK"]


def test_core_keys_and_short_forms():
    assert core_key("Acme Robotics Co., Ltd.") == "acme robotics"
    assert core_key("Acme Robotics (India) Ltd") == "acme robotics"  # one firm with "Acme Robotics (NSE: ACME)"
    assert short_forms("SK Hynix", "Company", base_words=1) == ["hynix"]
    assert short_forms("Chey Tae-won", "Person") == ["chey"]
    assert short_forms("Korean Air Lines", "Company") == []


def test_one_full_name_in_one_text_is_one_entity_whatever_it_looked_like_first():
    table = EntityTable()
    first = table.add_new("Air India", "Person", rank=2, position=(0, 0, 0))  # "Air" looks like a given name
    assert table.add_new("Air India", "Company", rank=1, position=(0, 1, 0)) is first
    assert table.add_new("Air India", "Company", rank=4, position=(0, 2, 0)) is first
    assert first.cls == "Company"


def test_capitals_that_spell_an_organizations_initials_are_it():
    table = EntityTable()
    bank = table.add_new("Industrial Bank of Korea", "Bank", rank=5, position=(0, 0, 0))
    assert table.add_new("IBK", "Company", rank=1, position=(0, 2, 0)) is bank
    assert table.add_new("ZQX", "Company", rank=1, position=(0, 3, 0)) is not bank


def test_a_three_word_name_that_starts_with_a_family_name_is_found_by_it():
    table = EntityTable()
    wong = table.add_new("Wong Kee Joo", "Person", rank=4, position=(0, 0, 0))
    assert table.link("Wong", (0, 1, 0)) is wong


def test_a_firms_short_name_that_only_looks_like_a_person_stays_the_firm():
    table = EntityTable()
    firm = table.add_new("Kestrel Telemedia Global Data Centres", "Company", rank=4, position=(0, 0, 0))
    assert table.add_new("Kestrel Telemedia", "Person", rank=2, position=(0, 1, 0)) is firm  # "... said"
    assert firm.cls == "Company"
    # a person the text types surely (a title, a given name) is a person of their own
    assert table.add_new("Kestrel Telemedia", "Person", rank=4, position=(0, 2, 0)) is not firm


def test_a_persons_family_name_alone_stays_that_person_even_as_the_subject_of_a_deal_verb():
    text = ("Orbit Labs chief executive Frank Velloman retired on Monday. "
            "Before joining Orbit Labs, Velloman spent six years at Zeta Systems.")
    result = summary(text)
    assert {e["name"]: e["type"] for e in result["entities"]} == {
        "Orbit Labs": "Company", "Frank Velloman": "Person", "Zeta Systems": "Company"}
    assert all("Velloman" not in d["parties"] for d in result["deals"])


def test_a_firms_former_name_is_that_firm_later_in_the_text():
    text = ("Kestrel Works Corp., formerly called Zeta Zosen Corp., will build a plant with Orbit Labs. "
            "Zeta Zosen Corp. also signed a deal with Nova Power.")
    result = summary(text)
    assert {e["name"]: e["aliases"] for e in result["entities"]} == {
        "Kestrel Works Corp.": ["Zeta Zosen Corp."], "Orbit Labs": [], "Nova Power": []}
    assert sorted(sorted(d["parties"]) for d in result["deals"]) == [
        ["Kestrel Works Corp.", "Nova Power"], ["Kestrel Works Corp.", "Orbit Labs"]]


def test_called_as_a_verb_names_no_other_name():
    text = "Orbit Labs signed a deal with Zeta Cloud. Dana Velloman, CEO of Orbit Labs, called Zeta Cloud \"a leader\"."
    assert {e["name"]: e["aliases"] for e in summary(text)["entities"]} == {
        "Orbit Labs": [], "Zeta Cloud": [], "Dana Velloman": []}


def test_a_given_name_alone_after_the_full_name_is_that_person():
    text = ("Zeta Mining has announced that Ivan Petrov will retire as the company's chief executive next year. "
            "The board has worked with Ivan over the past two years on the transition, chairman Dana Park said.")
    result = summary(text)
    assert [e["aliases"] for e in result["entities"] if e["name"] == "Ivan Petrov"] == [["Ivan"]]
    assert result["deals"] == [] and "Ivan" not in {e["name"] for e in result["entities"]}


def test_a_headlines_short_name_is_the_firm_the_body_names_in_full():
    text = ("Veltrix, Kairo Cloud sign multiyear GPU supply pact\n\n"
            "Veltrix Semiconductor Corp. (NASDAQ: VLTX) said on Tuesday it had agreed to supply chips to Kairo Cloud Inc.")
    result = summary(text)
    assert {e["name"] for e in result["entities"]} == {"Veltrix Semiconductor Corp.", "Kairo Cloud Inc."}
    assert [d["parties"] for d in result["deals"]] == [["Veltrix Semiconductor Corp.", "Kairo Cloud Inc."]]


def test_a_firm_better_known_as_another_name_is_one_entity():
    text = ("Electronics maker Orbit Precision Industry, better known as Orbix, and Zeta Group have announced a "
            "strategic partnership. Orbix will take a 50% stake in the venture.")
    entities = {e["name"]: e["aliases"] for e in summary(text)["entities"]}
    assert "Orbix" in entities["Orbit Precision Industry"] and "Orbix" not in entities


def test_a_known_name_written_inside_a_headline_is_the_known_entity_not_a_longer_new_one():
    table = EntityTable()
    kakao = table.add_known("https://example.org/kakao", "Kakao", "Company", "Kakao")
    pay = table.add_new("Kakao Pay", "Company", rank=5, position=(0, 4, 0))
    assert table.link("Kakao", (0, 0, 7)) is kakao  # "... after Kakao-OpenAI pact", the headline
    assert table.link("Kakao Pay", (0, 6, 0)) is pay
    soft = table.add_known("https://example.org/softbank", "SoftBank", "Company", "SoftBank")
    assert table.link("SoftBank Corp", (0, 5, 0)) is not soft  # the exact surface only: the carrier is not the group


def test_a_firm_a_headline_or_its_deck_names_by_its_first_word_is_the_firm_its_legal_name_names_later():
    text = ("Power deals pile up in Johor\n\nDune closes raise; Kestrel signs green power pact with Tenaka\n\n"
            "Kestrel Data said on Monday it would expand its campus. The operator has raised money from Orbit Capital. "
            "It signed an agreement with Tenaka Nasional Bhd under which the utility will supply power.")
    found = summary(text)
    assert "Tenaka" not in {e["name"] for e in found["entities"]}
    assert all("Tenaka Nasional Bhd" in d["parties"] for d in found["deals"]) and found["deals"]


def test_a_family_name_that_speaks_after_a_firm_noun_and_comma_is_no_firm():
    text = ('"It matters," said Orbit Labs president Dana Park. Asked about talks on a sale to a larger investor, '
            'Park said flatly: "We are not for sale."')
    assert [e["name"] for e in summary(text)["entities"]] == ["Orbit Labs", "Dana Park"]


@pytest.mark.parametrize("text, names", [
    ("At the Orbit AI Summit, Orbit Labs and Zeta Cloud signed a pact.", ["Orbit Labs", "Zeta Cloud"]),
    ("Zeta Motors is building Model 3 vehicles and Model Y cars with Orbit Labs.", ["Zeta Motors", "Orbit Labs"]),
])
def test_an_event_or_a_car_model_is_no_organization(text, names):
    assert [e["name"] for e in summary(text)["entities"]] == names


def test_a_town_never_seen_before_its_country_is_a_place_not_a_firm():
    text = "Zeta Digits is investing €11 billion to build a data centre in Altwasser, Germany, with Orbit Labs."
    assert [e["name"] for e in summary(text)["entities"]] == ["Zeta Digits", "Orbit Labs"]


def test_a_known_firms_legal_form_as_the_text_writes_it_is_kept_as_its_name():
    names = {e["name"]: e["aliases"] for e in summary("Mizuho Bank and JPMorgan Chase & Co. will lend to Orbit Labs.")["entities"]}
    assert names["JPMorgan Chase & Co."] == ["JPMorgan Chase"]


def test_a_firm_written_with_a_capital_the_keeps_that_name_too():
    names = {e["name"]: e["aliases"] for e in summary("Orbit Labs bought the plant from The Kestrel Group.")["entities"]}
    assert names["Kestrel Group"] == ["The Kestrel Group"]


def test_a_photo_agency_of_a_credit_line_is_named_and_deals_with_no_one():
    result = summary("Photo: Jane Doe/Getty Images. Orbit Labs signed a deal with Zeta Cloud.")
    assert "Getty Images" in [e["name"] for e in result["entities"]]
    assert [d["parties"] for d in result["deals"]] == [["Orbit Labs", "Zeta Cloud"]]


def test_a_places_ai_before_a_noun_names_no_firm():
    assert [e["name"] for e in summary("Orbit Labs and Zeta Cloud form Japan AI venture; the deal is big")["entities"]] \
        == ["Orbit Labs", "Zeta Cloud"]


@pytest.mark.parametrize("text, name", [("Vista Equity agreed to buy Model N for $1.25 billion.", "Model N"),
                                        ("Orbit Labs signed a deal with Phoenix AI last week.", "Phoenix AI"),
                                        ("The consortium of Acme, France, and Zeta Cloud won the tender.", "Acme")])
def test_a_firm_named_like_a_car_a_place_ai_or_a_town_of_a_list_stays_a_firm(text, name):
    assert name in [e["name"] for e in summary(text)["entities"] if e["type"] == "Company"]


def test_a_sentences_opening_the_is_no_part_of_a_name():
    assert all(not a.startswith("The ") for e in summary("The OpenAI team met Zeta Cloud.")["entities"] for a in e["aliases"])


@pytest.mark.parametrize("address", ["dana.park@zeta.example", "https://zeta.example/park", "www.park.example"])
def test_a_word_in_an_address_is_no_sign_that_a_capitalized_one_is_an_ordinary_word(address):
    text = f"Orbit Labs raised money. Park Ji-yeon, an analyst at Zeta Securities, said so.\n\nWrite to {address}"
    assert "Park Ji-yeon" in [e["name"] for e in summary(text)["entities"] if e["type"] == "Person"]


def test_a_malaysian_chinese_name_ending_in_an_english_word_is_read_whole():
    text = "Zeta Bank analyst Tan Li Sum said so. In sum, Orbit Labs signed a deal with Zeta Cloud."
    assert [e["name"] for e in summary(text)["entities"] if e["type"] == "Person"] == ["Tan Li Sum"]



def test_a_reits_trust_is_no_part_of_the_well_known_name_it_is_called_by():
    text = "Digital Realty reported record leasing. The landlords Digital Realty Trust and Zeta Data said demand rose."
    assert [e["name"] for e in summary(text)["entities"]] == ["Digital Realty Trust", "Zeta Data"]


@pytest.mark.parametrize("name", ["Andy Power", "Mark Capital"])
def test_a_given_name_after_a_title_is_a_person_whatever_the_family_name_looks_like(name):
    text = f"Orbit Realty reported record leasing. Orbit Realty CEO {name} said demand was broad."
    assert summary(text)["roles"] == [{"person": name, "title": "CEO", "organization": "Orbit Realty"}]


def test_two_well_known_firms_joined_by_a_hyphen_then_more_words_name_no_firm():
    text = "SK Telecom-AWS Ulsan AI data center signs loan\n\nThe vehicle that SK Telecom runs with Orbit Bank signed it."
    assert "SK Telecom-AWS Ulsan AI" not in [e["name"] for e in summary(text)["entities"]]


@pytest.mark.parametrize("text, firms", [
    ("Growth trailed Microsoft's Azure and Zeta Cloud in recent quarters.", ["Microsoft", "Zeta Cloud"]),
    ("Orbit Labs draws on Anthropic's Claude and its own models.", ["Orbit Labs", "Anthropic"]),
])
def test_a_well_known_product_is_no_firm(text, firms):
    assert [e["name"] for e in summary(text)["entities"]] == firms


@pytest.mark.parametrize("text, name", [
    ("Portuguese developer Maia Capital signed a lease with Orbit Data. Maia will build a second site next year.",
     "Maia Capital"),  # a product's name, but its maker is not named
    ("Hitachi-GE Vernova Nuclear Energy signed an agreement with Orbit Power to build a reactor.",
     "Hitachi-GE Vernova Nuclear Energy"),  # two firms' venture, named as a firm
    ("Posted Group, a Dutch logistics firm, signed a contract with Orbit Freight.", "Posted Group"),
])
def test_firms_whose_names_look_like_products_ventures_or_page_stamps_stay_firms(text, name):
    assert name in [e["name"] for e in summary(text)["entities"]]


@pytest.mark.parametrize("text, firms", [
    ("Orbit Chips confirmed the accelerators at its Advancing AI event in San Jose on Thursday.", ["Orbit Chips"]),
    ("Orbit Chips will supply the Ethernet switches that tie the racks together for Zeta Labs.",
     ["Orbit Chips", "Zeta Labs"]),
])
def test_an_owners_event_and_a_network_standard_are_no_firms(text, firms):
    assert [e["name"] for e in summary(text)["entities"]] == firms


@pytest.mark.parametrize("text, expected", [
    ("Zeta Shareholder Services sided with the fund, while rival adviser Glass Lewis backed the transaction.",
     [("Zeta Shareholder Services", "Company"), ("Glass Lewis", "Company")]),
    ("Contact reporter Dana Park (dana@example.com) and editor Lee Min (lee@example.com)",
     [("Dana Park", "Person"), ("Lee Min", "Person")]),
    ("In July it launched Claude for Financial Services for banks.", []),
])
def test_proxy_advisers_services_firms_and_a_credit_lines_contact_word(text, expected):
    assert [(e["name"], e["type"]) for e in summary(text)["entities"]] == expected


def test_an_abbreviation_the_text_defines_names_its_firm_not_a_well_known_body_of_the_same_letters():
    text = ("Zeta Telecom signed a supply agreement with Sakura-Equator Cable (SEC), the cable's owner. Separately, "
            "the Securities and Exchange Commission signed a memorandum of understanding with Nova Bank.")
    types = {e["name"]: e["type"] for e in summary(text)["entities"]}
    assert types["Sakura-Equator Cable"] == "Company"
    assert types["Securities and Exchange Commission"] == "GovernmentBody"


def test_a_safe_note_is_no_firm():
    text = ("Orbit Labs raised $1.1 billion in a round led by Kestrel Fund. Earlier this month it added a $433mn SAFE "
            "note, with Zeta Capital again taking part.")
    assert "SAFE" not in {e["name"] for e in summary(text)["entities"]}
