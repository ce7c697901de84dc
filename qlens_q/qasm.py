"""OpenQASM 2 and 3 export and import.

Export transpiles to :data:`EXPORT_BASIS` (``cx, ry, rz, x, h``), which is in
both ``qelib1.inc`` (OpenQASM 2) and ``stdgates.inc`` (OpenQASM 3), so the files
load in any standard OpenQASM tool. :func:`dumps` writes such circuits itself, every
angle as the shortest decimal that reads back as the same double (Python's ``repr``),
so the angle read back equals the circuit's to the last bit; anything else goes
through Qiskit's exporters.

Import goes through :mod:`qiskit.qasm2` (Rust) and, for OpenQASM 3, Qiskit's Rust
importer (:func:`qiskit.qasm3.loads_experimental`) for programs in the plain subset
qlens-q writes (checked statement by statement first, see :func:`plain_program`),
the Python importer (``qiskit-qasm3-import``) for everything else. The declared qubit
count is read from the text and refused above :data:`MAX_QUBITS` *before* anything
is parsed or allocated; every scan of the text before parsing is linear in its length.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import math
import re
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from qiskit import QuantumCircuit, qasm2, qasm3, transpile
from qiskit.circuit import Barrier, Gate, Measure
from qiskit.exceptions import ExperimentalWarning
from qiskit.transpiler import StagedPassManager

from qlens_q import io as files
from qlens_q import validation
from qlens_q.errors import InputError

#: Operations counted as one, whatever Qiskit would synthesise them into.
_PRIMITIVES = frozenset({*("cx", "ry", "rz", "rx", "x", "y", "z", "h", "s", "sdg", "t", "tdg", "sx", "u", "u1", "u2", "u3",
                           "p", "id", "cz", "swap", "measure", "barrier", "reset", "delay")})  # fmt: skip

#: Gates every exported file uses: all in qelib1.inc and stdgates.inc.
EXPORT_BASIS: tuple[str, ...] = ("cx", "ry", "rz", "x", "h")
_EXPORT_GATES = frozenset(EXPORT_BASIS)
FORMATS: tuple[str, ...] = validation.QASM_FORMATS
#: Largest qubit count accepted from a file: a 2^26 statevector is 1 GiB.
MAX_QUBITS = 26
#: Largest QASM file read (bytes).
MAX_FILE_BYTES = 512 * 2**20

#: ``OPENQASM n;`` as the first code on a line (``[^\S\n]*``: a run of blank lines is not rescanned from each line).
_VERSION = re.compile(r"^[^\S\n]*OPENQASM\s+(\d+)(?:\.\d+)?\s*;", re.MULTILINE)
#: Comments and string literals, in one pass: a ``//`` inside a string is part of the string.
_TOKENS = re.compile(r"//[^\n]*|/\*.*?(?:\*/|$)|\"[^\"\n]*\"?|'[^'\n]*'?", re.DOTALL)
# The declarations read before parsing. Each pattern opens with its keyword (so the regex engine
# looks for that literal and nothing else; the look-behind after it is the word boundary before
# it); a register's ``[size]`` is found with :class:`_NextChar`, so no scan is repeated from many
# starting points and the whole pre-parse is linear in the text.
_QREG2 = re.compile(r"qreg(?<!\wqreg)\s+[^\W\d]\w*\s*\[")
_CREG2 = re.compile(r"creg(?<!\wcreg)\s+[^\W\d]\w*\s*\[")
_QUBIT3 = re.compile(r"qubit(?<!\wqubit)\b\s*(\[)?")
_BIT3 = re.compile(r"bit(?<!\wbit)\b\s*(\[)?")
#: What follows ``qubit`` / ``qubit[size]`` (``bit``: also ``=``) in a declaration.
_QUBIT3_NAME = re.compile(r"\s*[^\W\d]\w*\s*;")
_BIT3_NAME = re.compile(r"\s*[^\W\d]\w*\s*[;=]")
_PHYSICAL = re.compile(r"\$(\d+)")
_SIZE = re.compile(r"^\s*(\d+)\s*$")
_INCLUDE = re.compile(r"include(?<!\winclude)\s*(\"[^\"]*\"?|'[^']*'?)")
#: An integer literal with more digits than any 64-bit integer holds (the Rust parser panics on it).
_HUGE_INTEGER = re.compile(r"(?<![\w.])\d{19,}(?![\w.])")
#: First line of every file qlens-q writes, and the prefix of its last line (see :func:`dumps`).
HEADER = "// qlens-q circuit: its last line is a checksum of everything before it"
CHECKSUM_PREFIX = "// qlens-q sha256 "
#: The only files a QASM program may include: the standard gate libraries.
STANDARD_INCLUDES = frozenset({"qelib1.inc", "stdgates.inc"})
#: Most classical bits a file may declare (qlens-q reads one per qubit; more are refused after parsing).
MAX_CLBITS = 1024
#: Most operations a circuit may expand to, its gate definitions unrolled (checked before any simulation).
MAX_EXPANDED_OPERATIONS = 10_000_000
#: Most operations a program's own gate definitions may unroll to: every definition's expansion, used
#: or not (Qiskit's OpenQASM 3 importer builds each one), plus the expansion of the program's calls of
#: them (unrolled in Python before Aer runs them). Both happen in Python at about 10^4 operations a
#: second, so this bounds them to seconds. Files qlens-q writes define no gate.
MAX_DEFINED_OPERATIONS = 50_000
#: Deepest nesting of gate definitions (``g2`` calls ``g1``, which calls ``g0``: 3): the importers and
#: the unrolling recurse once per level.
MAX_GATE_NESTING = 32
#: Most operators and parentheses in one statement (an angle expression): the OpenQASM 3 parser
#: recurses once per term.
MAX_EXPRESSION_TERMS = 128
#: ``opaque NAME`` (OpenQASM 2): a gate declared without a body.
_OPAQUE = re.compile(r"opaque(?<!\wopaque)\s+([^\W\d]\w*)")
#: A carriage return that does not start a CRLF pair.
_LONE_CR = re.compile(r"\r(?!\n)")
#: Appended to the name of every gate a program defines itself, so that no simulator or transpiler
#: takes it for its own gate of that name (Aer runs an instruction named ``h`` as its H, whatever
#: the program defined ``h`` to be).
DEFINED_SUFFIX = "_def"
#: ``gate NAME``; its ``{ body }`` is found with :class:`_NextChar`.
_GATE_DEFINITION = re.compile(r"gate(?<!\wgate)\s+([^\W\d]\w*)")
# ``[^()]*`` (not ``[^)]*``): a run of ``ctrl(ctrl(...`` is not rescanned from each ``(``.
_CALL = re.compile(
    r"^\s*((?:(?:ctrl|negctrl|inv)\s*(?:\([^()]*\))?\s*@\s*|pow\s*\([^()]*\)\s*@\s*)*)([^\W\d]\w*)\s*(.*)$",
    re.DOTALL,
)
_POWER = re.compile(r"pow\s*\(\s*(\d+)\s*\)")

# ---------------------------------------------------------------- the plain subset (writer and reader)

#: Names a register of a file qlens-q writes itself may not take (otherwise Qiskit's exporter
#: names the file's registers): OpenQASM 2 and 3 keywords, built-in constants and every gate of
#: ``stdgates.inc`` and ``qelib1.inc``.
_RESERVED_NAMES = frozenset({
    "OPENQASM", "angle", "array", "barrier", "bit", "bool", "box", "break", "cal", "complex", "const",
    "continue", "creg", "ctrl", "def", "defcal", "defcalgrammar", "delay", "duration", "durationof",
    "else", "end", "extern", "float", "for", "gate", "gphase", "if", "in", "include", "input", "int",
    "inv", "let", "measure", "mutable", "negctrl", "opaque", "output", "pow", "qreg", "qubit", "reset",
    "return", "sizeof", "stretch", "uint", "while", "switch", "case", "default", "true", "false",
    "void", "pi", "tau", "euler", "U", "CX", "c3sqrtx", "c3x", "c4x", "ccx", "ch", "cp", "cphase",
    "crx", "cry", "crz", "cswap", "csx", "cu", "cu1", "cu3", "cx", "cy", "cz", "h", "id", "p",
    "phase", "rc3x", "rccx", "rx", "rxx", "ry", "rz", "rzz", "s", "sdg", "swap", "sx", "sxdg",
    "t", "tdg", "u", "u0", "u1", "u2", "u3", "x", "y", "z",
})  # fmt: skip
#: A register name the writer keeps as it is (any other: Qiskit's exporter writes the file).
_PLAIN_NAME = re.compile(r"[a-z][a-z0-9_]*\Z")
#: Gates of ``stdgates.inc`` a plain program may call: ``name: (angles, qubits)``.
PLAIN_GATES: dict[str, tuple[int, int]] = {
    **{name: (0, 1) for name in ("x", "y", "z", "h", "s", "sdg", "t", "tdg", "sx")},
    **{name: (1, 1) for name in ("rx", "ry", "rz", "p")},
    **{name: (0, 2) for name in ("cx", "cy", "cz", "ch", "swap")},
    **{name: (1, 2) for name in ("crx", "cry", "crz", "cp")},
    **{name: (0, 3) for name in ("ccx", "cswap")},
}
_S = r"[ \t\r\n]"  # whitespace as every OpenQASM lexer has it (Unicode spaces are not plain)
_ID = r"[A-Za-z_][A-Za-z0-9_]*"
_REF = rf"{_ID}(?:{_S}*\[{_S}*[0-9]+{_S}*\])?"
_PLAIN_VERSION = re.compile(rf"{_S}*OPENQASM{_S}+3(?:\.0)?{_S}*")
_PLAIN_INCLUDE = re.compile(rf'{_S}*include{_S}*"([0-9]+)"{_S}*')
_PLAIN_DECLARATION = re.compile(rf"{_S}*(qubit|bit)(?:{_S}*\[{_S}*([0-9]+){_S}*\]{_S}*|{_S}+)({_ID}){_S}*")
_PLAIN_CALL = re.compile(rf"{_S}*({_ID})(?:{_S}*\(([^()]*)\){_S}*|{_S}+)({_REF}(?:{_S}*,{_S}*{_REF})*){_S}*")
_PLAIN_MEASURE = re.compile(rf"{_S}*({_REF}){_S}*={_S}*measure{_S}+({_REF}){_S}*")
_PLAIN_REF = re.compile(rf"({_ID})(?:{_S}*\[{_S}*([0-9]+){_S}*\])?")
#: A decimal floating-point literal, optionally negated (no ``.5`` or ``1_000``: not every parser reads them).
_PLAIN_ANGLE = re.compile(rf"{_S}*-?[0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?{_S}*")


def transpile_for_export(circuit: QuantumCircuit, *, optimization_level: int = 1) -> QuantumCircuit:
    """Synthesise ``circuit`` into :data:`EXPORT_BASIS` (deterministic: fixed transpiler seed).

    ``ucry`` gates are decomposed first (:func:`qlens_q.circuits.stateprep.expand_ucry`: the gates
    Qiskit's synthesis would give, without its per-angle Python loop); a list of circuits gives a list.
    At optimization level 1 (the default) the passes are :func:`export_pass_manager`'s, Qiskit's
    level-1 preset; any other level goes through :func:`qiskit.transpile`.
    """
    from qlens_q.circuits.stateprep import expand_ucry

    expanded = [expand_ucry(qc) for qc in circuit] if isinstance(circuit, list) else expand_ucry(circuit)
    if optimization_level == 1:
        return export_pass_manager().run(expanded)
    return transpile(
        expanded,
        basis_gates=list(EXPORT_BASIS),
        optimization_level=optimization_level,
        seed_transpiler=0,
    )


def export_pass_manager() -> StagedPassManager:
    """A new pass manager doing what ``transpile(qc, basis_gates=EXPORT_BASIS, optimization_level=1,
    seed_transpiler=0)`` does, built from Qiskit's default stage plugins and passes, not looked up by name
    (about 8 ms to build).

    ``qiskit.transpile`` and ``generate_preset_pass_manager`` load every installed stage plugin
    before choosing the default ones; with qiskit-ibm-runtime installed (the ``devices`` extra)
    that imports the whole IBM client, about 3 s on the project's 2-core machine, in every
    process that exports a circuit. The stages, pass-manager configuration and target here are
    those Qiskit's level-1 preset builds for a basis without a coupling map (its
    ``level_1_pass_manager`` and ``_parse_common_options``); the optimization stage is the level-1
    case of its ``OptimizationPassManager`` (which would look its translation stage up by name,
    loading every plugin): 1q-run resynthesis and inverse cancellation until size and depth stop
    changing, re-translating whatever leaves the basis. Tests check that this and ``transpile``
    give the same circuits, and so the same exported text.
    """
    from qiskit.circuit.controlflow import CONTROL_FLOW_OP_NAMES, get_control_flow_name_mapping
    from qiskit.passmanager.flow_controllers import ConditionalController, DoWhileController
    from qiskit.transpiler import PassManager, PassManagerConfig, Target
    from qiskit.transpiler.passes import (
        ContractIdleWiresInControlFlow,
        Depth,
        FixedPoint,
        GatesInBasis,
        InverseCancellation,
        Optimize1qGatesDecomposition,
        Size,
    )
    from qiskit.transpiler.preset_passmanagers import builtin_plugins, common

    basis = list({*EXPORT_BASIS, "measure", "delay", "reset", *CONTROL_FLOW_OP_NAMES})
    target = Target.from_configuration(basis_gates=basis, custom_name_mapping=get_control_flow_name_mapping())
    config = PassManagerConfig(
        target=target,
        basis_gates=basis,
        coupling_map=target.build_coupling_map(),
        instruction_durations=target.durations(),
        timing_constraints=target.timing_constraints(),
        approximation_degree=1.0,
        seed_transpiler=0,
        unitary_synthesis_method="default",
        qubits_initially_zero=True,
    )
    translation = builtin_plugins.DefaultTranslationPassManager().pass_manager(config, optimization_level=1)

    def fixed_point() -> list[Any]:
        return [Size(recurse=True), Depth(recurse=True), FixedPoint("size"), FixedPoint("depth")]

    optimization = PassManager()
    optimization.append(fixed_point())
    optimization.append(
        DoWhileController(
            [
                Optimize1qGatesDecomposition(basis=basis, target=target),
                InverseCancellation(),
                ContractIdleWiresInControlFlow(),
                GatesInBasis(basis, target=target),
                ConditionalController(  # a translation stage of its own, as in Qiskit's preset
                    builtin_plugins.DefaultTranslationPassManager()
                    .pass_manager(config, optimization_level=1)
                    .to_flow_controller(),
                    condition=lambda props: not props["all_gates_in_basis"],
                ),
                *fixed_point(),
            ],
            do_while=lambda props: not (props["depth_fixed_point"] and props["size_fixed_point"]),
        )
    )
    return StagedPassManager(
        pre_init=common.generate_control_flow_options_check(
            layout_method="default",
            routing_method="default",
            translation_method="default",
            optimization_method="default",
            scheduling_method="default",
            basis_gates=basis,
            target=target,
        ),
        init=builtin_plugins.DefaultInitPassManager().pass_manager(config, optimization_level=1),
        translation=translation,
        optimization=optimization,
        scheduling=builtin_plugins.DefaultSchedulingPassManager().pass_manager(config, optimization_level=1),
    )


def dumps(circuit: QuantumCircuit, fmt: str = "qasm3") -> str:
    """OpenQASM text of a circuit already in :data:`EXPORT_BASIS` (see :func:`transpile_for_export`).

    A circuit of ``cx, ry, rz, x, h``, ``measure`` and ``barrier`` on named registers is
    written here (:func:`write_plain`): the same statements, declarations and register names
    as Qiskit's ``qasm3.dumps`` / ``qasm2.dumps``, but every angle ``theta`` as ``repr(theta)``,
    the shortest decimal that reads back as the same IEEE double, so the angle a parser reads
    from the file equals the circuit's to the last bit (Qiskit's exporters round angles within
    ``1e-12`` of a multiple of ``pi/16`` to ``pi/2``-style expressions). Any other circuit is
    written by Qiskit's exporter.

    The text opens with :data:`HEADER` and closes with a checksum comment (the sha256 of
    everything before it), so :func:`loads` refuses a file qlens-q wrote that was cut short
    (OpenQASM has no end marker: a file cut after a complete statement still parses) or
    changed afterwards. Both are comments: any OpenQASM tool reads the file as it is.
    """
    if fmt not in FORMATS:
        raise InputError("format", f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    body = write_plain(circuit, fmt)
    if body is None:
        body = qasm3.dumps(circuit) if fmt == "qasm3" else qasm2.dumps(circuit)
    text = f"{HEADER}\n{body.rstrip()}\n"
    return f"{text}{CHECKSUM_PREFIX}{hashlib.sha256(text.encode()).hexdigest()}\n"


def _angle(value: Any) -> str | None:
    """``repr`` of a finite angle, with a ``.0`` before a bare exponent (``1e-20`` -> ``1.0e-20``:
    OpenQASM 2's real literals need the point). ``float(repr(x)) == x`` for every double."""
    try:
        x = float(value)
    except (TypeError, ValueError):  # an unbound or complex parameter expression
        return None
    if not math.isfinite(x):
        return None
    text = repr(x)
    mantissa, e, exponent = text.partition("e")
    return text if "." in mantissa else f"{mantissa}.0{e}{exponent}"


def _bit_names(bits: Sequence[Any], registers: Sequence[Any]) -> dict[Any, str] | None:
    """``bit -> "reg[i]"`` when the registers, in order, are exactly the circuit's bits in order."""
    names: dict[Any, str] = {}
    listed: list[Any] = []
    for register in registers:
        if register.size == 0 or _PLAIN_NAME.match(register.name) is None or register.name in _RESERVED_NAMES:
            return None
        for i, bit in enumerate(register):
            names[bit] = f"{register.name}[{i}]"
            listed.append(bit)
    return names if listed == list(bits) else None


def write_plain(circuit: QuantumCircuit, fmt: str) -> str | None:
    """The OpenQASM program of a circuit of :data:`EXPORT_BASIS` gates, measurements and barriers, or ``None``.

    Declarations as Qiskit's exporters write them: ``bit[n] c;`` then ``qubit[n] q;`` (OpenQASM 3)
    or ``qreg q[n];`` then ``creg c[n];`` (OpenQASM 2), one per register, in the circuit's
    register order; ``c[i] = measure q[j];`` / ``measure q[j] -> c[i];``; the global phase is
    not written (as in Qiskit's exporters: it changes no probability). Every angle is
    ``repr`` of its double (see :func:`dumps`). ``None`` when the circuit holds anything
    else (another operation, an unbound or non-finite angle, a bit in no register or in two,
    registers out of the bits' order, an empty register, or a register name that is a keyword
    or a gate's name): the caller then uses Qiskit's exporter.
    """
    qubit_names = _bit_names(circuit.qubits, circuit.qregs)
    clbit_names = _bit_names(circuit.clbits, circuit.cregs)
    registers = [r.name for r in (*circuit.qregs, *circuit.cregs)]
    if qubit_names is None or clbit_names is None or not registers or len(set(registers)) < len(registers):
        return None
    three = fmt == "qasm3"
    comma = ", " if three else ","
    if three:
        lines = ["OPENQASM 3.0;", 'include "stdgates.inc";']
        lines += [f"bit[{r.size}] {r.name};" for r in circuit.cregs]
        lines += [f"qubit[{r.size}] {r.name};" for r in circuit.qregs]
    else:
        lines = ["OPENQASM 2.0;", 'include "qelib1.inc";']
        lines += [f"qreg {r.name}[{r.size}];" for r in circuit.qregs]
        lines += [f"creg {r.name}[{r.size}];" for r in circuit.cregs]
    operand_texts: dict[tuple[Any, ...], str] = {}  # each operand list written once (a layer repeats its cx)
    for instruction in circuit.data:  # names, parameters and bits only: no gate object is built
        name = instruction.name
        qargs = instruction.qubits
        qubits = operand_texts.get(qargs)
        if qubits is None:
            qubits = operand_texts[qargs] = comma.join(qubit_names[q] for q in qargs)
        if name in _EXPORT_GATES and instruction.is_standard_gate():
            if instruction.params:
                angles = [_angle(p) for p in instruction.params]
                if None in angles:
                    return None
                lines.append(f"{name}({comma.join(angles)}) {qubits};")  # type: ignore[arg-type]
            else:
                lines.append(f"{name} {qubits};")
        elif name == "measure" and isinstance(instruction.operation, Measure):
            (bit,) = instruction.clbits
            target = clbit_names[bit]
            lines.append(f"{target} = measure {qubits};" if three else f"measure {qubits} -> {target};")
        elif name == "barrier" and isinstance(instruction.operation, Barrier) and instruction.qubits:
            lines.append(f"barrier {qubits};")
        else:
            return None
    return "\n".join(lines) + "\n"


def _verify_checksum(text: str, source: str) -> None:
    """Refuse a file qlens-q wrote (it opens with :data:`HEADER`) that was cut short or changed since."""
    if not text.startswith(HEADER):
        return
    body, sep, last = text.rstrip("\n").rpartition("\n")
    if not sep or not last.startswith(CHECKSUM_PREFIX):
        raise InputError(
            source, "ends before its checksum line: the file was cut short after qlens-q wrote it"
        )
    if hashlib.sha256(f"{body}\n".encode()).hexdigest() != last[len(CHECKSUM_PREFIX) :].strip():
        raise InputError(
            source,
            "does not match its checksum line: it was changed after qlens-q wrote it "
            "(delete its first line to read it as a plain program)",
        )


def scan(text: str) -> tuple[str, list[str]]:
    """The program with comments blanked and every string literal emptied to ``""``, and the literals' contents.

    One left-to-right pass, so ``//`` inside a string is not a comment and a string inside a
    comment is not a string. Sizes and includes are read from the scanned code, never from the raw text.
    """
    strings: list[str] = []

    def replace(match: re.Match[str]) -> str:
        token = match.group(0)
        if token.startswith(("//", "/*")):
            return " " * token.count("\n") + (" " if "\n" not in token else "\n")
        strings.append(token[1:-1] if len(token) > 1 and token[-1] == token[0] else token[1:])
        return f'"{len(strings) - 1}"'

    return _TOKENS.sub(replace, text), strings


def declared_qubits(text: str, source: str = "qasm") -> int:
    """Qubits a QASM program declares, read without parsing it (registers summed).

    A register whose size is not a plain integer literal (``qubit[10*10] q;``) is
    refused: it could not be bounded before the parser allocates it.
    """
    return _declared(scan(text)[0], source)[0]


class _NextChar:
    """Position of the first of ``chars`` at or after ``pos`` in ``code`` (``-1``: none), asked at
    increasing ``pos``: an answer is reused while it is still ahead, so the text is scanned about once."""

    def __init__(self, code: str, chars: str) -> None:
        self._code = code
        self._pattern = re.compile(f"[{re.escape(chars)}]")
        self._asked, self._answer = -1, -2

    def __call__(self, pos: int) -> int:
        if pos < self._asked or not (self._answer == -1 or pos <= self._answer):
            found = self._pattern.search(self._code, pos)
            self._answer = found.start() if found is not None else -1
        self._asked = pos
        return self._answer


def _sizes(code: str, keyword: re.Pattern[str], after: re.Pattern[str] | None) -> list[str]:
    """The ``[size]`` texts of every declaration ``keyword`` starts (``""``: one bit, no size).

    OpenQASM 2 (``after`` None): ``qreg NAME[size]``, the pattern ending at ``[``. OpenQASM 3:
    ``qubit[size] NAME;`` or ``qubit NAME;`` (``after`` reads ``NAME;``); a keyword not followed
    by a declaration (a subroutine's parameter) is not one. The size is everything up to the
    first ``]``, as a parser would read it.
    """
    close = _NextChar(code, "]")
    sizes = []
    for match in keyword.finditer(code):
        if after is None or match.group(1):
            end = close(match.end())
            if end < 0:
                continue
            if after is None or after.match(code, end + 1):
                sizes.append(code[match.end() : end])
        elif after.match(code, match.end()):
            sizes.append("")
    return sizes


def _declared(code: str, source: str) -> tuple[int, int]:
    """``(qubits, classical bits)`` the scanned ``code`` declares."""
    qubits = sum(_register_size(size, source) for size in _sizes(code, _QREG2, None))
    qubits += sum(
        1 if size == "" else _register_size(size, source) for size in _sizes(code, _QUBIT3, _QUBIT3_NAME)
    )
    physical = [int(m) for m in _PHYSICAL.findall(code) if len(m) < 10]
    qubits = max(qubits, max(physical) + 1 if physical else 0)
    clbits = sum(_register_size(size, source) for size in _sizes(code, _CREG2, None))
    clbits += sum(
        1 if size == "" else _register_size(size, source) for size in _sizes(code, _BIT3, _BIT3_NAME)
    )
    return qubits, clbits


def _gate_definitions(code: str) -> list[tuple[int, int, str, str]]:
    """``(start, end, name, body)`` of every ``gate NAME ... { body }`` in ``code``, in order.

    The body runs to the first ``}`` (gate bodies hold no braces); a ``gate`` whose next ``{``
    comes after a ``;`` opens no definition; a definition's text is not searched again.
    """
    opening, closing = _NextChar(code, "{;"), _NextChar(code, "}")
    found: list[tuple[int, int, str, str]] = []
    resume = 0
    for match in _GATE_DEFINITION.finditer(code):
        if match.start() < resume:
            continue
        brace = opening(match.end())
        if brace < 0:
            break
        if code[brace] != "{":
            continue
        end = closing(brace)
        if end < 0:
            break
        found.append((match.start(), end + 1, match.group(1), code[brace + 1 : end]))
        resume = end + 1
    return found


def expansion_bound(code: str) -> int:
    """An upper bound on the operations a scanned program expands to, read from its text before parsing
    (the first of :func:`expansion_bounds`)."""
    return expansion_bounds(code)[0]


def expansion_bounds(code: str) -> tuple[int, int, int]:
    """``(operations, defined, nesting)`` of a scanned program, read from its text before parsing.

    ``operations``: an upper bound on the operations the program expands to.
    ``defined``: the expansion of every gate definition, used or not, plus that of the
    program's calls of defined gates (what Qiskit builds and unrolls in Python).
    ``nesting``: the deepest chain of definitions calling definitions (0: none).

    A gate definition costs the sum of what its body calls (a ``pow(k) @`` call ``k`` times);
    a top-level call costs its gate's cost, times the program's qubits when it is broadcast
    over a whole register (no ``[index]``). Definitions come before their use in OpenQASM,
    so one pass in order prices them all; costs are capped just above
    :data:`MAX_EXPANDED_OPERATIONS`, so the numbers stay small whatever the program asks.
    """
    cap = MAX_EXPANDED_OPERATIONS + 1
    costs: dict[str, int] = {}
    depths: dict[str, int] = {}

    def call(statement: str, broadcast: int) -> tuple[int, str | None]:
        """The statement's cost and the name of the defined gate it calls (``None``: none)."""
        match = _CALL.match(statement)
        if match is None:
            return (1 if statement.strip() else 0), None
        modifiers, name, arguments = match.groups()
        repeat = 1
        for power in _POWER.findall(modifiers):
            repeat = min(cap, repeat * int(power[:9]))
        spread = broadcast if arguments.strip() and "[" not in arguments else 1
        return min(cap, repeat * costs.get(name, 1) * spread), (name if name in costs else None)

    pieces, at, defined = [], 0, 0
    for start, end, name, body in _gate_definitions(code):
        calls = [call(statement, 1) for statement in body.split(";")]
        costs[name] = min(cap, sum(cost for cost, _ in calls))
        depths[name] = 1 + max((depths[callee] for _, callee in calls if callee is not None), default=0)
        defined = min(cap, defined + costs[name])
        pieces += [code[at:start], ";"]
        at = end
    rest = "".join([*pieces, code[at:]])
    qubits = max(1, _declared(rest, "qasm")[0])
    total = 0
    for statement in rest.split(";"):
        cost, callee = call(statement, qubits)
        total = min(cap, total + cost)
        if callee is not None:
            defined = min(cap, defined + cost)
    return total, defined, max(depths.values(), default=0)


def _longest_expression(code: str) -> int:
    """The most operators and parentheses (``+ - * / % ^ (``, not the ``->`` of a measurement) in one
    statement of a scanned program; only statements longer than :data:`MAX_EXPRESSION_TERMS`
    characters are counted (a shorter one cannot hold more), so a plain export costs one split."""
    most = 0
    for statement in code.split(";"):
        if len(statement) > MAX_EXPRESSION_TERMS:
            terms = sum(statement.count(c) for c in "+*/%^(") + statement.count("-") - statement.count("->")
            most = max(most, terms)
    return most


def _line_of(text: str, position: int) -> int:
    return text.count("\n", 0, position) + 1


def plain_program(code: str, strings: Sequence[str]) -> bool:
    """Whether a scanned OpenQASM 3 program is in the plain subset read by Qiskit's Rust importer.

    The subset: ``OPENQASM 3[.0];`` first; ``include "stdgates.inc";`` (before any gate call); ``qubit[n] NAME;``,
    ``qubit NAME;``, ``bit[n] NAME;``, ``bit NAME;`` (``n >= 1``, each name declared once, no
    keyword or gate name); calls of :data:`PLAIN_GATES` with their number of decimal angles (each
    finite as a double: ``1e999`` goes to the Python importer, and is refused after it) and
    of distinct declared qubits (``q[i]``, ``i < n``, or a one-qubit ``NAME``); ``barrier`` on
    distinct qubits; ``c[i] = measure q[j];``. This is all that :func:`write_plain` writes.
    Anything else (and a program that breaks these rules, which the Rust importer would report
    on the terminal or, for a repeated qubit, build a circuit Qiskit forbids) goes to the Python
    importer.
    """
    statements = code.split(";")
    if statements[-1].strip() or _PLAIN_VERSION.fullmatch(statements[0]) is None:
        return False
    quantum: dict[str, int] = {}  # register -> size (0: one qubit declared without a size)
    classical: dict[str, int] = {}

    def bit(registers: dict[str, int], name: str, index: str) -> tuple[str, int] | None:
        size = registers.get(name)
        if size is None or (size == 0) != (index == "") or (index != "" and int(index) >= size):
            return None
        return name, int(index or 0)

    valid_operands: dict[str, int] = {}  # operand lists already checked -> their qubit count
    # Gate calls already accepted, read again for free (a layer repeats its cx statements): declarations
    # only add names and stdgates.inc stays included, so a call valid once stays valid.
    valid_calls: set[str] = set()
    included = False  # a gate is called only after stdgates.inc defined it (the Rust importer says why not)
    for statement in statements[1:-1]:
        if statement in valid_calls:
            continue
        call = _PLAIN_CALL.fullmatch(statement)
        if call is not None and call.group(1) not in ("qubit", "bit"):
            name, angles, operands = call.groups()
            count = valid_operands.get(operands)
            if count is None:  # (declarations only add names: an operand list valid once stays valid)
                qubits = [bit(quantum, *ref) for ref in _PLAIN_REF.findall(operands)]
                if None in qubits or len(set(qubits)) < len(qubits):
                    return False
                count = valid_operands[operands] = len(qubits)
            if name == "barrier":
                if angles is not None:
                    return False
                continue
            given = [] if angles is None else angles.split(",")
            if not included or PLAIN_GATES.get(name) != (len(given), count):
                return False
            if any(
                _PLAIN_ANGLE.fullmatch(angle) is None or not math.isfinite(float(angle)) for angle in given
            ):
                return False
            valid_calls.add(statement)
            continue
        declaration = _PLAIN_DECLARATION.fullmatch(statement)
        if declaration is not None:
            kind, size, name = declaration.groups()
            if (
                name in _RESERVED_NAMES
                or name in quantum
                or name in classical
                or (size is not None and int(size) == 0)
            ):
                return False
            (quantum if kind == "qubit" else classical)[name] = 0 if size is None else int(size)
            continue
        measure = _PLAIN_MEASURE.fullmatch(statement)
        if measure is not None:
            target, qubit = (_PLAIN_REF.fullmatch(ref) for ref in measure.groups())
            if target is None or qubit is None:
                return False
            if bit(classical, *target.groups("")) is None or bit(quantum, *qubit.groups("")) is None:
                return False
            continue
        include = _PLAIN_INCLUDE.fullmatch(statement)
        if include is None or strings[int(include.group(1))] != "stdgates.inc":
            return False
        included = True
    return True


def _register_size(text: str, source: str) -> int:
    match = _SIZE.match(text)
    if match is None:
        raise InputError(
            source, f"declares a register of size {text.strip()!r}; only integer literals are read"
        )
    digits = match.group(1)
    return int(digits)


def _syntax_position(exc: BaseException) -> str:
    """``line L, column C`` of a parser error, found along the exception's chain (ANTLR keeps it there)."""
    seen: set[int] = set()
    stack: list[object] = [exc]
    while stack:
        item = stack.pop()
        if id(item) in seen or item is None:
            continue
        seen.add(id(item))
        token = getattr(item, "offendingToken", None)
        if token is not None and getattr(token, "line", None) is not None:
            text = getattr(token, "text", "")
            return f"line {token.line}, column {token.column + 1}" + (f" (at {text!r})" if text else "")
        if isinstance(item, BaseException):
            stack += [item.__cause__, item.__context__, *item.args]
    return ""


def loads(text: str, *, source: str = "qasm") -> QuantumCircuit:
    """Parse OpenQASM 2 or 3 (by its ``OPENQASM`` line) into a circuit, refusing bad input.

    Before the parser sees anything: the declared qubits (at most :data:`MAX_QUBITS`) and
    classical bits (at most :data:`MAX_CLBITS`), includes (only the standard libraries),
    and integer literals too large for a 64-bit integer. After parsing: unbound or
    non-finite parameters anywhere, gate definitions included, and the size the circuit
    expands to (at most :data:`MAX_EXPANDED_OPERATIONS`); a plain program's angles and size
    are known before parsing, so it skips that last pass.

    OpenQASM 2 goes through :func:`qiskit.qasm2.loads`. An OpenQASM 3 program in the plain
    subset (:func:`plain_program`: what :func:`dumps` writes) goes through Qiskit's Rust
    importer, about 20 times faster than the Python one on a 9-qubit layer; any other program,
    or one the Rust importer refuses, through the Python importer, whose message is shown.
    Both read a decimal angle as the double nearest to it, so a file :func:`dumps` wrote reads
    back with the circuit's angles bit for bit.
    """
    lone_cr = _LONE_CR.search(text)
    if lone_cr is not None:
        # Qiskit's OpenQASM 2 reader ends a line (and a // comment) at \n only, OpenQASM 3 readers at \r
        # too: one file, two programs. Refused, so that what is checksummed and parsed is what any tool reads.
        raise InputError(
            source,
            f"line {_line_of(text, lone_cr.start())} ends in a lone carriage return (CR without LF), "
            "which OpenQASM readers disagree on (Qiskit's OpenQASM 2 reader does not end a line or a "
            "// comment there); save it with LF or CRLF line ends",
        )
    _verify_checksum(text, source)
    code, strings = scan(text)
    match = _VERSION.search(code)
    if match is None:
        raise InputError(source, "not an OpenQASM program (no 'OPENQASM 2.0;' or 'OPENQASM 3.0;' line)")
    version = match.group(1)
    if version not in ("2", "3"):
        raise InputError(source, f"unsupported OpenQASM version {version}")
    includes = [
        strings[int(m[1:-1])]
        if m[1:-1].isascii() and m[1:-1].isdigit() and int(m[1:-1]) < len(strings)
        else m
        for m in _INCLUDE.findall(code)
    ]
    foreign = sorted(set(includes) - STANDARD_INCLUDES)
    if foreign:
        # an included file could declare registers the size check never saw; its name is all that is shown
        shown = ", ".join(repr(name[:60]) for name in foreign[:3])
        raise InputError(source, f"includes {shown}; only {' and '.join(sorted(STANDARD_INCLUDES))} are read")
    huge = _HUGE_INTEGER.search(code)
    if huge is not None:
        raise InputError(
            source, f"has an integer literal of {len(huge.group(0))} digits, more than 64 bits hold"
        )
    qubits, clbits = _declared(code, source)
    if qubits > MAX_QUBITS:
        raise InputError(source, f"declares {qubits} qubits; the limit is {MAX_QUBITS}")
    if qubits == 0:
        raise InputError(source, "declares no qubits")
    if clbits > MAX_CLBITS:
        raise InputError(source, f"declares {clbits} classical bits; the limit is {MAX_CLBITS}")
    terms = _longest_expression(code)
    if terms > MAX_EXPRESSION_TERMS:
        raise InputError(
            source,
            f"has a statement of {terms:,} operators and parentheses (an angle expression); "
            f"the limit is {MAX_EXPRESSION_TERMS}",
        )
    if "gate" in code or "pow" in code or (code.count(";") + 1) * max(1, qubits) > MAX_EXPANDED_OPERATIONS:
        # (without gate definitions or pow(k) modifiers, no statement costs more than one operation per qubit)
        operations, defined, nesting = expansion_bounds(code)
        if operations > MAX_EXPANDED_OPERATIONS:
            raise InputError(
                source,
                f"expands to more than {MAX_EXPANDED_OPERATIONS:,} operations (gate definitions unrolled)",
            )
        if nesting > MAX_GATE_NESTING:
            raise InputError(
                source,
                f"nests gate definitions {nesting} deep (used or not); the limit is {MAX_GATE_NESTING}",
            )
        if defined > MAX_DEFINED_OPERATIONS:
            raise InputError(
                source,
                f"its gate definitions (used or not) and their calls expand to more than "
                f"{MAX_DEFINED_OPERATIONS:,} operations, which Qiskit unrolls in Python",
            )
    if version == "3" and set(includes) <= {"stdgates.inc"} and plain_program(code, strings):
        circuit = _load_plain(text)
        if circuit is not None:
            # one operation per statement, every angle finite (plain_program), and the statements were
            # counted above: its expanded size is already bounded, and nothing is left to unroll
            return _checked(circuit, source, expand=False)
    messages = io.StringIO()
    try:
        with contextlib.redirect_stderr(messages):  # the OpenQASM 3 (ANTLR) parser prints its errors
            if version == "2":
                circuit = qasm2.loads(text, include_path=(), custom_instructions=_qasm2_instructions(code))
            else:
                circuit = qasm3.loads(text)
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # parsers raise many types (the Rust one a PanicException): "does not parse"
        where = _syntax_position(exc)
        detail = " ".join(f"{messages.getvalue()} {exc}".split())[:300]
        detail = "; ".join(
            part for part in (where, detail if detail not in ("", "None") else exc.__class__.__name__) if part
        )
        raise InputError(source, f"does not parse as OpenQASM {version}: {detail}") from None
    return _checked(circuit, source, defines="gate" in code or "opaque" in code)


def _qasm2_instructions(code: str) -> tuple[Any, ...]:
    """Qiskit's legacy OpenQASM 2 gates (``qelib1.inc`` as Qiskit's exporter writes it, with ``sx``, ``p``,
    ``u``, ``swap`` ...), less every name the program defines itself (``gate`` or ``opaque``).

    Given a custom instruction, Qiskit's reader puts its own gate in place of the program's definition
    of that name: a program that defines ``gate h a { U(pi,0,pi) a; }`` would be read as H, not as
    the X it defines. Without the name, the program's definition is what is read (the strict reading).
    """
    own = {name for _, _, name, _ in _gate_definitions(code)} if "gate" in code else set()
    if "opaque" in code:
        own |= set(_OPAQUE.findall(code))
    return tuple(i for i in qasm2.LEGACY_CUSTOM_INSTRUCTIONS if i.name not in own)


def _is_rust_panic(exc: BaseException) -> bool:
    """A Rust panic raised through PyO3 (``pyo3_runtime.PanicException``, a ``BaseException``)."""
    kind = type(exc)
    return kind.__name__ == "PanicException" and kind.__module__ == "pyo3_runtime"


def _load_plain(text: str) -> QuantumCircuit | None:
    """A plain OpenQASM 3 program (:func:`plain_program`) through Qiskit's Rust importer, or ``None``
    when it refuses it or panics (the Python importer then reads the program and says what is wrong)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ExperimentalWarning)
            circuit = qasm3.loads_experimental(text)
    except Exception:  # whatever it refuses, the Python importer decides
        return None
    except BaseException as exc:
        if _is_rust_panic(exc):
            return None
        raise
    return circuit if isinstance(circuit, QuantumCircuit) else None


def _checked(
    circuit: QuantumCircuit, source: str, defines: bool = False, expand: bool = True
) -> QuantumCircuit:
    """Refuse what parsed but cannot be simulated as a fixed circuit of bounded size; ``defines``: the
    program defines gates of its own (``gate``, ``opaque``), which are renamed (:func:`own_gates_renamed`);
    ``expand``: measure the size it expands to and refuse non-finite angles (:func:`expanded_size`), which
    a plain program (:func:`plain_program`) needs not: it was bounded and its angles read before parsing."""
    if circuit.num_qubits > MAX_QUBITS:  # belt and braces: the declarations were read first
        raise InputError(source, f"has {circuit.num_qubits} qubits; the limit is {MAX_QUBITS}")
    if circuit.parameters:
        names = ", ".join(sorted(p.name for p in circuit.parameters)[:5])
        raise InputError(source, f"has unbound parameters ({names}); give every angle a value")
    if defines:
        circuit = own_gates_renamed(circuit, source)
    if expand:
        expanded_size(circuit, source)
    return circuit


def own_gates_renamed(circuit: QuantumCircuit, source: str = "circuit") -> QuantumCircuit:
    """``circuit`` with every gate that is not one of Qiskit's standard gates (a program's own
    ``gate`` definitions) renamed ``NAME`` + :data:`DEFINED_SUFFIX`, its definition likewise.

    Aer, the transpiler and :func:`expanded_size` know gates by name: a gate the program defined
    and called ``h`` would run as Aer's H whatever its body says. Renamed, it is unrolled from its
    own definition, as the program says. A circuit of standard gates only (every file qlens-q
    writes) is returned as it is, after one pass. A gate declared without a definition (OpenQASM 2
    ``opaque``) cannot be simulated and is refused. Each gate (name and angles) is rebuilt once,
    so the work is linear in the program's text (its nesting is bounded before parsing).
    """
    if all(inst.is_standard_gate() or not isinstance(inst.operation, Gate) for inst in circuit.data):
        return circuit
    memo: dict[tuple[Any, ...], Gate] = {}

    def renamed(op: Gate) -> Gate:
        key = (
            op.name,
            op.num_qubits,
            *(float(p) if isinstance(p, (int, float)) else repr(p) for p in op.params),
        )
        if key not in memo:
            definition = op.definition
            if not isinstance(definition, QuantumCircuit):
                raise InputError(
                    source, f"gate {op.name!r} has no definition (an opaque gate): it cannot be simulated"
                )
            gate = Gate(f"{op.name}{DEFINED_SUFFIX}", op.num_qubits, list(op.params))
            gate.definition = rebuilt(definition)
            memo[key] = gate
        return memo[key]

    def rebuilt(qc: QuantumCircuit) -> QuantumCircuit:
        out = qc.copy_empty_like()
        for inst in qc.data:
            op = inst.operation
            if isinstance(op, Gate) and not inst.is_standard_gate():
                inst = inst.replace(operation=renamed(op))
            out._append(inst)
        return out

    return rebuilt(circuit)


def expanded_size(circuit: QuantumCircuit, source: str = "circuit") -> int:
    """Operations ``circuit`` holds with every gate definition unrolled, refusing non-finite angles on the way.

    Each gate (name, qubits, angles) is priced once (memoised), so a chain of definitions
    that call each other is measured in time linear in the program, whatever it expands
    to; the count stops at :data:`MAX_EXPANDED_OPERATIONS`.
    """
    memo: dict[tuple[Any, ...], int] = {}

    def cost(op: Any) -> int:
        if op.name in _PRIMITIVES or not isinstance(op, Gate):
            return 1
        key = (
            op.name,
            op.num_qubits,
            *(float(p) if isinstance(p, (int, float)) else repr(p) for p in op.params),
        )
        if key not in memo:
            memo[key] = MAX_EXPANDED_OPERATIONS + 1  # a definition that calls itself costs too much
            definition = op.definition
            memo[key] = size(definition) if isinstance(definition, QuantumCircuit) else 1
        return memo[key]

    def size(qc: QuantumCircuit) -> int:
        total = 0
        for inst in qc.data:
            op = inst.operation
            for param in op.params:
                if (
                    isinstance(param, (int, float))
                    and not isinstance(param, bool)
                    and not math.isfinite(param)
                ):
                    raise InputError(source, f"{op.name} has a non-finite angle ({param})")
            total += cost(op)
            if total > MAX_EXPANDED_OPERATIONS:
                raise InputError(
                    source,
                    f"expands to more than {MAX_EXPANDED_OPERATIONS:,} operations (gate definitions unrolled)",
                )
        return total

    return size(circuit)


def load(path: str | Path) -> QuantumCircuit:
    """Read and parse a QASM file: a regular file (a FIFO or device is refused before any read), at most
    :data:`MAX_FILE_BYTES`, UTF-8 (see :func:`qlens_q.io.read_text`)."""
    return loads(files.read_text(path, MAX_FILE_BYTES), source=str(path))
