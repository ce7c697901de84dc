"""Circuits: exact state preparation, rank-one evolutions, layer and trajectory circuits."""

from __future__ import annotations

import itertools
from typing import Any

import numpy as np
import pytest
import scipy.linalg
from helpers import GOOD, INF, NAN
from qiskit.quantum_info import Operator, Statevector
from qiskit_aer import AerSimulator

from qlens_q import InputError, Synthesis, layer_circuit, layer_operator, simulation, trajectory_circuit
from qlens_q.circuits import (
    evolution_matrix,
    operator_circuit,
    prepare_real_state,
    rank_one_evolution,
    ry_tree_angles,
    unprepare_real_state,
)
from qlens_q.circuits.synthesis import DENSE_MAX_QUBITS, EVOLUTION_MAX_QUBITS
from qlens_q.qasm import EXPORT_BASIS, transpile_for_export
from qlens_q.states import pad

BORN_TOL = 1e-9


def random_distribution(rng: np.random.Generator, n: int, zeros: float = 0.0) -> np.ndarray:
    p = rng.random(n)
    p[rng.random(n) < zeros] = 0.0
    p[rng.integers(n)] += 0.1  # never all zero
    return p / p.sum()


def aer_probabilities(circuits) -> list[np.ndarray]:
    """Exact Born probabilities from Aer, one call for the batch."""
    return simulation.exact_probabilities([simulation.prepare(qc) for qc in circuits])


def born_error(probs: np.ndarray, p: np.ndarray) -> float:
    return float(np.max(np.abs(probs - pad(np.asarray(p), int(probs.shape[0]).bit_length() - 1))))


# ------------------------------------------------------------------ state preparation


def _test_vectors(n: int, rng: np.random.Generator) -> list[np.ndarray]:
    dim = 2**n
    signed = rng.normal(size=dim)
    sparse = rng.normal(size=dim) * (rng.random(dim) < 0.4)
    sparse[-1] = -1.0
    basis = np.zeros(dim)
    basis[dim - 1] = -1.0
    vecs = [signed, sparse, basis, np.ones(dim), np.sqrt(random_distribution(rng, dim, zeros=0.5))]
    return [v / np.linalg.norm(v) for v in vecs]


@pytest.mark.parametrize("n", [1, 2, 3, 4, 5, 6, 7, 8])
def test_prepare_real_state_gives_exact_amplitudes(n):
    rng = np.random.default_rng(100 + n)
    for a in _test_vectors(n, rng):
        for native in (False, True):
            qc = prepare_real_state(a, native=native)
            assert qc.num_qubits == n
            out = Statevector(qc).data
            np.testing.assert_allclose(out, a, rtol=0, atol=1e-12)
        angles = ry_tree_angles(a)
        assert [len(t) for t in angles] == [2 ** (n - 1 - t) for t in range(n)]


def test_ry_tree_angles_known_values():
    # Class 3 = |11>: qubit 1 rotates by pi, then qubit 0 by pi only when qubit 1 reads 1.
    angles = ry_tree_angles([0.0, 0.0, 0.0, 1.0])
    np.testing.assert_allclose(angles[1], [np.pi], atol=1e-15)
    np.testing.assert_allclose(angles[0], [0.0, np.pi], atol=1e-15)
    # The last level is signed: -|1> needs an angle of -pi.
    np.testing.assert_allclose(ry_tree_angles([0.0, -1.0])[0], [-np.pi], atol=1e-15)
    np.testing.assert_allclose(ry_tree_angles([np.sqrt(0.5), np.sqrt(0.5)])[0], [np.pi / 2], atol=1e-15)


@pytest.mark.parametrize("n", [1, 2, 3, 5, 6])
@pytest.mark.parametrize("native", [False, True])
def test_unprepare_is_the_adjoint(n, native):
    rng = np.random.default_rng(n)
    for a in _test_vectors(n, rng)[:3]:
        s = Operator(prepare_real_state(a, native=native))
        s_dg = Operator(unprepare_real_state(a, native=native))
        np.testing.assert_allclose(s_dg.data, s.data.conj().T, rtol=0, atol=1e-10)
        np.testing.assert_allclose((s_dg @ s).data, np.eye(2**n), rtol=0, atol=1e-10)
        zero = np.zeros(2**n)
        zero[0] = 1.0
        np.testing.assert_allclose(Statevector(a).evolve(s_dg).data, zero, rtol=0, atol=1e-10)


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        (np.ones(3) / np.sqrt(3), "power of two"),
        ([1.0], "power of two"),
        (np.eye(2), "power of two"),
        ([1.0, 1.0], "unit vector"),
        ([np.nan, 1.0], "non-finite"),
        ([1j, 0.0], "must be real"),
    ],
)
def test_prepare_real_state_refuses(value, problem):
    with pytest.raises(InputError, match=r"^amplitudes: ") as info:
        prepare_real_state(value, name="v")
    assert problem in str(info.value)


