"""Which event signals rank a swap beyond the objective's own change: a held-out screen (issue 6, dev sets only).

``.venv/bin/python benchmarks/pair_screen_summarize.py [--sets duc2003_task2,...] [--save FILE]``
Pairs: for every dev cluster's brief (all the set's clusters), every chosen sentence s and every rival r
(selectable, unchosen, no version of a chosen sentence, no clash, sharing a valued concept with s, fitting the
budget in s's place). Label: the whole brief's R-1 recall (the filler kept, cut as the set scores) rises when r
takes s's place. Each signal is r's value less s's, read from the cluster's articles alone (no reference):
- ``gain_diff``: the objective's change (r's new worth given the other chosen sentences less s's, over the
  event's mean sentence worth); ``log_len``: the log length ratio;
- restatement by the *other* sources (``source_of`` groups other than the sentence's own; a source's best
  sentence): ``re_words`` the mean share of the sentence's content stems it holds, ``re_count`` the share of
  sources where that is at least half, ``re_embed`` the mean best cosine of the shipped static embedding;
- the same read in the first ``LEAD`` sentences of each article: ``lead_words``, ``lead_count``, ``lead_embed``;
- ``depth`` log(1 + position), ``rel_depth`` position over the article's sentences, ``len`` words.
Per set, a logistic model (standardised, C 1) fitted on the other sets' pairs: the held-out AUC of each signal
alone, of ``gain_diff`` alone and of the two together (a signal passes when it adds at least ``PASS_AUC`` on all
sets but one); and what a swap would decide: per chosen sentence, whether the held-out model's top rival raises
the brief's R-1, against ``gain_diff``'s top rival and against any rival. No brief is changed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from unittest import mock

import numpy as np
from numpy.typing import NDArray
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.bench_summarize import SETS, EvalSet, fill_for  # noqa: E402
from benchmarks.budget_summarize import r1  # noqa: E402
from benchmarks.headroom_summarize import Grams  # noqa: E402
from benchmarks.tune_summarize import DEV, Cluster, dev_names, prepare  # noqa: E402
from newsfuse.config import SummarizeConfig  # noqa: E402
from newsfuse.summarize import brief as brief_module  # noqa: E402
from newsfuse.summarize.concepts import sentence_terms  # noqa: E402
from newsfuse.summarize.embedding import shipped  # noqa: E402
from newsfuse.summarize.pool import Candidate, _sentences  # noqa: E402
from newsfuse.summarize.select import Coverage  # noqa: E402

SIGNALS = (
    "re_words",
    "re_count",
    "re_embed",
    "lead_words",
    "lead_count",
    "lead_embed",
    "depth",
    "rel_depth",
    "len",
)
COLUMNS = ("gain_diff", "log_len", *SIGNALS)
LEAD = 3
"""An article's lead: its first sentences, this many."""
HALF = 0.5
"""A source restates a sentence when its best sentence holds at least this share of the sentence's stems."""
PASS_AUC = 0.03
SEED = 29
Embed = Callable[[Sequence[str]], NDArray[np.float32]]


class EventSignals:
    """Every sentence of a cluster's articles (datelines off) with its source, position, stems and vector."""

    def __init__(self, articles: Sequence[tuple[str, str, str]], embed: Embed | None = None) -> None:
        """``articles``: (id, text, source group) each; ``embed``: texts to unit rows (the shipped model)."""
        self.embed = embed or shipped().encode
        self.count: dict[str, int] = {}
        self.source: dict[str, str] = {}
        groups, leads, texts = [], [], []
        for article_id, text, group in articles:
            sentences = _sentences(text)[1]
            self.count[article_id] = len(sentences)
            self.source[article_id] = group
            for _, _, index, sentence in sentences:
                groups.append(group)
                leads.append(index < LEAD)
                texts.append(sentence)
        self.group = np.asarray(groups, dtype=object)
        self.lead = np.asarray(leads, dtype=bool)
        self.stems = [frozenset(sentence_terms(t)[0]) for t in texts]
        self.vectors = np.asarray(self.embed(texts), dtype=np.float64) if texts else np.zeros((0, 1))
        self._memo: dict[tuple[str, int, str], NDArray[np.float64]] = {}

    def values(self, article_id: str, position: int, text: str, length: int) -> NDArray[np.float64]:
        """The signals of ``SIGNALS`` for one sentence of article ``article_id``."""
        key = (article_id, position, text)
        if key in self._memo:
            return self._memo[key]
        stems = frozenset(sentence_terms(text)[0])
        held = np.array([len(stems & other) / max(1, len(stems)) for other in self.stems])
        cosine = self.vectors @ np.asarray(self.embed([text])[0], dtype=np.float64)
        own = self.source.get(article_id, article_id)
        best: list[tuple[float, float, float, float]] = []
        for group in dict.fromkeys(self.group.tolist()):
            if group == own:
                continue
            there = self.group == group
            lead = there & self.lead
            best.append(
                (
                    float(held[there].max()),
                    float(cosine[there].max()),
                    float(held[lead].max()) if lead.any() else 0.0,
                    float(cosine[lead].max()) if lead.any() else 0.0,
                )
            )
        table = np.asarray(best).reshape(-1, 4)
        told = (
            [0.0] * 6
            if not len(table)
            else [
                table[:, 0].mean(),
                (table[:, 0] >= HALF).mean(),
                table[:, 1].mean(),
                table[:, 2].mean(),
                (table[:, 2] >= HALF).mean(),
                table[:, 3].mean(),
            ]
        )
        depth = [np.log1p(position), position / max(1, self.count.get(article_id, 1)), float(length)]
        out = np.asarray([*told, *depth], dtype=np.float64)
        self._memo[key] = out
        return out


