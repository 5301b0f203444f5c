# What a SPARQL update wrote to the default graph joins the source `sparql-updates`, so that it
# is derived from, exported and removable like any other source (one transaction).
INSERT { GRAPH dgsrc:sparql-updates { ?s ?p ?o } } WHERE { ?s ?p ?o } ;
DELETE WHERE { ?s ?p ?o }
