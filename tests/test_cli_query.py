"""The query commands end to end: exact table and JSON output on the bundled graph, filters,
and every error path (expected values read from graph/data/*.ttl)."""

import json

import pytest
from click.testing import CliRunner
from conftest import inline_source
from query_fixtures import twin_store

from graph.cli import main

RCR = "https://dealgraph.org/id/src-rcr-2025-09-10"
AJU = "https://dealgraph.org/id/src-aju-2025-05-26"
HOSTILE = '"} UNION { ?s ?p ?o } #'


@pytest.fixture
def kg(seed_store_path):
    """Run `kg` on the session's seed store; returns (exit code, stdout, stderr)."""
    runner = CliRunner()

    def run(*args, store=seed_store_path):
        result = runner.invoke(main, ["--store", str(store), *args])
        return result.exit_code, result.stdout, result.stderr

    return run


def lines(*rows):
    return "".join(row + "\n" for row in rows)


# ---------------------------------------------------------------- kg partners

def test_partners_of_samsung_table(kg):
    assert kg("partners", "samsung") == (0, lines(
        "a                    b       deals  type         status         date  sources                       deal",
        "-------------------  ------  -----  -----------  -------------  ----  ----------------------------  -------------------------------------------------------------------",
        "Samsung Electronics  OpenAI  2      partnership  in discussion        RCR Wireless News 2025-09-10  OpenAI and Samsung Electronics: hardware chip partnership in motion",
        "                                    partnership  considering          RCR Wireless News 2025-09-10  OpenAI open to expanding its partnership with Samsung Electronics",
    ), "")


def test_partners_json_keeps_the_promised_keys(kg):
    code, out, _ = kg("partners", "Kakao", "--json")
    [pair] = json.loads(out)
    assert code == 0 and (pair["a"], pair["b"]) == ("Kakao", "OpenAI")
    [deal] = pair["deals"]
    assert {k: deal[k] for k in ("iri", "type", "status", "date", "sources")} == {
        "iri": "https://dealgraph.org/id/deal-openai-kakao-chatgpt", "type": "Integration",
        "status": "signed", "date": "2025-02", "sources": [AJU, RCR]}


def test_partners_filters_csv(kg):
    assert kg("partners", "--type", "MoU", "--format", "csv") == (0, lines(
        "a,b,deals,type,status,date,sources,deal",
        "OpenAI,Seoul National University,1,memorandum of understanding,planned,2025-09,RCR Wireless News 2025-09-10,"
        "OpenAI and Seoul National University: MoU on joint AI research",
    ), "")
    # Only RCR dates the Kakao deal, so only RCR supports it once a date filter is on.
    assert kg("partners", "OpenAI", "--status", "signed", "--since", "2025", "--format", "tsv") == (0, lines(
        "a\tb\tdeals\ttype\tstatus\tdate\tsources\tdeal",
        "OpenAI\tKakao\t1\tintegration\tsigned\t2025-02\tRCR Wireless News 2025-09-10\t"
        "OpenAI and Kakao: ChatGPT in Kakao's messaging app",
    ), "")


def test_partners_as_of_and_limit(kg):
    code, out, _ = kg("partners", "--as-of", "2025-06-01", "--limit", "2", "--json")
    assert code == 0
    assert [(p["a"], p["b"], p["deals"][0]["type"], p["deals"][0]["sources"]) for p in json.loads(out)] == [
        ("OpenAI", "Kakao", "Partnership", [AJU]), ("OpenAI", "Korea Development Bank", "FinancialCooperation", [AJU])]


def test_partners_reported_claims_say_who_reported_them(kg):
    code, out, _ = kg("partners", "broadcom")
    assert code == 0 and "active (reported by Financial Times)" in out


def test_partners_with_nothing_to_show(kg):
    assert kg("partners", "Jason Kwon") == (0, "(no results)\n", "")


