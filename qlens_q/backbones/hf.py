"""Pretrained Hugging Face backbones: all-MiniLM-L6-v2 (``minilm``) and any local model folder (``hf:PATH``).

Folders are checked before any weight is read and loaded offline, safetensors only
(:func:`qlens_q.nn.hf.inspect_local`, :func:`qlens_q.nn.hf.load_local`); hook points and
heads come from :func:`qlens_q.nn.hf.hf_probe`. What each kind of folder serves:

| folder | ``classes`` | ``next_token`` |
| --- | --- | --- |
| BERT-family encoder (MiniLM) | a linear head on the pooled last layer (``mean``, or ``cls``), trained | refused |
| BERT-family sequence classifier | its own head and labels, read at ``[CLS]`` | refused |
| GPT-2 causal LM | a linear head on its final norm at the last token (``last``), trained | its own LM head |

**Classes.** One forward pass over every sentence (length-sorted batches of
:data:`BATCH`, at most :data:`MAX_TOKENS` tokens) caches the residuals at every hook
point and the last layer's output. A trained head is fitted on the training sentences'
cached last-layer rows with the body frozen (:func:`train_head`); the last layer's output
read through the head is the model's output, so the trajectory has ``2L + 1`` points
(13 for MiniLM's six layers: 12 sub-layers).

**Next token.** Documents are read as the model's tokenizer encodes the task's words
(at most :data:`MAX_TOKENS` tokens); the probe reads the task's positions.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from qlens_q.backbones.base import (
    Backbone,
    ClassesRequest,
    Classifier,
    LanguageModel,
    NextTokenRequest,
    Objective,
    Settings,
    without_point,
)
from qlens_q.errors import InputError

if TYPE_CHECKING:
    from collections.abc import Sequence

    import torch

    from qlens_q.nn.hf_folder import LocalModel
    from qlens_q.timing import Stopwatch

#: Sentences per forward pass, and the longest input read (tokens).
BATCH, MAX_TOKENS = 32, 128
#: The linear head's training: full-batch Adam steps and learning rate, the L2 penalties tried, the folds.
HEAD_STEPS, HEAD_LEARNING_RATE = 300, 0.05
HEAD_PENALTIES: tuple[float, ...] = (1e-4, 1e-3, 1e-2, 1e-1)
FOLDS = 5
MINILM_NAME = "all-MiniLM-L6-v2"
#: Readouts of a trained head: an encoder's (the default first) and a causal model's (its last token: the
#: head reads ``ln_f`` of one row, which a mean of rows before ``ln_f`` would not be).
ENCODER_READOUTS, CAUSAL_READOUTS = ("mean", "cls"), ("last",)


def _fit_head(head: torch.nn.Linear, x: torch.Tensor, y: torch.Tensor, penalty: float, seed: int) -> None:
    import torch
    import torch.nn.functional as F

    torch.manual_seed(seed)
    torch.nn.init.zeros_(head.weight)
    torch.nn.init.zeros_(head.bias)
    optimizer = torch.optim.Adam(head.parameters(), lr=HEAD_LEARNING_RATE)
    for _ in range(HEAD_STEPS):
        optimizer.zero_grad()
        (F.cross_entropy(head(x), y) + penalty * head.weight.pow(2).sum()).backward()
        optimizer.step()


def _heads_logits(weight: torch.Tensor, bias: torch.Tensor, x: torch.Tensor) -> torch.Tensor:
    """Logits ``(F, n, classes)`` of ``F`` linear heads ``(F, classes, d)``, ``(F, classes)`` on rows ``x``."""
    import torch

    return torch.einsum("fcd,nd->fnc", weight, x) + bias[:, None, :]


def _fit_heads(
    x: torch.Tensor, y: torch.Tensor, rows: torch.Tensor, penalties: torch.Tensor, classes: int
) -> tuple[torch.Tensor, torch.Tensor]:
    """:func:`_fit_head` for ``F`` heads at once: head ``f`` on the rows where ``rows[f]`` is true, with
    penalty ``penalties[f]``; returns the weights ``(F, classes, d)`` and biases ``(F, classes)``.

    The loss is the sum over ``f`` of head ``f``'s loss, whose gradient reaches head ``f``'s parameters
    alone, and Adam's update is elementwise: each head takes the steps it takes fitted on its own, up
    to the rounding of the batched sums (one pass over every row per step instead of ``F``).
    """
    import torch
    import torch.nn.functional as F

    fits, n = rows.shape
    weight = torch.zeros(fits, classes, x.shape[1], requires_grad=True)
    bias = torch.zeros(fits, classes, requires_grad=True)
    share = rows.float() / rows.sum(1, keepdim=True)  # the mean over head f's rows
    targets = y.repeat(fits)
    optimizer = torch.optim.Adam([weight, bias], lr=HEAD_LEARNING_RATE)
    for _ in range(HEAD_STEPS):
        optimizer.zero_grad()
        logits = _heads_logits(weight, bias, x).reshape(fits * n, classes)
        loss = F.cross_entropy(logits, targets, reduction="none").view(fits, n)
        ((loss * share).sum() + (penalties * weight.pow(2).sum((1, 2))).sum()).backward()
        optimizer.step()
    return weight.detach(), bias.detach()


def train_head(
    head: torch.nn.Linear, features: torch.Tensor, labels: torch.Tensor, seed: int
) -> dict[str, Any]:
    """Fit a linear head on frozen features: L2-penalised cross-entropy, the penalty chosen by cross-validation.

    ``loss = CE(head(x), y) + lam ||W||^2``, full-batch Adam from zero weights; ``lam`` is the
    value of :data:`HEAD_PENALTIES` with the best mean accuracy over :data:`FOLDS` seeded folds
    of the training rows (ties: the larger ``lam``), then the head is refitted on every
    training row. Test rows are never seen. The ``len(HEAD_PENALTIES) * FOLDS`` fits of the
    cross-validation are independent, so they run side by side (:func:`_fit_heads`). Returns the
    penalty and the fold accuracies.
    """
    import torch

    x, y = features.detach().float(), labels
    folds = torch.randperm(x.shape[0], generator=torch.Generator().manual_seed(seed)) % FOLDS
    grid = [(penalty, fold) for penalty in HEAD_PENALTIES for fold in range(FOLDS)]
    held = torch.stack([folds == fold for _, fold in grid])
    weight, bias = _fit_heads(
        x, y, ~held, torch.tensor([penalty for penalty, _ in grid], dtype=x.dtype), head.out_features
    )
    with torch.no_grad():
        predicted = _heads_logits(weight, bias, x).argmax(2)
    hits = [float((predicted[i][held[i]] == y[held[i]]).float().mean()) for i in range(len(grid))]
    scores = {
        penalty: sum(hit for hit, (lam, _) in zip(hits, grid, strict=True) if lam == penalty) / FOLDS
        for penalty in HEAD_PENALTIES
    }
    best = max(HEAD_PENALTIES, key=lambda lam: (round(scores[lam], 12), lam))
    _fit_head(head, x, y, best, seed)
    head.eval()
    return {"penalty": best, "cross_validation_accuracy": {str(k): v for k, v in scores.items()}}


def _pad(rows: Sequence[Sequence[int]]) -> tuple[torch.Tensor, torch.Tensor]:
    """Token id rows, right-padded with 0, and their attention mask."""
    import torch

    width = max(len(r) for r in rows)
    ids = torch.zeros((len(rows), width), dtype=torch.long)
    mask = torch.zeros((len(rows), width), dtype=torch.long)
    for k, row in enumerate(rows):
        ids[k, : len(row)] = torch.tensor(row, dtype=torch.long)
        mask[k, : len(row)] = 1
    return ids, mask


def _ids_and_mask(model: torch.nn.Module, batch: dict[str, torch.Tensor]) -> Any:
    """A decoder's forward pass: token ids and attention mask only."""
    return model(input_ids=batch["input_ids"], attention_mask=batch["attention_mask"])


