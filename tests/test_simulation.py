"""Aer under qlens-q (qlens_q.simulation): exact Born probabilities of circuits whose answer is
known by hand, which classical bit reports which qubit, the seeded sampler, ``<M>``, and refusals."""

from __future__ import annotations

import math
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from typing import Any

import numpy as np
import pytest
from qiskit import QuantumCircuit
from qiskit.circuit import Gate, Instruction

from qlens_q import simulation
from qlens_q.errors import InputError, SimulationError
from qlens_q.simulation import Backend

SHOTS = 4000


def _circuit(build: Any, qubits: int, clbits: int = 0) -> QuantumCircuit:
    qc = QuantumCircuit(qubits, clbits) if clbits else QuantumCircuit(qubits)
    build(qc)
    return qc


def _exact(qc: QuantumCircuit) -> np.ndarray:
    return simulation.exact_probabilities([simulation.prepare(qc)])[0]


# ------------------------------------------------------------------ exact probabilities


@pytest.mark.parametrize("theta", [0.0, 0.3, 1.1, math.pi / 2, 2.5, math.pi])
def test_ry_gives_cos_and_sin_squared(theta: float) -> None:
    qc = _circuit(lambda c: c.ry(theta, 0), 1)
    expected = [math.cos(theta / 2) ** 2, math.sin(theta / 2) ** 2]
    np.testing.assert_allclose(_exact(qc), expected, rtol=0, atol=1e-12)


def test_known_circuits_in_one_batch_keep_their_order() -> None:
    bell = _circuit(lambda c: (c.h(0), c.cx(0, 1)), 2)
    x1 = _circuit(lambda c: c.x(1), 2)  # qubit 1 is bit 1 of the class: class 2
    ghz = _circuit(lambda c: (c.h(0), c.cx(0, 1), c.cx(1, 2), c.z(2)), 3)  # a phase changes nothing
    rotated = _circuit(lambda c: (c.ry(2 * math.acos(math.sqrt(0.2)), 0), c.x(1)), 2)  # 0.2 |10> + 0.8 |11>
    got = simulation.exact_probabilities([simulation.prepare(qc) for qc in (bell, x1, ghz, rotated)])
    expected: list[list[float]] = [
        [0.5, 0, 0, 0.5],
        [0, 0, 1, 0],
        [0.5, 0, 0, 0, 0, 0, 0, 0.5],
        [0, 0, 0.2, 0.8],
    ]
    assert len(got) == 4
    for probs, want in zip(got, expected, strict=True):
        np.testing.assert_allclose(probs, want, rtol=0, atol=1e-12)
        assert probs.dtype == np.float64


def test_statevectors_keep_the_phases() -> None:
    qc = _circuit(lambda c: (c.h(0), c.s(0)), 1)  # (|0> + i|1>) / sqrt 2
    (sv,) = simulation.statevectors([simulation.prepare(qc)])
    np.testing.assert_allclose(sv, np.array([1, 1j]) / math.sqrt(2), rtol=0, atol=1e-12)


def test_the_class_is_the_value_of_the_classical_bits() -> None:
    # qubit 0 is |1>, measured into classical bit 2: class 0b100 = 4
    qc = _circuit(lambda c: (c.x(0), c.measure([0, 1, 2], [2, 0, 1])), 3, 3)
    prepared = simulation.prepare(qc)
    assert prepared.order == (1, 2, 0)  # the qubit read into bits 0, 1, 2
    expected = np.eye(8)[4]
    np.testing.assert_allclose(simulation.exact_probabilities([prepared])[0], expected, atol=1e-12)
    np.testing.assert_allclose(simulation.reference_probabilities(prepared), expected, atol=1e-12)
    assert list(simulation.sample_counts([prepared], 50, 0)[0]) == [0, 0, 0, 0, 50, 0, 0, 0]


