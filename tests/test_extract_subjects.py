"""Who a claim is about: pronouns, definite phrases, quoted "we", names listed together."""

import pytest

from extract_helpers import deals, summary, typed_parties


def test_pronouns_and_definite_phrases_stand_for_their_organization():
    text = ("OpenAI opened an office in Seoul. In February, it partnered with Zeta Labs. "
            "This week, the AI firm will sign an MoU with Veritas University.")
    assert [d[:2] for d in deals(text)] == [("Partnership", ["OpenAI", "Zeta Labs"]),
                                             ("MemorandumOfUnderstanding", ["OpenAI", "Veritas University"])]


def test_we_in_a_quote_is_the_speakers_organization():
    text = "\u201cWe are excited to work with OpenAI,\u201d Anthra chief executive Dario Vale said."
    assert deals(text) == [("Partnership", ["Anthra", "OpenAI"], "announced", None)]


def test_their_joint_venture_belongs_to_the_organizations_named_together():
    text = "Hanul Motors and Borealis Energy Solution will build a plant in Lisbon through their joint venture."
    assert deals(text) == [("JointVenture", ["Hanul Motors", "Borealis Energy Solution"], "planned", None)]


def test_a_name_with_its_abbreviation_is_listed_with_another():
    text = "Kestrel Web Services (KWS) and Anthra announced an expanded partnership."
    assert deals(text) == [("Partnership", ["Kestrel Web Services", "Anthra"], "announced", None)]


def test_a_product_description_stands_for_the_products_maker():
    text = ("Veritas Memory signed a supply deal with the Nimbus Chat maker on Monday. "
            "The Nimbus Chat developer also signed an MoU with Kestrel University.")
    assert [d[:2] for d in deals(text)] == [("SupplyAgreement", ["Veritas Memory", "OpenAI"]),
                                             ("MemorandumOfUnderstanding", ["OpenAI", "Kestrel University"])]


def test_the_product_list_names_makers_the_store_does_not_know():
    text = "Kestrel Optics will supply camera modules to the iPhone-maker."
    assert deals(text) == [("SupplyAgreement", ["Kestrel Optics", "Apple"], "planned", None)]


def test_the_owner_of_what_a_deal_serves_is_a_party():
    text = ("Veritas Memory and Kestrel Chips will supply memory for OpenAI's Stargate project. "
            "Zeta Cells will supply batteries for Anthra's new plant.")
    assert [d[1] for d in deals(text)] == [["Veritas Memory", "OpenAI"], ["Kestrel Chips", "OpenAI"],
                                           ["Zeta Cells", "Anthra"]]


def test_it_opening_a_sentence_is_the_firm_the_sentence_before_began_with():
    text = "Zeta Labs opened an office in Seoul. Kestrel Chips designs memory. It signed a deal with Orbit Cloud."
    assert [d[1] for d in deals(text)] == [["Kestrel Chips", "Orbit Cloud"]]


def test_it_after_an_opening_phrase_of_time_is_the_firm_the_sentence_before_began_with():
    text = ("Zeta Labs took a stake in Kestrel Chips. Its shares rose. Kestrel Chips has used that freedom. "
            "Since the start of the year it has signed compute contracts with Orbit Cloud.")
    assert [d[1] for d in deals(text)][-1] == ["Kestrel Chips", "Orbit Cloud"]


def test_the_company_after_an_opening_phrase_is_the_firm_the_sentence_before_began_with():
    text = ("Orbit Motors is investing $69 million in Kestrel Lithium. The deal will see Kestrel Lithium "
            "supply Orbit Motors with lithium. Last year, the company sold a 5% stake to Zeta Chemicals Corp.")
    assert [d[1] for d in deals(text)][-1] == ["Kestrel Lithium", "Zeta Chemicals Corp."]


