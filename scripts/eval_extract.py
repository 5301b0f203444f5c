"""Score `kg extract` against gold files: precision, recall and F1 per article and overall.

Usage:
    python scripts/eval_extract.py GOLD_DIR [--seeds DIR] [--report FILE] [--store DIR | --bare]
        [--rules-only | --pair-model FILE --role-model FILE] [--check]
    python scripts/eval_extract.py tests/realnews --seeds .cache/realnews --misses

The real-news set (tests/realnews) keeps per article its URL, outlet, date, the sha256 of the
text and the gold; the texts stay in the git-ignored .cache/realnews. Articles whose text is
missing or differs from its sha256, and second copies of one story, are listed and left out.
Each gold file's meta.split is "dev" or "test": scores are given for each split apart, and
--misses prints what the extractor missed and added per article of the dev split only (the
test split is measured, never read).

Each GOLD_DIR/*.json holds the JSON contract of `kg extract --format json` written by a
person who read the article ("entities", "roles", "deals"), plus "partner_pairs" and a
"meta" table: the text file's name (looked up in --seeds, default ../shared/seeds), and the
--published, --outlet, --url and --title to extract it with.

Matching is by name, case-, accent- and punctuation-insensitive, where a name also stands
for the aliases its side lists for that entity. An entity matches by any shared name; a role
by person and organization (the title is scored apart, as agreement); a deal by type and the
set of parties (status and date apart); a partner pair by its two ends in either order. Names
spelled alike pair first, then names that share an alias.

The extractor runs against a fresh store built from the bundled seed graph (its names are the
gazetteer), or --store DIR, or --bare: the ontology only, no known names at all (how the rules
do on their own). The report (default build/eval-extract.json) has every count and score.
--check exits 1 when a target (test split: entities F1 >= 0.85, roles and partner pairs >= 0.80) is missed.

--agreement OTHER_DIR scores a second reader's gold of the same articles (matched by
meta.file) against GOLD_DIR's, with the same matching: how far two readers agree.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from graph.model.errors import KgError  # noqa: E402
from graph.extract.pipeline import extract_files  # noqa: E402
from graph.extract.draft import to_json  # noqa: E402
from graph.answers.resolve import normalize  # noqa: E402

CATEGORIES = ("entities", "roles", "deals", "partner_pairs")
TARGETS = {"entities": 0.85, "roles": 0.80, "partner_pairs": 0.80}


# ---------------------------------------------------------------- matching


def alias_map(entities: list[dict]) -> dict[str, frozenset[str]]:
    """Every normalized name of an entity -> all of that entity's normalized names."""
    mapping = {}
    for e in entities:
        names = frozenset(normalize(n) for n in [e["name"], *e.get("aliases", [])] if normalize(n))
        for n in names:
            mapping[n] = mapping.get(n, frozenset()) | names
    return mapping


def names(name: str, aliases: dict[str, frozenset[str]]) -> frozenset[str]:
    key = normalize(name)
    return aliases.get(key, frozenset([key]))


def greedy_matches(gold: list, predicted: list, *tests) -> list[tuple]:
    """One-to-one (gold, predicted) pairs: each test in turn pairs the items still free, each gold
    item taking the first free match. Names spelled alike pair first, so that "Hyundai Motor" is
    not taken by "Hyundai Motor Group" because both sides list "Hyundai" for one of them."""
    free, paired, pairs = list(range(len(predicted))), set(), []
    for same in tests:
        for j, g in enumerate(gold):
            i = next((i for i in free if same(g, predicted[i])), None) if j not in paired else None
            if i is not None:
                pairs.append((g, predicted[i]))
                free.remove(i)
                paired.add(j)
    return pairs


