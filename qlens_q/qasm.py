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
import io
import math
import re
from pathlib import Path

from qiskit import QuantumCircuit, qasm2, qasm3, transpile

from qlens_q.errors import InputError

#: Gates every exported file uses: all in qelib1.inc and stdgates.inc.
EXPORT_BASIS: tuple[str, ...] = ("cx", "ry", "rz", "x", "h")
FORMATS: tuple[str, ...] = ("qasm3", "qasm2")
#: Largest qubit count accepted from a file: a 2^26 statevector is 1 GiB.
MAX_QUBITS = 26
#: Largest QASM file read (bytes).
MAX_FILE_BYTES = 512 * 2**20

_VERSION = re.compile(r"^\s*OPENQASM\s+(\d+)(?:\.\d+)?\s*;", re.MULTILINE)
_QREG2 = re.compile(r"\bqreg\s+[^\W\d]\w*\s*\[([^\]]*)\]")
_QUBIT3 = re.compile(r"\bqubit\b\s*(?:\[([^\]]*)\])?\s*[^\W\d]\w*\s*;")
_PHYSICAL = re.compile(r"\$(\d+)")
_COMMENTS = re.compile(r"//[^\n]*|/\*.*?\*/", re.DOTALL)
_SIZE = re.compile(r"^\s*(\d+)\s*$")
_INCLUDE = re.compile(r"\binclude\s+\"([^\"]*)\"")
#: The only files a QASM program may include: the standard gate libraries.
STANDARD_INCLUDES = frozenset({"qelib1.inc", "stdgates.inc"})


def transpile_for_export(circuit: QuantumCircuit, *, optimization_level: int = 1) -> QuantumCircuit:
    """Synthesise ``circuit`` into :data:`EXPORT_BASIS` (deterministic: fixed transpiler seed)."""
    return transpile(
        circuit,
        basis_gates=list(EXPORT_BASIS),
        optimization_level=optimization_level,
        seed_transpiler=0,
    )


def dumps(circuit: QuantumCircuit, fmt: str = "qasm3") -> str:
    """OpenQASM text of a circuit already in :data:`EXPORT_BASIS` (see :func:`transpile_for_export`)."""
    if fmt == "qasm3":
        return qasm3.dumps(circuit)
    if fmt == "qasm2":
        return qasm2.dumps(circuit)
    raise InputError("format", f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")


def declared_qubits(text: str, source: str = "qasm") -> int:
    """Qubits a QASM program declares, read without parsing it (registers summed).

    A register whose size is not a plain integer literal (``qubit[10*10] q;``) is
    refused: it could not be bounded before the parser allocates it.
    """
    code = _COMMENTS.sub(" ", text)
    total = 0
    for size in _QREG2.findall(code):
        total += _register_size(size, source)
    for size in _QUBIT3.findall(code):
        total += 1 if size == "" else _register_size(size, source)
    physical = [int(m) for m in _PHYSICAL.findall(code)]
    return max(total, max(physical) + 1 if physical else 0)


def _register_size(text: str, source: str) -> int:
    match = _SIZE.match(text)
    if match is None:
        raise InputError(
            source, f"declares a qubit register of size {text.strip()!r}; only integer literals are read"
        )
    return int(match.group(1))


def loads(text: str, *, source: str = "qasm") -> QuantumCircuit:
    """Parse OpenQASM 2 or 3 (by its ``OPENQASM`` line) into a circuit, refusing bad input."""
    match = _VERSION.search(text)
    if match is None:
        raise InputError(source, "not an OpenQASM program (no 'OPENQASM 2.0;' or 'OPENQASM 3.0;' line)")
    n = declared_qubits(text, source)
    if n > MAX_QUBITS:
        raise InputError(source, f"declares {n} qubits; the limit is {MAX_QUBITS}")
    if n == 0:
        raise InputError(source, "declares no qubits")
    foreign = sorted(set(_INCLUDE.findall(_COMMENTS.sub(" ", text))) - STANDARD_INCLUDES)
    if foreign:
        # an included file could declare registers the size check above never saw
        raise InputError(
            source, f"includes {', '.join(foreign)}; only {' and '.join(sorted(STANDARD_INCLUDES))} are read"
        )
    version = match.group(1)
    if version not in ("2", "3"):
        raise InputError(source, f"unsupported OpenQASM version {version}")
    messages = io.StringIO()
    try:
        with contextlib.redirect_stderr(messages):  # the OpenQASM 3 (ANTLR) parser prints its errors
            if version == "2":
                circuit = qasm2.loads(text, custom_instructions=qasm2.LEGACY_CUSTOM_INSTRUCTIONS)
            else:
                circuit = qasm3.loads(text)
    except Exception as exc:  # parsers raise many types; all mean "does not parse"
        detail = " ".join(f"{messages.getvalue()} {exc}".split())[:300] or exc.__class__.__name__
        raise InputError(source, f"does not parse as OpenQASM {version}: {detail}") from None
    return _checked(circuit, source)


def _checked(circuit: QuantumCircuit, source: str) -> QuantumCircuit:
    """Refuse what parsed but cannot be simulated as a fixed circuit of bounded size."""
    if circuit.num_qubits > MAX_QUBITS:  # belt and braces: the declarations were read first
        raise InputError(source, f"has {circuit.num_qubits} qubits; the limit is {MAX_QUBITS}")
    if circuit.parameters:
        names = ", ".join(sorted(p.name for p in circuit.parameters)[:5])
        raise InputError(source, f"has unbound parameters ({names}); give every angle a value")
    for inst in circuit.data:
        for param in inst.operation.params:
            if isinstance(param, (int, float)) and not isinstance(param, bool) and not math.isfinite(param):
                raise InputError(source, f"{inst.operation.name} has a non-finite angle ({param})")
    return circuit


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
