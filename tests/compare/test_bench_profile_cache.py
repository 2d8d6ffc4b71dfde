"""bench_compare reads the generated profile articles through one check of the cached file (issue 7, quant
session 29): an empty, cut-short or unreadable cache is rebuilt, never read as 0 events; a name that spells no
generated corpus is an error."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from benchmarks import bench_compare


def _count(path: Path) -> list[str]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line in fh]


@pytest.mark.parametrize("cached", [b"", b"not gzip at all", None])
def test_an_empty_or_broken_cache_is_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cached: bytes | None
) -> None:
    monkeypatch.setattr(bench_compare, "ROOT", tmp_path)
    folder = tmp_path / "benchmarks" / "work" / "jsonl-6-s9-g2"
    if cached is not None:
        folder.mkdir(parents=True)
        (folder / "articles.jsonl.gz").write_bytes(cached)
    path = bench_compare.profile_articles("jsonl-6-s9-g2")
    texts = _count(path)
    assert len(texts) == 6 and all(texts)


def test_a_cut_short_cache_is_rebuilt_and_a_whole_one_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bench_compare, "ROOT", tmp_path)
    path = bench_compare.profile_articles("jsonl-6-s9-g2")
    whole = path.read_bytes()
    with gzip.open(path, "wt", encoding="utf-8") as fh:  # one of the six articles, as a build stopped early
        fh.write(gzip.decompress(whole).decode("utf-8").split("\n", 2)[0] + "\n")
    assert len(_count(path)) == 1
    bench_compare.profile_articles("jsonl-6-s9-g2")
    assert len(_count(path)) == 6 and gzip.decompress(path.read_bytes()) == gzip.decompress(whole)
    stamp = path.stat().st_mtime_ns
    bench_compare.profile_articles("jsonl-6-s9-g2")
    assert path.stat().st_mtime_ns == stamp  # a whole cache is read as it is


def test_a_name_that_spells_no_corpus_is_an_error() -> None:
    with pytest.raises(ValueError, match="names no generated corpus"):
        bench_compare.profile_articles("reader_audit")
