"""``check`` and ``held_out_test`` (qlens_q.checks) on tiny seeded trajectories.

Three outputs (two qubits, class 3 impossible), three points, four examples: every example gives
two layer circuits and one trajectory circuit. What is shipped is the OpenQASM text, so every
text is parsed back here and simulated on its own; its exact Born distribution must be the
model's next distribution to 1e-9.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import numpy as np
import pytest

from qlens_q import qasm, simulation
from qlens_q.checks import CheckResult, build_circuits, check, held_out_test, ship
from qlens_q.circuits import Synthesis
from qlens_q.crosscheck import CheckConfig
from qlens_q.errors import InputError
from qlens_q.timing import Stopwatch
from qlens_q.trajectories import TRAJECTORY, Trajectories

K, S, N = 4, 3, 3
POINTS = ["embed", "mid", "final"]
IDS = ["a", "b", "c", "d"]
SHOTS = 2000


def _probs(seed: int) -> np.ndarray:
    return np.random.default_rng(seed).dirichlet(np.ones(N), size=(K, S))


@pytest.fixture(scope="module")
def traj() -> Trajectories:
    """Random distributions; example ``a``'s first sub-layer moves nothing (an identity operator)."""
    probs = _probs(7)
    probs[0, 1] = probs[0, 0]
    return Trajectories(probs, POINTS, ids=IDS)


@pytest.fixture(scope="module")
def result(traj: Trajectories) -> CheckResult:
    return check(traj, shots=SHOTS, seed=0)


def _born(text: str) -> np.ndarray:
    """The exact Born distribution of an OpenQASM text, parsed back and simulated on Aer."""
    return simulation.exact_probabilities([simulation.prepare(qasm.loads(text))])[0]


def test_one_circuit_per_sub_layer_and_one_trajectory_circuit_per_example(
    traj: Trajectories, result: CheckResult
) -> None:
    assert len(result.circuits) == len(result.verdicts) == K * ((S - 1) + 1) == 12
    names = ("mid", "final", TRAJECTORY)
    assert result.circuit_names == names
    assert [(c.example, c.index, c.circuit) for c in result.circuits] == [
        (IDS[k], k, name) for k in range(K) for name in names
    ]
    assert [(v.example, v.circuit) for v in result.verdicts] == [
        (IDS[k], name) for k in range(K) for name in names
    ]
    assert [c.path for c in result.circuits[:3]] == [
        "circuits/0000_mid.qasm",
        "circuits/0000_final.qasm",
        "circuits/0000_trajectory.qasm",
    ]
    assert [c.identity for c in result.circuits] == [True] + [False] * 11  # only a's first sub-layer
    assert result.trajectories is traj
    assert dataclasses.asdict(result.settings) == {
        "shots": SHOTS, "shot_examples": K, "seed": 0, "method": "structured", "format": "qasm3", "tol": 1e-9,
        "alpha": 1e-3,
    }  # fmt: skip
    assert result.verdict("c", "final") is result.verdicts[2 * 3 + 1]
    assert result.verdict(3, TRAJECTORY) is result.verdicts[-1]


def test_every_exported_text_gives_the_models_next_distribution(
    traj: Trajectories, result: CheckResult
) -> None:
    p = traj.probs
    for c in result.circuits:
        assert c.text.startswith("// qlens-q circuit") and "OPENQASM 3.0;" in c.text
        target = p[c.index, -1] if c.circuit == TRAJECTORY else p[c.index, POINTS.index(c.circuit)]
        born = _born(c.text)
        assert born.shape == (4,)  # two qubits
        np.testing.assert_allclose(born[:N], target, rtol=0, atol=1e-9)
        assert born[N] < 1e-9  # the fourth class is impossible
        verdict = result.verdict(c.example, c.circuit)
        np.testing.assert_allclose(verdict.probabilities, born, rtol=0, atol=1e-12)  # Aer saw this very text
        assert verdict.max_abs_error <= 1e-9 and verdict.num_classes == N and verdict.num_qubits == 2
        assert c.operations > 0 and c.two_qubit_gates >= 0


def test_every_circuit_passes_and_its_shots_add_up(result: CheckResult) -> None:
    assert result.passed
    for v in result.verdicts:
        assert v.passed and v.failures == () and v.shots_fit
        assert sum(v.counts) == SHOTS and v.counts[N] == 0 and v.impossible_counts == 0
        assert v.alpha_per_circuit == pytest.approx(1e-3 / 12)  # Bonferroni over the twelve circuits
    assert result.trajectory_counts().shape == (K, 4)


def test_the_same_seed_gives_the_same_verdicts_and_another_seed_other_shots(
    traj: Trajectories, result: CheckResult
) -> None:
    again = check(traj, shots=SHOTS, seed=0)
    assert again.verdicts == result.verdicts
    assert [c.text for c in again.circuits] == [c.text for c in result.circuits]
    other = check(traj, shots=SHOTS, seed=1)
    assert [v.counts for v in other.verdicts] != [v.counts for v in result.verdicts]
    assert [v.probabilities for v in other.verdicts] == [v.probabilities for v in result.verdicts]


