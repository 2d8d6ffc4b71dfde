"""Metadata read from scraped text and URLs."""

from __future__ import annotations

import warnings

from newsfuse.clean import clean_document
from newsfuse.clean.html import choose_title, strip_site_name
from newsfuse.clean.metadata import date_from_url, parse_date_line, parse_timestamp
from newsfuse.model import Article, RawDoc

BODY = (
    "The regional council voted on Tuesday to extend the night bus service to the airport, "
    "a move that riders had requested for years, and the first buses will run in June."
)


def test_date_from_url_patterns() -> None:
    assert date_from_url("http://example.org/world/2017-09/15/content_1.htm") == "2017-09-15"
    assert date_from_url("https://example.org/2021/03/04/a-story/") == "2021-03-04"
    assert date_from_url("https://example.org/news/20190102/a.html") == "2019-01-02"
    assert date_from_url("https://example.org/2019/13/40/x") is None
    assert date_from_url(None) is None


def test_stated_time_and_zone_are_kept() -> None:
    assert parse_date_line("Published: 2/14/2020 11:49:44 PM") == "2020-02-14T23:49:44"
    assert parse_date_line("Updated March 3, 2026 10:15 EST") == "2026-03-03T10:15:00-05:00"
    assert parse_date_line("March 3, 2026") == "2026-03-03"


def test_url_date_is_a_fallback_for_plain_text() -> None:
    raw = RawDoc(id="u", path="u.txt", text=f"{BODY}\n{BODY}", url="https://example.org/2024/05/06/buses")
    article = clean_document(raw)
    assert isinstance(article, Article) and article.published == "2024-05-06"
    dated = RawDoc(id="d", path="d.txt", text=f"Published: 5/7/2024\n{BODY}\n{BODY}", url=raw.url)
    article = clean_document(dated)
    assert isinstance(article, Article) and article.published == "2024-05-07"


def test_unknown_zone_name_keeps_the_time_without_a_warning() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert parse_timestamp("Published: 2/14/2020 11:49:44 PM XYZT") == "2020-02-14T23:49:44"
    assert parse_timestamp("Published: 2/14/2020 11:49:44 PM EST") == "2020-02-14T23:49:44-05:00"


def test_html_title_is_the_headline_without_the_site_name() -> None:
    visible = [
        "Home | World | Sport",
        "Ferry terminal opens after two years",
        "The harbour authority said ...",
    ]
    site = "Ferry terminal opens after two years - Breaking News - World"
    assert choose_title(site, "Ferry terminal opens after two years", visible) == visible[1]
    # no headline from the cleaner: the part of the title that is a visible block
    assert choose_title(site, None, visible) == visible[1]
    # a title that is itself on the page, or has no separator, stays whole
    whole = "Ferry terminal opens - and commuters cheer"
    assert choose_title(whole, None, [whole, "Ferry terminal opens"]) == whole
    assert choose_title("Harbour News", "Ferry terminal opens after two years", visible) == "Harbour News"
    # the site's name alone (fewer than three words) is never taken
    assert choose_title("Ferry terminal opens today | Harbour News", None, ["Harbour News"]) == (
        "Ferry terminal opens today | Harbour News"
    )
    assert choose_title(None, "Ferry terminal opens after two years", visible) == visible[1]
    assert choose_title("  ", None, visible) is None


def test_html_title_without_the_site_name_and_a_site_name_gives_way_to_the_headline() -> None:
    assert strip_site_name("Ferry terminal opens | Harbour News", "Harbour News") == "Ferry terminal opens"
    url = "https://www.harbour-news.example/2026/ferry"
    assert strip_site_name("Harbour-News - Ferry terminal opens", None, url) == "Ferry terminal opens"
    assert strip_site_name("Ferry terminal opens - and commuters cheer", None, url) == (
        "Ferry terminal opens - and commuters cheer"
    )
    body = "The ferry terminal opens on Monday after two years of work, the harbour authority said."
    headline = "Ferry terminal opens after two years"
    # the <title> is the site's or a section's name, words the body never uses: the headline
    assert choose_title("Regional Desk", headline, [headline], body) == headline
    # a title the body bears out stays
    title = "Harbour authority: terminal work done"
    assert choose_title(title, "Opening day", [headline], body) == title
    # the site's name cut off, whatever the quote marks
    assert choose_title(
        "“Ferry” terminal opens | Harbour News", '"Ferry" terminal opens', [], body, "Harbour News"
    ) == ('"Ferry" terminal opens')


