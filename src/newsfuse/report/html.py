"""The static, self-contained HTML report (one template set, shared with the web UI)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

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
    renders it: the report writer renders it where the event is built (``event_section``, the same text)."""
    return event_section(view)


def _esc(value: Any) -> str:
    """``value`` as Jinja's autoescape prints it (markupsafe's ``escape``, as a plain string): ``__html__``
    as it is, anything else ``str()``'d with ``& > < ' "`` escaped."""
    if type(value) is str:
        text = value
    elif hasattr(value, "__html__"):
        return str(value.__html__())
    else:
        text = str(value)
    if not ("&" in text or "<" in text or ">" in text or "'" in text or '"' in text):
        return text  # most values: five substring tests cost less than five method calls
    return (
        text.replace("&", "&amp;")
        .replace(">", "&gt;")
        .replace("<", "&lt;")
        .replace("'", "&#39;")
        .replace('"', "&#34;")
    )


_ROW = "\n    <tr>\n      <td>"
_ROW_CONFLICT = '\n    <tr class="conflict">\n      <td>'


def _link(source: dict[str, Any]) -> str:
    """An article as provenance lines name it: its outlet, linked to its block on the page when it has one
    (the ``link`` macro of ``event_body.html``)."""
    if source["anchor"]:
        return f'<a href="#{_esc(source["anchor"])}">{_esc(source["name"])}</a>'
    return _esc(source["name"])


def _plural(count: Any) -> str:
    return "" if count == 1 else "s"


