"""Entity profiles on the bundled graph (expected values read from graph/data/*.ttl)."""

import pytest

from graph.model.namespaces import DGR
from graph.answers.profile import entity_profile, profile_rows, profile_text


@pytest.fixture(scope="module")
def openai(query_store):
    return entity_profile(query_store, "OpenAI")


def labels(items):
    return sorted(item["label"] for item in items)


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
    assert len(openai["deals"]) == 11
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
