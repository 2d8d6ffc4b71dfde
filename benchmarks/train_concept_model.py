"""Train the learned concept weighting on the dev sets and write src/newsfuse/summarize/concept_model.py.

``.venv/bin/python benchmarks/train_concept_model.py [--cv]``
A concept's label is the share of a cluster's reference summaries that carry it (same tokenizer as the
concepts). Trained only on the dev sets of ../shared/data/README.md (DUC 2003 task 2, DUC 2006, DUC 2007
main and update, MultiLing 2011 English); DUC 2004 and Multi-News are never read. ``--cv`` first scores
each setting leave-one-set-out (train on four dev sets, ROUGE on the fifth) against source-count weighting.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray
from scipy.optimize import minimize
from scipy.special import expit
from sklearn.linear_model import LogisticRegression, PoissonRegressor

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.bench_summarize import SETS, EvalSet, fill_for  # noqa: E402
from benchmarks.metrics import rouge  # noqa: E402
from benchmarks.tune_summarize import (  # noqa: E402
    DEV,
    Cluster,
    held_out,
    prepare,
    register_embedder,
    shaped,
)
from newsfuse.config import SummarizeConfig  # noqa: E402
from newsfuse.summarize.brief import min_words, summarize_event  # noqa: E402
from newsfuse.summarize.concepts import (  # noqa: E402
    FEATURES,
    PRIOR_FEATURES,
    ConceptModel,
    ConceptPrior,
    concept_features,
    concept_matrix,
    concept_tokens,
    prior_features,
    query_terms,
    weight_vector,
)
from newsfuse.summarize.pool import candidates  # noqa: E402

OUT = ROOT / "src" / "newsfuse" / "summarize" / "concept_model.py"
Rows = tuple[NDArray[np.float64], NDArray[np.float64]]


def cluster_rows(cluster: Cluster, settings: SummarizeConfig) -> Rows:
    """Features and reference share of every concept of one cluster."""
    pool = candidates(cluster.articles, min_words(cluster.articles, cluster.source_of, settings))
    if not pool:
        return np.zeros((0, len(FEATURES))), np.zeros(0)
    matrix = concept_matrix(pool)
    seen = {c for cand in candidates(cluster.previous) for c in cand.concepts}
    query = query_terms(cluster.query) if cluster.query else frozenset()
    features = concept_features(
        matrix, pool, cluster.source_of, lead_sentences=settings.lead_sentences, query=query, seen=seen
    )
    refs = [concept_tokens(r) for r in cluster.references]
    share = np.fromiter(
        (sum(c in r for r in refs) / len(refs) for c in matrix.vocab),
        dtype=np.float64,
        count=len(matrix.vocab),
    )
    return features, share


def fit(rows: Sequence[Rows], c: float, link: str = "logit") -> tuple[float, ...]:
    """Logistic regression on reference shares (each concept once as positive, once as negative), or
    Poisson regression of the share (``link="log"``)."""
    x = np.vstack([f for f, _ in rows])
    y = np.concatenate([s for _, s in rows])
    if link == "log":
        poisson = PoissonRegressor(alpha=1.0 / (c * len(y)), fit_intercept=False, max_iter=1000)
        poisson.fit(x, y)
        return tuple(round(float(v), 6) for v in poisson.coef_)
    both = np.vstack([x, x])
    labels = np.concatenate([np.ones(len(y)), np.zeros(len(y))])
    weight = np.concatenate([y, 1.0 - y])
    keep = weight > 0
    model = LogisticRegression(C=c, fit_intercept=False, max_iter=2000)
    model.fit(both[keep], labels[keep], sample_weight=weight[keep])
    return tuple(round(float(v), 6) for v in model.coef_[0])


def rouge_on(
    name: str, clusters: Sequence[Cluster], settings: SummarizeConfig, model: ConceptModel | None
) -> dict[str, float]:
    spec = next(s for s in SETS if s.name == name)
    cfg = replace(settings, words=spec.words)
    summaries = {c.id: " ".join(s.text for s in c.brief(cfg, model)) for c in clusters}
    return rouge(summaries, {c.id: c.references for c in clusters}, spec.limit, spec.measure)


def main(argv: Sequence[str] | None = None) -> int:
    register_embedder()
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cv", action="store_true", help="leave-one-set-out ROUGE before training")
    parser.add_argument("--floors", default="0.05,0.1,0.15")
    parser.add_argument("--unigrams", default="0,1")
    parser.add_argument("--c", type=float, default=1.0)
    parser.add_argument("--link", choices=("logit", "log"), default="logit")
    parser.add_argument("--floor", type=float, help="floor of the written model (default: best in --cv)")
    parser.add_argument("--with-unigrams", action="store_true", help="unigram concepts in the written model")
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--prior", action="store_true", help="train the concept prior (concept_prior.py)")
    parser.add_argument("--powers", default="0,0.5,1", help="with --prior --cv: concept_prior values")
    parser.add_argument("--save", type=Path, help="with --prior --cv: per-cluster scores (JSON)")
    parser.add_argument("--eval-sets", help="with --prior --cv: the held-out sets scored (default: all)")
    parser.add_argument("--valued", action="store_true", help="with --prior: train on valued concepts only")
    parser.add_argument(
        "--cuts", default="", help="with --prior: also train on each cluster's first k articles (k, ...)"
    )
    parser.add_argument("--drop", default="", help="with --prior: features left out (comma-separated)")
    parser.add_argument(
        "--bags",
        type=int,
        default=1,
        help="with --prior: mean of this many priors fitted on cluster resamples",
    )
    parser.add_argument("--seed", type=int, default=0, help="with --prior --bags: the resampling seed")
    parser.add_argument(
        "--small-cuts",
        default="",
        help="with --prior --cv: also score small generic events (every dev set's clusters cut to their "
        "first k articles, queries dropped; own convention, and F1 at 300 words on the ~250-word sets)",
    )
    parser.add_argument(
        "--pairwise",
        type=int,
        default=0,
        help="with --prior: a ranking fit on up to this many concept pairs per cluster (0: pointwise)",
    )
    parser.add_argument(
        "--offset",
        action="store_true",
        help="with --prior --valued: fit around the log source-count worth (an offset, not a feature)",
    )
    parser.add_argument(
        "--strata",
        action="store_true",
        help="with --prior --valued --pairwise: pairs only among concepts of equal source-count worth",
    )
    parser.add_argument(
        "--label",
        choices=("any", "count"),
        default="any",
        help="with --prior: a concept's label, some reference carries it, or how many do (pairs ordered by it)",
    )
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        help="with --prior: summarize config key=value (the briefs scored and the pools the prior is fitted on)",
    )
    parser.add_argument(
        "--set-bags",
        action="store_true",
        help="with --prior: mean of the fits leaving out one training set each",
    )
    args = parser.parse_args(argv)
    if args.prior:
        global STRATA
        STRATA = args.strata
        return main_prior(args)
    settings = SummarizeConfig(weighting="learned")
    data = {name: prepare(next(s for s in SETS if s.name == name)) for name in DEV}
    rows = {name: [cluster_rows(c, settings) for c in clusters] for name, clusters in data.items()}
    print("rows", {n: sum(len(s) for _, s in r) for n, r in rows.items()}, flush=True)
    report = []
    floor, unigrams = args.floor, args.with_unigrams
    if args.cv:
        base = replace(settings, weighting="sources")
        totals: dict[tuple[float, bool], float] = {}
        for held in DEV:
            coef = fit([r for n in DEV if n != held for r in rows[n]], args.c, args.link)
            ref = rouge_on(held, data[held], base, None)
            line = f"{held}: sources {ref['rouge1']}/{ref['rouge2']}"
            for fl in (float(v) for v in args.floors.split(",")):
                for uni in (bool(int(v)) for v in args.unigrams.split(",")):
                    model = ConceptModel(coef, fl, uni, "cv", args.link)
                    got = rouge_on(held, data[held], settings, model)
                    totals[(fl, uni)] = totals.get((fl, uni), 0.0) + got["rouge2"] - ref["rouge2"]
                    line += f"; floor {fl} unigrams {int(uni)} {got['rouge1']}/{got['rouge2']}"
            print(line, flush=True)
            report.append(line)
        best = max(sorted(totals), key=lambda k: totals[k])
        print("mean R-2 gain over sources:", {str(k): round(v / len(DEV), 2) for k, v in totals.items()})
        if floor is None:
            floor, unigrams = best
    coef = fit([r for n in DEV for r in rows[n]], args.c, args.link)
    model = ConceptModel(coef, 0.1 if floor is None else floor, unigrams, "", args.link)
    print("coefficients", dict(zip(FEATURES, coef, strict=True)), "floor", model.floor, "unigrams", unigrams)
    if not args.no_write:
        _write(model, report, args)
    return 0


def _write(model: ConceptModel, report: list[str], args: argparse.Namespace) -> None:
    date = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    if report:
        cv = (
            "Leave-one-set-out ROUGE-1/ROUGE-2 recall at training time (held-out set: source-count "
            "weighting, then each floor / unigram setting):" + "".join(f"\n    {line}" for line in report)
        )
    else:
        cv = "Written without --cv (see benchmarks/results/summarize.md for the dev-set comparison)."
    parts = (
        f"benchmarks/train_concept_model.py (C={args.c}, link={args.link}) on {date}; ",
        f"trained on dev sets only: {', '.join(DEV)}; ",
        "label = share of reference summaries carrying the concept",
    )
    provenance = "".join(f"\n        {json.dumps(part)}" for part in parts)
    coefficients = "".join(
        f"\n        {v!r},  # {name}" for name, v in zip(FEATURES, model.coefficients, strict=True)
    )
    OUT.write_text(
        f'''"""The shipped concept model, written by benchmarks/train_concept_model.py (do not edit by hand).