def test_a_gate_aer_does_not_know_is_synthesised_and_agrees_with_quantum_info() -> None:
    inner = _circuit(lambda c: (c.ry(0.7, 0), c.cry(1.3, 0, 1), c.rz(0.4, 1)), 2)
    gate = inner.to_gate(label="mine")
    gate.name = "mine"  # not an Aer instruction: transpiled before the run
    qc = QuantumCircuit(2)
    qc.append(gate, [0, 1])
    prepared = simulation.prepare(qc)
    compiled = simulation.compile_for_aer([prepared])[0]
    assert "mine" not in compiled.unitary.count_ops() and compiled.order == prepared.order
    a, b = math.cos(0.35) ** 2, math.sin(0.35) ** 2  # after ry(0.7): qubit 0 is 1 with probability b
    expected = [a, b * math.cos(0.65) ** 2, 0, b * math.sin(0.65) ** 2]
    np.testing.assert_allclose(simulation.exact_probabilities([prepared])[0], expected, atol=1e-12)
    np.testing.assert_allclose(simulation.reference_probabilities(prepared), expected, atol=1e-12)


# ------------------------------------------------------------------ shots and <M>


def test_the_sampler_is_seeded_and_its_counts_fit_the_born_rule() -> None:
    qc = _circuit(lambda c: (c.ry(2 * math.acos(math.sqrt(0.3)), 0), c.h(1)), 2)  # p = (.15, .35, .15, .35)
    prepared = [simulation.prepare(qc)]
    first = simulation.sample_counts(prepared, SHOTS, 5)[0]
    assert first.dtype == np.int64 and first.shape == (4,) and int(first.sum()) == SHOTS
    np.testing.assert_array_equal(first, simulation.sample_counts(prepared, SHOTS, 5)[0])
    assert not np.array_equal(first, simulation.sample_counts(prepared, SHOTS, 6)[0])
    p = np.array([0.15, 0.35, 0.15, 0.35])
    sigma = np.sqrt(SHOTS * p * (1 - p))
    assert np.all(np.abs(first - SHOTS * p) < 5 * sigma)


def test_sub_jobs_on_an_executor_give_every_circuit_its_own_seed() -> None:
    circuits = [
        simulation.prepare(_circuit(lambda c, t=t: (c.ry(t, 0), c.ry(2 * t, 1)), 2))
        for t in (0.4, 0.9, 1.7, 2.2, 2.9)
    ]
    alone = simulation.sample_counts(circuits, 500, 11)
    with ThreadPoolExecutor(2) as pool:
        split = simulation.sample_counts(circuits, 500, 11, Backend(executor=pool, max_job_size=2))
        readings = simulation.readings(circuits, 500, 11, Backend(executor=pool, max_job_size=3))
    for a, b in zip(alone, split, strict=True):
        np.testing.assert_array_equal(a, b)
    assert [r.counts.tolist() for r in readings] == [
        r.counts.tolist() for r in simulation.readings(circuits, 500, 11)
    ]


def test_readings_give_the_born_probabilities_the_shots_and_the_mean_class() -> None:
    qc = _circuit(lambda c: (c.ry(2 * math.acos(math.sqrt(0.2)), 0), c.x(1)), 2)  # 0.2 |10> + 0.8 |11>
    (reading,) = simulation.readings([simulation.prepare(qc)], SHOTS, 1)
    np.testing.assert_allclose(reading.probabilities, [0, 0, 0.2, 0.8], atol=1e-12)
    assert reading.expectation == pytest.approx(0.2 * 2 + 0.8 * 3, abs=1e-12)  # <M> = sum_j j p_j
    assert int(reading.counts.sum()) == SHOTS and reading.counts[0] == reading.counts[1] == 0


@pytest.mark.parametrize(
    "call",
    [
        lambda: simulation.statevectors([]),
        lambda: simulation.exact_probabilities([]),
        lambda: simulation.sample_counts([], 10, 0),
        lambda: simulation.readings([], 10, 0),
    ],
)
def test_an_empty_batch_runs_nothing(call: Any) -> None:
    assert call() == []


# ------------------------------------------------------------------ prepare and refusals


def test_prepare_shares_a_plain_circuit_and_splits_measurements_off_a_measured_one() -> None:
    plain = _circuit(lambda c: c.h(0), 2)
    assert simulation.prepare(plain).unitary is plain
    measured = _circuit(lambda c: (c.h(0), c.barrier(), c.measure([0, 1], [1, 0])), 2, 2)
    prepared = simulation.prepare(measured)
    assert prepared.unitary.count_ops() == {"h": 1} and prepared.order == (1, 0) and prepared.num_qubits == 2
    again = prepared.measured()
    assert [r.name for r in again.cregs] == ["class"] and again.count_ops()["measure"] == 2
    assert simulation.prepare(again).order == (1, 0)


