"""Sentence compression by deletion: drop words that carry no claim, so more content fits in a brief.

Every deletion is a named rule (``RULES``) and the result is a sequence of pieces of the source
sentence: ``Compressed.text`` is the pieces joined, its first letter upper-cased. A deletion never
takes an attribution ("police said", "according to"), a negation, a hedge, a quote's words or a number
(the ``age`` rule's ", 54," is the one number it drops: a person's age, not a claim's figure).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from typing import Any, NamedTuple

import numpy as np
from numpy.typing import NDArray
from scipy.sparse import csr_array

from newsfuse.model import BriefSentence, Span
from newsfuse.summarize.concepts import ConceptMatrix, sentence_terms
from newsfuse.summarize.pool import Candidate, leans, strip_dateline

_DAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PARTS = r"(?:\s+(?:morning|afternoon|evening|night))?"
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_WHEN = (
    rf"(?:(?:early|late|earlier|later)\s+)?(?:on\s+)?{_DAYS}{_PARTS}"
    rf"|(?:last|this|earlier this|later this|next)\s+(?:week|month|year|weekend|{_DAYS}|{_MONTHS}){_PARTS}"
    r"|(?:this|yesterday|tomorrow)\s+(?:morning|afternoon|evening)|yesterday|today|tonight|last night"
    rf"|in\s+{_MONTHS}|on\s+{_MONTHS}\s+\d{{1,2}}|earlier|later|recently|previously|currently|now"
)
_LINK = (
    r"however|meanwhile|also|in addition|additionally|moreover|furthermore|nevertheless|nonetheless|still"
    r"|indeed|in fact|separately|elsewhere|at the same time|in the meantime|on the other hand|overall"
    r"|finally|as a result|in turn|for (?:his|her|its|their) part|by contrast|in contrast|in response"
)
_SAYING = (
    r"in\s+(?:a|an|the)\s+(?:written\s+|joint\s+|brief\s+)?(?:statement|interview|speech|news conference)"
)
_OPENER = re.compile(
    rf"(?:(?:{_LINK}|{_WHEN})(?:\s*,\s*(?:{_WHEN}))?|{_SAYING}(?:\s+(?:on|late|early)\s+{_DAYS}{_PARTS})?)"
    rf"\s*,\s+(?!{_MONTHS}\s+\d)(?=[A-Za-z\"“])",  # "On Sunday, January 16, ...": the date stays whole
    re.IGNORECASE,
)
_SAYING_HEAD = re.compile(_SAYING, re.IGNORECASE)
_OPENER_HEADS = frozenset(
    [
        "however",
        "meanwhile",
        "also",
        "in",
        "additionally",
        "moreover",
        "furthermore",
        "nevertheless",
        "nonetheless",
        "still",
        "indeed",
        "separately",
        "elsewhere",
        "at",
        "on",
        "overall",
        "finally",
        "as",
        "for",
        "by",
        "early",
        "late",
        "earlier",
        "later",
        "last",
        "this",
        "next",
        "yesterday",
        "today",
        "tonight",
        "tomorrow",
        "recently",
        "previously",
        "currently",
        "now",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
)
"""Every first word an opener can have (a sentence starting otherwise is spared the opener regex)."""
_DATED_DATELINE = re.compile(
    rf"^[A-Z][A-Za-z .'-]{{1,40}},\s+(?:{_MONTHS}|[A-Z][a-z]{{2}}\.)\s+\d{{1,2}}\s*(?:\([A-Za-z][\w .&/-]*\))?"
    r"\s*(?:--|[—–_]|-)\s+"
)
"""A dated dateline ("HANOI, February 23 (Xinhua) -- "), which the pool's own dateline rule leaves."""
_CAPS_WORD = r"(?:[a-z]{1,2}'|Mc)?[A-Z][A-Z.'-]+"
_PLACE_DATELINE = re.compile(
    rf"^{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,3}},\s+[A-Z][A-Za-z.'-]*(?:\s+[A-Z][A-Za-z.'-]*){{0,2}}"
    r"\s+(?:_|--|[—–])\s+(?=[A-Z\"“`'])"
)
"""A wire dateline naming a place in capitals and its state or country ("SYDNEY, Australia _ ", "COEUR
d'ALENE, Idaho _ ", "ST. PAUL, Minn. -- "), which the pool's own dateline rule leaves (reader audit F-2)."""
_SHORT_MONTHS = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
_CLOCK = (
    rf"(?:[\s\d/:.,@]|[ap]\.?m\.?|[AP]\.?M\.?|[ECMP][SD]?T\b|at\b|on\b|{_MONTHS}|{_SHORT_MONTHS}|{_DAYS})"
)
"""A piece of a stamp's date or clock time ("11/30 5:04 p.m", ", 6:04 P.M. ET", " Feb. 20")."""
_STAMP_WORDS = ("UPDATE", "Update", "CORRECTION", "Correction", "EDITOR", "BREAKING", "DEVELOPING")
_STAMP = re.compile(
    r"[\[(*]*\s*(?:UPDATE[DS]?|CORRECTION|EDITOR'?S NOTE|BREAKING(?: NEWS)?|DEVELOPING(?: STORY)?"
    r"|Update[ds]?(?=\s*[:(\[]|\s+\d)|Correction(?=\s*:))"
    rf"\s*(?:\({_CLOCK}{{0,16}}\)|{_CLOCK}{{0,16}})(?:\s*[*\])]+\s*(?::|--|[—–-])?|\s*(?::|--|[—–-]))\s*"
)
"""An update or correction stamp with at most a date or time, ended by a colon, a dash or a closing bracket
or star ("UPDATE 11/30 5:04 p.m: ", "**UPDATE** - ", "UPDATE (1/3/17): ", "[UPDATE 8/2/16 @ 7:05p.m.] ",
"CORRECTION Feb. 20: ")."""
_BULLET = re.compile(r"(?:[—–•*·▪►‒―]+\s*|--+\s*|-+\s+)(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?\s+)?")
"""A dash or list bullet, and a numeric date after it ("- ", "— ", "• ", "- 03/31/17 "); a hyphen needs a
blank after it ("-5 degrees" is a number)."""
_CODE_NAME = r"[A-Z][A-Z0-9]{1,6}(?:/[A-Z0-9]{1,6})*"
_CODE_DATE = rf"(?:{_MONTHS}|{_SHORT_MONTHS})\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}"
_CODE = re.compile(rf"\((?:{_CODE_NAME}|{_CODE_DATE})\)\s*(?:-+|[—–]+)\s*|\({_CODE_NAME}\)\s+(?=[A-Z])")
"""A station or agency code in capitals in brackets, before a dash or a capital ("(WMC)- ", "(CBS) –– ",
"(KNZA)--", "(CBS/AP) "), or a bracketed date before a dash ("(Nov. 18, 2015)— ")."""
_HEAD_FIRST = frozenset("([*•·▪►‒―-—–")
"""The first characters of every head ``_chrome_head`` cuts but a stamp's word."""
_HEAD_OPENS = re.compile(r"[A-Z0-9\"“'‘`]")
_PAREN = re.compile(r"\s*\([^()\n]{1,80}\)(?!\s*(?:--|[—–_]))(?=[\s,.;:!?]|$)")
"""An aside in brackets: not a dateline's "(Xinhua) --", and not one glued to the next word ("(BNR)has")."""
_CLAUSE = r"[^,;:()\"“”\n]{3,110}"
_GOES_ON = r"(?=\s+(?!(?:and|or|but|nor|then|the|a|an|his|her|its|their|this|that|these|those)\b)(?![a-z]+ing\b)[a-z])"
"""After a deleted aside the sentence goes on with a lower-case word that neither joins a list, starts
another noun phrase (the aside did not end at that comma) nor opens a participle clause."""
_NAME = r"(?P<name>\b[A-Z][a-z][\w.'-]*)"
_AGE = re.compile(rf"{_NAME},\s+(?:aged\s+)?\d{{1,3}},{_GOES_ON}")
_APPOSITIVE = re.compile(rf"{_NAME},\s+(?:a|an|the)\s+{_CLAUSE},{_GOES_ON}")
_RELATIVE = re.compile(rf"(?P<name>\w),\s+(?:who|which|whose)\s+{_CLAUSE},{_GOES_ON}")
_RELATIVE_END = re.compile(r"(?P<name>\w),\s+(?:who|which|whose)\s+" + _CLAUSE + r"(?=[.!]$)")
_SAID_WHEN = re.compile(
    r"\b(?:said|says|told\s+(?:reporters|journalists)|announced|reported|added|stated|confirmed)"
    rf"(?P<when>\s+(?:on\s+)?(?:(?:late|early)\s+)?(?:{_DAYS}{_PARTS}|yesterday|today|tonight|last night))"
    r"(?=[.,;]|\s+that\b)"
)
"""A reporting clause's time ("police said on Tuesday that", "the ministry said Monday."): the verb stays.
Tried only on sentences holding one of ``_REPORTING`` and "day" or "night" (every time it deletes has one)."""
_REPORTING = ("said", "says", "told", "announced", "reported", "added", "stated", "confirmed")
_TRAILING = re.compile(r"(?P<name>\w),\s+(?:while|as)\s+(?!well\b)" + _CLAUSE + r"(?=[.!]$)")
"""A sentence-final background clause (", as rescuers searched the rubble.")."""
_PREPOSITION = re.compile(
    r"\b(?:in|at|on|from|near|to|of|for|with|by|across|outside|inside|throughout|into|over|under|after|before"
    r"|during|since|like|as)\s*$",
    re.IGNORECASE,
)
"""A capitalised word after one of these is a place or time, not a subject an appositive describes."""
_NAMES_SINCE_COMMA = re.compile(r",\s+((?:[A-Z][\w.'-]*\s+)*[A-Z][\w.'-]*)$")

