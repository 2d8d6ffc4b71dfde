"""A synthetic CC-NEWS-like corpus of any size, made offline from the real articles of ../shared/data.

Each generated article is a perturbed copy of a real GVA article (a dev set): a few words swapped for
neighbours, one sentence sometimes dropped, the date shifted by a random number of days over two
years, and (for WARC output) page chrome around it: navigation, a cookie notice, related links and a
footer. About 15 % of the outputs are reprints (the same perturbed text under another outlet), as in a
real news crawl.

Stories grow with the corpus (generator 2, the default): a real crawl twice as large holds about twice as
many stories, not the same stories twice as often. The 5,783 source texts alone would make every event
grow with the corpus (~17 articles per event at 100,000, ~170 at 1,000,000), so each source is also
rewritten into ``n // 2000`` "worlds": in world ``w`` every content word is replaced by another one of the
source vocabulary through a fixed permutation of that vocabulary (stop words, numbers, punctuation and
capitalisation kept), which makes texts that no longer share shingles or terms with the other worlds'
while keeping the sentence shapes, word frequencies and the sources' own event structure. World 0 is the
source itself, so a corpus of fewer than 4,000 articles is the same as with generator 1 (``--generator 1``:
no worlds). ``--format warc`` writes gzipped WARC files of HTTP response records (the CC-NEWS
layout); ``--format jsonl`` writes the same articles as plain text in JSONL (the plain-text input of
the throughput target). Output goes under benchmarks/work/ (git-ignored); the seed makes it
reproducible, so only this script is committed.

    python benchmarks/warc_generator.py --articles 10000 --format warc --seed 9
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import math
import os
import random
import re
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsfuse.ingest.datasets import read_records
from newsfuse.text.words import STOP_WORDS

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSFUSE_SHARED_DATA", ROOT.parent / "shared" / "data"))
SOURCE = SHARED / "gva_violent_corpus" / "gva_violent_corpus.jsonl.gz"
WORK = ROOT / "benchmarks" / "work"
OUTLETS = [
    f"{a} {b}" for a in ("North", "Valley", "Lake", "Harbor", "River") for b in ("Post", "Times", "Wire")
]
START = date(2024, 1, 1)
ARTICLES_PER_WORLD = 2000
_WORD = re.compile(r"[A-Za-z]+")


def _sources() -> list[dict[str, str]]:
    rows = [r for r in read_records(SOURCE) if len(str(r.get("text", "")).split()) >= 60]
    return [{"title": str(r.get("title") or ""), "text": str(r["text"])} for r in rows]


def _perturb(text: str, rng: random.Random) -> str:
    paragraphs = [p for p in text.split("\n") if p.strip()]
    if len(paragraphs) > 4 and rng.random() < 0.5:
        paragraphs.pop(rng.randrange(1, len(paragraphs)))
    out = []
    for p in paragraphs:
        words = p.split()
        for _ in range(len(words) // 40):
            i = rng.randrange(len(words) - 1)
            words[i], words[i + 1] = words[i + 1], words[i]
        out.append(" ".join(words))
    return "\n\n".join(out)


def _worlds(sources: list[dict[str, str]], seed: int) -> Callable[[str, int], str]:
    """``rewrite(text, world)``: every content word of ``text`` replaced through world ``world``'s permutation
    of the sources' content vocabulary (an affine map of word ranks, so no table per world is kept)."""
    vocabulary = sorted(
        {w.lower() for s in sources for w in _WORD.findall(s["text"] + " " + s["title"])} - STOP_WORDS
    )
    vocabulary = [w for w in vocabulary if len(w) > 2]
    rank = {w: i for i, w in enumerate(vocabulary)}
    size = len(vocabulary)

    def rewrite(text: str, world: int) -> str:
        if world == 0:
            return text
        pick = random.Random(seed * 100_003 + world)
        a = pick.randrange(1, size)
        while math.gcd(a, size) != 1:
            a += 1
        b = pick.randrange(size)

        def swap(match: re.Match[str]) -> str:
            word = match.group(0)
            at = rank.get(word.lower())
            if at is None:
                return word
            new = vocabulary[(at * a + b) % size]
            if word.isupper() and len(word) > 1:
                return new.upper()
            return new.capitalize() if word[0].isupper() else new

        return _WORD.sub(swap, text)

    return rewrite


