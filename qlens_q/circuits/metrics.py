"""Size measures of circuits."""

from __future__ import annotations

import math

from qiskit import QuantumCircuit


def two_qubit_gates(circuit: QuantumCircuit) -> int:
    """Operations acting on two or more qubits (barriers excluded)."""
    return sum(
        1 for inst in circuit.data if inst.operation.num_qubits >= 2 and inst.operation.name != "barrier"
    )


def state_preparation_cx_lower_bound(num_qubits: int) -> int:
    """``ceil((2^(n+1) - 2n - 2) / 4)``: CX needed to prepare an arbitrary ``n``-qubit state."""
    return math.ceil((2 ** (num_qubits + 1) - 2 * num_qubits - 2) / 4)
