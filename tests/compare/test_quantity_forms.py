"""Rates written with a slash and bare counts after a verb of harm, arrest or rescue (issue 7, session 14)."""

from newsfuse.compare.quantities import extract_quantities
from tests.helpers import article


def _read(text: str) -> list[tuple[float | None, str | None, str]]:
    return [(m.number, m.unit, m.slot) for m in extract_quantities(article("a", text)) if m.unit != "clock"]


def test_a_rate_written_with_a_slash_after_the_unit() -> None:
    assert _read("Brent crude settled at $71.40/barrel on Tuesday.")[0][:2] == (71.4, "USD per barrel")
    assert _read("Wool fetched A$11.20/kg at the sale.")[0][:2] == (11.2, "AUD per kilogram")
    assert _read("Office space lets for £38/sq ft near the depot.")[0][:2] == (38.0, "GBP per square foot")
    assert _read("The board paid 18p/share, up from 15p.")[:2] == [
        (18.0, "penny per share", "penny per share"),
        (15.0, "penny", "penny"),
    ]
    assert _read("Growers were paid 42 cents/kg for apples.")[0][:2] == (42.0, "cent per kilogram")


def test_a_bare_count_after_a_verb_of_harm_or_arrest_is_named_by_the_verb() -> None:
    assert _read("Police in Dunmore arrested 14 after the match.") == [(14.0, None, "arrest")]
    assert _read("The landslide killed at least nine and cut the road.") == [(9.0, None, "kill")]
    assert _read("The blast injured 31, four of them seriously.") == [
        (31.0, None, "injur"),
        (4.0, None, "part of injur"),
    ]


def test_no_count_after_a_passive_verb_or_an_unlisted_one() -> None:
    # not a count of people shot; since session 16 "four" shares the unit of its alternative (CQE's shared unit)
    assert _read("The teen was shot four or five times, police said.") == [
        (4.0, "time", "time"),
        (5.0, "time", "time"),
    ]
    assert _read("The committee met 12 after the vote.") == []


def test_a_price_per_tonne_after_a_slash_and_more_verbs() -> None:
    assert _read("Copper slid to $8,420/t on the exchange.")[0][:2] == (8420.0, "USD per tonne")
    assert _read("The avalanche buried six, and rescuers dug out four alive.")[0] == (6.0, None, "buri")


def test_a_bare_number_before_a_verb_counts_no_verb_but_a_toll_or_a_passive_keeps_its_verb() -> None:
    from newsfuse.compare.quantities import extract_quantities as _extract
    from tests.helpers import article as _article

    def slots(text: str) -> list[tuple[str, str]]:
        return [(m.text, m.slot) for m in _extract(_article("q", text))]

    assert slots("A crowd of 18,000 watched the final at the harbour.") == [("18,000", "number")]
    assert slots("Surgeons treated 46 patients, and 9 remain in intensive care.")[-1] == ("9", "number")
    assert slots("Some 350 residents came, and 112 signed up to speak.")[-1] == ("112", "number")
    assert slots("The hospital said 11 injured were still being treated.")[0][1] == "injured"
    assert slots("Four were treated at the scene.")[0][1] == "treat"
    assert slots("Three died at the scene.")[0][1] == "died"
    assert slots("The council bought 83 spent shell casings.")[0][1] == "casing"
