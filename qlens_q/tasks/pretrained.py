"""Classification on a pretrained backbone: all-MiniLM-L6-v2 or any local Hugging Face encoder.

    data (built-in corpus, builtin:N, or a SentiHood folder), read by the model's own tokenizer
        -> one forward pass over every sentence (length-sorted batches), residuals cached at
           every hook point (:func:`qlens_q.nn.hf.hf_probe`: embeddings, and after each
           layer's attention and feed-forward block)
        -> a sequence classifier keeps its own head and labels; a bare encoder (MiniLM)
           gets a linear head on its mean-pooled last layer, trained on the training
           split's cached features with the encoder frozen
        -> lenses (affine by default) fitted on the training split -> test trajectories

The last layer's output read through the head is the model's output, so the
trajectory has ``2L + 1`` points: 13 for MiniLM's six layers, 12 sub-layers.
The head: full-batch Adam on the cached features, cross-entropy, seeded; its
logits on the cached features are exactly the model's (the head is linear on
the pooled rows the probe reads).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import torch
import torch.nn.functional as F

from qlens_q.checks import Stopwatch
from qlens_q.data.dataset import CLASS_NAMES
from qlens_q.errors import InputError
from qlens_q.nn.hf import (
    HeadedEncoder,
    LocalModel,
    hf_probe,
    inspect_local,
    load_local,
    max_positions,
    minilm_path,
    parameter_count,
    sorted_batches,
    unsort,
)
from qlens_q.nn.probe import Residuals
from qlens_q.nn.train import accuracy
from qlens_q.nn.transformer import save_weights
from qlens_q.tasks.base import TaskRun, config_section, lens_note

if TYPE_CHECKING:
    from qlens_q.pipeline import RunConfig

#: Sentences per forward pass, and the longest input read (tokens).
BATCH, MAX_TOKENS = 32, 128
#: The linear head's training: full-batch Adam steps and learning rate, the L2 penalties tried, the folds.
HEAD_STEPS, HEAD_LEARNING_RATE = 300, 0.05
HEAD_PENALTIES: tuple[float, ...] = (1e-4, 1e-3, 1e-2, 1e-1)
FOLDS = 5
LENS = "affine"


def backbone(config: RunConfig) -> tuple[str, str | None]:
    """``("toy", None)``, ``("minilm", None)`` or ``("hf", PATH)``."""
    text = config.backbone
    if text in ("toy", "minilm"):
        return text, None
    if text.startswith("hf:") and len(text) > 3:
        return "hf", text[3:]
    raise InputError(
        "--backbone", f"unknown backbone {text!r} (toy, minilm, or hf:PATH to a local model folder)"
    )


def local_model(config: RunConfig) -> LocalModel:
    """The checked model folder of a pretrained backbone (no weight is read)."""
    kind, path = backbone(config)
    return inspect_local(minilm_path() if kind == "minilm" else str(path))


def outputs(config: RunConfig) -> int:
    """Two classes for a bare encoder, else the model's own labels or vocabulary."""
    return local_model(config).outputs or len(CLASS_NAMES)


def _fit_head(head: torch.nn.Linear, x: torch.Tensor, y: torch.Tensor, penalty: float, seed: int) -> None:
    torch.manual_seed(seed)
    torch.nn.init.zeros_(head.weight)
    torch.nn.init.zeros_(head.bias)
    optimizer = torch.optim.Adam(head.parameters(), lr=HEAD_LEARNING_RATE)
    for _ in range(HEAD_STEPS):
        optimizer.zero_grad()
        (F.cross_entropy(head(x), y) + penalty * head.weight.pow(2).sum()).backward()
        optimizer.step()


def train_head(
    head: torch.nn.Linear, features: torch.Tensor, labels: torch.Tensor, seed: int
) -> dict[str, Any]:
    """Fit a linear head on frozen features: L2-penalised cross-entropy, the penalty chosen by cross-validation.

    ``loss = CE(head(x), y) + lam ||W||^2``, full-batch Adam from zero weights; ``lam`` is the
    value of :data:`HEAD_PENALTIES` with the best mean accuracy over :data:`FOLDS` seeded folds
    of the training rows (ties: the larger ``lam``), then the head is refitted on every
    training row. Test rows are never seen. Returns the penalty and the fold accuracies.
    """
    x, y = features.detach().float(), labels
    folds = torch.randperm(x.shape[0], generator=torch.Generator().manual_seed(seed)) % FOLDS
    scores = {}
    probe = torch.nn.Linear(x.shape[1], head.out_features)
    for penalty in HEAD_PENALTIES:
        hits = []
        for fold in range(FOLDS):
            held = folds == fold
            _fit_head(probe, x[~held], y[~held], penalty, seed)
            with torch.no_grad():
                hits.append(float((probe(x[held]).argmax(1) == y[held]).float().mean()))
        scores[penalty] = sum(hits) / FOLDS
    best = max(HEAD_PENALTIES, key=lambda lam: (round(scores[lam], 12), lam))
    _fit_head(head, x, y, best, seed)
    head.eval()
    return {"penalty": best, "cross_validation_accuracy": {str(k): v for k, v in scores.items()}}


def _without(cache: Residuals, point: str, logits: torch.Tensor) -> Residuals:
    return Residuals({p: r for p, r in cache.residuals.items() if p != point}, logits)


