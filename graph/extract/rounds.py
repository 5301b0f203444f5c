"""Funding rounds told over several sentences: "Anthropic said it had raised $13 billion in a
Series F round. The round was led by ICONIQ and co-led by Fidelity. Qatar Investment Authority
and GIC joined, alongside T. Rowe Price." One round: the firm that raised it and every investor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from graph.extract.lexicon import IN_CLAUSE, POSSESSIVES, WORD_START
from graph.extract.deal import GUESSED_CONFIDENCE, DealFact, outside, unique, whole_sentence_deal
from graph.extract.entities import Entity
from graph.extract.sentence import (ASIDE_PARTICIPLES, CLAUSE_VERBS, DEAL_VERBS, DocContext, Sentence, firms_within,
                                    is_organization, is_person, named_parties, names_other_deal, parse_group, promote)
from graph.extract.subjects import find_subject, inside_relative, past_opening_phrase
from graph.extract.text import sentence_pattern

# The kinds of loan facility: "a $4 billion revolving credit facility", "a construction facility".
FACILITY = r"(?:credit|loan|debt|warehouse|syndicated|term|revolving|construction|bridge) facility"
# "raised $13 billion in a Series F funding round", "closed a $500 million round", "raised 1 billion yuan",
# "is nearing a $3 billion loan from six banks", "is in talks with banks over $10bn of debt", "has arranged a
# loan from banks led by A" (a loan told the same way: its lenders come later)
RAISED = sentence_pattern(WORD_START + r"(?:raised|raises|raising|(?<=talks to )raise|closed|closes|"
                         r"closing(?=\s+(?:a|an|its|their)\s)|secured|secures|completed|landed|"
                         r"(?:receive|receives|received|receiving)(?=" + IN_CLAUSE + r"{0,60}?\b(?:investments?|funding|financing|"
                         r"loans?|capital)\s+from\b)|"  # "is to receive a substantial investment from A and B"
                         r"upsized|upsizes|refinanced|refinances|borrow|borrows|borrowed|borrowing|"
                         r"(?:is|are)\s+(?:nearing|seeking|arranging|putting together|assembling)|"
                         r"(?:is|are|was|were)\s+in\s+(?:talks|discussions)\s+with(?=\s+(?:[\w-]+\s+){0,6}?(?:banks|lenders)\b|"
                         r"[^.;,]{0,60}?\b(?:over|about|on)\s+(?:a|an)\s+(?:[\w$.,-]+\s+){0,3}?(?:loan|credit facility)\b)|"
                         r"obtained|obtains|lined up|lines up|(?:reached|reaches|achieved|achieves) financial close on|"
                         r"launch(?:ed|es|ing)(?=" + IN_CLAUSE + r"{0,60}?\b(?:placement|offering|rights issue)\b)|"
                         r"arranged(?=" + IN_CLAUSE + r"{0,80}?\bfrom\b)|"
                         r"(?:signed|signs|inked|inks|amended|amends|expanded|expands|increased|increases|took out|takes out|"
                         r"taken out)(?=" + IN_CLAUSE + r"{0,50}?\b(?:loan|financing\s+(?:agreement|deal|package)|" + FACILITY
                         + r")\b)|"
                         r"(?:close to|nears?|nearing) (?:completing|closing|raising))\b" + IN_CLAUSE + r"{0,80}?"
                         r"(?:\b(?:round|funding|financing|placement|loans?|(?:credit|loan|debt) facility|investments?(?=\s+from\b)|"
                         r"(?<=in )debt)\b|"
                         r"\d\s*(?:million|billion|trillion|bn|mn|crore)\b(?!" + IN_CLAUSE + r"{0,40}?\b(?:contracts?|acquisitions?|purchases?|deals?|"
                         r"orders?|agreements?|stakes?|sales)\b))", re.IGNORECASE)  # not "secured a $2 billion contract"
# "The round was led by ...", "The Series F was co-led by ...", "The financing, arranged by", "The loan
# includes": a sentence opening with the round that goes on to tell of its firms (not of another deal: "The
# financing leans on a lease X signed").
ABOUT_ROUND = sentence_pattern(r"^\W*(?:the|this)\s+(?:[\w$.,-]+\s+){0,4}?(?:round|raise|financing|series [a-h]|"
                              r"loan(?=\s*,|\s+(?:was|is|will|has|had|led|co-led)\b)|"
                              r"facility(?=\s*,\s*which\s+also\s+drew|\s+also\s+drew))\b"  # "The facility also drew A"
                              r"(?=\s*(?:[,(—–]|(?:was|is|were|are|has|had|have|will|would|also|drew|draws|came|"
                              r"comes|led|co-led|attracted|brings|brought|saw|consists|involves|involved|values|"
                              r"valued|featured|features|counted|counts)\b|includ))",
                              re.IGNORECASE)
DREW_ASIDE = re.compile(r",\s*which\s+also\s+drew\s+([^,;]+(?:,\s+(?=\S)[^,;]+)*?)\s*,\s+(?:is|was|will|has)\b",
                        re.IGNORECASE)
LOAN = re.compile(r"\b(?:loans?|" + FACILITY + r"|credit line|"
                  r"project financ(?:e|ing)|(?<=of )debt|offering of (?:[\w-]+ )?(?:notes|bonds))\b",  # "$3.4 billion of debt"
                  re.IGNORECASE)
LENDING = re.compile(LOAN.pattern + r"|\blend(?:ers?|ing)\b|\b\d+ banks\b|\b(?:group|syndicate|consortium|club) of "
                     r"(?:[\w-]+ ){0,2}?banks\b", re.IGNORECASE)  # "the lender group", "19 banks", "a group of banks"
# "A and B joined as co-arrangers", "E joined the lending group", "with F and G completing the lender group",
# "C and D make up the rest of the syndicate": lenders of the loan told before.
LENDERS_JOIN = sentence_pattern(r"\b(?:joined|join|joins|came in|signed on)\s+as\s+(?:co-|lead\s+|mandated\s+lead\s+)?"
                                r"(?:arrangers?|lenders|bookrunners?)\b(?!\s+(?:to|for|of)\b)|"  # not "lenders to its rival"
                                r"\b(?:joined|join|joins|joining|completing|completes|completed|rounding\s+out|rounds\s+out)"
                                r"\s+the\s+(?:lending\s+group|lender\s+group|bank\s+group|syndicate|group\s+of\s+(?:lenders|banks))\b|"
                                # "A and B are joint co-ordinators of the seven-year facility"
                                r"\b(?:co-?ordinators?|arrangers?)\s+(?:of|on|for)\s+the\s+(?:[\w-]+\s+){0,3}?"
                                r"(?:loan|facility|financing)\b|"
                                r"\b(?:make|makes|made|making)\s+up\s+the\s+rest\s+of\s+the\s+"
                                r"(?:syndicate|lending\s+group|lenders)\b", re.IGNORECASE)
# "Alibaba led the round, which also included Tencent": a sentence about the round told before.
# "Banks A, B and C are providing the loan", "... participated in this round of financing", "The lender was X",
# "A and B are also part of the syndicate".
IN_ROUND = sentence_pattern(WORD_START + r"(?:(?:(?:led|co-led|leading|(?:co-)?lead|anchored|joined|join|participated in|took part in|"
                           r"filled out|rounded out|"
                           r"invested in|arrange|arranges|arranged|arranging|providing|provided|provide|provides)\s+"
                           r"(?:(?:most|much|part|some|all|the rest|[\d.,]+\s+(?:trillion|billion|million)(?:\s+\w+)?) of\s+)?"
                           r"(?:the|this)|"
                           r"(?:investors|backers|participants)\s+in\s+(?:the|this))\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:round|raise|financing|funding|investment|loans?|facility|package|portion|tranche|"
                           r"syndicate|(?<=led the )group|series\s+[a-z]\d?)\b|"
                           # "A and B have agreed to buy shares in the offering": its cornerstone investors
                           r"\b(?:buy|bought|buying|subscribe|subscribed|subscribing)\s+(?:for\s+)?(?:new\s+)?(?:shares|stock)\s+"
                           r"(?:in|of)\s+the\s+(?:offering|ipo|listing|placement|issue|float)\b|"
                           # "Axis Capital arranged the issue" (not "joined the offering as launch partners")
                           r"\b(?:arranged|arranging|underwrote|underwriting)\s+(?:the|this)\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:issue|offering|placement|notes|bonds|debentures)\b|"
                           # "The lenders were A and B", "The lenders are led by A" (not "were reassured by")
                           r"\b(?:the|its)\s+lenders?\s+(?:was|were|is|are|included?)\s+(?=(?-i:[A-Z])|(?:co-)?led\b)|"
                           r"\b(?:make|makes|made)\s+up\s+the\s+(?:rest\s+of\s+the\s+)?(?:syndicate|lenders|lending\s+group)\b|"
                           r"\b(?:lenders|investors|backers)\s+(?:that|which|who)\s+(?:include|included|includes)\b|"
                           r"\b(?:led|co-led|arranged|provided)\s+it\b|"  # "The balance is a facility. A and B led it"
                           # "the financing also drew new money from A and B"
                           r"\b(?:round|raise|financing|funding)\s+(?:also\s+)?(?:drew|attracted)\b|"
                           r"\b(?:are|is|were|was)\s+(?:also\s+)?(?:part|members?)\s+of\s+the\s+(?:lending\s+)?syndicate\b)",
                           re.IGNORECASE)
# "A and B are also among the lenders", "A and B are the other lenders in the facility"
AMONG_THEM = sentence_pattern(r"\b(?:are|is|were|was)\s+(?:also\s+)?(?:(?:among\s+(?:the\s+(?:other\s+)?|other\s+)|"
                             r"the\s+other\s+|the\s+(?=(?:anchor\s+|lead\s+|main\s+)?\w+\s*[,.;]))"  # "are the lead lenders,"
                             r"(?:anchor\s+|lead\s+|main\s+)?(?:lenders|banks|arrangers|investors|backers|"
                             r"participants)\b(?!['’])|"
                             r"(?:in|part\s+of)\s+the\s+(?:lending|lender|bank|banking)\s+(?:group|syndicate)\b)",
                             re.IGNORECASE)  # not "the lenders' counsels"; "are also in the lending group"
# "Participating investors include A, B and C", "Participants included A and B", "Also investing were A and B"
# after a round told before.
OTHERS_INCLUDE = sentence_pattern(r"^\W*(?:the\s+)?(?:(?:other|participating|existing|new|additional|further|returning)\s+"
                                 r"(?:(?:equity|strategic|financial)\s+)?"
                                 r"(?:investors|backers|participants|lenders|shareholders)\s+(?:also\s+)?"
                                 r"(?:include|included|including|are|were)|(?:investors|backers|participants|lenders)\s+"
                                 r"(?:also\s+)?(?:include|included)|(?:also\s+)?(?:investing|participating|lending)\s+"
                                 r"(?:were|was|are|is))\b", re.IGNORECASE)
# "Cash is being supplied by lenders A, B and C", "The rest came from existing backers: A and B": the
# round's firms, named from there on.
BY_BACKERS = sentence_pattern(r"\b(?:by|from)\s+(?:the\s+)?(?:(?:existing|new|other|returning)\s+)?"
                             r"(?:lenders|banks|investors|backers)\s*:?\s+(?=(?-i:[A-Z]))|"
                             r"\b(?:rest|remainder|balance)\s+(?:comes|came|will\s+come)\s+from\s+(?:the\s+)?(?=(?-i:[A-Z]))|"
                             # "Of the total, Rs 2,000 crore came from debentures placed with A, B and C"
                             r"^\W*of\s+(?:the|that|this)\s+(?:total|sum|amount)\s*,[^.;]{0,60}?\b(?:comes|came|will\s+come)\s+from"
                             r"\b(?!\s+sales\b)",
                             re.IGNORECASE)  # "The rest comes from the Export-Import Bank of Korea, Shinhan Bank ..."
# "Qatar Investment Authority and GIC joined, alongside ...", "Returning investors A and B took part", "A and
# B have also committed, as has C"
JOINED_ROUND = re.compile(r"\b(?:joined|took part|(?<!not )(?<!to )(?:take|takes|taking) part|participated|"
                          r"(?<!not )participating|came in|co-led|(?:also )?invested|"
                          r"subscribed to (?:new |the )?(?:shares|stock|issue|placement)|"
                          r"(?<!remained )(?<!remains )(?<!stayed )(?<!is )(?<!are )(?<!was )(?<!were )(?:also )?committed|"
                          r"(?:also |all )?(?:put|chipped) in more|"
                          r"(?:came in|(?:also )?signed on) as (?:a |an )?(?:new |anchor |lead |strategic )?"
                          r"(?:shareholders?|investors?|backers?)|"
                          r"(?:also |all |each |both )?(?:put|chipped) (?:in (?:(?:more|new|fresh|additional) )?(?:money|capital|cash|funds|equity)|"
                          r"(?:(?:more|new|fresh|additional) )?(?:money|capital|cash|funds|equity) in)|"
                          r"made (?:[\w-]+ ){0,2}?(?:investments?|commitments?))\b(?=\s*(?:[,.;]|$|alongside\b|"
                          r"along with\b|as well\b|too\b|in the (?:round|raise|financing)\b))", re.IGNORECASE)
# "Nvidia (NASDAQ: NVDA) has committed up to $2 billion.": a sentence of one investor and its sum, told
# beside a round (not "Amazon has committed $8 billion to X, while Google has invested $3 billion").
COMMITTED_ALONE = sentence_pattern(r"^[^,;]{0,80}?\bcommitted\s+(?:(?:up to|about|roughly|around|"
                                   r"more than|nearly|almost)\s+)?[$€£¥]\s?\d[\d,]*(?:\.\d+)?"
                                   r"(?:\s*(?:million|billion|bn|mn|m)\b)?\W*$", re.IGNORECASE)

# "$12.5 billion would be debt", "the debt portion": the debt beside a round's equity, a loan of its own
DEBT_TOLD = sentence_pattern(r"\b(?:would|will)\s+be\s+debt\b|\b(?:the|its)\s+debt\s+(?:portion|tranche|part|piece)\b|"
                            r"^\W*the\s+debt\b", re.IGNORECASE)

# "Nvidia, an early backer, did not join this round", "A sat out the raise": no investor in it.
SAT_OUT = re.compile(r"\b(?:(?:did|does|do|will|would)\s+not|didn['’]t|doesn['’]t|won['’]t|declined\s+to|chose\s+not\s+to|"
                     r"opted\s+not\s+to|no\s+plans?\s+to)\s+(?:\w+\s+)?(?:join|take\s+part|participate|invest)\b|\bsat\s+out\b|"
                     r"\b(?:was|were|is|are)\s+not\s+(?:involved|taking\s+part|participating)\b", re.IGNORECASE)

# "Existing investors A and B returned", "Existing backers filled out the round: A and B all came back"
# (not "Dana Park, who left for Orbit in 2023, returned": investors say who comes back).
RETURNED = re.compile(r"\b(?:investors|backers|shareholders)\b[^.;]*?\b(?:came back|returned|re-upped|followed on)"
                      r"(?=\s*(?:[,.;]|$))", re.IGNORECASE)

# ", the Rockville, Md., company said.": who tells the round, after its firms.
ATTRIBUTION_TAIL = re.compile(r",\s+(?:the|its|a|an)\s(?:(?!\band\b)[^;])*?\b(?:said|says|added|told(?:\s+(?-i:[A-Z])\S*)?)\b"
                              r"(?:\s+(?:on|in)\s+[\w ]{1,20}?)?(?:,\s+(?:without|declining|citing|adding)\b[^;]*)?\W*$|"
                              # ", according to a statement carried by the Saudi Press Agency": its source
                              r",\s+according\s+to\b[^,;]*$",
                              re.IGNORECASE)  # no "and": not from inside a list of firms; nothing named after it

# "The financing follows Microsoft's investment in G42", "The loan lands a day before X approves a
# share swap", "The financing comes as X seeks approval from Y": the firms of another deal, told beside it.
EARLIER_DEAL = re.compile(r"\b(?:follows|followed|comes after|came after|comes as|came as|builds on|built on|ahead of|"
                          r"(?:days?|weeks?|months?) (?:before|after))\b", re.IGNORECASE)

# "TD Securities was the administrative agent and joint bookrunner", "A and B acted as mandated lead
# arrangers", "A and B were global coordinators": the banks that arrange a loan lend in it.
ARRANGED_ROUND = re.compile(r"\b(?:lead\s+arrangers?|co-arrangers?|(?:joint\s+)?bookrunners?|(?:administrative|facility)\s+agents?|"
                            r"structuring\s+banks?|underwriters?|(?:global|sustainability)\s+coordinators?|"
                            r"lead\s+managers?)\b", re.IGNORECASE)


@dataclass
class FundingRound:
    raiser: Entity | None  # None: a loan whose lenders came first, its borrower told later
    deal: DealFact | None = None
    kind: str = "Investment"  # or "FinancialCooperation", a loan
    lenders: list[Entity] = field(default_factory=list)  # a borrowerless loan's lenders so far
    told_at: int = -1  # the sentence that last told of it (opened it or named more of its firms)


# "The loan goes to the joint venture of A and B", "The borrower is A": who takes the loan told before.
BORROWER_TOLD = sentence_pattern(r"^\W*the\s+(?:[\w-]+\s+){0,2}?(?:loans?|financing|facility|debt|credit)\s+"
                                 r"(?:goes|will\s+go|went|is\s+going)\s+to\s|"
                                 r"^\W*the\s+borrowers?\s+(?:is|are|was|were|will\s+be)\s", re.IGNORECASE)


# "syndicating the rest to co-investors including A and B": investors beside the round's leader.
CO_INVESTORS = sentence_pattern(r"\bco-investors?\s+(?:including|such as|like)\s", re.IGNORECASE)


def read_round(s: Sentence, ctx: DocContext, deals: list[DealFact]) -> list[DealFact]:
    """The sentence's deals, with the round it tells of: a round raised here becomes the one
    later sentences add investors to; a sentence about the round told before adds its firms."""
    before = ctx.funding_round
    firms_before = len(before.deal.parties) if before is not None and before.deal is not None else 0
    deals = round_deals(s, ctx, deals)
    current = ctx.funding_round
    named_more = current is not None and current.deal is not None and len(current.deal.parties) != firms_before
    if current is not None and (current is not before or named_more):
        current.told_at = s.index
    return deals


def round_deals(s: Sentence, ctx: DocContext, deals: list[DealFact]) -> list[DealFact]:
    deals = with_co_investors(s, ctx, deals)
    if ctx.funding_round is not None and ctx.funding_round.raiser is None:
        told = loan_told_before_its_borrower(s, ctx, deals, ctx.funding_round)
        if told is not None:
            return told
        ctx.funding_round = None  # the sentence after tells of something else: the loan's borrower stays unknown
    raiser, kind, raise_at = round_raiser(s, ctx)
    lent = lenders_group_loan(s, ctx, raise_at) if kind == "FinancialCooperation" else None
    if lent is not None:  # "A group of banks led by A and B has closed a $38bn loan for X"
        return outside(deals, lent.parties) + [lent]
    if raiser is not None and leaders_told_with_raise(s):
        return deals_with_round_told(s, ctx, deals, raiser, kind)
    if raiser is not None:
        return round_raised(s, ctx, deals, raiser, kind, raise_at)
    about = s.match(ABOUT_ROUND)
    valued = valued_firm(s) if ctx.funding_round is None and about else None
    if valued is not None:  # "The $13 billion raise, led by A, values Nova AI at $183 billion"
        return deals_with_round_valued(s, ctx, deals, valued)
    leaders = s.search(LEAD_A_ROUND)
    if leaders is not None and ctx.funding_round is None:
        return deals_with_round_led(s, ctx, deals, leaders)
    led = s.search(ROUND_LED_BY)
    if led is not None and not about and not any(d.deal_type == "Investment" for d in deals):
        return deals + unnamed_raisers_round(s, ctx, led, deals)
    owner = round_owner(s, deals)
    told = deal_of(deals, "Investment", owner)
    raiser, joined = named_round_joined(s, deals) if told is None else (None, [])
    if len(joined) >= 3:  # the raiser and two or more investors: "A and B joined a $50 million round for Orbit Labs"
        return with_round_opened(s, ctx, deals, raiser, joined, "Investment")
    if told is not None:  # "Zeta committed $1.3 billion to Nova's $1.7 billion Series C": the round later ones join
        ctx.funding_round = FundingRound(owner, told, "Investment")
        if led is not None:  # "it joined Nova's Series F round, which was led by A and co-led by B": its leaders too
            leaders = round_backers(s, ctx, s.token_at(s.span.start + led.end()))
            told.parties[:] = unique(told.parties + [e for e in leaders if e is not owner])
        return deals
    if ctx.funding_round is None and about:  # "QIA joins Anthropic's round. The round was led by A": that one
        ctx.funding_round = round_told_before(ctx)
    among = s.search(AMONG_THEM)
    lenders_join = s.search(LENDERS_JOIN) or (among if among and LENDING.search(among.group()) else None)
    if ctx.funding_round is None and lenders_join and ctx.last_loan is not None:  # "KDB is lead arranger of the
        # loan to X. A and B joined as co-arrangers", "C and D are also among the lenders": the loan told before
        ctx.funding_round = FundingRound(ctx.last_loan.parties[-1], ctx.last_loan, "FinancialCooperation")
    current, in_round, by_backers = ctx.funding_round, s.search(IN_ROUND), s.search(BY_BACKERS)
    earlier = s.search(EARLIER_DEAL)
    if current is None or not (about or in_round or by_backers or s.match(OTHERS_INCLUDE)
                               or among or s.search(JOINED_ROUND) or s.search(COMMITTED_ALONE)
                               or s.search(RETURNED) or lenders_join
                               or s.search(ARRANGED_ROUND)) or earlier:
        if current is not None and current.deal is None:  # "The facility was arranged by A and B": the round's deal
            current.deal = deal_of(deals, current.kind, current.raiser)
        return with_raiser_of_round(s, ctx, deals) if current is not None and not earlier else deals
    told_by = s.search(ATTRIBUTION_TAIL)
    # "A and B also put money in, the Md. company said"
    end = s.token_at(s.span.start + told_by.start()) if told_by else None
    start = s.token_at(s.span.start + by_backers.end()) if by_backers and not in_round else 0
    drew = DREW_ASIDE.search(s.span.text)
    if drew is not None:  # "The facility, which also drew A and B, is secured against a contract with C": A and B
        start, end = (s.token_at(s.span.start + i) for i in drew.span(1))
    left_out = stayed_out(s, ctx) + compared_firms(s, ctx) + bought_by_raiser(deals, current.raiser)
    investors = [e for e in round_firms(s, ctx, start, end)
                 if e is not current.raiser and all(e is not x for x in left_out)]
    if not investors:
        return deals
    parties = [current.raiser, *investors]
    loan = ctx.last_loan
    round_parties = current.deal.parties if current.deal is not None else [current.raiser]
    if current.kind == "Investment" and loan is not None and among is not None and LENDING.search(among.group()) \
            and any(p is q for p in loan.parties for q in round_parties):  # a loan to fund a stake in the round
        loan.parties[:] = unique(loan.parties + investors)  # "A and B are the other lenders": of the loan told before
        return outside(deals, loan.parties)
    if current.kind == "Investment" and (in_round is not None and LENDING.search(in_round.group())
                                         or DEBT_TOLD.search(s.span.text)):
        # "A and B are in talks to provide the loans", "$12.5 billion would be debt, from A": the debt beside the equity
        return outside(deals, parties) + [whole_sentence_deal(s, "FinancialCooperation", parties)]
    if current.deal is None:
        current.deal = whole_sentence_deal(s, current.kind, parties)
        added = [current.deal]
    else:
        current.deal.parties[:] = unique(current.deal.parties + investors)
        added = []
    # "Lenders include A and B": the round's, no deal of theirs with a firm the sentence never names
    others = {id(m.entity) for m in s.mentions if is_organization(m)} - {id(p) for p in current.deal.parties}
    return [d for d in outside(deals, current.deal.parties) if any(id(p) in others for p in d.parties)] + added


def with_raiser_of_round(s: Sentence, ctx: DocContext, deals: list[DealFact]) -> list[DealFact]:
    """"X has secured $6 billion in debt and equity. A and B are providing a $5 billion loan, while C will
    subscribe for $1 billion of shares": money that names no receiver goes to the raiser of the round the
    sentence just before told of, or named first."""
    raiser = ctx.funding_round.raiser
    if raiser is None or s.lower(0) in OTHER_NEWS or (ctx.funding_round.told_at != s.index - 1
                                                      and ctx.previous_subject(s) is not raiser):
        return deals
    for deal in deals:
        if deal.objectless and deal.deal_type in FUNDING_KINDS and all(p is not raiser for p in deal.parties):
            deal.parties.insert(0, raiser)
    return deals


FUNDING_KINDS = frozenset(["FinancialCooperation", "Investment"])
OTHER_NEWS = frozenset("separately elsewhere meanwhile".split())  # "Separately, A and B are providing a loan ..."


def bought_by_raiser(deals: list[DealFact], raiser: Entity | None) -> list[Entity]:
    """"The round values X at $1.9 billion, up from $1.3 billion when it merged with Y": Y is the raiser's
    purchase, no investor in its round."""
    return [p for d in deals if d.deal_type == "Acquisition" and d.parties[0] is raiser for p in d.parties[1:]]


def stayed_out(s: Sentence, ctx: DocContext) -> list[Entity]:
    """The firms a sentence says stayed out of the round: its clause's subject before "did not join" ("A joined;
    B declined to invest"), not a firm a relative clause says declined something else ("X, which had
    declined to invest in Y, joined")."""
    found = s.search(SAT_OUT)
    if found is None:
        return []
    k = s.token_at(s.span.start + found.start())
    if any(s.lower(j) in ("which", "who", "that") for j in range(max(0, k - 3), k)):
        return []
    clause_start = s.clause_of(k)[0]
    # a name never seen counts too: it would become an investor below ("Lumen Life ... had no plans to join")
    subject = next((m for m in s.mentions
                    if clause_start <= m.first < k and (is_organization(m) or m.kind == "unknown")), None)
    if subject is not None and subject.entity is None:
        promote(subject, ctx.table, "Company", "named as staying out of a round")
    return [subject.entity] if subject is not None else []


