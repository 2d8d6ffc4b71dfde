"""Summarize: one extractive brief per event, every sentence with its evidence spans."""

from newsfuse.summarize.brief import summarize_event, summarize_texts

__all__ = ["summarize_event", "summarize_texts"]
