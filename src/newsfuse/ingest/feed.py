"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds to RawDoc values, parsed from bytes with the standard library.

An entry that carries its article (``content:encoded``, Atom ``content``, or a description of at
least ``min_words`` words) becomes a RawDoc from that HTML with the entry's link, title, date and
the feed's title as outlet. An entry that carries only a link is fetched through a PoliteFetcher
(see ``ingest.urls``), or rejected as not fetched when fetching is off. Entities are not expanded
beyond expat's own limits, and no external resource is ever loaded while parsing.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from email.utils import parsedate_to_datetime

from newsfuse.ingest.records import UniqueIds
from newsfuse.ingest.urls import PoliteFetcher, Target, resolve_targets
from newsfuse.model import Drop, RawDoc, Rejected

FEED_SUFFIXES = (".rss", ".atom", ".xml")
_TAG = re.compile(r"<[^>]+>")


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].lower()


def _child(element: ET.Element, *names: str) -> ET.Element | None:
    for child in element:
        if _local(child.tag) in names:
            return child
    return None


def _text(element: ET.Element, *names: str) -> str | None:
    child = _child(element, *names)
    text = "".join(child.itertext()).strip() if child is not None else ""
    return text or None


def _link(entry: ET.Element) -> str | None:
    for child in entry:
        if _local(child.tag) != "link":
            continue
        href = child.get("href")
        if href and child.get("rel", "alternate") == "alternate":
            return href.strip()
        if not href and child.text and child.text.strip():
            return child.text.strip()
    guid = _child(entry, "guid")
    if (
        guid is not None
        and guid.get("isPermaLink", "true") == "true"
        and (guid.text or "").startswith("http")
    ):
        return (guid.text or "").strip()
    return None


def _date(entry: ET.Element) -> str | None:
    value = _text(entry, "pubdate", "published", "updated", "date", "issued")
    if value is None:
        return None
    try:
        return parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError, IndexError):
        return value  # Atom and Dublin Core dates are ISO 8601 already


def _body(entry: ET.Element, min_words: int) -> str | None:
    content = _text(entry, "encoded", "content")
    if content:
        return content
    summary = _text(entry, "description", "summary")
    if summary and len(_TAG.sub(" ", summary).split()) >= min_words:
        return summary
    return None


def parse_feed(
    data: bytes, doc_id: str, path: str, min_words: int = 50
) -> Iterator[Target | RawDoc | Rejected]:
    """Each entry as a RawDoc, a Target still to fetch, or a Rejected."""
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        yield Rejected(doc_id, path, Drop.INVALID, f"not well-formed XML: {exc}")
        return
    kind = _local(root.tag)
    if kind not in ("rss", "feed", "rdf"):
        yield Rejected(doc_id, path, Drop.UNSUPPORTED, f"XML root <{kind}> is not an RSS or Atom feed")
        return
    channel = _child(root, "channel")
    outlet = _text(channel if channel is not None else root, "title")
    entries = [e for e in root.iter() if _local(e.tag) in ("item", "entry")]
    if not entries:
        yield Rejected(doc_id, path, Drop.EMPTY, "feed has no entries")
        return
    unique = UniqueIds()
    for n, entry in enumerate(entries, start=1):
        link = _link(entry)
        key = _text(entry, "guid", "id") or link or str(n)
        rid = unique(f"{doc_id}#{key}")
        title, published = _text(entry, "title"), _date(entry)
        body = _body(entry, min_words)
        if body is not None:
            page = f"<html><head><title>{html.escape(title or '')}</title></head><body>{body}</body></html>"
            yield RawDoc(rid, path, html=page, url=link, title=title, outlet=outlet, published=published)
        elif link:
            yield Target(rid, path, link, title=title, outlet=outlet, published=published)
        elif summary := _text(entry, "description", "summary"):
            words = len(_TAG.sub(" ", summary).split())
            detail = f"entry has no link, and its description of {words} words is a summary (an article has {min_words})"
            yield Rejected(rid, path, Drop.NO_CONTENT, detail)
        else:
            yield Rejected(rid, path, Drop.EMPTY, "entry has neither content nor a link")


def read_feed(
    data: bytes, doc_id: str, path: str, fetcher: PoliteFetcher | None, min_words: int = 50
) -> list[RawDoc | Rejected]:
    """Every entry of a feed as a document; link-only entries fetched (or rejected as not fetched)."""
    return resolve_targets(list(parse_feed(data, doc_id, path, min_words)), fetcher)
