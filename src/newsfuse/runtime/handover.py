"""The record ``closed_clusters`` hands each event over as (a module of its own: a list subclass stays a
Python class, so ``runtime.closing`` can be compiled by mypyc, which cannot compile one)."""

from __future__ import annotations


class Closed(list[str]):
    """An event's sorted article ids, as handed over. ``replaces``: the ``event_id`` of each earlier
    hand-over of this event that this one replaces (a follow-up reopened it by a far tie; it holds their
    articles too); empty for an event handed over the first time."""

    replaces: tuple[str, ...] = ()