def deal_of(deals: list[DealFact], kind: str, firm: Entity | None) -> DealFact | None:
    """The sentence's first deal of the kind that the firm is a party to."""
    return next((d for d in deals if d.deal_type == kind and any(p is firm for p in d.parties)), None)


VALUES_AT = re.compile(r"\b(?:values|valued|valuing)\s", re.IGNORECASE)


def valued_firm(s: Sentence) -> Entity | None:
    """The firm a sentence about a round values: "values Nova AI at $183 billion"."""
    found = s.search(VALUES_AT)
    if found is None:
        return None
    m = s.mention_starting(s.token_at(s.span.start + found.end()))
    return m.entity if is_organization(m) and s.lower(m.last) == "at" else None


def deals_with_round_valued(s: Sentence, ctx: DocContext, deals: list[DealFact], raiser: Entity) -> list[DealFact]:
    """The round of the firm it values, with the firms the sentence names; the round later ones join."""
    investors = [e for e in round_firms(s, ctx) if e is not raiser]
    if not investors:
        ctx.funding_round = FundingRound(raiser)
        return deals
    return with_round_opened(s, ctx, deals, raiser, [raiser, *investors], "Investment")


# "A and B are leading the $102 million Series C round for the company": the leaders open the round.
LEAD_A_ROUND = sentence_pattern(r"\b(?:(?<!\bto )(?:co-)?lead|(?:co-)?leading|(?:co-)?led|(?:co-)?leads)\s+(?:the|a|an|its|that|this)\s+" + IN_CLAUSE
                               + r"{0,60}?\b(?:round|raise|financing|(?:equity|debt) (?:portion|tranche)|loan|facility|"
                               r"series [a-h]\b(?!-)|offering of (?:[\w-]+ )?(?:notes|bonds))\b",
                               re.IGNORECASE)
