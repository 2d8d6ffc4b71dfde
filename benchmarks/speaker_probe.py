"""The real-copy probe of the speaker resolver (issue 7, session 25): direct quotations drawn at random from the
GVA corpus's local news (a dev set in ../shared/data), weighted toward the hard forms, each labelled by hand with
its speaker before the resolver ran on it. The repo keeps only our labels (benchmarks/data/speakers_real_probe.jsonl):
each quotation is named by its article, the offsets of its words inside the quote marks and their SHA-1; the text
is read back from the shared data (a quotation not found is an error)."""

from __future__ import annotations

import gzip
import hashlib
import json
import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

GVA = ("gva_violent_corpus", "gva_violent_corpus.jsonl.gz")
"""The corpus drawn from: folder and file (local US news of gun-violence incidents, 2013-2017; a dev set)."""
_PARAGRAPH = re.compile(r"\n\s*\n")
_SAY = r"(?:said|says|say|told|tells|added|adds|explained|continued|recalled|wrote|stated|asked|noted)"
_PRONOUN = re.compile(rf"\b(?:[Hh]e|[Ss]he|[Tt]hey)\s+(?:\w+ly\s+)?{_SAY}\b|\b{_SAY}\s+(?:he|she|they)\b")
_ROLE = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Oo]ne)\s+(?:[a-z][\w'-]*\s+){{0,3}}{_SAY}\b"
    rf"|\b{_SAY}\s+(?:the|a|an|his|her|their|one)\s+[a-z]"
)
_NAMED = re.compile(rf"\b[A-Z][\w.'-]+,?\s+(?:[\w,-]+\s+){{0,2}}{_SAY}\b|\b{_SAY}\s+[A-Z]")
_TWO_CAPS = re.compile(r"\b[A-Z][a-z]+ [A-Z][a-z]+\b")
WEIGHTS = {"pronoun": 4.0, "role": 4.0, "floating": 3.0, "named": 1.0}
"""A quotation's weight in the draw by the form of its attribution; doubled when the passage is crowded."""


@dataclass(frozen=True)
class Quotation:
    """One quoted span of an article: the words inside the marks (``start``/``end`` offsets in the article's
    text), the form its attribution takes, and whether four or more two-word capitalised runs precede it (1,500 characters)."""

    doc: str
    cluster: str
    start: int
    end: int
    text: str
    form: str
    crowded: bool

    @property
    def sha1(self) -> str:
        return hashlib.sha1(self.text.encode("utf-8")).hexdigest()


def _spans(paragraph: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the words inside each closed pair of quote marks of a paragraph: a curly mark opens or
    closes by its shape, a straight one by turns; a mark left open at the paragraph's end is no span."""
    opened: int | None = None
    for i, ch in enumerate(paragraph):
        if ch == "\u201c" or (ch == '"' and opened is None):
            opened = i + 1
        elif ch in '\u201d"' and opened is not None:
            yield opened, i
            opened = None


def attribution_form(text: str, start: int, end: int) -> str:
    """The form of the attribution in a quotation's sentence: "pronoun" ("…," he said), "role" ("…," the
    officer said), "named" ("…," Smith said) or "floating" (no saying verb within 80 characters after the
    closing mark or 60 before the opening one, in the same paragraph)."""
    after = re.split(r"\n", text[end + 1 : end + 81], maxsplit=1)[0]
    before = re.split(r"\n", text[max(0, start - 61) : max(0, start - 1)])[-1]
    near = after.split('"')[0].split("\u201c")[0] + " | " + before
    for form, pattern in (("pronoun", _PRONOUN), ("role", _ROLE), ("named", _NAMED)):
        if pattern.search(near):
            return form
    return "floating"


def quotations(data: Path) -> Iterator[Quotation]:
    """Every quotation of 4 or more words (20-600 characters, a lower-case word in it) of the GVA corpus, each
    article once, in the file's order."""
    seen: set[str] = set()
    with gzip.open(data / GVA[0] / GVA[1], "rt", encoding="utf-8") as fh:
        for line in fh:
            art = json.loads(line)
            if art["id"] in seen:
                continue
            seen.add(art["id"])
            text, offset = art["text"], 0
            for para in _PARAGRAPH.split(text):
                offset = text.index(para, offset)
                for s, e in _spans(para):
                    start, end = offset + s, offset + e
                    words = text[start:end]
                    if 20 <= len(words) <= 600 and len(words.split()) >= 4 and re.search(r"\b[a-z]", words):
                        names = set(_TWO_CAPS.findall(text[max(0, start - 1500) : start]))
                        form = attribution_form(text, start, end)
                        yield Quotation(art["id"], art["cluster"], start, end, words, form, len(names) >= 4)
                offset += len(para)


@cache
def _pool(data: Path) -> tuple[Quotation, ...]:
    """Every quotation of the corpus (:func:`quotations`), read once for all the draws."""
    return tuple(quotations(data))


def draw(pool: list[Quotation], seed: int, size: int) -> list[Quotation]:
    """``size`` quotations of ``pool``, weighted by :data:`WEIGHTS` (doubled when crowded), at most one an
    article: each gets the key u ** (1 / weight) from ``random.Random(seed)`` in pool order, highest first."""
    rng = random.Random(seed)
    keyed = [
        (rng.random() ** (1 / (WEIGHTS[q.form] * (2 if q.crowded else 1))), i) for i, q in enumerate(pool)
    ]
    chosen: list[Quotation] = []
    docs: set[str] = set()
    for _, i in sorted(keyed, reverse=True):
        if pool[i].doc not in docs:
            chosen.append(pool[i])
            docs.add(pool[i].doc)
            if len(chosen) == size:
                break
    return chosen


def samples(data: Path, seeds: tuple[int, int] = (2501, 2502), size: int = 80) -> tuple[list[Quotation], ...]:
    """The probe's two samples: the first drawn from every quotation, the second from those of incidents and
    texts the first does not touch (a syndicated copy of a read quotation is not held out)."""
    pool = list(_pool(data))
    first = draw(pool, seeds[0], size)
    clusters, texts = {q.cluster for q in first}, {q.sha1 for q in first}
    rest = [q for q in pool if q.cluster not in clusters and q.sha1 not in texts]
    return first, draw(rest, seeds[1], size)


def _fresh(pool: list[Quotation], taken: list[Quotation], seed: int, size: int) -> list[Quotation]:
    """``size`` quotations of ``pool`` (as :func:`draw`) from the incidents and texts ``taken`` does not touch."""
    clusters, texts = {q.cluster for q in taken}, {q.sha1 for q in taken}
    return draw([q for q in pool if q.cluster not in clusters and q.sha1 not in texts], seed, size)


def third_draw(data: Path, seed: int = 2503, size: int = 80) -> list[Quotation]:
    """Session 25's third draw, labelled after the session's last resolver change: ``size`` quotations (as
    :func:`draw`) from those of incidents and texts neither of :func:`samples` touches."""
    first, second = samples(data)
    return _fresh(list(_pool(data)), first + second, seed, size)


def fourth_draw(data: Path, seed: int = 2504, size: int = 80) -> list[Quotation]:
    """Session 25's fourth draw (``quotes2``), labelled before any candidate ran on it: ``size`` quotations (as
    :func:`draw`) from those of incidents and texts none of samples 1-3 touches."""
    first, second = samples(data)
    return _fresh(list(_pool(data)), first + second + third_draw(data), seed, size)


def fifth_draw(data: Path, seed: int = 2505, size: int = 160) -> list[Quotation]:
    """Session 26's fifth draw, the larger gate of a narrow class (labelled before any candidate ran on it):
    ``size`` quotations (as :func:`draw`) from those of incidents and texts none of samples 1-4 touches."""
    first, second = samples(data)
    taken = first + second + third_draw(data) + fourth_draw(data)
    return _fresh(list(_pool(data)), taken, seed, size)


def sixth_draw(data: Path, seed: int = 2506, size: int = 160) -> list[Quotation]:
    """Session 26's sixth draw, labelled for the next candidate (no resolver ran on it when it was committed):
    ``size`` quotations (as :func:`draw`) from those of incidents and texts none of samples 1-5 touches."""
    first, second = samples(data)
    taken = first + second + third_draw(data) + fourth_draw(data) + fifth_draw(data)
    return _fresh(list(_pool(data)), taken, seed, size)


def seventh_draw(data: Path, seed: int = 2507, size: int = 160) -> list[Quotation]:
    """Session 27's seventh draw, labelled for the next round's candidate (no resolver ran on it when it was
    committed): ``size`` quotations (as :func:`draw`) from those of incidents and texts none of samples 1-6 touches."""
    first, second = samples(data)
    taken = first + second + third_draw(data) + fourth_draw(data) + fifth_draw(data) + sixth_draw(data)
    return _fresh(list(_pool(data)), taken, seed, size)


def eighth_draw(data: Path, seed: int = 2508, size: int = 160) -> list[Quotation]:
    """Session 28's eighth draw, labelled for the next round's candidate (no resolver ran on it when it was
    committed): ``size`` quotations (as :func:`draw`) from those of incidents and texts none of samples 1-7 touches."""
    first, second = samples(data)
    taken = first + second + third_draw(data) + fourth_draw(data) + fifth_draw(data) + sixth_draw(data)
    return _fresh(list(_pool(data)), taken + seventh_draw(data), seed, size)


@cache
def _articles(data: Path) -> dict[str, str]:
    with gzip.open(data / GVA[0] / GVA[1], "rt", encoding="utf-8") as fh:
        return {art["id"]: art["text"] for art in map(json.loads, fh)}


def probe_rows(labels: Path, data: Path) -> list[dict[str, Any]]:
    """The labelled rows of ``labels`` with their article's text (``article``) put back from the shared data; a
    row whose offsets no longer hold words of its SHA-1 (the data changed) is an error, never dropped."""
    rows = []
    for line in labels.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        article = _articles(data).get(row["doc"], "")
        words = article[row["start"] : row["end"]]
        if hashlib.sha1(words.encode("utf-8")).hexdigest() != row["sha1"]:
            raise ValueError(
                f"{labels.name} {row['id']}: {row['doc']}[{row['start']}:{row['end']}] is not {row['sha1']}"
            )
        rows.append({**row, "article": article})
    return rows


def _right(speaker: str | None, gold: str, accept: list[str]) -> bool:
    """GGT's rule (bench_compare._same_person): the same words or the same last word; "none" (no speaker: not
    speech, or no one the text names or describes) is right when we give none."""
    if gold == "none":
        return speaker is None
    if not speaker:
        return False
    ours = speaker.lower().split()
    return any(ours == a.lower().split() or ours[-1] == a.lower().split()[-1] for a in [gold, *accept])


def score(rows: list[dict[str, Any]], speakers: Callable[[str, str], list[Any]]) -> dict[str, Any]:
    """Speaker accuracy of ``speakers`` (doc id, text -> mentions with ``span`` and ``speaker``) by half and by
    form: a labelled quotation takes the first mention whose span holds the first character of its first word
    (none found: no speaker); each row's speaker is listed under ``ours``."""
    by_half: dict[str, dict[str, Any]] = {}
    for row in rows:
        found = speakers(row["doc"], row["article"])
        words = row["article"][row["start"] : row["end"]]
        at = row["start"] + len(words) - len(words.lstrip())  # '“ when you are …': the first word's
        hit = next((m for m in found if m.span.start <= at < m.span.end), None)
        ours = hit.speaker if hit else None
        right = _right(ours, row["speaker"], row.get("accept", []))
        half = by_half.setdefault(row["half"], {"quotes": 0, "right": 0, "by_form": {}, "rows": []})
        half["quotes"] += 1
        half["right"] += right
        form = half["by_form"].setdefault(row["form"], [0, 0])
        form[0] += right
        form[1] += 1
        half["rows"].append({"id": row["id"], "gold": row["speaker"], "ours": ours, "right": right})
    for half in by_half.values():
        half["accuracy"] = round(half["right"] / half["quotes"], 4)
    return by_half
