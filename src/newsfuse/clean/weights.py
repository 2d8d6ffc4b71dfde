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
    0.4375,
    0.3011,
    2.77,
    0.9033,
    0.985,
    0.0617,
    2.9806,
    -1.5982,
    -1.777,
    -0.8223,
    0.3056,
    -0.2832,
    0.114,
    -0.0069,
    -1.0094,
    1.0193,
    1.512,
    0.7004,
    -3.305,
    0.5025,
    0.9052,
    3.7913,
    1.0604,
    0.1135,
    1.6981,
    -5.5795,
    -0.513,
    -0.4914,
    -1.6246,
    0.3648,
)
