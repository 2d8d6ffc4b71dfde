"""Date ties (``cluster.date_tie``): a follow-up weeks later that names the day of the event it follows."""

import json
from datetime import date

from newsfuse.cluster import StreamClusterer, Tie, cluster_articles
from newsfuse.cluster.features import DATE, article_terms, date_references, dates_of, weigh
from newsfuse.config import ClusterConfig
from tests.cluster.test_stream import SCHOOL
from tests.helpers import WIRE, article


def _days(text: str, published: str) -> list[str]:
    """The dates (a month: its first and last day, joined by "/") ``date_references`` reads."""
    spans = date_references(text, date.fromisoformat(published).toordinal())
    return ["/".join(sorted({date.fromordinal(d).isoformat() for d in span})) for span in spans]


def test_date_references_read_the_dates_a_text_names_well_before_its_day() -> None:
    text = (
        "The shooting on Aug. 16 left two hurt; a hearing on Sept. 3, 2014 and one on 2 of March 2015 were "
        "held. Mayor 3 and Mary 4 name no day, nor does 10:30 on Feb 30 or at 10 Marathon Road."
    )
    assert _days(text, "2015-09-20") == ["2015-08-16", "2014-09-03", "2015-03-02"]
    # a date without a year falls in the latest year that puts it at most a day after the article's own
    assert _days("the crash on December 28", "2016-01-10") == ["2015-12-28"]
    # dates less than DATE_BACK_DAYS before the article's day are not kept (the open window reaches them)
    assert _days("the fire on June 3 and the storm on June 12", "2016-06-15") == ["2016-06-03"]


def test_date_references_read_months_named_as_a_time() -> None:
    text = "Shot in January, since mid-December, during May 2015; Mayfair in March, not this month (in June)"
    assert _days(text, "2016-03-20") == [
        "2016-01-01/2016-01-31",
        "2015-12-01/2015-12-31",
        "2015-05-01/2015-05-31",
        "2016-03-01/2016-03-31",
        "2015-06-01/2015-06-30",
    ]
    # the month under way counts when it began DATE_BACK_DAYS before the article's day
    assert _days("a fire in March", "2016-03-05") == []


def test_dates_are_terms_the_vector_leaves_out() -> None:
    text = "Renford Ashcombe was charged on Tuesday over the shooting on March 3 outside the Pellham Arcade."
    terms = article_terms(article("a", text, published="2026-04-20"), 400)
    march = date(2026, 3, 3).toordinal()
    assert terms[DATE] == 1 and terms[f"{DATE}{march}"] == 1 and dates_of(terms) == [(march, march)]
    bare = {t: c for t, c in terms.items() if not t.startswith(DATE)}
    assert dates_of(bare) == [] and DATE not in article_terms(article("b", text), 400)
    frequency = dict.fromkeys(terms, 2)
    assert weigh(terms, frequency, 10, ClusterConfig()) == weigh(bare, frequency, 10, ClusterConfig())


def _incident(victim: str, street: str) -> str:
    return (
        f"{victim}, 19, was shot in the leg outside a corner shop on {street} late on Saturday, police said. "
        f"Officers found {victim} on the pavement; neighbours on {street} said they heard three shots and saw "
        "a grey hatchback drive away toward the ring road."
    )


def _follow_up(victim: str, named: str) -> str:
    return (
        f"Prosecutors charged a 23-year-old man on Monday with attempted murder. He is accused of firing at "
        f"{victim} during an argument on {named}, according to court papers filed this week. Bail was set at "
        "$250,000 and a hearing is scheduled for next month."
    )


def _config(**over: float) -> ClusterConfig:
    """An open window of 3 + 2 days, an archive of 60 days whose own ties need a cosine no follow-up here
    reaches, no far ties: only a date tie takes the follow-up."""
    values: dict[str, float] = {
        "threshold": 0.95,
        "link_threshold": 0.0,
        "time_window_days": 3,
        "late_days": 2,
        "tie_days": 60,
        "tie_threshold": 0.9,
        "tie_event_threshold": 0.0,
        "far_days": 0,
        "date_tie": 0.05,
    }
    values.update(over)
    return ClusterConfig(**values)  # type: ignore[arg-type]


