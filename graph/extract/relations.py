"""Deals from cue patterns, with their parties, status, date and who reported them.

A cue ("partnered", "signed a memorandum of understanding", "invests", "joint venture") is
read with its subject (the organizations before it in the clause, or what "it" / "the
company" stands for) and its objects (the list after "with", "between", "in", "to"...).
Each subject gets its own deal with each object ("with Samsung and SK" gives two deals),
unless the parties build one thing together (a joint venture, "on its Stargate initiative").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from graph.extract import lexicon as lex
from graph.extract.amounts import Amount, find_amounts
from graph.extract.claims import PARTICIPLES, claim_status, nearest_date, reported
from graph.extract.entities import Entity
from graph.extract.lexicon import DEMONYM, ORG_CUES
from graph.extract.sentence import (COMPANY_HEADS, PLACE_PREPOSITIONS, DocContext, Sentence, apposition_anchor,
                                    is_organization,
                                    parse_group, promote, role_modifier)
from graph.extract.subjects import described_maker, find_subject

DIRECT = "<direct>"
SELLING = re.compile(r"\b(?:sold|sells?|selling|divest\w*|offload\w*|exit\w*)\b")


@dataclass(frozen=True)
class Cue:
    deal_type: str
    pattern: re.Pattern
    linkers: tuple[str, ...]
    specific: bool = True
    consortium: bool = False
    alone: bool = True  # whether the word alone, unparsed, still says two organizations deal
    together: bool = False  # a deal only when firms named together right before do it ("A and B will build")
    owners: bool = False  # the parties are the owners of what follows ("deploy X's chips", "join X's initiative")


def cue(deal_type, pattern, linkers=("with", "between"), **flags) -> Cue:
    return Cue(deal_type, re.compile(pattern, re.IGNORECASE), tuple(linkers), **flags)


CUES = [
    cue("MemorandumOfUnderstanding", r"\bmemorand(?:um|a)(?: of understanding)?\b|\bMOUs?\b"),
    cue("LetterOfIntent", r"\bletters? of intent\b|\bLOIs?\b"),
    cue("JointVenture", r"\bjoint[- ]ventures?\b", linkers=("with", "between", "of"), consortium=True),
    cue("FinancialCooperation", r"\bfinancial (?:cooperation|support|partnership)\b|"
        r"\bfinancing (?:agreement|deal|package|facility)\b|\bcredit (?:line|facility)\b|"
        r"\bloan (?:agreement|deal|facility|package)\b|\bloans? to\b|\bsubsid(?:y|ies)\b|\bgrants?\b",
        linkers=("with", "between", "from", "by", "to")),
    cue("SupplyAgreement", r"\bsupply (?:agreement|deal|contract|pact|partnership)s?\b|\bsuppl(?:y|ies|ied|ying)\b",
        linkers=("with", "to", "for", "between", DIRECT)),
    cue("SupplyAgreement", r"\bsuppliers?\b", linkers=("with", "to", "for", "between", DIRECT), alone=False),
    cue("SupplyAgreement", r"(?<!in )\border(?:s|ed)?\b(?! to\b)", linkers=("from", "with", "for"), alone=False),
    cue("Investment", r"\binvestors?\b|\bbackers?\b|\bfunders?\b", linkers=("in", "into", "of", "with"),
        alone=False),  # "some investors", "A and B are backers": no deal without whom they back
    cue("Investment", r"\binvest(?:s|ed|ing|ment|ments)?\b|\bstakes?\b|\bfunding\b|\bbacked by\b|"
        r"\b(?:owns|owned|holds|held)\b(?= (?:about |around |roughly |some |nearly |almost |a )?"
        r"\d[\d.,]*\s?(?:%|percent|per cent))|"
        r"\b(?:majority-|wholly-|partly-|jointly-)?owned by\b",
        linkers=("in", "into", "from", "by", "with", "of")),
    cue("SupplyAgreement", r"\boutsourc(?:e|es|ed|ing)\b", linkers=("to",), alone=False),
    cue("SupplyAgreement", r"\b(?:ship(?:s|ped|ping)?|deliver(?:s|ed|ing)?)\b",
        linkers=("to", DIRECT), specific=False, alone=False),  # "has been shipping HBM3E to X", "delivered servers to X"
    cue("SupplyAgreement", r"\b(?:power|energy|electricity) purchase agreements?\b|\bPPAs?\b|\bofftake (?:agreement|deal)s?\b"),
    cue("SupplyAgreement", r"\b(?:(?:deploy|use|buy|purchase|source|design|make|manufacture)(?:s|d|ed|ing)?|"
        r"cho(?:se|oses|osing)|(?:select|pick)(?:s|ed|ing)?)\b(?= (?:\S+ ){0,6}?(?:chips|GPUs|TPUs|ASICs|"
        r"processors|accelerators|semiconductors|servers|equipment|batteries|cells|systems|power|electricity|"
        r"capacity|compute|computing|technology|models|units)\b)",
        linkers=("from", "of", "for"), alone=False, owners=True),
    cue("Acquisition", r"\bacqui(?:re|res|red|ring|sition|sitions)\b|\b(?:buy|buys|bought|buying)\b|\btakeover\b|"
        r"\bpurchas(?:e|es|ed|ing)\b|\btak(?:e|es|ing) over\b|\btook over\b|"
        r"\bmerg(?:e|er|es|ed|ing)\b", linkers=(DIRECT, "of", "by", "with")),
    cue("Acquisition", r"\bsale\b|\bsell(?:s|ing)?\b|\bsold\b", linkers=("to",), alone=False),
    cue("Investment", r"\bcommit(?:s|ted|ting|ments?)?\b|\bpledg(?:e|es|ed|ing)\b", linkers=("to", "with"), alone=False),
    cue("Integration", r"\bintegrat(?:e|es|ed|ing|ion)\b", linkers=("with",), owners=True),
    cue("Partnership", r"\bjoin(?:s|ed|ing)?\b(?!\s+(?:forces|hands))", linkers=(DIRECT,), specific=False,
        alone=False, owners=True),
    cue("Investment", r"\bback(?:s|ed|ing)\b(?!\s+by)", linkers=(DIRECT,)),
    cue("Investment", r"\b(?:led|leads?|leading|co-led)\b(?=(?:\s+\S+){0,5}?\s+round\b)",
        linkers=("in", "into", "for")),  # "Zeta led a $6.6 billion round in Orbit"
    cue("Investment", r"\brais(?:e|es|ed|ing)\b(?=(?:\s+\S+){0,8}?\s+(?:round|funding)\b)",
        linkers=("from", "by"), alone=False, consortium=True),  # "raised $13 billion in a round led by A and B": one round
    cue("Partnership", r"\b(?:pick(?:s|ed)?|tap(?:s|ped)?|select(?:s|ed)?|cho(?:se|oses|sen)|hire[sd]?)\b"
        r"(?=(?:\s+\S+){1,5}\s+(?:as|to)\s)", linkers=(DIRECT,), specific=False, alone=False),
    cue("Partnership", r"\bcode-?shar(?:e|es|ed|ing)\b", linkers=("with",), specific=False),
    cue("Partnership", r"\bresell(?:s|ing)?\b|\bdistribut(?:e|es|ing)\b", linkers=(DIRECT,), specific=False,
        alone=False),  # "agreed to resell ChatGPT Enterprise": a partner of its maker
    cue("Partnership", r"\bexplor(?:e|es|ed|ing)\b", linkers=("with",), specific=False, alone=False),
    cue("Partnership", r"\b(?:build|develop|set up|establish|launch|construct|operate|create)(?:s|es|ed|d|ing)?\b",
        linkers=(DIRECT,), specific=False, alone=False, together=True, consortium=True),
    cue("Partnership", r"\bco-?develop(?:s|ed|ing|ment)?\b|\bjointly (?:develop|build|design)\w*\b|"
        r"\bco-?design(?:s|ed|ing)?\b|\btogether\b", specific=False),
    cue("SupplyAgreement", r"\bcustomers?\b|\bclients?\b", linkers=("include", "includes", "including", "of"),
        alone=False),

    cue("Partnership", r"\bpartner(?:s|ed|ing)?\b|\bpartnerships?\b|\bteam(?:s|ed|ing)?\s+up\b|"
        r"\bjoin(?:s|ed|ing)?\s+(?:hands|forces)\b|\bwork(?:s|ed|ing)?\s+(?:closely\s+|together\s+)?with\b|"
        r"\bcollaborat(?:e|es|ed|ing|ion|ions)\b|\bcooperat(?:e|es|ed|ing|ion)\b|\balliances?\b|\bties\b|"
        r"\btie-?ups?\b", specific=False),
    cue("Partnership", r"\bagreements?\b|\bdeals?\b|\bcontract(?:s|ed)?\b|\bpacts?\b", specific=False),
    cue("Partnership", r"\btalks\b|\bdiscussions\b|\bnegotiat(?:ions|ing)\b", linkers=("with",), specific=False),
    cue("Partnership", r"\bagreed to\b|\bagree(?:s|d)? with\b", specific=False),
    cue("Partnership", r"\bjoint (?:[a-z]+ ){0,2}(?:products?|services?|offerings?|research|development|projects?|"
        r"operations?|bids?)\b",
        specific=False),  # "Kakao and OpenAI unveiled their first joint products"
]
# At one place the first (most specific) cue wins.
ANY_CUE = re.compile("|".join(f"(?P<c{i}>{c.pattern.pattern})" for i, c in enumerate(CUES)), re.IGNORECASE)
# The words a cue may start with, by their first three letters: a sentence costs a set look-up
# per token, and the cue patterns run only where one may start.
CUE_STEMS = (
    "memorand mou letter loi joint financ credit loan subsid grant suppl invest stake funding acqui buy bought takeover "
    "merg sale sell sold commit pledg integrat partner team join work back collaborat cooperat allian tie "
    "agree deal contract pact talks discussions negotiat code co- deploy use purchas sourc take took together "
    "customer client pick tap select design make manufactur cho hire build develop set establish launch construct operat creat "
    "explor rais outsourc ship deliver resell distribut order power energy electricity ppa offtake led lead owned owns majority wholly holds held").split()
CUE_PREFIXES = frozenset(stem[:3] for stem in CUE_STEMS)
CONSORTIUM_WORDS = frozenset("initiative project programme program consortium venture alliance".split())


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


@dataclass
class CueHit:
    cue: Cue
    first: int  # token indices of the cue words
    last: int


# ---------------------------------------------------------------- cues


def find_cues(s: Sentence) -> list[CueHit]:
    """Cue matches in token terms; a generic word next to a specific cue ("supply agreement",
    "financial cooperation agreement") belongs to it."""
    hits = []
    for first in range(len(s.tokens)):
        match = cue_match(s, first)
        if match is None:
            continue
        c = CUES[int(match.lastgroup[1:])]
        last = s.token_at(s.span.start + match.end())
        if hits and first < hits[-1].last:
            continue  # "power purchase agreement": one cue, its "purchase" is no second one
        if hits and s.lower(first - 1) == "(" and hits[-1].last == first - 1 and s.lower(last) == ")":
            hits[-1].last = last + 1  # "letters of intent (LOIs)": the cue's abbreviation is part of it
            continue
        if not verb_use(s, first, c):
            hits.append(CueHit(c, first, max(last, first + 1)))
    specific = [h for h in hits if h.cue.specific]
    for h in specific:
        for other in hits:
            if not other.cue.specific and h.first - 1 <= other.first <= h.last + 2:
                h.last = max(h.last, other.last)
    return sorted([h for h in hits if h.cue.specific or not near_specific(h, specific)], key=lambda h: h.first)


def near_specific(h: CueHit, specific: list[CueHit]) -> bool:
    return any(o.first - 1 <= h.first <= o.last for o in specific)


def verb_use(s: Sentence, k: int, c: Cue) -> bool:
    """"to deal with", "in agreement with": words that look like cues but are not deals."""
    word = s.lower(k)
    return (word in ("deal", "deals") and s.lower(k - 1) == "to") or (word == "agreement" and s.lower(k - 1) == "in")


# Cues read per sentence: a real sentence has a few; run-on text is not read past this.
MAX_CUES = 8


def find_deals(s: Sentence, ctx: DocContext) -> list[DealFact]:
    deals: list[DealFact] = []
    unresolved: list[CueHit] = []
    hits = find_cues(s)[:MAX_CUES]
    for hit in hits:
        made = deals_for_cue(s, ctx, hit, s.used)
        deals += made
        if not made and hit.cue.specific and not negated(s, hit):
            unresolved.append(hit)
    for hit in unresolved:  # "partnered with Kakao to integrate ChatGPT": the partnership is an integration
        for deal in deals:
            if deal.deal_type == "Partnership" and same_clause(s, deal, hit):
                deal.deal_type = hit.cue.deal_type
    deals = fold_objectless(deals) or cooccurring_deals(s, ctx, hits)
    deals += backed_names(s, ctx) + hyphened_pairs(s, ctx)
    members = consortium_members(s, ctx) if ctx.consortium_lead is not None else []
    if members:  # the members' own cue words ("power supply") make no deal among them
        deals = members + [d for d in deals if not d.objectless]
    if deals:
        ctx.last_deal = deals[-1]
    elif ctx.last_deal is not None:
        join_last_deal(s, ctx)
    ctx.consortium_lead = consortium_leader(s) or (ctx.consortium_lead if not deals else None)
    share_amounts(s, deals)
    return deals


def sentence_deal(s: Sentence, deal_type: str, parties: list[Entity], status: str, at: int) -> DealFact:
    """A deal read from a phrase rather than a cue's clause, with the sentence as its evidence."""
    deal = DealFact(deal_type, parties, status, 0.5)
    deal.evidence, deal.clause, deal.cue_at = [(s.span.start, s.span.end)], (0, len(s.tokens)), at
    return deal


