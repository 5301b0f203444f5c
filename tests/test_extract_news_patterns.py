"""What real business news says, in short texts written for these tests: lists and consortia,
parties over sentences, suppliers and customers, money, news verbs, denials, names never seen."""

from datetime import date

import pytest

from extract_helpers import DGR, ROWS, deals, summary, typed_parties
from graph.extract.logistic import never
from graph.extract.pairs import bundled_model as pair_model
from graph.extract.draft import to_json
from graph.extract.gazetteer import Gazetteer
from graph.extract.pipeline import ArticleMeta, extract_texts
from graph.extract.text import Article


def pairs(text):
    return [sorted(d[1]) for d in deals(text)]


# ---------------------------------------------------------------- lists and consortia


def test_a_consortium_formed_with_a_list_is_one_deal_of_all():
    text = "Zeta Power said it was joining forces with Orin Grid (ORG.L) and two Nordic groups, Fjell and Vassen Hydro, to form a consortium."
    assert pairs(text) == [sorted(["Zeta Power", "Orin Grid", "Fjell", "Vassen Hydro"])]


@pytest.mark.parametrize("text", [
    "The ministry said the group — Zeta SDS, Orbit Electronics and Nova Cloud — had been named preferred bidder.",
    "A consortium (Zeta SDS, Orbit Electronics and Nova Cloud) won the bid.",
])
def test_a_consortium_whose_members_are_set_off_by_dashes_or_brackets_is_one_deal(text):
    assert [d["parties"] for d in summary(text)["deals"]] == [["Zeta SDS", "Orbit Electronics", "Nova Cloud"]]


def test_firms_that_build_together_are_one_deal():
    assert pairs("Nova Devices said Orbit Labs, Zeta Motors and Kestrel Telecom will build a data center together.") == [
        sorted(["Orbit Labs", "Zeta Motors", "Kestrel Telecom"])]


@pytest.mark.parametrize("joiner", ["joined by", "alongside"])
def test_those_who_join_a_round_are_parties_of_the_one_round(joiner):
    text = f"Zeta Bank will lead a funding round in Orbit Labs, {joiner} Kestrel Capital and Nova Ventures."
    assert pairs(text) == [sorted(["Zeta Bank", "Orbit Labs", "Kestrel Capital", "Nova Ventures"])]


@pytest.mark.parametrize("tail", ["participating", "also taking part"])
def test_those_with_whom_a_round_is_led_are_parties_of_the_one_round(tail):
    text = f"Zeta Bank led a funding round in Orbit Labs in March, with Kestrel Capital and Nova Ventures {tail}."
    assert pairs(text) == [sorted(["Zeta Bank", "Orbit Labs", "Kestrel Capital", "Nova Ventures"])]


def test_a_firms_team_that_includes_others_is_one_deal_of_all():
    text = "Orbit Cloud's team includes video startup Kestrel Labs and Zeta University."
    assert pairs(text) == [sorted(["Orbit Cloud", "Kestrel Labs", "Zeta University"])]


def test_a_consortium_led_by_a_firm_named_before_has_it_as_a_member():
    text = ("Orbit Telecom said on Monday it had won. An Orbit Telecom-led consortium that includes game maker "
            "Kestrel Games and chip designer Zeta Chips is one of five teams.")
    assert pairs(text) == [sorted(["Orbit Telecom", "Kestrel Games", "Zeta Chips"])]


def test_a_named_firm_joined_by_others_does_not_join_them_to_the_deal_told_before():
    text = ("Orbit Labs signed a supply deal with Kestrel Power. Zeta Cloud, the only startup to lead a team, "
            "is joined by Nova Systems and Aster Data.")
    assert pairs(text) == [["Kestrel Power", "Orbit Labs"]]


def test_an_unknown_name_listed_beside_firms_is_a_firm():
    text = "The deal was signed with Nokia, Fjellnet and Abgenol."
    assert {e["name"]: e["type"] for e in summary(text)["entities"]} == {
        "Nokia": "Company", "Fjellnet": "Company", "Abgenol": "Company"}


def test_a_rival_bid_by_a_group_including_firms_is_one_deal_of_theirs():
    assert pairs("A rival bid by a group including Orbit CNS and Zeta Telecom was not selected.") == [
        ["Orbit CNS", "Zeta Telecom"]]


# ---------------------------------------------------------------- parties over sentences


def test_the_two_companies_are_the_last_two_named():
    text = ("Acme Robotics Inc. and Borealis Chips have been talking for months. "
            "The two companies signed a memorandum of understanding on Monday.")
    assert deals(text) == [("MemorandumOfUnderstanding", ["Acme Robotics Inc.", "Borealis Chips"], "signed", "2025-09-08")]


def test_the_carrier_is_the_firm_named_before():
    text = ("Kestrel Telecom said on Monday that it will invest in Orbit Labs. "
            "The South Korean carrier also signed a supply deal with Nova Devices.")
    assert pairs(text) == [["Kestrel Telecom", "Orbit Labs"], ["Kestrel Telecom", "Nova Devices"]]


def test_a_loan_that_also_includes_more_lenders_is_the_loan_told_before():
    text = ("Aster Labs has arranged a syndicated loan led by Birch Bank and Lumen Bank. The loan, which also "
            "includes Nova Bank and the Development Bank of Valdoria, is expected to be signed next month.")
    assert [sorted(d["parties"]) for d in summary(text)["deals"]] == [
        sorted(["Aster Labs", "Birch Bank", "Lumen Bank", "Nova Bank", "Development Bank of Valdoria"])]


def test_a_name_whose_first_word_opens_a_sentence_is_the_name_the_text_wrote_whole():
    text = ("The venture, called Campus Orbit, will build a campus for Zeta Labs. Campus Orbit is in talks with "
            "Birch Bank over project financing.")
    assert sorted(["Birch Bank", "Campus Orbit"]) in pairs(text)


def test_a_new_subject_after_a_clause_and_a_comma_starts_a_claim_of_its_own():
    text = ("Zeta Cloud is reportedly in talks for a round of more than $1bn, and Orbit AI closed a $1.1bn "
            "Series B led by Kestrel Capital in September.")
    assert pairs(text) == [["Kestrel Capital", "Orbit AI"]]
    assert pairs("Orbit Labs, Zeta Corp, and Kestrel Inc signed a pact.") == [["Kestrel Inc", "Orbit Labs", "Zeta Corp"]]


@pytest.mark.parametrize("text", [
    "Orbit Power and Zeta Energy are also in talks with hyperscalers, according to people familiar with the matter.",
    "Kestrel Securities upgraded Orbit Labs to Buy from Hold, lifting its price target.",
    "Orbit Cloud will spend about 100 billion yen on servers powered by Zeta Devices' latest chips.",
])
def test_talks_with_unnamed_firms_ratings_and_parts_inside_bought_things_are_no_deals(text):
    assert pairs(text) == []


def test_a_brand_in_quotes_is_no_subject():
    text = ('Orbit Group set up Orbit Zeta Japan with Zeta AI to sell AI services under the "Cristal intelligence" '
            'brand, and has committed $3 billion a year to deploy Zeta AI tools.')
    assert all("Cristal" not in p for p in pairs(text))


def test_the_company_after_two_partners_is_the_one_the_text_is_about_and_a_quoted_thing_is_no_party():
    text = ('Orbit AI is expanding. In May, Orbit AI and Zeta Cloud agreed to invest $5 billion in an "AI Zone" in '
            'Riyadh, and Kestrel Chips signed a memorandum of understanding with the company on data-centre chips.')
    assert sorted(pairs(text)) == [["Kestrel Chips", "Orbit AI"], ["Orbit AI", "Zeta Cloud"]]


def test_firms_paired_respectively_make_one_deal_each():
    text = "Orbit Labs and Zeta Corp signed supply deals with Kestrel Inc and Aster Labs, respectively."
    assert sorted(pairs(text)) == [["Aster Labs", "Zeta Corp"], ["Kestrel Inc", "Orbit Labs"]]


def test_the_seller_after_an_aside_about_the_firm_bought_is_a_party():
    text = ("Orbit Power has agreed to buy Zeta Thermal, a US maker of liquid-cooling systems for data centres, "
            "from Kestrel Asset Management for $9.5 billion.")
    assert pairs(text) == [["Kestrel Asset Management", "Orbit Power", "Zeta Thermal"]]


def test_the_rest_of_a_round_from_existing_backers_listed_after_a_colon_joins_it():
    text = ("Orbit AI raised 1.7 billion euros in a Series C led by Zeta Holding, which put in 1.3 billion euros. "
            "The rest came from existing backers: Kestrel Capital, Aster Ventures and Birch Partners.")
    assert pairs(text) == [sorted(["Orbit AI", "Zeta Holding", "Kestrel Capital", "Aster Ventures", "Birch Partners"])]


def test_a_deal_told_after_a_denial_and_instead_is_no_denied_one():
    text = ("Orbit Telecom has said it has no plans to build data centers overseas, focusing instead on its "
            "partnership with Zeta Cloud at home.")
    assert pairs(text) == [["Orbit Telecom", "Zeta Cloud"]]


# ---------------------------------------------------------------- suppliers and customers


def test_a_supplier_to_a_list_supplies_each():
    assert pairs("Nova Devices will supply chips to Orbit Labs, Zeta Motors and Kestrel Telecom.") == [
        ["Nova Devices", "Orbit Labs"], ["Nova Devices", "Zeta Motors"], ["Kestrel Telecom", "Nova Devices"]]


def test_firms_that_deploy_anothers_chips_buy_from_it():
    assert deals("Orbit Labs and Zeta Motors will deploy Nova Devices' chips.") == [
        ("SupplyAgreement", ["Orbit Labs", "Nova Devices"], "planned", None),
        ("SupplyAgreement", ["Zeta Motors", "Nova Devices"], "planned", None)]


@pytest.mark.parametrize("text, parties", [
    ("Orbit Cloud has agreed to supply French model maker Zeta AI with dedicated Nvidia graphics processors over five "
     "years.", ["Orbit Cloud", "Zeta AI"]),
    ("Orbit Cloud's arm will provide 4,096 Nvidia H100 chips to the Bengaluru startup Zeta AI for two years.",
     ["Orbit Cloud", "Zeta AI"]),
    ("Orbit Cloud has signed an agreement to provide Zeta AI with data centre capacity and Nvidia GPU clusters.",
     ["Orbit Cloud", "Zeta AI"]),
])
def test_the_maker_of_the_chips_supplied_is_no_party(text, parties):
    assert pairs(text) == [parties]


@pytest.mark.parametrize("text", [
    "Contract prices have more than doubled as Orbit Chips, Zeta Memory and Kestrel Semi shift production to HBM, "
    "squeezing supply of conventional memory.",
    "Orbit Chips, Zeta Memory and Kestrel Semi shift production to HBM, squeezing supply of conventional memory.",
])
def test_the_markets_supply_and_contract_prices_are_no_deal(text):
    assert pairs(text) == []


@pytest.mark.parametrize("text, found", [
    ("Orbit Motors signed a deal with the Samsung chip unit to make its processors in Texas.",
     [("SupplyAgreement", ["Orbit Motors", "Samsung Electronics"])]),  # the maker's unit, no product
    ("In Jakarta, Kalbe Nusantara and Sinar Data Digital said they would build a data centre together.",
     [("Partnership", ["Kalbe Nusantara", "Sinar Data Digital"])]),  # the setting, then two firms
    ("Zeta Grid expects demand to double. Heavy power users include miners Orbit Platforms and Kestrel Digital.", []),
    ("Zeta AI raised $500 million in a round led by Orbit Capital. Kestrel Labs, a longtime partner, said it "
     "remained committed.", [("Investment", ["Orbit Capital", "Zeta AI"])]),
    ("Zeta AI raised $250 million in a Series B. The round featured Orbit Capital, Kestrel Partners and Aster Bank.",
     [("Investment", ["Aster Bank", "Kestrel Partners", "Orbit Capital", "Zeta AI"])]),
    ("Zeta AI raised $6.6 billion in a round led by Orbit Capital. Nova Labs counts Kestrel Partners as its biggest "
     "backer. Kestrel Partners has invested $8 billion.",
     [("Investment", ["Orbit Capital", "Zeta AI"]), ("Investment", ["Kestrel Partners", "Nova Labs"])]),
    ("Zeta Chips agreed to supply chips to Nova AI for its cluster. Separately, Orbit Capital will fund the "
     "construction of a 750-megawatt data centre in Sweden.", [("SupplyAgreement", ["Nova AI", "Zeta Chips"])]),
    ("Zeta Cloud signed a lease with Nova AI for the campus. Orbit Bank declined to provide financing, according to "
     "two people.", [("SupplyAgreement", ["Nova AI", "Zeta Cloud"])]),
    ("Zeta Electronics agreed to buy Nova Cooling for $1.5 billion. Buyers are increasingly chasing cooling firms, with "
     "Orbit Electric and Kestrel Power among the busiest.", [("Acquisition", ["Nova Cooling", "Zeta Electronics"])]),
])
def test_what_a_reviewer_found_the_days_rules_misread_is_read_right(text, found):
    assert typed_parties(text) == found


def test_the_maker_of_the_chips_a_loan_pays_for_is_no_lender():
    text = ("Orbit Data has raised Rs 4,000 crore in debt from a consortium led by Zeta Bank to pay for its next batch "
            "of Nvidia graphics processors, the company said on Tuesday.")
    assert typed_parties(text) == [("FinancialCooperation", ["Orbit Data", "Zeta Bank"])]


@pytest.mark.parametrize("text", ["Nova Devices' customers include Orbit Labs and Zeta Motors.",
                                  "Nova Devices began selling its agents. Early users include Orbit Labs and Zeta Motors."])
def test_customers_or_users_include(text):
    assert pairs(text) == [["Nova Devices", "Orbit Labs"], ["Nova Devices", "Zeta Motors"]]


def test_a_firm_picked_as_a_supplier_supplies():
    assert deals("Orbit Labs said it picked Zeta Motors as its battery supplier.")[0][:2] == (
        "SupplyAgreement", ["Orbit Labs", "Zeta Motors"])


@pytest.mark.parametrize("text, expected", [
    ("Valdoria's Orbit AI is building data centres with chips from Zeta Corp and Kestrel Inc.",
     [["Kestrel Inc.", "Orbit AI"], ["Orbit AI", "Zeta Corp"]]),
    ("Orbit AI competes for accelerator orders with Zeta Corp and with custom chips designed by Kestrel Inc.", []),
    ("Zeta Corp, Kestrel Inc and Aster Labs all license Orbit designs for their server chips.",
     [["Kestrel Inc", "Orbit"], ["Aster Labs", "Orbit"], ["Orbit", "Zeta Corp"]]),
])
def test_chips_from_a_maker_and_its_licensed_designs_make_it_a_supplier(text, expected):
    assert sorted(pairs(text)) == sorted(expected)


@pytest.mark.parametrize("text", [
    "Orbit Labs signed a reseller deal under which it will sell Nimbus Chat to Korean companies.",
    "Orbit Labs became a reseller of Nimbus Chat.",
])
def test_a_reseller_of_a_product_partners_its_maker(text):
    assert pairs(text) == [["OpenAI", "Orbit Labs"]]


def test_a_government_that_grants_the_company_subsidies_finances_it():
    text = "Orbit Cloud lines up loans. The Ministry of Industry in 2024 granted the company up to 50 billion yen in subsidies."
    assert pairs(text) == [["Ministry of Industry", "Orbit Cloud"]]


def test_chips_for_its_initiative_are_supplied_to_the_initiatives_leader():
    text = ("OpenAI has been on a dealmaking spree. Earlier this month, Orbit Memory and Zeta Chips signed letters of "
            "intent to supply memory chips for its Stargate data centers, and Kestrel Telecom agreed to build a site "
            "with Nova Cloud.")
    gazetteer = Gazetteer(ROWS, leaders=[(DGR + "stargate", DGR + "openai")])
    result = extract_texts(gazetteer, [(Article("t.txt", text, "0" * 64), ArticleMeta(date(2025, 9, 10)))],
                           decide_pair=never, decide_role=never)
    assert sorted(sorted(p["parties"]) for p in to_json(result)["deals"]) == [
        ["Kestrel Telecom", "Nova Cloud"], ["OpenAI", "Orbit Memory"], ["OpenAI", "Zeta Chips"]]


@pytest.mark.parametrize("text, expected", [
    ("Orbit Group, meanwhile, set up Orbit Zeta Japan with Zeta AI in February to sell AI services.",
     ["Orbit Group", "Zeta AI"]),
    ("Rival Kestrel Electric, taken private this year by a fund led by Aster Partners, is adding capacity.",
     ["Aster Partners", "Kestrel Electric"]),
])
def test_a_venture_set_up_with_a_partner_and_a_firm_taken_private_by_a_funds_leader(text, expected):
    assert expected in pairs(text)


def test_a_unit_named_after_its_owners_possessive_before_a_time_is_a_party():
    text = "Orbit Chips, the startup that merged with Zeta Telecom's Kestrelon last year, expects more orders."
    assert any("Kestrelon" in p and "Orbit Chips" in p for p in pairs(text))


def test_a_round_closed_after_another_firms_talks_is_its_own():
    assert pairs("Zeta Cloud is in talks to raise new funding, and Orbit AI closed a Series B led by Kestrel.") == [
        ["Kestrel", "Orbit AI"]]


# ---------------------------------------------------------------- money and size


def test_a_stake_and_its_price_are_kept_on_the_investment():
    [deal] = summary("Zeta Holdings takes a 10% stake in Orbit Labs for 2 billion dollars.")["deals"]
    assert (deal["type"], deal["amount"], deal["stake_percent"]) == (
        "Investment", {"value": 2000000000, "currency": "USD"}, 10)


def test_a_capacity_and_a_sum_in_another_currency():
    [deal] = summary("Orbit Labs will supply 6 gigawatts of batteries to Zeta Motors in a deal worth £278.9m.")["deals"]
    assert (deal["amount"], deal["capacity"]) == ({"value": 278900000, "currency": "GBP"}, {"value": 6, "unit": "GW"})


@pytest.mark.parametrize("written, value, currency", [
    ("a SR4.5 billion", 4500000000, "SAR"), ("a RM5bn", 5000000000, "MYR"), ("a W1.5tr", 1500000000000, "KRW"),
    ("a Dh3.2 billion", 3200000000, "AED"), ("an Rp3 trillion", 3000000000000, "IDR")])
def test_a_regional_currencys_glued_sign_is_money_and_no_lender(written, value, currency):
    [deal] = summary(f"Zeta Cloud secured {written} loan from Orbit National Bank.")["deals"]
    assert (deal["parties"], deal["amount"]) == (["Zeta Cloud", "Orbit National Bank"], {"value": value, "currency": currency})


@pytest.mark.parametrize("text, value", [
    ("Zeta Labs raised 1.7 billion euros in a round led by Orbit Capital, valuing it at 11.7 billion euros.", 1.7e9),
    ("Zeta Labs raised €300 million at a €5 billion valuation in a round led by Orbit Capital.", 3e8),
    ("Zeta Labs, valued at €9 billion, raised €1 billion from Orbit Capital and Nova Ventures.", 1e9)])
def test_a_rounds_sum_is_kept_on_it_and_the_raisers_valuation_is_not(text, value):
    [deal] = summary(text)["deals"]
    assert (deal["type"], deal["amount"]) == ("Investment", {"value": int(value), "currency": "EUR"})


def test_an_acquisition_valuing_its_target_keeps_that_sum():
    [deal] = summary("Orbit Holdings agreed to buy Zeta Labs in a deal that values the startup at $5 billion.")["deals"]
    assert (deal["type"], deal["amount"]) == ("Acquisition", {"value": 5000000000, "currency": "USD"})


@pytest.mark.parametrize("written, value", [("a Rs 3,500-crore", 35000000000), ("a $5-billion", 5000000000)])
def test_a_scale_joined_to_its_number_by_a_hyphen_scales_it(written, value):
    [deal] = summary(f"Zeta Cloud signed {written} supply deal with Orbit Labs.")["deals"]
    assert deal["amount"]["value"] == value


@pytest.mark.parametrize("text, value, currency", [
    ("Orbit Labs agreed to buy Zeta Cloud in a deal valued at $2 billion, including $400 million of debt.", 2e9, "USD"),
    ("The takeover, valued at $4.5 billion including debt, gives Orbit Labs control of Zeta Cloud, which had $800 "
     "million in sales last year.", 4.5e9, "USD"),
    ("The agreement details 5 billion euros of investment by Orbit Labs in Zeta Cloud data centers.", 5e9, "EUR")])
def test_a_deal_valued_at_a_sum_keeps_it_and_letters_ending_a_word_are_no_currency(text, value, currency):
    assert summary(text)["deals"][0]["amount"] == {"value": int(value), "currency": currency}


def test_a_deal_without_figures_says_so():
    [deal] = summary("Zeta Motors inks deal with Orbit Labs.")["deals"]
    assert (deal["amount"], deal["stake_percent"], deal["capacity"]) == (None, None, None)


def test_bonds_sold_in_a_deal_managed_by_banks_are_financed_with_them_and_investment_grade_is_no_investment():
    text = ("Orbit Labs is the most active borrower. It sold $18bn of investment-grade bonds in a deal managed by "
            "Zeta Bank and Kestrel Capital, and Aster AI is in talks with Birch Credit on debt.")
    assert sorted(pairs(text)) == [["Aster AI", "Birch Credit"], ["Kestrel Capital", "Orbit Labs", "Zeta Bank"]]


# ---------------------------------------------------------------- news verbs


@pytest.mark.parametrize("text, deal_type, status", [
    ("Zeta Holdings inks deal with Orbit Labs.", "Partnership", "signed"),
    ("Zeta Holdings teams up with Orbit Labs.", "Partnership", "signed"),
    ("Zeta Holdings will co-develop chips with Orbit Labs.", "Partnership", "planned"),
    ("Zeta Capital backed Orbit Labs in a funding round.", "Investment", "announced"),
    ("Kestrel Ventures led a funding round in Orbit Labs.", "Investment", "announced"),
    ("Zeta Holdings will buy Orbit Labs.", "Acquisition", "planned"),
    ("Zeta Holdings will take over Orbit Labs.", "Acquisition", "planned"),
    ("Orbit Labs mulls a joint venture with Zeta Holdings.", "JointVenture", "considering"),
    ("Orbit Labs eyes a tie-up with Zeta Holdings.", "Partnership", "considering"),
    ("Zeta Holdings and Orbit Labs agreed code-sharing on two routes.", "Partnership", "signed"),
    ("Zeta Holdings has linked up with Orbit Labs on a data centre.", "Partnership", "announced"),
    ("Zeta Holdings tied up with Orbit Labs last year.", "Partnership", "announced"),
    ("Zeta Holdings teamed with Orbit Labs to build the plant.", "Partnership", "announced"),
])
def test_news_verbs_name_deals(text, deal_type, status):
    assert [(d[0], d[2]) for d in deals(text)] == [(deal_type, status)]


@pytest.mark.parametrize("verb", ["partnered", "tied up", "teamed up"])
def test_a_firm_after_comma_and_that_opens_its_own_deal_is_not_the_first_deals_party(verb):
    text = f"Orbit Labs signed a deal with Kestrel Power, and Zeta Bank {verb} with Nova Grid last year."
    assert sorted(sorted(d[1]) for d in deals(text)) == [["Kestrel Power", "Orbit Labs"], ["Nova Grid", "Zeta Bank"]]


def test_a_lender_joined_by_others_is_one_loan_not_a_new_claim():
    text = "Orbit Cloud got a loan from a syndicate led by Kestrel Bank and joined by Zeta Bank and Nova Bank."
    assert [sorted(d[1]) for d in deals(text)] == [["Kestrel Bank", "Nova Bank", "Orbit Cloud", "Zeta Bank"]]


def test_a_subjects_rival_named_in_a_relative_clause_does_not_undo_its_deal():
    text = "Orbit Networks, which competes with Zeta Networks, signed a deal with Kestrel Holding."
    assert typed_parties(text) == [("Partnership", ["Kestrel Holding", "Orbit Networks"])]


@pytest.mark.parametrize("text", [
    "Zeta Holdings denied it was in talks with Orbit Labs.",
    "Orbit Labs has no plans to partner with Zeta Holdings.",
    "Ericsson won the contract ahead of rivals Nokia and Huawei.",
    "Orbit Chips, Kestrel Memory and Zeta Semi are battling for orders from Nova Systems and Aster AI.",
    "Orbit Cloud, Kestrel Cloud and Zeta Cloud together account for 60% of the market.",
    "Together, Orbit Cloud and Kestrel Cloud spend more than $40 billion a year.",
    "Over two days of earnings, Orbit Cloud, Kestrel Cloud and Zeta Cloud together signaled spending of $380 billion.",
])
def test_denials_and_rivals_are_not_deals(text):
    assert deals(text) == []


def test_a_venture_between_two_firms_ends_where_the_and_closes_the_pair():
    text = ("Orbit's rivals include Zeta Link, the joint venture between Zeta Group and Kestrel Data, "
            "as well as Nova Cloud and Aster Data.")
    assert pairs(text) == [["Kestrel Data", "Zeta Group"]]
    assert pairs("The agreement between Orbit Labs, Kestrel Power and Zeta Bank was signed on Monday.") == [
        sorted(["Orbit Labs", "Kestrel Power", "Zeta Bank"])]


def test_firms_that_build_together_still_deal_and_a_rivals_backer_still_backs_it():
    assert pairs("Orbit Cloud and Kestrel Cloud will build the data centre together.") == [["Kestrel Cloud", "Orbit Cloud"]]
    assert pairs("Nova Data competes with Zeta Data, backed by Aster Group.") == [["Aster Group", "Zeta Data"]]


def test_a_denial_does_not_retype_a_deal_told_before_it():
    text = "Kakao, which formed a strategic partnership with OpenAI in February, denied it was in talks to sell a stake to Zeta."
    assert [(d[0], d[1]) for d in deals(text)] == [("Partnership", ["Kakao", "OpenAI"])]


def test_a_deal_word_no_pattern_parses_pairs_the_first_firm_with_the_others():
    text = "Ericsson had already got big contracts with AT&T and Spain's largest telecoms operator, MasOrange."
    assert pairs(text) == [["AT&T", "Ericsson"], ["Ericsson", "MasOrange"]]


# ---------------------------------------------------------------- names never seen


def test_a_ticker_names_no_new_company():
    found = summary("Nokia (NYSE: NOK) has signed a contract with Deutsche Telekom.")
    assert [e["name"] for e in found["entities"]] == ["Nokia", "Deutsche Telekom"]


def test_well_known_names_need_no_cue_and_their_other_names_are_one_entity():
    found = summary("Taiwan Semiconductor Manufacturing Co. will supply Fujitsu. TSMC said the deal was signed.")
    assert {e["name"]: (e["type"], e["aliases"]) for e in found["entities"]} == {
        "Taiwan Semiconductor Manufacturing Co.": ("Company", ["TSMC"]), "Fujitsu": ("Company", [])}


def test_a_name_and_its_extension_are_not_two_sides_of_a_deal():
    assert pairs("Lotte and Lotte Duty Free signed an agreement with Orbit Labs.") == [
        ["Lotte", "Orbit Labs"], ["Lotte Duty Free", "Orbit Labs"]]


@pytest.mark.parametrize("text, role", [
    ("Lisa Marlow, Zeta Capital's chief executive, said it.", ("Lisa Marlow", "chief executive", "Zeta Capital")),
    ("Orbit Labs CEO Dana Whitfield said the company will sign on.", ("Dana Whitfield", "CEO", "Orbit Labs")),
    ("Kim Min-jun, who heads Orbit Labs, said the pact was signed.", ("Kim Min-jun", "head", "Orbit Labs")),
    ("Telecom Egypt named Osama Yasin as its new CEO.", ("Osama Yasin", "CEO", "Telecom Egypt")),
    ("Makoto Uchida is now president of Dongfeng Motor Co.", ("Makoto Uchida", "president", "Dongfeng Motor Co.")),
    ("Paul Reilly, CEO of Raymond James, said it.", ("Paul Reilly", "CEO", "Raymond James")),
    ("Li Huidi, EVP of China Mobile, signed it.", ("Li Huidi", "EVP", "China Mobile")),
    ("Isha Ambani, director, RRVL, said it.", ("Isha Ambani", "director", "RRVL")),
    ("Kim Dong-soo (R), senior vice president at Hanul Energy Ltd., posed.",
     ("Kim Dong-soo", "senior vice president", "Hanul Energy Ltd.")),
    ("Qualcomm SVP and chief supply chain officer Roawen Chen said so.",
     ("Roawen Chen", "SVP and chief supply chain officer", "Qualcomm")),
])
def test_people_with_their_titles_in_any_order(text, role):
    assert [(r["person"], r["title"], r["organization"]) for r in summary(text)["roles"]] == [role]


def test_appointments_name_the_appointer_and_follow_on_to_a_second_person():
    text = "Telecom Zeta, which is state owned, has named Osama Yasin as its new CEO, and Mohamed Salem as its new chairman."
    assert [(r["person"], r["title"]) for r in summary(text)["roles"]] == [("Osama Yasin", "CEO"), ("Mohamed Salem", "chairman")]


def test_a_pronoun_holds_a_title():
    text = "Tata Sons has appointed Campbell Wilson as chief executive of Air India. He is the CEO of Scoot."
    assert [(r["person"], r["organization"]) for r in summary(text)["roles"]] == [
        ("Campbell Wilson", "Air India"), ("Campbell Wilson", "Scoot")]


def test_a_name_that_only_looked_like_a_person_is_the_employer():
    found = summary("Raymond James will buy Zeta Bank. Paul Reilly, CEO of Raymond James, said it.")
    assert {e["name"]: e["type"] for e in found["entities"]}["Raymond James"] == "Company"


def test_a_countrys_government_is_an_agent():
    found = summary("The deal was backed by the Japanese government.")
    assert {"name": "Japanese government", "type": "GovernmentBody", "aliases": []} in found["entities"]


def test_firms_named_together_that_build_something_are_one_deal_with_what_they_set_up():
    assert pairs("Hanul Telecom and Orbit Cloud will build an AI data center in Ulsan.") == [["Hanul Telecom", "Orbit Cloud"]]
    assert pairs("Zeta Foundry and Orbit Labs will jointly establish Kestrel Chips, the plant's operator.") == [
        sorted(["Zeta Foundry", "Orbit Labs", "Kestrel Chips"])]


def test_one_firm_building_alone_is_no_deal():
    assert deals("Orbit Labs will build a data centre in Texas.") == []


def test_each_deal_takes_the_amount_nearest_its_own_words():
    found = summary("Zeta Corp. signed a $9.7 billion contract with Orbit Labs, and Kestrel Cloud inked a "
                    "$14 billion deal with Nova Platforms.")["deals"]
    assert [(d["parties"], d["amount"]["value"]) for d in found] == [
        (["Zeta Corp.", "Orbit Labs"], 9700000000), (["Kestrel Cloud", "Nova Platforms"], 14000000000)]


def test_a_speakers_employer_after_the_list_is_not_a_party():
    assert pairs("Kestrel Chips will co-develop accelerators with Orbit Labs, Kestrel Chips CEO Dana Park said.") == [
        ["Kestrel Chips", "Orbit Labs"]]


def test_the_two_companies_are_the_parties_of_the_last_deal_not_a_rival_named_since():
    text = ("Zeta Motors will form a joint venture with Orbit Auto. Zeta lags rivals such as Kestrel Cars. "
            "Both companies plan to launch vehicles in 2027.")
    assert pairs(text) == [["Orbit Auto", "Zeta Motors"]]


def test_an_apposition_of_nationality_and_field_is_not_a_party():
    text = "Rebellions and FuriosaAI, South Korean AI chip startups, are in talks with Aramco about supplying chips."
    assert pairs(text) == [["Aramco", "Rebellions"], ["Aramco", "FuriosaAI"]]


@pytest.mark.parametrize("text, role", [
    ("Samsung's chip chief Jun Young-hyun said demand was strong.", ("Jun Young-hyun", "chief", "Samsung Electronics")),
    ("Shares rose, said Kim Young-shin, head of AI strategy at Orbit Labs.", ("Kim Young-shin", "head of AI", "Orbit Labs")),
    ("Clay Magouyrk, who was named co-CEO of Zeta Cloud last month, said so.", ("Clay Magouyrk", "co-CEO", "Zeta Cloud")),
    ("John Slosar, chairman of Swire Pacific and Cathay Pacific, said so.", ("John Slosar", "chairman", "Swire Pacific")),
])
def test_more_ways_news_gives_a_title(text, role):
    assert role in [(r["person"], r["title"], r["organization"]) for r in summary(text)["roles"]]


def test_two_people_who_sign_stand_for_their_employers():
    text = "Kestrel Group Chairman Min Ho-jin and Orbit Labs CEO Dana Park signed the deal in Seoul."
    assert pairs(text) == [["Kestrel Group", "Orbit Labs"]]


def test_the_chipmaker_is_the_firm_named_before_not_a_fellow_subject():
    text = ("Orbit Chips said demand was strong. Kestrel Heavy Industries and Kestrel C&T will explore "
            "floating data centers with the chipmaker.")
    assert pairs(text) == [["Kestrel Heavy Industries", "Orbit Chips"], ["Kestrel C&T", "Orbit Chips"]]


def test_firms_that_join_anothers_initiative_partner_with_it():
    assert pairs("Orbit Labs, Kestrel Telecom join Zeta Cloud's Nimbus initiative") == [
        ["Orbit Labs", "Zeta Cloud"], ["Kestrel Telecom", "Zeta Cloud"]]


def test_firms_listed_as_subjects_of_deals_for_an_initiative_each_deal_with_the_one_object():
    text = "Orbit Labs, Kestrel Telecom sign chip supply deals with Zeta Cloud for Stargate"
    assert pairs(text) == [["Orbit Labs", "Zeta Cloud"], ["Kestrel Telecom", "Zeta Cloud"]]


def test_a_round_led_by_one_with_participation_from_others_is_one_deal_of_all():
    text = ("Orbit Labs has raised $6.6 billion in a funding round led by Thrive Capital, with participation "
            "from Kestrel Ventures and Nova Capital, the startup said.")
    assert pairs(text) == [sorted(["Orbit Labs", "Thrive Capital", "Kestrel Ventures", "Nova Capital"])]


def test_a_credit_facility_from_banks_including_a_list():
    text = "Orbit Labs said on Monday it secured a $4 billion revolving credit facility from banks including Zeta Bank and Lumen Bank."
    assert deals(text) == [("FinancialCooperation", ["Orbit Labs", "Zeta Bank", "Lumen Bank"], "announced", "2025-09-08")]


def test_a_supplier_of_a_model_to_a_firm_supplies_the_firm_not_the_model():
    assert pairs("Kestrel Memory Inc. said it had started supplying HBM4 samples to Orbit Labs.") == [
        ["Kestrel Memory Inc.", "Orbit Labs"]]


def test_an_order_from_a_customer_is_a_supply_deal_with_its_amount():
    [deal] = summary("Zeta Electronics won an order from Orbit Motors worth $16.5 billion, Zeta said.")["deals"]
    assert (deal["type"], deal["parties"], deal["amount"]["value"]) == (
        "SupplyAgreement", ["Zeta Electronics", "Orbit Motors"], 16500000000)


def test_who_said_it_is_no_apposition():
    found = summary("Orbit Labs will sell Nimbus Enterprise, the company said.")
    assert "Nimbus Enterprise" not in [e["name"] for e in found["entities"] if e["type"] == "Company"]


