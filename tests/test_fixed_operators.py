"""The held-out test: fixed operators fitted on some examples, scored on others, run as circuits on Aer."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import scipy.linalg
from matplotlib.figure import Figure

import qlens_q
from qlens_q import checks, qasm, simulation
from qlens_q.checks import held_out_test
from qlens_q.circuits import fixed_operator_circuit
from qlens_q.crosscheck import CheckConfig
from qlens_q.errors import InputError
from qlens_q.plotting import figures
from qlens_q.rundir import load_report
from qlens_q.stats import fixed_operators as fo
from qlens_q.trajectories import Trajectories


def _rotated(count: int, angle_degrees: float, noise: float, seed: int) -> Trajectories:
    """Two-class trajectories whose sub-layer is one fixed rotation of the plane (plus noise in the angle)."""
    rng = np.random.default_rng(seed)
    t_in = rng.uniform(0.15, 1.2, size=count)  # polar angle / 2 of the input state, in the positive quadrant
    t_out = t_in + np.radians(angle_degrees) + noise * rng.standard_normal(count)
    p_in = np.column_stack([np.cos(t_in) ** 2, np.sin(t_in) ** 2])
    p_out = np.column_stack([np.cos(t_out) ** 2, np.sin(t_out) ** 2])
    return Trajectories(np.stack([p_in, p_out], axis=1), ["before", "after"])


def _orthogonal(n: int, rng: np.random.Generator) -> np.ndarray:
    q, r = np.linalg.qr(rng.standard_normal((n, n)))
    return q * np.sign(np.diag(r))


def test_a_known_rotation_is_recovered() -> None:
    traj = _rotated(120, 15.0, noise=0.0, seed=1)
    scores = fo.fixed_operators(traj, seed=3)["after"]["candidates"]
    assert scores["identity"]["fidelity"] == pytest.approx(np.cos(np.radians(15)) ** 2, abs=1e-12)
    for name in ("procrustes", "reflections_2"):
        assert scores[name]["fidelity"] > 1 - 1e-9 and scores[name]["gap_closed"] > 1 - 1e-6
        assert scores[name]["kind"] == "rotation" and scores[name]["angle_degrees"] == pytest.approx(
            15.0, abs=1e-3
        )
    assert scores["u2"]["contraction"] == pytest.approx(
        1.0, abs=1e-6
    )  # a real rotation: no contraction to add
    noisy = fo.fixed_operators(_rotated(200, 15.0, noise=0.02, seed=2), seed=3)["after"]["candidates"]
    assert noisy["procrustes"]["fidelity"] > 0.999 and abs(noisy["procrustes"]["angle_degrees"] - 15.0) < 1.0
    lo, hi = noisy["procrustes"]["ci95"]
    assert lo <= noisy["procrustes"]["fidelity"] <= hi < 1
    for c in noisy.values():  # the paired gain: F - F_identity, its interval around it
        assert c["gain"] == pytest.approx(c["fidelity"] - noisy["identity"]["fidelity"], abs=1e-12)
        assert c["gain_ci95"][0] <= c["gain"] <= c["gain_ci95"][1]
    assert noisy["identity"]["gain"] == 0 and noisy["identity"]["gain_ci95"] == [0.0, 0.0]
    gain_lo, gain_hi = noisy["procrustes"]["gain_ci95"]
    assert 0 < gain_lo < gain_hi


def test_a_rotation_in_many_dimensions_is_recovered() -> None:
    """A small rotation of 6-dim states that keeps every amplitude positive (so sqrt(p_out) is R psi_in)."""
    rng = np.random.default_rng(5)
    n, count = 6, 80
    generator = rng.standard_normal((n, n))
    rotation = scipy.linalg.expm(0.15 * (generator - generator.T))
    psi_in = 0.5 + rng.uniform(size=(count, n))
    psi_in /= np.linalg.norm(psi_in, axis=1, keepdims=True)
    psi_out = psi_in @ rotation.T
    assert (psi_out > 0).all()
    traj = Trajectories(np.stack([psi_in**2, psi_out**2], axis=1), ["a", "b"])
    scores = fo.fixed_operators(traj, seed=0)["b"]["candidates"]
    assert scores["procrustes"]["fidelity"] > 1 - 1e-9 and scores["procrustes"]["reflections"] <= n
    assert scores["identity"]["fidelity"] < 1 - 1e-3
    assert (
        scores["reflections_4"]["fit_fidelity"] >= scores["reflections_2"]["fit_fidelity"] - 1e-9
    )  # warm starts


def test_identity_data_gives_the_identity() -> None:
    rng = np.random.default_rng(2)
    p = rng.dirichlet(np.ones(2), size=60)
    traj = Trajectories(np.stack([p, p], axis=1), ["a", "b"])
    scores = fo.fixed_operators(traj, seed=0)["b"]["candidates"]
    assert scores["identity"]["fidelity"] == pytest.approx(1.0) and scores["identity"]["gap_closed"] is None
    for name in ("procrustes", "reflections_2"):
        assert scores[name]["fidelity"] > 1 - 1e-9
        assert scores[name]["kind"] == "rotation" and abs(scores[name]["angle_degrees"]) < 1e-3
    assert scores["mean_householder"]["reflections"] == 0  # no layer moves: no mean vector


def test_gradient_and_factors_are_exact() -> None:
    rng = np.random.default_rng(0)
    psi = np.sqrt(rng.dirichlet(np.ones(5), size=7))
    q = rng.dirichlet(np.ones(5), size=7)
    w = rng.standard_normal((3, 5))
    loss, grad = fo.fidelity_and_gradient(w, psi, np.sqrt(q))
    numeric = np.zeros_like(w)
    for index in np.ndindex(w.shape):
        shifted = w.copy()
        shifted[index] += 1e-7
        numeric[index] = (fo.fidelity_and_gradient(shifted, psi, np.sqrt(q))[0] - loss) / 1e-7
    assert np.max(np.abs(numeric - grad)) < 1e-5
    assert loss == pytest.approx(
        -fo.born_fidelity(fo.Operator("w", w / np.linalg.norm(w, axis=1, keepdims=True)).apply(psi), q).mean()
    )
    for n in (2, 5, 9):
        m = _orthogonal(n, rng)
        factors = fo.householder_factors(m)
        assert len(factors) <= n
        np.testing.assert_allclose(fo.Operator("m", factors).apply(np.eye(n)).T, m, atol=1e-12)


def test_in_place_arithmetic_is_the_plain_formulas_bit_for_bit() -> None:
    """apply and fidelity_and_gradient work in place for speed; every float is the plain formulas' own
    (x - 2 (x.v) v^T per reflection; A = sum |y| sqrt(q), G = -(2/m) A sign(y) sqrt(q)), including exact
    zeros of y: the fits, and so the report, do not move by a bit."""
    rng = np.random.default_rng(3)
    psi = np.sqrt(rng.dirichlet(np.ones(40), size=25))
    psi[:, 7] = 0.0  # zero amplitudes: sign(y) = 0 where the reflections leave them at zero
    sqrt_q = np.sqrt(rng.dirichlet(np.ones(40), size=25))
    w = rng.standard_normal((4, 40))
    w[:, 7] = 0.0
    v = w / np.linalg.norm(w, axis=1, keepdims=True)
    x = psi.copy()
    for row in v:
        x = x - 2.0 * np.outer(x @ row, row)
    assert np.array_equal(fo.Operator("w", v).apply(psi), x) and np.any(x == 0.0)
    m, k = psi.shape[0], v.shape[0]
    vt = v.T
    t = scipy.linalg.solve_triangular(0.5 * np.eye(k) + np.triu(vt.T @ vt, 1), np.eye(k))
    y = psi - (psi @ vt) @ t @ vt.T
    a = np.sum(np.abs(y) * sqrt_q, axis=1)
    g = -(2.0 / m) * a[:, None] * np.sign(y) * sqrt_q
    loss, grad = fo.fidelity_and_gradient(w, psi, sqrt_q)
    assert loss == -float(np.mean(a**2))
    d_b = -(g @ vt)
    d_v = -(g.T @ ((psi @ vt) @ t)) + psi.T @ (d_b @ t.T)
    s = np.triu(-t.T @ ((psi @ vt).T @ d_b) @ t.T, 1)
    d_v = (d_v + vt @ (s + s.T)).T
    norms = np.linalg.norm(w, axis=1)
    assert np.array_equal(grad, (d_v - np.sum(d_v * v, axis=1, keepdims=True) * v) / norms[:, None])


@pytest.mark.parametrize("n", [2, 3, 5, 16])
def test_the_fixed_operator_circuit_is_the_numpy_product(n: int) -> None:
    rng = np.random.default_rng(n)
    psi = np.sqrt(rng.dirichlet(np.ones(n)))
    vectors = rng.standard_normal((3, n))
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    operator = fo.Operator("three", vectors)
    for fmt in ("qasm3", "qasm2"):
        text = qasm.dumps(qasm.transpile_for_export(fixed_operator_circuit(psi, vectors, measure=True)), fmt)
        born = simulation.exact_probabilities([simulation.prepare(qasm.loads(text))])[0]
        np.testing.assert_allclose(born[:n], operator.born(psi[None, :])[0], atol=1e-9)
        assert born[n:].sum() < 1e-9
    u2 = fo.Operator("u2", np.zeros((0, 2)), (0.6, 0.9))
    text = qasm.dumps(
        qasm.transpile_for_export(fixed_operator_circuit([0.8, 0.6], u2=(0.6, 0.9), measure=True))
    )
    born = simulation.exact_probabilities([simulation.prepare(qasm.loads(text))])[0]
    np.testing.assert_allclose(born, u2.born(np.array([[0.8, 0.6]]))[0], atol=1e-9)


def test_held_out_circuits_can_pass_and_can_fail() -> None:
    """The circuits of the right operator pass at the false-alarm level; the identity's fail.

    alpha = 1e-3 is shared by all 30 circuits, so a right operator's circuits all pass except
    with probability at most 1e-3 (the seed is fixed: the outcome is the same on every run).
    """
    result = held_out_test(_rotated(40, 15.0, noise=0.0, seed=4), seed=0, shots=4000, max_circuits=6)
    candidates = result.summary["after"]["candidates"]
    assert (
        candidates["identity"]["pass_rate"] == 0.0 and candidates["identity"]["exact_pass_rate"] == 0.0
    )  # 15°
    for name in ("procrustes", "reflections_1", "reflections_2", "u2"):
        assert candidates[name]["fidelity"] > 1 - 1e-9 and candidates[name]["pass_rate"] == 1.0, name
    assert candidates["procrustes"]["exact_pass_rate"] == 1.0  # closed form: the model's q to 1e-9


def test_held_out_circuits_can_fail_and_run_what_was_fitted() -> None:
    traj = _rotated(40, 25.0, noise=0.05, seed=4)
    result = held_out_test(traj, seed=0, shots=4000, max_circuits=6)
    candidates = result.summary["after"]["candidates"]
    identity, best = candidates["identity"], candidates["procrustes"]
    assert identity["circuits"] == 6 and identity["pass_rate"] == 0.0  # a 25 degree turn is not the identity
    assert identity["total_variation"]["median"] > 0.1
    assert best["circuits"] == 6 and best["exact_pass_rate"] == 0.0  # noise: never exact
    for entry in candidates.values():
        assert entry["circuit_vs_numpy_max_error"] <= 1e-9  # each circuit is the operator that was fitted
    assert {v.circuit for v in result.verdicts} == {f"after/{name}" for name in candidates}
    assert all(c.path.startswith("circuits/heldout/after_") for c in result.circuits)
    fits_only = held_out_test(traj, seed=0, shots=4000, max_circuits=0)  # --heldout-circuits 0
    assert not fits_only.circuits and not fits_only.verdicts
    for name, entry in fits_only.summary["after"]["candidates"].items():
        assert entry["circuits"] == 0 and entry["not_run"] == "no circuits asked for"
        assert entry["fidelity"] == candidates[name]["fidelity"]  # the fits do not depend on the circuits


def test_large_held_out_circuits_get_the_numpy_product_not_the_quantum_info_reference(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Counted as large (the bound at 0 gates), no held-out circuit gets the gate-by-gate reference, failing
    or not: each one's Born distribution is checked against the numpy product instead, and a circuit that
    is not its operator is refused; counted as small (the default bound, these circuits have fewer gates),
    every one gets it and agrees."""
    traj = _rotated(40, 25.0, noise=0.05, seed=4)
    small = held_out_test(traj, seed=0, shots=2000, max_circuits=3)
    assert small.verdicts and all(
        v.reference_max_abs_error is not None and v.reference_max_abs_error <= 1e-9 for v in small.verdicts
    )
    monkeypatch.setattr(checks, "CheckConfig", functools.partial(CheckConfig, reference_always_ops=0))
    result = held_out_test(traj, seed=0, shots=2000, max_circuits=3)
    assert len({v.circuit for v in result.verdicts}) > 1
    assert all(v.reference_max_abs_error is None for v in result.verdicts)
    assert not all(v.passed for v in result.verdicts)  # failing ones too
    assert [v.probabilities for v in result.verdicts] == [v.probabilities for v in small.verdicts]
    for entry in result.summary["after"]["candidates"].values():
        if entry["circuits"]:
            assert entry["circuit_vs_numpy_max_error"] <= 1e-9