BACKED = re.compile(r"^(.+)-(?:backed|owned|funded|controlled)$")


def backed_names(s: Sentence, ctx: DocContext) -> list[DealFact]:
    """"Nvidia-backed Crusoe": the backer's active investment in the name after it."""
    deals = []
    for k, token in enumerate(s.tokens[:-1]):
        found = BACKED.match(token.text)
        backed = s.mention_starting(k + 1) if found else None
        if backed is None or not (is_organization(backed) or backed.kind == "unknown"):
            continue
        backer = ctx.organization_named(found.group(1))
        if backer is None:
            continue
        if backed.kind == "unknown":
            promote(backed, ctx.table, "Company", "backed by a firm")
        deals.append(sentence_deal(s, "Investment", [backer, backed.entity], "active", token.start))
    return deals


PAIR_NOUNS = {"venture": "JointVenture", "jv": "JointVenture", "deal": "Partnership", "partnership": "Partnership",
              "pact": "Partnership", "alliance": "Partnership", "agreement": "Partnership", "tie-up": "Partnership"}


def hyphened_pairs(s: Sentence, ctx: DocContext) -> list[DealFact]:
    """"the SoftBank-OpenAI venture", "the Oracle-OpenAI deal": the two firms joined by a hyphen."""
    deals = []
    for k, token in enumerate(s.tokens[:-1]):
        names = token.text.split("-")
        kind = PAIR_NOUNS.get(s.lower(k + 1))
        if len(names) != 2 or kind is None or (s.at[k] is not None and s.at[k].entity is not None):
            continue
        parties = [ctx.organization_named(name) for name in names]
        if None in parties or parties[0] is parties[1]:
            continue
        deals.append(sentence_deal(s, kind, parties, claim_status(s, 0, len(s.tokens)), token.start))
    return deals


