"""Deals from cue patterns: who the parties are, one deal or several, and what is not a deal."""

import pytest

from extract_helpers import deals, extraction, summary, typed_parties


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


def test_roles_in_supply_and_investment_deals():
    [supply] = extraction("Borealis Chips will supply sensors to Acme Robotics.").docs[0].deals
    assert [e.label for e in supply.roles["supplier"]] == ["Borealis Chips"]
    assert [e.label for e in supply.roles["customer"]] == ["Acme Robotics"]
    [invest] = extraction("Lumen Bank plans to invest $200 million in Solano Energy.").docs[0].deals
    assert [e.label for e in invest.roles["investor"]] == ["Lumen Bank"]
    assert [e.label for e in invest.roles["investee"]] == ["Solano Energy"]


def test_roles_when_a_firm_is_paid_invested_in_through_which_or_funded():
    [paid] = extraction("Acme Cloud agreed to pay Borealis Compute $17.4bn for GPU capacity.").docs[0].deals
    assert [e.label for e in paid.roles["supplier"]] == ["Borealis Compute"]
    assert [e.label for e in paid.roles["customer"]] == ["Acme Cloud"]
    [invest] = extraction("Solano Energy, in which Lumen Bank has invested $8 billion, said it would grow.").docs[0].deals
    assert [e.label for e in invest.roles["investor"]] == ["Lumen Bank"]
    assert [e.label for e in invest.roles["investee"]] == ["Solano Energy"]
    [funded] = extraction("Lumen Bank will provide $110 million in funding to Solano Energy.").docs[0].deals
    assert [e.label for e in funded.roles["investor"]] == ["Lumen Bank"]
    assert [e.label for e in funded.roles["investee"]] == ["Solano Energy"]


@pytest.mark.parametrize("text", [
    "Zeta Labs sold its entire stake in Kestrel Systems last year.",
    "Zeta Labs has to deal with Kestrel Systems in court.",
    "OpenAI has ties with Korean industries spanning electronics and finance.",
    "It offers partnerships with national governments, in coordination with the Zeta Group.",
])
def test_things_that_are_not_deals(text):
    assert deals(text) == []


def test_a_partnership_to_integrate_a_product_is_an_integration():
    text = "OpenAI partnered with Zeta Labs to integrate ChatGPT into the company's messaging app."
    assert deals(text) == [("Integration", ["OpenAI", "Zeta Labs"], "signed", None)]


def test_the_owner_of_partners_is_the_other_party():
    text = "Kestrel Systems, Orbis Cloud and Zeta Labs are among OpenAI's other infrastructure partners."
    assert [d[1] for d in deals(text)] == [["Kestrel Systems", "OpenAI"], ["Orbis Cloud", "OpenAI"],
                                           ["Zeta Labs", "OpenAI"]]


def test_the_startup_is_the_organization_named_before():
    text = "Solano shares rose after Zeta Labs agreed to buy a 5% stake in the struggling chipmaker."
    assert deals(text) == [("Investment", ["Zeta Labs", "Solano"], "signed", None)]


def test_a_deal_word_no_pattern_reads_pairs_only_the_firms_of_its_own_clause():
    text = "Zeta Networks will work with one of the largest telecom players in the world, while Orbit Telecom fell."
    assert deals(text) == []


@pytest.mark.parametrize("text", [
    "Zeta Memory held 62 percent of global HBM shipments, followed by Orbit Chips at 21 percent.",  # market share
    "Zeta Memory and Orbit Chips are fighting for orders from Nova Systems.",  # contenders, not partners
    "Zeta Energy is backing Orbit Nuclear, and Nova Power last year sought proposals for reactors.",
])
def test_market_shares_contenders_and_a_second_claim_after_a_comma_make_no_deal_with_them(text):
    found = deals(text)
    assert all("Nova Power" not in d[1] and "Orbit Chips" not in d[1] and "Nova Systems" not in d[1] for d in found)


def test_firms_given_as_examples_after_like_make_no_deal_among_them():
    text = "IT services companies, like Zeta Tech, Orbit Labs and Nova Systems, have acquired many chip design firms."
    assert deals(text) == []


@pytest.mark.parametrize("text", ["Orbit Labs tapped Zeta Cloud veteran Dana Park to lead its server unit.",
                                  "Orbit Labs hired Zeta Cloud chief Dana Park as its new CTO."])
