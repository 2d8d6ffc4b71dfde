"""Quote drift: how versions of one quote differ across outlets (trimmed, paraphrased, meaning changed,
speaker changed), and source-quality signals of machine translation or content-farm rewriting."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from difflib import SequenceMatcher
from functools import lru_cache

from newsfuse.compare.mentions import Mention
from newsfuse.compare.versions import contains, group_versions
from newsfuse.model import Article, QuoteDrift
from newsfuse.text.words import STOP_WORDS, stem

TRIMMED, PARAPHRASED, MEANING, SPEAKER = "trimmed", "paraphrased", "meaning_changed", "speaker_changed"


def classify(original: str, drifted: str) -> str:
    """Word-level diff of two normalised versions: trimmed, paraphrased or meaning_changed.

    A version that only drops words at its ends is trimmed. Changed or inserted content words (not
    stop words, not the same stem) change the meaning ("targeted inspections" → "mass inspections");
    changes of function words or word forms only are a paraphrase.
    """
    if original == drifted or contains(original, drifted) or contains(drifted, original):
        return TRIMMED
    a, b = original.split(), drifted.split()
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag in ("replace", "insert"):
            old = {stem(w) for w in a[i1:i2] if w not in STOP_WORDS}
            new = {stem(w) for w in b[j1:j2] if w not in STOP_WORDS}
            if new - old:
                return MEANING
    return PARAPHRASED


def quote_drift(
    quotes: Sequence[Mention], published: dict[str, str], threshold: float
) -> Iterator[QuoteDrift]:
    """Each later version of a quote compared with the earliest published one of its utterance."""
    for versions in group_versions(quotes, threshold):
        mentions = sorted(
            (m for v in versions for m in v.mentions),
            key=lambda m: (published.get(m.span.article_id) or "9999", m.span.article_id),
        )
        if len({m.span.article_id for m in mentions}) < 2:
            continue
        first = mentions[0]
        for other in mentions[1:]:
            if other.span.article_id == first.span.article_id:
                continue
            change = classify(first.slot, other.slot)
            named = first.speaker and other.speaker
            if change == TRIMMED and named and _last(first.speaker) != _last(other.speaker):
                change = SPEAKER
            yield QuoteDrift(
                original=first.span,
                drifted=other.span,
                change=change,
                original_text=first.text,
                drifted_text=other.text,
                original_speaker=first.speaker,
                drifted_speaker=other.speaker,
            )


def _last(name: str | None) -> str:
    return (name or "").split()[-1] if name else ""


_GARBLE_HINTS = tuple(
    re.compile(p)
    for p in (
        r"said\s+(?:that\s+)?(?:said|stated|told)",
        r"stated\s+(?:that\s+)?(?:said|stated|told)",
        r"told\s+(?:that|said|stated|told)",
        r"informed\s+that",
        r"expressed\s+that",
        r"press\s+that",
        r"journalists\s+that",
    )
)
"""On folded text, one of these matches wherever the garbled speech verb pattern does; each starts with a
word, which the regex engine finds by a fast literal scan (the full pattern tries most positions)."""

_SIGNALS: list[
    tuple[str, tuple[str | re.Pattern[str], ...], re.Pattern[str]]
] = [  # (name, folded strings a match contains one of, or hint patterns one of which matches the
    # folded text wherever the pattern matches; pattern)
    (
        "bracketed gloss",
        tuple(
            bracket + gloss
            for bracket in "(["
            for gloss in ("i.e.", "meaning", "literally", "lit.", "that is,", "translated")
        ),
        re.compile(r"\w\s[\[(](?:i\.e\.|meaning|literally|lit\.|that is,|translated)[^\])]{2,60}[\])]", re.I),
    ),
    (
        "garbled speech verb",
        _GARBLE_HINTS,  # "said" is in nearly every article: no cheap cue string
        re.compile(
            # the look-aheads first: the scan skips most positions at once, and the look-behinds run only
            # where the verb is
            r"(?=[deist])(?:\b(?:said|stated|told)\s+(?:that\s+)?(?:said|stated|told)\b"
            r"|(?=(?:informed|told|expressed)\s+that\b)(?<!was )(?<!were )(?<!been )(?<!being )(?<!is )(?<!are )(?<!be )(?<!get )(?<!got )\b(?:informed|told|expressed)\s+that\b"
            r"|\bdeclared to the press that\b|\bsaid to journalists that\b)",
            re.I,
        ),
    ),
    (
        "calqued idiom",
        (
            "ke a decision",
            "ok a decision",
            "en a decision",
            "ng a decision",
            "in the frame of",
            "gave a press",
            "ke a question",
            "de a question",
            "put attention",
            "realize a study",
            "realized a study",
        ),
        re.compile(
            r"\b(?:take|took|taken|taking) a decision\b|\bin the frame of\b|\bgave a press\b"
            r"|\b(?:make|made) a question\b|\bput attention\b|\brealized? a study\b",
            re.I,
        ),
    ),
    (
        "spun synonyms",
        ("fireplace fighters", "hearth fighters", "law enforcement officials officers"),
        re.compile(r"\b(?:fireplace fighters|hearth fighters|law enforcement officials officers)\b", re.I),
    ),
]
_FOLDS = (("\u0130", "i"), ("\u0131", "i"), ("\u017f", "s"), ("\u212a", "k"))
"""The non-ASCII letters an ignore-case pattern matches to ASCII ones, with those letters."""


def folded(text: str) -> str:
    """The text lower-cased with the letters of _FOLDS replaced: an ignore-case match of an ASCII pattern in
    the text contains the pattern's literal words, lower-cased, in the folded text."""
    if not text.isascii():
        for letter, ascii_letter in _FOLDS:
            text = text.replace(letter, ascii_letter)
    return text.lower()


