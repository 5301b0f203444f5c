"""Measure dealgraph against the engine underneath (raw pyoxigraph) and rdflib, on this machine.

    .venv/bin/python scripts/bench.py            # 100k and 1M triples
    .venv/bin/python scripts/bench.py --quick    # 10k and 100k, a fast check
    .venv/bin/python scripts/bench.py --big      # 100k, 1M and 5M (rdflib skipped at 5M)
    .venv/bin/python scripts/bench.py --extract  # kg extract on 1 MB and 4 MB of text

Writes bench/results.json and bench/results.md (a markdown table). Every measurement runs in a
fresh Python process, which reports its wall time and its peak memory (ru_maxrss); ratios are
taken between figures of the same run. Synthetic graphs come from scripts/synth.py (seed 1)
and go to bench/synth-N.nt; stores to bench/stores/ (both git-ignored).

What is compared, at each size:
- load: `graph.store.load.load_files` (bulk load, then the derived shortcuts of the new source), raw
  `pyoxigraph.Store.bulk_load` of the same file into a named graph (kg keeps each source in its
  own graph) and into the default graph, and `rdflib.Graph().parse(file, format="nt")`;
- who partners with whom (top 50 pairs, with each pair's deals) and the partners of the
  biggest hub (with their deals): `graph.answers.partners.partner_pairs` on the kg store vs the same
  questions as hand-written SPARQL on the raw (named graph) store and on the rdflib graph;
- cold command-line runs (`kg partners HUB --format json`, `kg path`, `kg entity`, `kg rank`,
  `kg viz --max-nodes 5000`) with KG_STORE set to the kg store, end to end;
- the networkx projection (whole, and the bare topology), a full derive rebuild, opening the
  store, import time of graph.cli, and the viz page's first draw in headless Chromium.
Library and raw queries run twice in their process and report the faster run (warm caches);
command lines run once, cold.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BENCH = REPO / "bench"
STORES = BENCH / "stores"
PYTHON = sys.executable
KG = str(Path(sys.executable).parent / "kg")
DG = "https://dealgraph.org/ontology#"
TIMEOUT = 1800
PREFIXES = (f"PREFIX dg: <{DG}>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
            "PREFIX prov: <http://www.w3.org/ns/prov#>\n")

# The questions as hand-written SPARQL, run unchanged on raw pyoxigraph and on rdflib.
# (Only deals have parties, so no class test: rdflib takes ten times longer with one.)
TOP_PAIRS = PREFIXES + """SELECT ?a ?b (COUNT(DISTINCT ?deal) AS ?deals) WHERE {
  ?deal dg:party ?a, ?b .
  FILTER (STR(?a) < STR(?b))
} GROUP BY ?a ?b ORDER BY DESC(?deals) ?a ?b LIMIT 50"""
PAIR_DEALS = PREFIXES + """SELECT ?a ?b ?deal ?cls ?status ?date ?source WHERE {
  VALUES_PAIRS
  ?deal dg:party ?a ; dg:party ?b ; a ?cls .
  OPTIONAL { ?deal dg:status ?status } OPTIONAL { ?deal dg:date ?date }
  OPTIONAL { ?deal prov:wasDerivedFrom ?source }
}"""
HUB_PARTNERS = PREFIXES + """SELECT ?partner ?label ?deal ?cls ?status ?date ?source WHERE {
  ?deal dg:party HUB ; a ?cls ; dg:party ?partner .
  FILTER (?partner != HUB)
  OPTIONAL { ?partner rdfs:label ?label }
  OPTIONAL { ?deal dg:status ?status } OPTIONAL { ?deal dg:date ?date }
  OPTIONAL { ?deal prov:wasDerivedFrom ?source }
}"""
HUBS = PREFIXES + """SELECT ?p (SAMPLE(?l) AS ?label) (COUNT(*) AS ?n) WHERE {
  ?d dg:party ?p . ?p rdfs:label ?l . ?p a dg:Company
} GROUP BY ?p ORDER BY DESC(?n) ?p"""


# ---------------------------------------------------------------------- workers (subprocesses)

def peak_mb() -> float:
    import resource

    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def best_of(runs: int, work):
    """(fastest seconds, result of the last run)."""
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - started)
    return round(min(times), 3), result


def worker_load_raw(data: str, store: str, named: bool) -> dict:
    """bulk_load into a named graph (as kg stores each source) or into the default graph
    (three indexes instead of six: about half the work)."""
    import pyoxigraph as ox

    shutil.rmtree(store, ignore_errors=True)
    raw = ox.Store(store)
    started = time.perf_counter()
    graph = ox.NamedNode("https://dealgraph.org/graph/source/raw") if named else ox.DefaultGraph()
    raw.bulk_load(path=data, format=ox.RdfFormat.N_TRIPLES, to_graph=graph)
    raw.flush()
    return {"seconds": round(time.perf_counter() - started, 3), "quads": len(raw)}


def worker_load_raw_parts(data: str, store: str) -> dict:
    """Raw bulk_load called once per part of the file (the cuts graph/parts.py makes), the
    parts side by side: how much of `kg load`'s speed comes from using every core."""
    from concurrent.futures import ThreadPoolExecutor

    import pyoxigraph as ox

    from graph.store import split as parts

    shutil.rmtree(store, ignore_errors=True)
    raw = ox.Store(store)
    graph = ox.NamedNode("https://dealgraph.org/graph/source/raw")
    started = time.perf_counter()
    pieces = parts.cut(Path(data))

    def load(part):
        with open(data, "rb") as whole:
            whole.seek(part.start)
            raw.bulk_load(whole.read(part.end - part.start), format=ox.RdfFormat.N_TRIPLES, to_graph=graph)

    with ThreadPoolExecutor(parts.workers()) as pool:
        list(pool.map(load, pieces))
    raw.flush()
    return {"seconds": round(time.perf_counter() - started, 3), "quads": len(raw), "parts": len(pieces)}


