"""Timeline: dated statements resolved against each article's publication date, and who reported when."""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache

from newsfuse.compare.dates import MONTHS, WEEKDAYS, DateMention, dated_phrases
from newsfuse.model import Article, Credit, DatedStatement, Span

_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sep": 9}
_MONTH_OF = {word: _ABBR[word[:3]] for word in MONTHS + tuple(_ABBR)}
"""Month number of a month's name or abbreviation, lower-cased without its full stop."""
_WORD = re.compile(r"[A-Za-z]+\.?|\d+")
_RANGE_FROM = re.compile(r"^from\s+")
_RANGE_TO = re.compile(r"\s+(?:through|to|until|till)\s+")
_LEAD_WORD = re.compile(r"^(?:since|on|in|by|until|before|after|early|late)\s+")
_WD = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_GENERIC_BEFORE = re.compile(r"\b(?:any|every|each|typical|normal|average|any\s+given)\s+$", re.IGNORECASE)
"""Just before a weekday: "every Friday", "on a normal Saturday", "a typical Sunday" name no one day."""
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)\s+$")
_HEAD_AFTER = re.compile(r"^(?:\s*(?:[,.;:!?\"”’)]|$)|\s+(?:when|if|I|we|you|he|she|they)\b)")
"""After "a"/"an" a weekday is generic when it heads its phrase ("slammed on a Saturday night,"), not when it
qualifies a noun ("a Saturday shooting", "a Monday news conference": that one day)."""
_SCHEDULE_BEFORE = re.compile(rf"\b{_WD}s?\s*(?:through|thru|to|until|till|-|–|—)\s*$", re.IGNORECASE)
_SCHEDULE_AFTER = re.compile(
    rf"^s?(?:\s+(?:morning|afternoon|evening|night))?s?\s*(?:through|thru|to|until|till|-|–|—)\s*{_WD}\b",
    re.IGNORECASE,
)
"""A weekday at either end of a span of weekdays ("runs Monday through Saturday"): a schedule, not a day."""
_PLURAL_AFTER = re.compile(r"^(?:s|\s+(?:morning|afternoon|evening|night)s)\b")
"""A weekday written in the plural ("Saturday nights", "on Thursday nights"): the match stops before it."""
_HABITUAL = re.compile(
    r"\b(?:usually|typically|normally|generally|often|always|routinely|regularly|sometimes|rarely|seldom)\b"
)
"""A clause that says what happens as a rule, not on one day (read lower-cased)."""
_CLAUSE_START = re.compile(r"(?s)^.*(?:[.;:!?,\n]|\b(?:where|who|which|that|when|after|before|because|as)\b)")
"""The text up to the last clause break: what follows is the weekday's own clause."""
_WEEKDAY_FORMS = frozenset(("wd", "on", "early"))
_RELATIVE_BEFORE = re.compile(r"\b(?:Last|Next|This)\s+$")
"""A capitalised "Last"/"Next"/"This" before a bare weekday (the date scan reads only the lower-case words as
relative): "Last Thursday, an assailant …" is the week before's Thursday, not the latest one."""


