"""A layer circuit with two preparations' worth of gates: ``exp(-i t H) W = W R(t)``.

Let ``W`` be a unitary with ``W|0> = psi_in`` and ``W|1> = w``, where ``w`` is the unit
vector of ``span{psi_in, psi_out}`` orthogonal to ``psi_in``. The Householder vector
``v`` lies in that span, so ``r = W^dagger v = (<psi_in|v>, <w|v>, 0, ..., 0)`` and
``W^dagger H W = (pi / alpha) r r^T`` acts on ``|0>, |1>`` only. Hence, exactly,

    exp(-i t H) W = W exp(-i t W^dagger H W) = W R(t),
    R(t) = I + (e^{-i theta} - 1) |r><r| = RY_0(2 beta) exp(-i theta |0...0><0...0|) RY_0(-2 beta),

with ``theta = pi t / alpha`` and ``(cos beta, sin beta) = (r_0, r_1)`` (``RY(2 beta)``
on qubit 0 turns ``|0...0>`` into ``r``, and is undone wherever the other qubits
are not all 0). The layer circuit "prepare ``psi_in`` with ``W``, then apply
``exp(-i t H)``" is therefore the circuit ``R(t)`` (two RYs around the
multi-controlled phase that ``structured`` uses too) followed by
``W`` (a one-to-``n``-qubit isometry, :class:`qiskit.circuit.library.Isometry`,
Iten et al. 2016: about ``2 * 2^n`` CX, two tree preparations' worth; Qiskit
synthesises it up to a global phase, which no measurement sees) instead of
three tree preparations (``S_in``, ``S_v^dagger``, ``S_v``). It realises ``U``
applied after this particular preparation, not ``U`` on its own (that would need
``W^dagger`` as well).

``w`` comes from ``v`` without cancellation: ``<psi_in|v> = -||psi_out - psi_in|| / 2``,
so ``w = (v - r_0 psi_in) / r_1`` with ``r_1 = sqrt(1 - r_0^2) >= 1 / sqrt(2)`` (the
amplitudes are non-negative, so ``<psi_in|psi_out> >= 0``).
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray
from qiskit import QuantumCircuit
from qiskit.circuit.library import Isometry
from qiskit.quantum_info import Statevector

from qlens_q.circuits.stateprep import prepare_real_state
from qlens_q.circuits.zerophase import zero_phase_circuit
from qlens_q.errors import InputError
from qlens_q.operators import LayerOperator

#: Largest accepted error of the synthesised ``W`` on its two columns (after removing one global phase).
ISOMETRY_TOL = 1e-10


def checked_isometry(columns: NDArray[np.float64]) -> QuantumCircuit:
    """Qiskit's synthesis of the isometry ``columns`` (``2^n x 2``), refused unless it is exact.

    Qiskit decides on small numbers with tolerances, and for some very sparse or
    extreme inputs its circuit misses the columns by up to ~1e-5 (found by the
    property tests), or it cannot synthesise them at all. So the synthesised gates
    are simulated (``quantum_info.Statevector``) on ``|0>`` and ``|1>``; more than
    :data:`ISOMETRY_TOL` away (up to one global phase) is an :class:`InputError`.
    """
    n = columns.shape[0].bit_length() - 1
    qc = QuantumCircuit(n, name="W")
    problem = ""
    try:
        qc.append(Isometry(columns, 0, 0), range(n))
        got = np.stack([Statevector.from_int(k, 2**n).evolve(qc).data for k in (0, 1)], axis=1)
    except Exception as exc:  # Qiskit raises several types when it cannot synthesise
        problem = f"Qiskit's isometry synthesis failed ({' '.join(str(exc).split())[:120]})"
    else:
        pivot = int(np.argmax(np.abs(columns[:, 0])))
        phase = got[pivot, 0] / columns[pivot, 0]
        error = float(np.max(np.abs(got / phase - columns))) if abs(phase) > 0 else np.inf
        if not error <= ISOMETRY_TOL:
            problem = f"Qiskit's isometry synthesis is inexact for this layer (error {error:.1e} > {ISOMETRY_TOL:g})"
    if problem:
        raise InputError("method", f"isometry: {problem}; use 'structured'")
    return qc


def two_column_basis(op: LayerOperator) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """``(w, r)``: the second column of ``W`` and ``r = W^dagger v`` restricted to ``|0>, |1>``."""
    assert op.v is not None
    r0 = float(np.dot(op.psi_in, op.v))
    r1 = float(np.sqrt(max(0.0, 1.0 - r0 * r0)))
    w = (op.v - r0 * op.psi_in) / r1
    return w / np.linalg.norm(w), np.array([r0, r1])


def isometry_layer_circuit(op: LayerOperator, theta: float) -> QuantumCircuit:
    """``R(theta)`` then ``W``: the exact circuit of ``exp(-i theta v v^T) W`` (see the module docstring)."""
    n = op.num_qubits
    qc = QuantumCircuit(n, name="layer_isometry")
    if op.v is None:  # identity layer: the preparation alone
        qc.compose(prepare_real_state(op.psi_in, name="S_in"), inplace=True)
        return qc
    w, r = two_column_basis(op)
    beta = float(np.arctan2(r[1], r[0]))
    qc.ry(-2.0 * beta, 0)
    qc.compose(zero_phase_circuit(n, theta), inplace=True)
    qc.ry(2.0 * beta, 0)
    qc.compose(checked_isometry(np.stack([op.psi_in, w], axis=1)), inplace=True)
    return qc