def test_a_hire_of_another_firms_executive_is_no_deal_with_that_firm(text):
    assert deals(text) == []


@pytest.mark.parametrize("text", ["Orbit Labs will buy $5 billion of Zeta Cloud common stock.",
                                  "Orbit Labs bought $2 billion of Zeta Cloud shares in August."])
def test_shares_bought_are_an_investment_not_a_purchase_of_the_firm(text):
    assert [(kind, parties) for kind, parties, _, _ in deals(text)] == [("Investment", ["Orbit Labs", "Zeta Cloud"])]


def test_firms_given_as_a_range_from_one_to_another_are_no_partners():
    text = "Nova Bank invested $2 billion in Kestrel Labs. The lender has taken stakes in its clients, from Orbit Labs to Zeta Cloud."
    assert [parties for _, parties, _, _ in deals(text)] == [["Nova Bank", "Kestrel Labs"]]


def test_firms_agreeing_to_become_customers_are_the_speakers_customers():
    text = ("Orbit Labs launched its own AI cloud. Zeta Bank, Nova Bank and Kestrel Cloud have agreed to become early "
            "customers, Orbit Labs said.")
    assert [(kind, parties) for kind, parties, _, _ in deals(text)] == [
        ("SupplyAgreement", ["Orbit Labs", "Zeta Bank"]), ("SupplyAgreement", ["Orbit Labs", "Nova Bank"]),
        ("SupplyAgreement", ["Orbit Labs", "Kestrel Cloud"])]


@pytest.mark.parametrize("text, expected", [
    ("Oracle signed a $10 billion contract with the Department of Veterans Affairs.",
     [("Partnership", ["Oracle", "Department of Veterans Affairs"])]),
    ("Zeta Cloud acquired Orbit Labs from founder Dana Park and invested in Nova AI.",
     [("Acquisition", ["Zeta Cloud", "Orbit Labs"]), ("Investment", ["Zeta Cloud", "Nova AI"])]),
    ("Control of the chip unit will move from Orbit Labs to Zeta Cloud under the acquisition agreement.",
     [("Acquisition", ["Orbit Labs", "Zeta Cloud"])]),
    ("Zeta Cloud will acquire all outstanding Orbit Labs shares for $2 billion, taking the company private.",
     [("Acquisition", ["Zeta Cloud", "Orbit Labs"])]),
    ("From Orbit Labs's Offer To Zeta Cloud Deal: How Nova AI Became A Disruptor", []),
])
def test_the_hire_range_and_share_readings_leave_other_deals_alone(text, expected):
    assert [(kind, parties) for kind, parties, _, _ in deals(text)] == expected


def test_customers_an_outlet_reports_are_no_outlets_customers():
    text = ("Orbit Labs launched its own AI cloud. Zeta Bank, Nova Bank and Kestrel Cloud have agreed to become early "
            "customers, Reuters said.")
    assert all("Reuters" not in parties for _, parties, _, _ in deals(text))


def test_a_government_body_reviewing_a_stake_is_no_party_to_it():
    assert deals("The Federal Trade Commission spent months reviewing Orbit Labs's stake in the chipmaker.") == []
    text = "The Federal Trade Commission is investigating Orbit Labs's $2 billion investment in Zeta Cloud."
    assert [parties for _, parties, _, _ in deals(text)] == [["Orbit Labs", "Zeta Cloud"]]


def test_a_headlines_hire_of_another_firms_veteran_is_no_deal():
    assert deals("Intel Taps AMD Veteran Rajiv Menon to Lead Data Center and AI Group") == []


@pytest.mark.parametrize("text, expected", [
    ("Orbit Labs's investment and Zeta Cloud's warrants both send value back toward Nova AI.",
     [("Investment", ["Orbit Labs", "Nova AI"])]),
    ("Dana Park said the Orbit Labs deal is incremental to the Zeta Cloud one.", []),
])
def test_firms_each_named_as_a_deals_owner_are_no_partners(text, expected):
    assert [(kind, parties) for kind, parties, _, _ in deals(text)] == expected


