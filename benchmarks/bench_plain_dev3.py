"""plain_dev batch 3 (held out): the plain cleaner by revision with error kinds, and the masthead outlet.

    .venv/bin/python benchmarks/bench_plain_dev3.py                      # 7d6983b, fb82237, 787fbc1, the tree
    .venv/bin/python benchmarks/bench_plain_dev3.py --revs tree          # the working tree only (quick)

Batch 3 (benchmarks/data/plain_dev/plain_dev3.jsonl.gz, BATCH3.md: 30 pages, ten templates no other batch has,
original fiction, gold fixed before any cleaner ran) is scored at each revision with bench_plain_dev2's harness,
IMPORTED, not copied: its worker (``run_revision``: the revision's ``src/`` from ``git archive`` run in a child
process on page_text with bench_clean's ``ours``, line statistics over the batch's own pages), ``quality`` (token
P/R/F1 averaged over pages, by template), ``metadata`` (title, outlet, byline, date) and ``errors`` (chrome lines
kept and body lines lost, by kind; pointed at articles3.txt's stories). trafilatura runs on the same page_text.

The outlet part (working tree, in process): ``clean.metadata.masthead`` on each page's blocks with the title the
cleaner found, on batches 1-3 (batches 1 and 2 are the sets it was tuned on; batch 3 the check), without and with
the page URL; and the proposed call itself, put into ``plaintext.clean_plain_blocks`` by wrapping it here (the
cleaner is another engineer's file): ``result.outlet = masthead_outlet(blocks, title_at) or result.outlet``, run
through ``clean_document`` like bench_clean: outlet accuracy before/after and whether any body text changes.
Batch 1 carries no outlet gold in its file: ``BATCH1_OUTLETS`` below gives it (each template's masthead, written
in round 20 from the pages' own first lines; one blog page has another blog's masthead).
Written to benchmarks/results/plain_dev3.{json,md}.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
os.environ.setdefault(
    "PLAIN_DEV2_SCRATCH", "/tmp/plaindev3_20/revs"
)  # revision copies: this bench's own place
sys.path.insert(0, str(ROOT))

from benchmarks import bench_plain_dev2 as pd2  # noqa: E402

PLAIN = ROOT / "benchmarks" / "data" / "plain_dev"
REVISIONS = {
    "round-19 start": "7d6983b",
    "session start": "fb82237",
    "r20 plain rules": "787fbc1",
    "tree": "tree",
}
"""The nineteenth session's start (7d6983b, the end of round 18), the twentieth's start, the twentieth round's plain rules
(787fbc1: site notes, prompts up to 40 words, newsletter briefs) and the working tree."""
BATCH1_OUTLETS: dict[str, str] = {
    "gazette": "The Harbour Gazette",
    "tribune": "Metro Tribune",
    "live": "Westcountry Live",
    "gallery": "The Vale Courier",
    "blog": "Rosemount Notes",
    "html_dev/d312d0653cd11ae7": "Plot 17 and Other Stories",
    "paywall": "The Dalesman Post",
    "magazine": "Northern Review",
    "wire": "Meridian Wire",
    "regional de": "Wendlinger Kurier",
    "regional es": "Diario de Villalora",
    "station": "KVLE News 9",
    "portal": "Northway",
    "consent": "The Estuary Post",
    "broadcaster": "BBN",
    "liveupdates": "The Northern Ledger",
    "photo": "Fenland Times",
    "newsletter": "The Halverton Letter",
    "community": "Calder Chronicle",
    "tabloid": "The Daily Beacon",
    "mobile": "Islands Today",
    "europe de": "Weserland Kurier",
    "europe fr": "La Dépêche des Causses",
    "europe it": "Gazzetta del Golfo",
}
"""Batch 1's outlet gold: the masthead as the page writes it (by page id, else template and language, else
template). The portal page's masthead is the portal's ("Northway"), not the partner it syndicates."""


def outlet_gold(row: dict[str, Any]) -> str:
    if "gold_outlet" in row:
        return str(row["gold_outlet"])
    for key in (row["id"], f"{row['template']} {row['lang']}", row["template"]):
        if key in BATCH1_OUTLETS:
            return BATCH1_OUTLETS[key]
    raise KeyError(row["id"])


def _stories3() -> dict[str, Any]:
    sys.path.insert(0, str(PLAIN))
    import make_pages3

    return {s.slug: s for s in make_pages3.read_stories(make_pages3.ARTICLES)}


# ------------------------------------------------------------------------------------------------ outlet


def outlet_study() -> dict[str, Any]:
    """The masthead reading on batches 1-3 (working tree), alone and as the proposed call in the cleaner."""
    from benchmarks import bench_clean
    from newsfuse.clean import document, metadata, plaintext
    from newsfuse.clean.document import corpus_line_stats

    out: dict[str, Any] = {}
    original = plaintext.clean_plain_blocks
    for n in (1, 2, 3):
        rows = pd2._read(pd2.batch_path(n))
        raws = [bench_clean._raw(r, "page_text", k) for k, r in enumerate(rows)]
        stats = corpus_line_stats(raws)
        before = bench_clean.ours(raws, stats)
        gold = [outlet_gold(r) for r in rows]
        alone: Counter[str] = Counter()
        misses = []
        cpu = 0.0
        for row, art, want in zip(rows, before, gold, strict=True):
            blocks = plaintext.split_blocks(row["page_text"])
            title = art.title if art else None
            title_at = blocks.index(title) if title in blocks else -1
            started = time.process_time()
            found = metadata.masthead(blocks, title_at)
            cpu += time.process_time() - started
            with_url = metadata.masthead(blocks, title_at, row.get("url"))
            old = art.outlet if art else None
            right = pd2._name(want)
            alone["old"] += pd2._name(old) == right
            alone["masthead or old"] += pd2._name(found[0] if found else old) == right
            alone["masthead+url or old"] += pd2._name(with_url[0] if with_url else old) == right
            alone[f"evidence {found[1] if found else 'none'}"] += 1
            if (
                pd2._name(with_url[0] if with_url else old) != right
                or pd2._name(found[0] if found else old) != right
            ):
                misses.append(
                    {"id": row["id"], "gold": want, "old": old, "masthead": found, "with url": with_url}
                )

        page_url: list[str | None] = [None]  # the URL of the page being cleaned (document.py has it at hand)

        def patched(
            blocks: list[str],
            aggressiveness: float = 0.5,
            stats: Any = None,
            url: list[str | None] = page_url,
        ) -> Any:
            result = original(blocks, aggressiveness, stats)
            title_at = blocks.index(result.title) if result.title in blocks else -1
            result.outlet = metadata.masthead_outlet(blocks, title_at, url[0]) or result.outlet
            return result

        with_call: dict[str, list[Any]] = {}
        plaintext.clean_plain_blocks = document.clean_plain_blocks = patched  # type: ignore[assignment]
        try:
            for variant in ("no url", "url"):
                with_call[variant] = []
                for raw in raws:
                    page_url[0] = raw.url if variant == "url" else None
                    with_call[variant] += bench_clean.ours([raw], stats)
        finally:
            plaintext.clean_plain_blocks = document.clean_plain_blocks = original  # type: ignore[assignment]
        after = with_call["no url"]
        same_text = sum(
            1
            for a, b, c in zip(before, after, with_call["url"], strict=True)
            if (a.text if a else None) == (b.text if b else None) == (c.text if c else None)
        )
        pipeline = {
            variant: sum(
                1
                for b, want in zip(found, gold, strict=True)
                if pd2._name(b.outlet if b else None) == pd2._name(want)
            )
            for variant, found in with_call.items()
        }
        pages = len(rows)
        entry: dict[str, Any] = {
            "pages": pages,
            "old": round(alone["old"] / pages, 4),
            "masthead or old": round(alone["masthead or old"] / pages, 4),
            "masthead+url or old": round(alone["masthead+url or old"] / pages, 4),
            "through clean_document with the call": round(pipeline["no url"] / pages, 4),
            "through clean_document with the call and the URL": round(pipeline["url"] / pages, 4),
            "body text identical": f"{same_text} of {pages}",
            "evidence": {k[9:]: v for k, v in alone.items() if k.startswith("evidence")},
            "masthead cpu ms per page": round(1000 * cpu / pages, 3),
            "misses": misses,
        }
        if n == 3:
            entry["by template"] = {
                t: round(
                    sum(
                        1
                        for r, b, want in zip(rows, after, gold, strict=True)
                        if r["template"] == t and pd2._name(b.outlet if b else None) == pd2._name(want)
                    )
                    / sum(1 for r in rows if r["template"] == t),
                    2,
                )
                for t in sorted({r["template"] for r in rows})
            }
        out[f"batch{n}"] = entry
        print(f"outlet batch{n}", {k: v for k, v in entry.items() if k != "misses"}, flush=True)
    out["real pages"] = real_site_names()
    return out


def real_site_names() -> dict[str, Any]:
    """The two dev sets whose gold names a site (readability_testpages ``gold_meta.siteName``, Readability.js's
    choice, often og:site_name; trafilatura_eval ``gold_meta.sitename`` on a few pages): exact-name accuracy of
    the plain path's outlet today, with the masthead, and with the masthead and the URL."""
    from benchmarks import bench_clean
    from newsfuse.clean import metadata, plaintext
    from newsfuse.clean.document import corpus_line_stats

    out: dict[str, Any] = {}
    for name, key in (("readability_testpages", "siteName"), ("trafilatura_eval", "sitename")):
        rows = [
            r
            for r in pd2._read(bench_clean.DATA / name / f"{name}.jsonl.gz")
            if (r.get("gold_meta") or {}).get(key)
        ]
        raws = [bench_clean._raw(r, "page_text", k) for k, r in enumerate(rows)]
        arts = bench_clean.ours(raws, corpus_line_stats(raws))
        right: Counter[str] = Counter()
        for row, art in zip(rows, arts, strict=True):
            blocks = plaintext.split_blocks(row["page_text"] or "")
            title_at = blocks.index(art.title) if art and art.title in blocks else -1
            old = art.outlet if art else None
            want = pd2._name(row["gold_meta"][key])
            right["old"] += pd2._name(old) == want
            right["masthead or old"] += pd2._name(metadata.masthead_outlet(blocks, title_at) or old) == want
            found = metadata.masthead_outlet(blocks, title_at, row.get("url"))
            right["masthead+url or old"] += pd2._name(found or old) == want
            right["masthead fires"] += found is not None
        out[name] = {"pages": len(rows), **{k: round(v / len(rows), 4) for k, v in right.items()}}
        print("site names", name, out[name], flush=True)
    return out


