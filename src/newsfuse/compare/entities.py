"""Named entities (people, organisations, places) and place lists, by rules, with no model download.

Candidates are runs of capitalised words. Their type comes from cue words inside the name ("Street",
"Authority"), titles before it ("Mayor", "Dr."), what follows it (", a spokesperson", "said"), the
prepositions before it ("in", "at") and, for countries and their regions, the ISO names shipped with
pycountry. A surname alone takes the type of the full name it shortens in the same text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

import pycountry

from newsfuse.compare.dates import MONTHS, WEEKDAYS
from newsfuse.compare.mentions import Mention, lower_for_ascii_scan, lower_keeping_offsets
from newsfuse.model import Article, Span

PER, ORG, LOC = "PER", "ORG", "LOC"


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


TITLES = _wordset(
    """mr mrs ms dr mayor chief director minister president premier governor senator sen rep representative
    councillor councilor council member commissioner inspector captain capt lieutenant lt sergeant sgt officer
    detective judge justice chair chairman chairwoman chairperson secretary spokesperson spokesman spokeswoman
    engineer marshal superintendent manager owner ceo founder professor prof coach king queen prince princess
    pope bishop rev father sister general gen colonel col major admiral ambassador deputy vice prime trainer
    clerk operator consultant lawyer attorney deputy resident analyst economist speaker leader whip nominee
    candidate strategist pastor rabbi imam activist"""
)
ORG_CUES = _wordset(
    """inc corp corporation co company ltd llc plc group service services authority department dept association
    council board bank university college school agency commission committee party ministry union press ledger
    tribune gazette courier observer sentinel times post news herald journal packaging storage freight market
    house office police club fc united institute foundation church parliament congress senate court army navy
    force forces airlines airways motors systems industries holdings partners reuters network channel radio tv
    federation league organisation organization administration bureau trust fund hospital restaurant
    cafe shop store airline bancorp holding ag sa nv gmbh limited alliance coalition movement exchange
    securities petroleum pharmaceuticals technologies communications telecom electric studios magazine rovers
    wanderers athletic albion hotspur brigade command ministries"""
)
_NOT_ACRONYMS = _wordset(
    """i ii iii iv vi vii viii ix xi am pm tv ok ceo cfo coo mp md phd ad bc vs dj hiv aids covid gmt utc"""
)
LOC_CUES = _wordset(
    """street st road rd avenue ave lane drive boulevard blvd square bridge river lake bay falls hill hills
    mountain mountains island islands county city park pier harbor harbour valley coast sea ocean canal quay
    republic kingdom province state township village beach creek heights parish district region peninsula
    overpass"""
)
_CONNECT = {"&", "of", "de", "del", "la", "van", "von", "der", "da", "and", "du", "le"}
_NONSTART = (
    {"the", "a", "an", "in", "on", "at", "but", "and", "or", "if", "when", "while", "after", "before", "as"}
    | {"it", "he", "she", "they", "we", "i", "this", "that", "these", "those", "there", "his", "her", "our"}
    | {"photo", "by", "for", "from", "with", "to", "of", "not", "no", "yes", "so", "since", "until", "about"}
    | {"my", "your", "its", "their", "what", "who", "how", "why", "where", "then", "now", "all", "some"}
    | {"many", "most", "more", "few", "several", "each", "every", "other", "another", "both", "such", "any"}
    | set(WEEKDAYS)
    | set(MONTHS)
)
_TOKEN = re.compile(r"[A-Z][\w'’.-]*[\w]|[A-Z]|&")
_TITLE_ABBREVIATIONS = (
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "St",
    "Jr",
    "Sr",
    "Lt",
    "Gen",
    "Sen",
    "Rep",
    "Capt",
    "Gov",
    "Prof",
)
_TOK = rf"(?:(?:{'|'.join(_TITLE_ABBREVIATIONS)})\.|[A-Z]\.|[A-Z][\w'’-]*)"
_FIRST_TOK = "[A-Z](?:" + "".join(rf"(?<={t[0]}){t[1:]}\.|" for t in _TITLE_ABBREVIATIONS) + r"\.|[\w'’-]*)"
"""``_TOK`` with its capital read first and the alternatives' rest after it, in the same order (each title's
first letter checked behind): a pattern that opens on a character class lets the scan skip to capitals."""
_RUN = re.compile(rf"{_FIRST_TOK}(?:\s+(?:(?:&|of|de|del|la|van|von|der|da|du|le)\s+)?{_TOK})*")
_LIST_CUE_LOWER = (
    r"(?:cities|towns|countries|states|places|communities|municipalities|regions|counties|neighborhoods|"
    r"neighbourhoods|villages)\s*(?:,\s*)?(?:including|such as|like|of|:)\s+"
)
_LIST_CUE = re.compile(_LIST_CUE_LOWER, re.IGNORECASE)
_LIST_CUE_IN_LOWER = re.compile(_LIST_CUE_LOWER)
"""The cue read in the lower-cased text, where that finds the same (a scan that skips to the nouns' first
letters)."""
_WORD = re.compile(r"[\w.]+")
_PERSON_AFTER = re.compile(r"\s*(?:,\s*(?:a|an|the|who|whose|\d+)\b|\s+(?:said|says|told|added|\(\d+\)))")
_POSSESSIVE = ("'s", "’s")


_LIST_NOUNS: tuple[str, ...] = (
    "cities",
    "towns",
    "countries",
    "states",
    "places",
    "communities",
    "municipalities",
    "regions",
    "counties",
    "neighborhoods",
    "neighbourhoods",
    "villages",
)


@dataclass(frozen=True, slots=True)
class Entity:
    text: str
    type: str
    span: Span


@cache
def place_names() -> frozenset[str]:
    names: set[str] = set()
    for country in pycountry.countries:
        names.update(
            getattr(country, a) for a in ("name", "common_name", "official_name") if hasattr(country, a)
        )
    for sub in pycountry.subdivisions:
        names.add(sub.name)
    return frozenset(n.lower() for n in names)


@lru_cache(maxsize=65536)
def _by_name(name: str) -> tuple[str | None, int, bool, str | None]:
    """What the name alone tells (the same for every mention of it): (its type if the name decides it, its
    word count, whether its last word ends in s, its type when nothing around it decides)."""
    words = name.replace("&", " & ").split()
    lowered = [w.lower().rstrip(".") for w in words]
    fixed = None
    if "&" in lowered or lowered[-1] in ORG_CUES or (len(words) > 1 and all(w.isupper() for w in words[:2])):
        fixed = ORG
    elif len(words) > 1 and lowered[-1] not in LOC_CUES and any(w in ORG_CUES for w in lowered):
        fixed = ORG  # "Bank of England", "Ministry of Defence"
    elif (
        lowered[-1] in LOC_CUES
        or lowered[0] in _PLACE_FIRST
        or name.lower() in place_names()
        or (name.isupper() and name.lower() in _country_codes())
    ):
        fixed = LOC
    if len(words) in (2, 3) and all(w[0].isupper() and w[1:].islower() for w in words if len(w) > 1):
        default: str | None = PER
    elif len(words) == 1:
        default = None  # kept only if it is the surname of a person named in full (ecbplus dev: guessing ORG
        # for a lone capitalised word gained 142 right and 155 wrong types)
    else:
        default = ORG
    return fixed, len(words), lowered[-1].endswith("s"), default


_PLACE_FIRST = frozenset({"lake", "mount", "port", "fort", "saint", "st", "san", "new"})
_PLACE_PREPOSITIONS = frozenset(
    {"in", "at", "near", "from", "across", "outside", "inside", "to", "into", "toward"}
)


def _type_of(name: str, text: str, start: int, end: int) -> str | None:
    """The type of the name at ``text[start:end]``, from the name itself and the words around it."""
    fixed, size, plural, default = _by_name(name)
    if fixed:
        return fixed
    if size == 1 and _acronym(name, text, start, end):
        return ORG
    prev = _previous_word(text, start)
    if prev and prev.rstrip(".") in TITLES:
        return PER
    if _PERSON_AFTER.match(text, end, end + 30):
        return PER
    if prev in _PLACE_PREPOSITIONS:
        return LOC if size <= 2 else ORG
    if prev == "the" and (size > 1 or plural):
        return ORG  # "the Indianapolis Colts", "the Saints": people are rarely "the X"
    return default


_ASCII_WORD_CHARS = "".join(c for c in map(chr, range(128)) if c.isalnum() or c in "_.")
"""The ASCII characters of ``_WORD`` (``\\w`` and the full stop)."""
_ASCII_OTHERS = "".join(c for c in map(chr, range(128)) if c not in _ASCII_WORD_CHARS)


def _previous_word(text: str, start: int) -> str:
    """The last word (``_WORD``) of the 40 characters before ``start``, lower-cased; "" when there is none.
    In an ASCII window (lower-casing changes no character's class there) that is the last run of word
    characters, found by two strips from the right instead of tokenising the window."""
    window = text[max(0, start - 40) : start]
    if window.isascii():
        body = window.rstrip(_ASCII_OTHERS)
        return body[len(body.rstrip(_ASCII_WORD_CHARS)) :].lower()
    words = _WORD.findall(window.lower())
    return words[-1] if words else ""


def _acronym(word: str, text: str, start: int, end: int) -> bool:
    """An organisation's acronym ("NATO", "FBI") at ``text[start:end]``: 2-6 capitals in a line that is not
    all capitals (a headline), not a country code, a place, a title or a roman numeral."""
    if not (2 <= len(word) <= 6 and word.isupper() and word.isalpha()):
        return False
    before = text[max(0, start - 400) : start]
    line = (
        before[max(before.rfind("\n") + 1, len(before) - 120) :]
        + word
        + text[end : end + 30].split("\n", 1)[0]
    )
    letters = list(filter(str.isalpha, line))
    if sum(map(str.isupper, letters)) > 0.6 * len(letters):
        return False
    lowered = word.lower()
    return not (
        lowered in _NOT_ACRONYMS
        or lowered in TITLES
        or lowered in _country_codes()
        or lowered in place_names()
    )


@cache
def _country_codes() -> frozenset[str]:
    codes = {c.alpha_2.lower() for c in pycountry.countries} | {
        c.alpha_3.lower() for c in pycountry.countries
    }
    return frozenset(codes | {"uk", "usa", "uae"})


def _after_title(words: list[str]) -> str:
    """The words after the last title word ("Health Director Rosalind Achebe" → "Rosalind Achebe")."""
    cut = max((i + 1 for i, w in enumerate(words[:-1]) if w.lower().rstrip(".") in TITLES), default=0)
    return " ".join(words[cut:])


def _trim(words: list[str]) -> list[str]:
    while words and (words[0].lower() in _NONSTART or words[0].lower().rstrip(".") in TITLES):
        words = words[1:]
    while words and words[-1].lower() in _CONNECT:
        words = words[:-1]
    return words


@lru_cache(maxsize=65536)
def _name_of(run: str) -> str | None:
    """The name a run of capitalised words stands for: possessive, leading function words and titles
    dropped ("But Mayor Jane Doe's" → "Jane Doe"); none for a lone cue word, title or single letter."""
    raw = run.rstrip(".")
    raw = raw[:-2] if raw.endswith(_POSSESSIVE) else raw
    words = [w for w in raw.split() if not w.endswith(("'", "’"))] or raw.split()
    trimmed = _trim(list(words))
    if not trimmed or (len(trimmed) == 1 and len(trimmed[0]) < 2):
        return None
    name = " ".join(trimmed)
    if len(trimmed) > 2:
        name = " ".join(_trim(_after_title(trimmed).split()))
    lowered = name.lower().rstrip(".")
    if not name or (" " not in name and (lowered in ORG_CUES or lowered in LOC_CUES or lowered in TITLES)):
        return None
    return name


def _named(text: str) -> Iterator[tuple[str, str, int]]:
    """(name, type, start) of each typed name in ``text``; a surname alone takes the type of the full name
    it shortens. Names of several words are typed first, so a surname of a person named in full is not typed
    from its own context (its type is PER whatever that says)."""
    found: list[tuple[str, int]] = []
    find = text.find
    for match in _RUN.finditer(text):
        name = _name_of(match.group())
        if name is None:
            continue
        start = find(name, match.start())
        if start >= 0:
            found.append((name, start))
    kinds = [_type_of(name, text, start, start + len(name)) if " " in name else None for name, start in found]
    people = {name.rsplit(None, 1)[-1] for (name, _), kind in zip(found, kinds, strict=True) if kind == PER}
    for (name, start), kind in zip(found, kinds, strict=True):
        if name in people:
            kind = PER
        elif " " not in name:
            kind = _type_of(name, text, start, start + len(name))
        if kind:
            yield name, kind, start


_NOUNS_CAPITALISED = frozenset({"de", "deu", "ger", "german", "deutsch", "lb", "ltz", "luxembourgish", "gsw"})
"""Languages whose spelling capitalises every noun (German, Luxembourgish, Swiss German), by code or name."""


def capitalises_nouns(language: str | None) -> bool:
    """Whether an article in ``language`` (the cleaner's code, "de", or a record's own, "de-AT", "German")
    capitalises every noun, so a capital marks no name; an unknown language (None or empty) is read."""
    if not language:
        return False
    return language.strip().lower().replace("_", "-").split("-")[0] in _NOUNS_CAPITALISED


def extract_entities(article: Article) -> Iterator[Entity]:
    """People, organisations and places named in the article, with spans into its text. The capital test reads
    a name by its capital: an article in a language that capitalises every noun gives none
    (:func:`capitalises_nouns`; audit r29: German "Das Geld", "Am Samstag" read as names)."""
    if capitalises_nouns(article.language):
        return
    for name, kind, start in _named(article.text):
        yield Entity(name, kind, Span(article.id, start, start + len(name)))


def entity_mentions(article: Article) -> list[Mention]:
    """The entities of :func:`extract_entities` as mentions (slot: the type); none in a language that capitalises
    every noun."""
    if capitalises_nouns(article.language):
        return []
    return [
        Mention("entity", kind, name, name, Span(article.id, start, start + len(name)))
        for name, kind, start in _named(article.text)
    ]


def clear_caches() -> None:
    """Forget the names and runs worked out (to measure cold reads)."""
    _by_name.cache_clear()
    _name_of.cache_clear()


def place_lists(article: Article) -> Iterator[tuple[Span, tuple[str, ...]]]:
    """Lists of places after a cue ("11 cities: A, B and C", "cities including A, B and C")."""
    text = article.text
    low = lower_keeping_offsets(text)
    lowered = text.lower() if low is None else low
    if not any(map(lowered.__contains__, _LIST_NOUNS)):
        return
    cues = _LIST_CUE_IN_LOWER.finditer(low) if lower_for_ascii_scan(low) else _LIST_CUE.finditer(text)
    for cue in cues:
        tail = text[cue.end() : cue.end() + 600]
        stop = re.search(r"[.;]\s|\n|—", tail)
        body = (tail[: stop.start()] if stop else tail).rstrip(" .")
        names = [n.strip() for n in re.split(r",\s*(?:and\s+)?|\s+and\s+", body) if n.strip()]
        places = [n for n in names if re.fullmatch(r"(?:[A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*){0,3}", n)]
        if len(places) >= 2 and len(places) >= len(names) - 1:
            yield Span(article.id, cue.start(), cue.end() + len(body)), tuple(places)
