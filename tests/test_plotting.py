"""Figures from arrays and typed results: nothing in qlens_q.plotting simulates or imports Aer or torch."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import qlens_q
from qlens_q.checks import flow_curves
from qlens_q.plotting import figures
from qlens_q.plotting.figures import flow_figure, make_figures, shown_layers, similarity_figure
from qlens_q.results import FlowCurves, pick_example
from qlens_q.trajectories import Trajectories


def _png(path: Path) -> bool:
    return path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_plotting_loads_neither_aer_nor_torch() -> None:
    code = (
        "import sys, qlens_q.plotting, qlens_q.plotting.figures; "
        "print(sorted(m for m in ('qiskit_aer', 'torch', 'qlens_q.checks', 'qlens_q.simulation') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_the_flow_figure_draws_given_curves_and_reports_their_errors(tmp_path: Path) -> None:
    times, fine = np.linspace(0, 1, 3), np.linspace(0, 1, 7)
    exact = np.stack([np.column_stack([np.cos(np.pi * fine / 2) ** 2, np.sin(np.pi * fine / 2) ** 2])])
    at = np.stack([np.column_stack([np.cos(np.pi * times / 2) ** 2, np.sin(np.pi * times / 2) ** 2])])
    measured = at.copy()
    measured[0, 1] += [0.01, -0.01]
    flow = FlowCurves(0, (1,), times, fine, exact, at, measured)
    traj = Trajectories(np.full((2, 3, 2), 0.5), ["a", "b", "final"])
    caption, errors = flow_figure(traj, flow, tmp_path / "flow.png")
    assert errors == {"final": pytest.approx(0.01)} and _png(tmp_path / "flow.png")
    assert "at 3 times t" in caption and "Example 0" in caption


def test_flow_curves_match_the_closed_form_and_make_figures_draws_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    probs = np.random.default_rng(4).dirichlet(np.ones(3), size=(4, 3))
    traj = Trajectories(probs, ["e", "b0", "final"])  # two sub-layers: every figure draws a panel each
    k = pick_example(traj)
    flow = flow_curves(traj, k, steps=4)
    assert flow.example == k and flow.sublayers == (0, 1) and flow.measured.shape == (2, 4, 3)
    assert float(flow.errors.max()) < 1e-9  # Aer on the exported circuits is the closed form
    np.testing.assert_allclose(flow.exact[:, 0], probs[k, :-1], atol=1e-12)  # t = 0: p_in
    np.testing.assert_allclose(flow.exact[:, -1], probs[k, 1:], atol=1e-12)  # t = alpha: p_out
    analysis = qlens_q.analyze(traj, seed=0, permutations=10)
    out = tmp_path / "figures"
    out.mkdir()
    # Without the flow, the figures are listed and built but not rendered (rendering takes seconds each):
    # the call with the flow below renders every one of them again, into the same paths, and is checked.
    saved: list[str] = []
    with monkeypatch.context() as m:
        m.setattr(figures, "save_png", lambda fig, path: saved.append(Path(path).name))
        without = {Path(f["path"]).name for f in make_figures(traj, analysis, out)}
    assert sorted(saved) == sorted(without)
    assert "hamiltonian_flow.png" not in without and "fixed_operators.png" not in without
    drawn = make_figures(traj, analysis, out, flow=flow)
    assert {Path(f["path"]).name for f in drawn} == without | {"hamiltonian_flow.png"}
    assert all(_png(tmp_path / f["path"]) for f in drawn)


def test_similarity_figure_leaves_out_a_test_that_did_not_run(tmp_path: Path) -> None:
    probs = np.random.default_rng(5).dirichlet(np.ones(2), size=(3, 3))
    probs[:, 1] = probs[:, 0]  # the first sub-layer is the identity everywhere: no Hamiltonian test
    traj = Trajectories(probs, ["x", "y", "final"])
    analysis = qlens_q.analyze(traj, seed=0, permutations=10)
    assert analysis.layer("y").hamiltonian_similarity is None
    assert "random Householder" in similarity_figure(traj, analysis, tmp_path / "s.png")
    assert _png(tmp_path / "s.png")
    assert shown_layers(traj, 1) == [1]  # the sub-layer that moves the examples


def test_a_run_with_more_sub_layers_than_panels_gets_its_figures(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """14 points (13 sub-layers, one more than a figure's 12 panels; MiniLM's runs have 12): each
    per-sub-layer figure shows the 12 that move the examples most, in depth order, and the histograms (at
    most 4 sub-layers) are left out. Built, not rendered (matplotlib's rendering is tested above)."""
    probs = np.random.default_rng(6).dirichlet(np.ones(2), size=(5, 14))
    probs[:, 3] = probs[:, 2]  # one identity sub-layer: it moves nothing, so it is the one left out
    traj = Trajectories(probs, [f"p{i}" for i in range(13)] + ["final"])
    panels = shown_layers(traj)
    assert len(panels) == figures.MAX_PANELS and panels == sorted(panels) and 2 not in panels
    analysis = qlens_q.analyze(traj, seed=0, permutations=10)
    saved: list[str] = []
    monkeypatch.setattr(figures, "save_png", lambda fig, path: saved.append(Path(path).name))
    drawn = {Path(f["path"]).name for f in make_figures(traj, analysis, tmp_path / "figures")}
    assert sorted(saved) == sorted(drawn)
    assert "similarity_histograms.png" not in drawn and {"depth.png", "householder_vectors.png"} <= drawn
