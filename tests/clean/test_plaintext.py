from pytest import MonkeyPatch

from newsfuse.clean import clean_document, plaintext
from newsfuse.clean import html as html_module
from newsfuse.clean.blocks import PageVerdict
from newsfuse.clean.html import clean_html, missed_lead, post_filter, visible_blocks
from newsfuse.clean.plaintext import _cut_after_end, _cut_comment_thread, clean_plain_blocks
from newsfuse.model import Article, Drop, RawDoc, Rejected

PAGE = """Home | News | Sports | Opinion | Contact
Harbor bridge closes after crack found
By Jana Okafor, Staff Reporter
Published: 2/14/2026 11:49:44 PM
The Quay Street bridge in Port Emmet was closed on Friday after inspectors found a crack in a support beam, city officials said.
Engineers will spend the weekend assessing the damage to the structure and its two approach ramps.
"We will not reopen it until it is safe," said Mayor Lena Brandt, who visited the site with the engineers.
Share this article: Facebook Twitter Email
Sharing is caring!
Leave a reply
You may also like
Bakery on Mill Road wins national sourdough prize for the third year in a row.
Local striker signs with a rival club after a long season of rumours.
© 2026 The Harbor Ledger. All rights reserved."""


def test_chrome_goes_to_removed_with_reasons_and_metadata_is_read() -> None:
    article = clean_document(RawDoc(id="a", path="a.txt", text=PAGE))
    assert isinstance(article, Article)
    assert article.text.startswith("The Quay Street bridge")
    assert article.text.endswith("with the engineers.")
    for chrome in ("Share this", "Sharing is caring", "Leave a reply", "Bakery", "striker", "©", "Home |"):
        assert chrome not in article.text
    assert article.title == "Harbor bridge closes after crack found"
    assert article.byline == "Jana Okafor"
    assert article.published == "2026-02-14T23:49:44"
    assert article.outlet == "The Harbor Ledger"
    assert article.language == "en"
    reasons = {b.reason for b in article.removed}
    assert {"menu", "byline", "date", "chrome_phrase", "related_block", "copyright"} <= reasons
    removed_text = " ".join(b.text for b in article.removed)
    assert "Bakery on Mill Road" in removed_text


def test_all_chrome_page_is_rejected_with_reason() -> None:
    result = clean_document(
        RawDoc(id="b", path="b.txt", text="Home | News | Sports\nSharing is caring!\nLeave a reply")
    )
    assert isinstance(result, Rejected) and result.reason == Drop.NO_CONTENT


def test_mojibake_is_repaired() -> None:
    body = "The cafÃ© reopened on Friday after a long renovation, and the owners said business was good. " * 2
    article = clean_document(RawDoc(id="c", path="c.txt", text=body))
    assert isinstance(article, Article) and "café" in article.text


def test_html_page_body_and_metadata() -> None:
    html = """<html><head><title>Fire at the docks - The Ledger</title>
    <meta property="og:site_name" content="The Ledger"><meta name="author" content="Ana Ruiz">
    <meta property="article:published_time" content="2026-03-14T09:05:00-05:00"></head>
    <body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Fire at the docks</h1>
    <p>A fire broke out at a cold-storage warehouse on Dock Road early on Thursday, officials said.</p>
    <p>More than a hundred firefighters fought the blaze for six hours before it was under control.</p>
    <p>No one was hurt, but the building was destroyed and the company said it would rebuild.</p></article>
    <footer>© 2026 The Ledger. All rights reserved.</footer></body></html>"""
    article = clean_document(RawDoc(id="d", path="d.html", html=html))
    assert isinstance(article, Article)
    assert "cold-storage warehouse" in article.text and "All rights reserved" not in article.text
    assert article.outlet == "The Ledger" and article.byline == "Ana Ruiz"
    assert article.published is not None and article.published.startswith("2026-03-14")
    assert any("All rights reserved" in b.text for b in article.removed)


