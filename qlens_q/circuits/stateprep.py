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

A circuit made of such trees is kept as a list of :class:`RYLevel` (target,
angles) until it is emitted, so that adjacent levels on the same target can be
fused exactly (:func:`merge_levels`: RYs on one qubit under the same controls
commute and add). Two equivalent forms of each level with ``k >= 1`` controls:

* ``native=False``: :class:`~qiskit.circuit.library.UCRYGate`, which Qiskit
  synthesises into ``2^k`` CX and ``2^k`` RY (exportable);
* ``native=True``: ``RY(theta) = S H RZ(theta) H S^dagger`` on the target, so the
  uniformly controlled RY is ``S H . D . H S^dagger`` with the diagonal
  ``D = diag(e^{-i theta_k / 2}, e^{+i theta_k / 2})_k`` over (target, controls), one
  Aer-native ``diagonal`` instruction (:class:`RZDiagonal`). Aer applies it in one
  pass over the state, which is what makes 2^16 - 2^20 amplitudes fast.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray
from qiskit import QuantumCircuit
from qiskit.circuit import CircuitInstruction, Gate
from qiskit.circuit.library import CXGate, DiagonalGate, HGate, RYGate, SdgGate, SGate, UCRYGate, UCRZGate

from qlens_q.errors import InputError

#: How far ``||a||`` may be from 1.
NORM_ATOL = 1e-9
#: Rotations of a ``ucry`` decomposition at most this large are left out (Qiskit's ``_EPS``).
UCRY_EPS = 1e-10


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
    angles = [2.0 * np.arctan2(a[1::2], a[0::2])]  # t = 0: signed
    # weight[m] = sum of a_j^2 over the j whose bits t .. n-1 read m; halved in length per level
    weight = a * a
    for _ in range(1, n):
        weight = weight[0::2] + weight[1::2]
        angles.append(2.0 * np.arctan2(np.sqrt(weight[1::2]), np.sqrt(weight[0::2])))
    return angles


@dataclass(frozen=True)
class RYLevel:
    """``RY(angles[k])`` on qubit ``target`` when qubits ``target+1 .. n-1`` read ``k``."""

    target: int
    angles: NDArray[np.float64]


def tree_levels(amplitudes: Any, *, adjoint: bool = False, name: str = "amplitudes") -> list[RYLevel]:
    """The levels of ``S`` (``S |0> = amplitudes``) in circuit order, or of ``S^dagger`` if ``adjoint``."""
    angles = ry_tree_angles(amplitudes, name)
    if adjoint:
        return [RYLevel(t, -angles[t]) for t in range(len(angles))]
    return [RYLevel(t, angles[t]) for t in range(len(angles) - 1, -1, -1)]


def merge_levels(steps: Sequence[Any]) -> list[Any]:
    """Fuse neighbouring levels on the same target: ``RY(a_k) RY(b_k) = RY(a_k + b_k)`` under equal controls.

    Exact (no approximation): the two uniformly controlled rotations act on the
    same qubits and are diagonal in the same control basis. Items that are not
    :class:`RYLevel` are kept in place and separate the levels around them.
    """
    out: list[Any] = []
    for step in steps:
        last = out[-1] if out else None
        if isinstance(step, RYLevel) and isinstance(last, RYLevel) and last.target == step.target:
            out[-1] = RYLevel(step.target, last.angles + step.angles)
        else:
            out.append(step)
    return out


class RZDiagonal(DiagonalGate):
    """A uniformly controlled RZ as one Aer-native ``diagonal``: entry ``2k + b`` is ``e^{(2b-1) i theta_k / 2}``.

    Qubit 0 of the gate is the target, the others the controls (``k`` their
    value). Its definition is :class:`~qiskit.circuit.library.UCRZGate` (``2^k`` CX
    when transpiled). The entries are unit complex numbers by construction, so
    :class:`DiagonalGate`'s per-entry checks are skipped, and a copy shares the
    (immutable) numbers instead of deep-copying millions of them.
    """

    def __init__(self, angles: NDArray[np.float64]) -> None:
        self.angles = np.asarray(angles, dtype=np.float64)
        entries = np.empty(2 * self.angles.shape[0], dtype=np.complex128)
        entries[0::2] = np.exp(-0.5j * self.angles)
        entries[1::2] = np.exp(0.5j * self.angles)
        Gate.__init__(self, "diagonal", self.angles.shape[0].bit_length(), [])
        self._params = entries.tolist()  # what DiagonalGate stores, without re-validating each entry

    def __deepcopy__(self, memo: dict[int, Any] | None = None) -> RZDiagonal:
        cpy = copy.copy(self)
        cpy._params = list(self._params)
        return cpy

    def _define(self) -> None:
        qc = QuantumCircuit(self.num_qubits, name="rz_diagonal")
        qc.append(UCRZGate([float(th) for th in self.angles]), range(self.num_qubits))
        self.definition = qc

    def inverse(self, annotated: bool = False) -> RZDiagonal:
        """The adjoint: every rotation negated."""
        return RZDiagonal(-self.angles)


