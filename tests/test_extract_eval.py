"""scripts/eval_extract.py: the scores on the seed articles (printed in CI) and how it scores."""

import hashlib
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO.parent / "shared" / "seeds"
SCRIPT = REPO / "scripts" / "eval_extract.py"


def load_script():
    spec = importlib.util.spec_from_file_location("eval_extract", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_script(tmp_path, *args):
    report = tmp_path / "report.json"
    done = subprocess.run([sys.executable, str(SCRIPT), *map(str, args), "--report", str(report), "--check"],
                          capture_output=True, text=True, timeout=600)
    return done, (json.loads(report.read_text(encoding="utf-8")) if report.exists() else None)


def test_seed_articles_meet_the_targets(tmp_path, capsys):
    done, report = run_script(tmp_path, REPO / "tests" / "gold", "--seeds", SEEDS)
    with capsys.disabled():
        print("\nextraction scores on the seed articles (gazetteer: the seed graph)\n" + done.stdout)
    assert done.returncode == 0, done.stderr
    assert sorted(report["articles"]) == ["000_36d92112ffcca38b.txt", "002_54f8c9b41252d9c9.txt"]
    assert all(report["overall"][c]["f1"] >= 0.95 for c in ("entities", "roles", "partner_pairs"))
    assert "target partner_pairs F1 >= 0.8: met" in done.stdout


def test_seed_articles_without_any_known_names(tmp_path, capsys):
    done, report = run_script(tmp_path, REPO / "tests" / "gold", "--seeds", SEEDS, "--bare")
    with capsys.disabled():
        print("\nextraction scores on the seed articles (no gazetteer: rules only)\n" + done.stdout)
    assert report["gazetteer"] == "bare"
    assert all(report["overall"][c]["f1"] >= 0.95 for c in ("entities", "roles", "partner_pairs"))


def test_fixture_articles_score_fully(tmp_path):
    fixtures = REPO / "tests" / "fixtures" / "articles"
    done, report = run_script(tmp_path, fixtures, "--seeds", fixtures, "--rules-only")
    assert done.returncode == 0, done.stderr
    assert all(report["overall"][c]["f1"] == 1.0 for c in ("entities", "roles", "deals", "partner_pairs"))


def test_a_missing_gold_directory_is_one_error_line(tmp_path):
    done, report = run_script(tmp_path, tmp_path / "nowhere")
    assert (done.returncode, report) == (1, None)
    assert done.stderr == f"error: no gold files (*.json) in {tmp_path / 'nowhere'}\n"


def test_names_match_through_aliases_and_pairs_in_either_order():
    ev = load_script()
    gold = {"entities": [{"name": "Samsung Electronics", "type": "Company", "aliases": ["Samsung"]},
                         {"name": "OpenAI", "type": "Company", "aliases": []}],
            "roles": [], "deals": [{"type": "Partnership", "parties": ["OpenAI", "Samsung"], "date": None,
                                    "status": "signed"}],
            "partner_pairs": [["Samsung", "OpenAI"]]}
    predicted = {"entities": [{"name": "Samsung Electronics Co.", "type": "Company", "aliases": ["Samsung"]},
                              {"name": "OpenAI", "type": "Company", "aliases": []},
                              {"name": "Zeta", "type": "Company", "aliases": []}],
                 "roles": [], "deals": [{"type": "Partnership", "parties": ["OpenAI", "Samsung Electronics Co."],
                                         "date": None, "status": "in discussion"}]}
    scores = ev.score_article(gold, predicted)
    assert scores["entities"] == {"tp": 2, "fp": 1, "fn": 0, "precision": 0.667, "recall": 1.0, "f1": 0.8}
    assert scores["deals"]["tp"] == 1 and scores["partner_pairs"]["f1"] == 1.0
    assert scores["agreement"]["deal_status"] == {"agree": 0, "of": 1}


def test_names_spelled_alike_pair_before_names_that_only_share_an_alias():
    ev = load_script()
    group = {"name": "Orbit Group", "type": "BusinessGroup"}
    gold = {"entities": [{**group, "aliases": ["Orbit"]}, {"name": "Orbit Motor", "type": "Company", "aliases": []}],
            "roles": [], "deals": [], "partner_pairs": []}
    predicted = {"entities": [{"name": "Orbit Motor", "type": "Company", "aliases": ["Orbit"]}, {**group, "aliases": []}],
                 "roles": [], "deals": []}
    assert ev.score_article(gold, predicted)["entities"]["tp"] == 2


def test_empty_categories_score_as_perfect_and_nothing_found_as_zero():
    ev = load_script()
    assert ev.prf(0, 0, 0)["f1"] == 1.0
    assert ev.prf(0, 0, 3) == {"tp": 0, "fp": 0, "fn": 3, "precision": 1.0, "recall": 0.0, "f1": 0.0}


@pytest.mark.parametrize("gold, predicted, agrees", [
    ("Chief Strategy Officer", "chief strategy officer", True),
    ("Regional Editor", "Regional Editor for Latin America", True),
    ("chairman", "CEO", False),
])
def test_titles_agree_loosely(gold, predicted, agrees):
    assert load_script().title_agrees(gold, predicted) is agrees


def test_the_real_news_set_keeps_citations_and_gold_not_texts():
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in (REPO / "tests" / "realnews").glob("*.json")]
    assert len(golds) >= 40 and len({g["meta"]["outlet"] for g in golds}) >= 10
    assert all(len(g["meta"]["sha256"]) == 64 and g["meta"]["url"].startswith("http") for g in golds)
    assert {g["meta"]["split"] for g in golds} == {"dev", "test"}
    assert sum(g["meta"]["split"] == "test" for g in golds) >= len(golds) // 3
    assert not list((REPO / "tests" / "realnews").glob("*.txt"))


