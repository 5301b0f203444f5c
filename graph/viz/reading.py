"""Reading what to draw from the store: the class tree and statuses, aliases, the
relationships' sources and evidence, and quotes from local copies of the articles.

Each read names the nodes or relationships the page shows (VALUES blocks), so a page of a
few thousand nodes from a store of millions of triples reads a part of it.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from graph.answers.vocabulary import claim_statuses
from graph.model.errors import KgError
from graph.viz.context import CATEGORY_SHAPES, DEFAULT_SHAPE, Context, by_label, class_key

def store_context(store) -> Context:
    """The class tree and statuses, each in one query (aliases and sources come once the
    page's nodes and relationships are known: see `aliases`, `relationship_sources`)."""
    classes, shapes = class_keys(store)
    return Context(classes=classes, shapes=shapes, statuses=by_label(claim_statuses(store)))


def class_keys(store) -> tuple[dict[str, set[str]], dict[str, str]]:
    """Class label (and local name) -> keys of it and its superclasses, by their local names
    and labels; class label -> shape. --types may so name a standard's class too."""
    from graph.answers.resolve import local_name
    from graph.answers.vocabulary import class_tree

    tree = class_tree(store)
    keys: dict[str, set[str]] = {}
    supers: dict[str, set[str]] = {}
    for info in tree.values():
        names = {local_name(s) for s in info.supers} | {tree[s].label for s in info.supers if s in tree}
        for name in (info.label, info.name):
            keys.setdefault(name, set()).update(class_key(n) for n in names if n)
            supers.setdefault(name, set()).update(info.supers)
    shapes = {name: next((s for c, s in CATEGORY_SHAPES.items() if c in ancestors), DEFAULT_SHAPE)
              for name, ancestors in supers.items()}
    return keys, shapes


def aliases(store, entities: set[str] | None = None) -> dict[str, list[str]]:
    """Entity IRI -> its aliases, sorted; for the `entities` only, when given."""
    from graph.query.rows import read_rows

    found: dict[str, list[str]] = {}
    for row in read_rows(store, "viz-aliases", over=("entity", entities)):
        names = found.setdefault(row["entity"], [])
        if row["alias"] not in names:
            names.append(row["alias"])
    return {iri: sorted(names) for iri, names in found.items()}


def relationship_sources(store, wanted: set[str] | None = None, *, facts: dict | None = None,
                         spans: list[dict] | None = None) -> dict[str, dict]:
    """Relationship IRI -> its label and sources, each source with its evidence spans.

    Only the relationships in `wanted`, when given: a page of 500 nodes from a large store
    needs a small part of them. What the page shows of a source is read once per source.
    `facts` (network.relationship_facts) and `spans` (`evidence`) of the same relationships
    are used when the caller has read them.
    """
    from concurrent.futures import ThreadPoolExecutor

    from graph.query.rows import read_rows

    with ThreadPoolExecutor(1) as pool:  # the store answers both at once
        found = pool.submit(evidence, store, wanted) if spans is None else None
        if facts is None:
            facts = sourced(read_rows(store, "viz-sources", over=("rel", wanted)))
        spans = found.result() if found else spans
    known = source_details(store, {iri for f in facts.values() for iri in f["sources"]})
    order = {iri: (entry["published"] or "", iri) for iri, entry in known.items()}
    rels: dict[str, dict] = {}
    for iri, found in facts.items():
        if found["sources"]:  # oldest source first
            listed = sorted(found["sources"], key=lambda source: order.get(source, ("", source)))
            rels[iri] = {"label": found["label"], "sources": {
                source: {**(known.get(source) or unknown_source(source)), "spans": []} for source in listed}}
    for row in spans:
        rel = rels.setdefault(row["rel"], {"label": None, "sources": {}})
        source = row["source"] or ""
        entry = rel["sources"].get(source) or rel["sources"].setdefault(source, unknown_source(source))
        span = [int(row["start"]), int(row["end"])]
        if span not in entry["spans"]:
            entry["spans"].append(span)
    return {iri: {"label": r["label"], "sources": list(r["sources"].values())} for iri, r in rels.items()}


def sourced(rows: list[dict]) -> dict[str, dict]:
    """viz-sources rows as relationship IRI -> {"label", "sources"} (each source once)."""
    found: dict[str, dict] = {}
    for row in rows:
        entry = found.setdefault(row["rel"], {"label": row["relLabel"], "sources": []})
        if row["source"] not in entry["sources"]:
            entry["sources"].append(row["source"])
    return found


def evidence(store, wanted: set[str] | None = None) -> list[dict]:
    """Evidence rows (rel, source, start, end) of some relationships (every one's when
    `wanted` is None), by relationship and offsets."""
    from graph.query.rows import read_rows

    found = read_rows(store, "viz-evidence", over=("rel", wanted), every="viz-evidence-all")
    return sorted(found, key=lambda row: (row["rel"], int(row["start"]), int(row["end"])))


def source_details(store, sources: set[str]) -> dict[str, dict]:
    """Source IRI -> what the page shows of it (the first value of each, as read)."""
    from graph.query.rows import read_rows

    readable = None if any(s.startswith("_:") for s in sources) else sources
    found: dict[str, dict] = {}
    for row in read_rows(store, "viz-source-details", over=("source", readable)):
        found.setdefault(row["source"], {
            "iri": row["source"], "outlet": row["outlet"] or row["sourceLabel"],
            "published": row["published"], "url": row["url"], "headline": row["headline"],
            "sha256": row["sha256"], "spans": [],
        })
    return found


def unknown_source(iri: str) -> dict:
    return {"iri": iri, "outlet": None, "published": None, "url": None, "headline": None,
            "sha256": None, "spans": []}


def add_quotes(relationships: dict[str, dict], folder: str | Path) -> int:
    """Quote each evidence span from a local copy of its source's text; returns how many.

    A file counts as a source's text when the sha256 of its bytes is the source's dg:sha256;
    offsets are code points into it read as UTF-8 (as scripts/locate.py counts them).
    """
    by_hash = texts_by_sha256(Path(folder))
    quoted = 0
    for rel in relationships.values():
        for source in rel["sources"]:
            text = by_hash.get(source.get("sha256") or "")
            if text is not None and source["spans"]:
                source["quotes"] = [text[start:end] for start, end in source["spans"]]
                quoted += len(source["spans"])
    return quoted


def texts_by_sha256(folder: Path, limit: int = 50_000_000) -> dict[str, str]:
    """The UTF-8 files of a folder (not below it), by the sha256 of their bytes."""
    if not folder.is_dir():
        raise KgError(f"no folder {folder} to read article texts from")
    found: dict[str, str] = {}
    for path in sorted(folder.iterdir()):
        if not path.is_file() or path.stat().st_size > limit:
            continue
        data = path.read_bytes()
        try:
            found[hashlib.sha256(data).hexdigest()] = data.decode("utf-8")
        except UnicodeDecodeError:
            continue
    return found