def rivals_of(
    problem: Coverage, cover: NDArray[np.bool_], chosen: Sequence[int], s: int, budget: int
) -> NDArray[np.int64]:
    """The rows that could take chosen row ``s``'s place (see the module's docstring)."""
    others = [c for c in chosen if c != s]
    free = np.asarray(problem.penalty < 1e8)
    free[list(chosen)] = False
    if problem.group is not None:
        free &= ~np.isin(problem.group, problem.group[[*others, s]])
    if problem.conflict is not None and others:
        free &= ~np.asarray(problem.conflict[others]).any(axis=0)
    free &= problem.length <= budget - int(problem.length[others].sum())
    free &= (cover & cover[s]).any(axis=1)
    return np.flatnonzero(free)


def objective_columns(
    problem: Coverage, cover: NDArray[np.bool_], chosen: Sequence[int], s: int, rivals: NDArray[np.int64]
) -> NDArray[np.float64]:
    """``gain_diff`` and ``log_len`` of each rival against ``s``."""
    worth = problem.worth
    mean_worth = max(1e-9, float((cover @ worth).mean()))
    others = [c for c in chosen if c != s]
    held = cover[others].any(axis=0) if others else np.zeros(len(worth), dtype=bool)
    open_worth = np.where(held, 0.0, worth)
    gain = (cover[rivals] @ open_worth - float(cover[s] @ open_worth)) / mean_worth
    length = problem.length.astype(float)
    return np.column_stack([gain, np.log(length[rivals] / length[s])])


@dataclass
class Pairs:
    """One set's pairs: the columns of ``COLUMNS``, the label, and which chosen sentence each pair replaces."""

    x: NDArray[np.float64]
    gain: NDArray[np.bool_]
    sentence: NDArray[np.int64]


@contextmanager
def _recording(
    rows: list[tuple[NDArray[np.float64], NDArray[np.bool_]]],
    signals: EventSignals,
    refs: Sequence[Counter[str]],
    cut: int,
    grams: Grams,
) -> Iterator[None]:
    """While a brief is made, the pairs of its selection (after ``_without_repeats``) with the whole-brief label."""
    state: dict[str, Any] = {}
    repeats, filler = brief_module._without_repeats, brief_module._filler

    def kept(
        problem: Coverage, picked: list[int], sentences: Sequence[Candidate], config: Any, *a: Any
    ) -> Any:
        out = repeats(problem, picked, sentences, config, *a)
        state["at"] = (out[0], list(out[1]), sentences, config.words)
        return out

    def filled(
        problem: Coverage, picked: Sequence[int], sentences: Sequence[Candidate], *a: Any
    ) -> int | None:
        extra = filler(problem, picked, sentences, *a)
        if "at" not in state or not len(picked):
            return extra
        problem, chosen, sentences, budget = state.pop("at")
        dense = problem.cover.toarray() if hasattr(problem.cover, "toarray") else problem.cover
        cover = np.asarray(dense) > 0

        def score(picked_rows: list[int]) -> float:
            tail = [extra] if extra is not None and extra not in picked_rows else []
            words = " ".join(sentences[r].text for r in [*picked_rows, *tail]).split()[:cut]
            return r1(words, refs, grams)

        base = score(chosen)
        for s in chosen:
            rivals = rivals_of(problem, cover, chosen, s, budget)
            if not len(rivals):
                continue
            mine = signals.values(*_fields(sentences[s]))
            x = np.column_stack(
                [
                    objective_columns(problem, cover, chosen, s, rivals),
                    np.vstack([signals.values(*_fields(sentences[r])) - mine for r in rivals]),
                ]
            )
            after = np.array([score([r if c == s else c for c in chosen]) for r in rivals])
            rows.append((x, after - base > 1e-9))
        return extra

    with (
        mock.patch.object(brief_module, "_without_repeats", kept),
        mock.patch.object(brief_module, "_filler", filled),
    ):
        yield


def _fields(c: Candidate) -> tuple[str, int, str, int]:
    return c.article_id, c.position, c.text, c.length


