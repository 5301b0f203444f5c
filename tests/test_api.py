"""The Python API (graph/__init__.py, graph/api.py): the README's examples run as doctests
against the bundled graph on disk, and each method answers what its command answers."""

from __future__ import annotations

import doctest
import json
import re
import subprocess
import sys

import pytest
from click.testing import CliRunner

from conftest import REPO, copy_store
from graph.cli import main

README = (REPO / "README.md").read_text(encoding="utf-8")


def python_section() -> str:
    return README.split("\n## Python\n", 1)[1].split("\n## ", 1)[0]


def test_the_readme_python_examples_run(seed_store_path, tmp_path, monkeypatch):
    copy_store(seed_store_path, tmp_path / "store")
    monkeypatch.setenv("KG_STORE", str(tmp_path / "store"))
    monkeypatch.chdir(tmp_path)
    blocks = re.findall(r"```pycon\n(.*?)```", python_section(), re.S)
    assert len(blocks) >= 3
    test = doctest.DocTestParser().get_doctest("".join(blocks), {}, "README.md#python", "README.md", 0)
    runner, failures = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS), []
    runner.run(test, out=failures.append)
    assert not failures, "".join(failures)
    assert runner.summarize(verbose=False).attempted == len(test.examples) > 10
    assert (tmp_path / "kakao.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def kg_json(store_path, *args: str):
    result = CliRunner().invoke(main, ["--store", str(store_path), *args, "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


@pytest.fixture(scope="module")
def api_store_path(make_store):
    return make_store("api")


@pytest.fixture
def kg(api_store_path):
    import graph

    with graph.open(api_store_path) as opened:
        yield opened


@pytest.mark.parametrize("method, args, command", [
    ("partners", ("Samsung",), ("partners", "Samsung")),
    ("partners", (), ("partners",)),
    ("entity", ("OpenAI",), ("entity", "OpenAI")),
    ("path", ("Jason Kwon", "Chey Tae-won"), ("path", "Jason Kwon", "Chey Tae-won")),
    ("rank", (), ("rank",)),
    ("ask", ("who partners with SK?",), ("ask", "who partners with SK?", "--show-query")),
])
def test_each_method_answers_what_its_command_answers(api_store_path, method, args, command):
    import graph

    with graph.open(api_store_path) as kg:
        value = getattr(kg, method)(*args)
    shown = kg_json(api_store_path, *command)
    if method == "path":
        shown = shown["paths"]
    elif method == "rank":
        assert value.about == {k: v for k, v in shown.items() if k != "ranking"}
        shown = shown["ranking"]
    assert json.loads(json.dumps(value)) == shown


def test_partner_filters_are_the_commands(kg, api_store_path):
    value = kg.partners("OpenAI", status="signed", since="2025", limit=2)
    assert value == kg_json(api_store_path, "partners", "OpenAI", "--status", "signed", "--since", "2025",
                            "--limit", "2")
    assert {d["status"] for pair in value for d in pair["deals"]} == {"signed"}


def test_sparql_gives_plain_python_values(kg):
    rows = kg.sparql("""SELECT ?n ?x ?flag ?text ?none ?iri WHERE {
        VALUES (?n ?x ?flag ?text ?iri) { (42 2.5 true "hi"@en dgr:kakao) } OPTIONAL { ?iri dg:nothing ?none } }""")
    assert rows == [{"n": 42, "x": 2.5, "flag": True, "text": "hi", "none": None,
                     "iri": "https://dealgraph.org/id/kakao"}]
    assert kg.sparql("ASK { dgr:nobody ?p ?o }") is False
    triples = kg.sparql("CONSTRUCT { dgr:kakao rdfs:label ?l } WHERE { dgr:kakao rdfs:label ?l }")
    assert triples == [{"subject": "https://dealgraph.org/id/kakao",
                        "predicate": "http://www.w3.org/2000/01/rdf-schema#label", "object": "Kakao"}]


def test_sparql_refuses_what_the_command_refuses(kg):
    import graph

    with pytest.raises(graph.KgError, match="SPARQL Update"):
        kg.sparql("INSERT DATA { dgr:a dgr:b dgr:c }")
    with pytest.raises(graph.KgError, match="SERVICE"):
        kg.sparql("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }")
    with pytest.raises(graph.KgError, match="syntax"):
        kg.sparql("SELECT WHERE")
    assert kg.sparql("ASK { ?s ?p ?o }") is True  # nothing was written


def test_a_domain_error_is_the_commands_error(kg):
    import graph

    with pytest.raises(graph.KgError, match="no entity named 'Samsnug'; did you mean"):
        kg.entity("Samsnug")


def test_data_frames_hold_the_flat_rows(kg, api_store_path):
    frame = kg.path("Jason Kwon", "Chey Tae-won").to_dataframe()
    result = CliRunner().invoke(main, ["--store", str(api_store_path), "path", "Jason Kwon", "Chey Tae-won",
                                       "--format", "csv"])
    assert frame.to_csv(index=False).splitlines()[0] == result.output.splitlines()[0]
    assert len(frame) == len(result.output.splitlines()) - 1
    ranking = kg.rank(limit=3).to_dataframe()
    assert list(ranking["rank"]) == [1, 2, 3]
    assert kg.entity("Kakao").to_dataframe().shape[0] > 0


def test_without_pandas_to_dataframe_says_what_to_install():
    code = ("import sys; sys.modules['pandas'] = None\n"  # how Python marks a module as not installed
            "import graph\n"
            "try:\n    graph.bundled().rank().to_dataframe()\n"
            "except graph.KgError as err:\n    print(err)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out == "to_dataframe() needs pandas, which is not installed: pip install pandas\n"


def test_import_graph_loads_nothing_heavy():
    code = ("import sys, graph\n"
            "print(sorted(m for m in ('pyoxigraph', 'rdflib', 'networkx', 'pandas', 'click', 'graph.api') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out == "[]\n"


def test_the_network_and_the_dataset_see_the_store(kg):
    from graph.answers.network import build_graph

    g = kg.network()
    whole = build_graph(kg.store)
    assert (g.number_of_nodes(), g.number_of_edges()) == (whole.number_of_nodes(), whole.number_of_edges())
    ds = kg.dataset()
    named = {str(c.identifier) for c in ds.graphs()}
    assert {f"https://dealgraph.org/graph/source/{s}" for s in kg.store.sources()} <= named
    partners = {str(row.b) for row in ds.query(
        "SELECT ?b WHERE { <https://dealgraph.org/id/kakao> <https://dealgraph.org/ontology#partnersWith> ?b }")}
    assert partners == {"https://dealgraph.org/id/openai"}


def test_the_page_shows_inline_in_a_sandboxed_frame(kg, tmp_path):
    import html

    view = kg.page(focus="Kakao", depth=1)
    frame = view._repr_html_()
    assert frame.startswith('<iframe srcdoc="') and 'sandbox="allow-scripts ' in frame
    assert 'allow-same-origin' not in frame  # the page's scripts cannot reach the notebook
    assert html.unescape(frame.split('srcdoc="', 1)[1].split('"', 1)[0]) == view.html
    assert view.save(tmp_path / "k.html").read_text(encoding="utf-8") == view.html
    assert repr(view).startswith(f"<dealgraph page: {view.nodes:,} of {view.total_nodes:,} nodes")


def test_an_open_notebook_never_keeps_a_writer_waiting(make_store, tmp_path):
    import subprocess
    import sys

    import graph

    path = make_store("api-writer")
    draft = tmp_path / "more.ttl"
    draft.write_text('@prefix dgr: <https://dealgraph.org/id/> . @prefix dg: <https://dealgraph.org/ontology#> .\n'
                     '@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n'
                     'dgr:zeta a dg:Company ; rdfs:label "Zeta Corp" .\n', encoding="utf-8")
    with graph.open(path) as kg:
        before = kg.entity("OpenAI")["label"]
        done = subprocess.run([sys.executable, "-m", "graph.cli", "--store", str(path), "--lock-wait", "0",
                               "add", str(draft), "--name", "more"], capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        assert kg.entity("OpenAI")["label"] == before  # the notebook's view stays as it was opened
    with graph.open(path) as kg:
        assert kg.entity("Zeta Corp")["label"] == "Zeta Corp"
