"""Partners the rules left unread: two organizations named in one sentence that no deal links,
scored by a small logistic model trained on gold articles (`scripts/train_models.py`).

Rules read how a sentence says two firms deal; news says it in more ways than rules can list.
Each such pair is described by plain features (the words between the two names, the sentence's
words, how far apart they are, whether the rules found a deal in the sentence, ...), and a pair
whose best sentence scores above the model's threshold becomes a partnership of the two, at a
low confidence, with that sentence as its evidence.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations

from graph.extract.cues import find_cues
from graph.extract.deal import DealFact, whole_sentence_deal
from graph.extract.entities import Entity
from graph.extract.logistic import MODEL_DIR, LogisticModel, bucket
from graph.extract.objects import RIVALRY, VOTE_ADVICE, bystanders
from graph.extract.roles import CAREER_VERBS
from graph.extract.sentence import COMPANY_HEADS, DocContext, Sentence, is_person, named_parties, names_a_product
from graph.extract.subjects import PAIR_HEADS
from graph.extract.text import sentence_pattern

MODEL_FILE = MODEL_DIR / "partner-pairs.json"
# Organizations of one sentence paired at most: a long list is a league table, not partners,
# and the bound keeps the work linear in the text.
MAX_NAMED = 8
LEARNED_CONFIDENCE = 0.3
# Who makes the deals the model learned from: political parties and outlets are named beside firms, not as partners.
DEALING_CLASSES = frozenset("Company Bank BusinessGroup GovernmentBody University Organization".split())
# What the model sees of a pair, by the prefix of each feature: a feature is "kind:value" or a bare kind.
FEATURE_KINDS = ("s", "cue", "named", "sentence", "rivalry", "w", "w2", "before", "after", "a_next", "b_prev",
                 "a_next2", "b_prev2", "gap", "names_between", "listed_together", "cue_before", "cue_between",
                 "cue_after", "cls", "clauses", "first", "same_first_word", "deals_here", "parties_here",
                 "in_deals", "main", "tech_words", "referent")


@dataclass
class Candidate:
    """Two organizations named in one sentence, with what the model sees of them there."""

    a: Entity
    b: Entity
    sentence: Sentence
    features: list[str]


@dataclass
class Referent:
    """The firm a sentence's opening "it" (or "the chipmaker") stands for, at that word."""

    first: int
    last: int
    entity: Entity


@lru_cache(maxsize=1)
def bundled_model() -> LogisticModel:
    return LogisticModel.read(MODEL_FILE)


def learned_deals(sentences: list[Sentence], deals: list[DealFact], ctx: DocContext, decide) -> list[DealFact]:
    """A partnership for each unlinked pair some sentence of theirs convinces `decide` of."""
    done = {pair_key(a, b) for d in deals for a, b in combinations(d.parties, 2)}
    in_deals = {id(p) for d in deals for p in d.parties}
    tech = sum(word in TECH_WORDS for s in sentences for word in s.lowered)
    topic = f"tech_words:{bucket(tech)}"
    made = []
    for s, here in zip(sentences, deals_by_sentence(sentences, deals)):
        for c in candidates(s, here, in_deals, ctx, done):
            c.features.append(topic)
            if pair_key(c.a, c.b) not in done and decide(c):
                done.add(pair_key(c.a, c.b))
                made.append(learned_deal(s, c))
    return made


def pair_key(a: Entity, b: Entity) -> frozenset[int]:
    return frozenset((id(a), id(b)))


def deals_by_sentence(sentences: list[Sentence], deals: list[DealFact]) -> list[list[DealFact]]:
    """The deals whose cue stands in each sentence (deals of earlier blocks of a long text stand in none)."""
    starts = [s.span.start for s in sentences]
    told_in: list[list[DealFact]] = [[] for _ in sentences]
    for d in deals:
        index = bisect_right(starts, d.cue_at) - 1
        if index >= 0:
            told_in[index].append(d)
    return told_in


def learned_deal(s: Sentence, c: Candidate) -> DealFact:
    deal = whole_sentence_deal(s, "Partnership", [c.a, c.b])
    deal.confidence = LEARNED_CONFIDENCE
    return deal


