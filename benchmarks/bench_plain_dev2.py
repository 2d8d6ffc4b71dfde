"""plain_dev batch 2 (held out) and plain-text metadata: the plain cleaner at several revisions, beside trafilatura.

    .venv/bin/python benchmarks/bench_plain_dev2.py                      # start, rules, end of round 18, tree
    .venv/bin/python benchmarks/bench_plain_dev2.py --revs tree          # the working tree only (quick)
    .venv/bin/python benchmarks/bench_plain_dev2.py --newscluster-date   # + the TEST date figure (report only)
    .venv/bin/python benchmarks/bench_plain_dev2.py --batch 3 --revs fb82237 tree   # batch 3 only (plain_dev3.*)

``--batch`` picks the batches scored (default ``2 1``; batch N > 1 is benchmarks/data/plain_dev/plain_devN.jsonl.gz):
any other choice writes benchmarks/results/plain_dev_b<N...>.{json,md} (``--name`` overrides), so scoring batch 3
never rewrites plain_dev2.*. A batch other than 1 and 2 gets F1 (all pages, by template), metadata when its rows
carry the gold_* fields, and trafilatura beside it; no error kinds (they need the batch's own story files).

Each revision's ``src/`` is taken with ``git archive`` into /tmp/plaindev219/ and run in a child process
(``--worker``) on plain_dev batch 2 (benchmarks/data/plain_dev/plain_dev2.jsonl.gz, 30 pages) and batch 1
(plain_dev.jsonl.gz, 60 pages, a tuned set), with bench_clean's harness (``_raw``, ``ours``: CleanConfig
min_article_words=0, line statistics over the set's own pages); "tree" is the working tree. Scoring reuses
bench_clean's (token P/R/F1 averaged over pages, ``_norm`` for titles) and its trafilatura call on page_text.
Written to benchmarks/results/plain_dev2.{json,md}: F1 by revision (both batches, batch 2 by template), the
chrome that survives and the body that is lost by kind, and metadata accuracy (title, outlet, byline, date).
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import re
import subprocess
import sys
import tarfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PLAIN = ROOT / "benchmarks" / "data" / "plain_dev"
BATCH2 = PLAIN / "plain_dev2.jsonl.gz"
BATCH1 = PLAIN / "plain_dev.jsonl.gz"
DEFAULT_BATCHES = (2, 1)


def batch_path(n: int) -> Path:
    """Batch ``n``'s pages: batch 1 is plain_dev.jsonl.gz, batch N > 1 plain_devN.jsonl.gz."""
    return BATCH1 if n == 1 else PLAIN / f"plain_dev{n}.jsonl.gz"


SCRATCH = Path(os.environ.get("PLAIN_DEV2_SCRATCH", "/tmp/plaindev219"))
"""Revision copies and dumps (PLAIN_DEV2_SCRATCH: another engineer's own directory)."""
REVISIONS = {
    "start": "3b091ed^",
    "live-blog rule": "3b091ed",
    "+ consent rule": "46da86b",
    "round-18 end": "7d6983b",
    "r19 prompts": "8570125",
    "r19b metadata": "cb7fc6e",
    "r19b bylines": "44ae6c2",
    "r20 notes": "2b78a68",
    "tree": "tree",
}
"""Round 18's start (the commit before the live-blog rule), each rule's commit (46da86b: 9096c59's consent rule,
outputs identical to it), round 18's end, round 19's reader-prompt rule (8570125: standfirst rule committed off),
the second wave's plain metadata (cb7fc6e: recurring headlines as titles, byline-line dates, credit cues; 44ae6c2:
bylines without a cue after the title), round 20's site notes, 40-word prompts and newsletter briefs (787fbc1; 2b78a68
the same output, faster) and the working tree."""
_SPACE = re.compile(r"\s+")


def _read(path: Path) -> list[dict[str, Any]]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


# ------------------------------------------------------------------------------------------------ worker


