"""scripts/synth.py: deterministic, exact in size, valid against the shapes, power-law parties."""

from __future__ import annotations

import io
import subprocess
import sys
from collections import Counter

import pyoxigraph as ox
import pytest

from scale_fixtures import SCRIPT, synth_module

from graph.store.load import shacl_violations
from graph.model.namespaces import DG, RDF

synth = synth_module()

DEAL_CLASSES = {DG[name] for name in synth.DEAL_TYPES}


def generate(triples: int, seed: int = 1, turtle: bool = False) -> str:
    out = io.StringIO()
    synth.generate(out, triples, seed, turtle=turtle)
    return out.getvalue()


def parse(text: str, fmt=ox.RdfFormat.N_TRIPLES) -> list[ox.Quad]:
    return list(ox.parse(text.encode(), fmt))


@pytest.fixture(scope="module")
def small() -> list[ox.Quad]:
    return parse(generate(4000, seed=7))


def test_same_seed_same_graph_other_seed_other_graph():
    assert generate(3000, seed=5) == generate(3000, seed=5)
    assert generate(3000, seed=5) != generate(3000, seed=6)


@pytest.mark.parametrize("triples", [2500, 10_000, 54_321])
def test_writes_exactly_the_triples_asked_for(triples):
    text = generate(triples)
    assert text.count("\n") == triples
    assert len(set(parse(text))) == triples


def test_turtle_states_the_same_graph_as_n_triples():
    nt = parse(generate(3000, seed=2))
    ttl = parse(generate(3000, seed=2, turtle=True), ox.RdfFormat.TURTLE)
    named = lambda quads: {q for q in quads if not isinstance(q.subject, ox.BlankNode)  # noqa: E731
                           and not isinstance(q.object, ox.BlankNode)}
    assert len(ttl) == len(nt) == 3000
    assert named(ttl) == named(nt)


def test_valid_against_the_shapes(small, seed_store):
    assert shacl_violations(small, seed_store) == []


def test_every_deal_type_with_two_to_four_parties(small):
    types = {q.subject: q.object.value for q in small if q.predicate.value == RDF.type}
    deals = {s for s, t in types.items() if t in DEAL_CLASSES}
    assert {types[d] for d in deals} == DEAL_CLASSES
    parties = Counter(q.subject for q in small if q.predicate.value == DG.party)
    assert {parties[d] for d in deals} <= {2, 3, 4}
    assert {2, 3, 4} <= {parties[d] for d in deals}


def test_party_popularity_follows_a_power_law(small):
    deals_per_party = Counter(q.object for q in small if q.predicate.value == DG.party)
    counts = sorted(deals_per_party.values(), reverse=True)
    # A hub: the top party is in many more deals than the median one.
    assert counts[0] >= 10 * counts[len(counts) // 2]


def test_claims_carry_dates_status_and_evidence(small):
    predicates = Counter(q.predicate.value for q in small)
    for iri in (DG.status, DG.asOf, DG.evidence, DG.method, DG.confidence, DG.date, DG.sha256,
                "http://www.w3.org/ns/oa#start", "http://www.w3.org/ns/prov#wasDerivedFrom"):
        assert predicates[iri] > 0, iri
    datatypes = {q.object.datatype.value.rsplit("#")[-1] for q in small
                 if q.predicate.value == DG.date}
    assert datatypes == {"date", "gYearMonth", "gYear"}


def test_command_line_writes_the_file_and_refuses_too_few(tmp_path):
    out = tmp_path / "g.nt"
    done = subprocess.run([sys.executable, str(SCRIPT), "--triples", "3000", "--out", str(out), "--seed", "4"],
                          capture_output=True, text=True)
    assert done.returncode == 0
    assert done.stderr == f"wrote 3000 triples to {out}\n"
    assert out.read_text() == generate(3000, seed=4)
    small = subprocess.run([sys.executable, str(SCRIPT), "--triples", "50", "--out", str(out)],
                           capture_output=True, text=True)
    assert small.returncode == 1
    assert small.stderr.startswith("Error: 50 triples is too few")
