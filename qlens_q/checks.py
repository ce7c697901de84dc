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
the file (:mod:`qlens_q.crosscheck`: exact Born probabilities and ``<M>`` on Aer for every
circuit, shots for the circuits of the first ``shot_examples`` examples; an independent ``quantum_info`` reference up to 12 qubits for every circuit of
at most 256 gates and, above that, for the first circuit (the first example's first sub-layer)
and any circuit Aer's exact check fails). The shot
tests share the false-alarm rate ``alpha`` over the whole family of circuits with shots
(Bonferroni). Aer runs in batches of :data:`SIM_CHUNK` circuits (chunk ``c``
seeded ``seed + c * SIM_CHUNK``), in process or on ``--executor``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray
from qiskit import QuantumCircuit
from tqdm import tqdm

from qlens_q import devices, qasm, simulation, validation
from qlens_q import executor as executors
from qlens_q.circuits import Synthesis, fixed_operator_circuit, layer_circuit, trajectory_circuit
from qlens_q.circuits.metrics import operations, two_qubit_gates
from qlens_q.circuits.synthesis import method_max_qubits
from qlens_q.config import HELDOUT_CIRCUITS, SHOT_EXAMPLES, SHOT_EXAMPLES_MAX
from qlens_q.crosscheck import CheckConfig, Verdict, crosscheck, shot_family
from qlens_q.errors import InputError, SimulationError
from qlens_q.operators import LayerOperator, layer_operator
from qlens_q.results import (
    CheckSettings,
    CircuitChecks,
    ExportedCircuit,
    FlowCurves,
    HeldOutResult,
    figure_example,
    moving_sublayers,
)
from qlens_q.runfiles import HELDOUT_DIR, circuit_path, save_run
from qlens_q.simulation import Backend
from qlens_q.stats.analysis import Analysis
from qlens_q.timing import Stopwatch
from qlens_q.trajectories import TRAJECTORY, Trajectories

#: Circuits per Aer batch (one progress-bar step each).
SIM_CHUNK = 256
#: Circuits per transpiler call.
TRANSPILE_CHUNK = 64
#: Time steps of the Hamiltonian flow run on Aer (one circuit each, per sub-layer drawn) ...
FLOW_STEPS = 25
#: ... and above :data:`FLOW_SMALL_QUBITS` qubits, where each circuit holds thousands of CX gates
#: (12 qubits: about 10,000; 100 of them took 30 s): the closed-form lines stay fine-grained.
FLOW_STEPS_LARGE = 5
FLOW_SMALL_QUBITS = 6
#: Closed-form points per flow curve, and the most sub-layers of one example drawn as flows.
FLOW_FINE, FLOW_SUBLAYERS = 201, 4


@dataclasses.dataclass(frozen=True)
class CheckResult(CircuitChecks):
    """What :func:`check` built and what Aer said (:class:`~qlens_q.results.CircuitChecks`);
    :meth:`save` writes a run directory.

    ``device``: with ``check(..., backend=NAME)``, every circuit on that device's noise model
    (:class:`~qlens_q.devices.DeviceChecks`); ``None`` for the ideal simulator alone.
    """

    device: devices.DeviceChecks | None = None

    @property
    def passed(self) -> bool:
        """True when every verdict passed, on the ideal simulator and, with a ``backend``, on the device."""
        return all(v.passed for v in self.verdicts) and (self.device is None or self.device.passed)

    def save(
        self,
        path: str | Path,
        analysis: Analysis | None = None,
        *,
        figures: bool = True,
        **kwargs: Any,
    ) -> dict[str, Any]:
        """Write the run directory ``path`` (:func:`qlens_q.rundir.save_run`); returns ``report.json``'s content.

        With an ``analysis`` and ``figures``, the flow figure's circuits run on Aer here first
        (:func:`flow_curves`), so that drawing simulates nothing.
        """
        flow = None
        if analysis is not None and figures:  # the example the figures draw (all the analysis' examples)
            given = kwargs.get("trajectories")
            traj = self.trajectories if given is None else given
            flow = flow_curves(traj, figure_example(traj, self.trajectory_counts()))
        return save_run(self, path, analysis=analysis, figures=figures, flow=flow, **kwargs)


def flow_curves(traj: Trajectories, k: int, steps: int | None = None) -> FlowCurves:
    """Example ``k``'s sub-layers as Hamiltonian flows: Aer on exported circuits and the closed form.

    For ``t`` in ``[0, alpha]`` (``steps`` values; default :data:`FLOW_STEPS`, or
    :data:`FLOW_STEPS_LARGE` above :data:`FLOW_SMALL_QUBITS` qubits)
    ``layer_circuit(op, structured, time=t)`` is transpiled for export and simulated in one Aer
    batch (exact Born probabilities); the closed form ``|exp(-i t H) psi_in|^2``
    (:meth:`~qlens_q.operators.LayerOperator.evolve`) is taken at those times and at
    :data:`FLOW_FINE` times. At most :data:`FLOW_SUBLAYERS` sub-layers (those that move the
    example most), ``alpha = 1``.
    """
    if steps is None:
        steps = FLOW_STEPS if traj.num_qubits <= FLOW_SMALL_QUBITS else FLOW_STEPS_LARGE
    p = traj.probs[k]
    shown = moving_sublayers(p, FLOW_SUBLAYERS)
    alpha = 1.0
    times = np.linspace(0.0, alpha, steps)
    fine = np.linspace(0.0, alpha, FLOW_FINE)
    ops = [layer_operator(p[j], p[j + 1], alpha=alpha) for j in shown]
    circuits = [layer_circuit(op, Synthesis("structured"), time=float(t)) for op in ops for t in times]
    exported = qasm.transpile_for_export(circuits)
    exported = exported if isinstance(exported, list) else [exported]
    aer = simulation.exact_probabilities([simulation.prepare(qc) for qc in exported])
    n = traj.num_outputs

    def born(op: LayerOperator, at: NDArray[np.float64]) -> NDArray[np.float64]:
        return np.array([np.abs(op.evolve(op.psi_in, float(t))) ** 2 for t in at], dtype=np.float64)[:, :n]

    return FlowCurves(
        example=k,
        sublayers=tuple(shown),
        times=times,
        fine_times=fine,
        exact=np.array([born(op, fine) for op in ops]),
        exact_at_times=np.array([born(op, times) for op in ops]),
        measured=np.array([np.array(aer[i * steps : (i + 1) * steps])[:, :n] for i in range(len(ops))]),
    )


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
    shot_examples: int | None = SHOT_EXAMPLES,
    seed: int = 0,
    method: str = "structured",
    qasm_format: str = "qasm3",
    executor: str | None = None,
    tol: float = 1e-9,
    alpha: float = 1e-3,
    progress: bool = False,
    backend: str | None = None,
) -> CheckResult:
    """Build, export, re-read and cross-check every circuit of ``traj`` (see the module docstring).

    Args:
        traj: the trajectories to read as circuits.
        shots: Aer samples per circuit with shots.
        shot_examples: the first this many examples get ``shots`` on each of their circuits
            (``None``: every example); every circuit of every example gets Aer's exact Born
            check and exact ``<M>``. Shots cost Aer about 1 µs each, so a run of hundreds of
            examples spends most of its simulation on them; a sample is enough to test Aer's
            sampling, whose exact distribution every circuit checks anyway.
        seed: seed of Aer's sampler (the same seed gives the same verdicts).
        method: how operators become gates (:class:`qlens_q.circuits.Synthesis`).
        qasm_format: ``qasm3`` or ``qasm2`` (parsed back far faster for big circuits).
        executor: ``None`` (in process), ``"dask"`` or ``"dask=ADDRESS"``.
        tol: largest accepted exact Born error.
        alpha: false-alarm rate of the shot tests over all circuits together.
        progress: tqdm progress bars on stderr.
        backend: ``None`` or ``"aer"`` (the ideal simulator alone), or a fake IBM device such as
            ``"fake_torino"``: every circuit read back is also transpiled for that device and run on
            its noise model (:func:`qlens_q.devices.check_on_device`, ``alpha`` shared by those
            circuits); the result's ``device`` holds what it said, and ``passed`` needs both.
    """
    if not isinstance(traj, Trajectories):
        raise InputError("trajectories", f"must be a qlens_q.Trajectories, got {type(traj).__name__}")
    if qasm_format not in qasm.FORMATS:
        raise InputError(
            "qasm_format", f"unknown format {qasm_format!r} (choose from {', '.join(qasm.FORMATS)})"
        )
    synthesis = Synthesis(method)
    limit = method_max_qubits(method)
    if limit is not None and traj.num_qubits > limit:
        raise InputError(
            "method",
            f"{method!r} is limited to {limit} qubits; {traj.num_outputs} outputs need {traj.num_qubits}: use 'structured'",
        )
    config = CheckConfig(shots=shots, seed=seed, tol=tol, alpha=alpha)
    shot_count = (
        traj.num_examples
        if shot_examples is None
        else min(validation.integer(shot_examples, "shot_examples", 0, SHOT_EXAMPLES_MAX), traj.num_examples)
    )
    executors.parse(executor)  # a bad executor fails before any work
    target = None if devices.resolve(backend) is None else devices.device(str(backend))
    if target is not None:
        target.check_width(traj.num_qubits)
    clock = Stopwatch()
    names = (*traj.sublayers, TRAJECTORY)
    with clock.stage("build"):
        circuits, expected, identity = build_circuits(traj, synthesis)
    paths = [circuit_path(k, name) for k in range(traj.num_examples) for name in names]
    # The quantum_info reference of a large circuit (about 0.2 ms a gate) on one sample: the first circuit.
    # Aer's exact check against the expected distribution runs on every circuit (crosscheck, test 1).
    first = [i == 0 for i in range(len(circuits))]
    shots_on = [i // len(names) < shot_count for i in range(len(circuits))]
    texts, shipped, verdicts = ship(
        circuits, expected, paths, qasm_format, config, executor, progress, clock, first, shots_on
    )
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
            operations=operations(qc),
            identity=identity[i],
        )
        for i, qc in enumerate(shipped)
    )
    settings = CheckSettings(
        shots=shots,
        shot_examples=shot_count,
        seed=seed,
        method=method,
        format=qasm_format,
        tol=tol,
        alpha=alpha,
    )
    on_device = None
    if target is not None:
        with clock.stage("device"):
            on_device = devices.check_on_device(
                shipped, expected, target, ideal=[v.probabilities for v in verdicts], shots=shots, seed=seed,
                alpha=alpha, labels=[(v.example, v.circuit) for v in labelled],
            )  # fmt: skip
    return CheckResult(traj, records, labelled, settings, clock.seconds, device=on_device)


