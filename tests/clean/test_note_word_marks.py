"""The short-note phrase tests gated by words found for the whole page (``PageFeatures.word_marks``): each
family's words are held by every form of its pattern, the marks are each block's words, and the notes cut are
the same with the marks as with every test made."""

from __future__ import annotations

import re

import pytest

from newsfuse.clean import appeals, pagenotes, plaintext
from newsfuse.clean.features import document_features

_WORD = re.compile(r"\w+")

FAMILIES = {
    "page_note": (
        appeals._PAGE_NOTE,
        appeals.PAGE_NOTE_TOKENS,
        [
            "[Editor's note: This item has been updated since it was originally posted.]",
            "This story has been corrected to fix a name.",
            "This is a developing news story.",
            "Stay with KBRN 7 for updates.",
            "Keep it locked on WXYZ as we learn more.",
            "Check back with us for the latest.",
        ],
    ),
    "prompt": (
        plaintext._PROMPT_TERMS,
        plaintext._PROMPT_TOKENS,
        [
            "Our free newsletter, every morning",
            "Unsubscribe at any time",
            "Subscribers read first",
            "Get unlimited access today",
            "We are reader-supported",
            "Support local journalism",
            "Thanks for reading!",
            "Got a news tip?",
            "Have a story for us?",
            "Send us your tip-offs",
            "Get in touch",
            "Write to us",
            "E-mail us",
            "Email us",
            "Contact us",
            "Turn on notifications",
            "Download our app",
            "Read our privacy policy",
            "Sign me up",
            "Become a member",
            "Newsletter abonnieren",
            "Abonnieren Sie jetzt",
            "Abonnez-vous",
            "Inscrivez-vous",
            "Iscriviti",
        ],
    ),
    "prompt_form": (
        pagenotes._PROMPT_FORM,
        pagenotes.PROMPT_FORM_TOKENS,
        [
            "Please consider donating to us today",
            "Help us keep going: donate",
            "Download the KBRN 7 news app",
            "That is all for now. Subscribe today.",
        ],
    ),
    "site_note": (
        plaintext._SITE_NOTE,
        plaintext._SITE_NOTE_TOKENS,
        [
            "A version of this story appears in print",
            "This content was produced by Acme Studio",
            "The station is not responsible for its accuracy",
            "This page is brought to you by Acme",
            "Today's newsletter is sponsored by Acme",
            "How do you feel about this article?",
            "Funded by our readers",
        ],
    ),
    "disclaimer": (
        pagenotes._DISCLAIMER,
        pagenotes.DISCLAIMER_TOKENS,
        [
            "Disclaimer: the author holds no shares",
            "Advertiser disclosure: we are paid",
            "We may earn a small commission",
            "We could be paid a fee",
            "This post contains affiliate links",
            "This is not investment advice",
            "The views expressed are the author's own",
        ],
    ),
    "site_chrome": (
        pagenotes._SITE_CHROME,
        pagenotes.SITE_CHROME_TOKENS,
        [
            "Comments are moderated",
            "In no way do they represent the views of the station",
            "We do not publish reader comments",
            "Comments that include profanity will be removed",
            "Your email address will not be published",
            "You're currently signed in as Dana",
            "Please log in to post a comment",
            "Create an account to read this story",
            "This site requires that JavaScript be enabled",
            "Please enable JavaScript",
            "We are not responsible for the content of external sites",
        ],
    ),
}


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_every_form_of_a_phrase_holds_one_of_its_words(family: str) -> None:
    pattern, tokens, examples = FAMILIES[family]
    for example in examples:
        lower = example.lower()
        assert pattern.search(lower), example
        assert not tokens.isdisjoint(_WORD.findall(lower)), example


def test_word_marks_are_each_blocks_words() -> None:
    blocks = [
        "Sign up for our newsletter",
        "The council met on Tuesday.",
        "Straße und Café: Kommentar",
        "",
        "Comments are moderated. Read our privacy policy. Comments close at noon.",
        "Ανακοίνωση note",
        "Nothing marked here",
    ]
    marks = {
        "sign": 1,
        "newsletter": 2,
        "comments": 4,
        "privacy": 2 | 8,
        "note": 16,
        "straße": 32,
        "absent": 64,
    }
    found = document_features(blocks).word_marks(marks)
    expected = []
    for block in blocks:
        bits = 0
        for word in _WORD.findall(block.lower()):
            bits |= marks.get(word, 0)
        expected.append(bits)
    assert found == expected == [3, 0, 32, 0, 14, 16, 0]
    assert document_features(["no words of the set"]).word_marks({"absent": 1}) == [0]


def test_short_notes_with_marks_are_the_notes_of_every_test() -> None:
    blocks = [
        "Council approves the budget",
        "The council voted 5-2 on Tuesday to approve a budget that raises spending on roads and parks by a tenth.",
        "Sign up for our newsletter to get the news first.",
        "This story has been corrected.",
        "Disclaimer: the author holds no shares.",
        "A version of this story appears in print.",
        "Please consider donating to us today.",
        "Comments are moderated.",
        "Anyone with information is asked to call Crime Stoppers at 713-222-8477.",
        "The mayor said the vote was close.",
    ]
    marks = document_features(blocks).word_marks(plaintext._NOTE_MARKS)
    for block, mark in zip(blocks, marks, strict=True):
        assert plaintext._short_note(block, mark) == plaintext._short_note(block)
    assert [plaintext._short_note(b, m) for b, m in zip(blocks[2:8], marks[2:8], strict=True)] == [
        "reader_prompt",
        "site_note",
        "site_note",
        "site_note",
        "reader_prompt",
        None,
    ]
    assert marks[7] & plaintext._SITE_CHROME_MARK and pagenotes.is_site_chrome(blocks[7])