_KEEP_WORDS = re.compile(
    r"\b(?:"
    # attribution: whose claim it is
    r"said|says|say|saying|told|tells|tell|according|reported|reports|reporting|announced|announces|stated"
    r"|states|claimed|claims|added|adds|noted|notes|warned|warns|insisted|insists|explained|confirmed|confirms"
    r"|declared|wrote|writes|testified|acknowledged|admitted|argued|argues|alleged|alleges|quoted|cited"
    r"|spokesman|spokeswoman|spokesperson|sources?"
    # negation and restriction
    r"|not|no|never|none|nor|neither|nobody|nothing|nowhere|without|cannot|only|denied|denies|deny|refused"
    r"|refuses|failed|fails|unable|against"
    # hedges
    r"|may|might|could|would|should|reportedly|allegedly|apparently|possibly|probably|likely|unlikely"
    r"|perhaps|suspected|believed|expected|appears|appeared|seems|seemed|unconfirmed|estimated|about"
    r"|nearly|almost|roughly|approximately|if|unless|whether"
    r")\b|n't|\d|[\"“”]|``|''",
    re.IGNORECASE,
)
_VERBISH = re.compile(r"\b(?:is|are|was|were|has|have|had|will|be|been|being|did|does|do|[a-z]{3,}ed)\b")

