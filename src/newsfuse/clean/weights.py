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
    -4.3833,
    0.251,
    1.959,
    0.9121,
    0.0543,
    -0.5993,
    2.0259,
    -3.3484,
    -1.5713,
    -0.6673,
    0.0,
    0.0,
    1.0635,
    0.8744,
    -1.9579,
    0.8091,
    1.3235,
    0.6221,
)
PASS2: tuple[float, ...] = (
    1.8828,
    0.3424,
    2.6826,
    1.1657,
    0.5663,
    -0.5096,
    3.5343,
    -3.3269,
    -2.0972,
    -0.8572,
    1.5137,
    -1.9143,
    0.3367,
    0.7693,
    -1.9106,
    1.0522,
    1.5831,
    0.9421,
    -3.9034,
    0.5041,
    0.8261,
    2.8973,
    1.3342,
    0.5048,
    1.4851,
    -7.0487,
    -0.6156,
    -0.9054,
    -1.4617,
    0.6594,
)
