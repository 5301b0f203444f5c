"""Run SPARQL queries in worker processes that can be killed when they run too long.

pyoxigraph has no query timeout and cannot be interrupted from another thread, so `kg serve`
runs every query in one of a few worker processes, each holding the store open read-only.
A worker that passes the timeout is killed and replaced; the others keep answering.
Workers also lose network access where the system allows it (a new network namespace), as a
second guard behind the server's refusal of SERVICE.

>>> Reply(503, "text/plain; charset=utf-8", b"busy").ok
False
"""

from __future__ import annotations

import html
import json
import queue
import socket
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from itertools import islice
from multiprocessing.connection import Connection

import pyoxigraph as ox

from graph.model.errors import first_line
from graph.query.formats import FORMATS, GRAPH, RESULTS, engine_format, names

TEXT = "text/plain; charset=utf-8"
# The media type each format's reply names (the table in graph/query/formats.py).
RESULT_MEDIA = {name: FORMATS[name].media_type for name in names(RESULTS) if FORMATS[name].media_type}
GRAPH_MEDIA = {name: FORMATS[name].media_type for name in names(GRAPH)}
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
STARTUP_SECONDS = 60


@dataclass(frozen=True)
class Job:
    """One query, with the formats the client accepts for each kind of result (None: none)."""

    text: str
    result_format: str | None = "json"
    graph_format: str | None = "ttl"
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()


@dataclass(frozen=True)
class Reply:
    status: int
    media_type: str
    body: bytes
    truncated: bool = False

    @property
    def ok(self) -> bool:
        return self.status < 400


def error(status: int, message: str) -> Reply:
    return Reply(status, TEXT, (message + "\n").encode("utf-8"))


# ---------------------------------------------------------------------- inside a worker


def execute(store: ox.Store, job: Job, max_rows: int | None) -> Reply:
    """Run one query and serialize its results as the job asks."""
    try:
        results = store.query(job.text, prefixes=turtle_prefixes(), **dataset_options(job))
        if isinstance(results, ox.QueryTriples):
            return graph_reply(results, job.graph_format, max_rows)
        return results_reply(results, job.result_format, max_rows)
    except SyntaxError as err:
        return error(400, f"SPARQL syntax error: {first_line(err)}")
    except (OSError, ValueError) as err:
        return error(500, f"query failed: {first_line(err)}")


def dataset_options(job: Job) -> dict:
    """The protocol's default-graph-uri/named-graph-uri; without them, the union of graphs."""
    options = {}
    if job.default_graphs:
        options["default_graph"] = [ox.NamedNode(iri) for iri in job.default_graphs]
    else:
        options["use_default_graph_as_union"] = True
    if job.named_graphs:
        options["named_graphs"] = [ox.NamedNode(iri) for iri in job.named_graphs]
    return options


def results_reply(results, fmt: str | None, max_rows: int | None) -> Reply:
    if fmt is None:
        return not_acceptable(RESULT_MEDIA)
    if isinstance(results, ox.QueryBoolean):
        if fmt == "html":
            return Reply(200, RESULT_MEDIA[fmt], boolean_html(bool(results)))
        return Reply(200, RESULT_MEDIA[fmt], results.serialize(format=engine_format(fmt)))
    variables = [v.value for v in results.variables]
    rows = list(results) if max_rows is None else list(islice(results, max_rows + 1))
    truncated = max_rows is not None and len(rows) > max_rows
    rows = rows[:max_rows] if truncated else rows
    if fmt == "html":
        return Reply(200, RESULT_MEDIA[fmt], solutions_html(variables, rows), truncated)
    body = solutions_json(variables, rows)
    if fmt != "json":
        body = ox.parse_query_results(body, ox.QueryResultsFormat.JSON).serialize(format=engine_format(fmt))
    return Reply(200, RESULT_MEDIA[fmt], body, truncated)


def graph_reply(triples, fmt: str | None, max_rows: int | None) -> Reply:
    if fmt is None:
        return not_acceptable(GRAPH_MEDIA)
    kept = list(triples) if max_rows is None else list(islice(triples, max_rows + 1))
    truncated = max_rows is not None and len(kept) > max_rows
    kept = kept[:max_rows] if truncated else kept
    from graph.query.formats import turtle_prefixes as prefixes_for

    rdf = engine_format("ttl" if fmt == "html" else fmt)
    body = ox.serialize(kept, format=rdf, prefixes=prefixes_for(rdf))
    if fmt == "html":
        body = b"<pre>" + html.escape(body.decode("utf-8")).encode("utf-8") + b"</pre>"
    return Reply(200, GRAPH_MEDIA[fmt], body, truncated)


