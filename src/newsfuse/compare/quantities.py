"""Quantities: a number, its unit, what it counts and when ("140 firefighters", "$2.4 million in damage")."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence, Set
from functools import lru_cache

from newsfuse.compare.dates import DateMention
from newsfuse.compare.mentions import (
    Contexts,
    Mention,
    clause_bounds,
    clause_ends,
    context_word,
    lower_for_ascii_scan,
)
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
}
_SCALES = {
    "hundred": 1e2,
    "dozen": 12,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "crore": 1e7,
    "lakh": 1e5,
    "bn": 1e9,
    "bln": 1e9,
    "mln": 1e6,
    "tn": 1e12,
    "trn": 1e12,
    "mn": 1e6,
    "m": 1e6,
    "k": 1e3,
}
_UNITS = {
    "%": "percent",
    "percent": "percent",
    "per cent": "percent",
    "percentage points": "percentage point",
    "percentage point": "percentage point",
    "percentage-points": "percentage point",
    "percentage-point": "percentage point",
    "pct": "percent",
    "$": "USD",
    "us$": "USD",
    "₹": "INR",
    "₩": "KRW",
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
    "decades": "decade",
    "decade": "decade",
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
    "km h": "kilometre per hour",  # (the slash lost in tokenised copy: "gusts of 110 km h")
    "m/s": "metre per second",
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
    "bps": "basis point",
    "bpd": "barrel per day",
    "barrels per day": "barrel per day",
    "barrels a day": "barrel per day",
    "knots": "knot",
    "carats": "carat",
    "carat": "carat",
    "cubic metres": "cubic metre",
    "cubic meters": "cubic metre",
    "cubic feet": "cubic foot",
    "sq ft": "square foot",
    "sq km": "square kilometre",
    "sq m": "square metre",
    "twh": "terawatt hour",
    "gwh": "gigawatt hour",
    "kilowatt-hours": "kilowatt hour",
    "kilowatt hours": "kilowatt hour",
    "megawatt-hours": "megawatt hour",
    "megawatt hours": "megawatt hour",
    "gigawatt-hours": "gigawatt hour",
    "gigawatt hours": "gigawatt hour",
    "terawatt-hours": "terawatt hour",
    "terawatt hours": "terawatt hour",
    "watt-hours": "watt hour",
    "watt hours": "watt hour",
    "light years": "light year",
    "nautical miles": "nautical mile",
    "metric tons": "tonne",
    "metric tonnes": "tonne",
    "tonne": "tonne",
    "millilitres": "millilitre",
    "milliliters": "millilitre",
    "ml": "millilitre",
    "micrograms": "microgram",
    "nanometres": "nanometre",
    "nanometers": "nanometre",
    "megapixels": "megapixel",
    "mbps": "megabit per second",
    "gbps": "gigabit per second",
    "bushels": "bushel",
    "yen": "JPY",
    "yuan": "CNY",
    "rupees": "INR",
    "pesos": "peso",
    "francs": "franc",
    "swiss francs": "CHF",
    "chf": "CHF",
    "sek": "SEK",
    "nok": "NOK",
    "dkk": "DKK",
    "cad": "CAD",
    "aud": "AUD",
    "hkd": "HKD",
    "sgd": "SGD",
    "nzd": "NZD",
    "inr": "INR",
    "zar": "ZAR",
    "brl": "BRL",
    "mxn": "MXN",
    "krw": "KRW",
    "year-old": "year of age",
    "years old": "year of age",
    "month-old": "month of age",
    "months old": "month of age",
    "week-old": "week of age",
    "weeks old": "week of age",
    "day-old": "day of age",
    "days old": "day of age",
    # an age written without its hyphens or with them spaced, as in tokenised copy ("a 65 year old senator",
    # "the 31-year old", "a 52 - year - old woman"): CQE's "year of age" all the same
    "year old": "year of age",
    "year - old": "year of age",
    "month old": "month of age",
    "month - old": "month of age",
    "week old": "week of age",
    "week - old": "week of age",
    "day old": "day of age",
    "day - old": "day of age",
    "ft": "foot",
    "lbs": "pound",
    "kilos": "kg",
    "kilo": "kg",
    "bhp": "brake horsepower",
    "kph": "kilometre per hour",
    "kmh": "kilometre per hour",
    "sqm": "square metre",
    "km²": "square kilometre",
    "m²": "square metre",
    "psi": "pound per square inch",
    "kcal": "kilocalorie",
    "ha": "hectare",
    "hectare": "hectare",
    "hrs": "hour",
    "mins": "minute",
    "secs": "second",
    "yrs": "year",
    "barrel": "barrel",
    "decibels": "decibel",
    "db": "decibel",
    "centuries": "century",
    "century": "century",
    "pints": "pint",
    "pint": "pint",
    "canadian dollars": "CAD",
    "australian dollars": "AUD",
    "hong kong dollars": "HKD",
    "new zealand dollars": "NZD",
    "singapore dollars": "SGD",
    "us dollars": "USD",
    "u.s. dollars": "USD",
    "turkish lira": "TRY",
    "won": "KRW",
    "rand": "ZAR",
    "reais": "BRL",
    "s$": "SGD",
    "r$": "BRL",
    "c$": "CAD",
    "a$": "AUD",
    "hk$": "HKD",
    "nz$": "NZD",
    "rs": "INR",
    "rs.": "INR",
    "usd": "USD",
    "eur": "EUR",
    "gbp": "GBP",
    "jpy": "JPY",
    "cny": "CNY",
    "rmb": "CNY",
    "ringgit": "MYR",
    "kmph": "kilometre per hour",
    "pts": "point",
    "mi": "mile",
    "kgs": "kg",
    "m3": "cubic metre",
    "m³": "cubic metre",
    "yds": "yard",
    "rm": "MYR",  # before the number only ("RM 9"; `_CURRENCY`)
    "rp": "IDR",
    "rp.": "IDR",
    "rupiah": "IDR",
    "min": "minute",
    "bbl": "barrel",
    "shekels": "ILS",
    "shekel": "ILS",
    "rubles": "RUB",
    "roubles": "RUB",
    "krone": "krone",
    "kronor": "SEK",
    "swedish kronor": "SEK",
    "swedish crowns": "SEK",
    "norwegian kroner": "NOK",
    "norwegian crowns": "NOK",
    "danish kroner": "DKK",
    "danish crowns": "DKK",
    "pence": "penny",
    "times": "time",
    "hz": "hertz",
    "hertz": "hertz",
    "khz": "kilohertz",
    "mhz": "megahertz",
    "ghz": "gigahertz",
    "cm": "centimetre",
    "centimetres": "centimetre",
    "centimeters": "centimetre",
    "mm": "millimetre",
    "millimetres": "millimetre",
    "millimeters": "millimetre",
    "mg": "milligram",
    "milligrams": "milligram",
    "mpg": "mile per gallon",
    "miles per gallon": "mile per gallon",
    "rpm": "revolution per minute",
    "ppm": "part per million",
    "ppb": "part per billion",
    "gw": "gigawatt",
    "gigawatts": "gigawatt",
    "kwh": "kilowatt hour",
    "mwh": "megawatt hour",
    "mah": "milliampere hour",
    "mmbtu": "mega british thermal unit",
    "btu": "british thermal unit",
    "tb": "terabyte",
    "celsius": "celsius",
    "degrees celsius": "celsius",
    "fahrenheit": "fahrenheit",
    "degrees fahrenheit": "fahrenheit",
    "degree celsius": "celsius",
    "degree fahrenheit": "fahrenheit",
    "degree f": "fahrenheit",
    "degrees centigrade": "celsius",
    "degree centigrade": "celsius",
    "degrees f": "fahrenheit",
    "degree c": "celsius",
    "degrees c": "celsius",
    "gigatons": "gigaton",
    "gigatonnes": "gigaton",
    "megatons": "megaton",
}
_ATTACHED_ONLY = {
    "p": "penny",
    "bp": "basis point",
    "pc": "percent",
    "g": "g",
    "m": "m",
    "ft": "foot",
    "in": "inch",
    "lb": "pound",
    "lbs": "pound",
    "oz": "ounce",
    "nm": "nanometre",
    "c": "celsius",
    "f": "fahrenheit",
    "km2": "square kilometre",
    "mp": "megapixel",
    "km/h": "kilometre per hour",
    "m2": "square metre",
    "°c": "celsius",
    "°f": "fahrenheit",
    "°": "degree",
}
"""Units that are read only when written against the number ("200g", "30°C", "5p"): apart, they are words."""
_ATTACHED = "|".join(
    sorted(
        [re.escape(u) for u in _ATTACHED_ONLY]
        + [re.escape(u) for u in _UNITS if re.fullmatch(r"[a-z]{2,4}", u)],
        key=len,
        reverse=True,
    )
)
_RATE = re.compile(
    r"(?:\s+(?:per|a|an|each)\s+(?:(?:fully\s+)?diluted\s+|basic\s+)?|/|-(?:per|a|an)-)(?P<per>square\s+(?:foot|metre|meter|mile|kilometre|kilometer)|barrel|share|month|year|week|day|hour|night|gallon|litre|"
    r"liter|ounce|ton|tonne|kilo|kilogram|pound|gram|person|head|ride|trip|game|unit|seat|ticket|mile|"
    r"kilometre|kilometer|minute|second|capita|household|student|employee|acre|hectare|loaf|bottle|cup|"
    r"pack|packet|meal|plate|pint|dose|visit|page|word|bag|box|room|season|match|shift|kg|therm|sq\s+ft|sq\s+m|"
    r"bushel|carat|yard|metre|meter|foot|quart|cubic\s+metre|cubic\s+meter|megawatt\s+hour)s?\b"
    r"(?!\s+(?:earlier|ago|before|later|after|since|from\s+(?:now|then|today))\b)",
    re.IGNORECASE,
)
"""A rate after a unit: "$80 a barrel", "12 cents per share", "$70/barrel", "a $2,500-a-month flat"; earnings
per share as company results write them, "10 cents per diluted share", "$1.02 a basic share", are per share."""
DAYS_PER = {
    "second": 1 / 86400,
    "minute": 1 / 1440,
    "hour": 1 / 24,
    "day": 1,
    "week": 7,
    "month": 30.4,
    "year": 365,
    "decade": 3652.5,
}
"""Durations are compared in days, so "six weeks" and "two months" fill one slot."""

_ALPHA_WORD = re.compile(r"[A-Za-z][\w'-]*")
_PLURALS = frozenset(
    {"people", "children", "men", "women", "police", "staff", "personnel", "cattle", "feet", "teeth", "mice"}
    | {"geese", "media", "crew", "troops"}
)
"""Plural nouns not ending in s: the counted thing ends there ("5,000 people came")."""
_SINGULAR = {"liter": "litre", "kilometer": "kilometre", "kilo": "kilogram", "square meter": "square metre"}
_SINGULAR |= {"kg": "kilogram", "sq ft": "square foot", "sq m": "square metre"}
_SINGULAR |= {"square kilometer": "square kilometre"}
_BOUND = re.compile(
    r"(?P<approx>about|around|approximately|nearly|almost|roughly|some|an estimated|estimated)\s+$|"
    r"(?P<more>more than|over|at least|upwards of|in excess of|above|exceeding)\s+$|"
    r"(?P<less>fewer than|less than|up to|under|below|at most|no more than)\s+$",
    re.IGNORECASE,
)
_BOUND_LAST: tuple[str, ...] = (
    "about",
    "around",
    "nearly",
    "almost",
    "roughly",
    "some",
    "estimated",
    "than",
    "over",
    "least",
    "of",
    "above",
    "exceeding",
    "to",
    "under",
    "below",
    "most",
    "approximately",
)
"""The last words of ``_BOUND``'s phrases: a window ending otherwise is not searched."""


def _qualifier(text: str, start: int) -> str:
    """ "approx", "more" or "less" when the words just before ``start`` hedge or bound the number there."""
    window = text[max(0, start - 24) : start]
    if not window or not window[-1].isspace():
        return ""
    if window.isascii() and not window.rstrip()[-13:].lower().endswith(_BOUND_LAST):
        return ""  # (outside ASCII, case folding can match more than lower-casing: searched in full)
    bound = _BOUND.search(window)
    return (bound.lastgroup or "") if bound else ""


_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"


