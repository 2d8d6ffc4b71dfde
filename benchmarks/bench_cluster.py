"""Event clustering quality (B-cubed, pairwise) in batch and streaming mode, and streaming speed.

Run from the repo root: ``.venv/bin/python benchmarks/bench_cluster.py``. Reads ../shared/data at run
time; writes benchmarks/results/cluster.json and cluster.md.
"""

from __future__ import annotations

import gc
import json
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from functools import partial
from itertools import islice
from pathlib import Path
from typing import Any

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.sparse import csr_matrix
from scipy.spatial.distance import squareform

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.metrics import bcubed, pairwise
from benchmarks.saved import save_results
from newsfuse.clean import clean_document
from newsfuse.cluster import StreamClusterer, cluster_articles
from newsfuse.cluster.batch import date_order
from newsfuse.cluster.embed import embedding_text, load_embedder
from newsfuse.cluster.features import article_terms, weigh
from newsfuse.cluster.headlines import rejected_member
from newsfuse.config import ClusterConfig, Config
from newsfuse.dedup import find_duplicates
from newsfuse.ingest.datasets import read_records
from newsfuse.ingest.records import record_to_docs
from newsfuse.model import Article, RawDoc, Rejected

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
RESULTS = Path(__file__).resolve().parent / "results"


@dataclass(frozen=True)
class Prepared:
    """A clustering set after cleaning and dedup: what the cluster stage sees, and the gold events."""

    name: str
    role: str
    articles: tuple[Article, ...]
    same_as: dict[str, str]
    gold: dict[str, str]


def _line_records(path: Path, keep: Any = None, bare: bool = False) -> Iterator[tuple[RawDoc, str]]:
    """Each record's document and gold event; ``bare``: the text is already the bare article (a headline
    set, which the cleaner would otherwise take for page chrome)."""
    for record in read_records(path):
        if keep is not None and not keep(record):
            continue
        for doc in record_to_docs(record, str(record["id"]), str(path)):
            if isinstance(doc, RawDoc):
                yield (replace(doc, clean=True) if bare else doc), str(record["cluster"])


def _pooled_multinews(path: Path, clusters: int) -> Iterator[tuple[RawDoc, str]]:
    for record in islice(read_records(path), clusters):
        for doc in record_to_docs(record, str(record["id"]), str(path)):
            if isinstance(doc, RawDoc):
                yield doc, str(record["id"])


def sources() -> dict[str, tuple[str, Iterator[tuple[RawDoc, str]]]]:
    """Each benchmark set: its role and its (document, gold event) pairs (lazily read)."""
    news = DATA / "newscluster_giveme5w1h" / "newscluster_giveme5w1h.jsonl.gz"
    return {
        "newscluster_giveme5w1h": (
            "test",
            _line_records(news, lambda r: r.get("subset") == "news_cluster" and r.get("quality") == "ok"),
        ),
        "gva_violent_corpus": (
            "dev",
            _line_records(DATA / "gva_violent_corpus" / "gva_violent_corpus.jsonl.gz"),
        ),
        "multinews_mnplus_3000": (
            "dev",
            _pooled_multinews(DATA / "multinews" / "multinews_test_mnplus.jsonl.gz", 3000),
        ),
        "uci_news_aggregator_subset": (
            "dev",
            _line_records(
                DATA / "uci_news_aggregator_subset" / "uci_news_aggregator_subset.jsonl.gz", bare=True
            ),
        ),
    }


def set_config(name: str, config: Config) -> Config:
    """The settings a set is cleaned with: UCI's headlines with no minimum article length (the cleaner's
    minimum would reject every one of them)."""
    return config.with_values(clean={"min_article_words": 0}) if name.startswith("uci") else config


def headline_members(prepared: Prepared, config: Config) -> tuple[Article, ...]:
    """The set's inputs the cleaner rejects (gold articles not among its kept ones, cleaned again with
    ``set_config``) that ``cluster.headlines.rejected_member`` makes headline-only members of, from the
    headline, outlet and date the cleaner read on each (as ``newsfuse run`` makes them)."""
    kept = {a.id for a in prepared.articles}
    setting = set_config(prepared.name, config).clean
    members: dict[str, Article] = {}
    for doc, _ in sources()[prepared.name][1]:
        if doc.id in kept or doc.id in members or doc.id not in prepared.gold:
            continue
        result = clean_document(doc, setting)
        member = rejected_member(result) if isinstance(result, Rejected) else None
        if member is not None:
            members[doc.id] = member
    return tuple(members.values())


def prepare(name: str, role: str, pairs: Iterator[tuple[RawDoc, str]], config: Config) -> Prepared:
    """Clean and dedup as the pipeline does; articles the cleaner rejects are scored as singletons."""
    seen: set[str] = set()
    docs, gold = [], {}
    for doc, label in pairs:
        if doc.id in seen:  # an article cited for two incidents: keep its first label
            continue
        seen.add(doc.id)
        docs.append(doc)
        gold[doc.id] = label
    articles = [a for d in docs for a in [clean_document(d, config.clean)] if isinstance(a, Article)]
    dedup = find_duplicates(articles, config.dedup)
    return Prepared(name, role, tuple(articles), dedup.duplicate_of(), gold)


def _labels(clusters: list[list[str]], gold: dict[str, str]) -> dict[str, str]:
    labels = {aid: str(n) for n, ids in enumerate(clusters) for aid in ids}
    return {aid: labels.get(aid, f"rejected:{aid}") for aid in gold}


def _scores(labels: dict[str, str], gold: dict[str, str]) -> dict[str, float]:
    b3, pw = bcubed(labels, gold), pairwise(labels, gold)
    return {
        "b3_precision": round(b3["precision"], 4),
        "b3_recall": round(b3["recall"], 4),
        "b3_f1": round(b3["f1"], 4),
        "pairwise_f1": round(pw["f1"], 4),
    }


def stream(
    prepared: Prepared, config: Config, in_file_order: bool = False
) -> tuple[list[list[str]], float, float]:
    """Feed the articles in date order (or as the file lists them) to a fresh StreamClusterer; copies
    follow their original. Returns the events, articles per CPU second and the CPU seconds of one
    ``to_state`` snapshot at the end."""
    clusterer = StreamClusterer(config.cluster)
    leaders = [a for a in prepared.articles if a.id not in prepared.same_as]
    leaders = leaders if in_file_order else date_order(leaders)
    start = time.process_time()
    joined = {a.id: clusterer.add(a) for a in leaders}
    clusterer.consolidate()  # the end of the stream: average-linkage merges of the last day's events
    seconds = time.process_time() - start
    start = time.process_time()
    clusterer.to_state()
    snapshot = time.process_time() - start
    return (
        _events({a: clusterer.resolve(e) for a, e in joined.items()}, prepared.same_as),
        len(leaders) / seconds,
        snapshot,
    )


def _events(label_of: dict[str, str], same_as: dict[str, str]) -> list[list[str]]:
    """Events from each clustered article's label, each duplicate copy placed with its original."""
    for copy_id, target in same_as.items():
        while target in same_as:
            target = same_as[target]
        label_of[copy_id] = label_of[target]
    events: dict[str, list[str]] = {}
    for aid, label in label_of.items():
        events.setdefault(label, []).append(aid)
    return list(events.values())


LINKAGE_THRESHOLDS = (0.1, 0.15, 0.2, 0.25, 0.3, 0.35)


def linkage_baseline(prepared: Prepared, config: Config) -> dict[float, dict[str, float]]:
    """The issue's baseline with our own article vectors: average-linkage agglomerative clustering over all
    articles (no time window) of the clusterer's unit TF-IDF vectors (``article_terms`` + ``weigh``, the
    pile's document frequencies), cut where the mean cosine between two groups falls below each of
    ``LINKAGE_THRESHOLDS``; B³ per threshold. Dense all-pairs distances: O(n²) memory (~0.8 GB at 8k)."""
    leaders = date_order([a for a in prepared.articles if a.id not in prepared.same_as])
    terms = [article_terms(a, config.cluster.max_words) for a in leaders]
    frequency: Counter[str] = Counter()
    for counts in terms:
        frequency.update(counts.keys())
    vocabulary: dict[str, int] = {}
    rows, columns, values = [], [], []
    for row, counts in enumerate(terms):
        for term, weight in weigh(counts, frequency, len(leaders), config.cluster).items():
            rows.append(row)
            columns.append(vocabulary.setdefault(term, len(vocabulary)))
            values.append(weight)
    vectors = csr_matrix((values, (rows, columns)), shape=(len(leaders), len(vocabulary)), dtype=np.float32)
    similarity = (vectors @ vectors.T).toarray()
    np.fill_diagonal(similarity, 1.0)
    tree = linkage(
        squareform(np.clip(1.0 - similarity, 0.0, 2.0).astype(np.float64), checks=False), "average"
    )
    del similarity
    out = {}
    for threshold in LINKAGE_THRESHOLDS:
        labels = fcluster(tree, 1.0 - threshold, "distance")
        groups = _events({a.id: str(n) for a, n in zip(leaders, labels, strict=True)}, prepared.same_as)
        out[threshold] = _scores(_labels(groups, prepared.gold), prepared.gold)
    return out


OFF_TOPIC_VOTES = 3
"""A Multi-News document is off-topic when at least this many of the file's 5 LLM votes call it irrelevant
to its cluster's summary (``llm_irrelevant_votes_of_5``; the file's own Multi-News+ cut keeps those with at
most 2)."""

NOISE_RULES = {
    "rejects": "the articles the cleaner rejects (failed scrapes, sign-in and e-mail notices: never clustered)",
    "off_topic": f"the documents at least {OFF_TOPIC_VOTES} of whose 5 LLM votes in the file call them irrelevant"
    " to their cluster (Multi-News only)",
    "both": "both of these",
}


def _off_topic(prepared: Prepared) -> set[str]:
    """The gold documents of a pooled Multi-News set that the file's own votes call off-topic
    (``OFF_TOPIC_VOTES``); empty for any other set (their files hold no such votes)."""
    if not prepared.name.startswith("multinews"):
        return set()
    clusters = int(prepared.name.rsplit("_", 1)[1])
    path = DATA / "multinews" / "multinews_test_mnplus.jsonl.gz"
    found = set()
    for record in islice(read_records(path), clusters):
        votes = record["llm_irrelevant_votes_of_5"]
        for i, doc in enumerate(record["documents"]):
            inner = doc.get("id") if isinstance(doc, dict) else None
            if votes[i] >= OFF_TOPIC_VOTES:
                found.add(f"{record['id']}/{inner or i}")
    return found & prepared.gold.keys()


def own_noise(prepared: Prepared) -> dict[str, set[str]]:
    """The gold's own noise by ``NOISE_RULES``: per rule, the gold articles it takes out (rules that take
    none out are left out)."""
    rejects = prepared.gold.keys() - {a.id for a in prepared.articles}
    off_topic = _off_topic(prepared)
    subsets = {"rejects": rejects, "off_topic": off_topic, "both": rejects | off_topic}
    if not off_topic:
        del subsets["off_topic"], subsets["both"]
    return {rule: ids for rule, ids in subsets.items() if ids}


def without_noise(clusters: list[list[str]], prepared: Prepared) -> dict[str, dict[str, Any]]:
    """B³ / pairwise scores of these events over the gold without each kind of its own noise
    (``own_noise``): the same events, those articles left out of both sides."""
    labels = _labels(clusters, prepared.gold)
    out = {}
    for rule, drop in own_noise(prepared).items():
        gold = {aid: g for aid, g in prepared.gold.items() if aid not in drop}
        out[rule] = {"removed": len(drop), **_scores({aid: labels[aid] for aid in gold}, gold)}
    return out


def evaluate(prepared: Prepared, config: Config) -> dict[str, Any]:
    """Every row of one set. The official rows cluster what ``newsfuse run`` clusters: the kept articles
    and the headline-only members of the rejects (``cluster.headlines``); ``without_members`` scores the
    kept articles alone, as before the pipeline placed members."""
    members = headline_members(prepared, config)
    kept = prepared
    prepared = replace(kept, articles=kept.articles + members)
    start = time.process_time()
    batch = cluster_articles(prepared.articles, config.cluster, prepared.same_as)
    batch_seconds = time.process_time() - start
    streamed, per_second, snapshot = stream(prepared, config)
    file_order, _, _ = stream(prepared, config, in_file_order=True)
    other = replace(config.cluster, pair_model=not config.cluster.pair_model)
    alternative = cluster_articles(prepared.articles, other, prepared.same_as)
    without = {  # the kept articles alone, over the same gold
        "members": len(members),
        "rejects": len(prepared.gold.keys() - {a.id for a in kept.articles}),
        "batch": _scores(
            _labels(cluster_articles(kept.articles, config.cluster, kept.same_as), prepared.gold),
            prepared.gold,
        ),
        "stream": _scores(_labels(stream(kept, config)[0], prepared.gold), prepared.gold),
    }
    return {
        "role": prepared.role,
        "articles": len(prepared.gold),
        "gold_events": len(set(prepared.gold.values())),
        "batch": _scores(_labels(batch, prepared.gold), prepared.gold),
        "stream": _scores(_labels(streamed, prepared.gold), prepared.gold),
        "batch_without_noise": without_noise(batch, kept),
        "stream_without_noise": without_noise(streamed, kept),
        "stream_file_order": _scores(_labels(file_order, prepared.gold), prepared.gold),
        "batch_pair_model" if other.pair_model else "batch_cosine": _scores(
            _labels(alternative, prepared.gold), prepared.gold
        ),
        "batch_cpu_ms_per_article": round(1000 * batch_seconds / len(prepared.articles), 3),
        "stream_articles_per_cpu_second": round(per_second),
        "to_state_cpu_seconds": round(snapshot, 3),
        "linkage_baseline": {str(t): v for t, v in linkage_baseline(kept, config).items()},
        "without_members": without,
    }


BASELINE = {
    "newscluster_giveme5w1h": (0.905, 0.97),
    "gva_violent_corpus": (0.827, 0.92),
    "multinews_mnplus_3000": (0.769, 0.90),
    "uci_news_aggregator_subset": (None, None),
}


PREVIOUS = {  # batch B³ F1 at the start of the twentieth session (fb82237: date ties, as shipped in 19)
    "newscluster_giveme5w1h": 0.8760,
    "gva_violent_corpus": 0.9174,
    "multinews_mnplus_3000": 0.8092,
    "uci_news_aggregator_subset": 0.7875,
}


