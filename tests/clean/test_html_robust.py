"""The HTML path's defaults and the page-structure helpers."""

from __future__ import annotations

from newsfuse.clean import html as html_module
from newsfuse.clean.html import POST_FILTER_RULES, in_container, post_filter, visible_blocks, visible_nodes
from newsfuse.clean.plaintext import PlainTextResult
from newsfuse.config import CleanConfig


def test_put_backs_are_on_by_default() -> None:
    config = CleanConfig()
    assert config.html_missed_lead and config.html_missed_inside
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
