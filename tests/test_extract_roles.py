"""Positions from the patterns news uses for titles."""

from datetime import date

import pytest

from extract_helpers import ROWS, summary
from graph.extract.draft import to_json
from graph.extract.gazetteer import Gazetteer
from graph.extract.logistic import never
from graph.extract.pipeline import ArticleMeta, extract_texts
from graph.extract.text import Article

DGR = "https://dealgraph.org/id/"
ROWS = [
    (DGR + "openai", "OpenAI", True, "Company"),
    (DGR + "seoul", "Seoul", True, "City"),
    (DGR + "united-states", "United States", True, "Country"),
    (DGR + "united-states", "U.S.", False, "Country"),
    (DGR + "us-government", "United States government", True, "GovernmentBody"),
]
GOVERNMENTS = [(DGR + "us-government", DGR + "united-states")]


def roles(text):
    article = Article("test.txt", text, "0" * 64)
    result = extract_texts(Gazetteer(ROWS, GOVERNMENTS), [(article, ArticleMeta(date(2025, 9, 10)))],
                           decide_pair=never, decide_role=never)  # the rules' reading
    return [(r.person.label, r.title, r.organization.label, r.status) for r in result.docs[0].roles]


@pytest.mark.parametrize("text, expected", [
    ("At a press conference in Seoul, OpenAI's Chief Strategy Officer Jason Kwon spoke.",
     ("Jason Kwon", "Chief Strategy Officer", "OpenAI", "active")),
    ("Lumen Bank CEO Mara Quint said so.", ("Mara Quint", "CEO", "Lumen Bank", "active")),
    ("It was OpenAI's CEO, Sam Altman, who spoke.", ("Sam Altman", "CEO", "OpenAI", "active")),
    ("Jason Kwon, OpenAI's chief strategy officer, said so.",
     ("Jason Kwon", "chief strategy officer", "OpenAI", "active")),
    ("Chey Tae-won, chairman of SK Group, attended.", ("Chey Tae-won", "chairman", "SK Group", "active")),
    ("Dana Park, who is the chief executive of Zeta Labs, attended.",
     ("Dana Park", "chief executive", "Zeta Labs", "active")),
    ("CEO Sam Altman of OpenAI attended.", ("Sam Altman", "CEO", "OpenAI", "active")),
    ("The chairman of Hanul Group, Oh Min-seo, attended.", ("Oh Min-seo", "chairman", "Hanul Group", "active")),
    ("Former CEO Dana Park of Zeta Labs left.", ("Dana Park", "CEO", "Zeta Labs", "completed")),
    ("The deal was unveiled by U.S. President Donald Trump.",
     ("Donald Trump", "President", "United States government", "active")),
    ("Lena Ortiz joined Zeta Labs as chief technology officer.",
     ("Lena Ortiz", "chief technology officer", "Zeta Labs", "active")),
    ("Noor Vale, the CEO of IT service provider Kestrel CNS, spoke.",
     ("Noor Vale", "CEO", "Kestrel CNS", "active")),
    ("Kenji Sato, Nikkei staff writer", ("Kenji Sato", "staff writer", "Nikkei", "active")),
    ("Dana Park, Ambassador of the Orbit Institute to Vietnam, spoke.",
     ("Dana Park", "Ambassador", "Orbit Institute", "active")),
    ("Dana Park, President of the U.S.-based Fuel Cell Association, spoke.",
     ("Dana Park", "President", "Fuel Cell Association", "active")),
    ('"It is hard," said Maya Lind, who leads hardware at Zeta Labs.',
     ("Maya Lind", "head of hardware", "Zeta Labs", "active")),
    ("By Dana Hsu, Orbit News Technology Writer", ("Dana Hsu", "Technology Writer", "Orbit News", "active")),
    ("OpenAI will supply chips to the United States government, the firm said, as CEO Dana Park visited.",
     ("Dana Park", "CEO", "OpenAI", "active")),
    ("The pact was witnessed by Dana Park, Orbit's group CEO.", ("Dana Park", "group CEO", "Orbit", "active")),
    ("The talks drew officials from the Ministry of Orbit Affairs (MOA), including Additional Secretary Dana Park.",
     ("Dana Park", "Additional Secretary", "Ministry of Orbit Affairs", "active")),
    ("Dana Park of Kestrel Securities estimates that each gigawatt costs $50 billion.",
     ("Dana Park", "representative", "Kestrel Securities", "active")),
    ("The Ministry of Science and ICT picked five teams. First Vice Minister of Science and ICT Dana Park said so.",
     ("Dana Park", "First Vice Minister of Science and ICT", "Ministry of Science and ICT", "active")),
    ("“We value it,” Zeta Labs Managing Officer Tadahiro Okabe said.",
     ("Tadahiro Okabe", "Managing Officer", "Zeta Labs", "active")),
    ("Zeta Labs Senior Managing Executive Officer Kenji Mori spoke.",
     ("Kenji Mori", "Senior Managing Executive Officer", "Zeta Labs", "active")),
    ("Chairman of Orbit Group Zhan Lumei said Orbit will grow.", ("Zhan Lumei", "Chairman", "Orbit Group", "active")),
    ("Orbit Labs will grow, analyst Lucas Wen (溫仲凱) of Zeta Research said.",
     ("Lucas Wen", "analyst", "Zeta Research", "active")),
])
def test_title_patterns(text, expected):
    assert roles(text) == [expected]


def test_career_sentences_about_he_or_she_use_the_last_person_named():
    text = "Juan Perez worked for Zeta News, covering telecoms. He also worked for Kestrel Daily as their regional editor."
    assert roles(text) == [("Juan Perez", "regional editor", "Kestrel Daily", "completed")]


def test_a_title_before_a_name_belongs_to_that_name():
    # "Seoul" is followed by ", OpenAI's CSO Jason Kwon": it is not a person with that title
    assert roles("In Seoul, OpenAI's CSO Jason Kwon spoke.") == [("Jason Kwon", "CSO", "OpenAI", "active")]


def test_a_title_alone_takes_the_organization_from_context_except_public_offices():
    assert roles("OpenAI signals plans \u2013 CSO Jason Kwon said the company is open to it.") == [
        ("Jason Kwon", "CSO", "OpenAI", "active")]
    assert roles("OpenAI works with Zeta Labs on a project unveiled by President Dana Park.") == []


def test_a_public_officer_after_a_quote_is_not_the_articles_firms():
    text = ("Zeta Labs will build a data centre in Abilene. “We have oil money,” said Mayor Dana Park. "
            "“We like it,” said County Judge Ramona Villa. “We like it too,” said President Kai Lund.")
    assert roles(text) == [("Kai Lund", "President", "Zeta Labs", "active")]


def test_a_public_office_after_a_country_names_its_government_and_after_a_state_the_one_the_text_names():
    assert roles("Canada Prime Minister Ana Reis attended the ceremony.") == [
        ("Ana Reis", "Prime Minister", "Government of Canada", "active")]
    assert roles("Valdoria Governor Ana Reis attended the ceremony.") == []
    assert roles("The Valdoria government backed it. Valdoria Governor Ana Reis attended the ceremony.") == [
        ("Ana Reis", "Governor", "Valdoria government", "active")]


@pytest.mark.parametrize("text, expected", [
    ("Dana Park, who founded Zeta Labs in 2019, spoke.", ("Dana Park", "founder", "Zeta Labs", "active")),
    ("Hanul Group, led by chairman Oh Min-seo, agreed.", ("Oh Min-seo", "chairman", "Hanul Group", "active")),
    ("Zeta Labs, founded by Lena Ortiz, agreed.", ("Lena Ortiz", "founder", "Zeta Labs", "active")),
    ("Dana Park, who heads the AI startup Zeta Labs, spoke.", ("Dana Park", "head", "Zeta Labs", "active")),
])
def test_leading_verbs_give_titles(text, expected):
    assert roles(text) == [expected]


@pytest.mark.parametrize("text", [
    "Zentrix was co-founded by Lena Ortiz and Dana Park in 2015.",
    "Zentrix, a genomics company, was co-founded by Dr. Lena Ortiz and Dana Park.",
    "Zentrix has been co-founded by Lena Ortiz, Dana Park and others.",
])
def test_a_firm_founded_by_people_is_theirs_each_one(text):
    assert sorted(roles(text)) == [("Dana Park", "co-founder", "Zentrix", "active"),
                                   ("Lena Ortiz", "co-founder", "Zentrix", "active")]


@pytest.mark.parametrize("text, title", [
    ("Orbit Labs hired Zeta Cloud's co-founders Lena Ortiz and Dana Park.", "co-founder"),
    ("Zeta Cloud's new chiefs Lena Ortiz and Dana Park pledged a turnaround.", "chief"),
])
def test_a_title_in_the_plural_names_each_person_after_it(text, title):
    assert sorted(roles(text)) == [("Dana Park", title, "Zeta Cloud", "active"),
                                   ("Lena Ortiz", title, "Zeta Cloud", "active")]


@pytest.mark.parametrize("text, status", [
    ("Dana Park resigned as CEO of Zeta Labs on Saturday.", "completed"),
    ("Dana Park stepped down as the chairman of Zeta Labs.", "completed"),
    ("Dana Park, who joined in 2020, was promoted to vice chairman of Zeta Labs.", "active"),
    ("Dana Park took over as interim chief executive of Zeta Labs in May.", "active"),
])
def test_a_title_of_a_firm_taken_or_left_is_the_subjects(text, status):
    found = roles(text)
    assert [(r[0], r[2], r[3]) for r in found] == [("Dana Park", "Zeta Labs", status)]


@pytest.mark.parametrize("text, expected", [
    ("It works, said the CEO of Orbit Dynamics Sarah Lindqvist.", [("Sarah Lindqvist", "CEO", "Orbit Dynamics", "active")]),
    ("It works, said the chairman of Zeta Labs, Lee Jae Myung.", [("Lee Jae Myung", "chairman", "Zeta Labs", "active")]),
])
def test_a_person_named_right_after_the_firm_of_a_title_is_its_holder(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize("text, expected", [
    ('"It works," said Dana Park, a senior credit analyst at Zeta Research.', ("analyst", "Zeta Research")),
    ('"It works," said Dana Park, a credit strategist at Zeta Bank.', ("strategist", "Zeta Bank")),
    ('"It works," said Dana Park, Zeta Labs\' Seoul managing director.', ("managing director", "Zeta Labs")),
    ("Zeta Labs' head of energy procurement, Dana Park, said so.", ("head of energy procurement", "Zeta Labs")),
    ("Zeta Labs' head of AI infrastructure, Dana Park, said so.", ("head of AI infrastructure", "Zeta Labs")),
    ("The deal was signed by Dana Park, Zeta Labs CEO", ("CEO", "Zeta Labs")),
    ("Dana Park, head of UK & Europe at Zeta Labs, said so.", ("head", "Zeta Labs")),
    ("Dana Park, Head of Regional Sustainability for APAC at Zeta Labs, said so.", ("Head", "Zeta Labs")),
])
def test_titles_with_words_of_field_or_place_around_them(text, expected):
    assert roles(text) == [("Dana Park", *expected, "active")]


def test_a_founder_is_the_subjects_and_a_title_before_any_firm_is_the_articles_firms():
    assert roles("Zeta Group sold its stake in Orbit Labs, freeing up cash as founder Dana Park doubles down.") == [
        ("Dana Park", "founder", "Zeta Group", "active")]
    text = ("Zeta Group sold its stake in Orbit Labs. Chief Financial Officer Dana Park told reporters the sale "
            "reflected Zeta Group's needs.")
    assert roles(text) == [("Dana Park", "Chief Financial Officer", "Zeta Group", "active")]


@pytest.mark.parametrize("text, expected", [
    ("Zeta Chips left its leadership untouched, with Dana Park remaining chief executive of Orbit Memory.",
     [("Dana Park", "chief executive", "Orbit Memory", "active")]),
    ("It came ahead of Zeta Motors boss Dana Park.", [("Dana Park", "boss", "Zeta Motors", "active")]),
    ("They met Lena Ortiz, Orbit Labs' chief executive, and Dana Park, its president.",
     [("Lena Ortiz", "chief executive", "Orbit Labs", "active"), ("Dana Park", "president", "Orbit Labs", "active")]),
    ("Zeta Chips, which supplies Orbit Labs, promoted Dana Park, its chief development officer, to president.",
     [("Dana Park", "chief development officer", "Zeta Chips", "active")]),
])
def test_a_title_kept_a_boss_and_its_title_in_an_apposition(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Zeta Group bought Orbit Labs. ‘The purchase of Orbit Labs gives us scale,’ Chief Executive Officer Dana Park said.",
     ("Dana Park", "Chief Executive Officer", "Zeta Group", "active")),
    ("“It is time,” Dana Park, Chief Technology Officer of Zeta Telecom's Orbit Systems division, told reporters.",
     ("Dana Park", "Chief Technology Officer", "Orbit Systems", "active")),
    ("Kestrel, chaired by Crown Prince Omar bin Rashid, plans more.",
     ("Omar bin Rashid", "chair", "Kestrel", "active")),
])
def test_a_speaker_after_a_quote_a_division_and_a_crown_prince(text, expected):
    assert expected in roles(text)


