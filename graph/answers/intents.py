"""What each kind of question gets: a Reading (graph/answers/reading.py) handed to the
handlers of graph/answers/questions.py, with the question's own form kept: a yes/no question
is answered yes, no or not yet first; "how many" leads with the count.

Every handler returns (summary, rows) like the handlers it calls.
"""

from __future__ import annotations

import re

from graph.answers import questions as q
from graph.answers.reading import Reading
from graph.answers.vocabulary import agreed_labels, resolve_class, resolve_status
from graph.model.errors import EntityNotFound
from graph.model.namespaces import sparql_prologue
from graph.query.sparql import named_text



def first_agent(reading: Reading):
    if not reading.agents:
        if reading.main_actor is None:
            raise EntityNotFound(reading.question)
        return reading.main_actor  # "Is the data center a done deal?": about the graph's main actor
    return reading.agents[0].entity


def second_agent(reading: Reading):
    return reading.agents[1].entity if len(reading.agents) > 1 else None


def place_of(reading: Reading):
    return reading.filters.place.entity if reading.filters.place else None


def verdict(rows: list[dict], status_key: str = "status") -> str:
    """"Yes", "Not yet" or "No" from the statuses of the rows that answer a yes/no question."""
    statuses = [str(r.get(status_key) or "") for r in rows]
    if any(any(word in s for word in agreed_labels() + ("stated",)) for s in statuses):
        return "Yes"
    return "Not yet" if rows else "No"


def with_verdict(summary: str, rows: list[dict]) -> str:
    lead = verdict(rows)
    if lead == "Not yet":
        statuses = ", ".join(dict.fromkeys(str(r.get("status")) for r in rows))
        return f"Not yet: {statuses}. {summary}"
    return f"{lead}: {summary}"


# ---------------------------------------------------------------- handlers by intent


def when(store, reading: Reading):
    """"When did X open its Seoul office?": X's deals and activities closest to the rest."""
    topic = " ".join(w for w in reading.text.split()[2:] if w not in ("did", "does", "will", "is", "was"))
    return q.doings(store, first_agent(reading), topic=topic)


QUESTION_WORDS = frozenset("is are was were does do did has have will would can could should what which who "
                           "when where how a an the its their to in of with".split())


def remaining_words(reading: Reading) -> str | None:
    """The words of the question that are not a name or a question word: what it is about."""
    tokens = reading.text.split()
    named = {k for n in reading.names for k in range(n.start, n.end)}
    rest = [w for k, w in enumerate(tokens) if k not in named and w not in QUESTION_WORDS]
    return " ".join(rest) or None


def partners(store, reading: Reading):
    f = reading.filters
    summary, rows = q.partners_of(store, first_agent(reading), adjective=f.nationality or place_of(reading),
                                  **f.deal_filters())
    topic = topic_after(reading.text)
    about = [r for r in rows if topic and q.best_matches([{"label": r["deal"]}], topic)] if topic else []
    if about and len(about) < len(rows):  # "who is helping OpenAI with chips"
        rows = about
        summary = f"{first_agent(reading).label} with {topic}: {q.listing([r['partner'] for r in rows])}."
    if reading.count:
        partners_found = list(dict.fromkeys(r["partner"] for r in rows))
        return f"{len(partners_found)}. {summary}", rows
    return (with_verdict(summary, rows) if reading.yes_no else summary), rows


def deals(store, reading: Reading):
    summary, rows = q.deals_of(store, first_agent(reading), **reading.filters.deal_filters())
    if place_of(reading) or reading.filters.nationality:
        place = place_of(reading) or reading.filters.nationality
        names = {r["deal"] for r in rows}
        _, kept, _ = q.undertakings(store, first_agent(reading), place.label, keep=lambda i: i["label"] in names)
        rows = [r for r in rows if r["deal"] in {k["what"] for k in kept}]
        summary = f"{first_agent(reading).label} has {len(rows)} deal{'s' * (len(rows) != 1)} in {place.label}."
    if reading.count:
        return f"{len(rows)}. {summary}", rows
    return (with_verdict(summary, rows) if reading.yes_no else summary), rows