def worker_load_kg(data: str, store: str) -> dict:
    from graph.store.load import load_files
    from graph.store.embedded import Store

    shutil.rmtree(store, ignore_errors=True)
    kg = Store.open(store)  # the bundled seed graph first, as a user's store has it
    derive = kg.derive_sources
    phases = {}

    def timed_derive(names):
        started = time.perf_counter()
        count = derive(names)
        phases["derive_seconds"] = round(time.perf_counter() - started, 3)
        phases["derived"] = count
        return count

    kg.derive_sources = timed_derive
    started = time.perf_counter()
    load_files(kg, [Path(data)])
    seconds = round(time.perf_counter() - started, 3)
    return {"seconds": seconds, **phases, "quads": kg.triple_count()}


def worker_load_cli(data: str, store: str) -> dict:
    """`kg load FILE` into a new store, as a user runs it: a cold process that builds the
    bundled seed graph first, then loads, derives and reports."""
    shutil.rmtree(store, ignore_errors=True)
    result = worker_command(store, "load", data)
    shutil.rmtree(store, ignore_errors=True)
    return result


def worker_rebuild(store: str) -> dict:
    from graph.store.embedded import Store

    kg = Store.open(store)
    started = time.perf_counter()
    kg.derive()
    return {"seconds": round(time.perf_counter() - started, 3)}


def worker_open(store: str) -> dict:
    started = time.perf_counter()
    from graph.store.embedded import Store

    imported = time.perf_counter()
    kg = Store.open(store)
    opened = time.perf_counter()
    kg.sources()
    return {"seconds": round(opened - imported, 3), "import_seconds": round(imported - started, 3)}


def worker_pairs_kg(store: str) -> dict:
    from graph.answers.partners import partner_pairs
    from graph.store.embedded import Store

    kg = Store.open(store)
    seconds, pairs = best_of(2, lambda: partner_pairs(kg, limit=50))
    return {"seconds": seconds, "pairs": len(pairs), "deals": sum(len(p["deals"]) for p in pairs)}


def worker_hub_kg(store: str, hub_label: str) -> dict:
    from graph.answers.partners import partner_pairs
    from graph.store.embedded import Store

    kg = Store.open(store)
    seconds, pairs = best_of(2, lambda: partner_pairs(kg, hub_label))
    return {"seconds": seconds, "partners": len(pairs), "deals": sum(len(p["deals"]) for p in pairs)}


def pair_values(pairs) -> str:
    return "VALUES (?a ?b) { " + " ".join(f"(<{a}> <{b}>)" for a, b in pairs) + " }"


