"""Small Turtle drafts written for the tests (no article text)."""

PREFIXES = """\
@prefix dg: <https://dealgraph.org/ontology#> .
@prefix dgr: <https://dealgraph.org/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix schema: <https://schema.org/> .
"""

VALID_DRAFT = PREFIXES + """
dgr:src-test a dg:Article ;
    schema:headline "Acme and OpenAI team up" ;
    dg:outlet dgr:test-wire ;
    schema:datePublished "2025-10-01"^^xsd:date ;
    dg:sha256 "0000000000000000000000000000000000000000000000000000000000000000" .
dgr:test-wire a dg:NewsOutlet ; rdfs:label "Test Wire"@en .
dgr:acme-robotics a dg:Company ; rdfs:label "Acme Robotics"@en .
dgr:deal-acme-openai a dg:Partnership ;
    rdfs:label "Acme Robotics and OpenAI partnership"@en ;
    dg:party dgr:acme-robotics, dgr:openai ;
    dg:status dg:signed ;
    dg:date "2025-09"^^xsd:gYearMonth ;
    dg:asOf "2025-10-01"^^xsd:date ;
    prov:wasDerivedFrom dgr:src-test ;
    dg:method dg:extracted ; dg:confidence 0.8 ;
    dg:evidence [ a oa:SpecificResource ; oa:hasSource dgr:src-test ;
                  oa:hasSelector [ a oa:TextPositionSelector ; oa:start 0 ; oa:end 24 ] ] .
"""

# The same deal with one party and no status: the shapes refuse it.
INVALID_DRAFT = VALID_DRAFT.replace("dg:party dgr:acme-robotics, dgr:openai ;", "dg:party dgr:acme-robotics ;") \
    .replace("    dg:status dg:signed ;\n", "")

MALFORMED_DRAFT = PREFIXES + """
dgr:acme-robotics a dg:Company ;
    rdfs:label "Acme Robotics"@en .
dgr:broken a dg:Company ;
    rdfs:label "unterminated .
"""
