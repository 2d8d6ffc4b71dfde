"""One Markdown file per event: the brief with numbered sources, facts and conflicts."""

from __future__ import annotations

import re
from typing import Any

from newsfuse.report.view import (
    article_heading,
    count_note,
    disagreements,
    outlet_name,
    outlet_names,
    reported_when,
    revisions,
    timeline,
)

_MARKUP = re.compile(r"[\\`*_\[\]<>#|~]")
"""A character Markdown would read as markup (`~`: GitHub's strikethrough)."""
_BREAK = re.compile(r"\s*[\r\n]\s*")
"""A line break with the blanks around it: inside a list item or a table row it ends the item or the row."""


def _md(text: str) -> str:
    """Escape characters Markdown would read as markup (each put after a backslash). A regex, not
    ``str.translate`` with a table of two-character strings, which looks up every character of the text
    in a dict (~5x slower on the pages' texts; most hold no such character). The replacement is a
    function: a template string would be parsed (``re._subx``) on every call. A line break (a fact read
    across a page's lines) becomes one space, so the text stays on its list item's or table row's line."""
    if "\n" in text or "\r" in text:
        text = _BREAK.sub(" ", text)
    return _MARKUP.sub(_backslashed, text)


def _backslashed(found: re.Match[str]) -> str:
    return "\\" + found.group()


def event_markdown(event: dict[str, Any], articles: dict[str, dict[str, Any]]) -> str:
    cited: list[str] = []
    lines = [f"# {_md(event['title'])}", ""]
    sources, count = event["independent_sources"], len(event["article_ids"])
    outlets = len({outlet_name(a, articles) for a in event["article_ids"]})
    lines.append(
        f"{sources} independent source{_s(sources)}, {count} article{_s(count)} from {outlets} outlet{_s(outlets)}."
    )
    if also := event.get("headline_only"):
        named = ", ".join(_md(m["outlet"] or m["id"]) for m in also)
        lines += ["", f"Also covered by {named} (headline only)."]
    lines += ["", "## Brief", ""]
    if also and not event["brief"]:
        lines.append(
            "No brief: every page of this event was rejected for its text, so only headlines are known."
        )
    for sentence in event["brief"]:
        refs = []
        for ev in sentence["evidence"]:
            if ev["article_id"] not in cited:
                cited.append(ev["article_id"])
            refs.append(f"[{cited.index(ev['article_id']) + 1}]")
        note = f"({sentence['independent_sources']} independent{_md(count_note(sentence, event, articles))})"
        lines.append(f"- {_md(sentence['text'])} {''.join(refs)} {note}")
    shown = disagreements(event["facts"], articles)
    if shown:
        lines += ["", "## Where sources disagree", ""]
        for d in shown:
            sides = " vs ".join(_side(side, d["aspect"]) for side in d["sides"])
            lines.append(f"- {_md(d['subject'])}: {sides}")
    changed = revisions(event["facts"], articles)
    if changed:
        lines += ["", "## One source, two figures", ""]
        for r in changed:
            sides = " → ".join(f"{_md(side['text'])} ({_md(side['outlets'])})" for side in r["sides"])
            lines.append(f"- {_md(r['subject'])}: {sides}")
    lines += _comparison_lines(event)
    lines += _provenance_lines(event, articles)
    lines += ["", "## Sources", ""]
    for n, aid in enumerate(cited, start=1):
        art = articles.get(aid, {})
        lines.append(
            f"{n}. {_md(art.get('outlet') or 'unknown outlet')}: {_md(article_heading({'id': aid, **art}))} ({aid})"
        )
    return "\n".join(lines) + "\n"


def _s(count: int) -> str:
    return "" if count == 1 else "s"


def _side(side: dict[str, Any], aspect: str) -> str:
    """One side of a conflict (a quote's words in quote marks), then the outlets that carry it."""
    said = f"“{_md(side['text'])}”" if aspect == "wording" else _md(side["text"])
    return f"{said} ({_md(side['outlets'])})"


def _fact_label(fact: dict[str, Any]) -> str:
    if fact["kind"] == "quote":
        who = fact["speaker"] + (f" ({fact['role']})" if fact.get("role") else "")
        return f"“{_md(fact['text'])}” — {_md(who)}"
    if fact["kind"] == "reported":
        direct = sum(1 for c in fact.get("cues", []) if c is None)
        also = f" (quoted directly {direct}x)" if direct else ""
        return f"{_md(fact['speaker'])} said {_md(_after_said(fact['text']))}{also}"
    return _md(fact["text"] if fact["kind"] != "entity" else fact["value"])


