"""The bulk load path (graph/load.py load_files, Store.loading): all or nothing, survives a
killed process, streams its input, derives only from what it added."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from scale_fixtures import write_synth

from graph.store.derive import DERIVED, PARTNERS_WITH
from graph.model.errors import InvalidData, StoreError
from graph.store.load import load_files
from graph.model.namespaces import DG, META_GRAPH
from graph.store.embedded import Store

KG = Path(sys.executable).parent / "kg"


def snapshot(store: Store) -> tuple[int, list[str], int]:
    """What must not change: triple count, sources, derived partner links."""
    partners = sum(1 for _ in store.ox.quads_for_pattern(None, PARTNERS_WITH, None, DERIVED))
    return store.triple_count(), store.sources(), partners


def broken_copy(good: Path, path: Path) -> Path:
    """`good` with one more line that does not parse, at the very end."""
    path.write_bytes(good.read_bytes() + b'<https://dealgraph.org/id/x> <https://dealgraph.org/ontology#party> "open .\n')
    return path


@pytest.fixture(scope="module")
def synth_2k(tmp_path_factory) -> Path:
    return write_synth(tmp_path_factory.mktemp("synth") / "deals.nt", 2000, seed=3)


def test_load_adds_one_source_and_its_derived_links(seed_store, synth_2k):
    before = snapshot(seed_store)
    assert load_files(seed_store, [synth_2k]) == {"deals": 2000}
    count, sources, partners = snapshot(seed_store)
    assert sources == sorted(before[1] + ["deals"])
    assert count > before[0] + 2000  # its triples and what they imply
    assert partners > before[2]


def test_broken_last_line_leaves_the_store_as_it_was(seed_store, synth_2k, tmp_path):
    before = snapshot(seed_store)
    broken = broken_copy(synth_2k, tmp_path / "broken.nt")
    with pytest.raises(InvalidData) as err:
        load_files(seed_store, [broken])
    assert str(err.value).startswith(f"{broken}:2001: ")
    assert str(err.value).endswith("; nothing was stored")
    assert snapshot(seed_store) == before
    meta = {q.predicate.value for q in seed_store.ox.quads_for_pattern(None, None, None, ox.NamedNode(META_GRAPH))}
    assert meta == {DG.builtFromBundle}


def test_a_broken_file_undoes_the_good_files_before_it(seed_store, synth_2k, tmp_path):
    before = snapshot(seed_store)
    broken = broken_copy(synth_2k, tmp_path / "later.nt")
    with pytest.raises(InvalidData):
        load_files(seed_store, [synth_2k, broken])
    assert snapshot(seed_store) == before


def test_refuses_before_writing_what_would_fail_half_way(seed_store, synth_2k, tmp_path):
    before = snapshot(seed_store)
    twin = tmp_path / "deals.nt"
    twin.write_bytes(synth_2k.read_bytes())
    with pytest.raises(InvalidData, match="is loaded as source 'deals' too"):
        load_files(seed_store, [synth_2k, twin])
    with pytest.raises(InvalidData, match="no such file"):
        load_files(seed_store, [synth_2k, tmp_path / "missing.nt"])
    (tmp_path / "empty.nt").write_text("")
    with pytest.raises(InvalidData, match="no triples in the file; nothing was stored"):
        load_files(seed_store, [synth_2k, tmp_path / "empty.nt"])
    assert snapshot(seed_store) == before
    load_files(seed_store, [synth_2k])
    with pytest.raises(InvalidData, match="already stored"):
        load_files(seed_store, [synth_2k])


def test_turtle_and_quad_formats_become_one_source_each(seed_store, tmp_path):
    ttl = write_synth(tmp_path / "turtle-deals.ttl", 2000, seed=9)
    nq = tmp_path / "quads.nq"
    nq.write_text('<https://dealgraph.org/id/a> <https://dealgraph.org/ontology#partOf> '
                  '<https://dealgraph.org/id/b> <https://elsewhere.example/g> .\n')
    assert load_files(seed_store, [ttl, nq]) == {"turtle-deals": 2000, "quads": 1}
    graphs = {g.value for g in seed_store.ox.named_graphs()}
    assert "https://elsewhere.example/g" not in graphs


def test_incremental_derive_equals_a_full_rebuild(seed_store, synth_2k):
    load_files(seed_store, [synth_2k])
    incremental = set(seed_store.ox.quads_for_pattern(None, None, None, DERIVED))
    seed_store.derive()
    assert set(seed_store.ox.quads_for_pattern(None, None, None, DERIVED)) == incremental


def test_reads_are_chunked_never_the_whole_file(seed_store, tmp_path):
    big = write_synth(tmp_path / "chunks.nt", 20_000)
    reads: list[int] = []
    load_files(seed_store, [big], progress=reads.append)
    assert sum(reads) == big.stat().st_size
    assert max(reads) <= 1 << 20 < big.stat().st_size


LOADER = textwrap.dedent("""
    import json, resource, sys
    from pathlib import Path
    from graph.store.load import load_files
    from graph.store.embedded import Store
    store = Store.open(sys.argv[1])
    load_files(store, [Path(sys.argv[2])])
    print(json.dumps(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))
