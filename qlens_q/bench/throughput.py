"""Throughput: a run's whole batch of circuits through Aer, stage by stage, and two ways to draw the shots.

The workload is that of ``qlens-q run`` on SentiHood: for each of ``examples`` test
examples (214 in SentiHood's test split) with distributions at ``S`` points over
``classes`` classes (3 here by default), one layer circuit per consecutive pair of
points and one trajectory circuit, each measured; every circuit gets its exact Born
probabilities, ``shots`` samples (10,000) and its exact ``<M>``. The distributions
are Dirichlet(1) draws from ``default_rng(seed)`` unless taken from a finished run
(:func:`distributions_from_run`); the circuits' shapes, and so the work, depend
only on the number of classes.

``batched`` (what ``qlens-q run`` does)
    build every circuit, transpile them to the export basis in one
    :func:`~qlens_q.qasm.transpile_for_export` call, then one Aer run for the batch
    that saves the statevector and ``<M>`` and draws the shots
    (:func:`qlens_q.simulation.readings`). Stages: ``build``, ``export``, ``aer``.
``one at a time`` (optional)
    the same per circuit: build, transpile, one Aer run each.

The shots alone are also drawn both ways Aer offers, side by side on the same
circuits and seed: ``AerSimulator.run`` counts (:func:`qlens_q.simulation.sample_counts`,
what qlens-q uses) and the ``SamplerV2`` primitive, which returns every shot's bits
to Python; each with its shots per second, beside the statevector stage alone.

Both schedules simulate the same exported gates: the row reports that their exact
Born probabilities agree (``same_probabilities``, to 1e-12), the largest Born
error against the distributions, and that every circuit got all its shots.
Before timing, one circuit is built, transpiled and simulated once, so imports
and Aer's first call are not charged to either side.
"""

from __future__ import annotations

import itertools
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray
from qiskit import QuantumCircuit
from tqdm import tqdm

from qlens_q import simulation
from qlens_q.circuits import Synthesis, layer_circuit, trajectory_circuit
from qlens_q.errors import InputError
from qlens_q.operators import layer_operator
from qlens_q.qasm import transpile_for_export

#: SentiHood's test split and classes, and the run's shots.
EXAMPLES, CLASSES, SHOTS = 214, 3, 10_000

#: One example's distributions at every point.
Points = Sequence[NDArray[np.float64]]


def random_distributions(examples: int = EXAMPLES, classes: int = CLASSES, seed: int = 0) -> list[Points]:
    """Three points per example (``p_embedding, p_attention, p_final``), Dirichlet(1) from ``default_rng(seed)``."""
    if isinstance(examples, bool) or not isinstance(examples, int) or examples < 1:
        raise InputError("examples", f"must be an integer >= 1, got {examples!r}")
    if isinstance(classes, bool) or not isinstance(classes, int) or classes < 2:
        raise InputError("classes", f"must be an integer >= 2, got {classes!r}")
    rng = np.random.default_rng(seed)
    draws = rng.dirichlet(np.ones(classes), size=(examples, 3))
    return [(d[0], d[1], d[2]) for d in draws]


def distributions_from_run(run_dir: str | Path) -> list[Points]:
    """The distributions of every example of a run directory (its saved trajectories)."""
    from qlens_q.trajectories import Trajectories

    traj = Trajectories.load(Path(run_dir))
    return [tuple(row) for row in traj.probs]


def workload(
    dists: Sequence[Sequence[NDArray[np.float64]]],
) -> tuple[list[QuantumCircuit], list[NDArray[np.float64]]]:
    """Per example: one layer circuit per consecutive pair and the trajectory circuit (measured), and their targets."""
    circuits: list[QuantumCircuit] = []
    expected: list[NDArray[np.float64]] = []
    synthesis = Synthesis("structured")
    for points in dists:
        for p_in, p_out in itertools.pairwise(points):
            circuits.append(layer_circuit(layer_operator(p_in, p_out), synthesis, measure=True))
            expected.append(p_out)
        circuits.append(trajectory_circuit(list(points), synthesis, measure=True))
        expected.append(points[-1])
    return circuits, expected


def _batched(
    dists: Sequence[Sequence[NDArray[np.float64]]], shots: int, seed: int, backend: simulation.Backend
) -> tuple[list[simulation.Reading], list[simulation.Prepared], dict[str, float]]:
    """The batched workload, as ``qlens-q run`` does it; also the seconds of each stage."""
    seconds: dict[str, float] = {}
    start = time.perf_counter()

    def lap(stage: str) -> None:
        nonlocal start
        now = time.perf_counter()
        seconds[stage] = now - start
        start = now

    circuits, _ = workload(dists)
    lap("build")
    prepared = [simulation.prepare(qc) for qc in transpile_for_export(circuits)]
    lap("export")
    readings = simulation.readings(prepared, shots, seed, backend)
    lap("aer")
    return readings, prepared, seconds


