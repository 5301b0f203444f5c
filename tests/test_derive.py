"""graph/derive.py applies the rules of graph/queries/derive.ru, in Python, with the same result."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from scale_fixtures import write_synth

from graph.store.derive import DERIVED, DerivedWriter, derive_update
from graph.store.writes import committed_sources
from graph.store.load import add_file, load_files
from graph.model.namespaces import DG

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

# Blank nodes where the big joins concatenate IRIs: an anonymous party, a deal with no IRI.
BLANKS = """
@prefix dg: <https://dealgraph.org/ontology#> .
@prefix dgr: <https://dealgraph.org/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
dgr:deal-anon a dg:Partnership ; dg:party dgr:openai, _:anon ; dg:funder dgr:kakao .
_:anon a dg:Company ; rdfs:label "Anon"@en ; dg:headquarters dgr:test-city .
_:deal a dg:JointVenture ; dg:party dgr:openai, dgr:kakao .
dgr:test-city a dg:City ; rdfs:label "Test City"@en ; dg:containedIn dgr:south-korea .
_:post a dg:Position ; dg:person dgr:jason-kwon ; dg:organization _:anon .
dgr:deal-lit a dg:Partnership ; dg:party dgr:openai, "A party named only" ; dg:funder "A fund named only" .
_:post2 a dg:Position ; dg:person "Someone unnamed" ; dg:organization dgr:kakao .
dgr:lit-office dg:location "Somewhere" .
"""


def derived(store) -> set[ox.Quad]:
    return set(store.ox.quads_for_pattern(None, None, None, DERIVED))


def stated(store) -> set[ox.Quad]:
    return {ox.Quad(q.subject, q.predicate, q.object, DERIVED)
            for graph in source_graph_iris(store)
            for q in store.ox.quads_for_pattern(None, None, None, ox.NamedNode(graph))}


def test_python_rules_match_the_sparql_rules(seed_store, tmp_path):
    (tmp_path / "blanks.ttl").write_text(BLANKS)
    load_files(seed_store, [write_synth(tmp_path / "synth.nt", 3000, seed=2), tmp_path / "blanks.ttl"])
    python = derived(seed_store)
    seed_store.ox.update(derive_update(source_graph_iris(seed_store), drop_first=True))
    sparql = derived(seed_store)
    # The SPARQL rules also restate what a source states already; Python leaves that out.
    assert sparql - stated(seed_store) == python
    partners = {(q.subject, q.object) for q in python if q.predicate.value.endswith("#partnersWith")}
    anon = next(q.subject for q in stated(seed_store) if q.object == ox.Literal("Anon", language="en"))
    assert (anon, ox.NamedNode("https://dealgraph.org/id/kakao")) in partners
    # Literal parties (bad data, loaded without --validate) are objects, never subjects.
    assert (ox.NamedNode("https://dealgraph.org/id/openai"), ox.Literal("A fund named only")) in partners
    assert not any(isinstance(q.subject, ox.Literal) for q in python)


def test_full_rebuild_equals_incremental_derive(seed_store, tmp_path):
    load_files(seed_store, [write_synth(tmp_path / "a.nt", 2500, seed=4)])
    load_files(seed_store, [write_synth(tmp_path / "b.ttl", 2500, seed=5)])
    incremental = derived(seed_store)
    seed_store.derive()
    assert derived(seed_store) == incremental


def test_many_small_chunks_write_the_same_graph(seed_store, tmp_path, monkeypatch):
    (tmp_path / "blanks.ttl").write_text(BLANKS)
    load_files(seed_store, [write_synth(tmp_path / "synth.nt", 3000, seed=6), tmp_path / "blanks.ttl"])
    in_one_chunk = derived(seed_store)
    monkeypatch.setattr(DerivedWriter, "CHUNK_LINES", 37)
    monkeypatch.setattr(DerivedWriter, "PENDING", 1)
    seed_store.derive()
    assert derived(seed_store) == in_one_chunk
    assert len(in_one_chunk) > 20 * 37


OLDER = """
@prefix dg: <https://dealgraph.org/ontology#> .
@prefix dgr: <https://dealgraph.org/id/> .
dgr:x-deal a dg:Partnership ; dg:party dgr:alpha-co, dgr:beta-co .
dgr:x-post a dg:Position ; dg:person dgr:x-person .
dgr:x-office dg:location dgr:x-town .
"""
NEWER = """
@prefix dg: <https://dealgraph.org/ontology#> .
@prefix dgr: <https://dealgraph.org/id/> .
dgr:x-deal dg:funder dgr:gamma-co .
dgr:x-post dg:organization dgr:alpha-co .
dgr:x-town dg:containedIn dgr:x-province .
dgr:x-province dg:containedIn dgr:south-korea .
"""


def write_sources(tmp_path) -> tuple:
    (tmp_path / "older.ttl").write_text(OLDER)
    (tmp_path / "newer.ttl").write_text(NEWER)
    return tmp_path / "older.ttl", tmp_path / "newer.ttl"


def has(quads: set, subject: str, predicate: str, obj: str) -> bool:
    x = "https://dealgraph.org/id/"
    return ox.Quad(ox.NamedNode(x + subject), ox.NamedNode(predicate), ox.NamedNode(x + obj), DERIVED) in quads


@pytest.mark.parametrize("how", ["add", "load"])
def test_a_new_source_joins_with_what_older_sources_state(seed_store, tmp_path, how):
    for path in write_sources(tmp_path):
        if how == "add":
            add_file(seed_store, path, validate=False)
        else:
            load_files(seed_store, [path])
    added = derived(seed_store)
    assert has(added, "gamma-co", DG.partnersWith, "alpha-co") and has(added, "beta-co", DG.partnersWith, "gamma-co")
    assert has(added, "x-person", DG.holdsPositionAt, "alpha-co")
    assert has(added, "x-office", DG.locatedIn, "x-province") and has(added, "x-office", DG.locatedIn, "south-korea")
    seed_store.derive()
    assert derived(seed_store) == added


def test_a_big_file_joins_with_a_small_store_and_a_small_file_with_a_big_one(seed_store, tmp_path):
    """Both ways of reading the other graphs' links (see Derivation.add_other_graphs_links)."""
    older, newer = write_sources(tmp_path)
    load_files(seed_store, [older])
    load_files(seed_store, [write_synth(tmp_path / "big.nt", 4000, seed=12), newer])
    load_files(seed_store, [write_synth(tmp_path / "bigger.nt", 9000, seed=13)])
    (tmp_path / "late.ttl").write_text(NEWER.replace("gamma-co", "delta-co").replace("x-province", "y-province"))
    load_files(seed_store, [tmp_path / "late.ttl"])
    loaded = derived(seed_store)
    assert has(loaded, "delta-co", DG.partnersWith, "beta-co")
    seed_store.derive()
    assert derived(seed_store) == loaded


