"""Deals from cue patterns, with their parties, status, date and who reported them.

A cue ("partnered", "signed a memorandum of understanding", "invests", "joint venture") is
read with its subject (the organizations before it in the clause, or what "it" / "the
company" stands for) and its objects (the list after "with", "between", "in", "to"...).
Each subject gets its own deal with each object ("with Samsung and SK" gives two deals),
unless the parties build one thing together (a joint venture, "on its Stargate initiative").
"""

from __future__ import annotations

import re
from dataclasses import replace

from graph.extract.amounts import Amount
from graph.extract.deal import GUESSED_CONFIDENCE, DealFact, nearest_amounts, outside, unique, whole_sentence_deal
from graph.extract.claims import PARTICIPLES, claim_status, denied_before, nearest_date, reported
from graph.extract.cues import DIRECT, CueHit, find_cues, is_cue_word, signer_after
from graph.extract.entities import Entity
from graph.extract.lexicon import IN_CLAUSE, ORG_CUES
from graph.extract.objects import (APPROXIMATELY, OWNER, RELATIVE, RIVALRY, VOTE_ADVICE, Stand, bystanders, contesting_at,
                                   counting_owner, find_objects, quantity_word)
from graph.extract.sentence import (COMPANY_HEADS, COPULAS, MODALS, OWNED_ROLES,
                                    QUALIFIED_DEAL_NOUNS, DocContext, Sentence, apposition_anchor, firms_within,
                                    is_organization, named_parties, names_a_part, names_a_product, parse_group,
                                    promote, regulator_or_exchange, role_modifier, words_back)
from graph.extract.phrases import builds_own, phrase_deals
from graph.extract.rounds import AMONG_THEM, OTHERS_INCLUDE, SELLING, invested_firm, read_round
from graph.extract.subjects import PASSIVE_AUXILIARIES, closing_speaker, find_subject, object_before_second_verb, relative_antecedent
from graph.extract.text import sentence_pattern

CONSORTIUM_WORDS = frozenset("initiative project programme program consortium venture alliance".split())


# ---------------------------------------------------------------- cues


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
    deals = customers_of_speaker(s, join_lenders(fold_objectless(s, deals))) or cooccurring_deals(s, ctx, hits)
    deals = phrase_deals(s, ctx, deals)
    owners = stake_split(s)
    if owners:  # "Toyota will own 40 percent, Denso 15 percent and Nvidia the remainder": a venture's owners
        deals = with_venture_owners(s, ctx, deals, owners)
    backers = purchase_backers(s, ctx)
    if backers:  # "A and B are also putting equity into the purchase": parties of the acquisition told before
        deals = with_parties_added(ctx.last_purchase, backers, deals)
    joiners = joiners_of_told_deal(s, ctx) if ctx.last_deal is not None else []
    if joiners:  # "Existing backers A and B also joined the round": more parties of the deal told before
        deals = with_parties_added(ctx.last_deal, joiners, deals)
    financed = financing_of_told_project(s, ctx, deals)
    if financed is not None:  # "A and B are expected to finance part of the first phase": the project told before
        deals = outside(deals, financed.parties) + [financed]
    deals = read_round(s, ctx, deals)
    deals = without_bystanders(s, into_told_deal(s, ctx, deals))
    supplier = ctx.supplier_told(s)
    received = receivers(s, supplier) if supplier is not None else []
    if received:  # "A, B and C will each receive 50,000 chips": from the supplier, not from each other
        receiving = {id(d.parties[1]) for d in received}
        deals = received + [d for d in deals if not {id(p) for p in d.parties} <= receiving]
    if not deals and ctx.last_deal is not None:
        deals = similar_deal(s, ctx) or under_last_deal(s, ctx)
        join_shareholders(s, ctx)
    found = None if deals else supplier_without_customer(s, ctx)
    told_together = supply_told_together(s, ctx, found) if found is not None else None
    if told_together is not None:  # "Nvidia will supply 18,000 chips for the first phase, the companies said"
        deals, found = [told_together], None
    if deals or found is not None:  # a deal read ends the wait for the supplier's customers
        ctx.supplier = (found, s.index)
    if deals:
        ctx.last_deal = deals[-1]
        ctx.last_agreed = next((d for d in reversed(deals) if not holding(d)), ctx.last_agreed)
        ctx.last_purchase = next((d for d in reversed(deals) if d.deal_type == "Acquisition" or "stake" in d.amounts),
                                 ctx.last_purchase)  # "agreed to buy Zeta", "to buy a 40 percent stake in Zeta"
        ctx.last_loan = next((d for d in reversed(deals) if d.deal_type == "FinancialCooperation"), ctx.last_loan)
    elif ctx.last_deal is not None:
        join_last_deal(s, ctx)
    ctx.consortium_lead = consortium_leader(s) or (ctx.consortium_lead if not deals else None)
    share_amounts(s, deals)
    return with_initiative_leader(s, ctx, deals)


INITIATIVE_LINKS = frozenset("in join joins joined joining".split())


def with_initiative_leader(s: Sentence, ctx: DocContext, deals: list[DealFact]) -> list[DealFact]:
    """"Oracle, SoftBank and MGX are also partners in Stargate": the partners of an initiative the
    store knows deal with the one who leads it too."""
    for m in s.mentions:
        leader = ctx.leader_of(m) if s.lower(m.first - 1) in INITIATIVE_LINKS else None
        if leader is None:
            continue
        for d in deals:
            inside = d.clause is None or d.clause[0] <= m.first < d.clause[1]
            if inside and d.cue_at < s.tokens[m.first].start and all(p.iri != leader.iri for p in d.parties):
                d.parties.append(leader)
    return deals


CONSORTIUM_LED = sentence_pattern(r"\b(?:consortium|group) led by\s", re.IGNORECASE)


def without_bystanders(s: Sentence, deals: list[DealFact]) -> list[DealFact]:
    """The sentence's deals without its bystanders (advisers, approvers, reviewers), and without deals left with one party."""
    aside = bystanders(s)
    if not aside:
        return deals
    for deal in deals:
        deal.parties[:] = [p for p in deal.parties if id(p) not in aside]
    return [d for d in deals if len(d.parties) >= 2]


def consortium_leader(s: Sentence) -> Entity | None:
    """"A consortium led by Samsung SDS has been selected": its leader, whose members may follow."""
    found = s.search(CONSORTIUM_LED)
    m = s.mention_starting(s.token_at(s.span.start + found.end())) if found else None
    return m.entity if is_organization(m) else None


# A firm's share of a venture right after its name: "Toyota will own 40 percent", "Denso 15 percent each",
# "Nvidia the remainder".
STAKE_AFTER = re.compile(r"\s*(?:(?:will|would)\s+(?:own|hold|take)\s+)?(?:about\s+|around\s+|roughly\s+)?"
                         r"(?:\d+(?:\.\d+)?\s?(?:%|percent|per cent)|the\s+(?:remainder|rest|balance)\b)", re.IGNORECASE)
FUTURE_STAKES = re.compile(r"\b(?:will|would)\s+(?:own|hold|take)\s+(?:about\s+|around\s+|roughly\s+)?\d",
                           re.IGNORECASE)


def stake_split(s: Sentence) -> list[Entity]:
    """The firms a sentence splits a venture's shares among: "A will own 40 percent, B and C 15 percent each, and
    D the remainder" (two or more, with a share to come, not today's shareholders of a listed firm nor shares of
    a market)."""
    if not s.search(FUTURE_STAKES) or "market" in s.lowered:
        return []
    owners = []
    for m in s.mentions:
        after = s.tokens[m.last - 1].end - s.span.start
        if is_organization(m) and STAKE_AFTER.match(s.span.text, after):
            joiner = words_back(s, m.first, 3, {"and"}) - 1  # "A and (trading arm) B 12.5 percent each"
            listed = s.mention_ending(joiner) if s.lower(joiner) == "and" else None
            owners += ([listed.entity] if is_organization(listed) else []) + [m.entity]
    return unique(owners) if len(unique(owners)) >= 2 else []


def with_venture_owners(s: Sentence, ctx: DocContext, deals: list[DealFact], owners: list[Entity]) -> list[DealFact]:
    """The sentence's deals once a share split's owners join the venture told just before ("... the venture.
    Reliance will hold 70% and Meta the rest"), or the purchase some of them made ("GIC will hold 60% of the
    company after the deal, and JIC the rest"), or else form a joint venture of their own."""
    last = ctx.last_deal
    venture = last if last is not None and last.deal_type == "JointVenture" and (
        "venture" in s.lowered or any(p is e for p in last.parties for e in owners)) else None
    bought = ctx.last_purchase if ctx.last_purchase is not None \
        and any(p is e for p in ctx.last_purchase.parties for e in owners) else None
    told = venture or bought
    if told is not None:
        return with_parties_added(told, owners, deals)
    return outside(deals, owners) + [whole_sentence_deal(s, "JointVenture", owners)]


SHARE = re.compile(r"\b(?:hold|holds|holding|take|takes|taking|own|owns|owning)\b" + IN_CLAUSE + r"{0,30}?\b\d+(?:\.\d+)?\s?"
                   r"(?:%|percent|per cent)", re.IGNORECASE)


# "The financing, one of the largest ..., will go to X": the deal told before, named again.
TOLD_AGAIN = re.compile(r"^\W*the\s+(?:[\w-]+\s+){0,2}?(?:financing|loans?)\b", re.IGNORECASE)


