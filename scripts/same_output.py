"""Write what every command prints on a store, one file per command, to compare two versions.

Usage:
    python scripts/same_output.py OUT_DIR [--store DIR] [--synthetic]

Run it before and after a change, then `diff -r BEFORE AFTER`: a refactoring must leave every
file byte-identical. The commands cover each listing, each format and each filter; the
bundled graph is used unless --store points at another store (e.g. a synthetic one from
scripts/synth.py).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO.parent / "shared" / "seeds"
KG = [sys.executable, "-m", "graph.cli"]

COMMANDS = [
    ["stats"], ["sources"], ["partners"], ["partners", "--json"], ["partners", "--format", "csv"],
    ["partners", "OpenAI", "--as-of", "2025-06", "--json"], ["partners", "--status", "signed", "--since", "2025"],
    ["partners", "--type", "partnership", "--until", "2025-06", "--format", "tsv"],
    ["entity", "OpenAI", "--json"], ["entity", "Samsung"], ["entity", "Jason Kwon", "--format", "csv"],
    ["path", "Jason Kwon", "Chey Tae-won", "--json"], ["path", "Kakao", "SoftBank"],
    ["rank"], ["rank", "--json"], ["rank", "--type", "all", "--format", "csv"],
    ["ask", "who partners with SK?"], ["ask", "who is Jason Kwon?", "--show-query"],
    ["sparql", "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o LIMIT 50"],
    ["sparql", "SELECT ?d WHERE { ?d a dg:Deal } ORDER BY ?d", "--format", "json"],
    ["export", "--format", "nt"], ["export", "--format", "graphml"],
    ["extract", str(SEEDS / "000_36d92112ffcca38b.txt"), "--json"],
    ["extract", str(SEEDS / "002_54f8c9b41252d9c9.txt")],
    ["viz", "-o", "{out}/page.html"], ["entity", "Nobody at all"], ["validate"],
]

# Names in the store scripts/synth.py --triples 100000 --seed 1 makes (loaded with `kg load`):
# its biggest hubs and a person, so the synthetic run exercises the same paths at size.
SYNTHETIC = [
    ["partners", "Viopol Networks", "--json"], ["partners", "Viopol Networks", "--as-of", "2025-06"],
    ["partners", "--status", "signed", "--since", "2024", "--format", "csv"],
    ["entity", "Viopol Networks", "--json"], ["entity", "Priya Yoon"],
    ["path", "Priya Yoon", "Migra Electronics", "--json"], ["path", "Viopol Networks", "Migra Electronics"],
    ["rank", "--by", "pagerank", "--json"], ["rank", "--by", "betweenness", "--type", "company"],
    ["rank", "--type", "person", "--format", "tsv"],
    ["sparql", "SELECT ?d ?s WHERE { ?d a dg:Partnership ; dg:status ?s } ORDER BY ?d LIMIT 200", "--format", "csv"],
    ["sparql", "CONSTRUCT { ?d dg:party ?p } WHERE { ?d a dg:JointVenture ; dg:party ?p } ORDER BY ?d ?p LIMIT 100"],
    ["viz", "--focus", "Viopol Networks", "--depth", "1", "-o", "{out}/focus.html"],
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--store", type=Path)
    parser.add_argument("--synthetic", action="store_true",
                        help="also run the commands naming a 100k synthetic store's entities")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    # A fixed hash seed: networkx's GraphML writer orders its keys by set iteration.
    env = dict(os.environ, NO_COLOR="1", PYTHONHASHSEED="0")
    if args.store:
        env["KG_STORE"] = str(args.store)
    commands = COMMANDS + (SYNTHETIC if args.synthetic else [])
    for number, command in enumerate(commands):
        command = [part.replace("{out}", str(args.out.resolve())) for part in command]
        done = subprocess.run([*KG, *command], capture_output=True, env=env, cwd=REPO)
        text = done.stdout + b"\n--- stderr\n" + done.stderr + f"\n--- exit {done.returncode}\n".encode()
        text = text.replace(str(args.out.resolve()).encode(), b"{out}")  # runs differ in folder only
        (args.out / f"{number:02d}-{command[0]}.out").write_bytes(text)
    print(f"{len(commands)} outputs in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
