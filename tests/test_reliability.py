"""Reliability: no code runs from data, bad files are refused cleanly, nothing is half-written,
runs are deterministic, and the Python API refuses bad numbers.

Cases already covered elsewhere are not repeated here (tests/test_cli.py,
tests/test_pipeline.py, tests/test_roundtrip.py, tests/test_states_operators.py,
tests/test_circuits.py, tests/test_crosscheck.py). The one property that does
not hold (a QASM file cut right after a complete statement still parses) is a
strict ``xfail`` whose reason says why.
"""

from __future__ import annotations

import json
import os
import pickle
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
import torch
from qiskit import QuantumCircuit
from safetensors.torch import load_file, save_file

import qlens_q
from qlens_q import InputError, io, layer_operator, simulation, states, trajectory_circuit
from qlens_q.circuits import Synthesis, layer_circuit, prepare_real_state
from qlens_q.cli import main
from qlens_q.crosscheck import CheckConfig, crosscheck
from qlens_q.operators import delta_psi, evolution_error, frobenius_similarity
from qlens_q.pipeline import RunConfig, run
from qlens_q.qasm import dumps, transpile_for_export
from qlens_q.report import REPORT_FORMAT
from qlens_q.rundir import load_report, recover
from qlens_q.trajectories import Trajectories

SMALL: dict[str, Any] = {
    "data": "builtin:300",
    "epochs": 1,
    "limit": 2,
    "shots": 500,
    "progress": False,
    "analysis": False,
}
#: ``qlens-q run`` arguments loading the small run's model (fast: no training).
LOAD_ARGS = ("run", "--quiet", "--no-analysis", "--data", "builtin:300", "--limit", "1", "--shots", "500")
NAN, INF = float("nan"), float("inf")


@pytest.fixture(scope="module")
def small_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("reliability") / "small"
    run(RunConfig(out=str(out), **SMALL), log=lambda _: None)
    return out


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def tree(root: Path) -> dict[str, bytes | None]:
    """Every path under ``root`` with its bytes (``None`` for a directory)."""
    return {
        p.relative_to(root).as_posix(): (p.read_bytes() if p.is_file() else None)
        for p in sorted(root.rglob("*"))
    }


def leftovers(out: Path) -> list[str]:
    """Staging (``.OUT.partial-*``) or replaced-run (``.OUT.old-*``) directories beside ``out``."""
    return sorted(p.name for p in out.parent.glob(f".{out.name}.*"))


def one_line(err: str) -> bool:
    return err.count("\n") == 1 and err.endswith("\n")


# ----------------------------------------------------- 1. no code execution from data


class _Payload:
    """Unpickling this calls ``open(marker, "w")``: the marker file appears."""

    def __init__(self, marker: Path) -> None:
        self.marker = str(marker)

    def __reduce__(self) -> tuple[Any, tuple[str, str]]:
        return (open, (self.marker, "w"))


def _write_payload(path: Path, marker: Path, fmt: str) -> None:
    if fmt == "pickle":
        path.write_bytes(pickle.dumps({"weight": _Payload(marker)}))
    else:  # a torch.save checkpoint (zip archive holding data.pkl)
        torch.save({"weight": _Payload(marker)}, path)


@pytest.mark.parametrize("fmt", ["pickle", "torch.save"])
def test_the_payload_is_live(tmp_path: Path, fmt: str) -> None:
    """Sanity check of the payload used below: an unpickling loader does run it."""
    marker, path = tmp_path / "ran", tmp_path / "payload.bin"
    _write_payload(path, marker, fmt)
    if fmt == "pickle":
        pickle.loads(path.read_bytes())
    else:
        torch.load(path, weights_only=False)
    assert marker.exists()


@pytest.mark.parametrize("fmt", ["pickle", "torch.save"])
@pytest.mark.parametrize("target", ["model.safetensors", "lens.safetensors"])
def test_pickle_posing_as_a_checkpoint_is_refused_unexecuted(
    small_run: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], target: str, fmt: str
) -> None:
    model_dir = tmp_path / "model"
    shutil.copytree(small_run / "model", model_dir)
    marker = tmp_path / "pwned"
    _write_payload(model_dir / target, marker, fmt)
    out = tmp_path / "out"
    code, stdout, err = run_cli(capsys, *LOAD_ARGS, "--model", str(model_dir), "--out", str(out))
    assert code == 2 and stdout == ""
    assert one_line(err) and target in err and ("cannot read weights" in err or "sha256 differs" in err)
    assert not marker.exists()
    assert not out.exists() and leftovers(out) == []


