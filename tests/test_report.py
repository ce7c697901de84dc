"""report.json and report.md from typed results: build_report, analysis_section, render_markdown."""

from __future__ import annotations

import dataclasses
import json

import numpy as np
import pytest

import qlens_q
from qlens_q.errors import InputError
from qlens_q.report import analysis_markdown, analysis_section, build_report, render_markdown, summary
from qlens_q.stats.analysis import PAPER, Analysis
from qlens_q.trajectories import Trajectories


@pytest.fixture(scope="module")
def checked() -> tuple[Trajectories, qlens_q.CheckResult]:
    probs = np.random.default_rng(11).dirichlet(np.ones(2), size=(5, 3))
    probs[1, 1] = probs[1, 0]  # example 1's attention is the identity
    traj = Trajectories(probs, ["embed", "attention", "mlp"], ids=[f"s{k}" for k in range(5)],
                        output_names=["neg", "pos"], meta={"label": [0, 1, 0, 1, 1]})  # fmt: skip
    return traj, qlens_q.check(traj, shots=300, seed=0)


def test_verdict_finds_a_circuit_by_example_and_name(
    checked: tuple[Trajectories, qlens_q.CheckResult],
) -> None:
    traj, result = checked
    rows = build_report(result)["examples"]
    for k, example in enumerate(traj.ids):
        for name in ("attention", "mlp", "trajectory"):
            v = result.verdict(example, name)
            assert v is result.verdict(k, name) and (v.example, v.circuit) == (example, name)
            assert rows[k]["crosscheck"][name]["passed"] == v.passed
            assert rows[k]["crosscheck"][name]["max_abs_error"] == v.max_abs_error
    assert rows[1]["identity_layer"] == {"attention": True, "mlp": False}
    for example, name, message in ((9, "mlp", "outside 0..4"), ("s9", "mlp", "no example"),
                                   ("s0", "ffn", "unknown circuit"), (1.0, "mlp", "id or index")):  # fmt: skip
        with pytest.raises(InputError, match=message):
            result.verdict(example, name)  # type: ignore[arg-type]


def test_summary_counts_verdicts_per_circuit(checked: tuple[Trajectories, qlens_q.CheckResult]) -> None:
    _, result = checked
    failed = dataclasses.replace(result.verdict("s2", "mlp"), passed=False)
    verdicts = tuple(failed if v is result.verdict("s2", "mlp") else v for v in result.verdicts)
    s = summary(dataclasses.replace(result, verdicts=verdicts))
    assert (s["circuits"], s["passed"], s["failed"], s["identity_layers"]) == (15, 14, 1, 1)
    assert s["per_layer"]["mlp"]["passed"] == 4 and s["per_layer"]["trajectory"]["passed"] == 5


def test_the_analysis_section_and_markdown_come_from_the_typed_analysis(
    checked: tuple[Trajectories, qlens_q.CheckResult],
) -> None:
    traj, result = checked
    analysis = qlens_q.analyze(traj, seed=1, permutations=20, verdicts=result.verdicts)
    figures = [{"path": "figures/depth.png", "caption": "depth"}]
    report = build_report(result, analysis=analysis, figures=figures)
    section = report["analysis"]
    assert section == analysis_section(analysis, None, figures)
    assert "seconds" not in section and section["figures"] == figures and "fixed_operators" not in section
    assert list(section)[:3] == ["format", "seed", "permutations"] and section["paper"] == PAPER
    assert Analysis.from_dict(json.loads(json.dumps(section))) == dataclasses.replace(analysis, seconds=None)
    md = render_markdown(report)
    assert analysis_markdown(analysis) in md and "![depth](figures/depth.png)" in md
    attention = analysis.layer("attention")
    assert attention.unitary_similarity is not None
    # Data of unknown source: the paper's SentiHood numbers are not set beside ours.
    assert "0.8398" not in md and "(SentiHood" not in md
    on_sentihood = render_markdown({**report, "data": {"source": "sentihood"}})
    assert analysis_markdown(analysis, paper=True) in on_sentihood
    assert f"**{attention.unitary_similarity.layer:.4f}** (0.8398)" in on_sentihood  # ours beside the paper's
    assert "| 5 paired examples |" not in on_sentihood and "| 4 paired examples |" in on_sentihood
    assert "0.8398" not in render_markdown({**report, "data": {"source": "builtin"}})
    plain = build_report(result)
    assert "analysis" not in plain and "## QLENS analysis" not in render_markdown(plain)


def test_markdown_of_many_outputs_lists_pca_and_top_outputs() -> None:
    probs = np.random.default_rng(3).dirichlet(np.full(70, 0.2), size=(6, 3))
    traj = Trajectories(probs, ["a", "b", "final"], output_names=[f"w{j}" for j in range(70)])
    analysis = qlens_q.analyze(traj, seed=0, permutations=10, top_k=2)
    md = analysis_markdown(analysis)
    b = analysis.layer("b")
    assert b.householder_mean is not None and b.householder_mean.mean_top is not None
    name, x = b.householder_mean.mean_top[0]
    assert f"{name} {x:+.2f}" in md  # the largest coordinate of the mean v, named
    assert "For N = 70 every unitary similarity lies within" in md
    assert b.top_outputs is not None and f"{b.top_outputs.raised[0].output} " in md
    assert md.count("| householder |") == 2 and "| b → final |" in md
