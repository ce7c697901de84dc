"""How a layer operator becomes gates: the methods, their limits and :class:`Synthesis` (no Qiskit here).

Kept apart from :mod:`qlens_q.circuits.layers` so that checking a method's name and size (the CLI,
:func:`qlens_q.pipeline.validate`) imports neither Qiskit nor scipy.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from qlens_q.errors import InputError

Method = Literal["structured", "evolution", "dense", "isometry"]
METHODS: tuple[str, ...] = ("structured", "evolution", "dense", "isometry")
#: Largest qubit count for ``dense`` (a 2^n x 2^n matrix, synthesised by QSD).
DENSE_MAX_QUBITS = 8
#: Largest qubit count for ``evolution`` (H has up to ~4^n / 2 Pauli terms).
EVOLUTION_MAX_QUBITS = 7
#: Trotter orders accepted; 0 means the exact matrix exponential.
TROTTER_ORDERS: tuple[int, ...] = (0, 1, 2, 4)


#: Most Trotter steps, and most Pauli rotations (steps x terms x sweeps per step) in one circuit.
TROTTER_MAX_REPS, TROTTER_MAX_ROTATIONS = 1000, 500_000
#: Sweeps over the Pauli terms per Trotter step, by order (Suzuki order 4: five order-2 steps).
TROTTER_SWEEPS: dict[int, int] = {1: 1, 2: 2, 4: 10}


@dataclass(frozen=True)
class Synthesis:
    """How a layer operator becomes gates.

    Attributes:
        method: ``structured``, ``evolution`` or ``dense``.
        trotter_reps: Trotter steps (``evolution`` only).
        trotter_order: 1 (Lie-Trotter), 2 or 4 (Suzuki-Trotter), 0 (exact exponential).
        native: build uniformly controlled RYs in their Aer-native form (a
            ``diagonal`` between ``H``/``S`` gates: fast simulation) instead of
            exportable ``ucry`` gates.
    """

    method: str = "structured"
    trotter_reps: int = 1
    trotter_order: int = 1
    native: bool = False

    def __post_init__(self) -> None:
        if self.method not in METHODS:
            raise InputError("method", f"unknown method {self.method!r} (choose from {', '.join(METHODS)})")
        if (
            isinstance(self.trotter_reps, bool)
            or not isinstance(self.trotter_reps, int)
            or not 1 <= self.trotter_reps <= TROTTER_MAX_REPS
        ):
            raise InputError(
                "trotter_reps", f"must be an integer from 1 to {TROTTER_MAX_REPS}, got {self.trotter_reps!r}"
            )
        if self.trotter_order not in TROTTER_ORDERS:
            raise InputError(
                "trotter_order", f"must be one of {TROTTER_ORDERS} (0 = exact), got {self.trotter_order!r}"
            )

    def describe(self) -> str:
        """A short human description, e.g. ``evolution (Suzuki-Trotter order 2, 4 reps)``."""
        if self.method != "evolution":
            return self.method
        if self.trotter_order == 0:
            return "evolution (exact matrix exponential)"
        kind = "Lie-Trotter" if self.trotter_order == 1 else f"Suzuki-Trotter order {self.trotter_order}"
        return f"evolution ({kind}, {self.trotter_reps} reps)"


#: Largest qubit count: building W (synthesis and its check) took 11.1 s at 12 qubits and 58.8 s at 14
#: in experiments/results/bench_goals.md.
ISOMETRY_MAX_QUBITS = 14

#: Largest qubit count per method (``structured``: none).
MAX_QUBITS: dict[str, int] = {
    "dense": DENSE_MAX_QUBITS,
    "evolution": EVOLUTION_MAX_QUBITS,
    "isometry": ISOMETRY_MAX_QUBITS,
}


def method_max_qubits(method: str) -> int | None:
    """The largest qubit count ``method`` accepts, or ``None`` for no limit."""
    return MAX_QUBITS.get(method)