HIERARCHY = """
@prefix dg: <https://dealgraph.org/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://example.org/Foundry> rdfs:subClassOf dg:Company .
<https://example.org/backer> rdfs:subPropertyOf dg:party .
"""
USES_HIERARCHY = """
@prefix dg: <https://dealgraph.org/ontology#> .
@prefix dgr: <https://dealgraph.org/id/> .
dgr:x-fab a <https://example.org/Foundry> .
dgr:x-deal a dg:Partnership ; dg:party dgr:alpha-co ; <https://example.org/backer> dgr:x-fab .
"""


@pytest.mark.parametrize("how", ["add", "load"])
def test_a_new_class_or_property_hierarchy_retypes_what_older_sources_state(seed_store, tmp_path, how):
    (tmp_path / "older.ttl").write_text(USES_HIERARCHY)
    (tmp_path / "axioms.ttl").write_text(HIERARCHY)
    for path in (tmp_path / "older.ttl", tmp_path / "axioms.ttl"):
        if how == "add":
            add_file(seed_store, path, validate=False)
        else:
            load_files(seed_store, [path])
    added = derived(seed_store)
    fab = ox.NamedNode("https://dealgraph.org/id/x-fab")
    assert ox.Quad(fab, ox.NamedNode(RDF_TYPE), ox.NamedNode(DG.Organization), DERIVED) in added
    assert has(added, "x-deal", DG.party, "x-fab") and has(added, "alpha-co", DG.partnersWith, "x-fab")
    seed_store.derive()
    assert derived(seed_store) == added


SITE = """
@prefix dg: <https://dealgraph.org/ontology#> .
@prefix dgr: <https://dealgraph.org/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://example.org/site> rdfs:subPropertyOf dg:location .
dgr:x-plant <https://example.org/site> dgr:x-town .
dgr:y-deal a dg:JointVenture .
"""
Y_PARTIES = """
@prefix dg: <https://dealgraph.org/ontology#> .
@prefix dgr: <https://dealgraph.org/id/> .
dgr:y-deal dg:party dgr:alpha-co, dgr:delta-co .
"""


def fresh_derived(tmp_path, files: list) -> set[ox.Quad]:
    """The derived graph of a new store given `files` (one load each, in order)."""
    from graph.store.embedded import Store

    store = Store.open(tmp_path / "fresh-store")
    for path in files:
        load_files(store, [path])
    try:
        return derived(store)
    finally:
        store.close()


def test_removing_a_source_takes_away_what_only_it_implied(seed_store, tmp_path):
    """A rebuild changes only what differs, so what the removed source alone implied (its
    deal types, a super-property of dg:location, a partner through a deal only it typed) must
    not survive in the derived graph it rebuilds."""
    older, newer = write_sources(tmp_path)
    (tmp_path / "site.ttl").write_text(SITE)
    (tmp_path / "y-parties.ttl").write_text(Y_PARTIES)
    for path in (older, newer, tmp_path / "site.ttl", tmp_path / "y-parties.ttl"):
        load_files(seed_store, [path])
    added = derived(seed_store)
    assert has(added, "x-plant", DG.locatedIn, "x-province") and has(added, "alpha-co", DG.partnersWith, "delta-co")
    seed_store.remove_source("site")
    left = derived(seed_store)
    assert not has(left, "x-plant", DG.locatedIn, "x-province")
    assert not has(left, "alpha-co", DG.partnersWith, "delta-co")
    assert left == fresh_derived(tmp_path, [older, newer, tmp_path / "y-parties.ttl"])
    seed_store.remove_source("newer")
    assert derived(seed_store) == fresh_derived(tmp_path / "again", [older, tmp_path / "y-parties.ttl"])


def test_removing_the_biggest_source_drops_and_rewrites_the_derived_graph(seed_store, tmp_path):
    load_files(seed_store, [write_synth(tmp_path / "big.nt", 4000, seed=21)])
    before = derived(seed_store)
    seed_store.remove_source("big")
    after = derived(seed_store)
    assert len(after) < len(before) / 2
    assert after == fresh_derived(tmp_path, [])


def source_graph_iris(store) -> list[str]:
    return [graph.value for graph in committed_sources(store.ox)]
