"""Sentence splitting: a long sentence of two full clauses becomes two shorter selectable candidates.

"The storm cut power to 9,000 homes, and crews worked through the night to restore it." holds two
claims; a brief that wants only one of them had to pay for both. A split cuts at a semicolon or at a
comma before "and", "but" or "yet" when each side is a clause of its own (a verb on both sides, a
subject after the coordinator) and nothing on one side governs the other (a leading condition, a
speaker, a quotation, brackets). The first part keeps its words and the sentence's final full stop, the
second its words with the first letter upper-cased: both are pieces of the source sentence (``kept``
spans), like a compressed sentence's, and cite the whole sentence as first evidence. A sentence and its
parts are versions of one sentence: selection takes at most one of them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsfuse.summarize.compress import _inside_quote

_COORDINATOR = re.compile(r"(?:,\s+(?:and|but|yet)|;)\s+(?=\S)")
"""Where a sentence may be cut: the cut runs from the comma or semicolon to the next clause's first word."""
_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|shall|did|does|do|"
    r"said|says|told|got|gets|made|makes|took|takes|gave|gives|went|goes|came|comes|left|found|saw|"
    r"became|began|fell|rose|won|lost|held|kept|led|ran|sent|spent|built|brought|thought|paid|met|"
    r"cut|put|set|hit|hurt|shut|spread|struck|fought|caught|sought|bought|wrote|broke|spoke|chose|drove|"
    r"grew|threw|knew|drew|flew|swept|fled|stood|sold|shot|heard|felt|stuck|hung|sank|beat|hid|lay|laid|"
    r"remains|remain|continues|continue|faces|face|needs|need|wants|want|plans|plan|seems|seem|"
    r"[a-z]{2,}ed)\b"
)
"""A finite verb, roughly: auxiliaries, common irregular pasts and "-ed" words (each side needs one)."""
_SUBJECT_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "his",
        "her",
        "its",
        "their",
        "our",
        "my",
        "your",
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "you",
        "this",
        "that",
        "these",
        "those",
        "some",
        "many",
        "most",
        "all",
        "several",
        "both",
        "each",
        "no",
        "none",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "there",
        "officials",
        "police",
        "authorities",
    ]
)
"""First words of a second clause that open its subject (else a capitalised name or a figure)."""
_NOT_SUBJECT = frozenset(
    [
        "then",
        "also",
        "now",
        "still",
        "later",
        "so",
        "thus",
        "then",
        "instead",
        "that",
        "which",
        "who",
        "whose",
        "when",
        "where",
        "while",
        "as",
        "if",
        "in",
        "on",
        "at",
        "for",
        "from",
        "to",
        "by",
        "with",
        "of",
        "after",
        "before",
        "since",
        "during",
    ]
)
_HEAD_SCOPE = re.compile(
    r"^[\"'“‘]*(?:if|when|whenever|although|though|because|while|after|before|as|since|unless|once|until|"
    r"whether|not only|either|neither|both)\b",
    re.IGNORECASE,
)
"""A sentence opening with a subordinate clause or a correlative: its scope may run into the second part."""
_REPORTING = re.compile(
    r"\b(?:said|says|say|saying|told|tells|according|reported|reports|announced|announces|stated|states|"
    r"claimed|claims|added|adds|noted|warned|insisted|explained|confirmed|declared|wrote|testified|"
    r"acknowledged|admitted|argued|alleged|believes|believed|thinks|expects)\b",
    re.IGNORECASE,
)
"""Words that attribute a claim: a speaker in the first part, or a closing one in the second, may speak
for both clauses, so such a sentence is not split."""


def _clause(text: str) -> bool:
    return _VERB.search(text) is not None


def _subject_first(text: str) -> bool:
    """Whether ``text`` (the second clause) opens with a subject rather than a verb or adverb."""
    first = text.split(None, 1)[0].strip("\"'“‘(")
    if not first:
        return False
    lower = first.lower()
    if lower in _NOT_SUBJECT or _VERB.fullmatch(lower):
        return False
    if lower in _SUBJECT_WORDS or first[0].isupper() or first[0].isdigit():
        return True
    # a bare plural noun ("trucks were turned back"), not an adverb or a verb's "-s" form before a verb
    return (
        lower.endswith("s")
        and not lower.endswith(("ss", "ly", "us"))
        and _VERB.search(text, len(first)) is not None
    )


@lru_cache(maxsize=4096)
def cut_points(text: str) -> tuple[tuple[int, int], ...]:
    """The places ``text`` may be split, as (end of the first clause, start of the second), in order.

    Only a sentence ending in "." or "!" is split, never at a cut inside a quotation or brackets, nor one
    opening with a subordinate clause or a correlative, nor when the first part holds a reporting word or
    the second part's last comma-separated stretch does (a speaker who may speak for both clauses)."""
    body = text.rstrip()
    if not body or body[-1] not in ".!" or _HEAD_SCOPE.match(text):
        return ()
    found = []
    for match in _COORDINATOR.finditer(body):
        left, right = match.start(), match.end()
        first, second = body[:left], body[right:]
        if "(" in first and first.count("(") > first.count(")"):
            continue
        if _inside_quote(body, left):
            continue
        # the second clause's verb comes before its first comma: "Ahmad Jannati, who leads ..." is a list's
        # last item with a relative clause, not a clause of its own
        if not _clause(first) or not _clause(second.split(",", 1)[0]) or not _subject_first(second):
            continue
        if _REPORTING.search(first) or _REPORTING.search(second.rsplit(",", 1)[-1] if "," in second else ""):
            continue
        found.append((left, right))
    return tuple(found)


def _clip(pieces: tuple[tuple[int, int], ...], start: int, end: int) -> list[tuple[int, int]]:
    """``pieces`` (sorted, disjoint) cut to [start, end)."""
    return [(max(a, start), min(b, end)) for a, b in pieces if min(b, end) > max(a, start)]


def _covered(pieces: tuple[tuple[int, int], ...], at: int) -> bool:
    return any(a <= at < b for a, b in pieces)


def split_pieces(
    text: str, pieces: tuple[tuple[int, int], ...], min_words: int
) -> list[tuple[str, tuple[tuple[int, int], ...]]]:
    """The parts of a (maybe compressed) sentence: for every cut point both of whose sides are kept by
    ``pieces`` (offsets into the source sentence ``text``), the first part (its pieces and the final full
    stop) and the second (its pieces), as (text, pieces); parts under ``min_words`` words are left out."""
    points = cut_points(text)
    if not points:
        return []
    body_end = len(text.rstrip())
    stop = (body_end - 1, body_end)
    out = []
    for left, right in points:
        if not (_covered(pieces, left - 1) and _covered(pieces, right)):
            continue  # the cut falls in (or next to) a deleted stretch
        head = _clip(pieces, 0, left)
        while head and text[head[-1][1] - 1].isspace():  # no space before the full stop
            a, b = head[-1]
            head[-1] = (a, b - 1)
            if a >= b - 1:
                head.pop()
        tail = _clip(pieces, right, len(text))
        for part in (
            (*head, stop) if head else (),
            tuple(tail),
        ):
            if not part:
                continue
            joined = "".join(text[a:b] for a, b in part)
            if len(joined.split()) >= min_words:
                out.append((joined[:1].upper() + joined[1:], part))
    return out
