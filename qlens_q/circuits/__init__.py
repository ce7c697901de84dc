"""Qiskit circuits for QLENS states and layer operators."""

from qlens_q.circuits.layers import (
    METHODS,
    Synthesis,
    evolution_matrix,
    fixed_operator_circuit,
    layer_circuit,
    operator_circuit,
    rank_one_evolution,
    trajectory_circuit,
)
from qlens_q.circuits.stateprep import prepare_real_state, ry_tree_angles, unprepare_real_state

__all__ = [
    "METHODS",
    "Synthesis",
    "evolution_matrix",
    "fixed_operator_circuit",
    "layer_circuit",
    "operator_circuit",
    "prepare_real_state",
    "rank_one_evolution",
    "ry_tree_angles",
    "trajectory_circuit",
    "unprepare_real_state",
]
