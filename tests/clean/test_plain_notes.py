"""Twentieth round's plain-text rules: site notes, longer reader prompts, newsletter briefs; pull quotes and
captions (committed off)."""

from pytest import MonkeyPatch

from newsfuse.clean import plaintext
from newsfuse.clean.plaintext import _cut_briefs, _pull_quotes, _short_note, clean_plain_blocks

BODY = [
    "The county council voted on Monday to reopen the old ferry slipway at Danholm after a two-year closure.",
    "Engineers found the concrete ramp had cracked in three places after the winter storms of the year before.",
    "Repairs will cost about 400,000 pounds and should be finished before the summer sailings begin in June.",
    "Boat owners had asked for the slipway to reopen since it closed, saying the nearest one was an hour away.",
]


def test_site_notes_are_cut_without_a_reader_address(monkeypatch: MonkeyPatch) -> None:
    monkeypatch.setattr(plaintext, "SITE_NOTES", True)
    for note in (
        "A version of this story appears in the spring print issue of the Coastal Review.",
        "This content was produced by our partner and is shown here under licence.",
        "How do you feel about this story?HappySadAngry",
        "The Morning Tide is funded by its readers and by nobody else.",
        "Today's newsletter is supported by Harbour Lane Books, open every day but Monday.",
    ):
        assert _short_note(note) == "site_note", note
    assert _short_note(BODY[0]) is None
    monkeypatch.setattr(plaintext, "SITE_NOTES", False)
    assert _short_note("A version of this story appears in the spring print issue.") is None


def test_prompts_up_to_forty_words() -> None:
    wall = (
        "You have used up your free stories for this week. Create an account in a minute to read two more,"
        " or subscribe for unlimited access to every story, our archive and the weekly market data pages."
    )
    assert 30 < len(wall.split()) <= plaintext.PROMPT_WORDS
    assert _short_note(wall) == "reader_prompt"


def test_briefs_cut_the_off_topic_items_under_the_heading(monkeypatch: MonkeyPatch) -> None:
    monkeypatch.setattr(plaintext, "BRIEFS", True)
    blocks = [
        *BODY,
        "In brief",
        "The bowling green on Station Road reopens on Saturday with a new pavilion built by volunteers.",
        "A choir from the twin town will sing in the market square on the evening of the bank holiday.",
        "Manage your preferences | Unsubscribe",
    ]
    reasons: list[str | None] = [None] * len(blocks)
    reasons[4] = "related_block"
    _cut_briefs(blocks, reasons, [4])
    assert reasons[:4] == [None] * 4
    assert reasons[5] == reasons[6] == "related_block"
    result = clean_plain_blocks(blocks)
    assert "bowling green" not in " ".join(result.blocks)
    assert "slipway at Danholm" in " ".join(result.blocks)


def test_briefs_stop_at_an_on_topic_block() -> None:
    blocks = [
        *BODY[:2],
        "In brief",
        "Repairs to the Danholm slipway ramp will begin once the council engineers agree.",
    ]
    reasons: list[str | None] = [None, None, "related_block", None]
    _cut_briefs(blocks, reasons, [2])
    assert reasons[3] is None


def test_pull_quote_repeating_a_body_sentence() -> None:
    blocks = [
        BODY[0],
        "“We waited two years for this”",
        '"We waited two years for this," said harbour master Ines Corrie, who keeps a boat at Danholm.',
        BODY[1],
    ]
    assert _pull_quotes(blocks, [None] * len(blocks)) == [1]
    assert _pull_quotes(blocks[:1] + blocks[2:], [None] * 3) == []


def test_caption_with_a_photo_credit(monkeypatch: MonkeyPatch) -> None:
    monkeypatch.setattr(plaintext, "CAPTIONS", True)
    assert _short_note("The slipway at Danholm on Monday. Photo: Coastal Review") == "caption"
    assert _short_note("Boats at the quay (AP Photo/Jane Roe)") == "caption"
    assert _short_note(BODY[2]) is None
