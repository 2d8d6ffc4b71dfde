"""An event's title (reader audit F-10): a real headline when one of its articles has one, else a short
headline-like span of its brief, never a typesetting code or a 300-character sentence.

The rule (benchmarks/results/reader_audit_f7.md, "F-10"):

1. A *headline* is an article title of two words or more (four characters of Chinese, Japanese or Thai, which
   are written without spaces) and at most 120 characters, that is not a wire code ("AP Photo NY303") and
   holds no sentence end before more text (a caption: "… Monday. Credit: X"). Mixed
   case beats all capitals (a wire slug or a headline set in capitals); then the main language; then the
   earliest (the first report names the event; later ones an angle on it), then the id.
2. A headline set all in capitals is shown in headline case ("`Star Wars' Battles to a Draw"), keeping
   words without a vowel and dotted abbreviations ("NYC", "U.S.") as they are.
3. With no headline: the first brief sentence that does not open on a connective or a sentence adverb
   ("However", "Unfortunately,"), without its wire dateline, whole if it is short, else cut at a clause
   boundary or between words near ``TITLE_CHARS``, ending in "…".
4. With no brief either: the first article's id.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsfuse.model import Article, BriefSentence

TITLE_CHARS = 90
"""Longest span of a brief sentence used whole as a title; longer ones are cut near it."""
HEADLINE_CHARS = 120
"""A longer article title is a sentence or a caption, not a headline."""
_INNER_STOP = re.compile(r"[a-z]{2}[.!?] [A-Z]")
_LONG_ABBREVIATIONS = frozenset({"Sept", "Capt", "Supt", "Prof", "Gens", "Sens", "Reps"})
_CLAUSE_MIN = 40
"""A clause boundary cuts the title only if at least this many characters come before it."""
_CODE = re.compile(r"^(?:AP|Reuters|AFP) Photo\b|^[A-Z]{2,}\d+(?:-\d+)?$")
_DATELINE = re.compile(r"^[A-Z][A-Z .,'-]+(?:,\s[A-Z][\w. ]+)?(?:\s\([\w ]+\))?\s(?:_|--|—|–|-)\s")
_SENTENCE_END = re.compile(r"[a-z0-9)][.!?]['\"]*\s+(?=[A-Z`'\"])")
_OPENER = re.compile(
    r"^(?:``|\"|')?(?:However|But|And|Or|So|Yet|Which|That|This|These|Those|It|He|She|They|Still|Meanwhile"
    r"|Also|(?:Un)?[Ff]ortunately|Ironically|Interestingly|Apparently|Similarly|Nevertheless|Finally)\b|^\w+ly,"
)
"""A sentence that opens on a connective, a pronoun or a sentence adverb leans on what came before it."""
_SMALL = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "or",
        "nor",
        "the",
        "to",
        "via",
        "vs",
        "with",
    ]
)
_WORD = re.compile(r"[A-Z]+")
"""A run of capitals: a word of an all-capitals headline as :func:`acronyms` looks it up."""
_CUT = re.compile(r"[,;:]\s|\s[—–-]{1,2}\s")


def event_title(
    articles: Sequence[Article],
    canonical: frozenset[str],
    brief: Sequence[BriefSentence],
    main_language: str | None,
) -> str:
    """The event's title by the module's rule."""
    heads = [a for a in articles if a.id in canonical and a.title and is_headline(a.title)]
    if heads:
        best = min(
            heads,
            key=lambda a: (
                _capitals(a.title or ""),
                a.language != main_language,
                a.published or "9999",
                a.id,
            ),
        )
        title = best.title or ""
        return (
            headline_case(title, acronyms(title, [a.text for a in articles])) if _capitals(title) else title
        )
    if brief:
        opening = next((s for s in brief if not _OPENER.match(s.text)), brief[0])
        return short_span(opening.text)
    return articles[0].id


_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]{4}")
"""Four characters of a script written without spaces (Thai, kana, CJK ideographs): a headline's length there."""


def is_headline(title: str) -> bool:
    """At least two words (or four characters of a script written without spaces, ``_UNSPACED``), at most
    ``HEADLINE_CHARS`` characters, no wire code and no sentence ending inside (a photo caption taken for the
    title: "… on Monday. Credit: KMOV")."""
    return (
        (len(title.split()) >= 2 or _UNSPACED.search(title) is not None)
        and len(title) <= HEADLINE_CHARS
        and not _CODE.search(title.strip())
        and not _INNER_STOP.search(title)
    )