def worker(src: str, out: str, batches: tuple[int, ...] = DEFAULT_BATCHES) -> None:
    """Clean the batches with the newsfuse package under ``src``; dump each page's output as JSON."""
    sys.path.insert(0, src)
    import newsfuse  # the revision's package first: bench_clean's own imports then resolve inside it

    assert str(Path(newsfuse.__file__).resolve()).startswith(str(Path(src).resolve())), newsfuse.__file__
    sys.path.insert(1, str(ROOT))
    from benchmarks import bench_clean
    from newsfuse.clean.document import corpus_line_stats

    dump: dict[str, Any] = {}
    for n in batches:
        name, recs = f"batch{n}", _read(batch_path(n))
        raws = [bench_clean._raw(r, "page_text", n) for n, r in enumerate(recs)]
        stats = corpus_line_stats(raws)
        started = time.process_time()
        mine = bench_clean.ours(raws, stats)
        cpu = time.process_time() - started
        dump[name] = {
            "cpu": cpu,
            "pages": [_page(a, r) for a, r in zip(mine, recs, strict=True)],
        }
    if 2 in batches:  # the HTML path on batch 2's own HTML: what it reads of the same pages' metadata
        recs = _read(BATCH2)
        mine = bench_clean.ours([bench_clean._raw(r, "html", n) for n, r in enumerate(recs)], None)
        dump["batch2 html"] = {"cpu": 0.0, "pages": [_page(a, r) for a, r in zip(mine, recs, strict=True)]}
    Path(out).write_text(json.dumps(dump), encoding="utf-8")


def _page(a: Any, r: dict[str, Any]) -> dict[str, Any]:
    """One page's output as the worker dumps it: its text, metadata and removed blocks with their reasons."""
    return {
        "id": r["id"],
        "text": a.text if a else "",
        "title": a.title if a else None,
        "byline": a.byline if a else None,
        "published": a.published if a else None,
        "outlet": a.outlet if a else None,
        "removed": [[b.text, b.reason] for b in a.removed] if a else [],
    }


def run_revision(rev: str, batches: tuple[int, ...] = DEFAULT_BATCHES) -> dict[str, Any]:
    SCRATCH.mkdir(exist_ok=True)
    if rev == "tree":
        src = ROOT / "src"
    else:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", rev], cwd=ROOT, check=True, capture_output=True, text=True
        ).stdout.strip()
        src = SCRATCH / f"rev-{commit}" / "src"
        if not src.exists():
            archive = subprocess.run(
                ["git", "archive", commit, "src"], cwd=ROOT, check=True, capture_output=True
            )
            with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
                tar.extractall(src.parent, filter="data")
    tag = "" if batches == DEFAULT_BATCHES else "-b" + "".join(map(str, batches))
    out = SCRATCH / f"dump-{rev.replace('^', 'p')}{tag}.json"
    batch_args = ["--batch", *map(str, batches)]
    subprocess.run([sys.executable, __file__, "--worker", str(src), str(out), *batch_args], check=True)
    return dict(json.loads(out.read_text(encoding="utf-8")))


# ------------------------------------------------------------------------------------------------ scoring


