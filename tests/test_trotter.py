"""The Trotter study: its maths (qlens_q.stats.trotter, no simulation) and the study that simulates
(experiments/trotter_study.py, on sys.path through conftest)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from qlens_q.plotting.figures import trotter_figure
from qlens_q.stats.trotter import fidelities, trotter_cases


def test_cases_are_seeded_and_ordered_structured_first() -> None:
    cases = trotter_cases(sizes=(2, 4), reps=(1, 2), orders=(1, 2), pairs=2, seed=3)
    assert len(cases) == 2 * 2 * (1 + 2 * 2)
    assert [c.method for c in cases[:5]] == ["structured"] + ["evolution"] * 4
    assert [(c.order, c.reps) for c in cases[1:5]] == [(1, 1), (1, 2), (2, 1), (2, 2)]
    assert [c.spec["num_qubits"] for c in cases[::5]] == [1, 1, 2, 2]
    again = trotter_cases(sizes=(2, 4), reps=(1, 2), orders=(1, 2), pairs=2, seed=3)
    assert all(np.array_equal(a.target, b.target) for a, b in zip(cases, again, strict=True))
    other = trotter_cases(sizes=(2, 4), reps=(1, 2), orders=(1, 2), pairs=2, seed=4)
    assert not np.allclose(cases[0].target, other[0].target)


def test_target_is_the_exact_output_psi_out() -> None:
    for case in trotter_cases(sizes=(2, 4, 8), reps=(1,), orders=(1,), seed=0):
        op = case.operator
        np.testing.assert_allclose(case.target, op.psi_out, atol=1e-12)  # U psi_in = psi_out (real)
        np.testing.assert_allclose(np.linalg.norm(case.target), 1.0, atol=1e-12)


def test_fidelities_tell_a_phase_error_from_a_born_error() -> None:
    target = np.array([0.6, 0.8], dtype=complex)
    assert fidelities(target, -1j * target) == {
        "state_fidelity": 1.0,
        "born_fidelity": 1.0,
        "max_abs_error": 0.0,
    }
    phased = np.array([0.6, -0.8], dtype=complex)  # a relative phase: invisible to the Born rule
    f = fidelities(target, phased)
    assert f["born_fidelity"] == pytest.approx(1.0) and f["max_abs_error"] == pytest.approx(0.0)
    assert f["state_fidelity"] == pytest.approx((0.36 - 0.64) ** 2)
    swapped = np.array([0.8, 0.6], dtype=complex)
    g = fidelities(target, swapped)
    assert g["max_abs_error"] == pytest.approx(0.28)
    assert g["born_fidelity"] == pytest.approx((2 * 0.48) ** 2) and g["state_fidelity"] == pytest.approx(
        0.96**2
    )


def test_stats_trotter_does_not_simulate() -> None:
    import qlens_q.stats.trotter as module

    source = Path(module.__file__).read_text(encoding="utf-8")
    assert "simulation" not in {name for name in vars(module)} and "qiskit_aer" not in source
    assert "import simulation" not in source and "from qlens_q.simulation" not in source


def test_trotter_study_and_figure(tmp_path: Path) -> None:
    from trotter_study import trotter_study

    rows = trotter_study(sizes=(2, 4), reps=(1, 2), orders=(1, 2), seed=0)
    assert {r["method"] for r in rows} == {"structured", "evolution"}
    assert list(rows[0]) == [
        "num_classes", "num_qubits", "pair", "method", "order", "reps",
        "state_fidelity", "born_fidelity", "max_abs_error", "two_qubit_gates", "gates", "depth",
    ]  # fmt: skip
    assert all(r["state_fidelity"] == pytest.approx(1.0) for r in rows if r["method"] == "structured")
    assert trotter_figure(rows, tmp_path / "trotter.png")
    assert (tmp_path / "trotter.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
