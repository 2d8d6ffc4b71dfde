"""JSON records (one line of a JSONL file) to RawDoc values.

Understands the shapes of ../shared/data: article rows (``text``/``html`` with ``title``, ``date``,
``lang``, ``source``/``outlet``, ``url``), extraction pages (``html`` and ``page_text``), and
summarization clusters (``documents``: a list of article rows).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from newsfuse.model import Drop, RawDoc, Rejected


def _str(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text if text and text.lower() not in {"none", "null", "nan"} else None


def record_to_docs(
    record: Any, doc_id: str, path: str, unique: UniqueIds | None = None
) -> Iterator[RawDoc | Rejected]:
    """Yield one RawDoc per article a record holds, or a Rejected with the reason.

    The articles of a ``documents`` list are named ``<doc_id>/<inner id or position>``, made unique by
    ``unique`` (the file's, so they cannot clash with its other records either; a fresh one when None)."""
    if not isinstance(record, Mapping):
        yield Rejected(doc_id, path, Drop.INVALID, "JSON line is not an object")
        return
    documents = record.get("documents")
    if isinstance(documents, list):
        unique = unique or UniqueIds()
        for i, doc in enumerate(documents):
            inner = _str(doc.get("id")) if isinstance(doc, Mapping) else None
            yield from record_to_docs(doc, unique(f"{doc_id}/{inner or i}"), path, unique)
        return
    html = record.get("html")
    text = record.get("text")
    if not isinstance(html, str) or not html.strip():
        html = None
    if not isinstance(text, str) or not text.strip():
        text = record.get("page_text") if html is None else None
        if not isinstance(text, str) or not text.strip():
            text = None
    if html is None and text is None:
        reason, detail = _no_body(record)
        yield Rejected(doc_id, path, reason, detail, _str(record.get("url")))
        return
    yield RawDoc(
        id=doc_id,
        path=path,
        text=text,
        html=html,
        url=_str(record.get("url")),
        title=_str(record.get("title")),
        outlet=_str(record.get("outlet") or record.get("source") or record.get("site")),
        published=_str(record.get("published") or record.get("date")),
        language=_str(record.get("language") or record.get("lang")),
        clean=record.get("clean") is True,
    )


_JSON_KINDS = {bool: "a boolean", int: "a number", float: "a number", list: "a list", dict: "an object"}


def _no_body(record: Mapping[str, Any]) -> tuple[Drop, str]:
    """Why a record gives no document: a body field that is not text, one that is blank, or none."""
    for field in ("html", "text", "page_text"):
        value = record.get(field)
        if value is not None and not isinstance(value, str):
            return (
                Drop.INVALID,
                f"record's {field} field is {_JSON_KINDS.get(type(value), 'not a string')}, not text",
            )
    for field in ("html", "text", "page_text"):
        if isinstance(record.get(field), str):
            return Drop.EMPTY, f"record's {field} field is blank"
    return Drop.EMPTY, "record has no text or html field"


class UniqueIds:
    """Hands out ids unique within one run: a repeated id gets a ``~2``, ``~3``, … suffix."""

    def __init__(self) -> None:
        self._seen: set[str] = set()

    def __call__(self, wanted: str) -> str:
        candidate, n = wanted, 2
        while candidate in self._seen:
            candidate, n = f"{wanted}~{n}", n + 1
        self._seen.add(candidate)
        return candidate
