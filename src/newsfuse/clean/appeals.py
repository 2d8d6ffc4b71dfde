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
PAGE_NOTE_TOKENS = frozenset(
    ["note", "updated", "corrected", "revised", "amended", "developing", "breaking", "stay", "keep", "check"]
)
"""Words (``\\w+`` tokens of the lower-cased block) one of which every ``_PAGE_NOTE`` match holds, one per form
of it: a test a caller can make for a whole page at once (``PageFeatures.word_marks``)."""


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


_OPENER = re.compile(
    r"(?:Anyone|Anybody|Those|People|Persons|Members of the public|Residents|Witnesses)"
    r" (?:with|who|having|that|wishing|able)\b"
    r"|If (?:you|anyone)\b|(?:Callers|Tipsters) (?:can|may|will|are|do|who)\b"
    r"|(?:Anonymous )?Tips (?:can|may|are|will|also)\b|Information (?:can|may) be\b"
    r"|To (?:report|submit|leave|share) (?:a |an |any )?(?:tip|information)\b|You (?:can|may) (?:also )?"
    r"(?:call|contact|text|submit|email|e-mail|remain|leave|reach)\b"
    r"|(?:Police|Detectives|Investigators|Authorities|Officials|The (?:sheriff's office|department|public))"
    r" (?:are |is )?(?:ask|asking|asked|urge|urging|encourage|encouraging)\w* (?:anyone|the public|residents"
    r"|people|witnesses|those)\b"
    r"|(?P<prompt>Sign up|Click here)\b"
)
"""A sentence that opens as an appeal to the reader or the public (case as written: the sentence's first words)."""
_GLUED = re.compile(r"(?<=[a-z0-9)][.!?])(?=[A-Z][a-z])")
"""A stop with no space after it before a capitalised word: a garbled copy's sentence break."""
_STOP_BEFORE = re.compile(r"[.!?][\"'”’)]?\s*$")
_CONTACT = re.compile(r"\bwww\.|\.(?:com|org|gov)\b|@\w")
_OPENS_AFTER_STOP = re.compile(
    _STOP_BEFORE.pattern.removesuffix("$") + "(?:" + _OPENER.pattern.replace("(?P<prompt>", "(?:") + ")"
)
"""An ``_OPENER`` right after a sentence end (``_STOP_BEFORE``): what every appeal tail starts with, searched for
first (one scan that stops only at a stop; most blocks have no such opener)."""
APPEAL_SENTENCE_WORDS = 60
"""A sentence of an appeal tail has at most this many words."""
APPEAL_TAIL_WORDS = 90
"""An appeal tail has at most this many words."""


def _asks_contact(lower: str, original: str) -> bool:
    """Whether a sentence asks for contact or speaks of the tip line (the per-sentence test of ``is_tip_line``, or a
    telephone number, web or mail address)."""
    return bool(
        _REQUEST.search(lower)
        or _TIPSTER.search(lower)
        or _TIP_LINE.search(lower)
        or _CHANNEL.search(original)
        or _CONTACT.search(lower)
    )


def _tail_piece_ok(piece: str) -> bool:
    """Whether one piece of a candidate tail (a sentence, split at garbled stops too) is appeal, not news."""
    if len(piece.split()) > APPEAL_SENTENCE_WORDS:
        return False
    opener = _OPENER.match(piece)
    if opener and opener.group("prompt"):
        return True
    return _asks_contact(piece.lower(), piece)


_CONTACT_HINTS = (*_TIP_HINTS, "www.", ".com", ".org", ".gov", "@")
"""Substrings one of which every sentence ``_asks_contact`` accepts without a number holds."""


def _all_appeal(text: str) -> bool:
    """Whether every sentence of a text, split at glued stops too, is appeal (``_tail_piece_ok``)."""
    return all(_tail_piece_ok(p) for s in _sentences(text) for p in _GLUED.split(s) if p.strip())


