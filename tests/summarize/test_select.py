from newsfuse.model import Article
from newsfuse.summarize.concepts import concept_weights, query_terms
from newsfuse.summarize.pool import candidates
from newsfuse.summarize.select import _objective, select
from tests.helpers import WIRE, article

OTHER = [
    "A fire destroyed a cold-storage warehouse on Dock Road on Thursday and closed the harbor road for the day.",
    "Fire Chief Rosa Delgado said 140 firefighters worked through the night and no one was hurt in the blaze.",
    "Calloway Freight, which owns the warehouse, said it would pay its 85 workers in full while it rebuilds.",
]
THIRD = [
    "The harbor road reopened on Friday after a fire destroyed a cold-storage warehouse on Dock Road on Thursday.",
    "Chief Rosa Delgado said 140 firefighters fought the warehouse fire through the night and no one was hurt.",
    "Local fishermen said they feared for their catch because the warehouse stored most of the frozen fish.",
]


def _event() -> tuple[list[Article], dict[str, str]]:
    arts = [article("a", "\n".join(WIRE)), article("b", "\n".join(OTHER)), article("c", "\n".join(THIRD))]
    return arts, {a.id: a.id for a in arts}


def test_selection_respects_the_budget_and_never_repeats_a_fact() -> None:
    arts, sources = _event()
    pool = candidates(arts)
    weights = concept_weights(pool, sources)
    chosen = select(pool, weights, 60)
    assert chosen and sum(c.length for c in chosen) <= 60
    fire_sentences = [c for c in chosen if "140 firefighters" in c.text]
    assert len(fire_sentences) == 1, [c.text for c in chosen]


def test_greedy_with_exchange_comes_close_to_the_exact_program() -> None:
    arts, sources = _event()
    pool = candidates(arts)
    weights = concept_weights(pool, sources)
    for budget in (30, 60, 90):
        greedy = select(pool, weights, budget)
        exact = select(pool, weights, budget, method="ilp")
        assert sum(c.length for c in exact) <= budget
        assert _objective(greedy, weights, 1.0) >= 0.95 * _objective(exact, weights, 1.0)


def test_what_many_sources_report_outweighs_one_outlets_detail() -> None:
    arts, sources = _event()
    weights = concept_weights(candidates(arts), sources)
    assert weights["140 firefight"] == max(weights.values()) or weights["140 firefight"] >= 3
    assert "fishermen said" not in weights  # one source only, three sources in the event


def test_query_terms_drop_instructions_and_stop_words() -> None:
    assert query_terms("Describe the damage the warehouse blaze caused.") == frozenset(
        {"damag", "warehous", "blaze", "caus"}
    )
