"""Entity profiles of a hub in a small synthetic graph (scripts/synth.py): a limit keeps the
newest items of each section unchanged, reading in many small blocks gives the same profile,
and a relationship that is a blank node is profiled like any other."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from scale_fixtures import write_synth

from graph.store.load import load_files
from graph.answers import profile
from graph.answers.profile import LIMITED, SECTIONS, Words, entity_profile, entity_roles
from graph.store.embedded import Store


@pytest.fixture(scope="module")
def synth_store(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("profile-synth")
    store = Store.open(tmp / "store")  # the ontology and the seed graph, then the synthetic one
    load_files(store, [write_synth(tmp / "deals.nt", 20000, seed=1)])
    yield store
    store.close()


@pytest.fixture(scope="module")
def hub(synth_store) -> str:
    """The IRI of the party with most deals."""
    rows = synth_store.query("SELECT ?a (COUNT(?d) AS ?n) WHERE { ?d <https://dealgraph.org/ontology#party> ?a } "
                             "GROUP BY ?a ORDER BY DESC(?n) ?a LIMIT 1")
    return next(iter(rows))["a"].value


@pytest.fixture(scope="module")
def whole(synth_store, hub) -> dict:
    return entity_profile(synth_store, hub)


def test_a_limit_keeps_the_first_items_of_each_section_as_they_are(synth_store, hub, whole):
    cut = entity_profile(synth_store, hub, limit=3)
    assert len(whole["deals"]) > 3 and len(whole["links"]) > 3
    for section in LIMITED:
        assert cut[section] == whole[section][:3], section
    cited = {s for section in SECTIONS for item in cut[section] for s in item["sources"]}
    assert {card["iri"] for card in cut["sources"]} == cited
    assert cut["omitted"] == {s: len(whole[s]) - 3 for s in LIMITED if len(whole[s]) > 3}


def test_the_whole_profile_has_no_omitted_key_and_lists_every_deal(synth_store, hub, whole):
    deals = {row["d"].value for row in synth_store.query(
        "SELECT DISTINCT ?a ?d WHERE { ?d <https://dealgraph.org/ontology#party> ?a }", {"a": ox.NamedNode(hub)})}
    assert "omitted" not in whole and {d["iri"] for d in whole["deals"]} == deals
    assert all(d["with"] and d["sources"] and d["status"] for d in whole["deals"])


def test_small_and_large_blocks_read_the_same_profile(synth_store, hub, whole, monkeypatch):
    binding = {"entity": ox.NamedNode(hub)}
    linked, _ = entity_roles(synth_store, binding, Words(synth_store))
    assert len(linked) > 20
    monkeypatch.setattr(profile, "BLOCK", 7)  # many VALUES blocks, read two at a time
    assert entity_profile(synth_store, hub) == whole


BLANK_DEAL = """
@prefix dg: <https://dealgraph.org/ontology#> .
@prefix dgr: <https://dealgraph.org/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
dgr:quill-labs a dg:Company ; rdfs:label "Quill Labs"@en .
[] a dg:SupplyAgreement ; rdfs:label "Quill Labs supplies OpenAI"@en ;
   dg:supplier dgr:quill-labs ; dg:customer dgr:openai ; dg:status dg:signed ;
   dg:date "2025-03"^^xsd:gYearMonth ; prov:wasDerivedFrom dgr:src-aju-2025-05-26 .
"""


def test_a_blank_node_deal_is_listed_with_its_other_end(seed_store):
    seed_store.add_source("blank-deal", list(ox.parse(BLANK_DEAL.encode(), ox.RdfFormat.TURTLE)))
    [deal] = entity_profile(seed_store, "Quill Labs")["deals"]
    assert (deal["label"], deal["type"], deal["role"], deal["status"], deal["date"]) == (
        "Quill Labs supplies OpenAI", "SupplyAgreement", "supplier", "signed", "2025-03")
    assert deal["with"] == [{"role": "customer", "entity": "OpenAI", "iri": "https://dealgraph.org/id/openai"}]
    assert [s["outlet"] for s in entity_profile(seed_store, "Quill Labs")["sources"]] == ["Aju Press"]
