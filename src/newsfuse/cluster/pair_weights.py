"""The shipped pair model (``cluster.pairs``): written by benchmarks/train_cluster_pairs.py --write.

Fitted 2026-11-22 16:45 UTC on the candidate pairs of the dev sets (../shared/data, each weighted equally):
gva_violent_corpus, multinews_mnplus_3000, uci_news_aggregator_subset; join threshold 0.6 chosen on their mean batch B³ F1
(``ClusterConfig.pair_threshold`` has it as its default).
"""

from newsfuse.cluster.pairs import PairModel

MODEL = PairModel(
    names=(
        "cosine",
        "decayed_cosine",
        "word_cosine",
        "entity_cosine",
        "number_cosine",
        "shared_entities",
        "shared_numbers",
        "entity_share",
        "number_share",
        "log_gap_days",
        "log_event_size",
        "cosine_x_entity_cosine",
        "cosine_x_log_gap",
    ),
    mean=(
        0.082776,
        0.0814,
        0.094009,
        0.041123,
        0.042559,
        0.096351,
        0.080344,
        0.320649,
        0.02295,
        0.176605,
        1.822742,
        0.013778,
        0.010492,
    ),
    scale=(
        0.116085,
        0.115019,
        0.122539,
        0.11701,
        0.142885,
        0.205117,
        0.229409,
        0.378186,
        0.03997,
        0.446237,
        1.330827,
        0.06669,
        0.048837,
    ),
    coef=(
        3.744869,
        -3.727215,
        1.725486,
        0.600352,
        0.592827,
        0.382124,
        -0.584181,
        0.838461,
        -0.199413,
        -1.742679,
        -0.962656,
        -0.792298,
        0.037858,
    ),
    intercept=-2.822899,
)
THRESHOLD = 0.6