CONSORTIUM_LED = re.compile(r"\b(?:consortium|group) led by\s", re.IGNORECASE)


def consortium_leader(s: Sentence) -> Entity | None:
    """"A consortium led by Samsung SDS has been selected": its leader, whose members may follow."""
    found = CONSORTIUM_LED.search(s.span.text)
    m = s.mention_starting(s.token_at(s.span.start + found.end())) if found else None
    return m.entity if is_organization(m) else None


def consortium_members(s: Sentence, ctx: DocContext) -> list[DealFact]:
    """"The consortium, which also includes A and B, ...": one venture of the leader and its members."""
    found = DEAL_INCLUDES.match(s.span.text)
    if found is None or "consortium" not in found.group().lower():
        return []
    items, _ = parse_group(s, s.token_at(s.span.start + found.end()), len(s.tokens), ctx.table)
    parties = unique([ctx.consortium_lead] + [m.entity for m in items])
    if len(parties) < 2:
        return []
    return [sentence_deal(s, "JointVenture", parties, claim_status(s, 0, len(s.tokens)), s.span.start)]


DEAL_INCLUDES = re.compile(r"^\W*(?:the|this)\s+(?:new\s+)?(?:deal|agreement|contract|pact|partnership|consortium)"
                           r"\s*,?\s*(?:which\s+)?(?:also\s+)?includ(?:es|ed|ing)\s", re.IGNORECASE)


