"""The candidate sentences of an event: each with its article, offsets, words and concepts.

A candidate is a whole article sentence without its dateline ("PINE RIDGE, S.D. (AP) -- "), so that
``article.text[start:end] == text`` always holds. Boilerplate (captions, links, credits, calls to
action, headings without a sentence end) never becomes a candidate.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from functools import cache, lru_cache
from typing import NamedTuple, TypeAlias

from newsfuse.clean.appeals import is_appeal_sentence
from newsfuse.model import Article
from newsfuse.summarize.concepts import sentence_terms
from newsfuse.summarize.standalone import quote_without_speaker
from newsfuse.text import split_sentences
from newsfuse.text.scripts import count_words
from newsfuse.text.sentences import WIDE_ENDS

DANGLING = re.compile(
    r"^[\"'`“‘]*(?:he|she|they|it|his|her|their|its|this|that|these|those|but|and|or|so|also|however|"
    r"meanwhile|still|yet|then|there|such|both|instead|besides|moreover|furthermore|nevertheless|"
    r"otherwise|thus|hence|likewise|similarly|later|earlier|afterward|afterwards|the\s+(?:two|three|four)"
    r"|another|other|others|again|too)\b",
    re.IGNORECASE,
)
_DASH = r"(?:\s*(?:--|[—–_])|\s+-)\s+"
_DATELINE = re.compile(
    # "PINE RIDGE, S.D. (AP) -- ", "Port Emmet (CPS) — ", "(AP) _ ", "BEIDAIHE, March 5 (Xinhua) -- "
    r"^(?:[A-ZÁÉÍÓÚÄÖÜ][A-Za-z0-9ÁÉÍÓÚÄÖÜ .,'-]{1,50}\s*)?\([A-Za-z][\w .&/-]*\)" + _DASH
)
_DATELINE_CAPS = re.compile(r"^[A-ZÁÉÍÓÚÄÖÜ][A-ZÁÉÍÓÚÄÖÜ .,'-]{1,40}" + _DASH)  # "WASHINGTON -- "
_PLACE_WORD = r"(?:[a-z]{1,2}'|Mc)?[A-Z][\w.'’-]*"
_PLACE_DATELINE = re.compile(
    rf"^(?P<place>{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,3}}),\s+(?P<region>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,2}})"
    r"(?:\s*\([A-Za-z][\w .&/-]*\))?\s*(?:--|[—–_-])\s+(?=[A-Z\"“`'(])"
)
"""A place and its region, in any case form ("RUPERT, Idaho -- ", "Millbrook, Ore. — ", "COLUMBUS, Ohio (WCMH)-
"): a dateline when the place is in capitals or the region is a state or country (``_place_dateline``)."""
_STATE_NAMES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|"
    "Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|"
    "Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|"
    "North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|"
    "Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|"
    "Ala.|Ariz.|Ark.|Calif.|Colo.|Conn.|Del.|D.C.|Fla.|Ga.|Ill.|Ind.|Kan.|Kans.|Ky.|La.|Md.|Mass.|Mich.|Minn.|"
    "Miss.|Mo.|Mont.|Neb.|Nev.|N.H.|N.J.|N.M.|N.Y.|N.C.|N.D.|Okla.|Ore.|Pa.|Pa|R.I.|S.C.|S.D.|Tenn.|Tex.|Vt.|"
    "Va.|Wash.|W.Va.|Wis.|Wyo.|"
    "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|"
    "OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY"
)
_STATES = frozenset(_STATE_NAMES.split("|"))
"""The US states as datelines write them: names, AP abbreviations and postal codes."""
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
    "reporting by",  # credit lines: "Reporting by A and B.", "with additional reporting by X"
    "includes information from",
    "contains information from",
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
    # notices scraped with a page: the Internet Archive's crawl notice, Twitter's prompts, wire licence lines
    "these crawls are part",
    "pages that are referenced",
    "these archived pages",
    "fix all broken links",
    "your tweets",
    "tweet location",
    "add this tweet",
    "tweets from the",
    "may not be published, broadcast",
    # a station's or site's promotion of itself: follow-up promises, apps, alerts, player chrome
    "check back",
    "stay tuned to",
    "stay tuned for",
    "download our",
    "breaking news alert",
    "more news videos",
    "skip ad",
    "flash player",
    "support flash",
    "updates to come",
    "update this story",
    "this story will be updated",
    "continue to update",
    "provide updates",
    "for updates on this",
    "for the latest updates",
    ".com for updates",
    ".com for the latest",
    ".com for more",
    "as more information becomes available",
    "as it becomes available",
    "as they become available",
    "this developing story",
    "is a developing story",
    "as this story develops",
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
"""Any marker, as one pattern (``has_marker`` says the same, faster on sentences and articles alike: 41 vs 29
CPU ms over the 11,888 sentences of jsonl-2000-s9-g2's marked articles; the tests hold the two together)."""


