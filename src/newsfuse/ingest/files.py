"""Files and folders to RawDoc values: plain text, HTML, JSONL (optionally gzipped)."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from newsfuse.config import IngestConfig
from newsfuse.errors import InputError
from newsfuse.ingest.decode import decode_bytes, decode_html, looks_binary, wide_encoding
from newsfuse.ingest.feed import FEED_SUFFIXES, read_feed
from newsfuse.ingest.records import UniqueIds, record_to_docs
from newsfuse.ingest.urls import URL_SUFFIXES, PoliteFetcher, read_url_list
from newsfuse.ingest.warc import WARC_SUFFIXES, read_warc
from newsfuse.model import Drop, RawDoc, Rejected

TEXT_SUFFIXES = (".txt", ".text")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")


def discover(paths: Iterable[str | Path]) -> Iterator[tuple[Path, str]]:
    """Yield (file, id) for every file under the given files and folders, in a stable order.

    The id is the path relative to the folder it was found in (the file name for a file given
    directly). Hidden files and folders are skipped; everything else is yielded, so that files
    of unsupported types are rejected with a reason rather than silently ignored.
    """
    unique = UniqueIds()
    for given in paths:
        root = Path(given)
        if not root.exists():
            raise InputError(f"no such file or folder: {root}")
        if root.is_file():
            files = [(root, root.name)]
        else:
            files = [
                (p, p.relative_to(root).as_posix())
                for p in sorted(root.rglob("*"))
                if p.is_file() and not any(part.startswith(".") for part in p.relative_to(root).parts)
            ]
        for file, rel in files:
            yield file, unique(rel)


def _suffix(path: Path) -> str:
    name = path.name.lower()
    for suffix in (
        *WARC_SUFFIXES,
        *FEED_SUFFIXES,
        *URL_SUFFIXES,
        *JSONL_SUFFIXES,
        *HTML_SUFFIXES,
        *TEXT_SUFFIXES,
    ):
        if name.endswith(suffix):
            return suffix
    return path.suffix.lower()


def read_path(
    file: Path, doc_id: str, config: IngestConfig | None = None, fetcher: PoliteFetcher | None = None
) -> Iterator[RawDoc | Rejected]:
    """Read one file into RawDocs, lazily; every problem becomes a Rejected with its reason.

    WARC archives and JSONL dumps are read record by record as the caller asks for them, so a file of a
    million records is never held whole. ``fetcher`` fetches the pages of URL lists and link-only feed
    entries; without it they are rejected as not fetched.
    """
    config = config or IngestConfig()
    if _suffix(file) in WARC_SUFFIXES:
        yield from read_warc(file, doc_id, config.max_bytes)
    elif _suffix(file) in JSONL_SUFFIXES:
        yield from read_jsonl(file, doc_id, config.max_bytes)
    else:
        yield from _read_document(file, doc_id, config, fetcher)


def _read_document(
    file: Path, doc_id: str, config: IngestConfig, fetcher: PoliteFetcher | None
) -> list[RawDoc | Rejected]:
    """A file that is one document (text, HTML) or a small list of them (a feed, a URL list)."""
    path = file.as_posix()
    try:
        size = file.stat().st_size
        if size > config.max_bytes:
            return [
                Rejected(doc_id, path, Drop.TOO_LARGE, f"{size} bytes > ingest.max_bytes={config.max_bytes}")
            ]
        data = file.read_bytes()
    except OSError as exc:
        return [Rejected(doc_id, path, Drop.UNREADABLE, str(exc))]
    suffix = _suffix(file)
    if not data.strip():
        return [Rejected(doc_id, path, Drop.EMPTY, "file is empty")]
    if looks_binary(data):
        return [Rejected(doc_id, path, Drop.BINARY, "binary content (NUL or control bytes)")]
    if suffix in FEED_SUFFIXES:
        return read_feed(data, doc_id, path, fetcher)
    if suffix in URL_SUFFIXES:
        return read_url_list(data, doc_id, path, fetcher)
    if suffix in HTML_SUFFIXES:
        return [RawDoc(id=doc_id, path=path, html=decode_html(data))]
    if suffix in TEXT_SUFFIXES:
        return [RawDoc(id=doc_id, path=path, text=decode_bytes(data))]
    return [Rejected(doc_id, path, Drop.UNSUPPORTED, f"unsupported file type {suffix or '(none)'}")]


def read_jsonl(file: Path, doc_id: str, max_bytes: int) -> Iterator[RawDoc | Rejected]:
    """The records of a JSONL file (gzipped when it ends in .gz), read one line at a time.

    ``max_bytes`` bounds each record, not the file. Each line is decoded on its own (UTF-8, else
    cp1252 or Latin-1), so one badly encoded record does not change how the others are read. A file
    that breaks off (a truncated gzip) keeps the records before the break and rejects the rest.
    """
    path = file.as_posix()
    unique = UniqueIds()
    number, found = 0, False
    try:
        with gzip.open(file) if file.name.lower().endswith(".gz") else file.open("rb") as handle:
            head = handle.read(8192)
            if wide_encoding(head):
                detail = f"{wide_encoding(head)} text: JSONL is read as UTF-8 (re-save the file as UTF-8)"
                yield Rejected(doc_id, path, Drop.UNREADABLE, detail.replace("utf", "UTF"))
                return
            if looks_binary(head):
                yield Rejected(doc_id, path, Drop.BINARY, "binary content (NUL or control bytes)")
                return
            handle.seek(0)
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                found = True
                rid = f"{doc_id}#L{number}"
                if len(line) > max_bytes:
                    detail = f"line {number}: {len(line)} bytes > ingest.max_bytes={max_bytes}"
                    yield Rejected(unique(rid), path, Drop.TOO_LARGE, detail)
                    continue
                yield from _record(decode_bytes(line), number, doc_id, path, unique)
    except (OSError, EOFError) as exc:
        if found:
            yield Rejected(f"{doc_id}#rest", path, Drop.UNREADABLE, f"unreadable after line {number}: {exc}")
        else:
            yield Rejected(doc_id, path, Drop.UNREADABLE, f"unreadable: {exc}")
        return
    if not found:
        yield Rejected(doc_id, path, Drop.EMPTY, "file is empty")


def _record(line: str, number: int, doc_id: str, path: str, unique: UniqueIds) -> Iterator[RawDoc | Rejected]:
    try:
        record = json.loads(line)
    except ValueError as exc:
        yield Rejected(
            unique(f"{doc_id}#L{number}"), path, Drop.INVALID, f"line {number}: invalid JSON ({exc})"
        )
        return
    yield from record_to_docs(record, unique(record_name(doc_id, record, number)), path, unique)


def record_name(doc_id: str, record: object, number: int) -> str:
    """What ``newsfuse run`` names the record on line ``number`` of the file named ``doc_id`` (before its
    file's ``UniqueIds``): ``<doc_id>#<the record's id>``, or ``<doc_id>#L<number>`` when it has none."""
    rid = record.get("id") if isinstance(record, dict) else None
    return f"{doc_id}#{rid if rid is not None else f'L{number}'}"


def read_inputs(
    paths: Iterable[str | Path], config: IngestConfig | None = None, fetcher: PoliteFetcher | None = None
) -> Iterator[RawDoc | Rejected]:
    """Every document found under the given paths, in a stable order."""
    for file, doc_id in discover(paths):
        yield from read_path(file, doc_id, config, fetcher)
