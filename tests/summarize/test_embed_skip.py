"""The embedding bonus is skipped only where it cannot change the choice (brief._settled): there, any
bonus within its bound gives the rows chosen without it; and the encoder's int8 rows give the float32
vectors the stored rows times their scales do."""

import math

import numpy as np
import pytest

from newsfuse.config import SummarizeConfig
from newsfuse.summarize import semantic, summarize_event
from newsfuse.summarize.brief import _settled
from newsfuse.summarize.embedding import MODEL_DIR, StaticModel, shipped
from newsfuse.summarize.select import Coverage, select_rows
from tests.helpers import WIRE, article


def _problem(rng: np.random.Generator) -> Coverage:
    """A small event's selection problem: quarter worths, the pipeline's position prior and dangling
    penalty, sentences of 8 to 40 words."""
    rows, columns = int(rng.integers(2, 12)), int(rng.integers(3, 30))
    cover = (rng.random((rows, columns)) < rng.uniform(0.1, 0.5)).astype(np.float64)
    worth = rng.integers(0, 12, columns) / 4.0
    length = rng.integers(8, 41, rows).astype(np.int64)
    position = rng.permutation(rows + int(rng.integers(0, 20)))[:rows]
    dangling = rng.random(rows) < 0.2
    penalty = 1.0 * dangling - 3.0 / (1 + position)
    return Coverage(cover, worth, length, penalty)


def _zscores(rng: np.random.Generator, rows: int) -> list[np.ndarray]:
    """Z-scores as the bonus makes them: random ones and the extremes (one value apart from the rest)."""
    found = [semantic.zscored(rng.normal(size=rows)) for _ in range(4)]
    for sign in (1.0, -1.0):
        for at in range(rows):
            values = np.zeros(rows)
            values[at] = sign
            found.append(semantic.zscored(values))
    return found


def test_a_settled_problem_chooses_the_same_rows_under_any_bounded_bonus() -> None:
    rng = np.random.default_rng(19)
    config = SummarizeConfig(words=60, embed_lead=0.05)
    settled = 0
    for _ in range(600):
        problem = _problem(rng)
        mean_worth = float((problem.cover @ problem.worth).mean())
        if not _settled(problem, config, mean_worth):
            continue
        settled += 1
        plain = select_rows(problem, config.words)
        for z in _zscores(rng, len(problem.length)):
            assert float(np.abs(z).max()) <= math.sqrt(len(z) - 1) + 1e-9
            bonus = config.embed_lead * mean_worth * z
            moved = Coverage(problem.cover, problem.worth, problem.length, problem.penalty - bonus)
            assert select_rows(moved, config.words) == plain
    assert settled > 30  # the check is not vacuous


def test_settled_is_never_claimed_where_more_than_the_penalties_decide() -> None:
    rng = np.random.default_rng(7)
    problem = _problem(rng)
    mean_worth = float((problem.cover @ problem.worth).mean())
    for config in (
        SummarizeConfig(embed_lead=0.01, fill=True),
        SummarizeConfig(embed_lead=0.01, novelty=0.5),
        SummarizeConfig(embed_lead=0.01, embed_redundancy=0.9),
    ):
        assert not _settled(problem, config, mean_worth)
    # a row whose worth is near its penalty could go either way
    tight = Coverage(
        np.asarray([[1.0, 0.0], [0.0, 1.0]]),
        np.asarray([1.0, 0.25]),
        np.asarray([10, 10], dtype=np.int64),
        np.asarray([-3.0, 0.27]),
    )
    assert not _settled(tight, SummarizeConfig(embed_lead=0.01), 5.0)
    assert _settled(tight, SummarizeConfig(embed_lead=0.01), 0.0)

    def __call__(self, texts: object) -> np.ndarray:
        self.calls += 1
        return semantic.embed.__wrapped__(texts)  # type: ignore[attr-defined]


def test_an_event_whose_choice_is_settled_is_not_encoded(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []

    def counted(texts: object) -> np.ndarray:
        calls.append(1)
        return np.zeros((len(texts), 4))  # type: ignore[arg-type]

    semantic.use(counted)
    try:
        short = [article("wire", "\n".join(WIRE[:2]))]
        config = SummarizeConfig(words=400, embed_lead=0.01)
        brief = summarize_event(short, {"wire": "wire"}, config)
        assert brief == summarize_event(short, {"wire": "wire"}, SummarizeConfig(words=400))
        assert not calls  # everything fits and every sentence's position prior beats any bonus
        summarize_event(
            [article("wire", "\n".join(WIRE))], {"wire": "wire"}, SummarizeConfig(words=30, embed_lead=0.01)
        )
        assert calls  # the budget binds: the bonus may decide
    finally:
        semantic.use(None)


def test_int8_rows_give_the_vectors_of_the_rows_times_their_scales() -> None:
    model = shipped()
    rows = np.load(MODEL_DIR / "vectors.npy")
    scales = np.load(MODEL_DIR / "scales.npy")
    full = (rows.astype(np.float32) * scales[:, None]).astype(np.float32)
    assert np.array_equal(model.vectors, full)
    texts = ["The council met on Tuesday; 1,200 people attended.", "", "Fire crews fought the blaze.", "x"]
    as_floats = StaticModel(
        full, (MODEL_DIR / "vocab.txt").read_text(encoding="utf-8").split("\n")[: len(full)]
    )
    assert as_floats.encode(texts).tobytes() == model.encode(texts).tobytes()
    # the sum runs over each text's tokens in order from 0.0, in float32
    ids = model.token_ids(texts[0])
    total = np.zeros(full.shape[1], dtype=np.float32)
    for token in ids:
        total = total + full[token]
    assert np.array_equal(model.encode(texts[:1])[0], total / np.linalg.norm(total))


def test_the_kernel_sum_is_the_sparse_product_byte_for_byte(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsfuse.summarize import embedding

    texts = [
        *WIRE,
        "",
        "Fire crews fought the blaze, the blaze, the blaze.",
        "x",
        "Zürich's mayor — «quoted»",
    ]
    model = StaticModel.load(MODEL_DIR)
    direct = model.encode(texts)
    monkeypatch.setattr(embedding, "_matvecs", None)
    assert model.encode(texts).tobytes() == direct.tobytes()
    assert not direct[len(WIRE)].any()  # no token: a zero row
