"""Labelled dedup benchmark generated at run time from real articles in ../shared/data (never committed).

For sampled events, every article of the event is an original (the others are its hard negatives); each
original gets copies with known relations — exact, truncated (30–90% of its words), another site's chrome,
light edits (5–15% of words), paragraph re-order — and some get a rewrite that keeps 2–4 of its paragraphs
next to paragraphs of its own reporting (taken from an article of another event that is not in the corpus).
Before sampling, articles that overlap another article (shared rare word 8-grams: a reprint filed as a
different report, or a copy under two incidents) are collapsed to one, so hard negatives are true negatives.
``synthetic_corpus`` makes arbitrarily large corpora of the same shape for the cost curve.
"""

from __future__ import annotations

import gzip
import json
import random
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
SEED = 20260322
SOURCES = {
    "gva": ("gva_violent_corpus", "gva_violent_corpus.jsonl.gz"),
    "newscluster": ("newscluster_giveme5w1h", "newscluster_giveme5w1h.jsonl.gz"),
    "multinews": ("multinews", "multinews_longbench200.jsonl.gz"),
}
COPY_KINDS = ("exact", "truncated", "chrome", "edited", "reordered")
PASSAGE_MIN_WORDS = 25
"""A wire paragraph a rewrite keeps has at least this many words (the benchmark's definition of a passage)."""

_CHROME_TOP = [
    "Skip to main content",
    "Home | News | Local | Weather | Sports | Opinion",
    "Advertisement",
    "Sign up for our morning newsletter",
    "Follow us on Facebook and Twitter",
]
_CHROME_BOTTOM = [
    "Share this article",
    "Read more: Local news",
    "Copyright 2017 Tri-County Media Group. All rights reserved.",
    "You may also like",
    "Comments are closed.",
    "Tags: news, local, crime",
]


@dataclass(frozen=True)
class Original:
    id: str
    dataset: str
    event: str
    date: str
    paragraphs: tuple[str, ...]

    @property
    def words(self) -> int:
        return sum(len(p.split()) for p in self.paragraphs)


@dataclass
class Doc:
    id: str
    text: str
    published: str
    kind: str
    """original, exact, truncated, chrome, edited, reordered, rewrite."""
    group: str
    """Gold duplicate group: the original's id for it and its copies; a rewrite is its own group."""
    event: str
    fraction: float = 1.0
    """For truncated copies: the share of the original's words kept."""
    sources: tuple[int, ...] = ()
    """For synthetic documents: the pool paragraphs their original was made from (to tell chance overlap
    from two originals built on the same real paragraph)."""


@dataclass
class Benchmark:
    docs: list[Doc]
    shared: set[frozenset[str]]
    """Gold shared-passage relations as pairs of gold groups (rewrite, original)."""
    hard_negatives: list[tuple[str, str]]
    stats: dict[str, int] = field(default_factory=dict)


def _paragraphs(text: str) -> tuple[str, ...]:
    return tuple(p for p in (" ".join(line.split()) for line in text.split("\n")) if p)


def load_pool(data: Path = DATA) -> list[Original]:
    """Every usable article of the three sets (at least 80 words in 2+ paragraphs)."""
    pool: list[Original] = []

    def rows(name: str) -> Iterator[dict[str, object]]:
        folder, file = SOURCES[name]
        with gzip.open(data / folder / file, "rt", encoding="utf-8") as handle:
            for line in handle:
                yield json.loads(line)

    seen: set[str] = set()
    for row in rows("gva"):
        if str(row["id"]) not in seen:  # 39 articles are filed under two incidents: keep the first
            seen.add(str(row["id"]))
            pool.append(
                Original(
                    f"gva-{row['id']}",
                    "gva",
                    str(row["cluster"]),
                    str(row["date"] or ""),
                    _paragraphs(str(row["text"])),
                )
            )
    for row in rows("newscluster"):
        if row["quality"] == "ok":
            pool.append(
                Original(
                    f"nc-{row['id']}",
                    "newscluster",
                    str(row["cluster"]),
                    str(row["date"] or "")[:10],
                    _paragraphs(str(row["text"])),
                )
            )
    for row in rows("multinews"):
        for n, doc in enumerate(row["documents"]):  # type: ignore[arg-type]
            pool.append(
                Original(f"mn-{row['id']}-{n}", "multinews", str(row["id"]), "", _paragraphs(doc["text"]))
            )
    return [o for o in pool if o.words >= 80 and len(o.paragraphs) >= 2]


