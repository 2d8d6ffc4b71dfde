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
