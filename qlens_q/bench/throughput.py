"""Throughput: a run's whole batch of circuits, batched against one circuit at a time.

The workload is that of ``qlens-q run`` on SentiHood: for each of ``examples``
test examples (214 in SentiHood's test split) with distributions
``p_embedding, p_attention, p_final`` over ``classes`` classes (3), the attention
and MLP layer circuits and the trajectory circuit, each measured; every circuit
gets an Aer statevector and ``shots`` samples (10,000) from Aer's ``SamplerV2``.
The distributions are Dirichlet(1) draws from ``default_rng(seed)`` unless taken
from a finished run (:func:`distributions_from_run`); the circuits' shapes, and
so the work, depend only on the number of classes.

Two ways to do the same work, timed wall-clock (:func:`time.perf_counter`):

``batched`` (what ``qlens-q run`` does)
    build every circuit, transpile them to the export basis in one
    :func:`~qlens_q.qasm.transpile_for_export` call, then one Aer statevector
    call and one ``SamplerV2`` call for the whole batch.
``one at a time``
    for each circuit: build, transpile, one statevector call, one ``SamplerV2`` call.

Both simulate the same exported gates: the row reports that their exact Born
probabilities agree (``same_probabilities``, to 1e-12), the largest Born error
against the model's distributions, and that every circuit got all its shots.
The speed-up is for the same result, not a cheaper one. (Their counts differ:
Aer seeds circuit ``i`` of one call from the call's seed and ``i``.)

The batched run's four stages are timed too (``batched_stages_s``: build,
export, statevector, shots). Every schedule has to draw the same shots through
``SamplerV2``, and one call for the whole batch is the cheapest way measured, so
``speedup_bound = sequential_s / shots`` is the most that any batching of this
workload can gain over one circuit at a time while the shots cost what they cost.

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

Triple = tuple[NDArray[np.float64], NDArray[np.float64], NDArray[np.float64]]


def random_distributions(examples: int = EXAMPLES, classes: int = CLASSES, seed: int = 0) -> list[Triple]:
    """``(p_embedding, p_attention, p_final)`` per example, Dirichlet(1) from ``default_rng(seed)``."""
    if isinstance(examples, bool) or not isinstance(examples, int) or examples < 1:
        raise InputError("examples", f"must be an integer >= 1, got {examples!r}")
    if isinstance(classes, bool) or not isinstance(classes, int) or classes < 2:
        raise InputError("classes", f"must be an integer >= 2, got {classes!r}")
    rng = np.random.default_rng(seed)
    draws = rng.dirichlet(np.ones(classes), size=(examples, 3))
    return [(d[0], d[1], d[2]) for d in draws]


def distributions_from_run(run_dir: str | Path) -> list[Triple]:
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
    dists: Sequence[Triple], shots: int, seed: int, backend: simulation.Backend
) -> tuple[list[NDArray[np.float64]], list[NDArray[np.int64]], dict[str, float]]:
    """The batched workload; also the wall-clock seconds of each of its four stages."""
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
    probs = simulation.exact_probabilities(prepared, backend)
    lap("statevector")
    counts = simulation.sample_counts(prepared, shots, seed, backend)
    lap("shots")
    return probs, counts, seconds


def _one_at_a_time(
    dists: Sequence[Triple], shots: int, seed: int, backend: simulation.Backend, progress: bool
) -> tuple[list[NDArray[np.float64]], list[NDArray[np.int64]]]:
    probs: list[NDArray[np.float64]] = []
    counts: list[NDArray[np.int64]] = []
    index = 0
    for triple in tqdm(dists, desc="one at a time", unit="example", disable=not progress, file=sys.stderr):
        circuits, _ = workload([triple])
        for qc in circuits:
            (prepared,) = [simulation.prepare(c) for c in transpile_for_export([qc])]
            probs += simulation.exact_probabilities([prepared], backend)
            counts += simulation.sample_counts([prepared], shots, seed + index, backend)
            index += 1
    return probs, counts


def throughput_benchmark(
    dists: Sequence[Triple],
    *,
    shots: int = SHOTS,
    seed: int = 0,
    sequential: bool = True,
    progress: bool = True,
    backend: simulation.Backend | None = None,
) -> dict[str, Any]:
    """Time the batched workload (and, if ``sequential``, the one-at-a-time one); a JSON-ready row."""
    if isinstance(shots, bool) or not isinstance(shots, int) or shots < 1:
        raise InputError("shots", f"must be an integer >= 1, got {shots!r}")
    if not dists:
        raise InputError("examples", "no example given")
    aer = simulation.Backend() if backend is None else backend
    _batched(dists[:1], shots, seed, aer)  # warm-up

    start = time.perf_counter()
    probs, counts, stages = _batched(dists, shots, seed, aer)
    batched_s = time.perf_counter() - start
    _, expected = workload(dists)
    born = max(
        float(np.max(np.abs(p[: len(e)] - e))) + float(np.sum(p[len(e) :]))
        for p, e in zip(probs, expected, strict=True)
    )
    row: dict[str, Any] = {
        "examples": len(dists),
        "classes": int(dists[0][0].shape[0]),
        "circuits": len(probs),
        "shots": shots,
        "seed": seed,
        "batched_s": batched_s,
        "batched_stages_s": stages,
        "sequential_s": None,
        "speedup": None,
        "speedup_bound": None,
        "same_probabilities": None,
        "born_max_abs_error": born,
        "counts_total_ok": all(int(c.sum()) == shots for c in counts),
    }
    if sequential:
        start = time.perf_counter()
        seq_probs, seq_counts = _one_at_a_time(dists, shots, seed, aer, progress)
        row["sequential_s"] = time.perf_counter() - start
        row["speedup"] = row["sequential_s"] / batched_s
        row["speedup_bound"] = row["sequential_s"] / stages["shots"]
        row["counts_total_ok"] = row["counts_total_ok"] and all(int(c.sum()) == shots for c in seq_counts)
        row["same_probabilities"] = (
            max(float(np.max(np.abs(a - b))) for a, b in zip(probs, seq_probs, strict=True)) <= 1e-12
        )
    return row
