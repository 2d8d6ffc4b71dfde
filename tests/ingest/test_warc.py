"""WARC archives: HTML responses become documents, everything else a reason."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsfuse.ingest import read_inputs
from newsfuse.model import Drop, RawDoc, Rejected
from tests.helpers import record_calls

PAGE = "<html><head><title>Bridge reopens</title></head><body><p>The Pell Street bridge reopened.</p></body></html>"


def _warc(path: Path, records: list[tuple[str, str, str, bytes]], gz: bool = True) -> Path:
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gz)
        writer.write_record(writer.create_warc_record("", "warcinfo", payload=BytesIO(b"software: test\r\n")))
        for url, status, ctype, body in records:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(url, "request", payload=BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
            )
            writer.write_record(
                writer.create_warc_record(url, "response", payload=BytesIO(body), http_headers=headers)
            )
    return path


def test_html_responses_become_docs_with_their_url(tmp_path: Path) -> None:
    warc = _warc(
        tmp_path / "news.warc.gz",
        [
            ("https://ledger.example/bridge", "200 OK", "text/html; charset=utf-8", PAGE.encode()),
            ("https://ledger.example/logo.png", "200 OK", "image/png", b"\x89PNG\x00\x00"),
            ("https://ledger.example/gone", "404 Not Found", "text/html", b"<p>gone</p>"),
            ("https://ledger.example/blank", "200 OK", "text/html", b"   "),
            (
                "https://ledger.example/latin",
                "200 OK",
                "text/html; charset=latin-1",
                "<p>café</p>".encode("latin-1"),
            ),
        ],
    )
    docs = list(read_inputs([warc]))
    assert [d.id for d in docs] == [f"news.warc.gz#{n}" for n in range(1, 6)]
    first = docs[0]
    assert isinstance(first, RawDoc) and first.html == PAGE and first.url == "https://ledger.example/bridge"
    reasons = [d.reason for d in docs[1:4] if isinstance(d, Rejected)]
    assert reasons == [Drop.UNSUPPORTED, Drop.NO_CONTENT, Drop.EMPTY]
    assert isinstance(docs[4], RawDoc) and "café" in (docs[4].html or "")


def test_uncompressed_warc_is_read_too(tmp_path: Path) -> None:
    warc = _warc(
        tmp_path / "plain.warc", [("https://a.example/x", "200 OK", "text/html", PAGE.encode())], gz=False
    )
    assert [type(d) for d in read_inputs([warc])] == [RawDoc]


def test_a_truncated_archive_keeps_what_was_read_and_says_why_it_stopped(tmp_path: Path) -> None:
    records = [(f"https://a.example/{n}", "200 OK", "text/html", PAGE.encode() * 20) for n in range(3)]
    warc = _warc(tmp_path / "cut.warc", records, gz=False)
    data = warc.read_bytes()
    warc.write_bytes(data[: len(data) - 1500])
    docs = list(read_inputs([warc]))
    assert isinstance(docs[0], RawDoc)
    last = docs[-1]
    assert isinstance(last, Rejected) and last.reason == Drop.UNREADABLE


def test_garbage_with_a_warc_name_is_rejected(tmp_path: Path) -> None:
    bad = tmp_path / "bad.warc.gz"
    bad.write_bytes(b"this is not an archive at all\n" * 10)
    docs = list(read_inputs([bad]))
    assert len(docs) == 1 and isinstance(docs[0], Rejected) and docs[0].reason == Drop.UNREADABLE


def test_an_archive_is_read_as_the_caller_asks_not_held_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsfuse.ingest import warc

    read = record_calls(monkeypatch, warc, "_response", arg=1)  # record ids
    page = b"<html><body><p>" + b"A story of the harbour. " * 20 + b"</p></body></html>"
    records = [(f"http://example.org/{i}", "200 OK", "text/html", page) for i in range(50)]
    docs = read_inputs([_warc(tmp_path / "crawl.warc.gz", records)])
    first = next(docs)
    assert isinstance(first, RawDoc) and read == ["crawl.warc.gz#1"]  # one record read, not 50
    assert len(list(docs)) == 49


def test_a_page_without_a_charset_header_is_decoded_as_its_meta_declares(tmp_path: Path) -> None:
    page = '<html><head><meta charset="koi8-r"></head><body><p>Городской совет закрыл библиотеку.</p></body></html>'
    warc = _warc(
        tmp_path / "ru.warc.gz", [("https://x.example/ru", "200 OK", "text/html", page.encode("koi8_r"))]
    )
    (doc,) = read_inputs([warc])
    assert isinstance(doc, RawDoc) and doc.html == page


def test_a_charset_header_is_read_as_browsers_read_its_label(tmp_path: Path) -> None:
    # a header's "iso-8859-1" is windows-1252 (its curly quotes are 0x93/0x94) and "gb2312" is GBK, as in
    # a page's <meta>: one label map for both (decode.codec_of)
    latin = "<p>\u201cCaf\u00e9\u201d owners reopened.</p>"
    chinese = "<p>\u9555\u57ce\u56fe\u4e66\u9986\u5173\u95ed\u3002</p>"  # 镕 is GBK, not GB2312
    warc = _warc(
        tmp_path / "labels.warc.gz",
        [
            ("https://x.example/latin", "200 OK", "text/html; charset=iso-8859-1", latin.encode("cp1252")),
            ("https://x.example/zh", "200 OK", 'text/html; charset="GB2312"', chinese.encode("gbk")),
        ],
    )
    assert [d.html for d in read_inputs([warc]) if isinstance(d, RawDoc)] == [latin, chinese]