A linear model over ``concepts.FEATURES`` of how many reference summaries carry a concept (link
{model.link!r}). Trained only on dev sets ({", ".join(DEV)}).
{cv}
"""

from newsfuse.summarize.concepts import ConceptModel

CONCEPT_MODEL = ConceptModel(
    coefficients=({coefficients}
    ),
    floor={model.floor!r},
    unigrams={model.unigrams!r},
    provenance=({provenance}
    ),
    link={json.dumps(model.link)},
)
''',
        encoding="utf-8",
    )


# ---- the concept prior (``SummarizeConfig.concept_prior``): ``--prior`` --------------------------------

PRIOR_OUT = ROOT / "src" / "newsfuse" / "summarize" / "concept_prior.py"


def prior_rows(
    cluster: Cluster,
    settings: SummarizeConfig,
    *,
    valued: bool = False,
    counts: bool = False,
    worth_column: bool = False,
) -> Rows:
    """``prior_features`` of every bigram concept of a cluster (as ``brief._weights`` sees them: the whole
    sentences' bigram matrix) and whether a reference carries it (with ``counts``: how many references
    do); with ``valued`` only the concepts the source-count rule gives worth (those the prior rescales),
    and with ``worth_column`` (needs ``valued``) the log of that worth as a last, extra column (the
    offset of ``--offset`` fits)."""
    pool = candidates(cluster.articles, min_words(cluster.articles, cluster.source_of, settings))
    if not pool:
        return np.zeros((0, len(PRIOR_FEATURES))), np.zeros(0)
    matrix = concept_matrix(pool, unigrams=False)
    seen = {c for cand in candidates(cluster.previous) for c in cand.concepts}
    query = query_terms(cluster.query) if cluster.query else frozenset()
    features = prior_features(
        matrix, pool, cluster.source_of, lead_sentences=settings.lead_sentences, query=query, seen=seen
    )
    refs = [concept_tokens(r) for r in cluster.references]
    if counts:
        carried = np.fromiter((sum(c in r for r in refs) for c in matrix.vocab), dtype=np.float64)
    else:
        carried = np.fromiter((any(c in r for r in refs) for c in matrix.vocab), dtype=np.float64)
    if valued:  # only the concepts the prior rescales: those with (generic) source-count worth
        worth = weight_vector(
            matrix,
            pool,
            cluster.source_of,
            lead_sentences=settings.lead_sentences,
            lead_bonus=settings.lead_bonus,
            min_sources=settings.min_sources,
        )
        keep = worth > 0
        if worth_column:
            return np.column_stack([features[keep], np.log(worth[keep])]), carried[keep]
        return features[keep], carried[keep]
    return features, carried


STRATA = False
"""``--strata``: pairwise fits draw their pairs only among concepts of equal worth (see ``_strata``)."""


def _strata(rows: Sequence[Rows]) -> list[Rows]:
    """Each block of ``rows`` (last column: log worth) split into the concepts of one worth each, that
    column dropped: the pairs a ranking fit then sees are the ties the source-count worth leaves, which
    are what the prior's rescaling decides."""
    out = []
    for x, y in rows:
        worth = np.round(x[:, -1], 9)
        for value in np.unique(worth):
            inside = worth == value
            out.append((x[inside, :-1], y[inside]))
    return out


