"""What a cross-check produced, as plain records: circuits, verdicts, settings, held-out results, flows.

These are the results step's values, below everything that writes, renders or draws them
(:mod:`qlens_q.rundir`, :mod:`qlens_q.report`, :mod:`qlens_q.plotting`) and below
:mod:`qlens_q.checks`, which makes them. Nothing here simulates or imports Qiskit Aer or torch.

Per example ``k`` of a :class:`~qlens_q.trajectories.Trajectories` with sub-layers
``s_0 .. s_{S-2}`` the cross-check holds ``S`` circuits in order: one per sub-layer, then the
trajectory circuit (:data:`~qlens_q.trajectories.TRAJECTORY`). Circuit ``c`` of example ``k`` is
entry ``k * S + c`` of :attr:`CircuitChecks.circuits` and :attr:`CircuitChecks.verdicts`;
:meth:`CircuitChecks.verdict` looks one up by name.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
from numpy.typing import NDArray

from qlens_q.errors import InputError
from qlens_q.trajectories import TRAJECTORY, Trajectories

#: ``report.json``'s format (written by :mod:`qlens_q.report`, read back by :mod:`qlens_q.rundir`).
REPORT_FORMAT = "qlens-q-report/2"

if TYPE_CHECKING:
    from qlens_q.crosscheck import Verdict


@dataclass(frozen=True)
class CheckSettings:
    """How :func:`qlens_q.check` built and checked the circuits (recorded in ``report.json``).

    ``shot_examples``: how many examples (the first ones) had their circuits shot ``shots`` times;
    the other examples' circuits got the exact checks alone.
    """

    shots: int
    shot_examples: int
    seed: int
    method: str
    format: str
    tol: float
    alpha: float


@dataclass(frozen=True)
class ExportedCircuit:
    """One circuit as shipped: whose it is, where it goes, its OpenQASM text and size."""

    example: str
    index: int
    circuit: str
    path: str
    text: str
    two_qubit_gates: int
    operations: int
    identity: bool


@dataclass(frozen=True)
class CircuitChecks:
    """The circuits of a set of trajectories and what Aer said of them (see the module docstring).

    ``circuits[i]`` and ``verdicts[i]`` belong together; per example the sub-layers come in
    order, then the trajectory circuit.
    """

    trajectories: Trajectories
    circuits: tuple[ExportedCircuit, ...]
    verdicts: tuple[Verdict, ...]
    settings: CheckSettings
    seconds: dict[str, float]

    @property
    def passed(self) -> bool:
        """True when every verdict passed."""
        return all(v.passed for v in self.verdicts)

    @property
    def circuit_names(self) -> tuple[str, ...]:
        """Per example: the sub-layers, then ``trajectory``."""
        return (*self.trajectories.sublayers, TRAJECTORY)

    def position(self, example: int | str, circuit: str) -> int:
        """Where circuit ``circuit`` (a sub-layer or ``"trajectory"``) of ``example`` (an id, or an index
        from 0) sits in :attr:`circuits` and :attr:`verdicts`: ``k * S + c``."""
        traj, names = self.trajectories, self.circuit_names
        if isinstance(example, str):
            if example not in traj.ids:
                raise InputError("example", f"no example with id {example!r}")
            k = traj.ids.index(example)
        elif isinstance(example, (int, np.integer)) and not isinstance(example, bool):
            if not 0 <= int(example) < traj.num_examples:
                raise InputError("example", f"index {example} is outside 0..{traj.num_examples - 1}")
            k = int(example)
        else:
            raise InputError("example", f"must be an example id or index, got {type(example).__name__}")
        if circuit not in names:
            raise InputError("circuit", f"unknown circuit {circuit!r} (choose from {', '.join(names)})")
        return k * len(names) + names.index(circuit)

    def verdict(self, example: int | str, circuit: str) -> Verdict:
        """Aer's verdict on circuit ``circuit`` (a sub-layer or ``"trajectory"``) of ``example`` (id or index)."""
        return self.verdicts[self.position(example, circuit)]

    def exported(self, example: int | str, circuit: str) -> ExportedCircuit:
        """The exported circuit ``circuit`` of ``example`` (id or index)."""
        return self.circuits[self.position(example, circuit)]

    def trajectory_counts(self) -> NDArray[np.int64] | None:
        """Shot counts of the trajectory circuit of every example with shots (the first
        ``settings.shot_examples``), ``(K, 2^n)``; ``None`` when no example had shots."""
        per = len(self.circuit_names)
        shot = self.verdicts[per - 1 :: per][: self.settings.shot_examples]
        return np.array([v.counts for v in shot], dtype=np.int64) if shot else None