FOR_RAISER = frozenset(["for", "in", "of", "into", "to"])


def deals_with_round_led(s: Sentence, ctx: DocContext, deals: list[DealFact], leaders: re.Match) -> list[DealFact]:
    """One round of the firm it is for (named after "for", the firm it values, the deals' common party, or the
    article's firm) with every leader named before the verb; it is the round later sentences add to."""
    verb = s.token_at(s.span.start + leaders.start())
    after = s.token_at(s.span.start + leaders.end())
    investors = (firms_within(s, ctx.table, 0, first_verb(s, verb)) or described_leader(s, ctx, verb)) \
        + backers_alongside(s, leaders)
    raiser = round_named_after(s, after) or valued_firm(s) or invested_firm(deals) or common_party(deals, investors) \
        or speaking_firm(s, ctx) or ctx.main_actor()
    investors = [e for e in investors if e is not raiser]
    kind = "FinancialCooperation" if LOAN.search(leaders.group()) else "Investment"
    if raiser is not None and not investors:  # "The chip leader led a round for X", "Banks are leading a loan to X"
        ctx.funding_round = FundingRound(raiser, deal_of(deals, kind, raiser), kind)
    if raiser is None or not investors:
        return deals
    return with_round_opened(s, ctx, deals, raiser, [raiser, *investors], kind)