def _fit(rows: Sequence[Rows], c: float, pairs: int, offset: bool = False) -> ConceptPrior:
    """The pointwise prior, or with ``pairs`` > 0 the pairwise one (that many pairs per block); with
    ``offset`` either fitted around the rows' log worth (their last column)."""
    if pairs > 0 and STRATA:
        return fit_pairwise_prior(rows, c, pairs, strata=True)
    if pairs > 0:
        return fit_pairwise_prior(rows, c, pairs, offset=offset)
    return fit_prior(rows, c, offset)


def bagged_prior(
    groups: Sequence[Sequence[Rows]],
    c: float,
    bags: int,
    seed: int = 0,
    pairs: int = 0,
    offset: bool = False,
) -> ConceptPrior:
    """With ``bags`` > 1 the mean of ``bags`` priors' coefficients (and intercepts), each fitted on a
    bootstrap resample of ``groups`` (a group: one dev cluster's rows with those of its cuts, so a cluster
    and its cuts are drawn together); else the prior fitted on every group once. The mean is one logistic
    model (the fits' log-odds averaged), so the shipped prior keeps its form and cost."""
    if bags <= 1:
        return _fit([r for g in groups for r in g], c, pairs, offset)
    rng = np.random.default_rng(seed)
    fits = []
    for _ in range(bags):
        drawn = rng.integers(0, len(groups), size=len(groups))
        fits.append(_fit([r for i in drawn for r in groups[int(i)]], c, pairs, offset))
    coef = np.mean([f.coefficients for f in fits], axis=0)
    intercept = float(np.mean([f.intercept for f in fits]))
    return ConceptPrior(tuple(round(float(v), 6) for v in coef), round(intercept, 6), "")


