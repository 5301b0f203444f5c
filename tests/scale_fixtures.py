"""Synthetic graphs from scripts/synth.py for the scale tests (small sizes)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "synth.py"


def synth_module():
    """scripts/synth.py as a module (scripts/ is not a package)."""
    if "synth" not in sys.modules:
        spec = importlib.util.spec_from_file_location("synth", SCRIPT)
        module = sys.modules["synth"] = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    return sys.modules["synth"]


def write_synth(path: Path, triples: int, seed: int = 1) -> Path:
    """A synthetic graph of exactly `triples` triples at `path` (.nt or .ttl)."""
    with open(path, "w", encoding="utf-8") as out:
        synth_module().generate(out, triples, seed, turtle=path.suffix == ".ttl")
    return path
