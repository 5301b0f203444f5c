"""Whom a deal cue points at: the organizations after "with", "between", "in", "to"..., right
after the cue ("buy Zeta"), the owner of what it names ("deploy Nvidia's chips", "the ChatGPT
maker"), or a list the sentence gives elsewhere ("counts A and B among its investors")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph.extract.cues import BACK_REFERENCES, DIRECT, CueHit, is_cue_word
from graph.extract.entities import Entity
from graph.extract.lexicon import DASHES, ORG_CUES, PURPOSE_VERBS, is_demonym
from graph.extract.sentence import (COMPANY_HEADS, COMPONENT_LINKS, COPULAS, LIST_JOINERS, OWNED_ROLES, PLACE_PREPOSITIONS,
                                    RELATIVE_ADVERBS, DocContext, Sentence, apposition_anchor, is_organization,
                                    is_person, is_place, names_a_product, names_a_thing, owned_firm_after, parse_group,
                                    promote, qualifies_person, role_modifier)
from graph.extract.rounds import named_round
from graph.extract.subjects import (PAIR_HEADS, antecedent, described_maker, pair_phrase, subject_of_relative,
                                    venture_told)

# Words that name competitors, not partners: "... agreement, a milestone in its battle with Nokia".
RIVALRY = re.compile(r"\b(?:rivals?|competitors?|compet(?:e|es|ed|ing|ition)|versus|vs\.?|battles?|"
                     r"dominat\w*|rac(?:e|es)|against|alternatives?\s+to|challengers?\s+to|trail(?:s|ed|ing)?)\b",
                     re.IGNORECASE)
# "ISS urged Zeta's investors to reject the offer", "recommended voting against": a vote advised, no deal.
VOTE_ADVICE = re.compile(r"\b(?:urged|urges|urging|advised|advises|recommended|recommends)\s+(?:(?:[\w'’-]+\s+){0,3}?to\s+"
                         r"(?:vote|reject|oppose|approve|support|back|tender)\b|(?:a\s+)?vot(?:e|ing)\s+(?:against|for|no)\b)",
                         re.IGNORECASE)
# "Goldman Sachs advised IQM on the round", "A and B acted as legal advisers": hired for a deal, no party.
ADVISED = re.compile(r"\s*(?:,\s*)?(?:(?:also|has|have|had|exclusively|jointly)\s+)*advis(?:ed|es|ing)\b(?!\s+by)|"
                     r"\s+(?:acted|served|is|are|was|were)\s+as\s+(?:the\s+|its\s+|their\s+|an?\s+)?"
                     r"(?:exclusive\s+|lead\s+|sole\s+|joint\s+)?(?:financial|legal|M&A|transaction)\s+"
                     r"(?:advis[eo]rs?|counsel)\b|"
                     r"\s+(?:handled|handles|provided|provides|did|led)\s+(?:the\s+)?(?:legal|financial)\s+(?:work|advice)\b|"
                     r"\s+(?:as|to act as|(?:is|was|are|were)(?=\s+(?:the\s+)?(?:lead|sole|joint|exclusive|financial|legal)\s))"
                     r"\s+(?:its\s+|their\s+|the\s+|an?\s+)?(?:exclusive\s+|lead\s+|sole\s+|joint\s+)?"
                     r"(?:financial\s+|legal\s+)?(?:co-)?(?:advis[eo]rs?|placement\s+agents?|counsel)\b|\s+to\s+advise\b|"
                     r"\s+(?:are|is|were|was|will\s+be|acted\s+as|act\s+as)\s+(?:the\s+)?(?:joint\s+)?sponsors?\s+(?:of|for|to)\s+the\s+"
                     r"(?:deal|offering|ipo|listing|float|issue)\b",
                     re.IGNORECASE)  # "A and B handled the legal work", "hired A as advisers", "hired A to advise it", "A and
# B are joint sponsors of the deal" (a listing's)
# "The owners have hired A and B to gauge interest from investors", "retained A to run the sale": banks hired
# for a sale, no parties (not "signed with Samsung to manage the production process").
HIRED_FOR_SALE = re.compile(r"\s+to\s+(?:gauge|sound\s+out|canvass|test)\s+(?:\w+\s+)?(?:interest|demand|appetite)\b|"
                            r"\s+to\s+(?:explore|run|manage|handle)\s+(?:a|an|the)\s+(?:\w+\s+)?(?:sale|divestment|"
                            r"IPO|listing|options|process)\b", re.IGNORECASE)
HIRING_VERBS = frozenset("hired hires hire retained retains mandated mandates appointed tapped".split())


# "pending approval from A and B", "waiting on A and B to approve its purchase": bodies that clear a
# deal, no parties to it.
APPROVAL_FROM = re.compile(r"\b(?:approvals?|clearance|sign-off|nod)\s+(?:from|by)\s+(?:the\s+)?$", re.IGNORECASE)
# "S&P, which rates SoftBank BB+,", "Moody's rated the notes", "a B+ rating from S&P": a rater, no party.
RATES = re.compile(r"\s*(?:,\s*which\s+(?:also\s+|now\s+)?rates\s+(?-i:[A-Z])|\s+(?:has\s+|had\s+|also\s+)?rated\s+"
                   r"(?:the|its|their)\s+(?:notes|bonds|debt|loans?|securities|issue)\b)", re.IGNORECASE)
RATING_FROM = re.compile(r"\bratings?\s+(?:from|by)\s+(?:the\s+)?$", re.IGNORECASE)
# "people familiar with the plans told Nikkei Asia,": an outlet a report's source told, no party (not
# "according to SB Energy": a party may be the source).
TOLD_TO = re.compile(r"\btold\s+$", re.IGNORECASE)
TOLD_END = re.compile(r"\s*(?:[,.;)]|$|\s(?:on|in|last|this|late|earlier|by|via|that|exclusively)\b)", re.IGNORECASE)
# "according to supply-chain checks published by Morgan Stanley": the figures' source, no party.
SOURCE_BY = re.compile(r"\b(?:checks|data|research|reports?|notes?|survey|estimates|figures|analysis)\s+"
                       r"(?:published|compiled|released|issued|conducted)\s+by\s+(?:the\s+)?$", re.IGNORECASE)
FIRMS_OWN_VOTERS = frozenset("shareholders stockholders holders investors board directors creditors bondholders".split())
TO_APPROVE = re.compile(r"\s*(?:,\s*)?to\s+(?:approve|sign\s+off\s+on)\b", re.IGNORECASE)  # not "to clear the site"


def bystanders(s: Sentence) -> set[int]:
    """The firms the sentence names as advisers (the list of names right before "advised",
    "acted as financial adviser" or "handled the legal work"), as approvers ("approval from A
    and B", "A and B to approve") or as reviewers ("CFIUS spent months reviewing"): hired for a
    deal, or clearing it, or as raters ("Moody's rated the notes"), or as a report's source
    ("told Nikkei Asia", "checks published by Morgan Stanley"): not parties to it."""
    found = set()
    for group in organization_lists(s):
        before = group[0].start - s.span.start
        after = group[-1].end - s.span.start
        approving = TO_APPROVE.match(s.span.text, after) or APPROVAL_FROM.search(s.span.text, max(0, before - 40),
                                                                                   before)
        approving = approving and s.lower(group[-1].last) not in FIRMS_OWN_VOTERS  # not "approval from Zeta's holders"
        rating = (RATES.match(s.span.text, after) and s.lower(group[0].first - 1) not in RATER_PREPOSITIONS) \
            or RATING_FROM.search(s.span.text, max(0, before - 30), before)  # not "a deal with Zeta, which rated the chips"
        told = TOLD_TO.search(s.span.text, max(0, before - 20), before) and TOLD_END.match(s.span.text, after) \
            and all(m.entity.cls == "NewsOutlet" for m in group)  # not "Samsung told Nvidia it could supply"
        told = told or SOURCE_BY.search(s.span.text, max(0, before - 60), before)
        hired = s.lower(group[0].first - 1) in HIRING_VERBS and HIRED_FOR_SALE.match(s.span.text, after)
        if ADVISED.match(s.span.text, after) or hired or approving or rating or told or reviewing(s, group):
            found |= {id(m.entity) for m in group}
    return found


# "CFIUS spent months reviewing G42's stake", "the FTC is probing the deal": a watchdog, no party.
REVIEW_VERBS = frozenset("reviewing reviewed reviews probing probed probes investigating investigated investigates "
                         "examining examined examines scrutinizing scrutinising scrutinized scrutinised".split())


def reviewing(s: Sentence, group) -> bool:
    """Whether the government bodies listed go on to review or probe a firm's deal ("reviewing G42's
    stake", "probing the deal"); not "after reviewing bids, awarded", "which reviewed its books"."""
    if not all(m.entity.cls == "GovernmentBody" for m in group):
        return False
    for j in range(group[-1].last, min(group[-1].last + 5, len(s.tokens))):
        if s.lower(j) in (",", "which", "who", "that"):
            return False
        if s.lower(j) in REVIEW_VERBS:
            k = j + 1 + (s.lower(j + 1) == "the")
            owner = s.mention_starting(k)
            return (owner is not None and s.possessive_at(owner.last)) or s.lower(k) in REVIEWED_DEALS
    return False


REVIEWED_DEALS = BACK_REFERENCES | frozenset(["deals", "stake"])


def organization_lists(s: Sentence) -> list[list]:
    """The sentence's organizations, in runs listed together ("A, B and C")."""
    groups = []
    for m in s.mentions:
        if m.entity is None or not m.entity.is_organization:
            groups.append([])
        elif groups and groups[-1] and all(s.lower(i) in LIST_JOINERS or s.lower(i) == "the"
                                           for i in range(groups[-1][-1].last, m.first)):
            groups[-1].append(m)
        else:
            groups.append([m])
    return [g for g in groups if g]


# Verbs of firms contending for deals or holding them, before a cue in one clause ("A and B are battling
# for orders from X", "with A and B dominating contracts"): narrower than RIVALRY, which also names
# rivals beside a deal's parties.
CONTESTING = frozenset("battling battle battles vying vie vies competing compete competes racing scrambling dominating "
                       "jostling jockeying".split())
# Verbs that contend only with "for" after them: "fighting for orders", not "fighting to defend its share".
CONTESTING_FOR = frozenset("fighting fight fights".split())


def contesting_at(s, j: int) -> bool:
    return s.lower(j) in CONTESTING or (s.lower(j) in CONTESTING_FOR and s.lower(j + 1) == "for")


# The linker of a party that owns what the cue names ("deploy Nvidia's chips").
OWNER = "<owner>"
# The linker of a party a relative clause is about ("Lambda, in which A holds a stake, said it"):
# still the subject "it" may stand for.
RELATIVE = "<relative>"

# How far after a cue its linker may be: "supply High Bandwidth Memory (HBM) and ... to X".
LINKER_REACH = 14


def priced_more(s: Sentence, ctx: DocContext, k: int, end: int) -> tuple[list, int]:
    """The firms listed after a price: "A for $72.8 million and B for $700 million" (from "for" at k)."""
    more = []
    while priced(s, k):
        joiner = next((j for j in range(k + 1, min(k + 7, end)) if s.lower(j) == "and"), None)
        items, after = parse_group(s, joiner + 1, end, ctx.table) if joiner is not None else ([], k)
        if not items or not priced(s, after):
            break  # "... and Samsung said it would follow": no price of its own, no purchase
        more, k = more + items, after
    return more, k


def priced(s: Sentence, k: int) -> bool:
    """Whether a price follows at token k: "for $700 million", "for 6.51 crore"."""
    return s.lower(k) == "for" and k + 1 < len(s.tokens) and s.tokens[k + 1].text[:1] in "$€£¥0123456789"


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
        if owners:  # integrated things make one deal of their owners; bought ones, one per seller
            return owners, "of" if hit.cue.deal_type == "Integration" else OWNER, owners[-1].last
        raiser = raiser_of_round_after(s, hit.last, end) if hit.cue.deal_type == "Investment" else None
        if raiser is not None:  # "joined a $50 million round for Orbit Labs": the firm the round is for
            return [raiser], OWNER, raiser.last
    counted = counted_among(s, ctx, hit)
    if counted:  # "counts Sequoia Capital and Nvidia among its investors"
        return counted, "among", counted[-1].last
    that = next((j for j in (hit.first + 1, hit.first + 2) if s.lower(j) == "that"), None)  # past "joint venture"
    ends_with_linker = s.lower(hit.last - 1) in hit.cue.linkers  # "formed with": its objects follow
    joint = hit.cue.consortium and not ends_with_linker
    inner = next((m for m in s.mentions if hit.first < m.first < hit.last and is_organization(m)), None)
    if joint and (that is not None or inner is not None or is_organization(s.mention_starting(hit.last))):
        start = that + 1 if that is not None else inner.first if inner is not None else hit.last
        items, after = parse_group(s, start, end, ctx.table)  # "the venture SoftBank launched with A": SoftBank's
        partners = formed_with(s, ctx, after, end) if len(items) == 1 else []
        if len(items) + len(partners) >= 2:  # "the joint venture (that) A, B and C formed", "that A launched with B"
            return items + partners, "of", (partners or items)[-1].last
    acted_on = acted_on_by_relative_subject(s, ctx, hit)
    if acted_on is not None:  # "Red Hat, which IBM acquired in 2019": the verb's object is the relative pronoun's
        return [acted_on], RELATIVE, acted_on.last
    described, _ = definite_object(s, ctx, hit.last) if hit.cue.deal_type == "SupplyAgreement" else ([], 0)
    if described and s.lower(described[0].last) == "with":  # "supply the ChatGPT maker with six gigawatts"
        return described, DIRECT, described[0].last
    supplied = is_organization(s.mention_starting(hit.last))  # "supply OpenAI with 6 GW of GPUs"
    supplying = hit.cue.deal_type == "SupplyAgreement" and not supplied
    supplied_firm = supplied_before_with(s, hit, end) if supplying else None
    if supplied_firm is not None:  # "supply French model maker Mistral AI with Nvidia graphics processors"
        return [supplied_firm], DIRECT, supplied_firm.last
    pair = (the_two(s, ctx, hit.last) or the_partners(s, ctx, hit.last) or the_counted(s, ctx, hit.last)) \
        if DIRECT in hit.cue.linkers else []
    if pair:  # "T-Mobile will join the two companies in field trials"
        return pair, DIRECT, pair[-1].last
    pronoun = pronoun_object(s, ctx, hit)
    if pronoun is not None:  # "Google, which supplies it with chips": what "it" stands for
        return [pronoun], DIRECT, pronoun.last
    if DIRECT in hit.cue.linkers and (supplied or not (hit.cue.deal_type == "SupplyAgreement" and linker_ahead(s, hit, end))):
        items, after = parse_group(s, hit.last, end, ctx.table, max_filler=4)
        items = [] if items and names_a_product(s, items[0]) and linker_ahead(s, hit, end, reach=12) else items
        if len(items) == 1 and qualifies_person(s, items[0]):
            return [], None, hit.last  # "tapped AMD veteran Rajiv Menon": a hire, AMD his former employer
        if items and hit.cue.deal_type in ("Acquisition", "Investment"):
            more, after = priced_more(s, ctx, after, end)
            items += more  # "acquired A for $72.8 million and B for $700 million"
        built_with = hit.cue.consortium and "with" in hit.cue.linkers and s.lower(after) == "with" \
            and is_organization(s.mention_starting(after + 1))  # "set up SB OpenAI Japan with OpenAI": what is built
        if items and not built_with:  # "buy Zeta", "backed Zeta"; but "supply chips to Zeta": the party is after "to"
            linked = s.lower(items[0].first - 1) == "with" and "with" in hit.cue.linkers
            return items, "with" if linked else DIRECT, after  # "building a plant with Zeta"
        maker = product_maker(s, ctx, hit.last)
        if maker is not None:  # "resell ChatGPT Enterprise": OpenAI
            return [maker], DIRECT, maker.last
        described, after = definite_object(s, ctx, hit.last) if hit.cue.deal_type == "FinancialCooperation" else ([], 0)
        if described:  # "granted the company ¥50 billion in subsidies": the firm the description stands for
            return described, DIRECT, after
        issuer = shares_owner(s, ctx, hit)
        if issuer is not None:  # "bought $2bn of its shares": the firm "its" stands for
            return [issuer], DIRECT, issuer.last
        sold_on = hit.cue.deal_type == "Acquisition" or s.lower(hit.first).startswith(("resell", "distribut"))
        owner, after = owner_object(s, hit.last) if sold_on else ([], hit.last)
        if sold_on and not owner:  # "buy the design unit of Hexagon"
            owner, after = business_owner(s, ctx.table, hit.last)
        if owner:  # "buy ABB's robotics unit": the unit's owner sells; "resells Google's models": Google's partner
            return owner, DIRECT, after
    such_as = s.lower(hit.last) == "such" and s.lower(hit.last + 1) == "as"
    include_at = hit.last + (s.lower(hit.last) in ("also", "now", "already"))  # "customers also include A"
    if s.lower(include_at) in ("include", "includes", "including") or such_as:
        items, after = parse_group(s, include_at + (2 if such_as else 1), end, ctx.table)
        if items:  # "Zeta's customers include A and B": Zeta, the subject, with each
            return items, "include", after
    owner = partner_owner(s, ctx, hit) or role_of(s, hit)
    if owner is not None:
        return [owner], "of", hit.last
    holder = role_holder(s, ctx, hit)
    if holder is not None:  # "Orbit Soft is its largest customer": Orbit Soft, with what "its" stands for
        return [holder], "of", hit.last
    relative = relative_object(s, hit)
    if relative is not None:  # "Anthropic, in which Amazon has invested $8 billion in 2023"
        return [relative], RELATIVE, relative.last
    k = hit.last
    if s.lower(k - 1) in hit.cue.linkers:  # the cue ends with its linker: "works with"
        k -= 1
    for j in range(k, min(k + LINKER_REACH, end)):
        word = s.lower(j)
        if (word == "to" and (s.lower(j - 1) in ("up", "next", "close", "adjacent")
                              or s.lower(j + 1) in PURPOSE_VERBS)) or (
                word == "of" and s.mention_starting(j + 1) is None and (
                quantity_word(s.lower(j - 1)) or quantity_word(s.lower(j + 1)) or s.lower(j + 1) in APPROXIMATELY)
                and not definite_object(s, ctx, j + 1)[0]):  # but "holds 27% of the company"
            continue  # "supply up to 900,000 wafers to X", "buy $9.7 billion of capacity from X": quantities
        if word == "is" and "is" in hit.cue.linkers and (j > k or not may_be_party(s.mention_starting(j + 1))):
            break  # "its largest customer is Zeta" (or "is Dow", never seen); not "a customer, which is what it lacked"
        if word in hit.cue.linkers:  # only the first: "with governments, in coordination with X"
            items, after = parse_group(s, j + 1, end, ctx.table)
            items = [m for m in items if not names_a_product(s, m)]  # "with capacity and Nvidia GPU clusters"
            if not items:
                items, after = listed_after_colon(s, ctx, j + 1, end)
            if not items:
                items, after = definite_object(s, ctx, j + 1)
            if not items:
                # "buy capacity from the two companies", "a contract with the five"
                items = the_two(s, ctx, j + 1) or the_partners(s, ctx, j + 1) or the_counted(s, ctx, j + 1)
                after = items[-1].last if items else after
            if not items:
                items, after = owner_object(s, j + 1)
            if not items:
                items, after = business_owner(s, ctx.table, j + 1)
            if not items:
                items = initiative_leader_for(s, ctx, hit, j + 1)  # "supply memory chips for (its) Stargate": OpenAI
                after = items[-1].last if items else after
            if not items and word == "with" and j <= hit.last:  # "a partnership with it", not "because of it"
                items = it_after_linker(s, ctx, j + 1)
                after = items[-1].last if items else after
            if not items and word == "to":
                items, after = sharing_receivers(s, ctx, j + 1)
            if items or word != "for":
                return (items, word, after) if items else ([], None, hit.last)
            continue  # "grants for the site, finalized by the Commerce Department": the party comes later
        if short_aside(s, j, end) or passive_relative(s, j) or determiner_that(s, j, hit):
            continue  # "designs chips, which it calls XPUs, for Google", "a round which was led by A"
        if word in (".", ";", "which", "that", "who", "according") or (j > k and is_cue_word(s, j)
                                                                       and not round_word(s, j)) \
                or RIVALRY.fullmatch(word):
            break  # "... agreement, a milestone in its battle with Nokia": rivals, not parties
    makers = makers_ordered(s, hit, end)
    if makers:  # "a letter of intent for 10 gigawatts of Nvidia systems": Nvidia sells
        return makers, "from", makers[-1].last
    seller = seller_of_thing(s, ctx, hit, end)
    if seller:  # "buy the plant from Sharp": the seller is the other party
        return seller, "from", seller[-1].last
    return [], None, hit.last


def seller_of_thing(s: Sentence, ctx: DocContext, hit: CueHit, end: int) -> list:
    """The one seller of a thing bought ("buy the plant from Sharp", "racks bought from HPE"); not
    "..., and from X" (another verb's source), nor sellers listed after a second "from" (each sells
    its own shares)."""
    at = seller_at(s, hit, end) if hit.cue.deal_type == "Acquisition" else None
    if at is None or s.lower(at - 1) in ("and", ","):
        return []
    items, after = parse_group(s, at + 1, end, ctx.table)
    return items if len(items) == 1 and "from" not in {s.lower(j) for j in range(after, end)} else []


def makers_ordered(s: Sentence, hit: CueHit, end: int) -> list:
    """The makers of the products an order is "for", right after its cue."""
    if hit.cue.deal_type not in ORDER_TYPES or s.lower(hit.last) != "for":
        return []
    found = (s.mention_starting(j) for j in range(hit.last + 1, min(end, hit.last + 7)))
    return [m for m in found if is_organization(m) and names_a_product(s, m)]  # named firms only, none promoted


# Deals that may be orders of a maker's products, named after "for".
ORDER_TYPES = frozenset(["SupplyAgreement", "LetterOfIntent"])


def sharing_receivers(s: Sentence, ctx: DocContext, k: int) -> tuple[list, int]:
    """"ship 260,000 GPUs to the country, with A, B and C each taking 50,000": the firms that
    share what goes to a place or a people, named in a "with" phrase after it."""
    for j in range(k, min(k + LINKER_REACH, len(s.tokens))):
        if s.at[j] is not None and is_organization(s.at[j]) or s.lower(j) in (".", ";"):
            return [], k
        if s.lower(j) == "with" and s.lower(j - 1) == ",":
            items, after = parse_group(s, j + 1, len(s.tokens), ctx.table)
            taking = after + (s.lower(after) == "each")
            return (items, after) if items and s.lower(taking) in SHARING_PARTICIPLES else ([], k)
    return [], k


SHARING_PARTICIPLES = frozenset("taking getting receiving buying".split())


def relative_object(s: Sentence, hit: CueHit):
    """The name before ", in which" / ", to which" / ", with which" that opens the cue's clause, or the
    name an apposition describes before "the developer in which": the firm the relative clause's deal is with."""
    for j in range(hit.first - 1, max(0, hit.first - 8), -1):
        if s.lower(j) == "which" and s.lower(j - 1) in hit.cue.linkers:
            if s.lower(j - 2) in COMPANY_HEADS:  # "Anthropic, the US model developer in which it invested"
                return apposition_anchor(s, j - 1)
            m = s.mention_ending(j - 2) if s.lower(j - 2) == "," else None
            return m if is_organization(m) else None
        if s.lower(j) in (",", ";", "."):
            return None
    return None


def acted_on_by_relative_subject(s: Sentence, ctx: DocContext, hit: CueHit):
    """"X, which IBM acquired", "X, which Nvidia backs", "X, the unit Salesforce bought": the cue's
    subject opens a relative clause (a bare one after an apposition's noun) about X, a firm
    even when its name is new ("Red Hat")."""
    if DIRECT not in hit.cue.linkers:
        return None
    j = hit.first - 1
    while s.lower(j) in RELATIVE_ADVERBS:
        j -= 1
    subject = s.mention_ending(j + 1)
    if not is_organization(subject):
        return None
    if subject_of_relative(s, subject, hit.first) and s.lower(subject.first - 2) == ",":
        described = s.mention_ending(subject.first - 2)
    elif s.lower(subject.first - 1) in COMPANY_HEADS | SERVICE_HEADS and past_tense(s.lower(hit.first)):
        described = apposition_anchor(s, subject.first, new_names=True)  # not "the chipmaker Nvidia supplies"
    else:
        return None
    if described is not None and described.kind == "unknown" and described.entity is None:
        promote(described, ctx.table, "Company", "what a firm's deal in a relative clause is about")
    return described if is_organization(described) else None


SERVICE_HEADS = frozenset("service app platform business".split())


def past_tense(word: str) -> bool:
    return word.endswith("ed") or word in ("bought", "sold", "took")


def passive_relative(s: Sentence, k: int) -> bool:
    """"a round which was led by A": the relative clause carries the cue's own linker."""
    return s.lower(k) in ("which", "that") and s.lower(k + 1) in ("was", "is", "were", "are", "will") and any(
        s.lower(j) == "by" for j in range(k + 2, min(k + 5, len(s.tokens))))


def round_word(s: Sentence, j: int) -> bool:
    """"funding round", "financing round": the round the cue is about, no second cue."""
    return s.lower(j + 1) == "round"


def listed_after_colon(s: Sentence, ctx: DocContext, k: int, end: int) -> tuple[list, int]:
    """"with four financial groups: HSBC, Standard Chartered and ING", "by eight companies -- A, B and C":
    the firms the colon or dash lists."""
    for j in range(k, min(k + 6, end + 1, len(s.tokens))):
        if s.lower(j) == ":" or s.lower(j) in DASHES:  # the clause ends there; the list runs to the sentence's end
            items, after = parse_group(s, j + 1, len(s.tokens), ctx.table) if j > k else ([], k)
            ends = s.lower(j) == ":" or s.lower(after) in (".", "")  # not "— A and B are already backers —"
            return (items, after) if ends else ([], k)
        if s.at[j] is not None or not s.tokens[j].is_word:
            break
    return [], k


def short_aside(s: Sentence, k: int, end: int) -> bool:
    """Whether a short relative clause (", which it calls XPUs,") starts at k."""
    return s.lower(k) == "which" and s.lower(k - 1) == "," and any(
        s.lower(i) == "," for i in range(k + 1, min(k + 8, end)))


APPROXIMATELY = frozenset("about roughly around nearly almost some up over more less approximately $ us$ a an".split())


def quantity_word(word: str) -> bool:
    return word[:1].isdigit() or word in ("million", "billion", "trillion", "crore", "lakh", "%", "percent", "gigawatts", "megawatts")


def formed_with(s: Sentence, ctx: DocContext, k: int, end: int) -> list:
    """"... that OpenAI launched last month with SoftBank and Oracle", "that SK Telecom set up in Germany
    last year with A and B": the founder's partners."""
    for j in range(k, min(k + 8, end)):
        if s.lower(j) == "with":
            return parse_group(s, j + 1, end, ctx.table)[0]
        if s.lower(j) in (",", ";", "."):
            break
    return []


COUNTING_VERBS = frozenset("counts count counted lists listed numbers boasts boasted".split())


def counting_owner(s: Sentence, ctx: DocContext):
    """"Kestrel, based in ..., counts A and B among its investors": the sentence's first name (past an
    owner: "Wistron's subsidiary Wiwynn counts"), if it comes before the verb (in "It also counts A and B
    among ...", the subject is the pronoun's); the name before ", which counts" ("competes with Fluidstack,
    which counts A among its customers")."""
    verb = next((k for k, t in enumerate(s.tokens) if t.lower in COUNTING_VERBS), len(s.tokens))
    clause_start = s.clause_of(verb)[0]  # "A and B formed a venture, while C counts D among its shareholders": C
    before = [m for m in s.mentions if clause_start <= m.first < verb]
    if not before:
        return None
    first = before[1] if len(before) > 1 and s.possessive_at(before[0].last) else before[0]  # "Wistron's unit Wiwynn"
    m = s.mention_ending(verb - 2) if s.lower(verb - 1) == "which" and s.lower(verb - 2) == "," else first
    if m is None:
        return None  # ", which counts" after no name
    if m.kind == "unknown":
        promote(m, ctx.table, "Company", "counts investors")
    return m if is_organization(m) else None


def counted_among(s: Sentence, ctx: DocContext, hit: CueHit) -> list:
    """"X counts A and B among its investors": A and B, with the subject X."""
    among = next((j for j in range(hit.first - 2, max(0, hit.first - 6), -1)
                  if s.lower(j) == "among" and s.lower(j + 1) == "its"), None)  # "among its AI customers"
    if among is None:
        return []
    for j in range(among - 1, max(0, among - 14), -1):
        if s.lower(j) in COUNTING_VERBS:
            items, _ = parse_group(s, j + 1, among, ctx.table)
            return items
    return []


def role_owner_at(s: Sentence, hit: CueHit) -> int | None:
    """Where the owner of a role noun is, past a word or two of description: "OpenAI's [key]
    partners", "its [largest] customer"; None for no role noun."""
    if s.lower(hit.first) not in OWNED_ROLES:
        return None
    j = hit.first - 1
    while j > 0 and not s.possessive_at(j) and s.lower(j) != "its" and hit.first - j <= 3 and (
            s.tokens[j].text.islower() or (s.at[j] is None and s.tokens[j].text.isupper())):  # "main HBM supplier"
        j -= 1
    return j


def partner_owner(s: Sentence, ctx: DocContext, hit: CueHit):
    """"X, Y and Z are among OpenAI's partners", "Zeta became Acme's first partner": the
    organization whose partner the subject is."""
    j = role_owner_at(s, hit)
    if j is None or not s.possessive_at(j) or s.lower(hit.last) in ("are", "were", "is", "was", "include", "included"):
        return None  # "Vega's XPU customers are A and B", "its largest customer is C": the names after
    m = s.mention_ending(j)
    if m is not None and m.kind == "unknown":
        promote(m, ctx.table, "Company", "has partners")
    return m if is_organization(m) else None


def role_of(s: Sentence, hit: CueHit):
    """"Kakao has been a partner of OpenAI", "one of the investors of X": the organization after "of"
    whose partner the subject is (not "approval from the shareholders of X", a group named)."""
    if s.lower(hit.first) not in OWNED_ROLES or s.lower(hit.last) != "of":
        return None
    one = any(s.lower(j) in ("a", "an", "one", "among") for j in range(hit.first - 3, hit.first))
    m = s.mention_starting(hit.last + 1)
    return m if one and is_organization(m) and not s.possessive_at(m.last) else None  # not "of Zeta's rival Nova"


OBJECT_PREPOSITIONS = frozenset("to with for from by on".split())
RATER_PREPOSITIONS = OBJECT_PREPOSITIONS | frozenset(["of", "in", "into"])  # a firm dealt with, no rater


def role_holder(s: Sentence, ctx: DocContext, hit: CueHit):
    """"SoftBank is its main financial partner", "Microsoft, which ..., remains its largest
    customer", "ByteDance is also among its clients": the firm named before the verb, whose role
    towards the owner "its" names; or the firm set beside the role after a preposition ("alternatives
    to OpenAI, its longtime partner", "with its partner OpenAI")."""
    j = role_owner_at(s, hit)
    if j is None or s.lower(j) != "its":
        return None
    named = s.mention_ending(j - 1) if s.lower(j - 1) == "," else s.mention_starting(hit.last)
    if is_organization(named) and s.lower(min(named.first, j) - 1) in OBJECT_PREPOSITIONS:
        return named  # "alternatives to OpenAI, its longtime partner", "with its partner OpenAI"
    k = j - 1
    while s.lower(k) in ("also", "among", "one", "of"):
        k -= 1
    if s.lower(k) not in COPULAS:
        return None
    m = s.mention_ending(k)
    if m is None and s.lower(k - 1) == ",":  # past a relative clause about the name
        which = next((i for i in range(k - 2, max(0, k - 25), -1) if s.lower(i) in ("which", "who")), None)
        m = s.mention_ending(which - 1) if which is not None and s.lower(which - 1) == "," else None
    if m is not None and m.kind == "unknown":
        promote(m, ctx.table, "Company", "holds a role towards another")
    return m if is_organization(m) else None


def based_in(s: Sentence, j: int) -> bool:
    """"San Francisco-based": words of a place that ends in "-based"."""
    return any(s.lower(i).endswith("-based") for i in range(j, min(j + 3, len(s.tokens))))


def determiner_that(s: Sentence, j: int, hit: CueHit) -> bool:
    """"sold that unit to X": a "that" before a noun and the cue's linker is no clause's start."""
    return s.lower(j) == "that" and j + 2 < len(s.tokens) and s.tokens[j + 1].text.islower() \
        and s.lower(j + 2) in hit.cue.linkers and s.lower(j + 2) in PLACE_PREPOSITIONS


def definite_object(s: Sentence, ctx: DocContext, k: int) -> tuple[list, int]:
    """"invest $4 billion in the startup": the organization named last before this one;
    "a deal with the ChatGPT maker": the product's maker."""
    if s.lower(k) != "the":
        return [], k
    described = described_maker(s, ctx, k)
    if described is not None:
        return [Stand(described[0], described[1] + 1)], described[1] + 1
    j = k + 2 if s.lower(k + 1) == "joint" else k + 1
    venture = venture_told(s, ctx, j)
    if venture is not None:  # "signed with the venture": the one the text named
        return [Stand(venture, j + 1)], j + 1
    j = k + 1
    while (j < len(s.tokens) and j < k + 4 and s.lower(j) not in COMPANY_HEADS
           and (s.tokens[j].text.islower() or is_demonym(s.tokens[j].text) or product_word(s, j)
                or is_place(s.at[j]) or based_in(s, j))):
        j += 1
    if s.lower(j) not in COMPANY_HEADS or s.possessive_at(j + 1):
        return [], k
    kind = ORG_CUES.get(s.lower(j))
    if kind not in (None, "Company"):  # "with the ministry": the government body named last
        typed = ctx.named_last(kind)
        return ([Stand(typed, j + 1)], j + 1) if typed else ([], k)
    for m in s.mentions:
        if m.last <= k and m.kind == "unknown" and m.entity is None and s.lower(m.first - 1) not in PLACE_PREPOSITIONS \
                and not names_a_thing(s, m):
            promote(m, ctx.table, "Company", "named before 'the company'")
    before = [m.entity for m in s.mentions if m.last <= k and is_organization(m)]
    subject = before[-1] if before else None  # the nearest is the deal's own subject
    listed = {id(e) for e in before if e is subject or listed_together(s, e, subject)}
    main = ctx.main_actor()
    if main is not None and main.cls != "NewsOutlet" and id(main) not in listed and any(e is main for e in before[:-1]):
        return [Stand(main, j + 1)], j + 1  # "A and B agreed to invest, and C signed with the company": A, the text's
    for entity in list(reversed(before[:-1])) + list(reversed(ctx.recent)):
        if id(entity) not in listed:
            return [Stand(entity, j + 1)], j + 1
    return [], k


def shares_owner(s: Sentence, ctx: DocContext, hit: CueHit) -> Stand | None:
    """"bought $2bn of its shares": whose shares, when "its" names them."""
    if hit.cue.deal_type not in ("Investment", "Acquisition"):
        return None
    for j in range(hit.last, min(hit.last + 6, len(s.tokens) - 1)):
        if s.lower(j) == "its" and s.lower(j + 1) in ("shares", "stock", "equity"):
            subject = s.mentions[0].entity if s.mentions else None
            owner = antecedent(s, ctx, j)
            if owner is subject:  # "SoftBank bought $2bn of its shares": the firm the sentence before was about
                owner = ctx.last_subject[0]
            return Stand(owner, j + 2) if owner is not None and owner is not subject else None
    return None


def pronoun_object(s: Sentence, ctx: DocContext, hit: CueHit) -> Stand | None:
    """"Google, which supplies it with chips", "Nvidia, which backs it": the firm "it" stands
    for, named before the one the clause is about."""
    if hit.cue.deal_type not in ("SupplyAgreement", "Investment") or s.lower(hit.last) != "it":
        return None
    about = s.mention_ending(hit.first - 2) if s.lower(hit.first - 1) in ("which", "that") else None
    if about is not None and about.kind == "unknown" and not is_person(about):
        promote(about, ctx.table, "Company", "supplies or backs a firm")
    if not is_organization(about):
        return None
    owner = antecedent(s, ctx, hit.last)
    return Stand(owner, hit.last + 1) if owner is not None and owner is not about.entity else None


def it_after_linker(s: Sentence, ctx: DocContext, k: int) -> list[Stand]:
    """"CMA CGM struck a partnership with it": the firm "it" stands for, which is none of the
    clause's names before it (a firm would deal with "itself")."""
    if s.lower(k) != "it" or s.lower(k + 1) in ("to", "that"):  # not "with it to build", "with it that"
        return []
    before = {id(m) for m in s.mentions if m.last <= k}
    owner = antecedent(s, ctx, k, before)
    return [Stand(owner, k + 1)] if owner is not None else []


def owner_object(s: Sentence, k: int) -> tuple[list, int]:
    """"supply memory for OpenAI's Stargate project": the owner of what the deal serves
    (not "with Zeta's chairman", where the person is the party)."""
    m = s.mention_starting(k)
    if is_organization(m) and s.possessive_at(m.last) and not role_modifier(s, m):
        return [m], m.last + 1
    return [], k


def business_owner(s: Sentence, table, k: int) -> tuple[list, int]:
    """"invested in the silicon carbide business of Coherent", "buy the design unit of Hexagon": the
    firm whose part, told by what it does, the deal is about."""
    part = next((j for j in range(k + 1, min(k + 6, len(s.tokens))) if s.lower(j) in BUSINESS_PARTS), None)
    if part is None or s.lower(k) != "the" or s.lower(part + 1) != "of" \
            or not all(s.tokens[j].text.islower() for j in range(k, part)):
        return [], k
    items, after = parse_group(s, part + 2, min(part + 8, len(s.tokens)), table)
    return items[:1], (items[0].last if items else k)


# Parts of a firm told by what they do ("the silicon carbide business of Coherent").
BUSINESS_PARTS = frozenset("business businesses unit division arm operations segment".split())


def initiative_leader_for(s: Sentence, ctx: DocContext, hit: CueHit, k: int) -> list:
    """The firm leading the initiative the store knows named at token k, or after "its" there ("supply
    chips for (its) Stargate": OpenAI's), as the deal's other party; not when the clause's subject leads
    it ("OpenAI signed letters with A to supply chips for its Stargate")."""
    its = s.lower(k) == "its"
    m = s.mention_starting(k + its)
    leader = ctx.leader_of(m) if m is not None else None
    if leader is None:
        return []
    start = s.clause_of(hit.first)[0]
    opening = next((o for o in s.mentions if start <= o.first < hit.first and is_organization(o)), None)
    return [] if its and opening is not None and opening.entity is leader else [Stand(leader, m.last)]


def listed_together(s: Sentence, a: Entity, b: Entity | None) -> bool:
    """Whether two organizations of the sentence are named together ("A and B will ...")."""
    ends = {id(m.entity): m for m in s.mentions if m.entity is not None}
    first, second = ends.get(id(a)), ends.get(id(b)) if b is not None else None
    if first is None or second is None:
        return False
    lo, hi = sorted((first, second), key=lambda m: m.first)
    return all(s.lower(x) in (",", "and", "&") or is_organization(s.at[x]) for x in range(lo.last, hi.first))


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


def product_word(s: Sentence, j: int) -> bool:
    """"the ChatGPT maker": a product named in a description of its maker."""
    m = s.mention_starting(j)
    return m is not None and m.entity is not None and m.entity.cls == "Product"


@dataclass
class Stand:
    """An organization standing in for a phrase ("the startup") as a deal's object."""

    entity: Entity
    last: int


def the_two(s: Sentence, ctx: DocContext, k: int) -> list[Stand]:
    """"the two companies" (or "the two Korean companies") at k, as objects: the two firms it
    stands for (DocContext.the_two)."""
    j = k + (1 if s.lower(k) == "the" else 0) + 1
    j += 1 if j < len(s.tokens) and is_demonym(s.tokens[j].text) else 0
    return [Stand(e, j + 1) for e in ctx.the_two()] if pair_phrase(s, j) else []


def the_partners(s: Sentence, ctx: DocContext, k: int) -> list[Stand]:
    """"lent the partners $9.6 billion", "with the venture partners", "loans to the consortium": the
    parties of the deal told before (a consortium's members, not the ministry that picked them)."""
    j = k + 1 if s.lower(k + 1) in PARTNER_NOUNS else k + 2  # "the partners", "the venture partners"
    if s.lower(k) != "the" or s.lower(j) not in PARTNER_NOUNS or (j == k + 2 and not s.tokens[k + 1].text.islower()) \
            or ctx.last_deal is None or len(ctx.last_deal.parties) < 2:
        return []
    members = [e for e in ctx.last_deal.parties if s.lower(j) == "partners" or e.cls != "GovernmentBody"]
    return [Stand(e, j + 1) for e in members] if len(members) >= 2 else []


PARTNER_NOUNS = frozenset(["partners", "consortium"])


def the_counted(s: Sentence, ctx: DocContext, k: int) -> list[Stand]:
    """"signed a supply contract with the five", "loans to the three Asian carriers": the parties of the deal
    agreed before, as for "the two" (DocContext.the_two), when it has that many (not "the five sites", nor "the
    three months")."""
    count = COUNT_WORDS.get(s.lower(k + 1)) if s.lower(k) == "the" else None
    told = ctx.last_agreed or ctx.last_deal
    if count is None or told is None or len(told.parties) != count:
        return []
    j = k + 2 + (1 if k + 2 < len(s.tokens) and is_demonym(s.tokens[k + 2].text) else 0)
    if s.lower(j) in COUNTED_HEADS:
        return [Stand(e, j + 1) for e in told.parties]
    ends = j >= len(s.tokens) or not s.tokens[j].is_word or s.lower(j) in COUNTED_FOLLOWERS
    return [Stand(e, j) for e in told.parties] if ends else []


COUNT_WORDS = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
COUNTED_FOLLOWERS = frozenset("to for on in and that which under over as by from at".split())
COUNTED_HEADS = PAIR_HEADS | PARTNER_NOUNS | frozenset("members operators carriers investors".split())


def possessive_organizations(s: Sentence, ctx: DocContext, k: int, end: int) -> list:
    """"integrates Cobalt's tools into Zeta's app": the organizations whose things are joined."""
    found = []
    for j in range(k, end):
        if s.lower(j) in COMPONENT_LINKS and s.lower(j + 1) in ("by", "on", "with", "around"):
            break  # "spend ¥100 billion on servers powered by Nvidia's GPUs": the parts' maker sells no servers
        m = s.mention_starting(j)
        if m is not None and m.kind == "unknown" and (s.possessive_at(m.last) or names_a_product(s, m)):
            promote(m, ctx.table, "Company", "owner of an integrated product")
        owned = owned_firm_after(s, m) if m is not None else None
        owns_next = owned is not None and owned.first == m.last + 1  # "Alphabet's Google"
        if is_organization(m) and (s.possessive_at(m.last) and not owns_next or names_a_product(s, m)):
            found.append(m)  # "Zeta's app", "Ericsson equipment", "Nvidia Blackwell chips"; not "Alphabet's Google"
    return found


def raiser_of_round_after(s: Sentence, k: int, end: int):
    """The mention of the firm "a $50 million round for Orbit Labs" names, the round within a few words of token k."""
    raiser = named_round(s, k, min(k + 14, end))
    return next((m for m in s.mentions if m.entity is raiser and k < m.first < end), None) if raiser else None


def seller_at(s: Sentence, hit: CueHit, end: int) -> int | None:
    """"buy Instinct GPUs from AMD": where "from" names the seller, the party (not the product's name)."""
    return next((j for j in range(hit.last, min(hit.last + LINKER_REACH, end))
                 if s.lower(j) == "from" and may_be_party(s.mention_starting(j + 1))), None)


def may_be_party(m) -> bool:
    """An organization, or a name not yet typed that is no person's."""
    return is_organization(m) or (m is not None and m.kind == "unknown" and not is_person(m))


def linker_ahead(s: Sentence, hit: CueHit, end: int, reach: int = 6) -> bool:
    """Whether one of the cue's linkers ("to", "with") follows within a few words."""
    return any(s.lower(j) in hit.cue.linkers for j in range(hit.last, min(hit.last + reach, end)))


def supplied_before_with(s: Sentence, hit: CueHit, end: int):
    """The firm a description leads to right before "with": "supply French model maker Mistral AI with ..."."""
    for j in range(hit.last, min(hit.last + 6, end)):
        m = s.mention_starting(j)
        if is_organization(m):
            return m if s.lower(m.last) == "with" and not names_a_product(s, m) else None
        if not s.tokens[j].is_word or s.tokens[j].text[:1].isupper() and not is_demonym(s.tokens[j].text) \
                or s.lower(j) in ("by", "from", "of", "to", "for", "in"):
            return None  # not "accelerators made by TSMC with its process"
    return None