def set_bagged_prior(
    by_set: dict[str, Sequence[Sequence[Rows]]], c: float, pairs: int = 0, offset: bool = False
) -> ConceptPrior:
    """The mean of the priors fitted with one of ``by_set``'s sets left out each (as many fits as sets):
    a prior less tied to which dev sets trained it."""
    fits = [
        _fit(
            [r for name, groups in by_set.items() if name != out for g in groups for r in g], c, pairs, offset
        )
        for out in by_set
    ]
    coef = np.mean([f.coefficients for f in fits], axis=0)
    intercept = float(np.mean([f.intercept for f in fits]))
    return ConceptPrior(tuple(round(float(v), 6) for v in coef), round(intercept, 6), "")


def fit_prior(rows: Sequence[Rows], c: float, offset: bool = False) -> ConceptPrior:
    """Logistic regression on standardised features, folded back to the raw features (label: a row's
    reference count above 0). With ``offset`` the rows' last column (log source-count worth, see
    ``prior_rows``) enters the log-odds with weight 1 and is not a feature: the prior learns what the
    worth it rescales does not already say."""
    x = np.vstack([f for f, _ in rows])
    y = (np.concatenate([s for _, s in rows]) > 0).astype(np.float64)
    if offset:
        x, known = x[:, :-1], x[:, -1]
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    if offset:
        weights, bias = _logistic((x - mean) / scale, y, np.ones(len(y)), known, c, intercept=True)
        coef = weights / scale
        intercept = bias - float((coef * mean).sum())
        return ConceptPrior(tuple(round(float(v), 6) for v in coef), round(intercept, 6), "")
    model = LogisticRegression(C=c, max_iter=3000)
    model.fit((x - mean) / scale, y.astype(int))
    coef = model.coef_[0] / scale
    intercept = float(model.intercept_[0] - (coef * mean).sum())
    return ConceptPrior(tuple(round(float(v), 6) for v in coef), round(intercept, 6), "")


