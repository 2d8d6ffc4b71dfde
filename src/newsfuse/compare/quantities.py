"""Quantities: a number, its unit, what it counts and when ("140 firefighters", "$2.4 million in damage")."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from newsfuse.compare.dates import DateMention
from newsfuse.compare.mentions import Mention, clause_bounds, clause_ends, context_of
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
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "m": 1e6}
_UNITS = {
    "%": "percent",
    "percent": "percent",
    "per cent": "percent",
    "percentage points": "percentage point",
    "percentage point": "percentage point",
    "$": "USD",
    "us$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "dollars": "USD",
    "dollar": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "cents": "cent",
    "cent": "cent",
    "pounds": "pound",
    "pound": "pound",
    "kilograms": "kg",
    "kilogram": "kg",
    "kg": "kg",
    "grams": "g",
    "miles": "mile",
    "mile": "mile",
    "kilometres": "km",
    "kilometers": "km",
    "kilometre": "km",
    "kilometer": "km",
    "km": "km",
    "feet": "foot",
    "foot": "foot",
    "square feet": "square foot",
    "square foot": "square foot",
    "meters": "m",
    "metres": "m",
    "meter": "m",
    "metre": "m",
    "acres": "acre",
    "acre": "acre",
    "hectares": "hectare",
    "tons": "ton",
    "ton": "ton",
    "tonnes": "tonne",
    "degrees": "degree",
    "barrels": "barrel",
    "points": "point",
    "years": "year",
    "year": "year",
    "days": "day",
    "day": "day",
    "hours": "hour",
    "hour": "hour",
    "minutes": "minute",
    "minute": "minute",
    "seconds": "second",
    "weeks": "week",
    "week": "week",
    "months": "month",
    "month": "month",
    "inches": "inch",
    "inch": "inch",
    "yards": "yard",
    "yard": "yard",
    "gallons": "gallon",
    "gallon": "gallon",
    "litres": "litre",
    "liters": "litre",
    "litre": "litre",
    "liter": "litre",
    "ounces": "ounce",
    "ounce": "ounce",
    "mph": "mile per hour",
    "miles per hour": "mile per hour",
    "kilometres per hour": "kilometre per hour",
    "kilometers per hour": "kilometre per hour",
    "km/h": "kilometre per hour",
    "horsepower": "horsepower",
    "hp": "horsepower",
    "gigabytes": "gigabyte",
    "gb": "gigabyte",
    "megabytes": "megabyte",
    "mb": "megabyte",
    "terabytes": "terabyte",
    "megawatts": "megawatt",
    "mw": "megawatt",
    "kilowatts": "kilowatt",
    "kw": "kilowatt",
    "watts": "watt",
    "calories": "calorie",
    "square miles": "square mile",
    "square kilometres": "square kilometre",
    "square kilometers": "square kilometre",
    "square metres": "square metre",
    "square meters": "square metre",
    "basis points": "basis point",
    "yen": "JPY",
    "yuan": "CNY",
    "rupees": "INR",
    "pesos": "peso",
    "francs": "franc",
    "year-old": "year of age",
    "years old": "year of age",
    "c$": "CAD",
    "a$": "AUD",
    "hk$": "HKD",
    "nz$": "NZD",
    "rs": "INR",
    "rs.": "INR",
}
DAYS_PER = {
    "second": 1 / 86400,
    "minute": 1 / 1440,
    "hour": 1 / 24,
    "day": 1,
    "week": 7,
    "month": 30.4,
    "year": 365,
}
"""Durations are compared in days, so "six weeks" and "two months" fill one slot."""
_UNIT_WORDS = "|".join(sorted((re.escape(u) for u in _UNITS if u[0].isalpha()), key=len, reverse=True))
_BOUND = re.compile(
    r"(?P<approx>about|around|approximately|nearly|almost|roughly|some|an estimated|estimated)\s+$|"
    r"(?P<more>more than|over|at least|upwards of|in excess of|above|exceeding)\s+$|"
    r"(?P<less>fewer than|less than|up to|under|below|at most|no more than)\s+$",
    re.IGNORECASE,
)
_NUM = (
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+|"
    + r"(?:"
    + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
    + r")(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
)
_QUANTITY = re.compile(
    r"(?<![\w'’])(?=[$€£¥\d.]|US\$|[CAHN]\$|HK\$|NZ\$|Rs|[OoTtFfSsEeNnHhDd])"  # only where a number or currency can start
    r"(?P<cur>US\$|C\$|A\$|HK\$|NZ\$|Rs\.?|[$€£¥])?\s?(?P<num>" + _NUM + r")(?![\w:])"
    r"(?:\s*(?P<scale>thousand|million|billion|trillion|bn\b|m\b))?"
    r"(?P<pct>\s?%|\s+percent\b|\s+per cent\b|\s+percentage points?\b)?"
    r"(?P<rest>(?:[\s-]+[A-Za-z][\w'-]*){0,5})",
    re.IGNORECASE,
)
_CLOCK = re.compile(r"\b(?P<h>\d{1,2})(?::(?P<m>\d{2}))?\s*(?P<ap>a\.m\.|p\.m\.|am\b|pm\b)", re.IGNORECASE)
_YEAR = re.compile(r"^(?:1[89]|20)\d{2}$")
_CALENDAR = re.compile(
    r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|a\.?m\b|p\.?m\b|o'clock|st\b|nd\b|rd\b|th\b)",
    re.IGNORECASE,
)
_LEADING = {"of", "the", "a", "an", "its", "their", "his", "her", "in", "worth", "new", "more", "additional"}
_BREAK = {"and", "or", "were", "was", "is", "are", "who", "which", "that", "to", "from", "for", "on", "at"}


def _value(num: str, scale: str | None) -> float:
    lowered = num.lower()
    if "-" in lowered and lowered.split("-")[0] in _NUMBER_WORDS:
        tens, ones = lowered.split("-", 1)
        base = float(_NUMBER_WORDS[tens] + _NUMBER_WORDS.get(ones, 0))
    elif lowered in _NUMBER_WORDS:
        base = float(_NUMBER_WORDS[lowered])
    else:
        base = float(num.replace(",", ""))
    return base * _SCALES.get((scale or "").lower(), 1.0)


def numeric_key(shown: str) -> str:
    """The number of a shown value, without its qualifier ("about 120" → "120")."""
    for prefix in ("about ", "more than ", "fewer than "):
        shown = shown.removeprefix(prefix)
    return shown


def format_value(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,.2f}".rstrip("0")


_PASSIVE = re.compile(r"\s+(?:were|was|had been|have been|are)\s+([a-z]+ed|killed|hurt|injured|arrested)\b")


def _referent(rest: str) -> tuple[str | None, str | None, int]:
    """(unit, counted thing, characters of ``rest`` used) from the words after the number."""
    unit = None
    passive = _PASSIVE.match(rest)
    if passive:  # "nine were hospitalized": what happened to them is what is counted
        return None, stem(passive.group(1).lower()), passive.end()
    match = re.match(rf"[\s-]+({_UNIT_WORDS})\b", rest, re.IGNORECASE)
    used = 0
    if match:
        unit = _UNITS[match.group(1).lower()]
        used = match.end()
    head: list[str] = []
    used_to = used
    for word in re.finditer(r"[A-Za-z][\w'-]*", rest[used:]):
        lowered = word.group(0).lower()
        if not head and lowered in _LEADING:
            continue
        if lowered in STOP_WORDS or lowered in _BREAK or (head and lowered.endswith(("ed", "ing"))):
            break
        head.append(lowered)
        used_to = used + word.end()
        if (lowered.endswith("s") and not lowered.endswith("ss") and len(lowered) > 3) or len(head) == 3:
            return unit, stem(lowered), used_to
    return unit, (stem(head[-1]) if head else None), used_to


def dimension(unit: str | None) -> str | None:
    """The comparable dimension of a unit: durations share one, other units are their own."""
    return "duration" if unit in DAYS_PER else unit


def comparable(value: float, unit: str | None) -> float:
    """A value in the dimension's base unit (durations in days)."""
    return value * DAYS_PER[unit] if unit in DAYS_PER else value


