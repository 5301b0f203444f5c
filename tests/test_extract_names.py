"""Names in a sentence: the gazetteer's names and the rules that type names it does not know."""

import pytest

from extract_helpers import DGR, ROWS as SAMPLE_ROWS, deals, summary, typed_parties
from graph.extract.gazetteer import Gazetteer
from graph.extract.lexicon import FISCAL_PERIOD
from graph.extract.names import find_mentions, title_mask
from graph.extract.pairs import bundled_model
from graph.extract.text import tokenize

# The helpers' Samsung and SK names, with a country, a chipmaker and a person.
ROWS = SAMPLE_ROWS[:4] + [
    (DGR + "united-states", "United States", True, "Country"),
    (DGR + "united-states", "US", False, "Country"),
    (DGR + "nvidia", "Nvidia", True, "Company"),
    (DGR + "jason-kwon", "Jason Kwon", True, "Person"),
    (DGR + "jason-kwon", "Kwon", False, "Person"),
]


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer(ROWS)


def mentions(text, gazetteer, lowercase=frozenset()):
    return [(m.text, m.kind, m.cls) for m in find_mentions(tokenize(text), gazetteer, lowercase)]


def test_known_names_match_longest_first_and_keep_samsung_apart(gazetteer):
    assert mentions("Samsung Electronics and Samsung met SK Group and SK.", gazetteer) == [
        ("Samsung Electronics", "known", "Company"), ("Samsung", "known", "Company"),
        ("SK Group", "known", "BusinessGroup"), ("SK", "known", "BusinessGroup")]


def test_a_known_name_followed_by_more_name_words_is_a_new_entity(gazetteer):
    found = find_mentions(tokenize("SK Zetacorp and Samsung Quill signed."), gazetteer)
    assert [(m.text, m.kind, m.cls, m.base_words) for m in found] == [
        ("SK Zetacorp", "rule", "Company", 1), ("Samsung Quill", "rule", "Company", 1)]


def test_a_legal_suffix_after_a_known_name_is_the_same_entity(gazetteer):
    found = find_mentions(tokenize("Nvidia Corp. said."), gazetteer)
    assert [(m.text, m.kind, m.iri) for m in found] == [("Nvidia Corp.", "known", DGR + "nvidia")]


def test_all_caps_aliases_match_only_in_capitals(gazetteer):
    assert mentions("Let us talk to the US team", gazetteer, {"let"}) == [("US", "known", "Country")]


def test_one_word_person_aliases_are_weak(gazetteer):
    found = find_mentions(tokenize("Kwon said so."), gazetteer)
    assert found[0].weak and found[0].iri == DGR + "jason-kwon"


@pytest.mark.parametrize("text", [
    "Orbit to Buy Liquid-Cooling Specialist Zeta Thermal for $340 Million",
    "Orbit to Buy Seoul-Based Chipmaker Zeta Thermal for $3 Billion",
])
def test_a_headlines_capitalized_kind_noun_after_what_the_firm_does_is_no_part_of_its_name(gazetteer, text):
    assert "Zeta Thermal" in {m.text for m in find_mentions(tokenize(text), gazetteer)}


def test_an_analyst_after_a_brokers_possessive_who_rates_a_stock_is_no_firm(gazetteer):
    found = {m.text: m.cls for m in find_mentions(tokenize("Kestrel Securities' Dana Parkes reiterated an Outperform "
                                                            "rating on Zeta."), gazetteer)}
    assert found.get("Dana Parkes") != "Company"


def test_investors_after_a_name_is_a_word_of_it(gazetteer):
    found = {m.text for m in find_mentions(tokenize("Orbit Pension and Zeta Global Investors anchored the fund."), gazetteer)}
    assert "Zeta Global Investors" in found
    assert "Investors" not in {m.text for m in find_mentions(tokenize("Investors expect more deals."), gazetteer)}


@pytest.mark.parametrize("text, name", [
    ("Kestrel Securities upgraded Orbit Labs to Buy from Hold.", "Hold"),
    ("Opposition to the takeover was led by Zeta Capital.", "Opposition"),
    ("Kestrel Securities analyst Dana Park has an Outperform rating on Zeta.", "Outperform"),
    ("Zeta Systems, a startup that designs CXL memory controllers, was bought.", "CXL"),
    ("Orbit will cool the 75 MWe Aurora units.", "MWe Aurora"),
])
def test_ratings_sentence_openers_and_interface_standards_are_no_names(gazetteer, text, name):
    assert name not in {m.text for m in find_mentions(tokenize(text), gazetteer)}


@pytest.mark.parametrize("text, name, cls", [
    ("Acme Robotics Inc. signed.", "Acme Robotics Inc.", "Company"),
    ("They met Lumen Bank yesterday.", "Lumen Bank", "Bank"),
    ("Hanul Group expanded.", "Hanul Group", "BusinessGroup"),
    ("He joined the Future Party today.", "Future Party", "PoliticalParty"),
    ("It is the Ministry of Science and ICT that said.", "Ministry of Science and ICT", "GovernmentBody"),
    ("Students of Veritas University agreed.", "Veritas University", "University"),
    ("The Harbor Times said so.", "Harbor Times", "NewsOutlet"),
    ("CEO Dana Park said so.", "Dana Park", "Person"),
    ("Dana Park, chairman of Zeta, said so.", "Dana Park", "Person"),
    ("It met Park Ji-hoon today.", "Park Ji-hoon", "Person"),
    ("It hired chipmaker Zeta today.", "Zeta", "Company"),
    ("It hired Lisbon-based Zeta today.", "Zeta", "Company"),
    ("It hired Zeta, a Lisbon-based robotics startup, today.", "Zeta", "Company"),
    ("It hired Dana Park-founded Zeta Group today.", "Zeta Group", "BusinessGroup"),
    ("It was reported, according to Zeta Ledger.", "Zeta Ledger", "NewsOutlet"),
    ("It hired Amazon Web Services (AWS) today.", "Amazon Web Services", "Company"),
    ("It read Latin Trade magazine daily.", "Latin Trade", "NewsOutlet"),
    ("Another Korean biotech, Zetagen, has grown.", "Zetagen", "Company"),
    ("It bought a library from Germany’s Zetasys.", "Zetasys", "Company"),
    ("It split from the historic Zeta-Orbit group.", "Zeta-Orbit", "Company"),
    ("Orbit Payments says the deal closes soon.", "Orbit Payments", "Company"),  # not a speaker's name
    ("The venture, Zeta Orbit Nova, will be owned equally.", "Zeta Orbit Nova", "Company"),
    ("The Kestrel County Board of Commissioners approved it.", "Kestrel County Board of Commissioners",
     "GovernmentBody"),
    ("Kestrel British Growth Trust said it had invested.", "Kestrel British Growth Trust", "Company"),
    ("It was approved by the Ministry of the Armed Forces today.", "Ministry of the Armed Forces", "GovernmentBody"),
    ("It hired the Orbit Centre for Clean Air Policy today.", "Orbit Centre for Clean Air Policy", "Organization"),
    ("It signed with Zeta Shipbuilding Co., Ltd. and Orbit Marine.", "Zeta Shipbuilding Co., Ltd.", "Company"),
    ("Its Indian subsidiary Zeta India said that it will buy a stake.", "Zeta India", "Company"),  # not a speaker
    ("It has a codeshare agreement with Turkish Airlines today.", "Turkish Airlines", "Company"),
    ("Zeta Edison, a unit of Orbitenergy, said it was in talks.", "Orbitenergy", "Company"),
    ("It was signed by Dana Park, President Zeta Airline, today.", "Zeta Airline", "Company"),
    ("Zetaresa, a Tokyo GPU cloud startup, raised funds.", "Zetaresa", "Company"),
    ("Analysts at ZRCA estimate that capacity will triple.", "ZRCA", "Company"),
    ("Zeta JMP maintained a Market Outperform rating on the stock.", "Zeta JMP", "Company"),
    ("In 2022 Orbit sold a 51% stake in Zeta Towers to Kestrel Capital.", "Zeta Towers", "Company"),
    ("It was said by the director of the advocacy group Keystone Ratepayers Coalition.", "Keystone Ratepayers Coalition",
     "Organization"),
    ("It will buy the output of the restarted Kestrel Island Unit 1 from Zeta Power.", "Kestrel Island Unit", "Facility"),
])
def test_rules_type_names_the_store_does_not_know(gazetteer, text, name, cls):
    found = {m.text: m.cls for m in find_mentions(tokenize(text), gazetteer) if m.kind == "rule"}
    assert found.get(name) == cls


def test_a_regional_demonym_in_a_list_of_investors_is_no_firm(gazetteer):
    text = ("Kestrel has attracted investors including Zeta Labs, the region's biggest ride-hailing firm, "
            "and Southeast Asian conglomerates, including a strategic investor.")
    assert {e["name"] for e in summary(text)["entities"]} == {"Kestrel", "Zeta Labs"}


def test_a_carrier_named_by_a_demonym_that_speaks_is_no_person(gazetteer):
    found = {m.text: m.cls for m in find_mentions(tokenize("Korean Air said it would buy jets."), gazetteer)}
    assert found.get("Korean Air") != "Person"


def test_an_institution_named_after_its_region_ends_there(gazetteer):
    text = "It signed with the State Rail Agency Baden-Württemberg and Zeta Landesbahn today."
    found = {m.text for m in find_mentions(tokenize(text), gazetteer)}
    assert {"State Rail Agency Baden-Württemberg", "Zeta Landesbahn"} <= found


@pytest.mark.parametrize("text, names", [
    ("Orbit Energies SA has acquired a 25% stake in Block 53 offshore Suriname from Zeta Oil.", {"Orbit Energies SA", "Zeta Oil"}),
    ("The Anglo-Dutch group Orbit Foods agreed to buy Zeta Dairy.", {"Orbit Foods", "Zeta Dairy"}),
])
def test_numbered_blocks_and_hyphenated_demonyms_are_no_firms(text, names):
    assert {e["name"] for e in summary(text)["entities"]} == names


def test_a_short_name_in_brackets_made_of_the_names_first_letters_is_its_alias():
    text = "Orbit Ports agreed to buy a stake in Puertos y Logistica (Pulogsa) from Zeta Minera. Pulogsa runs a port."
    entities = {e["name"]: e["aliases"] for e in summary(text)["entities"]}
    assert entities == {"Orbit Ports": [], "Puertos y Logistica": ["Pulogsa"], "Zeta Minera": []}


@pytest.mark.parametrize("text, names", [
    ("Zeta Labs to Buy Orbit Technologies Inc. for $252 million", {"Zeta Labs", "Orbit Technologies Inc."}),
    ("Zeta Labs signed a deal with Solar Orbit Corp. of India Ltd. on Monday.", {"Zeta Labs", "Solar Orbit Corp. of India Ltd."}),
    ("Japan's Zeta Pharma to Buy US Drugmaker Orbitera for $2.4 Bln", {"Zeta Pharma"}),  # not "US Drugmaker Orbitera"
])
def test_a_headlines_verb_or_kind_noun_and_a_firm_of_a_country_keep_names_whole(text, names):
    assert {e["name"] for e in summary(text)["entities"]} == names


def test_the_fields_a_title_heads_are_no_firms():
    text = "Dana Park, Head of Origination and Structuring at Zeta Bank, said the loan was oversubscribed."
    result = summary(text)
    assert {e["name"] for e in result["entities"]} == {"Dana Park", "Zeta Bank"}
    assert [r["organization"] for r in result["roles"]] == ["Zeta Bank"]


def test_old_country_names_are_places(gazetteer):
    found = {m.text: m.cls for m in find_mentions(tokenize("It has shops in Swaziland and Burma."), gazetteer)}
    assert found == {"Swaziland": "Country", "Burma": "Country"}


def test_runs_without_a_type_stay_unknown_and_adjectives_are_dropped(gazetteer):
    assert mentions("Korean firms met Zephyr in San Francisco-based offices.", gazetteer, {"korean"}) == [
        ("Zephyr", "unknown", None)]


def test_sentence_initial_ordinary_words_are_not_names(gazetteer):
    assert mentions("Partnerships extend to Zephyr.", gazetteer, {"partnerships"}) == [("Zephyr", "unknown", None)]


def test_title_case_headlines_only_give_known_names(gazetteer):
    lowercase = {"buys", "chip", "maker", "deal", "talks"}
    assert mentions("Samsung Buys Chip Maker Zeta In Deal Talks", gazetteer, lowercase) == [
        ("Samsung", "known", "Company")]


def test_titles_are_marked_in_the_tokens():
    tokens = tokenize("OpenAI's Chief Strategy Officer Jason Kwon met the executive chairman.")
    marked = [t.text for t, is_title in zip(tokens, title_mask(tokens)) if is_title]
    assert marked == ["Chief", "Strategy", "Officer", "executive", "chairman"]


def test_a_name_that_holds_a_well_known_one_in_its_middle_is_one_name():
    found = summary("Sumitomo Mitsui Banking Corporation will buy shares from Kotak Mahindra Bank.")
    assert {e["name"] for e in found["entities"]} == {"Sumitomo Mitsui Banking Corporation", "Kotak Mahindra Bank"}


