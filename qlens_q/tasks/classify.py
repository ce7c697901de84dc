"""The classification task: sentences and their sentiment, read by any backbone that classifies.

    data (built-in corpus, builtin:N, or a SentiHood folder): sentences, labels 0/1
        -> the backbone's classifier over the two classes (:meth:`Backbone.classifier`),
           read at the task's readout (``cls``, ``mean``, ``last``; ``None``: the backbone's)
        -> lenses fitted on the training split's residuals -> trajectories of the test split

The metrics are the train and test accuracy (where the model's outputs are the task's
classes; a pretrained classifier with labels of its own is read under its labels).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from qlens_q import io
from qlens_q.errors import InputError
from qlens_q.tasks.base import (
    Task,
    TaskRun,
    builtin_size,
    config_section,
    lens_note,
    lens_provenance,
    saved_lenses,
    write_model,
)

if TYPE_CHECKING:
    from qlens_q.backbones.base import Backbone
    from qlens_q.config import RunConfig
    from qlens_q.data.dataset import Split
    from qlens_q.timing import Stopwatch

#: Sentences of the generated corpus in the default run (1,600 train / 400 test).
BUILTIN_SIZE = 2000
#: Readouts a user may ask for (``None``: the backbone's own).
READOUTS = ("cls", "mean", "last")
#: Sizes of ``builtin:N``.
BUILTIN_MIN, BUILTIN_MAX = 10, 1_000_000


def check_data(data: str) -> None:
    """Refuse a ``data`` value before any work: ``builtin``, ``builtin:N`` or an existing folder."""
    if data == "builtin" or builtin_size(data, BUILTIN_MIN, BUILTIN_MAX, "sentences") is not None:
        return
    if not io.user_path(data, "data").exists():
        raise InputError(
            "data", f"{data} does not exist (give 'builtin', 'builtin:N' or a SentiHood JSON folder)"
        )


def load_split(data: str, seed: int) -> Split:
    """``builtin`` (the generated corpus), ``builtin:N`` (N sentences), or a SentiHood JSON directory."""
    from qlens_q.data.builtin import load_builtin
    from qlens_q.data.sentihood import load_sentihood

    check_data(data)
    if data == "builtin":
        return load_builtin(seed=seed, n=BUILTIN_SIZE)
    size = builtin_size(data, BUILTIN_MIN, BUILTIN_MAX, "sentences")
    if size is not None:
        return load_builtin(seed=seed, n=size)
    return load_sentihood(io.user_path(data, "data"), seed=seed)


def accuracy(logits: Any, labels: Any) -> float:
    """The fraction of rows whose largest logit is the label."""
    from qlens_q.nn.train import accuracy as fraction

    return fraction(logits, labels)


class Classify(Task):
    """Sentiment classification (see the module docstring)."""

    name = "classify"
    objective = "classes"
    options = frozenset({"readout"})

    def outputs(self, config: RunConfig) -> int:
        from qlens_q.data.dataset import CLASS_NAMES

        return len(CLASS_NAMES)

    def validate(self, config: RunConfig, backbone: Backbone) -> None:
        if config.readout is not None and config.readout not in READOUTS:
            raise InputError(
                "readout", f"unknown readout {config.readout!r} (choose from {', '.join(READOUTS)})"
            )
        check_data(config.data)

    def prepare(self, config: RunConfig, backbone: Backbone, clock: Stopwatch) -> TaskRun:
        import torch

        from qlens_q.backbones.base import ClassesRequest
        from qlens_q.data.dataset import CLASS_NAMES
        from qlens_q.stats.analysis import paper_shaped

        with clock.stage("data"):
            split = load_split(config.data, config.seed)
        request = ClassesRequest(
            names=tuple(CLASS_NAMES),
            train_texts=tuple(ex.text for ex in split.train),
            train_labels=tuple(ex.label for ex in split.train),
            test_texts=tuple(ex.text for ex in split.test),
            readout=config.readout,
        )
        model = backbone.classifier(request, config.backbone_settings(), clock)
        probe, train, test = model.probe, model.train, model.test
        assert train is not None and test is not None  # a Classifier always carries both
        kind = config.lens or model.lens
        lenses = None if model.directory is None else saved_lenses(model.directory, probe, kind)
        provenance = lens_provenance(model.directory, lenses, config.seed)
        outputs = len(probe.output_names or ()) or int(test.logits.shape[1])
        comparable = outputs == len(CLASS_NAMES)
        # A label indexes the model's outputs only when they are the task's classes; else it is the class's name.
        shown = [ex.label if comparable else CLASS_NAMES[ex.label] for ex in split.test]
        with clock.stage("lens"):
            if lenses is None:
                lenses = probe.fit_lenses(train, kind=kind, seed=config.seed, progress=config.progress)
            every = probe.trajectories(
                test, lenses, ids=[ex.id for ex in split.test],
                meta={"text": [ex.text for ex in split.test], "label": shown},
            )  # fmt: skip
        traj = every.select(slice(0, config.limit)) if config.limit else every
        metrics: dict[str, Any] = {}
        if comparable:
            metrics["test accuracy"] = accuracy(test.logits, torch.tensor([ex.label for ex in split.test]))
            metrics["train accuracy"] = accuracy(train.logits, torch.tensor([ex.label for ex in split.train]))
        metrics.update(model.metrics)
        notes = lens_note(lenses, outputs, affine_head=model.affine_head)
        if probe.readout_name == "cls":
            notes.append(
                "Readout `cls`: the lenses read the [CLS] position, which the classifier reads. Before attention "
                "nothing has reached it, so the embedding residual there is the same vector for every input and "
                "the embedding lens gives one constant distribution (`--readout mean` reads the sentence instead)."
            )
        if model.own_outputs:
            notes.append(
                "Accuracy compares the model's class j with the data's label j: the model's label order is its own."
                if comparable
                else f"The model's {outputs} labels are not the task's {len(CLASS_NAMES)} classes: each example's "
                "label is the data's class name, and no accuracy, label probability or label rank is computed."
            )
        notes += model.notes
        if split.source != "sentihood":
            notes.append(
                f"Data: {split.source}, not SentiHood: the paper's SentiHood numbers are not set beside ours."
                if paper_shaped(traj)
                else f"Data: {split.source}, not SentiHood."
            )
        notes += model.provenance + provenance
        reading = model.reading or f"balanced classes ({', '.join(CLASS_NAMES)})"
        sections = {
            "title": model.title,
            "task": self.name,
            "config": {**config_section(config), "readout": probe.readout_name, "lens": kind, **model.config},
            "data": {
                "source": split.source,
                "train": len(split.train),
                "test": len(split.test),
                "classes": list(CLASS_NAMES),
                "description": f"{split.source}: {len(split.train):,} training and {len(split.test):,} test "
                f"sentences, {reading}; {traj.num_examples:,} test examples read as circuits.",
            },
            "model": {**model.section, "metrics": metrics},
            "notes": notes,
        }
        headline = f"test accuracy {metrics['test accuracy']:.3f}" if comparable else f"{outputs} outputs"
        return TaskRun(
            probe=probe,
            lenses=lenses,
            trajectories=traj,
            sections=sections,
            headline=headline,
            write_model=write_model(model, lenses),
            qasm_format=self.qasm_format,
        )


TASK = Classify

__all__ = ["TASK", "Classify", "load_split"]