def event_section(v: dict[str, Any]) -> str:
    """``event_body.html`` rendered for the view ``v``, byte for byte, in plain Python (~4x faster than the
    template: the report writer makes one per event). The template stays the page's source (the web UI
    and ``render_index`` render it); a test renders both over every event of a run and over edge cases,
    so a change to one must be made to the other."""
    e = v["event"]
    eid = _esc(e["id"])
    out: list[str] = []
    w = out.append
    sources = e["independent_sources"]
    w(f'\n<section class="event" id="{eid}">\n  <h2>{_esc(e["title"])}</h2>\n  <p class="meta">\n')
    w(f'    <span class="badge" title="groups of independent reporting">{_esc(sources)} independent source')
    count = len(e["article_ids"])
    outlets = len(v["outlets"])
    w(
        f"{_plural(sources)}</span>\n    {count} article{_plural(count)} from {outlets} outlet{_plural(outlets)}\n    "
    )
    if e["first_published"]:
        w(f" · first published {_esc(e['first_published'])}")
    w("\n  </p>\n  ")
    if v["also"]:
        names = ", ".join(f'<span title="{_esc(m["title"])}">{_esc(m["outlet"])}</span>' for m in v["also"])
        w(f'<p class="meta also">Also covered by {names} (headline only)</p>\n  ')
    if v["brief"] or not v["also"]:
        _brief(v["brief"], eid, w)
    else:  # an event of headline-only members: nothing to brief from
        w(
            '<p class="meta">No brief: every page of this event was rejected for its text, so only headlines are known.</p>'
        )
    w("\n  ")
    if v["disagreements"]:
        w('\n  <h3>Where sources disagree</h3>\n  <ul class="disagree">\n  ')
        for d in v["disagreements"]:
            w(f'\n    <li id="{eid}-{_esc(d["id"])}"><span class="meta">{_esc(d["subject"])}:</span> ')
            for n, side in enumerate(d["sides"]):
                said = f"“{_esc(side['text'])}”" if d["aspect"] == "wording" else _esc(side["text"])
                w(f'{" <b>vs</b> " if n else ""}{said} <span class="meta">({_esc(side["outlets"])})</span>')
            w("</li>\n  ")
        w("\n  </ul>\n  ")
    w("\n  ")
    if v["revisions"]:
        w('\n  <h3>One source, two figures</h3>\n  <ul class="revised">\n  ')
        for r in v["revisions"]:
            w(f'\n    <li><span class="meta">{_esc(r["subject"])}:</span> ')
            for n, side in enumerate(r["sides"]):
                w(
                    f'{" <b>→</b> " if n else ""}{_esc(side["text"])} <span class="meta">({_esc(side["outlets"])})</span>'
                )
            w("</li>\n  ")
        w("\n  </ul>\n  ")
    w("\n  ")
    for table in v["fact_tables"]:
        rows = table["rows"]
        w(
            f"\n  <details{' open' if table['open'] else ''}><summary>{_esc(table['title'])} ({len(rows)})</summary>\n"
        )
        w('  <table class="matrix">\n    <tr><th>kind</th><th>fact</th><th>value</th>')
        w("".join(f"<th>{_esc(o)}</th>" for o in v["outlets"]))
        w("</tr>\n    ")
        for row in rows:  # one piece per row (the same text as a piece per part, in fewer appends)
            f = row["fact"]
            speaker = f" — {_esc(f['speaker'])}" if f["speaker"] else ""
            role = f" ({_esc(f['role'])})" if f.get("role") else ""
            when = f" [{_esc(f['time'])}]" if f.get("time") else ""
            said = ""
            if f["kind"] == "reported":
                cues = f["cues"]
                direct = sum(1 for c in cues if c is None)
                said = f"<br>in its own words: {len(cues) - direct}, quoted directly: {direct}"
            conflicts = f["conflicts"]
            against = "".join(
                [
                    f"<br>conflicts ({_esc(c['aspect'])}) with: {_esc(c['text'])} ({_esc(c['outlets'])})"
                    for c in row["against"]
                ]
            )
            value = _esc(f["value"]) if f["value"] != f["text"] else ""
            cells = "".join(["<td>✔</td>" if cell else "<td></td>" for cell in row["cells"]])
            w(
                f"{_ROW_CONFLICT if conflicts else _ROW}{_esc(f['kind'])}</td><td>{_esc(f['text'])}</td>\n"
                f"      <td>{value}{speaker}\n        {role}{when}\n        {said}\n        "
                f"{against}</td>\n      {cells}\n    </tr>\n    "
            )
        w("\n  </table></details>\n  ")
    w("\n  ")
    if e.get("first_reports") or e.get("quote_drift") or e.get("timeline"):
        w("\n  <details><summary>Provenance and timeline</summary>\n    <ul>")
        for f in v["first_reports"]:
            w(f"<li>{_esc(f['outlet'])}: {_esc(f['when'])}</li>")
        w("\n    ")
        for c in v["credits"]:
            w(f"<li>{_link(c['source'])} credits {_esc(c['outlet'])} (“{_esc(c['cue'])}”)</li>")
        w("</ul>\n    <ul>")
        for d in e["quote_drift"]:
            if d["flagged"]:
                original, drifted = d["original"], d["drifted"]
                w(f'<li class="conflict">{_esc(d["change"])}: “{_esc(original["text"])}” ')
                w(
                    f"({_esc(original['speaker'])}) → “{_esc(drifted['text'])}” ({_esc(drifted['speaker'])})</li>"
                )
        w("\n    ")
        for q in v["notes"]:
            w(f"<li>source quality: {_link(q['source'])}: {_esc(q['note'])}</li>")
        w('</ul>\n    <ol class="timeline">')
        for t in v["timeline"]:
            w(f"<li>{_esc(t['resolved'])} (“{_esc(t['when'])}”): {_esc(t['sentence'])} ")
            w(f'<span class="meta">— {_link(t["source"])}</span></li>')
        w("</ol>\n  </details>\n  ")
    w("\n  ")
    if e.get("adds"):
        w("\n  <details><summary>What each outlet adds</summary><ul>\n    ")
        for add in e["adds"]:
            w(
                f"<li>{_esc(add['outlet'])}: {len(add['fact_ids'])} fact(s) no other independent source reports</li>"
            )
        w("\n  </ul></details>\n  ")
    w("\n  ")
    if e["duplicates"]:
        w("\n  <details><summary>Copies and syndication</summary><ul>\n    ")
        for g in v["copies"]:
            w(f"<li>{_link(g['canonical'])} is copied by\n      ")
            w(", ".join(f"{_link(c['source'])} ({_esc(c['relation'])})" for c in g["copies"]))
            w("</li>")
        w("\n    ")
        for p in v["passages"]:
            count = p["count"]
            w(f"<li>{_link(p['source'])} shares {count} passage{_plural(count)} with {_link(p['of'])}</li>")
        w("\n  </ul></details>\n  ")
    w("\n  <h3>Sources</h3>\n  ")
    for a in v["articles"]:
        aid = _esc(a["id"])
        w(f'\n  <div class="article" id="{_esc(a["anchor"])}" data-article="{aid}">\n')
        w(f'    <h4>{_esc(a["heading"])}</h4>\n    <p class="meta">{_esc(a["outlet"] or "unknown outlet")}')
        if a["byline"]:
            w(f" · {_esc(a['byline'])}")
        if a["published"]:
            w(f" · {_esc(a['published'])}")
        if unread := a.get("unread_date"):
            w(f" · date stated “{_esc(unread['stated'])}”, not read: {_esc(unread['reason'])}")
        w(f"\n      · {_esc(a['status'])}")
        if a["duplicate_of"]:
            w(f" of {_esc(a['duplicate_of'])}")
        w("\n      ")
        if a["safe_url"]:
            w(f' · <a href="{_esc(a["safe_url"])}" rel="noopener noreferrer nofollow">source</a>')
        w("</p>\n    <p>")
        w(
            "".join(
                [
                    f'<mark data-marks="{_esc(" ".join(seg.marks))}"{_seg_id(seg.id)}>{_esc(seg.text)}</mark>'
                    if seg.marks
                    else _esc(seg.text)
                    for seg in a["segments"]
                ]
            )
        )
        w("</p>\n    ")
        removed = a["cut"]
        if removed:
            w(f'<details class="removed"><summary>Removed by cleaning ({len(removed)})</summary><ul>\n      ')
            w(
                "".join(
                    f'<li><span class="why" title="{_esc(r["reason"])}">{_esc(r["why"])}:</span> {_esc(r["text"])}</li>'
                    for r in removed
                )
            )
            w("</ul></details>")
        w("\n  </div>\n  ")
    w("\n</section>")
    return "".join(out)


