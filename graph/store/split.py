"""Cut a big N-Triples file into parts that can be bulk-loaded side by side.

Oxigraph's bulk loader keeps to one core until a file passes about a million triples, so
two parts loaded at once use both cores of a small machine; parts of about 64 MB, two at a
time, also keep the peak memory of a large load down (bench/ and the README's Performance
section have the figures).

Each bulk load names its blank nodes afresh, so a cut is made only where no blank-node label
is used on both sides of it. The scan that finds those places reads the file once, a block
at a time, and keeps one entry per label, not the file.
"""

from __future__ import annotations

import bisect
import math
import os
import re
import threading
from dataclasses import dataclass
from pathlib import Path

PART_BYTES = 64 << 20
BLOCK_BYTES = 64 << 10  # small, so that a safe cut lies near each target (1 block end in 4 in synth data)
MIN_SPLIT_BYTES = 4 << 20
MAX_WORKERS = 4
# Anything that could start a blank-node label. Reading too much (a "_:" inside a literal, a
# label cut short at a ".") only makes cuts rarer, never unsafe: one label always gives one key.
BLANK_LABEL = re.compile(rb'_:[^\s.<>"]*')


@dataclass(frozen=True)
class Part:
    start: int  # byte offsets, [start, end)
    end: int
    first_line: int  # line number of the part's first line in the whole file


def workers() -> int:
    return max(1, min(MAX_WORKERS, len(os.sched_getaffinity(0))))


def whole(path: Path) -> Part:
    return Part(0, path.stat().st_size, 1)


def cut(path: Path) -> list[Part]:
    """The parts of an N-Triples (or N-Quads) file: the whole file when it is small or has no
    safe place to cut, else at least one part per worker and parts of about PART_BYTES."""
    size = path.stat().st_size
    if size < MIN_SPLIT_BYTES:
        return [whole(path)]
    blocks = scan(path, BLOCK_BYTES)
    wanted = max(workers(), math.ceil(size / PART_BYTES))
    cuts = choose_cuts(blocks, size, wanted)
    starts = [(0, 1)] + [(b.end, b.lines + 1) for b in cuts]
    ends = [b.end for b in cuts] + [size]
    return [Part(start, end, line) for (start, line), end in zip(starts, ends)]  # one if no cuts


@dataclass(frozen=True)
class Block:
    end: int  # byte offset just after the block's last line
    lines: int  # lines up to the block's end
    safe: bool  # no blank-node label is used both before and after `end`


def scan(path: Path, block_bytes: int) -> list[Block]:
    """The file as blocks of whole lines, each saying whether a cut after it is safe."""
    ends, lines, opened = [], [], []
    last_block: dict[bytes, int] = {}
    offset = line_count = 0
    with open(path, "rb") as raw:
        while block := raw.read(block_bytes):
            if not block.endswith(b"\n"):
                block += raw.readline()
            here = len(ends)
            opened.append(0)
            for label in set(BLANK_LABEL.findall(block)):
                seen = last_block.get(label)
                if seen is not None and seen != here:
                    # The label spans the cuts after blocks seen .. here-1.
                    opened[seen] += 1
                    opened[here] -= 1
                last_block[label] = here
            offset += len(block)
            line_count += block.count(b"\n")
            ends.append(offset)
            lines.append(line_count)
    blocks, spanning = [], 0
    for end, count, change in zip(ends, lines, opened):
        spanning += change
        blocks.append(Block(end, count, spanning == 0))
    return blocks[:-1]  # no cut after the last block


def choose_cuts(blocks: list[Block], size: int, wanted: int) -> list[Block]:
    """Safe block ends nearest to `wanted` equal shares of the file, in order."""
    safe = [b for b in blocks if b.safe]
    ends = [b.end for b in safe]
    cuts: list[Block] = []
    for share in range(1, wanted):
        target = size * share // wanted
        first = bisect.bisect_right(ends, cuts[-1].end if cuts else 0)  # after the last cut
        if first == len(safe):
            break
        past = bisect.bisect_left(ends, target, first)
        near = [safe[i] for i in (past - 1, past) if first <= i < len(safe)]
        cuts.append(min(near, key=lambda b: abs(b.end - target)))
    return cuts


class Cancelled(Exception):
    """Raised into a part's load when another part failed."""


class PartReader:
    """Reads one part of a file for pyoxigraph, reporting progress, until cancelled."""

    def __init__(self, path: Path, part: Part, progress, cancel: threading.Event):
        self.raw = open(path, "rb")
        self.raw.seek(part.start)
        self.left = part.end - part.start
        self.progress = progress
        self.cancel = cancel

    def read(self, size: int = -1) -> bytes:
        if self.cancel.is_set():
            raise Cancelled("another part of the file failed")
        size = self.left if size < 0 else min(size, self.left)
        chunk = self.raw.read(size)
        self.left -= len(chunk)
        if self.progress:
            self.progress(len(chunk))
        return chunk

    def __enter__(self) -> "PartReader":
        return self

    def __exit__(self, *exc) -> None:
        self.raw.close()


def shift_lines(message: str, first_line: int) -> str:
    """A parser message about a part, with its line numbers counted in the whole file."""
    return re.sub(r"\bline (\d+)", lambda m: f"line {int(m[1]) + first_line - 1}", message)