def into_told_deal(s: Sentence, ctx: DocContext, deals: list[DealFact]) -> list[DealFact]:
    """A sentence that opens with "The financing" tells of the deal told before: its deals of
    that kind are that deal, their parties its parties."""
    told = ctx.last_deal
    if told is None or told.deal_type != "FinancialCooperation" or not s.match(TOLD_AGAIN):
        return deals
    again = [d for d in deals if d.deal_type == told.deal_type]
    for d in again:
        told.parties[:] = unique(told.parties + d.parties)
    return [d for d in deals if d not in again]


def join_shareholders(s: Sentence, ctx: DocContext) -> None:
    """"Samsung SDS will hold 35 percent of the new company, with Naver Cloud and KT each taking
    20 percent": each firm holding a share of the joint venture told before is one of its parties."""
    share = s.search(SHARE) if ctx.last_deal.deal_type == "JointVenture" else None
    if share is None or share_of_another(s, share):
        return
    for m in s.mentions:
        if is_organization(m) and m.entity.cls != "NewsOutlet" and not role_modifier(s, m) \
                and all(m.entity is not p for p in ctx.last_deal.parties) and not after_by(s, m):
            ctx.last_deal.parties.append(m.entity)


# "Samsung signed a similar letter the same day", "Rival Zeta struck a similar deal"
SIMILAR_DEAL = sentence_pattern(r"\b(?:signed|signs|struck|strikes|inked|inks|sealed|seals)\s+a\s+similar\s+"
                                r"(?:deal|agreement|letter|pact|contract|memorandum|MOU|arrangement|partnership)\b"
                                r"(?!\s+with\b)", re.IGNORECASE)  # one deal, its party untold


def similar_deal(s: Sentence, ctx: DocContext) -> list[DealFact]:
    """A deal "similar" to the two-party deal told before: of its kind, between this sentence's
    subject and that deal's other party ("SK hynix signed a letter of intent with OpenAI. Samsung
    signed a similar letter": Samsung's with OpenAI)."""
    found = s.search(SIMILAR_DEAL)
    told = ctx.last_deal
    if found is None or len(told.parties) != 2:
        return []
    k = s.token_at(s.span.start + found.start())
    subjects, _, _ = find_subject(s, ctx, k, s.clause_of(k), set())
    subjects = [e for e in subjects if all(e is not p for p in told.parties)]
    return [whole_sentence_deal(s, told.deal_type, [e, told.parties[1]]) for e in subjects]  # each its own


def share_of_another(s: Sentence, share: re.Match) -> bool:
    """"Naver and SoftBank each own 50% of A Holdings": shares of a firm the sentence names, not of
    the venture told before ("35 percent of the new company")."""
    k = s.token_at(s.span.start + share.end())
    return s.lower(k) == "of" and s.tokens[k + 1].text[:1].isupper() if k + 1 < len(s.tokens) else False


def after_by(s: Sentence, m) -> bool:
    """"according to a regulatory filing by Samsung SDS": a source, not a shareholder."""
    return s.lower(m.first - 1) == "by"


UNDER_DEAL = re.compile(r"^\W*under the (?:agreements?|arrangements?|deals?|terms|pacts?|partnership)\s*,",
                        re.IGNORECASE)


# "The chips will go to A and B", "C will receive about 60,000", "• C – 60,000", "50,000 chips for A; 60,000
# for B": who gets what a supply told before ships.
RECEIVES = re.compile(r"(?P<bullet>^\W{0,3}[•·▪]\s*(?-i:[A-Z])[^–—:\n]{0,60}?\s[–—:]\s*"
                      r"(?:about |around |roughly |up to |some )?\d)|"
                      r"(?P<after>\b(?:will|would)\s+(?:each\s+|also\s+)?(?:go|be shipped|be delivered|be sold)\s+to\b|"
                      r"(?:(?<=[:;,] )|(?<=\band ))\d[\d,]{2,}\s+(?:(?:chips|GPUs|units|wafers|accelerators|servers)\s+)?"
                      r"(?:each\s+)?for(?=\s+(?:the\s+)?(?-i:[A-Z])))|"
                      r"\b(?:gets|receives|takes)\s+the\s+(?:largest|biggest|smallest)\s+(?:allocation|share|slice)\b|"
                      r"(?:\b(?:will|would|are to|is to|are set to|is set to)\s+(?:each\s+|also\s+)?"
                      r"(?:receive|get|take|buy|purchase|order|deploy)|\b(?:gets|get|receives|is getting|are getting))\s+(?:each\s+)?"
                      r"(?:about |around |roughly |up to |some |more than |another )?\d"
                      r"(?![\d,.]*\s*(?:%|(?:percent|per cent|months?|years?|weeks?|days?)\b))",  # not "take 20 percent"
                      re.IGNORECASE)
# "SK hynix will also supply memory for the project": another supplier of the customer told before.
ALSO_SUPPLIES = re.compile(r"\balso\s+(?:\w+\s+)?(?:supply|supplies|provide|provides|deliver|delivers|ship|ships)\b"
                           r"(?!\s+(?:support|help|assistance|guidance|advice|funding|financing|services|training|access)\b)"
                           r"(?!" + IN_CLAUSE + r"*\b(?:to|for)\s+(?-i:[A-Z]))", re.IGNORECASE)


def under_last_deal(s: Sentence, ctx: DocContext) -> list[DealFact]:
    """"Under the arrangements, A will receive 50,000 GPUs, while B and C will each deploy ...",
    "The chips will go to A and B": each firm the sentence names deals with the one that made the
    deal told before."""
    supply = ctx.last_deal.deal_type == "SupplyAgreement"
    customers = ctx.last_deal.roles.get("customer", [])
    also = s.search(ALSO_SUPPLIES) if supply and customers else None
    if also:
        counterpart = customers[0]
        for m in s.mentions[:1]:  # "Nova Memory will also supply ...": a name never seen is a supplier
            if m.kind == "unknown" and m.entity is None and m.last <= s.token_at(s.span.start + also.start()):
                promote(m, ctx.table, "Company", "also supplies")
    elif s.match(UNDER_DEAL) or supply and RECEIVES.search(s.span.text):
        counterpart = (ctx.last_deal.roles.get("supplier") or ctx.last_deal.parties)[0]
    else:
        return []
    receives = supply and not also and not s.match(UNDER_DEAL)  # "C will receive 60,000": only who receives
    named = receiving_parties(s) if receives else named_parties(s)
    return deals_with_each(s, counterpart, ctx.last_deal.deal_type, ctx.last_deal.parties, named)


def deals_with_each(s: Sentence, counterpart: Entity, deal_type: str, told: list[Entity],
                    named: list[Entity]) -> list[DealFact]:
    """A deal of the counterpart with each firm named, but those of the deal told."""
    return [whole_sentence_deal(s, deal_type, [counterpart, e]) for e in named if e is not counterpart and e not in told]


def receivers(s: Sentence, supplier: Entity) -> list[DealFact]:
    """"Of the total, 50,000 GPUs will go to A": who gets what the supplier told before ships."""
    deals = deals_with_each(s, supplier, "SupplyAgreement", [], receiving_parties(s))
    for deal in deals:  # later receivers get from the same supplier
        deal.roles = {"supplier": [supplier], "customer": [p for p in deal.parties if p is not supplier]}
    return deals


def receiving_parties(s: Sentence) -> list[Entity]:
    """The firms each "will receive", "gets" or "will go to" names: those before the verb in its clause
    ("SK Group will take 50,000, to be deployed at SK hynix fabs": not SK hynix), or after "will go to"
    and "50,000 chips for"."""
    found = []
    for match in RECEIVES.finditer(s.span.text):
        k = s.token_at(s.span.start + match.start())
        first, last = s.clause_of(k)
        end = s.token_at(s.span.start + match.end())
        span = (end, len(s.tokens)) if match.group("after") else (first, end) if match.group("bullet") else (first, k)
        found += named_parties(s, *span)  # "• Naver Cloud – 60,000": the bullet's own name
    return unique(found)


# "Nvidia will supply 260,000 GPUs to South Korea", "ships chips to the country", "announced the allocation"
SUPPLY_VERB = re.compile(r"\b(?:supply|ship|deliver)(?!\s+(?:chains?|deals?|agreements?|contracts?|pacts?|shortages?|"
                         r"constraints?|of)\b)|\b(?:supplies|supplied|ships|shipped|delivers|delivered)\b|"
                         r"\b(?:announced|announces|unveiled|unveils|detailed|details)\s+(?:the|its)\s+(?:\w+\s+)?allocation\b",
                         re.IGNORECASE)  # not "its supply chain"


def supplier_without_customer(s: Sentence, ctx: DocContext) -> Entity | None:
    """For a sentence in which no deal was read: the firm it names as supplying something, the
    supplier of those later sentences say will receive it."""
    found = s.search(SUPPLY_VERB)
    if found is None:
        return None
    k = s.token_at(s.span.start + found.start())
    subjects, how, _ = find_subject(s, ctx, k, s.clause_of(k), set(), may_promote=False)
    return subjects[0] if subjects and how != "implicit" and subjects[0].is_organization else None


