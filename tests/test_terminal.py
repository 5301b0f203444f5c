"""Tables made for people: at a real terminal (a pty) they fit its width, colour statuses (not
with NO_COLOR) and say when rows are left out; --wide shows everything; csv and json, and any
output that is not a terminal, stay as they were."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import termios

import pytest

ANSI = re.compile(r"\x1b\[[0-9;]*m")
ALL_TRIPLES = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o"


def on_terminal(store, *args: str, columns: int = 60, **env: str) -> str:
    """What `kg --store STORE ARGS` prints to a terminal `columns` wide (a real pty)."""
    master, slave = os.openpty()
    settings = termios.tcgetattr(slave)
    settings[1] &= ~termios.OPOST  # no "\n" -> "\r\n": the bytes as the command wrote them
    termios.tcsetattr(slave, termios.TCSANOW, settings)
    environment = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "KG_STORE")}
    environment.update(COLUMNS=str(columns), LINES="40", **env)
    process = subprocess.Popen([sys.executable, "-m", "graph.cli", "--store", str(store), *args],
                               stdin=subprocess.DEVNULL, stdout=slave, stderr=subprocess.PIPE, env=environment)
    os.close(slave)
    chunks = []
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the pty's other end closed: the command ended
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    assert process.wait(60) == 0, process.stderr.read()
    process.stderr.close()
    return b"".join(chunks).decode("utf-8")


def plain(store, *args: str) -> str:
    """What the same command writes to a pipe, byte for byte (as CI and scripts get it)."""
    environment = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "KG_STORE")}
    return subprocess.run([sys.executable, "-m", "graph.cli", "--store", str(store), *args], env=environment,
                          capture_output=True, check=True, timeout=60).stdout.decode("utf-8")


@pytest.fixture(scope="module")
def store(make_store):
    return make_store("terminal")


def test_a_table_fits_the_terminal_and_colours_statuses(store):
    shown = on_terminal(store, "partners", columns=80)
    lines = ANSI.sub("", shown).splitlines()
    assert max(len(line) for line in lines) <= 80
    assert any(line.endswith("\u2026") or "\u2026 " in line for line in lines)
    assert "\x1b[32msigned" in shown  # an agreed status is green
    full = plain(store, "partners")
    assert max(len(line) for line in full.splitlines()) > 80
    assert len(lines) == len(full.splitlines())


def test_no_color_turns_colour_off(store):
    shown = on_terminal(store, "partners", columns=80, NO_COLOR="1")
    assert "\x1b[" not in shown
    assert max(len(line) for line in shown.splitlines()) <= 80


def test_wide_shows_what_a_file_gets(store):
    assert on_terminal(store, "partners", "--wide", NO_COLOR="1") == plain(store, "partners")
    assert ANSI.sub("", on_terminal(store, "entity", "OpenAI", "--wide")) == plain(store, "entity", "OpenAI")


def test_a_long_table_says_how_many_rows_it_shows(store):
    total = len(plain(store, "sparql", ALL_TRIPLES, "--format", "csv").splitlines()) - 1
    assert total > 1000
    shown = on_terminal(store, "sparql", ALL_TRIPLES, columns=100).splitlines()
    assert len(shown) == 2 + 1000 + 1
    assert shown[-1] == (f"(1,000 of {total:,} rows shown; --wide shows every row and cell in full; "
                         "--format csv or json gives everything)")
    assert len(on_terminal(store, "sparql", ALL_TRIPLES, "--wide").splitlines()) == 2 + total


@pytest.mark.parametrize("args", [
    ("partners", "--format", "csv"),
    ("partners", "--json"),
    ("rank", "--format", "tsv"),
    ("sparql", ALL_TRIPLES, "--format", "csv"),
])
def test_csv_json_and_tsv_are_whole_at_a_terminal(store, args):
    assert on_terminal(store, *args, columns=40) == plain(store, *args)
