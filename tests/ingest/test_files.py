import gzip
import json
import random
from pathlib import Path

import pytest

from newsfuse.errors import InputError
from newsfuse.ingest import read_inputs
from newsfuse.model import Drop, RawDoc, Rejected
from tests.helpers import record_calls


def _write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def test_every_file_is_read_or_rejected_with_a_reason(tmp_path: Path) -> None:
    _write(tmp_path / "a.txt", "A headline\n\nSome body text here.")
    _write(tmp_path / "sub" / "b.html", "<html><body><p>Hello</p></body></html>")
    _write(tmp_path / "c.pdf", b"%PDF-1.4\x00\x01\x02binary")
    _write(tmp_path / "d.txt", b"")
    _write(tmp_path / "e.docx", "plain but unsupported")
    _write(tmp_path / ".hidden.txt", "skipped on purpose")
    docs = {d.id: d for d in read_inputs([tmp_path])}
    assert set(docs) == {"a.txt", "sub/b.html", "c.pdf", "d.txt", "e.docx"}
    assert isinstance(docs["a.txt"], RawDoc) and docs["a.txt"].text is not None
    assert isinstance(docs["sub/b.html"], RawDoc) and docs["sub/b.html"].html is not None
    reasons = {k: v.reason for k, v in docs.items() if isinstance(v, Rejected)}
    assert reasons == {"c.pdf": Drop.BINARY, "d.txt": Drop.EMPTY, "e.docx": Drop.UNSUPPORTED}


def test_jsonl_lines_become_documents_and_bad_lines_are_rejected(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "x1", "title": "T", "text": "Body one.", "date": "2026-03-01", "source": "Paper"}),
        "{not json",
        json.dumps({"id": "x2", "html": "<p>Body two</p>", "url": "https://example.org/2"}),
        json.dumps({"id": "x3", "title": "no body"}),
        json.dumps(
            {"id": "c1", "documents": [{"id": "d1", "text": "Doc one."}, {"id": "d2", "text": "Doc two."}]}
        ),
    ]
    _write(tmp_path / "f.jsonl.gz", gzip.compress("\n".join(lines).encode()))
    docs = list(read_inputs([tmp_path / "f.jsonl.gz"]))
    ids = [d.id for d in docs]
    assert ids == [
        "f.jsonl.gz#x1",
        "f.jsonl.gz#L2",
        "f.jsonl.gz#x2",
        "f.jsonl.gz#x3",
        "f.jsonl.gz#c1/d1",
        "f.jsonl.gz#c1/d2",
    ]
    first = docs[0]
    assert (
        isinstance(first, RawDoc)
        and first.outlet == "Paper"
        and first.published == "2026-03-01"
        and not first.clean
    )
    assert isinstance(docs[1], Rejected) and docs[1].reason == Drop.INVALID
    assert isinstance(docs[3], Rejected) and docs[3].reason == Drop.EMPTY


def test_invalid_utf8_is_decoded_not_lost(tmp_path: Path) -> None:
    _write(tmp_path / "latin.txt", "Caf\xe9 opens in M\xfcnster".encode("latin-1"))
    (doc,) = read_inputs([tmp_path])
    assert isinstance(doc, RawDoc) and doc.text == "Café opens in Münster"


def test_a_utf16_file_with_a_byte_order_mark_is_text_not_binary(tmp_path: Path) -> None:
    body = "Café owners in Münster “worry” about the closure.\n\nThe council voted 7 to 2."
    _write(tmp_path / "le.txt", body.encode("utf-16"))  # Notepad's 'Unicode': a BOM, then UTF-16 LE
    _write(
        tmp_path / "be.html",
        f"<html><body><p>{body}</p></body></html>".encode("utf-16-be").join([b"\xfe\xff", b""]),
    )
    _write(tmp_path / "wide.txt", body.encode("utf-32"))
    _write(tmp_path / "noise.txt", b"\xff\xfe" + random.Random(5).randbytes(4000))  # a mark, then no text
    _write(tmp_path / "nul.txt", b"\xff\xfe" + bytes(400))
    docs = {d.id: d for d in read_inputs([tmp_path])}
    assert isinstance(docs["le.txt"], RawDoc) and docs["le.txt"].text == body
    assert isinstance(docs["wide.txt"], RawDoc) and docs["wide.txt"].text == body
    assert (
        isinstance(docs["be.html"], RawDoc)
        and docs["be.html"].html == f"<html><body><p>{body}</p></body></html>"
    )
    assert isinstance(docs["noise.txt"], Rejected) and docs["noise.txt"].reason == Drop.BINARY
    assert isinstance(docs["nul.txt"], Rejected) and docs["nul.txt"].reason == Drop.BINARY


