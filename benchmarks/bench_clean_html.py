"""The HTML path on the dev sets, variant by variant, from cached trafilatura runs (dev sets only).

    .venv/bin/python benchmarks/bench_clean_html.py --cache cleaneval --favor balanced   # fill the caches
    .venv/bin/python benchmarks/bench_clean_html.py --plain cleaneval                    # visible + plain verdicts
    .venv/bin/python benchmarks/bench_clean_html.py --variants                           # score the variants

trafilatura's extraction of each page (per option set) and the plain-text cleaner's verdict on its visible
blocks are computed once and kept under benchmarks/work/clean_html (never committed); each variant of our
steps then runs from them, so variants differ only in our steps. The test set (scrapinghub_aeb) is never
read here: it is run once at the end by bench_clean.py.
"""

from __future__ import annotations

import argparse
import gzip
import html as htmllib
import json
import os
import pickle
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from benchmarks.bench_clean import (  # noqa: E402
    SNIPPET_SET,
    _gold_date,
    _mean,
    _norm,
    _snippet_hits,
    records,
)
from benchmarks.metrics import token_prf  # noqa: E402
from newsfuse.clean import html as H  # noqa: E402
from newsfuse.clean import metadata as M  # noqa: E402
from newsfuse.clean.normalize import normalize_text  # noqa: E402
from newsfuse.clean.plaintext import PlainTextResult, clean_plain_blocks  # noqa: E402

WORK = Path(os.environ.get("NEWSFUSE_CLEAN_HTML_WORK") or ROOT / "benchmarks" / "work" / "clean_html")
"""Where the caches go (``NEWSFUSE_CLEAN_HTML_WORK`` overrides: a private copy while others share the tree)."""
MODERN = "html_dev"
"""Our own dev set of modern news pages (original fiction, benchmarks/data/html_dev/README.md)."""
MODERN_FILE = ROOT / "benchmarks" / "data" / "html_dev" / "html_dev.jsonl.gz"
MODERN2 = "html_dev2"
"""html_dev's second batch (eighteenth round; ten other templates, benchmarks/data/html_dev/BATCH2.md)."""
MODERN_FILES = {MODERN: MODERN_FILE, MODERN2: MODERN_FILE.with_name("html_dev2.jsonl.gz")}
OLD = ("cleaneval", "cleanportaleval", "l3s_gn1", "readability_testpages")
"""The third-party dev sets scored by token F1 (2006-2016 pages)."""
DEV = (*OLD, SNIPPET_SET, MODERN, MODERN2)
FAVORS = ("balanced", "precision", "recall", "fast")


def _recs(name: str) -> list[dict[str, Any]]:
    assert name in DEV, "dev sets only"
    if name in MODERN_FILES:
        with gzip.open(MODERN_FILES[name], "rt", encoding="utf-8") as handle:
            return [json.loads(line) for line in handle]
    recs = list(records(name))
    return recs if name == SNIPPET_SET else [r for r in recs if r.get("gold_text") is not None]


def _plain_copy(found: dict[str, object]) -> dict[str, object]:
    return {
        k: str(v) if isinstance(v, str) else v
        for k, v in found.items()
        if isinstance(v, str | int | float | type(None))
    }


def extract_variant(html: str, url: str | None, favor: str) -> dict[str, object]:
    """trafilatura with our settings; ``fast``: balanced without the readability/justext fallbacks."""
    if favor != "fast":
        return H.extract(html, url, favor)
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=True, fast=True
    )
    return doc.as_dict() if doc is not None and not isinstance(doc, dict) else doc or {}


def cache_extract(name: str, favor: str) -> None:
    path = WORK / f"{name}.{favor}.pickle"
    out: list[dict[str, object]] = []
    start = time.process_time()
    for r in _recs(name):
        try:
            out.append(_plain_copy(extract_variant(str(r.get("html") or ""), r.get("url"), favor)))
        except Exception as error:
            out.append({"error": repr(error)})
    path.write_bytes(pickle.dumps(out))
    print(name, favor, len(out), f"{time.process_time() - start:.1f} CPU s", flush=True)


