"""Counts of chrome openers and tip-line appeals in brief sentences (product audit r27, findings 7 and 8).

    .venv/bin/python benchmarks/brief_openers.py OUT/report.json [DUMP.jsonl ...] [--list FORM]

Reads every brief sentence of ``newsfuse run`` reports (``report.json``) and of ``bench_brief_chrome.py
--dump`` files (the rows ``"what": "brief"``, their ``shown`` text) and counts the sentences whose text has
one of ``FORMS``. The forms are written from what a reader sees, independently of the summariser's rules:

- ``stamp``: opens with an update or correction stamp ("UPDATE 11/30 5:04 p.m: ...", "Updated: ...").
- ``dash``: opens with a dash or a list bullet ("- A 3-year-old boy ...", "— ALBANY — ...").
- ``station``: opens with a station or agency code in brackets that no dateline place precedes ("(WMC)- ...",
  "(CBS) –– ...", "(CBS/AP) ALBUQUERQUE ...").
- ``credit``: opens with a bracketed photo credit naming a person and an outlet ("(Todd Maisel/New York Daily
  News) Police are seen ...").
- ``appeal``: a tip-line appeal with a telephone number ("Anyone with information should call ... (954)
  493-TIPS"); ``appeal_only`` counts those among them that open with the appeal.
- ``odd_start``: opens with neither a letter, a digit nor a quotation mark (any other chrome head, and a
  check that a cut leaves no stray mark).

A sentence may have several forms. ``--list FORM`` prints the sentences of one form.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

FORMS = ("stamp", "dash", "station", "credit", "appeal", "appeal_only", "odd_start")

_STAMP = re.compile(
    r"^\W{0,2}(?:UPDATE[DS]?|CORRECTION|EDITOR'?S NOTE|BREAKING|DEVELOPING)\b"
    r"|^\W{0,2}(?:Update[ds]?|Correction|Editor'?s note)\s*(?:[:@(\[\]–—-]|\d)"
)
_DASH = re.compile(r"^\s*(?:[-—–‒―•*·▪►●■]|--)")
_STATION = re.compile(r"^\s*\([A-Z][A-Z0-9]{1,6}(?:[/-][A-Z0-9]{1,6})*\)")
_CREDIT = re.compile(r"^\s*\((?:[^()]*[a-z][^()]*/[^()]*|[^()]*\b(?:[Pp]hoto|PHOTO|[Cc]redit)\b[^()]*)\)")
_PHONE = re.compile(
    r"\(?\b\d{3}\)?[\s.-]{0,2}\d{3}[\s.-]?(?:\d{4}|[A-Z]{4})\b|\b1-8\d\d-|\b\d{3}-[A-Z]{4}\b|\*\*?\d{2,4}\b"
)
_APPEAL = re.compile(
    r"\b(?:call|contact|tips?|crime ?stoppers|crime solvers|information|text|submit|reach)\b", re.IGNORECASE
)
_APPEAL_HEAD = re.compile(
    r"^\W{0,2}(?:anyone|those|people|residents|witnesses|whoever|if (?:you|anyone)|please|call|contact|tips?"
    r"|tipsters?|information|you (?:can|may|are)|to (?:report|leave|submit)|crime ?stoppers)\b",
    re.IGNORECASE,
)


def forms(text: str) -> list[str]:
    """The ``FORMS`` the brief sentence ``text`` has (none for most)."""
    found = []
    if _STAMP.match(text):
        found.append("stamp")
    if _DASH.match(text):
        found.append("dash")
    if _STATION.match(text):
        found.append("station")
    elif _CREDIT.match(text):
        found.append("credit")
    if _PHONE.search(text) and _APPEAL.search(text):
        found.append("appeal")
        if _APPEAL_HEAD.match(text):
            found.append("appeal_only")
    head = text.lstrip()[:1]
    if head and not (head.isalnum() or head in "\"'“‘`«„"):
        found.append("odd_start")
    return found


def sentences(path: Path) -> Iterable[tuple[str, str]]:
    """(where, text) of every brief sentence in a report.json or a bench_brief_chrome dump."""
    if path.suffix == ".jsonl":
        with path.open(encoding="utf-8") as rows:
            for line in rows:
                row = json.loads(line)
                if row.get("what") == "brief":
                    yield f"{row['set']}/{row['kind']} {row['event']}", row["shown"]
        return
    report = json.loads(path.read_text(encoding="utf-8"))
    for event in report["events"]:
        for sentence in event["brief"]:
            yield event["id"], sentence["text"]


def count(paths: Sequence[Path], listed: str | None = None) -> dict[str, int]:
    """Brief sentences and each form's count over ``paths``; prints the sentences of form ``listed``."""
    tally: Counter[str] = Counter()
    for path in paths:
        for where, text in sentences(path):
            tally["brief_sentences"] += 1
            found = forms(text)
            tally.update(found)
            if listed in found:
                print(f"  {where}: {text[:160]!r}")
    return {key: tally[key] for key in ("brief_sentences", *FORMS)}


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+", type=Path, help="report.json files or bench_brief_chrome dumps")
    parser.add_argument("--list", choices=FORMS, default=None, help="print the sentences of this form")
    args = parser.parse_args(argv)
    for path in args.paths:
        print(path, json.dumps(count([path], args.list)))


if __name__ == "__main__":
    main()
