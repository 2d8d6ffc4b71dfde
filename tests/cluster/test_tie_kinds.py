"""The kind of name a date tie shares (``cluster.kinds``, ``cluster.tie_general_weight``)."""

from newsfuse.cluster import StreamClusterer
from newsfuse.cluster.kinds import by_kind, general_name
from tests.cluster.test_date_ties import _config, _follow_up, _incident
from tests.cluster.test_stream import SCHOOL
from tests.helpers import WIRE, article


def test_countries_peoples_and_institutions_are_general_names() -> None:
    general = [
        "e:netherlands",  # a country
        "e:texas",  # a state
        "e:indians",  # a people named after a country (india)
        "e:native americans",  # after the short name in an official one (united states of america)
        "e:japanese",
        "e:national institutes health",  # an institution: a cue word, plural or not
        "e:mobile police department",
    ]
    specific = [
        "e:dorian whitlaw",
        "e:grayling avenue",
        "e:whitlaw",
        "e:brisbane",
        "e:garfield demarco",
        "e:",
    ]
    assert [t for t in general if not general_name(t)] == []
    assert [t for t in specific if general_name(t)] == []


def test_by_kind_weighs_only_general_names() -> None:
    vector = {"e:indians": 0.5, "e:dorian whitlaw": 0.5, "indians": 0.5, "shot": 0.5}
    assert by_kind(vector, 1.0) is vector
    assert by_kind(vector, 0.0) == {"e:indians": 0.0, "e:dorian whitlaw": 0.5, "indians": 0.5, "shot": 0.5}


def _announcement() -> str:
    return (
        "Canadian and Japanese negotiators reached a salmon quota accord before the Commission adjourned, "
        "delegates said. Japanese boats may take fewer fish next season."
    )


def _revisit() -> str:
    return (
        "Fishermen in Hokkaido complained on Friday that the limit the Commission set on March 7 with "
        "Canadian envoys hurts small crews; Japanese exporters agree."
    )


def _tied(weight: float, first: str, later: str) -> bool:
    """Whether ``later``, five weeks after ``first`` and naming its day, takes its event (date_tie 0.15: the
    revisit reaches it with its names, not with its words alone)."""
    clusterer = StreamClusterer(_config(tie_general_weight=weight, date_tie=0.15))
    feed = [
        article("first", first, published="2026-03-07"),
        article("school", " ".join(SCHOOL), published="2026-03-20"),
        article("fire", " ".join(WIRE), published="2026-04-02"),
        article("later", later, published="2026-04-13"),
    ]
    ids = [clusterer.add(a) for a in feed]
    return ids[-1] == ids[0]


def test_a_date_tie_on_general_names_alone_needs_their_weight() -> None:
    # a topic revisited: the names shared are peoples' and an institution's; with them weighed 0 the
    # revisit's words alone do not reach date_tie
    assert _tied(1.0, _announcement(), _revisit())
    assert not _tied(0.0, _announcement(), _revisit())
    # a follow-up naming the victim ties whatever the weight of general names
    incident = _incident("Dorian Whitlaw", "Grayling Avenue")
    assert _tied(0.0, incident, _follow_up("Dorian Whitlaw", "March 7"))
