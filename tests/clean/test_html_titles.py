"""The HTML path's title: trafilatura's, the page's <title> and the page's headline."""

from __future__ import annotations

from newsfuse.clean.html import choose_title, page_headings, page_title


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


def test_page_headings_reads_each_h1_that_shows() -> None:
    page = (
        "<html><body><h1><a href='/'>Harbour</a> <span>News</span></h1><p>Intro.</p>"
        "<h1>Pier <em>reopens</em> in June</h1><h1><script>x = 1</script></h1></body></html>"
    )
    assert page_headings(page) == ["Harbour News", "Pier reopens in June"]
    assert page_headings("<html><body><p>No heading here.</p></body></html>") == []
    nested = "<html><body><h1>Outer <div>block</div><h1>Inner one</h1> tail</h1></body></html>"
    assert page_headings(nested) == ["Outer block tail", "Inner one"]


def test_the_pages_one_h1_worded_otherwise_is_the_title() -> None:
    h1 = "The old ferry pier will reopen to walkers in June"
    visible = ["Harbour News", h1, "The harbour board voted on Monday to rebuild the pier."]
    title = "Ferry pier to reopen in June"
    assert choose_title(title, None, visible, visible[2], headings=[h1]) == h1
    # an h1 that holds the title whole (a kicker before it) leaves the title
    kicker = f"Harbour works: {title}"
    assert choose_title(title, None, [kicker, *visible[2:]], visible[2], headings=[kicker]) == title
    # an h1 that shares no word with the title (the site's or a section's), or two h1s, leave it too
    assert choose_title(title, None, visible, visible[2], headings=["Harbour News"]) == title
    assert choose_title(title, None, visible, visible[2], headings=[h1, "Harbour News"]) == title
    # an h1 not shown as a block of its own is not taken
    assert choose_title(title, None, visible[2:], visible[2], headings=[h1]) == title


def test_the_first_h1_the_title_holds_is_the_title() -> None:
    visible = ["Ferry Pier Walks", "Walks along the pier start in June."]
    title = "Ferry Pier Walks (40222) - Harbour Holidays"
    assert choose_title(title, None, visible, visible[1], headings=["Ferry Pier Walks"]) == "Ferry Pier Walks"
    # the site's name is never the title
    assert (
        choose_title(
            title,
            None,
            ["Harbour Holidays", *visible],
            visible[1],
            "Harbour Holidays",
            None,
            None,
            ["Harbour Holidays"],
        )
        == "Ferry Pier Walks (40222)"
    )


def test_an_h1_the_title_element_holds_is_the_title() -> None:
    headline = "Voters come out to polls in the rain"
    visible = ["Choosing a President", headline, "Voters queued outside the library on Saturday morning."]
    tag = "The State | 01/19/2008 | Voters come out to polls in the rain"
    headings = ["Choosing a President", headline]
    got = choose_title("The State | 01/19/2008", None, visible, visible[2], None, None, tag, headings)
    assert got == headline
    assert (
        choose_title(
            "The State | 01/19/2008", None, visible, visible[2], None, None, tag, headings, h1_tag=False
        )
        != headline
    )


def test_a_longer_title_the_title_element_holds_stays() -> None:
    # a blog's name as the <h1>: the <title> holds it, but the choice so far is a longer part of the <title>
    title = "Weitere Digitalisierung der Schweizer Kinos"
    visible = ["Time 4 talks", title, "Die Kinos stellen auf digitale Projektion um."]
    tag = f"{title} | Time 4 talks"
    got = choose_title(title, None, visible, visible[2], None, None, tag, ["Time 4 talks"])
    assert got == title
