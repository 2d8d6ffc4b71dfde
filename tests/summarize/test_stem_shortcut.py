"""The concept stems' shortcuts give NLTK's Porter stems exactly."""

from __future__ import annotations

import random
import string

from nltk.stem.porter import PorterStemmer

from newsfuse.summarize.concepts import _CHANGED_TAILS, _OWN_STEM_ENDINGS, _own_stem, _stem

_SUFFIXES = [
    "ational",
    "tional",
    "enci",
    "anci",
    "izer",
    "bli",
    "alli",
    "entli",
    "eli",
    "ousli",
    "ization",
    "ation",
    "ator",
    "alism",
    "iveness",
    "fulness",
    "ousness",
    "aliti",
    "iviti",
    "biliti",
    "logi",
    "fulli",
    "lessli",
    "icate",
    "ative",
    "alize",
    "iciti",
    "ical",
    "ful",
    "ness",
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
    "ion",
    "ou",
    "ism",
    "ate",
    "iti",
    "ous",
    "ive",
    "ize",
    "sses",
    "ies",
    "ss",
    "s",
    "eed",
    "ed",
    "ing",
    "y",
    "e",
    "ll",
    "at",
    "bl",
    "iz",
]


def test_words_taken_as_their_own_stem_are_their_porter_stem() -> None:
    porter = PorterStemmer()
    rng = random.Random(7)
    letters = string.ascii_lowercase + string.digits
    endings = sorted(_OWN_STEM_ENDINGS | set(_CHANGED_TAILS))
    words = [
        "".join(rng.choice(letters) for _ in range(rng.randint(2, 11))) + tail + end
        for end in endings
        for tail in ("", "io", "n", "e", "o", "is", "i", "in")
        for _ in range(60)
    ]
    words += [
        base + suffix + end
        for base in ("connect", "gener", "hop", "sky", "di")
        for suffix in _SUFFIXES
        for end in ("", *endings)
    ]
    taken = [w for w in words if len(w) > 3 and _own_stem(w)]  # (shorter words are kept as they are)
    assert len(taken) > len(words) / 3
    assert [w for w in taken if porter.stem(w) != w] == []
    assert all(_stem(w)[0] == w for w in taken)


def test_stems_match_the_stemmer_on_other_words() -> None:
    porter = PorterStemmer()
    words = (
        "running",
        "generational",
        "skies",
        "news",
        "hopping",
        "controll",
        "relational",
        "abc",
        "station",
    )
    for word in (*words, "dependent", "operator", "minimalism", "heroic", "exceed", "dying", "famous"):
        assert _stem(word)[0] == (porter.stem(word) if len(word) > 3 else word)


def test_plurals_take_their_singulars_stem() -> None:
    porter = PorterStemmer()
    rng = random.Random(11)
    letters = string.ascii_lowercase
    bases = ["".join(rng.choice(letters) for _ in range(rng.randint(1, 9))) for _ in range(400)]
    bases += [
        base + suffix for base in ("connect", "gener", "hop", "sky", "di", "ti", "y") for suffix in _SUFFIXES
    ]
    words = [base + end for base in bases for end in ("s", "es", "ies", "ss", "sses", "is", "us", "ys", "ds")]
    words += [
        "skies",
        "news",
        "innings",
        "outings",
        "cannings",
        "skys",
        "inningss",
        "ties",
        "dies",
        "bus",
        "gas",
    ]
    assert [w for w in words if _stem(w)[0] != (porter.stem(w) if len(w) > 3 else w)] == []
