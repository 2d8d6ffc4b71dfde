"""Cookie and consent dialogs in plain text are cut as ``consent_notice`` (eighteenth round)."""

import pytest

from newsfuse.clean import plaintext
from newsfuse.clean.plaintext import _is_consent, clean_plain_blocks

ARTICLE = [
    "Harbour lights switched off to save the council money",
    "The harbour lights at Penwick will be switched off after midnight from next month, the council said on "
    "Friday, saving about forty thousand pounds a year.",
    "Fishermen said the lights helped them find the harbour mouth in bad weather and asked for the decision to "
    "be reviewed before the winter storms arrive.",
    "The council said the navigation beacons on the breakwater are not affected and will stay on all night.",
]
DIALOG = (
    "We and our partners use cookies and store and access information on your device to show personalised ads "
    "and content, for ad and content measurement and audience insights."
)


@pytest.mark.parametrize(
    "text",
    [
        DIALOG,
        "Wir verwenden Cookies. Mit der weiteren Nutzung unserer Seite stimmen Sie dem zu. Details finden Sie in "
        "unserer Datenschutzerklärung.",
        "Nous et nos partenaires utilisons des cookies pour mesurer l'audience.",
    ],
)
def test_consent_dialogs_are_recognised(text: str) -> None:
    assert _is_consent(text)


@pytest.mark.parametrize(
    "text",
    [
        "No personal data may be supplied to third parties without the consent of the data subject.",
        "Browsers store cookies, small files that a site uses to remember a visitor's choices.",
    ],
)
def test_law_and_reporting_about_cookies_are_not_dialogs(text: str) -> None:
    assert not _is_consent(text)


def test_a_dialog_is_cut_and_the_article_kept() -> None:
    result = clean_plain_blocks([DIALOG, *ARTICLE])
    assert {r.text: r.reason for r in result.removed}.get(DIALOG) in {
        "consent_notice",
        "outside_body",
        "low_body_score",
        "short_fragment",
    }
    assert DIALOG not in result.blocks
    assert all(block in result.blocks for block in ARTICLE[1:])


def test_off_switch(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(plaintext, "CONSENT_NOTICES", False)
    result = clean_plain_blocks([DIALOG, *ARTICLE])
    assert all(r.reason != "consent_notice" for r in result.removed)


def test_a_page_that_is_only_a_consent_wall_is_left_for_the_notice_check() -> None:
    wall = [DIALOG, "Manage your choices about cookies and our partners at any time in our privacy settings."]
    result = clean_plain_blocks(wall)
    assert all(r.reason != "consent_notice" for r in result.removed)
