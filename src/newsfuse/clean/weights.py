"""Fitted coefficients of the block scorer, written by ``benchmarks/train_clean.py``.

Fitted on the dev sets only (2549 pages, 220668 blocks):

- cleaneval (739 pages, 94875 labelled blocks, sha256 59f88287eb77221e…)
- cleanportaleval (71 pages, 13196 labelled blocks, sha256 6673050bcfa311d3…)
- l3s_gn1 (621 pages, 83921 labelled blocks, sha256 3b2faef27e47dddb…)
- readability_testpages (130 pages, 22164 labelled blocks, sha256 937a0964ea64ae0a…)
- trafilatura_eval (988 pages, 6512 labelled blocks, sha256 9fa26768ec4c30f5…)

Columns: newsfuse.clean.features.FEATURES (18) then blocks.CONTEXT_FEATURES.
Sample weight: sqrt(words) per block; logistic regression, C=1, no separate intercept (bias column).
"""

PASS1: tuple[float, ...] = (
    -4.7124,
    0.2955,
    2.1634,
    0.8656,
    0.534,
    -0.1446,
    2.3222,
    -1.9625,
    -1.295,
    -0.5777,
    1.1853,
    -2.2729,
    1.1146,
    0.5431,
    -1.3366,
    0.8062,
    1.2438,
    0.7166,
)
PASS2: tuple[float, ...] = (
    0.5229,
    0.2974,
    2.751,
    0.9116,
    0.9714,
    0.0848,
    2.9868,
    -1.5862,
    -1.7722,
    -0.8062,
    0.3169,
    -0.2813,
    0.1141,
    -0.0013,
    -1.0189,
    1.0191,
    1.49,
    0.685,
    -3.2654,
    0.499,
    0.9193,
    3.7569,
    1.0135,
    0.0918,
    1.7979,
    -5.6245,
    -0.5263,
    -0.5085,
    -1.6163,
)
