"""The shipped concept prior, written by benchmarks/train_concept_model.py --prior (do not edit by hand).

A logistic model over ``concepts.PRIOR_FEATURES`` of whether a reference summary carries a bigram concept;
``SummarizeConfig.concept_prior`` rescales the source-count worth by it. Trained only on dev sets
(duc2003_task2, duc2006, duc2007_main, duc2007_update, multiling2011_en).
Leave-one-set-out ROUGE-1/ROUGE-2 recall at training time (each set scored by a prior trained on the other four, at each power):
    power 0.0: mean 45.64/15.37 | duc2003_task2=41.99/12.04 multiling2011_en=49.30/18.70
    power 0.5: mean 45.77/15.51 | duc2003_task2=42.34/12.39 multiling2011_en=49.20/18.62
    power 1.0: mean 45.91/15.89 | duc2003_task2=41.86/12.04 multiling2011_en=49.96/19.74
    power 1.5: mean 46.73/16.78 | duc2003_task2=42.66/12.75 multiling2011_en=50.80/20.82
    power 2.0: mean 46.90/17.11 | duc2003_task2=42.76/13.04 multiling2011_en=51.04/21.18
    power 2.5: mean 46.54/17.07 | duc2003_task2=41.93/12.55 multiling2011_en=51.15/21.60
    power 3.0: mean 46.12/16.76 | duc2003_task2=41.16/12.15 multiling2011_en=51.09/21.38
    held out: mean 46.49/16.87; chosen {"duc2003_task2": 2.5, "multiling2011_en": 2.0}
"""

from newsfuse.summarize.concepts import ConceptPrior

CONCEPT_PRIOR = ConceptPrior(
    coefficients=(
        0.193829,  # source_share
        0.479333,  # log_sources
        1.568563,  # lead_share
        0.859209,  # log_sentences
        0.515047,  # first_position
        0.795176,  # mean_position
        -0.076311,  # has_stop_word
        0.385428,  # has_digit
        0.0,  # query_relevance
        0.0,  # seen
        -0.070455,  # log_event_sources
        0.0,  # single_source
        0.220527,  # word_share_min
        0.45894,  # word_share_max
        -0.064888,  # relative_position
        -0.412163,  # lead_fraction
    ),
    intercept=-3.965214,
    provenance=(
        "benchmarks/train_concept_model.py --prior --valued (C=1.0, left out: query_relevance,seen) on 2026-11-23 16:14 UTC; "
        "trained on dev sets only: duc2003_task2, duc2006, duc2007_main, duc2007_update, multiling2011_en; "
        "label = some reference summary carries the bigram concept (rows: the concepts with source-count worth)"
    ),
)