@dataclass(frozen=True)
class HeldOutResult:
    """The held-out test of a set of trajectories: the fits' scores with Aer's verdicts merged in.

    ``summary[sub-layer]`` is JSON-ready (:mod:`qlens_q.stats.fixed_operators`, plus per
    candidate the circuits run and their ``pass_rate``); ``circuits`` and ``verdicts`` are
    the exported fixed-operator circuits and what Aer said of them; a circuit is named
    ``"<sub-layer>/<candidate>"``.
    """

    summary: dict[str, Any]
    circuits: tuple[ExportedCircuit, ...]
    verdicts: tuple[Verdict, ...]
    seconds: dict[str, float]

    def candidate(self, sublayer: str, name: str) -> dict[str, Any]:
        """The scores of candidate ``name`` (``identity``, ``procrustes``, ...) of ``sublayer``."""
        if sublayer not in self.summary:
            raise InputError(
                "sublayer", f"no held-out test of {sublayer!r} (these are {', '.join(self.summary)})"
            )
        candidates = self.summary[sublayer]["candidates"]
        if name not in candidates:
            raise InputError("name", f"no candidate {name!r} (these are {', '.join(candidates)})")
        return dict(candidates[name])

    def verdicts_of(self, sublayer: str, name: str) -> tuple[Verdict, ...]:
        """Aer's verdicts on candidate ``name``'s circuits of ``sublayer``, in held-out order."""
        return tuple(v for v in self.verdicts if v.circuit == f"{sublayer}/{name}")


@dataclass(frozen=True)
class FlowCurves:
    """One example's sub-layers as Hamiltonian flows ``|exp(-i t H) psi_in|^2``, computed before drawing.

    For the sub-layers ``sublayers`` (indices ``j``: ``points[j] -> points[j + 1]``) of example
    ``example``: the closed form (:meth:`qlens_q.operators.LayerOperator.evolve`) at ``fine_times``
    (``exact``, ``(L, F, N)``) and at ``times`` (``exact_at_times``, ``(L, T, N)``), and Aer's exact
    Born distribution of the exported structured circuit at ``times`` (``measured``, ``(L, T, N)``).
    """

    example: int
    sublayers: tuple[int, ...]
    times: NDArray[np.float64]
    fine_times: NDArray[np.float64]
    exact: NDArray[np.float64]
    exact_at_times: NDArray[np.float64]
    measured: NDArray[np.float64]

    @property
    def errors(self) -> NDArray[np.float64]:
        """Per sub-layer drawn: ``max |Aer - closed form|`` over the times and outputs."""
        return np.asarray(np.max(np.abs(self.measured - self.exact_at_times), axis=(1, 2)), dtype=np.float64)


def pick_example(traj: Trajectories) -> int:
    """The example whose distribution moves most along its path (total variation summed over sub-layers)."""
    moves = 0.5 * np.abs(np.diff(traj.probs, axis=1)).sum(axis=(1, 2))
    return int(np.argmax(moves))


def figure_example(traj: Trajectories, counts: NDArray[np.int64] | None) -> int:
    """The example the figures draw: :func:`pick_example` among the first ``len(counts)`` examples,
    those whose trajectory circuit has shot ``counts`` to draw (:meth:`CircuitChecks.trajectory_counts`),
    or among all of ``traj`` when there are none."""
    shown = traj.num_examples if counts is None or len(counts) == 0 else len(counts)
    return pick_example(traj.select(slice(0, shown)))


def moving_sublayers(probs: NDArray[np.float64], limit: int) -> list[int]:
    """The ``limit`` sub-layers of one example's ``(S, N)`` distributions that move it most (total
    variation), in depth order."""
    moves = [0.5 * np.abs(probs[j + 1] - probs[j]).sum() for j in range(probs.shape[0] - 1)]
    return sorted(int(j) for j in np.argsort(moves, kind="stable")[::-1][:limit])
