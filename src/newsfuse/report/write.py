"""Writing a run's outputs: report.json, index.html, events/<id>.md, config.json."""

from __future__ import annotations

import gc
import json
import os
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Protocol, TextIO

from newsfuse.model import Article, DedupResult, Event, Rejected, RunResult
from newsfuse.report.contract import (
    VERSION,
    article_dict,
    rejected_dict,
    report_dict,
    report_event,
    report_stats,
)
from newsfuse.report.html import event_body, index_from_bodies, render_index
from newsfuse.report.markdown import event_markdown
from newsfuse.report.view import event_view


def dump_report(report: dict[str, Any], handle: TextIO) -> None:
    """Write ``report`` as JSON with one article or event per line.

    Each record goes through the C encoder (``json.dumps`` without ``indent``, several times faster
    than the indenting one) and is written as it is encoded, so no string of the whole report is made.
    """
    _dump(
        ((k, (_encoded(v) if isinstance(v, list) else v)) for k, v in report.items()),
        handle,
    )


_encode = json.JSONEncoder(ensure_ascii=False, check_circular=False).encode
"""``json.dumps(value, ensure_ascii=False)`` without the check for cycles (a record is a tree; ~15 % less CPU
per event line, the same text)."""


def _encoded(records: list[Any]) -> Iterator[str]:
    return (_encode(r) for r in records)


class _Writes(Protocol):
    def write(self, piece: Any, /) -> int: ...


def _dump(items: Iterable[tuple[str, Any]], handle: _Writes) -> None:
    """The report's layout: each list value is an iterator of records already encoded (one per line; text,
    or UTF-8 bytes for a ``_Utf8Out``), any other value is encoded here."""
    handle.write("{")
    for n, (key, value) in enumerate(items):
        handle.write(("," if n else "") + f"\n{json.dumps(key)}: ")
        if isinstance(value, Iterator):
            first = True
            for line in value:
                handle.write("[\n" if first else ",\n")
                handle.write(line)
                first = False
            handle.write("[]" if first else "\n]")
        else:
            handle.write(json.dumps(value, ensure_ascii=False))
    handle.write("\n}\n")


@contextmanager
def _without_cycle_collection() -> Iterator[None]:
    """Pause the cycle collector: building a report makes millions of small acyclic dicts, and each
    collection they trigger walks the whole (large) run held in memory."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def write_outputs(result: RunResult, out_dir: str | Path) -> dict[str, Any]:
    """Write every output of a run into ``out_dir``; returns the report dict."""
    out = Path(out_dir)
    (out / "events").mkdir(parents=True, exist_ok=True)
    with _without_cycle_collection():
        report = report_dict(result)
        with (out / "report.json").open("w", encoding="utf-8") as handle:
            dump_report(report, handle)
        (out / "config.json").write_text(json.dumps(result.config, indent=1), encoding="utf-8")
        (out / "index.html").write_text(render_index(report), encoding="utf-8")
        articles = {a["id"]: a for a in report["articles"]}
        for event in report["events"]:
            markdown = event_markdown(event, articles)
            (out / "events" / f"{event['id']}.md").write_text(markdown, encoding="utf-8")
    return report


@dataclass(frozen=True, slots=True)
class EventRecord:
    """One event ready for the writers, made where the event was built (on the pool): its report object
    as one JSON line, its Markdown page, its section of index.html (``event_body``) and, for the page's
    list of events, its title and independent sources as a JSON pair."""

    id: str
    first_published: str | None
    line: str
    markdown: str
    html: str
    nav: str

    def encoded(self) -> EncodedRecord:
        """The record with its texts UTF-8 encoded, as the writer writes them."""
        return EncodedRecord(
            self.id,
            self.first_published,
            self.line.encode("utf-8"),
            self.markdown.encode("utf-8"),
            self.html.encode("utf-8"),
            self.nav.encode("utf-8"),
        )

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled as its ``EncodedRecord`` (a record crosses from the pool to the main process, which only
        writes its texts: encoded here, pickled and unpickled as bytes, they are not decoded there and
        encoded again; ~4x less CPU in the main process for the same bytes, no more in the pool)."""
        return self.encoded().__reduce__()


@dataclass(frozen=True, slots=True)
class EncodedRecord:
    """An ``EventRecord`` with its texts UTF-8 encoded: what an ``EventRecord`` unpickles as (``add`` takes
    either)."""

    id: str
    first_published: str | None
    line: bytes
    markdown: bytes
    html: bytes
    nav: bytes

    def __reduce__(self) -> tuple[Any, ...]:
        return (
            EncodedRecord,
            (self.id, self.first_published, self.line, self.markdown, self.html, self.nav),
        )


def event_record(event: Event, articles: Sequence[Article], dedup: DedupResult) -> EventRecord:
    """``event``'s report line and Markdown page from its own articles and duplicate findings: the same
    as ``report_dict`` and ``write_outputs`` make of it from the whole run."""
    duplicate_of = dedup.duplicate_of()
    record = report_event(event, {a.id: a.outlet or a.id for a in articles})
    members = {a.id: article_dict(a, duplicate_of) for a in articles}
    line = _encode(record)
    # the page is made of the report's record itself, as ``write_outputs`` makes it of the report dict (the
    # record holds only dicts, lists, strings, numbers and None: its JSON line reads back as the same values)
    html = event_body(event_view(record, {i: members[i] for i in record["article_ids"] if i in members}))
    nav = _encode([record["title"], record["independent_sources"]])
    return EventRecord(event.id, event.first_published, line, event_markdown(record, members), html, nav)


