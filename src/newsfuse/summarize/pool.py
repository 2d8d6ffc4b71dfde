"""The candidate sentences of an event: each with its article, offsets and content words."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from newsfuse.model import Article
from newsfuse.text import content_words, split_sentences

_DANGLING = re.compile(
    r"^(?:he|she|they|it|his|her|their|its|this|that|these|those|but|and|or|so|also|however|meanwhile|"
    r"still|yet|then|there)\b",
    re.IGNORECASE,
)
_DATELINE = re.compile(r"^[A-ZÁÉÍÓÚÄÖÜ][A-ZÁÉÍÓÚÄÖÜ .,'-]{2,40}(?:\([\w .]+\))?\s*[—–-]{1,2}\s*")


@dataclass(frozen=True, slots=True)
class Candidate:
    article_id: str
    start: int
    end: int
    text: str
    words: tuple[str, ...]
    position: int
    """Sentence number in its article (0 = lead)."""
    published: str

    @property
    def dangling(self) -> bool:
        return bool(_DANGLING.match(self.text))


def strip_dateline(text: str) -> int:
    """Length of a leading dateline such as "PORT EMMET (CPS) — ", or 0."""
    match = _DATELINE.match(text)
    return match.end() if match else 0


def candidates(articles: Sequence[Article], min_words: int = 6, max_words: int = 60) -> list[Candidate]:
    """Sentences that could go into a brief (not too short, not too long, not a question)."""
    pool = []
    for article in articles:
        for sentence in split_sentences(article.text):
            n = len(sentence.text.split())
            if n < min_words or n > max_words or sentence.text.rstrip("\"'”’ ").endswith("?"):
                continue
            words = tuple(content_words(sentence.text))
            if len(words) < 3:
                continue
            pool.append(
                Candidate(
                    article.id,
                    sentence.start,
                    sentence.end,
                    sentence.text,
                    words,
                    sentence.index,
                    article.published or "",
                )
            )
    return pool
