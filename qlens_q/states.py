"""Probability vectors as quantum states (the Born rule, both ways).

QLENS reads a distribution ``p`` over ``N`` output units as the state

    |psi> = sum_j sqrt(p_j) |j>,      P(c_j) = |<j|psi>|^2 = p_j.

**Class order (used everywhere in qlens-q).** Class ``j`` is the computational
basis state ``|j>`` of ``n = ceil(log2 N)`` qubits in Qiskit's little-endian
order: qubit 0 is the least significant bit of ``j``. A measured bitstring
``b_{n-1} ... b_1 b_0`` (as Qiskit prints it) is class ``int(bitstring, 2)``.
When ``N`` is not a power of two the state is padded with zero amplitudes up
to ``2^n``; the padding states must never be observed.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
from numpy.typing import NDArray
from qiskit.quantum_info import Statevector

from qlens_q import validation
from qlens_q.errors import InputError


def num_qubits(num_classes: int) -> int:
    """Qubits needed for ``num_classes`` outputs: ``max(1, ceil(log2 N))``."""
    if num_classes < 2:
        raise ValueError(f"num_classes must be >= 2, got {num_classes}")
    return max(1, math.ceil(math.log2(num_classes)))


def pad(vector: NDArray[Any], n_qubits: int | None = None) -> NDArray[Any]:
    """Pad ``vector`` with zeros to length ``2**n_qubits`` (default: the smallest)."""
    needed = num_qubits(vector.shape[0])
    n = needed if n_qubits is None else n_qubits
    if isinstance(n, bool) or not isinstance(n, (int, np.integer)) or n < needed:
        raise InputError(
            "n_qubits", f"must be an integer >= {needed} for {vector.shape[0]} entries, got {n_qubits!r}"
        )
    out = np.zeros(2**n, dtype=vector.dtype)
    out[: vector.shape[0]] = vector
    return out


def amplitudes(p: Any, name: str = "p", n_qubits: int | None = None) -> NDArray[np.float64]:
    """Born amplitudes ``sqrt(p)`` of a validated distribution, zero-padded to ``2^n``."""
    probs = validation.probabilities(p, name)
    return pad(np.sqrt(probs), n_qubits)


def state(p: Any, name: str = "p") -> Statevector:
    """The QLENS state of ``p`` as a :class:`qiskit.quantum_info.Statevector`."""
    return Statevector(amplitudes(p, name))


def born_probabilities(psi: Any) -> NDArray[np.float64]:
    """``|<j|psi>|^2`` for every basis state ``j`` (the inverse of :func:`amplitudes`)."""
    data = psi.data if isinstance(psi, Statevector) else np.asarray(psi)
    return np.abs(data) ** 2