# Deal types that name a document, which the clause's other cue only details.
DOCUMENT_TYPES = frozenset(["MemorandumOfUnderstanding", "LetterOfIntent"])


def fold_objectless(deals: list[DealFact]) -> list[DealFact]:
    """"A and B signed letters of intent to supply chips for C's project": the letters are
    each one's with C (found by the later cue), not A and B's together."""
    kept = []
    for deal in deals:
        later = [d for d in deals if d.clause == deal.clause and d.cue_at > deal.cue_at and not d.objectless
                 and set(map(id, d.parties)) & set(map(id, deal.parties))]
        if not deal.objectless or not later:
            kept.append(deal)
            continue
        if deal.deal_type in DOCUMENT_TYPES:
            for d in later:
                d.deal_type = deal.deal_type
    return kept


def join_last_deal(s: Sentence, ctx: DocContext) -> None:
    """"The deal, which includes Fujitsu, covers ...": more parties of the deal found last."""
    found = DEAL_INCLUDES.match(s.span.text)
    if found is None:
        return
    items, _ = parse_group(s, s.token_at(s.span.start + found.end()), len(s.tokens), ctx.table)
    for m in items:
        if all(m.entity is not p for p in ctx.last_deal.parties):
            ctx.last_deal.parties.append(m.entity)


def share_amounts(s: Sentence, deals: list[DealFact]) -> None:
    """Each amount of the sentence goes to the deal whose cue is nearest ("invested $100 million
    in A and will work with B": the sum is A's alone)."""
    cues = {d.cue_at for d in deals}
    for deal in deals:
        deal.amounts = {kind: a for kind, a in deal.amounts.items()
                        if abs(a.start - deal.cue_at) <= min(abs(a.start - c) for c in cues)}


# Beyond this many organizations a sentence is a list (a market overview), not one deal's parties.
MAX_COOCCURRING = 4


def cooccurring_deals(s: Sentence, ctx: DocContext, hits: list[CueHit]) -> list[DealFact]:
    """A deal word no pattern could parse ("Ericsson got big contracts with AT&T and Spain's
    largest operator, MasOrange"): the sentence's first organization with each other one,
    at a lower confidence."""
    hits = [h for h in hits if h.cue.alone and not negated(s, h)]
    if RIVALRY.search(s.span.text):
        return []  # "ahead of rivals Nokia and Huawei": named as competitors, not partners
    organizations = unique([m.entity for m in s.mentions if is_organization(m) and m.entity.cls != "NewsOutlet"
                            and not role_modifier(s, m)])
    if not hits or not 2 <= len(organizations) <= MAX_COOCCURRING:
        return []
    hit = next((h for h in hits if h.cue.specific), hits[0])
    status = claim_status(s, 0, len(s.tokens))
    clause = (0, len(s.tokens))
    first, *others = organizations
    deals = []
    for other in others:
        deal = DealFact(hit.cue.deal_type, [first, other], status, 0.45)
        deal.date = nearest_date(s, ctx, hit.first, clause, status)
        deal.reported, deal.reported_by = reported(s)
        deal.evidence = [(s.span.start, s.span.end)]
        deal.clause = clause
        deal.amounts, deal.cue_at = amounts_in(s, clause, hit.first), s.tokens[hit.first].start
        deals.append(deal)
    return deals


RIVALRY = re.compile(r"\b(?:rivals?|competitors?|compet(?:e|es|ed|ing|ition)|versus|vs\.?|battles?|"
                     r"dominat\w*|race|against)\b", re.IGNORECASE)
DENIALS = re.compile(r"\b(?:denie[sd]|deny|denying|no plans?|not (?:in talks|considering|planning)|ruled out|"
                     r"rejected)\b", re.IGNORECASE)


def denied(s: Sentence, hit: CueHit) -> bool:
    """Whether a denial comes before the cue in its sentence."""
    found = DENIALS.search(s.span.text)
    return found is not None and s.span.start + found.start() < s.tokens[hit.first].start


def same_clause(s: Sentence, deal: DealFact, hit: CueHit) -> bool:
    return deal.clause == s.clause_of(hit.first)