def test_a_held_out_circuit_that_is_not_its_operator_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """The numpy product is the held-out circuits' independent check: a circuit off by a 1e-6 rotation
    (still a valid circuit, still exported and run) stops the test with one line."""
    from qiskit import QuantumCircuit

    from qlens_q.errors import SimulationError

    built = checks.fixed_operator_circuit

    def off_by_a_little(*args: Any, **kwargs: Any) -> QuantumCircuit:
        qc = built(*args, **kwargs)
        out = QuantumCircuit(*qc.qregs, *qc.cregs)
        out.ry(1e-6, 0)
        return out.compose(qc)

    monkeypatch.setattr(checks, "fixed_operator_circuit", off_by_a_little)
    with pytest.raises(SimulationError, match=r"^a fixed-operator circuit is not its operator: Born error"):
        held_out_test(_rotated(40, 25.0, noise=0.05, seed=4), seed=0, shots=2000, max_circuits=2)


@pytest.mark.parametrize("value", ["-1", "10001", "x"])
def test_heldout_circuits_option_is_bounded(
    value: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from qlens_q.cli import main

    code = main(["run", "--out", str(tmp_path / "run"), "--heldout-circuits", value, "--quiet"])
    err = capsys.readouterr().err
    assert code == 2 and "--heldout-circuits" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "run").exists()


