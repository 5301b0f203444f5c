"""Plain-English questions: which template each phrasing maps to, and the answers on the
bundled graph (expected values read from graph/data/*.ttl)."""

import pytest

from graph.answers.ask import UnknownQuestion, ask, clean, query_text, understand
from graph.model.errors import EntityNotFound


@pytest.mark.parametrize("question, template, groups", [
    ("Who partners with Samsung?", "partners", {"x": "Samsung"}),
    ("who does samsung partner with", "partners", {"x": "samsung"}),
    ("Who does OpenAI work with?", "partners", {"x": "OpenAI"}),
    ("who teams up with OpenAI", "partners", {"x": "OpenAI"}),
    ("Who collaborates with Kakao??", "partners", {"x": "Kakao"}),
    ("who are SK's partners", "partners", {"x": "SK"}),
    ("openai's partners", "partners", {"x": "openai"}),
    ("OpenAI’s partners.", "partners", {"x": "OpenAI"}),
    ("partners of Kakao", "partners", {"x": "Kakao"}),
    ("which companies partner with OpenAI", "partners", {"x": "OpenAI"}),
    ("Who signed deals with OpenAI?", "partners", {"x": "OpenAI", "verb": "signed"}),
    ("who did openai partner with in 2025", "partners", {"x": "openai", "year": "2025"}),
    ("Who partners with whom?", "all partner pairs", {}),
    ("please tell me who partners with whom", "all partner pairs", {}),
    ("How is Kwon linked to Chey Tae-won?", "connection", {"x": "Kwon", "y": "Chey Tae-won"}),
    ("what links Samsung and SK", "connection", {"x": "Samsung", "y": "SK"}),
    ("how are Kakao and Broadcom connected", "connection", {"x": "Kakao", "y": "Broadcom"}),
    ("Does Samsung partner with OpenAI?", "deals between two", {"x": "Samsung", "y": "OpenAI"}),
    ("What deals did OpenAI make in 2025?", "deals", {"x": "OpenAI", "verb": "make", "year": "2025"}),
    ("which deals has OpenAI signed since 2025-02", "deals", {"x": "OpenAI", "verb": "signed", "since": "2025-02"}),
    ("who funds stargate", "funders", {"x": "stargate"}),
    ("Who invests in Stargate?", "funders", {"x": "Stargate"}),
    ("Who takes part in Stargate?", "participants", {"x": "Stargate"}),
    ("who is involved in the Stargate project", "participants", {"x": "the Stargate project"}),
    ("Where does OpenAI have offices?", "offices", {"x": "OpenAI"}),
    ("does OpenAI have an office in Seoul", "offices", {"x": "OpenAI", "place": "Seoul"}),
    ("what is OpenAI planning in Korea", "plans", {"x": "OpenAI", "place": "Korea"}),
    ("What is OpenAI considering?", "plans", {"x": "OpenAI"}),
    ("what are openai's plans", "plans", {"x": "openai"}),
    ("What is OpenAI doing in Korea?", "activities", {"x": "OpenAI", "place": "Korea"}),
    ("What did the Financial Times report?", "reports", {"x": "the Financial Times"}),
    ("who runs SK", "leaders", {"x": "SK"}),
    ("Who is OpenAI's CSO?", "title", {"x": "OpenAI", "title": "CSO"}),
    ("who works at OpenAI", "people", {"x": "OpenAI"}),
    ("Where does Jason Kwon work?", "people", {"x": "Jason Kwon"}),
    ("Who is Jason Kwon?", "profile", {"x": "Jason Kwon"}),
    ("what's Stargate", "profile", {"x": "Stargate"}),
    ("Which Korean companies does OpenAI partner with?", "partners", {"adjective": "Korean", "x": "OpenAI"}),
    ("Is OpenAI building a data center in Korea?", "plans", {"x": "OpenAI", "place": "Korea"}),
    ("When did OpenAI open its Seoul office?", "activities", {"x": "OpenAI", "topic": "open its Seoul office"}),
    ("What is the status of the OpenAI-Samsung partnership?", "deals between two", {"x": "OpenAI", "y": "Samsung"}),
    ("How much will Stargate cost?", "figures", {"x": "Stargate"}),
    ("Who met with Jason Kwon?", "meetings", {"x": "Jason Kwon"}),
    ("Does OpenAI rely on Nvidia?", "connection", {"x": "OpenAI", "y": "Nvidia"}),
    ("which deals are signed", "all partner pairs", {"status": "signed"}),
])
def test_phrasings_map_to_templates(question, template, groups):
    found, got = understand(question)
    assert (found.name, got) == (template, groups)


def test_clean_keeps_case_and_drops_politeness():
    assert clean("  Please tell me   who’s Chey?!  ") == "who is Chey"


def summary(store, question):
    return ask(store, question).summary


