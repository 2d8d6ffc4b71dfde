"""The post-filter on paragraphs no visible block matches as a whole: trafilatura's table rows (a layout table's
cell holds the article, its comments and the site's links in one line) and lines it worded otherwise."""

from __future__ import annotations

from newsfuse.clean.html import THREAD_WINDOW, Split, _Cover, author_line, comment_thread, post_filter
from newsfuse.clean.plaintext import PlainTextResult

STORY = "The harbour board voted on Monday to rebuild the old ferry pier before the summer season."
MORE = "Work starts in March, and the board expects the pier to reopen to walkers by late June."
COMMENT = "Great news, about time somebody fixed that pier!"
POSTED = "Posted by Harbourfan on January 6, 2008 2:09 PM"
FOOTER = "Copyright 2008 The Harbour Gazette. All rights reserved."


def _plain(probabilities: list[float], reasons: list[str | None]) -> PlainTextResult:
    return PlainTextResult(blocks=[], removed=[], probabilities=probabilities, reasons=reasons)


def test_cover_finds_the_blocks_of_a_table_row_in_order() -> None:
    visible = ["Menu", STORY, "Photo: the pier in 1950", MORE, COMMENT]
    cover = _Cover(visible)
    row = f"| {STORY} {MORE} | {COMMENT} |"
    # trafilatura left the caption out of the cell: found only when a block may be passed over
    assert cover.find(row) is None
    assert cover.find(row, skip=1) == [1, 3, 4]
    assert cover.find(f"| {STORY} | {MORE} |") is None
    assert _Cover([STORY, MORE]).find(f"| {STORY} | {MORE} |") == [0, 1]
    assert cover.find("Nothing on this page") is None
    assert cover.find("") is None


def test_cover_keeps_trafilaturas_wording_for_the_kept_pieces() -> None:
    visible = ["Intro line here", "Body text is here, and more.", "Posted by Bob on May 1", "Great post!"]
    cover = _Cover(visible)
    row = "| Intro line here | Body text is here, and more. Posted by Bob on May 1 Great post! |"
    pieces = cover.find(row)
    assert pieces == [0, 1, 2, 3]
    assert cover.keep(row, pieces, [True, True, False, False]) == [
        "Intro line here | Body text is here, and more."
    ]
    assert cover.keep(row, pieces, [True, False, True, False]) == [
        "Intro line here",
        "Posted by Bob on May 1",
    ]


def test_post_filter_cuts_the_comments_out_of_a_layout_row() -> None:
    visible = [STORY, MORE, COMMENT, POSTED, FOOTER]
    plain = _plain(
        [0.95, 0.9, 0.3, 0.05, 0.01], [None, None, "comment_section", "comment_section", "copyright"]
    )
    row = f"| {STORY} {MORE} {COMMENT} {POSTED} | {FOOTER} |"
    kept, removed = post_filter([row], visible, 0.5, plain)
    assert kept == [f"{STORY} {MORE}"]
    assert [r.reason for r in removed] == ["comment_section", "comment_section", "copyright"]
    # without the split, the row matches no visible block and is kept whole
    assert post_filter([row], visible, 0.5, plain, split=Split(on=False)) == ([row], [])


def test_post_filter_leaves_a_data_tables_short_row_whole() -> None:
    visible = ["Alcohol:", "13 % vol.", STORY]
    plain = _plain([0.5, 0.07, 0.95], [None, "outside_body", None])
    row = "| Alcohol: | 13 % vol. |"
    assert post_filter([row, STORY], visible, 0.5, plain) == ([row, STORY], [])
    # split at any length: one piece below the page floor (0.1) but above a piece floor of 0.05 stays
    assert post_filter([row, STORY], visible, 0.5, plain, split=Split(words=0, floor=0.05))[0] == [row, STORY]
    kept, removed = post_filter([row, STORY], visible, 0.5, plain, split=Split(words=0))
    assert kept == ["Alcohol:", STORY]
    assert [r.text for r in removed] == ["13 % vol."]


def test_post_filter_matches_a_line_worded_otherwise_by_its_words() -> None:
    visible = ["Subscribe to the Gazette", STORY]
    plain = _plain([0.02, 0.95], ["chrome_phrase", None])
    kept, removed = post_filter(["- Subscribe to the Gazette", STORY], visible, 0.5, plain)
    assert kept == [STORY]
    assert [r.text for r in removed] == ["Subscribe to the Gazette"]


def test_post_filter_keeps_a_rows_last_words_that_no_block_makes_up() -> None:
    visible = [STORY, MORE, COMMENT, POSTED]
    plain = _plain([0.95, 0.9, 0.3, 0.05], [None, None, "comment_section", "comment_section"])
    row = f"| {STORY} {MORE} {COMMENT} {POSTED} | Sports Business |"
    kept, removed = post_filter([row], visible, 0.5, plain)
    assert kept == [f"{STORY} {MORE}", "Sports Business"]
    assert [r.text for r in removed] == [COMMENT, POSTED]
    # the blocks must make up most of the paragraph's words (``Split.tail``)
    assert post_filter([row], visible, 0.5, plain, split=Split(tail=1.0)) == ([row], [])


def test_author_line_reads_a_name_not_a_sentence() -> None:
    for name in ("Ray Olson", "Frank @ Toronto", "J-F (Ottawa)", "31 Delta", "larry"):
        assert author_line(name), name
    for line in ("Canada is next!", "RE DCR.", "The board voted to rebuild the old ferry pier", ""):
        assert not author_line(line), line


THREAD = [
    STORY,
    MORE,
    STORY,
    "Comments are closed for this story",
    "Ray Olson",
    "The pier was a disgrace for years, glad to see the money spent at last.",
    "Anna",
    "Who pays for it? Not the board, that much is sure.",
    "Pete K",
    "Finally.",
    FOOTER,
]


def test_comment_thread_goes_on_over_comments_each_opened_by_a_name() -> None:
    reasons: list[str | None] = [None] * len(THREAD)
    reasons[3], reasons[-1] = "comment_section", "copyright"
    assert comment_thread(THREAD, reasons) == [4, 5, 6, 7, 8, 9]
    plain = _plain([0.95, 0.9, 0.95, 0.6, 0.8, 0.9, 0.5, 0.9, 0.6, 0.7, 0.01], reasons)
    kept, removed = post_filter(THREAD, THREAD, 0.5, plain)
    assert kept == [STORY, MORE, STORY]
    assert {r.reason for r in removed} == {"comment_section", "copyright"}
    # off (thread=0): the comments stay; one name line is no thread; a menu (names in a row) is none
    assert post_filter(THREAD, THREAD, 0.5, plain, thread=0)[0] == [*THREAD[:3], *THREAD[4:10]]
    assert comment_thread(THREAD, reasons, THREAD_WINDOW) == [4, 5, 6, 7, 8, 9]
    assert comment_thread([*THREAD[:6], FOOTER], [*reasons[:6], "copyright"]) == []
    menu = [*THREAD[:4], "Sports", "Weather", "Traffic", "Business", MORE]
    assert comment_thread(menu, [*reasons[:4], None, None, None, None, None]) == []


def test_comment_thread_needs_the_article_above_the_section() -> None:
    # a comment count above the article opens no thread: its subheadings are not authors
    page = ["61 comments", STORY, "Chew slowly", MORE, "Eat more fibre", STORY]
    reasons: list[str | None] = ["comment_section", None, None, None, None, None]
    assert comment_thread(page, reasons) == []
