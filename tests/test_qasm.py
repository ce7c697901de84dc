"""Reading OpenQASM (qlens_q.qasm): bad, cut, oversized or unrunnable files are refused before
the parser or simulator could allocate anything, with one line, and nothing is written; which
importer reads an OpenQASM 3 program (Rust for the plain subset, silently Python otherwise); the
pre-parse scans are linear (they agree with the old regexes and finish where those were quadratic).

Round trips of exported circuits are in tests/test_roundtrip.py.
"""

from __future__ import annotations

import contextlib
import re
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from helpers import one_line, run_cli, tree
from hypothesis import given
from hypothesis import strategies as st
from qiskit import qasm3

import qlens_q
from qlens_q import layer_operator, qasm, simulation
from qlens_q.circuits import layer_circuit
from qlens_q.errors import InputError
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
    "non-finite plain angle": 'OPENQASM 3.0;\ninclude "stdgates.inc";\nqubit q;\nbit c;\nry(1e400) q;\nc = measure q;\n',
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


# ------------------------------------------------------------------ 3. which importer reads OpenQASM 3


def _instructions(circuit):
    return [
        (i.name, [float(p).hex() for p in i.params], [circuit.find_bit(q).index for q in i.qubits],
         [circuit.find_bit(c).index for c in i.clbits])
        for i in circuit.data
    ]  # fmt: skip


#: Every gate a plain program may call, once, with declarations of each form.
PLAIN_EVERY_GATE = (
    Q3
    + "bit[3] c;\nbit b;\nqubit[3] q;\nqubit r;\n"
    + "".join(
        f"{name}{'(' + ', '.join(['-0.25', '1.5e-3'][:angles]) + ')' if angles else ''} "
        f"{', '.join(['q[0]', 'q[2]', 'r'][:qubits])};\n"
        for name, (angles, qubits) in qasm.PLAIN_GATES.items()
    )
    + "barrier q[1], r;\nc[2] = measure q[0];\nb = measure r;\n"
)


def test_the_rust_importer_reads_every_plain_gate_as_the_python_importer_does():
    code, strings = qasm.scan(PLAIN_EVERY_GATE)
    assert qasm.plain_program(code, strings)
    rust = qasm.loads(PLAIN_EVERY_GATE)
    python = qasm3.loads(PLAIN_EVERY_GATE)
    assert _instructions(rust) == _instructions(python)
    assert [(r.name, r.size) for r in (*rust.qregs, *rust.cregs)] == [
        (r.name, r.size) for r in (*python.qregs, *python.cregs)
    ]


#: Programs outside the plain subset that the Rust importer reports on the terminal, panics on, or
#: (a repeated qubit) turns into a circuit Qiskit forbids: all go to the Python importer.
NOT_PLAIN = {
    "a repeated qubit": "qubit[2] q;\ncx q[0], q[0];",
    "too many angles": "qubit[2] q;\nh(0.5) q[0];",
    "no angle": "qubit[2] q;\nrz q[0];",
    "too few qubits": "qubit[2] q;\ncx q[0];",
    "an undeclared register": "qubit[2] q;\nh r[0];",
    "used before declared": "h q[0];\nqubit[2] q;",
    "declared twice": "qubit[2] q;\nqubit[2] q;",
    "an index out of range": "qubit[2] q;\nh q[2];",
    "a negative index": "qubit[2] q;\nh q[-1];",
    "a leading-point angle": "qubit q;\nrz(.5) q;",
    "a pi expression": "qubit q;\nrz(-pi/2) q;",
    "an angle beyond a double": "qubit q;\nrz(-1.5e400) q;",
    "a gate name as a register": "qubit[2] h;\nx h[0];",
    "an empty barrier": "qubit[2] q;\nbarrier;",
    "a register-wide measure": "qubit[2] q;\nbit[2] c;\nc = measure q;",
    "qelib1.inc in OpenQASM 3": "qubit q;\nu3(1, 2, 3) q;",
    "a missing semicolon": "qubit[1] q;\nh q[0]",
    "a gate definition": "gate g a { h a; }\nqubit q;\ng q;",
    "an unknown gate": "qubit q;\nfrobnicate q;",
}


@pytest.mark.parametrize("case", list(NOT_PLAIN))
def test_programs_outside_the_plain_subset_go_to_the_python_importer_silently(monkeypatch, capfd, case):
    text = Q3 + NOT_PLAIN[case] + "\n"
    if case == "qelib1.inc in OpenQASM 3":
        text = text.replace("stdgates.inc", "qelib1.inc")
    code, strings = qasm.scan(text)
    assert not qasm.plain_program(code, strings)
    monkeypatch.setattr(qasm.qasm3, "loads_experimental", _parser_must_not_run)
    with contextlib.suppress(InputError):
        qasm.loads(text)
    assert capfd.readouterr() == ("", "")  # nothing printed on the terminal by either importer


