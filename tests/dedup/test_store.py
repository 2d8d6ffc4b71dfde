from pathlib import Path

import numpy as np
import pytest

from newsfuse.dedup import DedupIndex, find_duplicates
from newsfuse.dedup.store import SketchStore
from tests.dedup.test_index import _corpus


def test_an_index_spilling_old_sketches_decides_as_one_in_memory(tmp_path: Path) -> None:
    articles = _corpus()  # full, trunc, near, rewrite, other
    reference = find_duplicates(articles)
    index = DedupIndex(spill_folder=tmp_path, resident=1)
    for article in articles:  # one at a time: every older sketch is read back from the file
        index.add([article])
    assert len(index.sketches.in_memory) < len(articles)
    assert any(tmp_path.iterdir())
    assert index.result() == reference
    assert index.ids == [a.id for a in articles]
    index.save(tmp_path / "index.npz")
    assert DedupIndex.load(tmp_path / "index.npz").result() == reference


def test_store_reads_back_every_sketch_by_position_and_slice(tmp_path: Path) -> None:
    sketches = DedupIndex().sketch(_corpus())
    store = SketchStore(tmp_path, resident=2)
    for sketch in sketches:
        store.extend([sketch])
    assert len(store) == len(sketches) and len(store.in_memory) <= 3
    for n, (got, want) in enumerate(zip(store, sketches, strict=True)):
        assert store[n].id == got.id == want.id
        assert np.array_equal(got.fingerprints, want.fingerprints)
        assert np.array_equal(got.spans, want.spans) and got.digest == want.digest
    assert [s.id for s in store[1:4]] == [s.id for s in sketches[1:4]]
    assert store[-1].id == sketches[-1].id
    with pytest.raises(IndexError):
        store[len(sketches)]
    with pytest.raises(ValueError, match="resident"):
        SketchStore(tmp_path, resident=0)


def test_store_without_a_folder_keeps_everything_in_memory() -> None:
    sketches = DedupIndex().sketch(_corpus())
    store = SketchStore(resident=1)
    store.extend(sketches)
    assert len(store.in_memory) == len(sketches)
