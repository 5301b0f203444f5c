"""Deals read from phrases rather than a cue's clause: "Nvidia-backed Crusoe", "the SoftBank-OpenAI
venture", "developed by Oracle for OpenAI", "Two Seas Capital, Core Scientific's largest
shareholder", "A and B have signed up as launch customers", "launched by A, B and C", "a
consortium of A, B and C"."""

from __future__ import annotations

import re

from graph.extract.claims import claim_status, denied_before
from graph.extract.entities import Entity
from graph.extract.lexicon import COMPANY_SUFFIXES, DASHES, IN_CLAUSE, PLACES, WORD_START, is_demonym
from graph.extract.deal import DealFact, outside, sentence_deal, unique
from graph.extract.subjects import find_subject
from graph.extract.sentence import CLAUSE_VERBS, GROUP_STOPS, DocContext, Sentence, is_organization, named_parties, \
    parse_group, promote
from graph.extract.text import sentence_pattern
from graph.extract.wellknown import FAMILY_NAMES


def phrase_deals(s: Sentence, ctx: DocContext, deals: list[DealFact]) -> list[DealFact]:
    """The cue deals of a sentence with its phrases' deals; a venture's founders or a consortium's
    members make one deal, and their own cue words none among them."""
    deals = deals + backed_names(s, ctx) + hyphened_pairs(s, ctx) + built_for(s, ctx) + apposed_relations(s) \
        + signed_up(s, ctx) + founded_with_money(s, ctx) + team_listed(s, ctx)
    taken = taken_as(s, ctx)
    if taken:  # "counts both A and B as customers": each is the subject's, no deal between the two
        counted = {id(d.parties[1]) for d in taken}
        deals = [d for d in deals if not {id(p) for p in d.parties} <= counted] + taken
    sold = stake_sold(s, ctx)
    if sold:  # "agreed to sell its 40% stake in Zeta to Kestrel": one sale, no deal among its parties besides
        deals = outside(deals, sold[0].parties) + sold
    founded = founded_together(s, ctx) or consortium_of(s, ctx) or building_together(s, ctx, deals)
    if founded:  # "pledged to invest" after "launched by A, B and C": no deal among them
        deals = outside(deals, founded[0].parties)
        deals = members_act(deals, founded[0])
    return deals


BACKED = re.compile(r"^(.+)-(?:backed|owned|funded|controlled)$")


def backed_names(s: Sentence, ctx: DocContext) -> list[DealFact]:
    """"Nvidia-backed Crusoe", "CoreWeave, the Nvidia-backed neocloud", "G42 is a Microsoft-backed
    firm": the backer's active investment in the firm it qualifies."""
    deals = []
    for k, token in enumerate(s.tokens[:-1]):
        found = BACKED.match(token.text)
        if found is None:
            continue
        backer, first = hyphened_firm(s, ctx, k, found.group(1))
        backed = described_name(s, k + 1)
        if backed is not None and not (is_organization(backed) or backed.kind == "unknown"):
            backed = None  # "a Microsoft-backed AI company": a topic, not the firm backed
        if backed is None and s.lower(first - 1) in ("the", "a", "an") and s.lower(first - 2) in (",", "is", "was"):
            backed = s.mention_ending(first - 2)
        if backer is None or backed is None or not (is_organization(backed) or backed.kind == "unknown"):
            continue
        if backed.kind == "unknown":
            promote(backed, ctx.table, "Company", "backed by a firm")
        deals.append(sentence_deal(s, "Investment", [backer, backed.entity], "active", token.start))
    return deals


def described_name(s: Sentence, k: int):
    """The name at token k, or after a few lower-case words describing it ("pharmaceutical major Ipca")."""
    for j in range(k, min(k + 4, len(s.tokens))):
        if s.mention_starting(j) is not None or not s.tokens[j].text.islower() or s.lower(j) in GROUP_STOPS:
            return s.mention_starting(j)  # not "the Nvidia-backed neocloud in which OpenAI ..."
    return None