NOTES = """

## Twenty-ninth round, lead (2026-11-25, 12:35 UTC): the test set once, under the product's spelling

After C5 (82a5fe2) and every other change of the round (nothing in `cluster/` changed), newscluster_giveme5w1h scored
once with its articles named as `newsfuse run` and `cluster --dataset` now both name them, the figure of record
chosen before the run (`NEWSFUSE_SHARED_DATA=/work/shared/data PYTHONPATH=src:. .venv/bin/python
benchmarks/bench_cluster_spelling.py newscluster_giveme5w1h`): B³ F1 batch **0.8817**, stream date order 0.8656,
stream file order 0.8777; under the bare ids (`--prefix ''`) the same three figures, so the test row 0.8817 holds in
both spellings (this set's ties do not fall otherwise). Target 0.97 missed; no choice followed. A third run after
the lead's mend of the tool's import path (it now runs without `PYTHONPATH`, as bench_cluster does) gave the same.

## Twenty-ninth round, second engineer (2026-11-25, session 29, cluster2): C5, one id spelling for both paths

Why: issue 5 promises the same results from `newsfuse run FILE` and `newsfuse cluster --dataset FILE`. The round
above left the clusterer's tie lottery as it is (the lead's ruling: C3 and C4 are not re-judged), so the promise is
met at the other end. Nothing in `src/newsfuse/cluster/` changes.

Candidate C5, declared before it is built: `tasks.cluster_dataset` names each record's document as `newsfuse run`
names it, `<file name>#<record id>` (`#L<line number>` for a record without an id), through the one function the
JSONL reader uses for that spelling (taken out of `ingest/files.py`'s record reader, not copied), with one
`UniqueIds` over those names as the run's file has; it groups them by the same stages (`pipeline.group`), and
writes its answer keyed by the dataset's own ids as today (the first of a repeated id as it is, the next `~2`,
`~3`, … as `UniqueIds` gives them today). An answer's event id is then the run's event id for that article (the
digest of the smallest run name among its members; a reject's: of its own run name), no longer a digest of the
bare id: said in the README (and docs where they say it).

Acceptance, written before C5 is built:
(a) `benchmarks/bench_cluster_parity.py` (made to check event ids too: every article's event id in the dataset's
answer equal to the run's event holding it, a reject's to `event_id` of its run name) exits 0 on wikiref220,
newscluster_giveme5w1h, GVA and UCI; a test: one small file through `run` and `cluster_dataset` gives every
article the same co-members and the same event id;
(b) no clustering decision changes for a given spelling: `/tmp/cluster29/dev.py duc,gva,uci,mn` (as spelt)
gives the same groupings (the pickles equal) and figures at the start of this shift (f45720c) and with C5;
(c) `newsfuse run examples/corpus` byte-identical (every output file) at f45720c and with C5;
(d) the dataset command's answer has one key per record, each the record's own id (a repeated id `~2` as today),
none lost: a test with a repeated id, a record without an id and a reject.
C5 lands only if all four hold; a failure is written here, not tuned away.

The tables' honesty, written before anything is measured: once C5 lands, the product (both paths) clusters a
file's articles under `<file name>#<id>`; the cluster tables' dev rows score them under the bare ids, a draw that
neither path makes. The dev rows should score the product's spelling, the data file's name and `#`, fixed by the
file, not chosen by any figure: GVA `gva_violent_corpus.jsonl.gz#`, UCI `uci_news_aggregator_subset.jsonl.gz#`,
Multi-News `multinews_test_mnplus.jsonl.gz#` (its ids are already `<record>/<document>`, as the run's reader
spells a `documents` list), the DUC pool `duc_dev.jsonl#`. If C5 lands, the dev B³ F1 rows (batch, stream date
order, stream file order) are measured that way in a dated section, each beside the median and range of the
thirteen spellings of the round above (GVA and DUC had three and one: drawn ten more times first, `a#` … `j#`, at
ab6c413, so every set has thirteen). The table above is not regenerated; the test set's B³
(newscluster_giveme5w1h) is not run: its command is given to the lead.

C5's verdict, measured 12:05-12:26 UTC: it holds all four, and landed (82a5fe2; README 5418182).
(a) `bench_cluster_parity.py` (event ids checked too) exits 0 with C5: wikiref220 220 of 220 articles the same
co-members and event id (f45720c: 218 of 220 co-members), newscluster_giveme5w1h 451 of 451, GVA 6,335 of 6,335
(6,333), UCI 6,366 of 6,366 (36e8fa7: 2,531) (`/tmp/cluster229/parity.sh C`, 96 + 24 + 11 + 6 CPU s). The test:
`tests/cluster/test_dataset_run_parity.py` (one small file, a repeated id, a record without an id after a blank
line, a reject; it failed at f45720c on the event ids). (b) `/tmp/cluster29/dev.py duc,gva,uci,mn` as spelt at
f45720c and with C5: the groupings pickled equal, the figures the same (GVA 0.9239 / 0.9226 / 0.9210, UCI 0.7881 /
0.7902 / 0.7790, Multi-News 0.8092 / 0.8078 / 0.8079, DUC r1 0.8946 / 0.8900 / 0.8744, r2 0.8907 / 0.8888 / 0.8692).
(c) `newsfuse run examples/corpus --out DIR`, the tree at f45720c and with C5: every output file byte-identical
(`diff -r`). (d) the test: one key a record, each its own id (`t1`, `t1~2`, the id-less record's position `4`), and
the `cluster` command writes the same answer. How: `ingest.files.record_name` is the JSONL reader's spelling of a
record's name, taken out of its record reader (which now calls it), and `ingest.datasets.numbered_records` gives
`read_records`' objects with their line numbers; `cluster_dataset` names each record with them under one
`UniqueIds` (as the run's file has), keeps {run name: own id}, groups by `pipeline.group` and answers by own id.
Left as they were (the dataset command's shape, not its clustering): a record's `documents` list is still dropped
by the dataset command (the run reads its documents), a record over `ingest.max_bytes` is read by it (the run
rejects it), and a dataset file given under another name than the run's draws other ties.

The dev rows under the product's spelling (as declared above, the data file's name and `#`; measured 12:27-12:31
UTC with the tree of 82a5fe2 on the piles prepared at ab6c413, `PYTHONPATH=/tmp/cluster229/snapC/src
.venv/bin/python /tmp/cluster29/dev.py SET OUT '<file name>#'`; `benchmarks/bench_cluster_spelling.py`, the same
scoring with the piles prepared afresh, gives UCI the same three figures to the fourth place). Beside each: the
median and range of the thirteen other spellings at ab6c413 (as spelt, `wikiref#`, `news.jsonl#`, `a#` ... `j#`;
GVA's `a#` ... `j#` drawn this round, `/tmp/cluster229/draws_gd.sh`, `draws_g2.sh`; DUC's five spellings, as spelt
and `a#` ... `d#`, are equal to the fourth place, so it was drawn no further) and the product's rank among the
fourteen (1 = highest; ties share the better rank). B³ F1, batch / stream date order / stream file order:

| set | product's spelling | thirteen spellings: median (lowest-highest) | product's rank of 14 | the table's row (bare ids) |
|---|---|---|---|---|
| GVA (`gva_violent_corpus.jsonl.gz#`) | 0.9240 / 0.9227 / 0.9209 | 0.9240 (0.9237-0.9241) / 0.9227 (0.9224-0.9228) / 0.9210 (0.9206-0.9211) | 3 / 2 / 8 | 0.9244 / 0.9235 / 0.921 (round 28's piles; 0.9239 / 0.9226 / 0.9210 at ab6c413's) |
| Multi-News (`multinews_test_mnplus.jsonl.gz#`) | 0.8080 / 0.8065 / 0.8076 | 0.8084 (0.8069-0.8092) / 0.8073 (0.8060-0.8081) / 0.8078 (0.8075-0.8087) | 9 / 11 / 8 | 0.8092 / 0.8077 / 0.808 |
| UCI (`uci_news_aggregator_subset.jsonl.gz#`) | 0.7843 / 0.7799 / 0.7775 | 0.7887 (0.7834-0.7928) / 0.7857 (0.7793-0.7902) / 0.7782 (0.7700-0.7803) | 12 / 12 / 11 | 0.7881 / 0.7902 / 0.779 |
| DUC stories r1 (`duc_dev.jsonl#`) | 0.8946 / 0.8900 / 0.8744 | all five equal | 1 / 1 / 1 | (not in the table) |
| DUC stories r2 (`duc_dev.jsonl#`) | 0.8907 / 0.8888 / 0.8692 | all five equal | 1 / 1 / 1 | (not in the table) |

What a reader takes from it: the table's dev rows are the bare ids' draw, the highest of the thirteen on
Multi-News batch (0.8092) and UCI stream date order (0.7902), near the median elsewhere; the product's own draw is in the low tail on UCI (twelfth of fourteen, batch −0.0044,
date order −0.0058 from the median) and below the median on Multi-News (−0.0004 to −0.0008); GVA and DUC barely
move. No figure here chose anything: the spellings were fixed by the files before the run, the table above is not
regenerated (it scores the bare ids, as its notes say), and nothing in `src/` follows these figures.

The test set's B³ under the product's spelling was not run. The lead's command (run once):
`.venv/bin/python benchmarks/bench_cluster_spelling.py newscluster_giveme5w1h` (in /work/main)
(its pile prepared afresh, headline-only members included as the official row; `--prefix ''` gives the bare ids'
draw of the same scoring, the table's 0.8817 / 0.8656 / 0.878 if the piles are unchanged).

Closing (12:33 UTC): the whole suite, 7d3a6b7's tree with others' uncommitted edits in it, 1,843 passed, 9 skipped, 7
deselected (`.venv/bin/pytest -q -x -p no:randomly`); mypy clean; `duplicates --change --base f45720c`: one pair of
this round's (the test's article prose, written again from tests/test_pipeline_headlines.py; read from there in
0e7a664), the other (benchmarks/reported_dev7.py ~ reported_dev6.py) not this round's.

## Twenty-ninth round (2026-11-25, session 29, cluster): issue 5's parity judged against the ids' lottery

Why: the twenty-eighth round's step 1 (below) found nine orders in `src/newsfuse/cluster/` that an event id's
spelling decides; `newsfuse run` prefixes every id with its file's name, so the run and `newsfuse cluster
--dataset` draw different ties (`bench_cluster_parity.py` at 36e8fa7: UCI 2,531 of 6,366 articles alike). Both
deterministic rules tried (ties to the oldest event, to the newest) moved the dev figures, and the same tree on
the same piles with every id prefixed moved UCI's stream B³ by 0.009: a figure there is one draw of a lottery.

The rule (the lead's ruling, written before this round's runs; (a), (c), (d) as in round 28):
(a) `benchmarks/bench_cluster_parity.py` exits 0 on wikiref220, newscluster_giveme5w1h, GVA and UCI, and a test
under tests/cluster (one pile with its ids renamed gives the same co-members, batch and stream);
(b) on each dev set and order (GVA, Multi-News, UCI; batch, stream date order, stream file order) the
candidate's B³ F1 is not below the lowest of the start tree's three spellings (as spelt, `wikiref#`,
`news.jsonl#`; the start tree is ab6c413, its piles prepared afresh at ab6c413) by more than 0.001; the DUC
story golds r1 / r2 (each order) not below the start's by more than 0.001;
(c) stream CPU within noise (alternated A/B against a snapshot of ab6c413, an A/A pair beside);
(d) `newsfuse run examples/corpus` unchanged, or each change shown.
The floor (the three spellings at ab6c413) is measured and committed here before any candidate runs. Each
candidate is judged alone, once; the test set's B³ figure is not run.

Candidate C3, declared before it is built: the order keeps a lottery's spread but not its dependence on
spelling. Each event carries a tie key: a digest (blake2b, 8 bytes) of its founding article's cleaned title
and text, then the founding article's arrival number in this clusterer (`seq`, fixed width; it only decides
between events whose founders' texts are identical, as the audit's wikiref220 pair's are). Both paths share
both: the cleaned text, and the arrival order (the batch's `date_key` order is the same under a prefix common
to every id; a stream's is its feed's). Orders 1-9 of round 28 take the key where they took the event id:
`_top`'s cut and `_score`'s exact ties to the smaller key; the tie scans (`_far_hit`, `_date_tie`, `_tie`,
`_tie_events`) weigh in key order with `>=` (the larger key wins an exact tie, as the larger id did);
`consolidate` pushes each pair from its smaller key and pops equal means by the pair's keys; the expiry heaps
hold (day, key, id); `_merge` keeps (first day, key). A far event keeps its key and returns with it. Event ids
stay `event_id` of member ids, and an id once given never changes (an absorbed id stays an alias); only which
id survives a merge decided from now on may differ from the old rule. A saved state gains each event's key and
the arrival count; a state saved before them resumes with keys made from each event's id (its digest; no
text is kept in a state) and the order it lists its events, its ids and aliases untouched.

Candidate C4, declared now, built only if C3 fails: `_top` keeps every event tied at its cut (no order
decides which of them are scored; the candidates may exceed `max_candidates`), the other orders as C3.

The floor, measured 11:03-11:19 UTC before any candidate ran (the start tree ab6c413 as it is; piles cleaned,
deduplicated and given their headline-only members afresh at ab6c413; `PYTHONPATH=/tmp/cluster29/snapA/src
.venv/bin/python /tmp/cluster29/dev.py duc,gva,uci,mn OUT [PREFIX]`, every id, copy and gold key prefixed
alike), batch / stream date order / stream file order:

| set | as spelt | `wikiref#` | `news.jsonl#` | lowest (the floor) | (b) passes at |
|---|---|---|---|---|---|
| GVA | 0.9239 / 0.9226 / 0.9210 | 0.9240 / 0.9227 / 0.9210 | 0.9238 / 0.9225 / 0.9206 | 0.9238 / 0.9225 / 0.9206 | 0.9228 / 0.9215 / 0.9196 |
| Multi-News | 0.8092 / 0.8078 / 0.8079 | 0.8079 / 0.8073 / 0.8075 | 0.8069 / 0.8060 / 0.8075 | 0.8069 / 0.8060 / 0.8075 | 0.8059 / 0.8050 / 0.8065 |
| UCI | 0.7881 / 0.7902 / 0.7790 | 0.7894 / 0.7810 / 0.7803 | 0.7893 / 0.7878 / 0.7782 | 0.7881 / 0.7810 / 0.7782 | 0.7871 / 0.7800 / 0.7772 |
| DUC stories r1 | 0.8946 / 0.8900 / 0.8744 | | | (as spelt) | 0.8936 / 0.8890 / 0.8734 |
| DUC stories r2 | 0.8907 / 0.8888 / 0.8692 | | | (as spelt) | 0.8897 / 0.8878 / 0.8682 |

Articles whose co-members the spelling alone changes (`/tmp/cluster29/cmp.py`, as spelt against each prefix;
moved: outside their new event's best-overlapping old event): UCI 3,839-4,368 of 6,366 (moved 97-155), Multi-News
302-491 of 7,705 (51-88), GVA 2-11 of 6,182 (0-4). GVA's figures moved from round 28's (0.9244 / 0.9235 / 0.9212
as spelt) with the piles prepared at ab6c413 (the cleaner's round-28 changes); UCI's and Multi-News's as-spelt rows
are round 28's to the fourth place (Multi-News date order 0.8077 -> 0.8078).

C3 fails (b) on one of the nine, measured 11:19-11:22 UTC (`PYTHONPATH=<ab6c413 + C3>/src .venv/bin/python
/tmp/cluster29/dev.py duc,gva,uci,mn OUT`), batch / date order / file order against the floor: GVA 0.9239 / 0.9226 /
0.9210 (floor 0.9238 / 0.9225 / 0.9206: passes), Multi-News 0.8085 / 0.8076 / 0.8082 (0.8069 / 0.8060 / 0.8075:
passes), UCI 0.7873 / 0.7841 / 0.7746 (0.7881 / 0.7810 / 0.7782: batch −0.0008 and date order +0.0031 pass, file
order −0.0036 fails), DUC stories r1 / r2 unchanged (0.8946 / 0.8900 / 0.8744, 0.8907 / 0.8888 / 0.8692). It does
what it was built for: the same tree with every id prefixed `news.jsonl#` gives every article of every set and order
the same co-members (`cmp.py`: 0 of 6,182 / 7,705 / 6,366 / 209 changed; the same figures to the fourth place).
Against the start as spelt it moves UCI 175 / 103 / 143 articles, Multi-News 64 / 72 / 36, GVA 1 / 1 / 0, DUC 0:
another draw of the lottery, the fourth in UCI's file order (0.7746 against 0.7782-0.7803) and the lowest. Not
landed (kept as /tmp/cluster29/snapC). C4, as declared above, is built now and measured once.

C4 fails (b) too, measured 11:22-11:25 UTC (the same command; ab6c413 + C3 + `_top` keeping every event at or above
its cut), batch / date order / file order against the floor: GVA 0.9237 / 0.9224 / 0.9208 (passes), Multi-News
0.8084 / 0.8074 / 0.8080 (passes), UCI 0.7860 / 0.7834 / 0.7761 (0.7881 / 0.7810 / 0.7782: batch −0.0021 and file
order −0.0021 fail, date order +0.0024), DUC stories r1 / r2 unchanged. Spelling-independent as C3 (`news.jsonl#`:
0 articles' co-members change anywhere). It moves more than any draw: against the start as spelt UCI 302 / 211 / 219
articles, Multi-News 155 / 181 / 115, GVA 2 / 2 / 2 (scoring every event tied at the cut is not a draw of the
lottery: it changes which candidates a headline meets). Not landed (/tmp/cluster29/snapD). Neither declared
candidate lands: nothing in src/ changes this round, and the README's line on run vs cluster --dataset stands.

For the record, after both verdicts (no choice follows; nothing is built on them):

1. Parity (a) on the run's path, which the dev tool does not take: `bench_cluster_parity.py` with C3 gives wikiref220
205 of 220 articles alike (the start tree ab6c413: 218; C4: 220), newscluster_giveme5w1h 451 of 451 (GVA and UCI
stopped: the point was made). Why (`/tmp/cluster29/probe.py`, every `StreamClusterer.add` of both paths logged):
`newsfuse run` clusters each article's head (`runtime.held.head_of`: its id and date, text "" and no title; the terms
are given), so in the run every key's digest is that of one newline and its ties fall by arrival alone (candidate 1's rule),
while the dataset command's fall by the texts' digests. A key both paths share must be read from what the clusterer
is given in both: the article's terms (`article_terms`, passed by the run, computed by `add` otherwise), or a digest
carried with the head. C4 passes wikiref220 only because that file's ties are at `_top`'s cut, which C4 removes.
2. The lottery, drawn ten more times (ab6c413 on the same piles, ids prefixed `a#` ... `j#`; `/tmp/cluster29/draws.sh`),
thirteen spellings in all, batch / date order / file order, lowest / median / highest: UCI 0.7834 / 0.7887 / 0.7928,
0.7793 / 0.7857 / 0.7902, 0.7700 / 0.7782 / 0.7803 (standard deviations 0.0026 / 0.0038 / 0.0025); Multi-News 0.8069
/ 0.8084 / 0.8092, 0.8060 / 0.8073 / 0.8081, 0.8075 / 0.8078 / 0.8087 (0.0007 / 0.0006 / 0.0005). Six of the ten
new spellings of the start tree itself fail the restated (b) on UCI (`a#` file 0.7766, `d#` date 0.7797, `e#` batch
0.7866, `f#` file 0.7700, `h#` batch 0.7834 and date 0.7793, `j#` batch 0.7836 and file 0.7765); none on Multi-News.
C3's and C4's UCI figures rank 5th / 7th / 2nd and 3rd / 7th / 2nd of fourteen: inside the lottery, in its low
tail in file order. A floor made of three draws' lowest rejects a fair draw about as often as not on UCI (with three
draws a fourth falls below their lowest one time in four per order, before the 0.001); it cannot tell a
spelling-independent rule from a bad draw there, only a rule far outside the spread.
3. Stream CPU (`/tmp/cluster29/speed.sh`: `bench_cluster.stream` in date order, articles per CPU s, A C D A' alternated,
three rounds, load 6-11, 11:35-11:44 UTC; C and D against the mean of the round's two A runs, A'/A beside): UCI C −6.1 /
+4.8 / +1.9 %, D −15.7 / −9.8 / −12.2 %, A/A −5.8 / +4.8 / −9.7 %; Multi-News C +5.2 / −18.5 / −2.0 %, D −26.3 / −42.6 /
−38.8 %, A/A −3.6 / +0.7 / +11.5 %. C3's cost is inside the noise but for one round; C4's is not: scoring every event
tied at `_top`'s cut costs 10-16 % on headlines and 26-43 % on Multi-News's short texts.

What is left (the lead's call, not made here after these figures): a rule for (b) that a draw of the lottery passes
as often as it should (e.g. the candidate against the distribution of ten or more spellings: not below their
10th percentile, or its mean over N salted draws against theirs), and a C3 whose key is read from what both paths
give the clusterer (the terms), with the parity check on the run's path run before its dev figures.

Closing (11:50 UTC): the whole suite at 3b3e0bb's working tree, others' uncommitted edits in it, 1,806 passed, 9
skipped, 6 deselected (`.venv/bin/pytest -q -x -p no:randomly`); mypy clean; `duplicates --change --base ab6c413`
lists nothing from this round's files (they are notes only). The candidates, with their tests, are kept as
/tmp/cluster29/c3_full.diff and c4_full.diff against ab6c413.

## Twenty-eighth round (2026-11-25, session 28, cluster): ties broken by the ids' spelling (issue 5: `run` = `cluster --dataset`)

Why: product_audit_r28.md finding 1. `newsfuse cluster --dataset ../shared/data/wikiref220/wikiref220.jsonl.gz`
joins `michelle.obama.115` and `.146`, `newsfuse run` of the same file keeps them apart, on identical cleaned
texts; `pipeline.group` with the run's ids (`wikiref220.jsonl.gz#michelle.obama.115`) keeps them apart and with
the dataset's joins them (`/tmp/cluster28/localize.py`, the audit's tool, at 36e8fa7: False / True / False /
True). A common prefix keeps the articles' ids in the same relative order, but every event id is a digest
(`ids.event_id`): a prefix reshuffles the events' id order at random, and the clusterer broke ties by it.

Step 1, at 36e8fa7: every order in `src/newsfuse/cluster/` that the ids' spelling decides and that can change a
grouping (each decides which event an article joins, or which two events merge, or in what order):

1. `stream._top`: candidates tied in hits at the `max_candidates` cut kept by sorted event id: which events
   are scored at all.
2. `stream._score`: `ranked` sorted by (-join score, event id): an exact tie picks the event joined
   (`ranked[0]`) and the order of bridge merges (`_alike` over `ranked[1:]`).
3. `stream._far_hit`: the far events sharing `far_names` names scanned in id order with `>=`: the largest id
   wins an exact tie (which far event an article, or an event leaving the window, takes).
4. `stream._date_tie`: the open, archived and far candidates each scanned in id order with `>=` (as 3).
5. `stream._tie`: long-range tie candidates scanned in id order with `>=` (as 3).
6. `stream._tie_events`: archived events an event leaving the window may merge with, id order, `>=` (as 3).
7. `stream.consolidate`: each candidate pair pushed from its smaller id, and equal means popped by
   (event id, other id): which pair merges first (a merge changes the next means); the pair's orientation
   also decides which centroid `_dot` sums over when both have as many terms (the float's last bits).
8. The expiry heaps (`_Index.expiry`, `_Archive.expiry`, `_Far.expiry`: (day, event id)): the order in which
   one day's events leave the window (each may merge into an archived or far event, `_tie_events` /
   `_far_events`, which changes what the next one finds), the order far events are kept, and which far events
   are forgotten first at the `far_events` cap.
9. `stream._merge`'s survivor, (first day, event id): besides the name it keeps, the survivor's centroid takes
   the other's terms after its own, an order `_compact`'s stable sort, `tie_terms`' `nlargest` and `_dot`'s
   summation follow (ties of weight, the float's last bits).
10. `batch.date_key` (day, then article id): the order the batch's stream sees one day's articles (and
    `runtime.closing.DateOrdered`, the run's, the same key). A prefix common to every id keeps this order, so
    the run and the dataset command see one order; several files' articles are ordered by file name within a
    day. Kept: it is the arrival order the batch stream has, and it makes the batch independent of the input
    order (a promise too); the rule below takes every other order from it.

Not orders of a grouping: `ids.event_id` (a digest of the smallest member id: a name), `_heaviest`'s ties by
name (terms, not ids), `cluster_articles`' sorted output, `_aging`'s heap (it marks events stale; the order is
not used).

Step 2, the rule (written before it is measured): every event carries `seq`, the arrival number (in this
clusterer) of the article that opened it; in the batch that is its place in `date_key` order. A far event keeps
its seq (`_Far.seqs`) and returns with it. Orders 1-9 take it instead of the id: ties at the cut and exact score
ties go to the event opened first (1, 2); the tie scans (3-6) weigh the latest-opened first with `>=`, so the
event opened first wins an exact tie; `consolidate` pushes each pair from its first-opened event and pops equal
means by (lower seq, higher seq); the expiry heaps hold (day, seq, id); `_merge` keeps (first day, seq): the
first dated, else the first opened. Event ids stay `event_id([founding article])`; no id once given changes (an
absorbed id stays an alias). Only which of two ids survives a merge decided from now on may differ from the old
rule (on a tie of first days: the first opened, not the smaller digest): a new merge, recorded as ever. A saved
state gains `arrivals` and each event's `seq`; a state saved before them is resumed with seqs in the order it
lists its events (far, archived, open: about the order they opened), its ids and aliases untouched.

Acceptance (written before the candidate's dev run): (a) `benchmarks/bench_cluster_parity.py` (`pipeline.run`
against `tasks.cluster_dataset` in one process, no gold read): every article the same co-members on wikiref220,
newscluster_giveme5w1h, GVA and UCI (Multi-News's file is one record a cluster: not a file `run` reads as its
articles); a test under tests/cluster: one pile with ids renamed (a prefix) gives the same co-members, batch and
stream; (b) dev B³ F1 (GVA, Multi-News, UCI; DUC stories r1/r2; batch, stream date order, stream file order) none
down by more than 0.001, and the articles whose co-members change counted; (c) stream CPU within noise
(alternated A/B against the 36e8fa7 snapshot, an A/A pair beside); (d) `newsfuse run examples/corpus` unchanged
or each change shown. The test set's B³ figure is not run.

Candidate 1 (the rule above: ties to the event opened first) fails (b), measured 09:24-09:43 UTC
(`PYTHONPATH=<snapshot>/src .venv/bin/python /tmp/cluster28/dev.py duc,gva,uci,mn OUT.pickle`; 36e8fa7 → 36e8fa7
+ candidate 1; batch / stream date order / stream file order): UCI 0.7881 / 0.7902 / 0.7790 → 0.7819 / 0.7796 /
0.7743, Multi-News 0.8092 / 0.8077 / 0.8079 → 0.8063 / 0.8046 / 0.8066, GVA 0.9244 / 0.9235 / 0.9212 → 0.9242 /
0.9234 / 0.9208, story golds r1 / r2 unchanged (0.8946 / 0.8907 batch). Ties are not rare on headlines and
short texts: at `_top`'s cut and among exact scores the old order (a digest's: at random) spread the choice,
candidate 1 gives it always to the oldest event, which a headline's story has often left. On the wikiref220
pair it holds (`/tmp/cluster28/localize.py`: True / True / True / True). Not landed.

Candidate 2, declared here before it is measured (the same acceptance, (a)-(d)): as candidate 1, but a tie
that picks an event goes to the event opened last (orders 1-7: the cut and exact scores to the highest seq,
the tie scans weigh in arrival order with `>=`, consolidate pops equal means with the pair holding the
latest-opened event first); 8 (processing order) and 9 (the survivor's id: the first dated, else the first
opened) as in candidate 1. Why: a stream's most recent event is the one a story's next article most likely
continues (the decayed cosine already prefers it); the old order was at random, neither old nor new.

Candidate 2 fails (b) too, measured 09:45-09:59 UTC (the same command; a snapshot of 36e8fa7 + candidate 2, kept
with its tests as `/tmp/cluster28/candidate2.diff`), batch / stream date order / stream file order: UCI 0.7881 /
0.7902 / 0.7790 → 0.7874 / 0.7848 / 0.7723 (−0.0007 / −0.0054 / −0.0067), Multi-News 0.8092 / 0.8077 / 0.8079 →
0.8111 / 0.8101 / 0.8103 (+0.0019 / +0.0024 / +0.0024), GVA 0.9244 / 0.9235 / 0.9212 → 0.9243 / 0.9235 / 0.9212,
story golds r1 / r2 unchanged. Parity (a) holds where it was run: `bench_cluster_parity.py` wikiref220 218 → 220 of
220 alike, newscluster_giveme5w1h 451 = 451 (GVA and UCI not finished in the shift). Decisions changed, as
articles moved to another event (`/tmp/cluster28/cmp.py`: the articles outside their new event's best-overlapping
old event): UCI 121 / 101 / 135 of 6,366 (candidate 1: 104 / 86 / 155), Multi-News 89 / 101 / 79 of 7,707, GVA 3 /
4 / 0 of 6,183 (candidate 1: 1 / 1 / 3), DUC 0 of 209. Ties are rare on GVA and DUC, not on headlines and
Multi-News's short texts: at `_top`'s cut most candidates of a headline share one or two query terms. Not landed;
nothing in src/ changes this round.

What a figure is worth here: the ids' own lottery. 36e8fa7 as it is, on the same piles with every id prefixed as a
run's file name prefixes them (nothing else changed; `/tmp/cluster28/devP.py SET OUT PREFIX`, gold and copies
renamed alike): UCI 0.7881 / 0.7902 / 0.7790 as spelt, 0.7894 / 0.7810 / 0.7803 with `wikiref#`, 0.7893 / 0.7878 /
0.7782 with `news.jsonl#` (97-155 articles moved by the spelling alone); GVA 0.9246 / 0.9237 / 0.9212 with
`wikiref#` (0-2 moved); Multi-News 0.8078 / 0.8073 / 0.8075 with `wikiref#` (53-88 moved). So the UCI rows of the table are one draw of a tie lottery whose stream figure spans
0.009 over three spellings, and (b)'s 0.001, written for rare ties, cannot tell a deterministic rule from that draw
there: candidate 2 is inside the three draws on UCI batch and date order and below them in file order (0.7723
against 0.7782-0.7803), above the draw on Multi-News; candidate 1 is below all three UCI draws in batch (0.7819
against 0.7881-0.7894): giving ties to the oldest event is worse, not only another draw.

Left for the next round (the lead's call, not made here after seeing these figures): (b) restated against the
lottery (e.g. no dev figure below the lowest of N spellings of the start's tree), then candidate 2 judged on it as
it stands; or `_top` keeping every event tied at its cut (no order decides there; its CPU on headline streams to
be measured). `benchmarks/bench_cluster_parity.py` lands as the gate (a): at 36e8fa7 it exits 1 on wikiref220's
pair.

Finished after the above (10:09 UTC), the same check on the other two files, and the stream's CPU, for the record
(no choice follows them): `bench_cluster_parity.py` at 36e8fa7: GVA 6,333 of 6,335 alike (2 otherwise), UCI 2,531
of 6,366 (3,835 otherwise: a headline's ties at `_top`'s cut fall otherwise for the run's ids); with candidate 2
GVA 6,335 of 6,335 and UCI 6,366 of 6,366. So at the start issue 5's promise held on UCI for 40 % of the
articles, and the table's UCI row scores the dataset command's draw, not the run's. Stream articles per CPU s
(`/tmp/cluster28/speed.sh`: `speed.py` runs `bench_cluster.stream` in date order, A C A alternated, two rounds,
load 10-17): GVA A 561 / C 756 / A 817, A 784 / C 785 / A 712; Multi-News A 932 / C 999 / A 1111, A 1339 / C 1268 /
A 1299: the A/A pairs differ by up to 31 %, C sits inside them each time (no cost seen at this noise).

## Twenty-fifth round, second engineer (2026-11-25, session 25, cluster2): a pair score learnt outside the dev pool, for one event's different angles

Acceptance rule (the brief's, written 01:31 UTC before any figure of the candidate): the candidate lands only
if, batch B³ F1, both DUC story golds (`bench_cluster_duc.py`, reader 1 and reader 2) rise by at least +0.005,
or GVA or UCI by at least +0.003; no dev set (GVA, Multi-News, UCI, either story gold) is down by more than
0.002, batch or stream, the stream in date order and in file order both; each stream-batch gap <= 0.02; the
stream keeps its speed (articles per CPU s on GVA and pooled Multi-News, alternated A/B against the start
snapshot, within the noise of an A/A pair); `newsfuse run` on examples/corpus unchanged unless shown why. Start
2c3a842 (snapshot A; cluster/ as at 5f79b04): GVA 0.9244 / 0.9235 / 0.9212, Multi-News 0.8092 / 0.8077, UCI
0.7881 / 0.7902 / 0.7790, stories reader 1 0.8946, reader 2 0.8907 (batch / date order / file order). The
test set (newscluster) is not run this shift (it was run at 01:25 UTC).

Candidate (n), the model's form, fixed before it is fitted: a logistic regression (scikit-learn, standardised
features, C 1.0, class weights balanced) over an article-event pair's features the cosine join already has or
can read off the article's vector and the event's centroid: the decayed mean cosine, how far the join score
sits below the join threshold, the word / entity-like span / number parts' cosines (`pairs.split`,
`kind_dots`), the rare names shared (the name bonus's, `_rare_here`) and their share of the article's rare
names, the event's log size. No time feature (ECB+ is undated) and no static embedding (it costs 90-140 us
an article and did not part GVA's near pairs, round 24). Pairs: ECB+ (`../shared/data/ecbplus`,
`split_cv2015`) train topics' documents pooled and streamed through the default clusterer with their own
document frequencies (as `cluster_articles` does); at each arrival every candidate event whose join score is
within 0.30 below the threshold is a pair, positive when at least half the event's documents are of the
article's sub-topic. Fitted on train only (seed 0); the dev topics' pairs give the reported AUC; the test
topics are never read. Use: with the cosine join, a candidate event within the window whose join score lies
`near_low` to `near_high` below the threshold (0.08 to 0.20) has its score raised to the threshold when the
model's probability reaches `near_floor`. Off by default until it passes. Grid fixed in advance, all points
measured and reported: near_floor 0.8 / 0.9 / 0.95 with near_high 0.20, and near_floor 0.9 with near_high
0.14; the best point passing the rule lands, a point passing alone between failing neighbours is noise.

Training, before any dev figure (01:32-01:34 UTC; `PYTHONPATH=<snap N>/src .venv/bin/python
/tmp/cluster225/candidate_n_train_cluster_near.py`, the script kept in scratch with the candidate's code,
/tmp/cluster225/candidate_n.diff): the pairs form written above (the stream's candidates in the band) gave
too few positives to fit - 39 of 2,145 train pairs with the train topics pooled in one stream (the
negatives mostly other topics: dev AUC 0.958 on easy pairs), 40 of 261 with one stream per topic - so,
before any dev set was scored, the pairs became the brief's document pairs of one topic: each train
document against every earlier document of its topic as a one-document event (the clusterer's own unit
vectors with the pooled train document frequencies, its join score with the single discount and name
bonus), kept when that score lies 0-0.30 below the article's join threshold; same sub-topic = positive.
2,640 train pairs, 251 positive; pair AUC train 0.8868, ECB+ dev topics 0.8193 (1,007 pairs, 141 positive);
test topics never read. Standardised coefficients: decayed cosine +1.09, below the threshold -1.99, word
cosine -0.56, entity cosine -1.19, number cosine +0.73, shared names -0.05, name share -0.09, size 0
(constant in one-document pairs), intercept -1.10.

Results (01:35-02:05 UTC; `PYTHONPATH=<snap N>/src .venv/bin/python /tmp/cluster25/h.py duc,gva,uci,mn
'{overrides}' --fo`, snapshot N = 2c3a842 + the candidate, off by default; A's row is round 24's, cluster/
unchanged since). Each cell batch / stream (date order) / stream (file order), B³ F1:

| point | stories r1 | stories r2 | GVA | UCI | Multi-News |
|---|---|---|---|---|---|
| A (2c3a842) | 0.8946 / 0.8900 / 0.8744 | 0.8907 / 0.8888 / 0.8692 | 0.9244 / 0.9235 / 0.9212 | 0.7881 / 0.7902 / 0.7790 | 0.8092 / 0.8077 / 0.808 (the table's) |
| near_floor 0.8, near_high 0.20 | 0.8946 / 0.8900 / 0.8720 | 0.8907 / 0.8888 / 0.8669 | 0.9079 / 0.9050 / 0.9113 | 0.7522 / 0.7530 / 0.7426 | 0.7316 / 0.7226 / 0.7241 |
| near_floor 0.9, near_high 0.20 | 0.8946 / 0.8900 / 0.8720 | 0.8907 / 0.8888 / 0.8669 | 0.9139 / 0.9116 / 0.9155 | 0.7622 / 0.7620 / 0.7437 | 0.7617 / 0.7564 / 0.7532 |
| near_floor 0.95, near_high 0.20 | = | = | 0.9173 / 0.9148 / 0.9172 | 0.7667 / 0.7592 / 0.7541 | 0.7737 / 0.7690 / 0.7689 |
| near_floor 0.9, near_high 0.14 | 0.8946 / 0.8900 / 0.8720 | 0.8907 / 0.8888 / 0.8669 | 0.9170 / 0.9152 / 0.9183 | 0.7821 / 0.7695 / 0.7627 | 0.7734 / 0.7686 / 0.7671 |

No point passes the rule: the story golds' batch never moves, and every point takes GVA down by 0.007-0.017,
UCI by 0.006-0.036 and Multi-News by 0.035-0.078 batch. Nothing landed; `near_floor` and the `cluster.near`
module were never added to the tree. Why, measured (information; /tmp/cluster225/devauc.py duc,gva,uci: each
dev set's batch stream with nothing lifted, every pair 0.08-0.20 below the threshold, positive when the
event's articles are mostly of the article's gold event): the ECB+ model does not carry over. DUC reader 1 /
2: 58 band pairs, 17 positive, AUC 0.663, none reaching 0.5 (99th percentile 0.43; /tmp/cluster225/lifts.py), so no floor lifts one in
batch (the file-order stream's lifts at 0.8 / 0.9 cost -0.0024 / -0.0023);
GVA: 13,011 band pairs, 106 positive (0.8 %), AUC 0.645, reaching 0.8 / 0.9 / 0.95: 324 / 191 / 113, of them
positive 15 / 11 / 6; UCI: 43,017, 5,143 positive, AUC 0.728, reaching 971 / 763 / 608, positive 113 / 99 / 87. ECB+'s
near pairs are two rehab stays or two earthquakes of one kind years apart, which names and numbers part;
the dev sets' near band is mostly other events that share nothing specific (GVA's base rate 0.8 %), and
DUC's angles look to the model like the negatives (low entity and number cosines). The cost: each band pair
cuts the event's centroid by kind; the harness's single runs give stream 418-1,517 articles per CPU s on UCI
against 1,761 at A (not an A/B; the rule had failed already).

Next: a signal trained outside the pool does not rank the dev sets' near pairs (AUC 0.65-0.73 there against
0.82 on ECB+ dev); with GVA's base rate in the band under 1 %, any lifter needs precision near 0.99 to gain.
Left for a later round: the static embedding as a feature (left out by the form) and pairs sampled from a
corpus dated like the dev sets; or accept the story golds near this design's ceiling.

## Twenty-fourth round (2026-11-25, session 25): one event told from different angles, the action words

Acceptance rule (the brief's, written 00:46 UTC before any candidate's figure): a candidate lands only if,
batch B³ F1, both DUC story golds (`bench_cluster_duc.py`, reader 1 and reader 2) rise by at least +0.005,
or GVA or UCI by at least +0.003; no dev set (GVA, Multi-News, UCI, either story gold) is down by more than
0.002, batch or stream, the stream in date order and in file order both; each stream-batch gap <= 0.02; the
stream keeps its speed (>= 1,000 articles per CPU s on pooled Multi-News, alternated A/B against a snapshot,
within the noise); `newsfuse run` on examples/corpus unchanged unless shown why. Start 5f79b04 (snapshot A);
its dev rows as the table's (kept articles + headline-only members): GVA 0.9244 / 0.9235, Multi-News 0.8092 /
0.8077, UCI 0.7881 / 0.7902 (file order 0.7790), stories reader 1 0.8946, reader 2 0.8907. The test set
(newscluster) once, after the last dev choice.

Candidate (a), the event's action, fixed before its first figure: an article's action words are the
lower-case content words (stemmed as the vector's words; a capitalised word is a name's, left to the
names) of its headline and of its lead sentence (the text's first sentence, at most `lead_words` words) -
the verbs and event nouns a lead opens with, found without a tagger (none is installed; nothing is
downloaded). An event's are the union of its members'. When the article and a candidate event are on the
same day (the article's day within the event's days: `_gap` 0; undated articles never) and share at least
one action word held by at most `action_share` of the articles seen (rarity: 'said', 'police', 'shoot'
in GVA never count), the join score gains `action_bonus` (beside the name bonus, not instead of it). Grid
fixed in advance, all four measured and reported: action_bonus 0.04 (the one-name bonus) / 0.08, action_share
0.02 / 0.05; the best point by the rule lands, a point passing alone between failing neighbours is called
noise (UCI's candidate sets move +-0.003 between neighbouring settings).

Candidate (b), written at 00:56 UTC after (a)'s DUC rows (unchanged at every point: below) and one smoke
run of (b) on the DUC pool (band 0.04, floor 0.8: both golds unchanged), before any other figure of it: a
dated article's headline (without an outlet's name) and first `lead_words` words are embedded with the
shipped static model (`summarize.embedding.shipped`: model2vec distilled from all-MiniLM-L6-v2 by
`benchmarks/build_static_model.py`, provenance in `static_model/PROVENANCE.json`; no new weights, no extra);
an event keeps the sum of its members'. When the article's join score to a candidate event on its day (`_gap`
0) falls within `near_band` below the join threshold and the mean cosine of its embedding with the event's
members' reaches `near_floor`, the score is raised to the threshold. Undated articles (Multi-News) are never
embedded. The floors come from a look at same-day pairs before the rule (/tmp/cluster25/ddiag.py, static
cosine, all same-day pairs, not the near band): DUC same story 44 / other 33 pairs, >= 0.75 36 % / 3 %, >=
0.8 18 % / 0 %; GVA 1,046 / 23,870, >= 0.75 59 % / 5.0 %, >= 0.8 39 % / 0.6 %. Grid fixed in advance, all
four measured and reported: near_band 0.06 / 0.10, near_floor 0.75 / 0.80; the best point passing the rule
lands; its cost (stream articles per CPU s on GVA and UCI, A/B alternated) is said.

Candidate (b2), written at 01:03 UTC after (b)'s first grid point (band 0.06, floor 0.75: stories r1
0.8946 -> 0.8923, GVA 0.9244 -> 0.9241) and a look at the near pairs (/tmp/cluster25/neardiag.py: DUC batch
has 9 same-day article-event pairs within 0.12 below the threshold, GVA 414, and there the static cosine
does not tell them apart: >= 0.75 within 0.08, 40 pairs, 16 of the same incident), before any figure of it:
the embedding where the DUC class is split, at the link. Two events of several articles each whose mean
article similarity reaches `link_threshold` but not `link_multi_threshold`, and that are not one story's
days by names (`_one_story`), are linked at `link_threshold` when both are dated, within `story_days` of
each other, and the mean static cosine over their articles' headline-and-lead embeddings reaches
`near_link_floor` (the embeddings as in (b); `near_band` 0). Grid fixed in advance: near_link_floor 0.70 /
0.75 / 0.80; the best point passing the rule lands.

Results (01:20 UTC; `PYTHONPATH=<snap>/src .venv/bin/python /tmp/cluster25/h.py duc,gva,uci,mn
'{overrides}' --fo`: round 24's harness with the stream in file order added; kept articles + headline-only
members; snapshots A = 5f79b04, B = A + (a), C = A + (b), D = C + (b2), each off by default and giving A's
rows when off). Each cell batch / stream (date order) / stream (file order), B³ F1; MN is unchanged at every
point of (a) and never embedded by (b) or (b2) (undated: no same-day pair), so its row is A's.

| point | stories r1 | stories r2 | GVA | UCI |
|---|---|---|---|---|
| A (5f79b04) | 0.8946 / 0.8900 / 0.8744 | 0.8907 / 0.8888 / 0.8692 | 0.9244 / 0.9235 / 0.9212 | 0.7881 / 0.7902 / 0.7790 |
| (a) bonus 0.04, share 0.02 | = | = | 0.9242 / 0.9231 / 0.9214 | 0.7871 / 0.7803 / 0.7810 |
| (a) bonus 0.04, share 0.05 | = | = | 0.9246 / 0.9235 / 0.9217 | 0.7877 / 0.7767 / 0.7844 |
| (a) bonus 0.08, share 0.02 | = | = | 0.9241 / 0.9230 / 0.9214 | 0.7930 / 0.7836 / 0.7876 |
| (a) bonus 0.08, share 0.05 | 0.8946 / 0.8900 / 0.8671 | 0.8907 / 0.8888 / 0.8619 | 0.9247 / 0.9235 / 0.9214 | 0.7944 / 0.7837 / 0.7932 |
| (b) band 0.06, floor 0.75 | 0.8923 / 0.8900 / 0.8744 | 0.8884 / 0.8888 / 0.8692 | 0.9241 / 0.9238 / 0.9206 | 0.7874 / 0.7877 / 0.7802 |
| (b) band 0.06, floor 0.80 | = | = | 0.9244 / 0.9241 / 0.9214 | 0.7881 / 0.7903 / 0.7791 |
| (b) band 0.10, floor 0.75 | 0.8923 / 0.8900 / 0.8744 | 0.8884 / 0.8888 / 0.8692 | 0.9233 / 0.9231 / 0.9191 | 0.7876 / 0.7877 / 0.7802 |
| (b) band 0.10, floor 0.80 | = | = | 0.9247 / 0.9244 / 0.9209 | 0.7881 / 0.7903 / 0.7791 |
| (b2) link floor 0.70 | = | = | 0.9242 / 0.9233 / 0.9208 | = |
| (b2) link floor 0.75 | = | = | 0.9242 / 0.9233 / 0.9211 | = |
| (b2) link floor 0.80 | = | = | 0.9242 / 0.9233 / 0.9211 | = |

No point passes the rule: neither story gold rises at any point of (a), (b) or (b2) (the only DUC moves are
down: (b) at floor 0.75 batch -0.0023, (a) at 0.08 / 0.05 file order -0.0073); GVA's best move is +0.0003;
UCI's batch +0.0049 / +0.0063 at bonus 0.08 comes with its date-order stream -0.0066 / -0.0065 (batch a
precision trade, P 0.8019 -> 0.7796 / R 0.7748 -> 0.8069 at 0.08 / 0.02; not read further); (b2) moves
GVA only, -0.0002 batch and stream. ('=' : A's figures to four places.)
Nothing landed; the config keys were never added to the tree.

Why, measured (information, on the DUC pool, batch at A):
- The angles do not share their lead's action words. Of reader 1's 127 split article pairs, 18 are within
  a day of each other; 6 share any lower-case lead word at all, and of those only 'bombing' (3 articles),
  'embassy' (4), 'night' (2), 'bit' (2) are rare at share 0.02 (<= 4 of 209), 'meteor' (5) too at 0.05,
  'month' (11) at neither: the Asian Games pieces open on 'hopes to win ... gold medal' and 'scored a hat
  trick', the Leonids' on 'stargazers sought high ground' and 'satellite operators reported'
  (/tmp/cluster25/diag.py r1).
- Where the split pairs are lost (/tmp/cluster25/reach.py r1|r2: at the later article's arrival, was the
  earlier one's event a candidate, and how far below the join threshold): reader 1, within a day 17 pairs
  (no candidate 5, below by <= 0.04 3, 0.04-0.08 3, > 0.08 6), 2-7 days 23 (2 / 4 / 4 / 13), beyond 7 days
  65 (56 no candidate: the time window). Reader 2 alike (17: 5 / 3 / 4 / 6; 23: 2 / 4 / 4 / 13).
- The ceiling of a perfect near-threshold signal (/tmp/cluster25/oracle.py: gold decides, information
  only): lifting every candidate within 0.08 below the threshold, same day, whose event is mostly of the
  article's story gives r1 0.8946 -> 0.8971 (+0.0025; 2 lifts), r2 0.8907 -> 0.8957 (+0.0050; 3); within 7
  days r1 0.8917, r2 0.8903 (10 / 11 lifts: earlier joins change which events later articles meet); only a
  band of 0.20 within 7 days reaches r1 0.9195 (+0.0249; 20 lifts). So no same-day tie-breaker near the
  threshold, however good, meets the rule's +0.005 on both golds: the class is 0.08-0.20 below it, where a
  signal must be strong enough to join on its own.
- The static embedding does not tell GVA's near pairs apart (/tmp/cluster25/neardiag.py gva: of 414
  same-day article-event pairs within 0.12 below the threshold, 80 of the same incident; at cosine >= 0.75
  within 0.08 below, 40 pairs, 16 of the same incident; >= 0.80, 12 / 7): to it one shooting reads like
  another, as to MiniLM (cluster_embed.md). Its cost: 90-140 us of CPU per dated article encoded one at a
  time (/tmp/cluster25/enc_cost.py gva,uci, GVA and UCI), about a tenth of GVA's stream per article.
- (b2) changes nothing on DUC: the pool records almost no link between several-article events (round 24's
  links.py), and the DUC parts' means are mostly below `link_threshold` already (0.12-0.18 against 0.17).

Next, for the next round: the DUC class wants a signal that joins on its own 0.08-0.20 below the
threshold (the oracle's band), within the window rather than the same day; none of names, numbers, times,
action words or a static embedding does it without GVA's look-alikes. A learned pair score over these
signals together (the fourth round's pair model, retrained on event data outside the dev pool, e.g. ECB+'s
topics in /work/shared/data) is the form left; or accept that the two story golds sit near this design's
ceiling.

Test (newscluster, once, 01:25 UTC, after the round's last dev choice - to land nothing; no choice followed
it; `PYTHONPATH=<git archive 9326fb8>/src .venv/bin/python benchmarks/bench_cluster.py --cached --only
newscluster_giveme5w1h`): batch 0.8817 (P 0.9454 / R 0.8260), stream 0.8656, file order 0.8777; without
members 0.8766 / 0.8613 - round 24's figures to four places (cluster/ unchanged since d3d28d6; the cleaner's
and the pipeline's commits since do not move this set). Target 0.97 missed.

## Twenty-third round (2026-11-24, session 24): split stories on the dev sets, by class

Acceptance rule (the brief's, written 22:12 UTC before any candidate's figure): a candidate lands only if,
batch B³ F1, both DUC story golds (`bench_cluster_duc.py`, reader 1 and reader 2) rise by at least +0.005,
or GVA or UCI by at least +0.003; no dev set (GVA, Multi-News, UCI, either story gold) is down by more than
0.002, batch or stream; each stream-batch gap <= 0.02; the stream keeps its speed (>= 1,000 articles per CPU
s on pooled Multi-News, alternated A/B against a snapshot, within the noise); `newsfuse run` on
examples/corpus unchanged unless shown why. Start 94ec250 (snapshot A); its dev rows (/tmp/cluster24/h.py:
kept articles + headline-only members) are the table's: GVA 0.9244 / 0.9235, Multi-News 0.8092 / 0.8077,
UCI 0.7881 / 0.7797, stories reader 1 0.8946 / 0.8900, reader 2 0.8907 / 0.8888. The test set
(newscluster) once, after the last dev choice.
The stream-gap step's rule (written 22:46 UTC, before the headline candidate's figure; the general floor
below was measured before it): a candidate for the gap lands only if the largest dev gap (UCI, 0.0084)
falls by at least 0.003, no dev set (GVA, Multi-News, UCI, either story gold) is down by more than 0.002,
batch or stream, each gap <= 0.02, the speed and examples/corpus as above.

Step 1, the split pairs by class (batch at A; /tmp/cluster24/splits.py gva|uci|duc1|duc2: for each gold
event split into parts, each pair of parts with its B³ recall loss, days apart, mean and best article
cosine (the pile's frequencies, undecayed), the rare names shared (df <= tie_max_df; of them those within
the name bonus's RARE_SHARE, and those not of a general kind, `cluster.kinds`), numbers and words shared).
Recall lost to splits: GVA 0.094 (551 part pairs), UCI 0.225 (3,281), stories reader 1 0.129 (39),
reader 2 0.139 (42). By class (loss):

| class | GVA | UCI | stories r1 / r2 | why no tie joined them |
|---|---|---|---|---|
| within the window (<= 7 days), no shared rare name, mean < 0.17 | 0.0410 | 0.1751 (UCI: all within a day) | 0.0134 / 0.0182 | threshold; nothing specific shared: chrome pages kept as members ('TSA on Twitter', 'Murderpedia', 'American Press'), the gold's unrelated source pages, one story in other words |
| within the window, a rare name shared, mean < 0.17 | 0.0094 | 0.0478 | 0.0498 / 0.0498 | threshold; in DUC (209 articles) RARE_SHARE leaves no name for the bonus (df <= 2) |
| within the window, mean >= 0.17 | 0.0107 | 0.0023 | 0.0316 / 0.0316 | both parts of several articles: link_multi_threshold 0.3 (story_days 1 needs names of df <= 2 in DUC); one-article parts: decay and size penalty below full_threshold 0.22 |
| beyond the window, no rare name | 0.0172 | - | 0.0067 / 0.0067 | nothing to tie (tie_names 2, far_names 3) |
| beyond the window, rare names, mean >= 0.17 | 0.0119 | - | 0.0211 / 0.0258 | long-range tie_threshold 0.3 / far: 3 distinct names (a person's full name counts once: 'D'Mio Ingram', 101 days, cosine 0.91) |
| beyond the window, rare names, mean < 0.17 | 0.0041 | - | 0.0067 / 0.0067 | below every tie's floor |

GVA's largest class has no tie a reader would accept (nothing specific is shared). DUC's is DUC 2003's TDT
events told from other angles on the same days (the Asian Games' teams, the Leonids seen from Asia and from
the US, Swissair 111's lawyers / the FAA / the families, the embassy bombings' raids and trials): they share
the host city or the comet, at mean cosine 0.12-0.18. GVA's follow-ups beyond the window sharing a person's
name are the class a reader accepts, but article pairs beyond 90 days sharing rare names are mostly other
incidents (/tmp/cluster24/pairs_far.py gva, pairs in different predicted events: 91-730 days, 2 distinct
specific names, cosine >= 0.4: 12 right / 10 wrong; with a multi-word name 12 / 8; one name, >= 0.5: 9 / 21
— a neighbourhood, a reporter, a police spokesman, an outlet's chrome): far_names 3 stays.

Tried for recall, none passing the rule (harness /tmp/cluster24/h.py; batch / stream):
- the name bonus's and `_one_story`'s names held by at most max(3, RARE_SHARE of those seen) (the date ties'
  floor, `DATE_NAMES_ANY_PILE`): stories r1 0.8946 / 0.8900 -> 0.8915 / 0.8777, r2 0.8907 / 0.8888 -> 0.8876 /
  0.8803 (the bonus part; `_one_story`'s alone changes nothing: DUC records almost no links between
  several-article events, /tmp/cluster24/links.py); floor 2: batch equal, streams 0.8804 / 0.8829; GVA, MN
  batch unchanged (past 500 articles it is a no-op).
- on the days of an event (story_days), the article's specific rare names (not general, held by <= 3 / 5)
  counted for the bonus: r1 0.8937 / 0.8843 and 0.8927 / 0.8829; GVA 0.9244 (equal).
- rare numbers (held by <= tie_max_df, not a year) counted as names for the bonus: DUC equal, GVA 0.9244 /
  0.9236.
- `decay_half_life_days` (batch, information: 4 / 5 / 6 / 8 / **10** / 14 / 20 / 40): r1 0.9005 / 0.8983 /
  0.8983 / 0.8971 / **0.8946** / 0.8945 / 0.8974 / 0.9033, r2 0.9022 / 0.9000 / 0.9000 / 0.8927 / **0.8907** /
  0.8904 / 0.8934 / 0.8993, GVA 0.9221 / 0.9230 / 0.9232 / 0.9244 / **0.9244** / 0.9226 / 0.9209 / 0.9178, UCI
  0.7896 / 0.7911 / 0.7899 / 0.7898 / **0.7881** / 0.7808 / 0.7778 / 0.7775. No point passes: a shorter
  half-life is a precision trade (GVA R 0.906 -> 0.897 at 5), r1 under +0.005 below 40, where GVA loses 0.007;
  UCI's +0.0030 at 5 is a spike between +0.0015 and +0.0018 (its candidate sets' noise).

Step 2, the stream's gap (/tmp/cluster24/gap.py: per-article B³ differences, batch - stream, by the
article's place in date order). UCI, the largest dev gap (0.0084): the first 10 % of the stream carry it
(dP +0.0048, dR +0.0123; the rest dP -0.0003, dR -0.0003): early on RARE_SHARE of the few articles seen is
below 1-3, so a headline's names never earn the bonus that batch (held by <= 5 of 6,366) gives them. The
stories' gap (r1 0.0046) is late precision (dP +0.0124 in the second half): the Star Wars topic's pieces
months apart joined under the stream's learnt weights; ties take no part (stream 12 ties, batch 10,
/tmp/cluster24/stties.py duc1).

Landed (the gap rule above): a headline's names (a vector with `_fullness` 0, <= 20 of 80 terms) held by at
most `HEADLINE_NAMES_ANY_PILE` (3) of the articles seen earn the name bonus whatever the number seen
(`StreamClusterer._rare_here`); a full article's as before. Snapshots A = 94ec250, C = A + this.

| measure (B³ F1, batch / stream) | A | C |
|---|---|---|
| UCI | 0.7881 / 0.7797 (gap 0.0084) | 0.7881 / 0.7902 (gap -0.0021) |
| GVA | 0.9244 / 0.9235 | 0.9244 / 0.9235 |
| Multi-News | 0.8092 / 0.8077 | 0.8092 / 0.8077 |
| stories reader 1 / reader 2 | 0.8946 / 0.8900, 0.8907 / 0.8888 | identical |
| UCI piles N = 100 / 200 / 300 / 400 (`piles`, batch / stream) | 0.6998 / 0.7357, 0.7528 / 0.7585, 0.7866 / 0.7800, 0.7996 / 0.7906 | 0.7112 / 0.7503, 0.7498 / 0.7722, 0.7866 / 0.7927, 0.7996 / 0.7986 |
| GVA piles, stream N = 200 / 300 / 400 (batch equal) | 0.9466 / 0.9438 / 0.9416 | 0.9468 / 0.9441 / 0.9418 |

The general floor above (every article) closed UCI's gap too (stream 0.7860 at 2, 0.7901 at 3) but cost the
stories' streams 0.006-0.012 (full articles of one topic share names 'rare so far'); headlines only, the DUC
pool and the full-text sets do not move. UCI's piles: every stream up; batch at N = 200 -0.0030 and N = 100
+0.0114 (below 300 articles RARE_SHARE is under 3 in batch too); the worst pile's gap at 200 0.1442 -> 0.0552,
the mean gap at 200 -0.0058 -> -0.0224 (the stream above batch). By the rule: UCI's gap 0.0084 -> 0.0021 (in
size), no dev set down, gaps <= 0.02, examples/corpus identical (`newsfuse run --workers 1`, A vs C, diff -r).
Speed (stream articles per CPU s, /tmp/cluster24/speed.py mn,uci, processes alternated A C A C, two passes
each, load 11-14): pooled Multi-News A 841 924 1016 925 / C 981 977 919 985 (means 927 / 966, +4 %: noise; A is under
1,000 at this load as C is, round 23's A 1001 at load 11-15), UCI A 1881 1821 1913 2129 / C 2098 2162 2019 2028
(1936 / 2077); the change is one `_fullness` call per scored article.
Commands: `PYTHONPATH=<snap>/src .venv/bin/python /tmp/cluster24/h.py duc,uci,gva,mn` (the table's rows with
headline-only members, and both story golds), `/tmp/cluster24/piles.py uci_news_aggregator_subset,
gva_violent_corpus` (`bench_cluster.piles`). Test: tests/cluster/test_headline_names.py.

Test (newscluster, once, 23:06 UTC, after the round's last dev choice d3d28d6; no choice followed it;
`PYTHONPATH=<git archive d3d28d6>/src .venv/bin/python benchmarks/bench_cluster.py --cached --only
newscluster_giveme5w1h`): batch 0.8817 (P 0.9454 / R 0.8260), stream 0.8656, file order 0.8777; without
members 0.8766 / 0.8613 (the lead's run at 712ee48: 0.8809 / 0.8653, without members 0.8759 / 0.8610).
Commits since 712ee48 besides this round's cluster change (the cleaner's, the pipeline's) are not separated
from it: the test was run once. Target 0.97 missed. Not done, for the next round: the DUC pool's largest
class (one TDT event's angles on the same days, mean 0.12-0.18, sharing the host city or the comet) wants a
signal beyond names (the event's action words, or a dense embedding near the threshold); the stories'
stream gap (late precision in one topic's pieces).

UCI's official row re-run after the test (dev, information, no choice: `PYTHONPATH=<git archive
d3d28d6>/src .venv/bin/python benchmarks/bench_cluster.py --cached --only uci_news_aggregator_subset`, 23:11
UTC): batch 0.7881, stream 0.7797 -> 0.7902 (P 0.7985 / R 0.7820) as the harness gave; but the stream in the
file's order 0.7823 -> 0.7790 (-0.0033), a column the rule did not name (its stream is the date-order one,
as in earlier rounds' rules) and seen only now. GVA 0.9212 and Multi-News 0.8079 in file order unchanged (A
vs C, /tmp/cluster24/fileorder.py). UCI's file-order loss is spread over the file, most in its second half
(dP -0.0020, dR -0.0023; the first 10 % +0.0004 / -0.0005, /tmp/cluster24/fo_pos.py), where the floor no
longer acts (past 300 articles seen RARE_SHARE is 3): different early events change which candidates later
headlines meet, the size of UCI's candidate-set noise (+-0.003 between neighbouring settings, thirteenth
round). Left for the lead: whether a file-order loss of this size should undo the step.

## Twenty-second round, lead (2026-11-24, session 23, 21:04 UTC): the test row at the HEAD the round leaves

K1 (be0334c, `tie_general_weight`) and the cleaner's round-23 rules (f0367ef) landed after the cluster engineer's
test run (bd51413, 19:53 UTC: batch 0.8785, stream 0.8653). So that the table shows what the product does now, the
lead ran the test set once more at 712ee48 (`PYTHONPATH=<git archive 712ee48>/src .venv/bin/python
benchmarks/bench_cluster.py --cached --only newscluster_giveme5w1h`): **batch 0.8809** (P 0.9454 / R 0.8247),
stream 0.8653, file order 0.8777; without members 0.8759 / 0.8610. Reported only: no choice followed it, and
K1 was chosen on the DUC story golds and GVA before. The GVA row above was re-run by the lead at c2e8a8a
(21:51 UTC, `--cached --only gva_violent_corpus`, dev): 0.9244 / stream 0.9235, as the cluster2 engineer's
harness gave (below). Target 0.97 missed. (The second engineer's commits
say "session 24": it is session 23, this round.)

## Twenty-second round, second engineer (2026-11-24, session 23, cluster2): a second reader's story gold, then the kind of name a tie shares

Step 1, the second reader (8fd5122, results/cluster_duc_stories_r2.json, rule inside): written before any
clustering output or the first reader's labels were read (the rule at 20:27 UTC, then the 150 DUC 2006
documents of the pool read as headline + first two paragraphs, topic by topic in date order). 12 stories of
2-3 documents (26 documents): wetlands 4 (the Beidaihe workshop, the Vail road and its restore order, the
Corps' half-acre rule with the editorial answering it, the New York watershed rules), Star Wars 5 (the first
trailer, the May 3 merchandise launch with its two previews, the first screenings' buzz, the opening-night
lines, the Japanese preview and opening), climate 3 (the Geneva session of July 1996: insurers' paper and
the UN health report; the marine-life report of June 1999 with the biologists' salmon news conference; the
WWF species report 2000); American Indians, steroids and arthritis every document alone.
Agreement (`.venv/bin/python benchmarks/bench_cluster_duc.py --agreement`: B³ over the 150 documents, reader 1
as gold): P 0.9644 / R 0.9867 / F1 0.9754, pairwise F1 0.7143 (10 linked pairs shared; reader 1 12, reader 2
16; most documents are alone in both, so B³ is high and the pairs tell more). Reader 1 only: the Pan Am
doping pair (Arrendel's stripped medal / the IAAF on Sotomayor and Ottey: two athletes' cases, apart under
rule 2) and the cranberry pair (DeMarco charged 1999-09 / his permit application 2000-07: rule 2 calls the
second a new happening ten months on; reader 1 one case). Reader 2 only: Geneva 1996, the marine report
1999, the Star Wars buzz pair, the opening-night lines pair, and the merchandise feature of 1999-03-15
(its lead names the May launch). The readers agree on every one-happening pair with the same day or a
named follow-up; they part on a case's next step months later and on pieces ahead of a scheduled day.

Acceptance rule (the brief's, written 20:33 UTC before any candidate's figure): a candidate lands only if,
on the DUC dev pool (`bench_cluster_duc.py`), batch B³ F1 rises by at least +0.005 against both story golds
(reader 1 and reader 2); GVA is not down by more than 0.002, batch or stream; Multi-News and UCI are not
down by more than 0.002 (batch or stream); neither story gold's stream is down by more than 0.002 (added
here); each stream-batch gap <= 0.02; the stream keeps its speed (>= 1,000 articles per CPU s on pooled
Multi-News, alternated A/B against a snapshot, within the noise); `newsfuse run` on examples/corpus
unchanged unless shown why. Start ae66a1f (a snapshot of HEAD for both sides: other engineers' cleaner edits
are uncommitted in the tree). No test set this round.

What the date and far ties share, by kind (/tmp/cluster2_23/ties.py duc|gva: each tie of a batch run, the
rare names shared and each term's part of the score). The DUC pool's 7 date ties are wrong by both story
golds (the far tie, cranberry, is right by reader 1 only); the low ones are carried by a topic's general
names: Pine Ridge / the alcohol tax 0.104 ('indians' 0.012 of it), arthritis / alternative therapies 0.129
(the National Institutes of Health, 'university', 'school' 0.038), Cayuga trial / urban Native Americans
0.108 ('native american(s)' 0.032, 'new york' 0.017); the wetlands pair 0.127 shares Brisbane and Ramsar (a
city, a convention named after one) and 'netherlands' 0.009. GVA's wrong far ties share an outlet's or a
sheriff's office's name ('bay city news', 'ada county sheriff office', 'kxxv-tv news channel', 'horry county
police'), its right ties a victim's, a suspect's, a street's or a town's.

Candidate K1 (`cluster.tie_general_weight`, cluster/kinds.py): in a date or far tie's score a shared name of
a general kind counts at weight 0: a country (pycountry's names, and the short name after "of" in an
official one: 'america') or a state (subdivisions of type State); a people named after a one-word country
(india -> indians, japan -> japanese, america -> americans); an institution (a word of
compare.entities.ORG_CUES, singular or plural). Names of people, streets, towns and firms without a cue
word count in full; the rare names that make an event a candidate are unchanged. Decided on the ties above
(a first version with every pycountry subdivision and looser demonyms cut GVA's right far ties sharing
'kent', 'flores', 'sutton', 'norte', 'march': subdivisions named like surnames; narrowed to State before
any benchmark figure). Snapshots: A = ae66a1f, B = A + this (cluster/, config.py); `--cluster
tie_general_weight=1` on B gives A's figures exactly.

| measure (B³ F1) | A (ae66a1f) | B (K1) | change |
|---|---|---|---|
| DUC pool, stories reader 1, batch / stream | 0.8878 / 0.8829 | 0.8946 / 0.8900 | +0.0068 / +0.0071 |
| DUC pool, stories reader 2, batch / stream | 0.8839 / 0.8818 | 0.8907 / 0.8888 | +0.0068 / +0.0070 |
| DUC pool, DUC clusters (topics), batch / stream | 0.3458 / 0.3759 | 0.3443 / 0.3739 | -0.0015 / -0.0020 (not in this rule: the topics gold counts every split a loss) |
| GVA batch (P / R / F1) / stream | 0.9435 / 0.9059 / 0.9243 / 0.9232 | 0.9439 / 0.9057 / 0.9244 / 0.9235 | +0.0001 / +0.0003 |
| Multi-News batch / stream | 0.8092 / 0.8077 | 0.8092 / 0.8077 | 0 (undated: no date or far tie) |
| UCI batch / stream | 0.7881 / 0.7797 | 0.7881 / 0.7797 | 0 |

Split by K1 on the DUC pool (events spanning > 30 days 11 -> 8): Pine Ridge / the Yakama alcohol tax (185
days), the Cayuga trial / urban Native Americans (155), arthritis / alternative therapies (61). Left: the
wetlands body / Uganda (319: Brisbane and Ramsar are specific by these kinds), cranberry (314, the far tie
the readers part on), Celebrex / Vioxx (142: the drugs' and firms' names, 0.24-0.31 without the general
ones), Star Wars (95). Stream-batch gaps: GVA 0.0009, Multi-News 0.0015, UCI 0.0084, stories 0.0046 /
0.0019. `newsfuse run examples/corpus --workers 1`, A vs B: events, briefs and pages identical; config.json
and report.json's config gain the key `tie_general_weight` (diff -r). By the rule: both story golds +0.0068
batch (>= +0.005), no dev set down, gaps <= 0.02, speed kept: landed.
Speed (stream articles per CPU s, /tmp/cluster2_23/speed.py: processes alternated A B A B, two passes each,
load 11-15): pooled Multi-News A 908 1049 1035 1013 / B 862 986 1066 1055 (means 1001 / 992, -1 %; no
dated article there, so no tie calls by_kind); GVA, B as first written (every tried far / date tie weighed
the whole vector) A 694 669 742 713 / B 579 630 631 604, then B weighing only once a candidate holds (the
landed form, same figures) A 656 712 719 692 / B 814 771 941 807: noise of 10-20 % either way. Counted on
GVA's stream: 250 by_kind calls, 0.13 CPU s in all (0.08 of it the one-time pycountry read) of ~9 s.
GVA's ties, A vs B (ties.py gva, batch, 361 -> 354): 7 lost, 5 wrong by gold (the far ties on 'bay city
news', 'kxxv-tv news channel', 'ada county sheriff office', 'horry county police'; the date tie on 'minnesota
bureau criminal apprehension') and 2 right ('Mobile Police Department', a town's police, alone; 'Three Rivers',
whose 'rivers' is Nigeria's Rivers State to pycountry), none gained. For the next round: a town's own police
or a state name that is also a common word are the kinds' misses; the wetlands pair (Brisbane, Ramsar: a city
and a convention named after one) and Celebrex / Vioxx (a drug's and a firm's names, well above date_tie
without the general ones) are what the kinds cannot part; the readers' one case apart (cranberry) is a far tie
on a person's name, which K1 rightly leaves.
Commands: `PYTHONPATH=<snap>/src .venv/bin/python benchmarks/bench_cluster_duc.py [--cluster
tie_general_weight=1]`; GVA / Multi-News / UCI `PYTHONPATH=<snap>/src .venv/bin/python
/tmp/cluster2_23/harness.py gva,mn,uci` (the table's official rows: kept articles + headline-only members,
batch and stream).

## Twenty-second round (2026-11-24, session 23): F-9's long spans are date ties; Multi-News's losses by class; nothing changed in cluster/

Acceptance rule (the brief's, noted at 19:32 UTC before any candidate's figure; /tmp/cluster23/RULE.md):
DUC dev pool B³ +0.01 or Multi-News batch +0.005; no dev set (GVA, Multi-News, UCI, the DUC pool; batch
or stream) down by more than 0.002; each stream-batch gap <= 0.02; stream >= 1,000 articles per CPU s on
pooled Multi-News; `newsfuse run` on examples/corpus unchanged unless shown why. Start 51c8bcd; its dev
rows (official: with headline-only members; /tmp/cluster23/h.py) are the table's: GVA 0.9243 / 0.9232,
Multi-News 0.8092 / 0.8077, UCI 0.7881 / 0.7797.

The DUC dev pool, now a command (15c1daf, `.venv/bin/python benchmarks/bench_cluster_duc.py --days 30`,
at 51c8bcd): 209 articles of 210 documents, batch B³ P / R / F1 0.9937 / 0.2093 / 0.3458 (142 events),
stream 1.0 / 0.2314 / 0.3759 (137 events; the stream is 0.030 above the batch here). Events per cluster:
DUC 2003 (TDT events, 10 documents each) 1, 6, 1, 5, 4, 3; DUC 2006 (topics over months or years, 25 each)
23, 23, 18, 15, 20, 23. The pooled B³ is mostly DUC 2006's topics split into their stories, which a
reader wants split: against this gold every split F-9 asks for lowers recall.

What joins F-9's events (/tmp/cluster23/ties.py duc: every tie of the batch, the rare names shared, the
mean cosine, and the part of it that is words and numbers): the 95-319-day spans are date ties but one.
Wetlands body / Uganda 319 days (a date tie sharing Brisbane, Netherlands, Ramsar; 0.127 against date_tie
0.1, words 0.013); Clinton at Pine Ridge / the Yakama alcohol tax 185 days (date tie, Oglala Sioux and
Pine Ridge; 0.104, words 0.0); urban Native Americans / the Cayuga trial 155 days (date tie, 'Native
American(s)' alone; 0.108, words 0.0); the Star Wars trailer / the Atlanta feature 94 days (date tie,
'Meet Joe Black'; 0.202); Celebrex 75 and 33 days (date ties); arthritis / alternative therapies 61 days
(date tie, the National Institutes of Health; 0.129). Cranberry bogs 314 days is the one far tie (12
names: Garfield DeMarco, Burlington County Republican ...; 0.339): arguably one running story. Session
22's knock-out (far_days 0) splits them because the date tie's far event is gone then. The wrong ones
share a topic's names (a people, a place, an institute) and almost none of the event's words, at a
score just over date_tie. GVA's ties (/tmp/cluster23/ties.py gva): date 130 (111 right by gold), far 56
(47), long-range 175 (148). Right follow-ups months apart share few words beyond their names too (a
victim, a street: 'Three Charged In 2014 West Side Shooting' 432 days, 0.134, words 0.008), so a floor
on the words alone would cut GVA's right ones (past 60 days and words < 0.02: 7 right, 1 wrong).

Candidate (F-9 as a reader judges it: the further apart, the more of the event shared): a date or far
tie's floor rises with the days between the article and the event, date_tie (far_threshold) x (1 + days
/ 365) (/tmp/cluster23/cand, NF_RISE=365, on 51c8bcd's tree). DUC pool: four of the six 95-319-day events
split (wetlands, Pine Ridge / alcohol tax, Cayuga / urban, cranberry), Star Wars 95 and Celebrex 142
stay; batch 0.3458 -> 0.3437, stream 0.3759 -> 0.3734 (146 / 141 events). GVA batch 0.9243 -> 0.9238 (P
0.9435 -> 0.9473, R 0.9059 -> 0.9015), stream 0.9232 -> 0.9225 (date ties cut: 3 wrong, 4 right; far: 1
right); Multi-News 0.8092 / 0.8077 and UCI 0.7881 / 0.7797 unchanged (no tie there). By the rule: no
gain on DUC or Multi-News, DUC -0.0021 / -0.0025: not landed. As a reader judges it three of the four
splits are right (cranberry is one story), but the rule's DUC gold cannot show it: any F-9 fix splits
DUC 2006 topics, which that gold calls one event. Next: a measure F-9 can move, e.g. an event-level gold
for the six DUC 2006 topics (their stories read and labelled, as the audit did) or B³ over DUC 2003's
events with DUC 2006's articles as distractors scored for precision only; the candidate is then small.

Multi-News, where the loss is (batch at 51c8bcd; /tmp/cluster23/ploss.py, pclass.py, mnerr.py, peek2.py):
recall loss 0.265 (R 0.7350), precision loss 0.100 (P 0.8999).
- Recall by kind is session 21's table (code unchanged): rejects 0.093, split parts at best mean cosine
  < 0.15 0.115, the rest 0.057. The 609 rejects: 488 service notices (crawl notices, tweet prompts) and
  121 no_article_content, nearly all junk ('See more of ... on facebook', 'This will appear next to all
  of your comments'), a few real teasers ('Huntington beach ( cbsla ) - the shooting deaths of two
  brothers ...'); no titles, so no headline-only members. Split pairs whose average linkage reaches
  link_threshold 0.17: 40 of 1,649 (/tmp/cluster21/split_mn.json), and wider retrieval is flat
  (max_candidates 30: 0.8079; query_terms 24: 0.8093; both: 0.8085; single_link_terms 1: 0.8093): the
  splits are low similarity, not retrieval misses.
- Precision loss by predicted event size: 2-6 articles 0.0717, 7 or more 0.0284; by gold events in it:
  two 0.0549, three 0.0183, four or more 0.0269. Openings shared with an article of another gold event
  (boilerplate: 'Breaking news emails ...', 'The seed for wide00014 ...', 'Dow jones reprints ...',
  'Crawl of outlinks ...') 0.006; the other 0.094 is one topic's stories. Wrong article pairs by what
  made them: joins 1,401 (right 4,422), bridge merges 694 (right 192; merges of two events of several
  articles 324 vs 12), average linkage 179 (178).
- Read: 16 predicted events of two gold events (<= 6 articles, two random draws of 8): 6 are one story in
  two Multi-News clusters (the Utah nurse's arrest, MH370's search, Haiti's rubble, Katie Couric to ABC,
  the Las Vegas gunman's room, police surplus gear), 10 one topic's stories (a Romney poll / the debate,
  the hot dog contest 2013 / 2017, Cameron's wines / his election, Trump's news conferences of February /
  May 2017 ...), several years apart: the file is undated (7,707 of 7,707), so time never parts them.
- Probed, none passing the rule: the latest year a text names as its date (2,698 of 7,707 name one; gold
  pairs naming two differ in 1,164 of 1,966: no signal); no bridge merge of two events of several
  articles unless one story's days (/tmp/cluster23/nn.py): Multi-News 0.8092 -> 0.8102 (P 0.9024), GVA
  0.9243 = (batch), +0.0010 < +0.005; the lead counted once (lead_words 0) 0.8035, lead_words 30 0.8044.
  The largest class (rejects without a title) is the file's, the next (one topic's stories in an undated
  pile, and one story in two gold clusters: about 3 in 8 of the read merges) needs dates the file lacks
  or is the gold's; no Multi-News change this round.

A measure F-9 can move, for the next round's rule (801f1d9): `bench_cluster_duc.py` also scores the pool
against stories (results/cluster_duc_stories.json: DUC 2003's clusters whole, DUC 2006's topics split
into the stories one reader found from each document's headline and lead, rule in the file; 10 stories
of 2-3 documents, the rest alone). It was written after reading this round's candidate's splits (the
cranberry pair, which the candidate splits, is labelled one story), so it decided nothing here and wants
a second reader. At 51c8bcd: batch B³ P / R / F1 0.9048 / 0.8714 / 0.8878, stream 0.8859 / 0.88 / 0.8829;
the candidate above 0.9190 / 0.8667 / 0.8921, stream 0.8875. What still mixes stories there, by loss:
Celebrex / Vioxx 4 stories (date ties), the Star Wars web buzz / toys / early review, the release-day
pieces with two reviews, the trailer with the Atlanta feature, Japan's preview with 'Japan awaits', the
Leonids with the Asian Games entry list, then pairs of one topic's stories (salmon / marine report,
arthritis / alternative therapies, wetlands body / Uganda, two Sydney doping items, the two East German
trials, Cayuga / urban, Pine Ridge / alcohol tax).
For the next round, measured after this round's choice (information, no choice; `bench_cluster_duc.py
[--cluster k=v]` at 51c8bcd, the candidate as above; GVA /tmp/cluster23/h.py), stories batch / stream
against GVA batch / stream: as shipped 0.8878 / 0.8829, GVA 0.9243 / 0.9232; date_tie 0 0.9021 / 0.8992,
GVA 0.9159 / 0.9143; far_days 0 0.8951 / 0.8941, GVA 0.9159 / 0.9152; floor x (1 + days/180) 0.8943 /
0.8898, GVA 0.9216 / 0.9209; x (1 + days/365) 0.8921 / 0.8875, GVA 0.9238 / 0.9225; x (1 + days/730)
0.8921 / 0.8900. Date and far ties are worth +0.008 on GVA (follow-ups of one incident months later) and
cost DUC's stories 0.007-0.014: what tells them apart is not the gap alone (GVA's right follow-ups share a
victim's or a street's name, DUC's wrong ties a people's, a place's or an institute's).

Test (newscluster, once, 19:53 UTC, after the round's last dev choice; none followed it; HEAD 339dae6's
src as a snapshot, so no other engineer's uncommitted edit: `PYTHONPATH=<snapshot>/src .venv/bin/python
benchmarks/bench_cluster.py --cached --only newscluster_giveme5w1h`): official now with its headline-only
members (4 of 5 rejects), as `newsfuse run` does since the wiring: batch 0.8785 (P 0.9414 / R 0.8234),
stream 0.8653, file order 0.8777; without members 0.8734 / 0.8610 (round 22: 0.8760 / 0.8633; with members
0.8810 / 0.8676). cluster/ is round 22's but for 51c8bcd's date rule; the set is cleaned afresh on each
run, and the cleaner's commits since (65ee09b, e1a1278, 51c8bcd) may move it (not separated). 692 stream articles per CPU s.

## Twenty-first round, continued (2026-11-24, session 22, 17:30-18:35): headline-only members wired in

The plan below (steps 1-5), done by the `headlines` engineer: `Rejected` carries the headline, outlet and
date the cleaner read on a page rejected for its body (65ee09b; `cluster.headlines.rejected_member` makes
the member of such a record); `newsfuse run` clusters the members with the kept articles, batch and
stream, splits them out of each closed event into `Event.headline_only` (never in `article_ids`: no brief
sentence, fact or source count), makes an event of members alone without articles, brief or facts (0
sources), and report.json / the page / events/*.md name them ("Also covered by <outlet> (headline only)");
`newsfuse cluster --dataset` gives a member its event (ac1a8ab). The official rows now score what the
product does: `evaluate` clusters the kept articles and the members (`headline_members`, now through
`rejected_member`, the product's path) for every official row (batch, stream, file order, other join,
noise rows with the rejects still the kept set's); `without_members` keeps the kept articles alone, and
the table "Headline-only members" says which one each row's official figure is.

| set | official batch B³ P / R / F1: before -> now | official stream B³ F1: before -> now | members of rejects |
|---|---|---|---|
| gva_violent_corpus | 0.948 / 0.889 / 0.9177 -> 0.9435 / 0.9059 / 0.9243 | 0.9160 -> 0.9232 | 327 of 330 |
| multinews_mnplus_3000 | 0.900 / 0.735 / 0.8092 = | 0.8077 = | 0 of 609 (no titles in the file) |
| uci_news_aggregator_subset | 0.802 / 0.7736 / 0.7875 -> 0.802 / 0.7748 / 0.7881 | 0.7788 -> 0.7797 | 6 of 6 |

The GVA rows match the module's figures of cb08a57/a145a79 to the fourth decimal (batch 0.9243, stream
0.9232, the same 327 members): on GVA the cleaner's headline, outlet and date of a reject are the input's
own, so `rejected_member` makes the same members as `headline_member` did. Command:
`.venv/bin/python benchmarks/bench_cluster.py --cached --only
gva_violent_corpus,multinews_mnplus_3000,uci_news_aggregator_subset` (17:37 UTC, this code). The test row
(newscluster) stays as measured at 17:18 before the wiring (official = without members, 0.8760 / 0.8633;
with its 4 members 0.8810 / 0.8676 in the same run): not run again (it was run once this round).
Speed: the stream's code (cluster/) is not changed by the wiring, and Multi-News has no member: pooled
Multi-News stream articles per CPU s, `bench_cluster.stream` over the cached set, a1caefc's tree (A) vs
this (B) alternated in separate processes (/tmp/headlines22/mnspeed.py): A 954 / 1008 / 1581, B 1447 / 1125
/ 1423 (load 7 falling to 1.3; noise about +-25 %), kept. The bench run's own 1,302 (GVA 905) was taken at
load ~8: its batch ms per article rose in the same proportion (0.507 -> 0.767 on Multi-News, where nothing
changed). GVA stream with and without its 327 members, alternated in one process
(/tmp/headlines22/gvaspeed.py): kept alone 731 / 801, with members 783 / 1022 articles per CPU s: the
members (bare headlines) cost nothing measurable.

The product's own paths on GVA (its cleaning has the per-site recurring-line statistics the bench's
cached set lacks, hence other P / R), a1caefc's tree vs this, scored over the bench's gold:
`newsfuse cluster --dataset` (`tasks.cluster_dataset`, /tmp/headlines22/gvadataset.py) B³ P / R / F1
0.9495 / 0.888 / 0.9177 -> 0.9447 / 0.9047 / 0.9243; `newsfuse run`'s stream (`pipeline.streamed`, its
`closed_clusters`, events' ids only, /tmp/headlines22/gvastream.py) 0.9494 / 0.8878 / 0.9175 -> 0.9446 /
0.9044 / 0.9241 (3,614 -> 3,825 events). So the product gains what the official rows show.

`newsfuse run --workers 1`, a1caefc's tree vs + the wiring (/tmp/headlines22/run.sh, cmp.py):
examples/corpus byte-identical (`diff -r` empty: its 2 rejects are binary and empty, no member);
jsonl-2000-s9-g2: its 17 rejects (9 no_article_content, 8 service_notice) all become members, all in 16
events of members alone (none of their stories is among the kept articles); the 1,330 events of articles
are identical in every field (ids too), so are the `articles` entries (the 17 stay rejected with their
reasons) and config; `stats.events` 1,330 -> 1,346, index.html and events/ gain the 16.

Left: the web service's own ingest (`service.py`: an incremental store and `StreamClusterer`) makes no
members yet (its API and pages show `headline_only` when an event has it: same `event_dict` and
template); that needs the store to keep a member and its event. A journalled run resumed from a journal
written before 65ee09b has rejects without their headline (no members for those until cleaned again).
`Streamed.clustered` copies the held columns once when a run has members (~60 bytes per article).

Acceptance rule, written before any figure (17:04 UTC): dev batch GVA +0.002 or Multi-News +0.005; no dev
set's batch or stream B³ F1 down by more than 0.002; each stream-batch gap <= 0.02; stream >= 1,000
articles per CPU s on pooled Multi-News; `newsfuse run` on examples/corpus unchanged unless shown why.

Built (cb08a57, `cluster/headlines.py`): the twentieth round's proposal as the clusterer's part of a
product feature. An input the cleaner rejects for its body (`no_article_content`, `service_notice`: a
sign-in wall, an e-mail notice, a page without article text) whose title is a usable headline
(`usable_headline`: wire codes out, whitespace normalised, 3+ words, `provenance.titles.is_headline`: no
wire code, no caption's sentence end, <= 120 characters) becomes a bare headline article
(`headline_member`: the input's id, outlet and date, a missing date from its URL) clustered with the kept
articles; `split_members` gives each event its articles and its headline-only members (an event of
members alone has no articles). Other reasons (empty, binary, unreadable, invalid, too large) give none:
the input itself failed. The benchmark (a145a79) clusters each set's rejects through this module with the
kept articles, batch and stream, over the same gold (the table "Headline-only members" above); the
official rows stay what `newsfuse run` does until the pipeline places them.

| set | rejects -> members | batch B³ P / R / F1 | stream B³ F1 (gap) |
|---|---|---|---|
| gva_violent_corpus | 330 -> 327 | 0.948 / 0.8893 / 0.9177 -> 0.9435 / 0.9059 / 0.9243 | 0.9160 -> 0.9232 (0.0011) |
| multinews_mnplus_3000 | 609 -> 0 (no titles in the file) | 0.8092 = | 0.8077 = |
| uci_news_aggregator_subset | 6 -> 6 | 0.7875 -> 0.7881 | 0.7788 -> 0.7797 |

Commands: /tmp/cluster22/hl.py and hb.py <set> (`headline_members` and `evaluate`'s headline rows on the
cached sets of `train_cluster_pairs.prepared_set`). By the rule: GVA +0.0066 batch, +0.0072 stream, past
the 0.92 target; no set down; Multi-News's stream speed untouched (no member there, the same code path).
On GVA 96 members join an event of articles and the other 231 make 206 events of members alone; the
members do not cost the kept articles: B³ over the kept articles only, batch 0.9348 -> 0.9348, stream
0.9328 -> 0.9332 (/tmp/cluster22/kept.py; 30 of the kept articles' event sets differ, both ways).

Not wired yet, so `newsfuse run` and `newsfuse cluster --dataset` are unchanged (examples/corpus: no
pipeline code changed). The pipeline's part is in files other engineers hold this session: pipeline.py
carries another engineer's uncommitted `clean_batch`/`LinesSoFar` edit (a `git commit -- pipeline.py`
would take it, as 9b97faa did), clean/document.py makes the `Rejected` records, report/ and web/ are
sources'. The plan, smallest edits first: (1) model: `Rejected` gains `title`, `outlet`, `published`
(None by default; the cleaner copies them from the input, so the report can name the outlet), `Event`
gains `headline_only: tuple[str, ...] = ()` (rejected input ids; never in `article_ids`, so no brief
sentence, fact or count can use them); (2) pipeline: `clean_batch` makes `headline_member` for each
rejected input and spills it apart from the articles (not sketched for dedup, not in `articles()`),
`_clusters` feeds the members as leaders, `streamed` splits each closed cluster with `split_members`
(the articles go to `build_event`, which copies the member ids into the event; members alone give an
event without articles: its earliest member's headline as title, no brief, no facts, 0 sources); (3)
report.json/API: `headline_only` on the event (schema extended, optional), the page's "also covered by
<outlet> (headline only)"; (4) `tasks.cluster_dataset` labels a member with its event; (5) the official
rows then score the pipeline's events and this table goes.

F-9 (reader audit: 4 of 20 DUC dev events mix stories). The DUC dev input (benchmarks/work/reader_audit/
duc_dev.jsonl: 12 topics, 209 kept articles) pooled and clustered in batch (/tmp/cluster22/duc.py [cluster
overrides]): 142 events, B³ precision against the topics 0.9936 (one event mixes two topics: the Leonids
with an Asian Games entry list of the same day). The audit's mixed events are months apart within one
topic: 13 events span more than 14 days, 6 of them 95-319 days ("Clinton Focuses on American Indians" /
"Alcohol Tax Brings Fear to Town", 185 days; Cayuga land-claim trial / urban Native Americans, 155;
cranberry bogs 314; wetlands 319; Star Wars trailer / release 95; Celebrex / Vioxx 142). By knock-out,
far ties (`far_days 0`) take apart all of the 95-319-day ones but Celebrex, date ties (`date_tie 0`) cut
Celebrex in two (still 108 and 67 days); far, long-range and date ties all off (`far_days`, `tie_days`,
`date_tie` 0): 156 events, one spanning more than 14 days (17, Swissair), topic precision the same. Far and date ties were chosen
on GVA, where a later report on an incident (a trial, a funeral) is the same event; DUC's topics share
names over months without being one story. Not changed (no candidate measured this round); next: a far
tie that needs more than shared names when the two sides' wording differs (their mean cosine), measured
on GVA and Multi-News against these DUC events.

Test (newscluster, once, 17:18 UTC, after the round's last dev choice; none followed it; HEAD 773e1ac's
tree, whose cluster/ and benchmark are this round's, with other engineers' uncommitted clean/ and compare/
edits present; `.venv/bin/python benchmarks/bench_cluster.py --cached --only newscluster_giveme5w1h`):
official batch 0.8760 (P 0.949 / R 0.814), stream 0.8633, file order 0.8745: as the twentieth round's;
with headline-only members (4 of its 5 rejects) batch 0.8810 (P 0.941 / R 0.828), stream 0.8676; 628
stream articles per CPU s in this run (383 articles, loaded machine).

## Twentieth round (2026-11-24, session 21): where the dev sets' recall goes; nothing landed

Dev only until the end; no default changed, so every row above but the test set's is the nineteenth
round's. Scratch harness /tmp/cluster21/ (h.py: the dev sets from `prepared_set`'s cache, rebuilt at
50f4d57 since benchmarks/work was empty; sweep.py: batch and stream with `cluster` overrides). Its start
figures, batch / stream B³ F1: GVA 0.9177 (P 0.948 / R 0.8893) / 0.9160, Multi-News 0.8092 / 0.8077,
UCI 0.7875 / 0.7788 (GVA 0.9174 -> 0.9177 in batch is the cleaner's change since the table's run: the
cache's articles, not cluster/).

Acceptance rule, written before measuring (14:47 UTC): dev batch GVA +0.002 or Multi-News +0.005; no dev
set's batch or stream B³ F1 down by more than 0.002; each stream-batch gap <= 0.02; stream >= 1,000
articles per CPU s on pooled Multi-News.

Multi-News recall by kind (batch; /tmp/cluster21/err.py: each pair of parts of a split gold cluster with
its share of the B³ recall loss; "best": the highest mean cosine of an article of one part to the other
part's predicted event, the batch's vectors; sizes: of the two predicted events):

| kind | share of recall loss (part pairs) |
|---|---|
| a part the cleaner rejected | 0.0931 (951) |
| best >= 0.22: 1-n / n-n | 0.0047 (36) / 0.0045 (33) |
| best 0.15-0.22: 1-1 / 1-n / n-n | 0.0050 (53) / 0.0187 (146) / 0.0102 (66) |
| best 0.08-0.15: 1-1 / 1-n / n-n | 0.0133 (164) / 0.0339 (280) / 0.0142 (110) |
| best < 0.08: 1-1 / 1-n / n-n | 0.0195 (291) / 0.0355 (352) / 0.0122 (118) |
| **recall loss** | **0.2650** (R 0.7350) |

- The split n-n pairs' linkage (mean cosine over their article pairs): 130 below 0.05, 90 at 0.05-0.1,
  72 at 0.1-0.15, 25 at 0.15-0.2, 10 at 0.2 or more: no linkage threshold reaches them. Read (4 random
  pairs at best 0.05-0.15): one story told from another angle (a fund-raiser's family / the singer who
  gave; the Austin vote / the mayor after it), its names lower-cased into plain words.
- Every Multi-News document's vector holds no entity-like span (7,707 of 7,707: the file is lower-cased
  but for sentence starts), so the name bonus, long-range, far and date ties never act there; GVA 13 of
  5,856, UCI 1,499 of 6,360 (short headlines).
- Tried (the rule's candidate): an article whose vector holds no entity-like span takes its rare words
  (held by at most `tie_max_df` and `RARE_SHARE` of the articles seen) as its names for the join's name
  bonus (V1: vectors past `HEADLINE_FULLNESS`; V2: any): Multi-News batch 0.8092 -> 0.8050 (P 0.900 ->
  0.877, R 0.735 -> 0.744) / 0.8037, stream 0.8077 -> 0.7977 / 0.7975: rare words shared by two lower-cased
  documents are mostly rare vocabulary, not one story's names. Failed on Multi-News alone; not kept.
- Probe (no code): a one-article event moved into its best event on the final batch events when its
  decayed mean cosine reaches T and is R times the second best's (/tmp/cluster21/margin.py): GVA best
  +0.0012 (T 0.08-0.12, R 5: 22-32 moved, 18-24 right), Multi-News best +0.0042 (T 0.12, R 1.5: 149
  moved, 101 right) where GVA loses 0.008 (T 0.1, R 1.5): no common setting; not built.
- Knock-outs, Multi-News batch P / R / F1: average linkage off 0.907 / 0.722 / 0.8037; bridge merges off
  (merge_threshold 2) 0.920 / 0.719 / 0.8075 (GVA 0.9170); single links off 0.8087; size_penalty 0
  0.8041; single_discount 0 0.8060. merge_threshold 0.1 / 0.15 / 0.2: Multi-News 0.8093 / 0.8093 /
  0.8098, GVA 0.9177 / 0.9178 / -: flat (as the earlier rounds' sweeps).

GVA's largest kind is still the rejects (0.0411 of the recall loss, nineteenth round). Each of the 335
pages the cleaner rejects there (186 no_article_content, 149 service_notice: sign-in walls, e-mail
notices, a one-line teaser) carries the article's title ('Brooksville police: Three killed, one injured
in shooting'). Measured, not changed (cleaning and the pipeline's handling of rejects are not
cluster/'s; /tmp/cluster21/rejsim.py): those rejects clustered as bare headlines of their titles
(`clean: true`, as UCI's) with the rest: GVA batch 0.9177 -> 0.9243 (P 0.948 -> 0.9435, R 0.8893 ->
0.9059), stream 0.9160 -> 0.9232 (gap 0.0011): past the 0.92 target. Multi-News's rejects have no title
in the file (nothing to gain there). A proposal for the lead: a rejected page with a title is placed in
an event by its title (marked as such in the report), not left out of the events.

Test (newscluster, once, 15:04 UTC, at 0c0b2dd, whose cluster/ is the shipped one; no dev choice was
made this round and none after it; `.venv/bin/python benchmarks/bench_cluster.py --cached --only
newscluster_giveme5w1h`): batch 0.8760 (P 0.949 / R 0.814), stream 0.8633, file order 0.8745: as the
nineteenth round's (the code is the same); 571 stream articles per CPU s in this run (383 articles, load ~10).

## Nineteenth round (2026-11-24, session 20): the stream's names that come back, GVA's recall by kind

Decision rules, written before measuring (committed first, 92d6454):

Dev only (GVA, Multi-News, UCI), batch and stream, whole sets and `--piles`. Each change is judged by
this rule, written down before its committed measurement:
- Item 1 (a recall rule for GVA's split incidents): dev batch mean B³ F1 up; no dev set's batch or stream
  F1 down by more than 0.003; no dev set's stream-batch gap larger (whole sets, and each set's mean gap
  per pile size of `--piles`); stream >= 1,000 articles per CPU s; the example corpus keeps its 5 events.
- Item 2 (the stream's late precision, one rule): the same, except that a rule acting on the stream alone
  leaves batch identical (so "batch mean up" reads "batch not down"), and the dev stream mean must rise.
- Item 3 (CPU): outputs byte-identical (`newsfuse run` on examples/corpus and jsonl-2000-s9-g2, diff -r;
  the dev sets' events), CPU compared by alternating runs against the start commit (fb82237).

Scratch harness /tmp/cluster20/ (h.py: the prepared-set cache, terms computed once per set; its start
figures equal the table's: batch 0.9174 / 0.8092 / 0.7875, stream 0.9129 / 0.8077 / 0.7788). The dev rows
above: `.venv/bin/python benchmarks/bench_cluster.py --cached --only
gva_violent_corpus,multinews_mnplus_3000,uci_news_aggregator_subset` (11:21 UTC, load ~15: the CPU
figures of this run are high); piles: `.venv/bin/python benchmarks/bench_cluster.py --piles`.

Item 2, the stream's late precision by cause. Pairs of articles each way of joining makes (right / wrong,
by where the later article stands: first 5 % / 5-20 % / the rest; GVA, /tmp/cluster20/mech.py; pairs are
counted at the join or merge that makes them, so a merge of 3 and 2 articles makes 6), at fb82237:

| GVA, how the pair was made | batch | stream |
|---|---|---|
| joins at the plain threshold | 148/4, 178/6, 1600/161 | 137/6, 183/15, 1648/214 |
| joins passing by the name bonus | 10/1, 18/1, 112/61 | 5/0, 25/9, 146/81 |
| bridge merges | 0/0, 1/0, 38/27 | 1/0, 2/0, 47/74 |
| long-range ties (late, archive) | 16/1, 26/2, 268/47 | 14/4, 30/6, 288/75 |
| date ties | 4/1, 21/3, 215/50 | 5/5, 21/3, 226/77 |
| far ties | 1/1, 27/0, 95/12 | 1/1, 28/10, 106/28 |
| merges of events leaving the window (archive, far) | 1/0, 0/0, 24/76 | 2/0, 0/7, 43/92 |
| consolidation links | 2/3, 2/2, 66/42 | 13/12, 0/2, 26/42 |

- The excess wrong pairs are spread over every way that asks for a rare name (ties, date and far ties,
  the name bonus, the story-days test of bridges), late in the stream. The cause, measured: the stream
  with the whole set's document frequencies for its rare-name tests only (`_rare`, `_rare_here`; the
  vectors still weighted by the learnt ones; an oracle, /tmp/cluster20/oracle.py) scores GVA 0.9129 ->
  0.9175 (P 0.931 -> 0.944), the batch's 0.9174: the whole gap is names that look rare because their later
  holders have not come yet. 20 % of the stream's rare-name look-ups (40,192 of 199,911) take a name the
  whole set holds more than `tie_max_df` times: 'stroger hospital' (95 articles), 'christ medical
  center' (20), 'south chicago' (11), 'pennsylvania state police' (9), each coming back months apart
  (holders 25-500 days apart), one incident at a time.
- Rule (kept): with learnt frequencies, a name that came back in `RECURRING_EPISODES` (3) separate episodes
  (a holder more than `time_window_days + late_days` = 21 days after the name's newest holder before it)
  is not rare, however few articles hold it so far (`StreamClusterer._episode`, `_rare`; the names' newest
  days and episodes are kept in the state; a state saved before counts them from then on). One story's
  names come back once or twice (the charge, the verdict: a far tie needs them), a place's, a hospital's
  or a police force's with every incident there. Batch (fixed frequencies: the pile's count already knows
  every holder) is untouched, so `newsfuse run` is too: examples/corpus and jsonl-2000-s9-g2 run with the
  tree's src and with fb82237's stream.py laid over a copy of it, `diff -r` of the outputs empty.

| stream rule (dev; stream B³ P / R / F1, batch unchanged) | GVA | Multi-News | UCI |
|---|---|---|---|
| start (fb82237) | 0.931 / 0.895 / 0.9129 | 0.8077 | 0.7788 |
| oracle: the whole set's frequencies for the rare-name tests | 0.944 / 0.892 / 0.9175 | | |
| episodes 2, gap 7 / 21 days | 0.8898 / 0.8996 | 0.8077 | |
| episodes 3, gap 7 / 14 / **21 (kept)** / 30 / 60 / 90 days | 0.9158 / 0.9162 / **0.944 / 0.890 / 0.9161** / 0.9156 / 0.9145 / 0.9143 | **0.8077** | **0.7788** |
| episodes 4, gap 7 / 21 days | 0.9144 / 0.9141 | | |
| the same rule in batch too (episodes 3, gap 21 / 7) | batch 0.9173 / 0.9167, stream 0.9161 / 0.9158 | 0.8092 | 0.7875 |

- By the rule above: batch identical (0.9174 / 0.8092 / 0.7875, mean 0.8380); stream GVA 0.9129 -> 0.9161
  (P 0.931 -> 0.944), Multi-News 0.8077 and UCI 0.7788 unchanged (undated; headlines: no name comes back
  three times where it matters); gaps 0.0045 / 0.0015 / 0.0087 -> 0.0013 / 0.0015 / 0.0087. GVA file order
  0.916 -> 0.919. Piles (`--piles`, GVA; batch / stream / gap): N = 100 0.9581 / 0.9550 / 0.0031
  (unchanged), 200 0.9510 / 0.9480 / 0.0030 -> 0.9510 / 0.9482 / 0.0029, 300 0.9471 / 0.9439 / 0.0032 ->
  0.9471 / 0.9441 / 0.0030 (worst pile 0.0138 -> 0.0122), 400 0.9435 / 0.9413 / 0.0022 -> 0.9435 / 0.9417
  / 0.0017; Multi-News and UCI piles identical. Applied in batch as well it would cost GVA 0.0001-0.0007
  (the pile's count knows better), so it stays a stream rule.
- CPU: GVA stream against 85ea2b3 (the bench's alternated line) +16 % (round 19: +15 %); 1,477 articles
  per CPU s alternated, 1,232 in the table's run (load ~15); a state snapshot after GVA 0.027 -> 0.029 s
  (47,178 names' newest days, 10,290 with 2 or more episodes; alternated x5 in one process). The rule's
  own CPU, GVA stream with pre-made terms, fb82237 against 4ee802b alternated x6 in one process (lowest;
  /tmp/cluster20/ab_stream.py): 0.3108 -> 0.3202 ms per article (+3.0 %). Memory: a name's newest day
  (and its episodes once 2 or more) per distinct name seen, like the document frequencies (the vocabulary,
  not the articles); Multi-News, lower-cased, holds none.

Item 1, where GVA's recall goes at today's code (batch; /tmp/cluster20/split.py, as the seventeenth round's
table: each pair of parts of a split gold incident with its share of the B³ recall loss, by the first kind
that applies; "best": the highest mean cosine of an article of one part to the other part's predicted
event; names: rare names, df <= 5, the two parts share):

| kind (first that applies) | share of recall loss (part pairs) |
|---|---|
| a part the cleaner rejected | 0.0411 (283) |
| gap > 21 days: 0 / 1 / 2 / >= 3 shared rare names | 0.0088 (68) / 0.0041 (26) / 0.0027 (13) / 0.0062 (32) |
| gap 8-21 days: no name / a name | 0.0042 (26) / 0.0025 (15) |
| linkage of the two predicted events >= 0.17, never merged: no name / a name | 0.0016 (8) / 0.0033 (15) |
| best >= 0.22: no name / a name | 0.0005 (2) / 0.0022 (11) |
| best 0.15-0.22: no name / a name | 0.0037 (21) / 0.0027 (14) |
| best 0.08-0.15: no name / a name | 0.0098 (61) / 0.0045 (26) |
| best 0.03-0.08 / < 0.03 (no text tie) | 0.0064 (38) / 0.0071 (45) |
| **recall loss** | **0.1114** (R 0.8886) |

Nothing landed for item 1: at each kind the split halves of one incident sit among many more look-alikes
at the same scores.
- Gap > 21 days (0.0218, the largest kind after the rejects). The articles that reach the far tie (batch,
  3,826), their best far event by distinct shared names and score, right / wrong (right: the far event's
  first article is of the article's incident; /tmp/cluster20/farcand.py): 1 name: 12/1943 (< 0.2), 9/120,
  3/60, 1/54, 5/18 (>= 0.4); 2 names: 3/98, 5/26, 9/11, 11/16, 10/5; 3 names (today's rule, at >= 0.25):
  3/12, 6/3, 11/3, 18/5, 19/1 (bins < 0.2, 0.2-0.25, 0.25-0.3, 0.3-0.4, >= 0.4). The stream's 2-name row
  is worse (>= 0.4: 6/7). Tried: a far tie on 2 distinct names when the score reaches 0.3 / 0.4 / 0.5:
  GVA batch 0.9165 / 0.9176 / 0.9173, stream 0.9152 / 0.9162 / 0.9160 (gap 0.0013 -> 0.0014 at 0.4): not
  kept (+0.0002 is noise and the gap grows).
- Event-level date ties again, now that the stream's names are fixed (an article joining an event of 2+
  articles by its score that names a date of an older event beyond the window sharing a rare name with it,
  at `date_tie`, merges the two; /tmp/cluster20/evtie.py): GVA batch 0.9174 -> 0.9178 (20 merges: 8 far, 7
  late, 5 archived), stream 0.9161 -> 0.9160, gap 0.0013 -> 0.0018; events of 3+ articles only: 0.9176 /
  0.9161 (gap 0.0015); at 0.15: 0.9179 / 0.9161: the gap grows every way; not kept.
- The stream rule's batch analogue with the whole pile's episodes (a name whose holders over the pile come
  in 3 / 4 episodes 21 days apart is not rare; /tmp/cluster20/epall.py): GVA batch 0.9161 (P 0.955 / R
  0.880) / 0.9174: the pile's count already knows; not kept.

What is left of the gap, by cause (not changed: item 2 is one rule, and the test set was run after it):
the stream with the whole set's frequencies for its weights (IDF) only scores Multi-News 0.8092 and UCI
0.7874, its batch figures (/tmp/cluster20/woracle.py; the rare names' oracle: UCI 0.7776, no help): their
gaps (0.0015 / 0.0087) are the learnt IDF of the stream's first articles. Tried, as a measurement: the
stream weighing with at least K documents seen (`weigh(..., max(documents, K))`: an IDF flattened while
few articles are known; /tmp/cluster20/kdoc.py): K = 300 / 1,000 / 3,000: GVA stream 0.9161 / 0.9162 /
0.9160, Multi-News 0.8076 / 0.8077 / 0.8073, UCI 0.7867 / 0.7875 / 0.7872 (its gap 0.0087 -> 0.0000 at
1,000). But in small piles (`piles` at K = 1,000, /tmp/cluster20/pilesK.py; batch / stream per N = 100 /
200 / 300 / 400) the stream alone: GVA stream 0.9409 / 0.9405 / 0.9369 / 0.9354 (start 0.9550 / 0.9482 /
0.9441 / 0.9417: gaps 0.017 / 0.011 / 0.010 / 0.008), Multi-News 0.8971 / 0.8970 / 0.8952 / 0.8961 (start
0.8875 / 0.8907 / 0.8918 / 0.8927), UCI 0.8472 / 0.8526 / 0.8453 / 0.8458 (start 0.7357 / 0.7585 / 0.7800
/ 0.7906); in batch too: GVA batch 0.9550 / 0.9465 / 0.9441 / 0.9413 (start 0.9581 / 0.9510 / 0.9471 /
0.9435), Multi-News 0.8960 / 0.8965 / 0.8956 / 0.8950, UCI 0.8269 / 0.8297 / 0.8317 / 0.8274 (start 0.6998
/ 0.7528 / 0.7866 / 0.7996). A flatter IDF for a small pile helps headlines (UCI +0.03 to +0.13) and
undated, lower-cased text (Multi-News +0.001 to +0.009) and costs GVA's named, dated incidents (-0.002 to
-0.004 batch, -0.006 to -0.014 stream): for a later round, a floor by kind (words, not names) may keep both.
- Gap 8-21 days (0.0067). The tie candidates beyond the window (/tmp/cluster20/tie1.py): with one shared
  rare name, right / wrong by undecayed mean 0.2-0.3 / 0.3-0.4 / 0.4-0.5: late events 8/18, 5/4, 1/3,
  archived 12/66, 3/17, 2/6; with two names below the tie's 0.3: 0.2-0.3 late 16/13, archived 18/32: no
  score separates them; nothing built.
- Linkage >= 0.17 never merged, and best >= 0.15 (0.0140). Simulated on the final batch events: pairs of
  events within the window merged by their mean over article pairs (single link; /tmp/cluster20/relink.py):
  >= 0.17 with an event of one article 83 pairs, 20 right (majority incident): 0.9133; >= 0.2 / 0.25 /
  0.3 (any sizes) 0.9150 / 0.9171 / 0.9179 (4 pairs); sharing >= 2 / >= 3 rare names at >= 0.17: 15 pairs
  (8 right) 0.9179, 8 pairs 0.9180: at most +0.0006 on a simulation of 8-15 pairs; not built.
- Seen on the way (not a recall rule): merges of events leaving the window into archived ones
  (`tie_event_threshold`) make 15 right / 58 wrong pairs in batch; turned off: GVA batch 0.9180, stream
  0.9163, gap 0.0013 -> 0.0017 (larger): not changed.

Item 3, CPU with identical outputs: nothing landed. Tried (events, merges, ties, aliases, retired and
forgotten lists and the saved state identical on the three dev sets, batch and stream; /tmp/cluster20/ab.py):
an article's rare names looked up once (`_rare_here`'s list taken again by the ties of an article that
joins no event: 4,047 of 5,704 GVA articles) and `_Index.drop` looking the postings up by `map` in one
pass. Batch `add` CPU against 4ee802b, alternated x6 in one process (load 12-15): GVA 0.3131 -> 0.3040 ms
per article (-2.9 %), Multi-News 0.3053 -> 0.3380 (+10.7 %): runs of one version differ by 15 %, so a
gain of a few per cent is not measurable here; not landed. `weigh` with its products taken by `map` over
the counts and the factors (the same vectors): 52.4 / 51.9 / 55.5 / 49.8 µs per GVA article alternated:
noise; not landed.

Test (newscluster, once, 11:34 UTC, after the choice, untuned; `.venv/bin/python benchmarks/bench_cluster.py
--cached --only newscluster_giveme5w1h`): batch 0.8760 (unchanged: the rule is the stream's), stream
0.8643 -> 0.8633 (P 0.940 / R 0.798), file order 0.875 -> 0.8745; its gap 0.0117 -> 0.0127, within 0.02.
GVA stays below its 0.92 target in batch (0.9174; stream 0.9161), Multi-News at 0.8092 for 0.90.

## Eighteenth round, second wave (2026-11-24, session 19): the stream-batch gap by cause, date ties in small piles

Dev only (GVA, Multi-News, UCI); no test set run. Decision rule (the brief's): dev batch mean not down,
no set -0.003, no dev set's stream-batch gap larger, stream >= 1,000 articles per CPU s, the example
corpus keeping its 5 events. Scratch harness /tmp/clusterb19/ (h.py, gap.py: terms computed once per set,
its start figures equal the table's); the dev rows above: `.venv/bin/python benchmarks/bench_cluster.py
--cached --only gva_violent_corpus,multinews_mnplus_3000,uci_news_aggregator_subset` (09:38 UTC, with the
rule); small piles: `.venv/bin/python benchmarks/bench_cluster.py --piles` (cluster_piles.md).

Item 1, the gap by cause (whole dev sets, date order, at 7d6983b + the first wave, 989833b): article pairs
one of the two joins and the other does not, by whether gold joins them and where the later article
stands in the stream (first 5 % / 5-20 % / the rest):

| set | batch joins, stream not: right (early/mid/late) | wrong | stream joins, batch not: right | wrong |
|---|---|---|---|---|
| GVA | 37 (10/2/25) | 22 (2/2/18) | 157 (5/13/139) | 305 (20/42/243) |
| Multi-News | 87 (20/22/45) | 323 (0/23/300) | 90 (10/20/60) | 450 (4/105/341) |
| UCI | 19,295 (1,856/6,077/11,362) | 40,012 | 11,984 (135/2,746/9,103) | 19,036 |

- The whole-set gap is the stream's learnt frequencies joining more (precision: GVA stream P 0.931 vs
  batch 0.948), mostly late in the stream, not its first articles. Date ties take no part in it: GVA's gap
  is 0.0046 with date ties (0.9174 / 0.9128) and without (0.9099 / 0.9053); they tie 131 articles in batch,
  134 in the stream, 116 the same (15 batch only, 18 stream only; 3 of the 18 within the first 500
  articles seen). Multi-News (undated) and UCI (headlines) make none.
- A dev set is thousands of articles; the test set that showed the 0.023 gap is 383. Small piles stand in
  for it (`--piles`: GVA cut in date order into piles of N, each clustered alone both ways). At N = 400,
  date ties lift batch 0.9406 -> 0.9433 but the stream only 0.9393 -> 0.9405 (gap 0.0013 -> 0.0028): the
  stream takes 8 date ties batch does not (6 wrong), batch 4 the stream does not (4 right). The wrong ones
  share a name that is rare only so far: 'chicago' held by 4 of the 163 articles seen (15 of the pile),
  'indianapolis' and 'impd' 5 of 266, 'jersey' 4 of 239 -- the guess of the first wave, in piles.

| date-tie names (GVA piles; batch / stream / gap) | N = 100 | 200 | 300 | 400 |
|---|---|---|---|---|
| no date ties | | 0.9488 / 0.9461 / 0.0027 | | 0.9406 / 0.9393 / 0.0013 |
| start (any `_rare` name) | 0.9580 / 0.9549 / 0.0031 | 0.9513 / 0.9480 / 0.0033 | 0.9470 / 0.9438 / 0.0032 | 0.9433 / 0.9405 / 0.0028 |
| the name bonus's test (<= RARE_SHARE of those seen) | | 0.9502 / 0.9462 / 0.0040 | | 0.9435 / 0.9407 / 0.0028 |
| <= max(2, RARE_SHARE of those seen) | | 0.9502 / 0.9478 / 0.0024 | | 0.9435 / 0.9413 / 0.0022 |
| **<= max(3, RARE_SHARE of those seen) (kept)** | **0.9581 / 0.9550 / 0.0031** | **0.9510 / 0.9480 / 0.0030** | **0.9471 / 0.9439 / 0.0032** | **0.9435 / 0.9413 / 0.0022** |
| none before 100 / 200 articles seen | | 0.9513 / 0.9478 / 0.0035, 0.9513 / 0.9462 / 0.0051 | | 0.9433 / 0.9404 / 0.0029, 0.9433 / 0.9403 / 0.0030 |

- Kept: a date tie's rare name held by more than `DATE_NAMES_ANY_PILE` (3) of the articles seen must
  also be held by at most `RARE_SHARE` of them (the name bonus's test). With tie_max_df 5 it is a no-op
  past 500 articles seen (every batch of a dev set, every stream past its first 500). The worst pile's
  gap falls too (N = 300: 0.0157 -> 0.0138, 400: 0.0132 -> 0.0095); N = 200 batch -0.0003. The name
  bonus's test alone (no floor) leaves a pile of 200 only names held by 2 and loses batch date ties.
  A minimum of articles seen drops the stream's right ties with its wrong ones (gap larger).
- Whole dev sets: batch unchanged (0.9174 / 0.8092 / 0.7875, mean 0.8380), stream GVA 0.9128 -> 0.9129,
  Multi-News 0.8077, UCI 0.7788 unchanged; gaps 0.0045 / 0.0015 / 0.0087 (none larger). Stream 1,992 /
  2,400 / 6,234 articles per CPU s (load ~2). Multi-News and UCI piles unchanged (no date ties).
  Example corpus: 5 events (tests/cluster/test_corpus_events). The test set was not run: the lead
  re-measures the shipped default once.
- Tried, not landed: event-level date ties (an article that joins an event of several and names a date
  of an older event beyond the window sharing a rare name, at `date_tie`, merges the two; scratch
  /tmp/clusterb19/evtie.py): GVA batch 0.9174 -> 0.9178 (merges 108 -> 117), stream 0.9129 unchanged
  (119 -> 129 merges): the gap 0.0045 -> 0.0049 is larger; asking 2 or 3 rare names: the same figures.
  Not done: date ties past `far_days`.

## Eighteenth round (2026-11-24, session 19): the sets' own noise as a row, and date ties across time gaps

Decision rule (the brief's): mean batch B³ F1 over the three dev sets up, no dev set losing more than
0.003, stream within 0.02 of batch and >= 1,000 articles per CPU s, the example corpus keeping its 5
events. Dev figures: a scratch harness (/tmp/cluster19/h.py: the prepared-set cache, terms computed once
per set; its start figures equal the table's: 0.9099 / 0.8092 / 0.7875); the dev rows of the table:
`.venv/bin/python benchmarks/bench_cluster.py --cached --only
gva_violent_corpus,multinews_mnplus_3000,uci_news_aggregator_subset` (08:36 UTC, the new default); the
test row: `--only newscluster_giveme5w1h` (08:52 UTC, once, after the choice).

Item 1, the sets' own noise: `own_noise` / `without_noise` score the same events without each kind of
the gold's noise (rules in the table's caption; `NOISE_RULES`, `OFF_TOPIC_VOTES` = 3 of 5); the official
figure stays the headline. At the start (7d6983b): GVA 0.9099 -> 0.9266 without its 336 rejects;
Multi-News 0.8092 -> 0.8469 without its 609 rejects, 0.8926 without its 1,497 off-topic documents,
0.8975 without both (1,565); UCI 0.7875 -> 0.7882 without 6 rejects. Now: the table above.

Item 2, time gaps (GVA; Multi-News is undated, UCI loses nothing to gaps): the part pairs of gold events
split by more than 21 days (the open window plus late days), 253 at the start, against the pairs of
predicted events of different gold events as far apart that share a rare name (df <= 5; 12,374), by
whether an article of the later part names a day of the earlier part (a date from 2 days before its
first article to its last, at least 14 days before the naming article's own day), shared rare names
(terms) and mean cosine (/tmp/cluster19/gaps.py):

| later part names a day of the earlier, shared rare names, mean cosine | right (gold split) | wrong |
|---|---|---|
| names the day, >= 1 name, >= 0.1 | 60 | 9 |
| names the day, >= 1 name, 0.05-0.1 | 2 | 2 |
| names the day, >= 1 name, < 0.05 | 1 | 32 |
| no day named, >= 3 names, >= 0.1 | 37 | 173 |
| no day named, 2 names, >= 0.1 | 16 | 456 |
| no day named, 1 name, >= 0.1 | 27 | 1,863 |
| names the day, no shared name (wrong pairs not counted: they need a name) | 28 | — |

Once dates named had tied (below), the same count for a month named as a time ("in March", "since
mid-May 2015": the month of the earlier part's first day, at least 8 days before): >= 1 name and >= 0.1:
21 right, 5 wrong; 'last month' as well: not better (below). A follow-up says what it follows by its day
("charged over the shooting on Aug. 16"), weeks or months later, with the victim's or the street's name;
a look-alike incident of that day elsewhere shares no such name, and two incidents sharing a name weeks
apart are rarely dated by one another.

| what (dev, batch B³ F1) | GVA | Multi-News | UCI | mean |
|---|---|---|---|---|
| start (7d6983b) | 0.9099 (P 0.9518 / R 0.8714) | 0.8092 | 0.7875 | 0.8355 |
| date ties, dates only, at 0.05 / 0.10 / 0.15 / 0.20 / 0.25 | 0.9164 / 0.9163 / 0.9157 / 0.9146 / 0.9129 | 0.8092 | 0.7875 | 0.8377 (0.10) |
| dates only at 0.1, leeway before the first day 0 / 1 / 2 (kept) / 3 / 5 days | 0.9141 / 0.9157 / 0.9163 / 0.9167 / 0.9168 | | | |
| dates and months named as a time, at 0.05 / **0.10 (kept)** / 0.15 | 0.9171 / **0.9174 (P 0.9482 / R 0.8886)** / 0.9170 | **0.8092** | **0.7875** | **0.8380** |
| months named with 'last month' / 'earlier this month' as the month before / without (kept) / those alone | 0.9173 / 0.9174 / 0.9161 | | | |
| kept, then neighbours: tie_threshold 0.25 / 0.35, tie_event_threshold 0.2 / 0.3, far_threshold 0.2 / 0.3, far_names 2, tie_max_df 4 / 7, late_days 21, time_window_days 8 | 0.9172 / 0.9175, 0.9159 / 0.9178, 0.9168 / 0.9175, 0.9152, 0.9167 / 0.9145, 0.9175, 0.9165 | 0.8092 (all) | 0.7875 (tie_max_df: 0.7892 / 0.7886) | within 0.0005 of 0.8380 but tie_max_df 4 0.8384 |

- Kept: `cluster.date_tie` 0.1. `article_terms` keeps the dates a text (title and first `max_words`
  words) names at least `DATE_BACK_DAYS` (8) before the article's day, and months named as a time, as
  `#` terms (`features.date_references`; `weigh` leaves them out: the same vectors); an article that joins
  no event (and takes no long-range or far tie) takes the event beyond the open window (late, archived or
  far; far events now keep their first day, saved in the state: a state saved before takes the newest
  day) whose days hold one of those dates (from `DATE_LEEWAY` = 2 days before its first day to its last),
  that shares a rare name with it (`_rare`, as ties), at the highest mean cosine (a far event: its compact
  vector) reaching 0.1 (`StreamClusterer._date_tie`; recorded in `ties`). The neighbours of the other tie
  settings stay within noise (the last row): none changed.
- GVA +0.0075 (R 0.8714 -> 0.8886, P 0.9518 -> 0.9482); Multi-News (lower-cased, undated) and UCI
  (headlines: 58 name a month or date, none ties) unchanged; mean 0.8355 -> 0.8380. Stream (date order)
  GVA 0.9053 -> 0.9128, file order 0.9147 -> 0.9160: within 0.02 of batch on every dev set. GVA's split
  pairs past 21 days: 253 -> about 150; of those naming the day with a name at >= 0.1, 10 are left: 4
  past `far_days` (730) and the rest joined another event in the window first. GVA stays below the 0.92
  target (0.9343 without its rejects).
- Test (newscluster, once, 08:52 UTC, untuned): batch 0.8702 -> 0.8760 (P 0.958 -> 0.949, R 0.797 ->
  0.814), file order 0.865 -> 0.874, but the date-order stream 0.860 -> 0.853: 0.023 below batch, past
  the 0.02 the issue allows, on the test set only (dev: 0.005 / 0.002 / 0.009). Not tuned on: a guess
  for a later round is the stream's learnt frequencies in its first hundred articles, where every name is
  rare (the name bonus asks for `RARE_SHARE` too; date ties do not).

Item 3, CPU (identical outputs): nothing landed. Measured (lowest of 6-8, alternated in one process,
load 15-22): the date ties' own cost, GVA stream with pre-made terms, date_tie 0 / 0.1: 0.2551 / 0.2601
ms per article (+2 %); `article_terms` at 616a0f3 / now (the dates read): GVA 0.196 / 0.211 ms (+7 %),
Multi-News 0.115 / 0.117, UCI 0.030 / 0.032 (the month scan finds the names first and looks for a day next
to them only then: 0.006-0.009 ms per GVA article against 0.04 for one regex over the text). Tried, not
landed: `_entities` with each run of capitals' terms kept (53k distinct runs on the three sets): 0.0168 /
0.0167 ms per text, no gain; `_NUMBER` with a lookahead first (the same matches on 60k text parts; the
regex alone 5.1 -> 3.9 µs per part) but `article_terms` 0.1201 / 0.1208 ms: not measurable; dates read
per part (title, lead, rest) instead of the parts joined again: GVA 0.9172 and no measurable gain.

## Seventeenth round (2026-11-24, session 18): where recall goes, and events of headlines linked by their centroids

Decision rule (the brief's): mean batch B³ F1 over the three dev sets up, no dev set losing more than
0.003, stream >= 1,000 articles per CPU s, the example corpus keeping its 5 events. Dev figures: a scratch
harness (/tmp/cluster18/h.py) over the prepared-set cache, terms computed once per set (its start figures
equal the table's at f327002: 0.9099 / 0.8089 / 0.7603); the dev rows of the table at the top:
`.venv/bin/python benchmarks/bench_cluster.py --cached --only
gva_violent_corpus,multinews_mnplus_3000,uci_news_aggregator_subset` (06:07 UTC, the new default), the test
row: `--only newscluster_giveme5w1h` (06:26 UTC, once, after the choice).

Where recall goes (item 1; start f327002, batch; /tmp/cluster18/split.py): for every gold event the
clusterer splits, each pair of its parts (its articles grouped by predicted event; a cleaner's reject is a
part of its own), with its share of the B³ recall loss (a part pair A, B of gold event g costs
2 |A| |B| / |g| / N: the shares add up to the loss), by the first kind that applies. Time gap: the fewest
days between the parts; "best article": the highest mean cosine of an article of one part to the other
part's whole predicted event (batch document frequencies, undecayed); linkage: the mean cosine over all
article pairs of the two predicted events (what consolidation weighs).

| kind (first that applies): share of B³ recall loss (part pairs) | GVA | Multi-News | UCI |
|---|---|---|---|
| a part the cleaner rejected (failed scrapes, sign-in / e-mail notices: never clustered) | 0.0411 (294) | 0.0931 (953) | 0.0019 (39) |
| a part of off-topic documents only (the file's LLM votes: >= 3 of 5 irrelevant) | — | 0.0894 (855) | — |
| a part is a dedup copy group whose copies span several gold events | 0.0013 (8) | 0.0007 (7) | 0 |
| gap > 21 days (past the open window): >= 3 / 2 / < 2 shared rare names | 0.0123 (66) / 0.0051 (30) / 0.0198 (162) | — (undated) | 0 |
| gap 8-21 days (past the join window, open for late articles) | 0.0110 (73) | — | 0 |
| linkage >= 0.17 but both several and < 0.3 (`link_multi_threshold`) | 0.0004 (2) | 0.0026 (18) | 0.0001 (1) |
| linkage >= 0.17, never recorded as a link (retrieval) | 0.0035 (21) | 0.0011 (10) | 0.0000 (1) |
| an article >= 0.22 to the other event (join order, candidates, size penalty) | 0.0025 (13) | 0.0061 (45) | 0.0696 (128) |
| best article 0.15-0.22 (just below the join) | 0.0061 (34) | 0.0225 (179) | 0.0423 (149) |
| best article 0.08-0.15 | 0.0138 (86) | 0.0344 (328) | 0.0765 (441) |
| best article 0.03-0.08 | 0.0057 (35) | 0.0105 (135) | 0.0475 (777) |
| best article < 0.03 (no text tie: chrome, paraphrase) | 0.0059 (40) | 0.0052 (84) | 0.0567 (2,901) |
| **recall loss** | **0.1286** | **0.2655** | **0.2946** |

- The achievable figures with the same clustering: GVA without its 336 cleaner rejects (singletons by
  construction: "Already a subscriber?", "Get email notifications on ...", every one a failed scrape)
  0.9266 (P 0.949 / R 0.905), above the 0.92 target; Multi-News without its 1,497 off-topic documents
  (round 5's 18 %) 0.8923 (P 0.908 / R 0.877), without those and the cleaner's 609 rejects (1,565 in all)
  0.8972; UCI without its 6 rejects 0.7610. Two thirds of Multi-News's recall loss and a third of GVA's
  are the sets' own noise, which no clusterer can join.
- The split pairs' cosines by sizes: on GVA and Multi-News the rest is spread over one-article + small
  events whose linkage is 0.05-0.17 (GVA's largest cell: 1 + 1 at 0.10-0.13, 0.0032); on UCI it is
  large events split from large events (20+ and 20+ articles with linkage < 0.05: 0.0256 in the 0.08-0.15
  row alone): topic-level gold stories ("The Bachelor", "Apple", "Bitcoin", the Bank of England's forex
  week) as several sub-stories of headlines.
- By the two predicted events' centroid cosine, the split pairs' share of the loss at >= 0.25 / 0.1-0.25 /
  < 0.1: GVA 0.0256 / 0.0370 / 0.0249, Multi-News 0.0133 / 0.0766 / 0.0826, UCI 0.0611 / 0.0770 / 0.1545.

What was tried against it (item 2):

| what (dev, batch B³ F1) | GVA | Multi-News | UCI | mean |
|---|---|---|---|---|
| start (f327002) | 0.9099 (P 0.9518 / R 0.8714) | 0.8089 (P 0.9000 / R 0.7345) | 0.7603 (P 0.8243 / R 0.7054) | 0.8264 |
| final events merged when their centroid cosine reaches 0.2 / 0.3 / 0.4 (any events, in the window; a simulation on the final batch events, single-link) | 0.8959 / 0.9067 / 0.9096 | 0.7321 / 0.7951 / 0.8070 | 0.7580 / 0.7759 / 0.7648 | |
| the same, both events of several articles, 0.2 / 0.3 | 0.8997 / 0.9072 | 0.7339 / 0.7950 | 0.7749 / 0.7760 | |
| in the stream: headline links (below) at 0.3 with "headline" = mean fullness 0 / 0.1 / 0.25 / 0.5 | 0.9099 / 0.9099 / 0.9099 / 0.9095 | 0.8089 / 0.8089 / 0.8089 / 0.8080 | 0.7639 / 0.7813 / 0.7813 / 0.7813 | 0.8276 / 0.8334 / 0.8334 / 0.8329 |
| headline links at 0.25 with fullness 0 / 0.1 / 0.5 | 0.9099 / 0.9099 / 0.9095 | 0.8089 / 0.8089 / 0.8068 | 0.7577 / 0.7875 / 0.7875 | 0.8255 / 0.8354 / 0.8346 |
| headline links (fullness 0.25) at 0.10 / 0.15 / 0.18 / 0.20 / 0.22 | 0.9099 (all) | 0.8091 / 0.8096 / 0.8095 / 0.8095 / 0.8094 | 0.7771 (P 0.700) / 0.7898 (P 0.747) / 0.7927 (P 0.773) / 0.7894 (P 0.778) / 0.7828 (P 0.778) | 0.8320 / 0.8364 / 0.8374 / 0.8363 / 0.8340 |
| **headline links at 0.25 (kept)** | **0.9099** | **0.8092 (P 0.8999 / R 0.7350)** | **0.7875 (P 0.8019 / R 0.7736)** | **0.8355** |
| headline links at 0.28 / 0.30 / 0.32 / 0.35 | 0.9099 | 0.8090 / 0.8089 / 0.8089 / 0.8089 | 0.7843 / 0.7813 / 0.7758 / 0.7739 | 0.8344 / 0.8334 / 0.8315 / 0.8309 |
| headline links with fullness 0, at 0.3 / 0.35 / 0.4: candidates the scored events (as kept) | 0.9099 | 0.8089 | 0.7639 / 0.7643 / 0.7645 | 0.8276 / 0.8277 / 0.8278 |
| the same, candidates also every event of the look-up's hits | 0.9099 | 0.8087 / 0.8087 / 0.8087 | 0.7630 / 0.7628 / 0.7632 | 0.8272 / 0.8271 / 0.8273 |
| the same, links kept across consolidations until an event leaves the index | 0.9099 | 0.8089 | 0.7639 / 0.7643 / 0.7645 | 0.8276 / 0.8277 / 0.8278 |

- Kept: `cluster.headline_link` 0.25 (`StreamClusterer._headline_link`, `_headlines`, `HEADLINE_FULLNESS`;
  `_Event.fullness`, saved in the state; a state saved before counts its events as full articles). An
  article whose vector is a headline's (`_fullness` <= 0.25: at most 35 of 80 terms) records a link to
  each candidate event of headlines it was scored against (`_record_links`), and consolidation merges two
  events of headlines (their members' mean fullness <= 0.25) within the window when their centroids'
  cosine reaches 0.25, even though their mean over article pairs is below `link_threshold` (the
  `link_entity_floor` veto applies as for any link). Why it should hold beyond UCI: a headline holds 5-15
  terms, so two headlines of one story share a word or two and their pair cosine is small; one story's
  sub-stories (the launch, the reviews) never reach a mean of 0.17 over pairs, while the centroid of each
  (the words its headlines, together, repeat) is what the story is about. On full articles the same merge
  is wrong nearly always (the simulation's rows: GVA 2 of 87 pairs right at 0.2, Multi-News 21 of 1,143),
  so it is kept to events of headlines: GVA and the example corpus never meet it, Multi-News's few short
  documents (1.7 % of its vectors have <= 20 terms) a little (+0.0003).
- UCI +0.0272 (recall 0.7054 -> 0.7736, precision 0.8243 -> 0.8019); dev mean 0.8264 -> 0.8355; no set
  loses. UCI's split pairs at centroid cosine >= 0.25 (0.0611 of its recall loss) are all gone; its
  recall loss 0.2946 -> 0.2264. 0.25 is taken, not the best point (0.18: 0.8374), for precision: UCI moves
  by +-0.005 between neighbouring thresholds (0.7898 / 0.7927 / 0.7894 at 0.15 / 0.18 / 0.20), and below
  0.25 its precision falls fast (0.802 at 0.25, 0.778 at 0.20, 0.747 at 0.15) for recall that is within
  that noise; 0.25-0.28 is the plateau's precision end.
- Streaming stays within 0.02 of batch (table: UCI stream 0.779, file order 0.782; Multi-News 0.808 /
  0.808; GVA unchanged). The candidates are the scored events only: taking every event of the look-up's
  hits as well gives less, keeping links across consolidations nothing (the table's last rows).
- Not kept: the brief's other two angles, measured on the final batch events' pairs within the window
  (pairs sharing a rare name, GVA): right 64 of 697; by shared rare names and shared title words held by
  at most 50 titles nothing reaches one in two (names 1, mean 0.10-0.17: 19/56 without a shared title
  word, 5/16 with one, 1/10 with two): titles do not tell the split halves of one incident from two
  look-alikes. A lead-only vector (title and first 60 words) against the event's leads: for pairs at a
  full mean of 0.10-0.13, right 16/105, 9/114, 7/59, 2/19 with lead means 0-0.1, 0.1-0.15, 0.15-0.2,
  0.2-0.3 on GVA and 89/1,462, 82/1,307, 15/194, 1/7 on Multi-News: no separation, so no lead join was
  built.
- Test (newscluster, once, 06:26 UTC, untuned): batch 0.8702 (P 0.958 / R 0.797), stream 0.860, file
  order 0.865: unchanged, as expected (full articles: no event of headlines). Targets: GVA 0.9099 for 0.92
  (0.9266 without the cleaner's rejects), Multi-News 0.8092 for 0.90 (0.8923 without its off-topic
  documents), test 0.870 for 0.97: all missed.
- Far ties' CPU (item 3; GVA, date order, learnt frequencies, pre-made terms; instrumented per method):
  the +0.05 ms per article far ties cost is `_close`'s far work (an event leaving the archive: its far names
  (`_heaviest`) and compact vector (`_compact`), `_Far.keep`: about 0.020 ms; an event leaving the window
  against the far index, `_far_events`: 0.010 ms) and the article's far look-up (`_far_tie`: 0.017 ms, half
  of it its rare names, computed a second time after the archive tie's look-up). Changed with identical
  outputs (the events, merges, ties, aliases, retired / forgotten lists and the saved state, on the three
  dev sets in batch, date-order and file-order streams and with a 300-event far cap): the article's rare
  names looked up once for both ties; `_compact` by a stable sort of the items (`heapq.nlargest`'s own
  equivalent, its heap in Python with a key call per term: a third of the CPU); far hits counted by `map`
  and sorted only among the events sharing `far_names` names; ties re-filtered only when an event handed
  over is not kept far or one is forgotten. Measured against f327002 alternated in one process (lowest of
  8, load 18-25; /tmp/cluster18/speed3.py): far_days 0 / 730 0.2289 / 0.2790 (f327002) against 0.2391 /
  0.2885 (now): far ties' cost 0.050 -> 0.049 ms per article: not measurably clawed back (the parts
  above are a few hundredths of a ms each, below this machine's noise). The events themselves change with
  far ties, and what is left is the far work of 2,931 events kept and 3,594 checked, each needed by the
  rule as it stands (a compact vector made only when first asked for would need the centroid kept). The bench's line (GVA, 85ea2b3
  far_days 0 against now): 0.595 / 0.673 ms (1,486 articles per CPU s, >= 1,000 kept).
- The rule's own CPU (this code, headline_link 0 / 0.25 alternated in one process, lowest of 8 / 6,
  pre-made terms; /tmp/cluster18/speed4.py): GVA 0.2735 / 0.2775 ms per article (+1.5 %, within noise:
  no event of headlines there); UCI 0.0625 / 0.1233 (x 2: each headline records a link to each scored
  event of headlines, and consolidation weighs those pairs' centroids); the bench's UCI stream 8,781 ->
  5,574 articles per CPU s, Multi-News 1,754 (table), both far above 1,000.

## Sixteenth round (2026-11-24, session 17): far ties on by default, taken after the hand-over as follow-ups

Decision rule (the brief's): mean batch B³ F1 over the three dev sets up, no dev set losing more than
0.003, and the pipeline's tests passing. Dev figures: a scratch harness (/tmp/cluster17/h.py) over the
prepared-set cache, terms computed once per set (its far_days 0 figures equal the start's: 0.9046 /
0.8089 / 0.7603); the dev rows of the table at the top: `.venv/bin/python benchmarks/bench_cluster.py
--cached --only gva_violent_corpus,multinews_mnplus_3000,uci_news_aggregator_subset` with the new
defaults (not re-run this round: the machine gave the run ~4 % of a core at load 28-30 and it was stopped; the table's dev rows are session 16's `--cluster far_days=730` run, 01:10 UTC, the same settings as the new defaults, and the harness gives the same batch figures with this round's code).

What changed (6ba94ce, ae4644b, 9a6c22b; `StreamClusterer.retired` / `forgotten` / `holds`,
`runtime.closing.Closed` / `replaced`): an event leaving the open window and the `tie_days` archive is
handed over (`retired`) at once, whether or not it is kept in the far index; a far tie reopens it under
its old id (the event continues: the store's `Service` rebuilds it under that id as before), and when it
closes again `closed_clusters` hands it over again, whole: its earlier articles and the new ones, with
`Closed.replaces` naming the `event_id` of the hand-over it replaces. The pipeline (`streamed`) withdraws
the earlier event when the later one is built under another id (its smallest article id changed), and
`process` and `ReportWriter` keep one event per id (the later), so a reader sees one event with all its
articles and no article in two events; what a reader keeps equals `cluster_articles` (tests:
tests/runtime/test_closing.py, the follow-up through `process` and `write_run`: report.json, one
events/*.md page per event). Memory: what `closed_clusters` keeps for this is the article ids of each
handed-over event still held far, bounded by `far_events` like the far index itself. Then
`cluster.far_days` 0 -> 730 (the other far keys as session 16 chose them).

| what (dev, batch B³ F1) | GVA | Multi-News | UCI | mean |
|---|---|---|---|---|
| start (85ea2b3, far_days 0) | 0.9046 (P 0.9546 / R 0.8596) | 0.8089 | 0.7603 | 0.8246 |
| **far_days 730 (the new default)** | **0.9099 (P 0.9518 / R 0.8714)** | 0.8089 | 0.7603 | **0.8264** |
| + names only one outlet's articles hold (the registered domain, learnt from the stream) left out of an article's far-tie names | 0.9099 | = | = | |
| + the same for an event's far-tie names | 0.9093 (P 0.9529 / R 0.8696) | = | = | |
| + a far tie needs one shared name held by another outlet | 0.9099 | = | = | |
| + an article's far-tie names must occur in its title and first 60 / 100 / 200 words | 0.9094 / 0.9096 / 0.9097 | = | = | |

(= : unchanged: Multi-News is undated, UCI's headlines never reach 3 shared rare names.)

- Far article ties on GVA at far_days 730 (ties more than `tie_days` + the window after the event's
  newest article; right = the article's gold event is the majority of the event's earlier articles):
  36, 28 right, 8 wrong (session 16 counted 59 / 9 wrong another way). The wrong ones share an outlet's
  chrome ("wqow tv", "wi news18 news", "eau claire"; "kxxv-tv news channel", "central texas news";
  "bay city news", "republication"; CBS Local's "breaking news receive news" and a travel box's
  "destinations", "museums"; "aetna", "humana" in a Louisville station's sidebar) or a recurring
  spokesman ("raul denis", "horry county police").
- Outlet chrome (the brief's item 2), learnt from the stream (per name: the one outlet holding it, or
  several): leaving names only the article's own outlet holds out of its far-tie names cuts the article
  ties to 23 right / 3 wrong, but GVA stays 0.9099: the same articles come back through the far merge of
  their new event (merges 132 -> 146); leaving them out for events too loses 0.0006. GVA's outlets hold
  2-3 articles each, so a station's call letters are held by that station's 2-3 articles, exactly as a
  local outlet's own follow-up names are (toledoblade's victim: 5 holders, one outlet, a right tie);
  the removed (boilerplate) parts hold 2 of the wrong ties' names. Needing one shared name held by
  another outlet does nothing ("claire", "wi", "waco" are); a lead-only rule drops right ties faster than
  wrong ones. Nothing landed for item 2.
- Test set, run once at the end (`.venv/bin/python benchmarks/bench_cluster.py --only newscluster_giveme5w1h`,
  04:16 UTC, code 9dddc0c + others' uncommitted cleaner edits in the shared tree): batch B³ F1 0.8593 ->
  0.8702 (P 0.961 -> 0.958, R 0.777 -> 0.797), stream 0.847 -> 0.860, file order 0.865 (unchanged); the
  linkage columns (which far ties do not touch) are unchanged, and without reading the gold
  `cluster_articles` at far_days 0 / 730 differs in 10 events merged into 5 (the far ties) — the rise is
  theirs. Not used to choose anything.
- Hand-over (bench_cluster_closing, cluster_closing.md notes): jsonl-10000-s9-g2 with far_days 730 now
  hands over as early as with 0 (mean delay 830 leaders, 11.9 % at the end; session 16's held-back far
  events: 3,423 and 96.2 %), 307 events handed over a second time, the kept events equal batch; traced
  peak of `closed_clusters` 22.2 -> 33.1 MB. Pipeline on jsonl-2000-s9-g2: 1,401 -> 1,334 events, no
  article in two events.
- Speed: GVA stream (dated, named: far ties at work), pre-made terms, the start 85ea2b3 with far_days 0
  against this code with its defaults (far_days 730), alternated 3 times in one process (which goes
  first swapped; lowest of each; load 28-30; scratch /tmp/cluster17/speed.py, the same measure as
  `speed_against`, which `bench_cluster.py` now also runs on GVA against 85ea2b3): 0.351 / 0.376 / 0.361
  against 0.448 / 0.456 / 0.452 CPU ms per article, lowest 0.351 -> 0.448 (+28 %): 2,230 articles per
  CPU s (>= 1,000 kept). The cost is far ties' own (session 16: +12 % alternated at lower load); the
  hand-over change adds none to the stream. Multi-News (undated) is not touched by far ties.
- Not done: a 100k peak-RSS run of `closed_clusters` (`bench_cluster_closing.py --size 100000 --rss 90
  90:730`) and a new scale_cluster_ties run (the load gave each process ~4 % of a core); the far index
  itself is unchanged since session 16 (85.9 MB at its 20,000 cap at 100k, peak RSS +129 MB).

## Fifteenth round (2026-11-24, session 16): far ties past the archive (the brief's angle 1), angle 2 measured

Decision rule (the brief's): mean batch B³ F1 over the three dev sets, no dev set losing more than 0.003.
Dev figures: a scratch harness (/tmp/cluster16/h.py, grid.py) over the prepared-set cache, terms computed
once per set; its start figures equal the fourteenth round's (0.9046 / 0.8089 / 0.7603). The dev rows of
the table at the top: `.venv/bin/python benchmarks/bench_cluster.py --cached --only
gva_violent_corpus,multinews_mnplus_3000,uci_news_aggregator_subset --cluster far_days=730` (01:10 UTC,
code 0b6b7b7, the same decisions as the final code).

What it is (`cluster.far_days`, `far_names`, `far_keep`, `far_terms`, `far_threshold`, `far_events`;
`StreamClusterer._Far`): an event leaving the open window (or the `tie_days` archive, 90 days) that holds
`far_names` (3) distinct rare names (`tie_max_df` 5; a name inside a longer shared name counts with it:
"terre", "haute", "terre haute", "terre haute police" are one) is kept until `far_days` after its newest
article as its id, its `far_keep` (30) rare names heaviest in its centroid, and a compact mean vector (those
names and its `far_terms` (32) heaviest terms, each over its size) -- not its centroid. An article that
joins no event (and no archived one), or an event leaving the window, that shares 3 distinct names with a
far event and whose dot product with its compact vector (an event: its mean) reaches `far_threshold`
(0.25) takes its id (a tie, or a merge). At most `far_events` (20,000) are kept, the oldest dropped first.
A far event is retired (handed over by `closed_clusters`) only when it leaves the far index, so
`closed_clusters` still equals batch (checked on GVA: 3,679 events, identical).

Why it should hold on dated news: a story is revisited months later (a charge, a trial, a verdict, an
anniversary) naming the same victim, suspect and street; GVA's look-alike incidents (same city, same
kind of shooting) do not share three distinct names that at most five articles hold. Pairs of an
article opening an event and a far event sharing >= 2 such names (GVA, far index without a bar): right
115 of 732; with >= 4 names and a full-centroid mean cosine >= 0.3, 52 of 61; the rarest names (fewest
holders) do not work as the kept names (an event's rarest names are those only its own articles hold:
12 far ties at far_names 4, far_days 365, GVA 0.9055), the heaviest do (21 ties, 0.9067).

| what (dev, batch B³ F1) | GVA | Multi-News | UCI | mean |
|---|---|---|---|---|
| start (aa58c12) | 0.9046 (P 0.9546 / R 0.8596) | 0.8089 | 0.7603 | 0.8246 |
| names only (no vector; a shared count of raw name terms): 4 of the 8 rarest, far_days 180 / 365 / 730; 4 of 16, 365; 3 of 30, 3650 | 0.9053 / 0.9052 / 0.9051; 0.9061; 0.8949 (P 0.9136) | = | = | |
| for comparison: the archive alone, tie_days 180 / 365 / 365 with tie_terms 32 | 0.9072 (P 0.9495) / 0.9065 (P 0.9409) / 0.9070 | = | = | |
| far_days 180 / 365 / **730** / 1095 (names 3, keep 30, terms 32, threshold 0.25) | 0.9076 (P 0.9544) / 0.9085 (P 0.9527) / **0.9099 (P 0.9518 / R 0.8714)** / 0.9101 | 0.8089 | 0.7603 | 0.8256 / 0.8259 / **0.8264** / 0.8264 |
| 730 with far_names 2 / 4; far_threshold 0.2 / 0.3 / 0.35 | 0.9093 / 0.9088; 0.9099 / 0.9087 / 0.9074 | = | = | |
| 730 with far_keep 12 / 16 / 20; far_terms 16 / 24 / 64 | 0.9083 / 0.9093 / 0.9096; 0.9089 / 0.9094 / 0.9100 | = | = | |
| 730 with tie_days 0 / 30 / 60 (a smaller archive) | 0.9079 (P 0.9560) / 0.9088 (P 0.9560) / 0.9094 | = | = | |
| 730, article ties only / event merges only | 0.9094 (P 0.9531) / 0.9092 | = | = | |
| 730 + an article that joins an open event and hits a far event merges the two | 0.9097 | = | = | |
| 730 + a tied far event seeded with its compact vector (not empty) | 0.9096 | = | = | |
| 730 + an article's shared names must carry 10 / 20 / 30 % of its name weight | 0.9099 / 0.9099 / 0.9096 | = | = | |
| 730 + names rare for their event (df <= 5 + 1 / 2 / 4 x its size, not 5) | 0.9103 (P 0.9511) / 0.9106 (P 0.9497) / 0.9105 | = | = | |

(= : unchanged: Multi-News is undated, UCI's headlines never reach 3 shared rare names.)

- Best by the dev rule: far_days 730, far_names 3, far_keep 30, far_terms 32, far_threshold 0.25,
  far_events 20,000: GVA +0.0053 (recall +0.0118, precision -0.0028), dev mean 0.8246 -> 0.8264.
  Streaming: GVA 0.9013 -> 0.9053 (date order), file order 0.9162 -> 0.9147 (the one loss: -0.0015);
  within 0.02 of batch. Those are the defaults of the other keys; **`far_days` itself stays 0 (off) this
  round**: a far event is handed over by `closed_clusters` only when it leaves the far index (up to 730
  days, or when the 20,000 cap drops it), so switching it on delays most named events' build in the
  pipeline and adds ~130 MB of peak RSS at 100k named articles (scale_cluster_ties.md); both were
  measured too late this round to change the pipeline's default under the other engineers' runs (and
  tests/runtime/test_closing.py pins the archive-only hand-over order; it needs `far_days=0` there).
  Turn it on with `cluster.far_days: 730` (365: GVA 0.9085).
- Speed: pooled Multi-News (undated: no far index) stream against aa58c12, alternated in one process
  (bench line above): 0.486 / 0.481 CPU ms per article (1,882 per CPU s). GVA (dated, named) stream
  with far_days 730 against aa58c12, alternated x4 in one process at load 20-30 (lowest of each): 0.581
  -> 0.665 ms per article at 0b6b7b7, 0.650 -> 0.728 (+12 %) after the leaner far index (e453a14);
  1,374 articles per CPU s, >= 1,000 kept.
- The wrong far ties left (9 of 59 article ties at far_days 730) share an outlet's chrome, not the story:
  "bay city news", "rebroadcast", "republication"; a TV station's "wqow tv", "eau claire"; a county's
  police and its acronym. Nothing in the term vector tells them apart (the weight filter above: no gain).
- Not kept: the rows above that are within 0.0005 of the chosen one or trade more precision
  (names rare for their event: +0.0007 at P -0.002).
- Angle 2 (Multi-News, single-article events vs grown events, final batch clusters, mean cosine >= 0.10):
  1,616 pairs, 185 right; right share by mean cosine 0.10-0.12 63/956, 0.12-0.14 55/412, 0.14-0.17
  59/231, 0.17-0.20 6/14, 0.20+ 2/3; by the best single member's cosine 0.2-0.3 28/99, 0.3-0.4 3/7; by
  the lead's (first 40 words) best cosine 0.2-0.3 40/244, 0.3-0.4 9/29, 0.4+ 1/6; by max - mean 0.05-0.1
  34/170, 0.1-0.2 10/36. No feature separates a right half (Multi-News has no titles, dates or capitals):
  nothing landed.

## Fourteenth round (2026-11-23, session 15, second engineer): one-article events that retrieval left out

Decision rule as before (dev mean batch B³ F1 rises, no dev set loses more than 0.005, precision holds).
Dev figures: a scratch harness (/tmp/cluster215/h.py) over the prepared-set cache, terms computed once per
set; its start figures equal the thirteenth round's (0.9046 / 0.8084 / 0.7600). The table at the top: dev
rows by `.venv/bin/python benchmarks/bench_cluster.py --cached --only
gva_violent_corpus,multinews_mnplus_3000,uci_news_aggregator_subset`. The test set (newscluster) was not
run again this round after this change (its row above is the thirteenth round's, code f70aa6a).

Misses at the start (8c6b57c's clusterer): pairs of final batch events, at least one of them a single
article, within the time window, whose decayed mean similarity reaches `link_threshold` (0.17) and that
were left apart; right = the single article's gold event is the other event's majority one.

| set | one + one (right) | by similarity 0.17-0.20 / 0.20-0.25 / 0.25+ (right) | one + several (right) |
|---|---|---|---|
| GVA | 2 (2) | 2 (2) / 0 / 0 | 14 (7) |
| Multi-News | 26 (14) | 15 (4) / 10 (9) / 1 (1) | 19 (8) |
| UCI | 15 (4) | 7 (0) / 4 (2) / 4 (2) | 4 (1) |

- Every one + one pair shares at least one of the 14 query terms (one article's top terms in the other's
  vector): they are not missed by the query terms but cut by `max_candidates` (10 events, ranked by how
  many query terms they share). Raising `max_candidates` or `query_terms` for the join was tried last round
  (UCI loses: more candidates, more wrong joins).
- Below 0.20 such pairs are mostly wrong (Multi-News 4 of 15, UCI 0 of 7); at 0.20-0.25 Multi-News's are
  right (9 of 10).

What changed: `cluster.single_link_floor` 0.2 and `cluster.single_link_terms` 2
(`StreamClusterer._single_links`): an article that opens an event (joins none) also scores the one-article
events among its look-up's hits that share at least 2 of its query terms and that `max_candidates` left
out, and records a link (for `consolidate`, which merges at `link_threshold`) to those at a decayed cosine
of at least 0.2. They are never joined directly. After it, Multi-News's one + one pairs left apart at 0.20
or more: 12 -> 3 (GVA 0 -> 0, UCI 8 -> 4, none of UCI's four right).

| what (dev, batch B³ F1) | GVA | Multi-News | UCI | mean | Multi-News batch CPU ms/art |
|---|---|---|---|---|---|
| start (8c6b57c's clusterer) | 0.9046 (P 0.955 / R 0.860) | 0.8084 (P 0.9002 / R 0.7336) | 0.7600 (P 0.8237 / R 0.7054) | 0.8243 | 0.31-0.37 |
| exact bound: every event sharing one of the article's top k terms (k where the rest of its unit vector weighs < 0.17: no other event can reach 0.17), scored for joins and links, every article | 0.9049 | 0.8092 | 0.7507 | 0.8216 | 12.6 |
| the same, links only | 0.9049 | 0.8091 | 0.7594 | 0.8245 | 13.3 |
| the same, links only, articles opening an event only; bound 0.17 / 0.20 / 0.25 | 0.9049 / 0.9046 / 0.9046 | 0.8089 / 0.8090 / 0.8084 | 0.7594 / 0.7599 / 0.7599 | 0.8244 / 0.8245 / 0.8243 | 7.6 / 8.3 / 7.9 |
| query-term hits past `max_candidates` (any size), articles opening an event, links at 0.2: all / top 30 / top 60 by hits | 0.9046 | 0.8090 / 0.8088 / 0.8088 | 0.7599 | 0.8245 / 0.8244 / 0.8244 | 1.66 / 0.61 / 0.79 |
| one-article hits only (sharing 1 query term), floor 0.18 / 0.20 / 0.25 | 0.9046 | 0.8088 / 0.8090 / 0.8084 | 0.7596 / 0.7600 / 0.7599 | 0.8243 / 0.8245 / 0.8243 | 0.58-0.64 |
| **one-article hits sharing 2 query terms, floor 0.20 (kept)** | **0.9046** | **0.8089 (P 0.9000 / R 0.7345)** | **0.7603 (P 0.8243 / R 0.7054)** | **0.8246** | 0.35-0.39 |
| sharing 2, floor 0.18 / 0.22; sharing 3, floor 0.20 | 0.9046; 0.9046 | 0.8087 / 0.8087; 0.8084 | 0.7600 / 0.7600; 0.7600 | 0.8244 / 0.8244; 0.8243 | 0.35-0.36 |

- Kept: dev mean 0.8243 -> 0.8246 (+0.0003): Multi-News +0.0005 (recall 0.7336 -> 0.7345, precision
  0.9002 -> 0.9000), UCI +0.0003 (precision 0.8237 -> 0.8243), GVA unchanged. Small, as the misses are
  few: fixing all of Multi-News's one + one pairs at 0.20+ is worth about +0.0006 there. UCI's +0.0003 is
  this point only (0.7600 at floors 0.18 and 0.22). No variant of the table's last three rows loses on any
  set.
- Not kept: the exact bound (it does find every pair, but on undated pooled Multi-News the terms it must
  look up hold thousands of events: 20-40 times the CPU; joined, not only linked, UCI loses 0.009);
  all hits past `max_candidates` of any size (5 times the CPU for the same quality).
- One + several pairs (GVA 14, Multi-News 19, UCI 4; about half right) are not touched: most are
  events that grew after the single article arrived (their pair was below the threshold then).
- Speed: stream on pooled Multi-News, `single_link_floor` 0 / 0.2 alternated 4 times in one process
  (date order, final consolidate): 0.517 / 0.524, 0.511 / 0.511, 0.474 / 0.528, 0.459 / 0.510 CPU ms per
  article (+6 % on the mean, +11 % on the lowest; 1,894-1,960 articles per CPU s, >= 1,000 kept). The
  bench's own alternation against 413b053 (line under the table): 0.419 / 0.453 (+8 %). Streaming stays within 0.02 of batch
  (table above).
- Test, run by the lead after this change became the default (not used to choose; the round's first test run
  was at fbb3c9a): `.venv/bin/python benchmarks/bench_cluster.py --only newscluster_giveme5w1h` at d1ed2d4+
  (23:37 UTC): batch 0.8593 (P 0.961 / R 0.777) and stream 0.847, the same as at fbb3c9a: the change links no
  pair on this set.

## Thirteenth round (2026-11-23, session 15): one story's days, and one shared rare name

Decision rule (as before): a change is kept when the mean batch B³ F1 over the three dev sets rises and no
dev set loses more than 0.005, with precision holding; the test set (newscluster) was run once, after the
choice (table above). Dev figures: batch B³ over the prepared-set cache of train_cluster_pairs.py, terms
computed once per set and the clusterer re-run per variant (a scratch harness, /tmp/cluster15; its
start-of-round figures equal the twelfth round's: 0.9043 / 0.8068 / 0.7549). The table above: dev rows by
`.venv/bin/python benchmarks/bench_cluster.py --cached --only
gva_violent_corpus,multinews_mnplus_3000,uci_news_aggregator_subset` (22:37 UTC), the test row by
`--only newscluster_giveme5w1h` (22:52 UTC), the file by `--markdown`.

Split causes (start of the round, 7711ea4): every pair of final batch events with a mean article-pair
similarity of at least 0.17 (the link threshold), "right" = the two events' majority gold events are the
same, by the days between them and the rare names they share (entity-like spans held by at most
`tie_max_df` = 5 articles and at most 1 % of the set).

| GVA, right of all | no shared rare name | one | two or more |
|---|---|---|---|
| within 7 days | 8/63 | 14/31 | 8/14 |
| 8-30 days | 16/243 | 19/85 | 10/25 |
| more than 30 days | 41/3,249 | 31/728 | 144/471 |

- GVA's right pairs left apart are mostly more than 30 days apart and share rare names; of those with two or
  more names and a mean of 0.3 or more, 102 of 104 lie beyond `tie_days` (90), which stays (memory; the
  brief). Within 30 days a shared name is the signal (one name: 33 of 116 right, none: 24 of 306).
- Multi-News (undated, lower-cased: no dates, no names): right pairs left apart sit just under the link
  threshold (mean 0.12-0.17: one article + one 111/308, one + several 111/647, several + several 13/712);
  from 0.17, 19/30, 11/28 and 3/147. Of the 23 pairs of one-article events at 0.17 or more, 14 right, none
  was ever a candidate of the other (candidate retrieval, `query_terms` / `max_candidates`).
- Multi-News recall lost (0.268) by an article's mean cosine to its gold mates: 0.049 articles not
  clustered (mostly the cleaner's rejects), 0.041 below 0.03 (the set's noise pages: nothing in the text
  ties them), 0.034 at 0.03-0.08, 0.115 at 0.08-0.25, 0.030 at 0.25 or more (mostly one mate elsewhere).

What changed (the pipeline's events change too; the example corpus keeps its 5 events):
1. `cluster.story_days` 1: two events of several articles each that are both dated, whose date ranges lie
   within a day of each other, and that share `tie_names` (2) rare names (`_rare_here`'s) are merged at the
   plain `link_threshold` / `merge_threshold` instead of `link_multi_threshold` / `merge_multi_threshold`
   (`StreamClusterer._one_story`). Why it should hold on dated news: the twelfth round's multi rules were
   chosen on pooled Multi-News, where two several-article events are two stories of one topic and nothing
   (no dates, no capitalised names) tells them apart; look-alike incidents of one topic (GVA's shootings)
   do not share a victim's name and a street held by at most five articles, the days of one story do. On
   Multi-News it never applies (undated), on UCI there is no such pair; on GVA it makes one merge (right,
   5 articles of one incident). `story_days` < 0 turns it off.
2. `cluster.one_name_bonus` 0.04 and `cluster.query_terms` 14 (was 12): the join score to an event sharing
   exactly one rare name with the article is raised by 0.04 (`name_bonus` 0.1 stays for two or more), and
   candidates are found through 14 top terms. Each alone gives about half of the gain (mean 0.8228 / 0.8228),
   together 0.8243.

| what (dev sets, batch B³ F1) | GVA | Multi-News | UCI | mean |
|---|---|---|---|---|
| start of the round (7711ea4) | 0.9043 (P 0.957 / R 0.857) | 0.8068 (P 0.899 / R 0.732) | 0.7549 (P 0.826 / R 0.695) | 0.8220 |
| 1. story_days 0 / **1** / 3 / 7 / 14 / 30 (tie_names 2) | 0.9045 (all) | 0.8068 | 0.7549 | **0.8221** |
| 1. with 1 / 3 shared names | 0.9046 / 0.9045 | 0.8068 | 0.7549 | 0.8221 / 0.8221 |
| 1. + such pairs linked from 0.10 / 0.12 / 0.14 (any sizes) | 0.9045 (no more merges: links are recorded from 0.17 only) | 0.8068 | 0.7549 | 0.8221 |
| **1. kept** | **0.9045 (P 0.957 / R 0.858)** | **0.8068** | **0.7549** | **0.8221** |
| with 1.: query_terms 14 / 16 / 18 / 20 / 24 | 0.9044 / 0.9046 / 0.9046 / 0.9046 / 0.9046 | 0.8084 / 0.8081 / 0.8075 / 0.8067 / 0.8082 | 0.7558 / 0.7558 / 0.7562 / 0.7565 / 0.7565 | 0.8228 / 0.8228 / 0.8227 / 0.8226 / 0.8231 |
| with 1.: max_candidates 20; query_terms 20 + max_candidates 20; query_terms 16 + max_candidates 8 / 12 | 0.9044; 0.9045; 0.9044 / 0.9046 | 0.8069; 0.8079; 0.8074 / 0.8089 | 0.7483; 0.7492; 0.7517 / 0.7519 | 0.8199; 0.8205; 0.8212 / 0.8218 |
| with 1.: one_name_bonus 0.02 / 0.04 / 0.06 / 0.08 / 0.10 | 0.9045 / 0.9047 / 0.9051 / 0.9056 / 0.9052 | 0.8068 | 0.7551 / 0.7568 / 0.7565 / 0.7554 / 0.7544 | 0.8221 / 0.8228 / 0.8228 / 0.8226 / 0.8221 |
| with 1.: one shared multi-word name only, raise 0.04 / 0.06 / 0.10 | 0.9040 / 0.9040 / 0.9036 | 0.8068 | 0.7535 / 0.7537 / 0.7493 | 0.8214 / 0.8215 / 0.8199 |
| with 1.: query_terms 14 + one_name_bonus **0.04** / 0.05 / 0.06 / 0.08 | **0.9046** / 0.9049 / 0.9050 / 0.9055 | **0.8084** / 0.8084 / 0.8084 / 0.8084 | **0.7600** / 0.7570 / 0.7595 / 0.7554 | **0.8243** / 0.8234 / 0.8243 / 0.8231 |
| with 1. + 2.: candidates ranked by the article's weight of the shared query terms (not their count); the same + 0.01 per term; + query_terms 20 | 0.9046; 0.9046; 0.9047 | 0.8083; 0.8082; 0.8086 | 0.7557; 0.7565; 0.7553 | 0.8229; 0.8231; 0.8229 |
| **1. + 2. kept** | **0.9046 (P 0.955 / R 0.860)** | **0.8084 (P 0.900 / R 0.734)** | **0.7600 (P 0.824 / R 0.705)** | **0.8243** |
| with 1. + 2.: single_discount 0.02 / 0.04; threshold 0.15 / 0.17; full_threshold 0.21 / 0.23 | 0.9043 / 0.9042; 0.9045 / 0.9047; 0.9042 / 0.9037 | 0.8074 / 0.8075; 0.8053 / 0.8087; 0.8072 / 0.8079 | 0.7475 / 0.7628; 0.7598 / 0.7371; 0.7600 / 0.7600 | 0.8197 / 0.8248; 0.8232 / 0.8168; 0.8238 / 0.8239 |
| with 1. + 2.: link_threshold 0.16 / 0.18; name_bonus 0.08 / 0.12; size_penalty 0.04; merge_threshold 0.08 | 0.9043 / 0.9047; 0.9038 / 0.9047; 0.9043; 0.9046 | 0.8086 / 0.8067; 0.8084 / 0.8084; 0.8091; 0.8084 | 0.7600 / 0.7600; 0.7581 / 0.7588; 0.7600; 0.7597 | 0.8243 / 0.8238; 0.8235 / 0.8240; 0.8245; 0.8242 |

- Kept: 1. and 2. Dev mean 0.8220 -> 0.8243 (+0.0023): GVA +0.0003, Multi-News +0.0016, UCI +0.0051; recall
  up on every set (GVA 0.857 -> 0.860, Multi-News 0.732 -> 0.734, UCI 0.695 -> 0.705), precision GVA
  0.957 -> 0.955, Multi-News 0.899 -> 0.900, UCI 0.826 -> 0.824. The gains are small: 1. is one merge on
  the dev sets (they cannot tell one story's days from one topic, the brief's point), and the sweeps of 2.
  move UCI by +-0.003 between neighbouring points (candidate sets change), so 0.04 was taken over 0.06 (same
  mean) for GVA's smaller precision loss.
- Not kept: the rest of the table (within 0.0005 of the kept mean, or a set loses: single_discount 0.04
  gives +0.0005 of mean at GVA precision 0.953; size_penalty 0.04 +0.0002); weighting candidates by the
  article's term weights (UCI loses); a raise for one shared multi-word name (all sets lose).
- Not done: the static-embedding tie-breaker for pairs within 0.05 of the threshold (the brief's angle 2):
  no static embedding ships (model2vec is not installed; the `[embed]` extra is MiniLM at ~0.1 CPU s per
  article, 50-100 times the clusterer, and even near the threshold only it would embed most articles, each
  article's candidates being near the threshold some time). Multi-News noise pages (angle 3): 0.041 of its
  recall is articles with a mean cosine below 0.03 to their gold mates; no text signal ties them.
- Streaming (bench table above, date order with the final consolidate) stays within 0.02 of batch: GVA
  0.9013 (batch 0.9046), Multi-News 0.8068 (0.8084), UCI 0.7533 (0.7600); file order 0.9162 / 0.8069 /
  0.7578. Speed: stream on pooled Multi-News 1,707 articles per CPU s (>= 1,000 kept); this round's
  settings against the round's start settings on the same code, alternated x6 in one process (lowest of
  each, load ~13): 0.489 -> 0.497 CPU ms per article (+1.7 %: two more query terms, the one-name test).
- Test (newscluster, run once after the choice, untuned, 22:52 UTC): batch 0.8485 -> 0.8593 (P 0.965 ->
  0.961, R 0.757 -> 0.777), stream 0.847 -> 0.847, file order 0.869 -> 0.865; the pair model's column 0.866
  -> 0.872. Looked at after the run (not used to choose, nothing re-tuned): with `story_days` -1 the test
  gives 0.8469, with 2. off (one_name_bonus 0, query_terms 12) 0.8609: 1. brings back the twelfth round's
  recall (R 0.757 -> 0.777, the two several-article merges that round lost), 2. costs 0.0016 there
  (precision 0.965 -> 0.961). Targets all missed: GVA 0.905 for 0.92, Multi-News 0.808 for 0.90, test
  0.859 for 0.97.

## Twelfth round (2026-11-23, session 14): merges of events that already hold several articles

Decision rule (the brief's, as before): a change is kept when the mean batch B³ F1 over the three dev sets
rises and no dev set loses more than 0.005, with precision holding; the test set (newscluster) was run
once, after the choice (table above). Dev figures: batch B³ over the prepared-set cache of
train_cluster_pairs.py, terms computed once per set and the clusterer re-run per variant (a scratch
harness, /tmp/cluster14; its start-of-round figures equal the eleventh round's: 0.9041 / 0.7968 / 0.7549).
The table above: dev rows by `.venv/bin/python benchmarks/bench_cluster.py --cached --only
multinews_mnplus_3000,uci_news_aggregator_subset` (20:28 UTC) and `--cached --only gva_violent_corpus`
(20:39 UTC), the test row by `--only newscluster_giveme5w1h` (20:43 UTC), the file by `--markdown`.

Why merges of events go wrong (start of the round, 5b14f31): every pair of events that consolidation
(average linkage) or a bridge (an article matching two events whose centroids are alike) weighed, by the
two events' sizes and their similarity; "right" = the two events' majority gold events are the same.
Consolidation: mean similarity over article pairs (merged from 0.17); bridges: centroid cosine (merged from
0.07; UCI also has 28 of 44 right below 0.1). UCI offers no consolidation pair at 0.10 or more (an article that close to another event joins or
bridges it at arrival).

| event sizes | consolidation, mean 0.15-0.17 / 0.17-0.19 / 0.19-0.22 / >= 0.22: right of all, GVA | Multi-News |
|---|---|---|
| 1 + 1 | — / 11/12 / 5/7 / 4/4 | — / 30/34 / — / — |
| 1 + several | 1/4 / 5/15 / 8/16 / 15/22 | 3/11 / 18/49 / 24/50 / 3/13 |
| 2-4 + 2-4 | 0/2 / 1/7 / — / 0/1 | 3/72 / 3/54 / 0/23 / 0/2 |
| 5 or more + 2 or more | 0/1 / — / 0/1 / — | 0/39 / 0/13 / 0/15 / 0/3 |

| event sizes | bridges, centroid cosine 0.1-0.2 / 0.2-0.3 / 0.3-0.5 / >= 0.5: right of all, GVA | Multi-News | UCI |
|---|---|---|---|
| 1 + 1 | — / 7/11 / — / — | — | — |
| 1 + several | 5/10 / 12/16 / 9/17 / 3/3 | 28/95 / 53/94 / 13/14 / — | 232/250 / 198/213 / 50/54 / — |
| 2-4 + 2-4 | 1/1 / — / 3/7 / — | 0/4 / 9/33 / 8/67 / — | 20/28 / 37/47 / 12/13 / — |
| 5 or more + 2 or more | — / — / 1/1 / 0/1 | 0/2 / 0/5 / 1/32 / 0/6 | 48/76 / 99/122 / 246/295 / 84/121 |

- On Multi-News a merge of two events that each hold several articles is almost never right (consolidation
  6 of 221 from 0.15, bridges 18 of 149): two stories of one topic (no dates part them) grown apart. Two
  single articles are right nine times in ten. On UCI's headlines the bridges of large events are right
  four times in five (topic-level gold stories).

What changed (the pipeline's events change too; the example corpus keeps its 5 events): two config keys.
1. `cluster.link_multi_threshold` 0.3: consolidation merges two events of several articles each only when
   their mean similarity reaches 0.3 (others: `link_threshold` 0.17 as before).
2. `cluster.merge_multi_threshold` 2.0: a bridge merge of two events that both held several articles needs
   a centroid cosine rising from `merge_threshold` (0.07) with the arriving article's fullness (`_fullness`,
   as `full_threshold` and `size_penalty` use it: 0 for a headline) to 2.0, so none is made by an article
   past half a full vector; headlines (UCI) bridge as before.

| what (dev sets, batch B³ F1) | GVA | Multi-News | UCI | mean |
|---|---|---|---|---|
| start of the round (5b14f31) | 0.9041 (P 0.955 / R 0.858) | 0.7968 (P 0.868 / R 0.736) | 0.7549 (P 0.826 / R 0.695) | 0.8186 |
| consolidation score - p x ln(size a x size b), p 0.01 / 0.02 / 0.03 / 0.05 | 0.9045 / 0.9039 / 0.9040 / 0.9041 | 0.7999 / 0.8016 / 0.8016 / 0.8011 | (no pair) | — |
| the same with ln of the larger size | 0.9045 / 0.9041 / 0.9039 / 0.9038 | 0.7985 / 0.7999 / 0.8009 / 0.8008 | — | — |
| the same with ln of the smaller size | 0.9043 / 0.9043 / 0.9042 / 0.9042 | 0.7981 / 0.7994 / 0.8011 / 0.8021 | — | — |
| two events of several articles each merged from 0.20 / 0.22 / 0.25 / **0.30** / never | 0.9042 / 0.9042 / 0.9042 / **0.9043** / 0.9043 | 0.8016 / 0.8029 / 0.8031 / **0.8032** / 0.8032 | 0.7549 | 0.8202 / 0.8207 / 0.8207 / **0.8208** / 0.8208 |
| the same (never) + ln(a x b) penalty 0.02 / 0.03 / 0.05 | 0.9042 / 0.9042 / 0.9041 | 0.8024 / 0.8019 / 0.8011 | 0.7549 | 0.8205 / 0.8203 / 0.8201 |
| the same (never) + penalty 0.03 with link_threshold 0.15 / 0.16 | 0.9029 / 0.9040 | 0.8044 / 0.8032 | 0.7549 | 0.8208 / 0.8207 |
| bridge threshold rising with fullness to 0.2 / 0.3 / 0.5 / 2.0 for every bridge (before 1.) | 0.9038 / 0.9031 / 0.9033 / 0.9032 | 0.7968 / 0.7965 / 0.7960 / 0.7968 | 0.7549 / 0.7549 / 0.7549 / 0.7547 | 0.8185 / 0.8182 / 0.8181 / 0.8182 |
| with 1.: link_threshold 0.15 / 0.16 / 0.18; two single articles merged from 0.14 / 0.15 | 0.9022 / 0.9038 / 0.9043; 0.9025 / 0.9024 | 0.8051 / 0.8039 / 0.8016; 0.8048 / 0.8048 | 0.7557 / 0.7549 / 0.7549 | 0.8210 / 0.8209 / 0.8203; 0.8208 / 0.8207 |
| with 1.: full_threshold 0.21 / 0.23; single_discount 0.04; size_penalty 0.02 / 0.04; merge_threshold 0.1 | 0.9032 / 0.9036; 0.9036; 0.9040 / 0.9044; 0.9043 | 0.8027 / 0.8030; 0.8028; 0.8018 / 0.8036; 0.8032 | 0.7549; 0.7486; 0.7549; 0.7457 | 0.8203 / 0.8205; 0.8183; 0.8202 / 0.8210; 0.8178 |
| **1. kept** | **0.9043 (P 0.956 / R 0.858)** | **0.8032 (P 0.887 / R 0.734)** | **0.7549** | **0.8208** |
| with 1.: bridges of two events of several articles each need 0.3 / 0.5 / never (any article) | 0.9041 / 0.9043 / 0.9043 | 0.8044 / 0.8076 / 0.8078 | 0.7253 / 0.6262 / 0.5608 | 0.8113 / 0.7794 / 0.7576 |
| the same rising with the article's fullness to 0.3 / 0.5 / 1.0 / **2.0**; never when fullness > 0 | 0.9041 / 0.9041 / 0.9043 / **0.9043**; 0.9043 | 0.8032 / 0.8043 / 0.8056 / **0.8068**; 0.8075 | 0.7549 / 0.7549 / 0.7549 / **0.7549**; 0.7541 | 0.8208 / 0.8211 / 0.8216 / **0.8220**; 0.8219 |
| **1. + 2. kept** | **0.9043 (P 0.957 / R 0.857)** | **0.8068 (P 0.899 / R 0.732)** | **0.7549 (P 0.826 / R 0.695)** | **0.8220** |
| with 1. + 2.: size_penalty 0.04 / 0.05; link_threshold 0.16 | 0.9041 / 0.9037; 0.9037 | 0.8065 / 0.8068; 0.8075 | 0.7549 | 0.8219 / 0.8218; 0.8221 |

- Kept: 1. and 2. Dev mean 0.8186 -> 0.8220 (+0.0034), all of it Multi-News: 0.7968 -> 0.8068 (+0.0100;
  P 0.868 -> 0.899, R 0.736 -> 0.732); GVA +0.0002, UCI unchanged. Precision rises (Multi-News +0.031),
  recall gives up 0.004 there: the merges dropped were mostly wrong, as the tables above say.
  On GVA such merges are rare (12 consolidation pairs from 0.15), on UCI the headlines' bridges are kept.
- Not kept: penalties by the log of the events' sizes in consolidation (they also hold back the right
  one-article merges), lower link thresholds on top (GVA loses 0.002), bridges limited by fullness for
  every pair of events (before 1.: Multi-News precision up, recall down the same), and the rest of the
  table (within 0.0002 of the kept mean, or GVA / UCI lose).
- Streaming (bench table above, date order with the final consolidate) stays within 0.02 of batch: GVA
  0.9013 (batch 0.9043), Multi-News 0.8051 (0.8068; was 0.7946 at the round's start), UCI 0.7533 (0.7549);
  file order 0.9147 / 0.8060 / 0.7518. Speed: the stream on pooled Multi-News 1,649 articles per CPU s
  (>= 1,000 kept); against 5b14f31 (this round's start) alternated in one process 0.565 -> 0.553 CPU ms
  per article (fewer merges; load 15-19). The two rules cost one comparison per merge considered.
- Test (newscluster, run once after the choice, untuned, 20:43 UTC): batch 0.8609 -> 0.8485 (P 0.965
  unchanged, R 0.777 -> 0.757), stream 0.858 -> 0.847, file order 0.868 -> 0.869; the pair model's column
  0.872 -> 0.866. A loss, and it is this round's: the linkage column (no clusterer code) is unchanged
  (0.862 / 0.884), and with either key at 0 the test set gives 0.8609 again. Looked at after the run (not
  used to choose, nothing re-tuned): two merges of two several-article events are no longer made, and both
  were right (a gold event of 16 articles kept as 3 + 13, one of 10 as 5 + 5). On the test set's dated,
  named news, such merges join the days of one story; on pooled Multi-News (undated, lower-cased) they join
  stories of one topic; GVA has too few of them to tell (12 pairs from 0.15, 1 right). The dev rule keeps
  the change; `cluster.link_multi_threshold` 0 and `cluster.merge_multi_threshold` 0 restore the old
  merges. Targets all missed: GVA 0.904 for 0.92, Multi-News 0.807 for 0.90, test 0.849 for 0.97.
- `cluster.tie_days` (the brief's angle 1), decided with the dev gain against the cost at 100k
  (benchmarks/scale_cluster_ties.py, scale_cluster_ties.md): stays 90. GVA batch 0.9043 / 0.9062 / 0.9068
  at 90 / 120 / 180 (precision 0.957 / 0.955 / 0.952; Multi-News and UCI unchanged), while the archive's
  peak grows 5,670 / 8,023 / 12,465 events and the stream's own memory at 100k 119 / 162 / 214 MB; at 1M
  density about 30 times the archive. 180's precision does not hold; 120's +0.0006 of dev mean is not
  worth +36 % memory and a month's later hand-over.
- Not done: the static-embedding tie-breaker (the brief's angle 3): no static embedding ships (model2vec
  is not installed, and MiniLM, the `[embed]` extra, costs ~0.1 CPU s per article, 50-100 times the
  clusterer). Multi-News noise documents: a document the set's votes call irrelevant to its own story is
  split from it by content, and nothing in the clusterer can tell it belongs there; not attempted. The
  main process's serial speed (issue 9): profiled (`_dot`'s sum over candidates and `weigh` lead), no
  change made this round.

## Eleventh round (2026-11-23, session 13): the join score by event size and shared rare names

Decision rule (the brief's, as in the ninth and tenth rounds): a change is kept when the mean batch B³ F1
over the three dev sets rises and no dev set loses more than 0.005, with precision holding; the test set
(newscluster) was run once, after the choice (table above). Dev figures: batch B³ over the prepared-set
cache of train_cluster_pairs.py, terms computed once per set and the clusterer re-run per variant (a
scratch harness, /tmp/cluster13; its start-of-round figures equal the tenth round's: 0.9005 / 0.7941 /
0.7436).

Why near-threshold joins go wrong or are missed (batch, start of the round): each arriving article's best
candidate event, by the event's size and the article's margin over its join threshold; "right" = at least
half of the event's articles share the article's gold event.

| event size | GVA, margin -0.05..-0.02 / -0.02..0 / 0..0.02 / 0.02..0.05: right of all | Multi-News, the same |
|---|---|---|
| 1 article | 59/86, 46/63, 39/51, 88/100 | 126/246, 102/154, 109/157, 188/229 |
| 2 | 16/30, 12/17, 12/15, 23/25 | 27/126, 25/72, 25/63, 66/91 |
| 3-4 | 4/15, 8/12, 4/5, 9/11 | 16/78, 8/41, 12/48, 28/57 |
| 5 or more | 2/4, 1/4, 1/1, 4/5 | 2/33, 5/24, 4/30, 7/36 |

- Just below the threshold, a one-article event is the right one two times in three (GVA 73 %, Multi-News
  66 % at -0.02..0): one pair's cosine is the whole mean, and same-event pairs fall short of it often.
  Just above it, a Multi-News event of 3 or more articles is the right one for fewer than half of the
  articles that join it: mean cosines to a mixed event of one topic (no dates to part them).

What changed (the pipeline's events change too; the example corpus keeps its 5 events): three adjustments
of the cosine join score (`StreamClusterer._score`; config keys, 0 = off):
1. `cluster.single_discount` 0.03: an event of one article is joined at a score 0.03 lower.
2. `cluster.size_penalty` 0.03: a full article's score to an event of n articles is lowered by 0.03 x ln n,
   in proportion to the article's fullness (`_fullness`, as `full_threshold` uses it: 0 for a headline, so
   UCI's topic-level headline stories still grow).
3. `cluster.name_bonus` 0.1: the score to an event sharing `tie_names` (2) rare names with the article
   (held by at most `tie_max_df` articles, and by at most 1 % of the articles seen, `RARE_SHARE`: in a
   small pile every name is held by few articles, and without that guard the example corpus fed in file
   order and tiny partitions lost their events) is raised by 0.1: the victim's name and the street.
The adjustments rank the candidates too, and bridge merges use them; recorded links for consolidation
keep the plain decayed cosine.

| what (dev sets, batch B³ F1) | GVA | Multi-News | UCI | mean |
|---|---|---|---|---|
| start of the round (38b4173) | 0.9005 (P 0.957 / R 0.851) | 0.7941 (P 0.873 / R 0.729) | 0.7436 (P 0.829 / R 0.674) | 0.8127 |
| lead lines that look like chrome (JavaScript, video, cookie, photo, sign-in, share ... lines of <= 30 words, up to 5; GVA 580 texts) dropped / moved after the text | 0.9003 / 0.9003 | 0.7941 / 0.7941 | 0.7427 / 0.7436 | 0.8124 / 0.8127 |
| second average-linkage pass at 0.12 / 0.14 between events sharing >= 3 rare terms of any kind (df <= 5; Multi-News is lower-cased: no names); 0.12 / 0.10 with >= 5 | 0.8983 / 0.9001; 0.8975 / 0.8970 | 0.7934 / 0.7940; 0.7936 / 0.7936 | 0.7441 / 0.7445; 0.7436 / 0.7459 | 0.8119 / 0.8129; 0.8115 / 0.8121 |
| join score + 0.03 for >= 3 shared rare terms of any kind; + 0.03 / 0.05 for >= 5 | 0.9008; 0.9006 / 0.9010 | 0.7941; 0.7943 / 0.7943 | 0.7447; 0.7438 / 0.7444 | 0.8132; 0.8129 / 0.8132 |
| long-range ties with rare names counted by the events holding them (df <= 10 / 20 / 50 held by <= 1 other event; df <= 20 by <= 2), GVA only | 0.8987 / 0.8983 / 0.8975; 0.8964 | — | — | — |
| single_discount 0.02 / 0.04 alone | 0.9008 / 0.9009 | 0.7952 / 0.7958 | 0.7481 / 0.7434 | 0.8147 / 0.8134 |
| size penalty 0.02 / 0.04 x ln n for every article (headlines too); + 0.03 for events of 3+ | 0.9004 / 0.9008; 0.9006 | 0.7957 / 0.7953; 0.7951 | 0.6877 / 0.6329; 0.7070 | 0.7946 / 0.7763; 0.8009 |
| size_penalty 0.02 / 0.03 / 0.04 alone (full vectors only) | 0.9004 / 0.9009 / 0.9009 | 0.7950 / 0.7945 / 0.7944 | 0.7434 | 0.8129 / 0.8129 / 0.8129 |
| name_bonus 0.03 / 0.06 / 0.1 / 0.15 alone (2 names); 0.06 with 3 names | 0.9008 / 0.9020 / 0.9029 / 0.9025; 0.9016 | 0.7941 | 0.7443 / 0.7450 / 0.7470 / 0.7456; 0.7443 | 0.8131 / 0.8137 / 0.8147 / 0.8141; 0.8133 |
| single 0.01 / 0.02 / 0.03 with size 0.02 | 0.9007 / 0.9007 / 0.9011 | 0.7958 / 0.7963 / 0.7967 | 0.7427 / 0.7481 / 0.7468 | 0.8131 / 0.8150 / 0.8149 |
| single 0.03 with size 0.03, no name bonus | 0.9017 | 0.7968 | 0.7468 | 0.8151 |
| single 0.02 with name 0.08 / 0.1 / 0.12 (no size penalty); with size 0.02 / 0.03 and name 0.1 | 0.9036 / 0.9030 / 0.9033; 0.9033 / 0.9036 | 0.7952; 0.7963 / 0.7968 | 0.7492 / 0.7496 / 0.7471; 0.7496 / 0.7487 | 0.8160 / 0.8159 / 0.8152; 0.8164 / 0.8164 |
| **single 0.03, size 0.03, name 0.1 (kept)** | **0.9041 (P 0.955 / R 0.858)** | **0.7968 (P 0.868 / R 0.736)** | **0.7549 (P 0.826 / R 0.695)** | **0.8186** |
| the same with name 0.08; size 0.05; name with 3 names | 0.9034; 0.9036; 0.9025 | 0.7968; 0.7959; 0.7968 | 0.7537; 0.7549; 0.7483 | 0.8180; 0.8181; 0.8159 |
| the same with single 0.04; single 0.04 and size 0.05 | 0.9035; 0.9030 | 0.7960; 0.7949 | 0.7486; 0.7485 | 0.8160; 0.8155 |
| kept, then link_threshold 0.16 / 0.18 (0.17); threshold 0.15 / 0.17 (0.16) | 0.9036 / 0.9043; 0.9039 / 0.9038 | 0.7943 / 0.7968; 0.7943 / 0.7978 | 0.7549 / 0.7549; 0.7567 / 0.7271 | 0.8176 / 0.8187; 0.8183 / 0.8096 |

- Kept: the three adjustments at 0.03 / 0.03 / 0.1. Dev mean 0.8127 -> 0.8186 (+0.0059): GVA +0.0036
  (R 0.851 -> 0.858), Multi-News +0.0027 (R 0.729 -> 0.736), UCI +0.0113 (R 0.674 -> 0.695). Precision
  falls a little on each set (GVA 0.957 -> 0.955, Multi-News 0.873 -> 0.868, UCI 0.829 -> 0.826): recall
  is bought at about a third of its price in precision. Each adjustment alone adds +0.0002 to +0.0020 of
  the mean; together more than the sum (the size penalty keeps mixed Multi-News events from taking what
  the discount lets into pairs). UCI moves by up to 0.008 between neighbouring settings (0.7468 / 0.7549 /
  0.7483): the settings around the kept one all measure 0.8155-0.8186, so the gain is not one lucky point,
  but its size on UCI is uncertain to about +-0.004. The join and link thresholds re-swept on top: the
  defaults stay (link 0.18 measures +0.0001).
- Not kept: the rest of the table. Chrome lines at the top of GVA texts (129 "Please enable Javascript
  to watch this video") are not a cause of splits: dropping them moves nothing. A second, looser
  average-linkage pass between events sharing rare terms only lowers precision (Multi-News has no names,
  and its rare words tie one topic's stories as readily as one story's). Counting a name rare by the
  events holding it (a victim named in 8 articles of one event) adds long-range ties of look-alikes
  (GVA precision 0.957 -> 0.943-0.951). The brief's title-and-names rule for long-range ties was looked at
  first: among GVA's best candidate ties below the tie threshold (0.3), one sharing a rare name of the
  article's title is right more often than one that does not (score 0.2-0.3: 7 of 13 against 21 of 61),
  but only one time in two and for 13 articles at most (below 0.2: 5 of 24), so it was not built.
- Streaming (date order, final consolidate; `benchmarks.bench_cluster.stream` on the cache) stays within
  0.02 of batch and gains too: GVA 0.8991 -> 0.9009 (file order 0.9123 -> 0.9145), Multi-News 0.7908 ->
  0.7946 (file order 0.7906 -> 0.7961), UCI 0.7337 -> 0.7538 (file order 0.7350 -> 0.7518).
- Speed: `features.weigh` looks its logarithms up (`_Logs`: 1 + ln count, ln(1 + df), each computed once
  per number) instead of computing two per term: bit-identical vectors on the three dev sets (fitted and
  learnt document frequencies), weigh 0.0867 -> 0.0758 CPU ms per article on GVA, 0.0596 -> 0.0528 on
  Multi-News, 0.0095 -> 0.0083 on UCI (lowest of 5 alternated, load ~9). The join-score adjustments cost
  a set of the article's rare names (only with `name_bonus`) and a log per larger candidate event. The
  stream on pooled Multi-News against 38b4173 (this round's start), alternated in one process, lowest of
  4 with the order swapped each round (`/tmp` scratch run at 18:27 UTC, load 17-20): 0.550 -> 0.571 CPU ms
  per article (+4 %), with the three adjustments off 0.560 (same events as 38b4173: the code's own cost,
  within noise); `speed_against` itself after the fix below, two runs (18:31 / 18:33 UTC, load 11-14):
  0.48 -> 0.53 (+10 %) and 0.458 -> 0.486 (+6 %, the line above the notes). So +4 to +10 %, mostly the
  changed events (more joins, larger centroids), not the per-candidate arithmetic. The table's
  stream figures (Multi-News 1,300 articles per CPU s, >= 1,000 kept) were taken at load 18-24.
  `speed_against` used to time "before" first with the other filled clusterer alive; run second, the
  same code measured up to 8 % slower (0.650 -> 0.700 in that harness against 0.550 -> 0.571 above). It
  now makes each clusterer just before its run, collects garbage first and swaps the order each round.
- Test (newscluster, run once after the choice, untuned, 18:19 UTC): batch 0.8605 -> 0.8609 (P 0.965 /
  R 0.777, unchanged to the third decimal), stream 0.858 (0.858), file order 0.863 -> 0.868; the pair
  model's column 0.872 as before. The adjustments barely act on this small set (383 articles: the 1 %
  share makes a name rare only when at most 3 articles hold it). The test set is cleaned afresh on each
  run (not cached), and other owners' cleaner changes moved it too: its linkage column, which this
  round's code does not touch, went 0.882 -> 0.884 (best on set) between the two runs.
- Targets all missed: GVA 0.904 for 0.92, Multi-News 0.797 for 0.90, test 0.861 for 0.97. Where recall
  still goes on GVA is the eighth round's table (follow-ups past the window first); on Multi-News the
  set's own noise documents and mixed one-topic events.

## Tenth round (2026-11-23, session 12): a title's outlet name is not a term

Decision rule (the brief's, as in the ninth round): a change is kept when the mean batch B³ F1 over the three
dev sets rises and no dev set loses more than 0.005, with precision holding; the test set (newscluster) was
run once, after the choice (table above). Dev figures: batch B³ over the prepared-set cache of
train_cluster_pairs.py, terms computed once per set and the clusterer re-run per variant (a scratch
harness; its start-of-round figures equal the ninth round's table: 0.8988 / 0.7941 / 0.7437). Time: the
round started late (about 1 h 10 min of work), so each idea got one sweep.

What changed (the pipeline's events change too; the example corpus keeps its 5 events):
`features.headline`: a title's last part after a separator (" - ", " | ", " :: ", " — ", " » ") is dropped
when it has at most 6 words, each capitalised (or a digit or mark, or one of of / and / the / on / at / in
/ &), and at least 3 words of the title are left: the outlet's name a site appends ("... :: WRAL.com",
"... - WSMV Channel 4", "... - Memphis, Tennessee"). 705 of GVA's 5,850 prepared titles lose such a part
(UCI: 141 of 6,360 headlines; Multi-News has no titles);
the title counts twice, so the outlet's name was a heavy rare-ish entity tying one outlet's articles on
different incidents together and keeping other outlets' articles on the same incident apart.

| what (dev sets, batch B³ F1) | GVA | Multi-News | UCI | mean |
|---|---|---|---|---|
| start of the round (704ab47) | 0.8988 (P 0.952 / R 0.851) | 0.7941 | 0.7437 | 0.8122 |
| outlet part of at most 3 / 4 / 5 / 8 words cut, any words | 0.8996 / 0.9001 / 0.9007 / 0.9009 | 0.7941 | 0.7433 / 0.7433 / 0.7436 / 0.7408 | 0.8123 / 0.8125 / 0.8128 / 0.8119 |
| **cut only when every word is capitalised**, at most 5 / **6** / 8 words | 0.9005 / **0.9005 (P 0.957 / R 0.851)** / 0.9008 | 0.7941 | 0.7436 / **0.7436** / 0.7436 | 0.8127 / **0.8127** / 0.8128 |
| with the (outlet-free) title counted once / three times (was twice) | 0.8998 / 0.8995 | 0.7941 | 0.7440 / 0.7438 | 0.8126 / 0.8125 |
| consolidation also by centroid cosine (events of 2+ articles, in the window) >= 0.5 / 0.4 / 0.35 / 0.3 | 0.8988 | 0.7940 / 0.7931 / 0.7909 / 0.7875 | 0.7437 | 0.8122 / 0.8119 / 0.8111 / 0.8100 |
| the same at 0.3 / 0.25, only for events sharing 2 rare names | 0.8988 / 0.8989 | 0.7941 | 0.7437 | 0.8122 |
| word pairs (consecutive content words of title and lead) as terms | 0.8943 (P 0.961 / R 0.836) | 0.7596 (P 0.948 / R 0.633) | 0.6832 | 0.7790 |
| word pairs of the first 400 words; of title, lead and text | 0.8901; 0.8827 | 0.6753; 0.6324 | 0.7204; 0.6696 | 0.7619; 0.7282 |
| title-and-lead pairs with thresholds 0.13-0.18 / 0.11-0.16 / 0.10-0.14 (join-full, link 0.14 / 0.12 / 0.11) | 0.8973 / 0.8954 / 0.8932 | 0.7805 / 0.7851 / 0.7825 | 0.7377 / 0.7456 / 0.7669 | 0.8052 / 0.8087 / 0.8142 |
| title vs title: an article's (outlet-free) title vector's mean cosine to the event's titles, x 0.5 / 0.4 / 0.3, joins when it beats the cosine and reaches 0.5 / 0.6 / 0.7 (scratch, in-window candidates only) | 0.8972 / 0.8980 / 0.8994 (P 0.948 / 0.950 / 0.953) | 0.7941 | 0.7436 | 0.8116 / 0.8119 / 0.8124 |
| URLs and e-mail addresses dropped from the text before its terms (453 texts hold one) | 0.9005 | 0.7944 | 0.7436 | 0.8128 |
| tie_max_df 8 / 12 (was 5); tie_threshold 0.25 / 0.2 (0.3) | 0.8968 / 0.8947; 0.8986 / 0.8960 | 0.7941 | 0.7437 | 0.8115 / 0.8108; 0.8121 / 0.8113 |
| tie_event_threshold 0.2 (0.25); tie_names 3 with ties at 0.2 / 0.15 | 0.8980; 0.8974 | 0.7941 | 0.7437 | 0.8119; 0.8117 |
| late_days 21 (14); time_window_days 10 (7); link_threshold 0.15 (0.17) | 0.8989; 0.8978; 0.8967 | 0.7941; 0.7941; 0.7888 | 0.7437; 0.7437; 0.7440 | 0.8122; 0.8119; 0.8098 |

- Kept: the outlet's name cut from titles, the capitalised-words rule at 6 words (a round number between
  5 and 8, which measure the same within 0.0003; the any-words rule at 8 cut UCI headlines' real second
  halves, UCI -0.003). GVA +0.0017 (P 0.952 -> 0.957, R 0.851 unchanged), Multi-News unchanged (no titles),
  UCI -0.0001; dev mean 0.8122 -> 0.8127. Small: a tenth of GVA's titles carry an outlet's name.
- Not kept: the rest of the table. Average linkage by centroid cosine (the normalised linkage, which lets
  two spread-out events merge) only lowers Multi-News precision; limited to events sharing rare names it
  changes nothing. Word pairs make vectors more specific (precision up to 0.95-0.98) and cost recall
  steeply; re-tuned thresholds give back the same precision/recall curve (no dev mean gain with GVA and
  Multi-News both up). The tie knobs and window lengths around the defaults lose or tie. A title-vs-title
  signal among the in-window candidates only adds look-alike joins (GVA precision falls, recall flat): the
  follow-ups it was meant for are past the window, where no candidate is offered. Dropping URLs moves
  the mean by +0.0001 (Multi-News +0.0003): below what this rule counts as a measurable help.
- Streaming stays within 0.02 of batch on every dev set (GVA 0.899 / 0.9005, file order 0.912; Multi-News
  0.791 / 0.794; UCI 0.734 / 0.744). Speed: `article_terms` CPU ms per article with / without the cut,
  alternated x4 in one process, lowest: GVA 0.234 / 0.242 (noise), UCI 0.0305 / 0.0283 (+0.002 ms); the
  stream on pooled Multi-News 2,096 articles per CPU s at load 17-18. The line above the notes (e8514aa
  against now on Multi-News, +11 %) was measured at load 17-18 with other jobs starting; Multi-News has no
  titles, so this round's code never runs there (the ninth round measured the same pair at 0.524 / 0.514);
  it is load noise, not re-measured for lack of time.
- Test (newscluster, run once after the choice, untuned, 16:37 UTC): unchanged, batch 0.8605 (P 0.965 /
  R 0.777), stream 0.858, file order 0.863 (its titles carry no outlet part this rule cuts).
- Targets all missed: GVA 0.9005 for 0.92, Multi-News 0.794 for 0.90.

## Ninth round (2026-11-23, session 11): the lead counted twice

Decision rule, set at the start of the round (the brief's): a change is kept when the mean batch B³ F1 over
the three dev sets rises and no dev set loses more than 0.005, with precision holding; the test set
(newscluster) was run once, after the choice (table above). Dev figures: batch B³ F1 over the
prepared-set cache of train_cluster_pairs.py (rebuilt this round; the start-of-round figures equal last
round's table: 0.8923 / 0.7898 / 0.7437).

What changed (the pipeline's events change too; the example corpus keeps its 5 events): `cluster.lead_words`
(60): the first 60 words of a text longer than that (its lead) count twice in the term counts, as the title
does; the rest of the first `max_words` words once; a text no longer than the lead (a bare headline, UCI)
is counted once, as before. News puts the who / where / when of an event in the lead; the rest of a page
holds background, recaps and (on GVA) a site's related-links chrome, which the lead now outweighs.
`runtime/closing.py` passes the key too, so `newsfuse run` and `cluster --dataset` keep the same events.

| what (dev sets, batch B³ F1) | GVA | Multi-News | UCI | mean |
|---|---|---|---|---|
| start of the round (65b1fe4) | 0.8923 (P 0.946 / R 0.845) | 0.7898 (P 0.861 / R 0.729) | 0.7437 | 0.8086 |
| lead of 30 / 60 / 100 words counted twice, headlines too | 0.8938 / 0.8985 / 0.8982 | 0.7898 / 0.7939 / 0.7930 | 0.7430 / 0.7430 / 0.7430 | 0.8089 / 0.8118 / 0.8114 |
| lead of 40 words counted three times, headlines too | 0.8964 | 0.7848 | 0.7444 | 0.8085 |
| lead only of a longer text, 50 / **60** / 70 / 80 words | 0.8986 / **0.8988** / 0.8987 / 0.8985 | 0.7916 / **0.7941** / 0.7942 / 0.7958 | 0.7437 | 0.8113 / **0.8122** / 0.8122 / 0.8127 |
| (lead 60, P / R) | **0.952 / 0.851** | **0.873 / 0.729** | 0.829 / 0.674 | |
| lead 60 counted three times; with full_threshold 0.21 / 0.20 | 0.8982; 0.8992 / 0.8989 | 0.7906; 0.7920 / 0.7899 | 0.7437 | 0.8108; 0.8116 / 0.8108 |
| lead 60 with the title once / three times (was twice); lead 30 three times | 0.9001 / 0.8963; 0.8929 | 0.7941 / 0.7941; 0.7824 | 0.7435 / 0.7430; 0.7437 | 0.8126 / 0.8111; 0.8063 |
| lead 60 with entity_weight 1.5 (was 2); + lead 80; + query_terms 16; + max_words 800 | 0.8999; 0.8991; 0.8999; 0.9010 | 0.7941; 0.7958; 0.7938; 0.7939 | 0.7444 (P 0.822); 0.7444; 0.7447; 0.7444 | 0.8128; 0.8131; 0.8128; 0.8131 |
| lead 60 with tf 1 + 0.5 ln(count) (was 1 + ln); + full_threshold 0.20; + threshold 0.15 | 0.8953; 0.8957; 0.8952 | 0.7957; 0.7962; 0.7961 | 0.7437; 0.7437; 0.7475 | 0.8116; 0.8119; 0.8129 |
| without the lead (start of the round): entity_weight 1.5 / 2.5 / 3; number_weight 0.5 / 1.5 | 0.8937 / 0.8921 / 0.8919; 0.8918 / 0.8931 | 0.7898; 0.7860 / 0.7929 | 0.7444 / 0.7261 / 0.7219; 0.7390 / 0.7390 | 0.8093 / 0.8027 / 0.8012; 0.8056 / 0.8083 |
| without the lead: query_terms 20; max_candidates 20; both | 0.8932; 0.8922; 0.8931 | 0.7914; 0.7898; 0.7914 | 0.7450; 0.7395; 0.7399 | 0.8099; 0.8072; 0.8081 |
| without the lead: decay half-life 7 / 14 days (was 10); max_words 200 / 800 (was 400) | 0.8922 / 0.8902; 0.8897 / 0.8936 | 0.7898; 0.7901 / 0.7900 | 0.7433 / 0.7371; 0.7437 | 0.8084 / 0.8057; 0.8078 / 0.8091 |
| without the lead: IDF squared / to the power 1.5; binary tf | 0.8924 / 0.8925; 0.8721 | 0.7877 / 0.7926; 0.7721 | 0.6004 / 0.6746; 0.7441 | 0.7602 / 0.7866; 0.7961 |

- Kept: the lead of 60 words counted twice, only for a text longer than that. Dev mean 0.8086 -> 0.8122
  (+0.0036): GVA +0.0065 (P 0.946 -> 0.952, R 0.845 -> 0.851), Multi-News +0.0043 (P 0.861 -> 0.873,
  R 0.729 unchanged), UCI unchanged. Precision rises on both sets it touches; recall rises on GVA only.
  60 was the first length tried with both sets up; 70 / 80 measure the same within 0.0005 of the mean.
- Not kept: everything else in the table. Each knob on top of the lead moves the dev mean by less than
  0.001 (entity_weight 1.5, lead 80, query_terms 16, max_words 800, the title once), some by trading UCI
  precision for recall; not a measurable help by this round's rule, so none was stacked.
- The pair model (`cluster.pair_model`), re-examined as the brief asked (train_cluster_pairs.py rerun
  at 65b1fe4's clusterer, weights not rewritten; cluster_pairs.md): held out it still loses on every dev
  set (GVA 0.878 vs cosine 0.892, Multi-News 0.624 vs 0.790, UCI 0.629 vs 0.744); its in-sample figures
  (0.893 / 0.793 / 0.826, the "other join" column) are fitted on the very sets they score. With the lead,
  the shipped model is below the cosine join on GVA in-sample too (0.8975 vs 0.8988). Not the default.
- Streaming stays within 0.02 of batch on every dev set (GVA 0.897 / 0.899, Multi-News 0.791 / 0.794, UCI
  0.734 / 0.744); stream speed on pooled Multi-News 1,671 articles per CPU s (load ~17); CPU per article
  of the stream at e8514aa (this round's start) / now, alternated in one process: 0.524 / 0.514 ms (the
  lead adds 0.002 ms per article to `article_terms`: 0.143 -> 0.145, lowest of 4 alternated).
- The linkage baseline with our vectors moves with the lead too (GVA best on set 0.827 -> 0.841, at the dev
  threshold 0.717 -> 0.739; Multi-News at the dev threshold 0.789 -> 0.792, best on set 0.799 -> 0.794).
- Test (newscluster, run once after the choice, untuned, 12:20 UTC): batch 0.852 -> 0.861 (P 0.956 ->
  0.965, R 0.768 -> 0.777), stream 0.858, file order 0.863; the shipped pair model 0.872 there (not a
  basis for a choice: the dev sets decide). Targets all missed: test 0.861 for 0.97, GVA 0.899 for 0.92,
  Multi-News 0.794 for 0.90.
- Where recall goes is as in the eighth round's table (GVA: follow-ups past the window; Multi-News: the
  set's own noise documents and cosines just below the join threshold); this round did not redo it.

## Eighth round (2026-11-23, session 10): why gold events are split, long-range ties of events, the stream's CPU

Decision rule, set at the start of the round (the brief's): a change is kept when the mean batch B³ F1 over
the three dev sets rises and no dev set loses more than 0.005; the brief adds that precision must hold. The
test set (newscluster) was run once, after the choice (table above). Dev figures: batch B³ over the
prepared-set cache of train_cluster_pairs.py (the cache `bench_cluster.py --cached` reads).

Why gold events are split (item 1): every clustered leader that is not in the predicted event holding most
of its gold event's leaders (the "main" one), with the first cause that applies, in this order; cosine = the
leader's undecayed mean cosine to the main event's leaders (batch document frequencies). Start of the round
(0483852) and, for GVA, after this round's change (Multi-News is undated: unchanged).

| cause (first that applies) | GVA start | GVA now | Multi-News |
|---|---:|---:|---:|
| a gold "noise" document (>= 3 of 5 LLM votes: irrelevant to its own story) | — | — | 487 |
| date gap to the main event beyond the open window (> 21 days) | 255 | 250 | — |
| date gap 8-21 days (past the 7-day join window, still open for late articles) | 80 | 65 | — |
| other language than the main event | 0 | 0 | 2 |
| mean cosine >= 0.22, above the join threshold (join order, candidates, decay) | 26 | 22 | 34 |
| both name people or places, but none the same | 24 | 24 | — (lower-cased) |
| below the threshold by < 0.07 (cosine 0.15-0.22) | 80 | 80 | 198 |
| below by 0.07-0.14 (cosine 0.08-0.15) | 104 | 104 | 330 |
| cosine < 0.08 (paraphrase, chrome, a different angle) | 56 | 56 | 239 |
| split leaders (of 5,705 GVA / 7,614 Multi-News leaders) | 625 | 601 | 1,290 |

- The largest cause on GVA is time: follow-ups (arrests, charges, trials) more than 21 days after the
  incident, 255 of 625; 152 of them share >= 2 rare names with the main event. After this round's change,
  of the 315 date-gap leaders 91 share >= 2 rare names at cosine >= 0.3 but lie beyond `tie_days` (90):
  36 at 90-180 days, 55 beyond 180 (a longer reach: round 7, `tie_days` 180 / 365 = GVA 0.8936 / 0.8941,
  not taken for the archive's memory and hand-over delay at 1M). On Multi-News the largest cause is the
  gold itself: 487 of 1,290 split leaders are documents the set's own LLM votes call irrelevant to their
  story; the rest sit below the join threshold (198 within 0.07 of it), as six rounds of threshold
  sweeps found (every lower threshold buys that recall with more precision).
- Title vs body wording: on GVA a leader's title alone is closer to the main event than its whole vector
  for 155 of 625 (mostly date-gap follow-ups whose body recaps the incident); counting the title 3-4
  times lost on GVA in round 6, not retried. Roundups: a split leader's own event mixes gold events for
  39 of 625 on GVA and 227 of 1,290 on Multi-News (6 % / 18 %); not a leading cause.
- Languages: 2 Multi-News leaders, none on GVA: not a cause on these sets.

What was tried (dev sets, batch B³ F1, P / R where precision moves):

| what | GVA | Multi-News | UCI | mean |
|---|---|---|---|---|
| start of the round (0483852) | 0.8914 (P 0.949 / R 0.840) | 0.7899 | 0.7437 | 0.8083 |
| long-range ties of events, `tie_event_threshold` 0.15 / 0.20 / **0.25** / 0.30 | 0.8912 / 0.8921 / **0.8922** / 0.8916 | 0.7899 | 0.7437 | 0.8083 / 0.8086 / **0.8086** / 0.8084 |
| (the same, P / R) | 0.930/0.855, 0.939/0.849, **0.945/0.845**, 0.948/0.841 | | | |
| event ties 0.25 with article ties (`tie_threshold`) 0.25; event ties 0.2 with article ties 0.2 | 0.8920; 0.8897 | 0.7899 | 0.7437 | 0.8085; 0.8078 |
| event ties 0.3 with `tie_days` 180 (180 alone: 0.8936, round 7) | 0.8936 | 0.7899 | 0.7437 | 0.8091 |
| in-window average-linkage merges of events sharing 2 rare names from a mean of 0.12 / 0.08 (others 0.17) | 0.8906 / 0.8912 (P 0.930 / 0.927) | 0.7897 / 0.7897 | 0.7443 / 0.7462 | 0.8082 / 0.8090 |

- Kept: `cluster.tie_event_threshold` 0.25. When an event leaves the open window (`time_window_days +
  late_days`) holding `tie_names` rare names, it is merged into the archived event (kept for `tie_days`)
  sharing at least `tie_names` rare names with it at the highest undecayed mean cosine over their article
  pairs, when that reaches 0.25: the follow-ups that opened an event of their own, or joined one of other
  follow-ups, and so never met the article-level tie (which only an article joining nothing may make).
  Recorded as a `Merge` (old id an alias, as every merge); `closed_clusters` follows it like any merge, so
  the pipeline hands the tied event over once (tests/runtime/test_closing.py). GVA +0.0008 (P 0.949 ->
  0.945, R 0.840 -> 0.845), Multi-News and UCI unchanged (undated; headlines rarely hold 2 rare names),
  dev mean 0.8083 -> 0.8086. Small: a tenth of the date-gap leaders within 90 days moved.
- Not kept: in-window merges by shared rare names at 0.08 passes the F1 rule (+0.0004: UCI +0.0025, GVA
  -0.001) but GVA precision falls 0.945 -> 0.927, against "precision must hold"; 0.12 lowers the mean.
  Round 6's article-level version of it broke the example corpus (in a small pile every name is rare).
- Not tried (time): the pair model's probability in consolidation (needs event-pair training data), the
  static embedding as a merge signal (none is installed; MiniLM costs ~0.1 CPU s per article).
- Test (newscluster, run once after the choice, untuned, 09:28 UTC): batch 0.846 -> 0.852 (P 0.956 /
  R 0.768: precision held), stream 0.861 (as before), file order 0.859. Targets all missed: test 0.852 for
  0.97 (optimistic baseline 0.905; our vectors under plain average linkage 0.869), GVA 0.892 for 0.92,
  Multi-News 0.790 for 0.90. Streaming within 0.02 of batch on every set (newscluster 0.861 / 0.852, GVA
  0.890 / 0.892, Multi-News 0.787 / 0.790, UCI 0.734 / 0.744).
- CPU (item 2; cluster_closing.md has the figures and why): the clusterer in the main process
  (`closed_clusters`, pre-made terms, 0483852 -> now, same events with event ties off): jsonl-10000-s9-g2
  0.582 -> 0.535 ms per leader, squeezed x10 0.877 -> 0.807 (-8 % each, lowest of 3 alternated, load
  15-19). The growth since session 7 is the tie archive (tie_days 90: 0.256 -> 0.331 ms per leader on
  jsonl-2000-s9-g2 at load 1.4); the profile's `features.weigh` 0.49 -> 1.18 s was mostly cProfile billing
  the per-term C calls of a `map` chain; as a comprehension again it is 0.099 -> 0.084 ms per leader
  unprofiled, identical vectors. Stream on pooled Multi-News (table): 1,094 articles per CPU s at load ~18
  (>= 1,000 kept), CPU per article 0.757 (e1c8fad) / 0.749 (now), alternated in one process.
- The dev rows and the test row of the table are this round's (`--only`, 09:05-09:28 UTC, load 15-20 on
  the 2 shared cores: speed figures are lower than on an idle machine).

## Seventh round (2026-11-23, session 9): ties across the hand-over, the main process's clustering CPU

Decision rule, set at the start of the round (as the brief proposes): a change is kept when it raises the
mean batch B³ F1 over the three dev sets and no dev set loses more than 0.005; a speed change must leave
the events identical. The test set (newscluster) was run once, in the table above, after the choice.
Dev figures: batch B³ F1 over the prepared-set cache of train_cluster_pairs.py (this table's dev rows use
the same cache: `bench_cluster.py --cached`).

1. Long-range ties beyond the open window, across the pipeline's hand-over (`cluster.tie_days`, default
   90): an event leaving the open window (`time_window_days + late_days` = 21 days) that holds at least
   `tie_names` rare names is kept in an archive, indexed by those names only, until `tie_days` after its
   newest day; an article that joins nothing in the window may tie to it as to an open event (same rule:
   2 shared rare names, undecayed mean cosine >= 0.3), and the event is open again under its old id.
   `StreamClusterer.retired` (kept when `keep_retired` is set) lists the events that leave for good;
   `runtime/closing.py` now hands over exactly those, so `newsfuse run` builds a tied event once, with
   its late article, and gives the events of `cluster_articles` (`newsfuse cluster --dataset`): checked
   on the example corpus, jsonl-10000-s9-g2 (as is and squeezed) and a test of a tie 49 days late.
   Ties naming a retired event are cleared (`ties` no longer grows without bound). Saved in the state.
2. The main process's stream, same events: the events past the window of the newest day are kept as a
   set, updated as days move on, so `_candidates` no longer filters each candidate by its days in a
   Python dict comprehension for an article of the newest day (the date-ordered stream); `add_terms`
   and `features.weigh` do their per-term work in C (`map`, `filterfalse`; the same arithmetic in the
   same order). `benchmarks/bench_cluster_closing.py` (results in cluster_closing.md) times
   `closed_clusters` alone against e1c8fad and compares the events: identical on jsonl-2000-s9-g2 and
   jsonl-10000-s9-g2, as is and with dates squeezed 100-fold (the 1M corpus's articles per day).

| what (dev sets, batch B³ F1) | GVA | Multi-News | UCI | mean |
|---|---|---|---|---|
| start of the round (e1c8fad, and item 2 alone: the same figures) | 0.8856 | 0.7899 | 0.7437 | 0.8064 |
| tie_days 60 / **90** / 180 / 365 (the whole event kept) | 0.8898 / **0.8914** / 0.8936 / 0.8941 | 0.7899 | 0.7437 | 0.8078 / **0.8083** / 0.8091 / 0.8092 |
| tie_days 90 / 180 / 180, the archived event slimmed to its rare names + its 40 / 40 / 20 heaviest terms (`tie_terms`) | 0.8900 / 0.8925 / 0.8915 | 0.7899 | 0.7437 | 0.8079 / 0.8087 / 0.8084 |

- Kept: tie_days 90 with whole events (GVA +0.006, precision 0.953 -> 0.949, recall 0.827 -> 0.840;
  Multi-News is undated and UCI's headlines rarely hold two rare names: unchanged). Longer reaches
  measured more on GVA (180: +0.008, 365: +0.009) and every one passes the rule; 90 was chosen for what
  it costs, a criterion applied after the dev figures were seen: the archive's memory and the delay
  before an event is handed over grow with `tie_days` (cluster_closing.md; a first run at
  jsonl-10000-s9-g2's density, tie_days 0 / 60 / 90: mean hand-over delay 211 / 569 / 829 leaders, events
  handed over only at the end of the stream 2.6 / 8.1 / 11.9 %, traced peak 9.5 / 12.7 / 14.8 MB).
  Slimmed archives cost GVA 0.001-0.002 and were not kept (`tie_terms` stays, default 0 = whole events).
  The archive costs the main process CPU too: 0.475 -> 0.563 ms per leader (+18 %) on jsonl-10000-s9-g2
  with tie_days 0 -> 90; estimated ~0.7 GB more main-process memory at 1M density (not run; see
  cluster_closing.md). Set `cluster.tie_days` 0 for the old cost.
- Test (newscluster, run once after the choice, untuned): batch 0.842 -> 0.846 (P 0.956 / R 0.759),
  stream 0.861. Targets all missed: GVA 0.891 for 0.92, Multi-News 0.790 for 0.90, test 0.846 for 0.97.
- Why the stream beats batch on newscluster (0.861 vs 0.846): not the final consolidation (the benchmark's
  stream runs it too, as batch does); the one difference is the document frequencies, learnt as articles
  arrive in the stream and fitted on the whole pile in batch. The dev sets do not show it: batch is ahead
  on all three (GVA 0.891 / 0.889, Multi-News 0.790 / 0.787, UCI 0.744 / 0.734), so nothing was changed.
- Not done: the rest of item 3 (the pair model's probability in consolidation, title terms weighted up):
  no time left this round after the measurements above.
- The table above is partly this round's: `bench_cluster.py --cached` ran at 06:52-07:04 UTC at load 24-28
  and was stopped after the newscluster and GVA rows (it would not have finished before the round's
  deadline); the Multi-News and UCI rows are the 03:49 UTC run's. Their batch figures are this round's
  too (0.7899 / 0.7437 on the same cache, before and after: undated or headline sets, no archive ties).
  This round's stream (date order, `benchmarks/bench_cluster.stream` on the cache, 07:04 UTC, load 24):
  pooled Multi-News 1,230 articles per CPU s (>= 1,000 kept), stream B³ F1 0.787 (batch 0.790); UCI
  6,396 per CPU s, 0.734 (batch 0.744). Streaming stays within 0.02 of batch on every set (newscluster
  0.861 / 0.846, GVA: see the GVA row). The old before/now speed line (10d6f33) is dropped; the stream's
  CPU before/now for this round is in cluster_closing.md (e1c8fad against now, same events).

## Sixth round (2026-11-23): long-range ties, a threshold for full-length articles

Decision rule, set at the start of the round (the one the brief proposes): a change is kept when it
raises the mean batch B³ F1 over the three dev sets (GVA, pooled Multi-News, UCI) and no dev set loses
more than 0.005. The test set
(newscluster) was run once, in the table above, after the choice. Dev figures below: batch B³ F1 with the
prepared-set cache of train_cluster_pairs.py, rebuilt this round after the cleaner's notice check (its
start-of-round figures equal the table of 418e364: 0.879 / 0.774 / 0.739).

What changed (the pipeline's events change too; the example corpus keeps its 5 events):
1. Long-range ties (`cluster.tie_threshold` 0.3, `tie_names` 2, `tie_max_df` 5): an article that joins no
   event within the 7-day window may join an older event still open for late articles (up to
   `time_window_days + late_days` = 21 days) when both hold at least 2 rare names (entity-like spans held by
   at most 5 articles) and the article's undecayed mean cosine to the event's articles reaches 0.3. The
   old id is kept; each tie is recorded (`StreamClusterer.ties`: event, article, days; saved in the state).
   Candidates come from the inverted index through the article's rare names only, so a tie costs a lookup
   of a few postings, and only for articles that would open a new event. On GVA the batch stream makes 84
   ties (49 of 8-13 days, 31 of 14-20, 4 of 21), 71 of them into an event already holding an article of
   the same gold incident; UCI makes none (headlines rarely hold two rare names), Multi-News is undated.
2. `cluster.full_threshold` 0.22: an article described by a full vector (`vector_terms` terms) joins at a
   mean cosine of 0.22; one of at most a quarter of that (a headline) keeps `threshold` 0.16, and one in
   between gets a threshold between the two in proportion. Why plain average linkage beat the stream on
   Multi-News (0.789 vs 0.774): the one join threshold 0.16 was chosen for UCI's headlines, and for full
   undated articles it chains stories of one topic together (P 0.808); average linkage is best there at
   0.20. Headlines share fewer terms, so the same event shows a lower cosine between them.
3. Bridge merges at a centroid cosine of 0.07 (was 0.15).

| what (dev sets, batch B³ F1) | GVA | Multi-News | UCI | mean |
|---|---|---|---|---|
| start of the round (10d6f33) | 0.879 | 0.774 | 0.739 | 0.797 |
| ties to still-open events, tie threshold 0.1 / 0.2 / **0.3** / 0.4 | 0.885 / 0.886 / **0.886** / 0.883 | 0.774 | 0.739 | 0.799 at 0.3 |
| ties also to closed events kept 90 days (a slim copy: rare names + 40 heaviest terms, indexed by rare name, postings capped), threshold 0.2 / 0.3 | 0.891 / 0.890 | 0.774 | 0.739 | 0.801 |
| the same kept 365 days, threshold 0.1 / 0.2 / 0.3 / 0.4 | 0.871 / 0.890 / 0.893 / 0.887 | 0.774 | 0.739 | 0.802 at 0.3 |
| ties reaching 90 days by keeping events open longer (late_days 83), threshold 0.3 / 0.25 | 0.891 / 0.892 | 0.774 | 0.739 | 0.801 |
| closed events 90 days, threshold 0.2, tie_names 1 / 3; tie_max_df 3 / 10 | 0.883 / 0.890; 0.890 / 0.885 | — | — | — |
| (with ties 0.3) one join threshold for all, 0.20 / 0.22, linkage 0.15 | 0.885 / 0.886 | 0.787 / 0.787 | 0.684 / 0.659 | 0.785 / 0.777 |
| (with ties 0.3) one join threshold 0.20, linkage 0.17 | 0.886 | 0.792 | 0.682 | 0.786 |
| full_threshold 0.20, rising from 0 terms (headlines too) | 0.885 | 0.789 | 0.725 | 0.800 |
| full_threshold 0.20 / **0.22**, rising from a quarter of vector_terms | 0.885 / **0.886** | 0.788 / **0.790** | 0.739 / **0.739** | 0.804 / **0.805** |
| full_threshold 0.22 / 0.24 with linkage 0.15; 0.22 with linkage 0.13 | 0.885 / 0.885; 0.883 | 0.785 / 0.786; 0.772 | 0.738 / 0.738; 0.740 | 0.803 / 0.803; 0.798 |
| full_threshold 0.22, bridge merges at 0.12 / 0.10 / **0.07** / 0.05 / 0.03 | 0.886 (all) | 0.790 (all) | 0.740 / 0.741 / **0.744** / 0.743 / 0.742 | 0.805 / 0.806 / **0.806** / 0.806 / 0.806 |
| full_threshold 0.22, the title counted 3 / 4 times (was 2) | 0.882 / 0.879 | 0.790 / 0.790 | 0.738 / 0.739 | 0.803 / 0.803 |
| + ties inside the window too (an article that would open a new event joins an in-window event sharing 2 rare names at undecayed mean cosine 0.08 / 0.12) | 0.888 / 0.889 | 0.790 / 0.790 | 0.744 / 0.743 | 0.807 / 0.807 |
| **kept: ties 0.3 (open events) + full_threshold 0.22 + bridge 0.07** | **0.886** | **0.790** | **0.744** | **0.806** |

- Not kept although it measured better on GVA: ties to closed events (an archive beyond the open window,
  +0.004 to +0.007 on GVA). The pipeline (`runtime/closing.py`, not this stage's file) hands an event over
  to event building as soon as it leaves the open window (`time_window_days + late_days`); an article tied
  to it later would come back as a second event with the same id. The same reach is available today,
  pipeline-safe, by raising `late_days` (0.891 at 83): memory then holds full events 4x longer, so the
  default stays 14. To ship the archive, closing.py would have to keep an event until `tie_days` has passed.
- Not kept: ties inside the window (+0.003 on GVA, +0.001 dev mean). In a small pile every name is rare
  (held by <= 5 articles), so at a cosine of 0.08 a shared town and street tie look-alikes: the example
  corpus fed in file order lost its gold events and tiny time partitions no longer gave the whole
  corpus's events (tests/cluster/test_stream.py, tests/runtime/test_windows.py failed). The long-range tie
  asks for an undecayed mean cosine of 0.3, which no such pair reaches.
- Recall: GVA 0.821 -> 0.827, Multi-News 0.742 -> 0.730 (precision 0.808 -> 0.861: F1 +0.016), UCI
  0.660 -> 0.675. Every lower linkage threshold tried (0.13, 0.15) bought Multi-News recall with more
  precision than it gave. Recall is still the weak side on every set, and still far from the targets.
- Table above (bench run 03:49-03:57 UTC, load 14-16 on the 2 shared cores): batch B³ F1 GVA 0.879 ->
  0.886, Multi-News 0.773 -> 0.790 (our average linkage at the dev threshold 0.789: the gap is closed),
  UCI 0.739 -> 0.744. Test (newscluster, run once after the choice, untuned): 0.831 -> 0.842
  (P 0.970 / R 0.744), stream 0.859; target 0.97, optimistic baseline 0.905 and our vectors under plain
  average linkage (0.869) still ahead. Targets all missed: GVA 0.886 for 0.92, Multi-News 0.790 for 0.90.
- Streaming stays within 0.02 of batch on every set (largest gap: newscluster 0.017). Stream on pooled
  Multi-News 1,389 articles per CPU s (>= 1,000 kept); its CPU per article against the code before this
  round (10d6f33), alternated in one process: 0.728 -> 0.766 ms (+5 %, within +15 %). Both figures are
  higher than last round's 0.499 for the same old code: the machine ran at load 14-16.
- Not done: the model2vec static embedding (item 3: not installed, and its distillation script and a gated
  use would not fit this round), the pair model's probability in consolidation. The pair model
  (`cluster.pair_model`, off) was not retrained; the other-join column uses it with this round's settings.

## Fifth round (2026-11-23): error analysis, the join by mean cosine, the baseline rebuilt with our vectors

Error analysis (dev sets; batch, the fourth round's default clusterer; scripts kept out of the repo):
- Multi-News pooled: all 8,204 clustered articles are undated, so the 7-day window and the time decay never
  act (`_gap` is 0 for an undated article): only content tells its 3,000 stories apart. B³ precision loss
  0.238 = 0.057 from four predicted clusters of 58-129 articles that are dedup copy groups of failed-scrape
  pages (a social network's location-embed notice, web-archive crawl notices;
  9 copy groups of 10+ copies hold 436 documents of up to 122 gold stories each) + 0.147 from clusters of
  4-29 articles mixing stories of one topic (North Korea, one talk show, Star Wars, Mar-a-Lago: no dates to
  tell them apart) + 0.022 from clusters of 2-3. Copies follow their original (`same_as`, dedup's
  decision), so the clusterer cannot part the copy groups: the cleaner would have to reject such pages.
  Recall loss 0.267, 0.143 of it gold stories split in two. The file's LLM votes mark 1,497 of the 8,316
  documents (18 %) irrelevant to their own story (>= 3 of 5): scored without them, the same clustering is
  B³ 0.842 (P 0.812 / R 0.874), so most of the recall loss is those documents.
- GVA: of 1,706 same-incident pairs of clustered (non-copy) articles that batch puts apart, 875 are more
  than 30 days apart, 416 8-30 days, 152 2-7 days, 263 within a day; within 7 days the median cosine of
  such a pair is 0.10: texts that are mostly a site's related-links chrome, or paraphrase. Precision loss
  0.080, 0.010 of it copy groups of login / e-mail verification pages (an e-mail verification notice: 32
  copies from 29 incidents; a sign-in prompt: 23 from 23).
- The centroid join draws in more as an event grows: for k articles with little in common, an article's
  cosine to their centroid is about its mean cosine to them times sqrt(k) (the mixed 4-29 clusters above).
- Possessives: the light stemmer turns "police's" into "police'" and names kept "sunday's": other terms
  than "police" and "sunday".

What changed (behaviour: the pipeline's events change too; the example corpus keeps its 5 events):
1. `cluster.mean_join` (default on): an article's score against an event is its mean cosine to the event's
   articles (the dot product with the sum of their unit vectors over their number: average linkage at
   arrival, the measure consolidation already uses) instead of the cosine to their centroid. Same cost.
2. `features`: the possessive mark is dropped from words and names.
3. Thresholds chosen by the best mean B³ F1 over the three dev sets: join 0.16 (was 0.20), bridge merges
   0.15 (was 0.30), linkage 0.17 (was 0.15). The test set was run once, after the choice.

Dev sets, batch B³ F1 (measured with the prepared-set cache of train_cluster_pairs.py, so the figures can
differ from the table above in the third decimal):

| what | GVA | Multi-News | UCI | mean |
|---|---|---|---|---|
| fourth-round default (centroid join 0.20, bridge 0.30, linkage 0.15) | 0.870 | 0.747 | 0.672 | 0.763 |
| + possessives dropped | 0.869 | 0.744 | 0.697 | 0.770 |
| centroid join, cosine scaled by size^-a instead of norm^-a, a = 0.25 / 0.5 / 0.75 (join 0.20; before 2.) | 0.871 / 0.872 / 0.872 | 0.753 / 0.757 / 0.761 | 0.660 / 0.646 / 0.643 | 0.761 / 0.758 / 0.759 |
| mean join (a = 1), join 0.12 / 0.15 / 0.20, bridge 0.30 (before 2.) | 0.868 / 0.871 / 0.873 | 0.725 / 0.752 / 0.763 | 0.691 / 0.666 / 0.632 | 0.761 / 0.763 / 0.756 |
| mean join, join 0.20, bridge 0.30 by average linkage 0.10 / 0.15 instead of centroid cosine | 0.872 / 0.873 | 0.760 / 0.762 | 0.663 / 0.589 | 0.765 / 0.741 |
| mean join + 2., join 0.20, bridge 0.10 / 0.12 / 0.15 / 0.20 / 0.25 | 0.872 / 0.872 / 0.872 / 0.872 / 0.873 | 0.760 / 0.760 / 0.761 / 0.762 / 0.760 | 0.687 / 0.687 / 0.684 / 0.668 / 0.671 | 0.773 / 0.773 / 0.772 / 0.768 / 0.768 |
| mean join + 2., bridge 0.15, join 0.14 / 0.16 / 0.17 / 0.18 | 0.870 / 0.871 / 0.872 / 0.872 | 0.723 / 0.745 / 0.754 / 0.758 | 0.756 / 0.739 / 0.728 / 0.716 | 0.783 / 0.785 / 0.785 / 0.782 |
| **mean join + 2., join 0.16, bridge 0.15, linkage 0.17 (kept)** | 0.872 | 0.747 | 0.739 | **0.786** |
| mean join + 2., join 0.18, bridge 0.15, linkage 0.17 / bridge 0.12 | 0.873 / 0.872 | 0.762 / 0.758 | 0.712 / 0.720 | 0.782 / 0.783 |
| word bigrams as terms (weight 0.5; join 0.20 / 0.15; centroid join): 2x the CPU | 0.870 / 0.868 | 0.756 / 0.734 | 0.656 / 0.685 | 0.761 / 0.762 |

- The gain is mostly UCI (+0.07); GVA +0.002; Multi-News unchanged at the chosen point (a join at 0.18
  would give it +0.015 at -0.004 of dev mean; the rule was the dev mean). The sets still pull apart: UCI's
  topic-level stories want low thresholds, Multi-News's stories of one topic want high ones.
- Linkage (ours) column: the issue's baseline rebuilt with the clusterer's own vectors. Ours beats it on
  GVA and UCI (time window, streaming joins, bridge merges); on Multi-News plain average linkage is still
  ahead (no dates there, so the window and the stream's order buy nothing, and average linkage over all
  pairs keeps topic chains apart better than any arrival-order join tried).
- Not fixed here (not this stage's to fix): failed-scrape / login / crawl-notice pages reach clustering as
  articles, and dedup makes them copy groups spanning up to 122 stories (about 0.057 of Multi-News B³
  precision, 0.010 of GVA's). The cleaner's page judgement would have to reject them.
- Test set (newscluster), run once after the choice, untuned: batch 0.829 -> 0.831 (P 0.967 / R 0.729),
  stream 0.836. Target 0.97 and the optimistic baseline 0.905 missed; our vectors under plain average
  linkage at the dev-chosen 0.15 give 0.869 there (recall is this clusterer's weak side on the test set).
- Targets: all missed (GVA 0.873 for 0.92, Multi-News 0.747 for 0.90, test 0.831 for 0.97). Streaming
  stays within 0.02 of batch on every set; stream speed on pooled Multi-News 1,251 articles per CPU s
  (>= 1,000 kept); CPU per article +11 % against d941c06 in the same process (within the +15 % allowed):
  lower thresholds mean more joins and more recorded pairs for consolidation.
- The pair model (`cluster.pair_model`, off) was trained on the fourth round's stream and not retrained.
  With this round's bridge and linkage thresholds its in-sample figures rise (other join column: UCI 0.810,
  Multi-News 0.770), but it is fitted on these very sets and lost every set held out (fourth round), so
  the cosine join stays the default.

## Fourth round (2026-11-22): a learned pair score — kept as an option, not the default

What was built: `cluster.pairs` scores an arriving article against each candidate event from kind-by-kind
features — cosine and time-decayed cosine, word / entity / number cosines (events keep a squared norm per
kind, so these cost one pass over the article's terms), the share of the article's names and numbers the
event holds, the article's entity and number mass, log days apart, log event size, two products — and a
logistic regression (scikit-learn, standardised features, weights shipped in `cluster/pair_weights.py`)
turns them into a probability. With `cluster.pair_model = true` the article joins the most probable event
when the probability reaches `cluster.pair_threshold` (0.6); bridge merges use it too; average-linkage
consolidation is unchanged (cosine, 0.15). Training (`benchmarks/train_cluster_pairs.py`, results in
cluster_pairs.md): each dev set is streamed through the default clusterer, and every candidate event the
inverted index offers an arriving article is a pair, labelled 1 when at least half of the event's articles
share the article's gold event (GVA 13,577 pairs, Multi-News 74,659, UCI 56,653); each set weighs the same.

| what (dev sets, batch B³ F1) | GVA | Multi-News | UCI | mean |
|---|---|---|---|---|
| cosine join (the default, unchanged) | 0.870 | 0.747 | 0.671 | 0.763 |
| pair model fitted on all three dev sets, threshold 0.6 chosen on all three (in-sample) | 0.872 | 0.764 | 0.764 | 0.800 |
| leave one set out: fitted and threshold chosen on the other two, scored on the held-out set | 0.841 (t 0.3) | 0.578 (t 0.4) | 0.619 (t 0.5) | 0.679 |
| leave one set out, 6 features only (cosines, gap, size; no names or numbers) | 0.871 (t 0.5) | 0.639 (t 0.5) | not run | — |
| for comparison: the cosine threshold chosen leave-one-set-out (third-round sweep 0.18-0.25) | 0.870 (t 0.20) | 0.747 (t 0.20) | 0.545 (t 0.25) | 0.721 |

- Not kept as the default: it wins on every dev set in-sample, but held out it loses on every set, and by
  more than a cosine threshold chosen the same way. The sets disagree on where "the same event" lies: UCI's
  gold stories are topic-level and want low thresholds (0.3), Multi-News wants high ones (0.8: the 6-feature
  model fitted on GVA + UCI scores Multi-News 0.754 at 0.8 but 0.639 at the 0.5 its training sets pick), and
  Multi-News is lower-cased, so the name features a model learns on GVA and UCI do not exist there. A model
  fitted without a kind of set sets the wrong operating point for it.
- Test set (newscluster, reported once, untuned, not used for the decision): cosine batch 0.829
  (P 0.967 / R 0.726), stream 0.834; with the shipped pair model batch 0.840 (P 0.967 / R 0.743), stream
  0.846. Target 0.97 missed either way; optimistic baseline 0.905.
- With the pair model, streaming stays within 0.02 of batch (newscluster 0.846 / 0.840, GVA 0.870 / 0.872,
  Multi-News 0.759 / 0.764, UCI 0.751 / 0.764) and fast enough: 1,154 / 1,247 / 1,242 / 4,896 articles per
  CPU s (cosine join, same session: 1,279 / 1,218 / 1,514 / 6,835; shared machine, load 8-10).
- Not tried for lack of time: the pair probability in average-linkage consolidation (it would need event-pair
  training data of its own), title cosine and same-outlet features (events keep no per-field summaries).
- Default results are unchanged from the third round (same clusterer; per-kind norms change no decision).

## Third round (2026-11-22): average linkage over events, and the serial cost

What changed: `StreamClusterer.consolidate` merges events by average linkage — the mean similarity over
all pairs of their articles, dot(sum A, sum B) / (|A| |B|) of the unit article vectors — best pair first,
while it reaches `cluster.link_threshold` and the events are within the time window. The pairs it checks
are those where an arriving article scored at least the threshold against the other event (if the mean over
all article pairs reaches it, some article's cosine to the other event's centroid does too; the stream
checks that at arrival), so it costs almost nothing. `add` runs it
whenever the newest day moves on (a dated stream consolidates day by day); batch runs it once more at the
end, and so does this benchmark's stream. Each merge is a `Merge` with the absorbed id kept as an alias.

Dev sets only (batch B³ F1; off = the second round's clusterer, 0.868 / 0.747 / 0.573). Kept: linkage
0.15 and bridge merges at 0.30 (was 0.50); the rows before the bridge-merge row used 0.50.

| what was tried | GVA | Multi-News | UCI | kept? |
|---|---|---|---|---|
| consolidation of recorded pairs, threshold 0.12 / 0.15 / 0.20 | 0.864 / 0.870 / 0.868 | 0.730 / 0.751 / 0.750 | 0.609 / 0.592 / 0.575 | 0.15 (best dev mean) |
| consolidation over index candidates of each changed event, 0.12 / 0.15 / 0.17 | — / 0.867 / 0.868 | 0.733 / 0.753 / 0.754 | — / 0.591 / 0.586 | no: same quality, 10k stream 924 vs 1,103 articles/CPU s |
| merge at each arrival, event with the article's candidates, 0.10 / 0.15 / 0.20 | 0.849 / 0.866 / — | 0.684 / 0.744 / 0.749 | 0.659 / 0.608 / 0.591 | no: GVA, Multi-News lose at 0.1 |
| + entity veto (entity-term cosine < floor 0.25 / 0.4), arrival merges at 0.10 | 0.863 / 0.867 | — | 0.649 / 0.600 | no |
| index-candidate consolidation 0.15 + entity veto floor 0.25 | 0.863 (R 0.829 -> 0.809) | — | 0.590 | no: vetoes true follow-ups |
| index-candidate consolidation over 14 / 21 days at 0.15; at 0.25 | 0.857 / 0.850; 0.867 / 0.868 | — | — | no |
| plain average linkage from single articles (sparse graph, same vectors, 7-day window), 0.15 / 0.20 | 0.870 / 0.867 | 0.766 / 0.772 | 0.510 / 0.415 | no: UCI collapses, and a stream cannot match it |
| 150 vector terms; + 1,000 words per article (stream + linkage 0.15) | 0.869 / 0.869 | 0.749 / 0.749 | 0.589 | no: no change |
| bridge merges (an article scoring >= threshold on two events whose centroids reach `merge_threshold`) at 0.30 / 0.35 / 0.40 / 0.50, with linkage 0.15 | 0.870 / 0.870 / 0.870 / 0.870 | 0.747 / 0.749 / 0.751 / 0.751 | 0.672 / 0.641 / 0.615 / 0.592 | 0.30 (best dev mean; Multi-News -0.004) |
| join threshold 0.18 / 0.22 / 0.25 (instead of 0.20) with linkage 0.15 | 0.869 / 0.870 / 0.871 | 0.741 / 0.755 / 0.760 | 0.599 / 0.571 / 0.545 | no: 0.20 has the best dev mean |

- Average linkage adds recall everywhere (GVA 0.803 -> 0.824, Multi-News 0.700 -> 0.731, UCI 0.430 -> 0.453)
  but pays most of it back in precision (GVA 0.943 -> 0.921, Multi-News 0.801 -> 0.772): on GVA precision
  falls as recall rises at every threshold tried. The entity veto removed true merges along with false ones
  (GVA recall 0.829 -> 0.809).
- Targets: all missed. Test (newscluster, reported once, untuned): batch 0.802 -> 0.829 (P 0.967 / R 0.726),
  below the optimistic baseline 0.905 and the target 0.97; GVA 0.870 (target 0.92, above its baseline 0.827);
  Multi-News 0.747 (baseline 0.769, target 0.90); UCI 0.672. Streaming stays within 0.02 of batch on every set.
- Recall still dominates every set. GVA: a third of same-incident pairs lie more than 7 days apart; any wider
  link window loses more to look-alikes than it gains. Multi-News: lower-cased, undated, with off-topic
  documents in gold clusters. UCI: topic-level headline stories, which sentence embeddings serve better.
- Splits (an event's articles forming two separated groups) were not built: no dev set shows over-merging
  of that shape (precision is the strong side), so nothing would measure it.
- Speed of the serial part: `article_terms` computed once per article in batch (was twice); the
  sentence-start test of `_entities` looks back from the match instead of searching the whole prefix
  (GVA terms 2.2x faster, identical terms on all four sets). `cluster_articles` on the 2,000 generated
  plain-text articles of the lead's profile (benchmarks/work/jsonl-2000-s9, cleaned and deduplicated):
  0.43-0.50 CPU ms per article against 1.29-1.41 for the second round's code (shared machine, same
  sessions; 1,471 events against 1,480: consolidation merged 9).

## Second round (kept for the record)

- GVA: 32 % of same-incident article pairs are more than 7 days apart (21 % more than 30: arrests, trials).
  Wider windows merge look-alike shootings faster than they join follow-ups (window 30 / 90 days with
  half-life 30 / 90: F1 0.857 / 0.833); joining past the window when the undecayed cosine reaches 0.35-0.55
  (up to 60 days) gave 0.861-0.865 against 0.865. The TF-IDF nearest neighbour of an article is from its
  own incident for 83 % of articles: misses are paraphrases ("Kingsessing" / "Southwest Philadelphia").
- Multi-News pooled: nearest-neighbour accuracy 0.79; threshold 0.20 -> 0.14 lifts recall only
  0.70 -> 0.74 while precision falls 0.80 -> 0.64.
- Merging clusters whose centroids (not average linkage) reach 0.25-0.5: GVA +-0.000, Multi-News -0.001 to
  -0.011, UCI +0.055 to +0.12. Number words as numbers, outlet names cut from titles: +-0.001.
- Sentence embeddings (all-MiniLM-L6-v2, `--embed`, cluster_embed.md) lift UCI 0.573 -> 0.777 (w = 0.5) but wreck
  GVA (0.865 -> 0.242 at w = 0.5: to MiniLM every shooting is alike) and cost ~0.1 CPU s per article: an
  optional extra (`cluster.embedding_weight`, default 0) for headline-like, topic-level streams.
"""


