"""reported_dev4 keeps labels only: paragraphs are drawn outside the speaker samples' incidents and read back by
offsets and SHA-1 (a changed text is an error)."""

import gzip
import hashlib
import json
from pathlib import Path

import pytest

from benchmarks.reported_dev4 import draw_paragraphs, rows

QUOTED = 'Chief Ann Lee spoke to the crowd gathered outside the station on Monday.\n\n"We are asking anyone who saw it to call us," Lee said at the scene.'
PLAIN = "Police said the man was taken to a hospital in the city, where he was listed in stable condition on Monday night, a spokesman said."
OTHER = "The shooting happened shortly after midnight near the corner of Elm Street and Third Avenue in the north end of the city, near a park."


def _sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def write_corpus(root: Path, arts: list[dict[str, str]]) -> None:
    """A GVA corpus of ``arts`` (id, cluster, text) under ``root`` as the shared data holds it."""
    folder = root / "gva_violent_corpus"
    folder.mkdir()
    with gzip.open(folder / "gva_violent_corpus.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.writelines(json.dumps(a) + "\n" for a in arts)


def _corpus(root: Path) -> None:
    arts = [
        {"id": "a1", "cluster": "gva-1", "text": QUOTED},
        {"id": "a2", "cluster": "gva-2", "text": f"{PLAIN}\n\nShort line."},
        {"id": "a3", "cluster": "gva-3", "text": PLAIN},
        {"id": "a4", "cluster": "gva-4", "text": f"Headline\n\n{OTHER}"},
    ]
    write_corpus(root, arts)


def test_the_draw_leaves_out_sampled_incidents_and_syndicated_copies(tmp_path: Path) -> None:
    _corpus(tmp_path)
    drawn = draw_paragraphs(tmp_path, seed=1, size=10)
    # a1's incident holds a quotation the speaker samples take; a2 and a3 share one paragraph text
    assert sorted(d["sha1"] for d in drawn) == sorted([_sha1(PLAIN), _sha1(OTHER)])
    assert {d["doc"] for d in drawn} <= {"a2", "a3", "a4"}
    other = next(d for d in drawn if d["doc"] == "a4")
    assert (other["start"], other["end"]) == (len("Headline\n\n"), len("Headline\n\n") + len(OTHER))


def _labels(root: Path, words: str) -> Path:
    start = PLAIN.index(words)
    quote = {"start": start, "end": start + len(words), "sha1": _sha1(words), "speaker": "police"}
    row = {"id": "rd4-01", "half": "A", "doc": "a3", "start": 0, "end": len(PLAIN), "sha1": _sha1(PLAIN)}
    row.update(
        quotes=[{**quote, "form": "sz", "kind": "indirect"}], negatives=[{"start": 0, "end": 6, "kind": "x"}]
    )
    path = root / "labels.jsonl"
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    return path


def test_rows_read_the_text_back_and_a_changed_quotation_is_an_error(tmp_path: Path) -> None:
    _corpus(tmp_path)
    (row,) = rows("all", _labels(tmp_path, "the man was taken to a hospital"), tmp_path)
    assert row["text"] == PLAIN
    assert row["quotes"][0]["quote"] == "the man was taken to a hospital"
    assert row["negatives"][0]["text"] == "Police"
    assert rows("B", _labels(tmp_path, "the man was taken to a hospital"), tmp_path) == []
    bad = tmp_path / "labels.jsonl"
    bad.write_text(bad.read_text(encoding="utf-8").replace('"end": 43', '"end": 42'), encoding="utf-8")
    with pytest.raises(ValueError, match="rd4-01"):
        rows("all", bad, tmp_path)
