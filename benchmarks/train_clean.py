"""Fit the plain-text block scorer on the DEV extraction sets and write ``src/newsfuse/clean/weights.py``.

    .venv/bin/python benchmarks/train_clean.py

Two logistic passes (see ``newsfuse.clean.blocks``), weighted by the square root of each block's words
(token F1 counts words, not blocks). Labels: a block is body when its normalised text occurs in the gold
text, or when 90 % of its ten or more words do. Only the dev sets are read (cleaneval, cleanportaleval,
l3s_gn1, readability_testpages); scrapinghub_aeb, the test set, never is. The written module records the
sets, their page and block counts and the SHA-256 of each data file, so the fit can be traced and repeated.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import math
import re
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from benchmarks.bench_clean import DATA, DEV_SETS  # noqa: E402
from newsfuse.clean.blocks import context_rows, predict  # noqa: E402
from newsfuse.clean.features import FEATURES, PageFeatures, document_features  # noqa: E402
from newsfuse.clean.normalize import normalize_text, split_blocks  # noqa: E402
from newsfuse.clean.recurring import LineStats  # noqa: E402

WEIGHTS = ROOT / "src" / "newsfuse" / "clean" / "weights.py"
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w+")


def _norm(text: str) -> str:
    return _SPACE.sub(" ", " ".join(_WORD.findall(text.lower()))).strip()


def block_labels(blocks: list[str], gold: str) -> list[int]:
    """1 for a block of the article body (its text in the gold, or 90 % of its 10+ words), else 0."""
    gold_n = _norm(gold)
    gold_tokens = set(gold_n.split())
    out = []
    for block in blocks:
        b = _norm(block)
        tokens = b.split()
        inside = bool(b) and b in gold_n
        mostly = len(tokens) >= 10 and sum(t in gold_tokens for t in tokens) / len(tokens) >= 0.9
        out.append(int(inside or mostly))
    return out


def dev_pages() -> tuple[list[tuple[list[int], PageFeatures]], list[str]]:
    """Labelled feature pages of every dev set (recurring lines counted per set), and provenance lines."""
    docs, provenance = [], []
    for name in DEV_SETS:
        path = DATA / name / f"{name}.jsonl.gz"
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            recs = [json.loads(line) for line in handle]
        recs = [r for r in recs if r.get("page_text") and r.get("gold_text") is not None]
        pages = [split_blocks(normalize_text(r["page_text"])) for r in recs]
        stats = LineStats.from_documents(pages)
        kept = [
            (block_labels(b, r["gold_text"]), document_features(b, stats))
            for b, r in zip(pages, recs, strict=True)
            if b
        ]
        docs += kept
        digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
        provenance.append(
            f"{name} ({len(kept)} pages, {sum(len(y) for y, _ in kept)} blocks, sha256 {digest}…)"
        )
    return docs, provenance


def fit() -> None:
    docs, provenance = dev_pages()
    y = np.array([v for labels, _ in docs for v in labels])
    weight = np.concatenate([np.sqrt(np.maximum(1.0, np.expm1(page.rows[:, 1]))) for _, page in docs])

    def logistic(rows: list[np.ndarray]) -> tuple[float, ...]:
        model = LogisticRegression(C=1.0, max_iter=5000, fit_intercept=False)
        model.fit(np.vstack(rows), y, sample_weight=weight)
        return tuple(round(float(v), 4) for v in model.coef_[0])

    pass1 = logistic([page.rows for _, page in docs])
    pass2 = logistic([context_rows(page, predict(page.rows, pass1)) for _, page in docs])
    sets = "\n".join(f"- {line}" for line in provenance)
    WEIGHTS.write_text(
        '"""Fitted coefficients of the block scorer, written by ``benchmarks/train_clean.py``.\n\n'
        f"Fitted on the dev sets only ({len(docs)} pages, {len(y)} blocks):\n\n{sets}\n\n"
        f"Columns: newsfuse.clean.features.FEATURES ({len(FEATURES)}) then blocks.CONTEXT_FEATURES.\n"
        f'Sample weight: sqrt(words) per block; logistic regression, C=1, no separate intercept (bias column).\n"""\n\n'
        f"PASS1: tuple[float, ...] = {pass1!r}\nPASS2: tuple[float, ...] = {pass2!r}\n",
        encoding="utf-8",
    )
    print(f"wrote {WEIGHTS} from {len(docs)} pages, {len(y)} blocks; {math.fsum(weight):.0f} total weight")


if __name__ == "__main__":
    fit()
