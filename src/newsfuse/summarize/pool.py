"""The candidate sentences of an event: each with its article, offsets, words and concepts.

A candidate is a whole article sentence without its dateline ("PINE RIDGE, S.D. (AP) -- "), so that
``article.text[start:end] == text`` always holds. Boilerplate (captions, links, credits, calls to
action, headings without a sentence end) never becomes a candidate.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

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
_BOILERPLATE = re.compile("|".join(re.escape(m) for m in _BOILERPLATE_MARKERS))
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$|[.!?][\"'”’]*\s*['`]{2}$")


@dataclass(frozen=True, slots=True)
class Candidate:
    """One selectable sentence of one article."""

    article_id: str
    start: int
    end: int
    text: str
    words: tuple[str, ...]
    """Stemmed content words (the attribution signal)."""
    concepts: frozenset[str]
    """Stemmed word bigrams (the coverage signal)."""
    position: int
    """Sentence number in its article (0 = lead)."""
    published: str

    @property
    def dangling(self) -> bool:
        """Starts with a reference or connective it cannot resolve on its own ("He said", "But")."""
        return bool(_DANGLING.match(self.text))

    @property
    def length(self) -> int:
        return len(self.text.split())


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
    return bool(_BOILERPLATE.search(text.lower())) or not _SENTENCE_END.search(text.rstrip())


def _signals(text: str, min_words: int, max_words: int) -> tuple[tuple[str, ...], frozenset[str]] | None:
    """(content words, concepts) of a selectable sentence, None for one that is never selected."""
    n = len(text.split())
    if n < min_words or n > max_words or text.rstrip("\"'”’` ").endswith("?") or is_boilerplate(text):
        return None
    words = tuple(content_words(text))
    return (words, frozenset(concept_tokens(text))) if len(words) >= 3 else None


def candidates(articles: Sequence[Article], min_words: int = 8, max_words: int = 55) -> list[Candidate]:
    """Sentences that could go into a brief (not too short or long, not a question, not boilerplate).

    A sentence text repeated across articles (syndicated copies) is analysed once.
    """
    pool = []
    seen: dict[str, tuple[tuple[str, ...], frozenset[str]] | None] = {}
    for article in articles:
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
                    signals[0],
                    signals[1],
                    sentence.index,
                    article.published or "",
                )
            )
    return pool
