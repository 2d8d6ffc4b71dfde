from typing import Any

import pytest

from newsfuse.report import render_index
from newsfuse.report.html import event_body
from newsfuse.report.view import article_heading, event_view, safe_url, segments
from tests.helpers import page_links


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


def test_removed_blocks_say_why_in_words() -> None:
    """A reader sees why cleaning cut a block, not the cleaner's code (which stays in report.json and as the
    item's title); an unknown code is shown as its words."""
    from newsfuse.report.reasons import REASONS, reason_words

    page = render_index(_report("Some text.", "Share this", "https://example.org"))
    assert (
        '<span class="why" title="chrome_phrase">site navigation or sharing text:</span> Share this' in page
    )
    assert "[chrome_phrase]" not in page
    assert reason_words("some_new_code") == "some new code" and reason_words(None) == "removed"
    assert all(words and "_" not in words for words in REASONS.values())


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
        {"id": "<b>.txt", "path": "a/<b>.txt", "reason": "empty", "detail": "no text"},
        {"id": "c.html", "path": "c.html", "reason": "no_content", "detail": None},
    ]
    stats = {**corpus_report["stats"], "rejected": 2, "events": len(views)}
    for rows in ([], rejected):
        expected = "".join(index_parts(views, stats, rows))
        got = "".join(
            index_from_bodies((v["event"] for v in views), (event_body(v) for v in views), stats, rows)
        )
        assert got == expected


def test_every_brief_citation_links_into_the_block_of_the_article_it_cites(
    corpus_report: dict[str, Any],
) -> None:
    """A sentence's second source used to link to the block of the event's *second article*, which is
    another outlet or no block at all (29 of the example run's 45 links led nowhere)."""
    page = render_index(corpus_report)
    blocks, cited = page_links(page)
    sentences = sum(len(s["evidence"]) for e in corpus_report["events"] for s in e["brief"])
    assert len(cited) == sentences > 20
    for href, article in cited:
        assert blocks.get(href) == article, href


def test_a_citation_of_an_article_outside_the_event_is_a_label_not_a_dead_link() -> None:
    report = _report("Text here.", "T", "https://example.org/a")
    event = report["events"][0]
    event["brief"][0]["evidence"].append({"article_id": "elsewhere", "start": 0, "end": 4})
    view = event_view(event, {a["id"]: a for a in report["articles"]})
    body = event_body(view)
    assert '<span data-article="elsewhere">[elsewhere]</span>' in body
    assert 'href="#ev-1-art-0-a-s1-0"' in body and 'id="ev-1-art-0-a-s1-0"' in body


