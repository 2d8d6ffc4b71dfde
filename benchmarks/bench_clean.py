"""Cleaning quality and speed on the extraction sets of ../shared/data, beside trafilatura.

    .venv/bin/python benchmarks/bench_clean.py            # measure, write benchmarks/results/clean.{json,md}
                                                          # (--jobs 2 by default: quality parts in parallel
                                                          # processes, then dates and speed alone)
    .venv/bin/python benchmarks/train_clean.py            # refit the block scorer on the DEV sets only
    .venv/bin/python benchmarks/bench_clean.py --sets cleanportaleval --no-html   # a quick look
    .venv/bin/python benchmarks/bench_clean.py --speed    # speed only: aeb page_text, the pipeline's articles
    .venv/bin/python benchmarks/bench_clean.py --speed-against 3dc1e43   # the same, this tree vs a revision

Metric: bag-of-words token P/R/F1 against ``gold_text`` averaged over pages (benchmarks.metrics.token_prf);
trafilatura_eval: share of must-keep snippets kept and must-drop snippets dropped. trafilatura runs on the
same input in the same run: on ``page_text`` its lines are given as <p> paragraphs. scrapinghub_aeb is the
TEST set: it is reported, never used to fit or choose anything.
"""

from __future__ import annotations

import argparse
import ast
import gzip
import html as htmllib
import json
import math
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import trafilatura

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from benchmarks.metrics import token_prf  # noqa: E402
from benchmarks.revision import import_at  # noqa: E402
from benchmarks.saved import save_results  # noqa: E402
from newsfuse.clean import clean_document, clean_documents  # noqa: E402
from newsfuse.clean.document import corpus_line_stats  # noqa: E402
from newsfuse.clean.recurring import LineStats  # noqa: E402
from newsfuse.config import CleanConfig  # noqa: E402
from newsfuse.model import Article, RawDoc  # noqa: E402

DATA = Path(os.environ.get("NEWSFUSE_SHARED_DATA", ROOT.parent / "shared" / "data"))
RESULTS = ROOT / "benchmarks" / "results"
DEV_SETS = ("cleaneval", "cleanportaleval", "l3s_gn1", "readability_testpages")
TEST_SETS = ("scrapinghub_aeb",)
SNIPPET_SET = "trafilatura_eval"
MODERN_SET = "plain_dev"
"""benchmarks/data/plain_dev (eighteenth round): modern news pages of original fiction rendered to page_text, a
plain-text dev set with one gold convention (aeb's); read from the repository, not from ../shared/data."""
MODERN_FILE = ROOT / "benchmarks" / "data" / "plain_dev" / "plain_dev.jsonl.gz"
ALL_SETS = (*DEV_SETS, *TEST_SETS, SNIPPET_SET, MODERN_SET)
COMMENT_PAGES_FILE = ROOT / "benchmarks" / "data" / "cleaneval_comment_pages.txt"
"""cleaneval pages whose gold keeps readers' comments (round 26): the news convention drops them, so cleaneval
is scored on all its pages and without these (``newsfuse page_text without comment pages``)."""
CONFIG = CleanConfig(min_article_words=0)
TARGETS = {"scrapinghub_aeb page_text f1": 0.92, "scrapinghub_aeb html f1": 0.96, "pages_per_second": 300}
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w+")


LIMIT: int | None = None
"""--limit: at most this many pages of each dev set (the test set is always read whole)."""


def records(name: str) -> Iterator[dict[str, Any]]:
    limit = LIMIT if name in (*DEV_SETS, SNIPPET_SET) else None
    path = MODERN_FILE if name == MODERN_SET else DATA / name / f"{name}.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for n, line in enumerate(handle):
            if limit is not None and n >= limit:
                return
            yield json.loads(line)


def comment_pages(name: str) -> frozenset[str]:
    """Page ids of set ``name`` whose gold keeps readers' comments (``COMMENT_PAGES_FILE``; cleaneval only)."""
    if name != "cleaneval":
        return frozenset()
    lines = COMMENT_PAGES_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(line.split("\t", 1)[0] for line in lines if line.strip() and not line.startswith("#"))


def _raw(record: dict[str, Any], field: str, n: int) -> RawDoc:
    content = str(record.get(field) or "")
    if field == "html":
        return RawDoc(id=str(record.get("id", n)), path="bench", url=record.get("url"), html=content)
    return RawDoc(id=str(record.get("id", n)), path="bench", url=record.get("url"), text=content)


