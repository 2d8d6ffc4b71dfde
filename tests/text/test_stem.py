"""The Porter stemmer of ``newsfuse.text.stem`` gives NLTK's ``PorterStemmer()`` stems (its default mode).

``CASES`` are words chosen to reach every rule, condition and NLTK departure, each with the stem NLTK gives
it; ``benchmarks/check_stemmer.py`` compares the two on every word type of the dev corpora.
"""

from __future__ import annotations

import random

import pytest

from newsfuse.text import stem as stem_module
from newsfuse.text.stem import IRREGULAR, porter_stem, porter_stem_unkept

CASES = [
    ("skies", "sky"),
    ("sky", "sky"),
    ("dying", "die"),
    ("lying", "lie"),
    ("tying", "tie"),
    ("news", "news"),
    ("innings", "inning"),
    ("inning", "inning"),
    ("outings", "outing"),
    ("outing", "outing"),
    ("cannings", "canning"),
    ("canning", "canning"),
    ("howe", "howe"),
    ("proceed", "proceed"),
    ("exceed", "exceed"),
    ("succeed", "succeed"),
    ("dies", "die"),
    ("ties", "tie"),
    ("flies", "fli"),
    ("ponies", "poni"),
    ("caresses", "caress"),
    ("caress", "caress"),
    ("cats", "cat"),
    ("cat", "cat"),
    ("a", "a"),
    ("is", "is"),
    ("as", "as"),
    ("ss", "ss"),
    ("yes", "ye"),
    ("yy", "yy"),
    ("y", "y"),
    ("by", "by"),
    ("ab", "ab"),
    ("died", "die"),
    ("tied", "tie"),
    ("spied", "spi"),
    ("cried", "cri"),
    ("feed", "feed"),
    ("agreed", "agre"),
    ("bleed", "bleed"),
    ("plastered", "plaster"),
    ("bled", "bled"),
    ("motoring", "motor"),
    ("sing", "sing"),
    ("hopping", "hop"),
    ("tanned", "tan"),
    ("falling", "fall"),
    ("hissing", "hiss"),
    ("fizzed", "fizz"),
    ("failing", "fail"),
    ("filing", "file"),
    ("conflated", "conflat"),
    ("troubled", "troubl"),
    ("sized", "size"),
    ("happy", "happi"),
    ("enjoy", "enjoy"),
    ("spy", "spi"),
    ("fly", "fli"),
    ("try", "tri"),
    ("sky", "sky"),
    ("toy", "toy"),
    ("syzygy", "syzygi"),
    ("yelling", "yell"),
    ("played", "play"),
    ("playing", "play"),
    ("dyed", "dy"),
    ("relational", "relat"),
    ("conditional", "condit"),
    ("rational", "ration"),
    ("valenci", "valenc"),
    ("hesitanci", "hesit"),
    ("digitizer", "digit"),
    ("conformabli", "conform"),
    ("radicalli", "radic"),
    ("rationalli", "ration"),
    ("differentli", "differ"),
    ("vileli", "vile"),
    ("analogousli", "analog"),
    ("vietnamization", "vietnam"),
    ("predication", "predic"),
    ("operator", "oper"),
    ("feudalism", "feudal"),
    ("decisiveness", "decis"),
    ("hopefulness", "hope"),
    ("callousness", "callous"),
    ("formaliti", "formal"),
    ("sensitiviti", "sensit"),
    ("sensibiliti", "sensibl"),
    ("fulli", "fulli"),
    ("hopefulli", "hope"),
    ("geologi", "geolog"),
    ("theologi", "theolog"),
    ("logi", "logi"),
    ("apologi", "apolog"),
    ("triplicate", "triplic"),
    ("formative", "form"),
    ("formalize", "formal"),
    ("electriciti", "electr"),
    ("electrical", "electr"),
    ("hopeful", "hope"),
    ("goodness", "good"),
    ("revival", "reviv"),
    ("allowance", "allow"),
    ("inference", "infer"),
    ("airliner", "airlin"),
    ("gyroscopic", "gyroscop"),
    ("adjustable", "adjust"),
    ("defensible", "defens"),
    ("irritant", "irrit"),
    ("replacement", "replac"),
    ("adjustment", "adjust"),
    ("dependent", "depend"),
    ("adoption", "adopt"),
    ("homologou", "homolog"),
    ("communism", "commun"),
    ("activate", "activ"),
    ("angulariti", "angular"),
    ("homologous", "homolog"),
    ("effective", "effect"),
    ("bowdlerize", "bowdler"),
    ("probate", "probat"),
    ("rate", "rate"),
    ("cease", "ceas"),
    ("controll", "control"),
    ("roll", "roll"),
    ("generalization", "gener"),
    ("station", "station"),
    ("nation", "nation"),
    ("union", "union"),
    ("onion", "onion"),
    ("lion", "lion"),
    ("opinion", "opinion"),
    ("covid19", "covid19"),
    ("2024", "2024"),
    ("1990s", "1990"),
    ("10th", "10th"),
    ("mp3", "mp3"),
    ("x86", "x86"),
    ("b2b", "b2b"),
    ("abcs", "abc"),
    ("ooing", "oo"),
    ("owed", "owe"),
    ("owing", "owe"),
    ("eyeing", "eye"),
    ("oed", "o"),
    ("ies", "i"),
    ("sses", "ss"),
    ("iing", "i"),
    ("ying", "ying"),
    ("yying", "yy"),
    ("general", "gener"),
    ("generate", "gener"),
    ("generic", "gener"),
    ("generously", "gener"),
    ("oscillating", "oscil"),
    ("oscillation", "oscil"),
    ("organization", "organ"),
    ("organizational", "organiz"),
    ("naïve", "naïv"),
    ("café", "café"),
    ("résumés", "résumé"),
    ("straße", "straße"),
]


@pytest.mark.parametrize(("word", "expected"), CASES)
def test_tricky_words_get_nltks_stem(word: str, expected: str) -> None:
    assert porter_stem_unkept(word) == expected
    assert porter_stem(word) == expected


def test_irregular_forms_are_looked_up() -> None:
    assert all(porter_stem(form) == base for form, base in IRREGULAR.items())
    assert porter_stem("Skies") == "sky"


def test_upper_case_is_lowered_first() -> None:
    assert porter_stem("Running") == "run"
    assert porter_stem("AB") == "ab"


def test_the_memo_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stem_module, "_STEMS", {})
    monkeypatch.setattr(stem_module, "_STEMS_KEPT", 5)
    words = [f"walking{i}x" for i in range(12)]
    assert [porter_stem(w) for w in words] == [porter_stem_unkept(w) for w in words]
    assert len(stem_module._STEMS) <= 5


def test_random_words_match_nltk_when_it_is_installed() -> None:
    porter = pytest.importorskip("nltk.stem.porter").PorterStemmer()
    rng = random.Random(5)
    letters = "aeiouybcdfglmnprstvwxz0"
    endings = [
        "",
        "s",
        "ies",
        "ied",
        "eed",
        "ed",
        "ing",
        "y",
        "alli",
        "bli",
        "logi",
        "ational",
        "ement",
        "ion",
    ]
    words = {
        "".join(rng.choice(letters) for _ in range(rng.randint(0, 7))) + rng.choice(endings)
        for _ in range(20_000)
    }
    assert [w for w in sorted(words) if porter_stem_unkept(w) != porter.stem(w)] == []
