"""Entity profiles: which section each relationship goes in, the order within a section and
what a limit keeps, on a small inline graph; and, on purpose, a few profiles of the bundled
graph (expected values read from graph/data/*.ttl)."""

import pytest

from conftest import small_store
from graph.answers.profile import SECTION_OF_CLASS, entity_profile, profile_rows, profile_text
from graph.answers.vocabulary import class_tree
from graph.model.namespaces import DG, DGR

# Acme is a party to three deals (two with dates), employs Pat, plans an opening, meets Beta,
# is the market of a statistic, the subject of a deal between others, and the Ledger reports
# one of its deals.
SMALL = """
dgr:acme a dg:Company ; rdfs:label "Acme" .
dgr:beta a dg:Company ; rdfs:label "Beta" .
dgr:gamma a dg:Company ; rdfs:label "Gamma" .
dgr:pat a dg:Person ; rdfs:label "Pat Lee" .
dgr:ledger a dg:NewsOutlet ; rdfs:label "The Ledger" .
dgr:d1 a dg:Partnership ; rdfs:label "Acme and Beta: partnership" ; dg:party dgr:acme, dgr:beta ;
    dg:status dg:signed ; dg:date "2025-03" .
dgr:d2 a dg:MemorandumOfUnderstanding ; rdfs:label "Acme and Beta: memorandum" ;
    dg:party dgr:acme, dgr:beta ; dg:status dg:considering ; dg:date "2025-06" .
dgr:d3 a dg:Partnership ; rdfs:label "Acme and Gamma: undated partnership" ; dg:party dgr:acme, dgr:gamma ;
    dg:status dg:planned ; dg:reportedBy dgr:ledger .
dgr:d4 a dg:Investment ; rdfs:label "Beta invests in Gamma for Acme" ; dg:party dgr:beta, dgr:gamma ;
    dg:subject dgr:acme ; dg:status dg:announced .
dgr:p1 a dg:Position ; rdfs:label "Pat Lee at Acme" ; dg:person dgr:pat ; dg:organization dgr:acme ;
    dg:title "Chief Widget Officer" ; dg:status dg:active .
dgr:a1 a dg:Opening ; rdfs:label "Acme to open a Paris office" ; dg:agent dgr:acme ; dg:status dg:planned .
dgr:m1 a dg:Meeting ; rdfs:label "Acme meets Beta" ; dg:participant dgr:acme, dgr:beta .
dgr:s1 a dg:Statistic ; rdfs:label "Acme's market share" ; dg:market dgr:acme .
"""


@pytest.fixture(scope="module")
def small():
    return small_store(SMALL)


def labels(items):
    return sorted(item["label"] for item in items)


def test_each_relationship_goes_in_the_section_of_its_class_and_the_entitys_role(small):
    acme = entity_profile(small, "Acme")
    assert labels(acme["deals"]) == ["Acme and Beta: memorandum", "Acme and Beta: partnership",
                                     "Acme and Gamma: undated partnership"]
    assert labels(acme["positions"]) == ["Pat Lee at Acme"]
    assert labels(acme["activities"]) == ["Acme to open a Paris office"]
    assert labels(acme["meetings"]) == ["Acme meets Beta"]
    assert labels(acme["statistics"]) == ["Acme's market share"]
    assert labels(acme["about"]) == ["Beta invests in Gamma for Acme"]  # the subject, not a party
    assert acme["reported"] == []


def test_deals_are_newest_first_with_their_status_and_partners(small):
    deals = entity_profile(small, "Acme")["deals"]
    assert [(d["label"], d["status"], d["date"]) for d in deals] == [
        ("Acme and Beta: memorandum", "considering", "2025-06"),
        ("Acme and Beta: partnership", "signed", "2025-03"),
        ("Acme and Gamma: undated partnership", "planned", None)]
    assert [e["entity"] for e in deals[0]["with"]] == ["Beta"]
    assert deals[2]["reported_by"] == "The Ledger"


def test_an_outlet_lists_the_claims_it_reports(small):
    assert labels(entity_profile(small, "The Ledger")["reported"]) == ["Acme and Gamma: undated partnership"]


def test_a_limit_keeps_the_newest_of_each_section_and_counts_the_rest(small):
    acme = entity_profile(small, "Acme", limit=1)
    assert [d["label"] for d in acme["deals"]] == ["Acme and Beta: memorandum"]
    assert acme["omitted"] == {"deals": 2}


def test_every_kind_of_relationship_in_the_ontology_has_a_section(small):
    # The sections group the ontology's relationship classes (three kinds are activities); a
    # new kind of relationship must be given one here, or its items would read as 'about'.
    kinds = {iri for iri, info in class_tree(small).items() if DG.Relationship in info.supers
             and iri != DG.Relationship and not info.ancestors & set(SECTION_OF_CLASS) - {iri}}
    assert kinds == set(SECTION_OF_CLASS)


# ---------------------------------------------------------------- the bundled graph, on purpose


@pytest.fixture(scope="module")
def openai(query_store):
    return entity_profile(query_store, "OpenAI")


def test_profile_keys_are_stable(openai):
    assert list(openai) == ["iri", "label", "classes", "aliases", "summary", "sector", "same_as", "links",
                            "located_in", "figures", "positions", "deals", "activities", "meetings", "statistics",
                            "about", "reported", "sources"]


def test_what_openai_is(openai):
    assert (openai["label"], openai["classes"], openai["aliases"], openai["sector"]) == (
        "OpenAI", ["company"], ["오픈AI"], "artificial intelligence")
    assert openai["located_in"] == ["United States"]
    assert openai["same_as"] == ["http://www.wikidata.org/entity/Q21708200"]