def _logistic(
    x: NDArray[np.float64],
    y: NDArray[np.float64],
    weight: NDArray[np.float64],
    known: NDArray[np.float64],
    c: float,
    *,
    intercept: bool,
) -> tuple[NDArray[np.float64], float]:
    """Weighted L2 logistic regression with a fixed offset in the log-odds (``known``), as scikit-learn's
    loss (||w||^2 / 2 + C * the weighted log loss; the intercept not penalised), by L-BFGS."""
    k = x.shape[1]

    def loss(theta: NDArray[np.float64]) -> tuple[float, NDArray[np.float64]]:
        w, b = theta[:k], theta[k] if intercept else 0.0
        z = x @ w + b + known
        # log(1 + e^z) - y z, stable; its derivative sigmoid(z) - y
        value = float(weight @ (np.logaddexp(0.0, z) - y * z))
        residual = weight * (expit(z) - y)
        grad_w = c * (x.T @ residual) + w
        grad = np.concatenate([grad_w, [c * residual.sum()]]) if intercept else grad_w
        return c * value + 0.5 * float(w @ w), grad

    start = np.zeros(k + 1 if intercept else k)
    found = minimize(loss, start, jac=True, method="L-BFGS-B", options={"maxiter": 3000})
    theta = found.x
    return theta[:k], float(theta[k]) if intercept else 0.0


def pair_differences(
    rows: Sequence[Rows], pairs: int, seed: int = 0
) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """Feature differences of concept pairs drawn within each row block (one cluster, or one cut of it):
    up to ``pairs`` pairs (i, j) per block with label[i] > label[j] (i carried by more references than
    j), drawn uniformly from all such pairs, and each drawn pair's weight: the block's pair count over
    the pairs drawn and over its row count."""
    rng = np.random.default_rng(seed)
    diffs: list[NDArray[np.float64]] = []
    weights: list[NDArray[np.float64]] = []
    for x, y in rows:
        levels = np.unique(y)
        if len(levels) < 2:
            continue
        order = np.argsort(-y, kind="stable")
        ys = y[order]
        # for each row (sorted by label, highest first), the rows with a strictly lower label follow it
        lower_from = np.searchsorted(-ys, -ys, side="right")
        lower_count = len(ys) - lower_from
        total = int(lower_count.sum())
        if total == 0:
            continue
        drawn = min(pairs, total)
        picks = rng.choice(total, size=drawn, replace=False) if drawn < total else np.arange(total)
        starts = np.concatenate([[0], np.cumsum(lower_count)[:-1]])
        first = np.searchsorted(starts, picks, side="right") - 1
        second = lower_from[first] + (picks - starts[first])
        diffs.append(x[order[first]] - x[order[second]])
        weights.append(np.full(drawn, total / drawn / max(1, len(ys))))
    if not diffs:
        return np.zeros((0, rows[0][0].shape[1] if rows else 0)), np.zeros(0)
    return np.vstack(diffs), np.concatenate(weights)


