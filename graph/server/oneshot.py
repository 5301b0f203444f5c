"""One user query in a process of its own, for `kg sparql`: stopped at a timeout, at Ctrl-C or
at a memory limit, and its results streamed back as they come.

pyoxigraph cannot be interrupted, has no timeout, and a query that outgrows memory aborts the
whole process (a Rust allocation failure is not an exception). So the query runs in a child,
`python -P -m graph.server.oneshot FD` (never a module from the working directory), in the
sandbox the server's workers have (graph/server/sandbox.py), holding the store open read-only
beside the caller. The child writes its results in pieces (graph/query/streaming.py) over a
socket; the caller passes each piece on and kills the child when it must stop.

Messages from the child are bytes: b"D" + a piece of output, then b"K" (done) or b"E" + a
one-line error.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Callable

from graph.model.errors import QueryError, first_line


@dataclass(frozen=True)
class QueryRun:
    """What the child is asked: the query, its output format and table style, its limits."""

    store_path: str
    text: str
    fmt: str
    style: object = None  # a graph.query.formats.TableStyle, or None for the plain table
    memory_mb: int | None = 2048
    network: bool = False  # whether the query may reach other servers (SERVICE)


def sparql_to(store, text: str, fmt: str, write: Callable[[bytes], object], *, allow_update: bool = False,
              allow_service: bool = False, timeout: float | None = 60.0, memory_mb: int | None = 2048) -> None:
    """`kg sparql`: a query of the embedded store runs in a child process (`run_query`) under
    `timeout` and `memory_mb`, its results written as they come, in the table style of the
    running command; an update (when allowed) changes the store here, and a remote store is
    queried from here."""
    from graph.query.formats import TABLE_STYLE
    from graph.query.sparql import check_user_text, sparql_command
    from graph.store.embedded import Store

    is_update = check_user_text(text, allow_update=allow_update, allow_service=allow_service)
    if is_update or not isinstance(store, Store) or store.path is None:
        write(sparql_command(store, text, fmt, allow_update, allow_service).encode("utf-8"))
        return
    run = QueryRun(str(store.path), text, fmt, TABLE_STYLE.get(), memory_mb or None, allow_service)
    run_query(run, write, timeout or None)


def run_query(run: QueryRun, write: Callable[[bytes], object], timeout: float | None = 60.0) -> None:
    """Run `run` in a child process, passing its output to `write` as it comes.

    Raises QueryError (the child's own error, or why it was stopped) when the query fails,
    runs longer than `timeout` seconds (time spent in `write` is not counted: a reader that
    pauses does not use up the query's time), or its process dies. The child is killed on
    any way out, Ctrl-C included.
    """
    with tempfile.TemporaryFile() as errors:
        process, conn = start(errors)
        try:
            talk(conn.send, run)
            relay(conn, write, timeout)
        except ChildGone:
            raise QueryError(died(process, errors, run.memory_mb)) from None
        finally:
            stop(process, conn)


class ChildGone(Exception):
    """The child's end of the socket closed before it said it was done."""


def talk(action, *args):
    """One exchange with the child; its death shows as ChildGone (and not as an error of
    `write`'s, such as a closed pipe on stdout, which must pass as it is)."""
    try:
        return action(*args)
    except (EOFError, OSError):
        raise ChildGone from None


def start(errors) -> tuple[subprocess.Popen, Connection]:
    ours, theirs = socket.socketpair()
    command = [sys.executable, "-P", "-m", "graph.server.oneshot", str(theirs.fileno())]
    try:
        process = subprocess.Popen(command, pass_fds=[theirs.fileno()], stdin=subprocess.DEVNULL,
                                   stdout=subprocess.DEVNULL, stderr=errors)
    except OSError as err:
        ours.close()
        raise QueryError(f"cannot start the query's process: {first_line(err)}") from None
    finally:
        theirs.close()
    return process, Connection(ours.detach())


def relay(conn: Connection, write: Callable[[bytes], object], timeout: float | None) -> None:
    """Pass the child's pieces to `write` until it is done; its waiting time is the timeout's."""
    left = timeout
    while True:
        began = time.monotonic()
        if not conn.poll(left):
            raise QueryError(f"query stopped: it ran longer than the {timeout:g} s timeout "
                             "(--timeout sets another, 0 none)")
        message = talk(conn.recv_bytes)
        if left is not None:
            left = max(0.0, left - (time.monotonic() - began))
        kind, body = message[:1], message[1:]
        if kind == b"K":
            return
        if kind == b"E":
            raise QueryError(body.decode("utf-8", "replace"))
        write(body)


def died(process: subprocess.Popen, errors, memory_mb: int | None) -> str:
    """Why the child ended without an answer, in one line, from what it said on stderr: a
    Rust panic (an engine bug: its message), an allocation refused at the memory limit, or
    a kill."""
    try:
        process.wait(5)
    except subprocess.TimeoutExpired:
        pass
    errors.seek(0)
    said = [line.strip() for line in errors.read(8192).decode("utf-8", "replace").splitlines() if line.strip()]
    panics = [i for i, line in enumerate(said) if " panicked at " in line]
    if panics and panics[0] + 1 < len(said):
        return f"query failed: the query engine stopped on an internal error: {said[panics[0] + 1][:200]}"
    if memory_mb:
        return (f"query stopped: it ran out of memory at the {memory_mb} MB limit "
                "(--memory-limit sets another, 0 none)")
    cause = f": {said[0][:200]}" if said else f" (exit status {process.returncode})"
    return f"query stopped: the query engine failed{cause}"


def stop(process: subprocess.Popen, conn: Connection) -> None:
    if process.poll() is None:
        process.kill()
    try:
        process.wait(5)
    except subprocess.TimeoutExpired:
        pass
    conn.close()


# ---------------------------------------------------------------------- the child


def child_main(conn: Connection) -> None:
    """The child's life: take the run, sandbox itself, open the store read-only, stream."""
    import signal

    from graph.server.sandbox import cut_network, die_with_parent, limit_memory

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the caller's: it kills this process
    die_with_parent()
    run: QueryRun = conn.recv()
    limit_memory(run.memory_mb)
    try:
        store = open_store(run.store_path)
        if not run.network:
            cut_network()
        answer(store, run, conn)
    except QueryError as err:
        conn.send_bytes(b"E" + str(err).encode("utf-8"))
        return
    except (OSError, RuntimeError) as err:
        conn.send_bytes(b"E" + f"query failed: {first_line(err)}".encode("utf-8"))
        return
    except BaseException as err:  # noqa: BLE001 - a Rust panic is a BaseException; report it
        conn.send_bytes(b"E" + f"query failed in the engine: {first_line(err) or type(err).__name__}".encode("utf-8"))
        return
    conn.send_bytes(b"K")


def open_store(path: str):
    import pyoxigraph as ox

    from graph.store.embedded import Store

    try:
        return Store(ox.Store.read_only(path), path, read_only=True)
    except OSError as err:
        raise QueryError(f"cannot open the store at {path} read-only: {first_line(err)}") from None


def answer(store, run: QueryRun, conn: Connection) -> None:
    from graph.query.formats import TABLE_STYLE
    from graph.query.streaming import write_results

    TABLE_STYLE.set(run.style)
    results = store.query(run.text)
    write_results(results, run.fmt, lambda piece: conn.send_bytes(b"D" + piece))


if __name__ == "__main__":
    child_main(Connection(int(sys.argv[1])))