@pytest.mark.parametrize("args, message", [
    (["partners", "Samsnug"], "Error: no entity named 'Samsnug'; did you mean 'Samsung Electronics' or 'Seoul National University'?\n"),
    (["partners", "--status", "rumoured"], "Error: unknown status 'rumoured'; use one of: considering, in discussion, planned, announced, signed, active, completed, cancelled\n"),
    (["partners", "--type", "handshake"], "Error: unknown deal type 'handshake'; use one of: acquisition, deal, financial cooperation, integration, investment, joint venture, letter of intent, memorandum of understanding, partnership, supply agreement\n"),
    (["partners", "--since", "May 2025"], "Error: --since: 'May 2025' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD\n"),
    (["partners", "--as-of", "2025-13-01"], "Error: --as-of: '2025-13-01' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD\n"),
    (["partners", "--until", "2025-02-31"], "Error: --until: '2025-02-31' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD\n"),
    (["path", "Jason Kwon", "Juan Pedro Tomas"], "Error: no connection between 'Jason Kwon' and 'Juan Pedro Tomás'\n"),
    (["path", "Financial Times", "OpenAI"], "Error: no connection between 'Financial Times' and 'OpenAI'\n"),
    (["path", "kwon", "Jason Kwon"], "Error: 'kwon' and 'Jason Kwon' are the same entity (Jason Kwon)\n"),
    (["path", "kwon", "Chey Tae-wan"], "Error: no entity named 'Chey Tae-wan'; did you mean 'Chey Tae-won'?\n"),
    (["entity", "Oracel"], "Error: no entity named 'Oracel'; did you mean 'Oracle'?\n"),
    (["rank", "--type", "spaceship"], "Error: unknown class 'spaceship'; use all or one of: agent, bank, business group, city, company, country, data centre, event, facility, government body, initiative, news outlet, office, organization, person, place, political party, product, region, topic, university\n"),
])
def test_domain_errors_are_one_line_and_exit_1(kg, args, message):
    assert kg(*args) == (1, "", message)


@pytest.mark.parametrize("command", [["partners"], ["entity"], ["path", "OpenAI"], ["path"], ["ask"]])
def test_hostile_names_are_just_names_everywhere(kg, command):
    if command == ["ask"]:
        args = ["ask", f"who partners with {HOSTILE}"]
    elif command == ["path"]:
        args = ["path", HOSTILE, "OpenAI"]
    else:
        args = [*command, HOSTILE]
    assert kg(*args) == (1, "", f"Error: no entity named {HOSTILE!r}\n")


@pytest.mark.parametrize("args", [["partners", "--limit", "0"], ["rank", "--by", "fame"], ["path", "OpenAI"]])
def test_usage_errors_exit_2(kg, args):
    assert kg(*args)[0] == 2


@pytest.fixture(scope="module")
def twins_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli-twins") / "store"
    twin_store(path).close()
    return path


@pytest.mark.parametrize("args", [["partners", "apex"], ["entity", "apex"], ["path", "apex", "OpenAI"],
                                  ["ask", "who partners with Apex?"]])
def test_ambiguous_names_list_candidates(kg, twins_path, args):
    assert kg(*args, store=twins_path) == (
        1, "", "Error: 'apex' is ambiguous: Apex Capital (Bank); Apex Robotics (Company)\n"
        if args[0] != "ask" else "Error: 'Apex' is ambiguous: Apex Capital (Bank); Apex Robotics (Company)\n")


# ---------------------------------------------------------------- kg path

def test_path_table(kg):
    assert kg("path", "Jason Kwon", "chey tae won") == (0, lines(
        "path  from        relationship                                                                                    to            status     date     evidence",
        "----  ----------  ----------------------------------------------------------------------------------------------  ------------  ---------  -------  ------------------------------------------------------------------------",
        "1     Jason Kwon  position: Jason Kwon, Chief Strategy Officer of OpenAI                                          OpenAI        active              Aju Press 2025-05-26 [502-545]; RCR Wireless News 2025-09-10 [1130-1172]",
        "      OpenAI      meeting: OpenAI talks with Lee Jae-yong and Chey Tae-won at the Korea-U.S. business roundtable  Chey Tae-won  completed  2025-08  RCR Wireless News 2025-09-10 [1440-1626]",
    ), "")


