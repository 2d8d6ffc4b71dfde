"""Ingest: adapters that turn files, folders and records into RawDoc (or Rejected) values.

This package and ``newsfuse.report``/``newsfuse.store`` are the only places that do I/O.
"""

from newsfuse.ingest.files import discover, read_inputs, read_path

__all__ = ["discover", "read_inputs", "read_path"]
