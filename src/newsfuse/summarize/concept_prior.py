"""The shipped concept prior, written by benchmarks/train_concept_model.py --prior (do not edit by hand).

A logistic model over ``concepts.PRIOR_FEATURES`` of whether a reference summary carries a bigram concept;
``SummarizeConfig.concept_prior`` rescales the source-count worth by it. Trained only on dev sets
(duc2003_task2, duc2006, duc2007_main, duc2007_update, multiling2011_en).
Leave-one-set-out ROUGE-1/ROUGE-2 recall at training time (each set scored by a prior trained on the other four, at each power):
    power 0.0: mean 43.30/13.17 | duc2003_task2=41.99/12.04 duc2006=41.87/10.51 duc2007_main=45.51/13.74 duc2007_update=37.85/10.88 multiling2011_en=49.30/18.70
    power 0.5: mean 42.95/13.19 | duc2003_task2=42.12/12.46 duc2006=41.23/10.63 duc2007_main=44.99/13.32 duc2007_update=37.30/10.94 multiling2011_en=49.12/18.62
    power 1.0: mean 42.75/13.12 | duc2003_task2=41.62/12.15 duc2006=41.30/10.91 duc2007_main=44.32/12.96 duc2007_update=36.95/10.37 multiling2011_en=49.54/19.22
    power 1.5: mean 43.00/13.51 | duc2003_task2=42.09/12.64 duc2006=41.21/10.54 duc2007_main=43.89/12.73 duc2007_update=37.51/10.87 multiling2011_en=50.32/20.78
    held out: mean 42.76/13.08; chosen {"duc2003_task2": 1.5, "duc2006": 1.5, "duc2007_main": 1.5, "duc2007_update": 1.5, "multiling2011_en": 0.5}
"""

from newsfuse.summarize.concepts import ConceptPrior

CONCEPT_PRIOR = ConceptPrior(
    coefficients=(
        -0.198782,  # source_share
        0.118374,  # log_sources
        1.508187,  # lead_share
        1.038989,  # log_sentences
        0.386749,  # first_position
        0.839722,  # mean_position
        -0.06985,  # has_stop_word
        0.385905,  # has_digit
        2.088505,  # query_relevance
        0.140874,  # seen
        -0.314038,  # log_event_sources
        -0.51337,  # single_source
        0.619332,  # word_share_min
        0.323514,  # word_share_max
        -0.113682,  # relative_position
        -0.27791,  # lead_fraction
    ),
    intercept=-3.406302,
    provenance=(
        "benchmarks/train_concept_model.py --prior (C=1.0) on 2026-11-23 12:06 UTC; "
        "trained on dev sets only: duc2003_task2, duc2006, duc2007_main, duc2007_update, multiling2011_en; "
        "label = some reference summary carries the bigram concept"
    ),
)
