"""Sentences that say nothing on their own (reader audit r22-r24: "The fire is likely to be felt well beyond
Port Emmet.", "No other information is available at this time."), and sentences of a quotation whose speaker
is in another sentence (round 25: "The fact that she's been there for so long definitely factors into it.''").

A reader can hold a brief sentence to something when it gives a number, a date or time, a quotation, a
source ("police said") or a name its article has not given before. A short sentence with none of these
whose claim is a prospect, a hope or a judgement ("likely", "hopes", "well beyond", "not available") tells
the reader nothing they could check: the brief keeps it out when another sentence fits (``brief``'s
penalty, as for a dangling opener).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

MAX_WORDS = 16
"""Longer sentences carry something to hold in every case read (reader audit r24)."""

_ANCHOR = re.compile(
    r"\d|[\"“”]|``|''"
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?"
    r"|thousands?|millions?|billions?|dozens?|half|first|second|third"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july"
    r"|august|september|october|november|december|today|yesterday|tomorrow|tonight|morning|afternoon"
    r"|evening|night|weekend|week|month|year|years|ago"
    r"|said|says|say|told|tells|according|reported|reports|announced|stated|added|claimed|warned|wrote"
    r"|testified|confirmed|insisted|estimated|believes?|believed|suspected)\b",
    re.IGNORECASE,
)
"""A number, date or time, quotation or attribution (a belief too: "Cops believe he was possibly …"):
something a reader can hold the sentence to."""
_VAGUE = re.compile(
    r"\b(?:likely|unlikely|hopes?|hoped|hoping|perhaps|possibly|probably|certainly|surely|available|unclear"
    r"|enough|felt|(?<!as )well(?! as\b))\b",
    re.IGNORECASE,
)
"""A prospect, hope or judgement as the sentence's claim ("seems", "appears" are not: "the shooting appears
to be accidental" is a finding)."""
_VAGUE_PARTS = (
    "likely",
    "hop",
    "perhaps",
    "possibly",
    "probably",
    "certainly",
    "surely",
    "available",
    "unclear",
    "enough",
    "felt",
    "well",
)
"""A part of each of ``_VAGUE``'s words, in lower case: on ASCII text the pattern's case-insensitive match is
a match of the lower-cased text, so a text whose lower-cased copy holds none of these has none (the test reads
the parts against the pattern's words)."""
_NAME = re.compile(r"[A-Z][\w'’.-]*")
_EDGE = "\"'`“”‘’.,;:!?()[]_"


def says_nothing(text: str, article: str = "", start: int = 0) -> bool:
    """Whether ``text`` says nothing on its own: at most ``MAX_WORDS`` words, no number, date, time,
    quotation or attribution (``_ANCHOR``), no name past its first word that ``article``'s text before
    ``start`` (where the sentence stands in it) lacks, and a prospect or judgement (``_VAGUE``) for its
    claim."""
    words = text.split()
    if len(words) > MAX_WORDS or not _vague(text) or _ANCHOR.search(text):
        return False
    for word in words[1:]:
        name = word.strip(_EDGE).removesuffix("'s").removesuffix("’s")
        if _NAME.fullmatch(name) and article.find(name, 0, start) < 0:
            return False
    return True


def _vague(text: str) -> bool:
    """Whether ``_VAGUE`` finds a prospect or judgement in ``text``; an ASCII text none of whose
    ``_VAGUE_PARTS`` is in its lower-cased copy is spared the pattern's scan (most sentences)."""
    if text.isascii():
        lowered = text.lower()
        for part in _VAGUE_PARTS:
            if part in lowered:
                break
        else:
            return False
    return _VAGUE.search(text) is not None


_MARK = re.compile(r"``|''|[\"“”]")
_SPEECH_VERB = re.compile(
    r"\b(?:said|says|say|saying|told|tells|added|adds|asked|asks|wrote|writes|according\s+to|explained|stated"
    r"|declared|insisted|argued|noted|recalled|continued|testified|announced|warned|acknowledged|conceded"
    r"|replied|responded|quoted)\b",
    re.IGNORECASE,
)
_BEFORE_OPEN = " \t\n([{—–-"
"""A straight quote (or ``''``) at the start or after one of these opens a quotation; after a word, it closes one."""
_AFTER_END = " \t\n.,;:!?'\"”’)"
"""What may follow a quotation that ends its sentence."""


def _has_mark(text: str) -> bool:
    """Whether ``text`` holds any quotation mark (a cheap test before ``_MARK``'s scan)."""
    return '"' in text or "''" in text or "``" in text or "“" in text or "”" in text


def _walk(text: str) -> Iterator[tuple[re.Match[str], bool]]:
    """Each quotation mark of ``text`` that counts, and whether it opens a quotation: ``, “ and a straight
    quote at the start or after ``_BEFORE_OPEN`` open one; any other closes it. A straight quote after a digit
    with no quotation open is seconds or inches ("1h 12' 06\"", "6’3”"), not a mark ('"C4"' is)."""
    inside = False
    for mark in _MARK.finditer(text):
        at, sign = mark.start(), mark.group()
        if not inside and sign in ('"', "''", "”") and at and text[at - 1].isdigit():
            continue
        inside = sign in ("``", "“") or (sign != "”" and (at == 0 or text[at - 1] in _BEFORE_OPEN))
        yield mark, inside


def quote_without_speaker(text: str) -> bool:
    """Whether ``text`` is a quotation whose speaker is in another sentence: it closes a quotation it never
    opened and names no speaker after the close ("… factors into it.''"), opens with one it never closes
    ("``I'm not aware of any law …"; a quotation opened later in the sentence has its speaker or source
    before it: 'the chief said in a statement, stating, "I have …'), or is one quotation from end to end
    ('“To see my friend die in front of my face."'). Shown alone, such a sentence gives someone's words as
    the brief's own claim."""
    if not _has_mark(text):
        return False
    inside, opened = False, 0
    for mark, opens in _walk(text):
        if opens:
            if not inside:
                inside, opened = True, mark.start()
        elif inside:
            inside = False
            if opened == 0 and not text[mark.end() :].strip(_AFTER_END):
                return True  # the whole sentence is a quotation, and no one is said to have said it
        elif _SPEECH_VERB.search(text, mark.end()) is None:
            return True  # closes what it never opened, and no one is said to have said it
    return inside and opened == 0  # the whole sentence is the quotation's: its speaker comes after it


def continues_quotation(text: str, article: str, start: int) -> bool:
    """Whether a sentence with no quotation mark of its own (``text``, at ``start`` in ``article``) stands
    inside a quotation its paragraph opened before it: the middle sentence of '"We saw it. It was terrible.
    No one helped," she said.' Shown alone it gives the speaker's words as the brief's own claim. A sentence
    that names a speaker ("…, Montgomery said.") is the reporter's, after a quotation its source never closed."""
    paragraph = article.rfind("\n", 0, start) + 1
    head = article[paragraph:start]
    if not _has_mark(head) or _has_mark(text) or _SPEECH_VERB.search(text):
        return False
    inside = False
    for _, opens in _walk(head):
        inside = opens
    return inside