@pytest.mark.parametrize("shot_examples", [0, 1, 3])
def test_shots_on_the_first_examples_keep_their_counts_and_the_rest_get_the_exact_checks(
    traj: Trajectories, result: CheckResult, shot_examples: int
) -> None:
    """The first ``shot_examples`` examples' circuits get the counts a check of every example gives them
    (the same seeds), at the Bonferroni level of the circuits with shots; the others no shot at all,
    and the same exact Born probabilities, exact <M> and verdict."""
    sample = check(traj, shots=SHOTS, seed=0, shot_examples=shot_examples)
    assert sample.passed and sample.settings.shot_examples == shot_examples
    shot = 3 * shot_examples  # three circuits per example
    for i, (v, full) in enumerate(zip(sample.verdicts, result.verdicts, strict=True)):
        assert v.probabilities == full.probabilities and v.mean_estimator == full.mean_estimator
        assert v.passed and v.shots_fit
        if i < shot:
            assert v.counts == full.counts and v.shots == SHOTS and v.chi2_p == full.chi2_p
            assert v.alpha_per_circuit == pytest.approx(1e-3 / shot)
        else:
            assert v.shots == 0 and v.counts == (0,) * 4 and v.chi2_p == 1.0 and v.mean_p == 1.0
    counts = sample.trajectory_counts()
    if shot_examples == 0:
        assert counts is None
    else:
        np.testing.assert_array_equal(counts, result.trajectory_counts()[:shot_examples])
    assert check(traj, shots=SHOTS, seed=0, shot_examples=100).verdicts == result.verdicts  # more than K: all


def test_a_circuit_without_shots_still_fails_its_exact_check(traj: Trajectories) -> None:
    circuits, expected, _ = build_circuits(traj, Synthesis("structured"))
    wrong = [q.copy() for q in expected]
    wrong[4] = expected[4][[1, 2, 0]]
    paths = [f"circuits/{i:04d}.qasm" for i in range(len(circuits))]
    shots_on = [i < 3 for i in range(len(circuits))]
    config = CheckConfig(shots=SHOTS, seed=0)
    _, _, verdicts = ship(circuits, wrong, paths, "qasm3", config, None, False, Stopwatch(), None, shots_on)
    assert not verdicts[4].passed and verdicts[4].shots == 0
    # the exact Born distribution and the exact <M> fail; no shot test ran
    assert [f.split(" ")[:2] for f in verdicts[4].failures] == [["exact", "Born"], ["exact", "<M>"]]
    assert all(v.passed for i, v in enumerate(verdicts) if i != 4)


def test_a_corrupted_expectation_fails_and_the_others_pass(traj: Trajectories) -> None:
    circuits, expected, identity = build_circuits(traj, Synthesis("structured"))
    assert len(circuits) == 12 and identity[0] and not any(identity[1:])
    wrong = [q.copy() for q in expected]
    wrong[4] = expected[4][[1, 2, 0]]  # example b's "final" circuit, checked against a permuted distribution
    paths = [f"circuits/{i:04d}.qasm" for i in range(len(circuits))]
    config = CheckConfig(shots=SHOTS, seed=0)
    _, shipped, verdicts = ship(circuits, wrong, paths, "qasm3", config, None, False, Stopwatch())
    assert len(shipped) == len(verdicts) == 12
    bad = verdicts[4]
    assert not bad.passed and any(f.startswith("exact Born error") for f in bad.failures)
    assert bad.max_abs_error == pytest.approx(float(np.max(np.abs(expected[4] - wrong[4]))), abs=1e-9)
    assert all(v.passed for i, v in enumerate(verdicts) if i != 4)


def test_qasm2_export_passes_too(traj: Trajectories) -> None:
    two = check(traj.select([1]), shots=500, seed=3, qasm_format="qasm2")
    assert two.passed and two.settings.format == "qasm2" and len(two.circuits) == 3
    for c in two.circuits:
        assert "OPENQASM 2.0;" in c.text
        target = traj.probs[1, -1] if c.circuit == TRAJECTORY else traj.at(c.circuit)[1]
        np.testing.assert_allclose(_born(c.text)[:N], target, rtol=0, atol=1e-9)


@pytest.mark.parametrize(
    ("kwargs", "argument"),
    [
        ({"method": "magic"}, "method"),
        ({"shots": 0}, "shots"),
        ({"shots": 1.5}, "shots"),
        ({"shots": True}, "shots"),
        ({"shot_examples": -1}, "shot_examples"),
        ({"shot_examples": 2.0}, "shot_examples"),
        ({"seed": -1}, "seed"),
        ({"tol": 0.0}, "tol"),
        ({"tol": float("nan")}, "tol"),
        ({"alpha": 1.0}, "alpha"),
        ({"qasm_format": "qasm4"}, "qasm_format"),
    ],
)
def test_check_refuses_naming_the_argument(traj: Trajectories, kwargs: dict[str, Any], argument: str) -> None:
    with pytest.raises(InputError) as info:
        check(traj, **kwargs)
    assert info.value.argument == argument and "--" not in str(info.value)


