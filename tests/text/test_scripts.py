"""Word counts of text in scripts written without spaces (audit r27, finding 2)."""

from __future__ import annotations

from newsfuse.text.scripts import HAN_KANA_CHARS_PER_WORD, THAI_CHARS_PER_WORD, count_words


def test_spaced_text_counts_its_white_space_words() -> None:
    for text in ("", "one", "The council voted 7-2 on Tuesday.", "Совет закрыл читальню.", "“Quoted” — yes"):
        assert count_words(text) == len(text.split())


def test_a_run_without_spaces_counts_a_word_per_few_characters() -> None:
    assert HAN_KANA_CHARS_PER_WORD == 2
    assert count_words("市图书馆周二关闭") == 8 // HAN_KANA_CHARS_PER_WORD
    assert count_words("図書館は火曜日に閉鎖された") == 13 // HAN_KANA_CHARS_PER_WORD
    assert count_words("ห้องสมุดปิดแล้ว") == len("ห้องสมุดปิดแล้ว") // THAI_CHARS_PER_WORD
    assert count_words("馆") == 1  # a run is at least one word


def test_mixed_text_counts_both_and_never_fewer_than_white_space() -> None:
    text = "NASA 宇航员 said 在太空中喝酒 2026"
    assert count_words(text) == 3 + 1 + 3  # NASA, said, 2026; 宇航员 (1); 在太空中喝酒 (3)
    for sample in ("a中b c", "中a中", "。 中文 。", "x\u3000中文中文"):
        assert count_words(sample) >= len(sample.split())
