"""Hypothesis strategies for QLENS probability vectors.

The distributions deliberately include what breaks naive code: exact zeros
(including zero padding of a non-power-of-two ``N``), exactly equal entries,
pairs with ``p_in == p_out`` (the identity layer), permutations of each other,
and pairs that differ by a tiny perturbation.
"""

from __future__ import annotations

import os

import numpy as np
from hypothesis import assume
from hypothesis import strategies as st
from numpy.typing import NDArray

MIN_CLASSES = 2
MAX_CLASSES = 64

#: A non-negative weight: a float in [0, 1] or a small integer (gives exact ties).
_weights = st.one_of(
    st.floats(min_value=0.0, max_value=1.0, allow_subnormal=False),
    st.integers(min_value=0, max_value=4).map(float),
)


@st.composite
def distributions(
    draw: st.DrawFn, size: int | None = None, min_size: int = MIN_CLASSES, max_size: int = MAX_CLASSES
) -> NDArray[np.float64]:
    """A probability vector of length ``size`` (default: drawn in ``[min_size, max_size]``)."""
    n = draw(st.integers(min_size, max_size)) if size is None else size
    w = np.array(draw(st.lists(_weights, min_size=n, max_size=n)), dtype=np.float64)
    keep = draw(st.integers(0, n - 1))  # forced zeros spare this class
    zeros = draw(st.sets(st.integers(0, n - 1).filter(lambda j: j != keep), max_size=n - 1))
    w[sorted(zeros)] = 0.0
    for src, dst in draw(st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)), max_size=3)):
        w[dst] = w[src]
    total = float(w.sum())
    assume(total > 0.0)
    return w / total


@st.composite
def distribution_pairs(
    draw: st.DrawFn, min_size: int = MIN_CLASSES, max_size: int = MAX_CLASSES
) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """``(p_in, p_out)`` of the same length: independent, equal, permuted or perturbed."""
    n = draw(st.integers(min_size, max_size))
    p_in = draw(distributions(size=n))
    kind = draw(st.sampled_from(["independent", "equal", "permuted", "perturbed"]))
    if kind == "equal":
        p_out = p_in.copy()
    elif kind == "permuted":
        p_out = p_in[np.array(draw(st.permutations(range(n))))]
    else:
        other = draw(distributions(size=n))
        if kind == "perturbed":
            eps = draw(st.sampled_from([1e-14, 1e-9, 1e-4]))
            other = (1.0 - eps) * p_in + eps * other
        p_out = other / other.sum()
    return p_in, p_out


def gap(op: object) -> float:
    """``||psi_out - psi_in||`` of a :class:`qlens_q.LayerOperator`."""
    return float(np.linalg.norm(op.psi_out - op.psi_in))  # type: ignore[attr-defined]


#: Examples of the volume property test: 10,000 under ``HYPOTHESIS_PROFILE=long``, a CI-sized 40 otherwise.
VOLUME_EXAMPLES = 10_000 if os.environ.get("HYPOTHESIS_PROFILE") == "long" else 40
