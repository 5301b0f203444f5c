"""Write a deterministic synthetic deal graph in the dealgraph ontology, for benchmarks.

    python scripts/synth.py --triples 1000000 --out bench/1m.nt [--seed 7]

It states what real curated data states (see graph/data/*.ttl and graph/shapes.ttl): places,
companies, business groups, banks, public bodies, universities, news outlets, people with
positions, products, news articles with a sha256, and deals of every dg:Deal subclass with 2-4
parties, a status, a partial date, dg:asOf, prov:wasDerivedFrom, evidence offsets, dg:method
and dg:confidence. Party popularity follows a power law (Zipf), so a few companies are hubs.

Deal, position and article IRIs carry the seed, so files made with different seeds load side
by side as separate sources (entities with the same name are the same entity). The output is
N-Triples, or Turtle when the file name ends in .ttl. It is written as it is
generated: memory holds the entity lists, never the triples. The count is exact: the last few
triples are aliases (skos:altLabel) that fill the remainder after the last deal.
"""

from __future__ import annotations

import argparse
import bisect
import hashlib
import itertools
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path

DG = "https://dealgraph.org/ontology#"
DGR = "https://dealgraph.org/id/"
NAMESPACES = {
    "dg": DG, "dgr": DGR,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "schema": "https://schema.org/",
    "prov": "http://www.w3.org/ns/prov#",
    "oa": "http://www.w3.org/ns/oa#",
}


def iri(prefix: str, local: str) -> str:
    return f"<{NAMESPACES[prefix]}{local}>"


A = iri("rdf", "type")
LABEL = iri("rdfs", "label")
ALT = iri("skos", "altLabel")
DEAL_TYPES = ["Partnership", "MemorandumOfUnderstanding", "LetterOfIntent", "SupplyAgreement",
              "Investment", "JointVenture", "FinancialCooperation", "Acquisition", "Integration"]
KIND_WORDS = {kind: "".join(f" {c.lower()}" if c.isupper() else c for c in kind).strip() for kind in DEAL_TYPES}
# Role sub-properties of dg:party stated beside dg:party for the first two parties.
ROLES = {"SupplyAgreement": ("supplier", "customer"), "Investment": ("investor", "investee"),
         "FinancialCooperation": ("lender", "customer"), "JointVenture": ("leadParty", None)}
STATUSES = ["considering", "inDiscussion", "planned", "announced", "signed", "active",
            "completed", "cancelled"]
STATUS_WEIGHTS = [4, 6, 8, 20, 30, 15, 10, 3]
TITLES = ["Chief Executive Officer", "Chief Financial Officer", "Chief Technology Officer",
          "Chairman", "President", "Vice President", "Head of Strategy", "Managing Director",
          "Chief Strategy Officer", "General Counsel"]
SUFFIXES = ["Systems", "Semiconductor", "Telecom", "Holdings", "Labs", "Energy", "Networks",
            "Robotics", "Cloud", "Biotech", "Motors", "Software", "Electronics", "Logistics",
            "Materials", "Analytics", "Devices", "Media", "Games", "Foundry"]
PRODUCT_KINDS = ["chip", "model", "platform", "app", "server", "module", "engine", "suite"]
SECTORS = ["semiconductors", "telecommunications", "artificial intelligence", "gaming",
           "cloud computing", "energy", "automotive", "online services", "finance", "robotics"]
SYLLABLES = ["ka", "no", "ri", "ve", "ta", "lo", "mi", "sa", "qu", "zen", "dra", "xi", "pol",
             "har", "ben", "tor", "vel", "cor", "lum", "nex", "ora", "sil", "gra", "fen", "jun",
             "kor", "ram", "ste", "vio", "wex"]
GIVEN = ["Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun", "James", "Maria", "Wei", "Yuki", "Arjun",
         "Sofia", "Daniel", "Amara", "Lucas", "Nadia", "Omar", "Elena", "Hiro", "Priya",
         "Tae-won", "Jae-yong", "Grace", "Mateo", "Leila", "Ivan", "Chloe", "Kwame"]
