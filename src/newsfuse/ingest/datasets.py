"""Evaluation datasets: JSONL(.gz) files of records in the formats of ../shared/data."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsfuse.errors import InputError


def read_records(path: str | Path) -> Iterator[dict[str, Any]]:
    """Every JSON object of a JSONL or JSONL.gz file; a malformed line is an InputError naming it."""
    for _, record in numbered_records(path):
        yield record


def numbered_records(path: str | Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """``read_records``' objects, each with its line number (from 1, blank lines counted)."""
    p = Path(path)
    if not p.is_file():
        raise InputError(f"no such dataset file: {p}")
    opener = gzip.open if p.name.endswith(".gz") else open
    with opener(p, "rt", encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError as exc:
                raise InputError(f"{p}:{number}: invalid JSON ({exc})") from exc
            if not isinstance(record, dict):
                raise InputError(f"{p}:{number}: not a JSON object")
            yield number, record