@pytest.mark.parametrize("text", [
    "Zeta Networks has signed its 100th 5G agreement, a milestone in its battle with Orbit Labs and Kestrel Telecom.",
    "Both Zeta Networks and Orbit Labs have been looking to sell equipment to many operators.",
])
def test_rivals_and_sellers_side_by_side_are_not_partners(text):
    assert pairs(text) == []


def test_a_group_title_after_a_comma_and_a_group_name_before_a_title():
    assert [(r["person"], r["title"], r["organization"]) for r in summary(
        "Zeta Foods has a partner, said Kishore Biyani, Group CEO, Future Group.")["roles"]] == [
        ("Kishore Biyani", "Group CEO", "Future Group")]


def test_a_title_of_a_new_venture_is_not_the_speakers():
    found = summary("Vedanta Chairman Anil Agarwal will be chairman of the new joint venture company, Zeta Foundry said.")
    assert [(r["person"], r["organization"]) for r in found["roles"]] == [("Anil Agarwal", "Vedanta")]


def test_a_partnership_between_two_who_will_act_together():
    assert pairs("Zeta said a partnership between Orbit Labs and Kestrel Cloud will start next year.") == [
        ["Kestrel Cloud", "Orbit Labs"]]


@pytest.mark.parametrize("text", [
    "Dana Park, Zeta Corp.'s head of AI, said so.",
    "Dana Park, who became Zeta Corp.'s head of AI in 2020, said so.",
    "Zeta Corp. has hired Dana Park, formerly of Orbit Labs, as its head of AI.",
])
def test_a_possessive_after_a_legal_form_and_an_appointee_named_before_an_aside(text):
    assert [(r["person"], r["title"], r["organization"]) for r in summary(text)["roles"]] == [
        ("Dana Park", "head of AI", "Zeta Corp.")]


def test_a_power_purchase_agreement_is_supply_not_acquisition():
    assert deals("Zeta Platforms signed a nuclear power purchase agreement with Orbit Energy.")[0][:2] == (
        "SupplyAgreement", ["Zeta Platforms", "Orbit Energy"])


def test_a_chair_and_president_is_a_company_title():
    found = summary("Zeta Corp. plans to spend $80 billion on data centers, Vice Chair and President Dana Park said.")
    assert [(r["person"], r["organization"]) for r in found["roles"]] == [("Dana Park", "Zeta Corp.")]


def test_a_hyphenated_capacity():
    [deal] = summary("Zeta Corp. signed a 10.5-gigawatt power agreement with Orbit Energy.")["deals"]
    assert deal["capacity"] == {"value": 10.5, "unit": "GW"}


def test_a_sum_belongs_to_the_deal_whose_words_are_nearest():
    found = summary("Kestrel Telecom said it has invested $100 million in Orbit Labs and will work with Nova AI.")["deals"]
    assert [(d["parties"][1], d["amount"]) for d in found] == [
        ("Orbit Labs", {"value": 100000000, "currency": "USD"}), ("Nova AI", None)]


def test_a_head_named_after_a_field_of_business():
    assert [(r["person"], r["title"], r["organization"]) for r in summary(
        "Zeta Electronics' memory business head Jun Young-hyun said demand was strong.")["roles"]] == [
        ("Jun Young-hyun", "head", "Zeta Electronics")]


def test_a_list_with_articles_before_each_name_is_one_group():
    assert pairs("The Orbit Corporation, the Vassen Group, and Zeta sign framework agreement to build data centres") == [
        sorted(["Orbit Corporation", "Vassen Group", "Zeta"])]


def test_a_party_and_a_consortium_of_others_sign_together():
    text = ("Zeta, the Oslo-based technology group, and a consortium comprising the Orbit Corporation and "
            "the Vassen Group, have signed a framework agreement to build cloud infrastructure.")
    assert pairs(text) == [sorted(["Zeta", "Orbit Corporation", "Vassen Group"])]


def test_a_full_stop_that_lost_its_space_does_not_join_two_names():
    names = {e["name"] for e in summary("The plan was praised by Dana Park.Mr. Ivan Holt of Zeta Corp agreed.")["entities"]}
    assert {"Dana Park", "Ivan Holt"} <= names


def test_a_place_alone_is_no_party_but_a_firm_named_after_one_is():
    text = "Orbit Labs will build a data centre in Mumbai with Telecom Egypt and Zeta Corp."
    found = {e["name"]: e["type"] for e in summary(text)["entities"]}
    assert "Mumbai" not in found
    assert found["Telecom Egypt"] == "Company"


def test_an_amount_glued_to_its_currency_and_an_agreement_name_are_not_firms():
    text = ("Orbit Labs won an Rs15,000-crore order from Zeta Corp under a 25-year "
            "Power Consumption Agreement (PCA).")
    names = {e["name"] for e in summary(text)["entities"]}
    assert names == {"Orbit Labs", "Zeta Corp"}


def test_a_joint_venture_of_a_list_is_one_deal_of_the_list():
    assert pairs("Polaris is a joint venture of Nova AI, Sun Bank, Vega Cloud and Gulf Capital.") == [
        sorted(["Nova AI", "Sun Bank", "Vega Cloud", "Gulf Capital"])]


def test_up_to_a_quantity_is_not_the_supply_linker():
    text = "Orbit Electronics and Kestrel Memory will supply up to 900,000 DRAM wafers per month to Nova AI."
    assert pairs(text) == [["Nova AI", "Orbit Electronics"], ["Kestrel Memory", "Nova AI"]]
    assert "DRAM" not in {e["name"] for e in summary(text)["entities"]}


def test_the_outlet_that_reported_a_deal_is_not_a_party():
    text = "Vega Cloud signed a $300 billion cloud computing deal with Nova AI, the Wall Street Journal reported."
    assert pairs(text) == [["Nova AI", "Vega Cloud"]]


def test_companies_such_as_a_list_are_each_a_party():
    text = "Nova AI is also in talks with Korean companies such as Orbit Group and Zeta Motors about cooperation."
    assert pairs(text) == [["Nova AI", "Orbit Group"], ["Nova AI", "Zeta Motors"]]
    assert {d["status"] for d in summary(text)["deals"]} == {"in discussion"}


def test_the_lead_of_a_round_and_those_who_join_it_invest_together():
    assert pairs("Thrive Capital led a $6.6 billion round in Nova AI, joined by Kestrel Corp and Vega Cloud.") == [
        sorted(["Thrive Capital", "Nova AI", "Kestrel Corp", "Vega Cloud"])]


def test_nearing_a_deal_is_in_discussion():
    [deal] = summary("Orbit Group nears a deal to buy Ampere Systems for $6.5 billion.")["deals"]
    assert (deal["parties"], deal["status"]) == (["Orbit Group", "Ampere Systems"], "in discussion")


def test_a_known_topic_inside_a_longer_name_does_not_split_it():
    text = "LG AI Research teams up with Zeta Corp on language models."
    assert pairs(text) == [["LG AI Research", "Zeta Corp"]]


def test_the_sellers_of_a_stake_are_parties_with_the_buyer():
    text = "Orbit Bank will buy a 20% stake in Zeta Bank from Kestrel Bank and Vega Capital."
    assert pairs(text) == [["Orbit Bank", "Zeta Bank"], ["Kestrel Bank", "Orbit Bank"], ["Orbit Bank", "Vega Capital"]]


def test_owners_and_backers_are_investors_each_in_their_own_clause():
    text = ("Humane Cloud is owned by the Gulf Investment Fund, and AirTrunk is backed by Blackstone and "
            "Zeta Capital.")
    found = summary(text)["deals"]
    assert sorted(sorted(d["parties"]) for d in found) == [
        ["AirTrunk", "Blackstone"], ["AirTrunk", "Zeta Capital"], ["Gulf Investment Fund", "Humane Cloud"]]
    assert {d["status"] for d in found} == {"active"}


def test_a_cue_with_its_abbreviation_in_brackets_is_one_cue():
    text = "Orbit Electronics and Zeta Memory signed letters of intent (LOIs) with Nova AI to supply chips."
    assert pairs(text) == [["Nova AI", "Orbit Electronics"], ["Nova AI", "Zeta Memory"]]


@pytest.mark.parametrize("text", [
    "Orbit Group agreed with Nova AI to build an AI data center in the southwest.",
    "Orbit Group and Nova AI unveiled their first joint products on Tuesday.",
])
def test_agreeing_with_and_joint_products_are_partnerships(text):
    assert pairs(text) == [["Nova AI", "Orbit Group"]]


def test_firms_that_join_as_partners_are_not_partners_of_each_other():
    assert pairs("Nova AI said Orbit Group and Zeta Memory will join the project as key partners.") == [
        ["Nova AI", "Orbit Group"], ["Nova AI", "Zeta Memory"]]


def test_supply_a_firm_with_something_names_the_customer_first():
    assert pairs("Kestrel Semi will supply Nova AI with 6 gigawatts of GPUs over five years.") == [
        ["Kestrel Semi", "Nova AI"]]


def test_the_funders_of_a_venture_listed_together_are_one_deal():
    assert pairs("Sun Bank, Nova AI, Vega Cloud and Gulf Capital are the initial equity funders in the venture.") == [
        sorted(["Sun Bank", "Nova AI", "Vega Cloud", "Gulf Capital"])]


def test_a_person_who_joins_a_firm_makes_no_deal():
    assert pairs("Orbit Bank invested in Zeta Labs. Mr Wong Kee Joo joined Kestrel Bank in 1990.") == [
        ["Orbit Bank", "Zeta Labs"]]


def test_choosing_a_firms_equipment_is_a_supply_deal():
    assert deals("Kestrel Telecom chose Orbit Networks equipment for parts of its network in 2017.") == [
        ("SupplyAgreement", ["Kestrel Telecom", "Orbit Networks"], "announced", "2017")]


@pytest.mark.parametrize("told", [
    "The deal, which includes Zeta Systems, covers 3,000 sites.",
    "The deal, signed on the sidelines of a summit in Dubai, also involves telecom operator Zeta Systems.",
])
def test_the_deal_which_includes_a_firm_makes_it_a_party(told):
    text = "Orbit Networks has signed a contract with Kestrel Telecom to roll out a network.\n" + told
    assert pairs(text) == [sorted(["Orbit Networks", "Kestrel Telecom", "Zeta Systems"])]


def test_owning_a_share_of_a_firm_is_an_active_investment():
    assert deals("Orbit Motors owns 43% of Zeta Motors.") == [("Investment", ["Orbit Motors", "Zeta Motors"], "active", None)]


def test_a_long_institution_name_is_a_party_and_its_words_set_no_status():
    assert deals("AirTrunk is backed by Blackstone and the Canada Pension Plan Investment Board.") == [
        ("Investment", ["AirTrunk", "Blackstone"], "active", None),
        ("Investment", ["AirTrunk", "Canada Pension Plan Investment Board"], "active", None)]


def test_a_new_firms_unit_named_after_a_place_the_store_knows_is_one_name():
    text = "Orchestra Private Equity will acquire KFC Korea for 60 billion won. Orbit Steel Korea said so."
    rows = ROWS + [("https://dealgraph.org/id/korea", "Korea", True, "Country")]
    found = to_json(extract_texts(Gazetteer(rows), [(Article("t.txt", text, "0" * 64), ArticleMeta(date(2025, 9, 10)))]))
    assert {e["name"]: e["type"] for e in found["entities"]} == {
        "Orchestra Private Equity": "Company", "KFC Korea": "Company", "Orbit Steel Korea": "Company"}
    assert [d["parties"] for d in found["deals"]] == [["Orchestra Private Equity", "KFC Korea"]]


def test_abbreviated_technologies_are_no_parties_but_abbreviated_firms_are():
    text = ("Zeta Memory will supply High Bandwidth Memory (HBM) and Tensor Processing Units (TPUs) to "
            "Kestrel Labs over Compute Express Link (CXL). Orbit Web Services (OWS) and Lumen Networks (LNET) "
            "signed a deal.")
    found = summary(text)
    assert [e["name"] for e in found["entities"]] == ["Zeta Memory", "Kestrel Labs", "Orbit Web Services",
                                                      "Lumen Networks"]
    assert pairs(text) == [["Kestrel Labs", "Zeta Memory"], ["Lumen Networks", "Orbit Web Services"]]


def test_co_investors_after_with_invest_beside_the_subject():
    text = "Nimbus Capital will invest $4 billion in Zeta Labs, with Kestrel Fund and Orbit Partners also participating."
    assert pairs(text) == [sorted(["Nimbus Capital", "Zeta Labs", "Kestrel Fund", "Orbit Partners"])]


def test_capacity_bought_from_a_provider_is_a_supply_deal_past_its_amount():
    text = "Kestrel Systems has agreed to buy $9.7 billion of cloud capacity from NEBU."
    assert deals(text) == [("SupplyAgreement", ["Kestrel Systems", "NEBU"], "signed", None)]


def test_letters_signed_to_supply_a_third_firm_are_each_ones_with_it():
    text = "Veritas Memory and Kestrel Chips signed letters of intent to supply memory for OpenAI's Stargate project."
    assert deals(text) == [("LetterOfIntent", ["Veritas Memory", "OpenAI"], "signed", None),
                           ("LetterOfIntent", ["Kestrel Chips", "OpenAI"], "signed", None)]


def test_the_joint_venture_that_a_list_formed_binds_the_list():
    text = "The contract is tied to Nimbus, the joint venture that Zeta Labs, Kestrel Capital and Orbit Cloud announced in January."
    assert deals(text) == [("JointVenture", ["Zeta Labs", "Kestrel Capital", "Orbit Cloud"], "announced", "2025-01")]


def test_a_title_case_headline_with_small_words_capitalized_names_only_known_names():
    found = summary("Zeta Names Two Co-Chief Executives as Its Cloud Bet on OpenAI Grows\n\nZeta Labs said so.")
    assert [e["name"] for e in found["entities"]] == ["OpenAI", "Zeta Labs"]


def test_backer_of_a_stake_of_a_share_in_and_a_startup_described_by_its_city():
    assert pairs("Nimbus Capital is the biggest backer of Zeta Labs.") == [["Nimbus Capital", "Zeta Labs"]]
    assert pairs("The deal gives Kestrel Systems a stake of roughly 27% in Orbit Cloud.") == [
        ["Kestrel Systems", "Orbit Cloud"]]
    assert pairs("Zeta Labs builds robots. Nimbus Capital has invested $8 billion in the Seoul startup.") == [
        ["Nimbus Capital", "Zeta Labs"]]



def test_a_share_of_a_firm_and_a_loan_facility_led_by_banks():
    assert pairs("Kestrel Systems, which owns roughly 6% of Orbit Cloud, agreed.") == [["Kestrel Systems", "Orbit Cloud"]]
    assert pairs("Orbit Cloud secured a $2.6 billion loan facility led by Nimbus Bank and Lumen Bank.") == [
        ["Lumen Bank", "Nimbus Bank", "Orbit Cloud"]]  # a syndicate: one deal of all


def test_a_name_inside_the_owners_thing_is_no_party():
    text = "Kestrel Mobile has agreed to buy the site of Orbit Display's former LCD panel plant for $700 million."
    assert pairs(text) == [["Kestrel Mobile", "Orbit Display"]]


def test_an_apposition_backed_by_a_firm_and_outsourced_manufacturing():
    text = "Zeta Labs is in talks about acquiring Orbit Compute, a Seoul-based server chip startup backed by Nimbus Capital."
    assert pairs(text) == [["Orbit Compute", "Zeta Labs"], ["Nimbus Capital", "Orbit Compute"]]
    assert pairs("Zeta Labs would outsource manufacturing to Kestrel Foundry, the people said.") == [
        ["Kestrel Foundry", "Zeta Labs"]]


def test_one_memorandum_with_two_bodies_binds_all_three_but_letters_are_one_each():
    one = "Zeta Labs signed a memorandum of understanding with the Orbit Provincial Government and the Kestrel City Government on Monday."
    assert deals(one) == [("MemorandumOfUnderstanding", ["Zeta Labs", "Orbit Provincial Government", "Kestrel City Government"], "signed", "2025-09-08")]
    each = "Zeta Labs signed letters of intent with Orbit Memory and Kestrel Chips on Monday."
    assert [d[1] for d in deals(each)] == [["Zeta Labs", "Orbit Memory"], ["Zeta Labs", "Kestrel Chips"]]


def test_commitments_with_firms_and_investors_without_a_target():
    text = ("Zeta Labs has made $1 trillion in computing commitments with companies including Orbit Cloud "
            "and Kestrel Chips, raising questions among some investors about how it will pay.")
    assert pairs(text) == [["Orbit Cloud", "Zeta Labs"], ["Kestrel Chips", "Zeta Labs"]]
    assert pairs("Orbit Cloud and Kestrel Chips are big investors, analysts said.") == []


def test_model_numbers_chip_names_and_sentence_openers_are_no_firms():
    found = summary("Orbit Cloud will buy 10,000 Nvidia B200 chips and Blackwell GPUs from Kestrel Systems. "
                    "Critics say the plan is rushed.")
    assert [e["name"] for e in found["entities"]] == ["Orbit Cloud", "Nvidia", "Kestrel Systems"]
    assert pairs("Nimbus Retail agreed to buy 1.9 gigawatts of electricity from Talen Power's nuclear plant.") == [
        ["Nimbus Retail", "Talen Power"]]
    assert pairs("Zeta Labs has contracted with Kairos Power for small reactors.") == [["Kairos Power", "Zeta Labs"]]


def test_shipping_and_delivering_to_a_customer_supply_it():
    assert pairs("Orbit Memory has been shipping HBM3E to Zeta Labs since last year.") == [["Orbit Memory", "Zeta Labs"]]
    assert pairs("Kestrel Systems and Nimbus Servers have both delivered racks to Zeta Labs.") == [
        ["Kestrel Systems", "Zeta Labs"], ["Nimbus Servers", "Zeta Labs"]]


def test_subsidies_ventures_two_firms_agreed_to_form_and_deploying_anothers_technology():
    assert pairs("Zeta Cloud received a 15 billion yen subsidy from the Ministry of Economy, Trade and Industry.") == [
        ["Ministry of Economy, Trade and Industry", "Zeta Cloud"]]
    assert pairs("Nimbus Japan, the 50-50 joint venture Kestrel Corp. and OpenAI agreed to form in February, "
                 "began selling.") == [["Kestrel Corp.", "OpenAI"]]
    assert pairs("Orbit Group agreed to spend $3 billion a year deploying OpenAI's technology.") == [
        ["OpenAI", "Orbit Group"]]


def test_a_consortium_led_by_one_and_its_members_named_next_is_one_venture():
    text = ("A consortium led by Zeta Systems has been selected to build the centre, the ministry said. "
            "The consortium, which also includes Orbit Cloud and Kestrel Telecom, beat a rival group on power supply.")
    assert pairs(text) == [sorted(["Zeta Systems", "Orbit Cloud", "Kestrel Telecom"])]


def test_a_venture_announced_by_a_list_investors_counted_among_and_a_loan_to_a_firm():
    text = "Nimbus, the joint venture announced in January by Zeta Labs, Orbit Cloud and Kestrel Capital, pledged $5 billion."
    assert pairs(text) == [sorted(["Zeta Labs", "Orbit Cloud", "Kestrel Capital"])]
    text = ("Vega, based in Austin, was founded in 2021 by former Orbit Cloud engineers and counts Nimbus Capital "
            "and Kestrel Labs among its investors.")
    assert pairs(text) == [["Nimbus Capital", "Vega"], ["Kestrel Labs", "Vega"]]
    text = "A group of banks led by Lumen Bank and Sun Bank has agreed to provide an $18 billion loan to Zeta Labs."
    assert pairs(text) == [["Lumen Bank", "Sun Bank", "Zeta Labs"]]


def test_clauses_joined_by_commas_each_have_their_own_subject():
    text = ("At a ceremony, Zeta Labs Co (哈瑪) signed a memorandum with Orbit Corp, Kestrel Group (凌群) inked an "
            "agreement with Nimbus Inc, and Vega Inc signed an MOU with Lumen Ltd.")
    assert pairs(text) == [["Orbit Corp", "Zeta Labs Co"], ["Kestrel Group", "Nimbus Inc"], ["Lumen Ltd.", "Vega Inc"]]


def test_the_owner_of_a_firm_bought_sells_it():
    assert pairs("Zeta Materials to buy Orbit Capital's Kestrel Electric for $2.2bn") == [
        ["Kestrel Electric", "Orbit Capital", "Zeta Materials"]]


def test_firms_taking_part_in_a_build_join_its_one_deal():
    text = "Orbit Group and Kestrel Cloud will jointly build a data center in Ulsan, with Orbit Telecom and Nimbus Broadband taking part."
    assert pairs(text) == [sorted(["Orbit Group", "Kestrel Cloud", "Orbit Telecom", "Nimbus Broadband"])]


def test_a_backer_named_in_a_hyphenated_adjective_invests_and_designers_supply():
    assert pairs("Nvidia-backed Kestrel Cloud signed a deal with Orbit Systems.") == [
        ["Kestrel Cloud", "Orbit Systems"], ["Kestrel Cloud", "Nvidia"]]
    assert pairs("Zeta Silicon, which designs Orbit Cloud's TPUs, said revenue rose.") == [["Orbit Cloud", "Zeta Silicon"]]
    assert pairs("Nimbus Media is the largest customer of the chipmaker Vega Chips.") == [["Nimbus Media", "Vega Chips"]]


def test_buying_processing_units_from_a_maker_is_supply():
    text = "Zeta Mobile opened a site. Zeta Mobile will buy tens of thousands of graphics processing units from Orbit Chips."
    assert pairs(text) == [["Orbit Chips", "Zeta Mobile"]]


def test_two_firms_joined_by_a_hyphen_before_a_deal_noun():
    assert pairs("Investors cheered the Samsung-OpenAI deal, which the companies announced on Monday.") == [
        ["OpenAI", "Samsung Electronics"]]
    assert pairs("Officials said the U.S.-China talks and the Seoul-Tokyo deal would continue.") == []


def test_a_round_raised_with_leads_and_a_born_adjective_is_no_name():
    text = "Orbit AI raised $13 billion in September in a round led by Kestrel Capital and Nimbus Partners."
    assert pairs(text) == [sorted(["Orbit AI", "Kestrel Capital", "Nimbus Partners"])]
    found = summary("Vega, an Australian-born data centre operator, signed a deal with Zeta Cloud.")
    assert [e["name"] for e in found["entities"]] == ["Vega", "Zeta Cloud"]


def test_a_tickers_colon_does_not_end_the_list_of_parties():
    assert pairs("Ericsson signed contracts with Orbit Telecom (NYSE: T) and Kestrel Mobile.") == [
        ["Ericsson", "Orbit Telecom"], ["Ericsson", "Kestrel Mobile"]]


def test_a_joint_project_with_words_between_and_a_loan_package_to_a_firm():
    assert deals("Zeta Labs scrapped a joint AI chip project with Orbit Electronics last year.") == [
        ("Partnership", ["Zeta Labs", "Orbit Electronics"], "cancelled", "2024")]
    assert pairs("Lumen Bank is in talks to provide a $38 billion loan package to Vega Data Centers.") == [
        ["Lumen Bank", "Vega Data Centers"]]


def test_supplying_a_described_maker_with_capacity():
    text = "OpenAI signed with Oracle. Kestrel Chips agreed in October to supply the ChatGPT maker with six gigawatts of processors."
    assert pairs(text)[-1] == ["Kestrel Chips", "OpenAI"]


def test_designing_chips_for_a_firm_supplies_it():
    assert pairs("Zeta Silicon already designs custom processors for Orbit Cloud.") == [["Orbit Cloud", "Zeta Silicon"]]


def test_market_share_is_no_stake_and_financing_to_a_firm_is():
    assert pairs("According to Orbit Research, Zeta Memory held a 52 percent share of the global HBM market.") == []
    assert pairs("Lumen Bank has agreed to provide 1.6 trillion won in project financing to Vega Data Centers.") == [
        ["Lumen Bank", "Vega Data Centers"]]
    found = summary("Zeta Cloud will sign a Thai-language AI deal with Nimbus AI for a Moroccan site.")
    assert [e["name"] for e in found["entities"]] == ["Zeta Cloud", "Nimbus AI"]


def test_a_round_raised_from_investors_including_a_list_and_a_chip_made_by_a_foundry():
    text = ("Vega Chips said Tuesday it has raised 250 billion won ($178 million) in a Series C round from "
            "investors including Orbit Holdings, Nimbus Fund and Kestrel Bank.")
    assert pairs(text) == [sorted(["Vega Chips", "Orbit Holdings", "Nimbus Fund", "Kestrel Bank"])]
    assert pairs("Vega Chips makes AI chips. The chip is manufactured by Orbit Foundry on its 4-nanometer process.") == [
        ["Orbit Foundry", "Vega Chips"]]


def test_a_listed_product_is_never_a_party():
    text = "Under the terms, OpenAI committed to purchase an additional $250 billion of Azure cloud services."
    assert [e["name"] for e in summary(text)["entities"]] == ["OpenAI"]


def test_a_clause_after_and_keeps_its_own_subject_and_the_deal_told_before_is_no_new_one():
    text = ("Kestrel Chips agreed last month to invest $1 billion in Zeta Labs, and earlier this month Zeta Labs "
            "agreed to deploy 6 gigawatts of Orbit's processors.")
    assert pairs(text) == [["Kestrel Chips", "Zeta Labs"], ["Orbit", "Zeta Labs"]]
    text = "Kestrel Chips will invest in Zeta Labs. The deal complements Zeta Labs' existing work with Orbit Cloud."
    assert pairs(text) == [["Kestrel Chips", "Zeta Labs"], ["Orbit Cloud", "Zeta Labs"]]


def test_built_by_one_for_another_and_which_is_backed_by():
    assert pairs("Three of the sites will be developed by Orbit Cloud for Zeta Labs as part of an agreement.") == [
        ["Orbit Cloud", "Zeta Labs"]]
    assert pairs("Zeta Labs will partner with Vega Energy, which is backed by Nimbus Group, on the site.") == [
        ["Vega Energy", "Zeta Labs"], ["Nimbus Group", "Vega Energy"]]


def test_customers_counted_among_with_words_between_and_a_lease_to_a_firm():
    assert pairs("Orbit Cloud also counts Nimbus Platforms and Vega AI among its AI infrastructure customers.") == [
        ["Nimbus Platforms", "Orbit Cloud"], ["Orbit Cloud", "Vega AI"]]
    assert pairs("Zeta Data Centers signed a deal to lease the campus to Orbit Cloud.") == [["Orbit Cloud", "Zeta Data Centers"]]


def test_a_venture_one_firm_launched_with_others_binds_them_all():
    text = "On the agenda was Nimbus, the $500 billion data center venture that Zeta Labs launched last month with Orbit Cloud and Kestrel Capital."
    assert pairs(text) == [sorted(["Zeta Labs", "Orbit Cloud", "Kestrel Capital"])]
    assert pairs("Zeta Labs seeks funding for its Stargate data centre venture with Orbit Cloud and Kestrel Capital.") == [
        sorted(["Zeta Labs", "Orbit Cloud", "Kestrel Capital"])]
    assert pairs("Zeta Labs backs startups through its venture capital arm and the IBK Venture Loans product.") == []


def test_a_round_led_by_two_investors_is_one_deal_of_all_three():
    text = "Vega Cloud closed a $1.38 billion funding round earlier this month led by Orbit Partners and Nimbus Capital."
    assert pairs(text) == [sorted(["Vega Cloud", "Orbit Partners", "Nimbus Capital"])]


@pytest.mark.parametrize("raiser", ["the company", "Orbit Chips"])
def test_the_leaders_of_a_round_open_it_and_those_who_take_part_join_it(raiser):
    text = (f"Orbit Chips designs inference chips. Kestrel Capital and Zeta Ventures are leading the $102 million "
            f"Series C round for {raiser}. Along with new investors Lumen Ventures and Tasar Investments, existing "
            f"investors Mayfair Partners and Dune Capital also took part.")
    assert typed_parties(text) == [("Investment", sorted(["Orbit Chips", "Kestrel Capital", "Zeta Ventures",
                                                          "Lumen Ventures", "Tasar Investments", "Mayfair Partners",
                                                          "Dune Capital"]))]


def test_the_banks_that_arrange_an_upsized_facility_lend_in_it():
    text = ("Orbit Data has upsized its existing $725 million credit facility to $1.6 billion. "
            "Twenty lenders participated in the facility. Kestrel Bank was the administrative agent and joint "
            "bookrunner in the transaction. Zeta Bank and Nova Bank were joint lead arrangers.")
    assert typed_parties(text) == [("FinancialCooperation", sorted(["Orbit Data", "Kestrel Bank", "Zeta Bank", "Nova Bank"]))]


@pytest.mark.parametrize("text, expected", [
    ("Orbit Labs, Kestrel Power and Zeta Grid will launch the construction of data centers in the kingdom.",
     [("Partnership", ["Kestrel Power", "Orbit Labs", "Zeta Grid"])]),
    ("On Monday, Orbit Labs and Zeta Grid plan to jointly develop chips.", [("Partnership", ["Orbit Labs", "Zeta Grid"])]),
    ("Orbit Labs, which owns Zeta Grid, will build a plant.", []),
    ("Orbit Labs said Zeta Grid will build a plant.", []),
])
def test_firms_listed_as_the_subject_of_building_something_work_together(text, expected):
    assert typed_parties(text) == expected


def test_bidders_competing_to_acquire_a_firm_each_weigh_its_purchase_and_rivals_for_orders_make_none():
    assert typed_parties("Orbit Capital and Zeta Partners are among the bidders competing to acquire Lumen Stores.") == [
        ("Acquisition", ["Lumen Stores", "Orbit Capital"]), ("Acquisition", ["Lumen Stores", "Zeta Partners"])]
    assert typed_parties("Orbit Labs and Zeta Chips are battling for orders from Lumen Cloud.") == []


def test_those_who_subscribe_a_share_issue_invest_in_its_issuer():
    text = ("Orbit Sat signed a supply deal with Lumen Grid on Monday. The fresh issue would be subscribed by "
            "Orbit Space Limited, Kestrel Shipping, and Zeta Fund.")
    assert ("Investment", sorted(["Orbit Sat", "Orbit Space Limited", "Kestrel Shipping", "Zeta Fund"])) in typed_parties(text)


@pytest.mark.parametrize("text, parties", [
    ("In September, Orbit AI closed a $1.1 billion Series B led by Kestrel ASA, the Norwegian industrial investor, "
     "with Nova Telecom, Zeta Devices and Lumen Capital among the other backers.",
     ["Orbit AI", "Kestrel ASA", "Nova Telecom", "Zeta Devices", "Lumen Capital"]),
    ("Zeta Chips was also an investor in the $480 million Series D that Orbit AI closed in February, a round led by "
     "Andra Capital and Borealis Partners, with participation from Kestrel Invest and Nova Systems.",
     ["Orbit AI", "Zeta Chips", "Andra Capital", "Borealis Partners", "Kestrel Invest", "Nova Systems"]),
    ("Orbit Ventures had invested in Zeta Health as part of a $22 million Series A round led by Aster Capital. "
     "Nova Capital also took part.", ["Orbit Ventures", "Zeta Health", "Aster Capital", "Nova Capital"]),
])
def test_a_round_told_with_its_leaders_and_those_who_join_them_is_one_deal_of_all(text, parties):
    assert typed_parties(text) == [("Investment", sorted(parties))]


def test_leaders_told_in_another_clause_lead_another_firms_round():
    text = "Orbit AI raised $750 million in September, while Zeta Systems closed a $1.1 billion round led by Kestrel Capital."
    assert ("Investment", ["Kestrel Capital", "Orbit AI"]) not in typed_parties(text)


def test_a_venture_launched_by_one_firm_with_others_is_theirs():
    text = "The Stargate project, launched in January by Orbit AI with Kestrel Group and Zeta Cloud, pledged $500 billion."
    assert typed_parties(text) == [("JointVenture", ["Kestrel Group", "Orbit AI", "Zeta Cloud"])]


def test_the_firm_that_acts_after_an_opening_contrast_is_what_its_stands_for():
    text = ("Unlike Nova AI, which is backed by Kestrel Cloud, Orbit AI has raised relatively little. "
            "Its customers include Borealis Systems and Fjell Data.")
    assert ("SupplyAgreement", ["Borealis Systems", "Orbit AI"]) in typed_parties(text)
    assert ("SupplyAgreement", ["Borealis Systems", "Nova AI"]) not in typed_parties(text)


def test_firms_named_with_their_city_in_a_list_are_each_listed():
    text = ("Orbit AI sells models to banks. In February, it joined Kestrel Capital of Abu Dhabi, Nova Bank and "
            "Zeta Chips in a joint venture to develop a campus near Paris.")
    assert typed_parties(text) == [("JointVenture", ["Kestrel Capital", "Nova Bank", "Orbit AI", "Zeta Chips"])]


def test_a_firm_that_supplies_it_in_a_relative_clause_supplies_what_it_stands_for():
    text = ("Orbit AI builds models. The deals broaden Orbit AI's ties beyond Zeta Search, which supplies it with "
            "specialized chips.")
    assert typed_parties(text) == [("SupplyAgreement", ["Orbit AI", "Zeta Search"])]
    assert typed_parties("Orbit AI builds models. Its new chip is popular, and Zeta Search plans to buy it.") == []


def test_the_global_coordinators_and_lead_managers_of_a_loan_lend_in_it():
    text = ("Orbit Finance raises US$1.16 billion syndicated loan. Leading banks including Kestrel Bank and Zeta Bank "
            "collectively acted as Global Coordinators. Nova Bank and Lumen Bank acted as joint lead managers.")
    assert typed_parties(text) == [("FinancialCooperation", sorted(["Orbit Finance", "Kestrel Bank", "Zeta Bank",
                                                                    "Nova Bank", "Lumen Bank"]))]


@pytest.mark.parametrize("text, parties", [
    ("Orbit Labs sold a stake to Kestrel Fund on Monday.", ["Kestrel Fund", "Orbit Labs"]),
    ("Orbit Labs has agreed to sell its 40% stake in Zeta Energy to Kestrel Fund.", ["Kestrel Fund", "Orbit Labs", "Zeta Energy"]),
    ("Orbit Labs has agreed to sell its 40% stake in Zeta Energy to a consortium which includes Kestrel Funds, "
     "Nova Capital SGR S.p.A. and local co-investors.", ["Kestrel Funds", "Nova Capital SGR S.p.A.", "Orbit Labs", "Zeta Energy"]),
])
def test_a_stake_sold_is_one_sale_of_seller_firm_and_buyers(text, parties):
    assert typed_parties(text) == [("Acquisition", parties)]


def test_a_list_that_repeats_its_preposition():
    assert pairs("Kestrel Systems builds the racks shipped to Orbit Cloud and to Nimbus Web Services, people said.") == [
        ["Kestrel Systems", "Orbit Cloud"], ["Kestrel Systems", "Nimbus Web Services"]]


def test_buying_a_makers_named_chips():
    assert pairs("Zeta Mobile has also agreed to buy more than 10,000 Nvidia Blackwell chips for its new facility.") == [
        ["Nvidia", "Zeta Mobile"]]


def test_speakers_employers_denials_careers_and_cue_words_inside_names_make_no_deal():
    assert pairs("Zeta Memory ships HBM4 samples to Orbit Chips, denies Kestrel supply report") == [
        ["Orbit Chips", "Zeta Memory"]]
    assert pairs('"Zeta Talk has the traffic," said Kim Jin-woo, an analyst at Daol Investment & Securities.') == []
    assert pairs("Zeta Electronics named three executives, including a researcher who joined from Orbit University.") == []


