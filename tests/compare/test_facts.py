from typing import Any

from newsfuse.compare import compare_event
from newsfuse.compare.mentions import Mention
from newsfuse.compare.quantities import extract_quantities
from newsfuse.compare.quotes import extract_quotes
from newsfuse.compare.statements import NumberIndex, claim
from newsfuse.config import CompareConfig
from newsfuse.model import Fact, Span
from tests.helpers import article


def test_quantities_with_unit_and_referent() -> None:
    a = article(
        "a",
        "About 120 firefighters responded. Damage reached $2.4 million and 35% of the stock was lost "
        "in 2025, officials said. The fire burned for six hours.",
    )
    found = {(m.value, m.slot) for m in extract_quantities(a)}
    assert ("about 120", "firefighter") in found
    assert ("2,400,000", "USD") in found
    assert ("35", "percent stock") in found
    assert ("6", "duration") in found
    assert not any(m.value == "2,025" for m in extract_quantities(a))


def test_quotes_with_speakers_and_pronoun_resolution() -> None:
    a = article(
        "a",
        'Mayor Lena Brandt visited the site. "We will not reopen it until it is safe," she said. '
        '"Nobody should have to wait this long," said Dev Ranganathan, a council member.',
    )
    quotes = {m.value: m.speaker for m in extract_quotes(a)}
    assert quotes == {
        "We will not reopen it until it is safe": "Lena Brandt",
        "Nobody should have to wait this long": "Dev Ranganathan",
    }


def test_conflicting_counts_and_speakers_across_sources() -> None:
    a = article(
        "a", 'Officials said 140 firefighters fought the blaze. "We lost the building," said Rosa Delgado.'
    )
    b = article("b", 'About 120 firefighters fought the blaze. "We lost the building," said Tom Reyes.')
    c = article("c", "Some 140 firefighters were at the scene, the county said.")
    facts = compare_event([a, b, c], {"a": "a", "b": "b", "c": "c"})
    counts = {f.value: f for f in facts if f.slot == "firefighter"}
    assert set(counts) == {"140", "about 120"}
    assert counts["140"].article_ids == ("a", "c") and counts["140"].independent_sources == 2
    assert [c.value for c in counts["140"].conflicts] == ["about 120"]
    speakers = {f.speaker: f for f in facts if f.kind == "quote"}
    assert set(speakers) == {"Rosa Delgado", "Tom Reyes"}
    assert speakers["Rosa Delgado"].conflicts[0].value == "Tom Reyes"
    for fact in facts:
        for span in fact.evidence:
            assert span.end > span.start


def test_values_one_independent_source_gives_both_ways_are_no_conflict() -> None:
    """An outlet's later version changing its own figure or speaker is no disagreement between sources
    (reader audit F-7: conflicts per origin outlet, as every count); another outlet's value still is."""
    first = article(
        "ap1", 'Officials said 140 firefighters fought the blaze. "We lost it," said Rosa Delgado.'
    )
    later = article("ap2", 'Officials said 120 firefighters fought the blaze. "We lost it," said Tom Reyes.')
    other = article("nyt", "Some 120 firefighters fought the blaze, the county said.")
    one_outlet = {"ap1": "outlet:ap", "ap2": "outlet:ap"}
    facts = compare_event([first, later], one_outlet)
    assert not any(f.conflicts for f in facts)
    per_article = compare_event([first, later], {"ap1": "ap1", "ap2": "ap2"})
    assert {c.aspect for f in per_article for c in f.conflicts} == {"value", "speaker"}
    facts = compare_event([first, later, other], {**one_outlet, "nyt": "outlet:nyt"})
    counts = {f.value: f for f in facts if f.slot == "firefighter"}
    assert counts["120"].independent_sources == 2 and counts["140"].independent_sources == 1
    assert not counts["140"].conflicts  # AP gave both: its update, not a clash with the NYT's 120
    # ... but one source's two figures, in two of its articles: the reader is shown them as such
    assert [c.value for c in counts["140"].revised] == ["120"] and counts["140"].revised[0].article_ids == (
        "ap2",
        "nyt",
    )
    assert not any(f.revised for f in compare_event([first, later], {"ap1": "ap1", "ap2": "ap2"}))


