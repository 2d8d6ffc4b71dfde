"""The page's own publication date where trafilatura's is another date the page marks up (``published_day``)."""

from __future__ import annotations

import json

from newsfuse.clean.metadata import ld_published, page_published, published_day


def _ld(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


REVIEW = _ld(
    {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "itemReviewed": {"@type": "Claim", "datePublished": "2031-03-01"},
        "datePublished": "2031-03-12",
    }
)


def test_nested_claim_date_gives_way_to_the_review_date() -> None:
    page = f"<html><head>{REVIEW}</head><body><p>x</p></body></html>"
    assert published_day(page, "2031-03-01") == "2031-03-12"


def test_found_date_that_is_the_article_date_stays() -> None:
    page = f"<html><head>{REVIEW}</head><body></body></html>"
    assert published_day(page, "2031-03-12T10:00:00") == "2031-03-12T10:00:00"


def test_a_day_apart_is_one_moment_in_two_zones() -> None:
    data = {
        "@type": "NewsArticle",
        "datePublished": "2031-05-04T00:25:56Z",
        "video": {"@type": "VideoObject", "datePublished": "2031-05-03"},
    }
    page = f"<html><head>{_ld(data)}</head></html>"
    assert published_day(page, "2031-05-03") == "2031-05-03"


def test_no_markup_or_broken_json_leaves_the_date() -> None:
    assert published_day("<html><body><p>Nothing</p></body></html>", "2031-01-02") == "2031-01-02"
    broken = '<script type="application/ld+json">{"datePublished": </script>'
    assert published_day(broken, "2031-01-02") == "2031-01-02"
    assert published_day(REVIEW, None) is None


def test_graph_and_types() -> None:
    graph = {
        "@graph": [
            {"@type": "WebSite", "datePublished": "2020-01-01"},
            {"@type": ["Article"], "datePublished": "2031-08-03T08:00:00+01:00"},
        ]
    }
    assert ld_published(_ld(graph)) == "2031-08-03T08:00:00+01:00"
    assert page_published(_ld(graph)) == "2031-08-03T08:00:00+01:00"  # the day in the zone it states


def test_time_marked_published() -> None:
    page = '<p><time class="published" datetime="2031-03-21T12:15:00+00:00">12:15</time></p>'
    assert page_published(page, frozenset({"time"})) == "2031-03-21T12:15:00+00:00"
    assert page_published("<time datetime='2031-03-21'>x</time>", frozenset({"time"})) is None
