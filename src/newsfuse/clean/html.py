"""HTML pages: trafilatura extracts the body and metadata; we record what it left out."""

from __future__ import annotations

from dataclasses import dataclass

import lxml.html
import trafilatura
from lxml import etree

from newsfuse.clean.normalize import normalize_text, split_blocks
from newsfuse.model import RemovedBlock

_BLOCK_TAGS = {
    "p",
    "div",
    "li",
    "td",
    "th",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "dd",
    "dt",
    "figcaption",
    "caption",
    "section",
    "article",
    "header",
    "footer",
    "nav",
    "aside",
    "form",
    "tr",
    "ul",
    "ol",
    "table",
    "main",
    "address",
    "label",
    "button",
    "option",
    "title",
}
_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "iframe", "canvas", "head"}


@dataclass
class HtmlResult:
    text: str
    removed: list[RemovedBlock]
    title: str | None
    byline: str | None
    published: str | None
    outlet: str | None
    url: str | None
    language: str | None


def visible_blocks(html: str) -> list[str]:
    """The page's visible text, one string per block element."""
    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return []
    blocks: list[str] = []
    current: list[str] = []

    def flush() -> None:
        joined = " ".join(" ".join(current).split())
        if joined:
            blocks.append(joined)
        current.clear()

    def walk(node: etree._Element) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in _SKIP_TAGS:
            if node.tail:
                current.append(node.tail)
            return
        block = tag in _BLOCK_TAGS or tag == "br"
        if block:
            flush()
        if node.text and tag:
            current.append(node.text)
        for child in node:
            walk(child)
        if block:
            flush()
        if node.tail:
            current.append(node.tail)

    body = root.find("body")
    walk(body if body is not None else root)
    flush()
    return blocks


def clean_html(html: str, url: str | None = None, favor: str = "balanced") -> HtmlResult:
    """Extract the article body and metadata of an HTML page with trafilatura."""
    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_precision=favor == "precision",
        favor_recall=favor == "recall",
    )
    data: dict[str, object] = doc.as_dict() if doc is not None and not isinstance(doc, dict) else doc or {}
    text = normalize_text(str(data.get("text") or ""))
    kept = set(split_blocks(text))
    kept_words = set(text.split())
    removed = []
    for block in visible_blocks(html):
        norm = normalize_text(block)
        if norm and norm not in kept and not set(norm.split()) <= kept_words:
            removed.append(RemovedBlock(norm, "html_boilerplate"))

    def field(name: str) -> str | None:
        value = data.get(name)
        return str(value).strip() or None if value else None

    return HtmlResult(
        text=text,
        removed=removed,
        title=field("title"),
        byline=field("author"),
        published=field("date"),
        outlet=field("sitename"),
        url=field("url") or url,
        language=field("language"),
    )
