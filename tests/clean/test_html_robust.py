"""The HTML path's defaults and the page-structure helpers."""

from __future__ import annotations

from newsfuse.clean import html as html_module
from newsfuse.clean.html import POST_FILTER_RULES, in_container, post_filter, visible_blocks, visible_nodes
from newsfuse.clean.plaintext import PlainTextResult
from newsfuse.config import CleanConfig


def test_put_backs_are_off_by_default() -> None:
    config = CleanConfig()
    assert not config.html_missed_lead and not config.html_missed_inside
    assert config.html_post_filter and config.html_fallback


def test_post_filter_cuts_chrome_phrases_only_outside_prose() -> None:
    assert "chrome_phrase" not in POST_FILTER_RULES
    assert {"related_block", "comment_section", "copyright"} <= POST_FILTER_RULES
    body = "The council approved the new budget on Tuesday after a long debate about school funding."
    teaser = "Related: how the council spent last year's surplus on roads."
    plain = PlainTextResult(
        blocks=[body],
        removed=[],
        probabilities=[0.95, 0.6, 0.2],
        reasons=[None, "chrome_phrase", "related_block"],
    )
    visible = [body, teaser, "More stories from the city hall desk"]
    kept, removed = post_filter(visible, visible, 0.5, plain)
    assert kept == [body, teaser]
    assert [(r.text, r.reason) for r in removed] == [(visible[2], "related_block")]


def test_visible_nodes_give_the_blocks_of_visible_blocks_with_their_elements() -> None:
    html = (
        "<html><body><div id='nav'><a>Home</a> | <a>World</a></div><article><h1>Title here</h1>"
        "<p>First <b>bold</b> paragraph.</p><p>Second paragraph.<br>After a break.</p></article></body></html>"
    )
    nodes = visible_nodes(html)
    assert [text for text, _ in nodes] == visible_blocks(html)
    assert [node.tag for _, node in nodes] == ["div", "h1", "p", "p", "p"]
    assert nodes[2][0] == "First bold paragraph."


def test_in_container_keeps_the_blocks_under_the_article_element() -> None:
    html = (
        "<html><body><div><p>Menu item one and two.</p></div><article><p>Alpha paragraph of the story.</p>"
        "<p>Beta paragraph of the story.</p><p>Gamma paragraph of the story.</p></article></body></html>"
    )
    pairs = visible_nodes(html)
    visible = [text for text, _ in pairs]
    nodes = [node for _, node in pairs]
    inside = in_container(nodes, ["Alpha paragraph of the story.", "Gamma paragraph of the story."], visible)
    assert inside == {1, 2, 3}
    # trafilatura's paragraphs spread over the whole body: no container, nothing vouched for
    assert in_container(nodes, ["Menu item one and two.", "Beta paragraph of the story."], visible) == set()
    assert html_module.in_container(nodes, [], visible) == set()


def _plain(blocks: list[str], keep: set[int]) -> PlainTextResult:
    result = PlainTextResult(blocks=[b for i, b in enumerate(blocks) if i in keep], removed=[])
    result.probabilities = [0.9 if i in keep else 0.1 for i in range(len(blocks))]
    result.reasons = [None if i in keep else "low_body_probability" for i in range(len(blocks))]
    return result


def test_missed_inside_with_a_gap_and_coherence_puts_back_only_near_and_on_topic_prose() -> None:
    visible = [
        "The harbour ferry terminal opened on Monday after two years of building work.",
        "Share",
        "Tweet",
        "Email",
        "Commuters crowded the new ferry terminal from early morning, the harbour office said.",
        "Recipes for a quick weeknight pasta dinner that the whole family will enjoy tonight.",
        "The harbour office expects the ferry terminal to serve four thousand commuters daily.",
    ]
    plain = _plain(visible, {0, 4, 5, 6})
    kept = [visible[0], visible[6]]
    assert html_module.missed_inside(kept, visible, plain) == [visible[0], visible[4], visible[5], visible[6]]
    # three other blocks in a row between the first paragraph and the commuters' block: not reached from it,
    # but reached from the last paragraph over the pasta block (a candidate itself)
    assert html_module.missed_inside(kept, visible, plain, gap=0) == [
        visible[0],
        visible[4],
        visible[5],
        visible[6],
    ]
    assert html_module.missed_inside(kept, visible, plain, coherence=0.3) == [
        visible[0],
        visible[4],
        visible[6],
    ]
    assert html_module.missed_inside(kept, visible, plain, gap=0, coherence=0.3) == [visible[0], visible[6]]


def test_caption_blocks_by_markup() -> None:
    page = (
        "<html><body><article><p>The ferry terminal opened on Monday.</p>"
        '<figure><img src="x.jpg"><figcaption>The new terminal at dawn.</figcaption></figure>'
        '<div class="photo-credit">Photo: Harbour Office</div><p>Commuters cheered.</p></article></body></html>'
    )
    nodes = [node for _, node in visible_nodes(page)]
    assert html_module.caption_blocks(nodes) == {1, 2}


