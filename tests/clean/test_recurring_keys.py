"""Recurring-line keys made a page at a time agree with ``line_key`` line by line, and the kept last answer is
neither stale nor shared with the caller."""

from newsfuse.clean.recurring import KEY_CHARS, LineStats, line_key, long_keys, short_keys

LONG = (
    "The council said on 12 March 2024 that the 3 new bridges over the river would open to traffic within "
    "two years, once the 45 million pound budget is approved by the regional assembly."
)
PAGE = [
    "Home | News 24/7",
    "Updated 10:45 ٣ May",  # an Arabic-Indic digit: \\d, so "0" as line_key makes it
    LONG,
    "ΣΟΦΙΑΣ ΤΙΜΗ",  # capital sigmas: lower-cased as one line would be
    "İSTANBUL 2025",  # lower-casing lengthens it by a code point
    LONG.replace("council", "Ξ council") + " " + "x" * KEY_CHARS,
    "Share this\nstory",  # a line break inside: not a short line
    "Line with a break\n" + " ".join(["word"] * 20),  # a long block holding a break
]


def test_keys_agree_with_line_key_for_each_line() -> None:
    short, keys = short_keys(PAGE)
    assert short == [0, 1, 3, 4]
    assert keys == [line_key(PAGE[i]) for i in short]
    assert keys[1] == "updated 00:00 0 may"
    long, lkeys = long_keys(PAGE)
    assert long == [2, 5, 7]
    assert lkeys == [line_key(PAGE[i]) for i in long]
    ascii_long, ascii_keys = long_keys([LONG, LONG.upper()])
    assert ascii_long == [0, 1] and ascii_keys == [line_key(LONG)] * 2


def test_the_kept_answer_is_a_copy_and_follows_the_page() -> None:
    short, keys = short_keys(PAGE)
    short.append(99)
    keys[0] = "changed"
    assert short_keys(PAGE) == ([0, 1, 3, 4], [line_key(PAGE[i]) for i in (0, 1, 3, 4)])
    other = ["About us", *PAGE[1:]]
    assert short_keys(other)[1][0] == "about us"
    assert short_keys(list(PAGE))[1][0] == "home | news 00/0"  # equal text, another list: the same answer


def test_recurrences_and_block_documents_read_the_same_counts() -> None:
    stats = LineStats.from_documents([PAGE, PAGE, list(PAGE), ["Home | News 25/8", LONG]])
    assert stats.block_documents(PAGE) == [4, 3, 4, 3, 3, 3, 0, 3]
    assert stats.recurrences(PAGE).tolist() == [0.75, 0.5, 0.0, 0.5, 0.5, 0.0, 0.0, 0.0]