# "..., the companies said", "the two firms said in a joint statement": the supplier and the firm told before speak together.
COMPANIES_SAID = sentence_pattern(r",\s+the\s+(?:two\s+)?(?:companies|firms)\s+(?:said|say)\b", re.IGNORECASE)


def supply_told_together(s: Sentence, ctx: DocContext, supplier: Entity) -> DealFact | None:
    """A supply with no customer named that the supplier and the previous sentence's firm announce
    together: that firm is the customer."""
    customer = ctx.previous_subject(s)
    if customer is None or customer is supplier or not s.search(COMPANIES_SAID) \
            or (ctx.last_deal is not None and ctx.last_deal.deal_type in MONEY_TYPES | {"Acquisition"}):
        return None  # not after "Nova Bank agreed to lend $2 billion to Orbit": the lender buys nothing
    deal = whole_sentence_deal(s, "SupplyAgreement", [supplier, customer])
    deal.roles = {"supplier": [supplier], "customer": [customer]}
    return deal


# "The agreement, signed in Dubai, also involves telecom operator e&": an aside may stand before the verb.
DEAL_INCLUDES = re.compile(r"^\W*(?:(?:the|this)\s+(?:(?:other\s+)?(?:members|partners|participants)\s+(?:of|in)\s+the\s+)?|"
                           r"(?:other\s+)?(?:members|partners|participants)\s+(?:of|in)\s+the\s+)"
                           r"(?:new\s+)?(?:deal|agreement|contract|pact|partnership|consortium|venture|alliance|loan|"
                           r"facility|financing|round|syndicate|group)"
                           r"\s*,?(?:[^,.;]{1,80},)?\s*(?:which\s+)?(?:also\s+)?"
                           r"(?:includ(?:es|ed|ing|e)|involv(?:es|ed|ing)|"
                           r"brings together|brought together|are)\s", re.IGNORECASE)


# Deal types that name a document, which the clause's other cue only details.
DOCUMENT_TYPES = frozenset(["MemorandumOfUnderstanding", "LetterOfIntent"])


def fold_objectless(s: Sentence, deals: list[DealFact]) -> list[DealFact]:
    """"A and B signed letters of intent to supply chips for C's project": the letters are
    each one's with C (found by the later cue), not A and B's together. Not when the later deal
    names their firm again: "A and B formed a venture, and A took a loan from C"."""
    kept = []
    for deal in deals:
        later = [d for d in deals if d.clause == deal.clause and d.cue_at > deal.cue_at and not d.objectless
                 and set(map(id, d.parties)) & set(map(id, deal.parties)) and not renamed_between(s, deal, d)]
        if not deal.objectless or not later:
            kept.append(deal)
            continue
        if deal.deal_type in DOCUMENT_TYPES:
            for d in later:
                d.deal_type = deal.deal_type
    return kept


def renamed_between(s: Sentence, first: DealFact, later: DealFact) -> bool:
    """Whether a firm of both deals is named again between their cues."""
    between = s.span.text[first.cue_at - s.span.start:later.cue_at - s.span.start]
    shared = [p for p in later.parties if any(p is q for q in first.parties)]
    return any(name in between for firm in shared for name in (firm.label, *firm.aliases))


JOINED_BY = sentence_pattern(r"\b(?:are|were|is|was|will be|have been|has been)\s+(?:also\s+)?joined by\s", re.IGNORECASE)
JOINED_TOLD = sentence_pattern(r"\b(?:(?:joined|join|joins|joining)(?:\s+(?-i:[A-Z][\w&.'-]*)){0,4}\s+in|participated in|"
                              r"participate in|participating in|took part in|take part in|taking part in|joined|join|joins|joining)"
                              r"\s+(?:the|that|this)\s+(?:[\w-]+\s+){0,2}?"
                              r"(?:round|financing|raise|deal|venture|project|initiative|effort|loan|facility|syndicate)\b",
                              re.IGNORECASE)  # "A and B will join KDB in the syndicate", "C also joined that round"


# "A and B are also putting equity into the purchase", "C is backing the Aligned purchase as well", "D and E
# are joining MGX in the purchase", "F and G are joining as co-investors", "H has agreed to tender its shares"
# (not "Elliott is backing the takeover, saying the price is fair").
PURCHASE_NOUNS = frozenset("purchase acquisition takeover buyout".split())
THE_PURCHASE = r"the\s+(?:[\w-]+\s+){0,2}?(?:" + "|".join(sorted(PURCHASE_NOUNS)) + r")\b"
BACKS_PURCHASE = sentence_pattern(r"\b(?:putting|put|puts|co-investing|investing)\s+(?:(?:equity|money|capital|cash)\s+)?"
                                  r"(?:into|in)\s+" + THE_PURCHASE + r"|\bbacking\s+" + THE_PURCHASE
                                  + r"(?=\s+(?:as\s+well|too)\b)|\balso\s+backing\s+" + THE_PURCHASE
                                  + r"|\b(?:joining|joined|joins|join)(?:\s+(?-i:[A-Z])[\w&.'-]*){0,4}\s+in\s+" + THE_PURCHASE
                                  + r"|\b(?:joining|joined|joins|join|coming in|came in|comes in)\s+as\s+co-investors\b(?!\s+in\b)"
                                  # "X, which owns 28% of the target, has agreed to tender all of its shares": a seller
                                  + r"|\b(?:agreed|agrees|committed|commits|pledged|pledges)\s+to\s+tender\s+"
                                  r"(?:all\s+(?:of\s+)?)?(?:its|their)\s+(?:[\d.]+\s?(?:%|percent|per cent)\s+)?(?:shares|stake)\b",
                                  re.IGNORECASE)


# "The buyers also include A and B": more buyers of the acquisition told before, named after the verb.
BUYERS_INCLUDE = sentence_pattern(r"^\W*(?:(?:the\s+)?(?:other\s+)?(?:buyers|acquirers|purchasers)\s+(?:also\s+)?"
                                  r"(?:include|includes|included)|the\s+(?:other\s+)?(?:buyers|acquirers|purchasers)\s+"
                                  r"(?:also\s+)?(?:are|were))\s", re.IGNORECASE)  # not "Buyers are chasing ..."


# "is negotiating with Meseta's owners, A and B": the sellers of the firm whose purchase was told before.
OWNERS_OF = sentence_pattern(r"\b(?:with|from)\s+(?:(?-i:[A-Z])[\w&.-]*\s+){0,3}?(?-i:[A-Z])[\w&.-]*(?:'s|’s)\s+"
                             r"(?:(?:current|existing)\s+)?(?:owners|shareholders)\s*,?\s", re.IGNORECASE)


def purchase_backers(s: Sentence, ctx: DocContext) -> list[Entity]:
    """The firms a sentence says back or join the acquisition told before, or sell to it."""
    if ctx.last_purchase is None or denied_before(s, s.span.end):
        return []
    found = s.match(BUYERS_INCLUDE)
    if found is not None:
        return named_parties(s, s.token_at(s.span.start + found.end()))
    sellers = owners_selling(s, ctx)
    if sellers:
        return sellers
    found = s.search(BACKS_PURCHASE)
    return named_parties(s, 0, s.token_at(s.span.start + found.start())) if found is not None else []


def owners_selling(s: Sentence, ctx: DocContext) -> list[Entity]:
    """"is negotiating with Meseta's owners, A and B": the owners of a firm the purchase told before buys."""
    found = s.search(OWNERS_OF)
    if found is None:
        return []
    first, after = (s.token_at(s.span.start + i) for i in found.span())
    owned = next((s.mention_ending(k) for k in range(first, after) if s.possessive_at(k)), None)
    if owned is None or all(owned.entity is not p for p in ctx.last_purchase.parties):
        return []
    items, _ = parse_group(s, after, len(s.tokens), ctx.table)
    return [m.entity for m in items]


# "A and B are expected to finance part of the first phase", "C will fund the campus": lenders to the project
# the deal told before builds.
FINANCES_TOLD = sentence_pattern(r"(?<!had been )\b(?:(?:will|would|could|may|(?:expected|set|due|agreed|going|likely)\s+to)"
                                 r"\s+(?:also\s+)?(?:finance|fund|bankroll)|finances|funds)\s+(?:(?:part|most|some|"
                                 r"all|much|the rest)\s+of\s+)?(?:the|that|this)\s+(?:[\w-]+\s+){0,2}?(?:phase|"
                                 r"project|campus|site|data\s+cent(?:er|re)s?|facility|build-?out|development|"
                                 r"construction|expansion|plant|cluster)\b|"
                                 r"\b(?:to|will|would)\s+provide\s+(?:the\s+)?(?:project\s+)?(?:financing|finance|loans?|debt)"
                                 r"\b(?!\s+(?:to|for)\s+(?-i:[A-Z]))", re.IGNORECASE)  # "signed letters of intent to provide
# project financing"


NEW_PROJECT = re.compile(r"\s+of\s+(?:a|an)\b", re.IGNORECASE)
REFUSED = re.compile(r"\b(?:declined|declines|refused|refuses|unwilling|unable|not|never|n['’]t)\s+(?:\w+\s+)?$",
                     re.IGNORECASE)


