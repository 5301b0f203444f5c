#!/usr/bin/env python3
"""Load-test a running SPARQL endpoint: N requests at C-way concurrency, errors and latency.

Sends a mix of queries (SELECT in JSON, XML, CSV and TSV, ASK, CONSTRUCT in Turtle, by GET and
by POST) from C threads with urllib, and reports the errors, throughput and p50/p90/p99/max
latency. The report is printed and written as JSON. Exit code 1 when any request failed.

Example:
    kg serve --port 8000 &
    python scripts/loadtest.py --url http://127.0.0.1:8000/sparql -n 800 -c 16 -o out/loadtest.json
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

PREFIXES = """PREFIX dg: <https://dealgraph.org/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
# (name, method, Accept, query)
MIX = [
    ("partners-json", "GET", "application/sparql-results+json",
     "SELECT ?a ?b WHERE { ?a dg:partnersWith ?b } LIMIT 100"),
    ("labels-xml", "POST", "application/sparql-results+xml",
     "SELECT ?x ?label WHERE { ?x rdfs:label ?label } LIMIT 200"),
    ("deals-csv", "GET", "text/csv",
     "SELECT ?deal ?party WHERE { ?deal a dg:Deal ; dg:party ?party }"),
    ("classes-tsv", "POST", "text/tab-separated-values",
     "SELECT ?class (COUNT(?x) AS ?n) WHERE { ?x a ?class } GROUP BY ?class ORDER BY DESC(?n)"),
    ("ask-json", "GET", "application/sparql-results+json",
     "ASK { ?deal a dg:Deal }"),
    ("construct-turtle", "POST", "text/turtle",
     "CONSTRUCT { ?a dg:partnersWith ?b } WHERE { ?a dg:partnersWith ?b }"),
]


def request_for(url: str, method: str, accept: str, query: str) -> urllib.request.Request:
    text = PREFIXES + query
    headers = {"Accept": accept, "User-Agent": "dealgraph-loadtest"}
    if method == "GET":
        return urllib.request.Request(f"{url}?{urllib.parse.urlencode({'query': text})}", headers=headers)
    body = urllib.parse.urlencode({"query": text}).encode("utf-8")
    headers["Content-Type"] = "application/x-www-form-urlencoded"
    return urllib.request.Request(url, data=body, headers=headers, method="POST")


def one_request(url: str, index: int, timeout: float) -> dict:
    name, method, accept, query = MIX[index % len(MIX)]
    started = time.perf_counter()
    outcome = {"query": name, "status": None, "error": None}
    try:
        with urllib.request.urlopen(request_for(url, method, accept, query), timeout=timeout) as response:
            body = response.read()
            outcome["status"] = response.status
            if not body:
                outcome["error"] = "empty body"
    except urllib.error.HTTPError as err:
        outcome["status"] = err.code
        outcome["error"] = f"HTTP {err.code}: {err.read()[:200].decode('utf-8', 'replace').strip()}"
    except (urllib.error.URLError, OSError) as err:
        outcome["error"] = f"{type(err).__name__}: {err}"
    outcome["seconds"] = time.perf_counter() - started
    return outcome


def percentile(sorted_values: list[float], fraction: float) -> float:
    """Nearest-rank percentile of already sorted values."""
    if not sorted_values:
        return 0.0
    rank = max(1, math.ceil(fraction * len(sorted_values)))
    return sorted_values[rank - 1]


def run(url: str, requests: int, concurrency: int, timeout: float) -> dict:
    lock = threading.Lock()
    outcomes: list[dict] = []

    def task(index: int) -> None:
        result = one_request(url, index, timeout)
        with lock:
            outcomes.append(result)

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        list(pool.map(task, range(requests)))
    elapsed = time.perf_counter() - started
    return summarize(url, requests, concurrency, elapsed, outcomes)


def summarize(url: str, requests: int, concurrency: int, elapsed: float, outcomes: list[dict]) -> dict:
    latencies = sorted(o["seconds"] for o in outcomes)
    errors = [o for o in outcomes if o["error"]]
    return {
        "url": url, "requests": requests, "concurrency": concurrency,
        "errors": len(errors), "error_samples": [f"{o['query']}: {o['error']}" for o in errors[:10]],
        "elapsed_s": round(elapsed, 3), "requests_per_s": round(requests / elapsed, 1) if elapsed else None,
        "p50_ms": round(percentile(latencies, 0.50) * 1000, 1),
        "p90_ms": round(percentile(latencies, 0.90) * 1000, 1),
        "p99_ms": round(percentile(latencies, 0.99) * 1000, 1),
        "max_ms": round(latencies[-1] * 1000, 1) if latencies else 0.0,
        "mean_ms": round(statistics.fmean(latencies) * 1000, 1) if latencies else 0.0,
        "by_query": {name: sum(1 for o in outcomes if o["query"] == name) for name, *_ in MIX},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", required=True, help="SPARQL endpoint, e.g. http://127.0.0.1:8000/sparql")
    parser.add_argument("-n", "--requests", type=int, default=800, help="requests in all (default 800)")
    parser.add_argument("-c", "--concurrency", type=int, default=16, help="requests at once (default 16)")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per request (default 60)")
    parser.add_argument("-o", "--output", type=Path, help="write the report as JSON here")
    args = parser.parse_args(argv)
    if args.requests < 1 or args.concurrency < 1:
        parser.error("--requests and --concurrency must be at least 1")
    report = run(args.url, args.requests, args.concurrency, args.timeout)
    text = json.dumps(report, indent=2)
    print(text)
    if args.output:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(text + "\n", encoding="utf-8")
    return 1 if report["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
