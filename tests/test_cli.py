"""The command line: exact interface, JSON output, exit codes, nothing half-written."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from qlens_q.cli import main


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
    (["--p-in", "0.5,0.5", "--p-out", "0.4,0.6", "--alpha", "0"], "--alpha: must be a finite number > 0"),
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