def test_html_without_body_is_rejected() -> None:
    result = clean_document(RawDoc(id="e", path="e.html", html="<html><head><title>x</title></head></html>"))
    assert isinstance(result, Rejected) and result.reason == Drop.NO_CONTENT


def test_readers_comments_section_is_cut_with_its_reason() -> None:
    comments = (
        "3 Comments\n"
        "I grew up near that bridge and never once saw anyone inspect it, so this does not surprise me at all.\n"
        "Reply\n"
        "Honestly the city should have closed it years ago, everyone in town knew the beams were rusting badly.\n"
        "Reply"
    )  # each comment with its "Reply" link, as threads show them: comment chrome recurs (_thread_goes_on)
    article = clean_document(
        RawDoc(id="f", path="f.txt", text=PAGE.replace("Leave a reply\n", comments + "\n"))
    )
    assert isinstance(article, Article)
    assert "I grew up" not in article.text and "Honestly the city" not in article.text
    assert article.text.endswith("with the engineers.")
    cut = {b.text: b.reason for b in article.removed}
    assert cut["3 Comments"] == "comment_section"
    assert any(
        reason in ("comment_section", "comment_thread") and text.startswith("Honestly")
        for text, reason in cut.items()
    )


def test_a_count_glued_to_the_comments_heading_opens_the_comment_section() -> None:
    comments = (
        "200Comments. Click to view comments\n"
        "Honestly the city should have closed it years ago, everyone in town knew the beams were rusting badly.\n"
        "Reply"
    )  # each comment with its "Reply" link, as threads show them: comment chrome recurs (_thread_goes_on)
    article = clean_document(
        RawDoc(id="g", path="g.txt", text=PAGE.replace("Leave a reply\n", comments + "\n"))
    )
    assert isinstance(article, Article)
    cut = {b.text: b.reason for b in article.removed}
    assert cut["200Comments. Click to view comments"] == "comment_section"
    assert "Honestly the city" not in article.text


def test_visible_blocks_join_inline_text_as_shown_and_break_where_the_page_text_does() -> None:
    html = (
        "<html><head><title>Site</title></head><body><center><b>A</b>dvertise <a href='#'>here</a>, now</center>"
        "<div><label for='q'>Search:</label><input id='q'><button>Go</button></div>"
        "<dl><dt>Term</dt><dd>Meaning</dd></dl><p>One<br>two</p><script>var x = 1;</script></body></html>"
    )
    assert visible_blocks(html) == ["Advertise here, now", "Search:Go", "Term", "Meaning", "One", "two"]


def test_html_post_filter_cuts_chrome_trafilatura_kept_and_keeps_the_body() -> None:
    visible = PAGE.split("\n")
    body = [line for line in visible if line.startswith(("The Quay", "Engineers", '"We will'))]
    teaser = "Bakery on Mill Road wins national sourdough prize for the third year in a row."
    unknown = "A paragraph trafilatura found that the visible blocks do not hold verbatim."
    kept, removed = post_filter([*body, "Sharing is caring!", teaser, unknown], visible)
    assert kept == [*body, unknown]
    assert {b.text: b.reason for b in removed} == {
        "Sharing is caring!": "chrome_phrase",
        teaser: "related_block",
    }
    assert post_filter(body, []) == (body, [])


