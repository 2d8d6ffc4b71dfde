"""Page-level (NumPy) block features agree with their per-block definitions; the language comes from the
stop lists; related-links sections end where the article resumes."""

from __future__ import annotations

import itertools
import re

import ftfy.badness
import numpy as np

from newsfuse.clean import clean_document
from newsfuse.clean.blocks import (
    CONTEXT_FEATURES,
    best_region,
    context_rows,
    judge_page,
    lead_region,
    predict,
    topic_fit,
    topic_fits,
)
from newsfuse.clean.features import COLUMN, document_features
from newsfuse.clean.normalize import _TYPOGRAPHIC, _UNSAFE, looks_like_mojibake, normalize_text
from newsfuse.clean.plaintext import clean_plain_text
from newsfuse.clean.recurring import LineStats
from newsfuse.model import Article, RawDoc

BLOCKS = [
    "Home | News | Sport » Weather / Contact",
    "Rain closes 3 schools in Port Emmet - officials say",
    "The council met on Tuesday, and the mayor said 12 roads would stay shut until the water drains.",
    "Read more at www.example.com/news",
    "",
    "Ça va? Élan Über 2026!",
]


def _reference(block: str) -> dict[str, float]:
    """The features written out block by block, the slow way."""
    tokens = re.findall(r"\w+", block.lower())
    n = max(1, len(tokens))
    initials = re.findall(r"(?:^|(?<=\s))\S", block)
    return {
        "log_words": float(np.log1p(len(tokens))),
        "punct_per_word": min(len(re.findall(r"[.,;:!?]", block)) / n, 2.0),
        "capital_ratio": sum(map(str.isupper, initials)) / max(1, len(initials)),
        "digit_ratio": len(re.findall(r"\d", block)) / max(1, len(block)),
        "separators_per_word": min(len(re.findall(r"[|•·»«/>›]|\s-\s", block)) / n, 2.0),
        "linkish": float(bool(re.search(r"https?://|www\.|@\w|\.com\b|\.html?\b", block, re.IGNORECASE))),
        "ends_sentence": float(bool(re.search(r"[.!?…:\"'”»)]\s*$", block))),
        "mean_word_len": min(15.0, sum(map(len, tokens)) / n) / 10,
    }


def test_page_level_features_match_the_per_block_definitions() -> None:
    rows = document_features(BLOCKS).rows
    for row, block in zip(rows, BLOCKS, strict=True):
        for name, value in _reference(block).items():
            assert abs(row[COLUMN[name]] - value) < 1e-9, (block, name)


def test_context_means_leave_the_block_out() -> None:
    rows = document_features(BLOCKS).rows
    log_words = rows[:, COLUMN["log_words"]]
    assert abs(rows[0, COLUMN["context_log_words"]] - log_words[1:3].mean()) < 1e-9
    assert abs(rows[3, COLUMN["context_log_words"]] - log_words[[1, 2, 4, 5]].mean()) < 1e-9


def test_recurring_lines_score_by_documents_that_hold_them() -> None:
    footer = "Our Town Daily - local news you can trust"
    docs = [[f"Story {n} body text goes here.", footer] for n in range(6)]
    stats = LineStats.from_documents(docs)
    assert stats.recurrences([footer, "A line seen once", "x " * 40]).tolist() == [1.0, 0.0, 0.0]
    assert LineStats.from_documents(docs[:2]).recurrences([footer]).tolist() == [0.0]  # too few documents


def test_best_region_is_the_maximum_sum_run() -> None:
    assert best_region([-1.0, 2.0, 3.0, -10.0, 4.0]) == (1, 3)
    assert best_region([-1.0, -2.0]) == (0, 0)
    assert best_region([]) == (0, 0)


def test_language_comes_from_the_stop_lists_and_english_is_not_taken_for_finnish() -> None:
    english = [
        "The council said that the new bridge would open in the spring, and that it was on budget.",
        "It is the first bridge of its kind in the region, and the work was done by a local firm.",
    ]
    german = [
        "Der Stadtrat hat am Dienstag beschlossen, dass die neue Brücke im Frühjahr eröffnet wird.",
        "Die Arbeiten wurden von einer Firma aus der Region ausgeführt, und sie liegen im Zeitplan.",
    ]
    assert judge_page(english).language == "en"
    assert judge_page(german).language == "de"
    assert judge_page(["12345 67890", "| | |"]).language == ""  # no words: no language claimed


def test_related_section_ends_where_the_article_resumes() -> None:
    body = (
        "The council approved the new library budget on Tuesday after a long debate about opening hours, "
        "and the mayor said the doors would stay open late on weekdays from next month."
    )
    later = (
        "Library staff said the longer hours would let students use the reading rooms after school, "
        "and the council said it would review the budget for the library again next spring."
    )
    page = (
        f"{body}\nRelated stories\nStriker signs for rival club\n{later}\n{later.replace('spring', 'year')}"
    )
    result = clean_plain_text(normalize_text(page))
    assert later in result.blocks
    cut = {b.text: b.reason for b in result.removed}
    assert cut["Related stories"] == "related_block"
    assert "Striker signs for rival club" in cut


