"""The Markdown pages' escaping."""

from __future__ import annotations

from newsfuse.report.markdown import _md


def test_each_markup_character_gets_a_backslash_and_nothing_else_changes() -> None:
    markup = "\\`*_[]<>#|"
    assert _md(markup) == "".join("\\" + ch for ch in markup)
    plain = "Ada Quill said: “3,400 (12%) — 4 March” & more; a/b ~ {x} é\n\tend"
    assert _md(plain) == plain
    assert _md(f"a*b{plain}_") == f"a\\*b{plain}\\_"
    assert _md("") == ""


def test_where_sources_disagree_lists_each_conflict_once_in_the_sources_words() -> None:
    from newsfuse.report.markdown import event_markdown
    from tests.report.test_html import _conflicted

    event, articles = _conflicted()
    text = event_markdown(event, articles)
    section = text.split("## Where sources disagree\n\n")[1].split("\n\n")[0].splitlines()
    assert section == [
        "- quantity: “12 people” (Gazette, Courier) vs “more than 15 people” (Herald)",
        "- who said “Stay away”: Ann Roe (Gazette) vs Bo Lin (Herald)",
    ]
    assert text.splitlines()[2] == "1 independent source, 3 articles from 3 outlets."
