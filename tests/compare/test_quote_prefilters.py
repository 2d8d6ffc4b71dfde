"""Cheap pre-filters in front of costly searches (issue 9): each may only skip a search that would fail."""

from __future__ import annotations

from newsfuse.compare.quotes import _CHAIN, _chain_may_end, full_name

_TEXTS = [
    "Secretary of State John Kerry met reporters. Kerry said the talks would go on.",
    "Fire Chief Odette Marchand said crews arrived at 3 a.m. Marchand added that no one was hurt.",
    "said O'Brien, and later Mr. O'Brien told us. Dr. J. R. Ewing\xa0 Ewing spoke.",
    "the 1990s. Smith won; Ana-María Ñúñez\tÑúñez and Élodie Durand, Durand said",
    "Lt. Gov. Mike Pence\r\nPence — and ÉTAT-MAJOR Pence — 4 Pence U.S. Pence x_Y Pence",
    "  Pence",
    "Pence",
]


def test_chain_may_end_never_skips_a_match() -> None:
    for text in _TEXTS:
        for at in range(len(text) + 1):
            if _CHAIN.search(text, max(0, at - 120), at):
                assert _chain_may_end(text, at), (text, at)


def test_chain_may_end_skips_lower_case_and_sentence_ends() -> None:
    text = "Kerry met them. Kerry said so, and said Kerry"
    assert not _chain_may_end(text, text.index("Kerry", 1))  # after a sentence end
    assert not _chain_may_end(text, text.rindex("Kerry"))  # after a lower-case word
    assert not _chain_may_end(text, 0)


def test_full_name_unchanged_by_the_filter() -> None:
    text = _TEXTS[0]
    assert full_name("Kerry", text) == "John Kerry"
    assert full_name("Marchand", _TEXTS[1]) == "Odette Marchand"
    assert full_name("Nobody", text) == "Nobody"


def test_word_edge_after_the_first_letter_matches_as_before() -> None:
    import re

    from newsfuse.compare import quotes, reported

    old_run = re.compile(
        r"\b[A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ \t\r\xa0]+(?:[A-ZÀ-ÖØ-Þ]\.[ \t\r\xa0]+)?[A-ZÀ-ÖØ-Þ][\w'’-]+)+"
    )
    old_he, old_she = re.compile(r"\b[Hh]e\b"), re.compile(r"\b[Ss]he\b")
    old_label = re.compile(r"\b(?:call(?:ed|s|ing)|describe[sd]|label(?:l?ed|s)|branded|dubbed|accused)\b")
    text = (
        "He said Mr. John Q. Public called it so. xHe the_She she, ÉLodie Durand recalls; McCaw labelled "
        "them. O'Brien described, re-called, recalled. Ole Ole\tOle. THE He\n"
        "she dubbed accused relabels branded_ ABranded Branded, acalled He"
    )
    for old, new in (
        (old_run, quotes._RUN),
        (old_he, quotes._SAME_PRONOUN["m"]),
        (old_she, quotes._SAME_PRONOUN["f"]),
        (old_label, reported._LABEL_WORD),
    ):
        for pos in range(len(text)):
            assert [m.span() for m in old.finditer(text, pos)] == [m.span() for m in new.finditer(text, pos)]


def test_gendered_pronouns_as_the_case_blind_pattern() -> None:
    import re

    from newsfuse.compare import quotes

    old = re.compile(r"\b(?:(?P<m>he|his|himself)|(?P<f>she|her|hers|herself))\b", re.IGNORECASE)
    text = (
        "HE Him HIMSELF hImSeLf ſhe HERſ herſelf Hİs hıs she's he-man shed heres xhe _she Her. hers, "
        "HERSELF his\nShe himself_ the HE."
    )
    for pos in range(len(text)):
        found = [(m.span(), m.lastgroup) for m in quotes._GENDERED.finditer(text, pos)]
        assert found == [(m.span(), m.lastgroup) for m in old.finditer(text, pos)]
