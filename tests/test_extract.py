"""`extract_files` end to end against a real seed store: fixture articles, batches, bad input."""

import json
import random
from pathlib import Path

import pytest

from graph.model.errors import InvalidData
from graph.extract.logistic import never
from graph.extract.pipeline import extract_files
from graph.extract.draft import to_json
from graph.store.embedded import Store

ARTICLES = Path(__file__).parent / "fixtures" / "articles"
GOLD = sorted(ARTICLES.glob("*.json"))


@pytest.fixture(scope="module")
def extract_store(tmp_path_factory):
    store = Store.open(tmp_path_factory.mktemp("extract") / "store")
    yield store
    store.close()


def run(store, *paths, **meta):
    return extract_files(store, list(paths), **{"published": "2025-10-01", "outlet": "Test Wire", **meta})


@pytest.mark.parametrize("gold_path", GOLD, ids=[p.stem for p in GOLD])
def test_fixture_articles_give_their_gold_facts(extract_store, gold_path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    meta = gold["meta"]
    # The fixtures' gold is what the rules read; the learned pairs and positions have tests of their own.
    result = run(extract_store, ARTICLES / meta["file"], published=meta["published"], outlet=meta["outlet"],
                 decide_pair=never, decide_role=never)
    found = to_json(result)
    assert {(e["name"], e["type"]) for e in found["entities"]} == {(e["name"], e["type"]) for e in gold["entities"]}
    assert [(r["person"], r["organization"]) for r in found["roles"]] == [
        (r["person"], r["organization"]) for r in gold["roles"]]
    assert sorted((d["type"], sorted(d["parties"]), d["status"]) for d in found["deals"]) == sorted(
        (d["type"], sorted(d["parties"]), d["status"]) for d in gold["deals"])


def test_short_names_join_their_full_name_across_a_batch(extract_store, tmp_path):
    first = tmp_path / "one.txt"
    first.write_text("Acme Robotics Inc. signed a supply agreement with Borealis Chips.", encoding="utf-8")
    second = tmp_path / "two.txt"
    second.write_text("Acme Robotics later teamed up with Kestrel Telecom. Acme also works with Borealis.",
                      encoding="utf-8")
    found = to_json(run(extract_store, first, second))
    acme = [e for e in found["entities"] if e["name"].startswith("Acme")]
    assert acme == [{"name": "Acme Robotics Inc.", "type": "Company", "aliases": ["Acme", "Acme Robotics"]}]
    assert {tuple(d["parties"]) for d in found["deals"]} == {
        ("Acme Robotics Inc.", "Borealis Chips"), ("Acme Robotics Inc.", "Kestrel Telecom")}


def test_known_names_resolve_to_the_store_and_sk_hynix_stays_apart(extract_store, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Samsung and SK Hynix signed letters of intent with OpenAI. SK Group welcomed it.",
                    encoding="utf-8")
    result = run(extract_store, path)
    iris = {e.label: e.iri for e in result.docs[0].mentioned}
    assert iris["Samsung Electronics"] == "https://dealgraph.org/id/samsung-electronics"
    assert iris["SK Group"] == "https://dealgraph.org/id/sk-group"
    assert iris["SK Hynix"] is None
    assert [d["parties"] for d in to_json(result)["deals"]] == [
        ["Samsung Electronics", "OpenAI"], ["SK Hynix", "OpenAI"]]


def test_a_known_outlet_is_reused_and_a_new_one_created(extract_store, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Acme Robotics inked a deal with Zeta Labs.", encoding="utf-8")
    assert run(extract_store, path, outlet="Financial Times").docs[0].outlet.iri == "https://dealgraph.org/id/financial-times"
    new = run(extract_store, path, outlet="Harbor Ledger").docs[0].outlet
    assert new.iri is None and (new.label, new.cls) == ("Harbor Ledger", "NewsOutlet")
    from_url = run(extract_store, path, outlet=None, url="https://www.ledger.example/a").docs[0].outlet
    assert from_url.label == "ledger.example"


@pytest.mark.parametrize("content, note", [
    (b"", "empty text; nothing extracted"),
    (b"   \n\n  ", "empty text; nothing extracted"),
    ("Das Unternehmen hat mit der Bank eine Vereinbarung unterzeichnet, teilte ein Sprecher am Montag "
     "in Berlin mit, und die Verhandlungen laufen weiter.".encode(), "does not look like English"),
])
def test_empty_and_foreign_texts_give_an_empty_result_and_a_note(extract_store, tmp_path, content, note):
    path = tmp_path / "odd.txt"
    path.write_bytes(content)
    result = run(extract_store, path)
    assert to_json(result) == {"entities": [], "roles": [], "deals": []}
    assert any(note in n for n in result.notes)


@pytest.mark.parametrize("content, message", [
    (bytes(range(256)) * 4, "looks like a binary file"),
    ("Acme sign\u00e9 un accord".encode("latin-1"), "not UTF-8 text"),
])
def test_binary_and_latin1_files_are_refused_clearly(extract_store, tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InvalidData, match=message):
        run(extract_store, path)


def test_missing_files_and_bad_options_are_refused(extract_store, tmp_path):
    with pytest.raises(InvalidData, match="missing.txt: no such file"):
        run(extract_store, tmp_path / "missing.txt")
    path = tmp_path / "a.txt"
    path.write_text("Acme Robotics inked a deal with Zeta Labs.", encoding="utf-8")
    with pytest.raises(InvalidData, match="is not a date"):
        run(extract_store, path, published="10/01/2025")
    with pytest.raises(InvalidData, match="is not an http"):
        run(extract_store, path, url="javascript:alert(1)")
    with pytest.raises(InvalidData, match="one FILE"):
        run(extract_store, path, path, title="Two files, one title")


def test_a_10_mb_text_is_read_in_one_pass(extract_store, tmp_path):
    """Plain prose with an article every few hundred sentences, generated here, not committed."""
    rng = random.Random(7)
    vocabulary = ("the company said its market share of chips and phones grew over the past year as demand for "
                  "data storage and cloud services rose while costs fell in most regions").split()
    article = (ARTICLES / "acme_borealis.txt").read_text(encoding="utf-8")
    parts, size = [], 0
    while size < 10 * 1024 * 1024:
        if len(parts) % 400 == 0:
            parts.append(article.replace("Acme", f"Acme{len(parts) % 7}"))
        else:
            words = rng.choices(vocabulary, k=rng.randint(8, 30))
            parts.append(" ".join(words).capitalize() + ".")
        size += len(parts[-1]) + 1
    path = tmp_path / "big.txt"
    path.write_text("\n".join(parts), encoding="utf-8")
    found = to_json(run(extract_store, path))
    assert {"Borealis Chips", "Kestrel Telecom"} <= {e["name"] for e in found["entities"]}
    assert ("SupplyAgreement", ["Acme0 Robotics Inc.", "Borealis Chips"]) in [
        (d["type"], d["parties"]) for d in found["deals"]]


def test_the_stores_products_name_their_makers(extract_store):
    from graph.extract.gazetteer import Gazetteer

    gazetteer = Gazetteer.from_store(extract_store)
    assert gazetteer.maker("ChatGPT").iri == "https://dealgraph.org/id/openai"
    assert gazetteer.maker("OpenAI application programming interface").label == "OpenAI"
    assert gazetteer.maker("Samsung") is None


def test_partners_in_an_initiative_the_store_knows_deal_with_its_leader(extract_store, tmp_path):
    from graph.extract.gazetteer import Gazetteer

    assert Gazetteer.from_store(extract_store).leader("https://dealgraph.org/id/stargate").label == "OpenAI"
    path = tmp_path / "stargate.txt"
    path.write_text("Kestrel Cloud said on Monday it had expanded its data-centre business. "
                    "Kestrel Cloud, Nova Bank and Orbit Capital are also partners in Stargate.", encoding="utf-8")
    found = to_json(run(extract_store, path))
    assert [(d["type"], sorted(d["parties"])) for d in found["deals"]] == [
        ("Partnership", ["Kestrel Cloud", "Nova Bank", "OpenAI", "Orbit Capital"])]


def test_a_supply_for_an_initiative_the_store_knows_is_with_its_leader(extract_store, tmp_path):
    path = tmp_path / "memory.txt"
    path.write_text("Kestrel Memory and Nova Chips each signed a letter of intent to supply memory chips for Stargate.",
                    encoding="utf-8")
    found = to_json(run(extract_store, path))
    assert sorted(sorted(d["parties"]) for d in found["deals"]) == [["Kestrel Memory", "OpenAI"], ["Nova Chips", "OpenAI"]]


def test_the_cycle_collector_is_paused_while_reading_and_restored_after():
    import gc

    from graph.extract.pipeline import collector_paused

    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with pytest.raises(RuntimeError):
            with collector_paused():
                raise RuntimeError("interrupted")
        assert not gc.isenabled()  # a caller's own choice is kept
    finally:
        gc.enable()

