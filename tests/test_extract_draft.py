"""The Turtle draft (valid, in the ontology, with evidence but no article text) and the JSON summary."""

import hashlib
import re
from pathlib import Path

import pyoxigraph as ox
import pytest

from datetime import date

from graph.extract.pipeline import ArticleMeta, extract_files, extract_texts
from graph.extract.gazetteer import Gazetteer
from graph.extract.text import Article
from graph.extract.draft import slugify, to_json, to_turtle, turtle_literal
from graph.store.load import shacl_violations
from graph.model.namespaces import DG, OA, PROV, RDF, RDFS

ARTICLES = Path(__file__).parent / "fixtures" / "articles"
DGR = "https://dealgraph.org/id/"


@pytest.fixture(scope="module")
def fixture_draft(query_store):
    paths = sorted(ARTICLES.glob("*.txt"))
    result = extract_files(query_store, paths, published="2025-10-01", outlet="Test Wire")
    text = to_turtle(result)
    return result, text, list(ox.parse(text.encode(), ox.RdfFormat.TURTLE))


def objects(quads, subject, predicate):
    return [q.object for q in quads if q.subject == subject and q.predicate == ox.NamedNode(predicate)]


def test_the_draft_satisfies_the_shapes(query_store, fixture_draft):
    _, _, quads = fixture_draft
    assert shacl_violations(quads, query_store) == []


def test_every_relationship_has_status_source_evidence_method_version_and_confidence(fixture_draft):
    _, _, quads = fixture_draft
    facts = [q.subject for q in quads if q.predicate == ox.NamedNode(DG.method)]
    assert len(facts) >= 15
    for fact in facts:
        assert objects(quads, fact, DG.method) == [ox.NamedNode(DG.extracted)]
        assert [o.value for o in objects(quads, fact, DG.extractorVersion)] == ["0.1.0"]
        assert len(objects(quads, fact, DG.status)) == 1 and len(objects(quads, fact, DG.asOf)) == 1
        assert 0 < float(objects(quads, fact, DG.confidence)[0].value) <= 1
        assert objects(quads, fact, PROV.wasDerivedFrom) and objects(quads, fact, DG.evidence)


def test_one_article_node_per_file_with_the_sha256_of_its_text(fixture_draft):
    result, _, quads = fixture_draft
    articles = [q.subject for q in quads if q.predicate == ox.NamedNode(RDF.type) and q.object == ox.NamedNode(DG.Article)]
    hashes = sorted(objects(quads, a, DG.sha256)[0].value for a in articles)
    expected = sorted(hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(ARTICLES.glob("*.txt")))
    assert hashes == expected and len(result.docs) == 4


def test_evidence_offsets_point_at_the_sentence_that_states_the_fact(fixture_draft):
    result, _, quads = fixture_draft
    texts = {doc.article.sha256: doc.article.text for doc in result.docs}
    sha_of = {q.subject: q.object.value for q in quads if q.predicate == ox.NamedNode(DG.sha256)}
    checked = 0
    for q in quads:
        if q.predicate != ox.NamedNode(DG.party):
            continue
        label = objects(quads, q.object, RDFS.label)
        if not label:
            continue  # a known entity: its label is in the store
        for evidence in objects(quads, q.subject, DG.evidence):
            source = objects(quads, evidence, OA.hasSource)[0]
            selector = objects(quads, evidence, OA.hasSelector)[0]
            start, end = (int(objects(quads, selector, OA[k])[0].value) for k in ("start", "end"))
            span = texts[sha_of[source]][start:end]
            names = [label[0].value] + [a.value for a in objects(quads, q.object, "http://www.w3.org/2004/02/skos/core#altLabel")]
            assert any(n in span for n in names), (names, span)
            checked += 1
    assert checked > 20


def test_the_article_text_is_never_written_into_the_draft(fixture_draft):
    result, text, _ = fixture_draft
    for doc in result.docs:
        sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", doc.article.text) if len(s.split()) > 6]
        assert sentences and not any(s in text for s in sentences)


def test_new_entities_get_slugs_and_known_ones_keep_their_iris(query_store, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Openai Robotics Inc. and OpenAI signed MoUs with Kestrel Telecom.", encoding="utf-8")
    result = extract_files(query_store, [path], published="2025-10-01", outlet="Test Wire")
    text = to_turtle(result)
    assert "dg:party dgr:openai-robotics-inc, dgr:kestrel-telecom" in text
    assert "dgr:openai, dgr:kestrel-telecom" in text
    assert "dgr:openai a dg:" not in text  # the store's entity is referred to, not restated


def test_a_slug_the_store_already_uses_is_not_reused():
    gazetteer = Gazetteer([(DGR + "zeta-labs", "Zeta Laboratories", True, "Company")])
    article = Article("a.txt", "Acme Robotics inked a deal with Zeta Labs.", "0" * 64)
    text = to_turtle(extract_texts(gazetteer, [(article, ArticleMeta(date(2025, 10, 1), outlet="Wire"))]))
    assert "dg:party dgr:acme-robotics, dgr:zeta-labs-2 ;" in text


def test_names_that_extend_a_known_one_are_new_unless_only_a_legal_form(query_store, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Kakao Corp and Zeta Labs teamed up. Stargate Holdings also works with Zeta Labs.",
                    encoding="utf-8")
    text = to_turtle(extract_files(query_store, [path], published="2025-10-01", outlet="Test Wire"))
    assert "dgr:stargate-holdings a dg:Company" in text
    assert "dg:party dgr:kakao, dgr:zeta-labs ;" in text  # "Kakao Corp" is the store's Kakao


def test_json_has_exactly_the_contract_keys(fixture_draft):
    result, _, _ = fixture_draft
    found = to_json(result)
    assert list(found) == ["entities", "roles", "deals"]
    assert all(list(e) == ["name", "type", "aliases"] for e in found["entities"])
    assert all(list(r) == ["person", "title", "organization"] for r in found["roles"])
    assert all(list(d) == ["type", "parties", "date", "status", "amount", "stake_percent", "capacity"]
               for d in found["deals"])


def test_an_empty_text_gives_a_draft_without_an_article(query_store, tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("", encoding="utf-8")
    text = to_turtle(extract_files(query_store, [path], published="2025-10-01"))
    assert "# ---- nothing extracted from" in text and "dg:Article" not in text
    assert list(ox.parse(text.encode(), ox.RdfFormat.TURTLE)) == []


def test_literals_and_slugs():
    assert turtle_literal('a "quoted"\\ line\n', lang="en") == '"a \\"quoted\\"\\\\ line\\n"@en'
    assert turtle_literal("bell\x07") == '"bell\\u0007"'
    assert slugify("Chey Tae-won") == "chey-tae-won"
    assert slugify("Procter & Gamble") == "procter-and-gamble"
    assert slugify("삼성") == "entity"
