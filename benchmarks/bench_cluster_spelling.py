"""A set's batch and stream B³ F1 with its articles named as the product names them (issue 5, session 29).

``newsfuse run FILE`` and ``newsfuse cluster --dataset FILE`` cluster a record as ``<file name>#<id>``, and the
clusterer breaks exact ties by digests of those names, so a figure scored under the bare ids is a draw neither
path makes. This scores the set under the product's spelling (the data file's name and ``#``, fixed by the
file) or under ``--prefix P``: batch, stream in date order, stream in the file's order, as ``bench_cluster``
prepares and scores them (headline-only members included, as the official rows).

Usage: ``.venv/bin/python benchmarks/bench_cluster_spelling.py SET[,SET ...] [--prefix P]`` (SET: a name of
``bench_cluster.sources``; newscluster_giveme5w1h is the test set: the lead runs it once).
"""

from __future__ import annotations

import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_cluster import (
    Prepared,
    _labels,
    _scores,
    headline_members,
    prepare,
    set_config,
    sources,
    stream,
)
from newsfuse.cluster import cluster_articles
from newsfuse.config import Config

PRODUCT = {  # each set's data file, whose name the product puts before its ids
    "newscluster_giveme5w1h": "newscluster_giveme5w1h.jsonl.gz",
    "gva_violent_corpus": "gva_violent_corpus.jsonl.gz",
    "multinews_mnplus_3000": "multinews_test_mnplus.jsonl.gz",
    "uci_news_aggregator_subset": "uci_news_aggregator_subset.jsonl.gz",
}


def respelt(prepared: Prepared, prefix: str) -> Prepared:
    """The same pile with every article id, copy and gold key written with ``prefix`` before it."""
    return replace(
        prepared,
        articles=tuple(replace(a, id=prefix + a.id) for a in prepared.articles),
        same_as={prefix + k: prefix + v for k, v in prepared.same_as.items()},
        gold={prefix + k: v for k, v in prepared.gold.items()},
    )


def scored(name: str, prefix: str | None, config: Config) -> dict[str, float]:
    """B³ F1 of the batch, the stream in date order and in file order, the set spelt with ``prefix`` (the
    product's when None)."""
    role, pairs = sources()[name]
    pile = prepare(name, role, pairs, set_config(name, config))
    pile = replace(pile, articles=pile.articles + headline_members(pile, config))
    pile = respelt(pile, f"{PRODUCT[name]}#" if prefix is None else prefix)
    runs = {
        "batch": cluster_articles(pile.articles, config.cluster, pile.same_as),
        "date": stream(pile, config)[0],
        "file": stream(pile, config, in_file_order=True)[0],
    }
    return {kind: _scores(_labels(groups, pile.gold), pile.gold)["b3_f1"] for kind, groups in runs.items()}


def main(argv: list[str]) -> int:
    prefix = argv[argv.index("--prefix") + 1] if "--prefix" in argv else None
    config = Config()
    for name in argv[0].split(","):
        start = time.process_time()
        figures = scored(name, prefix, config)
        spelling = f"{PRODUCT[name]}#" if prefix is None else prefix
        cells = " ".join(f"{kind} {f1:.4f}" for kind, f1 in figures.items())
        print(f"{name} {spelling!r}: B3 F1 {cells} ({time.process_time() - start:.0f} CPU s)", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
