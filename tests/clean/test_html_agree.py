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
    asked: list[int] = []

    def later() -> str:
        asked.append(1)
        return precision

    joint = agreement(visible, later, {0, 2}, views="both")
    assert joint is not None and not asked
    assert [joint(i) for i in (1, 3)] == [False, False] and not asked  # outside the main element
    assert [joint(i) for i in (0, 2)] == [True, False] and asked == [1]
    assert agreement(visible, precision, None, views="both") is None


def test_post_filter_spares_what_another_view_holds() -> None:
    visible = [*STORY, TEASER]
    plain = PlainTextResult(
        blocks=STORY, removed=[], probabilities=[0.9, 0.9, 0.05], reasons=[None, None, "outside_body"]
    )
    kept, removed = post_filter(visible, visible, 0.5, plain)
    assert kept == STORY and [r.text for r in removed] == [TEASER]
    kept, removed = post_filter(visible, visible, 0.5, plain, spare=lambda i: i == 2)
    assert kept == visible and removed == []


def test_clean_html_agree_keeps_a_cut_that_both_views_hold_as_body() -> None:
    from newsfuse.clean.html import clean_html

    html = _page()
    visible = [text for text, _ in visible_nodes(html)]
    plain = PlainTextResult(
        blocks=STORY,
        removed=[],
        probabilities=[0.1, 0.9, 0.9, 0.05],
        reasons=["menu", None, None, "outside_body"],
    )
    extracted = {"text": "\n".join([*STORY, TEASER])}
    page = (visible, plain)
    kw = {"extracted": extracted, "page": page, "aggressiveness": 0.5, "lead": False, "inside": False}
    assert clean_html(html, **kw).text.split("\n\n") == STORY  # type: ignore[arg-type]
    spared = clean_html(html, agree=True, precision_text="\n".join([*STORY, TEASER]), **kw)  # type: ignore[arg-type]
    assert spared.text.split("\n\n") == [*STORY, TEASER]
    # precision mode drops the teaser too: cut
    cut = clean_html(html, agree=True, precision_text="\n".join(STORY), **kw)  # type: ignore[arg-type]
    assert cut.text.split("\n\n") == STORY