def ours(raws: list[RawDoc], stats: LineStats | None) -> list[Article | None]:
    out: list[Article | None] = []
    for raw in raws:
        result = clean_document(raw, CONFIG, stats)
        out.append(result if isinstance(result, Article) else None)
    return out


def trafilatura_text(content: str, field: str, url: str | None) -> str:
    if field == "page_text":
        content = (
            "<html><body>"
            + "".join(f"<p>{htmllib.escape(x)}</p>" for x in content.split("\n"))
            + "</body></html>"
        )
    try:
        return trafilatura.extract(content, url=url, include_comments=False, include_tables=True) or ""
    except Exception:  # the peer's failure counts as empty output, as upstream benchmarks do
        return ""


def _mean(rows: list[dict[str, float]]) -> dict[str, float]:
    return {k: round(sum(r[k] for r in rows) / max(1, len(rows)), 4) for k in ("precision", "recall", "f1")}


def extraction_scores(name: str, fields: tuple[str, ...]) -> dict[str, Any]:
    recs = [r for r in records(name) if r.get("gold_text") is not None]
    out: dict[str, Any] = {"pages": len(recs)}
    for field in fields:
        raws = [_raw(r, field, n) for n, r in enumerate(recs)]
        stats = corpus_line_stats(raws) if field == "page_text" else None
        mine = ours(raws, stats)
        scored = [token_prf(a.text if a else "", r["gold_text"]) for a, r in zip(mine, recs, strict=True)]
        out[f"newsfuse {field}"] = _mean(scored)
        for batch in sorted({str(r["batch"]) for r in recs if r.get("batch")}):
            out[f"newsfuse {field} {batch}"] = _mean(
                [f for f, r in zip(scored, recs, strict=True) if r.get("batch") == batch]
            )
        peer = [trafilatura_text(str(r.get(field) or ""), field, r.get("url")) for r in recs]
        peer_scored = [token_prf(t, r["gold_text"]) for t, r in zip(peer, recs, strict=True)]
        out[f"trafilatura {field}"] = _mean(peer_scored)
        if listed := comment_pages(name):  # the news convention: readers' comments are not the article
            for who, rows in (("newsfuse", scored), ("trafilatura", peer_scored)):
                kept = [f for f, r in zip(rows, recs, strict=True) if r["id"] not in listed]
                out[f"{who} {field} without comment pages"] = {**_mean(kept), "pages": len(kept)}
        out[f"title accuracy {field}"] = _title_accuracy(mine, recs)
    return out


def _norm(text: str) -> str:
    return _SPACE.sub(" ", " ".join(_WORD.findall(text.lower()))).strip()


def _title_accuracy(mine: list[Article | None], recs: list[dict[str, Any]]) -> dict[str, float] | None:
    pairs = [(a, r["gold_title"]) for a, r in zip(mine, recs, strict=True) if r.get("gold_title")]
    if not pairs:
        return None
    hits = sum(1 for a, gold in pairs if a and a.title and _norm(a.title) == _norm(gold))
    return {"pages": len(pairs), "accuracy": round(hits / len(pairs), 4)}


def snippet_scores(fields: tuple[str, ...]) -> dict[str, Any]:
    recs = list(records(SNIPPET_SET))
    out: dict[str, Any] = {"pages": len(recs)}
    for field in fields:
        raws = [_raw(r, field, n) for n, r in enumerate(recs)]
        stats = corpus_line_stats(raws) if field == "page_text" else None
        articles = ours(raws, stats)
        mine = [a.text if a else "" for a in articles]
        peer = [trafilatura_text(str(r.get(field) or ""), field, r.get("url")) for r in recs]
        for who, texts in (("newsfuse", mine), ("trafilatura", peer)):
            out[f"{who} {field}"] = _snippet_hits(texts, recs)
        out[f"metadata {field}"] = {
            "title": _title_accuracy(articles, recs),
            "date": _date_accuracy(
                [a.published if a else None for a in articles], [_gold_date(r) for r in recs]
            ),
        }
    return out


