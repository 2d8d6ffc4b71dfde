from typing import Any

from newsfuse.compare.dates import extract_dates
from newsfuse.model import RunResult
from newsfuse.provenance.credits import extract_credits, resolve_outlet
from newsfuse.provenance.drift import MEANING, PARAPHRASED, TRIMMED, classify
from newsfuse.provenance.timeline import resolve
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


def test_corpus_report_has_credits_drift_and_timeline(
    corpus_report: dict[str, Any], corpus_result: RunResult
) -> None:
    drift = [d for e in corpus_report["events"] for d in e["quote_drift"]]
    assert not any(d["flagged"] for d in drift if d["change"] == "trimmed")
    assert any(e["credits"] for e in corpus_report["events"])
    assert all(e["timeline"] is not None for e in corpus_report["events"])
