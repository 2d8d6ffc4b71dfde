"""First reports are ordered by time, not by the spelling of their timestamps."""

from newsfuse.model import Article
from newsfuse.provenance.timeline import first_reports


def test_offsets_and_date_only_values_are_ordered_as_times() -> None:
    articles = [
        Article(id="a", path="a", text="x", outlet="Late East", published="2026-03-12T14:30:00-05:00"),
        Article(id="b", path="b", text="x", outlet="Early UTC", published="2026-03-12T18:00:00+00:00"),
        Article(id="c", path="c", text="x", outlet="Day only", published="2026-03-12"),
        Article(id="d", path="d", text="x", outlet="Late East", published="2026-03-13T01:00:00+00:00"),
    ]
    # 14:30 at -05:00 is 19:30 UTC, after 18:00 UTC; a bare date counts as the start of its day
    assert first_reports(articles, []) == [
        ("Day only", "2026-03-12"),
        ("Early UTC", "2026-03-12T18:00:00+00:00"),
        ("Late East", "2026-03-12T14:30:00-05:00"),
    ]