def test_a_plant_reopened_for_a_firm_supplies_it():
    text = "Zeta Power is reopening the Crane plant in Pennsylvania for Orbit Labs, while Nova Energy closed another."
    assert [(kind, parties) for kind, parties, _, _ in deals(text)] == [("SupplyAgreement", ["Zeta Power", "Orbit Labs"])]
    assert deals("Zeta Power restarted the plant for the first time since 2019.") == []


@pytest.mark.parametrize("text, expected", [
    ("Zeta Telecom has bundled Perplexity's assistant into its AI Phone since 2024.",
     [("Partnership", ["Zeta Telecom", "Perplexity"])]),
    ("Zeta Telecom puts Perplexity into Nova Mobile plans.", []),
    ("Zeta Labs put $3 billion into Orbit Cloud.", [("Investment", ["Zeta Labs", "Orbit Cloud"])]),
    ("Orbit Labs and Kestrel Labs assemble the H20 boards for Nvidia.",
     [("SupplyAgreement", ["Orbit Labs", "Nvidia"]), ("SupplyAgreement", ["Kestrel Labs", "Nvidia"])]),
])
def test_bundles_boards_and_money_put_into_a_firm(text, expected):
    assert [(kind, parties) for kind, parties, _, _ in deals(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("The Department of Defense, after reviewing bids, awarded Orbit Labs a $200 million contract.",
     [("Partnership", ["Department of Defense", "Orbit Labs"])]),
    ("The Commerce Department, which reviewed Orbit Labs's books, took a 10% stake in Orbit Labs.",
     [("Investment", ["Commerce Department", "Orbit Labs"])]),
    ("SoftBank has poured more than a trillion yen into Orbit Labs.", [("Investment", ["SoftBank", "Orbit Labs"])]),
    ("Orbit Labs secured seats on the boards of Zeta Cloud and Nova AI.", []),
    ("The EU accused Orbit Labs of bundling Zeta Chat with its Office suite.", []),
    ("SoftBank's investment is OpenAI's largest deal to date.", [("Investment", ["SoftBank", "OpenAI"])]),
])
def test_the_second_reviews_sentences_keep_their_readings(text, expected):
    assert [(kind, parties) for kind, parties, _, _ in deals(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Nvidia said it would work with Orbit Labs in Houston and with Kestrel Labs in Dallas to build servers.",
     [["Nvidia", "Orbit Labs"], ["Nvidia", "Kestrel Labs"]]),
    ("Nvidia will sell chips to Orbit Labs in Texas, and to Kestrel Labs in Ohio.",
     [["Nvidia", "Orbit Labs"], ["Nvidia", "Kestrel Labs"]]),
    ("Nvidia will work with Orbit Labs in Houston, where Kestrel Labs has a plant.", [["Nvidia", "Orbit Labs"]]),
])
def test_each_party_of_a_list_may_have_its_own_place(text, expected):
    assert [parties for _, parties, _, _ in deals(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Orbit Labs has capacity deals with Zeta Cloud alongside Nova Cloud, plus chip pacts with Kestrel Chips.",
     [["Orbit Labs", "Zeta Cloud"], ["Orbit Labs", "Nova Cloud"], ["Orbit Labs", "Kestrel Chips"]]),
    ("Orbit Labs invested in Zeta Cloud alongside Nova Capital.", [["Orbit Labs", "Nova Capital", "Zeta Cloud"]]),
    ("Orbit Labs has capacity deals with Zeta Cloud and Kestrel Cloud alongside Nova Cloud.",
     [["Orbit Labs", "Zeta Cloud"], ["Orbit Labs", "Kestrel Cloud"], ["Orbit Labs", "Nova Cloud"]]),
])
def test_deals_with_firms_alongside_others_and_plus_more_are_the_subjects(text, expected):
    assert [parties for _, parties, _, _ in deals(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Orbit Labs, whose venture with Zeta Cloud and Nova Cloud has pledged $5 billion, said so.",
     [["Orbit Labs", "Zeta Cloud", "Nova Cloud"]]),
    ("Orbit Labs's venture with Zeta Cloud and Nova Cloud has pledged $5 billion.",
     [["Orbit Labs", "Zeta Cloud", "Nova Cloud"]]),
    ("Orbit Labs formed a venture with Zeta Cloud and Nova Cloud has pledged to join it.",
     [["Orbit Labs", "Zeta Cloud"]]),
])
def test_a_deal_named_as_a_subject_keeps_its_whole_list_before_the_verb(text, expected):
    assert [parties for _, parties, _, _ in deals(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Orbit Labs rents capacity from Zeta Cloud, and last week it signed a letter of intent for 10 gigawatts of "
     "Nvidia systems.", [("SupplyAgreement", ["Orbit Labs", "Zeta Cloud"]), ("LetterOfIntent", ["Orbit Labs", "Nvidia"])]),
    ("Orbit Labs signed a letter of intent for 10 gigawatts of capacity.", []),
])
def test_an_order_for_a_makers_products_is_with_the_maker(text, expected):
    assert [(kind, parties) for kind, parties, _, _ in deals(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Zeta Cloud signed a memorandum with Orbit Labs, and Kestrel, the messaging group, has been a partner of "
     "Orbit Labs since February.", [["Zeta Cloud", "Orbit Labs"], ["Kestrel", "Orbit Labs"]]),
    ("Kestrel Labs is one of the investors of Orbit Cloud.", [["Kestrel Labs", "Orbit Cloud"]]),
    ("The sale needs approval from the regulator as well as the shareholders of Orbit Cloud.", []),
    ("Orbit Labs is a supplier of Zeta Cloud's rival Nova Bank.", []),
])
def test_a_firm_described_in_apposition_is_the_partner_of_the_firm_after_of(text, expected):
    assert [parties for _, parties, _, _ in deals(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Orbit Labs partnered with Kestrel Capital to invest $2 billion into Zeta Cloud.",
     [("Investment", ["Orbit Labs", "Kestrel Capital", "Zeta Cloud"])]),
    ("Orbit Labs teamed up with Kestrel Capital and Nova Capital to buy Zeta Cloud.",
     [("Acquisition", ["Orbit Labs", "Kestrel Capital", "Nova Capital", "Zeta Cloud"])]),
    ("Orbit Labs partnered with Kestrel Capital to build a plant.", [("Partnership", ["Orbit Labs", "Kestrel Capital"])]),
])
def test_a_partner_teamed_with_to_invest_or_buy_invests_or_buys_too(text, expected):
    assert [(kind, parties) for kind, parties, _, _ in deals(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Orbit Labs, an investment management company, signed a deal with Zeta Cloud.",
     [("Partnership", ["Orbit Labs", "Zeta Cloud"])]),
    ("Orbit Labs aims for an investment grade credit rating by Zeta Ratings.", []),
    ("Kestrel Capital, an investment bank, signed a deal with Zeta Cloud.", [("Partnership", ["Kestrel Capital", "Zeta Cloud"])]),
    ("Orbit Labs closed an investment in Zeta Cloud.", [("Investment", ["Orbit Labs", "Zeta Cloud"])]),
])
def test_investment_as_a_kind_of_firm_or_a_rating_is_no_investment(text, expected):
    assert [(kind, parties) for kind, parties, _, _ in deals(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Orbit Labs agreed to buy the plant from Zeta Display, which is owned by Kestrel Group.",
     [("Acquisition", ["Orbit Labs", "Zeta Display"]), ("Investment", ["Zeta Display", "Kestrel Group"])]),
    ("Orbit Labs will buy a 13% stake from Zeta Bank and another 7% from Nova Bank and Kestrel Bank.",
     [("Investment", ["Orbit Labs", "Zeta Bank"]), ("Investment", ["Orbit Labs", "Nova Bank"]),
      ("Investment", ["Orbit Labs", "Kestrel Bank"])]),  # each seller its own sale, no pair among them
])
def test_a_thing_bought_from_a_seller_makes_the_seller_the_party(text, expected):
    assert [(kind, parties) for kind, parties, _, _ in deals(text)] == expected


