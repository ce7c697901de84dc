"""`qlens-q run` end to end on a small budget, and its refusals."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from qlens_q.cli import main
from qlens_q.pipeline import RunConfig, run
from qlens_q.report import REPORT_FORMAT
from qlens_q.rundir import load_report
from qlens_q.trajectories import Trajectories

SMALL = {"data": "builtin:300", "epochs": 1, "limit": 4, "shots": 2000, "progress": False, "analysis": False}


@pytest.fixture(scope="module")
def small_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("runs") / "small"
    run(RunConfig(out=str(out), **SMALL), log=lambda _: None)
    return out


def test_report_contents(small_run: Path) -> None:
    report = load_report(small_run)
    assert report["summary"] == {
        **report["summary"],
        "examples": 4,
        "circuits": 12,
        "failed": 0,
        "passed": 12,
    }
    assert 0.0 <= report["model"]["metrics"]["test accuracy"] <= 1.0
    assert set(report["lens"]) == {"embedding", "attention"}
    assert report["points"] == ["embedding", "attention", "final"] and report["sublayers"] == [
        "attention",
        "mlp",
    ]
    traj = Trajectories.load(small_run)
    assert traj.ids == tuple(ex["id"] for ex in report["examples"]) and traj.output_names == (
        "negative",
        "positive",
    )
    for k, ex in enumerate(report["examples"]):
        np.testing.assert_array_equal(traj.probs[k], [ex["probs"][p] for p in traj.points])
        for name in ("embedding", "attention", "final"):
            p = np.asarray(ex["probs"][name])
            assert p.shape == (2,) and abs(p.sum() - 1) < 1e-12 and (p >= 0).all()
        for layer in ("attention", "mlp", "trajectory"):
            path = small_run / ex["circuits"][layer]
            assert path.is_file() and path.read_text().splitlines()[1] == "OPENQASM 3.0;"
            verdict = ex["crosscheck"][layer]
            assert verdict["passed"] and verdict["max_abs_error"] <= 1e-9
        # the trajectory circuit's Born distribution is the model's softmax
        np.testing.assert_allclose(
            ex["crosscheck"]["trajectory"]["probabilities"], ex["probs"]["final"], atol=1e-9
        )
    for name in ("config.json", "model.safetensors", "tokenizer.json", "lens.json", "lens.safetensors"):
        assert (small_run / "model" / name).is_file()
    md = (small_run / "report.md").read_text()
    assert "12 / 12 circuits passed" in md and "constant distribution" in md  # the cls readout's note
    assert not list(small_run.parent.glob(".*partial*"))


def test_same_seed_same_report_and_model_reload(small_run: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    run(RunConfig(out=str(again), **SMALL), log=lambda _: None)
    assert (again / "report.json").read_bytes() == (small_run / "report.json").read_bytes()
    loaded = tmp_path / "loaded"
    run(
        RunConfig(out=str(loaded), model=str(small_run / "model"), **{**SMALL, "epochs": None}),
        log=lambda _: None,
    )
    a, b = load_report(small_run), load_report(loaded)
    assert [e["probs"] for e in a["examples"]] == [e["probs"] for e in b["examples"]]


def test_rerun_replaces_an_earlier_run(small_run: Path, tmp_path: Path) -> None:
    out = tmp_path / "r"
    stale = tmp_path / ".r.partial-999999999"  # left by a run killed with SIGKILL (no such pid)
    (stale / "circuits").mkdir(parents=True)
    for seed in (1, 2):
        assert run(RunConfig(out=str(out), seed=seed, **{**SMALL, "limit": 1}), log=lambda _: None)
    assert load_report(out)["config"]["seed"] == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r"]


@pytest.mark.parametrize(("shot_examples", "shot"), [(0, 0), (2, 2), (None, 4)])
def test_shot_examples_choose_the_examples_with_shots(
    small_run: Path, tmp_path: Path, shot_examples: int, shot: int
) -> None:
    """The small run's model again, loaded: its first ``shot`` examples' circuits have the counts of the run
    that shot all four (the same seeds), the others none; every circuit has the same exact verdict."""
    out = tmp_path / "run"
    config = {**SMALL, "epochs": None, "model": str(small_run / "model"), "shot_examples": shot_examples}
    report = run(RunConfig(out=str(out), **config), log=lambda _: None)  # type: ignore[arg-type]
    full = load_report(small_run)
    assert report["crosscheck"]["shot_examples"] == shot and report["summary"]["failed"] == 0
    for k, (ex, whole) in enumerate(zip(report["examples"], full["examples"], strict=True)):
        for layer, verdict in ex["crosscheck"].items():
            assert verdict["probabilities"] == whole["crosscheck"][layer]["probabilities"]
            assert verdict["shots"] == (2000 if k < shot else 0)
            assert verdict["counts"] == (whole["crosscheck"][layer]["counts"] if k < shot else [0, 0])
    md = (out / "report.md").read_text()
    if shot == 4:  # every example's circuits: the report says nothing of a sample
        assert "2,000 shots, seed" in md and "Shots ran on" not in md and "No circuit had shots" not in md
    elif shot == 0:
        assert "10,000 shots" not in md and "2,000 shots for none of the circuits" in md
        assert (
            "No circuit had shots (`--shot-examples 0`); Aer's exact Born and ⟨M⟩ checks ran on all 12." in md
        )
    else:
        assert "2,000 shots on each circuit of the first 2 of 4 examples" in md
        assert "Shots ran on the 6 circuits of the first 2 examples" in md


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(["run", "--quiet", "--no-analysis", "--data", "builtin:300", "--limit", "1", *args])
    return code, capsys.readouterr().err


def test_shot_examples_all_on_the_command_line(
    small_run: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "all"
    code, err = _cli(capsys, "--out", str(out), "--model", str(small_run / "model"), "--shot-examples", "all")
    assert code == 0, err
    report = load_report(out)
    assert report["config"]["shot_examples"] is None and report["crosscheck"]["shot_examples"] == 1
    assert all(v["shots"] == 10_000 for v in report["examples"][0]["crosscheck"].values())


def test_bad_run_inputs(small_run: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a_file = tmp_path / "file"
    a_file.write_text("x")
    code, err = _cli(capsys, "--out", str(a_file))
    assert code == 2 and "exists and is not a directory" in err
    code, err = _cli(capsys, "--out", str(tmp_path / "o"), "--data", str(tmp_path / "nowhere"))
    assert code == 2 and "does not exist" in err
    stranger = tmp_path / "stranger"
    stranger.mkdir()
    (stranger / "notes.txt").write_text("mine")
    code, err = _cli(capsys, "--out", str(stranger))
    assert code == 2 and "holds no qlens-q run" in err and (stranger / "notes.txt").read_text() == "mine"
    broken = tmp_path / "broken_model"
    broken.mkdir()
    for f in (small_run / "model").iterdir():
        (broken / f.name).write_bytes(f.read_bytes())
    config = json.loads((broken / "config.json").read_text())
    (broken / "config.json").write_text(json.dumps({**config, "d_model": 64}))
    code, err = _cli(capsys, "--out", str(tmp_path / "o2"), "--model", str(broken))
    assert code == 2 and "model.safetensors" in err and "sha256 differs" in err
    empty = tmp_path / "empty_data"
    empty.mkdir()
    code, err = _cli(capsys, "--out", str(tmp_path / "o3"), "--data", str(empty))
    assert code == 2 and err.count("\n") == 1
    for kind, record in (("broken", '[{"id": 1, "text": "x", "opinions": ['), ("empty", "[]")):
        folder = tmp_path / kind
        folder.mkdir()
        for part in ("train", "dev", "test"):
            (folder / f"sentihood-{part}.json").write_text(record)
        code, err = _cli(capsys, "--out", str(tmp_path / "o4"), "--data", str(folder))
        assert code == 2 and err.count("\n") == 1
        assert ("not readable as JSON" if kind == "broken" else "empty corpus") in err
    assert not any((tmp_path / o).exists() for o in ("o", "o2", "o3", "o4"))


@pytest.mark.skipif(
    not os.environ.get("QLENS_SENTIHOOD_DIR"), reason="set QLENS_SENTIHOOD_DIR to the SentiHood JSON folder"
)
def test_sentihood_run(tmp_path: Path) -> None:
    out = tmp_path / "senti"
    config = RunConfig(out=str(out), **{**SMALL, "data": os.environ["QLENS_SENTIHOOD_DIR"]})
    report = run(config, log=lambda _: None)
    assert (report["data"]["train"], report["data"]["test"]) == (856, 214)
    assert report["summary"]["failed"] == 0


def test_analyze_command_adds_a_deterministic_analysis(
    small_run: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copies = [tmp_path / "a", tmp_path / "b", tmp_path / "c", tmp_path / "d"]
    extra = [[], [], ["--seed", "42"], ["--seed", "0"]]  # the run's seed is 42 (RunConfig's default)
    for copy, args in zip(copies, extra, strict=True):
        shutil.copytree(small_run, copy)
        assert main(["analyze", str(copy), "--permutations", "200", "--no-figures", *args]) == 0
    assert "qlens-q analyze" in capsys.readouterr().out
    assert load_report(small_run)["config"]["seed"] == 42
    same = [(c / "report.json").read_bytes() for c in copies]
    assert same[0] == same[1] == same[2] != same[3]  # by default, the run's own seed
    analysis = load_report(copies[0])["analysis"]
    assert set(analysis["layers"]) == {"attention", "mlp"} and "seconds" not in analysis
    assert "analysis" in json.loads((copies[0] / "timing.json").read_text())["seconds"]
    assert "## QLENS analysis" in (copies[0] / "report.md").read_text()


def test_analyze_in_a_fresh_process_with_numbas_cache_empty(small_run: Path, tmp_path: Path) -> None:
    """A first run after installing: dcor's numba kernels are not cached yet.

    The in-process tests above import dcor once and fill numba's cache, which would hide a
    command that cannot import dcor on a fresh install (as when the CLI once switched numba's
    JIT off: dcor 0.7's kernels then fail to type). A new process with its own empty cache
    directory is what a new user runs.
    """
    copy = tmp_path / "run"
    shutil.copytree(small_run, copy)
    env = {**os.environ, "NUMBA_CACHE_DIR": str(tmp_path / "numba-cache")}
    env.pop("NUMBA_DISABLE_JIT", None)
    done = subprocess.run(
        [sys.executable, "-m", "qlens_q.cli", "analyze", str(copy), "--permutations", "20", "--no-figures"],
        env=env,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == "" and "qlens-q analyze" in done.stdout
    assert set(load_report(copy)["analysis"]["layers"]) == {"attention", "mlp"}


def test_analyze_refuses_a_directory_without_a_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "report.json").write_text('{"format": "something-else/9"}')
    assert main(["analyze", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert f"is not a {REPORT_FORMAT} report" in err and err.count("\n") == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--vocab", "64"], "--vocab: applies to --task lm only, not to --task classify with --backbone toy"),
        (["--top-k", "3"], "--top-k: applies to --task lm only, not to --task classify"),
        (["--task", "lm", "--readout", "mean"], "--readout: applies to --task classify only"),
        (["--task", "lm", "--embeddings", "minilm"], "--embeddings: applies to --task classify only"),
        (["--backbone", "minilm", "--epochs", "3"], "--epochs: applies to --backbone toy only"),
        (["--backbone", "nope"], "--backbone: unknown backbone 'nope' (choose from "),
        (["--data", "builtin:²²"], "builtin:N"),
        (["--data", "/nonexistent/sentihood"], "--data: /nonexistent/sentihood does not exist"),
        (["--epochs", "0"], "--epochs"),
        (["--data", "builtin:5"], "builtin:N"),
        (["--permutations", "0"], "--permutations"),
        (["--shot-examples", "-1"], "--shot-examples: must be an integer from 0 to 1,000,000,000, got -1"),
        (["--shot-examples", str(10**10)], "--shot-examples"),
        (["--shot-examples", "many"], "--shot-examples: expected an integer or 'all', got 'many'"),
    ],
)
def test_options_that_do_not_apply_are_refused_before_any_work(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    out = tmp_path / "deeper" / "out"
    code, err = _cli(capsys, "--out", str(out), *args)
    assert code == 2 and message in err and err.count("\n") == 1
    assert not (tmp_path / "deeper").exists()  # no parent folder made either
