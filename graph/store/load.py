"""Read RDF files, validate them against the shapes, and store them as sources."""

from __future__ import annotations

import re
import threading
from concurrent.futures import ThreadPoolExecutor
from importlib import resources
from pathlib import Path

import pyoxigraph as ox

from graph.store import split as parts
from graph.model.errors import InvalidData
from graph.model.namespaces import RDF, RDFS, source_graph
from graph.store.embedded import (Store, check_source_name, first_line, ontology_file, parse_bytes,
                    syntax_position)

FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".turtle": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".json": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
    ".xml": ox.RdfFormat.RDF_XML,
    ".n3": ox.RdfFormat.N3,
}
# `kg add` reads its whole file into memory to validate it; larger files go through `kg load`.
ADD_LIMIT_BYTES = 200 * 1024 * 1024


def rdf_format(path: Path) -> ox.RdfFormat:
    """The RDF format of a file, from its extension."""
    try:
        return FORMATS[path.suffix.lower()]
    except KeyError:
        known = ", ".join(sorted(FORMATS))
        raise InvalidData(f"{path}: unknown RDF file extension {path.suffix!r} (use one of {known})") from None


def source_name_for(path: Path) -> str:
    """A source name from a file name: 'My Draft.ttl' -> 'my-draft'."""
    slug = re.sub(r"[^a-z0-9._-]+", "-", path.stem.lower()).strip("-.") or "source"
    return check_source_name(slug[:100])


def read_rdf(path: Path) -> tuple[bytes, ox.RdfFormat, list[ox.Quad]]:
    """Read and parse a whole RDF file; any problem is an InvalidData naming the file."""
    fmt = rdf_format(path)
    if not path.is_file():
        raise InvalidData(f"{path}: no such file")
    if path.stat().st_size > ADD_LIMIT_BYTES:
        raise InvalidData(f"{path}: file is larger than {ADD_LIMIT_BYTES >> 20} MB; use `kg load` for bulk files")
    data = path.read_bytes()
    return data, fmt, parse_bytes(data, fmt, str(path))


def shacl_violations(quads: list[ox.Quad], store: Store | None = None) -> list[str]:
    """SHACL messages for the quads, read together with the ontology and, for IRIs the
    quads mention, their types and labels as stored (so a draft may refer to known entities)."""
    import pyshacl
    import rdflib

    data = rdflib.Graph()
    data.parse(ontology_file(), format="turtle")
    known = as_triples(quads + stored_facts(quads, store))
    data.parse(data=ox.serialize(known, format=ox.RdfFormat.N_TRIPLES), format="nt")
    shapes = rdflib.Graph().parse(str(resources.files("graph") / "shapes.ttl"), format="turtle")
    conforms, report, _ = pyshacl.validate(data, shacl_graph=shapes, inference="none")
    return [] if conforms else violation_messages(report)


def stored_facts(quads: list[ox.Quad], store: Store | None) -> list[ox.Quad]:
    """Types and labels the store holds for the IRIs the quads mention."""
    if store is None:
        return []
    mentioned = {t for q in quads for t in (q.subject, q.object) if isinstance(t, ox.NamedNode)}
    facts = []
    for predicate in (ox.NamedNode(RDF.type), ox.NamedNode(RDFS.label)):
        facts += [q for iri in mentioned for q in store.ox.quads_for_pattern(iri, predicate, None, None)]
    return facts


def as_triples(quads: list[ox.Quad]) -> list[ox.Triple]:
    return list({ox.Triple(q.subject, q.predicate, q.object) for q in quads})


def violation_messages(report) -> list[str]:
    """'focus path: message' for each SHACL result, sorted."""
    from rdflib.namespace import SH

    lines = set()
    for result in report.subjects(SH.resultSeverity, SH.Violation):
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        message = report.value(result, SH.resultMessage)
        where = f"{short(focus)} {short(path)}" if path is not None else short(focus)
        lines.add(f"{where}: {message}")
    return sorted(lines)


def short(term) -> str:
    text = str(term)
    for prefix, iri in (("dgr:", "https://dealgraph.org/id/"), ("dg:", "https://dealgraph.org/ontology#")):
        if text.startswith(iri):
            return prefix + text[len(iri):]
    return f"<{text}>" if "://" in text else text


def validate_file(path: Path, store: Store | None = None) -> list[str]:
    """Parse a file and return its shape violations (empty when it conforms)."""
    _, _, quads = read_rdf(path)
    return shacl_violations(quads, store)


def refuse_violations(path: Path, violations: list[str]) -> None:
    if violations:
        details = "\n".join(f"  {v}" for v in violations)
        raise InvalidData(f"{path}: {len(violations)} shape violation(s); nothing was stored\n{details}")