def ship(
    circuits: Sequence[QuantumCircuit],
    expected: Sequence[NDArray[np.float64]],
    paths: Sequence[str],
    qasm_format: str,
    config: CheckConfig,
    executor: str | None,
    progress: bool,
    clock: Stopwatch,
    reference: Sequence[bool] | None = None,
    shots_on: Sequence[bool] | None = None,
) -> tuple[list[str], list[QuantumCircuit], list[Verdict]]:
    """Transpile to the export basis, write the OpenQASM text, parse it back, cross-check what was parsed.

    Returns the texts, the circuits parsed from them, and their verdicts (``alpha``
    shared by all the circuits with shots, Bonferroni). Stages are timed on ``clock``.
    ``reference`` selects the large circuits that also get the ``quantum_info`` reference and
    ``shots_on`` the circuits that get shots (``None``: all; :func:`qlens_q.crosscheck.crosscheck`).
    """
    with clock.stage("transpile"):
        exported: list[QuantumCircuit] = []
        bar = _bar(len(circuits), "transpiling", progress)
        for start in range(0, len(circuits), TRANSPILE_CHUNK):
            chunk = list(circuits[start : start + TRANSPILE_CHUNK])
            done = qasm.transpile_for_export(chunk)
            exported += done if isinstance(done, list) else [done]
            bar.update(len(chunk))
        bar.close()
    with clock.stage("export"):
        texts = [
            qasm.dumps(qc, qasm_format)
            for qc in tqdm(exported, desc="exporting", unit="circuit", disable=not progress, leave=False)
        ]
    with clock.stage("parse"):
        # Cross-check what is shipped: the text, parsed back.
        pairs = zip(
            paths, tqdm(texts, desc="parsing", unit="circuit", disable=not progress, leave=False), strict=True
        )
        shipped = [qasm.loads(text, source=path) for path, text in pairs]
    with clock.stage("simulate"):
        verdicts = _crosscheck_chunks(shipped, expected, config, executor, progress, reference, shots_on)
    return texts, shipped, verdicts