FAMILY = ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Smith", "Garcia",
          "Chen", "Tanaka", "Sharma", "Rossi", "Muller", "Okafor", "Novak", "Silva", "Haddad",
          "Nguyen", "Kowalski", "Dubois", "Andersen", "Moreau", "Ito", "Reyes"]
COUNTRIES = ["South Korea", "United States", "Japan", "Taiwan", "Germany", "France",
             "United Kingdom", "India", "Singapore", "Brazil", "Canada", "Netherlands",
             "Sweden", "Israel", "United Arab Emirates", "Australia", "Mexico", "Chile",
             "Spain", "Italy"]


def literal(text: str, lang: str | None = None, datatype: str | None = None) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    if lang:
        return f'"{escaped}"@{lang}'
    return f'"{escaped}"^^{iri("xsd", datatype)}' if datatype else f'"{escaped}"'


def slug(text: str) -> str:
    out = "".join(c if c.isalnum() else "-" for c in text.lower())
    return "-".join(part for part in out.split("-") if part)


class Writer:
    """Counts and writes triples as N-Triples, or as Turtle grouped by subject."""

    def __init__(self, out, turtle: bool):
        self.out = out
        self.turtle = turtle
        self.count = 0
        if turtle:
            out.write("".join(f"@prefix {p}: <{ns}> .\n" for p, ns in NAMESPACES.items()) + "\n")

    def record(self, subject: str, pairs: list[tuple[str, str]]) -> None:
        self.count += len(pairs)
        if not self.turtle:
            self.out.write("".join(f"{subject} {p} {o} .\n" for p, o in pairs))
            return
        body = " ;\n    ".join(f"{compact(p)} {compact(o)}" for p, o in pairs)
        self.out.write(f"{compact(subject)} {body} .\n")


def compact(term: str) -> str:
    """An N-Triples term in Turtle's prefixed form where its local name allows it."""
    if term.startswith('"') and "^^<" in term:
        text, datatype = term.rsplit("^^", 1)
        return f"{text}^^{compact(datatype)}"
    if not term.startswith("<"):
        return term
    if term == A:
        return "a"
    for prefix, ns in NAMESPACES.items():
        local = term[len(ns) + 1:-1]
        if term.startswith("<" + ns) and local and local.replace("-", "").isalnum() and local[0].isalpha():
            return f"{prefix}:{local}"
    return term


@dataclass
class Population:
    """Entity IRIs by kind, and the Zipf sampler over deal parties."""

    places: list[str] = field(default_factory=list)
    orgs: list[str] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)
    people: list[str] = field(default_factory=list)
    products: list[str] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    articles: list[tuple[str, str]] = field(default_factory=list)  # (IRI, xsd:date text)
    cumulative: list[float] = field(default_factory=list)

    def zipf(self, exponent: float = 1.0) -> None:
        self.cumulative = list(itertools.accumulate(1.0 / (rank + 1) ** exponent for rank in range(len(self.orgs))))

    def party(self, rng: random.Random) -> str:
        pick = rng.random() * self.cumulative[-1]
        return self.orgs[min(bisect.bisect_left(self.cumulative, pick), len(self.orgs) - 1)]


