"""The windowed scan of the name-first "reported" cue, and the cues tried only where their first word occurs,
find exactly what a scan of the whole text finds."""

from __future__ import annotations

from newsfuse.provenance.credits import _CUES, _HEADS, _at_heads, _before_verb

_REPORTED = next(pattern for cue, _, pattern in _CUES if cue == "reported")
_TEXTS = [
    "The Valley Courier reported on Monday that Harbor News reported it first.",
    "Unreported Herald Unreported Times reported that the Ledger reported. Foo Bar reportedly left.",
    "The Port Emmet Gazette first reported the fire; the Sentinel of Calloway reported it later.",
    "x" * 450 + " The Daily Star reported " + "and Radio North reported",
    "reported at the start, Nobody reported, then (Kestrel Wire) reported again-reported",
    "no verb here at all",
]


def test_the_windowed_scan_finds_the_whole_scans_matches() -> None:
    for text in _TEXTS:
        whole = [(m.group("o"), m.span()) for m in _REPORTED.finditer(text)]
        windowed = [(m.group("o"), m.span()) for m in _before_verb(_REPORTED, text)]
        assert windowed == whole, text
    assert any(_REPORTED.search(text) for text in _TEXTS)


_HEADED = [
    "First reported by the Herald; first reported by The Valley Courier, originally reported by Harbor News.",
    "According to a report in The Sentinel, according to reports from Kestrel Wire. Unaccording to a story in X",
    "This story includes information from The Associated Press and contains material from Reuters.",
    "He told The Daily Star, then toldThe Ledger, then retold Radio North and told the Times told Foo Bar.",
    "firstfirst reported by Nobody; told told Harbor News",
    "With reporting by Harbor News; with additional reporting from The Ledger. Additional reporting by Kestrel "
    "Wire, forthwith reporting by Nobody, notwith reporting by X",
]


def test_cues_tried_at_their_heads_find_the_whole_scans_matches() -> None:
    found = 0
    for cue, _, pattern in _CUES:
        if cue not in _HEADS:
            continue
        for text in _HEADED:
            whole = [(m.group("o"), m.span()) for m in pattern.finditer(text)]
            headed = [(m.group("o"), m.span()) for m in _at_heads(pattern, text, _HEADS[cue])]
            assert headed == whole, (cue, text)
            found += len(whole)
    assert found >= 8