_NOTICE = re.compile(
    r"\b(?:reproduction|redistribution|republication|reuse|retransmission)\b(?:"
    r"(?: (?:or|and) \w+)*(?: in whole or in part)?(?: of (?:this|these|the|any|our) [\w ]{0,30}?)?"
    r"(?: without [\w ]{0,40}?)? (?:is |are )?(?:strictly )?(?:prohibited|forbidden|not permitted)"
    r"|[^.;!?]{0,60}?\bwithout (?:the )?(?:prior |express )?(?:written )?(?:permission|consent))"
    r"|\bmay not be (?:reproduced|republished|redistributed|retransmitted)"
    r"|\b(?:full|complete) (?:article|story|text) contains [\d,]+ words"
    r"|\b(?:read|review|see|accept|agree to) (?:our|the) (?:terms|privacy|conditions)"
    r"|\bour (?:privacy (?:policy|statement|notice)|terms (?:of (?:use|service)|and conditions))"
    r"|\bby (?:continuing to )?us(?:e|ing) (?:this|our) (?:web)?site"
)
"""Legal and site notices the markers' fixed words miss (written as the notices' general forms): a ban on
reproduction or reuse ("Reproduction in whole or in part without permission is prohibited"), a truncated
article's notice ("The full article contains 283 words"), a site's terms ("Please read our Terms and
Conditions and Privacy Statement before using this site"). Read in lower-cased text."""


_CREDIT = re.compile(
    r"\((?:[A-Z][\w.'’-]*\s+){1,4}[A-Z][\w.'’-]*\s*/\s*[A-Z][^()/]{1,60}\)(?!\s*(?:--|[—–_-]))"
)
"""A bracketed photo credit opening a sentence, a person and an outlet after a slash ("(Todd Maisel/New York
Daily News) Police are seen ..."): the sentence is a caption."""


def _caption_or_appeal(text: str) -> bool:
    """Whether ``text`` is a caption opening with a photo credit (``_CREDIT``) or only a tip-line appeal
    (``appeals.is_appeal_sentence``)."""
    if text[:1] == "(":
        return _CREDIT.match(text) is not None
    return is_appeal_sentence(text)


