import re

import numpy as np

from newsfuse.dedup.shingles import _MULT, _NONE, Sketcher, _mix
from tests.dedup.test_groups import OWN
from tests.helpers import WIRE

TEXTS = [
    "\n".join(WIRE),
    "\n\n".join(OWN),
    "Short one",
    "",
    "a b c d e f g h i",
    "ÉCOLE café 𝔘nicode 😀 word—word “quoted” İstanbul naïve x_y 42\n\n" + WIRE[0],
    " ".join(WIRE + OWN),  # one long paragraph, cut into blocks
]


def _reference(sketcher: Sketcher, text: str) -> tuple[list[int], list[int]]:
    """Plain winnowing of one text, one shingle at a time: sorted unique fingerprints and their blocks."""
    _, starts, hashes = sketcher._words(text)
    line = [text.count("\n", 0, int(s)) for s in starts.tolist()]
    k, w = sketcher.shingle_size, sketcher.window
    shingles = []
    for i in range(len(line) - k + 1):
        acc = np.zeros(1, np.uint64)
        with np.errstate(over="ignore"):
            for j in range(k):
                acc = acc * _MULT + hashes[i + j : i + j + 1]
        shingles.append(int(_mix(acc)[0]) if line[i] == line[i + k - 1] else int(_NONE))
    picked: list[int] = []
    for begin in range(max(len(shingles) - w + 1, 1) if shingles else 0):
        window = shingles[begin : begin + w]
        at = begin + window.index(min(window))
        if shingles[at] != _NONE and (not picked or picked[-1] != at):
            picked.append(at)
    sketch = sketcher.sketch("x", text)
    first: dict[int, int] = {}
    for at in picked:
        first.setdefault(shingles[at], at)
    block_of_word = {}
    for block, (start, end, _) in enumerate(sketch.spans.tolist()):
        for n, s in enumerate(starts.tolist()):
            if start <= s < end:
                block_of_word[n] = block
    return sorted(first), [block_of_word[first[h]] for h in sorted(first)]


def test_vectorised_winnowing_equals_plain_winnowing() -> None:
    sketcher = Sketcher(4, 6, 50)
    for text in TEXTS:
        sketch = sketcher.sketch("x", text)
        fingerprints, blocks = _reference(sketcher, text)
        assert sketch.fingerprints.tolist() == fingerprints
        assert sketch.paragraph.tolist() == blocks
        assert (
            sketch.block_fingerprints.tolist()
            == np.bincount(blocks, minlength=sketch.spans.shape[0]).tolist()
        )


def test_a_sketch_does_not_depend_on_the_batch_it_is_made_in() -> None:
    items = [(f"t{n}", text, None) for n, text in enumerate(TEXTS)]
    alone = [Sketcher(4, 6, 50).sketch(*item) for item in items]
    for batch_chars in (1, 300, 1 << 20):
        together = Sketcher(4, 6, 50, batch_chars=batch_chars).sketch_many(items)
        for a, b in zip(alone, together, strict=True):
            assert (a.id, a.digest, a.words) == (b.id, b.digest, b.words)
            for field in ("fingerprints", "paragraph", "spans", "block_fingerprints"):
                assert np.array_equal(getattr(a, field), getattr(b, field))


def test_words_are_re_word_runs_compared_without_case() -> None:
    sketcher = Sketcher(4, 6, 50)
    for text in TEXTS:
        assert sketcher.sketch("x", text).words == len(re.findall(r"\w+", text))
    upper = sketcher.sketch("a", "THE Fire, at the   WAREHOUSE! burned all night")
    lower = sketcher.sketch("b", "the fire at the warehouse burned all night.")
    assert upper.digest == lower.digest
    assert np.array_equal(upper.fingerprints, lower.fingerprints)


def test_a_shared_run_of_window_plus_shingle_words_yields_a_shared_fingerprint() -> None:
    sketcher = Sketcher(4, 6, 50)
    run = WIRE[2].split()[:9]  # window + shingle_size - 1 words
    for n in range(len(OWN[0].split())):
        words = OWN[0].split()
        a = sketcher.sketch("a", " ".join(words[:n] + run + words[n:]))
        b = sketcher.sketch("b", " ".join(OWN[1].split() + run))
        assert np.intersect1d(a.fingerprints, b.fingerprints).size >= 1


def test_a_pickled_sketch_comes_back_with_the_same_fields_dtypes_and_writable_arrays() -> None:
    import pickle

    from newsfuse.dedup.shingles import Sketch

    sketcher = Sketcher(5, 4, 40)
    texts = [("wire", "\n\n".join(WIRE), "2024-03-01"), ("own", "\n\n".join(OWN), None), ("empty", "", None)]
    texts.append(("one", "word", None))
    sketches = sketcher.sketch_many(texts)
    odd = Sketch(  # arrays as a caller might hand them over: a strided view, Fortran order, empty
        "odd", None, "d", 3, np.arange(10, dtype=np.uint64)[::3], np.zeros(0, dtype=np.int32),
        np.asfortranarray(np.arange(6, dtype=np.int32).reshape(2, 3)), np.ones(2, dtype=np.int32),
    )  # fmt: skip
    for sketch in [*sketches, odd]:
        back = pickle.loads(pickle.dumps(sketch, protocol=pickle.HIGHEST_PROTOCOL))
        assert (back.id, back.published, back.digest, back.words) == (
            sketch.id, sketch.published, sketch.digest, sketch.words,
        )  # fmt: skip
        for name in ("fingerprints", "paragraph", "spans", "block_fingerprints"):
            mine, theirs = getattr(back, name), getattr(sketch, name)
            assert mine.dtype == theirs.dtype and mine.shape == theirs.shape, name
            assert np.array_equal(mine, theirs), name
            assert mine.flags.writeable, name
