"""Direct quotes with their speaker and the speaker's role ("…," said Mayor Lena Brandt; "…," she said)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from newsfuse.compare.entities import LOC_CUES, ORG_CUES, TITLES
from newsfuse.compare.mentions import Mention
from newsfuse.model import Article, Span
from newsfuse.text import split_sentences, word_tokens

_MARKS = re.compile(r"[\"“”«»\n]")
VERBS = (
    r"(?:said|says|say|told|tells|added|adds|stated|states|explained|noted|warned|asked|asks|wrote|writes|"
    r"insisted|argued|recalled|declared|announced|continued|replied|responded|acknowledged|admitted|claimed|"
    r"suggested|cautioned|stressed|emphasized|emphasised|observed|remarked|tweeted|posted|conceded|vowed|"
    r"demurred|echoed|interjected|shouted|screamed|joked|quipped|concluded|complained|predicted|promised|"
    r"recounted|testified|whispered|yelled|agreed|countered|retorted|boasted|lamented|mused|urged|"
    r"dijo|afirmó|explicó|señaló|añadió|declaró|aseguró|contó)"
)
_CAP = r"(?:[A-Z]\.|(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Lt|Gen|Sen|Rep|Capt|Gov|Prof)\.|[A-Z][\w'’-]*)"
_NAME = rf"{_CAP}(?:\s+(?:(?:de|van|von|da|del|la|le|bin|al)\s+)?{_CAP}){{0,6}}(?:\s+\([\w.-]+\))?"
_ROLE_LEAD = r"(?:(?:the|a|an|his|her|their|its)\s+)?(?:[a-z][\w'-]*\s+){0,5}?"
_DESCRIPTION = r"(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w'’-]+\s+){0,4}?[a-z][\w'-]+"
"""A speaker named by description ("a campaign spokesman", "the minister")."""
_WHO = rf"{_ROLE_LEAD}{_NAME}|{_DESCRIPTION}"
_AFTER = re.compile(
    rf"^\s*[,—–-]?\s*(?:{VERBS}\s+(?P<n1>{_ROLE_LEAD}{_NAME}|{_DESCRIPTION}|he|she|they|I|we)"
    rf"|(?:as\s+)?(?P<n2>{_WHO}|[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e)\s+(?:also\s+|later\s+|then\s+)?{VERBS}"
    rf"|(?P<n3>{_NAME}),\s+[^,\"“”]{{3,100}},\s+{VERBS})"
)
_BEFORE = re.compile(
    rf"(?P<n>{_NAME}|{_DESCRIPTION}|[Hh]e|[Ss]he|[Tt]hey)\s*,?\s+(?:also\s+|then\s+)?{VERBS}"
    rf"(?:\s+[\w'-]+){{0,6}}\s*[:,]\s*$"
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


def pronoun_antecedent(before: str) -> str | None:
    """The person a "he"/"she" refers to: the subject — first person named — of the nearest sentence before
    that names anyone (news prose keeps its subject across sentences: "Lee said X met Y. 'No,' he said.")."""
    people = [
        (m.start(), name) for m in _RUN.finditer(before) if _named_person(name := split_name(m.group(0))[0])
    ]
    if not people:
        return None
    last = people[-1][0]
    sentence_start = max(before.rfind(". ", 0, last), before.rfind("\n", 0, last)) + 1
    return next(name for start, name in people if start >= sentence_start)


def _named_person(name: str) -> bool:
    words = name.split()
    return len(words) > 1 and is_person(name) and not any(w.lower().rstrip(".") in TITLES for w in words)


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


_RUN = re.compile(r"\b[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.\s+)?[A-Z][\w'’-]+)+")
_LOWER_LEAD = re.compile(r"(?<![\w'’-])(?:[a-z][\w'’&-]*\s+){1,4}$")


def roles_in(text: str) -> dict[str, str]:
    """Person → role as the text introduces them: "Fire Chief Odette Marchand", "Luis Ferreira, a forklift
    operator at the warehouse," or "Wendell Ossory, who voted against"."""
    roles: dict[str, str] = {}
    for match in _RUN.finditer(text):
        lead = _LOWER_LEAD.search(text, max(0, match.start() - 60), match.start())
        words = ((lead.group(0) if lead else "") + match.group(0)).split()
        name, role = split_name(" ".join(words))
        if " " not in name or not is_person(name):
            continue
        role = role if role and any(w.lower().rstrip(".") in TITLES for w in role.split()) else None
        role = role or _role_after(text, match.end())
        if role:
            roles.setdefault(name, role)
    return roles


def _by_role(description: str, roles: dict[str, str], before: str) -> tuple[str, str | None]:
    """A described speaker ("the minister") resolved to the person last named before the quote whose role
    has the same head noun; otherwise the description itself, which is no person's name."""
    head = description.split()[-1].lower()
    named = [p for p, r in roles.items() if head in r.lower().split() and p in before]
    if not named:
        return description, None
    person = max(named, key=before.rfind)
    return person, roles[person]


def _role_after(text: str, end: int) -> str | None:
    found = _APPOSITIVE.match(text[end : end + 120])
    return found.group("role").strip() if found else None


@dataclass(frozen=True, slots=True)
class _Pair:
    outer_start: int
    outer_end: int
    inner_start: int
    inner: str

    def start(self) -> int:
        return self.outer_start

    def end(self) -> int:
        return self.outer_end


