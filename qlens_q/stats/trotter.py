"""Trotter study: how well, and at what gate cost, Trotterised evolution realises a layer.

For each number of classes ``N`` and each of ``pairs`` random pairs of
distributions ``p_in, p_out ~ Dirichlet(1, ..., 1)`` (seeded), the layer operator
``U = exp(-i alpha H)``, ``H = (pi / alpha) v v^T`` is synthesised

* ``structured`` (exact: ``S_v exp(-i pi |0><0|) S_v^dagger``), and
* ``evolution`` (``PauliEvolutionGate`` of the Pauli sum of ``H``) by Lie-Trotter
  (order 1) and Suzuki-Trotter (order 2) with ``reps`` steps.

Each layer circuit (state preparation of ``psi_in``, then the operator) is
transpiled for export (:func:`qlens_q.qasm.transpile_for_export`) and the exported
circuit is simulated by Aer. Reported per row:

* ``state_fidelity = |<psi_out | psi>|^2``, the **quantum state fidelity** with the
  exact output ``psi_out = U psi_in`` (global phase ignored);
* ``born_fidelity = (sum_j sqrt(p_j q_j))^2``, the classical (Bhattacharyya)
  fidelity of the Born distribution ``p`` with ``q = p_out``; it can be 1 while the
  state fidelity is not (relative phases are invisible to the Born rule);
* ``two_qubit_gates`` (CX) and ``gates``/``depth`` of the whole exported layer
  circuit (the preparation of ``psi_in`` included; it is the same for every method).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from qlens_q import qasm, simulation
from qlens_q.circuits import Synthesis, evolution_matrix, layer_circuit
from qlens_q.circuits.metrics import two_qubit_gates
from qlens_q.operators import layer_operator

SIZES: tuple[int, ...] = (2, 4, 8, 16)
REPS: tuple[int, ...] = (1, 2, 4, 8, 16)
ORDERS: tuple[int, ...] = (1, 2)


def trotter_study(
    sizes: Sequence[int] = SIZES,
    reps: Sequence[int] = REPS,
    orders: Sequence[int] = ORDERS,
    *,
    pairs: int = 1,
    seed: int = 0,
    alpha: float = 1.0,
) -> list[dict[str, Any]]:
    """Rows (JSON-ready dicts) of fidelity and gate counts; see the module docstring.

    One row per ``(N, pair)`` for ``structured`` (``order`` and ``reps`` ``None``)
    and per ``(N, pair, order, reps)`` for ``evolution``. All circuits are
    transpiled in one call and simulated in one Aer batch. The same ``seed``
    gives the same distributions and the same numbers.
    """
    rng = np.random.default_rng(seed)
    specs: list[dict[str, Any]] = []
    circuits = []
    targets = []
    for n_classes in sizes:
        for pair in range(pairs):
            p_in = rng.dirichlet(np.ones(n_classes))
            p_out = rng.dirichlet(np.ones(n_classes))
            op = layer_operator(p_in, p_out, alpha=alpha)
            target = evolution_matrix(op) @ op.psi_in
            variants: list[tuple[str, int | None, int | None, Synthesis]] = [
                ("structured", None, None, Synthesis("structured"))
            ]
            variants += [
                ("evolution", order, r, Synthesis("evolution", trotter_reps=r, trotter_order=order))
                for order in orders
                for r in reps
            ]
            for method, order, r, synthesis in variants:
                specs.append(
                    {
                        "num_classes": int(n_classes),
                        "num_qubits": op.num_qubits,
                        "pair": pair,
                        "method": method,
                        "order": order,
                        "reps": r,
                    }
                )
                circuits.append(layer_circuit(op, synthesis))
                targets.append(target)
    exported = qasm.transpile_for_export(circuits)
    if not isinstance(exported, list):
        exported = [exported]
    vectors = simulation.statevectors([simulation.prepare(qc) for qc in exported])
    rows = []
    for spec, qc, sv, target in zip(specs, exported, vectors, targets, strict=True):
        p = np.abs(sv) ** 2
        q = np.abs(target) ** 2
        rows.append(
            {
                **spec,
                "state_fidelity": min(1.0, float(np.abs(np.vdot(target, sv)) ** 2)),
                "born_fidelity": min(1.0, float(np.sum(np.sqrt(p * q)) ** 2)),
                "max_abs_error": float(np.max(np.abs(p - q))),
                "two_qubit_gates": two_qubit_gates(qc),
                "gates": int(qc.size()),
                "depth": int(qc.depth()),
            }
        )
    return rows