def test_unheaded_comment_thread_after_the_article_is_cut() -> None:
    article = [
        f"Paragraph {n} of the article about the bridge, long enough to be the body of the page."
        for n in range(4)
    ]
    comment = "I cross that bridge every day and it has been shaking for years, glad someone looked."
    blocks = [*article, "Share this", "Anna K. says:", comment, "Reply", "Tom says:", "8:05 am", comment]
    cut = "short_fragment"
    reasons: list[str | None] = [None, None, None, None, "chrome_phrase", cut, None, cut, cut, cut, None]
    _cut_comment_thread(blocks, reasons)
    assert reasons[:4] == [None] * 4
    assert reasons[6] == reasons[10] == "comment_thread"
    # an article that goes on after an inset box (two cut blocks, no comment chrome) keeps its second part
    boxed = [*article[:3], "Photo gallery", "Map", article[3]]
    kept: list[str | None] = [None, None, None, "short_fragment", "short_fragment", None]
    _cut_comment_thread(boxed, kept)
    assert kept == [None, None, None, "short_fragment", "short_fragment", None]
    # the comments come after the largest run of kept blocks only: a thread before the article is left alone
    before = ["Anna K. says:", comment, "Reply", "Tom says:", *article]
    early: list[str | None] = [
        "short_fragment",
        None,
        "short_fragment",
        "short_fragment",
        None,
        None,
        None,
        None,
    ]
    _cut_comment_thread(before, early)
    assert "comment_thread" not in early


def test_segments_past_a_copyright_line_that_do_not_share_the_articles_words_are_cut() -> None:
    article = [
        f"Paragraph {n}: inspectors found a crack in the harbour bridge beam, engineers said on Friday."
        for n in range(4)
    ]
    teasers = ["Bakery on Mill Road wins national sourdough prize for the third year running."]
    follow_up = ["The harbour bridge engineers expect the crack repair to take until Friday."]
    cut = "short_fragment"
    blocks = [*article, "© 2026 The Harbor Ledger", "More news", *teasers, "Tags", "Next", *follow_up]
    reasons: list[str | None] = [None] * 4 + ["copyright", cut, None, cut, cut, None]
    _cut_after_end(blocks, reasons)
    assert reasons[:4] == [None] * 4
    assert reasons[6] == "after_article_end"  # off-topic text after the article's end
    assert reasons[9] is None  # its gap holds no copyright line
    # on-topic text after the copyright line stays, and so does off-topic text after a gap without one
    kept: list[str | None] = [None] * 4 + ["copyright", cut, None, cut, cut, None]
    on_topic = [*article, "© 2026 The Harbor Ledger", "More news", *follow_up, "Tags", "Next", *teasers]
    _cut_after_end(on_topic, kept)
    assert kept == [None] * 4 + ["copyright", cut, None, cut, cut, None]


def test_a_list_of_headlines_for_other_stories_after_the_article_is_cut() -> None:
    article = [
        f"Paragraph {n}: inspectors found a crack in the harbour bridge beam, engineers said on Friday."
        for n in range(4)
    ]
    teasers = [
        "Region Headlines",
        "Bakery wins sourdough prize",
        "The Mill Road bakery took the national title for the third year running.",
        "Striker signs for rival club",
        "Ferry timetable changes in spring",
    ]
    cut = "short_fragment"
    blocks = [*article, "Related", "Share", *teasers]
    reasons: list[str | None] = [None] * 4 + [cut, cut] + [None] * 5
    _cut_after_end(blocks, reasons)
    assert reasons[:6] == [None] * 4 + [cut, cut]
    assert reasons[6:] == ["teaser_list"] * 5
    # the same shape about the article's own story is a run of subheadings, and stays
    follow_up = [
        "Harbour bridge repairs",
        "Engineers inspected the harbour bridge beam crack again on Friday.",
        "Bridge beam crack inspectors",
        "Harbour engineers said Friday",
    ]
    own: list[str | None] = [None] * 4 + [cut, cut] + [None] * 4
    _cut_after_end([*article, "Related", "Share", *follow_up], own)
    assert own == [None] * 4 + [cut, cut] + [None] * 4


