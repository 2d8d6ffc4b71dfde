"""The service-notice check: pages that are a platform's notice are rejected with a reason; news is kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import validate

from newsfuse import run
from newsfuse.clean import clean_document
from newsfuse.clean.notice import notice_of
from newsfuse.config import CleanConfig
from newsfuse.model import Article, Drop, RawDoc, Rejected
from newsfuse.report import report_dict

SCHEMA = Path(__file__).resolve().parents[2] / "src" / "newsfuse" / "report" / "report.schema.json"

# Notices written for these tests (modelled on the kinds of page, not copied from any data set).
NOTICES = {
    "login or registration form": (
        "Almost done!\n\nWe have sent a verification email to the address you gave us. Please open it and "
        "click the link inside to activate your reader account.\n\nNo message after ten minutes? Please look "
        "in your spam folder, or sign in again to send a new one.\n\nClose"
    ),
    "web archive notice": (
        "This collection gathers web crawls run by volunteers of a national library. The crawl data is "
        "added to the wayback machine after a delay of some months. These crawls are not currently open to "
        "the public, and the warc files stay with the library."
    ),
    "cookie or consent wall": (
        "Before you continue: we use cookies and similar tools to run this site and to measure its "
        "audience. Choose accept all to consent to the use of cookies by us and our partners, or manage "
        "your privacy settings. You can change your mind at any time in the cookie settings."
    ),
    "subscription or paywall prompt": (
        "You have read all of your free articles this month. Already a subscriber? Please sign in to "
        "continue reading. Not yet? Get unlimited digital access for one dollar per week and support local "
        "reporting in your town."
    ),
    "browser or JavaScript notice": (
        "Please enable JavaScript to view this page. Your browser seems to be outdated or to block our "
        "scripts: update your browser or disable your ad blocker for this site, then reload the page."
    ),
    "social media embed": (
        "When you tweet with a location, the service keeps that place with your post. You can turn it off "
        "before each tweet and you may delete your location history at any time from your settings."
    ),
}

# Short news reports that talk about the same things a notice does, in the third person.
ARTICLES = (
    "The city council voted on Tuesday to fine websites that set advertising cookies without consent. "
    "Council member Ana Ruiz said the rule, modelled on the European one, would take effect in March. "
    "Two local newspapers said they would change their sites; a trade group called the fine too high.",
    "A hacker group stole the passwords of 40,000 customers of Northfield Bank, the bank said on Monday. "
    "It asked customers to sign in and choose a new password, and said no money had been taken. Police "
    "in three counties are investigating, a spokesman said, and the bank's shares fell 4 percent.",
    "The mayor announced her resignation in a post on Twitter late on Friday, ending weeks of pressure "
    "over the budget. In the tweet she thanked her staff and said she would return to teaching. The "
    "council will name an acting mayor next week, its chairman told reporters at city hall.",
)


@pytest.mark.parametrize("kind", sorted(NOTICES))
def test_each_kind_of_notice_is_recognised_and_named(kind: str) -> None:
    notice = notice_of(NOTICES[kind])
    assert notice is not None
    assert kind in notice.kinds
    assert kind in notice.reason() and "not an article" in notice.reason()


@pytest.mark.parametrize("text", ARTICLES)
def test_news_about_the_same_things_is_kept(text: str) -> None:
    assert notice_of(text) is None


def test_a_notice_line_before_a_story_leaves_the_story() -> None:
    text = NOTICES["cookie or consent wall"] + "\n\n" + "\n\n".join(ARTICLES)
    assert notice_of(text) is None


def test_a_long_page_is_never_a_notice() -> None:
    text = " ".join([NOTICES["login or registration form"]] * 8)
    assert len(text.split()) > CleanConfig().notice_max_words
    assert notice_of(text) is None
    assert notice_of(text, max_words=10_000) is not None


def test_run_on_text_that_merges_notice_and_story_stays_a_story() -> None:
    story = (
        "the river rose two metres overnight and flooded the lower town where firefighters moved 300 "
        "people to the school gym the water company said the dam held and that it would open two gates at "
        "noon to lower the lake the mayor asked drivers to keep off the bridge until the evening and "
        "the regional government sent two army trucks with sandbags and drinking water while the weather "
        "office said more rain would fall on the hills north of the town during the night"
    )
    assert notice_of("Please sign in to continue reading " + story) is None
    assert notice_of("Please sign in to continue reading. " + story) is None


def test_clean_document_rejects_a_notice_with_its_reason() -> None:
    raw = RawDoc(id="n1", path="n1.txt", text=NOTICES["subscription or paywall prompt"])
    result = clean_document(raw)
    assert isinstance(result, Rejected)
    assert result.reason is Drop.NOTICE
    assert "subscription or paywall prompt" in result.detail


def test_the_check_can_be_turned_off() -> None:
    raw = RawDoc(id="n1", path="n1.txt", text=NOTICES["subscription or paywall prompt"], clean=True)
    assert isinstance(clean_document(raw, CleanConfig(reject_notices=False)), Article)


def test_html_notice_page_is_rejected() -> None:
    body = "".join(f"<p>{p}</p>" for p in NOTICES["login or registration form"].split("\n\n"))
    raw = RawDoc(id="h1", path="h1.html", html=f"<html><body><article>{body}</article></body></html>")
    result = clean_document(raw)
    assert isinstance(result, Rejected)
    assert result.reason in (Drop.NOTICE, Drop.NO_CONTENT)


def test_the_report_lists_a_notice_as_rejected_with_its_reason(tmp_path: Path) -> None:
    (tmp_path / "wall.txt").write_text(NOTICES["cookie or consent wall"], encoding="utf-8")
    (tmp_path / "story.txt").write_text(ARTICLES[1], encoding="utf-8")
    report = report_dict(run([tmp_path]))
    validate(report, json.loads(SCHEMA.read_text(encoding="utf-8")))
    assert report["stats"]["rejected_by_reason"] == {"service_notice": 1}
    fates = {Path(a["path"]).name: a for a in report["articles"]}
    assert fates["wall.txt"]["status"] == "rejected"
    assert fates["wall.txt"]["reason"] == "service_notice"
    assert "cookie or consent wall" in fates["wall.txt"]["detail"]
    assert fates["story.txt"]["status"] == "kept"


def test_a_notice_glued_to_the_story_by_a_web_address_leaves_the_story() -> None:
    notice = (
        "Reprints: this copy is for your personal, non-commercial use only. To order presentation-ready "
        "copies for your colleagues, use the order reprints tool or visit www.example-reprints.com "
    )
    story = (
        "the water board warned in May that the new pipe contract might break procurement rules, e-mails "
        "released on Friday show. The board signed the contract anyway in June, and the builder received "
        "a first payment of 12 million a week later, according to the records."
    )
    assert notice_of(notice + story) is None
    assert notice_of(notice.strip()) is not None