RULES = (
    "dateline",
    "opener",
    "paren",
    "age",
    "appositive",
    "relative",
    "relative_end",
    "said_when",
    "trailing",
)
"""Every deletion rule, in the order they are tried."""
_KNOWN = frozenset(RULES)


class Compressed(NamedTuple):
    """A sentence after deletions: its text and the kept pieces (offsets into the source sentence)."""

    text: str
    pieces: tuple[tuple[int, int], ...]
    rules: tuple[str, ...]
    """The rules that deleted something, in ``RULES`` order."""


def _inside_quote(text: str, start: int) -> bool:
    """Whether ``start`` falls inside a quotation (an odd number of straight quotes, or an open curly or
    ``...'' one)."""
    before = text[:start]
    return (
        before.count('"') % 2 == 1
        or before.count("“") > before.count("”")
        or before.count("``") > before.count("''")
    )


def _safe(text: str, start: int, end: int, numbers_ok: bool = False) -> bool:
    """A deletion keeps every claim-bearing word: no attribution, negation, hedge, quote or number."""
    piece = text[start:end]
    for match in _KEEP_WORDS.finditer(piece):
        if not (numbers_ok and match.group().isdigit()):
            return False
    return not _inside_quote(text, start)


def _first_word(text: str, at: int) -> str:
    """The lower-cased word at ``at`` without a trailing comma ("" if longer than any opener's first)."""
    words = text[at : at + 16].split(None, 1)
    return words[0].rstrip(",").lower() if words else ""


