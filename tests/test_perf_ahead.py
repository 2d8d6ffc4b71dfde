"""Clustering ahead of the pool (``ClosedStream.advance``): hand-overs that a follow-up replaces while they
wait are never handed over, and the events a reader keeps are the same."""

from __future__ import annotations

import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor

from newsfuse.cluster import cluster_articles
from newsfuse.cluster.batch import date_order
from newsfuse.cluster.ids import event_id
from newsfuse.config import ClusterConfig
from newsfuse.model import Article
from newsfuse.pipeline import Ahead
from newsfuse.runtime.closing import Closed, ClosedStream, copies_of, replaced, terms_of
from newsfuse.runtime.local import submitted_in_order
from tests.runtime.test_closing import BUDGET, FIRE


def _article(aid: str, day: str | None, text: str) -> Article:
    return Article(id=aid, path=aid, text=text, published=day)


def _stream(articles: Sequence[Article], same_as: dict[str, str], config: ClusterConfig) -> ClosedStream:
    leaders = date_order([a for a in articles if a.id not in same_as])
    terms = [terms_of(a, config) for a in leaders]
    return ClosedStream(leaders, terms, copies_of([a.id for a in articles], same_as), config)


def _ahead_all(stream: ClosedStream) -> list[Closed]:
    """Every hand-over, the stream clustered to its end before the first is read."""
    while stream.advance():
        pass
    return list(stream)


def _far_case() -> tuple[list[Article], dict[str, str], ClusterConfig]:
    from tests.cluster.test_far_ties import _config, _incident, _verdict

    shooting = ("Harlow Cross", "Fenwick Road", "Marisol Quenby", "Tobias Arkwright")
    articles = [
        _article("shot", "2026-01-04", _incident(*shooting)),
        _article("copy", "2026-01-04", _incident(*shooting)),
        _article(
            "lookalike", "2026-01-05", _incident("Dunmere", "Ottery Lane", "Cassius Pell", "Renata Vossberg")
        ),
        _article("fire", "2026-04-01", FIRE),
        _article("verdict", "2026-06-11", _verdict(*shooting)),
        _article("budget", "2026-08-01", BUDGET),
    ]
    return articles, {"copy": "shot"}, _config()


def test_a_waiting_hand_over_reopened_by_a_far_tie_is_never_handed_over() -> None:
    articles, same_as, config = _far_case()
    plain = list(_stream(articles, same_as, config))
    assert ["copy", "shot"] in plain and ["copy", "shot", "verdict"] in plain  # built twice
    ahead = _ahead_all(_stream(articles, same_as, config))
    assert ["copy", "shot"] not in ahead  # reopened while it waited: only the whole event is handed over
    assert replaced(ahead) == replaced(plain)
    assert sorted(replaced(ahead)) == cluster_articles(articles, config, same_as=same_as)
    assert not any(g.replaces for g in ahead)  # nothing handed over is replaced


def test_without_advance_the_hand_overs_are_closed_clusters_own() -> None:
    articles, same_as, config = _far_case()
    got = list(_stream(articles, same_as, config))
    assert got[:3] == [["copy", "shot"], ["lookalike"], ["fire"]]
    assert got[3:] == [["copy", "shot", "verdict"], ["budget"]]
    assert got[3].replaces == (event_id(["copy", "shot"]),)


def test_a_dropped_hand_over_passes_on_what_it_replaced() -> None:
    """P1 handed over, P2 (replacing P1) waiting, P3 replacing P2: P2 is dropped and P3 replaces P1."""
    articles, same_as, config = _far_case()
    stream = _stream(articles, same_as, config)
    first = next(stream)  # ["copy", "shot"]: handed over before anything reopens it
    assert first == ["copy", "shot"]
    stream._waiting.clear()  # not read: the test only follows the shooting's hand-overs
    stream._live.clear()
    stream._waiting_articles = 0
    p1 = first
    p2 = Closed(["copy", "shot", "verdict"])
    p2.replaces = (event_id(p1),)
    stream._wait(p2)
    stream._handed["x"] = [p2]
    stream._members["x"] = ["later"]
    p3 = stream._close("x", last=True)
    assert p3 == ["copy", "later", "shot", "verdict"]
    assert p3.replaces == (event_id(p1),)
    assert stream._waiting_articles == 0 and not stream._live


def test_advance_stops_at_the_bound_of_waiting_articles() -> None:
    articles, same_as, config = _far_case()
    stream = _stream(articles, same_as, config)
    stream.ahead = 1
    steps = 0
    while stream.advance():
        steps += 1
    assert steps < len(articles) and stream._waiting_articles >= 1
    assert replaced(list(stream)) == replaced(list(_stream(articles, same_as, config)))


def test_submitted_in_order_lets_the_source_work_while_it_waits() -> None:
    steps: list[int] = []

    def advance() -> bool:
        if len(steps) == 5:
            return False
        steps.append(1)
        return True

    def slow(part: list[int]) -> list[int]:
        time.sleep(0.05)
        return part

    with ThreadPoolExecutor(1) as pool:
        got = list(
            submitted_in_order(
                Ahead(iter(range(6)), advance), 2, lambda part: pool.submit(slow, part), [], ahead=1, held=1
            )
        )
    assert got == list(range(6))
    assert len(steps) == 5  # asked while the task ran, until it had nothing more to do ahead


def test_ahead_without_a_source_step_says_so() -> None:
    ahead = Ahead(iter([1, 2]), None)
    assert not ahead.advance() and list(ahead) == [1, 2]
