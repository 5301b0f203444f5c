"""A deal as the extractor reads it: its type, parties, status, date, amounts and evidence."""

from __future__ import annotations

from dataclasses import dataclass, field

from graph.extract.amounts import Amount
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
    return deal


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