def deals_for_cue(s: Sentence, ctx: DocContext, hit: CueHit, used: set[int]) -> list[DealFact]:
    if negated(s, hit):
        return []
    clause = s.clause_of(hit.first)
    objects, linker, group_end = find_objects(s, ctx, hit, clause)
    for m in objects:
        used.add(id(m))
    object_entities = {id(m.entity) for m in objects}
    anchor = apposition_anchor(s, hit.first) if s.lower(hit.last - 1) == "by" else counting_owner(s, ctx, hit)
    if anchor is not None:  # "Ampere, a chip startup backed by Oracle": Ampere, though another deal's object
        subjects, how, subject_start = [anchor.entity], "explicit", anchor.first
    else:
        subjects, how, subject_start = find_subject(s, ctx, hit.first, clause, used, object_entities,
                                                    may_promote=bool(objects))
    if not objects and any(("subject", id(e), clause) in used for e in subjects):
        return []  # "A and B signed letters of intent with C to supply ...": the supply is not A-B
    if not objects and s.lower(hit.first) in OWNED_ROLES and "as" in {s.lower(j) for j in range(hit.first - 3, hit.first)}:
        return []  # "A and B will join Stargate as key partners": partners of another, not of each other
    if hit.cue.together and not (len(subjects) >= 2 and how == "explicit" and hit.first - subject_start <= 8):
        return []
    more = []
    if objects:
        used.update(("subject", id(e), clause) for e in subjects)
        objects, participants = split_participants(s, objects)
        more = participants + (joined_by(s, ctx, max(m.last for m in objects)) if objects else [])
        if linker in ("by", "from") and objects:  # "a round led by A, with participation from B": more investors
            objects = objects + [Stand(e, max(m.last for m in objects)) for e in more]
        else:  # "Zeta led a round in Orbit, joined by Kestrel": more on Zeta's side
            subjects = subjects + more
    if more:  # "a round led by A, with participation from B and C": one round, all its parties
        parties_by_pair = [(unique(subjects + [m.entity for m in objects]), None)]
    else:
        parties_by_pair = pair_parties(s, hit, subjects, objects, how, group_end, linker)
    if not parties_by_pair:
        return []
    if hit.cue.deal_type in ("Acquisition", "Investment") and objects:
        sold_by = sellers(s, ctx, group_end) + owner_of(s, objects[0])
        parties_by_pair += [([buyer, seller], None) for buyer in unique(subjects) for seller in sold_by
                            if seller is not buyer]
    end = max(group_end, hit.last)
    if s.lower(end) in PARTICIPLES:  # "an MoU with Nvidia signed in July"
        end += 1
    status = claim_status(s, min(subject_start, hit.first), end)
    if status == "announced" and s.lower(hit.first - 1) == "to" and is_organization(s.mention_ending(hit.first - 1)):
        status = "planned"  # a headline's "Nvidia to invest in X"
    deals = []
    for parties, consortium_subject in parties_by_pair:
        deal = DealFact(hit.cue.deal_type, parties, status, 0.0, subject=consortium_subject)
        deal.roles = party_roles(hit.cue.deal_type, linker, subjects, objects, parties)
        deal.date = nearest_date(s, ctx, hit.first, clause, status)
        deal.reported, deal.reported_by = reported(s)
        deal.confidence = deal_confidence(hit, how, objects, deal)
        deal.evidence = [(s.span.start, s.span.end)]
        deal.clause = clause
        deal.amounts, deal.cue_at = amounts_in(s, clause, hit.first), s.tokens[hit.first].start
        deal.objectless = not objects
        deals.append(deal)
    return deals


def amounts_in(s: Sentence, clause, k: int) -> dict[str, Amount]:
    """The amount of each kind in the clause nearest the cue at token k ("takes a 10% stake
    for $2 billion"; "a $9.7 billion contract with X, and a $14 billion deal with Y")."""
    if "amounts" not in s.date_cache:
        s.date_cache["amounts"] = find_amounts(s.span.text, s.span.start)
    lo, hi = s.tokens[clause[0]].start, s.tokens[clause[1] - 1].end
    at = s.tokens[k].start
    found: dict[str, Amount] = {}
    for amount in s.date_cache["amounts"]:
        if lo <= amount.start and amount.end <= hi:
            best = found.get(amount.kind)
            if best is None or abs(amount.start - at) < abs(best.start - at):
                found[amount.kind] = amount
    return found


def pair_parties(s, hit, subjects, objects, how, group_end, linker=None):
    """Who is party to which deal: each subject with each object, or everyone together;
    "an agreement between A and B" is A and B's alone."""
    subject_entities = unique(subjects)
    object_entities = unique([m.entity for m in objects])
    if linker in ("between", "of") and len(object_entities) >= 2:  # "a joint venture of A, B and C"
        return [(object_entities, None)]
    together, initiative = consortium(s, group_end)
    if together and initiative is not None and len(subject_entities) > 1 and len(object_entities) == 1:
        together = False  # "Samsung, SK sign deals with OpenAI for Stargate": each with OpenAI
    if hit.cue.consortium or together:
        parties = unique(subject_entities + object_entities)
        return [(parties, initiative)] if len(parties) >= 2 else []
    if len(object_entities) >= 2 and hit.cue.deal_type in DOCUMENT_TYPES and s.lower(hit.first - 1) in ("a", "an"):
        return [(unique(subject_entities + object_entities), None)]  # "signed an MoU with A and B": one document
    if object_entities:
        pairs = [[a, b] for a in subject_entities for b in object_entities if a is not b]
        return [(p, None) for p in pairs]
    if len(subject_entities) >= 2 and how == "explicit" and (hit.cue.alone or in_venture(s, hit)):
        return [(subject_entities, None)]  # "A and B signed an agreement"; not "A and B look to sell"
    return []


JOINERS = re.compile(r"^\W*(?:joined by|alongside|along with|together with|with participation (?:from|of)|"
                     r"as well as)\s", re.IGNORECASE)


PARTICIPATING = frozenset("also participating joining investing taking co-investing".split())


def split_participants(s: Sentence, objects: list) -> tuple[list, list[Entity]]:
    """"invest in OpenAI, with Microsoft and Coatue also participating", "build a data centre,
    with A and B taking part": the names after ", with" act beside the subject, not as its targets."""
    for i, m in enumerate(objects):
        if not isinstance(m, Stand) and s.lower(m.first - 1) == "with" and s.lower(m.first - 2) == "," \
                and s.lower(objects[-1].last) in PARTICIPATING:
            return objects[:i], [x.entity for x in objects[i:]]
    return objects, []


def joined_by(s: Sentence, ctx: DocContext, k: int) -> list[Entity]:
    """"Zeta led the round in Orbit, joined by Kestrel and Nova": more parties on the subject's side."""
    k = past_apposition(s, k)
    if k >= len(s.tokens):
        return []
    found = JOINERS.match(s.span.text[s.tokens[k].start - s.span.start:])
    if not found:
        return []
    start = s.token_at(s.tokens[k].start + found.end())
    items, _ = parse_group(s, start, len(s.tokens), ctx.table)
    return [m.entity for m in items]