@pytest.mark.parametrize("text, expected", [
    ('"It is prudent," said Dana Park, co-founder of research firm Zeta Insights.',
     ("Dana Park", "co-founder", "Zeta Insights", "active")),
    ('"We have room," said Dana Park, Chief Executive Officer (CEO) of Zeta Pharma, as cited by the agency.',
     ("Dana Park", "Chief Executive Officer", "Zeta Pharma", "active")),
    ("Zeta Group chairman Tan Sri Omar Rashid commented on the deal.",
     ("Omar Rashid", "chairman", "Zeta Group", "active")),
])
def test_a_firm_after_its_kind_an_abbreviated_title_and_a_two_word_style(text, expected):
    assert expected in roles(text)


def test_founders_named_after_a_description_of_the_firm_and_of_themselves():
    text = ("Nova AI raised money in a round led by Zeta Capital, the investment firm co-founded by Orbit Labs CEO "
            "Dana Park and early investor Lena Ortiz.")
    found = roles(text)
    assert ("Dana Park", "co-founder", "Zeta Capital", "active") in found
    assert ("Dana Park", "CEO", "Orbit Labs", "active") in found
    assert roles("Zeta Capital, the firm chaired by Sheikh Omar bin Rashid, the national security adviser, grew.") == [
        ("Omar bin Rashid", "chair", "Zeta Capital", "active")]


def test_edges_and_statuses_of_titles():
    assert roles("Pictured: Dana Park, left") == []
    assert roles("Dana Park, who left Orbit Labs last year, became CEO of Zeta Labs.") == [
        ("Dana Park", "CEO", "Zeta Labs", "active")]
    assert roles("Nexora, led by Maple Harbor, raised $5 million.") == []


def test_a_chief_exec_and_an_appointee_named_with_a_former_employer():
    assert roles("Zeta Labs chief exec Dana Park spoke.") == [("Dana Park", "chief exec", "Zeta Labs", "active")]
    assert roles("Zeta Labs picks Orbit Cloud's Dana Park as its new CEO") == [
        ("Dana Park", "CEO", "Zeta Labs", "active")]


def test_a_firms_executive_is_its_employee_and_not_the_title_an_appointer_gives():
    assert roles("Zeta Cloud executive Lena Ortiz reported a decline.") == [
        ("Lena Ortiz", "executive", "Zeta Cloud", "active")]
    assert roles("Orbit Labs named Dana Park, a former Zeta Cloud executive, as its first chief AI officer.") == [
        ("Dana Park", "chief AI officer", "Orbit Labs", "active")]


@pytest.mark.parametrize("text, predecessor", [
    ("Zeta Motors chief operating officer Dana Park will take over as chief executive from 1 May, replacing Ivan Holt.",
     ("Ivan Holt", "chief executive", "Zeta Motors", "completed")),
    ("Mina Cho is the chief executive of Orbit Labs. Ms. Cho replaces Tom Berg, who resigned.",
     ("Tom Berg", "chief executive", "Orbit Labs", "completed")),
    ("Kestrel Bank appointed Lena Voss as its chairman. Ari Stone was succeeded by Lena Voss after ten years.",
     ("Ari Stone", "chairman", "Kestrel Bank", "completed")),
    ("Mina Cho is the chief executive of Orbit Labs. She replaces Tom Berg, who resigned.",
     ("Tom Berg", "chief executive", "Orbit Labs", "completed")),
    ("Mina Cho became chief executive of Orbit Labs in January. She, in turn, replaced Tom Berg, who served a year.",
     ("Tom Berg", "chief executive", "Orbit Labs", "completed")),
])
def test_the_one_replaced_held_the_post_the_successor_takes(text, predecessor):
    assert predecessor in roles(text)


def test_an_honorific_is_not_part_of_the_name():
    found = roles("Dr. Dana Park, Chairman of Orbit Labs, and His Excellency Omar Said, CEO of Zeta Holdings, spoke.")
    assert ("Dana Park", "Chairman", "Orbit Labs", "active") in found
    assert ("Omar Said", "CEO", "Zeta Holdings", "active") in found


@pytest.mark.parametrize("text, expected", [
    ("Orbit Telecom Bhd has appointed former senior executive of Zeta Mobile, Datuk Noor Kamarul Anuar, as its new "
     "group chief executive officer.", ("Noor Kamarul Anuar", "chief executive officer", "Orbit Telecom Bhd", "active")),
    ("Kestrel Bank reported results. Until then, the bank's chief operating officer, Mr Olfert De Wit, will be "
     "interim CEO.", ("Olfert De Wit", "chief operating officer", "Kestrel Bank", "active")),
])
def test_an_honorific_before_an_appointee_or_after_a_title(text, expected):
    assert expected in roles(text)


def test_who_heads_a_unit_heads_it_at_the_sentences_organization():
    assert roles("The changes strengthen Orbit Electronics CEO Dana Park and Lee Min-ho, who heads the home "
                 "appliance division.") == [
        ("Dana Park", "CEO", "Orbit Electronics", "active"),
        ("Lee Min-ho", "head of the home appliance division", "Orbit Electronics", "active")]


@pytest.mark.parametrize("text, expected", [
    ("Arthur Mensch, CEO and co-founder of Mistral AI, spoke.", ("Arthur Mensch", "CEO and co-founder", "Mistral AI")),
    ("Dana Park, head of AI at Orbit Labs, spoke.", ("Dana Park", "head of AI", "Orbit Labs")),
])
def test_a_firm_whose_name_ends_in_ai_is_not_a_field_of_the_title(text, expected):
    assert [r[:3] for r in roles(text)] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("The unit is led by Yoon Tae-bong, who previously served as the president and CEO of Orbit Electronics.",
     ("Yoon Tae-bong", "president and CEO", "Orbit Electronics", "completed")),
    ('"We will help," said Kim In-tae, executive vice president of Innovative Financing Group at Orbit Bank.',
     ("Kim In-tae", "executive vice president", "Orbit Bank", "active")),
])
def test_who_served_as_and_a_unit_at_its_organization(text, expected):
    assert roles(text) == [expected]


@pytest.mark.parametrize("titles", ["chairman, CEO and co-founder", "chairman, CEO, and co-founder"])
def test_titles_listed_with_commas_are_one_persons(titles):
    assert [r[:3] for r in roles(f'"Great," said Dana Park, {titles} of Orbit Labs.')] == [
        ("Dana Park", titles, "Orbit Labs")]


def test_the_owner_of_the_appointing_firm_is_not_the_employer():
    assert [r[:3] for r in roles("Kestrel Group's Australian phone carrier Orbit Mobile appointed Mr Dana Park as "
                                  "chief executive officer with effect from November.")] == [
        ("Dana Park", "chief executive officer", "Orbit Mobile")]


def test_an_appointee_described_before_the_title_is_still_the_appointee():
    assert roles("OpenAI appointed Kim Kyung-hoon, a former Zeta Corp executive, as head of its Korean office.") == [
        ("Kim Kyung-hoon", "head", "OpenAI", "active")]


@pytest.mark.parametrize("text, expected", [
    ("It was announced by Orbit Motors board members Yasushi Kimura and Masakazu Toyoda.",
     [("Yasushi Kimura", "board member", "Orbit Motors", "active"),
      ("Masakazu Toyoda", "board member", "Orbit Motors", "active")]),
    ("Mr Wong is replacing Mr Tony Cripps, who will be managing director and board member at Saudi British Bank.",
     [("Tony Cripps", "managing director and board member", "Saudi British Bank", "active")]),
    ("Orbit Cloud co-CEOs Clay Marlow and Lena Ortiz spoke.",
     [("Clay Marlow", "co-CEO", "Orbit Cloud", "active"), ("Lena Ortiz", "co-CEO", "Orbit Cloud", "active")]),
    ("Zeta Corp chief executives Dana Park and Lee Min-ho signed it.",
     [("Dana Park", "chief executive", "Zeta Corp", "active"), ("Lee Min-ho", "chief executive", "Zeta Corp", "active")]),
])
def test_board_members_named_together_and_who_will_be(text, expected):
    assert roles(text) == expected


def test_a_unit_the_store_knows_as_an_office_is_a_firm_where_a_fact_names_it():
    rows = ROWS + [(DGR + "korea", "Korea", True, "Country"), (DGR + "seoul-office", "OpenAI Seoul office", True, "Office"),
                   (DGR + "seoul-office", "OpenAI Korea", False, "Office")]
    text = ("Kim Kyung-hoon, who heads OpenAI Korea, said the office would hire staff.\n"
            "Staffing for OpenAI Korea is not yet known.")
    result = extract_texts(Gazetteer(rows), [(Article("t.txt", text, "0" * 64), ArticleMeta(date(2025, 9, 10)))])
    found = to_json(result)
    assert [(r["person"], r["title"], r["organization"]) for r in found["roles"]] == [("Kim Kyung-hoon", "head", "OpenAI Korea")]
    assert {e["name"]: e["type"] for e in found["entities"]}["OpenAI Korea"] == "Company"
    only_named = to_json(extract_texts(Gazetteer(rows), [(Article("u.txt", text.split("\n")[1], "0" * 64),
                                                          ArticleMeta(date(2025, 9, 10)))]))
    assert "OpenAI Korea" not in {e["name"] for e in only_named["entities"]}


@pytest.mark.parametrize("text, expected", [
    ("A board meeting of Orbit Corp picked Choi Soo-yeon (40), as CEO and Kim Nam-sun (43), as chief financial officer.",
     [("Choi Soo-yeon", "CEO", "Orbit Corp", "active"), ("Kim Nam-sun", "chief financial officer", "Orbit Corp", "active")]),
    ("Orbit Data named Frank Slootman as its chief executive in 2019. Slootman, 65, is being succeeded by "
     "Sridhar Ramaswamy, who joined in June.",
     [("Frank Slootman", "chief executive", "Orbit Data", "active"),
      ("Sridhar Ramaswamy", "chief executive", "Orbit Data", "active")]),
])
def test_ages_in_brackets_and_a_post_that_passes_on(text, expected):
    assert roles(text) == expected


