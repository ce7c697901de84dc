"""qlens-q: the QLENS reading of Transformers on real quantum SDK primitives.

Data flows one way::

    model --Probe--> Trajectories --check--> circuits, OpenQASM, Aer verdicts (CheckResult)
                         |                              |
                         +--analyze--> analysis --------+--save--> run directory

* :class:`Probe` (:mod:`qlens_q.nn.probe`): hook points, a head and a readout on any
  ``torch.nn.Module``; fits tuned lenses and reads :class:`Trajectories`.
* :class:`Trajectories` (:mod:`qlens_q.trajectories`): distributions ``(K, S, N)``, numpy only.
* :func:`check` (:mod:`qlens_q.checks`): a circuit per sub-layer and one per trajectory,
  exported, read back and cross-checked on Aer.
* :func:`analyze` (:mod:`qlens_q.stats.analysis`): the paper's analysis for any number of sub-layers.
* :func:`held_out_test` (:mod:`qlens_q.checks`, fits in :mod:`qlens_q.stats.fixed_operators`):
  one fixed operator per sub-layer, fitted on half the examples, run as circuits on the rest.

The quantum core underneath: states (:mod:`qlens_q.states`), layer operators
(:mod:`qlens_q.operators`), circuits (:mod:`qlens_q.circuits`), OpenQASM
(:mod:`qlens_q.qasm`), Aer (:mod:`qlens_q.simulation`) and the verdict
(:mod:`qlens_q.crosscheck`). Names that need torch load on first use, so
``import qlens_q`` stays light.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from qlens_q.checks import CheckResult, HeldOutResult, check, held_out_test
from qlens_q.circuits import Synthesis, layer_circuit, trajectory_circuit
from qlens_q.crosscheck import CheckConfig, Verdict, crosscheck, crosscheck_one
from qlens_q.errors import InputError, QlensError, SimulationError
from qlens_q.operators import LayerOperator, frobenius_similarity, layer_operator
from qlens_q.states import amplitudes, born_probabilities, num_qubits, state
from qlens_q.stats.analysis import analyze
from qlens_q.trajectories import Trajectories

if TYPE_CHECKING:
    from qlens_q.nn.lenses import Lenses
    from qlens_q.nn.probe import Probe

__version__ = "0.2.0"

_LAZY = {"Probe": "qlens_q.nn.probe", "Lenses": "qlens_q.nn.lenses"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'qlens_q' has no attribute {name!r}")


__all__ = [
    "CheckConfig",
    "CheckResult",
    "HeldOutResult",
    "InputError",
    "LayerOperator",
    "Lenses",
    "Probe",
    "QlensError",
    "SimulationError",
    "Synthesis",
    "Trajectories",
    "Verdict",
    "__version__",
    "amplitudes",
    "analyze",
    "born_probabilities",
    "check",
    "crosscheck",
    "crosscheck_one",
    "frobenius_similarity",
    "held_out_test",
    "layer_circuit",
    "layer_operator",
    "num_qubits",
    "state",
    "trajectory_circuit",
]