def test_headline_is_looked_for_before_the_first_prose_block_of_the_body(monkeypatch: MonkeyPatch) -> None:
    blocks = [
        "Home | News | Sport | Weather",
        "Ferry schedules and more",
        "Quay bridge closed after crack found in beam",
        "Friday, 13 Feb 2026 15:26",
        "The Quay Street bridge in Port Emmet was closed on Friday after inspectors found a crack in a beam.",
        "Engineers will spend the weekend assessing the damage to the bridge and its two approach ramps.",
    ]
    real = plaintext.judge_page(blocks)
    # the scorer takes the line before the headline for body: the headline is still found
    probabilities = real.probabilities.copy()
    probabilities[1] = 0.6
    verdict = PageVerdict(probabilities, real.reasons, real.language, real.features)
    monkeypatch.setattr(plaintext, "judge_page", lambda _blocks, _stats=None: verdict)
    result = plaintext.clean_plain_blocks(blocks)
    assert result.title == blocks[2]
    assert result.reasons[2] == "title"


def test_truncated_teasers_syndication_notices_and_bracketed_reply_strips_are_cut() -> None:
    story = [
        f"Paragraph {n}: inspectors found a crack in the harbour bridge beam, engineers said on Friday, and "
        "the city closed the crossing while they assess the damage."
        for n in range(5)
    ]
    teaser = (
        "Bakery on Mill Road wins the national sourdough prize for the third year in a row, as… Read more"
    )
    notice = (
        "Distributed by the Harbor Wire. This material may not be published, broadcast, rewritten or "
        "redistributed."
    )
    strip = "[ Post Reply | Private Reply | View Replies ]"
    result = plaintext.clean_plain_blocks([*story[:3], strip, *story[3:], teaser, notice])
    why = dict(zip([*story[:3], strip, *story[3:], teaser, notice], result.reasons, strict=True))
    assert why[teaser] == "teaser"
    assert why[notice] == "copyright"
    assert why[strip] == "menu"
    assert all(why[s] is None for s in story)
    # an ellipsis inside prose, or "read more" without one, is not a teaser
    assert plaintext._tail_notice("Read more about the harbour bridge in our archive.") is None
    assert plaintext._tail_notice("The engineers paused... then read more of the report.") is None


def test_a_comment_section_goes_on_past_body_like_comments_while_comment_chrome_recurs(
    monkeypatch: MonkeyPatch,
) -> None:
    prose = (
        "The council has known about the corrosion on the Quay Street bridge for years, and the inspection "
        "reports said so plainly, yet the repairs were put off again and again to save money.",
        "Engineers who worked on the bridge in the nineties warned the city that the support beams would need "
        "replacing within two decades, and that warning was never acted on by any of the mayors since.",
        "Residents of the harbor district now face long detours through the old town while the crossing stays "
        "closed, and shop owners on Mill Road say their takings have already fallen by a third.",
    )
    thread: list[str] = []
    for n, (name, text) in enumerate(zip(("Walters", "Travis Pahl", "Anna K."), prose, strict=True), 1):
        thread += [f"{n}. {text}", f"Posted by: {name} on February 15, 2026 0{n}:15 PM"]
    page = PAGE.replace("Leave a reply\n", "\n".join(["Comments", *thread]) + "\n")
    article = clean_document(RawDoc(id="t", path="t.txt", text=page))
    assert isinstance(article, Article)
    assert article.text.endswith("with the engineers.")
    cut = {b.text: b.reason for b in article.removed}
    assert all(block in cut for block in thread)
    assert cut[thread[0]] == cut[thread[2]] == "comment_section"
    # without the recurring comment chrome the section ends at the first block the scorer is sure is body
    monkeypatch.setattr(plaintext, "THREAD_MARKS", 0)
    again = clean_document(RawDoc(id="t", path="t.txt", text=page))
    assert isinstance(again, Article)
    assert {b.text: b.reason for b in again.removed}.get(thread[2]) != "comment_section"


