"""Writing a run's outputs: report.json, index.html, events/<id>.md, config.json."""

from __future__ import annotations

import gc
import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from newsfuse.model import RunResult
from newsfuse.report.contract import report_dict
from newsfuse.report.html import render_index
from newsfuse.report.markdown import event_markdown


def dump_report(report: dict[str, Any], handle: TextIO) -> None:
    """Write ``report`` as JSON with one article or event per line.

    Each record goes through the C encoder (``json.dumps`` without ``indent``, several times faster
    than the indenting one) and is written as it is encoded, so no string of the whole report is made.
    """
    handle.write("{")
    for n, (key, value) in enumerate(report.items()):
        handle.write(("," if n else "") + f"\n{json.dumps(key)}: ")
        if isinstance(value, list) and value:
            for m, item in enumerate(value):
                handle.write(("[\n" if m == 0 else ",\n") + json.dumps(item, ensure_ascii=False))
            handle.write("\n]")
        else:
            handle.write(json.dumps(value, ensure_ascii=False))
    handle.write("\n}\n")


@contextmanager
def _without_cycle_collection() -> Iterator[None]:
    """Pause the cycle collector: building a report makes millions of small acyclic dicts, and each
    collection they trigger walks the whole (large) run held in memory."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def write_outputs(result: RunResult, out_dir: str | Path) -> dict[str, Any]:
    """Write every output of a run into ``out_dir``; returns the report dict."""
    out = Path(out_dir)
    (out / "events").mkdir(parents=True, exist_ok=True)
    with _without_cycle_collection():
        report = report_dict(result)
        with (out / "report.json").open("w", encoding="utf-8") as handle:
            dump_report(report, handle)
        (out / "config.json").write_text(json.dumps(result.config, indent=1), encoding="utf-8")
        (out / "index.html").write_text(render_index(report), encoding="utf-8")
        articles = {a["id"]: a for a in report["articles"]}
        for event in report["events"]:
            markdown = event_markdown(event, articles)
            (out / "events" / f"{event['id']}.md").write_text(markdown, encoding="utf-8")
    return report