def matchers(gold_aliases, pred_aliases):
    def same_name(g: str, p: str) -> bool:
        return bool(names(g, gold_aliases) & names(p, pred_aliases))

    def spelled_alike(g: str, p: str) -> bool:
        return normalize(g) == normalize(p)

    def same_parties(gs: list[str], ps: list[str]) -> bool:
        return len(gs) == len(ps) and len(greedy_matches(gs, ps, spelled_alike, same_name)) == len(gs)

    def same_role(name_test):
        return lambda g, p: name_test(g["person"], p["person"]) and name_test(g["organization"], p["organization"])

    # per category, the tests tried in turn: names spelled alike, then names an alias shares
    return {
        "entities": (lambda g, p: spelled_alike(g["name"], p["name"]),
                     lambda g, p: any(same_name(a, b) for a in [g["name"], *g.get("aliases", [])]
                                      for b in [p["name"], *p.get("aliases", [])])),
        "roles": (same_role(spelled_alike), same_role(same_name)),
        "deals": (lambda g, p: g["type"] == p["type"] and same_parties(g["parties"], p["parties"]),),
        "partner_pairs": (lambda g, p: same_parties(list(g), list(p)),),
    }


def predicted_pairs(deals: list[dict]) -> list[list[str]]:
    pairs, seen = [], set()
    for d in deals:
        parties = d["parties"]
        for i, a in enumerate(parties):
            for b in parties[i + 1:]:
                key = frozenset([normalize(a), normalize(b)])
                if len(key) == 2 and key not in seen:
                    seen.add(key)
                    pairs.append([a, b])
    return pairs


# ---------------------------------------------------------------- scores


def prf(tp: int, fp: int, fn: int) -> dict:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(precision, 3), "recall": round(recall, 3),
            "f1": round(f1, 3)}


def score_article(gold: dict, predicted: dict) -> dict:
    predicted = {**predicted, "partner_pairs": predicted_pairs(predicted["deals"])}
    gold_aliases, predicted_aliases = alias_map(gold["entities"]), alias_map(predicted["entities"])
    same = matchers(gold_aliases, predicted_aliases)
    # A role is a person at an organization: two titles there are one role, on either side.
    gold = {**gold, "roles": one_per_key(gold["roles"], gold_aliases)}
    predicted = {**predicted, "roles": one_per_key(predicted["roles"], predicted_aliases)}
    scores, matched = {}, {}
    for category in CATEGORIES:
        pairs = greedy_matches(gold[category], predicted[category], *same[category])
        matched[category] = pairs
        scores[category] = prf(len(pairs), len(predicted[category]) - len(pairs), len(gold[category]) - len(pairs))
    scores["agreement"] = agreement(matched)
    scores["missed"] = {c: [g for g in gold[c] if all(g is not m[0] for m in matched[c])] for c in CATEGORIES}
    scores["extra"] = {c: [p for p in predicted[c] if all(p is not m[1] for m in matched[c])] for c in CATEGORIES}
    return scores


def one_per_key(roles: list[dict], aliases) -> list[dict]:
    kept, seen = [], set()
    for role in roles:
        key = (names(role["person"], aliases), names(role["organization"], aliases))
        if key not in seen:
            seen.add(key)
            kept.append(role)
    return kept


def agreement(matched: dict) -> dict:
    """Among matched items: entity types, role titles, deal statuses and dates that agree."""
    def share(pairs, same) -> dict:
        hits = sum(1 for g, p in pairs if same(g, p))
        return {"agree": hits, "of": len(pairs)}

    return {
        "entity_type": share(matched["entities"], lambda g, p: g["type"] == p["type"]),
        "role_title": share(matched["roles"], lambda g, p: title_agrees(g["title"], p["title"])),
        "deal_status": share(matched["deals"], lambda g, p: normalize(g["status"]) == normalize(p["status"])),
        "deal_date": share(matched["deals"], lambda g, p: g.get("date") == p.get("date")),
    }


def title_agrees(gold: str, predicted: str) -> bool:
    g, p = normalize(gold), normalize(predicted)
    return bool(g and p) and (g in p or p in g)


def overall(per_article: dict) -> dict:
    total = {}
    for category in CATEGORIES:
        tp, fp, fn = (sum(a[category][k] for a in per_article.values()) for k in ("tp", "fp", "fn"))
        total[category] = prf(tp, fp, fn)
    return total


# ---------------------------------------------------------------- running