def cache_plain(name: str) -> None:
    path = WORK / f"{name}.plain.pickle"
    out: list[tuple[list[str], PlainTextResult | None]] = []
    for r in _recs(name):
        visible = [n for n in map(normalize_text, H.visible_blocks(str(r.get("html") or ""))) if n]
        out.append((visible, clean_plain_blocks(visible, 0.5) if visible else None))
    path.write_bytes(pickle.dumps(out))
    print(name, "plain", len(out), flush=True)


@dataclass
class Page:
    html: str
    url: str | None
    gold: str | None
    rec: dict[str, Any]
    extracted: dict[str, dict[str, object]]
    visible: list[str]
    plain: PlainTextResult | None


def load(name: str, favors: tuple[str, ...] = ("balanced",)) -> list[Page]:
    recs = _recs(name)
    plain = pickle.loads((WORK / f"{name}.plain.pickle").read_bytes())
    ex = {
        f: pickle.loads((WORK / f"{name}.{f}.pickle").read_bytes())
        for f in favors
        if (WORK / f"{name}.{f}.pickle").exists()
    }
    return [
        Page(
            str(r.get("html") or ""),
            r.get("url"),
            r.get("gold_text"),
            r,
            {f: ex[f][n] for f in ex},
            *plain[n],
        )
        for n, r in enumerate(recs)
    ]


def score(name: str, texts: list[str], pages: list[Page]) -> dict[str, float]:
    if name == SNIPPET_SET:
        return _snippet_hits(texts, [p.rec for p in pages])
    return _mean([token_prf(t, p.gold or "") for t, p in zip(texts, pages, strict=True)])


def ours(page: Page, favor: str = "balanced", **flags: Any) -> str:
    """Our HTML path on a cached page; ``flags``: clean_html's keywords (aggressiveness 0.5 = default)."""
    kw: dict[str, Any] = {"aggressiveness": 0.5, "fallback": True, "lead": True, "inside": True}
    kw.update(flags)
    data = page.extracted.get(favor) or {}
    return H.clean_html(
        page.html, page.url, favor, extracted=data, page=(page.visible, page.plain), **kw
    ).text


def _mode_text(page: Page, favor: str) -> str:
    """trafilatura's body text of the page in another mode (cached: ``--cache <set> --favor <mode>``)."""
    return str(page.extracted[favor].get("text") or "")