def _by_first_letter(words: list[str]) -> str:
    """An alternation of ``words`` grouped by first letter, each group in the given order: the same matches as
    the flat alternation, with one letter test per group instead of one word test per word."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word)
    return "(?:" + "|".join(f"{k}(?:{'|'.join(w[1:] for w in ws)})" for k, ws in groups.items()) + ")"


_UNIT_WORDS = sorted((re.escape(u) for u in _UNITS if u[0].isalpha()), key=len, reverse=True)
_UNIT_RE = re.compile(rf"[\s-]+({_by_first_letter(_UNIT_WORDS)})\b", re.IGNORECASE)
"""A unit word after the number ("feet", "per cent"), longest first, grouped by first letter."""
_WORDS = (
    _by_first_letter(sorted(_NUMBER_WORDS, key=len, reverse=True))
    + r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
)
_SCALE = r"(?:[\s-]*(?P<scale>hundred|dozen|thousand|million|billion|trillion|crore|lakh)\b|(?:\s(?=(?:bn|bln|mln|tn|trn)(?![\w']))|(?(cur)\s(?=(?:m|mn|k)(?![\w']))|(?!)))?(?P<abbr>bn|bln|mln|mn|tn|trn|m|k)(?![\w']))"
_CURRENCY = r"(?P<cur>US\$|C\$|A\$|HK\$|NZ\$|S\$|R\$|Rs\.?|(?:RM|Rp\.?)(?=\s?\d)|\$US\s?|PS(?=\d[\d,]*(?:\.\d|\s?(?:million|billion|mln|bln|bn|m)\b))|[$€£¥₹₩]|(?:USD|EUR|GBP|JPY|CNY|RMB|CHF|SEK|NOK|DKK|CAD|AUD|HKD|SGD|NZD|INR|ZAR|BRL|MXN|KRW)\s)"


_FRACTION_OF_POINT = (
    r"(?:half|quarter|three[\s-]quarters?)(?=(?:\s+of)?(?:\s+an?)?[\s-]+(?:percentage[\s-]points?|"
    r"basis[\s-]points?|points?|percent|per\s+cent)\b)"
)
"""A fraction in words before a point or a percent ("a quarter point", "a half-point cut", "half a
percentage point", "three-quarters of a point"): the fraction is the value (CQE's fractions)."""
_FRACTION_UNIT = re.compile(
    r"(?:\s+of)?(?:\s+an?)?[\s-]+(?P<u>percentage[\s-]points?|basis[\s-]points?|points?|percent|per\s+cent)\b",
    re.IGNORECASE,
)


def _fraction_unit(written: str) -> str:
    """The unit code of what ``_FRACTION_UNIT`` read ("percentage-points" → "percentage point")."""
    first = written[:5].lower()
    if first == "perce":
        return "percentage point" if written[7:8].lower() == "a" else "percent"
    return {"per c": "percent", "basis": "basis point"}.get(first, "point")


_FRACTION_VALUES = {"half": 0.5, "quarter": 0.25, "three-quarters": 0.75, "three quarters": 0.75}
_FRACTION_VALUES |= {"three-quarter": 0.75, "three quarter": 0.75}


_HALF_A_MEASURE = (
    r"half\s+an?(?=\s+(?:hour|minute|second|day|week|month|year|decade|century|mile|metre|meter|kilometre|"
    r"kilometer|inch|foot|yard|litre|liter|gallon|pint|pound|kilogram|kilo|tonne|ton|ounce|acre|hectare|cent|"
    r"degree)\b)"
)
"""Half of one measure ("half an hour", "half a metre", "half a mile"): 0.5 of it, as CQE's fractions read it
(session 23); "half a million", "half a point" are read by their own alternatives."""


def _quantity_pattern(ranges: bool, lowered: bool = False) -> re.Pattern[str]:
    """The quantity pattern; ``lowered``: for the lower-cased text (see ``_START``), written in lower case
    and read without case folding, which finds the same spans (the groups lower-cased) at a third less CPU."""
    hi = (
        rf"(?P<sep>\s*[-–]\s*|\s+(?:to|and)\s+)\$?(?P<hi>{_DIGITS}|{_WORDS})"
        rf"(?:(?![\w:])|(?<=\d)(?=(?:{_ATTACHED})(?!\w)))"  # ("0-60mph": a unit against the range's end)
        if ranges
        else r"(?P<sep>(?!))(?P<hi>(?!))"  # never matches: the groups exist, empty
    )
    source = (
        r"(?<![\w'’])(?=[$€£¥₹₩\d.]|US\$|[CAHNSR]\$|HK\$|NZ\$|Rs|RM|Rp|PS\d|USD|EUR|GBP|JPY|CNY|RMB|CHF|SEK|NOK|DKK|CAD|AUD|HKD|SGD|NZD|INR|ZAR|BRL|MXN|KRW|[OoTtFfSsEeNnHhDdAaQq])"
        rf"{_CURRENCY}?\s?(?P<num>{_FRACTION_OF_POINT}|{_DIGITS}|{_WORDS}|(?:half\s+)?an?(?=\s+(?:dozen|hundred|thousand|million|"
        rf"billion|trillion)\b)|{_HALF_A_MEASURE})(?![\d:])(?:{hi})?{_SCALE}?"
        rf"(?:\s(?=°))?(?P<att>(?:{_ATTACHED})(?![\w]))?(?![\w:])"
        r"(?P<pct>\s?%|\s+percent\b|\s+per cent\b|\s+percentage points?\b)?"
        r"(?P<rest>(?:[\s-]+(?:(?:[A-Za-z]\.){2,}|[A-Za-z][\w'/-]*)){0,5})"
    )
    if lowered:  # (no upper-case escape such as \S in it; only the group syntax keeps its capital)
        return re.compile(source.lower().replace("(?p<", "(?P<"))
    return re.compile(source, re.IGNORECASE)


_QUANTITY = _quantity_pattern(ranges=True)
_QUANTITY_IN_LOWER = _quantity_pattern(ranges=True, lowered=True)
_STARTS = (
    r"(?<![\w'’])(?:[$€£¥₹₩\d]|\.(?=\d)|us\$|[cahnsr]\$|hk\$|nz\$|rs|r[mp](?=\.?\s?\d)|ps(?=\d)|(?:usd|eur|gbp|jpy|cny|rmb|chf|sek|nok|dkk|cad|aud|hkd|sgd|nzd|inr|zar|brl|mxn|krw)(?=\s)|half|quarter|one|"
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirt|fift|forty|twenty|hundred|dozen|"
    r"an?(?=\s+(?:dozen|hundred|thousand|million|billion|trillion)))"
)
_START = re.compile(_STARTS)
_START_ANY_CASE = re.compile(_STARTS, re.IGNORECASE)
"""Every place a quantity can start (its currency or number), and more: the quantity pattern is tried only
there. Read in the lower-cased text when lower-casing keeps its offsets and no letter that case-folds to an
ASCII letter without lower-casing to it ("ı", "ſ") occurs; else case-folded."""
_BEFORE_SPACE = r"(?=\s)"
_BEFORE_SCALE = r"(?=\s+(?:dozen|hundred|thousand|million|billion|trillion))"
_START_WORDS = {
    "a": [r"\$", "ud" + _BEFORE_SPACE, "n?" + _BEFORE_SCALE],
    "b": ["rl" + _BEFORE_SPACE],
    "c": [r"\$", "ny" + _BEFORE_SPACE, "hf" + _BEFORE_SPACE, "ad" + _BEFORE_SPACE],
    "d": ["kk" + _BEFORE_SPACE, "ozen"],
    "e": ["ur" + _BEFORE_SPACE, "ight", "leven"],
    "f": ["our", "ive", "ift", "orty"],
    "g": ["bp" + _BEFORE_SPACE],
    "h": [r"\$", r"k\$", "kd" + _BEFORE_SPACE, "alf", "undred"],
    "i": ["nr" + _BEFORE_SPACE],
    "j": ["py" + _BEFORE_SPACE],
    "k": ["rw" + _BEFORE_SPACE],
    "m": ["xn" + _BEFORE_SPACE],
    "n": [r"\$", r"z\$", "ok" + _BEFORE_SPACE, "zd" + _BEFORE_SPACE, "ine"],
    "o": ["ne"],
    "p": [r"s(?=\d)"],
    "q": ["uarter"],
    "r": [r"\$", "s", r"[mp](?=\.?\s?\d)", "mb" + _BEFORE_SPACE],
    "s": [r"\$", "ek" + _BEFORE_SPACE, "gd" + _BEFORE_SPACE, "ix", "even"],
    "t": ["wo", "hree", "en", "welve", "hirt", "wenty"],
    "u": [r"s\$", "sd" + _BEFORE_SPACE],
    "z": ["ar" + _BEFORE_SPACE],
}
"""``_STARTS``' words and currencies grouped by their first letter (the rest of each after it): the same
places, with one letter test per group instead of one per word."""
_START_AFTER = re.compile(
    r"[^a-z0-9_'’](?=[$€£¥₹₩\d]|\.(?=\d)|"
    + "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in _START_WORDS.items())
    + ")"
)
r"""``_START`` found one character early, on the character before the start that its look-behind tests: the
pattern opens on a character class, so the scan skips the word characters (most of a text) without trying
the pattern there, and tries ``_START_WORDS`` by first letter (together -26 % of ``_starts``' CPU on
jsonl-2000-s9-g2). It consumes only that character, so a start right after another ("$5") is still found;
``_starts`` adds the text's first place. The class is written in ASCII ranges, tested by a table where ``\w`` asks
each character's category (-27 % of the scan, session 27): in a lower-cased text the same characters among ASCII,
and a non-ASCII word character before a start only adds a place where the quantity and clock patterns' own
look-behinds fail."""
_SINGLE = _quantity_pattern(ranges=False)
"""A number, or a range ("5-7%", "between 20 and 30 people"), with its currency, scale and unit."""
_SINGLE_IN_LOWER = _quantity_pattern(ranges=False, lowered=True)
_CLOCK = re.compile(
    r"(?=\d)\b(?P<h>\d{1,2})(?::(?P<m>\d{2}))?\s*(?P<ap>a\.m\.|p\.m\.|am\b|pm\b)", re.IGNORECASE
)
_YEAR = re.compile(r"^(?:1[89]|20)\d{2}$")
_CALENDAR = re.compile(
    r"^(?:(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|a\.?m\b|p\.?m\b|o'clock|st\b|nd\b|rd\b|th\b)",
    re.IGNORECASE,
)
_MONTH_BEFORE = re.compile(
    r"(?<![\w.])(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s$",
    re.IGNORECASE,
)
"""A month's name (or its abbreviation) just before a number: the number is its day."""


_LEADING = {
    "of",
    "the",
    "a",
    "an",
    "its",
    "their",
    "his",
    "her",
    "in",
    "worth",
    "new",
    "more",
    "additional",
    "own",
    "other",
}
_BREAK = {"and", "or", "were", "was", "is", "are", "who", "which", "that", "to", "from", "for", "on", "at"}


def _folded(lowered: str) -> str:
    """A lower-cased number word as the case-blind pattern matched it: "ſ", "ı" and a dotted "İ" (lower-cased
    "i̇") are "s" and "i" ("ſix", "SİX" in a text read case-folded; looked up as written they raised)."""
    if lowered.isascii():
        return lowered
    return lowered.replace("ſ", "s").replace("ı", "i").replace("i\u0307", "i")


def _value(num: str, scale: str | None) -> float:
    """The number written ``num`` (digits or words) times its ``scale`` word."""
    if scale is None and num[-1].isdigit():  # most numbers: digits, no scale
        return float(num.replace(",", ""))
    lowered = _folded(" ".join(num.lower().split()))
    if lowered in _FRACTION_VALUES:
        base = _FRACTION_VALUES[lowered]
    elif lowered in {"a", "an", "half a", "half an"}:
        base = 0.5 if lowered.startswith("half") else 1.0
    elif "-" in lowered and lowered.split("-")[0] in _NUMBER_WORDS:
        tens, ones = lowered.split("-", 1)
        base = float(_NUMBER_WORDS[tens] + _NUMBER_WORDS.get(ones, 0))
    elif lowered in _NUMBER_WORDS:
        base = float(_NUMBER_WORDS[lowered])
    else:
        base = float(num.replace(",", ""))
    times = _SCALES.get((scale or "").lower(), 1.0)
    return round(base * times, 4) if times > 1 else base  # (67.4 × 1e9 is 67400000000.00001 unrounded)


def numeric_key(shown: str) -> str:
    """The number of a shown value, without its qualifier ("about 120" → "120")."""
    for prefix in ("about ", "more than ", "fewer than "):
        shown = shown.removeprefix(prefix)
    return shown


def format_value(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,.2f}".rstrip("0")


_PASSIVE = re.compile(r"\s+(?:were|was|had been|have been|are)\s+([a-z]+ed|killed|hurt|injured|arrested)\b")


_OTHER = re.compile(r"\s+(?:(?:the|its|their|his|her|new|more|additional)\s+)*other\s", re.IGNORECASE)
"""Others than those just counted ("ten other cities"): a slot of its own, not the whole count's."""


@lru_cache(maxsize=8192)
def _referent(rest: str, unit: str | None = None) -> tuple[str | None, str | None, int]:
    """``_read_referent``, the counted thing after "other" named "other …" ("two other people": "other
    people"), so that it fills its own slot: it is a part of the whole, not the whole ("Northfield and ten
    other cities" are 11 cities)."""
    found_unit, thing, used = _read_referent(rest, unit)
    if thing and not found_unit and rest[:1].isspace() and _OTHER.match(rest):
        thing = "other " + thing
    return found_unit, thing, used


def _read_referent(rest: str, unit: str | None = None) -> tuple[str | None, str | None, int]:
    """(unit, counted thing, characters of ``rest`` used) from the words after the number; ``unit`` is the
    unit already read before them (a currency, "%"). A rate extends the unit ("$80 a barrel"). Kept for the
    latest phrases: copies and updates of a story repeat them (half the calls on the pipeline's events)."""
    passive = _PASSIVE.match(rest)
    if passive and unit is None:  # "nine were hospitalized": what happened to them is what is counted
        return None, stem(passive.group(1).lower()), passive.end()
    match = None if unit else _UNIT_RE.match(rest)
    used = 0
    if match:
        unit = _UNITS[match.group(1).lower()]
        used = match.end()
    elif unit is None and rest[:1].isspace() and (symbol := _SPACED_SYMBOL.match(rest)):
        unit = _ATTACHED_ONLY[(symbol.group(1) or symbol.group(2)).lower()]
        used = symbol.end()
    if unit:
        rate = _RATE.match(rest, used) or _rate_after_of(rest, used) or _PER_TONNE.match(rest, used)
        if rate:
            per = " ".join(rate.group("per").lower().split())
            unit = f"{unit} per {_SINGULAR.get(per, per)}"
            used = rate.end()
        elif per_noun := _PER_NOUN.match(rest, used):  # "USD 48 per container": any noun after "per"
            per = per_noun.group(1).lower()
            named = _UNITS.get(per) or _UNITS.get(
                per + "s"
            )  # "per kWh", "per kilowatt-hour": the unit's name
            unit = f"{unit} per {named or singular(per)}"
            used = per_noun.end()
    if not unit and (rest[:1] == "-" or rest.startswith(" - ")):
        spaced = 2 if rest[:1] == " " else 0  # "a 300 - page report": the hyphen spaced, as in tokenised copy
        compound = _COMPOUND.match("-" + rest[3:] if spaced else rest)
        if compound and spaced and not _SPACED_COMPOUND.match(rest):
            compound = None  # a dash, not a hyphen: "ages 6 and 11 - were taken", "630.70 - Mobile Audio"
        if compound:  # "a two-room flat", "a 300-page report": the noun after the hyphen is counted
            return None, singular(compound.group(1).lower()), compound.end(1) + spaced
    head: list[str] = []
    used_to = used
    for word in _ALPHA_WORD.finditer(rest[used:]):
        lowered = word.group(0).lower()
        if (not head and lowered in _LEADING) or (len(lowered) == 1 and rest[used + word.end() :][:1] == "."):
            continue  # (the letters of "U.S." are not the counted thing)
        if lowered in _REFERENT_STOP or lowered in _BREAK:
            if not (
                INITIALISM.fullmatch(word.group(0))
                and _before_plural(rest, used + word.end())
                and not _UNIT_RE.match(rest, used + word.end())
            ):
                break  # (not before a unit: "5 US cents" as before)
            head.append(lowered)  # an initialism modifies the plural: "130,000 US soldiers", "40 IT workers"
            used_to = used + word.end()
            continue
        if head and (lowered in _VERBS_AFTER_NOUN or "\n" in rest[used_to : used + word.start()]):
            while len(head) > 1 and head[-1].endswith("ly"):
                head.pop()  # "one suspect eventually came": the adverb before the verb is not counted
            break  # a verb after the counted noun ("one mother puts it", "a 6.4 earthquake struck"), a new line
        if (
            head
            and lowered.endswith(("ed", "ing"))
            and not _modifier_before_plural(head[-1], rest, used + word.end())
        ):
            break  # "14 people killed", but "3,000 affordable housing units", "two newly built schools"
        head.append(lowered)
        used_to = used + word.end()
        if (
            lowered in ("police", "crew", "staff", "media", "cattle")
            and len(head) < 3
            and (after := _NEXT_PLURAL.match(rest, used_to))
            and after.group(1).lower() not in STOP_WORDS
        ):
            continue  # "500 police officers", "24 crew members": the plural after is what is counted
        if (
            lowered in _PLURALS
            or (lowered.endswith("s") and not lowered.endswith("ss") and len(lowered) > 3)
            or len(head) == 3
            or _compound_plural(lowered)
        ):
            if not unit and len(head) < 5 and word.group(0)[0].isupper() and _before_plural(rest, used_to):
                continue  # a name modifying the noun: "four Massachusetts middle schools", "nine South Pacific atolls"
            rate = None if unit else _RATE.match(rest, used_to)
            if rate:  # "45,000 vehicles a day": the counted thing per time is the unit
                per = rate.group("per").lower()
                return f"{_singular(lowered)} per {_SINGULAR.get(per, per)}", singular(lowered), rate.end()
            return unit, singular(lowered), used_to
    return unit, (singular(head[-1]) if head else None), used_to


INITIALISM = re.compile(r"[A-Z]{2,6}")
"""An initialism or acronym written in capitals ("US", "IT", "MONUC"): a modifier of the plural noun after it,
never a stop word (issue 7, session 29, quant2's IN′); the scorer's unit reading keeps it too."""


_ADJECTIVE_ENDINGS = (
    "able",
    "ible",
    "al",
    "ic",
    "ous",
    "ive",
    "ful",
    "less",
    "ary",
    "ly",
    "ern",
    "ese",
    "ian",
)
"""Endings of the adjectives and adverbs that open a counted noun phrase ("affordable", "public", "electric",
"newly"): a word read before a participle or gerund that is not itself the counted noun."""


def _modifier_before_plural(before: str, rest: str, at: int) -> bool:
    """Whether a participle or gerund read after ``before`` (an adjective or adverb by its ending) is a
    modifier of the plural noun right after it ("3,000 affordable housing units", "two newly built schools",
    "300 electric charging points"), not a verb after the counted thing ("one suspect fleeing officers")."""
    if not before.endswith(_ADJECTIVE_ENDINGS):
        return False
    nxt = _NEXT_WORD.match(rest, at)
    if not nxt:
        return False
    word = nxt.group(1).lower()
    return word not in STOP_WORDS and (
        word in _PLURALS or word in _IRREGULAR or (word.endswith("s") and not word.endswith("ss"))
    )


_NEXT_WORD = re.compile(r"\s+([A-Za-z]{3,})\b")
_NEXT_LOWER = re.compile(r"\s+([a-z]{3,})\b(?:\s+([a-z]{3,})\b)?")


def _plural_shape(word: str) -> bool:
    """Whether a lower-case word reads as a plural noun ("schools", "people", "grandchildren")."""
    return (
        word in _PLURALS
        or word in _IRREGULAR
        or (word.endswith("s") and not word.endswith("ss") and len(word) > 3)
        or _compound_plural(word)
    )


def _before_plural(rest: str, at: int) -> bool:
    """Whether a capitalised word read as the counted thing's end is a name modifying the noun after it: a
    lower-case plural noun follows, right after it or after one more lower-case word ("four Massachusetts
    middle schools", "five Texas counties"); not a verb or a stop word ("three Democrats joining", "20
    Marines were")."""
    nxt = _NEXT_LOWER.match(rest, at)
    if not nxt or nxt.group(1) in _REFERENT_STOP or nxt.group(1) in _CONCEPT_VERBS:
        return False
    if _plural_shape(nxt.group(1)):
        return True
    after = nxt.group(2)
    return (
        bool(after) and after not in _REFERENT_STOP and after not in _CONCEPT_VERBS and _plural_shape(after)
    )


_NOT_MEN = frozenset({"specimen", "abdomen", "regimen", "acumen", "stamen", "bitumen", "albumen", "cyclamen"})


def _compound_plural(word: str) -> bool:
    """A compound of "children" or "men" ("grandchildren", "schoolchildren", "firemen", "policewomen")."""
    return word.endswith("children") or (word.endswith("men") and len(word) > 5 and word not in _NOT_MEN)


_PER_TONNE = re.compile(r"/(?P<per>[td])(?![\w-])")
"""A price per tonne after a slash ("$8,420/t"), read as "tonne"."""
_SINGULAR["t"] = "tonne"
_SINGULAR["d"] = "day"  # "85,000 bbl/d"
_SPACED_COMPOUND = re.compile(
    r" - (?!(?:and|or|but|were|was|are|is|who|which|that|the|a|an|to|of|in|on|at)\b)[a-z]{2,}\s+[a-z]"
)
"""A hyphen spaced as in tokenised copy, not a dash: a lower-case word after it, then another (its noun)."""
_SPACED_SYMBOL = re.compile(
    r"\s+(?:(g|oz|lbs?)(?=\s+of\s)|(m|p(?!\.m))(?=\s*[.,;:)]|\s*$|\s+(?:long|tall|high|wide|deep|above|below|away|to|from|of|"
    r"in|at|and|on|into|over|under|up|down)\b))"
)
"""A symbol written apart from the number: before what it weighs ("500 g of honey", "12 oz of beans"), and "m"
for metres or "p" for pence before an extent, a preposition or punctuation ("64 m long", "climbs 600 m to the
summit", "costs 480 p in", "up 30 p on last year"; "1.5 m people" stays a million, "from 5 to 7 p.m." no
pence)."""
_PER_NOUN = re.compile(r"\s+per\s+(?!cent\b)([A-Za-z]{3,}(?:-hour)?)\b", re.IGNORECASE)
"""A rate after a unit by "per" and a noun the rate list does not hold ("per container", "per
kilowatt-hour")."""
_ADVERBS_AFTER = frozenset(
    {
        "overnight",
        "apiece",
        "yesterday",
        "today",
        "tonight",
        "tomorrow",
        "abroad",
        "aboard",
        "ashore",
        "outright",
    }
    | {"overall", "altogether", "instead", "indoors", "outdoors", "nationwide", "worldwide", "statewide"}
)
"""Adverbs that follow a bare number without being what it counts ("kept two overnight", "sold 40,000
worldwide"): the number is a quantity without unit, as CQE's ``lonely_num`` tags it."""
_REFERENT_STOP = (
    STOP_WORDS
    - {"former", "latter", "fire", "bill", "system", "interest", "detail", "mill"}
    - {"top", "full", "whole"}
) | _ADVERBS_AFTER
"""Words a counted thing ends at: the stop words, less the nouns and adjectives among them ("three former
bank executives", "40 fire engines", "two system failures")."""
_OF_THING = re.compile(r"\s+of\s+[A-Za-z]\w*")  # ("tonnes of CO2 per capita")
_NEXT_PLURAL = re.compile(r"\s+([A-Za-z]{3,}(?<![sS][sS])s)\b")
"""A plural noun next ("police officers")."""
_COMPOUND = re.compile(
    r"-(?!(?:time|way|sided|off|on|am|pm|thirds?|halves|quarters?|fifths?|tenths?)\b)([A-Za-z]{2,})(?=\s+[A-Za-z])",
    re.IGNORECASE,
)
"""A number-noun compound before its noun ("-room flat"), not "one-time", "two-way", "two-thirds"."""


def _rate_after_of(rest: str, used: int) -> re.Match[str] | None:
    """A rate after what the unit measures: "600,000 barrels of oil per day"."""
    of = _OF_THING.match(rest, used)
    return _RATE.match(rest, of.end()) if of else None


_IRREGULAR = {
    "children": "child",
    "men": "man",
    "women": "woman",
    "feet": "foot",
    "teeth": "tooth",
    "mice": "mouse",
    "geese": "goose",
    "lives": "life",
    "wives": "wife",
    "midwives": "midwife",
    "housewives": "housewife",
    "knives": "knife",
    "halves": "half",
    "leaves": "leaf",
    "loaves": "loaf",
    "shelves": "shelf",
    "thieves": "thief",
    "wolves": "wolf",
    "calves": "calf",
    "heroes": "hero",
    "potatoes": "potato",
    "tomatoes": "tomato",
    "vetoes": "veto",
    "echoes": "echo",
    "volcanoes": "volcano",
    "tornadoes": "tornado",
    "mosquitoes": "mosquito",
    "torpedoes": "torpedo",
    "cargoes": "cargo",
    "embargoes": "embargo",
    "dominoes": "domino",
    "crises": "crisis",
    "analyses": "analysis",
    "theses": "thesis",
    "diagnoses": "diagnosis",
    "hypotheses": "hypothesis",
    "oases": "oasis",
    "indices": "index",
    "matrices": "matrix",
    "appendices": "appendix",
    "phenomena": "phenomenon",
    "criteria": "criterion",
}
"""Plurals whose singular their ending does not give."""
_SAME_IN_PLURAL = frozenset({"species", "series", "means", "news", "aircraft", "sheep", "fish", "deer"})
_ES_AFTER = ("sses", "xes", "ches", "shes", "zzes")
"""Endings after which a plural's "es" is dropped whole ("boxes", "churches"); else only its "s"."""


@lru_cache(maxsize=4096)
def singular(noun: str) -> str:
    """A lower-cased noun's singular, the lemma CQE/NewsQuant name a counted thing by ("cases" → "case",
    "children" → "child", "cities" → "city", "boxes" → "box", "buses" → "bus"); other words unchanged."""
    if noun in _IRREGULAR:
        return _IRREGULAR[noun]
    if _compound_plural(noun):  # "grandchildren", "firemen", "policewomen"
        return noun[:-3] if noun.endswith("children") else noun[:-3] + "man"
    if noun in _PLURALS or noun in _SAME_IN_PLURAL or not noun.endswith("s") or len(noun) < 4:
        return noun
    if noun.endswith(("ss", "us", "sis", "'s")) or noun in ("tennis", "chassis", "iris"):
        return noun
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    if noun.endswith(_ES_AFTER) and not (noun.endswith("aches") and not noun.endswith(("eaches", "oaches"))):
        return noun[:-2]
    if noun.endswith("uses") and not noun.endswith(("ouses", "auses")):
        return noun[:-2]  # "buses", "bonuses", "viruses" (not "houses", "causes")
    return noun[:-1]


def _singular(noun: str) -> str:
    """A plural noun's singular, by its ending ("vehicles" → "vehicle", "deliveries" → "delivery")."""
    return singular(noun)


_CASED: dict[str, dict[str, str | None]] = {
    "nanometre": {"Nm": "newton metre"},
    "celsius": {"c": "cent"},
    "fahrenheit": {"f": None},
}
"""Letters against a number read by their case: "7nm" nanometres but "400Nm" newton metres (of torque),
"4C" Celsius but "4c" cents, "95F" Fahrenheit and "4f" nothing."""

_MONEY_AFTER = re.compile(r"\s+(?:euros?|dollars?|pounds?|yen|yuan|rupees|pesos|francs)\b", re.IGNORECASE)


def _is_range(text: str, match: re.Match[str]) -> bool:
    """A "lo-hi" match is a range only when hi > lo and, for "and", after "between"; "from 5 to 10" is a
    change between two values, not a range."""
    if not match.group("hi"):
        return True
    sep = match.group("sep").strip().lower()
    before = text[max(0, match.start() - 9) : match.start()].lower().rstrip()
    low, high = _value(match.group("num"), None), _value(match.group("hi"), None)
    if (sep == "and" and not before.endswith("between")) or (
        sep == "to" and before.endswith(("from", " by")) and not _by_range(before, match, low, high)
    ):
        return False
    if sep == "to" and high >= 3 * low and _after_change(text, match.start()):
        return False  # "rose $14 to $1,930", "climbed 31 to 2,418": a change, then the level it reached
    return high > low


def _by_range(before: str, match: re.Match[str], low: float, high: float) -> bool:
    """ "by X to Y <unit>", the unit written once after Y, Y less than three times X: one range of the change
    ("retreating by 20 to 30 metres a year", "cut by 10 to 15 per cent"; session 23), not a change and the
    level it reached ("grew by 4,500 to 61,000 patients")."""
    return (
        before.endswith(" by")
        and low < high < 3 * low
        and bool(match.group("pct") or match.group("att") or _UNIT_RE.match(match.group("rest")))
    )


_HEDGES = frozenset({"about", "almost", "nearly", "some", "roughly", "around", "only", "just", "another"})
_LAST_WORDS = re.compile(r"([A-Za-z]+)\s+(?:([A-Za-z]+)\s+)?$")


def _after_change(text: str, start: int) -> bool:
    """Whether a verb of change ("rose", "fell", "up") comes right before ``start``, past a hedge ("rose
    about")."""
    words = _LAST_WORDS.search(text, max(0, start - 24), start)
    if not words:
        return False
    first, last = words.group(1).lower(), (words.group(2) or "").lower()
    if last:
        return last in _CHANGE_VERBS or (last in _HEDGES and first in _CHANGE_VERBS)
    return first in _CHANGE_VERBS


_NOT_COUNT_BEFORE = re.compile(
    r"in|since|by|from|until|till|of|during|before|after|for|to|and|or|between|early|late|mid|circa|year|"
    r"season|fiscal|the|summer|winter|spring|autumn|fall|january|february|march|april|may|june|july|august|"
    r"september|october|november|december|on|at|than|through|throughout|around|about|as|copyright|your|my|"
    r"our|his|her|their|vintage|model|class",
    re.IGNORECASE,
)
"""Words before a year-like number that make it a year ("in 2019 prices rose", "since 1990 workers …")."""


def _year_like_count(text: str, start: int, rest: str) -> bool:
    """Whether a number that looks like a year counts a plural noun instead ("some 2000 protesters", "the
    mill's 1800 workers"): a plural follows and the word before is not one that introduces a year."""
    words = _ALPHA_WORD.findall(rest, 0, 30)[:1]
    if not words or rest[:1] != " " or not words[0].islower() or not _is_plural(words[0]):
        return False
    before = text[max(0, start - 20) : start].split()
    return bool(before) and before[-1][-1:].isalpha() and not _NOT_COUNT_BEFORE.fullmatch(before[-1])


_AGED = ("aged ", "Aged ", "age ", "Age ")
"""An age written after "aged" ("aged 71")."""


def _aged(text: str, start: int) -> bool:
    """Whether the word before ``start`` is "aged" or "age" (not "damaged", "page")."""
    k = start - (5 if text[start - 2] == "d" else 4)
    return k == 0 or not text[k - 1].isalpha()


_METRE_AFTER = frozenset(
    {"tall", "long", "high", "deep", "wide", "away", "above", "below", "race", "sprint", "hurdles", "dash"}
    | {"freestyle", "backstroke", "breaststroke", "butterfly", "relay", "final", "medley", "run", "swim"}
)
"""Words after "Nm" that make it metres ("1.9m tall", "the 100m hurdles")."""


def _first_word(rest: str) -> str:
    """The first word of ``rest``, lower-cased ("" when none)."""
    found = _ALPHA_WORD.search(rest, 0, 40)
    return found.group(0).lower() if found else ""


def _is_plural(word: str) -> bool:
    return word in _PLURALS or (word.endswith("s") and not word.endswith("ss") and len(word) > 3)


def _million_not_metres(num: str, rest: str) -> bool:
    """Whether "Nm" (no currency, no money word after) is N million: a decimal ("1.5m"), or a count of a
    plural noun ("20m people"), unless a measure's word follows ("1.9m tall", "the 100m hurdles")."""
    word = _first_word(rest) if rest[:1].isspace() else ""
    if word in _METRE_AFTER or rest[:1] == "-":
        return False
    if word.endswith(("ing", "ed", "new", "active", "monthly", "daily", "registered")) and not _is_plural(
        word
    ):
        words = _ALPHA_WORD.findall(rest, 0, 40)[1:2]  # "40m paying subscribers", "3m new homes"
        word = words[0].lower() if words else word
    return "." in num or _is_plural(word)


_POUNDS_MONEY_BEFORE = re.compile(
    r"\b(?:cost|costs|paid|pay|pays|worth|fined?|salary|prices?|priced|spent|spend|raised|budget|loan|debt|"
    r"profits?|revenue|sold for|bought for|bid|deal|wages?|earns?|earned|award(?:ed)?|compensation|bill|"
    r"fund|funding|tax|taxes|bonus|rents?|fee|fees|charge|grant|payments?|pension|benefits?|allowance|refund|"
    r"invest(?:ed|ment)?)\b(?:[^.;]|\.(?=\d)){0,50}$",
    re.IGNORECASE,
)


def _pounds(unit: str, scaled: bool, text: str, start: int, rest: str, used: int) -> str:
    """ "pounds" as money (GBP) when scaled ("1.25 million pounds"), paid per time ("85,000 pounds a year")
    or after a money word ("paid 500 pounds"); as weight when "of" what follows ("204 pounds of cocaine")."""
    base, _, per = unit.partition(" per ")
    if base != "pound" or rest[used:].lstrip().lower().startswith("of "):
        return unit
    if (
        scaled
        or per in DAYS_PER
        or (
            _POUNDS_MONEY_BEFORE.search(text, max(0, start - 60), start)
            and "weigh" not in text[max(0, start - 30) : start].lower()
        )
    ):
        return "GBP" + (f" per {per}" if per else "")
    return unit


_NAME_THEN_VERB = frozenset(
    {"rose", "fell", "lost", "gained", "added", "dropped", "slipped", "climbed", "jumped", "edged", "eased"}
    | {"advanced", "declined", "slid", "shed", "rallied", "tumbled", "surged", "closed", "ended", "finished"}
    | {"was", "were", "is", "index", "futures", "hit", "settled", "opened", "dipped", "sank", "soared"}
)
"""Verbs (and "index") after an index's number: "frances cac 40 lost 0.2 per cent", "the sp 500 was down"."""


def _lower_case_name(text: str, start: int, rest: str) -> bool:
    """A number inside a lower-cased index or name ("britains ftse 100 rose 12 points", "the sp 500 was
    down 2.1%", "the s&p 500 index fell", "standard & poors 500 stock index futures declined"): a word that is no function word right before it and a verb of the market after it, as CQE
    leaves out a number between a noun and a verb."""
    if start < 3 or text[start - 1] != " " or not text[start - 2].islower() or not text[start].isdigit():
        return False
    first = _first_word(rest) if rest[:1] == " " else ""
    if first == "stock" and _second_word(rest) in ("index", "indexes", "indices", "futures"):
        first = "index"  # "standard & poors 500 stock index futures declined"
    if first not in _NAME_THEN_VERB:
        return False
    if first in ("was", "were", "is") and _second_word(rest) not in _LEVEL_AFTER_BE:
        return False  # "an additional 53 were injured": a count; "the sp 500 was down": an index
    word = text[text.rfind(" ", max(0, start - 30), start - 1) + 1 : start - 1]
    return (
        word.replace("&", "").isalpha()  # (lower-cased "s&p 500")
        and word.islower()
        and word not in _NOT_NAME_BEFORE
        and word not in _CONCEPT_VERBS
        and not word.endswith(("ed", "ing"))
    )


_LEVEL_AFTER_BE = frozenset({"up", "down", "flat", "higher", "lower", "unchanged", "off", "steady"})
"""What follows "was" after an index's number ("the sp 500 was down 2.1%")."""


def _second_word(rest: str) -> str:
    """The second word of ``rest``, lower-cased ("" when none)."""
    words = _ALPHA_WORD.findall(rest, 0, 40)[1:2]
    return words[0].lower() if words else ""


_NOT_NAME_BEFORE = frozenset(
    {"about", "around", "nearly", "almost", "roughly", "some", "only", "just", "over", "under", "more"}
    | {"fewer", "less", "at", "by", "the", "all", "another", "those", "these", "its", "his", "her", "their"}
    | {"our", "up", "to", "from", "with", "and", "but", "of", "in", "on", "for", "than", "estimated", "some"}
    | {"approximately", "exactly", "precisely", "every", "each", "both", "nearly", "another", "a", "an"}
    | {"when", "while", "after", "before", "since", "as", "if", "then", "there", "here", "we", "they", "you"}
)
"""Capitalised words that open a sentence before a count ("About 200 …", "The 12 …"), not a name."""


def _is_name(text: str, start: int, rest: str) -> bool:
    """A plain number that is part of a name or an identifier, not a count: after a capitalised word
    ("FTSE 100", "Boeing 737 Max", "Flight 714 landed", "Page 4 of"), or a number word capitalised inside
    a sentence ("Group of Seven", "the Group of 20 economies"); unless a plural noun follows ("Firm Cuts 300
    Jobs")."""
    if text.endswith("Group of ", max(0, start - 9), start):
        return True  # a bloc's name, whatever follows: "the Group of 20 economies"
    if text[start].isupper():
        before = text[max(0, start - 3) : start].rstrip()
        if not before or before[-1] in ".!?\"'“‘(\n":
            return False
        if rest[:1] == " " and rest[1:2].isupper():
            return True  # a capitalised number word before a capitalised word: "the Five Rivers Trust"
    else:
        if start < 2 or text[start - 1] != " " or not text[start - 2].isalpha():
            return False
        word = text[text.rfind(" ", max(0, start - 30), start - 1) + 1 : start - 1]
        if not word[:1].isupper() or word.lower() in _NOT_NAME_BEFORE:
            return False
        if word.endswith(("s", "'", "\u2019")) and _owner_before(text, start):
            return False  # "Forty of China's 300 Olympic athletes": the whole's count, not a name's number
    words = _ALPHA_WORD.findall(rest, 0, 40)[:2]
    if (
        words
        and words[0][0].isupper()
        and rest[:1] == " "
        and not text[start].isupper()
        and (words[0].lower() == "news" or not _is_plural(words[0].lower()))
    ):
        return True  # a model's name goes on: "Boeing 737 Max jets", "iPhone 15 Pro models"
    return not any(
        _is_plural(w.lower()) and w.lower() not in _CONCEPT_VERBS for w in words
    )  # "Model 3 remains"


_STATION_WORD = re.compile(r"\s+(NEWS|News|[A-Z]{2,4})\b(?![-.&'\u2019]?[A-Za-z0-9])")
"""A station word after a number: "NEWS" or "News", or a call sign of two to four capitals ("LEX", "WREX")."""


def _is_station(num: str, rest: str, thing: str) -> bool:
    """Whether the plain number ``num`` and the word after it (``rest``) name a television station ("69 News",
    "18 LEX", "13 WREX") rather than count: a number of at most three digits before a station word that is itself
    the counted thing. A plural counted after the word keeps the count ("2 NEWS deputies", "12 WSB viewers"), and
    so does lower-case "5 news stories"."""
    if not num.isdigit() or len(num) > 3:
        return False
    word = _STATION_WORD.match(rest)
    return word is not None and word.group(1).lower() == thing


_WIRE_TIME = re.compile(r" (?:GMT|UTC|ET|EST|EDT|BST|CET|CEST|JST|HKT|SGT|IST|PT|PST|PDT)\b")
"""A time zone after a four-digit number: the number is a clock time ("by 1130 GMT"), not a quantity."""
_PARTITIVE = re.compile(
    r"\s+(?:out\s+of|of|in)\s+(?:(?:the|its|their|his|her|our|those|these|last|past|first|next|top)\s+)*"
    r"(?:(?P<owner>(?-i:[A-Z][\w.&-]*\s+){0,2}(?P<last>[A-Za-z][\w.&-]*?)(?P<mark>['\u2019]s|s['\u2019]|s))\s+)?"
    rf"(?=(?P<whole>{_DIGITS}|{_WORDS})\b)",
    re.IGNORECASE,
)
"""A part of a whole: "3 of the 11 injured", "seven of its last ten games", "one in four children"; an owner in
the possessive may stand before the whole's number ("Forty of China's 300 Olympic athletes"; ``_partitive``)."""


def _partitive(text: str, at: int) -> re.Match[str] | None:
    """``_PARTITIVE`` at ``at``, its owner kept to a possessive ("of China's 300", "of the nation's 15,000"; in
    copy whose apostrophes are dropped, a word in -s that is no stop word or number word: "of Chinas 300") before
    a number that is no year ("of China's 2008 team" is no part)."""
    part = _PARTITIVE.match(text, at)
    if part is None or not part.group("owner"):
        return part
    if _YEAR.match(part.group("whole")):
        return None
    return part if _possessive(part) else None


def _possessive(owner: re.Match[str]) -> bool:
    """Whether an owner match (its ``last`` word and ``mark``) is a possessive: a mark with an apostrophe, or, in
    copy whose apostrophes are dropped, a word in -s that is no stop word or number word ("Chinas", not "this")."""
    if owner.group("mark") != "s":
        return True
    word = (owner.group("last") + "s").lower()
    return not (len(word) < 4 or word in STOP_WORDS or word in _NUMBER_WORDS)


_OWNER_BEFORE = re.compile(
    rf"(?<![\w.,])(?:{_DIGITS}|{_WORDS})\s+of\s+(?:(?:the|its|their|his|her|our|those|these)\s+)*"
    r"(?:[A-Z][\w.&-]*\s+){0,2}(?P<last>[A-Za-z][\w.&-]*?)(?P<mark>['\u2019]s|s['\u2019]|s) $",
    re.IGNORECASE,
)
"""A part's number and "of", and an owner in the possessive right before the whole's number ("Forty of China's
300"); not an owner alone ("the tail of Boeing's 767 airplane": a model's number)."""


def _owner_before(text: str, start: int) -> bool:
    """Whether the number at ``start`` is a partitive's whole after its owner ("Forty of China's 300 Olympic
    athletes"): a count, not a name's number, whatever capital the owner has."""
    found = _OWNER_BEFORE.search(text, max(0, start - 80), start)
    return found is not None and _possessive(found)


def _owned(text: str, at: int) -> bool:
    """Whether the words at ``at`` are a part's "of", an owner in the possessive and the whole's number ("of
    China's 300"): the owner is no counted thing of the part."""
    part = _partitive(text, at)
    return part is not None and bool(part.group("owner"))


_CURRENCY_ONLY = {"$us": "USD", "ps": "GBP"}
"""Currencies written only before a number, kept out of ``_UNITS`` (whose words are also read after one):
"$US 113 million", and "PS2.7 million", the pound sign as wire copy's encoding loses it (CQE's
``_preprocess_text`` rewrites "PS" before a number to "£")."""


def _unit_before(match: re.Match[str]) -> str | None:
    """The unit read with the number itself: a percent sign, a currency, or a unit against it ("200g")."""
    if match.group("pct"):
        return _UNITS[" ".join(match.group("pct").strip().lower().split())]
    if match.group("cur"):
        cur = match.group("cur").strip().lower()
        return _CURRENCY_ONLY.get(cur) or _UNITS[cur]
    if match.group("att"):
        att = match.group("att").lower()
        return _ATTACHED_ONLY.get(att) or _UNITS[att]
    return None


def dimension(unit: str | None) -> str | None:
    """The comparable dimension of a unit: durations share one, other units are their own."""
    return "duration" if unit in DAYS_PER else unit


def comparable(value: float, unit: str | None) -> float:
    """A value in the dimension's base unit (durations in days)."""
    return value * DAYS_PER[unit] if unit in DAYS_PER else value


_ROUGHLY_AT = re.compile(r"(?:shortly\s+)?(?:before|after|by)\s+$")
"""A clock time that is a bound ("before 9 a.m."), read from the words just before it."""


_CLOCK_IN_LOWER = re.compile(r"(?P<h>\d(?<!\w\d)\d?)(?::(?P<m>\d{2}))?\s*(?P<ap>a\.m\.|p\.m\.|am\b|pm\b)")
"""The clock pattern read in the lower-cased text, where that finds the same (no case folding per place),
opening on the digit class so the scan skips to digits (the word boundary before it is the look-behind)."""


_AM_PM = ("a", "p", "A", "P")


def _clock_matches(low: str, starts: Sequence[int]) -> Iterator[re.Match[str]]:
    """``_CLOCK_IN_LOWER.finditer(low)``, tried only where a clock time can start: a digit after no word
    character, which is a quantity start (``starts``, from ``_starts``) or a digit after an apostrophe (not
    a start). Saves the clock pattern's own scan of the text (a third of ``_clock``'s CPU)."""
    marked = [
        i + 1
        for mark in ("'", "’")
        if mark in low
        for i in _marks(low, mark)
        if low[i + 1 : i + 2].isdecimal()
    ]
    if marked:
        starts = sorted([*starts, *marked])
    reached = 0
    for (
        k
    ) in starts:  # (the pattern opens on a digit: ``isdecimal`` is its ``\d``, tested without a call to it)
        if k >= reached and low[k].isdecimal() and (found := _CLOCK_IN_LOWER.match(low, k)):
            reached = found.end()
            yield found


def _marks(low: str, mark: str) -> Iterator[int]:
    """The offsets of ``mark`` in ``low``."""
    i = low.find(mark)
    while i >= 0:
        yield i
        i = low.find(mark, i + 1)


def _clock(
    article: Article, context_of: Contexts | None, low: str | None, starts: Sequence[int]
) -> Iterator[Mention]:
    """The clock times of the article ("9 a.m.", "10:30pm"); ``starts``: ``_starts(text, low)``."""
    text = article.text
    found = _clock_matches(low, starts) if lower_for_ascii_scan(low) else _CLOCK.finditer(text)
    for match in found:
        written = text[match.start() : match.end()]
        minutes = (int(match.group("h")) % 12) * 60 + int(match.group("m") or 0)
        if match.group("ap").lower().startswith("p"):
            minutes += 720
        qualifier = _qualifier(text, match.start())
        if _ROUGHLY_AT.search(text[max(0, match.start() - 20) : match.start()]):
            qualifier = "approx"
        yield Mention(
            kind="quantity",
            slot="clock time",
            value=("about " if qualifier else "") + written,
            text=written,
            span=Span(article.id, match.start(), match.end()),
            unit="clock",
            number=float(minutes),
            qualifier=qualifier,
            context=context_of(match.start(), match.end()) if context_of else frozenset(),
        )


def _nearest_date(
    start: int, end: int, dates: Sequence[DateMention | Mention], text: str, ends: Sequence[int]
) -> str | None:
    if not dates:
        return None
    lo, hi = clause_bounds(text, start, end, ends)
    near = [d for d in dates if lo <= d.span.start and d.span.end <= hi]
    if not near:
        return None
    return min(near, key=lambda d: abs(d.span.start - start)).text


def _starts(text: str, low: str | None) -> list[int]:
    """The offsets where a quantity may start (``_START``), in order; ``low``: the text lower-cased, if that
    keeps its offsets."""
    if lower_for_ascii_scan(low):
        # every place ``_START`` matches (its matches consume only characters after which its look-behind
        # fails, so none hides another): the places after a character that is no word character, and the
        # text's first place
        found = [m.start() + 1 for m in _START_AFTER.finditer(low)]
        if _START.match(low):
            found.insert(0, 0)
        return found
    return [m.start() for m in _START_ANY_CASE.finditer(text)]


def _search(
    text: str, pos: int, starts: Sequence[int], pattern: re.Pattern[str] = _QUANTITY
) -> re.Match[str] | None:
    """``pattern.search(text, pos)``, tried only at the ``starts`` from ``pos`` on."""
    for k in range(bisect_left(starts, pos), len(starts)):
        found = pattern.match(text, starts[k])
        if found:
            return found
    return None


_VANITY = re.compile(r"\d{3}[-.](?:\d{3}[-.])?[A-Z]{4,}(?![\w-])")
"""A phone number spelled with letters at its end ("305-471-TIPS", "471-TIPS")."""
_NUMBER_SIGNS = ("No. ", "no. ", "No.\u00a0")
"""What makes the number after it a rank or a label ("No. 3")."""
_GALLERY_WORDS = ("image ", "photo ", "picture ", "slide ", "photograph ")
"""Before "N of M" (lower-cased), a photo gallery's counter: neither number is a quantity."""
_OF_COUNT = re.compile(r" of \d+\b")
"""The "of M" of a gallery's counter."""
_SHOWN_QUALIFIER = {"approx": "about ", "more": "more than ", "less": "fewer than "}
"""How a qualifier is shown before the value."""


_VERB_NEXT = re.compile(r"\s+([a-z]+)(?:\s+(the|a|an|up|out|its|their|his|her|to))?\b")
"""The lower-case word after a bare number, and a determiner or a particle after that."""


def _verb_after(rest: str) -> bool:
    """Whether the word right after a bare number is a finite verb ("25 rose", "five expect"), or a past form
    with a determiner or particle after it ("18,000 watched the final", "112 signed up")."""
    found = _VERB_NEXT.match(rest)
    if not found:
        return False
    word = found.group(1)
    if word in _CONCEPT_VERBS and not word.endswith(("s", "ed")) and word not in _NOT_BARE_VERBS:
        return True
    return bool(found.group(2)) and _verb_like(word) and word not in _NOT_BARE_VERBS


def read_as_english(language: str | None) -> bool:
    """Whether an article in ``language`` (the cleaner's code, "en", or a record's own, "en-US", "English") is
    read for quantities: English, or a language not known (None or empty)."""
    return not language or language.strip().lower().startswith("en")


def extract_quantities(
    article: Article, dates: Sequence[DateMention | Mention] = (), contexts: bool = True
) -> Iterator[Mention]:
    """Every quantity that counts or measures something nameable, with the time it refers to if stated
    (``dates``: the article's dates, from ``extract_dates`` or ``date_mentions``). Without ``contexts``,
    the mentions' contexts are left empty (``Contexts`` gives them when needed). The rules read English: an
    article whose language is known and not English gives none (audit r27 finding 6: "44 años")."""
    if not read_as_english(article.language):
        return
    text = article.text
    ends = clause_ends(text)
    context_of = Contexts(text, ends)
    low = context_of.lowered
    pos, starts = 0, _starts(text, low)
    yield from _clock(article, context_of if contexts else None, low, starts)
    # in the lower-cased text when that finds the same: every group read below is lower-cased before use,
    # except the words after the number, taken from the text itself
    scan, ranged, single = text, _QUANTITY, _SINGLE
    if lower_for_ascii_scan(low):
        scan, ranged, single = low, _QUANTITY_IN_LOWER, _SINGLE_IN_LOWER
    last_unit, last_thing, last_end = None, None, -1  # the latest quantity's, for "30 more", "19 and 23"
    scopes = _fronted_scopes(text, low) if low is not None else []  # (None: folding changed the length)
    while found := _search(scan, pos, starts, ranged):
        match = (
            found
            if not (found_hi := found.group("hi")) or _is_range(text, found)
            else single.match(scan, found.start())
        )
        if match is None:  # cannot happen: the single-number pattern matches wherever the range one does
            break
        if match is not found and found.group("sep").strip() in ("-", "–") and found_hi[0].isdigit():
            pos = found.end("hi")
            continue  # a score or a tally ("a 3-1 win", "52-48"): neither number is a quantity
        num, hi, cur, pct, att, scale, abbr, rest_read = match.group(
            "num", "hi", "cur", "pct", "att", "scale", "abbr", "rest"
        )  # (one call for the groups read below)
        num_end = match.end("num")
        rest_start, rest_end = match.span("rest")
        pos = num_end if rest_read else match.end()
        scale = scale or abbr
        start = match.start("cur") if cur else match.start("num")
        negative = (
            start > 1 and (text[start - 2] in "s-−" or text[start - 1] in "-−") and _negative(text, start)
        )
        if (
            start > 0
            and not negative
            and (text[start - 1].isalnum() or text[start - 1] in "-/:.#")
            and not text.endswith(("sub-", "Sub-"), max(0, start - 4), start)
        ):
            continue  # (inside a word or a code, or a label: "suspect #2"; but "sub-$300": under $300)
        if (
            len(num) < 3
            and num.isdigit()
            and text[num_end + 2 : num_end + 3] == "/"
            and text[num_end : num_end + 1] == " "
            and (after_whole := _SLASHED_AFTER.match(text, num_end))
            and int(after_whole.group(1)) < int(after_whole.group(2))
        ):
            continue  # the whole of a mixed fraction ("3 1/4 cents"): read with the fraction, as 3.25
        if len(num) == 3 and text[num_end : num_end + 1] in ("-", ".") and num.isdigit():
            vanity = _VANITY.match(text, start)
            if vanity:  # a phone number spelled with letters ("305-471-TIPS", "471-TIPS")
                pos = max(pos, vanity.end())
                continue
        if start > 3 and text.endswith(_NUMBER_SIGNS, start - 4, start) and num[0].isdigit():
            continue  # a rank or a label: "the No. 3 seed"
        if (
            start > 5
            and text[start - 1] == " "
            and (counter := _OF_COUNT.match(text, num_end))
            and text[max(0, start - 11) : start].lower().endswith(_GALLERY_WORDS)
        ):
            pos = max(pos, counter.end())
            continue  # a gallery's counter, page chrome: "Image 1 of 8", "Photo 3 of 12"
        slashed = None
        if len(num) == 1 and num != "0" and text.startswith("/", num_end):
            slashed = _SLASHED.match(text, num_end)
            if slashed and int(slashed.group(1)) <= int(num):
                slashed = None  # "9/8" is no fraction of a unit
            if slashed:  # "3/4 inch", "2 1/2 pounds": a fraction written with a slash is its value
                rest_start = slashed.end()
                after_words = _WORDS_AFTER.match(text, rest_start)
                rest_end = after_words.end() if after_words else rest_start  # (it always matches)
                pos = rest_start
                whole = _WHOLE_BEFORE.search(text, max(0, start - 5), start)
                if whole:
                    start = whole.start()
        rest = text[rest_start:rest_end]
        fraction = _FRACTION.match(rest) if num[-1].isalpha() else None
        skip = fraction.end() if fraction else 0  # "one-fifth of the budget": read after "-fifth"
        half = None if fraction or rest[1:4].lower() != "and" else _AND_A_HALF.match(rest)
        if half:  # "two and a half hours", "three and a half million"
            skip = half.end()
            scale = scale or half.group("scale")
        rest = rest[skip:]
        of_scale = _OF_A_SCALE.match(rest) if fraction and not scale else None
        if of_scale:  # "three-quarters of a million tickets": a part of a scale is a number
            scale = of_scale.group("scale")
            skip += of_scale.end()
            rest = rest[of_scale.end() :]
        quarter = (
            _QUARTER_OF.search(text, max(0, start - 20), start)
            if scale and num.lower() in ("a", "an")
            else None
        )
        if quarter:  # "a quarter of a million people"
            start = quarter.start()
        pos = max(pos, rest_start)
        plain = not (scale or pct or cur or att)
        if (
            plain
            and _YEAR.match(num)
            and (not hi or _YEAR.match(hi))
            and not _year_like_count(text, start, rest)
        ):
            continue  # a year, or years ("2010-2015")
        if plain and num[0] == "0" and num[1:2].isdigit():
            continue  # a code or a phone number ("0958")
        after = rest.lstrip()
        next_char = text[num_end : num_end + 1]
        if _CALENDAR.match(after) or (
            (after[:1] if next_char.isspace() else next_char) in _AM_PM
            and _CLOCK.match(text, match.start("num"))
        ):
            continue  # a date ("5 May") or a clock time ("9 a.m.", "1p.m.": only "a" or "p" can follow)
        if plain and text[start - 1 : start] == " " and _MONTH_BEFORE.search(text, max(0, start - 11), start):
            continue  # a date written month first ("Jan. 5", "on March 3 police said")
        unit = _unit_before(match)
        if (
            found_hi
            and text[found.start("hi") - 1] == "$"
            and not cur
            and (match is found or found.group("sep").strip().lower() in ("to", "and"))
        ):
            unit = unit or "USD"  # "between 8 and $12", "from 8 to $12": dollars both
        if match is not found and found.group("sep").strip().lower() in ("to", "and"):
            unit = unit or _unit_before(found)  # "from 5 to 10 percent": 5 percent too
            scale = scale or found.group("scale") or found.group("abbr")
        if (
            scale
            and scale.lower() == "m"
            and not cur
            and not _MONEY_AFTER.match(rest)
            and not _million_not_metres(num, rest)
        ):
            scale, unit = None, unit or "m"  # "100m" is metres; "$5m", "5m euros", "1.5m units" are millions
        if unit == "g" and text[match.start("att")] == "G" and num in "123456":
            unit = "generation wireless"  # "5G", as CQE reads it
        elif unit in _CASED and match.end("att") - match.start("att") <= 2:
            unit = _CASED[unit].get(text[match.start("att") : match.end("att")], unit)
            if unit is None:
                continue  # "4f": not a unit
        elif unit is None and text.endswith(_AGED, max(0, start - 5), start) and _aged(text, start):
            unit = "year of age"
        if unit == "USD" and cur == "$" and text[start - 1 : start] == " " and start > 1:
            letters = text[max(0, start - 5) : start - 1].rsplit(" ", 1)[-1]
            unit = _SPACED_DOLLAR.get(letters if len(letters) == 1 else letters.lower(), unit)
        unit, thing, used = _referent(rest, unit)
        if thing is not None and unit is None and rest[1:4].lower() == "of " and _owned(text, rest_start):
            thing, used = None, 0  # "Forty of China's 300 Olympic athletes": the owner is no counted thing
        if thing in _SCALE_THINGS and unit in _CODES_AFTER and not scale and not cur:
            scale, thing = thing, None  # "75 USD million": the scale written after the code
        if thing is not None and unit is None and plain and not hi and _verb_after(rest):
            thing, used = "number", 0  # "18,000 watched the final", "9 remain in care": no count of a verb
        if (
            unit
            and thing is None
            and match is not found
            and " per " not in unit
            and text.endswith(("from ", "From "), max(0, start - 5), start)
            and (rate := _RATE.match(text, found.end("hi")))
        ):  # "rise from $41 to $47 a month": the rate of the range's end is the first value's too
            per = " ".join(rate.group("per").lower().split())
            unit = f"{unit} per {_SINGULAR.get(per, per)}"
        if (
            unit is None
            and plain
            and num[0].isdigit()
            and _numbered(text, start)
            and not _is_plural(_first_word(rest))
        ):
            continue  # a label ("version 3.2 of the code", "section 12 of the act", "a level 3 lockdown")
        if thing and unit is None and used:
            named = _NAMED_MODEL.match(text, rest_start + used)
            if (
                named
                and not text[rest_start + 1 : rest_start + used].islower()
                and (text[rest_start + used - 1] not in "sS" or not named.group(0)[1].isdigit())
            ):
                thing, used = singular(named.group(1)), named.end() - rest_start  # "80,000 Model 3 sedans"
        if (
            num[-1] in "fFrRsS"
            and " ".join(num.lower().split()) in _FRACTION_VALUES
            and (point := _FRACTION_UNIT.match(text, num_end))
        ):  # "a quarter point"
            unit = _fraction_unit(point.group("u"))
            thing, used = None, max(0, point.end() - rest_start)
        if unit and not rest and text.startswith("/", rest_start):
            slash = _RATE.match(text, rest_start) or _PER_TONNE.match(text, rest_start)
            if slash:  # "$71.40/barrel", "18p/share", "$8,420/t": a rate right after the number's unit
                per = " ".join(slash.group("per").lower().split())
                unit = f"{unit} per {_SINGULAR.get(per, per)}"
                used = slash.end() - rest_start
        if unit is None and thing is None and not scale:
            if match is not found:  # "from 8 to 14 inches": 8 inches
                unit, thing, _ = _referent(text[found.start("rest") : found.end("rest")])
            elif last_end >= 0 and _JOINED.fullmatch(text, last_end, start):
                unit, thing = last_unit, last_thing  # "aged 19 and 23", "14 homes or 30"
            elif last_thing in ("number", "vote") and last_end >= 0 and _TO.fullmatch(text, last_end, start):
                thing = last_thing  # a tally: "a vote of 218 to 214", "by seven votes to two"
            elif rest[1:3].lower() == "or" and (alternative := _OR_NEXT.match(text, num_end)):
                unit, thing = _alternative_unit(text, scan, single, alternative.end())  # "5 or 6 percent"
        if unit and unit.startswith("pound") and "lb" not in text[start : rest_start + used].lower():
            unit = _pounds(unit, bool(scale), text, start, rest, used)
        if (
            plain
            and not hi
            and unit is None
            and (_is_name(text, start, rest) or _lower_case_name(text, start, rest))
        ):
            continue
        if (
            plain
            and len(num) == 4
            and rest[1:2].isupper()
            and num.isdigit()
            and _WIRE_TIME.match(rest)
            and int(num[2:]) < 60
        ):
            continue  # a wire-copy clock time before its zone: "by 1130 GMT"
        if (
            thing == "point"
            and num.lower() == "one"
            and text.endswith(("at ", "At "), max(0, start - 3), start)
        ):
            continue  # "at one point": a moment, not a score
        if thing == "block" and plain and rest[1:6].lower() == "block" and num.isdigit() and len(num) > 2:
            continue  # an address ("the 6500 block of Main Street"), not a count of blocks
        if fraction and not of_scale:
            thing = f"part of {thing or 'number'}"
        elif thing is None and unit is None:
            thing = _bare(scan, text, match, rest, single, scale, last_thing, last_end, ends)
            if (
                scopes
                and not scale
                and (thing is None or thing == "number" or _acted_reading(thing, last_thing))
            ):
                thing = _fronted_part(scopes, start) or thing  # "Of the 850 doctors, 612 said ..."
            if thing is None:
                continue
            if thing == "age":  # the unit a reader needs (session 26, quant2): "Helen Sharkey, 31,"
                unit, thing = "year of age", None
            elif thing == "number" and _index_before(text, start):
                unit, thing = "point", None  # "the Dow fell 120 to 10,500": an index's move and level
        elif scopes and unit is None and not scale and (thing == "number" or _verb_read(thing, rest)):
            part = _fronted_part(scopes, start)  # "Of the unstressed women, 23 developed ..."
            if part:
                thing, used = part, 0  # (the mention is the number: the verb after it is no part of it)
        if plain and not hi and unit is None and thing and _is_station(num, rest, thing):
            continue  # a station's name: "told 69 News", "asked by 18 LEX", "2 NEWS has confirmed"
        value = _value(num, scale)
        if slashed:
            value = value / int(slashed.group(1)) + (int(whole.group(1)) if whole else 0)  # (1/3 in full)
        upper = _value(hi, scale) if hi else None
        tail = None
        if scale and upper is None:
            tail = _BETWEEN_TAIL.match(scan, max(match.end("scale"), match.end("abbr")))
            if tail and _tail_ranges(text, start, tail, value):  # "between $3 million and $4 million"
                upper = _value(tail.group("hi"), tail.group("scale"))
            else:
                tail = None
        elif pct and upper is None:
            tail = _BETWEEN_PERCENT_TAIL.match(scan, match.end("pct"))
            if tail and _tail_ranges(text, start, tail, value):  # "between 12% and 15%", "5.25%-5.5%"
                upper = _value(tail.group("hi"), None)
            else:
                tail = None
        if fraction:
            value /= _DENOMINATORS[_folded(fraction.group("d").lower()).rstrip("s")]  # ("one-third": 1/3)
        if quarter:
            value = round(value * (0.75 if quarter.group("three") else 0.25), 4)
        if half:
            value = _value(num, None) + 0.5
            value = round(value * _SCALES[scale.lower()], 4) if scale and scale.lower() in _SCALES else value
        if negative and upper is None:
            value = -value
        qualifier = _qualifier(text, start)
        prefix = _SHOWN_QUALIFIER.get(qualifier, "")
        end = (
            rest_start + skip + used
            if used
            else num_end
            if not rest.strip() and not skip
            else rest_start + skip
        )
        end = max(end, rest_start)  # (the parts read with the number end where "rest" starts)
        if tail:
            end = max(end, tail.end())
        pos = max(pos, end)
        last_unit, last_thing, last_end = unit, thing if thing != "age" else None, end  # (an age counts none)
        if scopes:
            _read_whole(scopes, start, thing or unit)
        dim = dimension(unit)
        slot = (dim or "") if dim == "duration" or not thing else (f"{dim} {thing}" if dim else thing)
        yield Mention(
            kind="quantity",
            slot=slot,
            value=prefix + format_value(value) + (f"–{format_value(upper)}" if upper is not None else ""),
            text=text[start:end],
            span=Span(article.id, start, end),
            unit=unit,
            number=comparable(value, unit),
            upper=comparable(upper, unit) if upper is not None else None,
            qualifier=qualifier,
            time=_nearest_date(start, end, dates, text, ends),
            context=context_of(start, end) if contexts else frozenset(),
            concept=quantity_concept(text, start, end),
        )
    lowered_text = low if low is not None else text.lower()
    if "s of " in lowered_text and any(plural in lowered_text for plural in _VAGUE_PLURALS):
        yield from _vague(article, dates, context_of if contexts else None, ends, low)
    if any(word in lowered_text for word in _WORD_FRACTION_HINTS) and len(lowered_text) == len(text):
        yield from _word_fractions(article, dates, context_of if contexts else None, ends, lowered_text)


def _vague(
    article: Article,
    dates: Sequence[DateMention | Mention],
    context_of: Contexts | None,
    ends: Sequence[int],
    low: str | None = None,
) -> Iterator[Mention]:
    """The vague plurals before "of" (``_VAGUE``) with a counted thing or a unit after "of": "hundreds of
    flights" is at least 100 flights (qualifier "more", so that "2,000 flights" elsewhere is no conflict);
    ``low``: the text lower-cased, if that keeps its offsets."""
    text = article.text
    opens = 0
    if low is not None:  # a match opens on one of these words: the scan starts at the first of them
        opens = min((at for word in _VAGUE_OPENERS if (at := low.find(word)) >= 0), default=len(text))
    for found in _VAGUE.finditer(text, opens):
        words = _WORDS_AFTER.match(text, found.end())
        rest = words.group() if words else ""
        first = _ALPHA_WORD.search(rest)
        if first is None or first.group().lower() in _VAGUE_NOT:
            continue
        unit, thing, used = _referent(rest)
        if not (unit or thing):
            continue
        start, end = found.start(), found.end() + used
        value = _VAGUE_VALUES[found.group("scale").lower()]
        if found.group("times"):
            value *= _VAGUE_VALUES[found.group("times").lower()]
        dim = dimension(unit)
        slot = (dim or "") if dim == "duration" or not thing else (f"{dim} {thing}" if dim else thing)
        yield Mention(
            kind="quantity",
            slot=slot,
            value=_SHOWN_QUALIFIER["more"] + format_value(value),
            text=text[start:end],
            span=Span(article.id, start, end),
            unit=unit,
            number=comparable(value, unit),
            qualifier="more",
            time=_nearest_date(start, end, dates, text, ends),
            context=context_of(start, end) if context_of else frozenset(),
            concept=quantity_concept(text, start, end),
        )


_WORD_FRACTION_HINTS = ("half", "third", "quarter", "fifth")
_WORD_FRACTION = re.compile(r"(?:half|third|quarter|fifth)(?![\w-])")
"""A fraction in words with "a" or nothing before it ("a third of the staff", "half the town's residents",
"fell by a fifth"), read in the lower-cased text; its value ``_WORD_FRACTION_VALUES``."""
_WORD_FRACTION_VALUES = {"half": 0.5, "third": 1 / 3, "quarter": 0.25, "fifth": 0.2}
_HALF_BEFORE = re.compile(r"\s+(?:of|the|its|their|his|her|our|my|all)\s")
_BY_BEFORE = re.compile(
    r"\bby\s+(?:(?:about|almost|nearly|roughly|around|some|more\s+than|less\s+than|over|"
    r"just\s+(?:over|under))\s+)?$"
)
_OF_AN = re.compile(r"\s+an?\s")
_OF = re.compile(r"\s+of\b")
_NOT_BEFORE_HALF = frozenset(
    {"first", "second", "a", "an", "the", "and", "other", "one", "each", "this", "that"}
)


def _word_fractions(
    article: Article,
    dates: Sequence[DateMention | Mention],
    context_of: Contexts | None,
    ends: Sequence[int],
    low: str,
) -> Iterator[Mention]:
    """The fractions in words the number scan leaves (CQE's fraction table tags them; session 20's second
    shift): "a third of the staff" 1/3, "half the town's residents" 0.5, "sales fell by a fifth" 0.2, "cut
    by (almost) half" 0.5 (session 23), no unit. Not a period ("the first half", "the third quarter", "in the quarter"), an ordinal ("a third
    term", "a fifth straight week"), nor a fraction the scan reads already ("half a million", "a quarter
    point", "a quarter of a million", "two and a half", "one-fifth of")."""
    text = article.text
    for found in _WORD_FRACTION.finditer(low):
        start = end = found.end()
        word = found.group()
        start -= len(word)
        if start and (low[start - 1].isalnum() or low[start - 1] in "-_'"):
            continue  # inside a word ("behalf", "headquarter") or a compound ("one-third")
        a = None
        if low.endswith(" a ", max(0, start - 3), start) or (start == 2 and low.startswith("a ")):
            a = start - 2
        elif low.endswith(" an ", max(0, start - 4), start):
            a = start - 3
        of = _OF.match(low, end)
        before = low[max(0, start - 12) : start].split()
        if a is None and before and before[-1] in _NOT_BEFORE_HALF:
            continue  # "the first half", "two and a half", "the quarter"
        if word == "half":
            if a is not None or not (
                of
                or _HALF_BEFORE.match(low, end)
                or (_BY_BEFORE.search(low, max(0, start - 24), start) and not _OF_AN.match(low, end))
            ):
                continue  # "a half", "half a million", "half-time": read by the scan, or no fraction
        elif a is None:
            continue  # "third", "quarter" alone: an ordinal or a period
        elif of:
            if _OF_AN.match(low, of.end()):
                continue  # "a quarter of a million", "a third of a mile": read by the scan or no whole
        elif not (_BY_BEFORE.search(low, max(0, a - 24), a)):
            continue  # "a third term", "a fifth straight week": an ordinal
        if a is not None:
            start = a
        if _FRACTION_UNIT.match(text, end):
            continue  # "by a quarter point", "half a percent": read by the scan with its unit
        value = _WORD_FRACTION_VALUES[word]
        qualifier = _qualifier(text, start)
        span_end = end  # (the fraction alone: its whole is the concept)
        yield Mention(
            kind="quantity",
            slot="part of number",
            value=_SHOWN_QUALIFIER.get(qualifier, "") + format_value(value),
            text=text[start:span_end],
            span=Span(article.id, start, span_end),
            unit=None,
            number=value,
            qualifier=qualifier,
            time=_nearest_date(start, span_end, dates, text, ends),
            context=context_of(start, span_end) if context_of else frozenset(),
            concept=quantity_concept(text, start, span_end),
        )


_TAIL_SEP = r"(?P<sep>\s+(?:and|to)\s+|\s?[-–]\s?)"
_BETWEEN_TAIL = re.compile(
    rf"{_TAIL_SEP}(?:us\$|[$€£¥₹])?\s?(?P<hi>{_DIGITS})\s*(?P<scale>million|billion|trillion|bn|tn|m)\b",
    re.IGNORECASE,
)
"""The upper end of a range of money with its scale written again ("between $3 million and $4 million",
"$2.1 billion to $2.3 billion"); ``_tail_ranges`` says whether it is one."""
_BETWEEN_PERCENT_TAIL = re.compile(
    rf"{_TAIL_SEP}(?P<hi>{_DIGITS})(?:\s?%|\s+percent\b|\s+per cent\b)", re.IGNORECASE
)
"""The upper end of a range of percentages with the sign written again ("between 12% and 15%", "5.25%-5.5%",
"3% to 5%"); ``_tail_ranges`` says whether it is one."""


_FROM_BEFORE = re.compile(r"\b[Ff]rom\s+(?:[A-Za-z]+\s+){0,2}$")
"""A "from" up to two words before a value ("from 3%", "from the current 46 million")."""


def _tail_ranges(text: str, start: int, tail: re.Match[str], value: float) -> bool:
    """Whether a value and the end written after it with its own scale or percent sign are one range, as
    CQE reads "X to Y", "X-Y" and "between X and Y": the end is higher, "and" follows "between", and "to"
    follows no "by", no verb of change ("rose 3% to 5%": a change, then the level it reached) and no "from"
    up to two words before ("from the current 46 million to 92 million": a change)."""
    sep = tail.group("sep").strip().lower()
    if sep == "and":
        ranged = text.endswith(("between ", "Between "), max(0, start - 8), start)
    elif sep == "to":
        before = text[max(0, start - 9) : start].lower().rstrip()
        ranged = (
            not before.endswith(" by")
            and not _FROM_BEFORE.search(text, max(0, start - 32), start)
            and not _after_change(text, start)
        )
    else:
        ranged = True
    return ranged and _value(tail.group("hi"), tail.groupdict().get("scale")) > value


_AND_A_HALF = re.compile(
    r"\s+and\s+a\s+half\b(?:\s+(?P<scale>hundred|thousand|million|billion|trillion)\b)?", re.IGNORECASE
)
"""A half after a whole number ("two and a half hours"), with the scale it may take after."""

_OF_THEM = re.compile(r"\s+of\s+(?:them|those|these|whom|which)\b", re.IGNORECASE)
_MORE = re.compile(r"\s+(?:more|others?)\b(?![\w-]*\s+(?:than|of)\b)", re.IGNORECASE)


_NAMED_MODEL = re.compile(r" (?:[A-Z]{0,3}\d[\w.]*)(?: (?:[A-Z][\w-]*|\d[\w.]*)){0,2} ([a-z]{3,}(?<!ss)s)\b")
"""A model's number after a capitalised name, then the plural counted ("50 Boeing 737 jets", "80,000 Model 3
sedans", "10 million iPhone 14 handsets"): the plural is the counted thing, the model's number no quantity."""
_SLASHED = re.compile(r"/([2-9])(?![\d/])(?=[\s.,]|$)")
"""The denominator of a fraction written with a slash ("3/4 inch"; not "9/11", "24/7", "2/3/2020")."""
_WORDS_AFTER = re.compile(r"(?:[\s-]+(?:(?:[A-Za-z]\.){2,}|[A-Za-z][\w'/-]*)){0,5}")
"""The words after a number, as the quantity pattern's ``rest`` reads them."""
_SPACED_DOLLAR = {"hk": "HKD", "C": "CAD", "nz": "NZD", "us": "USD", "u.s": "USD"}
"""A country's letters set apart from the dollar sign in tokenised copy ("HK $ 88 million", "C $6"), as CQE's
``_preprocess_text`` joins them ("C $6 -> C$6", "hk $ -> HK$")."""
_CODES_AFTER = frozenset({"USD", "EUR", "GBP", "JPY", "CNY", "CHF", "CAD", "AUD", "HKD", "SGD", "INR", "MYR"})
_SCALE_THINGS = frozenset({"million", "billion", "trillion"})
"""A scale read as the counted thing after a currency code that follows the number ("75 USD million"): it is
the value's scale, as CQE's ``_preprocess_text`` moves it before the code."""
_SLASHED_AFTER = re.compile(r" ([1-9])/([2-9])(?![\d/])(?=[\s.,]|$)")
"""A fraction with a slash after a whole number ("3 1/4"): the whole is read with it (``_WHOLE_BEFORE``)."""
_WHOLE_BEFORE = re.compile(r"(?<![\d.,/])(\d{1,2}) $")
"""The whole number before a fraction ("2 1/2 pounds")."""
_TO = re.compile(r"\s+to\s+", re.IGNORECASE)
_OR_NEXT = re.compile(r"\s+or\s+", re.IGNORECASE)
"""An alternative after a bare number ("5 or 6 percent", "8 or $9", "two or three people")."""


def _alternative_unit(
    text: str, scan: str, single: re.Pattern[str], at: int
) -> tuple[str | None, str | None]:
    """The unit and counted thing of the number at ``at``, the alternative a bare number before it shares
    them with, as CQE gives a unitless number the unit of the quantity two or three words after it."""
    nxt = single.match(scan, at)
    if nxt is None or nxt.start("num") > at + 1:
        return None, None
    unit = _unit_before(nxt)
    found_unit, thing, _ = _referent(text[nxt.start("rest") : nxt.end("rest")], unit)
    return found_unit, thing


_JOINED = re.compile(r",?\s*(?:and|or)\s*", re.IGNORECASE)
"""What joins two numbers of one unit ("aged 19 and 23")."""
_FRACTION = re.compile(
    r"(?:\s-\s|[\s-])(?P<d>half|halves|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)"
    r"(?=\s+of\b)",
    re.IGNORECASE,
)
"""A fraction in words after its numerator ("one-fifth of", "two thirds of", and in tokenised copy with the
hyphen spaced, "three - quarters of")."""
_OF_A_SCALE = re.compile(
    r"\s+of\s+an?\s+(?P<scale>hundred|thousand|million|billion|trillion)\b", re.IGNORECASE
)
"""A scale after a fraction in words ("three-quarters of a million")."""
_QUARTER_OF = re.compile(r"\b(?:(?:a|one)\s+quarter|(?P<three>three)[\s-]quarters)\s+of\s+$", re.IGNORECASE)
"""A quarter before "a million" ("a quarter of a million")."""
_DENOMINATORS = {"half": 2, "halve": 2, "third": 3, "quarter": 4, "fifth": 5, "sixth": 6, "seventh": 7}
_DENOMINATORS |= {"eighth": 8, "ninth": 9, "tenth": 10}


def _negative(text: str, start: int) -> bool:
    """Whether the number at ``start`` is negative: "-12", "minus 70 degrees" (not "3-2", "COVID-19")."""
    if start == 0:
        return False
    before = text[start - 1]
    if before == " ":
        if text[start - 2] in "-−":  # tokenised copy: "recorded - 7 degrees", "to - 1.5 %"
            return bool(_SPACED_MINUS.search(text, max(0, start - 16), start))
        return text.endswith(("minus ", "Minus "), max(0, start - 6), start) and (
            start < 7 or not text[start - 7].isalpha()
        )
    return before in "-−" and (start == 1 or text[start - 2] in " (\n")


_SPACED_MINUS = re.compile(
    r"(?:^|\b(?:to|at|of|from|and|or|between|by|recorded|reached|hit|was|were|is|are|around|about|fell|"
    r"dropped|sank|plunged)) [-−] $",
    re.IGNORECASE,
)
"""A minus sign set apart from its number in tokenised copy, after a word that a value follows ("recorded - 7
degrees", "narrowed to - 1.5 %"), not a dash between two clauses ("the boy - 14 - was")."""
_PART_WORDS = frozenset({"of", "of ", "in", "in ", "out"})


def _bare(
    scan: str,
    text: str,
    match: re.Match[str],
    rest: str,
    single: re.Pattern[str],
    scale: str | None,
    last_thing: str | None,
    last_end: int,
    ends: Sequence[int],
) -> str | None:
    """What a number with neither unit nor noun after it counts, if it is still a quantity: a part of a
    whole ("3 of the 11 injured": "part of injur"), more of the thing just counted in the same clause
    ("destroyed 14 homes and damaged 30 more": "home"), or a number written large ("fell by 15,000 to
    220,000", "1.9 million": "number"). None for the rest (a bare "7", "two")."""
    part = _partitive(text, match.start("rest")) if rest[1:4].lower() in _PART_WORDS else None
    if part is None and last_thing and rest[1:3].lower() == "of" and _OF_THEM.match(rest):
        return f"part of {last_thing}"  # "600 beds, 80 of them"
    if part:
        whole = single.match(scan, part.end())
        if whole:
            unit, thing, _ = _referent(text[whole.start("rest") : whole.end("rest")], _unit_before(whole))
            return f"part of {thing or unit or 'number'}"
    if rest[1:3].lower() == "of" and (part_of := _PART_OF.match(rest)):
        return f"part of {_whole_named(rest, part_of.end()) or 'number'}"  # "one of these": a part, no unit
    if (
        last_thing
        and not last_thing.startswith(("part of", "number"))
        and _MORE.match(rest)
        and bisect_left(ends, last_end) == bisect_left(ends, match.start())
    ):
        return last_thing
    num = match.group("num")
    if scale or "," in num:
        return "number"
    if rest[:1] == " " and _first_word(rest) in _ADVERBS_AFTER:
        return "number"  # "kept two overnight"
    if text.endswith(("out of ", "Out of "), max(0, match.start() - 7), match.start()):
        return "number"  # the whole of a part: "a score of 2.5 out of five"
    digits_or_last = num[0].isdigit() or not _WORD_NEXT.match(text, match.end("num"))
    # (a number word only when no word follows it: "a team of five.", "up from nine.")
    if digits_or_last and text[match.end("num") : match.end("num") + 1] not in ("-", "–", "/"):
        at = match.start()
        if _has(scan, text, " of ", max(0, at - 26), at) and _NOUN_OF.search(text, max(0, at - 40), at):
            return "number"  # "a crew of 22", "a capacity of 900", "a vote of 218" (CQE tags every number)
        if _OVER_UNDER.search(text, max(0, match.start() - 8), match.start()) or _OR_OLDER.match(
            text, match.end("num")
        ):
            return "number"  # "patients over 80", "people under 25", "must be 18 or older"
    if (
        "." in num
        and num[0].isdigit()
        and len(num) - num.index(".") <= 5  # (not a coordinate: "41.248601 -76.918823")
        and not _DOTTED_ON.match(text, match.end("num"))  # (nor a phone number: "765.456.7350")
        and not _TIME_LIKE.search(text, max(0, match.start() - 9), match.end("num"))
    ):
        return "number"  # "a magnitude of 6.4", "a ratio of 1.5": a decimal is a measure (not "at 9.30")
    if (
        digits_or_last
        and text[match.end("num") : match.end("num") + 1] not in ("-", "–")
        and (
            _CHANGED_TO.search(text, max(0, match.start() - 30), match.start())
            or (
                _level_words(scan, text, match.start())
                and _LEVEL_AT.search(text, max(0, match.start() - 30), match.start())
            )
        )
    ):
        return "number"  # "the death toll climbed to 37", "Brent settled at 81.40"
    if (
        digits_or_last
        and text.endswith(("to ", "at "), max(0, match.start() - 3), match.start())
        and _LEVEL_AFTER_MOVE.search(text, max(0, match.start() - 50), match.start())
    ):
        return "number"  # "edged down 9 points, or 0.98 percent, to 921": the level the move ended at
    if num[0] != "0" and text[match.end("num") : match.end("num") + 1] not in ("-", "–"):
        lo = max(0, match.start() - 40)
        acted = (
            _ACTED_ON.search(text, lo, match.start())
            if scan is text or any(scan.find(w, lo, match.start()) >= 0 for w in _ACTED_ON_HINTS)
            else None
        )
        if acted:  # "police arrested 14 after the match", "the storm killed at least nine"
            return stem(acted.group(1).lower())
    if (
        num.isdigit()
        and len(num) < 4
        and 0 < int(num) < 120
        and (comma := match.end("num") + (text[match.end("num") : match.end("num") + 2] == " ,"))
        and text[comma : comma + 1] == ","
        and _APPOSED_AGE.search(text, max(0, match.start() - 30), match.start())
        and not text[comma + 1 : comma + 3].strip()[:1].isdigit()
    ):  # (tokenised copy spaces its commas: "the boy , 14 , was taken")
        return "age"  # "Greta Olund, 67, of Fenwick", "The suspect, 29, was held": an age set off by commas
    if _SUBJECT_AUX.match(rest) and _SUBJECT_OPENS.search(text, max(0, match.start() - 12), match.start()):
        return "number"  # ", 57 are senators", "at least six have died": its clause's subject
    return None


_FRONTED = re.compile(
    r"of\s+(?:the|those|these|its|their|his|her|our)\b(?P<whole>[^,.;:!?\n]{0,90}?)\s?,\s+(?=(?:about |roughly "
    rf"|nearly |some |more than |only |just |almost |at least )?(?:\d|(?:{_WORDS})\b))"
)
"""A fronted partitive, in the lower-cased text: "Of the 850 doctors, 612 ...", "Of the unstressed women , 23
...", "Of those, nine ...", a number after its comma (``_clause_opens`` tells whether it opens a clause)."""
_FRONTED_END = re.compile(r"[.!?](?=[\s\"\u201d']|$)|\n")
"""Where a fronted partitive's sentence ends: its parts are read up to there."""
_NUMBER_IN = re.compile(rf"\d|\b(?:{_WORDS})\b")


class _Fronted:
    """A fronted partitive: where its whole's words and its parts' clause lie, and the whole's reading (the
    counted thing of the whole's own number, filled in when the extractor reads it; else the whole's noun
    phrase, "the unstressed women": "unstressed woman"; "number" when the whole names no noun)."""

    __slots__ = ("parts_end", "parts_start", "whole", "whole_end", "whole_start")

    def __init__(self, whole: tuple[int, int], parts: tuple[int, int], named: str | None) -> None:
        self.whole_start, self.whole_end = whole
        self.parts_start, self.parts_end = parts
        self.whole = named


def _fronted_scopes(text: str, low: str) -> list[_Fronted]:
    """The fronted partitives of ``text`` (``low`` its lower-cased copy): "Of the 850 doctors, 612 ...", "Of
    the unstressed women , 23 ...", "Of those, nine ..." ("Of those killed," names no noun)."""
    scopes: list[_Fronted] = []
    at = low.find("of ")
    while at >= 0 and (found := _FRONTED.search(low, at)):
        at = low.find("of ", found.start() + 2)
        if not _clause_opens(low, found.start()):
            continue
        whole = found.span("whole")
        end = _FRONTED_END.search(text, found.end())
        named = None
        if not _NUMBER_IN.search(low, *whole):
            named = _whole_named(text[whole[0] : whole[1]] + " ", 0) or "number"
        scopes.append(_Fronted(whole, (found.end(), end.start() if end else len(text)), named))
    return scopes


def _clause_opens(low: str, at: int) -> bool:
    """Whether the word at ``at`` opens the text, a line, a sentence or a clause (after a stop, a comma, a
    semicolon or colon, "and", an opening quote mark or parenthesis)."""
    if at == 0 or low[at - 1] in '\n"\u201c(':
        return True
    return low[at - 1] == " " and (
        low[at - 2 : at - 1] in (".", "!", "?", ";", ":", ",") or low.endswith(" and", 0, at - 1)
    )


def _read_whole(scopes: list[_Fronted], start: int, reading: str | None) -> None:
    """Take the reading of a quantity at ``start`` as its fronted partitive's whole, if it is the first number
    read in a whole ("Of the 23 states that permit ...": "state")."""
    for scope in scopes:
        if scope.whole_start <= start < scope.whole_end:
            if scope.whole is None:
                scope.whole = reading or "number"
            return


def _fronted_part(scopes: list[_Fronted], start: int) -> str | None:
    """The reading of a number in a fronted partitive's clause ("Of the 850 doctors, 612 said"): a part of the
    whole ("part of doctor"; "part of number" for a whole that names no noun or count); None outside one."""
    for scope in scopes:
        if scope.parts_start <= start < scope.parts_end:
            return f"part of {scope.whole or 'number'}"
    return None


def _acted_reading(thing: str, last_thing: str | None) -> bool:
    """Whether ``_bare``'s reading is a verb's count ("11 were killed": "kill"), not a part, an age or more of
    the thing counted before."""
    return thing != "age" and thing != last_thing and not thing.startswith("part of")


def _verb_read(thing: str | None, rest: str) -> bool:
    """Whether the counted thing read after a number is what the verb of its clause says ("871 did not",
    "three died", "34 worked for", "one was hurt"): one word, with a finite verb or a form in -ed right after
    the number."""
    if not thing or " " in thing:
        return False
    word = _first_word(rest)
    return word in _CONCEPT_VERBS or word.endswith("ed")


_PART_OF = re.compile(
    r"\s+of\s+(?:the|a|an|these|those|them|us|you|whom|which|its|their|his|her|our|your|my|many|several|all"
    r"|both)\b",
    re.IGNORECASE,
)
"""A part of a whole no number names ("one of the first to", "one of your officers' children", "one of many"):
the part is a number without unit, as CQE's ``lonely_num`` tags it."""
_QUANTIFIERS = frozenset({"most", "very", "many", "several", "numerous"})
"""Quantifiers before a whole's noun phrase ("one of the most critical injuries"): passed over."""


def _whole_named(rest: str, at: int) -> str | None:
    """The noun phrase of a plural whole no number counts, after a part's "of" and determiner ("one of the
    most critical injuries": "critical injury", "one of many celebrities", "one of its tires"): quantifiers
    passed over, up to two modifiers kept, the head singular; None when no plural noun ends the phrase within
    three words ("one of the first to", "one of them"; session 27, W')."""
    words = rest[at : at + 80].split()[:6]
    while words and words[0].lower() in _QUANTIFIERS:
        words.pop(0)
    kept: list[str] = []
    for word in words[:3]:
        lowered = word.lower()
        if not lowered.isalpha() or lowered in STOP_WORDS:
            return None  # (punctuation or a stop word ends the phrase before a plural noun)
        if _is_plural(lowered):
            return " ".join([*kept, singular(lowered)])
        kept.append(lowered)
    return None


_SUBJECT_AUX = re.compile(r"\s+(?:are|is|were|was|have|has|had|will|would|could|can|may|might|must|should)\b")
"""An auxiliary or copula right after a bare number: the number is its clause's subject ("57 are senators")."""
_SUBJECT_OPENS = re.compile(
    r"(?:^|[,;:(\"\u201c\u2014\u2013]\s*|\s-\s|\b(?:the|those|these|all|both|another|only|just|least|about"
    r"|around|nearly|almost|some|roughly|and|but|while|whereas)\s+)$",
    re.IGNORECASE,
)
"""What opens a noun phrase a bare number is the whole of: the text's start, a clause's punctuation, a
determiner or a bound ("the two were", "at least six have died", ", 11 were under")."""
_WORD_NEXT = re.compile(r"\s*\w")
"""A word (or a number) next after a number, spaces passed over."""
_APPOSED_AGE = re.compile(
    r"(?<![\w'’-])(?!(?:[Aa]nd|[Oo]r|[Bb]ut|[Ii]n|[Oo]n|[Aa]t|[Bb]y|[Oo]f|[Tt]o)\b)[A-Za-z][a-z'’-]+ ?, $"
)
"""A word, then a comma, just before a number that a comma follows: the number is an age set off as an
apposition, read as `year of age` (session 26, quant2; CQE's ``lonely_num`` leaves it without unit)."""

_VAGUE = re.compile(
    r"\b(?:(?P<times>[Tt]ens|[Hh]undreds)\s+of\s+)?"
    r"(?P<scale>[Dd]ozens|[Hh]undreds|[Tt]housands|[Mm]illions|[Bb]illions)\s+of(?=\s+[a-z])"
)
"""A vague plural before "of" ("dozens of shoppers", "tens of thousands of marchers"): at least the value of
its scale (CQE's ``range_single`` rule reads these as numbers of the noun after "of")."""
_VAGUE_PLURALS = ("dozens of", "hundreds of", "thousands of", "millions of", "billions of")
"""The plurals ``_VAGUE`` reads, as found in the lower-cased text first (the pattern's scan costs 40 µs an
article, these tests 2)."""
_VAGUE_OPENERS = ("tens", "dozens", "hundreds", "thousands", "millions", "billions")
"""The words a ``_VAGUE`` match opens on, lower-cased."""
_VAGUE_VALUES = {
    "dozens": 12.0,
    "hundreds": 100.0,
    "thousands": 1e3,
    "millions": 1e6,
    "billions": 1e9,
    "tens": 10.0,
}
_VAGUE_NOT = frozenset({"them", "us", "those", "these", "whom", "which"})
"""Words after "of" that leave a vague plural no count of its own ("dozens of them")."""


_NOUN_OF = re.compile(
    r"\b(?!(?:one|some|most|all|each|both|none|any|many|few|several|part|out|two|three|four|five|six|seven|"
    r"eight|nine|ten|dozens|hundreds|thousands|millions|top|bottom|first|last|best|worst|end|start|class|"
    r"spring|summer|autumn|fall|winter|may|march|image|images|photo|photos|picture|slide|page|video|round|"
    r"game|step|episode|volume|issue|item|chapter|section)\b)[a-z]{3,}\s+of\s+"
    r"(?:(?:about|around|nearly|almost|some|roughly|just|only|up\s+to|more\s+than|over|at\s+least)\s+)?$",
    re.IGNORECASE,
)
"""A noun and "of" before a bare number ("a crew of 22", "capacity of 900"), not a part ("one of 12")."""
_OVER_UNDER = re.compile(r"\b(?:over|under|above|below)\s+$", re.IGNORECASE)
_OR_OLDER = re.compile(r"\s+or\s+(?:older|younger|over|under|above|below)\b", re.IGNORECASE)
_DOTTED_ON = re.compile(r"\.\d")
_TIME_LIKE = re.compile(r"\b(?:at|by|until|till|from|before|after)\s+\d{1,2}\.\d{2}$", re.IGNORECASE)
"""A clock time written with a dot ("at 9.30"): not a measure."""
_NUMBERING_WORDS = frozenset(
    [
        "version",
        "v",
        "section",
        "article",
        "chapter",
        "clause",
        "paragraph",
        "rule",
        "release",
        "update",
        "android",
        "ios",
        "windows",
        "stage",
        "phase",
        "grade",
        "tier",
        "level",
        "category",
    ]
)
"""Words that number what follows them ("version 3.2 of the code", "section 12 of the act"): a label."""


def _numbered(text: str, start: int) -> bool:
    """Whether the word before the number at ``start`` numbers it (``_NUMBERING_WORDS``, "No.")."""
    if start < 2 or text[start - 1] != " ":
        return False
    word = text[text.rfind(" ", max(0, start - 14), start - 1) + 1 : start - 1].lower()
    return word.rstrip(".") in _NUMBERING_WORDS or word == "no."


_CHANGED_TO = re.compile(
    r"\b(?:rose|risen|climbed|jumped|increased|grew|fell|dropped|declined|decreased|totall?ed|added|gained|lost|"
    r"shed|slid|slipped|eased|tumbled|plunged|surged|soared|sank|dipped|rallied|advanced|reduced|raised|"
    r"lowered|cut|trimmed|(?:up|down)(?=\s+(?:to|from)\b))\s+"
    r"(?:(?:about|nearly|almost|some|roughly|around|more\s+than|less\s+than|over|another|just)\s+)?"
    r"(?:(?:to|from)\s+)?$",
    re.IGNORECASE,
)
"""A verb of change or level just before a bare number: the number is a count ("the toll rose to 37"; "up
from nine", "down to 12": the level a change started from or reached)."""


def _has(scan: str, text: str, part: str, lo: int, hi: int) -> bool:
    """Whether lower-case ``part`` occurs in ``text[lo:hi]`` case-blind: found in ``scan`` when it is the
    lower-cased text (same offsets), else in a lower-cased slice."""
    if scan is not text:
        return scan.find(part, lo, hi) >= 0
    return part in text[lo:hi].lower()


def _level_words(scan: str, text: str, at: int) -> bool:
    """Whether the words before ``at`` can hold ``_LEVEL_AT``'s verb (a cheap test before its search)."""
    lo = max(0, at - 30)
    return any(_has(scan, text, w, lo, at) for w in ("at ", "hit ", "reached ", "touched ", "topped "))


_INDEX_NAMED = re.compile(
    r"\b(?:ind(?:ex|exes|ices)|dow|nasdaq|s&p|ftse|nikkei|sensex|nifty|dax|cac|hang\s+seng|kospi|topix|stoxx"
    r"|russell\s+\d+|composite)\b",
    re.IGNORECASE,
)
"""A market index named before a bare number: the number is the index's level or move, in points."""


def _index_before(text: str, start: int) -> bool:
    """Whether a market index is named before ``start`` in the same sentence, within 120 characters ("The S&P
    rose 13.78, or 1.5 percent, to 930.08": both numbers are points; session 26, quant2)."""
    lo = max(0, start - 120, text.rfind(". ", 0, start) + 1)
    return _INDEX_NAMED.search(text, lo, start) is not None


_LEVEL_AT = re.compile(
    r"\b(?:(?:closed|settled|stood|stands|ended|finished|traded|trading|opened|peaked|hovered|hovering|stayed|"
    r"remained|steadied|changed\s+hands)\s+(?:at|near|around|above|below)|hit|reached|touched|topped)\s+"
    r"(?:(?:about|nearly|almost|some|roughly|around|more\s+than|less\s+than|over|just|a\s+record)\s+)?$",
    re.IGNORECASE,
)
"""A level a market or a count stood at, just before a bare number ("the index closed at 912.4", "Brent
settled at 81.40", "the toll reached 37"): a quantity, as CQE tags every number not in a name or a date."""
_LEVEL_AFTER_MOVE = re.compile(
    r"\b(?:points?|percent|per\s+cent|pct|%|cents?)(?:\s*,\s*or\s+[\d.]+\s*(?:%|percent|per\s+cent|pct|cents?)"
    r"\s*,)?\s+(?:to|at)\s+$",
    re.IGNORECASE,
)
"""A market's move in points, percent or cents, then "to" or "at" just before a bare number: the level it
ended at, a quantity as CQE tags it ("the index edged down 9 points, or 0.98 percent, to 921", "was up 5.91
points at 874"), as a level after "closed at" is."""
_ACTED_ON = re.compile(
    r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )(?<!\bis )(?<!\bare )(?<!\bbeing )"
    r"\b(killed|injured|wounded|arrested|detained|rescued|evacuated|sickened|shot|hired|employs|displaced|"
    r"suspended|stabbed|hospitali[sz]ed|infected|charged|deported|freed|released|buried|treated|discharged|"
    r"trapped|abducted|kidnapped|captured|sentenced|convicted|indicted|expelled|quarantined|hold|holds|held)\s+"
    r"(?:(?:at\s+least|more\s+than|fewer\s+than|about|nearly|almost|some|around|roughly|an\s+estimated|"
    r"over|up\s+to|another|only|just|all)\s+)?$",
    re.IGNORECASE,
)
"""A verb of harm, arrest, rescue or hiring just before a bare number (and a bound): the number counts the
people it was done to ("police arrested 14 after the match", "killed at least nine"), named by the verb's
stem as "nine were killed" is; not after an auxiliary ("he was shot four or five times")."""
_ACTED_ON_HINTS = ("ed", "shot", "employs", "hold", "held")
"""What each of ``_ACTED_ON``'s verbs holds: a window of the lower-cased text without any has none of them
(a test of a few µs less than the pattern's search there)."""


