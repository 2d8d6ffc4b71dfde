"""Events handed over as clustering closes them: the same events as the batch clusterer, early."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from newsfuse import pipeline, run
from newsfuse.cluster import StreamClusterer, cluster_articles
from newsfuse.cluster.batch import date_order
from newsfuse.cluster.ids import event_id
from newsfuse.config import ClusterConfig, Config
from newsfuse.ingest import read_inputs
from newsfuse.model import Article, RawDoc
from newsfuse.pipeline import clean_and_dedup
from newsfuse.report import report_dict
from newsfuse.runtime import LocalRunner, closing
from newsfuse.runtime.closing import (
    Closed,
    DateOrdered,
    closed_clusters,
    copies_of,
    document_frequency,
    replaced,
    terms_of,
)
from newsfuse.runtime.held import Held, HeldArticles
from newsfuse.runtime.spill import Ref

FIRE = "A fire destroyed the Calloway Freight cold storage warehouse on Dock Road in Port Emmet overnight."
BUDGET = "The county council approved its annual budget with a small rise in library and park spending."


def _article(aid: str, day: str | None, text: str) -> Article:
    return Article(id=aid, path=aid, text=text, published=day)


def _closed(articles: Sequence[Article], same_as: dict[str, str], config: ClusterConfig) -> list[Closed]:
    leaders = date_order([a for a in articles if a.id not in same_as])
    terms = [terms_of(a, config) for a in leaders]
    return list(closed_clusters(leaders, terms, copies_of([a.id for a in articles], same_as), config))


def test_an_event_past_the_window_is_handed_over_before_later_ones() -> None:
    articles = [
        _article("f2", "2026-03-03", FIRE + " Nobody was hurt."),
        _article("f1", "2026-03-02", FIRE),
        _article("b1", "2026-06-01", BUDGET),
        _article("b2", "2026-06-02", BUDGET + " The vote was close."),
        _article("u", None, BUDGET),
        _article("copy", "2026-03-09", FIRE),
    ]
    config = ClusterConfig(tie_days=0)  # not kept for long-range ties
    got = _closed(articles, {"copy": "f1"}, config)
    assert got[0] == ["copy", "f1", "f2"]  # closed when June's first article arrived
    assert sorted(got) == cluster_articles(articles, config, same_as={"copy": "f1"})


def test_the_example_corpus_gives_the_batch_clusterer_s_events(corpus: Path) -> None:
    config = Config()
    raws = [d for d in read_inputs([corpus], config.ingest) if isinstance(d, RawDoc)]
    articles, _, dedup = clean_and_dedup(raws, config, LocalRunner())
    same_as = dedup.duplicate_of()
    expected = cluster_articles(articles, config.cluster, same_as=same_as)
    assert sorted(_closed(articles, same_as, config.cluster)) == expected


def test_lazy_terms_give_the_same_events_and_the_clusterer_keeps_nothing_of_closed_ones(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    made: list[StreamClusterer] = []

    class Recorded(StreamClusterer):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            made.append(self)

    monkeypatch.setattr(closing, "StreamClusterer", Recorded)
    articles = [
        _article("f1", "2026-03-02", FIRE),
        _article("f2", "2026-03-02", FIRE + " Nobody was hurt."),
        _article("f3", "2026-03-03", "Port Emmet fire: " + FIRE),
        _article("b1", "2026-06-01", BUDGET),
        _article("b2", "2026-06-02", BUDGET + " The vote was close."),
    ]
    config = ClusterConfig()
    leaders = date_order(articles)
    frequency = document_frequency(terms_of(a, config) for a in leaders)
    lazy = (terms_of(a, config) for a in leaders)  # a generator: read once
    got = list(closed_clusters(leaders, lazy, {}, config, frequency))
    assert sorted(got) == cluster_articles(articles, config)
    assert not made[0].merges and not made[0].aliases


def test_the_pipeline_clusters_any_size_as_one_stream(
    monkeypatch: pytest.MonkeyPatch, corpus: Path, corpus_report: dict[str, Any]
) -> None:
    """Terms made in batches of 3 on the pool: the batch clusterer's events, whatever partition_size says."""
    monkeypatch.setattr(pipeline, "TERMS_BATCH", 3)
    config = Config()
    raws = [d for d in read_inputs([corpus], config.ingest) if isinstance(d, RawDoc)]
    articles, _, dedup = clean_and_dedup(raws, config, LocalRunner())
    expected = cluster_articles(articles, config.cluster, same_as=dedup.duplicate_of())
    with LocalRunner(workers=2) as runner:
        result = run([corpus], config.with_values(runtime={"partition_size": 2}), runner=runner)
    assert sorted(list(e.article_ids) for e in result.events) == expected
    report = report_dict(result)
    assert report.pop("config")["runtime"]["partition_size"] == 2
    assert report == {k: v for k, v in corpus_report.items() if k != "config"}