def test_a_named_campus_is_no_party_and_its_builder_leases_it():
    text = "The Shackelford County campus, known as Frontier, is being built by Vega Data Centers and will be leased to Orbit Cloud."
    assert pairs(text) == [["Orbit Cloud", "Vega Data Centers"]]


def test_under_the_arrangements_each_firm_deals_with_the_one_that_made_the_deal():
    text = ("Orbit Chips will supply 260,000 GPUs to Vega Group, the chipmaker said. Under the arrangements, "
            "Zeta Cloud will receive 50,000 GPUs, while Kestrel Group and Nimbus Motors will each deploy up to 50,000 units.")
    assert pairs(text) == [["Orbit Chips", "Vega Group"], ["Orbit Chips", "Zeta Cloud"], ["Kestrel Group", "Orbit Chips"],
                           ["Nimbus Motors", "Orbit Chips"]]


def test_firms_holding_shares_of_the_joint_venture_told_before_are_its_parties():
    text = ("Zeta Systems and Orbit Cloud signed an agreement to set up a joint venture, the companies said. "
            "Zeta Systems will hold 35 percent of the new company, with Kestrel Telecom and Nimbus Bank each taking 20 percent, "
            "according to a filing by Zeta Systems.")
    assert pairs(text)[-1] == sorted(["Zeta Systems", "Orbit Cloud", "Kestrel Telecom", "Nimbus Bank"])


def test_building_with_a_partner_is_a_partnership_with_each():
    assert pairs("Vega Cloud is developing a 1.8-gigawatt campus in Wyoming with energy company Kestrel Gas.") == [
        ["Kestrel Gas", "Vega Cloud"]]
    assert pairs("Zeta Labs is open to building local infrastructure and expanding partnerships with Orbit Chips and Nimbus Memory.") == [
        ["Orbit Chips", "Zeta Labs"], ["Nimbus Memory", "Zeta Labs"]]


def test_firms_that_join_the_consortium_join_the_articles_firm():
    text = ("Orbit Nuclear Power signed a deal to build two reactors. Other than Orbit, corporations such as "
            "Zeta E&C and Kestrel Heavy joined the South Korean consortium.")
    assert pairs(text) == [sorted(["Zeta E&C", "Kestrel Heavy", "Orbit Nuclear Power"])]


def test_a_verb_after_a_list_of_backers_ends_it():
    text = "Vega Cloud, whose backers include Orbit Chips and Nimbus Capital, signed a lease with Zeta Mining."
    assert pairs(text) == [sorted(["Vega Cloud", "Orbit Chips", "Nimbus Capital"]), ["Vega Cloud", "Zeta Mining"]]


def test_customers_are_a_list_sourcing_memory_and_renting_chips():
    assert pairs("Vega Chips' three existing XPU customers are Orbit Cloud, Nimbus Platforms and Kestrel Media.") == [
        ["Orbit Cloud", "Vega Chips"], ["Nimbus Platforms", "Vega Chips"], ["Kestrel Media", "Vega Chips"]]
    assert pairs("Vega Chips sources its wafers and CoWoS packaging from Orbit Foundry and buys high-bandwidth "
                 "memory from both Zeta Memory and Nimbus Memory.") == [
        ["Orbit Foundry", "Vega Chips"], ["Vega Chips", "Zeta Memory"], ["Nimbus Memory", "Vega Chips"]]
    assert pairs("Kestrel AI, which rents TPUs from Orbit Cloud, is weighing an order.") == [["Kestrel AI", "Orbit Cloud"]]


def test_a_rival_descriptor_a_products_model_and_a_well_known_firms_capital_unit():
    assert pairs("Nimbus Retail has invested $8 billion in OpenAI rival Kestrel AI and built a cluster.") == [
        ["Kestrel AI", "Nimbus Retail"]]
    assert pairs("Zeta Chips makes AI chips. The DX-M1 is manufactured by Orbit Foundry on its 5-nanometer process.") == [
        ["Orbit Foundry", "Zeta Chips"]]
    found = summary("Zeta Chips supplies its chips to more than 300 companies, including POSCO DX and Vega Vision, "
                    "the company said.")
    assert "POSCO DX" in [e["name"] for e in found["entities"]]


def test_the_venture_one_firm_formed_with_others():
    text = "He has been lining up partners for Nimbus, the data centre venture Orbit Group formed with Zeta Labs and Kestrel Cloud."
    assert pairs(text) == [sorted(["Orbit Group", "Zeta Labs", "Kestrel Cloud"])]


@pytest.mark.parametrize("maker, text", [
    ("Zeta Cloud", "Zeta Cloud's customers include Orbit Labs, which has signed contracts worth $2 billion, and Nova Devices."),
    ("Kestrel Chips", "Kestrel Chips designs custom processors for Orbit Labs, whose models it has helped train, and for Nova Devices."),
    ("Kestrel Chips", "Kestrel Chips designs custom chips, which it calls ZPUs, for Orbit Labs, as well as for Nova Devices."),
])
def test_a_relative_clause_inside_a_list_does_not_end_it(maker, text):
    assert sorted(pairs(text)) == [sorted([maker, "Nova Devices"]), sorted([maker, "Orbit Labs"])]


def test_a_venture_launched_by_several_firms_is_one_deal_of_them_all():
    text = "The Grid Compute Partnership, launched last year by Zeta Capital, Orbit Labs and Kestrel Power, is in talks to buy a utility."
    assert pairs(text) == [sorted(["Zeta Capital", "Orbit Labs", "Kestrel Power"])]


def test_relying_on_a_foundry_and_using_others_chips_make_them_suppliers():
    text = ("Orbit Labs will rely on Kestrel Foundry to fabricate the chips. Nova AI said it would use Zeta's accelerators "
            "and Kestrel Foundry chips. Lumen Cloud Inc., which has relied mostly on Kestrel Foundry, agreed.")
    supply = [d for d in summary(text)["deals"] if d["type"] == "SupplyAgreement"]
    assert sorted(sorted(d["parties"]) for d in supply) == [
        ["Kestrel Foundry", "Lumen Cloud Inc."], ["Kestrel Foundry", "Nova AI"], ["Kestrel Foundry", "Orbit Labs"],
        ["Nova AI", "Zeta"]]


def test_a_person_joining_a_firm_is_a_career_not_a_deal():
    assert deals("Born in 1981, she graduated from Orbit University in 2005 and joined Zeta Labs's design team.") == []


def test_the_owner_describing_a_unit_is_no_party():
    text = "Nova AI signed an agreement to run its models on Zeta Cloud, the cloud unit of Zeta Holdings, the companies said."
    assert pairs(text) == [["Nova AI", "Zeta Cloud"]]


def test_a_firm_named_with_its_owner_is_the_customer_not_the_owner():
    text = "Orbit Chips already designs custom processors for Kestrel Group's Zeta Cloud and for Nova Labs."
    assert sorted(map(sorted, pairs(text))) == [["Nova Labs", "Orbit Chips"], ["Orbit Chips", "Zeta Cloud"]]


def test_joining_a_consortium_led_by_a_firm_is_a_deal_with_it():
    assert pairs("Kestrel Telecom joined the consortium led by Orbit Systems.") == [["Kestrel Telecom", "Orbit Systems"]]


@pytest.mark.parametrize("verb", ["buy $9.7 billion of", "spend $9.7 billion on"])
def test_capacity_bought_from_a_name_never_seen_makes_it_the_supplier(verb):
    text = f"Orbit Labs has agreed to {verb} AI cloud capacity from ZRX over five years."
    assert typed_parties(text) == [("SupplyAgreement", ["Orbit Labs", "ZRX"])]


def test_a_firm_after_and_that_opens_a_new_clause_ends_the_list():
    text = "Under the agreement, Kestrel Memory will supply chips to Orbit Labs and Zeta Devices will provide wafers."
    assert pairs(text) == [["Kestrel Memory", "Orbit Labs"]]


def test_firms_selected_by_a_ministry_each_deal_with_it():
    text = "Orbit Labs and Zeta Devices were selected by the Ministry of Digital Affairs for the national AI project."
    assert sorted(pairs(text)) == [["Ministry of Digital Affairs", "Orbit Labs"], ["Ministry of Digital Affairs", "Zeta Devices"]]


def test_headline_verbs_and_ordinary_sentence_openers_are_no_names():
    text = ("Zeta Clinches Orbit HBM Deal, Sets Sights on Orders from Kestrel Labs\n\n"
            "Samples were shipped to Orbit Devices last month. New customers are lining up.")
    names = {e["name"] for e in summary(text)["entities"]}
    assert names == {"Zeta", "Kestrel Labs", "Orbit Devices"}  # the headline's "Orbit" is the body's Orbit Devices
    assert ["Kestrel Labs", "Zeta"] in pairs(text)


def test_firms_that_join_the_round_or_the_two_companies_join_the_deal_told_before():
    text = ("Nova AI raised $2 billion in a round led by Zeta Capital. "
            "Existing backers Orbit Ventures and Kestrel Partners also joined the round.")
    assert pairs(text) == [sorted(["Nova AI", "Zeta Capital", "Orbit Ventures", "Kestrel Partners"])]
    text = "Nova AI and Zeta Cloud will build a campus. The two companies are joined by Orbit Systems and Kestrel Power."
    assert pairs(text) == [sorted(["Nova AI", "Zeta Cloud", "Orbit Systems", "Kestrel Power"])]


def test_buyers_the_next_sentence_includes_join_the_acquisition_told_before():
    text = ("A consortium led by Zeta Partners agreed to buy Orbit Data Centers from Kestrel Capital for $40 billion. "
            "The buyers also include Nova Infrastructure and Aster Capital, according to a statement.")
    assert typed_parties(text) == [("Acquisition", ["Aster Capital", "Kestrel Capital", "Nova Infrastructure",
                                                    "Orbit Data Centers", "Zeta Partners"])]


@pytest.mark.parametrize("text", [
    "Nova AI is in talks with Zeta Bank and Orbit Bank about a construction loan of about $4 billion.",
    "Nova AI is negotiating a bridge loan of $16 billion with lenders including Zeta Bank and Orbit Bank.",
])
def test_lenders_of_one_loan_are_one_deal(text):
    assert typed_parties(text) == [
        ("FinancialCooperation", ["Nova AI", "Orbit Bank", "Zeta Bank"])]


@pytest.mark.parametrize("text, expected", [
    ("Zeta Chips will provide Nova AI with 100,000 of its GPUs.", ["Nova AI", "Zeta Chips"]),
    ("Zeta Chips has leased the site and will provide capacity to Nova AI.", ["Nova AI", "Zeta Chips"]),
    ("Orbit Cloud plans to host Zeta TPUs at both sites.", ["Orbit Cloud", "Zeta"]),
    ("Kestrel Systems assembles Zeta's GB300 racks.", ["Kestrel Systems", "Zeta"]),
    ("Kestrel Systems builds custom accelerators for Nova AI.", ["Kestrel Systems", "Nova AI"]),
    ("It follows the Abu Dhabi campus Nova AI announced with Orbit Group in May.", ["Nova AI", "Orbit Group"]),
    ("Nova AI enlisted Orbit Group for the cluster.", ["Nova AI", "Orbit Group"]),
])
def test_news_verbs_of_supply_and_partnership(text, expected):
    assert pairs(text) == [expected]


@pytest.mark.parametrize("text", [
    "A consortium of Orbit Systems, Zeta Cloud and Kestrel Telecom won the project.",
    "The consortium, which groups Orbit Systems with Zeta Cloud and Kestrel Telecom, beat a rival bid.",
])
def test_a_consortium_of_named_members_is_one_venture(text):
    assert pairs(text) == [sorted(["Orbit Systems", "Zeta Cloud", "Kestrel Telecom"])]


def test_a_consortium_of_lenders_that_lends_is_one_financing_of_all():
    text = ("A consortium of lenders led by Zeta Bank and including Orbit Bank and Kestrel Bank has agreed to provide "
            "$1 billion in project financing to Nova Data Centers.")
    assert typed_parties(text) == [
        ("FinancialCooperation", ["Kestrel Bank", "Nova Data Centers", "Orbit Bank", "Zeta Bank"])]


def test_a_denial_answering_a_report_denies_the_reported_deal():
    text = ("Asked about a report that it had approached rival Orbit Cloud about a merger, a Zeta Compute spokesperson "
            "said the company was not in any discussions.")
    assert deals(text) == []


def test_joining_the_two_companies_joins_their_deal():
    text = "Zeta Networks signed a partnership with Orbit Chips. Kestrel Mobile will join the two companies in field trials."
    assert sorted(pairs(text)) == [["Kestrel Mobile", "Orbit Chips", "Zeta Networks"]]


@pytest.mark.parametrize("line, people", [
    ("June 12, 2025 By Harriet Kemp", {"Harriet Kemp"}),
    ("By Eero Lindqvist and Claire Donovan", {"Eero Lindqvist", "Claire Donovan"}),
    ("Zeta Tech Wire | Posted by Camille Rousset | 9 September 2025", {"Camille Rousset"}),
])
def test_bylines_after_a_date_with_two_reporters_or_posted_by(line, people):
    found = summary(f"Orbit raises money\n\n{line}\n\nOrbit Labs raised $1 billion.")["entities"]
    assert {e["name"] for e in found if e["type"] == "Person"} == people


def test_a_round_led_by_a_firm_named_with_its_country_and_joined_by_others():
    text = "Nova AI raised $1.1bn in a round which was led by Norway's Zeta Capital and joined by Orbit Labs and Kestrel Partners."
    assert pairs(text) == [sorted(["Nova AI", "Zeta Capital", "Orbit Labs", "Kestrel Partners"])]


def test_the_outlet_named_without_the_in_its_byline_is_one_entity_with_its_reporter():
    article = Article("t.txt", "Zeta deal\n\nBy Kenji Watanabe, Staff Writer, The Zeta Business Chronicle\n\n"
                               "Orbit Corp. signed a deal with Nova Corp.", "0" * 64)
    meta = ArticleMeta(date(2025, 9, 10), outlet="The Zeta Business Chronicle")
    result = to_json(extract_texts(Gazetteer([]), [(article, meta)]))
    outlets = [e for e in result["entities"] if e["type"] == "NewsOutlet"]
    assert outlets == [{"name": "The Zeta Business Chronicle", "type": "NewsOutlet", "aliases": ["Zeta Business Chronicle"]}]
    assert result["roles"] == [{"person": "Kenji Watanabe", "title": "Staff Writer", "organization": "The Zeta Business Chronicle"}]


def test_a_name_in_chinese_characters_after_a_firm_is_its_alias_and_the_list_goes_on():
    text = "Orbit Computer Inc (廣達) and Zeta Corp (緯創) assemble racks for Nova Devices Inc."
    result = summary(text)
    assert sorted((e["name"], tuple(e["aliases"])) for e in result["entities"]) == [
        ("Nova Devices Inc.", ()), ("Orbit Computer Inc", ("廣達",)), ("Zeta Corp", ("緯創",))]
    assert sorted(pairs(text)) == [["Nova Devices Inc.", "Orbit Computer Inc"], ["Nova Devices Inc.", "Zeta Corp"]]


def test_a_round_told_over_sentences_is_one_deal_of_the_raiser_and_every_investor():
    text = ("Nova AI said it had raised $13 billion in a Series F funding round. The round was led by ZETAQ, "
            "the San Francisco firm, and co-led by Orbit Capital and Kestrel Partners. Sovereign investors Lumen "
            "Investment Authority and Norway's Fjord Fund joined, alongside Ontario Teachers' Pension Plan and "
            "T. Rowe Price, the company said. Returning investors Acme Ventures took part, joined by Polaris Capital.")
    assert pairs(text) == [sorted(["Nova AI", "ZETAQ", "Orbit Capital", "Kestrel Partners", "Lumen Investment Authority",
                                   "Fjord Fund", "Ontario Teachers' Pension Plan", "T. Rowe Price", "Acme Ventures",
                                   "Polaris Capital"])]


@pytest.mark.parametrize("second", [
    "Zeta Capital, Kestrel Bank and Lumen Partners made significant investments, as did a fund on the U.S. West Coast.",
    "Zeta Capital, Kestrel Bank and Lumen Partners invested too, the startup said.",
])
def test_investors_who_invested_beside_a_rounds_leader_join_the_round(second):
    text = f"Nova AI raised $750 million on Tuesday. Orbit Ventures led the round. {second}"
    assert pairs(text) == [sorted(["Nova AI", "Orbit Ventures", "Zeta Capital", "Kestrel Bank", "Lumen Partners"])]


def test_a_round_led_by_a_firm_described_by_its_trade_is_the_one_later_investors_join():
    text = ("Orbit Chips sold more accelerators than ever. The chip leader led a $2 billion round for Nova AI on "
            "Thursday. Zeta Capital and Kestrel Partners also invested, the startup said.")
    assert pairs(text) == [sorted(["Nova AI", "Orbit Chips", "Zeta Capital", "Kestrel Partners"])]


def test_firms_a_round_is_compared_with_are_no_investors_in_it():
    text = ("Nova AI raised $500 million in a round led by Orbit Ventures. The raise is small next to the $13 billion "
            "Zeta Labs collected this month or the sums sought by Kestrel AI.")
    assert pairs(text) == [["Nova AI", "Orbit Ventures"]]


def test_the_leaders_set_off_after_a_raise_are_its_investors():
    text = "Nova AI raised $500 million on Monday, co-led by Orbit Ventures and Zeta Capital, the startup said."
    assert pairs(text) == [sorted(["Nova AI", "Orbit Ventures", "Zeta Capital"])]


@pytest.mark.parametrize("second", [
    "The round was led by Zeta Capital, with participation from Orbit Ventures.",
    "Zeta Capital led the round, which also included Orbit Ventures.",
    "Zeta Capital and Orbit Ventures led the investment.",
])
def test_a_round_raised_as_an_amount_is_the_one_later_sentences_add_investors_to(second):
    text = f"Nova AI raised 1 billion yuan last month. {second}"
    assert pairs(text) == [sorted(["Nova AI", "Orbit Ventures", "Zeta Capital"])]


@pytest.mark.parametrize("first", ["Nova AI raised $1.1 billion.", "Nova AI raised $1.1 billion in a Series G round.",
                                   "Nova AI is seeking a $2.5 billion loan."])
def test_a_decimal_point_in_an_amount_does_not_end_the_sentence_a_rule_reads(first):
    assert pairs(f"{first} The round was led by Zeta Capital and Orbit Ventures.") == [
        sorted(["Nova AI", "Orbit Ventures", "Zeta Capital"])]


def test_a_loan_told_first_is_the_one_its_lenders_join_and_the_owner_of_the_borrower_is_no_lender():
    text = ("Kestrel Data Centers, the data center arm of Seoul's Orbit Group, is nearing a $3 billion loan "
            "from a group of lenders. Zeta Bank and Nova Bank are leading the financing, the people said. "
            "Lumen Bank is also in talks to join the seven-year facility.")
    assert typed_parties(text) == [
        ("FinancialCooperation", ["Kestrel Data Centers", "Lumen Bank", "Nova Bank", "Zeta Bank"])]


@pytest.mark.parametrize("text, expected", [
    ("Zeta Power signed an $80 billion deal with Orbit Nuclear to build reactors. The partnership involves Orbit "
     "Nuclear, Kestrel Capital and uranium producer Nova Mining.",
     [sorted(["Zeta Power", "Orbit Nuclear", "Kestrel Capital", "Nova Mining"])]),
    ("Nova AI raised $6 billion in December. Notable investors in this round included Zeta Capital and Orbit "
     "Ventures.", [sorted(["Nova AI", "Zeta Capital", "Orbit Ventures"])]),
    ("Kestrel Power will build a gas plant. The company also said the plant will use turbines from Orbit Energy.",
     [["Kestrel Power", "Orbit Energy"]]),
])
def test_parties_a_later_sentence_adds_to_the_deal_or_round_told_before(text, expected):
    assert pairs(text) == expected


def test_the_members_of_an_alliance_listed_are_one_venture():
    text = ("The 12 alliance members are automakers Zeta Motors and Orbit Auto, parts maker Kestrel Parts and "
            "EDA companies Nova Design and Vega Systems.")
    assert pairs(text) == [sorted(["Zeta Motors", "Orbit Auto", "Kestrel Parts", "Nova Design", "Vega Systems"])]


@pytest.mark.parametrize("text, expected", [
    ("Zeta Corp signed a consortium deal with Kestrel Bank. The other members of the consortium include Orbit "
     "Telecom and Nova Capital.", [sorted(["Zeta Corp", "Kestrel Bank", "Orbit Telecom", "Nova Capital"])]),
    ("Zeta Corp and Orbit Labs partner with a Chinese tech giant for self-driving cars.", []),
    ("Zeta Corp and Orbit Labs partnered with each other.", [["Orbit Labs", "Zeta Corp"]]),
    ("Zeta Cells, which boasts Orbit Motors and Kestrel Aero among its customers, said so.",
     [["Kestrel Aero", "Zeta Cells"], ["Orbit Motors", "Zeta Cells"]]),
    ("Zeta Corp secured a QAR 2 billion financing deal with Orbit Bank.", [["Orbit Bank", "Zeta Corp"]]),
])
def test_members_of_the_consortium_a_described_partner_a_boast_and_a_currency_code(text, expected):
    assert sorted(pairs(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Zeta Corp acquired Orbit Labs for $72.8 million and Kestrel Bank said it would follow.",
     [["Orbit Labs", "Zeta Corp"]]),
    ("Nova Labs secured a $2 billion contract from Orbit AI. Zeta Corp joined, alongside Kestrel Bank.",
     [["Nova Labs", "Orbit AI"]]),
    ("Grammarly, Zapier and Notion signed a partnership with OpenAI.",
     [["Grammarly", "OpenAI"], ["Notion", "OpenAI"], ["OpenAI", "Zapier"]]),
    ("Zeta Corp and Orbit Labs signed a partnership with a focus on memory chips.", [["Orbit Labs", "Zeta Corp"]]),
    ("Zeta Corp said Orbit Labs plans to expand and also buys chips from Kestrel Chips.",
     [["Kestrel Chips", "Orbit Labs"]]),
    ("Orbit AI agreed to buy chips from Zeta Chips. Nova Memory said it would also provide support for it.",
     [["Orbit AI", "Zeta Chips"]]),
    ("A group including Orbit Labs, Zeta Corp and Kestrel Inc has urged the EU to delay the AI Act.", []),
    ("Orbit's Ascend chip, which goes head to head with chips from Zeta Corp, is now made by Kestrel Foundry.",
     [["Kestrel Foundry", "Orbit"]]),
    ("Orbit Labs denied a report, published by a Korean daily while markets were closed, that it would acquire "
     "Zeta Semiconductor.", []),
    ("Orbit Capital, which manages $1 trillion for pension funds, and Zeta Energy have signed a $5 billion deal.",
     [["Orbit Capital", "Zeta Energy"]]),
    ("Zeta Data and Orbit Compute signed a supply agreement with terms that were not disclosed.",
     [["Orbit Compute", "Zeta Data"]]),
])
def test_readings_that_must_not_overreach(text, expected):
    assert sorted(pairs(text)) == expected


@pytest.mark.parametrize("text", [
    "Neoclouds such as Zeta Cloud, Orbit Labs and Nova Compute have raced to lock in contracts with hyperscalers.",
    "Zeta Cloud, Orbit Labs and Nova Compute sit on the supplier side of almost all of those deals.",
    "Zeta Chips, Orbit Memory and Nova Semi together produce more than 90 percent of the world's DRAM.",
    "Zeta Cloud, Orbit Labs and Nova Compute together plan to spend $200 billion this year.",
])
def test_firms_given_as_examples_or_in_a_market_are_no_deal(text):
    assert pairs(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Zeta Bank, Orbit Motors and Kestrel Corp. have invested a total of 7.3 billion yen in Nova Chips.",
     [sorted(["Zeta Bank", "Orbit Motors", "Kestrel Corp.", "Nova Chips"])]),
    ("Zeta Bank and Orbit Motors invested in Nova Chips.", [["Nova Chips", "Orbit Motors"], ["Nova Chips", "Zeta Bank"]]),
    ("Zeta Bank and Orbit Motors have together pledged $30 billion for cloud infrastructure.", []),
])
def test_firms_that_invest_a_total_together_make_one_investment(text, expected):
    assert sorted(pairs(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Zeta Cloud recently acquired Orbit Labs for $72.8 million and Kestrel Data for $700 million.",
     [["Kestrel Data", "Zeta Cloud"], ["Orbit Labs", "Zeta Cloud"]]),
    ("OpenAI-backed cloud provider Orbit Labs signed a deal with Kestrel Data.",
     [["Kestrel Data", "Orbit Labs"], ["OpenAI", "Orbit Labs"]]),
    ("Orbit Labs, the OpenAI-backed neocloud in which Zeta Cloud took a stake, grew.",
     [["OpenAI", "Orbit Labs"], ["Orbit Labs", "Zeta Cloud"]]),
])
def test_firms_bought_each_for_a_price_and_a_backed_firm_after_its_description(text, expected):
    assert sorted(pairs(text)) == expected


def test_the_raiser_described_by_its_founder_is_the_firm_not_the_founders_former_employer():
    text = ("Vega Lab, the AI startup founded by former Orbit AI CTO Dana Park, has closed a $2 billion seed round. "
            "Zeta Capital led the round, with Kestrel Ventures participating.")
    assert pairs(text) == [sorted(["Vega Lab", "Zeta Capital", "Kestrel Ventures"])]


def test_the_round_keeps_the_unit_not_the_owner_that_describes_it():
    text = ("Nova AI has raised $100 million in a Series C round. The round was led by Orbit Capital, with Zeta "
            "Catalyst Fund, the venture arm of Zeta Electronics, as co-lead.")
    assert pairs(text) == [sorted(["Nova AI", "Orbit Capital", "Zeta Catalyst Fund"])]


@pytest.mark.parametrize("text, expected", [
    ("Orbit Telecom has backed U.S. cloud firm Zeta Labs as well as Kestrel Solutions.",
     [["Kestrel Solutions", "Orbit Telecom"], ["Orbit Telecom", "Zeta Labs"]]),
    ("Orbit Power, Zeta Construction and Kestrel Energy are all shareholders in Nova Reactors.",
     [["Kestrel Energy", "Nova Reactors"], ["Nova Reactors", "Orbit Power"], ["Nova Reactors", "Zeta Construction"]]),
    ("Nova AI's shareholders already include Orbit Chips and Zeta Soft, which took a stake in 2024.",
     [["Nova AI", "Orbit Chips", "Zeta Soft"]]),
    ("In May, Zeta Systems took out a €500 million green loan from the Orbit Investment Bank.",
     [["Orbit Investment Bank", "Zeta Systems"]]),
    ("Zeta Bank and Orbit Bank are arranging a syndicated loan of 300 billion yen for Nova Corp. to fund the build-out.",
     [["Nova Corp.", "Orbit Bank", "Zeta Bank"]]),
    ("Kestrel Memory Inc. is riding the boom: its HBM goes into Orbit's accelerators and Zeta's platform.",
     [["Kestrel Memory Inc.", "Orbit"], ["Kestrel Memory Inc.", "Zeta"]]),
    ("Kestrel Telecom leads the Telco Alliance, a group the carrier formed with Orbit Telecom and Zeta Mobile.",
     [["Kestrel Telecom", "Orbit Telecom", "Zeta Mobile"]]),
    ("Nova Energy, which sold its campus next to the Fjord plant to Orbit Cloud for $650 million, is negotiating.",
     [["Nova Energy", "Orbit Cloud"]]),
    ("The approval of the Orbit Regulator as well as the shareholders of Zeta Bank is needed.", []),
])
def test_shareholders_loans_supply_into_groups_formed_with_and_sales_near_a_place(text, expected):
    assert sorted(sorted(p) for p in pairs(text)) == expected


def test_a_round_anchored_by_a_firm_and_joined_by_others():
    text = "Orbit Cloud anchored Nova Reactor's $500 million Series C-1 financing round, joined by Zeta Capital and Kestrel Fund."
    assert pairs(text) == [sorted(["Orbit Cloud", "Nova Reactor", "Zeta Capital", "Kestrel Fund"])]


def test_no_and_its_number_name_no_firm():
    assert pairs("Kestrel Mobile, Japan's No. 2 carrier, has teamed up with Orbit Cloud.") == [["Kestrel Mobile", "Orbit Cloud"]]


@pytest.mark.parametrize("text, expected", [
    ("Orbit Mobile dismissed speculation that it would bring in Zeta Capital as a co-owner.", []),
    ("Substrates will come from Kestrel Materials Inc., which will supply the Peoria site.", []),
    ("Outside Korea, Orbit Chips Inc. signed a supply deal with Zeta Labs Inc.", [["Orbit Chips Inc.", "Zeta Labs Inc."]]),
    ("Nova Telecom is in talks with Orbit Group and Zeta Software about a joint bid for the project.",
     [["Nova Telecom", "Orbit Group", "Zeta Software"]]),
])
def test_dismissed_talk_a_sites_place_an_opening_preposition_and_a_joint_bid(text, expected):
    assert sorted(sorted(p) for p in pairs(text)) == expected


def test_a_name_known_as_another_is_one_entity_under_its_full_name():
    text = ("Nova AI said it had raised $500 million in a funding round. The round was joined by the Public Sector "
            "Pension Investment Board, known as PSP Investments, and Zeta Capital. PSP Investments declined to comment.")
    result = summary(text)
    board = [e for e in result["entities"] if "PSP Investments" in e["aliases"]]
    assert [e["name"] for e in board] == ["Public Sector Pension Investment Board"]
    assert pairs(text) == [sorted(["Nova AI", "Public Sector Pension Investment Board", "Zeta Capital"])]


def test_a_name_officially_known_as_another_is_one_entity():
    result = summary("The deal was signed by Zeta Energy, officially known as Zeta Arabian Oil Company, with Orbit Heavy Industries.")
    assert [e["aliases"] for e in result["entities"] if e["name"] == "Zeta Energy"] == [["Zeta Arabian Oil Company"]]
    assert len(result["entities"]) == 2


def test_spanish_y_joins_the_words_of_one_name():
    text = "Orbit Ports agreed to acquire a stake in Puertos y Logistica from Kestrel Minera."
    assert {e["name"] for e in summary(text)["entities"]} == {"Orbit Ports", "Puertos y Logistica", "Kestrel Minera"}


def test_banks_that_are_part_of_the_syndicate_lend_in_the_loan_told_before():
    text = ("Zeta Group has arranged a bridge loan of about $15 billion from a group of banks led by Orbit Bank, "
            "people familiar with the matter said. Kestrel Banking Corp., Lumen Bank and Vega Bank are also part "
            "of the syndicate, the people said.")
    assert [(d["type"], d["parties"]) for d in summary(text)["deals"]] == [
        ("FinancialCooperation", ["Zeta Group", "Orbit Bank", "Kestrel Banking Corp.", "Lumen Bank", "Vega Bank"])]


def test_a_customer_list_named_after_a_firm_is_that_firms_customers():
    text = ("Winning Orbit Cloud would add another name to a Zeta Chips customer list that already includes "
            "Kestrel Cloud and Vega Labs.")
    assert {e["name"] for e in summary(text)["entities"]} == {"Orbit Cloud", "Zeta Chips", "Kestrel Cloud", "Vega Labs"}
    assert sorted(sorted(p) for p in pairs(text)) == [["Kestrel Cloud", "Zeta Chips"], ["Vega Labs", "Zeta Chips"]]


def test_a_project_backed_by_firms_is_their_deal_not_the_subjects():
    text = ("Vega Power has secured $7 billion in construction financing for its campus in Abilene, the flagship "
            "site of the Atlas project backed by Zeta Labs, Orbit Cloud and Kestrel Group.")
    assert pairs(text) == [sorted(["Zeta Labs", "Orbit Cloud", "Kestrel Group"])]


def test_banks_that_lead_and_join_a_debt_package_lend_in_the_raise_told_before():
    text = ("Vega Power has secured $7 billion in construction financing for its campus. Zeta Bank led the debt "
            "package, which also includes Orbit Bank and Kestrel Bank, according to people familiar with the deal.")
    assert pairs(text) == [sorted(["Vega Power", "Zeta Bank", "Orbit Bank", "Kestrel Bank"])]


@pytest.mark.parametrize("verb", ["has lined up", "secured", "booked", "reserved"])
def test_capacity_lined_up_from_clouds_is_bought_from_each(verb):
    text = f"Zeta AI {verb} computing capacity from Orbit Cloud and Vega Labs, while Kestrel built its own."
    assert sorted(pairs(text)) == [["Orbit Cloud", "Zeta AI"], ["Vega Labs", "Zeta AI"]]


@pytest.mark.parametrize("recalled", [
    "The financing follows Kestrel Soft's $1.5 billion investment in Vega Group last year.",
    "The financing lands a day before Kestrel Soft and Vega Group complete their merger.",
    "The financing comes weeks after Kestrel Soft bought Vega Group."])
def test_a_sentence_recalling_another_deal_adds_no_lenders_to_the_loan(recalled):
    text = ("Zeta Data has secured a $3 billion loan. The loan, signed on Monday, was arranged by Orbit Bank. "
            + recalled)
    assert sorted(pairs(text)) == [["Kestrel Soft", "Vega Group"], ["Orbit Bank", "Zeta Data"]]


def test_banks_that_join_the_lead_lender_in_the_syndicate_lend_too_unless_they_deny_it():
    text = ("A group of lenders led by Zeta Bank has agreed to provide $2 billion in project financing to Orbit "
            "Telecom. Kestrel Bank and Vega Bank will join Zeta Bank in the syndicate, sources said. "
            "Lumen Life, which was reported to be joining the syndicate, said it had no plans to participate.")
    assert pairs(text) == [sorted(["Zeta Bank", "Orbit Telecom", "Kestrel Bank", "Vega Bank"])]


def test_firms_that_are_another_firms_cloud_customers_are_supplied_by_it():
    text = "Kestrel Cloud has signed a deal. Nova Platforms and Vega Labs are also Zeta Systems cloud customers."
    assert sorted(pairs(text)) == [["Nova Platforms", "Zeta Systems"], ["Vega Labs", "Zeta Systems"]]


def test_building_a_plant_with_a_partner():
    assert pairs("Orbit Chips Inc. is building a plant with Zeta Labs Inc.") == [["Orbit Chips Inc.", "Zeta Labs Inc."]]


@pytest.mark.parametrize("text, expected", [
    ("Nova Chips Inc. has drawn other backers this year. Orbit Group bought $2bn of its shares in August.",
     [["Nova Chips Inc.", "Orbit Group"]]),
    ("Zeta Electronics Co. is picking up. Its foundry division inked a contract to produce Orbit Motors' AI6 chips.",
     [["Orbit Motors", "Zeta Electronics Co."]]),
])
def test_shares_bought_of_the_firm_told_before_and_chips_produced_for_their_owner(text, expected):
    assert sorted(sorted(p) for p in pairs(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Two Seas Capital, Orbit Mining's largest active shareholder, campaigned against it.",
     [("Investment", ["Orbit Mining", "Two Seas Capital"])]),
    ("Zeta Soft, Orbit Cloud's biggest customer, said so.", [("SupplyAgreement", ["Orbit Cloud", "Zeta Soft"])]),
    ("Nova Chips Inc. has drawn investments from Orbit AI, which agreed to buy $5 billion of shares, and from Zeta Group.",
     [("Investment", ["Nova Chips Inc.", "Orbit AI"]), ("Investment", ["Nova Chips Inc.", "Zeta Group"])]),
])
def test_an_apposition_naming_a_firms_shareholder_or_customer_and_a_list_from_two_backers(text, expected):
    assert sorted(typed_parties(text)) == expected


