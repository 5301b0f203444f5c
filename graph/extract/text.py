"""Article text for the extractor: reading files safely, tokens and sentences with offsets.

Offsets are Python str indices into the text decoded from UTF-8 with no newline translation,
the same offsets an oa:TextPositionSelector stores.

>>> [t.text for t in tokenize("OpenAI’s CSO met Samsung Electronics’ Lee Jae-yong in the U.S. today.")]
['OpenAI', '’s', 'CSO', 'met', 'Samsung', 'Electronics', '’', 'Lee', 'Jae-yong', 'in', 'the', 'U.S.', 'today', '.']
>>> [s.text for s in split_sentences("Acme Inc. and Zeta signed. The U.S. firm agreed.\\nNew line")]
['Acme Inc. and Zeta signed.', 'The U.S. firm agreed.', 'New line']
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from graph.extract import lexicon as lex
from graph.model.errors import InvalidData

# Larger files are refused: an article is a few kilobytes, and 10 MB must stay fast.
MAX_BYTES = 25 * 1024 * 1024
MAX_SENTENCE = 1000

# A dot joins the parts of a word ("U.S", "Amazon.com") unless it is a full stop that lost its
# space ("... said Markowitz.Mr. Moon"): two small letters before it, a capitalized word after.
WORD = re.compile(r"[^\W_]+(?:(?:['’\-‐‑&]|\.(?!(?<=[a-z][a-z]\.)[A-Z][a-z]))[^\W_]+)*|--|[^\w\s]", re.UNICODE)
# Words that keep their trailing period ("Inc.", "Mr.", "Sept.").
# A Reuters instrument code after a name ("Oracle ORCL.N", "SoftBank Group 9984.T", "Volkswagen
# VOWG_p.DE", "Microsoft Corp <MSFT.O>"): copies of wire stories keep it as plain text, where it
# is no word of the name.
INSTRUMENT_CODE = re.compile(
    r"<?[A-Z0-9]{2,7}(?:_[a-z]{1,2})?\.(?:N|O|OQ|A|P|K|T|KS|KQ|HK|SS|SZ|L|DE|PA|AS|MI|TW|TWO|SI|AX|NS|BO|TO|V|F|SW|ST|"
    r"CO|HE|OL|MC|BR|LS|VI|MX|SA|JK|KL|BK|PS|NZ|TA|SE|QA|AD|DU|DI|CA|SN|SR|KW|IS|WA|PR|BU|AT|BA|LM|CN|HM|HN|J|Z|S|I)(?:>|(?![\w.]?\w))")
ABBREVIATIONS = frozenset(
    "inc corp co ltd llc plc jr sr mr mrs ms dr prof st gen sen rep gov bros mt no vs etc sdn bhd pte pvt tbk "
    "jan feb mar apr jun jul aug sep sept oct nov dec dept govt est approx".split()
)
# Abbreviations that never end a sentence.
NON_FINAL_ABBREVIATIONS = frozenset("mr mrs ms dr prof st gen sen rep gov mt no vs sdn pte".split())
# Capitalized words that start sentences after an abbreviation such as "Inc." or "U.S.".
SENTENCE_STARTERS = frozenset(
    "the a an it its he she they we i this that these those in on at but and as for while "
    "after before according last next earlier later meanwhile however there his her their "
    "our what when if since despite both some many most".split()
)
BOUNDARY = re.compile(r"[.!?]+[\"”’')\]]*(?=\s+[\"“‘'(\[]?[\w$])")


class Token(NamedTuple):
    """A word or punctuation mark, its offsets, and what the rules ask of it most often,
    computed once (a tuple: cheap to make by the million)."""

    text: str
    start: int
    end: int
    lower: str
    is_word: bool
    is_capitalized: bool  # an upper-case letter or a digit first, a script with no case, or "nLighten"


def make_token(text: str, start: int, end: int) -> Token:
    return Token(text, start, end, *word_facts(text))


@lru_cache(maxsize=1 << 16)
def word_facts(text: str) -> tuple[str, bool, bool]:
    """(lower case, is a word, is capitalized) of a distinct word, worked out once."""
    first = text[0]
    capitalized = first.isupper() or first.isdigit() or (first.isalpha() and not first.islower()) \
        or LOWER_LED_NAME.match(text) is not None
    return text.lower(), first.isalnum(), capitalized


# "nLighten", "iXAfrica", "eBay"; a French name's elided article: "l'Etat", "d'Azur"
LOWER_LED_NAME = re.compile(r"^(?:[a-z]{1,2}[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*|[dl]['’][A-ZÉ]\w+)$")


# Patterns the relation rules try over nearly every whole sentence. A huge text's second process
# tries them all as it reads the names (pipeline.read_sentences), so the facts pass, the slower
# one, skips those that cannot match (Sentence.search). Patterns tried only now and then, or at
# one place of a sentence, stay plain re.compile: trying them ahead would cost more than it saves.
SENTENCE_PATTERNS: list[re.Pattern] = []
PATTERN_NUMBERS: dict[int, int] = {}  # id of a registered pattern -> its place in the list


def sentence_pattern(regex: str, flags: int = 0) -> re.Pattern:
    """A compiled pattern that the read-ahead tries over each sentence (re.compile gives one object
    for one regex and flags, so a pattern registered twice keeps one number)."""
    pattern = re.compile(regex, flags)
    if id(pattern) not in PATTERN_NUMBERS:
        PATTERN_NUMBERS[id(pattern)] = len(SENTENCE_PATTERNS)
        SENTENCE_PATTERNS.append(pattern)
    return pattern


def patterns_found(text: str) -> frozenset[int]:
    """The registered patterns (by place) that match somewhere in a sentence's text."""
    return frozenset(i for i, pattern in enumerate(SENTENCE_PATTERNS) if pattern.search(text))