def all_pairs(store, reading: Reading):
    f = reading.filters
    summary, rows = q.all_pairs(store, status=f.status, type=f.deal_type, place=f.nationality or place_of(reading),
                                topic=topic_after(reading.text))
    if reading.count:
        return f"{len(rows)}. {summary}", rows
    return summary, rows


def deal_between(store, reading: Reading):
    """Whether two parties have a deal: "is there a deal" asks whether one is recorded at any
    status; "did they sign" asks whether one is agreed (else: not yet, and where it stands)."""
    a, b = first_agent(reading), second_agent(reading)
    summary, rows = q.partner_pair(store, a, b)
    if reading.filters.deal_type:
        typed = [r for r in rows if re.sub(r"\W", "", r["type"].lower()) in type_words(reading.filters.deal_type)]
        rows = typed or rows
    if not reading.yes_no:
        return summary, rows
    if not rows:
        return f"No: no deal between {a.label} and {b.label} is recorded.", rows
    if reading.filters.status in agreed_labels() or reading.filters.status is None and not ASKS_EXISTENCE.search(reading.text):
        return with_verdict(summary, rows), rows
    return f"Yes: {summary}", rows


# "Is there a deal", "do they have a partnership", "do they work together": any status counts.
ASKS_EXISTENCE = re.compile(r"^(?:is there|are there|do|does|is|are)\b")


def topic_after(text: str) -> str | None:
    """"... working together on chips", "helping X with chips these days": what the deals are about."""
    text = re.sub(r"\s+(?:these days|now|today|lately|recently)$", "", text)
    found = re.search(r"\b(?:on|about|over|for|with) ([a-z][a-z -]+)$", text)
    if found and re.search(r"\b(?:on|in|the|side|korean|american|asian|european|whom)\b", found.group(1)):
        return None  # "work with on the Korean side": a nationality, not what the deals are about
    return found.group(1) if found and found.group(1) not in ("whom", "the graph") else None


def type_words(deal_type: str) -> set[str]:
    spaced = re.sub(r"(?<!^)(?=[A-Z])", " ", deal_type).lower()
    return {spaced.replace(" ", ""), {"memorandumofunderstanding": "mou"}.get(deal_type.lower(), deal_type.lower())}


def connection(store, reading: Reading):
    summary, rows = q.connection(store, first_agent(reading), second_agent(reading))
    return (f"Yes: {summary}" if reading.yes_no else summary), rows


def roles(store, reading: Reading):
    people = [n.entity for n in reading.agents if "Person" in n.kinds]
    orgs = [n.entity for n in reading.agents if "Person" not in n.kinds]
    title = asked_title(reading.text)
    if people:
        summary, rows = q.people_at(store, people[0])
        if orgs:
            rows = [r for r in rows if orgs[0].label in r["who"]] or rows
        if reading.yes_no and title:
            held = [r for r in rows if q.title_matches(title, r["title"] or "")]
            lead = "Yes" if held else "No"
            return f"{lead}: {summary}", held or rows
        return summary, rows
    if not orgs:
        raise EntityNotFound(reading.question)
    if len(orgs) > 1:
        found = [q.people_at(store, org) for org in orgs]
        return " ".join(s for s, _ in found), [r for _, rows in found for r in rows]
    if title and not re.search(r"\b(?:leads?|runs?|heads?|boss|in charge)\b", reading.text):
        return q.title_of(store, orgs[0], title)
    if re.search(r"\b(?:lead\w*|runs?|heads?|boss|chair\w*|in charge|ceo|president)\b", reading.text):
        return q.leaders_of(store, orgs[0])
    return q.people_at(store, orgs[0])


TITLE_WORDS = re.compile(r"\b(ceo|cso|cfo|cto|coo|chief \w+(?: \w+)? officer|chief executive|chair(?:man|woman|person)?|"
                         r"president|head|founder|director|editor|correspondent|author)\b")


def asked_title(text: str) -> str | None:
    found = TITLE_WORDS.search(text)
    return found.group(1) if found else None