def clear_caches() -> None:
    """Forget the phrases read after numbers and the sentences read for concepts (to measure cold reads)."""
    _referent.cache_clear()
    _sentence_breaks.cache_clear()


def _wordset(words: str) -> frozenset[str]:
    """The set of the space-separated words of ``words``."""
    return frozenset(words.split())


_CHANGE_VERBS = _wordset(
    """rose rise rises risen fell fall falls fallen climbed climb climbs gained gain gains added adds dropped
    drop drops slid slide slides slipped slip slips jumped jump jumps increased increase increases decreased
    decrease decreases declined decline declines lost lose loses eased ease eases surged surge surges soared
    soar soars tumbled tumble tumbles plunged plunge plunges sank sink sinks shed sheds grew grow grows dipped
    dip dips rallied rally rallies advanced advance advances retreated retreat retreats widened widen widens
    narrowed narrow narrows up down higher lower"""
)
"""Verbs of change before "X to Y": a change, then the level reached (see ``_is_range``)."""

_CONCEPT_WORD = re.compile(r"[A-Za-z][\w'&.-]*[\w]|[A-Za-z]|\d[\d,.]*|[,;:()\"]")
"""The words and the punctuation a concept is read from (a number is a word of its own)."""
_DETERMINERS = _wordset(
    "a an the its their his her our my your this that these those some any each every another such"
)
_CONCEPT_VERBS = _wordset("""is are was were be been being am has have had having will would shall should can could may might must
    do does did says say said tells told rose rises rise fell falls fall climbed jumped slipped slid dropped
    drops gained gains lost loses grew grows eased eases surged tumbled plunged soared sank dipped edged
    costs cost remains remain stands stand stood holds hold held employs employ represents carries carry
    weighs weigh measures plans plan aims aim expects expect wants want needs need takes take took gets got
    makes make made sees see saw shows show seems reached reaches hit hits won wins win drew draws killed
    injured left leaves spent spends paid pays sold sells bought buys cut cuts set sets put puts ran runs
    flies flew turns became becomes came comes went goes gave gives kept keeps owns produces produced
    averaged topped tops totalled totaled topped passed passes added adds posted reported announced
    estimated expected forced displaced freed seized arrested approved agreed will applies apply met meet
    lasts covers serves includes affect affects features climbs lies shed broke estimate orbits spans
    counted ranged ranges employ involving leads contains offers heard found spins trades wrote runs shoots
    died""")
