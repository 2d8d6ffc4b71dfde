"""Fitted coefficients of the block scorer, written by ``benchmarks/train_clean.py``.

Fitted on the dev sets only (2549 pages, 220668 blocks):

- cleaneval (739 pages, 94875 labelled blocks, sha256 59f88287eb77221e…)
- cleanportaleval (71 pages, 13196 labelled blocks, sha256 6673050bcfa311d3…)
- l3s_gn1 (621 pages, 83921 labelled blocks, sha256 3b2faef27e47dddb…)
- readability_testpages (130 pages, 22164 labelled blocks, sha256 937a0964ea64ae0a…)
- trafilatura_eval (988 pages, 6512 labelled blocks, sha256 9fa26768ec4c30f5…)

Columns: newsfuse.clean.features.FEATURES (18) then blocks.CONTEXT_FEATURES.
Sample weight: words ** 1.0 per block; logistic regression, C=1, no separate intercept (bias column).
Left out (fitted on zeros): first pass ('position', 'position_sq'), second pass none.
"""

PASS1: tuple[float, ...] = (
    -4.688,
    0.319,
    1.6347,
    0.9338,
    -0.0336,
    -0.8107,
    1.5116,
    -3.5092,
    -1.6917,
    -0.6732,
    0.0,
    0.0,
    1.1353,
    0.9494,
    -3.1179,
    0.7272,
    0.9703,
    0.817,
)
PASS2: tuple[float, ...] = (
    0.9009,
    0.3599,
    2.0003,
    1.085,
    0.2312,
    -0.8181,
    2.9442,
    -2.721,
    -1.9709,
    -0.7899,
    1.7921,
    -2.181,
    0.3206,
    0.6541,
    -3.0788,
    0.9368,
    0.8303,
    1.1465,
    -2.8516,
    0.4887,
    0.7089,
    2.5291,
    1.0908,
    0.3766,
    1.4802,
    -5.7615,
    -0.6514,
    -0.9697,
    -1.3727,
    0.5167,
)
