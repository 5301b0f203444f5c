"""The learned positions (graph/extract/learned_roles.py) and their training (scripts/train_models.py)."""

import json
from pathlib import Path

from extract_helpers import extraction
from graph.extract.draft import to_json
from graph.extract.learned_roles import FEATURE_KINDS, MAX_PEOPLE, MODEL_FILE, bundled_model
from graph.extract.logistic import LogisticModel
from test_extract_pairs import load_trainer

# No rule reads "<title> for <firm>" after "served as" with a firm named before it.
CAREER = ("Before joining Zeta Motors, Lee Munoz served as chief performance officer for Orbit Motor "
          "and the chairman of Orbit China.")


def candidates_of(text):
    seen = []
    extraction(text, decide_role=lambda c: seen.append(c) or False)
    return seen


def roles(text, decide_role):
    return [(r["person"], r["title"], r["organization"]) for r in to_json(extraction(text, decide_role=decide_role))["roles"]]


def test_each_untied_person_and_firm_beside_a_title_is_a_candidate_with_the_title_nearest_them():
    assert [(c.person.label, c.title, c.organization.label) for c in candidates_of(CAREER)] == [
        ("Lee Munoz", "chief performance officer", "Zeta Motors"),
        ("Lee Munoz", "chief performance officer", "Orbit Motor"),
        ("Lee Munoz", "chairman", "Orbit China")]


def test_a_candidate_the_model_accepts_becomes_a_position_at_low_confidence():
    accepted = extraction(CAREER, decide_role=lambda c: c.organization.label == "Orbit China")
    [fact] = accepted.docs[0].roles
    assert (fact.person.label, fact.title, fact.organization.label) == ("Lee Munoz", "chairman", "Orbit China")
    assert fact.confidence < 0.5 and fact.evidence == [(0, len(CAREER))]
    assert roles(CAREER, decide_role=lambda c: False) == []


def test_the_model_sees_where_the_title_stands_and_who_stands_nearer():
    by_firm = {c.organization.label: set(c.features) for c in candidates_of(CAREER)}
    assert {"order:org_first", "title_at:after", "nearest_org:True", "w:,", "p_next:served"} <= by_firm["Zeta Motors"]
    assert {"order:person_first", "title_at:between", "o_prev:for", "title:officer"} <= by_firm["Orbit Motor"]
    assert {"orgs_between:1", "title:chairman"} <= by_firm["Orbit China"]


def test_a_position_the_rules_read_is_not_proposed_again():
    text = "Orbit Labs named Dana Park as its chief financial officer on Monday."
    assert candidates_of(text) == []
    assert roles(text, decide_role=lambda c: True) == [("Dana Park", "chief financial officer", "Orbit Labs")]


def test_a_sentence_without_a_title_or_with_a_roll_call_offers_no_candidates():
    assert candidates_of("Lee Munoz met Orbit Labs and Zeta Motors in Busan on Tuesday.") == []
    people = ["Ana Ruiz", "Ben Cole", "Carl Wendt", "David Rao", "Ellen Sato", "Frank Lund", "George Holm"]

    def met(names):
        return f"{', '.join(names[:-1])} and {names[-1]} met the chief executive of Zeta Motors."
    assert len(people) > MAX_PEOPLE and candidates_of(met(people)) == []
    assert len(candidates_of(met(people[:2]))) == 2


def test_the_bundled_model_ties_a_post_the_rules_miss_and_speaks_of_the_same_features():
    model = bundled_model()
    assert 0 < model.threshold <= 1 and len(model.weights) > 100
    assert {f.split(":")[0] for f in model.weights} <= set(FEATURE_KINDS)
    made = {f.split(":")[0] for c in candidates_of(CAREER) for f in c.features}
    assert made <= set(FEATURE_KINDS) and len(made) > 15
    text = "Orbit Labs promoted Ravi Rao to CEO, while Zeta veteran Mohit Joshi took over as Kestrel Systems CEO in May."
    joshi = ("Mohit Joshi", "CEO", "Kestrel Systems")
    assert joshi in roles(text, decide_role=model.accepts) and joshi not in roles(text, decide_role=lambda c: False)


def write_article(folder: Path, number: int) -> None:
    """An article where the firm after "for" employs the person and the firm after "joining" does not."""
    text = "Before joining Orbit Labs, Ana Ruiz served as chairman for Zeta Motors.\n"
    (folder / f"{number}.txt").write_text(text, encoding="utf-8")
    entities = [{"name": n, "type": "Company", "aliases": []} for n in ("Orbit Labs", "Zeta Motors")] + [
        {"name": "Ana Ruiz", "type": "Person", "aliases": []}]
    gold = {"meta": {"file": f"{number}.txt", "published": "2025-05-01", "split": "dev", "url": None},
            "entities": entities, "roles": [{"person": "Ana Ruiz", "title": "chairman", "organization": "Zeta Motors"}],
            "deals": [], "partner_pairs": []}
    (folder / f"{number}.json").write_text(json.dumps(gold), encoding="utf-8")


def test_training_labels_positions_by_the_gold_and_writes_the_model_where_it_is_bundled(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    for number in range(1, 11):
        write_article(gold, number)
    trainer = load_trainer()
    [article] = trainer.read_examples([f"{gold}={gold}"])[:1]
    labels = {o["label"] for o in article["roles"]["occurrences"]}
    assert labels == {True, False}
    assert trainer.main([f"{gold}={gold}", "--folds", "2", "--only", "roles", "--out", str(tmp_path / "model")]) == 0
    model = LogisticModel.read(tmp_path / "model" / MODEL_FILE.name)
    assert model.weights["o_prev:for"] > 0 > model.weights["o_prev:joining"]
    assert trainer.MODELS["roles"] == MODEL_FILE and MODEL_FILE.is_file()


def test_a_ministers_or_mayors_title_is_no_candidate_for_a_post_at_a_firm():
    said = "Orbit Labs has been selected to build the model, Zeta Cloud {} Dana Park said."
    assert [(c.person.label, c.organization.label) for c in candidates_of(said.format("IT director"))] == [
        ("Dana Park", "Orbit Labs")]
    assert candidates_of(said.format("IT Minister")) == []


def test_a_minister_who_is_also_a_firms_chief_executive_is_a_candidate_there():
    text = "Dana Park, the Nova Minister of Industry and chief executive of Zeta Energy, signed the deal."
    assert [(c.person.label, c.organization.label) for c in candidates_of(text)] == [("Dana Park", "Zeta Energy")]


def test_the_firm_a_person_was_hired_from_is_no_candidate():
    text = "Dana Velloman, hired from Zeta Design Systems, is senior vice president for custom silicon at Orbit Chips."
    assert [(c.person.label, c.organization.label) for c in candidates_of(text)] == []
    assert roles(text, decide_role=lambda c: True) == [("Dana Velloman", "senior vice president", "Orbit Chips")]
