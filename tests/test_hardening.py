"""Hardening, second pass (issue 21, classes 5-8): reports that never overstate, interrupts at any
moment, errors from inside torch, and the small ones. Each test stands for its class."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import numpy as np
import pytest
from helpers import LOAD_ARGS, run_cli

import qlens_q
from qlens_q.report import build_report, lens_shortfalls, render_markdown
from qlens_q.stats.analysis import NEGLIGIBLE_MOVE, Analysis
from qlens_q.trajectories import Trajectories

# ------------------------------------------------------------------ 5. reports that never overstate


@pytest.mark.parametrize("with_lenses", [True, False], ids=["lens.json", "no lens.json"])
def test_a_loaded_model_s_report_says_where_its_lenses_come_from(
    small_run: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], with_lenses: bool
) -> None:
    model = tmp_path / "model"
    shutil.copytree(small_run / "model", model)
    if not with_lenses:
        for lens_file in model.glob("lens.*"):
            lens_file.unlink()
    out = tmp_path / "out"
    code, _, err = run_cli(capsys, *LOAD_ARGS, "--model", str(model), "--out", str(out))
    assert code == 0, err
    notes = json.loads((out / "report.json").read_text())["notes"]
    md = (out / "report.md").read_text()
    assert not any("lenses loaded" in note or "Model and lenses" in note for note in notes)
    assert any(note.startswith(f"Model loaded from `{model}`, not trained in this run") for note in notes)
    loaded = [note for note in notes if note.startswith("Lenses loaded from")]
    refitted = [note for note in notes if "holds no lens.json: the lenses were fitted in this run" in note]
    assert (len(loaded), len(refitted)) == ((1, 0) if with_lenses else (0, 1))
    assert (loaded or refitted)[0] in md


def _two_class(k: int = 8, seed: int = 0) -> np.ndarray:
    return np.random.default_rng(seed).dirichlet(np.ones(2), size=(k, 3))


def test_a_sub_layer_that_moves_by_round_off_is_read_as_the_identity() -> None:
    """A sub-layer moving every state by ~1e-7 (a hook on the last block's output against the model's own
    logits) has no reflections and no similarity test; a real move just above the bound keeps both."""
    rng = np.random.default_rng(1)
    probs = _two_class(30)
    probs[:, 2] = probs[:, 1] + rng.normal(0, 1e-7, size=(30, 1)) * np.array([1.0, -1.0])
    traj = Trajectories(probs, ["embed", "block", "final"])
    analysis = qlens_q.analyze(traj, seed=0, permutations=200)
    trivial, real = analysis.layer("final"), analysis.layer("block")
    assert trivial.negligible_move is not None and trivial.negligible_move <= NEGLIGIBLE_MOVE
    assert (trivial.identity_layers, trivial.reflections) == (30, 0)
    assert trivial.unitary_similarity is None and trivial.hamiltonian_similarity is None
    assert trivial.householder_mean is None and trivial.delta_psi.theorem1_max_error < 1e-12
    assert real.negligible_move is None and real.reflections == 30 and real.unitary_similarity is not None
    assert analysis.consecutive[0].examples == 0 and "Negligible sub-layers" in analysis.notes[-1]
    assert Analysis.from_dict(json.loads(json.dumps(analysis.to_dict()))).layer("final") == trivial
    # Without such a layer the analysis (and so report.json) has no new key or note.
    plain = qlens_q.analyze(
        Trajectories(_two_class(30), ["embed", "block", "final"]), seed=0, permutations=20
    )
    assert (
        "negligible_move" not in json.dumps(plain.to_dict()) and len(plain.notes) == len(analysis.notes) - 1
    )
    # A move of 2x the bound is a move: one example is enough.
    probs[0, 2] = probs[0, 1] + np.array([1.0, -1.0]) * 2 * NEGLIGIBLE_MOVE * np.sqrt(probs[0, 1, 0])
    moved = qlens_q.analyze(Trajectories(probs, ["embed", "block", "final"]), seed=0, permutations=20)
    assert moved.layer("final").negligible_move is None and moved.layer("final").reflections == 30


def test_report_md_opens_with_what_can_fail_and_defines_every_term_once() -> None:
    probs = _two_class(8)
    traj = Trajectories(probs, ["embedding", "attention", "final"], ids=[f"s{k}" for k in range(8)])
    traj = traj.with_lens(
        {
            "embedding": {"kl": 0.30, "agreement": 0.083, "kl_identity": 0.25, "agreement_identity": 0.250},
            "attention": {"kl": 0.01, "agreement": 0.990, "kl_identity": 0.05, "agreement_identity": 0.900},
        }
    )
    result = qlens_q.check(traj, shots=300, seed=0)
    heldout = qlens_q.held_out_test(traj, seed=0, shots=300, max_circuits=1)
    analysis = qlens_q.analyze(traj, seed=0, permutations=20)
    report = build_report(
        result, analysis=analysis, heldout=heldout, sections={"data": {"source": "builtin"}}
    )
    md = render_markdown(report)
    assert lens_shortfalls(report["lens"]) == [
        "embedding (agrees with the model 0.083 vs 0.250, KL 0.3000 vs 0.2500)"
    ]
    top = md.index("## What can fail")
    s = report["summary"]
    count = md.index(f"**{s['passed']} / {s['circuits']} circuits passed**")
    assert top < md.index("by construction") < count  # by construction is said before the count
    assert (
        md.index("Worse than the identity lens at** embedding (agrees with the model 0.083 vs 0.250") < count
    )
    assert "does worse than the identity lens at** embedding" in md  # and again under the lens table
    for term in ("*⟨M⟩*:", "*Gap closed*:", "*exact*, its Born distribution", "*Held-out fidelity F*:"):
        assert md.count(term) == 1, term
    assert md.index("Terms:") < md.index("## Lenses")
    assert "0.8398" not in md and "SentiHood" not in md  # builtin data: no paper numbers beside ours
    # Without a held-out test its terms are not defined (nothing uses them).
    assert "*Gap closed*" not in render_markdown(build_report(result))


# ------------------------------------------------------------------ 8. small ones


def test_lens_metrics_never_reports_a_negative_kl() -> None:
    """Lens logits within float32 round-off of the model's: float32's KL comes out negative for about half
    such draws, lens_metrics' float64 one never does and matches the exact value."""
    import torch

    from qlens_q.nn.lenses import kl_final_lens, lens_metrics

    negative_in_float32 = 0
    for seed in range(20):
        g = torch.Generator().manual_seed(seed)
        final = torch.randn(64, 50, generator=g) * 5
        lens = final + torch.randn(64, 50, generator=g) * 1e-6
        negative_in_float32 += float(kl_final_lens(final, lens)) < 0
        metrics = lens_metrics({"a": lens}, final, lambda h: h, None)["a"]
        p = torch.softmax(final.double(), -1)
        exact = float(
            (p * (torch.log_softmax(final.double(), -1) - torch.log_softmax(lens.double(), -1)))
            .sum(-1)
            .mean()
        )
        assert metrics["kl"] >= 0.0 and metrics["kl_identity"] >= 0.0
        assert metrics["kl"] == pytest.approx(max(exact, 0.0), abs=1e-15)
    assert negative_in_float32 > 0  # the case exists
    same = torch.randn(8, 5)
    assert lens_metrics({"a": same}, same, lambda h: h, None)["a"]["kl"] == 0.0


