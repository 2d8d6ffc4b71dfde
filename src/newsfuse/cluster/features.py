"""What identifies an event, as weighted terms: words, entity-like spans, numbers, and the day.

An article becomes a bag of terms of three kinds, told apart by a prefix:

- words: stemmed content words of the title (without the outlet's name a site appends) and the text's
  lead (each counted twice) and of the rest of the first ``max_words`` words of the text;
- ``e:`` entity-like spans: runs of capitalised words ("Port Emmet", "Calloway Freight") and each of
  their words, which tie articles across languages and wordings;
- ``n:`` numbers ("120", "3.5"), which tell look-alike incidents apart.

``weigh`` turns the counts into a unit-length TF-IDF vector with a weight per kind.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping
from datetime import date
from operator import itemgetter, mul

from newsfuse.config import ClusterConfig
from newsfuse.model import Article
from newsfuse.text.words import STOP_WORDS, content_words

ENTITY = "e:"
NUMBER = "n:"
DATE = "#"
"""``article_terms`` counts a date the text names well before the article's own day (``date_references``)
as ``#`` and the day's number (a month named as a time: ``#`` and its first and last days' numbers, with a
``-`` between), and under ``#`` alone how many there are. They are not terms of the vector
(``weigh`` leaves them out): they tie a follow-up to the event of that day (``dates_of``)."""
DATE_BACK_DAYS = 8
"""A date named in the text is kept (``DATE``) when it is at least this many days before the article's
publication day: past ``cluster.time_window_days``, where only ties reach."""
_MONTHS = {
    m: n
    for n, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
# a month's name or short form as a word ("March", "Aug.", "Sept"), then a day after it ("Aug. 16, 2015") or
# before it ("16 August 2015"): the name is found first (a scan for its capitals: a few µs per article), the
# day looked for next to it only then
_MONTH = re.compile(
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?"
)
_DAY_AFTER = re.compile(r"\s+(\d{1,2})(?:st|nd|rd|th)?(?![\d:])")
_DAY_BEFORE = re.compile(r"(?<![\w.,:])(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?$")
_YEAR = re.compile(r",?\s+((?:19|20)\d\d)\b")
# a month named alone as a time ("in March", "since last August", "mid-May 2015"): the words before it
# ("last month" was tried too: GVA -0.0002)
_MONTH_BEFORE = re.compile(
    r"(?<!\w)(?:[Ii]n|[Ss]ince|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id|[Ll]ast|[Tt]his past)[\s-]+$"
)
_MONTH_YEAR = re.compile(r"\s+((?:19|20)\d\d)\b")
_CAPITALISED = r"[A-ZÀ-ÖØ-Þ][\w'’-]*"
_ENTITY_RUN = re.compile(rf"{_CAPITALISED}(?:[ \t]+(?:(?:of|de|del|la|van|von|der)[ \t]+)?{_CAPITALISED})*")
_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*")
_SENTENCE_MARKS = frozenset('.!?:;"“”«»|\n(')
_FOREIGN_ARTICLES = frozenset({"el", "la", "los", "las", "un", "una", "der", "die", "das", "le", "les", "il"})
_NOT_NAMES = STOP_WORDS | _FOREIGN_ARTICLES
_WEIGHT = itemgetter(1)
# a title's parts: "Man shot on Elm Street - WKRN News 2 :: Nashville"
_TITLE_PARTS = re.compile(r"\s(?:\||-|–|—|::|»)\s")
_OUTLET_WORD = re.compile(r"[^a-z]|(?:of|and|the|on|at|in|&)$")
OUTLET_WORDS = 6
"""A title's last part after a separator is an outlet's name when it has at most this many words, each
capitalised (or a digit, a mark, a short link word), and what is left of the title has 3 words or more."""


def published_day(published: str | None) -> int | None:
    """The publication date as a day number (proleptic ordinal), or None when absent or unreadable."""
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10]).toordinal()
    except ValueError:
        return None


def _opens_sentence(text: str, start: int) -> bool:
    """Whether ``text[start:]`` opens a sentence: only blanks since the text's start, a line break or a
    sentence mark (looked at backwards from ``start``, so the cost does not grow with the text)."""
    at = start
    while at > 0 and text[at - 1].isspace():
        at -= 1
        if text[at] == "\n":
            return True
    return at == 0 or text[at - 1] in _SENTENCE_MARKS


def _bare(word: str) -> str:
    """A word without quote marks or hyphens at its ends nor a possessive ending ("Smith's" -> "smith")."""
    word = word.strip("'’-")
    return word[:-2] if word.endswith(("'s", "’s")) else word


def _entities(text: str) -> list[str]:
    found: list[str] = []
    for match in _ENTITY_RUN.finditer(text):
        words = match.group(0).split()
        while words and words[0].lower() in _NOT_NAMES:
            words = words[1:]
        if not words:
            continue
        at_start = _opens_sentence(text, match.start())
        if len(words) == 1 and at_start and len(match.group(0).split()) == 1:
            continue  # a lone capitalised word opening a sentence is usually not a name
        names = [_bare(w.lower()) for w in words if w.lower() not in _NOT_NAMES]
        found.extend(ENTITY + n for n in names if len(n) > 1)
        if len(names) > 1:
            found.append(ENTITY + " ".join(names))
    return found


def headline(title: str) -> str:
    """A title without the outlet's name a site appends to it ("Teen shot in Rocky Mount :: WRAL.com" ->
    "Teen shot in Rocky Mount"): the name would tie the outlet's articles on every event together and
    keep other outlets' articles on the same event apart. Parts are cut from the end, see
    ``OUTLET_WORDS``; a title with no such part is returned as it is."""
    parts = _TITLE_PARTS.split(title)
    if len(parts) == 1:
        return title
    keep = len(parts)
    while keep > 1:
        last = parts[keep - 1].split()
        if len(last) > OUTLET_WORDS or not all(map(_OUTLET_WORD.match, last)):
            break
        if sum(len(part.split()) for part in parts[: keep - 1]) < 3:
            break
        keep -= 1
    return title if keep == len(parts) else " - ".join(parts[:keep])


def date_references(text: str, day: int) -> list[tuple[int, int]]:
    """The dates ``text`` names ("on March 3", "Aug. 16, 2015", "16 August") at least ``DATE_BACK_DAYS``
    before ``day``, the article's own, and the months it names as a time ("in March", "since mid-May 2015")
    that began that long before, each as its first and last day (proleptic ordinals: the same
    for a date), in order of first mention. A date or month without a year is taken in the latest year
    that puts it (its first day) no later than the day after ``day``."""
    found: list[tuple[int, int]] = []
    today = date.fromordinal(day)
    for month in _MONTH.finditer(text):
        start, end = month.span()
        if start and text[start - 1].isalnum():
            continue
        at = _MONTHS[text[start : start + 3].lower()]
        after = _DAY_AFTER.match(text, end)
        before = None if after else _DAY_BEFORE.search(text, max(0, start - 12), start)
        if after is None and before is None:
            if _MONTH_BEFORE.search(text, max(0, start - 12), start):
                year = _MONTH_YEAR.match(text, end)
                _add(found, _month(int(year.group(1)) if year else today.year, at, year is None, day))
            continue
        number = int((after or before).group(1))  # type: ignore[union-attr]
        year = _YEAR.match(text, after.end() if after else end)
        try:
            when = date(int(year.group(1)) if year else today.year, at, number).toordinal()
            if year is None and when > day + 1:
                when = date(today.year - 1, at, number).toordinal()
        except ValueError:  # February 30, the 29th of a year without one, a "0"
            continue
        if when <= day - DATE_BACK_DAYS:
            _add(found, (when, when))
    return found


def _month(year: int, month: int, guessed: bool, day: int) -> tuple[int, int] | None:
    """A month's first and last day, if it began at least ``DATE_BACK_DAYS`` before ``day`` (``guessed``:
    the year is a guess, taken a year earlier when the month would begin after ``day``)."""
    first = date(year, month, 1)
    if guessed and first.toordinal() > day:
        first = date(year - 1, month, 1)
    following = date(first.year + 1, 1, 1) if month == 12 else date(first.year, month + 1, 1)
    span = first.toordinal(), following.toordinal() - 1
    return span if span[0] <= day - DATE_BACK_DAYS else None


def _add(found: list[tuple[int, int]], span: tuple[int, int] | None) -> None:
    if span is not None and span not in found:
        found.append(span)


LEAD_WORDS = ClusterConfig.lead_words


def article_terms(article: Article, max_words: int, lead_words: int = LEAD_WORDS) -> Counter[str]:
    """Term counts of an article: words, entity-like spans and numbers of its title and opening text.

    The title (its ``headline``: without an outlet's name) counts twice; the text's first ``lead_words``
    words (its lead) count twice too when the text is longer than that (a bare headline is not counted
    again), the rest of the text once."""
    title = headline(article.title) if article.title else ""
    words = article.text.split(maxsplit=max_words)[:max_words]
    lead = " ".join(words[:lead_words]) if 0 < lead_words < len(words) else ""
    body = " ".join(words[lead_words:] if lead else words)
    terms: Counter[str] = Counter()
    for part, times in ((title, 2), (lead, 2), (body, 1)):
        if not part:
            continue
        # the stemmer leaves "police'" of "police's": the possessive mark goes, as for names
        found = [w.rstrip("'’") for w in content_words(part) if not w[0].isdigit()]
        found += _entities(part)
        found += [NUMBER + n.replace(",", "") for n in _NUMBER.findall(part)]
        terms.update(found * times)
    day = published_day(article.published)
    if day is not None:
        named = date_references(f"{title}\n{' '.join(words)}", day)
        if named:
            terms[DATE] = len(named)
            terms.update(
                dict.fromkeys(
                    [f"{DATE}{first}" if first == last else f"{DATE}{first}-{last}" for first, last in named],
                    1,
                )
            )
    return terms


def dates_of(terms: Mapping[str, int]) -> list[tuple[int, int]]:
    """The first and last days of the dates and months an article's ``article_terms`` hold (``DATE``), in
    order of first mention."""
    if DATE not in terms:
        return []
    spans = []
    for term in terms:
        if term[0] == DATE and len(term) > 1:
            first, _, last = term[1:].partition("-")
            spans.append((int(first), int(last or first)))
    return spans


class _Logs(dict[int, float]):
    """``ln(n + shift) + add`` of whole numbers, computed once per number: terms share a few counts and
    document frequencies, so ``weigh`` looks most of its logarithms up (the numbers seen stay few: counts
    are bounded by ``max_words``, and a corpus's distinct document frequencies grow far slower than it)."""

    def __init__(self, shift: int, add: float) -> None:
        super().__init__()
        self.shift, self.add = shift, add

    def __missing__(self, n: int) -> float:
        value = self[n] = math.log(n + self.shift) + self.add
        return value


_TF = _Logs(0, 1.0)  # 1 + ln(count): the sublinear term frequency
_LOG_DF = _Logs(1, 0.0)  # ln(1 + document frequency)


def _exact_factor(weight: float) -> bool:
    """Whether multiplying by ``weight`` is exact in binary floating point (0 or a power of two, either
    sign): then ``tf * (idf * weight)`` equals ``(tf * idf) * weight`` bit for bit."""
    return weight == 0.0 or math.frexp(abs(weight))[0] == 0.5


class TermFactors(dict[str, float]):
    """Per term, its IDF times its kind's weight, as ``weigh`` computes them, for fixed document
    frequencies (batch mode, ``closed_clusters``): computed once per term, then looked up. Only for
    configurations whose kind weights are exact factors (``exact``; the defaults 2 and 1 are), so that
    ``weigh`` gives the same vectors bit for bit with or without them."""

    def __init__(self, document_frequency: Mapping[str, int], documents: int, config: ClusterConfig) -> None:
        super().__init__()
        self._frequency = document_frequency.get
        self._kinds = {ENTITY: config.entity_weight, NUMBER: config.number_weight}.get
        self._scale = math.log(1 + documents) + 1.0

    @staticmethod
    def exact(config: ClusterConfig) -> bool:
        """Whether factors give the same vectors as ``weigh`` without them under this configuration."""
        return _exact_factor(config.entity_weight) and _exact_factor(config.number_weight)

    def __missing__(self, term: str) -> float:
        value = self[term] = (self._scale - _LOG_DF[self._frequency(term, 0)]) * self._kinds(term[:2], 1.0)
        return value


def weigh(
    terms: Mapping[str, int],
    document_frequency: Mapping[str, int],
    documents: int,
    config: ClusterConfig,
    factors: Mapping[str, float] | None = None,
) -> dict[str, float]:
    """A unit TF-IDF vector (sublinear tf, weight per kind) of the ``config.vector_terms`` top terms.

    IDF is smoothed as scikit-learn's: ``ln((1 + n) / (1 + df)) + 1``. Terms come heaviest first.
    ``factors``: the ``TermFactors`` of these document frequencies and ``documents`` (the same vector,
    faster), for a configuration where ``TermFactors.exact`` holds.
    """
    tf = _TF
    if DATE in terms:  # the dates named are no terms of the vector
        terms = {t: c for t, c in terms.items() if t[0] != DATE}
    if factors is not None:
        # one lookup per term for its IDF and kind weight: the same values (fourteenth session)
        # three maps zipped, not a comprehension: the same products, ~10 % less CPU over jsonl-10000's
        # leaders (twentieth session)
        raw = list(
            zip(
                terms,
                map(mul, map(tf.__getitem__, terms.values()), map(factors.__getitem__, terms)),
                strict=True,
            )
        )
    else:
        kinds = {ENTITY: config.entity_weight, NUMBER: config.number_weight}.get
        scale = math.log(1 + documents) + 1.0
        frequency, log_df = document_frequency.get, _LOG_DF
        # a comprehension, not a chain of ``map``: 10 % less CPU on CPython 3.11 (jsonl-2000-s9-g2's
        # terms), and a profiler does not bill each term's C calls to it (cluster.md, tenth round); the
        # logarithms looked up, not computed per term: the same values, 15 % less CPU (cluster.md,
        # thirteenth session)
        raw = [(t, tf[c] * (scale - log_df[frequency(t, 0)]) * kinds(t[:2], 1.0)) for t, c in terms.items()]
    top = sorted(raw, key=_WEIGHT, reverse=True)[: config.vector_terms]
    if not top:
        return {}
    norm = math.sqrt(math.fsum([w * w for _, w in top]))
    return {t: w / norm for t, w in top} if norm else {}