def test_visible_parts_give_each_block_its_link_share() -> None:
    page = (
        "<html><body><ul><li><a href='/a'>Ferry fares rise</a></li></ul>"
        "<p>The terminal opened <a href='/b'>on Monday</a> at dawn.</p><p>No links here.</p></body></html>"
    )
    parts = html_module.visible_parts(page)
    assert [text for text, _, _ in parts] == visible_blocks(page)
    shares = html_module.link_shares(page)
    assert shares == [1.0, 8 / 32, 0.0]  # "onMonday": 8 of the 32 letters of the paragraph
    assert html_module.link_shares("") == []


def test_put_backs_leave_out_link_text() -> None:
    visible = [
        "Ferry fares rise again as the harbour board approves a new budget for the year.",
        "The harbour ferry terminal opened on Monday after two years of building work.",
        "Commuters crowded the new ferry terminal from early morning, the harbour office said.",
        "Readers also liked: the ten best harbour walks for a sunny weekend with the family.",
        "The harbour office expects the ferry terminal to serve four thousand commuters daily.",
    ]
    plain = _plain(visible, {0, 1, 2, 3, 4})
    kept = [visible[1], visible[4]]
    links = [1.0, 0.0, 0.0, 0.8, 0.0]
    assert html_module.missed_lead(kept, visible, plain) == [visible[0]]
    assert html_module.missed_lead(kept, visible, plain, links=links) == []
    assert html_module.missed_inside(kept, visible, plain, links=links) == [
        visible[1],
        visible[2],
        visible[4],
    ]
    assert html_module.missed_inside(kept, visible, plain, links=links, max_link=0.9) == [
        visible[1],
        visible[2],
        visible[3],
        visible[4],
    ]


def test_credited_captions_are_told_by_their_words_and_kept_out_only_on_request() -> None:
    assert html_module.credited_caption("The mayor opens the terminal. (Photo: Harbour Office)")
    assert html_module.credited_caption("The mayor at the terminal (REUTERS/Jane Roe)")
    assert html_module.credited_caption("Abbildung 4: Die neue Fähre im Hafen.")
    assert not html_module.credited_caption("The council met on Monday (AP).")
    assert not html_module.credited_caption("Images of the terminal spread online, the harbour office said.")
    visible = [
        "The harbour ferry terminal opened on Monday after two years of building work.",
        "The mayor cuts the ribbon at the new ferry terminal on Monday. (Photo: Harbour Office)",
        "The harbour office expects the ferry terminal to serve four thousand commuters daily.",
    ]
    plain = _plain(visible, {0, 1, 2})
    kept = [visible[0], visible[2]]
    assert html_module.missed_inside(kept, visible, plain) == visible
    assert html_module.missed_inside(kept, visible, plain, credits=True) == kept


def test_put_backs_skip_blocks_shown_twice_and_blocks_in_comment_sections() -> None:
    story = [
        "The harbour ferry terminal opened on Monday after two years of building work.",
        "Commuters crowded the new ferry terminal from early morning, the harbour office said.",
        "The harbour office expects the ferry terminal to serve four thousand commuters daily.",
    ]
    comment = "I took the first ferry this morning and it was the best commute I have had in years."
    page = (
        "<html><body><article>"
        f"<p>{story[0]}</p><p>{story[1]}</p><p>{story[1]}</p>"
        f"<div class='comment-list'><div class='c'><p>{comment}</p></div></div>"
        f"<p>{story[2]}</p></article></body></html>"
    )
    visible = html_module.visible_blocks(page)
    assert html_module.shown_once(visible) == {0, 3, 4}
    nodes = [node for _, node in visible_nodes(page)]
    assert html_module.comment_blocks(nodes) == {3}
    extracted = {"text": f"{story[0]}\n{story[2]}", "title": "Ferry terminal opens"}
    plain = _plain(visible, {0, 1, 2, 3, 4})
    result = html_module.clean_html(page, extracted=extracted, aggressiveness=0.5, page=(visible, plain))
    assert [b for b in result.text.split("\n") if b] == [story[0], story[2]]
    loose = html_module.clean_html(
        page, extracted=extracted, aggressiveness=0.5, page=(visible, plain), once=False, no_comments=False
    )
    assert [b for b in loose.text.split("\n") if b] == [story[0], story[1], story[1], comment, story[2]]


def test_apart_blocks_are_those_inside_asides_figures_and_the_like() -> None:
    html = (
        "<html><body><article><p>Body one is here.</p><aside class='newsletter'><p>Sign up now.</p></aside>"
        "<div role='complementary'><p>Pulled quote.</p></div><figure><figcaption>A caption.</figcaption></figure>"
        "<h2>A standfirst in a heading</h2><p>Body two is here.</p></article></body></html>"
    )
    nodes = [node for _, node in visible_nodes(html)]
    texts = [text for text, _ in visible_nodes(html)]
    got = {texts[i] for i in html_module.apart_blocks(nodes, html_module.APART_TAGS)}
    assert got == {"Sign up now.", "Pulled quote.", "A caption."}
    assert {texts[i] for i in html_module.apart_blocks(nodes, frozenset({"aside"}))} == {
        "Sign up now.",
        "Pulled quote.",
    }
    assert {texts[i] for i in html_module.apart_blocks(nodes, html_module.HEADING_TAGS)} == {
        "A standfirst in a heading"
    }
