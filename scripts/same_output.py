"""Write what every command prints on a store, one file per command, to compare two versions.

Usage:
    python scripts/same_output.py OUT_DIR [--store DIR]

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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--store", type=Path)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, NO_COLOR="1")
    if args.store:
        env["KG_STORE"] = str(args.store)
    for number, command in enumerate(COMMANDS):
        command = [part.replace("{out}", str(args.out.resolve())) for part in command]
        done = subprocess.run([*KG, *command], capture_output=True, env=env, cwd=REPO)
        text = done.stdout + b"\n--- stderr\n" + done.stderr + f"\n--- exit {done.returncode}\n".encode()
        (args.out / f"{number:02d}-{command[0]}.out").write_bytes(text)
    print(f"{len(COMMANDS)} outputs in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