def _pub_date(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def _weekday(text: str, pub: date, future: bool) -> date | None:
    lowered = text.lower()
    day = next((i for i, w in enumerate(WEEKDAYS) if w in lowered), None)
    if day is None:
        return None
    back = (pub.weekday() - day) % 7
    if lowered.startswith("last"):  # a writer says "yesterday" or the bare day for the day before
        return pub - timedelta(days=back + 7 if back <= 1 else back)
    if lowered.startswith("next") or (future and back):
        return pub + timedelta(days=(day - pub.weekday()) % 7 or 7)
    return pub - timedelta(days=back)


def _point(text: str, pub: date, future: bool) -> str | None:
    words = _WORD.findall(text)
    month = next((_MONTH_OF[k] for k in (w.lower().rstrip(".") for w in words) if k in _MONTH_OF), None)
    numbers = [int(w) for w in words if w.isdigit()]
    year = next((n for n in numbers if n > 31), None)
    day = next((n for n in numbers if n <= 31), None)
    if month and day:
        if year is None:  # a month-day without a year: the nearest such day in the right direction
            year = pub.year
            if not future and (month, day) > (pub.month, pub.day) and month - pub.month > 2:
                year -= 1
            elif future and (month, day) < (pub.month, pub.day) and pub.month - month > 2:
                year += 1
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            return None
    if month:
        if year is None:
            year = pub.year + 1 if future and month < pub.month else pub.year
        return f"{year:04d}-{month:02d}"
    if year and not day:
        return f"{year:04d}"
    resolved = _weekday(text, pub, future)
    return resolved.isoformat() if resolved else None


def resolve(mention: DateMention, published: str | None) -> str | None:
    """ISO date, month, year or "start/end" span for a date expression; None when it cannot be placed."""
    return _resolved(mention.text, mention.form, mention.future, (published or "")[:10])


@lru_cache(maxsize=4096)
def _resolved(text: str, form: str, future: bool, published: str) -> str | None:
    """``resolve`` of a mention's text, form and tense against a publication day (the articles of an event
    share their days and many of their date phrases: kept for the latest 4,096)."""
    pub = _pub_date(published)
    if pub is None:
        return None
    if form == "range":
        a, b = _RANGE_TO.split(_RANGE_FROM.sub("", text), maxsplit=1)
        start, end = _point(a, pub, True), _point(b, pub, True)
        return f"{start}/{end}" if start and end else None
    if form == "deictic":
        shift = {"yesterday": -1, "tomorrow": 1, "last night": -1}.get(text.lower(), 0)
        return (pub + timedelta(days=shift)).isoformat()
    if form == "rel" and not any(w in text.lower() for w in WEEKDAYS):
        return None
    return _point(_LEAD_WORD.sub("", text), pub, future)


def generic_weekday(text: str, start: int, end: int, form: str) -> bool:
    """Whether the weekday phrase ``text[start:end]`` names no one day: after "every/any/on a normal …" or
    heading a phrase after "a" ("on a Saturday night,"), in the plural, at either end of a bare span of
    weekdays ("runs Monday through Saturday") or in a habitual clause ("usually")."""
    if form not in _WEEKDAY_FORMS:
        return False
    written = text[start:end].lower()
    if not any(w in written for w in WEEKDAYS):
        return False
    tail = text[max(0, start - 24) : start]  # (the patterns that end at the weekday: 24 characters hold them)
    after = text[end : end + 40]
    if _GENERIC_BEFORE.search(tail) or _PLURAL_AFTER.match(after):
        return True
    if _INDEFINITE_BEFORE.search(tail) and _HEAD_AFTER.match(after):
        return True
    if _SCHEDULE_BEFORE.search(tail) or _SCHEDULE_AFTER.match(after):
        return True
    before = text[max(0, start - 80) : start].lower()
    if not _HABITUAL.search(before):  # (the clause is cut only when the words hold a habitual adverb)
        return False
    cut = _CLAUSE_START.match(before)
    return bool(_HABITUAL.search(before[cut.end() :] if cut else before))


def timeline(articles: Sequence[Article]) -> list[DatedStatement]:
    """Every resolvable dated statement of the event, ordered by the date it refers to (a weekday that names
    no one day, see :func:`generic_weekday`, is left out)."""
    out = []
    for article in articles:
        day = (article.published or "")[:10]
        text = article.text
        for written, start, end, form, future in dated_phrases(text):  # (``extract_dates``' fields)
            if generic_weekday(text, start, end, form):
                continue
            if form == "wd" and (relative := _RELATIVE_BEFORE.search(text, max(0, start - 6), start)):
                resolved = _resolved(f"{relative.group(0)}{written}", "rel", future, day)
            else:
                resolved = _resolved(written, form, future, day)
            if resolved:
                out.append(DatedStatement(written, Span(article.id, start, end), resolved, article.published))
    return sorted(out, key=lambda d: (d.resolved, d.span.article_id, d.span.start))


def date_only(published: str) -> bool:
    """Whether a publication time is a day without its hour (ISO 8601's date alone, "2026-03-12")."""
    return len(published) == 10


def moment(published: str) -> datetime:
    """A publication time as an aware datetime for ordering: a time without an offset is read as UTC, a date
    alone is its day's end (its hour is unknown: it ranks before no report timed that day), and an
    unparseable value sorts last."""
    try:
        parsed = datetime.fromisoformat(published)
    except ValueError:
        return datetime.max.replace(tzinfo=UTC)
    if date_only(published):
        parsed += timedelta(days=1, microseconds=-1)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def first_reports(articles: Iterable[Article], credits: Iterable[Credit]) -> list[tuple[str, str]]:
    """(outlet, first publication) per outlet, earliest first (``moment``); an outlet whose first report
    credits another outlet of the pile (a copy of a wire story under its dateline, "includes information
    from") follows that outlet, whatever its own time stamp says, and copies that follow one origin keep
    their own time order. Credited outlets outside the pile come first with an empty time, since the pile
    credits them as earlier."""
    credits = list(credits)
    first: dict[str, Article] = {}
    for article in articles:
        outlet = article.outlet or article.id
        if article.published and (
            outlet not in first or moment(article.published) < moment(first[outlet].published or "")
        ):
            first[outlet] = article
    outlet_of = {article.id: outlet for outlet, article in first.items()}
    follows: dict[str, set[str]] = {}
    for credit in credits:
        crediting = outlet_of.get(credit.article_id)
        if (
            crediting is not None
            and credit.in_corpus
            and credit.outlet in first
            and credit.outlet != crediting
        ):
            follows.setdefault(crediting, set()).add(credit.outlet)
    order = _after_origins({o: (moment(a.published or ""), o) for o, a in first.items()}, follows)
    absent = sorted({c.outlet for c in credits if not c.in_corpus and c.outlet not in first})
    return [(o, "") for o in absent] + [(o, first[o].published or "") for o in order]


def _after_origins(keys: dict[str, tuple[datetime, str]], follows: dict[str, set[str]]) -> list[str]:
    """The outlets by their keys, each after every outlet it ``follows``: the earliest outlet whose origins
    are all placed goes next (a heap, one pass). Credits that go round in a circle say nothing of who was
    first: those between outlets of one circle are passed over, the others kept."""
    circle = _circles(follows)
    waiting: dict[str, int] = {}
    followers: dict[str, list[str]] = {}
    for outlet, origins in follows.items():
        for origin in origins:
            if circle.get(origin) != circle[outlet]:
                waiting[outlet] = waiting.get(outlet, 0) + 1
                followers.setdefault(origin, []).append(outlet)
    ready = [keys[o] for o in keys if o not in waiting]
    heapq.heapify(ready)
    order: list[str] = []
    while ready:
        outlet = heapq.heappop(ready)[1]
        order.append(outlet)
        for follower in followers.get(outlet, ()):
            waiting[follower] -= 1
            if not waiting[follower]:
                heapq.heappush(ready, keys[follower])
    return order


def _circles(graph: dict[str, set[str]]) -> dict[str, str]:
    """Each node of ``graph`` (and each it points to) named by its strongly connected component: nodes that
    reach each other share a name (Tarjan's, without recursion)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    component: dict[str, str] = {}
    for root in graph:
        if root in index:
            continue
        index[root] = low[root] = len(index)
        stack.append(root)
        work = [(root, iter(graph[root]))]
        while work:
            node, edges = work[-1]
            nxt = next(edges, None)
            if nxt is None:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    while (member := stack.pop()) != node:
                        component[member] = node
                    component[node] = node
            elif nxt not in index:
                index[nxt] = low[nxt] = len(index)
                stack.append(nxt)
                work.append((nxt, iter(graph.get(nxt, ()))))
            elif nxt not in component:
                low[node] = min(low[node], index[nxt])
    return component
