"""Extraction: article text -> draft facts with evidence offsets (`kg extract`).

The face is `extract_files` (read files, propose facts) with `to_json` and `to_turtle` to write
the result. Its modules, in the order a text goes through them:

- text: reading files safely; tokens, sentences and clauses with offsets
- gazetteer, wellknown, names: the store's names, well-known names, and the rules that find
  and type the rest (wordlists/ holds the lists as data)
- entities: one entity per real-world thing across a batch
- sentence, subjects, objects: a sentence with its names; who a claim is about; whom a deal cue points at
- cues: the words that say organizations deal
- roles, relations, activities: positions, deals, offices and data centres; deal (a deal as read),
  phrases (deals told by a phrase, not a cue), rounds (a funding round told over sentences)
- amounts, claims, dates: sums, stakes and capacities; status, dates, who reported a claim
- pairs, learned_roles: two organizations of a sentence no rule linked, and a person and an
  organization beside a title no rule tied, each judged by a small logistic model (logistic;
  model/partner-pairs.json and model/roles.json, trained by scripts/train_models.py)
- pipeline: the steps above over articles, and facts told twice merged
- draft: the Turtle draft and the JSON summary
"""

__all__ = ["extract_files", "to_json", "to_turtle"]


def __getattr__(name: str):
    # Imported on first use, so that reading one word list does not load the whole pipeline.
    if name == "extract_files":
        from graph.extract.pipeline import extract_files
        return extract_files
    if name in ("to_json", "to_turtle"):
        from graph.extract import draft
        return getattr(draft, name)
    raise AttributeError(name)
