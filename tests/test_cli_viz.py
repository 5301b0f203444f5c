"""`kg viz` end to end: the file it writes, what it prints, its errors and exit codes."""

import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from conftest import REPO, business_graph
from graph.cli import main
from graph.answers.network import build_graph
from graph.store.embedded import Store


@pytest.fixture(scope="module")
def sizes(viz_store_path):
    """(nodes, links) of the business network and of the whole projection."""
    store = Store.open(viz_store_path)
    try:
        business, whole = business_graph(store), build_graph(store)
        return {False: (business.number_of_nodes(), business.number_of_edges()),
                True: (whole.number_of_nodes(), whole.number_of_edges())}
    finally:
        store.close()


@pytest.fixture
def kg(viz_store_path, tmp_path, monkeypatch):
    """Run `kg` in tmp_path against the viz test store; returns (exit code, stdout, stderr)."""
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()

    def run(*args):
        result = runner.invoke(main, ["--store", str(viz_store_path), *args])
        return result.exit_code, result.stdout, result.stderr

    return run


def test_viz_writes_dealgraph_html_here_and_prints_its_path(kg, tmp_path, sizes):
    nodes, edges = sizes[False]
    assert kg("viz") == (0, "dealgraph.html\n", f"{nodes} of {nodes} nodes, {edges} of {edges} links\n")
    html = (tmp_path / "dealgraph.html").read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "window.network" in html


def test_viz_with_sources_draws_the_bylines_too(kg, tmp_path, sizes):
    nodes, edges = sizes[True]
    assert sizes[True] > sizes[False]
    assert kg("viz", "--with-sources", "-o", "all.html") == (
        0, "all.html\n", f"{nodes} of {nodes} nodes, {edges} of {edges} links\n")
    assert '"label":"Juan Pedro Tomás"' in (tmp_path / "all.html").read_text(encoding="utf-8")
    kg("viz", "-o", "business.html")
    assert "Juan Pedro Tomás" not in (tmp_path / "business.html").read_text(encoding="utf-8")


def test_viz_output_option_and_max_nodes(kg, tmp_path, sizes):
    nodes, edges = sizes[False]
    code, out, err = kg("viz", "-o", "top.html", "--max-nodes", "3")
    assert (code, out) == (0, "top.html\n")
    assert err.startswith(f"3 of {nodes} nodes, ") and err.endswith(f" of {edges} links\n")
    assert (tmp_path / "top.html").exists()


def test_viz_focus_and_depth(kg, tmp_path):
    code, out, err = kg("viz", "--focus", "Zurich Evil Holdings", "--depth", "1", "-o", "focus.html")
    assert (code, out) == (0, "focus.html\n")
    assert err.startswith("2 of ") and ", 1 of " in err


def test_viz_unknown_focus_is_an_error_and_writes_nothing(kg, tmp_path):
    assert kg("viz", "--focus", "Qwxyz Nothing") == (1, "", "Error: no entity named 'Qwxyz Nothing'\n")
    assert not (tmp_path / "dealgraph.html").exists()


def test_viz_ambiguous_focus_lists_the_candidates(kg):
    assert kg("viz", "--focus", "hostile twin") == (1, "", (
        "Error: 'hostile twin' is ambiguous: <img src=x onerror=alert(1)> (Company); "
        'Mallory "<svg onload=alert(3)>" (Person)\n'))


def test_viz_unknown_type_is_an_error(kg, tmp_path):
    code, out, err = kg("viz", "--types", "company,persn")
    assert (code, out) == (1, "")
    assert err == "Error: no class named 'persn'; did you mean 'person'?\n"
    assert not (tmp_path / "dealgraph.html").exists()


def test_viz_usage_errors_exit_2(kg):
    code, _, err = kg("viz", "--depth", "2")
    assert code == 2 and "Error: --depth needs --focus" in err
    code, _, err = kg("viz", "--types", " , ")
    assert code == 2 and "give at least one class name" in err
    code, _, err = kg("viz", "--max-nodes", "0")
    assert code == 2 and "--max-nodes" in err
    code, _, err = kg("viz", "--texts", "no-such-folder")
    assert code == 2 and "'no-such-folder' does not exist" in err


def test_viz_texts_quotes_the_evidence(kg, tmp_path):
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "a.txt").write_bytes((REPO / "tests" / "fixtures" / "viz-hostile-article.txt").read_bytes())
    code, out, _ = kg("viz", "--texts", str(texts))
    assert (code, out) == (0, "dealgraph.html\n")
    html = (tmp_path / "dealgraph.html").read_text(encoding="utf-8")
    assert '"quotes":["\\u003cb\\u003eMallory\\u003c/b\\u003e \\u0026 \\u003cimg src=y onerror=alert(7)\\u003e"]' in html


def test_viz_unwritable_output_is_one_error_line(kg, tmp_path):
    code, out, err = kg("viz", "-o", str(tmp_path / "missing" / "page.html"))
    assert (code, out) == (1, "")
    assert err == f"Error: cannot write the page to {tmp_path / 'missing' / 'page.html'}: No such file or directory\n"


def test_viz_open_hands_the_file_url_to_the_browser(viz_store_path, tmp_path):
    """--open goes through webbrowser, which runs the command named by $BROWSER."""
    opened = tmp_path / "opened.txt"
    browser = tmp_path / "browser.py"
    browser.write_text(f"import sys, pathlib\npathlib.Path({str(opened)!r}).write_text(sys.argv[1])\n")
    env = {**os.environ, "BROWSER": f"{sys.executable} {browser} %s", "KG_STORE": str(viz_store_path)}
    kg = REPO / ".venv" / "bin" / "kg"
    result = subprocess.run([str(kg), "viz", "--open", "-o", "page.html"], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and result.stdout == "page.html\n"
    assert opened.read_text() == (tmp_path / "page.html").resolve().as_uri()