class Pretrained(Backbone):
    """A local Hugging Face model folder, or MiniLM's (see the module docstring)."""

    def __init__(self, spec: str, path: str | None) -> None:
        super().__init__(spec)
        self.path = path
        self._info: LocalModel | None = None

    @classmethod
    def parse(cls, spec: str) -> Pretrained | None:
        if spec == "minilm":
            return cls(spec, None)
        if spec.startswith("hf:") and len(spec) > 3:
            return cls(spec, spec[3:])
        return None

    @classmethod
    def specs(cls) -> tuple[str, ...]:
        return ("minilm", "hf:PATH")

    @property
    def info(self) -> LocalModel:
        """The checked model folder (no weight is read)."""
        if self._info is None:
            from qlens_q.nn.hf_folder import inspect_local, minilm_path

            self._info = inspect_local(
                minilm_path("backbone") if self.path is None else self.path, "backbone"
            )
        return self._info

    @property
    def name(self) -> str:
        """How the report names the model."""
        return MINILM_NAME if self.path is None else f"{self.info.model_type} model at {self.info.path}"

    def default_objective(self) -> Objective:
        return "next_token" if self.info.kind == "causal-lm" else "classes"

    def check(self, settings: Settings, objective: Objective) -> None:
        self.outputs(objective, 2)  # reads and checks the folder's configuration

    def outputs(self, objective: Objective, task_outputs: int) -> int:
        info = self.info
        if objective == "next_token":
            if info.kind != "causal-lm":
                raise InputError(
                    "backbone", f"{info.path} is not a causal language model: give task='classify'"
                )
            return int(info.outputs or 0)
        if info.kind == "sequence-classifier":
            return int(info.outputs or task_outputs)
        return task_outputs

    def _load(self, clock: Stopwatch) -> tuple[Any, Any]:
        from qlens_q.nn.hf import load_local

        with clock.stage("load"):
            return load_local(self.info, "backbone")

    # ------------------------------------------------------------------ classes

    def classifier(self, request: ClassesRequest, settings: Settings, clock: Stopwatch) -> Classifier:
        import torch

        from qlens_q.nn.hf import (
            HeadedEncoder,
            hf_probe,
            max_positions,
            parameter_count,
            sorted_batches,
            unsort,
        )
        from qlens_q.nn.probe import Residuals
        from qlens_q.nn.transformer import save_weights

        info = self.info
        model, tokenizer = self._load(clock)
        readout = request.readout
        if info.kind == "sequence-classifier":
            if readout not in (None, "cls"):
                raise InputError(
                    "readout", f"{info.path} classifies from its [CLS] position: its probe reads 'cls'"
                )
        else:
            causal = info.kind == "causal-lm"
            allowed = CAUSAL_READOUTS if causal else ENCODER_READOUTS
            if readout is not None and readout not in allowed:
                what = "a causal model, classified from its last token" if causal else "an encoder"
                raise InputError(
                    "readout", f"{info.path} is {what}: give readout={' or '.join(repr(r) for r in allowed)}"
                )
            if causal:
                model = model.transformer
                if tokenizer.pad_token is None:  # GPT-2 has none: pad with its end-of-text token (masked)
                    tokenizer.pad_token = tokenizer.eos_token
            model = HeadedEncoder(model, len(request.names), pooling=readout or allowed[0])
            readout = model.pooling
        headed = isinstance(model, HeadedEncoder)
        names = list(request.names) if headed else None
        # A decoder reads ids and mask only, as in the next-token task (a tokenizer's token_type_ids would be
        # added to GPT-2's embeddings).
        forward = _ids_and_mask if info.kind == "causal-lm" else None
        probe_all = hf_probe(model, tokenizer, keep_last=True, names=names, forward=forward)
        last = list(probe_all.points)[-1]
        limit = max_positions(model, MAX_TOKENS)
        caches: dict[str, Residuals] = {}
        with clock.stage("forward"):
            for part, rows in (("train", request.train_texts), ("test", request.test_texts)):
                batches, order = sorted_batches(tokenizer, list(rows), BATCH, limit)
                cached = probe_all.cache(batches, progress=settings.progress)
                caches[part] = Residuals(
                    {p: unsort(r, order) for p, r in cached.residuals.items()}, unsort(cached.logits, order)
                )
        head_fit: dict[str, Any] = {}
        if headed:
            with clock.stage("head"):
                labels = torch.tensor(request.train_labels)
                with torch.no_grad():
                    features = {part: model.norm(c.residuals[last]) for part, c in caches.items()}
                head_fit = train_head(model.head, features["train"], labels, settings.seed)
                with torch.no_grad():
                    caches = {
                        part: without_point(c, last, model.head(features[part])) for part, c in caches.items()
                    }
        else:
            caches = {part: without_point(c, last, c.logits) for part, c in caches.items()}
        probe = hf_probe(model, tokenizer, readout=readout, names=names, forward=forward)
        metrics: dict[str, Any] = {"parameters": parameter_count(model), "layers": info.layers}
        if headed:
            pooled = {"mean": "mean-pooled", "cls": "cls-pooled", "last": "last-token"}[model.pooling]
            norm = " (after its final LayerNorm)" if info.kind == "causal-lm" else ""
            description = (
                f"{self.name} ({info.layers} layers, frozen) with a linear head on its {pooled} last layer{norm}, "
                f"trained on the training split's features: cross-entropy + λ‖W‖², λ = {head_fit['penalty']:g} "
                f"chosen from {', '.join(f'{lam:g}' for lam in HEAD_PENALTIES)} by {FOLDS}-fold cross-validation "
                f"on the training split ({HEAD_STEPS} full-batch Adam steps)."
            )
            metrics["head cross-validation accuracy"] = head_fit["cross_validation_accuracy"][
                str(head_fit["penalty"])
            ]
        else:
            description = (
                f"{self.name}: a pretrained sequence classifier, its own head and labels "
                f"({', '.join(probe.output_names or ())})."
            )
        points = len(probe.points) + 1

        def write(folder: Path) -> None:
            if isinstance(model, HeadedEncoder):
                save_weights(model.head, folder / "head.safetensors")

        return Classifier(
            probe=probe,
            title=f"{self.name}, {points - 1} sub-layers",
            section={"description": description, "backbone": self.spec},
            metrics=metrics,
            lens="affine",
            affine_head=headed and info.kind != "causal-lm",
            write=write,
            notes=[
                "The last layer's output read through the head is the model's output, so the trajectory ends "
                f"there (`final`): {points} points, {points - 1} sub-layers."
            ],
            reading=f"read by the model's tokenizer (at most {limit} tokens)",
            own_outputs=not headed,
            train=caches["train"],
            test=caches["test"],
        )

    # ------------------------------------------------------------------ next token

    def language_model(
        self, request: NextTokenRequest, settings: Settings, clock: Stopwatch
    ) -> LanguageModel:
        from qlens_q.nn.hf import hf_probe, max_positions, parameter_count

        info = self.info
        self.outputs("next_token", 0)
        model, tokenizer = self._load(clock)
        width = max_positions(model, request.max_tokens)
        with clock.stage("data"):
            rows = {
                part: [
                    tokenizer(" ".join(doc), truncation=True, max_length=width)["input_ids"] for doc in docs
                ]
                for part, docs in (("train", request.train), ("test", request.test))
            }
            train_ids, train_mask = _pad(rows["train"])
            test_ids, test_mask = _pad(rows["test"])
        probe = hf_probe(model, tokenizer, readout=request.readout, forward=_ids_and_mask)
        return LanguageModel(
            probe=probe,
            title=f"{info.model_type} language model at {info.path}, {len(probe.points)} sub-layers",
            section={
                "description": f"A pretrained {info.model_type} causal language model ({info.layers} layers), "
                "its own vocabulary and head.",
                "config": {"backbone": self.spec, "layers": info.layers},
            },
            metrics={"parameters": parameter_count(model)},
            lens="affine",
            affine_head=False,
            write=lambda folder: None,  # nothing trained but the lenses
            data={"tokenizer": "the model's own", "max_tokens": width},
            train_ids=train_ids,
            train_mask=train_mask,
            test_ids=test_ids,
            test_mask=test_mask,
            token=lambda i: str(tokenizer.convert_ids_to_tokens(int(i))),
            context=lambda ids: str(tokenizer.decode(list(ids))),
        )


BACKBONE = Pretrained

__all__ = ["BACKBONE", "Pretrained", "train_head"]
