"""The shipped concept model, written by benchmarks/train_concept_model.py (do not edit by hand).

A linear model over ``concepts.FEATURES`` of how many reference summaries carry a concept (link
'logit'). Trained only on dev sets (duc2003_task2, duc2006, duc2007_main, duc2007_update, multiling2011_en).
Written without --cv (see benchmarks/results/summarize.md for the dev-set comparison).
"""

from newsfuse.summarize.concepts import ConceptModel

CONCEPT_MODEL = ConceptModel(
    coefficients=(
        -0.581582,  # source_share
        0.561256,  # log_sources
        0.925396,  # lead_share
        0.949943,  # log_sentences
        0.920958,  # first_position
        0.316755,  # unigram
        -0.088974,  # has_stop_word
        0.369093,  # has_digit
        1.613345,  # query_relevance
        0.218048,  # seen
        -0.60503,  # log_event_sources
        -4.091603,  # bias
    ),
    floor=0.05,
    unigrams=False,
    provenance=(
        "benchmarks/train_concept_model.py (C=1.0, link=logit) on 2026-11-22 12:09 UTC; "
        "trained on dev sets only: duc2003_task2, duc2006, duc2007_main, duc2007_update, multiling2011_en; "
        "label = share of reference summaries carrying the concept"
    ),
    link="logit",
)
