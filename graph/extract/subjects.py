"""Who a claim is about: the organizations before a cue in its clause, or what a pronoun
("it", "the company", "their", a quoted "we") stands for."""

from __future__ import annotations

from graph.extract.amounts import MONEY_BEFORE
from graph.extract.deal import unique
from graph.extract.entities import Entity
from graph.extract.lexicon import DASHES, MONTHS, ORG_CUES, POSSESSIVES, SPEECH_VERBS, WEEKDAYS, is_demonym
from graph.extract.sentence import (ASIDE_PARTICIPLES, CLAUSE_VERBS, COMPANY_HEADS, DEAL_VERBS,
                               PLACE_PREPOSITIONS, PRONOUN_SUBJECTS, RELATIVE_ADVERBS, DocContext, Sentence,
                               apposed_owner, apposition_anchor, before_brackets, coordinated_before, event_venue,
                               is_organization, is_person, is_place, modifies_noun, named_in_full_before,
                               names_a_product, names_a_thing, names_other_deal, opening_referent_at, owned_firm_after,
                               past_qualifiers, promote, regulator_or_exchange, role_modifier, starts_clause,
                               words_back)

# How far before a cue its subject may be, in tokens: subjects sit near their verbs, and a
# bound keeps the work per cue constant on run-on text.
SUBJECT_REACH = 40


def find_subject(s: Sentence, ctx: DocContext, k: int, clause, used, exclude=frozenset(),
                 may_promote: bool = True) -> tuple[list[Entity], str, int]:
    """The organizations that make the deal: before the cue in its clause, a pronoun's
    antecedent, the sentence's first organization, or the document's main actor. An unknown
    name becomes an organization here only when the deal has objects, or it is listed with
    another name ("Zeta and Kestrel signed a deal")."""
    a = max(clause[0], k - SUBJECT_REACH)
    if passive_about_a_thing(s, k):  # "two campuses that will be leased to Oracle": by whom, it does not say
        return [], "explicit", k
    owner = owner_pronoun(s, k, a)
    if owner is not None:  # the status words sit before the owner: "scrapped its deal with X"
        return antecedents(s, ctx, owner, used), "pronoun", a
    opening = opening_subject(s, ctx, k, used)
    if opening:  # "It has helped Google design its TPUs and also builds chips for Meta": it builds them
        return opening, "explicit", 0
    doers = participle_doers(s, k)
    if doers:  # "A agreed to buy B from C, funding the purchase with a loan from D": A borrows
        return doers, "explicit", 0
    described = described_by_relative(s, k, a)
    if described is not None:  # "OpenAI, which hired former Google head Kim as its country head, agreed with Kakao"
        return [described.entity], "explicit", described.first
    j = k - 1
    while j >= a:
        m = s.at[j]
        if (m is not None and m.kind == "unknown" and m.entity is None and not role_modifier(s, m)
                and s.lower(m.first - 1) not in PLACE_PREPOSITIONS and s.lower(m.first - 1) not in ("(", "its", "their")
                and (may_promote or listed_with_another(s, m)) and not names_a_thing(s, m)
                and not object_before_second_verb(s, m, k)):  # "assembles iPhones for Apple, and acquired"
            promote(m, ctx.table, "Company", "subject of a deal")
        joined = accompanying(s, m, a) if is_organization(m) else None
        if joined is not None:  # "MGX and AIP agreed, together with GIP, to acquire": all three buy
            leaders, how, start = find_subject(s, ctx, joined, clause, used, exclude, may_promote)
            companions = [g.entity for g in coordinated_before(s, m, joined + 1, used, ctx.table)]
            return unique(leaders + companions), how, start
        if m is not None:
            holder = apposition_holding(s, m, k) if is_organization(m) else None
            # "AdaniConneX, the venture between Adani Enterprises and EdgeConneX, has secured"; "... Bank (KDB)"
            m = holder or named_in_full_before(s, m) or m
            if (is_organization(m) and (id(m) not in used or starts_clause(s, m.last) or after_relative_pronoun(s, m))
                    and not role_modifier(s, m) and not object_of_preposition(s, m) and not apposed_owner(s, m)
                    and not object_before_second_verb(s, m, k)
                    and id(m.entity) not in exclude and not names_a_product(s, m) and not regulator_or_exchange(s, m)
                    and not names_other_deal(s, m)):
                qualifier = s.lower(m.first - 1) in ("the", "a", "an") and modifies_noun(s, m)  # "the G42 unit"
                if qualifier:
                    promote_anchor(s, ctx, m)
                apposed = ends_apposition(s, m.last) and not subject_of_relative(s, m, k)  # not "X, which Nvidia backs,"
                described = apposition_anchor(s, m.first) if apposed or qualifier else None
                m = described if described is not None and described.first >= a else m  # "A, the unit of B, signed"
                group = coordinated_before(s, m, a - 1, used, ctx.table)
                listed_before = described_before_and(s, ctx, group[0].first, a, used)
                return unique(listed_before + [g.entity for g in group]), "explicit", group[0].first
            in_apposition = is_person(m) and ends_apposition(s, m.last)
            # "Zeta Labs, the startup founded by former Nova CTO Dana Park, raised"; "Bezos Expeditions, the
            # investment firm of Amazon founder Jeff Bezos, led": the firm the apposition describes
            described = (founded_firm(s, ctx, m) or apposition_anchor(s, m.first)) if in_apposition else None
            if described is not None:
                return [described.entity], "explicit", described.first
            if is_person(m) and m.entity in ctx.employer:
                employers = employers_before(s, ctx, m)
                if len(employers) >= 2:  # "SK's chairman Chey and OpenAI CEO Altman signed the deal"
                    return employers, "explicit", m.first
                return [ctx.employer[m.entity]], "person", m.first
            if is_person(m) and not s.possessive_at(m.last):
                return [], "person", m.first  # "Mr Wong joined HSBC in 1990": a career, no deal
            j = m.first - 1
            continue
        opened = relative_clause_opening(s, j, a)
        if opened is not None:  # "X, in which A holds 40% and B 30%, will borrow": X's verb, not A's nor B's
            j = opened - 1
            continue
        relative = relative_antecedent(s, j)
        if relative is not None:  # "Alphabet's Google, which has put $3 billion into Anthropic": Google
            return [relative.entity], "explicit", relative.first
        described = maker_described_at(s, ctx, j)
        if described is not None:  # "the ChatGPT maker signed ...": OpenAI
            return [described], "explicit", j
        venture = named_venture(s, ctx, j)
        if venture is not None:  # "That venture raised $1.44 billion": the firm told of as a joint venture
            return [venture], "explicit", j
        if s.lower(j) in UNNAMED_LENDERS and not any(is_organization(s.at[i]) for i in range(a, j)):
            return [], "explicit", j  # "...; Japanese banks lend Rs 8,000 crore to X": its lenders go unnamed
        if pronoun_subject(s, j):
            return antecedents(s, ctx, j, used), "pronoun", j
        pair = pair_phrase(s, j) and (named_before(s, j) or ctx.the_two())
        if pair:  # "the two companies", "both firms"
            return pair, "explicit", j - 1
        j -= 1
    for m in s.mentions:
        if m.last <= a and is_organization(m) and id(m) not in used and not role_modifier(s, m) \
                and not names_a_product(s, m):
            return [m.entity], "explicit", a
    actor = ctx.main_actor()
    return ([actor] if actor else []), "implicit", a