def _grams(original: Original, n: int = 8) -> set[str]:
    words = re.findall(r"\w+", " ".join(original.paragraphs).lower())
    return {" ".join(words[i : i + n]) for i in range(len(words) - n + 1)}


def collapse_overlaps(
    pool: list[Original], min_share: float = 0.1, max_df: int = 10
) -> tuple[list[Original], dict[str, int]]:
    """Keep one article (the longest) of every set of articles where one shares ``min_share`` of its
    8-grams (at least 5) with another, counting only 8-grams held by at most ``max_df`` articles."""
    holders: dict[str, list[int]] = defaultdict(list)
    sizes = []
    for n, original in enumerate(pool):
        grams = _grams(original)
        sizes.append(len(grams))
        for gram in grams:
            holders[gram].append(n)
    counts: dict[tuple[int, int], int] = defaultdict(int)
    for ids in holders.values():
        if 1 < len(ids) <= max_df:
            for i, a in enumerate(ids):
                for b in ids[i + 1 :]:
                    counts[(a, b)] += 1
    parent = list(range(len(pool)))

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    same_event = other_event = 0
    for (a, b), count in sorted(counts.items()):
        if count >= max(5, min_share * min(sizes[a], sizes[b])):
            same_event += pool[a].event == pool[b].event
            other_event += pool[a].event != pool[b].event
            parent[root(a)] = root(b)
    best: dict[int, int] = {}
    for n, original in enumerate(pool):
        r = root(n)
        if r not in best or (original.words, pool[best[r]].id) > (pool[best[r]].words, original.id):
            best[r] = n
    kept = [pool[n] for n in sorted(best.values())]
    stats = {
        "pool": len(pool),
        "overlap_pairs_same_event": same_event,
        "overlap_pairs_other_event": other_event,
    }
    stats["collapsed_away"] = len(pool) - len(kept)
    return kept, stats


def _edit(paragraphs: list[str], rate: float, rng: random.Random, vocabulary: list[str]) -> list[str]:
    out = []
    for paragraph in paragraphs:
        words: list[str] = []
        for word in paragraph.split():
            if rng.random() >= rate:
                words.append(word)
                continue
            op = rng.randrange(3)
            if op == 0:
                words.append(rng.choice(vocabulary))
            elif op == 2:
                words.extend([word, rng.choice(vocabulary)])
        out.append(" ".join(words) or paragraph)
    return out


def _truncate(paragraphs: tuple[str, ...], fraction: float) -> list[str]:
    budget = max(1, round(fraction * sum(len(p.split()) for p in paragraphs)))
    out = []
    for paragraph in paragraphs:
        words = paragraph.split()
        out.append(" ".join(words[:budget]))
        budget -= len(words)
        if budget <= 0:
            break
    return out


def _chrome(paragraphs: list[str], rng: random.Random, headlines: list[str]) -> list[str]:
    top = rng.sample(_CHROME_TOP, rng.randint(1, 3))
    bottom = rng.sample(_CHROME_BOTTOM, rng.randint(1, 3)) + rng.sample(headlines, 2)
    return [*top, *paragraphs, *bottom]


