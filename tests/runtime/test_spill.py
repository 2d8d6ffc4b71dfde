"""Spill files: records written by one process are read back by reference, in any order, by another."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from newsfuse.model import Article
from newsfuse.runtime import LocalRunner
from newsfuse.runtime.spill import Ref, Spill


def _read_one(ref: Ref, spill: Spill) -> str:
    article: Article = spill.read([ref])[0]
    return article.text


def test_records_come_back_by_reference_in_the_order_asked(tmp_path: Path) -> None:
    spill = Spill(tmp_path)
    first = spill.write([Article(id=f"a{n}", path="p", text="x" * n) for n in range(5)], "articles")
    second = spill.write(["one", {"two": 2}], "misc")
    assert first[0].file != second[0].file  # one file per write: writers never share a file
    got = spill.read([second[1], first[3], first[0], second[0]])
    assert got == [
        {"two": 2},
        Article(id="a3", path="p", text="xxx"),
        Article(id="a0", path="p", text=""),
        "one",
    ]
    assert spill.write([], "articles") == []


def test_pool_workers_write_and_read_the_same_folder(tmp_path: Path) -> None:
    spill = Spill(tmp_path, durable=True)
    assert pickle.loads(pickle.dumps(spill)).dir == spill.dir
    refs = spill.write([Article(id=str(n), path="p", text=f"text {n}") for n in range(20)], "articles")
    with LocalRunner(workers=2) as runner:
        from functools import partial

        texts = runner.map(partial(_read_one, spill=spill), refs, "read")
    assert texts == [f"text {n}" for n in range(20)]


def test_a_cut_file_is_an_error_not_a_short_record(tmp_path: Path) -> None:
    spill = Spill(tmp_path)
    ref = spill.write(["a long enough record"], "misc")[0]
    path = tmp_path / ref.file
    path.write_bytes(path.read_bytes()[:-3])
    with pytest.raises(OSError, match="shorter"):
        spill.read([ref])