def appeal_tail(block: str) -> tuple[int, str] | None:
    """Where a block's trailing appeal starts and its reason (``tip_line`` or ``reader_prompt``), or None: the tail
    opens with an ``_OPENER`` sentence after a sentence end (a garbled stop with no space counts), every sentence
    of it (split at garbled stops too) asks for contact or is a sign-up/click prompt, the tail is at most
    ``APPEAL_TAIL_WORDS`` words, and the news left before it ends a sentence."""
    if not _OPENS_AFTER_STOP.search(block):
        return None
    words = block.rsplit(None, APPEAL_TAIL_WORDS)
    reach = len(words[0]) if len(words) > APPEAL_TAIL_WORDS else 0  # no longer tail starts before this
    region = block[reach:]
    if "Sign up" not in region and "Click here" not in region:
        lower = region.lower()
        if not any(hint in lower for hint in _CONTACT_HINTS) and not _THREE_DIGITS.search(region):
            return None
    for match in _OPENER.finditer(block, reach):
        start = match.start()
        head = block[:start]
        if not head.strip() or not _STOP_BEFORE.search(head) or _ABBREVIATION.search(head.rstrip()):
            continue
        tail = block[start:]
        if len(tail.split()) > APPEAL_TAIL_WORDS:
            continue
        if _all_appeal(tail):
            return start, "reader_prompt" if match.group("prompt") else "tip_line"
    return None


def is_opening_appeal(block: str) -> bool:
    """A whole block that is a tip-line appeal with no telephone number (what ``is_tip_line`` leaves): at most
    ``TIP_WORDS`` words with a word of a case (``_CASE``), opening with an ``_OPENER`` that is no prompt, every
    sentence (split at glued stops too) asking contact ("Anyone with information is asked to call police.")."""
    opener = _OPENER.match(block)  # first: the cheapest test, and most blocks fail it
    if not opener or opener.group("prompt"):
        return False
    if len(block.split()) > TIP_WORDS or not _CASE.search(block.lower()):
        return False
    return _all_appeal(block)


_CALL_NUMBER = re.compile(
    r"\(\d{3}\)\s?\d{3}[\s.-]?(?:\d{4}|[A-Z]{4})\b|\b\d{3}[.-]\d{3}[.-](?:\d{4}|[A-Z]{4})\b"
    r"|\b\d{3}-(?:\d{4}|TIPS)\b|\b1-8\d\d-[\dA-Z]|\*\*?\d{3,4}\b"
)
"""A telephone or tip-line number ("(954) 493-TIPS", "860-872-9126", "1-888-CRIME-SC", "**8477"): each holds
three digits in a row (``_THREE_DIGITS``, the cheap test made first)."""
_APPEAL = re.compile(
    r"\W{0,2}(?:(?:anyone|anybody|those|people|residents|witnesses|whoever|individuals|persons?)\s+(?:with|who|that"
    r"|having)\b|if\s+(?:you|anyone|anybody|someone|somebody)\b|please\s+(?:call|contact)\b|(?:call|contact)\b"
    r"|(?:tips|tipsters)\s+(?:can|may)\b"
    r"|(?!(?:\S+\s+){0,5}?(?:and|but)\s)(?:[\w'’.-]+\s+){1,5}(?:is\s+|are\s+|were\s+|was\s+)?(?:still\s+)?"
    r"(?:ask|urge|encourage|request)(?:s|d|ed|ing)?\s+(?:anyone|anybody|the\s+public|residents|people|witnesses"
    r"|those|individuals)\b)",
    re.IGNORECASE,
)
"""A sentence opening with a tip-line appeal ("Anyone with information ...", "If you have ...", "Police are
asking anyone ..."; no "and" or "but" in a subject before the appeal, which may follow news)."""


_APPEAL_STARTS = (
    "anyone",
    "anybody",
    "those",
    "people",
    "residents",
    "witnesses",
    "whoever",
    "individuals",
    "person",
    "if ",
    "please",
    "call",
    "contact",
    "tips",
)
"""The first words of ``_APPEAL``'s own openings (lower case), tested before the pattern."""
_APPEAL_ASKS = re.compile(r" (?:ask|urg|encourag|request)")
"""The verbs of ``_APPEAL``'s subject opening, of which one is in its first 60 characters (lower case)."""


def is_appeal_sentence(text: str) -> bool:
    """Whether a sentence is only a tip-line appeal (the brief's test, summarize round 28): it opens with the
    appeal (``_APPEAL``: "Anyone with information ...", "Police are asking anyone ...", "Call ...") and holds a
    number to call (``_CALL_NUMBER``); an appeal inside news ("No one was held, and police asked anyone ...")
    is not one. Most sentences are spared the patterns by their first characters (``_APPEAL_STARTS``,
    ``_APPEAL_ASKS``)."""
    head = text[:60].lstrip("\"'“‘*•-—– ").lower()
    if not head.startswith(_APPEAL_STARTS) and _APPEAL_ASKS.search(head) is None:
        return False
    return (
        _THREE_DIGITS.search(text) is not None
        and _APPEAL.match(text) is not None
        and _CALL_NUMBER.search(text) is not None
    )
