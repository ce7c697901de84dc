"""``check``: every sub-layer of every example as a circuit, exported, read back and cross-checked on Aer.

For example ``k`` of a :class:`~qlens_q.trajectories.Trajectories` with points
``p_0 .. p_{S-1}``:

* one **layer circuit** per sub-layer ``j``: prepare ``sqrt(p_j)`` and apply the
  Householder operator carrying it to ``sqrt(p_{j+1})``
  (:func:`qlens_q.circuits.layer_circuit`); expected Born distribution ``p_{j+1}``;
* one **trajectory circuit**: prepare ``sqrt(p_0)`` and apply every sub-layer's
  operator in turn (:func:`qlens_q.circuits.trajectory_circuit`); expected
  ``p_{S-1}``, the model's own softmax.

Every circuit is transpiled to the export basis, written as OpenQASM 3 (or 2),
and **the text is parsed back**: what is cross-checked is what a user gets in
the file (:mod:`qlens_q.crosscheck`: exact Born probabilities, an independent
``quantum_info`` reference up to 12 qubits, shots and ``<M>`` on Aer). The shot
tests share the false-alarm rate ``alpha`` over the whole family of circuits
(Bonferroni). Aer runs in batches of :data:`SIM_CHUNK` circuits (chunk ``c``
seeded ``seed + c * SIM_CHUNK``), in process or on ``--executor``.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray
from qiskit import QuantumCircuit
from tqdm import tqdm

from qlens_q import executor as executors
from qlens_q import qasm
from qlens_q.circuits import Synthesis, layer_circuit, trajectory_circuit
from qlens_q.circuits.layers import method_max_qubits
from qlens_q.circuits.metrics import two_qubit_gates
from qlens_q.crosscheck import CheckConfig, Verdict, crosscheck
from qlens_q.errors import InputError
from qlens_q.operators import layer_operator
from qlens_q.simulation import Backend
from qlens_q.trajectories import TRAJECTORY, Trajectories

#: Circuits per Aer batch (one progress-bar step each).
SIM_CHUNK = 256
#: Circuits per transpiler call.
TRANSPILE_CHUNK = 64
CIRCUITS_DIR = "circuits"


class Stopwatch:
    """Wall-clock seconds per named stage (summed when a stage runs twice)."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] = round(self.seconds.get(name, 0.0) + time.perf_counter() - start, 3)


@dataclass(frozen=True)
class CheckSettings:
    """How :func:`check` built and checked the circuits (recorded in ``report.json``)."""

    shots: int
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
class CheckResult:
    """What :func:`check` built and what Aer said (:meth:`save` writes a run directory).

    ``circuits[i]`` and ``verdicts[i]`` belong together; per example the sub-layers
    come in order, then the trajectory circuit.
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

    def save(self, path: str | Path, analysis: dict[str, Any] | None = None, **kwargs: Any) -> dict[str, Any]:
        """Write the run directory ``path`` (:func:`qlens_q.rundir.save_run`); returns ``report.json``'s content."""
        from qlens_q.rundir import save_run

        return save_run(self, path, analysis=analysis, **kwargs)


def circuit_path(index: int, name: str) -> str:
    """Where circuit ``name`` of example ``index`` goes inside a run directory."""
    return f"{CIRCUITS_DIR}/{index:04d}_{name}.qasm"


def _bar(total: int, desc: str, progress: bool) -> Any:
    return tqdm(total=total, desc=desc, unit="circuit", disable=not progress, leave=False)


def build_circuits(
    traj: Trajectories, synthesis: Synthesis
) -> tuple[list[QuantumCircuit], list[NDArray[np.float64]], list[bool]]:
    """Per example: the layer circuits (measured), then the trajectory circuit; targets; identity flags."""
    circuits, expected, identity = [], [], []
    for k in range(traj.num_examples):
        p = traj.probs[k]
        for layer in traj.layers:
            op = layer_operator(
                p[layer.index],
                p[layer.index + 1],
                names=(f"{traj.ids[k]}.{layer.source}", f"{traj.ids[k]}.{layer.target}"),
            )
            circuits.append(layer_circuit(op, synthesis, measure=True))
            expected.append(p[layer.index + 1])
            identity.append(op.is_identity)
        circuits.append(trajectory_circuit(list(p), synthesis, measure=True))
        expected.append(p[-1])
        identity.append(False)
    return circuits, expected, identity


