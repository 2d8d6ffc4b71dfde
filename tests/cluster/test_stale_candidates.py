"""An event past the time window of the newest day, kept open for late articles, is a candidate only for
an article dated within its window (``StreamClusterer._candidates``' stale events)."""

from newsfuse.cluster import StreamClusterer
from newsfuse.config import ClusterConfig
from tests.cluster.test_stream import SCHOOL
from tests.helpers import WIRE, article

NO_TIES = ClusterConfig(
    time_window_days=3, late_days=10, tie_threshold=0.0, date_tie=0.0, far_names=0, link_threshold=0.0
)


def test_a_stale_event_takes_a_late_article_but_not_one_of_the_newest_day() -> None:
    clusterer = StreamClusterer(NO_TIES)
    first = clusterer.add(article("a1", "\n".join(WIRE[:2]), published="2026-03-01"))
    clusterer.add(
        article("b1", "\n".join(SCHOOL), published="2026-03-10")
    )  # the newest day moves on: a1's is stale
    newest = clusterer.add(article("a2", "\n".join(WIRE[1:3]), published="2026-03-10"))
    late = clusterer.add(article("a3", "\n".join(WIRE[::2]), published="2026-03-02"))
    assert newest != first  # the stale event was no candidate: the article opened its own
    assert late == first  # an article of its days still joins it
    assert clusterer.holds(first) and clusterer.active_events == 3