def append_levels(qc: QuantumCircuit, levels: Sequence[RYLevel], *, native: bool = False) -> None:
    """Append each level to ``qc`` (exportable ``ucry`` gates, or the Aer-native diagonal form)."""
    n = qc.num_qubits
    for level in levels:
        t = level.target
        qubits = [qc.qubits[q] for q in range(t, n)]
        if level.angles.shape[0] == 1:
            ops: list[tuple[Any, list[Any]]] = [(RYGate(float(level.angles[0])), qubits)]
        elif native:
            target = qubits[:1]
            ops = [
                (SdgGate(), target),
                (HGate(), target),
                (RZDiagonal(level.angles), qubits),
                (HGate(), target),
                (SGate(), target),
            ]
        else:
            ops = [(UCRYGate([float(th) for th in level.angles]), qubits)]
        for op, qargs in ops:
            # _append: these operations are fresh and valid; append() would scan every parameter.
            qc._append(CircuitInstruction(op, qargs))


def ucry_rotations(angles: Sequence[float]) -> NDArray[np.float64]:
    """The target's RY angles in the decomposition of ``UCRY(angles)`` (Shende et al. 2006, as Qiskit's
    :class:`~qiskit.circuit.library.UCRYGate` defines it).

    ``UCRY`` over ``2^k`` angles is ``RY(r_0) CX RY(r_1) CX ... RY(r_{2^k - 1}) CX``: each half of an
    interval splits into the half-sums and half-differences ``((a + b) / 2, (a - b) / 2)`` of the angle
    pairs, the first half recursively as a forward block and the second as a reversed one (its pair
    written in swapped order). The same IEEE operations as Qiskit's ``_dec_uc_rotations``, so the angles
    are equal bit for bit; done a level at a time: the intervals of one depth are disjoint rows of one
    matrix, and the reversed ones are its odd rows (every interval's second half is reversed, the
    whole first interval is not).
    """
    a = np.array(angles, dtype=np.float64)
    size = a.shape[0]
    while size > 1:
        half = size // 2
        rows = a.reshape(-1, size)
        x, y = rows[:, :half], rows[:, half:]
        total, difference = (x + y) / 2.0, (x - y) / 2.0
        out = np.concatenate((total, difference), axis=1)
        out[1::2] = np.concatenate((difference[1::2], total[1::2]), axis=1)
        a, size = out.reshape(-1), half
    return a


def expand_ucry(circuit: QuantumCircuit) -> QuantumCircuit:
    """``circuit`` with every ``ucry`` gate replaced by its decomposition: the same ``ry`` and ``cx``
    gates, in the same order, as Qiskit's definition of :class:`~qiskit.circuit.library.UCRYGate`
    (an ``ry`` of :func:`ucry_rotations` where it exceeds Qiskit's ``1e-10``, then a ``cx`` from the
    control at the number of trailing zeros of ``i + 1``, the last one from the highest control).

    What the transpiler's synthesis would do, about 20x faster (Qiskit synthesises the gate in a
    Python loop per angle); :func:`qlens_q.qasm.transpile_for_export` calls it first, and its output
    is the same text (tested). Any other operation is kept as it is (shared, not copied).
    """
    if "ucry" not in circuit.count_ops():
        return circuit
    out = circuit.copy_empty_like()
    # Qiskit's standard gates as Rust values, as QuantumCircuit.ry/.cx append them, without a Python
    # gate object or argument checks per gate (the qubits are the circuit's own, the angles floats).
    ry, cx, none = RYGate._standard_gate, CXGate._standard_gate, ()
    standard = CircuitInstruction.from_standard
    for inst in circuit.data:
        if inst.operation.name != "ucry":
            out._append(inst)
            continue
        target, controls = inst.qubits[0], inst.qubits[1:]
        rotations = ucry_rotations([float(p) for p in inst.operation.params]).tolist()
        last = len(rotations) - 1
        for i, angle in enumerate(rotations):
            if abs(angle) > UCRY_EPS:
                out._append(standard(ry, (target,), (angle,)), _standard_gate=True)
            if controls:
                control = ((i + 1) & -(i + 1)).bit_length() - 1 if i != last else len(controls) - 1
                out._append(standard(cx, (controls[control], target), none), _standard_gate=True)
    return out


def levels_circuit(
    num_qubits: int, levels: Sequence[RYLevel], *, native: bool = False, name: str = "ry_levels"
) -> QuantumCircuit:
    """A circuit of the given levels, nothing else."""
    qc = QuantumCircuit(num_qubits, name=name)
    append_levels(qc, levels, native=native)
    return qc


def prepare_real_state(amplitudes: Any, *, native: bool = False, name: str = "prep") -> QuantumCircuit:
    """Circuit ``S`` on ``n`` qubits with ``S |0...0> = amplitudes`` (real, unit norm)."""
    levels = tree_levels(amplitudes)
    return levels_circuit(len(levels), levels, native=native, name=name)


def unprepare_real_state(amplitudes: Any, *, native: bool = False, name: str = "unprep") -> QuantumCircuit:
    """Circuit ``S^dagger`` (built explicitly): ``S^dagger amplitudes = |0...0>``."""
    levels = tree_levels(amplitudes, adjoint=True)
    return levels_circuit(len(levels), levels, native=native, name=name)
