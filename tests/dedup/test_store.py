from pathlib import Path

import numpy as np
import pytest

from newsfuse.dedup import DedupIndex, find_duplicates
from newsfuse.dedup import store as store_module
from newsfuse.dedup.shingles import Sketch
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


def test_a_batch_reads_each_spilled_sketch_it_verifies_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    articles = _corpus()  # full, trunc, near, rewrite, other: the first four are candidates of each other
    reference = find_duplicates(articles)
    index = DedupIndex(spill_folder=tmp_path, resident=1)
    for article in articles[:3]:
        index.add([article])  # full and trunc are in the file by now
    loaded: list[str] = []
    loads = store_module._loads

    def counted(data: bytes) -> Sketch:
        sketch = loads(data)
        loaded.append(sketch.id)
        return sketch

    monkeypatch.setattr(store_module, "_loads", counted)
    before = index.compared
    index.add(articles[3:])
    monkeypatch.undo()
    assert index.compared - before >= 3  # the rewrite and the other against the three before them
    # adding two spills near and rewrite too; each is read once: the rewrite by the candidate search (the
    # verification has it at hand), full, trunc and near by the verification, though paired more than once
    assert sorted(loaded) == ["full", "near", "rewrite", "trunc"]
    assert index.result() == reference
