"""Articles in Russian, Greek, Polish, Turkish, Chinese and Japanese are kept and get a brief whose every
sentence is one of the article's (audit r27, findings 0 and 2). The texts are our own short fiction."""

from __future__ import annotations

import pytest

from newsfuse.clean.document import clean_document
from newsfuse.config import CleanConfig, SummarizeConfig
from newsfuse.model import Article, Drop, RawDoc, Rejected
from newsfuse.summarize.brief import summarize_event
from newsfuse.text import split_sentences

_ARTICLES = {
    "ru": (
        "Городской совет Дальнегорска во вторник закрыл центральную библиотеку после того, как в потолочной "
        "плитке нашли трещины. Библиотека, построенная в 1931 году, примет читателей снова не раньше весны. "
        "Директор библиотеки Анна Веснина сказала, что книги перевезут в школу на улице Лесной. Ремонт крыши "
        "обойдётся городу в двенадцать миллионов рублей."
    ),
    "el": (
        "Το δημοτικό συμβούλιο του Νεόκαστρου έκλεισε την κεντρική βιβλιοθήκη την Τρίτη, αφού βρέθηκαν ρωγμές "
        "στην οροφή του κτιρίου. Η βιβλιοθήκη, που χτίστηκε το 1931, δεν θα ανοίξει ξανά πριν από την άνοιξη. "
        "Η διευθύντρια Ελένη Σταμάτη είπε ότι τα βιβλία θα μεταφερθούν στο σχολείο της οδού Πεύκων. Η επισκευή "
        "της στέγης θα κοστίσει στον δήμο δώδεκα εκατομμύρια ευρώ."
    ),
    "pl": (
        "Rada miasta Borkowa zamknęła we wtorek bibliotekę główną, gdy w płytach sufitu znaleziono pęknięcia. "
        "Łukasz Nowak, dyrektor biblioteki, powiedział, że książki trafią do szkoły przy ulicy Leśnej. Ściany "
        "budynku z 1931 roku zbada jeszcze komisja z województwa. Żaden czytelnik nie może wejść do środka aż "
        "do wiosny przyszłego roku."
    ),
    "tr": (
        "Karaköy belediye meclisi salı günü tavan plakalarında çatlaklar bulunmasının ardından merkez "
        "kütüphaneyi kapatma kararı aldı. Çarşamba günü yapılan açıklamada binanın bahara kadar kapalı "
        "kalacağı söylendi. Şükrü Aydın adlı kütüphane müdürü kitapların Orman Sokağı'ndaki okula "
        "taşınacağını belirtti. İnşaat ekipleri çatının onarımına önümüzdeki ay başlayacak."
    ),
    "zh": (
        "松川市议会星期二决定关闭市中心图书馆，因为工作人员在天花板上发现了多处裂缝。这座建于一九三一年的图书馆要到"
        "明年春天才能重新开放。馆长林秋华说，馆内的书籍将暂时搬到林荫路上的一所小学。市政府估计，修理屋顶需要花费"
        "一千二百万元。"
    ),
    "ja": (
        "松川市議会は火曜日、天井に複数のひび割れが見つかったため、中央図書館を閉鎖すると決めた。一九三一年に建てられた"
        "この図書館は、来年の春まで再開しない見通しだ。館長の林秋子さんは、本は並木通りの小学校へ一時的に移すと話した。"
        "市は屋根の修理に一千二百万円かかると見積もっている。"
    ),
}


@pytest.mark.parametrize("language", sorted(_ARTICLES))
def test_an_article_in_another_script_is_kept_and_briefed(language: str) -> None:
    text = _ARTICLES[language]
    article = clean_document(RawDoc(id=language, path=f"{language}.txt", text=text), CleanConfig())
    assert isinstance(article, Article)
    sentences = split_sentences(article.text)
    assert len(sentences) == 4
    brief = summarize_event([article], {article.id: article.id}, SummarizeConfig())
    assert len(brief) >= 3
    whole = {s.text for s in sentences}
    for sentence in brief:
        assert sentence.text in whole
        (span,) = sentence.evidence
        assert article.text[span.start : span.end] == sentence.text


@pytest.mark.parametrize(
    "notice",
    ["本页面已移至新地址，请点击这里访问。", "このページは移動しました。新しいアドレスをご覧ください。"],
)
def test_a_one_line_notice_in_chinese_or_japanese_is_still_too_short(notice: str) -> None:
    rejected = clean_document(RawDoc(id="n", path="n.txt", text=notice), CleanConfig())
    assert isinstance(rejected, Rejected)
    assert rejected.reason is Drop.NO_CONTENT
    assert "words of body (clean.min_article_words=20)" in rejected.detail