def _gold_date(record: dict[str, Any]) -> str | None:
    meta = record.get("gold_meta")
    if isinstance(meta, str):
        try:
            meta = json.loads(meta)
        except ValueError:
            return None
    return str(meta.get("date") or "")[:10] or None if isinstance(meta, dict) else None


def _date_accuracy(found: list[str | None], gold: list[str | None]) -> dict[str, float]:
    """Of the items with a gold date: the share with a date found, and with the found day equal to gold."""
    pairs = [(f, g) for f, g in zip(found, gold, strict=True) if g]
    hits = sum(1 for f, g in pairs if f and f[:10] == g)
    return {
        "items": len(pairs),
        "found": round(sum(1 for f, _ in pairs if f) / max(1, len(pairs)), 4),
        "correct of all": round(hits / max(1, len(pairs)), 4),
    }


def _list(value: Any) -> list[str]:
    if not value:
        return []
    if isinstance(value, list):
        return [str(v) for v in value]
    try:
        parsed = ast.literal_eval(str(value))
    except (ValueError, SyntaxError):
        return []
    return [str(v) for v in parsed] if isinstance(parsed, list) else []


def date_accuracy() -> dict[str, Any]:
    """Plain-text path on newscluster_giveme5w1h (the set has no HTML): date found, and found == gold day;
    once from the text alone, once with the article URL as a fallback."""
    recs = [r for r in records("newscluster_giveme5w1h") if r.get("date") and r.get("text")]
    out: dict[str, Any] = {"articles": len(recs)}
    for variant in ("text only", "text + url"):
        found = right = 0
        for n, r in enumerate(recs):
            url = r.get("url") if variant == "text + url" else None
            result = clean_document(RawDoc(id=str(n), path="bench", text=str(r["text"]), url=url), CONFIG)
            published = result.published if isinstance(result, Article) else None
            if published:
                found += 1
                right += published[:10] == str(r["date"])[:10]
        out[variant] = {
            "found": round(found / max(1, len(recs)), 4),
            "correct of all": round(right / max(1, len(recs)), 4),
            "correct of found": round(right / max(1, found), 4),
        }
    return out


def speed(repeats: int = 3) -> dict[str, Any]:
    """Plain-text pages per CPU-second on one core over the whole scrapinghub_aeb page_text set, at 1x, 2x
    and 4x corpus size (the cost per page must not grow): ``clean_documents``, i.e. recurring-line counting
    plus cleaning, best of ``repeats`` runs (process CPU time; the machine is shared)."""
    recs = [r for r in records("scrapinghub_aeb") if r.get("page_text")]
    clean_document(_raw(recs[0], "page_text", 0), CONFIG)  # load stop lists and lookup tables first
    figures: dict[str, Any] = {}
    for copies in (1, 2, 4):
        raws = [_raw(r, "page_text", n) for n, r in enumerate(recs * copies)]
        best = math.inf
        for _ in range(repeats):
            start = time.process_time()
            clean_documents(raws, CONFIG)
            best = min(best, time.process_time() - start)
        figures[f"pages_per_second_{copies}x"] = round(len(raws) / best, 1)
    figures["pages"] = len(recs)
    figures["mean_page_kb"] = round(sum(len(r["page_text"]) for r in recs) / len(recs) / 1024, 1)
    return figures