RUSSIAN = "Городской совет проголосовал за закрытие библиотеки после того, как инспекторы нашли асбест."


def _page(charset_tag: str, body: str) -> str:
    return f"<html><head>{charset_tag}<title>T</title></head><body><p>{body}</p></body></html>"


def test_an_html_file_is_decoded_in_the_charset_its_meta_declares(tmp_path: Path) -> None:
    pages = {
        "cp1251.html": (_page('<meta charset="windows-1251">', RUSSIAN), "cp1251"),
        "koi8.html": (
            _page('<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=KOI8-R">', RUSSIAN),
            "koi8_r",
        ),
        "sjis.html": (_page("<meta charset=Shift_JIS>", "図書館はアスベストのため閉鎖された。"), "shift_jis"),
        # a Latin-1 label means windows-1252, as browsers read it (curly quotes are 0x93/0x94 there)
        "latin.html": (_page('<meta charset="iso-8859-1">', "“Caf\u00e9” owners"), "cp1252"),
        # valid UTF-8 wins over a wrong label
        "utf8.html": (_page('<meta charset="windows-1251">', RUSSIAN), "utf-8"),
    }
    for name, (html, codec) in pages.items():
        _write(tmp_path / name, html.encode(codec))
    docs = {d.id: d for d in read_inputs([tmp_path])}
    for name, (html, _) in pages.items():
        assert isinstance(docs[name], RawDoc) and docs[name].html == html, name


def test_a_utf16_jsonl_is_rejected_with_a_reason_that_names_its_encoding(tmp_path: Path) -> None:
    path = _write(tmp_path / "w.jsonl", (json.dumps({"id": "a", "text": "Body."}) + "\n").encode("utf-16"))
    (doc,) = read_inputs([path])
    assert isinstance(doc, Rejected) and doc.reason == Drop.UNREADABLE and "UTF-16" in doc.detail


def test_a_cyrillic_or_greek_text_in_a_legacy_code_page_is_decoded_in_it(tmp_path: Path) -> None:
    russian = RUSSIAN + " Ремонт обойдется в 2,4 миллиона долларов, говорится в отчете города."
    greek = "Το δημοτικό συμβούλιο ψήφισε την Τρίτη να κλείσει τη βιβλιοθήκη για επισκευές στην οροφή της."
    western = {
        "de.txt": (
            "Der Stadtrat hat beschlossen, die Bücherei zu schließen; rund 400 Leser nutzten sie.",
            "latin-1",
        ),
        "fr.txt": ("« Nous fermerons la bibliothèque », a déclaré le maire. L'été sera long.", "cp1252"),
        "en.txt": ("“We will carry out inspections,” Achebe said. Café owners worry.", "cp1252"),
    }
    files = {
        "ru-1251.txt": (russian, "cp1251"),
        "ru-koi8.txt": (russian, "koi8_r"),
        "el.txt": (greek, "cp1253"),
    }
    for name, (text, codec) in {**files, **western}.items():
        _write(tmp_path / name, text.encode(codec))
    docs = {d.id: d for d in read_inputs([tmp_path])}
    for name, (text, _) in {**files, **western}.items():
        assert isinstance(docs[name], RawDoc) and docs[name].text == text, name


def test_too_large_file_is_rejected(tmp_path: Path) -> None:
    from newsfuse.config import IngestConfig

    _write(tmp_path / "big.txt", "word " * 100)
    (doc,) = read_inputs([tmp_path], IngestConfig(max_bytes=50))
    assert isinstance(doc, Rejected) and doc.reason == Drop.TOO_LARGE


def test_missing_path_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        list(read_inputs([tmp_path / "nope"]))


