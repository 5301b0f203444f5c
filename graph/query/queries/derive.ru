# Derive the shortcuts into the derived graph. Every WHERE reads the dataset given by the
# USING lines that graph/derive.py puts in place of the using marker: the source graphs to derive from,
# the ontology, and the derived graph itself (so later steps see earlier ones). A remote store
# runs it with no USING lines, over its default graph (the union of its graphs). The embedded
# store applies the same rules in Python (graph/derive.py); a test checks both agree.
# Each step first computes the small closure over the ontology in a subquery, then joins the
# data to it: a property path evaluated once per data row would cost minutes at a million triples.
PREFIX dg: <https://dealgraph.org/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>

# Full rebuilds start by dropping the derived graph (the marker below); incremental ones do not.
{drop}

# Types: every dg: superclass of a stated type, so `?x a dg:Organization` finds companies.
INSERT { GRAPH <https://dealgraph.org/graph/derived> { ?x a ?super } }
{using}
WHERE {
  { SELECT DISTINCT ?class ?super WHERE {
      ?class rdfs:subClassOf+ ?super .
      FILTER (STRSTARTS(STR(?super), STR(dg:)))
  } }
  ?x a ?class .
} ;

# Properties: every dg: super-property of a stated one, so dg:funder also reads as dg:party.
INSERT { GRAPH <https://dealgraph.org/graph/derived> { ?s ?super ?o } }
{using}
WHERE {
  { SELECT DISTINCT ?p ?super WHERE {
      ?p rdfs:subPropertyOf+ ?super .
      FILTER (STRSTARTS(STR(?super), STR(dg:)))
  } }
  ?s ?p ?o .
} ;

# dg:partnersWith between co-parties of a deal, in both directions.
INSERT { GRAPH <https://dealgraph.org/graph/derived> { ?a dg:partnersWith ?b } }
{using}
WHERE {
  ?deal dg:party ?a .
  ?deal dg:party ?b .
  FILTER (?a != ?b)
  ?deal a dg:Deal .
} ;

# dg:holdsPositionAt from positions.
INSERT { GRAPH <https://dealgraph.org/graph/derived> { ?person dg:holdsPositionAt ?org } }
{using}
WHERE {
  ?position dg:person ?person ; dg:organization ?org .
} ;

# dg:locatedIn: the transitive closure of stated locations and containing places.
INSERT { GRAPH <https://dealgraph.org/graph/derived> { ?x dg:locatedIn ?place } }
{using}
WHERE {
  ?x dg:location|dg:containedIn|dg:headquarters ?near .
  ?near dg:containedIn* ?place .
}