def _weeks_later(config: ClusterConfig, follow_up: str) -> tuple[StreamClusterer, list[str]]:
    clusterer = StreamClusterer(config)
    feed = [
        article("shot", _incident("Dorian Whitlaw", "Grayling Avenue"), published="2026-03-07"),
        article("lookalike", _incident("Ansel Brookfield", "Tamsin Row"), published="2026-03-07"),
        article("school", " ".join(SCHOOL), published="2026-03-20"),
        article("fire", " ".join(WIRE), published="2026-04-02"),
        article("charged", follow_up, published="2026-04-13"),
    ]
    ids = [clusterer.add(a) for a in feed]
    return clusterer, ids


def test_a_follow_up_naming_the_events_day_and_a_name_takes_its_id() -> None:
    clusterer, (shot, lookalike, _, _, later) = _weeks_later(
        _config(), _follow_up("Dorian Whitlaw", "March 7")
    )
    assert later == shot != lookalike
    assert clusterer.ties == [Tie(shot, "charged", 37)]


def test_without_the_day_the_name_or_date_ties_the_follow_up_opens_a_new_event() -> None:
    for config, text in (
        (_config(date_tie=0.0), _follow_up("Dorian Whitlaw", "March 7")),
        (_config(), _follow_up("Dorian Whitlaw", "a Saturday night")),  # no date named
        (_config(), _follow_up("Dorian Whitlaw", "March 21")),  # another day
        (_config(), _follow_up("Leopold Harrowgate", "March 7")),  # the day, but no name shared
    ):
        clusterer, (shot, lookalike, _, _, later) = _weeks_later(config, text)
        assert later not in (shot, lookalike) and clusterer.ties == []


def test_a_far_event_keeps_its_first_day_for_date_ties_and_in_its_state() -> None:
    # no archive: kept far, but too unlike the follow-up for a far tie
    config = _config(tie_days=0, far_days=300, far_names=3, far_threshold=0.9)
    clusterer = StreamClusterer(config)
    clusterer.add(article("shot", _incident("Dorian Whitlaw", "Grayling Avenue"), published="2026-03-07"))
    clusterer.add(article("fire", " ".join(WIRE), published="2026-04-02"))
    state = json.loads(json.dumps(clusterer.to_state()))
    assert [e["first"] for e in state["far"]] == [date(2026, 3, 7).toordinal()]
    resumed = StreamClusterer.from_state(state)
    later = resumed.add(article("charged", _follow_up("Dorian Whitlaw", "March 7"), published="2026-04-13"))
    assert later == state["far"][0]["id"]
    assert resumed.ties == [Tie(state["far"][0]["id"], "charged", 37)]
    del state["far"][0]["first"]  # a state saved before: the newest day stands for the first
    assert StreamClusterer.from_state(state).to_state()["far"][0]["first"] == date(2026, 3, 7).toordinal()


def test_batch_clustering_takes_date_ties_too() -> None:
    articles = [
        article("shot", _incident("Dorian Whitlaw", "Grayling Avenue"), published="2026-03-07"),
        article("fire", " ".join(WIRE), published="2026-04-02"),
        article("charged", _follow_up("Dorian Whitlaw", "March 7"), published="2026-04-13"),
    ]
    assert cluster_articles(articles, _config()) == [["charged", "shot"], ["fire"]]
    assert cluster_articles(articles, _config(date_tie=0.0)) == [["charged"], ["fire"], ["shot"]]


def _match_report(day: str) -> str:
    return (
        f"Dorian Whitlaw scored twice as Kestrel Vale beat the visitors 3-1 on {day}; the forward has eleven "
        "goals this season and the coach praised the midfield's pressing after the break."
    )


def test_a_name_many_of_the_few_articles_seen_hold_ties_no_date() -> None:
    # early in a stream every name is held by few articles: one held by more than DATE_NAMES_ANY_PILE of
    # them must also pass RARE_SHARE (here 4 of 8 hold the victim's name: a namesake's match reports)
    feed = [
        article("shot", _incident("Dorian Whitlaw", "Grayling Avenue"), published="2026-03-07"),
        article("match1", _match_report("Saturday"), published="2026-03-22"),
        article("match2", _match_report("Wednesday"), published="2026-03-26"),
        article("school", " ".join(SCHOOL), published="2026-03-28"),
        article("match3", _match_report("Sunday"), published="2026-03-30"),
        article("fire", " ".join(WIRE), published="2026-04-02"),
        article("charged", _follow_up("Dorian Whitlaw", "March 7"), published="2026-04-13"),
    ]
    for matches, tied in ((True, False), (False, True)):
        clusterer = StreamClusterer(_config())
        ids = {a.id: clusterer.add(a) for a in feed if matches or not a.id.startswith("match")}
        assert (ids["charged"] == ids["shot"]) is tied
        assert bool(clusterer.ties) is tied
