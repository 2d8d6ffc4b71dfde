from newsfuse.config import Config
from newsfuse.model import BriefSentence, DedupResult, Span
from newsfuse.pipeline import EventInput, build_event
from newsfuse.provenance.origins import count_origins, origin_keys, origin_sources, recount_brief
from tests.helpers import article

LEAD = "Spanish police arrested the former dictator at a London clinic on Friday night, officials said."


def test_an_outlets_versions_are_one_source_and_a_reprint_counts_for_its_writer() -> None:
    first = article("ap1", LEAD, outlet="Associated Press")
    second = article("ap2", LEAD + " He had surgery there last week.", outlet="The Associated Press.")
    reprint = article("vc", LEAD, outlet="Valley Courier")
    nyt = article("nyt", "A judge in Madrid sought the arrest.", outlet="New York Times")
    unnamed = article("u1", "Crowds gathered outside the clinic.")
    unnamed_copy = article("u2", "Crowds gathered outside the clinic.")
    keys = {"vc": "ap1", "u2": "u1"}  # dedup: the reprint is ap1's copy, u2 is u1's
    origin = origin_keys([first, second, reprint, nyt, unnamed, unnamed_copy], keys)
    assert origin["ap1"] == origin["ap2"] == origin["vc"] == "outlet:associated press"
    assert origin["nyt"] == "outlet:new york times"
    assert origin["u1"] == origin["u2"] == "story:u1"
    assert count_origins(origin, origin) == 3
    articles = [first, second, reprint, nyt, unnamed, unnamed_copy]
    assert origin_sources(articles, keys, origin) == (
        ("", ("u1", "u2")),  # unknown outlet: the story and its copy, a source of its own
        ("Associated Press", ("ap1", "ap2", "vc")),  # named as the text the key names writes it
        ("New York Times", ("nyt",)),
    )


def test_an_unknown_origin_outlet_keeps_the_story_apart() -> None:
    # the copy's outlet is known but the text it copies is unnamed: the source is that text, not the outlet
    lender = article("x", LEAD)
    copy = article("y", LEAD, outlet="Valley Courier")
    own = article("z", "Valley Courier's own report on the arrest.", outlet="Valley Courier")
    origin = origin_keys([lender, copy, own], {"y": "x"})
    assert origin == {"x": "story:x", "y": "story:x", "z": "outlet:valley courier"}


def test_recount_brief_counts_origins_of_the_evidence() -> None:
    spans = (Span("ap1", 0, 10), Span("ap2", 0, 10), Span("nyt", 0, 5))
    origin = {"ap1": "outlet:ap", "ap2": "outlet:ap", "nyt": "outlet:nyt"}
    brief = [BriefSentence("One.", spans[:2], 2), BriefSentence("Two.", spans, 3)]
    assert [s.independent_sources for s in recount_brief(brief, origin)] == [1, 2]


def test_event_counts_one_source_for_three_write_throughs() -> None:
    body = (
        " The arrest came after a Spanish judge asked Britain to hold him for questioning about the deaths"
        " of Spanish citizens. His lawyers said he was too ill to travel and would fight any extradition."
    )
    versions = [
        article(f"apw{n}", f"{LEAD}{body}{extra}", outlet="Associated Press Worldstream")
        for n, extra in enumerate(("", " Protesters gathered outside.", " The government did not comment."))
    ]
    other = article(
        "nyt", "Britain detained the general at the request of a Madrid court.", outlet="New York Times"
    )
    event = build_event(EventInput((*versions, other), DedupResult((), ())), Config())
    assert event.independent_sources == 2
    ids = {v.id for v in versions}
    spread = [s for s in event.brief if len({v.article_id for v in s.evidence} & ids) > 1]
    assert spread and all(s.independent_sources == 1 for s in spread)
    shared = [f for f in event.facts if len(f.article_ids) > 1 and set(f.article_ids) <= ids]
    assert shared and all(f.independent_sources == 1 for f in shared)