UNNAMED_LENDERS = frozenset("banks lenders megabanks".split())


def promote_anchor(s: Sentence, ctx: DocContext, m) -> None:
    """"Ohio Edison, a FirstEnergy utility, signed": a name never seen that an apposition naming a
    firm's unit describes is an organization."""
    anchor = s.mention_ending(m.first - 2) if s.lower(m.first - 2) == "," else None
    if anchor is not None and anchor.kind == "unknown" and anchor.entity is None:
        promote(anchor, ctx.table, "Company", "described by an apposition")


def described_before_and(s: Sentence, ctx: DocContext, k: int, floor: int, used) -> list[Entity]:
    """"the ministry and KEPCO agreed": the organization a description listed before the first name stands for."""
    if s.lower(k - 1) != "and" or s.lower(k - 2) not in COMPANY_HEADS or s.lower(k - 3) != "the" or k - 3 < floor:
        return []
    found = antecedent(s, ctx, k - 2, used)
    return [found] if found is not None else []


def participle_doers(s: Sentence, k: int) -> list[Entity]:
    """The firms opening the sentence, for a cue in a phrase that a participle or "plus" opens after a
    comma (", funding the purchase with a loan", ", plus chip pacts with A"): the phrase's subject is the sentence's."""
    for j in range(k - 1, max(0, k - PARTICIPLE_REACH), -1):
        if s.at[j] is not None:
            return []
        participle = s.lower(j).endswith("ing") and s.lower(j) not in PREPOSITION_PARTICIPLES
        if s.lower(j - 1) == "," and s.tokens[j].text.islower() and (participle or s.lower(j) == "plus"):
            opening = s.mention_starting(past_opening_phrase(s))
            if not is_organization(opening) or s.possessive_at(opening.last):
                return []
            return coordinated_after(s, opening, j)  # "Arm and Meta deepened ties, announcing a partnership"
    return []


PARTICIPLE_REACH = 8
# Participles that work as prepositions: ", including the chips that A and B rely on" names no doer.
PREPOSITION_PARTICIPLES = frozenset("including according following excluding regarding concerning pending "
                                    "involving covering featuring".split())


VERB_ADVERBS = frozenset("also now then later separately still recently".split())
VERB_PHRASE_REACH = 8
OBJECT_PREPOSITIONS = frozenset("in from with to of for into".split())