def met(store, reading: Reading):
    summary, rows = q.meetings(store, first_agent(reading))
    if "Person" not in first_agent(reading).classes and second_agent(reading) is None:
        # an organization meets through its people too
        _, posts = q.people_at(store, first_agent(reading))
        for person in dict.fromkeys(r["who"] for r in posts):
            said, theirs = q.meetings(store, person)
            if theirs:
                rows += [r for r in theirs if r not in rows]
                summary = f"{summary} {said}" if rows != theirs else said
    other = second_agent(reading)
    if other is not None:
        rows = [r for r in rows if any(other.label == w for w in r["with"]) or other.label in r["meeting"]] or (
            rows if not reading.yes_no else [])
        if reading.yes_no:
            return (f"Yes: {summary}" if rows else f"No: no meeting of {first_agent(reading).label} with "
                    f"{other.label} is recorded."), rows
    if reading.count:
        return f"{len(rows)}. {summary}", rows
    return summary, rows


def offices(store, reading: Reading):
    facility = first_agent(reading)
    if "Facility" in {k for n in reading.agents[:1] for k in n.kinds} or facility.classes and \
            set(facility.classes) & {"Office", "DataCenter", "Facility"}:
        summary, rows = q.who_is(store, facility)
        lead = "Not yet" if facility.label.lower().startswith("prospective") else "Yes"
        return (f"{lead}: {summary}" if reading.yes_no else summary), rows
    if reading.count:
        stated = stated_figure(store, reading)
        if stated:
            return stated
    excluded = left_out(reading)
    places = [n.entity for n in reading.names if n.is_place and n.entity not in excluded]
    place = (place_of(reading) if place_of(reading) not in excluded else None) or (places or [None])[0] \
        or reading.filters.nationality  # "besides Seoul, where ... in Asia": Asia asked, Seoul left out
    asked_place = place.label if place else unknown_place(reading)
    try:
        summary, rows = q.offices(store, first_agent(reading), asked_place)
    except EntityNotFound:
        return f"No: no office of {first_agent(reading).label} in {asked_place} is recorded.", []
    if reading.count:
        count = len({r["facility"] for r in rows})
        return f"{count}. {summary}", rows
    if reading.yes_no:
        return (f"No: {summary}" if summary.startswith("No ") else with_verdict(summary, rows)), rows
    return summary, rows


def stated_figure(store, reading: Reading):
    """A count the sources state ("offices in 11 cities") answers "how many" before a count of rows."""
    summary, found = q.figures_matching(store, reading.text)
    about = [r for r in found if first_agent(reading).label in r["figure"] and re.search(r"\d", r["figure"])
             and re.search(r"\b(?:offices|cities)\b", r["figure"]) and "cities" in reading.text]
    return (about[0]["figure"], about) if about else None


def left_out(reading: Reading) -> list:
    """The places named right after "besides", "other than", "except", "apart from"."""
    words = reading.text.split()
    return [n.entity for n in reading.names if n.is_place and n.start > 0
            and words[n.start - 1] in ("besides", "than", "except", "from")]


def unknown_place(reading: Reading) -> str | None:
    """"an office in Berlin": a place the graph does not know is still the place asked about."""
    found = re.search(r"\bin ([a-z][\w.-]+(?: [a-z][\w.-]+)?)$", reading.text)
    return found.group(1).title() if found and found.group(1) not in ("asia", "total") else None


def plans(store, reading: Reading):
    """What X plans or weighs: in a place, or with a second party ("planning with Broadcom")."""
    other = second_agent(reading)
    place = other or place_of(reading) or reading.filters.nationality
    summary, rows = q.plans(store, first_agent(reading), place.iri if place else None,
                            preposition="with" if other else "in",
                            topic=remaining_words(reading) if reading.yes_no else None)
    if reading.yes_no:
        return with_verdict(summary, rows), rows
    return summary, rows


def participants(store, reading: Reading):
    initiative = next((n.entity for n in reading.agents if n.kinds & {"Initiative", "Event"}), first_agent(reading))
    summary, rows = q.participants(store, initiative)
    if re.search(r"\b(?:firms|companies|company|businesses|corporations)\b", reading.text):
        rows = [r for r in rows if r["role"] not in ("agent", "part of it")]
        summary = f"Taking part in {initiative.label}: {q.listing([r['who'] for r in rows])}."
    if reading.count:
        return f"{len({r['who'] for r in rows})}. {summary}", rows
    return summary, rows


