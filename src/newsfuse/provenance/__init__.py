"""Story provenance: origin credits, quote drift and the event timeline."""

from newsfuse.provenance.event import Provenance, trace_event

__all__ = ["Provenance", "trace_event"]