def _crosscheck_chunks(
    circuits: Sequence[QuantumCircuit],
    expected: Sequence[NDArray[np.float64]],
    config: CheckConfig,
    executor: str | None,
    progress: bool,
    reference: Sequence[bool] | None,
    shots_on: Sequence[bool] | None,
) -> list[Verdict]:
    verdicts: list[Verdict] = []
    bar = _bar(len(circuits), "simulating", progress)
    family = shot_family(len(circuits), shots_on)  # over the whole batch, not a chunk
    with executors.open_executor(executor) as pool:
        backend = Backend(executor=pool)
        for start in range(0, len(circuits), SIM_CHUNK):
            chunk = slice(start, start + SIM_CHUNK)
            # every chunk gets its own seed, derived from the run seed; alpha is shared by all circuits with shots
            seeded = dataclasses.replace(
                config, seed=config.seed + start, family_size=family, backend=backend
            )
            selected = None if reference is None else reference[chunk]
            shot = None if shots_on is None else shots_on[chunk]
            verdicts += crosscheck(circuits[chunk], expected[chunk], seeded, selected, shot)
            bar.update(len(circuits[chunk]))
    bar.close()
    return verdicts


# ---------------------------------------------------------------------------- the held-out test

#: Two-qubit gates the held-out circuits of a run may hold together (estimated before building), and the
#: most one circuit may hold: the circuits of a 4,096-word layer with many reflections are left out.
HELDOUT_CX_BUDGET, HELDOUT_CX_MAX = 300_000, 20_000