def initiative_member(store, reading: Reading):
    initiative = next(n.entity for n in reading.agents if "Initiative" in n.kinds)
    member = next(n.entity for n in reading.agents if "Initiative" not in n.kinds)
    _, rows = q.participants(store, initiative)
    mine = [r for r in rows if r["who"] == member.label]
    if re.search(r"\b(?:runn?\w*|leads?|leading|heads?|in charge)\b", reading.text):
        leaders = [r["who"] for r in rows if "lead" in r["role"]]
        lead = "Yes" if member.label in leaders else "No"
        return f"{lead}: {initiative.label} is led by {q.listing(leaders) or 'no one recorded'}.", mine
    if not mine:
        return f"No: {member.label} is not recorded as taking part in {initiative.label}.", []
    roles_text = q.listing(list(dict.fromkeys(r["role"] for r in mine)))
    summary = f"{member.label} takes part in {initiative.label} as {roles_text}."
    return (f"Yes: {summary}" if reading.yes_no else summary), mine


def funders(store, reading: Reading):
    initiative = next((n.entity for n in reading.agents if "Initiative" in n.kinds), first_agent(reading))
    return q.funders(store, initiative)


def reported(store, reading: Reading):
    outlets = [n.entity for n in reading.agents if "NewsOutlet" in n.kinds]
    if outlets and re.search(r"\bwho wrote\b|\bauthor", reading.text):
        return q.people_at(store, outlets[0])
    if outlets and (len(reading.agents) == 1 or not re.search(r"\b(?:who|which)\b.*\b(?:wrote|reported)\b", reading.text)):
        return q.reports(store, outlets[0])
    others = [n for n in reading.agents if "NewsOutlet" not in n.kinds]
    topic = " ".join(w for w in reading.text.split() if w not in ("which", "who", "what", "sources", "source", "say",
                                                                  "says", "reported", "report", "outlet"))
    return q.sources_about(store, (others or reading.agents)[0].entity, topic)


def figures(store, reading: Reading):
    """Figures about the entity named; a place named beside a product or company is the subject
    ("where does Korea rank in ChatGPT subscriptions?")."""
    initiatives = [n.entity for n in reading.agents if "Initiative" in n.kinds]
    subject = (initiatives[0] if initiatives else place_of(reading)) or (first_agent(reading) if reading.agents else None)
    if subject is None:
        return q.figures_matching(store, reading.text)
    summary, rows = q.statistics(store, subject)
    if re.search(r"\b(?:figures|statistics|stats|numbers)\b", reading.text):
        return summary, rows
    wanted = [r for r in rows if shares_words(r["figure"], reading.text)]
    if reading.yes_no:  # "is Korea a top-10 market for OpenAI's API developers?"
        return (f"Yes: {wanted[0]['figure']}." if wanted else f"No such figure about {subject.label} is recorded."), \
            wanted or rows
    return summary, wanted or rows


def shares_words(label: str, text: str) -> bool:
    stems = lambda s: {w[:5] for w in re.findall(r"[a-z]{4,}", s.lower())}  # noqa: E731
    return bool(stems(label) & (stems(text) - {"what", "where", "does", "stargate", "korea", "south"}))


FIGURE_WORDS = re.compile(r"\b(?:expensive|cost\w*|large\w*|big\w*|market\w*|capacity|buildout|rollout|"
                          r"subscri\w*|users)\b")


def superlative(store, reading: Reading):
    if reading.agents and not FIGURE_WORDS.search(reading.text):
        return most_with(store, reading)
    if reading.agents:  # "the biggest dollar figure on Stargate": its figures, the largest first
        summary, rows = q.statistics(store, first_agent(reading))
        rows = sorted(rows, key=lambda r: -q.largest_number(r["figure"]))
        return (rows[0]["figure"] + "." if rows else summary), rows
    if FIGURE_WORDS.search(reading.text):
        summary, rows = q.figures_matching(store, reading.text, largest=not reading.yes_no)
        if reading.yes_no:  # "is Korea a top-10 market for ...?"
            return (f"Yes: {summary}" if rows else "No such figure is recorded."), rows
        return summary, rows
    return q.most_connected(store, by_partners=bool(re.search(r"\bpartners\b|connected|central", reading.text)),
                            by_parties=bool(re.search(r"\bparties\b|\bmembers\b", reading.text)))


