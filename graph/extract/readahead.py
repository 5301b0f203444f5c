"""A huge text's blocks of sentences, read one block ahead in a second process.

Tokens, titles and names of a block need nothing from the blocks before it (entities are
resolved afterwards, in this process), so a second core can read block N+1 while this
process finds the facts of block N. An article is one block and is read here, in order.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

Block = TypeVar("Block")
Read = TypeVar("Read")


def read_ahead(read: Callable[[Block], Read], blocks: Sequence[Block],
               read_more: Callable[[Block], Read] | None = None) -> Iterator[Read]:
    """`read(block)` of each block, in order. With two blocks or more and a second core, a
    forked worker reads the next block while the caller reads or uses the current one; at
    most two blocks are in flight, so memory stays bounded. The worker, which has time to
    spare, calls `read_more` instead where given: the same read, doing some of the caller's work."""
    if len(blocks) < 2 or not can_fork():
        yield from map(read, blocks)
        return
    # A forked worker inherits its read (a gazetteer and all); only blocks and results are pickled.
    context = multiprocessing.get_context("fork")
    with context.Pool(1, initializer=start_worker, initargs=(read_more or read,)) as pool:
        pending = pool.apply_async(read_in_worker, (blocks[1],))
        yield read(blocks[0])
        for block in blocks[2:]:
            current = pending.get()
            pending = pool.apply_async(read_in_worker, (block,))
            yield current
        yield pending.get()


def can_fork() -> bool:
    return (os.cpu_count() or 1) > 1 and "fork" in multiprocessing.get_all_start_methods()


worker_read: Callable | None = None  # set in the worker process only


def start_worker(read: Callable) -> None:
    """Ctrl-C stops the caller, which stops the worker: the worker prints no traceback of its own."""
    global worker_read
    worker_read = read
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def read_in_worker(block):
    return worker_read(block)
