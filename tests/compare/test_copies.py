"""A copy of a text already read (another article id, the same text) takes that reading with its spans moved:
the same mentions, dates, notes and credits as reading it afresh."""

from dataclasses import fields, replace

from newsfuse.compare.align import clear_caches
from newsfuse.compare.article import article_mentions, article_quotes
from newsfuse.compare.mentions import Mention
from newsfuse.compare.quotes import extract_quotes
from newsfuse.model import Span
from newsfuse.provenance.credits import extract_credits
from newsfuse.provenance.drift import quality_notes
from newsfuse.provenance.timeline import timeline
from tests.helpers import WIRE, article

TEXT = (
    "\n\n".join(WIRE)
    + "\n\nLast Tuesday 35% of the stock, worth $2.4 million, was lost, Reuters reported. The firm took a "
    "decision on March 3 to rebuild by 2027 in 3 cities: Dover, Hull and York, according to a report in The Star."
)


def test_mention_moved_passes_every_field_on() -> None:
    values = {f.name: f"value {k}" for k, f in enumerate(fields(Mention))}  # every field set, none default
    mention = Mention(**{**values, "span": Span("a", 3, 9)})  # type: ignore[arg-type]
    assert mention.moved("b") == replace(mention, span=Span("b", 3, 9))


def test_a_copy_reads_as_a_fresh_read() -> None:
    first = article("a", TEXT, outlet="Port Emmet Courier", published="2026-03-10T08:00:00Z")
    copy = article("b", TEXT, outlet="The Star", published="2026-03-12")
    clear_caches()
    fresh = article_mentions(copy)
    fresh_dates = timeline([copy])
    fresh_notes, fresh_credits = list(quality_notes([copy])), list(extract_credits(copy, ["The Star"]))
    clear_caches()
    article_mentions(first)
    timeline([first])
    list(quality_notes([first]))
    list(extract_credits(first, ["The Star"]))
    moved = article_mentions(copy)
    assert moved == fresh
    assert moved.quantities and moved.dates and moved.entities and moved.place_lists and moved.quotes
    assert {m.span.article_id for m in (*moved.dates, *moved.quantities, *moved.entities, *moved.quotes)} == {
        "b"
    }
    assert timeline([copy]) == fresh_dates and fresh_dates
    assert list(quality_notes([copy])) == fresh_notes and fresh_notes
    assert list(extract_credits(copy, ["The Star"])) == fresh_credits and fresh_credits


def test_a_copy_takes_the_quotes_read_for_its_text() -> None:
    first = article("a", TEXT)
    copy = article("b", TEXT)
    clear_caches()
    fresh = extract_quotes(copy)
    clear_caches()
    assert article_quotes(first) == extract_quotes(first) and fresh
    extract_quotes.cache_clear()
    assert article_quotes(copy) == fresh  # moved from the first reading, not read again
    assert extract_quotes.cache_info().misses == 0
