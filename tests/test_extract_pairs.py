"""The learned partner pairs (graph/extract/pairs.py) and the training of the learned models (scripts/train_models.py)."""

import importlib.util
import json
from pathlib import Path

import pytest

from extract_helpers import DGR, PUBLISHED, ROWS, extraction, typed_parties
from graph.extract.gazetteer import Gazetteer
from graph.extract.logistic import LogisticModel, never
from graph.extract.pairs import FEATURE_KINDS, MODEL_FILE, bundled_model, candidates, learned_deals
from graph.extract.pipeline import ArticleMeta, extract_texts
from graph.extract.text import Article
from graph.model.errors import InvalidData

REPO = Path(__file__).resolve().parent.parent
# Two firms at one fair: no rule reads a deal in it.
AT_THE_FAIR = "Orbit Labs and Kestrel Power were both at the Busan fair on Tuesday."


def accept_all(candidate):
    return True


def test_a_pair_the_model_accepts_becomes_a_partnership_at_low_confidence():
    result = extraction(AT_THE_FAIR, decide_pair=accept_all)
    [deal] = result.docs[0].deals
    assert (deal.deal_type, sorted(p.label for p in deal.parties)) == ("Partnership", ["Kestrel Power", "Orbit Labs"])
    assert deal.confidence < 0.5
    assert deal.evidence == [(0, len(AT_THE_FAIR))]


def test_a_pair_the_model_rejects_stays_apart():
    assert typed_parties(AT_THE_FAIR, decide_pair=never) == []


def test_the_model_sees_the_words_between_the_names_and_of_the_sentence():
    seen = []
    extraction(AT_THE_FAIR, decide_pair=lambda c: seen.append(c) or False)
    [candidate] = seen
    assert {"w:and", "s:fair", "s:both", "gap:1", "names_between:0", "listed_together"} <= set(candidate.features)


@pytest.mark.parametrize("second", [
    "It was also seen at the Busan fair with Kestrel Power on Tuesday.",
    "In June, it was at the Busan fair with Kestrel Power.",
    "The chipmaker was also at the Busan fair with Kestrel Power.",
    "In October it was at the Busan fair with Kestrel Power.",  # a short time phrase, no comma
    "Last year it was at the Busan fair with Kestrel Power.",
])
def test_the_firm_an_opening_it_stands_for_is_paired_with_the_sentences_names(second):
    seen = []
    extraction("Orbit Labs makes chips. " + second, decide_pair=lambda c: seen.append(c) or False)
    [candidate] = seen
    assert (candidate.a.label, candidate.b.label) == ("Orbit Labs", "Kestrel Power")
    assert "referent" in candidate.features


def test_a_pair_the_rules_link_is_not_proposed_again():
    text = "Orbit Labs signed a supply agreement with Kestrel Power on Tuesday."
    assert typed_parties(text, decide_pair=accept_all) == typed_parties(text, decide_pair=never) == [
        ("SupplyAgreement", ["Kestrel Power", "Orbit Labs"])]


def test_a_pair_named_in_two_sentences_is_one_partnership():
    text = AT_THE_FAIR + " Orbit Labs and Kestrel Power left the fair on Friday."
    assert typed_parties(text, decide_pair=accept_all) == [("Partnership", ["Kestrel Power", "Orbit Labs"])]


def test_political_parties_named_side_by_side_are_not_partners():
    rows = ROWS + [(DGR + "blue-party", "Blue Party", True, "PoliticalParty"),
                   (DGR + "green-party", "Green Party", True, "PoliticalParty")]
    text = "Orbit Labs met officials of the ruling Blue Party and the opposition Green Party on Tuesday."
    article = Article("test.txt", text, "0" * 64)
    seen = []
    extract_texts(Gazetteer(rows), [(article, ArticleMeta(PUBLISHED))], decide_pair=lambda c: seen.append(c) or True)
    assert [(c.a.label, c.b.label) for c in seen] == []


def test_a_long_list_of_firms_offers_no_pairs():
    firms = [f"{name} Labs" for name in "Orbit Kestrel Zeta Nova Fjell Vassen Borealis Tundra Aster".split()]
    text = f"The ranking put {', '.join(firms[:-1])} and {firms[-1]} at the top."
    assert typed_parties(text, decide_pair=accept_all) == []


def test_a_model_scores_by_its_weights_and_judges_by_its_threshold():
    model = LogisticModel({"w:with": 2.0, "s:rival": -3.0}, bias=-1.0, threshold=0.5)
    assert model.probability(["w:with"]) == pytest.approx(1 / (1 + 2.718281828 ** -1.0))
    assert model.probability(["w:with", "s:rival"]) < 0.5 < model.probability(["w:with", "s:unknown"])


@pytest.mark.parametrize("content", ["", "{\"weights\": {}}", "[1, 2]", "{\"weights\": 3, \"bias\": 0, \"threshold\": 1}"])
def test_a_damaged_model_file_is_one_clear_error(tmp_path, content):
    path = tmp_path / "model.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InvalidData, match="model .* cannot be read .*retrain it"):
        LogisticModel.read(path)
    with pytest.raises(InvalidData, match="cannot be read"):
        LogisticModel.read(tmp_path / "missing.json")


def test_the_bundled_model_and_the_extractor_speak_of_the_same_features():
    seen = []
    text = "Orbit Labs, Orbit Power and Zeta Bank said they would build a plant with Nova Grid, a rival of Aster Grid."
    extraction(text, decide_pair=lambda c: seen.append(c) or False)
    made = {f.split(":")[0] for c in seen for f in c.features}
    model = bundled_model()
    assert 0 < model.threshold <= 1 and len(model.weights) > 100
    assert made <= set(FEATURE_KINDS) and len(made) > 15
    assert {f.split(":")[0] for f in model.weights} <= set(FEATURE_KINDS)