def candidates(s: Sentence, here: list[DealFact], in_deals: set[int], ctx: DocContext,
               done: set[frozenset[int]]) -> list[Candidate]:
    """Each two organizations the sentence names that are not paired already (`done`); `here`
    are the deals the rules read in the sentence."""
    if tells_a_career(s) or s.search(VOTE_ADVICE):
        return []  # "He worked at Macquarie until Naver hired him": employers, no partners; a proxy adviser's advice
    named, aside = named_parties(s), bystanders(s) | holdings_sold(s)
    first_mention = {}
    for m in s.mentions:
        if m.entity is not None and m.entity.cls in DEALING_CLASSES and any(m.entity is e for e in named) \
                and not names_a_product(s, m) and id(m.entity) not in aside \
                and s.lower(m.last) not in QUALIFIED_NOUNS:  # "Nvidia GB300 chips", "the two Samsung Group affiliates"
            first_mention.setdefault(id(m.entity), m)
    mentions = list(first_mention.values())
    referent = ctx.referents.get(s.index)
    if referent is not None and referent[0].cls in DEALING_CLASSES and id(referent[0]) not in first_mention:
        mentions.insert(0, Referent(referent[1], referent[1] + 1, referent[0]))
    if not 2 <= len(mentions) <= MAX_NAMED:
        return []
    pairs = [(ma, mb) for ma, mb in combinations(mentions, 2)
             if pair_key(ma.entity, mb.entity) not in done and not set_against(s, ma, mb)]
    if not pairs:
        return []
    cues = find_cues(s)
    sentence = sentence_features(s, cues, len(mentions))
    return [Candidate(ma.entity, mb.entity, s,
                      sentence + wording(s, ma, mb) + cue_places(cues, ma, mb) + shape(s, ma, mb, mentions[0])
                      + rules_reading(ma.entity, mb.entity, here, in_deals, ctx))
            for ma, mb in pairs]


# "sold 32.1mn Nvidia shares", "cut its holding in T-Mobile US", "sold its entire stake in Arm": shares sold
# on the market, no deal with the firm they are in (a buyer would follow "to").
SOLD_HOLDING = sentence_pattern(r"\b(?:sold|sells|sell|selling|cut|cuts|cutting|trimmed|trims|reduced|reduces|offloaded|"
                                r"dumped|dumps|exited|exits)\s+(?:(?:its|their|his|her|the|entire|whole|remaining|all|"
                                r"[\d.,]+\s*(?:mn|m|bn|million|billion)?)\s+){0,4}(?:(?-i:[A-Z])[\w&.-]*\s+){0,3}"
                                r"(?:shares|stake|holdings?|position)\b(?:\s+in\s+(?:(?-i:[A-Z])[\w&.'-]*\s*){1,4})?"
                                r"(?!\s*to\b)", re.IGNORECASE)


def holdings_sold(s: Sentence) -> set[int]:
    """The firms (by id) whose shares the sentence says were sold or cut."""
    sold = set()
    for found in SOLD_HOLDING.finditer(s.span.text):
        start, end = s.span.start + found.start(), s.span.start + found.end()
        sold |= {id(m.entity) for m in s.mentions
                 if m.entity is not None and start <= s.tokens[m.first].start < end}
    return sold


# A career told in the past ("worked", "joined", "hired"), not "is" or "serves".
PAST_CAREER_VERBS = frozenset(verb for verb in CAREER_VERBS if verb.endswith("ed"))


def tells_a_career(s: Sentence) -> bool:
    """Whether a person opens the sentence and it tells of their career ("He worked in the M&A team at
    Macquarie until being scouted by Naver")."""
    opens_with_person = s.lower(0) in ("he", "she") or is_person(s.mention_starting(0))
    return opens_with_person and any(word in PAST_CAREER_VERBS for word in s.lowered)


def sentence_features(s: Sentence, cues, named: int) -> list[str]:
    """The sentence's own words (not its names), its deal cues, how many organizations it names."""
    return sorted(f"s:{w}" for w in s.plain_words()) + sorted({f"cue:{h.cue.deal_type}" for h in cues}) + [
        f"named:{min(named, 5)}", f"sentence:{bucket(s.index)}"] + (["rivalry"] if s.search(RIVALRY) else [])


