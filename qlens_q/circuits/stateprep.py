"""Exact preparation of real amplitudes by a binary tree of uniformly controlled RY gates.

For a real unit vector ``a`` of length ``2^n`` (signs allowed), write the class
index ``j = sum_q 2^q b_q`` (qubit 0 least significant, see :mod:`qlens_q.states`).
The tree splits on the most significant qubit first. For target qubit ``t`` and
every value ``k`` of the higher qubits ``t+1 .. n-1`` it rotates

    RY(theta_{t,k}) |0> = cos(theta/2) |0> + sin(theta/2) |1>,
    theta_{t,k} = 2 atan2(||a[k, b_t = 1, :]||, ||a[k, b_t = 0, :]||)   (t > 0),
    theta_{0,k} = 2 atan2(a[2k + 1], a[2k])                             (t = 0, signed),

so that ``S |0...0> = a`` exactly (Mottonen et al. 2004, real case). The last
level uses signed atan2 and therefore prepares any real vector, which is what
the Householder vector ``v`` needs.

The adjoint ``S^dagger`` is built explicitly (levels in reverse order, every
angle negated) rather than with ``.inverse()``: Qiskit Aer segfaults on the
inverse of ``StatePreparation`` and rejects ``multiplexer_dg``.

Two equivalent forms of each level:

* ``native=False``: :class:`~qiskit.circuit.library.UCRYGate`, which Qiskit
  synthesises into ``2^k`` CX and ``2^k`` RY for ``k`` controls (exportable);
* ``native=True``: :class:`RYMultiplexer`, a ``UCGate`` of RY matrices, which
  Aer executes as one ``multiplexer`` instruction (fast simulation).
"""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.typing import NDArray
from qiskit import QuantumCircuit
from qiskit.circuit import Gate
from qiskit.circuit.library import RYGate, UCGate, UCRYGate

from qlens_q.errors import InputError

#: How far ``||a||`` may be from 1.
NORM_ATOL = 1e-9


def _checked_real_unit_vector(amplitudes: Any, name: str) -> NDArray[np.float64]:
    arr = np.asarray(amplitudes)
    if np.iscomplexobj(arr):
        if np.any(np.abs(arr.imag) > NORM_ATOL):
            raise InputError(name, "must be real (this preparation handles real amplitudes)")
        arr = arr.real
    arr = arr.astype(np.float64)
    size = arr.shape[0] if arr.ndim == 1 else 0
    if arr.ndim != 1 or size < 2 or size & (size - 1):
        raise InputError(name, f"length must be a power of two >= 2, got shape {arr.shape}")
    if not np.all(np.isfinite(arr)):
        raise InputError(name, "has non-finite entries")
    norm = float(np.linalg.norm(arr))
    if abs(norm - 1.0) > NORM_ATOL:
        raise InputError(name, f"must be a unit vector (norm = {norm:.12g})")
    return arr / norm


def ry_tree_angles(amplitudes: Any, name: str = "amplitudes") -> list[NDArray[np.float64]]:
    """Angles of the tree: ``angles[t][k]`` rotates qubit ``t`` when the higher qubits read ``k``."""
    a = _checked_real_unit_vector(amplitudes, name)
    n = a.shape[0].bit_length() - 1
    angles: list[NDArray[np.float64]] = []
    for t in range(n):
        blocks = a.reshape(2 ** (n - 1 - t), 2, 2**t)
        if t == 0:
            zero, one = blocks[:, 0, 0], blocks[:, 1, 0]
        else:
            zero = np.linalg.norm(blocks[:, 0, :], axis=1)
            one = np.linalg.norm(blocks[:, 1, :], axis=1)
        angles.append(2.0 * np.arctan2(one, zero))
    return angles


class RYMultiplexer(UCGate):
    """A uniformly controlled RY as one Aer-native ``multiplexer`` instruction.

    Its parameters are the ``2^k`` matrices ``RY(theta_i)``, which Aer applies
    directly; its definition is :class:`~qiskit.circuit.library.UCRYGate`, so
    transpiling it gives the same ``2^k`` CX and RY as the exportable form.
    :class:`UCGate`'s constructor checks every matrix for unitarity and searches
    for repetitions, which takes seconds at 2^15 matrices; these matrices are
    rotations by construction, so both are skipped.
    """

    def __init__(self, angles: NDArray[np.float64]) -> None:
        self.angles = np.asarray(angles, dtype=np.float64)
        c, s = np.cos(self.angles / 2), np.sin(self.angles / 2)
        matrices = np.stack([np.stack([c, -s], axis=-1), np.stack([s, c], axis=-1)], axis=-2)
        num_qubits = self.angles.shape[0].bit_length()  # 2^k angles -> k controls + 1 target
        Gate.__init__(self, "multiplexer", num_qubits, list(matrices))
        self.up_to_diagonal = False
        self.simp_contr: tuple[bool, list[int]] = (False, [])

    def _define(self) -> None:
        qc = QuantumCircuit(self.num_qubits, name="ry_multiplexer")
        qc.append(UCRYGate([float(th) for th in self.angles]), range(self.num_qubits))
        self.definition = qc

    def inverse(self, annotated: bool = False) -> RYMultiplexer:
        """The adjoint: every rotation negated (still one native multiplexer)."""
        return RYMultiplexer(-self.angles)


def _level_gate(thetas: NDArray[np.float64], native: bool) -> Gate:
    if thetas.shape[0] == 1:
        return RYGate(float(thetas[0]))
    if native:
        return RYMultiplexer(thetas)
    return UCRYGate([float(th) for th in thetas])


def _tree_circuit(
    angles: list[NDArray[np.float64]], *, adjoint: bool, native: bool, name: str
) -> QuantumCircuit:
    n = len(angles)
    qc = QuantumCircuit(n, name=name)
    order = range(n) if adjoint else range(n - 1, -1, -1)
    for t in order:
        thetas = -angles[t] if adjoint else angles[t]
        qc.append(_level_gate(thetas, native), [t, *range(t + 1, n)])
    return qc


def prepare_real_state(amplitudes: Any, *, native: bool = False, name: str = "prep") -> QuantumCircuit:
    """Circuit ``S`` on ``n`` qubits with ``S |0...0> = amplitudes`` (real, unit norm)."""
    return _tree_circuit(ry_tree_angles(amplitudes, "amplitudes"), adjoint=False, native=native, name=name)


def unprepare_real_state(amplitudes: Any, *, native: bool = False, name: str = "unprep") -> QuantumCircuit:
    """Circuit ``S^dagger`` (built explicitly): ``S^dagger amplitudes = |0...0>``."""
    return _tree_circuit(ry_tree_angles(amplitudes, "amplitudes"), adjoint=True, native=native, name=name)