def not_acceptable(offered: dict) -> Reply:
    types = ", ".join(sorted({m.split(";")[0] for m in offered.values()}))
    return error(406, f"none of the accepted media types can carry these results; offered: {types}")


def turtle_prefixes() -> dict:
    from graph.model.namespaces import PREFIXES

    return dict(PREFIXES)


def solutions_json(variables: list[str], rows: list) -> bytes:
    """W3C SPARQL JSON results for already-fetched rows."""
    bindings = [{v: term_json(row[v]) for v in variables if row[v] is not None} for row in rows]
    return json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}},
                      ensure_ascii=False).encode("utf-8")


def term_json(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Triple):
        parts = zip(("subject", "predicate", "object"), (term.subject, term.predicate, term.object))
        return {"type": "triple", "value": {k: term_json(t) for k, t in parts}}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value != XSD_STRING:
        out["datatype"] = term.datatype.value
    return out


def solutions_html(variables: list[str], rows: list) -> bytes:
    """An HTML table fragment; every value escaped."""
    head = "".join(f"<th>{html.escape(v)}</th>" for v in variables)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(cell_text(row[v]))}</td>" for v in variables) + "</tr>"
        for row in rows
    )
    summary = f"<p>{len(rows)} row{'s' if len(rows) != 1 else ''}</p>"
    return (summary + f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>").encode("utf-8")


def boolean_html(value: bool) -> bytes:
    return f"<p>{'yes' if value else 'no'}</p>".encode("utf-8")


def cell_text(term) -> str:
    if term is None:
        return ""
    return term.value if isinstance(term, (ox.NamedNode, ox.Literal)) else str(term)



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


def limit_memory(memory_mb: int | None) -> None:
    """Cap the worker's address space: a query that sorts a huge cross product grows by
    hundreds of MB a second, and must fail alone instead of exhausting the machine."""
    if not memory_mb:
        return
    import resource

    limit = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def die_with_parent() -> None:
    """Ask Linux to kill this worker if the server dies, even mid-query."""
    try:
        import ctypes
        import signal

        ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def cut_network() -> bool:
    """Move this worker into an empty network namespace; True when that worked."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes
    import os

    libc = ctypes.CDLL(None, use_errno=True)
    clone_newnet, clone_newuser = 0x40000000, 0x10000000
    if libc.unshare(clone_newnet) == 0:
        return True
    return os.geteuid() != 0 and libc.unshare(clone_newuser | clone_newnet) == 0


# ---------------------------------------------------------------------- in the server


@dataclass(eq=False)
class Worker:
    process: subprocess.Popen
    conn: Connection
    isolated: bool = False

    def alive(self) -> bool:
        return self.process.poll() is None


@dataclass
class PoolStats:
    served: int = 0
    stopped: int = 0
    crashed: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def count(self, name: str) -> None:
        with self.lock:
            setattr(self, name, getattr(self, name) + 1)


class QueryPool:
    """A few worker processes; `run(job)` blocks the calling thread until its reply.

    A job waits at most `timeout` seconds for a free worker (then 503, busy) and at most
    `timeout` seconds for its answer (then the worker is killed and replaced, and 503).
    """

    def __init__(self, store_path: str, *, size: int = 2, timeout: float = 10.0,
                 max_rows: int | None = 10000, memory_mb: int | None = 2048):
        self.store_path = str(store_path)
        self.size = size
        self.timeout = timeout
        self.max_rows = max_rows
        self.memory_mb = memory_mb
        self.stats = PoolStats()
        self._idle: queue.Queue[Worker] = queue.Queue()
        self._workers: set[Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        self._spawn_requests: queue.Queue = queue.Queue()
        threading.Thread(target=self._spawner, name="kg-worker-spawner", daemon=True).start()
        try:
            starting = [self._spawn() for _ in range(size)]
            for worker in starting:
                self._idle.put(self._await_ready(worker))
        except BaseException:
            self.close()
            raise

    def _spawner(self) -> None:
        """Start every worker from this one long-lived thread: Linux's parent-death signal
        fires when the *thread* that started a child exits."""
        while (request := self._spawn_requests.get()) is not None:
            try:
                request.put(self._start_process())
            except OSError as err:
                request.put(err)

    def _spawn(self) -> Worker:
        from graph.model.errors import StoreError

        if self._closed:
            raise StoreError("the query pool is closed")
        reply: queue.Queue = queue.Queue()
        self._spawn_requests.put(reply)
        try:
            worker = reply.get(timeout=STARTUP_SECONDS)
        except queue.Empty:
            raise StoreError("the query pool is closed") from None
        if isinstance(worker, OSError):
            raise StoreError(f"cannot start a query worker: {worker}")
        return worker

    def _start_process(self) -> Worker:
        """A worker is `python -m graph.server.pool`, talking over a socket pair (no re-import of the
        caller's main module, unlike multiprocessing's spawn)."""
        ours, theirs = socket.socketpair()
        command = [sys.executable, "-m", "graph.server.pool", self.store_path, str(theirs.fileno()),
                   str(self.max_rows or ""), str(self.memory_mb or "")]
        try:
            process = subprocess.Popen(command, pass_fds=[theirs.fileno()], stdin=subprocess.DEVNULL)
        finally:
            theirs.close()
        return Worker(process, Connection(ours.detach()))

    def _await_ready(self, worker: Worker) -> Worker:
        from graph.model.errors import StoreError

        if not worker.conn.poll(STARTUP_SECONDS):
            self._kill(worker)
            raise StoreError("a query worker did not start in time")
        try:
            state, detail = worker.conn.recv()
        except (EOFError, OSError):
            state, detail = "failed", "a query worker exited while starting"
        if state != "ready":
            self._kill(worker)
            raise StoreError(detail)
        worker.isolated = detail
        with self._lock:
            self._workers.add(worker)
        return worker

    def run(self, job: Job) -> Reply:
        try:
            worker = self._idle.get(timeout=self.timeout)
        except queue.Empty:
            return error(503, f"all {self.size} query workers stayed busy for {self.timeout:g} s; try again later")
        try:
            worker.conn.send(job)
            if worker.conn.poll(self.timeout):
                reply = worker.conn.recv()
                self._idle.put(worker)
                self.stats.count("served")
                return reply
            self.stats.count("stopped")
            reply = error(503, f"query stopped: it ran longer than the {self.timeout:g} s timeout")
        except (EOFError, OSError):
            self.stats.count("crashed")
            reply = error(503, self.crash_message())
        self._replace(worker)
        return reply

    def crash_message(self) -> str:
        if self.memory_mb:
            return (f"query stopped: its worker died, most likely at the {self.memory_mb} MB "
                    "memory limit of a query")
        return "query stopped: its worker died (out of memory?)"

    def _replace(self, worker: Worker) -> None:
        """Kill a worker and start its successor in the background, so the reply goes out now."""
        self._kill(worker)
        threading.Thread(target=self._restart, name="kg-worker-restart", daemon=True).start()

    def _restart(self) -> None:
        try:
            worker = self._await_ready(self._spawn())
        except Exception as err:  # noqa: BLE001 - a thread must not die silently
            if not self._closed:
                print(f"kg serve: could not restart a query worker: {err}", file=sys.stderr)
            return
        if self._closed:  # the pool closed while this worker was starting
            self._kill(worker)
        else:
            self._idle.put(worker)

    def _kill(self, worker: Worker) -> None:
        with self._lock:
            self._workers.discard(worker)
        if worker.alive():
            worker.process.kill()
        try:
            worker.process.wait(5)
        except subprocess.TimeoutExpired:
            pass
        worker.conn.close()

    def health(self) -> dict:
        with self._lock:
            alive = [w for w in self._workers if w.alive()]
        return {
            "workers": len(alive), "idle": self._idle.qsize(),
            "network_isolated": bool(alive) and all(w.isolated for w in alive),
            "served": self.stats.served, "stopped": self.stats.stopped, "crashed": self.stats.crashed,
        }

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers = list(self._workers)
        self._spawn_requests.put(None)
        for worker in workers:
            self._kill(worker)


def main(argv: list[str]) -> None:
    """`python -m graph.server.pool STORE FD MAX_ROWS MEMORY_MB`: one worker, started by QueryPool."""
    store_path, fd, max_rows, memory_mb = argv
    worker_main(store_path, Connection(int(fd)), int(max_rows) if max_rows else None,
                int(memory_mb) if memory_mb else None)


if __name__ == "__main__":
    # Run the imported module's code, so that pickled replies name graph.server.pool, not __main__.
    from graph.server.pool import main as run_worker

    run_worker(sys.argv[1:])
