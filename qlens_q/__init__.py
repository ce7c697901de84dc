"""qlens-q: the QLENS reading of Transformers on real quantum SDK primitives.

Data flows one way: model -> probabilities (:mod:`qlens_q.states`) -> layer
operators (:mod:`qlens_q.operators`) -> circuits (:mod:`qlens_q.circuits`) ->
Aer results (:mod:`qlens_q.simulation`) -> verdicts (:mod:`qlens_q.crosscheck`),
with OpenQASM in :mod:`qlens_q.qasm`.
"""

from qlens_q.circuits import Synthesis, layer_circuit, trajectory_circuit
from qlens_q.crosscheck import CheckConfig, Verdict, crosscheck, crosscheck_one
from qlens_q.errors import InputError, QlensError, SimulationError
from qlens_q.operators import LayerOperator, frobenius_similarity, layer_operator
from qlens_q.states import amplitudes, born_probabilities, num_qubits, state

__version__ = "0.1.0"

__all__ = [
    "CheckConfig",
    "InputError",
    "LayerOperator",
    "QlensError",
    "SimulationError",
    "Synthesis",
    "Verdict",
    "__version__",
    "amplitudes",
    "born_probabilities",
    "crosscheck",
    "crosscheck_one",
    "frobenius_similarity",
    "layer_circuit",
    "layer_operator",
    "num_qubits",
    "state",
    "trajectory_circuit",
]
