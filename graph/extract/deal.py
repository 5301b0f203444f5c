"""A deal as the extractor reads it: its type, parties, status, date, amounts and evidence."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from graph.extract.amounts import Amount, find_amounts
from graph.extract.claims import claim_status
from graph.extract.entities import Entity
from graph.extract.sentence import Sentence


@dataclass
class DealFact:
    deal_type: str
    parties: list[Entity]
    status: str
    confidence: float
    roles: dict[str, list[Entity]] = field(default_factory=dict)  # dg: sub-property -> parties
    date: object = None  # FoundDate
    reported_by: Entity | None = None
    reported: bool = False
    subject: Entity | None = None
    evidence: list[tuple[int, int]] = field(default_factory=list)
    clause: tuple[int, int] | None = field(default=None, repr=False)
    amounts: dict[str, Amount] = field(default_factory=dict)  # kind ("money", "stake", "capacity") -> amount
    cue_at: int = 0  # where its cue word starts in the text
    objectless: bool = False  # its parties are the cue's subjects alone ("A and B signed an MoU")


# A deal guessed from a cue word and the names that share its sentence (relations.cooccurring_deals).
GUESSED_CONFIDENCE = 0.45


def sentence_deal(s: Sentence, deal_type: str, parties: list[Entity], status: str, at: int) -> DealFact:
    """A deal read from a phrase rather than a cue's clause, with the sentence as its evidence."""
    deal = DealFact(deal_type, parties, status, 0.5)
    deal.evidence, deal.clause, deal.cue_at = [(s.span.start, s.span.end)], (0, len(s.tokens)), at
    deal.amounts = nearest_amounts(s, at, s.span.start, s.span.end)
    return deal


def nearest_amounts(s: Sentence, at: int, lo: int, hi: int) -> dict[str, Amount]:
    """The amount of each kind between offsets lo and hi nearest offset at ("takes a 10% stake for
    $2 billion"); a firm's valuation is no deal's sum when another sum is told ("raised $2 billion at
    a $20 billion valuation", "raised $2 billion, valuing it at $20 billion"; not "a deal valued at")."""
    if "amounts" not in s.cache:
        s.cache["amounts"] = find_amounts(s.span.text, s.span.start)
    within = [a for a in s.cache["amounts"] if lo <= a.start and a.end <= hi]
    sums = [a for a in within if a.kind == "money" and not valuation(s, a)]
    found: dict[str, Amount] = {}
    for amount in within:
        if amount.kind == "money" and sums and amount not in sums:
            continue
        best = found.get(amount.kind)
        if best is None or abs(amount.start - at) < abs(best.start - at):
            found[amount.kind] = amount
    return found


def valuation(s: Sentence, amount: Amount) -> bool:
    text, start, end = s.span.text, amount.start - s.span.start, amount.end - s.span.start
    return bool(VALUED_BEFORE.search(text[max(0, start - 30):start]) or VALUATION_AFTER.match(text, end))


# "valuing it at", "values Zeta at", "a valuation of" (not "a deal valued at": the deal's own sum)
VALUED_BEFORE = re.compile(r"\b(?:valu(?:e|es|ed|ing)\s+(?!at\b)[^,.;$]{1,30}?\s+at|valuation\s+of)\s*$", re.IGNORECASE)
VALUATION_AFTER = re.compile(r"\s+(?:pre-money\s+|post-money\s+)?valuation\b", re.IGNORECASE)  # "a $20 billion valuation"


def whole_sentence_deal(s: Sentence, deal_type: str, parties: list[Entity]) -> DealFact:
    """A deal the whole sentence tells: its status is the sentence's, its cue the sentence's start."""
    return sentence_deal(s, deal_type, parties, claim_status(s, 0, len(s.tokens)), s.span.start)


def unique(entities) -> list[Entity]:
    seen: dict[int, Entity] = {}
    for e in entities:
        if e is not None:
            seen.setdefault(id(e), e)
    return list(seen.values())


def outside(deals: list[DealFact], parties: list[Entity]) -> list[DealFact]:
    """The deals with a party beyond `parties`: a deal among some of them is part of theirs."""
    within = {id(p) for p in parties}
    return [d for d in deals if not {id(p) for p in d.parties} <= within]