class Names:
    """Unique, pronounceable names drawn from a seeded generator."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used: set[str] = set()

    def unique(self, make) -> str:
        name = make()
        base, n = name, 1
        while name in self.used:
            n += 1
            name = f"{base} {n}"
        self.used.add(name)
        return name

    def word(self, syllables: int) -> str:
        return "".join(self.rng.choice(SYLLABLES) for _ in range(syllables)).capitalize()

    def company(self) -> str:
        return self.unique(lambda: f"{self.word(self.rng.choice((2, 3)))} {self.rng.choice(SUFFIXES)}")

    def person(self) -> str:
        return self.unique(lambda: f"{self.rng.choice(GIVEN)} {self.rng.choice(FAMILY)}")


@dataclass
class Plan:
    """How many of each kind of entity a graph of about `triples` triples gets."""

    triples: int

    def scaled(self, per: int, least: int) -> int:
        return max(least, self.triples // per)

    @property
    def companies(self) -> int: return self.scaled(110, 12)
    @property
    def groups(self) -> int: return self.scaled(2500, 2)
    @property
    def banks(self) -> int: return self.scaled(6000, 1)
    @property
    def governments(self) -> int: return min(len(COUNTRIES), self.scaled(20000, 1))
    @property
    def universities(self) -> int: return self.scaled(8000, 1)
    @property
    def outlets(self) -> int: return min(40, self.scaled(10000, 2))
    @property
    def people(self) -> int: return self.scaled(160, 6)
    @property
    def products(self) -> int: return self.scaled(500, 3)
    @property
    def articles(self) -> int: return self.scaled(1200, 3)


class Synth:
    """Generates the graph record by record into a Writer."""

    def __init__(self, writer: Writer, seed: int):
        self.w = writer
        self.rng = random.Random(seed)
        self.names = Names(self.rng)
        self.pop = Population()
        self.blank = itertools.count(1)
        self.seed = seed

    def entity(self, kind: str, label: str, extra: list[tuple[str, str]] = ()) -> str:
        subject = iri("dgr", slug(label))
        self.pop.labels[subject] = label
        self.w.record(subject, [(A, iri("dg", kind)), (LABEL, literal(label, "en")), *extra])
        return subject

    def places(self) -> None:
        for name in COUNTRIES:
            self.pop.places.append(self.entity("Country", name))
        for i in range(max(3, len(COUNTRIES))):
            country = self.pop.places[i % len(COUNTRIES)]
            city = self.names.unique(lambda: self.names.word(2) + " City")
            self.pop.places.append(self.entity("City", city, [(iri("dg", "containedIn"), country)]))

    def organization(self, kind: str, label: str) -> str:
        extra = [(iri("dg", "headquarters"), self.rng.choice(self.pop.places[:len(COUNTRIES)]))]
        if kind == "Company":
            extra.append((iri("dg", "sector"), literal(self.rng.choice(SECTORS))))
        subject = self.entity(kind, label, extra)
        self.pop.orgs.append(subject)
        return subject

    def organizations(self, plan: Plan) -> None:
        for _ in range(plan.companies):
            self.organization("Company", self.names.company())
        for _ in range(plan.groups):
            group = self.organization("BusinessGroup", self.names.unique(lambda: self.names.word(2) + " Group"))
            for member in self.rng.sample(self.pop.orgs[:plan.companies], k=min(3, plan.companies)):
                self.w.record(member, [(iri("dg", "partOf"), group)])
        for _ in range(plan.banks):
            self.organization("Bank", self.names.unique(lambda: self.names.word(2) + " Bank"))
        for country in COUNTRIES[:plan.governments]:
            self.organization("GovernmentBody", f"Ministry of Trade of {country}")
        for _ in range(plan.universities):
            self.organization("University", self.names.unique(lambda: self.names.word(3) + " University"))
        # Hubs come from every kind of organization, but the biggest one is a company.
        first_company = self.pop.orgs[0]
        self.rng.shuffle(self.pop.orgs)
        self.pop.orgs.remove(first_company)
        self.pop.orgs.insert(0, first_company)
        for _ in range(plan.outlets):
            self.pop.outlets.append(self.entity("NewsOutlet", self.names.unique(lambda: "The " + self.names.word(2) + " Times")))

    def products(self, plan: Plan) -> None:
        for _ in range(plan.products):
            maker = self.pop.party(self.rng)
            label = self.names.unique(lambda: f"{self.names.word(2)} {self.rng.choice(PRODUCT_KINDS)}")
            self.pop.products.append(self.entity("Product", label, [(iri("dg", "madeBy"), maker)]))

    def people(self, plan: Plan) -> None:
        for _ in range(plan.people):
            self.pop.people.append(self.entity("Person", self.names.person()))

    def articles(self, plan: Plan) -> None:
        for n in range(1, plan.articles + 1):
            published = self.day()
            subject = iri("dgr", f"article-{self.seed}-{n:06d}")
            digest = hashlib.sha256(f"{self.seed}/{n}".encode()).hexdigest()
            self.w.record(subject, [
                (A, iri("dg", "Article")),
                (LABEL, literal(f"Synthetic news article {n}", "en")),
                (iri("schema", "headline"), literal(f"Deal news {n}: {self.names.word(3)} moves")),
                (iri("dg", "outlet"), self.rng.choice(self.pop.outlets)),
                (iri("schema", "datePublished"), literal(published, datatype="date")),
                (iri("schema", "url"), f"<https://news.example.org/{n}>"),
                (iri("dg", "sha256"), literal(digest)),
            ])
            self.pop.articles.append((subject, published))

    def day(self) -> str:
        return f"{self.rng.randint(2015, 2025)}-{self.rng.randint(1, 12):02d}-{self.rng.randint(1, 28):02d}"

    def provenance(self, article: str, published: str) -> list[tuple[str, str]]:
        """Status, asOf, source, evidence span, method and confidence of one claim."""
        evidence, selector = f"_:e{next(self.blank)}", f"_:s{next(self.blank)}"
        start = self.rng.randint(0, 8000)
        self.w.record(evidence, [(A, iri("oa", "SpecificResource")), (iri("oa", "hasSource"), article),
                                 (iri("oa", "hasSelector"), selector)])
        self.w.record(selector, [(A, iri("oa", "TextPositionSelector")),
                                 (iri("oa", "start"), literal(str(start), datatype="integer")),
                                 (iri("oa", "end"), literal(str(start + self.rng.randint(40, 400)), datatype="integer"))])
        extracted = self.rng.random() < 0.3
        pairs = [
            (iri("dg", "status"), iri("dg", self.rng.choices(STATUSES, STATUS_WEIGHTS)[0])),
            (iri("dg", "asOf"), literal(published, datatype="date")),
            (iri("prov", "wasDerivedFrom"), article),
            (iri("dg", "evidence"), evidence),
            (iri("dg", "method"), iri("dg", "extracted" if extracted else "curated")),
            (iri("dg", "confidence"), literal(f"{self.rng.randint(50, 100) / 100:.2f}", datatype="decimal")),
        ]
        if extracted:
            pairs.append((iri("dg", "extractorVersion"), literal("0.1.0")))
        return pairs

    def partial_date(self, published: str) -> list[tuple[str, str]]:
        """A full date, a year-month or a year, up to three years before the source."""
        roll, year = self.rng.random(), int(published[:4]) - self.rng.randint(0, 3)
        if roll < 0.5:
            return [(iri("dg", "date"), literal(f"{year}-{self.rng.randint(1, 12):02d}-{self.rng.randint(1, 28):02d}", datatype="date"))]
        if roll < 0.75:
            return [(iri("dg", "date"), literal(f"{year}-{self.rng.randint(1, 12):02d}", datatype="gYearMonth"))]
        if roll < 0.9:
            return [(iri("dg", "date"), literal(str(year), datatype="gYear"))]
        return []

    def position(self, n: int) -> None:
        subject = iri("dgr", f"position-{self.seed}-{n:07d}")
        person, org, title = self.rng.choice(self.pop.people), self.pop.party(self.rng), self.rng.choice(TITLES)
        article, published = self.rng.choice(self.pop.articles)
        self.w.record(subject, [
            (A, iri("dg", "Position")),
            (LABEL, literal(f"{self.pop.labels[person]}, {title} of {self.pop.labels[org]}", "en")),
            (iri("dg", "person"), person),
            (iri("dg", "organization"), org),
            (iri("dg", "title"), literal(title, "en")),
            *[(iri("dg", "startDate"), o) for _, o in self.partial_date(published)],
            *self.provenance(article, published),
        ])

    def deal(self, n: int) -> None:
        kind = DEAL_TYPES[n % len(DEAL_TYPES)] if n <= len(DEAL_TYPES) else self.rng.choice(DEAL_TYPES)
        parties = list(dict.fromkeys(self.pop.party(self.rng) for _ in range(self.rng.choice((2, 2, 2, 3, 3, 4)))))
        while len(parties) < 2:
            parties.append(self.rng.choice(self.pop.orgs))
            parties = list(dict.fromkeys(parties))
        subject = iri("dgr", f"deal-{self.seed}-{n:07d}")
        names = " and ".join(self.pop.labels[p] for p in parties)
        pairs = [(A, iri("dg", kind)), (LABEL, literal(f"{names}: {KIND_WORDS[kind]} {n}", "en")),
                 *[(iri("dg", "party"), p) for p in parties]]
        for role, party in zip(ROLES.get(kind, ()), parties):
            if role:
                pairs.append((iri("dg", role), party))
        if self.rng.random() < 0.25:
            pairs.append((iri("dg", "subject"), self.rng.choice(self.pop.products)))
        if self.rng.random() < 0.05:
            pairs.append((iri("dg", "reportedBy"), self.rng.choice(self.pop.outlets)))
        if self.rng.random() < 0.2:
            pairs.append((iri("dg", "summary"), literal(f"{self.pop.labels[parties[0]]} works with {len(parties) - 1} partner(s) on {self.names.word(3)}.", "en")))
        if kind == "Investment" and self.rng.random() < 0.5:
            pairs.append((iri("dg", "amount"), self.amount()))
        article, published = self.rng.choice(self.pop.articles)
        self.w.record(subject, pairs + self.partial_date(published) + self.provenance(article, published))

    def amount(self) -> str:
        node = f"_:q{next(self.blank)}"
        self.w.record(node, [(A, iri("dg", "Quantity")),
                             (iri("schema", "value"), literal(str(self.rng.randint(1, 900) * 10 ** 6), datatype="decimal")),
                             (iri("schema", "currency"), literal("USD"))])
        return node

    def fill(self, target: int) -> None:
        """Aliases, one triple each, to land exactly on the target."""
        orgs = itertools.cycle(self.pop.orgs)
        for k in range(target - self.w.count):
            org = next(orgs)
            self.w.record(org, [(ALT, literal(f"{self.pop.labels[org]} Co. {k // len(self.pop.orgs) + 1}", "en"))])


# A deal or position record with its evidence is at most this many triples.
LARGEST_RECORD = 40


def generate(out, triples: int, seed: int = 1, turtle: bool = False) -> int:
    """Write the synthetic graph to a text stream; returns the number of triples written."""
    plan = Plan(triples)
    synth = Synth(Writer(out, turtle), seed)
    synth.places()
    synth.organizations(plan)
    synth.pop.zipf()
    synth.products(plan)
    synth.people(plan)
    synth.articles(plan)
    for n in range(1, int(plan.people * 1.3) + 1):
        synth.position(n)
    if synth.w.count + LARGEST_RECORD * (len(DEAL_TYPES) + 1) > triples:
        raise ValueError(f"{triples} triples is too few for a graph with every deal type; ask for at least {synth.w.count + LARGEST_RECORD * (len(DEAL_TYPES) + 1)}")
    n = 0
    while synth.w.count + LARGEST_RECORD <= triples:
        n += 1
        synth.deal(n)
    synth.fill(triples)
    return synth.w.count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, required=True, help="How many triples to write.")
    parser.add_argument("--out", type=Path, required=True, help="Output file (.nt, or .ttl for Turtle).")
    parser.add_argument("--seed", type=int, default=1, help="Random seed (same seed, same file).")
    args = parser.parse_args(argv)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    try:
        with open(args.out, "w", encoding="utf-8", buffering=1 << 20) as out:
            count = generate(out, args.triples, args.seed, turtle=args.out.suffix == ".ttl")
    except ValueError as err:
        print(f"Error: {err}", file=sys.stderr)
        return 1
    print(f"wrote {count} triples to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