def test_a_sentence_opening_with_a_phrase_and_it_passes_its_firm_on_to_the_next_sentence():
    text = ("Orbit Labs opened an office in Seoul. In February, it partnered with Kestrel Mobile on messaging. "
            "This week, the AI firm will sign an agreement with Zeta University.")
    assert [d[1] for d in deals(text)] == [["Orbit Labs", "Kestrel Mobile"], ["Orbit Labs", "Zeta University"]]


def test_a_firm_described_by_a_relative_clause_is_the_subject_after_it():
    text = ("Orbit AI, which hired former Zeta Labs head Dana Park as country head, agreed with Kestrel Mobile "
            "to develop products.")
    assert [d[1] for d in deals(text)] == [["Orbit AI", "Kestrel Mobile"]]


def test_a_firm_opening_a_sentence_is_the_subject_after_a_relative_clause_with_commas_and_its_round_no_merger():
    text = ("Zeta Labs, which completed its merger with Orbit Chips, Nova Telecom's former chip unit, last December, "
            "closed a $200 million Series C in September. Vega Fund and Lumen Bank took part in the round.")
    assert [d[:2] for d in deals(text)] == [("Acquisition", ["Zeta Labs", "Orbit Chips"]),
                                            ("Investment", ["Zeta Labs", "Vega Fund", "Lumen Bank"])]


def test_it_after_an_owner_and_its_subsidiary_is_the_subsidiary():
    text = ("Swiss food giant Zeta Foods SA's Indian subsidiary Zeta Foods India said that it will acquire a "
            "26% stake in dairy company Orbit Agro.")
    assert [d[1] for d in deals(text)] == [["Zeta Foods India", "Orbit Agro"]]


def test_it_after_a_relative_clause_naming_a_rival_is_the_firm_described_before():
    text = ("Zeta Chips makes dinner-plate-sized processors. The Sunnyvale, California-based company, whose "
            "processors compete with Nvidia's graphics chips, said on Tuesday it had closed a Series G round. "
            "Kestrel Capital and Vega Management led the round.")
    assert [d[1] for d in deals(text)] == [["Zeta Chips", "Kestrel Capital", "Vega Management"]]


def test_participants_after_a_description_of_the_target_invest_too():
    text = ("Nimbus Capital will lead an investment in Zeta Labs, the Seoul-based developer of AI chips, "
            "with participation from Kestrel Bank and Orbit Bank.")
    assert [d[1] for d in deals(text)] == [["Nimbus Capital", "Kestrel Bank", "Orbit Bank", "Zeta Labs"]]


def test_it_after_a_firm_that_said_is_that_firm():
    text = ("Zeta Labs bought GPUs from Kestrel Chips last month, and in September Orbit Cloud said "
            "it would invest $1 billion in Zeta Labs.")
    assert [d[1] for d in deals(text)][-1] == ["Orbit Cloud", "Zeta Labs"]


def test_the_seller_after_from_is_the_party_not_the_products_name():
    text = "Zeta Labs agreed to buy six gigawatts' worth of Nimbus GPUs from Kestrel Chips."
    assert [d[1] for d in deals(text)] == [["Zeta Labs", "Kestrel Chips"]]


def test_a_description_opening_a_sentence_is_the_firm_the_sentence_before_began_with():
    text = ("Zeta Labs won a contract. For Kestrel Chips, Zeta Labs joins a short list. "
            "The U.S. chipmaker's customers include Orbit Cloud and Nimbus AI.")
    assert [d[1] for d in deals(text)][-2:] == [["Kestrel Chips", "Orbit Cloud"], ["Kestrel Chips", "Nimbus AI"]]


def test_the_subject_is_the_name_an_apposition_describes_not_the_name_inside_it():
    text = "Kestrel Mobile, the carrier unit of Orbit Group, signed a memorandum of understanding with Zeta Labs."
    assert deals(text) == [("MemorandumOfUnderstanding", ["Kestrel Mobile", "Zeta Labs"], "signed", None)]


