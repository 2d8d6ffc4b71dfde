"""Twenty-third round's plain-text rules: the site speaking about the page (editor's notes on an item's versions,
a station's promotion) and tip-line appeals are cut with their reasons; news that mentions the same words is kept."""

from pytest import MonkeyPatch

from newsfuse.clean import plaintext
from newsfuse.clean.appeals import is_page_note, is_tip_line
from newsfuse.clean.plaintext import _short_note, clean_plain_blocks

BODY = [
    "Two men were wounded in a shooting outside a corner shop on Harrow Street late on Friday, police said.",
    "Officers found both men on the pavement shortly before midnight; one was taken to the county hospital.",
    "Neighbours said they heard five or six shots and saw a grey car drive off towards the ring road.",
    "Detectives said they had not yet found a motive and that no arrests had been made by Saturday morning.",
]


def test_page_notes() -> None:
    for note in (
        "[Editor's note: This item has been updated since it was originally posted.]",
        "Stay with Channel 9 News, as we learn more information on the suspects involved.",
        "This is a developing story. Stay with KXRV for updates.",
        "Check back with example.com for updates.",
        "This story has been corrected to give the right spelling of the victim's name.",
    ):
        assert is_page_note(note.lower()), note
    for news in (
        "Between rounds of treatment, the boy will stay with Walter in Halifax.",
        "Editor's Note: In this section we answer letters from our critics.",
        "The report, which the council updated in March, lists nine sites.",
    ):
        assert not is_page_note(news.lower()), news


def test_tip_lines() -> None:
    for appeal in (
        "Anyone with information is asked to call Crime Stoppers at 713-222-TIPS.",
        "If you have information, contact Det. Ray Olson at 434-455-6166 or call Crime Stoppers at 1-888-798-5900.",
        "Community members wishing to help anonymously can call the tip line at 1 (800) 494-TIPS. The department"
        " will protect the identities of all those who wish to help.",
        "Police received reports of gunfire and are asking anyone with information to call 555-301-2200. Tips"
        " can also be reported online, confidentially.",
    ):
        assert is_tip_line(appeal), appeal
    for news in (
        "Police were called to the 300 block at 2 a.m. and found a man shot in the leg.",
        "He was taken to hospital, where he died, police said. his name was not released. Anyone with"
        " information is asked to call 410-396-2100.",  # a garbled copy's lower-case start still ends a sentence
        "Anyone with information is asked to come forward.",  # no number: not a tip line
        "Crime Stoppers offered a reward of 5,000 dollars for information leading to an arrest.",
        "If you don't find an answer to your question, please call 800-487-1074.",  # a business's line
    ):
        assert not is_tip_line(news), news


def test_the_cuts_follow_their_flags(monkeypatch: MonkeyPatch) -> None:
    note = "Stay with Channel 9 News for updates on this developing story."
    appeal = (
        "Anyone with information is asked to call police at 555-301-2200 or Crime Stoppers at 555-301-8477."
    )
    monkeypatch.setattr(plaintext, "PAGE_NOTES", False)
    monkeypatch.setattr(plaintext, "TIP_LINES", False)
    assert _short_note(note) is None and _short_note(appeal) is None
    monkeypatch.setattr(plaintext, "PAGE_NOTES", True)
    monkeypatch.setattr(plaintext, "TIP_LINES", True)
    assert _short_note(note) == "site_note"
    assert _short_note(appeal) == "tip_line"
    result = clean_plain_blocks([*BODY, appeal, note])
    assert result.blocks == BODY
    assert [(r.text, r.reason) for r in result.removed] == [(appeal, "tip_line"), (note, "site_note")]