def test_its_title_belongs_to_the_firm_the_sentence_before_was_about():
    text = ("OpenAI opened an office in Seoul. Zeta Labs, known as ZL, designs chips. "
            "Its president and chief executive, Masato Hirano, spoke.")
    assert roles(text) == [("Masato Hirano", "president and chief executive", "Zeta Labs", "active")]


def test_a_post_named_in_a_replacement_passes_from_one_to_the_other():
    text = "Zeta Motors said so. Dana Park will replace 76-year-old Lee Min-ho as board chair."
    assert roles(text) == [("Lee Min-ho", "board chair", "Zeta Motors", "completed"),
                           ("Dana Park", "board chair", "Zeta Motors", "active")]


@pytest.mark.parametrize("text, expected", [
    ("Tamon Tseng will succeed Luke Vanter as chairman of Gogoro Inc.",
     [("Luke Vanter", "chairman", "Gogoro Inc.", "completed"), ("Tamon Tseng", "chairman", "Gogoro Inc.", "active")]),
    ("Gogoro Inc. said so. Its board named Tamon Tseng to succeed Luke Vanter as chief executive.",
     [("Luke Vanter", "chief executive", "Gogoro Inc.", "completed"),
      ("Tamon Tseng", "chief executive", "Gogoro Inc.", "active")]),
])
def test_names_that_take_or_hand_over_a_post_are_people_and_both_hold_it(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Zeta Motors said so. Larry Vance remains chairman and chief technology officer.",
     [("Larry Vance", "chairman and chief technology officer", "Zeta Motors", "active")]),
    ("Zeta Motors said so. Clay Marek and Mike Sorel were promoted to co-CEOs.",
     [("Clay Marek", "co-CEO", "Zeta Motors", "active"), ("Mike Sorel", "co-CEO", "Zeta Motors", "active")]),
])
def test_a_title_kept_or_shared_without_a_firm_is_at_the_article_s_firm(text, expected):
    assert roles(text) == expected


def test_a_title_joined_to_another_s_post_is_at_the_same_firm():
    text = "Dana Park spoke alongside Zeta Labs CEO Sam Velloman and President Greg Orlan."
    assert ("Greg Orlan", "President", "Zeta Labs", "active") in roles(text)


def test_a_vice_chancellor_is_a_title_and_a_chancellor_a_public_one():
    text = ("The letter was exchanged between Professor Iain Marten, Vice-Chancellor of Deakin University, and Zeta "
            "Labs. Chancellor Olaf Schulte and Zeta Labs chief executive Pat Gelder attended.")
    assert roles(text) == [("Iain Marten", "Vice-Chancellor", "Deakin University", "active"),
                           ("Pat Gelder", "chief executive", "Zeta Labs", "active")]


def test_family_names_in_a_headline_succession_are_the_people_named_in_full_later():
    text = ("Zeta Mobile's Gopalan to succeed Sievert as CEO in November\n"
            "Zeta Mobile Inc. will elevate its chief operating officer, Srini Gopalan, to the top job, replacing "
            "Mike Sievert, who has held the job for six years.")
    found = summary(text)
    assert {e["name"]: e["aliases"] for e in found["entities"] if e["type"] == "Person"} == {
        "Srini Gopalan": ["Gopalan"], "Mike Sievert": ["Sievert"]}
    assert ("Mike Sievert", "Zeta Mobile Inc.") in {(r["person"], r["organization"]) for r in found["roles"]}


def test_a_title_set_off_by_commas_before_the_person_s_verb_is_at_the_article_s_firm():
    text = "Zeta Motors said so. Peter Kortel, head of strategy, will join the management board on Oct. 1."
    assert roles(text) == [("Peter Kortel", "head of strategy", "Zeta Motors", "active")]


def test_a_firm_owning_what_is_replaced_is_no_person():
    text = "Zeta Telecom said so. Replacing Zeta Telecom's top management raises questions, an analyst said."
    assert {"name": "Zeta Telecom", "type": "Company", "aliases": []} in summary(text)["entities"]


@pytest.mark.parametrize("text, expected", [
    ("Zayo Group won a contract. The fiber provider's chief executive, Dana Park, said demand was strong.",
     ("Dana Park", "chief executive", "Zayo Group", "active")),
    ("Zayo Group won a contract. The Denver-based fiber provider's CEO, Dana Park, said demand was strong.",
     ("Dana Park", "CEO", "Zayo Group", "active")),
])
def test_a_described_firm_s_title_belongs_to_the_firm_it_stands_for(text, expected):
    assert roles(text) == [expected]


def test_an_appointee_described_at_length_before_the_new_title():
    text = ("Zeta Motors said so. The company also named Dana Park, chief operating officer at its alliance "
            "partner Orbit Motors Corporation, to be its new chief operating officer.")
    assert ("Dana Park", "chief operating officer", "Zeta Motors", "active") in roles(text)


def test_a_unit_before_to_become_is_no_person():
    text = "Orbit Telecom has selected Dana Park, current CFO of majority-owned Thai unit Zetac, to become the first CEO of Orbit Myanmar."
    assert roles(text) == [("Dana Park", "CFO", "Zetac", "active"), ("Dana Park", "CEO", "Orbit Myanmar", "active")]


def test_a_division_named_with_its_abbreviation_belongs_to_its_firm():
    text = ("Zeta Electronics on Friday appointed Roh Min-su, president and acting head of its Device eXperience (DX) "
            "division, as chief executive officer.")
    assert [(r[0], r[2]) for r in roles(text)] == [("Roh Min-su", "Zeta Electronics")]


def test_a_firms_unit_named_after_a_country_before_a_title():
    rows = ROWS + [(DGR + "korea", "Korea", True, "Country")]
    text = "KT signed a deal with Microsoft Corp. on Tuesday. Microsoft Korea CEO Cho Won-woo attended the signing."
    result = extract_texts(Gazetteer(rows), [(Article("t.txt", text, "0" * 64), ArticleMeta(date(2025, 9, 10)))])
    assert [(r.person.label, r.organization.label) for r in result.docs[0].roles] == [("Cho Won-woo", "Microsoft Korea")]


def test_a_title_with_its_own_holder_is_not_the_appointees():
    text = ("Zeta Motors named Koji Sato president and CEO on Jan. 26, in a reshuffle that sees third-generation "
            "chief executive Akio Toyoda step aside to become board chairman.")
    assert [(r[0], r[1]) for r in roles(text)] == [("Koji Sato", "president and CEO"), ("Akio Toyoda", "chief executive")]


@pytest.mark.parametrize("text, expected", [
    ("Dana Park, who took over as Zeta Labs' president and chief executive in April, said so.",
     [("Dana Park", "president and chief executive", "Zeta Labs")]),
    ("Zeta Labs' chairman is Sheikh Omar bin Rashid, the country's adviser, who also chairs Orbit Capital.",
     [("Omar bin Rashid", "chairman", "Zeta Labs"), ("Omar bin Rashid", "chair", "Orbit Capital")]),
    ("Kestrel Grid Inc. was founded by Dana Park, a former banker, who serves as its chief executive.",
     [("Dana Park", "chief executive", "Kestrel Grid Inc.")]),
])
def test_titles_taken_held_and_chaired(text, expected):
    assert [r[:3] for r in roles(text)] == expected


def test_a_style_written_with_a_name_is_one_of_its_forms():
    people = [e for e in summary("Zeta's chairman is Sheikh Omar bin Rashid.")["entities"] if e["type"] == "Person"]
    assert [(p["name"], p["aliases"]) for p in people] == [("Omar bin Rashid", ["Sheikh Omar bin Rashid"])]


def test_a_country_that_qualifies_a_noun_gives_no_president_its_government():
    text = "The startup joined a consortium with United States fund Zeta Capital, part of the plan President Jean Dupont drummed up."
    assert roles(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Priya Nandakumar, a managing partner in OpenAI's infrastructure debt group, said so.",
     [("Priya Nandakumar", "managing partner", "OpenAI")]),
    ("OpenAI founder and Global Investment Officer Lee Hae-jin met investors in June.",
     [("Lee Hae-jin", "founder and Global Investment Officer", "OpenAI")]),
    ("OpenAI signed the deal. It was reviewed by Delaware Attorney General Kathy Jennings, who approved it.",
     []),  # a state's office, not OpenAI's; the text names no government of Delaware
    ("“It helps,” said Secretary of Commerce Dana Velloman of the Ruritania government.",
     [("Dana Velloman", "Secretary of Commerce", "Ruritania government")]),
    ("“It helps,” said Orbit Power Chief Executive Phillip May on Monday.",
     [("Phillip May", "Chief Executive", "Orbit Power")]),  # a family name, no month
    ("“It will fuel growth,” said Orbit Quantum co-founder and co-CEO Jan Goetz.",
     [("Jan Goetz", "co-founder and co-CEO", "Orbit Quantum")]),  # a given name, no month
    ("The loan was signed by Orbit Bank Country Director Dana Velloman.",
     [("Dana Velloman", "Country Director", "Orbit Bank")]),
    ("President Dana Velloman on Friday said the Ruritania government had agreed to take a stake in Orbit Labs.",
     [("Dana Velloman", "President", "Ruritania government")]),
])
def test_capitalized_titles_and_public_offices(text, expected):
    assert [r[:3] for r in roles(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Lumen Bank Chairman and CEO Brandt Cummins said the bank is fine.",
     [("Brandt Cummins", "Chairman and CEO", "Lumen Bank")]),  # a known firm's name as a family name
    ("\"We build,\" said Brandt Cummins, chairman and CEO of Lumen Bank.",
     [("Brandt Cummins", "chairman and CEO", "Lumen Bank")]),
    ("OpenAI said its CTO Martin van den Berg will retire.", [("Martin van den Berg", "CTO", "OpenAI")]),
    ("Zeta Labs said Departing CEO Dana Park praised the team.", [("Dana Park", "Departing CEO", "Zeta Labs")]),
    ("Dana Park joined Zeta Labs as a Chief Architect in June.", [("Dana Park", "Chief Architect", "Zeta Labs")]),
])
def test_names_with_particles_or_a_firms_name_and_titles_with_a_qualifier(text, expected):
    assert [r[:3] for r in roles(text)] == expected


@pytest.mark.parametrize("text", [
    "Commerce Secretary Dana Park said so in a statement.",  # a ministry's office, no place's government
    "The tariffs imposed by President Dana Park on countries, including China, hurt chipmakers.",
    "Chief Minister Dana Park witnessed the signing in Shenzhen, China.",
    "The U.S. will host Japanese Prime Minister Dana Park in June.",  # Japan's, not the United States'
])
def test_a_public_office_names_no_government_it_does_not_hold(text):
    assert roles(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Zeta Labs’ Vice President of Strategic Development, Dana Park, said so.",
     [("Dana Park", "Vice President of Strategic Development", "Zeta Labs")]),  # a field, and a firm's president
    ("Zeta Labs Representative director, president & CEO Dana Park said so.",
     [("Dana Park", "Representative director, president & CEO", "Zeta Labs")]),
    ("Orbit Weekly Contributing Editor Dana Park wrote it.", [("Dana Park", "Contributing Editor", "Orbit Weekly")]),
])
def test_a_business_function_after_a_title_is_no_employer(text, expected):
    assert [r[:3] for r in roles(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Industry leader Zeta Consultancy Services promoted insider K Raman to CEO last year.",
     [("K Raman", "CEO", "Zeta Consultancy Services")]),  # a descriptor before the firm, an initialled name
    ("CEO at Zetanex Marco Patuano said the sale helps.", [("Marco Patuano", "CEO", "Zetanex")]),
    ("Datuk Omar Rashid was replaced by Zeta's chief operating officer Dana Park, who took over.",
     [("Dana Park", "chief operating officer", "Zeta")]),  # the successor's own post, not the predecessor's
])
def test_appointed_insiders_a_firm_then_its_head_and_a_successor_described(text, expected):
    assert [r[:3] for r in roles(text)] == expected