def pipeline_speed(repeats: int = 5) -> dict[str, Any]:
    """CPU per article of ``clean_document`` as the pipeline calls it (one document at a time, default
    config, no recurring-line statistics) over the 2,000 inputs of jsonl-2000-s9-g2 (made by warc_generator
    when absent), best of ``repeats`` (process CPU time; the machine is shared)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from newsfuse.config import Config
    from newsfuse.ingest import read_inputs
    from warc_generator import folder_name, write_jsonl

    folder = ROOT / "benchmarks" / "work" / folder_name("jsonl", 2000, 9, 2)
    if not folder.exists():
        write_jsonl(2000, 9, folder, 2)
    config = Config()
    raws = [d for d in read_inputs(sorted(folder.iterdir()), config.ingest) if isinstance(d, RawDoc)]
    clean_document(raws[0], config.clean)  # stop lists, lookup tables and the language model loaded first
    best = math.inf
    for _ in range(repeats):
        start = time.process_time()
        for raw in raws:
            clean_document(raw, config.clean)
        best = min(best, time.process_time() - start)
    return {
        "articles": len(raws),
        "ms_per_article": round(1000 * best / len(raws), 3),
        "articles_per_cpu_second": round(len(raws) / best, 1),
    }


def speed_against(revision: str, repeats: int = 7) -> dict[str, Any]:
    """CPU of this tree's cleaner against ``revision``'s in one process, interleaved (best of ``repeats``):
    ``clean_document`` per pipeline article of jsonl-2000-s9-g2 and ``clean_documents`` over the
    scrapinghub_aeb page_text pages. The old ``newsfuse.clean`` is imported under another name
    (``revision.import_at``); also counts the articles whose output differs."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from newsfuse.config import Config
    from newsfuse.ingest import read_inputs
    from warc_generator import folder_name

    old = import_at(revision, "clean", "newsfuse_clean_old")
    config = Config()
    folder = ROOT / "benchmarks" / "work" / folder_name("jsonl", 2000, 9, 2)
    raws = [d for d in read_inputs(sorted(folder.iterdir()), config.ingest) if isinstance(d, RawDoc)]
    pages = [_raw(r, "page_text", n) for n, r in enumerate(records("scrapinghub_aeb")) if r.get("page_text")]
    differ = sum(
        repr(old.clean_document(raw, config.clean)) != repr(clean_document(raw, config.clean)) for raw in raws
    )
    best: dict[str, float] = {}
    for _ in range(repeats):
        for name, module in (("before", old), ("after", sys.modules["newsfuse.clean"])):
            start = time.process_time()
            for raw in raws:
                module.clean_document(raw, config.clean)
            best[f"{name} ms"] = min(best.get(f"{name} ms", math.inf), time.process_time() - start)
            start = time.process_time()
            module.clean_documents(pages, CONFIG)
            best[f"{name} aeb"] = min(best.get(f"{name} aeb", math.inf), time.process_time() - start)
    return {
        "revision": revision,
        "pipeline articles": len(raws),
        "articles whose output differs": differ,
        "ms_per_article before": round(1000 * best["before ms"] / len(raws), 3),
        "ms_per_article after": round(1000 * best["after ms"] / len(raws), 3),
        "aeb pages_per_second before": round(len(pages) / best["before aeb"], 1),
        "aeb pages_per_second after": round(len(pages) / best["after aeb"], 1),
    }


HTML_STEPS: dict[str, dict[str, bool]] = {
    "trafilatura (ours off)": {
        "html_post_filter": False,
        "html_fallback": False,
        "html_missed_lead": False,
        "html_missed_inside": False,
    },
    "ours": {},
    "ours - post-filter": {"html_post_filter": False},
    "ours - missed lead": {"html_missed_lead": False},
    "ours - missed inside": {"html_missed_inside": False},
    "ours - fallback": {"html_fallback": False},
}
"""The HTML path with each of our steps after trafilatura switched off in turn (``--html-steps``)."""
STEPS_WORK = ROOT / "benchmarks" / "work" / "clean_html_steps"


def _cached_extract(name: str) -> dict[str, dict[str, object]]:
    """trafilatura's extraction of each page of a set, once: ``newsfuse.clean.html.extract`` answers from
    this cache (kept under benchmarks/work, never committed) so that the variants differ only in our steps."""
    import pickle

    from newsfuse.clean import html as html_module

    path = STEPS_WORK / f"{name}.extract.pickle"
    cache: dict[str, dict[str, object]] = pickle.loads(path.read_bytes()) if path.exists() else {}
    original = getattr(html_module, "_uncached_extract", html_module.extract)

    def extract(html: str, url: str | None = None, favor: str = "balanced") -> dict[str, object]:
        key = f"{favor}\0{url}\0{html}"
        if key not in cache:  # the fields clean_html reads (lxml trees do not pickle)
            found = original(html, url, favor)
            cache[key] = {  # lxml's strings hold their tree: plain copies
                k: str(v) if isinstance(v, str) else v
                for k, v in found.items()
                if isinstance(v, str | int | float | type(None))
            }
        return cache[key]

    html_module._uncached_extract = original  # type: ignore[attr-defined]
    html_module.extract = extract  # type: ignore[assignment]
    return cache


