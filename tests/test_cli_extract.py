"""`kg extract`, then the review flow: `kg add`, `kg partners`, `kg path`, `kg sources`, `kg remove`."""

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from graph.cli import main

ARTICLES = Path(__file__).parent / "fixtures" / "articles"
ACME = ARTICLES / "acme_borealis.txt"
META = ["--published", "2025-10-01", "--outlet", "Test Wire", "--url", "https://example.com/acme",
        "--title", "Acme and Borealis sign supply deal"]


@pytest.fixture
def kg(store_path):
    """Run `kg` against a fresh test store; returns (exit code, stdout, stderr)."""
    runner = CliRunner()

    def run(*args):
        result = runner.invoke(main, ["--store", str(store_path), *map(str, args)])
        return result.exit_code, result.stdout, result.stderr

    return run


def test_extract_writes_a_turtle_draft_that_validates(kg, tmp_path):
    code, out, err = kg("extract", ACME, *META)
    assert (code, err) == (0, "")
    quads = list(ox.parse(out.encode(), ox.RdfFormat.TURTLE))
    assert len(quads) > 80
    draft = tmp_path / "acme-draft.ttl"
    draft.write_text(out, encoding="utf-8")
    assert kg("validate", draft) == (0, f"{draft}: conforms to the shapes\n", "")


def test_extract_then_add_shows_the_facts_with_evidence_and_remove_takes_them_out(kg, tmp_path):
    draft = tmp_path / "acme-draft.ttl"
    draft.write_text(kg("extract", ACME, *META)[1], encoding="utf-8")
    code, out, _ = kg("add", draft)
    assert code == 0 and out.startswith("added ") and out.endswith(" triples as source acme-draft\n")

    code, out, _ = kg("partners", "Acme Robotics", "--json")
    assert code == 0
    partners = {row["b"]: row["deals"] for row in json.loads(out)}
    assert set(partners) == {"Borealis Chips", "Northwind Capital"}
    [supply] = partners["Borealis Chips"]
    assert (supply["type"], supply["status"], supply["date"]) == ("SupplyAgreement", "signed", "2025-09-30")
    [funding] = partners["Northwind Capital"]
    assert (funding["type"], funding["status"], funding["reported_by"]) == ("Investment", "in discussion", "Reuters")

    code, out, _ = kg("path", "Dana Park", "Kestrel Telecom", "--json")
    assert code == 0
    hops = json.loads(out)["paths"][0]
    assert [hop["to"] for hop in hops][-1] == "Kestrel Telecom" and len(hops) == 3
    text = ACME.read_text(encoding="utf-8")
    first = json.dumps(hops[0])
    assert "chief executive" in first and "Dana Park" in text

    code, out, _ = kg("sources", "--json")
    [source] = [s for s in json.loads(out) if s["source"] == "acme-draft"]
    assert (source["outlet"], source["published"], source["title"], source["url"]) == (
        "Test Wire", "2025-10-01", "Acme and Borealis sign supply deal", "https://example.com/acme")

    code, out, _ = kg("remove", "acme-draft")
    assert code == 0 and out.startswith("removed source acme-draft (")
    code, _, err = kg("partners", "Acme Robotics")
    assert code == 1 and err.startswith("Error: no entity named 'Acme Robotics'")


def test_evidence_in_the_store_points_at_the_stated_text(kg, tmp_path):
    draft = tmp_path / "acme-draft.ttl"
    draft.write_text(kg("extract", ACME, *META)[1], encoding="utf-8")
    kg("add", draft)
    query = ("SELECT ?start ?end WHERE { ?deal a dg:SupplyAgreement ; dg:evidence/oa:hasSelector ?s . "
             "?s oa:start ?start ; oa:end ?end } ORDER BY ?start")
    code, out, _ = kg("sparql", query, "--format", "csv")
    assert code == 0
    text = ACME.read_text(encoding="utf-8")
    spans = [text[int(a):int(b)] for a, b in (line.split(",") for line in out.splitlines()[1:])]
    assert spans[0].startswith("Acme Robotics Inc. and Borealis Chips signed a supply agreement")
    assert "Borealis will supply custom sensors to Acme" in spans[1]