def test_the_people_of_a_credit_line_are_people():
    found = summary("Orbit Labs signed a deal with Zeta Corp.\n(Reporting by Christoph Steitz; "
                    "Editing by Ludwig Burger)")
    people = {e["name"] for e in found["entities"] if e["type"] == "Person"}
    assert people == {"Christoph Steitz", "Ludwig Burger"}


def test_an_abbreviation_used_before_it_is_defined_is_the_name_it_abbreviates():
    text = ("Orbit Labs and TEL signed up trainees.\n"
            "Orbit Labs...Signed a memorandum of understanding with Tokyo Kiden Limited (TEL), a supplier.")
    names = {e["name"] for e in summary(text)["entities"]}
    assert names == {"Orbit Labs", "Tokyo Kiden Limited"}


def test_a_unit_named_after_a_place_the_store_knows_is_its_own_name():
    places = Gazetteer(SAMPLE_ROWS + [("dgr:korea", "Korea", True, "Country"), ("dgr:america", "America", True, "Region"),
                                      ("dgr:nokia", "Nokia", True, "Company"), ("dgr:lge", "LG Electronics", True, "Company")])
    text = "Kevin Ahn, head of Nokia Korea, met the chief of LG Electronics North America in Korea."
    found = [(m.text, m.cls) for m in find_mentions(tokenize(text), places) if m.cls != "Person"]
    assert found == [("Nokia Korea", "Company"), ("LG Electronics North America", "Company"), ("Korea", "Country")]


@pytest.mark.parametrize("text, names", [
    ("Industrial Bank of Korea is investing 10 billion won in Orbit Labs.", {"Industrial Bank of Korea", "Orbit Labs"}),
    ("Specifically, Orbit Labs will build AI-focused DCs with Zeta Corp, an AI-specialised firm.",
     {"Orbit Labs", "Zeta Corp"}),
    ("Zeta Labs, which builds AI-guided arms and Korea-only models, hired Park Jae-won.",
     {"Zeta Labs", "Park Jae-won"}),
    ("Zeta Labs will acquire Meridian Analytics, a Melbourne consultancy, and Korean AI firms.",
     {"Zeta Labs", "Meridian Analytics"}),
    ("Zeta Energy will buy ammonia from Aster Chem, the Saudi Arabian chemicals maker, and a Haitian firm.",
     {"Zeta Energy", "Aster Chem"}),
    ("“We’ve worked with Orbit Labs for years,” Zeta Corp said. They’re happy.", {"Orbit Labs", "Zeta Corp"}),
    ("Zeta Telecom signed with Orbit Labs. To provide telecom service to Ethiopians, Zeta Telecom will lease poles.",
     {"Zeta Telecom", "Orbit Labs"}),
    ("Founding partners include Zeta Motors and Orbit University.", {"Zeta Motors", "Orbit University"}),
    ("Zeta Labs will start with 100MW in the Kingdom.", {"Zeta Labs"}),
    ("Zeta Labs has benefited from a warmer stance toward Gulf AI capital.", {"Zeta Labs"}),
    ("Zeta Labs will install accelerators, including Nvidia GB300s.", {"Zeta Labs", "Nvidia"}),
    ("“Having Orbit Labs and Zeta Corp in the tent signals trust,” said Karim Haddad.",
     {"Orbit Labs", "Zeta Corp", "Karim Haddad"}),
    ("Zeta Labs runs a plant near Port St. Lucie, Florida, and works with the Durham, North Carolina-based group.",
     {"Zeta Labs"}),
    ("Investors include Zeta Labs, Hong Kong-based Orbit Investment and Nova Capital.",
     {"Zeta Labs", "Orbit Investment", "Nova Capital"}),
    ("Lumos runs a network, providing connectivity to homes across the Mid-Atlantic and the North Sea.", set()),
    ("The Globe and Mail reports that Zeta Labs is buying stakes.", {"The Globe and Mail", "Zeta Labs"}),
    ("Dana Park, Zeta Labs’ Head of Content and Publisher Partnerships, said it.", {"Dana Park", "Zeta Labs"}),
    ("Orbit Labs will buy racks built around Zeta Cloud's Ironwood tensor processing units, and Nova Systems "
     "will buy Zeta Cloud's Quill chips.", {"Orbit Labs", "Zeta Cloud", "Nova Systems"}),
    ("Zeta Cloud's Ministry of Investment said the project would create jobs.", {"Zeta Cloud", "Ministry of Investment"}),
    ("PT Zeta Indonesia (IDX: ZETA) signed an MoU with Orbit Labs to deploy its Aurora powerhouses.",
     {"PT Zeta Indonesia", "Orbit Labs"}),
    ("Zeta Telecom Inc. drew a P10-billion loan from Orbit Unibank Inc.", {"Zeta Telecom Inc.", "Orbit Unibank Inc."}),
    ("Zeta Labs signed a deal with Banco do Nordeste and Casa dos Ventos.",
     {"Zeta Labs", "Banco do Nordeste", "Casa dos Ventos"}),
    ("Chilean generator Zeta Power (SSE: ZETA) will supply Orbit Data Centers, said Priyanka Das.",
     {"Zeta Power", "Orbit Data Centers", "Priyanka Das"}),
])
def test_names_and_what_only_looks_like_one(text, names):
    assert {e["name"] for e in summary(text)["entities"]} == names


@pytest.mark.parametrize("text, person", [
    ("Zeta Labs met Haruto Mizuno last year.", "Haruto Mizuno"),
    ("The plan was approved by Rhea Kapoor on Monday.", "Rhea Kapoor"),
    ("The plan was approved by Pham Van Duc on Monday.", "Pham Van Duc"),
    ("Orbit Capital sent Teo Chee Meng to the talks.", "Teo Chee Meng"),
])
def test_given_and_family_names_of_many_countries_make_a_person(gazetteer, text, person):
    assert (person, "rule", "Person") in mentions(text, gazetteer)


@pytest.mark.parametrize("text, people", [
    ("Zeta Labs CEO June Kessler called the deal proof.", ["June Kessler"]),
    ("“It is a trend,” said Liu Jun, an analyst with Orbit Securities.", ["Liu Jun"]),
    ("Zeta Labs opened a plant. REUTERS/Zorro Bexley/File Photo", ["Zorro Bexley"]),
    ("(Source: Zorro D Bexley/Alamy Stock Photo)\nZeta Labs opened a plant.", ["Zorro D Bexley"]),
    ("By Zorro Bexley · Published Sept. 30, 2025\nZeta Labs opened a plant.", ["Zorro Bexley"]),
    ("By Zorro Bexley / Staff Writer\nZeta Labs opened a plant.", ["Zorro Bexley"]),
    ("Writer: Quan Zoreli  |  Editor: Bao Xemin  |  From: Original\nZeta Labs opened a plant.",
     ["Quan Zoreli", "Bao Xemin"]),
    ("Gareth Pryce Wed 15 Oct 2025 // 13:05 UTC\nZeta Labs opened a plant.", ["Gareth Pryce"]),
    ("Zeta Labs opened a plant. Courtesy of Zeta Labs/Handout via REUTERS/File Photo", []),
])
def test_people_of_bylines_photo_credits_and_names_that_look_like_months(text, people):
    found = summary(text)
    assert [e["name"] for e in found["entities"] if e["type"] == "Person"] == people


@pytest.mark.parametrize("text, reporter", [
    ("Orbit Labs, Zeta Corp to launch AI task force\n- LEE JAE-LIM\nORBIT LABS AND ZETA CORP\n", "LEE JAE-LIM"),
    ("YOHEI MURAMATSU, Nikkei staff writer\nORBIT LABS, ZETA CORP SIGN DEAL\n", "YOHEI MURAMATSU"),
])
def test_a_byline_in_capitals_is_a_reporter(text, reporter):
    found = summary(text)
    assert [e["name"] for e in found["entities"] if e["type"] == "Person"] == [reporter]


def test_a_name_beside_an_employer_before_a_title_is_not_a_firm():
    text = ("Orbit Mobile President Masayoshi Son said so.\n"
            "Each will name four board members, including Son and Vodafone Group CEO Arun Sarin.")
    found = {e["name"]: e["type"] for e in summary(text)["entities"]}
    assert "Son" not in found and found["Masayoshi Son"] == "Person"


def test_a_given_name_before_a_one_word_firm_makes_a_person(gazetteer):
    found = mentions("Mark Nvidia met Samsung. Gautam Adani, chairman of the Adani Group, spoke.", gazetteer)
    assert ("Mark Nvidia", "rule", "Person") in found and ("Gautam Adani", "rule", "Person") in found
    assert ("Adani Group", "rule", "BusinessGroup") in found and ("Samsung", "known", "Company") in found


def test_short_capital_firms_adjective_led_names_and_signed_bylines(gazetteer):
    found = mentions("Orbit, NC AI and Nimbus met National Telecom and Korean AI.", gazetteer, {"met"})
    names = [m[0] for m in found]
    assert "NC AI" in names and "National Telecom" in names and "Korean AI" not in names
    assert mentions("BY LEE JAE-LIM [lee@example.com]", gazetteer) == [("LEE JAE-LIM", "rule", "Person")]


def test_stock_exchanges_are_organizations(gazetteer):
    found = mentions("Shares rose on the Orbit Stock Exchange and the Kestrel Exchange.", gazetteer, {"shares"})
    assert [(m[0], m[2]) for m in found] == [("Orbit Stock Exchange", "Company"), ("Kestrel Exchange", "Company")]


def test_ministries_with_listed_fields_are_one_government_body(gazetteer):
    found = mentions("The Ministry of Trade, Industry and Energy and the Department of Energy met Zeta Internet.",
                     gazetteer, {"met"})
    assert [(m[0], m[2]) for m in found] == [("Ministry of Trade, Industry and Energy", "GovernmentBody"),
                                             ("Department of Energy", "GovernmentBody"), ("Zeta Internet", "Company")]


def test_a_well_known_firm_with_international_is_its_unit(gazetteer):
    found = mentions("G42 International signed with Nvidia.", gazetteer)
    assert found[0] == ("G42 International", "rule", "Company")


def test_a_well_known_firm_with_a_place_after_it_is_its_unit(gazetteer):
    found = mentions("HSBC Singapore is set to get a new chief executive.", gazetteer, {"is"})
    assert found[0] == ("HSBC Singapore", "rule", "Company")


def test_particles_and_gulf_honorifics_inside_personal_names(gazetteer):
    found = mentions("Crown Prince Mohammed bin Salman met Mohamed el-Nawawy and Mr Olfert de Wit.", gazetteer)
    people = [m[0] for m in found if m[2] == "Person"]
    assert people == ["Mohammed bin Salman", "Mohamed el-Nawawy", "Olfert de Wit"]



def test_a_town_before_its_region_is_a_place(gazetteer):
    found = mentions("The plant in Taylor, Texas, opened.", gazetteer, {"opened"})
    assert found == [("Taylor", "rule", "City"), ("Texas", "rule", "Region")]


def test_words_that_only_begin_names_are_no_names_alone(gazetteer):
    found = mentions("News of the deal spread. World's top supplier agreed. The World Bank and Fox News said so.",
                     gazetteer, {"spread", "agreed", "said"})
    names = [m[0] for m in found]
    assert "News" not in names and "World" not in names
    assert "World Bank" in names and "Fox News" in names


def test_a_law_is_no_party_but_a_person_may_be_named_bill():
    text = "The ministry converted Chips Act grants into a stake in Orbit Labs, said chairman Hans-Juergen Bill."
    names = {e["name"] for e in summary(text)["entities"]}
    assert "Chips Act" not in names and "Hans-Juergen Bill" in names


@pytest.mark.parametrize("text, names", [
    ("Orbit Ventures and Kestrel Fund invested in Nova Labs Inc.", {"Orbit Ventures", "Kestrel Fund", "Nova Labs Inc."}),
    ("The Ministry of Electronics and Information Technology approved it.", {"Ministry of Electronics and Information Technology"}),
    ("Globally, Nova Labs Inc. is riding the boom.", {"Nova Labs Inc."}),
    ("It met the Federal Ministry for Digital Transformation and Government Modernisation.",
     {"Federal Ministry for Digital Transformation and Government Modernisation"}),
    ("Zeta Corp. signed a loan with Bank Mandiri and Bank Negara Indonesia.",
     {"Zeta Corp.", "Bank Mandiri", "Bank Negara Indonesia"}),
    ("Utility Kestrel Energy will supply the campus.", {"Kestrel Energy"}),  # the sentence's capital, no name's
    ("Kestrel Trust and Banking Corp will lend to Zeta Labs.", {"Kestrel Trust and Banking Corp", "Zeta Labs"}),
])
def test_where_a_name_with_and_ends(text, names):
    assert {e["name"] for e in summary(text)["entities"]} == names


def test_grants_for_a_site_finalized_by_a_department():
    text = "Nova Chips Inc. received $6.6 billion in grants for the site, finalized by the Commerce Department in 2024."
    assert [d[1] for d in deals(text)] == [["Nova Chips Inc.", "Commerce Department"]]


