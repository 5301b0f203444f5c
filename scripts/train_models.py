#!/usr/bin/env python3
"""Train the learned models of the extractor on gold articles: the partner-pair model
(graph/extract/pairs.py) and the position model (graph/extract/learned_roles.py).

    python scripts/train_models.py tests/ai-probe=tests/ai-probe@1-1060 tests/ai-probe=tests/ai-probe:dev@1061-1918 \
        tests/realnews=.cache/realnews:dev

Each GOLD=TEXTS[:SPLIT][@FIRST-LAST] argument is a folder of gold files and the folder of their texts,
as for scripts/eval_extract.py, the one split to learn from (default: all of them) and the articles
to take, by number (default: all of them). What the models
are judged on stays out: the real-news test split, and the AI-probe articles in
tests/ai-probe/held-out/, which neither the rules nor the models have seen.

The rules run first. Every pair of organizations named in one sentence that they left unlinked
is an example for the pair model, labelled by whether the gold pairs them; every person and
organization named in one sentence beside a title that they left untied is an example for the
position model, labelled by whether the gold gives the person a title there. A logistic model
(L2) is fitted to each kind; a candidate's score is its best sentence's. Each model's threshold
is the one that maximizes its F1 (partner pairs, roles) over the training articles, judged by
k-fold cross-validation over articles so that no article scores a model it trained.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import numpy as np
from scipy import sparse
from scipy.optimize import minimize

sys.path.insert(0, str(Path(__file__).resolve().parent))
import eval_extract as ev  # noqa: E402

from graph.extract import learned_roles, pairs  # noqa: E402
from graph.extract.draft import to_json  # noqa: E402
from graph.extract.entities import normalize  # noqa: E402
from graph.extract.pipeline import extract_files  # noqa: E402
from graph.store.embedded import Store  # noqa: E402

MIN_COUNT = 3  # a feature seen in fewer examples is noise
L2 = 4.0  # over 1.0: the same cross-validated F1, and a position model that reads unseen articles better
# F1 is flat near its best threshold: judged on a grid, averaged over differently drawn folds,
# the choice does not hang on how one draw split the articles.
THRESHOLDS = np.round(np.arange(0.30, 0.96, 0.05), 2)
REPEATS = 3
MODELS = {"pairs": pairs.MODEL_FILE, "roles": learned_roles.MODEL_FILE}  # where each is bundled


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sets", nargs="+", metavar="GOLD=TEXTS[:SPLIT][@FIRST-LAST]")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--only", choices=sorted(MODELS), help="train one model (default: both)")
    parser.add_argument("--out", type=Path, metavar="DIR", help="write the models here (default: the bundled ones)")
    args = parser.parse_args(argv)
    articles = read_examples(args.sets)
    for kind in [args.only] if args.only else sorted(MODELS):
        bundled = MODELS[kind]
        train(kind, [a[kind] for a in articles], args.folds, args.out / bundled.name if args.out else bundled)
    return 0


def train(kind: str, articles: list[dict], folds: int, out: Path) -> None:
    examples = sum(len(a["occurrences"]) for a in articles)
    print(f"{kind}: {len(articles)} articles, {examples} sentence examples", file=sys.stderr)
    curves = [f1_by_threshold(articles, cross_validated(articles, folds, seed)) for seed in range(REPEATS)]
    threshold, f1 = max(zip(THRESHOLDS, np.mean(curves, axis=0)), key=lambda tf: tf[1])
    print(f"{kind}: F1 over the training articles: rules {f1_of(totals(articles)):.3f}, "
          f"with the model (cross-validated, threshold {threshold:.2f}) {f1:.3f}", file=sys.stderr)
    vocabulary, weights, bias = fit(articles)
    model = {"threshold": round(threshold, 3), "bias": round(bias, 4),
             "weights": {f: round(w, 4) for f, w in sorted(zip(vocabulary, weights)) if abs(w) >= 1e-4}}
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(model, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {out}: {len(model['weights'])} weights", file=sys.stderr)


# ---------------------------------------------------------------- examples


def read_examples(sets: list[str]) -> list[dict]:
    """Per article and model: its rule-only counts, and each candidate's sentence features and label."""
    articles = []
    with tempfile.TemporaryDirectory(prefix="train-models-") as tmp:
        store = Store.open(Path(tmp) / "store")
        for spec in sets:
            gold_dir, texts, split, numbers = parse_set(spec)
            golds, missing = ev.read_golds(gold_dir, texts)
            if missing:
                print(f"{gold_dir}: {len(missing)} articles without their text, left out", file=sys.stderr)
            for gold in golds:
                if (split is None or gold["meta"].get("split") == split) and numbered(gold, numbers):
                    articles.append(article_examples(store, gold, texts))
        store.close()
    return articles


def parse_set(spec: str) -> tuple[Path, Path, str | None, range | None]:
    """"tests/ai-probe=tests/ai-probe:dev@1061-1918" -> (gold folder, texts folder, split or None for
    all, the article numbers to take or None for all)."""
    spec, _, numbers = spec.partition("@")
    gold_dir, _, rest = spec.partition("=")
    texts, _, split = (rest or gold_dir).partition(":")
    if not numbers:
        return Path(gold_dir), Path(texts), split or None, None
    first, _, last = numbers.partition("-")
    if not (first.isdigit() and last.isdigit()):
        raise SystemExit(f"{spec}@{numbers}: give the article numbers as FIRST-LAST, e.g. @1061-1918")
    return Path(gold_dir), Path(texts), split or None, range(int(first), int(last) + 1)


