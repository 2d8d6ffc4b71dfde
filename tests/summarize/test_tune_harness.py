"""The dev-set harness's held-out choice (benchmarks/tune_summarize.py), on made-up scores."""

from __future__ import annotations

from benchmarks.tune_summarize import held_out


def test_each_fold_is_scored_with_the_value_the_other_folds_prefer() -> None:
    fold_of = {"a/1": "a", "a/2": "a", "b/1": "b", "c/1": "c"}
    scores = {
        0: {"a/1": (40.0, 10.0), "a/2": (40.0, 10.0), "b/1": (40.0, 10.0), "c/1": (40.0, 10.0)},
        1: {"a/1": (50.0, 20.0), "a/2": (50.0, 20.0), "b/1": (30.0, 5.0), "c/1": (41.0, 11.0)},
    }
    found = held_out(scores, fold_of, [0, 1])
    # held out a: b and c prefer 0 (mean R-2 10 vs 8); held out b: a and c prefer 1; held out c: 1 (12.5)
    assert {fold: item["chosen"] for fold, item in found["held_out"].items()} == {"a": 0, "b": 1, "c": 1}
    assert found["held_out_per_set"] == {"a": (40.0, 10.0), "b": (30.0, 5.0), "c": (41.0, 11.0)}
    assert found["held_out_mean"] == (37.0, 26.0 / 3)


def test_other_folds_count_as_sets_not_as_clusters() -> None:
    # held out c: set a (three clusters) and set b (one) count alike, so 1 wins (mean R-2 11 vs 10.5)
    fold_of = {"a/1": "a", "a/2": "a", "a/3": "a", "b/1": "b", "c/1": "c"}
    low = {
        "a/1": (40.0, 11.0),
        "a/2": (40.0, 11.0),
        "a/3": (40.0, 11.0),
        "b/1": (40.0, 10.0),
        "c/1": (1.0, 1.0),
    }
    high = {
        "a/1": (40.0, 10.0),
        "a/2": (40.0, 10.0),
        "a/3": (40.0, 10.0),
        "b/1": (40.0, 12.0),
        "c/1": (2.0, 2.0),
    }
    found = held_out({0: low, 1: high}, fold_of, [0, 1])
    assert found["held_out"]["c"]["chosen"] == 1
    # ties keep the first listed value (the default goes first)
    same = held_out({0: low, 1: low}, fold_of, [0, 1])
    assert {item["chosen"] for item in same["held_out"].values()} == {0}


def test_shaped_cuts_clusters_to_small_generic_events() -> None:
    from benchmarks.tune_summarize import Cluster, shaped
    from newsfuse.model import Article

    articles = tuple(Article(id=f"d{i}", path=f"d{i}", text="x") for i in range(4))
    cluster = Cluster(
        "c1", articles, {a.id: a.id for a in articles}, frozenset({"d1", "d3"}), "the query?", (), ("ref",)
    )
    (cut,) = shaped([cluster], 2, generic=True)
    assert [a.id for a in cut.articles] == ["d0", "d1"]
    assert cut.selectable == frozenset({"d1"}) and cut.query is None and cut.references == ("ref",)
    (copies,) = shaped([cluster], 1)  # d0 was a copy of a later article: the kept one is selectable
    assert copies.selectable == frozenset({"d0"}) and copies.query == "the query?"
    assert shaped([cluster]) == [cluster]