def past_apposition(s: Sentence, k: int) -> int:
    """", the Tokyo-based developer of AI chips, with ...": where the sentence goes on after
    a description of the name before k."""
    if s.lower(k) == "," and s.lower(k + 1) in ("the", "a", "an"):
        for j in range(k + 2, min(k + 16, len(s.tokens))):
            if s.lower(j) == ",":
                return j
            if s.mention_starting(j) is not None and is_organization(s.mention_starting(j)):
                break
    return k


def sellers(s: Sentence, ctx: DocContext, k: int) -> list[Entity]:
    """"buy a 20% stake in X from A, B and C": the sellers, each a party with the buyer."""
    j = k
    while j < min(k + 4, len(s.tokens)) and s.lower(j) != "from":
        if s.lower(j) not in (",", "for") and not s.tokens[j].text[0].isdigit() and s.tokens[j].text not in "$%":
            return []
        j += 1
    if s.lower(j) != "from":
        return []
    items, _ = parse_group(s, j + 1, len(s.tokens), ctx.table)
    return [m.entity for m in items]


def owner_of(s: Sentence, target) -> list[Entity]:
    """"buy KKR's Kokusai Electric": the owner who sells."""
    if isinstance(target, Stand):  # "the startup" has no owner named before it
        return []
    owner = s.mention_ending(target.first - 1) if s.possessive_at(target.first - 1) else None
    return [owner.entity] if is_organization(owner) else []


def unique(entities) -> list[Entity]:
    seen: dict[int, Entity] = {}
    for e in entities:
        if e is not None:
            seen.setdefault(id(e), e)
    return list(seen.values())


# How far after a cue its linker may be: "supply High Bandwidth Memory (HBM) and ... to X".
LINKER_REACH = 14


def find_objects(s: Sentence, ctx: DocContext, hit: CueHit, clause) -> tuple[list, str | None, int]:
    """The parties a cue points at: after "with", "between", "in", "to"... or right after it."""
    end = clause[1]
    seller = seller_at(s, hit, end) if hit.cue.owners else None
    if seller is not None:
        items, after = parse_group(s, seller + 1, end, ctx.table)
        if not items:  # "from Talen Energy's nuclear plant": the owner sells
            items, after = owner_object(s, seller + 1)
        return items, "from", after
    if hit.cue.owners:
        owners = possessive_organizations(s, ctx, hit.last, min(end, hit.last + 6))
        if owners:
            return owners, "of", owners[-1].last
    founders = founded_by(s, ctx, hit, end) if hit.cue.deal_type == "JointVenture" else []
    if len(founders) >= 2:  # "the joint venture announced in January by A, B, C and D"
        return founders, "of", founders[-1].last
    counted = counted_among(s, ctx, hit)
    if counted:  # "counts Sequoia Capital and Nvidia among its investors"
        return counted, "include", counted[-1].last
    if hit.cue.consortium and (s.lower(hit.last) == "that" or is_organization(s.mention_starting(hit.last))):
        items, after = parse_group(s, hit.last + (s.lower(hit.last) == "that"), end, ctx.table)
        if len(items) >= 2:  # "the joint venture (that) A, B and C formed"
            return items, "of", after
    described, _ = definite_object(s, ctx, hit.last) if hit.cue.deal_type == "SupplyAgreement" else ([], 0)
    if described and s.lower(described[0].last) == "with":  # "supply the ChatGPT maker with six gigawatts"
        return described, DIRECT, described[0].last
    supplied = is_organization(s.mention_starting(hit.last))  # "supply OpenAI with 6 GW of GPUs"
    if DIRECT in hit.cue.linkers and (supplied or not (hit.cue.deal_type == "SupplyAgreement" and linker_ahead(s, hit, end))):
        items, after = parse_group(s, hit.last, end, ctx.table, max_filler=4)
        if items:  # "buy Zeta", "backed Zeta"; but "supply chips to Zeta": the party is after "to"
            return items, DIRECT, after
        maker = product_maker(s, ctx, hit.last)
        if maker is not None:  # "resell ChatGPT Enterprise": OpenAI
            return [maker], DIRECT, maker.last
    such_as = s.lower(hit.last) == "such" and s.lower(hit.last + 1) == "as"
    if s.lower(hit.last) in ("include", "includes", "including") or such_as:
        items, after = parse_group(s, hit.last + (2 if such_as else 1), end, ctx.table)
        if items:  # "Zeta's customers include A and B": Zeta, the subject, with each
            return items, "include", after
    owner = partner_owner(s, ctx, hit)
    if owner is not None:
        return [owner], "of", hit.last
    k = hit.last
    if s.lower(k - 1) in hit.cue.linkers:  # the cue ends with its linker: "works with"
        k -= 1
    for j in range(k, min(k + LINKER_REACH, end)):
        word = s.lower(j)
        if (word == "to" and s.lower(j - 1) == "up") or (word == "of" and s.mention_starting(j + 1) is None and (
                quantity_word(s.lower(j - 1)) or quantity_word(s.lower(j + 1)) or s.lower(j + 1) in APPROXIMATELY)):
            continue  # "supply up to 900,000 wafers to X", "buy $9.7 billion of capacity from X": quantities
        if word in hit.cue.linkers:  # only the first: "with governments, in coordination with X"
            items, after = parse_group(s, j + 1, end, ctx.table)
            if not items:
                items, after = definite_object(s, ctx, j + 1)
            if not items:
                items, after = owner_object(s, j + 1)
            return (items, word, after) if items else ([], None, hit.last)
        if word in (".", ";", "which", "that", "who", "according") or (j > k and is_cue_word(s, j)) \
                or RIVALRY.fullmatch(word):
            break  # "... agreement, a milestone in its battle with Nokia": rivals, not parties
    return [], None, hit.last