def test_an_article_is_read_once_and_a_changed_text_is_read_again() -> None:
    from newsfuse.compare.article import article_mentions

    text = 'About 120 firefighters responded. "We lost the building," said Rosa Delgado.'
    first = article_mentions(article("a", text))
    assert article_mentions(article("a", text)) is first  # an equal article: its mentions are reused
    changed = article_mentions(article("a", text.replace("120", "140")))
    assert changed is not first and changed.quantities[0].value == "about 140"
    assert [q.speaker for q in first.quotes] == ["Rosa Delgado"]
    facts = compare_event([article("a", text), article("b", text)], {"a": "a", "b": "b"})
    assert facts == compare_event([article("a", text), article("b", text)], {"a": "a", "b": "b"})


def _reported(facts: list[Fact]) -> list[Fact]:
    return [f for f in facts if f.kind == "reported"]


def test_reported_speech_aligned_by_speaker_and_content_with_a_direct_quote_joining() -> None:
    a = article(
        "a",
        "Harbor master Odile Fenn said the ferry would resume service within three weeks once the pier is "
        "repaired.",
    )
    b = article(
        "b",
        'Odile Fenn, the harbor master, spoke at the pier. "The ferry will resume service within three weeks '
        'once we have repaired the pier," Fenn said.',
    )
    c = article("c", "Fenn said the ferry service would resume in three weeks after repairs to the pier.")
    d = article("d", "Councillor Ivo Marsh said the ferry would resume service within three weeks.")
    facts = _reported(compare_event([a, b, c, d], {"a": "a", "b": "b", "c": "c", "d": "a"}))
    fenn = [f for f in facts if f.speaker == "Odile Fenn"]
    assert len(fenn) == 1  # one claim: two outlets in their own words, one quoting it directly
    fact = fenn[0]
    assert fact.article_ids == ("a", "b", "c") and fact.independent_sources == 3
    assert fact.text == "the ferry would resume service within three weeks once the pier is repaired"
    assert len(fact.cues) == len(fact.evidence) == 3
    texts = {a.id: a.text for a in (a, b, c)}
    forms = {
        s.article_id: (texts[s.article_id][cue.start : cue.end] if cue else None)
        for s, cue in zip(fact.evidence, fact.cues, strict=True)
    }
    assert forms == {"a": "said", "b": None, "c": "said"}  # b quotes Fenn directly: no cue
    assert texts["b"][fact.evidence[1].start : fact.evidence[1].end].startswith("The ferry will resume")
    assert not fact.conflicts
    marsh = [f for f in facts if f.speaker == "Ivo Marsh"]
    assert len(marsh) == 1 and marsh[0].article_ids == ("d",)  # another speaker: another fact


def test_reported_conflicts_only_for_one_named_speaker_negated_or_with_other_numbers() -> None:
    a = article(
        "a", "Engineer Walter Brisk said trucks would be allowed to cross the bridge during the repair."
    )
    b = article("b", "Walter Brisk said trucks would not be allowed to cross the bridge during the repair.")
    c = article("c", "Walter Brisk said the repair would take six weeks to finish on the bridge.")
    d = article("d", "Walter Brisk said the repair would take ten weeks to finish on the bridge.")
    e = article("e", "Officials said trucks would not be allowed to cross the bridge during the repair.")
    facts = _reported(compare_event([a, b, c, d, e], {x: x for x in "abcde"}))
    conflicts = {(f.article_ids, c.article_ids, c.aspect) for f in facts for c in f.conflicts}
    assert conflicts == {
        (("a",), ("b",), "negation"),
        (("b",), ("a",), "negation"),
        (("c",), ("d",), "value"),
        (("d",), ("c",), "value"),
    }  # "Officials" (no name) contradict nobody; a and e differ in speaker, not a conflict


def test_reported_speech_can_be_switched_off() -> None:
    a = article("a", "Walter Brisk said trucks would be allowed to cross the bridge during the repair.")
    on = compare_event([a], {"a": "a"})
    off = compare_event([a], {"a": "a"}, CompareConfig(reported_speech=False))
    assert [f.kind for f in on if f.kind == "reported"] == ["reported"]
    assert [f for f in on if f.kind != "reported"] == off