@pytest.mark.parametrize("text, names", [
    ("It works, said the CEO of Orbit Dynamics Sarah Lindqvist.", {"Orbit Dynamics", "Sarah Lindqvist"}),
    ("President Lee Jae Myung met David Paul Morris.", {"Lee Jae Myung", "David Paul Morris"}),
    ("It works, said CFO M P Vijay Kumar.", {"M P Vijay Kumar"}),
])
def test_a_persons_name_run_into_a_firms_is_split_but_a_longer_persons_is_not(text, names):
    assert {e["name"] for e in summary(text)["entities"]} == names


def test_a_well_known_firms_short_name_is_the_firm():
    text = "Deutsche Telekom will build a data centre. Telekom chief executive Tim Hoettges said it was needed."
    assert [(r["person"], r["organization"]) for r in summary(text)["roles"]] == [("Tim Hoettges", "Deutsche Telekom")]


def test_the_fields_a_title_is_of_are_no_names():
    text = ("\"It doubles,\" said Dana Park, Zeta Motors executive vice president of Global Product Development, "
            "Purchasing and Supply Chain.")
    found = summary(text)
    assert {e["name"] for e in found["entities"]} == {"Dana Park", "Zeta Motors"} and found["deals"] == []


@pytest.mark.parametrize("text, person, firm", [
    ("\"It fits,\" said Dana Park, President, Analog, Power & Discrete, MEMS and Sensors Group of Zeta Chips.",
     "Dana Park", "Zeta Chips"),
    ("\"It fits,\" said Ivan Gore, Executive Vice President, Analog and Embedded Systems at Nova Micro Inc.",
     "Ivan Gore", "Nova Micro Inc."),
])
def test_the_division_a_title_is_of_is_no_name(text, person, firm):
    found = summary(text)
    assert {e["name"] for e in found["entities"]} == {person, firm}


@pytest.mark.parametrize("text, names", [
    ("Zeta Corp said the Board of Directors signed an agreement with Nova Inc.", {"Zeta Corp", "Nova Inc."}),
    ("Zeta Corp will buy Nova Labs. Post-transaction, Nova Labs' holders will own 20% of Zeta Corp.",
     {"Zeta Corp", "Nova Labs"}),
    ("Zeta Corp, one of the Big Three carriers, signed a deal with Nova Inc.", {"Zeta Corp", "Nova Inc."}),
])
def test_a_firms_board_a_ranking_or_a_prefixed_word_is_no_name(text, names):
    assert {e["name"] for e in summary(text)["entities"]} == names


def test_the_firm_before_a_merger_noun_is_the_firm_merged():
    found = summary("Zeta Corp completed the Nova merger in 2020.")
    assert [(d["type"], sorted(d["parties"])) for d in found["deals"]] == [("Acquisition", ["Nova", "Zeta Corp"])]


@pytest.mark.parametrize("text, names", [
    ("The loan was extended to Zeta Cloud Sdn Bhd by CIMB Bank Bhd and RHB Bank Bhd, the filing said.",
     {"Zeta Cloud Sdn Bhd", "CIMB Bank Bhd", "RHB Bank Bhd"}),  # a legal form closes a name
    ("Nova Corp shares rose. Affiliates Nova Bank and Nova Pay gained 1 percent.", {"Nova Corp", "Nova Bank", "Nova Pay"}),
    ("Zeta Corp rose. Peers Nova Inc and Beta Inc fell 2%.", {"Zeta Corp", "Nova Inc", "Beta Inc"}),
])
def test_names_end_at_a_legal_form_and_start_after_a_plural_kind(text, names):
    assert {e["name"] for e in summary(text)["entities"]} == names


def test_a_name_made_an_adjective_of_a_generation_is_no_mention():
    found = find_mentions(tokenize("Siam Cloud will buy Blackwell-generation servers from Zeta Corp."), Gazetteer(SAMPLE_ROWS))
    assert [m.text for m in found] == ["Siam Cloud", "Zeta Corp."]


def test_a_media_contact_line_gives_the_title_and_its_field_names_no_firm():
    text = ("Zeta Corp and Nova Inc signed a deal today, said Ivan Gore, PR Manager EMEA at Zeta Corp.\n\n"
            "Nova Inc: Dana Park, Managing Director, Global Communications\n")
    found = summary(text)
    assert {e["name"] for e in found["entities"]} == {"Zeta Corp", "Nova Inc", "Ivan Gore", "Dana Park"}
    assert ("Ivan Gore", "PR Manager EMEA", "Zeta Corp") in [(r["person"], r["title"], r["organization"]) for r in found["roles"]]


def test_a_person_named_right_after_a_well_known_firm_holds_the_title_before_it():
    text = ("The pact was signed by group chief executive officer of Cisco Peng Xiao, "
            "and chair and CEO of Nokia Chuck Robbins.")
    assert sorted((r["person"], r["organization"]) for r in summary(text)["roles"]) == [
        ("Chuck Robbins", "Nokia"), ("Peng Xiao", "Cisco")]


@pytest.mark.parametrize("text, names", [
    ("Orbit Telecom lands Zeta Cloud as tenant for its Paju AI data center.", {"Orbit Telecom", "Zeta Cloud"}),
    ("Toronto AI firm Nova Labs raised money from Zeta Capital.", {"Nova Labs", "Zeta Capital"}),
    ("Nova AI raised money from Zeta Capital.", {"Nova AI", "Zeta Capital"}),
    ("Zeta Capital led the largest round yet for a European Union AI semiconductor company.", {"Zeta Capital"}),
    ("Nova Labs sells its Kestrel AI processing units to Zeta Cloud.", {"Nova Labs", "Zeta Cloud"}),
    ("Zeta Power said it would invest in Kumonosu Inc., the Tokyo AI start-up.", {"Zeta Power", "Kumonosu Inc."}),
])
def test_a_place_and_ai_before_what_they_describe_name_nothing(text, names):
    assert {e["name"] for e in summary(text)["entities"]} == names


def test_a_place_and_its_government_are_two_entities():
    text = ("Zeta Cloud signed with the Andhra Pradesh government. The signing was attended by Andhra Pradesh "
            "chief minister Dana Park.")
    result = summary(text)
    assert {e["name"]: e["type"] for e in result["entities"]} == {
        "Zeta Cloud": "Company", "Andhra Pradesh government": "GovernmentBody", "Dana Park": "Person"}
    assert [(r["person"], r["organization"]) for r in result["roles"]] == [("Dana Park", "Andhra Pradesh government")]


def test_a_well_known_name_followed_by_lower_case_words_keeps_its_own_name_as_an_alias():
    found = summary("Zeta Corp hired Dana Park, Yonhap news agency reported.")["entities"]
    assert {"name": "Yonhap news agency", "type": "NewsOutlet", "aliases": ["Yonhap"]} in found


def test_a_site_or_a_listed_place_is_no_firm_in_a_list_of_parties():
    text = "Zeta Power agreed to supply Orbit Cloud, the Kestrel Energy Center and Lübbenau with power."
    assert {e["name"] for e in summary(text)["entities"]} == {"Zeta Power", "Orbit Cloud"}


def test_fiscal_periods_and_r_and_d_are_no_names():
    text = "Zeta Corp Q3 revenue rose, FY24 R&D spending too, and H1 sales at Orbit Labs fell."
    assert {e["name"] for e in summary(text)["entities"]} == {"Zeta Corp", "Orbit Labs"}
    assert [w for w in ("Q3", "FY2024", "H1", "H100", "H200", "Q3x") if FISCAL_PERIOD.match(w)] == ["Q3", "FY2024", "H1"]


@pytest.mark.parametrize("text", ["Combined, Zeta Corp and Orbit Labs will spend more.",
                                  "Separately, Zeta Corp and Orbit Labs met."])
def test_an_introductory_word_before_a_comma_is_no_name(text):
    assert {e["name"] for e in summary(text)["entities"]} == {"Zeta Corp", "Orbit Labs"}


@pytest.mark.parametrize("text, name", [
    ("The Seoul government signed a deal with Zeta Cloud.", "Seoul government"),
    ("The Valdoria Norte government signed a deal with Zeta Cloud.", "Valdoria Norte government"),
])
def test_a_places_government_is_one_name_known_place_or_not(text, name):
    found = {e["name"]: e["type"] for e in summary(text)["entities"]}
    assert found == {name: "GovernmentBody", "Zeta Cloud": "Company"}


def test_a_government_written_both_ways_or_with_its_country_is_one_entity():
    text = ("Zeta Cloud signed a deal with the Nordmark government. The deal, signed with the Government of "
            "Nordmark, follows a grant from the U.S. Commerce Department.")
    found = {e["name"]: sorted(e["aliases"]) for e in summary(text)["entities"]
             if e["type"] == "GovernmentBody"}
    assert found == {"Government of Nordmark": ["Nordmark government"],
                     "Commerce Department": ["U.S. Commerce Department"]}


@pytest.mark.parametrize("text, names", [
    ("Orbit Labs Inc. seals $US9.7b cloud contract with Nova Cloud Inc.", {"Orbit Labs Inc.", "Nova Cloud Inc."}),
    ("Zeta Bank provides a record IDR6.7 trillion loan to Nova Cloud Inc.", {"Zeta Bank", "Nova Cloud Inc."}),
    ("The Redmond, Washington-based company was Nova Cloud Inc.'s largest customer.", {"Nova Cloud Inc."}),
    ("Rival Kestrel Chips Inc. merged with A123 Systems last year.", {"Kestrel Chips Inc.", "A123 Systems"}),
    ("It said so in a filing with the U.S. Securities and Exchange Commission.",
     {"U.S. Securities and Exchange Commission"}),
])
def test_glued_currencies_towns_before_states_rival_and_a_commission_with_and(text, names):
    assert {e["name"] for e in summary(text)["entities"]} == names


def test_the_regulator_a_filing_goes_to_is_no_party():
    text = "The contract could grow if Nova Cloud Inc. buys more, the company said in a filing with the Orbit Commission."
    assert deals(text) == []


@pytest.mark.parametrize("text", [
    "Zeta Cloud has filed its draft red herring prospectus (DRHP) with the Securities and Exchange Board of India (Sebi) "
    "for an IPO.",
    "Zeta Cloud filed its draft prospectus with the Orbit Securities Commission (OSC) for an IPO."])
def test_the_regulator_a_prospectus_is_filed_with_is_no_party_nor_its_short_name(text):
    assert typed_parties(text, decide_pair=bundled_model().accepts) == []  # the learned pairs paired them


def test_a_deal_disclosed_with_a_firm_is_one():
    found = deals("Zeta Power also disclosed a demand-response arrangement with Nova Cloud.")
    assert [(kind, parties) for kind, parties, _, _ in found] == [("Partnership", ["Zeta Power", "Nova Cloud"])]


@pytest.mark.parametrize("sum_written, value, currency", [
    ("NIS 40 million", 40000000, "ILS"), ("Rp 20 trillion", 20000000000000, "IDR")])
def test_a_shekel_or_rupiah_sum_with_a_space_is_money_and_no_firm(sum_written, value, currency):
    found = summary(f"Zeta Chips also received {sum_written} in grants from the Orbit Innovation Authority.")
    assert ([e["name"] for e in found["entities"]], found["deals"][0]["amount"]) == (
        ["Zeta Chips", "Orbit Innovation Authority"], {"value": value, "currency": currency})


@pytest.mark.parametrize("name", ["Zeta Provincial People's Government", "European People's Party", "Office of People's Counsel"])
def test_peoples_inside_a_name_keeps_the_name_whole(name):
    assert name in [e["name"] for e in summary(f"The {name} signed an agreement with Orbit Labs on Monday.")["entities"]]


@pytest.mark.parametrize("name", ["Securities and Exchange Board of India", "Board of Investment"])
def test_a_board_of_a_country_or_a_matter_is_a_public_body(name):
    types = {e["name"]: e["type"] for e in summary(f"Zeta Cloud won approval from the {name} on Monday.")["entities"]}
    assert types[name] == "GovernmentBody"


def test_a_corporate_venture_arm_named_next_and_a_firm_named_with_a_trade_word_stay_whole():
    text = ("Tamar completed a $120 million round led by Koch Capital, with participation from Zeta Next, OurCrowd, "
            "Harel Insurance and Investments and existing investor Pitango First.")
    assert [d["parties"] for d in summary(text)["deals"]] == [
        ["Tamar", "Koch Capital", "Zeta Next", "OurCrowd", "Harel Insurance and Investments", "Pitango First"]]


@pytest.mark.parametrize("text, name", [("Orbit Labs signed with Zeta Cloud. Next, it will build a plant.", "Next"),
                                        ("Orbit Labs opened its Business Suite and AI unit.", "Business Suite and AI")])
def test_next_opening_a_sentence_and_a_units_words_joined_by_and_are_no_firm(text, name):
    assert name not in [e["name"] for e in summary(text)["entities"]]


@pytest.mark.parametrize("text", ["The Board of Directors of Orbit Labs approved the acquisition of Zeta Cloud.",
                                  "Orbit Labs opened an office near the Chicago Board of Trade."])