"""Verbs a clause's subject ends at (finite forms that are not also common plural nouns)."""
_VERBS_AFTER_NOUN = _wordset(
    "says said tells told puts struck took came comes went goes gave gives became becomes makes began begins ran drew"
)
"""Finite verbs that end a counted noun phrase ("one mother puts it", "a 6.4 earthquake struck", "two aides
said"): none of them is also a plural noun or a modifier before one (session 24)."""
_NOT_BARE_VERBS = _wordset(
    """killed injured died hurt spent left set cut put hit win cost estimate plan show need make hold stand aim
    want see take get meet lasts shed will may is are was were be been being am has have had having would
    shall should can could might must do does did"""
)
"""Verbs after a bare number that name what is counted ("11 injured", "three died": a toll that aligns across
stories), auxiliaries (a passive is read by ``_PASSIVE``), and words that are also nouns or modifiers."""
_CONCEPT_STOP = _wordset(
    "of in on at for from to by with into over under about around after before during since than as per "
    "among across between within without against near via and or but who which that whose whom where when "
    "while if because worth"
)
"""Words a noun phrase of a concept ends at."""
_HEDGE_WORDS = _wordset(
    "about around nearly almost roughly some approximately just only over under more less than fewer at least "
    "most up to an estimated"
)
"""Hedges and bounds between "of" and its number ("a workforce of about 60,000", "revenue of more than")."""
_QUANTITY_NOUNS = _wordset(
    "number amount total share proportion percentage level rate majority minority half third quarter "
    "value sum figure count rise fall increase decrease drop gain decline jump pace average margin"
)
"""Heads that name a quantity, not what it is of ("the number of tourists": tourists)."""
_CONCEPT_ADVERBS = _wordset(
    "still now also nearly more less just only already almost reportedly currently fewer some about around "
    "roughly approximately over under up down least most than"
)
"""Words that end a subject before its verb ("Some 5,000 homes were still ...") or only qualify a number."""
_VERB_OR_DETERMINER = _CONCEPT_VERBS | _DETERMINERS
_VERB_OR_ADVERB = _CONCEPT_VERBS | _CONCEPT_ADVERBS
_STOP_OR_VERB = _CONCEPT_STOP | _CONCEPT_VERBS
_TIME_OPENERS = frozenset({"this", "that", "these", "those", "last", "next", "each", "every"})
"""Words that open a time after a quantity ("by a quarter of a percentage point this month"): not the noun
the quantity modifies."""
_STOP_OR_DETERMINER = _CONCEPT_STOP | _DETERMINERS
_STOP_VERB_OR_DETERMINER = _STOP_OR_VERB | _DETERMINERS
_BEFORE_OBJECT = _STOP_OR_DETERMINER | {"off", "out", "part"}
"""Words passed over between a verb and the noun phrase after it ("were evacuated from the school")."""


