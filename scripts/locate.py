"""Print the character offsets of a phrase in a source text, for evidence selectors.

Usage:
    python scripts/locate.py FILE "phrase" [--nth N] [--to "end phrase"]

Prints ``start end``: Python str indices (Unicode code points) into FILE read as UTF-8 with
no newline translation, the same offsets an ``oa:TextPositionSelector`` stores. ``--nth``
picks the Nth occurrence (1-based, default 1); ``--to`` extends the span to the end of the
first occurrence of a second phrase after the start, for spans too long to type. Exit status 1
with a one-line ``error: ...`` on stderr when the phrase is absent.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


class LocateError(Exception):
    """A phrase could not be placed in the text."""


def read_text(path: str | Path) -> str:
    """The text exactly as offsets count it: UTF-8, no newline translation."""
    return Path(path).read_bytes().decode("utf-8")


def _fold_quotes(s: str) -> str:
    return s.translate(str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'}))


def locate(text: str, phrase: str, nth: int = 1, to: str | None = None) -> tuple[int, int]:
    """Offsets ``(start, end)`` of the ``nth`` occurrence of ``phrase`` in ``text``.

    >>> locate("a cat and a cat", "cat", nth=2)
    (12, 15)
    >>> locate("one two three", "two", to="three")
    (4, 13)
    """
    if not phrase:
        raise LocateError("empty phrase")
    if nth < 1:
        raise LocateError(f"--nth must be 1 or more, got {nth}")
    start = -1
    for _ in range(nth):
        start = text.find(phrase, start + 1)
        if start < 0:
            break
    if start < 0:
        count = text.count(phrase)
        if count:
            raise LocateError(f"phrase occurs {count} time(s), not {nth}: {phrase!r}")
        hint = ""
        if _fold_quotes(phrase).lower() in _fold_quotes(text).lower():
            hint = " (it matches if case or curly quotes are ignored)"
        raise LocateError(f"phrase not found{hint}: {phrase!r}")
    end = start + len(phrase)
    if to is not None:
        at = text.find(to, start)
        if at < 0:
            raise LocateError(f"end phrase not found after offset {start}: {to!r}")
        end = max(end, at + len(to))
    return start, end


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file", help="source text (UTF-8)")
    parser.add_argument("phrase", help="exact text to find")
    parser.add_argument("--nth", type=int, default=1, help="which occurrence, 1-based")
    parser.add_argument("--to", help="extend the span to the end of this later phrase")
    args = parser.parse_args(argv)
    try:
        text = read_text(args.file)
        start, end = locate(text, args.phrase, args.nth, args.to)
    except (OSError, UnicodeDecodeError, LocateError) as exc:
        print(f"error: {args.file}: {exc}", file=sys.stderr)
        return 1
    print(start, end)
    return 0


if __name__ == "__main__":
    sys.exit(main())