def articles(n: int, seed: int, generator: int = 2) -> Iterator[dict[str, str]]:
    """``n`` synthetic articles: id, outlet, url, title, date, text (``generator``: see the module docstring)."""
    rng = random.Random(seed)
    sources = _sources()
    worlds = max(1, n // ARTICLES_PER_WORLD) if generator >= 2 else 1
    rewrite = _worlds(sources, seed) if worlds > 1 else None
    last: dict[str, str] | None = None
    for i in range(n):
        outlet = rng.choice(OUTLETS)
        if last is not None and rng.random() < 0.15:
            body, title, day = last["text"], last["title"], last["date"]
        else:
            src = rng.choice(sources)
            body, title = _perturb(src["text"], rng), src["title"]
            day = (START + timedelta(days=rng.randrange(730))).isoformat()
            if rewrite is not None:
                world = rng.randrange(worlds)
                body, title = rewrite(body, world), rewrite(title, world)
        slug = f"{i:08d}"
        host = outlet.lower().replace(" ", "")
        last = {"id": slug, "outlet": outlet, "url": f"https://{host}.example/news/{slug}", "title": title}
        last.update(date=day, text=body)
        yield last


def _page(article: dict[str, str], rng: random.Random) -> str:
    nav = "".join(f'<li><a href="/{s}">{s.title()}</a></li>' for s in ("news", "sport", "weather", "opinion"))
    related = "".join(f'<li><a href="/r/{rng.randrange(10**6)}">Related story {k}</a></li>' for k in range(4))
    body = "".join(f"<p>{html.escape(p)}</p>" for p in article["text"].split("\n\n"))
    return (
        f"<!DOCTYPE html><html><head><title>{html.escape(article['title'])}</title>"
        f'<meta property="article:published_time" content="{article["date"]}T08:00:00Z">'
        f'<meta property="og:site_name" content="{article["outlet"]}"></head><body>'
        f'<header><nav><ul>{nav}</ul></nav><div class="cookie">We use cookies. Accept?</div></header>'
        f"<main><article><h1>{html.escape(article['title'])}</h1>{body}</article>"
        f"<aside><h2>Read more</h2><ul>{related}</ul></aside></main>"
        f"<footer>© {article['outlet']}. All rights reserved. Contact · Privacy · Terms</footer></body></html>"
    )


def write_warc(n: int, seed: int, out: Path, per_file: int = 5000, generator: int = 2) -> list[Path]:
    """``n`` articles as gzipped WARC files of at most ``per_file`` responses each."""
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed + 1)
    files: list[Path] = []
    writer = None
    handle = None
    for i, article in enumerate(articles(n, seed, generator)):
        if i % per_file == 0:
            if handle is not None:
                handle.close()
            files.append(out / f"CC-NEWS-{len(files):05d}.warc.gz")
            handle = files[-1].open("wb")
            writer = WARCWriter(handle, gzip=True)
        assert writer is not None
        body = _page(article, rng).encode("utf-8")
        headers = StatusAndHeaders(
            "200 OK",
            [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(body)))],
            "HTTP/1.1",
        )
        record = writer.create_warc_record(
            article["url"], "response", payload=BytesIO(body), http_headers=headers
        )
        writer.write_record(record)
    if handle is not None:
        handle.close()
    return files


def write_jsonl(n: int, seed: int, out: Path, generator: int = 2) -> list[Path]:
    """``n`` articles as plain text in one gzipped JSONL file."""
    out.mkdir(parents=True, exist_ok=True)
    path = out / "articles.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        for article in articles(n, seed, generator):
            handle.write(json.dumps(article, ensure_ascii=False) + "\n")
    return [path]


def folder_name(fmt: str, n: int, seed: int, generator: int) -> str:
    """Where a generated corpus is kept under WORK (generator 1 keeps its old names)."""
    return f"{fmt}-{n}-s{seed}" + (f"-g{generator}" if generator != 1 else "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--format", choices=["warc", "jsonl"], default="warc")
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--generator", type=int, choices=[1, 2], default=2)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    out = args.out or WORK / folder_name(args.format, args.articles, args.seed, args.generator)
    writer = write_warc if args.format == "warc" else write_jsonl
    for path in writer(args.articles, args.seed, out, generator=args.generator):
        print(path)


if __name__ == "__main__":
    main()