def test_missing_or_changed_texts_are_listed_and_left_out(tmp_path):
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    fixtures = REPO / "tests" / "fixtures" / "articles"
    for name in ("acme_borealis", "lumen_bank"):
        gold = json.loads((fixtures / f"{name}.json").read_text(encoding="utf-8"))
        gold["meta"]["sha256"] = hashlib.sha256((fixtures / f"{name}.txt").read_bytes()).hexdigest()
        gold["meta"]["split"] = "dev"
        (gold_dir / f"{name}.json").write_text(json.dumps(gold), encoding="utf-8")
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "acme_borealis.txt").write_bytes((fixtures / "acme_borealis.txt").read_bytes())
    (texts / "lumen_bank.txt").write_text("changed text", encoding="utf-8")
    done, report = run_script(tmp_path, gold_dir, "--seeds", texts)
    assert sorted(report["articles"]) == ["acme_borealis.txt"]
    assert report["missing"] == ["lumen_bank.txt: text differs from its sha256 (None)"]
    assert "missing: lumen_bank.txt: text differs from its sha256" in done.stdout


def test_no_text_at_hand_is_one_error_line(tmp_path):
    done, report = run_script(tmp_path, REPO / "tests" / "realnews", "--seeds", tmp_path)
    assert (done.returncode, report) == (1, None)
    count = len(list((REPO / "tests" / "realnews").glob("*.json")))
    assert done.stderr.startswith(f"error: none of the {count} articles' texts is in ")


def test_a_second_readers_gold_is_scored_against_the_first(tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir(), second.mkdir()
    entities = [{"name": n, "type": "Company", "aliases": []} for n in ("Zeta Labs", "Orbit Cloud", "Kestrel Bank")]
    round_of_three = {"type": "Investment", "parties": ["Zeta Labs", "Orbit Cloud", "Kestrel Bank"], "date": None,
                      "status": "signed"}
    gold = {"meta": {"file": "a.txt", "split": "dev"}, "entities": entities, "roles": [], "deals": [round_of_three],
            "partner_pairs": [["Zeta Labs", "Orbit Cloud"], ["Zeta Labs", "Kestrel Bank"], ["Orbit Cloud", "Kestrel Bank"]]}
    (first / "a.json").write_text(json.dumps(gold), encoding="utf-8")
    one_by_one = [{**round_of_three, "parties": ["Zeta Labs", other]} for other in ("Orbit Cloud", "Kestrel Bank")]
    (second / "a.json").write_text(json.dumps({**gold, "deals": one_by_one}), encoding="utf-8")
    done, report = run_script(tmp_path, first, "--agreement", second)
    pairs = report["overall"]["partner_pairs"]
    assert (pairs["tp"], pairs["fp"], pairs["fn"]) == (2, 0, 1) and report["overall"]["entities"]["f1"] == 1.0
    assert report["overall"]["deals"]["f1"] == 0.0 and "second reader" in report["gazetteer"]
    assert done.returncode == 0  # pairs F1 0.80 meets the check


@pytest.mark.parametrize("first, later", [("acme_borealis", "copy"), ("99", "1001")])
def test_a_second_copy_of_one_story_is_scored_once_as_the_first_numbered(tmp_path, first, later):
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    fixtures = REPO / "tests" / "fixtures" / "articles"
    gold = json.loads((fixtures / "acme_borealis.json").read_text(encoding="utf-8"))
    gold["meta"].update(sha256=hashlib.sha256((fixtures / "acme_borealis.txt").read_bytes()).hexdigest(),
                        file=f"{first}.txt", split="dev", url="https://news.example/acme")
    (gold_dir / f"{first}.json").write_text(json.dumps(gold), encoding="utf-8")
    gold["meta"].update(file=f"{later}.txt", split="test")
    (gold_dir / f"{later}.json").write_text(json.dumps(gold), encoding="utf-8")
    texts = tmp_path / "texts"
    texts.mkdir()
    for name in (first, later):
        (texts / f"{name}.txt").write_bytes((fixtures / "acme_borealis.txt").read_bytes())
    done, report = run_script(tmp_path, gold_dir, "--seeds", texts)
    assert sorted(report["articles"]) == [f"{first}.txt"] and set(report["by_split"]) <= {"dev", "all"}
    assert report["missing"] == [f"{later}.txt: the same article as {first}.txt, scored once"]