def test_md_joined_to_another_title_and_an_event_after_a_title():
    assert [r[:3] for r in roles("It grew fast, said Dana Park, co-founder, MD and CEO of Zeta Data Services.")] == [
        ("Dana Park", "co-founder, MD and CEO", "Zeta Data Services")]
    assert roles("Dana Park spoke at the Orbit CEO Summit in Seoul.") == []  # an event, not a person


@pytest.mark.parametrize("text, expected", [
    ("Zeta Corp said it would build a plant. Orbit Inc. CIO Dana Park said the plan was fine.",
     [("Dana Park", "CIO", "Orbit Inc.")]),  # a title after a legal form goes on with its firm
    ("Digital Realty President Dana Park said the deal was fine.", [("Dana Park", "President", "Digital Realty")]),
    ("New York State Governor Dana Park welcomed the plant, the New York State government said.",
     [("Dana Park", "Governor", "New York State government")]),
])
def test_a_firm_or_state_whose_name_has_a_portfolio_word_keeps_its_title(text, expected):
    assert [r[:3] for r in roles(text)] == expected


def test_a_partner_at_a_firm_is_a_title_a_partner_of_a_firm_is_not():
    assert [r[:3] for r in roles('"It is a big bet," said Dana Park, a partner at Zeta Ventures.')] == [
        ("Dana Park", "partner", "Zeta Ventures")]
    assert roles("Zeta Labs, a partner of Orbit Cloud, grew fast.") == []


def test_a_name_never_seen_beside_a_person_under_a_plural_title_is_a_person():
    text = "Orbit Soft hired Zeta's co-founders Dana Park and Karén Oduya, along with most of its staff."
    assert [r[:3] for r in roles(text)] == [("Dana Park", "co-founder", "Zeta"), ("Karén Oduya", "co-founder", "Zeta")]


def test_a_plural_title_with_no_firm_names_each_person_at_the_articles_firm():
    text = "Zeta AI raised money from investors. Co-founders Dana Park and Lena Ortiz previously led research elsewhere."
    assert [r[:3] for r in roles(text)] == [("Dana Park", "Co-founder", "Zeta AI"), ("Lena Ortiz", "Co-founder", "Zeta AI")]


def test_founders_after_a_description_and_along_with_others():
    text = "Zeta Labs was founded by a pair of Harvard dropouts, Dana Park and Lena Ortiz, along with Omar Rashid."
    assert [r[:3] for r in roles(text)] == [("Dana Park", "founder", "Zeta Labs"), ("Lena Ortiz", "founder", "Zeta Labs"),
                                            ("Omar Rashid", "founder", "Zeta Labs")]


def test_a_second_post_after_and_in_an_apposition():
    text = "Dana Park, CEO of Zeta Bridge and vice chairman of Orbit Towers, called it a landmark."
    assert [r[:3] for r in roles(text)] == [("Dana Park", "CEO", "Zeta Bridge"), ("Dana Park", "vice chairman", "Orbit Towers")]


@pytest.mark.parametrize("text, expected", [
    ("Zeta Labs said Dana Park has been appointed chief financial officer.", [("Dana Park", "chief financial officer", "Zeta Labs")]),
    ("Zeta Labs grew fast. Dana Park was promoted to president last year.", [("Dana Park", "president", "Zeta Labs")]),
    ("Dana Park, a vice president at Orbit Inc., was appointed as CEO.", [("Dana Park", "vice president", "Orbit Inc.")]),
    ("Zeta Labs grew fast. The minister said Dana Park would not be elevated as CEO.", []),
])
def test_a_post_someone_is_appointed_to_with_no_firm_named_after_it(text, expected):
    assert [r[:3] for r in roles(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Loke Wai San, non-executive chairman of Orbit Labs, noted the board was impressed.",
     ("Loke Wai San", "non-executive chairman", "Orbit Labs", "active")),
    ("Meanwhile, the chief executive of Orbit Labs, Margherita Della Valle, noted the deal.",
     ("Margherita Della Valle", "chief executive", "Orbit Labs", "active")),
])
def test_a_name_never_seen_set_off_beside_a_post_is_its_holder(text, expected):
    assert roles(text) == [expected]


def test_a_list_of_firms_after_a_post_names_no_holder():
    assert roles("Dana Park is chief executive of Orbit Labs, Zeta Systems and Lumen Power.") == [
        ("Dana Park", "chief executive", "Orbit Labs", "active")]


@pytest.mark.parametrize("text, expected", [
    ("\"We look into sources,\" said Dana Park, corporate secretary for Orbit Bank, without elaborating.",
     [("Dana Park", "secretary", "Orbit Bank", "active")]),
    ("Dana Park, senior vice president of finance for Orbit Labs, said so.",
     [("Dana Park", "senior vice president of finance", "Orbit Labs", "active")]),
    ("Dana Park, chief executive for two years, left Orbit Labs.", []),
])
def test_a_post_for_an_organization_is_held_there(text, expected):
    assert roles(text) == expected


def test_a_firms_region_before_president_names_no_government():
    text = "Orbit Data Centers signed a lease. Orbit Data Centers’ APAC president Dana Velloman said it helps."
    assert [(r[0], r[2]) for r in roles(text)] == [("Dana Velloman", "Orbit Data Centers")]


@pytest.mark.parametrize("text", [
    "Founded in 2023 by Dana Velloman and Marco Kessel, Orbit Labs provides cloud computing.",
    "Orbit Labs was founded in Seoul in 2019 by Dana Velloman and Marco Kessel.",
    "The sale is big for Orbit Labs's founders, Dana Velloman and Marco Kessel, and its staff.",
])
def test_founders_told_after_a_date_before_the_firm_or_as_a_list(text):
    assert sorted((r[0], r[1], r[2]) for r in roles(text)) == [
        ("Dana Velloman", "founder", "Orbit Labs"), ("Marco Kessel", "founder", "Orbit Labs")]


@pytest.mark.parametrize("text, expected", [
    ("Orbit Labs extended its deal with Zeta Space. Nat Velloman, chief executive, said: “We are pleased.”",
     [("Nat Velloman", "chief executive", "Orbit Labs")]),  # the article's firm
    ("Orbit Cloud signed a deal. Orbit Cloud's Head of Advanced Energy Dana Velloman said it helps.",
     [("Dana Velloman", "Head of Advanced Energy", "Orbit Cloud")]),  # a field, no employer
    ("Orbit Data signed a lease with Zeta Cloud, according to CEO Dana Velloman.",
     [("Dana Velloman", "CEO", "Orbit Data")]),  # the subject's, not the nearest firm's
    ("Nova AI signed with Aster Labs. Orbit Data already builds Zeta Cloud's chips. Dana Velloman, its chief "
     "executive, told analysts that a fourth customer had placed orders.",
     [("Dana Velloman", "chief executive", "Orbit Data")]),  # "its": the firm the sentence before was about
    ("\"The region wants a seat,\" said Dana Velloman, a partner at Dubai consultancy Orbit Advisory.",
     [("Dana Velloman", "partner", "Orbit Advisory")]),  # a place and what the firm is, before its name
    ("Orbit AI Research built the model. The lab is now run by co-heads Dana Velloman and Marco Kessel.",
     [("Dana Velloman", "co-head", "Orbit AI Research"), ("Marco Kessel", "co-head", "Orbit AI Research")]),
    ("Orbit Energy cut its forecast. Dana Velloman, chief financial officer, cautioned that margins would stay low.",
     [("Dana Velloman", "chief financial officer", "Orbit Energy")]),
    ("Orbit Data is working with Zeta Cloud on a cheaper chip, chief executive Dana Velloman has confirmed.",
     [("Dana Velloman", "chief executive", "Orbit Data")]),
    ("Orbit Data agreed to invest $5 billion in Zeta Cloud, which CEO Dana Velloman said would help its foundry.",
     [("Dana Velloman", "CEO", "Zeta Cloud")]),  # "which" stands for the firm just before it
    ("Orbit Capital bought Zeta Grid. “It fits,” said Dana Velloman and Marco Kessel, Co-Heads of Infrastructure "
     "Europe at Orbit Capital.", [("Dana Velloman", "Co-Head", "Orbit Capital"), ("Marco Kessel", "Co-Head", "Orbit Capital")]),
    ("Nova Holdings senior partner Dana Velloman said the deal is good.",
     [("Dana Velloman", "senior partner", "Nova Holdings")]),
    ("Dana Velloman is stepping down as CEO of Orbit Labs, and is being replaced in the role by Marco Kessel.",
     [("Dana Velloman", "CEO", "Orbit Labs"), ("Marco Kessel", "CEO", "Orbit Labs")]),
    ("Dana Velloman, the CEO of Orbit Labs, was replaced as CEO by Marco Kessel.",
     [("Dana Velloman", "CEO", "Orbit Labs"), ("Marco Kessel", "CEO", "Orbit Labs")]),
])
def test_a_bare_title_before_said_a_senior_partner_and_a_post_passed_on_in_one_sentence(text, expected):
    assert sorted(r[:3] for r in roles(text)) == expected


@pytest.mark.parametrize("text", [
    "Dana Velloman, Zeta Telecom's head of network, will join Orbit Space's board of directors.",
    "Dana Velloman joined the board of Orbit Space in May.",
    "Dana Velloman is a member of the Orbit Space board.",
])
def test_a_seat_on_a_board_is_a_board_members_post(text):
    assert ("Dana Velloman", "board member", "Orbit Space") in [r[:3] for r in roles(text)]


def test_a_board_that_acts_gives_no_one_a_seat():
    assert roles("The Orbit Space board approved the deal with Zeta Telecom, Dana Velloman said.") == []


@pytest.mark.parametrize("text", [
    "“We see the need for fibre,” Mara Lindqvist, Partner at Zeta Infrastructure Partners, said.",
    "Mara Lindqvist, Partner of Zeta Infrastructure Partners, said the firm was pleased.",
])
def test_a_capitalized_partner_at_a_firm_is_a_post(text):
    assert [(r["person"], r["title"], r["organization"]) for r in summary(text)["roles"]] == [
        ("Mara Lindqvist", "Partner", "Zeta Infrastructure Partners")]


def test_a_firm_named_with_a_possessive_keeps_it_unspaced():
    text = "\"Banks are comfortable,\" said Mara Cole, a managing director at Moody's Ratings. Moody's declined to comment."
    assert [(r["person"], r["organization"]) for r in summary(text)["roles"]] == [("Mara Cole", "Moody's Ratings")]


def test_the_companys_title_after_a_name_is_at_the_firm_told_just_before():
    text = ("Orbit Cloud signed power deals with Zeta Energy. Kestrel Chips posted record profit and said its output "
            "was sold out. Dana Park, the company's chief executive, said customers wanted more.")
    assert [(r["person"], r["title"], r["organization"]) for r in summary(text)["roles"]] == [
        ("Dana Park", "chief executive", "Kestrel Chips")]