def _conflicted() -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    """Two outlets disagree on a figure (one says 'more than'), and on who said a quote."""
    one = "The fire hurt 12 people, officials said."
    two = "The fire hurt more than 15 people, the chief said."
    articles = {
        aid: {
            **_report(text, "T", "https://example.org/a")["articles"][0],
            "id": aid,
            "outlet": outlet,
        }
        for aid, text, outlet in (("a1", one, "Gazette"), ("a2", two, "Herald"), ("a3", one, "Courier"))
    }
    span = {"article_id": "a1", "start": 14, "end": 23}
    quote = {"kind": "quote", "slot": "speaker", "unit": None, "role": None, "time": None}
    facts = [
        {
            **quote,
            "kind": "quantity",
            "id": "q1",
            "slot": "people",
            "text": "12 people",
            "value": "12",
            "speaker": None,
            "article_ids": ["a1", "a3"],
            "independent_sources": 2,
            "evidence": [span],
            "conflicts": [
                {"fact_id": "q2", "value": "more than 15", "article_ids": ["a2"], "aspect": "value"}
            ],
        },
        {
            **quote,
            "kind": "quantity",
            "id": "q2",
            "slot": "people",
            "text": "15 people",
            "value": "more than 15",
            "speaker": None,
            "article_ids": ["a2"],
            "independent_sources": 1,
            "evidence": [{"article_id": "a2", "start": 24, "end": 33}],
            "conflicts": [{"fact_id": "q1", "value": "12", "article_ids": ["a1", "a3"], "aspect": "value"}],
        },
        {
            **quote,
            "id": "w1",
            "text": "Stay away",
            "value": "Stay away",
            "speaker": "Ann Roe",
            "article_ids": ["a1"],
            "independent_sources": 1,
            "evidence": [{"article_id": "a1", "start": 0, "end": 3}],
            "conflicts": [{"fact_id": "w2", "value": "Bo Lin", "article_ids": ["a2"], "aspect": "speaker"}],
        },
        {
            **quote,
            "id": "w2",
            "text": "Stay away",
            "value": "Stay away",
            "speaker": "Bo Lin",
            "article_ids": ["a2"],
            "independent_sources": 1,
            "evidence": [{"article_id": "a2", "start": 0, "end": 3}],
            "conflicts": [{"fact_id": "w1", "value": "Ann Roe", "article_ids": ["a1"], "aspect": "speaker"}],
        },
    ]
    event = {
        **_report(one, "T", "https://example.org/a")["events"][0],
        "article_ids": ["a1", "a2", "a3"],
        "brief": [
            {
                "text": one,
                "independent_sources": 1,
                "evidence": [{"article_id": "a1", "start": 0, "end": len(one)}],
            },
            {
                "text": "Other.",
                "independent_sources": 1,
                "evidence": [{"article_id": "a3", "start": 0, "end": 3}],
            },
        ],
        "facts": facts,
    }
    return event, articles


def test_each_conflict_is_shown_once_with_both_sides_words_and_outlets() -> None:
    event, articles = _conflicted()
    view = event_view(event, articles)
    shown = view["disagreements"]
    assert [(d["aspect"], d["subject"]) for d in shown] == [
        ("value", "quantity"),
        ("speaker", "who said “Stay away”"),
    ]
    assert shown[0]["sides"] == [
        {"text": "12 people", "outlets": "Gazette, Courier"},
        {"text": "more than 15 people", "outlets": "Herald"},  # the source's qualifier, as it writes it
    ]
    assert shown[1]["sides"] == [
        {"text": "Ann Roe", "outlets": "Gazette"},
        {"text": "Bo Lin", "outlets": "Herald"},
    ]
    body = event_body(view)
    assert "3 articles from 3 outlets" in body
    assert body.count("<h3>Where sources disagree</h3>") == 1
    assert '12 people <span class="meta">(Gazette, Courier)</span> <b>vs</b> more than 15 people' in body
    assert "conflicts (value) with: more than 15 people (Herald)" in body  # not the bare "more than 15"
    # The brief sentence taken from a sentence holding one side says that sources disagree; the other not.
    assert [s["disputed"] for s in view["brief"]] == [["c1", "c2"], []]
    assert body.count('class="conflict" href="#ev-1-c1"') == 1
    # A quote's words are shown once in its row, not again as its value.
    assert body.count(">Stay away</td>") == 2 and "<td> — Ann Roe" in body
    from newsfuse.report.html import _event_template

    assert body == _event_template().render(v=view)


def test_facts_several_outlets_report_come_first_and_the_rest_is_folded(
    corpus_report: dict[str, Any],
) -> None:
    """A reader sees the shared and conflicting facts at once; what one outlet alone reports is folded
    (one independent source, as the fact counts it: a reprint on another site is no second outlet)."""
    articles = {a["id"]: a for a in corpus_report["articles"]}
    reprinted = 0
    for event in corpus_report["events"]:
        view = event_view(event, articles)
        shared, alone = view["fact_tables"]
        assert (shared["open"], alone["open"]) == (True, False)
        assert all(r["fact"]["conflicts"] or r["fact"]["independent_sources"] > 1 for r in shared["rows"])
        assert all(
            not r["fact"]["conflicts"] and r["fact"]["independent_sources"] == 1 for r in alone["rows"]
        )
        reprinted += sum(sum(r["cells"]) > 1 for r in alone["rows"])
        assert len(shared["rows"]) + len(alone["rows"]) == len(view["matrix"]) == len(event["facts"])
        body = event_body(view)
        assert (
            f"<details open><summary>Facts several outlets report, and conflicts ({len(shared['rows'])})"
            in body
        )
        assert f"<details><summary>Facts one outlet alone reports ({len(alone['rows'])})" in body
    assert reprinted > 0  # the corpus's syndicated reprint: its facts are one outlet's, on two sites