def fit_pairwise_prior(
    rows: Sequence[Rows],
    c: float,
    pairs: int = 2000,
    seed: int = 0,
    offset: bool = False,
    strata: bool = False,
) -> ConceptPrior:
    """A ranking prior: logistic regression on within-block pair differences (which of two concepts of the
    same event more references carry; no intercept; the block's drawn pairs stand for all its pairs, over
    its row count, so a block weighs about as much as its rows do in the pointwise fit), then one
    calibration of the ranking score against the pointwise label (slope and intercept), so it keeps
    ``ConceptPrior``'s logistic form: the selector sees the same kind of probability, ordered within an
    event as the pairs taught. With ``offset`` the difference of the two concepts' log worth (the rows'
    last column) enters each pair's log-odds with weight 1, and the calibration fits only the intercept
    (slope 1, the same offset): the prior orders what the worth it rescales leaves in a tie. With
    ``strata`` the rows' last column is the log worth, and pairs are drawn only within one worth
    (``_strata``), the column then dropped."""
    diff, weight = pair_differences(_strata(rows) if strata else rows, pairs, seed)
    if strata:
        rows = [(x[:, :-1], y) for x, y in rows]
    x = np.vstack([f for f, _ in rows])
    y = (np.concatenate([s for _, s in rows]) > 0).astype(np.float64)
    known = np.zeros(len(y))
    known_diff = np.zeros(len(diff))
    if offset:
        x, known = x[:, :-1], x[:, -1]
        diff, known_diff = diff[:, :-1], diff[:, -1]
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    both = np.vstack([diff, -diff]) / scale
    labels = np.concatenate([np.ones(len(diff)), np.zeros(len(diff))])
    if offset:
        w, _ = _logistic(
            both,
            labels,
            np.concatenate([weight, weight]),
            np.concatenate([known_diff, -known_diff]),
            c,
            intercept=False,
        )
        coef = w / scale
        score = x @ coef
        _, intercept = _logistic(np.zeros((len(y), 0)), y, np.ones(len(y)), known + score, c, intercept=True)
        return ConceptPrior(tuple(round(float(v), 6) for v in coef), round(intercept, 6), "")
    ranker = LogisticRegression(C=c, fit_intercept=False, max_iter=3000)
    ranker.fit(both, labels, sample_weight=np.concatenate([weight, weight]))
    direction = ranker.coef_[0] / scale
    score = x @ direction
    calibration = LogisticRegression(C=1e6, max_iter=3000)
    calibration.fit(score[:, None], y.astype(int))
    slope = float(calibration.coef_[0][0])
    coef = direction * slope
    intercept = float(calibration.intercept_[0])
    return ConceptPrior(tuple(round(float(v), 6) for v in coef), round(intercept, 6), "")


def prior_rouge(
    name: str,
    clusters: Sequence[Cluster],
    settings: SummarizeConfig,
    prior: ConceptPrior,
    spec: EvalSet | None = None,
) -> dict[str, tuple[float, float]]:
    """Each cluster's (R-1, R-2) with ``prior`` (the set's budget and fill rule, as bench_summarize;
    ``spec`` instead of the named set's own, e.g. Multi-News's convention)."""
    spec = spec or next(s for s in SETS if s.name == name)
    cfg = replace(settings, words=spec.words, fill=fill_for(spec))
    out = {}
    for cl in clusters:
        brief = summarize_event(
            cl.articles,
            cl.source_of,
            replace(cfg, query=cl.query or cfg.query),
            selectable=cl.selectable,
            previous=cl.previous,
            model=prior,
        )
        got = rouge(
            {cl.id: " ".join(s.text for s in brief)}, {cl.id: cl.references}, spec.limit, spec.measure
        )
        out[cl.id] = (got["rouge1"], got["rouge2"])
    return out


def summarize_settings(items: Sequence[str]) -> SummarizeConfig:
    """The default ``SummarizeConfig`` with ``key=value`` changes (``--set``), each value of its key's type."""
    settings = SummarizeConfig()
    changes: dict[str, Any] = {}
    for item in items:
        key, _, text = item.partition("=")
        if not hasattr(settings, key):
            raise SystemExit(f"unknown summarize key {key!r}")
        like = getattr(settings, key)
        if isinstance(like, bool):
            changes[key] = text.lower() in ("1", "true", "yes")
        else:
            changes[key] = text if like is None else type(like)(text)
    return replace(settings, **changes)