def test_a_product_named_in_an_order_makes_no_firm_of_its_last_word():
    text = "Kestrel Chips already fills most of Nvidia's HBM orders for its Blackwell Ultra accelerators."
    found = summary(text)
    assert [e["name"] for e in found["entities"]] == ["Kestrel Chips", "Nvidia"]
    assert found["deals"] == []


@pytest.mark.parametrize("text, expected", [
    ("Spain's entry is a joint proposal by Orbit Telecom with utility Zeta Power.", [["Orbit Telecom", "Zeta Power"]]),
    ("Italy's entry comes from a consortium of Kestrava and energy group Nuvolo, which want to use an old plant.",
     [["Kestrava", "Nuvolo"]]),
    ("Orbit Labs signed an agreement with Zeta Power, a consortium of Ohio utilities, to build a plant near Kestrava.",
     [["Orbit Labs", "Zeta Power"]]),
    ("Kestrava and Nuvolo were rivals until a consortium of Orbit Labs and Zeta Cloud bought the plant.",
     [["Orbit Labs", "Zeta Cloud"]]),
])
def test_joint_proposals_and_the_never_seen_members_of_a_consortium(text, expected):
    assert [parties for _, parties, _, _ in deals(text)] == expected


def test_similar_announcements_made_by_two_firms_are_no_deal_of_theirs():
    text = "The plan to invest heavily in AI comes after similar such announcements made by Orbit Labs and Zeta Cloud."
    assert deals(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Yes, the same Zeta Cloud that bankrolls Orbit Labs.", [("Investment", ["Zeta Cloud", "Orbit Labs"])]),
    ("Nova Group issued bonds through Zeta Bank to bankroll Orbit Labs.", []),
    ("Nova Bank declined to provide a figure for its exposure to Orbit Labs.", []),
])
def test_bankrolling_a_firm_is_an_investment_and_a_figure_provided_is_no_supply(text, expected):
    assert [(kind, parties) for kind, parties, _, _ in deals(text)] == expected


