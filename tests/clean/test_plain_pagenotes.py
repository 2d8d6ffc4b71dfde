"""Twenty-fourth round's plain-text rules (pages of one site each): the author's bio after the body, disclaimers
and disclosures, captions with a bracketed or "Photo by" credit and donation/app/subscribe prompts are cut with
their reasons; body sentences of the same shapes are kept."""

from pytest import MonkeyPatch

from newsfuse.clean import plaintext
from newsfuse.clean.pagenotes import has_credit_form, is_author_bio, is_disclaimer, is_prompt_form
from newsfuse.clean.plaintext import _short_note, clean_plain_blocks

BODY = [
    "The county board voted on Tuesday to raise ferry fares by 9 percent from May, the first rise in six years.",
    "An adult round trip will climb from $11 to $12, and the fee for a car and driver from $38 to $41.50.",
    "The finance director said the ferry lost about $640,000 last year, mostly because of fuel costs.",
    "Two supervisors voted no, saying the rise would land hardest on retirees who cross for medical care.",
]


def test_author_bios() -> None:
    covers = "Dana Roe covers county government for the Ledger. Reach her at 555-0143."
    assert is_author_bio(covers, "Dana Roe")
    assert not is_author_bio(covers, None)  # no byline to match and no newsroom role named
    assert is_author_bio("Beatrix Lund is a staff writer. She previously reported on energy.", None)
    assert is_author_bio(
        "Dr. Helena Osei is a professor of urban policy at Harlan State University.", "Helena Osei"
    )
    for news in (
        "Tomas Varga is a glaciologist who was not part of the survey.",  # an expert in the story, no byline match
        "Ruth Ambler is a supervisor whose district includes the island.",
        "Beatrix Lund said the staff had been told on Monday",  # no sentence end
    ):
        assert not is_author_bio(news, "Dana Roe"), news


def test_notes_prompts_and_credits() -> None:
    for note in (
        "If you buy something from one of our links, we may earn a commission.",
        "Disclaimer: This article is for information only.",
        "This is not investment advice. Always do your own research.",
        "The views expressed here are the author's own.",
        "This post contains affiliate links.",
    ):
        assert is_disclaimer(note.lower()), note
    for news in (
        "The regulator said the adviser had given investment advice without a licence.",
        "The commission will meet again in March.",
    ):
        assert not is_disclaimer(news.lower()), news
    for prompt in (
        "Help us keep it free for everyone: donate to Coast & Climate today.",
        "Download the KBRN 7 app to get alerts.",
        "This article appears in the spring issue. Subscribe today.",
    ):
        assert is_prompt_form(prompt.lower()), prompt
    assert not is_prompt_form("the foundation will donate $2 million to the hospital.")
    for caption in (
        "Alan Pardew with his winning ticket (Image: Clarion Media)",
        "Firefighters on Delancey Road. (KBRN 7 photo)",
        "Members of the rover team test their vehicle. Photo by Devon Alsop.",
    ):
        assert has_credit_form(caption), caption
    assert not has_credit_form("The photo was taken by a neighbour (he asked not to be named).")


def test_the_cuts_follow_their_flags(monkeypatch: MonkeyPatch) -> None:
    bio = "Dana Whitcombe is a reporter on the county desk. Reach her at 555-0143."
    disclaimer = "We may earn a commission when you buy through links on this page."
    caption = "The ferry leaves the dock on Tuesday (Photo: Irene Sokol)"
    prompt = "Help us keep local news free: donate today."
    for flag in ("AUTHOR_BIOS", "DISCLAIMERS", "CAPTION_FORMS", "PROMPT_FORMS"):
        monkeypatch.setattr(plaintext, flag, False)
    assert _short_note(disclaimer) is None and _short_note(caption) is None and _short_note(prompt) is None
    assert clean_plain_blocks([*BODY, bio]).blocks == [*BODY, bio]
    for flag in ("AUTHOR_BIOS", "DISCLAIMERS", "CAPTION_FORMS", "PROMPT_FORMS"):
        monkeypatch.setattr(plaintext, flag, True)
    result = clean_plain_blocks([BODY[0], caption, *BODY[1:], disclaimer, prompt, bio])
    assert result.blocks == BODY
    assert [(r.text, r.reason) for r in result.removed] == [
        (caption, "caption"),
        (disclaimer, "site_note"),
        (prompt, "reader_prompt"),
        (bio, "author_bio"),
    ]
    # a bio-shaped sentence with the article going on after it is body
    middle = [
        BODY[0],
        "Ruth Ambler is a reporter turned supervisor whose district includes the island.",
        *BODY[1:],
    ]
    assert clean_plain_blocks(middle).blocks == middle
