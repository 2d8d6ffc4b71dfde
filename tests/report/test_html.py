from typing import Any

import pytest

from newsfuse.report import render_index
from newsfuse.report.html import event_body
from newsfuse.report.view import event_view, safe_url, segments


def _report(text: str, title: str, url: str) -> dict[str, Any]:
    article = {
        "id": "a",
        "path": "a.txt",
        "url": url,
        "outlet": title,
        "title": title,
        "byline": None,
        "published": None,
        "language": "en",
        "status": "kept",
        "reason": None,
        "duplicate_of": None,
        "text": text,
        "removed": [{"text": title, "reason": "chrome_phrase"}],
    }
    event = {
        "id": "ev-1",
        "title": title,
        "first_published": None,
        "article_ids": ["a"],
        "independent_sources": 1,
        "brief": [
            {
                "text": text,
                "independent_sources": 1,
                "evidence": [{"article_id": "a", "start": 0, "end": len(text)}],
            }
        ],
        "facts": [],
        "duplicates": [],
        "shared_passages": [],
    }
    stats = {"inputs": 1, "kept": 1, "duplicates": 0, "rejected": 0, "rejected_by_reason": {}, "events": 1}
    return {"version": 1, "articles": [article], "events": [event], "stats": stats}


def test_untrusted_text_is_escaped_everywhere() -> None:
    payload = '<script>alert(1)</script><img src=x onerror="alert(2)">'
    page = render_index(_report(payload, payload, "javascript:alert(3)"))
    assert "<script>alert(1)" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "javascript:alert(3)" not in page


def test_safe_url_keeps_only_web_links() -> None:
    assert safe_url("https://example.org/a") == "https://example.org/a"
    assert (
        safe_url(" JavaScript:alert(1)") is None
        and safe_url("data:text/html,x") is None
        and safe_url(None) is None
    )


def test_segments_cover_the_text_and_carry_marks() -> None:
    pieces = segments("abcdef", [(1, 3, "s1"), (2, 5, "s2")])
    assert "".join(p.text for p in pieces) == "abcdef"
    assert [(p.text, p.marks) for p in pieces] == [
        ("a", ()),
        ("b", ("s1",)),
        ("c", ("s1", "s2")),
        ("de", ("s2",)),
        ("f", ()),
    ]


def test_dict_lookups_render_as_plain_jinja_renders_them() -> None:
    """The report's environment looks ``v.key`` up in a dict directly; the page is the same as Jinja's own
    lookup makes it, for keys, missing keys, and names that are a dict's methods (``items``, ``get``)."""
    import jinja2

    from newsfuse.report.html import TEMPLATES, environment

    plain = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True, undefined=jinja2.StrictUndefined
    )
    source = (
        "{{ d.a }}|{{ d.get('b', 'none') }}|{{ d['items'] }}|{{ d.items is callable }}|"
        "{{ d.nested.x }}|{{ d.missing is defined }}|{{ s.upper() }}|{{ d.empty or 'empty' }}"
    )
    values = {"d": {"a": "<1>", "items": 2, "nested": {"x": "ü"}, "empty": ""}, "s": "abc"}
    assert environment().from_string(source).render(values) == plain.from_string(source).render(values)
    for env in (environment(), plain):
        with pytest.raises(jinja2.UndefinedError):
            env.from_string("{{ d.missing }}").render(values)
    report = _report("Text <b>with</b> marks & more.", "A & B", "https://example.org/a")
    view = event_view(report["events"][0], {a["id"]: a for a in report["articles"]})
    assert event_body(view) == plain.get_template("event_body.html").render(v=view)