def check(
    traj: Trajectories,
    *,
    shots: int = 10_000,
    seed: int = 0,
    method: str = "structured",
    qasm_format: str = "qasm3",
    executor: str | None = None,
    tol: float = 1e-9,
    alpha: float = 1e-3,
    progress: bool = False,
) -> CheckResult:
    """Build, export, re-read and cross-check every circuit of ``traj`` (see the module docstring).

    Args:
        traj: the trajectories to read as circuits.
        shots: Aer samples per circuit.
        seed: seed of Aer's sampler (the same seed gives the same verdicts).
        method: how operators become gates (:class:`qlens_q.circuits.Synthesis`).
        qasm_format: ``qasm3`` or ``qasm2`` (parsed back far faster for big circuits).
        executor: ``None`` (in process), ``"dask"`` or ``"dask=ADDRESS"``.
        tol: largest accepted exact Born error.
        alpha: false-alarm rate of the shot tests over all circuits together.
        progress: tqdm progress bars on stderr.
    """
    if not isinstance(traj, Trajectories):
        raise InputError("trajectories", f"must be a qlens_q.Trajectories, got {type(traj).__name__}")
    if qasm_format not in qasm.FORMATS:
        raise InputError("format", f"unknown format {qasm_format!r} (choose from {', '.join(qasm.FORMATS)})")
    synthesis = Synthesis(method)
    limit = method_max_qubits(method)
    if limit is not None and traj.num_qubits > limit:
        raise InputError(
            "method",
            f"{method!r} is limited to {limit} qubits; {traj.num_outputs} outputs need {traj.num_qubits}: use 'structured'",
        )
    config = CheckConfig(shots=shots, seed=seed, tol=tol, alpha=alpha)
    executors.parse(executor)  # a bad executor fails before any work
    clock = Stopwatch()
    names = (*traj.sublayers, TRAJECTORY)
    with clock.stage("build"):
        circuits, expected, identity = build_circuits(traj, synthesis)
    with clock.stage("transpile"):
        exported: list[QuantumCircuit] = []
        bar = _bar(len(circuits), "transpiling", progress)
        for start in range(0, len(circuits), TRANSPILE_CHUNK):
            chunk = circuits[start : start + TRANSPILE_CHUNK]
            done = qasm.transpile_for_export(chunk)
            exported += done if isinstance(done, list) else [done]
            bar.update(len(chunk))
        bar.close()
    with clock.stage("export"):
        texts = [
            qasm.dumps(qc, qasm_format)
            for qc in tqdm(exported, desc="exporting", unit="circuit", disable=not progress, leave=False)
        ]
    paths = [circuit_path(k, name) for k in range(traj.num_examples) for name in names]
    with clock.stage("parse"):
        # Cross-check what is shipped: the text, parsed back.
        shipped = [
            qasm.loads(text, source=path)
            for path, text in zip(
                paths,
                tqdm(texts, desc="parsing", unit="circuit", disable=not progress, leave=False),
                strict=True,
            )
        ]
    with clock.stage("simulate"):
        verdicts = _crosscheck_chunks(shipped, expected, config, executor, progress)
    labelled = tuple(
        dataclasses.replace(v, example=traj.ids[i // len(names)], circuit=names[i % len(names)])
        for i, v in enumerate(verdicts)
    )
    records = tuple(
        ExportedCircuit(
            example=traj.ids[i // len(names)],
            index=i // len(names),
            circuit=names[i % len(names)],
            path=paths[i],
            text=texts[i],
            two_qubit_gates=two_qubit_gates(qc),
            operations=int(qc.size()),
            identity=identity[i],
        )
        for i, qc in enumerate(shipped)
    )
    settings = CheckSettings(shots=shots, seed=seed, method=method, format=qasm_format, tol=tol, alpha=alpha)
    return CheckResult(traj, records, labelled, settings, clock.seconds)


def _crosscheck_chunks(
    circuits: Sequence[QuantumCircuit],
    expected: Sequence[NDArray[np.float64]],
    config: CheckConfig,
    executor: str | None,
    progress: bool,
) -> list[Verdict]:
    verdicts: list[Verdict] = []
    bar = _bar(len(circuits), "simulating", progress)
    with executors.open_executor(executor) as pool:
        backend = Backend(executor=pool)
        for start in range(0, len(circuits), SIM_CHUNK):
            chunk = slice(start, start + SIM_CHUNK)
            # every chunk gets its own seed, derived from the run seed; alpha is shared by all circuits
            seeded = dataclasses.replace(
                config, seed=config.seed + start, family_size=len(circuits), backend=backend
            )
            verdicts += crosscheck(circuits[chunk], expected[chunk], seeded)
            bar.update(len(circuits[chunk]))
    bar.close()
    return verdicts
