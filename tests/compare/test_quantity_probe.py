"""The real-copy probe's labels name their sentences by document and SHA-1; the text comes back from the data."""

import gzip
import hashlib
import json
from pathlib import Path

import pytest

from benchmarks.quantity_probe import candidates, probe_rows


def _write(path: Path, records: list[dict[str, object]]) -> None:
    path.parent.mkdir()
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.writelines(json.dumps(r) + "\n" for r in records)


def _corpus(root: Path) -> None:
    doc = {
        "id": "APW1",
        "text": "The storm hit on Monday.  Some 4,000 residents\nwere told to leave the valley. No number here.\n\n"
        "Crews cleared two roads.",
    }
    _write(root / "duc2006" / "duc2006.jsonl.gz", [{"id": "D1", "documents": [doc]}])


def _label(root: Path, text: str, **fields: str) -> Path:
    """A labels file of one row naming ``text`` by its SHA-1 (a DUC 2006 row unless ``fields`` say else)."""
    row = {"id": "real-001", "source": "duc2006", "doc": "APW1", "half": "read", "quantities": [], **fields}
    row["sha1"] = hashlib.sha1(text.encode("utf-8")).hexdigest()
    path = root / "labels.jsonl"
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    return path


def test_a_labelled_sentence_gets_its_text_back_with_its_white_space_folded(tmp_path: Path) -> None:
    _corpus(tmp_path)
    text = "Some 4,000 residents were told to leave the valley."
    (row,) = probe_rows(_label(tmp_path, text), tmp_path)
    assert row["text"] == text


def test_a_sentence_the_data_no_longer_holds_is_an_error_not_a_dropped_row(tmp_path: Path) -> None:
    _corpus(tmp_path)
    with pytest.raises(ValueError, match="real-001"):
        probe_rows(_label(tmp_path, "Some 5,000 residents were told to leave."), tmp_path)


def test_an_mrpc_sentence_comes_back_once_in_the_test_texts_documented_form(tmp_path: Path) -> None:
    text = "Shares of Coke's U.S. unit fell 26 cents, or 0.6 percent, to $44.10."
    pairs = [
        {"id1": "11", "id2": "12", "sentence1": text, "sentence2": "No figure at all here."},
        {"id1": "11", "id2": "13", "sentence1": text, "sentence2": "Coke fell 26 cents."},
    ]
    _write(tmp_path / "mrpc_news_paraphrase" / "mrpc_train.jsonl.gz", pairs)
    labels = _label(tmp_path, text, id="mrpc-001", source="mrpc_train", doc="11", form="cqe")
    (back,) = probe_rows(labels, tmp_path)
    assert back["text"] == "shares of cokes u.s. unit fell 26 cents , or 0.6 percent , to $44.10 ."


def test_gva_sentences_come_back_once_page_furniture_and_copies_left_out(tmp_path: Path) -> None:
    text = "Police said two men were shot on Elm Street."
    pages = [
        {"id": "a1", "text": f"Share: http://example.com/123 link.\n\n{text} No figure here."},
        {"id": "a1", "text": f"{text}"},  # the same article filed under a second incident
        {
            "id": "a2",
            "text": f"Reporting by a station.\n\n{text}\n\nThree people fled the scene before police came.",
        },
    ]
    _write(tmp_path / "gva_violent_corpus" / "gva_violent_corpus.jsonl.gz", pages)
    assert list(candidates(tmp_path, "gva")) == [
        ("a1", text),
        ("a2", "Three people fled the scene before police came."),
    ]
    (back,) = probe_rows(_label(tmp_path, text, id="gva-001", source="gva", doc="a1", form="cqe"), tmp_path)
    assert back["text"] == "police said two men were shot on elm street ."


def test_cased_documented_form_keeps_the_case_and_the_rest_of_the_preprocessing(tmp_path: Path) -> None:
    text = "Fox 35 Orlando's crew said two men, both 19, were shot at 5 p.m."
    _write(tmp_path / "gva_violent_corpus" / "gva_violent_corpus.jsonl.gz", [{"id": "a1", "text": text}])
    labels = _label(tmp_path, text, id="gva-001", source="gva", doc="a1", form="cqe")
    (cased,) = probe_rows(labels, tmp_path, lower=False)
    (lowered,) = probe_rows(labels, tmp_path)
    assert cased["text"] == "Fox 35 Orlandos crew said two men , both 19 , were shot at 5 p.m ."
    assert lowered["text"] == cased["text"].lower()