def financing_of_told_project(s: Sentence, ctx: DocContext, deals: list[DealFact]) -> DealFact | None:
    """A loan of the firms named before the verb to the parties of the deal agreed before, when the
    sentence tells no deal of the lenders with another firm."""
    found = s.search(FINANCES_TOLD) if ctx.last_agreed is not None else None
    if found is None or denied_before(s, s.span.end) or s.lower(0) == "separately" \
            or NEW_PROJECT.match(s.span.text, found.end()) or REFUSED.search(s.span.text, 0, found.start()):
        return None  # "Separately, A will fund the construction of a data centre in Sweden"; "A declined to provide"
    told = ctx.last_agreed.parties
    lenders = [e for e in named_parties(s, 0, s.token_at(s.span.start + found.start()))
               if all(e is not p for p in told)]
    if not lenders or outside(deals, lenders):
        return None
    return whole_sentence_deal(s, "FinancialCooperation", told + lenders)


def with_parties_added(told: DealFact, firms: list[Entity], deals: list[DealFact]) -> list[DealFact]:
    """The sentence's deals once the firms join the deal told before: none among its parties alone."""
    told.parties[:] = unique(told.parties + firms)
    return outside(deals, told.parties)


def holding(deal: DealFact) -> bool:
    """An investment held, not one made: "the Blackstone-owned operator"."""
    return deal.deal_type == "Investment" and deal.status == "active"


# "The facility, in which A and B also participate, ..."
PARTICIPATE_IN_IT = sentence_pattern(r"\bin which\b" + IN_CLAUSE + r"{1,80}?\b(?:participate|participates|participated|"
                                    r"take part|took part)\b", re.IGNORECASE)


BORROWER_IS = sentence_pattern(r"^\W*the\s+borrowers?\s+(?:is|are|was|were|will\s+be)\b", re.IGNORECASE)


def refused_or_told_here(s: Sentence, found: re.Match) -> bool:
    """"X did not join this round": no joiner; "Y, which took part in that round": a round the sentence tells."""
    k = s.token_at(s.span.start + found.start())
    return REFUSED.search(s.span.text, 0, found.start()) is not None or s.lower(k - 1) in ("which", "who")


def joiners_of_told_deal(s: Sentence, ctx: DocContext) -> list[Entity]:
    """The firms that join the deal told before: "The two companies are joined by A, B and C",
    "Existing backers A, B and C also joined the round" (but not "X, reported to be joining the
    syndicate, said it had no plans to")."""
    if denied_before(s, s.span.end):
        return []
    if s.search(LED_THE_TOLD) and ctx.last_deal.deal_type in ("Investment", "Acquisition"):
        return firms_within(s, ctx.table, 0, None, "leads the deal told before")
    found = s.search(JOINED_BY)
    if found:
        joined = named_parties(s, 0, s.token_at(s.span.start + found.start()))
        if any(all(e is not p for p in ctx.last_deal.parties) for e in joined):
            return []  # "Upstage, the only startup to lead a team, is joined by A and B": Upstage's, not the told deal's
        items, _ = parse_group(s, s.token_at(s.span.start + found.end()), len(s.tokens), ctx.table)
        return [m.entity for m in items]
    found = s.search(JOINED_TOLD)
    joins_round = found is not None and found.group().lower().endswith(("round", "raise", "financing"))
    if found and not (joins_round and ctx.last_deal.deal_type == "Acquisition") and not refused_or_told_here(s, found):
        return named_parties(s, 0, s.token_at(s.span.start + found.start()))  # a round is money, not a merger
    found = s.search(AMONG_THEM) if ctx.funding_round is None else None  # else the round's
    if found:  # names never seen are lenders too: "Mashreq"
        return firms_within(s, ctx.table, 0, s.token_at(s.span.start + found.start()), "joins the deal told before")
    found = s.search(OTHERS_INCLUDE)
    if found and ctx.last_deal.deal_type in ("Investment", "FinancialCooperation"):
        return firms_within(s, ctx.table, s.token_at(s.span.start + found.end()), len(s.tokens), "joins the deal told before")
    found = s.match(BORROWER_IS)
    if found and ctx.last_deal.deal_type == "FinancialCooperation":  # "The borrower is a vehicle controlled by A and B"
        return firms_within(s, ctx.table, s.token_at(s.span.start + found.end()), len(s.tokens), "borrows the loan told before")
    found = s.search(PARTICIPATE_IN_IT)
    if found:
        first, last = (s.token_at(s.span.start + i) for i in found.span())
        return firms_within(s, ctx.table, first, last, "joins the deal told before")
    return []


# "A and B co-led the transaction, with C and D joining": the investors of the deal told before.
LED_THE_TOLD = sentence_pattern(r"\b(?:co-)?led\s+the\s+(?:transaction|deal|investment)\b", re.IGNORECASE)


BECOME_CUSTOMERS = re.compile(r"\b(?:becom(?:e|es|ing)|became)\s+(?:\w+\s+){0,2}?(?:customers|clients|users|tenants)\b",
                              re.IGNORECASE)


def customers_of_speaker(s: Sentence, deals: list[DealFact]) -> list[DealFact]:
    """"A, B and C have agreed to become early customers, Mistral said": each the customer of the
    firm that says so, not partners of each other."""
    speaker = closing_speaker(s)
    if speaker is None or speaker.cls == "NewsOutlet" or not BECOME_CUSTOMERS.search(s.span.text):
        return deals
    kept = []
    for deal in deals:
        if not deal.objectless or len(deal.parties) < 2 or any(p is speaker for p in deal.parties):
            kept.append(deal)
            continue
        for customer in deal.parties:
            kept.append(replace(deal, deal_type="SupplyAgreement", parties=[speaker, customer], objectless=False,
                                roles={"supplier": [speaker], "customer": [customer]},
                                evidence=list(deal.evidence), amounts={}))  # a sum told for all is no one's
    return kept


def join_lenders(deals: list[DealFact]) -> list[DealFact]:
    """"in talks with A and B about a construction loan", "A and B will lend to C": the parties of
    one clause's financing are parties of one loan, as in a syndicate."""
    kept, loans = [], {}
    for deal in deals:
        home = loans.get(deal.clause) if deal.deal_type == "FinancialCooperation" else None
        if home is not None and sized_apart(home, deal):
            loans[deal.clause] = deal  # "a $2.6 billion loan led by A, following the $7.5 billion facility led by B"
            kept.append(deal)
        elif home is None:
            kept.append(deal)
            if deal.deal_type == "FinancialCooperation":
                loans[deal.clause] = deal
        else:
            home.parties = unique(home.parties + deal.parties)
            home.amounts = {**deal.amounts, **home.amounts}
    return kept


def sized_apart(a: DealFact, b: DealFact) -> bool:
    """Two loans, each with a sum of its own."""
    first, second = a.amounts.get("money"), b.amounts.get("money")
    return first is not None and second is not None and first.start != second.start


def join_last_deal(s: Sentence, ctx: DocContext) -> None:
    """"The deal, which includes Fujitsu, covers ...": more parties of the deal found last."""
    found = s.match(DEAL_INCLUDES)
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
    if s.search(RIVALRY) or s.search(NO_DEAL_AMONG) or s.search(VOTE_ADVICE):
        return []  # "ahead of rivals Nokia and Huawei", "scrutiny from the Justice Department", "similar
        # announcements made by A and B": not partners
    if any(each_their_own(s, h) for h in hits):
        return []  # "A, B and C will each buy 50,000": each on its own
    if not hits:
        return []
    hit = next((h for h in hits if h.cue.specific), hits[0])
    clause = s.clause_of(hit.first)  # "X will work with ..., while Y's shares fell": not Y
    organizations = named_parties(s, clause[0], second_verb_at(s, hit.first, clause[1]))
    if not 2 <= len(organizations) <= MAX_COOCCURRING:
        return []
    if any(examples_or_generic(s, h, organizations) or partner_described(s, h) for h in hits):
        return []  # "Neoclouds such as A and B have raced to lock in contracts"
    first, *others = organizations
    first_named = next(m for m in s.mentions if m.entity is first)
    if object_before_second_verb(s, first_named, hit.first) or any(unnamed_partner(s, h) for h in hits):
        return []  # "is sending samples to Nvidia and has signed ... with Broadcom": its actor is unnamed;
        # "announced a capital alliance with a Kyoto-based startup": its partner is
    status = claim_status(s, 0, len(s.tokens))
    own_deals = {id(m.entity) for m in s.mentions if m.entity is not None and names_own_deal(s, m)}
    deals = []
    for other in others:
        if id(first) in own_deals and id(other) in own_deals and not equated(s, first, other):
            continue  # "Nvidia's investment and AMD's warrants", "the AMD deal ... the Nvidia one": two deals
        deal = DealFact(hit.cue.deal_type, [first, other], status, GUESSED_CONFIDENCE)
        deal.date = nearest_date(s, ctx, hit.first, clause, status)
        deal.reported, deal.reported_by = reported(s)
        deal.evidence = [(s.span.start, s.span.end)]
        deal.clause = clause
        deal.amounts, deal.cue_at = amounts_in(s, clause, hit.first), s.tokens[hit.first].start
        deals.append(deal)
    return deals


def unnamed_partner(s: Sentence, hit: CueHit) -> bool:
    """"a capital alliance with a Kyoto-based startup", "in talks with hyperscalers": the cue's partner is
    described, not named."""
    j = hit.last if s.lower(hit.last - 1) == "with" else hit.last + 1
    if s.lower(j - 1) != "with" or j >= len(s.tokens) or s.at[j] is not None:
        return False
    word = s.lower(j)
    if word in UNNAMED_WORDS:  # "a Kyoto-based startup", "several banks" (not "with a focus on chips")
        return any(s.lower(i) in ORG_CUES for i in range(j + 1, min(j + 6, len(s.tokens))))
    return word in ORG_CUES or word in UNNAMED_FIRMS or (word.endswith("s") and word[:-1] in ORG_CUES)