class _Utf8Out:
    """A binary file written as a UTF-8 text file would be: text is encoded, bytes (UTF-8 already, e.g. the
    events' parts copied from the writer's scratch file) are written as they are, not decoded and encoded
    again; where text files translate line ends, both are translated as a text file would."""

    def __init__(self, handle: BinaryIO) -> None:
        self._write = handle.write

    def write(self, piece: str | bytes) -> int:
        if os.linesep != "\n":
            piece = (piece if isinstance(piece, str) else piece.decode("utf-8")).replace("\n", os.linesep)
        return self._write(piece.encode("utf-8") if isinstance(piece, str) else piece)


def _write_new(path: str, data: bytes) -> None:
    """Write ``data`` as the whole file ``path`` (made or emptied), with two system calls and a close for
    a page (``Path.write_text`` adds a path object, a text and a buffered layer per file: ~10 % of what
    making a small file costs here, the rest is the file system's)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
    finally:
        os.close(fd)


class ReportWriter:
    """Writes a run's outputs as its events arrive, keeping of each only its date, id and place in a
    scratch file: ``add`` writes the event's Markdown page at once; ``finish`` writes report.json (events
    newest first, byte for byte what ``write_outputs`` writes for the same run), index.html and
    config.json. Memory stays flat in the number of events but for those few fields each. An event added
    again under its id replaces the earlier one; ``withdraw`` drops one (a later hand-over replaced it)."""

    def __init__(self, out_dir: str | Path) -> None:
        self.out = Path(out_dir)
        (self.out / "events").mkdir(parents=True, exist_ok=True)
        self._events = f"{self.out / 'events'}{os.sep}"
        self._scratch = tempfile.TemporaryFile()  # noqa: SIM115 - closed by finish() or close()
        # (first published, id, offset, bytes of the line, of the nav pair, of the html) per event
        self._placed: dict[str, tuple[str, str, int, int, int, int]] = {}
        self._end = 0

    def add(self, record: EventRecord | EncodedRecord) -> None:
        """Keep an event's line, nav pair and html aside and write its Markdown page."""
        done = record.encoded() if isinstance(record, EventRecord) else record
        line, nav, html = done.line, done.nav, done.html
        self._scratch.write(line + nav + html)
        self._placed[done.id] = (
            done.first_published or "",
            done.id,
            self._end,
            len(line),
            len(nav),
            len(html),
        )
        self._end += len(line) + len(nav) + len(html)
        _write_new(f"{self._events}{done.id}.md", done.markdown)

    def withdraw(self, eid: str) -> None:
        """Drop an event added before (its page too): a later event holding its articles replaced it."""
        if self._placed.pop(eid, None) is not None:
            os.unlink(f"{self._events}{eid}.md")

    def _newest_first(self) -> list[tuple[str, str, int, int, int, int]]:
        """The placed events newest first (then by id, descending, as ``process`` orders them)."""
        self._scratch.flush()
        return sorted(self._placed.values(), reverse=True)

    def _read(self, offset: int, length: int) -> bytes:
        return os.pread(self._scratch.fileno(), length, offset)

    def _lines(self) -> Iterator[bytes]:
        """The events' report lines (UTF-8), newest first."""
        for _, _, offset, length, _, _ in self._newest_first():
            yield self._read(offset, length)

    def _navs(self) -> Iterator[dict[str, Any]]:
        """The events' id, title and independent sources for the page's list, newest first."""
        for _, eid, offset, line, nav, _ in self._newest_first():
            title, sources = json.loads(self._read(offset + line, nav))
            yield {"id": eid, "title": title, "independent_sources": sources}

    def _bodies(self) -> Iterator[bytes]:
        """The events' sections of index.html (UTF-8), newest first."""
        for _, _, offset, line, nav, html in self._newest_first():
            yield self._read(offset + line + nav, html)

    def finish(
        self,
        articles: Iterable[Article],
        rejected: Sequence[Rejected],
        dedup: DedupResult,
        config: dict[str, object],
    ) -> dict[str, Any]:
        """Write report.json, config.json and index.html; ``articles``: the kept ones in input order.
        Returns the report's stats."""
        duplicate_of = dedup.duplicate_of()
        rejected_rows = [rejected_dict(r) for r in rejected]
        kept = 0

        def article_lines() -> Iterator[str]:
            nonlocal kept
            for article in articles:
                kept += 1
                yield _encode(article_dict(article, duplicate_of))
            yield from _encoded(rejected_rows)

        stats: dict[str, Any] = {}

        def rest() -> Iterator[tuple[str, Any]]:
            yield "version", VERSION
            yield "articles", article_lines()
            yield "events", self._lines()
            stats.update(report_stats(kept, len(duplicate_of), rejected, len(self._placed)))
            yield "stats", stats
            yield "config", config

        with _without_cycle_collection():
            with (self.out / "report.json").open("wb") as binary:
                _dump(rest(), _Utf8Out(binary))
            (self.out / "config.json").write_text(json.dumps(config, indent=1), encoding="utf-8")
            with (self.out / "index.html").open("wb") as binary:
                page = _Utf8Out(binary)
                for piece in index_from_bodies(self._navs(), self._bodies(), stats, rejected_rows):
                    page.write(piece)
        self.close()
        return stats

    def close(self) -> None:
        """Drop the scratch file (``finish`` does)."""
        self._scratch.close()

    def __enter__(self) -> ReportWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