def speaking_firm(s: Sentence, ctx: DocContext) -> Entity | None:
    """"A and B will lead the offering, the company added": the firm the sentence before told of."""
    return ctx.previous_subject(s) if s.search(ATTRIBUTION_TAIL) else None


def described_leader(s: Sentence, ctx: DocContext, verb: int) -> list[Entity]:
    """"The Dutch toolmaker will lead a round that values X": the firm a description opening the sentence stands for."""
    if s.lower(0) != "the":
        return []
    leaders, how, _ = find_subject(s, ctx, verb, s.clause_of(verb), frozenset())
    return leaders if how != "person" else []


def first_verb(s: Sentence, verb: int) -> int:
    """Where the leaders' names end: at the first verb after the first of them ("SoftBank bought Graphcore
    and is leading a round in OpenAI": SoftBank leads; "Sources said A and B are leading": both), or at the
    leading verb itself."""
    first = next((m.first for m in s.mentions if m.first < verb and is_organization(m)), verb)
    return next((j for j in range(first, verb) if s.lower(j) in CLAUSE_VERBS or s.lower(j) in DEAL_VERBS), verb)


# "A led that round with €1.3 billion, taking a stake of 11%, alongside B, C and D": investors beside its leader
ALONGSIDE = re.compile(IN_CLAUSE + r"*?\b(?:alongside|along with|together with|with participation from)\s",
                       re.IGNORECASE)