def test_check_refuses_a_bad_format_and_what_is_not_trajectories(traj: Trajectories) -> None:
    with pytest.raises(InputError, match=r"unknown format 'qasm4' \(choose from qasm3, qasm2\)"):
        check(traj, qasm_format="qasm4")
    with pytest.raises(InputError, match=r"must be a qlens_q\.Trajectories, got ndarray"):
        check(traj.probs)  # type: ignore[arg-type]


def test_a_method_limited_in_qubits_is_refused_before_any_circuit_is_built() -> None:
    wide = Trajectories(np.full((1, 2, 300), 1 / 300), ["a", "final"])  # 9 qubits
    with pytest.raises(InputError, match=r"^method: 'dense' is limited to 8 qubits; 300 outputs need 9"):
        check(wide, method="dense")


def test_large_circuits_get_the_quantum_info_reference_on_the_first_circuit_only(
    traj: Trajectories, result: CheckResult, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every circuit of more than ``reference_always_ops`` gates (here: all, with the bound at 0)
    keeps the exact Aer check; quantum_info re-simulates the first one, the first example's first
    sub-layer."""
    import functools

    from qlens_q import checks

    monkeypatch.setattr(checks, "CheckConfig", functools.partial(CheckConfig, reference_always_ops=0))
    large = check(traj, shots=SHOTS, seed=0)
    assert large.passed
    with_reference = [v.reference_max_abs_error is not None for v in large.verdicts]
    assert with_reference == [i == 0 for i in range(len(large.verdicts))]
    assert (large.verdicts[0].example, large.verdicts[0].circuit) == ("a", traj.sublayers[0])
    assert large.verdicts[0].reference_max_abs_error is not None
    assert large.verdicts[0].reference_max_abs_error <= 1e-9
    assert all(v.max_abs_error <= 1e-9 for v in large.verdicts)
    # by default 2-qubit circuits are far below 256 gates: every circuit gets the reference
    assert all(v.reference_max_abs_error is not None for v in result.verdicts)


# ------------------------------------------------------------------ the held-out test


@pytest.fixture(scope="module")
def still() -> Trajectories:
    """Sub-layer ``mid`` moves nothing in any example (the identity is its operator); ``final`` is random."""
    probs = _probs(11)
    probs[:, 1] = probs[:, 0]
    return Trajectories(probs, POINTS, ids=IDS)


def test_held_out_test_finds_the_identity_where_a_sub_layer_is_the_identity(still: Trajectories) -> None:
    held = held_out_test(still, seed=0, shots=SHOTS, max_circuits=2)
    assert set(held.summary) == {"mid", "final"}
    for sublayer in ("mid", "final"):
        fit, heldout = held.summary[sublayer]["fit_ids"], held.summary[sublayer]["heldout_ids"]
        assert len(fit) == len(heldout) == 2 and sorted(fit + heldout) == IDS  # two to fit, two to score
    identity = held.candidate("mid", "identity")
    assert identity["fidelity"] == pytest.approx(1.0, abs=1e-12)
    assert identity["circuits"] == 2 and identity["pass_rate"] == 1.0 and identity["exact_pass_rate"] == 1.0
    moved = held.candidate("final", "identity")
    assert moved["fidelity"] < 0.99 and moved["exact_pass_rate"] == 0.0
    for sublayer, scores in held.summary.items():
        for name, candidate in scores["candidates"].items():
            assert candidate["circuit_vs_numpy_max_error"] <= 1e-9, (
                sublayer,
                name,
            )  # the circuit is its operator
    assert (
        len(held.circuits)
        == len(held.verdicts)
        == sum(c["circuits"] for s in held.summary.values() for c in s["candidates"].values())
    )
    assert {v.circuit for v in held.verdicts} == {c.circuit for c in held.circuits}
    assert all(c.path.endswith(".qasm") and ("/mid_" in c.path or "/final_" in c.path) for c in held.circuits)
    with pytest.raises(InputError, match="no candidate 'magic'"):
        held.candidate("mid", "magic")


def test_held_out_test_with_no_circuits_fits_and_says_why(still: Trajectories) -> None:
    held = held_out_test(still, seed=0, max_circuits=0)
    assert held.circuits == () and held.verdicts == ()
    identity = held.candidate("mid", "identity")
    assert identity["circuits"] == 0 and identity["pass_rate"] is None
    assert identity["not_run"] == "no circuits asked for"
    assert identity["fidelity"] == pytest.approx(1.0, abs=1e-12)  # the fit is scored without circuits
