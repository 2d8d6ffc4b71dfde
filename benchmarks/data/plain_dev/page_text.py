"""Render a page's HTML to ``page_text`` by the rule of ../shared/data/README.md (lxml; no selectolax needed).

    .venv/bin/python benchmarks/data/plain_dev/page_text.py --check readability_testpages cleanportaleval

``page_text`` stands in for text scraped without extraction: all visible text of the page, one line per
block element (p, div, li, td, h1-h6, br, ...). Dropped: ``<head>``, ``<script>``, ``<style>``, ``<noscript>``,
``<template>``, ``<svg>``, ``<iframe>``, ``<canvas>`` and HTML comments. Kept: nav, header, footer, aside, forms,
user comments, related links and CSS-hidden text (CSS is not evaluated). Inside a line runs of white space
become one space; empty lines are left out; ``<pre>`` keeps its own line breaks.

``--check SET ...`` renders the HTML of dev extraction sets and compares the lines with the sets' own
``page_text`` (made with selectolax/lexbor): the share of pages whose lines are identical and the mean share
of lines found in the other text, both ways. Only dev sets are accepted (the test set is never read).
"""

from __future__ import annotations

import gzip
import json
import os
import re
import sys
from pathlib import Path

from lxml import etree
from lxml import html as lxml_html

HERE = Path(__file__).resolve().parent
DATA = Path(os.environ.get("NEWSFUSE_SHARED_DATA", HERE.parents[3] / "shared" / "data"))

DROPPED = frozenset({"head", "script", "style", "noscript", "template", "svg", "iframe", "canvas", "title"})
BLOCK = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "br",
        "caption",
        "center",
        "dd",
        "details",
        "dialog",
        "dir",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "frameset",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "html",
        "legend",
        "li",
        "main",
        "menu",
        "nav",
        "ol",
        "option",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    ]
)
_SPACE = re.compile(r"\s+")


def _lines(root: etree._Element) -> list[str]:
    lines: list[str] = []
    current: list[str] = []

    def brk() -> None:
        if current:
            line = _SPACE.sub(" ", "".join(current)).strip()
            if line:
                lines.append(line)
            current.clear()

    def walk(node: etree._Element, pre: bool) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        tag = tag.lower()
        if not tag or tag in DROPPED:  # comments, processing instructions and the dropped elements
            return
        block = tag in BLOCK
        pre = pre or tag == "pre"
        if block:
            brk()
        if node.text:
            _add(node.text, pre)
        for child in node:
            walk(child, pre)
            if child.tail:
                _add(child.tail, pre)
        if block:
            brk()

    def _add(text: str, pre: bool) -> None:
        if not pre:
            current.append(text)
            return
        parts = text.split("\n")
        for k, part in enumerate(parts):
            if k:
                brk()
            current.append(part)

    walk(root, False)
    brk()
    return lines


def page_text(html: str) -> str:
    """The page's visible text, one line per block element (see the module's docstring)."""
    if not html.strip():
        return ""
    root = lxml_html.document_fromstring(html)
    return "\n".join(_lines(root))


def _check(names: list[str]) -> None:
    allowed = {"cleaneval", "cleanportaleval", "l3s_gn1", "readability_testpages", "trafilatura_eval"}
    for name in names:
        assert name in allowed, f"{name}: only dev sets are read"
        same = pages = 0
        mine_found = theirs_found = 0.0
        with gzip.open(DATA / name / f"{name}.jsonl.gz", "rt", encoding="utf-8") as handle:
            for line in handle:
                row = json.loads(line)
                if not row.get("html") or not row.get("page_text"):
                    continue
                try:
                    mine = page_text(row["html"]).split("\n")
                except (ValueError, etree.ParserError):
                    mine = []
                theirs = str(row["page_text"]).split("\n")
                pages += 1
                same += mine == theirs
                mine_found += sum(x in set(theirs) for x in mine) / max(1, len(mine))
                theirs_found += sum(x in set(mine) for x in theirs) / max(1, len(theirs))
        print(
            f"{name}: {pages} pages, identical {same / max(1, pages):.3f}; lines of ours in theirs"
            f" {mine_found / max(1, pages):.3f}, theirs in ours {theirs_found / max(1, pages):.3f}"
        )


if __name__ == "__main__":
    if sys.argv[1:2] == ["--check"]:
        _check(sys.argv[2:])
    else:
        sys.stdout.write(page_text(sys.stdin.read()) + "\n")
