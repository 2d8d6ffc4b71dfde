"""Blocks a page sets around its article that are not the article: the author's bio after it, a disclaimer or
disclosure, a caption whose credit is bracketed or spelled "Photo by", a donation, app or subscribe prompt
(twenty-fourth round, plain_dev batch 5: one page per site; read by ``plaintext``)."""

from __future__ import annotations

import re


def holds_phrase(lower: str, hints: tuple[str, ...], pattern: re.Pattern[str]) -> bool:
    """Whether a lower-cased block matches ``pattern``, tried only when it holds one of ``hints`` (substrings one
    of which every match holds: a cheap test first)."""
    return any(hint in lower for hint in hints) and bool(pattern.search(lower))


_NAME = (
    r"(?:(?:Dr|Prof|Professor|Rev|Sir|Dame)\.?\s+)?[A-Z][\w'’\-]+"
    r"(?:\s+(?:[A-Z]\.|[A-Z][\w'’\-]+|de|van|von|da|del|al|bin)){1,3}"
)
_BIO_START = re.compile(
    rf"^({_NAME}),?\s+(?:is|was|has|covers|writes|reports|joined|previously|lives|edits|teaches|worked)\b"
)
"""A block opening with a person's name and a verb of a bio: "Beatrix Lund is a staff writer ...", "Dana Roe
covers the county ..."."""
_NEWSROOM_ROLE = re.compile(
    r"\b(?:reporter|correspondent|editor|writer|columnist|journalist|contributor|freelance\w*|photographer"
    r"|producer|newsroom|desk|bureau chief|staff)\b",
    re.IGNORECASE,
)
"""A role in a newsroom: what a bio names when the page's byline is unknown."""
BIO_WORDS = 60
"""An author bio has at most this many words."""


def is_author_bio(block: str, byline: str | None) -> bool:
    """A bio of the page's author: at most ``BIO_WORDS`` words ending a sentence, opening with a person's name
    and a bio verb (``_BIO_START``), the name sharing its surname with the page's byline or the block's first
    sentence naming a newsroom role. Where it stands (after the body) is the caller's test."""
    if len(block.split()) > BIO_WORDS or block.rstrip()[-1:] not in ".!":
        return False
    match = _BIO_START.match(block)
    if not match:
        return False
    surname = match.group(1).split()[-1].lower()
    if byline and surname in byline.lower().replace(".", " ").split():
        return True
    return bool(_NEWSROOM_ROLE.search(block.split(". ")[0]))


_DISCLAIMER = re.compile(
    r"^(?:disclaimer|disclosure|affiliate disclosure|advertiser disclosure)\s*:"
    r"|\b(?:may|might|could|will) (?:earn|receive|get|be paid) (?:a |an )?(?:small |affiliate |share of )?"
    r"(?:commission|fee|revenue)\b"
    r"|\baffiliate (?:links?|commissions?|partnerships?|programs?)\b"
    r"|\bnot (?:financial|investment|legal|medical|tax) advice\b"
    r"|\b(?:views|opinions) (?:expressed )?(?:here |in this \w+ )?(?:are|is) (?:solely |entirely )?(?:the"
    r" (?:author|writer)'?s?|those of the (?:author|writer)s?|(?:his|her|their) own)\b"
)
"""A disclaimer or disclosure (lower case): a "Disclaimer:" label, an affiliate commission, "not investment
advice", "the views expressed are the author's own"."""
_DISCLAIMER_HINTS = ("disclaimer", "disclosure", "commission", "affiliate", "advice", "views", "opinions")
"""Substrings one of which every ``_DISCLAIMER`` match holds (the pattern is tried only on blocks with one)."""
DISCLAIMER_TOKENS = frozenset(
    ["disclaimer", "disclosure", "commission", "fee", "revenue", "affiliate", "advice", "views", "opinions"]
)
"""Words (``\\w+`` tokens of the lower-cased block) one of which every ``_DISCLAIMER`` match holds, one per form
of it: a test a caller can make for a whole page at once (``PageFeatures.word_marks``)."""


def is_disclaimer(lower: str) -> bool:
    """Whether a lower-cased block holds a ``_DISCLAIMER`` phrase."""
    return holds_phrase(lower, _DISCLAIMER_HINTS, _DISCLAIMER)


_CREDIT_FORM = re.compile(
    r"\(\s*(?:photos?|photographs?|images?|pictures?|credits?|fotos?)\s*:\s*[^()]{1,60}\)\s*$"
    r"|\([^()]{1,40}\s(?:photo|file photo|photograph|image|picture)s?\)\s*$"
    r"|\((?:photos? )?courtesy(?: of)?\s[^()]{1,60}\)\s*$"
    r"|[.!?]\s+(?:photos?|photographs?|images?|pictures?)\s+(?:by|courtesy of)\s+[^.!?]{1,60}\.?\s*$",
    re.IGNORECASE,
)
"""A photo credit ending a caption in forms ``plaintext._CREDIT_END`` lacks: bracketed with no sentence end before
it ("... his winning ticket (Image: Clarion Media)", "(KBRN 7 photo)", "(Courtesy of the family)"), or "Photo by
X." after a sentence end."""