def copy_of(
    original: Original, kind: str, rng: random.Random, vocabulary: list[str], headlines: list[str]
) -> tuple[list[str], float]:
    """The paragraphs of one copy of ``original`` of the given kind, and the share of words it keeps."""
    paragraphs = list(original.paragraphs)
    if kind == "truncated":
        fraction = rng.uniform(0.3, 0.9)
        return _truncate(original.paragraphs, fraction), fraction
    if kind == "chrome":
        return _chrome(paragraphs, rng, headlines), 1.0
    if kind == "edited":
        return _edit(paragraphs, rng.uniform(0.05, 0.15), rng, vocabulary), 1.0
    if kind == "reordered":
        shuffled = paragraphs[:]
        while len(shuffled) > 1 and shuffled == paragraphs:
            rng.shuffle(shuffled)
        return shuffled, 1.0
    return paragraphs, 1.0


def rewrite_of(
    original: Original, donor: Original, rng: random.Random, vocabulary: list[str]
) -> list[str] | None:
    """2–4 long paragraphs of ``original`` (lightly edited half the time) among the donor's paragraphs;
    at most half of the original's words and of its paragraphs of 8+ words, and no more than its own words,
    so that it is neither a copy of the original nor the original a copy of it."""
    long_ = [n for n, p in enumerate(original.paragraphs) if len(p.split()) >= PASSAGE_MIN_WORDS]
    own = [p for p in donor.paragraphs if len(p.split()) >= 8]
    if len(long_) < 2 or len(own) < 3:
        return None
    substantive = sum(len(p.split()) >= 8 for p in original.paragraphs)
    for keep in range(min(4, len(long_), substantive // 2), 1, -1):
        chosen = sorted(rng.sample(long_, keep))
        kept = [original.paragraphs[n] for n in chosen]
        if sum(len(p.split()) for p in kept) <= 0.5 * original.words:
            break
    else:
        return None
    if rng.random() < 0.5:
        kept = _edit(kept, 0.03, rng, vocabulary)
    mixed = own[: rng.randint(3, 6)]
    kept_words = sum(len(p.split()) for p in kept)
    while sum(len(p.split()) for p in mixed) < kept_words and len(mixed) < len(own):
        mixed.append(own[len(mixed)])
    if sum(len(p.split()) for p in mixed) < kept_words:
        return None
    for paragraph in kept:
        mixed.insert(rng.randint(0, len(mixed)), paragraph)
    return mixed


def build(
    seed: int = SEED, originals: int = 1500, data: Path = DATA, datasets: tuple[str, ...] = tuple(SOURCES)
) -> Benchmark:
    """The labelled benchmark: about ``originals`` originals from whole events, their copies and rewrites."""
    rng = random.Random(seed)
    pool, stats = collapse_overlaps(load_pool(data))
    pool = [o for o in pool if o.dataset in datasets]
    by_event: dict[str, list[Original]] = defaultdict(list)
    for original in pool:
        by_event[original.event].append(original)
    events = sorted(by_event)
    rng.shuffle(events)
    chosen: list[Original] = []
    donors: list[Original] = []
    for event in events:
        (chosen if len(chosen) < originals else donors).extend(by_event[event])
    donors = [d for d in donors if sum(len(p.split()) >= 8 for p in d.paragraphs) >= 3]
    rng.shuffle(donors)
    vocabulary = sorted({w for o in chosen[:300] for p in o.paragraphs for w in p.split()})
    headlines = [o.paragraphs[0][:90] for o in donors[:500]]
    docs: list[Doc] = []
    shared: set[frozenset[str]] = set()
    for original in chosen:
        date = original.date or "2017-01-01"
        docs.append(
            Doc(
                original.id,
                "\n".join(original.paragraphs),
                f"{date}T08:00:00",
                "original",
                original.id,
                original.event,
            )
        )
        for n in range(rng.choice([0, 1, 1, 2, 3])):
            kind = rng.choice(COPY_KINDS)
            paragraphs, fraction = copy_of(original, kind, rng, vocabulary, headlines)
            if kind != "chrome" and rng.random() < 0.3:
                paragraphs = _chrome(paragraphs, rng, headlines)
            docs.append(
                Doc(
                    f"{original.id}~{kind}{n}",
                    "\n".join(paragraphs),
                    f"{date}T{10 + n}:00:00",
                    kind,
                    original.id,
                    original.event,
                    fraction,
                )
            )
        if donors and rng.random() < 0.5:
            mixed = rewrite_of(original, donors[-1], rng, vocabulary)
            donors.pop()
            if mixed is not None:
                rid = f"{original.id}~rewrite"
                docs.append(Doc(rid, "\n".join(mixed), f"{date}T18:00:00", "rewrite", rid, original.event))
                shared.add(frozenset((rid, original.id)))
    picked = {o.id for o in chosen}
    hard = [
        (a.id, b.id)
        for members in (by_event[e] for e in events)
        if members[0].id in picked
        for i, a in enumerate(members)
        for b in members[i + 1 :]
    ]
    rng.shuffle(docs)
    stats.update({"originals": len(chosen), "docs": len(docs), "hard_negative_pairs": len(hard)})
    return Benchmark(docs, shared, hard, stats)


def _swap(words: list[str], rate: float, rng: np.random.Generator, vocabulary: list[str]) -> list[str]:
    """``_edit`` of one paragraph with numpy draws (fast enough for a million articles): each word is, with
    probability ``rate``, replaced, deleted or followed by a random vocabulary word."""
    n = len(words)
    edit = (rng.random(n) < rate).tolist()
    op = rng.integers(3, size=n).tolist()
    new = rng.integers(len(vocabulary), size=n).tolist()
    out: list[str] = []
    for word, e, o, v in zip(words, edit, op, new, strict=True):
        if not e:
            out.append(word)
        elif o == 0:
            out.append(vocabulary[v])
        elif o == 2:
            out.extend((word, vocabulary[v]))
    return out or words


def synthetic_corpus(size: int, seed: int = SEED, data: Path = DATA) -> Iterator[Doc]:
    """``size`` documents of the benchmark's shape for the cost curve: fresh originals and, for about 40%
    of them, copies of the kinds above.

    A fresh original has the paragraph count of a random real article, and each paragraph is a random
    paragraph of any real article (all three sets) with half its words swapped for other words of the
    pool. Mixing paragraphs of different articles keeps the texts realistic (real phrases, lengths,
    layout) without reusing whole base texts: with ~100k real paragraphs, two originals share at most a
    heavily edited paragraph by chance, so candidate pairs between originals stay what chance overlap of
    real phrases makes them, at any corpus size, instead of growing with the reuse of a few thousand bases.
    """
    rng = random.Random(seed)
    draws = np.random.default_rng(seed)
    pool = load_pool(data)
    paragraphs = [p.split() for o in pool for p in o.paragraphs if len(p.split()) >= 4]
    shapes = [len(o.paragraphs) for o in pool]
    vocabulary = sorted({w for p in paragraphs for w in p})
    headlines = [o.paragraphs[0][:90] for o in pool[-500:]]
    made = 0
    while made < size:
        picks = draws.integers(len(paragraphs), size=shapes[int(draws.integers(len(shapes)))]).tolist()
        fresh = Original(
            f"s{made}",
            "synthetic",
            f"s{made}",
            "2017-01-01",
            tuple(" ".join(_swap(paragraphs[n], 0.5, draws, vocabulary)) for n in picks),
        )
        sources = tuple(picks)
        yield Doc(
            fresh.id,
            "\n".join(fresh.paragraphs),
            "2017-01-01T08:00:00",
            "original",
            fresh.id,
            fresh.id,
            sources=sources,
        )
        made += 1
        for n in range(rng.choice([0, 0, 0, 1, 2])):
            if made >= size:
                break
            kind = rng.choice(COPY_KINDS)
            copied, fraction = copy_of(fresh, kind, rng, vocabulary, headlines)
            yield Doc(
                f"{fresh.id}~{kind}{n}",
                "\n".join(copied),
                "2017-01-01T09:00:00",
                kind,
                fresh.id,
                fresh.id,
                fraction,
                sources,
            )
            made += 1