def worker_queries_raw(store: str, hub: str) -> dict:
    import pyoxigraph as ox

    raw = ox.Store.read_only(store)
    run = lambda q: [[t.value if t is not None else None for t in row]  # noqa: E731
                     for row in raw.query(q, use_default_graph_as_union=True)]

    def pairs():
        top = run(TOP_PAIRS)
        return top, run(PAIR_DEALS.replace("VALUES_PAIRS", pair_values((a, b) for a, b, _ in top)))

    pair_seconds, (top, details) = best_of(2, pairs)
    hub_seconds, rows = best_of(2, lambda: run(HUB_PARTNERS.replace("HUB", f"<{hub}>")))
    return {"pairs_seconds": pair_seconds, "pairs": len(top), "pair_rows": len(details),
            "hub_seconds": hub_seconds, "hub_rows": len(rows), "hub_partners": len({r[0] for r in rows})}


def worker_rdflib(data: str, hub: str) -> dict:
    import rdflib

    started = time.perf_counter()
    graph = rdflib.Graph()
    graph.parse(data, format="nt")
    parse_seconds = round(time.perf_counter() - started, 3)
    result = {"parse_seconds": parse_seconds, "parse_peak_mb": peak_mb()}
    run = lambda q: [[str(t) if t is not None else None for t in row] for row in graph.query(q)]  # noqa: E731
    started = time.perf_counter()
    top = run(TOP_PAIRS)
    details = run(PAIR_DEALS.replace("VALUES_PAIRS", pair_values((a, b) for a, b, _ in top)))
    result.update(pairs_seconds=round(time.perf_counter() - started, 3), pairs=len(top), pair_rows=len(details))
    started = time.perf_counter()
    rows = run(HUB_PARTNERS.replace("HUB", f"<{hub}>"))
    result.update(hub_seconds=round(time.perf_counter() - started, 3), hub_rows=len(rows))
    return result


def worker_projection(store: str) -> dict:
    from graph.answers.network import build_graph, topology
    from graph.store.embedded import Store

    kg = Store.open(store)
    started = time.perf_counter()
    bare = topology(kg)
    bare_seconds = round(time.perf_counter() - started, 3)
    started = time.perf_counter()
    whole = build_graph(kg)
    return {"seconds": round(time.perf_counter() - started, 3), "nodes": whole.number_of_nodes(),
            "edges": whole.number_of_edges(), "topology_seconds": bare_seconds,
            "topology_edges": bare.number_of_edges()}


def worker_path_library(store: str, a: str, b: str) -> dict:
    from graph.answers.paths import connections
    from graph.store.embedded import Store

    kg = Store.open(store)
    started = time.perf_counter()
    found = connections(kg, a, b)
    return {"seconds": round(time.perf_counter() - started, 3), "paths": len(found["paths"]),
            "hops": len(found["paths"][0]) if found["paths"] else None}


def worker_path_projection(store: str, a: str, b: str) -> dict:
    """The projection a path question needs: graph.answers.network.path_topology around the two ends
    (names resolved first, not timed), then the shortest paths on it."""
    from itertools import islice

    import networkx as nx

    from graph.answers.network import path_topology
    from graph.answers.resolve import resolve
    from graph.store.embedded import Store

    kg = Store.open(store)
    start, end = resolve(kg, a).iri, resolve(kg, b).iri
    started = time.perf_counter()
    part = path_topology(kg, start, end)
    paths = list(islice(nx.all_shortest_paths(part, start, end), 200))
    return {"seconds": round(time.perf_counter() - started, 3), "nodes": part.number_of_nodes(),
            "paths": len(paths), "hops": len(paths[0]) - 1}


def worker_command(store: str, *args: str) -> dict:
    """A cold `kg` process, end to end: wall time and the child's peak memory."""
    import resource

    started = time.perf_counter()
    done = subprocess.run([KG, *args], env={**os.environ, "KG_STORE": store}, capture_output=True,
                          timeout=TIMEOUT)
    seconds = round(time.perf_counter() - started, 3)
    child_mb = round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)
    result = {"seconds": seconds, "peak_mb": child_mb, "exit": done.returncode, "bytes": len(done.stdout)}
    if done.returncode:
        result["error"] = done.stderr.decode(errors="replace").strip().splitlines()[-1:]
    return result