def hyphened_firm(s: Sentence, ctx: DocContext, k: int, words: str):
    """The firm named before the hyphen of token k, and where its name starts: "Nvidia-backed", or
    "Zeta Cloud-led" over two tokens."""
    if k > 0 and s.tokens[k - 1].text[:1].isupper():
        longer = ctx.organization_named(f"{s.tokens[k - 1].text} {words}")
        if longer is not None:
            return longer, k - 1
    return ctx.organization_named(words), k


PAIR_NOUNS = {"venture": "JointVenture", "jv": "JointVenture", "deal": "Partnership", "partnership": "Partnership",
              "pact": "Partnership", "alliance": "Partnership", "agreement": "Partnership", "tie-up": "Partnership"}


def hyphened_pairs(s: Sentence, ctx: DocContext) -> list[DealFact]:
    """"the SoftBank-OpenAI venture", "the Oracle-OpenAI deal", "a CG Power-Renesas joint venture": the
    two firms joined by a hyphen before a deal's noun (maybe after one word describing it)."""
    deals = []
    for k, token in enumerate(s.tokens[:-1]):
        if "-" not in token.text:
            continue
        names = token.text.split("-")
        described = s.tokens[k + 1].text.islower() and s.lower(k + 1) not in PAIR_NOUNS
        kind = PAIR_NOUNS.get(s.lower(k + 2 if described else k + 1))
        if len(names) != 2 or kind is None or (s.at[k] is not None and s.at[k].entity is not None):
            continue
        first, _ = hyphened_firm(s, ctx, k, names[0])
        parties = [first, ctx.organization_named(names[1])]
        whole = s.at[k].text.split("-") if s.at[k] is not None and s.at[k].kind == "unknown" else []
        if len(whole) == 2 and any(w.split()[-1] in COMPANY_SUFFIXES for w in whole):
            # "CG Power-Renesas joint venture": one a firm's by its look (not "the Trump-Nvidia export deal")
            parties = [p or new_firm(ctx, whole[i].strip(), names[i]) for i, p in enumerate(parties)]
        if None in parties or parties[0] is parties[1]:
            continue
        deals.append(sentence_deal(s, kind, parties, claim_status(s, 0, len(s.tokens)), token.start))
    return deals


NAME_PART = re.compile(r"^[A-Z][A-Za-z0-9&]+$")  # "Renesas", "CG Power"'s last word


def new_firm(ctx: DocContext, name: str, word: str) -> Entity | None:
    """A firm the text names for the first time inside a hyphened pair; not a place, people or a nation's word."""
    if not NAME_PART.match(word) or word in PLACES or is_demonym(word) or word in FAMILY_NAMES:
        return None
    return ctx.table.add_new(name, "Company", rank=2)


RELATION_NOUNS = {"shareholder": "Investment", "investor": "Investment", "backer": "Investment",
                  "customer": "SupplyAgreement", "client": "SupplyAgreement", "supplier": "SupplyAgreement",
                  "partner": "Partnership", "lender": "FinancialCooperation"}


def apposed_relations(s: Sentence) -> list[DealFact]:
    """"Two Seas Capital, Core Scientific's largest active shareholder, ...": the name and the
    firm whose shareholder, customer or supplier the apposition says it is."""
    deals = []
    for m in s.mentions:
        if not is_organization(m) or s.lower(m.last) != ",":
            continue
        owner = s.mention_starting(m.last + 1)
        if not is_organization(owner) or owner.entity is m.entity or not s.possessive_at(owner.last):
            continue
        for j in range(owner.last + 1, min(owner.last + 5, len(s.tokens))):
            kind = RELATION_NOUNS.get(s.lower(j).rstrip("s"))
            if kind is not None and s.lower(j + 1) in (",", ".", ";", "and", "said", "says"):
                deals.append(sentence_deal(s, kind, [m.entity, owner.entity], "active", s.tokens[j].start))
                break
            if not s.tokens[j].text.islower():
                break
    return deals