def test_prepare_accepts_complex_with_zero_imaginary_part():
    a = np.array([0.6, -0.8], dtype=np.complex128)
    np.testing.assert_allclose(Statevector(prepare_real_state(a)).data, [0.6, -0.8], atol=1e-15)


# ------------------------------------------------------------------ rank-one evolution


@pytest.mark.parametrize("n", [1, 2, 3, 4])
@pytest.mark.parametrize("native", [False, True])
def test_rank_one_evolution_is_the_exact_exponential(n, native):
    # The circuit equals exp(-i theta v v^T) exactly, global phase included.
    rng = np.random.default_rng(7 * n)
    v = rng.normal(size=2**n)
    v /= np.linalg.norm(v)
    for theta in (np.pi, 0.7, -1.3, 2 * np.pi):
        u = Operator(rank_one_evolution(v, theta, native=native)).data
        np.testing.assert_allclose(u, scipy.linalg.expm(-1j * theta * np.outer(v, v)), rtol=0, atol=1e-10)
    reflection = Operator(rank_one_evolution(v, np.pi, native=native)).data
    np.testing.assert_allclose(reflection, np.eye(2**n) - 2 * np.outer(v, v), rtol=0, atol=1e-10)


# ------------------------------------------------------------------------ layers


LAYER_SYNTHESES = [
    Synthesis("structured"),
    Synthesis("structured", native=True),
    Synthesis("dense"),
    Synthesis("evolution", trotter_order=0),
]


@pytest.mark.parametrize("num_classes", [2, 3, 8, 13])
def test_layer_circuits_reach_p_out(num_classes):
    rng = np.random.default_rng(num_classes)
    p_in = random_distribution(rng, num_classes, zeros=0.3)
    p_out = random_distribution(rng, num_classes, zeros=0.3)
    op = layer_operator(p_in, p_out, alpha=0.7)
    built = [layer_circuit(op, s) for s in LAYER_SYNTHESES]
    exported = [transpile_for_export(qc) for qc in built]
    for qc in exported:
        assert set(qc.count_ops()) <= set(EXPORT_BASIS)
    # Aer on the synthesised gates; native multiplexers also as Aer instructions.
    probs = aer_probabilities([*exported, built[1]])
    for pr in probs:
        assert born_error(pr, p_out) <= BORN_TOL
        assert np.all(pr[num_classes:] <= 1e-20)  # padding
    # An independent simulator on the circuits as built.
    for qc in built:
        assert born_error(Statevector(qc).probabilities(), p_out) <= BORN_TOL


def test_layer_circuit_time_parameter():
    rng = np.random.default_rng(5)
    op = layer_operator(random_distribution(rng, 6), random_distribution(rng, 6), alpha=2.0)
    half = np.abs(evolution_matrix(op, 1.0) @ op.psi_in) ** 2
    assert np.max(np.abs(half - op.psi_in**2)) > 1e-3 and np.max(np.abs(half - op.psi_out**2)) > 1e-3
    for synthesis in LAYER_SYNTHESES:
        for time, expected in ((0.0, op.psi_in**2), (1.0, half), (4.0, op.psi_in**2), (2.0, op.psi_out**2)):
            probs = Statevector(layer_circuit(op, synthesis, time=time)).probabilities()
            assert np.max(np.abs(probs - expected)) <= BORN_TOL, (synthesis, time)
    # operator_circuit alone is exp(-i t H) (structured and dense exactly, phase included).
    for synthesis in LAYER_SYNTHESES[:3]:
        u = Operator(operator_circuit(op, synthesis, time=1.0)).data
        np.testing.assert_allclose(u, scipy.linalg.expm(-1j * op.hamiltonian().data), rtol=0, atol=1e-10)


