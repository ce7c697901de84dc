"""Reading OpenQASM (qlens_q.qasm): bad, cut, oversized or unrunnable files are refused before
the parser or simulator could allocate anything, with one line, and nothing is written.

Round trips of exported circuits are in tests/test_roundtrip.py.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from helpers import one_line, run_cli, tree

import qlens_q
from qlens_q import layer_operator, simulation
from qlens_q.circuits import layer_circuit
from qlens_q.qasm import dumps, transpile_for_export

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
        monkeypatch.setattr(qlens_q.qasm.qasm3, "loads_experimental", _parser_must_not_run)
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
