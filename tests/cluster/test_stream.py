import json
from typing import Any

import pytest

from newsfuse.cluster import StateError, StreamClusterer, Tie, cluster_articles, event_id
from newsfuse.cluster.features import article_terms
from newsfuse.config import ClusterConfig
from newsfuse.model import Article
from newsfuse.pipeline import RunResult
from tests.cluster.test_batch import BRIDGE
from tests.helpers import WIRE, article

SCHOOL = [
    "Voters in Greyhaven approved a new elementary school on Maple Avenue, with 62 percent backing the bond "
    "measure that will pay for classrooms, a gym and a library.",
    "Construction on the Maple Avenue school is expected to start next spring, superintendent Nora Pike said.",
]


def _feed(clusterer: StreamClusterer, articles: list[Article]) -> list[str]:
    return [clusterer.add(a) for a in articles]


def _day(n: int) -> str:
    return f"2026-03-{n:02d}"


def test_each_article_joins_its_event_and_new_topics_open_events_with_founder_ids() -> None:
    clusterer = StreamClusterer()
    ids = _feed(
        clusterer,
        [
            article("fire1", " ".join(WIRE[:3]), published=_day(12)),
            article("bridge1", " ".join(BRIDGE), published=_day(12)),
            article("fire2", " ".join(WIRE[2:]), published=_day(13)),
            article("bridge2", " ".join(reversed(BRIDGE)), published=_day(13)),
            article("school", " ".join(SCHOOL), published=_day(13)),
        ],
    )
    assert ids == [event_id(["fire1"]), event_id(["bridge1"]), ids[0], ids[1], event_id(["school"])]
    assert len(set(ids)) == 3


def test_recurring_topic_weeks_apart_is_a_new_event() -> None:
    # without long-range ties (tie_days, far_days): the same names weeks later tie the articles by design
    clusterer = StreamClusterer(ClusterConfig(time_window_days=7, tie_days=0, far_days=0))
    first = clusterer.add(article("a", " ".join(BRIDGE), published="2026-03-06"))
    again = clusterer.add(article("b", " ".join(BRIDGE), published="2026-04-20"))
    assert first != again


def test_similarity_decays_with_days_between_article_and_event() -> None:
    config = ClusterConfig(time_window_days=30, decay_half_life_days=1.0, threshold=0.3)
    clusterer = StreamClusterer(config)
    first = clusterer.add(article("a", " ".join(WIRE[:3]), published="2026-03-01"))
    assert clusterer.add(article("b", " ".join(WIRE[2:]), published="2026-03-01")) == first
    assert clusterer.add(article("c", " ".join(WIRE[2:]), published="2026-03-09")) != first


@pytest.mark.parametrize("late_days", [0, 10])
def test_memory_is_bounded_by_the_time_window_and_lateness(late_days: int) -> None:
    clusterer = StreamClusterer(ClusterConfig(time_window_days=3, late_days=late_days))
    for n in range(60):
        topic = f"Town{n} council Member{n} approves budget Item{n} of {1000 + n} dollars for Road{n}."
        clusterer.add(article(f"a{n}", topic, published=f"2026-{1 + n // 28:02d}-{1 + n % 28:02d}"))
        assert clusterer.active_events <= 3 + late_days + 2


def test_an_article_arriving_after_newer_ones_still_joins_its_event() -> None:
    clusterer = StreamClusterer(ClusterConfig(time_window_days=3, late_days=30))
    fire = clusterer.add(article("fire1", " ".join(WIRE[:3]), published=_day(2)))
    clusterer.add(article("school", " ".join(SCHOOL), published=_day(25)))
    assert clusterer.add(article("fire2", " ".join(WIRE[2:]), published=_day(3))) == fire
    closed = StreamClusterer(ClusterConfig(time_window_days=3, late_days=0))
    fire = closed.add(article("fire1", " ".join(WIRE[:3]), published=_day(2)))
    closed.add(article("school", " ".join(SCHOOL), published=_day(25)))
    assert closed.add(article("fire2", " ".join(WIRE[2:]), published=_day(3))) != fire


