"""The QLENS measurement operator ``M = diag(0, 1, ..., 2^n - 1)``.

Class ``j`` has eigenvalue ``j``, so ``<psi|M|psi> = sum_j j p_j``. Writing
``j = sum_q 2^q b_q`` and ``b_q = (1 - Z_q) / 2`` gives a sum of ``n + 1`` Pauli
terms instead of ``2^n`` projectors:

    M = (2^n - 1)/2 * I  -  sum_q 2^(q-1) Z_q.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from qiskit.quantum_info import SparsePauliOp

from qlens_q.errors import InputError


def measurement_operator(num_qubits: int, order: Sequence[int] | None = None) -> SparsePauliOp:
    """``M = diag(0..2^n-1)`` as a compact :class:`SparsePauliOp` (``n + 1`` terms).

    ``order[i]`` is the qubit that carries bit ``i`` of the class index (default:
    qubit ``i``), so ``M = (2^n - 1)/2 - sum_i 2^(i-1) Z_{order[i]}``.
    """
    qubits = list(range(num_qubits) if order is None else order)
    if sorted(qubits) != list(range(num_qubits)):
        raise InputError("order", f"must be a permutation of 0..{num_qubits - 1}, got {qubits}")
    terms: list[tuple[str, list[int], float]] = [("", [], (2**num_qubits - 1) / 2)]
    terms += [("Z", [q], -(2.0 ** (i - 1))) for i, q in enumerate(qubits)]
    return SparsePauliOp.from_sparse_list(terms, num_qubits=num_qubits)


def mean_class(p: Any) -> float:
    """``<M> = sum_j j p_j`` for a distribution ``p``."""
    arr = np.asarray(p, dtype=np.float64)
    return float(np.arange(arr.shape[0]) @ arr)


def class_variance(p: Any) -> float:
    """``Var(M) = sum_j j^2 p_j - <M>^2``: the single-shot variance of the class index."""
    arr = np.asarray(p, dtype=np.float64)
    j = np.arange(arr.shape[0])
    var = float((j**2) @ arr) - float(j @ arr) ** 2
    return max(0.0, var)
