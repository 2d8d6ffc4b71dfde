"""Clean: page chrome and off-topic blocks out, metadata read, text normalised."""

from newsfuse.clean.document import clean_document, clean_documents

__all__ = ["clean_document", "clean_documents"]