def test_fed_in_file_order_the_example_corpus_forms_the_gold_events(
    corpus_result: RunResult, gold: dict[str, Any]
) -> None:
    """The web service feeds files as they come; dates jump back and forth across three weeks."""
    clusterer = StreamClusterer()
    joined = {a.id: clusterer.add(a) for a in sorted(corpus_result.articles, key=lambda a: a.path)}
    events: dict[str, list[str]] = {}
    for aid, eid in joined.items():
        events.setdefault(clusterer.resolve(eid), []).append(aid)
    assert sorted(sorted(ids) for ids in events.values()) == sorted(
        sorted(e["members"]) for e in gold["events"]
    )


def test_a_saved_state_is_a_snapshot_that_later_articles_do_not_change() -> None:
    clusterer = StreamClusterer()
    clusterer.add(article("fire1", " ".join(WIRE[:3]), published=_day(12)))
    state = clusterer.to_state()
    frozen = json.dumps(state, sort_keys=True)
    clusterer.add(article("fire2", " ".join(WIRE[2:]), published=_day(12)))
    clusterer.add(article("bridge1", " ".join(BRIDGE), published=_day(13)))
    assert json.dumps(state, sort_keys=True) == frozen
    assert StreamClusterer.from_state(state).to_state() == json.loads(frozen)


def test_an_article_bridging_two_events_merges_them_and_keeps_the_old_id_as_alias() -> None:
    clusterer = StreamClusterer(ClusterConfig(threshold=0.2, merge_threshold=0.2))
    left = clusterer.add(article("left", " ".join(WIRE[:2]), published=_day(12)))
    right = clusterer.add(article("right", " ".join(WIRE[3:]), published=_day(12)))
    assert left != right
    joined = clusterer.add(article("both", " ".join(WIRE), published=_day(12)))
    assert len(clusterer.merges) == 1
    merge = clusterer.merges[0]
    assert {merge.kept, merge.absorbed} == {left, right} and merge.article_id == "both"
    assert clusterer.aliases == {merge.absorbed: merge.kept}
    assert clusterer.resolve(left) == clusterer.resolve(right) == clusterer.resolve(joined) == merge.kept


@pytest.mark.parametrize(
    ("vector_terms", "multi", "merges"),
    [(80, 0.0, 1), (80, 2.0, 0), (400, 2.0, 1)],  # a full vector (79 of 80 terms); a headline-like one
)
def test_a_full_article_bridges_two_events_of_several_articles_only_below_merge_multi_threshold(
    vector_terms: int, multi: float, merges: int
) -> None:
    config = ClusterConfig(
        threshold=0.2,
        full_threshold=0.2,
        merge_threshold=0.05,
        merge_multi_threshold=multi,
        vector_terms=vector_terms,
        link_threshold=0.0,
    )
    clusterer = StreamClusterer(config)
    left = _feed(clusterer, [article(f"left{c}", " ".join(WIRE[:2]), published=_day(12)) for c in "ab"])
    right = _feed(clusterer, [article(f"right{c}", " ".join(WIRE[3:]), published=_day(12)) for c in "ab"])
    assert len(set(left)) == len(set(right)) == 1 and left != right
    clusterer.add(article("both", " ".join(WIRE), published=_day(12)))
    assert len(clusterer.merges) == merges


def test_state_round_trips_through_json_and_resumes_identically() -> None:
    articles = [
        article("fire1", " ".join(WIRE[:3]), published=_day(12)),
        article("bridge1", " ".join(BRIDGE), published=_day(12)),
        article("fire2", " ".join(WIRE[2:]), published=_day(13)),
        article("school", " ".join(SCHOOL), published=_day(14)),
        article("bridge2", " ".join(reversed(BRIDGE)), published=_day(14)),
    ]
    whole = StreamClusterer()
    expected = _feed(whole, articles)
    first = StreamClusterer()
    head = _feed(first, articles[:3])
    resumed = StreamClusterer.from_state(json.loads(json.dumps(first.to_state())))
    assert head + _feed(resumed, articles[3:]) == expected
    assert resumed.to_state() == whole.to_state()