def linkage_threshold(sets: dict[str, Any]) -> str:
    """The baseline's one threshold: the best mean B³ F1 over the dev sets (the test set takes no part)."""
    dev = [r["linkage_baseline"] for r in sets.values() if r["role"] == "dev"]
    return max(dev[0], key=lambda t: sum(d[t]["b3_f1"] for d in dev))


def _markdown(results: dict[str, Any], command: str) -> str:
    lines = [
        "# Event clustering benchmark",
        "",
        f"Command: `{command}` · {results['date']}.",
        "Speed: articles per CPU second of `StreamClusterer.add` (one core), date order, on a shared 2-core",
        "machine (wall-clock throughput is lower while others' jobs run), including the stream's final",
        "`consolidate()`. Batch = `cluster_articles` (its CPU ms per article). Thresholds were chosen on the dev",
        "sets; the test set (newscluster) is reported once, untuned. Before = the batch F1 at the start of this round.",
        "Baseline: TF-IDF + average-linkage at the best threshold chosen on each set itself (optimistic).",
        "Stream F1, file order: the same stream fed in the data file's order (dates out of order, as the web",
        "service sees files). to_state: CPU seconds of one state snapshot after the whole set.",
        "Linkage (ours): the issue's baseline rebuilt with the clusterer's own vectors (`linkage_baseline`:",
        "average linkage over all articles, no time window) at the one threshold with the best dev-set mean",
        f"B³ F1 ({results['linkage_threshold']}), and at the best threshold for that set itself (optimistic).",
        "Other join: batch B³ F1 with `cluster.pair_model` switched (the learned pair score against the plain",
        "decayed cosine), everything else the same.",
        "UCI headlines are fed as bare article text (`clean: true`): the cleaner takes a lone headline for chrome.",
        "",
        "| set | role | articles | batch B³ P / R / F1 | before | other join | pairwise F1 | stream B³ F1 | baseline "
        "| linkage (ours), dev threshold | linkage (ours), best on set | target | stream art/CPU s | batch CPU ms/art | stream F1, file order | to_state CPU s |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name, r in results["sets"].items():
        b, s = r["batch"], r["stream"]
        other = r.get("batch_cosine") or r["batch_pair_model"]
        base, target = BASELINE[name]
        link = r["linkage_baseline"]
        best = max(link, key=lambda t: link[t]["b3_f1"])
        linked = f"{link[results['linkage_threshold']]['b3_f1']:.3f} | {link[best]['b3_f1']:.3f} (t {best})"
        lines.append(
            f"| {name} | {r['role']} | {r['articles']} | {b['b3_precision']:.3f} / {b['b3_recall']:.3f} / "
            f"{b['b3_f1']:.3f} | {PREVIOUS[name]} | {other['b3_f1']:.3f} | {b['pairwise_f1']:.3f} | {s['b3_f1']:.3f} | {base or '—'} | {linked} | "
            f"{'>= ' + str(target) if target else 'report'} | {r['stream_articles_per_cpu_second']} | "
            f"{r.get('batch_cpu_ms_per_article', '—')} | {r['stream_file_order']['b3_f1']:.3f} | {r['to_state_cpu_seconds']} |"
        )
    lines += _noise_table(results)
    lines += _headlines_table(results)
    speed = results.get("stream_cpu_ms_per_article")
    if speed:
        lines += [
            "",
            f"Stream CPU ms per article on pooled Multi-News, the code at {SPEED_BASE} (before far ties; each with its own defaults) / now, "
            f"alternated in one process (lowest of 4, which goes first swapped; shared machine): {speed['before']} / {speed['now']} "
            f"({100 * (speed['now'] / speed['before'] - 1):+.0f} %).",
        ]
    gva = results.get("stream_cpu_ms_per_article_gva")
    if gva:
        lines.append(
            f"Stream CPU ms per article on GVA (dated, named: far ties at work), the code at {gva['base']} with "
            f"far_days 0 (its default) / now (its defaults), alternated the same "
            f"way: {gva['before']} / {gva['now']} ({100 * (gva['now'] / gva['before'] - 1):+.0f} %; "
            f"{1000 / gva['now']:,.0f} articles per CPU s)."
        )
    return "\n".join(lines) + "\n" + NOTES


def _noise_table(results: dict[str, Any]) -> list[str]:
    """The official batch (stream) B³ F1 beside the same events scored without the gold's own noise
    (``own_noise``), with the rule of each subset; nothing for rows measured before it was reported."""
    rows = [(name, r) for name, r in results["sets"].items() if "batch_without_noise" in r]
    if not rows:
        return []
    lines = [
        "",
        "The set's own noise: the same events scored without the gold articles that no clusterer can join "
        "(the official figure above stays the headline). Rules: "
        + "; ".join(f"without {rule.replace('_', '-')}: {text}" for rule, text in NOISE_RULES.items())
        + ". Articles taken out in brackets; B³ P / R / F1 of the batch, then the stream's F1.",
        "",
        "| set | official batch | without rejects | without off-topic | without both | stream: official / without both (or rejects) |",
        "|---|---|---|---|---|---|",
    ]
    for name, r in rows:
        cells = [
            f"{r['batch']['b3_precision']:.3f} / {r['batch']['b3_recall']:.3f} / {r['batch']['b3_f1']:.4f}"
        ]
        for rule in ("rejects", "off_topic", "both"):
            got = r["batch_without_noise"].get(rule)
            cells.append(
                f"{got['b3_precision']:.3f} / {got['b3_recall']:.3f} / {got['b3_f1']:.4f} ({got['removed']:,})"
                if got
                else "—"
            )
        quiet = r["stream_without_noise"]
        last = quiet.get("both") or quiet.get("rejects")
        cells.append(
            f"{r['stream']['b3_f1']:.4f} / {last['b3_f1']:.4f}" if last else f"{r['stream']['b3_f1']:.4f} / —"
        )
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return lines


def _headlines_table(results: dict[str, Any]) -> list[str]:
    """Batch / stream B³ F1 of each set without and with the rejects that carry a usable headline placed as
    headline-only members (``cluster.headlines``), and which of the two the official row is (a row measured
    before the pipeline placed them: without); nothing for rows measured before the module."""
    rows = []
    for name, r in results["sets"].items():
        if "without_members" in r:  # official = with members (newsfuse run places them)
            h = r["without_members"]
            rows.append((name, h, {"batch": r["batch"], "stream": r["stream"]}, "with", h))
        elif "headline_members" in r:  # measured before the wiring: official = without
            h = r["headline_members"]
            rows.append((name, {"batch": r["batch"], "stream": r["stream"]}, h, "without", h))
    if not rows:
        return []
    lines = [
        "",
        "Headline-only members (`cluster.headlines`): each input the cleaner rejects for its body that carries "
        "a usable headline clustered by that headline with the kept articles, over the same gold (members "
        "of rejects in brackets). `newsfuse run` places them (issue 5, session 22): the official rows are "
        "with them; a row measured before that is without.",
        "",
        "| set | without members batch P / R / F1 | with members batch P / R / F1 | without / with stream F1 | official |",
        "|---|---|---|---|---|",
    ]
    for name, out, inn, official, h in rows:
        b, hb = out["batch"], inn["batch"]
        lines.append(
            f"| {name} | {b['b3_precision']:.3f} / {b['b3_recall']:.3f} / {b['b3_f1']:.4f} | "
            f"{hb['b3_precision']:.3f} / {hb['b3_recall']:.3f} / {hb['b3_f1']:.4f} ({h['members']} of "
            f"{h['rejects']}) | {out['stream']['b3_f1']:.4f} / {inn['stream']['b3_f1']:.4f} | {official} |"
        )
    return lines


SPEED_BASE = "aa58c12"  # the clusterer before far ties (session 16, start of the round)
GVA_SPEED_BASE = "85ea2b3"  # the start of session 17 (far ties off by default)


def speed_against(
    prepared: Prepared,
    config: Config,
    rounds: int = 3,
    base: str | None = None,
    before: ClusterConfig | None = None,
) -> dict[str, float]:
    """CPU ms per article of the date-ordered stream (``add`` + a final ``consolidate``), this code against
    ``newsfuse.cluster`` as it was at ``base`` (default ``SPEED_BASE``, with that commit's defaults; or
    with the settings ``before``: e.g. the base's own defaults where this code's differ), alternated
    ``rounds`` times in this process, which goes first swapped each round; the lowest of each. Each
    clusterer is made just before its run and dropped after it, with a garbage collection before the clock
    starts: a run timed while the other's filled clusterer is alive pays for the collector's passes over it
    (the one run second measured up to 8 % slower, session 13)."""
    from benchmarks.revision import import_at

    old = import_at(base or SPEED_BASE, "cluster", f"newsfuse_cluster_{base or SPEED_BASE}")
    makers = {
        # it ignores the keys it does not know
        "before": lambda: old.StreamClusterer(before or config.cluster),
        "now": lambda: StreamClusterer(config.cluster),
    }
    leaders = date_order([a for a in prepared.articles if a.id not in prepared.same_as])
    best = {"before": float("inf"), "now": float("inf")}
    for round_ in range(rounds):
        for label in ("before", "now") if round_ % 2 == 0 else ("now", "before"):
            clusterer = makers[label]()
            gc.collect()
            start = time.process_time()
            for article in leaders:
                clusterer.add(article)
            clusterer.consolidate()
            best[label] = min(best[label], 1000 * (time.process_time() - start) / len(leaders))
            del clusterer
    return {k: round(v, 3) for k, v in best.items()}


def _cluster_settings(argv: Sequence[str]) -> dict[str, Any]:
    """``--cluster key=value`` pairs (each after its own flag): settings of ``cluster`` to measure before
    they are the defaults (the shared tree's config stays as it is); values typed as the defaults'."""
    from dataclasses import fields

    from newsfuse.config import ClusterConfig

    types = {f.name: type(getattr(ClusterConfig(), f.name)) for f in fields(ClusterConfig)}
    out: dict[str, Any] = {}
    for at, flag in enumerate(argv):
        if flag == "--cluster":
            key, _, value = argv[at + 1].partition("=")
            out[key] = value in ("1", "true", "True") if types[key] is bool else types[key](value)
    return out


PILE_SETS = ("gva_violent_corpus", "multinews_mnplus_3000", "uci_news_aggregator_subset")
PILE_SIZES = (100, 200, 300, 400)


def piles(prepared: Prepared, config: ClusterConfig, size: int) -> dict[str, Any]:
    """The set's articles in date order (copies left out) cut into consecutive piles of ``size``, each
    clustered on its own by ``cluster_articles`` (batch) and by a fresh ``StreamClusterer`` (stream), B³
    F1 scored on the pile's gold: the small pile a stream begins with, where few articles have been seen
    (a whole dev set is thousands). Means over the piles, and the largest batch-stream gap of one pile."""
    leaders = date_order([a for a in prepared.articles if a.id not in prepared.same_as])
    batch, streamed = [], []
    for start in range(0, len(leaders) - size + 1, size):
        pile = leaders[start : start + size]
        gold = {a.id: prepared.gold[a.id] for a in pile if a.id in prepared.gold}
        batch.append(_scores(_labels(cluster_articles(pile, config), gold), gold)["b3_f1"])
        clusterer = StreamClusterer(config)
        joined = {a.id: clusterer.add(a) for a in pile}
        clusterer.consolidate()
        events = _events({a: clusterer.resolve(e) for a, e in joined.items()}, {})
        streamed.append(_scores(_labels(events, gold), gold)["b3_f1"])
    return {
        "piles": len(batch),
        "batch": round(sum(batch) / len(batch), 4),
        "stream": round(sum(streamed) / len(streamed), 4),
        "gap": round((sum(batch) - sum(streamed)) / len(batch), 4),
        "worst_gap": round(max(b - s for b, s in zip(batch, streamed, strict=True)), 4),
    }


def main_piles(argv: Sequence[str]) -> None:
    """``--piles``: ``piles`` for each dev set and each of ``PILE_SIZES``, saved as cluster_piles."""
    from benchmarks.train_cluster_pairs import prepared_set

    settings = _cluster_settings(argv)
    config = Config().with_values(cluster=settings) if settings else Config()
    rows: dict[str, Any] = {}
    for name in PILE_SETS:
        prepared = prepared_set(name, config)
        rows[name] = {str(size): piles(prepared, config.cluster, size) for size in PILE_SIZES}
        print(name, json.dumps(rows[name]), flush=True)
    command = ".venv/bin/python benchmarks/bench_cluster.py --piles"
    command += "".join(f" --cluster {key}={value}" for key, value in settings.items())
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        "# Event clustering in small piles: batch against stream",
        "",
        f"Command: `{command}` · {now}.",
        "Each dev set in date order (duplicate copies left out) cut into consecutive piles of N articles,",
        "each clustered alone in batch (`cluster_articles`) and as a fresh stream; B³ F1 means over the",
        "piles, the gap (batch - stream) and the largest gap of one pile. A stream's first hundreds of",
        "articles are such a pile: every name is held by few of the articles seen.",
        "",
        "| set | N | piles | batch | stream | gap | worst pile gap |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, by_size in rows.items():
        for size, row in by_size.items():
            lines.append(
                f"| {name} | {size} | {row['piles']} | {row['batch']:.4f} | {row['stream']:.4f} | "
                f"{row['gap']:+.4f} | {row['worst_gap']:+.4f} |"
            )
    save_results("cluster_piles", {"date": now, "command": command, "sets": rows}, "\n".join(lines) + "\n")


def main() -> None:
    if "--piles" in sys.argv[1:]:
        main_piles(sys.argv[1:])
        return
    settings = _cluster_settings(sys.argv[1:])
    config = Config().with_values(cluster=settings) if settings else Config()
    cached = "--cached" in sys.argv[1:]  # the dev sets as prepared by train_cluster_pairs.py (its cache)
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    results: dict[str, Any] = {"date": now, "sets": {}}
    only = sys.argv[sys.argv.index("--only") + 1].split(",") if "--only" in sys.argv else None
    if only:  # these sets measured now; the others' rows (and their dates) kept from the last results
        results = json.loads((RESULTS / "cluster.json").read_text(encoding="utf-8"))
        results["date"] = f"{now} ({', '.join(only)}; other rows: see 'measured')"
    for name, (role, pairs) in sources().items():
        if only and name not in only:
            continue
        setting = set_config(name, config)
        if cached and role == "dev":
            from benchmarks.train_cluster_pairs import prepared_set

            prepared = prepared_set(name, config)
        else:
            prepared = prepare(name, role, pairs, setting)
        results["sets"][name] = {**evaluate(prepared, config), "measured": now}
        if name.startswith("multinews"):
            results["stream_cpu_ms_per_article"] = speed_against(prepared, config, rounds=4)
        if name.startswith("gva"):  # dated and named: far ties at work; the base with its own far_days 0
            before = replace(config.cluster, far_days=0.0)
            results["stream_cpu_ms_per_article_gva"] = {
                **speed_against(prepared, config, 4, GVA_SPEED_BASE, before),
                "base": GVA_SPEED_BASE,
            }
        print(name, json.dumps(results["sets"][name]), flush=True)
    results["linkage_threshold"] = linkage_threshold(results["sets"])
    command = "make bench, or .venv/bin/python benchmarks/bench_cluster.py" + (" --cached" if cached else "")
    command += f" --only {','.join(only)}" if only else ""
    command += "".join(f" --cluster {key}={value}" for key, value in settings.items())
    results["command"] = command
    save_results("cluster", results, _markdown(results, command))


def _embeddings(prepared: Prepared) -> tuple[dict[str, Any], float]:
    """MiniLM embeddings of each article's title and first 200 words (cached in benchmarks/work), and
    the CPU seconds per article it took to compute the uncached ones."""
    cache = Path(__file__).resolve().parent / "work" / "cluster_embed" / f"{prepared.name}.npz"
    texts = {a.id: embedding_text(a) for a in prepared.articles}
    if cache.exists():
        stored = np.load(cache)
        ids = [str(i) for i in stored["ids"]]
        if set(ids) == set(texts):
            return dict(zip(ids, stored["vectors"], strict=True)), float(stored["cpu_per_article"])
    embed = load_embedder()  # the [embed] extra
    ids = list(texts)
    start = time.process_time()
    vectors = np.asarray(embed([texts[i] for i in ids]))
    per_article = (time.process_time() - start) / max(len(ids), 1)
    cache.parent.mkdir(parents=True, exist_ok=True)
    np.savez(cache, ids=np.array(ids), vectors=vectors, cpu_per_article=per_article)
    return dict(zip(ids, vectors, strict=True)), per_article


def _lookup(table: dict[str, Any], texts: Sequence[str]) -> list[Any]:
    return [table[t] for t in texts]


def embed_main(names: list[str], alphas: list[float]) -> None:
    """The embedding experiment (needs ``pip install -e '.[embed]'``): B³ of the blended score per alpha."""
    config = Config()
    results: dict[str, Any] = {"date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"), "sets": {}}
    for name, (role, pairs) in sources().items():
        if name not in names:
            continue
        setting = config.with_values(clean={"min_article_words": 0}) if name.startswith("uci") else config
        prepared = prepare(name, role, pairs, setting)
        vectors, per_article = _embeddings(prepared)
        row: dict[str, Any] = {"role": role, "embed_cpu_seconds_per_article": round(per_article, 4)}
        cached = partial(_lookup, {embedding_text(a): vectors[a.id] for a in prepared.articles})
        for alpha in alphas:
            setting = config.with_values(cluster={"embedding_weight": alpha})
            clusters = cluster_articles(prepared.articles, setting.cluster, prepared.same_as, embedder=cached)
            row[str(alpha)] = _scores(_labels(clusters, prepared.gold), prepared.gold)
        results["sets"][name] = row
        print(name, json.dumps(row), flush=True)
    save_results("cluster_embed", results)
    lines = [
        "# Event clustering with sentence embeddings (all-MiniLM-L6-v2, the `[embed]` extra)",
        "",
        f"Command: `.venv/bin/python benchmarks/bench_cluster.py --embed {','.join(names)}` · {results['date']}.",
        "Batch B³ F1 with similarity = (1 - w) * TF-IDF cosine + w * embedding cosine (`cluster.embedding_weight`",
        "= w; w = 0 is the default clusterer). Embedding cost in CPU seconds per article (shared 2-core machine).",
        "The weight is chosen on dev sets only; the test set is reported at every weight, not tuned on.",
        "",
        "| set | role | " + " | ".join(f"w = {a}" for a in alphas) + " | embed CPU s / article |",
        "|---|---|" + "---|" * len(alphas) + "---|",
    ]
    for name, row in results["sets"].items():
        cells = " | ".join(f"{row[str(a)]['b3_f1']:.3f}" for a in alphas)
        lines.append(f"| {name} | {row['role']} | {cells} | {row['embed_cpu_seconds_per_article']} |")
    (RESULTS / "cluster_embed.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def markdown_main() -> None:
    """Rewrite cluster.md from the last cluster.json (after editing the notes, without re-measuring)."""
    results = json.loads((RESULTS / "cluster.json").read_text(encoding="utf-8"))
    command = results.get("command", "make bench, or .venv/bin/python benchmarks/bench_cluster.py --cached")
    (RESULTS / "cluster.md").write_text(_markdown(results, command), encoding="utf-8")


if __name__ == "__main__":
    if "--markdown" in sys.argv:
        markdown_main()
    elif "--embed" in sys.argv:
        embed_main(sys.argv[sys.argv.index("--embed") + 1].split(","), [0.0, 0.3, 0.5, 0.7])
    else:
        main()