def test_firms_signed_up_as_customers_deal_with_the_articles_firm():
    text = ("Nova AI Inc. unveiled its compute platform on Wednesday. Orbit Bank and Zeta Telecom, as well as the "
            "rail operator Kestrel Rail, have signed up as launch customers, the company said.")
    assert sorted(sorted(p) for p in pairs(text)) == [["Kestrel Rail", "Nova AI Inc."], ["Nova AI Inc.", "Orbit Bank"],
                                                     ["Nova AI Inc.", "Zeta Telecom"]]


@pytest.mark.parametrize("text, expected", [
    ("Nova Chips also counts Orbit Labs as a key customer.", ("SupplyAgreement", "active")),
    ("Nova Cloud signed up Orbit Labs as a supplier in June.", ("SupplyAgreement", "signed")),
    ("Nova Cloud landed Orbit Labs as its anchor tenant.", ("SupplyAgreement", "announced")),
    ("Nova Cloud has added Orbit Labs as an investor.", ("Investment", "announced")),
])
def test_a_firm_taken_on_as_customer_supplier_or_investor_deals_with_the_one_who_took_it(text, expected):
    found = summary(text)["deals"]
    assert [(d["type"], sorted(d["parties"]), d["status"]) for d in found] == [
        (expected[0], ["Nova " + text.split()[1], "Orbit Labs"], expected[1])]


def test_a_firm_said_to_be_backed_by_another_is_its_investee():
    assert pairs("Orbit Labs is a Samsung Electronics-backed AI company based in Lisbon.") == [
        ["Orbit Labs", "Samsung Electronics"]]
    assert pairs("Orbit Labs is an OpenAI-backed AI company.") == [["OpenAI", "Orbit Labs"]]


def test_a_firm_described_by_its_backer_is_the_one_that_acts():
    text = "Yotta Cloud, backed by the Orbit Group, counts Kestrel Chips as its main GPU supplier."
    assert {tuple(sorted(p)) for p in pairs(text)} == {("Kestrel Chips", "Yotta Cloud"), ("Orbit Group", "Yotta Cloud")}


@pytest.mark.parametrize("text, expected", [
    ("Orbit AI agreed to buy chips from Zeta Chips. Nova Memory will also supply memory for the project.",
     {("Orbit AI", "Zeta Chips"), ("Nova Memory", "Orbit AI")}),
    ("Zeta Chips will supply 26,000 GPUs to Orbit AI. Kestrel Cloud will buy 6,000.",
     {("Orbit AI", "Zeta Chips"), ("Kestrel Cloud", "Zeta Chips")}),
    ("Zeta Chips will supply chips to Orbit AI. Nova Memory will also supply memory to Kestrel Cloud.",
     {("Orbit AI", "Zeta Chips"), ("Kestrel Cloud", "Nova Memory")}),
])
def test_another_supplier_or_buyer_told_without_its_counterpart_deals_with_the_one_told_before(text, expected):
    assert {tuple(sorted(p)) for p in pairs(text)} == expected


@pytest.mark.parametrize("text, expected", [
    ("Zeta Cloud agreed in March to buy chip designer Orbit Computing for $6.5 billion.",
     [("Acquisition", ["Orbit Computing", "Zeta Cloud"])]),
    ("Zeta Chips is the largest designer of application-specific integrated circuits, ahead of Orbit Labs.", []),
    ("Zeta Chips is big. It also counts Orbit Labs and Kestrel Cloud among its customers.",
     [("SupplyAgreement", ["Kestrel Cloud", "Zeta Chips"]), ("SupplyAgreement", ["Orbit Labs", "Zeta Chips"])]),
    ("Zeta Cloud acquired Orbit Labs in 2020 and later partnered with Kestrel Bank.",
     [("Acquisition", ["Orbit Labs", "Zeta Cloud"]), ("Partnership", ["Kestrel Bank", "Zeta Cloud"])]),
])
def test_names_that_end_like_products_circuits_and_the_subject_of_a_second_verb(text, expected):
    assert sorted(typed_parties(text)) == expected


def test_it_after_a_sentence_about_the_company_is_still_the_company():
    text = ("Orbit Cloud Inc. struck several deals last year. The company anchored Nova Reactor's $500 million round. "
            "It also signed an agreement with Zeta Power Co.")
    assert ["Orbit Cloud Inc.", "Zeta Power Co."] in [sorted(p) for p in pairs(text)]


@pytest.mark.parametrize("text, expected", [
    ("Zeta Group led a $40 billion funding round for Orbit AI in March, joined by Kestrel Capital and Nova Capital.",
     [sorted(["Zeta Group", "Orbit AI", "Kestrel Capital", "Nova Capital"])]),
    ("Orbit C&T Corp. and Orbit Heavy Industries Corp., the group's construction units, signed a memorandum of "
     "understanding with Nova AI Inc.", [["Nova AI Inc.", "Orbit C&T Corp.", "Orbit Heavy Industries Corp."]]),
    ("Dana Park, chief executive of Zeta Data Inc., will run the company, which counts hyperscalers including Orbit Cloud "
     "and Nova Soft among its tenants.", [["Nova Soft", "Zeta Data Inc."], ["Orbit Cloud", "Zeta Data Inc."]]),
    ("Zeta Group has poured tens of billions of dollars into Orbit AI.", [["Orbit AI", "Zeta Group"]]),
    ("Orbit Chips will supply chips. Zeta Electronics Co., Kestrel Motor Group and Nova Steel Co. will each buy 50,000.",
     [["Kestrel Motor Group", "Orbit Chips"], ["Nova Steel Co.", "Orbit Chips"],
      ["Orbit Chips", "Zeta Electronics Co."]]),  # from the supplier told before, not from each other
])
def test_rounds_for_a_firm_units_in_apposition_tenants_money_poured_and_each_buying(text, expected):
    assert sorted(sorted(p) for p in pairs(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Orbit Telecom signed an MOU with Nova AI, while Zeta C&T and Zeta Heavy Industries signed a separate MOU with "
     "the San Francisco-based company.", [["Nova AI", "Orbit Telecom"], ["Nova AI", "Zeta C&T"], ["Nova AI", "Zeta Heavy Industries"]]),
    ("Kestrel Memory and Orbit Chips each signed letters of intent to supply memory chips.", []),
    ("Kestrel Memory and Orbit Chips signed letters of intent.", []),
])
def test_a_definite_firm_based_somewhere_and_letters_each_firm_signed_alone(text, expected):
    assert sorted(sorted(p) for p in pairs(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Zeta Labs Inc. and Kestrel Corp.'s Orbit Cloud signed a deal with Nova AI Inc.",
     [["Nova AI Inc.", "Orbit Cloud"], ["Nova AI Inc.", "Zeta Labs Inc."]]),
    ("Zeta Labs Inc. and Abu Dhabi-backed Orbit Cloud Inc. signed a deal with Nova AI Inc.",
     [["Nova AI Inc.", "Orbit Cloud Inc."], ["Nova AI Inc.", "Zeta Labs Inc."]]),
    ("Zeta Labs Inc., together with Orbit Cloud Inc. and Abu Dhabi-backed Kestrel Corp., will acquire Nova AI Inc.",
     [sorted(["Kestrel Corp.", "Nova AI Inc.", "Orbit Cloud Inc.", "Zeta Labs Inc."])]),  # one buyer group
])
def test_subjects_listed_with_their_owners_backers_or_together_with_others(text, expected):
    assert sorted(sorted(p) for p in pairs(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Orbit Cloud remains the training partner of Nova AI, in which Zeta Corp. has invested $8 billion.",
     ("Investment", ["Nova AI", "Zeta Corp."])),
    ("Nova AI has signed deals with Orbit Cloud, the Samsung-backed neocloud.",
     ("Investment", ["Orbit Cloud", "Samsung Electronics"])),
    ("Nova Venture Inc. raised $27 billion of debt through a private bond sale arranged by Kestrel Stanley.",
     ("FinancialCooperation", ["Kestrel Stanley", "Nova Venture Inc."])),
])
def test_a_firm_in_which_another_invested_a_backed_firm_in_apposition_and_a_sale_arranged_by_a_bank(text, expected):
    found = typed_parties(text)
    assert expected in found


@pytest.mark.parametrize("text, expected", [
    ("Orbit Energy agreed to buy Zeta Power. The purchase still needs approval from the Federal Energy Regulatory "
     "Commission and the Justice Department.", [["Orbit Energy", "Zeta Power"]]),
    ("Kestrel Inc's Orbit Search, which has put more than $3 billion into Nova AI and owns about 14% of it, rents "
     "it chips.", [["Nova AI", "Orbit Search"]]),
    ("Talen Power Inc., which sold its Cumulus data center campus to Zeta Cloud Inc. for $650 million, is negotiating.",
     [["Talen Power Inc.", "Zeta Cloud Inc."]]),
])
def test_a_purchase_told_before_money_put_into_a_firm_by_a_unit_and_a_campus_sold(text, expected):
    assert sorted(sorted(p) for p in pairs(text)) == expected


NEWS_WORDS = ("the a , . ; which who that in known as joined by round was led Inc. Corp. Zeta Orbit Kestrel Nova 's ' "
              "( ) each letters of intent signed consortium together with and well for from to into poured put The "
              "startup It its company Existing backers alongside took part raised $ 5 billion Series A shareholders "
              "include tenants customers relied mostly on arranged - backed Samsung-backed two companies are Sheikh "
              "Omar bin Rashid Foxconn 廣達 CHIPS Act Outside Korea No. 2 Globally Samples New CEO chairman parent unit "
              "also chairs serves chief executive Mr 76-year-old").split()


@pytest.mark.parametrize("seed", range(4))
def test_word_salads_of_news_phrases_give_well_formed_drafts(seed):
    import random

    rng = random.Random(seed)
    for _ in range(60):
        result = summary(" ".join(rng.choice(NEWS_WORDS) for _ in range(rng.randint(1, 80))))
        names = {e["name"] for e in result["entities"]}
        for deal in result["deals"]:
            assert len(set(deal["parties"])) == len(deal["parties"]) >= 2 and set(deal["parties"]) <= names
        assert all({r["person"], r["organization"]} <= names for r in result["roles"])


@pytest.mark.parametrize("text", ["Orbit Labs hired Dana Park ,", "The bank named chairman Sheikh Omar bin Rashid", "CEO"])
def test_titles_and_names_at_a_sentences_edges_do_not_break_the_draft(text):
    result = summary(text)
    assert all(r["organization"] for r in result["roles"]) and result["deals"] == []


def test_a_firm_founded_with_money_from_named_companies_is_one_investment():
    text = ("Nova Foundry was founded in 2022 with ¥7.3 billion from four companies — Orbit Motor, Zeta Group, "
            "Kestrel Telecom and Lumen Bank — and is seeking more.")
    assert pairs(text) == [sorted(["Nova Foundry", "Orbit Motor", "Zeta Group", "Kestrel Telecom", "Lumen Bank"])]


def test_talks_with_lenders_about_raising_money_are_one_financing():
    text = ("Nova Platforms Inc. held talks with private credit firms including Orbit Global, Kestrel Capital and Zeta "
            "Partners about raising as much as $29 billion for the campus.")
    assert typed_parties(text) == [
        ("FinancialCooperation", sorted(["Nova Platforms Inc.", "Orbit Global", "Kestrel Capital", "Zeta Partners"]))]


def test_who_the_supplied_chips_go_to_deals_with_the_supplier():
    text = ("Orbit Chips will supply 260,000 processors to Lumen Telecom and the country's biggest groups, it said. "
            "The chips will go to Zeta Electronics Co. and Kestrel Group, each of which will take around 50,000. "
            "Nova Cloud Inc. will receive about 60,000.")
    assert sorted(sorted(p) for p in pairs(text)) == [["Kestrel Group", "Orbit Chips"], ["Lumen Telecom", "Orbit Chips"],
                                                     ["Nova Cloud Inc.", "Orbit Chips"], ["Orbit Chips", "Zeta Electronics Co."]]


@pytest.mark.parametrize("text, expected", [
    ("In May it joined Orbit Group, Zeta Cloud, Kestrel Chips and Nova Networks to announce a cluster in Abu Dhabi.",
     [sorted(["Orbit Group", "Zeta Cloud", "Kestrel Chips", "Nova Networks"])]),
    ("Zeta Group led Orbit AI's $40 billion funding round, syndicating the rest to co-investors including Kestrel "
     "Capital and Nova Management.", [sorted(["Zeta Group", "Orbit AI", "Kestrel Capital", "Nova Management"])]),
    ("Orbit Cloud Inc. signed the deal. It raised $700 million in a private placement from a group of investors "
     "including Zeta Chips and Kestrel Partners.", [sorted(["Orbit Cloud Inc.", "Zeta Chips", "Kestrel Partners"])]),
])
def test_joining_several_firms_co_investors_and_a_placement_from_a_group_of_investors(text, expected):
    assert pairs(text) == expected


def test_a_round_led_by_investors_whose_raiser_is_the_articles_firm():
    text = ("Nova AI Inc. is in talks with Orbit Portal. That came on top of a Series B round last year led by Zeta "
            "Networks and joined by Kestrel Telecom and Lumen Ventures, the venture arm of Acme Chips.")
    assert sorted(pairs(text)) == sorted([["Nova AI Inc.", "Orbit Portal"],
                                          sorted(["Nova AI Inc.", "Zeta Networks", "Kestrel Telecom", "Lumen Ventures"])])


@pytest.mark.parametrize("text", [
    "Zeta Labs refinanced its debt facilities with lenders including Orbit Bank, Nova Bank and Kestrel Bank.",
    "Zeta Labs signed loans with Orbit Bank, Nova Bank and Kestrel Bank.",
])
def test_lenders_listed_with_a_loan_are_one_financing_of_the_borrower(text):
    assert typed_parties(text) == [
        ("FinancialCooperation", ["Kestrel Bank", "Nova Bank", "Orbit Bank", "Zeta Labs"])]


@pytest.mark.parametrize("second, receivers", [
    ("Under the agreements, Zeta Electronics Co., Orbit Group and Kestrel Motor Group will each receive about 50,000 "
     "chips.", ["Kestrel Motor Group", "Orbit Group", "Zeta Electronics Co."]),
    ("Of the total, 50,000 GPUs will go to the Ministry of Science and ICT.", ["Ministry of Science and ICT"]),
])
def test_who_receives_what_a_firm_supplies_to_a_country_deals_with_that_supplier(second, receivers):
    text = f"Nova Chips will supply 260,000 GPUs to South Korea, it said on Friday. {second}"
    assert sorted(typed_parties(text)) == [
        ("SupplyAgreement", sorted(["Nova Chips", r])) for r in receivers]


def test_a_loan_unnamed_lenders_lead_to_a_firm_is_the_one_later_arrangers_and_lenders_join():
    text = ("TOKYO — Japan's three biggest lenders are leading an $18.5 billion bridge loan to Orbit Group, people said. "
            "Zeta Bank, Kestrel Bank and Nova Bank are arranging the 12-month facility, and Lumen Bank and Dune Bank "
            "are among the other lenders, the people said.")
    assert typed_parties(text) == [("FinancialCooperation", sorted(["Orbit Group", "Zeta Bank", "Kestrel Bank",
                                                                    "Nova Bank", "Lumen Bank", "Dune Bank"]))]


@pytest.mark.parametrize("second, kind", [
    ("Up to $12.5 billion of debt is under negotiation with lenders that include Zeta Credit and Kestrel Capital.",
     "FinancialCooperation"),
    ("Investors that include Zeta Credit and Kestrel Capital put money in, the people said.", "Investment"),
])
def test_lenders_or_investors_that_include_firms_join_the_raise_told_before(second, kind):
    text = f"Nova AI is raising $20 billion to pay for chips, people said. {second}"
    assert typed_parties(text) == [(kind, ["Kestrel Capital", "Nova AI", "Zeta Credit"])]


@pytest.mark.parametrize("text", [
    "Nova AI said it had raised $13 billion. Orbit Capital led the financing. Zeta Partners and Lightspeed co-led.",
    "Nova AI closed a $13 billion round led by Orbit Capital. Zeta Partners and Lightspeed were among other "
    "participants, the company said.",
    "The $13 billion raise, led by Orbit Capital, values Nova AI at $183 billion. Participants included Zeta Partners "
    "and Lightspeed.",
    "The round values Nova AI at $183 billion. Investors include Orbit Capital, Zeta Partners and Lightspeed.",
])
def test_a_rounds_co_leaders_other_participants_and_the_firm_it_values_are_one_deal(text):
    assert pairs(text) == [sorted(["Nova AI", "Orbit Capital", "Zeta Partners", "Lightspeed"])]


def test_a_long_list_selected_to_supply_each_deal_with_the_one_that_selected_them():
    text = "Orbit Cloud has selected Zeta Data Services, Kestrel Networks and Nova Technologies India to supply chips."
    assert typed_parties(text) == [("SupplyAgreement", sorted(["Orbit Cloud", p])) for p in
                                   ("Zeta Data Services", "Kestrel Networks", "Nova Technologies India")]


def test_a_loan_and_shares_that_name_no_receiver_go_to_the_raiser_told_just_before():
    text = ("Orbit Data has secured $6 billion in debt and equity to build its campus. Zeta Bank, Nova Bank and Kestrel "
            "Bank are providing a $5 billion syndicated loan, while Alpha Fund and Beta Fund will subscribe for $1 billion "
            "of preference shares, Orbit said.")
    assert typed_parties(text)[0] == ("FinancialCooperation", ["Kestrel Bank", "Nova Bank", "Orbit Data", "Zeta Bank"])


def test_a_raise_told_in_parts_over_sentences_is_the_raisers_with_each_part():
    text = ("Zeta Data has raised Rs 4,500 crore in debt to expand its cloud. Of the total, Rs 2,000 crore came from "
            "debentures privately placed with Alpha Mutual Fund and Beta Life Insurance. Gamma Capital arranged the issue. "
            "Orbit Bank and Nova Bank have sanctioned term loans of Rs 2,500 crore.")
    assert typed_parties(text) == [
        ("FinancialCooperation", ["Alpha Mutual Fund", "Beta Life Insurance", "Gamma Capital", "Zeta Data"]),
        ("FinancialCooperation", ["Nova Bank", "Orbit Bank", "Zeta Data"])]


def test_an_earlier_round_the_loan_follows_is_a_round_of_its_own():
    text = ("Zeta Data has secured a $2.4 billion syndicated loan to expand its campuses. Orbit Bank and Nova Bank were "
            "mandated lead arrangers on the facility, the company said. The loan follows a $1.2 billion Series C round in "
            "June, led by Alpha Capital with participation from Beta Ventures.")
    assert typed_parties(text) == [("FinancialCooperation", ["Nova Bank", "Orbit Bank", "Zeta Data"]),
                                   ("Investment", ["Alpha Capital", "Beta Ventures", "Zeta Data"])]


def test_the_underwriters_of_a_placement_launched_are_in_it():
    assert typed_parties("Zeta Data has launched a $1.5 billion institutional placement. Orbit Bank and Nova Bank are "
                         "joint lead managers and underwriters on the raising.") == [
        ("Investment", ["Nova Bank", "Orbit Bank", "Zeta Data"])]


def test_the_firm_a_raiser_merged_with_is_no_investor_in_its_round():
    text = ("Zeta Chips raised 250 billion won in a round led by Orbit Development Bank. The round values Zeta Chips at "
            "about 1.9 trillion won, up from 1.3 trillion won when it merged with Nova Silicon last December.")
    assert typed_parties(text) == [("Investment", ["Orbit Development Bank", "Zeta Chips"]),
                                   ("Acquisition", ["Nova Silicon", "Zeta Chips"])]


@pytest.mark.parametrize("text, parties", [
    ("Orbit Labs will supply chips to Zeta Cloud under a contract valued at $1.5 billion, Zeta Cloud said in a filing "
     "with Japan's Financial Services Agency.", [("SupplyAgreement", ["Orbit Labs", "Zeta Cloud"])]),
    ("Orbit Labs filed an application with Zeta Cloud to jointly develop a 500 MW data center campus in Texas.",
     [("Partnership", ["Orbit Labs", "Zeta Cloud"])]),
    ("Analysts at Nova Bank picked Orbit Labs and Zeta Cloud over Kappa Systems as the best AI plays.", []),
    ("Orbit Labs raised $150 million in a Series B led by Zeta Capital. Nova Cloud and Kappa Systems are providing "
     "the compute offering that Orbit Labs resells to banks.", [("Investment", ["Orbit Labs", "Zeta Capital"])]),
    ("Orbit Labs raised $500 million from Zeta Capital last year. Of the total revenue of $2 billion, 40% came from "
     "sales to Nova Bank and Kappa Systems.", [("Investment", ["Orbit Labs", "Zeta Capital"])]),
    ("Orbit Labs raised $200 million in a Series B round. Separately, Nova Bank and Kappa Bank are providing a $1 "
     "billion loan for a data center project in Texas.", [("FinancialCooperation", ["Kappa Bank", "Nova Bank"])]),
    ("Orbit Labs raised $300 million in a round led by Zeta Capital. Nova Ventures, which bought Orbit Labs' robotics "
     "unit in 2023, also took part.", [("Investment", ["Nova Ventures", "Orbit Labs", "Zeta Capital"])]),
])
def test_filings_picks_and_rounds_from_the_review_keep_their_plain_reading(text, parties):
    assert typed_parties(text) == parties


def test_a_loan_told_after_another_firms_news_is_not_the_earlier_raisers():
    text = ("Orbit Data has secured $6 billion in debt and equity to build its campus. Nova Cloud opened a lab in Osaka. "
            "Zeta Bank and Kestrel Bank are providing a $5 billion syndicated loan.")
    assert ("FinancialCooperation", ["Kestrel Bank", "Zeta Bank"]) in typed_parties(text)


def test_banks_that_will_lead_an_offering_of_notes_finance_the_firm_that_said_so():
    text = ("Nova Cloud signs deal with Orbit Labs. Orbit Labs said it would fund the buildout with new debt. Zeta Bank "
            "and Kestrel Bank will lead a planned $1 billion offering of convertible notes, the company added.")
    assert typed_parties(text) == [("Partnership", ["Nova Cloud", "Orbit Labs"]),
                                   ("FinancialCooperation", ["Kestrel Bank", "Orbit Labs", "Zeta Bank"])]


@pytest.mark.parametrize("text, parties", [
    ("Orbit Labs, Zeta Systems and Kestrel Power formed a consortium on Monday.",
     [("Partnership", ["Kestrel Power", "Orbit Labs", "Zeta Systems"])]),
    ("Orbit Labs, Zeta Systems, Nova National Bank and Kestrel Power have formed a consortium to build a cloud.",
     [("Partnership", ["Kestrel Power", "Nova National Bank", "Orbit Labs", "Zeta Systems"])]),
    ("Orbit Labs, Zeta Systems, Nova National Bank and Kestrel Power will lead the consortiums building a cloud.", []),
    ("Orbit Labs licensed its technology to Zeta Systems.", [("Partnership", ["Orbit Labs", "Zeta Systems"])]),
    ("Orbit Labs has not submitted a license application to the Nova Regulatory Commission.", []),
    ("Orbit Labs agreed to buy Zeta Systems from Kestrel Partners for $2 billion.",
     [("Acquisition", ["Kestrel Partners", "Orbit Labs", "Zeta Systems"])]),
    ("Orbit Labs agreed to sell Zeta Systems to Kestrel Partners for $2 billion.",
     [("Acquisition", ["Kestrel Partners", "Orbit Labs", "Zeta Systems"])]),
])
def test_a_consortium_formed_a_licence_and_a_purchase_with_its_seller(text, parties):
    assert typed_parties(text) == parties


@pytest.mark.parametrize("text, parties", [
    ("Kestwick Savings and Tideway Infrastructure Fund plan to co-invest in a 300 MW solar farm.",
     ["Kestwick Savings", "Tideway Infrastructure Fund"]),
    ("Orbit Capital will co-invest with Zeta Partners in the campus.", ["Orbit Capital", "Zeta Partners"]),
])
def test_firms_that_co_invest_make_one_investment(text, parties):
    assert typed_parties(text) == [("Investment", parties)]


@pytest.mark.parametrize("text", [
    "Zeta Bank lent $500 million to Orbit Networks last year.",
    "Zeta Bank and Kestrel Bank will each lend ¥40 billion to Orbit Networks for a new fab.",
])
def test_banks_that_lend_to_a_firm_make_its_loan(text):
    deals = typed_parties(text)
    assert deals and all(kind == "FinancialCooperation" and "Orbit Networks" in parties for kind, parties in deals)
    assert {p for _, parties in deals for p in parties} >= {"Zeta Bank", "Orbit Networks"}


def test_lenders_who_join_a_loan_its_arrangers_were_told_of_join_that_loan():
    text = ("Orbit Battery Corp. has signed a $2 billion syndicated loan to fund its U.S. expansion. The facility was "
            "arranged by Zeta Bank and Kestrel Bank, the battery maker said. Nova Trust Bank and Lumen Banca SpA also joined.")
    assert typed_parties(text) == [("FinancialCooperation", sorted(["Orbit Battery Corp.", "Zeta Bank", "Kestrel Bank",
                                                                    "Nova Trust Bank", "Lumen Banca SpA"]))]


def test_investors_named_after_also_investing_were_join_the_round_as_two_firms():
    text = ("Orbit AI, a Helsinki start-up, has raised $90 million. Kestrel Nordic AB led the round. Also investing were "
            "Ostara Kapital and Nordvik Growth Fund, the company said.")
    assert pairs(text) == [sorted(["Orbit AI", "Kestrel Nordic AB", "Ostara Kapital", "Nordvik Growth Fund"])]


def test_members_of_the_consortium_told_before_join_its_deal():
    text = ("A consortium of investors led by Orbit Capital has agreed to finance a campus being developed by Zeta "
            "Digital. Members of the consortium include Kestrel Investment Co and Nova Capital.")
    assert pairs(text) == [sorted(["Orbit Capital", "Zeta Digital", "Kestrel Investment Co", "Nova Capital"])]


def test_a_firm_named_after_the_subjects_second_verb_is_no_party_to_its_first_deal():
    text = ("Orbit Telecom has raised 600 billion won in project financing for the data centre it is building in Paju, "
            "and has agreed to bring Zeta Cloud's Gemini models into its products.")
    assert ("FinancialCooperation", ["Orbit Telecom", "Zeta Cloud"]) not in typed_parties(text)


def test_an_earlier_raise_told_by_where_it_came_from_is_a_round_of_its_own():
    text = ("Nova AI raised $2 billion in April in a round led by Orbit Capital, with Zeta Ventures also investing. "
            "Its first raise, $1 billion last September, came from Kestrel Partners, Lumen Capital and SV Angel.")
    assert sorted(pairs(text)) == sorted([sorted(["Nova AI", "Orbit Capital", "Zeta Ventures"]),
                                          sorted(["Nova AI", "Kestrel Partners", "Lumen Capital", "SV Angel"])])


def test_a_firm_a_headline_names_by_its_first_word_is_the_one_the_body_names_in_full():
    text = ("Chip start-up Zetanova raises $410m in new funding\n\n"
            "Zetanova Semiconductor, a Toronto-based chip designer, has raised $410 million in a round led by Orbit "
            "Capital.\n\nKestrel Partners and Nova Ventures joined the round, Zetanova said on Wednesday.")
    found = summary(text)
    assert [(d["type"], sorted(d["parties"])) for d in found["deals"]] == [
        ("Investment", ["Kestrel Partners", "Nova Ventures", "Orbit Capital", "Zetanova Semiconductor"])]
    assert {"name": "Zetanova Semiconductor", "type": "Company", "aliases": ["Zetanova"]} in found["entities"]


@pytest.mark.parametrize("text, expected", [
    ("Zeta Group sold its stake in Orbit Labs and signed a supply deal with Kestrel Motors.",
     [("SupplyAgreement", ["Kestrel Motors", "Zeta Group"])]),
    ("Zeta Group sold its stake in Orbit Labs and drew on a $15 billion bridge loan provided by Kestrel Bank "
     "and Nova Bank.", [("FinancialCooperation", ["Kestrel Bank", "Nova Bank", "Zeta Group"])]),
    ("To raise the cash, Zeta Group sold its stake in Orbit Labs in October and drew on a bridge loan provided by "
     "Kestrel Bank.", [("FinancialCooperation", ["Kestrel Bank", "Zeta Group"])]),
    ("Orbit Labs completed its restructuring. Zeta Group holds about 27% of the company.",
     [("Investment", ["Orbit Labs", "Zeta Group"])]),
])
def test_the_subject_of_a_second_verb_and_a_share_of_the_company_told_before(text, expected):
    assert typed_parties(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Zeta Cloud said the company now offers Kestrel AI's Nimbus models inside its office suite.",
     [("Integration", ["Kestrel AI", "Zeta Cloud"])]),
    ("Zeta Cloud hosts AI workloads for Orbit Labs and Nova Robotics.",
     [("SupplyAgreement", ["Orbit Labs", "Zeta Cloud"]), ("SupplyAgreement", ["Nova Robotics", "Zeta Cloud"])]),
])
def test_another_firm_s_models_offered_and_workloads_hosted(text, expected):
    assert typed_parties(text) == expected


def test_the_two_affiliates_of_a_named_group_are_the_two_firms_named_before():
    text = ("SEOUL, Oct 2 (Reuters) - Shares in Zeta Heavy Industries and Zeta Construction rose after the two "
            "Zeta Group affiliates agreed with Kestrel AI to study floating data centres.")
    assert sorted(typed_parties(text)) == [("Partnership", ["Kestrel AI", "Zeta Construction"]),
                                           ("Partnership", ["Kestrel AI", "Zeta Heavy Industries"])]
    with_model = typed_parties(text, decide_pair=pair_model().accepts)
    assert not {"Zeta Group", "Reuters"} & {name for _, parties in with_model for name in parties}


@pytest.mark.parametrize("text, expected", [
    ("OpenAI struck deals with Samsung and SK in Seoul last month, leaving Orbit Group the only one of the country's "
     "four largest business groups without a formal tie-up with the Nimbus Chat maker.",
     [("Partnership", ["OpenAI", "Samsung Electronics"]), ("Partnership", ["OpenAI", "SK Group"])]),
    ("Zeta Telecom said on Monday it already offers Kestrel AI's search to its subscribers.",
     [("Integration", ["Kestrel AI", "Zeta Telecom"])]),
])
def test_a_firm_left_without_a_tie_up_has_none_and_another_s_search_offered_is_one(text, expected):
    assert typed_parties(text) == expected


def test_a_round_close_to_completion_takes_the_investors_told_after_it():
    text = ("Zeta AI is close to completing a $15 billion equity round, people familiar with the matter said. "
            "The round is being led by Valor Partners, with participation from Kestrel Investments and Nova Holding.")
    assert typed_parties(text) == [
        ("Investment", sorted(["Kestrel Investments", "Nova Holding", "Valor Partners", "Zeta AI"]))]


def test_a_firm_a_headline_names_by_its_first_words_is_the_one_the_body_names_with_its_legal_form():
    text = ("Zeta Corp., Kansora Electric sign power deal for data center\n"
            "Zeta Corp. has agreed with Kansora Electric Power Co. to secure 150 megawatts of electricity.")
    found = summary(text)
    assert {"name": "Kansora Electric Power Co.", "type": "Company", "aliases": ["Kansora Electric"]} in found["entities"]
    assert len(found["entities"]) == 2


@pytest.mark.parametrize("text, lenders", [
    ("Zeta Data Centers has signed a $3.2 billion debt package with a group of lenders led by Orbit Bank and Nova "
     "Chartered. The seven-year facility, in which Kestrel NBD and Lumenreq also participate, will fund two campuses.",
     ["Kestrel NBD", "Lumenreq", "Nova Chartered", "Orbit Bank"]),
    ("Zeta Data Centers has tied up Rs 4,500 crore of debt from a consortium led by Orbit Bank of India. Bank of "
     "Baroda and Nova Bank are the other lenders in the 10-year facility.", ["Bank of Baroda", "Nova Bank", "Orbit Bank of India"]),
    ("Zeta Data Centers has signed a $3.2 billion loan with Orbit Bank. Nova Bank and Kestrel Bank are also among "
     "the lenders, people said. Acme and Lumen were the lenders' counsels.", ["Kestrel Bank", "Nova Bank", "Orbit Bank"]),
])
def test_a_syndicate_led_by_banks_and_the_lenders_told_after_are_one_financing(text, lenders):
    assert typed_parties(text) == [
        ("FinancialCooperation", sorted(["Zeta Data Centers", *lenders]))]


@pytest.mark.parametrize("text", [
    "Zeta Data, part of the Orbit Group, has tied up $500 million of debt from Nova Bank.",
    "Zeta Data, the Orbit Group unit that runs the region's servers, has signed a $500 million loan with Nova Bank.",
])
def test_the_firm_an_apposition_describes_borrows_not_its_parent(text):
    assert typed_parties(text) == [
        ("FinancialCooperation", ["Nova Bank", "Zeta Data"])]


def test_a_sentence_opening_with_the_financing_adds_to_the_loan_told_before():
    text = ("A group of banks led by Orbit Bank and Nova Bank has agreed to provide $22 billion in construction loans "
            "for a campus. The financing, one of the largest project loans ever, will go to a venture controlled by "
            "Zeta Data Centers and Kestrel Capital, people said.")
    assert typed_parties(text) == [
        ("FinancialCooperation", ["Kestrel Capital", "Nova Bank", "Orbit Bank", "Zeta Data Centers"])]


def test_an_owner_opening_an_apposition_describes_its_arm_and_is_no_investor():
    text = ("Nova AI has raised $200 million in a round led by Orbit Capital, with the Zeta Fund, Zeta Electronics' "
            "strategic venture arm, joining returning backers Kestrel Corp. and Lumen Bank.")
    assert typed_parties(text) == [
        ("Investment", ["Kestrel Corp.", "Lumen Bank", "Nova AI", "Orbit Capital", "Zeta Fund"])]


def test_both_korean_companies_and_an_object_that_was_no_name_before_and():
    text = ("Zeta Memory and Orbit Chips control most of the market. Both Korean companies signed letters of intent "
            "with Nova AI in October. Last week, Kestrel Corp. said it would invest $1 billion in the startup, and "
            "Lumen Corp. signed a cloud contract with Nova AI in July.")
    found = sorted(typed_parties(text))
    assert ("LetterOfIntent", ["Nova AI", "Zeta Memory"]) in found and ("LetterOfIntent", ["Nova AI", "Orbit Chips"]) in found
    assert not any(parties == ["Kestrel Corp.", "Lumen Corp."] for _, parties in found)


def test_the_two_companies_after_a_linker_and_a_place_described_opening_stand_for_firms():
    text = ("Orbit Cloud and Kestrel Power formed a 50-50 joint venture in Norway. Nova AI plans to buy capacity "
            "from the two companies at the site.")
    assert ("SupplyAgreement", ["Kestrel Power", "Nova AI"]) in typed_parties(text)
    text = ("Zeta Cloud raced to add capacity. The Livingston, New Jersey-based company expanded its deal with Orbit AI "
            "last month. It also signed a $14 billion deal to supply computing power to Nova Platforms.")
    assert ("SupplyAgreement", ["Nova Platforms", "Zeta Cloud"]) in typed_parties(text)