def wording(s: Sentence, ma, mb) -> list[str]:
    """The words between the two names (and their pairs), and the words just around them."""
    between = range(ma.last, mb.first)
    features = sorted({f"w:{s.lower(k)}" for k in between if s.at[k] is None})
    features += sorted({f"w2:{s.lower(k)}_{s.lower(k + 1)}" for k in between if k + 1 < mb.first})
    features += [f"before:{s.lower(ma.first - 1)}" if ma.first else "before:^",
                 f"after:{s.lower(mb.last)}" if mb.last < len(s.tokens) else "after:$",
                 f"a_next:{s.lower(ma.last)}", f"b_prev:{s.lower(mb.first - 1)}",
                 f"a_next2:{s.lower(ma.last)}_{s.lower(ma.last + 1)}",
                 f"b_prev2:{s.lower(mb.first - 2)}_{s.lower(mb.first - 1)}",
                 f"gap:{bucket(mb.first - ma.last)}",
                 f"names_between:{min(3, len({id(s.at[k]) for k in between if s.at[k] is not None}))}"]
    if all(s.at[k] is not None or s.lower(k) in LIST_WORDS for k in between):
        features.append("listed_together")
    return features


def cue_places(cues, ma, mb) -> list[str]:
    """Which kinds of deal cue stand before, between and after the two names."""
    return (sorted({f"cue_before:{h.cue.deal_type}" for h in cues if h.first < ma.first})
            + sorted({f"cue_between:{h.cue.deal_type}" for h in cues if ma.last <= h.first < mb.first})
            + sorted({f"cue_after:{h.cue.deal_type}" for h in cues if h.first >= mb.last}))


def shape(s: Sentence, ma, mb, first) -> list[str]:
    """The two names' kinds, whether one clause holds them, whether the first is the sentence's first."""
    a, b = ma.entity, mb.entity
    features = [f"cls:{'|'.join(sorted((a.cls, b.cls)))}",
                f"clauses:{'same' if s.clause_of(ma.first) == s.clause_of(mb.first) else 'apart'}",
                f"first:{'a' if ma is first else 'other'}"]
    if isinstance(ma, Referent):
        features.append("referent")  # "It" or "the chipmaker" opening the sentence, not a name
    if a.label.split()[0] == b.label.split()[0]:
        features.append("same_first_word")  # "Shinhan Bank" and "Shinhan Securities": one family
    return features


def set_against(s: Sentence, a, b) -> bool:
    """"strengthens Synopsys against Cadence", "Naver, which competes with Kakao": words between the
    two names that set them apart."""
    first, last = sorted((a, b), key=lambda m: m.first)
    start, end = s.tokens[first.last - 1].end - s.span.start, s.tokens[last.first].start - s.span.start
    return start < end and SET_AGAINST.search(s.span.text, start, end) is not None


# Words between two names that set one against the other (narrower than RIVALRY: "beat a rival bid to win the
# project, the ministry said", "Nvidia dominates, and its partners A and B ..."; not "borrow against").
SET_AGAINST = re.compile(r"\b(?:(?<!borrow )(?<!borrows )(?<!borrowed )(?<!borrowing )(?<!secured )(?<!lending )"
                         r"(?<!hedged )(?<!hedge )(?<!hedging )against|"
                         r"versus|vs\.?|trail(?:s|ed|ing)?|compet(?:e|es|ed|ing)\s+with)\b", re.IGNORECASE)


def rules_reading(a: Entity, b: Entity, here: list[DealFact], in_deals: set[int], ctx: DocContext) -> list[str]:
    """What the rules made of the sentence and the article: deals here, whose parties the two are."""
    parties_here = {id(p) for d in here for p in d.parties}
    return [f"deals_here:{min(len(here), 2)}", f"parties_here:{(id(a) in parties_here) + (id(b) in parties_here)}",
            f"in_deals:{(id(a) in in_deals) + (id(b) in in_deals)}",
            f"main:{(a is ctx.main_actor()) + (b is ctx.main_actor())}"]


TECH_WORDS = frozenset("ai chip chips chipmaker semiconductor semiconductors gpu gpus data cloud compute computing "
                       "hbm memory servers model models accelerator accelerators datacenter foundry".split())
LIST_WORDS = frozenset([",", "and", "or", "&"])
# Nouns a name qualifies rather than names a party with: "the two Samsung Group affiliates", and
# its stock: "sold $9 billion of T-Mobile US shares", "Nvidia shares fell".
QUALIFIED_NOUNS = COMPANY_HEADS | PAIR_HEADS | frozenset(["shares", "stock"])