def opening_subject(s: Sentence, ctx: DocContext, k: int, used) -> list[Entity]:
    """The sentence's subject when the cue at k is a second verb of it ("X has helped A ... and
    also builds ..."): the organization or pronoun opening the sentence, with no comma before k."""
    j = k - 1
    while j > 0 and k - j <= VERB_PHRASE_REACH and s.at[j] is None and s.lower(j) not in ("and", "but") \
            and (s.lower(j) in VERB_ADVERBS or s.tokens[j].text.islower() or s.tokens[j].text[:1] in "$€£¥0123456789"):
        j -= 1  # "... and drew on a $15 billion bridge loan": past the verb to "and"
    before = s.mention_ending(j)
    start = past_opening_phrase(s)
    pronoun_opens = s.mention_starting(start) is None and pronoun_subject(s, start)
    comma_and = s.lower(j - 1) == "," and pronoun_opens  # "It merged with X, Y's unit, in 2024, and this summer raised"
    if s.lower(j) not in ("and", "but") or (s.lower(j - 1) == "," and not comma_and) \
            or (before is not None and s.lower(before.first - 1) not in OBJECT_PREPOSITIONS | {"its", "their"}):
        return []  # "A and B signed": two subjects; "A sold its stake in B and signed", "on its X Platform and": A's verb
    if any((s.lower(i) in (",", ";") and not comma_and) or s.lower(i) in ("while", "which", "who", "that")
           or s.lower(i) in SPEECH_VERBS for i in range(start + 1, j)):
        return []  # "Samsung said OpenAI plans to expand and also buys ...": not Samsung's verb
    first = s.mention_starting(start)
    if is_organization(first) and not s.possessive_at(first.last):
        return [first.entity]
    return antecedents(s, ctx, start, used) if first is None and pronoun_subject(s, start) else []


def past_opening_phrase(s: Sentence) -> int:
    """Where the subject stands after a dateline ("TOKYO -- SoftBank ...") or a short opening
    phrase that names no one ("To raise the cash, SoftBank ..."); 0 when there is none."""
    dated = dateline_end(s)
    if dated:
        return dated
    comma = next((i for i in range(1, min(8, len(s.tokens))) if s.lower(i) == ","), None)
    if comma is None or any(s.at[i] is not None for i in range(comma)):
        return 0
    after = comma + 1
    return after if s.mention_starting(after) is not None or pronoun_subject(s, after) else 0


def dateline_end(s: Sentence) -> int:
    """Where the text starts after a dateline of capitals, a date and a wire in brackets or slashes
    before a dash or colon ("SEOUL, Oct 1 (Reuters) - ", "SAN JOSE, Calif., Oct. 6, 2025 /PRNewswire/ --");
    0 when the sentence opens with none."""
    bracket, placed = False, False
    for i, token in enumerate(s.tokens[:16]):
        if i > 0 and (token.text in DASHES or token.text == ":") and not bracket:
            return i + 1 if placed or i > 1 else 0  # "LOS ANGELES -", "UPDATE 1 -"; not "BYD - China's biggest
            # carmaker - sold", "KKR: The firm" (one capital word before the dash is a name)
        placed = placed or token.text in ("(", "/") or token.text.isdigit() or is_place(s.at[i])
        closing = token.text == ")" or (bracket and token.text == "/")
        bracket = (bracket or token.text in ("(", "/")) and not closing
        if not (bracket or closing or token.text.isupper() or token.text in ",." or token.text.isdigit()
                or token.lower in MONTHS or is_place(s.at[i])):  # "New Delhi (AFP) -"
            return 0
    return 0


def relative_antecedent(s: Sentence, j: int):
    """The organization ", which" or ", who" at token j stands for: the name just before it; or
    the name an apposition describes, for its noun's "that": "Nebius, the Dutch group that signed"."""
    if s.lower(j) in ("which", "who", "that") and s.lower(j - 1) in COMPANY_HEADS and s.mention_starting(j + 1) is None:
        return apposition_anchor(s, j)
    if s.lower(j) in ("which", "who") and s.lower(j - 1) == "and":  # "X, which A formed and which later added B"
        j = next((i for i in range(j - 2, 0, -1) if s.lower(i) == s.lower(j) and s.lower(i - 1) == ","), 0)
    if s.lower(j) not in ("which", "who") or s.lower(j - 1) != ",":
        return None
    m = s.mention_ending(j - 1)
    return m if is_organization(m) else None


