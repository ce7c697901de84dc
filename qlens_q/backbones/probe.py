"""Your own model as a backbone: a :class:`~qlens_q.nn.probe.Probe` and a function that encodes sentences.

In Python, any ``nn.Module`` runs through the whole pipeline (lenses, trajectories, check,
analysis, run directory) with a task's data::

    probe = qlens_q.Probe(model, points, head, readout="mean", output_names=["negative", "positive"])
    backbone = Custom(probe, encode=lambda texts: tokenizer(texts))  # texts -> one batch the model reads
    execute(RunConfig(out="runs/mine", task="classify"), backbone=backbone)

The model is used as it is (nothing is trained but the lenses); its head must give the task's
classes (for ``classify``: two, negative and positive, in that order). ``encode`` turns a list
of sentences into one batch (a tensor, or a mapping of tensors the model takes as keyword
arguments); sentences are read :attr:`Custom.batch_size` at a time. Language modelling needs
token ids and positions, which a probe of your own does not define: ``lm`` is refused.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from qlens_q.backbones.base import Backbone, ClassesRequest, Classifier, Objective, Settings, parameters
from qlens_q.errors import InputError

if TYPE_CHECKING:
    from qlens_q.nn.probe import Probe
    from qlens_q.timing import Stopwatch

#: Sentences per batch.
BATCH = 64


class Custom(Backbone):
    """A probe of your own (see the module docstring). ``name``: how reports name the model."""

    options: ClassVar[frozenset[str]] = frozenset()

    def __init__(
        self,
        probe: Probe,
        encode: Callable[[Sequence[str]], Any],
        *,
        name: str = "custom",
        lens: str = "affine",
        batch_size: int = BATCH,
    ) -> None:
        from qlens_q.nn.probe import Probe

        if not isinstance(probe, Probe):
            raise InputError("probe", f"must be a qlens_q.Probe, got {type(probe).__name__}")
        if not callable(encode):
            raise InputError("encode", "must be a callable: a list of sentences -> one batch the model reads")
        if isinstance(batch_size, bool) or not isinstance(batch_size, int) or not 1 <= batch_size <= 100_000:
            raise InputError("batch_size", f"must be an integer from 1 to 100,000, got {batch_size!r}")
        if lens not in ("bias", "affine"):
            raise InputError("lens", f"unknown lens {lens!r} (bias or affine)")
        super().__init__(name)
        self.probe, self.encode, self.lens, self.batch_size = probe, encode, lens, batch_size

    @classmethod
    def parse(cls, spec: str) -> Custom | None:
        return None  # built in Python only

    @classmethod
    def specs(cls) -> tuple[str, ...]:
        return ()

    def outputs(self, objective: Objective, task_outputs: int) -> int:
        if objective != "classes":
            raise InputError(
                "backbone", f"{self.spec} is a probe of your own: it classifies; give task='classify'"
            )
        names = self.probe.output_names
        if names is not None and len(names) != task_outputs:
            raise InputError(
                "backbone", f"{self.spec}'s head gives {len(names)} outputs ({', '.join(names[:4])}), the task "
                f"{task_outputs} classes",
            )  # fmt: skip
        return task_outputs

    def check(self, settings: Settings, objective: Objective) -> None:
        self.outputs(objective, 2 if objective == "classes" else 0)

    def classifier(self, request: ClassesRequest, settings: Settings, clock: Stopwatch) -> Classifier:
        probe = self.probe
        if request.readout is not None and request.readout != probe.readout_name:
            probe = _with_readout(probe, request.readout)
        if probe.output_names is None:
            probe = _with_names(probe, request.names)
        residuals = {}
        with clock.stage("forward"):
            for part, texts in (("train", request.train_texts), ("test", request.test_texts)):
                batches = [
                    self.encode(list(texts[i : i + self.batch_size]))
                    for i in range(0, len(texts), self.batch_size)
                ]
                residuals[part] = probe.cache(batches, progress=settings.progress)
        if int(residuals["test"].logits.shape[1]) != len(request.names):
            raise InputError(
                "backbone",
                f"{self.spec}'s head gives {residuals['test'].logits.shape[1]} outputs, the task "
                f"{len(request.names)} classes",
            )
        return Classifier(
            probe=probe,
            title=f"{self.spec}: a model of your own, {len(probe.points)} sub-layers",
            section={
                "description": f"{self.spec}: your model as given (hook points {', '.join(probe.points)}; "
                f"readout {probe.readout_name}); nothing trained but the lenses.",
                "backbone": self.spec,
            },
            metrics={"parameters": parameters(probe.model)},
            lens=self.lens,
            affine_head=False,
            write=_nothing,
            train=residuals["train"],
            test=residuals["test"],
        )


def _nothing(folder: Path) -> None:
    """Your model is yours to save: the run directory holds its lenses only."""


def _with_readout(probe: Probe, readout: str) -> Probe:
    from qlens_q.nn.probe import Probe

    return Probe(probe.model, probe.points, probe.head, readout=readout, output_names=probe.output_names,
                 sublayers=probe.sublayers, forward=probe.forward)  # fmt: skip


def _with_names(probe: Probe, names: Sequence[str]) -> Probe:
    from qlens_q.nn.probe import Probe

    return Probe(probe.model, probe.points, probe.head, readout=probe.readout, output_names=names,
                 sublayers=probe.sublayers, forward=probe.forward)  # fmt: skip


BACKBONE = Custom

__all__ = ["BACKBONE", "Custom"]