def collect(spec: EvalSet, clusters: Sequence[Cluster], grams: Grams) -> Pairs:
    """Every pair of every cluster's brief on the set's conventions (budget, fill, cut)."""
    config = replace(SummarizeConfig(), words=spec.words, fill=fill_for(spec))
    rows: list[tuple[NDArray[np.float64], NDArray[np.bool_]]] = []
    for c in clusters:
        refs = [Counter(grams(" ".join(r.split()[: spec.limit]) if spec.limit else r)) for r in c.references]
        signals = EventSignals([(a.id, a.text, c.source_of.get(a.id, a.id)) for a in c.articles])
        with _recording(rows, signals, refs, spec.limit or spec.words, grams):
            c.brief(config)
    if not rows:
        return Pairs(np.zeros((0, len(COLUMNS))), np.zeros(0, dtype=bool), np.zeros(0, dtype=np.int64))
    return Pairs(
        np.vstack([x for x, _ in rows]),
        np.concatenate([y for _, y in rows]),
        np.concatenate([np.full(len(y), n) for n, (_, y) in enumerate(rows)]),
    )


def fitted(
    parts: Sequence[Pairs], cols: Sequence[int]
) -> Callable[[NDArray[np.float64]], NDArray[np.float64]]:
    """A logistic model of the label on ``cols`` (standardised, C 1), as a scorer of whole column rows."""
    x = np.vstack([p.x[:, list(cols)] for p in parts])
    y = np.concatenate([p.gain for p in parts])
    mu, sd = x.mean(axis=0), x.std(axis=0) + 1e-9
    model = LogisticRegression(C=1.0, max_iter=2000, random_state=SEED).fit((x - mu) / sd, y)
    weights = model.coef_[0]
    return lambda rows: np.asarray(((rows[:, list(cols)] - mu) / sd) @ weights, dtype=np.float64)


def top_gains(pairs: Pairs, scores: NDArray[np.float64]) -> float:
    """The share of chosen sentences whose highest-scored rival is a gain."""
    hits = [bool(pairs.gain[at][np.argmax(scores[at])]) for at in _by_sentence(pairs)]
    return float(np.mean(hits)) if hits else 0.0


def _by_sentence(pairs: Pairs) -> list[NDArray[np.int64]]:
    edges = np.flatnonzero(np.diff(pairs.sentence)) + 1
    return [part for part in np.split(np.arange(len(pairs.gain)), edges) if len(part)]


def held_out(sets: dict[str, Pairs], cols: Sequence[int]) -> dict[str, tuple[float, float]]:
    """Per set, the held-out AUC and top-rival gain rate of a model fitted on the other sets."""
    out = {}
    for name, pairs in sets.items():
        score = fitted([p for n, p in sets.items() if n != name], cols)(pairs.x)
        out[name] = (float(roc_auc_score(pairs.gain, score)), top_gains(pairs, score))
    return out


def screen(sets: dict[str, Pairs]) -> list[dict[str, Any]]:
    """One row per signal: held out alone, with ``gain_diff``, the difference, whether it passes."""
    base = held_out(sets, [0])
    rows: list[dict[str, Any]] = [{"signal": "gain_diff", "alone": base}]
    for n, name in enumerate(SIGNALS, start=2):
        both = held_out(sets, [0, n])
        delta = {k: both[k][0] - base[k][0] for k in sets}
        rows.append(
            {
                "signal": name,
                "alone": held_out(sets, [n]),
                "with": both,
                "delta": delta,
                "passes": sum(d >= PASS_AUC for d in delta.values()) >= len(sets) - 1,
            }
        )
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sets", default=",".join(DEV))
    parser.add_argument("--save", type=Path, help="write the table and each set's pair counts here (JSON)")
    args = parser.parse_args(argv)
    grams = Grams()
    sets = {}
    for name in dev_names(parser, args.sets):
        spec = next(s for s in SETS if s.name == name)
        sets[name] = collect(spec, prepare(spec), grams)
        print(f"{name}: {len(sets[name].gain)} pairs, {sets[name].gain.mean():.3f} a gain", flush=True)
    if len(sets) < 2:
        parser.error("held-out figures need at least two sets")
    rows = screen(sets)
    anyone = {k: float(np.mean([p.gain[at].any() for at in _by_sentence(p)])) for k, p in sets.items()}
    print("held-out AUC (top rival a gain) per set:", ", ".join(sets), "| any rival a gain:", _cells(anyone))
    for row in rows:
        cells = [_cells({k: v[0] for k, v in row["alone"].items()}), _tops(row["alone"])]
        if "with" in row:
            cells += [
                "with gain_diff " + _cells({k: v[0] for k, v in row["with"].items()}),
                _tops(row["with"]),
                "delta " + _cells(row["delta"], signed=True),
                "passes" if row["passes"] else "",
            ]
        print(f"{row['signal']}: " + " | ".join(cells), flush=True)
    if args.save:
        counts = {k: [len(p.gain), int(p.gain.sum())] for k, p in sets.items()}
        args.save.write_text(json.dumps({"pairs": counts, "screen": rows, "any": anyone}))
    return 0


def _cells(values: dict[str, float], signed: bool = False) -> str:
    return " / ".join(f"{v:+.3f}" if signed else f"{v:.3f}" for v in values.values())


def _tops(values: dict[str, tuple[float, float]]) -> str:
    return "(" + " / ".join(f"{v[1]:.2f}" for v in values.values()) + ")"


if __name__ == "__main__":
    raise SystemExit(main())
