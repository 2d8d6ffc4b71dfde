"""The Markdown pages' escaping."""

from __future__ import annotations

import re
from typing import Any

from newsfuse.report.markdown import _fact_label, _md, event_markdown


def test_each_markup_character_gets_a_backslash_and_nothing_else_changes() -> None:
    markup = "\\`*_[]<>#|~"
    assert _md(markup) == "".join("\\" + ch for ch in markup)
    plain = "Ada Quill said: “3,400 (12%) — 4 March” & more; a/b {x} é\tend"
    assert _md(plain) == plain
    assert _md(f"a*b{plain}_") == f"a\\*b{plain}\\_"
    assert _md("") == ""


def test_a_line_break_inside_a_fact_does_not_end_its_list_item_or_table_row() -> None:
    # a quantity read across a page's data box ("Days Since Last Homicide – 4\n\nData Compilation"): the
    # blank line ended the list item, and the coverage table's row, in the middle of the fact
    assert _md("4\n\nData Compilation") == "4 Data Compilation"
    assert _md("a\r\n  b\nc") == "a b c"
    lines = event_markdown(_event_with_fact("4\n\nData Compilation"), {}).splitlines()
    assert "- 4 Data Compilation (2 independent sources)" in lines
    assert any(x.startswith("| quantity: 4 Data Compilation |") for x in lines)
    assert "Data Compilation" not in [x.strip() for x in lines]


def test_a_tilde_is_not_read_as_strikethrough() -> None:
    # GitHub's Markdown strikes out the text between two tildes: "~40 homes … ~60" would read struck out
    assert _md("about ~40 homes, up from ~60") == "about \\~40 homes, up from \\~60"


def test_where_sources_disagree_lists_each_conflict_once_in_the_sources_words() -> None:
    from newsfuse.report.markdown import event_markdown
    from tests.report.test_html import _conflicted

    event, articles = _conflicted()
    text = event_markdown(event, articles)
    section = text.split("## Where sources disagree\n\n")[1].split("\n\n")[0].splitlines()
    assert section == [
        "- quantity: 12 people (Gazette, Courier) vs more than 15 people (Herald)",
        "- who said “Stay away”: Ann Roe (Gazette) vs Bo Lin (Herald)",
    ]
    assert text.splitlines()[2] == "1 independent source, 3 articles from 3 outlets."


def test_what_sources_agree_on_is_statements_not_bare_names_or_dates(corpus_report: dict[str, Any]) -> None:
    from newsfuse.report.markdown import event_markdown

    articles = {a["id"]: a for a in corpus_report["articles"]}
    kinds = {f["text"]: f["kind"] for e in corpus_report["events"] for f in e["facts"]}
    listed = 0
    for event in corpus_report["events"]:
        text = event_markdown(event, articles)
        if "## Where sources agree" not in text:
            continue
        for line in text.split("## Where sources agree\n\n")[1].split("\n\n")[0].splitlines():
            listed += 1
            bare = line.removeprefix("- ").rsplit(" (", 1)[0]
            assert kinds.get(bare) not in ("date", "entity"), line
    assert listed > 10


def test_a_quote_told_two_ways_is_shown_in_quote_marks_and_a_reported_one_plainly(
    corpus_report: dict[str, Any],
) -> None:
    from newsfuse.report.markdown import event_markdown

    articles = {a["id"]: a for a in corpus_report["articles"]}
    pages = "".join(event_markdown(e, articles) for e in corpus_report["events"])
    assert (
        "- Rosalind Achebe, quoted: “We will carry out targeted inspections of the kitchens with the worst records,"
        " starting on Monday” (Valley Courier, The Harbor Ledger) vs “We will carry out mass inspections of every"
        " kitchen, starting on Monday” (Northfield Observer)"
    ) in pages
    assert "- what Walter Brisk said: ambulances and fire trucks would be allowed to cross it" in pages


