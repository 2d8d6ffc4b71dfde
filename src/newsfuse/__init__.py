"""newsfuse: turn a pile of news articles into events a reader can trust.

The public surface is small::

    from newsfuse import run, Config, write_outputs
    result = run(["examples/corpus"])          # a RunResult
    report = write_outputs(result, "out")      # writes report.json, index.html, events/*.md
"""

from newsfuse.config import Config
from newsfuse.errors import ConfigError, InputError, NewsfuseError
from newsfuse.pipeline import process, run
from newsfuse.report import report_dict, validate_report, write_outputs

__all__ = [
    "Config",
    "ConfigError",
    "InputError",
    "NewsfuseError",
    "process",
    "report_dict",
    "run",
    "validate_report",
    "write_outputs",
]
__version__ = "0.1.0"
