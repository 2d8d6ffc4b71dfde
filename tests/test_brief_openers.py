"""The forms benchmarks/brief_openers.py counts in brief sentences (audit r27 findings 7 and 8)."""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.brief_openers import count, forms


def test_each_form_on_the_audits_examples() -> None:
    assert forms("UPDATE 11/30 5:04 p.m: The autopsies for the three people have been released.") == ["stamp"]
    assert forms("Update: The man who died has been identified.") == ["stamp"]
    assert forms("- A 3-year-old boy is dead after another child discharged a gun.") == ["dash", "odd_start"]
    assert forms("— ALBANY — A Brooklyn man has been charged.") == ["dash", "odd_start"]
    assert forms("(WMC)- Five teens were shot on Saturday evening.") == ["station", "odd_start"]
    assert forms("(Todd Maisel/New York Daily News) Police are seen at the park.") == ["credit", "odd_start"]
    appeal = "Anyone with information should call Broward Crime Stoppers at (954) 493-TIPS (8477)."
    assert forms(appeal) == ["appeal", "appeal_only"]
    inside = "No suspects were named, and police asked anyone with information to call 203-946-6304."
    assert forms(inside) == ["appeal"]


def test_plain_news_has_no_form() -> None:
    for text in (
        "Police said the two suspects surrendered Monday at the Bessemer police department.",
        '"We have our suspect," the chief said.',
        "Updates on the investigation were given to reporters on Tuesday.",
        "The victim, 24, was taken to a hospital at 5 p.m. and released.",
    ):
        assert forms(text) == []


def test_count_reads_reports_and_dumps(tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    brief = [{"text": "UPDATE: The shooter has been identified."}, {"text": "Police said more."}]
    report.write_text(json.dumps({"events": [{"id": "ev-1", "brief": brief}]}), encoding="utf-8")
    dump = tmp_path / "dump.jsonl"
    rows = [
        {"set": "s", "kind": "html", "event": "ev-2", "what": "brief", "shown": "• A man was hit."},
        {"set": "s", "kind": "html", "event": "ev-2", "what": "quote", "shown": "- not a brief sentence"},
    ]
    dump.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert count([report]) == {**dict.fromkeys(count([]), 0), "brief_sentences": 2, "stamp": 1}
    assert count([dump])["dash"] == 1
    assert count([dump])["brief_sentences"] == 1
