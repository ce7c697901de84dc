"""``qlens-q run``: one pipeline for every task, model to report.

    task.prepare(config)  ->  data, model (trained or loaded), Probe, lenses, Trajectories
    check(trajectories)   ->  circuits, OpenQASM text read back, Aer verdicts
    analyze(trajectories) ->  the paper's analysis (unless --no-analysis)
    result.save(out)      ->  the run directory (:mod:`qlens_q.rundir`), staged and renamed into place

Everything but ``prepare`` is the same for every task (:mod:`qlens_q.tasks`).
Every input is checked before any work starts or anything is written.
Process-wide settings (torch threads, background imports) belong to the caller
(the command line sets them).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from types import ModuleType
from typing import Any

from qlens_q import executor as executors
from qlens_q.checks import (
    HELD_OUT_MIN_EXAMPLES,
    HELDOUT_CIRCUITS,
    HELDOUT_CIRCUITS_MAX,
    Stopwatch,
    check,
    held_out_test,
)
from qlens_q.circuits import Synthesis
from qlens_q.circuits.layers import method_max_qubits
from qlens_q.errors import InputError
from qlens_q.rundir import check_out
from qlens_q.tasks import classify, next_word, pretrained

TASKS = ("classify", "lm")
#: Options that apply to some runs only: option -> (RunConfig field, tasks, backbones).
TASK_OPTIONS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "--readout": ("readout", ("classify",), ("toy", "minilm", "hf")),
    "--vocab": ("vocab", ("lm",), ("toy",)),
    "--top-k": ("top_k", ("lm",), ("toy", "hf")),
    "--embeddings": ("embeddings", ("classify",), ("toy",)),
    "--model": ("model", ("classify", "lm"), ("toy",)),
    "--epochs": ("epochs", ("classify", "lm"), ("toy",)),
}
MAX_PERMUTATIONS = 1_000_000
MAX_EPOCHS = 10_000


@dataclass(frozen=True)
class RunConfig:
    """Everything ``qlens-q run`` is told (saved in ``report.json``; ``None``: the task's default)."""

    out: str
    task: str | None = None
    backbone: str = "toy"
    data: str = "builtin"
    seed: int = 42
    shots: int = 10_000
    method: str = "structured"
    limit: int | None = None
    epochs: int | None = None
    model: str | None = None
    lens: str | None = None
    readout: str | None = None
    embeddings: str | None = None
    vocab: int | None = None
    top_k: int | None = None
    analysis: bool = True
    permutations: int = 1000
    heldout_circuits: int = HELDOUT_CIRCUITS
    progress: bool = True
    executor: str | None = None


def _integer(name: str, value: Any, low: int, high: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InputError(name, f"must be an integer from {low:,} to {high:,}, got {value!r}")


def resolve(config: RunConfig) -> tuple[RunConfig, ModuleType]:
    """The task (``--task``, or what the backbone is) and the module that prepares it; refuses what does not apply."""
    kind, _ = pretrained.backbone(config)
    task = config.task
    if task is not None and task not in TASKS:
        raise InputError("--task", f"unknown task {task!r} (choose from {', '.join(TASKS)})")
    if kind != "toy":
        model_kind = pretrained.local_model(config).kind
        natural = "lm" if model_kind == "causal-lm" else "classify"
        if task is not None and task != natural:
            what = "a causal language model" if natural == "lm" else "not a causal language model"
            raise InputError("--task", f"--backbone {config.backbone} is {what}: give --task {natural}")
        task = natural
    task = task or "classify"
    for option, (field, tasks, backbones) in TASK_OPTIONS.items():
        if getattr(config, field) is not None and (task not in tasks or kind not in backbones):
            where = f"--task {'/'.join(tasks)}" + (
                "" if len(backbones) == 3 else f" with --backbone {'/'.join(backbones)}"
            )
            raise InputError(option, f"applies to {where} only, not to --task {task} --backbone {kind}")
    module = next_word if task == "lm" else classify if kind == "toy" else pretrained
    return replace(config, task=task), module


def validate(config: RunConfig) -> tuple[RunConfig, ModuleType]:
    """Check every setting (nothing is trained or written); returns the resolved config and the task's module."""
    _integer("--seed", config.seed, 0, 2**32 - 1)
    _integer("--shots", config.shots, 1, 100_000_000)
    _integer("--permutations", config.permutations, 1, MAX_PERMUTATIONS)
    _integer("--heldout-circuits", config.heldout_circuits, 0, HELDOUT_CIRCUITS_MAX)
    config, task = resolve(config)
    if config.limit is not None:
        _integer("--limit", config.limit, 1, 10**9)
        if config.analysis and config.limit < 2:
            raise InputError(
                "--limit", "the analysis compares examples: give --limit 2 or more, or --no-analysis"
            )
    if config.epochs is not None:
        _integer("--epochs", config.epochs, 1, MAX_EPOCHS)
    if config.top_k is not None:
        _integer("--top-k", config.top_k, 1, 1000)
    if config.lens is not None and config.lens not in ("bias", "affine"):
        raise InputError("--lens", f"unknown lens {config.lens!r} (bias or affine)")
    if config.readout is not None and config.readout not in classify.READOUTS:
        raise InputError(
            "--readout", f"unknown readout {config.readout!r} (choose from {', '.join(classify.READOUTS)})"
        )
    if config.embeddings is not None and config.embeddings not in classify.EMBEDDINGS:
        raise InputError(
            "--embeddings",
            f"unknown embeddings {config.embeddings!r} (choose from {', '.join(classify.EMBEDDINGS)})",
        )
    if hasattr(task, "validate"):
        task.validate(config)
    Synthesis(config.method)
    limit = method_max_qubits(config.method)
    qubits = max(1, (task.outputs(config) - 1).bit_length())
    if limit is not None and qubits > limit:
        raise InputError(
            "--method",
            f"{config.method!r} is limited to {limit} qubits; this task needs {qubits}: use 'structured'",
        )
    executors.parse(config.executor)
    check_out(Path(config.out), create_parent=True)
    return config, task


def run(config: RunConfig, log: Callable[[str], None] = print) -> dict[str, Any]:
    """Run the pipeline and publish ``config.out``; returns the report (also in ``report.json``)."""
    config, task = validate(config)
    clock = Stopwatch()
    prepared = task.prepare(config, clock)
    traj = prepared.trajectories
    checked = traj if prepared.checked is None else traj.select(slice(0, prepared.checked))
    result = check(
        checked,
        shots=config.shots,
        seed=config.seed,
        method=config.method,
        qasm_format=prepared.qasm_format,
        executor=config.executor,
        progress=config.progress,
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
        heldout=heldout,
        trajectories=traj,
        sections=prepared.sections,
        write_model=prepared.write_model,
        seconds=clock.seconds,
    )
    s = report["summary"]
    task_flag = "" if config.task == "classify" else f" --task {config.task}"
    log(
        f"qlens-q run{task_flag}: {s['passed']}/{s['circuits']} cross-checks passed "
        f"({s['examples']} examples, {prepared.headline}) -> {Path(config.out) / 'report.md'}"
    )
    return report