def backers_alongside(s: Sentence, leaders: re.Match) -> list[Entity]:
    found = ALONGSIDE.match(s.span.text, leaders.end())
    return named_parties(s, s.token_at(s.span.start + found.end())) if found is not None else []


def with_round_opened(s: Sentence, ctx: DocContext, deals: list[DealFact], raiser: Entity, parties: list[Entity],
                      kind: str) -> list[DealFact]:
    """The sentence's deals with one round of all the parties in place of those among them; it is
    the round later sentences add to; a deal of the sentence that already holds them all is that round ("A, B
    and C have closed a loan led by D": the borrowers are all of the cue's subjects)."""
    holding = next((d for d in deals if d.deal_type == kind and all(any(p is q for q in d.parties) for p in parties)),
                   None)
    round_deal = holding or whole_sentence_deal(s, kind, parties)
    ctx.funding_round = FundingRound(raiser, round_deal, kind)
    return [d for d in outside(deals, parties) if d is not holding] + [round_deal]  # told last, the deal later ones join


def round_named_after(s: Sentence, k: int) -> Entity | None:
    """"the round for Orbit Labs", "a round in Orbit Labs", "a round for US AI developer Orbit Labs"."""
    if s.lower(k) not in FOR_RAISER:
        return None
    for j in range(k + 1, min(k + 7, len(s.tokens))):
        m = s.at[j]
        if is_organization(m) or is_person(m):
            return m.entity if is_organization(m) else None
        if m is None and not s.tokens[j].is_word or s.lower(j) in NO_DESCRIPTION:
            return None
    return None


# Words that end a description of the firm a round is for ("for its expansion with Zeta" names no raiser; "for
# the chatbot maker alongside Zeta" names a raiser other than Zeta).
NO_DESCRIPTION = frozenset("with by from and or to of in at on its their his her this that which who alongside "
                           "among including as after before into over through".split())


def named_round(s: Sentence, start: int = 0, end: int | None = None) -> Entity | None:
    """The firm the first "round for X" from token start (to end) names: "is among the investors in a $13bn
    funding round for US developer Anthropic, which ... it had closed" tells Anthropic's raise, whoever the subject."""
    end = len(s.tokens) - 1 if end is None else min(end, len(s.tokens) - 1)
    return next((found for k in range(start, end) if s.lower(k) in ("round", "raise", "financing")
                 and (found := round_named_after(s, k + 1)) is not None), None)


def named_round_joined(s: Sentence, deals: list[DealFact]) -> tuple[Entity | None, list[Entity]]:
    """The firm the sentence's "round for X" names, and it with every party of its investments here."""
    raiser = named_round(s)
    joined = [p for d in deals if d.deal_type == "Investment" and any(q is raiser for q in d.parties) for p in d.parties]
    return raiser, unique([raiser] + joined) if raiser is not None else []


OWNED_ROUND = re.compile(r"(?:[\w$€£¥.,-]+\s+){0,4}?(?:round|series [a-h]|raise|funding)\b", re.IGNORECASE)


# "putting $1.3 billion into a $1.7 billion funding round": the round of the firm invested in
INTO_A_ROUND = sentence_pattern(r"\b(?:into|to|in|as part of)\s+(?:a|an)\s+" + OWNED_ROUND.pattern, re.IGNORECASE)


def round_owner(s: Sentence, deals: list[DealFact]) -> Entity | None:
    """The firm whose round the sentence names with a possessive: "Nova AI's $1.7 billion Series C",
    or "the French developer's Series C" or "into a $1.7 billion round" when one investment of two
    firms says who raised it."""
    for k, token in enumerate(s.tokens[:-1]):
        if token.text not in POSSESSIVES or not OWNED_ROUND.match(s.span.text, s.tokens[k + 1].start - s.span.start):
            continue
        m = s.mention_ending(k)
        owner = m.entity if is_organization(m) else invested_firm(deals)
        if owner is not None:
            return owner
    return invested_firm(deals) if s.search(INTO_A_ROUND) else None


def invested_firm(deals: list[DealFact]) -> Entity | None:
    """The firm invested in, when the sentence tells one investment of two firms: by the deal's roles
    where the wording made them clear ("raised $50m from Zeta"), else the one not its subject."""
    invested = [d for d in deals if d.deal_type == "Investment" and len(d.parties) == 2]
    if len(invested) != 1:
        return None
    investees = invested[0].roles.get("investee", [])
    if len(investees) == 1:
        return investees[0]
    investor = invested[0].subject or invested[0].parties[0]  # parties are subjects, then objects
    return next((p for p in invested[0].parties if p is not investor), None)


def common_party(deals: list[DealFact], investors: list[Entity]) -> Entity | None:
    """The one party every investment of the sentence shares, that is not a leader."""
    shared = None
    for d in (d for d in deals if d.deal_type == "Investment"):
        ids = {id(p) for p in d.parties if all(p is not e for e in investors)}
        shared = ids if shared is None else shared & ids
    if not shared or len(shared) != 1:
        return None
    return next(p for d in deals for p in d.parties if id(p) in shared)


def leaders_told_with_raise(s: Sentence) -> bool:
    """Whether the sentence's first raise and a "led by" stand in one clause ("Groq raised $750
    million, while Cerebras closed a round led by A" tells Cerebras's leaders, not Groq's)."""
    raised, led = s.search(RAISED), s.search(ROUND_LED_BY)
    return led is not None and s.clause_of(s.token_at(s.span.start + raised.start())) == \
        s.clause_of(s.token_at(s.span.start + led.end() - 1))


def deals_with_round_told(s: Sentence, ctx: DocContext, deals: list[DealFact], raiser: Entity,
                          kind: str) -> list[DealFact]:
    """"Orbit closed a $1.1 billion Series B led by A, the Norwegian investor, with B and C among the
    other backers", "Zeta was also an investor in the Series D that Orbit closed, a round led by A,
    with participation from B": one round of the raiser, its leaders and those joining them."""
    led = s.search(ROUND_LED_BY)
    named = [raiser] + round_backers(s, ctx, s.token_at(s.span.start + led.end()))
    earlier = EARLIER_INVESTOR.search(s.span.text, 0, led.start())
    if earlier is not None:  # "Zeta was also an investor in the round that Orbit closed"
        named += named_parties(s, 0, s.token_at(s.span.start + earlier.start()))
    named = unique(named)
    if len(named) < 2:
        return deals
    return with_round_opened(s, ctx, deals, raiser, named, kind)


