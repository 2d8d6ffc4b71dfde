"""Short blocks in the site's or the police's voice that tell the reader nothing about the event: a note on the
item's own versions, a station's promotion, a tip-line appeal (twenty-third round; read by ``plaintext``)."""

from __future__ import annotations

import re

from newsfuse.clean.pagenotes import holds_phrase

_PAGE_NOTE = re.compile(
    r"\beditor'?s'? note\b[^\n]{0,80}\b(?:updated|corrected|correction|revised|amended|originally)\b"
    r"|\b(?:this|the) (?:item|story|article|post|report|piece|page) (?:has been|was|will be|is being) "
    r"(?:updated|corrected|revised|amended)\b"
    r"|\bthis is a (?:developing|breaking) (?:news )?(?:story|situation)\b"
    r"|\b(?:stay|keep it) (?:with|tuned to|locked (?:to|on)) [^\n]{1,60}?"
    r"(?:\bfor (?:the latest|more|updates|further|continuing)\b|\bas (?:we|more (?:details|information))\b"
    r"|\bupdates?\b)"
    r"|\bcheck back (?:with [^\n]{1,40} )?(?:for (?:updates|more|the latest)|later)\b"
)
"""The site speaking about the page rather than the event (lower case): an editor's note on the item's versions
("[Editor's note: This item has been updated since it was originally posted.]"), a promotion ("Stay with <station>
for updates", "as we learn more"), "This is a developing story", "Check back for updates"."""
_PAGE_NOTE_HINTS = (
    "note",
    "updated",
    "corrected",
    "revised",
    "amended",
    "developing",
    "breaking",
    "stay ",
    "keep it",
    "check back",
)
"""Substrings one of which every ``_PAGE_NOTE`` match holds (the pattern is tried only on blocks with one)."""


def is_page_note(lower: str) -> bool:
    """Whether a lower-cased block holds a ``_PAGE_NOTE`` phrase."""
    return holds_phrase(lower, _PAGE_NOTE_HINTS, _PAGE_NOTE)


_REQUEST = re.compile(
    r"\b(?:call|calling|contact|contacting|text|texting|dial|reach|submit|submitted|email|e-mail)\b[^.!?]{0,120}?"
    r"(?:\d{3}|\b(?:police|detectives?|investigators?|sheriff|department|division|unit|bureau|office|crime"
    r"|tips?|hotline|anonymous\w*)\b)"
    r"|\b(?:information|tips?|anyone who|witness\w*)\b[^.!?]{0,120}?\b(?:call|calling|contact|contacting|text"
    r"|texting|dial|reach)\b"
)
"""A request to get in touch: a contact verb (present or -ing form: "were called" is no request) with whom or
what to contact, or information or tips then the verb ("anyone with information is asked to call")."""
_TIP_LINE = re.compile(
    r"\bcrime ?(?:stoppers|solvers|line|alert)\b|\btip ?(?:-?line|411)\b|\bhotline\b|\bsilent witness\b"
)
_CASE = re.compile(
    r"\b(?:crime\w*|police|detectives?|investigat\w*|sheriff\w*|deputies|homicide|tips?|tipsters?|anonym\w*"
    r"|shooting|suspects?|whereabouts|witness\w*)\b"
)
"""What makes a call for information a tip line rather than a business's contact line ("call 800-487-1074")."""
_TIPSTER = re.compile(r"\banonym\w*|\bconfidential\w*|\bidentit(?:y|ies)\b|\bcash rewards?\b|\bqualify for\b")
_CHANNEL = re.compile(
    r"\(?\b\d{3}\)?[-. ]?\d{3}[-. ]\d{4}\b|\b\d{3}[-.]\d{4}\b|\b\d{3}[-. ]?[A-Z]{4,}\b|\b1-8\d\d-"
)
"""A telephone number, in digits or with letters ("713-222-TIPS", "1-866-7LOCKUP")."""
_THREE_DIGITS = re.compile(r"\d\d\d")
"""What every ``_CHANNEL`` match holds: a quick test first (a tenth of the blocks have three digits in a row)."""
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+")
_ABBREVIATION = re.compile(r"(?:\b[A-Z][a-z]{0,3}|\b[A-Z](?:\.[A-Z])*|\b[Ee]xt|\b[Nn]o)\.$")
"""A piece ending in a short abbreviation ("Det.", "Sgt.", "U.S.", "ext."): no sentence end."""


def _sentences(block: str) -> list[str]:
    """The block's sentences: split at every stop followed by a space (a garbled copy's lower-case start too, so
    that a news sentence never rides along with an appeal), but not after a short abbreviation."""
    out: list[str] = []
    for piece in _SENTENCE_BREAK.split(block):
        if out and _ABBREVIATION.search(out[-1]):
            out[-1] += " " + piece
        else:
            out.append(piece)
    return out


_TIP_HINTS = (
    "call",
    "contact",
    "text",
    "dial",
    "reach",
    "submit",
    "mail",
    "anonym",
    "confidential",
    "identit",
    "reward",
    "qualify",
    "crime",
    "tip",
    "hotline",
    "silent witness",
)
"""Substrings one of which every sentence ``is_tip_line`` accepts holds (the patterns are tried only on blocks with
one)."""
TIP_WORDS = 60
"""A tip-line appeal has at most this many words."""


def is_tip_line(block: str) -> bool:
    """A tip-line appeal: a block of at most ``TIP_WORDS`` words with a telephone number and a word of a case
    (police, crime, tips, a shooting, a suspect: ``_CASE``), each of whose sentences asks the public to get in
    touch (``_REQUEST``), names a tip line with what it offers or speaks of the tipster's anonymity ("Anyone with
    information is asked to call Crime Stoppers at 713-222-TIPS. Callers can remain anonymous.")."""
    if not _THREE_DIGITS.search(block) or len(block.split()) > TIP_WORDS:
        return False
    lower = block.lower()
    if not any(hint in lower for hint in _TIP_HINTS) or not _CHANNEL.search(block) or not _CASE.search(lower):
        return False
    for sentence in _sentences(block):
        lower = sentence.lower()
        if _REQUEST.search(lower) or _TIPSTER.search(lower):
            continue
        if _TIP_LINE.search(lower) and ("report" in lower or "submit" in lower):
            continue
        return False
    return True
