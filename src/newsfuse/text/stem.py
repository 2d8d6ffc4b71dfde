"""The Porter stemmer (M. F. Porter, "An algorithm for suffix stripping", Program 14(3), 1980).

Written from the published algorithm, with the departures that NLTK's ``PorterStemmer()`` makes in its
default mode (``NLTK_EXTENSIONS``), so that the concepts of a brief stay what they were when NLTK made
them (``benchmarks/check_stemmer.py`` compares the two on every word type of the corpora):

- a short table of irregular forms is looked up first ("skies" -> "sky", "dying" -> "die", "news");
- words of one or two characters are returned as they are;
- step 1a: "ies" of a four-letter word becomes "ie" ("dies" -> "die"), not "i";
- step 1b: "ied" becomes "ie" in a four-letter word and "i" otherwise, with nothing else done;
- step 1c: "y" becomes "i" only after a consonant that is not the word's first letter ("enjoy" stays);
- step 2: "alli" -> "al" is tried first and, when it applies, step 2 runs again on the result; "bli" ->
  "ble" replaces "abli" -> "able"; "fulli" -> "ful" is added, and "logi" -> "log" when what precedes "ogi"
  has a positive measure;
- the condition *o also holds for a two-letter stem of a vowel then a consonant.

A rule whose suffix matches but whose condition fails ends its step (as in the paper, "feed" stays).
Letters other than a, e, i, o, u and y (digits too) count as consonants.
"""

from __future__ import annotations

__all__ = ["IRREGULAR", "porter_stem", "porter_stem_unkept"]

IRREGULAR: dict[str, str] = {
    "skies": "sky",
    "sky": "sky",
    "dying": "die",
    "lying": "lie",
    "tying": "tie",
    "news": "news",
    "innings": "inning",
    "inning": "inning",
    "outings": "outing",
    "outing": "outing",
    "cannings": "canning",
    "canning": "canning",
    "howe": "howe",
    "proceed": "proceed",
    "exceed": "exceed",
    "succeed": "succeed",
}
"""Words looked up rather than stemmed (NLTK's irregular forms), each with its stem."""

_VOWELS = frozenset("aeiou")


def _kinds(word: str) -> str:
    """One letter per character of ``word``: "v" for a vowel, "c" for a consonant. A "y" is a vowel after
    a consonant and a consonant elsewhere (first in the word, or after a vowel)."""
    kinds = []
    consonant = False
    for ch in word:
        if ch in _VOWELS:
            consonant = False
        elif ch == "y":
            consonant = not consonant
        else:
            consonant = True
        kinds.append("c" if consonant else "v")
    return "".join(kinds)


def _measure(stem: str) -> int:
    """m of the paper: how many vowel-run + consonant-run pairs the form [C](VC)^m[V] of ``stem`` has."""
    return _kinds(stem).count("vc")


def _ends_cvc(stem: str) -> bool:
    """Condition *o: the stem ends consonant, vowel, consonant, the last not "w", "x" or "y" (or, NLTK's
    addition, the stem is just a vowel and a consonant)."""
    if len(stem) == 2:
        return _kinds(stem) == "vc"
    return len(stem) >= 3 and _kinds(stem).endswith("cvc") and stem[-1] not in "wxy"


def _rule_step(word: str, rules: dict[str, tuple[str, int]], lengths: tuple[int, ...]) -> str:
    """Apply the rule of the longest suffix of ``word`` in ``rules`` (suffix -> (replacement, least
    measure the remaining stem needs, exclusive)); ``lengths`` are the rules' suffix lengths, longest first.
    Where one suffix ends another, the paper lists the longer first, so the first rule of the paper that
    matches is the longest. If its condition fails, nothing else is tried."""
    for size in lengths:
        found = rules.get(word[-size:])  # a word shorter than ``size`` is no suffix of that length
        if found is not None:
            stem = word[:-size]
            replacement, least = found
            return stem + replacement if _measure(stem) > least else word
    return word


def _step1a(word: str) -> str:
    if word.endswith("ies") and len(word) == 4:
        return word[:-1]
    if word.endswith("sses") or word.endswith("ies"):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _step1b(word: str) -> str:
    if word.endswith("ied"):
        return word[:-1] if len(word) == 4 else word[:-2]
    if word.endswith("eed"):
        return word[:-1] if _measure(word[:-3]) > 0 else word
    if word.endswith("ed"):
        stem = word[:-2]
    elif word.endswith("ing"):
        stem = word[:-3]
    else:
        return word
    if "v" not in _kinds(stem):
        return word
    # the suffix is gone: restore an "e" or undouble a consonant, so that later steps see a word
    if stem.endswith(("at", "bl", "iz")):
        return stem + "e"
    if len(stem) >= 2 and stem[-1] == stem[-2] and _kinds(stem)[-1] == "c":
        return stem if stem[-1] in "lsz" else stem[:-1]
    if _measure(stem) == 1 and _ends_cvc(stem):
        return stem + "e"
    return stem


