"""reported_dev4 (issue 7, session 27): paragraphs of real US local news drawn blind from the GVA corpus (a dev set
in ../shared/data) outside every speaker sample (``speaker_probe``'s draws 1-7), each labelled by hand with its
direct and reported quotations and their speakers in GGT's convention before any reader ran on it.

The repo keeps only our labels (benchmarks/data/reported_dev4.jsonl): a paragraph is named by its article, its
offsets in the article's text and its SHA-1; a quotation by its offsets inside the paragraph and its SHA-1. The
text is read back from the shared data (a paragraph or quotation whose words changed is an error). Draw:
``.venv/bin/python benchmarks/reported_dev4.py --draw`` prints the drawn paragraphs' keys (no labels)."""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.speaker_probe import _articles, _fresh, draw, quotations  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
LABELS = ROOT / "benchmarks" / "data" / "reported_dev4.jsonl"
SEED = 2741
"""The draw's seed (``random.Random``)."""
SIZE = 48
_PARAGRAPH = re.compile(r"\n\s*\n")
_SPEECH = re.compile(
    r"\b(?:said|says|say|told|tells|according\s+to|stated|added|explained|announced|wrote|asked|noted|"
    r"confirmed|described|called|claimed|argued|insisted|warned|denied|testified)\b|[\"\u201c\u201d]"
)
WEIGHT = 4.0
"""A paragraph holding a verb of saying or a quotation mark weighs this much in the draw; any other paragraph 1."""


def _sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _taken(data: Path) -> tuple[set[str], set[str]]:
    """The incidents (clusters) and quotation texts (SHA-1) speaker samples 1-7 touch, drawn as speaker_probe
    draws them (seeds 2501-2507; sizes 80, 80, 80, 80, 160, 160, 160)."""
    pool = list(quotations(data))
    taken = draw(pool, 2501, 80)
    for seed, size in ((2502, 80), (2503, 80), (2504, 80), (2505, 160), (2506, 160), (2507, 160)):
        taken = taken + _fresh(pool, taken, seed, size)
    return {q.cluster for q in taken}, {q.sha1 for q in taken}


def pool_articles(data: Path) -> Iterator[dict[str, Any]]:
    """Every GVA article (each id once, in the file's order) outside the incidents and quotations speaker samples
    1-7 touch: the articles the reported_dev draws read."""
    clusters, texts = _taken(data)
    touched = {q.doc for q in quotations(data) if q.cluster in clusters or q.sha1 in texts}
    seen: set[str] = set()
    with gzip.open(data / "gva_violent_corpus" / "gva_violent_corpus.jsonl.gz", "rt", encoding="utf-8") as fh:
        for art in map(json.loads, fh):
            if art["id"] in seen or art["id"] in touched or art["cluster"] in clusters:
                continue
            seen.add(art["id"])
            yield art


def _paragraphs(data: Path) -> Iterator[tuple[str, str, int, int, str]]:
    """(article id, incident, start, end, text) of every paragraph of 120-700 characters with a lower-case word, of every
    article of :func:`pool_articles`, in the file's order."""
    for art in pool_articles(data):
        text, offset = art["text"], 0
        for para in _PARAGRAPH.split(text):
            offset = text.index(para, offset)
            body = para.strip()
            start = offset + para.index(body) if body else offset
            if 120 <= len(body) <= 700 and re.search(r"\b[a-z]{3,}\b", body):
                yield art["id"], art["cluster"], start, start + len(body), body
            offset += len(para)


def draw_paragraphs(data: Path = DATA, seed: int = SEED, size: int = SIZE) -> list[dict[str, Any]]:
    """``size`` paragraphs: each gets the key u ** (1 / weight) from ``random.Random(seed)`` in pool order, highest
    first; at most one a incident and one a paragraph text (a syndicated copy is not drawn twice)."""
    rng = random.Random(seed)
    pool = list(_paragraphs(data))
    weights = [WEIGHT if _SPEECH.search(p[4]) else 1.0 for p in pool]
    keyed = sorted(((rng.random() ** (1 / w), i) for i, w in enumerate(weights)), reverse=True)
    chosen: list[dict[str, Any]] = []
    clusters: set[str] = set()
    texts: set[str] = set()
    for _, i in keyed:
        doc, cluster, start, end, body = pool[i]
        if cluster in clusters or _sha1(body) in texts:
            continue
        clusters.add(cluster)
        texts.add(_sha1(body))
        chosen.append({"doc": doc, "start": start, "end": end, "sha1": _sha1(body)})
        if len(chosen) == size:
            break
    return chosen


def rows(half: str = "all", labels: Path = LABELS, data: Path = DATA) -> list[dict[str, Any]]:
    """The labelled paragraphs of ``labels`` in reported_dev3's row format (``text``, and each quotation's
    ``quote``), their text put back from the shared data; ``half`` "A", "B" or "all". A paragraph or quotation
    whose words no longer match its SHA-1 is an error, never dropped."""
    articles = _articles(data)
    out = []
    for line in labels.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if half not in ("all", row["half"]):
            continue
        text = articles.get(row["doc"], "")[row["start"] : row["end"]]
        if _sha1(text) != row["sha1"]:
            raise ValueError(
                f"{labels.name} {row['id']}: {row['doc']}[{row['start']}:{row['end']}] is not {row['sha1']}"
            )
        quoted = []
        for q in row["quotes"]:
            words = text[q["start"] : q["end"]]
            if _sha1(words) != q["sha1"]:
                raise ValueError(f"{labels.name} {row['id']}: [{q['start']}:{q['end']}] is not {q['sha1']}")
            quoted.append({**q, "quote": words})
        negatives = [{**n, "text": text[n["start"] : n["end"]]} for n in row.get("negatives", [])]
        out.append({**row, "text": text, "quotes": quoted, "negatives": negatives})
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--draw", action="store_true", help="print the drawn paragraphs' keys, one JSON a line"
    )
    args = parser.parse_args()
    if args.draw:
        for k, p in enumerate(draw_paragraphs(), 1):
            print(json.dumps({"id": f"rd4-{k:02d}", "half": "A" if k % 2 else "B", **p}))


if __name__ == "__main__":
    main()