def relative_clause_opening(s: Sentence, j: int, floor: int) -> int | None:
    """The comma opening the relative clause that the comma at j closes: ", in which A holds 40%
    and B 30%, will", ", which Orbit backs, signed": the verb after it is the subject's, not an
    apposition's ("..., which SK controls, the main supplier to Nvidia"). Not ", whose members
    include A and B,": members act with it."""
    verb_after = j + 1 < len(s.tokens) and s.tokens[j + 1].text.isalpha() and s.tokens[j + 1].text.islower() \
        and s.lower(j + 1) not in NO_VERBS
    if s.lower(j) != "," or not verb_after:
        return None
    opening = relative_opening(s, j, floor)
    if opening is None:
        return None
    pronoun = opening + (2 if s.lower(opening + 1) in RELATIVE_PREPOSITIONS else 1)
    members = s.lower(pronoun) == "whose" and any(s.lower(i).startswith("includ") for i in range(pronoun, j))
    return opening if s.lower(pronoun) in ("which", "whom", "whose") and not members else None


def relative_opening(s: Sentence, j: int, floor: int) -> int | None:
    """The nearest comma before j, or past the commas of a list inside the clause (", whose campus is
    built with A, B and C, is") the one before its relative pronoun."""
    for i in range(j - 1, floor - 1, -1):
        if s.lower(i) != ",":
            continue
        if relative_pronoun_after(s, i) or s.mention_starting(i + 1) is None:
            return i
    return None


def relative_pronoun_after(s: Sentence, i: int) -> bool:
    """", which", ", whose", ", in which" after the comma at i."""
    return s.lower(i + 1 + (s.lower(i + 1) in RELATIVE_PREPOSITIONS)) in ("which", "whom", "whose")


RELATIVE_PREPOSITIONS = frozenset("in of with to for by from".split())
# Words after a comma that go on describing, not a verb: ", which SK controls, the main supplier to Nvidia".
NO_VERBS = frozenset("the a an its their one and or both all each as".split())


PASSIVE_AUXILIARIES = frozenset("be is are was were been being".split())


def passive_about_a_thing(s: Sentence, k: int) -> bool:
    """"to lend $38 billion to Vantage for two campuses that will be leased to Oracle": the cue at k is a passive
    verb of a relative clause about what a deal is for (a lowercase noun after "for"), whose doer the clause
    leaves unnamed (not "SK Hynix makes stacks which are shipped to Nvidia": the maker ships them)."""
    j = k - 1
    if s.lower(j) not in PASSIVE_AUXILIARIES or s.lower(k + 1) == "by":
        return False  # not "processors that are manufactured by TSMC": the doer is named
    while s.lower(j) in PASSIVE_AUXILIARIES or s.lower(j) in ("will", "would", "has", "have", "had", "to"):
        j -= 1
    noun = s.tokens[j - 1].text if j >= 1 else ""
    purpose = any(s.lower(i) == "for" for i in range(max(0, j - 5), j - 1))
    return s.lower(j) in ("that", "which") and noun.isalpha() and noun.islower() and purpose


def after_relative_pronoun(s: Sentence, m) -> bool:
    """"the venture that Zeta launched with B": the name after "that" is its clause's subject."""
    return s.lower(m.first - 1) in ("that", "which")


def apposition_holding(s: Sentence, m, k: int):
    """The firm described by an apposition that m sits inside and that closes before the cue at k:
    "AdaniConneX, the joint venture between Adani Enterprises and EdgeConneX, has secured": AdaniConneX."""
    if not any(s.lower(j) == "," for j in range(m.last, k)):
        return None
    for j in range(m.first - 1, max(0, m.first - 15), -1):
        if s.lower(j) == ",":
            anchor = s.mention_ending(j) if s.lower(j + 1) in ("the", "a", "an") else None
            return anchor if is_organization(anchor) and anchor is not m else None
    return None


def sum_at(s: Sentence, k: int) -> bool:
    """A sum of money starts at k: "$1 billion", "US$5 million", "£840 million", "1.1 billion"."""
    if k >= len(s.tokens):
        return False
    return s.tokens[k].text[:1].isdigit() or MONEY_BEFORE.match(s.span.text, s.tokens[k].start - s.span.start) is not None


def object_of_preposition(s: Sentence, m) -> bool:
    """"Rebellions, the designer that merged with SK Telecom's Sapeon last year, has raised": a
    name after "with" inside an apposition is no subject of what follows it; nor is a source."""
    if s.lower(m.first - 1) == "to" and s.lower(m.first - 2) == "according":
        return True  # "According to Scroggie, the loan ...": a source
    if s.lower(m.first - 1) == "by" and s.lower(m.first - 2) in ("advised", "represented", "counselled", "counseled"):
        return True  # "Orbit, advised by Lumen Partners, will buy ...": the adviser, no subject
    if s.lower(m.last) == "," and s.lower(m.last + 1) in ("a", "an") and sum_at(s, m.last + 2):
        return True  # "deals with Zeta, a $1 billion deal with Kestrel, and ...": another item of a list
    return s.lower(m.first - 1) in ("with", "from", "into", "than") and any(
        s.lower(j) in ("that", "which", "who") for j in range(max(0, m.first - 8), m.first))