@contextmanager
def open_store(args):
    from graph.store.embedded import Store

    if args.store:
        store = Store.open(args.store)
        yield store
        store.close()
        return
    if args.bare:
        yield bare_store()
        return
    with tempfile.TemporaryDirectory(prefix="eval-extract-") as tmp:
        store = Store.open(Path(tmp) / "store")
        yield store
        store.close()


def bare_store():
    """The ontology and nothing else: no names the extractor could know."""
    import pyoxigraph as ox

    from graph.model.namespaces import ONTOLOGY_GRAPH
    from graph.store.embedded import Store, ontology_file

    store = Store.in_memory()
    store.ox.load(path=str(ontology_file()), format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(ONTOLOGY_GRAPH))
    store.derive()
    return store


def gold_files(folder: Path) -> list[Path]:
    """The folder's gold files in the order their articles were numbered: 99.json before 1001.json."""
    return sorted(folder.glob("*.json"), key=lambda p: (0, int(p.stem), "") if p.stem.isdigit() else (1, 0, p.stem))


def read_golds(gold_dir: Path, seeds: Path) -> tuple[list[dict], list[str]]:
    """The gold files whose text is at hand (and matches its sha256), and the ones left out.

    Two readers working at once may gather the same story: it is scored once, as its first copy.
    """
    golds, missing, first_copy = [], [], {}
    paths = gold_files(gold_dir)
    if not paths:
        raise KgError(f"no gold files (*.json) in {gold_dir}")
    for path in paths:
        gold = json.loads(path.read_text(encoding="utf-8"))
        meta = gold["meta"]
        text = seeds / meta["file"]
        copy_of = first_copy.get(meta.get("url")) or first_copy.get(meta.get("sha256"))
        first_copy.update({key: meta["file"] for key in (meta.get("url"), meta.get("sha256")) if key})
        if copy_of:
            missing.append(f"{meta['file']}: the same article as {copy_of}, scored once")
        elif not text.is_file():
            missing.append(f"{meta['file']}: no text in {seeds} (stored copy of {meta.get('url')})")
        elif meta.get("sha256") and hashlib.sha256(text.read_bytes()).hexdigest() != meta["sha256"]:
            missing.append(f"{meta['file']}: text differs from its sha256 ({meta.get('url')})")
        else:
            golds.append(gold)
    return golds, missing


def evaluate(gold_dir: Path, seeds: Path, args) -> dict:
    golds, missing = read_golds(gold_dir, seeds)
    if not golds:
        raise KgError(f"none of the {len(missing)} articles' texts is in {seeds}: gather them from the stored "
                      f"copies of their URLs (the gold files' meta.url), each checked against meta.sha256")
    per_article, splits = {}, {}
    decide_pair, decide_role = judges(args)
    with open_store(args) as store:
        for gold in golds:
            meta = gold["meta"]
            extraction = extract_files(store, [seeds / meta["file"]], published=meta["published"],
                                       url=meta.get("url"), outlet=meta.get("outlet"), title=meta.get("title"),
                                       decide_pair=decide_pair, decide_role=decide_role)
            per_article[meta["file"]] = score_article(gold, to_json(extraction))
            splits.setdefault(meta.get("split", "all"), []).append(meta["file"])
    return summary("bare" if args.bare else (args.store or "seed graph"), per_article, splits, missing)


def judges(args):
    """How unlinked pairs and positions are judged: by the bundled models (None), others, or not at all."""
    from graph.extract.logistic import LogisticModel, never

    if args.rules_only:
        return never, never
    return tuple(LogisticModel.read(path).accepts if path else None for path in (args.pair_model, args.role_model))


def summary(source: str, per_article: dict, splits: dict, missing: list[str]) -> dict:
    """The report: scores per article, overall and per split; targets are judged on the test split."""
    total = overall(per_article)
    by_split = {name: overall({f: per_article[f] for f in files}) for name, files in sorted(splits.items())}
    measured = by_split.get("test", total)
    return {"gazetteer": source, "articles": per_article, "splits": splits, "overall": total,
            "by_split": by_split, "missing": missing, "targets": TARGETS,
            "met": {c: measured[c]["f1"] >= t for c, t in TARGETS.items()}}


