"""The Born-rule cross-check and the Aer layer under it."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

import numpy as np
import pytest
import scipy.stats
from helpers import GOOD, INF, NAN
from qiskit import QuantumCircuit
from qiskit_aer import AerSimulator

from qlens_q import (
    CheckConfig,
    InputError,
    Synthesis,
    crosscheck,
    crosscheck_one,
    layer_circuit,
    layer_operator,
    simulation,
)
from qlens_q.crosscheck import chi_square, mean_test
from qlens_q.qasm import transpile_for_export
from qlens_q.simulation import Backend

SHOTS = 2000


def random_distribution(rng: np.random.Generator, n: int, zeros: float = 0.0) -> np.ndarray:
    p = rng.random(n)
    p[rng.random(n) < zeros] = 0.0
    p[rng.integers(n)] += 0.1
    return p / p.sum()


@pytest.fixture(scope="module")
def pair():
    rng = np.random.default_rng(2)
    p_in, p_out = random_distribution(rng, 8), random_distribution(rng, 8)
    return p_in, p_out


# ----------------------------------------------------------------------- passes


def test_correct_circuit_passes_with_sane_fields():
    p_in = np.array([0.1, 0.2, 0.0, 0.3, 0.4])
    p_out = np.array([0.35, 0.0, 0.25, 0.3, 0.1])
    op = layer_operator(p_in, p_out)
    qc = transpile_for_export(layer_circuit(op, measure=True))
    config = CheckConfig(shots=4000, seed=11)
    v = crosscheck_one(qc, p_out, config)
    assert v.passed, v.failures
    assert v.failures == ()
    assert (v.num_qubits, v.num_classes) == (3, 5)
    assert v.max_abs_error <= 1e-9
    assert v.reference_max_abs_error is not None and v.reference_max_abs_error <= 1e-9
    assert v.total_variation <= 1e-9
    assert v.fidelity == pytest.approx(1.0, abs=1e-9)
    assert v.impossible_probability <= 1e-18
    assert v.impossible_counts == 0
    assert len(v.probabilities) == 8 and len(v.counts) == 8
    np.testing.assert_allclose(v.probabilities[:5], p_out, rtol=0, atol=1e-9)
    assert sum(v.counts) == v.shots == 4000
    assert all(v.counts[j] == 0 for j in (1, 5, 6, 7))  # zero-probability and padding classes
    assert all(v.counts[j] > 0 for j in (0, 2, 3, 4))
    assert v.chi2_dof == 3 and 0.0005 <= v.chi2_p <= 1.0 and v.chi2 >= 0.0
    assert v.mean_expected == pytest.approx(float(np.arange(5) @ p_out), abs=1e-12)
    assert v.mean_estimator == pytest.approx(v.mean_expected, abs=1e-9)
    assert v.mean_shots == pytest.approx(float(np.arange(8) @ np.array(v.counts)) / 4000, abs=1e-12)
    assert abs(v.mean_z) <= scipy.stats.norm.isf(config.alpha / 4)
    assert v.mean_p == pytest.approx(2 * scipy.stats.norm.sf(abs(v.mean_z)), rel=1e-12) and v.mean_p >= 5e-4
    assert (v.seed, v.tol, v.alpha) == (11, 1e-9, 1e-3)
    d = v.to_dict()
    assert json.loads(json.dumps(d)) == d
    assert d["counts"] == list(v.counts) and d["failures"] == []
    short = v.to_dict(with_distributions=False)
    assert "counts" not in short and "probabilities" not in short and short["passed"] is True


def test_every_structured_and_dense_form_passes(pair):
    p_in, p_out = pair
    op = layer_operator(p_in, p_out)
    circuits = [
        layer_circuit(op, Synthesis("structured")),  # no measurement: qubit i is bit i
        layer_circuit(op, Synthesis("structured", native=True), measure=True),  # Aer multiplexer
        transpile_for_export(layer_circuit(op, Synthesis("dense"), measure=True)),
        transpile_for_export(layer_circuit(op, Synthesis("evolution", trotter_order=0), measure=True)),
    ]
    verdicts = crosscheck(circuits, [p_out] * 4, CheckConfig(shots=SHOTS, seed=1))
    assert len(verdicts) == 4
    for v in verdicts:
        assert v.passed, v.failures
        assert v.max_abs_error <= 1e-9 and sum(v.counts) == SHOTS


def test_deterministic_outcome():
    qc = QuantumCircuit(2)
    qc.x(1)  # class 2
    v = crosscheck_one(qc, [0.0, 0.0, 1.0], CheckConfig(shots=500))
    assert v.passed, v.failures
    assert v.counts == (0, 0, 500, 0)
    assert (v.chi2, v.chi2_dof, v.chi2_p) == (0.0, 0, 1.0)
    assert v.mean_z == 0.0 and v.mean_p == 1.0 and v.mean_shots == 2.0 and v.mean_expected == 2.0


# ------------------------------------------------------------------------ fails


def test_one_step_lie_trotter_fails(pair):
    p_in, p_out = pair
    op = layer_operator(p_in, p_out)
    trotter = transpile_for_export(layer_circuit(op, Synthesis("evolution", trotter_reps=1), measure=True))
    v = crosscheck_one(trotter, p_out, CheckConfig(shots=SHOTS, seed=3))
    assert not v.passed
    assert v.max_abs_error > 1e-3
    assert v.failures[0].startswith("exact Born error")
    assert any(f.startswith("chi-square rejects") for f in v.failures)
    assert any(f.startswith("exact <M>") for f in v.failures)
    # Both simulators run the same (Trotter) gates, so they agree.
    assert v.reference_max_abs_error is not None and v.reference_max_abs_error <= 1e-9
    assert not any("differ" in f for f in v.failures)


@pytest.mark.filterwarnings("ignore::scipy.sparse.SparseEfficiencyWarning")
def test_untranspiled_trotter_circuit_reference_agrees_with_aer(pair):
    p_in, p_out = pair
    op = layer_operator(p_in, p_out)
    v = crosscheck_one(layer_circuit(op, Synthesis("evolution")), p_out, CheckConfig(shots=100))
    assert v.max_abs_error > 1e-3  # the Trotter error is real and reported ...
    assert v.reference_max_abs_error <= 1e-9  # ... but the two simulators must agree


def test_wrong_expected_distribution_fails(pair):
    p_in, p_out = pair
    qc = layer_circuit(layer_operator(p_in, p_out), measure=True)
    v = crosscheck_one(qc, p_in, CheckConfig(shots=SHOTS, seed=4))
    assert not v.passed
    assert v.max_abs_error == pytest.approx(np.max(np.abs(p_out - p_in)), abs=1e-9)
    assert any(f.startswith("exact Born error") for f in v.failures)
    assert any(f.startswith("chi-square rejects") for f in v.failures)
    # The right expectation passes with the same shots.
    assert crosscheck_one(qc, p_out, CheckConfig(shots=SHOTS, seed=4)).passed


def test_shots_on_a_zero_probability_class_fail():
    qc = QuantumCircuit(2)
    qc.h([0, 1])  # uniform over 4 classes, including the padding class 3 of N = 3
    v = crosscheck_one(qc, [1 / 3, 1 / 3, 1 / 3], CheckConfig(shots=SHOTS, seed=5))
    assert not v.passed
    assert v.impossible_counts == v.counts[3] > 0
    assert v.impossible_probability == pytest.approx(0.25, abs=1e-12)
    assert any(f == f"{v.impossible_counts} shots on classes with expected probability 0" for f in v.failures)


def test_tolerance_is_applied():
    qc = QuantumCircuit(1)
    qc.ry(2 * np.arcsin(np.sqrt(0.3 + 1e-7)), 0)
    tight = crosscheck_one(qc, [0.7, 0.3], CheckConfig(shots=100, tol=1e-9))
    loose = crosscheck_one(qc, [0.7, 0.3], CheckConfig(shots=100, tol=1e-6))
    assert tight.max_abs_error == pytest.approx(1e-7, rel=1e-6)
    assert not tight.passed and tight.failures[0].startswith("exact Born error 1e-07 > tol 1e-09")
    assert loose.passed, loose.failures


# ------------------------------------------------------------------ chi-square


def test_chi_square_deterministic_and_empty():
    assert chi_square(np.array([2000, 0, 0, 0]), np.array([1.0, 0.0, 0.0, 0.0])) == (0.0, 0, 1.0)
    assert chi_square(np.array([0, 2000, 0]), np.array([0.0, 1.0, 0.0])) == (0.0, 0, 1.0)
    assert chi_square(np.array([0, 0]), np.array([0.5, 0.5])) == (0.0, 0, 1.0)


def equal_tailed(k: int, n: int, p: float) -> float:
    """The exact equal-tailed two-sided binomial p-value: twice the smaller tail, at most 1."""
    return min(1.0, 2 * min(scipy.stats.binom.cdf(k, n, p), scipy.stats.binom.sf(k - 1, n, p)))


def test_chi_square_matches_pearson():
    stat, dof, p = chi_square(np.array([30, 20, 50]), np.array([0.25, 0.25, 0.5]))
    assert (stat, dof) == (pytest.approx(2.0), 2)
    assert p == pytest.approx(scipy.stats.chi2.sf(2.0, 2))
    # Two bins: Pearson's statistic, the exact binomial p-value.
    stat, dof, p = chi_square(np.array([30, 70]), np.array([0.5, 0.5]))
    assert (stat, dof) == (pytest.approx(16.0), 1)
    assert p == pytest.approx(equal_tailed(70, 100, 0.5))
    # Classes with q = 0 are left out (they are tested as impossible outcomes).
    assert chi_square(np.array([30, 5, 70]), np.array([0.5, 0.0, 0.5]))[:2] == (pytest.approx(16.0), 1)


def test_chi_square_pools_small_bins():
    # Expected (90, 5, 3, 2): the bins 3 and 2 are pooled into one of 5.
    counts = np.array([88, 6, 4, 2])
    stat, dof, p = chi_square(counts, np.array([0.9, 0.05, 0.03, 0.02]))
    expected = scipy.stats.chisquare([88, 6, 6], [90, 5, 5])
    assert dof == 2
    assert stat == pytest.approx(expected.statistic)
    assert p == pytest.approx(expected.pvalue)
    # Expected (97, 2, 1): pooling would leave one bin, so the rare classes' total (5 of an
    # expected 3) gets the exact (equal-tailed) binomial test instead of a vacuous p = 1.
    stat, dof, p = chi_square(np.array([95, 3, 2]), np.array([0.97, 0.02, 0.01]))
    assert dof == 1
    assert stat == pytest.approx(scipy.stats.chisquare([95, 5], [97, 3]).statistic)
    assert p == pytest.approx(equal_tailed(5, 100, 0.03))
    # A dominant class with a rare one that is hugely over-sampled is rejected (it used to get p = 1).
    assert chi_square(np.array([6588, 3412]), np.array([0.999608, 0.000392]))[2] < 1e-12
    assert chi_square(np.array([10_000, 0]), np.array([1.0, 0.0])) == (0.0, 0, 1.0)
    # Expected (80, 16, 3, 1): pooled (4) joins 16 -> bins (80, 20).
    stat, dof, _ = chi_square(np.array([84, 10, 5, 1]), np.array([0.8, 0.16, 0.03, 0.01]))
    assert dof == 1
    assert stat == pytest.approx(scipy.stats.chisquare([84, 16], [80, 20]).statistic)


def _exact_rejection_rate(test, shots: int, q1: float, level: float) -> float:
    """P(test rejects at ``level``) for two classes, summed exactly over the binomial."""
    q = np.array([1 - q1, q1])
    pmf = scipy.stats.binom.pmf(np.arange(shots + 1), shots, q1)
    return float(sum(w for k, w in enumerate(pmf) if test(np.array([shots - k, k]), q) < level))


@pytest.mark.parametrize("q1", [0.005, 0.008, 0.02, 0.3])
def test_two_outcome_shot_tests_are_exact(q1: float) -> None:
    # With two outcomes both shot tests are exact binomial tests, so a correct circuit is
    # rejected with probability at most the level, summed over every possible count. The
    # normal z-test they replace is not: at 1,000 shots and 5 expected in the rare class it
    # rejects a correct circuit almost twice as often as its level (1.96e-3 at 1e-3).
    level = 1e-3
    mean_rate = _exact_rejection_rate(lambda c, q: mean_test(c, q)[1], 1000, q1, level)
    chi_rate = _exact_rejection_rate(lambda c, q: chi_square(c, q)[2], 1000, q1, level)
    assert mean_rate <= level and chi_rate <= level
    if q1 == 0.005:
        normal = _exact_rejection_rate(
            lambda c, q: 2 * scipy.stats.norm.sf(abs(mean_test(c, q)[0])), 1000, q1, level
        )
        assert normal > 1.9 * level


def test_chi_square_groups_classes_when_every_class_is_rare():
    # 5,000 equally likely classes, 10,000 shots: every class expects 2. The classes are
    # grouped by q into bins expecting >= 5 (groups of 3, the last one larger), not pooled
    # into a single bin with no degree of freedom (which gave p = 0 or NaN).
    rng = np.random.default_rng(5)
    q = np.full(5000, 1 / 5000)
    counts = rng.multinomial(10_000, q)
    stat, dof, p = chi_square(counts, q)
    assert dof == 5000 // 3 - 1
    assert 0 < p <= 1 and np.isfinite(stat)
    groups = [counts[i : i + 3].sum() for i in range(0, 4998, 3)]
    groups[-1] += counts[4998:].sum()
    assert stat == pytest.approx(scipy.stats.chisquare(groups, [6.0] * 1665 + [10.0]).statistic)
    # Seven classes, 12 shots: two groups (3 and 4 classes).
    stat, dof, p = chi_square(np.array([2, 1, 2, 2, 1, 2, 2]), np.full(7, 1 / 7))
    assert dof == 1 and 0 < p <= 1
    # Fewer than 10 shots over rare classes: one bin, so the exact binomial of the most
    # probable class against the rest.
    stat, dof, p = chi_square(np.array([1, 2, 3]), np.array([0.5, 0.3, 0.2]))
    assert dof == 1 and p == pytest.approx(equal_tailed(5, 6, 0.5))


def test_chi_square_with_rare_classes_keeps_its_level():
    # Under the null the grouped test rejects at about its level. 1,000 seeded draws of a
    # skewed 2,000-class q at 1,000 shots (every class expects < 5); at level 0.01 the count
    # of rejections is Binomial(1000, ~0.01): more than 30 has probability below 1e-7.
    rng = np.random.default_rng(11)
    q = rng.dirichlet(np.ones(2000))
    assert (q * 1000 < 5).all()
    p_values = [chi_square(rng.multinomial(1000, q), q)[2] for _ in range(1000)]
    assert all(0 < p <= 1 for p in p_values)
    assert sum(p < 0.01 for p in p_values) <= 30
    assert sum(p < 0.5 for p in p_values) >= 400  # not a vacuous test either


# ---------------------------------------------------------------------- seeds


def test_seeds_make_counts_reproducible(pair):
    p_in, p_out = pair
    qc = layer_circuit(layer_operator(p_in, p_out), measure=True)
    a = crosscheck_one(qc, p_out, CheckConfig(shots=SHOTS, seed=21))
    b = crosscheck_one(qc, p_out, CheckConfig(shots=SHOTS, seed=21))
    c = crosscheck_one(qc, p_out, CheckConfig(shots=SHOTS, seed=22))
    assert a.counts == b.counts
    assert a.counts != c.counts
    assert sum(c.counts) == SHOTS
    prepared = [simulation.prepare(qc)]
    first = simulation.sample_counts(prepared, SHOTS, 7)[0]
    np.testing.assert_array_equal(first, simulation.sample_counts(prepared, SHOTS, 7)[0])


# ------------------------------------------------------------ measurement order


def reversed_measurement_circuit(p_out: np.ndarray) -> QuantumCircuit:
    """The layer circuit with qubit i measured into classical bit n - 1 - i."""
    op = layer_operator(np.full(p_out.shape[0], 1 / p_out.shape[0]), p_out)
    n = op.num_qubits
    qc = QuantumCircuit(n, n)
    qc.compose(layer_circuit(op), qubits=range(n), inplace=True)
    qc.barrier()
    for q in range(n):
        qc.measure(q, n - 1 - q)
    return qc


def test_measurement_permutation_is_read_per_classical_bit():
    p_out = np.array([0.0, 0.3, 0.0, 0.7, 0.0, 0.0, 0.0, 0.0])  # classes 1 = 001, 3 = 011
    reversed_q = np.zeros(8)
    reversed_q[0b100], reversed_q[0b110] = 0.3, 0.7  # ... read through reversed bits
    qc = reversed_measurement_circuit(p_out)
    prepared = simulation.prepare(qc)
    assert prepared.order == (2, 1, 0)
    (exact,) = simulation.exact_probabilities([prepared])
    np.testing.assert_allclose(exact, reversed_q, rtol=0, atol=1e-12)
    np.testing.assert_allclose(simulation.reference_probabilities(prepared), reversed_q, atol=1e-12)
    (counts,) = simulation.sample_counts([prepared], SHOTS, 3)
    assert counts[0b100] + counts[0b110] == SHOTS and counts[0b100] > 0 and counts[0b110] > 0
    (reading,) = simulation.readings([prepared], SHOTS, 3)
    assert reading.expectation == pytest.approx(0.3 * 4 + 0.7 * 6, abs=1e-9)
    np.testing.assert_allclose(reading.probabilities, reversed_q, atol=1e-12)
    np.testing.assert_array_equal(reading.counts.sum(), SHOTS)
    # Qiskit itself reads the classical bits the same way.
    aer_counts = AerSimulator(seed_simulator=1).run(transpile_for_export(qc), shots=200).result().get_counts()
    assert {int(bits, 2) for bits in aer_counts} == {0b100, 0b110}
    # The cross-check agrees: the reversed distribution passes, the unreversed one fails.
    good = crosscheck_one(qc, reversed_q, CheckConfig(shots=SHOTS, seed=8))
    assert good.passed, good.failures
    assert good.counts[0b100] + good.counts[0b110] == SHOTS
    bad = crosscheck_one(qc, p_out, CheckConfig(shots=SHOTS, seed=8))
    assert not bad.passed and bad.impossible_counts == SHOTS


def test_prepare_reads_qubit_order():
    qc = QuantumCircuit(3)
    qc.h(0)
    assert simulation.prepare(qc).order == (0, 1, 2)
    qc.measure_all()
    prepared = simulation.prepare(qc)
    assert prepared.order == (0, 1, 2)
    assert prepared.unitary.count_ops() == {"h": 1}  # barrier and measurements split off
    permuted = QuantumCircuit(3, 3)
    permuted.measure([0, 1, 2], [1, 2, 0])
    assert simulation.prepare(permuted).order == (2, 0, 1)


def _mid_circuit_measure():
    qc = QuantumCircuit(2, 2)
    qc.h(0)
    qc.measure(0, 0)
    qc.h(0)
    qc.measure(0, 0)
    return qc


def _gate_after_measure():
    qc = QuantumCircuit(2, 2)
    qc.measure(0, 0)
    qc.cx(1, 0)
    qc.measure(1, 1)
    return qc


def _reset():
    qc = QuantumCircuit(2)
    qc.h(0)
    qc.reset(0)
    return qc


def _measured_twice():
    qc = QuantumCircuit(2, 3)
    qc.measure(0, 0)
    qc.measure(0, 1)
    qc.measure(1, 2)
    return qc


def _partial():
    qc = QuantumCircuit(2, 2)
    qc.measure(0, 0)
    return qc


def _same_clbit():
    qc = QuantumCircuit(2, 2)
    qc.measure(0, 0)
    qc.measure(1, 0)
    return qc


def _if_else():
    qc = QuantumCircuit(2, 2)
    qc.h(0)
    qc.measure(0, 0)
    with qc.if_test((qc.clbits[0], 1)):
        qc.x(1)
    return qc


@pytest.mark.parametrize(
    ("build", "problem"),
    [
        (_mid_circuit_measure, "after a measurement"),
        (_gate_after_measure, "after a measurement"),
        (_reset, "unsupported operations: reset"),
        (_measured_twice, "measures qubit 0 twice"),
        (_partial, "must measure every qubit exactly once"),
        (_same_clbit, "each into its own classical bit"),
        (_if_else, "unsupported operations: if_else"),
    ],
)
def test_non_final_measurements_and_resets_are_refused(build, problem):
    with pytest.raises(InputError, match=r"^circuit\[0\]: ") as info:
        crosscheck_one(build(), [0.25] * 4, CheckConfig(shots=10))
    assert problem in str(info.value)


# ----------------------------------------------------------- config and inputs


@pytest.mark.parametrize(
    ("kwargs", "argument"),
    [
        ({"shots": 0}, "shots"),
        ({"shots": 1.5}, "shots"),
        ({"seed": -1}, "seed"),
        ({"tol": 0.0}, "tol"),
        ({"tol": float("nan")}, "tol"),
        ({"alpha": 0.0}, "alpha"),
        ({"alpha": 1.0}, "alpha"),
    ],
)
def test_check_config_refuses(kwargs, argument):
    with pytest.raises(InputError, match=rf"^{argument}: "):
        CheckConfig(**kwargs)


def test_crosscheck_refuses_bad_expectations():
    qc = QuantumCircuit(2)
    with pytest.raises(InputError, match=r"^expected: 1 distributions for 2 circuits"):
        crosscheck([qc, qc], [[0.5, 0.5]])
    with pytest.raises(InputError, match=r"^expected: has 5 classes but the circuit has 2 qubits"):
        crosscheck_one(qc, [0.2] * 5)
    with pytest.raises(InputError, match=r"^expected\[1\]: probabilities must sum to 1"):
        crosscheck([qc, qc], [[0.5, 0.5], [0.5, 0.6]])


def test_reference_runs_on_small_selected_and_failing_circuits(pair):
    """Above ``reference_always_ops`` gates quantum_info re-simulates only the selected circuits and
    any circuit whose exact Aer check fails; every circuit keeps the exact check."""
    p_in, p_out = pair
    qc = transpile_for_export(layer_circuit(layer_operator(p_in, p_out), measure=True))
    wrong = p_out[::-1].copy()
    circuits, expected = [qc, qc, qc], [p_out, p_out, wrong]
    small = crosscheck(circuits, expected, CheckConfig(shots=SHOTS), reference=[False, False, False])
    assert all(v.reference_max_abs_error is not None for v in small)  # qc is below 256 gates
    config = CheckConfig(shots=SHOTS, reference_always_ops=0)
    large = crosscheck(circuits, expected, config, reference=[True, False, False])
    assert [v.reference_max_abs_error is not None for v in large] == [True, False, True]
    assert [v.passed for v in large] == [True, True, False]
    assert large[2].reference_max_abs_error is not None and large[2].reference_max_abs_error <= 1e-9
    assert all(v.max_abs_error <= 1e-9 for v in large[:2])  # the exact check ran on every circuit
    quiet = crosscheck(
        circuits, expected, replace(config, reference_on_failure=False), reference=[True, False, False]
    )
    assert [v.reference_max_abs_error is not None for v in quiet] == [True, False, False]
    assert [v.passed for v in quiet] == [True, True, False]  # the failure is still found
    everything = crosscheck(circuits, expected, config)  # no selection: every circuit
    assert all(v.reference_max_abs_error is not None for v in everything)
    with pytest.raises(InputError, match=r"^reference: 1 selections for 3 circuits"):
        crosscheck(circuits, expected, config, reference=[True])
    with pytest.raises(InputError, match=r"^reference_always_ops: "):
        CheckConfig(reference_always_ops=-1)


# ------------------------------------------------------------------- backend


def test_gpu_without_gpu_aer_is_refused_or_falls_back(monkeypatch):
    monkeypatch.setattr(simulation, "available_devices", lambda: ("CPU",))
    with pytest.raises(InputError, match=r"^device: GPU requested.*qiskit-aer-gpu"):
        Backend(device="GPU").resolved_device()
    with pytest.raises(InputError, match=r"qiskit-aer-gpu"):
        crosscheck_one(QuantumCircuit(1), [1.0, 0.0], CheckConfig(shots=10, backend=Backend("GPU")))
    fallback = Backend(device="GPU", allow_cpu_fallback=True)
    assert fallback.resolved_device() == "CPU"
    assert fallback.options()["device"] == "CPU"
    assert fallback.options()["fusion_enable"] is True  # Aer default; acts only from 14 qubits
    qc = QuantumCircuit(1)
    qc.x(0)
    v = crosscheck_one(qc, [0.0, 1.0], CheckConfig(shots=10, backend=fallback))
    assert v.passed and v.counts == (0, 10)


@pytest.mark.skipif("GPU" in simulation.available_devices(), reason="this Aer build has a GPU")
def test_gpu_refused_by_this_aer_build():
    with pytest.raises(InputError, match=r"qiskit-aer-gpu"):
        Backend(device="GPU").resolved_device()
    assert Backend(device="GPU", allow_cpu_fallback=True).resolved_device() == "CPU"


def test_unknown_device_refused():
    with pytest.raises(InputError, match=r"^device: unknown device 'TPU'"):
        Backend(device="TPU").resolved_device()
    assert Backend().resolved_device() == "CPU"


# ------------------------------------ moved from test_reliability.py: crosscheck's refusals of bad numbers


@pytest.fixture(scope="module")
def one_qubit() -> QuantumCircuit:
    qc = QuantumCircuit(1)
    qc.h(0)
    return qc


@pytest.mark.parametrize(
    ("expected", "message"),
    [
        ([[NAN, 1.0]], r"^expected: .*not finite"),
        ([[INF, 0.0]], r"^expected: .*not finite"),
        ([[1.5, -0.5]], r"^expected: .*negative"),
        ([[1.0]], r"^expected: .*at least two"),
        ([[0.25] * 4], r"^expected: has 4 classes but the circuit has 1 qubits"),
        ([GOOD, [NAN, 1.0]], r"^expected\[1\]: .*not finite"),
        ([GOOD, GOOD, GOOD], r"^expected: 3 distributions for 2 circuits"),
    ],
)
def test_crosscheck_refuses(one_qubit: QuantumCircuit, expected: list[Any], message: str) -> None:
    circuits = [one_qubit] * min(2, len(expected))
    with pytest.raises(InputError, match=message):
        crosscheck(circuits, expected, CheckConfig(shots=10))


def test_crosscheck_of_an_empty_batch() -> None:
    assert crosscheck([], [], CheckConfig(shots=10)) == []