def test_a_board_of_people_or_of_a_market_is_no_public_body(text):
    assert "GovernmentBody" not in {e["type"] for e in summary(text)["entities"]}


@pytest.mark.parametrize("text, name", [
    ("The co-leaders Jeff Dean and Dana Park spoke.", "Jeff Dean"),  # a title word as a family name
    ("Orbit Semiconductor Sdn. Bhd. signed.", "Orbit Semiconductor Sdn. Bhd."),
    ("Zeta signed with Orbit Inc. Nova Labs said so.", "Orbit Inc."),  # a name ends at its legal form
])
def test_names_around_title_words_and_legal_forms(gazetteer, text, name):
    assert name in [m.text for m in find_mentions(tokenize(text), gazetteer)]


def test_amount_words_open_no_name(gazetteer):
    assert [m.text for m in find_mentions(tokenize("Zeta Opens Site with EUR 350 Million Investment"), gazetteer)
            if "Million" in m.text] == []


@pytest.mark.parametrize("text", ["It opened in Seoul's Gasan-dong.", "It opened in Seoul's Gasan district.",
                                  "Sister company Zeta signed."])
def test_a_place_within_a_place_and_a_sentences_opening_adjective_are_no_firms(gazetteer, text):
    assert [m.text for m in find_mentions(tokenize(text), gazetteer) if m.kind == "rule" and m.cls == "Company"
            and m.text != "Zeta"] == []


@pytest.mark.parametrize("text, thing", [
    ("Zeta will finish the design of its Xe-100 reactor.", "Xe-100"),
    ("Its arm offers GPU-as-a-service under a partnership with Orbit Labs.", "GPU-as-a-service"),
])
def test_model_numbers_and_services_spelled_with_small_words_are_no_names(gazetteer, text, thing):
    assert thing not in [m.text for m in find_mentions(tokenize(text), gazetteer)]


@pytest.mark.parametrize("name", ["Jane Street", "Raymond James", "Latham & Watkins"])
def test_firms_named_like_people_are_well_known_firms(gazetteer, name):
    found = {m.text: m.cls for m in find_mentions(tokenize(f"The round was led by {name} on Monday."), gazetteer)}
    assert found.get(name) == "Company"


@pytest.mark.parametrize("text", ["The Argentine project is Zeta's latest.", "A Kenyan lender joined."])
def test_adjectives_of_nationality_ending_otherwise_are_no_names(gazetteer, text):
    assert [m.text for m in find_mentions(tokenize(text), gazetteer) if m.text in ("Argentine", "Kenyan")] == []


@pytest.mark.parametrize("text, outlet", [
    ("The plan was first reported by The Guardian on Monday.", "The Guardian"),
    ("Shares rose, RTTNews said.", "RTTNews"),
])
def test_more_outlets_are_well_known(gazetteer, text, outlet):
    assert {m.text: m.cls for m in find_mentions(tokenize(text), gazetteer)}.get(outlet) == "NewsOutlet"


@pytest.mark.parametrize("text, people", [
    ("Published By : Zorvan Kettle", ["Zorvan Kettle"]),
    ("date 2024-02-27 By Quillie Marsh and Tavrin Osk", ["Quillie Marsh", "Tavrin Osk"]),
    ("Words by Zorvan Kettle", ["Zorvan Kettle"]),
    ("(Reporting by Zorvan Kettle, Quillie Marsh in Bengaluru and Tavrin Osk in Mumbai; Editing by Oskel Varn and "
     "Editing by Marvek Toll)", ["Zorvan Kettle", "Quillie Marsh", "Tavrin Osk", "Oskel Varn", "Marvek Toll"]),
])
def test_bylines_and_credit_lines_name_their_people(gazetteer, text, people):
    assert [m.text for m in find_mentions(tokenize(text), gazetteer) if m.cls == "Person"] == people


@pytest.mark.parametrize("name, cls", [("Hindustan Unilever", "Company"), ("Ibiden", "Company"), ("Qorvo", "Company")])
def test_more_well_known_firms_and_banks(gazetteer, name, cls):
    assert {m.text: m.cls for m in find_mentions(tokenize(f"It signed a deal with {name} on Monday."), gazetteer)}.get(name) == cls


def test_a_camel_case_name_that_acts_is_a_firm_and_one_that_measures_is_no_name():
    text = ("DataVault has upsized its credit facility to $1.6 billion. European edge firm nLumen has acquired "
            "seven sites from Exa Grid. The chips use GaN and SiC, and the site draws 40 kWh of IoT load.")
    found = {(e["name"], e["type"]) for e in summary(text)["entities"]}
    assert {("DataVault", "Company"), ("nLumen", "Company")} <= found
    assert not {name for name, _ in found} & {"GaN", "SiC", "kWh", "IoT"}


def test_a_camel_case_product_named_as_an_object_is_no_firm():
    assert ("FlowPay", "Company") not in {(e["name"], e["type"]) for e in summary("Shoppers paid with FlowPay at the store.")["entities"]}


def test_a_units_place_in_brackets_and_a_number_before_its_legal_form_are_inside_its_name():
    text = ("Orbit Energy (Shanghai) Holding signed an agreement with Kestrel Payments (Malaysia) Sdn Bhd on Monday. "
            "Zeta Park 6 Sdn Bhd sold land to Orbit Labs (Seoul), the 200 Company Club said.")
    names = {e["name"] for e in summary(text)["entities"]}
    assert {"Orbit Energy (Shanghai) Holding", "Kestrel Payments (Malaysia) Sdn Bhd", "Zeta Park 6 Sdn Bhd",
            "Orbit Labs"} <= names
    assert not names & {"Sdn Bhd", "Kestrel Payments", "Orbit Labs (Seoul)"}


def test_a_known_banks_local_unit_with_its_own_legal_form_is_a_name_of_its_own():
    text = "The loan was arranged by Zeta Bank Bhd, with OpenAI (Malaysia) Sdn Bhd and Samsung (Singapore) Pte Ltd joining."
    names = {e["name"] for e in summary(text)["entities"]}
    assert {"OpenAI (Malaysia) Sdn Bhd", "Samsung (Singapore) Pte Ltd"} <= names
    assert not names & {"OpenAI", "Samsung", "Samsung Electronics", "Sdn Bhd", "Pte Ltd"}


def test_a_countrys_region_is_a_place_not_an_investor():
    text = "Nova AI raised $750 million. Orbit Ventures led the round. Zeta Capital joined, as did a fund on the U.S. West Coast."
    found = {e["name"]: e["type"] for e in summary(text)["entities"]}
    assert "U.S. West Coast" not in found
    assert {"Nova AI", "Orbit Ventures", "Zeta Capital"} <= set(found)


def test_trade_words_that_end_firms_names_make_them_firms():
    text = ("Okoro Renewables has had a busy week. On Monday it agreed to sell wind power to Pyxis Cloud, said Dana Park, "
            "an analyst at Brennick Research, after Ardent Silicon and Lyrann Optics signed a pact.")
    found = {e["name"]: e["type"] for e in summary(text)["entities"]}
    assert all(found.get(n) == "Company" for n in ("Okoro Renewables", "Brennick Research", "Ardent Silicon",
                                                   "Lyrann Optics"))


@pytest.mark.parametrize("text", [
    "The sustainability-linked structure ties the loan to key ESG performance targets, reflecting Orbit Labs' goals.",
    "The partnership aims to develop IoT platforms with Orbit Labs.",
    "Orbit Labs will supply wafers for a radio chip used to make future 5G and Wi-Fi chips.",
    "Orbit Labs bags a 1.4 tn won ESS order as data centers become the fastest-growing market for ESS.",
])
def test_business_abbreviations_are_no_firms(text):
    assert [e["name"] for e in summary(text)["entities"]] == ["Orbit Labs"]


def test_the_ai_infrastructure_partnership_is_a_firm_though_its_name_ends_in_partnership():
    text = ("The AI Infrastructure Partnership (\"AIP\"), MGX and Orbit Partners agreed to acquire Zeta Data Centers. "
            "It is the first deal for the AI Infrastructure Partnership.")
    assert "AI Infrastructure Partnership" in {e["name"] for e in summary(text)["entities"]}


def test_a_forum_of_governments_is_an_event_not_a_firm():
    text = ("Orbit Labs signed a deal with Zeta Corp on the sidelines of the APEC CEO Summit in Gyeongju, Zeta said. "
            "The Asia-Pacific Economic Cooperation forum ended on Saturday.")
    assert {e["name"] for e in summary(text)["entities"]} == {"Orbit Labs", "Zeta Corp"}


def test_romance_particles_join_a_firms_name_but_a_persons_particle_stays_his():
    text = ("Orbit Labs signed a deal with Caisse des Dépôts, Banco de Sabadell and the Agence des Participations "
            "de l'Etat (APE). Luis de Guindos said so.")
    found = {e["name"]: e for e in summary(text)["entities"]}
    assert {"Caisse des Dépôts", "Banco de Sabadell", "Agence des Participations de l'Etat", "Luis de Guindos"} <= set(found)
    assert found["Agence des Participations de l'Etat"]["aliases"] == ["APE"]
    assert found["Luis de Guindos"]["type"] == "Person"


def test_a_legal_form_after_a_comma_and_an_administration_end_the_name():
    text = ("Orbit Labs signed a deal with Kestrel Ventures, Inc. and Zeta Resources, Inc. on Monday. "
            "The U.S. Food and Drug Administration approved the drug.")
    names = {e["name"] for e in summary(text)["entities"]}
    assert {"Kestrel Ventures, Inc.", "Zeta Resources, Inc.", "U.S. Food and Drug Administration"} <= names
    assert not names & {"Kestrel Ventures", "U.S. Food", "Drug Administration"}



def test_a_bracketed_designation_before_a_legal_form_is_inside_the_name_and_a_branch_is_no_firm():
    text = ("Orbit Labs lent alongside Kestrel Bank (Persero) Tbk, Singapore Branch, Zeta Bank PCL and Nova Bank. "
            "Nova Bank and Zeta Bank PCL served as Mandated Lead Arrangers, Underwriters, and Bookrunners.")
    names = {e["name"] for e in summary(text)["entities"]}
    assert "Kestrel Bank (Persero) Tbk" in names
    assert not names & {"Singapore Branch", "Underwriters", "Bookrunners", "Mandated Lead Arrangers"}


def test_a_funds_number_is_part_of_its_name():
    text = "Orbit Labs signed a deal with Kestrel Transition Fund II and Zeta Infrastructure Fund 4 on Monday."
    assert {"Kestrel Transition Fund II", "Zeta Infrastructure Fund 4"} <= {e["name"] for e in summary(text)["entities"]}


def test_a_kind_of_ai_and_an_opening_hence_are_no_firms():
    text = "Hence Orbit Labs builds Embodied AI and Edge AI for Zeta Motors. Hence, the deal matters."
    names = {e["name"] for e in summary(text)["entities"]}
    assert not names & {"Embodied AI", "Edge AI", "Hence"}


def test_a_township_is_a_place_and_a_generation_suffix_part_of_a_name():
    text = ("Orbit Power signed a power deal for a plant in Hukou Township. "
            "\"We grow,\" said Michael Creedon, Jr., Orbit Power's Chief Operating Officer.")
    found = {e["name"]: e["type"] for e in summary(text)["entities"]}
    assert found == {"Orbit Power": "Company", "Michael Creedon, Jr.": "Person"}


def test_a_pages_section_heading_is_no_outlet():
    text = "Stock Market News said Orbit Labs signed a deal with Zeta Corp. Kestrel Tech News reported it."
    names = {e["name"] for e in summary(text)["entities"]}
    assert "Stock Market News" not in names and "Kestrel Tech News" in names


def test_a_loans_initial_lead_roles_are_no_firms():
    text = ("Orbit Finance secured a $1 billion syndicated loan. Kestrel Bank PJSC, Zeta Bank and Nova Bank "
            "acted as Initial Mandated Lead Arrangers and Bookrunners.")
    names = {e["name"] for e in summary(text)["entities"]}
    assert names == {"Orbit Finance", "Kestrel Bank PJSC", "Zeta Bank", "Nova Bank"}


def test_a_verb_form_opening_a_quote_is_no_firm():
    text = ("Orbit Finance signed a loan with Zeta Merchant Bank (ZMB). “Closing this financing with ZMB secures our "
            "next phase of growth and positions us to welcome more AI customers,” said Dana Velloman of Orbit Finance.")
    assert "Closing" not in {e["name"] for e in summary(text)["entities"]}


def test_a_datelines_place_in_capitals_is_a_place_and_a_veterans_apposition_no_firm():
    text = ("AMSTERDAM: Orbit Systems said on Thursday it had appointed Marco Velloman as chief technical officer. "
            "Velloman, a 25-year veteran of the company, has held many posts. "
            "Kestrel, the chip unit of search giant Zeta Search, won a contract.")
    found = {e["name"]: e["type"] for e in summary(text)["entities"]}
    assert found["Marco Velloman"] == "Person" and found["Kestrel"] == "Company"
    assert found.get("AMSTERDAM") in (None, "City")
    assert {(r["person"], r["organization"]) for r in summary(text)["roles"]} == {("Marco Velloman", "Orbit Systems")}
    stamped = " date 2025-10-09 " + text.replace("AMSTERDAM: ", "AMSTERDAM :")  # a stored page's date stamp
    assert {(r["person"], r["organization"]) for r in summary(stamped)["roles"]} == {("Marco Velloman", "Orbit Systems")}


