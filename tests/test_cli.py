"""The command line: exact interface, JSON output, exit codes, nothing half-written."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from helpers import LOAD_ARGS, leftovers, one_line, tree

from qlens_q.cli import main
from qlens_q.report import REPORT_FORMAT
from qlens_q.trajectories import Trajectories


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_compile_simulate_crosscheck(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    qasm_file = tmp_path / "layer.qasm"
    code, out, _ = run_cli(
        capsys, "compile", "--p-in", "0.5,0.3,0.2", "--p-out", "0.1,0.2,0.7", "-o", str(qasm_file)
    )
    assert code == 0
    info = json.loads(out)
    assert info["qubits"] == 2 and info["classes"] == 3 and info["two_qubit_gates"] > 0
    assert info["depth"] > 0 and info["born_max_abs_error"] <= 1e-9
    assert qasm_file.read_text().splitlines()[1] == "OPENQASM 3.0;"

    code, out, _ = run_cli(capsys, "simulate", str(qasm_file), "--shots", "500", "--seed", "3")
    sim = json.loads(out)
    assert code == 0
    np.testing.assert_allclose(sim["probabilities"], [0.1, 0.2, 0.7, 0.0], atol=1e-9)
    assert sum(sim["counts"]) == 500 and len(sim["counts"]) == 4 and sim["counts"][3] == 0

    code, out, _ = run_cli(capsys, "crosscheck", str(qasm_file), "--expect", "0.1,0.2,0.7")
    assert code == 0 and json.loads(out)["passed"] is True

    code, out, _ = run_cli(capsys, "crosscheck", str(qasm_file), "--expect", "0.2,0.2,0.6")
    verdict = json.loads(out)
    assert code == 1 and verdict["passed"] is False and verdict["failures"]


def test_same_seed_same_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "a.qasm"
    run_cli(capsys, "compile", "--p-in", "0.25,0.25,0.25,0.25", "--p-out", "0.7,0.1,0.1,0.1", "-o", str(f))
    outs = [run_cli(capsys, "simulate", str(f), "--seed", s)[1] for s in ("5", "5", "6")]
    assert outs[0] == outs[1] and outs[0] != outs[2]


def test_inputs_from_json_and_npy(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "p.json").write_text("[0.6, 0.4]")
    np.save(tmp_path / "q.npy", np.array([0.2, 0.8]))
    out_file = tmp_path / "l.qasm"
    code, _, _ = run_cli(
        capsys, "compile", "--p-in", str(tmp_path / "p.json"), "--p-out", str(tmp_path / "q.npy"),
        "--format", "qasm2", "-o", str(out_file),
    )  # fmt: skip
    assert code == 0 and out_file.read_text().splitlines()[1] == "OPENQASM 2.0;"
    code, out, _ = run_cli(capsys, "crosscheck", str(out_file), "--expect", str(tmp_path / "q.npy"))
    assert code == 0, out


def test_evolution_error_is_visible(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "t.qasm"
    p, q = "0.1,0.2,0.3,0.4,0,0,0,0", "0.4,0.3,0.2,0.1,0,0,0,0"
    code, out, _ = run_cli(
        capsys, "compile", "--p-in", p, "--p-out", q, "--method", "evolution", "-o", str(f)
    )
    assert code == 0 and json.loads(out)["born_max_abs_error"] > 1e-3
    code, out, _ = run_cli(capsys, "crosscheck", str(f), "--expect", q)
    assert code == 1 and any("exact Born error" in r for r in json.loads(out)["failures"])


BAD_COMPILE = [
    (["--p-in", "0.5,0.4", "--p-out", "0.5,0.5"], "--p-in: probabilities must sum to 1"),
    (["--p-in", "nan,1", "--p-out", "0.5,0.5"], "--p-in: entry 0 is not finite"),
    (["--p-in=-0.5,1.5", "--p-out", "0.5,0.5"], "--p-in: entry 0 is negative"),
    (["--p-in", "1", "--p-out", "1"], "--p-in: needs at least two outcomes"),
    (["--p-in", "0.5,0.5", "--p-out", "0.2,0.3,0.5"], "different lengths"),
    (["--p-in", "missing.json", "--p-out", "0.5,0.5"], "--p-in: file not found"),
    (["--p-in", "a,b", "--p-out", "0.5,0.5"], "neither comma-separated numbers"),
    (["--p-in", "0.5,0.5", "--p-out", "0.4,0.6", "--method", "magic"], "invalid choice"),
    (
        ["--p-in", "0.5,0.5", "--p-out", "0.4,0.6", "--alpha", "0"],
        "--alpha: must be a number from 1e-06 to 1e+06",
    ),
    (["--p-in", "0.5,0.5", "--p-out", "0.4,0.6", "--trotter-reps", "0"], "--trotter-reps: must be"),
    (["--p-in=1e308,1e308", "--p-out", "0.4,0.6"], "--p-in: entry 0 is 1e+308"),
]


@pytest.mark.parametrize(("args", "message"), BAD_COMPILE)
def test_bad_compile_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    target = tmp_path / "never.qasm"
    code, _, err = run_cli(capsys, "compile", *args, "-o", str(target))
    assert code == 2
    assert message in err and len(err.strip().splitlines()) == 1
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "not an OpenQASM program"),
        ('OPENQASM 3.0;\ninclude "stdgates.inc";\nqubit[2] q;\nfoo q[0];\n', "does not parse"),
        ('OPENQASM 2.0;\ninclude "qelib1.inc";\nqreg q[2];\ncx q[0]', "does not parse"),
        ('OPENQASM 2.0;\ninclude "qelib1.inc";\nqreg q[4000];\n', "declares 4000 qubits"),
    ],
)
def test_bad_qasm_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, message: str
) -> None:
    f = tmp_path / "bad.qasm"
    f.write_text(content)
    for cmd in (["simulate", str(f)], ["crosscheck", str(f), "--expect", "0.5,0.5"]):
        code, out, err = run_cli(capsys, *cmd)
        assert code == 2 and out == ""
        assert message in err and len(err.strip().splitlines()) == 1


def test_gpu_without_gpu_aer_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from qlens_q.simulation import available_devices

    if "GPU" in available_devices():
        pytest.skip("this Aer has GPU support")
    f = tmp_path / "a.qasm"
    run_cli(capsys, "compile", "--p-in", "0.5,0.5", "--p-out", "0.9,0.1", "-o", str(f))
    code, _, err = run_cli(capsys, "simulate", str(f), "--device", "GPU")
    assert code == 2 and "qiskit-aer-gpu" in err
    code, out, _ = run_cli(capsys, "simulate", str(f), "--device", "GPU", "--allow-cpu-fallback")
    assert code == 0 and json.loads(out)["device"] == "CPU"


def test_console_script_one_line_error() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "qlens_q.cli", "crosscheck", "/nonexistent.qasm", "--expect", "0.5,0.5"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.count("\n") == 1 and "cannot be read" in proc.stderr


def test_every_option_has_a_help_line_and_docs_cli_is_current() -> None:
    import argparse

    from qlens_q.cli import build_parser, help_markdown

    def parsers(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
        out = [parser]
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for child in action.choices.values():
                    out += parsers(child)
        return out

    for parser in parsers(build_parser()):
        for action in parser._actions:
            if not isinstance(action, argparse._SubParsersAction):
                assert action.help, f"{parser.prog} {action.option_strings or action.dest} has no help line"
    docs = Path(__file__).resolve().parent.parent / "docs" / "cli.md"
    assert docs.read_text(encoding="utf-8") == help_markdown(), (
        "docs/cli.md is stale: python -c \"from qlens_q.cli import help_markdown; print(help_markdown(), end='')\" > docs/cli.md"
    )


# ----------------------------------------------- moved from test_reliability.py: the CLI's refusals


def test_analyze_refuses_a_report_of_another_version_and_writes_nothing(
    small_run: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = tmp_path / "old_run"
    shutil.copytree(small_run, old)
    report = json.loads((old / "report.json").read_text())
    (old / "report.json").write_text(json.dumps({**report, "format": "qlens-q-report/0"}, indent=2))
    before = tree(tmp_path)
    code, out, err = run_cli(capsys, "analyze", str(old), "--permutations", "200")
    assert code == 2 and out == ""
    assert one_line(err) and f"{old / 'report.json'}: is not a {REPORT_FORMAT} report" in err
    assert tree(tmp_path) == before


# ----------------------------------------------------------------- 4. determinism

#: A run with the analysis (and its figures), made twice by the determinism test.
ANALYSIS_RUN = ["--data", "builtin:100", "--epochs", "1", "--limit", "4", "--shots", "500", "--permutations", "200"]  # fmt: skip
TIMING_KEY = re.compile(
    r"(^|_)(seconds?|times?|elapsed|duration|wall|clock|timestamp|date)(_|$)", re.IGNORECASE
)


def _keys(obj: Any) -> set[str]:
    if isinstance(obj, dict):
        return set(obj).union(*(_keys(v) for v in obj.values()))
    if isinstance(obj, list):
        return set().union(*(_keys(v) for v in obj))
    return set()


def test_same_seed_same_report_with_analysis_across_processes(tmp_path: Path) -> None:
    child_out, own_out = tmp_path / "child", tmp_path / "own"
    # The second run is another process (another hash seed), running concurrently with this one.
    child = subprocess.Popen(
        [sys.executable, "-m", "qlens_q.cli", "run", "--quiet", "--out", str(child_out), *ANALYSIS_RUN],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONHASHSEED": "12345"},
    )
    try:
        assert main(["run", "--quiet", "--out", str(own_out), *ANALYSIS_RUN]) == 0
    finally:
        _, err = child.communicate()
    assert child.returncode == 0, err
    report = (own_out / "report.json").read_bytes()
    assert report == (child_out / "report.json").read_bytes()
    parsed = json.loads(report)
    assert parsed["analysis"]["permutations"] == 200 and parsed["analysis"]["figures"]
    assert [k for k in _keys(parsed) if TIMING_KEY.search(k)] == []
    for out in (own_out, child_out):
        seconds = json.loads((out / "timing.json").read_text())["seconds"]
        assert {"train", "lens", "simulate", "analysis"} <= set(seconds)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--shots", "0"], "--shots"),
        (["--shots", str(10**20)], "--shots"),
        (["--seed", "-1"], "--seed"),
        (["--seed", str(2**63)], "--seed"),
    ],
)
def test_out_of_range_shots_and_seeds_are_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    qasm_path = tmp_path / "layer.qasm"
    assert main(["compile", "--p-in", "0.5,0.5", "--p-out", "0.2,0.8", "-o", str(qasm_path)]) == 0
    capsys.readouterr()
    for command in (["simulate", str(qasm_path)], ["crosscheck", str(qasm_path), "--expect", "0.2,0.8"]):
        code, out, err = run_cli(capsys, *command, *args)
        assert (code, out) == (2, "") and one_line(err) and message in err, err


@pytest.mark.parametrize(
    ("content", "name"),
    [(b"", "empty.npy"), (("[" + "1" * 401 + ", 0]").encode(), "huge.json")],
    ids=["empty npy", "integer beyond float"],
)
def test_unreadable_distribution_files_are_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, name: str
) -> None:
    (tmp_path / name).write_bytes(content)
    out_file = tmp_path / "x.qasm"
    code, out, err = run_cli(
        capsys, "compile", "--p-in", str(tmp_path / name), "--p-out", "0.5,0.5", "-o", str(out_file)
    )
    assert (code, out) == (2, "") and one_line(err) and "--p-in" in err, err
    assert not out_file.exists()


def test_special_files_and_unwritable_names_are_not_replaced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "fifo.qasm"
    os.mkfifo(fifo)
    layer = ["compile", "--p-in", "0.5,0.5", "--p-out", "0.2,0.8", "-o"]
    code, _, err = run_cli(capsys, *layer, str(fifo))
    assert code == 2 and one_line(err) and "not a regular file" in err
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    code, _, err = run_cli(capsys, *layer, str(tmp_path / ("x" * 300 + ".qasm")))
    assert code == 2 and one_line(err) and "cannot be written" in err
    assert list(tmp_path.iterdir()) == [fifo]  # no temporary file left


def test_a_newline_in_a_name_still_gives_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_cli(capsys, "simulate", str(tmp_path / "no\nfile.qasm"))
    assert code == 2 and one_line(err) and "no\\nfile.qasm" in err


def test_trotter_steps_beyond_reach_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = ["compile", "--p-in", "0.5,0.3,0.2", "--p-out", "0.1,0.2,0.7", "--method", "evolution", "-o"]
    code, _, err = run_cli(capsys, *base, str(tmp_path / "a.qasm"), "--trotter-reps", "100000000")
    assert code == 2 and one_line(err) and "--trotter-reps" in err
    # 6 qubits: 2,080 Pauli terms; 300 order-1 steps would be 624,000 rotations
    p_in, p_out = ",".join(["0.015625"] * 64), ",".join(["0.5"] + [repr(0.5 / 63)] * 63)
    args = ["--p-in", p_in, "--p-out", p_out, "--method", "evolution", "--trotter-reps", "300"]
    code, _, err = run_cli(capsys, "compile", *args, "-o", str(tmp_path / "b.qasm"))
    assert code == 2 and one_line(err) and "rotations" in err, err
    assert not any(tmp_path.iterdir())


def test_run_refuses_a_foreign_folder_with_a_report_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    foreign = tmp_path / "foreign"
    foreign.mkdir()
    (foreign / "report.json").write_text('{"not": "qlens"}')
    (foreign / "thesis.tex").write_text("precious")
    code, _, err = run_cli(capsys, "run", "--out", str(foreign), "--data", "builtin:20", "--quiet")
    assert code == 2 and one_line(err) and "no qlens-q run" in err
    assert (foreign / "thesis.tex").read_text() == "precious"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--task", "lm", "--vocab", "0"], "--vocab"),
        (["--task", "lm", "--vocab", "100000000"], "--vocab"),
        (["--task", "lm", "--limit", "1"], "--limit"),
        (["--limit", "1"], "--limit"),
        (["--seed", "99999999999999999999"], "--seed"),
    ],
)
def test_run_refuses_before_training(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    out = tmp_path / "out"
    start = time.perf_counter()
    code, _, err = run_cli(capsys, "run", "--out", str(out), "--data", "builtin:40", "--quiet", *args)
    assert code == 2 and one_line(err) and message in err, err
    assert time.perf_counter() - start < 20  # refused up front, not after training
    assert not out.exists() and leftovers(out) == []


def test_a_saved_lens_of_another_kind_is_refused(
    small_run: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for option, value in (("--lens", "affine"), ("--readout", "mean")):
        out = tmp_path / option.strip("-")
        code, _, err = run_cli(
            capsys, *LOAD_ARGS, "--out", str(out), "--model", str(small_run / "model"), option, value
        )
        assert code == 2 and one_line(err) and option in err, err
        assert not out.exists()


def test_epochs_with_a_saved_model_are_refused(
    small_run: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A loaded model is not trained: --epochs beside --model would be recorded in the report, unused."""
    out = tmp_path / "epochs"
    code, _, err = run_cli(
        capsys, *LOAD_ARGS, "--out", str(out), "--model", str(small_run / "model"), "--epochs", "3"
    )
    assert code == 2 and one_line(err) and "--epochs: applies to training; --model" in err, err
    assert not out.exists() and leftovers(out) == []