def test_what_an_outlet_adds_shows_what_it_says_before_its_bare_numbers() -> None:
    from newsfuse.report.markdown import _comparison_lines

    def fact(fid: str, kind: str, text: str) -> dict[str, Any]:
        return {
            "id": fid,
            "kind": kind,
            "text": text,
            "value": text,
            "speaker": "Ann Roe",
            "role": None,
            "conflicts": [],
            "independent_sources": 1,
        }

    numbers = [fact(f"n{i}", "quantity", f"{i + 2} doors") for i in range(6)]
    quotes = [fact(f"q{i}", "quote", f"Line {i}") for i in range(5)]
    event = {
        "facts": numbers + quotes,
        "adds": [{"outlet": "Herald", "fact_ids": [f["id"] for f in numbers + quotes]}],
    }
    line = next(x for x in _comparison_lines(event) if x.startswith("- Herald: "))
    assert line.removeprefix("- Herald: ").split("; ") == [
        "“Line 0” — Ann Roe",
        "“Line 1” — Ann Roe",
        "“Line 2” — Ann Roe",
        "“Line 3” — Ann Roe",
        "2 doors",
        "3 doors",
    ]
    few = {
        "facts": quotes + numbers[:1],
        "adds": [{"outlet": "Herald", "fact_ids": ["n0", *[q["id"] for q in quotes]]}],
    }
    line = next(x for x in _comparison_lines(few) if x.startswith("- Herald: "))
    assert line.endswith("; 2 doors; “Line 4” — Ann Roe")


def test_who_was_first_puts_the_wire_before_its_copies_and_says_when_a_date_has_no_time(
    corpus_report: dict[str, Any],
) -> None:
    # Port Emmet: Valley Courier's copy of the wire story (crediting it by dateline, stamped 14:45 without a
    # zone) and Lakeside Gazette's (a date alone) had come before the wire's own 14:30 at -05:00
    from newsfuse.report.markdown import event_markdown

    articles = {a["id"]: a for a in corpus_report["articles"]}
    (event,) = [e for e in corpus_report["events"] if "Port Emmet" in e["title"]]
    order = [f["outlet"] for f in event["first_reports"]]
    wire = order.index("Continental Press Service")
    assert wire < order.index("Valley Courier") and wire < order.index("Lakeside Gazette")
    text = event_markdown(event, articles)
    assert "- Lakeside Gazette: 2026-03-12 (date only, no time stated)" in text
    assert "- Continental Press Service: 2026-03-12T14:30:00-05:00\n" in text


def test_each_brief_sentence_says_how_many_independent_sources_carry_it(
    corpus_report: dict[str, Any],
) -> None:
    # the Markdown cited "[1][2][3]" for the wire story and its two copies with no count: a reader saw three
    # sources where the page says "(1 independent)"
    from newsfuse.report.markdown import event_markdown

    articles = {a["id"]: a for a in corpus_report["articles"]}
    for event in corpus_report["events"]:
        text = event_markdown(event, articles)
        for sentence in event["brief"]:
            count = sentence["independent_sources"]
            line = next(x for x in text.splitlines() if x.startswith(f"- {_md(sentence['text'])} ["))
            assert re.search(rf"\] \({count} independent( · [^)]*)?\)$", line), line


def _event_with_fact(text: str) -> dict[str, Any]:
    fact = {
        "id": "f1",
        "kind": "quantity",
        "text": text,
        "value": "4",
        "article_ids": ["a", "b"],
        "independent_sources": 2,
        "conflicts": [],
    }
    return {
        "title": "T",
        "independent_sources": 2,
        "article_ids": [],
        "brief": [],
        "facts": [fact],
        "coverage": {
            "outlets": [{"outlet": "A"}, {"outlet": "B"}],
            "rows": [{"fact_id": "f1", "outlets": ["A", "B"]}],
        },
    }


def test_a_reported_statement_reads_on_after_said() -> None:
    # its text opens its own sentence in the source ("The six victims were found …, police said")
    label = _fact_label(
        {"kind": "reported", "speaker": "police", "text": "The six victims were found outside"}
    )
    assert label == "police said the six victims were found outside"
    brisk = {"kind": "reported", "speaker": "Walter Brisk", "text": "A state contractor found the cracks"}
    assert _fact_label(brisk) == "Walter Brisk said a state contractor found the cracks"
    # a name keeps its capital, and so does a text of one word
    school = {"kind": "reported", "speaker": "the school", "text": "Ostend Falls Middle School will open"}
    assert _fact_label(school) == "the school said Ostend Falls Middle School will open"
    assert _fact_label({"kind": "reported", "speaker": "X", "text": "The"}) == "X said The"
