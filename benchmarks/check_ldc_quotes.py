"""Direct quotes in LDC-style wire copy (``…,'' he said), on dev data only: DUC 2003 task 2 and DUC 2006.

    .venv/bin/python benchmarks/check_ldc_quotes.py

Counts, per set, the documents, the quotes ``extract_quotes`` finds, the share with a resolved speaker and the
quotes that open on narration (" said " in their first 40 characters, or "he said"/"she said"/"said" at their
start: the text between two quotes read as one). The reader audit (reader_audit.md, F-5) found this; session 20's
lead measured DUC 2003 task 2 before/after the backtick fix (104e040): quotes 409 -> 1,193, speakers 0.130 -> 0.946,
narration-like 209 -> 10.

``--sample`` prints reader_audit_f6.md's fixed sample (reader audit F-6): the first 60 quotes with a speaker of
DUC 2003 task 2 in file order, then every quote of examples/corpus, each with its speaker, role and context.
"""

from __future__ import annotations

import gzip
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from newsfuse.compare.quotes import extract_quotes
from newsfuse.model import Article

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
SETS = {
    "duc2003_task2": DATA / "duc2003" / "duc2003_task2.jsonl.gz",
    "duc2006": DATA / "duc2006" / "duc2006.jsonl.gz",
}


def _narration(quote: str) -> bool:
    return quote.lstrip().startswith(("he said", "she said", "said")) or " said " in quote[:40]


def counts(path: Path) -> dict[str, float]:
    """Documents, quotes, speaker share and narration-like quotes of one DUC file's documents."""
    docs = quotes = known = narration = 0
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            for doc in json.loads(line)["documents"]:
                text = doc["text"] if isinstance(doc, dict) else doc
                docs += 1
                for quote in extract_quotes(Article(id=str(docs), path=str(docs), text=text)):
                    quotes += 1
                    known += quote.speaker is not None
                    narration += _narration(text[quote.span.start : quote.span.end])
    return {
        "documents": docs,
        "quotes": quotes,
        "speaker_share": round(known / max(quotes, 1), 3),
        "narration_like": narration,
    }


def _texts(path: Path) -> Iterator[str]:
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            for doc in json.loads(line)["documents"]:
                yield doc["text"] if isinstance(doc, dict) else doc


def sample(first: int = 60) -> Iterator[str]:
    """reader_audit_f6.md's sample: DUC 2003 task 2's first ``first`` quotes with a speaker, then the corpus's."""
    taken = 0
    for number, text in enumerate(_texts(SETS["duc2003_task2"]), 1):
        for quote in extract_quotes(Article(id=str(number), path=str(number), text=text)):
            if quote.speaker is not None and taken < first:
                context = text[max(0, quote.span.start - 150) : quote.span.end + 150].replace("\n", " ")
                yield f"#{taken} duc {number} SPEAKER={quote.speaker!r} ROLE={quote.role!r}\n   {context}\n"
                taken += 1
    corpus = Path(__file__).resolve().parents[1] / "examples" / "corpus"
    for path in sorted(corpus.rglob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for quote in extract_quotes(Article(id=path.name, path=str(path), text=text)):
            context = text[max(0, quote.span.start - 120) : quote.span.end + 120].replace("\n", " ")
            yield f"#{taken} corpus {path.name} SPEAKER={quote.speaker!r} ROLE={quote.role!r}\n   {context}\n"
            taken += 1


if __name__ == "__main__":
    if "--sample" in sys.argv[1:]:
        for row in sample():
            print(row)
        raise SystemExit
    for name, path in SETS.items():
        print(name, json.dumps(counts(path)) if path.exists() else f"skipped: {path} is absent")
