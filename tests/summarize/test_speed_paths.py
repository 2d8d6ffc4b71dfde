"""Session 14's shortcuts in the pool and compression give the answers of the code they spare."""

from __future__ import annotations

import random

from newsfuse.summarize import compress, pool

_PIECES = (
    "Officials",
    "said",
    "on Monday",
    "last night",
    "today",
    ",",
    "(AP)",
    "--",
    " - ",
    "—",
    "_",
    "who",
    "which",
    "a former mayor",
    "Harlan Vesk",
    "aged 41",
    "as",
    "while",
    "However",
    "In a statement",
    "the council",
    "voted",
    "PORT EMMET",
    "photo",
    "click",
    "http",
    "this article",
    "this story",
    "storm",
    ".",
)


def _texts(rng: random.Random, n: int) -> list[str]:
    pieces = [*_PIECES, *pool._BOILERPLATE_MARKERS]
    return [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 18))) for _ in range(n)]


def test_marker_groups_hold_every_marker_once_under_its_key() -> None:
    grouped = [m for _, markers in pool._MARKER_GROUPS for m in markers]
    assert sorted(grouped) == sorted(pool._BOILERPLATE_MARKERS)
    assert all(key in m for key, markers in pool._MARKER_GROUPS for m in markers)


def test_has_marker_is_any_marker() -> None:
    rng = random.Random(14)
    for text in _texts(rng, 4000):
        lowered = text.lower()
        assert pool.has_marker(lowered) == any(m in lowered for m in pool._BOILERPLATE_MARKERS)
        assert pool.has_marker(lowered) == bool(pool._BOILERPLATE.search(lowered))


def test_texts_without_a_trigger_have_no_deletion() -> None:
    rng = random.Random(9)
    every = frozenset(compress.RULES)
    found = 0
    for text in _texts(rng, 4000):
        deletions = list(compress._found(text, every))
        found += bool(deletions)
        if deletions:
            assert any(t in text for t in compress._TRIGGERS), text
        else:
            assert compress._compress(text, every) == compress.Compressed(text, ((0, len(text)),), ())
    assert found > 100  # the texts exercise the rules


def test_clause_rules_are_the_named_ones_in_order() -> None:
    """Session 15: ``_found`` tries only the clause rules a rule set names, in ``_CLAUSE_RULES`` order."""
    names = [rule for rule, _ in compress._CLAUSE_RULES]
    rng = random.Random(15)
    for _ in range(50):
        wanted = frozenset(rng.sample(compress.RULES, rng.randint(0, len(compress.RULES))))
        chosen = compress._clause_rules(wanted)
        assert [rule for rule, _ in chosen] == [n for n in names if n in wanted]
        assert compress._clause_rules(wanted) is chosen  # kept per rule set