def accompanying(s: Sentence, m, floor: int) -> int | None:
    """Where ", together with" (or "along with") opens before the name m, set off after the subject's verb:
    "MGX and AIP agreed, together with BlackRock's GIP, to acquire"; the index of its comma."""
    k = past_qualifiers(s, m.first, floor)
    if s.lower(k - 1) != "with" or s.lower(k - 2) not in ("together", "along") or s.lower(k - 3) != ",":
        return None  # not "Google will develop it together with A, the venture between B and C,"
    return k - 3 if k - 3 > floor and s.tokens[k - 4].text.islower() else None


def object_before_second_verb(s: Sentence, m, k: int) -> bool:
    """"The company is sending samples to Nvidia and has signed a letter with Broadcom": a name after a
    preposition (and a few words describing it), before "and" and the subject's second verb (the cue at k),
    is the first verb's object."""
    before = m.first - 1
    verbs_object = s.lower(before).endswith(("s", "ed")) and s.tokens[before].text.isalpha() \
        and s.tokens[before].text.islower() and s.lower(before) not in ("is", "was", "has", "as")  # "assembles iPhones"
    while before > m.first - 3 and s.tokens[before].text.isalpha() and s.tokens[before].text.islower() \
            and s.lower(before) not in OBJECT_PREPOSITIONS and s.lower(before) not in NOT_DESCRIBING:
        before -= 1  # "from logistics developer Goodman Group"; not "close to the matter said Rakuten"
    return (verbs_object or s.lower(before) in OBJECT_PREPOSITIONS) and any(
        s.lower(j) == "and" and s.lower(j + 1) in SECOND_VERBS for j in range(m.last, k))


# Words that describe no name after them: "of that Samsung", "said Rakuten".
NOT_DESCRIBING = SPEECH_VERBS | frozenset("that this the a an its their which who".split())
# A subject's second verb after "and": "spun out of Arkon Energy in 2024 and raised $155 million".
SECOND_VERBS = CLAUSE_VERBS | DEAL_VERBS | frozenset("raised closed completed sold".split())


def ends_apposition(s: Sentence, k: int) -> bool:
    """"..., a MediaTek subsidiary, has": a comma at k or after a word or two of description."""
    return any(s.lower(j) == "," for j in range(k, min(k + 3, len(s.tokens)))
               if all(s.tokens[i].text.islower() for i in range(k, j)))


def subject_of_relative(s: Sentence, m, k: int) -> bool:
    """"X, which Nvidia backs, is": the name is the subject of the relative clause's verb, the cue at k."""
    return s.lower(m.first - 1) in ("which", "that") and all(s.lower(j) in RELATIVE_ADVERBS for j in range(m.last, k))


FOUNDING_VERBS = frozenset("founded co-founded cofounded started created led headed run".split())


def founded_firm(s: Sentence, ctx: DocContext, person):
    """The firm an apposition ending in its founder describes: "Zeta Labs, the startup founded by
    former Nova CTO Dana Park": Zeta Labs."""
    by = next((j for j in range(person.first - 1, max(0, person.first - 8), -1) if s.lower(j) == "by"), None)
    if by is None or s.lower(by - 1) not in FOUNDING_VERBS:
        return None
    for j in range(by - 2, max(0, by - 10), -1):
        if s.lower(j) in ("the", "a", "an") and s.lower(j - 1) == ",":
            m = s.mention_ending(j - 1)
            if m is not None and m.kind == "unknown" and m.entity is None:
                promote(m, ctx.table, "Company", "a firm described by its founder")
            return m if is_organization(m) else None
    return None


def employers_before(s: Sentence, ctx: DocContext, m) -> list[Entity]:
    """The employers of the people named together ending with m ("P1 and P2 signed ..."),
    each once, in order."""
    people = [x for x in s.mentions if is_person(x) and x.last <= m.last and x.entity in ctx.employer]
    joined = [people[-1]]
    for x in reversed(people[:-1]):
        between = {s.lower(k) for k in range(x.last, joined[0].first)}
        if "and" not in between or any(w in between for w in ("said", "says", "with", ".", ";")):
            break
        joined.insert(0, x)
    found = []
    for x in joined:
        if ctx.employer[x.entity] not in found:
            found.append(ctx.employer[x.entity])
    return found


def listed_with_another(s: Sentence, m) -> bool:
    """"Zeta and Kestrel", "Amazon Web Services (AWS) and Zeta": a name joined by "and" to another."""
    j = m.first - 1
    if s.lower(j) in ("and", "&"):
        j = before_brackets(s, j)
        if s.mention_ending(j) is not None:
            return True
    return s.lower(m.last) in ("and", "&") and s.mention_starting(m.last + 1) is not None


