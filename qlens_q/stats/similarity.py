"""Pairwise Frobenius similarity of Householder unitaries and Hamiltonians, without matrices.

Every operator of a layer is rank one, so the ``D x D`` Frobenius inner products
reduce to the Gram matrix ``G = V V^T`` of the Householder vectors (one row per
example). Nothing of size ``D x D`` is ever built.

**Unitaries.** Write ``U_k = I - 2 P_k`` with ``P_k = v_k v_k^T`` (a reflection,
``tr P_k = ||v_k||^2 = 1``) or ``P_k = 0`` (an identity layer, stored as the zero
vector, ``tr P_k = 0``). With ``r_k = tr P_k = ||v_k||^2`` and
``tr(P_a P_b) = (v_a . v_b)^2``:

    <U_a, U_b>_F = tr(U_a^T U_b) = tr I - 2 tr P_a - 2 tr P_b + 4 tr(P_a P_b)
                 = D - 2 r_a - 2 r_b + 4 (v_a . v_b)^2,

and ``||U||_F^2 = tr(U^T U) = tr I = D`` for every orthogonal ``U``, so

    cos(U_a, U_b) = (D - 2 r_a - 2 r_b + 4 (v_a . v_b)^2) / D.

Two reflections: ``1 - 4 (1 - (v_a . v_b)^2) / D``, i.e. 1 for ``v_b = +-v_a``
(``v`` and ``-v`` give the same ``U``) and ``(D - 4) / D`` for orthogonal vectors.
A reflection and an identity: ``(D - 2) / D``. Two identities: 1.

**Hamiltonians.** ``H_k = (pi / alpha) P_k``: ``<H_a, H_b>_F = (pi/alpha)^2 (v_a . v_b)^2``
and ``||H_k||_F = pi / alpha``, so ``cos(H_a, H_b) = (v_a . v_b)^2`` in ``[0, 1]``,
independent of ``alpha`` and ``D``. An identity layer has ``H = 0``, whose cosine
similarity is undefined: identity layers are **excluded** from every Hamiltonian
similarity (callers pass only the reflections' vectors).

**Dimension.** ``D`` is the number of classes ``N`` (the paper's class space,
``N = 2`` for SentiHood), not the ``2^n`` of the zero-padded qubit register: padding
adds ``2^n - N`` directions on which every ``U`` is the identity and would raise
all unitary similarities towards 1. For ``N = 2^n`` the two coincide.

**Mean.** Averages run over the unordered pairs ``a < b`` of distinct examples:
``sum_{a != b} S_ab / (m (m - 1))`` (``S`` is symmetric).
"""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.typing import NDArray

from qlens_q.errors import InputError


def stack_vectors(vectors: list[NDArray[np.float64] | None], dim: int) -> NDArray[np.float64]:
    """Rows of ``vectors`` as an ``(m, dim)`` array; ``None`` (identity layer) becomes the zero row."""
    out = np.zeros((len(vectors), dim), dtype=np.float64)
    for k, v in enumerate(vectors):
        if v is not None:
            out[k] = np.asarray(v, dtype=np.float64)[:dim]
    return out


def _as_matrix(vectors: Any) -> NDArray[np.float64]:
    arr = np.asarray(vectors, dtype=np.float64)
    if arr.ndim != 2:
        raise InputError("vectors", f"must be a 2-D array (one vector per row), got shape {arr.shape}")
    return arr


def unitary_similarity_matrix(vectors: Any, dim: int | None = None) -> NDArray[np.float64]:
    """``S_ab = cos(U_a, U_b) = (D - 2 r_a - 2 r_b + 4 (v_a . v_b)^2) / D`` for all pairs.

    ``vectors`` is ``(m, D)``: unit Householder vectors, zero rows for identity
    layers (see the module docstring). ``dim`` defaults to the row length ``D``.
    """
    v = _as_matrix(vectors)
    d = v.shape[1] if dim is None else int(dim)
    if d < v.shape[1]:
        raise InputError("dim", f"{d} is smaller than the vectors' length {v.shape[1]}")
    gram = v @ v.T
    r = np.einsum("ij,ij->i", v, v)
    return (d - 2.0 * r[:, None] - 2.0 * r[None, :] + 4.0 * gram**2) / d


def hamiltonian_similarity_matrix(vectors: Any) -> NDArray[np.float64]:
    """``S_ab = cos(H_a, H_b) = (v_a . v_b)^2`` for unit vectors (identity layers must be left out)."""
    v = _as_matrix(vectors)
    norms = np.einsum("ij,ij->i", v, v)
    if np.any(np.abs(norms - 1.0) > 1e-8):
        raise InputError("vectors", "Hamiltonian similarity needs unit vectors (drop identity layers, H = 0)")
    return (v @ v.T) ** 2


def mean_offdiagonal(matrix: NDArray[np.float64]) -> float | None:
    """Mean of ``S_ab`` over pairs ``a != b`` (= over ``a < b`` for symmetric ``S``); ``None`` if ``m < 2``."""
    m = matrix.shape[0]
    if m < 2:
        return None
    return float((matrix.sum() - np.trace(matrix)) / (m * (m - 1)))


def offdiagonal(matrix: NDArray[np.float64]) -> NDArray[np.float64]:
    """The entries ``S_ab`` with ``a < b`` (every pair once), e.g. for a histogram."""
    rows, cols = np.triu_indices(matrix.shape[0], k=1)
    return matrix[rows, cols]


def mean_unitary_similarity(vectors: Any, dim: int | None = None) -> float | None:
    """Mean pairwise ``cos(U_a, U_b)`` over ``a < b`` (zero rows: identity layers, ``U = I``)."""
    return mean_offdiagonal(unitary_similarity_matrix(vectors, dim))


def mean_hamiltonian_similarity(vectors: Any) -> float | None:
    """Mean pairwise ``cos(H_a, H_b) = (v_a . v_b)^2`` over ``a < b`` (reflections only)."""
    return mean_offdiagonal(hamiltonian_similarity_matrix(vectors))
