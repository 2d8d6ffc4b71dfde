"""Event ids: derived from one article id, so they never depend on what joins the event later."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence


def event_id(member_ids: Sequence[str]) -> str:
    """A stable id for an event, derived from its smallest member id (streaming: its founding article)."""
    return "ev-" + hashlib.blake2b(min(member_ids).encode(), digest_size=5).hexdigest()