_OPENERS = frozenset(
    {"A", "An", "The", "This", "That", "These", "Those", "It", "Its", "He", "His", "She", "Her", "They"}
    | {"Their", "We", "Our"}
)
"""Sentence-opening words that are lower-case inside a sentence: a reported statement's text begins its own
sentence ("The six victims were found …, police said"), but follows "X said" in the label."""


def _after_said(text: str) -> str:
    """A reported statement as it reads after "X said": its opening article or pronoun in lower case ("police
    said the six victims …"); any other capital (a name: "Ostend Falls Middle School …") is kept."""
    first, _, rest = text.partition(" ")
    return f"{first.lower()} {rest}" if rest and first in _OPENERS else text


_NOT_A_STATEMENT = frozenset({"entity", "date"})
"""Kinds of fact that say nothing on their own ("Riverside", "on Tuesday"): not listed as what sources agree
on (dates are in the timeline)."""


def _comparison_lines(event: dict[str, Any]) -> list[str]:
    """Agreement, what each outlet alone adds, and the coverage matrix (outlets × shared facts)."""
    facts = {f["id"]: f for f in event["facts"]}
    lines: list[str] = []
    agreed = [
        f
        for f in event["facts"]
        if f.get("independent_sources", 1) > 1 and f["kind"] not in _NOT_A_STATEMENT and not f["conflicts"]
    ]
    if agreed:
        lines += ["", "## Where sources agree", ""]
        lines += [f"- {_fact_label(f)} ({f['independent_sources']} independent sources)" for f in agreed[:15]]
    adds = [a for a in event.get("adds", []) if a["fact_ids"]]
    if adds:
        lines += ["", "## What each outlet adds", ""]
        for add in adds:
            said = [facts[i] for i in add["fact_ids"] if facts[i]["kind"] in ("quote", "reported")]
            counted = [facts[i] for i in add["fact_ids"] if facts[i]["kind"] == "quantity"]
            # up to four things said, then numbers, then more said where the outlet reports few numbers
            shown = said[:4] + counted[: 6 - len(said[:4])]
            shown += said[4 : 4 + 6 - len(shown)]
            if shown:
                lines.append(f"- {_md(add['outlet'])}: " + "; ".join(_fact_label(f) for f in shown))
    coverage = event.get("coverage")
    rows = [
        r
        for r in (coverage or {}).get("rows", [])
        if facts[r["fact_id"]].get("independent_sources", 1) > 1 or facts[r["fact_id"]]["conflicts"]
    ]
    if coverage and rows:
        outlets = [o["outlet"] for o in coverage["outlets"]]
        lines += ["", "## Coverage (outlets × facts)", ""]
        lines.append("| fact | " + " | ".join(_md(o) for o in outlets) + " |")
        lines.append("|---|" + "---|" * len(outlets))
        for row in rows[:30]:
            fact = facts[row["fact_id"]]
            mark = " ⚠" if fact["conflicts"] else ""
            cells = " | ".join("●" if o in row["outlets"] else "" for o in outlets)
            lines.append(f"| {fact['kind']}: {_fact_label(fact)}{mark} | {cells} |")
    return lines


def _provenance_lines(event: dict[str, Any], articles: dict[str, dict[str, Any]]) -> list[str]:
    """Who reported first and whom outlets credit, flagged quote drift, and the timeline (each source by its
    outlet's name; each date with the sentence that dates it)."""

    def name(aid: str) -> str:
        return _md(outlet_names([aid], articles))

    lines: list[str] = []
    if event.get("first_reports") or event.get("credits"):
        lines += ["", "## Provenance", ""]
        for first in event.get("first_reports", []):
            lines.append(f"- {_md(first['outlet'])}: {reported_when(first['published'])}")
        for credit in event.get("credits", []):
            lines.append(
                f"- {name(credit['article_id'])} credits {_md(credit['outlet'])} (“{_md(credit['cue'])}”)"
            )
    drift = [d for d in event.get("quote_drift", []) if d["flagged"]]
    if drift:
        lines += ["", "## Quotes that changed between outlets", ""]
        for d in drift:
            o, n = d["original"], d["drifted"]
            lines.append(
                f"- {d['change']}: “{_md(o['text'])}” ({_md(o['speaker'] or '?')}, {name(o['span']['article_id'])})"
                f" → “{_md(n['text'])}” ({_md(n['speaker'] or '?')}, {name(n['span']['article_id'])})"
            )
    for note in event.get("quality_notes", []):
        lines.append(f"- source quality: {name(note['article_id'])}: {_md(note['note'])}")
    rows = timeline(event, articles, lambda aid: {"name": outlet_names([aid], articles), "anchor": None})
    if rows:
        lines += ["", "## Timeline", ""]
        for t in rows:
            lines.append(
                f"- {t['resolved']} (“{_md(t['when'])}”): {_md(t['sentence'])} ({_md(t['source']['name'])})"
            )
    return lines
