"""Qiskit circuits for QLENS states and layer operators.

The names below are imported on first use (PEP 562), so that ``qlens_q.circuits.synthesis`` (the
methods and their limits) loads without Qiskit: the CLI and :func:`qlens_q.pipeline.validate` check a
method before anything heavy is imported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from qlens_q import _lazy_loader

if TYPE_CHECKING:
    from qlens_q.circuits.layers import (
        evolution_matrix,
        fixed_operator_circuit,
        layer_circuit,
        operator_circuit,
        rank_one_evolution,
        trajectory_circuit,
    )
    from qlens_q.circuits.stateprep import prepare_real_state, ry_tree_angles, unprepare_real_state
    from qlens_q.circuits.synthesis import METHODS, Synthesis

#: Public name -> the module that defines it.
_LAZY: dict[str, str] = {
    "METHODS": "qlens_q.circuits.synthesis",
    "Synthesis": "qlens_q.circuits.synthesis",
    "evolution_matrix": "qlens_q.circuits.layers",
    "fixed_operator_circuit": "qlens_q.circuits.layers",
    "layer_circuit": "qlens_q.circuits.layers",
    "operator_circuit": "qlens_q.circuits.layers",
    "rank_one_evolution": "qlens_q.circuits.layers",
    "trajectory_circuit": "qlens_q.circuits.layers",
    "prepare_real_state": "qlens_q.circuits.stateprep",
    "ry_tree_angles": "qlens_q.circuits.stateprep",
    "unprepare_real_state": "qlens_q.circuits.stateprep",
}


__getattr__, __dir__ = _lazy_loader(__name__, _LAZY, globals())


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