""")


def peak_memory_kb(store: Path, data: Path) -> int:
    done = subprocess.run([sys.executable, "-c", LOADER, str(store), str(data)],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def test_memory_grows_far_less_than_the_data(tmp_path):
    """Twenty times the triples, a few times the peak memory (the engine buffers its writes
    in batches; the file itself is never held)."""
    small = peak_memory_kb(tmp_path / "s1", write_synth(tmp_path / "small.nt", 5_000))
    large = peak_memory_kb(tmp_path / "s2", write_synth(tmp_path / "large.nt", 100_000))
    assert large < 5 * small


def wait_for_loading_mark(store: Path, process: subprocess.Popen, timeout: float = 60) -> None:
    """Until the loader has marked its graph (it is writing from then on)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None:
        try:
            view = ox.Store.read_only(str(store))
            if any(view.quads_for_pattern(None, ox.NamedNode(DG.loadState), None, None)):
                return
        except (OSError, RuntimeError):  # the writer replaced a file while we read its manifest
            pass
        time.sleep(0.05)
    raise AssertionError("the loader never started writing")


def test_killed_load_reopens_with_the_previous_content(tmp_path):
    path = tmp_path / "store"
    store = Store.open(path)
    before = snapshot(store)
    store.close()
    big = write_synth(tmp_path / "big.nt", 400_000)
    env = {**os.environ, "KG_STORE": str(path)}
    process = subprocess.Popen([str(KG), "load", str(big)], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    wait_for_loading_mark(path, process)
    time.sleep(0.5)
    process.send_signal(signal.SIGKILL)
    out, _ = process.communicate()
    assert process.returncode == -signal.SIGKILL
    assert out == b""  # killed before it could report a finished load
    recovered = subprocess.run([str(KG), "remove", "entities"], env=env, capture_output=True, text=True, timeout=120)
    lines = recovered.stderr.splitlines()  # the next writer undoes the load and says so, step by step
    assert lines[0].startswith("recovering the store: undoing an unfinished write (")
    assert any(line.strip().startswith("1/") and "dropped https://dealgraph.org/graph/" in line for line in lines)
    assert re.fullmatch(r"recovered in \d+\.\d s", lines[-1]), lines
    store = Store.open(path)
    assert snapshot(store)[1] == [s for s in before[1] if s != "entities"]
    assert not any(store.ox.quads_for_pattern(None, ox.NamedNode(DG.loadState), None, None))


def test_open_finishes_an_update_whose_shortcuts_a_kill_interrupted(tmp_path):
    from graph.store.embedded import STALE

    store = Store.open(tmp_path / "store")
    whole = set(store.ox.quads_for_pattern(None, None, None, DERIVED))
    store.ox.add(STALE)
    store.ox.remove_graph(DERIVED)
    store.close()
    store = Store.open(tmp_path / "store")
    assert set(store.ox.quads_for_pattern(None, None, None, DERIVED)) == whole
    assert STALE not in store.ox


def test_removing_a_source_rebuilds_what_it_implied(seed_store, synth_2k):
    before = snapshot(seed_store)
    load_files(seed_store, [synth_2k])
    assert seed_store.remove_source("deals") == 2000
    assert snapshot(seed_store) == before


def test_read_only_store_refuses_a_load(tmp_path, synth_2k):
    Store.open(tmp_path / "store").close()
    held = ox.Store(str(tmp_path / "store"))  # another process holds it: the writer lock
    try:
        store = Store.open(tmp_path / "store")
        with pytest.raises(StoreError, match="in use by another process"):
            load_files(store, [synth_2k])
    finally:
        del held


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def test_a_failed_or_removed_load_gives_its_space_back(tmp_path):
    path = tmp_path / "store"
    Store.open(path).close()
    empty = folder_size(path)
    big = write_synth(tmp_path / "big.nt", 150_000)
    sizes = {}
    for step, write in (("failed", lambda store: load_files(store, [broken_copy(big, tmp_path / "broken.nt")])),
                        ("loaded", lambda store: load_files(store, [big])),
                        ("removed", lambda store: store.remove_source("big"))):
        store = Store.open(path)
        try:
            write(store)
        except InvalidData:
            pass
        store.close()
        sizes[step] = folder_size(path)
    assert sizes["loaded"] > empty + 20_000_000, sizes  # the data took room ...
    for step in ("failed", "removed"):  # ... and a failed or removed load gives it back
        assert sizes[step] < empty + 0.1 * (sizes["loaded"] - empty), sizes