@pytest.mark.parametrize("text, parties", [
    ("Zeta Data is eyeing a syndicated loan. According to Bloomberg, the Zeta Data loan is being led by Orbit Bank, "
     "Nova Bank and Kestrel Bank.", ["Kestrel Bank", "Nova Bank", "Orbit Bank", "Zeta Data"]),
    ("Zeta Data closed a $1.9 billion financing. The loan, which was led by Orbit Bank and Nova Bank, will fund "
     "two campuses.", ["Nova Bank", "Orbit Bank", "Zeta Data"]),
    ("ZetaConneX, the joint venture between Orbit Enterprises and Nova Data, has secured a loan from Kestrel Bank.",
     ["Kestrel Bank", "ZetaConneX"]),
])
def test_loans_led_by_banks_and_the_borrower_an_apposition_describes(text, parties):
    assert [sorted(d["parties"]) for d in summary(text)["deals"] if d["type"] != "JointVenture"] == [parties]


def test_a_numbered_reactor_of_a_firm_is_a_thing_not_a_party():
    text = "Orbit Power signed an agreement under which Zeta Authority will buy 50 megawatts from Orbit's Hermes 2 reactor."
    assert "Hermes" not in {e["name"] for e in summary(text)["entities"]}



def test_a_firm_that_is_its_customer_or_shareholder_deals_with_what_its_stands_for():
    text = ("Zeta Cloud went public in March. Orbit Soft, which accounted for 62% of Zeta Cloud's revenue, remains its "
            "largest customer, and Nova Labs is its biggest shareholder.")
    assert sorted(typed_parties(text)) == [
        ("Investment", ["Nova Labs", "Zeta Cloud"]), ("SupplyAgreement", ["Orbit Soft", "Zeta Cloud"])]


@pytest.mark.parametrize("text, expected", [
    ("At the APEC CEO Summit Nvidia announced a deal with Orbit Memory.", [["Nvidia", "Orbit Memory"]]),
    ("Zeta Corp raised $500 million. Its Ohio facility, led by Orbit Energy and Nova Labs, will house GPUs.", []),
    ("Zeta Chips said its supply chain was strained. Orbit Electronics and Nova Motor will each take 20 percent of "
     "the venture.", []),
    ("Zeta Corp signed a supply deal with U Mobile.", [["U Mobile", "Zeta Corp"]]),
    ("Zeta Corp signed a deal with Stoke-on-Trent Council.", [["Stoke-on-Trent Council", "Zeta Corp"]]),
    ("Zeta Power agreed to buy power from Kestrel Nuclear reactors.", [["Kestrel Nuclear", "Zeta Power"]]),
    ("Zeta Corp signed a $1 billion loan with Orbit Bank. The facility will be built by Nova Build and Kestrel Chips, "
     "which agreed a financing deal.", [["Kestrel Chips", "Nova Build"], ["Orbit Bank", "Zeta Corp"]]),
])
def test_readings_a_review_found_too_wide_stay_narrow(text, expected):
    assert sorted(pairs(text)) == expected


@pytest.mark.parametrize("text, parties", [
    ("Orbit Labs raised $50 million in a Series B round led by Kestrel Capital. Other VC firms such as Zeta Capital "
     "and Nova Partners participated in this round of financing.",
     ["Orbit Labs", "Kestrel Capital", "Zeta Capital", "Nova Partners"]),
    ("Orbit Bank is nearing a $1.5 billion loan. Kestrel Bank, Zeta Bank and Nova Bank are providing the loan, "
     "according to people familiar.", ["Orbit Bank", "Kestrel Bank", "Zeta Bank", "Nova Bank"]),
    ("Orbit Labs raised $102 million in a Series C round. The lender was Kestrel Innovation Banking.",
     ["Orbit Labs", "Kestrel Innovation Banking"]),
])
def test_firms_providing_the_loan_or_in_this_round_or_the_lender_join_the_round_told_before(text, parties):
    assert pairs(text) == [sorted(parties)]


def test_an_ordinary_word_that_opens_many_names_still_opens_one_at_a_sentence_start():
    text = ("(Wire) -- Bank Kestrel Indonesia is raising a $600 million loan from six banks. Zeta Bank and Nova Bank "
            "are providing the loan. The figure excludes deals which involve just one bank lender.")
    assert pairs(text) == [sorted(["Bank Kestrel Indonesia", "Zeta Bank", "Nova Bank"])]


def test_a_joint_ventures_owners_in_an_apposition_are_no_parties_of_its_deal():
    text = "Zeta Cloud signed a lease with Orbit Connex, a joint venture between Orbit Enterprises and Kestrel Connex."
    assert sorted(typed_parties(text)) == [("JointVenture", ["Kestrel Connex", "Orbit Enterprises"]),
                                           ("SupplyAgreement", ["Orbit Connex", "Zeta Cloud"])]
    text = "Zeta Motors will merge with Kestrel Trucks, a Nova Motor subsidiary, next year."
    assert typed_parties(text) == [("Acquisition", ["Kestrel Trucks", "Zeta Motors"])]


def test_firms_a_company_is_an_alternative_to_are_rivals_and_a_things_abbreviation_no_name():
    text = ("Working with the open RISC-V standard, Orbit Chips aims to give customers an alternative to the leaders "
            "Zeta Corp and Kestrel Holdings Plc. Orbit Chips said it may convert a Nova Bank loan into a "
            "sustainability-linked loan (SLL).")
    assert typed_parties(text) == []
    assert {e["name"] for e in summary(text)["entities"]} == {"Orbit Chips", "Zeta Corp", "Kestrel Holdings Plc.",
                                                             "Nova Bank"}


def test_a_deals_advisers_are_no_parties():
    text = ("Orbit Quantum raised $300 million in a round led by Kestrel Ventures. Zeta Sachs advised Orbit Quantum "
            "on the funding round. Nova LLP and Dune LLP acted as legal advisers to Orbit Quantum. "
            "Orbit Quantum, advised by Lumen Partners, will also buy Vela Labs.")
    assert sorted(typed_parties(text)) == [
        ("Acquisition", ["Orbit Quantum", "Vela Labs"]), ("Investment", ["Kestrel Ventures", "Orbit Quantum"])]
    assert typed_parties("Zeta Sachs advised Orbit Quantum on its funding round.", decide_pair=lambda pair: True) == []
    text = "Zeta Sachs advised Orbit Quantum; Nova LLP and Dune & Co handled the legal work, per a person familiar."
    assert typed_parties(text, decide_pair=lambda pair: True) == []
    for text in ("Orbit Quantum has filed for a listing and hired Zeta Securities and Nova Brothers as advisers.",
                 "Orbit Quantum is exploring a sale and has hired Zeta Partners to advise it.",
                 "Orbit Quantum is raising a $5 billion fund and has hired Zeta Partners as placement agent."):
        assert typed_parties(text, decide_pair=lambda pair: True) == []


def test_firms_that_will_each_build_their_own_things_are_no_partners():
    assert summary("Orbit Cloud and Zeta Labs will build their own models.")["deals"] == []
    assert [sorted(d["parties"]) for d in summary("Orbit Cloud and Zeta Labs will build a data centre.")["deals"]] == [
        ["Orbit Cloud", "Zeta Labs"]]


def test_a_firms_customer_named_after_is_a_party_but_not_a_rival_after_a_clause():
    assert [sorted(d["parties"]) for d in summary("Orbit Energy's largest customer is Zeta Chemical.")["deals"]] == [
        ["Orbit Energy", "Zeta Chemical"]]
    text = "It gives Orbit Chips a reference customer at scale, which is what it lacked against Kestrel Labs."
    assert summary(text)["deals"] == []


def test_a_firm_sold_to_two_buyers_is_one_sale_of_all_of_them():
    text = "Orbit Capital said it would sell Nova Data. A year earlier it had sold Zeta Cloud to Kestrel Fund and Dune Partners."
    assert ["Dune Partners", "Kestrel Fund", "Orbit Capital", "Zeta Cloud"] in [
        sorted(d["parties"]) for d in summary(text)["deals"]]


def test_a_firm_building_sites_for_another_or_its_campus_supplies_it():
    for text in ("Orbit Cloud is building data centres for Zeta Labs in Texas.",
                 "Orbit Cloud, which is building much of Zeta Labs' capacity in Texas, gained 6.3%."):
        assert [(d["type"], sorted(d["parties"])) for d in summary(text)["deals"]] == [
            ("SupplyAgreement", ["Orbit Cloud", "Zeta Labs"])]
    assert summary("Orbit Cloud is building capacity for AI in Wisconsin.")["deals"] == []


def test_a_firm_that_co_designs_anothers_chips_partners_their_owner():
    text = "Orbit Silicon already co-designs Zeta Cloud's tensor processors and builds custom chips for Kestrel Labs."
    assert sorted(sorted(d["parties"]) for d in summary(text)["deals"]) == [
        ["Kestrel Labs", "Orbit Silicon"], ["Orbit Silicon", "Zeta Cloud"]]


def test_similar_moves_by_other_firms_are_no_deal_among_them():
    text = "The plan to invest heavily in AI comes after similar announcements made by Orbit Consulting and Zeta Tech."
    assert summary(text)["deals"] == []


def test_money_put_into_an_owners_described_venture_goes_to_the_venture_named_after_it():
    text = ("Orbit Group and Zeta Cloud will invest a further $770 million in their Thai data centre joint venture, "
            "Kestrel Data, to build a second campus.")
    invested = [sorted(d["parties"]) for d in summary(text)["deals"] if d["type"] == "Investment"]
    assert ["Kestrel Data", "Orbit Group"] in invested and ["Kestrel Data", "Zeta Cloud"] in invested


def test_firms_that_sign_up_or_sign_on_with_another_partner_it():
    assert [sorted(d["parties"]) for d in summary("Zeta Labs signed up with Orbit Power to develop a reactor site.")[
        "deals"]] == [["Orbit Power", "Zeta Labs"]]
    text = "Kestrel Cloud has signed on with Nova Grid, a public power consortium, to build a plant."
    assert [sorted(d["parties"]) for d in summary(text)["deals"]] == [["Kestrel Cloud", "Nova Grid"]]


def test_bodies_that_approve_a_deal_are_no_parties_but_a_firm_s_shareholders_leave_it_one():
    text = ("The generator is waiting on the Department of Justice and the Federal Energy Regulatory Commission to "
            "approve its purchase of Zeta Energy.")
    assert typed_parties(text) == []
    text = ("Kestrel Cloud signed a 20-year power purchase agreement for the plant's output, which Orbit Power expects "
            "to resume in 2029 pending approvals from the Nuclear Regulatory Commission and the Federal Energy "
            "Regulatory Commission.")
    assert typed_parties(text) == [("SupplyAgreement", ["Kestrel Cloud", "Orbit Power"])]
    text = "Orbit Power agreed to buy Zeta Energy, which still needs approval from Zeta Energy shareholders."
    assert typed_parties(text) == [("Acquisition", ["Orbit Power", "Zeta Energy"])]
    hired = "Orbit Power signed a contract with Zeta Demolition to clear the site."
    assert [sorted(d["parties"]) for d in summary(hired)["deals"]] == [["Orbit Power", "Zeta Demolition"]]


def test_a_round_naming_a_firm_by_its_short_and_full_name_keeps_its_other_investors():
    text = ("Orbitly raises $1.38bn as its campus powers up\n"
            "Orbitly Energy Systems has closed a $1.38 billion Series E, the company said on Thursday. "
            "The round was led by Kestrel Partners and Zeta Capital, with participation from Nova Ventures and Dune Chips, "
            "which also supplies the chips going into Orbitly's campus.")
    assert typed_parties(text) == [("Investment", sorted(["Orbitly Energy Systems", "Kestrel Partners", "Zeta Capital",
                                                         "Nova Ventures", "Dune Chips"]))]


@pytest.mark.parametrize("text, members", [
    ("The ministry said the Orbit SDS group, which includes Zeta Cloud, Kestrel Corp. and Nova Power Corp., beat "
     "out a rival bid to develop the facility.", ["Orbit SDS", "Zeta Cloud", "Kestrel Corp.", "Nova Power Corp."]),
    ("The Orbit SDS consortium, which includes Zeta Cloud and Kestrel Corp., won the bid.",
     ["Orbit SDS", "Zeta Cloud", "Kestrel Corp."]),
])
def test_a_bidding_group_named_after_its_leader_is_one_venture_with_its_members(text, members):
    assert typed_parties(text) == [("JointVenture", sorted(members))]


def test_a_conglomerates_name_with_which_includes_is_no_venture():
    assert typed_parties("Orbit Group, which includes Zeta Cloud and Kestrel Corp., reported earnings.") == []


def test_deals_listed_after_a_name_each_belong_to_the_clauses_subject():
    text = ("Orbit Services previously secured a $1.1 billion engagement with the UK’s Zeta Savings Trust, a US$1 "
            "billion digital transformation deal with Kestrel Motors, and a $2.5 billion, 15-year administration "
            "contract with British insurer Nova Life.")
    assert sorted(typed_parties(text)) == [("Partnership", ["Kestrel Motors", "Orbit Services"]),
                                           ("Partnership", ["Nova Life", "Orbit Services"])]


@pytest.mark.parametrize("text, parties", [
    ("Orbit Chips raised $50 million from Zeta Motor and Kestrel Group.", ["Orbit Chips", "Zeta Motor", "Kestrel Group"]),
    ("Orbit Chips makes chips. The company raised ¥7.3 billion from Zeta Motor and Kestrel Group.",
     ["Orbit Chips", "Zeta Motor", "Kestrel Group"]),
    ("Zeta Systems raised $30 million from investors including Orbit Labs and Kestrel Group.",
     ["Zeta Systems", "Orbit Labs", "Kestrel Group"]),
    ("Zeta Systems received $40 million in funding from Orbit Labs and Kestrel Group.",
     ["Zeta Systems", "Orbit Labs", "Kestrel Group"]),
    ("Zeta Systems is on course to receive a substantial investment from Orbit Labs and Kestrel Group.",
     ["Zeta Systems", "Orbit Labs", "Kestrel Group"]),
])
def test_a_raise_from_named_firms_is_one_round_of_them_all(text, parties):
    assert typed_parties(text) == [("Investment", sorted(parties))]


def test_one_investor_completing_two_investments_makes_two_deals():
    text = "Orbit Bank agreed to invest $30 billion in Zeta AI, and in August it completed a $2 billion investment in Kestrel Chips."
    assert sorted(typed_parties(text)) == [("Investment", ["Kestrel Chips", "Orbit Bank"]),
                                           ("Investment", ["Orbit Bank", "Zeta AI"])]


@pytest.mark.parametrize("text", [
    "Orbit Electron Ltd will buy equipment maker Zeta Systems Inc. for $206 million.",
    "Orbit Electron Ltd said it will buy Boston-based wafer processing equipment maker Zeta Systems Inc.",
])
def test_goods_before_a_firm_noun_describe_the_firm_bought(text):
    assert typed_parties(text) == [("Acquisition", ["Orbit Electron Ltd", "Zeta Systems Inc."])]


def test_goods_bought_from_a_firm_are_still_supply():
    assert typed_parties("Orbit Electron will buy equipment from Zeta Systems Inc.") == [
        ("SupplyAgreement", ["Orbit Electron", "Zeta Systems Inc."])]


def test_the_firms_a_colon_lists_after_a_counted_noun_are_the_parties():
    text = "Orbit Telecom Bhd signed the loan with four banks: Zeta Bank, Kestrel Capital, Nova Finance and Lumen Trust."
    assert typed_parties(text) == [("FinancialCooperation", sorted(
        ["Orbit Telecom Bhd", "Zeta Bank", "Kestrel Capital", "Nova Finance", "Lumen Trust"]))]


@pytest.mark.parametrize("opening", ["Participating investors include", "Other investors include",
                                     "Existing backers also include"])
def test_investors_a_sentence_lists_after_a_round_join_that_round(opening):
    text = (f"Zeta Robotics closed its Series B round of $15 million. The round was led by Orbit Capital. {opening} "
            "Zeta Robotics’ existing backers Chinese Ecommerce platform Kestrel-Dianping, Hong Kong-based Nova "
            "Investment, and investment management firm Lumen Fund.")
    assert typed_parties(text) == [("Investment", sorted(
        ["Zeta Robotics", "Orbit Capital", "Kestrel-Dianping", "Nova Investment", "Lumen Fund"]))]


def test_names_after_the_kind_of_device_they_are_are_products_not_partners():
    text = ("Zeta Robotics makes robots. Some of its products include food delivery robots PuduBot and BellaBot, "
            "building delivery robot HoloBot, and dish-return robot HolaBot.")
    result = summary(text)
    assert [e["name"] for e in result["entities"]] == ["Zeta Robotics"] and result["deals"] == []


@pytest.mark.parametrize("text", [
    "Orbit Cloud is in talks with Zeta Bank and Kestrel Capital over a $3 billion loan.",
    "To pay for the build-out, Orbit Cloud said it is in talks with a group of banks led by Zeta Bank and "
    "Kestrel Capital over an asset-backed loan of up to $3 billion.",
])
def test_talks_over_a_loan_of_a_sum_are_one_loan_with_every_bank(text):
    assert typed_parties(text) == [("FinancialCooperation", ["Kestrel Capital", "Orbit Cloud", "Zeta Bank"])]


def test_rivals_that_all_chase_contracts_have_no_deal_among_them():
    text = ("The award puts Orbit Cloud in closer competition with Zeta Compute, Kestrel Labs and Nova Scale, "
            "all of which have been chasing long-term contracts from the largest AI labs.")
    assert typed_parties(text) == []


def test_a_list_goes_on_past_and_to_companies_including():
    text = ("Orbit Chips would ship 260,000 GPUs to the Ministry of Science and ICT and to companies including "
            "Zeta Motor, Kestrel Group and Nova Steel.")
    assert sorted(typed_parties(text)) == [("SupplyAgreement", ["Kestrel Group", "Orbit Chips"]),
                                           ("SupplyAgreement", ["Ministry of Science and ICT", "Orbit Chips"]),
                                           ("SupplyAgreement", ["Nova Steel", "Orbit Chips"]),
                                           ("SupplyAgreement", ["Orbit Chips", "Zeta Motor"])]


def test_banks_also_participating_in_the_loan_join_the_loan_told_before():
    text = ("Orbit Wind signed a 224 million-pound loan with Zeta Investment Bank for a wind farm.\n"
            "Kestrel Bank SA, Nova Banking Group Plc (NOVA) and Lumen Bank GmbH are also participating in the "
            "seven-year loan, according to a joint statement today.")
    assert typed_parties(text) == [("FinancialCooperation", sorted(
        ["Orbit Wind", "Zeta Investment Bank", "Kestrel Bank SA", "Nova Banking Group Plc", "Lumen Bank GmbH"]))]


def test_a_headlines_surname_that_made_deals_is_the_person_and_the_deals_his_employers():
    text = ("Orbit Chips to supply GPUs as Halvorsen seals deals with Zeta Motor and Kestrel Group\n"
            "Orbit Chips founder and CEO Jonas Halvorsen said the chips would ship next year.")
    result = summary(text)
    assert sorted(tuple(d["parties"]) for d in result["deals"]) == [("Orbit Chips", "Kestrel Group"),
                                                                   ("Orbit Chips", "Zeta Motor")]
    assert "Halvorsen" not in [e["name"] for e in result["entities"]]


@pytest.mark.parametrize("text, found", [
    ("Zeta Cloud borrowed $2.3 billion from Nova Bank and Orbit Bank last year.",
     [("FinancialCooperation", ["Nova Bank", "Orbit Bank", "Zeta Cloud"])]),
    ("Zeta Cloud and Lumen Capital formed a joint venture, and Zeta Cloud took a $2 billion loan from Nova Bank.",
     [("JointVenture", ["Lumen Capital", "Zeta Cloud"]), ("FinancialCooperation", ["Nova Bank", "Zeta Cloud"])]),
    ("Zeta Cloud is in talks to raise $1.4 billion in new equity. Orbit Partners and Lumen Capital are expected to "
     "co-lead the round.", [("Investment", ["Lumen Capital", "Orbit Partners", "Zeta Cloud"])]),
])
def test_money_borrowed_or_to_be_raised_has_its_lenders_and_leaders(text, found):
    assert typed_parties(text) == found


def test_the_equity_leader_and_the_lenders_of_a_financing_told_before_are_two_deals():
    text = ("Zeta AI is putting together about $20 billion of financing for its chips. "
            "Orbit Partners is leading the equity portion. "
            "Nova Capital and Lumen Credit are in talks to provide most of the loans.")
    assert typed_parties(text) == [("Investment", ["Orbit Partners", "Zeta AI"]),
                                   ("FinancialCooperation", ["Lumen Credit", "Nova Capital", "Zeta AI"])]


def test_a_site_financed_with_a_firm_is_a_loan_from_it():
    text = "Zeta Platforms kept its campus off its books by financing it with Orbit Capital."
    assert typed_parties(text) == [("FinancialCooperation", ["Orbit Capital", "Zeta Platforms"])]


def test_rivals_both_of_which_hold_contracts_of_their_own_are_no_deal():
    text = ("Others pointed to competition from Zeta Cloud and Orbit Corp, both of which already sell AI tools "
            "to Japanese corporations through long-standing cloud contracts.")
    assert typed_parties(text) == []


def test_the_venue_of_an_event_is_no_party():
    text = ("On Tuesday, at an energy summit at Kestrel University in Pittsburgh, gas producer Zeta Gas said it had "
            "signed an agreement to supply the plant with gas.")
    assert typed_parties(text) == []


@pytest.mark.parametrize("text", [
    "Zeta Corp took a margin loan from a lender group that includes Mizuho Bank, Nova Bank and Orbit Bank.",
    "Zeta Corp enlarged a margin loan from a syndicate which included Mizuho Bank, Nova Bank and Orbit Bank.",
])
def test_a_lender_group_that_includes_banks_is_one_loan_of_all(text):
    assert typed_parties(text) == [("FinancialCooperation", ["Mizuho Bank", "Nova Bank", "Orbit Bank", "Zeta Corp"])]


@pytest.mark.parametrize("text, found", [
    ("Speaking at a Kestrel Bank technology conference, Zeta Corp's finance chief said it had signed a supply deal "
     "with Nova Labs.", [("SupplyAgreement", ["Nova Labs", "Zeta Corp"])]),
    ("Orbit Labs, Lumen AI and Nova Cloud deals show how widely Zeta Corp's money is spread.", []),
    ("The Orbit Labs letter is only one of Zeta Corp's bets. Last month it agreed to invest $1 billion in Nova AI.",
     [("Investment", ["Nova AI", "Zeta Corp"])]),
])
def test_a_conference_host_a_list_of_deals_and_a_deals_qualifier_are_no_parties(text, found):
    assert typed_parties(text) == found


def test_the_regulator_asked_to_approve_a_contract_is_no_party():
    text = ("Zeta Energy asked the Michigan Public Service Commission on Friday to approve contracts it has signed "
            "with Orbit Digital to deliver 1.4 gigawatts to the site.")
    assert typed_parties(text) == [("Partnership", ["Orbit Digital", "Zeta Energy"])]


def test_backers_who_took_part_join_the_round_a_firm_committed_to():
    text = ("Zeta Corp has committed $1.3 billion to Nova AI's $1.7 billion Series C. "
            "Existing backers Orbit Capital and Lumen Ventures also took part.")
    assert typed_parties(text) == [("Investment", ["Lumen Ventures", "Nova AI", "Orbit Capital", "Zeta Corp"])]


def test_backers_join_the_round_of_the_firm_described_by_its_possessive():
    text = ("Zeta Corp has become the largest shareholder of Nova AI after committing $1.3 billion to the French "
            "developer's $1.7 billion Series C. Existing backers Orbit Capital and Lumen Ventures also took part.")
    assert typed_parties(text) == [("Investment", ["Lumen Ventures", "Nova AI", "Orbit Capital", "Zeta Corp"])]


def test_backers_join_the_round_an_investor_put_money_into():
    text = ("Zeta Corp has become the largest shareholder of French developer Nova AI, putting $1.3 billion into a "
            "$1.7 billion funding round that values the Paris start-up at $11 billion. The Dutch company will hold "
            "11 percent. Nova's existing backers also put in money. Orbit Capital and Lumen Ventures took part, the "
            "start-up said, as did Kestrel Partners.")
    assert typed_parties(text) == [("Investment", ["Kestrel Partners", "Lumen Ventures", "Nova AI", "Orbit Capital",
                                                   "Zeta Corp"])]


def test_cash_raised_by_selling_shares_opens_no_round_and_the_loan_told_before_keeps_its_borrower():
    text = ("Zeta Group has sold its stake in Orbit Chips and expanded a margin loan backed by its shares in Nova Labs "
            "to $20bn. The investor said that it had sold 32mn Orbit Chips shares and cut its holding in Kestrel "
            "Labs, raising a further $9bn. The margin loan was expanded last week with a group of lenders including "
            "Aster Bank and Birch Bank.")
    assert typed_parties(text) == [("FinancialCooperation", ["Aster Bank", "Birch Bank", "Zeta Group"])]


def test_the_portion_led_by_a_firm_one_committing_money_and_other_equity_investors_are_one_round_its_debt_another():
    text = ("Nova AI has lined up roughly $20 billion to pay for its second campus. The equity portion, about $7.5 "
            "billion, is led by Zeta Capital. Orbit Chips has committed up to $2 billion. Other equity investors "
            "include Kestrel Partners and Aster Holding Co. Up to $12.5 billion would be debt, and Birch Credit "
            "is among the lenders in talks to supply it.")
    assert typed_parties(text) == [("Investment", ["Aster Holding Co.", "Kestrel Partners", "Nova AI", "Orbit Chips",
                                                   "Zeta Capital"]),
                                   ("FinancialCooperation", ["Birch Credit", "Nova AI"])]


@pytest.mark.parametrize("text, found", [
    ("Gulf's Zeta Capital, which sits in the partnership alongside Orbit Labs, Nova AI and Kestrel Chips, is an "
     "investor in Aster Energy.", [("Investment", ["Aster Energy", "Zeta Capital"])]),
    ("Gulf's Zeta Capital, which sits in the partnership alongside Orbit Labs, Nova AI and Kestrel Chips, is not an "
     "investor in Aster Energy, a person familiar with the matter said.", []),
])
def test_the_firm_a_relative_clause_with_a_list_describes_is_the_subject_and_is_not_an_investor_is_no_deal(text, found):
    assert typed_parties(text) == found


def test_an_agreement_signed_with_the_venture_is_with_the_venture_named_before():
    text = ("Nova Japan, the joint venture of Zeta Group and Orbit AI, began offering its service on Wednesday. "
            "Zeta Telecom will handle sales under an agency agreement it signed with the venture in September.")
    assert pairs(text) == [["Orbit AI", "Zeta Group"], ["Nova Japan", "Zeta Telecom"]]


def test_the_leader_of_that_round_and_those_alongside_it_are_the_rounds_investors():
    text = ("Nova AI, valued at 11.7 billion euros after a 1.7 billion euro Series C round in September, has been "
            "pushing into banking. Dutch chip equipment maker Zeta Litho led that round with 1.3 billion euros, taking "
            "a stake of about 11%, alongside Orbit Chips, Kestrel Ventures and Aster Capital.")
    assert typed_parties(text) == [("Investment", ["Aster Capital", "Kestrel Ventures", "Nova AI", "Orbit Chips",
                                                   "Zeta Litho"])]


def test_banks_expected_to_finance_the_project_lend_to_the_firms_that_agreed_it_not_to_an_owner_told_beside():
    text = ("Zeta AI has signed a memorandum of understanding with Orbit Data, the Nvidia-owned data center operator, to "
            "develop a hyperscale campus. The two companies announced the agreement on Tuesday. Kestrel Bank and Aster "
            "Bank are expected to finance part of the first phase, according to an executive.")
    assert typed_parties(text) == [("MemorandumOfUnderstanding", ["Orbit Data", "Zeta AI"]),
                                   ("Investment", ["Nvidia", "Orbit Data"]),
                                   ("FinancialCooperation", ["Aster Bank", "Kestrel Bank", "Orbit Data", "Zeta AI"])]


def test_banks_that_signed_letters_of_intent_to_provide_project_financing_lend_to_the_venture_told_before():
    text = ("Zeta Energy Corp. and Orbit Power Co. have agreed to set up a joint venture to build a gas plant. "
            "Kestrel Bank and Aster Bank have signed letters of intent to provide project financing.")
    assert typed_parties(text) == [("JointVenture", ["Orbit Power Co.", "Zeta Energy Corp."]),
                                   ("FinancialCooperation", ["Aster Bank", "Kestrel Bank", "Orbit Power Co.",
                                                             "Zeta Energy Corp."])]


@pytest.mark.parametrize("text", [
    "Zeta AI signed a deal with Orbit Data to build a campus. Analysts ask how Orbit Data will fund its build-out.",
    "Zeta AI signed a deal with Orbit Data to build a campus. Kestrel Bank had been expected to fund the project.",
])
def test_a_firm_funding_its_own_build_out_or_once_expected_to_fund_lends_nothing(text):
    assert typed_parties(text) == [("Partnership", ["Orbit Data", "Zeta AI"])]


def test_lenders_that_have_also_committed_join_the_loan_and_a_lease_it_leans_on_adds_no_lender():
    text = ("Nova Compute has lined up a $4.2 billion delayed-draw loan for its Wyoming campus. Zeta Capital and Orbit "
            "Credit are leading the package. Kestrel Partners and Aster Investment Partners have also committed, as "
            "has Birch Bank, according to a person briefed on the terms. The financing leans on a 15-year lease Nova "
            "Compute signed in August with Lumen Cloud.")
    assert typed_parties(text) == [
        ("FinancialCooperation", ["Aster Investment Partners", "Birch Bank", "Kestrel Partners", "Nova Compute",
                                  "Orbit Credit", "Zeta Capital"]),
        ("SupplyAgreement", ["Lumen Cloud", "Nova Compute"])]


def test_banks_that_led_it_with_others_also_lending_join_the_financing_told_before():
    text = ("Zeta Data said it had secured more than $12 billion of fresh equity and debt. The balance is a $7 billion "
            "warehouse facility. Nova Bank and Orbit Bank led it, a person said, with Lumen Bank also lending.")
    assert typed_parties(text) == [("Investment", ["Lumen Bank", "Nova Bank", "Orbit Bank", "Zeta Data"])]


def test_the_bank_leading_the_syndicate_and_those_taking_part_lend_in_the_financing_told_before():
    text = ("Zeta Telecom has secured an 800 billion won project financing package from local lenders. "
            "Nova Bank is leading the syndicate, with Orbit Bank and Lumen Bank also taking part.")
    assert typed_parties(text) == [("FinancialCooperation", ["Lumen Bank", "Nova Bank", "Orbit Bank", "Zeta Telecom"])]


@pytest.mark.parametrize("text, found", [
    ("Zeta Data has signed a $3 billion green syndicated loan, people said. Nova Bank and Orbit Bank arranged the "
     "seven-year facility.", [("FinancialCooperation", ["Nova Bank", "Orbit Bank", "Zeta Data"])]),
    ("Zeta Data signed a loan agreement with Nova Bank on Monday.", [("FinancialCooperation", ["Nova Bank", "Zeta Data"])]),
])
def test_a_loan_signed_gathers_the_banks_that_arranged_it_later(text, found):
    assert typed_parties(text) == found


def test_firms_named_as_partners_are_each_the_namers_partner_but_a_chief_named_is_no_deal():
    text = ("Zeta AI named Kestrel Bank of Australia, Orbit Stores and Lumen Retail as the first local enterprise "
            "partners of its programme. Nova Corp named former Kestrel Bank boss Dana Park as its chief executive.")
    assert typed_parties(text) == [("Partnership", ["Kestrel Bank of Australia", "Zeta AI"]),
                                   ("Partnership", ["Orbit Stores", "Zeta AI"]), ("Partnership", ["Lumen Retail", "Zeta AI"])]


def test_nobody_opening_a_quote_is_no_firm():
    assert [e["name"] for e in summary("\"Nobody gets fired for buying Nova Chips Inc.,\" Zeta AI's CEO said.")["entities"]
            if e["type"] != "Person"] == ["Nova Chips Inc.", "Zeta AI"]


def test_firms_building_at_a_place_where_a_loan_goes_build_their_own_unless_together():
    text = ("The state lender Zeta Bank will extend a loan to Orbit Power to speed up lines to Yongin, where "
            "Kestrel Chips and Vega Electronics are building fabs.")
    assert pairs(text) == [["Orbit Power", "Zeta Bank"]]
    together = "The plant is in Ulsan, where Kestrel Chips and Vega Cloud are building a data center together."
    assert pairs(together) == [["Kestrel Chips", "Vega Cloud"]]


@pytest.mark.parametrize("text, parties", [
    ("Zeta Cloud, the three-way venture of Orbit Industries, Kestrel Infrastructure and Vega Realty, plans a campus.",
     ["Kestrel Infrastructure", "Orbit Industries", "Vega Realty"]),
    ("Orbit Industries and Kestrel Power formed a 50-50 venture last year.", ["Kestrel Power", "Orbit Industries"])])
def test_a_three_way_or_equal_venture_is_a_joint_venture_of_its_firms(text, parties):
    assert [(d[0], sorted(d[1])) for d in deals(text)] == [("JointVenture", parties)]


def test_a_list_set_off_by_dashes_is_read_as_one_set_off_by_commas():
    text = "Three banks — Orbit Bank, Kestrel Capital and Nova Trust — will lend $2 billion to Zeta Data Centers."
    assert pairs(text) == [sorted(["Orbit Bank", "Kestrel Capital", "Nova Trust", "Zeta Data Centers"])]
    text = "The four companies - Orbit Systems, Belcrest Energy, Tarlow Power and Quenby Holdings - signed a joint venture."
    assert pairs(text) == [sorted(["Orbit Systems", "Belcrest Energy", "Tarlow Power", "Quenby Holdings"])]


def test_a_list_after_a_dash_that_ends_the_sentence_names_the_partners():
    text = "Orbit Systems has signed supply deals with two chipmakers – Belcrest Semiconductor and Tarlow Micro."
    assert sorted((kind, sorted(parties)) for kind, parties in typed_parties(text)) == [
        ("SupplyAgreement", ["Belcrest Semiconductor", "Orbit Systems"]), ("SupplyAgreement", ["Orbit Systems", "Tarlow Micro"])]


def test_a_double_hyphen_sets_off_a_list_as_a_dash_does():
    text = "Zeta Robotics' founding shareholders -- Orbit Motor, Kestrel Electric and Nova Telecom -- put ¥7.3 billion into the company."
    assert pairs(text) == [sorted(["Orbit Motor", "Kestrel Electric", "Nova Telecom", "Zeta Robotics"])]


def test_the_company_is_never_one_of_the_firms_listed_as_the_subject():
    text = ("Zeta Robotics was founded in 2022. Three of its customers, Orbit Motor, Kestrel Electric and Nova Telecom, "
            "signed supply deals with the company last year.")
    assert sorted(pairs(text)) == [["Kestrel Electric", "Zeta Robotics"], ["Nova Telecom", "Zeta Robotics"],
                                   ["Orbit Motor", "Zeta Robotics"]]


@pytest.mark.parametrize("text", [
    "Zeta Robotics' backers, Orbit Motor, Kestrel Electric and Nova Telecom, put ¥7.3 billion into the company.",
    "Orbit Motor, Kestrel Electric and Nova Telecom have committed $5 billion between them to Zeta Robotics.",
])
def test_backers_listed_as_one_group_put_in_money_together(text):
    assert pairs(text) == [sorted(["Orbit Motor", "Kestrel Electric", "Nova Telecom", "Zeta Robotics"])]


def test_a_unit_sold_as_that_unit_is_sold_to_the_buyer():
    text = "Zeta Cloud began in bitcoin mining. It sold that unit to Orbit Digital in March to focus on AI."
    assert typed_parties(text) == [("Acquisition", ["Orbit Digital", "Zeta Cloud"])]  # the buyer first


