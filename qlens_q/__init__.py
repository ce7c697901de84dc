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
(:mod:`qlens_q.crosscheck`). Every name loads its module on first use, so
``import qlens_q`` loads neither Qiskit, Aer, scipy nor torch.
"""

from __future__ import annotations

import importlib
import sys
import types
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from qlens_q.checks import CheckResult, HeldOutResult, check, held_out_test
    from qlens_q.circuits import Synthesis, layer_circuit, trajectory_circuit
    from qlens_q.crosscheck import CheckConfig, Verdict, crosscheck, crosscheck_one
    from qlens_q.errors import InputError, QlensError, SimulationError
    from qlens_q.nn.lenses import Lenses
    from qlens_q.nn.probe import Probe
    from qlens_q.operators import LayerOperator, frobenius_similarity, layer_operator
    from qlens_q.states import amplitudes, born_probabilities, num_qubits, state
    from qlens_q.stats.analysis import analyze
    from qlens_q.trajectories import Trajectories

__version__ = "0.2.0"

#: Public name -> the module that defines it. Nothing is imported until a name is used, so
#: ``import qlens_q`` (and any ``qlens_q.<module>``, which imports this package first) loads
#: neither Qiskit, Aer, scipy nor torch; ``qlens_q.check`` loads Qiskit and Aer, ``qlens_q.Probe`` torch.
_LAZY: dict[str, str] = {
    "CheckResult": "qlens_q.checks",
    "HeldOutResult": "qlens_q.checks",
    "check": "qlens_q.checks",
    "held_out_test": "qlens_q.checks",
    "Synthesis": "qlens_q.circuits",
    "layer_circuit": "qlens_q.circuits",
    "trajectory_circuit": "qlens_q.circuits",
    "CheckConfig": "qlens_q.crosscheck",
    "Verdict": "qlens_q.crosscheck",
    "crosscheck": "qlens_q.crosscheck",
    "crosscheck_one": "qlens_q.crosscheck",
    "InputError": "qlens_q.errors",
    "QlensError": "qlens_q.errors",
    "SimulationError": "qlens_q.errors",
    "Lenses": "qlens_q.nn.lenses",
    "Probe": "qlens_q.nn.probe",
    "LayerOperator": "qlens_q.operators",
    "frobenius_similarity": "qlens_q.operators",
    "layer_operator": "qlens_q.operators",
    "amplitudes": "qlens_q.states",
    "born_probabilities": "qlens_q.states",
    "num_qubits": "qlens_q.states",
    "state": "qlens_q.states",
    "analyze": "qlens_q.stats.analysis",
    "Trajectories": "qlens_q.trajectories",
}


def _lazy_loader(
    package: str, names: dict[str, str], namespace: dict[str, Any]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """A package's PEP 562 ``__getattr__`` and ``__dir__``: ``names[name]`` is the module that defines
    ``name``, imported on first use; the value is then cached in ``namespace`` (the package's globals)."""

    def getattr_(name: str) -> Any:
        module = names.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        namespace[name] = value
        return value

    def dir_() -> list[str]:
        return sorted({*namespace, *names})

    return getattr_, dir_


__getattr__, __dir__ = _lazy_loader(__name__, _LAZY, globals())


class _Package(types.ModuleType):
    """This package's module type: a public name that is also a submodule's name (``crosscheck``) stays
    the name. Importing ``qlens_q.crosscheck`` binds the submodule as an attribute of the package; the
    attribute becomes the submodule's own ``crosscheck`` instead, as the eager ``from qlens_q.crosscheck
    import crosscheck`` of earlier versions left it.
    """

    def __setattr__(self, name: str, value: Any) -> None:
        if isinstance(value, types.ModuleType) and _LAZY.get(name) == value.__name__ == f"{__name__}.{name}":
            value = getattr(value, name)
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


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
