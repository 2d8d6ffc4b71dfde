"""Origin credits: which outlets an article credits, with outlet aliases resolved."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache

from newsfuse.model import Article, Credit, Span

WIRE_ALIASES = {
    "ap": "The Associated Press",
    "associated press": "The Associated Press",
    "the associated press": "The Associated Press",
    "reuters": "Reuters",
    "afp": "Agence France-Presse",
    "agence france-presse": "Agence France-Presse",
    "nyt": "The New York Times",
    "new york times": "The New York Times",
    "the new york times": "The New York Times",
    "wsj": "The Wall Street Journal",
    "wall street journal": "The Wall Street Journal",
    "the wall street journal": "The Wall Street Journal",
    "bbc": "BBC",
    "cnn": "CNN",
    "upi": "United Press International",
    "dpa": "Deutsche Presse-Agentur",
    "bloomberg": "Bloomberg",
    "washington post": "The Washington Post",
    "the washington post": "The Washington Post",
}
_OUTLET_WORDS = (
    r"(?:Press|Service|News|Times|Post|Herald|Journal|Tribune|Gazette|Courier|Observer|Sentinel|Ledger|"
    r"Reuters|Bloomberg|Agency|Wire|Telegraph|Guardian|Chronicle|Star|Globe|Mail|Examiner|Register|Radio|"
    r"Television|TV|Magazine|Daily|Week|Weekly|Review|Inquirer|Independent|Bulletin|Dispatch|Record|Sun)"
)
_NAME = r"(?:[Tt]he\s+)?[A-Z][\w'&-]*(?:\s+(?:of\s+)?[A-Z][\w'&-]*){0,5}"
_NAME_START = r"(?=[A-Zt])"
"""The first letters of a _NAME: a pattern that starts with one skips other positions at once."""
_CUES = [  # (cue, groups of words: a text lacking every word of a group skips the pattern; pattern)
    (
        "first reported by",
        (("reported",), ("first", "originally")),
        re.compile(rf"\b(?:first|originally)\s+reported\s+by\s+(?P<o>{_NAME})"),
    ),
    (
        "according to",
        (("ccording",), ("report", "story", "article")),
        re.compile(
            rf"\b[Aa]ccording\s+to\s+(?:a\s+|an\s+)?(?:report|story|article)s?\s+(?:in|by|from)\s+(?P<o>{_NAME})"
        ),
    ),
    (
        "includes information from",
        (("from",), ("information", "reporting", "material"), ("include", "contain")),
        re.compile(
            rf"\b(?:includes?|contains?)\s+(?:information|reporting|material)\s+from\s+(?P<o>{_NAME})"
        ),
    ),
    (
        "contributed",
        (("contributed",), ("report",)),
        re.compile(rf"{_NAME_START}(?P<o>{_NAME})\s+contributed\s+(?:to\s+)?(?:this\s+)?report"),
    ),
    (
        "with reporting by",
        (("reporting",), ("by", "from")),
        re.compile(
            rf"\b(?:[Ww]ith\s+(?:additional\s+)?|[Aa]dditional\s+)reporting\s+(?:by|from)\s+(?P<o>{_NAME})"
        ),
    ),
    ("told", (("told",),), re.compile(rf"\btold\s+(?P<o>{_NAME})")),
    (
        "reported",
        (("reported",),),
        re.compile(rf"{_NAME_START}(?P<o>{_NAME})\s+(?:reported|first reported)\b"),
    ),
]
_HEADS = {
    "first reported by": ("first", "originally"),
    "according to": ("According", "according"),
    "includes information from": ("include", "contain"),
    "with reporting by": ("With", "with", "Additional", "additional"),
    "told": ("told",),
}
"""The words every match of a cue's pattern starts with, where that pattern is tried (see ``_at_heads``)."""
LENDING_CUES = frozenset({"includes information from", "contributed", "with reporting by", "wire"})
"""Credit lines and wire credits: the article says it carries the credited outlet's reporting (a dateline
credit makes the whole article the wire's copy: ``credited_sources``)."""
_WIRE = re.compile(
    r"(?:^|(?<=[.!?\"'”]))[ \t]*\((?P<o>[A-Z][\w.&']*(?:[ -][A-Z&][\w.&']*){0,4})\)[ \t]*$", re.MULTILINE
)
"""A wire credit in brackets standing alone on a line or closing a paragraph ("… he said. (Reuters)"): up to
five capitalised words (not a photographer's credit, "(Dan Roe -- Santa Cruz Sentinel)")."""