def test_sentence_around_a_span_is_the_articles_own_sentence() -> None:
    from newsfuse.report.view import sentence_around

    text = 'The bridge shut on Friday. "It is unsafe," Brisk said on Monday.\nCrews return in April.'
    monday = text.index("on Monday")
    assert sentence_around(text, monday, monday + 9) == '"It is unsafe," Brisk said on Monday.'
    assert sentence_around(text, 16, 25) == "The bridge shut on Friday."
    assert sentence_around(text, len(text) - 6, len(text) - 1) == "Crews return in April."
    long = "Word " * 200 + "on Tuesday " + "word " * 200 + "."
    at = long.index("on Tuesday")
    cut = sentence_around(long, at, at + 10, limit=60)
    assert cut.startswith("…") and cut.endswith("…") and "on Tuesday" in cut and len(cut) <= 60 + 10 + 2
    assert cut.startswith("…Word ") and cut.endswith(" word…")  # cut between words, not inside one
    edge = sentence_around(long, at, at + 10, limit=64)  # the window's edges fall inside words
    assert edge.startswith("…Word ") and edge.endswith(" word…"), edge


def test_sentence_around_does_not_end_at_a_time_of_day_or_before_a_lower_case_word() -> None:
    # the corpus's timeline showed "2026-03-15 (“on Sunday”): on Sunday." and "…: Monday.": the sentence was
    # cut after "7 p.m." and "5 a.m."
    from newsfuse.report.view import sentence_around

    text = "No one was hurt. The fire was reported shortly before 7 p.m. on Sunday. Crews left at 5 A.M. Monday. Done."
    sunday = text.index("on Sunday")
    assert (
        sentence_around(text, sunday, sunday + 9) == "The fire was reported shortly before 7 p.m. on Sunday."
    )
    monday = text.index("Monday")
    assert sentence_around(text, monday, monday + 6) == "Crews left at 5 A.M. Monday."
    # a full stop before a lower-case word ends no sentence ("the U.S. navy", "approx. two"); one before
    # a capital, a quote mark or a digit still does
    odd = "He met the U.S. navy there on Friday. Then he left."
    friday = odd.index("on Friday")
    assert sentence_around(odd, friday, friday + 9) == "He met the U.S. navy there on Friday."
    assert sentence_around("It rose. 40 homes burned on Friday.", 25, 34) == "40 homes burned on Friday."
    # after a time of day a capital that is no weekday or month opens the next sentence
    two = "It was reported at 6:40 p.m. The store had closed on Saturday."
    saturday = two.index("on Saturday")
    assert sentence_around(two, saturday, saturday + 11) == "The store had closed on Saturday."
    dated = "Police came at 6:20 p.m. on Monday (Jan. 16). Then they left."
    assert sentence_around(dated, 25, 34) == "Police came at 6:20 p.m. on Monday (Jan. 16)."