SIGNED_UP = sentence_pattern(r"\b(?:signed up|signed on|sign up|signs up|came on board|joined|have joined)\s+as\s+"
                            r"(?:[\w-]+\s+){0,2}?(customers?|clients?|users?|partners?)\b", re.IGNORECASE)


def signed_up(s: Sentence, ctx: DocContext) -> list[DealFact]:
    """"A, B and C have signed up as launch customers, the company said": each with the article's firm."""
    found = s.search(SIGNED_UP)
    firm = ctx.main_actor()
    if found is None or firm is None:
        return []
    kind = "Partnership" if found.group(1).lower().startswith("partner") else "SupplyAgreement"
    end = s.token_at(s.span.start + found.start())
    status = claim_status(s, 0, len(s.tokens))
    return [sentence_deal(s, kind, [e, firm], status, s.tokens[end].start) for e in named_parties(s, 0, end)
            if e is not firm]


# "The teams and their members:", "The consortiums:": the lines after list one team each.
TEAM_HEADER = re.compile(r"\b(?:consorti(?:um|ums|a)|teams|line-?ups?)\b[^:.]*:\W*$",
                         re.IGNORECASE)  # tried only on a sentence that ends with a colon
TEAM_LINES = 12  # how many sentences after its header a team's line may stand


def team_listed(s: Sentence, ctx: DocContext) -> list[DealFact]:
    """"Orbit Labs — Zeta, Nova and Kestrel." under a header listing teams: one partnership of the
    team's leader and its members."""
    if s.span.text.rstrip().endswith(":") and TEAM_HEADER.search(s.span.text):
        ctx.team_header = s.index
        return []
    if ctx.team_header < 0 or s.index - ctx.team_header > TEAM_LINES:
        return []
    lead = s.mention_starting(1 if s.tokens[0].text in DASHES | {"•", "*"} else 0)
    if not is_organization(lead) or lead.last >= len(s.tokens) \
            or s.span.text[s.tokens[lead.last].start - s.span.start] not in "—–-:":  # the line's own dash or colon
        return []
    members, after = parse_group(s, lead.last + 1, len(s.tokens), ctx.table, max_filler=0)
    if not members or any(t.is_word for t in s.tokens[after:]):
        return []  # the whole line is the list
    parties = unique([lead.entity] + [m.entity for m in members])
    return [sentence_deal(s, "Partnership", parties, claim_status(s, 0, len(s.tokens)), s.tokens[0].start)]


# "counts Micron as a key customer", "landed Orbit as its anchor tenant", "signed up Zeta as a supplier"
TAKEN_AS = sentence_pattern(WORD_START + r"(?:counts?|counted|counting|sign(?:s|ed)?(?: up| on)?|lands?|landed|names?|named|adds?|added|"
                           r"secur(?:es|ed)|wins|won|brought on|brings on|chose|chosen|select(?:s|ed)|pick(?:s|ed)|"
                           r"tap(?:s|ped)|enlist(?:s|ed)|onboard(?:s|ed)|retain(?:s|ed))\s+(" + IN_CLAUSE + r"{1,80}?)\s+as\s+"
                           r"(?:(?:a|an|its|the|their|one of its)\s+)?(?:[\w-]+\s+){0,2}?(customer|client|tenant|supplier|"
                           r"vendor|provider|partner|investor|backer|shareholder)s?\b", re.IGNORECASE)  # "counts A and B as customers"
TAKEN_KINDS = {"partner": "Partnership", "investor": "Investment", "backer": "Investment", "shareholder": "Investment"}


def taken_as(s: Sentence, ctx: DocContext) -> list[DealFact]:
    """"The equipment maker counts Micron Technology as a key customer": the subject and the
    firms named before "as", in the relation the noun says."""
    found = s.search(TAKEN_AS)
    if found is None:
        return []
    k = s.token_at(s.span.start + found.start())
    named = named_parties(s, k + 1, s.token_at(s.span.start + found.end(1)) + 1)
    subjects, how, _ = find_subject(s, ctx, k, s.clause_of(k), set(), may_promote=False)
    if how == "implicit":  # "The equipment maker, which counts ...": whose description, unsure
        return []
    kind = TAKEN_KINDS.get(found.group(2).lower(), "SupplyAgreement")
    status = "active" if s.lower(k).startswith("count") else claim_status(s, 0, len(s.tokens))
    return [sentence_deal(s, kind, [subject, e], status, s.tokens[k].start)
            for subject in subjects[:1] for e in named if e is not subject]


