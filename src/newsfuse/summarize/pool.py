"""The candidate sentences of an event: each with its article, offsets, words and concepts.

A candidate is a whole article sentence without its dateline ("PINE RIDGE, S.D. (AP) -- "), so that
``article.text[start:end] == text`` always holds. Boilerplate (captions, links, credits, calls to
action, headings without a sentence end) never becomes a candidate.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from newsfuse.model import Article
from newsfuse.summarize.concepts import concept_tokens
from newsfuse.text import content_words, split_sentences

_DANGLING = re.compile(
    r"^[\"'`“‘]*(?:he|she|they|it|his|her|their|its|this|that|these|those|but|and|or|so|also|however|"
    r"meanwhile|still|yet|then|there|such|both|instead|besides|moreover|furthermore|nevertheless|"
    r"otherwise|thus|hence|likewise|similarly|later|earlier|afterward|afterwards|the\s+(?:two|three|four)"
    r"|another|other|others|again|too)\b",
    re.IGNORECASE,
)
_DASH = r"(?:\s*(?:--|[—–_])|\s+-)\s+"
_DATELINE = re.compile(
    # "PINE RIDGE, S.D. (AP) -- ", "Port Emmet (CPS) — ", "(AP) _ "
    r"^(?:[A-ZÁÉÍÓÚÄÖÜ][A-Za-zÁÉÍÓÚÄÖÜ .,'-]{1,50}\s*)?\([A-Za-z][\w .&/-]*\)" + _DASH
)
_DATELINE_CAPS = re.compile(r"^[A-ZÁÉÍÓÚÄÖÜ][A-ZÁÉÍÓÚÄÖÜ .,'-]{1,40}" + _DASH)  # "WASHINGTON -- "
_BOILERPLATE_MARKERS = (
    "http://",
    "https://",
    "www.",
    "click here",
    "click to",
    "click on",
    "subscribe to",
    "newsletter",
    "sign up",
    "all rights reserved",
    "copyright",
    "©",
    "(ap photo",
    "getty images",
    "reuters/",
    "follow us",
    "on twitter at",
    "like us on",
    "read more",
    "continue reading",
    "advertisement",
    "wayback machine",
    "enable javascript",
    "use cookies",
    "contributed to this report",
    "wrote this story",
    "this story has been",
    "this article was",
    "this article has been",
    "this article originally",
    "slideshow",
    "video:",
    "photo:",
    "photos:",
    "photo by",
    "photo credit",
    "@",
)


def _trie_pattern(words: Sequence[str]) -> str:
    """A regex matching any of ``words``, factored by common prefixes (fewer branches tried per position)."""
    heads: dict[str, list[str]] = {}
    for word in sorted(set(words)):
        heads.setdefault(word[:1], []).append(word[1:])
    branches = []
    for head, tails in heads.items():
        if not head:
            branches.append("")
        elif len(tails) == 1:
            branches.append(re.escape(head + tails[0]))
        else:
            branches.append(re.escape(head) + _trie_pattern(tails))
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


_BOILERPLATE = re.compile(_trie_pattern(_BOILERPLATE_MARKERS))
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$|[.!?][\"'”’]*\s*['`]{2}$")


@dataclass(frozen=True, slots=True)
class Candidate:
    """One selectable sentence of one article."""

    article_id: str
    start: int
    end: int
    text: str
    words: frozenset[str]
    """Stemmed content words (the attribution signal)."""
    concepts: frozenset[str]
    """Stemmed word bigrams (the coverage signal)."""
    position: int
    """Sentence number in its article (0 = lead)."""
    published: str
    length: int
    """Words (whitespace-separated)."""
    dangling: bool
    """Starts with a reference or connective it cannot resolve on its own ("He said", "But")."""


class _Signals(NamedTuple):
    """What a sentence text yields, computed once per distinct text."""

    words: frozenset[str]
    concepts: frozenset[str]
    length: int
    dangling: bool


def strip_dateline(text: str) -> int:
    """Length of a leading dateline such as "PORT EMMET (CPS) — " or "WASHINGTON (AP) _ ", or 0."""
    match = _DATELINE_CAPS.match(text) or _DATELINE.match(text)
    if not match:
        return 0
    head = text[: match.end()]
    # a dateline names a place (and maybe an agency), it is not a clause: few words, no verb-like lower case
    lower_words = [w for w in re.findall(r"[A-Za-z]+", head) if w.islower()]
    return match.end() if len(head.split()) <= 8 and len(lower_words) <= 1 else 0


def is_boilerplate(text: str) -> bool:
    """Page chrome or credits rather than reporting: links, captions, calls to action, no sentence end."""
    return not _SENTENCE_END.search(text.rstrip()) or bool(_BOILERPLATE.search(text.lower()))


def _signals(text: str, min_words: int, max_words: int) -> _Signals | None:
    """Words, concepts, length and opener of a selectable sentence, None for one that is never selected."""
    n = len(text.split())
    if n < min_words or n > max_words or text.rstrip("\"'”’` ").endswith("?") or is_boilerplate(text):
        return None
    words = content_words(text)
    if len(words) < 3:
        return None
    return _Signals(frozenset(words), frozenset(concept_tokens(text)), n, bool(_DANGLING.match(text)))


def candidates(articles: Sequence[Article], min_words: int = 8, max_words: int = 55) -> list[Candidate]:
    """Sentences that could go into a brief (not too short or long, not a question, not boilerplate).

    A sentence text repeated across articles (syndicated copies) is analysed once.
    """
    pool = []
    seen: dict[str, _Signals | None] = {}
    for article in articles:
        published = article.published or ""
        for sentence in split_sentences(article.text):
            cut = strip_dateline(sentence.text)
            text = sentence.text[cut:]
            if text not in seen:
                seen[text] = _signals(text, min_words, max_words)
            signals = seen[text]
            if signals is None:
                continue
            pool.append(
                Candidate(
                    article.id,
                    sentence.start + cut,
                    sentence.end,
                    text,
                    signals.words,
                    signals.concepts,
                    sentence.index,
                    published,
                    signals.length,
                    signals.dangling,
                )
            )
    return pool