def worker_first_draw(html: str) -> dict:
    sys.path.insert(0, str(REPO / "scripts"))
    import viz_synthetic

    return {"seconds": round(viz_synthetic.first_draw_seconds(html), 3)}


def worker_synthetic_draw(nodes: str) -> dict:
    """A synthetic page of N nodes (graph.viz.page.render_page) and its first draw in Chromium."""
    sys.path.insert(0, str(REPO / "scripts"))
    import viz_synthetic

    html = BENCH / f"viz-synthetic-{nodes}.html"
    started = time.perf_counter()
    html.write_text(viz_synthetic.synthetic_page(int(nodes)), encoding="utf-8")
    rendered = time.perf_counter() - started
    return {"render_seconds": round(rendered, 3), "seconds": round(viz_synthetic.first_draw_seconds(str(html)), 3)}


def worker_import_time() -> dict:
    """`python -X importtime -c "import graph.cli"`: the cumulative microseconds of graph.cli,
    and the slowest imports under it."""
    done = subprocess.run([PYTHON, "-X", "importtime", "-c", "import graph.cli"], capture_output=True,
                          text=True, cwd=REPO)
    rows = []
    for line in done.stderr.splitlines():
        match = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|(\s*)(\S+)", line)
        if match:
            rows.append((int(match.group(2)), match.group(4).strip()))
    cli = next((us for us, name in rows if name == "graph.cli"), None)
    started = time.perf_counter()
    subprocess.run([KG, "--help"], capture_output=True, check=True)
    help_seconds = round(time.perf_counter() - started, 3)
    top_level = sorted((r for r in rows if not r[1].startswith("graph.")), reverse=True)[:5]
    return {"seconds": round((cli or 0) / 1e6, 3), "kg_help_seconds": help_seconds,
            "slowest": [f"{name} {us / 1e6:.3f} s" for us, name in top_level]}


def worker_extract(text: str, store: str) -> dict:
    """`kg extract`'s library on one generated text, against the bundled seed graph's names."""
    from graph.extract.pipeline import extract_files
    from graph.store.embedded import Store

    opened = Store.open(store)
    started = time.perf_counter()
    result = extract_files(opened, [text], published="2025-01-01")
    seconds = time.perf_counter() - started
    return {"seconds": round(seconds, 3), "deals": sum(len(d.deals) for d in result.docs)}


WORKERS = {name[len("worker_"):]: fn for name, fn in globals().items() if name.startswith("worker_")}


def run_worker() -> None:
    """Entry point in the child: run one worker, print its result and peak memory as JSON."""
    name, args = sys.argv[2], json.loads(sys.argv[3])
    sys.path.insert(0, str(REPO))
    result = WORKERS[name](*args)
    result.setdefault("peak_mb", peak_mb())
    print(json.dumps(result))


# ---------------------------------------------------------------------- the parent

def measure(name: str, *args, timeout: int = TIMEOUT) -> dict:
    """Run one worker in a fresh process."""
    started = time.perf_counter()
    try:
        done = subprocess.run([PYTHON, __file__, "--worker", name, json.dumps(list(args))],
                              capture_output=True, text=True, timeout=timeout, cwd=REPO)
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {timeout} s"}
    if done.returncode:
        return {"error": (done.stderr.strip().splitlines() or ["failed"])[-1],
                "wall": round(time.perf_counter() - started, 1)}
    return json.loads(done.stdout.strip().splitlines()[-1])


def say(text: str) -> None:
    print(text, flush=True)


def label_size(n: int) -> str:
    return f"{n // 1_000_000}M" if n % 1_000_000 == 0 else f"{n // 1000}k"


def synth_file(n: int) -> Path:
    path = BENCH / f"synth-{label_size(n).lower()}.nt"
    lines = sum(1 for _ in open(path, "rb")) if path.exists() else -1
    if lines != n:
        started = time.perf_counter()
        subprocess.run([PYTHON, str(REPO / "scripts" / "synth.py"), "--triples", str(n), "--out", str(path),
                        "--seed", "1"], check=True, capture_output=True)
        say(f"  generated {path.name} in {time.perf_counter() - started:.1f} s")
    return path


