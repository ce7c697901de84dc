"""Trotter study, the maths: which layers, the exact outputs, and how close a simulated state is.

For each number of classes ``N`` and each of ``pairs`` random pairs of
distributions ``p_in, p_out ~ Dirichlet(1, ..., 1)`` (seeded), the layer operator
``U = exp(-i alpha H)``, ``H = (pi / alpha) v v^T`` (:func:`trotter_cases`) is to be
synthesised

* ``structured`` (exact: ``S_v exp(-i pi |0><0|) S_v^dagger``), and
* ``evolution`` (``PauliEvolutionGate`` of the Pauli sum of ``H``) by Lie-Trotter
  (order 1) and Suzuki-Trotter (order 2) with ``reps`` steps.

Each case carries the exact output ``psi_out = U psi_in``. Nothing here builds or
simulates a circuit: the study (``experiments/trotter_study.py``) builds each layer
circuit, exports it and runs it on Aer, then scores the state ``psi`` it got with
:func:`fidelities`:

* ``state_fidelity = |<psi_out | psi>|^2``, the **quantum state fidelity** with the
  exact output (global phase ignored);
* ``born_fidelity = (sum_j sqrt(p_j q_j))^2``, the classical (Bhattacharyya)
  fidelity of the Born distribution ``p = |psi|^2`` with ``q = |psi_out|^2``; it can
  be 1 while the state fidelity is not (relative phases are invisible to the Born rule);
* ``max_abs_error = max_j |p_j - q_j|``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from qlens_q.circuits.layers import evolution_matrix
from qlens_q.operators import LayerOperator, layer_operator

SIZES: tuple[int, ...] = (2, 4, 8, 16)
REPS: tuple[int, ...] = (1, 2, 4, 8, 16)
ORDERS: tuple[int, ...] = (1, 2)


@dataclass(frozen=True)
class TrotterCase:
    """One layer and one way to synthesise it: ``method`` ``structured`` (``order``, ``reps`` ``None``)
    or ``evolution`` with Trotter ``order`` and ``reps`` steps; ``target`` is the exact ``U psi_in``."""

    num_classes: int
    pair: int
    method: str
    order: int | None
    reps: int | None
    operator: LayerOperator
    target: NDArray[np.complex128]

    @property
    def spec(self) -> dict[str, Any]:
        """The case as the first columns of a JSON row."""
        return {
            "num_classes": self.num_classes,
            "num_qubits": self.operator.num_qubits,
            "pair": self.pair,
            "method": self.method,
            "order": self.order,
            "reps": self.reps,
        }


def trotter_cases(
    sizes: Sequence[int] = SIZES,
    reps: Sequence[int] = REPS,
    orders: Sequence[int] = ORDERS,
    *,
    pairs: int = 1,
    seed: int = 0,
    alpha: float = 1.0,
) -> list[TrotterCase]:
    """The layers of the study, in order: per ``(N, pair)`` one ``structured`` case, then one
    ``evolution`` case per ``(order, reps)``. The same ``seed`` draws the same distributions."""
    rng = np.random.default_rng(seed)
    cases: list[TrotterCase] = []
    for n_classes in sizes:
        for pair in range(pairs):
            p_in = rng.dirichlet(np.ones(n_classes))
            p_out = rng.dirichlet(np.ones(n_classes))
            op = layer_operator(p_in, p_out, alpha=alpha)
            target = np.asarray(evolution_matrix(op) @ op.psi_in, dtype=np.complex128)
            variants: list[tuple[str, int | None, int | None]] = [("structured", None, None)]
            variants += [("evolution", order, r) for order in orders for r in reps]
            cases += [
                TrotterCase(int(n_classes), pair, method, order, r, op, target)
                for method, order, r in variants
            ]
    return cases


def fidelities(target: Any, state: Any) -> dict[str, float]:
    """``state_fidelity``, ``born_fidelity`` and ``max_abs_error`` of ``state`` against the exact
    ``target`` (see the module docstring); both fidelities are clipped at 1 (rounding)."""
    target = np.asarray(target, dtype=np.complex128)
    state = np.asarray(state, dtype=np.complex128)
    p = np.abs(state) ** 2
    q = np.abs(target) ** 2
    return {
        "state_fidelity": min(1.0, float(np.abs(np.vdot(target, state)) ** 2)),
        "born_fidelity": min(1.0, float(np.sum(np.sqrt(p * q)) ** 2)),
        "max_abs_error": float(np.max(np.abs(p - q))),
    }


__all__ = ["ORDERS", "REPS", "SIZES", "TrotterCase", "fidelities", "trotter_cases"]