UNNAMED_WORDS = frozenset("a an one another unnamed undisclosed several other various multiple potential prospective "
                          "some many two three four".split())
# Firms named by what they are: "in talks with hyperscalers" (not "an MoU with ambitions", "with terms").
UNNAMED_FIRMS = frozenset("customers clients buyers suitors bidders governments investors lenders".split())


def equated(s: Sentence, a: Entity, b: Entity) -> bool:
    """"SoftBank's investment is OpenAI's largest deal": a copula right before either firm says the
    two deals are one (not "the AMD deal is incremental to the Nvidia one")."""
    for m in s.mentions:
        if (m.entity is a or m.entity is b) and s.lower(m.first - 1) in COPULAS:
            return True
    return False


OWN_DEAL_WORDS = QUALIFIED_DEAL_NOUNS | frozenset("one stake warrants loan".split())  # "the Nvidia one"


def names_own_deal(s: Sentence, m) -> bool:
    """"Nvidia's investment", "the AMD deal", "Nvidia's proposed investment": a firm named as the
    owner of a deal of its own."""
    k = m.last + (1 if s.possessive_at(m.last) else 0)
    if k >= len(s.tokens):
        return False
    return s.lower(k) in OWN_DEAL_WORDS or (s.tokens[k].text.islower() and s.lower(k + 1) in OWN_DEAL_WORDS)


# Words of a sentence whose firms are watched, cleared, sued or compared, not dealing with each other.
NO_DEAL_AMONG = re.compile(r"\b(?:scrutiny|antitrust|regulators?|lawsuits?|sued|cleared|clearance|review\s+by|"
                           r"similar\s+(?:\w+\s+){1,2}?(?:made\s+)?by)\b", re.IGNORECASE)


def second_verb_at(s: Sentence, k: int, end: int) -> int:
    """Where the subject's second verb starts after token k (", and has agreed to ..."), else `end`."""
    return next((j for j in range(k + 1, end) if s.lower(j) == "and" and s.lower(j - 1) == ","
                 and s.lower(j + 1) in SECOND_VERBS), end)


# Words that open the subject's second verb after ", and": "raised money in project financing, and
# has agreed to bring X's models" tells X's own deal.
SECOND_VERBS = frozenset("has have had will would is are was were also plans agreed signed said".split())


def same_clause(s: Sentence, deal: DealFact, hit: CueHit) -> bool:
    return deal.clause == s.clause_of(hit.first)


def bidding(s: Sentence, hit: CueHit) -> bool:
    """"A and B are among the bidders competing to acquire X": each bids for X, a deal it weighs."""
    return hit.cue.deal_type == "Acquisition" and s.lower(hit.first - 1) == "to" and contesting_at(s, hit.first - 2)


# What a group of firms backs together, not a firm named before it: "the project backed by A and B".
BACKED_THINGS = frozenset("project projects initiative initiatives campus site programme program plan scheme "
                          "effort venture consortium".split())


ACTING_GROUPS = frozenset("consortium venture group".split())  # what a backed group does, its backers do
CLIENT_WORDS = frozenset("customer customers client clients".split())


def list_owner(s: Sentence, hit: CueHit):
    """"a Zeta customer list that includes A and B", "A and B are Zeta cloud customers": the firm
    named right before the customers (and one word of what it sells) is theirs."""
    m = s.mention_ending(hit.first)
    if m is None and hit.first > 0 and s.tokens[hit.first - 1].text.islower():
        m = s.mention_ending(hit.first - 1)
    return m if is_organization(m) else None


def describes_subject(s: Sentence, j: int) -> bool:
    """"A, which competes with B, signed ...": a relative clause about the subject, not what it does."""
    return s.lower(j - 1) in RELATIVE_PRONOUNS or (s.lower(j - 1) in ("also", "still", "now")
                                                   and s.lower(j - 2) in RELATIVE_PRONOUNS)


RELATIVE_PRONOUNS = frozenset(["which", "who", "that"])


def relative_between(s: Sentence, j: int, k: int) -> bool:
    """"competes with Nebius, the group that signed a deal with Microsoft": the cue at k sits in a
    relative clause about a rival, which tells that rival's own deal."""
    return any(s.lower(i) in RELATIVE_PRONOUNS and relative_antecedent(s, i) is not None for i in range(j + 1, k))


def deals_for_cue(s: Sentence, ctx: DocContext, hit: CueHit, used: set[int]) -> list[DealFact]:
    if negated(s, hit):
        return []
    clause = s.clause_of(hit.first)
    if s.lower(hit.last - 1) != "by" and any(contesting_at(s, j) and not describes_subject(s, j)
                                             and not relative_between(s, j, hit.first)
                                             for j in range(clause[0], hit.first)) and not bidding(s, hit):
        return []  # "A, B and C are battling for orders from X": rivals for a deal (not "Y, backed by X")
    objects, linker, group_end = find_objects(s, ctx, hit, clause)
    owner = list_owner(s, hit) if not objects and s.lower(hit.first) in CLIENT_WORDS else None
    if owner is not None:  # "Meta and xAI are also Oracle cloud customers": Oracle's
        objects, linker, group_end = [Stand(owner.entity, owner.last)], "of", hit.last
    objects = [m for m in objects if isinstance(m, Stand) or not regulator_or_exchange(s, m)]
    if s.lower(hit.last - 1) == "by":
        anchor = apposition_anchor(s, hit.first)
    else:
        anchor = counting_owner(s, ctx) if linker == "among" else list_owner(s, hit) if linker == "include" else None
    backed_thing = s.lower(hit.last - 1) == "by" and anchor is None and s.lower(hit.first - 1) in BACKED_THINGS
    if backed_thing and len(objects) < 2:
        return []
    for m in objects:  # "A consortium backed by A, B and C has agreed to buy X": the backers also buy, together
        if linker != RELATIVE and not (backed_thing and s.lower(hit.first - 1) in ACTING_GROUPS):
            used.add(id(m))
    object_entities = {id(m.entity) for m in objects}
    signer = signer_after(s, hit.last)
    anchor = anchor or (signer if signer is not None and id(signer.entity) not in object_entities else None)
    if anchor is not None:  # "Ampere, a chip startup backed by Oracle": Ampere, though another deal's object
        subjects, how, subject_start = [anchor.entity], "explicit", anchor.first
    elif backed_thing:  # "the Stargate project backed by A, B and C": the backers, together
        subjects, how, subject_start = [], "explicit", hit.first
    else:
        subjects, how, subject_start = find_subject(s, ctx, hit.first, clause, used, object_entities,
                                                    may_promote=bool(objects))
    if how == "implicit" and linker == "by" and hit.cue.deal_type == "SupplyAgreement":
        subjects = used_products_maker(s, hit) or subjects
    if hit.cue.deal_type == "SupplyAgreement" and supplied_by(s, hit):
        subjects = [e for e in subjects if not makes_the_supplied(s, e, hit.first)]
    if how == "pronoun" and s.lower(hit.first) in EQUITY_BACKERS:
        subjects = [backed_firm(ctx, e) for e in subjects]
    if not objects and any(("subject", id(e), clause) in used for e in subjects):
        return []  # "A and B signed letters of intent with C to supply ...": the supply is not A-B
    if not objects and s.lower(hit.first) in OWNED_ROLES and "as" in {s.lower(j) for j in range(hit.first - 3, hit.first)}:
        return []  # "A and B will join Stargate as key partners": partners of another, not of each other
    if hit.cue.together and linker != "with" \
            and not (len(subjects) >= 2 and how == "explicit" and close_after(s, hit, subjects, subject_start)):
        return []
    if hit.cue.together and not objects and examples_or_generic(s, hit, subjects):
        return []  # "with A, B and C among the companies building capacity": each its own
    if not objects and (each_their_own(s, hit) or unnamed_partner(s, hit)):
        return []  # "rivals A, B and C, all of which have been chasing contracts", "A and B are in talks with
        # hyperscalers": not a deal among them
    leader = consortium_joined(s, ctx, hit) if not objects and subjects else None
    if leader is not None:  # "Daewoo E&C and Doosan Enerbility joined the South Korean consortium": one venture
        objects = [Stand(leader, hit.last)]
    more = []
    if objects:
        used.update(("subject", id(e), clause) for e in subjects)
        objects, participants = split_participants(s, objects)
        more = participants + (joined_by(s, ctx, max(m.last for m in objects)) if objects else []) \
            + partnered_to_act(s, ctx, hit)
        if linker in ("by", "from") and objects:  # "a round led by A, with participation from B": more investors
            objects = objects + [Stand(e, max(m.last for m in objects)) for e in more]
        elif linker == "with" and s.lower(hit.first) in DEALS_IN_GENERAL and more:
            objects, more = objects + [Stand(e, max(m.last for m in objects)) for e in more], []  # "deals with A
            # alongside B": more partners of the subject, each its own deal
        else:  # "Zeta led a round in Orbit, joined by Kestrel": more on Zeta's side
            subjects = subjects + more
    together = acting_together(s, subject_start, hit.first) or one_purchase(s, hit)
    jointly = (len(subjects) >= 2 and objects and together) or (
        s.lower(hit.first) in ("join", "joins", "joined", "joining") and len(objects) >= 2)  # "it joined A, B and C to ..."
    if more or leader is not None or jointly or backed_thing or (
            linker == "by" and len(objects) >= 2 and names_round(s, hit, objects)) or backers_together(s, hit, linker, objects):
        parties_by_pair = [(unique(subjects + [m.entity for m in objects]), None)]  # one round, all its parties
    else:
        parties_by_pair = pair_parties(s, hit, subjects, objects, how, group_end, linker)
    if not parties_by_pair:
        return []
    if hit.cue.deal_type in ("Acquisition", "Investment") and objects:
        owner = owner_of(s, objects[0]) if linker != "from" else []  # not "from Sharp, which is owned by Foxconn"
        sold_by = [e for e in sellers(s, ctx, group_end) + owner if all(e is not b for b in subjects)]
        sold = firm_sold(s, hit, objects) if hit.cue.deal_type == "Acquisition" else []
        if sold and len(parties_by_pair) > 1:  # "it sold AirTrunk to Blackstone and CPP Investments": one sale
            parties_by_pair = [(unique(subjects + [m.entity for m in objects]), None)]
        if len(parties_by_pair) == 1 and hit.cue.deal_type == "Acquisition":  # "bought Zeta from Kestrel": one purchase
            parties, subject = parties_by_pair[0]
            parties_by_pair[0] = (unique(parties + sold_by + sold), subject)
        else:
            parties_by_pair += [([buyer, seller], None) for buyer in unique(subjects) for seller in sold_by]
    end = max(group_end, hit.last)
    if s.lower(end) in PARTICIPLES:  # "an MoU with Nvidia signed in July"
        end += 1
    status = claim_status(s, min(subject_start, hit.first), end)
    if status == "announced" and s.lower(hit.first - 1) == "to" and is_organization(s.mention_ending(hit.first - 1)):
        status = "planned"  # a headline's "Nvidia to invest in X"
    deal_type = "Investment" if hit.cue.deal_type == "Acquisition" and shares_bought(s, hit, objects) else hit.cue.deal_type
    deals = []
    for parties, consortium_subject in parties_by_pair:
        deal = DealFact(deal_type, parties, status, 0.0, subject=consortium_subject)
        deal.roles = party_roles(deal_type, "from" if hit.cue.pays else linker, subjects, objects, parties)
        deal.date = nearest_date(s, ctx, hit.first, clause, status)
        deal.reported, deal.reported_by = reported(s)
        deal.confidence = deal_confidence(hit, how, objects, deal)
        deal.evidence = [(s.span.start, s.span.end)]
        deal.clause = clause
        deal.amounts, deal.cue_at = amounts_in(s, clause, hit.first), s.tokens[hit.first].start
        deal.objectless = not objects
        deals.append(deal)
    return deals


