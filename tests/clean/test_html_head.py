"""The page's head matter at the start of trafilatura's text (``head_matter``)."""

from __future__ import annotations

from newsfuse.clean.html import HEAD_PARTS, head_matter

BODY = [
    "The ferry terminal at Kessock reopened on Thursday, eleven months after a storm tore the ramp away.",
    "The first sailing left at twenty to seven with fewer than thirty people aboard.",
]
TITLE = "Kessock ferry terminal reopens after repairs"
DEK = "The rebuilt ramp can take lorries again, but the full timetable waits until May."


def test_labels_headline_standfirst_and_byline_are_cut() -> None:
    paragraphs = ["Local", TITLE, DEK, "Maren Holt · 14 March 2031, 08:30", *BODY]
    cut = head_matter(paragraphs, [TITLE + " | Gazette", TITLE], DEK, "Maren Holt")
    assert cut == {0: "head_label", 1: "headline", 2: "standfirst", 3: "byline"}


def test_parts_choose_what_is_cut() -> None:
    paragraphs = ["Local", TITLE, DEK, *BODY]
    assert head_matter(paragraphs, [TITLE], DEK, None, frozenset({"standfirst"})) == {2: "standfirst"}
    assert head_matter(paragraphs, [TITLE], DEK, None, frozenset()) == {}


def test_prose_before_the_headline_keeps_everything_before_it() -> None:
    paragraphs = [BODY[0], TITLE, *BODY[1:]]
    assert head_matter(paragraphs, [TITLE], None, None, HEAD_PARTS) == {}


def test_body_is_never_cut() -> None:
    assert head_matter(BODY, [TITLE], DEK, None) == {}
    assert head_matter([], [TITLE], DEK, None) == {}


def test_standfirst_beside_the_body_is_kept_with_parents() -> None:
    paragraphs = [TITLE, BODY[0], *BODY[1:]]
    same = {p: "body" for p in paragraphs}
    assert head_matter(paragraphs, [TITLE], BODY[0], None, HEAD_PARTS, same.get) == {0: "headline"}
    apart = {**same, DEK: "dek"}
    paragraphs = [TITLE, DEK, *BODY]
    cut = head_matter(paragraphs, [TITLE], DEK, None, HEAD_PARTS, apart.get)
    assert cut == {0: "headline", 1: "standfirst"}


def test_clean_html_cuts_head_matter_by_default_and_keeps_the_body() -> None:
    from newsfuse.clean.html import clean_html

    page = (
        f"<html><head><title>{TITLE} | Gazette</title></head><body><article><p>Local</p><h1>{TITLE}</h1>"
        f"<p>By Maren Holt</p>{''.join(f'<p>{p}</p>' for p in BODY)}</article></body></html>"
    )
    data = {"text": "\n".join(["Local", TITLE, "By Maren Holt", *BODY]), "title": f"{TITLE} | Gazette"}
    result = clean_html(page, None, extracted=data)
    assert result.text.split("\n\n") == BODY
    assert {r.reason for r in result.removed} >= {"head_label", "headline", "byline"}
    kept = clean_html(page, None, extracted=data, head=frozenset())
    assert kept.text.split("\n\n")[:2] == ["Local", TITLE]