def antecedents(s: Sentence, ctx: DocContext, j: int, used=frozenset()) -> list[Entity]:
    """What a pronoun stands for; "their" and "they" for the organizations named together
    first in the sentence ("Hyundai and LG ... their joint venture")."""
    if s.lower(j) in ("their", "they"):
        for m in s.mentions:
            if m.last <= j and is_organization(m) and id(m) not in used:
                group = coordinated_after(s, m, j)
                if len(group) > 1:
                    return group
                break
    found = antecedent(s, ctx, j, used)
    return [found] if found else []


def coordinated_after(s: Sentence, m, limit: int) -> list[Entity]:
    group = [m.entity]
    k = m.last
    while k < limit and s.lower(k) in ("and", "&", ","):
        k += 2 if s.lower(k) == "," and s.lower(k + 1) == "and" else 1
        nxt = s.mention_starting(k)
        if not is_organization(nxt):
            break
        group.append(nxt.entity)
        k = nxt.last
    return group


def owner_pronoun(s: Sentence, k: int, floor: int) -> int | None:
    """"to fund its investments in X": the owner of a deal noun is its subject."""
    for j in range(k - 1, max(floor, k - 3) - 1, -1):
        if s.lower(j) in ("its", "their", "our"):
            return j
        if not s.tokens[j].text.islower() and not named_thing_at(s, j):
            return None
    return None


def described_by_relative(s: Sentence, k: int, floor: int):
    """The organization a relative clause closing right before token k describes: "X, which ..., agreed";
    the clause may hold commas when X opens the sentence ("X, which merged with Y, Z's unit, last year, closed",
    "Abu Dhabi's X, which sits beside A, B and C, is"); the verb may come a few words before the cue ("X, which
    IBM acquired, signed a deal")."""
    k = words_back(s, k, 3, (",", "and", "but", "or", "which", "who", "that"))
    if s.lower(k - 1) != ",":
        return None
    commas = False
    for j in range(k - 2, max(floor, 1) - 1, -1):
        if s.lower(j) in ("which", "who"):
            m = relative_antecedent(s, j)
            return m if m is not None and (not commas or opens_with_name(s, m)) else None
        if s.lower(j) in ASIDE_PARTICIPLES and s.lower(j - 1) == ",":  # "Rapidus, founded by A and B, has a partnership"
            m = s.mention_ending(j - 1)
            return m if is_organization(m) and (not commas or opens_with_name(s, m)) else None
        commas = commas or s.lower(j) == ","
    return None


def opens_with_name(s: Sentence, m) -> bool:
    """Whether the name opens the sentence, maybe after its place's possessive ("Abu Dhabi's MGX")."""
    return all(s.at[i] is not None or s.tokens[i].text in POSSESSIVES for i in range(m.first))


def named_thing_at(s: Sentence, j: int) -> bool:
    """A name at token j that is neither an organization, a person nor a place: the venture's or
    product's own name ("Its xScale joint venture with GIC")."""
    m = s.at[j]
    return m is not None and (m.kind == "unknown" or m.entity is not None and m.entity.cls in ("Product", "Facility"))


def pronoun_subject(s: Sentence, j: int) -> bool:
    """"it", "we", "the company", "the AI firm", "the chipmaker's"."""
    word = s.lower(j)
    if word in PRONOUN_SUBJECTS:
        return True
    article = next((i for i in range(j - 1, max(-1, j - 4), -1) if s.lower(i) == "the"), None)
    if word not in COMPANY_HEADS or article is None or s.lower(article - 1) in OBJECT_PREPOSITIONS:
        return False  # not "a pact with A to serve the IT services firm's clients": an object, no subject
    return not ((s.possessive_at(j + 1) or s.lower(j + 1) == ",") and in_apposition(s, j))  # "A and B, the
    # group's units, signed", "Kakao, the messaging group, has been": the names before


def named_venture(s: Sentence, ctx: DocContext, j: int) -> Entity | None:
    """The venture "That venture" opening the sentence at token j stands for."""
    opening = j - (2 if s.lower(j - 1) == "joint" else 1)
    return venture_told(s, ctx, j) if opens_sentence(s, opening) else None


def venture_told(s: Sentence, ctx: DocContext, j: int) -> Entity | None:
    """The venture "the venture" or "that joint venture" ending at token j stands for, if the text named one."""
    if s.lower(j) != "venture" or s.lower(j - 1) not in ("the", "that", "this", "joint"):
        return None
    return ctx.described.get("venture")


def in_apposition(s: Sentence, j: int) -> bool:
    """Whether token j sits in ", the ... ," right after a name."""
    start = next((i for i in range(j - 1, max(-1, j - 4), -1) if s.lower(i) == ","), None)
    return start is not None and s.mention_ending(start) is not None


# What a product's maker is called after the product: "the ChatGPT maker", "the Azure owner".
MAKER_HEADS = frozenset("maker developer creator owner parent operator company firm startup".split())


