"""reported_dev5 (issue 7, session 28): paragraphs of real US local news drawn blind from the GVA corpus for family 1
("told <police|officers|…> <clause>"), labelled by hand in GGT's convention before any reader ran on them.

Kept as reported_dev4 keeps its labels (benchmarks/data/reported_dev5.jsonl: article, offsets, SHA-1) and read back
by ``reported_dev4.rows``. Pool: reported_dev4's paragraphs, less the incidents reported_dev4 drew from and those of
the 25 sentences session 27 read (``random.Random(2742)`` over the "told <hearer>" sentences). Two strata of
:data:`HALF` paragraphs drawn in turn: those holding "told <hearer>", then those holding another verb of saying or a
quotation mark. ``.venv/bin/python benchmarks/reported_dev5.py --draw`` prints the drawn paragraphs' keys."""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks import reported_dev4, speaker_probe  # noqa: E402

DATA = reported_dev4.DATA
LABELS = ROOT / "benchmarks" / "data" / "reported_dev5.jsonl"
SEED = 2843
"""The draw's seed (``random.Random``)."""
HALF = 20
"""Paragraphs drawn from each stratum."""
TOLD_HEARER = re.compile(
    r"\btold\s+(?:the\s+)?(?:local\s+|state\s+)?(?:police|officers|investigators|deputies|detectives|authorities|"
    r"dispatchers)(?![\w'’-])"
)
"""Family 1's hearers after "told", whatever follows (with "that", "about" and "to" as well)."""
_READ_TOLD = re.compile(
    r"\btold (police|investigators|officers|deputies|detectives|authorities|reporters|troopers|dispatchers) "
    r"(?!that\b|to\b|about\b)(?=(?:he|she|they|the|a|an|his|her|their|someone|it|there)\b)"
)
"""The pattern session 27 counted family 1 with (its 25 read sentences are left out of the pool)."""


def _read_incidents(data: Path) -> set[str]:
    """The incidents of the 25 sentences session 27 read: the distinct sentences around a :data:`_READ_TOLD` match
    in the articles of reported_dev4's pool, in file order, sampled by ``random.Random(2742)``."""
    hits: list[tuple[str, str]] = []
    seen: set[str] = set()
    for art in reported_dev4.pool_articles(data):
        text = art["text"]
        for m in _READ_TOLD.finditer(text):
            start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
            end = text.find(".", m.end())
            sentence = text[start : (len(text) if end < 0 else end) + 1].strip()
            if sentence not in seen:
                seen.add(sentence)
                hits.append((art["cluster"], sentence))
    return {cluster for cluster, _ in random.Random(2742).sample(hits, min(25, len(hits)))}


def _sample8_incidents(data: Path) -> set[str]:
    """The incidents of speaker sample 8 (the `quotes` engineer's draw this session, ``speaker_probe.eighth_draw``:
    seed 2508, 160 quotations of incidents and texts samples 1-7 do not touch)."""
    return {q.cluster for q in speaker_probe.eighth_draw(data)}


def _dev4_incidents(pool: list[tuple[str, str, int, int, str]]) -> set[str]:
    """The incidents reported_dev4's paragraphs come from."""
    docs = {json.loads(line)["doc"] for line in reported_dev4.LABELS.read_text(encoding="utf-8").splitlines()}
    return {cluster for doc, cluster, *_ in pool if doc in docs}


def draw_paragraphs(data: Path = DATA, seed: int = SEED, half: int = HALF) -> list[dict[str, Any]]:
    """``half`` paragraphs holding "told <hearer>", then ``half`` holding another verb of saying or a quotation
    mark: in each stratum a paragraph's key is ``random.Random(seed)``'s next draw in pool order, highest first; at
    most one paragraph an incident and one a paragraph text over both strata, none of speaker sample 8's incidents."""
    pool = list(reported_dev4._paragraphs(data))
    left_out = _read_incidents(data) | _dev4_incidents(pool)
    pool = [p for p in pool if p[1] not in left_out]
    told = [p for p in pool if TOLD_HEARER.search(p[4])]
    other = [p for p in pool if not TOLD_HEARER.search(p[4]) and reported_dev4._SPEECH.search(p[4])]
    # sample 8's incidents are skipped where drawn: the keys stay those of the draw made before sample 8
    return draw_strata((told, other), seed, half, _sample8_incidents(data))


Paragraph = tuple[str, str, int, int, str]
"""A pool paragraph: article id, incident, start, end, text (``reported_dev4._paragraphs``)."""


def draw_strata(
    strata: tuple[list[Paragraph], ...], seed: int, half: int | tuple[int, ...], clusters: set[str]
) -> list[dict[str, Any]]:
    """``half`` paragraphs of each stratum in turn (or ``half[k]`` of the k-th): a paragraph's key is
    ``random.Random(seed)``'s next draw in stratum order, highest first; at most one paragraph an incident and one a
    paragraph text over all strata, none of ``clusters`` (which the draw fills)."""
    sizes = half if isinstance(half, tuple) else (half,) * len(strata)
    rng = random.Random(seed)
    chosen: list[dict[str, Any]] = []
    texts: set[str] = set()
    for stratum, size in zip(strata, sizes, strict=True):
        keyed = sorted(((rng.random(), i) for i in range(len(stratum))), reverse=True)
        taken = 0
        for _, i in keyed:
            doc, cluster, start, end, body = stratum[i]
            sha1 = reported_dev4._sha1(body)
            if cluster in clusters or sha1 in texts:
                continue
            clusters.add(cluster)
            texts.add(sha1)
            chosen.append({"doc": doc, "start": start, "end": end, "sha1": sha1})
            taken += 1
            if taken == size:
                break
    return chosen


def rows(half: str = "all", labels: Path = LABELS, data: Path = DATA) -> list[dict[str, Any]]:
    """reported_dev5's labelled paragraphs, read back as ``reported_dev4.rows`` reads its own."""
    return reported_dev4.rows(half, labels, data)


def print_draw(doc: str | None, drawn: Callable[[], list[dict[str, Any]]], prefix: str) -> None:
    """The command line of a drawn set: ``--draw`` prints ``drawn()``'s keys with ids ``prefix-NN``, one JSON a line
    (odd ids half A, even ids half B)."""
    parser = argparse.ArgumentParser(description=doc)
    parser.add_argument(
        "--draw", action="store_true", help="print the drawn paragraphs' keys, one JSON a line"
    )
    if parser.parse_args().draw:
        for k, p in enumerate(drawn(), 1):
            print(json.dumps({"id": f"{prefix}-{k:02d}", "half": "A" if k % 2 else "B", **p}))


def main() -> None:
    print_draw(__doc__, draw_paragraphs, "rd5")


if __name__ == "__main__":
    main()
