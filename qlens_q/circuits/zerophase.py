"""``exp(-i theta |0...0><0...0|)``: the one phase every rank-one evolution needs."""

from __future__ import annotations

from qiskit import QuantumCircuit
from qiskit.circuit.library import MCPhaseGate, PhaseGate


def zero_phase_circuit(num_qubits: int, theta: float) -> QuantumCircuit:
    """``exp(-i theta |0...0><0...0|) = X^n MCPhase(-theta) X^n``."""
    qc = QuantumCircuit(num_qubits, name="zero_phase")
    qc.x(range(num_qubits))
    gate = PhaseGate(-theta) if num_qubits == 1 else MCPhaseGate(-theta, num_qubits - 1)
    qc.append(gate, range(num_qubits))
    qc.x(range(num_qubits))
    return qc