def _sampler_counts(
    prepared: Sequence[simulation.Prepared], shots: int, seed: int, backend: simulation.Backend
) -> list[NDArray[np.int64]]:
    """The same shots through Aer's ``SamplerV2`` primitive (for the comparison only)."""
    from qiskit_aer.primitives import SamplerV2

    sampler = SamplerV2(seed=seed, options={"backend_options": backend.options()})
    results = sampler.run([(p.measured(),) for p in prepared], shots=shots).result()
    out = []
    for p, res in zip(prepared, results, strict=True):
        packed = res.join_data().array.reshape(-1, res.join_data().array.shape[-1]).astype(np.int64)
        values = np.zeros(packed.shape[0], dtype=np.int64)
        for column in range(packed.shape[1]):  # big-endian bytes per shot
            values = (values << 8) | packed[:, column]
        out.append(np.bincount(values, minlength=2**p.num_qubits).astype(np.int64))
    return out


def _shot_paths(
    prepared: Sequence[simulation.Prepared], shots: int, seed: int, backend: simulation.Backend
) -> dict[str, Any]:
    """Statevectors alone, and the shots alone drawn both ways, timed on the same circuits."""
    timed: dict[str, Any] = {}
    start = time.perf_counter()
    simulation.exact_probabilities(prepared, backend)
    timed["statevector_s"] = time.perf_counter() - start
    for name, draw in (("run_counts", simulation.sample_counts), ("sampler_v2", _sampler_counts)):
        start = time.perf_counter()
        counts = draw(prepared, shots, seed, backend)
        elapsed = time.perf_counter() - start
        timed[f"{name}_s"] = elapsed
        timed[f"{name}_shots_per_s"] = shots * len(prepared) / elapsed
        timed[f"{name}_all_shots"] = all(int(c.sum()) == shots for c in counts)
    timed["faster_shots"] = "run_counts" if timed["run_counts_s"] <= timed["sampler_v2_s"] else "sampler_v2"
    return timed


def _one_at_a_time(
    dists: Sequence[Sequence[NDArray[np.float64]]],
    shots: int,
    seed: int,
    backend: simulation.Backend,
    progress: bool,
) -> list[simulation.Reading]:
    out: list[simulation.Reading] = []
    index = 0
    for points in tqdm(dists, desc="one at a time", unit="example", disable=not progress, file=sys.stderr):
        circuits, _ = workload([points])
        for qc in circuits:
            (prepared,) = [simulation.prepare(c) for c in transpile_for_export([qc])]
            out += simulation.readings([prepared], shots, seed + index, backend)
            index += 1
    return out


def throughput_benchmark(
    dists: Sequence[Sequence[NDArray[np.float64]]],
    *,
    shots: int = SHOTS,
    seed: int = 0,
    sequential: bool = True,
    progress: bool = True,
    backend: simulation.Backend | None = None,
) -> dict[str, Any]:
    """Time the batched workload, the shots both ways (and, if ``sequential``, one at a time); a JSON-ready row."""
    if isinstance(shots, bool) or not isinstance(shots, int) or shots < 1:
        raise InputError("shots", f"must be an integer >= 1, got {shots!r}")
    if not dists:
        raise InputError("examples", "no example given")
    aer = simulation.Backend() if backend is None else backend
    _batched(dists[:1], shots, seed, aer)  # warm-up

    start = time.perf_counter()
    readings, prepared, stages = _batched(dists, shots, seed, aer)
    batched_s = time.perf_counter() - start
    _, expected = workload(dists)
    born = max(
        float(np.max(np.abs(r.probabilities[: len(e)] - e))) + float(np.sum(r.probabilities[len(e) :]))
        for r, e in zip(readings, expected, strict=True)
    )
    row: dict[str, Any] = {
        "examples": len(dists),
        "classes": len(dists[0][0]),
        "circuits": len(readings),
        "shots": shots,
        "seed": seed,
        "batched_s": batched_s,
        "batched_stages_s": stages,
        **_shot_paths(prepared, shots, seed, aer),
        "sequential_s": None,
        "speedup": None,
        "same_probabilities": None,
        "born_max_abs_error": born,
        "counts_total_ok": all(int(r.counts.sum()) == shots for r in readings),
    }
    if sequential:
        start = time.perf_counter()
        alone = _one_at_a_time(dists, shots, seed, aer, progress)
        row["sequential_s"] = time.perf_counter() - start
        row["speedup"] = row["sequential_s"] / batched_s
        row["counts_total_ok"] = row["counts_total_ok"] and all(int(r.counts.sum()) == shots for r in alone)
        row["same_probabilities"] = (
            max(
                float(np.max(np.abs(a.probabilities - b.probabilities)))
                for a, b in zip(readings, alone, strict=True)
            )
            <= 1e-12
        )
    return row
