"""A stream's rare names: one that came back in ``RECURRING_EPISODES`` separate episodes is not rare."""

from datetime import date, timedelta

from newsfuse.cluster import StreamClusterer
from newsfuse.cluster.stream import RECURRING_EPISODES
from newsfuse.config import ClusterConfig
from tests.helpers import article


def _report(n: int, published: str) -> str:
    return (
        f"Officers from Harlowe Bridge answered a call about a burst water main number {n} near the depot, "
        f"and crews worked for {n + 3} hours, a spokesman for Harlowe Bridge said on {published}."
    )


def _days(first: str, gaps: list[int]) -> list[str]:
    day, out = date.fromisoformat(first), []
    for gap in gaps:
        day += timedelta(days=gap)
        out.append(day.isoformat())
    return out


def _fed(published: list[str], config: ClusterConfig | None = None) -> StreamClusterer:
    clusterer = StreamClusterer(config or ClusterConfig())
    for n, day in enumerate(published):
        clusterer.add(article(f"a{n}", _report(n, day), published=day))
    return clusterer


def test_a_name_back_in_several_episodes_is_not_rare_in_a_stream() -> None:
    horizon = 7 + 14  # time_window_days + late_days: a holder further on than this begins an episode
    # three holders, each more than the horizon after the one before: three episodes, no longer rare
    spread = _fed(_days("2026-01-01", [0, horizon + 1, horizon + 1]))
    assert RECURRING_EPISODES == 3 and "e:harlowe bridge" not in spread._rare(["e:harlowe bridge"])
    # as many holders within the horizon of one another: one episode, still rare (3 <= tie_max_df)
    close = _fed(_days("2026-01-01", [0, horizon, horizon]))
    assert close._rare(["e:harlowe bridge"]) == ["e:harlowe bridge"]
    # two episodes: still rare (a follow-up months later names the victim again)
    twice = _fed(_days("2026-01-01", [0, 40]))
    assert twice._rare(["e:harlowe bridge"]) == ["e:harlowe bridge"]
    # an article older than the name's newest holder (fed out of date order) begins no episode
    late = _fed(_days("2026-01-01", [0, horizon + 1, -horizon - 10]))
    assert late._rare(["e:harlowe bridge"]) == ["e:harlowe bridge"]


def test_episodes_are_kept_in_the_state_and_not_counted_with_fixed_frequencies() -> None:
    published = _days("2026-01-01", [0, 30, 30])
    spread = _fed(published)
    resumed = StreamClusterer.from_state(spread.to_state())
    assert resumed._rare(["e:harlowe bridge"]) == [] and resumed._episodes == spread._episodes
    # a state saved before episodes were counted resumes with none
    state = spread.to_state()
    del state["name_days"], state["episodes"]
    assert StreamClusterer.from_state(state)._rare(["e:harlowe bridge"]) == ["e:harlowe bridge"]
    # batch mode (the pile's own frequencies fixed first) knows every holder: the count decides alone
    fixed = StreamClusterer(ClusterConfig(), {"e:harlowe bridge": 3}, 3)
    for n, day in enumerate(published):
        fixed.add(article(f"a{n}", _report(n, day), published=day))
    assert fixed._episodes == {} and fixed._rare(["e:harlowe bridge"]) == ["e:harlowe bridge"]
