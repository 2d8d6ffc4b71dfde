"""reported_dev6 (issue 7, session 29): paragraphs of real US local news drawn blind from the GVA corpus for family 2
(a "told <hearer> <clause>" nested in another attribution), labelled by hand in GGT's convention before any reader ran
on them.

Kept as reported_dev4 keeps its labels (benchmarks/data/reported_dev6.jsonl: article, offsets, SHA-1) and read back
by ``reported_dev4.rows``. Pool: reported_dev5's (reported_dev4's paragraphs less the incidents of session 27's 25
read sentences), less the incidents reported_dev4 and reported_dev5 drew from, those of speaker sample 8 and those
holding a sentence session 28 read for family 1 (:data:`READ_FOR_FAMILY1`). Two strata of :data:`HALF` paragraphs
drawn in turn: those holding a nested "told <hearer>" (:func:`nested`), then those holding another verb of saying or
a quotation mark. ``.venv/bin/python benchmarks/reported_dev6.py --draw`` prints the drawn paragraphs' keys."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks import reported_dev4, reported_dev5  # noqa: E402

DATA = reported_dev4.DATA
LABELS = ROOT / "benchmarks" / "data" / "reported_dev6.jsonl"
SEED = 2943
"""The draw's seed (``random.Random``)."""
HALF = 20
"""Paragraphs drawn from each stratum."""
READ_FOR_FAMILY1 = frozenset(
    """
gva-118975 gva-202981 gva-212157 gva-269072 gva-286029 gva-303659 gva-305907 gva-325983 gva-335695 gva-338580
gva-348209 gva-362322 gva-366435 gva-375437 gva-384748 gva-386699 gva-387903 gva-390640 gva-408249 gva-455142
gva-466375 gva-481900 gva-490590 gva-492001 gva-527631 gva-541996 gva-545868 gva-555011 gva-570142 gva-571835
gva-633770 gva-643243 gva-644718 gva-645170 gva-646834 gva-658161 gva-663097 gva-693307 gva-726733 gva-728483
gva-730788 gva-744473 gva-747559 gva-748266 gva-751177 gva-780213 gva-795052 gva-795247 gva-804659
""".split()  # noqa: SIM905 (the ids as the text holds them)
)
"""The incidents holding one of the 51 sentences session 28's count of family 1's misses printed and read
(compare_reported.md, Session 28, "Next forms")."""
_TOLD = re.compile(
    r"\b(?:told|tells)\s+(?:the\s+)?(?:local\s+|state\s+)?(?:police|officers|investigators|deputies|detectives|"
    r"authorities|dispatchers|reporters)(?![\w'’-])"
)
"""Family 2's inner cue: "told"/"tells" before family 1's hearers or "reporters" (whatever follows)."""
_SENTENCE = re.compile(r"(?<=[.!?])[\x22”’]?\s+(?=[\x22“]?[A-Z])")
_TRAILING = re.compile(
    r",\s+(?:[\w'’.-]+\s+){0,6}?(?:said|says|say|added|stated|states|reported|according\s+to)\b"
)
_SAID_BEFORE = re.compile(r"\b(?:said|says|say|added|adds|stated)\b")
_ACCORDING_FIRST = re.compile(r"\s*[\x22“]?According\s+to\b")


def nested(paragraph: str) -> bool:
    """Whether a sentence of ``paragraph`` holds a "told <hearer>" inside another attribution: a trailing ", X
    said/says/according to" after it, a "said/says/added" before it, or a leading "According to"."""
    for sentence in _SENTENCE.split(paragraph):
        for told in _TOLD.finditer(sentence):
            if (
                _TRAILING.search(sentence, told.end())
                or _SAID_BEFORE.search(sentence, 0, told.start())
                or _ACCORDING_FIRST.match(sentence)
            ):
                return True
    return False


def _left_out(pool: list[reported_dev5.Paragraph], data: Path) -> set[str]:
    """The incidents the draw leaves out (the module's docstring)."""
    docs = {
        json.loads(line)["doc"]
        for labels in (reported_dev4.LABELS, reported_dev5.LABELS)
        for line in labels.read_text(encoding="utf-8").splitlines()
    }
    drawn = {cluster for doc, cluster, *_ in pool if doc in docs}
    return (
        drawn
        | reported_dev5._read_incidents(data)
        | reported_dev5._sample8_incidents(data)
        | READ_FOR_FAMILY1
    )


def draw_paragraphs(data: Path = DATA, seed: int = SEED, half: int = HALF) -> list[dict[str, Any]]:
    """``half`` paragraphs holding a nested "told <hearer>", then ``half`` holding another verb of saying or a
    quotation mark and none: in each stratum a paragraph's key is ``random.Random(seed)``'s next draw in pool order,
    highest first; at most one paragraph an incident and one a paragraph text over both strata."""
    pool = list(reported_dev4._paragraphs(data))
    left_out = _left_out(pool, data)
    pool = [p for p in pool if p[1] not in left_out]
    marked = [nested(p[4]) for p in pool]
    inner = [p for p, m in zip(pool, marked, strict=True) if m]
    other = [p for p, m in zip(pool, marked, strict=True) if not m and reported_dev4._SPEECH.search(p[4])]
    return reported_dev5.draw_strata((inner, other), seed, half, set())


def rows(half: str = "all", labels: Path = LABELS, data: Path = DATA) -> list[dict[str, Any]]:
    """reported_dev6's labelled paragraphs, read back as ``reported_dev4.rows`` reads its own."""
    return reported_dev4.rows(half, labels, data)


def main() -> None:
    reported_dev5.print_draw(__doc__, draw_paragraphs, "rd6")


if __name__ == "__main__":
    main()
