from newsfuse.compare import compare_event
from newsfuse.compare.quantities import extract_quantities
from newsfuse.compare.quotes import extract_quotes
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
