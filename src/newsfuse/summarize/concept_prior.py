"""The shipped concept prior, written by benchmarks/train_concept_model.py --prior (do not edit by hand).

A logistic model over ``concepts.PRIOR_FEATURES`` of whether a reference summary carries a bigram concept;
``SummarizeConfig.concept_prior`` rescales the source-count worth by it. Trained only on dev sets
(duc2003_task2, duc2006, duc2007_main, duc2007_update, multiling2011_en).
Leave-one-set-out ROUGE-1/ROUGE-2 recall at training time (each set scored by a prior trained on the other four, at each power):
    power 1.5: mean 46.83/16.92 | duc2003_task2=42.63/12.72 multiling2011_en=51.03/21.13
    power 2.0: mean 45.98/16.47 | duc2003_task2=42.00/12.55 multiling2011_en=49.96/20.39
    power 2.5: mean 46.05/16.40 | duc2003_task2=41.17/11.90 multiling2011_en=50.93/20.90
    held out: mean 46.83/16.92; chosen {"duc2003_task2": 1.5, "multiling2011_en": 1.5}
"""

from newsfuse.summarize.concepts import ConceptPrior

CONCEPT_PRIOR = ConceptPrior(
    coefficients=(
        -0.268785,  # source_share
        0.361366,  # log_sources
        0.999635,  # lead_share
        0.981264,  # log_sentences
        0.654998,  # first_position
        0.733084,  # mean_position
        -0.087432,  # has_stop_word
        0.309972,  # has_digit
        0.0,  # query_relevance
        0.0,  # seen
        -0.332789,  # log_event_sources
        -0.684901,  # single_source
        0.476586,  # word_share_min
        0.446796,  # word_share_max
        -0.239967,  # relative_position
        -0.65229,  # lead_fraction
    ),
    intercept=-3.13491,
    provenance=(
        "benchmarks/train_concept_model.py --prior --valued --cuts 2,3 (C=1.0, left out: query_relevance,seen) on 2026-11-23 17:56 UTC; "
        "trained on dev sets only: duc2003_task2, duc2006, duc2007_main, duc2007_update, multiling2011_en; "
        "label = some reference summary carries the bigram concept (rows: the concepts with source-count worth)"
    ),
)
