"""What a task hands to the pipeline, and what every task shares."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import torch

from qlens_q.errors import InputError
from qlens_q.nn.lenses import LENS_CONFIG_FILE, Lenses
from qlens_q.nn.probe import Probe
from qlens_q.trajectories import Trajectories

TOKENIZER_FILE = "tokenizer.json"


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


def id_batches(ids: torch.Tensor, size: int) -> Iterator[dict[str, torch.Tensor]]:
    """``{"input_ids", "attention_mask"}`` batches of ``size`` rows (padding is id 0)."""
    for start in range(0, ids.shape[0], size):
        chunk = ids[start : start + size]
        yield {"input_ids": chunk, "attention_mask": (chunk != 0).long()}


def saved_lenses(directory: Path, probe: Probe, kind: str) -> Lenses | None:
    """The lenses saved beside a ``--model``, if any, refused when ``--lens``/``--readout`` differ."""
    if not (directory / LENS_CONFIG_FILE).exists():
        return None
    lenses = Lenses.load(directory)
    if lenses.config.kind != kind:
        raise InputError(
            "--lens",
            f"{directory} holds a {lenses.config.kind!r} lens, not {kind!r}: give --lens {lenses.config.kind}",
        )
    if lenses.config.readout != probe.readout_name:
        raise InputError(
            "--readout",
            f"{directory} holds a lens read at {lenses.config.readout!r}, not {probe.readout_name!r}: "
            f"give --readout {lenses.config.readout}",
        )
    probe.check_lenses(lenses)
    return lenses


def model_directory(path: str) -> Path:
    """A ``--model`` folder, refused when it is not a directory."""
    directory = Path(path)
    if not directory.is_dir():
        raise InputError("--model", f"{directory} is not a directory")
    return directory


def parameters(model: torch.nn.Module) -> int:
    """How many numbers the model holds."""
    return sum(p.numel() for p in model.parameters())


def config_section(config: Any, drop: tuple[str, ...] = ("out", "progress", "executor")) -> dict[str, Any]:
    """A run's settings for ``report.json`` (where it ran changes no result, so ``--executor`` is left out)."""
    from dataclasses import asdict

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
