"""reported_dev7 (issue 7, reported2 session 29): paragraphs of real US local news drawn blind from the GVA corpus
for family 2′ (family 2's nested "told" with the hearer, request and description-subject rules its failure named),
labelled by hand in GGT's convention before any reader ran on them.

Kept as reported_dev4 keeps its labels (benchmarks/data/reported_dev7.jsonl: article, offsets, SHA-1) and read back
by ``reported_dev4.rows``. Pool: reported_dev6's, less the incidents reported_dev6 drew from and those of the
`quotes` engineer's GVA texts this round (:data:`QUOTES_TEXTS`, none at the draw). Three strata drawn in turn:
:data:`NESTED` paragraphs holding a nested "told <hearer>" (:func:`nested`), :data:`NOUN_HEARER` holding "told
<possessive or acronym> <word>" (:func:`noun_hearer`) and none of the first form, :data:`OTHER` holding another verb
of saying or a quotation mark and neither. ``.venv/bin/python benchmarks/reported_dev7.py --draw`` prints the drawn
paragraphs' keys."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks import reported_dev4, reported_dev5, reported_dev6  # noqa: E402

DATA = reported_dev4.DATA
LABELS = ROOT / "benchmarks" / "data" / "reported_dev7.jsonl"
SEED = 2947
"""The draw's seed (``random.Random``)."""
NESTED, NOUN_HEARER, OTHER = 20, 10, 10
"""Paragraphs drawn from each stratum."""
QUOTES_TEXTS: frozenset[str] = frozenset()
"""GVA articles the `quotes` engineer read this round (/tmp/quotes29/texts.txt names none at the draw)."""
_TOLD_ANY = re.compile(r"\b(?:told|tells)\s+[\w'’.-]+")
"""Family 2′'s inner cue: "told"/"tells" before any hearer word."""
_POSSESSIVE_HEARER = re.compile(r"\b(?:told|tells)\s+(?:her|his|their|its|[A-Z]{2,5})\s+[a-z]")
"""A hearer that is a possessive or an acronym before a lower-case word ("told her mother", "told VA doctors")."""


def nested(paragraph: str) -> bool:
    """Whether a sentence of ``paragraph`` holds "told/tells <word>" inside another attribution (reported_dev6's
    forms: a trailing ", X said/says/according to" after it, a "said/says/added" before it, a leading "According
    to")."""
    for sentence in reported_dev6._SENTENCE.split(paragraph):
        for told in _TOLD_ANY.finditer(sentence):
            if (
                reported_dev6._TRAILING.search(sentence, told.end())
                or reported_dev6._SAID_BEFORE.search(sentence, 0, told.start())
                or reported_dev6._ACCORDING_FIRST.match(sentence)
            ):
                return True
    return False


def noun_hearer(paragraph: str) -> bool:
    """Whether ``paragraph`` holds "told/tells <her/his/their/its or an acronym> <lower-case word>"."""
    return bool(_POSSESSIVE_HEARER.search(paragraph))


def draw_paragraphs(data: Path = DATA, seed: int = SEED) -> list[dict[str, Any]]:
    """The three strata in turn (the module's docstring): in each a paragraph's key is ``random.Random(seed)``'s next
    draw in pool order, highest first; at most one paragraph an incident and one a paragraph text over all."""
    pool = list(reported_dev4._paragraphs(data))
    left_out = reported_dev6._left_out(pool, data)
    docs = {
        json.loads(line)["doc"] for line in reported_dev6.LABELS.read_text(encoding="utf-8").splitlines()
    } | QUOTES_TEXTS
    left_out |= {cluster for doc, cluster, *_ in pool if doc in docs}
    pool = [p for p in pool if p[1] not in left_out]
    first = [p for p in pool if nested(p[4])]
    second = [p for p in pool if not nested(p[4]) and noun_hearer(p[4])]
    third = [
        p for p in pool if not nested(p[4]) and not noun_hearer(p[4]) and reported_dev4._SPEECH.search(p[4])
    ]
    return reported_dev5.draw_strata((first, second, third), seed, (NESTED, NOUN_HEARER, OTHER), set())


def rows(half: str = "all", labels: Path = LABELS, data: Path = DATA) -> list[dict[str, Any]]:
    """reported_dev7's labelled paragraphs, read back as ``reported_dev4.rows`` reads its own."""
    return reported_dev4.rows(half, labels, data)


def main() -> None:
    reported_dev5.print_draw(__doc__, draw_paragraphs, "rd7")


if __name__ == "__main__":
    main()
