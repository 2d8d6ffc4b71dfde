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


_DICT_NAMES = frozenset(dir(dict))
"""Every attribute a plain dict has (its methods): ``v.get`` in a template is the method, not a key."""


class _Environment(jinja2.Environment):
    """Jinja's environment with a shorter way to ``v.key`` on a plain dict (the views are dicts): Jinja asks
    for the attribute first and, when that raises, for the item; on a ``dict`` and a name that is none of
    its attributes the attribute lookup can only raise, so the item is looked up straight away (the same
    value or the same undefined; the raised and caught exception was ~30 % of a page's rendering)."""

    def getattr(self, obj: Any, attribute: str) -> Any:
        if type(obj) is dict and attribute not in _DICT_NAMES:
            try:
                return obj[attribute]
            except KeyError:
                pass
        return super().getattr(obj, attribute)


@cache
def environment() -> jinja2.Environment:
    """The Jinja environment of every newsfuse page: autoescaping everything, always."""
    return _Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True, undefined=jinja2.StrictUndefined
    )


@cache
def _event_template() -> jinja2.Template:
    """``event_body.html``, compiled once per process (``get_template`` would check the file each call)."""
    return environment().get_template("event_body.html")


def asset(name: str) -> Markup:
    """A CSS or JS file of ours, inlined verbatim (our own code, not user data)."""
    return Markup((TEMPLATES / name).read_text(encoding="utf-8"))


def event_body(view: dict[str, Any]) -> str:
    """One event's section of index.html (``event_body.html`` of its ``event_view``), as the page's include
    renders it: the report writer renders it where the event is built."""
    return _event_template().render(v=view)


@cache
def _prerendered() -> jinja2.Environment:
    """The environment of ``environment()`` but for ``event_body.html``, which shows a view's ``body``:
    the event's section rendered before (``event_body``)."""
    return _Environment(
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