def _calls(text: str, name: str) -> list[str]:
    """The argument text of every ``name(...)`` call in ``text`` (parentheses matched)."""
    found = []
    for match in re.finditer(rf"(?<![\w.]){re.escape(name)}\s*\(", text):
        depth, i = 1, match.end()
        while depth and i < len(text):
            depth += {"(": 1, ")": -1}.get(text[i], 0)
            i += 1
        found.append(text[match.end() : i - 1])
    return found


def test_the_package_never_unpickles() -> None:
    package = Path(qlens_q.__file__).parent
    sources = sorted(package.rglob("*.py"))
    assert len(sources) > 20
    forbidden = [
        r"^\s*import\s+(c?pickle|dill|joblib|shelve|marshal|cloudpickle)\b",
        r"^\s*from\s+(c?pickle|dill|joblib|shelve|marshal|cloudpickle)\b",
        r"^\s*from\s+(torch|numpy)\s+import\s+[^#\n]*\bload\b",
        r"\b(c?pickle|dill|cloudpickle|joblib|marshal)\.loads?\s*\(",
        r"\bread_pickle\s*\(",
        r"\bUnpickler\b",
    ]
    offenders, checked_loads = [], 0
    for path in sources:
        text = path.read_text(encoding="utf-8")
        where = path.relative_to(package.parent).as_posix()
        for pattern in forbidden:
            offenders += [f"{where}: {m.group(0).strip()}" for m in re.finditer(pattern, text, re.MULTILINE)]
        for call, needle in (
            ("torch.load", "weights_only=True"),
            ("np.load", "allow_pickle=False"),
            ("numpy.load", "allow_pickle=False"),
        ):
            for args in _calls(text, call):
                checked_loads += 1
                if needle not in re.sub(r"\s", "", args):
                    offenders.append(f"{where}: {call}({args}) without {needle}")
    assert offenders == []
    assert checked_loads >= 1  # the scanner does see io.read_distribution's np.load
    # ... and would see a call with nested parentheses
    assert _calls("x = torch.load(open(p), map_location=f(y))", "torch.load") == [
        "open(p), map_location=f(y)"
    ]


# ------------------------------------------------------------------ 2. bad files


P_LAYER = [0.1, 0.2, 0.3, 0.15, 0.25], [0.3, 0.1, 0.05, 0.4, 0.15]


def _exported_qasm3() -> str:
    """An exported 5-class layer circuit, as ``qlens-q compile`` writes it."""
    return dumps(transpile_for_export(layer_circuit(layer_operator(*P_LAYER), measure=True)), "qasm3")


