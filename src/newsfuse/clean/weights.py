"""Fitted coefficients of the block scorer, written by ``benchmarks/train_clean.py``.

Fitted on the dev sets only (2549 pages, 220668 blocks):

- cleaneval (739 pages, 94875 labelled blocks, sha256 59f88287eb77221e…)
- cleanportaleval (71 pages, 13196 labelled blocks, sha256 6673050bcfa311d3…)
- l3s_gn1 (621 pages, 83921 labelled blocks, sha256 3b2faef27e47dddb…)
- readability_testpages (130 pages, 22164 labelled blocks, sha256 937a0964ea64ae0a…)
- trafilatura_eval (988 pages, 6512 labelled blocks, sha256 9fa26768ec4c30f5…)

Columns: newsfuse.clean.features.FEATURES (18) then blocks.CONTEXT_FEATURES.
Sample weight: sqrt(words) per block; logistic regression, C=1, no separate intercept (bias column).
Left out (fitted on zeros): first pass ('position', 'position_sq'), second pass none.
"""

PASS1: tuple[float, ...] = (
    -4.7492,
    0.254,
    2.1919,
    0.8356,
    0.472,
    -0.1651,
    2.2421,
    -2.3504,
    -1.3703,
    -0.6705,
    0.0,
    0.0,
    1.1068,
    0.5527,
    -1.4,
    0.8763,
    1.2627,
    0.6853,
)
PASS2: tuple[float, ...] = (
    0.766,
    0.2751,
    2.664,
    0.8595,
    0.9422,
    0.0803,
    2.9096,
    -1.5239,
    -1.7175,
    -0.8039,
    1.1191,
    -1.5564,
    0.1135,
    0.032,
    -0.979,
    1.0041,
    1.4143,
    0.5851,
    -3.0204,
    0.4652,
    0.8956,
    3.895,
    0.9794,
    0.2259,
    1.6452,
    -5.8627,
    -0.5441,
    -0.5039,
    -1.6332,
    0.3247,
)
