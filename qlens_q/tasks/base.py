"""What a task is, what it hands to the pipeline, and what every task shares.

A *task* supplies the data, the labels or next tokens, the readout and the metrics; it asks
a *backbone* (:mod:`qlens_q.backbones`) for a model serving its objective, fits the lenses
on the training rows and reads the test rows' :class:`~qlens_q.trajectories.Trajectories`.
Everything after that (circuits, cross-check, analysis, run directory) is the same
pipeline for every pair (:mod:`qlens_q.pipeline`). Tasks are found by
:func:`qlens_q.tasks.get`: every module of this package that defines ``TASK`` (a
:class:`Task` subclass) takes part, so adding a task is adding one file.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from qlens_q import validation
from qlens_q.errors import InputError

if TYPE_CHECKING:
    from qlens_q.backbones.base import Backbone, Model, Objective
    from qlens_q.config import RunConfig
    from qlens_q.nn.lenses import Lenses
    from qlens_q.nn.probe import Probe
    from qlens_q.timing import Stopwatch
    from qlens_q.trajectories import Trajectories


@dataclass(frozen=True)
class TaskRun:
    """A task's part of a run.

    Attributes:
        probe: the model's probe (hook points, head, readout).
        lenses: the fitted (or loaded) lenses.
        trajectories: the test examples' trajectories, lens summary included: what the analysis
            and the held-out test read.
        checked: how many leading examples of ``trajectories`` are read as circuits by the Born
            check (``None``: all of them).
        sections: the report sections the task adds (``title``, ``task``, ``data``, ``model``, ``notes``).
        headline: a few words for the one-line summary (e.g. ``test accuracy 0.730``).
        write_model: saves model, tokenizer and lenses into a folder.
        qasm_format: the export format of the circuits.
    """

    probe: Probe
    lenses: Lenses
    trajectories: Trajectories
    sections: dict[str, Any]
    headline: str
    write_model: Callable[[Path], None]
    qasm_format: str = "qasm3"
    checked: int | None = None
    seconds: dict[str, float] = field(default_factory=dict)


class Task(ABC):
    """A task of ``qlens-q run`` (see the module docstring).

    Class attributes:
        name: how the task is named (``task='classify'``).
        objective: what it asks of a backbone.
        options: the :class:`~qlens_q.pipeline.RunConfig` fields only this task reads
            (``readout``, ``vocab``, ``top_k``, ...); given to another task, they are refused.
        qasm_format: the export format of its circuits.
    """

    name: ClassVar[str]
    objective: ClassVar[Objective]
    options: ClassVar[frozenset[str]] = frozenset()
    qasm_format: ClassVar[str] = "qasm3"

    @abstractmethod
    def outputs(self, config: RunConfig) -> int:
        """The task's number of outputs (classes, or words of its own vocabulary)."""

    @abstractmethod
    def validate(self, config: RunConfig, backbone: Backbone) -> None:
        """The task's own checks of ``config`` for ``backbone``, before any work (reads no weights)."""

    @abstractmethod
    def prepare(self, config: RunConfig, backbone: Backbone, clock: Stopwatch) -> TaskRun:
        """Data, the backbone's model, lenses and the test trajectories."""


def builtin_size(data: str, low: int, high: int, what: str) -> int | None:
    """N of ``builtin:N`` (``None`` for anything else), refused unless a whole number in ``[low, high]``."""
    if not data.startswith("builtin:"):
        return None
    size = data.partition(":")[2]
    number = validation.ascii_int(size)  # what int() reads, in ASCII: not '²²', not '١٢'
    if number is None or not low <= number <= high:
        raise InputError(
            "data", f"builtin:N needs a whole number N of {what} from {low:,} to {high:,}, got {size!r}"
        )
    return number


def saved_lenses(directory: Path, probe: Probe, kind: str) -> Lenses | None:
    """The lenses saved beside a loaded model, if any, refused when ``lens``/``readout`` differ."""
    from qlens_q.nn.lenses import LENS_CONFIG_FILE, Lenses

    if not (directory / LENS_CONFIG_FILE).exists():
        return None
    lenses = Lenses.load(directory)
    if lenses.config.kind != kind:
        raise InputError(
            "lens",
            f"{directory} holds a {lenses.config.kind!r} lens, not {kind!r}: give lens={lenses.config.kind!r}",
        )
    if lenses.config.readout != probe.readout_name:
        raise InputError(
            "readout",
            f"{directory} holds a lens read at {lenses.config.readout!r}, not {probe.readout_name!r}: "
            f"give readout={lenses.config.readout!r}",
        )
    probe.check_lenses(lenses)
    return lenses


def lens_provenance(directory: Path | None, lenses: Lenses | None, seed: int) -> list[str]:
    """The report note on where the lenses of a loaded model come from (none for a model trained in the run).

    ``lenses``: what :func:`saved_lenses` found beside the model (``None``: the folder holds no
    ``lens.json``, so the lenses are fitted in this run, on this run's training rows with ``seed``).
    """
    from qlens_q.nn.lenses import LENS_CONFIG_FILE

    if directory is None:
        return []
    if lenses is not None:
        return [
            f"Lenses loaded from `{directory / LENS_CONFIG_FILE}` ({lenses.config.kind}, fitted with seed "
            f"{lenses.config.seed} when the model was trained), not fitted in this run."
        ]
    return [
        f"`{directory}` holds no {LENS_CONFIG_FILE}: the lenses were fitted in this run, on this run's training "
        f"rows with seed {seed}, not loaded with the model."
    ]


def config_section(
    config: Any, drop: tuple[str, ...] = ("out", "progress", "executor", "backend", "figures")
) -> dict[str, Any]:
    """A run's settings for ``report.json`` (where it ran changes no result, so ``executor`` is left out;
    a device ``backend`` is recorded in the report's ``device`` section; the figures drawn are listed in
    its ``analysis`` section)."""
    return {k: v for k, v in asdict(config).items() if k not in drop}


def lens_note(lenses: Lenses, outputs: int, *, affine_head: bool = True) -> list[str]:
    """What a bias lens cannot do in front of an affine head over two outputs.

    ``affine_head``: whether the head is affine in the residual row (the toy model's, MiniLM's linear
    head); a BERT classifier's ``classifier(tanh(pooler(h)))`` is not, and gets no note.
    """
    if lenses.config.kind == "bias" and outputs == 2 and affine_head:
        return [
            "A bias lens h + b in front of a head whose last step is linear over two outputs can only shift "
            "the logit difference by one number per hook point; `--lens affine` (A h + b) can do more."
        ]
    return []


def write_model(model: Model, lenses: Lenses) -> Callable[[Path], None]:
    """Saves what the backbone trained, then the lenses, into a folder."""

    def write(folder: Path) -> None:
        model.write(folder)
        lenses.save(folder)

    return write