def close_after(s: Sentence, hit: CueHit, subjects: list[Entity], subject_start: int) -> bool:
    """Whether a cue that needs its subjects together follows them closely: within a few words of the
    first ("A and B will jointly build"), or, for forming a group, of the last ("A, B, C and D have formed
    a consortium": a long list, not "A, B and C will lead the consortiums building")."""
    if hit.first - subject_start <= 8:
        return True
    subjects_end = max((m.last for m in s.mentions if m.last <= hit.first and any(m.entity is e for e in subjects)),
                       default=0)
    return s.lower(hit.first) in FORMING and hit.first - subjects_end <= 6


FORMING = frozenset("form forms formed forming".split())


def used_products_maker(s: Sentence, hit: CueHit) -> list[Entity]:
    """"Zeta chips are deployed by A and B": who makes what they use."""
    maker = next((m for m in s.mentions if m.last <= hit.first and is_organization(m) and names_a_product(s, m)), None)
    return [maker.entity] if maker is not None else []


def supplied_by(s: Sentence, hit: CueHit) -> bool:
    """"... are being supplied by X": a passive supply, its supplier after "by"."""
    return s.lower(hit.first - 1) in PASSIVE_AUXILIARIES and "by" in (s.lower(hit.last - 1), s.lower(hit.last))


def makes_the_supplied(s: Sentence, firm: Entity, k: int) -> bool:
    """"Servers fitted with Nvidia's chips are supplied by HPE": Nvidia makes a part of what is supplied, it
    buys nothing."""
    return any(m.entity is firm and m.last <= k and names_a_part(s, m) for m in s.mentions)


SHARE_WORDS = frozenset("shares stock equity".split())
SHARE_KINDS = frozenset("common ordinary preferred voting new convertible".split())
WHOLE_WORDS = frozenset("all outstanding remaining rest entire not private".split())  # a takeover's shares


def shares_bought(s: Sentence, hit: CueHit, objects) -> bool:
    """"buy $5 billion of Intel common stock", "bought $2bn of its shares": shares bought are an
    investment in the firm, not its purchase (but "all outstanding Orbit shares" are the firm)."""
    if not objects:
        return False
    k = objects[0].last
    while s.lower(k) in SHARE_KINDS:
        k += 1
    # shares_owner's stand ends past "its shares": the share word is the one before
    shares = s.lower(k) in SHARE_WORDS or s.lower(k - 1) in SHARE_WORDS
    return shares and not any(s.lower(j) in WHOLE_WORDS for j in range(hit.last, min(k + 6, len(s.tokens))))


def acting_together(s: Sentence, start: int, end: int) -> bool:
    """"AIP, together with GIP and MGX, will acquire X", "A KKR and Singtel consortium will buy X":
    the subjects act as one buyer."""
    return any((s.lower(j) == "together" and s.lower(j + 1) == "with")
               or (s.lower(j) == "consortium" and j > 0 and is_organization(s.at[j - 1])) for j in range(start, end)) \
        or group_of_subjects(s, start)


def group_of_subjects(s: Sentence, start: int) -> bool:
    """"A consortium backed by A, B and C has agreed to buy X", "a group comprising A and B": the firms named
    from token start make up the group that acts."""
    return any(s.lower(j) in ACTING_GROUPS and s.lower(j + 1) in GROUP_MAKING for j in range(max(0, start - 4), start))


GROUP_MAKING = frozenset("backed comprising formed composed consisting".split())


def one_purchase(s: Sentence, hit: CueHit) -> bool:
    """"Hanwha Ocean and Hanwha Systems completed the $100 million purchase of X": the buyers named together
    make the one purchase the text names."""
    return s.lower(hit.first) in PURCHASE_NOUNS and any(s.lower(j) in ("the", "their")
                                                        for j in range(hit.first - 4, hit.first))


def consortium_joined(s: Sentence, ctx: DocContext, hit: CueHit) -> Entity | None:
    """"... joined the consortium": whom the consortium is the article's, its leader or main actor."""
    if not s.lower(hit.first).startswith("join") or s.lower(hit.last) != "the":
        return None
    if not any(s.lower(j) in ("consortium", "alliance", "group") for j in range(hit.last + 1, hit.last + 4)):
        return None
    return consortium_leader(s) or ctx.consortium_lead or ctx.main_actor()


def backed_firm(ctx: DocContext, firm: Entity) -> Entity:
    """"Orbit will invest in Kestrel. Its earlier investors include A": the investors are those of the
    firm invested in, not of its new investor, whom "its" would otherwise stand for."""
    told = ctx.last_deal
    invested = invested_firm([told]) if told is not None else None
    investor = invested is not None and firm is not invested and any(firm is p for p in told.parties)
    return invested if investor else firm


def backers_together(s: Sentence, hit: CueHit, linker, objects) -> bool:
    """"Its backers include A and B", "Investors in the fund include A and B": a firm's backers, listed
    together, are partners in its money."""
    listed = linker == "include" or linker == "in" and any(
        s.lower(j) in ("include", "includes") for j in range(hit.last, objects[0].last if objects else hit.last))
    return hit.cue.deal_type == "Investment" and len(objects) >= 2 and listed and s.lower(hit.first) in BACKER_NOUNS


def names_round(s: Sentence, hit: CueHit, objects) -> bool:
    """"a funding round earlier this month led by A and B": investors named together in one round."""
    return any(s.lower(j) == "round" for j in range(hit.first, min(m.last for m in objects)))


def amounts_in(s: Sentence, clause, k: int) -> dict[str, Amount]:
    """The amounts of the clause nearest the cue at token k ("a $9.7 billion contract with X, and a
    $14 billion deal with Y")."""
    return nearest_amounts(s, s.tokens[k].start, s.tokens[clause[0]].start, s.tokens[clause[1] - 1].end)


# Words before a document's name that make it one ("signed an MoU", a headline's "ink MoU").
ONE_DOCUMENT_BEFORE = frozenset("a an ink inks sign signs seal seals".split())


