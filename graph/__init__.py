"""dealgraph: a knowledge graph of companies, people and deals, built from news.

The Python API for notebooks and scripts. Open the embedded store (`open`), a SPARQL endpoint
(`connect`) or the bundled graph in memory (`bundled`); the `Graph` you get answers what the
`kg` commands answer, as plain values (lists of dicts):

>>> import graph
>>> kg = graph.bundled()
>>> [pair["b"] for pair in kg.partners("Kakao")]
['OpenAI']
>>> kg.entity("Kakao")["label"]
'Kakao'
>>> kg.close()

Also: `path`, `rank`, `ask`, `sparql`; `network()` (networkx), `dataset()` (rdflib), `page()`
(the interactive page, inline in Jupyter); `to_dataframe()` on any result when pandas is
installed. Nothing heavy is imported until it is used, so `import graph` is quick.
"""

from __future__ import annotations

__all__ = ["open", "connect", "bundled", "Graph", "Rows", "Record", "KgError"]


def open(path=None):  # noqa: A001 - graph.open(path) reads as the store being opened
    """The on-disk store at `path` (default: KG_STORE, else the per-user store), built from the
    bundled graph on first use. Close it (or use `with`) to let `kg` commands write to it."""
    from graph.api import Graph

    return Graph.open(path)


def connect(url: str, update_url: str | None = None):
    """A remote SPARQL 1.1 endpoint, asked the same queries as the embedded store (its default
    graph must be the union of its named graphs)."""
    from graph.api import Graph

    return Graph.connect(url, update_url)


def bundled():
    """The bundled seed graph in a store in memory: for trying things, nothing on disk."""
    from graph.api import Graph

    return Graph.bundled()


def __getattr__(name: str):
    if name in ("Graph", "Rows", "Record", "PageView"):
        from graph import api

        return getattr(api, name)
    if name == "KgError":
        from graph.model.errors import KgError

        return KgError
    raise AttributeError(f"module 'graph' has no attribute {name!r}")
