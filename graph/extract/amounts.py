"""Money, stakes and capacities in a sentence: "$4.2 billion", "US$3.6b", "£278.9m",
"37bn yen", "Rs 7,500 crore", "a 10% stake", "6 gigawatts".

>>> [(a.kind, a.value, a.unit) for a in find_amounts("Zeta takes a 10% stake for US$3.6b, adding 4.5 GW.")]
[('stake', 10.0, '%'), ('money', 3600000000.0, 'USD'), ('capacity', 4.5, 'GW')]
>>> [(a.value, a.unit) for a in find_amounts("a deal worth 410 million dollars and Rs 7,500 crore")]
[(410000000.0, 'USD'), (75000000000.0, 'INR')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CURRENCY_SIGNS = {
    "us$": "USD", "$": "USD", "usd": "USD", "s$": "SGD", "hk$": "HKD", "a$": "AUD", "c$": "CAD", "nt$": "TWD",
    "£": "GBP", "gbp": "GBP", "€": "EUR", "eur": "EUR", "¥": "JPY", "jpy": "JPY", "₩": "KRW", "krw": "KRW",
    "rs": "INR", "rs.": "INR", "inr": "INR", "₹": "INR", "rmb": "CNY", "cny": "CNY",
    "rm": "MYR", "sr": "SAR", "sar": "SAR", "qr": "QAR", "dh": "AED", "aed": "AED", "rp": "IDR", "r$": "BRL",
    "w": "KRW", "nis": "ILS", "ils": "ILS",
}
CURRENCY_WORDS = {
    "dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "pounds": "GBP", "yen": "JPY",
    "won": "KRW", "yuan": "CNY", "renminbi": "CNY", "rupees": "INR", "rupee": "INR", "usd": "USD",
    "eur": "EUR", "gbp": "GBP", "jpy": "JPY", "krw": "KRW", "cny": "CNY", "inr": "INR",
}
SCALES = {
    "trillion": 1e12, "tn": 1e12, "tr": 1e12, "trn": 1e12, "t": 1e12, "billion": 1e9, "bn": 1e9, "b": 1e9,
    "million": 1e6, "mn": 1e6, "m": 1e6, "mln": 1e6, "crore": 1e7, "lakh": 1e5, "thousand": 1e3, "k": 1e3,
}
UNITS = {
    "gw": "GW", "gigawatt": "GW", "gigawatts": "GW", "mw": "MW", "megawatt": "MW", "megawatts": "MW",
    "gwh": "GWh", "mwh": "MWh", "twh": "TWh", "tonnes": "tonnes", "tons": "tonnes",
}

NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
SCALE = r"(?:[\s-]?(?:trillion|billion|million|thousand|crore|lakh|mln|bn|trn|tn|mn)\b|(?:b|m|k|tr|t)\b)"
SIGN = r"(?:US\$|S\$|HK\$|A\$|C\$|NT\$|\$|£|€|¥|₩|₹|Rs\.?\s?|USD\s?|EUR\s?|GBP\s?|JPY\s?|KRW\s?|INR\s?|RMB\s?|(?<![A-Za-z])(?:NIS|ILS|Rp)\s?)"
MONEY_BEFORE = re.compile(rf"(?P<sign>{SIGN})(?P<number>{NUMBER})(?P<scale>{SCALE})?", re.IGNORECASE)
# Signs of regional currencies, glued to a number that a scale follows ("RM5 billion", "SR4.5bn", "W600b"):
# written in capitals as here, and with a scale, so that no word or model code reads as money.
LOCAL_SIGNS = ("SAR", "AED", "RM", "SR", "QR", "Dh", "Rp", "R$", "W")
LOCAL_MONEY = re.compile(rf"(?<![\w$])(?P<sign>{'|'.join(map(re.escape, LOCAL_SIGNS))})(?P<number>{NUMBER})"
                         rf"(?P<scale>{SCALE})")
MONEY_AFTER = re.compile(
    rf"\b(?P<number>{NUMBER})(?P<scale>{SCALE})?\s?(?P<word>dollars?|euros?|pounds|yen|won|yuan|renminbi|rupees?|"
    r"USD|EUR|GBP|JPY|KRW|CNY|INR)\b", re.IGNORECASE)
STAKE = re.compile(rf"\b(?P<number>{NUMBER})\s?(?:%|percent\b|per cent\b)(?=(?:\s+\w+){{0,3}}\s+(?:stake|share|"
                   r"interest|holding|ownership)\b)", re.IGNORECASE)
CAPACITY = re.compile(rf"\b(?P<number>{NUMBER})[\s-]?(?P<unit>GWh|MWh|TWh|GW|MW|gigawatts?|megawatts?|tonnes|tons)\b",
                      re.IGNORECASE)


@dataclass(frozen=True)
class Amount:
    kind: str  # "money", "stake" or "capacity"
    value: float
    unit: str  # an ISO currency code, "%" or a unit such as "GW"
    start: int  # character offsets in the text searched
    end: int


def find_amounts(text: str, offset: int = 0) -> list[Amount]:
    """Every amount in `text`, in text order, without overlaps."""
    found = [money(m, offset) for m in MONEY_BEFORE.finditer(text)]
    found += [money(m, offset) for m in MONEY_AFTER.finditer(text)]
    found += [money(m, offset) for m in LOCAL_MONEY.finditer(text)]
    found += [Amount("stake", number(m["number"]), "%", offset + m.start(), offset + m.end()) for m in STAKE.finditer(text)]
    found += [Amount("capacity", number(m["number"]), UNITS[m["unit"].lower()], offset + m.start(), offset + m.end())
              for m in CAPACITY.finditer(text)]
    kept: list[Amount] = []
    for amount in sorted((a for a in found if a is not None), key=lambda a: (a.start, -a.end)):
        if not kept or amount.start >= kept[-1].end:
            kept.append(amount)
    return kept


def money(match: re.Match, offset: int) -> Amount | None:
    groups = match.groupdict()
    sign = (groups.get("sign") or "").strip().lower()
    currency = CURRENCY_SIGNS.get(sign) if sign else CURRENCY_WORDS.get(groups["word"].lower())
    scale = SCALES.get((groups.get("scale") or "").strip(" -").lower(), 1.0)  # "Rs 3,500-crore"
    if currency is None or (scale == 1.0 and not sign and groups.get("word", "").lower() in ("won",)):
        return None  # "won" without a scale is most often the verb
    return Amount("money", number(match["number"]) * scale, currency, offset + match.start(), offset + match.end())


def number(text: str) -> float:
    return float(text.replace(",", ""))
