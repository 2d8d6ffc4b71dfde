"""Sentences of texts in other scripts: a capital of any alphabet opens a sentence, and the Chinese and
Japanese end marks end one with no blank after them (audit r27, findings 0)."""

from __future__ import annotations

import pytest

from newsfuse.text import split_sentences


def _texts(text: str) -> list[str]:
    sentences = split_sentences(text)
    assert all(text[s.start : s.end] == s.text for s in sentences)
    return [s.text for s in sentences]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Совет закрыл читальню в понедельник.", "Библиотека, построенная в 1931 году, откроется весной."),
        ("Το συμβούλιο ψήφισε την Τρίτη.", "Η βιβλιοθήκη θα ανοίξει ξανά τον Μάιο."),
        ("Rada gminy głosowała we wtorek.", "Łukasz Nowak powiedział, że remont potrwa do lata."),
        ("Meclis salı günü oy verdi.", "Çarşamba günü belediye yeni bir açıklama yaptı."),
        ("Kommunen stengte bygget i går.", "Øyvind Lie sa at arbeidet tar et år."),
        ("Le conseil a voté mardi.", "Ça prendra du temps, a dit la maire."),
    ],
)
def test_a_capital_of_any_alphabet_opens_a_sentence(first: str, second: str) -> None:
    assert _texts(f"{first} {second}") == [first, second]


@pytest.mark.parametrize(
    "text",
    [
        "Совет закрыл читальню в понедельник. библиотека откроется весной.",
        "Το συμβούλιο ψήφισε την Τρίτη. η βιβλιοθήκη θα ανοίξει ξανά.",
        "The council met at 9 a.m. ça va, said the mayor of the town.",
        "Prices rose 3. 中文 text follows here without a capital letter.",
    ],
)
def test_a_lower_case_letter_or_a_letter_without_case_opens_none(text: str) -> None:
    assert _texts(text) == [text]


def test_chinese_and_japanese_end_marks_need_no_blank() -> None:
    chinese = "市图书馆周二关闭。市议会表示将在三月重新开放！居民问：何时？馆长说：“很快。”"
    assert _texts(chinese) == [
        "市图书馆周二关闭。",
        "市议会表示将在三月重新开放！",
        "居民问：何时？",
        "馆长说：“很快。”",
    ]
    japanese = "図書館は火曜日に閉鎖された。 市議会は三月に再開すると述べた｡"
    assert _texts(japanese) == ["図書館は火曜日に閉鎖された。", "市議会は三月に再開すると述べた｡"]


def test_the_full_width_point_ends_no_sentence() -> None:
    text = "気温は３．５度だった。"
    assert _texts(text) == [text]


def test_english_splits_as_before() -> None:
    text = 'Mr. Smith arrived at 5 p.m. on Friday. "We are ready," he said. ¿Qué pasó? ¡Nada! Done.'
    assert _texts(text) == [
        "Mr. Smith arrived at 5 p.m. on Friday.",
        '"We are ready," he said.',
        "¿Qué pasó?",
        "¡Nada! Done.",  # a one-word sentence goes on (as before)
    ]