def test_a_speakers_title_after_a_sentence_about_a_described_firm_is_at_that_firm():
    text = ("Kestrel Group sold its stake in Orbit Labs. The Japanese investor also expanded a loan backed by its "
            "shares in Zeta Chips, Chief Financial Officer Dana Park told a briefing.")
    assert [(r["person"], r["organization"]) for r in summary(text)["roles"]] == [("Dana Park", "Kestrel Group")]


@pytest.mark.parametrize("text, expected", [
    ("Jon Mauck, senior MD at Zeta Capital, said the assets were strong.", ("Jon Mauck", "senior MD", "Zeta Capital")),
    ("Former Orbit Labs president Sean Parker joined the board.", ("Sean Parker", "president", "Orbit Labs")),
    ("Zeta Labs signed with Nova AI, said Dana Park, M.D., Ph.D., chief scientific officer of Zeta Labs.",
     ("Dana Park", "chief scientific officer", "Zeta Labs")),
])
def test_short_titles_former_posts_and_degrees_around_a_name(text, expected):
    assert [(r["person"], r["title"], r["organization"]) for r in summary(text)["roles"]] == [expected]


def test_a_minister_of_a_field_is_at_the_ministry_the_text_names():
    text = ("Zeta Chips signed an MoU with the Ministry of Science and ICT. Minister of Science and ICT Dana Park "
            "said the supply would help Korea.")
    assert [(r["person"], r["title"], r["organization"]) for r in summary(text)["roles"]] == [
        ("Dana Park", "Minister of Science and ICT", "Ministry of Science and ICT")]


def test_a_title_after_whose_is_at_the_organization_before_it():
    text = "The Ministry of Trade, whose minister Dana Park attended the signing, said the site would open in May."
    assert [(r["person"], r["title"], r["organization"]) for r in summary(text)["roles"]] == [
        ("Dana Park", "minister", "Ministry of Trade")]


def test_a_product_makers_title_is_at_the_maker():
    text = ("Kestrel Chips agreed to supply memory to OpenAI after the ChatGPT maker's chief executive, "
            "Dana Park, met Orbit Labs in Seoul.")
    assert [(r["person"], r["organization"]) for r in summary(text)["roles"]] == [("Dana Park", "OpenAI")]


def test_the_companys_current_title_before_a_name_is_at_the_firm_told_just_before():
    text = ("Kestrel Chips posted record profit on Monday. The company's current chief financial officer, "
            "Dana Park, will retire next year.")
    assert [(r["person"], r["title"], r["organization"]) for r in summary(text)["roles"]] == [
        ("Dana Park", "chief financial officer", "Kestrel Chips")]


def test_a_title_and_name_saying_what_the_sentence_told_are_at_its_opening_firm():
    text = ("Orbit Devices' agreement to supply Zeta Labs with chips will bring in billions in revenue, "
            "Chief Executive Dana Park said on Wednesday.")
    assert [(r["person"], r["organization"]) for r in summary(text)["roles"]] == [("Dana Park", "Orbit Devices")]


@pytest.mark.parametrize("text, expected", [
    ("Zeta Capital partner Leslie Mapp said the firm expected to commit billions.",
     [("Leslie Mapp", "partner", "Zeta Capital")]),
    ("Orbit Labs partner Kestrel Systems Inc. said it would invest.", []),
    ("Zeta Capital partners Joseph Jackson and Trevor Mills said the firm was pleased.",
     [("Joseph Jackson", "partner", "Zeta Capital"), ("Trevor Mills", "partner", "Zeta Capital")]),
])
def test_partner_between_a_firm_and_a_person_is_her_post(text, expected):
    assert [(r["person"], r["title"], r["organization"]) for r in summary(text)["roles"]] == expected


@pytest.mark.parametrize("text, expected", [
    ("Orbit Telecom signed a memorandum with the Ministry of Digital. Digital Minister Dana Park said data would stay local.",
     [("Dana Park", "Ministry of Digital")]),
    ("Orbit Corp signed a deal with the Department of Commerce. Commerce Secretary Dana Park said the deal was good.",
     [("Dana Park", "Department of Commerce")]),
    ("Commerce Secretary Dana Park said the deal with Orbit Corp was good.", []),
])
def test_a_portfolio_ministers_post_is_at_the_ministry_the_text_names(text, expected):
    assert [(r["person"], r["organization"]) for r in summary(text)["roles"]] == expected


@pytest.mark.parametrize("text, expected", [
    ("Orbit Financial Corp reported results on Tuesday. Dana Park will take over as group CEO of the "
     "Toronto-based insurer from May 8.", [("Dana Park", "Orbit Financial Corp")]),
    ("Zeta Chips said it had won orders. Lee Hollis, president of the solutions group at Orbit Devices Inc., "
     "said on Monday the orders were not theirs.", [("Lee Hollis", "Orbit Devices Inc.")]),
])
def test_a_post_at_a_definite_description_is_at_the_firm_it_stands_for(text, expected):
    assert [(r["person"], r["organization"]) for r in summary(text)["roles"]] == expected


def test_a_field_opening_a_sentence_before_a_title_is_part_of_the_title():
    text = "Zeta Cloud said it was not in talks to raise equity. Finance chief Dana Park said the company had ample cash."
    result = summary(text)
    assert "Finance" not in {e["name"] for e in result["entities"]}
    assert [(r["person"], r["organization"]) for r in result["roles"]] == [("Dana Park", "Zeta Cloud")]


@pytest.mark.parametrize("text, expected", [
    ("Zeta Retail's general counsel, Dana Park, said the chain would appeal.", ("general counsel", "Zeta Retail")),
    ("Dana Park, a senior fellow at the Orbit Energy Institute, said turbines were scarce.",
     ("senior fellow", "Orbit Energy Institute")),
    ("Zeta Daily photographer Dana Park captured the first truck.", ("photographer", "Zeta Daily")),
])
def test_counsels_fellows_and_photographers_hold_titles(text, expected):
    assert roles(text) == [("Dana Park", *expected, "active")]


@pytest.mark.parametrize("text, title", [
    ("Dana Park, the bank's chief executive, said on Monday that Zeta Commercial Bank would open branches.",
     "chief executive"),
    ("Chief executive Dana Park said Zeta Commercial Bank would open branches.", "Chief executive"),
])
def test_a_titled_speaker_speaks_for_the_firm_named_as_the_subject_of_what_they_said(text, title):
    assert roles(text) == [("Dana Park", title, "Zeta Commercial Bank", "active")]


def test_its_title_after_another_persons_is_the_firms_and_names_no_firm():
    text = ("Orbit Semiconductor's chief executive, Dana Whitcombe, and its chief technology officer, Anil Bhatt, "
            "will present the roadmap.")
    assert sorted(roles(text)) == [("Anil Bhatt", "chief technology officer", "Orbit Semiconductor", "active"),
                                   ("Dana Whitcombe", "chief executive", "Orbit Semiconductor", "active")]


def test_a_post_held_now_after_a_former_one_is_a_second_title():
    text = "Dana Park, the former chief executive of Orbit Metals and now chairman of Zeta Battery Systems, said so."
    assert ("Dana Park", "chairman", "Zeta Battery Systems", "active") in roles(text)


def test_a_title_in_a_sentence_opening_with_it_is_at_the_firm_it_stands_for():
    text = ("Orbit Capital invested $40 million in Zeta Robotics. Orbit Capital said the deal closed on Monday. "
            "Orbit Capital has backed nine startups this year. Zeta Robotics makes arms for warehouses. "
            "It is led by CEO Dana Park, who founded it in 2019.")
    assert ("Dana Park", "CEO", "Zeta Robotics", "active") in roles(text)


def test_a_firm_described_by_its_country_is_the_one_the_text_tied_to_that_country():
    text = ("Zeta AI raised €1.7 billion from Dutch chipmaker Orbit Lithography. The Dutch company has "
            "strengthened its ties to France. It is led by CEO Dana Park, who took the helm in 2024.")
    assert ("Dana Park", "CEO", "Orbit Lithography", "active") in roles(text)


def test_a_firm_tied_to_a_country_of_several_words_matches_its_demonym():
    text = ("Zeta AI raised $1 billion from United States' Orbit Systems. The American company has strengthened "
            "its ties to Europe. It is led by CEO Dana Park, who took the helm in 2024.")
    assert ("Dana Park", "CEO", "Orbit Systems", "active") in roles(text)


@pytest.mark.parametrize("text", [
    "Orbit Labs makes chiplets in Singapore. The CEO, Dana Park, said orders had doubled.",
    "Orbit Labs has hired a new CEO, Dana Park, who will begin work on February 1.",
])
def test_the_title_set_off_before_a_name_is_at_the_articles_firm(text):
    assert ("Dana Park", "CEO", "Orbit Labs", "active") in roles(text)


@pytest.mark.parametrize("text, expected", [
    ("Orbit Labs priced its bonds on Monday. Dana Park, the chief financial officer, said the company had no plans "
     "to issue equity.", ("Dana Park", "chief financial officer", "Orbit Labs", "active")),
    ("Orbit Labs reported results on Wednesday. Dana Park, its finance chief, guided to revenue of $1bn.",
     ("Dana Park", "finance chief", "Orbit Labs", "active")),
])
def test_a_bare_title_set_off_after_a_name_is_at_the_firm_told_of(text, expected):
    assert expected in roles(text)


def test_a_firm_that_qualifies_a_noun_is_no_speakers_employer():
    text = "Orbit Labs signed a deal. The size of the Zeta Labs award, founder and CEO Dana Park said, was limited."
    assert all(org != "Zeta Labs" for _, _, org, _ in roles(text))


def test_she_who_opens_no_clause_of_the_replacement_passes_no_post():
    found = roles("Mina Cho is the chief executive of Orbit Labs. After she arrived, the board replaced Tom Berg.")
    assert all(person != "Tom Berg" for person, _, _, _ in found)


def test_a_new_chief_hired_after_talks_with_another_firm_is_the_hirers():
    assert ("Dana Park", "CEO", "Orbit Labs", "active") in roles(
        "After talks with Zeta Labs, Orbit Labs has hired a new CEO, Dana Park.")


@pytest.mark.parametrize("text, expected", [
    ("Zeta Foundries said Tim Caulfield will take over as chairman from Ahmed Yahia.",
     [("Tim Caulfield", "chairman", "Zeta Foundries", "active"), ("Ahmed Yahia", "chairman", "Zeta Foundries", "completed")]),
    ("Tim Caulfield will take over as chairman of Zeta Foundries from Ahmed Yahia.",
     [("Tim Caulfield", "chairman", "Zeta Foundries", "active"), ("Ahmed Yahia", "chairman", "Zeta Foundries", "completed")]),
])
def test_a_title_taken_over_from_someone_was_theirs(text, expected):
    assert sorted(roles(text)) == sorted(expected)


@pytest.mark.parametrize("text, title", [
    ("Mike Salvino, who had been Zeta Technology's CEO since 2019, left.", "CEO"),
    ("Mike Salvino, who had been Zeta Technology president and CEO since 2019, left.", "president and CEO"),
])
def test_a_title_in_a_relative_clause_after_its_firm_is_the_persons(text, title):
    assert roles(text) == [("Mike Salvino", title, "Zeta Technology", "completed")]