# ---------------------------------------------------------------- training


def load_trainer():
    spec = importlib.util.spec_from_file_location("train_models", REPO / "scripts" / "train_models.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


WORDS = "Alder Birch Cedar Dune Elm Fern Gale Heron Ivy Juniper Kite Lark Moss".split()


def write_article(folder: Path, number: int, split: str) -> None:
    """An article where firms that 'lunched' together are partners and firms at a 'show' are not."""
    word = WORDS[number]
    a, b, c, d = (f"{word} {kind}" for kind in ("Labs", "Power", "Devices", "Grid"))
    text = (f"{a} lunched beside {b} in Busan. "
            f"{c} and {d} both had stands at the show in Seoul.\n")
    (folder / f"{number}.txt").write_text(text, encoding="utf-8")
    entities = [{"name": n, "type": "Company", "aliases": []} for n in (a, b, c, d)]
    gold = {"meta": {"file": f"{number}.txt", "published": "2025-05-01", "split": split, "url": None},
            "entities": entities, "roles": [], "deals": [{"type": "Partnership", "parties": [a, b]}],
            "partner_pairs": [[a, b]]}
    (folder / f"{number}.json").write_text(json.dumps(gold), encoding="utf-8")


def test_training_learns_from_the_gold_of_the_training_split_only(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    for number in range(1, 13):
        write_article(gold, number, "dev" if number <= 10 else "test")
    out = tmp_path / "model"
    trainer = load_trainer()
    assert trainer.main([f"{gold}={gold}:dev", "--folds", "2", "--only", "pairs", "--out", str(out)]) == 0
    model = LogisticModel.read(out / MODEL_FILE.name)
    assert model.weights["s:lunched"] > 0 > model.weights["s:show"]
    assert len(trainer.read_examples([f"{gold}={gold}:dev"])) == 10
    assert len(trainer.read_examples([f"{gold}={gold}"])) == 12
    assert len(trainer.read_examples([f"{gold}={gold}@1-4", f"{gold}={gold}:test@5-12"])) == 6


def test_training_numbers_must_be_a_range(tmp_path):
    with pytest.raises(SystemExit, match="FIRST-LAST"):
        load_trainer().parse_set(f"{tmp_path}={tmp_path}:dev@1061")


def test_the_bundled_model_file_is_where_the_trainer_writes():
    assert MODEL_FILE.is_file() and load_trainer().MODELS["pairs"] == MODEL_FILE


def test_a_maker_named_with_its_product_is_no_candidate():
    seen = []
    extraction("Orbit Labs met Kestrel Power at the fair to see Nvidia GB300 chips.",
               decide_pair=lambda c: seen.append(c) or False)
    assert [(c.a.label, c.b.label) for c in seen] == [("Orbit Labs", "Kestrel Power")]


@pytest.mark.parametrize("sale", ["sold $2 billion of Zeta Mobile Inc. shares", "cut its holding in Zeta Mobile Inc.",
                                  "sold its entire stake in Zeta Mobile Inc."])
def test_a_firm_named_for_its_shares_or_a_stake_sold_is_no_candidate(sale):
    seen = []
    extraction(f"Orbit Labs met Kestrel Power at the fair, and {sale}.",
               decide_pair=lambda c: seen.append(c) or False)
    assert [(c.a.label, c.b.label) for c in seen] == [("Orbit Labs", "Kestrel Power")]


def test_no_pair_is_put_to_the_model_in_a_sentence_telling_a_persons_career():
    text = "She worked at Orbit Labs and Kestrel Power before joining the board."
    seen = []
    extraction(text, decide_pair=lambda c: seen.append(c) or True)
    assert seen == []


@pytest.mark.parametrize("text", [
    "Kestrel Ratings Inc., which rates Orbit Labs BB+, said Orbit Labs and Zeta Cloud met at the fair.",
    "Kestrel Ratings Inc. rated the notes BB after Orbit Labs and Zeta Cloud met at the fair.",
    "Orbit Labs, which met Zeta Cloud at the fair, carries a B+ rating from Kestrel Ratings Inc.",
])
def test_a_rating_agency_that_rates_a_firm_is_no_candidate(text):
    seen = []
    extraction(text, decide_pair=lambda c: seen.append(c) or False)
    assert seen and all("Kestrel Ratings Inc." not in (c.a.label, c.b.label) for c in seen)


@pytest.mark.parametrize("text, deal", [
    ("Orbit Labs invested $2 billion in Kestrel Power, which rates its turbines at 50 MW.",
     ("Investment", ["Kestrel Power", "Orbit Labs"])),
    ("Kestrel Bank rates climbed after it agreed to lend $2 billion to Orbit Labs.",
     ("FinancialCooperation", ["Kestrel Bank", "Orbit Labs"])),
])
def test_a_firm_that_rates_a_thing_or_a_banks_rates_are_no_rating_agency(text, deal):
    assert typed_parties(text) == [deal]


@pytest.mark.parametrize("advice", [
    "Kestrel Partners urged Zeta Cloud investors to reject the offer.",
    "Kestrel Partners recommended voting against, and Zeta Cloud's board disagreed.",
])
def test_a_proxy_advisers_advice_on_a_vote_proposes_no_pair(advice):
    seen = []
    extraction("Orbit Labs agreed to buy Zeta Cloud. " + advice, decide_pair=lambda c: seen.append(c) or False)
    assert [(c.a.label, c.b.label) for c in seen] == []