def test_a_title_case_headline_with_its_verbs_names_no_new_firms():
    text = ("Orbitly Raises $1.5B to Build Gigawatt-Scale AI Factory Infrastructure\n"
            "Orbitly said on Monday that Kestrel Capital led its round, which will build infrastructure "
            "for its customers.")
    names = {e["name"] for e in summary(text)["entities"]}
    assert names == {"Orbitly", "Kestrel Capital"}


def test_an_unpunctuated_title_case_headline_and_subhead_name_no_new_firms():
    text = ("Kestrel Acquires AI Startup Orbitly in $2B Deal, Severs Old Ties\n"
            "Kestrel Platforms Inc. agreed to buy the startup Orbitly in a deal worth $2 billion.\n"
            "A Swift and Strategic Acquisition\n"
            "The acquisition was strategic, and the talks were swift, people familiar with the deal said.\n"
            "(Writing by Dana Velloman; Editing by Marco Kessel)")
    names = {e["name"] for e in summary(text)["entities"]}
    assert names == {"Kestrel Platforms Inc.", "Orbitly", "Dana Velloman", "Marco Kessel"}


def test_a_word_before_a_known_product_is_part_of_the_product_s_name():
    text = "Kestrel Labs will run on Nvidia's Grace Blackwell and Vera Rubin systems, and will work with Nvidia."
    assert {e["name"] for e in summary(text)["entities"]} == {"Kestrel Labs", "Nvidia"}


def test_a_name_may_open_with_an_ordinal():
    text = "21st Century Technologies, Galaxy Backbone and Zeta Labs announced a partnership in the 21st Century."
    assert {e["name"] for e in summary(text)["entities"]} == {"21st Century Technologies", "Galaxy Backbone", "Zeta Labs"}


def test_a_us_bank_s_national_association_form_after_a_comma_is_part_of_its_name():
    text = "FiberLight, LLC secured a $500 million refinancing led by Kestrel Bank, N.A. and Nova Bank."
    assert {e["name"] for e in summary(text)["entities"]} == {"FiberLight, LLC", "Kestrel Bank, N.A.", "Nova Bank"}


def test_a_currency_glued_to_its_dollar_sign_is_no_name():
    text = ("Kestrel Memory Inc. said it will buy a plant from Nova Optronics Corp. for NT$3.75 billion. "
            "Kestrel Memory Inc., Nova Optronics Corp. and NT$ holders will gain, and HK$2 billion more will follow.")
    assert {e["name"] for e in summary(text)["entities"]} == {"Kestrel Memory Inc.", "Nova Optronics Corp."}


def test_a_pages_share_and_follow_buttons_name_no_one():
    text = ("Orbit Labs signed a supply deal with Zeta Motors.\nShare to LinkedIn\nShare to Whatsapp\n"
            "Share: Facebook | X | LinkedIn | Email\n"
            "Follow us on Facebook and join our Telegram channel for the latest updates.\nHome News Data centres\n"
            "(Catch all the Business News, Breaking News Events and Latest News Updates on The Kestrel Times.)\n"
            "Download The Kestrel Times News App to get Daily Market Updates & Live Business News.")
    result = summary(text)
    assert {e["name"] for e in result["entities"]} == {"Orbit Labs", "Zeta Motors"}
    assert [sorted(d["parties"]) for d in result["deals"]] == [["Orbit Labs", "Zeta Motors"]]


def test_a_pages_topic_tags_and_a_source_told_exclusively_are_no_parties():
    text = ("Exclusive: Zeta Code raises $120M Series B\n"
            "Zeta Code has raised a $120 million Series B led by Orbit Ventures, the company told TechCrunch exclusively.\n"
            "Topics: AI, Exclusive, Fundraising, Orbit Ventures")
    result = summary(text)
    assert {e["name"] for e in result["entities"]} == {"Zeta Code", "Orbit Ventures", "TechCrunch"}
    assert [sorted(d["parties"]) for d in result["deals"]] == [["Orbit Ventures", "Zeta Code"]]


@pytest.mark.parametrize("text, firms", [
    ("Zeta AI will place engineers in Orbit Motors' centers in Turin, Poissy and Auburn Hills, Michigan, to build tools.",
     {"Zeta AI", "Orbit Motors"}),
    ("In Canada, Kestrel Canada picked Zeta AI in May as its exclusive inference partner.", {"Kestrel Canada", "Zeta AI"}),
])
def test_names_listed_after_a_place_are_places_but_a_firm_after_an_opening_place_is_a_firm(text, firms):
    assert {e["name"] for e in summary(text)["entities"] if e["type"] in ("Company", "Organization")} == firms


def test_a_model_line_before_its_hardware_noun_is_no_firm():
    text = "Orbit Labs will pair its processors with Nvidia RTX graphics chiplets and buy MI450 chips from Kestrel Chips."
    assert {e["name"] for e in summary(text)["entities"]} == {"Orbit Labs", "Kestrel Chips"}


@pytest.mark.parametrize("byline, people", [
    ("YUKI FUJITA and RYO NAKAMURA, Nikkei staff writers", {"YUKI FUJITA", "RYO NAKAMURA"}),
    ("LULWA AL-HARBI", {"LULWA AL-HARBI"}),
    ("KEY POINTS", set()),
    ("ABU DHABI", set()),
    ("By Dana Park, ET Bureau", {"Dana Park"}),  # an outlet's desk, no body of government
    ("ET Bureau | The Kestrel Times", set()),
])
def test_reporters_named_in_capitals_on_their_line_are_people_and_an_outlets_desk_is_no_one(byline, people):
    text = f"Orbit Labs lands a loan\nNikkei Asia\n{byline}\nNovember 12, 2025\nOrbit Labs will borrow from Zeta Bank."
    entities = summary(text)["entities"]
    assert {e["name"] for e in entities if e["type"] == "Person"} == people
    assert {e["name"] for e in entities if e["type"] not in ("Person", "NewsOutlet")} == {"Orbit Labs", "Zeta Bank"}


@pytest.mark.parametrize("line", ["ORBIT-ZETA BATTERY JV", "KESTREL HYNIX-NOVA HBM4 DEAL"])
def test_a_headline_in_capitals_with_a_hyphen_names_no_reporter(line):
    text = f"Orbit Labs lands a loan\nNikkei Asia\n{line}\nNovember 12, 2025\nOrbit Labs will borrow from Zeta Bank."
    assert [e["name"] for e in summary(text)["entities"] if e["type"] == "Person"] == []


def test_a_banks_branch_in_brackets_is_part_of_its_name_and_a_dc_is_a_site():
    text = ("Orbit Data secures S$2bn green loan for Singapore DC\nOrbit Data secured the loan on Monday. "
            "Kestrel Bank, Standard Zeta Bank (Singapore), "
            "and Nova Bank acted as mandated lead arrangers.")
    result = summary(text)
    assert {e["name"] for e in result["entities"]} == {"Orbit Data", "Kestrel Bank", "Standard Zeta Bank (Singapore)",
                                                       "Nova Bank"}
    assert [sorted(d["parties"]) for d in result["deals"]] == [
        sorted(["Orbit Data", "Kestrel Bank", "Standard Zeta Bank (Singapore)", "Nova Bank"])]


def test_french_dutch_and_swedish_legal_forms_end_a_name_even_after_a_comma():
    text = ("Orbit Telecom agreed to sell 99.99% of the equity in Kestrel France, S.A.S., the company that runs its "
            "data centres, to Zeta Fibre B.V. and Nova Capital AB.")
    names = {e["name"] for e in summary(text)["entities"]}
    assert names == {"Orbit Telecom", "Kestrel France, S.A.S.", "Zeta Fibre B.V.", "Nova Capital AB"}


def test_accented_given_and_family_names_make_people_and_llp_is_a_legal_form():
    text = ("Orbit Labs will buy Zeta GmbH. Dominik Stühler and Christian Böhme of Kestrel LLP acted as legal "
            "advisers to Orbit Labs.")
    found = {e["name"]: e["type"] for e in summary(text)["entities"]}
    assert found == {"Orbit Labs": "Company", "Zeta GmbH": "Company", "Dominik Stühler": "Person",
                     "Christian Böhme": "Person", "Kestrel LLP": "Company"}


def test_emeritus_belongs_to_the_title_before_it():
    text = "Orbit Labs Chairman Emeritus Dana Velloman retired on Monday."
    assert {e["name"] for e in summary(text)["entities"]} == {"Orbit Labs", "Dana Velloman"}


def test_an_amount_adverb_and_a_deeds_noun_open_no_firm_names():
    text = ("Orbit Labs will buy Zeta Cloud. Nearly 1,200 Zeta Cloud employees will join Orbit Labs. Finalization of "
            "the funding deal follows a preliminary agreement announced by the Ruritania government.")
    assert {e["name"] for e in summary(text)["entities"]} == {"Orbit Labs", "Zeta Cloud", "Ruritania government"}


def test_a_spac_is_no_firms_name():
    text = "Orbit Quantum signed a letter of intent to merge with Zeta Acquisition Corp, a SPAC."
    assert {e["name"] for e in summary(text)["entities"]} == {"Orbit Quantum", "Zeta Acquisition Corp"}


def test_a_brand_may_start_with_a_digit_but_a_unit_or_a_time_does_not():
    text = ("Orbit Labs will acquire 3Cloud for an undisclosed sum. 3Cloud CEO Dana Velloman will join. "
            "The 5GHz chips ship at 10:00PMNuclear time.")
    assert {e["name"] for e in summary(text)["entities"]} == {"Orbit Labs", "3Cloud", "Dana Velloman"}


def test_a_known_firms_unit_in_a_place_keeps_its_legal_form():
    text = "Samsung Seoul Pte. Ltd agreed to acquire Zeta Holding GmbH."
    assert {e["name"] for e in summary(text)["entities"]} == {"Samsung Seoul Pte. Ltd", "Zeta Holding GmbH"}


def test_a_known_topic_inside_an_institutions_name_is_part_of_it():
    text = "Ruritania’s Authority for Data and Artificial Intelligence has inked a contract with Orbit Systems."
    assert {e["name"] for e in summary(text)["entities"]} >= {"Authority for Data and Artificial Intelligence"}


def test_demonym_compounds_and_computing_abbreviations_are_no_names():
    text = ("The French-Israeli startup Orbit Labs signed a deal with Zeta Cloud for HPC capacity and PC sales. "
            "Nova IP Group also joined.")
    assert {e["name"] for e in summary(text)["entities"]} == {"Orbit Labs", "Zeta Cloud", "Nova IP Group"}


def test_a_lone_capitalized_plural_the_text_also_writes_in_lower_case_is_no_name():
    text = ("Orbit Labs hired Dana Velloman as head of Mergers and Acquisitions. She led mergers and acquisitions "
            "at Zeta Bank.")
    assert {e["name"] for e in summary(text)["entities"]} == {"Orbit Labs", "Dana Velloman", "Zeta Bank"}


def test_a_fund_is_a_firm():
    text = "The round was led by Kestrel Partners, with participation from Nova Growth Fund and Dune Chips."
    assert {e["name"]: e["type"] for e in summary(text)["entities"]} == {
        "Kestrel Partners": "Company", "Nova Growth Fund": "Company", "Dune Chips": "Company"}


def test_a_firm_may_be_named_with_a_number_where_a_party_is_expected():
    text = ("Orbit Systems raised $1.1 billion in a round led by Kestrel Partners, with 1789 Capital joining. "
            "It has 20 Partners and sold 500 Systems.")
    assert {e["name"] for e in summary(text)["entities"]} == {"Orbit Systems", "Kestrel Partners", "1789 Capital"}


def test_an_interjection_opening_a_sentence_and_a_spectrum_band_are_no_names():
    text = ("What will Orbit Chips do next? Well, the company just raised $1.1 billion from Zeta Capital. "
            "Kestrel Telecom bought C-Band spectrum from Nova Satellite Corp.")
    assert {e["name"] for e in summary(text)["entities"]} == {"Orbit Chips", "Zeta Capital", "Kestrel Telecom",
                                                             "Nova Satellite Corp."}


def test_a_name_glossed_in_its_own_script_is_one_entity():
    text = "Orbit Microelectronics Corp (OMC, 聯電) will form a partnership with Zeta Technology Corp (頎邦科技)."
    assert sorted(e["name"] for e in summary(text)["entities"]) == ["Orbit Microelectronics Corp", "Zeta Technology Corp"]


@pytest.mark.parametrize("text", [
    "Citing anonymous sources, the report said that the venture with Orbit Chips Ltd would make it a key player.",
    "Aiming to acquire a 9 percent stake in Orbit Chips Ltd, the chipmaker said shares would be swapped.",
    "The chipmaker set up a partnership with IC packaging and testing services provider Orbit Chips Ltd in June.",
    "Unable to buy the lab, the chipmaker hired a founder of Orbit Chips Ltd instead.",
])
def test_an_opening_participle_or_a_chip_word_is_no_firm(text):
    assert [e["name"] for e in summary(text)["entities"]] == ["Orbit Chips Ltd"]