def main_prior(args: argparse.Namespace) -> int:
    """Leave-one-set-out: per held-out dev set, a prior trained on the other four scores it at every power;
    the power for a held-out set is the one with the best mean R-2 over the other four sets' own held-out
    scores. Then the prior trained on all five is written."""
    settings = summarize_settings(args.set)
    data = {name: prepare(next(s for s in SETS if s.name == name)) for name in DEV}
    cuts = [int(v) for v in args.cuts.split(",") if v]
    groups = {  # per set, per cluster: its rows and its cuts' rows
        name: [
            [
                prior_rows(
                    cut,
                    settings,
                    valued=args.valued,
                    counts=args.label == "count",
                    worth_column=args.offset or args.strata,
                )
                for cut in [c] + [replace(c, articles=c.articles[:k]) for k in cuts if k < len(c.articles)]
            ]
            for c in clusters
        ]
        for name, clusters in data.items()
    }
    rows = {name: [r for g in found for r in g] for name, found in groups.items()}
    print("rows", {n: sum(len(s) for _, s in r) for n, r in rows.items()}, flush=True)
    for name in filter(None, args.drop.split(",")):  # a feature left out: its column is constant, weight 0
        for features, _ in (r for found in rows.values() for r in found):
            features[:, PRIOR_FEATURES.index(name)] = 0.0
    powers = [float(v) for v in args.powers.split(",")]
    report: list[str] = []
    if args.cv:
        scores: dict[float, dict[str, tuple[float, float]]] = {}
        for held in args.eval_sets.split(",") if args.eval_sets else DEV:
            if args.set_bags:
                prior = set_bagged_prior(
                    {n: groups[n] for n in DEV if n != held}, args.c, args.pairwise, args.offset
                )
            else:
                prior = bagged_prior(
                    [g for n in DEV if n != held for g in groups[n]],
                    args.c,
                    args.bags,
                    args.seed,
                    args.pairwise,
                    args.offset,
                )
            for power in powers:
                found = prior_rouge(held, data[held], replace(settings, concept_prior=power), prior)
                scores.setdefault(power, {}).update({f"{held}/{k}": v for k, v in found.items()})
                r1, r2 = _set_means(found)
                print(f"{held} power {power}: {r1:.2f}/{r2:.2f}", flush=True)
        fold_of = {key: key.split("/", 1)[0] for key in scores[powers[0]]}
        found = held_out(scores, fold_of, powers)
        for power in powers:
            names = list(dict.fromkeys(fold_of.values()))
            per = {n: _set_means({k: v for k, v in scores[power].items() if fold_of[k] == n}) for n in names}
            mean = (sum(v[0] for v in per.values()) / len(per), sum(v[1] for v in per.values()) / len(per))
            cells = " ".join(f"{n}={a:.2f}/{b:.2f}" for n, (a, b) in per.items())
            report.append(f"power {power}: mean {mean[0]:.2f}/{mean[1]:.2f} | {cells}")
        chosen = {fold: item["chosen"] for fold, item in found["held_out"].items()}
        mean = found["held_out_mean"]
        report.append(f"held out: mean {mean[0]:.2f}/{mean[1]:.2f}; chosen {json.dumps(chosen)}")
        print("\n".join(report), flush=True)
        if args.save:
            args.save.write_text(
                json.dumps({"scores": {str(p): s for p, s in scores.items()}, "fold_of": fold_of})
            )
    if args.cv and args.small_cuts:
        _small_events(args, data, groups, settings, powers)
    if args.set_bags:
        prior = set_bagged_prior({n: groups[n] for n in DEV}, args.c, args.pairwise, args.offset)
    else:
        prior = bagged_prior(
            [g for n in DEV for g in groups[n]], args.c, args.bags, args.seed, args.pairwise, args.offset
        )
    print("coefficients", dict(zip(PRIOR_FEATURES, prior.coefficients, strict=True)), prior.intercept)
    if not args.no_write:
        _write_prior(prior, report, args)
    return 0


F1_SETS = ("duc2006", "duc2007_main", "multiling2011_en")
"""The dev sets whose references are ~250 words: small events there are also scored as Multi-News."""