@pytest.mark.parametrize("question, expected", [
    ("Who is Jason Kwon?", "Jason Kwon (person): Chief Strategy Officer at OpenAI (active)."),
    ("who does samsung partner with",
     "Samsung Electronics has 1 partner: OpenAI. None is signed or active: 1 in discussion, 1 considering."),
    ("Who signed deals with OpenAI?",
     "OpenAI has 4 partners in deals signed: Kakao, Korea Development Bank, Krafton and SK Telecom."),
    ("How is Kwon linked to Chey Tae-won?",
     "Jason Kwon -> OpenAI -> Chey Tae-won (2 hops; 1 shortest path shown)."),
    ("who funds stargate", "Stargate is funded by SoftBank."),
    ("Who takes part in Stargate?",
     "Taking part in Stargate: Donald Trump, SoftBank, Oracle, OpenAI and OpenAI for Countries."),
    ("who runs SK", "SK Group is led by Chey Tae-won."),
    ("who leads OpenAI",
     "No leader of OpenAI is recorded; people with posts there: Jason Kwon (Chief Strategy Officer)."),
    ("Who is OpenAI's CSO?", "Jason Kwon (Chief Strategy Officer) at OpenAI."),
    ("where does OpenAI have offices",
     "OpenAI has offices or facilities in Brussels, Dublin, London, Paris, Seoul, Singapore and Tokyo; "
     "it is based in United States."),
    ("does OpenAI have an office in Korea?", "Yes: OpenAI Seoul office."),
    ("What deals did OpenAI make in 2025?", "OpenAI has 2 deals in 2025."),
    ("What did the Financial Times report?", "3 claims reported by Financial Times."),
    ("what is openai planning in korea",
     "OpenAI has 6 things considered, in discussion or planned in South Korea (none reported done)."),
    ("Who partners with whom?", "11 partner pairs, most deals first."),
    ("does Kakao partner with Samsung", "No deal between Kakao and Samsung Electronics is recorded."),
    ("Which Korean companies does OpenAI partner with?",
     "OpenAI has 7 partners: Samsung Electronics, SK Group, Kakao, Korea Development Bank, Krafton, "
     "Seoul National University and SK Telecom. "
     "Not all are signed: 4 signed, 2 in discussion, 2 considering, 1 planned."),
    ("who does SK Telecom work with?", "SK Telecom has 1 partner: OpenAI."),
    ("does SK work with OpenAI?",
     "SK Group and OpenAI share 2 deals. None is signed or active: 1 in discussion, 1 considering."),
    ("When did OpenAI open its Seoul office?", "1 of OpenAI's deals and activities, each with its status."),
    ("Where is Stargate?", "Stargate is located in United States."),
    ("Who met with Jason Kwon?", "Jason Kwon met Democratic Party and People Power Party."),
    ("which deals are signed", "4 partner pairs in deals signed, most deals first."),
])


def test_answers(query_store, question, expected):
    assert summary(query_store, question) == expected


def test_when_finds_the_claim_the_question_names(query_store):
    [row] = ask(query_store, "when did openai partner with kakao").rows
    assert (row["what"], row["date"], row["status"]) == ("OpenAI and Kakao: ChatGPT in Kakao's messaging app", "2025-02", "signed")


def test_how_much_lists_the_stated_figures(query_store):
    assert [r["figure"] for r in ask(query_store, "How much will Stargate cost?").rows] == [
        "Stargate capacity aim: 4.5 GW", "Stargate early phases: USD 100 billion earmarked",
        "Stargate estimated long-term cost: USD 500 billion"]


def test_plans_in_korea_are_the_unfinished_korean_items(query_store):
    answer = ask(query_store, "What is OpenAI planning in Korea?")
    assert [(r["what"], r["status"]) for r in answer.rows] == [
        ("OpenAI and Seoul National University: MoU on joint AI research", "planned"),
        ("OpenAI and Samsung Electronics: hardware chip partnership in motion", "in discussion"),
        ("OpenAI and SK Group: hardware chip partnership in motion", "in discussion"),
        ("OpenAI open to expanding its partnership with Samsung Electronics", "considering"),
        ("OpenAI open to expanding its partnership with SK Group", "considering"),
        ("OpenAI weighs building a data centre in South Korea", "considering"),
    ]


def test_funders_come_with_their_evidence(query_store):
    assert ask(query_store, "who funds stargate").rows == [{
        "who": "SoftBank", "role": "funder", "via": "Stargate: OpenAI with SoftBank and Oracle",
        "status": "active", "sources": ["RCR Wireless News 2025-09-10"]}]


def test_queries_run_are_recorded_with_their_bindings(query_store):
    answer = ask(query_store, "who partners with SK?")
    text = query_text(answer)
    assert "?deal dg:party ?a, ?b ." in text
    assert "# ?a = <https://dealgraph.org/id/sk-group>" in text
    assert "PREFIX" not in text


def test_an_unmappable_question_lists_the_forms(query_store):
    with pytest.raises(UnknownQuestion) as err:
        ask(query_store, "Is it going to rain?")
    message = str(err.value)
    assert message.startswith("cannot map 'Is it going to rain?' to a query; questions understood:\n")
    assert "  who partners with X? / who does X work with? / who teams up with X?" in message
    assert "  how is X connected to Y?" in message


def test_a_generic_question_about_nothing_known_is_unmappable(query_store):
    with pytest.raises(UnknownQuestion, match="no entity named 'the weather'"):
        ask(query_store, "what's the weather?")


def test_an_unknown_name_in_a_known_form_says_so(query_store):
    with pytest.raises(EntityNotFound, match="no entity named 'Samsnug'; did you mean 'Samsung Electronics'"):
        ask(query_store, "who partners with Samsnug?")


def test_hostile_names_are_just_names(query_store):
    with pytest.raises(EntityNotFound, match=r"no entity named '\"\} UNION \{ \?s \?p \?o'"):
        ask(query_store, 'who partners with "} UNION { ?s ?p ?o')
