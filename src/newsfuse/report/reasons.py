"""Why cleaning removed a block, in a reader's words (report.json keeps the cleaner's code)."""

from __future__ import annotations

from typing import Any

REASONS: dict[str, str] = {
    "after_article_end": "after the article's end",
    "author_bio": "the author's bio",
    "byline": "byline",
    "caption": "photo caption",
    "chrome_phrase": "site navigation or sharing text",
    "comment_section": "readers' comments",
    "comment_thread": "readers' comments",
    "consent_notice": "cookie or consent notice",
    "copyright": "copyright or syndication notice",
    "date": "date line",
    "headline": "headline",
    "html_boilerplate": "page boilerplate",
    "label": "section label",
    "low_body_score": "does not read like the article's text",
    "menu": "menu",
    "off_topic": "off the article's topic",
    "outside_body": "outside the article's text",
    "pull_quote": "pull quote (repeats the text)",
    "reader_prompt": "prompt to readers (subscribe, share, comment)",
    "recurring_block": "appears on many pages of the site",
    "recurring_line": "repeated on many pages of the site",
    "related_block": "links to other stories",
    "short_fragment": "short fragment, not the article's text",
    "site_note": "note from the site",
    "source_line": "source line",
    "standfirst": "standfirst (summary under the headline)",
    "teaser": "teaser for another story",
    "teaser_list": "teasers for other stories",
    "tip_line": "tip-line appeal (call police or Crime Stoppers)",
    "title": "title or heading",
}
"""Each removal code of ``newsfuse.clean`` and what it means to a reader."""


def reason_words(code: str | None) -> str:
    """A removal code in words; an unknown code as its words ("some_new_code" -> "some new code")."""
    if not code:
        return "removed"
    return REASONS.get(code, code.replace("_", " "))


def removed_view(article: dict[str, Any]) -> list[dict[str, Any]]:
    """An article's removed blocks as a page lists them: the block, its code and the code in words
    (``why``)."""
    return [{**r, "why": reason_words(r.get("reason"))} for r in article.get("removed") or []]