def most_with(store, reading: Reading):
    """"Which Korean company has the most deals with OpenAI?": its partners, most deals first."""
    _, rows = partners(store, reading)
    counts: dict[str, int] = {}
    for r in rows:
        counts[r["partner"]] = counts.get(r["partner"], 0) + 1
    if not counts:
        return f"No partners of {first_agent(reading).label} are recorded.", rows
    top = max(counts.values())
    best = [name for name, n in counts.items() if n == top]
    return f"{q.listing(best)}: {top} deal{'s' * (top != 1)} each with {first_agent(reading).label}.", rows


def profile(store, reading: Reading):
    subject = first_agent(reading) if reading.agents else reading.names[0].entity
    return q.who_is(store, subject)


HANDLERS = {
    "partners": partners, "deals": deals, "all_pairs": all_pairs, "deal_between": deal_between,
    "connection": connection, "roles": roles, "met": met, "offices": offices, "plans": plans,
    "participants": participants, "initiative_member": initiative_member, "funders": funders,
    "reported": reported, "figures": figures, "superlative": superlative, "profile": profile, "when": when,
}


# ---------------------------------------------------------------- the query behind an answer

# The query that gives each intent's rows in one go, for --show-query: plain SPARQL a user can
# paste into `kg sparql`, names bound by VALUES (graph/query/queries/ask-*.rq).
QUERIES = {
    "partners": "ask-deals", "deals": "ask-deals", "deal_between": "ask-deals", "all_pairs": "ask-pairs",
    "roles": "ask-positions", "met": "ask-meetings", "offices": "ask-offices", "plans": "ask-undertakings",
    "when": "ask-undertakings", "participants": "ask-participants", "initiative_member": "ask-participants",
    "funders": "ask-participants", "reported": "ask-reports", "figures": "ask-figures",
    "superlative": "ask-most-deals", "connection": "ask-connection", "profile": "ask-profile",
}


def explain(store, reading: Reading) -> str | None:
    """The SPARQL that gives this answer's rows, with the question's names and filters bound."""
    name = QUERIES.get(reading.intent)
    if name is None:
        return None
    values, f = {}, reading.filters
    subject, other = query_subjects(reading)
    if subject is not None:
        values["entity"] = f"<{subject.iri}>"
    if other is not None and reading.intent in ("deal_between", "connection", "initiative_member"):
        values["other"] = f"<{other.iri}>"
    if reading.intent in ("partners", "deals", "deal_between", "all_pairs"):
        if f.status:
            values["wantStatus"] = f"<{resolve_status(store, f.status)}>"
        if f.deal_type:
            values["dealClass"] = f"<{resolve_class(store, f.deal_type).iri}>"
        window = f.deal_filters()
        dates = {"since": window["since"], "until": window["until"], "asOf": window["as_of"]}
        values.update({key: f'"{day}"' for key, day in dates.items() if day})
    parts = set(values) | ({"forward"} if reading.intent == "plans" else set())
    body = named_text(name, parts).replace(sparql_prologue(), "").strip()
    block = "".join(f"  VALUES ?{k} {{ {v} }}\n" for k, v in values.items())
    # Only the prefixes the query uses, declared: it runs as it is on any SPARQL server.
    used = [line for line in sparql_prologue().splitlines() if line.split()[1] in body]
    return "\n".join(used) + "\n" + body.replace("  #VALUES\n", block) + "\n"


def query_subjects(reading: Reading):
    """The entity the answer is about, and the second one named, as the handlers choose them."""
    agents = [n.entity for n in reading.agents]
    initiatives = [n.entity for n in reading.agents if "Initiative" in n.kinds]
    if reading.intent in ("participants", "initiative_member", "funders") and initiatives:
        rest = [a for a in agents if a is not initiatives[0]]
        return initiatives[0], rest[0] if rest else None
    if reading.intent == "figures":
        return (initiatives[0] if initiatives else place_of(reading) or (agents[0] if agents else None)), None
    if not agents:
        return (reading.names[0].entity if reading.names else None), None
    return agents[0], agents[1] if len(agents) > 1 else None
