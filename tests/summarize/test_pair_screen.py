"""The pair screen of benchmarks/pair_screen_summarize.py: its event signals, rivals and held-out measures."""

from __future__ import annotations

import numpy as np
import pytest

from benchmarks.pair_screen_summarize import SIGNALS, EventSignals, Pairs, held_out, rivals_of, top_gains
from newsfuse.summarize.select import Coverage

FLOOD = "The river burst its banks on Tuesday and flooded the old mill town overnight."
MAYOR = "The mayor asked residents of the valley to leave their homes before dark."
SCHOOL = "Schools in the county will stay closed until the water goes down, officials said."
OTHER = "A local bakery handed out bread to the families sheltering in the church hall."


def _signals() -> EventSignals:
    return EventSignals(
        [
            ("a1", f"{FLOOD} {MAYOR} {SCHOOL}", "wire"),
            ("a2", f"{FLOOD} {MAYOR} {SCHOOL}", "wire"),  # a syndicated copy: the same source
            ("b1", f"{OTHER} {SCHOOL} {MAYOR} {FLOOD}", "paper"),
        ]
    )


def _signal(values: np.ndarray, name: str) -> float:
    return float(values[SIGNALS.index(name)])


def test_a_sentence_every_other_source_restates_in_its_lead() -> None:
    values = _signals().values("a1", 2, SCHOOL, 15)
    # one other source ("paper"); its second sentence is the same text, inside its first three
    for name in ("re_words", "re_count", "lead_words", "lead_count"):
        assert _signal(values, name) == 1.0
    assert _signal(values, "re_embed") == pytest.approx(1.0, abs=1e-5)
    assert _signal(values, "depth") == pytest.approx(np.log(3))
    assert _signal(values, "rel_depth") == pytest.approx(2 / 3)
    assert _signal(values, "len") == 15


def test_a_restatement_past_the_other_sources_lead_counts_only_as_a_restatement() -> None:
    values = _signals().values("a1", 0, FLOOD, 15)
    assert _signal(values, "re_words") == 1.0
    assert _signal(values, "lead_count") == 0.0  # "paper" tells it in its fourth sentence
    assert _signal(values, "lead_words") < 0.5


def test_a_syndicated_copy_is_not_another_source() -> None:
    values = _signals().values("b1", 0, OTHER, 15)
    # only the wire tells the flood, the mayor and the schools; nothing there restates the bakery
    assert _signal(values, "re_count") == 0.0
    assert _signal(values, "re_words") < 0.5
    alone = EventSignals([("b1", OTHER, "paper"), ("b2", OTHER, "paper")]).values("b1", 0, OTHER, 15)
    assert list(alone[:6]) == [0.0] * 6  # no other source at all


def test_rivals_share_a_concept_fit_the_budget_and_are_no_version_of_a_chosen_sentence() -> None:
    cover = np.array(
        [[1, 1, 0, 0], [0, 0, 1, 0], [1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 0, 1], [1, 0, 0, 0]], dtype=bool
    )
    problem = Coverage(
        cover.astype(float),
        np.ones(4),
        np.array([10, 10, 8, 12, 5, 9]),
        np.array([0.0, 0.0, 0.0, 0.0, 0.0, 1e9]),
        np.array([0, 1, 2, 1, 4, 5]),
    )
    # 2 shares concept 0 with row 0; 3 shares concept 1 but is a version of chosen row 1; 4 shares nothing;
    # 5 is excluded; with a budget of 20 row 1 leaves 10 words, so 2 (8) fits and a 12-word rival would not
    assert rivals_of(problem, cover, [0, 1], 0, 20).tolist() == [2]
    assert rivals_of(problem, cover, [0, 1], 0, 17).tolist() == []


def test_held_out_figures_of_a_signal_that_is_the_label() -> None:
    rng = np.random.default_rng(0)
    sets = {}
    for name in ("a", "b", "c"):
        gain = rng.random(60) < 0.3
        x = np.column_stack([rng.normal(size=60), gain + 0.1 * rng.normal(size=60)])
        sets[name] = Pairs(x, gain, np.repeat(np.arange(12), 5))
    figures = held_out(sets, [1])
    for name, pairs in sets.items():
        assert figures[name][0] == 1.0
        # the top rival is a gain wherever some rival is
        assert figures[name][1] == pytest.approx(
            np.mean([pairs.gain[k * 5 : k * 5 + 5].any() for k in range(12)])
        )
    assert top_gains(sets["a"], -sets["a"].x[:, 1]) < figures["a"][1]