def test_reported_facts_in_report_json_markdown_and_html(corpus_report: dict[str, Any]) -> None:
    from newsfuse.report.html import event_body
    from newsfuse.report.markdown import event_markdown
    from newsfuse.report.view import event_view

    articles = {a["id"]: a for a in corpus_report["articles"]}
    event = next(e for e in corpus_report["events"] if "millbrook-sentinel-bridge.txt" in e["article_ids"])
    reported = [f for f in event["facts"] if f["kind"] == "reported"]
    six_weeks = next(f for f in reported if "at least six weeks" in f["text"] and len(f["article_ids"]) > 2)
    assert len(six_weeks["cues"]) == len(six_weeks["evidence"]) and None in six_weeks["cues"]
    for cue in six_weeks["cues"]:
        if cue is not None:
            assert articles[cue["article_id"]]["text"][cue["start"] : cue["end"]].endswith("said")
    planted = [f for f in reported if any(c["aspect"] == "negation" for c in f["conflicts"])]
    assert {f["speaker"] for f in planted} == {"Walter Brisk"} and len(planted) == 2
    markdown = event_markdown(event, articles)
    assert "what Walter Brisk said: ambulances and fire trucks would" in markdown
    assert "(quoted directly 1x)" in markdown
    html = event_body(event_view(event, articles))
    assert "quoted directly: 1" in html and "conflicts (negation) with" in html


def test_a_reported_speaker_is_named_as_the_event_names_the_person() -> None:
    from newsfuse.compare.align import _person

    names = {"Ranganathan": "Dev Ranganathan", "Riverside": "Dev Ranganathan of Riverside"}
    people = {"Dev Ranganathan", "Dev Ranganathan of Riverside", "Secretary"}
    assert _person("Ranganathan", names, people) == "Dev Ranganathan"
    assert _person("Riverside", names, people) == "Dev Ranganathan"
    assert _person("Secretary of State", names, people) == "Secretary of State"  # no full name before "of"
    assert _person("Bank of Ostend", names, people) == "Bank of Ostend"


def test_reported_facts_do_not_depend_on_the_order_of_the_articles() -> None:
    texts = [
        "Walter Brisk said the bridge would stay closed for at least six weeks.",
        "Brisk said the closure of the bridge would last at least six weeks, and that buses would be rerouted.",
        "Walter Brisk said buses would be rerouted over the Route 9 bridge during the closure.",
    ]
    arts = [article(f"a{k}", t) for k, t in enumerate(texts)]
    sources = {a.id: a.id for a in arts}
    assert _reported(compare_event(arts, sources)) == _reported(compare_event(arts[::-1], sources))


def test_a_claims_numbers_are_those_inside_its_span() -> None:
    text = (
        "About 120 firefighters responded. The chief said the fire burned for six hours and cost "
        "$2.4 million. Officials said 35% of the stock was lost."
    )
    a = article("a", text)
    quantities = list(extract_quantities(a))
    start = text.index("the fire burned")
    span = Span("a", start, text.index(". Officials"))
    content = Mention("reported", "reported speech", text[span.start : span.end], "", span, "Chief")
    inside = {(q.slot, q.number) for q in quantities if start <= q.span.start and q.span.end <= span.end}
    by_list, by_index = claim(content, None, quantities), claim(content, None, NumberIndex.of(quantities))
    assert by_list == by_index
    assert by_index.numbers == inside and {"USD", "duration"} == {slot for slot, _ in inside}
    assert not any(slot == "firefighter" or slot.startswith("percent") for slot, _ in by_index.numbers)


def test_each_quantity_fact_of_an_event_has_its_own_id() -> None:
    """Durations are days: 20, 15 and 10 minutes all show as "0.01" and shared one id (a page's link and a
    conflict's other side named the wrong fact); a value shown whole keeps the id it had."""
    from newsfuse.compare.align import _fact_id

    a = article(
        "a", "The drive took 20 minutes. A 15-minute wait followed. Ten minutes later 1,200 people left."
    )
    facts = [f for f in compare_event([a], {"a": "a"}) if f.kind == "quantity"]
    assert len({f.id for f in facts}) == len(facts) >= 4
    people = next(f for f in facts if f.slot == "people")
    assert people.id == _fact_id("quantity", "people", "1,200")