def _wire_credits(text: str) -> Iterator[re.Match[str]]:
    """``_WIRE``'s matches, read only on the lines that hold a bracket (a match never spans lines; a scan of
    the whole text was ~45 us an article, most of it over lines without one)."""
    at = text.find("(")
    while at >= 0:
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        yield from _WIRE.finditer(text, start, end)
        at = text.find("(", end)


_ENDS_OUTLET_WORD = re.compile(rf"\b{_OUTLET_WORDS}$")
_DATELINE = re.compile(r"^[A-Z][A-Z .,'-]{1,60}\((?P<o>[A-Za-z][\w .&-]{0,40})\)\s*[—–-]", re.MULTILINE)


@lru_cache(maxsize=4096)
def normalize_outlet(name: str) -> str:
    """Lower-cased outlet name without a leading "the" or trailing punctuation."""
    words = name.strip().rstrip(".,").split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return " ".join(words).lower()


def initials(name: str) -> str:
    return "".join(w[0] for w in normalize_outlet(name).split() if w[0].isalpha()).upper()


def resolve_outlet(name: str, known: Iterable[str]) -> str | None:
    """The canonical outlet a credited name refers to: a known outlet by name or initials, or a wire alias."""
    key = normalize_outlet(name)
    for outlet in known:
        if normalize_outlet(outlet) == key or (name.isupper() and initials(outlet) == name.strip()):
            return outlet
    shortened = [o for o in known if normalize_outlet(o).endswith(" " + key)]
    if len(set(shortened)) == 1:  # "the Times" when exactly one known outlet is a "... Times"
        return shortened[0]
    if key in WIRE_ALIASES or f"the {key}" in WIRE_ALIASES:
        return WIRE_ALIASES.get(key) or WIRE_ALIASES[f"the {key}"]
    if name.isupper():
        return None
    if _ENDS_OUTLET_WORD.search(name.strip()):
        return re.sub(r"^the\s+", "The ", name.strip().rstrip(".,"))
    return None


_VERB = "reported"
_BREAK_BEFORE = re.compile(r"[^\w'&\s-][\w'&\s-]*\Z")
"""The last character before a position that no name-first match can hold (a name-first match is made of
word characters, apostrophes, ampersands, hyphens and blanks only)."""
_LOOK_BACK = 400


