"""The HTML path's title: trafilatura's, the page's <title> and the page's headline."""

from __future__ import annotations

from newsfuse.clean.html import choose_title, page_title


def test_page_title_reads_the_title_element_before_the_body() -> None:
    page = "<html><head><title>\n Ferry terminal opens &amp; fares rise\t</title></head><body><p>x</p></body></html>"
    assert page_title(page) == "Ferry terminal opens & fares rise"
    assert page_title("<html><body><svg><title>Icon</title></svg></body></html>") is None
    assert page_title("") is None
    assert page_title("<title>   </title>") is None


def test_a_one_word_title_gives_way_to_the_title_element() -> None:
    visible = ["Harbour", "The ferry terminal opened on Monday."]
    tag = "Ferry terminal opens on Monday | Harbour News"
    got = choose_title("Harbour", None, visible, visible[1], "Harbour News", None, tag)
    assert got == "Ferry terminal opens on Monday"
    # without a <title>, or when the <title> has no more words, the one word stays
    assert choose_title("Harbour", None, visible, visible[1]) == "Harbour"
    assert choose_title("Harbour", None, visible, visible[1], None, None, "Harbour") == "Harbour"


def test_a_headline_the_title_element_holds_is_the_title() -> None:
    headline = "Ferry terminal opens on Monday"
    visible = ["The Harbour Times : Business", headline, "The ferry terminal opened on Monday."]
    tag = "The Harbour Times : Business : Ferry terminal opens on Monday"
    got = choose_title("The Harbour Times : Business", headline, visible, visible[2], None, None, tag)
    assert got == headline
    # not when the headline is the site's name
    blog = "Harbour Walks Blog"
    tag = "Ten quiet coves to visit | Harbour Walks Blog"
    got = choose_title("Ten quiet coves to visit", blog, [blog], "Coves.", "Harbour Walks Blog", None, tag)
    assert got == "Ten quiet coves to visit"


def test_a_sites_name_as_the_title_gives_way_to_the_headline() -> None:
    headline = "Blues rout Jackets behind a pair from McDonald"
    visible = ["Home", "Hockey", headline, "ST. LOUIS - The Blues scored four times in the second period."]
    tag = "The Sports Network - National Hockey League"
    assert choose_title("The Sports Network", headline, visible, tag=tag) == headline
    # the title is a block of the page, or shares a word with the headline, or the <title> holds the headline
    assert choose_title("Hockey", headline, visible, tag="Hockey") == "Hockey"
    assert (
        choose_title("Blues Hockey Report", headline, visible, tag="Blues Hockey Report")
        == "Blues Hockey Report"
    )
    assert (
        choose_title("The Sports Network", headline, visible, tag=f"The Sports Network | {headline}")
        == headline
    )
    # a long title stays: a headline of its own ("Was wir über uns nicht hören wollen")
    long_title = "What we do not want to hear about ourselves"
    assert (
        choose_title(long_title, "Why all is fine as it is", visible, tag=f"{long_title} | Blog")
        == long_title
    )
