"""Real servers for the tests: `kg serve` and the Oxigraph server, on free loopback ports.

Every start waits with a deadline and every stop kills what it started, so nothing hangs.
"""

from __future__ import annotations

import json
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

START_SECONDS = 60


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until(ready, what: str, seconds: float = START_SECONDS) -> None:
    deadline = time.monotonic() + seconds
    while not ready():
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} was not ready after {seconds} s")
        time.sleep(0.05)


def get_json(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.loads(response.read())


def answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2):
            return True
    except OSError:
        return False


def stop(process: subprocess.Popen) -> None:
    """Ctrl-C first (the server's own shutdown), then kill."""
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(15)


@contextmanager
def kg_server(store: Path, log: Path, *options: str, cwd: Path | None = None):
    """`kg serve --port 0` on the store; yields its base URL (http://127.0.0.1:PORT). With
    `cwd`, the installed `kg` script is started there, as a user starts it."""
    program = [str(Path(sys.executable).parent / "kg")] if cwd else [sys.executable, "-m", "graph.cli"]
    command = [*program, "--store", str(store), "serve", "--port", "0", *options]
    with open(log, "wb") as err:
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=err, cwd=cwd)
    try:
        found = {}

        def announced() -> bool:
            assert process.poll() is None, log.read_text()
            match = re.search(r"http://127\.0\.0\.1:(\d+)/", log.read_text())
            found["port"] = match and match.group(1)
            return bool(match)

        wait_until(announced, "kg serve")
        base = f"http://127.0.0.1:{found['port']}"
        wait_until(lambda: answers(base + "/health"), "kg serve /health")
        yield base
    finally:
        stop(process)


def oxigraph_binary() -> str:
    beside = Path(sys.executable).parent / "oxigraph"
    found = str(beside) if beside.exists() else shutil.which("oxigraph")
    assert found, "the oxigraph server (PyPI package oxigraph, in the test extra) is not installed"
    return found


@contextmanager
def oxigraph_server(location: Path, *, union: bool = True):
    """An Oxigraph server whose default graph is the union of its named graphs (or, with
    union=False, a default graph of its own); yields its URL."""
    port = free_port()
    command = [oxigraph_binary(), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}",
               *(["--union-default-graph"] if union else [])]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        def up() -> bool:
            assert process.poll() is None, "the oxigraph server exited"
            return answers(base + "/query?query=ASK%7B%7D")

        wait_until(up, "oxigraph serve")
        yield base
    finally:
        process.kill()
        process.wait(15)


VIRTUOSO_INI = """\
[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
DirsAllowed = ., {dir}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
CheckpointInterval = 0

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {dir}
ServerThreads = 4
MaxClientConnections = 4

[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 120
"""


def virtuoso_binary() -> str:
    found = shutil.which("virtuoso-t")
    assert found, "virtuoso-t (Debian package virtuoso-opensource) is not installed: run make setup-test"
    return found


@contextmanager
def virtuoso_server(location: Path):
    """Virtuoso Open-Source in the foreground with its own database and virtuoso.ini in
    `location`, on free loopback ports; yields its base URL. Its default graph is the union of
    its graphs; /sparql-auth takes the DBA account (dba:dba) with Digest authentication."""
    location.mkdir(parents=True, exist_ok=True)
    ini = location / "virtuoso.ini"
    http_port = free_port()
    ini.write_text(VIRTUOSO_INI.format(dir=location, sql_port=free_port(), http_port=http_port))
    log = location / "virtuoso.out"
    with open(log, "wb") as out:
        process = subprocess.Popen([virtuoso_binary(), "+foreground", "+configfile", str(ini)],
                                   cwd=location, stdout=out, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{http_port}"
    try:
        def up() -> bool:
            assert process.poll() is None, "virtuoso-t exited: " + log.read_text(errors="replace")[-2000:]
            return answers(base + "/sparql?query=ASK%7B%7D")

        wait_until(up, "virtuoso-t")
        yield base
    finally:
        stop(process)
