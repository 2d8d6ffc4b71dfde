"""Pages of the web UI: the report's templates (event_body.html) inside the UI's own layout."""

from __future__ import annotations

import hashlib
import json
from functools import cache
from pathlib import Path
from typing import Any

import jinja2

from newsfuse.report import view as report_view
from newsfuse.report.html import TEMPLATES as REPORT_TEMPLATES
from newsfuse.report.reasons import removed_view
from newsfuse.report.view import article_heading, event_view, safe_url

WEB_TEMPLATES = Path(__file__).with_name("templates")
ASSETS = {"base.css": "text/css", "highlight.js": "text/javascript", "ui.css": "text/css"}


@cache
def environment() -> jinja2.Environment:
    """UI templates first, then the report's (one event template for the static report and the UI).

    Autoescaping is always on. Missing fields render empty (not an error, unlike the static report):
    events stored by an older version lack the fields newer templates show.
    """
    loader = jinja2.ChoiceLoader(
        [jinja2.FileSystemLoader(WEB_TEMPLATES), jinja2.FileSystemLoader(REPORT_TEMPLATES)]
    )
    return jinja2.Environment(loader=loader, autoescape=True, undefined=jinja2.ChainableUndefined)


def asset_path(name: str) -> Path | None:
    """The file of a static asset by name (report assets are shared, UI ones live beside the UI)."""
    if name not in ASSETS:
        return None
    mine = WEB_TEMPLATES.parent / "static" / name
    return mine if mine.exists() else REPORT_TEMPLATES / name


def with_status(event: dict[str, Any], articles: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Stored articles as report articles: kept, or a duplicate of the event's canonical copy."""
    copy_of = {c["article_id"]: g["canonical"] for g in event["duplicates"] for c in g["copies"]}
    return {
        a["id"]: {
            **a,
            "status": "duplicate" if a["id"] in copy_of else "kept",
            "duplicate_of": copy_of.get(a["id"]),
            "reason": None,
        }
        for a in articles
    }


def stored_event_view(event: dict[str, Any], articles: list[dict[str, Any]]) -> dict[str, Any]:
    return event_view(event, with_status(event, articles))


@cache
def renderer() -> str:
    """A fingerprint of the templates and view code: stored pages rendered by other ones are stale."""
    digest = hashlib.sha256()
    code = [Path(__file__), Path(str(report_view.__file__))]
    for path in [*sorted(WEB_TEMPLATES.iterdir()), *sorted(REPORT_TEMPLATES.iterdir()), *code]:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def dumps(data: Any) -> str:
    """JSON as the API sends it (the same separators as FastAPI's JSONResponse)."""
    return json.dumps(data, ensure_ascii=False, allow_nan=False, separators=(",", ":"))


def event_pages(event: dict[str, Any], articles: list[dict[str, Any]]) -> tuple[str, str]:
    """An event's HTML page and its API JSON (with coverage matrix and articles), rendered once."""
    view = stored_event_view(event, articles)
    coverage = {
        "outlets": view["outlets"],
        "rows": [{"fact_id": r["fact"]["id"], "cells": r["cells"]} for r in view["matrix"]],
    }
    members = [{k: v for k, v in a.items() if k not in _PAGE_ONLY} for a in view["articles"]]
    api = dumps({**event, "coverage": coverage, "articles": members})
    return render("event.html", v=view, query=None), api


_PAGE_ONLY = frozenset({"segments", "anchor", "heading", "cut"})
"""What the page's view adds to an article that the API does not send (its pieces of text, its id on the page,
its heading, its removed blocks with their reasons in words)."""


def render(template: str, **context: Any) -> str:
    return environment().get_template(template).render(**context)


def article_view(article: dict[str, Any]) -> dict[str, Any]:
    return {
        **article,
        "safe_url": safe_url(article.get("url")),
        "heading": article_heading(article),
        "cut": removed_view(article),
    }
