"""Hostile text meets the command line: labels carrying terminal escape sequences, names that
are not UTF-8 or are 100 kB long. Each gets printable output or one short `Error:` line, run
as a user runs `kg` (a real process, real argv bytes)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from conftest import inline_source

# Window title (OSC 0), clipboard write (OSC 52), a hyperlink (OSC 8), a colour, a carriage
# return that would overwrite the line, and a right-to-left override.
HOSTILE = ("Evil\x1b]0;pwned\x07 Corp\x1b]52;c;ZWNobyBoaQ==\x07"
           "\x1b]8;;http://evil.example\x1b\\link\x1b]8;;\x1b\\\x1b[31m\r\u202eproC")
CLEAR_SCREEN = "\x1b[2Jcleared"


def turtle_string(text: str) -> str:
    return '"' + "".join(c if c.isalnum() or c == " " else f"\\u{ord(c):04X}" for c in text) + '"'


TURTLE = f"""
dgr:evil a dg:Company ; rdfs:label {turtle_string(HOSTILE)} ; dg:summary {turtle_string(CLEAR_SCREEN)} .
dgr:good a dg:Company ; rdfs:label "Good Corp" .
dgr:pact a dg:Partnership ; dg:party dgr:evil, dgr:good ; dg:status dg:Signed .
"""


@pytest.fixture(scope="module")
def hostile_store(make_store):
    return make_store("hostile", inline_source(TURTLE, "hostile"))


def kg(store, *args: str | bytes) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if k != "KG_STORE"}
    return subprocess.run([sys.executable, "-m", "graph.cli", "--store", str(store), *args],
                          capture_output=True, env=environment, timeout=120)


def control_bytes(data: bytes) -> set[int]:
    return {b for b in data if (b < 0x20 and b not in (0x09, 0x0A)) or b == 0x7F}


@pytest.mark.parametrize("args", [("entity", "Good Corp"), ("partners", "Good Corp"),
                                  ("ask", "Who partners with Good Corp?"),
                                  ("sparql", "SELECT ?l WHERE { ?c rdfs:label ?l }")])
def test_labels_reach_the_terminal_without_control_characters(hostile_store, args):
    done = kg(hostile_store, *args)
    assert done.returncode == 0, done.stderr
    assert "Evil" in done.stdout.decode()  # the label is shown ...
    assert control_bytes(done.stdout) == set()  # ... and cannot drive the terminal
    assert "\u202e" not in done.stdout.decode()


def test_a_hostile_label_in_an_error_is_made_printable(hostile_store):
    done = kg(hostile_store, "partners", "Evil\x1b]0;pwned\x07")
    assert done.returncode == 1
    assert control_bytes(done.stderr) == set()
    assert done.stderr.decode().startswith("Error: ")


@pytest.mark.parametrize("command", ["partners", "entity", "path", "ask", "viz", "sparql"])
def test_a_name_that_is_not_utf8_is_one_usage_error(hostile_store, command):
    args = [command, b"\xff\xfe"] + ([b"OpenAI"] if command == "path" else [])
    done = kg(hostile_store, *args)
    assert done.returncode == 2
    lines = done.stderr.decode().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and "UTF-8" in lines[0]
    assert done.stdout == b""


def test_a_huge_name_is_not_echoed_back_whole(hostile_store):
    done = kg(hostile_store, "entity", "x" * 100_000 + " Holdings")
    assert done.returncode == 1
    line = done.stderr.decode()
    assert line.count("\n") == 1 and len(line) < 400
    assert "characters cut" in line and "Holdings" in line