def test_day_first_and_abbreviated_dates_and_no_yearless_dates() -> None:
    assert parse_date_line("04.02.2022") == "2022-02-04"  # day first: 4 February
    assert parse_date_line("Montag, 12.12.2022 | 12:48:15") == "2022-12-12T12:48:15"
    assert parse_date_line("Stand: 04.02.2022") == "2022-02-04"
    assert parse_date_line("· 14. Oktober 2021") == "2021-10-14"
    assert parse_date_line("18. Okt 2023") == "2023-10-18"
    assert parse_date_line("21. Jan. 2015") == "2015-01-21"
    # dateutil would fill in the current year: a date without a year is not taken
    assert parse_date_line("Posted October 19") is None
    assert parse_timestamp("October 19") is None


def test_more_url_date_forms_and_an_outlet_before_the_date_cue() -> None:
    assert date_from_url("https://example.org/world/2018/feb/05/a-story") == "2018-02-05"
    assert date_from_url("https://example.org/a/201801/02/WS5a4.html") == "2018-01-02"
    assert date_from_url("https://example.org/news/raids-on-carmakers-20171024") == "2017-10-24"
    assert date_from_url("https://example.org/a/1517873932-story.html") is None
    assert parse_date_line("Port Emmet Daily | Updated: 2017-09-15 17:52") == "2017-09-15T17:52:00"
    assert parse_date_line("(This article was published on November 16, 2017)") == "2017-11-16"
    assert parse_date_line("Home | News | Updated: 2017-09-15") is None  # a menu, not an outlet
    assert parse_date_line("Published: 10:48, Nov 19 | Updated: 11:05, Nov 19, 2019") is None  # no second cue


def test_date_cues_of_more_languages_and_month_names_anywhere() -> None:
    assert parse_date_line("Erscheinungsdatum: 07.02.2022") == "2022-02-07"
    assert parse_date_line("zuletzt bearbeitet: 04.02.2022, 08:27 Uhr") == "2022-02-04T08:27:00"
    # a numeric date after a Spanish, French or German cue is day first
    assert parse_date_line("Publicado el 03/05/2022") == "2022-05-03"
    assert parse_date_line("Publié le 18/02/2020") == "2020-02-18"
    # ... and month first in English
    assert parse_date_line("Published: 03/05/2022") == "2022-03-05"
    assert parse_date_line("Posted on Oktober 25, 2023") == "2023-10-25"


def test_a_date_in_a_part_of_a_line() -> None:
    """Nineteenth round: a date in a segment, after a cue run together with a role, or glued to the text before
    it; a named-month date cut from the numbers and the second date around it; a line that is a sentence, and a
    numeric date that reads both ways, give no date."""
    assert parse_date_line("Picture desk · 28 January 2025, 12:30") == "2025-01-28T12:30:00"
    assert parse_date_line("#1 · Posted 5 Apr 2025, 10:14") == "2025-04-05T10:14:00"
    assert parse_date_line("Issue 214 · Tuesday 15 April 2025") == "2025-04-15"
    assert parse_date_line("Mira Holt · 24.04.2025, 14:00 Uhr") == "2025-04-24T14:00:00"
    assert parse_date_line("ANNA REEVESenior reporterPublished 21:10, 19 Oct 2025") == "2025-10-19T21:10:00"
    assert parse_date_line("Anna Reeve, Health correspondent19 March 2025, 17:004 min read") == "2025-03-19"
    assert parse_date_line("The Daily Gazettee-PaperThursday 6 March 2025City EditionPage 5") == "2025-03-06"
    assert parse_date_line("Published in The Town Dispatch4 min readFeb 9, 2025") == "2025-02-09"
    stamp = parse_date_line("Posted: Apr. 13, 2025 03:10 PM / Updated: Apr. 14, 2025 09:00 AM")
    assert stamp == "2025-04-13T15:10:00"
    assert parse_date_line("Wednesday, January 16, 2008 | 8:54 a.m. ET") == "2008-01-16T08:54:00-05:00"
    assert parse_date_line("17 February 2013 Last updated at 22:15 GMT") == "2013-02-17T22:15:00+00:00"
    assert parse_date_line("The hearing opens on 12 March 2025.") is None
    assert parse_date_line("Mira Holt · 2/4/2025 · 3 min read") is None
    assert parse_date_line("12/03/2025 09:15") == "2025-03-12T09:15:00"  # a 24-hour clock: day first
    assert parse_date_line("Mira Holt · 06/03/2025 - 12:00 h") == "2025-03-06T12:00:00"
    assert parse_date_line("3/4/2020 9:15 AM") == "2020-03-04T09:15:00"
    assert parse_date_line("October 27, 2014 - November 13, 2016") is None  # a lifespan, not a dateline
    assert parse_date_line("Home | News | Updated: 2017-09-15") is None


def test_a_date_glued_to_a_byline_is_metadata_not_body() -> None:
    text = "\n\n".join(["Mira Holt, Politics correspondent19 March 2025, 17:004 min read", BODY, BODY[::-1]])
    article = clean_document(RawDoc(id="g", path="g.txt", text=text))
    assert isinstance(article, Article)
    assert article.published == "2025-03-19"
    assert "correspondent19" not in article.text