def described_maker(s: Sentence, ctx: DocContext, k: int, owning: bool = False) -> tuple[Entity, int] | None:
    """"the ChatGPT maker", "the iPhone-maker", "the Windows owner" starting at token k: the
    maker of a product the store or the product list knows, and where the phrase ends; with
    `owning`, also before a possessive ("the ChatGPT maker's chief executive")."""
    if s.lower(k) != "the":
        return None
    for j in range(k + 1, min(k + 4, len(s.tokens))):
        product, dash, head = s.tokens[j].text.rpartition("-")
        if dash and head.lower() in MAKER_HEADS:
            names = [product]
        elif s.lower(j) in MAKER_HEADS:
            names = [" ".join(t.text for t in s.tokens[i:j]) for i in range(k + 1, j)]
        else:
            continue
        if s.possessive_at(j + 1) and not owning:
            return None
        for name in names:
            maker = ctx.maker_of(name)
            if maker is not None:
                return maker, j
        return None
    return None


def maker_described_at(s: Sentence, ctx: DocContext, j: int) -> Entity | None:
    """The maker a description ending at token j names ("the ChatGPT developer")."""
    for k in range(j - 1, max(-1, j - 4), -1):
        if s.lower(k) == "the":
            found = described_maker(s, ctx, k)
            return found[0] if found and found[1] == j else None
    return None


PAIR_HEADS = frozenset("companies firms groups sides partners carmakers automakers chipmakers banks "
                       "lenders operators makers affiliates units subsidiaries".split())


def pair_phrase(s: Sentence, j: int) -> bool:
    """"the two companies", "both firms", "both Korean companies", "the two Samsung Group affiliates"."""
    if s.lower(j) not in PAIR_HEADS:
        return False
    before = j - 2 if j > 0 and is_demonym(s.tokens[j - 1].text) else j - 1
    qualifier = s.mention_ending(before + 1)
    before = qualifier.first - 1 if qualifier is not None else before
    return s.lower(before) in ("two", "both")


def named_before(s: Sentence, j: int) -> list[Entity]:
    """"Shares in A and B rose after the two affiliates agreed ...": the two this sentence named first."""
    named = unique(m.entity for m in s.mentions  # not the qualifier ending at j, nor a dateline's outlet
                   if m.last < j and is_organization(m) and m.entity.cls != "NewsOutlet")
    return named[:2] if len(named) >= 2 else []


def antecedent(s: Sentence, ctx: DocContext, j: int, used=frozenset()) -> Entity | None:
    """What "it" or "the company" stands for: the sentence's first organization before it
    that is not the object of a deal ("Kakao said it will...", "OpenAI's CEO said the
    company..."), else the organization the document is mostly about. "We" in a quote is
    the speaker's organization."""
    if s.lower(j) == "we":
        speaker = speaker_organization(s, ctx)
        if speaker is not None:
            return speaker
    told_it = it_before_in_clause(s, j) if s.lower(j) == "its" else None
    if told_it is not None:  # "; KT said it would focus on its partnership": KT's
        return antecedent(s, ctx, told_it, used)
    verbs_subject = clause_subject_before(s, j) if s.lower(j) in ("its", "their") else None
    if is_organization(verbs_subject) and id(verbs_subject) not in used:
        return verbs_subject.entity  # "..., while Wipro (last year) expanded its partnership": the verb's subject owns it
    k = j - 2 if s.lower(j - 1) in ("and", "but") and s.lower(j - 2) == "," else j  # "Nvidia said, and it is ..."
    said = speaker_before(s, ctx, k, may_type=s.lower(j) in ("it", "its"))
    if is_organization(said) and id(said) not in used:
        return said.entity  # "... and in September Nvidia said it would invest": Nvidia
    typed = ctx.named_last(ORG_CUES.get(s.lower(j)))
    if typed is not None:  # "the ministry said": the government body named last
        return typed
    opening = opening_referent_at(s)
    if opening is not None and opening < j and s.lower(j) in ("it", "its"):
        return antecedent(s, ctx, opening, used)  # "It has partnered with A, and it signed ...": the opening's firm
    for m in s.mentions:
        if m.last <= j and is_organization(m) and m.entity.cls != "NewsOutlet" and id(m) not in used \
                and not owner_of_next(s, m, j) and not inside_relative(s, m, j) and not event_venue(s, m):
            return m.entity
    speaker = closing_speaker(s) if opens_sentence(s, j) and s.lower(j) == "it" else None
    if speaker is not None:  # "It will buy chips from X, Glenholt said on Wednesday": Glenholt
        return speaker
    noun = s.lower(j) if s.lower(j) in COMPANY_HEADS else None
    if noun in ctx.described and opens_sentence(s, j):
        return ctx.of_origin(s, j, ctx.described[noun])  # "The startup ...": the firm "the startup" stood for before
    found = ctx.fitting(noun, ((opens_sentence(s, j) or opening_referent_at(s) == j) and ctx.previous_subject(s))
                        or ctx.named_for(noun) or ctx.main_actor())  # "the telco" after a quote: the Telecom
    found = ctx.of_origin(s, j, found) if noun is not None else found  # "the Dutch company": the one called Dutch
    if noun is not None and found is not None:
        ctx.described[noun] = found
    return found