def test_analyze_refuses_a_single_example_run(
    small_run: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "one"
    shutil.copytree(small_run, copy)
    report = json.loads((copy / "report.json").read_text())
    report["examples"] = report["examples"][:1]
    (copy / "report.json").write_text(json.dumps(report))
    Trajectories.load(copy).select([0]).save(copy / "trajectories.safetensors")
    before = tree(copy)
    code, _, err = run_cli(capsys, "analyze", str(copy))
    assert code == 2 and one_line(err) and "at least 2" in err
    assert tree(copy) == before


def test_main_gives_sigterm_back_when_the_command_is_over(tmp_path: Path) -> None:
    # During the command SIGTERM is an interrupt (staging removed); afterwards the previous
    # handling is back, so a SIGTERM while Python shuts down cannot raise in atexit code.
    before = signal.getsignal(signal.SIGTERM)
    seen: list[object] = []

    def spy(*args: object) -> int:
        seen.append(signal.getsignal(signal.SIGTERM))
        return 0

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("qlens_q.cli.cmd_compile", spy)
        assert (
            main(["compile", "--p-in", "0.5,0.5", "--p-out", "0.2,0.8", "-o", str(tmp_path / "x.qasm")]) == 0
        )
    assert seen and seen[0] is not before and signal.getsignal(signal.SIGTERM) is before


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (
            lambda d: (d / "report.json").write_text(json.dumps({**_report(d), "examples": [1, 2]})),
            "report.json",
        ),
        (lambda d: (d / "report.json").write_text(json.dumps({**_report(d), "summary": [1]})), "summary"),
        (lambda d: (d / "report.json").write_text("[" * 100_000), "cannot read report"),
        (lambda d: (d / "trajectories.json").write_text("{}"), "trajectories"),
        (lambda d: _replace_with_file(d / "figures"), "in the way"),
        (lambda d: _replace_with_dir(d / "report.md"), "in the way"),
    ],
)
def test_analyze_refuses_a_damaged_run_and_writes_nothing(
    small_run: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    damage: Callable[[Path], Any],
    message: str,
) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(small_run, copy)
    damage(copy)
    before = tree(copy)
    code, out, err = run_cli(capsys, "analyze", str(copy), "--permutations", "50")
    assert code == 2 and out == "" and one_line(err) and message in err, err
    assert tree(copy) == before


