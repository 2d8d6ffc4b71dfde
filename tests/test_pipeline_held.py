"""The main process's compact record of kept articles gives back the Held records it was given."""

from __future__ import annotations

from pathlib import Path

from newsfuse.model import Article, DedupResult
from newsfuse.pipeline import Streamed
from newsfuse.runtime.held import Held, HeldArticles
from newsfuse.runtime.spill import Ref, Spill


def _held(n: int, published: str | None) -> Held:
    head = Article(id=f"doc-{n}", path="", text="", published=published)
    return Held(head, Ref(f"articles-{n // 3}.bin", 100 * n, 40 + n), f"key-{n}" if n % 2 else "")


def test_held_articles_give_back_what_they_were_given(tmp_path: Path) -> None:
    given = [_held(n, None if n == 4 else f"2026-03-0{1 + n % 2}T10:00:00Z") for n in range(8)]
    held = HeldArticles()
    for item in given:
        held.append(item)
    assert len(held) == 8
    assert list(held) == given
    assert held[-1] == given[-1] and held[2:5] == given[2:5]
    assert held.ids == [h.head.id for h in given]
    assert held[1].head.published is held[3].head.published  # one string per distinct date
    done = Streamed(held, [], DedupResult((), ()), Spill(tmp_path))
    assert dict(done.ref_of) == {h.head.id: h.ref for h in given}