# "sell its 40% stake in Zeta Energy to Kestrel", "sold a minority stake to Kestrel"
STAKE_SOLD = sentence_pattern(r"\b(?:sell|sells|sold|selling|divest|divests|divested|offload|offloads|offloaded)\s+"
                             r"(?:its|their|a|an|the|his|her)\s+(?:[\w.%-]+\s+){0,4}?stake\b", re.IGNORECASE)


def stake_sold(s: Sentence, ctx: DocContext) -> list[DealFact]:
    """A stake sold: the seller (the verb's subject), the firm the stake is in, and each buyer after "to"."""
    found = s.search(STAKE_SOLD)
    if found is None or denied_before(s, s.span.start + found.start()):
        return []  # "denied it was in talks to sell a stake to Zeta"
    k, j = s.token_at(s.span.start + found.start()), s.token_at(s.span.start + found.end())
    target = None
    if s.lower(j) == "in":
        m = s.mention_starting(j + 1)
        target, j = (m.entity, m.last) if is_organization(m) else (None, j + 1)
    to = next((i for i in range(j, min(j + 6, len(s.tokens))) if s.lower(i) == "to"), None)
    if to is None:
        return []
    buyers, _ = parse_group(s, consortium_members_from(s, to + 1), len(s.tokens), ctx.table)
    subjects, _, _ = find_subject(s, ctx, k, s.clause_of(k), set(), may_promote=False)
    parties = unique(subjects[:1] + [target] + [m.entity for m in buyers])
    if not buyers or len(parties) < 2:
        return []
    return [sentence_deal(s, "Acquisition", parties, claim_status(s, 0, len(s.tokens)), s.tokens[k].start)]


BUYING_GROUP = re.compile(r"(?:a|an|the)\s+(?:consortium|group|team)\s+(?:(?:which|that)\s+(?:includes|include|comprises)|"
                          r"including|of|comprising|led\s+by)\s", re.IGNORECASE)


def consortium_members_from(s: Sentence, k: int) -> int:
    """Where the buyers start at token k: past "a consortium which includes"."""
    if k >= len(s.tokens):
        return k
    found = BUYING_GROUP.match(s.span.text, s.tokens[k].start - s.span.start)
    return s.token_at(s.span.start + found.end()) if found else k


BUILT = frozenset("developed built operated constructed designed run managed".split())


def built_for(s: Sentence, ctx: DocContext) -> list[DealFact]:
    """"Three of the sites will be developed by Oracle for OpenAI": the builder and its client."""
    deals = []
    for k, token in enumerate(s.tokens[:-2]):
        if token.lower not in BUILT or s.lower(k + 1) != "by":
            continue
        builders, after = parse_group(s, k + 2, len(s.tokens), ctx.table)
        if not builders or s.lower(after) != "for":
            continue
        clients, _ = parse_group(s, after + 1, len(s.tokens), ctx.table)
        status = claim_status(s, 0, len(s.tokens))
        deals += [sentence_deal(s, "Partnership", [b.entity, c.entity], status, token.start)
                  for b in builders for c in clients if b.entity is not c.entity]
    return deals


FOUNDED_WITH = sentence_pattern(r"\b(?:founded|established|set up|launched|created|started)\b" + IN_CLAUSE + r"{0,40}?\bwith\s+"
                               r"(?:about\s+|roughly\s+|some\s+)?\S*\d" + IN_CLAUSE + r"{0,30}?\bfrom\s", re.IGNORECASE)


