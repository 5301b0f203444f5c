"""The ontology parses with both engines, and every term is labelled, defined and aligned."""

import pyoxigraph as ox
import rdflib
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from graph.model.namespaces import DG
from graph.store.embedded import ontology_file

DGNS = rdflib.Namespace(DG)


def ontology() -> rdflib.Graph:
    return rdflib.Graph().parse(ontology_file(), format="turtle")


def terms(graph, kinds):
    return {s for kind in kinds for s in graph.subjects(RDF.type, kind) if str(s).startswith(DG)}


def test_parses_with_pyoxigraph_too():
    quads = list(ox.parse(path=str(ontology_file()), format=ox.RdfFormat.TURTLE))
    assert len(quads) == len(ontology())


def test_every_class_and_property_has_label_and_definition():
    graph = ontology()
    kinds = [OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty]
    missing = [t for t in terms(graph, kinds)
               if graph.value(t, RDFS.label) is None or graph.value(t, SKOS.definition) is None]
    assert missing == []


def test_every_class_is_aligned_to_a_standard_or_a_dealgraph_class():
    graph = ontology()
    unaligned = [c for c in terms(graph, [OWL.Class]) if graph.value(c, RDFS.subClassOf) is None]
    assert unaligned == []


def test_relationship_classes_declare_their_ends():
    graph = ontology()
    for cls in (DGNS.Deal, DGNS.Position, DGNS.Meeting, DGNS.Activity):
        assert graph.value(cls, DGNS.edgeSource) is not None, cls
        assert graph.value(cls, DGNS.edgeTarget) is not None, cls


def test_claim_status_scheme_orders_every_status():
    graph = ontology()
    statuses = set(graph.objects(DGNS.ClaimStatus, SKOS.hasTopConcept))
    labels = {str(graph.value(s, SKOS.prefLabel)) for s in statuses}
    assert labels == {"considering", "in discussion", "planned", "announced", "signed",
                      "active", "completed", "cancelled"}
    notations = sorted(int(graph.value(s, SKOS.notation)) for s in statuses)
    assert notations == list(range(1, 9))


def test_deal_roles_are_sub_properties_of_party():
    graph = ontology()
    roles = set(graph.subjects(RDFS.subPropertyOf, DGNS.party))
    assert {DGNS.funder, DGNS.supplier, DGNS.investor, DGNS.leadParty} <= roles