def _capitals(title: str) -> bool:
    letters = [c for c in title if c.isalpha()]
    return len(letters) > 3 and all(c.isupper() for c in letters)


def acronyms(title: str, texts: Sequence[str]) -> frozenset[str]:
    """The words of an all-capitals ``title`` that the event's ``texts`` write in capitals in running prose
    ("the IOC said") at least as often as otherwise ("Ioc" no more; "JONES" stays "Jones", which the texts
    write so). Capitals count only inside a sentence after a word with a lower-case letter: not in a
    dateline, a slug or a run of capitals, nor opening a sentence ("… met. ATHENS is …")."""
    words = {w for w in _WORD.findall(title) if len(w) > 1}
    if not words:
        return frozenset()
    pattern = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, words))) + r")\b", re.IGNORECASE)
    capitals: dict[str, int] = dict.fromkeys(words, 0)
    other: dict[str, int] = dict.fromkeys(words, 0)
    for text in texts:
        for found in pattern.finditer(text):
            said = found.group()
            if not said.isupper():
                other[said.upper()] += 1
                continue
            before = text[max(0, found.start() - 30) : found.start()].split()
            if before and any(c.islower() for c in before[-1]) and before[-1][-1] not in ".!?_":
                capitals[said] += 1
    return frozenset(w for w in words if capitals[w] and capitals[w] >= other[w])


def headline_case(title: str, keep: frozenset[str] = frozenset()) -> str:
    """An all-capitals headline in headline case: small words lower-cased except first, abbreviations (no
    vowel: "NYC", "TV"; and the words in ``keep``: "IOC", see :func:`acronyms`) and words with an inner
    dot ("U.S.") kept."""
    words = title.split()
    out = []
    for n, word in enumerate(words):
        letters = "".join(c for c in word if c.isalpha())
        lower = word.lower()
        after_colon = n > 0 and words[n - 1].endswith(":")
        if n and not after_colon and lower.strip("`'\",:;") in _SMALL:
            out.append(lower)
            continue
        if not letters or _abbreviation(letters) or "." in word.rstrip(".,:;"):
            out.append(word)
            continue
        run = _WORD.search(word)
        if run and run.group() in keep:  # an acronym the texts write in capitals ("IOC's")
            out.append(word[: run.end()] + lower[run.end() :])
            continue
        at = next(i for i, c in enumerate(lower) if c.isalpha())
        out.append(lower[:at] + lower[at].upper() + lower[at + 1 :])
    return " ".join(out)


def _abbreviation(letters: str) -> bool:
    """No vowel but a 'Y' that does not end the word ("NYC", "TV"; not "SKY", "WHY")."""
    return not re.search(r"[AEIOU]", letters) and not letters.endswith("Y")


def lead_heading(text: str) -> str:
    """A heading for an untitled article: a short span of its first sentence (see :func:`short_span`)."""
    lead = text.lstrip(" \n\t_-—–")[:600]
    ends = (
        m.end() for m in _SENTENCE_END.finditer(lead) if m.start() >= 20 and not _abbreviated(lead, m.start())
    )
    return short_span(lead[: next(ends, len(lead))])


def _abbreviated(text: str, at: int) -> bool:
    """The stop after ``text[at]`` ends a short capitalised word: a title or a month ("Gen.", "Sen.", "Nov.")."""
    word = text[text.rfind(" ", 0, at) + 1 : at + 1]
    return word[:1].isupper() and (len(word) <= 3 or word in _LONG_ABBREVIATIONS)


def short_span(sentence: str, limit: int = TITLE_CHARS) -> str:
    """A brief sentence as a title: no dateline, no final stop; whole when within ``limit`` characters,
    else cut at the last clause boundary before it (if ``_CLAUSE_MIN`` characters precede it) or between
    words, with "…"."""
    text = _DATELINE.sub("", sentence.strip()).rstrip(".").strip()
    if len(text) <= limit:
        return text
    head = text[: limit + 1]
    clauses = [m.start() for m in _CUT.finditer(head) if m.start() >= _CLAUSE_MIN]
    if clauses:
        return text[: clauses[-1]].rstrip() + "…"
    return head[: head.rfind(" ")].rstrip(" ,;:") + "…"