def add_file(store: Store, path: Path, name: str | None = None, *, validate: bool = True,
             replace: bool = False) -> tuple[str, int]:
    """Validate a file and store it as one source graph, all or nothing."""
    _, _, quads = read_rdf(path)
    if not quads:  # as `kg load` refuses it: a source of nothing would be listed nowhere
        raise InvalidData(f"{path}: no triples in the file; nothing was stored")
    if validate:
        refuse_violations(path, shacl_violations(quads, store))
    name = name or source_name_for(path)
    return name, store.add_source(name, quads, replace=replace)


def load_files(store: Store, paths: list[Path], *, validate: bool = False, progress=None) -> dict[str, int]:
    """Bulk-load files as one new source each, all or nothing, then derive from them.

    Each file is streamed into the store (memory does not grow with the file). `progress(n)`
    is called with the byte count of each read. A syntax error in any file, an interruption,
    or a killed process leaves the store as it was (see Store.loading). Only the new sources
    are derived from; the rest of the derived graph is left as it is.
    """
    plans = load_plans(store, paths)
    if validate:
        for path, _, _ in plans:
            refuse_violations(path, validate_file(path, store))
    names = [name for _, _, name in plans]
    with store.loading(names) as write:
        for path, fmt, name in plans:
            load_one(store, path, fmt, name, progress)
        # Counting a large source's triples is a scan of its own: it runs while the shortcuts
        # are derived (the store reads on both cores).
        with ThreadPoolExecutor(1) as pool:
            sizes = pool.submit(source_sizes, store, plans)
            write.derive()
            return sizes.result()


def source_sizes(store: Store, plans: list[tuple[Path, ox.RdfFormat, str]]) -> dict[str, int]:
    """Triples per new source; a file that gave none is refused."""
    sizes = {}
    for path, _, name in plans:
        sizes[name] = store.triple_count(source_graph(name))
        if sizes[name] == 0:
            raise InvalidData(f"{path}: no triples in the file; nothing was stored")
    return sizes


def load_plans(store: Store, paths: list[Path]) -> list[tuple[Path, ox.RdfFormat, str]]:
    """(path, format, source name) per file, refusing what would fail half way."""
    plans, stored, taken = [], set(store.sources()), {}
    for path in paths:
        if path.is_dir():
            raise InvalidData(f"{path}: is a directory; name the files in it")
        fmt, name = rdf_format(path), source_name_for(path)
        if not path.is_file():
            raise InvalidData(f"{path}: no such file")
        if name in stored:
            raise InvalidData(f"{path}: source {name!r} is already stored; `kg remove {name}` first")
        if name in taken:
            raise InvalidData(f"{path}: {taken[name]} is loaded as source {name!r} too; rename one of them")
        taken[name] = path
        plans.append((path, fmt, name))
    return plans


def load_one(store: Store, path: Path, fmt: ox.RdfFormat, name: str, progress) -> None:
    """Stream one file into its source graph, an N-Triples file in parts side by side (see
    graph/parts.py). The first part that fails stops the others; its error names the file
    and the line in it."""
    pieces = parts.cut(path) if fmt == ox.RdfFormat.N_TRIPLES else [parts.whole(path)]
    cancel, lock = threading.Event(), threading.Lock()

    def report(count: int) -> None:
        with lock:
            progress(count)

    def load_part(part: parts.Part) -> None:
        try:
            with parts.PartReader(path, part, report if progress else None, cancel) as reader:
                store.bulk_load_source(name, reader, fmt)
        except BaseException:
            cancel.set()
            raise

    with ThreadPoolExecutor(min(len(pieces), parts.workers())) as pool:
        try:
            futures = [pool.submit(load_part, part) for part in pieces]
            errors = [(f.exception(), part) for f, part in zip(futures, pieces)]
        finally:
            cancel.set()  # an interrupted wait stops the parts still loading
    for err, part in errors:
        if err is not None and not isinstance(err, parts.Cancelled):
            raise load_error(path, err, part)


def load_error(path: Path, err: BaseException, part: parts.Part) -> BaseException:
    """The one-line error for a part that failed to load."""
    if isinstance(err, SyntaxError):
        position = syntax_position(err)  # "LINE: " in the part, or ""
        if position:
            position = f"{int(position[:-2]) + part.first_line - 1}: "
        message = parts.shift_lines(first_line(err), part.first_line)
        return InvalidData(f"{path}:{position}{message}; nothing was stored")
    if isinstance(err, (OSError, ValueError)):
        return InvalidData(f"{path}: {first_line(err)}; nothing was stored")
    return err