def has_credit_form(block: str) -> bool:
    """Whether a block ends in a ``_CREDIT_FORM`` photo credit."""
    tail = block[-70:]
    return (")" in block[-3:] or " by " in tail or " of " in tail) and bool(_CREDIT_FORM.search(block))


_PROMPT_FORM = re.compile(
    r"\bdonat(?:e|ing|ions?)\b[^.!?]{0,60}\b(?:us|our|today|now|here)\b"
    r"|\b(?:help|support) us\b[^.!?]{0,60}\bdonat"
    r"|\bdownload (?:the|our) [^.!?]{0,40}\bapps?\b"
    r"|(?:^|[.!?]\s+)(?:subscribe|donate|register|sign up)(?: (?:today|now|here|for free))?[.!]?\s*$"
)
"""Reader prompts ``plaintext._PROMPT_TERMS`` misses (lower case): a donation appeal, "Download the <station> app",
a sentence that is only "Subscribe today." at a block's end."""
_PROMPT_FORM_HINTS = ("donat", "download", "subscribe", "register", "sign up")
PROMPT_FORM_TOKENS = frozenset(
    [
        "donate",
        "donating",
        "donation",
        "donations",
        "help",
        "support",
        "download",
        "subscribe",
        "register",
        "sign",
    ]
)
"""Words one of which every ``_PROMPT_FORM`` match holds (as ``DISCLAIMER_TOKENS``)."""


def is_prompt_form(lower: str) -> bool:
    """Whether a lower-cased block holds a ``_PROMPT_FORM`` prompt."""
    return holds_phrase(lower, _PROMPT_FORM_HINTS, _PROMPT_FORM)


_SITE_CHROME = re.compile(
    r"\bcomments? (?:are|will be|is) (?:moderated|reviewed|closed|removed|monitored|pre-?moderated)\b"
    r"|\bin no way (?:do they |does it )?(?:represent|reflect)s? the views?\b"
    r"|\bwe (?:will not|won'?t|do not|don'?t|reserve the right to not) (?:post|publish|print|accept) (?:reader )?comments\b"
    r"|\bcomments? (?:that|which) (?:include|contain)s? (?:profanity|personal attacks|offensive|obscen)"
    r"|\byour e-?mail address will not be (?:published|displayed|shown)\b"
    r"|\b(?:you are|you'?re) (?:currently )?(?:signed|logged) in as\b"
    r"|\b(?:create an account|register|log ?in|sign in|be logged in)\b[^.!?]{0,40}\bto (?:comment|post (?:a )?comments?"
    r"|read this (?:story|article)|leave a comment)\b"
    r"|\brequires? (?:that )?javascript (?:be|to be|is) enabled\b|\bplease enable javascript\b"
    r"|\bnot responsible for the content of external (?:sites|websites|links|internet sites)\b"
)
"""Site chrome no article carries (lower case): a comment policy ("Comments are moderated", "In no way do they
represent the views of ...", "Comments that include profanity or personal attacks ..."), a comment form's or a
login wall's line ("Your email address will not be published", "You are currently signed in as", "Please create an
account or login to read this story"), a script requirement, an external-links disclaimer."""
_SITE_CHROME_HINTS = (
    "comment",
    "in no way",
    "address",
    "signed in",
    "logged in",
    "javascript",
    "external",
    "account",
    "register",
    "log in",
    "login",
    "sign in",
)
"""Substrings one of which every ``_SITE_CHROME`` match holds (the pattern is tried only on blocks with one)."""
SITE_CHROME_TOKENS = frozenset(
    [
        "comment",
        "comments",
        "way",
        "address",
        "signed",
        "logged",
        "post",
        "read",
        "leave",
        "javascript",
        "external",
    ]
)
"""Words one of which every ``_SITE_CHROME`` match holds (as ``DISCLAIMER_TOKENS``)."""
SITE_CHROME_WORDS = 90
"""A site-chrome block has at most this many words."""


def is_site_chrome(block: str) -> bool:
    """Whether a block of at most ``SITE_CHROME_WORDS`` words holds a ``_SITE_CHROME`` phrase (``holds_phrase``:
    the hints tested first, most blocks hold none; the words counted only for a block that holds the phrase)."""
    return (
        holds_phrase(block.lower(), _SITE_CHROME_HINTS, _SITE_CHROME)
        and len(block.split()) <= SITE_CHROME_WORDS
    )