def test_analyze_rewrites_a_broken_timing_file(
    small_run: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(small_run, copy)
    (copy / "timing.json").write_text("{not json")
    assert run_cli(capsys, "analyze", str(copy), "--permutations", "50", "--no-figures")[0] == 0
    assert "analysis" in json.loads((copy / "timing.json").read_text())["seconds"]


def _report(d: Path) -> dict[str, Any]:
    return json.loads((d / "report.json").read_text())


def _replace_with_file(path: Path) -> None:
    shutil.rmtree(path, ignore_errors=True)
    path.write_text("not a folder")


def _replace_with_dir(path: Path) -> None:
    path.unlink()
    path.mkdir()


@pytest.mark.parametrize("out", ["", "."])
def test_an_empty_out_is_refused_before_training(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], out: str
) -> None:
    code, _, err = run_cli(capsys, "run", "--out", out, "--data", "builtin:300", "--quiet")
    assert code == 2 and one_line(err) and "--out" in err


def test_a_crosscheck_that_fails_prints_valid_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "one.qasm"
    code, _, _ = run_cli(capsys, "compile", "--p-in", "0.5,0.5", "--p-out", "0.2,0.8", "-o", str(f))
    assert code == 0
    code, out, err = run_cli(capsys, "crosscheck", str(f), "--expect", "0,0,0,1")
    assert code == 2 and one_line(err)  # four classes for a one-qubit circuit
    code, out, err = run_cli(
        capsys, "crosscheck", str(f), "--expect", "0,1"
    )  # deterministic q, shots elsewhere
    verdict = json.loads(out)  # strict JSON: no Infinity, no NaN
    assert code == 1 and err == "" and verdict["passed"] is False and verdict["mean_z"] is None