def _cut(text: str, at: str, keep: int) -> str:
    """``text`` cut ``keep`` characters into the first ``at`` after its middle."""
    return text[: text.index(at, len(text) // 2) + keep]


BILLION = 10**9


def _plain(text: str) -> str:
    """An exported file without qlens-q's header and checksum lines: a plain OpenQASM program."""
    return "\n".join(text.splitlines()[1:-1]) + "\n"


def _nested(version: int, depth: int, body: str = "h a; h a;") -> bytes:
    """Gate definitions that call each other twice over: 2^depth operations from a few lines."""
    head = (
        'OPENQASM 2.0;\ninclude "qelib1.inc";\nqreg q[1];\n'
        if version == 2
        else 'OPENQASM 3.0;\ninclude "stdgates.inc";\nqubit[1] q;\n'
    )
    defs = f"gate g0 a {{ {body} }}\n" + "".join(
        f"gate g{i} a {{ g{i - 1} a; g{i - 1} a; }}\n" for i in range(1, depth)
    )
    return (head + defs + f"g{depth - 1} q[0];\n").encode()


Q2 = 'OPENQASM 2.0;\ninclude "qelib1.inc";\n'
Q3 = 'OPENQASM 3.0;\ninclude "stdgates.inc";\n'
BAD_QASM: dict[str, tuple[Callable[[], bytes], str, bool]] = {
    # name: (file content, expected message, whether parsing is expected at all)
    "an export cut in a statement": (lambda: _cut(_exported_qasm3(), ";\n", 0).encode(), "cut short", False),
    "an export cut in a number": (lambda: _cut(_exported_qasm3(), "ry(", 5).encode(), "cut short", False),
    "an export changed": (lambda: _exported_qasm3().replace("ry(", "rx(", 1).encode(), "changed after qlens-q wrote it", False),
    "a program cut in a statement": (lambda: _cut(_plain(_exported_qasm3()), ";\n", 0).encode(), "does not parse as OpenQASM 3", True),
    "a program cut in a number": (lambda: _cut(_plain(_exported_qasm3()), "ry(", 5).encode(), "does not parse as OpenQASM 3", True),
    "garbage bytes": (lambda: bytes(np.random.default_rng(0).integers(128, 256, 4096, dtype=np.uint8)), "cannot be read (UnicodeDecodeError", False),
    "header then garbage": (lambda: b"OPENQASM 3.0;\nqubit[2] q;\n\xff\xfe\x00\x9c\x80", "cannot be read (UnicodeDecodeError", False),
    "unknown gate, qasm2": (lambda: (Q2 + "qreg q[2];\nfrobnicate q[0];\n").encode(), "does not parse as OpenQASM 2", True),
    "a syntax error, qasm3": (lambda: (Q3 + "qubit[1] q;\nh q[0]\n").encode(), "line 5, column 1", True),
    "1e9 qubits, qasm3": (lambda: f'{Q3}qubit[{BILLION}] q;\nh q[0];\n'.encode(), f"declares {BILLION} qubits; the limit is 26", False),
    "1e9 qubits, qasm2": (lambda: f'{Q2}qreg q[{BILLION}];\nh q[0];\n'.encode(), f"declares {BILLION} qubits; the limit is 26", False),
    "1e9 physical qubits": (lambda: f'{Q3}h ${BILLION - 1};\n'.encode(), f"declares {BILLION} qubits; the limit is 26", False),
    "2^31 classical bits, qasm2": (lambda: f"{Q2}qreg q[1];\ncreg c[2147483648];\nh q[0];\n".encode(), "2147483648 classical bits", False),
    "1e8 classical bits, qasm3": (lambda: f"{Q3}qubit[1] q;\nbit[100000000] c;\nh q[0];\n".encode(), "100000000 classical bits", False),
    "a 20-digit index": (lambda: f"{Q2}qreg q[1];\nh q[99999999999999999999];\n".encode(), "integer literal of 20 digits", False),
    "2^40 operations, qasm2": (lambda: _nested(2, 41), "expands to more than", False),
    "2^40 operations, qasm3": (lambda: _nested(3, 41), "expands to more than", False),
    "a power of 1e8": (lambda: f"{Q3}gate g a {{ pow(100000000) @ h a; }}\nqubit[1] q;\ng q[0];\n".encode(), "expands to more than", False),
    "inf inside a gate": (lambda: _nested(2, 2, "rx(1e400) a;"), "non-finite angle", True),
    "include with single quotes": (lambda: b"OPENQASM 2.0;\ninclude 'lib.inc';\nqreg q[1];\n", "includes 'lib.inc'", False),
    "include without a space": (lambda: b'OPENQASM 2.0;\ninclude"lib.inc";\nqreg q[1];\n', "includes 'lib.inc'", False),
    "include with // in its path": (lambda: b'OPENQASM 2.0;\ninclude "sub//lib.inc";\nqreg q[1];\n', "includes 'sub//lib.inc'", False),
    "include of a system file": (lambda: b'OPENQASM 2.0;\ninclude"/etc/hostname";\nqreg q[1];\n', "includes '/etc/hostname'", False),
    "classes read from bits 2 and 3": (
        lambda: f"{Q2}qreg q[2];\ncreg c[4];\nx q[0];\nmeasure q[0] -> c[2];\nmeasure q[1] -> c[3];\n".encode(),
        "4 classical bits for 2 qubits", True,
    ),
}  # fmt: skip


def _parser_must_not_run(*args: object, **kwargs: object) -> None:
    raise AssertionError("the OpenQASM parser was reached")


@pytest.mark.parametrize("case", list(BAD_QASM))
def test_bad_qasm_file_is_refused_and_nothing_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    content, message, parses = BAD_QASM[case]
    f = tmp_path / "input" / "bad.qasm"
    f.parent.mkdir()
    f.write_bytes(content())
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    if not parses:  # refused before the parser could allocate anything
        monkeypatch.setattr(qlens_q.qasm.qasm2, "loads", _parser_must_not_run)
        monkeypatch.setattr(qlens_q.qasm.qasm3, "loads", _parser_must_not_run)
    before = tree(tmp_path)
    for cmd in (["simulate", str(f)], ["crosscheck", str(f), "--expect", "0.5,0.5"]):
        start = time.perf_counter()
        code, out, err = run_cli(capsys, *cmd, "--shots", "100")
        assert code == 2 and out == ""
        assert one_line(err) and err.startswith(f"qlens-q: error: {f}: ") and message in err, err
        assert time.perf_counter() - start < 30  # bounded work: refused in well under a minute, not after
    assert tree(tmp_path) == before


def test_qasm_truncated_at_a_statement_boundary_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = _exported_qasm3()
    f = tmp_path / "cut.qasm"
    f.write_text(_cut(text, ";\n", 2))  # every gate up to the middle, the measurements lost
    expected = ",".join(map(str, P_LAYER[1]))  # the full file passes this cross-check
    for cmd in (["simulate", str(f)], ["crosscheck", str(f), "--expect", expected]):
        code, _, err = run_cli(capsys, *cmd, "--shots", "100")
        assert code == 2 and one_line(err) and "cut short" in err, (cmd[0], code)


def test_qubit_limit_holds_through_an_include(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "big.inc").write_text("qreg big[40];\n")
    f = tmp_path / "main.qasm"
    f.write_text('OPENQASM 2.0;\ninclude "qelib1.inc";\nqreg q[1];\ninclude "big.inc";\nh q[0];\n')

    def simulator_reached(*args: object, **kwargs: object) -> None:
        raise AssertionError("a circuit over MAX_QUBITS reached the simulator")

    monkeypatch.setattr(simulation, "prepare", simulator_reached)
    before = tree(tmp_path)
    code, out, err = run_cli(capsys, "simulate", str(f))
    assert code == 2 and out == "" and one_line(err) and "includes 'big.inc'" in err
    assert tree(tmp_path) == before


def _drop(state: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
    return {k: v for k, v in list(state.items())[1:]}


def _extra(state: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
    return {**state, "backdoor.weight": torch.zeros(3)}


def _reshape(state: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
    name = sorted(state)[-1]
    return {**state, name: torch.zeros(*state[name].shape, 2)}


#: defect: (change of the tensors, or for "truncated ..." of the file's bytes; expected message)
CHECKPOINT_DEFECTS: dict[str, tuple[Callable[[Any], Any], str]] = {
    "missing tensor": (_drop, "missing ["),
    "extra tensor": (_extra, "extra ['backdoor.weight']"),
    "wrong shape": (_reshape, "has shape"),
    "truncated file": (lambda data: data[: len(data) // 2], "cannot read weights"),
    "truncated header": (lambda data: data[:16], "cannot read weights"),
}


@pytest.mark.parametrize("defect", list(CHECKPOINT_DEFECTS))
@pytest.mark.parametrize("target", ["model.safetensors", "lens.safetensors"])
def test_checkpoint_not_matching_its_config_is_refused(
    small_run: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], target: str, defect: str
) -> None:
    model_dir = tmp_path / "model"
    shutil.copytree(small_run / "model", model_dir)
    change, message = CHECKPOINT_DEFECTS[defect]
    path = model_dir / target
    if defect.startswith("truncated"):
        path.write_bytes(change(path.read_bytes()))
    else:
        save_file(change(load_file(str(path))), str(path))
    out = tmp_path / "out"
    # config.json and lens.json record the digest of themselves and their weights: any change is caught there
    code, stdout, err = run_cli(capsys, *LOAD_ARGS, "--model", str(model_dir), "--out", str(out))
    assert code == 2 and stdout == ""
    assert one_line(err) and f"{path}: " in err and "sha256 differs" in err
    assert not out.exists() and leftovers(out) == []
    # a forged pair (the digest recomputed for the changed weights) still meets the checks of the tensors
    config_file = model_dir / ("config.json" if target == "model.safetensors" else "lens.json")
    raw = json.loads(config_file.read_text())
    raw.pop("sha256")
    fields = {k: v for k, v in raw.items() if k != "format"}
    config_file.write_text(json.dumps({**raw, "sha256": io.digest(fields, path.read_bytes())}))
    code, stdout, err = run_cli(capsys, *LOAD_ARGS, "--model", str(model_dir), "--out", str(out))
    assert code == 2 and one_line(err) and f"{path}: " in err and (message in err or "do not match" in err), (
        err
    )
    assert not out.exists() and leftovers(out) == []


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(change, marks=(), id=name)
        for name, change in (
            ("num_heads=3", {"num_heads": 3}),
            ("vocab_size=-5", {"vocab_size": -5}),
            ("d_model='128'", {"d_model": "128"}),
        )
    ],
)
def test_invalid_model_config_is_refused(
    small_run: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], change: dict[str, Any]
) -> None:
    model_dir = tmp_path / "model"
    shutil.copytree(small_run / "model", model_dir)
    config = json.loads((model_dir / "config.json").read_text())
    (model_dir / "config.json").write_text(json.dumps({**config, **change}))
    out = tmp_path / "out"
    code, _, err = run_cli(capsys, *LOAD_ARGS, "--model", str(model_dir), "--out", str(out))
    assert code == 2 and one_line(err) and "config.json" in err
    assert not out.exists() and leftovers(out) == []


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


# ------------------------------------------------------------ 3. nothing half-written

#: The interrupted run (brief: builtin:600, 3 epochs), cut to 10 examples and 500 shots for time.
SIGNAL_RUN = ["--data", "builtin:600", "--epochs", "3", "--no-analysis", "--quiet", "--limit", "10", "--shots", "500"]  # fmt: skip


def _default_signals() -> None:  # in the child: Python then maps SIGINT to KeyboardInterrupt
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _start_run(out: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "qlens_q.cli", "run", "--out", str(out), *SIGNAL_RUN],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=_default_signals,
    )


def _interrupt_when(waits: dict[subprocess.Popen[str], Callable[[], bool]], signum: int) -> None:
    """Poll every run's ``ready()`` together; send ``signum`` to each run as soon as its own is true."""
    pending = dict(waits)
    deadline = time.monotonic() + 90
    while pending:
        for proc, ready in list(pending.items()):
            if ready():
                proc.send_signal(signum)
                del pending[proc]
            elif proc.poll() is not None:
                pytest.fail(f"the run ended before it could be interrupted: {proc.communicate()}")
        if time.monotonic() > deadline:
            for proc in waits:
                proc.kill()
            pytest.fail("timed out waiting for the staging directory")
        time.sleep(0.002)


def _staging(out: Path, pid: int) -> Path:
    return out.with_name(f".{out.name}.partial-{pid}")


@pytest.fixture(scope="module")
def uninterrupted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("uninterrupted") / "run"
    assert main(["run", "--out", str(out), *SIGNAL_RUN]) == 0
    return out


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_interrupted_run_leaves_nothing_half_written(
    uninterrupted: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], signum: int
) -> None:
    fresh = tmp_path / "fresh"  # no earlier run
    earlier = tmp_path / "earlier"  # holds a complete run
    shutil.copytree(uninterrupted, earlier)
    before = tree(earlier)
    procs = {fresh: _start_run(fresh), earlier: _start_run(earlier)}
    circuits = _staging(earlier, procs[earlier].pid) / "circuits"
    _interrupt_when(
        {
            # fresh: as soon as its staging directory appears
            procs[fresh]: _staging(fresh, procs[fresh].pid).is_dir,
            # earlier: once the circuit files are being written
            procs[earlier]: lambda: circuits.is_dir() and any(circuits.glob("*.qasm")),
        },
        signum,
    )
    for out, proc in procs.items():
        _, err = proc.communicate(timeout=60)
        assert proc.returncode == 130, (out.name, proc.returncode, err)
        assert err.endswith("qlens-q: interrupted\n")
        assert leftovers(out) == []
    assert not fresh.exists()
    assert tree(earlier) == before  # still the complete earlier run, byte for byte
    # Re-running with the same --out completes, identical to the uninterrupted run.
    assert run_cli(capsys, "run", "--out", str(fresh), *SIGNAL_RUN)[0] == 0
    assert (fresh / "report.json").read_bytes() == (uninterrupted / "report.json").read_bytes()
    assert leftovers(fresh) == []


def test_interrupt_while_publishing_keeps_the_earlier_run(
    small_run: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "run"
    shutil.copytree(small_run, out)
    before = tree(out)
    rename = Path.rename

    def interrupted_rename(self: Path, target: Any) -> Any:
        if self.name.startswith(f".{out.name}.partial-"):  # staging -> OUT: a signal lands just before
            raise KeyboardInterrupt
        return rename(self, target)

    monkeypatch.setattr(Path, "rename", interrupted_rename)
    config = RunConfig(out=str(out), model=str(small_run / "model"), **{**SMALL, "limit": 1})
    with pytest.raises(KeyboardInterrupt):
        run(config, log=lambda _: None)
    monkeypatch.undo()
    assert leftovers(out) == []
    assert out.is_dir() and tree(out) == before


# ----------------------------------------------------------------- 4. determinism

#: A run with the analysis (and its figures), made twice by the determinism test.
ANALYSIS_RUN = ["--data", "builtin:300", "--epochs", "1", "--limit", "4", "--shots", "500", "--permutations", "200"]  # fmt: skip
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
        _, err = child.communicate(timeout=300)
    assert child.returncode == 0, err
    report = (own_out / "report.json").read_bytes()
    assert report == (child_out / "report.json").read_bytes()
    parsed = json.loads(report)
    assert parsed["analysis"]["permutations"] == 200 and parsed["analysis"]["figures"]
    assert [k for k in _keys(parsed) if TIMING_KEY.search(k)] == []
    for out in (own_out, child_out):
        seconds = json.loads((out / "timing.json").read_text())["seconds"]
        assert {"train", "lens", "simulate", "analysis"} <= set(seconds)


# ------------------------------------------------------- 5. bad numbers in the Python API

GOOD = [0.25, 0.75]
# (value, problem) for a distribution argument; NaN and the validator itself are covered in
# test_states_operators.py, so these exercise each entry point's wiring of the other cases.
BAD_DISTRIBUTIONS = [
    ([INF, 0.5], "not finite"),
    ([1.5, -0.5], "negative"),
    ([0.5, 0.4], "sum to 1"),
    ([1.0], "at least two"),
]


@pytest.mark.parametrize(("bad", "problem"), BAD_DISTRIBUTIONS)
@pytest.mark.parametrize("which", ["p_in", "p_out"])
def test_layer_operator_refuses(bad: list[float], problem: str, which: str) -> None:
    args = (bad, GOOD) if which == "p_in" else (GOOD, bad)
    with pytest.raises(InputError, match=rf"^{which}: .*{problem}"):
        layer_operator(*args)


@pytest.mark.parametrize(("bad", "problem"), [([NAN, 1.0], "not finite"), *BAD_DISTRIBUTIONS])
def test_amplitudes_refuse(bad: list[float], problem: str) -> None:
    with pytest.raises(InputError, match=rf"^p: .*{problem}"):
        states.amplitudes(bad)
    with pytest.raises(InputError, match=rf"^p_model: .*{problem}"):
        states.amplitudes(bad, name="p_model")


@pytest.mark.parametrize("n_qubits", [1, 0, -1])
def test_amplitudes_refuse_too_few_qubits(n_qubits: int) -> None:
    with pytest.raises(InputError, match=r"^n_qubits: "):
        states.amplitudes([0.25] * 4, n_qubits=n_qubits)


@pytest.mark.parametrize(
    ("distributions", "message"),
    [
        ([[NAN, 1.0], GOOD], r"^p_0: .*not finite"),
        ([GOOD, GOOD, [INF, 0.0]], r"^p_2: .*not finite"),
        ([GOOD, [1.5, -0.5]], r"^p_1: .*negative"),
        ([[1.0], [1.0]], r"^p_0: .*at least two"),
        ([], r"^distributions: .*at least two"),
        ([GOOD, [0.2, 0.3, 0.5]], r"^p_0/p_1: different lengths"),
    ],
)
def test_trajectory_circuit_refuses(distributions: list[list[float]], message: str) -> None:
    with pytest.raises(InputError, match=message):
        trajectory_circuit(distributions, Synthesis())


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


@pytest.mark.parametrize(
    ("h", "message"),
    [
        ([[1.0, 2.0], [0.0, 1.0]], r"^hamiltonian: is not Hermitian"),  # real, non-symmetric
        ([[NAN, 0.0], [0.0, 1.0]], r"^hamiltonian: has non-finite"),
        ([[INF, 0.0], [0.0, 1.0]], r"^hamiltonian: has non-finite"),
        (np.ones((2, 3)), r"^hamiltonian: must be a square matrix"),
        ([[1.0]], r"^hamiltonian: must be a square matrix of size >= 2"),
    ],
)
def test_delta_psi_refuses_bad_hamiltonians(h: Any, message: str) -> None:
    with pytest.raises(InputError, match=message):
        delta_psi(h, [1.0, 0.0], 1.0)


@pytest.mark.filterwarnings("ignore::RuntimeWarning")
@pytest.mark.parametrize(
    ("psi", "alpha", "argument"),
    [
        ([NAN, 0.0], 1.0, "psi"),
        ([INF, 0.0], 1.0, "psi"),
        ([1.0, 0.0], NAN, "alpha"),
    ],
    ids=["psi-nan", "psi-inf", "alpha-nan"],
)
def test_delta_psi_refuses_bad_states(psi: list[float], alpha: float, argument: str) -> None:
    with pytest.raises(InputError, match=rf"^{argument}: "):
        delta_psi(np.diag([1.0, -1.0]), psi, alpha)


@pytest.mark.parametrize(
    ("u", "message"),
    [
        (np.diag([1.0, 1.0 + 1e-6]), r"^unitary: is not unitary"),  # just outside the tolerance
        (np.array([[1.0, 1.0], [0.0, 1.0]]) * 1j, r"^unitary: is not unitary"),  # complex, non-normal
        ([[NAN, 0.0], [0.0, 1.0]], r"^unitary: has non-finite"),
        (np.ones((2, 3)), r"^unitary: must be a square matrix"),
    ],
)
def test_evolution_error_refuses_non_unitaries(u: Any, message: str) -> None:
    with pytest.raises(InputError, match=message):
        evolution_error(np.zeros((2, 2)), u, 1.0)


@pytest.mark.filterwarnings("ignore::RuntimeWarning")
@pytest.mark.parametrize("t", [NAN, INF])
def test_evolution_error_refuses_a_bad_time(t: float) -> None:
    with pytest.raises(InputError, match=r"^time: "):
        evolution_error(np.eye(2), np.eye(2), t)


@pytest.mark.parametrize(
    ("a", "b"),
    [(np.ones((2, 3)), np.ones((3, 2))), (np.ones(4), np.ones((2, 2))), (np.eye(4), np.eye(4)[:, :2])],
)
def test_frobenius_similarity_refuses_mismatched_shapes(a: Any, b: Any) -> None:
    with pytest.raises(InputError, match=r"^a/b: need two matrices of one shape"):
        frobenius_similarity(a, b)
    with pytest.raises(InputError, match=r"^a/b: need two matrices of one shape"):
        frobenius_similarity(b, a)


@pytest.mark.parametrize("bad", [NAN, INF])
def test_frobenius_similarity_refuses_non_finite(bad: float) -> None:
    with pytest.raises(InputError, match=r"^(a|b|a/b): "):
        frobenius_similarity([[bad, 0.0], [0.0, 1.0]], np.eye(2))


@pytest.mark.parametrize(
    ("amplitudes", "problem"),
    [
        ([1.0, 1e-4], "unit vector"),  # norm 1 + 5e-9: just outside NORM_ATOL
        ([0.0, 0.0], "unit vector"),
        ([INF, 0.0], "non-finite"),
        ([], "power of two"),
        (np.ones(6) / np.sqrt(6), "power of two"),
        (np.ones(12) / np.sqrt(12), "power of two"),
    ],
)
def test_prepare_real_state_refuses(amplitudes: Any, problem: str) -> None:
    with pytest.raises(InputError, match=rf"^amplitudes: .*{problem}"):
        prepare_real_state(amplitudes, name="amplitudes")


def test_prepare_real_state_names_its_argument_by_default() -> None:
    with pytest.raises(InputError, match=r"^amplitudes: "):
        prepare_real_state([1.0, 1.0])


# ------------------------------------------- 6. inputs found by a review of the CLI

UNRUNNABLE_QASM = {
    "non-finite angle": 'OPENQASM 2.0;\ninclude "qelib1.inc";\nqreg q[1];\nrx(1e308*10) q[0];\n',
    "unicode register over the limit": 'OPENQASM 3.0;\ninclude "stdgates.inc";\nqubit q;\nqubit[40] ä;\nh q;\n',
    "unbound parameter": 'OPENQASM 3.0;\ninclude "stdgates.inc";\ninput float theta;\nqubit q;\nrx(theta) q;\n',
    "box": 'OPENQASM 3.0;\ninclude "stdgates.inc";\nqubit q;\nbox { h q; }\n',
    "opaque gate": 'OPENQASM 2.0;\ninclude "qelib1.inc";\nopaque foo a;\nqreg q[1];\nfoo q[0];\n',
}


@pytest.mark.parametrize("case", list(UNRUNNABLE_QASM))
@pytest.mark.parametrize("command", ["simulate", "crosscheck"])
def test_qasm_that_parses_but_cannot_run_is_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str, command: str
) -> None:
    path = tmp_path / "bad.qasm"
    path.write_text(UNRUNNABLE_QASM[case], encoding="utf-8")
    extra = ["--expect", "0.5,0.5"] if command == "crosscheck" else []
    code, out, err = run_cli(capsys, command, str(path), "--shots", "100", *extra)
    assert (code, out) == (2, "") and one_line(err), err


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


# ------------------------------------------------------- 6. classes found by the fuzz campaign and the trial


def test_a_run_killed_between_the_two_renames_is_recovered(small_run: Path, tmp_path: Path) -> None:
    """SIGKILL after ``OUT -> .OUT.old-PID`` and before ``staging -> OUT``: the next run puts the old one back."""
    out = tmp_path / "run"
    dead = 999_999_999  # no such process
    orphan = tmp_path / f".run.old-{dead}"
    shutil.copytree(small_run, orphan)
    (tmp_path / f".run.partial-{dead}").mkdir()  # and the staging folder it never published
    before = tree(orphan)
    recover(out)
    assert out.is_dir() and tree(out) == before and leftovers(out) == []
    # killed while the replaced run was being deleted: OUT is complete, the remains are removed
    shutil.copytree(small_run, tmp_path / f".run.old-{dead}")
    run(RunConfig(out=str(out), model=str(small_run / "model"), **{**SMALL, "limit": 1}), log=lambda _: None)
    assert leftovers(out) == [] and load_report(out)["summary"]["examples"] == 1


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


def test_a_full_disk_while_the_model_is_saved_is_one_line(
    small_run: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import errno
    import os

    from qlens_q import io as qio

    original, fsync = qio.atomic_write_bytes, os.fsync

    def full_at_the_model(path: Any, data: bytes) -> None:
        if Path(path).name != "model.safetensors":
            return original(path, data)

        def no_space(fd: int) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(qio.os, "fsync", no_space)  # the disk fills up while the weights are written
        try:
            original(path, data)
        finally:
            monkeypatch.setattr(qio.os, "fsync", fsync)

    monkeypatch.setattr(qio, "atomic_write_bytes", full_at_the_model)
    out = tmp_path / "out"
    code, _, err = run_cli(capsys, *LOAD_ARGS, "--model", str(small_run / "model"), "--out", str(out))
    assert code == 2 and one_line(err) and "model.safetensors: cannot be written (No space left" in err
    assert not out.exists() and leftovers(out) == []


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"d_model": 10**11, "num_heads": 1}, "parameters; the limit"),
        ({"causal": True}, "config num_classes"),  # a language model must predict words
        ({"seed": 7}, "sha256 differs"),  # any edit of a config that still fits the weights
        ({"dropout": 0.2}, "sha256 differs"),
    ],
)
def test_an_edited_model_config_is_refused(
    small_run: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], change: dict[str, Any], message: str
) -> None:
    model_dir = tmp_path / "model"
    shutil.copytree(small_run / "model", model_dir)
    config = json.loads((model_dir / "config.json").read_text())
    (model_dir / "config.json").write_text(json.dumps({**config, **change}))
    out = tmp_path / "out"
    code, _, err = run_cli(capsys, *LOAD_ARGS, "--model", str(model_dir), "--out", str(out))
    assert code == 2 and one_line(err) and message in err, err
    assert not out.exists()


def test_weights_of_another_run_are_refused(
    small_run: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "other"
    run(RunConfig(out=str(other), seed=5, **SMALL), log=lambda _: None)
    for name in ("model.safetensors", "lens.safetensors"):
        model_dir = tmp_path / f"mixed-{name}"
        shutil.copytree(small_run / "model", model_dir)
        shutil.copy(other / "model" / name, model_dir / name)
        code, _, err = run_cli(capsys, *LOAD_ARGS, "--model", str(model_dir), "--out", str(tmp_path / "out"))
        assert code == 2 and one_line(err) and name in err and "sha256 differs" in err


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