def test_identity_layer_circuit_prepares_the_distribution():
    p = [0.2, 0.0, 0.5, 0.3]
    op = layer_operator(p, p)
    assert op.is_identity
    for synthesis in LAYER_SYNTHESES:
        assert operator_circuit(op, synthesis).size() == 0
        assert born_error(Statevector(layer_circuit(op, synthesis)).probabilities(), p) <= 1e-12


def test_measured_bitstrings_are_class_indices():
    # Qiskit prints b_{n-1} ... b_0; class = int(bitstring, 2). Support {1, 4, 6} of N = 7.
    p_out = np.array([0.0, 0.25, 0.0, 0.0, 0.5, 0.0, 0.25])
    op = layer_operator(np.full(7, 1 / 7), p_out)
    qc = layer_circuit(op, measure=True)
    assert qc.num_clbits == 3
    counts = AerSimulator(seed_simulator=3).run(transpile_for_export(qc), shots=400).result().get_counts()
    assert {int(bits, 2) for bits in counts} == {1, 4, 6}
    assert sum(counts.values()) == 400
    assert counts["100"] > counts["001"] and counts["100"] > counts["110"]


def test_near_identity_layer_circuit_reaches_p_out():
    p_out = np.array([0.5 + 2e-10, 0.5 - 2e-10])
    op = layer_operator([0.5, 0.5], p_out)
    assert not op.is_identity
    assert born_error(Statevector(layer_circuit(op)).probabilities(), p_out) <= BORN_TOL


# ------------------------------------------------------------------ trotterisation


@pytest.mark.parametrize("order", [1, 2])
def test_trotter_error_decreases_with_reps(order):
    rng = np.random.default_rng(2)
    p_in, p_out = random_distribution(rng, 8), random_distribution(rng, 8)
    op = layer_operator(p_in, p_out)
    reps = (1, 2, 4, 8)
    circuits = [layer_circuit(op, Synthesis("evolution", trotter_order=order, trotter_reps=r)) for r in reps]
    # Aer synthesises the PauliEvolutionGate with its Trotter formula: the error is real.
    born = [born_error(pr, p_out) for pr in aer_probabilities(circuits)]
    exact = evolution_matrix(op)
    unitary = []
    for r in reps:
        gates = transpile_for_export(operator_circuit(op, Synthesis("evolution", r, order)))
        unitary.append(float(np.max(np.abs(Operator(gates).data - exact))))
    assert born[0] > 1e-3  # one step is visibly wrong
    assert all(a > b for a, b in itertools.pairwise(born)), born
    assert all(a > b for a, b in itertools.pairwise(unitary)), unitary
    assert born[-1] < born[0] / (4 if order == 1 else 30)
    if order == 2:
        assert born[-1] < 1e-3


def test_second_order_beats_first_order():
    rng = np.random.default_rng(2)
    op = layer_operator(random_distribution(rng, 8), random_distribution(rng, 8))
    circuits = [layer_circuit(op, Synthesis("evolution", trotter_order=k, trotter_reps=4)) for k in (1, 2)]
    first, second = (born_error(pr, op.psi_out**2) for pr in aer_probabilities(circuits))
    assert second < first / 5


# ------------------------------------------------------------------- limits, refusals


def test_size_limits():
    rng = np.random.default_rng(0)

    def op_for(num_classes):
        return layer_operator(random_distribution(rng, num_classes), random_distribution(rng, num_classes))

    too_big_dense = op_for(2**DENSE_MAX_QUBITS + 1)
    with pytest.raises(InputError, match=r"^method: 'dense' is limited to 8 qubits"):
        layer_circuit(too_big_dense, Synthesis("dense"))
    with pytest.raises(InputError, match=r"^method: 'dense'"):
        operator_circuit(too_big_dense, Synthesis("dense"))
    too_big_evolution = op_for(2**EVOLUTION_MAX_QUBITS + 1)
    with pytest.raises(InputError, match=r"^method: 'evolution' is limited to 7 qubits.*use 'structured'"):
        layer_circuit(too_big_evolution, Synthesis("evolution"))
    # At the limits the circuits are built.
    assert layer_circuit(op_for(2**DENSE_MAX_QUBITS), Synthesis("dense")).num_qubits == DENSE_MAX_QUBITS
    assert layer_circuit(too_big_evolution, Synthesis("dense")).num_qubits == EVOLUTION_MAX_QUBITS + 1
    assert layer_circuit(too_big_dense, Synthesis("structured")).num_qubits == DENSE_MAX_QUBITS + 1


