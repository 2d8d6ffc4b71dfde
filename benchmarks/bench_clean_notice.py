"""The cleaner's service-notice check (``clean.reject_notices``): false rejections and clustering effect.

Run from the repo root: ``.venv/bin/python benchmarks/bench_clean_notice.py`` (``--no-html`` skips the slow
HTML path of the extraction sets; ``--sets`` picks clustering sets). Reads ../shared/data at run time;
writes benchmarks/results/clean_notice.json and clean_notice.md. Only ids and counts are written: no text.

Each set is cleaned once with the check off; a kept article whose text ``notice_of`` judges a notice is one
the check rejects (the hook tests the same final text). Clustering sets are then deduplicated and clustered
(batch) with and without those articles; a rejected article is scored as a singleton, as bench_cluster does.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections import Counter
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_clean import DEV_SETS, SNIPPET_SET, _raw, records
from benchmarks.bench_cluster import Prepared, _labels, _scores, prepare, sources
from benchmarks.saved import save_results
from newsfuse.clean import clean_document
from newsfuse.clean.document import corpus_line_stats
from newsfuse.clean.notice import notice_of
from newsfuse.cluster import cluster_articles
from newsfuse.config import CleanConfig, Config
from newsfuse.dedup import find_duplicates
from newsfuse.ingest import read_inputs
from newsfuse.model import Article, RawDoc

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"
CACHE = ROOT / "benchmarks" / "work" / "clean_notice_prepared"  # git-ignored; not bench_cluster's cache
OFF = Config().with_values(clean={"reject_notices": False})
CLUSTER_SETS = ("gva_violent_corpus", "multinews_mnplus_3000", "newscluster_giveme5w1h")


def _flagged(articles: list[Article], config: CleanConfig) -> dict[str, str]:
    """Id -> the notice kinds, of the articles the check would reject."""
    out = {}
    for article in articles:
        if notice := notice_of(article.text, config.notice_max_words, config.notice_min_share):
            out[article.id] = " / ".join(notice.kinds)
    return out


def extraction_rejections(fields: tuple[str, ...]) -> dict[str, Any]:
    """Pages of each dev extraction set (and the snippet set) the check rejects, per input field."""
    config = replace(OFF.clean, min_article_words=0)
    out: dict[str, Any] = {}
    for name in (*DEV_SETS, SNIPPET_SET):
        recs = list(records(name))
        for field in fields:
            raws = [_raw(r, field, n) for n, r in enumerate(recs)]
            stats = corpus_line_stats(raws) if field == "page_text" else None
            kept = [a for raw in raws for a in [clean_document(raw, config, stats)] if isinstance(a, Article)]
            flagged = _flagged(kept, CleanConfig())
            out[f"{name} {field}"] = {"pages": len(raws), "kept": len(kept), "rejected": flagged}
            print(name, field, len(raws), len(flagged), flush=True)
    return out


def pipeline_rejections() -> dict[str, Any]:
    """The example corpus and jsonl-2000-s9-g2, read and cleaned as the pipeline does."""
    out: dict[str, Any] = {}
    for name, folder in (
        ("examples/corpus", ROOT / "examples" / "corpus"),
        ("jsonl-2000-s9-g2", ROOT / "benchmarks" / "work" / "jsonl-2000-s9-g2"),
    ):
        if not folder.exists():
            continue
        raws = [d for d in read_inputs([folder], OFF.ingest) if isinstance(d, RawDoc)]
        kept = [a for raw in raws for a in [clean_document(raw, OFF.clean)] if isinstance(a, Article)]
        flagged = _flagged(kept, CleanConfig())
        out[name] = {"inputs": len(raws), "kept": len(kept), "rejected": flagged}
        print(name, len(raws), len(flagged), flush=True)
    return out


def _prepared(name: str) -> Prepared:
    """The set cleaned (check off) and deduplicated as bench_cluster does, cached under CACHE."""
    path = CACHE / f"{name}.pickle"
    if path.exists():
        cached: Prepared = pickle.loads(path.read_bytes())
        return cached
    role, pairs = sources()[name]
    prepared = prepare(name, role, pairs, OFF)
    CACHE.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(prepared))
    return prepared


def clustering(name: str) -> dict[str, Any]:
    """Batch B³ with the check off and on; what it rejects (counts by kind, copies, gold events)."""
    config = Config()
    off = _prepared(name)
    flagged = _flagged(list(off.articles), config.clean)
    kept = [a for a in off.articles if a.id not in flagged]
    same_as = find_duplicates(kept, config.dedup).duplicate_of()
    row: dict[str, Any] = {"role": off.role, "articles": len(off.gold), "cleaned": len(off.articles)}
    for label, articles, copies in (("off", off.articles, off.same_as), ("on", kept, same_as)):
        clusters = cluster_articles(list(articles), config.cluster, copies)
        row[label] = _scores(_labels(clusters, off.gold), off.gold)
    row["rejected"] = len(flagged)
    row["rejected_by_kind"] = dict(Counter(kind.split(" / ")[0] for kind in flagged.values()).most_common())
    row["rejected_gold_events"] = len({off.gold[i] for i in flagged})
    row["rejected_in_copy_groups"] = sum(1 for i in flagged if i in off.same_as or i in off.same_as.values())
    row["rejected_ids"] = sorted(flagged)
    print(name, json.dumps({k: v for k, v in row.items() if k != "rejected_ids"}), flush=True)
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-html", action="store_true", help="plain-text path only for extraction sets")
    parser.add_argument("--sets", nargs="*", default=list(CLUSTER_SETS), help="clustering sets")
    args = parser.parse_args()
    fields = ("page_text",) if args.no_html else ("page_text", "html")
    results: dict[str, Any] = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "config": {k: getattr(CleanConfig(), k) for k in ("notice_max_words", "notice_min_share")},
        "extraction": extraction_rejections(fields),
        "pipeline": pipeline_rejections(),
        "clustering": {name: clustering(name) for name in args.sets},
    }
    save_results("clean_notice", results)
    print(json.dumps({k: v for k, v in results.items() if k != "extraction"}, indent=1)[:4000])


if __name__ == "__main__":
    main()
