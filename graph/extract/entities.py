"""One entity per real-world thing across a batch of articles.

Known names resolve to the store's IRIs. New names are grouped: "Acme Robotics Inc.",
"Acme Robotics" and "Acme" are one entity; "Dana Park" and "Park" are one person.

>>> table = EntityTable()
>>> acme = table.add_new("Acme Robotics Inc.", "Company", rank=5)
>>> table.add_new("Acme Robotics", "Company", rank=3) is acme, table.link("Acme") is acme
(True, True)
>>> acme.label, sorted(acme.aliases)
('Acme Robotics Inc.', ['Acme', 'Acme Robotics'])
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from graph.extract import lexicon as lex
from graph.extract.wellknown import FAMILY_NAMES, GIVEN_NAMES, WELLKNOWN_RANK
from graph.answers.resolve import normalize as normalize_name

# How many sentences open a text as its headline and deck, where a new firm goes by its first word.
HEADLINE_SENTENCES = 2

# Names repeat a lot in a batch: normalize each distinct one once.
normalize = lru_cache(maxsize=1 << 16)(normalize_name)


@dataclass(eq=False)
class Entity:
    """A thing the batch mentions: known (with the store's IRI) or new."""

    label: str
    cls: str
    iri: str | None = None
    rank: int = 0
    aliases: dict[str, None] = field(default_factory=dict)
    slug: str | None = None

    @property
    def known(self) -> bool:
        return self.iri is not None

    @property
    def is_agent(self) -> bool:
        return self.cls in lex.AGENT_CLASSES

    @property
    def is_organization(self) -> bool:
        return self.cls in lex.ORGANIZATION_CLASSES

    @property
    def is_place(self) -> bool:
        return self.cls in lex.PLACE_CLASSES

    def add_alias(self, text: str) -> None:
        if normalize(text) != normalize(self.label):
            self.aliases.setdefault(text, None)


BRACKETED = re.compile(r"\s*\([^()]*\)")


def core_key(name: str) -> str:
    """The name without legal forms: 'Acme Robotics Inc.' -> 'acme robotics', 'PT Telkom Indonesia' ->
    'telkom indonesia'."""
    words = normalize(BRACKETED.sub("", name)).split()  # "Dixon Technologies (India) Ltd": Dixon Technologies
    while len(words) > 1 and words[-1] in lex.LEGAL_SUFFIXES:
        words.pop()
    if len(words) > 1 and name.split()[0] in lex.LEGAL_PREFIXES:
        words.pop(0)
    return " ".join(words)


# What a firm's unit or group adds to its name, which readers keep apart from the firm itself:
# "Naver Cloud" and "Naver", "Hyundai Motor Group" and "Hyundai Motor" (not "Mizuho Bank" and "Mizuho").
UNIT_WORDS = frozenset(["cloud", "group", "web services"])


def parent_and_unit(short: str, full: str) -> bool:
    """Whether the full name is the short one and a unit's word: "Naver" and "Naver Cloud"."""
    short, full = normalize(short), normalize(full)
    return full.startswith(short + " ") and full[len(short) + 1:] in UNIT_WORDS


class EntityTable:
    """The batch's entities, found by exact name, core name or a unique short form."""

    def __init__(self):
        self.entities: list[Entity] = []
        self.by_iri: dict[str, Entity] = {}
        self.by_key: dict[str, Entity] = {}
        self.known_surfaces: dict[str, Entity] = {}  # how the text wrote a known name: "Kakao" in "Kakao-OpenAI pact"
        self.given: dict[str, Entity | None] = {}  # a person's given name alone; None: shared
        self.sharing: dict[str, list[Entity]] = {}  # short form -> the entities it may shorten
        self.first_seen: dict[int, tuple] = {}  # entity id -> position of its first full name
        self.canonical: dict[int, str] = {}  # entity id -> the well-known firm it is
        self.by_canonical: dict[str, Entity] = {}  # the well-known firm -> its entity

    def add_known(self, iri: str, label: str, cls: str, surface: str) -> Entity:
        entity = self.by_iri.get(iri)
        if entity is None:
            entity = Entity(label, cls, iri=iri, rank=9)
            self.by_iri[iri] = entity
            self.entities.append(entity)
        entity.add_alias(surface)
        self.known_surfaces.setdefault(normalize(surface), entity)
        return entity

    def find(self, name: str, position: tuple = ()) -> Entity | None:
        """The entity of a name: exact, without legal suffix, or a short form whose full
        name came first ("Naver" before "Naver Cloud" is not Naver Cloud) or comes in the body
        after the headline that shortens it ("Veltrix signs ..." over "Veltrix Semiconductor Corp.")."""
        key = normalize(name)
        # A known name by its exact surface only: "SoftBank Corp" is no "SoftBank".
        found = self.by_key.get(key) or self.by_key.get(core_key(name)) or self.known_surfaces.get(key)
        if found is not None:
            return found
        short = self.short_form(key)
        if short is None or not position:
            return short
        full_at = self.first_seen.get(id(short), position)
        headline = position[1] == 0 and full_at[0] == position[0] and short.cls != "NewsOutlet"
        return None if full_at > position and not headline else short  # a short name first is another firm's

    def short_form(self, key: str) -> Entity | None:
        """The entity a short form stands for: the one it shortens, or of several the parent (None if
        none is)."""
        sharing = list({id(e): e for e in self.sharing.get(key, [])}.values())
        return sharing[0] if len(sharing) == 1 else parent_among(key, sharing)

    def person_called(self, name: str) -> Entity | None:
        """The one person of the batch whose given name this is ("Tim has made an impact" after
        Tim Breen, as colleagues quote him), for a name nothing else claimed."""
        return self.given.get(normalize(name))

    def link(self, name: str, position: tuple = (), given: bool = False) -> Entity | None:
        """The entity a short or repeated name stands for, recording the name as an alias.

        A short form counts only after the full name ("Naver" before "Naver Cloud" is Naver);
        positions are (document, sentence, token) in the batch. With `given`, a person's given
        name alone counts too.
        """
        entity = self.find(name, position) or (self.person_called(name) if given else None)
        if entity is None:
            return None
        entity.add_alias(name)
        return entity

    def add_alias(self, entity: Entity, alias: str) -> None:
        self.by_key.setdefault(normalize(alias), entity)
        entity.add_alias(alias)

    def rename(self, entity: Entity, alias: str) -> None:
        """A name the text says is another's ("X, known as Y"): Y is X from now on."""
        self.by_key[normalize(alias)] = entity
        entity.add_alias(alias)

    def absorb(self, entity: Entity, other: Entity) -> None:
        """Another entity the text says is this one ("Kanadevia, formerly called Hitachi Zosen"):
        its names now find this one, and it is gone."""
        entity.add_alias(other.label)
        for alias in other.aliases:
            entity.add_alias(alias)
        for names in (self.by_key, self.given):
            for key, found in names.items():
                if found is other:
                    names[key] = entity
        for sharing in self.sharing.values():
            sharing[:] = [entity if e is other else e for e in sharing]
        self.entities = [e for e in self.entities if e is not other]

    def add_forms(self, entity: Entity, keys: list[str]) -> None:
        """Other names of the entity, found later as itself, but not shown unless used."""
        for key in keys:
            self.by_key.setdefault(normalize(key), entity)

    def add_new(self, name: str, cls: str, rank: int, base_words: int = 0, position: tuple = (),
                canonical: str | None = None) -> Entity:
        """The entity a new name stands for: an existing one it matches, or a new one. `canonical`
        is the well-known firm the name is, if any."""
        entity = (self.find(name, position) or self.initialism_of(name, cls) or self.headline_short_of(name, cls, position)
                  or self.family_name_before(name, cls))
        if entity is not None and canonical is not None and self.canonical.get(id(entity), canonical) != canonical \
                and parent_and_unit(name, entity.label):
            # "Naver" after "Naver Cloud": two well-known firms, a parent and its unit (the unit's own entity if any)
            entity = self.by_canonical.get(canonical)
        if entity is not None and not entity.known and not compatible(entity.cls, cls) and entity.rank <= 2 < rank:
            entity.cls, entity.rank = cls, rank  # "Charles Stanley" looked like a person until "CEO of Charles Stanley"
        if entity is not None and entity.is_organization and cls == "Person" and rank <= 2 < entity.rank:
            return entity  # "ST Telemedia said" after "ST Telemedia Global Data Centres": the firm it named
        if entity is not None and normalize(entity.label) == normalize(name) and not compatible(entity.cls, cls) \
                and rank <= entity.rank:
            return entity  # the same full name, typed as surely or more before: one entity
        if entity is not None and entity.cls == "Person" and len(entity.label.split()) > len(name.split()) == 1 \
                and rank <= 1:
            return entity  # "Before joining Snowflake, Slootman spent ..." after Frank Slootman: him
        if entity is not None and compatible(entity.cls, cls):
            self.merge(entity, name, cls, rank)
        else:
            entity = Entity(name, cls, rank=rank)
            self.entities.append(entity)
            self.register(entity, name, base_words)
            if canonical is not None:
                self.by_canonical.setdefault(canonical, entity)
        if position:
            self.first_seen.setdefault(id(entity), position)
        if canonical is not None:
            self.canonical.setdefault(id(entity), canonical)
        return entity

    def family_name_before(self, name: str, cls: str) -> Entity | None:
        """"Gopalan to succeed Sievert as CEO" before "Mike Sievert": a person the text named by
        the family name alone first."""
        words = name.split()
        if cls != "Person" or len(words) < 2:
            return None
        found = self.by_key.get(normalize(words[-1]))
        return found if found is not None and found.cls == "Person" and not found.known and " " not in found.label \
            else None

    def initialism_of(self, name: str, cls: str) -> Entity | None:
        """"IBK" after "Industrial Bank of Korea": the one organization named before whose
        initials the capitals spell (small words left out), or with an L for its Limited
        ("RIL" after "Reliance Industries")."""
        if cls == "Person" or not INITIALISM.match(name):
            return None
        found = [e for e in self.entities if e.is_organization and name in (initials(e.label), initials(e.label) + "L")
                 and (e.cls == "NewsOutlet") == (cls == "NewsOutlet")]  # "KT" is no "The Korea Times"
        return found[0] if len(found) == 1 else None

    def headline_short_of(self, name: str, cls: str, position: tuple) -> Entity | None:
        """"Quillon raises $410m" over "Quillon Semiconductor has raised ...": a headline names a
        new firm by its first word, the body adds only words of what it does."""
        words = name.split()
        if cls == "Person" or not position:
            return None
        for cut in range(len(words) - 1, 0, -1):  # "Kansai Electric" for "Kansai Electric Power Co."
            if not all(w in lex.COMPANY_SUFFIXES for w in words[cut:]):
                break
            found = self.by_key.get(normalize(" ".join(words[:cut])))
            seen = self.first_seen.get(id(found), ()) if found is not None else ()
            if seen[:2] == (position[0], 0) and position[1] > 0 and found.rank < WELLKNOWN_RANK \
                    and found.is_organization:  # a headline's new firm, not Google
                return found
        found = self.short_form(normalize(name)) if len(words) == 1 and position[1] < HEADLINE_SENTENCES else None
        seen = self.first_seen.get(id(found), ()) if found is not None else ()
        legal_name = found is not None and lex.is_legal_form(found.label.split()[-1])  # not "Naver" for "Naver Cloud"
        if legal_name and seen[:1] == position[:1] and not found.known and id(found) not in self.canonical \
                and found.is_organization:
            return found  # "AirTrunk signs power pact with Tenaga" in a headline or its deck: "Tenaga Nasional Bhd"
        return None

    def merge(self, entity: Entity, name: str, cls: str, rank: int) -> None:
        if not entity.known and rank > entity.rank:
            entity.cls, entity.rank = cls, rank
        if not entity.known and len(name) > len(entity.label) and normalize(name) != normalize(entity.label):
            entity.label, former = name, entity.label
            entity.aliases.pop(name, None)
            entity.add_alias(former)
        else:
            entity.add_alias(name)
        self.by_key.setdefault(normalize(name), entity)

    def register(self, entity: Entity, name: str, base_words: int) -> None:
        self.by_key.setdefault(normalize(name), entity)
        self.by_key.setdefault(core_key(name), entity)
        if entity.cls == "GovernmentBody":
            self.by_key.setdefault(government_form(name), entity)
        first = name.split()[0] if entity.cls == "Person" and len(name.split()) >= 2 else None
        if first in GIVEN_NAMES and not KOREAN_GIVEN.match(name.split()[-1].lower()):
            key = normalize(first)
            self.given[key] = entity if self.given.get(key, entity) is entity else None
        for short in short_forms(name, entity.cls, base_words):
            if short in self.by_key:
                continue
            self.sharing.setdefault(short, []).append(entity)

    def agents(self) -> list[Entity]:
        return [e for e in self.entities if e.is_agent]


# The one word after a short name that makes the full name the parent firm's: "Reliance" among
# "Reliance Industries", "Reliance Jio" and "Reliance Intelligence" is the first.
PARENT_WORDS = frozenset("industries group holdings holding".split())


def parent_among(short: str, sharing: list[Entity]) -> Entity | None:
    """The firm a short name shared by several stands for: the one only a parent's word longer."""
    parents = {id(e): e for e in sharing if e.is_organization and core_key(e.label)[len(short) + 1:] in PARENT_WORDS}
    return next(iter(parents.values())) if len(parents) == 1 else None


def government_form(name: str) -> str:
    """The other way to write a government's name: "Telangana government" <-> "Government of Telangana"."""
    key = normalize(name)
    if key.startswith("government of "):
        return key[len("government of "):] + " government"
    if key.endswith(" government"):
        return "government of " + key[:-len(" government")]
    return key


def compatible(old: str, new: str) -> bool:
    """A person is never an organization, nor a place its government; organizations may refine
    their class."""
    return (old == "Person") == (new == "Person") and (old in lex.PLACE_CLASSES) == (new in lex.PLACE_CLASSES)


KOREAN_GIVEN = re.compile(r"^[a-z]+-[a-z]+$")
ARABIC_LINEAGE = frozenset("bin bint ibn".split())  # "son of": the name before it is the one people use
INITIALISM = re.compile(r"^[A-Z]{2,6}$")
SMALL_WORDS = frozenset("of and & the for de".split())


def initials(label: str) -> str:
    """'Industrial Bank of Korea' -> 'IBK'; 'Public Investment Fund' -> 'PIF'."""
    return "".join(w[0] for w in label.split() if w.lower() not in SMALL_WORDS and w[0].isupper())


def short_forms(name: str, cls: str, base_words: int = 0) -> list[str]:
    """Short names a later mention may use: a person's family name, a company's first word,
    or what follows a known name it extends ("Hynix" for "SK Hynix")."""
    words = normalize(name).split()
    raw = name.split()
    if len(words) < 2:
        return []
    if cls == "Person":
        # "Kim Dong-soo", "Wong Kee Joo": the family name comes first
        family_first = KOREAN_GIVEN.match(raw[-1].lower()) is not None or (len(raw) == 3 and raw[0] in FAMILY_NAMES)
        named_first = any(w in ARABIC_LINEAGE for w in words[1:])  # "Sheikh Tahnoon" for Tahnoon bin Zayed Al Nahyan
        return [words[0] if family_first or named_first else words[-1]]
    core = core_key(name).split()
    forms = []
    if base_words:
        forms.append(" ".join(core[base_words:]))
    elif not lex.is_demonym(raw[1] if raw[0] in lex.LEGAL_PREFIXES else raw[0]) and len(core[0]) > 2:
        forms.append(core[0])
        # "Raymond James" for "Raymond James UK Wealth Management": its leading words
        forms += [" ".join(core[:k]) for k in range(2, len(core))]
    if len(core) < len(words):
        forms.append(" ".join(core))
    return [f for f in forms if f]
