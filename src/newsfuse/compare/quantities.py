"""Quantities: a number, its unit, and the thing it counts ("140 firefighters", "3.2 million cases")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsfuse.compare.mentions import Mention
from newsfuse.model import Article, Span
from newsfuse.text.words import STOP_WORDS, stem

_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "dozen": 12,
    "dozens": 24,
}
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_UNITS = {
    "%": "percent",
    "percent": "percent",
    "per cent": "percent",
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "pounds": "pound",
    "pound": "pound",
    "kilograms": "kg",
    "kg": "kg",
    "miles": "mile",
    "mile": "mile",
    "kilometres": "km",
    "kilometers": "km",
    "km": "km",
    "feet": "foot",
    "foot": "foot",
    "meters": "m",
    "metres": "m",
    "acres": "acre",
    "hectares": "hectare",
    "tons": "ton",
    "tonnes": "tonne",
    "years": "year",
    "days": "day",
    "hours": "hour",
    "minutes": "minute",
    "weeks": "week",
    "months": "month",
}
_APPROX = re.compile(
    r"(?:about|around|approximately|nearly|almost|roughly|some|more than|over|at least|"
    r"fewer than|less than|up to)\s+$",
    re.IGNORECASE,
)
_QUANTITY = re.compile(
    r"(?P<cur>[$€£])?\s?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|"
    + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
    + r")\b(?:\s+(?P<scale>thousand|million|billion|trillion))?"
    r"(?P<pct>\s?%|\s+percent\b|\s+per cent\b)?"
    r"(?P<rest>(?:[\s-]+[A-Za-z][\w-]*){0,4})",
    re.IGNORECASE,
)
_YEAR = re.compile(r"^(?:19|20)\d{2}$")
_CALENDAR = re.compile(
    r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|a\.?m|p\.?m|o'clock|st|nd|rd|th)", re.IGNORECASE
)


def _value(num: str, scale: str | None) -> float:
    lowered = num.lower()
    base = float(_NUMBER_WORDS[lowered]) if lowered in _NUMBER_WORDS else float(num.replace(",", ""))
    return base * _SCALES.get((scale or "").lower(), 1.0)


def numeric_key(shown: str) -> str:
    """The number of a shown value, without its approximation qualifier ("about 120" → "120")."""
    return shown.removeprefix("about ")


def format_value(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,.2f}".rstrip("0")


def _referent(rest: str) -> tuple[str | None, str | None]:
    """(unit, counted thing) from the words after the number."""
    words = [w for w in re.split(r"[\s-]+", rest.strip()) if w]
    unit = None
    if words and words[0].lower() in _UNITS:
        unit = _UNITS[words[0].lower()]
        words = words[1:]
        if words and words[0].lower() == "of":
            words = words[1:]
    while words and words[0].lower() in {"of", "the", "a", "an", "its", "their", "his", "her"}:
        words = words[1:]
    head: list[str] = []
    for word in words:
        lowered = word.lower()
        if lowered in STOP_WORDS or lowered in {"and", "or", "were", "was"}:
            break
        if head and (lowered.endswith("ed") or lowered.endswith("ing")):
            break
        head.append(lowered)
        if (lowered.endswith("s") and not lowered.endswith("ss") and len(lowered) > 3) or len(head) == 3:
            break
    return unit, stem(head[-1]) if head else None


def extract_quantities(article: Article) -> Iterator[Mention]:
    """Every quantity in the article that counts or measures something nameable."""
    for match in _QUANTITY.finditer(article.text):
        num, scale = match.group("num"), match.group("scale")
        if _YEAR.match(num) and not scale and not match.group("pct"):
            continue
        rest = match.group("rest") or ""
        if _CALENDAR.match(rest.strip()):
            continue
        unit, thing = _referent(rest)
        if match.group("pct"):
            unit = "percent"
        if match.group("cur"):
            unit = _UNITS[match.group("cur")]
        if thing is None and unit is None:
            continue
        value = _value(num, scale)
        start = match.start("cur") if match.group("cur") else match.start("num")
        approx = _APPROX.search(article.text[max(0, start - 20) : start])
        shown = ("about " if approx else "") + format_value(value)
        end = match.start("rest") + len(rest.rstrip()) if rest.strip() else match.end()
        slot = " ".join(x for x in (unit, thing) if x)
        yield Mention(
            kind="quantity",
            slot=slot,
            value=shown,
            text=article.text[start:end],
            span=Span(article.id, start, end),
            unit=unit,
        )