def _small_events(
    args: argparse.Namespace,
    data: dict[str, list[Cluster]],
    groups: dict[str, list[list[Rows]]],
    settings: SummarizeConfig,
    powers: Sequence[float],
) -> None:
    """Small generic events, held out: each dev set's clusters cut to their first k articles (queries
    dropped) are briefed with the prior trained on the other four sets, at every power; printed per set
    and cut, and the mean over them, in the set's own convention and (``F1_SETS``) as Multi-News."""
    cuts = [int(v) for v in args.small_cuts.split(",")]
    own: dict[float, list[tuple[float, float]]] = {p: [] for p in powers}
    f1: dict[float, list[tuple[float, float]]] = {p: [] for p in powers}
    saved: dict[str, dict[str, tuple[float, float]]] = {}
    for held in DEV:
        if args.set_bags:
            prior = set_bagged_prior(
                {n: groups[n] for n in DEV if n != held}, args.c, args.pairwise, args.offset
            )
        else:
            others = [g for n in DEV if n != held for g in groups[n]]
            prior = bagged_prior(others, args.c, args.bags, args.seed, args.pairwise, args.offset)
        spec = next(s for s in SETS if s.name == held)
        multinews = replace(spec, limit=None, measure="fmeasure", words=300)
        for k in cuts:
            clusters = shaped(data[held], k, generic=True)
            for power in powers:
                cfg = replace(settings, concept_prior=power)
                found = prior_rouge(held, clusters, cfg, prior)
                own[power].append(_set_means(found))
                saved.update({f"own/{power}/{k}/{held}/{i}": v for i, v in found.items()})
                line = (
                    f"small {held} cut {k} power {power}: own {own[power][-1][0]:.2f}/{own[power][-1][1]:.2f}"
                )
                if held in F1_SETS:
                    found = prior_rouge(held, clusters, cfg, prior, multinews)
                    f1[power].append(_set_means(found))
                    saved.update({f"f1/{power}/{k}/{held}/{i}": v for i, v in found.items()})
                    line += f" f1 {f1[power][-1][0]:.2f}/{f1[power][-1][1]:.2f}"
                print(line, flush=True)
    for power in powers:
        a, b = _mean_pairs(own[power]), _mean_pairs(f1[power])
        print(f"small events power {power}: own {a[0]:.2f}/{a[1]:.2f}  f1 {b[0]:.2f}/{b[1]:.2f}", flush=True)
    if args.save:
        args.save.with_suffix(".small.json").write_text(json.dumps(saved))


def _mean_pairs(values: Sequence[tuple[float, float]]) -> tuple[float, float]:
    return sum(v[0] for v in values) / max(1, len(values)), sum(v[1] for v in values) / max(1, len(values))


def _set_means(found: dict[str, tuple[float, float]]) -> tuple[float, float]:
    values = list(found.values())
    return sum(v[0] for v in values) / max(1, len(values)), sum(v[1] for v in values) / max(1, len(values))


def _write_prior(prior: ConceptPrior, report: list[str], args: argparse.Namespace) -> None:
    date = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    cv = (
        "Leave-one-set-out ROUGE-1/ROUGE-2 recall at training time (each set scored by a prior trained on "
        "the other four, at each power):" + "".join(f"\n    {line}" for line in report)
        if report
        else "Written without --cv (see benchmarks/results/summarize.notes.md for the dev-set comparison)."
    )
    parts = (
        f"benchmarks/train_concept_model.py --prior{' --valued' if args.valued else ''}"
        f"{f' --cuts {args.cuts}' if args.cuts else ''}"
        f"{f' --bags {args.bags} --seed {args.seed}' if args.bags > 1 else ''}"
        f"{' --set-bags' if args.set_bags else ''}"
        f"{f' --pairwise {args.pairwise}' if args.pairwise else ''}"
        f"{' --label count' if args.label == 'count' else ''}"
        f"{' --offset' if args.offset else ''}{' --strata' if args.strata else ''}"
        f"{''.join(f' --set {item}' for item in args.set)} (C={args.c}, "
        f"left out: {args.drop or 'none'}) on {date}; ",
        f"trained on dev sets only: {', '.join(DEV)}; ",
        "label = some reference summary carries the bigram concept"
        + (" (rows: the concepts with source-count worth)" if args.valued else ""),
    )
    provenance = "".join(f"\n        {json.dumps(part)}" for part in parts)
    coefficients = "".join(
        f"\n        {v!r},  # {name}" for name, v in zip(PRIOR_FEATURES, prior.coefficients, strict=True)
    )
    PRIOR_OUT.write_text(
        f'''"""The shipped concept prior, written by benchmarks/train_concept_model.py --prior (do not edit by hand).

A logistic model over ``concepts.PRIOR_FEATURES`` of whether a reference summary carries a bigram concept;
``SummarizeConfig.concept_prior`` rescales the source-count worth by it. Trained only on dev sets
({", ".join(DEV)}).
{cv}
"""

from newsfuse.summarize.concepts import ConceptPrior

CONCEPT_PRIOR = ConceptPrior(
    coefficients=({coefficients}
    ),
    intercept={prior.intercept!r},
    provenance=({provenance}
    ),
)
''',
        encoding="utf-8",
    )


if __name__ == "__main__":
    sys.exit(main())