def test_reselling_a_product_partners_with_its_maker():
    text = "Veritas Systems agreed to resell Nimbus Chat Enterprise to Korean businesses."
    assert deals(text) == [("Partnership", ["Veritas Systems", "OpenAI"], "signed", None)]


def test_the_ministry_as_an_object_is_the_government_body_named_last():
    text = ("The Ministry of Science said it will buy GPUs. They will run at data centres of Zeta Cloud and "
            "Kestrel Cloud, each of which signed a contract with the ministry last month.")
    assert [d[1] for d in deals(text)] == [["Zeta Cloud", "Ministry of Science"], ["Kestrel Cloud", "Ministry of Science"]]


def test_a_name_described_as_anothers_subsidiary_is_the_subject_not_its_owner():
    text = "Airo Tech Corp, a Zeta Labs subsidiary, has offered to buy all shares of Orbit Plus."
    assert [d[1] for d in deals(text)] == [["Airo Tech Corp", "Orbit Plus"]]


def test_a_maker_naming_a_product_is_not_the_subject():
    text = "Zeta Cloud said it will open a data center. The facility will run Nvidia GB200 systems under a supply contract with Orbit Servers."
    assert [d[1] for d in deals(text)] == [["Zeta Cloud", "Orbit Servers"]]


def test_the_startup_stands_for_the_firm_it_stood_for_before_not_the_last_subject():
    from extract_helpers import deals

    text = ("Nova AI Inc., a Seoul developer, is in talks to buy Kestrel Portal Inc. "
            "The Seoul-based startup wants its search traffic. Orbit Cloud Inc. also invested in it. "
            "The startup has held talks with Zeta Capital Inc. about a round.")
    assert ["Nova AI Inc.", "Zeta Capital Inc."] in [sorted(d[1]) for d in deals(text)]


def test_it_opening_a_sentence_is_the_firm_that_says_it_at_the_end():
    text = "It will buy chips from Orbit Semiconductor, Zeta Cloud said on Wednesday."
    assert typed_parties(text) == [("SupplyAgreement", ["Orbit Semiconductor", "Zeta Cloud"])]


def test_a_phrase_opened_by_a_participle_is_done_by_the_sentences_subject():
    text = ("Orbit Chips agreed to buy Zeta Photonics from Kestrel Holdings, funding the purchase with a bridge loan "
            "from Nova Bank.")
    assert typed_parties(text) == [("Acquisition", ["Kestrel Holdings", "Orbit Chips", "Zeta Photonics"]),
                                   ("FinancialCooperation", ["Nova Bank", "Orbit Chips"])]


def test_the_company_never_stands_for_a_ministry_told_just_before():
    text = ("Orbit Rapid Corp. said its chips work. The Ministry of Economy, Trade and Industry has committed ¥1.72 "
            "trillion in subsidies. The company is negotiating loans with Zeta Bank and Kestrel Bank.")
    assert ("FinancialCooperation", ["Kestrel Bank", "Orbit Rapid Corp.", "Zeta Bank"]) in typed_parties(text)


def test_a_firm_named_by_its_kind_after_a_time_phrase_is_the_one_told_just_before():
    text = ("Zeta Labs and Orbit Soft will build a cloud. For Orbit Soft, Germany is the latest stop in its programme. "
            "In July the San Francisco company signed a memorandum of understanding with Kestrel Bank.")
    assert ("MemorandumOfUnderstanding", ["Kestrel Bank", "Orbit Soft"]) in typed_parties(text)


def test_a_relative_clause_between_a_firm_and_its_verb_names_no_subject():
    text = "Orbit Data, in which Zeta Group holds 40% and Kestrel Cloud 30%, will take a loan from Lumen Bank."
    assert ["Lumen Bank", "Orbit Data"] in [sorted(d["parties"]) for d in summary(text)["deals"]]
    assert ["Kestrel Cloud", "Lumen Bank"] not in [sorted(d["parties"]) for d in summary(text)["deals"]]
    members = "The Orbit Partnership, whose members include Zeta Group and Kestrel Cloud, agreed to buy Nova Data."
    bought = [sorted(d["parties"]) for d in summary(members)["deals"]]
    assert ["Nova Data", "Zeta Group"] in bought and ["Kestrel Cloud", "Nova Data"] in bought