def test_bad_state_is_refused_with_a_clear_error() -> None:
    with pytest.raises(StateError, match="version"):
        StreamClusterer.from_state({"version": 99})
    state = StreamClusterer().to_state()
    del state["events"]
    with pytest.raises(StateError, match="malformed"):
        StreamClusterer.from_state(state)


def test_an_article_without_words_opens_its_own_event() -> None:
    clusterer = StreamClusterer()
    assert clusterer.add(article("blank", "...")) == event_id(["blank"])
    assert clusterer.add(article("blank2", "...")) == event_id(["blank2"])


def _shooting(town: str, street: str) -> str:
    return (
        f"A man was shot and wounded on {street} in {town} late on Tuesday night, police said. Officers found "
        "the victim, 24, on the sidewalk; he was taken to a hospital in stable condition and no arrest was made."
    )


def test_consolidate_merges_events_by_average_linkage_and_keeps_old_ids_as_aliases() -> None:
    clusterer = StreamClusterer(ClusterConfig(threshold=0.95, link_threshold=0.2))
    first = clusterer.add(article("fire1", " ".join(WIRE[:3]), published=_day(12)))
    second = clusterer.add(article("fire2", " ".join(WIRE[2:]), published=_day(12)))
    bridge = clusterer.add(article("bridge1", " ".join(BRIDGE), published=_day(12)))
    assert len({first, second, bridge}) == 3  # nothing joins at threshold 0.95
    merges = clusterer.consolidate()
    assert [(m.kept, m.absorbed) for m in merges] == [tuple(sorted((first, second)))]
    assert clusterer.resolve(first) == clusterer.resolve(second) != clusterer.resolve(bridge)
    assert clusterer.consolidate() == []  # nothing changed since


@pytest.mark.parametrize(("multi", "merged"), [(0.0, True), (1.0, False)])
def test_events_of_several_articles_each_need_link_multi_threshold_to_merge(
    multi: float, merged: bool
) -> None:
    clusterer = StreamClusterer(ClusterConfig(threshold=0.95, link_threshold=0.2, link_multi_threshold=multi))
    # each text twice: two events of two articles each, which alone (one article each) would merge
    first = _feed(clusterer, [article(f"fire1{c}", " ".join(WIRE[:3]), published=_day(12)) for c in "ab"])
    second = _feed(clusterer, [article(f"fire2{c}", " ".join(WIRE[2:]), published=_day(12)) for c in "ab"])
    assert len(set(first)) == len(set(second)) == 1 and first != second
    clusterer.consolidate()
    assert (clusterer.resolve(first[0]) == clusterer.resolve(second[0])) is merged


def test_consolidation_runs_when_the_day_moves_on_and_respects_the_time_window() -> None:
    config = ClusterConfig(threshold=0.95, link_threshold=0.2, time_window_days=3, tie_threshold=0.0)
    clusterer = StreamClusterer(config)
    first = clusterer.add(article("fire1", " ".join(WIRE[:3]), published=_day(1)))
    late = clusterer.add(article("fire2", " ".join(WIRE[2:]), published=_day(9)))  # day moves on
    near = clusterer.add(article("fire3", " ".join(WIRE[2:]), published=_day(10)))
    assert clusterer.merges == [] and clusterer.resolve(first) == first
    clusterer.add(article("bridge1", " ".join(BRIDGE), published=_day(11)))  # consolidates day 10
    assert clusterer.resolve(late) == clusterer.resolve(near) != first


def test_entity_floor_keeps_look_alike_incidents_in_different_towns_apart() -> None:
    def events(floor: float) -> int:
        clusterer = StreamClusterer(
            ClusterConfig(threshold=0.95, link_threshold=0.2, link_entity_floor=floor)
        )
        clusterer.add(article("a", _shooting("Ashford", "Elm Street"), published=_day(3)))
        clusterer.add(article("b", _shooting("Brookvale", "Kestrel Lane"), published=_day(3)))
        clusterer.consolidate()
        return clusterer.active_events

    assert events(0.0) == 1
    assert events(0.3) == 2