def html_steps(sets: list[str]) -> dict[str, Any]:
    """Per dev set with HTML: token P/R/F1 (snippets kept/dropped for trafilatura_eval) of ``HTML_STEPS``;
    per-page texts go to benchmarks/work/clean_html_steps/<set>.texts.pickle for the page-by-page study."""
    import pickle
    from dataclasses import replace

    STEPS_WORK.mkdir(parents=True, exist_ok=True)
    out: dict[str, Any] = {}
    for name in sets:
        assert name not in TEST_SETS, "the test set is never studied step by step"
        recs = list(records(name))
        if name != SNIPPET_SET:
            recs = [r for r in recs if r.get("gold_text") is not None]
        raws = [_raw(r, "html", n) for n, r in enumerate(recs)]
        cache = _cached_extract(name)
        texts: dict[str, list[str]] = {}
        for variant, flags in HTML_STEPS.items():
            config = replace(CONFIG, **flags)
            texts[variant] = [
                a.text if isinstance(a := clean_document(raw, config), Article) else "" for raw in raws
            ]
        (STEPS_WORK / f"{name}.extract.pickle").write_bytes(pickle.dumps(cache))
        (STEPS_WORK / f"{name}.texts.pickle").write_bytes(pickle.dumps(texts))
        figures: dict[str, Any] = {"pages": len(recs)}
        for variant, mine in texts.items():
            if name == SNIPPET_SET:
                figures[variant] = _snippet_hits(mine, recs)
            else:
                figures[variant] = _mean(
                    [token_prf(t, r["gold_text"]) for t, r in zip(mine, recs, strict=True)]
                )
        out[name] = figures
        print(name, json.dumps(figures), flush=True)
    return out


def _snippet_hits(texts: list[str], recs: list[dict[str, Any]]) -> dict[str, float]:
    """Share of must-keep snippets kept and must-drop snippets dropped (trafilatura_eval)."""
    kept = dropped = n_with = n_without = 0
    for text, r in zip(texts, recs, strict=True):
        flat = _SPACE.sub(" ", text)
        for snippet in _list(r.get("gold_with")):
            n_with += 1
            kept += _SPACE.sub(" ", snippet) in flat
        for snippet in _list(r.get("gold_without")):
            n_without += 1
            dropped += _SPACE.sub(" ", snippet) not in flat
    return {
        "kept": round(kept / max(1, n_with), 4),
        "dropped": round(dropped / max(1, n_without), 4),
        "mean": round((kept / max(1, n_with) + dropped / max(1, n_without)) / 2, 4),
    }