def test_a_person_who_will_join_a_firm_as_a_title_holds_it():
    for text in ("Dana Park will join Zeta Labs as chief financial officer.",
                 "Dana Park is joining Zeta Labs as chief financial officer next month."):
        assert [(r["person"], r["title"], r["organization"]) for r in summary(text)["roles"]] == [
            ("Dana Park", "chief financial officer", "Zeta Labs")]
    assert summary("Dana Park turned down an offer to join Zeta Labs as chief financial officer.")["roles"] == []


def test_a_persons_age_between_the_name_and_the_post_is_stepped_over():
    for text in ("Dana Park, 52, has been named chief executive of Zeta Labs, the company said.",
                 "Dana Park, 52, chief executive of Zeta Labs, said demand was strong."):
        assert [(r["person"], r["title"], r["organization"]) for r in summary(text)["roles"]] == [
            ("Dana Park", "chief executive", "Zeta Labs")]


def test_a_press_release_announcing_an_appointment_gives_the_post():
    text = ("Zeta Labs Inc. today announced the appointment of Dana Park as Chief Financial Officer. "
            "The board also approved the promotion of Kim Soo-jin to chief operating officer.")
    assert [(r["person"], r["title"], r["organization"]) for r in summary(text)["roles"]] == [
        ("Dana Park", "Chief Financial Officer", "Zeta Labs Inc."), ("Kim Soo-jin", "chief operating officer", "Zeta Labs Inc.")]


def test_a_speakers_bare_titles_closing_a_press_release_sentence_are_the_issuers():
    text = ('Zeta Labs Inc. today announced a supply deal with Nova Bank. "We are glad," said Mark Lee, '
            'founder, Chairman and CEO. "This is the moment," said Kim Yong-beom, the presidential chief of staff.')
    assert [(r["person"], r["title"], r["organization"]) for r in summary(text)["roles"]] == [
        ("Mark Lee", "founder, Chairman and CEO", "Zeta Labs Inc.")]


@pytest.mark.parametrize("headline, person, title, firm", [
    ("Orbit Labs Appoints Dana Park Chief Financial Officer and Closes $1 Billion Loan", "Dana Park",
     "Chief Financial Officer", "Orbit Labs"),
    ("Zeta Cloud Names Mark Lee Chief Scientist", "Mark Lee", "Chief Scientist", "Zeta Cloud"),
])
def test_a_title_case_headlines_appointing_verb_ends_the_firms_name(headline, person, title, firm):
    assert [(r["person"], r["title"], r["organization"]) for r in summary(headline)["roles"]] == [(person, title, firm)]


def test_a_post_in_a_unit_its_firm_names_is_the_firms():
    text = ("Zeta Labs Inc. today announced the appointment of Rajiv Menon as Executive Vice President and "
            "General Manager of its Data Center and AI Group.")
    assert [(r["person"], r["organization"]) for r in summary(text)["roles"]] == [("Rajiv Menon", "Zeta Labs Inc.")]
    assert [(r["person"], r["organization"]) for r in summary("Zeta Labs named Dana Park head of its Cloud Group.")[
        "roles"]] == [("Dana Park", "Zeta Labs")]


@pytest.mark.parametrize("text", [
    "Zeta Cloud shares rose after the election of Donald Trump as president.",
    'Zeta Labs Inc. signed a deal with Nova Bank. "It is a bubble," said Dana Park, analyst.',
])
def test_an_election_or_an_analysts_closing_title_gives_no_post_at_the_firm(text):
    assert summary(text)["roles"] == []


def test_a_firm_named_group_a_title_is_of_stays_the_employer():
    text = "Tos Chirathivat, chief executive of the Central Group, said it would invest in Orbit Labs."
    assert [(r["person"], r["organization"]) for r in summary(text)["roles"]] == [("Tos Chirathivat", "Central Group")]


def test_the_appointment_noun_types_no_description_before_the_firm_as_its_employer():
    text = ("Networking and connectivity giant Zeta Labs has announced the appointment of Oliver Tuszik as its new "
            "executive vice president of global sales.")
    assert [e["name"] for e in summary(text)["entities"]] == ["Zeta Labs", "Oliver Tuszik"]


@pytest.mark.parametrize("text, person, title", [
    ("Zeta Labs raised $1 billion. Dana Park, co-founder and President, said the funds would help.", "Dana Park",
     "co-founder and President"),
    ("Zeta Labs raised $1 billion. Dana Park, president, said the funds would help.", "Dana Park", "president"),
    ("Zeta Labs grew. Principal Financial Officer Doug Kehring said sales rose.", "Doug Kehring",
     "Principal Financial Officer"),
    ("Zeta Labs grew. Fellow Co-CEO Mike Sicilia said sales rose.", "Mike Sicilia", "Fellow Co-CEO"),
])
def test_a_firms_own_speakers_bare_or_modified_titles_are_its_posts(text, person, title):
    assert [(r["person"], r["title"], r["organization"]) for r in summary(text)["roles"]] == [(person, title, "Zeta Labs")]


def test_a_firm_chaired_by_his_highness_a_sheikh_gives_the_chair():
    text = "Orbit Capital, chaired by His Highness Sheikh Tahnoon bin Zayed Al Nahyan, has joined the venture."
    assert [(r["person"], r["title"], r["organization"]) for r in summary(text)["roles"]] == [
        ("Tahnoon bin Zayed Al Nahyan", "chair", "Orbit Capital")]


@pytest.mark.parametrize("text, expected", [
    ("Kestrel announced the appointment of Dana Park as chief financial officer.",
     [("Dana Park", "chief financial officer", "Kestrel")]),
    ("Orbit Labs signed a deal with Zeta Cloud. Joe Biden, former president, said it would help.", []),
    ("Orbit Labs signed a deal with Zeta Cloud. Dana Park, vice president, said it would help.",
     [("Dana Park", "vice president", "Orbit Labs")]),
])
def test_the_second_reviews_posts_keep_their_readings(text, expected):
    assert [(r["person"], r["title"], r["organization"]) for r in summary(text)["roles"]] == expected


@pytest.mark.parametrize("text, expected", [
    ("\"The backlog is large,\" said Dana Park, a senior credit officer at Zeta Ratings.",
     [("Dana Park", "senior credit officer", "Zeta Ratings")]),
    ("Dana Park, Communications Lead, Orbit Labs", [("Dana Park", "Communications Lead", "Orbit Labs")]),
    ("The communications lead went to Orbit Labs.", []),
])
def test_credit_officers_and_communications_leads_are_titles(text, expected):
    assert [(r["person"], r["title"], r["organization"]) for r in summary(text)["roles"]] == expected


def test_a_speakers_title_after_a_dateline_is_at_the_sentences_opening_firm():
    text = ("LOS ANGELES - Orbit Labs has signed agreements with Zeta Cloud, Nova Bank and Kestrel Capital to form a "
            "venture, Chief Executive Dana Park told employees on Thursday.")
    assert [(r["person"], r["organization"]) for r in summary(text)["roles"]] == [("Dana Park", "Orbit Labs")]


@pytest.mark.parametrize("text, title", [
    ("The Ministry of Science and ICT approved the plan, said Bae Kyung-hoon, Minister of Science and ICT.",
     "Minister of Science and ICT"),
    ("The Ministry of Science and ICT approved the plan. \"We want access,\" said Bae Kyung-hoon, Deputy Prime "
     "Minister and Minister of Science and ICT.", "Deputy Prime Minister and Minister of Science and ICT"),
])
def test_a_minister_named_first_heads_the_ministry_the_text_names(text, title):
    assert [(r["person"], r["title"], r["organization"]) for r in summary(text)["roles"]] == [
        ("Bae Kyung-hoon", title, "Ministry of Science and ICT")]


def test_a_minister_of_a_ministry_the_text_never_names_has_no_employer():
    assert summary("The plan was approved, said Bae Kyung-hoon, Minister of Science and ICT.")["roles"] == []


@pytest.mark.parametrize("opening", ["SEATTLE (Reuters) -", "UPDATE 1 -", "SEOUL, Oct. 3 (Reuters) -",
                                     "NEW YORK, November 12, 2025 (Wirepoint) -"])
def test_a_speakers_title_after_an_agencys_dateline_is_at_the_opening_firm(opening):
    text = (f"{opening} Orbit Labs has signed agreements with Zeta Cloud and Nova Bank to form a venture, Chief "
            "Executive Dana Park told employees on Thursday.")
    assert [(r["person"], r["organization"]) for r in summary(text)["roles"]] == [("Dana Park", "Orbit Labs")]


def test_a_legal_form_without_its_point_stays_with_the_firm_not_the_analysts_title():
    assert summary("Orbit Consulting Co analyst Jane Doe said the price was full.")["roles"] == [
        {"person": "Jane Doe", "title": "analyst", "organization": "Orbit Consulting Co"}]


def test_a_speakers_name_in_its_own_script_does_not_hide_the_verb_that_attributes_it():
    text = ("Zeta Cloud will also buy servers from Orbit Technologies Co. Ltd. (奥比特) under a supply deal for its "
            "Ningxia site, Chief Executive Zou Tao (邹涛) told analysts on a call.")
    assert [(r["person"], r["organization"]) for r in summary(text)["roles"]] == [("Zou Tao", "Zeta Cloud")]


def test_a_project_lead_is_no_title():
    assert summary("Zeta Cloud named Orbit Labs as the project lead, Dana Park said.")["roles"] == []


@pytest.mark.parametrize("text", ["Minister of State for Orbit Affairs, Dana Park, praised the pact.",
                                  "Minister for Orbit Affairs Dana Park said the deal was good.",
                                  "Dana Park, Minister of State for Orbit Trade, said so."])
def test_the_portfolio_after_a_ministers_for_is_no_employer(text):
    assert [e["name"] for e in summary(text)["entities"]] == ["Dana Park"]


def test_a_person_named_before_and_and_a_university_is_not_part_of_its_name():
    assert roles("The plant was opened by Governor Mike Braun and Orbit University President Dana Park.") == [
        ("Dana Park", "President", "Orbit University", "active")]


def test_a_ministers_title_names_the_ministry_the_text_names_not_the_firm_left():
    text = ("Zeta Research said Bae Kyung-hoon left to become Minister of Science and ICT. The Ministry of Science "
            "and ICT is funding Zeta Research.")
    assert [(r["person"], r["organization"]) for r in summary(text)["roles"]] == [
        ("Bae Kyung-hoon", "Ministry of Science and ICT")]


def test_partner_after_a_comma_and_before_at_is_a_title():
    text = '"Power is scarce," said Dana Park, partner at Seoul-based Orbit Advisors.'
    assert [(r["person"], r["title"], r["organization"]) for r in summary(text)["roles"]] == [
        ("Dana Park", "partner", "Orbit Advisors")]


def test_an_officer_speaking_after_a_sentence_opened_by_to_and_it_is_its_firms():
    text = ("Orbit Group has committed $22 billion to Zeta AI. To raise cash it sold its stake in Nova Chips and enlarged "
            "a loan backed by shares of chip designer Kestrel Holdings, Chief Financial Officer Dana Park told a briefing.")
    assert [(r["person"], r["organization"]) for r in summary(text)["roles"]] == [("Dana Park", "Orbit Group")]