def numbered(gold: dict, numbers: range | None) -> bool:
    """Whether the article's number (its file's stem: "1061.txt") is among those to take."""
    stem = Path(gold["meta"]["file"]).stem
    return numbers is None or (stem.isdigit() and int(stem) in numbers)


def article_examples(store, gold: dict, texts: Path) -> dict:
    pair_candidates, role_candidates = [], []
    meta = gold["meta"]
    extraction = extract_files(store, [texts / meta["file"]], published=meta["published"], url=meta.get("url"),
                               outlet=meta.get("outlet"), title=meta.get("title"),
                               decide_pair=lambda c: pair_candidates.append(c) or False,
                               decide_role=lambda c: role_candidates.append(c) or False)
    scores = ev.score_article(gold, to_json(extraction))
    aliases = ev.alias_map(gold["entities"])
    gold_pairs = [(ev.names(a, aliases), ev.names(b, aliases)) for a, b in gold["partner_pairs"]]
    gold_roles = [(ev.names(r["person"], aliases), ev.names(r["organization"], aliases)) for r in gold["roles"]]
    return {
        "pairs": {"counts": scores["partner_pairs"], "occurrences": [
            {"key": pairs.pair_key(c.a, c.b), "features": c.features, "label": paired(c.a, c.b, gold_pairs)}
            for c in pair_candidates]},
        "roles": {"counts": scores["roles"], "occurrences": [
            {"key": (id(c.person), id(c.organization)), "features": c.features,
             "label": any(x & names_of(c.person) and y & names_of(c.organization) for x, y in gold_roles)}
            for c in role_candidates]},
    }


def paired(a, b, gold_pairs) -> bool:
    na, nb = names_of(a), names_of(b)
    return any((x & na and y & nb) or (x & nb and y & na) for x, y in gold_pairs)


def names_of(entity) -> frozenset[str]:
    return frozenset(n for n in (normalize(t) for t in [entity.label, *entity.aliases]) if n)


# ---------------------------------------------------------------- fitting


def fit(articles: list[dict]) -> tuple[list[str], np.ndarray, float]:
    rows = [o for a in articles for o in a["occurrences"]]
    counts: dict[str, int] = {}
    for o in rows:
        for f in set(o["features"]):
            counts[f] = counts.get(f, 0) + 1
    vocabulary = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    index = {f: i for i, f in enumerate(vocabulary)}
    x = design(rows, index)
    y = np.array([1.0 if o["label"] else 0.0 for o in rows])
    start = np.zeros(len(vocabulary) + 1)
    result = minimize(loss, start, args=(x, y), jac=True, method="L-BFGS-B", options={"maxiter": 500})
    return vocabulary, result.x[1:], float(result.x[0])


def design(rows: list[dict], index: dict[str, int]):
    data, cols, starts = [], [], [0]
    for o in rows:
        hit = sorted({index[f] for f in o["features"] if f in index})
        cols += hit
        data += [1.0] * len(hit)
        starts.append(len(cols))
    return sparse.csr_matrix((data, cols, starts), shape=(len(rows), len(index)))


def loss(theta: np.ndarray, x, y: np.ndarray) -> tuple[float, np.ndarray]:
    """Mean log loss plus an L2 penalty on the weights (not the bias), and its gradient."""
    bias, w = theta[0], theta[1:]
    z = x @ w + bias
    p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
    n = len(y)
    value = -np.mean(y * np.log(p + 1e-12) + (1 - y) * np.log(1 - p + 1e-12)) + L2 * (w @ w) / (2 * n)
    error = (p - y) / n
    grad = np.concatenate([[error.sum()], x.T @ error + L2 * w / n])
    return float(value), grad


def probabilities(vocabulary, weights, bias, rows) -> np.ndarray:
    x = design(rows, {f: i for i, f in enumerate(vocabulary)})
    return 1.0 / (1.0 + np.exp(-np.clip(x @ weights + bias, -30, 30)))


# ---------------------------------------------------------------- the threshold


def cross_validated(articles: list[dict], folds: int, seed: int = 0) -> list[dict]:
    """Per article, each candidate's best score from a model that did not see the article."""
    scores = [None] * len(articles)
    fold_of = np.random.default_rng(seed).permutation(len(articles)) % folds
    for fold in range(folds):
        held = [i for i in range(len(articles)) if fold_of[i] == fold]
        trained = fit([a for i, a in enumerate(articles) if fold_of[i] != fold])
        for i in held:
            rows = articles[i]["occurrences"]
            p = probabilities(*trained, rows) if rows else []
            best: dict = {}
            for o, score in zip(rows, p):
                best[o["key"]] = max(best.get(o["key"], (0.0, False)), (float(score), o["label"]))
            scores[i] = best
    return scores


def f1_by_threshold(articles: list[dict], scores: list[dict]) -> list[float]:
    """F1 over the articles when the candidates scoring at least each threshold are added."""
    tp, fp, fn = totals(articles)
    judged = [v for best in scores for v in best.values()]
    curve = []
    for threshold in THRESHOLDS:
        right = sum(1 for score, label in judged if score >= threshold and label)
        wrong = sum(1 for score, label in judged if score >= threshold and not label)
        curve.append(f1_of((tp + right, fp + wrong, fn - right)))
    return curve


def totals(articles: list[dict]) -> tuple[int, int, int]:
    return tuple(sum(a["counts"][k] for a in articles) for k in ("tp", "fp", "fn"))


def f1_of(counts) -> float:
    tp, fp, fn = counts
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


if __name__ == "__main__":
    sys.exit(main())
