"""Small builders for tests."""

import re
from html import unescape
from types import ModuleType
from typing import Any

import pytest

from newsfuse.compare.quotes import extract_quotes
from newsfuse.model import Article


def article(aid: str, text: str, **meta: str) -> Article:
    return Article(id=aid, path=f"{aid}.txt", text=text, **meta)  # type: ignore[arg-type]


def quote_speakers(text: str, **meta: str) -> list[tuple[str, str | None]]:
    """(quote text, resolved speaker) of each direct quote :func:`extract_quotes` finds in one article."""
    return [(m.text, m.speaker) for m in extract_quotes(article("a", text, **meta))]


WIRE = [
    "PORT EMMET (CPS) — A fire destroyed a cold-storage warehouse on Dock Road on Thursday, forcing the closure of "
    "the harbor road for most of the day while crews from four towns fought the flames.",
    "Fire Chief Rosa Delgado said 140 firefighters worked through the night and that no one was hurt, although "
    "two firefighters were treated for heat exhaustion at the scene.",
    "The warehouse, owned by Calloway Freight, held frozen fish and vegetables bound for supermarkets across the "
    "region, the company said in a statement released on Thursday evening.",
    '"We lost the building but we did not lose a single person, and that is what matters," Delgado said at a '
    "briefing outside the fire station, adding that the cause was under investigation.",
    "Calloway Freight employs 85 people at the site and said it would pay every worker in full while it looks for "
    "a temporary warehouse elsewhere in the harbor district.",
]


def record_calls(monkeypatch: pytest.MonkeyPatch, module: ModuleType, name: str, arg: int) -> list[Any]:
    """Wrap ``module.name`` so each call appends its positional argument ``arg`` to the returned list."""
    seen: list[Any] = []
    wrapped = getattr(module, name)

    def recorded(*args: Any) -> Any:
        seen.append(args[arg])
        return wrapped(*args)

    monkeypatch.setattr(module, name, recorded)
    return seen


def page_links(page: str) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """The page's source blocks and the cited spans in them (id -> the article each shows or lies in) and
    its brief citations (href, article)."""
    blocks = {}
    for block in re.finditer(
        r'<div class="article" id="([^"]+)" data-article="([^"]+)"(.*?)</div>', page, re.S
    ):
        shown = unescape(block.group(2))
        blocks[unescape(block.group(1))] = shown
        blocks.update({unescape(i): shown for i in re.findall(r'<mark [^>]*id="([^"]+)"', block.group(3))})
    cited = [
        (unescape(h), unescape(a))
        for h, a in re.findall(r'<a href="#([^"]+)" data-article="([^"]+)">\[', page)
    ]
    return blocks, cited