def hubs(raw_store: str) -> list[tuple[str, str, int]]:
    import pyoxigraph as ox

    raw = ox.Store.read_only(raw_store)
    rows = [(r["p"].value, r["label"].value, int(r["n"].value))
            for r in raw.query(HUBS, use_default_graph_as_union=True)]
    del raw
    return rows


def show(name: str, result: dict) -> None:
    figures = " ".join(f"{k}={v}" for k, v in result.items() if k not in ("slowest",))
    say(f"  {name:<22} {figures}")


def run_size(n: int, with_rdflib: bool, chromium: bool) -> dict:
    data = str(synth_file(n))
    raw_store, kg_store = str(STORES / f"raw-{label_size(n)}"), str(STORES / f"kg-{label_size(n)}")
    out: dict = {"triples": n, "file_mb": round(os.path.getsize(data) / 1e6, 1)}

    def step(key, worker, *args, **options):
        out[key] = measure(worker, *args, **options)
        show(key, out[key])

    step("load_raw", "load_raw", data, raw_store, True)
    step("load_raw_default_graph", "load_raw", data, raw_store + "-default", False)
    shutil.rmtree(raw_store + "-default", ignore_errors=True)
    step("load_raw_parts", "load_raw_parts", data, raw_store + "-parts")
    shutil.rmtree(raw_store + "-parts", ignore_errors=True)
    step("load_kg", "load_kg", data, kg_store)
    step("load_cli", "load_cli", data, kg_store + "-cli")
    ranked = hubs(raw_store)
    hub_iri, hub_label, hub_deals = ranked[0]
    a, b = ranked[min(100, len(ranked) - 2)][1], ranked[min(1000, len(ranked) - 1)][1]
    out["hub"] = {"label": hub_label, "iri": hub_iri, "deals": hub_deals}
    out["path_between"] = [a, b]
    if with_rdflib:
        step("rdflib", "rdflib", data, hub_iri)
    else:
        out["rdflib"] = {"skipped": "rdflib needs about 6 GB at 5M triples"}
        say("  rdflib                 skipped at this size")
    step("queries_raw", "queries_raw", raw_store, hub_iri)
    step("pairs_kg", "pairs_kg", kg_store)
    step("hub_kg", "hub_kg", kg_store, hub_label)
    step("cli_partners_hub", "command", kg_store, "partners", hub_label, "--format", "json")
    step("cli_entity_hub", "command", kg_store, "entity", hub_label, "--format", "json")
    step("path_projection", "path_projection", kg_store, a, b)
    step("path_library", "path_library", kg_store, a, b)
    step("cli_path", "command", kg_store, "path", a, b, "--format", "json")
    step("cli_rank", "command", kg_store, "rank", "--format", "json")
    step("projection", "projection", kg_store)
    html = str(BENCH / f"viz-{label_size(n)}.html")
    step("cli_viz", "command", kg_store, "viz", "--max-nodes", "5000", "-o", html)
    if chromium and os.path.exists(html):
        step("viz_first_draw", "first_draw", html)
    else:
        out["viz_first_draw"] = {"skipped": "no /usr/bin/chromium (bash scripts/setup-test.sh installs it)"}
    step("open", "open", kg_store)
    step("rebuild_derived", "rebuild", kg_store)
    return out


def ratios(size: dict) -> dict:
    """Figures against their baselines in the same run."""
    def ratio(x, y):
        try:
            return round(x / y, 2)
        except (TypeError, ZeroDivisionError):
            return None

    raw, kg, rd = size["queries_raw"], size, size.get("rdflib", {})
    return {
        "load_kg_vs_raw": ratio(kg["load_kg"].get("seconds"), kg["load_raw"].get("seconds")),
        "load_kg_vs_raw_default_graph": ratio(kg["load_kg"].get("seconds"), kg["load_raw_default_graph"].get("seconds")),
        "load_kg_vs_raw_parts": ratio(kg["load_kg"].get("seconds"), kg["load_raw_parts"].get("seconds")),
        "load_rdflib_vs_kg": ratio(rd.get("parse_seconds"), kg["load_kg"].get("seconds")),
        "load_cli_vs_raw": ratio(kg["load_cli"].get("seconds"), kg["load_raw"].get("seconds")),
        "load_cli_vs_raw_default_graph": ratio(kg["load_cli"].get("seconds"), kg["load_raw_default_graph"].get("seconds")),
        "pairs_kg_vs_raw": ratio(kg["pairs_kg"].get("seconds"), raw.get("pairs_seconds")),
        "pairs_rdflib_vs_kg": ratio(rd.get("pairs_seconds"), kg["pairs_kg"].get("seconds")),
        "hub_kg_vs_raw": ratio(kg["hub_kg"].get("seconds"), raw.get("hub_seconds")),
        "hub_rdflib_vs_kg": ratio(rd.get("hub_seconds"), kg["hub_kg"].get("seconds")),
    }