def _before_verb(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a name-first pattern that ends with "reported" and a word boundary,
    scanning only the stretch of name characters before each "reported" (the same matches: a match lies
    in one such stretch and cannot run through a lower-case "reported")."""
    resume = 0  # where the scan of the whole text would be: after the last match
    at = text.find(_VERB)
    while at >= 0:
        end = at + len(_VERB)
        start = max(resume, at - _LOOK_BACK)
        cut = _BREAK_BEFORE.search(text, start, at)
        start = cut.start() + 1 if cut else resume if start > resume else start
        for match in pattern.finditer(text, start, min(len(text), end + 1)):
            resume = match.end()
            yield match
        at = text.find(_VERB, max(end, resume))


def _at_heads(pattern: re.Pattern[str], text: str, heads: Iterable[str]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern every match of which starts with one of ``heads`` (after a
    word boundary at most): the pattern is tried only where a head occurs, found by ``str.find``, instead of
    at every position (a pattern opening on ``\\b`` gives the scan no first character to skip to)."""
    starts = set()
    for head in heads:
        at = text.find(head)
        while at >= 0:
            starts.add(at)
            at = text.find(head, at + 1)
    resume = 0  # where the scan of the whole text would be: after the last match
    for at in sorted(starts):
        if at >= resume and (match := pattern.match(text, at)):
            resume = match.end()
            yield match


@lru_cache(maxsize=256)
def _credit_phrases(text: str) -> tuple[tuple[str, str, int, int], ...]:
    """(cue, outlet as written, start, end) of each credit phrase of a text, in text order (kept for the
    latest texts: an event's copies of one text are read one after the other)."""
    found: list[tuple[str, str, int, int]] = []
    for match in _DATELINE.finditer(text[:400]):
        found.append(("dateline", match.group("o"), match.start("o"), match.end("o")))
    for match in _wire_credits(text):
        found.append(("wire", match.group("o"), match.start("o"), match.end("o")))
    has = text.__contains__
    for cue, groups, pattern in _CUES:
        if not all(any(map(has, words)) for words in groups):
            continue
        heads = _HEADS.get(cue)
        if cue == "reported":
            matches = _before_verb(pattern, text)
        elif heads:
            matches = _at_heads(pattern, text, heads)
        else:
            matches = pattern.finditer(text)
        for match in matches:
            found.append((cue, match.group("o"), match.start("o"), match.end("o")))
            if cue in LENDING_CUES:
                found.extend((cue, *other) for other in _listed(text, match.start("o"), match.end("o"), cue))
    return tuple(sorted(found, key=lambda f: f[2]))


_AND_AFTER = re.compile(rf"(?:,\s*(?:and\s+)?|\s+and\s+)(?P<o>{_NAME})")
_AND_BEFORE = re.compile(rf"(?P<o>{_NAME})(?:,\s*(?:and\s+)?|\s+and\s+)\Z")


def _listed(text: str, start: int, end: int, cue: str) -> Iterator[tuple[str, int, int]]:
    """The other names of a credit line that lists several ("information from The Associated Press and
    Reuters", "Reuters, AFP and The Associated Press contributed to this report"): those after the name for a
    name-last cue, those before it for "contributed"."""
    if cue != "contributed":
        while more := _AND_AFTER.match(text, end):
            yield more.group("o"), more.start("o"), more.end("o")
            end = more.end("o")
        return
    while more := _AND_BEFORE.search(text, max(0, start - 200), start):
        yield more.group("o"), more.start("o"), more.end("o")
        start = more.start("o")


def extract_credits(article: Article, known: Iterable[str] = ()) -> Iterator[Credit]:
    """Every outlet this article credits, except itself; names resolved against ``known`` outlets. A credit
    in a block the cleaner cut (``Article.removed``: a credit line taken for boilerplate) is read too; its
    span is the empty one at the end of the text, as the words are no longer in it."""
    outlets = list(known)
    own = normalize_outlet(article.outlet or "")
    seen: set[tuple[str, str]] = set()
    end_of_text = len(article.text)
    cut = [
        (c, n, end_of_text, end_of_text)
        for block in article.removed
        for c, n, _, _ in _credit_phrases(block.text)
        if c in LENDING_CUES
    ]
    for cue, name, start, end in (*_credit_phrases(article.text), *cut):
        outlet = resolve_outlet(name, outlets)
        if outlet is None or (outlet, cue) in seen or own.endswith(normalize_outlet(outlet)):
            continue
        seen.add((outlet, cue))
        yield Credit(
            article_id=article.id,
            outlet=outlet,
            cue=cue,
            span=Span(article.id, start, end),
            in_corpus=any(normalize_outlet(o) == normalize_outlet(outlet) for o in outlets),
        )


def credited_sources(
    credits: Iterable[Credit], outlet_of: Mapping[str, str], source_of: Mapping[str, str]
) -> dict[str, str]:
    """Source keys after wire credits: an article under another pile outlet's dateline ("(CPS) —") is that
    outlet's copy and joins its key. Softer credits ("includes information from") do not: such rewrites
    usually add their own reporting, which dedup's shared-passage share already weighs."""
    key = dict(source_of)
    first_of: dict[str, str] = {}
    for aid in sorted(outlet_of):
        first_of.setdefault(normalize_outlet(outlet_of[aid]), aid)
    for credit in credits:
        if credit.cue == "dateline" and credit.in_corpus:
            lender = first_of.get(normalize_outlet(credit.outlet))
            if lender and lender != credit.article_id:
                key[credit.article_id] = key.get(lender, lender)
    return key