@dataclass(frozen=True)
class Span:
    """A piece of the text (a sentence or clause) with its offsets."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Article:
    """One input text and what the curator said about it."""

    path: str
    text: str
    sha256: str


def read_article(path: str | Path) -> Article:
    """Read a text file as UTF-8; missing, binary, non-UTF-8 or huge files are InvalidData."""
    path = Path(path)
    if not path.exists():
        raise InvalidData(f"{path}: no such file")
    if not path.is_file():
        raise InvalidData(f"{path}: not a regular file")
    if path.stat().st_size > MAX_BYTES:
        raise InvalidData(f"{path}: larger than {MAX_BYTES >> 20} MB; split it into articles first")
    data = path.read_bytes()
    return Article(str(path), decode_text(data, str(path)), hashlib.sha256(data).hexdigest())


def decode_text(data: bytes, name: str) -> str:
    """The text of a file that must be UTF-8 text, with a clear message when it is not."""
    if looks_binary(data):
        raise InvalidData(f"{name}: looks like a binary file, not article text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        byte = data[err.start]
        raise InvalidData(
            f"{name}: not UTF-8 text (byte 0x{byte:02x} at offset {err.start}); "
            f"convert it first, e.g. iconv -f latin1 -t utf-8"
        ) from None


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 kB."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return bool(head) and controls / len(head) > 0.05


def name_word_possessive(word: str, text: str, end: int) -> bool:
    """"People's" inside a name ("the Guizhou Provincial People's Government", "People's Bank of China")."""
    return word[:-2] == "People" and text[end:end + 1] == " " and text[end + 1:end + 2].isupper()


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Words (with inner hyphens, apostrophes and dots) and single punctuation marks.

    Possessive "'s" becomes its own token; known abbreviations keep their period; a wire
    story's headline tags, instrument codes and tickers after a legal form are left out.
    """
    tokens: list[Token] = []
    tag = BRACKETED_TAG.match(text)
    append, taken = tokens.append, tag.end() if tag else -1
    for match in WORD.finditer(text):
        word = match.group()
        start, end = match.span()
        if start < taken:
            continue  # the period an abbreviation already took
        code = INSTRUMENT_CODE.match(text, start) if word == "<" or "." in word or text[end:end + 1] == "_" else None
        if code:
            taken = code.end()
            if tokens and tokens[-1].text == "(" and text[taken:taken + 1] == ")":
                tokens.pop()  # "(PUE.SN)": the brackets go with the code
                taken += 1
            continue
        if word.isupper() and tokens and ticker_after_legal_form(tokens[-1].lower, word, text, end):
            continue
        revision = REVISION.match(word) if tokens and tokens[-1].text == "UPDATE" else None
        if revision:
            tokens.pop()  # "UPDATE 2-Nvidia ...": the wire's revision tag
        tag = revision or WIRE_TAGS.match(word)
        if tag:
            start, word = start + tag.end(), word[tag.end():]  # "EXCLUSIVE-KKR, GIP sound out ...": KKR
        if len(word) > 2 and word[-1] in "sS" and word[-2] in "'’" and not name_word_possessive(word, text, end):
            append(make_token(word[:-2], offset + start, offset + end - 2))
            append(make_token(word[-2:], offset + end - 2, offset + end))
            continue
        if end < len(text) and text[end] == "." and keeps_period(word):
            end += 1
            word += "."
            taken = end
            if text[end:end + 2] in ("'s", "’s"):  # "Zeta Corp.'s": the possessive after the period
                append(make_token(word, offset + start, offset + end))
                append(make_token(text[end:end + 2], offset + end, offset + end + 2))
                taken = end + 2
                continue
        append(make_token(word, offset + start, offset + end))
    return tokens


