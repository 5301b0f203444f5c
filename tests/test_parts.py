"""graph/parts.py: a big N-Triples file is cut into parts loaded side by side, never between
two uses of a blank-node label, and the result is the graph a single stream gives."""

from __future__ import annotations

import re

import pyoxigraph as ox
import pytest
from scale_fixtures import write_synth

from graph.store import split as parts
from graph.model.errors import InvalidData
from graph.store.load import load_files
from graph.model.namespaces import source_graph
from graph.store.embedded import Store

P = "<https://example.org/p>"


@pytest.fixture
def small_parts(monkeypatch):
    """Cut files of a few kilobytes as the loader cuts files of hundreds of megabytes."""
    monkeypatch.setattr(parts, "MIN_SPLIT_BYTES", 0)
    monkeypatch.setattr(parts, "BLOCK_BYTES", 512)
    monkeypatch.setattr(parts, "PART_BYTES", 4096)


def labels_by_part(path, pieces) -> dict[bytes, set[int]]:
    data = path.read_bytes()
    seen: dict[bytes, set[int]] = {}
    for index, part in enumerate(pieces):
        for label in re.findall(rb"_:\w+", data[part.start:part.end]):
            seen.setdefault(label, set()).add(index)
    return seen


def test_parts_cover_the_file_in_order_with_their_line_numbers(small_parts, tmp_path):
    path = write_synth(tmp_path / "deals.nt", 3000)
    pieces = parts.cut(path)
    data = path.read_bytes()
    assert len(pieces) > 4
    assert [p.start for p in pieces[1:]] == [p.end for p in pieces[:-1]]
    assert (pieces[0].start, pieces[-1].end) == (0, len(data))
    for part in pieces:
        assert data[part.start - 1:part.start] in (b"", b"\n")  # whole lines only
        assert part.first_line == data[:part.start].count(b"\n") + 1


def test_no_blank_node_label_is_used_in_two_parts(small_parts, tmp_path):
    path = write_synth(tmp_path / "deals.nt", 3000)
    pieces = parts.cut(path)
    spread = {label: where for label, where in labels_by_part(path, pieces).items() if len(where) > 1}
    assert len(pieces) > 4 and spread == {}


def test_a_label_used_at_both_ends_leaves_the_file_whole(small_parts, tmp_path):
    lines = [f'<https://example.org/s{i}> {P} "{i}" .\n' for i in range(2000)]
    lines[0] = f"_:far {P} <https://example.org/o> .\n"
    lines[-1] = f"<https://example.org/o> {P} _:far .\n"
    path = tmp_path / "far.nt"
    path.write_text("".join(lines))
    assert parts.cut(path) == [parts.whole(path)]


def test_a_label_in_a_literal_only_makes_cuts_rarer(small_parts, tmp_path):
    lines = [f'<https://example.org/s{i}> {P} "{i}" .\n' for i in range(2000)]
    lines[10] = f'<https://example.org/a> {P} "see _:x" .\n'
    lines[1900] = f'<https://example.org/b> {P} "and _:x" .\n'
    path = tmp_path / "literal.nt"
    path.write_text("".join(lines))
    data, pieces = path.read_bytes(), parts.cut(path)

    def part_of(offset: int) -> int:
        return next(i for i, part in enumerate(pieces) if part.start <= offset < part.end)

    assert len(pieces) > 1  # cut after line 1900
    assert part_of(data.index(b"see _:x")) == part_of(data.index(b"and _:x"))


def canonical_source(store: Store, name: str) -> set[ox.Quad]:
    graph = ox.NamedNode(source_graph(name))
    dataset = ox.Dataset(store.ox.quads_for_pattern(None, None, None, graph))
    dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
    return set(dataset)


def test_loading_in_parts_gives_the_graph_one_stream_gives(small_parts, tmp_path, monkeypatch):
    path = write_synth(tmp_path / "deals.nt", 3000)
    assert len(parts.cut(path)) > 4
    in_parts = Store.open(tmp_path / "parts")
    assert load_files(in_parts, [path]) == {"deals": 3000}
    monkeypatch.setattr(parts, "MIN_SPLIT_BYTES", 1 << 40)
    one_stream = Store.open(tmp_path / "one")
    load_files(one_stream, [path])
    assert canonical_source(in_parts, "deals") == canonical_source(one_stream, "deals")
    derived = "https://dealgraph.org/graph/derived"
    assert in_parts.triple_count(derived) == one_stream.triple_count(derived)


def test_a_syntax_error_in_a_later_part_names_its_line_in_the_file(small_parts, tmp_path, seed_store):
    good = write_synth(tmp_path / "good.nt", 3000).read_bytes().split(b"\n")
    good.insert(2500, b"<https://dealgraph.org/id/x> <https://dealgraph.org/ontology#party> broken .")
    path = tmp_path / "broken.nt"
    path.write_bytes(b"\n".join(good))
    pieces = parts.cut(path)
    assert pieces[0].end < path.read_bytes().index(b"broken")  # the error is not in the first part
    before = seed_store.triple_count(), seed_store.sources()
    with pytest.raises(InvalidData) as err:
        load_files(seed_store, [path])
    message = str(err.value)
    assert message.startswith(f"{path}:2501: ") and "line 2501" in message
    assert message.endswith("; nothing was stored") and "\n" not in message
    assert (seed_store.triple_count(), seed_store.sources()) == before


def test_progress_adds_up_to_the_file_across_parts(small_parts, tmp_path, seed_store):
    path = write_synth(tmp_path / "deals.nt", 3000)
    reads: list[int] = []
    load_files(seed_store, [path], progress=reads.append)
    assert sum(reads) == path.stat().st_size