def test_batch_is_the_date_ordered_stream_with_a_final_consolidation() -> None:
    config = ClusterConfig(threshold=0.95, link_threshold=0.2)
    articles = [
        article("fire2", " ".join(WIRE[2:]), published=_day(13)),
        article("bridge1", " ".join(BRIDGE), published=_day(12)),
        article("fire1", " ".join(WIRE[:3]), published=_day(12)),
    ]
    assert cluster_articles(articles, config) == [["bridge1"], ["fire1", "fire2"]]


def test_expired_events_leave_the_inverted_index() -> None:
    """Memory held by a long stream: only events of the last window (and their terms) are indexed."""
    clusterer = StreamClusterer(ClusterConfig(time_window_days=2, late_days=1))
    for n in range(200):
        topic = f"Town{n} council Member{n} approves budget Item{n} of {1000 + n} dollars for Road{n}."
        clusterer.add(article(f"a{n}", topic, published=f"2026-{1 + n // 28:02d}-{1 + n % 28:02d}"))
    state = clusterer.to_state()
    indexed = {eid for holders in clusterer._index.postings.values() for eid in holders}
    assert indexed == {e["id"] for e in state["events"]} and len(indexed) <= 5
    assert len(clusterer._index.expiry) <= 5


def _spread_event(config: ClusterConfig) -> StreamClusterer:
    """A clusterer holding one event of four articles with nothing in common (term w1, w2, w3, w4 each)."""
    state = StreamClusterer(config).to_state()
    centroid = {f"w{n}": 1.0 for n in range(1, 5)}
    state["events"] = [
        {"id": "wide", "centroid": centroid, "norm2": 4.0, "size": 4, "first_day": None, "last_day": None}
    ]
    return StreamClusterer.from_state(state)


@pytest.mark.parametrize("mean_join", [True, False])
def test_a_wide_event_draws_an_article_by_its_mean_cosine_to_its_articles(mean_join: bool) -> None:
    # the article is one of the four: cosine 0.5 to their centroid, mean cosine 0.25 to the articles
    config = ClusterConfig(threshold=0.3, link_threshold=0.0, mean_join=mean_join)
    clusterer = _spread_event(config)
    joined = clusterer.add(article("one", "Text."), terms={"w1": 1})
    assert (joined == "wide") is not mean_join


def _trial(town: str, street: str, suspect: str) -> str:
    return (
        f"{suspect} was charged on Monday with the shooting on {street} in {town} two weeks ago, prosecutors "
        f"said. The victim, 24, was shot late on a Tuesday night; {suspect} will appear in court in {town}."
    )


def _two_weeks_on(config: ClusterConfig) -> tuple[StreamClusterer, list[str]]:
    """A shooting, an unrelated look-alike in another town, then a follow-up 12 days after the first."""
    clusterer = StreamClusterer(config)
    ids = [
        clusterer.add(article("shot", _shooting("Ashford", "Elm Street"), published=_day(2))),
        clusterer.add(article("other", _shooting("Brookvale", "Kestrel Lane"), published=_day(3))),
        clusterer.add(article("charged", _trial("Ashford", "Elm Street", "Dorian Vell"), published=_day(14))),
    ]
    return clusterer, ids


def test_a_follow_up_beyond_the_window_ties_to_its_event_by_shared_rare_names() -> None:
    clusterer, (shot, other, charged) = _two_weeks_on(ClusterConfig(threshold=0.95, link_threshold=0.0))
    assert charged == shot != other
    assert clusterer.ties == [Tie(shot, "charged", 12)]
    resumed = StreamClusterer.from_state(json.loads(json.dumps(clusterer.to_state())))
    assert resumed.ties == clusterer.ties


def test_without_ties_or_shared_rare_names_a_late_article_opens_a_new_event() -> None:
    _, (shot, _, charged) = _two_weeks_on(
        ClusterConfig(threshold=0.95, link_threshold=0.0, tie_threshold=0.0)
    )
    assert charged != shot
    # "ashford" and "elm street" are held by more articles than tie_max_df: no longer rare
    strict = ClusterConfig(threshold=0.95, link_threshold=0.0, tie_max_df=1)
    clusterer, (shot, _, charged) = _two_weeks_on(strict)
    assert charged != shot and clusterer.ties == []


