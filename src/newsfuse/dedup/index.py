"""A dedup index that can be saved, loaded, extended with new batches and merged.

Candidates come from an inverted index of winnowed fingerprints held as sorted numpy runs (merged like an
LSM tree) and from equal text digests; every candidate is verified from the two sketches. The verified
matches are kept, so the groups and passages of a corpus indexed in batches equal those of one batch, up
to fingerprints held by more than ``max_postings`` articles (common phrases, wide syndication), whose
earliest holders and weight as evidence depend on what was indexed when.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

import numpy as np

from newsfuse.config import DedupConfig
from newsfuse.dedup.groups import build_result
from newsfuse.dedup.mapped import MAPPED_ENTRIES, MappedRuns
from newsfuse.dedup.shingles import I32, I64, U64, Sketch, Sketcher
from newsfuse.dedup.store import SketchStore
from newsfuse.dedup.verify import Match, compare_many
from newsfuse.errors import NewsfuseError
from newsfuse.model import Article, DedupResult, Relation

_FORMAT = "newsfuse-dedup-index/2"  # /2: word hashes from code points (sketches of /1 differ)
_SKETCH_KEYS = ("shingle_size", "window", "block_words")
VERIFIED_TOGETHER = 4096
"""Candidate pairs screened by one ``compare_many`` call (bounds its arrays to a few MB)."""


class DedupIndexError(NewsfuseError):
    """The dedup index cannot take this input or file; the message says why."""


def _postings(keys: U64, run_keys: U64) -> tuple[I64, I64]:
    """Where each key's run of holders starts in ``run_keys`` (sorted) and how many holders it has."""
    lo = np.searchsorted(run_keys, keys, "left")
    return lo, np.searchsorted(run_keys, keys, "right") - lo


def _batch_postings(keys: U64, run_keys: U64) -> tuple[I64, I64]:
    """``_postings`` of a batch's sorted keys in an older run: each distinct key searched once (copies in a
    batch share many), and the end of its holders only for a key the run holds (at 100k, 1 in 8)."""
    first_of = np.ones(keys.size, np.bool_)
    np.not_equal(keys[1:], keys[:-1], out=first_of[1:])
    distinct, of = keys[first_of], np.cumsum(first_of) - 1
    lo = run_keys.searchsorted(distinct, "left")
    count = np.zeros(distinct.size, lo.dtype)
    if run_keys.size:
        (held,) = (run_keys[np.minimum(lo, run_keys.size - 1)] == distinct).nonzero()
        count[held] = run_keys.searchsorted(distinct[held], "right") - lo[held]
    return lo[of], count[of]


def _pairs_in(lo: I64, count: I64, run_owners: I32, cap: int) -> tuple[I64, I32]:
    """(query key position, run owner) for every key both hold, at most ``cap`` run entries per key."""
    count = np.minimum(count, cap)
    keep = np.flatnonzero(count > 0)
    lo, count = lo[keep], count[keep]
    total = int(count.sum())
    starts = np.repeat(np.cumsum(count) - count, count)
    at = np.arange(total) - starts + np.repeat(lo, count)
    return np.repeat(keep, count), run_owners[at]


def _merge_runs(older: tuple[U64, I32], newer: tuple[U64, I32]) -> tuple[U64, I32]:
    """One run sorted by (key, owner) from two such runs, every owner of ``newer`` above those of ``older``:
    each newer entry goes after the older entries with keys up to its own (linear, no sort)."""
    (k1, o1), (k2, o2) = older, newer
    at = np.searchsorted(k1, k2, "right") + np.arange(k2.size)
    keys, owners = np.empty(k1.size + k2.size, k1.dtype), np.empty(k1.size + k2.size, o1.dtype)
    old = np.ones(keys.size, dtype=np.bool_)
    old[at] = False
    keys[at], owners[at] = k2, o2
    keys[old], owners[old] = k1, o1
    return keys, owners


