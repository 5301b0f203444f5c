# The end of every write to the embedded store (graph/store/writes.py), in one transaction:
# removed sources go and staged ones take their place (the SOURCES marker: DROP and MOVE lines
# for the write's own graphs), the derived graph takes its pending changes, and the marks of
# unfinished work go.
#SOURCES
DROP SILENT GRAPH dgg:derived ;  # when: replace
DELETE { GRAPH dgg:derived { ?s ?p ?o } } WHERE { GRAPH dgp:derived-gone { ?s ?p ?o } } ;
ADD SILENT dgp:derived-added TO dgg:derived ;
DROP SILENT GRAPH dgp:derived-added ;
DROP SILENT GRAPH dgp:derived-gone ;
DELETE WHERE { GRAPH dgg:meta { ?graph dg:loadState ?state } }