def test_path_json(kg):
    code, out, _ = kg("path", "Kwon", "Chey", "--json")
    [[first, second]] = json.loads(out)["paths"]
    assert code == 0
    assert {k: first[k] for k in ("from", "to", "relationship", "type", "status", "date", "sources", "evidence")} == {
        "from": "Jason Kwon", "to": "OpenAI", "relationship": "https://dealgraph.org/id/position-jason-kwon-openai-cso",
        "type": "Position", "status": "active", "date": None, "sources": [AJU, RCR],
        "evidence": [{"source": AJU, "start": 502, "end": 545}, {"source": RCR, "start": 1130, "end": 1172}]}
    assert (second["type"], second["status"], second["date"], second["to"]) == ("Meeting", "completed", "2025-08", "Chey Tae-won")


def test_path_prefers_actors_and_lists_up_to_limit(kg):
    code, out, _ = kg("path", "Samsung", "SK", "--json")
    routes = [[hop["to"] for hop in path] for path in json.loads(out)["paths"]]
    assert routes == [["OpenAI", "SK Group"], ["AI hardware chips", "SK Group"], ["South Korea", "SK Group"]]
    code, out, _ = kg("path", "Samsung", "SK", "--limit", "1", "--json")
    assert len(json.loads(out)["paths"]) == 1


# ---------------------------------------------------------------- kg rank

def test_rank_by_degree(kg):
    assert kg("rank", "--limit", "3") == (0, lines(
        "rank  entity            classes          score",
        "----  ----------------  ---------------  -----",
        "1     OpenAI            company          36",
        "2     Democratic Party  political party  4",
        "3     Kakao             company          4",
    ), "")


def test_rank_people_json(kg):
    code, out, err = kg("rank", "--type", "person", "--json")
    result = json.loads(out)
    assert (code, err, result["measure"], result["exact"], result["sample"]) == (0, "", "degree", True, None)
    assert [(r["entity"], r["score"]) for r in result["ranking"]] == [
        ("Chey Tae-won", 3), ("Jason Kwon", 3), ("Lee Jae-yong", 3), ("Donald Trump", 2)]


def test_rank_with_sources_counts_the_authors_byline(kg):
    # The RCR article's author, linked by his byline's five posts at news outlets only.
    code, out, _ = kg("rank", "--type", "person", "--with-sources", "--limit", "1", "--json")
    assert (code, [(r["entity"], r["score"]) for r in json.loads(out)["ranking"]]) == (0, [("Juan Pedro Tomás", 5)])


@pytest.mark.parametrize("measure", ["betweenness", "pagerank"])
def test_rank_openai_is_most_central_by_every_measure(kg, measure):
    code, out, _ = kg("rank", "--by", measure, "--type", "company", "--json")
    result = json.loads(out)
    assert code == 0 and result["exact"] and result["ranking"][0]["entity"] == "OpenAI"


# ---------------------------------------------------------------- kg entity

def test_entity_table_sections(kg):
    assert kg("entity", "KDB") == (0, lines(
        "Korea Development Bank (bank)",
        "  IRI:        https://dealgraph.org/id/korea-development-bank",
        "  aliases:    KDB; 한국산업은행",
        "  summary:    State-run South Korean bank.",
        "  located in: Asia; South Korea",
        "",
        "Links (offices, products, places, initiatives)",
        "subject                 relation  object       place",
        "----------------------  --------  -----------  -----",
        "Korea Development Bank  based in  South Korea",
        "",
        "Deals",
        "type                   status  date  with            what                                                                sources",
        "---------------------  ------  ----  --------------  ------------------------------------------------------------------  --------------------",
        "financial cooperation  signed        OpenAI (party)  OpenAI and Korea Development Bank: financial cooperation agreement  Aju Press 2025-05-26",
        "",
        "Sources",
        "source                headline                       url",
        "--------------------  -----------------------------  -----------------------------------------------",
        "Aju Press 2025-05-26  Aju Press article, 2025-05-26  https://www.ajupress.com/view/20250526154508638",
    ), "")


