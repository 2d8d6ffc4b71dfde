"""The shipped static embedding: its files are the ones PROVENANCE.json names, and its reader gives the
benchmark reader's token ids and vectors."""

import hashlib
import json

import numpy as np

from benchmarks.static_embedding import StaticEmbedder
from newsfuse.summarize.embedding import MODEL_DIR, StaticModel, shipped

TEXTS = [
    "PINE RIDGE, S.D. (AP) -- The tribal council met on Tuesday; 1,200 people attended.",
    "Café owners in Zürich said the naïve plan would cost €3.5m — “too much”.",
    "",
    "Ein Erdbeben der Stärke 8,8 erschütterte Chile. 東京 reported nothing!!",
    "x" * 150 + " word",
]


def test_the_files_are_the_ones_the_provenance_names() -> None:
    provenance = json.loads((MODEL_DIR / "PROVENANCE.json").read_text())
    for name, digest in provenance["sha256"].items():
        assert hashlib.sha256((MODEL_DIR / name).read_bytes()).hexdigest() == digest
    assert sum((MODEL_DIR / name).stat().st_size for name in provenance["sha256"]) <= 8_000_000


def test_the_reader_gives_the_benchmark_readers_ids_and_vectors() -> None:
    ours = shipped()
    theirs = StaticEmbedder.load(MODEL_DIR)
    for text in TEXTS:
        assert ours.token_ids(text) == theirs.token_ids(text)
    mine, other = ours.encode(TEXTS), theirs.encode(TEXTS)
    assert np.allclose(mine, other, atol=1e-6)
    norms = np.linalg.norm(mine, axis=1)
    assert np.allclose(norms[[0, 1, 3]], 1.0, atol=1e-5)
    assert norms[2] == 0.0


def test_a_fresh_model_encodes_as_the_shared_one() -> None:
    fresh = StaticModel.load(MODEL_DIR)
    assert np.array_equal(fresh.encode(TEXTS[:2]), shipped().encode(TEXTS[:2]))
