"""The DUC dev pool (reader audit F-9): its clusters pooled and clustered as one pile, batch and stream.

The pool is ``reader_audit.py --build``'s input (DUC 2003 task 2, DUC 2006, DUC 2007: 12 clusters). B³ is
scored against the DUC cluster of each article. DUC 2003's clusters are TDT events; DUC 2006's and 2007's
are topics that span months or years, so a split of a topic into its stories counts as a loss here even
where a reader would call them separate events: the events spanning more than ``--days`` are listed, each
article with its date and heading, to be read. A second gold (``STORIES``, results/cluster_duc_stories.json,
its rule inside) keeps DUC 2003's events and splits DUC 2006's topics into the stories one reader found; a
third (``STORIES_R2``, results/cluster_duc_stories_r2.json) those a second reader found by a rule of their own,
without seeing any clustering output or the first reader's labels. ``--agreement`` scores the two story golds
against each other (B³ over the pool's DUC 2006 documents) and lists the documents they place differently.

    .venv/bin/python benchmarks/reader_audit.py --build      # once
    .venv/bin/python benchmarks/bench_cluster_duc.py [--days 30] [--cluster key=value ...]
    .venv/bin/python benchmarks/bench_cluster_duc.py --agreement
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_cluster import Prepared, _cluster_settings, _labels, _scores, stream
from newsfuse.clean import clean_document
from newsfuse.cluster import cluster_articles
from newsfuse.config import Config
from newsfuse.dedup import find_duplicates
from newsfuse.ingest.datasets import read_records
from newsfuse.ingest.records import record_to_docs
from newsfuse.model import Article, RawDoc

POOL = Path(__file__).resolve().parent / "work" / "reader_audit" / "duc_dev.jsonl"
STORIES = Path(__file__).resolve().parent / "results" / "cluster_duc_stories.json"
STORIES_R2 = Path(__file__).resolve().parent / "results" / "cluster_duc_stories_r2.json"


def duc_pool(config: Config, path: Path = POOL) -> Prepared:
    """The pool's documents cleaned and deduplicated as the pipeline does; gold: each one's DUC cluster
    (the record id before the document's own). Raises FileNotFoundError when the pool is not built."""
    if not path.exists():
        raise FileNotFoundError(f"{path} is missing: run benchmarks/reader_audit.py --build first")
    docs: list[RawDoc] = []
    for n, record in enumerate(read_records(str(path))):
        parts = record_to_docs(record, str(record.get("id", n)), str(path))
        docs += [doc for doc in parts if isinstance(doc, RawDoc)]
    gold = {doc.id: doc.id.split("/")[0] for doc in docs}
    articles = tuple(a for a in (clean_document(d, config.clean) for d in docs) if isinstance(a, Article))
    same_as = find_duplicates(list(articles), config.dedup).duplicate_of()
    return Prepared("duc_dev_pool", "dev", articles, same_as, gold)


def story_gold(prepared: Prepared, path: Path = STORIES) -> dict[str, str]:
    """Each document's story: DUC 2003's cluster (a TDT event); a DUC 2006 document's labelled story in
    ``path``, else the document alone."""
    stories: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))["stories"]
    gold = {}
    for doc_id, cluster in prepared.gold.items():
        own = doc_id.split("/")[-1]
        gold[doc_id] = cluster if cluster.startswith("duc2003") else stories.get(own, doc_id)
    return gold


def agreement(path_a: Path = STORIES, path_b: Path = STORIES_R2, pool: Path = POOL) -> dict[str, Any]:
    """The two story golds scored against each other over the pool's DUC 2006 documents (a document a file
    leaves out is a story alone): B³ with ``path_a`` as gold, and each document whose story differs."""
    own = [
        doc["id"]
        for record in read_records(str(pool))
        if str(record.get("id", "")).startswith("duc2006")
        for doc in record.get("documents", [])
    ]
    a: dict[str, str] = json.loads(path_a.read_text(encoding="utf-8"))["stories"]
    b: dict[str, str] = json.loads(path_b.read_text(encoding="utf-8"))["stories"]
    gold = {d: a.get(d, f"alone:{d}") for d in own}
    other = {d: b.get(d, f"alone:{d}") for d in own}
    mates_a = {d: {e for e in own if gold[e] == gold[d]} for d in own}
    mates_b = {d: {e for e in own if other[e] == other[d]} for d in own}
    differ = sorted(d for d in own if mates_a[d] != mates_b[d])
    return {
        "documents": len(own),
        "b3": _scores(other, gold),
        "differ": [[d, gold[d], other[d]] for d in differ],
    }


def _day(article: Article) -> date | None:
    try:
        return date.fromisoformat(article.published[:10]) if article.published else None
    except ValueError:
        return None


def spanning(events: list[list[str]], prepared: Prepared, days: int) -> list[dict[str, Any]]:
    """The events whose dated articles lie more than ``days`` apart, widest first: each with its span,
    its DUC clusters and its articles (id, date, title or the text's first words) in date order."""
    by_id = {a.id: a for a in prepared.articles}
    out = []
    for ids in events:
        held = sorted((a for a in map(by_id.get, ids) if a is not None), key=lambda a: a.published or "")
        dated = [d for d in map(_day, held) if d is not None]
        if not dated or (max(dated) - min(dated)).days <= days:
            continue
        out.append(
            {
                "days": (max(dated) - min(dated)).days,
                "clusters": sorted({prepared.gold[i] for i in ids}),
                "articles": [
                    [a.id, (a.published or "")[:10], (a.title or " ".join(a.text.split()[:10]))[:70]]
                    for a in held
                ],
            }
        )
    return sorted(out, key=lambda event: -event["days"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--days", type=int, default=30, help="list events spanning more than this")
    parser.add_argument("--cluster", action="append", default=[], help="key=value of the cluster settings")
    parser.add_argument("--agreement", action="store_true", help="the two story golds against each other")
    args = parser.parse_args()
    if args.agreement:
        agreed = agreement()
        print(f"{agreed['documents']} DUC 2006 documents, reader 2 against reader 1: {agreed['b3']}")
        for doc_id, first, second in agreed["differ"]:
            print(f"  {doc_id}  reader 1 {first}  reader 2 {second}")
        return
    config = Config()
    settings = _cluster_settings(sys.argv[1:])
    if settings:
        config = config.with_values(cluster=settings)
    prepared = duc_pool(config)
    batch = cluster_articles(prepared.articles, config.cluster, prepared.same_as)
    streamed = stream(prepared, config)[0]
    print(
        f"{len(prepared.articles)} articles, {len(set(prepared.gold.values()))} DUC clusters, settings {settings}"
    )
    stories, stories_r2 = story_gold(prepared), story_gold(prepared, STORIES_R2)
    for name, events in (("batch", batch), ("stream", streamed)):
        print(
            f"{name}: {len(events)} events, DUC clusters {_scores(_labels(events, prepared.gold), prepared.gold)}"
        )
        print(f"{name}: stories {_scores(_labels(events, stories), stories)}")
        print(f"{name}: stories r2 {_scores(_labels(events, stories_r2), stories_r2)}")
    for event in spanning(batch, prepared, args.days):
        print(f"\n{event['days']} days, {', '.join(event['clusters'])}")
        for aid, day, heading in event["articles"]:
            print(f"  {day}  {aid}  {heading}")


if __name__ == "__main__":
    main()
