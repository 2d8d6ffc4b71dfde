"""Sentence splitting for news, with character offsets into the source text.

Handles abbreviations ("Mr.", "U.S.", "Jan."), initials, decimals, a day's ordinal before its month ("10. März",
"3. October"), sentence ends inside closing quotes (``."``) and line breaks: a line break is a boundary (cleaned
text holds one paragraph a line, and a headline line has no full stop) unless the next line starts in lower case (a
hard-wrapped line).
A capital of any alphabet opens a sentence (Cyrillic, Greek, Latin-extended), and the Chinese and Japanese end
marks ``。！？｡`` end one with no blank after them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsfuse.model import immutable_record
from newsfuse.text.words import STOP_WORDS

_ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "sr",
    "jr",
    "st",
    "ste",
    "mt",
    "ft",
    "gen",
    "gov",
    "sen",
    "rep",
    "lt",
    "col",
    "capt",
    "sgt",
    "cpl",
    "pvt",
    "adm",
    "maj",
    "cmdr",
    "insp",
    "supt",
    "det",
    "rev",
    "hon",
    "pres",
    "vs",
    "etc",
    "inc",
    "ltd",
    "co",
    "corp",
    "no",
    "nos",
    "vol",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "ave",
    "blvd",
    "rd",
    "approx",
    "dept",
    "univ",
    "assn",
    "bros",
    "fig",
    "est",
    "e.g",
    "i.e",
    "a.m",
    "p.m",
    "u.s",
    "u.k",
    "u.n",
    "d.c",
    "calif",
    "fla",
    "ill",
    "mass",
    "mich",
    "minn",
    "penn",
    "tenn",
    "tex",
    "wash",
    "wis",
    "ariz",
    "colo",
    "conn",
    "ga",
    "ky",
    "la",
    "md",
    "mo",
    "nev",
    "okla",
    "ore",
    "va",
    "vt",
    "sra",
    "dra",
    "hr",
    "fr",
    "nr",
    "bzw",
    "ca",
    "z.b",
    "usw",
}
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+)")
"""A sentence end before blanks."""
WIDE_ENDS = "。！？｡"
"""The Chinese and Japanese sentence end marks (the summariser's sentence-end test reads them too)."""
_WIDE_BOUNDARY = re.compile(rf"{_BOUNDARY.pattern}|[{WIDE_ENDS}]+[\"'”’」』）》〉】)\]]*")
"""A sentence end before blanks, or a Chinese/Japanese one, which needs none: the text of a text that holds one
(the alternation would cost an English text ~2.5 times the scan). The full-width ``．`` is left out: it is also
the point of full-width numbers ("３．５") and of initials."""


def _capitals() -> str:
    """A regex class body of the upper-case letters (``str.isupper``) from U+0080 to U+2BFF (Latin-1 and
    Latin-extended, Greek, Cyrillic, Armenian, Georgian, ...) and the full-width Latin capitals, as ranges."""
    runs: list[list[int]] = []
    for code in (*range(0x80, 0x2C00), *range(0xFF21, 0xFF3B)):
        if chr(code).isupper():
            if runs and runs[-1][1] == code - 1:
                runs[-1][1] = code
            else:
                runs.append([code, code])
    return "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in runs)


_NEXT_START = re.compile(rf"(\s+)(?:``|[\"'“‘«(\[])?[A-Z0-9¿¡{_capitals()}]")
"""What follows a sentence end: blanks (group 1; regex blanks are ``str.isspace``) and a capital of any
alphabet, a digit, an inverted mark or a quote. One class, not a ``str.isupper`` test of a non-ASCII
character: that test cost the English splits ~4 % (curly quotes)."""
_SPACE = re.compile(r"\s")


@immutable_record
class Sentence:
    """A sentence of a text: its characters ``text[start:end]`` and its paragraph number. Treated as
    immutable (compared and hashed by its fields, shared by the kept splits of recent texts): never assigned
    to; not declared frozen because a frozen dataclass's ``__init__`` costs several times as much (every
    sentence of every article is made here)."""

    text: str
    start: int
    end: int
    paragraph: int
    index: int


_CLOCK_NEXT = re.compile(r"[\"'“‘«(\[`]*([A-Z][a-z]*)\b(?![.'’-])((?:\s+\S+){0,3})")
"""The word after a clock's "a.m." / "p.m." (group 1, capitalised, no abbreviation) and up to three more."""
_NOT_OPENERS = frozenset(
    (
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january"),
        *("february", "march", "april", "may", "june", "july", "august", "september", "october"),
        *("november", "december", "eastern", "central", "pacific", "mountain", "atlantic", "local"),
    )
)
"""Words after a clock that go on with its sentence: a day, a month, a time zone ("p.m. Eastern time")."""


_TIME_OPENER = re.compile(
    r"(?:[A-Z]{3,}\s+)?(?:On|At|Around|About|Approximately|Shortly|Just|Early|Late|Sometime|Before|After|By)\b"
)
"""A sentence opening on its time (after a slug in capitals: "HOMICIDE On Monday, …"): its clock is no end."""


def _clock_ends(text: str, body: str, start: int, dot: int, at: int) -> bool:
    """Whether a clock's "a.m." / "p.m." ending at ``body[dot]`` also ends its sentence, of four words or more
    from ``start`` and not opening on its time (corpus Millbrook: "… reported at 6:40 p.m. The warehouse had
    closed …"): the next word, at ``at``, opens one: a function word ("The", "He", "When") or a word ``text``
    also writes in lower case ("Police" / "police"); not a day, a month or a time zone (``_NOT_OPENERS``,
    "EST"), nor a word three words before "time" ("New York time")."""
    if dot < 3 or body[dot - 3 : dot].lower() not in ("a.m", "p.m") or body[dot - 4 : dot - 3].isalnum():
        return False
    if body.count(" ", start, dot) < 3 or _TIME_OPENER.match(body, start):
        return False  # "At 9 p.m. A man …", "On Monday, June 16, 2014 at 12:50 a.m. Memphis Police …"
    found = _CLOCK_NEXT.match(body, at)
    if found is None or " time" in found.group(2).lower():
        return False
    word = found.group(1).lower()
    if word in _NOT_OPENERS or (len(word) < 2 and word != "a"):
        return False
    # in lower case as a word of its own (not in a link: "http://memphis.crimestoppers…"); the pattern opens on
    # the word, a literal the scan skips to, and tests the character before it behind it (the word is ASCII
    # letters, so ".{n}" spans it): a look-behind first would be tried at every place of the text
    return (
        word in STOP_WORDS
        or re.search(rf"{word}(?<![\w'’./@-].{{{len(word)}}})(?![\w'’-]|\.\w)", text) is not None
    )


_MONTH_NAMES = (
    *("january", "february", "march", "april", "may", "june", "july", "august", "september", "october"),
    *("november", "december", "januar", "jänner", "februar", "märz", "mai", "juni", "juli", "oktober"),
    *("dezember", "marts", "maj", "mars", "desember", "tammikuuta", "helmikuuta", "maaliskuuta"),
    *("huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta"),
    *("marraskuuta", "joulukuuta", "ledna", "února", "března", "dubna", "května", "června", "července"),
    *("srpna", "září", "října", "listopadu", "prosince"),
)
"""Month names as written after a day's ordinal ("10. März"): English, German (and Austrian "Jänner"), Danish,
Norwegian, and the Finnish and Czech forms a date takes ("3. lokakuuta", "3. října")."""
_MONTH_AFTER = re.compile(
    rf"(?:{'|'.join(sorted(set(_MONTH_NAMES), key=len, reverse=True))})\b", re.IGNORECASE
)
_DIGITS = frozenset("0123456789")


def _ordinal_date(body: str, start: int, dot: int, at: int) -> bool:
    """Whether the full stop ``body[dot]`` closes a day's ordinal, one or two digits from 1 to 31 standing alone
    after ``start``, and the word at ``at`` is a month ("HOHENFURT, 10. März 2026", "am 3. Oktober"): no end."""
    first = dot
    while first > start and dot - first < 3 and body[first - 1] in _DIGITS:
        first -= 1
    if (
        first == dot
        or dot - first > 2
        or (first > start and (body[first - 1].isalnum() or body[first - 1] in ".,"))
    ):
        return False
    return 1 <= int(body[first:dot]) <= 31 and _MONTH_AFTER.match(body, at) is not None


_WORD_OR_DOT = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.")
_INITIALISM = re.compile(r"(?:[a-z]\.)+[a-z]")
_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?=[ \t]*[a-z])[^\n]+)*")