EARLIER_INVESTOR = re.compile(r"\b(?:was|is|were|are)\s+(?:also\s+)?(?:an?\s+)?(?:investors?|backers?)\s+in\b", re.IGNORECASE)
JOINING = frozenset(["with", "alongside", "and"])


def round_backers(s: Sentence, ctx: DocContext, k: int) -> list[Entity]:
    """The firms listed from "led by" on, and those listed "with" them, "with participation from"
    them or "co-led by" after them ("led by A, the Norwegian investor, with B and C among the other
    backers")."""
    backers = []
    while k < len(s.tokens):
        found, after = parse_group(s, k, len(s.tokens), ctx.table)
        if not found:
            break
        backers += [m.entity for m in found]
        after = past_apposition(s, after)
        if s.lower(after) in ("from", "by") and s.lower(after - 1) in ("participation", "led", "co-led"):
            k = after + 1  # the list took ", with participation" or "and co-led" as its own joiner
            continue
        if s.lower(after) == ",":
            after += 1
        if s.lower(after) not in JOINING:
            break
        k = after + 1
        if s.lower(k) == "participation" and s.lower(k + 1) in ("from", "by"):
            k += 2
    return backers


def past_apposition(s: Sentence, k: int) -> int:
    """After ", the Norwegian industrial investor," following a name, else k."""
    if s.lower(k) == "," and s.lower(k + 1) in ("the", "a", "an"):
        close = next((j for j in range(k + 2, min(k + 10, len(s.tokens))) if s.lower(j) == ","), None)
        if close is not None and all(s.at[j] is None for j in range(k + 2, close)):
            return close
    return k


def with_co_investors(s: Sentence, ctx: DocContext, deals: list[DealFact]) -> list[DealFact]:
    """"SoftBank led OpenAI's round, syndicating the rest to co-investors including A and B": the
    co-investors join the round its leader made (in this sentence or the one told before), no deal
    of their own with the leader."""
    found = s.search(CO_INVESTORS)
    rounds = [d for d in deals if d.deal_type == "Investment"]
    round_told = ctx.funding_round.deal if ctx.funding_round is not None else None
    told = next((d for d in (round_told, ctx.last_deal) if d is not None and d.deal_type == "Investment"), None)
    if found is None or not (rounds or told):
        return deals
    start = s.token_at(s.span.start + found.end())
    joined = rounds[0] if rounds else told
    joined.parties[:] = unique(joined.parties + named_parties(s, start))
    kept = {id(d) for d in outside(deals, joined.parties)}
    return [d for d in deals if d is joined or id(d) in kept]


# "a Series B round last year led by A and joined by B", "the fresh issue would be subscribed by A, B
# and C": a round whose raiser the sentence does not name.
ROUND_LED_BY = sentence_pattern(WORD_START + r"(?:round|(?:its|the|this|their|first|latest|previous|last)\s+raise|series [a-h]|"
                               r"placement|loans?|(?:credit|loan|debt) facility|(?:share|rights|fresh|capital) issue|"
                               r"lend(?:er|ing) group|\d+ banks|(?:group|syndicate|consortium|club) of (?:[\w-]+ ){0,2}?"
                               r"(?:banks|lenders)|(?<!private )equity|"
                               r"capital increase|offering)\b" + IN_CLAUSE
                               + r"{0,50}?(?:,[^,.;]{1,60}," + IN_CLAUSE + r"{0,12}?)?"  # an aside set off by commas
                               r"\b(?:(?:led|co-led|subscribed)\s+by|came\s+from)\s",
                               re.IGNORECASE)
# "the loan, which was led by A, B and C", "Its first raise came from A", "a $1.1bn Series B round last
# month, the largest ever for a European start-up, led by A" (but not "... lost a contract to a consortium led by")


def round_told_before(ctx: DocContext) -> FundingRound | None:
    """The round the deal told last is, when it is one firm's investment in another."""
    invested = invested_firm([ctx.last_deal]) if ctx.last_deal is not None else None
    return FundingRound(invested, ctx.last_deal) if invested is not None else None


def lenders_group_loan(s: Sentence, ctx: DocContext, raise_at: re.Match) -> DealFact | None:
    """"A group of banks led by A and B has closed a $38bn loan package for X": the lenders lead
    the sentence, the borrower follows "for" or "to"; one loan of them all, later lenders join."""
    led = s.search(ROUND_LED_BY)
    if led is None or led.end() > raise_at.start() or not LENDING.search(led.group()):
        return None
    verb = s.token_at(s.span.start + raise_at.start())
    lenders = round_firms(s, ctx, s.token_at(s.span.start + led.end()), verb)
    linker = next((j for j in range(verb, min(verb + 12, len(s.tokens))) if s.lower(j) in ("for", "to")), None)
    if linker is None:
        return None
    # the borrower may follow a word or two: "for two Vantage Data Centers campuses"
    borrower = next((m for m in s.mentions if linker < m.first <= linker + 3), None)
    if not lenders or not is_organization(borrower) or any(borrower.entity is e for e in lenders):
        return None
    deal = whole_sentence_deal(s, "FinancialCooperation", [borrower.entity, *lenders])
    ctx.funding_round = FundingRound(borrower.entity, deal, "FinancialCooperation")
    return deal


def unnamed_raisers_round(s: Sentence, ctx: DocContext, led: re.Match, deals: list[DealFact]) -> list[DealFact]:
    """The round of the firm the article is about (or that raised the round told before), with
    every investor named from "led by" on; a loan's or a round's as what is led ("The loan follows a Series C
    round, led by A": a round)."""
    earlier = EARLIER_DEAL.search(led.group())
    loan = LENDING.search(led.group(), earlier.end() if earlier else 0) is not None
    raiser = ctx.funding_round.raiser if ctx.funding_round is not None else (
        borrower_named(s, ctx, led) if loan else announcing_firm(s, led) or ctx.main_actor())
    start = s.token_at(s.span.start + led.end())
    loan_after = LOAN_BESIDE.search(s.span.text, led.end())
    end = s.token_at(s.span.start + loan_after.start()) if loan_after and not loan else None
    investors = [e for e in round_firms(s, ctx, start, end) if e is not raiser]
    if raiser is None and loan and investors and ctx.funding_round is None:
        verb = next((j for j in range(start, len(s.tokens)) if s.lower(j) in CLAUSE_VERBS or s.lower(j) in DEAL_VERBS),
                    len(s.tokens))
        leaders = round_firms(s, ctx, start, verb)
        lent = next((d for d in deals if d.deal_type == "FinancialCooperation"
                     and all(any(p is e for p in d.parties) for e in leaders)), None) if leaders else None
        borrower = next((p for p in lent.parties if all(p is not e for e in leaders)), None) if lent else None
        # "A group of banks led by A agreed to provide $7 billion for the campus": its borrower comes later;
        # "... to provide $38 billion of loans to X": the loan to X, the one later lenders join
        ctx.funding_round = FundingRound(borrower, lent if borrower else None, "FinancialCooperation", lenders=investors)
        return []
    if raiser is None or not investors:
        return []
    kind = "FinancialCooperation" if loan else "Investment"
    deal = whole_sentence_deal(s, kind, [raiser, *investors])
    current = ctx.funding_round
    if current is None:  # "... a Series B round led by A. B and C also took part": the round later ones join
        ctx.funding_round = FundingRound(raiser, deal, kind)
    elif current.raiser is raiser and current.deal is None and current.kind == kind:
        current.deal = deal  # "X has lined up $20 billion. The equity portion is led by A": the round later ones join
    return [deal]