def quote_pairs(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the text inside each pair of double quote marks, paired in order within a paragraph
    (a straight mark opens or closes by turn; a paragraph break closes nothing and resets)."""
    opened: int | None = None
    for mark in _MARKS.finditer(text):
        ch, at = mark.group(0), mark.start()
        if ch == "\n" or (ch in "“«" and opened is not None and text[opened] in "“«"):
            opened = at if ch != "\n" else None
        elif ch in "“«" or (ch == '"' and opened is None):
            opened = at
        elif opened is not None:
            if at - opened > 9:
                yield opened + 1, at
            opened = None


def extract_quotes(article: Article) -> Iterator[Mention]:
    """Direct quotes with speakers; pronouns resolve to the last person named before the quote."""
    text = article.text
    last_speaker: tuple[int, str, str | None] | None = None
    roles = roles_in(text)
    for inner_start, inner_end in quote_pairs(text):
        raw = text[inner_start:inner_end]
        match = _Pair(inner_start - 1, inner_end + 1, inner_start + len(raw) - len(raw.lstrip()), raw.strip())
        quote = match.inner.rstrip(",")
        lead = text[max(0, match.start() - 2) : match.start()].strip()
        if len(quote.split()) < 2 or (quote[0].islower() and lead[-1:].isalnum()):
            continue  # a phrase quoted inside someone's reported speech, not a quotation of its own
        speaker = role = None
        continued = False
        name_end = match.end()
        closing = match.inner[-1]
        after = None if closing == "." else _AFTER.match(text[match.end() : match.end() + 160])
        if after and closing in "!?" and after.group("n2"):
            after = None
        if after:
            group = next(g for g in ("n1", "n2", "n3") if after.group(g))
            speaker, name_end = after.group(group), match.end() + after.end(group)
        else:
            window = text[max(0, match.start() - 200) : match.start()]
            before = _BEFORE.search(window)
            if before:
                speaker = before.group("n")
                name_end = match.start() - len(window) + before.end("n")
        if speaker and speaker.lower() in PRONOUNS:
            antecedent = pronoun_antecedent(text[: match.start()])
            speaker, role = split_name(antecedent) if antecedent else (None, None)
            role = roles.get(speaker or "", role)
        elif speaker and re.match(_DESCRIPTION + "$", speaker):
            speaker, role = _by_role(speaker, roles, text[: match.start()])
        elif speaker:
            speaker, role = split_name(speaker.rstrip(".,"))
            role = role or _role_after(text, name_end)
            speaker = full_name(speaker, text[: match.start()]) if is_person(speaker) else speaker
        elif last_speaker and "\n" not in text[last_speaker[0] : match.start()]:
            speaker, role = last_speaker[1], last_speaker[2]
            continued = True
        if speaker is None and lead[-1:].isalnum() and quote[-1] not in ".?!":
            continue  # a title or name in quote marks ("Contract with America"), not speech
        if speaker:
            role = role or roles.get(speaker)
            last_speaker = (match.end(), speaker, role)
        yield Mention(
            kind="quote",
            slot=normalize_quote(quote),
            value=quote,
            text=quote,
            span=Span(article.id, match.inner_start, match.inner_start + len(quote)),
            speaker=speaker,
            role=role,
            continued=continued,
        )


_SPEAKER = rf"(?P<sp>{_ROLE_LEAD}{_NAME}|[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)"
_REPORTED = (
    re.compile(
        rf"^(?:[A-Z]\w*(?:\s+\w+){{0,4}},\s+)?{_SPEAKER}\s+(?:also\s+|later\s+)?{VERBS}"
        rf"(?:\s+(?:on\s+)?\w+day)?(?:\s+(?:reporters|journalists|(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*))?\s*(?:that\s+|,\s*)?(?P<c>[^\"“”]{{12,}}?)[.!?]?$"
    ),
    re.compile(rf"^(?P<c>[^\"“”]{{12,}}?),\s+{_SPEAKER}\s+{VERBS}\b[^\"“”]{{0,80}}[.!?]$"),
    re.compile(rf"^(?P<c>[^\"“”]{{12,}}?),\s+{VERBS}\s+{_SPEAKER}\b[^\"“”]{{0,80}}[.!?]$"),
    re.compile(rf"^[Aa]ccording\s+to\s+{_SPEAKER},\s+(?P<c>[^\"“”]{{12,}}?)[.!?]?$"),
    re.compile(rf"^(?P<c>[^\"“”]{{12,}}?),?\s+according\s+to\s+{_SPEAKER}[^\"“”]{{0,60}}[.!?]$"),
    re.compile(
        rf"^[^\"“”]{{0,80}}?(?:,|\band|\bbut)\s+{_SPEAKER}\s+(?:also\s+|later\s+)?{VERBS}"
        rf"(?:\s+(?:reporters|journalists))?\s+(?:that\s+)?(?P<c>[^\"“”]{{12,}}?)[.!?]?$"
    ),
)


def extract_reported(article: Article) -> Iterator[Mention]:
    """Reported (indirect) speech: "X said (that) …", "…, X said.", "According to X, …" — sentences without
    quote marks. Kind "reported": kept out of the cross-source quote facts, which compare exact words."""
    text = article.text
    for sentence in split_sentences(text):
        body = sentence.text.strip()
        if _MARKS.search(body.replace("\n", " ")):
            continue
        for pattern in _REPORTED:
            found = pattern.match(body)
            if not found:
                continue
            speaker = found.group("sp")
            offset = sentence.start + (len(sentence.text) - len(sentence.text.lstrip()))
            start = offset + found.start("c")
            if speaker.lower() in PRONOUNS:
                antecedent = pronoun_antecedent(text[:start])
                speaker = split_name(antecedent)[0] if antecedent else speaker
            else:
                speaker = split_name(speaker)[0]
                speaker = full_name(speaker, text[:start]) if is_person(speaker) else speaker
            yield Mention(
                kind="reported",
                slot=normalize_quote(found.group("c")),
                value=found.group("c"),
                text=found.group("c"),
                span=Span(article.id, start, offset + found.end("c")),
                speaker=speaker,
            )
            break