_SHARED = ("(", "[", " a decision", " a question", "realize", "fighters")
"""Pieces several cue strings hold: a text without one of them cannot hold the cues that do (one scan
of the text spares the others; most texts hold none of these cues)."""


def _keyed(strings: Iterable[str]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The cue strings under the first shared piece each holds, as (piece, cues); a cue holding none is its
    own piece, with no cues after it (finding the piece is finding the cue)."""
    groups: dict[str, list[str]] = {}
    for cue in strings:
        piece = next((shared for shared in _SHARED if shared in cue), cue)
        groups.setdefault(piece, [])
        if piece != cue:
            groups[piece].append(cue)
    return tuple((piece, tuple(cues)) for piece, cues in groups.items())


_CHECKS = [
    (
        name,
        _keyed(c for c in cues if isinstance(c, str)),
        tuple(c for c in cues if isinstance(c, re.Pattern)),
        pattern,
    )
    for name, cues, pattern in _SIGNALS
]
"""_SIGNALS with each one's cue strings (under their shared pieces) and hint patterns apart."""


def quality_notes(articles: Iterable[Article]) -> Iterator[tuple[str, str]]:
    """(article id, note) for each signal of machine translation or content-farm rewriting found.

    A pattern runs only on texts whose folded form holds one of its cues (same notes, most texts skip
    every pattern)."""
    for article in articles:
        for note in text_notes(article.text):
            yield article.id, note


@lru_cache(maxsize=256)
def text_notes(text: str) -> tuple[str, ...]:
    """The notes of :func:`quality_notes` for one text (kept for the latest: an event's copies of one text
    are read one after the other)."""
    lower = folded(text)
    has = lower.__contains__
    notes = []
    for name, keyed, hints, pattern in _CHECKS:
        if not (
            any(has(piece) and (not cues or any(map(has, cues))) for piece, cues in keyed)
            or any(hint.search(lower) for hint in hints)
        ):
            continue
        hits = pattern.findall(text)
        if hits:
            notes.append(f"{name}: {len(hits)} occurrence(s), e.g. {hits[0]!r}")
    return tuple(notes)