def _concept_words(text: str, start: int, end: int) -> list[str]:
    """The words and punctuation (``_CONCEPT_WORD``) of ``text[start:end]``."""
    return _CONCEPT_WORD.findall(text, start, end)


_SENTENCE_BREAK = re.compile(r"\. |\? |! |\n")
"""Where ``quantity_concept`` ends a sentence: a full stop, question or exclamation mark and a space, or a
line break (a paragraph's last sentence does not run into the next paragraph's). Written as branches that
each open on a literal, so that the scan skips to those four characters (as ``[.?!] |\n`` it tried every
place: 22.5 -> 10.8 µs per text of jsonl-2000-s9-g2, the same breaks)."""


@lru_cache(maxsize=8)
def _sentence_breaks(text: str) -> tuple[list[int], list[int]]:
    """The start and end offsets of every ``_SENTENCE_BREAK`` of ``text`` (no two overlap), kept for the
    latest texts: the quantities of an article ask one after the other."""
    starts, ends = [], []
    for m in _SENTENCE_BREAK.finditer(text):
        starts.append(m.start())
        ends.append(m.end())
    return starts, ends


def _lowered(words: list[str]) -> list[str]:
    """``[w.lower() for w in words]``, lower-cased in one call (no word holds a space, and lower-casing
    makes none; a space ends a word for the final-sigma rule as the end of the word does)."""
    return " ".join(words).lower().split(" ") if words else []


