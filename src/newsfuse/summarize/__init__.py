"""Summarize: one extractive brief per event, every sentence with its evidence spans."""

from newsfuse.summarize.brief import summarize_event, summarize_texts, summarize_update

__all__ = ["summarize_event", "summarize_texts", "summarize_update"]