def test_firms_that_also_put_in_money_join_the_round():
    text = ("Zeta Cloud raised $1.4 billion. Orbit Capital and Nova Partners led the round. "
            "Kestrel Fund and Tarlow Capital also put in money, Zeta Cloud said.")
    assert pairs(text) == [sorted(["Zeta Cloud", "Orbit Capital", "Nova Partners", "Kestrel Fund", "Tarlow Capital"])]


def test_acquisition_debt_is_no_purchase_by_its_lenders():
    text = ("Orbit Capital agreed to buy Zeta Data for $40 billion. Kestrel Bank and Tarlow Bank have committed "
            "about $12 billion of acquisition debt to the buyers.")
    assert ["Kestrel Bank", "Tarlow Bank"] not in [sorted(p) for p in pairs(text)]


def test_a_later_it_stands_for_what_the_sentence_opening_it_stood_for():
    text = ("Siltra Cloud will receive 60,000 GPUs from Orbit Chips. Siltra Cloud said the chips will arrive next year. "
            "Zeta Labs already sells its AI models overseas. It has partnered since last year with Kestrel Data on a "
            "Thai-language model, and it signed an agreement with Nova Telecom in 2023.")
    assert ["Nova Telecom", "Zeta Labs"] in [sorted(p) for p in pairs(text)]


def test_firms_named_in_an_aside_about_an_investor_are_not_in_its_round():
    text = ("Zeta AI has raised $30 million in seed funding. The funding round was led by Lux Capital, known for "
            "investing in AI companies like Nova Labs, and Kestrel Ventures, which was an early backer of Orbit AI in 2019.")
    assert sorted(pairs(text)) == sorted([sorted(["Kestrel Ventures", "Orbit AI"]),
                                          sorted(["Zeta AI", "Lux Capital", "Kestrel Ventures"])])


def test_a_firm_described_by_its_country_is_the_party_the_text_tied_to_that_country():
    text = ("Zeta AI raised €1.7 billion from Dutch chipmaker Orbit Lithography. Zeta AI will spend the money on "
            "data centers. Analysts expect that the Dutch company will supply tools to Nova Foundry.")
    assert sorted(["Orbit Lithography", "Nova Foundry"]) in pairs(text)


def test_a_firm_that_got_capital_from_investors_raised_one_round_from_them():
    text = "Zeta AI got new capital from existing backer Orbit Capital as well as new investors Kestrel Fund and Nova Partners."
    assert pairs(text) == [sorted(["Zeta AI", "Orbit Capital", "Kestrel Fund", "Nova Partners"])]


def test_lenders_named_after_a_loan_join_the_borrowers_loan_only():
    text = ("Orbit Telecom's data centre arm Zeta Data secured a $476 million loan to finance a data centre. "
            "Lenders include Kestrel Bank, Nova Bank and Tarlow Bank.")
    assert pairs(text) == [sorted(["Zeta Data", "Kestrel Bank", "Nova Bank", "Tarlow Bank"])]


def test_money_supplied_by_named_lenders_is_the_loan_told_before():
    text = ("Zeta Data secured a $476 million loan to finance a data centre. "
            "Cash is being supplied by lenders Kestrel Bank, Nova Bank and Tarlow Bank.")
    assert pairs(text) == [sorted(["Zeta Data", "Kestrel Bank", "Nova Bank", "Tarlow Bank"])]
    assert "Cash" not in {e["name"] for e in summary(text)["entities"]}


def test_an_owner_named_before_its_units_noun_is_no_party_of_the_units_deal():
    text = "Orbit Telecom's data centre arm Zeta Data secured a $476 million loan to finance a data centre."
    assert pairs(text) == []


def test_firms_that_led_the_series_told_before_join_its_round():
    text = ("Zeta Cloud raised $1.38 billion in a Series E round. Orbit Capital and Kestrel Partners led the "
            "Series E, Zeta Cloud said in a statement Thursday.")
    assert pairs(text) == [sorted(["Zeta Cloud", "Orbit Capital", "Kestrel Partners"])]


def test_firms_named_in_an_apposition_about_a_raiser_are_not_in_its_round():
    text = ("Zeta Cloud, the developer of the campus that Orbit Systems runs for Kestrel AI, has raised $1.38 billion "
            "in a funding round. Nova Capital and Tarlow Partners led the round.")
    assert pairs(text) == [sorted(["Zeta Cloud", "Nova Capital", "Tarlow Partners"])]


def test_the_exchange_a_notice_is_posted_to_is_no_party():
    text = ("In a notice posted to the Tokyo Stock Exchange, Zeta Group said it had signed a margin loan agreement. "
            "The lender group numbers 19 banks, led by Orbit Bank and Kestrel Bank.")
    assert not any("Tokyo Stock Exchange" in p for p in pairs(text))


@pytest.mark.parametrize("text", [
    "Zeta Group said it had amended its margin loan agreement to add a $5 billion tranche. The lender group now "
    "numbers 19 banks, led by Orbit Bank and Kestrel Bank, a person close to the transaction said.",
    "Zeta Group has taken out a $5 billion margin loan. The lenders are led by Orbit Bank and Kestrel Bank.",
])
def test_the_banks_leading_a_lender_group_lend_in_the_loan_told_before(text):
    assert pairs(text) == [sorted(["Zeta Group", "Orbit Bank", "Kestrel Bank"])]


def test_the_equity_led_by_a_firm_is_the_round_told_before():
    text = ("Zeta AI is lining up $20 billion of new financing. About $7.5 billion would be equity, led by Orbit "
            "Equity Partners, according to people familiar with the plans.")
    assert pairs(text) == [sorted(["Zeta AI", "Orbit Equity Partners"])]


@pytest.mark.parametrize("text", [
    "Zeta Silicon's customers also include Orbit Cloud and Kestrel Media.",
    "Zeta Silicon builds chips for Orbit Cloud, and Kestrel Media is also among its custom-silicon clients.",
])
def test_customers_named_past_an_adverb_or_among_its_clients_are_the_suppliers(text):
    assert sorted(map(sorted, pairs(text))) == [["Kestrel Media", "Zeta Silicon"], ["Orbit Cloud", "Zeta Silicon"]]


def test_firms_named_before_consortium_buy_as_one():
    text = "An Orbit Capital and Kestrel Telecom consortium will pay $6.6 billion to buy the rest of Zeta Data Centres."
    assert pairs(text) == [sorted(["Orbit Capital", "Kestrel Telecom", "Zeta Data Centres"])]


def test_a_buyer_together_with_the_named_partner_buys_as_one():
    text = "Orbit Capital, together with the Kestrel Pension Board, will acquire Zeta Trunk from Nova Asset Management."
    assert pairs(text) == [sorted(["Orbit Capital", "Kestrel Pension Board", "Zeta Trunk", "Nova Asset Management"])]


def test_a_firm_that_says_it_has_no_agreement_is_no_party():
    text = "Crusoe Cloud, which was also named in the report, said it had no agreement with Orbit Chips."
    assert pairs(text) == []


def test_an_owner_opening_an_apposition_about_the_subject_is_no_party():
    text = "Orbit Cloud, Zeta Search's larger rival, has chosen Nova Chips as its main partner for a sovereign AI cloud."
    assert pairs(text) == [sorted(["Orbit Cloud", "Nova Chips"])]


def test_a_firm_that_says_it_has_no_agreements_is_no_party():
    assert pairs("Orbit Cloud said it has no agreements with Zeta Chips.") == []


def test_a_persons_career_names_employers_not_partners():
    text = ("Zeta Search named Dana Park its new head of strategy. She worked in the mergers and acquisitions team "
            "at Orbit Bank until being scouted by Zeta Search in August last year.")
    assert pairs(text) == []


def test_letters_of_intent_from_firms_are_each_ones_with_the_receiver():
    text = "Zeta AI received letters of intent from Orbit Electronics and Kestrel Chips."
    assert sorted(map(sorted, pairs(text))) == [["Kestrel Chips", "Zeta AI"], ["Orbit Electronics", "Zeta AI"]]


def test_a_kind_of_firm_named_after_shipping_is_no_supply_verb():
    text = "Zeta AI's enterprise customers include shipping group Orbit Lines, carmaker Kestrel Motors and Nova Soft."
    assert sorted(map(sorted, pairs(text))) == [["Kestrel Motors", "Zeta AI"], ["Nova Soft", "Zeta AI"],
                                                ["Orbit Lines", "Zeta AI"]]


@pytest.mark.parametrize("text", [
    "Orbit Cloud said it is working separately with Zeta Packaging on testing.",
    "Orbit Cloud is working directly with Zeta Packaging on testing.",
])
def test_working_with_a_firm_past_an_adverb_is_a_partnership(text):
    assert pairs(text) == [sorted(["Orbit Cloud", "Zeta Packaging"])]


@pytest.mark.parametrize("text", [
    "Orbit Cloud offers customers alternatives to Zeta AI, its longtime partner.",
    "Orbit Cloud said it would add capacity for Zeta AI, its largest cloud customer.",
])
def test_a_firm_named_with_its_role_towards_the_subject_is_the_subjects_party(text):
    assert pairs(text) == [sorted(["Orbit Cloud", "Zeta AI"])]


def test_a_firm_in_a_subjects_list_with_its_role_is_no_object():
    text = "Orbit Cloud and its partners Zeta Capital and Nova Infrastructure formed a joint venture."
    assert sorted(["Orbit Cloud", "Zeta Capital"]) not in pairs(text)


def test_a_deal_with_it_is_with_the_firm_told_before():
    text = "Zeta AI has been signing up customers. Orbit Lines struck a five-year partnership with it in April."
    assert pairs(text) == [sorted(["Orbit Lines", "Zeta AI"])]


def test_it_after_a_speakers_said_and_is_the_speaker():
    text = "Chips are made at Kestrel Foundry Co.'s (KFC) Arizona fabs, Orbit Chips said, and it is working with Zeta Packaging."
    assert pairs(text) == [sorted(["Orbit Chips", "Zeta Packaging"])]


@pytest.mark.parametrize("text", [
    "Kestrel AI competes for contracts with Orbit Cloud and with Nebula Cloud, the Dutch group that signed "
    "a capacity deal with Zeta Soft this month.",
    "Kestrel AI competes with Nebula Cloud, which signed a capacity deal with Zeta Soft this month.",
])
def test_a_rivals_own_deal_told_in_a_relative_clause_is_the_rivals(text):
    assert pairs(text) == [sorted(["Nebula Cloud", "Zeta Soft"])]


def test_a_rival_which_counts_customers_is_their_supplier():
    text = "Kestrel AI competes with Orbit Cloud, as well as Nebula Cloud, which counts Zeta Soft among its customers."
    assert pairs(text) == [sorted(["Nebula Cloud", "Zeta Soft"])]


@pytest.mark.parametrize("text", [
    "Orbit Communications and Zeta Infocomm have both launched GPU clouds this year.",
    "Orbit Communications and Zeta Infocomm both launched GPU clouds this year.",
    "Orbit Cloud, Zeta Labs and Nova Compute all signed capacity deals with hyperscalers this year.",
])
def test_firms_that_both_did_something_did_it_each_on_its_own(text):
    assert pairs(text) == []


def test_an_owner_that_only_describes_a_listed_investor_is_no_party():
    text = ("Sorano Robotics has raised $120 million in a round led by Aster Capital. Orbit Tsusho, the trading house "
            "of the Orbit Group, Zeta Capital and Nova Fund joined the round, along with Kestrel Ventures, the venture "
            "capital arm of U.S. chipmaker Birch Labs.")
    found = {name for pair in pairs(text) for name in pair}
    assert {"Orbit Tsusho", "Zeta Capital", "Nova Fund", "Kestrel Ventures"} <= found
    assert not found & {"Orbit Group", "Birch Labs"}


def test_a_description_listed_before_a_name_is_a_party_with_it():
    text = ("The Ministry of Science and ICT signed a deal with Orbit Bank. In a second agreement, "
            "the ministry and Zeta Power agreed to prioritize substation construction.")
    assert sorted(["Ministry of Science and ICT", "Zeta Power"]) in pairs(text)


@pytest.mark.parametrize("text, seller", [
    ("Orbit Group agreed to pay $6.5 billion for Zeta Computing.", "Zeta Computing"),
    ("Orbit Group will pay about US$300 million for Zeta Labs, a chip designer.", "Zeta Labs"),
])
def test_paying_a_sum_for_a_firm_is_a_purchase(text, seller):
    assert [(d[0], sorted(d[1])) for d in deals(text)] == [("Acquisition", sorted(["Orbit Group", seller]))]


def test_buying_a_firms_unit_is_a_purchase_from_the_firm():
    text = ("Orbit Group is paying $6.5bn for Zeta Computing, and it agreed in October to buy "
            "Kestrel Industries' robotics unit for $5.4bn.")
    assert sorted(["Kestrel Industries", "Orbit Group"]) in pairs(text)


def test_firms_that_get_a_share_of_a_supply_told_before_deal_with_the_supplier():
    text = ("Zeta Chips said it would supply more than 260,000 of its chips to Korea. Orbit Electronics gets about "
            "50,000 for a computing center; Kestrel Group and Lumen Motor Group get roughly 50,000 each; and Nova Cloud "
            "will receive about 60,000.")
    assert sorted(map(sorted, pairs(text))) == sorted(sorted(["Zeta Chips", e]) for e in (
        "Orbit Electronics", "Kestrel Group", "Lumen Motor Group", "Nova Cloud"))


def test_an_allocation_announced_by_a_firms_chief_is_the_firms_supply():
    text = ("Zeta Chips CEO Dana Park announced the broader allocation on Friday. Under it, Orbit Electronics and "
            "Kestrel Group will each receive up to 50,000 GPUs.")
    assert sorted(map(sorted, pairs(text))) == [["Kestrel Group", "Zeta Chips"], ["Orbit Electronics", "Zeta Chips"]]


def test_only_the_firm_that_takes_a_share_receives_it_not_where_it_is_deployed():
    text = ("Zeta Chips will supply 260,000 GPUs to the Korean government. Kestrel Group will take another 50,000, "
            "to be deployed at Kestrel Hynix fabs. Nova Cloud is getting about 60,000, the largest allocation.")
    found = pairs(text)
    assert sorted(["Kestrel Group", "Zeta Chips"]) in found and sorted(["Nova Cloud", "Zeta Chips"]) in found
    assert sorted(["Kestrel Hynix", "Zeta Chips"]) not in found


@pytest.mark.parametrize("text, parties", [
    ("Kestrel Bank lent Orbit Cloud $2.3 billion for the campus.", ["Kestrel Bank", "Orbit Cloud"]),
    ("Orbit Cloud co-owns the campus in a joint venture with Zeta Capital. Kestrel Bank lent the partners roughly "
     "$9.6 billion across two construction loans.", ["Kestrel Bank", "Orbit Cloud", "Zeta Capital"]),
])
def test_a_bank_that_lent_a_firm_or_the_partners_money_lends_to_them(text, parties):
    assert sorted(parties) in pairs(text)


def test_the_rest_of_a_round_from_existing_backers_joins_the_round():
    text = "Zeta AI raised €1.7bn in a Series C round led by Orbit Optics. The rest came from existing backers Kestrel Capital and Nova Ventures."
    assert pairs(text) == [sorted(["Zeta AI", "Orbit Optics", "Kestrel Capital", "Nova Ventures"])]


def test_firms_taking_most_of_a_shipment_each_receive_from_the_supplier():
    text = "Zeta Chips to ship 260,000 GPUs to Korea, with Orbit Electronics, Kestrel Group and Nova Cloud taking most"
    assert sorted(map(sorted, pairs(text))) == [["Kestrel Group", "Zeta Chips"], ["Nova Cloud", "Zeta Chips"],
                                                ["Orbit Electronics", "Zeta Chips"]]


def test_an_owner_opening_an_apposition_with_a_demonym_is_no_party():
    text = "Zeta AI, Orbit Labs' closest European counterpart, was reported this month to be in talks to raise money."
    assert pairs(text) == []


def test_a_firms_backers_listed_together_are_partners_in_its_money():
    text = "Orbit Cloud builds data centers. Its backers include Kestrel Fund and Nova Capital."
    assert pairs(text) == [sorted(["Orbit Cloud", "Kestrel Fund", "Nova Capital"])]


def test_a_venture_a_firm_launched_with_others_is_that_firms_with_them():
    text = ("Dana Park wants Orbit designs in Stargate, the $500bn joint venture Kestrel Group launched with "
            "Zeta AI and Nova Cloud in January.")
    assert pairs(text) == [sorted(["Kestrel Group", "Zeta AI", "Nova Cloud"])]


def test_banks_in_the_lending_group_and_the_borrower_named_later_join_the_loan():
    text = ("A group of banks led by Orbit Bank and Kestrel Bank has agreed to provide about $18bn of construction "
            "debt for the campus. Nova Bank and Lumen Bank are also in the lending group, the people said. The "
            "borrower is a vehicle controlled by Zeta Infrastructure and Vega Digital, the developers of the campus.")
    assert pairs(text) == [sorted(["Orbit Bank", "Kestrel Bank", "Nova Bank", "Lumen Bank",
                                   "Zeta Infrastructure", "Vega Digital"])]


def test_a_supplier_named_with_its_role_and_a_product_acronym_supplies_the_owner():
    assert pairs("Orbit Memory, Zeta Chips' main HBM supplier, said its memory was sold out.") == [
        sorted(["Orbit Memory", "Zeta Chips"])]


def test_islamic_before_a_loan_is_a_kind_of_financing_not_a_lender():
    text = "Zeta Power Bhd signed a syndicated Islamic financing facility with Orbit Islamic Bank Bhd on Tuesday."
    assert pairs(text) == [sorted(["Orbit Islamic Bank Bhd", "Zeta Power Bhd"])]


@pytest.mark.parametrize("text, parties", [
    ("Orbit Telecom is a partner of Zeta AI, the US model developer in which it invested $100 million in 2023.",
     ["Orbit Telecom", "Zeta AI"]),
    ("Kestrel Cloud runs inference on chips from Nova Chips, the Seoul chip designer in which Orbit Telecom has held "
     "a stake since 2023.", ["Nova Chips", "Orbit Telecom"]),
])
def test_a_firm_described_then_invested_in_through_which_is_the_investee(text, parties):
    assert sorted(parties) in pairs(text)


def test_a_firm_a_relative_clause_tells_an_investment_in_is_still_what_it_stands_for():
    text = ("Zeta Cloud, the GPU cloud company in which Orbit Telecom holds a stake, said Monday that it has signed "
            "an agreement with Kestrel Soft.")
    assert sorted(map(sorted, pairs(text))) == [["Kestrel Soft", "Zeta Cloud"], ["Orbit Telecom", "Zeta Cloud"]]


def test_a_name_never_seen_described_as_a_firms_unit_is_the_subject():
    text = "Ohio Edison, a Kestrel Energy utility, signed an electric service agreement with Orbit Group in October."
    assert pairs(text) == [sorted(["Ohio Edison", "Orbit Group"])]


@pytest.mark.parametrize("text, parties", [
    ("Orbit Cloud and Zeta Soft license Kestrel Designs' instruction set to build their own processors.",
     [["Kestrel Designs", "Orbit Cloud"], ["Kestrel Designs", "Zeta Soft"]]),
    ("Orbit Chips uses HBM3 from Zeta Memory.", [["Orbit Chips", "Zeta Memory"]]),
])
def test_licensing_a_design_or_using_memory_from_a_firm_ties_them(text, parties):
    assert sorted(map(sorted, pairs(text))) == parties


def test_firms_listed_with_their_share_of_a_supply_told_before_receive_it():
    text = ("Zeta Chips will supply more than 260,000 of its processors to Korea, the company said.\n"
            "How the chips are divided, according to Zeta Chips:\n"
            "• Orbit Group – 50,000, for an industrial AI cloud to be run by Orbit Telecom\n"
            "• Nova Cloud – 60,000\n")
    assert sorted(map(sorted, pairs(text))) == [["Nova Cloud", "Zeta Chips"], ["Orbit Group", "Zeta Chips"]]


def test_firms_named_among_the_companies_building_build_each_on_their_own():
    text = ("Johor has become the busiest market, with Microsoft, Google and ByteDance among the companies "
            "building or leasing capacity across the state.")
    assert pairs(text) == []


def test_a_firms_roster_that_includes_others_names_its_customers():
    text = "Orbit Chips' custom-chip roster also includes Zeta Search, Kestrel Media and Nova Soft, according to analysts."
    assert sorted(map(sorted, pairs(text))) == [["Kestrel Media", "Orbit Chips"], ["Nova Soft", "Orbit Chips"],
                                                ["Orbit Chips", "Zeta Search"]]


def test_firms_that_also_put_money_in_join_the_round_but_not_the_place_that_tells_it():
    text = ("Zeta Energy raised $700 million in a round led by Orbit Street. Kestrel Management and Nova Capital also "
            "put money in, the Rockville, Md., company said, without breaking down individual checks.")
    assert pairs(text) == [sorted(["Zeta Energy", "Orbit Street", "Kestrel Management", "Nova Capital"])]


def test_a_company_jointly_owned_by_two_firms_is_their_venture():
    text = ("Kestrel Bank holds half of the venture. The other half sits with a holding company jointly owned by "
            "Orbit Group and its telecom subsidiary Zeta Telecom.")
    assert sorted(["Orbit Group", "Zeta Telecom"]) in pairs(text)


def test_paying_a_firm_a_sum_buys_from_it():
    assert pairs("In September Orbit Cloud agreed to pay Zeta Compute $17.4bn for GPU capacity in New Jersey.") == [
        sorted(["Orbit Cloud", "Zeta Compute"])]


@pytest.mark.parametrize("text, receivers", [
    ("Zeta Chips will supply 260,000 GPUs to the Korean government. Nova Cloud gets the largest allocation with "
     "60,000 chips.", ["Nova Cloud"]),
    ("Zeta Chips said it would supply 260,000 GPUs to Korea. Orbit Group will buy 50,000, while Nova Cloud will "
     "deploy 60,000.", ["Nova Cloud", "Orbit Group"]),
])
def test_firms_that_get_the_largest_allocation_or_deploy_a_share_receive_it(text, receivers):
    found = pairs(text)
    assert all(sorted(["Zeta Chips", r]) in found for r in receivers)


@pytest.mark.parametrize("text", [
    "Orbit Capital's asset allocation favours bonds. Kestrel Fund gets 40,000 votes at the meeting.",
    "Zeta Chips will supply chips. Kestrel Bank said it will hire staff. Profits rose. Sales fell. Kestrel Bank "
    "shareholders will receive 2 new shares.",
])
def test_no_supply_is_read_into_other_allocations_or_long_after_the_supplier(text):
    assert pairs(text) == []


def test_a_loan_with_the_venture_partners_is_with_the_deal_told_before():
    text = ("Orbit Cloud formed a joint venture with Zeta Capital. Kestrel Bank signed a loan agreement with the "
            "venture partners.")
    assert sorted(["Kestrel Bank", "Orbit Cloud", "Zeta Capital"]) in pairs(text)


@pytest.mark.parametrize("text, expected", [
    ("Zeta Memory began shipping industry-leading HBM4 samples to Orbit Chips.", [["Orbit Chips", "Zeta Memory"]]),
    ("Orbit Labs received an export license from Zeta Systems.", []),
    ("Orbit Labs will pay $10 billion for Zeta Chips' processors.", []),
])
def test_shipping_licences_and_paying_for_goods_are_no_purchases_of_firms(text, expected):
    assert [(d[0] != "Acquisition", sorted(d[1])) for d in deals(text)] == [(True, e) for e in expected]


@pytest.mark.parametrize("text, expected", [
    ("Orbit Labs, which Microsoft acquired in 2021 for $2 billion, signed a deal with Google.",
     [["Microsoft", "Orbit Labs"], ["Google", "Orbit Labs"]]),
    ("Nova Cloud, which Nvidia backs, is working with Microsoft on a data centre.",
     [["Nova Cloud", "Nvidia"], ["Microsoft", "Nova Cloud"]]),
    ("A cloud app is coming to Kestrel, the messaging service Salesforce bought in 2021.", [["Kestrel", "Salesforce"]]),
    ("Red Quill, which IBM has since acquired, remains its largest unit.", [["IBM", "Red Quill"]]),
])
def test_a_firm_a_relative_clause_subject_acts_on_is_its_party(text, expected):
    assert sorted(map(sorted, pairs(text))) == sorted(expected)


def test_firms_each_taking_a_share_of_a_shipment_to_a_place_each_receive_it():
    text = ("Zeta Chips will ship 260,000 GPUs to the country in all, with Orbit Electronics and Nova Cloud "
            "each taking 50,000 units.")
    assert sorted(map(sorted, pairs(text))) == [["Nova Cloud", "Zeta Chips"], ["Orbit Electronics", "Zeta Chips"]]


@pytest.mark.parametrize("text, expected", [
    ("Orbit Labs already resells Google Cloud's Gemini models to clients.", [["Google Cloud", "Orbit Labs"]]),
])
def test_reselling_a_firms_products_partners_with_that_firm(text, expected):
    assert sorted(map(sorted, pairs(text))) == expected


def test_a_name_after_its_is_the_subjects_thing_not_the_subject_of_a_second_verb():
    text = ("Zeta Systems reported results on Monday. It sells models from Orbit AI on its Kestrel Data Platform "
            "and holds a stake in Nova Labs.")
    assert ["Nova Labs", "Zeta Systems"] in pairs(text)
    assert not any("Kestrel Data Platform" in p or p == ["Nova Labs", "Orbit AI"] for p in pairs(text))


def test_a_name_qualifying_an_appositions_noun_is_no_second_party():
    text = "Zeta Systems holds a stake in Nova Labs, the Heidelberg start-up that builds government software."
    assert pairs(text) == [["Nova Labs", "Zeta Systems"]]


def test_a_persons_possessive_before_a_firm_in_a_list_qualifies_it():
    text = "Zeta AI has signed several agreements, including deals with Elon Musk's xAI and Orbit Cloud."
    assert sorted(map(sorted, pairs(text))) == [["Orbit Cloud", "Zeta AI"], ["Zeta AI", "xAI"]]


def test_a_described_name_ends_a_list_of_subjects():
    text = "Orbit Telecom, Google and British telco Vodafone have banded together to provide $110 million in funding to Zeta Space."
    assert pairs(text) == [sorted(["Orbit Telecom", "Google", "Vodafone", "Zeta Space"])]


def test_its_after_a_verb_belongs_to_that_verbs_subject():
    text = ("Orbit Group said it would build a data centre business in India, while Zeta Labs expanded its "
            "partnership with Google Cloud in September.")
    assert pairs(text) == [["Google Cloud", "Zeta Labs"]]


def test_a_person_and_firm_in_a_with_phrase_are_not_the_subject_of_the_next_verb():
    text = ("OpenAI has moved quickly in Korea this year. It opened a Seoul office in September, with Kim Kyung-hoon "
            "as head of Orbit Korea, and earlier this month signed separate letters of intent with Samsung Electronics "
            "and SK hynix.")
    assert sorted(map(sorted, pairs(text))) == [["OpenAI", "SK hynix"], ["OpenAI", "Samsung Electronics"]]


def test_a_venture_a_founder_set_up_somewhere_with_others_is_one_deal_of_all():
    text = "The alliance is a joint venture that Orbit Telecom set up in Germany last year with Kestrel Group and Nova Cloud."
    assert pairs(text) == [sorted(["Orbit Telecom", "Kestrel Group", "Nova Cloud"])]


def test_its_after_a_verb_and_when_belongs_to_that_verbs_subject_not_to_a_noun_a_name_qualifies():
    text = "Orbit Telecom has been working with Google, while Zeta Labs last year signed its partnership with Microsoft."
    assert sorted(map(sorted, pairs(text))) == [["Google", "Orbit Telecom"], ["Microsoft", "Zeta Labs"]]
    text = "Orbit Labs said the Zeta Cloud buildout would complement its existing work with Microsoft."
    assert pairs(text) == [["Microsoft", "Orbit Labs"]]


@pytest.mark.parametrize("text, expected", [
    ("Samsung declined to comment. Orbit Search already has a similar arrangement with Kestrel Mobile.",
     [["Kestrel Mobile", "Orbit Search"]]),
    ("In August Orbit Labs agreed to raise $29 billion from Kestrel Capital and Nova Credit for a campus.",
     [["Kestrel Capital", "Nova Credit", "Orbit Labs"]]),
    ("The deal Orbit Labs struck with Kestrel Cloud last year runs to 2030.", [["Kestrel Cloud", "Orbit Labs"]]),
    ("Zeta Chips gets a slice of the budget under a memorandum of understanding the Ministry of Science and ICT "
     "signed on Tuesday with Orbit Chips.", [["Ministry of Science and ICT", "Orbit Chips"]]),
])
def test_arrangements_money_raised_from_lenders_and_deals_a_firm_after_the_noun_signed(text, expected):
    assert sorted(map(sorted, pairs(text))) == expected


@pytest.mark.parametrize("text", [
    "Orbit Cloud and Kestrel Compute have struck similar deals.",
    "Lawyers said the deal could draw scrutiny from the Justice Department and the Federal Trade Commission, "
    "both of which have examined Orbit Chips.",
])
def test_similar_deals_and_oversight_make_no_partners(text):
    assert pairs(text) == []


def test_a_supply_split_into_shares_for_named_firms_supplies_each():
    text = ("Zeta Chips will supply 260,000 GPUs to the country's government and business groups. Its chief laid out "
            "the split: 50,000 chips for the Ministry of Science and ICT; 50,000 each for Orbit Electronics and "
            "Kestrel Group; and 60,000 for Nova Cloud.")
    found = {tuple(sorted(p)) for p in pairs(text)}
    assert {("Ministry of Science and ICT", "Zeta Chips"), ("Orbit Electronics", "Zeta Chips"),
            ("Kestrel Group", "Zeta Chips"), ("Nova Cloud", "Zeta Chips")} <= found
    assert ("Kestrel Group", "Orbit Electronics") not in found


def test_a_verb_after_comma_and_shares_the_subject_of_a_sentence_opened_by_it():
    text = ("Orbit Chips makes inference chips. It completed its merger with Zeta Korea, the chip unit of Kestrel "
            "Telecom, in December 2024, and this summer raised 250 billion won in a round from investors including "
            "Arm and Nova Capital.")
    found = {tuple(sorted(p)) for p in pairs(text)}
    assert ("Arm", "Nova Capital", "Orbit Chips") in found
    assert not any("Zeta Korea" in p and "Arm" in p for p in found)


def test_firms_signing_separate_agreements_are_no_partners_of_each_other():
    text = "Orbit Labs, Kestrel Group and Nova Cloud signed separate agreements covering data centers."
    assert pairs(text) == []


@pytest.mark.parametrize("text", [
    "It is the most successful vendor in the country, with domestic players Orbit Telecom and Kestrel Networks "
    "dominating operator contracts.",
    "Dana Park was named CEO. He grew up overseas and worked at trading company Orbit Trading Corporation before "
    "joining Kestrel Motors.",
])
def test_firms_dominating_contracts_and_a_career_are_no_deals(text):
    assert pairs(text) == []


def test_a_joint_venture_told_after_a_person_is_no_career_move():
    text = "In January he unveiled a joint venture of Orbit Labs, Kestrel Cloud and Nova Bank."
    assert sorted(["Kestrel Cloud", "Nova Bank", "Orbit Labs"]) in pairs(text)


def test_a_new_name_that_says_on_a_day_what_it_did_is_a_firm():
    text = "ReNova Energy Global said on Tuesday it has signed a long-term deal with Alphabet's Google to build a solar farm."
    assert pairs(text) == [["Google", "ReNova Energy Global"]]
    assert {e["name"]: e["type"] for e in summary(text)["entities"]}["ReNova Energy Global"] == "Company"


def test_a_product_name_before_cores_or_processors_is_no_licensee():
    text = "Orbit Holdings licenses Quasar cores to Amazon, Google and Microsoft, each of which builds its own server CPU."
    assert sorted(map(sorted, pairs(text))) == [["Amazon", "Orbit Holdings"], ["Google", "Orbit Holdings"],
                                                ["Microsoft", "Orbit Holdings"]]


def test_a_new_name_after_its_is_the_subjects_thing_not_a_party():
    text = ("Last month Orbit Platforms raised $27 billion for its Hyperion campus in Louisiana through a deal with "
            "Kestrel Capital and Nova Credit.")
    assert not any("Hyperion" in p for p in pairs(text))


def test_a_rounds_commitments_money_drawn_and_existing_investors_including_join_the_round():
    text = ("Orbit Labs said it has raised $750 million in new financing. Kestrel Capital led the round. Nova Bank "
            "and Zeta Partners made significant commitments, and the financing also drew new money from Aster "
            "Capital and Birch Ventures. Existing investors including Cedar Fund and Dune Capital increased their "
            "positions.")
    assert typed_parties(text) == [("Investment", sorted(["Orbit Labs", "Kestrel Capital", "Nova Bank", "Zeta Partners",
                                                          "Aster Capital", "Birch Ventures", "Cedar Fund", "Dune Capital"]))]


@pytest.mark.parametrize("text, expected", [
    ("Nova AI raised 170 billion won in a Series C round. Kestrel Bank anchored the round, with Zeta Bank putting in "
     "a similar amount. Aster Ventures also joined.",
     [("Investment", ["Aster Ventures", "Kestrel Bank", "Nova AI", "Zeta Bank"])]),
    ("Orbit Labs lined up 6 trillion won in loans for its first fab. Kestrel Bank is providing 2.5 trillion won of the "
     "package. The rest comes from Zeta Bank, Nova Bank and Aster Bank, with maturities of up to 10 years.",
     [("FinancialCooperation", ["Aster Bank", "Kestrel Bank", "Nova Bank", "Orbit Labs", "Zeta Bank"])]),
])
def test_a_round_anchored_a_sum_of_the_package_and_the_rest_from_lenders(text, expected):
    assert typed_parties(text) == expected


@pytest.mark.parametrize("text", ["Kestrel Capital led a $13 billion Series F in Nova AI.",
                                  "Kestrel Capital led Nova AI's $13 billion Series F."])
def test_a_lettered_series_is_a_round_its_leader_invests_in(text):
    assert typed_parties(text) == [("Investment", ["Kestrel Capital", "Nova AI"])]


@pytest.mark.parametrize("text", [
    "Nova Fusion raised $863 million in August in a round that included Kestrel Capital, Zeta Ventures and Aster Fund.",
    "Kestrel Capital agreed to invest $300 million in Nova Fusion, leading an $863 million Series C. Zeta Ventures and "
    "Aster Fund all put in more money, according to a person close to the deal.",
    "Nova Fusion raised $863 million in a Series C round. Kestrel Capital led the round. Zeta Ventures put in more, "
    "and Aster Fund came in as a new shareholder.",
    "Nova Fusion closed an $863 million Series C. Existing backers filled out the round: Kestrel Capital, Zeta Ventures "
    "and Aster Fund all came back.",
    "Nova Fusion raised $863 million from Kestrel Capital. Zeta Ventures and Aster Fund also signed on as anchor investors.",
])
def test_firms_a_round_included_or_that_all_put_in_more_money_are_its_investors(text):
    assert typed_parties(text) == [("Investment", sorted(["Nova Fusion", "Kestrel Capital", "Zeta Ventures", "Aster Fund"]))]


def test_a_person_who_returned_is_no_investor_in_the_round():
    text = ("Nova Fusion raised $200 million in a Series B led by Kestrel Capital. "
            "Dana Park, who left for Orbit Cloud in 2023, returned.")
    assert typed_parties(text) == [("Investment", ["Kestrel Capital", "Nova Fusion"])]