@pytest.mark.parametrize(
    ("kwargs", "argument"),
    [
        ({"method": "qsd"}, "method"),
        ({"method": ""}, "method"),
        ({"method": None}, "method"),
        ({"trotter_reps": 0}, "trotter_reps"),
        ({"trotter_reps": -2}, "trotter_reps"),
        ({"trotter_reps": 1.5}, "trotter_reps"),
        ({"trotter_reps": True}, "trotter_reps"),
        ({"trotter_reps": "2"}, "trotter_reps"),
        ({"trotter_order": 3}, "trotter_order"),
        ({"trotter_order": -1}, "trotter_order"),
        ({"trotter_order": 6}, "trotter_order"),
        ({"trotter_order": "1"}, "trotter_order"),
    ],
)
def test_synthesis_refuses(kwargs, argument):
    with pytest.raises(InputError, match=rf"^{argument}: "):
        Synthesis(**kwargs)


def test_synthesis_describe():
    assert Synthesis().describe() == "structured"
    assert Synthesis("dense").describe() == "dense"
    assert Synthesis("evolution", trotter_order=0).describe() == "evolution (exact matrix exponential)"
    assert Synthesis("evolution", trotter_reps=3).describe() == "evolution (Lie-Trotter, 3 reps)"
    assert Synthesis("evolution", 4, 2).describe() == "evolution (Suzuki-Trotter order 2, 4 reps)"


# ------------------------------------------------------------------------ trajectory


@pytest.mark.parametrize("synthesis", [Synthesis("structured"), Synthesis("dense")])
def test_trajectory_ends_in_the_last_distribution(synthesis):
    rng = np.random.default_rng(9)
    dists = [random_distribution(rng, 5, zeros=0.3) for _ in range(3)]
    qc = trajectory_circuit(dists, synthesis, alpha=0.5)
    assert qc.num_qubits == 3
    probs = Statevector(qc).probabilities()
    assert born_error(probs, dists[-1]) <= BORN_TOL
    assert born_error(probs, dists[1]) > 1e-3
    (aer,) = aer_probabilities([transpile_for_export(qc)])
    assert born_error(aer, dists[-1]) <= BORN_TOL
    # A repeated distribution is an identity step.
    repeated = trajectory_circuit([dists[0], dists[1], dists[1], dists[2]], synthesis)
    assert born_error(Statevector(repeated).probabilities(), dists[-1]) <= BORN_TOL
    measured = trajectory_circuit(dists, synthesis, measure=True)
    assert measured.count_ops()["measure"] == 3


def test_trajectory_refusals():
    with pytest.raises(InputError, match=r"^distributions: .*at least two"):
        trajectory_circuit([[0.5, 0.5]])
    with pytest.raises(InputError, match=r"^p_1/p_2: different lengths"):
        trajectory_circuit([[0.5, 0.5], [0.2, 0.8], [0.2, 0.3, 0.5]])
    with pytest.raises(InputError, match=r"^p_1: "):
        trajectory_circuit([[0.5, 0.5], [0.5, 0.6]])


# ------------------------------------------------------------ structured at scale


SIZES = [2, 3, 4, 5, 7, 9, 16, 31, 33, 100, 255, 257, 1000, 2049, 4096]


def test_structured_is_exact_at_every_size():
    rng = np.random.default_rng(4096)
    pairs = [(random_distribution(rng, n, zeros=0.2), random_distribution(rng, n, zeros=0.2)) for n in SIZES]
    ops = [layer_operator(a, b) for a, b in pairs]
    # Aer-native multiplexers at every size; the exported gates (cx, ry, rz, x, h: ~25k of
    # them at 12 qubits, slow to push through Aer's transpiler) at every size but 2049.
    native = [layer_circuit(op, Synthesis("structured", native=True)) for op in ops]
    exported_sizes = [n for n in SIZES if n != 2049]
    exported = [
        transpile_for_export(layer_circuit(op, Synthesis("structured")))
        for n, op in zip(SIZES, ops, strict=True)
        if n in exported_sizes
    ]
    probs = aer_probabilities(native + exported)
    assert len(probs) == 2 * len(SIZES) - 1
    checked = [
        *zip(SIZES, probs[: len(SIZES)], strict=True),
        *zip(exported_sizes, probs[len(SIZES) :], strict=True),
    ]
    for n, pr in checked:
        assert pr.shape == (2 ** max(1, int(np.ceil(np.log2(n)))),)
        assert born_error(pr, pairs[SIZES.index(n)][1]) <= BORN_TOL, n