# A wire story's headline tag glued to its first word: "EXCLUSIVE-KKR", "UPDATE 2-Nvidia".
WIRE_TAGS = re.compile(r"^(?:(?:EXCLUSIVE|UPDATE|BRIEF|INSIGHT|ANALYSIS|FOCUS|COLUMN|BREAKINGVIEWS|CORRECTED|REFILE|RPT)-)+(?=[A-Z])")
REVISION = re.compile(r"^\d{1,2}-(?=[A-Z])")
# A wire's headline tag in brackets before its first word: "(LEAD) SK Telecom names ...", "(2nd LD) ...".
BRACKETED_TAG = re.compile(r"\s*\((?:\d+(?:st|nd|rd|th)\s+)?(?:LEAD|LD|URGENT|UPDATE|CORRECTED|WRAPUP)\)")
TICKER_FOLLOWS = re.compile(r"\s+[a-z]|\s*[.,;:)]|\s*$")


def ticker_after_legal_form(before: str, word: str, text: str, end: int) -> bool:
    """"TotalEnergies SE TTE disclosed": a copied page's ticker link after a legal form, before a
    lower-case word or a stop, is no word of the name."""
    return (lex.is_legal_form(before) and 3 <= len(word) <= 5 and word.isupper() and word.isalpha()
            and not lex.is_legal_form(word) and TICKER_FOLLOWS.match(text, end) is not None)


def keeps_period(word: str) -> bool:
    """'U.S' + '.', 'Inc' + '.', 'J' + '.' (an initial) keep the period as part of the word."""
    return "." in word or word.lower() in ABBREVIATIONS or (len(word) == 1 and word.isupper())


def split_sentences(text: str) -> list[Span]:
    """Sentences with offsets: every line break ends one (but where a wire copy wraps its lines),
    and so does . ! ? before a new sentence."""
    sentences: list[Span] = []
    for start, end in paragraphs(text):
        sentences.extend(split_line(text[start:end], start))
    return sentences


def paragraphs(text: str) -> list[tuple[int, int]]:
    """The lines of a text; in a text hard-wrapped at a fixed width ("Japan's Tokyo Electron Ltd\n
    said on Friday it will buy"), a line that stops mid-sentence runs on into the next."""
    lines = [line.span() for line in re.finditer(r"[^\n]+", text)]
    runs_on = [b - a >= 40 and WRAPPED_END.search(text, a, b) is None for a, b in lines]
    runs_on = [on and b + 1 == c for on, (_, b), (c, _) in zip(runs_on, lines, lines[1:])]  # not past a blank line
    in_lower_case = sum(1 for on, (c, _) in zip(runs_on, lines[1:]) if on and text[c].islower())
    if in_lower_case < 3 or 3 * in_lower_case < len(lines):
        return lines  # a text whose lines are its paragraphs
    joined = lines[:1]
    for line, previous_runs_on in zip(lines[1:], runs_on):
        if previous_runs_on:
            joined[-1] = (joined[-1][0], line[1])
        else:
            joined.append(line)
    return joined


