"""Direct quotes with their speaker and the speaker's role ("…," said Mayor Lena Brandt; "…," she said)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsfuse.compare.entities import LOC_CUES, ORG_CUES, TITLES
from newsfuse.compare.mentions import Mention
from newsfuse.model import Article, Span
from newsfuse.text import word_tokens

_QUOTE = re.compile(r"[\"“«]\s?([^\"“”«»]{8,}?)\s?[\"”»]")
VERBS = (
    r"(?:said|says|say|told|tells|added|adds|stated|states|explained|noted|warned|asked|wrote|writes|insisted|"
    r"argued|recalled|declared|announced|continued|replied|responded|acknowledged|admitted|claimed|"
    r"suggested|cautioned|stressed|emphasized|emphasised|observed|remarked|tweeted|posted|conceded|vowed)"
)
_CAP = r"(?:[A-Z]\.|(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Lt|Gen|Sen|Rep|Capt|Gov|Prof)\.|[A-Z][\w'’-]*)"
_NAME = rf"{_CAP}(?:\s+(?:(?:de|van|von|da|del|la|le|bin|al)\s+)?{_CAP}){{0,6}}"
_ROLE_LEAD = r"(?:(?:the|a|an|his|her|their|its)\s+)?(?:[a-z][\w'-]*\s+){0,5}?"
_AFTER = re.compile(
    rf"^\s*[,—–-]?\s*(?:{VERBS}\s+(?P<n1>{_ROLE_LEAD}{_NAME}|he|she|they|I|we)"
    rf"|(?P<n2>{_ROLE_LEAD}{_NAME}|[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e)\s+(?:also\s+|later\s+|then\s+)?{VERBS})"
)
_BEFORE = re.compile(
    rf"(?P<n>{_NAME}|[Hh]e|[Ss]he|[Tt]hey)\s+(?:also\s+)?{VERBS}(?:\s+[\w'-]+){{0,6}}\s*[:,]\s*$"
)
_PERSON = re.compile(r"\b[A-Z][a-z'’]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?){1,2}\b")
_APPOSITIVE = re.compile(
    r"^\s*,\s*(?:who\s+(?:is\s+|was\s+)?|(?:the|a|an)\s+)"
    r"(?P<role>(?:chairs|runs|leads|heads|owns|manages|represents|[a-z])[^,.;\"“”]{2,90})"
)
PRONOUNS = {"he", "she", "they", "i", "we"}
_NOT_PEOPLE = ORG_CUES | LOC_CUES | {"the", "a", "in", "on", "at", "but", "and"}


def normalize_quote(text: str) -> str:
    return " ".join(word_tokens(text))


def split_name(phrase: str) -> tuple[str, str | None]:
    """("Millbrook Fire Chief Ruth Pembroke") → ("Ruth Pembroke", "Millbrook Fire Chief")."""
    words = phrase.split()
    cut = 0
    for i, word in enumerate(words[:-1]):
        if word.lower().rstrip(".,") in TITLES or word[0].islower():
            cut = i + 1
    name = " ".join(words[cut:])
    role = " ".join(words[:cut]).strip() or None
    if role and role.split()[0].lower() in {"the", "a", "an", "his", "her", "their", "its"}:
        role = " ".join(role.split()[1:]) or None
    return name, role


def is_person(name: str) -> bool:
    words = name.split()
    return bool(words) and words[-1].lower() not in _NOT_PEOPLE and words[0].lower() not in _NOT_PEOPLE


def _people(text: str) -> list[re.Match[str]]:
    return [m for m in _PERSON.finditer(text) if is_person(m.group(0))]


def full_name(name: str, text: str) -> str:
    """A surname-only mention expanded to the full name it shortens earlier in the text, if any."""
    if " " in name:
        return name
    found = list(re.finditer(rf"(?:\b[A-Z][\w'’-]+\s+(?:[A-Z]\.\s+)?){{1,4}}{re.escape(name)}\b", text))
    for match in reversed(found):
        full, _ = split_name(match.group(0))
        if " " in full and is_person(full):
            return full
    return name


def _role_after(text: str, end: int) -> str | None:
    found = _APPOSITIVE.match(text[end : end + 120])
    return found.group("role").strip() if found else None


def extract_quotes(article: Article) -> Iterator[Mention]:
    """Direct quotes with speakers; pronouns resolve to the last person named before the quote."""
    text = article.text
    last_speaker: tuple[int, str, str | None] | None = None
    roles: dict[str, str] = {}
    for match in _QUOTE.finditer(text):
        quote = match.group(1).strip().rstrip(",")
        if len(quote.split()) < 2:
            continue
        speaker = role = None
        name_end = match.end()
        closing = match.group(1).rstrip()[-1]
        after = None if closing == "." else _AFTER.match(text[match.end() : match.end() + 160])
        if after and closing in "!?" and not after.group("n1"):
            after = None
        if after:
            group = "n1" if after.group("n1") else "n2"
            speaker, name_end = after.group(group), match.end() + after.end(group)
        else:
            window = text[max(0, match.start() - 200) : match.start()]
            before = _BEFORE.search(window)
            if before:
                speaker = before.group("n")
                name_end = match.start() - len(window) + before.end("n")
        if speaker and speaker.lower() in PRONOUNS:
            people = _people(text[: match.start()])
            speaker, role = split_name(people[-1].group(0)) if people else (None, None)
            role = roles.get(speaker or "", role)
        elif speaker:
            speaker, role = split_name(speaker.rstrip(".,"))
            role = role or _role_after(text, name_end)
            speaker = full_name(speaker, text[: match.start()]) if is_person(speaker) else speaker
        elif last_speaker and "\n" not in text[last_speaker[0] : match.start()]:
            speaker, role = last_speaker[1], last_speaker[2]
        if speaker:
            last_speaker = (match.end(), speaker, role)
            if role:
                roles.setdefault(speaker, role)
        yield Mention(
            kind="quote",
            slot=normalize_quote(quote),
            value=quote,
            text=quote,
            span=Span(article.id, match.start(1), match.start(1) + len(quote)),
            speaker=speaker,
            role=role,
        )
