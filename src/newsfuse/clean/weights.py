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
    0.3412,
    0.2579,
    2.79,
    0.9119,
    0.9776,
    0.0596,
    2.9978,
    -1.6632,
    -1.6685,
    -0.8157,
    0.3535,
    -0.2843,
    0.127,
    -0.0137,
    -1.0284,
    1.0128,
    1.4737,
    0.8237,
    -3.3243,
    0.4824,
    0.8884,
    3.8705,
    1.038,
    0.1142,
    1.8323,
    -5.4741,
    -0.5386,
    -0.5147,
    -1.6418,
)