def test_native_level_is_the_uniformly_controlled_ry():
    from qiskit import QuantumCircuit
    from qiskit.circuit.library import UCRYGate
    from qiskit.quantum_info import Operator

    from qlens_q.circuits.stateprep import RYLevel, RZDiagonal, levels_circuit

    angles = np.random.default_rng(3).uniform(-np.pi, np.pi, 8)
    reference = QuantumCircuit(4)
    reference.append(UCRYGate(list(angles)), range(4))
    native = levels_circuit(4, [RYLevel(0, angles)], native=True)
    assert native.count_ops() == {"sdg": 1, "h": 2, "diagonal": 1, "s": 1}
    np.testing.assert_allclose(Operator(native).data, Operator(reference).data, atol=1e-12)
    # the diagonal gate: entry 2k + b is exp((2b - 1) i theta_k / 2); its definition (UCRZ) agrees
    gate = RZDiagonal(angles)
    expected = np.exp(0.5j * np.repeat(angles, 2) * np.tile([-1, 1], 8))
    np.testing.assert_allclose(np.diag(Operator(gate).data), expected, atol=1e-12)
    np.testing.assert_allclose(Operator(gate.definition).data, np.diag(expected), atol=1e-12)
    np.testing.assert_allclose(Operator(gate.inverse()).data, np.diag(expected.conj()), atol=1e-12)
    # Aer runs it natively and agrees with the synthesised gates
    (aer,) = simulation.exact_probabilities([simulation.prepare(native)])
    np.testing.assert_allclose(aer, np.abs(Operator(reference).data[:, 0]) ** 2, atol=1e-12)


@pytest.mark.parametrize("n", [1, 2, 3, 5])
def test_fused_layer_is_preparation_then_operator(n):
    """Fusing S_in's last level with S_v^dagger's first changes no matrix entry and saves 2^(n-1) CX."""
    from qiskit.quantum_info import Operator

    rng = np.random.default_rng(n)
    p_in, p_out = rng.dirichlet(np.ones(2**n)), rng.dirichlet(np.ones(2**n))
    op = layer_operator(p_in, p_out)
    for native in (False, True):
        fused = layer_circuit(op, Synthesis("structured", native=native))
        unfused = prepare_real_state(op.psi_in, native=native).compose(
            operator_circuit(op, Synthesis("structured", native=native))
        )
        np.testing.assert_allclose(Operator(fused).data, Operator(unfused).data, atol=1e-11)
    gates = lambda qc: transpile_for_export(qc).count_ops().get("cx", 0)  # noqa: E731
    saved = gates(prepare_real_state(op.psi_in).compose(operator_circuit(op))) - gates(layer_circuit(op))
    assert saved == (2 ** (n - 1) if n > 1 else 0)


def test_fused_trajectory_is_the_product_of_its_layers():
    from qiskit.quantum_info import Operator

    rng = np.random.default_rng(7)
    dists = [rng.dirichlet(np.ones(8)) for _ in range(4)]
    ops = [layer_operator(a, b) for a, b in itertools.pairwise(dists)]
    unfused = prepare_real_state(ops[0].psi_in)
    for op in ops:
        unfused = unfused.compose(operator_circuit(op))
    for native in (False, True):
        fused = trajectory_circuit(dists, Synthesis("structured", native=native))
        np.testing.assert_allclose(Operator(fused).data, Operator(unfused).data, atol=1e-11)


def test_fast_route_equals_stock_route_at_every_size_up_to_4096():
    """The Aer-native form against Qiskit's stock StatePreparation route, n = 1 .. 12 qubits."""
    from qlens_q.bench import random_layer, stock_layer_circuit

    ops = [random_layer(n, seed=11) for n in range(1, 13)]
    native = [layer_circuit(op, Synthesis("structured", native=True)) for op in ops]
    stock = [stock_layer_circuit(op) for op in ops]
    probs = aer_probabilities(native + stock)
    for op, fast, slow in zip(ops, probs[: len(ops)], probs[len(ops) :], strict=True):
        assert np.max(np.abs(fast - slow)) <= BORN_TOL, op.num_qubits
        assert born_error(fast, op.psi_out**2) <= BORN_TOL, op.num_qubits


