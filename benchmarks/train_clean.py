"""Fit the plain-text block scorer on the DEV extraction sets and write ``src/newsfuse/clean/weights.py``.

    .venv/bin/python benchmarks/train_clean.py           # refit, write weights.py
    .venv/bin/python benchmarks/train_clean.py --loso    # leave-one-dev-set-out figures, nothing written
    .venv/bin/python benchmarks/train_clean.py --sign-agree 20   # the sign-agreement refit's held-out figures

Two logistic passes (see ``newsfuse.clean.blocks``), each block weighted by its words to the power
``WEIGHT_POWER`` (token F1 counts words, not blocks). Labels (``block_labels``): a block is body when its normalised
text occurs in the gold text as whole words, or when 90 % of its ten or more words do; a short block needs a gold
line of its own or a long body block near it. Only the dev sets are read (cleaneval, cleanportaleval,
l3s_gn1, readability_testpages, and since the seventh round trafilatura_eval, whose pages carry snippets
instead of a gold text: a block holding or held by a must-keep snippet is body, one holding or held by a
must-drop snippet is not, the page's other blocks are not used); scrapinghub_aeb, the test set, never is. The written module records the
sets, their page and block counts and the SHA-256 of each data file, so the fit can be traced and repeated.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from benchmarks.bench_clean import (  # noqa: E402
    DATA,
    DEV_SETS,
    MODERN_FILE,
    MODERN_SET,
    SNIPPET_SET,
    _list,
)
from newsfuse.clean.blocks import context_rows, predict  # noqa: E402
from newsfuse.clean.features import FEATURES, PageFeatures, document_features  # noqa: E402
from newsfuse.clean.normalize import normalize_text, split_blocks  # noqa: E402
from newsfuse.clean.recurring import LineStats  # noqa: E402

WEIGHTS = ROOT / "src" / "newsfuse" / "clean" / "weights.py"
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w+")


def _norm(text: str) -> str:
    return _SPACE.sub(" ", " ".join(_WORD.findall(text.lower()))).strip()


SHORT_WORDS = 9
"""A block of at most this many words is labelled body only with more evidence than its words occurring in the
gold (see ``block_labels``)."""
ANCHOR_WINDOW = 0
"""How many blocks either side of a short block ``block_labels`` looks at for an anchor (a long body block); 0: none,
a short block is body only as a line of the gold. Thirteenth round, leave-one-dev-set-out mean F1 (see
docs/cleaning.md): 0.92025 with anchors only (window 2, no gold lines), 0.91938 at 3, 0.92040 at 2, 0.92117 at 1,
0.92215 at 0."""


def block_labels(blocks: list[str], gold: str) -> list[int]:
    """1 for a block of the article body, else 0.

    A block is body when its normalised text occurs in the gold as whole words, or when 90 % of its ten or more
    words do. A short block (``SHORT_WORDS`` words or fewer: "Home", "Business", "Video", "Reply", "1") occurs in
    almost any gold text by chance, so it is body only when it also is a whole line of the gold (a heading)
    or, with ``ANCHOR_WINDOW`` > 0, when a long body block (10+ words) lies within that many blocks of it
    (thirteenth round: before, any substring of the gold counted, and nav items were taught to the scorer as
    body)."""
    gold_n = f" {_norm(gold)} "
    gold_tokens = set(gold_n.split())
    gold_lines = {_norm(line) for line in gold.split("\n")}
    texts = [_norm(block) for block in blocks]
    labels: list[int] = []
    anchors: list[bool] = []
    for b in texts:
        tokens = b.split()
        inside = bool(b) and f" {b} " in gold_n
        mostly = len(tokens) >= 10 and sum(t in gold_tokens for t in tokens) / len(tokens) >= 0.9
        labels.append(int(inside or mostly))
        anchors.append(bool(labels[-1]) and len(tokens) >= 10)
    for i, b in enumerate(texts):
        if not labels[i] or len(b.split()) > SHORT_WORDS or b in gold_lines:
            continue
        lo, hi = max(0, i - ANCHOR_WINDOW), min(len(texts), i + ANCHOR_WINDOW + 1)
        if not any(anchors[j] for j in range(lo, hi) if j != i):
            labels[i] = 0
    return labels


def snippet_labels(blocks: list[str], keep: list[str], drop: list[str]) -> tuple[list[int], list[bool]]:
    """trafilatura_eval's labels: 1 for a block that holds a must-keep snippet or (3+ words) is part of one,
    0 for the same with a must-drop snippet; the mask says which blocks got exactly one of the two."""
    keep, drop = [_SPACE.sub(" ", s).strip() for s in keep], [_SPACE.sub(" ", s).strip() for s in drop]
    labels, mask = [], []
    for block in blocks:
        folded = _SPACE.sub(" ", block).strip()
        long = len(folded.split()) >= 3
        kept = any(s and (s in folded or (long and folded in s)) for s in keep)
        dropped = any(s and (s in folded or (long and folded in s)) for s in drop)
        labels.append(int(kept))
        mask.append(kept != dropped)
    return labels, mask


Page = tuple[list[int], list[bool], PageFeatures]
"""A labelled page: block labels, which blocks are labelled, features."""


MODERN2_SET = "plain_dev2"
"""plain_dev batch 2 (benchmarks/data/plain_dev/plain_dev2.jsonl.gz): with batch 1 the modern pages of
``sign_agree`` (twentieth round)."""
MODERN2_FILE = ROOT / "benchmarks" / "data" / "plain_dev" / "plain_dev2.jsonl.gz"


def _path(name: str) -> Path:
    if name == MODERN_SET:
        return MODERN_FILE
    return MODERN2_FILE if name == MODERN2_SET else DATA / name / f"{name}.jsonl.gz"


def _records(name: str) -> list[dict[str, object]]:
    """A set's records as ``bench_clean.records`` reads them (plain_dev batch 2 too)."""
    from benchmarks import bench_clean

    if name != MODERN2_SET:
        return list(bench_clean.records(name))
    with gzip.open(MODERN2_FILE, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def _read(name: str) -> tuple[list[dict[str, object]], str]:
    path = _path(name)
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        recs = [json.loads(line) for line in handle]
    return [r for r in recs if r.get("page_text")], hashlib.sha256(path.read_bytes()).hexdigest()[:16]


MODERN_WEIGHT = 0.0
"""plain_dev (``bench_clean.MODERN_SET``, modern pages of original fiction, eighteenth round) in the fit: 0 leaves it
out; otherwise its blocks' sample weights are multiplied by this (60 pages against ~2,500 of the old sets)."""


def _pool() -> tuple[str, ...]:
    """The sets the fit reads: the old dev sets, and plain_dev when ``MODERN_WEIGHT`` > 0."""
    return (*DEV_SETS, SNIPPET_SET, *((MODERN_SET,) if MODERN_WEIGHT > 0 else ()))


def dev_pages(names: tuple[str, ...] | None = None) -> tuple[list[Page], list[str]]:
    """Labelled feature pages of these dev sets (default ``_pool()``; recurring lines counted per set), and
    provenance lines."""
    docs: list[Page] = []
    provenance = []
    for name in names or _pool():
        recs, digest = _read(name)
        if name != SNIPPET_SET:
            recs = [r for r in recs if r.get("gold_text") is not None]
        pages = [split_blocks(normalize_text(str(r["page_text"]))) for r in recs]
        stats = LineStats.from_documents(pages)
        kept: list[Page] = []
        for b, r in zip(pages, recs, strict=True):
            if name == SNIPPET_SET:
                labels, mask = snippet_labels(b, _list(r.get("gold_with")), _list(r.get("gold_without")))
            else:
                labels, mask = block_labels(b, str(r["gold_text"])), [True] * len(b)
            if any(mask):
                kept.append((labels, mask, document_features(b, stats)))
        docs += kept
        blocks = sum(sum(mask) for _, mask, _ in kept)
        provenance.append(f"{name} ({len(kept)} pages, {blocks} labelled blocks, sha256 {digest}…)")
    return docs, provenance


PASS1_LEFT_OUT: tuple[str, ...] = ("position", "position_sq")
"""Base features the first pass does not use (fitted on zeros, so their coefficient is 0). The first pass finds
the body region; a block's absolute place on the page ties it to the dev pages' layouts (the article near the
top), which pages with long menus above the article do not share: leave-one-dev-set-out F1 rose without them
(eleventh round, see docs/cleaning.md)."""
PASS2_LEFT_OUT: tuple[str, ...] = ()
"""The same for the second pass."""
WEIGHT_POWER = 1.0
"""A block's sample weight is its word count to this power. Token F1 counts words, so a block weighs what it
can cost; twelfth round: leave-one-dev-set-out mean F1 0.9148 at 0.5 (the square root, rounds 4-11) -> 0.9180
at 1.0 (every held-out set up), 0.9174 at 0.75; see docs/cleaning.md."""


def _left_out(rows: np.ndarray, names: tuple[str, ...]) -> np.ndarray:
    """``rows`` with the columns of these base features set to 0 (a copy when there are any)."""
    if not names:
        return rows
    rows = rows.copy()
    rows[:, [FEATURES.index(name) for name in names]] = 0.0
    return rows


Model = tuple[tuple[float, ...], tuple[float, ...]]
"""Both passes' logistic weights (``weights.PASS1``, ``weights.PASS2``)."""


def _constrained(
    rows: np.ndarray, y: np.ndarray, weight: np.ndarray, anchor: tuple[float, ...], free: np.ndarray
) -> tuple[float, ...]:
    """The logistic fit (``_fit_model``'s objective: L2 penalty 1/2, C=1, sample weights) with only the ``free``
    columns fitted; the others stay at ``anchor``'s values (their part of each row's score is an offset)."""
    from scipy.optimize import minimize
    from scipy.special import expit

    start = np.array(anchor, dtype=np.float64)
    offset = rows[:, ~free] @ start[~free]
    x = rows[:, free]

    def loss(b: np.ndarray) -> tuple[float, np.ndarray]:
        z = x @ b + offset
        value = float(np.dot(weight, np.logaddexp(0.0, z) - y * z) + 0.5 * b @ b)
        return value, x.T @ (weight * (expit(z) - y)) + b

    fitted = minimize(loss, start[free], jac=True, method="L-BFGS-B", options={"maxiter": 5000}).x
    out = start.copy()
    out[free] = fitted
    return tuple(round(float(v), 4) for v in out)


def _fit_model(
    docs: list[Page],
    scale: list[float] | None = None,
    anchor: Model | None = None,
    free: tuple[np.ndarray, np.ndarray] | None = None,
) -> tuple[Model, int]:
    """Both passes fitted on these pages (``scale``: a sample-weight multiplier per page); and the number of
    labelled blocks. With ``anchor`` and ``free``: each pass fits only its free columns, the others kept at the
    anchor's values (``_constrained``)."""
    masks = [np.array(mask) for _, mask, _ in docs]
    scale = scale or [1.0] * len(docs)
    y = np.concatenate([np.array(labels)[mask] for (labels, _, _), mask in zip(docs, masks, strict=True)])
    weight = np.concatenate(
        [
            k * np.power(np.maximum(1.0, np.expm1(page.rows[mask, 1])), WEIGHT_POWER)
            for (_, _, page), mask, k in zip(docs, masks, scale, strict=True)
        ]
    )

    def logistic(rows: np.ndarray, k: int = 0) -> tuple[float, ...]:
        if anchor is not None and free is not None:
            return _constrained(rows, y.astype(np.float64), weight, anchor[k], free[k])
        model = LogisticRegression(C=1.0, max_iter=5000, fit_intercept=False)
        model.fit(rows, y, sample_weight=weight)
        return tuple(round(float(v), 4) for v in model.coef_[0])

    pages = [(page, mask) for (_, _, page), mask in zip(docs, masks, strict=True)]
    pass1 = logistic(np.vstack([_left_out(page.rows, PASS1_LEFT_OUT)[mask] for page, mask in pages]))
    second = np.vstack(
        [
            _left_out(context_rows(page, predict(page.rows, pass1)), PASS2_LEFT_OUT)[mask]
            for page, mask in pages
        ]
    )
    return (pass1, logistic(second, 1)), len(y)


def _scale(counts: dict[str, int]) -> list[float]:
    """The per-page sample-weight multipliers of pages concatenated set by set (``counts``: pages per set)."""
    return [MODERN_WEIGHT if name == MODERN_SET else 1.0 for name, n in counts.items() for _ in range(n)]


def fit() -> None:
    pages = _set_pages()
    docs = [p for n in _pool() for p in pages[n]]
    provenance = [_PROVENANCE[n] for n in _pool()]
    scale = _scale({n: len(pages[n]) for n in _pool()})
    (pass1, pass2), blocks = _fit_model(docs, scale)
    weight = sum(
        k * float(np.power(np.maximum(1.0, np.expm1(page.rows[np.array(mask), 1])), WEIGHT_POWER).sum())
        for (_, mask, page), k in zip(docs, scale, strict=True)
    )
    sets = "\n".join(f"- {line}" for line in provenance)
    WEIGHTS.write_text(
        '"""Fitted coefficients of the block scorer, written by ``benchmarks/train_clean.py``.\n\n'
        f"Fitted on the dev sets only ({len(docs)} pages, {blocks} blocks):\n\n{sets}\n\n"
        f"Columns: newsfuse.clean.features.FEATURES ({len(FEATURES)}) then blocks.CONTEXT_FEATURES.\n"
        f"Sample weight: words ** {WEIGHT_POWER} per block"
        + (f" (x {MODERN_WEIGHT} on {MODERN_SET})" if MODERN_WEIGHT > 0 else "")
        + "; logistic regression, C=1, no separate intercept (bias column).\n"
        f"Left out (fitted on zeros): first pass {PASS1_LEFT_OUT or 'none'}, second pass {PASS2_LEFT_OUT or 'none'}.\n"
        '"""\n\n'
        f"PASS1: tuple[float, ...] = {pass1!r}\nPASS2: tuple[float, ...] = {pass2!r}\n",
        encoding="utf-8",
    )
    print(f"wrote {WEIGHTS} from {len(docs)} pages, {blocks} blocks; {weight:.0f} total weight")


_PROVENANCE: dict[str, str] = {}


def _set_pages() -> dict[str, list[Page]]:
    """``dev_pages`` of every dev set, plain_dev included, by set (per-set recurring-line statistics)."""
    names = (*DEV_SETS, SNIPPET_SET, MODERN_SET, MODERN2_SET)
    docs, provenance = dev_pages(names)
    out: dict[str, list[Page]] = {}
    for name, line in zip(names, provenance, strict=True):
        count = int(line.split("(", 1)[1].split(" ", 1)[0])
        out[name], docs = docs[:count], docs[count:]
        _PROVENANCE[name] = line
    return out


def _page_f1(name: str, model: Model) -> tuple[list[float], list[dict[str, object]]]:
    """Each page's F1 on one dev set with these weights swapped in (cleaned as ``bench_clean`` cleans: per-set
    recurring lines), and the set's records; for trafilatura_eval one figure, (kept + dropped) / 2."""
    from benchmarks import bench_clean
    from benchmarks.metrics import token_prf
    from newsfuse.clean import blocks

    blocks._PASS1, blocks._PASS2 = np.array(model[0]), np.array(model[1])
    recs = [r for r in _records(name) if name == SNIPPET_SET or r.get("gold_text") is not None]
    raws = [bench_clean._raw(r, "page_text", n) for n, r in enumerate(recs)]
    texts = [a.text if a else "" for a in bench_clean.ours(raws, bench_clean.corpus_line_stats(raws))]
    if name == SNIPPET_SET:
        return [float(bench_clean._snippet_hits(texts, recs)["mean"])], recs
    return [token_prf(t, r["gold_text"])["f1"] for t, r in zip(texts, recs, strict=True)], recs


def _scores(name: str, model: Model) -> float:
    """The benchmark's figure for one dev set with these weights swapped in: mean page F1, or for
    trafilatura_eval (kept + dropped) / 2."""
    return float(np.mean(_page_f1(name, model)[0]))


def _modern_held_out(pages: dict[str, list[Page]], old: tuple[str, ...]) -> tuple[float, dict[str, float]]:
    """plain_dev held out per template: each template's pages scored by a model fitted on the old sets and
    plain_dev's other templates (``MODERN_WEIGHT`` > 0), or by the old sets' model (plain_dev not in the pool);
    the mean page F1 and the mean per batch."""
    from benchmarks import bench_clean

    recs = [r for r in bench_clean.records(MODERN_SET) if r.get("gold_text") is not None]
    assert len(recs) == len(pages[MODERN_SET])
    templates = [f"{r['batch']}/{r['template']}" for r in recs]
    old_docs = [p for n in old for p in pages[n]]
    f1 = [0.0] * len(recs)
    groups = sorted(set(templates)) if MODERN_WEIGHT > 0 else ["all"]
    for group in groups:
        inside = [k for k, t in enumerate(templates) if t != group and group != "all"]
        docs = old_docs + [pages[MODERN_SET][k] for k in inside]
        model = _fit_model(docs, [1.0] * len(old_docs) + [MODERN_WEIGHT] * len(inside))[0]
        scores, _ = _page_f1(MODERN_SET, model)
        for k, t in enumerate(templates):
            if group in ("all", t):
                f1[k] = scores[k]
    batches = {
        b: float(np.mean([f for f, r in zip(f1, recs, strict=True) if r["batch"] == b]))
        for b in sorted({str(r["batch"]) for r in recs})
    }
    return float(np.mean(f1)), batches


def loso() -> None:
    """Leave-one-dev-set-out figures of the configuration in this file and ``blocks`` (nothing is written): for
    each old dev set, both passes fitted on the other four (and plain_dev when ``MODERN_WEIGHT`` > 0) and that
    set cleaned; plain_dev held out per template (``_modern_held_out``); then the whole pool fitted, in-sample."""
    pages = _set_pages()
    names = (*DEV_SETS, SNIPPET_SET)
    modern = [p for p in pages[MODERN_SET]] if MODERN_WEIGHT > 0 else []

    def fold(docs: list[Page]) -> Model:
        return _fit_model(docs + modern, [1.0] * len(docs) + [MODERN_WEIGHT] * len(modern))[0]

    folds = {n: fold([p for m in names if m != n for p in pages[m]]) for n in names}
    held = {n: _scores(n, folds[n]) for n in names}
    held[MODERN_SET], batches = _modern_held_out(pages, names)
    full = fold([p for n in names for p in pages[n]])
    inside = {n: _scores(n, full) for n in (*names, MODERN_SET)}
    print(f"MODERN_WEIGHT {MODERN_WEIGHT}")
    for label, figures in (("held out", held), ("in-sample", inside)):
        mean = float(np.mean([figures[n] for n in DEV_SETS]))
        print(
            f"{label}: " + ", ".join(f"{n} {v:.4f}" for n, v in figures.items()) + f"; old F1 mean {mean:.5f}"
        )
    print("plain_dev held out by batch: " + ", ".join(f"{b} {v:.4f}" for b, v in batches.items()))
    print(_fold_signs(folds, full))


def _fold_signs(folds: dict[str, Model], full: Model) -> str:
    """Each second-pass weight in every fold (held-out set named) and in the full fit; a column whose sign is
    not the same in every fold is flagged (a feature that reads one set's quirk rather than the pages' form)."""
    from newsfuse.clean.blocks import CONTEXT_FEATURES

    lines = ["second-pass weights, folds " + " / ".join(folds) + " / all"]
    for k, name in enumerate((*FEATURES, *CONTEXT_FEATURES)):
        values = [model[1][k] for model in folds.values()] + [full[1][k]]
        signs = {np.sign(v) for v in values[:-1] if v != 0}
        flag = "  SIGN DIFFERS" if len(signs) > 1 else ""
        lines.append(f"  {name}: " + " / ".join(f"{v:+.3f}" for v in values) + flag)
    return "\n".join(lines)


def _agreeing(folds: dict[str, Model]) -> tuple[np.ndarray, np.ndarray]:
    """Per pass, the columns whose weight has one sign, never 0, in every fold."""
    return tuple(  # type: ignore[return-value]
        np.array(
            [
                len({np.sign(f[k][c]) for f in folds.values()}) == 1 and folds[next(iter(folds))][k][c] != 0
                for c in range(len(next(iter(folds.values()))[k]))
            ]
        )
        for k in (0, 1)
    )


def sign_agree(weight: float) -> None:
    """The sign-agreement refit (twentieth round), held out: plain_dev batches 1 + 2 join the pool at ``weight``
    times their blocks' sample weight, moving only the columns on which the five old folds agree in sign (the
    others stay at the old-only fit's values). Old sets held out (each fold anchored on its own old-only fit);
    plain_dev held out per template (anchored on the old sets' full fit); beside the old-only baseline."""
    pages = _set_pages()
    names = (*DEV_SETS, SNIPPET_SET)
    folds = {n: _fit_model([p for m in names if m != n for p in pages[m]])[0] for n in names}
    full = _fit_model([p for n in names for p in pages[n]])[0]
    free = _agreeing(folds)
    print("free columns pass 1:", [FEATURES[c] for c in np.flatnonzero(free[0])])
    print("free columns pass 2: ", int(free[1].sum()), "of", len(free[1]))
    modern: list[Page] = []
    labels: list[tuple[str, str, int]] = []
    for name in (MODERN_SET, MODERN2_SET):
        recs = [r for r in _records(name) if r.get("gold_text") is not None]
        assert len(recs) == len(pages[name])
        modern += pages[name]
        labels += [(name, f"{r['batch']}/{r['template']}", k) for k, r in enumerate(recs)]

    def with_modern(docs: list[Page], keep: list[int], anchor: Model) -> Model:
        chosen = [modern[k] for k in keep]
        scale = [1.0] * len(docs) + [weight] * len(chosen)
        return _fit_model(docs + chosen, scale, anchor, free)[0]

    every = list(range(len(modern)))
    held = {}
    for n in names:
        held[n] = _scores(n, with_modern([p for m in names if m != n for p in pages[m]], every, folds[n]))
        print(f"held out {n}: {held[n]:.4f} (old-only fold {_scores(n, folds[n]):.4f})", flush=True)
    old_docs = [p for n in names for p in pages[n]]
    f1 = {name: [0.0] * len(pages[name]) for name in (MODERN_SET, MODERN2_SET)}
    base = {name: _page_f1(name, full)[0] for name in (MODERN_SET, MODERN2_SET)}
    for group in sorted({t for _, t, _ in labels}):
        model = with_modern(old_docs, [k for k, (_, t, _) in enumerate(labels) if t != group], full)
        scores = {name: _page_f1(name, model)[0] for name in (MODERN_SET, MODERN2_SET)}
        for name, t, k in labels:
            if t == group:
                f1[name][k] = scores[name][k]
    for name in (MODERN_SET, MODERN2_SET):
        print(f"{name} held out per template: {np.mean(f1[name]):.4f} (old-only {np.mean(base[name]):.4f})")
    mean = float(np.mean([held[n] for n in DEV_SETS]))
    print(
        f"weight {weight}: old LOSO mean {mean:.5f}; trafilatura_eval {held[SNIPPET_SET]:.4f}; plain_dev mean "
        f"{(np.mean(f1[MODERN_SET]) + np.mean(f1[MODERN2_SET])) / 2:.5f} (old-only "
        f"{(np.mean(base[MODERN_SET]) + np.mean(base[MODERN2_SET])) / 2:.5f})"
    )


if __name__ == "__main__":
    if "--sign-agree" in sys.argv[1:]:
        sign_agree(float(sys.argv[sys.argv.index("--sign-agree") + 1]))
        sys.exit(0)
    if "--modern-weight" in sys.argv[1:]:
        MODERN_WEIGHT = float(sys.argv[sys.argv.index("--modern-weight") + 1])
    loso() if "--loso" in sys.argv[1:] else fit()