VARIANTS: dict[str, Any] = {
    "trafilatura": lambda p: ours(p, aggressiveness=None, fallback=False, lead=False, inside=False),
    "ours": ours,
    "links_any": partial(ours, max_link=None),
    "nosplit": partial(ours, split=H.Split(on=False)),
    "split_f0": partial(ours, split=H.Split(floor=0.0)),
    "split_f05": partial(ours, split=H.Split(floor=0.05)),
    **{f"split_skip{k}": partial(ours, split=H.Split(skip=k)) for k in (0, 1, 3, 30, 100, 1000)},
    **{f"split_words{k}": partial(ours, split=H.Split(words=k)) for k in (0, 30, 60)},
    **{f"split_tail{int(k * 100)}": partial(ours, split=H.Split(tail=k)) for k in (0.5, 0.95, 1.0)},
    **{f"thread{k}": partial(ours, thread=k) for k in (0, 3, 4, 6, 10)},
    "round14": partial(ours, split=H.Split(skip=10), thread=0),
    "credits": partial(ours, credits=True),
    "twice_ok": partial(ours, once=False),
    "comments_ok": partial(ours, no_comments=False),
    "round12": partial(ours, once=False, no_comments=False, max_link=None),
    **{f"links{int(x * 100)}": partial(ours, max_link=x) for x in (0.3, 0.7)},
    "nopost": lambda p: ours(p, aggressiveness=None),
    "nolead": lambda p: ours(p, lead=False),
    "noinside": lambda p: ours(p, inside=False),
    "nofallback": lambda p: ours(p, fallback=False),
    **{
        f"traf_{f}": partial(ours, favor=f, aggressiveness=None, fallback=False, lead=False, inside=False)
        for f in ("precision", "recall", "fast")
    },
    **{f"ours_{f}": partial(ours, favor=f) for f in ("precision", "recall", "fast")},
    **{
        f"no_{rule}": partial(ours, post_rules=H.POST_FILTER_RULES - {rule})
        for rule in ("related_block", "comment_section", "menu", "copyright")
    },
    "no_chrome_phrase": partial(ours, chrome_lines=False),
    "floor0": lambda p: ours(p, post_floor=0.0),
    "floor05": lambda p: ours(p, post_floor=0.05),
    "lead_gap0": lambda p: ours(p, lead_gap=0, inside=False),
    "lead_gap0_p90": lambda p: ours(p, lead_gap=0, min_probability=0.9, inside=False),
    "lead_p90": lambda p: ours(p, min_probability=0.9, inside=False),
    "agree_add": lambda p: ours(p, recall_text=_mode_text(p, "recall")),
    "agree_cut": lambda p: ours(p, precision_text=_mode_text(p, "precision")),
    "main_cut": partial(ours, main_cut=True),
    "main_back": partial(ours, main_back=True),
    "main_both": partial(ours, main_cut=True, main_back=True),
    "agree_main_all": lambda p: ours(p, precision_text=_mode_text(p, "precision"), main_cut=True),
    "agree_main_any": lambda p: ours(
        p, precision_text=_mode_text(p, "precision"), main_cut=True, views="any"
    ),
    "agree_main_both": lambda p: ours(
        p, precision_text=_mode_text(p, "precision"), main_cut=True, views="both"
    ),
    "agree_full": lambda p: ours(
        p, precision_text=_mode_text(p, "precision"), recall_text=_mode_text(p, "recall")
    ),
    "agree_main_full": lambda p: ours(
        p, precision_text=_mode_text(p, "precision"), main_cut=True, main_back=True
    ),
    "robust": lambda p: ours(p, lead=False, inside=False),
    **{
        f"robust_no_{rule}": partial(ours, lead=False, inside=False, post_rules=H.POST_FILTER_RULES - {rule})
        for rule in ("related_block", "comment_section", "menu", "copyright")
    },
    "robust_nopost": partial(ours, lead=False, inside=False, aggressiveness=None),
    "robust_nohead": partial(ours, lead=False, inside=False, head=frozenset()),
    "robust_floor0": partial(ours, lead=False, inside=False, post_floor=0.0),
    "robust_nofallback": partial(ours, lead=False, inside=False, fallback=False),
    "robust_nosplit": partial(ours, lead=False, inside=False, split=H.Split(on=False)),
    "robust_thread0": partial(ours, lead=False, inside=False, thread=0),
    "robust_agree": lambda p: ours(
        p,
        lead=False,
        inside=False,
        precision_text=_mode_text(p, "precision"),
        main_cut=True,
        views="both",
    ),
    "apart": partial(ours, apart=H.APART_TAGS),
    "aside": partial(ours, apart=frozenset({"aside"})),
    "lead_headings": partial(ours, lead_apart=H.HEADING_TAGS),
    "apart_headings": partial(ours, apart=H.APART_TAGS, lead_apart=H.HEADING_TAGS),
    "aside_headings": partial(ours, apart=frozenset({"aside"}), lead_apart=H.HEADING_TAGS),
    "apart_nolead": partial(ours, apart=H.APART_TAGS, lead=False),
    "aside_nolead": partial(ours, apart=frozenset({"aside"}), lead=False),
    "robust_nochrome": lambda p: ours(p, lead=False, inside=False, chrome_lines=False),
    "robust_lead": lambda p: ours(p, inside=False),
    "robust_chrome": lambda p: ours(
        p, lead=False, inside=False, post_rules=H.POST_FILTER_RULES | {"chrome_phrase"}
    ),
    **{
        f"head_{name}": partial(ours, lead=False, inside=False, head=frozenset(parts))
        for name, parts in {
            "all": H.HEAD_PARTS,
            "h": {"headline"},
            "s": {"standfirst"},
            "l": {"label"},
            "b": {"byline"},
            "hs": {"headline", "standfirst"},
            "hsl": {"headline", "standfirst", "label"},
            "hsb": {"headline", "standfirst", "byline"},
            "lb": {"label", "byline"},
            "hlb": {"headline", "label", "byline"},
        }.items()
    },
    **{
        f"headp_{name}": partial(ours, lead=False, inside=False, head=frozenset(parts), head_parent=True)
        for name, parts in {
            "all": H.HEAD_PARTS,
            "s": {"standfirst"},
            "lbs": {"label", "byline", "standfirst"},
        }.items()
    },
    "lca": lambda p: ours(p, structure="lca"),
    "sib": lambda p: ours(p, structure="sibling"),
    "p85": lambda p: ours(p, min_probability=0.85),
    "rules": lambda p: ours(p, post_floor=0.0),
    "nocomments": lambda p: ours(p, post_rules=H.POST_FILTER_RULES - {"comment_section"}),
    "noinside_lca": lambda p: ours(p, structure="lca", inside=False),
    **{f"in_gap{g}": partial(ours, inside_gap=g) for g in (0, 1, 2, 3)},
    **{f"in_coh{int(c * 100)}": partial(ours, inside_coherence=c) for c in (0.2, 0.3, 0.4, 0.5)},
    **{
        f"in_gap{g}_coh{int(c * 100)}": partial(ours, inside_gap=g, inside_coherence=c)
        for g in (1, 2)
        for c in (0.2, 0.3)
    },
    "captions": partial(ours, captions=True),
    "captions_coh30": partial(ours, captions=True, inside_coherence=0.3),
    "captions_both30": partial(ours, captions=True, inside_coherence=0.3, lead_coherence=0.3),
    **{f"lead_coh{int(c * 100)}": partial(ours, lead_coherence=c) for c in (0.1, 0.2, 0.3, 0.4)},
    **{
        f"both_coh{int(c * 100)}": partial(ours, lead_coherence=c, inside_coherence=c)
        for c in (0.2, 0.3, 0.4)
    },
}