def test_a_bracketed_short_name_of_one_deals_party_is_no_subject_of_the_next():
    text = ("Zeta Labs signed a loan agreement with Orbit Development Bank (ODB) to fund the first phase, "
            "and a supply contract with Kestrel Systems for transformers.")
    assert [(kind, parties) for kind, parties, _, _ in deals(text)] == [
        ("FinancialCooperation", ["Zeta Labs", "Orbit Development Bank"]),
        ("SupplyAgreement", ["Zeta Labs", "Kestrel Systems"])]


def test_two_loans_of_one_clause_each_with_its_sum_stay_two_and_a_firms_contract_names_no_lender():
    text = ("In July Zeta Cloud closed a $2.6 billion term loan led by Orbit Bank and Nova Bank to fund capacity "
            "for its Kestrel Labs contract, following the $7.5 billion facility led by Aster Capital and Birch Partners.")
    loans = [parties for kind, parties, _, _ in deals(text) if kind == "FinancialCooperation"]
    assert sorted(loans) == [["Zeta Cloud", "Aster Capital", "Birch Partners"], ["Zeta Cloud", "Orbit Bank", "Nova Bank"]]


def test_a_loan_secured_by_a_customers_contract_adds_no_party():
    text = ("Zeta Cloud has secured a $2.6 billion loan led by Orbit Bank and Nova Bank, the company said. "
            "The loan is secured by the chips themselves and by the cash flows of the Kestrel Labs contract.")
    assert [parties for kind, parties, _, _ in deals(text) if kind == "FinancialCooperation"] == [
        ["Zeta Cloud", "Orbit Bank", "Nova Bank"]]


def test_regulators_clearing_or_reviewing_a_deal_are_no_partners():
    text = ("Zeta Power agreed to buy Orbit Energy for $16.4 billion in January. The Federal Energy Regulatory "
            "Commission cleared the deal last month, leaving a review by the Department of Justice pending.")
    assert [parties for _, parties, _, _ in deals(text)] == [["Zeta Power", "Orbit Energy"]]


def test_banks_hired_to_gauge_interest_in_a_stake_are_no_partners():
    text = "The owners have hired Orbit Bank and Nova Bank to gauge interest from pension funds for a stake of 25%."
    assert deals(text) == []


def test_a_passive_verb_of_a_clause_about_a_thing_has_no_named_doer():
    text = ("A group of banks led by Orbit Bank and Nova Bank is in talks to lend $38 billion to developer Zeta Labs "
            "for two campuses that will be leased to Kestrel Cloud.")
    assert [parties for _, parties, _, _ in deals(text)] == [["Orbit Bank", "Zeta Labs", "Nova Bank"]]


def test_a_name_after_a_preposition_before_and_a_second_verb_is_no_subject_of_it():
    text = "The company is sending samples to Orbit Systems and has signed a letter of intent with Zeta Labs."
    assert deals(text) == []


