"""Events handed over as clustering closes them: the same events as the batch clusterer, early."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from newsfuse.cluster import cluster_articles
from newsfuse.cluster.batch import date_order
from newsfuse.config import ClusterConfig, Config
from newsfuse.ingest import read_inputs
from newsfuse.model import Article, RawDoc
from newsfuse.pipeline import clean_and_dedup
from newsfuse.runtime import LocalRunner
from newsfuse.runtime.closing import closed_clusters, copies_of, terms_of

FIRE = "A fire destroyed the Calloway Freight cold storage warehouse on Dock Road in Port Emmet overnight."
BUDGET = "The county council approved its annual budget with a small rise in library and park spending."


def _article(aid: str, day: str | None, text: str) -> Article:
    return Article(id=aid, path=aid, text=text, published=day)


def _closed(articles: Sequence[Article], same_as: dict[str, str], config: ClusterConfig) -> list[list[str]]:
    leaders = date_order([a for a in articles if a.id not in same_as])
    terms = [terms_of(a, config) for a in leaders]
    return list(closed_clusters(leaders, terms, copies_of(articles, same_as), config))


def test_an_event_past_the_window_is_handed_over_before_later_ones() -> None:
    articles = [
        _article("f2", "2026-03-03", FIRE + " Nobody was hurt."),
        _article("f1", "2026-03-02", FIRE),
        _article("b1", "2026-06-01", BUDGET),
        _article("b2", "2026-06-02", BUDGET + " The vote was close."),
        _article("u", None, BUDGET),
        _article("copy", "2026-03-09", FIRE),
    ]
    config = ClusterConfig()
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