def _verb_like(word: str) -> bool:
    """A past form ("approved", "carried"): a word of four letters or more in "-ed", not in "-eed"."""
    return len(word) > 3 and word.endswith("ed") and not word.endswith("eed")


_LEADING_ADVERBIALS = _wordset(
    "on in at by after before during since last this next earlier later meanwhile overall still yet so "
    "however also only nearly about around some almost roughly just"
)


def _noun_phrase(words: list[str], start: int, stop_at_end: bool = False) -> list[str]:
    """The words of the noun phrase at ``words[start]``: its determiners dropped, ended by a verb, a
    preposition or punctuation (a number inside it is passed over: "the 10-year Treasury yield"); an "of"
    phrase after a quantity noun is the phrase itself ("the number of tourists"). With ``stop_at_end``, a
    lower-case last word of a phrase that runs to the end of ``words`` is its verb ("The school district
    serves [48,000 students]")."""
    phrase: list[str] = []
    i = start
    while i < len(words):
        w = words[i]
        lw = w.lower()
        if not phrase and w[0].isdigit() and i + 1 < len(words) and words[i + 1][0].isalpha():
            i += 1  # "the 10-year Treasury yield"
            continue
        if not w[0].isalpha() or lw in _CONCEPT_STOP or (phrase and lw in _VERB_OR_DETERMINER):
            if lw == "of" and phrase and phrase[-1] in _QUANTITY_NOUNS:
                return _noun_phrase(words, i + 1, stop_at_end)
            if (
                stop_at_end
                and len(phrase) > 1
                and words[i - 1].islower()
                and (
                    w[0].isdigit()
                    or lw in _DETERMINERS
                    or lw in _CONCEPT_ADVERBS
                    or (lw in _VERB_TO_NUMBER and _only_qualifiers(words, i + 1))
                )
            ):
                phrase.pop()  # "Officials estimate the damage", "The new rules affect some ...": a verb
                # ("The new trains run at 320 km/h", "the party's lead shrank by 1.5 points")
            break
        if phrase or lw not in _DETERMINERS:
            if (
                (lw in _CONCEPT_VERBS and (phrase or lw in _AUXILIARIES))
                or lw in _CONCEPT_ADVERBS
                or (phrase and _verb_like(lw))
            ):
                if stop_at_end and len(phrase) > 1 and lw in _BOUND_WORDS and _only_qualifiers(words, i):
                    phrase.pop()  # "The fund manager oversees more than ...": a verb not in the lists
                break
            phrase.append(lw.replace("'s", "").rstrip("'"))
        i += 1
    else:
        if stop_at_end and len(phrase) > 1 and words[-1].islower() and not words[-1].endswith("'s"):
            phrase.pop()
    return phrase


