"""Layer circuits: prepare ``psi_in`` and apply the QLENS operator of a sub-layer.

Three realisations of ``U = exp(-i t H)``, ``H = (pi / alpha) v v^T`` (``t = alpha``
gives the Householder reflection ``I - 2 v v^T``):

``structured`` (exact, scalable)
    ``exp(-i theta |v><v|) = S_v exp(-i theta |0><0|) S_v^dagger`` with
    ``theta = pi t / alpha``, ``S_v`` from :mod:`qlens_q.circuits.stateprep` and
    ``exp(-i theta |0><0|) = X^n MCPhase(-theta) X^n``.
``evolution``
    :class:`~qiskit.circuit.library.PauliEvolutionGate` of ``SparsePauliOp(H)``
    for time ``t``, synthesised by Lie-Trotter (order 1) or Suzuki-Trotter
    (order 2, 4, ...) with ``reps`` steps, or exactly (matrix exponential). The
    Trotter error is real and is reported by the cross-check, never hidden.
``dense``
    :class:`~qiskit.circuit.library.UnitaryGate` of the matrix, for small ``n``.
``isometry`` (layer circuits only; exact, fewest two-qubit gates)
    ``exp(-i t H) W = W R(t)`` with ``W`` a two-column isometry whose first column
    is ``psi_in`` (:mod:`qlens_q.circuits.isometry`): two preparations' worth of CX
    instead of three. A trajectory applies its later layers as ``structured``.

A *layer circuit* is ``S_{psi_in}`` followed by the operator; a *trajectory
circuit* prepares ``psi_0`` and applies the operators of consecutive layers.
With ``structured``, the last level of one tree and the first level of the next
(``S_{psi_in}`` then ``S_v^dagger``; ``S_{v_k}`` then ``S_{v_{k+1}}^dagger``) act on
the same qubits and are fused into one (:func:`~qlens_q.circuits.stateprep.merge_levels`),
an exact identity that saves ``2^(n-1)`` CX per junction.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from qiskit import QuantumCircuit
from qiskit.circuit.library import PauliEvolutionGate, UnitaryGate
from qiskit.quantum_info import SparsePauliOp
from qiskit.synthesis import LieTrotter, MatrixExponential, SuzukiTrotter

from qlens_q import operators
from qlens_q.circuits.isometry import isometry_layer_circuit
from qlens_q.circuits.stateprep import (
    RYLevel,
    append_levels,
    merge_levels,
    prepare_real_state,
    tree_levels,
)
from qlens_q.circuits.synthesis import (
    TROTTER_MAX_ROTATIONS,
    TROTTER_SWEEPS,
    Synthesis,
    method_max_qubits,
)
from qlens_q.circuits.zerophase import zero_phase_circuit
from qlens_q.errors import InputError
from qlens_q.operators import LayerOperator


@dataclass(frozen=True)
class ZeroPhase:
    """``exp(-i theta |0...0><0...0|)``: phase ``e^{-i theta}`` on ``|0...0>`` only."""

    theta: float


Step = RYLevel | ZeroPhase


def rank_one_steps(v: Any, theta: float) -> list[Step]:
    """``exp(-i theta |v><v|) = S_v exp(-i theta |0><0|) S_v^dagger`` as levels (circuit order)."""
    return [*tree_levels(v, adjoint=True, name="v"), ZeroPhase(theta), *tree_levels(v, name="v")]


def steps_circuit(num_qubits: int, steps: list[Step], *, native: bool = False, name: str) -> QuantumCircuit:
    """Emit ``steps`` as a circuit after fusing neighbouring levels on the same target."""
    qc = QuantumCircuit(num_qubits, name=name)
    for step in merge_levels(steps):
        if isinstance(step, ZeroPhase):
            qc.compose(zero_phase_circuit(num_qubits, step.theta), inplace=True)
        else:
            append_levels(qc, [step], native=native)
    return qc


def rank_one_evolution(v: Any, theta: float, *, native: bool = False) -> QuantumCircuit:
    """``exp(-i theta |v><v|) = S_v exp(-i theta |0><0|) S_v^dagger`` (exact; ``theta = pi``: reflection)."""
    steps = rank_one_steps(v, theta)
    num_qubits = len(steps) // 2
    return steps_circuit(num_qubits, steps, native=native, name="rank_one_evolution")


def _check_size(op: LayerOperator, method: str) -> None:
    limit = method_max_qubits(method)
    if limit is not None and op.num_qubits > limit:
        raise InputError(
            "method",
            f"{method!r} is limited to {limit} qubits (N <= {2**limit}); "
            f"this layer needs {op.num_qubits} (N = {op.num_classes}): use 'structured'",
        )


def operator_circuit(
    op: LayerOperator, synthesis: Synthesis = Synthesis(), *, time: float | None = None
) -> QuantumCircuit:
    """The gates of ``exp(-i t H)`` (default ``t = alpha``, the reflection ``U``), no preparation."""
    _check_size(op, synthesis.method)
    if synthesis.method == "isometry":
        raise InputError(
            "method",
            "'isometry' builds a whole layer circuit (its preparation and operator share gates); "
            "use 'structured' for the operator alone",
        )
    n = op.num_qubits
    qc = QuantumCircuit(n, name=f"layer_{synthesis.method}")
    if op.v is None:  # identity layer: nothing to apply
        return qc
    t = op.alpha if time is None else float(time)
    theta = op.rotation_angle(t)
    if synthesis.method == "structured":
        qc.compose(rank_one_evolution(op.v, theta, native=synthesis.native), inplace=True)
    elif synthesis.method == "dense":
        qc.append(UnitaryGate(evolution_matrix(op, t), check_input=False), range(n))
    else:
        hamiltonian = pauli_hamiltonian(op)
        if synthesis.trotter_order == 0:
            # MatrixExponential cannot run as a transpiler plugin (Qiskit 2.x): synthesise here.
            gate = PauliEvolutionGate(hamiltonian, time=t)
            qc.compose(MatrixExponential().synthesize(gate), inplace=True)
        else:
            rotations = synthesis.trotter_reps * len(hamiltonian) * TROTTER_SWEEPS[synthesis.trotter_order]
            if rotations > TROTTER_MAX_ROTATIONS:
                raise InputError(
                    "trotter_reps",
                    f"{synthesis.trotter_reps} steps of {len(hamiltonian)} Pauli terms make about {rotations:,} "
                    f"rotations; the limit is {TROTTER_MAX_ROTATIONS:,}",
                )
            qc.append(PauliEvolutionGate(hamiltonian, time=t, synthesis=_trotter(synthesis)), range(n))
    return qc


def pauli_hamiltonian(op: LayerOperator) -> SparsePauliOp:
    """``H = (pi / alpha) v v^T`` as a Pauli sum; only rounding noise (< 1e-14 ||H||) is dropped."""
    return SparsePauliOp.from_operator(op.hamiltonian(), atol=1e-14 * np.pi / op.alpha, rtol=0.0)


def evolution_matrix(op: LayerOperator, time: float | None = None) -> np.ndarray:
    """``exp(-i t H) = I + (e^{-i theta} - 1) v v^T`` in closed form (``v v^T`` is a projector)."""
    return op.evolution(None if time is None else float(time))


def _trotter(synthesis: Synthesis) -> LieTrotter | SuzukiTrotter:
    if synthesis.trotter_order == 1:
        return LieTrotter(reps=synthesis.trotter_reps)
    return SuzukiTrotter(order=synthesis.trotter_order, reps=synthesis.trotter_reps)


def layer_circuit(
    op: LayerOperator,
    synthesis: Synthesis = Synthesis(),
    *,
    time: float | None = None,
    measure: bool = False,
) -> QuantumCircuit:
    """Prepare ``psi_in`` from ``|0...0>``, apply ``exp(-i t H)``; optionally measure every qubit.

    At ``t = alpha`` the Born distribution of the output is ``p_out`` (exactly
    for ``structured`` and ``dense``, up to the Trotter error for ``evolution``).
    """
    if synthesis.method == "isometry":
        _check_size(op, synthesis.method)
        qc = isometry_layer_circuit(op, op.rotation_angle(time))
    elif synthesis.method == "structured":
        steps: list[Step] = [*tree_levels(op.psi_in, name="psi_in")]
        if op.v is not None:
            t = op.alpha if time is None else float(time)
            steps += rank_one_steps(op.v, op.rotation_angle(t))
        qc = steps_circuit(op.num_qubits, steps, native=synthesis.native, name="layer")
    else:
        qc = QuantumCircuit(op.num_qubits, name="layer")
        qc.compose(prepare_real_state(op.psi_in, native=synthesis.native, name="S_in"), inplace=True)
        qc.compose(operator_circuit(op, synthesis, time=time), inplace=True)
    if measure:
        qc.measure_all()
    return qc


def fixed_operator_circuit(
    psi_in: Any,
    reflections: Any = (),
    *,
    u2: tuple[float, float] | None = None,
    native: bool = False,
    measure: bool = False,
) -> QuantumCircuit:
    """Prepare ``psi_in`` and apply a fixed operator: reflections ``R_1, R_2, ...`` in turn, then ``u2``.

    Each reflection ``R_v = I - 2 v v^T = exp(-i pi |v><v|)`` is a rank-one step of the
    ``structured`` route with its own fixed trees, so only the preparation of ``psi_in``
    depends on the input. ``u2 = (c, phi)`` (one qubit) appends ``RX(gamma) RY(-phi)``,
    ``cos(gamma) = c``: the complex operator of :mod:`qlens_q.stats.fixed_operators`.
    Vectors shorter than ``2^n`` are zero-padded.
    """
    psi = np.asarray(psi_in, dtype=np.float64)
    n = max(1, int(np.ceil(np.log2(psi.shape[0]))))
    padded = np.zeros(2**n)
    padded[: psi.shape[0]] = psi
    steps: list[Step] = [*tree_levels(padded, name="psi_in")]
    for k, v in enumerate(np.asarray(reflections, dtype=np.float64).reshape(-1, psi.shape[0])):
        vector = np.zeros(2**n)
        vector[: v.shape[0]] = v
        steps += rank_one_steps(vector, np.pi) if np.linalg.norm(vector) > 0 else []
        if abs(np.linalg.norm(vector) - 1.0) > 1e-9:
            raise InputError("reflections", f"vector {k} is not a unit vector")
    qc = steps_circuit(n, steps, native=native, name="fixed_operator")
    if u2 is not None:
        if n != 1:
            raise InputError("u2", "the complex operator acts on one qubit (two outputs)")
        c, phi = u2
        qc.ry(-phi, 0)
        qc.rx(float(np.arccos(np.clip(c, -1.0, 1.0))), 0)
    if measure:
        qc.measure_all()
    return qc


def trajectory_circuit(
    distributions: Sequence[Any],
    synthesis: Synthesis = Synthesis(),
    *,
    alpha: float = 1.0,
    measure: bool = False,
) -> QuantumCircuit:
    """Prepare ``psi_0`` and apply ``U_1, U_2, ...``: its Born distribution is the last one.

    ``distributions`` are ``p_0, p_1, ..., p_L`` (at least two); ``U_k`` carries
    ``psi_{k-1}`` to ``psi_k``.
    """
    if len(distributions) < 2:
        raise InputError("distributions", f"a trajectory needs at least two, got {len(distributions)}")
    ops = [
        operators.layer_operator(a, b, alpha=alpha, names=(f"p_{k}", f"p_{k + 1}"))
        for k, (a, b) in enumerate(itertools.pairwise(distributions))
    ]
    n = ops[0].num_qubits
    if synthesis.method == "structured":
        steps: list[Step] = [*tree_levels(ops[0].psi_in, name="p_0")]
        for op in ops:
            if op.v is not None:
                steps += rank_one_steps(op.v, op.rotation_angle())
        qc = steps_circuit(n, steps, native=synthesis.native, name="trajectory")
    elif synthesis.method == "isometry":
        qc = layer_circuit(ops[0], synthesis)
        for op in ops[1:]:
            qc.compose(operator_circuit(op, Synthesis("structured")), inplace=True)
    else:
        qc = QuantumCircuit(n, name="trajectory")
        qc.compose(prepare_real_state(ops[0].psi_in, native=synthesis.native, name="S_0"), inplace=True)
        for op in ops:
            qc.compose(operator_circuit(op, synthesis), inplace=True)
    if measure:
        qc.measure_all()
    return qc