def test_an_organizations_people(openai):
    [post] = openai["positions"]
    assert (post["title"], post["status"], post["with"]) == (
        "Chief Strategy Officer", "active", [{"role": "person", "entity": "Jason Kwon", "iri": DGR["jason-kwon"]}])


def test_deals_with_their_partners_and_status(openai):
    stargate = next(d for d in openai["deals"] if d["iri"] == DGR["deal-stargate"])
    assert stargate["role"] == "leadParty, technologyPartner"
    assert [(e["entity"], e["role"]) for e in stargate["with"]] == [
        ("SoftBank", "funder"), ("Oracle", "infrastructure partner"), ("Stargate", "subject")]
    samsung = {d["label"]: d["status"] for d in openai["deals"] if "Samsung" in d["label"]}
    assert samsung == {"OpenAI and Samsung Electronics: hardware chip partnership in motion": "in discussion",
                       "OpenAI open to expanding its partnership with Samsung Electronics": "considering"}


def test_activities_keep_considered_things_and_superseded_claims(openai):
    by_label = {a["label"]: a for a in openai["activities"]}
    data_centre = by_label["OpenAI weighs building a data centre in South Korea"]
    assert (data_centre["type"], data_centre["status"]) == ("Construction", "considering")
    planned = by_label["OpenAI to open a Seoul office"]
    assert (planned["status"], planned["superseded_by"]) == ("planned", [DGR["opening-openai-seoul-office-2025-09-10"]])
    chips = by_label["OpenAI to mass-produce its own AI chips with Broadcom"]
    assert (chips["status"], chips["date"], chips["reported_by"]) == ("planned", "2026", "Financial Times")


def test_offices_as_links_with_their_places(openai):
    offices = sorted((l["subject"], l["place"]) for l in openai["links"] if l["relation"] == "operated by")
    assert offices == [("OpenAI Brussels office", "Brussels"), ("OpenAI Dublin office", "Dublin"),
                       ("OpenAI London office", "London"), ("OpenAI Paris office", "Paris"),
                       ("OpenAI Seoul office", "Seoul"), ("OpenAI Singapore office", "Singapore"),
                       ("OpenAI Tokyo office", "Tokyo")]


def test_meetings_statistics_and_reported_claims(openai):
    assert labels(openai["meetings"]) == [
        "OpenAI talks with Lee Jae-yong and Chey Tae-won at the Korea-U.S. business roundtable"]
    assert labels(openai["statistics"]) == [
        "South Korea: among the top five markets for corporate use of OpenAI's paid services"]
    assert labels(openai["reported"]) == ["South Korea: second in paid ChatGPT subscriptions, after the United States"]


def test_sources_newest_first(openai):
    assert [(s["outlet"], s["published"]) for s in openai["sources"]] == [
        ("RCR Wireless News", "2025-09-10"), ("Aju Press", "2025-05-26")]


def test_a_persons_roles_and_meetings(query_store):
    kwon = entity_profile(query_store, "Jason Kwon")
    assert [(p["title"], [e["entity"] for e in p["with"]]) for p in kwon["positions"]] == [
        ("Chief Strategy Officer", ["OpenAI"])]
    assert labels(kwon["meetings"]) == [
        "Jason Kwon meets Democratic Party officials on South Korea's AI infrastructure agenda",
        "Jason Kwon meets People Power Party officials on South Korea's AI infrastructure agenda"]
    assert kwon["deals"] == [] and kwon["activities"] == []


def test_an_initiative_is_named_in_the_deals_about_it(query_store):
    stargate = entity_profile(query_store, "stargate project")
    assert labels(stargate["about"]) == ["Donald Trump unveils Stargate", "Stargate: OpenAI with SoftBank and Oracle"]
    assert sorted((l["subject"], l["relation"], l["object"]) for l in stargate["links"]) == [
        ("OpenAI for Countries", "part of", "Stargate"), ("Stargate", "led by", "OpenAI"),
        ("Stargate", "location", "United States")]


def test_an_outlet_lists_the_claims_attributed_to_it(query_store):
    ft = entity_profile(query_store, "FT")
    assert labels(ft["reported"]) == ["OpenAI and Broadcom: partnership on OpenAI's own AI chips",
                                      "OpenAI relies on Nvidia hardware",
                                      "OpenAI to mass-produce its own AI chips with Broadcom"]


def test_table_text_has_sections_and_plain_statuses(query_store):
    text = profile_text(query_store, entity_profile(query_store, "Samsung"))
    assert text.splitlines()[:6] == [
        "Samsung Electronics (company)",
        "  IRI:        https://dealgraph.org/id/samsung-electronics",
        "  aliases:    Samsung; Samsung Electronics Co.; 삼성전자",
        "  sector:     electronics and semiconductors",
        "  located in: Asia; South Korea",
        "  same as:    http://www.wikidata.org/entity/Q20718",
    ]
    assert "\nPositions\n" in text and "\nDeals\n" in text and "\nSources\n" in text
    assert "Activities" not in text


def test_csv_rows_flatten_every_section(query_store):
    rows = profile_rows(query_store, entity_profile(query_store, "SK"))
    assert [(r["section"], r["status"]) for r in rows] == [
        ("links", None), ("positions", "active"), ("deals", "in discussion"), ("deals", "considering")]


def test_figures_stated_about_an_initiative(query_store):
    figures = entity_profile(query_store, "Stargate")["figures"]
    assert [(f["what"], f["value"], f["unit"]) for f in figures] == [
        ("capacity", 4.5, "GW"), ("earmarked", 100000000000, "USD"), ("estimated cost", 500000000000, "USD")]
