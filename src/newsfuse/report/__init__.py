"""Report: the JSON contract, Markdown per event, and the static HTML report."""

from newsfuse.report.contract import SCHEMA_PATH, report_dict, validate_report
from newsfuse.report.html import render_index
from newsfuse.report.markdown import event_markdown
from newsfuse.report.write import write_outputs

__all__ = ["SCHEMA_PATH", "event_markdown", "render_index", "report_dict", "validate_report", "write_outputs"]
