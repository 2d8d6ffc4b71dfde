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
