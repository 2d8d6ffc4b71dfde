"""The budget analysis of benchmarks/budget_summarize.py: its word classes and its R-1 oracle."""

from __future__ import annotations

from collections import Counter

from benchmarks.budget_summarize import _classes, oracle


class _Words:
    """A stand-in for rouge-score's tokenizer: the lower-cased word without punctuation, unstemmed."""

    def __call__(self, word: str) -> list[str]:
        token = "".join(ch for ch in word.lower() if ch.isalnum())
        return [token] if token else []


def _kinds(text: str) -> list[set[str]]:
    return _classes(text)


def test_a_final_attribution_is_a_tail_and_its_claim_is_not() -> None:
    text = "The bridge was closed to traffic for three days, police said Tuesday."
    kinds, words = _kinds(text), text.split()
    tail = [w for w, k in zip(words, kinds, strict=True) if "attribution tail" in k]
    assert tail == ["police", "said", "Tuesday."]
    assert "weekday" in kinds[-1]
    assert not any("attribution lead" in k for k in kinds)


def test_an_opening_attribution_is_a_lead_and_quoted_words_are_quotes() -> None:
    text = 'Officials said that the dam "will not hold much longer" after the rains.'
    kinds = _kinds(text)
    words = text.split()
    assert [w for w, k in zip(words, kinds, strict=True) if "attribution lead" in k] == [
        "Officials",
        "said",
        "that",
    ]
    assert [w for w, k in zip(words, kinds, strict=True) if "quote" in k] == [
        '"will',
        "not",
        "hold",
        "much",
        'longer"',
    ]
    assert all("short sentence" not in k for k in kinds)  # 12 words


def test_the_oracle_takes_the_densest_sentence_first_and_stops_at_the_budget() -> None:
    refs = [Counter(["dam", "broke", "town", "flooded"])]
    texts = [
        "officials met on a long list of unrelated matters today dam",  # 1 hit in 11 words
        "the dam broke and the town flooded",  # 4 hits in 7 words
        "dam broke",  # 2 hits in 2 words: the densest
    ]
    words = _Words()
    assert oracle(texts, refs, budget=2, limit=None, grams=words) == [2]  # type: ignore[arg-type]
    # then the text with new reference tokens; the first adds only a clipped "dam", so it never comes in
    assert oracle(texts, refs, budget=30, limit=None, grams=words) == [2, 1]  # type: ignore[arg-type]
    # under a cut, only the words the cut keeps count: 2 words of room leave "the dam" of the second
    assert oracle(texts, refs, budget=30, limit=4, grams=words) == [2]  # type: ignore[arg-type]