def test_entity_json(kg):
    code, out, _ = kg("entity", "jason kwon", "--json")
    profile = json.loads(out)
    assert code == 0 and (profile["label"], profile["classes"], profile["aliases"]) == ("Jason Kwon", ["person"], ["Kwon"])
    assert [(p["title"], p["status"], p["sources"]) for p in profile["positions"]] == [
        ("Chief Strategy Officer", "active", [AJU, RCR])]
    assert [s["published"] for s in profile["sources"]] == ["2025-09-10", "2025-05-26"]


def test_entity_csv_one_row_per_fact(kg):
    code, out, _ = kg("entity", "Krafton", "--format", "csv")
    assert (code, out) == (0, lines(
        "section,type,status,date,with,what,sources",
        "links,based in,,,Krafton; South Korea,,",
        "deals,partnership,signed,,OpenAI (party),OpenAI and Krafton: partnership,Aju Press 2025-05-26",
    ))


# Acme Limits Co, added to the seed store: three deals in 2024, 2025-02 and 2025-06 and two
# activities, so that a limit of one leaves out two deals and one activity.
LIMITS = """
dgr:acme-limits a dg:Company ; rdfs:label "Acme Limits Co" .
dgr:beta-limits a dg:Company ; rdfs:label "Beta Limits Co" .
dgr:limits-d1 a dg:Partnership ; rdfs:label "Acme and Beta: first deal" ;
    dg:party dgr:acme-limits, dgr:beta-limits ; dg:status dg:signed ; dg:date "2024" .
dgr:limits-d2 a dg:Integration ; rdfs:label "Acme and Beta: second deal" ;
    dg:party dgr:acme-limits, dgr:beta-limits ; dg:status dg:signed ; dg:date "2025-02" .
dgr:limits-d3 a dg:MemorandumOfUnderstanding ; rdfs:label "Acme and Beta: third deal" ;
    dg:party dgr:acme-limits, dgr:beta-limits ; dg:status dg:considering ; dg:date "2025-06" .
dgr:limits-a1 a dg:Opening ; rdfs:label "Acme opens an office" ; dg:agent dgr:acme-limits ;
    dg:status dg:planned ; dg:date "2025-01" .
dgr:limits-a2 a dg:Production ; rdfs:label "Acme makes widgets" ; dg:agent dgr:acme-limits ;
    dg:status dg:active .
"""


@pytest.fixture(scope="module")
def limits_store_path(make_store):
    return make_store("limits", inline_source(LIMITS, "limits"))


def test_entity_limit_keeps_the_newest_of_each_section_and_says_how_many_more(kg, limits_store_path):
    code, out, _ = kg("entity", "Acme Limits Co", "--limit", "1", store=limits_store_path)
    more = [line for line in out.splitlines() if line.startswith("... and")]
    assert code == 0 and more == [f"... and {n} more (all of them with --limit 0 or --format json)" for n in (2, 1)]
    deals = out.split("\nDeals\n")[1].splitlines()
    assert [row.split("  ")[0] for row in deals[2:4]] == ["memorandum of understanding", more[0]]
    code, out, _ = kg("entity", "Acme Limits Co", "--limit", "0", store=limits_store_path)
    deals = out.split("\nDeals\n")[1].split("\n\n")[0].splitlines()
    assert code == 0 and len(deals) == 2 + 3 and "more (all of them" not in out