@pytest.mark.parametrize("text", [
    "Orbit Design Inc. won the contract for Zeta Cloud's Trainium3 AI chip.",
    "Zeta Cloud picked Orbit Design Inc. for its Hyperion AI data-centre campus.",
])
def test_a_name_ending_in_ai_before_a_chip_or_campus_is_a_thing_not_a_firm(text):
    assert sorted(e["name"] for e in summary(text)["entities"]) == ["Orbit Design Inc.", "Zeta Cloud"]


def test_a_credit_in_brackets_opening_with_by_names_its_people():
    text = "Zeta Corp will buy a stake in Orbit Mining.\n(By Mara Kaneko; Editing by Tom Hollis and Jan Neely)"
    people = [e["name"] for e in summary(text)["entities"] if e["type"] == "Person"]
    assert people == ["Mara Kaneko", "Tom Hollis", "Jan Neely"]


def test_a_name_before_a_project_or_mine_is_the_projects_not_a_firms():
    result = summary("Kestrel Corp agreed to buy a stake in the PAK lithium project of Canadian miner Orbit Lithium.")
    assert sorted(e["name"] for e in result["entities"]) == ["Kestrel Corp", "Orbit Lithium"]
    assert [d["parties"] for d in result["deals"]] == [["Kestrel Corp", "Orbit Lithium"]]


@pytest.mark.parametrize("text, name", [
    ("Orbit Bank will buy the stake, the bank said. Bank of Zetania is also planning to buy a stake in Kestrel Life Co.",
     "Bank of Zetania"),
    ("Orbit Corp signed the loan, the ministry said. Ministry of Finance officials said approval was due.",
     "Ministry of Finance"),
])
def test_an_institution_named_head_of_name_opens_a_sentence_though_the_text_writes_its_head_in_lower_case(text, name):
    assert name in [e["name"] for e in summary(text)["entities"]]


def test_a_letter_of_offer_and_a_place_before_its_facility_are_no_firms():
    text = ("Orbit Corp said its subsidiary signed a “Letter of Offer to Purchase” with Zeta Malaysia Sdn. Bhd. "
            "Orbit Corp said the Kunshan facility was sold to Kestrel Electronics Ltd.")
    assert sorted(e["name"] for e in summary(text)["entities"]) == [
        "Kestrel Electronics Ltd.", "Orbit Corp", "Zeta Malaysia Sdn. Bhd."]


def test_a_name_opening_with_a_lower_case_letter_and_capitals_runs_on_into_the_name():
    names = [e["name"] for e in summary("Orbit Telecom will invest in cloud with eWTP Arabia Capital.")["entities"]]
    assert "eWTP Arabia Capital" in names
    assert [e["name"] for e in summary("Orbit Telecom Ltd said mRNA vaccines were approved.")["entities"]] == ["Orbit Telecom Ltd"]


def test_a_name_between_an_owners_its_and_its_chips_is_a_product():
    text = "Orbit Bank lent to the startup to fund production of its Rebel Quad inference chips, made by Kestrel Foundry Ltd."
    assert "Rebel Quad" not in [e["name"] for e in summary(text)["entities"]]


def test_two_names_an_owner_puts_before_one_product_noun_are_its_products():
    text = "Zeta Labs agreed to use Nvidia's Falcon and Eagle platforms to build digital twins."
    found = summary(text)
    assert {e["name"] for e in found["entities"]} == {"Zeta Labs", "Nvidia"}
    assert [sorted(d["parties"]) for d in found["deals"]] == [["Nvidia", "Zeta Labs"]]


def test_a_name_apposed_to_an_owners_product_noun_is_the_product():
    text = "Zeta Card built its own AI platform, Falconry, and in 2024 licensed it to Orbit Card."
    assert {e["name"] for e in summary(text)["entities"]} == {"Zeta Card", "Orbit Card"}
    listed = "The venture will use Nova's internet platform, Kestrel Auto's dealer network and Zeta's factories."
    assert "Kestrel Auto" in {e["name"] for e in summary(listed)["entities"]}
    partner = "Zeta Card's partner on the platform, Orbit Labs, signed a cloud deal with Kestrel Cloud."
    assert ["Kestrel Cloud", "Orbit Labs"] in [sorted(d["parties"]) for d in summary(partner)["deals"]]
    agent = "Zeta Energy hired its placement agent, Orbit Securities, to sell the bonds."
    assert "Orbit Securities" in {e["name"] for e in summary(agent)["entities"]}


def test_a_venture_or_unit_named_with_its_parents_name_is_one_name():
    text = "GE Vernova will buy the half of Prolec GE it does not own from Xignux."
    assert {e["name"] for e in summary(text)["entities"]} >= {"GE Vernova", "Prolec GE"}
    assert "GE" not in {e["name"] for e in summary(text)["entities"]}
    banks = "Orbit Telecom took a loan from Bank of Tokyo-Mitsubishi and ING."
    assert "ING" in {e["name"] for e in summary(banks)["entities"]}
    unit = "Zeta Telecom named a former executive of telco Celcom Axiata as its chief executive."
    assert "Celcom Axiata" in {e["name"] for e in summary(unit)["entities"]}
    backer = "The startup has gained backing from Chrysler-parent Stellantis and delivery giant FedEx."
    assert {e["name"] for e in summary(backer)["entities"]} == {"Stellantis", "FedEx"}


def test_initials_inside_a_name_its_legal_form_closes_and_a_funds_roman_number_stay_in_it():
    text = "The venture will operate through Orbit IT Devices Private Limited, in which Zeta Labs holds 60%."
    assert "Orbit IT Devices Private Limited" in {e["name"] for e in summary(text)["entities"]}
    text = "Zeta Labs bought the site from Japan DC Partners I, a fund managed by Kestrel Capital."
    assert "Japan DC Partners I" in {e["name"] for e in summary(text)["entities"]}


def test_a_numbered_name_keeps_its_number():
    text = "Engine No. 1 formed a venture with Kestrel Power to build gas plants for data centres."
    found = summary(text)
    assert {e["name"] for e in found["entities"]} == {"Engine No. 1", "Kestrel Power"}
    assert [sorted(d["parties"]) for d in found["deals"]] == [["Engine No. 1", "Kestrel Power"]]


def test_a_stock_exchange_where_shares_list_is_no_party():
    text = "Zeta Chips Ltd raised $245 million in a funding round, as it prepares to list on the Korea Exchange next year."
    assert typed_parties(text) == []


def test_an_initialism_with_its_limited_and_a_name_then_known_are_the_same_firm():
    text = ("Zeta Industries set up a unit. Separately, ZIL and Orbit Cloud will set up a cloud region. "
            "Nova Corp, then known as Nova Labs, bought a 9.99% stake in Lumen Platforms in 2020.")
    found = summary(text)
    assert {e["name"] for e in found["entities"]} == {"Zeta Industries", "Orbit Cloud", "Nova Corp", "Lumen Platforms"}


def test_a_month_before_a_firm_word_opens_a_name_and_a_month_alone_does_not():
    text = "Zeta Labs raised $30 million in March. Orbit Capital, March Capital and Nova Partners also invested."
    found = summary(text)
    assert {e["name"] for e in found["entities"]} == {"Zeta Labs", "Orbit Capital", "March Capital", "Nova Partners"}
    assert [sorted(d["parties"]) for d in found["deals"]] == [["March Capital", "Nova Partners", "Orbit Capital", "Zeta Labs"]]


def test_a_name_ending_in_capitals_is_no_scraper_glue_but_two_words_glued_are():
    text = "Zeta Labs signed a deal with FriendliAI. Orbit Group backs Lumen Power."
    assert {e["name"] for e in summary(text)["entities"]} == {"Zeta Labs", "FriendliAI", "Orbit Group", "Lumen Power"}
    glued = "Zeta Labs signed a deal with InfrastructureOrbit."
    assert {e["name"] for e in summary(glued)["entities"]} == {"Zeta Labs"}
    venture = "Zeta Labs signed a deal with VodafoneThree."  # a known firm's name with another: a venture's
    assert {e["name"] for e in summary(venture)["entities"]} == {"Zeta Labs", "VodafoneThree"}


def test_meta_apps_are_its_products_and_the_facebook_parent_is_meta():
    text = ("Meta Platforms is buying capacity. Zeta Cloud disclosed a $14 billion deal with the Facebook parent "
            "in September. Its Instagram and WhatsApp apps use Orbit chips.")
    found = summary(text)
    assert {e["name"] for e in found["entities"]} == {"Meta Platforms", "Zeta Cloud", "Orbit"}
    assert ["Meta Platforms", "Zeta Cloud"] in [sorted(d["parties"]) for d in found["deals"]]


def test_models_and_chips_of_known_makers_are_products_and_name_their_makers():
    text = "Zeta Labs will run its HyperCLOVA X and EXAONE models, and the Gemini maker signed a deal with Kestrel Power."
    found = summary(text)
    assert {e["name"] for e in found["entities"]} == {"Zeta Labs", "Google", "Kestrel Power"}
    assert [sorted(d["parties"]) for d in found["deals"]] == [["Google", "Kestrel Power"]]


def test_a_chip_line_names_its_maker():
    text = "Zeta Labs will run its Kanana and Exaone models, and the RNGD maker signed a deal with Kestrel Power."
    found = summary(text)
    assert {e["name"] for e in found["entities"]} == {"Zeta Labs", "FuriosaAI", "Kestrel Power"}
    assert [sorted(d["parties"]) for d in found["deals"]] == [["FuriosaAI", "Kestrel Power"]]


def test_a_listed_parent_named_as_the_group_is_the_firm_news_knows_by_its_short_name():
    text = ("Nebius signed a $3 billion deal with Zeta Labs. Shares of Nebius Group rose 5%. "
            "Crusoe said Crusoe Energy Systems would build the site.")
    singtel = "Singtel signed a deal with Zeta Labs. Singapore Telecommunications shares rose."
    found = summary(text)
    assert {e["name"] for e in found["entities"]} == {"Nebius Group", "Zeta Labs", "Crusoe Energy Systems"}
    assert "Nebius" in next(e["aliases"] for e in found["entities"] if e["name"] == "Nebius Group")
    assert len(summary(singtel)["entities"]) == 2


def test_a_clocks_time_zone_is_no_outlet_but_the_outlet_by_its_initials_still_is():
    text = "Oct. 14, 2025 6:02 am ET. Zeta Labs signed a deal with Orbit Power at 10 a.m. KST on Tuesday."
    assert {e["name"] for e in summary(text)["entities"]} == {"Zeta Labs", "Orbit Power"}
    assert "ET" in {e["name"] for e in summary("Zeta Labs signed a deal with Orbit Power, ET reported.")["entities"]}


def test_an_initiative_named_with_a_place_is_a_site_not_a_party():
    text = ("G42 said Stargate UAE will switch on 200MW next year. Zeta Labs and Orbit Power signed a deal to build "
            "Stargate Norway. Orbit Power will supply chips to Project Rainier.")
    found = summary(text)
    assert {e["name"] for e in found["entities"]} == {"G42", "Zeta Labs", "Orbit Power"}
    assert [sorted(d["parties"]) for d in found["deals"]] == [["Orbit Power", "Zeta Labs"]]


def test_a_known_funds_number_makes_it_another_fund():
    text = "SoftBank Vision Fund 2 has led a $500 million funding round in Zeta Robotics."
    assert "SoftBank Vision Fund 2" in {e["name"] for e in summary(text)["entities"]}


def test_a_name_of_digits_and_lowercase_letters_is_a_firm():
    found = {e["name"] for e in summary("Orbit Telecom's team includes Krafton and 42dot, the software unit of Kestrel Group.")["entities"]}
    assert "42dot" in found


def test_a_number_with_a_unit_is_no_name():
    found = {e["name"] for e in summary("The car reached 100mph at 10am, Orbit Labs said.")["entities"]}
    assert found == {"Orbit Labs"}


def test_a_number_and_a_capital_before_a_firm_word_open_a_name():
    found = {e["name"] for e in summary("Orbit Fund held talks about leading a round in 1X Technologies, a robot maker.")["entities"]}
    assert "1X Technologies" in found


def test_a_legal_form_after_for_closes_one_name(gazetteer):
    found = mentions("Orbit Bank will hold a stake in the Global Partnership for Ethiopia BV, it said.", gazetteer)
    assert ("Global Partnership for Ethiopia BV", "rule", "Company") in found


def test_a_plural_after_of_inside_an_institutions_name_stays_in_it(gazetteer):
    text = "The Ministry of Communications and Information Technology is in talks with OpenAI."
    found = mentions(text, gazetteer, lowercase=frozenset({"communications", "information", "technology"}))
    assert ("Ministry of Communications and Information Technology", "rule", "GovernmentBody") in found