def _panic_class() -> type[BaseException]:
    """pyo3_runtime.PanicException, from a real panic of the Rust importer (a missing include)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "experimental"
            qasm3.loads_experimental('OPENQASM 3.0;\ninclude "nothing-here.inc";\nqubit q;\n')
    except BaseException as exc:  # the panic is a BaseException
        assert not isinstance(exc, Exception)
        return type(exc)
    raise AssertionError("the Rust importer did not panic")


def test_a_rust_panic_or_refusal_falls_back_to_the_python_importer(monkeypatch, capfd):
    panic = _panic_class()
    capfd.readouterr()
    assert (panic.__module__, panic.__name__) == ("pyo3_runtime", "PanicException")
    text = Q3 + "qubit[2] q;\nh q[0];\ncx q[0], q[1];\n"
    expected = _instructions(qasm3.loads(text))
    for failure in (panic("boom"), qasm3.QASM3ImporterError("refused"), ValueError("odd")):

        def rust(*args, failure=failure, **kwargs):
            raise failure

        monkeypatch.setattr(qasm.qasm3, "loads_experimental", rust)
        assert _instructions(qasm.loads(text)) == expected

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(qasm.qasm3, "loads_experimental", interrupted)
    with pytest.raises(KeyboardInterrupt):
        qasm.loads(text)


# ------------------------------------------------------------------ 4. the pre-parse is linear

# The pre-parse before this version, kept as the reference the linear scanners must agree with.
OLD_QREG2 = re.compile(r"\bqreg\s+[^\W\d]\w*\s*\[([^\]]*)\]")
OLD_QUBIT3 = re.compile(r"\bqubit\b\s*(?:\[([^\]]*)\])?\s*[^\W\d]\w*\s*;")
OLD_CREG2 = re.compile(r"\bcreg\s+[^\W\d]\w*\s*\[([^\]]*)\]")
OLD_BIT3 = re.compile(r"\bbit\b\s*(?:\[([^\]]*)\])?\s*[^\W\d]\w*\s*[;=]")
OLD_GATE = re.compile(r"\bgate\s+([^\W\d]\w*)[^{;]*\{([^}]*)\}")
OLD_VERSION = re.compile(r"^\s*OPENQASM\s+(\d+)(?:\.\d+)?\s*;", re.MULTILINE)

PIECES = ["qubit", "bit", "qreg", "creg", "gate", "OPENQASM", "[", "]", "{", "}", ";", "=", " ", "\n",
          "3", "12", "q", "a", "x", "_", "h a", "(", ")", "pow(2) @ ", "$", "2.0"]  # fmt: skip


@given(st.lists(st.sampled_from(PIECES), max_size=60).map("".join))
def test_linear_scanners_read_what_the_old_regexes_read(code):
    assert qasm._sizes(code, qasm._QREG2, None) == OLD_QREG2.findall(code)
    assert qasm._sizes(code, qasm._CREG2, None) == OLD_CREG2.findall(code)
    assert qasm._sizes(code, qasm._QUBIT3, qasm._QUBIT3_NAME) == OLD_QUBIT3.findall(code)
    assert qasm._sizes(code, qasm._BIT3, qasm._BIT3_NAME) == OLD_BIT3.findall(code)
    assert [(name, body) for _, _, name, body in qasm._gate_definitions(code)] == OLD_GATE.findall(code)
    old = OLD_VERSION.search(code)
    new = qasm._VERSION.search(code)
    assert (old and old.group(1)) == (new and new.group(1))


#: Texts on which a backtracking scan from every starting point is quadratic: 10^5-10^6 characters,
#: hours at n^2, a fraction of a second at n.
QUADRATIC_BEFORE = {
    "blank lines": "\n" * 1_000_000 + "OPENQASM 3.0;\nqubit q;\n",
    "unclosed qubit sizes": "OPENQASM 3.0;\n" + "qubit[" * 200_000,
    "unclosed qreg sizes": "OPENQASM 2.0;\n" + "qreg q[" * 150_000,
    "unclosed gate bodies": "OPENQASM 3.0;\nqubit q;\n" + "gate g a {" * 100_000,
    "gates without braces": "OPENQASM 3.0;\nqubit q;\n" + "gate g a " * 100_000,
    "unclosed modifiers": "OPENQASM 3.0;\nqubit q;\n" + "ctrl(" * 200_000 + ";",
}


@pytest.mark.parametrize("case", list(QUADRATIC_BEFORE))
def test_the_pre_parse_finishes_on_texts_that_were_quadratic(monkeypatch, case):
    """Refused or parsed, the verdict comes (no clock: a quadratic scan would not finish)."""
    monkeypatch.setattr(qasm.qasm2, "loads", _parser_must_not_run)
    monkeypatch.setattr(qasm.qasm3, "loads", _parser_must_not_run)
    monkeypatch.setattr(qasm.qasm3, "loads_experimental", _parser_must_not_run)
    code, _ = qasm.scan(QUADRATIC_BEFORE[case])
    qasm._declared(code, "t")
    qasm.expansion_bound(code)
    with pytest.raises((InputError, AssertionError)):
        qasm.loads(QUADRATIC_BEFORE[case])


# ------------------------------------------------------------------ 5. the export pass manager


def _export_cases() -> list[Any]:
    """Circuits of every kind the export sees, and foreign ones: random circuits of Qiskit's standard
    gates (measured, with barriers, or with gates outside the basis), layers of every synthesis,
    a trajectory, an abstract unitary and a Pauli evolution."""
    from qiskit import QuantumCircuit
    from qiskit.circuit.library import PauliEvolutionGate, UnitaryGate
    from qiskit.circuit.random import random_circuit
    from qiskit.quantum_info import SparsePauliOp, random_unitary

    from qlens_q import Synthesis, trajectory_circuit

    rng = np.random.default_rng(5)
    cases = [random_circuit(n, 5, max_operands=3, measure=seed % 2 == 0, seed=seed) for seed, n in
             enumerate([1, 2, 3, 4, 5, 3, 4, 2, 5, 4, 3, 6])]  # fmt: skip
    for n in (2, 5, 16):
        op = layer_operator(rng.dirichlet(np.ones(n)), rng.dirichlet(np.ones(n)))
        for method in ("structured", "evolution", "dense", "isometry"):
            cases.append(layer_circuit(op, Synthesis(method), measure=True))
    cases.append(trajectory_circuit(list(rng.dirichlet(np.ones(8), size=4)), measure=True))
    foreign = QuantumCircuit(3, name="foreign")
    foreign.append(UnitaryGate(random_unitary(4, seed=1)), [0, 2])
    foreign.append(PauliEvolutionGate(SparsePauliOp(["XYZ", "ZZI"], [0.3, -0.7]), time=0.4), [0, 1, 2])
    foreign.barrier()
    foreign.ccx(2, 1, 0)
    foreign.measure_all()
    cases.append(foreign)
    return cases


def test_the_export_pass_manager_transpiles_as_qiskits_level_1_preset() -> None:
    """``transpile_for_export`` runs :func:`qasm.export_pass_manager` (built without looking stage
    plugins up by name); it gives the very circuit (gates, angles, phase, name) and text that
    ``transpile(..., optimization_level=1)`` gives for the same basis and seed."""
    from qiskit import transpile

    from qlens_q.circuits.stateprep import expand_ucry

    cases = [expand_ucry(qc) for qc in _export_cases()]
    ours = qasm.export_pass_manager().run(cases)
    for qc, mine in zip(cases, ours, strict=True):
        theirs = transpile(qc, basis_gates=list(qasm.EXPORT_BASIS), optimization_level=1, seed_transpiler=0)
        assert mine == theirs and mine.name == theirs.name, qc.name
        assert float(mine.global_phase) == float(theirs.global_phase)
        assert dumps(mine, "qasm3") == dumps(theirs, "qasm3")
    assert set().union(*(qc.count_ops() for qc in ours)) <= {*qasm.EXPORT_BASIS, "measure", "barrier"}


def test_exporting_loads_no_transpiler_plugin_of_another_package() -> None:
    """Exporting a circuit in a fresh interpreter does not import the stage plugins other packages
    install (qiskit-ibm-runtime's: its whole client, seconds), which ``qiskit.transpile`` loads."""
    import importlib.util
    import subprocess
    import sys

    if importlib.util.find_spec("qiskit_ibm_runtime") is None:
        pytest.skip("qiskit-ibm-runtime (the devices extra) is not installed: nothing to load")
    code = (
        "import sys\n"
        "from qlens_q import layer_operator\n"
        "from qlens_q.circuits import layer_circuit\n"
        "from qlens_q.qasm import dumps, transpile_for_export\n"
        "qc = transpile_for_export(layer_circuit(layer_operator([0.1, 0.2, 0.7], [0.5, 0.3, 0.2]), measure=True))\n"
        "assert dumps(qc).count('cx ') > 0\n"
        "print(sorted(m for m in sys.modules if m.startswith('qiskit_ibm_runtime')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", out.stdout[:300]