@pytest.mark.parametrize("outlet, byline, title", [
    ("Nikkei Asia", "Dana Park, Staff writer", "Staff writer"),
    ("Gulf News", "Dana Park, Business Editor", "Business Editor"),  # "Business" is of the title, no firm
    ("Nikkei Asia", "By Dana Park, Senior Credit Reporter", "Senior Credit Reporter"),
    ("Nordic DC Review\nInfrastructure | Hyperscale", "By Dana Park, Senior Editor", "Senior Editor"),
])
def test_a_byline_reporter_without_an_organization_writes_for_the_outlet_the_page_names_above(outlet, byline, title):
    text = (f"Orbit Labs lands a loan\n{outlet}\n{byline}\nNovember 12, 2025\n"
            "TOKYO -- Orbit Labs will borrow 450 billion yen from Zeta Bank.")
    found = summary(text)
    outlet_name = outlet.split("\n")[0].split(" | ")[0].removeprefix("The ")
    assert [(r["person"], r["title"], r["organization"]) for r in found["roles"]] == [("Dana Park", title, outlet_name)]
    assert {e["name"] for e in found["entities"] if e["type"] != "NewsOutlet"} == {"Orbit Labs", "Dana Park", "Zeta Bank"}



@pytest.mark.parametrize("text", [
    "Orbit AI, the AI company unveiled on Monday by the Zeta Fund (ZF), is chaired by Crown Prince Mohammed bin Salman.",
    "Orbit AI, launched a day earlier by the Zeta Fund and chaired by Crown Prince Mohammed bin Salman, wants to grow.",
])
def test_the_chair_told_after_an_apposition_about_the_firm_chairs_the_firm(text):
    assert [(r["person"], r["organization"]) for r in summary(text)["roles"]] == [("Mohammed bin Salman", "Orbit AI")]


@pytest.mark.parametrize("division", ["the Device Solutions (DS) division", "the company's Device Solutions division"])
def test_a_named_division_is_no_firm_and_its_head_no_post_there(division):
    text = f"Dana Park, vice chairman and head of {division}, told shareholders that Orbit Electronics would grow."
    found = summary(text)
    assert {e["name"] for e in found["entities"]} == {"Orbit Electronics", "Dana Park"}
    assert found["roles"] == []


@pytest.mark.parametrize("masthead, byline", [
    ("Kestrel Times", "Dana Park, Senior Reporter"), ("Kestrel Times", "By Dana Park / Staff reporter"),
    ("Kestrel Times | Chips | Cloud", "By Dana Park, Senior Editor | November 12, 2025 | 5 min read")])
def test_a_byline_reporter_writes_for_the_outlet_the_caller_gave_when_the_page_names_it_above(masthead, byline):
    text = (f"Orbit Labs lands a loan\n{masthead}\n{byline}\nNovember 12, 2025\n"
            "Orbit Labs will borrow $450 million from Zeta Bank. KT will lend too.")
    article = Article("test.txt", text, "0" * 64)
    meta = ArticleMeta(date(2025, 11, 12), outlet="The Kestrel Times")
    found = to_json(extract_texts(Gazetteer(ROWS), [(article, meta)], decide_pair=never, decide_role=never))
    assert [(r["person"], r["organization"]) for r in found["roles"]] == [("Dana Park", "The Kestrel Times")]
    assert "KT" in {e["name"] for e in found["entities"]}  # no initialism of the outlet's name


def test_a_reporters_title_on_the_line_under_the_byline_is_theirs_at_the_pages_outlet():
    text = ("Orbit Labs lands a loan\nNikkei Asia\nBy Dana Park\nStaff writer\nNovember 12, 2025\n"
            "TOKYO -- Orbit Labs will borrow 450 billion yen from Zeta Bank.")
    assert [(r["person"], r["title"], r["organization"]) for r in summary(text)["roles"]] == [
        ("Dana Park", "Staff writer", "Nikkei Asia")]


def test_a_head_named_in_a_relative_clause_about_a_later_firm_is_that_firms():
    text = "Aligned Data Centers, owned by Macquarie Asset Management, which is led by Ben Way, will grow."
    assert [(r["person"], r["organization"]) for r in summary(text)["roles"]] == [
        ("Ben Way", "Macquarie Asset Management")]


def test_a_byline_reporter_does_not_write_for_the_outlet_a_headline_cites():
    text = ("Orbit Motors weighs bid for Zeta stake, Nikkei reports\nDana Park, Staff writer\n"
            "TOKYO -- Orbit Motors is weighing a bid for Zeta Parts.")
    assert summary(text)["roles"] == []


@pytest.mark.parametrize("text, expected", [
    ("Dana Park also chairs Orbit Labs, the investor.", [("Dana Park", "Orbit Labs")]),
    ("Orbit Labs was launched in May and is chaired by Dana Park.", [("Dana Park", "Orbit Labs")]),
    ("Both Orbit Labs and the state investor Zeta Capital are chaired by Dana Park, the adviser.",
     [("Dana Park", "Orbit Labs"), ("Dana Park", "Zeta Capital")]),
    ("Zeta AI is chaired by Sheikh Tahnoon bin Zayed Al Nahyan. Sheikh Tahnoon also chairs Orbit Capital.",
     [("Tahnoon bin Zayed Al Nahyan", "Orbit Capital"), ("Tahnoon bin Zayed Al Nahyan", "Zeta AI")]),
    ("Dana Park also chairs the Korea Chamber of Commerce and Industry, which hosted the summit.",
     [("Dana Park", "Korea Chamber of Commerce and Industry")]),
])
def test_a_chair_told_by_the_verb_chairs_the_firms_it_names(text, expected):
    assert sorted((r["person"], r["organization"]) for r in summary(text)["roles"]) == expected


@pytest.mark.parametrize("text, expected", [
    ("Orbit Labs and Zeta AI, co-founded by Dana Park, signed a new agreement.", [("Dana Park", "Zeta AI")]),
    ("Orbit Robotics was founded in 2019, and its Series B was led by Kestrel Capital partner Dana Park.",
     [("Dana Park", "Kestrel Capital")]),
    ("Veteran dealmaker Dana Park leads Zeta Bank's advisory work for Orbit Group.", []),
    ("Singapore Prime Minister Dana Park said the deal was good.", [("Dana Park", "Government of Singapore")]),
])
def test_what_the_reviewer_found_the_sessions_post_rules_misread_is_read_right(text, expected):
    assert [(r["person"], r["organization"]) for r in summary(text)["roles"]] == expected


@pytest.mark.parametrize("text, expected", [
    ('OpenAI will deploy AMD chips. "It is a big step," CEO Lisa Su said.', ("Lisa Su", "CEO", "AMD", "active")),
    ("OpenAI will deploy AMD chips. Lisa Su, chief executive, said it was a big step.",
     ("Lisa Su", "chief executive", "AMD", "active")),
    ("Zeta Labs bought 500 Nvidia chips, as chief executive Jensen Huang toured Asia.",
     ("Jensen Huang", "chief executive", "Nvidia", "active")),
])
def test_a_well_known_leaders_bare_title_is_at_the_firm_they_lead_when_the_text_names_it(text, expected):
    assert roles(text) == [expected]


def test_a_well_known_leaders_firm_the_text_does_not_name_is_not_made_up():
    assert ("Lisa Su", "CEO", "AMD", "active") not in roles('Zeta Labs signed with OpenAI. "A big step," CEO Lisa Su said.')


def test_a_reporters_beat_before_the_outlet_leaves_the_outlet_theirs():
    text = "Orbit Labs signed a deal with Zeta Cloud. Dana Park is a reporter covering IT and startups for the Zeta Review."
    assert roles(text) == [("Dana Park", "reporter", "Zeta Review", "active")]


@pytest.mark.parametrize("text, expected", [
    ("Dana Park, Asia-Pacific president of Zeta Cloud, signed the deal.", ("Dana Park", "Asia-Pacific president", "Zeta Cloud", "active")),
    ("Zeta Cloud's EMEA head Dana Park signed the deal.", ("Dana Park", "EMEA head", "Zeta Cloud", "active")),
])
def test_a_region_before_a_title_is_part_of_it(text, expected):
    assert expected in roles(text)


@pytest.mark.parametrize("text, expected", [
    ("Orbit Fusion signed a power deal with Microsoft. OpenAI is a large Microsoft customer. "
     "Sam Altman, chairman, said the deal showed fusion was near.", ("Sam Altman", "chairman", "Orbit Fusion", "active")),
    ("Zeta Catalyst Ventures closed a $550m fund. Intel declined to comment. Founder Lip-Bu Tan said it would back "
     "chip startups.", ("Lip-Bu Tan", "Founder", "Zeta Catalyst Ventures", "active")),
])
def test_a_well_known_leaders_post_elsewhere_is_not_moved_to_the_firm_they_lead(text, expected):
    assert roles(text) == [expected]


def test_the_opening_description_of_the_firm_a_deal_names_gives_no_post_at_its_counterparty():
    text = "Microsoft agreed to acquire Orbit AI for $1bn. The startup, founded by Dana Park, builds coding agents."
    assert ("Dana Park", "founder", "Microsoft", "active") not in roles(text)


def test_an_appointees_post_for_a_firm_named_after_the_title_is_at_that_firm():
    assert roles("Orbit Labs named Dana Park as head of public policy for Zeta Japan.") == \
        [("Dana Park", "head of public policy", "Zeta Japan", "active")]


def test_a_two_word_name_written_again_in_three_chinese_characters_is_a_persons():
    text = '"It is a long bet," said Marlow Ku (古雪曼), an analyst at Zeta Securities Co (元大投顧).'
    assert [r[:3] for r in roles(text)] == [("Marlow Ku", "analyst", "Zeta Securities Co")]


def test_a_company_spokesman_speaks_for_the_firm_the_story_is_about():
    text = ("Orbit Labs said it is in talks with Zeta Corp to deploy robots. The robots would be built by Orbit Labs "
            "using Zeta software, company spokesman James Wu told a conference in Taipei.")
    assert [r[:3] for r in roles(text)] == [("James Wu", "spokesman", "Orbit Labs")]


def test_a_reporter_works_for_the_press_never_for_the_firm_the_story_is_about():
    text = ("Orbit Telecom, Zeta Labs to build telco-tuned model\n\nUpdated: 2025-07-15 09:05 KST\nReporter Shin Min-jae\n\n"
            "Orbit Telecom said on Monday it has signed an agreement with Zeta Labs to co-develop a model.")
    assert [r for r in roles(text) if r[0] == "Shin Min-jae"] == []


def test_whose_title_after_a_description_of_a_firm_is_at_that_firm():
    text = "Orbit Labs invested in Zeta AI, the Abu Dhabi AI group whose chairman is Tahnoon bin Zayed, in April 2024."
    assert [r[:3] for r in roles(text)] == [("Tahnoon bin Zayed", "chairman", "Zeta AI")]


def test_a_post_told_after_a_relative_clause_about_the_person_is_a_second_post():
    text = "Orbit Labs is in talks to buy Zeta AI. Dana Tan, who became Nova Corp's chief executive in March, is also chairman of Zeta AI."
    assert sorted(r[:3] for r in roles(text)) == [("Dana Tan", "chairman", "Zeta AI"), ("Dana Tan", "chief executive", "Nova Corp")]


def test_the_kingdom_names_no_government_of_its_own():
    text = ("Orbit AI and Zeta Cloud will invest $5 billion in an AI zone in the Kingdom, as deals were unveiled "
            "during President Dana Trumbull's visit.")
    assert all(r[2] != "Government of Kingdom" for r in roles(text))


def test_a_month_word_before_a_family_name_is_a_given_name():
    text = "Orbit AI won the deal. June Paik, Orbit AI's co-founder and chief executive, called the deal big."
    assert [r[:3] for r in roles(text)] == [("June Paik", "co-founder and chief executive", "Orbit AI")]