def _chrome_head(text: str) -> int:
    """Length of the chrome before a sentence's words: update stamps, dashes and bullets, station codes and
    bracketed dates (``_STAMP``, ``_BULLET``, ``_CODE``, in any order), or 0 when none, or when what follows
    would not open a sentence (a capital, a digit or a quotation mark)."""
    at = 0
    for _ in range(4):
        found = _STAMP.match(text, at) or _BULLET.match(text, at) or _CODE.match(text, at)
        if found is None or found.end() == at:
            break
        at = found.end()
    return at if at and _HEAD_OPENS.match(text, at) else 0


def chrome_head(text: str) -> int:
    """Length of a shown sentence's chrome head (``_chrome_head``) and of any dateline after it, or 0: what a
    brief takes off a chosen sentence after selection, so that selection and its budget never see the cut."""
    head = _chrome_head(text) if text[:1] in _HEAD_FIRST or text.startswith(_STAMP_WORDS) else 0
    if not head:
        return 0
    more = _dateline(text[head:])
    return head + more if more and _HEAD_OPENS.match(text, head + more) else head


def _dateline(text: str) -> int:
    """Length of a leading dateline, dated or not, or 0."""
    if "-" not in text and "—" not in text and "–" not in text and "_" not in text:
        return 0  # every dateline ends in a dash (most sentences are spared the regex tries)
    dated = _DATED_DATELINE.match(text)
    if dated and len(dated.group().split()) <= 9:
        return dated.end()
    place = _PLACE_DATELINE.match(text)
    return place.end() if place else strip_dateline(text)


_CLAUSE_RULES = (
    ("age", _AGE),
    ("appositive", _APPOSITIVE),
    ("relative", _RELATIVE),
    ("relative_end", _RELATIVE_END),
    ("trailing", _TRAILING),
)
"""The rules that match a pattern over the whole sentence, in the order ``_found`` tries them."""