# ---------------------------------------------------------------------- the report

def fmt(seconds=None, mb=None) -> str:
    if seconds is None:
        return "-"
    text = f"{seconds:.2f} s" if seconds < 100 else f"{seconds:.0f} s"
    return f"{text}, {mb:.0f} MB" if mb is not None else text


def took(step: str, seconds: str = "seconds", mb: str | None = "peak_mb"):
    """A table cell: the time (and peak memory) a step reported."""
    return lambda size: fmt(size[step].get(seconds), size[step].get(mb) if mb else None)


ROWS = [
    ("load: kg library (bulk load + derive new source)", took("load_kg")),
    ("  of which derive (incremental)", took("load_kg", "derive_seconds", mb=None)),
    ("load: `kg load FILE` into a new store, cold process", took("load_cli")),
    ("load: raw pyoxigraph bulk_load, named graph", took("load_raw")),
    ("load: raw pyoxigraph bulk_load, default graph", took("load_raw_default_graph")),
    ("load: raw pyoxigraph bulk_load, named graph, in parts side by side", took("load_raw_parts")),
    ("load: rdflib Graph().parse nt", took("rdflib", "parse_seconds", "parse_peak_mb")),
    ("derive: full rebuild", took("rebuild_derived")),
    ("open the store", took("open", mb=None)),
    ("top 50 pairs: kg library", took("pairs_kg")),
    ("top 50 pairs: raw pyoxigraph SPARQL", took("queries_raw", "pairs_seconds", mb=None)),
    ("top 50 pairs: rdflib SPARQL", took("rdflib", "pairs_seconds", mb=None)),
    ("hub's partners: kg library", took("hub_kg")),
    ("hub's partners: raw pyoxigraph SPARQL", took("queries_raw", "hub_seconds", mb=None)),
    ("hub's partners: rdflib SPARQL", took("rdflib", "hub_seconds", mb=None)),
    ("`kg partners HUB --format json`, cold", took("cli_partners_hub")),
    ("`kg entity HUB --format json`, cold", took("cli_entity_hub")),
    ("path projection: bounded, both ends (network.path_topology)", took("path_projection")),
    ("path between two companies: library (graph.answers.paths)", took("path_library")),
    ("`kg path A B --format json`, cold", took("cli_path")),
    ("`kg rank --format json`, cold", took("cli_rank")),
    ("networkx projection: whole graph", took("projection")),
    ("networkx projection: bare topology", took("projection", "topology_seconds", mb=None)),
    ("`kg viz --max-nodes 5000`, cold", took("cli_viz")),
    ("viz page: first draw in Chromium", took("viz_first_draw", mb=None)),
]
RATIO_ROWS = [
    ("load kg / raw named graph (target <= 1.25)", "load_kg_vs_raw"),
    ("load kg / raw default graph", "load_kg_vs_raw_default_graph"),
    ("load kg / raw named graph in parts", "load_kg_vs_raw_parts"),
    ("load `kg load` process / raw named graph", "load_cli_vs_raw"),
    ("load `kg load` process / raw default graph", "load_cli_vs_raw_default_graph"),
    ("load rdflib / kg (target >= 10)", "load_rdflib_vs_kg"),
    ("top pairs kg / raw (target <= 1.3)", "pairs_kg_vs_raw"),
    ("top pairs rdflib / kg (target >= 30)", "pairs_rdflib_vs_kg"),
    ("hub kg / raw (target <= 1.3)", "hub_kg_vs_raw"),
    ("hub rdflib / kg (target >= 30)", "hub_rdflib_vs_kg"),
]