def _seg_id(seg_id: str | None) -> str:
    return f' id="{_esc(seg_id)}"' if seg_id else ""


def _brief(brief: list[dict[str, Any]], eid: str, w: Callable[[str], object]) -> None:
    """The brief's heading and numbered sentences with their counts, citations and disagreement links."""
    w('<h3>Brief</h3>\n  <ol class="brief">\n  ')
    for s in brief:
        mark = _esc(s["mark"])
        w(f'\n    <li data-mark="{mark}" id="{eid}-{mark}">{_esc(s["text"])}\n      <span class="meta">(')
        w(f"{_esc(s['independent_sources'])} independent{_esc(s['fewer_outlets'])})</span>\n      ")
        for c in s["cited"]:
            aid, anchor = _esc(c["article_id"]), c["anchor"]
            if anchor:
                w(f'<a href="#{_esc(anchor)}" data-article="{aid}">[{_esc(c["outlet"])}]</a> ')
            else:
                w(f'<span data-article="{aid}">[{_esc(c["outlet"])}]</span> ')
        w("\n      ")
        for d in s["disputed"]:
            w(f'<a class="conflict" href="#{eid}-{_esc(d)}">sources disagree</a> ')
        w("\n    </li>\n  ")
    w("\n  </ol>")


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


_Body = TypeVar("_Body", str, bytes)


def index_from_bodies(
    events: Iterable[dict[str, Any]],
    bodies: Iterable[_Body],
    stats: dict[str, Any],
    rejected: list[dict[str, Any]],
) -> Iterator[str | _Body]:
    """``index_parts`` from each event's ``event`` dict (its id, title and independent sources, for the
    page's list) and, in the same order, its ``body``: its section as ``event_body`` rendered it, shown
    as it is. Plain Python, byte for byte what the template renders with those sections as its
    ``event_body.html`` (the report writer's page: no include and no context per event); a test renders
    both, so a change to ``index.html`` must be made here too. ``bodies`` may be UTF-8 bytes (the writer
    copies them from its scratch file as they are); the other pieces are text."""
    yield _INDEX_HEAD
    yield f"<style>{_esc(asset('base.css'))}</style></head>\n<body>\n<h1>newsfuse report</h1>\n"
    yield (
        f'<p class="meta">{_esc(stats["inputs"])} inputs · {_esc(stats["kept"])} kept · '
        f"{_esc(stats['duplicates'])} duplicates · {_esc(stats['rejected'])} rejected · "
        f"{_esc(stats['events'])} events</p>\n<nav><ol>"
    )
    for e in events:
        yield (
            f'<li><a href="#{_esc(e["id"])}">{_esc(e["title"])}</a> <span class="badge">'
            f"{_esc(e['independent_sources'])} independent</span></li>"
        )
    yield "</ol></nav>\n"
    yield from bodies
    yield "\n"
    if rejected:
        yield "<h2>Rejected inputs</h2><ul>"
        for r in rejected:
            yield (
                f"<li>{_esc(r['id'])} — {_esc(r['reason'])}: {_esc(r['detail'])} "
                f'<span class="meta">{_esc(r["path"])}</span></li>'
            )
        yield "</ul>"
    yield f"\n<script>{_esc(asset('highlight.js'))}</script>\n</body></html>"


_INDEX_HEAD = (
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" '
    'content="width=device-width, initial-scale=1">\n<meta http-equiv="Content-Security-Policy" '
    "content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n"
    "<title>newsfuse report</title>"
)
"""``index.html``'s text up to its inline style sheet (no value of the page in it)."""


def _index(
    env: jinja2.Environment, views: Iterable[Any], stats: dict[str, Any], rejected: list[dict[str, Any]]
) -> Iterator[str]:
    template = env.get_template("index.html")
    return template.generate(
        views=views, stats=stats, rejected=rejected, css=asset("base.css"), js=asset("highlight.js")
    )
