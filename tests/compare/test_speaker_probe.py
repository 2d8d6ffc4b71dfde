"""The real-copy speaker probe names each quotation by article, offsets and SHA-1; the text comes back from the data."""

import gzip
import hashlib
import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from benchmarks.speaker_probe import attribution_form, probe_rows, quotations, score

TEXT = (
    'Officer Ann Lee spoke at the scene.\n\n"We are asking anyone who saw it to call us," she said.\n\n'
    'Neighbor Tom Diaz was home. "I heard four shots and ran out," Diaz said.'
)


def _corpus(root: Path) -> None:
    folder = root / "gva_violent_corpus"
    folder.mkdir()
    art = {"id": "a1", "cluster": "gva-1", "text": TEXT}
    with gzip.open(folder / "gva_violent_corpus.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps(art) + "\n")


def _labels(root: Path, words: str, speaker: str) -> Path:
    start = TEXT.index(words)
    row = {
        "id": "s1-001",
        "half": "read",
        "doc": "a1",
        "start": start,
        "end": start + len(words),
        "form": "pronoun",
    }
    row.update(sha1=hashlib.sha1(words.encode("utf-8")).hexdigest(), speaker=speaker)
    path = root / "labels.jsonl"
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    return path


def test_every_quotation_is_found_with_the_form_of_its_attribution(tmp_path: Path) -> None:
    _corpus(tmp_path)
    found = [(q.text, q.form) for q in quotations(tmp_path)]
    assert found == [
        ("We are asking anyone who saw it to call us,", "pronoun"),
        ("I heard four shots and ran out,", "named"),
    ]
    assert attribution_form('No one spoke. "It is over now, all of it." The end.', 15, 41) == "floating"


def test_a_labelled_quotation_is_scored_by_the_last_word_of_its_speaker(tmp_path: Path) -> None:
    _corpus(tmp_path)
    (row,) = probe_rows(_labels(tmp_path, "We are asking anyone", "Ann Lee"), tmp_path)
    assert row["article"] == TEXT

    def speakers(doc: str, text: str) -> list[SimpleNamespace]:
        span = SimpleNamespace(start=text.index("We are"), end=text.index(" she said"))
        return [SimpleNamespace(span=span, speaker="Lee")]

    result = score([row], speakers)
    assert (result["read"]["right"], result["read"]["by_form"]) == (1, {"pronoun": [1, 1]})
    assert score([{**row, "speaker": "none"}], speakers)["read"]["right"] == 0


def test_a_quotation_the_data_no_longer_holds_is_an_error_not_a_dropped_row(tmp_path: Path) -> None:
    _corpus(tmp_path)
    path = _labels(tmp_path, "We are asking anyone", "Ann Lee")
    row = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps({**row, "start": row["start"] + 1}) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="s1-001"):
        probe_rows(path, tmp_path)


def test_the_held_out_halfs_errors_are_never_printed() -> None:
    from benchmarks.bench_quotes import READ_HALVES, speakers_real

    assert "held out" not in READ_HALVES
    with pytest.raises(ValueError, match="held out"):
        speakers_real(errors="held out")


def test_every_scored_draw_but_the_held_out_half_is_read() -> None:
    from benchmarks.bench_quotes import READ_HALVES, SPEAKERS_REAL, UNSCORED_HALVES

    with SPEAKERS_REAL.open(encoding="utf-8") as fh:
        halves = {json.loads(line)["half"] for line in fh}
    assert "sixth draw" in READ_HALVES  # scored as session 27's gate and read there
    assert set(READ_HALVES) == halves - {"held out", *UNSCORED_HALVES}