def test_provenance_names_outlets_and_dates_come_with_their_sentence(corpus_report: dict[str, Any]) -> None:
    """The timeline used to list bare phrases ("2026-03-23: on Monday (food/riverside-tribune-outbreak.txt)",
    three times); credits, copies and shared passages named sources by path."""
    import re

    from newsfuse.report.markdown import event_markdown

    articles = {a["id"]: a for a in corpus_report["articles"]}
    food = next(e for e in corpus_report["events"] if "inspections" in e["title"])
    view = event_view(food, articles)
    monday = [t for t in view["timeline"] if t["resolved"] == "2026-03-23"]
    assert len(monday) == len({t["sentence"] for t in monday}) >= 2
    for t in view["timeline"]:
        assert t["source"]["anchor"] and t["when"] in t["sentence"]  # linked, and the date is in it
        assert t["sentence"] in articles_text(articles, t["source"]["anchor"], view)
    body = event_body(view)
    block = view["articles"][
        [a["id"] for a in view["articles"]].index("food/northfield-observer-inspections.txt")
    ]
    assert (
        f'<a href="#{block["anchor"]}">Northfield Observer</a> credits Continental Press Service (“told”)'
        in body
    )
    assert "food/northfield-observer-inspections.txt credits" not in body
    text = event_markdown(food, articles)
    assert "- Northfield Observer credits Continental Press Service (“told”)" in text
    assert "- 2026-03-23 (“on Monday”): The Calder County Health Department announced on Monday" in text
    fire = next(e for e in corpus_report["events"] if e["duplicates"])
    body = event_body(event_view(fire, articles))
    copies = body.split("<summary>Copies and syndication</summary>")[1]
    shown = re.sub(r"<[^>]+>", "", copies.split("</details>")[0])  # what the reader reads, not the hrefs
    assert "Continental Press Service is copied by" in shown and ".txt" not in shown


def articles_text(articles: dict[str, dict[str, Any]], anchor: str, view: dict[str, Any]) -> str:
    """The text of the article whose block is ``anchor``."""
    return next(a["text"] for a in view["articles"] if a["anchor"] == anchor)


def test_a_sentence_counting_more_independent_sources_than_outlets_says_so() -> None:
    """One agency's three versions of a story were shown as "(3 independent)" with no hint (DUC 2003 d30003t)."""
    report = _report("Same words.", "T", "https://example.org/a")
    first = report["articles"][0]
    articles = {aid: {**first, "id": aid, "outlet": "Wire"} for aid in ("a", "b", "c")}
    event = report["events"][0]
    event["article_ids"] = ["a", "b", "c"]
    spans = [{"article_id": aid, "start": 0, "end": 4} for aid in ("a", "b", "c")]
    event["brief"] = [
        {"text": "Same words.", "independent_sources": 3, "evidence": spans},
        {"text": "Same words.", "independent_sources": 1, "evidence": spans[:1]},
    ]
    body = event_body(event_view(event, articles))
    assert "(3 independent · 1 outlet)" in body and "(1 independent)" in body


def test_an_untitled_article_is_headed_by_its_lead_not_its_id() -> None:
    """DUC 2003 articles have no headline and were headed by their id (reader audit F-10)."""
    lead = "PINE RIDGE, S.D. (AP) -- President Clinton visited the reservation today. He met leaders."
    report = _report(lead, "T", "https://example.org/a")
    untitled = {**report["articles"][0], "title": None}
    view = event_view(report["events"][0], {"a": untitled})
    assert view["articles"][0]["heading"] == "No headline: President Clinton visited the reservation today"
    assert "<h4>No headline: President Clinton visited the reservation today</h4>" in event_body(view)
    assert article_heading({"id": "x", "title": None, "text": ""}) == "x"
    assert article_heading({"id": "x", "title": "Clinton visits", "text": lead}) == "Clinton visits"


