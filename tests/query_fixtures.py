"""A tiny store of our own for the query side: two firms that share an alias, and a planned
deal that a later signed one supersedes."""

from __future__ import annotations

import pyoxigraph as ox

TWINS_TTL = """
@prefix dg: <https://dealgraph.org/ontology#> .
@prefix dgr: <https://dealgraph.org/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix schema: <https://schema.org/> .
@prefix prov: <http://www.w3.org/ns/prov#> .

dgr:apex-robotics a dg:Company ; rdfs:label "Apex Robotics"@en ; skos:altLabel "Apex"@en .
dgr:apex-capital a dg:Bank ; rdfs:label "Apex Capital"@en ; skos:altLabel "Apex"@en .
dgr:tiny-wire a dg:NewsOutlet ; rdfs:label "Tiny Wire"@en .

dgr:src-tiny-1 a dg:Article ; schema:datePublished "2024-04-01"^^xsd:date ; dg:outlet dgr:tiny-wire .
dgr:src-tiny-2 a dg:Article ; schema:datePublished "2024-12-01"^^xsd:date ; dg:outlet dgr:tiny-wire .

dgr:deal-apex-plan a dg:Partnership ; rdfs:label "Apex firms plan to work together"@en ;
    dg:party dgr:apex-robotics, dgr:apex-capital ; dg:status dg:planned ;
    dg:date "2024-03"^^xsd:gYearMonth ; dg:asOf "2024-04-01"^^xsd:date ;
    prov:wasDerivedFrom dgr:src-tiny-1 .

dgr:deal-apex-venture a dg:JointVenture ; rdfs:label "Apex firms sign a joint venture"@en ;
    dg:investor dgr:apex-capital ; dg:party dgr:apex-robotics ; dg:status dg:signed ;
    dg:date "2024-11-15"^^xsd:date ; dg:asOf "2024-12-01"^^xsd:date ;
    dg:supersedes dgr:deal-apex-plan ; prov:wasDerivedFrom dgr:src-tiny-2 .
"""


def twin_store(path):
    """The bundled seed graph plus the twins, on disk at `path` (left open)."""
    from graph.store.embedded import Store

    store = Store.open(path)
    store.add_source("tiny-twins", list(ox.parse(TWINS_TTL.encode(), ox.RdfFormat.TURTLE)))
    return store
