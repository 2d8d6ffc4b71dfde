"""A fact as one article states it, before alignment across articles."""

from __future__ import annotations

from dataclasses import dataclass

from newsfuse.model import Span


@dataclass(frozen=True, slots=True)
class Mention:
    kind: str
    slot: str
    """What the value is of (e.g. "firefighter", or the normalised quote for quotes)."""
    value: str
    text: str
    span: Span
    speaker: str | None = None
    unit: str | None = None