def _clock(article: Article, ends: Sequence[int]) -> Iterator[Mention]:
    text = article.text
    for match in _CLOCK.finditer(text):
        minutes = (int(match.group("h")) % 12) * 60 + int(match.group("m") or 0)
        if match.group("ap").lower().startswith("p"):
            minutes += 720
        bound = _BOUND.search(text[max(0, match.start() - 24) : match.start()])
        qualifier = (bound.lastgroup or "") if bound else ""
        if re.search(
            r"(?:shortly\s+)?(?:before|after|by)\s+$", text[max(0, match.start() - 20) : match.start()]
        ):
            qualifier = "approx"
        yield Mention(
            kind="quantity",
            slot="clock time",
            value=("about " if qualifier else "") + match.group(0),
            text=match.group(0),
            span=Span(article.id, match.start(), match.end()),
            unit="clock",
            number=float(minutes),
            qualifier=qualifier,
            context=context_of(text, match.start(), match.end(), ends),
        )


def _nearest_date(
    start: int, end: int, dates: Sequence[DateMention], text: str, ends: Sequence[int]
) -> str | None:
    if not dates:
        return None
    lo, hi = clause_bounds(text, start, end, ends)
    near = [d for d in dates if lo <= d.span.start and d.span.end <= hi]
    if not near:
        return None
    return min(near, key=lambda d: abs(d.span.start - start)).text


def extract_quantities(article: Article, dates: Sequence[DateMention] = ()) -> Iterator[Mention]:
    """Every quantity that counts or measures something nameable, with the time it refers to if stated."""
    text = article.text
    ends = clause_ends(text)
    yield from _clock(article, ends)
    for match in _QUANTITY.finditer(text):
        num, scale = match.group("num"), match.group("scale")
        start = match.start("cur") if match.group("cur") else match.start("num")
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-/:."):
            continue
        rest = match.group("rest") or ""
        if _YEAR.match(num) and not scale and not match.group("pct") and not match.group("cur"):
            continue
        if _CALENDAR.match(rest.strip()) or _CLOCK.match(text, match.start("num")):
            continue
        unit, thing, used = _referent(rest)
        if match.group("pct"):
            unit = _UNITS[match.group("pct").strip().lower()]
        if match.group("cur"):
            unit = _UNITS[match.group("cur").lower()]
        if thing is None and unit is None:
            continue
        value = _value(num, scale)
        bound = _BOUND.search(text[max(0, start - 24) : start])
        qualifier = (bound.lastgroup or "") if bound else ""
        prefix = {"approx": "about ", "more": "more than ", "less": "fewer than "}.get(qualifier, "")
        end = (
            match.start("rest") + used
            if used
            else match.end("num")
            if not rest.strip()
            else match.start("rest")
        )
        end = max(end, match.end("scale") if scale else 0, match.end("pct") if match.group("pct") else 0)
        end = max(end, match.end("num"))
        dim = dimension(unit)
        yield Mention(
            kind="quantity",
            slot=" ".join(x for x in (dim, None if dim == "duration" else thing) if x),
            value=prefix + format_value(value),
            text=text[start:end],
            span=Span(article.id, start, end),
            unit=unit,
            number=comparable(value, unit),
            qualifier=qualifier,
            time=_nearest_date(start, end, dates, text, ends),
            context=context_of(text, start, end, ends),
        )