@pytest.mark.parametrize("full_threshold", [0.0, 0.3])
def test_a_full_article_needs_the_full_threshold_and_a_headline_the_plain_one(full_threshold: float) -> None:
    # both have mean cosine 0.25 to the four articles of the event; the second is a full (4-term) vector
    config = ClusterConfig(
        threshold=0.1, full_threshold=full_threshold, vector_terms=4, link_threshold=0.0, tie_threshold=0.0
    )
    headline = _spread_event(config).add(article("h", "Text."), terms={"w1": 1})
    full = _spread_event(config).add(article("f", "Text."), terms={"w1": 1, "w2": 1, "x1": 1, "x2": 1})
    assert headline == "wide"
    assert (full == "wide") is (full_threshold == 0.0)


def _months_on(config: ClusterConfig, charged_day: str) -> tuple[StreamClusterer, list[str]]:
    """The shooting, the look-alike, then the follow-up on ``charged_day`` (well past the open window)."""
    clusterer = StreamClusterer(config)
    ids = [
        clusterer.add(article("shot", _shooting("Ashford", "Elm Street"), published=_day(2))),
        clusterer.add(article("other", _shooting("Brookvale", "Kestrel Lane"), published=_day(3))),
        clusterer.add(article("budget", " ".join(SCHOOL), published="2026-04-10")),
        clusterer.add(
            article("charged", _trial("Ashford", "Elm Street", "Dorian Vell"), published=charged_day)
        ),
    ]
    return clusterer, ids


def test_an_archived_event_takes_a_follow_up_by_a_tie_until_tie_days_have_passed() -> None:
    # open window: 3 + 2 days; by 10 April the shooting has left the index
    config = ClusterConfig(
        threshold=0.95, link_threshold=0.0, time_window_days=3, late_days=2, tie_days=60, far_days=0
    )
    clusterer, (shot, other, budget, charged) = _months_on(config, "2026-04-20")
    assert charged == shot != other
    assert clusterer.ties == [Tie(shot, "charged", 49)]
    assert clusterer.active_events == 1  # the shooting is open again; the look-alike is still archived
    assert sorted(e["id"] for e in clusterer.to_state()["archive"]) == sorted([other, budget])
    resumed = StreamClusterer.from_state(json.loads(json.dumps(clusterer.to_state())))
    assert resumed.to_state() == clusterer.to_state()
    # archived events past tie_days are forgotten, and so are the ties naming them
    resumed.add(article("later", " ".join(WIRE), published="2026-07-01"))
    assert resumed.ties == [] and resumed.active_events == 1
    assert resumed.to_state()["archive"] == []


@pytest.mark.parametrize("tie_days", [0.0, 40.0])
def test_past_tie_days_or_without_an_archive_the_follow_up_opens_a_new_event(tie_days: float) -> None:
    config = ClusterConfig(
        threshold=0.95, link_threshold=0.0, time_window_days=3, late_days=2, tie_days=tie_days, far_days=0
    )
    clusterer, (shot, _, _, charged) = _months_on(config, "2026-04-20")
    assert charged != shot and clusterer.ties == []


def test_retired_events_are_noted_when_asked_and_never_take_an_article_again() -> None:
    config = ClusterConfig(
        threshold=0.95, link_threshold=0.0, time_window_days=3, late_days=2, tie_days=20, far_days=0
    )
    clusterer = StreamClusterer(config)
    clusterer.keep_retired = True
    shot = clusterer.add(article("shot", _shooting("Ashford", "Elm Street"), published=_day(2)))
    text = "Rain is expected across the region over the weekend, with cooler air arriving later on."
    rain = clusterer.add(article("rain", text, published=_day(3)))
    clusterer.add(article("fire", " ".join(WIRE), published=_day(12)))
    assert clusterer.retired == [rain]  # no rare names: retired at once; the shooting is archived
    clusterer.add(article("fire2", " ".join(WIRE), published=_day(30)))
    assert clusterer.retired == [rain, shot]
    assert (
        clusterer.add(article("charged", _trial("Ashford", "Elm Street", "Dorian Vell"), published=_day(30)))
        != shot
    )