_BOUND_WORDS = frozenset(
    {"more", "less", "fewer", "about", "around", "roughly", "approximately", "over", "under"}
)
"""Words that bound or round a number and may follow its verb ("oversees more than", "employs about")."""
_VERB_TO_NUMBER = frozenset({"at", "by", "to"})
"""Prepositions between a verb and its number ("run at 320 km/h", "shrank by 1.5 points")."""


def _only_qualifiers(words: list[str], i: int) -> bool:
    """Whether ``words[i:]`` (the words left before a quantity) only qualify it ("more than", "about")."""
    return all(w.lower() in _QUALIFIERS for w in words[i:])


_MODIFIER = re.compile(
    r"\S*?[\d.,]+\S*(?:\s+(?:hundred|thousand|million|billion|trillion|dozen|percentage))?"
    r"(?:\s+point)?(?:\s?-\s?[A-Za-z]+)*+\s+"  # ("a 12 - member jury": a hyphen spaced, tokenised copy)
    r"|[A-Za-z]+(?:-[A-Za-z]+)+\s+",
    re.IGNORECASE,
)
"""The number of a quantity that modifies a noun, with its scale and hyphened unit ("$4.2 million ",
"5-kilogram ", "two-day ", "1.5 percentage point ")."""
_SPEECH = frozenset({"said", "says", "say", "told", "announced", "showed", "shows"})
_AUXILIARIES = _wordset(
    "is are was were be been has have had will would shall should can could may might must"
)
_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i", "you", "there", "this", "that"})


def _subject(before: list[str], verb_follows: bool = False, low: list[str] | None = None) -> list[str]:
    """The subject of the clause the words ``before`` a quantity belong to: the first comma-separated part
    that is not an opening phrase ("According to the port authority, ...", "In the capital, where rents
    have doubled, ..."), a part that only continues the clause ("..., up 6% from a year earlier", "..., to
    410,000 tonnes") read as the one before it; empty when the quantity starts the clause itself ("Fewer than
    300 tickets remain", "Ten days after the flood, 3,000 residents ...", "after two officers were hurt").
    ``low``: the words lower-cased, if the caller has them."""
    if low is None:
        low = _lowered(before)
    opener = -1  # the last subordinator
    if not _SUBORDINATORS.isdisjoint(low):
        for i in range(len(low) - 1, -1, -1):
            if low[i] in _SUBORDINATORS and (verb_follows or low[i] not in _PREPOSITIONAL):
                opener = i
                break
    if opener >= 0 and _QUALIFIERS.issuperset(low[opener + 1 :]):
        return []
    cuts = [i for i, w in enumerate(before) if w in _CUTS] if not _CUTS.isdisjoint(before) else []
    chunks = [(a + 1, b) for a, b in zip([-1, *cuts], [*cuts, len(before)], strict=True) if b > a + 1]
    if not chunks:
        return []
    last = set(low[chunks[-1][0] : chunks[-1][1]])
    adjacent = chunks[-1][1] == len(before)  # the last part runs up to the quantity (or continues to it)
    continued = False  # the quantity's part only continues the part before it
    if last <= _QUALIFIERS_OR_CONTINUING and adjacent:  # ("..., up from 1.9 million")
        if len(chunks) == 1 or not (last & _CONTINUING or not verb_follows):
            return []
        chunks.pop()
        continued = True
    elif chunks[-1][1] != len(before) and not (last & _CONTINUING or not verb_follows):
        return []  # "Ten days after the flood, 3,000 residents remain": the quantity is the subject
    a, b = chunks[-1]
    lowered = low[a:b]
    if b == len(before) or continued:
        if (
            a
            and len(lowered[0]) > 5
            and lowered[0].endswith("ing")
            and before[a][0].islower()
            and b - a > 1
            and before[a + 1][0].isalpha()  # (not "carrying 212 passengers and 40 crew")
        ):
            # a participle's clause ("..., finding the company 70% responsible"): its object, if any
            phrase = _noun_phrase(before[:b], a + 1, stop_at_end=True)
            if phrase:
                return phrase
        own = _own_clause(before, lowered, a, verb_follows)
        if own is not None:
            return own
    for a, b in chunks:
        first = before[a].lower()
        if ((a, b) != chunks[-1] or not adjacent) and (first in _OPENERS or (a and first in ("a", "an"))):
            continue  # an opening phrase, a relative clause or an apposition ("a rise of ...")
            # (also when it is all there is before the quantity's part: "According to the survey, 64% of")
        if a and len(first) > 5 and first.endswith("ing") and before[a][0].islower():
            continue  # a participle's clause ("..., closing 140 miles of highway"): no subject of its own
        if first in ("last", "this", "next") and b - a > 2:
            a += 2  # "Last month the central bank raised ..."
        elif first in _LEADING_ADVERBIALS and b - a > 2 and before[a + 1][0].isdigit():
            a += 2  # "Since 2015 the charity has built ..."
        phrase = _noun_phrase(before[:b], a, stop_at_end=b == len(before))
        if phrase:
            return phrase
    return []


def _own_clause(before: list[str], lowered: list[str], a: int, verb_follows: bool) -> list[str] | None:
    """The subject of the clause the quantity itself is in, when the part of the sentence up to it
    (``before[a:]``, ``lowered``) opens one of its own: after "while", "whereas", "but" or "with" ("...,
    while the Lumen index shed 1.1%"), after "and" or "but" with a subject and its verb ("..., and the city
    opened 16 cooling centres"; right before the quantity with a verb after it, the quantity is the
    subject: "and 60 firefighters remained at the scene"), or a relative clause on a noun ("a former
    warehouse worker who lost two fingers": worker). None when it opens none."""
    n = len(lowered)
    turn = -1
    for i in range(n - 1, -1, -1):
        w = lowered[i]
        if w in _TURNS or (w == "and" and (i + 1 == n or lowered[i + 1] in _DETERMINERS)):
            turn = i
            break
    if turn >= 0:
        if turn == n - 1:
            return [] if verb_follows and lowered[turn] in ("and", "but") else None
        phrase = _noun_phrase(before, a + turn + 1, stop_at_end=True)
        if (
            phrase
            and not (phrase[0] in _CONCEPT_VERBS or _verb_like(phrase[0]))  # (not "but delivered")
            and (
                lowered[turn] not in ("and", "but")  # a clause: its verb after the subject
                or any(w in _CONCEPT_VERBS or _verb_like(w) for w in lowered[turn + 1 + len(phrase) :])
            )
        ):
            return phrase
    if n > 2 and verb_follows is False and not _RELATIVES.isdisjoint(lowered):
        for i in range(n - 2, 0, -1):
            if lowered[i] in _RELATIVES and (lowered[i + 1] in _CONCEPT_VERBS or _verb_like(lowered[i + 1])):
                j = i
                while (
                    j > 0
                    and before[a + j - 1][0].isalpha()
                    and lowered[j - 1] not in _STOP_VERB_OR_DETERMINER
                ):
                    j -= 1
                if j < i and lowered[i - 1] not in _PRONOUNS:
                    return [w.replace("'s", "").rstrip("'") for w in lowered[j:i]]
                break
    return None