def prepare(config: RunConfig, clock: Stopwatch) -> TaskRun:
    """Data, backbone, head, probe, lenses and the test trajectories (see the module docstring)."""
    from qlens_q.tasks.classify import load_split

    info = local_model(config)
    if info.kind == "causal-lm":
        raise InputError("--backbone", f"{info.path} is a causal language model: give --task lm")
    with clock.stage("data"):
        split = load_split(config.data, config.seed)
    with clock.stage("load"):
        model, tokenizer = load_local(info)
    readout = config.readout
    if info.kind == "encoder":
        model = HeadedEncoder(model, len(CLASS_NAMES), pooling=readout or "mean")
        readout = model.pooling
    elif readout not in (None, "cls"):
        raise InputError(
            "--readout", f"{info.path} classifies from its [CLS] position: its probe reads 'cls'"
        )
    names = list(CLASS_NAMES) if isinstance(model, HeadedEncoder) else None
    probe_all = hf_probe(model, tokenizer, keep_last=True, names=names)
    last = list(probe_all.points)[-1]
    limit = max_positions(model, MAX_TOKENS)
    texts = {"train": [ex.text for ex in split.train], "test": [ex.text for ex in split.test]}
    caches: dict[str, Residuals] = {}
    with clock.stage("forward"):
        for part, rows in texts.items():
            batches, order = sorted_batches(tokenizer, rows, BATCH, limit)
            cached = probe_all.cache(batches, progress=config.progress)
            caches[part] = Residuals(
                {p: unsort(r, order) for p, r in cached.residuals.items()}, unsort(cached.logits, order)
            )
    labels = {part: torch.tensor([ex.label for ex in getattr(split, part)]) for part in texts}
    head_fit: dict[str, Any] = {}
    if isinstance(model, HeadedEncoder):
        with clock.stage("head"):
            head_fit = train_head(model.head, caches["train"].residuals[last], labels["train"], config.seed)
            with torch.no_grad():
                caches = {
                    part: _without(c, last, model.head(c.residuals[last])) for part, c in caches.items()
                }
    else:
        caches = {part: _without(c, last, c.logits) for part, c in caches.items()}
    probe = hf_probe(model, tokenizer, readout=readout, names=names)
    kind = config.lens or LENS
    comparable = (info.outputs or len(CLASS_NAMES)) == len(CLASS_NAMES)
    # A label indexes the model's outputs only when they are the task's classes; else it is the class's name.
    shown = {"label": [ex.label if comparable else CLASS_NAMES[ex.label] for ex in split.test]}
    with clock.stage("lens"):
        lenses = probe.fit_lenses(caches["train"], kind=kind, seed=config.seed, progress=config.progress)
        examples = split.test
        every = probe.trajectories(
            caches["test"], lenses, ids=[ex.id for ex in examples],
            meta={"text": [ex.text for ex in examples], **shown},
        )  # fmt: skip
    traj = every.select(slice(0, config.limit)) if config.limit else every
    n = traj.num_outputs
    metrics: dict[str, Any] = {}
    if comparable:
        metrics["test accuracy"] = accuracy(caches["test"].logits, labels["test"])
        metrics["train accuracy"] = accuracy(caches["train"].logits, labels["train"])
    metrics["parameters"] = parameter_count(model)
    metrics["layers"] = info.layers
    name = (
        "all-MiniLM-L6-v2" if backbone(config)[0] == "minilm" else f"{info.model_type} model at {info.path}"
    )
    notes = lens_note(lenses, n, affine_head=isinstance(model, HeadedEncoder))
    if isinstance(model, HeadedEncoder):
        description = (
            f"{name} ({info.layers} layers, frozen) with a linear head on its {model.pooling}-pooled last layer, "
            f"trained on the training split's features: cross-entropy + λ‖W‖², λ = {head_fit['penalty']:g} chosen "
            f"from {', '.join(f'{lam:g}' for lam in HEAD_PENALTIES)} by {FOLDS}-fold cross-validation on the "
            f"training split ({HEAD_STEPS} full-batch Adam steps)."
        )
        metrics["head cross-validation accuracy"] = head_fit["cross_validation_accuracy"][
            str(head_fit["penalty"])
        ]
    else:
        description = f"{name}: a pretrained sequence classifier, its own head and labels ({', '.join(traj.output_names)})."
        if comparable:
            notes.append(
                "Accuracy compares the model's class j with the data's label j: the model's label order is its own."
            )
        else:
            notes.append(
                f"The model's {n} labels are not the task's {len(CLASS_NAMES)} classes: each example's label is "
                "the data's class name, and no accuracy, label probability or label rank is computed."
            )
    notes.append(
        "The last layer's output read through the head is the model's output, so the trajectory ends there "
        f"(`final`): {traj.num_points} points, {traj.num_points - 1} sub-layers."
    )
    if split.source != "sentihood":
        notes.append(f"Data: {split.source}, not SentiHood.")
    sections = {
        "title": f"{name}, {traj.num_points - 1} sub-layers",
        "task": "classify",
        "config": {**config_section(config), "lens": kind, "readout": probe.readout_name},
        "data": {
            "source": split.source,
            "train": len(split.train),
            "test": len(split.test),
            "classes": list(CLASS_NAMES),
            "description": f"{split.source}: {len(split.train):,} training and {len(split.test):,} test sentences, "
            f"read by the model's tokenizer (at most {limit} tokens); {traj.num_examples:,} test examples read as circuits.",
        },
        "model": {"description": description, "backbone": config.backbone, "metrics": metrics},
        "notes": notes,
    }

    def write_model(folder: Path) -> None:
        if isinstance(model, HeadedEncoder):
            save_weights(model.head, folder / "head.safetensors")
        lenses.save(folder)

    headline = f"test accuracy {metrics['test accuracy']:.3f}" if comparable else f"{n} outputs"
    return TaskRun(probe=probe, lenses=lenses, trajectories=traj, sections=sections, headline=headline,
                   write_model=write_model)  # fmt: skip