def test_firms_that_break_ground_together_are_partners():
    assert pairs("Orbit Labs and Zeta Cloud broke ground on a hyperscale site in Ohio.") == [["Orbit Labs", "Zeta Cloud"]]


@pytest.mark.parametrize("text, kind", [("Zeta Cloud, the biggest of them, counts both Orbit Labs and Nova AI as customers.",
                                         "SupplyAgreement"),
                                        ("Zeta Cloud counts Orbit Labs and Nova AI as shareholders.", "Investment")])
def test_firms_counted_as_customers_or_shareholders_deal_with_the_counter_not_each_other(text, kind):
    assert sorted(typed_parties(text)) == [(kind, ["Nova AI", "Zeta Cloud"]), (kind, ["Orbit Labs", "Zeta Cloud"])]


def test_a_second_relative_clause_joined_by_and_is_still_about_the_first_ones_firm():
    text = "It is the first deal of Orbit Labs, which Kestrel Bank formed in 2024 and which later added Zeta Cloud as a partner."
    assert ["Orbit Labs", "Zeta Cloud"] in pairs(text) and ["Kestrel Bank", "Zeta Cloud"] not in pairs(text)


def test_teams_led_by_several_firms_are_apart_and_each_listed_team_is_one_partnership():
    text = ("Five teams led by Orbit Labs and Zeta Cloud will build the models, the ministry said.\n\n"
            "The teams and their members:\n\n"
            "Orbit Labs \u2014 Kestrel Bank, Nova AI and Aster Systems.\n"
            "Zeta Cloud \u2014 Birch Labs, Cedar University and Dune AI.\n\n"
            "Kestrel Bank, Zeta Cloud and Birch Labs were all at the fair.")
    assert sorted(typed_parties(text)) == [("Partnership", sorted(["Orbit Labs", "Kestrel Bank", "Nova AI", "Aster Systems"])),
                                           ("Partnership", sorted(["Zeta Cloud", "Birch Labs", "Cedar University", "Dune AI"]))]


def test_its_after_it_in_the_clause_is_what_it_stands_for():
    text = "Orbit Labs said it would keep building on its own; Zeta Cloud said it would focus on its partnership with Nova AI."
    assert typed_parties(text) == [("Partnership", ["Nova AI", "Zeta Cloud"])]


def test_the_venture_a_firm_unveiled_with_others_is_one_deal_of_all():
    text = "Stargate, the computing venture Orbit Labs unveiled in January with Zeta Cloud, Nova AI and Kestrel Capital, will grow."
    assert typed_parties(text) == [("JointVenture", sorted(["Orbit Labs", "Zeta Cloud", "Nova AI", "Kestrel Capital"]))]


@pytest.mark.parametrize("text", ["Orbit Capital will not invest in Zeta Cloud.",
                                  "Orbit Capital won't put money into Zeta Cloud's campus.",
                                  "Orbit Capital does not plan to invest in Zeta Cloud."])
def test_a_deal_a_firm_will_not_make_is_none(text):
    assert typed_parties(text) == []


def test_not_only_does_not_deny_the_deal():
    assert typed_parties("Orbit Capital will not only invest in Zeta Cloud but also build.") == [
        ("Investment", ["Orbit Capital", "Zeta Cloud"])]


def test_the_banks_of_a_syndicated_facility_led_as_a_group_lend_in_it():
    text = ("Aster Chips is building a plant. The chipmaker said it had signed a $1.1 billion syndicated facility for "
            "the project. Kestrel Bank led the group, which also includes Zeta Bank and Nova Bank.")
    assert typed_parties(text) == [("FinancialCooperation", sorted(["Aster Chips", "Kestrel Bank", "Zeta Bank", "Nova Bank"]))]


def test_acquisitions_of_two_firms_are_each_the_buyers_and_a_merger_of_two_is_theirs():
    assert sorted(typed_parties("Kestrel Infrastructure has made acquisitions of Orbit Data and Zeta Datacenters LLC.")) == [
        ("Acquisition", ["Kestrel Infrastructure", "Orbit Data"]),
        ("Acquisition", ["Kestrel Infrastructure", "Zeta Datacenters LLC."])]
    assert typed_parties("Regulators approved the merger of Orbit Data and Zeta Datacenters LLC.") == [
        ("Acquisition", ["Orbit Data", "Zeta Datacenters LLC."])]


@pytest.mark.parametrize("text, listed", [
    ("Zeta deal\n\nDec 12, 2025 · Kestrel Ledger research desk · 7 min read\n\nOrbit Corp. signed a deal with Nova Corp.", True),
    ("Zeta deal\n\nOrbit Corp. signed a deal with Nova Corp.", False),
])
def test_the_outlet_is_an_entity_of_the_draft_where_the_text_names_it(text, listed):
    meta = ArticleMeta(date(2025, 9, 10), outlet="Kestrel Ledger")
    result = to_json(extract_texts(Gazetteer([]), [(Article("t.txt", text, "0" * 64), meta)]))
    assert ({"name": "Kestrel Ledger", "type": "NewsOutlet", "aliases": []} in result["entities"]) is listed


def test_the_firms_an_initiative_was_formed_with_are_one_deal():
    text = "Stargate, formed in January with Orbit Labs, Zeta Cloud and Kestrel Capital, has been slowed by disagreements."
    assert typed_parties(text) == [("Partnership", sorted(["Orbit Labs", "Zeta Cloud", "Kestrel Capital"]))]


@pytest.mark.parametrize("tail", ["for $6.5 billion from Kestrel Capital and Nova Capital.",
                                  "for $6.5 billion from its owners, Kestrel Capital and Nova Capital."])
def test_the_sellers_of_a_firm_bought_for_a_price_from_its_owners_are_parties(tail):
    assert typed_parties("Orbit Group agreed to buy Zeta Computing " + tail) == [
        ("Acquisition", sorted(["Orbit Group", "Zeta Computing", "Kestrel Capital", "Nova Capital"]))]


@pytest.mark.parametrize("text, expected", [
    ("This isn't the first partnership between Orbit Labs and Zeta Cloud.", [("Partnership", ["Orbit Labs", "Zeta Cloud"])]),
    ("Orbit Labs and Zeta Cloud agreed that demand for chips would stay strong.", []),
    ("Nova Bank joined the venture Tuesday, Orbit Labs announced.", []),
    ("Orbit Labs was founded in 2015 with backing from Kestrel Capital.", [("Investment", ["Kestrel Capital", "Orbit Labs"])]),
    ("Stargate, formed in January with Orbit Labs, has grown.", []),
    ("Kestrel Bank financed the acquisition of Orbit Data and Zeta Datacenters.",
     [("Acquisition", ["Orbit Data", "Zeta Datacenters"])]),
    ("Zeta Cloud said it was surprised when Nova AI expanded its partnership with Orbit Labs.",
     [("Partnership", ["Nova AI", "Orbit Labs"])]),
    ("The conference sponsors and partners:\n\nOrbit Labs, Zeta Cloud, Nova AI and Kestrel Bank.", []),
])
def test_what_the_new_readings_leave_alone(text, expected):
    assert typed_parties(text) == expected


def test_a_one_word_outlet_is_named_only_with_its_the():
    text = "Zeta deal\n\nInformation technology spending rose. Orbit Corp. signed a deal with Nova Corp."
    meta = ArticleMeta(date(2025, 9, 10), outlet="The Information")
    result = to_json(extract_texts(Gazetteer([]), [(Article("t.txt", text, "0" * 64), meta)]))
    assert not [e for e in result["entities"] if e["type"] == "NewsOutlet"]


@pytest.mark.parametrize("text", [
    "Zeta Labs, Orbit Cloud to build AI data center in Busan",
    "Related: Zeta Labs, Orbit Cloud to build AI data center in Busan",
])
def test_a_headlines_comma_joins_two_firms_even_after_a_label(text):
    assert [(d["type"], d["parties"]) for d in summary(text)["deals"]] == [("Partnership", ["Zeta Labs", "Orbit Cloud"])]


def test_a_ticker_in_brackets_does_not_end_a_list_of_subjects():
    text = "Kestrel Networks is training its own models, and Zeta Group (TYO: 9984) and Orbit AI set up a joint venture."
    assert typed_parties(text) == [("JointVenture", ["Orbit AI", "Zeta Group"])]


def test_a_firm_that_counts_shareholders_after_while_is_their_investee_not_the_sentences_first():
    text = ("Orbit Group and Zeta Labs formed a joint venture, Orbit Zeta Japan, this year, while Kestrel Networks "
            "counts Nova Motor and Aster Robotics among its shareholders.")
    assert sorted(pairs(text)) == [["Aster Robotics", "Kestrel Networks"], ["Kestrel Networks", "Nova Motor"],
                                   ["Orbit Group", "Zeta Labs"]]


def test_an_investor_that_did_not_join_the_round_is_no_party_of_it():
    text = ("Zeta AI said on Monday it had raised $130 million in a Series B round. The round was led by Orbit Bank, "
            "with Nova Bank joining. Kestrel Capital did not join this round, a person familiar with the matter said.")
    assert pairs(text) == [sorted(["Zeta AI", "Orbit Bank", "Nova Bank"])]


def test_a_loan_told_by_its_lenders_first_takes_the_borrowers_and_lenders_told_after():
    text = ("A group of banks led by Orbit Bank agreed on Monday to provide $7.1 billion in construction financing "
            "for the campus. The loan goes to the joint venture of Zeta Cloud and Kestrel Capital. Nova Bank and "
            "Aster Bank joined the facility as joint lead arrangers.")
    assert sorted(["Zeta Cloud", "Kestrel Capital", "Orbit Bank", "Nova Bank", "Aster Bank"]) in pairs(text)


def test_a_loan_whose_borrower_is_never_told_leaves_later_rounds_alone():
    text = ("A group of banks led by Orbit Bank has agreed to provide $18 billion of construction debt for the "
            "campus. Zeta Cloud raised $100 million from Nova Capital.")
    assert pairs(text) == [sorted(["Zeta Cloud", "Nova Capital"])]


@pytest.mark.parametrize("venture", ["That venture", "The joint venture"])
def test_that_venture_is_the_firm_told_of_as_a_joint_venture(venture):
    text = ("In India, Orbit Labs runs Orbit Zeta, a 50-50 joint venture with Zeta Enterprises formed in 2021. "
            f"{venture} raised $1.44 billion of construction financing last year from Nova Bank and Aster Bank.")
    assert sorted(["Orbit Zeta", "Nova Bank", "Aster Bank"]) in pairs(text)



def test_the_lab_stands_for_the_ai_lab_named_before():
    text = "Zeta Cloud sells compute. Orbit AI is a buzzy lab. In April, the lab raised $2 billion in a round led by Kestrel Capital."
    assert pairs(text) == [sorted(["Orbit AI", "Kestrel Capital"])]


def test_the_telco_after_a_sentence_naming_no_firm_is_the_firm_whose_name_says_telecom():
    text = ("Orbit AI will open an office in Seoul. Orbit AI also signed an MOU with Zeta Telecom, Orbit AI said. "
            "Analysts were upbeat. The telco is also building a data center with Nova Cloud.")
    assert sorted(pairs(text)) == [["Nova Cloud", "Zeta Telecom"], ["Orbit AI", "Zeta Telecom"]]


def test_a_firm_that_will_borrow_opens_a_loan_its_arrangers_and_joiners_are_parties_of():
    text = ("Orbit Corp. will borrow 450 billion yen from a group of Japanese lenders. Zeta Bank is lead arranger. "
            "Nova Bank and Aster Bank are co-lead arrangers. Kestrel Bank and Birch Bank also joined, people said.")
    assert pairs(text) == [sorted(["Orbit Corp.", "Zeta Bank", "Nova Bank", "Aster Bank", "Kestrel Bank", "Birch Bank"])]


def test_a_japanese_godo_kaisha_is_a_company():
    assert {e["name"] for e in summary("The borrower, Orbit Sakai DC GK, signed the facility.")["entities"]} == {
        "Orbit Sakai DC GK"}


def test_a_loan_in_crore_from_a_consortium_takes_the_other_anchor_lenders_not_the_borrowers_backer():
    text = ("SK Group-backed Orbit Data has raised Rs 4,000 crore in debt from a consortium led by Zeta Bank to pay "
            "for its next batch of chips. Nova Bank and Aster Bank are the other anchor lenders.")
    assert sorted(pairs(text)) == [["Aster Bank", "Nova Bank", "Orbit Data", "Zeta Bank"], ["Orbit Data", "SK Group"]]


def test_a_firm_named_in_a_loans_purpose_is_no_lender():
    text = ("Orbit Corp. will borrow 450 billion yen from a group of Japanese lenders to convert a former Zeta Corp. "
            "factory into an AI data center, one of the largest green loans ever arranged.")
    assert pairs(text) == []


@pytest.mark.parametrize("backing", ["are also putting equity into the purchase, the group said",
                                     "are backing the Zeta purchase as well"])
def test_firms_backing_the_purchase_told_before_are_its_parties_not_the_last_deals(backing):
    text = ("Orbit Partnership agreed to buy Zeta Data Centers from Nova Asset Management for $40 billion. Orbit "
            f"Partnership was formed last year by Birch Capital and Kestrel Soft. Kestrel Authority and Aster Fund {backing}.")
    assert sorted(pairs(text)) == [
        ["Aster Fund", "Kestrel Authority", "Nova Asset Management", "Orbit Partnership", "Zeta Data Centers"],
        ["Birch Capital", "Kestrel Soft"]]


def test_co_arrangers_and_banks_that_make_up_the_rest_of_the_syndicate_lend_in_the_loan():
    text = ("Orbit Data has signed a 2.1 trillion won project financing loan, the company said. Zeta Bank is lead "
            "arranger. Nova Bank and Aster Bank joined as co-arrangers. Kestrel Bank and Birch Bank make up the rest "
            "of the syndicate.")
    assert pairs(text) == [sorted(["Orbit Data", "Zeta Bank", "Nova Bank", "Aster Bank", "Kestrel Bank", "Birch Bank"])]


@pytest.mark.parametrize("furniture", ["Advertisement", "- Advertisement -", "Story continues below advertisement"])
def test_the_company_after_a_pages_advertisement_line_is_the_firm_of_the_sentence_before_it(furniture):
    text = (f"Orbit Labs signed a deal with Zeta Cloud. Orbit Labs will build chips. Kestrel Cloud Inc. makes servers.\n"
            f"{furniture}\nThe company raised $100 million from Nova Capital.")
    assert sorted(pairs(text)) == [["Kestrel Cloud Inc.", "Nova Capital"], ["Orbit Labs", "Zeta Cloud"]]


def test_firms_joining_the_buyer_in_the_purchase_of_a_stake_are_its_parties():
    text = ("A consortium led by Orbit Fund has agreed to buy a 40 percent stake in Zeta Compute, the data-centre arm "
            "of Nova Holding, the companies said. Kestrel Authority and Aster Investment Company are joining Orbit Fund "
            "in the purchase, with the fund taking the largest share.")
    assert any({"Orbit Fund", "Zeta Compute", "Kestrel Authority", "Aster Investment Company"} <= set(p) for p in pairs(text))


@pytest.mark.parametrize("text, expected", [
    # firms whose names begin with a price's move, outside a headline's "Stock Sinks"
    ("Jump Trading agreed to buy a 10% stake in Zeta Labs.", [["Jump Trading", "Zeta Labs"]]),
    # a number word before a firm and a plural noun counts people, no name
    ("Two Orbit Robotics engineers left for Nova Dynamics. The two said so.", []),
    # a supporter of a takeover that says why is no buyer
    ("Orbit Partners agreed to buy Zeta Data. Kestrel Management is backing the takeover, saying the price is fair.",
     [["Orbit Partners", "Zeta Data"]]),
    # a loan "is to repay" another: no borrower told
    ("A group of banks led by Orbit Bank agreed to lend $5 billion. The loan is to repay a bridge facility provided "
     "by Kestrel Bank.", []),
])
def test_what_the_days_review_found_misread_is_read_right(text, expected):
    assert sorted(pairs(text)) == expected


def test_an_investor_declining_another_deal_in_a_relative_clause_still_joins_the_round():
    text = ("Zeta AI raised $130 million in a round led by Orbit Bank. Returning investor Nova Capital joined too; "
            "Kestrel Ventures declined to invest.")
    assert pairs(text) == [sorted(["Zeta AI", "Orbit Bank", "Nova Capital"])]


def test_a_loan_told_as_financial_close_on_debt_is_the_one_its_arrangers_join():
    text = ("Orbit Power has reached financial close on $3.4 billion of debt for its gas plant. Zeta Bank and Nova Bank "
            "acted as lead arrangers on the loan.")
    assert pairs(text) == [sorted(["Orbit Power", "Zeta Bank", "Nova Bank"])]


def test_firms_of_an_event_a_financing_comes_as_stay_out_of_the_financing():
    text = ("Orbit Power has secured a $3.4 billion construction loan. Zeta Bank and Nova Bank acted as lead arrangers. "
            "The financing comes as Kestrel Utility seeks approval from the Aster Commission for three plants.")
    assert pairs(text) == [sorted(["Orbit Power", "Zeta Bank", "Nova Bank"])]


@pytest.mark.parametrize("text", [
    "Orbit Labs is in talks to buy Zeta Cloud, people familiar with the plans told Kestrel Times.",
    "Orbit Labs and Zeta Cloud are weighing building plants in Europe, people familiar with the plans told Kestrel Times.",
])
def test_the_outlet_a_report_was_told_to_is_no_party_of_the_deal_it_reports(text):
    assert not any("Kestrel Times" in pair for pair in pairs(text))


def test_a_firm_leading_a_group_with_others_is_one_consortium_of_them_all():
    text = "Orbit Data leads the group with Zeta Cloud, Nova Labs and Aster Telecom."
    assert pairs(text) == [sorted(["Orbit Data", "Zeta Cloud", "Nova Labs", "Aster Telecom"])]
    # a lending group's banks lend to the borrower: the loan's parties, no consortium of their own
    text = "Orbit Bank will lead a lending group with Zeta Bank and Nova Bank that has agreed to provide loans to Aster Data."
    assert pairs(text) and all("Aster Data" in pair for pair in pairs(text))


def test_a_customer_never_named_before_is_a_firm_after_its_suppliers_customer_is():
    text = "Orbit Energy's other flagship customer is Dow, which plans to install four units at its plant."
    assert pairs(text) == [["Dow", "Orbit Energy"]]


@pytest.mark.parametrize("opening", ["", "Orbit Power draws on Zeta Green, while "])
def test_a_venture_with_two_firms_as_a_subject_keeps_both_before_its_verb(opening):
    text = f"{opening}Nova's data centre venture with Kestrel Fund and Aster Realty is adding capacity in Chennai."
    assert sorted(pairs(text))[-1] == sorted(["Nova", "Kestrel Fund", "Aster Realty"])


@pytest.mark.parametrize("text, expected", [
    ("Orbit Labs told Zeta Cloud last month that it could start supplying chips early next year.",
     [["Orbit Labs", "Zeta Cloud"]]),  # a firm told something is no report's source
    ("In cloud spending, Orbit Cloud leads the group with a 30% share, ahead of Zeta Cloud and Nova Cloud.", []),
    ("SK - the country's second-biggest group - sold its stake in Zeta Mining and has lined up a loan from Nova Bank.",
     [["Nova Bank", "SK Group"], ["Nova Bank", "SK Group"]]),  # a firm in capitals before a dash is no dateline
    ("Kestrel Labs signed a licensing deal with Canva, announced at the Canva developer conference in Sydney.",
     [["Canva", "Kestrel Labs"]]),
])
def test_what_the_reviewer_found_the_sessions_rules_misread_is_read_right(text, expected):
    assert sorted(sorted(p) for p in pairs(text)) == expected


@pytest.mark.parametrize("aside", ["", ", the largest ever for a European start-up,"])
def test_a_round_led_by_investors_of_the_articles_firm_is_the_one_later_backers_join(aside):
    text = (f"Orbit Labs won a deal with Zeta Cloud. The contract follows a $1.1bn Series B round last month{aside} "
            "led by Nova Capital. Birch Bank and Aster Partners also took part.")
    assert ("Investment", ["Aster Partners", "Birch Bank", "Nova Capital", "Orbit Labs"]) in typed_parties(text)


def test_a_firm_joining_anothers_round_invests_and_the_round_told_next_is_that_one():
    text = "Nova Capital joins $2bn Orbit Labs round\n\nThe Series C round was led by Birch Bank. Other participants included Aster Partners."
    assert typed_parties(text) == [("Investment", ["Aster Partners", "Birch Bank", "Nova Capital", "Orbit Labs"])]


def test_a_round_for_a_described_firm_is_that_firms_raise_whoever_the_subject():
    text = ("Nova Capital is among the investors in a $2bn funding round for US artificial intelligence developer "
            "Orbit Labs, which the company said it had closed at a valuation of $18bn.\n\n"
            "The Series F round was led by Birch Bank, with Aster Partners as co-lead.")
    assert typed_parties(text) == [("Investment", ["Aster Partners", "Birch Bank", "Nova Capital", "Orbit Labs"])]


def test_the_leaders_of_a_round_a_firm_joined_are_its_investors_up_to_the_lists_end():
    text = ("Nova Capital joined Orbit Labs' $2bn Series F in May, a round led by Birch Bank and co-led by Aster Partners, "
            "and it is also an investor in Zeta Cloud.")
    assert ("Investment", ["Aster Partners", "Birch Bank", "Nova Capital", "Orbit Labs"]) in typed_parties(text)
    assert all("Zeta Cloud" not in parties or len(parties) == 2 for _, parties in typed_parties(text))


def test_a_products_maker_past_a_loans_lenders_is_no_lender():
    text = "Orbit Cloud signed a $300 million loan with a group of lenders led by Zeta Bank, using Nvidia chips as collateral."
    assert typed_parties(text) == [("FinancialCooperation", ["Orbit Cloud", "Zeta Bank"])]


def test_what_reassured_a_loans_lenders_is_no_lender():
    text = ("Orbit Cloud signed a $300 million loan with a group of lenders led by Zeta Bank.\n\nThe lenders were reassured "
            "by a contract the startup signed in July with Nova Cloud, under which Nova Cloud will rent the GPUs.")
    assert ("FinancialCooperation", ["Orbit Cloud", "Zeta Bank"]) in typed_parties(text)


def test_the_rivals_a_firm_races_for_orders_are_no_partners():
    text = ("Micron Technology will invest about $7 billion in a packaging facility in Singapore, the U.S. memory "
            "chipmaker said on Wednesday, as it races SK Hynix and Samsung Electronics for orders from chip designers.")
    assert not any("Micron Technology" in parties for _, parties in typed_parties(text))


def test_market_opening_a_sentence_is_no_firm():
    text = "Market watchers see the plant as insurance for Orbit Memory's largest customer, Zeta Chips."
    assert "Market" not in [e["name"] for e in summary(text)["entities"]]


def test_a_firm_that_took_money_from_an_investor_is_its_investment():
    assert typed_parties("Orbit Labs took $72 million from Zeta Capital in May.") == \
        [("Investment", ["Orbit Labs", "Zeta Capital"])]


def test_a_clause_after_a_rounds_leaders_names_no_investor_in_it():
    text = "Kestrel Ventures joined Orbit Labs' Series C round, led by Nova Capital, which also backs Zeta Robotics."
    assert ("Investment", ["Kestrel Ventures", "Nova Capital", "Orbit Labs"]) in typed_parties(text)


def test_a_consortium_led_by_a_rival_far_after_the_round_is_no_party():
    text = "Orbit Labs said the round comes weeks after it lost a government contract to a consortium led by Leidos."
    assert typed_parties(text) == []


@pytest.mark.parametrize("text", ["Orbit Labs joins Zeta Cloud in latest round of layoffs as spending rises.",
                                  "Orbit Labs joins Zeta Cloud Inception program ahead of Series A."])
def test_joining_a_round_of_cuts_or_a_program_before_a_round_is_no_investment(text):
    assert all(kind != "Investment" for kind, _ in typed_parties(text))


@pytest.mark.parametrize("headline", ["Orbit Capital Ups Zeta Labs Stake, filing shows", "Orbit Motors Completes Zeta Deal, chairman says"])
def test_a_deal_noun_before_a_headlines_comma_is_no_part_of_a_name(headline):
    names = [e["name"] for e in summary(headline + "\n\nThe filing was made on Monday.")["entities"]]
    assert not any(n.endswith(("Stake", "Deal")) for n in names)


def test_a_raise_in_millions_written_m_from_an_investor_is_its_investment():
    assert typed_parties("Orbit Labs raised $12m from Zeta Capital.") == [("Investment", ["Orbit Labs", "Zeta Capital"])]


def test_its_investors_after_a_raise_are_those_of_the_firm_that_raised():
    text = "Orbit Robotics raised $50 million from Zeta Capital. Its other investors include Sequoia Partners and Accel Capital."
    assert ("Investment", sorted(["Orbit Robotics", "Sequoia Partners", "Accel Capital"])) in typed_parties(text)


def test_its_investors_after_an_investment_are_those_of_the_firm_invested_in():
    text = ("Orbit Labs has agreed to invest $750mn in Kestrel, the Berlin-based developer of language models. "
            "Its earlier investors include Lakestar and Zeta Soft.")
    assert ("Investment", sorted(["Kestrel", "Lakestar", "Zeta Soft"])) in typed_parties(text)


def test_a_round_compared_with_another_firms_round_does_not_take_in_its_firms():
    text = ("Orbit AI has raised $13 billion in a round led by Kestrel Capital, with Nova Fund also taking part. "
            "The round is among the largest for a private firm, behind only the $40 billion that rival Zeta AI "
            "raised in March in a deal led by Aster Group.")
    rounds = [parties for kind, parties in typed_parties(text) if "Orbit AI" in parties]
    assert rounds == [sorted(["Orbit AI", "Kestrel Capital", "Nova Fund"])]


def test_the_other_lenders_told_after_a_round_join_the_loan_told_before_it():
    text = ("Aster Bank will provide a bridge loan of $16.5 billion to Orbit Group to help it fund its share of "
            "Zeta AI's new round. Zeta AI said on Monday it had raised $40 billion in a round led by Orbit Group, "
            "with Nova Capital also taking part. Kestrel Bank and Birch Bank are the other lenders, the person said.")
    found = typed_parties(text)
    assert ("FinancialCooperation", sorted(["Aster Bank", "Orbit Group", "Kestrel Bank", "Birch Bank"])) in found
    assert all("Kestrel Bank" not in parties for kind, parties in found if kind == "Investment")


def test_firms_alongside_whom_a_firm_joined_a_round_are_in_that_round():
    text = "Nova Capital joined Kestrel AI's $6 billion funding round in December alongside Aster Chips and Lumen Capital."
    assert typed_parties(text) == [("Investment", sorted(["Nova Capital", "Kestrel AI", "Aster Chips", "Lumen Capital"]))]


def test_firms_that_all_signed_one_agreement_are_its_parties():
    text = "Aster Oil, Birch Energy and Nova Petro all signed the joint venture agreement in Riyadh on Monday."
    assert typed_parties(text) == [("JointVenture", sorted(["Aster Oil", "Birch Energy", "Nova Petro"]))]


def test_the_first_member_of_a_consortium_of_firms_is_a_party():
    text = "Stargate Gulf, a consortium of Zeta AI, Orbit AI, Nova Cloud and Birch Chips, will build a campus."
    assert typed_parties(text) == [("JointVenture", sorted(["Zeta AI", "Orbit AI", "Nova Cloud", "Birch Chips"]))]


def test_a_firm_with_its_three_chinese_characters_in_brackets_stays_a_firm():
    text = "Gold Circuit (金像電) said it would supply server boards to Orbit Labs."
    assert typed_parties(text) == [("SupplyAgreement", sorted(["Gold Circuit", "Orbit Labs"]))]


@pytest.mark.parametrize("told", ["The round, more than the $30 million Zeta had sought, also drew Kestrel Capital and Lumen Partners.",
                                  "The round, second only to Nova AI's this year, also included Kestrel Capital and Lumen Partners."])
def test_investors_named_after_a_comparison_aside_join_the_round(told):
    text = "Zeta AI raised $50 million in a round led by Orbit Capital. " + told
    assert ("Investment", sorted(["Zeta AI", "Orbit Capital", "Kestrel Capital", "Lumen Partners"])) in typed_parties(text)


def test_lenders_after_a_round_join_no_loan_of_another_borrower():
    text = ("Kestrel Motors took a $1 billion loan from Aster Bank in March. Zeta Robotics raised $200 million in a "
            "round led by Orbit Ventures on Tuesday. Birch Bank and Nova Bank are among the lenders.")
    assert all("Birch Bank" not in parties for kind, parties in typed_parties(text) if "Kestrel Motors" in parties)


def test_a_new_round_a_backer_joins_is_not_the_one_it_backed_before():
    text = "Orbit Ventures, which backed Zeta Robotics in 2023, is joining a new round for Kestrel Labs led by Aster Capital."
    assert all("Aster Capital" not in parties for kind, parties in typed_parties(text) if "Zeta Robotics" in parties)


def test_a_round_closed_before_a_sentence_about_its_leaders_and_backers_is_one_round():
    text = ("Zeta Systems has shelved its listing, days after closing a $1.1 billion Series G round. The round was "
            "led by Orbit Capital and Kestrel Management, with Nova Global and Birch Partners also investing. "
            "Existing backers Lumen Ventures and Aster Capital put in more money.")
    assert typed_parties(text) == [("Investment", sorted(["Zeta Systems", "Orbit Capital", "Kestrel Management",
                                                          "Nova Global", "Birch Partners", "Lumen Ventures",
                                                          "Aster Capital"]))]


def test_the_closing_price_is_no_raise():
    text = "Orbit Labs bought the shares. Based on Friday's closing price the stake is worth 700 million euros."
    assert [e["name"] for e in summary(text)["entities"]] == ["Orbit Labs"]


def test_the_lead_lenders_of_a_loan_told_before_join_it():
    text = ("Orbit Group has secured a bridge loan of about $15 billion from a group of banks, people said. "
            "Zeta Bank, Kestrel Bank and Nova Bank are the lead lenders, the people said, with Birch Bank also taking part.")
    assert typed_parties(text) == [("FinancialCooperation", sorted(["Orbit Group", "Zeta Bank", "Kestrel Bank",
                                                                    "Nova Bank", "Birch Bank"]))]


def test_its_named_joint_venture_is_the_firm_told_of_just_before():
    text = ("Orbit Realty reported record leasing on Thursday. Zeta Data has taken a similar route. Its xScale joint "
            "venture with Kestrel Capital and Nova Pension, announced last year, aims to raise $15 billion.")
    assert typed_parties(text) == [("JointVenture", sorted(["Zeta Data", "Kestrel Capital", "Nova Pension"]))]


def test_co_investors_a_round_is_syndicated_to_join_the_round_told_the_sentence_before():
    text = ("Orbit Group has secured a bridge loan to pay for its planned investment in Zeta AI. Orbit Group agreed in "
            "March to lead a funding round of up to $40 billion in Zeta AI. Orbit Group committed $30 billion of that "
            "total itself, with the rest syndicated to co-investors including Kestrel Capital and Nova Partners.")
    assert ("Investment", sorted(["Orbit Group", "Zeta AI", "Kestrel Capital", "Nova Partners"])) in typed_parties(text)


def test_shares_of_another_named_firm_add_no_party_to_the_venture_told_before():
    text = ("Orbit Cloud and Zeta Data aim to finalize a joint venture by March, with Zeta Data holding 51% and "
            "Orbit Cloud 49%. Kestrel Group and Nova Corp. each own 50% of A Holdings, the parent of Lumen Corp.")
    assert ("JointVenture", sorted(["Orbit Cloud", "Zeta Data"])) in typed_parties(text)


def test_an_owner_whose_apposition_ends_the_sentence_is_no_investor():
    text = ("Zeta Chips has raised $275 million in a Series C round. The round was co-led by Orbit Capital and Kestrel "
            "Partners, with participation from Nova Fund and M12, Lumen Corp's venture fund.")
    assert typed_parties(text) == [("Investment", sorted(["Zeta Chips", "Orbit Capital", "Kestrel Partners",
                                                          "Nova Fund", "M12"]))]


def test_the_investment_firm_of_a_founder_is_no_investment_in_his_company():
    text = ("Zeta Chips raised $693 million in a round led by Orbit Capital. Kestrel Motor Group and Birch Expeditions, "
            "the investment firm of Nova Corp founder Dana Park, also took part.")
    assert typed_parties(text) == [("Investment", sorted(["Zeta Chips", "Orbit Capital", "Kestrel Motor Group",
                                                          "Birch Expeditions"]))]


def test_a_firm_whose_founders_an_aside_lists_is_the_subject_of_the_verb_after_it():
    text = ("Zeta Semiconductor, founded in 2022 by eight companies including Orbit Motor and Kestrel Group, has a "
            "technology partnership with Nova Machines.")
    assert ("Partnership", sorted(["Zeta Semiconductor", "Nova Machines"])) in typed_parties(text)
    assert all("Nova Machines" not in parties or "Zeta Semiconductor" in parties for kind, parties in typed_parties(text))


@pytest.mark.parametrize("raise_told, one_round", [("last raised $41 million in 2023", True),
                                                   ("is reportedly raising money at a $39 billion valuation", False)])
def test_backers_an_aside_names_are_in_a_raise_made_not_in_one_under_way(raise_told, one_round):
    text = f"Zeta Robotics, backed by Orbit Capital, Kestrel Ventures and Nova Partners, {raise_told}."
    backers = ["Kestrel Ventures", "Nova Partners", "Orbit Capital"]
    expected = [("Investment", sorted(["Zeta Robotics", *backers]))] if one_round else [
        ("Investment", sorted(["Zeta Robotics", b])) for b in ["Orbit Capital", "Kestrel Ventures", "Nova Partners"]]
    assert typed_parties(text) == expected


@pytest.mark.parametrize("text, parties", [
    ("The mission approved a Zeta Power-Renesas joint venture.", ["Renesas", "Zeta Power"]),
    ("The ministry approved the Samsung-OpenAI joint venture in Seoul.", ["OpenAI", "Samsung Electronics"]),
])
def test_two_firms_joined_by_a_hyphen_before_a_joint_venture_are_its_parties(text, parties):
    assert typed_parties(text) == [("JointVenture", parties)]


def test_two_leaders_joined_by_a_hyphen_make_no_firms():
    assert summary("The Trump-Xi deal was signed on Friday.")["entities"] == []


@pytest.mark.parametrize("second, expected", [
    ("Zeta Memory signed a similar letter the same day.", ("LetterOfIntent", ["Nova AI", "Zeta Memory"])),
    ("Zeta Memory has signed similar agreements before.", None),
])
def test_a_similar_deal_is_of_the_kind_told_before_with_its_other_party(second, expected):
    text = f"Earlier this month, Orbit Chips signed a letter of intent with Nova AI to supply memory. {second}"
    found = typed_parties(text)
    assert found[0] == ("LetterOfIntent", ["Nova AI", "Orbit Chips"])
    assert found[1:] == ([expected] if expected else [])


def test_loans_to_the_consortium_go_to_its_members_not_the_ministry_that_picked_them():
    text = ("A consortium led by Zeta Systems, with Orbit Cloud and Kestrel Telecom as members, has been selected by the "
            "Ministry of Science and ICT as the preferred bidder. Nova Bank has agreed to provide up to 1 trillion won "
            "in policy loans to the consortium.")
    assert ("FinancialCooperation", sorted(["Nova Bank", "Zeta Systems", "Orbit Cloud", "Kestrel Telecom"])) in typed_parties(text)