def run_variants(names: list[str], variants: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in names:
        pages = load(name, FAVORS)
        row: dict[str, Any] = {}
        got: dict[str, list[str]] = {variant: [] for variant in variants}
        for page in pages:  # page by page: the variants share the page's parse (``H.visible_parts``)
            for variant in variants:
                got[variant].append(VARIANTS[variant](page))
        for variant, texts in got.items():
            row[variant] = score(name, texts, pages)
            (WORK / f"{name}.{variant}.texts.pickle").write_bytes(pickle.dumps(texts))
        out[name] = row
        print(name, json.dumps(row), flush=True)
    return out


def page_scores(name: str, texts: list[str], pages: list[Page]) -> list[float]:
    """Each page's own figure: token F1, or (trafilatura_eval) the share of its snippets kept or dropped right."""
    if name != SNIPPET_SET:
        return [token_prf(t, p.gold or "")["f1"] for t, p in zip(texts, pages, strict=True)]
    out = []
    for text, page in zip(texts, pages, strict=True):
        hits = _snippet_hits([text], [page.rec])
        out.append(hits["mean"])
    return out


def compare(names: list[str], base: str, others: list[str]) -> dict[str, Any]:
    """Pages better and worse than ``base`` under each other variant (saved texts of ``--variants``)."""
    out: dict[str, Any] = {}
    for name in names:
        pages = load(name)
        ref = page_scores(name, pickle.loads((WORK / f"{name}.{base}.texts.pickle").read_bytes()), pages)
        row = {}
        for other in others:
            got = page_scores(name, pickle.loads((WORK / f"{name}.{other}.texts.pickle").read_bytes()), pages)
            row[other] = [
                sum(g > r + 1e-9 for g, r in zip(got, ref, strict=True)),
                sum(g < r - 1e-9 for g, r in zip(got, ref, strict=True)),
            ]
        out[name] = row
        print(name, f"better / worse than {base}:", json.dumps(row), flush=True)
    return out


TITLE_SETS = ("l3s_gn1", "readability_testpages", SNIPPET_SET, MODERN, MODERN2)
"""The dev sets with a gold title."""
_OG_TITLE = re.compile(
    r"<meta\b[^>]*?(?:property|name)=[\"']og:title[\"'][^>]*?content=[\"']([^\"']*)[\"']", re.IGNORECASE
)


def title_of(page: Page, **flags: Any) -> str | None:
    """``choose_title`` on a cached page, as ``clean_html`` calls it (``flags``: its keywords)."""
    data = page.extracted.get("balanced") or {}

    def field(name: str) -> str | None:
        value = data.get(name)
        return str(value).strip() or None if value else None

    return H.choose_title(
        field("title"),
        page.plain.title if page.plain else None,
        page.visible,
        str(data.get("text") or ""),
        field("sitename"),
        page.url or field("url"),
        H.page_title(page.html),
        H.page_headings(page.html),
        **flags,
    )


def title_sources(page: Page) -> dict[str, str | None]:
    """The candidates a title could come from, for the error kinds of ``--titles``."""
    data = page.extracted.get("balanced") or {}
    found = _OG_TITLE.search(page.html)
    tag = H.page_title(page.html)
    return {
        "trafilatura": str(data.get("title") or "") or None,
        "og:title": htmllib.unescape(found.group(1)) if found else None,
        "<title>": tag,
        "<title> less site": H.strip_site_name(tag, str(data.get("sitename") or "") or None, page.url)
        if tag
        else None,
        "<h1>": " / ".join(H.page_headings(page.html)) or None,
        "plain headline": page.plain.title if page.plain else None,
    }


def title_kinds(names: list[str], **flags: Any) -> dict[str, Any]:
    """Title accuracy per set, and for each wrong title which source holds the gold (normalised exact match)."""
    out: dict[str, Any] = {}
    for name in names:
        pages = [p for p in load(name) if p.rec.get("gold_title")]
        right, kinds, chosen_from = 0, Counter[str](), Counter[str]()
        for page in pages:
            gold = _norm(str(page.rec["gold_title"]))
            mine = title_of(page, **flags)
            if mine and _norm(mine) == gold:
                right += 1
                continue
            sources = title_sources(page)
            heads = [h for h in H.page_headings(page.html)]
            has = [k for k, v in sources.items() if v and _norm(v) == gold]
            if any(_norm(h) == gold for h in heads) and "<h1>" not in has:
                has.append("<h1>")
            if not has and any(_norm(b) == gold for b in page.visible):
                has.append("a visible block")
            kinds.update(has or ["none"])
            mine_from = [k for k, v in sources.items() if v and mine and _norm(v) == _norm(mine)]
            chosen_from.update(mine_from or ["other"])
        out[name] = {
            "pages": len(pages),
            "right": right,
            "accuracy": round(right / max(1, len(pages)), 4),
            "gold found in (wrong ones)": dict(kinds.most_common()),
            "ours equals (wrong ones)": dict(chosen_from.most_common()),
        }
        print(name, json.dumps(out[name]), flush=True)
    return out


DATE_SETS = (SNIPPET_SET, MODERN, MODERN2)
"""The dev sets with a gold publication day."""
DATE_VARIANTS: dict[str, tuple[str, frozenset[str]] | None] = {
    "trafilatura": None,
    "ld": ("first", frozenset({"ld"})),
    "time": ("first", frozenset({"time"})),
    "ld+time": ("first", frozenset({"ld", "time"})),
    "nested": ("instead", frozenset({"nested"})),
    "modified": ("instead", frozenset({"modified"})),
    "nested+modified": ("instead", frozenset({"nested", "modified"})),
}
"""How the page's own markup is used: "first", ``page_published(parts)`` tried before trafilatura's date;
"instead", ``published_day(parts)`` in place of trafilatura's date where the markup shows it is another date
(None: trafilatura's alone)."""


def _gold_day(name: str, rec: dict[str, Any]) -> str | None:
    if name == SNIPPET_SET:
        return _gold_date(rec)
    return str(rec.get("gold_date") or "")[:10] or None


def page_day(page: Page, how: tuple[str, frozenset[str]] | None) -> str | None:
    """The day the pipeline gives a cached page (``document._clean``: the date parsed, else the URL's), with
    the page's markup used as ``how`` says (``DATE_VARIANTS``)."""
    data = page.extracted.get("balanced") or {}
    value = str(data.get("date") or "") or None
    if how is not None and how[0] == "first":
        value = M.page_published(page.html, how[1]) or value
    elif how is not None:
        value = M.published_day(page.html, value, how[1])
    published = (M.parse_timestamp(value) or value) if value else M.date_from_url(page.url)
    return published[:10] if published else None


def date_kinds(names: list[str]) -> dict[str, Any]:
    """Date accuracy per set and variant (``DATE_VARIANTS``), and the pages each variant gets right or wrong
    against trafilatura's date."""
    out: dict[str, Any] = {}
    for name in names:
        pages = [p for p in load(name) if _gold_day(name, p.rec)]
        golds = [_gold_day(name, p.rec) for p in pages]
        base = [page_day(p, None) for p in pages]
        row: dict[str, Any] = {"items": len(pages)}
        for variant, how in DATE_VARIANTS.items():
            got = base if how is None else [page_day(p, how) for p in pages]
            right = [g == d for g, d in zip(got, golds, strict=True)]
            was = [g == d for g, d in zip(base, golds, strict=True)]
            row[variant] = {
                "found": round(sum(g is not None for g in got) / max(1, len(pages)), 4),
                "correct": round(sum(right) / max(1, len(pages)), 4),
                "fixed / broken": [
                    sum(r and not w for r, w in zip(right, was, strict=True)),
                    sum(w and not r for r, w in zip(right, was, strict=True)),
                ],
            }
        out[name] = row
        print(name, json.dumps(row), flush=True)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", nargs="*")
    parser.add_argument("--favor", nargs="*", default=["balanced"])
    parser.add_argument("--plain", nargs="*")
    parser.add_argument("--variants", nargs="*")
    parser.add_argument("--sets", nargs="*", default=list(DEV))
    parser.add_argument("--compare", nargs="*", help="BASE OTHER...: pages better / worse than BASE")
    parser.add_argument("--dates", nargs="*", help="date accuracy and variants on these sets (default: all)")
    parser.add_argument(
        "--titles", nargs="*", help="title accuracy and error kinds on these sets (default: all)"
    )
    args = parser.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    for name in args.cache or []:
        for favor in args.favor:
            cache_extract(name, favor)
    for name in args.plain or []:
        cache_plain(name)
    if args.variants is not None:
        run_variants(args.sets, args.variants or list(VARIANTS))
    if args.compare:
        compare(args.sets, args.compare[0], args.compare[1:])
    if args.titles is not None:
        title_kinds(args.titles or list(TITLE_SETS))
    if args.dates is not None:
        date_kinds(args.dates or list(DATE_SETS))


if __name__ == "__main__":
    main()