def test_entity_json_limit_counts_what_it_leaves_out(kg, limits_store_path):
    code, out, _ = kg("entity", "Acme Limits Co", "--json", "--limit", "2", store=limits_store_path)
    profile = json.loads(out)
    assert code == 0 and profile["omitted"] == {"deals": 1}
    assert [d["date"] for d in profile["deals"]] == ["2025-06", "2025-02"]
    assert kg("entity", "Acme Limits Co", "--limit", "-1", store=limits_store_path)[0] == 2


# ---------------------------------------------------------------- kg ask

def test_ask_table(kg):
    assert kg("ask", "Who funds Stargate?") == (0, lines(
        "Stargate is funded by SoftBank.",
        "",
        "who       role    via                                        status  sources",
        "--------  ------  -----------------------------------------  ------  ----------------------------",
        "SoftBank  funder  Stargate: OpenAI with SoftBank and Oracle  active  RCR Wireless News 2025-09-10",
    ), "")


def test_ask_json_and_show_query(kg):
    code, out, _ = kg("ask", "who does Samsung partner with?", "--json", "--show-query")
    answer = json.loads(out)
    assert code == 0 and list(answer) == ["question", "understood_as", "summary", "answer", "queries", "notes"]
    assert answer["understood_as"] == "partners of Samsung Electronics"
    assert [(r["partner"], r["status"]) for r in answer["answer"]] == [("OpenAI", "in discussion"), ("OpenAI", "considering")]
    [query] = answer["queries"]
    assert "VALUES ?entity { <https://dealgraph.org/id/samsung-electronics> }" in query["sparql"]
    code, out, _ = kg("ask", "who does Samsung partner with?", "--show-query")
    shown = out.split("\nSPARQL:\n")[1]
    code, rows, _ = kg("sparql", shown, "--format", "csv")
    assert code == 0 and rows.splitlines()[1].startswith("OpenAI,OpenAI and Samsung Electronics")


def test_ask_without_rows_prints_the_summary(kg):
    assert kg("ask", "who partners with Jason Kwon?") == (0, "No deals of Jason Kwon are recorded.\n\n", "")


def test_ask_a_typo_is_read_and_noted(kg):
    code, out, err = kg("ask", "who partners with Samsng?")
    assert (code, err) == (0, "note: read 'samsng' as Samsung Electronics\n")
    assert out.startswith("Samsung Electronics has 1 partner: OpenAI.")


def test_ask_unmappable_question_exits_1_with_three_suggestions(kg):
    code, out, err = kg("ask", "Is it going to rain?")
    assert (code, out) == (1, "")
    assert err.startswith("Error: cannot map 'Is it going to rain?' to a query")
    assert err.count("\n") == 1 and err.count(" / ") == 2


# ---------------------------------------------------------------- help

@pytest.mark.parametrize("command", ["partners", "entity", "path", "rank", "ask"])
def test_help_has_an_example(kg, command):
    code, out, _ = kg(command, "--help")
    assert code == 0 and "Example:" in out and f"kg {command}" in out.split("Example:")[1]


def test_rank_says_when_betweenness_is_sampled(kg, monkeypatch):
    import graph.answers.rank

    monkeypatch.setattr(graph.answers.rank, "EXACT_BETWEENNESS_NODES", 10)
    monkeypatch.setattr(graph.answers.rank, "BETWEENNESS_SAMPLE", 20)
    monkeypatch.setattr(graph.answers.rank, "BETWEENNESS_MIN", 20)
    code, out, err = kg("rank", "--by", "betweenness", "--json")
    result = json.loads(out)
    nodes = result["nodes"]  # the bundled graph's count: tests/test_rank.py counts a small graph's
    assert (code, result["exact"], result["sample"]) == (0, False, 20) and nodes > 20
    assert err == f"note: betweenness estimated from 20 of {nodes} nodes\n"


def test_ask_says_how_a_question_naming_no_one_was_read(kg):
    code, out, err = kg("ask", "Is the data center a done deal?")
    assert (code, err) == (0, "note: read as: yes/no: plans of OpenAI\n")
    assert out.startswith("Not yet: considering.")
