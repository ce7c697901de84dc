"""Size measures of circuits."""

from __future__ import annotations

import math

from qiskit import QuantumCircuit


def two_qubit_gates(circuit: QuantumCircuit) -> int:
    """Operations acting on two or more qubits (barriers excluded).

    Read from each instruction's name and qubits: no Python gate object is built for a standard gate
    (``inst.operation`` builds one per ``ry``, about 13 µs each).
    """
    return sum(1 for inst in circuit.data if len(inst.qubits) >= 2 and inst.name != "barrier")


def operations(circuit: QuantumCircuit) -> int:
    """``circuit.size()``: its instructions less directives (barriers, Aer's ``set_*`` ...), counted
    without building a Python gate object per standard gate (which is never a directive)."""
    return sum(
        1
        for inst in circuit.data
        if inst.is_standard_gate() or not getattr(inst.operation, "_directive", False)
    )


def state_preparation_cx_lower_bound(num_qubits: int) -> int:
    """``ceil((2^(n+1) - 2n - 2) / 4)``: CX needed to prepare an arbitrary ``n``-qubit state."""
    return math.ceil((2 ** (num_qubits + 1) - 2 * num_qubits - 2) / 4)
