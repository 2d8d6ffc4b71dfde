"""Round 27, family AA: the after-article chrome of news pages, judged as one class under the news convention.
Readers' comments under a comments heading, signed line by line on a page without a byline, or printed twice
(the whole comment, then its first sentences again), and teaser boxes found by their heading, are cut once the
article (150 kept words of prose) stands before them; the same forms before the article, a wiki's own sections,
a byline naming its outlet and a heading whose colon opens no list are left."""

from newsfuse.clean import plaintext
from newsfuse.clean.plaintext import (
    _comments_to_end,
    _doubled_comments,
    _is_box_heading,
    _prose_sizes,
    _signed_comments,
    _teaser_boxes,
)
from tests.clean.test_plain_news_chrome import COMMENTS as SIGNED

ARTICLE = [
    "The council voted on Tuesday to close the Elm Street library branch at the end of the year, officials said "
    "after a long meeting in which residents spoke for and against the plan put forward by the finance committee.",
    "Library staff will move to the central branch, and the building will be offered for sale in the spring, "
    "according to a report the council's property office presented to councillors before the vote was taken.",
    "Residents who spoke at the meeting asked the council to keep a reading room open in the neighbourhood, and "
    "several said the branch was the only quiet place for their children to study after school each day.",
    "The finance committee said closing the branch would save the city about two hundred thousand dollars a "
    "year, money it plans to spend on longer opening hours at the central library and on a mobile library van.",
    "A petition against the closure gathered more than three thousand names in a month, and its organisers said "
    "they would ask the province to review the decision before the building is put up for sale next spring.",
]
COMMENTS = [
    "I grew up reading in that building and it breaks my heart to see the council close it like this.",
    "The branch was always empty when I went there, so the money is better spent on the other branches.",
]
BOX = [
    "Hops shortage spurs microbreweries to reinvent flagship beers",
    "A worldwide shortage of hops is forcing some brewers to rewrite their recipes for trademark beers.",
    "Man arrested in deadly hit-and-run",
    "A 24-year-old man has been charged after an elderly pedestrian was struck on a dark road.",
]


def _headings(blocks: list[str]) -> frozenset[int]:
    return frozenset(plaintext._Candidates.scan(plaintext.judge_page(blocks, None).features).comments)


def _boxes(blocks: list[str], reasons: list[str | None]) -> list[int]:
    """The teaser boxes with the page's own stop words, as ``clean_plain_blocks`` reads them."""
    stops = plaintext.judge_page(blocks, None).features.stops.words
    return _teaser_boxes(blocks, reasons, 0, stops, _prose_sizes(blocks))


def _to_end(blocks: list[str]) -> list[int]:
    return _comments_to_end(blocks, [None] * len(blocks), _headings(blocks), _prose_sizes(blocks))


def test_a_comments_heading_after_the_article_cuts_to_the_end() -> None:
    blocks = [*ARTICLE, "Leave a comment", *COMMENTS]
    assert _to_end(blocks) == [len(ARTICLE) + 1, len(ARTICLE) + 2]


def test_a_count_a_heading_in_the_lead_or_a_bare_discussion_cuts_nothing() -> None:
    assert _to_end([*ARTICLE, "3 Comments", *COMMENTS]) == []  # a count: often a link to the comments
    assert _to_end([*ARTICLE[:1], "Leave a comment", *ARTICLE[1:]]) == []  # 37 words of prose before it
    assert _to_end([*ARTICLE, "Discussion", *COMMENTS]) == []


def test_a_byline_less_page_cuts_a_run_signed_by_many_after_the_article() -> None:
    blocks = [*ARTICLE, *SIGNED]
    n = len(ARTICLE)
    assert _signed_comments(blocks, [None] * len(blocks), _prose_sizes(blocks), no_byline=True) == list(
        range(n + 1, len(blocks))
    )


def test_a_byline_less_page_keeps_one_authors_posts_and_a_run_before_the_article() -> None:
    one = [s.replace("dan", "jon").replace("Lois", "jon").replace("Chris", "jon") for s in SIGNED]
    blocks = [*ARTICLE, *one]
    # one signer: a blog's posts
    assert _signed_comments(blocks, [None] * len(blocks), _prose_sizes(blocks), no_byline=True) == []
    early = [
        ARTICLE[0],
        *SIGNED,
        *ARTICLE[1:],
    ]  # 37 words of prose before the run: the post's own signature
    assert _signed_comments(early, [None] * len(early), _prose_sizes(early), no_byline=True) == []
    assert _signed_comments(early, [None] * len(early), _prose_sizes(early)) == list(
        range(2, len(early))
    )  # a byline: round 25's rule


