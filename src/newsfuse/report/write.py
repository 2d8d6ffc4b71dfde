"""Writing a run's outputs: report.json, index.html, events/<id>.md, config.json."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from newsfuse.model import RunResult
from newsfuse.report.contract import report_dict
from newsfuse.report.html import render_index
from newsfuse.report.markdown import event_markdown


def write_outputs(result: RunResult, out_dir: str | Path) -> dict[str, Any]:
    """Write every output of a run into ``out_dir``; returns the report dict."""
    out = Path(out_dir)
    (out / "events").mkdir(parents=True, exist_ok=True)
    report = report_dict(result)
    (out / "report.json").write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    (out / "config.json").write_text(json.dumps(result.config, indent=1), encoding="utf-8")
    (out / "index.html").write_text(render_index(report), encoding="utf-8")
    articles = {a["id"]: a for a in report["articles"]}
    for event in report["events"]:
        (out / "events" / f"{event['id']}.md").write_text(event_markdown(event, articles), encoding="utf-8")
    return report
