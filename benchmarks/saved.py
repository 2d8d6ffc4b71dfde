"""Where the benchmarks keep their latest figures: ``benchmarks/results/<name>.json`` and, beside it, the
human-readable ``<name>.md``."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).resolve().parent / "results"


def save_results(name: str, results: Mapping[str, Any], markdown: str | None = None, indent: int = 2) -> None:
    """Write ``results`` as ``<name>.json`` and, when given, ``markdown`` as ``<name>.md``."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / f"{name}.json").write_text(json.dumps(results, indent=indent) + "\n", encoding="utf-8")
    if markdown is not None:
        (RESULTS / f"{name}.md").write_text(markdown, encoding="utf-8")
