"""Every IRI the project uses, defined once.

>>> DG.Deal
'https://dealgraph.org/ontology#Deal'
>>> resource("openai")
'https://dealgraph.org/id/openai'
"""

ONTOLOGY = "https://dealgraph.org/ontology#"
RESOURCE = "https://dealgraph.org/id/"
GRAPHS = "https://dealgraph.org/graph/"


class Namespace(str):
    """A string IRI prefix whose attributes are the IRIs inside it."""

    def __getattr__(self, name: str) -> str:
        if name.startswith("__"):
            raise AttributeError(name)
        return self + name

    def __getitem__(self, name: str) -> str:
        return self + name


W3C = "http://www.w3.org/"

DG = Namespace(ONTOLOGY)
DGR = Namespace(RESOURCE)
RDF = Namespace(W3C + "1999/02/22-rdf-syntax-ns#")
RDFS = Namespace(W3C + "2000/01/rdf-schema#")
OWL = Namespace(W3C + "2002/07/owl#")
XSD = Namespace(W3C + "2001/XMLSchema#")
SKOS = Namespace(W3C + "2004/02/skos/core#")
ORG = Namespace(W3C + "ns/org#")
PROV = Namespace(W3C + "ns/prov#")
OA = Namespace(W3C + "ns/oa#")
SH = Namespace(W3C + "ns/shacl#")
SCHEMA = Namespace("https://schema.org/")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
WD = Namespace("http://www.wikidata.org/entity/")

# Named graphs: one for the ontology, one for derived shortcuts, one for store bookkeeping,
# and one per source below SOURCE_GRAPHS.
ONTOLOGY_GRAPH = GRAPHS + "ontology"
DERIVED_GRAPH = GRAPHS + "derived"
META_GRAPH = GRAPHS + "meta"
SOURCE_GRAPHS = GRAPHS + "source/"
# A writer's unfinished work (graph/store/writes.py): the derived graph's changes, a replaced
# source's new content. Readers never see these graphs.
PENDING_GRAPHS = GRAPHS + "pending/"
DERIVED_ADDED_GRAPH = PENDING_GRAPHS + "derived-added"
DERIVED_GONE_GRAPH = PENDING_GRAPHS + "derived-gone"

PREFIXES = {
    "dg": DG,
    "dgr": DGR,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "xsd": XSD,
    "skos": SKOS,
    "schema": SCHEMA,
    "org": ORG,
    "foaf": FOAF,
    "prov": PROV,
    "oa": OA,
    "wd": WD,
}


def resource(slug: str) -> str:
    """The IRI of a curated resource from its slug."""
    return DGR + slug


def source_graph(name: str) -> str:
    """The named graph that holds one source (an article or a loaded file)."""
    return SOURCE_GRAPHS + name


# The store's own graphs, for the project's queries only: no output abbreviates to them.
GRAPH_PREFIXES = {"dgg": GRAPHS, "dgsrc": SOURCE_GRAPHS, "dgp": PENDING_GRAPHS}


def sparql_prologue() -> str:
    """PREFIX lines for every namespace and the store's graphs, for queries written by hand:
    so `GRAPH dgg:ontology` in graph/query/queries/*.rq, not the graph's IRI again."""
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in {**PREFIXES, **GRAPH_PREFIXES}.items())
