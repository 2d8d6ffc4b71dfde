"""Plain-text metadata, second wave of the nineteenth round: credit lines as bylines, the date on a byline's
line, and a headline that recurs as a teaser on other pages still read as the page's own title."""

from __future__ import annotations

from newsfuse.clean.document import corpus_line_stats
from newsfuse.clean.metadata import parse_byline, parse_credit
from newsfuse.clean.plaintext import _header_byline, clean_plain_text
from newsfuse.model import RawDoc


def test_credit_lines_name_the_writer() -> None:
    assert parse_credit("Words by Marit Olsby, pictures by Tam Greer") == "Marit Olsby"
    assert parse_credit("Reporting by Idris Vane") == "Idris Vane"
    assert parse_credit("di Lucia Brenta") == "Lucia Brenta"
    assert parse_credit("By Odile Marr | Harbour reporter") == "Odile Marr"


def test_credit_cues_need_a_capitalised_name() -> None:
    assert parse_credit("di solito il mercato apre alle otto") is None
    assert parse_credit("reporting by the council was late") is None
    assert parse_byline("Words by Marit Olsby") is None  # the HTML path's reader is unchanged


def test_a_byline_line_gives_its_date_too() -> None:
    text = (
        "Ferry pier at Oskan to close for repairs over the winter\n\n"
        "By Odile Marr | Harbour reporter | 3 June 2025\n\n"
        "The ferry pier at Oskan will close for four months from November while engineers replace the timber "
        "piles that hold up its southern end, the harbour board said on Monday.\n\n"
        "Boats will use the old fish quay in the meantime, which adds about ten minutes to the crossing."
    )
    result = clean_plain_text(text)
    assert result.byline == "Odile Marr"
    assert (result.published or "")[:10] == "2025-06-03"
    assert all("Odile" not in block for block in result.blocks)


def _page(headline: str, teaser: str, n: int) -> str:
    return "\n\n".join(
        [
            "Kelmar Gazette",
            "News | Sport | Business | Opinion",
            headline,
            f"By Odile Marr{n} | 3 June 2025",
            f"The council of Kelmar number {n} approved the new ferry timetable for Oskan harbour on Monday, after "
            "months of complaints about missed connections at the pier.",
            "Boats will now leave every forty minutes in the morning and every hour in the afternoon, the "
            "harbour board said.",
            "More stories",
            teaser,
        ]
    )


def test_a_recurring_headline_followed_by_a_byline_is_the_title() -> None:
    headline = "Oskan ferry timetable approved by Kelmar council"
    pages = [_page(headline, "Seal colony returns to the Kelmar sands", 0)]
    pages += [_page(f"Story {n} about the Kelmar market hall", headline, n) for n in range(1, 8)]
    raws = [RawDoc(id=str(n), path=f"{n}.txt", text=text) for n, text in enumerate(pages)]
    stats = corpus_line_stats(raws)
    result = clean_plain_text(pages[0], stats=stats)
    assert result.title == headline
    assert all(headline not in block for block in result.blocks)


def test_a_name_run_into_its_role_after_the_title_is_the_byline() -> None:
    blocks = ["Kelmar Gazette", "Oskan ferry timetable approved", "Odile MarrHarbour reporter", "Body text."]
    assert _header_byline(blocks, [None, "title", "outside_body", None], 1) == "Odile Marr"
    blocks[2] = "ODILE MARRHarbour correspondentPublished 21:10, 19 Oct 2025"
    assert _header_byline(blocks, [None, "title", "outside_body", None], 1) == "Odile Marr"
    blocks[2] = "Callum Strand · 2 April 2025 · 3 min read"
    assert _header_byline(blocks, [None, "title", "menu", None], 1) == "Callum Strand"


def test_a_kept_block_or_a_plain_heading_is_no_header_byline() -> None:
    blocks = ["Kelmar Gazette", "Oskan ferry timetable approved", "Odile MarrHarbour reporter", "Body text."]
    assert _header_byline(blocks, [None, "title", None, None], 1) is None  # kept: body
    blocks[2] = "Harbour News · Weather"
    assert _header_byline(blocks, [None, "title", "menu", None], 1) is None  # no role, no date
