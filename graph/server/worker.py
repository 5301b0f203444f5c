"""One query worker: `python -m graph.server.worker STORE FD MAX_ROWS MEMORY_MB`, started by
QueryPool (graph/server/pool.py).

It first puts itself in its sandbox (graph/server/sandbox.py), then opens the store read-only
and answers jobs from the socket it was given until the server closes it.
"""

from __future__ import annotations

import sys
from multiprocessing.connection import Connection

import pyoxigraph as ox

from graph.model.errors import first_line
from graph.server.results import execute
from graph.server.sandbox import cut_network, die_with_parent, limit_memory

def worker_main(store_path: str, conn, max_rows: int | None, memory_mb: int | None = None) -> None:
    """A worker's life: open the store read-only, then answer jobs until the pipe closes."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the server's to handle
    die_with_parent()
    limit_memory(memory_mb)
    try:
        store = ox.Store.read_only(store_path)
    except OSError as err:
        conn.send(("failed", f"cannot open the store at {store_path} read-only: {first_line(err)}"))
        return
    conn.send(("ready", cut_network()))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        conn.send(execute(store, job, max_rows))


def main(argv: list[str]) -> None:
    """A worker started by QueryPool, from its command line: STORE FD MAX_ROWS MEMORY_MB."""
    store_path, fd, max_rows, memory_mb = argv
    worker_main(store_path, Connection(int(fd)), int(max_rows) if max_rows else None,
                int(memory_mb) if memory_mb else None)


if __name__ == "__main__":
    main(sys.argv[1:])