# "..., as well as a €250 million debt facility provided by A and B": a loan told beside the round, its own lenders.
LOAN_BESIDE = re.compile(r",?\s+(?:as\s+well\s+as|and|plus)\s+(?:a|an)\s+[^.;]{0,40}?\b(?:loan|(?:credit|debt|loan)\s+facility|"
                         r"debt\s+financing|notes|bonds)\b", re.IGNORECASE)


# "... also announced today the close of": right after the firm that opens the sentence.
ANNOUNCED = re.compile(r"\s*(?:(?:also|has|have|had|today|on\s+\w+)\s+)*(?:announced|announces|said|says|completed|completes)\b"
                       r"(?:\s+(?:on\s+\w+|today))?\s+(?:it\s+had\s+|it\s+has\s+)?(?:the\s+)?(?:close|closing|completion)\s+of\b",
                       re.IGNORECASE)


def announcing_firm(s: Sentence, led: re.Match) -> Entity | None:
    """"Lumora also announced the close of a $600 million Series D led by A": the firm that opens the sentence."""
    opening = s.mention_starting(past_opening_phrase(s))
    if not is_organization(opening) or s.possessive_at(opening.last) or opening.last >= s.token_at(s.span.start + led.start()):
        return None
    return opening.entity if ANNOUNCED.match(s.span.text, s.tokens[opening.last].start - s.span.start) else None


def loan_told_before_its_borrower(s: Sentence, ctx: DocContext, deals: list[DealFact],
                                  current: FundingRound) -> list[DealFact] | None:
    """The sentences right after a loan told by its lenders alone: more lenders ("A and B joined the
    facility"), then its borrowers ("The loan goes to the joint venture of C and D"), which make it a
    deal; None for a sentence that tells neither."""
    told = s.match(BORROWER_TOLD)
    if told is None:
        if s.search(IN_ROUND) or s.search(JOINED_ROUND) or s.search(ARRANGED_ROUND) or s.search(AMONG_THEM):
            current.lenders = unique(current.lenders + round_firms(s, ctx))
            return []
        return None
    start = s.token_at(s.span.start + told.end())
    borrowers = [e for e in round_firms(s, ctx, start) if all(e is not lender for lender in current.lenders)]
    if not borrowers:
        return None
    current.raiser = borrowers[0]
    current.deal = whole_sentence_deal(s, current.kind, [*borrowers, *current.lenders])
    return deals + [current.deal]


def borrower_named(s: Sentence, ctx: DocContext, led: re.Match) -> Entity | None:
    """"the NEXTDC loan is being led by ...": the firm named right before the loan word."""
    m = s.mention_ending(s.token_at(s.span.start + led.start()))
    if m is not None and m.kind == "unknown" and not is_person(m):
        promote(m, ctx.table, "Company", "borrows")
    return m.entity if is_organization(m) else None


def round_raised(s: Sentence, ctx: DocContext, deals: list[DealFact], raiser: Entity, kind: str,
                 raise_at: re.Match) -> list[DealFact]:
    """A raise this sentence tells: one round of all its investors when it names them ("raised $30
    million from investors including A and B", "raised $50 million from A and B"), none of the firms
    an apposition about the raiser names; either way the round later sentences add investors to."""
    described = described_beside(s, raiser)  # and no guess from names that merely share the sentence
    deals = [d for d in deals if not any(id(p) in described for p in d.parties) and d.confidence > GUESSED_CONFIDENCE]
    backers = backed_beside(s, raiser, raise_at)
    raised = [d for d in deals if d.deal_type == kind and any(p is raiser for p in d.parties)
              and d.status != "active"  # not "Hiranandani Group-backed Yotta": a holding, no part of the raise
              and not all(p is raiser or id(p) in backers for p in d.parties)]
    if len(raised) >= 2 and raise_at.group().lower().startswith(("rais", "receiv")):
        return with_round_opened(s, ctx, deals, raiser, unique([p for d in raised for p in d.parties]), kind)
    named = raised_from(s, ctx, raiser, raise_at)
    if raised and names_every_investor(raised, named, raiser):  # "completed a round, with A, B and C among the investors": one
        round_deal = raised[0]
        round_deal.parties[:] = unique(round_deal.parties + named)
        ctx.funding_round = FundingRound(raiser, round_deal, kind)
        return outside(deals, round_deal.parties) + [round_deal]
    investor = None if raised else investor_in_named_round(s, raiser)
    backers = [] if raised else unique(([investor] if investor else []) + named)
    if backers:  # "A and B raised $9.2bn of equity for C from D and E": all five
        raisers = [raiser, *co_raisers(s, raiser, raise_at), *raised_for(s, raise_at)]
        return with_round_opened(s, ctx, deals, raiser, unique(raisers + backers), kind)
    ctx.funding_round = FundingRound(raiser, raised[0] if raised else None, kind)
    return deals


def co_raisers(s: Sentence, raiser: Entity, raise_at: re.Match) -> list[Entity]:
    """"A and B raised ...": the firms listed with the raiser right before the raise (only those joined to it
    by "and" or commas: find_subject's subjects may also hold the owners an apposition names)."""
    k = s.token_at(s.span.start + raise_at.start())
    m = next((m for m in reversed(s.mentions) if m.entity is raiser and m.last <= k), None)  # the one raising
    listed = []
    while m is not None and s.lower(m.last) in ("and", ",") and m.last < k:
        m = s.mention_starting(m.last + 1)
        if not is_organization(m) or m.last > k:
            break
        listed.append(m.entity)
    return listed


def raised_for(s: Sentence, raise_at: re.Match) -> list[Entity]:
    """"raised $9.2bn of equity for Vantage Data Centers from A": the firm the money is raised for."""
    k = s.token_at(s.span.start + raise_at.end())
    at = next((j for j in range(k, min(k + 6, len(s.tokens))) if s.lower(j) in ("for", "from")), None)
    named = round_named_after(s, at) if at is not None and s.lower(at) == "for" else None
    return [named] if named is not None else []


def names_every_investor(raised: list[DealFact], named: list[Entity], raiser: Entity) -> bool:
    """Whether the raise lists two or more investors, among them every investor of its deals here."""
    parties = [p for d in raised for p in d.parties if p is not raiser]
    return len(named) >= 2 and all(any(p is q for q in named) for p in parties)


def investor_in_named_round(s: Sentence, raiser: Entity) -> Entity | None:
    """"Nova Capital is among the investors in a round for Orbit Labs": the subject invests in the
    round the sentence names."""
    if named_round(s) is not raiser:
        return None
    first = next((m for m in s.mentions if is_organization(m)), None)
    return first.entity if first is not None and first.entity is not raiser else None


UNDER_WAY = ("raising", "raise ", "is ", "are ", "nearing", "close to", "nears", "near ")  # a raise not yet made


def backed_beside(s: Sentence, raiser: Entity, raise_at: re.Match) -> set[int]:
    """The firms (by id) of an aside that opens with a participle after the raiser, up to a raise still
    under way: "Figure AI, backed by A, B and C, is raising money": its backers so far, not the new
    round's (but "Sarvam, backed by A and B, last raised $41 million": theirs)."""
    named = next((m for m in s.mentions if m.entity is raiser), None)
    if named is None or s.lower(named.last) != "," or s.lower(named.last + 1) not in ASIDE_PARTICIPLES \
            or not raise_at.group().lower().startswith(UNDER_WAY):
        return set()
    k = s.token_at(s.span.start + raise_at.start())
    return {id(m.entity) for m in s.mentions if named.last < m.first < k and m.entity is not raiser}