def test_vocab_refusal_names_the_option_and_the_bound_that_holds(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from qlens_q.data.lm_corpus import MIN_VOCAB

    never = tmp_path / "never"
    code, out, err = run_cli(
        capsys, "run", "--task", "lm", "--vocab", str(MIN_VOCAB - 1), "--out", str(never)
    )
    assert (code, out) == (2, "") and err.count("\n") == 1
    assert err.startswith("qlens-q: error: --vocab: must be an integer from 55 ") and "vocab_size" not in err
    assert not never.exists()


def test_a_model_folder_s_tokenizer_json_is_covered_by_its_sha256(
    small_run: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    model = tmp_path / "model"
    shutil.copytree(small_run / "model", model)
    saved = json.loads((model / "tokenizer.json").read_text())
    assert len(saved["sha256"]) == 64
    tokens = saved["tokens"]
    tokens[-1], tokens[-2] = tokens[-2], tokens[-1]  # damage that leaves a well-formed vocabulary
    (model / "tokenizer.json").write_text(json.dumps(saved))
    out = tmp_path / "out"
    code, _, err = run_cli(capsys, *LOAD_ARGS, "--model", str(model), "--out", str(out))
    assert code == 2 and err.count("\n") == 1 and "tokenizer.json: sha256 differs from its content" in err
    assert not out.exists()


def test_progress_bars_only_on_a_terminal(
    small_run: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    args = [a for a in LOAD_ARGS if a != "--quiet"]
    code, _, err = run_cli(capsys, *args, "--model", str(small_run / "model"), "--out", str(tmp_path / "a"))
    assert code == 0 and err == ""  # stderr is not a terminal here: no bar
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    code, _, err = run_cli(capsys, *args, "--model", str(small_run / "model"), "--out", str(tmp_path / "b"))
    assert code == 0 and "%|" in err  # a terminal: bars
    code, _, err = run_cli(
        capsys, *LOAD_ARGS, "--model", str(small_run / "model"), "--out", str(tmp_path / "c")
    )
    assert code == 0 and err == ""  # --quiet: none, even there


def test_a_run_leaves_nothing_but_its_folder_in_the_working_folder(
    small_run: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """No compile cache (torch inductor, triton, numba), lock or temporary file lands where the user runs."""
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    args = [a for a in LOAD_ARGS if a != "--no-analysis"]
    code, _, err = run_cli(capsys, *args, "--model", str(small_run / "model"), "--limit", "4",
                           "--permutations", "20", "--heldout-circuits", "1", "--out", "run")  # fmt: skip
    assert code == 0, err
    assert sorted(p.name for p in work.iterdir()) == ["run"]
