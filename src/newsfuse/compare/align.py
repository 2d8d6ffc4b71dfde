"""Alignment: one fact per slot and value with every supporting article; conflicts between values.

Two values of one slot conflict only when no independent source (``source_of``: one per origin outlet)
reports both, their magnitudes are within ``conflict_ratio`` of each other and the sentences around them
share enough words (``conflict_context``):
"two firefighters were treated" does not contradict "140 firefighters fought the blaze".
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence, Set
from dataclasses import replace
from functools import lru_cache

from newsfuse.compare.article import article_contexts, article_mentions, article_reports, forget_texts
from newsfuse.compare.dates import clear_caches as clear_date_caches
from newsfuse.compare.dates import date_value
from newsfuse.compare.entities import PER
from newsfuse.compare.entities import clear_caches as clear_entity_caches
from newsfuse.compare.mentions import Mention
from newsfuse.compare.mentions import clear_caches as clear_word_caches
from newsfuse.compare.quantities import about_other_things, format_value
from newsfuse.compare.quantities import clear_caches as clear_quantity_caches
from newsfuse.compare.quotes import clear_caches as clear_quote_caches
from newsfuse.compare.quotes import is_person
from newsfuse.compare.reported import clear_caches as clear_report_caches
from newsfuse.compare.statements import (
    Claim,
    NumberIndex,
    claim,
    claim_words,
    contradiction,
    group_claims,
    named,
)
from newsfuse.compare.statements import clear_caches as clear_statement_caches
from newsfuse.compare.versions import Version, group_versions
from newsfuse.config import CompareConfig
from newsfuse.model import Article, Conflict, Fact, Span

UNKNOWN = "unknown speaker"


@lru_cache(maxsize=65536)
def _fact_id(kind: str, slot: str, value: str) -> str:
    return "f-" + hashlib.blake2b(f"{kind}|{slot}|{value}".encode(), digest_size=5).hexdigest()


def clear_caches() -> None:
    """Forget every article read and every word, name and fact id worked out (to measure cold reads)."""
    article_mentions.cache_clear()
    article_reports.cache_clear()
    forget_texts()
    _fact_id.cache_clear()
    clear_date_caches()
    clear_entity_caches()
    clear_quantity_caches()
    clear_word_caches()
    clear_quote_caches()
    clear_report_caches()
    clear_statement_caches()


def _fact(
    kind: str,
    slot: str,
    key: str,
    mentions: Sequence[Mention],
    source_of: Mapping[str, str],
    value: str | None = None,
    speaker: str | None = None,
    text: str | None = None,
    cue_of: Mapping[Span, Span | None] | None = None,
) -> Fact:
    """One fact from the mentions that state it: the first mention's words (or ``text`` and ``value``),
    every source; with ``cue_of``, the cue of each evidence span (reported speech)."""
    if len(mentions) == 1:  # most facts: one mention (the same fields as below, without sorting)
        first = mentions[0]
        article_ids: tuple[str, ...] = (first.span.article_id,)
        evidence: tuple[Span, ...] = (first.span,)
        role, time, sources = first.role or None, first.time or None, 1
        concept = first.concept
    else:
        article_ids = tuple(sorted({m.span.article_id for m in mentions}))
        first = min(mentions, key=lambda m: (m.span.article_id, m.span.start))
        evidence = tuple(sorted({m.span for m in mentions}, key=lambda s: (s.article_id, s.start)))
        role = next((m.role for m in mentions if m.role), None)
        times = sorted({m.time for m in mentions if m.time})
        time = times[0] if times else None
        sources = len({source_of.get(a, a) for a in article_ids})
        concept = first.concept or next((m.concept for m in mentions if m.concept), None)
    return Fact(  # by position, in FACT_FIELDS' order (a third cheaper than by keyword; tens per article)
        _fact_id(kind, slot, key),
        kind,
        first.text if text is None else text,
        first.value if value is None else value,
        evidence,
        article_ids,
        sources,
        slot,
        speaker,
        first.unit,
        (),
        role,
        time,
        tuple(cue_of[s] for s in evidence) if cue_of is not None else (),
        concept,
        (),
    )


FACT_FIELDS = (
    "id",
    "kind",
    "text",
    "value",
    "evidence",
    "article_ids",
    "independent_sources",
    "slot",
    "speaker",
    "unit",
    "conflicts",
    "role",
    "time",
    "cues",
    "concept",
    "revised",
)
"""The fields of :class:`newsfuse.model.Fact` in order, as :func:`_fact` passes them (a test holds them to the
model's)."""


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def _quantity_facts(
    slot: str,
    mentions: Sequence[Mention],
    source_of: Mapping[str, str],
    config: CompareConfig,
    articles: Mapping[str, Article],
) -> list[Fact]:
    if len(mentions) == 1:  # most slots: one number, one fact, nothing to clash with
        only = mentions[0]
        key = _value_key(round(only.number or 0.0, 6))
        return [_fact("quantity", slot, key, mentions, source_of, value=only.value)]
    by_value: dict[float, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_value[round(m.number or 0.0, 6)].append(m)
    facts, groups, numbers = [], {}, {}
    for number, group in sorted(by_value.items()):
        if len(group) == 1:
            shown = group[0]
        else:
            plain = [m for m in group if not m.qualifier]
            shown = min(plain or group, key=lambda m: (m.span.article_id, m.span.start))
        fact = _fact("quantity", slot, _value_key(number), group, source_of, value=shown.value)
        facts.append(fact)
        groups[fact.id] = group
        numbers[fact.id] = number
    contexts: dict[str, frozenset[str]] = {}

    def context(fact: Fact) -> frozenset[str]:
        """The content-word stems around the fact's mentions, worked out the first time a test reads them."""
        found = contexts.get(fact.id)
        if found is None:
            found = contexts[fact.id] = frozenset().union(
                *(
                    article_contexts(articles[m.span.article_id])(m.span.start, m.span.end)
                    for m in groups[fact.id]
                )
            )
        return found

    def clash(a: Fact, b: Fact) -> bool:
        low, high = sorted((abs(numbers[a.id]), abs(numbers[b.id])))
        if slot == "clock time" and (_hedged(groups[a.id]) or _hedged(groups[b.id])):
            return False
        return (
            low > 0
            and high / low <= config.conflict_ratio
            and _overlap(context(a), context(b)) >= config.conflict_context
            and not about_other_things(
                groups[a.id], groups[b.id], context(a), context(b), mentions, config.conflict_ratio
            )
        )

    return _with_conflicts(facts, clash, lambda f: f.value, source_of, revised=True)


def _value_key(number: float) -> str:
    """A quantity's value as its fact id reads it: as shown (``format_value``) when that keeps it whole,
    else in full: durations are days, and 20, 15 and 10 minutes all show as "0.01" (one id for three
    facts, so a page's link or a conflict named the wrong one)."""
    return format_value(number) if round(number, 2) == number else repr(number)


def _hedged(group: Sequence[Mention]) -> bool:
    """Whether every mention of a value hedges or bounds it ("about 9 a.m.", "before 9 a.m.")."""
    return all(m.qualifier for m in group)


def _with_conflicts(
    facts: list[Fact],
    clash: Callable[[Fact, Fact], bool],
    shown: Callable[[Fact], str],
    source_of: Mapping[str, str],
    aspect: str = "value",
    revised: bool = False,
) -> list[Fact]:
    """Record, on each fact, the clashing values that no independent source reporting this one also
    reports: values one source gives both ways (in one article, or in an outlet's two versions of a story)
    are its own update or range, not sources disagreeing. With ``revised``, a clashing value one source
    gives in another article than this one is recorded as the fact's ``revised`` instead."""
    if len({a for f in facts for a in f.article_ids}) < 2:
        return facts  # one article (a single-article event): it reports every value, nothing clashes
    sources = [{source_of.get(a, a) for a in f.article_ids} for f in facts]
    several = len(set().union(*sources)) > 1
    if not several and not revised:
        return facts  # one independent source: it reports every value, nothing clashes
    out = []
    for fact, own in zip(facts, sources, strict=True):
        conflicts: list[Conflict] = []
        changed: list[Conflict] = []
        articles = set(fact.article_ids)
        for o, theirs in zip(facts, sources, strict=True):
            if o.id == fact.id:
                continue
            if not theirs & own:
                if clash(fact, o):
                    conflicts.append(Conflict(o.id, shown(o), o.article_ids, aspect))
            elif revised and articles.isdisjoint(o.article_ids) and clash(fact, o):
                changed.append(Conflict(o.id, shown(o), o.article_ids, aspect))
        if conflicts or changed:
            fact = replace(
                fact, conflicts=fact.conflicts + tuple(conflicts), revised=fact.revised + tuple(changed)
            )
        out.append(fact)
    return out


def canonical_people(names: Iterable[str]) -> dict[str, str]:
    """Surname → full name, where exactly one full name in the event ends with that surname."""
    full: dict[str, set[str]] = defaultdict(set)
    for name in names:
        if " " in name:
            full[name.split()[-1]].add(name)
    return {last: next(iter(v)) for last, v in full.items() if len(v) == 1}


def _quote_facts(
    versions: Sequence[Version], names: Mapping[str, str], source_of: Mapping[str, str]
) -> list[Fact]:
    """Facts for one utterance: one per (wording, speaker); speaker and wording conflicts between them."""
    facts: list[Fact] = []
    wording: dict[str, str] = {}
    for version in versions:
        by_speaker: dict[str, list[Mention]] = defaultdict(list)
        for m in version.mentions:
            by_speaker[names.get(m.speaker or "", m.speaker or UNKNOWN)].append(m)
        for speaker, group in sorted(by_speaker.items()):
            longest = max((m.text for m in group), key=len)
            fact = _fact(
                "quote", "speaker", f"{version.key}|{speaker}", group, source_of, longest, speaker, longest
            )
            wording[fact.id] = version.key
            facts.append(fact)
    facts = _with_conflicts(
        facts,
        lambda a, b: is_person(a.speaker or "") and is_person(b.speaker or "") and a.speaker != b.speaker,
        lambda f: f.speaker or "",
        source_of,
        "speaker",
    )
    return _with_conflicts(
        facts, lambda a, b: wording[a.id] != wording[b.id], lambda f: f.text, source_of, "wording"
    )


def _reported_facts(
    articles: Sequence[Article],
    quotes: Sequence[Mention],
    names: Mapping[str, str],
    people: Set[str],
    source_of: Mapping[str, str],
    config: CompareConfig,
) -> list[Fact]:
    """One fact per statement of a speaker (see :mod:`newsfuse.compare.statements`): its reported versions
    and the direct quotes saying the same, each evidence span with its cue (None for a quote); statements of
    one named speaker that contradict (negation, clashing numbers) are conflicts."""
    reported: dict[str, list[Claim]] = defaultdict(list)
    numbers: dict[str, NumberIndex] = {}
    for article in articles:
        reports = article_reports(article)
        if not reports:
            continue
        numbers[article.id] = found = NumberIndex.of(article_mentions(article).quantities)
        for r in reports:
            if r.speaker:
                speaker = _person(r.speaker, names, people)
                content = Mention(
                    "reported", "reported speech", r.text, r.text, r.content, speaker, role=r.role
                )
                reported[speaker].append(claim(content, r.cue, found))
    quoted: dict[str, list[Claim]] = defaultdict(list)
    for q in quotes:
        speaker = _person(q.speaker or "", names, people)
        if speaker in reported:
            quoted[speaker].append(claim(q, None, numbers.get(q.span.article_id) or NumberIndex.of(())))
    facts: list[Fact] = []
    for speaker, claims in sorted(reported.items()):
        groups = group_claims(  # in text order whatever the order of the event's articles
            sorted(claims, key=_at),
            sorted(quoted.get(speaker, ()), key=_at),
            config.reported_similarity,
            config.reported_min_shared,
        )
        made: dict[str, list[Claim]] = {}
        for group in groups:
            shown = group[0] if len(group) == 1 else min((c for c in group if c.cue), key=_at)
            said = shown.mention.text
            key = f"{speaker}|{claim_words(said)}"  # normalize_quote(said), read with the claim's keys
            if _fact_id("reported", "reported speech", key) in made:  # the same words, another statement
                key = f"{key}|{shown.mention.span.article_id}:{shown.mention.span.start}"
            cue_of = {c.mention.span: c.cue for c in group}
            mentions = [c.mention for c in group]
            fact = _fact("reported", "reported speech", key, mentions, source_of, said, speaker, said, cue_of)
            made[fact.id] = group
            facts.append(fact)
        if len(made) > 1 and named(speaker):
            facts[-len(made) :] = _statement_conflicts(facts[-len(made) :], made, source_of, config)
    return facts


def _at(c: Claim) -> tuple[str, int]:
    return c.mention.span.article_id, c.mention.span.start


def _person(speaker: str, names: Mapping[str, str], people: Set[str]) -> str:
    """A speaker as the event names the person: the full name for a surname, and a person the event names
    (``people``: its person entities and quote speakers) without the place a resolver kept after the name
    ("Dev Ranganathan of Riverside")."""
    speaker = names.get(speaker, speaker)
    head, of, _ = speaker.partition(" of ")
    return head if of and " " in head and head in people else speaker


def _statement_conflicts(
    facts: list[Fact], groups: Mapping[str, list[Claim]], source_of: Mapping[str, str], config: CompareConfig
) -> list[Fact]:
    """The speaker's statements with the others they contradict (by negation, then by number); statements
    of one independent source (an article and its copies) never do."""
    found: dict[tuple[str, str], str | None] = {}
    sources = {f.id: {source_of.get(a, a) for a in f.article_ids} for f in facts}

    def how(a: Fact, b: Fact) -> str | None:
        pair = (a.id, b.id) if a.id < b.id else (b.id, a.id)
        if pair not in found:
            found[pair] = (
                None
                if sources[a.id] & sources[b.id]
                else contradiction(
                    groups[a.id],
                    groups[b.id],
                    config.reported_conflict_similarity,
                    config.reported_conflict_shared,
                )
            )
        return found[pair]

    def clash_of(aspect: str) -> Callable[[Fact, Fact], bool]:
        return lambda a, b: how(a, b) == aspect

    for aspect in ("negation", "value"):
        facts = _with_conflicts(facts, clash_of(aspect), lambda f: f.text, source_of, aspect)
    return facts


def _simple_facts(
    kind: str, groups: Mapping[tuple[str, str], list[Mention]], source_of: Mapping[str, str]
) -> list[Fact]:
    return [_fact(kind, slot, key, group, source_of) for (slot, key), group in groups.items()]


def compare_event(
    articles: Sequence[Article],
    source_of: Mapping[str, str],
    config: CompareConfig | None = None,
    count: Callable[[Sequence[Span]], int] | None = None,
) -> list[Fact]:
    """Facts of one event (quantities, quotes, reported speech, entities, dates, place lists), aligned across
    its articles. With ``count``, a fact of several articles has its independent sources counted over its
    evidence spans (an article's copy of a sentence from an outlet it credits counts for that outlet:
    ``provenance.origins.count_spans``); conflicts are still decided by ``source_of``."""
    config = config or CompareConfig()
    quantities: dict[str, list[Mention]] = defaultdict(list)
    quotes: list[Mention] = []
    entities: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    dates: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    lists: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    by_id = {a.id: a for a in articles}
    for article in articles:
        found = article_mentions(article)
        for d in found.dates:
            dates[(d.slot, date_value(d.text))].append(d)
        for m in found.quantities:
            quantities[m.slot].append(m)
        quotes.extend(found.quotes)
        for e in found.entities:
            entities[(e.slot, e.text)].append(e)
        for p in found.place_lists:
            lists[("place list", p.value)].append(p)
    people = [n for (kind, n) in entities if kind == PER] + [q.speaker or "" for q in quotes]
    names = canonical_people(people)
    merged: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for (kind, name), group in entities.items():
        merged[(kind, names.get(name, name) if kind == PER else name)].extend(group)
    facts: list[Fact] = []
    for slot, mentions in _attach_bare(quantities).items():
        facts.extend(_quantity_facts(slot, mentions, source_of, config, by_id))
    for versions in group_versions(quotes, config.quote_similarity):
        facts.extend(_quote_facts(versions, names, source_of))
    facts.extend(_with_value(f, names) for f in _simple_facts("entity", merged, source_of))
    facts.extend(_simple_facts("date", dates, source_of))
    facts.extend(_simple_facts("place_list", lists, source_of))
    if config.reported_speech:
        facts.extend(_reported_facts(articles, quotes, names, set(people), source_of, config))
    if count is not None:
        facts = [_recounted(f, count) for f in facts]
    facts.sort(key=lambda f: (not f.conflicts, -f.independent_sources, f.kind, f.slot or "", f.value))
    return facts[: config.max_facts]


def _recounted(fact: Fact, count: Callable[[Sequence[Span]], int]) -> Fact:
    if len(fact.article_ids) < 2:
        return fact
    sources = count(fact.evidence)
    return fact if sources == fact.independent_sources else replace(fact, independent_sources=sources)


def _attach_bare(slots: Mapping[str, list[Mention]]) -> Mapping[str, list[Mention]]:
    """Move a number stated without a referent ("$2.25") into the one slot of its dimension that states the
    same number with a referent ("$2.25 a ride"), so both articles support one fact."""
    homes_of: dict[str, list[str]] = defaultdict(list)  # a bare slot → the slots of its dimension
    for slot in slots:
        if " " in slot:
            homes_of[slot.split(" ", 1)[0]].append(slot)
    moves = []
    for slot, mentions in slots.items():
        if " " in slot or slot not in homes_of:
            continue
        numbers = {other: {o.number for o in slots[other]} for other in homes_of[slot]}
        for m in mentions:
            homes = [other for other, held in numbers.items() if m.number in held]
            if len(homes) == 1:
                moves.append((slot, m, homes[0]))
    if not moves:
        return slots
    out = {slot: list(ms) for slot, ms in slots.items()}
    for slot, m, home in moves:
        out[slot].remove(m)
        out[home].append(m)
    return {slot: ms for slot, ms in out.items() if ms}


def _with_value(fact: Fact, names: Mapping[str, str]) -> Fact:
    """An entity fact naming a person by surname, shown with the full name the event gives."""
    if fact.slot == PER and fact.value in names:
        return replace(fact, value=names[fact.value])
    return fact


def evidence_articles(evidence: Iterable[Span]) -> set[str]:
    return {s.article_id for s in evidence}