WRAPPED_END = re.compile(r"[.!?:;\"”)]\s*$")


def date_stamp(text: str) -> date | None:
    """The date a stored copy of a page opens with (" date 2025-10-09 SEOUL ..."): when it was published."""
    found = DATE_STAMP.match(text)
    try:
        return date.fromisoformat(found.group(1)) if found else None
    except ValueError:
        return None


DATE_STAMP = re.compile(r"\s*date (\d{4}-\d{2}-\d{2})\b")


def page_furniture(sentence: str) -> bool:
    """A web page's buttons and breadcrumbs kept in a stored copy ("Share to LinkedIn", "Share: X | LinkedIn", "Follow
    us on Facebook and join our Telegram channel", "Home News Data centres", "(Catch all the Business News ...
    on The Economic Times.)", "Topics: AI, Exclusive, GitHub"): no news in them."""
    return PAGE_FURNITURE.match(sentence) is not None


PAGE_FURNITURE = re.compile(r"\s*(?:share (?:to|on|via|this)|share\s*:|follow us|subscribe (?:to|now)|sign up|click here|"
                            r"join our|font resizer|scroll to top|floating button|home\s*(?:[»>/|›]|news\b)|"
                            r"\d+\s*min(?:ute)?s?\s+read\b|[-–—]?\s*advertisement\s*[-–—]?\s*$|"
                            r"(?:story|article) continues below\b|\(?catch all the\b|download the\b[^.]{0,40}\bapp to get\b|"
                            r"reuse this content\b|unlock the editor['’]s digest\b|"
                            r"(?:topics|tags|filed under|keywords)\s*:|"
                            r"related(?: news| stories| articles| coverage)?\s*:?\s*$)", re.IGNORECASE)


def split_line(line: str, offset: int) -> list[Span]:
    spans, start = [], 0
    for match in BOUNDARY.finditer(line):
        if ends_sentence(line, match.start(), match.end()):
            spans.append((start, match.end()))
            start = match.end()
    spans.append((start, len(line)))
    return [trimmed(line, a, b, offset) for a, b in bounded(line, spans) if line[a:b].strip()]


