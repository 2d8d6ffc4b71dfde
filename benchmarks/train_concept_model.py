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

import numpy as np
from numpy.typing import NDArray
from sklearn.linear_model import LogisticRegression, PoissonRegressor

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.bench_summarize import SETS, fill_for  # noqa: E402
from benchmarks.metrics import rouge  # noqa: E402
from benchmarks.tune_summarize import DEV, Cluster, held_out, prepare  # noqa: E402
from newsfuse.config import SummarizeConfig  # noqa: E402
from newsfuse.summarize.brief import summarize_event  # noqa: E402
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
    pool = candidates(cluster.articles, settings.min_sentence_words)
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
        "--set-bags",
        action="store_true",
        help="with --prior: mean of the fits leaving out one training set each",
    )
    args = parser.parse_args(argv)
    if args.prior:
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


def prior_rows(cluster: Cluster, settings: SummarizeConfig, *, valued: bool = False) -> Rows:
    """``prior_features`` of every bigram concept of a cluster (as ``brief._weights`` sees them: the whole
    sentences' bigram matrix) and whether a reference carries it; with ``valued`` only the concepts the
    source-count rule gives worth (those the prior rescales)."""
    pool = candidates(cluster.articles, settings.min_sentence_words)
    if not pool:
        return np.zeros((0, len(PRIOR_FEATURES))), np.zeros(0)
    matrix = concept_matrix(pool, unigrams=False)
    seen = {c for cand in candidates(cluster.previous) for c in cand.concepts}
    query = query_terms(cluster.query) if cluster.query else frozenset()
    features = prior_features(
        matrix, pool, cluster.source_of, lead_sentences=settings.lead_sentences, query=query, seen=seen
    )
    refs = [concept_tokens(r) for r in cluster.references]
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
        return features[keep], carried[keep]
    return features, carried


def bagged_prior(groups: Sequence[Sequence[Rows]], c: float, bags: int, seed: int = 0) -> ConceptPrior:
    """With ``bags`` > 1 the mean of ``bags`` priors' coefficients (and intercepts), each fitted on a
    bootstrap resample of ``groups`` (a group: one dev cluster's rows with those of its cuts, so a cluster
    and its cuts are drawn together); else the prior fitted on every group once. The mean is one logistic
    model (the fits' log-odds averaged), so the shipped prior keeps its form and cost."""
    if bags <= 1:
        return fit_prior([r for g in groups for r in g], c)
    rng = np.random.default_rng(seed)
    fits = []
    for _ in range(bags):
        drawn = rng.integers(0, len(groups), size=len(groups))
        fits.append(fit_prior([r for i in drawn for r in groups[int(i)]], c))
    coef = np.mean([f.coefficients for f in fits], axis=0)
    intercept = float(np.mean([f.intercept for f in fits]))
    return ConceptPrior(tuple(round(float(v), 6) for v in coef), round(intercept, 6), "")


def set_bagged_prior(by_set: dict[str, Sequence[Sequence[Rows]]], c: float) -> ConceptPrior:
    """The mean of the priors fitted with one of ``by_set``'s sets left out each (as many fits as sets):
    a prior less tied to which dev sets trained it."""
    fits = [
        fit_prior([r for name, groups in by_set.items() if name != out for g in groups for r in g], c)
        for out in by_set
    ]
    coef = np.mean([f.coefficients for f in fits], axis=0)
    intercept = float(np.mean([f.intercept for f in fits]))
    return ConceptPrior(tuple(round(float(v), 6) for v in coef), round(intercept, 6), "")


def fit_prior(rows: Sequence[Rows], c: float) -> ConceptPrior:
    """Logistic regression on standardised features, folded back to the raw features."""
    x = np.vstack([f for f, _ in rows])
    y = np.concatenate([s for _, s in rows])
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    model = LogisticRegression(C=c, max_iter=3000)
    model.fit((x - mean) / scale, y.astype(int))
    coef = model.coef_[0] / scale
    intercept = float(model.intercept_[0] - (coef * mean).sum())
    return ConceptPrior(tuple(round(float(v), 6) for v in coef), round(intercept, 6), "")


def prior_rouge(
    name: str, clusters: Sequence[Cluster], settings: SummarizeConfig, prior: ConceptPrior
) -> dict[str, tuple[float, float]]:
    """Each cluster's (R-1, R-2) with ``prior`` (the set's budget and fill rule, as bench_summarize)."""
    spec = next(s for s in SETS if s.name == name)
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


def main_prior(args: argparse.Namespace) -> int:
    """Leave-one-set-out: per held-out dev set, a prior trained on the other four scores it at every power;
    the power for a held-out set is the one with the best mean R-2 over the other four sets' own held-out
    scores. Then the prior trained on all five is written."""
    settings = SummarizeConfig()
    data = {name: prepare(next(s for s in SETS if s.name == name)) for name in DEV}
    cuts = [int(v) for v in args.cuts.split(",") if v]
    groups = {  # per set, per cluster: its rows and its cuts' rows
        name: [
            [
                prior_rows(cut, settings, valued=args.valued)
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
                prior = set_bagged_prior({n: groups[n] for n in DEV if n != held}, args.c)
            else:
                prior = bagged_prior(
                    [g for n in DEV if n != held for g in groups[n]], args.c, args.bags, args.seed
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
    if args.set_bags:
        prior = set_bagged_prior({n: groups[n] for n in DEV}, args.c)
    else:
        prior = bagged_prior([g for n in DEV for g in groups[n]], args.c, args.bags, args.seed)
    print("coefficients", dict(zip(PRIOR_FEATURES, prior.coefficients, strict=True)), prior.intercept)
    if not args.no_write:
        _write_prior(prior, report, args)
    return 0


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
        f"{' --set-bags' if args.set_bags else ''} (C={args.c}, "
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
