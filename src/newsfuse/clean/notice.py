"""Recognise a cleaned page that is a service notice rather than an article.

A failed scrape often leaves only what the platform said instead of the story: a web archive's note on
its crawls, a social network's embed notice, a login, registration or e-mail confirmation form, a paywall
prompt, a cookie or consent wall, a "please enable JavaScript" or "page not found" page, a video player's
error. Such text is not news and, copied across hundreds of failed pages, it would join unrelated stories.

The rule (``notice_of``): the text is cut into sentences; a sentence is *notice* when it holds a term
typical of such pages only (``_STRONG``: "wayback machine", "verification email", "enable javascript"...)
or a term common on them (``_WEAK``: "sign in", "subscription", "cookies", "tweet"...) together with a
strong term or with the second-person address that notices use and news reports rarely do ("you", "your",
"please"). A page of at most ``max_words`` words whose notice sentences hold at least ``min_share`` of its
words is a notice. A long page is never one: a notice line before a real story (a reprint note, a consent
banner) leaves the story's own sentences the majority. A sentence also needs a recognised term per ``_WORDS_PER_TERM`` words,
so a run-on text that merges a notice into the story stays a story; and a page with fewer than one word
of the vocabulary (``_TRIGGERS``) per ``_WORDS_PER_TRIGGER / min_share`` words is passed over without
running the patterns. The vocabulary is written from general knowledge of such pages.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

_KINDS: dict[str, tuple[str, str]] = {
    # kind: (strong terms: such pages only; weak terms: notice only with a second-person address)
    "web archive notice": (
        r"wayback machine|internet archive|archive-it|web ?crawls?|crawl data|warc files?"
        r"|(?:this|these|focused|wide) crawls?|seed (?:list )?for (?:this|the) crawl|web captures?",
        r"crawl(?:s|ed|er)?|captures?|archived? (?:pages?|copy|version)",
    ),
    "social media embed": (
        r"tweet location|location history|add (?:a )?location to your tweets|tweet with a location"
        r"|embed (?:this|the) (?:tweet|post|video)",
        r"tweets?|retweets?|twitter|facebook|instagram|follow us|share this",
    ),
    "login or registration form": (
        r"verification (?:email|e-mail|message|link)|confirmation (?:email|e-mail)|activate your (?:\w+ )?"
        r"(?:account|profile)|(?:already|don't) have an account|forgot (?:your )?password"
        r"|thank you for registering|complete your registration|sign in using|log in using"
        r"|email notifications?|(?:junk|spam) folder|selected any newsletters?",
        r"sign(?:ed)? (?:in|up)|log(?:ged)? ?in|login|password|username|register(?:ing|ed)?|registration"
        r"|account|profile|e-?mail(?: address)?|newsletters?|inbox|notifications?",
    ),
    "subscription or paywall prompt": (
        r"(?:already a|become a) subscriber|subscription (?:is )?required|continue reading|free articles?"
        r"|premium content|digital (?:access|pass|subscription)|(?:order|purchase) (?:presentation-ready )?"
        r"(?:reprints?|copies)|non-commercial use only",
        r"subscri(?:be|ber|bers|ption|ptions)|paywall|unlimited access",
    ),
    "browser or JavaScript notice": (
        r"enable javascript|javascript (?:is )?(?:disabled|required|enabled)|(?:unsupported|outdated|older|"
        r"supported) browser|update your browser|ad ?-?blockers?|disable your ad",
        r"javascript|(?:your|web|this) browser|browser (?:settings|cache|version)|cookies? (?:are|is) (?:disabled|required)",
    ),
    "cookie or consent wall": (
        r"(?:we|this site) uses? cookies|cookie (?:policy|settings|preferences)|consent to (?:the )?"
        r"(?:use|processing)|manage (?:your )?(?:privacy|consent)|(?:accept|reject) all",
        r"cookies?|consent|privacy policy|terms of (?:service|use)|personal data|our partners",
    ),
    "error page": (
        r"page (?:was )?not found|404 error|error 404|(?:no longer|not currently|temporarily) available"
        r"|could not be (?:loaded|found)|try again later|does not exist|has been (?:removed|deleted)"
        r"|something went wrong|access denied|(?:video|feature) is (?:not )?(?:unavailable|available)",
        r"error|unavailable|not available|try again|reload|refresh the page",
    ),
    "video player notice": (
        r"when the video has been rented|interactive transcript|video (?:player|playback)"
        r"|autoplay|up next",
        r"video|playback|player|watch (?:now|more)",
    ),
}

_STRONG = re.compile(
    "|".join(f"(?P<s{i}>\\b(?:{strong})\\b)" for i, (strong, _) in enumerate(_KINDS.values()))
)
_WEAK = re.compile("|".join(f"(?P<w{i}>\\b(?:{weak})\\b)" for i, (_, weak) in enumerate(_KINDS.values())))
_ADDRESS = re.compile(r"\b(?:you|your|you're|you'll|you've|please)\b")
_SENTENCE = re.compile(r"(?<=[.!?…])\s+|\n+|(?<=\.com|\.org|\.net)\s+")
_WORD = re.compile(r"[a-z0-9]+")
_NAMES = tuple(_KINDS)
_TRIGGER_WORDS = """
wayback archive archived crawl crawls crawled crawler webcrawl webcrawls warc capture captures tweet
tweets retweet retweets twitter facebook instagram location embed follow share verification
confirmation activate account password registering registration register registered sign signed log
logged login username email mail notification notifications junk spam newsletter newsletters inbox
profile subscriber subscribers subscribe subscription subscriptions reading article articles premium
digital reprint reprints copies commercial paywall unlimited javascript browser unsupported outdated
supported adblocker adblockers blocker blockers disable cookie cookies consent accept reject privacy
terms personal partners 404 error available unavailable loaded found again exist removed deleted
wrong denied reload refresh video rented transcript player playback autoplay next watch
"""
_TRIGGERS = frozenset(_TRIGGER_WORDS.split())
"""At least one word of every term above (``_WORD`` tokens of the lower-cased text)."""
_WORDS_PER_TERM = 45
"""A sentence is notice only with a recognised term per this many of its words: a run-on sentence that
merges a notice with the story (a text without sentence breaks) stays the story's."""
_WORDS_PER_TRIGGER = 25
"""A page is looked at only with a ``_TRIGGERS`` word per this many words (divided by ``min_share``)."""
_CHARS_PER_WORD = 12
"""A page longer than ``max_words`` times this many characters is not counted: it is long."""