def described_beside(s: Sentence, raiser: Entity) -> set[int]:
    """The firms (by id) named in an apposition about the raiser: "Crusoe, the developer of the campus
    that Oracle runs for OpenAI, has raised $1.38 billion": Oracle and OpenAI describe Crusoe."""
    named = next((m for m in s.mentions if m.entity is raiser), None)
    if named is None or s.lower(named.last) != "," or s.lower(named.last + 1) not in ("the", "a", "an"):
        return set()
    close = next((j for j in range(named.last + 2, len(s.tokens)) if s.lower(j) in (",", ";", ".")), len(s.tokens))
    return {id(m.entity) for m in s.mentions if named.last < m.first < close and m.entity is not raiser}


# "raised $500 million, led by A and B": the raise's leaders, set off after it; "raised $863 million in a
# round that included A and B", "completed a $196 million round, with A and B among the investors": its investors
# (a point may stand between: "NT$6 billion (approx. US$196 million) funding round").
LED_BY_NEXT = re.compile(r"[^;:,]{0,60}?(?:,\s+(?:co-)?led by|\b(?:round|raise|financing)\s*,?\s+(?:that|which)\s+"
                         r"(?:also\s+)?(?:included|includes|drew(?:\s+(?:money|capital|funds)\s+from)?)|"
                         r",\s+with(?=[^.;:]{0,160}?\bamong\s+(?:the\s+)?(?:other\s+)?(?:investors|backers|participants)\b))\s",
                         re.IGNORECASE)


def raised_from(s: Sentence, ctx: DocContext, raiser: Entity, raise_at: re.Match) -> list[Entity]:
    """The firms a raise came "from" in its clause: "raised $50 million from A and B", "founded with
    ¥7.3 billion from eight companies: A, B and C"; that led it: "raised $50 million, led by A"; or that the
    raiser is in talks with: "is in talks with A and B over a loan"."""
    k = s.token_at(s.span.start + raise_at.end())
    clause_end = s.clause_of(k)[1]
    start = next((j for j in range(k, min(k + 12, clause_end)) if s.lower(j) == "from"), None)
    talks = IN_TALKS_WITH.search(raise_at.group()) if start is None else None
    if talks is not None:  # "is in talks with A and B over a loan"
        start = s.token_at(s.span.start + raise_at.start() + talks.end()) - 1
    led = LED_BY_NEXT.match(s.span.text, raise_at.end()) if start is None else None
    if led is not None:
        start = s.token_at(s.span.start + led.end()) - 1
    if start is None:
        return []
    colon = next((j for j in range(start, min(start + 6, len(s.tokens))) if s.lower(j) == ":"), None)
    purpose = next((j for j in range(start + 1, len(s.tokens) - 1) if s.lower(j) == "to"
                    and s.tokens[j + 1].text.islower() and s.tokens[j + 1].is_word), len(s.tokens))
    items, _ = parse_group(s, (colon or start) + 1, purpose, ctx.table)  # not "... from lenders to convert a Sharp plant"
    return [m.entity for m in items if m.entity is not None and m.entity is not raiser]


IN_TALKS_WITH = re.compile(r"\bin\s+(?:talks|discussions)\s+with\b", re.IGNORECASE)
# "raised Rs 4,000 crore in debt": a loan (not "raised $230 million, including $50 million in debt")
IN_DEBT = re.compile(r"[^,]{0,40}?\bin\s+(?:new\s+)?debt\b", re.IGNORECASE)  # right after the raise's amount


SELLING = re.compile(r"\b(?:sold|sells?|selling|divest\w*|offload\w*|exit\w*)\b")


def round_raiser(s: Sentence, ctx: DocContext) -> tuple[Entity | None, str, re.Match | None]:
    """Who raised the round (or loan) this sentence tells of ("Anthropic said it had raised ..."),
    the kind of deal it is, and where the raise is told."""
    found = s.search(RAISED)
    if found is None or proceeds_of_sale(s, found):
        return None, "Investment", None
    k = s.token_at(s.span.start + found.start())
    subjects, _, _ = find_subject(s, ctx, k, s.clause_of(k), set(), may_promote=True)
    subjects = [named] if (named := named_round(s)) is not None else subjects
    loan = LOAN.search(s.span.text, found.start(), found.end() + 40) or "borrow" in found.group().lower() \
        or IN_DEBT.match(s.span.text, found.end()) or WITH_LENDERS.match(s.span.text, found.end())
    return (subjects[0] if subjects else None), ("FinancialCooperation" if loan else "Investment"), found


# "signed a $3 billion financing agreement with a group of regional lenders": a loan
WITH_LENDERS = re.compile(r"\s+(?:agreement|deal|package)\s+with\s+(?:a\s+(?:group|syndicate|club)\s+of\s+)?"
                          r"(?:[\w-]+\s+){0,2}?(?:banks|lenders)\b", re.IGNORECASE)


def proceeds_of_sale(s: Sentence, found: re.Match) -> bool:
    """"sold Nvidia shares and cut its holding in X, raising a further $9bn": cash from a sale, no round."""
    return found.group().lower().startswith("raising") and SELLING.search(s.span.text, 0, found.start()) is not None


# "The raise is small next to the $13 billion X collected": firms named to compare are no investors.
COMPARED = re.compile(r"\b(?:next to|compared (?:with|to)|smaller than|larger than|bigger than|dwarf(?:s|ed)?|"
                      r"behind only|second only to|trail(?:s|ing)?|(?:more|less) than the)\b", re.IGNORECASE)


def compared_firms(s: Sentence, ctx: DocContext) -> list[Entity]:
    """The firms of a comparison, up to its clause's comma: "The round, second only to Anthropic's this
    year, also drew A": Anthropic is no investor (A is)."""
    compared = s.search(COMPARED)
    if compared is None:
        return []
    first = s.token_at(s.span.start + compared.start())
    last = next((j for j in range(first, len(s.tokens)) if s.lower(j) in (",", ";")), len(s.tokens))
    return round_firms(s, ctx, first, last)


def about_another_firm(s: Sentence, m) -> bool:
    """Whether the name stands in a ", which ..." clause after another organization's name (a comma or a "who"
    nearer the name than "which" means it does not)."""
    opener = next((k for k in range(m.first - 1, max(0, m.first - 12), -1) if s.lower(k) in (",", "which", "who")), None)
    return opener is not None and s.lower(opener) == "which" and s.lower(opener - 1) == "," \
        and is_organization(s.mention_ending(opener - 1)) and inside_relative(s, m, len(s.tokens))


def round_firms(s: Sentence, ctx: DocContext, start: int = 0, end: int | None = None) -> list[Entity]:
    """The organizations a sentence about a round names from `start` (a name never seen is an
    investor), less outlets, employers and owners named to describe another ("Samsung Catalyst
    Fund, the venture arm of Samsung Electronics") or a relative clause about a firm ("A, which operates under
    B, also invested"; not "The financing, in which B and C acted as arrangers")."""
    qualifiers = {id(m.entity) for m in s.mentions if names_other_deal(s, m) or about_another_firm(s, m)}
    return [e for e in firms_within(s, ctx.table, start, end, "an investor in a round") if id(e) not in qualifiers]