APPROXIMATELY = frozenset("about roughly around nearly almost some up over more less approximately $ us$ a an".split())


def quantity_word(word: str) -> bool:
    return word[:1].isdigit() or word in ("million", "billion", "trillion", "crore", "lakh", "%", "percent", "gigawatts", "megawatts")


def founded_by(s: Sentence, ctx: DocContext, hit: CueHit, end: int) -> list:
    """"the joint venture (announced|formed) in January by A, B and C": its founders."""
    for j in range(hit.last, min(hit.last + 6, end)):
        if s.lower(j) == "by" and any(s.lower(i).endswith("ed") for i in range(hit.last, j)):
            items, _ = parse_group(s, j + 1, end, ctx.table)
            return items
        if s.lower(j) in (",", ";", "."):
            break
    return []


def counting_owner(s: Sentence, ctx: DocContext, hit: CueHit):
    """"Kestrel, based in ..., counts A and B among its investors": the sentence's first name."""
    if not counted_among(s, ctx, hit) or not s.mentions:
        return None
    m = s.mentions[0]
    if m.kind == "unknown":
        promote(m, ctx.table, "Company", "counts investors")
    return m if is_organization(m) else None


def counted_among(s: Sentence, ctx: DocContext, hit: CueHit) -> list:
    """"X counts A and B among its investors": A and B, with the subject X."""
    if not (s.lower(hit.first - 1) == "its" and s.lower(hit.first - 2) == "among"):
        return []
    for j in range(hit.first - 3, max(0, hit.first - 16), -1):
        if s.lower(j) in ("counts", "count", "counted", "lists", "listed", "numbers"):
            items, _ = parse_group(s, j + 1, hit.first - 2, ctx.table)
            return items
    return []


OWNED_ROLES = frozenset("partner partners supplier suppliers investor investors backer backers customer customers "
                        "client clients".split())


def partner_owner(s: Sentence, ctx: DocContext, hit: CueHit):
    """"X, Y and Z are among OpenAI's partners", "Zeta became Acme's first partner": the
    organization whose partner the subject is."""
    if s.lower(hit.first) not in OWNED_ROLES:
        return None
    j = hit.first - 1
    while j > 0 and not s.possessive_at(j) and s.tokens[j].text.islower() and hit.first - j <= 3:
        j -= 1
    if not s.possessive_at(j):
        return None
    m = s.mention_ending(j)
    if m is not None and m.kind == "unknown":
        promote(m, ctx.table, "Company", "has partners")
    return m if is_organization(m) else None


def definite_object(s: Sentence, ctx: DocContext, k: int) -> tuple[list, int]:
    """"invest $4 billion in the startup": the organization named last before this one;
    "a deal with the ChatGPT maker": the product's maker."""
    if s.lower(k) != "the":
        return [], k
    described = described_maker(s, ctx, k)
    if described is not None:
        return [Stand(described[0], described[1] + 1)], described[1] + 1
    j = k + 1
    while (j < len(s.tokens) and j < k + 4 and s.lower(j) not in COMPANY_HEADS
           and (s.tokens[j].text.islower() or DEMONYM.match(s.tokens[j].text) or product_word(s, j)
                or place_word(s, j))):
        j += 1
    if s.lower(j) not in COMPANY_HEADS or s.possessive_at(j + 1):
        return [], k
    kind = ORG_CUES.get(s.lower(j))
    if kind not in (None, "Company"):  # "with the ministry": the government body named last
        typed = ctx.named_last(kind)
        return ([Stand(typed, j + 1)], j + 1) if typed else ([], k)
    for m in s.mentions:
        if m.last <= k and m.kind == "unknown" and m.entity is None and s.lower(m.first - 1) not in PLACE_PREPOSITIONS:
            promote(m, ctx.table, "Company", "named before 'the company'")
    before = [m.entity for m in s.mentions if m.last <= k and is_organization(m)]
    subject = before[-1] if before else None  # the nearest is the deal's own subject
    listed = {id(e) for e in before if e is subject or listed_together(s, e, subject)}
    for entity in list(reversed(before[:-1])) + list(reversed(ctx.recent)):
        if id(entity) not in listed:
            return [Stand(entity, j + 1)], j + 1
    return [], k


def owner_object(s: Sentence, k: int) -> tuple[list, int]:
    """"supply memory for OpenAI's Stargate project": the owner of what the deal serves
    (not "with Zeta's chairman", where the person is the party)."""
    m = s.mention_starting(k)
    if is_organization(m) and s.possessive_at(m.last) and not role_modifier(s, m):
        return [m], m.last + 1
    return [], k



def listed_together(s: Sentence, a: Entity, b: Entity | None) -> bool:
    """Whether two organizations of the sentence are named together ("A and B will ...")."""
    ends = {id(m.entity): m for m in s.mentions if m.entity is not None}
    first, second = ends.get(id(a)), ends.get(id(b)) if b is not None else None
    if first is None or second is None:
        return False
    lo, hi = sorted((first, second), key=lambda m: m.first)
    return {s.lower(x) for x in range(lo.last, hi.first)} <= {",", "and", "&"}


def product_maker(s: Sentence, ctx: DocContext, k: int):
    """The maker of the product named at token k ("ChatGPT Enterprise": OpenAI), if known."""
    m = s.mention_starting(k)
    if m is None or m.entity is None or m.entity.cls != "Product":
        return None
    words = m.text.split()
    for n in range(len(words), 0, -1):
        maker = ctx.maker_of(" ".join(words[:n]))
        if maker is not None:
            return Stand(maker, m.last)
    return None


