"""View models: what a page shows of an event, shared by the static report and the web UI."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

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


def segments(text: str, spans: list[tuple[int, int, str]]) -> list[Segment]:
    """Cut ``text`` at every span boundary; each piece knows which marks cover it."""
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    pieces = []
    for start, end in pairwise(cuts):
        if start >= end:
            continue
        marks = tuple(m for s, e, m in spans if s <= start and end <= e)
        pieces.append(Segment(text[start:end], marks))
    return pieces


def event_view(event: dict[str, Any], articles: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Everything a page needs to show one event (from report.json dicts)."""
    marks: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    brief = []
    for n, sentence in enumerate(event["brief"], start=1):
        mark = f"s{n}"
        for ev in sentence["evidence"]:
            marks[ev["article_id"]].append((ev["start"], ev["end"], mark))
        cited = []
        for ev in sentence["evidence"]:
            art = articles.get(ev["article_id"], {})
            cited.append({"article_id": ev["article_id"], "outlet": art.get("outlet") or ev["article_id"]})
        brief.append({**sentence, "mark": mark, "cited": cited})
    members = [articles[a] for a in event["article_ids"] if a in articles]
    outlets = sorted({a.get("outlet") or a["id"] for a in members})
    matrix = []
    for fact in event["facts"]:
        row_outlets = {articles[a].get("outlet") or a for a in fact["article_ids"] if a in articles}
        matrix.append({"fact": fact, "cells": [o in row_outlets for o in outlets]})
    return {
        "event": event,
        "brief": brief,
        "outlets": outlets,
        "matrix": matrix,
        "articles": [
            {
                **a,
                "safe_url": safe_url(a.get("url")),
                "segments": segments(a["text"], marks.get(a["id"], [])),
            }
            for a in members
        ],
    }
