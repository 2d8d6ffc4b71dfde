"""The plain path's outlet from the page's masthead (clean.metadata.masthead_outlet)."""

from __future__ import annotations

from newsfuse.clean.metadata import masthead, masthead_outlet, plain_outlet

FOOTER = ["Lorem news text that is long enough to be a paragraph of the body, with a full stop at its end."]


def test_masthead_restated_in_footer() -> None:
    blocks = [
        "Skip to content",
        "The Pelham Gazette",
        "NewsSportOpinion",
        "Headline about the harbour wall",
        *FOOTER,
        "The Pelham Gazette, 4 Quay Street, Pelham PL1 2AB",
        "© 2025 Pelham Media Ltd",
    ]
    assert masthead(blocks, title_at=3) == ("The Pelham Gazette", "restated")


def test_run_together_masthead_split_and_copyright() -> None:
    blocks = [
        "Radio Orrin94.2 FM and online",
        "Listen liveSchedule",
        "A headline",
        *FOOTER,
        "© Radio Orrin 2025",
    ]
    assert masthead_outlet(blocks, title_at=-1) == "Radio Orrin"


def test_publisher_in_copyright_is_not_the_masthead() -> None:
    blocks = ["The Tolland Echo", "HomeNews", "A headline here", *FOOTER, "© 2025 Echo Newspapers Ltd"]
    assert masthead_outlet(blocks) is None


def test_host_spells_name_or_initials() -> None:
    blocks = ["Wexbury Business Daily", "MarketsCompanies", "A headline", *FOOTER]
    assert masthead_outlet(blocks, url="https://www.wbd.example/markets/x") == "Wexbury Business Daily"
    assert masthead(blocks, url="https://wexburybusinessdaily.example/x") == (
        "Wexbury Business Daily",
        "host",
    )
    assert masthead_outlet(blocks, url="https://other.example/x") is None


def test_host_spelling_only_the_first_words_keeps_those() -> None:
    blocks = ["Skip", "Tidewater Journal Travel", "A headline here", *FOOTER]
    assert masthead(blocks, url="https://archive.tidewater.example/x") == ("Tidewater", "host")
    assert masthead(blocks, url="https://www.tidewaterjournal.co.uk/x") == ("Tidewater Journal", "host")


def test_capitals_masthead_takes_the_footer_casing() -> None:
    blocks = [
        "NORTH QUAY TRIBUNE",
        "Home",
        "Headline",
        *FOOTER,
        "North Quay Tribune · 200 Canal Row · Quayside",
    ]
    assert masthead_outlet(blocks) == "North Quay Tribune"


def test_menu_items_sections_and_bios_are_not_outlets() -> None:
    blocks = [
        "NewsSportJobs",
        "Dana Whitlow",
        "Jobs Ashby, Homes in Ashby, Cars in Ashby",
        "Headline",
        *FOOTER,
        "Jobs board",
        "Sport: the latest results",
        "Dana Whitlow is a reporter for the paper.",
        "Contact Us About Us",
    ]
    assert masthead_outlet(blocks) is None


def test_cue_after_title_and_credit() -> None:
    blocks = [
        "ArticleDiscussionEdit",
        "Headline of the wiki story",
        "From Openfield News, news written by its readers",
        *FOOTER,
        "Text may be reused with credit to Openfield News contributors.",
    ]
    assert masthead_outlet(blocks, title_at=1) == "Openfield News"


def test_empty_and_short_pages() -> None:
    assert masthead_outlet([]) is None
    assert masthead_outlet(["Only one line"]) is None


def test_copyright_outlet_without_signs_years_or_legal_form() -> None:
    from newsfuse.clean.metadata import parse_outlet

    assert parse_outlet("Copyright © 2019 The Pelham Times. All rights reserved.") == "The Pelham Times"
    assert parse_outlet("© Orrin Notes 2016-2020") == "Orrin Notes"
    assert parse_outlet("Copyright 2006 - 2024 Wexbury Inc") == "Wexbury"
    assert parse_outlet("© Radio Orrin 2025") == "Radio Orrin"
    assert parse_outlet("Source: Tolland Wire") == "Tolland Wire"
    assert parse_outlet("Copyright 2008") is None
    assert parse_outlet("© 2025") is None


def test_plain_outlet_prefers_the_masthead_then_the_stated_one() -> None:
    blocks = ["The Tolland Echo", "HomeNews", "Tolland pier to reopen", *FOOTER, "© 2025 Echo Newspapers Ltd"]
    assert plain_outlet(blocks, "Tolland pier to reopen", None, "Echo Newspapers") == "Echo Newspapers"
    assert plain_outlet(blocks, "Tolland pier to reopen", "https://www.tollandecho.example/a", None) == (
        "The Tolland Echo"
    )
    assert plain_outlet([], None, None, None) is None


def test_clean_document_reads_the_masthead_unless_the_input_names_the_outlet() -> None:
    from newsfuse.clean.document import clean_document
    from newsfuse.model import Article, RawDoc

    body = [
        "The Tolland harbour board voted on Tuesday to reopen the north pier after a two-year repair that cost "
        "the town more than it had planned.",
        "Fishing crews said the reopening would shorten their mornings, and the board said the pier would open "
        "to walkers first, in the spring.",
        "The board's chair said the final inspection had found no fault in the new pilings.",
    ]
    page = "\n\n".join(["The Tolland Echo", "Home | News | Sport | Weather", "Tolland pier to reopen", *body])
    url = "https://www.tollandecho.example/news/pier"
    read = clean_document(RawDoc(id="p", path="p.txt", text=page, url=url))
    assert isinstance(read, Article) and read.outlet == "The Tolland Echo"
    named = clean_document(RawDoc(id="q", path="q.txt", text=page, url=url, outlet="Echo Wire"))
    assert isinstance(named, Article) and named.outlet == "Echo Wire"
