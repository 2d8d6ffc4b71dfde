"""Fitted coefficients of the block scorer, written by ``benchmarks/train_clean.py``.

Fitted on the dev sets only (1561 pages, 214156 blocks):

- cleaneval (739 pages, 94875 blocks, sha256 59f88287eb77221e…)
- cleanportaleval (71 pages, 13196 blocks, sha256 6673050bcfa311d3…)
- l3s_gn1 (621 pages, 83921 blocks, sha256 3b2faef27e47dddb…)
- readability_testpages (130 pages, 22164 blocks, sha256 937a0964ea64ae0a…)

Columns: newsfuse.clean.features.FEATURES (18) then blocks.CONTEXT_FEATURES.
Sample weight: sqrt(words) per block; logistic regression, C=1, no separate intercept (bias column).
"""

PASS1: tuple[float, ...] = (
    -4.7692,
    0.2667,
    2.2062,
    0.8727,
    0.5359,
    -0.1438,
    2.3826,
    -1.9603,
    -1.2202,
    -0.5726,
    1.2448,
    -2.2921,
    1.1292,
    0.5696,
    -1.3803,
    0.8208,
    1.2217,
    0.8487,
)
PASS2: tuple[float, ...] = (
    0.5102,
    0.272,
    3.3664,
    1.0679,
    0.7463,
    -0.0067,
    2.3927,
    -2.4168,
    -1.8212,
    -0.7614,
    -0.3721,
    -0.0097,
    0.2168,
    0.0189,
    -1.0708,
    1.0655,
    1.8782,
    1.0303,
    -3.8207,
    0.5696,
    0.8855,
    3.7941,
    0.8974,
    -0.1035,
    1.6732,
    -5.8879,
)