def test_prepare_cuts_a_final_measurement_block_as_reading_every_instruction_does() -> None:
    """The one-slice cut of a circuit ending in its measurements gives the instruction-by-instruction
    reading: the same gates, global phase and bit order (a permuted block, barriers inside the gates)."""

    def build(c: QuantumCircuit) -> None:
        c.h(0)
        c.barrier()
        c.cx(0, 2)
        c.ry(0.3, 1)
        c.barrier()
        c.measure([2, 0, 1], [0, 1, 2])

    circuit = _circuit(build, 3, 3)
    circuit.global_phase = 0.25
    exported = _circuit(
        lambda c: (c.h(0), c.cx(0, 2), c.ry(0.3, 1), c.barrier(), c.measure([2, 0, 1], [0, 1, 2])), 3, 3
    )
    for qc in (circuit, exported):
        fast, read = simulation.prepare(qc), simulation._read_instructions(qc, "circuit")
        assert fast.unitary == read.unitary and fast.order == read.order == (2, 0, 1)
        assert fast.unitary.global_phase == read.unitary.global_phase and not fast.unitary.clbits
    assert simulation._final_block(exported, exported.count_ops()) is not None  # the cut, not the reading
    assert simulation._final_block(circuit, circuit.count_ops()) is None  # a barrier among the gates


@pytest.mark.parametrize(
    ("build", "problem"),
    [
        (lambda: _circuit(lambda c: (c.h(0), c.reset(0)), 2), "unsupported operations: reset"),
        (lambda: _circuit(lambda c: c.measure([0, 1], [0, 1]), 2, 3), "has 3 classical bits for 2 qubits"),
        (lambda: _circuit(lambda c: c.measure(0, 0), 2, 2), "must measure every qubit exactly once"),
        (lambda: _circuit(lambda c: (c.measure(0, 0), c.x(0), c.measure(1, 1)), 2, 2), "after a measurement"),
        (lambda: _circuit(lambda c: (c.h(0), c.measure([0, 0], [0, 1])), 2, 2), "measures qubit 0 twice"),
        (
            lambda: _circuit(
                lambda c: (c.append(Instruction("peek", 1, 1, []), [0], [0]), c.measure_all(False)), 2, 2
            ),
            "on classical bits",
        ),
    ],
)
def test_prepare_refuses_naming_the_circuit(build: Any, problem: str) -> None:
    with pytest.raises(InputError) as info:
        simulation.prepare(build(), name="mine")
    assert info.value.argument == "mine" and problem in info.value.problem


def test_a_gate_nothing_defines_is_refused() -> None:
    qc = QuantumCircuit(1)
    qc.append(Gate("opaque", 1, []), [0])
    with pytest.raises(InputError, match=r"^circuit: has gates Aer cannot run \(opaque\)"):
        simulation.exact_probabilities([simulation.prepare(qc)])


def test_backend_options_and_refusals() -> None:
    options = Backend().options()
    assert options["method"] == "statevector" and options["precision"] == "double"
    assert options["device"] == "CPU" and options["fusion_enable"] is True
    assert Backend(fusion=False).options()["fusion_enable"] is False
    assert "CPU" in simulation.available_devices()
    for kwargs, argument in (({"max_job_size": 0}, "max_job_size"), ({"max_job_size": 2.0}, "max_job_size")):
        with pytest.raises(InputError) as info:
            Backend(**kwargs)
        assert info.value.argument == argument
    with pytest.raises(InputError, match=r"^device: unknown device 'TPU'"):
        Backend(device="TPU").options()


class Broken(Executor):
    """An executor whose every job fails as a lost worker would."""

    def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Future[Any]:
        future: Future[Any] = Future()
        future.set_exception(ConnectionError("worker lost"))
        return future


def test_a_failing_executor_is_a_simulation_error() -> None:
    prepared = [simulation.prepare(_circuit(lambda c: c.h(0), 1))]
    with pytest.raises(SimulationError, match="executor failed: worker lost"):
        simulation.sample_counts(prepared, 10, 0, Backend(executor=Broken()))
