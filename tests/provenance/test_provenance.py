from typing import Any

from newsfuse.compare.dates import extract_dates
from newsfuse.model import Article, RunResult
from newsfuse.provenance import trace_event
from newsfuse.provenance.credits import extract_credits, resolve_outlet
from newsfuse.provenance.drift import MEANING, PARAPHRASED, TRIMMED, classify, quality_notes
from newsfuse.provenance.timeline import resolve
from newsfuse.report.markdown import event_markdown
from tests.helpers import article


def test_credits_with_alias_resolution_and_no_self_credit() -> None:
    a = article(
        "a",
        "PORT EMMET (CPS) — A fire broke out. The fire was first reported by The Millbrook Sentinel. "
        "Achebe told the AP that it was bad. Officials told reporters nothing.",
        outlet="Valley Courier",
    )
    found = {
        (c.outlet, c.cue) for c in extract_credits(a, ["Continental Press Service", "Millbrook Sentinel"])
    }
    assert found == {
        ("Continental Press Service", "dateline"),
        ("Millbrook Sentinel", "first reported by"),
        ("The Associated Press", "told"),
    }
    own = article("b", "PORT EMMET (CPS) — A fire broke out.", outlet="Continental Press Service")
    assert not list(extract_credits(own, ["Continental Press Service"]))
    assert resolve_outlet("NYT", []) == "The New York Times"
    assert resolve_outlet("the Times", ["The New York Times", "Valley Courier"]) == "The New York Times"
    assert resolve_outlet("the Times", ["The New York Times", "The Irish Times"]) == "The Times"


def test_drift_classes_never_flag_trimming() -> None:
    original = (
        "we will carry out targeted inspections of the kitchens with the worst records starting on monday"
    )
    assert (
        classify(original, "we will carry out targeted inspections of the kitchens with the worst records")
        == TRIMMED
    )
    assert (
        classify(original, "we will carry out mass inspections of every kitchen starting on monday")
        == MEANING
    )
    assert classify("we will not stop", "we will not stop now") == TRIMMED
    assert classify("they are going to fix it", "they are gonna fix it") in (PARAPHRASED, MEANING)


def test_weekday_and_span_resolution() -> None:
    a = article(
        "a",
        "It began early Thursday. Investigators will arrive on Friday. Fares hold from April through September.",
    )
    resolved = {d.text: resolve(d, "2026-03-12") for d in extract_dates(a)}
    assert resolved["early Thursday"] == "2026-03-12"
    assert resolved["on Friday"] == "2026-03-13"
    assert resolved["from April through September"] == "2026-04/2026-09"
    b = article("b", "Talks ended yesterday and resume tomorrow. Last night it rained.")
    assert [resolve(d, "2026-03-12") for d in extract_dates(b)] == ["2026-03-11", "2026-03-13", "2026-03-11"]


def test_corpus_report_has_credits_drift_and_timeline(
    corpus_report: dict[str, Any], corpus_result: RunResult
) -> None:
    drift = [d for e in corpus_report["events"] for d in e["quote_drift"]]
    assert not any(d["flagged"] for d in drift if d["change"] == "trimmed")
    assert any(e["credits"] for e in corpus_report["events"])
    assert all(e["timeline"] is not None for e in corpus_report["events"])


def test_wire_dateline_joins_the_wire_source_but_a_softer_credit_does_not() -> None:
    wire = article(
        "w", "PORT EMMET (CPS) — A fire broke out on the quay.", outlet="Continental Press Service"
    )
    copy = article(
        "c", "PORT EMMET (CPS) — A fire broke out on the quay, crews said.", outlet="Valley Courier"
    )
    rewrite = article(
        "r",
        "Riverside crews helped. This story includes information from Continental Press Service.",
        outlet="RT",
    )
    pile = [wire, copy, rewrite]
    trace = trace_event(pile, {a.id: a.id for a in pile})
    assert trace.source_of["c"] == "w"
    assert trace.source_of["r"] == "r"
    assert {(c.article_id, c.cue) for c in trace.credits} == {
        ("c", "dateline"),
        ("r", "includes information from"),
    }


def test_quality_notes_report_rewriting_signals() -> None:
    farm = article("f", "The fireplace fighters said that said the blaze [i.e. the fire] was out.")
    notes = [n for _, n in quality_notes([farm])]
    assert any(n.startswith("bracketed gloss") for n in notes)
    assert any(n.startswith("spun synonyms") for n in notes)


def test_markdown_shows_comparison_and_provenance(corpus_report: dict[str, Any]) -> None:
    articles = {a["id"]: a for a in corpus_report["articles"]}
    pages = [event_markdown(e, articles) for e in corpus_report["events"]]
    assert any("## Where sources disagree" in p and "## Coverage (outlets × facts)" in p for p in pages)
    assert any("## Provenance" in p and "## Timeline" in p for p in pages)
    assert any("## What each outlet adds" in p for p in pages)


def test_drift_needs_quotes_in_two_articles() -> None:
    quote = 'The mayor said: "We will rebuild the bridge before the winter comes to the valley."\n'
    one = Article(id="a", path="a", text=quote + quote.replace("rebuild", "repair"), outlet="A Post")
    other = Article(id="b", path="b", text="The bridge closed on Monday after the flood.", outlet="B Times")
    assert trace_event([one], {"a": "a"}).quote_drift == ()
    assert trace_event([one, other], {"a": "a", "b": "b"}).quote_drift == ()
    copy = Article(id="c", path="c", text=quote.replace("rebuild", "repair"), outlet="C Wire")
    assert trace_event([one, copy], {"a": "a", "c": "c"}).quote_drift