def pair_parties(s, hit, subjects, objects, how, group_end, linker=None):
    """Who is party to which deal: each subject with each object, or everyone together;
    "an agreement between A and B" is A and B's alone."""
    subject_entities = unique(subjects)
    if linker == "between":  # "between A and B, as well as C": the pair the "and" closes
        closing = (i + 1 for i, m in enumerate(objects) if not isinstance(m, Stand) and s.lower(m.first - 1) == "and")
        objects = objects[:next(closing, len(objects))]
    object_entities = unique([m.entity for m in objects])
    # "Kestrel made acquisitions of A and B": each is Kestrel's (but "the acquisition of A and B", "a merger of A and B")
    bought = hit.cue.deal_type == "Acquisition" and s.lower(hit.first) == "acquisitions" and bool(subject_entities)
    if len(object_entities) >= 2 and not (linker == "of" and bought) \
            and (linker in ("between", "of") or (linker == "by" and s.lower(hit.first - 1) == "jointly")):
        return [(object_entities, None)]  # "a joint venture of A, B and C", "a company jointly owned by A and B"
    together, initiative = consortium(s, group_end)
    if together and initiative is not None and len(subject_entities) > 1 and len(object_entities) == 1:
        together = False  # "Samsung, SK sign deals with OpenAI for Stargate": each with OpenAI
    if len(subject_entities) > 1 and len(object_entities) == 1 and hit.cue.deal_type in MONEY_TYPES \
            and (JOINT_MONEY.search(s.text(*s.clause_of(hit.first))) or named_as_backers(s, subject_entities)):
        together = True  # "A, B and C have invested a total of ¥7.3 billion in X": one investment of all
    if (hit.cue.consortium and not (hit.cue.together and linker == "with")) or together:
        if linker == "with" and not subject_entities:  # "formed with A and B" by no one found: theirs only if an initiative's
            return [(object_entities, initiative)] if len(object_entities) >= 2 and initiative_formed(s, hit) else []
        parties = unique(subject_entities + object_entities)
        return [(parties, initiative)] if len(parties) >= 2 else []
    clause_start, clause_end = s.clause_of(hit.first)
    one_document = hit.cue.deal_type in DOCUMENT_TYPES and s.lower(hit.first - 1) in ONE_DOCUMENT_BEFORE \
        and not s.lower(hit.first).endswith("s") \
        and not {"each", "separately"} & set(s.lowered[clause_start:clause_end])
    if one_document and (len(object_entities) >= 2 or len(subject_entities) >= 2 and object_entities):
        return [(unique(subject_entities + object_entities), None)]  # "A and B signed an MoU with C": one document
    respectively = "respectively" in s.lowered[group_end - 1:group_end + 3]
    if respectively and len(object_entities) == len(subject_entities) >= 2:  # "A and B ... with C and D, respectively"
        return [([a, b], None) for a, b in zip(subject_entities, object_entities)]
    if object_entities:
        pairs = [[a, b] for a in subject_entities for b in object_entities if a is not b]
        return [(p, None) for p in pairs]
    if len(subject_entities) >= 2 and how == "explicit" and (hit.cue.alone or in_venture(s, hit)) \
            and not each_their_own(s, hit) and not examples_or_generic(s, hit, subjects) \
            and not partner_described(s, hit):
        return [(subject_entities, None)]  # "A and B signed an agreement"; not "A and B look to sell"
    return []


MONEY_TYPES = frozenset(["Investment", "FinancialCooperation"])
JOINT_MONEY = re.compile(r"\b(?:a (?:combined|total|joint) (?:of\s+)?|jointly\b|together\b|between them\b)", re.IGNORECASE)
BACKER_NOUNS = frozenset("shareholders investors backers lenders founders".split())
EQUITY_BACKERS = frozenset("shareholders investors backers".split())  # not "its lenders": the investor's own


def named_as_backers(s: Sentence, subjects: list[Entity]) -> bool:
    """"Zeta's eight founding shareholders, A, B and C, put ¥7.3 billion into the company": a list set
    off after its backers' noun puts in money together."""
    first = next((m for m in s.mentions if m.entity is not None and any(m.entity is e for e in subjects)), None)
    return first is not None and s.lower(first.first - 1) == "," and s.lower(first.first - 2) in BACKER_NOUNS


def partner_described(s: Sentence, hit: CueHit) -> bool:
    """"Uber and Lyft partner with Chinese tech giant": the partner is described, not named, and
    the two named deal with it each, not with each other."""
    k = hit.last if s.lower(hit.last) == "with" else hit.last - 1 if s.lower(hit.last - 1) == "with" else None
    if k is None or any(is_organization(m) for m in s.mentions if m.first > k):
        return False
    kind = next((j for j in range(k + 1, min(k + 5, len(s.tokens))) if s.lower(j) in COMPANY_HEADS), None)
    return kind is not None and all(s.tokens[j].is_word for j in range(k + 1, kind))  # not "with a focus on chips"


GENERIC_DETERMINERS = frozenset("those these such many several other all most".split())
DEALS_IN_GENERAL = frozenset("deals contracts agreements partnerships pacts alliances ties".split())


def examples_or_generic(s: Sentence, hit: CueHit, subjects) -> bool:
    """"Neoclouds such as A, B and C have raced to lock in contracts with hyperscalers", "companies,
    like A, B and C, have acquired ...", "with A and B among the companies building capacity", "stakes
    in its buyers, from A to B", "A and B sit on the supplier side of those deals": firms
    given as examples, or leading teams of their own ("teams led by A and B will build"), or deals in
    general, not one deal among them."""
    named = [m for m in s.mentions if any(m.entity is e for e in subjects)]
    first = min((m.first for m in named), default=hit.first)
    last = max((m.last for m in named if m.last <= hit.first), default=hit.first)
    examples = (s.lower(first - 2), s.lower(first - 1)) == ("such", "as") or s.lower(first - 1) == "like" \
        or (s.lower(last), s.lower(last + 1)) == ("among", "the") \
        or ranged(s, first, named) or leaders_of_teams(s, first)
    return examples or s.lower(hit.first - 1) in GENERIC_DETERMINERS and s.lower(hit.first) in DEALS_IN_GENERAL


def initiative_formed(s: Sentence, hit: CueHit) -> bool:
    """"Stargate, formed in January with A, B and C, ...": the initiative the sentence opens with was
    formed by those named after "with" (each other's partners)."""
    opening = s.mentions[0] if s.mentions else None
    return opening is not None and opening.first <= 1 and opening.entity is not None \
        and opening.entity.cls == "Initiative" and s.lower(opening.last) == "," and hit.first - opening.last <= 2


TEAMS = frozenset("teams consortiums consortia groups bidders".split())


def leaders_of_teams(s: Sentence, first: int) -> bool:
    """"Five teams led by A, B and C will build": each leads its own team."""
    return (s.lower(first - 2), s.lower(first - 1)) == ("led", "by") and s.lower(first - 3) in TEAMS


def ranged(s: Sentence, first: int, named) -> bool:
    """", from CoreWeave to OpenAI", "From Meta's Offer To LG Deal": firms set off as the ends of a
    range of examples (not "moved from A to B", a transfer)."""
    return s.lower(first - 2) in (",", "") and s.lower(first - 1) == "from" \
        and any(s.lower(m.first - 1) == "to" for m in named)


def builds_where(s: Sentence, k: int) -> bool:
    """Whether token k sits in a ", where ..." clause that says nothing of acting together."""
    start = next((j for j in range(k - 1, max(0, k - 12), -1) if s.lower(j) == "where" and s.lower(j - 1) == ","), None)
    return start is not None and not any(s.lower(j) in ("together", "jointly") for j in range(start, len(s.tokens)))


def each_their_own(s: Sentence, hit: CueHit) -> bool:
    """"A, B and C will each buy 50,000", "A and B each signed letters of intent", "A and B signed
    letters of intent", "rivals A and B, all of which chase contracts", "the A and B deals", "similar (separate) deals": each firm's
    own deal, none among them; so do firms building at a place "where" they are
    ("Yongin, where A and B are building fabs"), unless together."""
    clause = s.clause_of(hit.first)
    if hit.cue.together and (builds_where(s, hit.first) or builds_own(s, hit.last)):
        return True  # "Yongin, where A and B are building fabs", "A and B will build their own models"
    plural_document = hit.cue.deal_type in DOCUMENT_TYPES and s.lower(hit.first) in ("letters", "memoranda", "mous") \
        and not any(is_cue_word(s, j) for j in range(hit.last, clause[1]))  # "... to supply X": typed by that deal
    named_deals = s.lower(hit.first) in DEALS_IN_GENERAL and s.mention_ending(hit.first) is not None  # "A and B deals"
    similar = s.lower(hit.first - 1) in ("similar", "separate")  # "A and B have struck similar arrangements"
    return plural_document or named_deals or similar \
        or any(s.lower(j) == "each" or floating_both(s, j) or floating_all(s, j, hit)
               for j in range(max(clause[0], hit.first - 8), hit.first)) \
        or any(distributive(s, j) for j in range(max(0, clause[0] - 3), hit.first))


def floating_both(s: Sentence, j: int) -> bool:
    """"A and B have both launched GPU clouds", "A and B both plan ...": each on its own (not "both firms")."""
    return s.lower(j) == "both" and (s.mention_ending(j) is not None or s.lower(j - 1) in MODALS)


def floating_all(s: Sentence, j: int, hit: CueHit) -> bool:
    """"A, B and C all signed capacity deals", "are all building campuses": each on its own (not "A, B
    and C all signed the joint venture agreement", one deal of them all)."""
    return s.lower(j) == "all" and (s.mention_ending(j) is not None or s.lower(j - 1) in MODALS) \
        and s.lower(hit.last - 1) not in ONE_DEAL_NOUNS


