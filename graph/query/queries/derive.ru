# Derive the shortcuts into the derived graph. Every WHERE reads the dataset given by the
# USING lines that graph/store/derive.py puts in place of the USING markers: the source graphs to derive from,
# the ontology, and the derived graph itself (so later steps see earlier ones). A remote store
# runs it with no USING lines, over its default graph (the union of its graphs). The embedded
# store applies the same rules in Python (graph/store/derive.py); a test checks both agree.
# Each step first computes the small closure over the ontology in a subquery, then joins the
# data to it: a property path evaluated once per data row would cost minutes at a million triples.
# A closure starts one step in, from a bound node: Virtuoso refuses a path with both ends free.

# Full rebuilds start by dropping the derived graph; incremental ones do not.
DROP SILENT GRAPH dgg:derived ;  # when: drop

# Types: every dg: superclass of a stated type, so `?x a dg:Organization` finds companies.
INSERT { GRAPH dgg:derived { ?x a ?super } }
#USING
WHERE {
  { SELECT DISTINCT ?class ?super WHERE {
      ?class rdfs:subClassOf ?direct . ?direct rdfs:subClassOf* ?super .
      FILTER (STRSTARTS(STR(?super), STR(dg:)))
  } }
  ?x a ?class .
} ;

# Properties: every dg: super-property of a stated one, so dg:funder also reads as dg:party.
INSERT { GRAPH dgg:derived { ?s ?super ?o } }
#USING
WHERE {
  { SELECT DISTINCT ?p ?super WHERE {
      ?p rdfs:subPropertyOf ?direct . ?direct rdfs:subPropertyOf* ?super .
      FILTER (STRSTARTS(STR(?super), STR(dg:)))
  } }
  ?s ?p ?o .
} ;

# dg:partnersWith between co-parties of a deal, in both directions.
INSERT { GRAPH dgg:derived { ?a dg:partnersWith ?b } }
#USING
WHERE {
  ?deal dg:party ?a .
  ?deal dg:party ?b .
  FILTER (?a != ?b)
  ?deal a dg:Deal .
} ;

# dg:holdsPositionAt from positions.
INSERT { GRAPH dgg:derived { ?person dg:holdsPositionAt ?org } }
#USING
WHERE {
  ?position dg:person ?person ; dg:organization ?org .
} ;

# dg:locatedIn: the transitive closure of stated locations and containing places.
INSERT { GRAPH dgg:derived { ?x dg:locatedIn ?place } }
#USING
WHERE {
  ?x dg:location|dg:containedIn|dg:headquarters ?near .
  ?near dg:containedIn* ?place .
}
