"""The helpers of benchmarks/bench_brief_chrome.py: the in-gold test and the mapping from spans to pages."""

from __future__ import annotations

import gzip
import json
import random
from itertools import islice

from benchmarks.bench_brief_chrome import (
    Gold,
    Judge,
    Snippets,
    _lcs,
    gold_of,
    gold_text,
    lies_in,
    page_id,
    sentence_bounds,
    tokens,
)
from newsfuse.model import Span
from newsfuse.text.sentences import split_sentences
from tests.conftest import shared_dataset
from tests.helpers import article


def _table_lcs(a: list[str], b: list[str]) -> int:
    rows = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            rows[i + 1][j + 1] = rows[i][j] + 1 if x == y else max(rows[i][j + 1], rows[i + 1][j])
    return rows[-1][-1]


def test_bit_vector_lcs_equals_the_table() -> None:
    rng = random.Random(27)
    for _ in range(500):
        a = [rng.choice("abcd") for _ in range(rng.randint(1, 25))]
        b = [rng.choice("abcde") for _ in range(rng.randint(0, 40))]
        masks: dict[str, int] = {}
        for i, token in enumerate(a):
            masks[token] = masks.get(token, 0) | (1 << i)
        assert _lcs(masks, len(a), b) == _table_lcs(a, b)


def test_tokens_fold_case_and_width() -> None:
    assert tokens("The ＡＰ said: “Ten”, not 10.") == ["the", "ap", "said", "ten", "not", "10"]
    # a gold that lost a word's apostrophe ("the laws passage") still holds "the law’s passage"
    assert tokens("the law’s passage, 'quoted'") == ["the", "laws", "passage", "quoted"]


def test_a_sentence_of_the_gold_lies_in_it_and_chrome_does_not() -> None:
    gold = Gold(
        "The mayor said on Monday that the bridge would reopen in May. Engineers found cracks in two of its piers."
    )
    assert lies_in(tokens("Engineers found cracks in two of its piers."), gold)
    # one word of five changed: 4/5 = 80 % is enough, 3/5 is not
    assert lies_in(tokens("Engineers found deep cracks in two of its piers."), gold)
    assert not lies_in(tokens("Engineers found many new cracks in the old piers."), gold)
    # the words are all in the gold, but not in order within one stretch
    assert not lies_in(tokens("piers its of two in cracks found engineers"), gold)
    assert not lies_in(tokens("Read more: the mayor's other stories"), gold)
    assert not lies_in([], gold)


def test_a_stretch_is_anchored_not_the_whole_gold() -> None:
    # 'said the bridge' is found in order across the whole text, but never within one short stretch
    gold = Gold("said " + "x " * 50 + "the " + "y " * 50 + "bridge")
    assert not lies_in(tokens("said the bridge"), gold)
    assert lies_in(tokens("said the bridge"), Gold("he said the old bridge fell"))


def test_sentence_bounds_widen_a_span_to_its_sentences() -> None:
    text = "Home. Sign in.\n\nThe river rose by 3 metres overnight. Residents left."
    start = text.index("3 metres")
    lo, hi = sentence_bounds(text, start, start + len("3 metres"))
    assert text[lo:hi] == "The river rose by 3 metres overnight."
    assert [s.text for s in split_sentences(text)][:1] == ["Home."]


def test_page_ids_and_gold_text() -> None:
    assert page_id("cleaneval_html.jsonl#dev/12") == "dev/12"
    assert page_id("plain") == "plain"
    assert gold_text({"gold_title": "A title", "gold_text": "Body."}) == "A title\nBody."
    assert gold_text({"gold_title": None, "gold_text": "None"}) == ""
    # a title without a body (trafilatura_eval) is no gold article
    assert gold_text({"gold_title": "A title", "gold_text": None}) == ""


def test_judge_reads_the_span_sentence_of_the_right_page() -> None:
    text = "Subscribe to our newsletter today. The council voted 7 to 2 to close the library."
    art = article("in.jsonl#p1", text)
    judge = Judge({art.id: art}, {"p1": Gold("The council voted 7 to 2 to close the library on Tuesday.")})
    number = text.index("7 to 2")
    assert judge.span(Span(art.id, number, number + 6)) == (True, text[text.index("The council") :])
    assert judge.span(Span(art.id, 0, 9)) == (False, "Subscribe to our newsletter today.")
    assert judge.any_in_gold([Span(art.id, 0, 9), Span(art.id, number, number + 1)])[0] is True
    assert judge.any_in_gold([Span("in.jsonl#other", 0, 9)]) == (None, [])


def test_snippets_judge_only_what_they_mark() -> None:
    marks = Snippets(
        ["Der Stadtrat hat am Montag entschieden"], ["Impressum", "Alle Rechte vorbehalten", "Mehr zum Thema"]
    )
    assert marks.verdict(tokens("Der Stadtrat hat am Montag entschieden, die Brücke zu sperren.")) is True
    assert marks.verdict(tokens("© 2019 Zeitung. Alle Rechte vorbehalten.")) is False
    assert marks.verdict(tokens("Impressum")) is False
    # a one-word snippet inside a longer piece, or no snippet at all: not judged
    assert marks.verdict(tokens("Das Impressum nennt den Verlag.")) is None
    assert marks.verdict(tokens("Die Brücke bleibt bis Mai gesperrt.")) is None
    # holding both: not judged
    assert marks.verdict(tokens("Der Stadtrat hat am Montag entschieden. Mehr zum Thema")) is None
    assert gold_of({"gold_text": None, "gold_with": [], "gold_without": []}) is None
    assert isinstance(gold_of({"gold_text": "Body.", "gold_with": ["x"]}), Gold)


def test_every_gold_sentence_lies_in_its_own_gold_on_readability_pages() -> None:
    path = shared_dataset("readability_testpages", "readability_testpages.jsonl.gz")
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        records = [json.loads(line) for line in islice(handle, 12)]
    judged = 0
    for record in records:
        text = gold_text(record)
        gold = Gold(text)
        for sentence in split_sentences(text):
            piece = tokens(sentence.text)
            if piece:
                judged += 1
                assert lies_in(piece, gold), (record["id"], sentence.text)
    assert judged > 100
