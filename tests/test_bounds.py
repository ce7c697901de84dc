"""Issue 21, classes 1 to 4: every input has a bound the library and the command line share, every file
is read as a regular file of bounded size with strict JSON, OpenQASM is read as OpenQASM says, and no
check accepts a tolerance or rate at which it could not fail.

1. Extreme numbers, NaN in a run's JSON, digits ``int`` refuses, ``~user`` paths: one line, exit 2,
   nothing written (never an internal error).
2. Unbounded work refused *before* the work: a FIFO or device where a file belongs (a thread feeds
   the FIFO, so a reader that opened it would get valid content and the test would fail, not hang),
   gate definitions nested or expanding past the bounds whether used or not, million-term angles
   (the parser is replaced by one that fails the test if reached), shots, permutations, outputs.
3. A lone CR, and gates a program defines under standard names, read as OpenQASM defines them.
4. Tolerances and false-alarm rates bounded where the checks still mean something.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from helpers import one_line, run_cli, tree
from qiskit import QuantumCircuit
from qiskit.quantum_info import Statevector

from qlens_q import checks, io, qasm, simulation, validation
from qlens_q.cli import build_parser
from qlens_q.crosscheck import CheckConfig, crosscheck_one
from qlens_q.errors import InputError
from qlens_q.operators import layer_operator
from qlens_q.stats import analysis
from qlens_q.tasks.base import builtin_size
from qlens_q.trajectories import Trajectories

# ---------------------------------------------------------------- helpers


@contextlib.contextmanager
def fed_fifo(path: Path, content: bytes) -> Iterator[Path]:
    """A FIFO at ``path`` that a thread fills with ``content`` as soon as anyone opens it for reading.

    A reader that opens it gets ``content`` and then end of file (so a reader that should have refused
    it returns instead of blocking); a reader that refuses it before reading costs nothing. On exit the
    writer is released (opened once without blocking) and joined.
    """
    os.mkfifo(path)

    def feed() -> None:
        with contextlib.suppress(OSError), open(path, "wb") as fh:  # the open blocks until a reader opens it
            fh.write(content)

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    try:
        yield path
    finally:
        while writer.is_alive():
            fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)  # lets a blocked writer's open return
            os.close(fd)
            writer.join(0.01)


def _refuses(call: object, *needles: str) -> InputError:
    with pytest.raises(InputError) as info:
        call()  # type: ignore[operator]
    for needle in needles:
        assert needle in str(info.value), str(info.value)
    return info.value


def _trajectories(lens: bool = True) -> Trajectories:
    probs = [[[0.5, 0.5], [0.2, 0.8], [0.1, 0.9]], [[0.4, 0.6], [0.3, 0.7], [0.6, 0.4]]]
    summary = {"h0": {"kl": 0.1, "agree": 0.5}, "h1": {"kl": 0.05, "agree": 1.0}} if lens else None
    return Trajectories(probs, ["h0", "h1", "final"], lens=summary)


# ---------------------------------------------------------------- 1. bad input is bad input (exit 2)


@pytest.mark.parametrize(
    "args",
    [
        ["compile", "--alpha", "1e308"],
        ["compile", "--alpha", "5e-324", "--method", "evolution"],
        ["compile", "--alpha", "nan"],
        ["compile", "--alpha", "-inf"],
        ["compile", "--alpha", "1e-7", "--method", "evolution"],
        ["compile", "--alpha", "2e6"],
    ],
    ids=["1e308", "5e-324-evolution", "nan", "-inf", "below-bound", "above-bound"],
)
def test_extreme_evolution_times_are_bad_input_and_nothing_is_written(capsys, tmp_path, args):
    out = tmp_path / "layer.qasm"
    code, stdout, err = run_cli(capsys, *args, "--p-in", "0.5,0.5", "--p-out", "0.2,0.8", "-o", str(out))
    assert (code, stdout) == (2, "") and one_line(err) and "--alpha" in err, err
    assert tree(tmp_path) == {}


@pytest.mark.parametrize("alpha", [1e308, 5e-324, 1e-7, 2e6, float("nan")])
def test_layer_operator_refuses_evolution_times_outside_the_bound(alpha):
    _refuses(
        lambda: layer_operator([0.5, 0.5], [0.2, 0.8], alpha=alpha), "must be a number from 1e-06 to 1e+06"
    )


@pytest.mark.parametrize("alpha", validation.EVOLUTION_TIME_RANGE)
def test_the_evolution_time_bounds_themselves_compile_exactly(capsys, tmp_path, alpha):
    out = tmp_path / "layer.qasm"
    code, stdout, err = run_cli(
        capsys, "compile", "--p-in", "0.5,0.5", "--p-out", "0.2,0.8", "--alpha", repr(alpha), "-o", str(out)
    )
    assert code == 0, err
    assert json.loads(stdout)["born_max_abs_error"] < 1e-12


def _saved_trajectories(tmp_path: Path) -> Path:
    _trajectories().save(tmp_path / "trajectories.safetensors")
    return tmp_path / "trajectories.json"


@pytest.mark.parametrize(
    ("old", "new", "field", "token"),
    [
        ('"kl": 0.1', '"kl": NaN', "lens.h0.kl", "NaN"),
        ('"agree": 1.0', '"agree": -Infinity', "lens.h1.agree", "-Infinity"),
        ('"kl": 0.05', '"kl": 1e999', "lens.h1.kl", "1e999"),
    ],
)
def test_trajectories_load_names_the_file_and_field_of_a_non_finite_number(tmp_path, old, new, field, token):
    sidecar = _saved_trajectories(tmp_path)
    text = sidecar.read_text()
    assert old in text
    sidecar.write_text(text.replace(old, new))
    error = _refuses(lambda: Trajectories.load(tmp_path), f"field {field} holds {token}")
    assert error.argument == str(sidecar)


@pytest.mark.parametrize(
    ("content", "field"),
    [
        ('{"format": "qlens-q-report/1", "analysis": {"permutations": NaN}}', "analysis.permutations"),
        ('{"format": "qlens-q-report/1", "examples": [{"probs": [0.5, Infinity]}]}', "examples[0].probs[1]"),
    ],
)
def test_analyze_names_the_file_and_field_of_a_non_finite_number(capsys, tmp_path, content, field):
    (tmp_path / "report.json").write_text(content)
    before = tree(tmp_path)
    code, stdout, err = run_cli(capsys, "analyze", str(tmp_path))
    assert (code, stdout) == (2, "") and one_line(err)
    assert str(tmp_path / "report.json") in err and f"field {field}" in err, err
    assert tree(tmp_path) == before


@pytest.mark.parametrize(
    ("text", "value"),
    [("12", 12), ("+12", 12), (" 12 ", 12), ("1_000", 1000), ("²²", None), ("١٢", None), ("1.5", None),
     ("", None), ("0x10", None), ("٣", None)],
)  # fmt: skip
def test_ascii_int_accepts_exactly_what_int_reads_in_ascii(text, value):
    assert validation.ascii_int(text) == value
    if value is not None:
        assert int(text) == value


@pytest.mark.parametrize("size", ["²²", "١٢", "1.5", "-20", ""])
def test_builtin_sizes_int_refuses_or_that_are_not_ascii_are_bad_input(size):
    _refuses(lambda: builtin_size(f"builtin:{size}", 10, 1000, "sentences"), "builtin:N needs a whole number")
    assert builtin_size("builtin:+20", 10, 1000, "sentences") == 20


@pytest.mark.parametrize(
    "args",
    [
        ["--data", "builtin:²²"],
        ["--backbone", "hf:~nouser-qlens-q/x"],
        ["--model", "~nouser-qlens-q/model"],
        ["--data", "~nouser-qlens-q/sentihood"],
    ],
    ids=["superscript-digits", "hf-tilde-user", "model-tilde-user", "data-tilde-user"],
)
def test_run_refuses_digits_and_home_directories_in_one_line(capsys, tmp_path, args):
    code, stdout, err = run_cli(capsys, "run", "--out", str(tmp_path / "out"), *args)
    assert (code, stdout) == (2, "") and one_line(err), err
    assert "internal error" not in err
    assert not (tmp_path / "out").exists()


def test_user_path_expands_home_and_refuses_an_unknown_user():
    assert io.user_path("~/x", "model") == Path.home() / "x"
    error = _refuses(lambda: io.user_path("~nouser-qlens-q/x", "backbone"), "names no home directory")
    assert error.argument == "backbone"


# ---------------------------------------------------------------- 2. bounded work


def _model_folder(tmp_path: Path) -> Path:
    from qlens_q.nn.transformer import ModelConfig, Transformer

    folder = tmp_path / "model"
    folder.mkdir()
    config = ModelConfig(vocab_size=12, max_len=8, embed_dim=8, d_model=8, num_heads=2, d_mlp=16)
    Transformer(config).save(folder)
    return folder


@pytest.mark.parametrize(
    "case", ["report.json", "trajectories.json", "trajectories.safetensors", "model config.json",
             "hf config.json", "qasm file", "distribution file", "lens.json"],
)  # fmt: skip
def test_a_fifo_where_a_file_belongs_is_refused_before_it_is_read(tmp_path, case):
    if case == "report.json":
        with fed_fifo(tmp_path / "report.json", b'{"format": "qlens-q-report/1"}'):
            from qlens_q.rundir import load_report

            _refuses(lambda: load_report(tmp_path), "not a regular file")
    elif case.startswith("trajectories"):
        _saved_trajectories(tmp_path)
        name = case
        content = (tmp_path / name).read_bytes()
        (tmp_path / name).unlink()
        with fed_fifo(tmp_path / name, content):
            _refuses(lambda: Trajectories.load(tmp_path), "not a regular file")
    elif case == "model config.json":
        from qlens_q.nn.transformer import Transformer

        folder = _model_folder(tmp_path)
        content = (folder / "config.json").read_bytes()
        (folder / "config.json").unlink()
        with fed_fifo(folder / "config.json", content):
            _refuses(lambda: Transformer.load(folder), "not a regular file")
    elif case == "hf config.json":
        from qlens_q.nn.hf_folder import inspect_local

        folder = tmp_path / "hf"
        folder.mkdir()
        with fed_fifo(folder / "config.json", b'{"model_type": "bert"}'):
            error = _refuses(lambda: inspect_local(folder), "not a regular file")
            assert error.argument == "backbone"
    elif case == "qasm file":
        with fed_fifo(tmp_path / "c.qasm", b'OPENQASM 2.0;\ninclude "qelib1.inc";\nqreg q[1];\nh q[0];\n'):
            _refuses(lambda: qasm.load(tmp_path / "c.qasm"), "not a regular file")
    elif case == "distribution file":
        with fed_fifo(tmp_path / "p.json", b"[0.5, 0.5]"):
            _refuses(lambda: io.read_distribution(str(tmp_path / "p.json"), "expected"), "regular file")
    else:
        from qlens_q.nn.lenses import Lenses

        with fed_fifo(tmp_path / "lens.json", b"{}"):
            _refuses(lambda: Lenses.load(tmp_path), "not a regular file")


def test_a_device_where_a_file_belongs_is_refused():
    _refuses(lambda: qasm.load("/dev/null"), "not a regular file")
    _refuses(lambda: io.read_json("/dev/zero"), "not a regular file")


def test_a_fifo_named_report_json_is_not_an_earlier_run(tmp_path):
    from qlens_q.runfiles import check_out

    out = tmp_path / "out"
    out.mkdir()
    with fed_fifo(out / "report.json", b'{"format": "qlens-q-report/1"}'):
        _refuses(lambda: check_out(out), "out")


def test_library_bounds_are_the_command_lines(monkeypatch):
    def must_not_run(*args, **kwargs):
        raise AssertionError("work started before the bound was checked")

    traj = _trajectories(lens=False)
    monkeypatch.setattr(checks, "build_circuits", must_not_run)
    for kwargs, name in (({"shots": 10**12}, "shots"), ({"tol": 1.0}, "tol"), ({"alpha": 0.5}, "alpha"),
                         ({"seed": 2**32}, "seed")):  # fmt: skip
        assert _refuses(lambda kwargs=kwargs: checks.check(traj, **kwargs)).argument == name
    monkeypatch.setattr(analysis, "layer_vectors", must_not_run)
    assert (
        _refuses(lambda: analysis.analyze(traj, permutations=10**9), "1,000,000").argument == "permutations"
    )
    parser = build_parser()
    for command in (["analyze", "d"], ["run", "--out", "o"]):
        ok = parser.parse_args([*command, "--permutations", str(validation.MAX_PERMUTATIONS)])
        assert ok.permutations == validation.MAX_PERMUTATIONS
        with pytest.raises(SystemExit):
            parser.parse_args([*command, "--permutations", str(validation.MAX_PERMUTATIONS + 1)])
    with pytest.raises(SystemExit):
        parser.parse_args(["simulate", "f", "--shots", str(validation.MAX_SHOTS + 1)])


def test_analyze_refuses_two_billion_permutations_in_one_line(capsys, tmp_path):
    code, stdout, err = run_cli(capsys, "analyze", str(tmp_path), "--permutations", "2000000000")
    assert (code, stdout) == (2, "") and one_line(err) and "1,000,000" in err


def test_a_model_with_more_outputs_than_circuits_hold_is_refused():
    n = validation.MAX_OUTPUTS + 1
    probs = np.full((1, 2, n), 1.0 / n)
    assert _refuses(lambda: Trajectories(probs, ["a", "b"]), "outputs exceed").argument == "probs"
    assert Trajectories(np.full((1, 2, n - 1), 1.0 / (n - 1)), ["a", "b"]).num_outputs == n - 1


def test_a_probe_whose_head_gives_too_many_outputs_is_refused_at_its_first_batch():
    import torch
    from torch import nn

    from qlens_q.nn.probe import Probe

    class Wide(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.body = nn.Linear(4, 4)
            self.head = nn.Linear(4, 200_000)

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            return self.head(self.body(x))

    model = Wide()
    probe = Probe(model, {"body": "body"}, head=model.head)
    batches_read = []

    def batches():
        for _ in range(3):
            batches_read.append(1)
            yield torch.zeros(2, 4)

    _refuses(lambda: probe.cache(batches()), "200,000 outputs")
    assert len(batches_read) == 1


# ---- OpenQASM: bounded before the parser is reached


def _nested(version: int, levels: int, calls: int, qubits: int = 1, used: bool = False) -> str:
    head = (
        'OPENQASM 2.0;\ninclude "qelib1.inc";\n'
        if version == 2
        else 'OPENQASM 3.0;\ninclude "stdgates.inc";\n'
    )
    defs = "gate g0 a { h a; }\n" + "".join(
        f"gate g{i} a {{ {' '.join([f'g{i - 1} a;'] * calls)} }}\n" for i in range(1, levels)
    )
    decl = f"qreg q[{qubits}];\n" if version == 2 else f"qubit[{qubits}] q;\n"
    return head + defs + decl + (f"g{levels - 1} q;\n" if used else "")


def _angle(version: int, terms: int) -> str:
    head = (
        'OPENQASM 2.0;\ninclude "qelib1.inc";\nqreg q[1];\n'
        if version == 2
        else 'OPENQASM 3.0;\ninclude "stdgates.inc";\nqubit[1] q;\n'
    )
    return head + "rz(" + "+".join(["0.001"] * terms) + ") q[0];\n"


OVER_THE_BOUNDS = {
    "qasm3, 40 levels, unused": (lambda: _nested(3, 40, 2), "nests gate definitions 40 deep"),
    "qasm3, 40 single levels, unused": (lambda: _nested(3, 40, 1), "nests gate definitions 40 deep"),
    "qasm2, 1000 single levels, unused": (lambda: _nested(2, 1000, 1), "nests gate definitions 1000 deep"),
    "qasm2, 3^10 broadcast over 4 qubits": (
        lambda: _nested(2, 11, 3, qubits=4, used=True),
        "more than 50,000",
    ),
    "qasm3, 2^16 unused": (lambda: _nested(3, 17, 2), "more than 50,000"),
    "qasm2, 3^10 unused": (lambda: _nested(2, 11, 3), "more than 50,000"),
    "qasm2, a million terms": (lambda: _angle(2, 1_000_000), "1,000,000 operators"),
    "qasm3, a million terms": (lambda: _angle(3, 1_000_000), "1,000,000 operators"),
    "qasm3, 129 terms": (lambda: _angle(3, 129), "129 operators"),
    "qasm3, nested parentheses": (
        lambda: _angle(3, 1).replace("rz(", "rz(" + "(" * 200).replace(") q", ")" * 200 + ") q"),
        "operators",
    ),
}


def _parsers_must_not_run(monkeypatch):
    def reached(*args, **kwargs):
        raise AssertionError("the OpenQASM parser was reached")

    for name in ("loads", "loads_experimental"):
        monkeypatch.setattr(qasm.qasm3, name, reached)
    monkeypatch.setattr(qasm.qasm2, "loads", reached)


@pytest.mark.parametrize("case", list(OVER_THE_BOUNDS))
def test_definitions_and_expressions_past_the_bounds_never_reach_the_parser(monkeypatch, case):
    make, message = OVER_THE_BOUNDS[case]
    _parsers_must_not_run(monkeypatch)
    _refuses(lambda: qasm.loads(make()), message)


@pytest.mark.parametrize(
    "text",
    [_nested(3, qasm.MAX_GATE_NESTING, 1, used=True), _nested(2, qasm.MAX_GATE_NESTING, 1, used=True),
     _angle(3, qasm.MAX_EXPRESSION_TERMS), _angle(2, qasm.MAX_EXPRESSION_TERMS),
     _nested(2, 9, 3, qubits=2, used=True)],
    ids=["qasm3-32-levels", "qasm2-32-levels", "qasm3-128-terms", "qasm2-128-terms", "qasm2-3^8-on-2"],
)  # fmt: skip
def test_programs_within_the_bounds_are_read(text):
    circuit = qasm.loads(text)
    assert circuit.num_qubits >= 1


# ---------------------------------------------------------------- 3. OpenQASM read as OpenQASM says


def _export(fmt: str) -> str:
    op = layer_operator([0.1, 0.2, 0.7], [0.3, 0.3, 0.4])
    from qlens_q.circuits import layer_circuit

    return qasm.dumps(qasm.transpile_for_export(layer_circuit(op, measure=True)), fmt)


@pytest.mark.parametrize("fmt", qasm.FORMATS)
@pytest.mark.parametrize("where", ["everywhere", "one line"])
def test_a_lone_carriage_return_is_refused_with_its_line(tmp_path, capsys, fmt, where):
    text = _export(fmt)
    changed = text.replace("\n", "\r") if where == "everywhere" else text.replace("\n", "\r", 3)
    path = tmp_path / "c.qasm"
    path.write_bytes(changed.encode())
    _refuses(lambda: qasm.load(path), "lone carriage return", "line 1")
    code, stdout, err = run_cli(capsys, "crosscheck", str(path), "--expect", "0.3,0.3,0.4")
    assert (code, stdout) == (2, "") and one_line(err) and "lone carriage return" in err


@pytest.mark.parametrize("fmt", qasm.FORMATS)
def test_crlf_line_ends_read_as_lf_line_ends(fmt):
    plain = "\n".join(_export(fmt).splitlines()[1:-1]) + "\n"  # without qlens-q's checksum lines
    lf, crlf = qasm.loads(plain), qasm.loads(plain.replace("\n", "\r\n"))
    assert [(i.name, [float(p) for p in i.params]) for i in lf.data] == [
        (i.name, [float(p) for p in i.params]) for i in crlf.data
    ]


#: Gates a program defines under a standard gate's name, with a body that is another gate:
#: (name, definition, call, qubits, the strict reading's circuit, the standard gate's circuit).
REDEFINED = {
    "h as X": ("h", "gate h a { U(pi,0,pi) a; }", "h q[0];", 1, lambda qc: qc.x(0), lambda qc: qc.h(0)),
    "x as H": ("x", "gate x a { U(pi/2,0,pi) a; }", "x q[0];", 1, lambda qc: qc.h(0), lambda qc: qc.x(0)),
    "cx as X on its control": (
        "cx", "gate cx a, b { U(pi,0,pi) a; }", "cx q[0], q[1];", 2, lambda qc: qc.x(0), lambda qc: qc.cx(0, 1)
    ),
    "ry as X": ("ry", "gate ry(t) a { U(pi,0,pi) a; }", "ry(0.1) q[0];", 1, lambda qc: qc.x(0),
                lambda qc: qc.ry(0.1, 0)),
    "u3 as H": ("u3", "gate u3(t, p, l) a { U(pi/2,0,pi) a; }", "u3(0, 0, 0) q[0];", 1, lambda qc: qc.h(0),
                lambda qc: qc.u(0, 0, 0, 0)),
}  # fmt: skip


def _redefined_program(version: int, case: str) -> tuple[str, np.ndarray]:
    _, definition, call, n, strict, _ = REDEFINED[case]
    if version == 2:
        definition, call = definition.replace("a, b", "a,b"), call.replace(", ", ",")
        text = f"OPENQASM 2.0;\n{definition}\nqreg q[{n}];\ncreg c[{n}];\n{call}\nmeasure q -> c;\n"
    else:
        text = f"OPENQASM 3.0;\n{definition}\nqubit[{n}] q;\nbit[{n}] c;\n{call}\nc = measure q;\n"
    reference = QuantumCircuit(n)
    strict(reference)
    return text, Statevector(reference).probabilities()


@pytest.mark.parametrize("version", [2, 3])
@pytest.mark.parametrize("case", list(REDEFINED))
def test_a_gate_defined_under_a_standard_name_is_simulated_as_defined(tmp_path, capsys, version, case):
    text, strict = _redefined_program(version, case)
    circuit = qasm.loads(text)
    assert all(inst.name != REDEFINED[case][0] for inst in circuit.data)  # no simulator's own gate
    probabilities = simulation.exact_probabilities([simulation.prepare(circuit)])[0]
    assert np.allclose(probabilities, strict, atol=1e-12)
    path = tmp_path / "c.qasm"
    path.write_text(text)
    code, _, err = run_cli(capsys, "crosscheck", str(path), "--expect", ",".join(map(repr, strict.tolist())),
                           "--shots", "200")  # fmt: skip
    assert code == 0, err
    standard = QuantumCircuit(REDEFINED[case][3])
    REDEFINED[case][5](standard)
    wrong = Statevector(standard).probabilities()
    assert not np.allclose(wrong, strict, atol=1e-3)
    code, _, err = run_cli(capsys, "crosscheck", str(path), "--expect", ",".join(map(repr, wrong.tolist())),
                           "--shots", "200")  # fmt: skip
    assert code == 1, err


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("OPENQASM 3.0;\ngate U(a, b, c) q { }\nqubit[1] q;\nU(pi, 0, pi) q[0];\n", "does not parse"),
        ("OPENQASM 2.0;\nopaque h a;\nqreg q[1];\nh q[0];\n", "opaque"),
        (
            'OPENQASM 2.0;\ninclude "qelib1.inc";\ngate h a { U(pi,0,pi) a; }\nqreg q[1];\nh q[0];\n',
            "does not parse",
        ),
    ],
    ids=["qasm3-U", "qasm2-opaque-h", "qasm2-h-twice"],
)
def test_redefinitions_a_strict_reader_refuses_are_refused(text, message):
    _refuses(lambda: qasm.loads(text), message)


def test_a_plain_qasm3_program_without_its_include_is_refused_quietly(capfd):
    _refuses(lambda: qasm.loads("OPENQASM 3.0;\nqubit[1] q;\nh q[0];\n"), "'h' is not defined")
    assert capfd.readouterr().err == ""  # the Rust importer was not asked (it prints its errors)


# ---------------------------------------------------------------- 4. checks that can fail


@pytest.mark.parametrize("tol", ["1", "1e308", "0.0011", "nan", "inf", "0", "1e-16", "-1e-9", "-inf"])
def test_crosscheck_refuses_a_tolerance_outside_the_bound(capsys, tmp_path, tol):
    path = tmp_path / "c.qasm"
    path.write_text(_export("qasm3"))
    code, stdout, err = run_cli(capsys, "crosscheck", str(path), "--expect", "0.1,0.2,0.7", f"--tol={tol}")
    assert (code, stdout) == (2, "") and one_line(err) and "--tol" in err and "0.001" in err


def test_at_the_largest_tolerance_a_wrong_distribution_still_fails(capsys, tmp_path):
    path = tmp_path / "c.qasm"
    path.write_text(_export("qasm3"))
    largest = repr(validation.TOL_RANGE[1])
    code, _, err = run_cli(capsys, "crosscheck", str(path), "--expect", "0.1,0.2,0.7", "--tol", largest)
    assert code == 1, err
    code, _, err = run_cli(capsys, "crosscheck", str(path), "--expect", "0.3,0.3,0.4", "--tol", largest)
    assert code == 0, err


@pytest.mark.parametrize(
    ("field", "bad", "good"),
    [("tol", [1.0, 1e-3 * 1.01, 1e-16, 0.0], [1e-15, 1e-9, 1e-3]),
     ("alpha", [0.5, 0.9, 1e-13, 0.0], [1e-12, 1e-3, 0.49])],
)  # fmt: skip
def test_check_config_bounds_tolerances_and_rates(field, bad, good):
    for value in bad:
        assert _refuses(lambda value=value: CheckConfig(**{field: value})).argument == field
    for value in good:
        assert getattr(CheckConfig(**{field: value}), field) == value


def test_a_wrong_distribution_fails_at_every_accepted_tolerance():
    circuit = qasm.loads(_export("qasm3"))
    for tol in (validation.TOL_RANGE[0], 1e-9, validation.TOL_RANGE[1]):
        verdict = crosscheck_one(circuit, [0.3, 0.3 + 2e-3, 0.4 - 2e-3], CheckConfig(shots=100, tol=tol))
        assert not verdict.passed


def test_help_and_guarantees_state_the_bounds():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command").choices
    assert "1e-15 to 0.001" in sub["crosscheck"].format_help()
    assert "1e-06 to 1e+06" in sub["compile"].format_help()
    assert "1,000,000" in sub["analyze"].format_help() and "1,000,000" in sub["run"].format_help()
    guarantees = (Path(__file__).parents[1] / "docs" / "guarantees.md").read_text()
    for text in ("1e-15", "1e-3", "1e-12", "0.5", "1,000,000", "65,536", "50,000", "lone carriage return"):
        assert text in guarantees, text
