"""The shipped concept prior, written by benchmarks/train_concept_model.py --prior (do not edit by hand).

A logistic model over ``concepts.PRIOR_FEATURES`` of whether a reference summary carries a bigram concept;
``SummarizeConfig.concept_prior`` rescales the source-count worth by it. Trained only on dev sets
(duc2003_task2, duc2006, duc2007_main, duc2007_update, multiling2011_en).
Leave-one-set-out ROUGE-1/ROUGE-2 recall at training time (each set scored by a prior trained on the other four, at each power):
    power 0.0: mean 45.64/15.37 | duc2003_task2=41.99/12.04 multiling2011_en=49.30/18.70
    power 0.5: mean 45.69/15.49 | duc2003_task2=42.27/12.35 multiling2011_en=49.12/18.62
    power 1.0: mean 45.90/16.11 | duc2003_task2=41.98/12.34 multiling2011_en=49.81/19.89
    power 1.5: mean 46.50/16.84 | duc2003_task2=42.57/12.69 multiling2011_en=50.44/20.99
    power 2.0: mean 46.17/16.71 | duc2003_task2=41.79/12.40 multiling2011_en=50.54/21.02
    power 2.5: mean 45.97/16.36 | duc2003_task2=41.40/12.24 multiling2011_en=50.53/20.49
    power 3.0: mean 45.79/16.50 | duc2003_task2=40.93/11.90 multiling2011_en=50.65/21.09
    held out: mean 45.68/16.44; chosen {"duc2003_task2": 3.0, "multiling2011_en": 1.5}
"""

from newsfuse.summarize.concepts import ConceptPrior

CONCEPT_PRIOR = ConceptPrior(
    coefficients=(
        -0.749551,  # source_share
        0.395156,  # log_sources
        1.465093,  # lead_share
        1.071129,  # log_sentences
        0.521391,  # first_position
        0.962329,  # mean_position
        -0.063105,  # has_stop_word
        0.382314,  # has_digit
        0.0,  # query_relevance
        0.0,  # seen
        -0.214499,  # log_event_sources
        -0.503836,  # single_source
        0.612673,  # word_share_min
        0.427682,  # word_share_max
        -0.091562,  # relative_position
        -0.277631,  # lead_fraction
    ),
    intercept=-3.801595,
    provenance=(
        "benchmarks/train_concept_model.py --prior (C=1.0, left out: query_relevance,seen) on 2026-11-23 12:20 UTC; "
        "trained on dev sets only: duc2003_task2, duc2006, duc2007_main, duc2007_update, multiling2011_en; "
        "label = some reference summary carries the bigram concept"
    ),
)
