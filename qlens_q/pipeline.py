"""``qlens-q run``: one pipeline for every pair of task and backbone, model to report.

    task.prepare(config, backbone) ->  data, the backbone's model, lenses, Trajectories
    check(trajectories)            ->  circuits, OpenQASM text read back, Aer verdicts
    analyze(trajectories)          ->  the paper's analysis (unless ``analysis=False``)
    result.save(out)               ->  the run directory (:mod:`qlens_q.rundir`), staged and renamed into place

A *task* (:mod:`qlens_q.tasks`: ``classify``, ``lm``) supplies data, labels, readout and
metrics; a *backbone* (:mod:`qlens_q.backbones`: ``toy``, ``minilm``, ``hf:PATH``, or your
own :class:`~qlens_q.backbones.probe.Custom`) supplies the model, tokenizer, hook points and
head. Every input is checked before any work starts or anything is written; a pair that
makes no sense is refused in one line. Errors name :class:`RunConfig` fields (the command
line maps them to its options). Process-wide settings (torch threads, background imports)
belong to the caller (the command line sets them).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qlens_q import backbones, tasks, validation
from qlens_q import executor as executors
from qlens_q.circuits.synthesis import Synthesis, method_max_qubits
from qlens_q.config import HELD_OUT_MIN_EXAMPLES, HELDOUT_CIRCUITS_MAX, SHOT_EXAMPLES_MAX, RunConfig
from qlens_q.errors import InputError
from qlens_q.runfiles import check_out
from qlens_q.timing import Stopwatch

if TYPE_CHECKING:
    from qlens_q.backbones.base import Backbone
    from qlens_q.tasks.base import Task

MAX_PERMUTATIONS = validation.MAX_PERMUTATIONS
#: Settings that some tasks or backbones read and others refuse.
OPTIONAL = ("readout", "embeddings", "vocab", "top_k", "model", "epochs")


def _integer(name: str, value: Any, low: int, high: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InputError(name, f"must be an integer from {low:,} to {high:,}, got {value!r}")


def resolve(config: RunConfig, backbone: Backbone | None = None) -> tuple[RunConfig, Task, Backbone]:
    """The task and backbone of ``config``; refuses a setting that neither reads, and a pair that cannot work.

    ``backbone``: a backbone object (e.g. your own :class:`~qlens_q.backbones.probe.Custom`) in place of
    ``config.backbone``.
    """
    chosen = backbones.parse(config.backbone) if backbone is None else backbone
    if config.task is not None and not isinstance(config.task, str):
        raise InputError("task", f"must be a task's name ({', '.join(tasks.names())}), got {config.task!r}")
    task = tasks.for_objective(chosen.default_objective()) if config.task is None else tasks.get(config.task)
    for name in OPTIONAL:
        if getattr(config, name) is None or name in task.options or name in chosen.options:
            continue
        readers = [f"task={t!r}" for t, cls in tasks.registry().items() if name in cls.options] + [
            f"backbone={spec!r}"
            for cls in backbones.registry()
            if name in cls.options
            for spec in cls.specs()
        ]
        where = " or ".join(readers)
        raise InputError(
            name, f"applies to {where} only, not to task={task.name!r} with backbone={chosen.spec!r}"
        )
    return replace(config, task=task.name, backbone=chosen.spec), task, chosen


def validate(config: RunConfig, backbone: Backbone | None = None) -> tuple[RunConfig, Task, Backbone]:
    """Check every setting (nothing is trained or written); returns the resolved config, task and backbone."""
    _integer("seed", config.seed, 0, validation.MAX_SEED)
    _integer("shots", config.shots, 1, validation.MAX_SHOTS)
    if config.shot_examples is not None:  # None: every example's circuits get shots
        _integer("shot_examples", config.shot_examples, 0, SHOT_EXAMPLES_MAX)
    _integer("permutations", config.permutations, 1, MAX_PERMUTATIONS)
    _integer("heldout_circuits", config.heldout_circuits, 0, HELDOUT_CIRCUITS_MAX)
    config, task, chosen = resolve(config, backbone)
    if config.limit is not None:
        _integer("limit", config.limit, 1, 10**9)
        if config.analysis and config.limit < 2:
            raise InputError(
                "limit", "the analysis compares examples: give limit=2 or more, or analysis=False"
            )
    if config.lens is not None and config.lens not in ("bias", "affine"):
        raise InputError("lens", f"unknown lens {config.lens!r} (bias or affine)")
    task.validate(config, chosen)
    chosen.check(config.backbone_settings(), task.objective)
    Synthesis(config.method)
    limit = method_max_qubits(config.method)
    outputs = chosen.outputs(task.objective, task.outputs(config))
    if outputs > validation.MAX_OUTPUTS:
        raise InputError(
            "backbone",
            f"its {outputs:,} outputs exceed the {validation.MAX_OUTPUTS:,} (16 qubits) a circuit holds",
        )
    qubits = max(1, (outputs - 1).bit_length())
    if limit is not None and qubits > limit:
        raise InputError(
            "method",
            f"{config.method!r} is limited to {limit} qubits; this run needs {qubits}: use 'structured'",
        )
    executors.parse(config.executor)
    if config.backend is not None:
        from qlens_q import device_names

        device_names.check_width(config.backend, qubits)
    check_out(Path(config.out), create_parent=True)
    return config, task, chosen


@dataclass(frozen=True)
class RunResult:
    """What :func:`execute` did: the resolved config, ``report.json``'s content and the task's headline."""

    config: RunConfig
    report: dict[str, Any]
    headline: str

    @property
    def passed(self) -> bool:
        """Whether every cross-check passed (and, with a device ``backend``, the model's distribution was
        reproduced on it)."""
        device = self.report.get("device")
        return bool(self.report["summary"]["failed"] == 0) and (device is None or bool(device["reproduced"]))

    def summary(self) -> str:
        """One line: cross-checks passed, examples, the headline and where the report is."""
        s = self.report["summary"]
        return (
            f"{s['passed']}/{s['circuits']} cross-checks passed ({s['examples']} examples, {self.headline}) "
            f"-> {Path(self.config.out) / 'report.md'}"
        )


def execute(config: RunConfig, backbone: Backbone | None = None) -> RunResult:
    """Run the pipeline for ``config`` (or ``backbone`` in place of ``config.backbone``) and publish ``config.out``."""
    config, task, chosen = validate(config, backbone)
    from qlens_q.checks import check, held_out_test  # Qiskit, Aer and scipy: after every input is checked

    clock = Stopwatch()
    prepared = task.prepare(config, chosen, clock)
    traj = prepared.trajectories
    checked = traj if prepared.checked is None else traj.select(slice(0, prepared.checked))
    result = check(
        checked,
        shots=config.shots,
        shot_examples=config.shot_examples,
        seed=config.seed,
        method=config.method,
        qasm_format=prepared.qasm_format,
        executor=config.executor,
        progress=config.progress,
        backend=config.backend,
    )
    analysis = heldout = None
    if config.analysis:
        from qlens_q.stats.analysis import analyze

        analysis = analyze(
            traj,
            seed=config.seed,
            permutations=config.permutations,
            top_k=10 if config.top_k is None else config.top_k,
        )
        if traj.num_examples >= HELD_OUT_MIN_EXAMPLES:
            heldout = held_out_test(
                traj,
                seed=config.seed,
                shots=config.shots,
                qasm_format=prepared.qasm_format,
                executor=config.executor,
                max_circuits=config.heldout_circuits,
                progress=config.progress,
            )
    report = result.save(
        config.out,
        analysis=analysis,
        figures=config.figures,
        heldout=heldout,
        trajectories=traj,
        sections=prepared.sections,
        write_model=prepared.write_model,
        seconds=clock.seconds,
    )
    return RunResult(config, report, prepared.headline)


def run(
    config: RunConfig, log: Callable[[str], None] | None = print, backbone: Backbone | None = None
) -> dict[str, Any]:
    """Run the pipeline and publish ``config.out``; logs :meth:`RunResult.summary`, returns the report."""
    result = execute(config, backbone)
    if log is not None:
        log(f"{result.config.task} on {result.config.backbone}: {result.summary()}")
    return result.report
