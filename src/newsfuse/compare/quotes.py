"""Direct quotes and their speakers ("…," said Mayor Lena Brandt; "…," she said)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsfuse.compare.mentions import Mention
from newsfuse.model import Article, Span
from newsfuse.text import word_tokens

_QUOTE = re.compile(r"[\"“]([^\"“”]{12,}?)[\"”]")
_VERBS = r"(?:said|says|told|added|stated|explained|noted|warned|asked|wrote|insisted|argued|recalled)"
_NAME = r"(?:[A-Z][a-z]+\.?\s+){0,3}[A-Z][\w'’-]+(?:\s+(?:Jr\.|Sr\.))?"
_TITLE_WORDS = r"(?:the\s+)?(?:[a-z]+\s+){0,4}"
_AFTER = re.compile(
    rf"^\s*,?\s*(?:{_VERBS}\s+(?P<n1>{_TITLE_WORDS}{_NAME})|(?P<n2>{_NAME}|he|she|they)\s+{_VERBS})",
)
_BEFORE = re.compile(rf"(?P<n>{_NAME}|[Hh]e|[Ss]he)\s+{_VERBS}(?:\s+\w+){{0,3}}\s*[:,]\s*$")
_PERSON = re.compile(r"\b(?:[A-Z][a-z]+\s+){1,2}[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b")
_PRONOUNS = {"he", "she", "they", "He", "She", "They"}
_ROLE_WORDS = {
    "mayor",
    "chief",
    "minister",
    "president",
    "director",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "governor",
    "senator",
    "inspector",
    "officer",
    "commissioner",
    "councillor",
    "councilor",
    "engineer",
}


def normalize_quote(text: str) -> str:
    return " ".join(word_tokens(text))


def _strip_title(name: str) -> str:
    words = name.split()
    while len(words) > 1 and (words[0].lower() in _ROLE_WORDS or words[0][0].islower()):
        words = words[1:]
    return " ".join(words)


def _last_person(text: str) -> str | None:
    people = [m.group(0) for m in _PERSON.finditer(text) if m.group(0).split()[0] not in {"The", "A", "In"}]
    return people[-1] if people else None


def extract_quotes(article: Article) -> Iterator[Mention]:
    """Direct quotes with speakers; "he said" resolves to the last named person before it."""
    text = article.text
    for match in _QUOTE.finditer(text):
        quote = match.group(1).strip().rstrip(",")
        if len(quote.split()) < 3:
            continue
        speaker = None
        after = _AFTER.match(text[match.end() : match.end() + 120])
        if after:
            speaker = after.group("n1") or after.group("n2")
        else:
            before = _BEFORE.search(text[max(0, match.start() - 120) : match.start()])
            if before:
                speaker = before.group("n")
        if speaker in _PRONOUNS:
            speaker = _last_person(text[: match.start()])
        yield Mention(
            kind="quote",
            slot=normalize_quote(quote),
            value=quote,
            text=quote,
            span=Span(article.id, match.start(1), match.start(1) + len(quote)),
            speaker=_strip_title(speaker) if speaker else None,
        )