def bounded(line: str, spans, limit: int = MAX_SENTENCE) -> list[tuple[int, int]]:
    """Very long 'sentences' (text with no full stops) are cut at spaces, to keep work linear."""
    out = []
    for a, b in spans:
        while b - a > limit:
            cut = line.rfind(" ", a + limit // 2, a + limit)
            cut = cut if cut > a else a + limit
            out.append((a, cut))
            a = cut
        out.append((a, b))
    return out


WINDOW = 80
WORD_BEFORE = re.compile(r"([\w.]+)$")
WORD_AFTER = re.compile(r"\s+[\"“‘'(\[]?([\w$]+)")


def ends_sentence(line: str, dot: int, after: int) -> bool:
    """Whether the period at `dot` ends a sentence, given the word before and after it."""
    if line[dot] != ".":
        return True
    # Only the words next to the period matter: a bounded window keeps a long line linear.
    before = WORD_BEFORE.search(line, max(0, dot - WINDOW), dot)
    word = before.group(1).lower() if before else ""
    nxt = WORD_AFTER.match(line[after:after + WINDOW])
    following = nxt.group(1) if nxt else ""
    if word in NON_FINAL_ABBREVIATIONS:
        return False
    if following[:1].islower():
        return False
    if len(word) == 1 and LETTERED.search(line, max(0, dot - 20), dot):
        return True  # "... Nova's $1.7 billion Series C. Existing backers ...": a round's letter, no initial
    possessive = len(word) == 1 and dot >= 2 and line[dot - 2] in "'’"  # "far less than Oracle's." ends it
    abbreviated = word in ABBREVIATIONS or "." in word or (len(word) == 1 and word.isalpha() and not possessive)  # "J."
    return not abbreviated or following.lower() in SENTENCE_STARTERS or legal_form_ends(word, line, after)


LETTERED = re.compile(r"\b(?:Series|Class|Phase|Tranche|Tier)\s+[A-Z]$")


# After a legal form, a name goes on with another form or its group ("Samsung Electronics Co. Ltd.").
ANOTHER_FORM = re.compile(r"\s+(?:Ltd|Limited|Inc|Corp|Co|LLC|PLC|Plc|Group|Holdings)\b")


def legal_form_ends(word: str, line: str, after: int) -> bool:
    """"... a deal with Rebellions Inc. Orbit Labs said ...": a capitalized word right after a
    legal form opens a sentence, unless another form or a title follows within two words
    ("Nvidia Corp. Chief Executive Jensen Huang", "Samsung Electronics Co. DS Division President")."""
    rest = line[after:after + WINDOW]
    if not lex.is_legal_form(word) or re.match(r"\s+[A-Z]", rest) is None or ANOTHER_FORM.match(rest):
        return False
    words = rest.split()[:3]
    return not any(lex.TITLE_PATTERN.match(" ".join(words[i:])) for i in range(len(words)))


def trimmed(line: str, a: int, b: int, offset: int) -> Span:
    while a < b and (line[a].isspace() or line[a] == "\ufeff"):  # spaces, and a byte-order mark
        a += 1
    while b > a and line[b - 1].isspace():
        b -= 1
    return Span(line[a:b], offset + a, offset + b)


CLAUSE_BREAK = re.compile(
    r"\s*;\s*|\s+[–—]\s+|\s+--?\s+|:\s+|,?\s+(?:while|whereas|although|though|but)\s+",
    re.IGNORECASE,
)


# ", and" before a name and its verb: "X is in talks for a round, and Nscale closed a Series B led by Y".
NEXT_SUBJECT = re.compile(
    r",\s+and\s+(?=(?-i:[A-Z])[\w&.'’-]*(?:\s+[\w&.'’()-]+){0,3}?\s+(?:is|was|has|had|have|are|were|will|would|"
    r"closed|signed|agreed|raised|struck|inked|sold|bought|led|took|won|secured|reached|completed|announced)\b)")
LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")  # a clause has some; a list of names has few
RELATIVE_ASIDE = re.compile(r",\s+(?:which|who|whose)\b")


def split_clauses(sentence: Span) -> list[Span]:
    """Clauses of a sentence: split at semicolons, spaced dashes, colons and contrastive joins, and at
    ", and" before a new subject that follows a clause of its own (not "A, B, and C signed")."""
    spans, start = [], 0
    breaks = sorted([*CLAUSE_BREAK.finditer(sentence.text), *NEXT_SUBJECT.finditer(sentence.text)],
                    key=lambda m: m.start())
    for match in breaks:
        before = sentence.text[max(0, match.start() - 8):match.start()]
        if "(" in before and ")" not in before or match.start() < start:
            continue  # "(NYSE: T)": a ticker's colon, inside its brackets; or a break inside the last one
        if match.re is NEXT_SUBJECT and (len(LOWER_WORD.findall(sentence.text, start, match.start())) < 3
                                         or RELATIVE_ASIDE.search(sentence.text, start, match.start())):
            continue  # a list of names, or a name's aside ("Brookfield, which manages $1 trillion, and Bloom have signed")
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(sentence.text)))
    return [trimmed(sentence.text, a, b, sentence.start) for a, b in spans if sentence.text[a:b].strip()]


# ---------------------------------------------------------------- language

ENGLISH_WORDS = frozenset(
    "the and of to in a is for with on that said its as by at from was has have will are it "
    "be this an which or were their not but also been had would they he she we more than".split()
)


def english_share(text: str, sample: int = 20000) -> float | None:
    """Share of common English words among the words of the text's start; None when too short."""
    words = re.findall(r"[^\W\d_]+", text[:sample])
    if len(words) < 12:
        return None
    latin = sum(1 for w in words if w[0].isascii())
    if latin / len(words) < 0.5:
        return 0.0
    return sum(1 for w in words if w.lower() in ENGLISH_WORDS) / len(words)


def is_english(text: str) -> bool:
    share = english_share(text)
    return share is None or share >= 0.06
