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
    -4.8461,
    0.391,
    1.6703,
    0.9497,
    -0.4019,
    -0.8299,
    1.5968,
    -3.5271,
    -1.7049,
    -0.6673,
    0.0,
    0.0,
    1.1047,
    0.8529,
    -3.1334,
    0.6808,
    0.9838,
    0.8732,
)
PASS2: tuple[float, ...] = (
    -0.1119,
    0.4651,
    1.9696,
    1.0736,
    -0.1927,
    -0.7864,
    2.8316,
    -2.3729,
    -1.8486,
    -0.7729,
    1.7837,
    -2.2005,
    0.2648,
    0.3329,
    -2.8698,
    0.8768,
    0.803,
    1.1635,
    -2.6295,
    0.3857,
    0.5821,
    2.8829,
    0.9759,
    0.4715,
    1.3827,
    -4.8759,
    -0.6508,
    -0.9277,
    -1.3323,
    0.4896,
)