@pytest.mark.parametrize("dateline", ["TOKYO -- ", "SEOUL, Oct 1 (Reuters) - ", "New Delhi (AFP) - ",
                                      "SAN JOSE, Calif., Oct. 6, 2025 /PRNewswire/ -- ", ""])
def test_a_second_verb_after_a_dateline_is_the_opening_firms(dateline):
    text = (f"{dateline}Orbit Group sold its entire stake in Zeta Chips for $5.8 billion in October and has lined up "
            "a $15 billion bridge loan from Nova Bank, as the investor scrambles.")
    assert [sorted(d[1]) for d in deals(text)] == [["Nova Bank", "Orbit Group"]]


def test_a_firm_described_after_a_preposition_is_no_later_verbs_subject():
    text = ("Zeta AI has raised money. The company has signed a pact with Orbit Consultancy Services (OCS) to "
            "deploy its models for the IT services firm's banking clients, and last month inked an MoU with the Kestrel "
            "government.")
    assert sorted(typed_parties(text)) == [("MemorandumOfUnderstanding", ["Kestrel government", "Zeta AI"]),
                                           ("SupplyAgreement", ["Orbit Consultancy Services", "Zeta AI"])]


def test_a_firm_bought_before_leading_a_round_is_no_leader_of_it():
    text = "Orbit Bank bought Zeta Chips last year and is leading a $40 billion funding round in Kestrel AI."
    assert sorted(typed_parties(text)) == [("Acquisition", ["Orbit Bank", "Zeta Chips"]),
                                           ("Investment", ["Kestrel AI", "Orbit Bank"])]


def test_an_affiliate_apposition_names_the_group_the_subject_belongs_to_not_a_party():
    assert typed_parties("Orbit Gas, another Zeta Group affiliate, will supply power to Kestrel Telecom.") == [
        ("SupplyAgreement", ["Kestrel Telecom", "Orbit Gas"])]


def test_a_seller_described_after_from_is_the_first_verbs_object_not_the_borrower():
    text = ("Coral Data has agreed to buy 65 hectares from logistics developer Orbit Group for $310 million, and has "
            "secured a $900 million construction loan from Kestrel Bank and Zeta Bank.")
    parties = [sorted(p) for _, p in typed_parties(text)]
    assert ["Coral Data", "Kestrel Bank", "Zeta Bank"] in parties
    assert not any("Orbit Group" in p and "Kestrel Bank" in p for p in parties)


def test_a_list_inside_a_whose_clause_is_no_subject_of_the_verb_after_it():
    text = ("Orbit Cloud, whose campus is being built with Zeta AI, Kestrel Systems and Nova Networks, is in talks "
            "with Lumen Memory over memory supply.")
    assert ("SupplyAgreement", ["Lumen Memory", "Orbit Cloud"]) in typed_parties(text)
    assert not any("Zeta AI" in p and "Lumen Memory" in p for _, p in typed_parties(text))


def test_a_firm_spun_out_of_another_raises_its_own_round():
    text = ("Context: Orbit Scale spun out of Zeta Energy in 2024 and raised $155 million in a Series A round in "
            "December of that year, led by Kestrel Capital Partners.")
    assert typed_parties(text) == [("Investment", ["Kestrel Capital Partners", "Orbit Scale"])]


def test_a_first_verbs_object_is_no_subject_of_the_second():
    text = "Orbit Electronics already assembles iPhones for Zeta at Hosur, and acquired Kestrel's Indian unit in 2024."
    assert typed_parties(text) == [("Acquisition", ["Kestrel", "Orbit Electronics"])]