@cache
def _clause_rules(rules: frozenset[str]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The (rule, pattern) pairs of ``_CLAUSE_RULES`` that ``rules`` names, in order; kept per rule set
    (a run uses one or two), so a sentence is not checked against the rules it does not use."""
    return tuple((r, p) for r, p in _CLAUSE_RULES if r in rules)


def _found(text: str, rules: frozenset[str]) -> Iterable[tuple[str, int, int]]:
    """Candidate deletions (rule, start, end) before the safety checks of the rule kinds that need them."""
    head = _dateline(text) if "dateline" in rules else 0
    if head:
        yield "dateline", 0, head
    if "opener" in rules and "," in text and _first_word(text, head) in _OPENER_HEADS:
        opener = _OPENER.match(text, head)
        # "In a statement on Monday, the ministry said ..." loses its opener only if the rest attributes
        if opener and (
            not _SAYING_HEAD.match(text, head) or _KEEP_WORDS.search(text, opener.end()) is not None
        ):
            yield "opener", head, opener.end()
    if "paren" in rules and "(" in text:
        for match in _PAREN.finditer(text):
            if match.start() > head:
                yield "paren", match.start(), match.end()
    if "said_when" in rules and ("day" in text or "night" in text) and any(v in text for v in _REPORTING):
        for match in _SAID_WHEN.finditer(text):
            yield "said_when", match.start("when"), match.end("when")
    for rule, pattern in _clause_rules(rules):
        if rule.startswith("relative") and "who" not in text and "which" not in text:
            continue
        if rule == "trailing" and ", as " not in text and ", while " not in text:
            continue
        for match in pattern.finditer(text):
            start = match.end("name")
            if rule in ("age", "appositive") and _PREPOSITION.search(text, 0, match.start()):
                continue
            if _aside_name(text, start):
                continue  # "leader, Ayatollah Khamenei, a hard-liner, has": the name is an aside itself
            if rule == "appositive" and _VERBISH.search(text, start, match.end()):
                continue
            yield rule, start, match.end()


def _aside_name(text: str, end: int) -> bool:
    """Whether the capitalised words before ``end`` follow a comma that is not an opener's
    ("leader, Ayatollah Khamenei" is an aside itself; "However, Miller Tanner" is a subject)."""
    names = _NAMES_SINCE_COMMA.search(text, 0, end)
    if names is None:
        return False
    opener = _OPENER.match(text, _dateline(text))
    return opener is None or opener.end() != names.start() + len(names.group()) - len(names.group(1))


def _pieces(text: str, cuts: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """The complement of ``cuts`` (sorted, disjoint) in ``text``, without doubled or stray spaces."""
    pieces: list[tuple[int, int]] = []
    at = 0
    for start, end in cuts:
        if start > at:
            pieces.append((at, start))
        at = end
    if at < len(text):
        pieces.append((at, len(text)))
    tidy: list[tuple[int, int]] = []
    for start, end in pieces:
        if tidy:
            left_start, left_end = tidy[-1]
            if text[left_end - 1].isspace():  # "word " + " rest" or "word " + ", rest": one space, none
                while start < end and text[start].isspace():
                    start += 1
                if start < end and text[start] in ",.;:!?":
                    while left_end > left_start and text[left_end - 1].isspace():
                        left_end -= 1
                    tidy[-1] = (left_start, left_end)
        else:
            while start < end and text[start].isspace():
                start += 1
        if start < end:
            tidy.append((start, end))
    return tuple(tidy)


def compress(text: str, rules: Iterable[str] = RULES) -> Compressed:
    """``text`` without the deletions ``rules`` allow (all rules by default); unchanged if none applies."""
    wanted = rules if isinstance(rules, frozenset) else frozenset(rules)
    if not wanted <= _KNOWN:
        raise ValueError(f"unknown compression rule(s) {sorted(wanted - _KNOWN)} (known: {', '.join(RULES)})")
    return _compress(text, wanted)


_TRIGGERS = (",", "(", "-", "—", "–", "_", "day", "night")
"""Strings one of which every deletion ``_found`` yields needs in its text, whatever the rules: a comma
(opener, and every clause pattern's literal ","), "(" (paren), a dash (dateline: ``_dateline`` is 0
without one) or "day" / "night" (said_when). A third of the pipeline's candidates (8,467 of 27,275 in
jsonl-2000-s9-g2) hold none of them."""


def _compress(text: str, wanted: frozenset[str]) -> Compressed:
    """``compress`` with known rules."""
    if (
        "," not in text
        and "-" not in text
        and "day" not in text
        and "night" not in text
        and "(" not in text
        and "—" not in text
        and "–" not in text
        and "_" not in text
    ):  # none of ``_TRIGGERS`` (tested one by one: most texts hold the first)
        return Compressed(text, ((0, len(text)),), ())
    found = list(_found(text, wanted))
    if not found:
        return Compressed(text, ((0, len(text)),), ())
    cuts: list[tuple[int, int]] = []
    used: set[str] = set()
    for rule, start, end in sorted(found, key=lambda item: (item[1], -item[2])):
        if cuts and start < cuts[-1][1]:
            continue  # overlaps a deletion already made
        if rule != "dateline" and not _safe(text, start, end, numbers_ok=rule == "age"):
            continue
        cuts.append((start, end))
        used.add(rule)
    if not cuts:
        return Compressed(text, ((0, len(text)),), ())
    pieces = _pieces(text, cuts)
    joined = "".join(text[a:b] for a, b in pieces)
    return Compressed(joined[:1].upper() + joined[1:], pieces, tuple(r for r in RULES if r in used))


def rule_names(setting: str) -> tuple[str, ...]:
    """The rules a ``summarize.compress`` setting names: "" none, "all" every rule, else "rule+rule"."""
    if not setting:
        return ()
    names = RULES if setting == "all" else tuple(setting.split("+"))
    unknown = sorted(set(names) - set(RULES))
    if unknown:
        raise ValueError(f"unknown compression rule(s) {unknown} (known: all, {', '.join(RULES)})")
    return names


def shorten(pool: Sequence[Candidate], rules: Iterable[str], min_words: int) -> list[Candidate]:
    """``pool`` with each sentence compressed: text, concepts, length and opener of its kept pieces.

    Offsets and content words (the attribution signal) stay the source sentence's. A sentence that no
    rule shortens, or that would fall under ``min_words``, is kept whole (the same object).
    """
    wanted = frozenset(rules)
    if not wanted <= _KNOWN:
        raise ValueError(f"unknown compression rule(s) {sorted(wanted - _KNOWN)} (known: {', '.join(RULES)})")
    done: dict[str, dict[str, Any] | None] = {}
    out = []
    for cand in pool:
        if cand.text not in done:
            short = _compress(cand.text, wanted)
            n = len(short.text.split()) if short.rules else 0  # (a whole sentence is not counted again)
            if not short.rules or n < min_words:
                done[cand.text] = None
            else:
                _, bigrams, unigrams = sentence_terms(short.text)
                dangling = leans(short.text)
                done[cand.text] = {
                    "text": short.text,
                    "bigrams": bigrams,
                    "unigrams": unigrams,
                    "length": n,
                    "dangling": dangling,
                }
        fields = done[cand.text]
        out.append(cand if fields is None else cand._replace(**fields))
    return out


def kept_spans(source: Candidate, rules: Iterable[str]) -> tuple[Span, ...]:
    """The spans of ``source``'s article that its compressed text is made of (none if it is whole)."""
    short = compress(source.text, rules)
    if not short.rules:
        return ()
    return tuple(Span(source.article_id, source.start + a, source.start + b) for a, b in short.pieces)