def test_mojibake_found_in_a_bounded_sample_and_clean_text_left_alone() -> None:
    assert looks_like_mojibake("The cafÃ© reopened. " * 50)
    assert not looks_like_mojibake("“Quoted” words — and café, naïve, Zürich. " * 500)
    article = clean_document(
        RawDoc(id="m", path="m.txt", text="The cafÃ© reopened on Friday, owners said. " * 5)
    )
    assert isinstance(article, Article) and "café" in article.text


def test_whitespace_is_normalised_line_by_line() -> None:
    text = "  A\u00a0 line\twith   odd \u2009spaces \n\n  next line  \x0c\nlast"
    assert normalize_text(text) == "A line with odd spaces\n\nnext line\nlast"


def test_typographic_punctuation_alone_never_looks_like_mojibake() -> None:
    """The shortcut of ``looks_like_mojibake``: no string of ASCII and typographic punctuation (every
    sequence of three, over the punctuation and ASCII of each kind) is bad to ftfy, so it is not tested."""
    alphabet = _TYPOGRAPHIC + "aZ1 .\n_"
    bad = [
        "".join(chars)
        for chars in itertools.product(alphabet, repeat=3)
        if ftfy.badness.is_bad("".join(chars))
    ]
    assert bad == []
    assert not _UNSAFE.search("“Quoted” – it’s fine…") and _UNSAFE.search("cafÃ©")
    assert looks_like_mojibake("The cafÃ© is open") and not looks_like_mojibake("“Quoted” – it’s fine…")


def test_topic_fit_is_the_share_of_content_words_found_in_other_region_blocks() -> None:
    blocks = [
        "Weather warning for the coast tonight",
        "The harbour council closed the coast road after the storm flooded the harbour.",
        "Council engineers said the road would reopen once the storm water drained.",
        "Striker signs for rival club",
        "Harbour harbour harbour",
    ]
    page = document_features(blocks)
    stops = page.stops.words
    words = [{w for w in re.findall(r"\w+", b.lower()) if w not in stops and len(w) > 2} for b in blocks]
    tokens = [[w for w in re.findall(r"\w+", b.lower()) if w not in stops and len(w) > 2] for b in blocks]
    for region in ((1, 3), (0, 5), (0, 0), (4, 5)):
        expected = []
        for i, toks in enumerate(tokens):
            others = set().union(*(words[j] for j in range(*region) if j != i))
            expected.append(sum(t in others for t in toks) / len(toks) if toks else 0.0)
        assert np.allclose(topic_fit(page, region), expected), region
    both = topic_fits(page, ((1, 3), (0, 5)))
    assert np.array_equal(both[0], topic_fit(page, (1, 3))) and np.array_equal(
        both[1], topic_fit(page, (0, 5))
    )


def test_the_lead_is_the_regions_first_blocks_up_to_lead_words() -> None:
    words = np.array([5.0, 30.0, 40.0, 20.0, 50.0, 7.0])
    assert lead_region(words, (1, 6)) == (1, 4)  # 30 + 40 < 80 <= 30 + 40 + 20
    assert lead_region(words, (4, 6)) == (4, 6)  # fewer than 80 words: the whole region
    assert lead_region(words, (0, 0)) == (0, 0)
    page = document_features(["Harbour storm closes coast road", "Harbour storm floods the coast road"])
    rows = context_rows(page, np.array([0.9, 0.9]))
    lead = rows[:, page.rows.shape[1] + CONTEXT_FEATURES.index("lead_fit")]
    assert np.allclose(lead, topic_fit(page, (0, 2)))  # a short region is its own lead


def test_end_of_article_context_features() -> None:
    blocks = [
        "Home | News | Sport | Weather",
        "The harbour council closed the coast road after the storm flooded the harbour overnight.",
        "Council engineers said the road would reopen once the storm water had drained away.",
        "Share this",
        "Copyright 2026 The Harbor Ledger",
        "Print",
        "Anna, 2/14/2026 11:49 PM: I drive that road every day and it floods every single winter.",
        "Email",
        "Anna again at 9:05 on the next morning: still closed.",
    ]
    page = document_features(blocks)
    first = np.array([0.1, 0.9, 0.9, 0.1, 0.1, 0.1, 0.6, 0.1, 0.6])
    rows = context_rows(page, first)
    col = {name: page.rows.shape[1] + i for i, name in enumerate(CONTEXT_FEATURES)}
    # after the first copyright line at or after the body's start (the first block scored >= 0.5)
    assert rows[:, col["after_copyright"]].tolist() == [0, 0, 0, 0, 0, 1, 1, 1, 1]
    # chrome lines (phrases, a copyright line, menus) since the body's start, the block itself left out, at most 3
    assert np.allclose(rows[:, col["chrome_since_body"]] * 3, [0, 0, 0, 0, 1, 2, 3, 3, 3])
    # a date or a clock time in the block's first 80 characters
    assert rows[:, col["stamp_head"]].tolist() == [0, 0, 0, 0, 0, 0, 1, 0, 1]
    assert predict(rows, np.zeros(rows.shape[1])).shape == (len(blocks),)