# ------------------------------------------------------------ isometry: exp(-itH) W = W R(t)


@pytest.mark.parametrize("n", [1, 2, 3, 5])
@pytest.mark.parametrize("fraction", [1.0, 0.3])
def test_isometry_layer_is_the_evolution_after_its_preparation(n, fraction):
    from qiskit import QuantumCircuit
    from qiskit.circuit.library import Isometry

    from qlens_q.circuits.isometry import two_column_basis

    rng = np.random.default_rng(10 * n)
    op = layer_operator(rng.dirichlet(np.ones(2**n)), rng.dirichlet(np.ones(2**n)))
    t = fraction * op.alpha
    w, r = two_column_basis(op)
    assert abs(w @ op.psi_in) < 1e-12 and abs(np.linalg.norm(w) - 1) < 1e-12
    np.testing.assert_allclose(r[0] * op.psi_in + r[1] * w, op.v, atol=1e-12)
    prep = QuantumCircuit(n)
    prep.append(Isometry(np.stack([op.psi_in, w], axis=1), 0, 0), range(n))
    columns = Operator(prep).data[:, :2]
    phase = (
        columns[np.argmax(np.abs(op.psi_in)), 0] / op.psi_in.max()
    )  # Qiskit's isometry: up to a global phase
    assert abs(abs(phase) - 1) < 1e-10
    np.testing.assert_allclose(columns / phase, np.stack([op.psi_in, w], axis=1), atol=1e-10)
    circuit = layer_circuit(op, Synthesis("isometry"), time=t)
    expected = evolution_matrix(op, t) @ Operator(prep).data
    np.testing.assert_allclose(Operator(circuit).data, expected, atol=1e-10)


@pytest.fixture(scope="module")
def isometry_11() -> tuple[Any, Any]:
    """An 11-qubit benchmark layer (2,048 outputs) through the isometry route, exported, made once: Qiskit's
    synthesis and the export take ~10 s (~30 s at 12 qubits, which ``qlens-q bench`` measures: 1.41 x the
    bound); the gate count and the Born distribution below both read it."""
    from qlens_q.bench import random_layer

    op = random_layer(11, seed=0)
    return op, transpile_for_export(layer_circuit(op, Synthesis("isometry")))


def test_isometry_exported_layers_give_p_out(isometry_11: tuple[Any, Any]) -> None:
    rng = np.random.default_rng(77)
    # sizes up to 100 (padded, with zeros) made here; the largest is the shared 11-qubit layer
    sizes = [2, 3, 5, 16, 100]
    pairs = [(random_distribution(rng, n, zeros=0.2), random_distribution(rng, n, zeros=0.2)) for n in sizes]
    pairs.append((pairs[0][0], pairs[0][0]))  # identity layer: the preparation alone
    circuits = [
        transpile_for_export(layer_circuit(layer_operator(a, b), Synthesis("isometry"))) for a, b in pairs
    ]
    big, exported = isometry_11
    pairs.append((big.psi_in**2, big.psi_out**2))
    circuits.append(exported)
    assert set().union(*(qc.count_ops() for qc in circuits)) <= set(EXPORT_BASIS)
    for (_, b), probs in zip(pairs, aer_probabilities(circuits), strict=True):
        assert born_error(probs, b) <= BORN_TOL
    dists = [random_distribution(rng, 6) for _ in range(3)]
    (probs,) = aer_probabilities([transpile_for_export(trajectory_circuit(dists, Synthesis("isometry")))])
    assert born_error(probs, dists[-1]) <= BORN_TOL


def test_isometry_has_fewer_two_qubit_gates_than_three_preparations(isometry_11: tuple[Any, Any]) -> None:
    from qlens_q.bench import cx_lower_bound

    op, isometry = isometry_11
    cx = {
        "structured": transpile_for_export(layer_circuit(op, Synthesis("structured"))).count_ops()["cx"],
        "isometry": isometry.count_ops()["cx"],
    }
    assert cx["isometry"] <= 1.5 * 3 * cx_lower_bound(11) < cx["structured"]