_TURNS = frozenset({"while", "whereas", "but", "with"})
"""Words after which a part of a sentence has a subject of its own."""
_RELATIVES = frozenset({"who", "which", "that"})
"""Relative pronouns: "a worker who lost two fingers" — the quantity is about the noun before."""

_CUTS = frozenset({",", ";", ":"})
"""The marks that part a clause (``_subject``)."""
_SUBORDINATORS = _wordset("after before when while because although though if until unless that whether")
"""Words after which a quantity opens a clause of its own ("... after two officers were injured")."""
_PREPOSITIONAL = _wordset("after before until")
"""Subordinators that are prepositions too ("resigned after 18 months"): a clause only if a verb follows."""
_CONTINUING = _wordset("up down from or to by at")
"""Words of a part after a comma that continues the clause before it ("..., up 6%")."""
_OPENERS = _wordset(
    "according with in on at after before since despite while although though when as following by for "
    "during where which who whose amid under last this next from among unlike like"
)
"""The first words of a part that is not the clause's subject: an opening phrase or a relative clause."""


_QUALIFIERS = _CONCEPT_ADVERBS | {"at", "up", "to", "as", "much", "an", "a", "estimated", "the"}
_QUALIFIERS_OR_CONTINUING = _QUALIFIERS | _CONTINUING


def _after_verb(after: list[str]) -> list[str]:
    """The noun phrase after the verb that follows a quantity standing as the subject ("3,000 residents
    remain in shelters": shelters)."""
    i = 0
    while i < len(after) and (after[i].lower() in _VERB_OR_ADVERB or _verb_like(after[i].lower())):
        i += 1
    lowered = [w.lower() for w in after[i : i + 8]]
    if lowered and not (set(lowered) & {",", ";", ":"}) and "the" in lowered:
        i += lowered.index("the")  # "... backed by 12 aircraft were battling the blaze"
    elif not lowered or lowered[0] not in _STOP_OR_DETERMINER:
        # "Eleven children and four teachers were evacuated from the school": the first "the ..."
        i += next((k for k, w in enumerate(lowered) if w in _DETERMINERS), len(after))
    while i < len(after) and after[i].lower() in _BEFORE_OBJECT:
        i += 1
    return _noun_phrase(after, i) if i < len(after) else []


_EXTENT = re.compile(r"\s(?:away|long|tall|high|wide|deep|thick)$", re.IGNORECASE)
"""A measure's last word when the measure follows the noun it measures ("a wall 4 metres high")."""
_EXTENT_AFTER = re.compile(r"\s+(?:away|long|tall|high|wide|deep|thick)\b", re.IGNORECASE)
_EXTENT_HEDGES = frozenset({"about", "some", "roughly", "nearly", "almost", "around", "than", "more", "over"})
_NUMBER_START = re.compile(r"(?<![\w.,])\d")
"""Where a number written in digits starts."""


def _continued_from(text: str, sent_start: int, comma: int, start: int) -> int | None:
    """Where the quantity before ``comma`` starts, when the words between the comma and the quantity at
    ``start`` only continue it ("up", "down", "or about", "up from"); else None."""
    words = text[comma + 1 : start].lower().split()
    if (
        not words
        or len(words) > 3
        or words[-1] in ("a", "an", "the")  # "down from a 9-point margin": the noun it modifies
        or _CONTINUING.isdisjoint(words)
        or not _QUALIFIERS_OR_CONTINUING.issuperset(words)
    ):
        return None
    last = None
    for found in _NUMBER_START.finditer(text, sent_start, comma):
        last = found.start()
    return last


def quantity_concept(text: str, start: int, end: int) -> str | None:
    """What the quantity at ``text[start:end]`` is about, as CQE's NewsQuant annotates its "concept" (a
    keyword bag of the subject): what a measure is of ("204 pounds of cocaine"), the noun a number
    modifies ("a $4.2 million budget", "a 30-minute delay"), the noun before "of" ("revenue of $5.2bn"),
    the whole of a part ("8 of the 12 jurors"), else the subject of the clause ("Shares of Harbor Mills
    rose 12%"), or, when the quantity is itself the subject, the noun phrase after its verb ("3,000
    residents remain in shelters"). Lower-cased words, the head last; None when nothing is found. Read on
    demand: the pipeline's slot stays the counted thing, which aligns the facts."""
    if text[start : start + 1].isalpha() and (vague := _VAGUE.match(text, start)):
        # "Dozens of shoppers were stranded": read as "N shoppers", the plural and its "of" a number
        return quantity_concept(text[:start] + "9" * (vague.end() - start) + text[vague.end() :], start, end)
    breaks, after_breaks = _sentence_breaks(text)
    k = bisect_right(after_breaks, start)  # the breaks that end at or before ``start``
    sent_start = after_breaks[k - 1] if k else 0
    k = bisect_left(breaks, end)  # the first break at or after ``end``
    sent_end = breaks[k] if k < len(breaks) else len(text)
    comma = text.rfind(",", sent_start, start)
    if comma > sent_start and (previous := _continued_from(text, sent_start, comma, start)):
        # "..., down six points since spring", "..., or about 126 billion pounds": a part that only continues
        # the quantity before it is about what that one is about
        return quantity_concept(text, previous, comma)
    before = _concept_words(text, sent_start, start)
    if before and (_EXTENT.search(text, start, end) or _EXTENT_AFTER.match(text, end)):
        # "a galaxy 13.2 billion light years away", "a dam 180 metres high": the measure follows its noun
        last = len(before) - 1
        while last > 0 and before[last].lower() in _EXTENT_HEDGES:
            last -= 1
        i = last + 1
        while i > 0 and before[i - 1][0].isalpha() and before[i - 1].lower() not in _STOP_VERB_OR_DETERMINER:
            i -= 1
        noun = before[i : last + 1]
        phrase = (
            _noun_phrase(before[: last + 1], i) if noun and all(w.lower() not in _UNITS for w in noun) else []
        )
        if phrase:
            return " ".join(phrase)
    # the words after the quantity: the first one always, all of them only when a rule reads past it
    first = _CONCEPT_WORD.search(text, end, sent_end)
    next_word = first.group().lower() if first else ""
    after: list[str] | None = None
    # the quantity's own words, read only when a rule needs them: "of" among them, or "1 in 5"
    inside = _concept_words(text, start, end) if "of" in text[start:end].lower() else None
    lowered = _lowered(inside) if inside else []
    spoken = -1
    low_before = _lowered(before)
    if (
        len(before) > 1
        and low_before[-1] == "or"
        and (before[-2][0].isdigit() or low_before[-2] in _NUMBER_WORDS)
    ):
        # "Two or three climbers were missing": the alternative before the number is part of it
        before, low_before = before[:-2], low_before[:-2]
    if not _SPEECH.isdisjoint(low_before):
        spoken = len(low_before) - 1
        while low_before[spoken] not in _SPEECH:
            spoken -= 1
    verb_follows = bool(first) and (next_word in _CONCEPT_VERBS or _verb_like(next_word))
    said_by = before[:spoken] if spoken > 0 else []  # the speaker, read only when nothing else is found
    if spoken >= 0 and _PRONOUNS.isdisjoint(low_before[spoken + 1 :]):
        before = before[spoken + 1 :]  # "Officials said 1,100 migrants had crossed the channel"
        low_before = low_before[spoken + 1 :]
    subject: list[str] | None = None  # the clause's subject, read (``_subject``) when a rule first asks
    # "204 pounds of cocaine", "8% of respondents": what the measure is of (a share: of the subject's)
    if "of" in lowered[1:] and not (
        ("%" in text[start:end] or "percent" in lowered)
        and (subject := _subject(before, verb_follows, low_before) if before else [])
    ):
        phrase = _noun_phrase(inside or [], lowered.index("of", 1) + 1)
        if phrase and phrase[-1] not in ("point", "percent", "cent"):  # not "a quarter of a percentage point"
            return " ".join(phrase)
    # a modifier: "a $250 fine", "The 45-year-old mother", "a two-day strike", "a 5-kilogram bag"
    if before and before[-1].lower() in ("a", "an", "the"):
        head = _MODIFIER.match(text, start, end)
        if head:
            phrase = _noun_phrase(_concept_words(text, head.end(), end), 0)
            if phrase:
                return " ".join(phrase)
        if (
            first
            and next_word[0].isalpha()
            and next_word not in _STOP_OR_VERB
            and next_word not in _TIME_OPENERS
            and not _verb_like(next_word)
        ):
            after = _concept_words(text, end, sent_end)
            phrase = _noun_phrase(after, 0)
            if phrase:
                return " ".join(phrase)
    # "revenue of $5.2bn", "a price cap of $60", past a hedge: "a workforce of about 60,000"
    last = len(before) - 1
    while last > 1 and low_before[last] in _HEDGE_WORDS:
        last -= 1
    if last > 0 and low_before[last] == "of" and before[last - 1][0].isalpha():
        i = last - 1
        while i > 0 and before[i - 1][0].isalpha() and before[i - 1].lower() not in _STOP_VERB_OR_DETERMINER:
            i -= 1
        phrase = _noun_phrase(before if last == len(before) - 1 else before[:last], i)
        if phrase and phrase[-1] not in _QUANTITY_NOUNS:
            return " ".join(phrase)
    # "8 of the 12 jurors"
    if next_word == "of":
        after = after or _concept_words(text, end, sent_end)
        if len(after) > 2 and after[1].lower() in _DETERMINERS:
            phrase = _noun_phrase(after, 2)
            if phrase:
                return " ".join(phrase)
    # "1 in 5 care homes": the whole (after a bare number only); and "5 care homes" there is the thing itself
    if next_word == "in" and len(_concept_words(text, start, end) if inside is None else inside) == 1:
        after = after or _concept_words(text, end, sent_end)
        if len(after) > 2 and (after[1][0].isdigit() or after[1].lower() in _NUMBER_WORDS):
            phrase = _noun_phrase(after, 2)
            if phrase:
                return " ".join(phrase)
    if (
        len(before) > 1
        and before[-1].lower() == "in"
        and (before[-2][0].isdigit() or before[-2].lower() in _NUMBER_WORDS)
    ):
        head = _MODIFIER.match(text, start, end)
        phrase = _noun_phrase(_concept_words(text, head.end(), end), 0) if head else []
        if phrase:
            return " ".join(phrase)
    link = len(before) - 1
    while link > 1 and (low_before[link] in _LINK_HEDGES or low_before[link] == "least"):
        link -= 2 if low_before[link] == "least" else 1  # "by at least 3%", "worth a reported $4m"
    if link > 1 and (low_before[link] in _OBJECT_LINKS or low_before[link] in _NOUN_LINKS):
        phrase = _object_before(before, low_before, link)
        if phrase:
            return " ".join(phrase)
    if subject is None:
        subject = _subject(before, verb_follows, low_before) if before else []
    if subject:
        return " ".join(subject)
    # "the council said 6 other roads would be resurfaced": the speaker
    phrase = _after_verb(after or _concept_words(text, end, sent_end)) or (
        _subject(said_by) if said_by else []
    )
    if not phrase:  # "Fifteen hundred people marched.": the counted thing itself
        head = _MODIFIER.match(text, start, end)
        if head:
            phrase = _noun_phrase(_concept_words(text, head.end(), end), 0)
            if phrase and phrase[-1] in _SCALES:
                phrase = []  # "1.9 million": a scale is no thing
    return " ".join(phrase) if phrase else None


_OBJECT_LINKS = frozenset({"at", "by", "to", "from"})
_NOUN_LINKS = frozenset({"worth", "with"})
"""Words between a noun and a number said of it ("an extension worth $4 million", "a company with 52,000
employees")."""
_LINK_HEDGES = _HEDGE_WORDS - _OBJECT_LINKS | {"a", "reported", "estimated", "least"}
"""Prepositions between a verb's object and the number it is put at ("put the governor's approval at 41
percent", "raise property taxes by 3.5 percent")."""
_VALUING = frozenset({"valued", "priced", "estimated", "put", "set", "capped", "pegged", "fixed"})
"""Participles between a noun and "at" and its number ("jewellery valued at 250,000 euros")."""
_TIME_HEADS = frozenset(
    {"day", "days", "week", "weeks", "month", "months", "year", "years", "session", "quarter"}
)


def _object_before(before: list[str], low: list[str], at: int) -> list[str]:
    """The noun phrase the number after ``before[at]`` (a preposition of ``_OBJECT_LINKS``, or "worth") is
    said of, when it is a verb's object or a noun valued ("the council cut the fine from $14 million",
    "to trim their output by 450,000 barrels", "jewellery valued at 250,000 euros", "an extension worth $4
    million"): empty when the words before are the clause's subject and its verb ("prices rose by 3%")."""
    end = at
    if low[at] == "at" and low[at - 1] in _VALUING:
        end = at - 1
    i = end
    while i > 0 and before[i - 1][0].isalpha() and low[i - 1] not in _STOP_VERB_OR_DETERMINER:
        i -= 1
    head = low[end - 1]
    if i < end and (head in _UNITS or head + "s" in _UNITS):
        # a change, then the level it reached: "raised its key rate by half a point to 6.75%"
        k = next((k for k in range(i - 1, max(0, i - 6), -1) if low[k] in _OBJECT_LINKS), 0)
        return _object_before(before, low, k) if k > 1 else []
    if i == end or head in _TIME_HEADS or _verb_like(head) or head.endswith("ing"):
        return []
    if end == at and low[at] not in _NOUN_LINKS:  # a verb's object only
        opener = low[i - 1] if i > 0 else ""
        if opener in _DETERMINERS:  # "cut the fine from", "trim their output by"
            if i < 2 or low[i - 2] in _CONCEPT_STOP or low[i - 2] in _DETERMINERS:
                return []
        elif opener == "to" and end - i > 1:
            i += 1  # "to raise property taxes by": the verb is no part of its object
        else:
            return []
    return [w.replace("'s", "").rstrip("'") for w in low[i:end]]


def _concept_stems(concepts: list[str]) -> tuple[set[str], set[str]]:
    """The context stems (``mentions.context_word``) of the concepts' words and of their heads; a word a
    context leaves out ("other") stands as written."""
    words: set[str] = set()
    heads: set[str] = set()
    for concept in concepts:
        read = [context_word(w) or w for w in concept.split()]
        words.update(read)
        heads.add(read[-1])
    return words, heads


def _another_near(group: Sequence[Mention], other: float, slot: Sequence[Mention], ratio: float) -> bool:
    """Whether an article that states the value of ``group`` also states, in the same slot (``slot``: every
    mention of it in the event), another value within ``ratio`` of ``other`` (a value of another article)."""
    own = {m.span.article_id for m in group}
    number = group[0].number
    low = abs(other)
    for m in slot:
        if m.number != number and m.number and m.span.article_id in own:
            near = sorted((low, abs(m.number)))
            if near[0] > 0 and near[1] / near[0] <= ratio:
                return True
    return False


def _bound_of(group: Sequence[Mention]) -> str:
    """ "more" or "less" when every mention of a value only bounds it ("more than 5", "up to 40"), else ""."""
    kinds = {m.qualifier for m in group}
    return kinds.pop() if len(kinds) == 1 and kinds <= {"more", "less"} else ""


def _bound_holds(a: Sequence[Mention], b: Sequence[Mention]) -> bool:
    """Whether one side only bounds its value and the other side states a value exactly that lies within
    the bound, so that both hold ("at least five more people were wounded" and "six people were shot"; "up
    to 40" and "35"): not a conflict. Two bounds of the same direction ("at least 11" and "at least 17") and
    a bound against an estimate ("at least six weeks", "about two months") still clash."""
    if any(m.upper is not None for m in a) or any(m.upper is not None for m in b):
        return False
    bound_a, bound_b = _bound_of(a), _bound_of(b)
    value_a, value_b = a[0].number, b[0].number
    if bound_a == bound_b or value_a is None or value_b is None:
        return False
    if (not bound_a and any(m.qualifier for m in a)) or (not bound_b and any(m.qualifier for m in b)):
        return False  # an estimate against a bound ("at least six weeks", "about two months") still clashes
    if bound_a == "more" or bound_b == "less":
        return value_b >= value_a
    return value_a >= value_b  # a bounded above or b bounded below


def about_other_things(
    a: Sequence[Mention],
    b: Sequence[Mention],
    context_a: Set[str],
    context_b: Set[str],
    slot: Sequence[Mention] = (),
    ratio: float = 2.0,
) -> bool:
    """Whether two values of one slot, stated by the mentions ``a`` and by ``b`` in other articles, are about
    different things or both hold, so that they do not conflict. Both hold when one side only bounds its
    value and the other's lies within the bound (``_bound_holds``: "more than 5" and 6). Either an article of one side states, in the same slot
    (``slot``: its mentions in the event), another value near the other side's (within ``ratio``, the
    conflict ratio), so that the slot counts several like things there and the other side's value may be
    another of them ("a 14-year-old boy, a 16-year-old boy" against "a 17-year-old boy"; "Seven members of
    the gang" and "two family members" against "four members of a family"; but "140 firefighters" and "Two
    firefighters were treated" against "120 firefighters" do conflict); or both have concepts
    (``Mention.concept``), no word of one side's concepts is a word of the other's, and neither side's
    heads occur in the other side's sentences (``context_*``, the stems around the mentions: "37 people
    were sickened" and "sickened 41" are one count however their concepts are read; "the two people who
    arrived by car" against "the other four people")."""
    if a and b and _bound_holds(a, b):
        return True
    if slot and a and b:
        value_a, value_b = a[0].number or 0.0, b[0].number or 0.0
        if _another_near(a, value_b, slot, ratio) or _another_near(b, value_a, slot, ratio):
            return True
    concepts_a = [m.concept for m in a if m.concept]
    concepts_b = [m.concept for m in b if m.concept]
    if not concepts_a or not concepts_b:
        return False
    words_a, heads_a = _concept_stems(concepts_a)
    words_b, heads_b = _concept_stems(concepts_b)
    if words_a & words_b:
        return False
    return not (heads_a & context_b or heads_b & context_a)
