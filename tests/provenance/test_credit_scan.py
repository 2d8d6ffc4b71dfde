"""The windowed scan of the name-first "reported" cue finds exactly what a scan of the whole text finds."""

from __future__ import annotations

from newsfuse.provenance.credits import _CUES, _before_verb

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
