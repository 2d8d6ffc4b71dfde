"""WARC archives (Common Crawl CC-NEWS layout) to RawDoc values, read as a stream with warcio.

Every HTTP ``response`` record is one input, named ``<file>#<n>`` (its ordinal among responses).
An HTML page becomes a RawDoc with the record's target URI; any other response (an image, a
redirect, an error status, an empty or binary body, a record that cannot be parsed) becomes a
Rejected with the reason. Records that are not responses (warcinfo, request, metadata) describe
the crawl, not documents, and are passed over.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from newsfuse.ingest.decode import decode_declared, looks_binary
from newsfuse.model import Drop, RawDoc, Rejected

WARC_SUFFIXES = (".warc", ".warc.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml")


def _response(record: Any, rid: str, path: str, max_bytes: int) -> RawDoc | Rejected:
    url = record.rec_headers.get_header("WARC-Target-URI")
    http = record.http_headers
    if http is None:
        return Rejected(rid, path, Drop.INVALID, "response record without HTTP headers", url)
    status = http.get_statuscode()
    if status != "200":
        return Rejected(rid, path, Drop.NO_CONTENT, f"HTTP status {status}", url)
    content_type = (http.get_header("Content-Type") or "").strip()
    if content_type.split(";")[0].strip().lower() not in HTML_TYPES:
        return Rejected(rid, path, Drop.UNSUPPORTED, f"content type {content_type or '(none)'}", url)
    body = record.content_stream().read(max_bytes + 1)
    if len(body) > max_bytes:
        return Rejected(rid, path, Drop.TOO_LARGE, f"body > ingest.max_bytes={max_bytes}", url)
    missing = getattr(record.raw_stream, "limit", 0)
    if missing:
        return Rejected(rid, path, Drop.UNREADABLE, f"truncated record: {missing} bytes missing", url)
    if not body.strip():
        return Rejected(rid, path, Drop.EMPTY, "empty response body", url)
    if looks_binary(body):
        return Rejected(rid, path, Drop.BINARY, "binary body despite an HTML content type", url)
    return RawDoc(id=rid, path=path, html=decode_declared(body, content_type), url=url)


def read_warc_stream(
    stream: IO[bytes], doc_id: str, path: str, max_bytes: int = 20_000_000
) -> Iterator[RawDoc | Rejected]:
    """Every response record of an open WARC (gzipped or not) stream, in order."""
    n = 0
    records = ArchiveIterator(stream)
    while True:
        try:
            record = next(records)
        except StopIteration:
            return
        except (ArchiveLoadFailed, ValueError, OSError, EOFError) as exc:
            yield Rejected(f"{doc_id}#{n + 1}", path, Drop.UNREADABLE, f"broken WARC after record {n}: {exc}")
            return
        if record.rec_type != "response":
            continue
        n += 1
        try:
            yield _response(record, f"{doc_id}#{n}", path, max_bytes)
        except (ArchiveLoadFailed, ValueError, OSError, EOFError) as exc:
            yield Rejected(f"{doc_id}#{n}", path, Drop.UNREADABLE, f"broken WARC record: {exc}")
            return


def read_warc(file: Path, doc_id: str, max_bytes: int = 20_000_000) -> Iterator[RawDoc | Rejected]:
    """Every response record of a .warc or .warc.gz file, read as the caller asks for it (an archive is
    never held whole); an unreadable file is one Rejected."""
    path = file.as_posix()
    try:
        with file.open("rb") as stream:
            head = stream.read(64)
            if head.startswith(b"\x1f\x8b"):
                stream.seek(0)
                head = gzip.GzipFile(fileobj=stream).read(5)
            if not head.startswith(b"WARC/"):
                yield Rejected(doc_id, path, Drop.UNREADABLE, "not a WARC archive (no WARC/ version line)")
                return
            stream.seek(0)
            yield from read_warc_stream(stream, doc_id, path, max_bytes)
    except (OSError, EOFError) as exc:  # read_warc_stream turns errors inside the archive into Rejected
        yield Rejected(doc_id, path, Drop.UNREADABLE, str(exc))