def test_a_speaker_named_after_a_region_or_global_is_a_firm_not_a_person():
    for text in ("Orbit Asia said it signed a deal with Google.", "Kestrel Global said it signed a deal with Google."):
        found = {e["name"]: e["type"] for e in summary(text)["entities"]}
        assert found[text.split(" said")[0]] == "Company"


def test_rates_and_credit_ratings_in_debt_news_are_no_names():
    text = ("Zeta Bank and Nova Bank led the financing, which priced at 400 basis points over SOFR, Orbit Labs said "
            "Thursday. Investors were paid about 225 basis points over Treasurys. Orbit Labs is rated Baa2 by the "
            "agency and BBB by the other.")
    assert [e["name"] for e in summary(text)["entities"]] == ["Zeta Bank", "Nova Bank", "Orbit Labs"]


def test_a_unit_a_title_is_of_named_by_its_fields_is_no_entity():
    text = ("Zeta Labs Inc. named Rajiv Menon General Manager of its Data Center and AI Group, reporting to Chief "
            "Executive Officer Lip Tan.")
    assert [e["name"] for e in summary(text)["entities"]] == ["Zeta Labs Inc.", "Rajiv Menon", "Lip Tan"]
    assert [(r["person"], r["organization"]) for r in summary(text)["roles"]] == [
        ("Rajiv Menon", "Zeta Labs Inc."), ("Lip Tan", "Zeta Labs Inc.")]


def test_a_known_banks_place_in_brackets_names_its_local_unit():
    text = "Orbit Labs signed a loan with Maybank, OCBC Bank (Malaysia) and United Overseas Bank (Malaysia)."
    assert [e["name"] for e in summary(text)["entities"]] == [
        "Orbit Labs", "Maybank", "OCBC Bank (Malaysia)", "United Overseas Bank (Malaysia)"]



@pytest.mark.parametrize("tier, maker", [("Perplexity Pro", "Perplexity"), ("ChatGPT Plus", "OpenAI"),
                                         ("Google AI Pro", "Google"), ("Copilot Pro", "Microsoft")])
def test_a_paid_tier_of_an_ai_product_is_known_as_its_makers(tier, maker):
    from graph.extract.wellknown import wellknown
    assert wellknown().maker(tier).label == maker


def test_an_indonesian_legal_form_opens_a_known_name_and_its_short_form_is_the_same_firm():
    text = ("Orbit Cloud struck a separate agreement with PT Telkom Indonesia under which the operator will resell "
            "Orbit Cloud's GPU services to local banks. Telkom Indonesia shares rose 2%.")
    found = summary(text)
    assert [(e["name"], e["aliases"]) for e in found["entities"]] == [
        ("Orbit Cloud", []), ("PT Telkom Indonesia", ["Telkom Indonesia"])]
    assert [d["parties"] for d in found["deals"]] == [["Orbit Cloud", "PT Telkom Indonesia"]]


@pytest.mark.parametrize("text, name", [
    ("The Sabah state government has signed a memorandum of understanding with Orbit Labs.", "Sabah state government"),
    ("The Pohang city government signed a pact with Orbit Labs.", "Pohang city government"),
])
def test_a_place_never_listed_and_its_level_of_government_are_a_government(text, name):
    found = summary(text)
    assert (name, "GovernmentBody") in [(e["name"], e["type"]) for e in found["entities"]]
    assert [d["parties"] for d in found["deals"]] == [[name, "Orbit Labs"]]


def test_a_level_of_government_before_a_noun_describes_the_noun():
    found = summary("The Kestrel state government contract went to Zeta Cloud.")
    assert "GovernmentBody" not in [e["type"] for e in found["entities"]]


def test_a_clocks_time_zone_opens_no_firms_name():
    text = "The keynote starts at 9 a.m. PT Telkom Indonesia said, and Orbit Labs will speak first."
    assert "Telkom Indonesia" in [e["name"] for e in summary(text)["entities"]]


def test_a_level_of_government_before_a_preposition_is_still_a_government():
    found = summary("Orbit Labs is in talks with the South Jeolla provincial government over land.")
    assert [d["parties"] for d in found["deals"]] == [["Orbit Labs", "South Jeolla provincial government"]]


@pytest.mark.parametrize("text, names", [
    ("Zeta Labs signed a deal with SWIFT to move payments. Approval was swift.", {"Zeta Labs", "SWIFT"}),
    ("Kestrel Capital invested $400 million in Physical Intelligence. It builds physical intelligence.",
     {"Kestrel Capital", "Physical Intelligence"}),
    ("Turning Point Brands agreed to acquire Orbit Cloud.", {"Turning Point Brands", "Orbit Cloud"}),
    ("Emirates signed a deal with Zeta Labs.", {"Emirates", "Zeta Labs"}),
    ("The Lumen AI push into Europe is backed by Kestrel Capital.", {"Lumen AI", "Kestrel Capital"}),
    ("Zeta Labs signed a deal with Kestrel Capital Hong Kong Ltd. on Monday.",
     {"Zeta Labs", "Kestrel Capital Hong Kong Ltd."}),
    ("Investors include Zeta Labs, Hong Kong-based venture firm Orbit Investment and Nova Capital.",
     {"Zeta Labs", "Orbit Investment", "Nova Capital"}),
    ("P3 Health Partners agreed to acquire Orbit Cloud.", {"P3 Health Partners", "Orbit Cloud"}),
    ("Zeta Labs opened a plant. Blue Origin/Handout via REUTERS", {"Zeta Labs", "Reuters"}),
    ("Customers such as Zeta Labs and Orbit Cloud do AI inference on Nova Systems chips.",
     {"Zeta Labs", "Orbit Cloud", "Nova Systems"}),
    ("Zeta Labs partnered with Maxim Integrated to build sensors.", {"Zeta Labs", "Maxim Integrated"}),
])
def test_firms_named_with_ordinary_words_given_names_or_places_stay_firms(text, names):
    assert {e["name"] for e in summary(text)["entities"]} == names


def test_capitalized_words_the_text_also_writes_in_lower_case_name_nothing():
    text = ("Zeta Labs signed with Orbit Cloud. Kestrel will buy shares through the Tender Offer, and Orbit Cloud "
            "supports the Tender Offer with Zeta Labs. The tender offer ends in May.")
    assert {e["name"] for e in summary(text)["entities"]} == {"Zeta Labs", "Orbit Cloud", "Kestrel"}


def test_a_name_in_brackets_after_a_dateline_is_the_wire_that_filed_it():
    found = summary("NEW YORK, Nov 11 (Zetapoint) - Orbit Cloud named Dana Park as chief financial officer.")
    assert {(e["name"], e["type"]) for e in found["entities"]} >= {("Zetapoint", "NewsOutlet"), ("Orbit Cloud", "Company")}
    assert [(r["person"], r["organization"]) for r in found["roles"]] == [("Dana Park", "Orbit Cloud")]


def test_a_share_price_move_in_a_headline_ends_the_firms_name():
    text = ("Samsung Stock Sinks 11% as Orbit Cloud Orders Reach $21 Billion\n\n"
            "Samsung said Orbit Cloud, listed on the Korea Stock Exchange, placed an order.")
    assert {e["name"] for e in summary(text)["entities"]} == {"Samsung Electronics", "Orbit Cloud", "Korea Stock Exchange"}


def test_a_datelines_two_word_place_stays_whole_though_the_text_writes_its_first_word_in_lower_case():
    found = summary("Orbit Cloud hires new finance chief\n\nNEW YORK - Orbit Cloud on Tuesday named Dana Park as "
                    "chief financial officer.")
    assert {e["name"] for e in found["entities"]} == {"Orbit Cloud", "Dana Park"}
    assert [(r["person"], r["organization"]) for r in found["roles"]] == [("Dana Park", "Orbit Cloud")]


def test_a_number_word_opening_a_firms_name_stays_in_it_and_a_proxy_adviser_is_a_firm():
    text = ("Orbit Labs agreed to buy Zeta Cloud. The two companies expect to close in May.\n\n"
            "Two Seas Capital, an activist fund, opposed the deal. Two Korean banks backed it. "
            "Proxy adviser ISS recommended a vote against.")
    assert {e["name"] for e in summary(text)["entities"]} == {"Orbit Labs", "Zeta Cloud", "Two Seas Capital", "ISS"}


def test_a_given_name_before_a_known_persons_family_name_is_someone_else(gazetteer):
    found = mentions("Daniel Kwon, an analyst, spoke. Jason Kwon agreed, and Kwon said so.", gazetteer)
    assert [m for m in found if m[2] == "Person"] == [
        ("Daniel Kwon", "rule", "Person"), ("Jason Kwon", "known", "Person"), ("Kwon", "known", "Person")]


def test_reporters_joined_by_an_ampersand_in_a_byline_are_two_people():
    found = summary("Orbit Labs scouts partners\n\nBy Dana Park & Maria Lopez\n\nOrbit Labs signed a deal.")
    assert {(e["name"], e["type"]) for e in found["entities"]} == {
        ("Orbit Labs", "Company"), ("Dana Park", "Person"), ("Maria Lopez", "Person")}


def test_a_firms_name_made_an_adjective_by_designed_built_or_fired_names_no_firm():
    text = "Orbit Labs will deploy Zeta-designed chips at a Kestrel-built campus powered by LNG-fired turbines."
    assert {e["name"] for e in summary(text)["entities"]} == {"Orbit Labs"}


@pytest.mark.parametrize("tag", ["(LEAD)", "(2nd LD)", "(URGENT)"])
def test_a_wires_headline_tag_and_its_s_korea_name_no_firm(tag):
    found = summary(f"{tag} Orbit Labs names Dana Park CEO to lead S. Korea's largest AI push\n\nOrbit Labs said so.")
    assert {e["name"] for e in found["entities"]} == {"Orbit Labs", "Dana Park"}


def test_a_forum_where_deals_are_told_is_no_firm_but_one_that_employs_fellows_is():
    text = ("At the US-Saudi Investment Forum in Washington on Wednesday, Orbit AI and Zeta Labs said they would "
            "build a data center. Dana Park, a senior fellow at the Gulf Policy Forum, said so.")
    assert {e["name"] for e in summary(text)["entities"]} == {"Orbit AI", "Zeta Labs", "Dana Park", "Gulf Policy Forum"}


@pytest.mark.parametrize("text, names", [
    ("Orbit Power sells its output to Gulf Water and Electricity Company under a long-term contract; water is scarce "
     "and electricity dear.", ["Orbit Power", "Gulf Water and Electricity Company"]),
    ("Gulf Water and Electricity Company said the company will buy the output.", ["Gulf Water and Electricity Company"]),
    ("Orbit Ventures and Kestrel Fund backed it.", ["Orbit Ventures", "Kestrel Fund"]),
])
def test_and_inside_a_utilitys_name_of_common_words_keeps_one_name(text, names):
    assert [e["name"] for e in summary(text)["entities"]] == names


@pytest.mark.parametrize("text, names", [
    ("Orbit Energy agreed to buy the Kestrel and Birch combined-cycle plants from Zeta Power.", ["Orbit Energy", "Zeta Power"]),
    ("The Orbit Motors plant builds the Kestrel and Birch SUVs.", ["Orbit Motors"]),
    ("Orbit Energy sells power from the Kestrel nuclear plant to Zeta Cloud.", ["Orbit Energy", "Zeta Cloud"]),
])
def test_one_word_names_of_sites_after_the_are_no_firms(text, names):
    assert [e["name"] for e in summary(text)["entities"]] == names


def test_a_headlines_verb_of_reorganizing_ends_the_name_before_it():
    text = "Related:\n- Orbit Electronics Reorganizes HBM Team Under Chip Division"
    assert [e["name"] for e in summary(text)["entities"]] == ["Orbit Electronics"]


def test_a_known_name_matches_only_where_the_text_keeps_its_capitals():
    gazetteer = Gazetteer([(DGR + "zeta-partnership", "Zeta Infrastructure Partnership", True, "Company"),
                           (DGR + "tata-group", "Tata Group", True, "BusinessGroup")])
    def known(text):
        tokens = tokenize(text)
        return [m.text for m in find_mentions(tokens, gazetteer, frozenset(), title_mask(tokens)) if m.kind == "known"]
    assert known("Orbit joined a Zeta infrastructure partnership last year.") == []
    assert known("Orbit joined the Zeta Infrastructure Partnership last year.") == ["Zeta Infrastructure Partnership"]
    assert known("Orbit sold the unit to the Tata group.") == ["Tata group"]


@pytest.mark.parametrize("text, names", [
    ("Shanghai State-owned Capital Investment backed Zeta Chips.", ["Shanghai State-owned Capital Investment", "Zeta Chips"]),
    ("The Chinese state-owned Zeta Bank lent to Orbit Labs.", ["Zeta Bank", "Orbit Labs"]),
])
def test_state_owned_inside_a_capitalized_name_is_of_the_name(text, names):
    assert [e["name"] for e in summary(text)["entities"]] == names


def test_a_one_word_name_before_maker_is_the_makers_product():
    text = "Orbit Group has owned Zeta Dynamics since 2021, when it bought control of the Atlas maker from Nova Group."
    assert [e["name"] for e in summary(text)["entities"]] == ["Orbit Group", "Zeta Dynamics", "Nova Group"]