# The targets: (what, figure, comparison, bound).
TARGETS = [
    ("load / raw bulk_load into a named graph", lambda s: s["ratios"].get("load_kg_vs_raw"), "<=", 1.25),
    ("load / raw bulk_load into the default graph", lambda s: s["ratios"].get("load_kg_vs_raw_default_graph"), "<=", 1.25),
    ("rdflib parse / load", lambda s: s["ratios"].get("load_rdflib_vs_kg"), ">=", 10),
    ("top 50 pairs / raw", lambda s: s["ratios"].get("pairs_kg_vs_raw"), "<=", 1.3),
    ("rdflib / top 50 pairs", lambda s: s["ratios"].get("pairs_rdflib_vs_kg"), ">=", 30),
    ("hub's partners / raw", lambda s: s["ratios"].get("hub_kg_vs_raw"), "<=", 1.3),
    ("rdflib / hub's partners", lambda s: s["ratios"].get("hub_rdflib_vs_kg"), ">=", 30),
    ("cold `kg partners HUB --format json`, s", lambda s: s["cli_partners_hub"].get("seconds"), "<=", 1.0),
    ("path projection, s", lambda s: s["path_projection"].get("seconds"), "<=", 2.0),
    ("peak memory of the load, GB", lambda s: s["load_kg"].get("peak_mb", 0) / 1024 or None, "<", 2.0),
]


def target_lines(size: dict) -> list[str]:
    """Each target at one size: the figure and whether it is met."""
    lines = []
    for what, figure, comparison, bound in TARGETS:
        value = safe(figure, size)
        if not isinstance(value, (int, float)):
            continue
        met = value <= bound if comparison == "<=" else value >= bound if comparison == ">=" else value < bound
        lines.append(f"| {what} | {value:.2f} | {comparison} {bound} | {'met' if met else 'missed'} |")
    return lines


VIZ_PAGE_NODES = (500, 5000)


def viz_page_lines(results: dict) -> list[str]:
    return [f"Synthetic viz page of {n} nodes: rendered in {r.get('render_seconds', '-')} s, "
            f"first draw in Chromium {r.get('seconds', '-')} s."
            for n, r in results.get("viz_pages", {}).items()]


def markdown(results: dict) -> str:
    sizes = results["sizes"]
    names = [label_size(s["triples"]) for s in sizes]
    lines = ["| measure | " + " | ".join(f"{n} triples" for n in names) + " |",
             "| --- | " + " | ".join("---" for _ in names) + " |"]
    for title, cell in ROWS:
        lines.append(f"| {title} | " + " | ".join(safe(cell, s) for s in sizes) + " |")
    for title, key in RATIO_ROWS:
        lines.append(f"| {title} | " + " | ".join(str(s["ratios"].get(key) or "-") + "x" * bool(s["ratios"].get(key)) for s in sizes) + " |")
    for size in sizes:
        if size["triples"] >= 1_000_000:
            lines += ["", f"Targets at {label_size(size['triples'])} triples:", "",
                      "| target | this run | bound | |", "| --- | --- | --- | --- |", *target_lines(size)]
    notes = [f"Hub: {s['hub']['label']} ({s['hub']['deals']} deals) at {label_size(s['triples'])}; "
             f"path from {s['path_between'][0]} to {s['path_between'][1]}." for s in sizes]
    machine = results["machine"]
    return "\n".join([
        f"Measured {results['date']} on {machine['cpus']} cores, Python {machine['python']}, "
        f"pyoxigraph {machine['pyoxigraph']}, rdflib {machine['rdflib']}; load average {machine['load_before']} "
        f"before the run. Time, then peak memory of the process (ru_maxrss).",
        "", *lines, "", *notes, *viz_page_lines(results),
        f"Import of graph.cli: {results['import']['seconds']:.2f} s; `kg --help`: {results['import']['kg_help_seconds']:.2f} s.",
        "", "Reproduce: `" + results["command"] + "`", ""])


def safe(cell, size) -> str:
    try:
        return cell(size)
    except (KeyError, TypeError):
        return "-"


def machine_info() -> dict:
    import pyoxigraph
    import rdflib

    return {"cpus": os.cpu_count(), "python": platform.python_version(), "pyoxigraph": pyoxigraph.__version__,
            "rdflib": rdflib.__version__, "load_before": os.getloadavg()[0].__round__(2)}


