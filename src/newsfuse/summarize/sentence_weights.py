"""The shipped sentence scorer, written by benchmarks/train_sentence_model.py (do not edit by hand).

Ridge regression of a candidate's ROUGE-2 recall on ``sentence_model.SENTENCE_FEATURES``, trained only
on dev sets (duc2003_task2, duc2006, duc2007_main, duc2007_update, multiling2011_en).
Prior weight chosen on all five dev sets with this model: 0.0 (see benchmarks/results/summarize.md).
"""

from newsfuse.summarize.sentence_model import SentenceModel

SENTENCE_MODEL = SentenceModel(
    mean=(
        0.14747,  # lead
        0.478847,  # relative_position
        3.055832,  # log_length
        0.162989,  # worth_per_word
        0.169333,  # worth_share
        0.32259,  # supported_share
        0.084561,  # centroid
        0.113398,  # lead_share
        0.022231,  # title_share
        0.066411,  # query_share
        0.011625,  # seen_share
        0.220771,  # dangling
        0.009977,  # quote_share
        0.258955,  # digits
        2.960259,  # log_sources
    ),
    scale=(
        0.212075,  # lead
        0.290108,  # relative_position
        0.438378,  # log_length
        0.164319,  # worth_per_word
        0.18415,  # worth_share
        0.212495,  # supported_share
        0.062636,  # centroid
        0.208678,  # lead_share
        0.045883,  # title_share
        0.099049,  # query_share
        0.06714,  # seen_share
        0.414766,  # dangling
        0.083845,  # quote_share
        0.438061,  # digits
        0.440096,  # log_sources
    ),
    coefficients=(
        0.012179,  # lead
        -0.010539,  # relative_position
        0.058335,  # log_length
        -0.203443,  # worth_per_word
        0.401694,  # worth_share
        0.050335,  # supported_share
        0.291318,  # centroid
        0.061451,  # lead_share
        -0.014062,  # title_share
        0.024862,  # query_share
        -0.004716,  # seen_share
        0.002146,  # dangling
        -0.003724,  # quote_share
        0.016662,  # digits
        -0.168446,  # log_sources
    ),
    intercept=0.680756,
    provenance="benchmarks/train_sentence_model.py (ridge alpha=10.0) on 2026-11-22 22:19 UTC; trained on dev sets only: duc2003_task2, duc2006, duc2007_main, duc2007_update, multiling2011_en; label = mean ROUGE-2 recall of the sentence against the references",
)
