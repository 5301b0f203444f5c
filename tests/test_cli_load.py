"""`kg load`: messages, exit codes, and the progress bar on a terminal."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from scale_fixtures import write_synth

from graph.cli import main

KG = Path(sys.executable).parent / "kg"


@pytest.fixture(scope="module")
def deals(tmp_path_factory) -> Path:
    return write_synth(tmp_path_factory.mktemp("cli-load") / "deals.nt", 2000, seed=11)


def kg(*args):
    return CliRunner().invoke(main, list(args))


def test_load_reports_each_source(store_path, deals, tmp_path):
    more = write_synth(tmp_path / "More Deals.ttl", 2500, seed=12)
    result = kg("load", str(deals), str(more))
    assert result.exit_code == 0
    assert result.stdout == ("loaded 2000 triples as source deals\n"
                             "loaded 2500 triples as source more-deals\n")
    assert result.stderr == ""  # no bar when stderr is not a terminal
    listed = kg("sources", "--format", "csv")
    assert "deals,2000," in listed.stdout and "more-deals,2500," in listed.stdout


def test_broken_file_exit_1_and_one_error_line(store_path, deals, tmp_path):
    broken = tmp_path / "broken.nt"
    broken.write_bytes(deals.read_bytes() + b"<https://dealgraph.org/id/x> <p> .\n")
    result = kg("load", str(deals), str(broken))
    assert result.exit_code == 1
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"Error: {broken}:2001: ")
    assert lines[0].endswith("; nothing was stored")
    assert "deals" not in kg("sources", "--format", "csv").stdout


@pytest.mark.parametrize("name, message", [
    ("missing.nt", "Error: {path}: no such file\n"),
    ("deals.csv", "Error: {path}: unknown RDF file extension '.csv' (use one of "),
    ("folder", "Error: {path}: is a directory; name the files in it\n"),
])
def test_bad_paths_exit_1(store_path, tmp_path, name, message):
    path = tmp_path / name
    if name.endswith(".csv"):
        path.write_text("a,b\n")
    if name == "folder":
        path.mkdir()
    result = kg("load", str(path))
    assert result.exit_code == 1
    assert result.stderr.startswith(message.format(path=path))


def test_already_stored_exit_1(store_path, deals):
    assert kg("load", str(deals)).exit_code == 0
    result = kg("load", str(deals))
    assert result.exit_code == 1
    assert result.stderr == f"Error: {deals}: source 'deals' is already stored; `kg remove deals` first\n"


def test_no_file_is_a_usage_error(store_path):
    result = kg("load")
    assert result.exit_code == 2
    assert "Missing argument 'FILES...'" in result.stderr


def test_progress_flag_on_a_pipe_names_the_step(store_path, deals):
    result = kg("load", "--progress", str(deals))
    assert result.exit_code == 0
    assert result.stderr == "loading\n"
    assert kg("load", "--no-progress", str(deals)).stderr.startswith("Error: ")


def test_progress_bar_draws_on_a_terminal(store_path, tmp_path):
    big = write_synth(tmp_path / "bar.nt", 20_000)
    leader, follower = pty.openpty()
    process = subprocess.Popen([str(KG), "load", str(big)], stdout=subprocess.PIPE,
                               stderr=follower, env={**os.environ, "COLUMNS": "80"})
    os.close(follower)
    drawn = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the terminal closed with the process
            break
        if not chunk:
            break
        drawn += chunk
    out, _ = process.communicate()
    os.close(leader)
    assert process.returncode == 0
    assert out == b"loaded 20000 triples as source bar\n"
    assert b"loading" in drawn and b"100%" in drawn


@pytest.mark.parametrize("text", ["", "# only a comment\n", "@prefix dg: <https://dealgraph.org/ontology#> .\n"])
def test_add_of_a_file_without_triples_is_refused_and_stores_nothing(store_path, seed_store_path, tmp_path, text):
    from conftest import copy_store

    copy_store(seed_store_path, store_path)
    before = kg("sources", "--format", "csv").stdout
    empty = tmp_path / "empty.ttl"
    empty.write_text(text)
    result = kg("add", str(empty))
    assert (result.exit_code, result.stdout, result.stderr) == (
        1, "", f"Error: {empty}: no triples in the file; nothing was stored\n")
    assert kg("sources", "--format", "csv").stdout == before
