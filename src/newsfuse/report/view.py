"""View models: what a page shows of an event, shared by the static report and the web UI."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from newsfuse.provenance.timeline import date_only
from newsfuse.provenance.titles import lead_heading
from newsfuse.report.reasons import removed_view

_SAFE_SCHEMES = ("http://", "https://")


def safe_url(url: str | None) -> str | None:
    """The URL if it is a plain web link; anything else (javascript:, data:, …) is dropped."""
    if url and url.strip().lower().startswith(_SAFE_SCHEMES):
        return url.strip()
    return None


@dataclass(frozen=True)
class Segment:
    text: str
    marks: tuple[str, ...]
    """Ids of the brief sentences / facts whose evidence covers this piece of text."""
    id: str | None = None
    """The page id of the evidence span that starts here (``segments``' ``starts``), for a citation's link."""


def segments(
    text: str, spans: list[tuple[int, int, str]], starts: dict[int, str] | None = None
) -> list[Segment]:
    """Cut ``text`` at every span boundary; each piece knows which marks cover it, and the piece a span
    starts takes the id ``starts`` gives that offset."""
    starts = starts or {}
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    pieces = []
    for start, end in pairwise(cuts):
        if start >= end:
            continue
        marks = tuple(m for s, e, m in spans if s <= start and end <= e)
        pieces.append(Segment(text[start:end], marks, starts.get(start) if marks else None))
    return pieces


def event_view(event: dict[str, Any], articles: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Everything a page needs to show one event (from report.json dicts)."""
    eid = event["id"]
    members = [articles[a] for a in event["article_ids"] if a in articles]
    anchors = {a["id"]: f"{eid}-art-{n}-{a['id'].replace('/', '_')}" for n, a in enumerate(members)}
    """The id of each source's block on the page: a brief sentence links to the block of every article it
    cites (by the article, not by its place among the sentence's citations)."""
    marks: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    starts: dict[str, dict[int, str]] = defaultdict(dict)
    """Per article, the offsets where a cited span starts and the span's page id (the first span to start at
    an offset takes it): a citation links its span, which ``mark:target`` shows without JavaScript."""
    brief = []
    for n, sentence in enumerate(event["brief"], start=1):
        mark = f"s{n}"
        cited = []
        for k, ev in enumerate(sentence["evidence"]):
            aid = ev["article_id"]
            marks[aid].append((ev["start"], ev["end"], mark))
            anchor = anchors.get(aid)
            if anchor and ev["start"] < ev["end"]:
                anchor = starts[aid].setdefault(ev["start"], f"{anchor}-{mark}-{k}")
            cited.append({"article_id": aid, "outlet": outlet_name(aid, articles), "anchor": anchor})
        brief.append(
            {**sentence, "mark": mark, "cited": cited, "fewer_outlets": count_note(sentence, event, articles)}
        )
    outlets = sorted({a.get("outlet") or a["id"] for a in members})
    facts = {f["id"]: f for f in event["facts"]}
    matrix: list[dict[str, Any]] = []
    shared: list[dict[str, Any]] = []
    alone: list[dict[str, Any]] = []
    for fact in event["facts"]:
        row_outlets = {articles[a].get("outlet") or a for a in fact["article_ids"] if a in articles}
        against = [_other_side(fact, c, facts, articles) for c in fact["conflicts"]]
        row = {"fact": fact, "cells": [o in row_outlets for o in outlets], "against": against}
        matrix.append(row)
        # several independent sources, as the fact counts them (reprints on other sites are one source)
        (shared if against or fact.get("independent_sources", 1) > 1 else alone).append(row)
    tables = [
        {"title": "Facts several outlets report, and conflicts", "rows": shared, "open": True},
        {"title": "Facts one outlet alone reports", "rows": alone, "open": False},
    ]
    shown = _disagreements(event["facts"], facts, articles)
    _flag_brief(brief, shown, facts)
    named = _names(members, anchors)

    def source(aid: str) -> dict[str, Any]:
        return named.get(aid) or {"name": aid, "anchor": None}

    return {
        "event": event,
        "brief": brief,
        "outlets": outlets,
        "matrix": matrix,
        "fact_tables": [t for t in tables if t["rows"]],
        "disagreements": shown,
        "revisions": revisions(event["facts"], articles),
        "also": [
            {"outlet": m["outlet"] or m["id"], "title": m["title"]} for m in event.get("headline_only", [])
        ],
        "first_reports": [
            {"outlet": f["outlet"], "when": reported_when(f["published"])}
            for f in event.get("first_reports", [])
        ],
        "credits": [{**c, "source": source(c["article_id"])} for c in event.get("credits", [])],
        "notes": [{**n, "source": source(n["article_id"])} for n in event.get("quality_notes", [])],
        "timeline": timeline(event, articles, source),
        "copies": [
            {
                "canonical": source(g["canonical"]),
                "copies": [{**c, "source": source(c["article_id"])} for c in g["copies"]],
            }
            for g in event["duplicates"]
        ],
        "passages": [
            {"source": source(p["article_id"]), "count": len(p["spans"]), "of": source(p["source_id"])}
            for p in event.get("shared_passages", [])
        ],
        "articles": [
            {
                **a,
                "anchor": anchors[a["id"]],
                "heading": article_heading(a),
                "cut": removed_view(a),
                "safe_url": safe_url(a.get("url")),
                "segments": segments(a["text"], marks.get(a["id"], []), starts.get(a["id"])),
            }
            for a in members
        ],
    }


def reported_when(published: str | None) -> str:
    """When an outlet first reported, as "Provenance" shows it: its time as stated, a date alone saying it
    has no time (``first_reports`` cannot rank it within its day), a credited outlet outside the pile so."""
    if not published:
        return "credited, not in the pile"
    return f"{published} (date only, no time stated)" if date_only(published) else published


def article_heading(article: dict[str, Any]) -> str:
    """An article's heading on the page: its title, else "No headline: " and a short span of its lead
    (reader audit F-10), else its id."""
    if article.get("title"):
        return str(article["title"])
    lead = lead_heading(article.get("text") or "")
    return f"No headline: {lead}" if lead else str(article["id"])


def count_note(sentence: dict[str, Any], event: dict[str, Any], articles: dict[str, dict[str, Any]]) -> str:
    """What the page and the Markdown say after a brief sentence's independent count: its outlets when
    fewer (``_fewer_outlets``) and who credits whom for a copied span (``_credited``); else ""."""
    outlets = {outlet_name(ev["article_id"], articles) for ev in sentence["evidence"]}
    return _fewer_outlets(sentence, outlets) + _credited(sentence, event.get("credited_copies", []), articles)


def outlet_name(article_id: str, articles: dict[str, dict[str, Any]]) -> str:
    """How the page and the Markdown name an article's outlet: its ``outlet``, else its id."""
    return articles.get(article_id, {}).get("outlet") or article_id


def _fewer_outlets(sentence: dict[str, Any], names: set[str]) -> str:
    """ " · N outlet(s)" when the sentence's sources come from fewer outlets (``names``) than it counts
    independent sources (one agency's versions of a story), so that the reader sees it; else ""."""
    count = sentence.get("independent_sources")
    outlets = len(names)
    if isinstance(count, int) and outlets < count:
        return f" · {outlets} outlet{'' if outlets == 1 else 's'}"
    return ""


def _credited(
    sentence: dict[str, Any], copies: list[dict[str, Any]], articles: dict[str, dict[str, Any]]
) -> str:
    """ " · X credits Y" for each evidence span in a sentence its outlet X copies from an outlet Y it credits
    (``credited_copies``: counted for Y), so that the reader sees why the count is below the outlets cited."""
    notes: list[str] = []
    for ev in sentence["evidence"]:
        middle = (ev["start"] + ev["end"]) // 2
        for c in copies:
            if c["article_id"] == ev["article_id"] and c["start"] <= middle < c["end"]:
                outlet = outlet_name(ev["article_id"], articles)
                note = f" · {outlet} credits {c['outlet'] or 'another outlet'}"
                if note not in notes:
                    notes.append(note)
    return "".join(notes)


def _names(members: list[dict[str, Any]], anchors: dict[str, str]) -> dict[str, dict[str, Any]]:
    """How provenance lines name an article: its outlet, linked to its block (with the last part of its id
    when the event holds several articles of that outlet)."""
    outlets = [a.get("outlet") or a["id"] for a in members]
    named = {}
    for a, outlet in zip(members, outlets, strict=True):
        name = outlet if outlets.count(outlet) == 1 else f"{outlet} ({a['id'].rsplit('/', 1)[-1]})"
        named[a["id"]] = {"name": name, "anchor": anchors[a["id"]]}
    return named


_AFTER_TIME = r"(?<=[aApP]\.[mM]\.\s)"
_GOES_ON = (
    rf"[\sa-z]|{_AFTER_TIME}(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
    rf"|{_AFTER_TIME}(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|{_AFTER_TIME}\("
    r"|(?<=(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\.\s)\d|(?<=Sept\.\s)\d"
)
"""What follows a full stop that ends no sentence: a lower-case word ("the U.S. navy"), after a time of day a
weekday, a month or a bracket ("7 p.m. on Sunday", "5 a.m. Monday"), after a month's abbreviation its day
("Jan. 16"). "6:40 p.m. The warehouse …" is two sentences."""
_LAST_BREAK = re.compile(rf".*(?:[.!?][\"”’')]*\s+(?!{_GOES_ON})|\n)", re.DOTALL)
"""Everything up to the last sentence break of a stretch of text (one match, no loop)."""
_NEXT_BREAK = re.compile(rf"[.!?][\"”’')]*(?=\s*$|\s+(?!{_GOES_ON}))|\n")
"""The end of a sentence (as ``_LAST_BREAK`` reads one)."""


def sentence_around(text: str, start: int, end: int, limit: int = 320) -> str:
    """The sentence of ``text`` holding ``[start, end)``, as the article writes it; at most ``limit // 2``
    characters on either side of the span ("…" where the sentence goes on)."""
    floor, ceiling = max(0, start - limit // 2), min(len(text), end + limit // 2)
    before = _LAST_BREAK.match(text, floor, end)  # up to the span's end: what follows a break decides it
    if before and before.end() > start:  # a break inside the span itself
        before = _LAST_BREAK.match(text, floor, start)
    after = _NEXT_BREAK.search(text, end, ceiling)
    lo = before.end() if before else floor
    hi = after.end() if after else ceiling
    if not before and floor > 0 and (space := text.find(" ", floor, start)) >= 0:
        lo = space + 1  # a cut starts and ends between words
    if not after and ceiling < len(text) and (space := text.rfind(" ", end, ceiling)) >= 0:
        hi = space
    said = text[lo:hi].strip()
    return (
        ("…" if not before and floor > 0 else "") + said + ("…" if not after and ceiling < len(text) else "")
    )


def timeline(event: dict[str, Any], articles: dict[str, dict[str, Any]], source: Any) -> list[dict[str, Any]]:
    """The event's dated statements in date order, each with the sentence that dates it (a date alone, "on
    Monday", says nothing) and its source; one line per date and sentence."""
    return [{**row, "source": source(aid)} for aid, row in _dated(event.get("timeline", []), articles)]


_last_dated: tuple[Any, list[tuple[str, dict[str, str]]]] = (None, [])
"""The last timeline's lines: the report writer renders an event's page and then its Markdown, which finds
them here (the same list object, held so that it stays the same one) instead of cutting the sentences again."""


def _dated(
    entries: list[dict[str, Any]], articles: dict[str, dict[str, Any]]
) -> list[tuple[str, dict[str, str]]]:
    global _last_dated
    held, lines = _last_dated
    if held is entries:
        return lines
    lines, seen = [], set()
    for t in entries:
        span = t["span"]
        text = articles.get(span["article_id"], {}).get("text") or ""
        said = sentence_around(text, span["start"], span["end"]) if span["end"] <= len(text) else t["text"]
        if (t["resolved"], said) not in seen:
            seen.add((t["resolved"], said))
            lines.append(
                (span["article_id"], {"resolved": t["resolved"], "when": t["text"], "sentence": said})
            )
    _last_dated = (entries, lines)
    return lines


def outlet_names(article_ids: list[str], articles: dict[str, dict[str, Any]]) -> str:
    """The outlets of ``article_ids`` (each once, in order; an article without one by its id)."""
    names: list[str] = []
    for aid in article_ids:
        name = outlet_name(aid, articles)
        if name not in names:
            names.append(name)
    return ", ".join(names)


_QUALIFIER = re.compile(
    r"\b(?:about|around|roughly|approximately|nearly|almost|some|over|more than|less than|fewer than"
    r"|at least|at most|up to|as many as|as much as)\s+$",
    re.IGNORECASE,
)
"""Words just before a number that say how exact it is: "more than $3 million" is not "$3 million"."""


def _shown(fact: dict[str, Any], aspect: str, articles: dict[str, dict[str, Any]]) -> str:
    """What one side of a conflict says, as a reader compares it: the speaker when the sources disagree on
    who said a quote, else the fact's own words ("nine cities", not the bare 9); a quantity's words
    with the qualifier its first source puts before them ("at least six weeks"), as that source writes
    them."""
    if aspect == "speaker":
        return str(fact.get("speaker") or "unknown speaker")
    text = str(fact["text"])
    if fact["kind"] == "quantity" and fact["evidence"]:
        span = fact["evidence"][0]
        source = articles.get(span["article_id"], {}).get("text") or ""
        if source[span["start"] : span["end"]] == text:
            found = _QUALIFIER.search(source, max(0, span["start"] - 20), span["start"])
            if found:
                return source[found.start() : span["end"]]
    return text


def _other_side(
    fact: dict[str, Any],
    conflict: dict[str, Any],
    facts: dict[str, dict[str, Any]],
    articles: dict[str, dict[str, Any]],
) -> dict[str, Any]:
    """A conflict of ``fact`` as its row shows it: what the other sources say and which outlets they are."""
    aspect = conflict.get("aspect", "value")
    other = facts.get(conflict["fact_id"])
    return {
        "aspect": aspect,
        "value": conflict["value"],
        "text": _shown(other, aspect, articles) if other else str(conflict["value"]),
        "outlets": outlet_names(conflict["article_ids"], articles),
    }


def _subject(fact: dict[str, Any], aspect: str) -> str:
    """What two sides of a conflict disagree about, in a reader's words."""
    if aspect == "speaker":
        return f"who said “{fact['text']}”"
    if fact["kind"] == "quote":
        return f"{fact.get('speaker') or 'a speaker'}, quoted"
    if fact["kind"] == "reported":
        return f"what {fact.get('speaker') or 'a speaker'} said"
    return str(fact["kind"])


def disagreements(facts: list[dict[str, Any]], articles: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """Each conflict among an event's ``facts`` once, as a page or a Markdown file shows it."""
    return _disagreements(facts, {f["id"]: f for f in facts}, articles)


def _disagreements(
    ordered: list[dict[str, Any]], facts: dict[str, dict[str, Any]], articles: dict[str, dict[str, Any]]
) -> list[dict[str, Any]]:
    """Each conflict once (report.json lists a pair from both sides): what it is about, and each side's
    words with the outlets that carry them."""
    seen: set[frozenset[str]] = set()
    shown: list[dict[str, Any]] = []
    for fact in ordered:
        for conflict in fact["conflicts"]:
            pair = frozenset((fact["id"], conflict["fact_id"]))
            if pair in seen:
                continue
            seen.add(pair)
            aspect = conflict.get("aspect", "value")
            side = {
                "text": _shown(fact, aspect, articles),
                "outlets": outlet_names(fact["article_ids"], articles),
            }
            other = _other_side(fact, conflict, facts, articles)
            shown.append(
                {
                    "id": f"c{len(shown) + 1}",
                    "aspect": aspect,
                    "subject": _subject(fact, aspect),
                    "fact_ids": [fact["id"], conflict["fact_id"]],
                    "sides": [side, {"text": other["text"], "outlets": other["outlets"]}],
                }
            )
    return shown


def revisions(facts: list[dict[str, Any]], articles: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """Each of ``facts``' ``revised`` pairs once: one independent source's two figures for one thing (an
    outlet's versions, a reprint changing the original's), earliest published first, with the outlets that
    carry each; not a disagreement between sources."""
    by_id = {f["id"]: f for f in facts}
    seen: set[frozenset[str]] = set()
    shown = []
    for fact in facts:
        for other in fact.get("revised", []):
            pair = frozenset((fact["id"], other["fact_id"]))
            if pair in seen or other["fact_id"] not in by_id:
                continue
            seen.add(pair)
            sides = sorted((fact, by_id[other["fact_id"]]), key=lambda f: _first_published(f, articles))
            shown.append(
                {
                    "subject": str(fact["kind"]),
                    "sides": [
                        {
                            "text": _shown(f, "value", articles),
                            "outlets": outlet_names(f["article_ids"], articles),
                        }
                        for f in sides
                    ],
                }
            )
    return shown


def _first_published(fact: dict[str, Any], articles: dict[str, dict[str, Any]]) -> str:
    """The earliest publication time of a fact's articles ("~" sorts after any time: none known)."""
    return min((articles.get(a, {}).get("published") or "~" for a in fact["article_ids"]), default="~")


def _flag_brief(
    brief: list[dict[str, Any]], disagreements: list[dict[str, Any]], facts: dict[str, dict[str, Any]]
) -> None:
    """Mark each brief sentence whose evidence holds one side of a conflict: the brief states one side (or
    cites both), and the reader is told that sources disagree there (``disputed``: the ids of those
    disagreements)."""
    spans: list[tuple[str, int, int, str]] = []
    for d in disagreements:
        for fid in d["fact_ids"]:
            for ev in facts[fid]["evidence"] if fid in facts else []:
                spans.append((ev["article_id"], ev["start"], ev["end"], d["id"]))
    for sentence in brief:
        disputed: list[str] = []
        for ev in sentence["evidence"] if spans else []:
            for aid, start, end, did in spans:
                if (
                    aid == ev["article_id"]
                    and start < ev["end"]
                    and ev["start"] < end
                    and did not in disputed
                ):
                    disputed.append(did)
        sentence["disputed"] = disputed
