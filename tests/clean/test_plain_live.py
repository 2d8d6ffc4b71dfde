"""Live blogs in plain text: stamped entries are the story, not a readers' comment thread (eighteenth round)."""

from newsfuse.clean import plaintext
from newsfuse.clean.plaintext import _live_entries, clean_plain_blocks

ENTRIES = [
    (
        "09:10",
        "Bridge closed to traffic",
        "Police closed the Harl Bridge in both directions after a lorry shed "
        "its load of gravel across the northbound lanes just before nine.",
    ),
    (
        "09:45",
        "Diversions in place",
        "Drivers are being sent through Oldmoor and the ring road, and the bus "
        "company says its number four routes will run about twenty minutes late.",
    ),
    (
        "10:20",
        "Clean-up under way",
        "Two sweepers from the council depot have started clearing the gravel, "
        "which engineers say has not damaged the surface of the bridge.",
    ),
    (
        "11:05",
        "Bridge reopens",
        "The bridge reopened to traffic shortly after eleven, the police said, "
        "thanking drivers for their patience during the morning.",
    ),
]


def live_page(writer: bool = False) -> list[str]:
    blocks = ["Harl Bridge closed: live updates", "Share this page", "Key events"]
    for stamp, heading, text in ENTRIES:
        blocks += [
            stamp,
            *(["Ines Carrow, traffic reporter"] if writer else []),
            heading,
            text,
            "Share this post",
        ]
    return [*blocks, "Show more updates", "© 2025 Harl Evening Star. All rights reserved."]


def test_entries_are_found_with_or_without_a_writer_line() -> None:
    for writer in (False, True):
        page = live_page(writer)
        entries = _live_entries(page)
        assert [page[h] for h, _ in entries] == [heading for _, heading, _ in ENTRIES]
        assert [page[p[0]] for _, p in entries] == [text for _, _, text in ENTRIES]


def test_every_entry_is_kept() -> None:
    result = clean_plain_blocks(live_page(writer=True))
    for _, heading, text in ENTRIES:
        assert text in result.blocks
        assert heading in result.blocks
    assert "Share this post" not in result.blocks


def test_off_switch_gives_the_old_cut(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(plaintext, "LIVE_BLOGS", False)
    result = clean_plain_blocks(live_page(writer=True))
    assert not all(text in result.blocks for _, _, text in ENTRIES)


def test_a_comment_thread_signed_with_times_is_no_live_blog() -> None:
    thread = ["Comments"]
    for stamp, _, text in ENTRIES:
        thread += [stamp, "Lars B.", text, "Reply"]
    assert _live_entries(thread) == []


def test_few_stamps_or_stamps_without_prose_are_no_live_blog() -> None:
    assert _live_entries(live_page()[:11]) == []  # two entries
    assert (
        _live_entries(live_page()[:15]) == []
    )  # three: a sidebar ticker of a few stamped items is no live blog
    ticker = [
        "Markets",
        "09:10",
        "Shares open higher",
        "09:45",
        "Oil falls",
        "10:20",
        "Gold steady",
        "Footer",
    ]
    assert _live_entries(ticker) == []
