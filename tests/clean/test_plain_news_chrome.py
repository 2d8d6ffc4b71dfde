"""Round 25: what a news page keeps after its article that is not the article - readers' comments signed line by
line, boxes of headline-and-summary teasers for other stories, commenter name lines inside a comment section, and
site chrome no article carries - is cut with its reason; an article's own sections and a page with no article
before the comments stay."""

import pytest

from newsfuse.clean import plaintext
from newsfuse.clean.pagenotes import is_site_chrome
from newsfuse.clean.plaintext import _is_comment_chrome, _prose_sizes, _signed_comments, _teaser_pairs

ARTICLE = [
    "The council voted on Tuesday to close the Elm Street library branch at the end of the year, officials said.",
    "Library staff will move to the central branch, and the building will be offered for sale in the spring.",
    "Residents who spoke at the meeting asked the council to keep a reading room open in the neighbourhood.",
]
COMMENTS = [
    "This is a terrible decision and the council should be ashamed of itself for closing it.",
    "Posted by: dan | Jan 10, 2008 6:02:53 PM",
    "I grew up reading in that building and it breaks my heart to see it go like this.",
    "Posted by: Lois | Jan 10, 2008 9:42:23 PM",
    "The branch was always empty when I went there, so the money is better spent elsewhere.",
    "Posted by: Chris | Jan 10, 2008 9:43:59 PM",
]


def test_signed_comments_after_the_article_are_cut() -> None:
    blocks = ARTICLE + COMMENTS + ["Post a comment"]
    reasons: list[str | None] = [None] * len(blocks)
    cut = _signed_comments(blocks, reasons, _prose_sizes(blocks))
    assert cut == list(range(len(ARTICLE) + 1, len(blocks)))  # from the first signature on
    assert all(i >= len(ARTICLE) for i in cut)


def test_signed_comments_need_an_article_and_a_run() -> None:
    alone = ["Posted by: ann | Jan 9, 2008 1:05:00 PM", *COMMENTS]  # signed from the top: no article before
    assert _signed_comments(alone, [None] * len(alone), _prose_sizes(alone)) == []
    one = ARTICLE + COMMENTS[:2] + ARTICLE  # one signature is no run
    assert _signed_comments(one, [None] * len(one), _prose_sizes(one)) == []


def test_clean_plain_blocks_cuts_signed_comments_only_with_a_byline() -> None:
    head = ["Library branch to close", "By Anna Kerr, Staff Writer"]
    page = head + ARTICLE * 2 + COMMENTS
    kept = clean_with(page)
    assert not any(line.startswith("Posted by") or "heart" in line for line in kept.blocks)
    assert any(r.reason == "comment_thread" and "heart" in r.text for r in kept.removed)
    unsigned = clean_with(["Library branch to close"] + ARTICLE * 2 + COMMENTS)
    assert any("heart" in line for line in unsigned.blocks)  # no byline, under 150 article words


def clean_with(blocks: list[str]) -> plaintext.PlainTextResult:
    return plaintext.clean_plain_blocks(blocks)


HEADLINES = [
    (
        "Hops shortage spurs microbreweries to reinvent flagship beers",
        "A worldwide shortage of hops is forcing "
        "some microbreweries to rewrite their recipes for trademark beers.",
    ),
    (
        "Man arrested in deadly hit-and-run",
        "A 24-year-old man has been charged in connection with a hit-and-run "
        "in which an elderly pedestrian was left on a dark road.",
    ),
    (
        "Fish oil may not help some heart patients",
        "Fish oil may not be the heart-healthy cure-all it has been touted as, a review of research finds.",
    ),
]


def test_teaser_box_after_the_article_is_cut() -> None:
    box = [part for pair in HEADLINES for part in pair]
    blocks = ["Library branch to close", *ARTICLE, "Share this story", "Related", "Headlines", *box]
    reasons: list[str | None] = [None] * len(blocks)
    reasons[0] = "title"
    reasons[4] = reasons[5] = "chrome_phrase"  # the box is set off from the article by cut chrome
    start = blocks.index(HEADLINES[0][0])
    assert _teaser_pairs(blocks, reasons, 0, frozenset({"the", "a", "of", "in", "to", "and"})) == list(
        range(start, len(blocks))
    )


def test_article_sections_and_boxes_not_set_off_stay() -> None:
    box = [part for pair in HEADLINES for part in pair]
    stops = frozenset({"the", "a", "of", "in", "to", "and"})
    inline = [
        "Library branch to close",
        *ARTICLE,
        *box,
    ]  # no cut chrome before the pairs: the article's sections
    reasons: list[str | None] = ["title"] + [None] * (len(inline) - 1)
    assert _teaser_pairs(inline, reasons, 0, stops) == []
    sections = [
        "Library branch to close",
        *ARTICLE,
        "Share this story",
        "Related",
        "Library staff to move",
        "Library staff will move to the central library branch when the Elm Street branch closes, the council said.",
        "Reading room for residents",
        "Residents asked the council to keep a reading room open near the Elm Street library branch, officials said.",
        "Elm Street library sale",
        "The Elm Street library building will be offered for sale by the council in the spring, officials said.",
    ]
    reasons = ["title"] + [None] * (len(sections) - 1)
    reasons[4] = reasons[5] = "chrome_phrase"
    assert _teaser_pairs(sections, reasons, 0, stops) == []  # on the article's topic


def test_commenter_name_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    blocks = [COMMENTS[0], "Frank @ Toronto", COMMENTS[2], "Methods", "Results", COMMENTS[4]]
    monkeypatch.setattr(plaintext, "THREAD_NAMES", True)
    assert _is_comment_chrome(blocks, 1)  # a name between two comments
    assert not _is_comment_chrome(blocks, 3)  # an outline's heading beside another heading
    assert _is_comment_chrome([COMMENTS[1]], 0)  # a "Posted by" line
    monkeypatch.setattr(plaintext, "THREAD_NAMES", False)
    assert not _is_comment_chrome(blocks, 1)


def test_site_chrome() -> None:
    for block in (
        "The comments above are from readers. In no way do they represent the views of the Daily News.",
        "We will not post reader comments containing personal attacks, slander or profanity.",
        "Please create an account or login to read this story",
        "This site requires that JavaScript be enabled and the Flash plug-in be installed.",
        "Your email address will not be published. Required fields are marked.",
    ):
        assert is_site_chrome(block), block
    for block in (
        "The council said comments are welcome until May, and residents can write to the clerk.",
        "Police said the suspect had logged in to the victim's account from a library computer.",
    ):
        assert not is_site_chrome(block), block
