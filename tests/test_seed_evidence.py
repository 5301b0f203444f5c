"""Every evidence span of the seed graph exists in its article and names what it supports.

Reads the article texts from ../shared/seeds/ (they are not part of the project)."""

import hashlib

import pytest

from conftest import SEEDS
from graph.model.namespaces import sparql_prologue
from graph.answers.resolve import normalize

pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not beside the repo")

EVIDENCE = sparql_prologue() + """
SELECT ?claim ?source ?sha ?start ?end WHERE {
  ?claim dg:evidence ?ev .
  ?ev oa:hasSource ?source ; oa:hasSelector [ oa:start ?start ; oa:end ?end ] .
  ?source dg:sha256 ?sha .
}"""

# Names of what a claim is about: the labels and aliases of everything it links to, and for a
# quantity its number as written.
NAMES = sparql_prologue() + """
SELECT ?claim ?name WHERE {
  { ?claim ?p ?thing . ?thing rdfs:label|skos:altLabel ?name . FILTER (?p != prov:wasDerivedFrom && ?p != dg:reportedIn) }
  UNION { ?thing dg:amount|dg:capacity|dg:estimatedCost|dg:earmarked ?claim ; rdfs:label|skos:altLabel ?name }
  UNION { ?claim schema:value ?name }
}"""


def seed_texts() -> dict[str, str]:
    texts = {}
    for path in SEEDS.glob("*.txt"):
        text = path.read_bytes().decode("utf-8")
        texts[hashlib.sha256(text.encode("utf-8")).hexdigest()] = text
    return texts


def spans(store):
    return [(r["claim"].value, r["sha"].value, int(r["start"].value), int(r["end"].value))
            for r in store.query(EVIDENCE)]


def names_of(store, claim):
    import pyoxigraph as ox

    return {normalize(r["name"].value) for r in store.query(NAMES, {"claim": ox.NamedNode(claim)})}


def test_every_source_text_is_one_of_the_seeds(seed_store):
    texts = seed_texts()
    assert {sha for _, sha, _, _ in spans(seed_store)} == set(texts)


def test_every_span_lies_inside_its_text(seed_store):
    texts = seed_texts()
    found = spans(seed_store)
    assert len(found) >= 40
    for claim, sha, start, end in found:
        assert 0 <= start < end <= len(texts[sha]), claim


def test_every_span_names_what_it_supports(seed_store):
    texts = seed_texts()
    unsupported = []
    for claim, sha, start, end in spans(seed_store):
        span = normalize(texts[sha][start:end])
        names = {n for n in names_of(seed_store, claim) if n}
        if not any(name in span for name in names):
            unsupported.append((claim, texts[sha][start:end][:60]))
    assert unsupported == []


def test_claims_carry_the_date_of_their_source(seed_store):
    query = sparql_prologue() + """
    SELECT ?claim WHERE { ?claim prov:wasDerivedFrom ?src ; dg:asOf ?asOf .
                          ?src schema:datePublished ?published
                          FILTER NOT EXISTS { ?claim dg:asOf ?published } }"""
    assert list(seed_store.query(query)) == []