def test_lenders_who_join_as_co_arrangers_or_make_up_the_syndicate_join_the_loan_told_before():
    text = ("Zeta Bank is lead arranger of the loan to Orbit DC Co., the vehicle jointly owned by Nova Telecom and "
            "Kestrel Cloud. Birch Bank and Lumen Bank joined as co-arrangers. Aster Bank and Dune Bank make up the "
            "rest of the syndicate, according to a filing.")
    assert ("FinancialCooperation", sorted(["Zeta Bank", "Orbit DC Co.", "Birch Bank", "Lumen Bank", "Aster Bank",
                                            "Dune Bank"])) in typed_parties(text)


@pytest.mark.parametrize("text, expected", [
    ("Orbit Group dumps Zeta stake, taps megabanks for bridge loan to fund Nova AI bet", []),
    ("Zeta Bank extended a loan to Orbit Labs.", [("FinancialCooperation", ["Orbit Labs", "Zeta Bank"])]),
])
def test_a_loan_to_a_firm_is_its_but_a_loan_to_fund_something_names_no_borrower(text, expected):
    assert [d for d in typed_parties(text) if d[0] == "FinancialCooperation"] == expected


def test_a_project_that_brings_firms_together_is_one_deal_of_them_all():
    text = "The project brings together Orbit Chips, Zeta Precision Industry Co and the Nova Science Council, Dana Park said."
    assert typed_parties(text) == [("Partnership", sorted(["Orbit Chips", "Zeta Precision Industry Co",
                                                           "Nova Science Council"]))]


def test_a_group_of_banks_that_closed_a_loan_for_a_firm_are_its_lenders():
    text = ("A group of banks led by Zeta Bank and Japan's Kestrel Bank has closed a $38bn loan package for two Orbit "
            "Data Centers campuses.")
    assert typed_parties(text) == [("FinancialCooperation", sorted(["Orbit Data Centers", "Zeta Bank", "Kestrel Bank"]))]


@pytest.mark.parametrize("text", [
    "Zeta Retail closed a $300 million loan from Orbit Bank. Kestrel Bank and Nova Bank are the lenders most exposed "
    "to UK commercial property, analysts said.",
    "Zeta Retail secured a $300 million loan from Orbit Bank. Last year, Kestrel Bank and Nova Bank joined as lenders "
    "to its rival Lumen Foods.",
])
def test_banks_told_as_lenders_of_something_else_join_no_loan_told_before(text):
    assert ("FinancialCooperation", ["Orbit Bank", "Zeta Retail"]) in typed_parties(text)
    assert all("Kestrel Bank" not in parties for kind, parties in typed_parties(text))


def test_a_similar_deal_someone_had_names_no_deal():
    text = "Orbit Cloud signed a power purchase agreement with Zeta Energy. Kestrel Labs had a similar agreement until 2023."
    assert all("Kestrel Labs" not in parties for kind, parties in typed_parties(text))


def test_a_person_and_a_firm_joined_by_a_hyphen_make_no_new_firm():
    assert [e["name"] for e in summary("The Trump-Nvidia export deal could cost the chipmaker billions.")["entities"]
            if e["name"] == "Trump"] == []


def test_a_firm_described_by_a_person_it_belongs_to_is_the_subject_not_the_persons_employer():
    text = "Birch Expeditions, the investment firm of Nova Corp founder Dana Park, led a $400 million round in Zeta Robotics."
    assert typed_parties(text) == [("Investment", sorted(["Birch Expeditions", "Zeta Robotics"]))]


def test_a_ministry_for_the_economy_is_one_name():
    assert pairs("Orbit Labs signed a memorandum of understanding with the Ministry for the Economy and Finance.") == [
        sorted(["Orbit Labs", "Ministry for the Economy and Finance"])]


@pytest.mark.parametrize("text, expected", [
    ("Orbit Memory finished HBM4, putting it ahead of Zeta Electronics and Kestrel Technology in the race to supply "
     "Nova Chips.", []),
    ("Dana Velloman, who was Zeta Chips' chief technology officer, has left to join Orbit AI.", []),
    ("Orbit Memory won the race to supply Nova Chips with HBM4.", [("SupplyAgreement", ["Nova Chips", "Orbit Memory"])]),
])
def test_a_race_to_supply_and_a_career_move_make_no_deal(text, expected):
    assert typed_parties(text) == expected


def test_a_firm_part_owned_by_another_is_its_investment():
    assert typed_parties("Orbit Data Centres, part-owned by Zeta Infrastructure, is building in Canberra.") == [
        ("Investment", ["Orbit Data Centres", "Zeta Infrastructure"])]


@pytest.mark.parametrize("text, apart", [
    ("Analysts said the deal could help Orbit Foundries, which trails Zeta Semiconductor and Kestrel Chips in revenue, "
     "win custom-chip work.", "Orbit Foundries"),
    ("The combined company strengthens Orbit Design Inc. against Zeta Systems Inc., its closest rival in design "
     "software, and Kestrel Works, which bought Nova Engineering in March.", "Orbit Design Inc."),
])
def test_firms_a_trailing_or_against_sets_apart_are_no_partners(text, apart):
    assert not any(apart in parties for _, parties in typed_parties(text, decide_pair=lambda c: True))


@pytest.mark.parametrize("text, expected", [
    ("In May, Orbit Canada named Zeta Chips as the exclusive inference partner for its network.",
     [("Partnership", ["Orbit Canada", "Zeta Chips"])]),
    ("Orbit Motors, Orbit Elxsi ink MoU with Zeta Chips for vehicle software",
     [("MemorandumOfUnderstanding", ["Orbit Elxsi", "Orbit Motors", "Zeta Chips"])]),
    ("Orbit Motors and Kestrel Soft signed an MoU with Zeta Chips.",
     [("MemorandumOfUnderstanding", ["Kestrel Soft", "Orbit Motors", "Zeta Chips"])]),
    ("Orbit Memory and Kestrel Soft each signed a letter of intent with Zeta Chips.",
     [("LetterOfIntent", ["Orbit Memory", "Zeta Chips"]), ("LetterOfIntent", ["Kestrel Soft", "Zeta Chips"])]),
])
def test_a_partner_named_singly_and_one_document_of_several_signers(text, expected):
    assert typed_parties(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Orbit Chips was founded in 2022 with 7.3 billion yen contributed by four companies -- Zeta Motor, Kestrel "
     "Group, Nova Telecom and Lumen Bank.",
     [("Investment", ["Kestrel Group", "Lumen Bank", "Nova Telecom", "Orbit Chips", "Zeta Motor"])]),
    ("Orbit Telecom, which completed its tender offer for convenience store chain Zeta Mart last year, is "
     "pushing to use AI.", [("Acquisition", ["Orbit Telecom", "Zeta Mart"])]),
])
def test_money_contributed_by_a_dashed_list_and_a_tender_offer(text, expected):
    assert typed_parties(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Kestrel's subsidiary Orbit Servers Corp (緯穎) counts Zeta Cloud Corp among its biggest customers.",
     [("SupplyAgreement", ["Orbit Servers Corp", "Zeta Cloud Corp"])]),
    ("Dana Park chairs Orbit AI, the Abu Dhabi AI investment vehicle, and Zeta Capital.", []),
])
def test_the_counting_firm_past_its_owner_and_an_investment_vehicle_is_no_investment(text, expected):
    assert typed_parties(text) == expected


def test_a_buyer_of_a_makers_systems_is_its_customer():
    assert typed_parties("Orbit Cloud is also one of the largest buyers of Zeta Chips systems.") == [
        ("SupplyAgreement", ["Orbit Cloud", "Zeta Chips"])]


# A review of this session's rules found these misreadings; each rule was narrowed.
@pytest.mark.parametrize("text, expected", [
    ("Prospective buyers of Toshiba's memory chip unit include Bain Capital and SK Hynix.", []),
    ("About 60% of CoreWeave's revenue in the quarter was contributed by Microsoft.", []),
    ("Elliott said the tender offer for Toyota Industries undervalued the company.", []),
    ("Samsung has won the global race to supply HBM4 chips to Nvidia.",
     [("SupplyAgreement", ["Nvidia", "Samsung Electronics"])]),
    ("New York-based New Relic, an observability platform for developers, was bought by Francisco Partners.",
     [("Acquisition", ["Francisco Partners", "New Relic"])]),
    ("OpenAI has signed deals with Oracle, SoftBank and Nvidia, and with AMD.",
     [("Partnership", ["OpenAI", "Oracle"]), ("Partnership", ["OpenAI", "SoftBank"]),
      ("Partnership", ["Nvidia", "OpenAI"]), ("Partnership", ["AMD", "OpenAI"])]),
    ("Samsung Electronics and SK Hynix separately signed a letter of intent with OpenAI.",
     [("LetterOfIntent", ["OpenAI", "Samsung Electronics"]), ("LetterOfIntent", ["OpenAI", "SK Hynix"])]),
    ("Samsung, SK Hynix sign letters of intent with OpenAI",
     [("LetterOfIntent", ["OpenAI", "Samsung Electronics"]), ("LetterOfIntent", ["OpenAI", "SK Hynix"])]),
    ("A person close to the matter said Rakuten will invest in the startup and will sign a supply deal with Nokia.",
     [("SupplyAgreement", ["Nokia", "Rakuten"])]),
    ("On top of that Samsung expanded its foundry and has signed a supply deal with Tesla.",
     [("SupplyAgreement", ["Samsung Electronics", "Tesla"])]),
    ("Nvidia will invest in the company — Microsoft and Amazon are already backers — as part of the round.", []),
    ("Sources said General Catalyst and Kleiner Perkins are leading a $300 million round in Harvey.",
     [("Investment", ["General Catalyst", "Harvey", "Kleiner Perkins"])]),
])
def test_the_reviews_sentences_keep_their_plain_reading(text, expected):
    assert typed_parties(text) == expected


def test_the_reviews_post_and_rivalry_sentences_keep_their_plain_reading():
    text = "Kim Dong-kwan is vice chairman of Hanwha Solutions and Hanwha Ocean will build the frigates."
    assert [(r["person"], r["organization"]) for r in summary(text)["roles"]] == [("Kim Dong-kwan", "Hanwha Solutions")]
    hedged = "Microsoft, which has hedged against relying on OpenAI, is using models from Anthropic for Office."
    assert ("Partnership", ["Anthropic", "Microsoft"]) in typed_parties(hedged, decide_pair=lambda c: True)


def test_the_firm_that_published_the_figures_is_no_party():
    text = ("Zeta Chips has reserved roughly 595,000 wafers of Orbit Foundry's packaging capacity for 2026, according "
            "to supply-chain checks published by Kestrel Securities last week.")
    assert not any("Kestrel Securities" in parties for _, parties in typed_parties(text, decide_pair=lambda c: True))


@pytest.mark.parametrize("text", [
    "Zeta Capital and Nova Partners participated in a $40 million round for Orbit Labs.",
    "Zeta Capital and Nova Partners took part in a $40 million funding round for Orbit Labs, the cloud builder.",
    "Asset managers are piling into cloud financing, with Zeta Capital and Nova Partners taking part in a $40 "
    "million funding round for Orbit Labs.",
])
def test_firms_that_take_part_in_a_round_for_a_firm_are_one_round_with_it(text):
    assert typed_parties(text) == [("Investment", ["Nova Partners", "Orbit Labs", "Zeta Capital"])]


def test_a_round_for_a_described_firm_alongside_others_is_not_a_round_for_the_first_firm_after_it():
    text = ("Helio Labs, which makes the Quill chatbot, is raising fresh money. Zeta Capital agreed in March to lead a "
            "$40 million funding round for the Quill maker alongside Nova Ventures and Orion Partners.")
    assert typed_parties(text) == [("Investment", ["Helio Labs", "Nova Ventures", "Orion Partners", "Zeta Capital"])]


def test_investors_taking_part_join_the_round_and_one_not_taking_part_does_not():
    text = ("Orbit Labs raised €700 million in a round led by Zeta Capital. Existing investors Nova Ventures and "
            "Lumen Partners are also taking part, but Kestrel Fund is not taking part.")
    assert typed_parties(text) == [("Investment", ["Lumen Partners", "Nova Ventures", "Orbit Labs", "Zeta Capital"])]


def test_a_described_firm_leading_a_round_that_values_another_leads_that_firms_round():
    text = ("Zeta Tools agreed to invest €1.3bn in Orbit Labs. The Dutch maker of wafer scanners will lead a €1.7bn "
            "funding round that values Orbit Labs at €11.7bn after the money, the two companies said. Existing "
            "investors Nova Ventures and Lumen Partners are also taking part.")
    assert typed_parties(text) == [("Investment", ["Lumen Partners", "Nova Ventures", "Orbit Labs", "Zeta Tools"])]


@pytest.mark.parametrize("second", [
    "Kestrel Fund, which was reported to be joining the round, said it had no plans to participate.",
    "Its founder wants Kestrel Fund to take part.",
    "Kestrel Fund had been approached but declined to take part.",
])
def test_a_firm_that_only_might_take_part_is_no_investor(second):
    text = f"Orbit Labs raised $500 million in a round led by Zeta Capital. {second}"
    assert typed_parties(text) == [("Investment", ["Orbit Labs", "Zeta Capital"])]


def test_a_financing_agreement_with_lenders_is_a_loan_its_lenders_join_and_the_agency_quoted_is_no_lender():
    text = ("Orbit Labs has signed a $3 billion financing agreement with a group of regional lenders, the company said "
            "on Sunday. The facility is led by Zeta Bank, with Kestrel Bank and Lumen Bank also participating, "
            "according to a statement carried by the Saudi Press Agency.")
    assert typed_parties(text) == [("FinancialCooperation", ["Kestrel Bank", "Lumen Bank", "Orbit Labs", "Zeta Bank"])]


def test_investors_in_the_round_join_the_round_not_a_partnership_told_beside_it():
    text = ("Orbit Labs has raised $1.1 billion in a Series B round led by Zeta Capital, days after it was named as "
            "Nova AI's partner. Kestrel Fund and Lumen Partners also took part in the round.")
    assert sorted(typed_parties(text)) == [
        ("Investment", ["Kestrel Fund", "Lumen Partners", "Orbit Labs", "Zeta Capital"]),
        ("Partnership", ["Nova AI", "Orbit Labs"])]


@pytest.mark.parametrize("opening", ["Aurora Tensor today announced that it has",
                                     "Aurora Tensor on Tuesday announced that it has"])
def test_a_name_never_seen_that_announces_what_it_did_is_the_raiser(opening):
    text = f"{opening} closed a €65 million Series B financing round led by Zeta Capital."
    assert typed_parties(text) == [("Investment", ["Aurora Tensor", "Zeta Capital"])]


def test_a_name_never_seen_after_participation_from_is_an_investor():
    text = ("Orbit Labs has closed a €65 million Series B round led by Zeta Capital. The round includes participation "
            "from Kestrel, Elaia and the Nova Fund.")
    assert typed_parties(text) == [("Investment", ["Elaia", "Kestrel", "Nova Fund", "Orbit Labs", "Zeta Capital"])]


def test_owners_who_raise_money_for_their_firm_from_investors_are_one_round_with_all():
    text = ("Last year Zeta Capital and Nova Partners raised $9.2bn of equity for Orbit Data Centers from Kestrel Fund "
            "and the Lumen Investment Authority.")
    assert typed_parties(text) == [("Investment", ["Kestrel Fund", "Lumen Investment Authority", "Nova Partners",
                                                   "Orbit Data Centers", "Zeta Capital"])]


def test_firms_that_co_led_the_transaction_told_before_join_it_with_those_joining():
    text = ("Zeta Partners has closed a $2.8 billion vehicle to hold its stake in Orbit Data. Lexington Capital and "
            "Aster Fund co-led the transaction, with Kestrel Capital and Nova Fund joining, according to a source.")
    assert typed_parties(text) == [("Investment", ["Aster Fund", "Kestrel Capital", "Lexington Capital", "Nova Fund",
                                                   "Orbit Data", "Zeta Partners"])]


def test_a_round_completed_with_a_list_among_the_investors_is_one_round_and_later_subscribers_join_it():
    text = ("Orbit Labs has completed a NT$6 billion (approx. US$196 million) funding round, with Zeta Cloud, "
            "Lumen Partners and Corvid Tech among the investors, sources said. Kestrel Fund, which operates under "
            "the Ministry of Finance, also subscribed to new shares, as did Aster Venture and Nova Group.")
    assert typed_parties(text) == [("Investment", ["Aster Venture", "Corvid Tech", "Kestrel Fund", "Lumen Partners",
                                                   "Nova Group", "Orbit Labs", "Zeta Cloud"])]


def test_banks_among_the_lenders_join_a_groups_loan_told_with_its_borrower():
    text = ("A group of banks led by Zeta Bank and Nova Bank agreed on Tuesday to provide about $38 billion of "
            "construction loans to Orbit Data for two campuses. Kestrel Bank and Lumen Bank are also among the "
            "lenders, said the people.")
    assert typed_parties(text) == [("FinancialCooperation", ["Kestrel Bank", "Lumen Bank", "Nova Bank", "Orbit Data",
                                                             "Zeta Bank"])]


def test_banks_that_join_the_lending_group_join_the_loan_of_every_borrower():
    text = ("Zeta Cloud, Orbit Capital and Nova Infra, partners in the joint venture that owns the campus, have closed "
            "a $7.1 billion construction loan led by Kestrel Bank, the companies said on Wednesday. Lumen Bank and "
            "Aster Bank also joined the lending group.")
    assert typed_parties(text) == [("FinancialCooperation", ["Aster Bank", "Kestrel Bank", "Lumen Bank", "Nova Infra",
                                                             "Orbit Capital", "Zeta Cloud"])]


@pytest.mark.parametrize("text", [
    "Zeta Telecom, Orbit Net and Vietnam's Lumen Mobile signed a construction agreement for the cable.",
    "The group -- Zeta Telecom, Orbit Net and Vietnam's Lumen Mobile -- signed a construction agreement for the cable.",
])
def test_a_firm_listed_after_its_countrys_possessive_is_a_party_like_the_others(text):
    assert typed_parties(text) == [("Partnership", ["Lumen Mobile", "Orbit Net", "Zeta Telecom"])]


@pytest.mark.parametrize("group", ["A consortium backed by", "A group comprising"])
def test_the_firms_a_buying_group_is_made_of_buy_together(group):
    text = f"{group} Zeta Capital, Nova AI and Orbit Fund has agreed to buy Lumen Data from Aster Partners for $40bn."
    bought = [parties for kind, parties in typed_parties(text) if kind == "Acquisition"]
    assert bought == [["Aster Partners", "Lumen Data", "Nova AI", "Orbit Fund", "Zeta Capital"]]


def test_firms_a_new_companys_shares_are_split_among_are_its_joint_venture():
    text = ("The new company, Orbit AI Co., will be capitalized at 50 billion yen. Zeta Motor will own 40 percent, parts "
            "makers Kestrel Corp. and Aster Corp. 15 percent each, Lumen Industries and trading arm Vega Trading Corp. "
            "10 percent each, and Nova Chips the remainder.")
    assert typed_parties(text) == [("JointVenture", ["Aster Corp.", "Kestrel Corp.", "Lumen Industries", "Nova Chips",
                                                     "Vega Trading Corp.", "Zeta Motor"])]


def test_owners_of_a_venture_told_before_join_it():
    text = ("Regulators cleared the joint venture between Orbit Intelligence and Kestrel Overseas, a Zeta Platforms "
            "subsidiary. Orbit Intelligence will hold 70% of the venture and Zeta Platforms the rest.")
    assert typed_parties(text) == [("JointVenture", ["Kestrel Overseas", "Orbit Intelligence", "Zeta Platforms"])]


def test_shares_of_a_market_to_come_are_no_joint_venture():
    text = "By 2027, Zeta Semiconductor will have 60% of the foundry market, Orbit Electronics 15% and Nova Chips 10%."
    assert not any(kind == "JointVenture" for kind, _ in typed_parties(text))


def test_todays_shareholders_of_a_listed_firm_are_no_joint_venture():
    text = "Orbit AI is listed in Tokyo. Zeta Motor owns 40 percent of it and Nova Chips 15 percent."
    assert not any(kind == "JointVenture" for kind, _ in typed_parties(text))


def test_a_supplier_to_the_five_supplies_every_member_of_the_group_told_before():
    text = ("The group -- Zeta Telecom, Orbit Net, Nova Tel, Aster Mobile and Lumen Link -- signed a construction "
            "agreement for the cable. Kestrel Systems has signed a supply contract with the five to build the system.")
    supplied = sorted(parties for kind, parties in typed_parties(text) if kind == "SupplyAgreement")
    assert supplied == [sorted(["Kestrel Systems", name]) for name in
                        ["Aster Mobile", "Lumen Link", "Nova Tel", "Orbit Net", "Zeta Telecom"]]


def test_the_five_sites_are_no_firms():
    text = ("The group -- Zeta Telecom, Orbit Net, Nova Tel, Aster Mobile and Lumen Link -- signed a construction "
            "agreement for the cable. Kestrel Systems has signed a supply contract with the five sites.")
    assert not any(kind == "SupplyAgreement" for kind, _ in typed_parties(text))


def test_banks_a_firm_is_in_talks_with_over_a_loan_are_its_lenders_in_one_loan():
    text = ("Orbit Data is in talks with Zeta Bank and Nova Bank over a loan of up to 9 trillion rupiah for the first "
            "phase, two people familiar with the matter said.")
    assert typed_parties(text) == [("FinancialCooperation", ["Nova Bank", "Orbit Data", "Zeta Bank"])]


@pytest.mark.parametrize("tender", ["has agreed to tender all of its shares", "has agreed to tender its 28% stake"])
def test_a_take_private_its_holder_tenders_to_and_its_buyers_share_split_are_one_purchase(tender):
    text = ("A group led by Zeta Capital will take Orbit Data private in a tender offer. Kestrel Solutions, which owns "
            f"28% of Orbit Data, {tender}. Zeta Capital will hold 60% of the company after the deal and Nova Fund the "
            "rest.")
    assert typed_parties(text) == [("Acquisition", ["Kestrel Solutions", "Nova Fund", "Orbit Data", "Zeta Capital"])]


def test_banks_that_lend_the_consortium_a_sum_in_words_lend_its_members():
    text = ("A consortium of Zeta Capital, Nova Fund and Aster Corp. agreed to buy Orbit Data. Kestrel Bank and Lumen "
            "Bank plan to lend the consortium 250 billion yen.")
    loans = [parties for kind, parties in typed_parties(text) if kind == "FinancialCooperation"]
    assert len(loans) == 1 and {"Kestrel Bank", "Lumen Bank", "Zeta Capital", "Nova Fund", "Aster Corp."} <= set(loans[0])


def test_the_export_import_bank_of_china_is_not_the_bank_of_china():
    text = "Orbit Data will finance the purchase with a loan from Zeta Bank and the Export-Import Bank of China."
    assert typed_parties(text) == [("FinancialCooperation", ["Export-Import Bank of China", "Orbit Data", "Zeta Bank"])]


@pytest.mark.parametrize("second", ["The facility, which also drew Kestrel Bank and Lumen Bank, is secured against a "
                                    "capacity contract with Vega Cloud.",
                                    "The facility also drew Kestrel Bank and Lumen Bank."])
def test_banks_the_facility_also_drew_join_the_loan(second):
    text = f"Orbit AI said on Wednesday it had closed a $3.1 billion term loan led by Zeta Bank and Nova Bank. {second}"
    loans = [parties for _, parties in typed_parties(text) if "Zeta Bank" in parties]
    assert loans == [["Kestrel Bank", "Lumen Bank", "Nova Bank", "Orbit AI", "Zeta Bank"]]


def test_investors_in_the_fund_are_listed_together():
    text = ("Zeta Partners closed its third fund at $7.4 billion. Investors in the fund include Kestrel Pension, Lumen "
            "Capital and Vega Capital.")
    assert typed_parties(text) == [("Investment", ["Kestrel Pension", "Lumen Capital", "Vega Capital", "Zeta Partners"])]


def test_coordinators_of_the_facility_and_banks_completing_the_lender_group_lend_the_loan_told_before():
    text = ("Khazna Data has signed a Dh11 billion syndicated green loan with five banks to fund the second phase, the "
            "company said on Tuesday. Zeta Bank and Nova Bank are joint co-ordinators of the seven-year facility, with "
            "Kestrel Bank, Lumen Bank and Vega Bank completing the lender group.")
    assert typed_parties(text) == [("FinancialCooperation", ["Kestrel Bank", "Khazna Data", "Lumen Bank", "Nova Bank",
                                                             "Vega Bank", "Zeta Bank"])]


def test_the_financing_a_relative_clause_is_about_keeps_its_arrangers():
    text = ("Orbit Labs closed a $500 million loan. The financing, in which Zeta Bank and Nova Bank acted as joint "
            "lead arrangers, is secured against the chips.")
    assert typed_parties(text) == [("FinancialCooperation", ["Nova Bank", "Orbit Labs", "Zeta Bank"])]


def test_firms_joining_as_co_investors_join_the_purchase_told_before():
    text = ("Orbit Partners agreed to buy Aster Centers for $40 billion. The Kestrel Investment Authority and "
            "Singapore's Corvid Holdings are joining as co-investors, the parties said.")
    assert typed_parties(text) == [("Acquisition", ["Aster Centers", "Corvid Holdings", "Kestrel Investment Authority",
                                                    "Orbit Partners"])]


def test_a_fund_numbered_by_its_phase_is_one_name_that_can_lead_a_round():
    assert typed_parties("Orbit Semiconductor raised 3 billion yuan in a round led by the Zeta Industry Investment "
                         "Fund Phase III.") == [("Investment", ["Orbit Semiconductor",
                                                                "Zeta Industry Investment Fund Phase III"])]


def test_banks_in_talks_to_arrange_the_facility_lend_to_the_firm_in_talks_with_banks_over_debt():
    text = ("Orbit AI, the Saudi cloud group, is in talks with a group of Gulf banks over as much as $10bn of debt. "
            "Zeta Bank and Nova Bank are in discussions to arrange the facility, with Kestrel Bank also approached.")
    assert typed_parties(text) == [("FinancialCooperation", ["Kestrel Bank", "Nova Bank", "Orbit AI", "Zeta Bank"])]


def test_firms_that_also_joined_that_round_join_the_round_told_before():
    text = ("The loan adds to the cash Zeta Group has used since March, when it led a $40 billion funding round in "
            "Orbit AI. Kestrel Capital and Nova Partners also joined that round, with Zeta Group's portion set at $30 "
            "billion.")
    assert typed_parties(text) == [("Investment", ["Kestrel Capital", "Nova Partners", "Orbit AI", "Zeta Group"])]


@pytest.mark.parametrize("text", [
    "Orbit AI raised $50 million in a round led by Zeta Capital. Nova Partners did not join this round.",
    "Orbit AI signed a $50 million cloud deal with Zeta Capital. Its investors include Kestrel Labs, which led a "
    "Series A round last year, and Nova Partners, which took part in that round.",
])
def test_a_firm_that_did_not_join_this_round_or_took_part_in_another_is_not_in_the_deal_told_before(text):
    [told] = [d for d in typed_parties(text) if "Zeta Capital" in d[1]]
    assert told[1] == ["Orbit AI", "Zeta Capital"]


def test_the_maker_of_a_part_of_what_another_firm_supplies_is_no_party():
    text = ("Servers fitted with Zeta Chips' Blackwell processors are being supplied by Orbit Systems, which Nova "
            "Telecom picked last year.")
    assert sorted(typed_parties(text, decide_pair=pair_model().accepts)) == [
        ("SupplyAgreement", ["Nova Telecom", "Orbit Systems"])]


@pytest.mark.parametrize("text, expected", [
    ("Orbit Labs signed a cloud deal with Zeta Cloud; Japanese banks lend Rs 8,000 crore to Nova Data.",
     [("Partnership", ["Orbit Labs", "Zeta Cloud"])]),
    ("Kestrel Bank and other banks lent $1bn to Nova Data.", [("FinancialCooperation", ["Kestrel Bank", "Nova Data"])]),
])
def test_banks_left_unnamed_after_a_semicolon_lend_nothing_from_the_first_firm(text, expected):
    assert typed_parties(text) == expected


def test_a_firm_named_to_say_whose_parent_the_next_one_is_is_no_party():
    text = "Orbit Cloud already rents GPU capacity to Kestrel AI and Zeta parent Nova Holdings."
    assert sorted(typed_parties(text, decide_pair=pair_model().accepts)) == [
        ("SupplyAgreement", ["Kestrel AI", "Orbit Cloud"]), ("SupplyAgreement", ["Nova Holdings", "Orbit Cloud"])]


@pytest.mark.parametrize("text, expected", [
    ("Orbit AI signed a deal with Kestrel Labs. Zeta Chips will supply 18,000 of its processors for the first "
     "phase, the companies said.", [("Partnership", ["Kestrel Labs", "Orbit AI"]),
                                    ("SupplyAgreement", ["Orbit AI", "Zeta Chips"])]),
    ("Orbit AI signed a deal with Kestrel Labs. Zeta Chips will supply 18,000 of its processors for the first "
     "phase, analysts said.", [("Partnership", ["Kestrel Labs", "Orbit AI"])]),
])
def test_a_supply_the_companies_announce_goes_to_the_firm_told_just_before(text, expected):
    assert typed_parties(text) == expected


def test_cornerstone_investors_that_agree_to_buy_shares_in_the_offering_join_its_raise():
    text = ("Orbit Semiconductor has secured about $420 million from cornerstone investors for its listing. Zeta Group, "
            "Hillhouse Capital and Pudong Science and Technology Investment, a fund backed by the Shanghai government, "
            "have agreed to buy shares in the offering. Kestrel Capital and Nova Securities are joint sponsors of the "
            "deal.")
    assert ("Investment", ["Hillhouse Capital", "Orbit Semiconductor", "Pudong Science and Technology Investment",
                           "Zeta Group"]) in typed_parties(text)
    assert not [d for d in typed_parties(text) if "Kestrel Capital" in d[1]]


def test_a_banks_unit_named_with_a_two_word_place_in_brackets_is_one_bank():
    text = ("Orbit Data Holdings secured a US$750 million loan. The facility was arranged by Bank of China (Hong Kong) "
            "Limited and Zeta Bank (Hong Kong) Limited as mandated lead arrangers.")
    assert summary(text)["entities"][1:] == [
        {"name": "Bank of China (Hong Kong) Limited", "type": "Bank", "aliases": []},
        {"name": "Zeta Bank (Hong Kong) Limited", "type": "Bank", "aliases": []}]
    assert typed_parties(text) == [("FinancialCooperation", ["Bank of China (Hong Kong) Limited", "Orbit Data Holdings",
                                                             "Zeta Bank (Hong Kong) Limited"])]


def test_the_owners_a_buyer_negotiates_with_sell_in_the_purchase_told_before():
    text = ("Orbit Data is in talks to buy Meseta Digital, a Spanish developer. The Nasdaq-listed group is negotiating "
            "with Meseta's owners, construction group Kestrel Works and private markets firm Nova Partners.")
    assert typed_parties(text) == [("Acquisition", ["Kestrel Works", "Meseta Digital", "Nova Partners", "Orbit Data"])]


def test_a_firm_whose_name_opens_with_a_small_letter_is_named_after_from():
    assert typed_parties("Orbit Data bought three data centres in the Philippines from ePLDT for $180mn.") == [
        ("Acquisition", ["Orbit Data", "ePLDT"])]


def test_a_round_a_firm_announces_closing_is_its_own_and_a_loan_told_beside_it_is_not_in_it():
    text = ("Orbit Cloud, Inc. (\"Orbit\") named Dana Park, formerly of Zeta Services Group, as chief executive. Orbit "
            "also announced today the close of a EUR 400 million Series B round led by Kestrel Capital, with "
            "participation from Nova Ventures, as well as a EUR 250 million debt facility provided by Aster Bank.")
    [round_deal] = [d for d in typed_parties(text) if d[0] == "Investment"]
    assert round_deal == ("Investment", ["Kestrel Capital", "Nova Ventures", "Orbit Cloud, Inc."])


def test_a_lead_adviser_and_a_co_adviser_are_no_parties():
    text = ("Orbit Capital has closed a $2.8 billion vehicle to hold its stake in Zeta Data. Kestrel Partners was lead "
            "adviser to Orbit Capital, with Nova Securities as co-adviser.")
    assert not [d for d in typed_parties(text) if {"Kestrel Partners", "Nova Securities"} & set(d[1])]


def test_a_revolving_facility_signed_with_banks_is_a_loan():
    assert typed_parties("Orbit Data signed a $3.2 billion revolving facility with Zeta Bank and Nova Bank.") == [
        ("FinancialCooperation", ["Nova Bank", "Orbit Data", "Zeta Bank"])]


@pytest.mark.parametrize("text, expected", [
    ("Orbit Labs raised $10 million from Launch Capital and Nova Ventures.",
     [("Investment", ["Launch Capital", "Nova Ventures", "Orbit Labs"])]),
    ("Orbit Labs signed a battery supply deal with Form Energy.", [("SupplyAgreement", ["Form Energy", "Orbit Labs"])]),
    ("Orbit Labs signed a construction agreement with Nova Builders for its new plant in Ohio.",
     [("Partnership", ["Nova Builders", "Orbit Labs"])]),
    ("Orbit Homes opened a modular construction facility in Ohio with Nova Steel.", []),
    ("Nova Energy and Zeta Capital are the sponsors of the 500MW Orbit Solar project, which secured a $300 million "
     "loan from Helix Bank.", [("FinancialCooperation", ["Helix Bank", "Nova Energy", "Zeta Capital"])]),
    ("Nova Bank agreed to lend $2 billion to Orbit Labs for its Texas campus. Zeta Chips will supply 18,000 "
     "processors for the first phase, the companies said.", [("FinancialCooperation", ["Nova Bank", "Orbit Labs"])]),
    ("Orbit Labs raised $50 million in a round led by Zeta Capital. Nova Bank, which arranged the sale, said the "
     "round was heavily subscribed.", [("Investment", ["Orbit Labs", "Zeta Capital"])]),
    ("Orbit Labs partnered with Zeta Bio to develop flu shots with mRNA technology.",
     [("Partnership", ["Orbit Labs", "Zeta Bio"])]),
    ("Zeta Capital participated in round-tripping trades with Orbit Labs, regulators said.", []),
    ("Zeta Capital took part in talks over a new round for Orbit Labs but decided not to invest.", []),
])
def test_what_the_reviewer_found_the_days_new_rules_misread_is_read_right(text, expected):
    """Sentences near the new rules' trigger words: firms named like headline verbs, a building contract, a
    project's sponsors, a lender before "the companies said", an arranger, "mRNA", "round-tripping"."""
    assert typed_parties(text) == expected


def test_co_investors_in_another_named_round_do_not_join_the_purchase_told_before():
    text = ("Zeta Capital agreed to buy Orbit Labs for $2 billion. Separately, Nova Bank and Helix Partners are joining "
            "as co-investors in Kestrel AI's $50 million round.")
    assert ("Acquisition", ["Orbit Labs", "Zeta Capital"]) in typed_parties(text)


def test_a_chatbot_powered_by_a_firms_models_keeps_that_firm_as_a_partner():
    text = "Nova Bank launched a customer chatbot powered by Orbit Labs' models."
    assert typed_parties(text, decide_pair=pair_model().accepts) == [("Partnership", ["Nova Bank", "Orbit Labs"])]