@dataclass(frozen=True, slots=True)
class Notice:
    """Why a page was judged a service notice: what was recognised, and how much of the page it holds."""

    kinds: tuple[str, ...]
    notice_words: int
    words: int

    def reason(self) -> str:
        """A human detail for the rejection."""
        return (
            f"a service notice, not an article: {self.notice_words} of {self.words} words are "
            f"{' / '.join(self.kinds)} text (clean.reject_notices)"
        )


def _kind(match: re.Match[str]) -> str:
    return _NAMES[int((match.lastgroup or "s0")[1:])]


def notice_of(text: str, max_words: int = 300, min_share: float = 0.7) -> Notice | None:
    """The ``Notice`` a cleaned text is, or None when it reads as an article (see the module's rule).

    Words are ``_WORD`` tokens. An ordinary article costs a tokenisation and a count: the patterns run
    only on a short page with a trigger word per ``_WORDS_PER_TRIGGER / min_share`` words."""
    if len(text) > _CHARS_PER_WORD * max_words:
        return None
    lower = text.lower()
    tokens = _WORD.findall(lower)
    words = len(tokens)
    if words > max_words or sum(map(_TRIGGERS.__contains__, tokens)) * _WORDS_PER_TRIGGER < min_share * words:
        return None
    notice_words, kinds = 0, Counter[str]()
    for sentence in _SENTENCE.split(lower):
        found = [_kind(m) for m in _STRONG.finditer(sentence)]
        if found or _ADDRESS.search(sentence):
            found += [_kind(m) for m in _WEAK.finditer(sentence)]
        length = len(_WORD.findall(sentence))
        if found and len(found) * _WORDS_PER_TERM >= length:
            notice_words += length
            kinds.update(found)
    if not kinds or notice_words < min_share * words:
        return None
    return Notice(tuple(kind for kind, _ in kinds.most_common(2)), notice_words, words)