def founded_with_money(s: Sentence, ctx: DocContext) -> list[DealFact]:
    """"Rapidus was founded in 2022 with ¥7.3 billion from eight companies — Toyota, Sony and NTT":
    one investment of the founded firm and every founder named."""
    found = s.search(FOUNDED_WITH)
    if found is None or not s.mentions:
        return []
    if s.mentions[0].kind == "unknown":
        promote(s.mentions[0], ctx.table, "Company", "founded with money")
    if not is_organization(s.mentions[0]):
        return []
    k = s.token_at(s.span.start + found.end())
    for j in range(k, min(k + 4, len(s.tokens))):  # past "eight companies —"
        if s.lower(j) in DASHES or s.lower(j) == ":" or j in s.listing_dashes:
            k = j + 1
            break
    founders, _ = parse_group(s, k, len(s.tokens), ctx.table)
    parties = unique([s.mentions[0].entity] + [m.entity for m in founders])
    if len(parties) < 3:
        return []
    return [sentence_deal(s, "Investment", parties, "completed", s.tokens[k].start)]


FOUNDED = frozenset("launched formed founded co-founded created established started unveiled announced".split())


def founded_together(s: Sentence, ctx: DocContext) -> list[DealFact]:
    """"The AI Infrastructure Partnership, launched last year by BlackRock, GIP, Microsoft and MGX":
    one venture of all its founders."""
    for k, token in enumerate(s.tokens):
        if token.lower not in FOUNDED:
            continue
        by = next((j for j in range(k + 1, min(k + 6, len(s.tokens))) if s.lower(j) == "by"), None)
        if by is None or any(s.lower(j) in (",", ";") for j in range(k + 1, by)):
            continue
        founders, after = parse_group(s, by + 1, len(s.tokens), ctx.table)
        if founders and s.lower(after) in ("with", "alongside"):  # "launched by OpenAI with SoftBank and Oracle"
            more, after = parse_group(s, after + 1, len(s.tokens), ctx.table)
            founders += more
        parties = unique([m.entity for m in founders])
        if len(parties) >= 2:
            return [sentence_deal(s, "JointVenture", parties, claim_status(s, max(0, k - 3), after), token.start)]
    return []


CONSORTIUM_OF = sentence_pattern(r"\b(?:consortium|coalition|syndicate|team|alliance|(?-i:group)(?=\s*,\s*(?:which|that))|"
                                r"(?<=\bby a )(?-i:group)(?=\s+including\s))"  # "a rival bid by a group including A and B"
                                r"\s*,?\s*(?:which\s+|that\s+)?(?:also\s+)?"
                                r"(?:of|groups|brings together|unites|comprising|comprises|includes|including|made up of|led by|"
                                r"members\s+(?:are|include))\s"  # "The 12 alliance members are A, B, ..."
                                r"|\b(?:consortium|coalition|syndicate|alliance|(?-i:group))\s*[—–(]\s*"  # "the group — A, B and C —"
                                r"|\b(?:project|initiative|effort)\s+(?:brings|will\s+bring|would\s+bring|brought)"
                                r"\s+together\s", re.IGNORECASE)  # "The project brings together A, B, C and D"
# What closes members set off by a dash or a bracket: "the group — A, B and C — won".
MEMBERS_CLOSE = {"—": "—", "–": "–", "(": ")"}
# How far a consortium's members may run after the word: a long list, bounded.
MEMBERS_REACH = 40