def place_word(s: Sentence, j: int) -> bool:
    """"the San Francisco startup": a place in a description of a firm."""
    m = s.at[j]
    return m is not None and m.entity is not None and m.entity.is_place


def product_word(s: Sentence, j: int) -> bool:
    """"the ChatGPT maker": a product named in a description of its maker."""
    m = s.mention_starting(j)
    return m is not None and m.entity is not None and m.entity.cls == "Product"


@dataclass
class Stand:
    """An organization standing in for a phrase ("the startup") as a deal's object."""

    entity: Entity
    last: int




def possessive_organizations(s: Sentence, ctx: DocContext, k: int, end: int) -> list:
    """"integrates Cobalt's tools into Zeta's app": the organizations whose things are joined."""
    found = []
    for j in range(k, end):
        m = s.mention_starting(j)
        if m is not None and m.kind == "unknown" and s.possessive_at(m.last):
            promote(m, ctx.table, "Company", "owner of an integrated product")
        if is_organization(m) and (s.possessive_at(m.last) or s.lower(m.last) in lex.PRODUCT_WORDS):
            found.append(m)  # "Zeta's app", "Ericsson equipment"
    return found


def seller_at(s: Sentence, hit: CueHit, end: int) -> int | None:
    """"buy Instinct GPUs from AMD": where "from" names the seller, the party (not the product's name)."""
    return next((j for j in range(hit.last, min(hit.last + LINKER_REACH, end))
                 if s.lower(j) == "from" and is_organization(s.mention_starting(j + 1))), None)


def linker_ahead(s: Sentence, hit: CueHit, end: int) -> bool:
    """Whether one of the cue's linkers ("to", "with") follows within a few words."""
    return any(s.lower(j) in hit.cue.linkers for j in range(hit.last, min(hit.last + 6, end)))


def cue_match(s: Sentence, k: int) -> re.Match | None:
    """The cue pattern that matches at token k, if one may start there."""
    token = s.tokens[k]
    if token.lower[:3] not in CUE_PREFIXES:
        return None
    return ANY_CUE.match(s.span.text, token.start - s.span.start)


def is_cue_word(s: Sentence, j: int) -> bool:
    """Whether a specific cue ("supply", "invest", "MoU") starts at token j."""
    match = cue_match(s, j)
    return match is not None and CUES[int(match.lastgroup[1:])].specific


def negated(s: Sentence, hit: CueHit) -> bool:
    """"sold its entire stake in X": the end of an investment, not one; "denied it was in
    talks with X": a denial, not a deal."""
    if denied(s, hit):
        return True
    if hit.cue.deal_type != "Investment":
        return False
    before = " ".join(s.lower(j) for j in range(max(0, hit.first - 4), hit.first))
    return bool(SELLING.search(before))


FORMS_TOGETHER = re.compile(r"^\W*(?:to|and|will)\s+(?:jointly\s+)?(?:form|create|set up|establish|launch|build|"
                            r"develop)\s+(?:a|an|the)\s+(?:\w+\s+){0,3}?(?:consortium|joint venture|venture|alliance|"
                            r"company|partnership)\b", re.IGNORECASE)


def in_venture(s: Sentence, hit: CueHit) -> bool:
    """"A and B are the funders in the venture": partners in one thing, so one deal."""
    return s.lower(hit.last) in ("in", "of", "for") and any(
        s.lower(j) in CONSORTIUM_WORDS for j in range(hit.last + 1, min(hit.last + 4, len(s.tokens))))


def consortium(s: Sentence, k: int) -> tuple[bool, Entity | None]:
    """"... with SoftBank and Oracle on its Stargate initiative", "... with A and B to form a
    consortium": one deal for all of them."""
    if k < len(s.tokens) and FORMS_TOGETHER.match(s.span.text[s.tokens[k].start - s.span.start:]):
        return True, None
    if s.lower(k) not in ("on", "for", "in"):
        return False, None
    j = k + 1
    if s.lower(j) in ("its", "the", "their", "a", "an", "his", "her"):
        j += 1
    m = s.mention_starting(j)
    if m is not None and m.entity is not None and m.entity.cls == "Initiative":
        return True, m.entity
    end = m.last if m is not None else j
    return s.lower(end) in CONSORTIUM_WORDS and s.lower(j) not in CONSORTIUM_WORDS, None


def party_roles(deal_type, linker, subjects, objects, parties) -> dict[str, list[Entity]]:
    """Roles the wording makes clear: who supplies, who invests."""
    subj, obj = subjects, [m.entity for m in objects]
    in_deal = lambda group: [e for e in group if any(e is p for p in parties)]
    if deal_type == "SupplyAgreement" and linker in ("to", "for", DIRECT):
        return {"supplier": in_deal(subj), "customer": in_deal(obj)}
    if deal_type == "Investment" and linker in ("in", "into"):
        return {"investor": in_deal(subj), "investee": in_deal(obj)}
    if deal_type == "Investment" and linker in ("from", "by"):
        return {"investor": in_deal(obj), "investee": in_deal(subj)}
    return {}


def deal_confidence(hit: CueHit, how: str, objects, deal: DealFact) -> float:
    score = 0.8
    if not hit.cue.specific:
        score -= 0.05
    if how in ("pronoun", "person"):
        score -= 0.1
    elif how == "implicit":
        score -= 0.25
    if any(not p.known and p.rank == 0 for p in deal.parties):
        score -= 0.15
    if deal.reported:
        score -= 0.1
    return round(max(0.2, min(0.95, score)), 2)