def estimated_cx(num_qubits: int, reflections: int) -> int:
    """Two-qubit gates of a fixed-operator circuit, estimated: a preparation tree, ~1.6 trees per reflection."""
    size = 2**num_qubits if num_qubits > 1 else 0
    return int(size + 1.6 * size * reflections)


def held_out_test(
    traj: Trajectories,
    *,
    seed: int = 0,
    shots: int = 10_000,
    qasm_format: str = "qasm3",
    executor: str | None = None,
    max_circuits: int = HELDOUT_CIRCUITS,
    alpha: float = 1e-3,
    progress: bool = False,
) -> HeldOutResult:
    """Fit one operator per candidate and sub-layer, score it on held-out examples, and run it on Aer.

    Each candidate's circuit (:func:`qlens_q.circuits.fixed_operator_circuit`: the held-out
    example's input state, then the fixed operator) is exported, read back and cross-checked
    against the *model's* next distribution, for the first held-out examples (at most
    ``max_circuits``, 0 for the fits alone; fewer when the run's estimated two-qubit gates would pass
    :data:`HELDOUT_CX_BUDGET`; none for a circuit above :data:`HELDOUT_CX_MAX`). Unlike the
    per-example reading these circuits can fail: they do where the sub-layer is not one
    operator. Reported per candidate: ``pass_rate``, the share of circuits whose shots the
    model's distribution explains at the false-alarm level (:attr:`Verdict.shots_fit`,
    ``alpha`` shared by all held-out circuits: a circuit that *is* the model's map passes
    with probability at least ``1 - alpha / circuits``); ``exact_pass_rate``, the share
    that also matches the model's distribution to ``1e-9`` (the per-example circuits'
    standard, which only an exact operator meets); the total variation and chi-square
    p-values; and the largest difference between the circuit's exact Born distribution
    and the numpy product ``|O psi|^2``, which must be within ``1e-9`` (the circuit is the
    operator fitted; otherwise :class:`~qlens_q.errors.SimulationError`).
    """
    from qlens_q.stats import fixed_operators as fo

    clock = Stopwatch()
    with clock.stage("heldout_fit"):
        fits = [fo.fit_sublayer(traj, layer, seed) for layer in traj.layers]
        summary = {fit.layer.name: fo.summary(traj, fit, seed) for fit in fits}
    n = traj.num_qubits
    runnable = [
        (fit, op)
        for fit in fits
        for op in fit.operators
        if estimated_cx(n, len(op.reflections)) <= HELDOUT_CX_MAX
    ]
    total = sum(estimated_cx(n, len(op.reflections)) for _, op in runnable) or 1
    per = min(max_circuits, max(1, HELDOUT_CX_BUDGET // total)) if total > 1 else max_circuits
    jobs = [(fit, op, int(i)) for fit, op in runnable for i in fit.heldout[:per]]
    circuits, expected, predicted, paths = [], [], [], []
    with clock.stage("heldout_build"):
        for fit, op, i in jobs:
            psi = np.sqrt(traj.probs[i, fit.layer.index])
            circuits.append(fixed_operator_circuit(psi, op.reflections, u2=op.u2, measure=True))
            expected.append(traj.probs[i, fit.layer.index + 1])
            predicted.append(op.born(psi[None, :])[0])
            paths.append(f"{HELDOUT_DIR}/{fit.layer.name}_{op.name}_{i:04d}.qasm")
    # Every circuit's Born distribution is checked against the numpy product |O psi|^2 (_verdict_summary),
    # independent of Aer and of the circuit's synthesis, so the gate-by-gate quantum_info reference runs
    # only on the small circuits (CheckConfig.reference_always_ops), not on a large one, failing or not
    # (these circuits may fail by design): at 12 qubits it took most of the held-out simulate stage.
    config = CheckConfig(shots=shots, seed=seed, alpha=alpha, reference_on_failure=False)
    timing = Stopwatch()
    small_only = [False] * len(jobs)  # no large circuit is selected for the reference
    texts, shipped, verdicts = (
        ship(circuits, expected, paths, qasm_format, config, executor, progress, timing, reference=small_only)
        if circuits
        else ([], [], [])
    )
    clock.seconds.update({f"heldout_{k}": v for k, v in timing.seconds.items()})
    records, labelled = [], []
    for (fit, op, i), path, text, qc, verdict in zip(jobs, paths, texts, shipped, verdicts, strict=True):
        name = f"{fit.layer.name}/{op.name}"
        labelled.append(dataclasses.replace(verdict, example=traj.ids[i], circuit=name))
        records.append(
            ExportedCircuit(traj.ids[i], i, name, path, text, two_qubit_gates(qc), operations(qc), False)
        )
    for fit in fits:
        for op in fit.operators:
            mine = [v for v, (f, o, _) in zip(verdicts, jobs, strict=True) if f is fit and o is op]
            born = [b for b, (f, o, _) in zip(predicted, jobs, strict=True) if f is fit and o is op]
            summary[fit.layer.name]["candidates"][op.name].update(
                _verdict_summary(mine, born, n, len(op.reflections), max_circuits)
            )
    return HeldOutResult(summary, tuple(records), tuple(labelled), clock.seconds)


def _verdict_summary(
    verdicts: Sequence[Verdict],
    born: Sequence[NDArray[np.float64]],
    qubits: int,
    reflections: int,
    max_circuits: int,
) -> dict[str, Any]:
    if not verdicts:
        if max_circuits == 0:
            reason = "no circuits asked for"
        elif estimated_cx(qubits, reflections) > HELDOUT_CX_MAX:
            reason = "over the two-qubit gate limit"
        else:
            reason = "no held-out example"
        return {"circuits": 0, "pass_rate": None, "not_run": reason}
    tv = np.array([v.total_variation for v in verdicts])
    chi2_p = np.array([v.chi2_p for v in verdicts])
    circuit_error = max(
        float(np.max(np.abs(np.asarray(v.probabilities)[: len(b)] - b)))
        for v, b in zip(verdicts, born, strict=True)
    )
    reference = [v.reference_max_abs_error for v in verdicts if v.reference_max_abs_error is not None]
    if not circuit_error <= verdicts[0].tol or not all(e <= verdicts[0].tol for e in reference):
        raise SimulationError(
            f"a fixed-operator circuit is not its operator: Born error {circuit_error:.3g} against the numpy "
            f"product, {max(reference, default=0.0):.3g} between Aer and quantum_info (tol {verdicts[0].tol:g})"
        )
    return {
        "circuits": len(verdicts),
        "pass_rate": float(np.mean([v.shots_fit for v in verdicts])),
        "exact_pass_rate": float(np.mean([v.passed for v in verdicts])),
        "total_variation": {"median": float(np.median(tv)), "max": float(tv.max())},
        "chi2_p": {"median": float(np.median(chi2_p)), "min": float(chi2_p.min())},
        "circuit_vs_numpy_max_error": circuit_error,
        "two_qubit_gates": estimated_cx(qubits, reflections),
    }
