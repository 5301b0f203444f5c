"""Run SPARQL queries in worker processes that can be killed when they run too long.

pyoxigraph has no query timeout and cannot be interrupted from another thread, so `kg serve`
runs every query in one of a few worker processes (graph/server/worker.py), each holding the
store open read-only in its sandbox (graph/server/sandbox.py). A worker that passes the
timeout is killed and replaced; the others keep answering. What a worker answers, and how
results are serialised, is graph/server/results.py.
"""

from __future__ import annotations

import os
import queue
import socket
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from multiprocessing.connection import Connection

from graph.server.results import Job, Reply, error

STARTUP_SECONDS = 60


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
        """A worker is `python -P -m graph.server.worker`, talking over a socket pair (no re-import
        of the caller's main module, unlike multiprocessing's spawn). -P keeps the working
        directory off its path: an `inspect.py` where the user started `kg serve` is not run."""
        ours, theirs = socket.socketpair()
        command = [sys.executable, "-P", "-m", "graph.server.worker", self.store_path, str(theirs.fileno()),
                   str(self.max_rows or ""), str(self.memory_mb or "")]
        # Few malloc arenas: each thread's 64 MB arena counts against the worker's address-space cap,
        # and the store's threads could otherwise fail to start under it on a busy machine.
        env = {**os.environ, "MALLOC_ARENA_MAX": "2"}
        try:
            process = subprocess.Popen(command, pass_fds=[theirs.fileno()], stdin=subprocess.DEVNULL, env=env)
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
