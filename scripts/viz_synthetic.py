"""A synthetic deal graph of N nodes drawn as a `kg viz` page, and its time to first draw.

    .venv/bin/python scripts/viz_synthetic.py 5000 --out /tmp/graph-5000.html --measure

From another script (scripts/bench.py):

    sys.path.insert(0, "scripts"); import viz_synthetic
    html = viz_synthetic.synthetic_page(5000)            # str, via graph.viz.page.render_page
    seconds = viz_synthetic.first_draw_seconds(path)     # Chromium via Playwright

Time to first draw is measured inside the page: from the start of navigation to the first
frame drawn once the layout is settled (window.dealgraph.state.readyAt), with Debian's
/usr/bin/chromium headless and no network.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]
KINDS = [("company", 0.55, "dot"), ("person", 0.2, "diamond"), ("city", 0.1, "triangle"),
         ("product", 0.1, "hexagon"), ("initiative", 0.05, "star")]
DEAL_TYPES = [("Partnership", "partnership"), ("Investment", "investment"),
              ("SupplyAgreement", "supply agreement"), ("MemorandumOfUnderstanding", "memorandum of understanding")]
STATUSES = ["considering", "in discussion", "planned", "announced", "signed", "active", "completed", "cancelled"]


def synthetic_graph(n: int, seed: int = 0):
    """A MultiGraph shaped like graph.answers.network.build_graph's: a few hubs, about 2 links a node."""
    import networkx as nx

    rng = random.Random(seed)
    graph = nx.MultiGraph()
    kinds = rng.choices([k for k, _, _ in KINDS], weights=[w for _, w, _ in KINDS], k=n)
    for i, kind in enumerate(kinds):
        graph.add_node(f"urn:synthetic:{i}", label=f"{kind.title()} {i}", classes=[kind], kind=kind)
    targets = ["urn:synthetic:0"]  # preferential attachment: a node joins nodes picked by degree
    for i in range(1, n):
        node = f"urn:synthetic:{i}"
        for other in {rng.choice(targets) for _ in range(2)}:
            add_link(graph, rng, node, other, f"urn:synthetic:rel-{i}-{len(targets)}")
            targets += [node, other]
    return graph


def add_link(graph, rng, a: str, b: str, rel: str) -> None:
    kind, label = rng.choice(DEAL_TYPES)
    graph.add_edge(a, b, key=rel, rel=rel, type=kind, type_label=label, role="party",
                   status=rng.choice(STATUSES), date=f"2025-{rng.randint(1, 12):02d}",
                   as_of="2025-12-01", reported_by=None, sources=[])


def synthetic_page(n: int, seed: int = 0, **options) -> str:
    """The page for a synthetic graph of n nodes (options go to graph.viz.page.render_page)."""
    from graph.viz.context import Context
    from graph.viz.page import render_page

    context = Context(shapes={kind: shape for kind, _, shape in KINDS})
    return render_page(synthetic_graph(n, seed), context, title=f"synthetic graph, {n:,} nodes", **options)


def first_draw_seconds(html_path: str | Path, chromium: str = CHROMIUM, timeout_s: float = 300) -> float:
    """Seconds from navigation start to the first settled frame of a page, in headless Chromium."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(("file:", "data:"))
                       else route.abort())
            page.goto(Path(html_path).resolve().as_uri(), timeout=timeout_s * 1000)
            page.wait_for_function("() => window.dealgraph && window.dealgraph.state.ready",
                                   timeout=timeout_s * 1000)
            return page.evaluate("() => window.dealgraph.state.readyAt") / 1000
        finally:
            browser.close()


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("nodes", type=int)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--measure", action="store_true", help="Also time the first draw in Chromium.")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    args.out.write_text(synthetic_page(args.nodes, args.seed), encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.1f} MB) in {time.perf_counter() - started:.2f} s")
    if args.measure:
        print(f"first draw in Chromium: {first_draw_seconds(args.out):.2f} s")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    main()
