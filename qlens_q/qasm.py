"""OpenQASM 2 and 3 export and import.

Export transpiles to :data:`EXPORT_BASIS` (``cx, ry, rz, x, h``), which is in
both ``qelib1.inc`` (OpenQASM 2) and ``stdgates.inc`` (OpenQASM 3), so the files
load in any standard OpenQASM tool. Import goes through :mod:`qiskit.qasm2` and
:mod:`qiskit.qasm3` (with ``qiskit-qasm3-import``). The declared qubit count is
read from the text and refused above :data:`MAX_QUBITS` *before* anything is
parsed or allocated.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import math
import re
from pathlib import Path
from typing import Any

from qiskit import QuantumCircuit, qasm2, qasm3, transpile
from qiskit.circuit import Gate

from qlens_q.errors import InputError

#: Operations counted as one, whatever Qiskit would synthesise them into.
_PRIMITIVES = frozenset({*("cx", "ry", "rz", "rx", "x", "y", "z", "h", "s", "sdg", "t", "tdg", "sx", "u", "u1", "u2", "u3",
                           "p", "id", "cz", "swap", "measure", "barrier", "reset", "delay")})  # fmt: skip

#: Gates every exported file uses: all in qelib1.inc and stdgates.inc.
EXPORT_BASIS: tuple[str, ...] = ("cx", "ry", "rz", "x", "h")
FORMATS: tuple[str, ...] = ("qasm3", "qasm2")
#: Largest qubit count accepted from a file: a 2^26 statevector is 1 GiB.
MAX_QUBITS = 26
#: Largest QASM file read (bytes).
MAX_FILE_BYTES = 512 * 2**20

_VERSION = re.compile(r"^\s*OPENQASM\s+(\d+)(?:\.\d+)?\s*;", re.MULTILINE)
#: Comments and string literals, in one pass: a ``//`` inside a string is part of the string.
_TOKENS = re.compile(r"//[^\n]*|/\*.*?(?:\*/|$)|\"[^\"\n]*\"?|'[^'\n]*'?", re.DOTALL)
_QREG2 = re.compile(r"\bqreg\s+[^\W\d]\w*\s*\[([^\]]*)\]")
_QUBIT3 = re.compile(r"\bqubit\b\s*(?:\[([^\]]*)\])?\s*[^\W\d]\w*\s*;")
_CREG2 = re.compile(r"\bcreg\s+[^\W\d]\w*\s*\[([^\]]*)\]")
_BIT3 = re.compile(r"\bbit\b\s*(?:\[([^\]]*)\])?\s*[^\W\d]\w*\s*[;=]")
_PHYSICAL = re.compile(r"\$(\d+)")
_SIZE = re.compile(r"^\s*(\d+)\s*$")
_INCLUDE = re.compile(r"\binclude\s*(\"[^\"]*\"?|'[^']*'?)")
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
_GATE_DEFINITION = re.compile(r"\bgate\s+([^\W\d]\w*)[^{;]*\{([^}]*)\}")
_CALL = re.compile(
    r"^\s*((?:(?:ctrl|negctrl|inv)\s*(?:\([^)]*\))?\s*@\s*|pow\s*\([^)]*\)\s*@\s*)*)([^\W\d]\w*)\s*(.*)$",
    re.DOTALL,
)
_POWER = re.compile(r"pow\s*\(\s*(\d+)\s*\)")


def transpile_for_export(circuit: QuantumCircuit, *, optimization_level: int = 1) -> QuantumCircuit:
    """Synthesise ``circuit`` into :data:`EXPORT_BASIS` (deterministic: fixed transpiler seed)."""
    return transpile(
        circuit,
        basis_gates=list(EXPORT_BASIS),
        optimization_level=optimization_level,
        seed_transpiler=0,
    )


def dumps(circuit: QuantumCircuit, fmt: str = "qasm3") -> str:
    """OpenQASM text of a circuit already in :data:`EXPORT_BASIS` (see :func:`transpile_for_export`).

    The text opens with :data:`HEADER` and closes with a checksum comment (the sha256 of
    everything before it), so :func:`loads` refuses a file qlens-q wrote that was cut short
    (OpenQASM has no end marker: a file cut after a complete statement still parses) or
    changed afterwards. Both are comments: any OpenQASM tool reads the file as it is.
    """
    if fmt == "qasm3":
        body = qasm3.dumps(circuit)
    elif fmt == "qasm2":
        body = qasm2.dumps(circuit)
    else:
        raise InputError("format", f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    text = f"{HEADER}\n{body.rstrip()}\n"
    return f"{text}{CHECKSUM_PREFIX}{hashlib.sha256(text.encode()).hexdigest()}\n"


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


def _declared(code: str, source: str) -> tuple[int, int]:
    """``(qubits, classical bits)`` the scanned ``code`` declares."""
    qubits = sum(_register_size(size, source) for size in _QREG2.findall(code))
    qubits += sum(1 if size == "" else _register_size(size, source) for size in _QUBIT3.findall(code))
    physical = [int(m) for m in _PHYSICAL.findall(code) if len(m) < 10]
    qubits = max(qubits, max(physical) + 1 if physical else 0)
    clbits = sum(_register_size(size, source) for size in _CREG2.findall(code))
    clbits += sum(1 if size == "" else _register_size(size, source) for size in _BIT3.findall(code))
    return qubits, clbits


def expansion_bound(code: str) -> int:
    """An upper bound on the operations a scanned program expands to, read from its text before parsing.

    A gate definition costs the sum of what its body calls (a ``pow(k) @`` call ``k`` times);
    a top-level call costs its gate's cost, times the program's qubits when it is broadcast
    over a whole register (no ``[index]``). Definitions come before their use in OpenQASM,
    so one pass in order prices them all; costs are capped just above
    :data:`MAX_EXPANDED_OPERATIONS`, so the numbers stay small whatever the program asks.
    """
    cap = MAX_EXPANDED_OPERATIONS + 1
    costs: dict[str, int] = {}

    def call_cost(statement: str, broadcast: int) -> int:
        match = _CALL.match(statement)
        if match is None:
            return 1 if statement.strip() else 0
        modifiers, name, arguments = match.groups()
        repeat = 1
        for power in _POWER.findall(modifiers):
            repeat = min(cap, repeat * int(power[:9]))
        spread = broadcast if arguments.strip() and "[" not in arguments else 1
        return min(cap, repeat * costs.get(name, 1) * spread)

    for name, body in _GATE_DEFINITION.findall(code):
        costs[name] = min(cap, sum(call_cost(statement, 1) for statement in body.split(";")))
    rest = _GATE_DEFINITION.sub(";", code)
    qubits = max(1, _declared(rest, "qasm")[0])
    total = 0
    for statement in rest.split(";"):
        total = min(cap, total + call_cost(statement, qubits))
    return total


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
    expands to (at most :data:`MAX_EXPANDED_OPERATIONS`).
    """
    _verify_checksum(text, source)
    code, strings = scan(text)
    match = _VERSION.search(code)
    if match is None:
        raise InputError(source, "not an OpenQASM program (no 'OPENQASM 2.0;' or 'OPENQASM 3.0;' line)")
    version = match.group(1)
    if version not in ("2", "3"):
        raise InputError(source, f"unsupported OpenQASM version {version}")
    includes = [
        strings[int(m[1:-1])] if m[1:-1].isdigit() and int(m[1:-1]) < len(strings) else m
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
    if expansion_bound(code) > MAX_EXPANDED_OPERATIONS:
        raise InputError(
            source, f"expands to more than {MAX_EXPANDED_OPERATIONS:,} operations (gate definitions unrolled)"
        )
    messages = io.StringIO()
    try:
        with contextlib.redirect_stderr(messages):  # the OpenQASM 3 (ANTLR) parser prints its errors
            if version == "2":
                circuit = qasm2.loads(
                    text, include_path=(), custom_instructions=qasm2.LEGACY_CUSTOM_INSTRUCTIONS
                )
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
    return _checked(circuit, source)


def _checked(circuit: QuantumCircuit, source: str) -> QuantumCircuit:
    """Refuse what parsed but cannot be simulated as a fixed circuit of bounded size."""
    if circuit.num_qubits > MAX_QUBITS:  # belt and braces: the declarations were read first
        raise InputError(source, f"has {circuit.num_qubits} qubits; the limit is {MAX_QUBITS}")
    if circuit.parameters:
        names = ", ".join(sorted(p.name for p in circuit.parameters)[:5])
        raise InputError(source, f"has unbound parameters ({names}); give every angle a value")
    expanded_size(circuit, source)
    return circuit


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
    """Read and parse a QASM file (size-limited, see :data:`MAX_FILE_BYTES`)."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if not p.is_file():
            raise InputError(str(path), "is not a file")
        if size > MAX_FILE_BYTES:
            raise InputError(str(path), f"is {size} bytes; the limit is {MAX_FILE_BYTES}")
        text = p.read_text(encoding="utf-8")
    except InputError:
        raise
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot be read ({exc.__class__.__name__}: {exc})") from None
    return loads(text, source=str(path))