def event_ties(tie_event_threshold: float) -> ClusterConfig:
    """A short open window (3 + 2 days), an archive of 60 days, article-level ties out of reach (0.99)."""
    return ClusterConfig(
        threshold=0.95,
        link_threshold=0.0,
        time_window_days=3,
        late_days=2,
        tie_days=60,
        tie_threshold=0.99,
        tie_event_threshold=tie_event_threshold,
    )


@pytest.mark.parametrize("tie_event_threshold", [0.0, 0.3])
def test_a_follow_up_event_leaving_the_window_ties_to_its_archived_event(tie_event_threshold: float) -> None:
    config = event_ties(tie_event_threshold)  # the follow-up opens an event of its own
    clusterer, (shot, other, budget, charged) = _months_on(config, "2026-04-20")
    assert len({shot, other, budget, charged}) == 4 and clusterer.ties == []
    clusterer.add(article("fire", " ".join(WIRE), published="2026-04-30"))  # the follow-up leaves the window
    assert (clusterer.resolve(charged) == shot) is (tie_event_threshold > 0.0)
    assert clusterer.resolve(other) == other  # the look-alike (another town, other names) stays apart
    if tie_event_threshold:
        assert [(m.kept, m.absorbed) for m in clusterer.merges] == [(shot, charged)]
        archived = {e["id"]: e["size"] for e in clusterer.to_state()["archive"]}
        assert archived[shot] == 2 and charged not in archived
        resumed = StreamClusterer.from_state(json.loads(json.dumps(clusterer.to_state())))
        assert resumed.to_state() == clusterer.to_state()


def _pile_frequency(articles: list[Article], config: ClusterConfig) -> dict[str, int]:
    """Document frequencies of these articles' terms, to be used as those of a large pile (1,000 articles):
    their names (Calloway Freight) are rare in it."""
    frequency: dict[str, int] = {}
    for a in articles:
        for term in article_terms(a, config.max_words, config.lead_words):
            frequency[term] = frequency.get(term, 0) + 1
    return frequency


@pytest.mark.parametrize(
    ("story_days", "second_day", "merged"),
    [(1.0, 13, True), (1.0, 12, True), (-1.0, 13, False), (1.0, 16, False)],
)
def test_two_events_of_several_articles_on_adjacent_days_sharing_rare_names_skip_link_multi_threshold(
    story_days: float, second_day: int, merged: bool
) -> None:
    config = ClusterConfig(
        threshold=0.95, link_threshold=0.2, link_multi_threshold=1.0, story_days=story_days
    )
    first_texts = [article(f"fire1{c}", " ".join(WIRE[:3]), published=_day(12)) for c in "ab"]
    second_texts = [article(f"fire2{c}", " ".join(WIRE[2:]), published=_day(second_day)) for c in "ab"]
    clusterer = StreamClusterer(config, _pile_frequency(first_texts + second_texts, config), 1000)
    first, second = _feed(clusterer, first_texts), _feed(clusterer, second_texts)
    assert len(set(first)) == len(set(second)) == 1 and first != second
    clusterer.consolidate()
    assert (clusterer.resolve(first[0]) == clusterer.resolve(second[0])) is merged


def test_undated_events_of_several_articles_are_never_one_story() -> None:
    config = ClusterConfig(threshold=0.95, link_threshold=0.2, link_multi_threshold=1.0)
    texts = [article(f"fire{n}{c}", " ".join(WIRE[:3] if n == 1 else WIRE[2:])) for n in (1, 2) for c in "ab"]
    clusterer = StreamClusterer(config, _pile_frequency(texts, config), 1000)
    ids = _feed(clusterer, texts)
    assert len(set(ids)) == 2
    clusterer.consolidate()
    assert clusterer.merges == []
