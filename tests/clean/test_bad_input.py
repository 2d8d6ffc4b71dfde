"""Bad input: each case ends as a kept article or a Rejected with a clear reason, never a crash."""

from __future__ import annotations

import time

from newsfuse.clean import clean_document, clean_documents
from newsfuse.clean.html import clean_html
from newsfuse.config import CleanConfig
from newsfuse.model import Article, Drop, RawDoc, Rejected

PARAGRAPH = (
    "The council approved the new library budget on Tuesday after a long debate about opening hours, "
    "and the mayor said the doors would stay open late on weekdays from next month."
)


def test_empty_and_blank_text_are_rejected_as_empty() -> None:
    for text in ("", "   \n\t\n  "):
        result = clean_document(RawDoc(id="e", path="e.txt", text=text))
        assert isinstance(result, Rejected) and result.reason == Drop.EMPTY


def test_all_chrome_page_is_rejected_with_reason() -> None:
    lines = ["Home | News | Sport | Weather", "Skip to content", "Sign up for our newsletter", "Share this"]
    lines += ["© 2026 Example Media. All rights reserved.", "Privacy policy", "Cookie settings"]
    page = "\n".join(lines)
    result = clean_document(RawDoc(id="c", path="c.txt", text=page))
    assert isinstance(result, Rejected) and result.reason == Drop.NO_CONTENT
    assert "chrome" in result.detail or "words" in result.detail


def test_twenty_megabyte_single_line_is_handled_quickly() -> None:
    line = (PARAGRAPH + " ") * (20_000_000 // (len(PARAGRAPH) + 1))
    start = time.perf_counter()
    result = clean_document(RawDoc(id="big", path="big.txt", text=line))
    assert time.perf_counter() - start < 60
    assert isinstance(result, Article | Rejected)
    if isinstance(result, Rejected):
        assert result.reason == Drop.TOO_LARGE and "MB" in result.detail
    else:
        assert "library budget" in result.text


def test_invalid_utf8_surrogates_and_mojibake_are_repaired_or_kept() -> None:
    broken = b"Caf\xc3\xa9 owners said \xff\xfe business was good. ".decode("utf-8", errors="surrogateescape")
    text = (
        broken + PARAGRAPH + "\n"
    ) * 2 + "The cafÃ© reopened on Friday, the owners said, after a renovation."
    result = clean_document(RawDoc(id="u", path="u.txt", text=text))
    assert isinstance(result, Article)
    assert "café reopened" in result.text
    result.text.encode("utf-8")  # no lone surrogates survive


def test_html_with_no_body_and_text_without_words_are_rejected() -> None:
    pages = ("<html><head><title>Only a title</title></head></html>", "<html></html>", "<<<>>>")
    raws = [RawDoc(id="h", path="h.html", html=html) for html in pages]
    raws.append(RawDoc(id="w", path="w.txt", text=">>> <<<\n---\n* * *"))  # no word at all: no crash
    for raw in raws:
        result = clean_document(raw)
        assert isinstance(result, Rejected) and result.reason == Drop.NO_CONTENT


def test_html_where_trafilatura_finds_nothing_falls_back_to_the_plain_text_cleaner() -> None:
    body = (
        "The harbour authority opened the new ferry terminal on Monday after two years of building work. "
        "Commuters said the crossing to the island now takes twenty minutes instead of forty."
    )
    more = "The old pier, built in 1952, will become a fish market, the council said in a statement."
    # trafilatura discards a container it takes for readers' comments, here the whole page
    html = f'<html><body><div class="comments"><p>{body}</p><p>{more}</p><p>Share this article</p></div></body></html>'
    page = clean_html(html, aggressiveness=0.5)
    assert page.fallback and page.text == f"{body}\n\n{more}"
    assert [(block.text, block.reason) for block in page.removed] == [("Share this article", "chrome_phrase")]
    assert clean_html(html, aggressiveness=0.5, fallback=False).text == ""
    off = clean_document(RawDoc(id="f", path="f.html", html=html), CleanConfig(html_fallback=False))
    assert isinstance(off, Rejected) and off.reason == Drop.NO_CONTENT


def test_text_in_an_unexpected_script_is_kept_with_its_language() -> None:
    thai = (
        "กรุงเทพมหานครประกาศปิดถนนสายหลักสามสายในวันเสาร์นี้ เพื่อซ่อมแซมท่อระบายน้ำที่ชำรุดหลังพายุฝนเมื่อสัปดาห์ก่อน "
        "เจ้าหน้าที่กล่าวว่าการซ่อมแซมจะใช้เวลาประมาณสองวัน และขอให้ผู้ขับขี่ใช้เส้นทางเลี่ยง"
    )
    page = f"หน้าแรก | ข่าว | กีฬา\n{thai}\n{thai.replace('สามสาย', 'สองสาย')}"
    result = clean_document(RawDoc(id="t", path="t.txt", text=page))
    assert isinstance(result, Article | Rejected)
    if isinstance(result, Article):
        assert "กรุงเทพมหานคร" in result.text and result.language == "th"
    else:
        assert result.detail


def test_recurring_lines_across_a_corpus_are_cut() -> None:
    footer = "Our Town Daily - local news you can trust"
    stories = [
        f"Story {n} about the harbour and the new ferry schedule, which the port board approved on Monday. "
        + PARAGRAPH
        for n in range(6)
    ]
    raws = [
        RawDoc(id=str(n), path=f"{n}.txt", text=f"{story}\n{PARAGRAPH}\n{footer}")
        for n, story in enumerate(stories)
    ]
    for result in clean_documents(raws):
        assert isinstance(result, Article) and footer not in result.text
        assert any(b.text == footer for b in result.removed)
