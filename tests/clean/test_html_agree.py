"""The agreement views of the HTML post-filter: trafilatura's precision mode and the page's main element."""

from __future__ import annotations

from newsfuse.clean.html import agreement, main_blocks, post_filter, visible_nodes
from newsfuse.clean.plaintext import PlainTextResult

STORY = [
    "The harbour board approved the new ferry pier on Tuesday after a long public debate.",
    "Work on the pier starts in spring and should take about two years, the board said.",
]
TEASER = "Subscribe to our morning letter for the latest harbour news every weekday."


def _page(main: str = "article", teaser_inside: bool = True) -> str:
    body = "".join(f"<p>{p}</p>" for p in STORY)
    inner = body + (f"<p>{TEASER}</p>" if teaser_inside else "")
    outer = "" if teaser_inside else f"<div><p>{TEASER}</p></div>"
    return f"<html><body><nav><p>Home</p></nav><{main}>{inner}</{main}>{outer}</body></html>"


def _nodes(html: str) -> tuple[list[str], list]:
    pairs = visible_nodes(html)
    return [text for text, _ in pairs], [node for _, node in pairs]


def test_main_blocks_are_the_blocks_of_the_element_holding_the_story() -> None:
    visible, nodes = _nodes(_page())
    assert main_blocks(nodes, STORY, visible) == {1, 2, 3}
    visible, nodes = _nodes(_page(teaser_inside=False))
    assert main_blocks(nodes, STORY, visible) == {1, 2}
    visible, nodes = _nodes(_page(main="div"))
    assert main_blocks(nodes, STORY, visible) is None


def test_main_blocks_ignore_teaser_articles() -> None:
    html = (
        "<html><body><article><p>Another story's teaser line here.</p></article>"
        + "".join(f"<div><p>{p}</p></div>" for p in STORY)
        + "</body></html>"
    )
    visible, nodes = _nodes(html)
    assert main_blocks(nodes, STORY, visible) is None


def test_main_blocks_take_the_innermost_of_equals() -> None:
    html = (
        "<html><body><main><p>Section: Harbour</p><article>"
        + "".join(f"<p>{p}</p>" for p in STORY)
        + "</article></main></body></html>"
    )
    visible, nodes = _nodes(html)
    assert main_blocks(nodes, STORY, visible) == {1, 2}


def test_agreement_views() -> None:
    visible = [*STORY, TEASER, "Share"]
    precision = "\n\n".join(STORY) + "\n\nShare this"
    spare = agreement(visible, precision, None)
    assert spare is not None
    assert [spare(i) for i in range(4)] == [True, True, False, False]
    by_markup = agreement(visible, None, {0, 1, 2})
    assert by_markup is not None and [by_markup(i) for i in range(4)] == [True, True, True, False]
    both = agreement(visible, precision, {0, 1, 2})
    either = agreement(visible, precision, {0, 1, 2}, views="any")
    assert both is not None and either is not None
    assert [both(i) for i in range(4)] == [True, True, False, False]
    assert [either(i) for i in range(4)] == [True, True, True, False]
    assert agreement(visible, None, None) is None


def test_post_filter_spares_what_another_view_holds() -> None:
    visible = [*STORY, TEASER]
    plain = PlainTextResult(
        blocks=STORY, removed=[], probabilities=[0.9, 0.9, 0.05], reasons=[None, None, "outside_body"]
    )
    kept, removed = post_filter(visible, visible, 0.5, plain)
    assert kept == STORY and [r.text for r in removed] == [TEASER]
    kept, removed = post_filter(visible, visible, 0.5, plain, spare=lambda i: i == 2)
    assert kept == visible and removed == []