ONE_DEAL_NOUNS = frozenset("agreement deal contract pact venture partnership consortium memorandum mou letter".split())


def distributive(s: Sentence, j: int) -> bool:
    """"all of which", "both of them": the firms named before act one by one."""
    return s.lower(j) in ("all", "both") and s.lower(j + 1) == "of" and s.lower(j + 2) in ("which", "whom", "them")


JOINERS = re.compile(r"^\W*(?:and\s+)?(?:joined by|alongside|along with|together with|with participation (?:from|of)|"
                     r"as well as)\s", re.IGNORECASE)


PARTICIPATING = frozenset("also participating joining investing taking co-investing lending putting".split())


def participating_at(s: Sentence, j: int) -> bool:
    """"also participating", "taking part" (not "taking most": a share received, each its own)."""
    return s.lower(j) in PARTICIPATING and (s.lower(j) != "taking" or s.lower(j + 1) == "part")


def split_participants(s: Sentence, objects: list) -> tuple[list, list[Entity]]:
    """"invest in OpenAI, with Microsoft and Coatue also participating", "build a data centre,
    with A and B taking part": the names after ", with" act beside the subject, not as its targets."""
    for i, m in enumerate(objects):
        if not isinstance(m, Stand) and s.lower(m.first - 1) == "with" and s.lower(m.first - 2) == "," \
                and participating_at(s, objects[-1].last):
            return objects[:i], [x.entity for x in objects[i:]]
    return objects, []


def joined_by(s: Sentence, ctx: DocContext, k: int) -> list[Entity]:
    """"Zeta led the round in Orbit, joined by Kestrel and Nova", "..., with Kestrel and Nova also
    taking part": more parties on the subject's side."""
    for j in (past_apposition(s, k), next_comma(s, k), next_joiner(s, k)):
        if j is None or j >= len(s.tokens):
            continue
        found = JOINERS.match(s.span.text[s.tokens[j].start - s.span.start:])
        if found is not None:
            items, _ = parse_group(s, s.token_at(s.tokens[j].start + found.end()), len(s.tokens), ctx.table)
            return [m.entity for m in items]
        j += 1 if s.lower(j) == "," else 0
        if s.lower(j) == "with":
            items, end = parse_group(s, j + 1, len(s.tokens), ctx.table)
            if items and participating_at(s, end):
                return [m.entity for m in items]
    return []


# What comes right before "with" when firms team up: "partnered with", "teamed up with", "joined forces with".
TEAMING = frozenset([("partnered",), ("collaborated",), ("allied",), ("teamed", "up"), ("joined", "forces")])


def partnered_to_act(s: Sentence, ctx: DocContext, hit: CueHit) -> list[Entity]:
    """"A partnered with B to invest $2 billion in C", "A teamed up with B to buy C": B acts beside A."""
    if s.lower(hit.first - 1) != "to" or hit.cue.deal_type not in ("Investment", "Acquisition"):
        return []
    at = next((j for j in range(hit.first - 2, max(0, hit.first - 10), -1) if s.lower(j) == "with"), None)
    if at is None or not ((s.lower(at - 1),) in TEAMING or (s.lower(at - 2), s.lower(at - 1)) in TEAMING):
        return []
    items, end = parse_group(s, at + 1, hit.first - 1, ctx.table)
    return [m.entity for m in items] if end == hit.first - 1 else []


def next_joiner(s: Sentence, k: int) -> int | None:
    """"joined X's $6 billion round in December alongside A and B": "alongside" within a few words that
    name no party, past the round's word."""
    j = next_word(s, k, "alongside", stops=(",", ".", ";"))
    return j if j is not None and any(s.lower(i) in ROUND_WORDS for i in range(k, j)) else None


ROUND_WORDS = frozenset("round raise financing funding".split())


def next_comma(s: Sentence, k: int) -> int | None:
    """The next comma within a few words that name no party ("X's $500 million Series C round, joined by")."""
    return next_word(s, k, ",")


def next_word(s: Sentence, k: int, word: str, stops=(".", ";")) -> int | None:
    """Where `word` stands within ten tokens from k, with no stop and no party's name before it."""
    for j in range(k, min(k + 10, len(s.tokens))):
        if s.lower(j) == word:
            return j
        if s.lower(j) in stops or is_organization(s.mention_starting(j)):
            return None
    return None


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


def firm_sold(s: Sentence, hit: CueHit, objects) -> list[Entity]:
    """"sell Zeta to Kestrel", "the sale of its stake in Zeta to Kestrel": the firm sold, named between
    the sale and its buyer."""
    buyer = objects[0]
    if isinstance(buyer, Stand) or s.lower(buyer.first - 1) != "to" or s.lower(hit.first) not in SALE_WORDS:
        return []
    return [m.entity for m in s.mentions if hit.last <= m.first and m.last < buyer.first and is_organization(m)]


SALE_WORDS = frozenset("sale sell sells selling sold".split())


def sellers(s: Sentence, ctx: DocContext, k: int) -> list[Entity]:
    """"buy a 20% stake in X from A, B and C", "buy Boyd, a US maker of cooling systems, from GSAM": the
    sellers, each a party with the buyer."""
    j = k = past_aside(s, k)
    while j < min(k + 6, len(s.tokens)) and s.lower(j) != "from":
        word = s.lower(j)
        if word not in (",", "for", "bn", "mn") and word not in APPROXIMATELY and not quantity_word(word):
            return []  # "for $6.5 billion from its owners, A and B"
        j += 1
    if s.lower(j) != "from":
        return []
    j += 1
    if s.lower(j) in ("its", "their") and s.lower(j + 1) in OWNERS:
        j += 2 + (s.lower(j + 2) == ",")  # "from its owners, A and B"
    items, _ = parse_group(s, j, len(s.tokens), ctx.table)
    return [m.entity for m in items]


OWNERS = frozenset("owner owners parent parents shareholders backers investors".split())


def past_aside(s: Sentence, k: int) -> int:
    """Past an aside about the firm bought (", a US maker of X,") that opens before or at token k: where
    its closing comma stands, else k."""
    opened = any(s.lower(j) == "," and s.lower(j + 1) in ("a", "an", "the") for j in range(max(0, k - 8), k + 1))
    close = next((j for j in range(k, min(k + 16, len(s.tokens))) if s.lower(j) in (",", ".", ";")), None)
    return close if opened and close is not None and s.lower(close) == "," and s.lower(close + 1) == "from" else k


def owner_of(s: Sentence, target) -> list[Entity]:
    """"buy KKR's Kokusai Electric": the owner who sells."""
    if isinstance(target, Stand):  # "the startup" has no owner named before it
        return []
    owner = s.mention_ending(target.first - 1) if s.possessive_at(target.first - 1) else None
    return [owner.entity] if is_organization(owner) else []


def negated(s: Sentence, hit: CueHit) -> bool:
    """"sold its entire stake in X": the end of an investment, not one; "denied it was in
    talks with X": a denial, not a deal."""
    if denied_before(s, s.tokens[hit.first].start):
        return True
    if any(s.lower(j) in ("without", "lacks", "lacking") for j in range(max(0, hit.first - 3), hit.first)):
        return True  # "leaving LG without a formal tie-up with OpenAI"
    if any(negation_at(s, j) for j in range(max(0, hit.first - 3), hit.first)):
        return True  # "will not put money into X", "does not plan to invest in X", "won't join"
    if "any" in s.lowered[max(0, hit.first - 3):hit.first] \
            and any(negation_at(s, j) for j in range(max(0, hit.first - 7), hit.first)):
        return True  # "has not signed any procurement agreement with X"
    if hit.cue.deal_type != "Investment":
        return False
    before = " ".join(s.lower(j) for j in range(max(0, hit.first - 4), hit.first))
    return bool(SELLING.search(before))


# Auxiliaries of a verb ("will not invest"), not "is" or "was" ("This isn't the first partnership").
AUXILIARIES = (MODALS - COPULAS) | frozenset("does do did can could may might should shall".split())


def negation_at(s: Sentence, j: int) -> bool:
    """Whether token j negates the verb after it: "will not", "won't", "never" (not "not only"), or the
    party it names: "is not an investor in", "isn't a party to" (not "isn't the first partnership")."""
    word = s.lower(j)
    if s.lower(j + 1) in ("only", "just", "least"):
        return False
    copula_not = word == "not" and s.lower(j - 1) in COPULAS or word.endswith("n't") and word[:-3] in COPULAS
    return word == "never" or (word.endswith("n't") and word[:-3] in AUXILIARIES | {"wo", "ca"}) \
        or (word == "not" and s.lower(j - 1) in AUXILIARIES) or (copula_not and s.lower(j + 1) in ("a", "an"))


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
    if s.lower(k) in ("on", "for", "in", "about") and s.lower(k + 1) in ("a", "an", "the") and s.lower(k + 2) == "joint":
        return True, None  # "in talks with A and B about a joint bid": one deal of all three
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
    if deal_type == "SupplyAgreement" and linker in ("to", "for", DIRECT, RELATIVE):
        return {"supplier": in_deal(subj), "customer": in_deal(obj)}
    if deal_type == "SupplyAgreement" and linker in ("from", "on", OWNER):
        return {"supplier": in_deal(obj), "customer": in_deal(subj)}
    if deal_type == "Investment" and linker in ("in", "into", "to", RELATIVE):  # "Anthropic, in which Amazon invested"
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