def _every_branch() -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    """An event (as report.json holds it) that takes every branch of ``event_body.html``, with markup,
    quotes, slashes, None and numbers in its values."""
    odd = '<b>"Tom\'s" & co</b>'
    span = {"article_id": "x/1", "start": 0, "end": 4}
    fact = {
        "id": "f1",
        "kind": "reported",
        "slot": None,
        "text": odd,
        "value": 3.5,
        "unit": None,
        "speaker": odd,
        "article_ids": ["x/1", "y&2"],
        "independent_sources": 2,
        "evidence": [span],
        "conflicts": [
            {"fact_id": "f2", "value": odd, "article_ids": ["y&2"], "aspect": "speaker"},
            {"fact_id": "f3", "value": None, "article_ids": ["y&2"]},
        ],
        "role": odd,
        "time": "2024-01-02",
        "cues": [span, None, None],
    }
    plain = {**fact, "id": "f2", "kind": "number", "speaker": None, "conflicts": [], "role": None, "time": ""}
    drift = {
        "change": "meaning_changed",
        "flagged": True,
        "original": {"text": odd, "speaker": None, "span": span},
        "drifted": {"text": "b", "speaker": odd, "span": span},
    }
    event = {
        "id": "ev/1",
        "title": odd,
        "first_published": "2024-01-02",
        "article_ids": ["x/1", "y&2"],
        "independent_sources": 1,
        "brief": [
            {"text": odd, "independent_sources": 2, "evidence": [span, {**span, "article_id": "y&2"}]},
            {"text": "plain", "independent_sources": 1, "evidence": []},
        ],
        "facts": [fact, plain],
        "duplicates": [
            {
                "canonical": "x/1",
                "copies": [
                    {"article_id": "y&2", "relation": "copy", "score": 1.0},
                    {"article_id": odd, "relation": "near", "score": 0.9},
                ],
            }
        ],
        "shared_passages": [
            {"article_id": "y&2", "source_id": "x/1", "spans": [span], "source_spans": [span]}
        ],
        "credits": [{"article_id": "y&2", "outlet": odd, "cue": odd, "in_corpus": False, "span": span}],
        "quote_drift": [drift, {**drift, "flagged": False, "change": "trimmed"}],
        "timeline": [{"text": odd, "resolved": "2024-01-01", "published": None, "span": span}],
        "first_reports": [{"outlet": odd, "published": None}, {"outlet": "B", "published": "2024"}],
        "quality_notes": [{"article_id": "x/1", "note": odd}],
        "adds": [{"outlet": odd, "article_ids": ["x/1"], "fact_ids": ["f1", "f2"]}],
    }
    first = _report(f"{odd} and more text here.", odd, "https://example.org/?a=1&b='2'")["articles"][0]
    articles = {
        "x/1": {**first, "id": "x/1", "byline": odd, "published": "2024-01-02T10:00:00Z"},
        "y&2": {
            **first,
            "id": "y&2",
            "title": None,
            "outlet": None,
            "url": "javascript:x",
            "status": "duplicate",
            "duplicate_of": "x/1",
            "removed": [],
        },
    }
    return event, articles


def test_the_section_is_the_template_byte_for_byte(corpus_report: dict[str, Any]) -> None:
    """``event_body`` (plain Python) makes what ``event_body.html`` renders, for every event of the example
    run, for an event that takes every branch, and for the same event with every optional part empty."""
    from newsfuse.report.html import _event_template

    articles = {a["id"]: a for a in corpus_report["articles"]}
    views = [event_view(e, articles) for e in corpus_report["events"]]
    event, members = _every_branch()
    views.append(event_view(event, members))
    bare = {
        **event,
        "first_published": None,
        "independent_sources": 2,
        "article_ids": ["x/1"],
        "facts": [],
        "duplicates": [],
        "first_reports": [],
        "quote_drift": [],
        "timeline": [],
        "adds": [],
    }
    views.append(event_view(bare, members))
    views.append(event_view({**bare, "quote_drift": event["quote_drift"]}, members))
    assert len(views) > 5
    for view in views:
        assert event_body(view) == _event_template().render(v=view)


def test_the_writers_page_is_the_template_byte_for_byte(corpus_report: dict[str, Any]) -> None:
    """``index_from_bodies`` (plain Python, the report writer's page) makes what ``index.html`` renders,
    with and without rejected inputs, with markup in titles, paths, reasons and details."""
    from newsfuse.report.html import index_from_bodies, index_parts

    articles = {a["id"]: a for a in corpus_report["articles"]}
    event, members = _every_branch()
    marked = {**event, "id": "ev-<2>", "title": 'A "title" & <b>it</b>', "independent_sources": 1}
    views = [event_view(e, articles) for e in corpus_report["events"]]
    views += [event_view(event, members), event_view(marked, members)]
    rejected = [
        {"path": "a/<b>.txt", "reason": "empty", "detail": "no text"},
        {"path": "c.html", "reason": "no_content", "detail": None},
    ]
    stats = {**corpus_report["stats"], "rejected": 2, "events": len(views)}
    for rows in ([], rejected):
        expected = "".join(index_parts(views, stats, rows))
        got = "".join(
            index_from_bodies((v["event"] for v in views), (event_body(v) for v in views), stats, rows)
        )
        assert got == expected