def _is_abbreviation(text: str, start: int, dot: int) -> bool:
    """Whether the word before the full stop ``text[dot]`` (looking no further back than ``start``) is an
    abbreviation or an initial: the ASCII letters and dots just before it, from the first letter on, when no
    digit or other letter runs into them ("the 1990s. He" ends a sentence: "s" is no initial there)."""
    at = dot
    while at > start and text[at - 1] in _WORD_OR_DOT:
        at -= 1
    while at < dot and text[at] == ".":
        at += 1
    if at == dot:
        return False
    word = text[at:dot].lower()
    if at > start and text[at - 1].isalnum():
        # the end of a longer word ("the 1990s.", "$5M.", "July 3rd."): only a dotted one ("1p.m.") is kept
        return "." in word and word in _ABBREVIATIONS
    if word in _ABBREVIATIONS:
        return True
    return len(word) == 1 or bool(_INITIALISM.fullmatch(word))


def split_sentences(text: str) -> list[Sentence]:
    """Split a cleaned article text into sentences; ``text[s.start:s.end] == s.text``.

    The last few texts' sentences are kept: an event's syndicated copies of one text (a sixth of the
    pipeline sample's articles) are split once, and so is a text that several stages read in turn.
    """
    return list(_split(text))


@lru_cache(maxsize=64)
def _split(text: str) -> tuple[Sentence, ...]:
    """The sentences of ``text``: each paragraph (stripped) is cut at the sentence ends followed by blanks
    and a capital, except after an abbreviation or an initial, and except where the sentence so far is one
    word (it cannot hold a blank: it starts and ends on a non-blank); and after each Chinese or Japanese end
    mark that is not the paragraph's last character."""
    sentences: list[Sentence] = []
    add = sentences.append
    next_start, space, boundaries = _NEXT_START.match, _SPACE.search, _BOUNDARY.finditer
    wide = not text.isascii() and any(mark in text for mark in WIDE_ENDS)
    if wide:
        boundaries = _WIDE_BOUNDARY.finditer
    count = 0  # len(sentences)
    for paragraph_no, match in enumerate(_PARAGRAPH.finditer(text)):
        block = match.group()
        body = block.strip()
        offset = match.start() + len(block) - len(block.lstrip())
        start = 0
        first = count
        for boundary in boundaries(body):
            end = boundary.end()
            if wide and body[boundary.start()] in WIDE_ENDS:  # the next sentence opens on the next character
                opens = end
                while opens < len(body) and body[opens].isspace():
                    opens += 1
                if boundary.start() > start and opens < len(body):
                    add(Sentence(body[start:end], offset + start, offset + end, paragraph_no, count))
                    count += 1
                    start = opens
                continue
            after = next_start(body, end)
            if after is None:
                continue
            dot = boundary.start()
            if (
                end - dot == 1
                and body[dot - 1 : dot] in _DIGITS
                and _ordinal_date(body, start, dot, after.end(1))
            ):
                continue
            if (
                body[dot] == "."
                and _is_abbreviation(body, start, dot)
                and not _clock_ends(text, body, start, dot, after.end(1))
            ):
                continue
            if count > first and not space(body, start, end):
                continue
            add(Sentence(body[start:end], offset + start, offset + end, paragraph_no, count))
            count += 1
            start = after.end(1)
        if start < len(body):
            add(Sentence(body[start:], offset + start, offset + len(body), paragraph_no, count))
            count += 1
    return tuple(sentences)
