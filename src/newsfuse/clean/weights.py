"""Fitted coefficients of the block scorer (written by ``benchmarks/bench_clean.py --fit``).

Fitted on the dev sets cleaneval, cleanportaleval, l3s_gn1, readability_testpages (1561 pages, 214153 blocks).
Columns: newsfuse.clean.features.FEATURES (18) then blocks.CONTEXT_FEATURES.
"""

PASS1: tuple[float, ...] = (
    -4.8725,
    0.2814,
    2.2966,
    0.8608,
    0.4911,
    -0.1337,
    2.5734,
    -1.9788,
    -1.2345,
    -0.6307,
    1.2643,
    -2.3108,
    1.1407,
    0.5515,
    -1.3709,
    0.8003,
    1.2668,
    0.8563,
)
PASS2: tuple[float, ...] = (
    0.1393,
    0.272,
    3.3355,
    1.0225,
    0.624,
    0.0261,
    2.492,
    -2.2712,
    -1.7567,
    -0.7603,
    -0.4095,
    0.0609,
    0.1957,
    -0.014,
    -1.0046,
    1.0234,
    1.851,
    0.9431,
    -3.5401,
    0.5656,
    0.8833,
    3.6967,
    0.8952,
    -0.1074,
    1.6976,
    -5.4827,
)
