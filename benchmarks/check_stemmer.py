"""Check that ``newsfuse.text.stem.porter_stem`` gives NLTK's ``PorterStemmer()`` stem for every word type.

The vocabulary: every word type of the dev corpora in ../shared/data (every string of every record of their
.jsonl.gz files; for polnear and ecbplus only the train and dev splits), of a pipeline input
(benchmarks/work/jsonl-2000-s9-g2 by default), and random strings over the letters the rules read, drawn
with a fixed seed. Two tokenisations are used: the lower-case ``[a-z0-9]+`` runs the concept code stems,
and lower-cased ``\\w+`` tokens (non-ASCII letters too). NLTK is needed here only (it comes with the
bench extra through rouge-score).

    .venv/bin/python benchmarks/check_stemmer.py [--data ../shared/data] [--input benchmarks/work/jsonl-2000-s9-g2]

Exits 1 and prints the first differences if any word stems differently.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from nltk.stem.porter import PorterStemmer

from newsfuse.text.stem import porter_stem

ROOT = Path(__file__).resolve().parents[1]
DEV = (
    "duc2003",
    "duc2006",
    "duc2007",
    "multiling2011_pilot",
    "gva_violent_corpus",
    "uci_news_aggregator_subset",
    "wikiref220",
    "mrpc_news_paraphrase",
    "cleaneval",
    "cleanportaleval",
    "l3s_gn1",
    "readability_testpages",
    "trafilatura_eval",
    "polnear",
    "ecbplus",
)
"""The dev sets of ../shared/data/README.md (polnear and ecbplus: their train and dev splits only)."""
_SPLIT_KEYS = ("split", "split_cv2015")
_RUN = re.compile(r"[a-z0-9]+")
_WORD = re.compile(r"\w+")


def strings(value: object) -> Iterator[str]:
    """Every string inside a JSON value."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


def dev_texts(data: Path) -> Iterator[str]:
    for name in DEV:
        for path in sorted((data / name).glob("*.jsonl.gz")):
            if name == "mrpc_news_paraphrase" and "test" in path.name:
                continue
            with gzip.open(path, "rt", encoding="utf-8") as lines:
                for line in lines:
                    record = json.loads(line)
                    split = next((record[k] for k in _SPLIT_KEYS if k in record), None)
                    if name in ("polnear", "ecbplus") and split not in ("train", "dev"):
                        continue
                    yield from strings(record)


def input_texts(folder: Path) -> Iterator[str]:
    for path in sorted(folder.rglob("*")):
        if path.suffix == ".jsonl":
            with path.open(encoding="utf-8") as lines:
                for line in lines:
                    yield from strings(json.loads(line))
        elif path.suffix in (".txt", ".md"):
            yield path.read_text(encoding="utf-8", errors="replace")


def random_words(count: int, seed: int = 19) -> set[str]:
    """Random strings weighted toward the letters and endings the rules read."""
    rng = random.Random(seed)
    letters = "aeiouyaeiouybcdfglmnprstvwxz"
    endings = (
        "",
        "s",
        "ss",
        "ies",
        "sses",
        "ied",
        "eed",
        "ed",
        "ing",
        "y",
        "alli",
        "bli",
        "logi",
        "fulli",
        "ational",
        "ization",
        "ement",
        "ion",
        "e",
        "ll",
        "iciti",
        "ousness",
        "at",
        "iz",
        "izing",
        "ating",
        "yed",
        "ying",
    )
    words = set()
    while len(words) < count:
        body = "".join(rng.choice(letters) for _ in range(rng.randint(0, 8)))
        words.add(body + rng.choice(endings))
    return words


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--input", type=Path, action="append", default=None)
    parser.add_argument("--random", type=int, default=200_000, help="random strings to add (default 200,000)")
    args = parser.parse_args()
    inputs = args.input or [ROOT / "benchmarks" / "work" / "jsonl-2000-s9-g2"]
    runs: set[str] = set()
    words: set[str] = set()
    texts = [dev_texts(args.data), *map(input_texts, inputs)]
    for source in texts:
        for text in source:
            lowered = text.lower()
            runs.update(_RUN.findall(lowered))
            words.update(_WORD.findall(lowered))
    fuzz = random_words(args.random)
    vocabulary = sorted(runs | words | fuzz)
    print(
        f"{len(runs):,} [a-z0-9]+ runs, {len(words):,} \\w+ words, {len(fuzz):,} random strings: "
        f"{len(vocabulary):,} distinct"
    )
    nltk = PorterStemmer()
    started = time.process_time()
    expected = [nltk.stem(w) for w in vocabulary]
    nltk_cpu = time.process_time() - started
    started = time.process_time()
    got = [porter_stem(w) for w in vocabulary]
    own_cpu = time.process_time() - started
    wrong = [(w, e, g) for w, e, g in zip(vocabulary, expected, got, strict=True) if e != g]
    print(f"CPU to stem them all: NLTK {nltk_cpu:.2f} s, newsfuse.text.stem {own_cpu:.2f} s")
    for word, want, have in wrong[:30]:
        print(f"  {word!r}: NLTK {want!r}, ours {have!r}")
    print(f"{len(wrong):,} of {len(vocabulary):,} word types differ")
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
