"""Head matter glued to the lead in one block (audit r27 findings 4 and 3, htmlhead session 28): a layout table's
cell that trafilatura writes as one line opens with the headline, a byline or a date before the lead, and a US
date in a page's text is read day-first by htmldate."""

from __future__ import annotations

import html
from pathlib import Path

from newsfuse.clean.document import clean_document
from newsfuse.clean.html import clean_html, head_prefix
from newsfuse.clean.metadata import swapped_day
from newsfuse.config import CleanConfig
from newsfuse.model import RawDoc

TITLE = "Harbour ferry crews vote to strike before holiday"
LEAD = (
    "Crews on the Kellin harbour ferries voted on Tuesday to walk out for three days next week, the first strike "
    "on the crossing in twelve years, after talks over rosters broke down."
)
MORE = (
    "The operator said it would run a reduced timetable with managers at the helm and urged passengers to allow "
    "extra time for the crossing while the stoppage lasts."
)


def test_label_title_and_date_leave_the_lead() -> None:
    glued = f"Transport {TITLE} Wednesday, January 09, 2008 {LEAD}"
    blocks, removed = head_prefix([glued, MORE], [TITLE])
    assert blocks == [LEAD, MORE]
    assert [(r.text, r.reason) for r in removed] == [
        (f"Transport {TITLE} Wednesday, January 09, 2008", "headline")
    ]


def test_byline_and_date_without_a_title() -> None:
    glued = f"By Mara Quist HARBOUR NEWS Saturday, December 29, 2007 {LEAD}"
    assert head_prefix([glued, MORE], [])[0] == [LEAD, MORE]
    stamped = f"By Mara Quist 1/7/2008, 6:30 p.m. EST {LEAD}"
    assert head_prefix([stamped], [])[0] == [LEAD]


def test_title_and_byline_alone_go_whole() -> None:
    blocks, removed = head_prefix([f"{TITLE} By Mara Quist and agencies", LEAD, MORE], [TITLE])
    assert blocks == [LEAD, MORE]
    assert removed[0].reason == "headline"
    assert head_prefix([f"{TITLE} By Mara Quist"], [TITLE])[0] == [f"{TITLE} By Mara Quist"]


def test_lead_that_opens_with_the_title_words_stays() -> None:
    lorem = (
        "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore."
    )
    assert head_prefix([lorem], ["Lorem ipsum dolor sit amet"])[0] == [lorem]
    follows = f"{TITLE} and the operator says it will not meet the union before Friday at the earliest."
    assert head_prefix([follows], [TITLE])[0] == [follows]


def test_short_rest_or_no_head_matter_cuts_nothing() -> None:
    assert head_prefix([f"{TITLE} Ferries stop", MORE], [TITLE])[0] == [f"{TITLE} Ferries stop", MORE]
    assert head_prefix([LEAD, MORE], [TITLE]) == ([LEAD, MORE], [])
    assert head_prefix([f"By the end of the week {LEAD}"], []) == ([f"By the end of the week {LEAD}"], [])


def test_layout_cell_in_a_page() -> None:
    cell = f"<td><span>Transport</span> <h2>{TITLE}</h2> <span>Wednesday, January 09, 2008</span> <p>{LEAD}</p></td>"
    page = (
        f"<html><head><title>{TITLE} - Kellin Courier</title></head><body><table><tr>{cell}"
        f"<td>Weather</td></tr></table><p>{MORE}</p></body></html>"
    )
    text = clean_html(page, aggressiveness=0.5).text
    assert text.startswith("Crews on the Kellin harbour ferries")
    assert clean_html(page, aggressiveness=0.5, prefix=False).text != text


def test_us_date_read_day_first_is_the_text_s() -> None:
    """The audit's reproduction: the corpus's own page, its lines as <p>, was dated 2026-07-03 (htmldate)."""
    corpus = Path(__file__).resolve().parents[2] / "examples" / "corpus" / "ostend-bridge"
    text = (corpus / "lakeside-gazette-bridge.txt").read_text(encoding="utf-8")
    page = (
        "<html><body>"
        + "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line)
        + "</body></html>"
    )
    article = clean_document(RawDoc(id="bridge", path="bridge.html", html=page), CleanConfig())
    assert article.published == "2026-03-07T08:05:47"
    assert clean_html(page, aggressiveness=0.5, us_dates=False).published == "2026-07-03"


def test_swap_only_where_the_days_swap_and_markup_is_silent() -> None:
    assert swapped_day("2026-07-03", "2026-03-07T08:05:47", "<p>3/7/2026</p>") == "2026-03-07T08:05:47"
    assert swapped_day("2026-07-03", "2026-03-07", '<meta content="2026-07-03">') == "2026-07-03"
    assert swapped_day("2026-07-03", "2026-03-08", "") == "2026-07-03"
    assert swapped_day("2026-05-05", "2026-05-05", "") == "2026-05-05"
    assert swapped_day("2026-07-03", None, "") == "2026-07-03"
    assert swapped_day(None, "2026-03-07", "") is None