def _step1c(word: str) -> str:
    if word.endswith("y") and len(word) > 2 and _kinds(word[:-1])[-1] == "c":
        return word[:-1] + "i"
    return word


_STEP2 = {
    "ational": ("ate", 0),
    "tional": ("tion", 0),
    "enci": ("ence", 0),
    "anci": ("ance", 0),
    "izer": ("ize", 0),
    "bli": ("ble", 0),
    "alli": ("al", 0),
    "entli": ("ent", 0),
    "eli": ("e", 0),
    "ousli": ("ous", 0),
    "ization": ("ize", 0),
    "ation": ("ate", 0),
    "ator": ("ate", 0),
    "alism": ("al", 0),
    "iveness": ("ive", 0),
    "fulness": ("ful", 0),
    "ousness": ("ous", 0),
    "aliti": ("al", 0),
    "iviti": ("ive", 0),
    "biliti": ("ble", 0),
    "fulli": ("ful", 0),
}
_STEP3 = {
    "icate": ("ic", 0),
    "ative": ("", 0),
    "alize": ("al", 0),
    "iciti": ("ic", 0),
    "ical": ("ic", 0),
    "ful": ("", 0),
    "ness": ("", 0),
}
_STEP4 = {
    suffix: ("", 1)
    for suffix in (
        "al",
        "ance",
        "ence",
        "er",
        "ic",
        "able",
        "ible",
        "ant",
        "ement",
        "ment",
        "ent",
        "ou",
        "ism",
        "ate",
        "iti",
        "ous",
        "ive",
        "ize",
    )
}


def _lengths(rules: dict[str, tuple[str, int]]) -> tuple[int, ...]:
    return tuple(sorted({len(suffix) for suffix in rules}, reverse=True))


_STEP2_LENGTHS = _lengths(_STEP2)
_STEP3_LENGTHS = _lengths(_STEP3)
_STEP4_LENGTHS = _lengths(_STEP4)


def _step2(word: str) -> str:
    if word.endswith("alli") and _measure(word[:-4]) > 0:
        return _step2(word[:-2])
    if word.endswith("logi"):
        # NLTK keeps the "l" with the stem for the condition ("geologi" -> "geolog", "theologi" too)
        return word[:-1] if _measure(word[:-3]) > 0 else word
    return _rule_step(word, _STEP2, _STEP2_LENGTHS)


def _step4(word: str) -> str:
    if word.endswith("ion"):
        # no other suffix of step 4 ends in "ion" or in one of its tails
        stem = word[:-3]
        return stem if stem[-1:] in ("s", "t") and _measure(stem) > 1 else word
    return _rule_step(word, _STEP4, _STEP4_LENGTHS)


def _step5(word: str) -> str:
    if word.endswith("e"):
        stem = word[:-1]
        measure = _measure(stem)
        if measure > 1 or (measure == 1 and not _ends_cvc(stem)):
            word = stem
    if word.endswith("ll") and _measure(word[:-1]) > 1:
        return word[:-1]
    return word


def porter_stem_unkept(word: str) -> str:
    """``porter_stem`` without its memo (for a caller that keeps the answers itself)."""
    lowered = word.lower()
    irregular = IRREGULAR.get(lowered)
    if irregular is not None:
        return irregular
    if len(word) <= 2:
        return lowered
    stemmed = _step1c(_step1b(_step1a(lowered)))
    stemmed = _step2(stemmed)
    stemmed = _rule_step(stemmed, _STEP3, _STEP3_LENGTHS)
    return _step5(_step4(stemmed))


_STEMS: dict[str, str] = {}
"""``porter_stem``'s answers by word, emptied when it holds ``_STEMS_KEPT`` words."""
_STEMS_KEPT = 200_000


def porter_stem(word: str) -> str:
    """The Porter stem of ``word`` (lower-cased first), the same as NLTK's ``PorterStemmer().stem(word)``;
    each answer is kept (up to ``_STEMS_KEPT`` words, then the memo starts again)."""
    found = _STEMS.get(word)
    if found is None:
        if len(_STEMS) >= _STEMS_KEPT:
            _STEMS.clear()
        found = _STEMS[word] = porter_stem_unkept(word)
    return found