@pytest.mark.parametrize("text, names", [
    ("Zeta AI will buy panels from Kestrel Energy Storage and First Solar Inc. for its first solar farm.",
     ["Zeta AI", "Kestrel Energy Storage", "First Solar Inc."]),
    ("The U.S. Chamber of Commerce and Orbit Roundtable urged Congress to act.",
     ["U.S. Chamber of Commerce", "Orbit Roundtable"]),
    ("Orbit Labs leads a group that includes software startup Zolta and Birchwood University.",
     ["Orbit Labs", "Zolta", "Birchwood University"]),
    ("Orbit Labs leads a group that includes Kestrel Cloud, Zolta and Birchwood University.",
     ["Orbit Labs", "Kestrel Cloud", "Zolta", "Birchwood University"]),
])
def test_and_between_two_names_the_sessions_rules_joined_keeps_them_two(text, names):
    assert [e["name"] for e in summary(text)["entities"]] == names


def test_a_regulators_name_with_and_stays_whole():
    text = "Market regulator Securities and Exchange Board of India cleared the Orbit Labs issue."
    assert "Securities and Exchange Board of India" in [e["name"] for e in summary(text)["entities"]]


def test_an_ampersand_inside_a_name_keeps_the_names_spelling():
    names = [e["name"] for e in summary("e& signed a deal with Zeta Cloud. Procter & Gamble was not part of it.")["entities"]]
    assert names == ["e&", "Zeta Cloud", "Procter & Gamble"]


@pytest.mark.parametrize("text, name, kind", [
    ("Orbit Labs said so. Kestrel Forge, a maker of tools, raised money from Zeta Capital.", "Kestrel Forge", "Company"),
    ("Orbit Labs signed with Zeta Cloud. Kestrel Mobile said it would grow.", "Kestrel Mobile", "Company"),
])
def test_a_headline_verb_before_a_comma_and_a_carriers_mobile_end_a_firms_name(text, name, kind):
    assert (name, kind) in [(e["name"], e["type"]) for e in summary(text)["entities"]]


def test_cornerstone_opening_a_sentence_is_no_firm():
    text = "Orbit REIT raised $700 million. Cornerstone investors including Zeta Capital took up 40% of the units."
    assert "Cornerstone" not in [e["name"] for e in summary(text)["entities"]]


def test_a_known_name_inside_a_longer_name_is_not_that_known_entity():
    parties = Gazetteer(SAMPLE_ROWS + [("dgr:dp", "Democratic Party", True, "PoliticalParty")])
    text = "Lawmakers in the ruling Liberal Democratic Party met the Democratic Party in August."
    found = [(m.text, m.kind) for m in find_mentions(tokenize(text), parties) if m.cls == "PoliticalParty"]
    assert found == [("Liberal Democratic Party", "rule"), ("Democratic Party", "known")]


@pytest.mark.parametrize("text", ['"We are ready," said Dana Park, head of research at the Asia Digital Forum.',
                                  "Lee Min-ho, who leads policy work at the Korea Digital Forum, said prices would rise."])
def test_a_forum_someone_works_at_is_an_organization(text):
    assert any(e["name"].endswith("Digital Forum") for e in summary(text)["entities"])


def test_an_event_is_no_party_nor_entity():
    text = ("Zeta Labs signed a deal with Orbit Cloud on Wednesday at the Saudi-US Investment Forum in Washington, "
            "and showed it at Mobile World Congress.")
    assert sorted(e["name"] for e in summary(text)["entities"]) == ["Orbit Cloud", "Zeta Labs"]


@pytest.mark.parametrize("name", ["Department of Electronics, IT and Biotechnology", "Department of Electronics, IT, Bt and S&T"])
def test_a_departments_name_lists_its_fields_whatever_their_capitals(gazetteer, name):
    text = f"Orbit Labs signed a memorandum with the state's {name} to set up a lab."
    assert [(m.text, m.cls) for m in find_mentions(tokenize(text), gazetteer)][1] == (name, "GovernmentBody")


def test_a_known_product_named_by_its_maker_and_a_generic_word_leaves_the_maker_named():
    gazetteer = Gazetteer([("dgr:zeta", "Zeta", True, "Company"), ("dgr:zeta-hw", "Zeta hardware", True, "Product"),
                           ("dgr:zeta-x", "Zeta X9", True, "Product")])
    found = [(m.text, m.cls) for m in find_mentions(tokenize("Orbit Labs buys Zeta hardware and the Zeta X9."), gazetteer)]
    assert ("Zeta", "Company") in found and ("Zeta X9", "Product") in found


@pytest.mark.parametrize("text, person", [
    ("Karianne Tung, Minister of Digitalisation and Public Governance, welcomed it.", "Karianne Tung"),
    ("Minister of Trade, Industry and Energy Ahn Duk-geun said so.", "Ahn Duk-geun"),
    ("Minister of Communications and Information Technology Eng. Abdullah bin Amer Alswaha spoke.",
     "Abdullah bin Amer Alswaha"),
])
def test_the_fields_a_ministers_title_lists_are_no_firms_and_the_name_after_is_a_person(gazetteer, text, person):
    assert [(m.text, m.cls) for m in find_mentions(tokenize(text), gazetteer)] == [(person, "Person")]


def test_a_pages_stamp_word_is_no_part_of_the_name_before_it(gazetteer):
    assert [m.text for m in find_mentions(tokenize("Quillie Marsh  Published 2025.08.08 18:44"), gazetteer)] == [
        "Quillie Marsh"]


@pytest.mark.parametrize("text, person", [
    ("Minister of Energy and Mineral Resources Bahlil Lahadalia signed it.", "Bahlil Lahadalia"),
    ("Minister of Digital Economy and Society Prasert Jantararuangtong welcomed it.", "Prasert Jantararuangtong"),
])
def test_a_ministers_name_after_the_fields_of_the_title_stays_whole(gazetteer, text, person):
    assert [(m.text, m.cls) for m in find_mentions(tokenize(text), gazetteer)] == [(person, "Person")]


def test_a_firm_after_a_ministers_and_is_no_field_of_the_title(gazetteer):
    text = "It was signed by the Minister of Finance and Samsung Electronics Chairman Lee Jae-yong."
    assert ("Samsung Electronics", "Company") in [(m.text, m.cls) for m in find_mentions(tokenize(text), gazetteer)]


@pytest.mark.parametrize("text, expected", [
    ("Gyeonggi Province signed an MOU with Zeta Labs.", ("Gyeonggi Province", "GovernmentBody")),
    ("Zeta Labs is in talks with Busan Metropolitan City about a site.", ("Busan Metropolitan City", "GovernmentBody")),
    ("Zeta Labs will build a campus in Gyeonggi Province, which has 13 million people.", ("Gyeonggi Province", "Region")),
    ("Zeta Labs signed an MOU with Orbit, with Gyeonggi Province seen as the likeliest site.",
     ("Gyeonggi Province", "Region")),
])
def test_a_province_or_city_that_signs_or_talks_acts_as_its_government(gazetteer, text, expected):
    assert expected in [(m.text, m.cls) for m in find_mentions(tokenize(text), gazetteer)]


def test_a_title_that_speaks_after_a_name_is_an_unnamed_speakers(gazetteer):
    text = "It also evaluated Intel Foundry, a Zeta spokesperson said."
    assert ("Intel Foundry", "Person") not in [(m.text, m.cls) for m in find_mentions(tokenize(text), gazetteer)]
    text = "Dana Park, a Zeta spokesperson, said so."
    assert ("Dana Park", "Person") in [(m.text, m.cls) for m in find_mentions(tokenize(text), gazetteer)]


@pytest.mark.parametrize("text", ["Zeta Labs signed an LOI with Orbit Systems.",
                                  "Zeta Labs builds an OSAT plant for LCD panels.",
                                  "Nearby, Zeta Labs is building a plant."])
def test_trade_abbreviations_and_sentence_adverbs_are_no_names(gazetteer, text):
    assert {m.text for m in find_mentions(tokenize(text), gazetteer)} <= {"Zeta Labs", "Orbit Systems"}


def test_and_before_trade_words_and_a_singular_verb_joins_one_firms_name(gazetteer):
    text = "Rival CG Power and Industrial Solutions is building a plant with Renesas Electronics."
    assert "CG Power and Industrial Solutions" in [m.text for m in find_mentions(tokenize(text), gazetteer)]
    text = "Zeta Power and Orbit Energy are building a plant."
    assert {"Zeta Power", "Orbit Energy"} <= {m.text for m in find_mentions(tokenize(text), gazetteer)}


def test_a_minister_for_listed_fields_keeps_the_name_after_whole(gazetteer):
    text = "The Minister for Electronics and IT Ashwini Vaishnaw announced it."
    assert [(m.text, m.cls) for m in find_mentions(tokenize(text), gazetteer)] == [("Ashwini Vaishnaw", "Person")]


def test_a_described_post_in_an_aside_is_no_persons_name(gazetteer):
    text = "Dana Park, the Nova National Security Adviser, is chairman of Zeta Labs."
    found = [(m.text, m.cls) for m in find_mentions(tokenize(text), gazetteer)]
    assert ("Dana Park", "Person") in found and ("Nova National Security Adviser", "Person") not in found


def test_trade_words_and_an_association_word_after_and_are_one_name(gazetteer):
    text = "Dana Park, president of the India Electronics and Semiconductor Association, spoke."
    assert "India Electronics and Semiconductor Association" in [m.text for m in find_mentions(tokenize(text), gazetteer)]


def test_a_national_security_adviser_is_a_post_not_a_name(gazetteer):
    text = "The board is chaired by Dana Park, the UAE's National Security Adviser, who also chairs Zeta Labs."
    found = [m.text for m in find_mentions(tokenize(text), gazetteer)]
    assert "Dana Park" in found and not any("Security" in name for name in found)


@pytest.mark.parametrize("text, name", [
    ("The Indiana Utility Regulatory Commission approved it.", "Indiana Utility Regulatory Commission"),
    ("The Texas Commission on Environmental Quality approved it.", "Texas Commission on Environmental Quality"),
])
def test_a_bodys_name_keeps_its_kind_word_and_the_matter_after_on(gazetteer, text, name):
    assert [m.text for m in find_mentions(tokenize(text), gazetteer)] == [name]


@pytest.mark.parametrize("text", ["Zeta Labs farms out CoWoS-S steps.", "Zeta Labs installs a High-NA machine.",
                                  "Zeta Labs builds Arabic speech recognition."])
def test_process_variants_and_languages_are_no_names(gazetteer, text):
    assert [m.text for m in find_mentions(tokenize(text), gazetteer)] == ["Zeta Labs"]


@pytest.mark.parametrize("text, name, cls", [
    ("Manchester City signed a sponsorship deal with Zeta Airways.", "Manchester City", None),
    ("Zeta Labs signed an MOU with Orbit Technologies and Nasscom Foundation.", "Nasscom Foundation", "Organization"),
    ("A report by the Competition Commission on Google found abuse.", "Competition Commission", "GovernmentBody"),
    ("Contact Energy signed a power purchase agreement with Zeta Labs.", "Contact Energy", "Company"),
])
def test_names_the_new_rules_leave_alone(gazetteer, text, name, cls):
    assert (name, cls) in [(m.text, m.cls) for m in find_mentions(tokenize(text), gazetteer)]


def test_a_datelines_town_in_capitals_the_lexicon_lacks_is_no_firm_the_company_could_stand_for():
    text = "DUIVEN – Orbit Materials has built up a 9 percent stake in the company through open-market purchases."
    found = {e["name"]: e["type"] for e in summary(text)["entities"]}
    assert "DUIVEN" not in found and found["Orbit Materials"] == "Company"
    assert summary(text)["deals"] == []


def test_designs_licensed_as_ip_are_no_name_but_a_firms_ip_group_is():
    assert "IP" not in {e["name"] for e in summary("Zeta Chips licensed its neural-processing IP to Orbit AI.")["entities"]}
    assert "Alphawave IP Group" in {e["name"] for e in summary("Qualcomm bought Alphawave IP Group.")["entities"]}


def test_electricity_opening_a_sentence_is_no_firm():
    text = "Electricity from the plants will be bought by Orbit Grid under a 25-year power purchase agreement."
    assert "Electricity" not in {e["name"] for e in summary(text)["entities"]}


def test_a_given_name_the_text_writes_in_lower_case_before_van_a_file_photo_and_a_related_line():
    text = ("Floor van Dijk, an analyst at Zeta Bank, said the stake was a signal on the floor.\n"
            "FILE - The Orbit nuclear plant is seen on Oct. 5, 2024. (AP Photo/Carla Boyd, File)\nRelated News\n"
            "Orbit Labs signed a deal with Zeta Motors.")
    result = summary(text)
    names = {e["name"] for e in result["entities"]}
    assert "Floor van Dijk" in names and not names & {"File", "FILE", "Related News", "Dijk"}
    assert ("Floor van Dijk", "Zeta Bank") in {(r["person"], r["organization"]) for r in result["roles"]}