def test_a_loaded_model_is_named_with_its_seed_and_vocabulary(
    small_run: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "loaded"
    code = main(["run", "--out", str(out), "--model", str(small_run / "model"), "--data", "builtin:400", "--seed", "3",
                 "--limit", "1", "--shots", "500", "--quiet", "--no-analysis"])  # fmt: skip
    assert code == 0
    md = (out / "report.md").read_text()
    assert "trained with seed 42, not this run's --seed 3" in md and "outside its vocabulary" in md


def test_a_numerical_warning_reaches_the_user(monkeypatch: pytest.MonkeyPatch) -> None:
    import qlens_q.cli as cli

    def overflow(parser: Any, argv: Any) -> int:
        return int(np.isinf(np.exp(np.float64(1000.0))))

    monkeypatch.setattr(cli, "_run_command", overflow)
    for name in cli.QUIET_ENVIRONMENT:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TRANSFORMERS_VERBOSITY", "info")  # a user's own setting wins
    with pytest.warns(RuntimeWarning, match="overflow"):
        assert cli.main(["--version"]) == 1
    assert os.environ["TRANSFORMERS_VERBOSITY"] == "info" and os.environ["TOKENIZERS_PARALLELISM"] == "false"


@pytest.mark.parametrize("command", ["simulate", "crosscheck", "run"])
def test_every_command_refuses_an_unknown_device_before_reading_its_file_or_importing_qiskit(
    tmp_path: Path, command: str
) -> None:
    """``--backend`` is checked as the arguments are parsed (the table of device names), for every command."""
    args = {
        "simulate": [str(tmp_path / "missing.qasm")],
        "crosscheck": [str(tmp_path / "missing.qasm"), "--expect", "0.5,0.5"],
        "run": ["--out", str(tmp_path / "out")],
    }[command]
    code = (
        "import json, sys\n"
        "from qlens_q.cli import main\n"
        f"rc = main([{command!r}, *{args!r}, '--backend', 'fake_nowhere'])\n"
        "print(json.dumps([rc, [m for m in ('qiskit', 'qiskit_ibm_runtime', 'torch') if m in sys.modules]]))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    rc, loaded = json.loads(done.stdout.strip().splitlines()[-1])
    assert rc == 2 and loaded == [], (rc, loaded, done.stderr)
    assert done.stderr.count("\n") == 1 and "unknown device 'fake_nowhere'" in done.stderr
    assert "--backend" in done.stderr and not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    "args",
    [
        ["--data", "builtin:9"],
        ["--data", "/nonexistent/sentihood"],
        ["--backbone", "hf:/nonexistent/model"],
        ["--vocab", "3"],
        ["--task", "lm", "--vocab", "1"],
        ["--epochs", "0"],
        ["--backend", "fake_nowhere"],
        ["--task", "lm", "--backend", "fake_athens"],
    ],
)
def test_run_refuses_bad_input_before_importing_torch_transformers_or_dcor(
    tmp_path: Path, args: list[str]
) -> None:
    """A refusal is instant: every input is checked before the heavy imports (a fresh interpreter):
    neither torch, transformers, dcor nor numba, nor Qiskit, Aer, qiskit-ibm-runtime, scipy or matplotlib
    (an unknown device, or one narrower than the run's circuits, is known from the table of device names)."""
    code = (
        "import json, sys\n"
        "from qlens_q.cli import main\n"
        f"rc = main(['run', '--out', {str(tmp_path / 'out')!r}, *{args!r}])\n"
        "heavy = ('torch', 'transformers', 'dcor', 'numba', 'qiskit', 'qiskit_aer', 'qiskit_ibm_runtime', 'scipy',"
        " 'matplotlib')\n"
        "print(json.dumps([rc, [m for m in heavy if m in sys.modules]]))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    rc, loaded = json.loads(done.stdout.strip().splitlines()[-1])
    assert rc == 2 and loaded == [], (rc, loaded, done.stderr)
    assert done.stderr.count("\n") == 1 and not (tmp_path / "out").exists()