def _markdown(results: dict[str, Any], command: str) -> str:
    lines = [
        "# Cleaning benchmark",
        "",
        f"Command: {command} — {results['date']}. Speed taken on a shared 2-core machine (process CPU time).",
        "Dev sets (fit/tuned): "
        + ", ".join(DEV_SETS)
        + f", {SNIPPET_SET}; {MODERN_SET} (tuned by rule, not in the fit)."
        " Test set (report only): scrapinghub_aeb.",
        "",
        "| set | input | newsfuse P / R / F1 | trafilatura P / R / F1 |",
        "|---|---|---|---|",
    ]
    for name, figures in results["extraction"].items():
        for field in ("page_text", "html"):
            mine, peer = figures.get(f"newsfuse {field}"), figures.get(f"trafilatura {field}")
            if mine and peer:
                lines.append(
                    f"| {name} ({figures['pages']}) | {field} | "
                    f"{mine['precision']:.3f} / {mine['recall']:.3f} / **{mine['f1']:.3f}** | "
                    f"{peer['precision']:.3f} / {peer['recall']:.3f} / {peer['f1']:.3f} |"
                )
    lines += [
        "",
        "newsfuse html = trafilatura (same settings) + the post-filter (`newsfuse.clean.html.post_filter`: the"
        " plain-text cleaner over the page's visible blocks cuts trafilatura paragraphs by rule or at body"
        " probability < 0.1) + the recall fallback (trafilatura finds no body: the plain-text cleaner's body of"
        " the visible blocks) + the missed lead and missed inside (article prose the plain-text cleaner keeps,"
        " left out by trafilatura before its first or between its paragraphs, put back), chosen on the dev sets;"
        " title: `newsfuse.clean.html.choose_title`.",
    ]
    snippets = results.get("snippets")
    if snippets:
        lines += ["", f"{SNIPPET_SET} ({snippets['pages']} pages): must-keep kept / must-drop dropped", ""]
        for key, value in snippets.items():
            if key != "pages" and not key.startswith("metadata"):
                lines.append(f"- {key}: kept {value['kept']:.3f}, dropped {value['dropped']:.3f}")
        for field in ("page_text", "html"):
            if meta := snippets.get(f"metadata {field}"):
                title, date = meta["title"] or {"accuracy": 0.0, "pages": 0}, meta["date"]
                lines.append(
                    f"- newsfuse {field} metadata: title {title['accuracy']:.3f} of {title['pages']}, date found"
                    f" {date['found']:.3f} / correct {date['correct of all']:.3f} of {date['items']} with a gold date"
                )
    lines += ["", "Title accuracy (normalised exact match, pages with a gold title):", ""]
    for name, figures in results["extraction"].items():
        for field in ("page_text", "html"):
            acc = figures.get(f"title accuracy {field}")
            if acc:
                lines.append(f"- {name} {field}: {acc['accuracy']:.3f} of {acc['pages']}")
    if "dates" in results:
        lines += [
            "",
            f"Dates, newscluster_giveme5w1h, plain-text path (no HTML in the set): {results['dates']}",
        ]
    if "speed" in results:
        lines += [
            "",
            "Speed (plain text, one core; all scrapinghub_aeb page_text pages at 1x/2x/4x, best of 3, pages per"
            f" CPU-second): {results['speed']}",
        ]
    if "pipeline_speed" in results:
        lines += [
            "",
            "Speed in the pipeline (`clean_document` per input of jsonl-2000-s9-g2, default config, one core, best"
            f" of 5, process CPU time): {results['pipeline_speed']}",
        ]
    lines += ["", f"Targets: {TARGETS}", ""]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="*", default=list(ALL_SETS))
    parser.add_argument("--no-html", action="store_true", help="skip the (slow) HTML path")
    parser.add_argument("--only-html", action="store_true", help="the HTML path only (for parallel parts)")
    parser.add_argument("--limit", type=int, default=None, help="at most this many pages of each DEV set")
    parser.add_argument("--part", help="write this run's figures to PART (JSON) instead of results/")
    parser.add_argument("--merge", nargs="*", help="combine --part files into results/clean.{json,md}")
    parser.add_argument("--note", help="with --merge: the commands that made the parts, for the report")
    parser.add_argument(
        "--jobs", type=int, default=2, help="parallel processes for a full run (1: one process)"
    )
    parser.add_argument(
        "--speed",
        action="store_true",
        help="only the speed figures (aeb page_text and the pipeline's articles)",
    )
    parser.add_argument(
        "--speed-against",
        metavar="REVISION",
        help="only CPU per pipeline article and aeb pages per CPU-s, this tree against REVISION's cleaner",
    )
    parser.add_argument(
        "--html-steps",
        nargs="*",
        metavar="SET",
        help="the HTML path on the dev sets with each of our steps switched off in turn (clean_html_steps.*)",
    )
    args = parser.parse_args()
    if args.html_steps is not None:
        steps = html_steps(args.html_steps or [*DEV_SETS, SNIPPET_SET])
        print(json.dumps(steps))
        if not args.html_steps:
            _write_steps(steps)
        return
    if args.speed_against:
        print(json.dumps(speed_against(args.speed_against)))
        return
    if args.speed:
        print(json.dumps({"speed": speed(), "pipeline_speed": pipeline_speed()}))
        return
    global LIMIT
    LIMIT = args.limit
    if args.jobs > 1 and not (args.part or args.merge) and set(args.sets) == set(ALL_SETS):
        _run_parts(args.jobs, args.limit)
        return
    if args.merge:
        merged: dict[str, Any] = {"date": datetime.now(UTC).isoformat(timespec="seconds"), "extraction": {}}
        for part in args.merge:
            data = json.loads(Path(part).read_text(encoding="utf-8"))
            for name, figures in data.pop("extraction", {}).items():  # parts may hold other fields of a set
                merged["extraction"].setdefault(name, {}).update(figures)
            merged.setdefault("snippets", {}).update(data.pop("snippets", {}))
            merged.update({k: v for k, v in data.items() if k != "date"})
        _write(merged, args.note or "see the parts: " + " ".join(args.merge))
        return
    fields = ("page_text",) if args.no_html else ("html",) if args.only_html else ("page_text", "html")
    set_fields = dict.fromkeys(
        args.sets, fields
    )  # HTML on the dev sets too: its post-filter was chosen there
    results: dict[str, Any] = {"date": datetime.now(UTC).isoformat(timespec="seconds"), "extraction": {}}
    for name in args.sets:
        if name == "newscluster_giveme5w1h":
            continue
        if name == SNIPPET_SET:
            results["snippets"] = snippet_scores(set_fields[name])
        else:
            results["extraction"][name] = extraction_scores(name, set_fields[name])
        print(
            name, json.dumps(results.get("snippets") if name == SNIPPET_SET else results["extraction"][name])
        )
    if "newscluster_giveme5w1h" in args.sets or not args.part:
        results["dates"] = date_accuracy()
        results["speed"] = speed()
        results["pipeline_speed"] = pipeline_speed()
        print(
            json.dumps(results["dates"]), json.dumps(results["speed"]), json.dumps(results["pipeline_speed"])
        )
    if args.part:
        Path(args.part).write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    elif set(args.sets) == set(ALL_SETS) and len(fields) == 2:
        _write(
            results, "`.venv/bin/python benchmarks/bench_clean.py" + (f" --limit {LIMIT}`" if LIMIT else "`")
        )