def test_the_report_recomputes_from_its_trajectories(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = np.random.default_rng(8)
    probs = rng.dirichlet(np.ones(3), size=(12, 3))
    traj = Trajectories(probs, ["e", "m", "final"], ids=[f"x{k}" for k in range(12)])
    result = qlens_q.check(traj, shots=2000, seed=1)
    analysis = qlens_q.analyze(traj, seed=1, permutations=50)
    heldout = held_out_test(traj, seed=1, shots=2000)
    # Of the figures, only fixed_operators.png (asserted below) is rendered, a second or more each: the
    # others are built and listed as before, and rendered by the plotting and run-directory tests.
    render = figures.save_png
    skipped: list[str] = []

    def save_png(fig: Figure, path: str | Path) -> None:
        if Path(path).name == "fixed_operators.png":
            render(fig, path)
        else:
            skipped.append(Path(path).name)

    monkeypatch.setattr(figures, "save_png", save_png)
    result.save(tmp_path / "run", analysis=analysis, heldout=heldout)
    report = load_report(tmp_path / "run")
    listed = {Path(f["path"]).name for f in report["analysis"]["figures"]}
    assert skipped and listed == {*skipped, "fixed_operators.png"}
    saved = Trajectories.load(tmp_path / "run")
    fixed = report["analysis"]["fixed_operators"]
    for layer in saved.layers:
        entry = fixed[layer.name]
        fit = [saved.ids.index(i) for i in entry["fit_ids"]]
        held = [saved.ids.index(i) for i in entry["heldout_ids"]]
        assert sorted(fit + held) == list(range(12)) and not set(fit) & set(held)
        again = fo.refit(saved, layer.name, seed=1)
        assert list(again.fit) == fit and list(again.heldout) == held
        psi, q = np.sqrt(saved.probs[held, layer.index]), saved.probs[held, layer.index + 1]
        for op in again.operators:
            recorded = entry["candidates"][op.name]
            assert fo.born_fidelity(op.apply(psi), q).mean() == pytest.approx(recorded["fidelity"], abs=1e-12)
            if "vectors" in recorded:  # the operator itself is in the report for small N
                np.testing.assert_allclose(
                    np.array(recorded["vectors"]).reshape(-1, 3), op.reflections, atol=1e-12
                )
    assert (tmp_path / "run" / "figures" / "fixed_operators.png").is_file()
    assert "held-out test" in (tmp_path / "run" / "report.md").read_text()
    json.dumps(report, allow_nan=False)


def test_too_few_examples_are_refused() -> None:
    with pytest.raises(InputError, match="at least 4 examples"):
        fo.fixed_operators(_rotated(3, 10.0, 0.0, 0))


@pytest.mark.parametrize("n", [2, 3, 8, 16])
def test_more_reflections_never_fit_worse(n: int) -> None:
    """On the fit half, reflections_k is at least reflections_(k-1), identity, and a Procrustes it can hold."""
    rng = np.random.default_rng(n)
    same = rng.dirichlet(np.ones(n), size=20)
    for probs in (np.stack([same, same], axis=1), rng.dirichlet(np.ones(n), size=(30, 2))):
        candidates = fo.fixed_operators(Trajectories(probs, ["a", "b"]), seed=0)["b"]["candidates"]
        floor = candidates["identity"]["fit_fidelity"]
        for k in (k for k in fo.REFLECTIONS if k <= n):
            fit = candidates[f"reflections_{k}"]["fit_fidelity"]
            assert fit >= floor - 1e-12, (k, fit, floor)
            if candidates["procrustes"]["reflections"] <= k:
                assert fit >= candidates["procrustes"]["fit_fidelity"] - 1e-12
            floor = fit
        if probs is not None and np.array_equal(probs[:, 0], probs[:, 1]):  # identity data: exactly 1
            assert all(
                c["fidelity"] > 1 - 1e-9 for c in candidates.values() if c["reflections"] != 1 or n > 2
            )


def test_no_gap_share_when_identity_is_already_exact() -> None:
    rng = np.random.default_rng(3)
    p = rng.dirichlet(np.ones(2), size=20)
    for probs in (p, np.repeat(p[:1], 20, axis=0)):
        candidates = fo.fixed_operators(Trajectories(np.stack([probs, probs], 1), ["a", "b"]), seed=0)
        assert all(c["gap_closed"] is None for c in candidates["b"]["candidates"].values())


def test_procrustes_leaves_directions_the_fit_states_do_not_reach() -> None:
    """Fit states in a 2-dimensional span of a 64-dimensional space: nothing outside it may turn."""
    rng = np.random.default_rng(0)
    n, m = 64, 10
    basis = np.abs(rng.standard_normal((2, n)))
    psi = rng.uniform(0.1, 1, (m, 2)) @ basis
    psi /= np.linalg.norm(psi, axis=1, keepdims=True)
    op = fo.procrustes(psi, psi)
    np.testing.assert_allclose(op.apply(np.eye(n)), np.eye(n), atol=1e-9)
    rotation = scipy.linalg.expm(0.3 * np.array([[0.0, -1.0], [1.0, 0.0]]))
    q, _ = np.linalg.qr(basis.T)
    turned = psi @ (np.eye(n) + q @ (rotation - np.eye(2)) @ q.T).T
    op = fo.procrustes(psi, turned)
    assert op.reflections.shape[0] <= 2
    np.testing.assert_allclose(op.apply(psi), turned, atol=1e-9)
    outside = rng.standard_normal(n)
    outside -= q @ (q.T @ outside)
    np.testing.assert_allclose(op.apply(outside[None, :])[0], outside, atol=1e-9)


def test_examples_of_one_document_stay_on_one_side() -> None:
    documents = [7, 7, 7, 3, 3, 9, 9, 9, 9, 1, 2, 2]
    fit, held = fo.split_examples(len(documents), seed=5, layer=0, groups=documents)
    assert sorted([*fit, *held]) == list(range(12))
    assert not {documents[i] for i in fit} & {documents[i] for i in held}
    assert 6 <= len(fit) <= 9  # whole documents until half the examples
    plain = fo.split_examples(12, seed=5, layer=0)
    unique = fo.split_examples(12, seed=5, layer=0, groups=list(range(12)))
    assert all((a == b).all() for a, b in zip(plain, unique, strict=True))  # one per document: unchanged