def test_extract_json_is_the_contract(kg):
    code, out, err = kg("extract", ARTICLES / "hanul_mobility.txt", "--published", "2025-03-14", "--outlet",
                        "Test Wire", "--json")
    assert (code, err) == (0, "")
    assert json.loads(out) == {
        "entities": [
            {"name": "Hanul Mobility", "type": "Company", "aliases": ["Hanul"]},
            {"name": "Daily Ledger", "type": "NewsOutlet", "aliases": []},
            {"name": "Greywater Semiconductor", "type": "Company", "aliases": ["Greywater"]},
            {"name": "Park Ji-hoon", "type": "Person", "aliases": []},
            {"name": "Veritas University", "type": "University", "aliases": []},
            {"name": "Oh Min-seo", "type": "Person", "aliases": []},
        ],
        "roles": [
            {"person": "Park Ji-hoon", "title": "chief strategy officer", "organization": "Hanul Mobility"},
            {"person": "Oh Min-seo", "title": "chairman", "organization": "Greywater Semiconductor"},
        ],
        "deals": [
            {"type": "LetterOfIntent", "parties": ["Hanul Mobility", "Greywater Semiconductor"], "date": None,
             "status": "signed", "amount": None, "stake_percent": None, "capacity": None},
            {"type": "Partnership", "parties": ["Hanul Mobility", "Veritas University"], "date": None,
             "status": "considering", "amount": None, "stake_percent": None, "capacity": None},
        ],
    }


def test_empty_and_non_english_files_give_an_empty_draft_and_a_note(kg, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    code, out, err = kg("extract", empty, "--published", "2025-10-01", "--json")
    assert (code, json.loads(out)) == (0, {"entities": [], "roles": [], "deals": []})
    assert err == f"note: {empty}: empty text; nothing extracted\n"
    korean = tmp_path / "ko.txt"
    korean.write_text("삼성전자는 오픈AI와 반도체 공급 계약을 체결했다고 밝혔다. 이번 계약은 스타게이트 프로젝트의 일환이다.",
                      encoding="utf-8")
    code, out, err = kg("extract", korean, "--published", "2025-10-01")
    assert code == 0 and list(ox.parse(out.encode(), ox.RdfFormat.TURTLE)) == []
    assert err == f"note: {korean}: does not look like English (0% common English words); nothing extracted\n"


@pytest.mark.parametrize("content, message", [
    (b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00", "looks like a binary file, not article text"),
    ("Acme sign\u00e9 un accord".encode("latin-1"),
     "not UTF-8 text (byte 0xe9 at offset 9); convert it first, e.g. iconv -f latin1 -t utf-8"),
])
def test_binary_and_non_utf8_files_are_one_clear_error(kg, tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    assert kg("extract", path, "--published", "2025-10-01") == (1, "", f"Error: {path}: {message}\n")


def test_missing_file_and_bad_options(kg, tmp_path):
    missing = tmp_path / "missing.txt"
    assert kg("extract", missing) == (1, "", f"Error: {missing}: no such file\n")
    assert kg("extract", ACME, "--published", "yesterday") == (
        1, "", "Error: --published 'yesterday' is not a date; use YYYY-MM-DD\n")
    code, _, err = kg("extract", ACME, "--format", "xml")
    assert code == 2 and "Invalid value for '--format'" in err
    code, _, err = kg("extract")
    assert code == 2 and "Missing argument 'FILES...'" in err


def test_notes_say_what_was_assumed(kg):
    code, _, err = kg("extract", ACME, "--json")
    assert code == 0
    assert err.startswith("note: no --published date: relative dates are read against today, ")
    assert "no --outlet given; the draft names an 'Unknown outlet'" in err


def test_help_has_an_example(kg):
    code, out, _ = kg("extract", "--help")
    assert code == 0 and "Example:" in out and "kg add draft.ttl" in out


def test_rules_only_leaves_out_the_pairs_the_learned_model_proposes(kg, tmp_path):
    article = tmp_path / "syndicate.txt"
    article.write_text("Orbit Bank and Kestrel Bank joined the syndicate, the people said.\n", encoding="utf-8")

    def deals(*flags):
        code, out, err = kg("extract", article, "--published", "2025-03-14", "--outlet", "Test Wire", "--json", *flags)
        assert (code, err) == (0, "")
        return [(d["type"], sorted(d["parties"])) for d in json.loads(out)["deals"]]

    assert deals("--rules-only") == []
    assert deals() == [("Partnership", ["Kestrel Bank", "Orbit Bank"])]
    code, out, _ = kg("extract", article, "--published", "2025-03-14", "--outlet", "Test Wire")
    assert code == 0 and "dg:confidence 0.30" in out


def test_a_text_opening_with_a_date_stamp_is_dated_by_it_when_no_date_is_given(kg, tmp_path):
    stamped = tmp_path / "stamped.txt"
    stamped.write_text(" date 2024-03-06 Orbit Labs signed a supply deal with Zeta Motors last month.\n", encoding="utf-8")
    code, out, err = kg("extract", stamped, "--json", "--outlet", "Test Wire")
    assert (code, err) == (0, "")
    assert [(d["parties"], d["date"]) for d in json.loads(out)["deals"]] == [(["Orbit Labs", "Zeta Motors"], "2024-02")]
