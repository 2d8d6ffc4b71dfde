from itertools import permutations

import pytest

import newsfuse.dedup.verify as verify
from newsfuse.config import DedupConfig
from newsfuse.dedup import DedupIndex
from newsfuse.dedup.verify import compare, compare_many
from newsfuse.model import Relation
from tests.dedup.test_groups import OWN
from tests.helpers import WIRE, article

QUOTE = '"We lost the building but we did not lose a single person, and that is what matters," Delgado said.'


def _sketches() -> list:  # type: ignore[type-arg]
    full = "\n".join(WIRE)
    texts = {
        "full": full,
        "exact": full,
        "near": full.replace("worked through", "labored through"),
        "trunc": "\n".join(WIRE[:2]),
        "rewrite": "\n".join([OWN[0], WIRE[1], OWN[1], WIRE[3], OWN[2]]),
        "own": "\n".join(OWN),
        "quote_a": OWN[0] + "\nThe chief thanked the crews from four towns. " + QUOTE,
        "quote_b": QUOTE + " Reporters waited outside the station for an hour.\n" + OWN[1],
        "short": "Fire at the pier.",
        "empty": "",
    }
    return DedupIndex().sketch(article(key, text) for key, text in texts.items())


def _kind(match: verify.Match | None) -> str:
    if match is None:
        return "none"
    return match.relation.value if match.relation else "passage"


def test_batched_verification_answers_as_each_pair_alone() -> None:
    sketches = _sketches()
    pairs = list(permutations(sketches, 2))
    alone = [compare(a, b, DedupConfig()) for a, b in pairs]
    assert compare_many(pairs, DedupConfig()) == alone
    assert {_kind(m) for m in alone} == {"exact", "near", "contained", "passage", "none"}
    strict = DedupConfig(containment_threshold=0.95, near_threshold=0.95, passage_share=0.9)
    assert compare_many(pairs, strict) == [compare(a, b, strict) for a, b in pairs]
    flat = DedupConfig(paragraph_share=0.0)
    assert compare_many(pairs, flat) == [compare(a, b, flat) for a, b in pairs]
    assert compare_many([], DedupConfig()) == []


def test_only_pairs_that_may_be_copies_or_share_a_passage_are_compared_in_full(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    by_id = {s.id: s for s in _sketches()}
    full: list[tuple[str, str]] = []

    def counted(a: verify.Sketch, b: verify.Sketch, config: DedupConfig) -> verify.Match | None:
        full.append((a.id, b.id))
        return compare(a, b, config)

    monkeypatch.setattr(verify, "compare", counted)
    names = [
        ("full", "exact"),
        ("full", "trunc"),
        ("rewrite", "full"),
        ("quote_a", "quote_b"),
        ("own", "full"),
    ]
    found = compare_many([(by_id[a], by_id[b]) for a, b in names], DedupConfig())
    assert [_kind(m) for m in found] == ["exact", "contained", "passage", "none", "none"]
    assert found[1] is not None and found[1].relation is Relation.CONTAINED
    # equal digests need no comparison; a shared quote (too short a block) or nothing shared is screened out
    assert full == [("full", "trunc"), ("rewrite", "full")]
