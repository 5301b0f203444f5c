"""Faults: every writer killed with SIGKILL at many moments leaves, once the store is opened
again, either the store as it was or the store as the write made it (the derived graph
included, compared quad for quad); a reader beside a writer never sees what it has not
committed. Real `kg` processes on a real on-disk store."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from scale_fixtures import write_synth

from graph.model.namespaces import DERIVED_GRAPH, source_graph
from graph.store.embedded import Store

KG = Path(sys.executable).parent / "kg"
BLANK = re.compile(r"_:[0-9A-Za-z]+")
MOMENTS = (0.02, 0.1, 0.25, 0.4, 0.55, 0.7, 0.85, 0.97)  # shares of the uninterrupted run
BIG = source_graph("big")
WRITERS = {
    "load": ["load", "{other}"],
    "add": ["add", "{mid}", "--name", "mid"],
    "replace": ["add", "{mid}", "--name", "big", "--replace"],
    "remove": ["remove", "big"],
    "update": ["sparql", "--update",
               f"DELETE {{ GRAPH <{BIG}> {{ ?d dg:status ?s }} }} INSERT {{ ?d dg:status dg:Cancelled }} "
               f"WHERE {{ GRAPH <{BIG}> {{ ?d dg:status ?s }} }}"],
    "build": ["build"],
}


def whole_store(path: Path) -> Counter:
    """Every quad of the store opened as a user opens it (recovery included), blank node
    labels left out (a build names them afresh)."""
    store = Store.open(path)
    try:
        return Counter(BLANK.sub("_:", str(quad)) for quad in store.ox)
    finally:
        store.close()


def kg(store: Path, args: list[str], **popen) -> subprocess.Popen:
    environment = {**os.environ, "KG_STORE": str(store)}
    return subprocess.Popen([str(KG), *args], env=environment, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, **popen)


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("faults")
    return {"big": write_synth(folder / "big.nt", 60_000, seed=11),
            "other": write_synth(folder / "other.nt", 60_000, seed=12),
            "mid": write_synth(folder / "mid.ttl", 15_000, seed=13)}


@pytest.fixture(scope="module")
def base_store(make_store, files) -> Path:
    """The seed store with a source `big` that the writers replace, remove and update."""
    path = make_store("faults-base")
    done = kg(path, ["load", str(files["big"])])  # the source is named after the file
    assert done.wait(300) == 0
    return path


def fresh_copy(base: Path, target: Path) -> Path:
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(base, target)
    return target


@pytest.mark.parametrize("writer", sorted(WRITERS))
def test_a_killed_writer_leaves_the_old_store_or_the_new_one(writer, base_store, files, tmp_path):
    args = [str(files[arg[1:-1]]) if arg[1:-1] in files else arg for arg in WRITERS[writer]]
    before = whole_store(base_store)
    finished = fresh_copy(base_store, tmp_path / "finished")
    started = time.perf_counter()
    assert kg(finished, args).wait(300) == 0
    duration = time.perf_counter() - started
    after = whole_store(finished)
    assert after != before  # the write changes something, so "old or new" can be told apart
    outcomes = []
    for moment in MOMENTS:
        store = fresh_copy(base_store, tmp_path / "killed")
        process = kg(store, args)
        time.sleep(moment * duration)
        process.send_signal(signal.SIGKILL)
        killed = process.wait(60) == -signal.SIGKILL
        state = whole_store(store)
        third = state not in (before, after)
        assert not third, f"{writer} killed at {moment:.0%} of {duration:.1f} s left a third state: " \
                          f"{list(state - before - after)[:3]} of neither, {list((before & after) - state)[:3]} of both lost"
        outcomes.append((killed, "old" if state == before else "new"))
    assert sum(killed for killed, _ in outcomes) >= 3, outcomes  # kills landed mid-write, not only after
    assert "old" in [state for _, state in outcomes] or writer == "build", outcomes  # an early kill: the old store


GRAPH_SIZES = ("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
               "FILTER (?g != <https://dealgraph.org/graph/meta>) } GROUP BY ?g ORDER BY ?g")


def what_readers_see(store: Path) -> tuple | None:
    """The size of every graph, sources and derived graph alike (not the store's bookkeeping),
    as one reading command in another process sees it (one query: one snapshot); None when
    it could not open the store."""
    done = subprocess.run([str(KG), "sparql", GRAPH_SIZES, "--format", "csv"],
                          env={**os.environ, "KG_STORE": str(store)}, capture_output=True, text=True, timeout=60)
    if done.returncode:
        return None
    return tuple(tuple(line.split(",")) for line in done.stdout.splitlines()[1:])


def update_applied(before: tuple, after: tuple) -> tuple:
    """What a reader may also see during `sparql --update`: the update commits on its own (its
    triples to the default graph, uncounted here), then its shortcuts and the source
    `sparql-updates` follow (README, Reliability)."""
    derived = dict(before)[DERIVED_GRAPH]
    return tuple((g, derived if g == DERIVED_GRAPH else n) for g, n in after if g != source_graph("sparql-updates"))


@pytest.mark.parametrize("writer", sorted(WRITERS))
def test_readers_during_a_write_see_the_old_store_or_the_new_one(writer, base_store, files, tmp_path):
    args = [str(files[arg[1:-1]]) if arg[1:-1] in files else arg for arg in WRITERS[writer]]
    before = what_readers_see(base_store)
    finished = fresh_copy(base_store, tmp_path / "finished")
    assert kg(finished, args).wait(300) == 0
    after = what_readers_see(finished)
    seen = []
    for attempt in range(3):  # a fast write may end before a reader's process opens the store: write again
        store = fresh_copy(base_store, tmp_path / f"store-{attempt}")
        process = kg(store, args)
        while process.poll() is None:
            seen.append(what_readers_see(store))
        assert process.returncode == 0
        if any(state is not None for state in seen):
            break
    assert [state for state in seen if state is not None], "no reader ran during the write"
    allowed = (before, after, None) + ((update_applied(before, after),) if writer == "update" else ())
    strays = {state for state in seen if state not in allowed}
    assert not strays, f"readers saw a state that is neither the old nor the new store: {strays}"


def hold(store: Path, seconds: float) -> subprocess.Popen:
    """Another process holding the store's lock (as `kg serve` or a long write does)."""
    holder = subprocess.Popen(
        [sys.executable, "-c", f"from graph.store.embedded import Store; s = Store.open({str(store)!r}); "
                               f"print('held', flush=True); import time; time.sleep({seconds}); s.close()"],
        stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    return holder


def test_a_writer_waits_for_the_store_then_writes(base_store, files, tmp_path):
    store = fresh_copy(base_store, tmp_path / "store")
    holder = hold(store, 3)
    environment = {**os.environ, "KG_STORE": str(store)}
    started = time.perf_counter()
    done = subprocess.run([str(KG), "add", str(files["mid"]), "--name", "mid"], env=environment,
                          capture_output=True, text=True, timeout=120)
    assert holder.wait(30) == 0
    assert done.returncode == 0, done.stderr
    assert "waiting up to 60 s for another process to let go of the store" in done.stderr
    assert time.perf_counter() - started > 2  # it waited for the holder, then wrote
    assert done.stdout == "added 15000 triples as source mid\n"


def test_a_writer_that_waited_long_enough_says_why_it_stops(base_store, files, tmp_path):
    store = fresh_copy(base_store, tmp_path / "store")
    holder = hold(store, 30)
    try:
        done = subprocess.run([str(KG), "--lock-wait", "0.5", "remove", "big"],
                              env={**os.environ, "KG_STORE": str(store)}, capture_output=True, text=True, timeout=60)
    finally:
        holder.kill()
        holder.wait()
    assert done.returncode == 1
    assert done.stderr.splitlines()[-1].startswith("Error: the store at ")
    assert "in use by another process" in done.stderr
    assert "big" in Store.open(store).sources()