def _squash(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def _gold_lines(row: dict[str, Any]) -> set[str]:
    """The page_text lines that are body: a gold paragraph, or (six words or more) a piece of one."""
    paragraphs = [_squash(p) for p in row["gold_text"].split("\n\n")]
    whole = set(paragraphs)
    out = set()
    for line in row["page_text"].split("\n"):
        line = _squash(line)
        if line in whole or (len(line.split()) >= 6 and any(line in p for p in paragraphs)):
            out.add(line)
    return out


def _stories() -> dict[str, Any]:
    sys.path.insert(0, str(PLAIN))
    import make_pages2

    stories = make_pages2.read_stories(make_pages2.ARTICLES)
    return {s.slug: s for s in stories}


def _chrome_kind(line: str, row: dict[str, Any], stories: dict[str, Any]) -> str:
    story = stories[row["id"].rsplit("/", 1)[1]]
    low = line.lower()
    if line == story.title:
        return "headline"
    if story.dek and line == story.dek:
        return "standfirst"
    if story.meta["author"] and story.meta["author"].lower() in low:
        return "byline"
    for other in stories.values():
        if other is not story and line == other.title:
            return "teaser headline"
        if other is not story and other.dek and line == other.dek:
            return "teaser prose"
    if re.search(r"\b(?:19|20)\d{2}\b", line) and len(line.split()) <= 12:
        return "date/issue line"
    return "other chrome"


def _body_kind(line: str, row: dict[str, Any], stories: dict[str, Any]) -> str:
    story = stories[row["id"].rsplit("/", 1)[1]]
    for kind, text, _ in story.body:
        if _squash(text) == line or (len(line.split()) >= 6 and line in _squash(text)):
            if kind == "p":
                paras = story.paragraphs()
                if text == paras[0]:
                    return "first paragraph"
                if text.endswith(":"):
                    return "lead-in line"
                return "last paragraph" if text == paras[-1] else "paragraph"
            return {"h2": "subheading", "quote": "block quote", "li": "list item"}[kind]
    return "paragraph"


def errors(pages: list[dict[str, Any]], rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Chrome lines kept and body lines lost, by kind; the 'other chrome' lines listed by template."""
    stories = _stories()
    kept: Counter[str] = Counter()
    lost: Counter[str] = Counter()
    other: dict[str, Counter[str]] = defaultdict(Counter)
    lost_lines: dict[str, list[str]] = defaultdict(list)
    for page, row in zip(pages, rows, strict=True):
        out = {_squash(x) for x in page["text"].split("\n") if x.strip()}
        gold = _gold_lines(row)
        for line in dict.fromkeys(_squash(x) for x in row["page_text"].split("\n")):
            if line in gold and line not in out and not any(line in o for o in out):
                kind = _body_kind(line, row, stories)
                lost[kind] += 1
                lost_lines[row["template"]].append(f"{kind}: {line[:70]}")
            elif line not in gold and line in out:
                kind = _chrome_kind(line, row, stories)
                kept[kind] += 1
                if kind == "other chrome":
                    other[row["template"]][line[:70]] += 1
    return {
        "chrome kept": dict(kept.most_common()),
        "body lost": dict(lost.most_common()),
        "other chrome kept, by template": {t: dict(c.most_common()) for t, c in sorted(other.items())},
        "body lost, by template": dict(sorted(lost_lines.items())),
    }


def _mean(rows: list[dict[str, float]]) -> dict[str, float]:
    return {k: round(sum(r[k] for r in rows) / max(1, len(rows)), 4) for k in ("precision", "recall", "f1")}


def quality(pages: list[dict[str, Any]], rows: list[dict[str, Any]], prf: Any) -> dict[str, Any]:
    scored = [prf(p["text"], r["gold_text"]) for p, r in zip(pages, rows, strict=True)]
    out: dict[str, Any] = {"all": _mean(scored)}
    for key in ("template", "batch"):
        if not all(key in r for r in rows):
            continue
        for value in sorted({str(r[key]) for r in rows}):
            out[f"{key} {value}"] = _mean([s for s, r in zip(scored, rows, strict=True) if r[key] == value])
    return out


def _name(value: str | None) -> str:
    return " ".join(re.findall(r"\w+", (value or "").lower()))


def _headers(path: Path) -> list[dict[str, str]]:
    """The header lines ("key: value" after "@@ slug", up to the first blank line) of an articles file."""
    out: list[dict[str, str]] = []
    head = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("@@ "):
            out.append({"slug": line[3:].strip()})
            head = True
        elif head and not line.strip():
            head = False
        elif head and out:
            key, _, value = line.partition(":")
            out[-1][key.strip()] = value.strip()
    return out


def metadata_gold_batch1(rows: list[dict[str, Any]]) -> list[dict[str, str]]:
    """Batch 1's known values: the byline (the article's author when the page shows the name, else none) and
    the day (html_dev's ``gold_date``; the plain_dev articles' header date)."""
    by_title = {h["title"]: h for h in _headers(PLAIN / "articles.txt")}
    by_title.update({h["title"]: h for h in _headers(ROOT / "benchmarks/data/html_dev/articles.txt")})
    html_dates = {
        r["gold_title"]: r["gold_date"] for r in _read(ROOT / "benchmarks/data/html_dev/html_dev.jsonl.gz")
    }
    out = []
    for row in rows:
        head = by_title[row["gold_title"]]
        author = head.get("author", "")
        shown = author and author.lower() in row["page_text"].lower()
        day = html_dates.get(row["gold_title"]) or head["date"][:10]
        out.append(
            {
                "id": row["id"],
                "gold_byline": author if shown else "",
                "gold_date": day,
                "gold_title": row["gold_title"],
            }
        )
    return out


def metadata(pages: list[dict[str, Any]], gold: list[dict[str, Any]], norm: Any) -> dict[str, Any]:
    n = len(pages)
    title = sum(
        1
        for p, g in zip(pages, gold, strict=True)
        if p["title"] and norm(p["title"]) == norm(g["gold_title"])
    )
    byline = sum(1 for p, g in zip(pages, gold, strict=True) if _name(p["byline"]) == _name(g["gold_byline"]))
    day = sum(
        1 for p, g in zip(pages, gold, strict=True) if (p["published"] or "")[:10] == g["gold_date"][:10]
    )
    out: dict[str, Any] = {
        "pages": n,
        "title": round(title / n, 4),
        "byline": round(byline / n, 4),
        "date found": round(sum(1 for p in pages if p["published"]) / n, 4),
        "date day": round(day / n, 4),
    }
    if all("gold_outlet" in g for g in gold):
        out["outlet"] = round(
            sum(1 for p, g in zip(pages, gold, strict=True) if _name(p["outlet"]) == _name(g["gold_outlet"]))
            / n,
            4,
        )
        out["date exact"] = round(
            sum(1 for p, g in zip(pages, gold, strict=True) if p["published"] == g["gold_date"]) / n, 4
        )
    out["misses"] = [
        {
            "id": g.get("id", p["id"]),
            "title": p["title"],
            "byline": p["byline"],
            "published": p["published"],
            "outlet": p["outlet"],
            "gold": {k: v for k, v in g.items() if k.startswith("gold_")},
        }
        for p, g in zip(pages, gold, strict=True)
        if not (p["title"] and norm(p["title"]) == norm(g["gold_title"]))
        or _name(p["byline"]) != _name(g["gold_byline"])
        or (p["published"] or "")[:10] != g["gold_date"][:10]
        or ("gold_outlet" in g and _name(p["outlet"]) != _name(g["gold_outlet"]))
        or ("gold_outlet" in g and p["published"] != g["gold_date"])
    ]
    return out


# ------------------------------------------------------------------------------------------------ report


def markdown(results: dict[str, Any], command: str) -> str:
    revs = list(results["revisions"])
    batches = results.get("batches", ["batch2", "batch1"])
    if batches == ["batch2", "batch1"]:
        lines = [
            "# plain_dev batch 2 (held out) — the plain cleaner by revision, and plain-text metadata",
            "",
            f"Made by `{command}` on {results['date']}. Data: benchmarks/data/plain_dev/BATCH2.md (30 pages, ten new",
            "templates, original fiction, gold fixed before any cleaner ran); batch 1 = plain_dev.jsonl.gz (60 pages,",
            "TUNED on). Token F1 averaged over pages (bench_clean's scorer, page_text input, line statistics over the",
            "batch's own pages); trafilatura on the same page_text lines given as <p> paragraphs.",
        ]
    else:
        lines = [
            "# plain_dev "
            + ", ".join(b.replace("batch", "batch ") for b in batches)
            + " — the plain cleaner by revision",
            "",
            f"Made by `{command}` on {results['date']}. Data: benchmarks/data/plain_dev/ (see each batch's .md). Token F1",
            "averaged over pages (bench_clean's scorer, page_text input, line statistics over the batch's own pages);",
            "trafilatura on the same page_text lines given as <p> paragraphs.",
        ]
    lines += [
        "",
        "    " + command,
        "",
        "## Token F1 by revision",
        "",
        "| | " + " | ".join(f"{r} ({results['revisions'][r]['commit']})" for r in revs) + " | trafilatura |",
        "|---|" + "---|" * (len(revs) + 1),
    ]
    for batch in batches:
        for key in results["revisions"][revs[0]][batch]["quality"]:
            cells = [f"{results['revisions'][r][batch]['quality'][key]['f1']:.4f}" for r in revs]
            lines.append(
                f"| {batch.replace('batch', 'batch ')} {key} | "
                + " | ".join(cells)
                + f" | {results['trafilatura'][batch][key]['f1']:.4f} |"
            )
    first = batches[0]
    lines += [
        "",
        f"P / R of {first.replace('batch', 'batch ')}, all pages: "
        + "; ".join(
            f"{r} {results['revisions'][r][first]['quality']['all']['precision']:.4f} /"
            f" {results['revisions'][r][first]['quality']['all']['recall']:.4f}"
            for r in revs
        ),
        "",
    ]
    if "batch2" in batches:
        lines += _error_lines(results, revs)
    lines += ["", "## Plain-text metadata (page_text path)", ""]
    lines += ["| | " + " | ".join(revs) + " |", "|---|" + "---|" * len(revs)]
    for batch in batches:
        for k in ("title", "outlet", "byline", "date found", "date day", "date exact"):
            if k in results["revisions"][revs[0]][batch].get("metadata", {}):
                lines.append(
                    f"| {batch} {k} | "
                    + " | ".join(f"{results['revisions'][r][batch]['metadata'][k]:.4f}" for r in revs)
                    + " |"
                )
    lines += _tail_lines(results, revs)
    return "\n".join(lines) + "\n"


def _error_lines(results: dict[str, Any], revs: list[str]) -> list[str]:
    """The markdown's error-kind section (batch 2 only)."""
    lines = ["## Error kinds on batch 2 (page_text lines: chrome kept / body lost)", ""]
    for n, what in enumerate(("chrome kept", "body lost")):
        counts = [results["revisions"][r]["batch2"]["errors"][what] for r in revs]
        lines += ([""] if n else []) + [
            f"| {what} | " + " | ".join(revs) + " |",
            "|---|" + "---|" * len(revs),
        ]
        for k in sorted({k for found in counts for k in found}):
            lines.append(f"| {k} | " + " | ".join(str(found.get(k, 0)) for found in counts) + " |")
    last = results["revisions"][revs[-1]]["batch2"]["errors"]
    lines += ["", f"'Other chrome' kept at {revs[-1]}, by template (line: pages):", ""]
    for template, found in last["other chrome kept, by template"].items():
        lines.append(f"- {template}: " + "; ".join(f'"{k}" {v}' for k, v in found.items()))
    lines += ["", f"Body lost at {revs[-1]}, by template:", ""]
    for template, found in last["body lost, by template"].items():
        lines.append(f"- {template}: " + "; ".join(found))
    return lines


def _tail_lines(results: dict[str, Any], revs: list[str]) -> list[str]:
    """The markdown after the metadata table: the HTML path, batch 2 metadata by template, TEST date, notes."""
    lines: list[str] = []
    html = [r for r in revs if "batch2 html" in results["revisions"][r]]
    if html:
        lines += [
            "",
            "The HTML path on batch 2's HTML (same pages, same gold; trafilatura + our post-filters):",
            "",
        ]
        lines += ["| | " + " | ".join(html) + " |", "|---|" + "---|" * len(html)]
        lines.append(
            "| batch2 html F1 | "
            + " | ".join(
                f"{results['revisions'][r]['batch2 html']['quality']['all']['f1']:.4f}" for r in html
            )
            + " |"
        )
        for k in ("title", "outlet", "byline", "date found", "date day", "date exact"):
            lines.append(
                f"| batch2 html {k} | "
                + " | ".join(f"{results['revisions'][r]['batch2 html']['metadata'][k]:.4f}" for r in html)
                + " |"
            )
    by_template = results["revisions"][revs[-1]].get("batch2", {}).get("metadata by template")
    if by_template:
        kinds = ("title", "outlet", "byline", "date day", "date exact")
        lines += ["", f"Plain-text metadata on batch 2 by template ({revs[-1]}):", ""]
        lines += ["| template | " + " | ".join(kinds) + " |", "|---|" + "---|" * len(kinds)]
        for template, found in by_template.items():
            lines.append(f"| {template} | " + " | ".join(f"{found[k]:.2f}" for k in kinds) + " |")
    if "newscluster date" in results:
        lines += [
            "",
            "newscluster_giveme5w1h plain date (TEST, report only, run once): "
            + json.dumps(results["newscluster date"]),
        ]
    if results.get("notes"):
        lines += ["", "## Notes", "", results["notes"]]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--worker", nargs=2, metavar=("SRC", "OUT"), help=argparse.SUPPRESS)
    parser.add_argument("--revs", nargs="*", default=list(REVISIONS), help="labels of REVISIONS, or commits")
    parser.add_argument("--newscluster-date", action="store_true", help="also the TEST date figure, once")
    parser.add_argument(
        "--batch", nargs="+", type=int, default=list(DEFAULT_BATCHES), help="batches to score (default: 2 1)"
    )
    parser.add_argument(
        "--name", help="results name (default plain_dev2 for batches 2 1, else plain_dev_b<N..>)"
    )
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--notes", default="", help="a notes paragraph for the .md")
    args = parser.parse_args()
    batches = tuple(dict.fromkeys(args.batch))
    if args.worker:
        worker(*args.worker, batches=batches)
        return
    sys.path.insert(0, str(ROOT))
    from benchmarks import bench_clean
    from benchmarks.saved import save_results

    names = [f"batch{n}" for n in batches]
    rows = {f"batch{n}": _read(batch_path(n)) for n in batches}
    gold: dict[str, list[dict[str, Any]]] = {}
    for name, recs in rows.items():
        if name == "batch1":
            gold[name] = metadata_gold_batch1(recs)
        elif all(k in r for r in recs for k in ("gold_title", "gold_byline", "gold_date")):
            gold[name] = recs
    results: dict[str, Any] = {
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "revisions": {},
    }
    if batches != DEFAULT_BATCHES:
        results["batches"] = names
    for label in args.revs:
        rev = REVISIONS.get(label, label)
        dump = run_revision(rev, batches)
        commit = (
            "tree"
            if rev == "tree"
            else subprocess.run(
                ["git", "rev-parse", "--short", rev], cwd=ROOT, check=True, capture_output=True, text=True
            ).stdout.strip()
        )
        entry: dict[str, Any] = {"commit": commit}
        for batch in names:
            pages = dump[batch]["pages"]
            entry[batch] = {"quality": quality(pages, rows[batch], bench_clean.token_prf)}
            if batch in gold:
                entry[batch]["metadata"] = metadata(pages, gold[batch], bench_clean._norm)
            entry[batch]["cpu seconds"] = round(dump[batch]["cpu"], 3)
            if batch == "batch2":
                entry[batch]["errors"] = errors(pages, rows[batch])
                entry[batch]["metadata by template"] = {
                    template: metadata(
                        [p for p, r in zip(pages, rows[batch], strict=True) if r["template"] == template],
                        [r for r in rows[batch] if r["template"] == template],
                        bench_clean._norm,
                    )
                    for template in sorted({r["template"] for r in rows[batch]})
                }
                for found in entry[batch]["metadata by template"].values():
                    found.pop("misses", None)
        if "batch2 html" in dump:
            html_pages = dump["batch2 html"]["pages"]
            entry["batch2 html"] = {
                "quality": quality(html_pages, rows["batch2"], bench_clean.token_prf),
                "metadata": metadata(html_pages, gold["batch2"], bench_clean._norm),
            }
        results["revisions"][label] = entry
        print(label, commit, {b: entry[b]["quality"]["all"] for b in names}, flush=True)
    for label in list(results["revisions"])[
        :-1
    ]:  # the misses of the last revision only: the file stays small
        for batch in (*names, "batch2 html"):
            if batch in results["revisions"][label]:
                results["revisions"][label][batch].get("metadata", {}).pop("misses", None)
    results["trafilatura"] = {}
    for batch in names:
        peer = [
            {"text": bench_clean.trafilatura_text(r["page_text"], "page_text", r.get("url"))}
            for r in rows[batch]
        ]
        results["trafilatura"][batch] = quality(peer, rows[batch], bench_clean.token_prf)
    if args.newscluster_date:
        results["newscluster date"] = bench_clean.date_accuracy()
    elif (
        batches == DEFAULT_BATCHES and (saved := ROOT / "benchmarks" / "results" / "plain_dev2.json").exists()
    ):  # a TEST figure: run once,
        earlier = json.loads(saved.read_text(encoding="utf-8")).get("newscluster date")  # then carried over
        if earlier:
            results["newscluster date"] = {
                **earlier,
                "carried over from": earlier.get("carried over from", "09:07"),
            }
    results["notes"] = args.notes
    command = ".venv/bin/python benchmarks/bench_plain_dev2.py"  # the notes are the .md's own section
    if args.revs != list(REVISIONS):
        command += " --revs " + " ".join(args.revs)
    if args.newscluster_date:
        command += " --newscluster-date"
    if batches != DEFAULT_BATCHES:
        command += " --batch " + " ".join(map(str, batches))
    name = args.name or (
        "plain_dev2" if batches == DEFAULT_BATCHES else "plain_dev_b" + "".join(map(str, batches))
    )
    if args.name:
        command += f" --name {args.name}"
    print(markdown(results, command))
    if not args.no_write:
        save_results(name, results, markdown(results, command.strip()))


if __name__ == "__main__":
    main()