def test_date_ordered_heads_follow_date_order_without_the_skipped() -> None:
    articles = [
        _article("b", "2026-03-02T18:00", FIRE),
        _article("u", None, FIRE),
        _article("a", "2026-03-02", FIRE),
        _article("c", "2026-03-01T23:00", FIRE),
        _article("copy", "2026-03-01", FIRE),
        _article("t", None, FIRE),
    ]
    held = HeldArticles()
    for n, a in enumerate(articles):
        held.append(Held(a, Ref("f", n, 1)))
    view = DateOrdered(held, {"copy"})
    expected = [a.id for a in date_order([a for a in articles if a.id != "copy"])]
    assert [a.id for a in view] == expected == ["c", "a", "b", "t", "u"]
    assert [a.published for a in view[:2]] == ["2026-03-01T23:00", "2026-03-02"]
    assert [held.ref(n).offset for n in view.positions] == [3, 2, 0, 5, 1]


def _follow_up(last_day: str) -> list[Article]:
    """A shooting, a look-alike, an unrelated fire, the shooting's follow-up 49 days on, then ``last_day``."""
    from tests.cluster.test_stream import _shooting, _trial

    return [
        _article("shot", "2026-03-02", _shooting("Ashford", "Elm Street")),
        _article("other", "2026-03-03", _shooting("Brookvale", "Kestrel Lane")),
        _article("fire", "2026-04-10", FIRE),
        _article("charged", "2026-04-20", _trial("Ashford", "Elm Street", "Dorian Vell")),
        _article("budget", last_day, BUDGET),
    ]


def test_an_event_open_to_long_range_ties_is_handed_over_once_with_its_late_follow_up() -> None:
    articles = _follow_up("2026-07-01")
    config = ClusterConfig(threshold=0.95, link_threshold=0.0, time_window_days=3, late_days=2, tie_days=60)
    got = _closed(articles, {}, config)
    assert (
        sorted(got)
        == cluster_articles(articles, config)
        == [["budget"], ["charged", "shot"], ["fire"], ["other"]]
    )
    # the look-alike left the archive (tie_days) when July came; the shooting took its follow-up first
    assert got[:3] == [["other"], ["fire"], ["charged", "shot"]]
    without = _closed(
        articles,
        {},
        ClusterConfig(
            threshold=0.95, link_threshold=0.0, time_window_days=3, late_days=2, tie_days=0, far_days=0
        ),
    )
    assert ["charged"] in without and ["shot"] in without
    # no archive, far ties on (the default): the shooting is handed over at once, its follow-up later whole
    far = _closed(
        articles,
        {},
        ClusterConfig(threshold=0.95, link_threshold=0.0, time_window_days=3, late_days=2, tie_days=0),
    )
    assert far[0] == ["shot"] and not far[0].replaces
    again = next(g for g in far if g.replaces)
    assert again == ["charged", "shot"] and again.replaces == (event_id(["shot"]),)
    assert replaced(far) == [["other"], ["fire"], ["charged", "shot"], ["budget"]]