def test_a_large_jsonl_is_read_line_by_line_and_its_limit_is_per_record(tmp_path: Path) -> None:
    from newsfuse.config import IngestConfig

    short = json.dumps({"id": "s", "text": "A short body\u2028still one record."}, ensure_ascii=False)
    long = json.dumps({"id": "l", "text": "word " * 40})
    _write(tmp_path / "dump.jsonl", "\n".join([short, long, short.replace('"s"', '"t"')]).encode())
    docs = list(read_inputs([tmp_path / "dump.jsonl"], IngestConfig(max_bytes=100)))
    assert [d.id for d in docs] == ["dump.jsonl#s", "dump.jsonl#L2", "dump.jsonl#t"]
    assert isinstance(docs[1], Rejected) and docs[1].reason == Drop.TOO_LARGE
    assert isinstance(docs[0], RawDoc) and docs[0].text == "A short body\u2028still one record."


def test_a_truncated_gzip_keeps_the_records_before_the_break(tmp_path: Path) -> None:
    lines = [json.dumps({"id": f"r{i}", "text": f"Body {i} " + "x" * 200}) for i in range(400)]
    data = gzip.compress("\n".join(lines).encode())
    _write(tmp_path / "cut.jsonl.gz", data[: len(data) // 2])
    docs = list(read_inputs([tmp_path / "cut.jsonl.gz"]))
    assert isinstance(docs[0], RawDoc) and docs[0].id == "cut.jsonl.gz#r0"
    assert isinstance(docs[-1], Rejected) and docs[-1].reason == Drop.UNREADABLE
    assert docs[-1].id == "cut.jsonl.gz#rest" and all(isinstance(d, RawDoc) for d in docs[:-1])
    _write(tmp_path / "bad.jsonl.gz", b"not gzip at all")
    (bad,) = read_inputs([tmp_path / "bad.jsonl.gz"])
    assert isinstance(bad, Rejected) and bad.reason == Drop.UNREADABLE and bad.id == "bad.jsonl.gz"
    _write(tmp_path / "blank.jsonl", b"\n  \n")
    (blank,) = read_inputs([tmp_path / "blank.jsonl"])
    assert isinstance(blank, Rejected) and blank.reason == Drop.EMPTY


def test_a_jsonl_dump_is_read_as_the_caller_asks_not_held_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsfuse.ingest import files

    parsed = record_calls(monkeypatch, files, "_record", arg=1)  # line numbers
    lines = [json.dumps({"id": f"r{i}", "text": f"Body {i} " + "x" * 200}) for i in range(2000)]
    _write(tmp_path / "dump.jsonl.gz", gzip.compress("\n".join(lines).encode()))
    docs = read_inputs([tmp_path / "dump.jsonl.gz"])
    first = next(docs)
    assert first.id == "dump.jsonl.gz#r0" and parsed == [1]  # one record read, not 2,000
    assert len(list(docs)) == 1999 and len(parsed) == 2000


def test_a_cluster_record_with_repeated_document_ids_gives_each_its_own_id(tmp_path: Path) -> None:
    # a record of 'documents' whose inner ids repeat, and a later line whose own id is the first one's
    cluster = {"documents": [{"id": "d", "text": "First body."}, {"id": "d", "text": "Second body."}]}
    lines = [json.dumps(cluster), json.dumps({"id": "L1/d", "text": "Third body."})]
    path = _write(tmp_path / "c.jsonl", "\n".join(lines) + "\n")
    docs = list(read_inputs([path]))
    assert [d.id for d in docs] == ["c.jsonl#L1/d", "c.jsonl#L1/d~2", "c.jsonl#L1/d~3"]
    assert [d.text for d in docs if isinstance(d, RawDoc)] == ["First body.", "Second body.", "Third body."]


def test_a_record_whose_text_is_not_text_or_blank_says_which(tmp_path: Path) -> None:
    # each of these read "record has no text or html field", though the record had one
    lines = [
        json.dumps({"id": "n", "text": 5}),
        json.dumps({"id": "b", "text": "   "}),
        json.dumps({"id": "h", "html": ["<p>x</p>"]}),
        json.dumps({"id": "none", "title": "T"}),
    ]
    _write(tmp_path / "r.jsonl", "\n".join(lines).encode())
    got = [(d.reason, d.detail) for d in read_inputs([tmp_path / "r.jsonl"]) if isinstance(d, Rejected)]
    assert got == [
        (Drop.INVALID, "record's text field is a number, not text"),
        (Drop.EMPTY, "record's text field is blank"),
        (Drop.INVALID, "record's html field is a list, not text"),
        (Drop.EMPTY, "record has no text or html field"),
    ]
