"""`kg serve` and `kg push` on the command line: exact output and exit codes."""

from __future__ import annotations

import json
import socket
import urllib.parse
import urllib.request
from pathlib import Path

from click.testing import CliRunner

from graph.cli import main
from servers import answers, kg_server


def kg(*args: str):
    return CliRunner().invoke(main, list(args))


def get(store: Path, path: str):
    return kg("--store", str(store), "serve", "--get", path)


def sparql_path(query: str, **params: str) -> str:
    return "/sparql?" + urllib.parse.urlencode({"query": query, **params})


def test_get_answers_one_query(seed_store_path):
    result = get(seed_store_path, sparql_path("ASK { dgr:openai rdfs:label 'OpenAI'@en }", format="json"))
    assert (result.exit_code, result.output) == (0, '{"head":{},"boolean":true}')


def test_get_csv(seed_store_path):
    query = 'SELECT ?x ?y WHERE { BIND("a,b" AS ?x) BIND(dgr:openai AS ?y) }'
    result = get(seed_store_path, sparql_path(query, format="csv"))
    assert (result.exit_code, result.stdout_bytes) == (0, b'x,y\r\n"a,b",https://dealgraph.org/id/openai\r\n')


def test_get_health(seed_store_path):
    result = get(seed_store_path, "/health")
    health = json.loads(result.output)
    assert result.exit_code == 0
    assert (health["status"], health["workers"], health["timeout"], health["max_rows"], health["memory_mb"]) == (
        "ok", 1, 10.0, 10000, 2048)


def test_get_max_rows_and_timeout_options(seed_store_path):
    result = kg("--store", str(seed_store_path), "serve", "--max-rows", "2", "--get",
                sparql_path("SELECT ?s WHERE { ?s ?p ?o }", format="tsv"))
    assert result.exit_code == 0
    assert len(result.output.splitlines()) == 3
    result = kg("--store", str(seed_store_path), "serve", "--timeout", "1", "--get",
                sparql_path("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"))
    assert (result.exit_code, result.output) == (1, "Error: HTTP 503: query stopped: it ran longer than the 1 s timeout\n")


def test_get_errors(seed_store_path):
    assert get(seed_store_path, "/sparql?update=DROP%20ALL").output == (
        "Error: HTTP 403: SPARQL Update is refused: this endpoint is read-only\n")
    assert get(seed_store_path, "/nowhere").output == "Error: HTTP 404: Not Found\n"
    result = get(seed_store_path, "health")
    assert (result.exit_code, result.output) == (1, "Error: 'health' is not a path: it must start with '/'\n")
    result = get(seed_store_path, sparql_path("SELECT * WHERE { SERVICE <http://127.0.0.1:9/> {} }"))
    assert result.output == (
        "Error: HTTP 403: SERVICE (federated query) is refused: this endpoint does not call other servers\n")


def test_serve_refuses_a_remote_endpoint(seed_store_path):
    result = kg("--store", str(seed_store_path), "--endpoint", "http://127.0.0.1:9/query", "serve")
    assert (result.exit_code, result.output) == (
        1, "Error: kg serve serves the embedded store; drop --endpoint / KG_ENDPOINT\n")


def test_serve_reports_a_busy_port(seed_store_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = kg("--store", str(seed_store_path), "serve", "--port", str(port))
    assert (result.exit_code, result.output) == (
        1, f"Error: cannot listen on 127.0.0.1:{port}: Address already in use\n")


def test_serve_bad_options_are_usage_errors(seed_store_path):
    result = kg("--store", str(seed_store_path), "serve", "--timeout", "0")
    assert result.exit_code == 2
    assert "Invalid value for '--timeout'" in result.output


def test_stopping_the_server_stops_its_workers(seed_store_path, tmp_path):
    with kg_server(seed_store_path, tmp_path / "serve.log", "--workers", "2") as base:
        workers = worker_pids(seed_store_path)
        assert len(workers) == 2
    assert not answers(base + "/health")
    assert [pid for pid in workers if running(pid)] == []


def running(pid: int) -> bool:
    """True for a live process (a zombie awaiting its reaper is not)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def worker_pids(store: Path) -> list[int]:
    """Query workers of this store, from /proc (Linux)."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            command = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if b"graph.server.worker" in command and str(store).encode() in command:
            found.append(int(entry.name))
    return found


def test_push_to_nowhere(seed_store_path):
    result = kg("--store", str(seed_store_path), "--update-endpoint", "http://127.0.0.1:9/update", "push")
    assert result.exit_code == 1
    assert result.output.startswith("Error: cannot reach http://127.0.0.1:9/update: ")


def test_a_querys_own_from_is_its_dataset(seed_store_path):
    query = "SELECT (COUNT(*) AS ?n) FROM <urn:nonexistent> WHERE { ?s ?p ?o }"
    result = get(seed_store_path, sparql_path(query, format="csv"))
    assert (result.exit_code, result.output.splitlines()) == (0, ["n", "0"])
    protocol = get(seed_store_path, sparql_path(query, format="csv", **{
        "default-graph-uri": "https://dealgraph.org/graph/source/entities"}))
    assert int(protocol.output.splitlines()[1]) > 0  # the protocol's dataset wins over FROM


def test_serve_runs_nothing_from_its_working_directory(seed_store_path, tmp_path):
    """Modules that shadow the standard library or the package itself, where the user starts
    `kg serve`: no worker imports them."""
    hostile = tmp_path / "downloads"
    (hostile / "graph").mkdir(parents=True)
    marker = tmp_path / "ran"
    payload = f"open({str(marker)!r}, 'a').write(__name__ + '\\n')\n"
    for module in ("inspect.py", "json.py", "socket.py", "graph/__init__.py"):
        (hostile / module).write_text(payload)
    with kg_server(seed_store_path, tmp_path / "serve.log", "--workers", "2", cwd=hostile) as base:
        query = urllib.parse.quote("SELECT (COUNT(*) AS ?n) WHERE { ?s a dg:Company }")
        assert answers(f"{base}/sparql?query={query}")
        with urllib.request.urlopen(base + "/health", timeout=10) as reply:
            health = json.loads(reply.read())
        assert health["workers"] >= 1 and health["served"] >= 1, health
    assert not marker.exists(), marker.read_text()
