"""Tuned lenses: the model's own head read at an intermediate hook point.

A lens at hook point ``l`` maps the pooled residual ``h_l`` to

    bias lens:    p_l = softmax(head(h_l + b_l))
    affine lens:  p_l = softmax(head(A_l h_l + b_l))     (A_l starts at I)

where ``head`` is the model's final LayerNorm and classifier. Each lens is
trained on the training split, on residuals cached once, to minimise
``KL(p_final || p_l) = sum_c p_final(c) (log p_final(c) - log p_l(c))``.

**Readout.** ``h_l`` is the residual at the [CLS] position (``readout="cls"``,
default: the position the classifier reads) or its mean over the non-padding
positions (``readout="mean"``). At the "embedding" hook the [CLS] residual is
the same vector for every input (the [CLS] token and position-0 embeddings),
so a [CLS] lens there gives one constant distribution: before attention,
nothing has reached the [CLS] position. The mean readout sees the sentence.
``readout="token"`` is the language model's (:mod:`qlens_q.nn.lm`): the residual
at every position, read where that position's next word is predicted.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import torch
import torch.nn.functional as F
from safetensors.torch import save_file
from torch import nn
from tqdm import tqdm

from qlens_q import io
from qlens_q.errors import InputError
from qlens_q.nn.lm import CausalLM
from qlens_q.nn.model import EncoderClassifier, load_state

LENS_FILE = "lens.safetensors"
LENS_CONFIG_FILE = "lens.json"
LENS_KINDS = ("bias", "affine")
LENS_READOUTS = ("cls", "mean", "token")
#: Models a lens reads: both have ``config.d_model`` and ``head`` (final LayerNorm + output layer).
LensModel = EncoderClassifier | CausalLM


@dataclass(frozen=True)
class LensConfig:
    """How lenses are trained (saved as ``lens.json``)."""

    points: tuple[str, ...] = ("embedding", "attention")
    kind: str = "bias"
    readout: str = "cls"
    steps: int = 300
    learning_rate: float = 0.05
    seed: int = 42

    def __post_init__(self) -> None:
        if self.kind not in LENS_KINDS:
            raise InputError("lens kind", f"unknown kind {self.kind!r} (choose from {', '.join(LENS_KINDS)})")
        if self.readout not in LENS_READOUTS:
            raise InputError(
                "lens readout", f"unknown readout {self.readout!r} (choose from {', '.join(LENS_READOUTS)})"
            )


class TunedLens(nn.Module):
    """One bias (or affine map) per hook point, in front of the model's head."""

    def __init__(self, config: LensConfig, d_model: int) -> None:
        super().__init__()
        self.config = config
        self.bias = nn.ParameterDict({p: nn.Parameter(torch.zeros(d_model)) for p in config.points})
        self.linear = nn.ModuleDict()
        if config.kind == "affine":
            for p in config.points:
                layer = nn.Linear(d_model, d_model, bias=False)
                nn.init.eye_(layer.weight)
                self.linear[p] = layer

    def transform(self, point: str, residual: torch.Tensor) -> torch.Tensor:
        """``h + b`` or ``A h + b``."""
        h = self.linear[point](residual) if point in self.linear else residual
        return h + self.bias[point]

    def logits(self, model: LensModel, point: str, residual: torch.Tensor) -> torch.Tensor:
        """Lens logits ``head(transform(h))``."""
        return model.head(self.transform(point, residual))

    def save(self, directory: str | Path) -> None:
        io.atomic_write_json(
            Path(directory) / LENS_CONFIG_FILE, {"format": "qlens-q-lens", **asdict(self.config)}
        )
        target = Path(directory) / LENS_FILE
        tmp = target.with_name(f".{target.name}.tmp")
        save_file({k: v.detach().contiguous() for k, v in self.state_dict().items()}, str(tmp))
        tmp.replace(target)

    @classmethod
    def load(cls, directory: str | Path, d_model: int) -> TunedLens:
        import json

        path = Path(directory) / LENS_CONFIG_FILE
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            if raw.pop("format") != "qlens-q-lens":
                raise ValueError("not a lens config")
            raw["points"] = tuple(raw["points"])
            config = LensConfig(**raw)
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise InputError(str(path), f"cannot read lens config ({exc.__class__.__name__})") from None
        lens = cls(config, d_model)
        load_state(lens, Path(directory) / LENS_FILE)
        return lens


def kl_final_lens(final_logits: torch.Tensor, lens_logits: torch.Tensor) -> torch.Tensor:
    """Mean over the batch of ``KL(p_final || p_lens)`` in nats."""
    return F.kl_div(
        F.log_softmax(lens_logits, -1),
        F.log_softmax(final_logits, -1),
        log_target=True,
        reduction="batchmean",
    )


def train_lens(
    model: LensModel,
    residuals: Mapping[str, torch.Tensor],
    final_logits: torch.Tensor,
    config: LensConfig = LensConfig(),
    *,
    progress: bool = True,
) -> TunedLens:
    """Fit every lens full-batch with Adam on cached residuals; the model stays frozen."""
    torch.manual_seed(config.seed)
    lens = TunedLens(config, model.config.d_model)
    model.eval()
    for p in model.parameters():
        p.requires_grad_(False)
    target = final_logits.detach()
    for point in tqdm(config.points, desc="lenses", disable=not progress, leave=False):
        params = [lens.bias[point], *(lens.linear[point].parameters() if point in lens.linear else [])]
        optimizer = torch.optim.Adam(params, lr=config.learning_rate)
        h = residuals[point].detach()
        for _ in range(config.steps):
            optimizer.zero_grad()
            loss = kl_final_lens(target, lens.logits(model, point, h))
            loss.backward()
            optimizer.step()
    for p in model.parameters():
        p.requires_grad_(True)
    return lens.eval()


@torch.no_grad()
def lens_metrics(
    model: LensModel,
    lens: TunedLens,
    residuals: Mapping[str, torch.Tensor],
    final_logits: torch.Tensor,
    points: Sequence[str] | None = None,
) -> dict[str, dict[str, float]]:
    """Per hook point: mean ``KL(final || lens)`` and argmax agreement with the model."""
    out = {}
    for point in points or lens.config.points:
        logits = lens.logits(model, point, residuals[point])
        out[point] = {
            "kl": float(kl_final_lens(final_logits, logits)),
            "agreement": float((logits.argmax(-1) == final_logits.argmax(-1)).float().mean()),
        }
    return out