CLAUSE_LINKS = frozenset("and or but , that which who whose while as".split())


def speaker_before(s: Sentence, ctx: DocContext, k: int, may_type: bool):
    """The name that says what the pronoun at token k does: "Nvidia said it", "ReNew Energy Global said
    on Tuesday it", "Aurora Tensor today announced that it" (with `may_type`, a name never seen that says so
    of "it" is a firm's)."""
    verb = next((v for v in range(k - 1, max(0, k - 5), -1)
                 if s.lower(v) in SPEECH_VERBS or s.lower(v) in ANNOUNCING_VERBS), None)
    if verb is None or any(s.at[i] is not None and s.at[i].cls not in (None, "Date") for i in range(verb + 1, k)):
        return None
    speaker = s.mention_ending(past_when_told(s, verb))
    if may_type and speaker is not None and speaker.kind == "unknown" and speaker.entity is None:
        promote(speaker, ctx.table, "Company", "says what 'it' does")
    return speaker


ANNOUNCING_VERBS = frozenset("announced announces confirmed confirms disclosed discloses".split())


def past_when_told(s: Sentence, k: int) -> int:
    """Where the words of when ("today", "on Tuesday", "also") that end before token k start."""
    while True:
        if s.lower(k - 1) in ("today", "yesterday", "also"):
            k -= 1
        elif s.lower(k - 1) in WEEKDAYS and s.lower(k - 2) == "on":
            k -= 2
        else:
            return k


def it_before_in_clause(s: Sentence, j: int) -> int | None:
    """The "it" a few words before token j with no name or new clause between ("KT said it would
    focus on its"; not "it was surprised when Nova expanded its")."""
    for i in range(j - 1, max(-1, j - 8), -1):
        if s.lower(i) == "it":
            return i
        if s.at[i] is not None or s.lower(i) in IT_STOPS:
            return None
    return None


IT_STOPS = frozenset("; , when that while after before because as if which who whose".split())


def clause_subject_before(s: Sentence, j: int):
    """The name right before the verb (and a few words of when) that comes before token j: "KT last
    year signed [its]"; none past a joiner or a preposition ("with B to expand [its]"), none that
    qualifies a noun ("the Nvidia buildout would complement [its]")."""
    start = words_back(s, j, 4, PLACE_PREPOSITIONS | CLAUSE_LINKS)
    m = s.mention_ending(start) if start < j else None
    return None if m is None or s.lower(m.first - 1) in ("the", "a", "an", "its", "their") else m  # "the Nvidia buildout would"


def closing_speaker(s: Sentence) -> Entity | None:
    """The firm named at the sentence's end as saying it: "..., Glenholt Hyperscale said on Wednesday"."""
    for m in reversed(s.mentions):
        if s.lower(m.first - 1) == "," and s.lower(m.last) in SPEECH_VERBS:
            return m.entity if is_organization(m) else None
    return None


def owner_of_next(s: Sentence, m, j: int) -> bool:
    """"Zeta Foods' Indian subsidiary Zeta India said it ...": the owner qualifies the firm "it" stands for."""
    owned = owned_firm_after(s, m)
    return owned is not None and owned.last <= j


def inside_relative(s: Sentence, m, j: int) -> bool:
    """"The company, whose chips compete with Nvidia's, said it ...", "Lambda, the company in which A
    holds a stake, said it ...": a name inside a relative clause that closes before token j is not
    what "it" stands for."""
    opener = next((k for k in range(m.first - 1, max(0, m.first - 15), -1)
                   if s.lower(k) in ("whose", "which", "who") and (s.lower(k - 1) == "," or (
                       s.lower(k) == "which" and s.lower(k - 1) in PLACE_PREPOSITIONS))), None)  # "in which A holds a stake,"
    return opener is not None and any(s.lower(k) == "," for k in range(m.last, j))


def opens_sentence(s: Sentence, j: int) -> bool:
    """"It ...", "The U.S. chipmaker's ...": the phrase ending at token j begins the sentence."""
    return all(s.at[i] is None and (s.lower(i) == "the" or not s.tokens[i].text[:1].isupper()
                                    or is_demonym(s.tokens[i].text))
               for i in range(j))


def speaker_organization(s: Sentence, ctx: DocContext) -> Entity | None:
    """"'We are excited to work with X,' Zeta chief executive Dana Park said": Zeta."""
    for m in s.mentions:
        if is_person(m) and m.entity in ctx.employer:
            return ctx.employer[m.entity]
    quote_end = max((k for k, t in enumerate(s.tokens) if t.text in ("”", '"')), default=None)
    if quote_end is None:
        return None
    after = [m for m in s.mentions if m.first > quote_end and is_organization(m)]
    return after[0].entity if after else None