def test_isometry_is_for_whole_layers_and_limited_in_size():
    op = layer_operator([0.5, 0.5], [0.2, 0.8])
    with pytest.raises(InputError, match=r"^method: 'isometry' builds a whole layer"):
        operator_circuit(op, Synthesis("isometry"))
    big = layer_operator(np.full(2**15, 2.0**-15), np.r_[np.full(2**14, 2.0**-14), np.zeros(2**14)])
    with pytest.raises(InputError, match="limited to 14 qubits"):
        layer_circuit(big, Synthesis("isometry"))


def test_inexact_isometry_synthesis_is_refused(monkeypatch):
    """The synthesised W is simulated on |0> and |1>; a wrong one is refused, not shipped."""
    from qiskit.circuit.library import Isometry

    from qlens_q.circuits import isometry

    op = layer_operator([0.1, 0.2, 0.3, 0.4], [0.4, 0.3, 0.2, 0.1])
    layer_circuit(op, Synthesis("isometry"))  # exact: accepted

    def off_by_a_little(columns, *args):  # still an isometry, columns turned by 1e-6 rad
        c, s = np.cos(1e-6), np.sin(1e-6)
        return Isometry(columns @ np.array([[c, -s], [s, c]]), *args)

    monkeypatch.setattr(isometry, "Isometry", off_by_a_little)
    with pytest.raises(InputError, match=r"^method: isometry: Qiskit's isometry synthesis is inexact"):
        layer_circuit(op, Synthesis("isometry"))

    def broken(columns, *args):
        raise ValueError("cannot")

    monkeypatch.setattr(isometry, "Isometry", broken)
    with pytest.raises(InputError, match=r"^method: isometry: Qiskit's isometry synthesis failed \(cannot\)"):
        layer_circuit(op, Synthesis("isometry"))


# --------------------------- moved from test_reliability.py: each entry point's refusals of bad numbers


@pytest.mark.parametrize(
    ("distributions", "message"),
    [
        ([[NAN, 1.0], GOOD], r"^p_0: .*not finite"),
        ([GOOD, GOOD, [INF, 0.0]], r"^p_2: .*not finite"),
        ([GOOD, [1.5, -0.5]], r"^p_1: .*negative"),
        ([[1.0], [1.0]], r"^p_0: .*at least two"),
        ([], r"^distributions: .*at least two"),
        ([GOOD, [0.2, 0.3, 0.5]], r"^p_0/p_1: different lengths"),
    ],
)
def test_trajectory_circuit_refuses(distributions: list[list[float]], message: str) -> None:
    with pytest.raises(InputError, match=message):
        trajectory_circuit(distributions, Synthesis())


@pytest.mark.parametrize(
    ("amplitudes", "problem"),
    [
        ([1.0, 1e-4], "unit vector"),  # norm 1 + 5e-9: just outside NORM_ATOL
        ([0.0, 0.0], "unit vector"),
        ([INF, 0.0], "non-finite"),
        ([], "power of two"),
        (np.ones(6) / np.sqrt(6), "power of two"),
        (np.ones(12) / np.sqrt(12), "power of two"),
    ],
)
def test_prepare_real_state_refuses_bad_amplitudes(amplitudes: Any, problem: str) -> None:
    with pytest.raises(InputError, match=rf"^amplitudes: .*{problem}"):
        prepare_real_state(amplitudes, name="amplitudes")


def test_prepare_real_state_names_its_argument_by_default() -> None:
    with pytest.raises(InputError, match=r"^amplitudes: "):
        prepare_real_state([1.0, 1.0])


# ------------------------------------------------------------ ucry decomposed without Qiskit's loop


@pytest.mark.parametrize("size", [1, 2, 4, 8, 64, 2048])
def test_ucry_rotations_equal_qiskits_bit_for_bit(size: int) -> None:
    from qiskit.circuit.library.generalized_gates.uc_pauli_rot import UCPauliRotGate

    from qlens_q.circuits.stateprep import ucry_rotations

    angles = np.random.default_rng(size).uniform(-np.pi, np.pi, size).tolist()
    theirs = list(angles)
    if size > 1:
        UCPauliRotGate._dec_uc_rotations(theirs, 0, size, False)
    assert ucry_rotations(angles).tolist() == theirs  # the same IEEE operations: equal, not close