def test_a_title_after_and_that_has_said_speaks_for_the_sentences_subject():
    text = ("Orbit Telecom has worked with Zeta AI since last year on an AI phone, and chief executive Tim Hoffmann "
            "has said the group will partner with whoever is best.")
    assert [r[:3] for r in roles(text)] == [("Tim Hoffmann", "chief executive", "Orbit Telecom")]


@pytest.mark.parametrize("aside", ["a former Nova Rides finance executive", "a former Nova Rides executive"])
def test_a_title_in_an_aside_about_the_appointee_is_not_the_post_given(aside):
    text = f"Orbit AI hired Francois Chadwick, {aside}, as chief financial officer."
    assert [r[:3] for r in roles(text) if r[2] == "Orbit AI"] == [("Francois Chadwick", "chief financial officer", "Orbit AI")]
    assert all(r[0] == "Francois Chadwick" for r in roles(text))


def test_a_post_after_a_relative_clause_about_someone_else_is_not_theirs():
    text = "A close aide to Masayoshi Son, who founded Orbit Bank, was named chief executive of Zeta Energy."
    assert all(r[2] != "Zeta Energy" for r in roles(text) if r[0] == "Masayoshi Son")


def test_people_who_are_co_founders_of_a_firm_each_hold_the_post():
    assert roles("Dana Park and Ravi Rao are co-founders of Orbit Labs.") == [
        ("Dana Park", "co-founder", "Orbit Labs", "active"), ("Ravi Rao", "co-founder", "Orbit Labs", "active")]


def test_an_officer_quoted_after_two_firms_named_together_works_for_the_firm_of_the_story():
    text = ("Orbit Networks forecast higher sales on Tuesday. Orbit Networks said demand was strong. Zeta Cloud and "
            "Kestrel Labs together made up 40% of revenue in the quarter, chief financial officer Dana Park said.")
    assert ("Dana Park", "chief financial officer", "Orbit Networks", "active") in roles(text)


def test_a_founder_quoted_in_a_story_about_a_round_founded_the_firm_that_raised_it():
    text = ("Kestrel Fund leads round in Zeta Robotics\n\nZeta Robotics has raised $101 million in a Series B round "
            "led by Kestrel Fund. Orbit Capital and Nova Partners joined the round. Kestrel Fund said it would add a "
            "board seat. Kestrel Fund has backed robot makers before. Co-founder and CEO Dana Park said the money "
            "will go toward a factory.")
    assert ("Dana Park", "Co-founder and CEO", "Zeta Robotics", "active") in roles(text)


def test_a_principal_at_a_firm_holds_a_post_there():
    text = '"Investors want to see wins," said Dana Park, principal at Zeta Ventures.'
    assert [(r["person"], r["title"], r["organization"]) for r in summary(text)["roles"]] == [
        ("Dana Park", "principal", "Zeta Ventures")]


def test_a_person_who_is_a_title_of_a_firm_past_an_aside_holds_it_there():
    text = "Dana Park, a former Zeta Labs engineer, is chief executive of Orbit Systems."
    assert [(r["person"], r["title"], r["organization"]) for r in summary(text)["roles"]] == [
        ("Dana Park", "chief executive", "Orbit Systems")]


def test_a_ministers_portfolio_before_the_title_is_no_employer():
    text = "The MoU was signed in the presence of state Large and Medium Industries Minister Dana Park."
    assert summary(text)["roles"] == []


def test_a_senior_adviser_at_a_firm_holds_a_post_there_but_a_proxy_adviser_is_a_firm():
    text = '"It is fine," said Dana Park, a senior adviser at Orbit Capital.'
    assert [(r["person"], r["title"], r["organization"]) for r in summary(text)["roles"]] == [
        ("Dana Park", "senior adviser", "Orbit Capital")]
    text = "Proxy adviser Institutional Shareholder Services urged Zeta Labs investors to reject the offer."
    assert summary(text)["roles"] == []


def test_people_listed_together_who_join_a_board_are_each_a_member():
    text = "Dana Park and Lee Munoz join the board of Zeta Labs with immediate effect."
    assert [(r["person"], r["organization"]) for r in summary(text)["roles"]] == [
        ("Dana Park", "Zeta Labs"), ("Lee Munoz", "Zeta Labs")]


def test_a_person_who_describes_the_next_is_not_the_one_a_firm_is_run_by():
    text = ("Dana Park runs Orbit Labs. The equity was led by Zeta Capital, the firm run by longtime Park associate "
            "Lee Munoz.")
    assert ("Lee Munoz", "Zeta Capital") in [(r["person"], r["organization"]) for r in summary(text)["roles"]]
    assert ("Dana Park", "Zeta Capital") not in [(r["person"], r["organization"]) for r in summary(text)["roles"]]


def test_a_titled_speaker_who_has_said_what_a_firm_will_do_works_there():
    text = "Orbit Labs makes chips. Chief Executive Dana Park has said Zeta Cloud will spend $72 billion this year."
    assert [(r["person"], r["organization"]) for r in summary(text)["roles"]] == [("Dana Park", "Zeta Cloud")]


@pytest.mark.parametrize("text, expected", [
    ("Orbit Robotics was founded by former Zeta Labs engineer Dana Park with Lee Munoz, a classmate.",
     [("Dana Park", "Orbit Robotics")]),
    ("Analyst Dana Park has said Zeta Labs will start mass production in 2026.", []),
    ("Dana Park, Lee Munoz's former deputy at Orbit Labs, joined the board of Zeta Labs.",
     [("Dana Park", "Zeta Labs")]),
])
def test_roles_the_new_rules_leave_alone(text, expected):
    assert [(r["person"], r["organization"]) for r in summary(text)["roles"]] == expected


@pytest.mark.parametrize("text, expected", [
    ("Valdoria Province signed a pact with Zeta Labs. Valdoria Gov. Ana Reis attended.",
     ("Ana Reis", "Gov.", "Valdoria Province", "active")),
    ("Valdoria Metropolitan City signed a pact with Zeta Labs. Valdoria Mayor Ana Reis attended.",
     ("Ana Reis", "Mayor", "Valdoria Metropolitan City", "active")),
])
def test_a_governor_or_mayor_after_a_place_holds_the_post_at_the_administration_the_text_names(text, expected):
    assert roles(text) == [expected]


def test_a_governor_styled_before_a_name_with_no_administration_named_has_no_role():
    assert roles("Valdoria Gov. Ana Reis attended the ceremony.") == []


def test_an_appointment_told_past_an_aside_is_the_subjects():
    found = roles("Dana Park, a veteran of Kestrel Systems, has been appointed chief financial officer of Orbit Labs.")
    assert found == [("Dana Park", "chief financial officer", "Orbit Labs", "active")]


@pytest.mark.parametrize("text, expected", [
    ('"It works," said Dana Park, head of TMT research at Zeta Securities.', ("Dana Park", "head", "Zeta Securities")),
    ("Ruth Lind, president of Zeta parent Orbit Holdings, spoke.", ("Ruth Lind", "president", "Orbit Holdings")),
])
def test_the_employer_is_the_firm_after_a_field_or_a_parent(text, expected):
    assert [(r[0], r[1], r[2]) for r in roles(text)] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Zeta Cloud is led by CEO Dana Park, while Orbit Telecom last month named Lee Min-ho its new CEO.",
     ("Lee Min-ho", "CEO", "Orbit Telecom")),
    ("Dana Park is Orbit Daily's systems editor.", ("Dana Park", "systems editor", "Orbit Daily")),
    ("The Valdoria Provincial Government signed a pact with Zeta Labs. Valdoria Governor Ana Reis attended.",
     ("Ana Reis", "Governor", "Valdoria Provincial Government")),
])
def test_the_post_is_at_the_clauses_appointer_the_outlet_or_the_province(text, expected):
    person, title, org = expected
    assert (person, title, org) in [(r[0], r[1], r[2]) for r in roles(text) if r[0] == person]
    assert all(r[2] == org for r in roles(text) if r[0] == person)


@pytest.mark.parametrize("text, expected", [
    ("Dana Park stays on as chairman of Zeta Labs.", [("Dana Park", "chairman", "Zeta Labs", "active")]),
    ("Orbit Holdings and Zeta Cloud CEO Dana Park spoke.",
     [("Dana Park", "CEO", "Zeta Cloud", "active"), ("Dana Park", "CEO", "Orbit Holdings", "active")]),
    ("Zeta Energy raised its targets. The company appointed Ana Reis as head of its Grid Systems business.",
     [("Ana Reis", "head", "Zeta Energy", "active")]),
])
def test_a_post_kept_held_at_two_firms_or_at_the_appointers_own_business(text, expected):
    assert roles(text) == expected


def test_a_named_arm_after_its_is_the_employer_not_the_appointer():
    assert roles("Orbit Group named Dana Park as chief executive of its cloud arm Zeta Cloud.") == [
        ("Dana Park", "chief executive", "Zeta Cloud", "active")]


@pytest.mark.parametrize("text, person", [
    ("Talks between Orbit Labs and Zeta Cloud CEO Dana Park stalled.", "Dana Park"),
    ("The Valdoria City Council approved a data center. Valdoria Gov. Ana Reis welcomed it.", "Ana Reis"),
    ("Valdoria State University will partner with Zeta Labs. Valdoria Gov. Ana Reis called it a milestone.", "Ana Reis"),
])
def test_a_post_is_not_given_to_a_firm_in_talks_a_council_or_a_university(text, person):
    assert [r[2] for r in roles(text) if r[0] == person] in ([], ["Zeta Cloud"])


def test_a_region_a_title_covers_is_no_employer():
    text = "Vishal Dhupar, managing director for Asia South at Orbit Chips, called India a natural place."
    assert [(r["person"], r["organization"]) for r in summary(text)["roles"]] == [("Vishal Dhupar", "Orbit Chips")]


def test_a_post_at_both_firms_of_a_copula_is_a_post_at_each():
    text = "Sheikh Khalid bin Saeed, the country's security adviser, is chairman of both Orbit AI and Zeta Capital."
    assert {(r["person"], r["organization"]) for r in summary(text)["roles"]} == {
        ("Khalid bin Saeed", "Orbit AI"), ("Khalid bin Saeed", "Zeta Capital")}


def test_a_speakers_title_after_an_opening_phrase_is_at_the_clauses_subject():
    text = ("To raise cash, Orbit Group sold its entire stake in Zeta Chips in October for $5.83 billion, Chief "
            "Financial Officer Dana Goto told an earnings briefing on Tuesday.")
    assert [(r["person"], r["organization"]) for r in summary(text)["roles"]] == [("Dana Goto", "Orbit Group")]


def test_a_chief_speaking_of_the_money_just_raised_is_the_raisers():
    text = ("Zeta Chips landed Kestrel as its first big customer. Zeta Chips said the chips would ship next year.\n"
            "Orbit AI, the maker of the Solar models, closed a 62 billion won Series B round led by Nova Partners. "
            "CEO Kim Sung-hoon said the money would go to Japanese-language models.")
    assert [(r["person"], r["organization"]) for r in summary(text)["roles"]] == [("Kim Sung-hoon", "Orbit AI")]


@pytest.mark.parametrize("text", [
    "\"Demand is real,\" said A S Lakshminarayanan, managing director of Tata Communications.",
    "A S Lakshminarayanan, managing director of Tata Communications, said demand was real.",
])
def test_a_name_whose_first_initial_is_a_reads_as_a_person_not_the_article(text):
    assert [(r["person"], r["organization"]) for r in summary(text)["roles"]] == [
        ("A S Lakshminarayanan", "Tata Communications")]