def test_clean_plain_blocks_gives_each_form_its_reason() -> None:
    page = ["Library branch to close", *ARTICLE, "Leave a comment", *COMMENTS]
    result = plaintext.clean_plain_blocks(page)
    assert not any("heart" in block for block in result.blocks)
    assert any(r.reason == "comment_section" and "heart" in r.text for r in result.removed)
    signed = plaintext.clean_plain_blocks(["Library branch to close", *ARTICLE, *SIGNED])
    assert not any("heart" in block for block in signed.blocks)
    assert any(r.reason == "comment_thread" and "heart" in r.text for r in signed.removed)


FIRST = "Contrast the difference between this branch and the new one."
REST = "The new one has longer hours, a cafe and twice as many computers for the children who use it after school."


def test_a_comment_printed_whole_then_its_first_sentence_opens_the_comments() -> None:
    blocks = [
        *ARTICLE,
        "Posted by: ann on 4:05pm Tue 1 Jan 08",
        f"{FIRST} {REST}",
        FIRST,
        REST,
        "Quote",
    ]
    reasons: list[str | None] = [None] * len(blocks)
    n = len(ARTICLE)
    reasons[n] = reasons[n + 4] = "recurring_line"
    assert _doubled_comments(blocks, reasons, _prose_sizes(blocks)) == [n + 1, n + 2, n + 3]


def test_equal_neighbours_a_heading_first_or_a_deck_are_no_doubled_comment() -> None:
    same = [
        *ARTICLE,
        REST,
        REST,
        "Nah.",
    ]  # a caption printed twice is the article's own
    assert _doubled_comments(same, [None] * len(same), _prose_sizes(same)) == []
    heading = [
        *ARTICLE,
        "Anomaly in status code",
        f"Anomaly in status code {REST}",
    ]  # the shorter first
    assert _doubled_comments(heading, [None] * len(heading), _prose_sizes(heading)) == []
    deck = [f"{FIRST} {REST}", FIRST, *ARTICLE]  # before the article's prose
    assert _doubled_comments(deck, [None] * len(deck), _prose_sizes(deck)) == []
    short = [
        *ARTICLE,
        "Thanks. I agree with the last poster.",
        "Thanks.",
    ]  # under five words
    assert _doubled_comments(short, [None] * len(short), _prose_sizes(short)) == []


def test_a_box_heading_is_a_short_line_naming_a_list() -> None:
    for line in (
        "B.C. Headlines",
        "Other news",
        "Related stories:",
        "Related topics: Hacking, Viruses, Spyware",
    ):
        assert _is_box_heading(line), line
    for line in (
        "News of the closure spread quickly through the neighbourhood on Tuesday.",  # a sentence
        "the latest headlines",  # no capital
        "Headlines from around the province this week",  # more than five words
        "Library branch to close",  # no list noun
        "Main articles: Government of New Zealand and Politics of New Zealand",  # the colon opens no list
        "YOUR COMMUNITY: How is the ice jam affecting you?",
        "Community[edit]",  # a wiki's own section
        "Local news [ Edit ]",
        "Mariko Oi BBC News, Singapore",  # a byline naming its outlet, and its dateline
    ):
        assert not _is_box_heading(line), line


def test_a_teaser_box_after_the_article_is_cut_to_the_end() -> None:
    blocks = [
        "Library branch to close",
        *ARTICLE,
        "Share this story",
        "B.C. Headlines",
        *BOX,
    ]
    reasons: list[str | None] = [None] * len(blocks)
    n = len(ARTICLE) + 1
    reasons[0], reasons[n] = "title", "chrome_phrase"
    assert _boxes(blocks, reasons) == list(range(n + 1, len(blocks)))
    result = plaintext.clean_plain_blocks(blocks)
    assert any(r.reason == "teaser_list" and "Hops" in r.text for r in result.removed)


def test_the_articles_own_prose_ends_a_box_and_a_box_before_the_article_or_of_one_line_is_left() -> None:
    own = "Residents said the library branch council vote left the neighbourhood without a reading room for children."
    blocks = ["Library branch to close", *ARTICLE, "Headlines", *BOX, own]
    reasons: list[str | None] = [None] * len(blocks)
    n = len(ARTICLE) + 1
    reasons[0], reasons[n] = "title", "recurring_line"
    assert _boxes(blocks, reasons) == list(range(n + 1, n + 5))
    before = ["Library branch to close", "Latest news", *BOX, *ARTICLE]
    assert _boxes(before, ["title"] + [None] * (len(before) - 1)) == []
    one = ["Library branch to close", *ARTICLE, "Other news", BOX[0]]
    assert _boxes(one, [None] * len(one)) == []