@pytest.mark.parametrize("controls", [0, 1, 2, 5])
def test_expand_ucry_is_qiskits_definition_gate_for_gate(controls: int) -> None:
    """The expansion holds the very gates (names, qubits, angles) that Qiskit's synthesis of the
    UCRY gate gives, and the same operator; a zero angle drops its RY as Qiskit's does."""
    from qiskit import QuantumCircuit, transpile
    from qiskit.circuit.library import UCRYGate

    from qlens_q.circuits.stateprep import expand_ucry

    angles = np.random.default_rng(controls).uniform(-np.pi, np.pi, 2**controls)
    angles[0] = 0.0
    qc = QuantumCircuit(controls + 2)
    qc.h(0)
    qc.append(UCRYGate(angles.tolist()), list(range(1, controls + 2)))
    qc.x(1)
    mine = expand_ucry(qc)
    qiskits = transpile(qc, basis_gates=["ry", "cx", "h", "x"], optimization_level=0)

    def gates(circuit: QuantumCircuit) -> list[tuple[str, tuple[int, ...], tuple[float, ...]]]:
        return [
            (
                i.operation.name,
                tuple(circuit.find_bit(q).index for q in i.qubits),
                tuple(map(float, i.operation.params)),
            )
            for i in circuit.data
        ]

    assert gates(mine) == gates(qiskits)
    assert Operator(mine).equiv(Operator(qc))
    plain = QuantumCircuit(2)
    plain.cx(0, 1)
    assert expand_ucry(plain) is plain  # nothing to expand: the circuit itself


@pytest.mark.parametrize("n", [2, 5, 16, 100, 512])
def test_exported_circuits_are_the_ones_qiskits_synthesis_gives(n: int) -> None:
    """transpile_for_export (ucry expanded first) writes the same OpenQASM text as transpiling the
    ucry gates with Qiskit's own synthesis: layers, trajectories and fixed operators, zeros included."""
    from qiskit import transpile

    from qlens_q import qasm
    from qlens_q.circuits import fixed_operator_circuit

    rng = np.random.default_rng(n)
    p = rng.dirichlet(np.ones(n), size=3)
    p[1, : n // 2] = 0.0
    p[1] /= p[1].sum()
    v = rng.normal(size=(2, n))
    circuits = [
        layer_circuit(layer_operator(p[0], p[1]), measure=True),
        trajectory_circuit(list(p), measure=True),
        fixed_operator_circuit(np.sqrt(p[0]), v / np.linalg.norm(v, axis=1, keepdims=True), measure=True),
    ]
    for qc in circuits:
        theirs = transpile(qc, basis_gates=list(EXPORT_BASIS), optimization_level=1, seed_transpiler=0)
        assert qasm.dumps(transpile_for_export(qc), "qasm2") == qasm.dumps(theirs, "qasm2")


def test_operations_and_two_qubit_gates_count_as_qiskit_does() -> None:
    """``metrics.operations`` is ``QuantumCircuit.size()`` and ``two_qubit_gates`` counts operations on 2+
    qubits, barriers left out, on circuits of standard gates, other gates, barriers and Aer's directives."""
    from qiskit import QuantumCircuit
    from qiskit.circuit.library import UnitaryGate
    from qiskit.circuit.random import random_circuit
    from qiskit.quantum_info import random_unitary

    from qlens_q.circuits.metrics import operations, two_qubit_gates

    mixed = QuantumCircuit(3, 3)
    mixed.h(0)
    mixed.barrier()
    mixed.append(UnitaryGate(random_unitary(4, seed=1)), [0, 2])
    mixed.ccx(0, 1, 2)
    mixed.set_statevector([1, 0, 0, 0, 0, 0, 0, 0])  # an Aer directive
    mixed.barrier(1)
    mixed.measure([0, 1, 2], [0, 1, 2])
    circuits = [mixed, random_circuit(5, 8, max_operands=3, measure=True, seed=3)]
    rng = np.random.default_rng(9)
    op = layer_operator(rng.dirichlet(np.ones(9)), rng.dirichlet(np.ones(9)))
    circuits.append(transpile_for_export(layer_circuit(op, Synthesis("structured"), measure=True)))
    for qc in circuits:
        assert operations(qc) == qc.size()
        expected = sum(1 for i in qc.data if i.operation.num_qubits >= 2 and i.operation.name != "barrier")
        assert two_qubit_gates(qc) == expected
    # h, unitary, ccx and three measurements; unitary, ccx and the 3-qubit set_statevector act on 2+ qubits
    assert (operations(mixed), two_qubit_gates(mixed)) == (6, 3)
