"""The static, self-contained HTML report (one template set, shared with the web UI)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from newsfuse.report.view import event_view

TEMPLATES = Path(__file__).with_name("templates")


@cache
def environment() -> jinja2.Environment:
    """The Jinja environment of every newsfuse page: autoescaping everything, always."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True, undefined=jinja2.StrictUndefined
    )


def asset(name: str) -> Markup:
    """A CSS or JS file of ours, inlined verbatim (our own code, not user data)."""
    return Markup((TEMPLATES / name).read_text(encoding="utf-8"))


def event_body(view: dict[str, Any]) -> str:
    """One event's section of index.html (``event_body.html`` of its ``event_view``), as the page's include
    renders it: the report writer renders it where the event is built."""
    return environment().get_template("event_body.html").render(v=view)


@cache
def _prerendered() -> jinja2.Environment:
    """The environment of ``environment()`` but for ``event_body.html``, which shows a view's ``body``:
    the event's section rendered before (``event_body``)."""
    return jinja2.Environment(
        loader=jinja2.ChoiceLoader(
            [jinja2.DictLoader({"event_body.html": "{{ v.body }}"}), jinja2.FileSystemLoader(TEMPLATES)]
        ),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )


def render_index(report: dict[str, Any]) -> str:
    """index.html for a report dict."""
    articles = {a["id"]: a for a in report["articles"]}
    views = [event_view(e, articles) for e in report["events"]]
    rejected = [a for a in report["articles"] if a["status"] == "rejected"]
    return "".join(index_parts(views, report["stats"], rejected))


def index_parts(
    views: Iterable[dict[str, Any]], stats: dict[str, Any], rejected: list[dict[str, Any]]
) -> Iterator[str]:
    """index.html in pieces, as the template renders them: ``views`` (``event_view`` of each event, newest
    first) may be any iterable that can be iterated twice (the page lists the events, then shows them),
    e.g. one that reads them from disk each time."""
    return _index(environment(), views, stats, rejected)


def index_from_bodies(
    views: Iterable[Any], stats: dict[str, Any], rejected: list[dict[str, Any]]
) -> Iterator[str]:
    """``index_parts`` from views holding each event's ``event`` (its id, title and independent sources,
    for the page's list) and ``body``: its section as ``event_body`` rendered it (as ``Markup``)."""
    return _index(_prerendered(), views, stats, rejected)


def _index(
    env: jinja2.Environment, views: Iterable[Any], stats: dict[str, Any], rejected: list[dict[str, Any]]
) -> Iterator[str]:
    template = env.get_template("index.html")
    return template.generate(
        views=views, stats=stats, rejected=rejected, css=asset("base.css"), js=asset("highlight.js")
    )