def test_a_deal_with_a_described_partner_makes_no_pair_of_the_firms_named_beside_it():
    text = ("Samsung has expanded its model, and OpenAI last month announced a capital alliance with a Kyoto-based "
            "speech recognition startup.")
    assert deals(text) == []


def test_firms_that_use_a_makers_product_are_each_its_customer():
    text = "Zeta Labs chips are already deployed by Samsung, OpenAI and SK Group."
    assert [parties for _, parties, _, _ in deals(text)] == [
        ["Zeta Labs", "Samsung Electronics"], ["Zeta Labs", "OpenAI"], ["Zeta Labs", "SK Group"]]


def test_a_firm_set_off_with_together_with_after_the_verb_buys_with_the_subjects():
    text = ("Zeta Labs and Orbit Systems agreed, together with Nova Capital's Kestrel Fund, to acquire Aster Data "
            "from Birch Holdings for about $40 billion.")
    assert [parties for _, parties, _, _ in deals(text)] == [
        ["Zeta Labs", "Orbit Systems", "Kestrel Fund", "Aster Data", "Birch Holdings"]]


def test_firms_named_together_before_the_purchase_make_one_purchase():
    text = "Zeta Labs and Orbit Systems completed the $100 million purchase of Aster Data from Birch Holdings."
    assert [parties for _, parties, _, _ in deals(text)] == [["Zeta Labs", "Orbit Systems", "Aster Data", "Birch Holdings"]]


def test_a_regulator_that_approves_a_contract_between_others_is_no_party_of_it():
    text = "The Indiana Utility Regulatory Commission approved a contract under which Zeta Power will serve Orbit Labs."
    assert [parties for _, parties, _, _ in deals(text)] == [["Zeta Power", "Orbit Labs"]]


@pytest.mark.parametrize("text, expected", [
    ("Shares in Zeta Labs that were bought by Orbit Systems in 2016 have quadrupled in value.",
     [("Acquisition", ["Zeta Labs", "Orbit Systems"])]),
    ("Orbit Systems makes HBM3E stacks which are shipped to Zeta Labs for its accelerators.",
     [("SupplyAgreement", ["Orbit Systems", "Zeta Labs"])]),
    ("The Kestrel Ministry of Defense approved a contract with Orbit Systems worth $1 billion.",
     [("Partnership", ["Kestrel Ministry of Defense", "Orbit Systems"])]),
    ("Zeta Labs signed an agreement with Orbit Systems to manage the production process for its chip.",
     [("Partnership", ["Zeta Labs", "Orbit Systems"])]),
])
def test_review_readings_the_new_rules_keep(text, expected):
    """Sentences near the new rules' trigger words that mean a takeover, a maker's shipment, a body's own
    contract or a partner's task."""
    assert [(kind, parties) for kind, parties, _, _ in deals(text)] == expected


def test_work_farmed_out_to_a_firm_is_supplied_by_it():
    assert [(kind, parties) for kind, parties, _, _ in deals("Zeta Labs farms out assembly to Orbit Systems.")] == [
        ("SupplyAgreement", ["Zeta Labs", "Orbit Systems"])]


@pytest.mark.parametrize("text, expected", [
    ("Denso and Orbit Electric each invested $500 million in the silicon carbide business of U.S.-based Zeta Optics.",
     [("Investment", ["Denso", "Zeta Optics"]), ("Investment", ["Orbit Electric", "Zeta Optics"])]),
    ("Kestrel Design agreed to buy the design and engineering unit of Zeta Metrology for EUR2.7 billion.",
     [("Acquisition", ["Kestrel Design", "Zeta Metrology"])]),
])
def test_the_firm_whose_business_told_by_what_it_does_is_bought_or_backed_is_the_party(text, expected):
    assert sorted(typed_parties(text)) == expected


def test_a_ventures_owners_apposed_inside_a_list_of_partners_are_no_partners_and_the_list_goes_on():
    text = ("Orbit will build the hub with Zeta Connex, the data-centre joint venture of Kestrel Enterprises and "
            "Nova Grid, and Lumen Telecom, which will build a new cable landing station.")
    assert sorted(typed_parties(text)) == [("JointVenture", ["Kestrel Enterprises", "Nova Grid"]),
                                           ("Partnership", ["Lumen Telecom", "Orbit"]),
                                           ("Partnership", ["Orbit", "Zeta Connex"])]