def compare(gold_dir: Path, other_dir: Path) -> dict:
    """A second reader's gold (OTHER_DIR/*.json, matched by meta.file) scored against GOLD_DIR's:
    how far two careful readers of the same texts agree, the ceiling an extractor is held to."""
    golds = {}
    for path in gold_files(gold_dir):
        gold = json.loads(path.read_text(encoding="utf-8"))
        golds[gold["meta"]["file"]] = gold
    per_article, splits = {}, {}
    for path in gold_files(other_dir):
        other = json.loads(path.read_text(encoding="utf-8"))
        gold = golds.get(other["meta"]["file"])
        if gold is None:
            raise KgError(f"{path}: no gold in {gold_dir} for {other['meta']['file']}")
        per_article[gold["meta"]["file"]] = score_article(gold, other)
        splits.setdefault(gold["meta"].get("split", "all"), []).append(gold["meta"]["file"])
    if not per_article:
        raise KgError(f"no second reading in {other_dir}")
    return summary(f"second reader ({other_dir})", per_article, splits, [])


def table(report: dict) -> str:
    width = max(len(name) for name in [*report["articles"], "overall"]) + 2
    header = "article".ljust(width) + "".join(f"{c + ' P/R/F1':<24}" for c in CATEGORIES)
    lines = [header]
    rows = [*report["articles"].items(), ("overall", report["overall"])]
    if len(report["by_split"]) > 1:
        rows += [(f"overall {name}", scores) for name, scores in report["by_split"].items()]
    for name, scores in rows:
        cells = "".join(f"{s['precision']:.2f}/{s['recall']:.2f}/{s['f1']:.2f}".ljust(24)
                        for s in (scores[c] for c in CATEGORIES))
        lines.append(name.ljust(width) + cells)
    measured = report["by_split"].get("test", report["overall"])
    for category, target in report["targets"].items():
        f1 = measured[category]["f1"]
        lines.append(f"target {category} F1 >= {target}: {'met' if report['met'][category] else 'MISSED'} ({f1:.2f})")
    lines += [f"missing: {m}" for m in report["missing"]]
    return "\n".join(lines)


def misses(report: dict) -> str:
    """What the extractor missed and added, per article of every split but the test split."""
    lines = []
    for name in (n for split, names in report["splits"].items() if split != "test" for n in names):
        scores = report["articles"][name]
        for kind in ("missed", "extra"):
            for category, items in scores[kind].items():
                lines += [f"{name} {kind} {category}: {json.dumps(item, ensure_ascii=False)}" for item in items]
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold_dir", type=Path)
    parser.add_argument("--seeds", type=Path, default=REPO.parent / "shared" / "seeds",
                        help="directory of the article texts (default: ../shared/seeds)")
    parser.add_argument("--report", type=Path, default=REPO / "build" / "eval-extract.json")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--store", help="extract against this store instead of a fresh seed store")
    where.add_argument("--bare", action="store_true", help="extract with no known names (ontology only)")
    where.add_argument("--agreement", type=Path, metavar="OTHER_DIR",
                       help="score a second reader's gold files against GOLD_DIR's instead of the extractor")
    parser.add_argument("--rules-only", action="store_true", help="leave out the learned partner pairs and positions")
    parser.add_argument("--pair-model", type=Path, metavar="FILE",
                        help="judge unlinked pairs with this model (scripts/train_models.py) instead of the bundled one")
    parser.add_argument("--role-model", type=Path, metavar="FILE",
                        help="judge untied positions with this model (scripts/train_models.py) instead of the bundled one")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument("--misses", action="store_true", help="print the dev split's misses and extras")
    args = parser.parse_args(argv)
    try:
        report = compare(args.gold_dir, args.agreement) if args.agreement else evaluate(args.gold_dir, args.seeds, args)
    except KgError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    args.report.parent.mkdir(parents=True, exist_ok=True)
    args.report.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(table(report))
    if args.misses:
        print(misses(report))
    print(f"report: {args.report}")
    return 1 if args.check and not all(report["met"].values()) else 0


if __name__ == "__main__":
    sys.exit(main())
