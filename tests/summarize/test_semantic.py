"""The embedding signals (summarize.embed_*): the redundancy rule in selection, the bonus, the brief."""

from collections.abc import Iterator, Sequence

import numpy as np
import pytest

from newsfuse.config import SummarizeConfig
from newsfuse.summarize import semantic, summarize_event
from newsfuse.summarize.select import Coverage, select_rows
from tests.helpers import WIRE, article


def _fake(texts: Sequence[str]) -> np.ndarray:
    """A deterministic stand-in embedder: letter counts, unit length."""
    rows = np.zeros((len(texts), 26))
    for n, text in enumerate(texts):
        for char in text.lower():
            if "a" <= char <= "z":
                rows[n, ord(char) - 97] += 1
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return rows / norms


@pytest.fixture
def embedder() -> Iterator[None]:
    semantic.use(_fake)
    yield
    semantic.use(None)


def test_two_conflicting_rows_are_never_both_chosen() -> None:
    cover = np.asarray([[1.0, 1.0, 0.0, 0.0], [0.0, 0.0, 1.0, 1.0], [0.0, 1.0, 0.0, 1.0]])
    worth = np.asarray([3.0, 3.0, 3.0, 3.0])
    length = np.asarray([10, 10, 10], dtype=np.int64)
    penalty = np.zeros(3)
    assert select_rows(Coverage(cover, worth, length, penalty), 30) == [0, 1]
    conflict = np.zeros((3, 3), dtype=bool)
    conflict[0, 1] = conflict[1, 0] = True
    picked = select_rows(Coverage(cover, worth, length, penalty, conflict=conflict), 30)
    assert not (0 in picked and 1 in picked)
    assert picked


def test_the_bonus_is_zscored_and_the_conflicts_leave_out_the_diagonal() -> None:
    rows = np.eye(3)
    bonus = semantic.bonus(rows, np.asarray([1.0, 0.0, 0.0]), 0.5, 10.0)
    assert bonus.sum() == pytest.approx(0.0)
    assert bonus[0] > 0 > bonus[1]
    assert semantic.bonus(rows, np.asarray([1.0, 0.0, 0.0]), 0.0, 10.0).tolist() == [0.0, 0.0, 0.0]
    close = semantic.conflicts(np.vstack([rows, rows[:1]]), 0.9)
    assert close is not None and close[0, 3] and close[3, 0] and not close[0, 0]
    assert semantic.conflicts(rows, 0.9) is None
    assert semantic.conflicts(rows, 0.0) is None


def test_without_a_registered_embedder_the_shipped_model_is_used() -> None:
    semantic.use(None)
    rows = semantic.embed(["The council met on Tuesday.", "The council met on Tuesday."])
    assert rows.shape == (2, 256) and np.allclose(rows[0], rows[1])
    articles = [article("wire", "\n".join(WIRE))]
    assert summarize_event(articles, {"wire": "wire"}, SummarizeConfig(words=60, embed_lead=0.01))


@pytest.mark.usefixtures("embedder")
def test_briefs_with_the_signals_keep_their_evidence_and_budget() -> None:
    articles = [article("wire", "\n".join(WIRE)), article("copy", "\n".join(WIRE[1:]))]
    by_id = {a.id: a for a in articles}
    config = SummarizeConfig(words=60, embed_centroid=0.3, embed_lead=0.2, embed_redundancy=0.9)
    brief = summarize_event(articles, {"wire": "wire", "copy": "copy"}, config)
    assert brief
    assert sum(len(s.text.split()) for s in brief) <= 60
    for sentence in brief:
        first = sentence.evidence[0]
        assert by_id[first.article_id].text[first.start : first.end] == sentence.text or sentence.kept
    assert brief == summarize_event(articles, {"wire": "wire", "copy": "copy"}, config)