def test_one_sources_two_figures_are_shown_as_such_not_as_a_disagreement() -> None:
    """An outlet that changed its figure between versions: listed under "One source, two figures", earlier
    first, on the page (template and Python renderer alike) and in the Markdown; no "sources disagree"."""
    from newsfuse.report.html import _event_template
    from newsfuse.report.markdown import event_markdown

    report = _report("The secretary, 23, was hurt. The secretary, 32, was hurt.", "AP", "https://ap.org/a")
    first = {
        **report["articles"][0],
        "id": "v1",
        "published": "1998-11-06",
        "text": "The 23-year-old secretary.",
    }
    later = {**first, "id": "v2", "published": "1998-11-07", "text": "The 32-year-old secretary."}
    span = {"start": 4, "end": 15}

    def fact(fid: str, value: str, aid: str, other: str, other_value: str) -> dict[str, Any]:
        return {
            "id": fid, "kind": "quantity", "slot": "age secretary", "text": f"{value}-year-old",
            "value": value, "unit": None, "speaker": None, "article_ids": [aid], "independent_sources": 1,
            "evidence": [{"article_id": aid, **span}], "conflicts": [], "role": None, "time": None,
            "cues": [], "concept": None,
            "revised": [{"fact_id": other, "value": other_value, "article_ids": [other.replace("f", "v")]}],
        }  # fmt: skip

    event = {
        **report["events"][0],
        "article_ids": ["v1", "v2"],
        "brief": [],
        "facts": [fact("f2", "32", "v2", "f1", "23"), fact("f1", "23", "v1", "f2", "32")],
    }
    articles = {"v1": first, "v2": later}
    view = event_view(event, articles)
    assert [[s["text"] for s in r["sides"]] for r in view["revisions"]] == [["23-year-old", "32-year-old"]]
    assert not view["disagreements"]
    body = event_body(view)
    assert body == _event_template().render(v=view)
    assert "<h3>One source, two figures</h3>" in body and "Where sources disagree" not in body
    assert '23-year-old <span class="meta">(AP)</span> <b>→</b> 32-year-old' in body
    assert "- quantity: 23-year-old (AP) → 32-year-old (AP)" in event_markdown(event, articles)


def test_each_rejected_record_of_one_file_is_named_on_the_page(corpus_report: dict[str, Any]) -> None:
    """Two records of one JSONL rejected for the same reason are told apart: the page names each input's id
    (file and record), then its file's path."""
    from newsfuse.report.html import render_index

    rows = [
        {
            "id": f"feed.jsonl#{k}",
            "path": "in/feed.jsonl",
            "status": "rejected",
            "reason": "empty",
            "detail": "no text",
        }
        for k in ("a2", "a5")
    ]
    report = {**corpus_report, "articles": [*corpus_report["articles"], *rows]}
    page = render_index(report)
    rejected = page.split("<h2>Rejected inputs</h2>")[1]
    for row in rows:
        assert f'<li>{row["id"]} — empty: no text <span class="meta">in/feed.jsonl</span></li>' in rejected


def test_without_javascript_each_citation_lands_on_its_span_and_the_span_is_highlighted(
    corpus_report: dict[str, Any],
) -> None:
    # the page's evidence highlighting was script-only (mark{background:transparent}, .on set on hover): a
    # reader without JavaScript following "[Valley Courier]" reached the article's top, not the sentence
    import html
    import re

    from newsfuse.report.html import render_index

    page = render_index(corpus_report)
    assert "mark:target{" in page
    ids = set(re.findall(r' id="([^"]+)"', page))
    links = re.findall(r'<a href="#([^"]+)" data-article="[^"]*">', page)
    assert links and all(target in ids for target in links)
    spans = {t for t in links if re.search(r"-s\d+-\d+$", t)}
    assert len(spans) > 0.9 * len(links)  # nearly every citation names its span, not the article
    texts = {a["id"]: a["text"] for a in corpus_report["articles"]}
    event = corpus_report["events"][0]
    first = event["brief"][0]["evidence"][0]
    cited = texts[first["article_id"]][first["start"] : first["end"]]
    (target,) = re.findall(r'<li data-mark="s1" id="[^"]+">.*?<a href="#([^"]+)"', page, re.DOTALL)[:1]
    marked = re.search(rf'<mark data-marks="[^"]*" id="{re.escape(target)}">([^<]*)</mark>', page)
    assert marked is not None and cited.startswith(html.unescape(marked.group(1)))