def without_head(
    text: str, kept: tuple[Span, ...], source: Candidate, floor: int
) -> tuple[str, tuple[Span, ...]]:
    """A chosen sentence's shown ``text`` and ``kept`` pieces (empty: the whole ``source``) without its chrome
    head (``chrome_head``): the pieces then start after the head and the text is them joined, first letter
    upper-cased. Unchanged when there is no head or the rest would have fewer than ``floor`` words."""
    cut = chrome_head(text)
    rest = text[cut:]
    if not cut or len(rest.split()) < floor:
        return text, kept
    left, pieces = cut, []
    for piece in kept or (Span(source.article_id, source.start, source.end),):
        if left >= piece.end - piece.start:
            left -= piece.end - piece.start
            continue
        pieces.append(Span(piece.article_id, piece.start + left, piece.end))
        left = 0
    return rest[:1].upper() + rest[1:], tuple(pieces)


def aligned(pool: Sequence[Candidate], whole: ConceptMatrix, changed: Sequence[int]) -> ConceptMatrix:
    """``whole`` (the uncompressed pool's matrix) with the ``changed`` rows carrying the concepts of
    ``pool``'s compressed sentences instead; concepts ``whole`` lacks (bigrams across a deletion no whole
    sentence has) are left out."""
    vocab, bigrams_only = whole.vocab, not whole.unigram.any()
    fresh: dict[int, NDArray[np.int64]] = {}
    for i in changed:
        found = []
        for concept in pool[i].bigrams if bigrams_only else pool[i].concepts:
            j = bisect_left(vocab, concept)
            if j < len(vocab) and vocab[j] == concept:
                found.append(j)
        fresh[i] = np.asarray(sorted(found), dtype=np.int64)
    if isinstance(whole.rows, np.ndarray):
        rows = whole.rows.copy()
        for i, cols in fresh.items():
            rows[i] = 0.0
            rows[i, cols] = 1.0
        return ConceptMatrix(vocab, rows, whole.unigram)
    old = csr_array(whole.rows)
    parts = [
        fresh[i] if i in fresh else old.indices[old.indptr[i] : old.indptr[i + 1]] for i in range(len(pool))
    ]
    indptr = np.zeros(len(pool) + 1, dtype=np.int64)
    np.cumsum([len(p) for p in parts], out=indptr[1:])
    indices = np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)
    sparse = csr_array((np.ones(len(indices)), indices, indptr), shape=(len(pool), len(vocab)))
    return ConceptMatrix(vocab, sparse, whole.unigram)


def rebuilt(sentence: BriefSentence, texts: Mapping[str, str]) -> str:
    """A brief sentence's text as its spans give it (``texts``: article id -> cleaned text): the kept
    pieces joined, first letter upper-cased, or the whole first evidence span when nothing was deleted."""
    if not sentence.kept:
        first = sentence.evidence[0]
        return texts[first.article_id][first.start : first.end]
    joined = "".join(texts[k.article_id][k.start : k.end] for k in sentence.kept)
    return joined[:1].upper() + joined[1:]