def test_events_tied_when_leaving_the_window_are_handed_over_once_as_batch_gives_them() -> None:
    from tests.cluster.test_stream import event_ties

    articles, config = _follow_up("2026-05-01"), event_ties(0.3)
    got = _closed(articles, {}, config)
    assert (
        sorted(got)
        == cluster_articles(articles, config)
        == [["budget"], ["charged", "shot"], ["fire"], ["other"]]
    )
    assert ["charged"] in _closed(articles, {}, event_ties(0.0))


def test_a_far_tie_after_the_hand_over_reopens_the_event_and_hands_it_over_again_whole() -> None:
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
    config, same_as = _config(), {"copy": "shot"}  # an archive of 20 days, far ties for 300
    got = _closed(articles, same_as, config)
    # handed over when they left the archive (April's fire came), not held back for far ties
    assert got[:3] == [["copy", "shot"], ["lookalike"], ["fire"]] and not any(g.replaces for g in got[:3])
    # the verdict reopened the shooting under its id: handed over again, whole, when August's budget came
    assert got[3:] == [["copy", "shot", "verdict"], ["budget"]]
    assert got[3].replaces == (event_id(["copy", "shot"]),) and not got[4].replaces
    kept = replaced(got)
    assert kept == [["lookalike"], ["fire"], ["copy", "shot", "verdict"], ["budget"]]
    assert sorted(kept) == cluster_articles(articles, config, same_as=same_as)
    # without far ties the verdict is an event of its own, and nothing is handed over twice
    apart = _closed(articles, same_as, _config(far_days=0))
    assert ["verdict"] in apart and not any(g.replaces for g in apart)
    assert sorted(apart) == cluster_articles(articles, _config(far_days=0), same_as=same_as)


def test_the_pipeline_keeps_one_event_with_all_its_articles_when_a_follow_up_reopens_it(
    tmp_path: Path,
) -> None:
    from newsfuse.pipeline import process, write_run
    from tests.cluster.test_far_ties import _config, _incident, _verdict

    shooting = ("Harlow Cross", "Fenwick Road", "Marisol Quenby", "Tobias Arkwright")
    texts = [
        ("a-shot", "2026-01-04", _incident(*shooting)),
        ("b-lookalike", "2026-01-05", _incident("Dunmere", "Ottery Lane", "Cassius Pell", "Renata Vossberg")),
        ("c-fire", "2026-04-01", FIRE + " " + FIRE.replace("overnight", "on Sunday")),
        ("0-verdict", "2026-06-11", _verdict(*shooting)),  # the smallest id: the event's id changes
        ("d-budget", "2026-08-01", BUDGET + " " + BUDGET.replace("annual", "next")),
    ]
    raws = [RawDoc(id=i, path=f"{i}.txt", text=t, published=d) for i, d, t in texts]
    far = Config().with_values(
        cluster={
            k: getattr(_config(), k)
            for k in (
                "threshold",
                "link_threshold",
                "time_window_days",
                "late_days",
                "tie_days",
                "far_days",
                "far_names",
                "far_threshold",
            )
        }
    )
    articles, _, dedup = clean_and_dedup(raws, far, LocalRunner())
    expected = cluster_articles(articles, far.cluster, same_as=dedup.duplicate_of())
    assert ["0-verdict", "a-shot"] in expected
    result = process(raws, far)
    assert sorted(list(e.article_ids) for e in result.events) == expected
    assert len({e.id for e in result.events}) == len(result.events)
    stats = write_run(raws, tmp_path / "out", far)
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert sorted(e["article_ids"] for e in report["events"]) == expected
    pages = sorted(p.stem for p in (tmp_path / "out" / "events").glob("*.md"))
    assert pages == sorted(e["id"] for e in report["events"]) and stats["events"] == len(expected)