# ---------------------------------------------------------------------- extraction

EXTRACT_WORDS = "alpha beta gamma delta kappa sigma omega lumen nova terra orbit quill".split()


def extract_text(size: int) -> Path:
    """A text of about `size` bytes of varied deal sentences (names, titles, amounts, dates), so
    that no sentence repeats and every rule has work to do."""
    import random

    path = BENCH / f"extract-{size // 1000}k.txt"
    if path.exists():
        return path
    rng = random.Random(1)
    name = lambda: rng.choice(EXTRACT_WORDS).title() + rng.choice(EXTRACT_WORDS) + " " + rng.choice(  # noqa: E731
        ["Inc.", "Corp.", "Holdings", "Labs", "Bank", "Motors"])
    lines, written, n = [], 0, 0
    while written < size:
        line = (f"{name()} signed a ${n % 90 + 1} million supply agreement with {name()} on March {n % 28 + 1}, "
                f"2025, said Dana Park{n}, chief executive of {name()}. ")
        lines.append(line + ("\n" if n % 8 == 7 else ""))
        written += len(line)
        n += 1
    path.write_text("".join(lines), encoding="utf-8")
    return path


def run_extract(quick: bool) -> dict:
    """Extraction time at one size and at four times it: the ratio shows whether work grows
    linearly with the text (4x the text in at most 6x the time is the target)."""
    base = 250_000 if quick else 1_000_000
    store = STORES / "extract-seed"
    found = {}
    for size in (base, 4 * base):
        found[size] = measure("extract", str(extract_text(size)), str(store))
        show(f"extract {size // 1000} kB", found[size])
    small, large = (found[s].get("seconds") for s in (base, 4 * base))
    ratio = round(large / small, 2) if small and large else None
    say(f"  4x the text took {ratio}x the time (target <= 6)")
    return {"sizes": {str(s): r for s, r in found.items()}, "ratio_4x": ratio, "target_4x": 6}


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--worker":
        return run_worker()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10k and 100k triples only.")
    parser.add_argument("--big", action="store_true", help="Add 5M triples (rdflib skipped there).")
    parser.add_argument("--sizes", type=int, nargs="+", help="Sizes in triples (overrides the above).")
    parser.add_argument("--extract", action="store_true",
                        help="Only extraction: 1 MB and 4 MB of text (250 kB and 1 MB with --quick); "
                             "writes bench/extract.json.")
    args = parser.parse_args()
    if args.extract:
        STORES.mkdir(parents=True, exist_ok=True)
        found = {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "machine": machine_info(),
                 **run_extract(args.quick)}
        (BENCH / "extract.json").write_text(json.dumps(found, indent=2) + "\n", encoding="utf-8")
        return say(f"wrote {BENCH / 'extract.json'}")
    sizes = args.sizes or ([10_000, 100_000] if args.quick else [100_000, 1_000_000] + [5_000_000] * args.big)
    STORES.mkdir(parents=True, exist_ok=True)
    chromium = os.path.exists("/usr/bin/chromium")
    results = {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "machine": machine_info(),
               "command": " ".join([".venv/bin/python scripts/bench.py", *sys.argv[1:]]), "sizes": []}
    say(f"bench: {', '.join(label_size(n) for n in sizes)} triples; load average {results['machine']['load_before']}")
    results["import"] = measure("import_time")
    show("import graph.cli", results["import"])
    if chromium:
        results["viz_pages"] = {n: measure("synthetic_draw", str(n)) for n in VIZ_PAGE_NODES}
        for n, result in results["viz_pages"].items():
            show(f"viz page of {n} nodes: first draw", result)
    for n in sizes:
        say(f"{label_size(n)} triples")
        size = run_size(n, with_rdflib=n <= 1_000_000, chromium=chromium)
        size["ratios"] = ratios(size)
        say("  ratios " + " ".join(f"{k}={v}" for k, v in size["ratios"].items()))
        results["sizes"].append(size)
        write(results)
    say(f"wrote {BENCH / 'results.json'} and {BENCH / 'results.md'}")


def write(results: dict) -> None:
    (BENCH / "results.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    (BENCH / "results.md").write_text(markdown(results), encoding="utf-8")


if __name__ == "__main__":
    main()