PARTS: tuple[tuple[str, ...], ...] = (
    ("--sets", *TEST_SETS),
    ("--sets", *DEV_SETS, SNIPPET_SET, MODERN_SET, "--no-html"),
    ("--sets", "cleaneval", "--only-html"),
    ("--sets", "l3s_gn1", "readability_testpages", "cleanportaleval", "--only-html"),
    ("--sets", SNIPPET_SET, "--only-html"),
)
"""The quality runs of a full benchmark, as parts that can run side by side."""


def _run_parts(jobs: int, limit: int | None) -> None:
    """A full run as ``PARTS`` in ``jobs`` parallel processes, then dates and speed alone (CPU time is
    measured with nothing else of ours running), merged into results/."""
    with tempfile.TemporaryDirectory() as tmp:
        extra = ("--limit", str(limit)) if limit else ()
        commands = [
            [sys.executable, __file__, *part, *extra, "--part", f"{tmp}/{n}.json"]
            for n, part in enumerate(PARTS)
        ]
        with ThreadPoolExecutor(jobs) as pool:
            for done in pool.map(lambda command: subprocess.run(command, check=True), commands):
                print("part done:", " ".join(done.args[2:-2]), flush=True)
        subprocess.run(
            [sys.executable, __file__, "--sets", "newscluster_giveme5w1h", "--part", f"{tmp}/N.json"],
            check=True,
        )
        parts = [command[-1] for command in commands] + [f"{tmp}/N.json"]
        note = f"`.venv/bin/python benchmarks/bench_clean.py{f' --limit {limit}' if limit else ''}` ({jobs} parallel parts)"
        subprocess.run([sys.executable, __file__, "--merge", *parts, "--note", note], check=True)


def _write_steps(steps: dict[str, Any]) -> None:
    date = datetime.now(UTC).isoformat(timespec="seconds")
    lines = [
        "# The HTML path step by step (dev sets only)",
        "",
        f"Command: `.venv/bin/python benchmarks/bench_clean.py --html-steps` — {date}. trafilatura runs once per"
        " page (same settings as ours); each row switches our steps after it on or off (`HTML_STEPS`).",
        "Token P / R / F1 averaged over pages; trafilatura_eval: must-keep kept / must-drop dropped.",
        "",
        "| set | " + " | ".join(HTML_STEPS) + " |",
        "|---|" + "---|" * len(HTML_STEPS),
    ]
    for name, figures in steps.items():
        cells = [
            f"{f['kept']:.4f} / {f['dropped']:.4f}"
            if "kept" in f
            else f"{f['precision']:.4f} / {f['recall']:.4f} / **{f['f1']:.4f}**"
            for f in (figures[variant] for variant in HTML_STEPS)
        ]
        lines.append(f"| {name} ({figures['pages']}) | " + " | ".join(cells) + " |")
    save_results("clean_html_steps", {"date": date, "steps": steps}, "\n".join(lines) + "\n", indent=1)


def _write(results: dict[str, Any], command: str) -> None:
    save_results("clean", results, _markdown(results, command), indent=1)


if __name__ == "__main__":
    main()