def test_article_prose_trafilatura_missed_before_its_first_paragraph_is_put_back(
    monkeypatch: MonkeyPatch,
) -> None:
    visible = PAGE.split("\n")
    lead, second, third = (line for line in visible if line.startswith(("The Quay", "Engineers", '"We will')))
    plain = clean_plain_blocks(visible)
    assert missed_lead([second, third], visible, plain) == [lead]
    assert missed_lead([lead, second, third], visible, plain) == []  # nothing before the lead is prose
    assert missed_lead(["A paragraph the page does not show verbatim."], visible, plain) == []
    html = "<html><body>" + "".join(f"<p>{line}</p>" for line in visible) + "</body></html>"

    def extraction(*args: object, **kwargs: object) -> dict[str, str]:  # trafilatura missing the lead
        return {"text": f"{second}\n{third}", "title": "Harbor bridge closes after crack found"}

    monkeypatch.setattr(html_module.trafilatura, "bare_extraction", extraction)
    page = clean_html(html, aggressiveness=0.5)
    assert page.text.split("\n\n") == [lead, second, third] and page.lead == 1
    assert lead not in {b.text for b in page.removed}
    off = clean_html(html, aggressiveness=0.5, lead=False)
    assert off.text.split("\n\n") == [second, third] and off.lead == 0
    assert lead in {b.text for b in off.removed}


def test_missed_lead_never_puts_back_a_block_trafilatura_kept_split_otherwise() -> None:
    visible = PAGE.split("\n")
    lead, second, third = (line for line in visible if line.startswith(("The Quay", "Engineers", '"We will')))
    plain = clean_plain_blocks(visible)
    head, tail = lead[: len(lead) // 2], lead[len(lead) // 2 :]  # trafilatura cut the block in two
    assert missed_lead([head, tail, second, third], visible, plain) == []
    assert missed_lead([tail, second, third], visible, plain) == []
    assert missed_lead([second, third], visible, plain) == [lead]


def test_a_comments_link_before_the_article_does_not_open_a_comment_section() -> None:
    standfirst = (
        "Inspectors found a crack in a support beam of the Quay Street bridge on Friday and the city closed"
        " the crossing to all traffic"
    )
    page = PAGE.replace("Staff Reporter\n", f"Staff Reporter\n{standfirst}\nComments\n").replace(
        "Leave a reply\n", ""
    )
    article = clean_document(RawDoc(id="c", path="c.txt", text=page))
    assert isinstance(article, Article)
    assert article.text.startswith("The Quay Street bridge") and article.text.endswith("with the engineers.")
    assert "comment_section" not in {b.reason for b in article.removed}  # it was before the article's prose


def test_clean_html_reuses_an_extraction_at_hand(monkeypatch: MonkeyPatch) -> None:
    visible = PAGE.split("\n")
    html = "<html><body>" + "".join(f"<p>{line}</p>" for line in visible) + "</body></html>"
    extracted = html_module.extract(html)
    assert "The Quay Street bridge" in str(extracted["text"])

    def fail(*args: object, **kwargs: object) -> None:
        raise AssertionError("trafilatura ran again")

    monkeypatch.setattr(html_module.trafilatura, "bare_extraction", fail)
    page = clean_html(html, aggressiveness=0.5, extracted=extracted)
    assert "The Quay Street bridge" in page.text and page.text.endswith("with the engineers.")


def test_article_prose_trafilatura_missed_between_its_paragraphs_is_put_back() -> None:
    visible = PAGE.split("\n")
    lead, second, third = (line for line in visible if line.startswith(("The Quay", "Engineers", '"We will')))
    plain = clean_plain_blocks(visible)
    assert html_module.missed_inside([lead, third], visible, plain) == [lead, second, third]
    assert html_module.missed_inside([lead, second, third], visible, plain) == [lead, second, third]
    assert html_module.missed_inside([lead, "A paragraph the page does not show."], visible, plain) == [
        lead,
        "A paragraph the page does not show.",
    ]
    # chrome between two kept paragraphs is not put back
    share = next(line for line in visible if line.startswith("Share this"))
    assert share not in html_module.missed_inside([lead, visible[-1]], visible, plain)