def consortium_of(s: Sentence, ctx: DocContext) -> list[DealFact]:
    """"A consortium of A, B and C", "The consortium, which groups A with B and C, won ...",
    "a consortium of lenders led by A and including B": one venture of all its members, with
    the leader the sentence before named ("A consortium led by A ... The consortium, which also
    includes B and C, ...")."""
    found = s.search(CONSORTIUM_OF)
    if found is None:
        return []
    start, first = s.token_at(s.span.start + found.start()), s.token_at(s.span.start + found.end())
    reach = min(first + MEMBERS_REACH, len(s.tokens))
    stops = (";", "beat", MEMBERS_CLOSE.get(s.lower(first - 1), ";"))
    end = next((j for j in range(first, reach) if s.lower(j) in CLAUSE_VERBS or s.lower(j) in stops), reach)
    told = start == 1 and s.lower(0) == "the" and ctx.consortium_lead is not None
    leader = ctx.consortium_lead if told else consortium_owner(s, ctx, start)
    if s.lower(start) in ("consortium", "coalition", "alliance") and s.lower(first - 1) == "of":
        parse_group(s, first, end, ctx.table, max_filler=0)  # "a consortium of Fastweb and A2A": names listed, firms
    members = unique(([leader] if leader is not None else []) + named_parties(s, start + 1, end))
    if len(members) < 2:
        return []
    kind = "Partnership" if s.lower(start) in ("project", "initiative", "effort") else "JointVenture"
    return [sentence_deal(s, kind, members, claim_status(s, 0, len(s.tokens)), s.tokens[start].start)]


# "A, B and C will launch the construction of data centres", "A and B plan to jointly develop ...".
BUILD_TOGETHER = sentence_pattern(r"\b(?:will|plan to|plans to|are set to|are to|aim to|intend to|have agreed to|agreed to)\s+"
                                 r"(?:jointly\s+|together\s+|also\s+)?(?:build|develop|construct|launch|set up|establish|"
                                 r"create|design|produce|manufacture|operate|explore|deploy)\b", re.IGNORECASE)


def building_together(s: Sentence, ctx: DocContext, deals: list[DealFact]) -> list[DealFact]:
    """Two or more organizations listed as the subject of building something, in a sentence where
    the rules read no deal: one partnership of them all."""
    found = s.search(BUILD_TOGETHER)
    if found is None or deals:
        return []
    k = s.token_at(s.span.start + found.start())
    start = s.clause_of(k)[0]
    if any(s.at[j] is None and s.lower(j) in GROUP_STOPS and s.lower(j) not in ("(", ")") for j in range(start, k)):
        return []  # "A said it will build ...", "A, which owns B, will build ...": one subject
    parties = named_parties(s, start, k)
    if len(parties) < 2 or builds_own(s, s.token_at(s.span.start + found.end())):
        return []
    return [sentence_deal(s, "Partnership", parties, claim_status(s, k, len(s.tokens)), s.tokens[k].start)]


def builds_own(s: Sentence, k: int) -> bool:
    """"A, B and C will build their own models", "... the country's homegrown foundation models": each
    builds its own thing, no partnership of them."""
    return any(s.lower(j) in OWN_THINGS for j in range(k, min(k + 5, len(s.tokens))))


OWN_THINGS = frozenset("own homegrown respective separate".split())


HYPHEN_LED = re.compile(r"^(\S+)-led$", re.IGNORECASE)


def consortium_owner(s: Sentence, ctx: DocContext, k: int):
    """Whose consortium or team the word at k is: "Naver Cloud's team", "an SK Telecom-led
    consortium", "the Samsung SDS group" ("its consortium" is left alone: whose "its" is, is too
    often a guess)."""
    if s.possessive_at(k - 1):
        owner = s.mention_ending(k - 1)  # "Naver Cloud's team"
        return owner.entity if is_organization(owner) else None
    named = s.mention_ending(k)
    if named is not None and s.lower(named.first - 1) == "the":  # "the Samsung SDS group, which includes"
        if named.kind == "unknown" and named.entity is None:
            promote(named, ctx.table, "Company", "leads a consortium")
        return named.entity if is_organization(named) else None
    led = HYPHEN_LED.match(s.tokens[k - 1].text) if k > 0 else None
    return hyphened_firm(s, ctx, k - 1, led.group(1))[0] if led else None


def members_act(deals: list[DealFact], venture: DealFact) -> list[DealFact]:
    """"A consortium of lenders led by A and including B and C has agreed to provide financing to
    X": its members act together, so the deal they make has them all; else the venture is the deal."""
    members = set(map(id, venture.parties))
    acting = [d for d in deals if members & set(map(id, d.parties))]
    for deal in acting:
        deal.parties = unique(venture.parties + deal.parties)
    return deals if acting else deals + [venture]