class DedupIndex:
    """Sketches, fingerprint postings and verified matches of every article added so far."""

    def __init__(
        self,
        config: DedupConfig | None = None,
        spill_folder: str | Path | None = None,
        resident: int = 20_000,
    ) -> None:
        """With ``spill_folder``, sketches older than the latest ``resident`` are kept in a file there and
        read back when a candidate pair or a passage needs them (``SketchStore``), and postings runs of
        ``MAPPED_ENTRIES`` or more are kept in files there, mapped (``MappedRuns``): same decisions, flat
        memory for the sketches and the postings."""
        self.config = config or DedupConfig()
        self._sketcher = Sketcher(self.config.shingle_size, self.config.window, self.config.block_words)
        self.sketches = SketchStore(spill_folder, resident)
        self._position: dict[str, int] = {}
        self._digest: dict[str, int] = {}
        self._runs: list[tuple[U64, I32]] = []
        self._mapped = MappedRuns(spill_folder) if spill_folder is not None else None
        self.matches: dict[tuple[int, int], Match] = {}
        """Verified pairs ``(i, j)``, ``i < j`` positions in ``sketches``."""
        self.compared = 0
        """Candidate pairs verified so far (a cost figure; not saved)."""

    def __len__(self) -> int:
        return len(self.sketches)

    @property
    def nbytes(self) -> int:
        """Bytes of the index's numpy buffers in memory: sketches held and postings runs (Python objects,
        spilled sketches and mapped runs not counted)."""
        held = self.sketches.in_memory
        sketches = sum(s.fingerprints.nbytes + s.paragraph.nbytes + s.spans.nbytes for s in held)
        mapped = self._mapped.holds if self._mapped is not None else lambda _: False
        return sketches + sum(k.nbytes + o.nbytes for k, o in self._runs if not mapped(k))

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._position

    @property
    def ids(self) -> list[str]:
        """The indexed articles' ids, in the order they were added."""
        return list(self._position)

    def add(self, articles: Iterable[Article]) -> None:
        """Sketch cleaned articles and verify them against everything indexed, themselves included."""
        self.add_sketches(self.sketch(articles))

    def sketch(self, articles: Iterable[Article]) -> list[Sketch]:
        """Sketches of cleaned articles with this index's settings, not indexed (for ``add_sketches``)."""
        return self._sketcher.sketch_many((a.id, a.text, a.published) for a in articles)

    def add_sketches(self, sketches: Sequence[Sketch]) -> None:
        """Index sketches made with the same shingle settings (see ``merge``)."""
        first = len(self.sketches)
        batch: dict[str, int] = {}
        for sketch in sketches:
            if sketch.id in self._position or sketch.id in batch:
                raise DedupIndexError(f"article id {sketch.id!r} is already indexed; ids must be unique")
            batch[sketch.id] = first + len(batch)
        self._position.update(batch)
        self.sketches.extend(sketches)
        candidates = self._candidates(first)
        if self._mapped is not None:
            self._mapped.release()
        self.compared += len(candidates)
        read = dict(enumerate(sketches, first))  # the new ones at hand, an old one read once per batch
        for start in range(0, len(candidates), VERIFIED_TOGETHER):
            chunk = candidates[start : start + VERIFIED_TOGETHER]
            pairs = []
            for i, j in chunk:
                a = read.get(i)
                if a is None:
                    a = read[i] = self.sketches[i]
                b = read.get(j)
                if b is None:
                    b = read[j] = self.sketches[j]
                pairs.append((a, b))
            for pair, match in zip(chunk, compare_many(pairs, self.config), strict=True):
                if match is not None:
                    self.matches[pair] = match

    def _candidates(self, first: int) -> list[tuple[int, int]]:
        """Pairs (old or new, new) sharing ``min_shared`` fingerprints or a digest; adds the new run."""
        new = self.sketches[first:]
        found: set[tuple[int, int]] = set()
        for offset, sketch in enumerate(new):
            same = self._digest.setdefault(sketch.digest, first + offset)
            if same != first + offset:
                found.add((same, first + offset))
        if not new:
            return []
        keys = np.concatenate([s.fingerprints for s in new])
        owners = np.repeat(
            np.arange(first, len(self.sketches), dtype=np.int32), [s.fingerprints.size for s in new]
        )
        order = np.lexsort((owners, keys))
        keys, owners = keys[order], owners[order]
        cap = self.config.max_postings
        runs = [(*_batch_postings(keys, rk), ro) for rk, ro in self._runs]
        runs.append((*_postings(keys, keys), owners))
        holders = np.sum([count for _, count, _ in runs], axis=0)  # over the whole index, the key's own too
        weight = np.clip(self.config.rare_holders / holders, self.config.common_weight, 1.0)
        left = [_pairs_in(lo, count, ro, cap) for lo, count, ro in runs]
        at = np.concatenate([q for q, _ in left])
        query, other = owners[at], np.concatenate([o for _, o in left])
        keep = other < query
        size = len(self.sketches)
        code = other[keep].astype(np.int64) * size + query[keep]
        codes, inverse = np.unique(code, return_inverse=True)
        evidence = np.bincount(inverse, weights=weight[at[keep]], minlength=codes.size)
        old, new_ = np.divmod(codes[evidence >= self.config.min_shared - 1e-9], size)
        found.update(zip(old.tolist(), new_.tolist(), strict=True))
        self._runs.append((keys, owners))
        while len(self._runs) > 1 and self._runs[-1][0].size * 2 >= self._runs[-2][0].size:
            newer, older = self._runs.pop(), self._runs.pop()
            if self._mapped is not None and older[0].size + newer[0].size >= MAPPED_ENTRIES:
                self._runs.append(self._mapped.merged(older, newer, _merge_runs))
            else:
                self._runs.append(_merge_runs(older, newer))
        return sorted(found)

    def result(self) -> DedupResult:
        """Duplicate groups and shared passages of everything indexed."""
        result = build_result(self.sketches, self.matches, self.config, self._holders)
        if self._mapped is not None:
            self._mapped.release()
        return result

    def _holders(self, fingerprints: U64) -> I32:
        """Positions of the articles holding each fingerprint (one entry per holding)."""
        found = [_pairs_in(*_postings(fingerprints, k), o, len(self))[1] for k, o in self._runs]
        return np.concatenate(found) if found else np.empty(0, np.int32)

    def merge(self, other: DedupIndex) -> DedupIndex:
        """A new index holding both indexes' articles, as if all had been added to one."""
        self._check_compatible(other.config)
        merged = DedupIndex(self.config)
        merged.add_sketches(self.sketches)
        merged.add_sketches(other.sketches)
        return merged

    def _check_compatible(self, config: DedupConfig) -> None:
        for key in _SKETCH_KEYS:
            if getattr(config, key) != getattr(self.config, key):
                raise DedupIndexError(
                    f"dedup.{key} differs ({getattr(config, key)} vs {getattr(self.config, key)}): "
                    "sketches made with different settings cannot be compared; rebuild the index"
                )

    def save(self, path: str | Path) -> None:
        """Write the index to one ``.npz`` file (no pickles): sketches and verified matches."""
        sketches = list(self.sketches)
        meta = {
            "format": _FORMAT,
            "config": asdict(self.config),
            "ids": [s.id for s in sketches],
            "published": [s.published for s in sketches],
            "digests": [s.digest for s in sketches],
            "matches": [
                [i, j, m.relation.value if m.relation else None, m.score, [list(p) for p in m.passages]]
                for (i, j), m in sorted(self.matches.items())
            ],
        }
        empty_u64, empty_i32 = np.empty(0, np.uint64), np.empty((0, 3), np.int32)
        with open(path, "wb") as handle:
            np.savez_compressed(
                handle,
                meta=np.frombuffer(json.dumps(meta).encode(), dtype=np.uint8),
                words=np.array([s.words for s in sketches], dtype=np.int64),
                fp_count=np.array([s.fingerprints.size for s in sketches], dtype=np.int64),
                fingerprints=np.concatenate([s.fingerprints for s in sketches] or [empty_u64]),
                paragraph=np.concatenate([s.paragraph for s in sketches] or [empty_u64.astype(np.int32)]),
                span_count=np.array([s.spans.shape[0] for s in sketches], dtype=np.int64),
                spans=np.concatenate([s.spans for s in sketches] or [empty_i32]),
            )

    @classmethod
    def load(cls, path: str | Path, config: DedupConfig | None = None) -> DedupIndex:
        """Read an index written by ``save``; ``config`` may change thresholds, not shingle settings."""
        try:
            data = np.load(path, allow_pickle=False)
            meta = json.loads(data["meta"].tobytes().decode())
        except (OSError, ValueError, KeyError) as error:
            raise DedupIndexError(f"{path} is not a saved dedup index: {error}") from error
        if meta.get("format") != _FORMAT:
            raise DedupIndexError(f"{path} has format {meta.get('format')!r}, expected {_FORMAT!r}")
        saved = DedupConfig(**meta["config"])
        index = cls(config or saved)
        index._check_compatible(saved)
        fp_ends = np.cumsum(data["fp_count"])
        span_ends = np.cumsum(data["span_count"])
        fps = np.split(data["fingerprints"], fp_ends[:-1]) if len(fp_ends) else []
        paras = np.split(data["paragraph"], fp_ends[:-1]) if len(fp_ends) else []
        spans = np.split(data["spans"], span_ends[:-1]) if len(span_ends) else []
        sketches = [
            Sketch.of(aid, pub, dig, int(w), f, p, s)
            for aid, pub, dig, w, f, p, s in zip(
                meta["ids"], meta["published"], meta["digests"], data["words"], fps, paras, spans, strict=True
            )
        ]
        if config is None or config == saved:
            index._restore(sketches, meta["matches"])
        else:  # thresholds changed: verify again
            index.add_sketches(sketches)
        return index

    def _restore(self, sketches: list[Sketch], matches: list[list[Any]]) -> None:
        self.sketches.extend(sketches)
        self._position = {s.id: n for n, s in enumerate(sketches)}
        for n, s in enumerate(sketches):
            self._digest.setdefault(s.digest, n)
        if sketches:
            keys = np.concatenate([s.fingerprints for s in sketches])
            owners = np.repeat(
                np.arange(len(sketches), dtype=np.int32), [s.fingerprints.size for s in sketches]
            )
            order = np.lexsort((owners, keys))
            self._runs = [(keys[order], owners[order])]
        for i, j, relation, score, passages in matches:
            self.matches[(int(i), int(j))] = Match(
                Relation(relation) if relation else None,
                float(score),
                tuple((int(a), int(b)) for a, b in passages),
            )


def find_duplicates(articles: Sequence[Article], config: DedupConfig | None = None) -> DedupResult:
    """Find copies (exact, near, contained) and shared passages among cleaned articles."""
    index = DedupIndex(config)
    index.add(articles)
    return index.result()