OFF_RULES = ("STANDFIRSTS", "PULL_QUOTES", "CAPTIONS")
"""The plain cleaner's rules committed off (plaintext module switches), each measured on as a variant."""


def off_rule_variant(rows: list[dict[str, Any]], *switches: str) -> dict[str, Any]:
    """The working tree with the given switches of ``plaintext`` on (committed off), in process."""
    from benchmarks import bench_clean
    from newsfuse.clean import plaintext
    from newsfuse.clean.document import corpus_line_stats

    raws = [bench_clean._raw(r, "page_text", k) for k, r in enumerate(rows)]
    defaults = {name: getattr(plaintext, name) for name in switches if hasattr(plaintext, name)}
    for name in defaults:
        setattr(plaintext, name, True)
    try:
        mine = bench_clean.ours(raws, corpus_line_stats(raws))
    finally:
        for name, value in defaults.items():
            setattr(plaintext, name, value)
    pages = [pd2._page(a, r) for a, r in zip(mine, rows, strict=True)]
    return {"quality": pd2.quality(pages, rows, bench_clean.token_prf), "errors": pd2.errors(pages, rows)}


# ------------------------------------------------------------------------------------------------ report


def markdown(results: dict[str, Any], command: str) -> str:
    revs = list(results["revisions"])
    first = results["revisions"][revs[0]]["batch3"]
    lines = [
        "# plain_dev batch 3 (held out) — the plain cleaner by revision, error kinds, and the masthead outlet",
        "",
        f"Made by `{command}` on {results['date']}. Data: benchmarks/data/plain_dev/BATCH3.md (30 pages, ten",
        "templates no other batch has, original fiction, gold and metadata gold fixed before any cleaner ran; 0 shared",
        "6-grams with the test sets). Harness: bench_plain_dev2's, imported (token F1 averaged over pages,",
        "page_text input, line statistics over the batch's own pages); trafilatura on the same page_text lines.",
        "",
        "| | " + " | ".join(f"{r} ({results['revisions'][r]['commit']})" for r in revs) + " | trafilatura |",
        "|---|" + "---|" * (len(revs) + 1),
    ]
    traf = results["trafilatura"]["batch3"]
    for k in ("f1", "precision", "recall"):
        lines.append(
            f"| batch3 {k} | "
            + " | ".join(f"{results['revisions'][r]['batch3']['quality']['all'][k]:.4f}" for r in revs)
            + f" | {traf['all'][k]:.4f} |"
        )
    for key in sorted(k for k in first["quality"] if k.startswith("template ")):
        lines.append(
            f"| {key[9:]} F1 | "
            + " | ".join(f"{results['revisions'][r]['batch3']['quality'][key]['f1']:.4f}" for r in revs)
            + f" | {traf[key]['f1']:.4f} |"
        )
    for k in ("title", "outlet", "byline", "date found", "date day", "date exact"):
        lines.append(
            f"| batch3 {k} | "
            + " | ".join(f"{results['revisions'][r]['batch3']['metadata'][k]:.4f}" for r in revs)
            + " | |"
        )
    lines.append(
        "| CPU s (30 pages) | "
        + " | ".join(f"{results['revisions'][r]['batch3']['cpu seconds']:.3f}" for r in revs)
        + " | |"
    )
    for label in revs:
        errs = results["revisions"][label]["batch3"]["errors"]
        lines += ["", f"Error kinds at {label}: chrome lines kept / body lines lost", ""]
        lines.append("- chrome kept: " + ", ".join(f"{k} {v}" for k, v in errs["chrome kept"].items()))
        lines.append(
            "- body lost: " + (", ".join(f"{k} {v}" for k, v in errs["body lost"].items()) or "none")
        )
    last = results["revisions"][revs[-1]]["batch3"]["errors"]
    lines += ["", f"'Other chrome' kept at {revs[-1]}, by template (line: pages):", ""]
    for template, found in last["other chrome kept, by template"].items():
        lines.append(f"- {template}: " + "; ".join(f"{k} ({v})" for k, v in found.items()))
    if last["body lost, by template"]:
        lines += ["", f"Body lost at {revs[-1]}, by template:", ""]
        for template, found in last["body lost, by template"].items():
            lines.append(f"- {template}: " + "; ".join(found))
    by_template = results["revisions"][revs[-1]]["batch3"].get("metadata by template")
    if by_template:
        kinds = ("title", "outlet", "byline", "date day", "date exact")
        lines += ["", f"Plain-text metadata on batch 3 by template ({revs[-1]}, before the outlet call):", ""]
        lines += ["| template | " + " | ".join(kinds) + " |", "|---|" + "---|" * len(kinds)]
        for template, found in by_template.items():
            lines.append(f"| {template} | " + " | ".join(f"{found[k]:.2f}" for k in kinds) + " |")
    if "off rules" in results:
        lines += [
            "",
            "The working tree with rules committed off switched on (plaintext switches), batch 3:",
            "",
        ]
        for label, cut in results["off rules"].items():
            lines.append(
                f"- {label}: F1 {cut['quality']['all']['f1']:.4f} (P {cut['quality']['all']['precision']:.4f} / R"
                f" {cut['quality']['all']['recall']:.4f}); chrome kept: "
                + ", ".join(f"{k} {v}" for k, v in cut["errors"]["chrome kept"].items())
                + "; body lost: "
                + (", ".join(f"{k} {v}" for k, v in cut["errors"]["body lost"].items()) or "none")
            )
    if "outlet" in results:
        lines += [
            "",
            "## Outlet: the masthead reading (clean.metadata.masthead, working tree)",
            "",
            "Batches 1 and 2 are the sets it was tuned on; batch 3 is the check. 'old' = the plain path's outlet",
            "today (copyright / 'Source:' lines); 'masthead or old' = masthead(blocks, title_at) when it finds one;",
            "'+url' also lets the page URL's host be the evidence; 'with the call' = the proposed line in",
            "plaintext.clean_plain_blocks (no URL there), run through the whole plain path (clean_document);",
            "'+ URL' = the same call given the page's URL (as document.py could, where raw.url is at hand).",
            "",
            "| | pages | old | masthead or old | masthead+url or old | with the call | with the call + URL |"
            " body text identical | masthead CPU ms/page |",
            "|---|---|---|---|---|---|---|---|---|",
        ]
        for batch, found in results["outlet"].items():
            if batch == "real pages":
                continue
            lines.append(
                f"| {batch} | {found['pages']} | {found['old']:.3f} | {found['masthead or old']:.3f} |"
                f" {found['masthead+url or old']:.3f} | {found['through clean_document with the call']:.3f} |"
                f" {found['through clean_document with the call and the URL']:.3f} |"
                f" {found['body text identical']} | {found['masthead cpu ms per page']:.3f} |"
            )
        for name, found in results["outlet"].get("real pages", {}).items():
            lines.append(
                f"| {name} (gold site name) | {found['pages']} | {found['old']:.3f} |"
                f" {found['masthead or old']:.3f} | {found['masthead+url or old']:.3f} | | | | |"
            )
        by_template = results["outlet"]["batch3"].get("by template", {})
        if by_template:
            lines += [
                "",
                "Batch 3 outlet with the call, by template: "
                + ", ".join(f"{t} {v:.2f}" for t, v in by_template.items()),
            ]
    if results.get("notes"):
        lines += ["", "## Notes", "", results["notes"]]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--revs", nargs="*", default=list(REVISIONS), help="labels of REVISIONS, or commits")
    parser.add_argument("--no-outlet", action="store_true", help="skip the outlet study")
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--notes", default="", help="a notes paragraph for the .md")
    args = parser.parse_args()
    from benchmarks import bench_clean
    from benchmarks.saved import save_results

    pd2._stories = _stories3  # errors() reads the batch's stories through this module function
    rows = pd2._read(pd2.batch_path(3))
    results: dict[str, Any] = {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "revisions": {}}
    for label in args.revs:
        rev = REVISIONS.get(label, label)
        pages = pd2.run_revision(rev, (3,))["batch3"]
        commit = "tree" if rev == "tree" else rev
        entry = {
            "quality": pd2.quality(pages["pages"], rows, bench_clean.token_prf),
            "metadata": pd2.metadata(pages["pages"], rows, bench_clean._norm),
            "errors": pd2.errors(pages["pages"], rows),
            "cpu seconds": round(pages["cpu"], 3),
        }
        entry["metadata by template"] = {
            template: {
                k: v
                for k, v in pd2.metadata(
                    [p for p, r in zip(pages["pages"], rows, strict=True) if r["template"] == template],
                    [r for r in rows if r["template"] == template],
                    bench_clean._norm,
                ).items()
                if k != "misses"
            }
            for template in sorted({r["template"] for r in rows})
        }
        results["revisions"][label] = {"commit": commit, "batch3": entry}
        print(label, commit, entry["quality"]["all"], flush=True)
    for label in list(results["revisions"])[:-1]:  # the metadata misses of the last revision only
        results["revisions"][label]["batch3"]["metadata"].pop("misses", None)
    peer = [{"text": bench_clean.trafilatura_text(r["page_text"], "page_text", r.get("url"))} for r in rows]
    results["trafilatura"] = {"batch3": pd2.quality(peer, rows, bench_clean.token_prf)}
    results["off rules"] = {}
    for switches in (*((name,) for name in OFF_RULES), OFF_RULES):
        label = " + ".join(switches)
        results["off rules"][label] = off_rule_variant(rows, *switches)
        print(label, results["off rules"][label]["quality"]["all"], flush=True)
    if not args.no_outlet:
        results["outlet"] = outlet_study()
    results["notes"] = args.notes
    command = ".venv/bin/python benchmarks/bench_plain_dev3.py"
    if args.revs != list(REVISIONS):
        command += " --revs " + " ".join(args.revs)
    if args.no_outlet:
        command += " --no-outlet"
    text = markdown(results, command)
    print(text)
    if not args.no_write:
        save_results("plain_dev3", results, text)


if __name__ == "__main__":
    main()