def _marker_groups(keys: Sequence[str]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The markers grouped under the first of ``keys`` each contains (a text without the key holds none of
    its group), then every other marker alone, as (key, markers)."""
    grouped: dict[str, list[str]] = {key: [] for key in keys}
    alone = []
    for marker in _BOILERPLATE_MARKERS:
        key = next((k for k in keys if k in marker), None)
        if key is None:
            alone.append(marker)
        else:
            grouped[key].append(marker)
    return (*((key, tuple(found)) for key, found in grouped.items() if found), *((m, (m,)) for m in alone))


_MARKER_GROUPS = _marker_groups(
    (
        "photo",
        "click ",
        "http",
        "update",
        "develop",
        "this article",
        "this story",
        "pages",
        "tweet",
        "available",
        ".com for",
        "flash",
        "stay tuned",
        "news ",
    )
)
"""71 markers, 42 scans of an article without any: photo credits, "click" calls, links, "this article" / "this
story" credits, the archive and tweet notices and a station's promotions (updates, developing stories, "as
it becomes available", "stay tuned", flash, alerts) are each looked for only where their shared part is."""


def has_marker(lowered: str) -> bool:
    """Whether the lower-cased ``lowered`` contains one of ``_BOILERPLATE_MARKERS``."""
    for key, markers in _MARKER_GROUPS:
        if key in lowered and (len(markers) == 1 or any(map(lowered.__contains__, markers))):
            return True
    return False


class Candidate(NamedTuple):
    """One selectable sentence of one article (a named tuple: pools are built for every event)."""

    article_id: str
    start: int
    end: int
    position: int
    """Sentence number in its article (0 = lead)."""
    published: str
    text: str
    words: frozenset[str]
    """Stemmed content words (the attribution signal)."""
    bigrams: AbstractSet[str]
    """Stemmed word bigrams, not both stop words (the coverage signal; read, never changed)."""
    unigrams: AbstractSet[str]
    """Content stems (concepts when ``summarize.unigram_weight`` > 0 or the learned weighting is used)."""
    length: int
    """Words (whitespace-separated)."""
    dangling: bool
    """Starts with a reference or connective it cannot resolve on its own ("He said", "But"), or is a sentence
    of a quotation whose speaker is in another sentence (``leans``)."""

    @property
    def concepts(self) -> AbstractSet[str]:
        """Bigrams and content stems: made on request (the default weighting needs the bigrams only)."""
        return self.bigrams | self.unigrams


_Analysed: TypeAlias = tuple[str, frozenset[str], AbstractSet[str], AbstractSet[str], int, bool]
"""A selectable sentence text's ``Candidate`` fields from ``text`` on, computed once per distinct text."""


@cache
def _countries() -> frozenset[str]:
    """Country names as a dateline may write them (pycountry's names and common names), read once."""
    import pycountry

    return frozenset(
        name
        for country in pycountry.countries
        for name in (country.name, getattr(country, "common_name", ""))
    )


def _place_dateline(text: str) -> re.Match[str] | None:
    """``_PLACE_DATELINE``'s match when its place is in capitals or its region is a state or country."""
    match = _PLACE_DATELINE.match(text)
    if match is None:
        return None
    place, region = match.group("place"), match.group("region")
    if place.isupper() or region in _STATES or region in _countries():
        return match
    return None


def strip_dateline(text: str) -> int:
    """Length of a leading dateline such as "PORT EMMET (CPS) — ", "WASHINGTON (AP) _ " or "Millbrook, Ore. —
    ", or 0."""
    if "-" not in text and "—" not in text and "–" not in text and "_" not in text:
        return 0  # every dateline ends in a dash (``_DASH``): most sentences are spared the regex tries
    match = _DATELINE_CAPS.match(text) or _DATELINE.match(text) or _place_dateline(text)
    if not match:
        return 0
    head = text[: match.end()]
    # a dateline names a place (and maybe an agency), it is not a clause: few words, no verb-like lower case
    lower_words = [w for w in re.findall(r"[A-Za-z]+", head) if w.islower()]
    return match.end() if len(head.split()) <= 8 and len(lower_words) <= 1 else 0


_SENTENCE_ENDS = ".!?…" + WIDE_ENDS
"""The marks a sentence ends on, Chinese and Japanese ones included (``text.sentences.WIDE_ENDS``)."""


def _ends_sentence(text: str) -> bool:
    """Whether right-stripped ``text`` ends like a sentence: a full stop, ! ? or … before closing quotes or
    brackets, or before a ``''`` quote (the test holds the regex that says the same); or a Chinese or
    Japanese end mark (``WIDE_ENDS``) before closing quotes or brackets."""
    core = text.rstrip("\"'”’»)]」』）》")
    if core and core[-1] in _SENTENCE_ENDS:
        return True
    if len(text) < 2 or text[-1] not in "'`" or text[-2] not in "'`":
        return False
    core = text[:-2].rstrip().rstrip("\"'”’")
    return bool(core) and core[-1] in ".!?"


def is_boilerplate(text: str, marked: bool = True) -> bool:
    """Page chrome or credits rather than reporting: links, captions, calls to action, legal and site notices
    (``_NOTICE``), tip-line appeals (``_caption_or_appeal``), no sentence end. ``marked=False`` says the
    text's article holds no boilerplate marker and no notice (both searches are skipped)."""
    if not _ends_sentence(text.rstrip()) or _caption_or_appeal(text):
        return True
    if not marked:
        return False
    lowered = text.lower()
    return has_marker(lowered) or _NOTICE.search(lowered) is not None


def leans(text: str) -> bool:
    """Whether a selectable sentence cannot stand on its own (``Candidate.dangling``): it opens with a
    reference or connective (``DANGLING``), or it is a sentence of a quotation whose speaker is in another
    sentence (``standalone.quote_without_speaker``)."""
    return DANGLING.match(text) is not None or quote_without_speaker(text)


def _analyse(text: str, min_words: int, max_words: int, marked: bool) -> _Analysed | None:
    """Words, concepts, length and opener of a selectable sentence, None for one that is never selected.

    ``marked``: whether the sentence's article contains a boilerplate marker anywhere (if not, no sentence
    of it does, and the marker search is skipped).
    """
    n = count_words(text)  # Chinese, Japanese, Thai: a word per few characters
    if n < min_words or n > max_words or text.rstrip("\"'”’` ").endswith(("?", "？")):
        return None
    if is_boilerplate(text, marked):
        return None
    words, bigrams, unigrams = sentence_terms(text)
    if len(words) < 3 and n == len(text.split()):  # (Chinese or Japanese words are no tokens of their own)
        return None
    # the fresh sets are kept as they are (copying them into frozensets cost ~10 % of a small event)
    return text, frozenset(words), bigrams, unigrams, n, leans(text)


def candidates(articles: Sequence[Article], min_words: int = 8, max_words: int = 55) -> list[Candidate]:
    """Sentences that could go into a brief (not too short or long, not a question, not boilerplate).

    A sentence text repeated across articles (syndicated copies) is analysed once.
    """
    pool: list[Candidate] = []
    seen: dict[str, _Analysed | None] = {}
    for article in articles:
        published = article.published or ""
        marked, sentences = _sentences(article.text)
        for start, end, index, text in sentences:
            if text in seen:
                analysed = seen[text]
            else:
                analysed = seen[text] = _analyse(text, min_words, max_words, marked)
            if analysed is not None:
                pool.append(_new(Candidate, (article.id, start, end, index, published, *analysed)))
    return pool


_new = tuple.__new__
"""Makes a ``Candidate`` from its fields' tuple, skipping the named tuple's own ``__new__`` (a Python function
taking each field by name; ~0.7 µs per candidate); the same object."""


@lru_cache(maxsize=64)
def _sentences(text: str) -> tuple[bool, tuple[tuple[int, int, int, str], ...]]:
    """Whether ``text`` holds a boilerplate marker, and its sentences without their datelines as (start,
    end, index, text); kept for the latest texts (an event's copies of one text are read one after the
    other)."""
    # a marker in a sentence is in its article: one scan of the article spares most sentences theirs
    lowered = text.lower()
    marked = has_marker(lowered) or _NOTICE.search(lowered) is not None
    rows = []
    for sentence in split_sentences(text):
        cut = strip_dateline(sentence.text)
        rows.append(
            (
                sentence.start + cut,
                sentence.end,
                sentence.index,
                sentence.text[cut:] if cut else sentence.text,
            )
        )
    return marked, tuple(rows)
