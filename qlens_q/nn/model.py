"""The paper's one-block encoder classifier, with named hook points.

    ids -> token + position embeddings (embed_dim)
        -> Linear compression to d_model              [hook "embedding": module ``compress``]
        -> x + Dropout(MultiheadAttention(x))          [hook "attention": module ``attention``]
        -> LayerNorm
        -> x + Dropout(MLP(x)), MLP = d_model -> d_mlp (GELU) -> d_model
        -> LayerNorm (the final LayerNorm, ``final_norm``)
        -> Linear classifier on the prepended [CLS] position  [hook "final": module ``classifier``]

Differences from the public notebook, stated once: the token and position
embeddings are trained from scratch (``embed_dim`` wide) because no GPT-2
weights may be downloaded here; the loss is cross-entropy on the logits.

The configuration is a dataclass saved as ``config.json`` beside
``model.safetensors``; loading checks every tensor's name and shape against it.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

import torch
from safetensors.torch import load_file, save_file
from torch import nn

from qlens_q import io
from qlens_q.errors import InputError

CONFIG_FILE = "config.json"
WEIGHTS_FILE = "model.safetensors"

#: Hook point name -> module whose output is the residual stream there.
HOOK_POINTS: dict[str, str] = {"embedding": "compress", "attention": "attention", "final": "classifier"}


@dataclass(frozen=True)
class ModelConfig:
    """Shape and training recipe of the encoder classifier (saved as ``config.json``)."""

    vocab_size: int
    max_len: int
    num_classes: int = 2
    embed_dim: int = 256
    d_model: int = 128
    num_heads: int = 4
    d_mlp: int = 512
    dropout: float = 0.1
    epochs: int = 10
    batch_size: int = 16
    learning_rate: float = 1e-3
    seed: int = 42
    causal: bool = False

    def __post_init__(self) -> None:
        for name in ("vocab_size", "max_len", "num_classes", "embed_dim", "d_model", "num_heads", "d_mlp",
                     "epochs", "batch_size", "seed"):  # fmt: skip
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < (0 if name == "seed" else 1):
                raise InputError(f"config {name}", f"must be a positive integer, got {value!r}")
        if self.num_classes < 2:
            raise InputError("config num_classes", f"must be >= 2, got {self.num_classes}")
        if self.d_model % self.num_heads:
            raise InputError("config num_heads", f"{self.num_heads} does not divide d_model = {self.d_model}")
        for name in ("dropout", "learning_rate"):
            value = getattr(self, name)
            if (
                isinstance(value, bool)
                or not isinstance(value, (int, float))
                or not 0 <= value < (1 if name == "dropout" else 10)
            ):
                raise InputError(f"config {name}", f"out of range: {value!r}")
        if not isinstance(self.causal, bool):
            raise InputError("config causal", f"must be true or false, got {self.causal!r}")

    def save(self, directory: str | Path) -> None:
        io.atomic_write_json(Path(directory) / CONFIG_FILE, {"format": "qlens-q-model", **asdict(self)})

    @classmethod
    def load(cls, directory: str | Path) -> ModelConfig:
        path = Path(directory) / CONFIG_FILE
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise InputError(str(path), f"cannot read model config ({exc.__class__.__name__})") from None
        if not isinstance(raw, dict) or raw.pop("format", None) != "qlens-q-model":
            raise InputError(str(path), "is not a qlens-q model config")
        names = {f.name for f in fields(cls)}
        unknown = set(raw) - names
        if unknown:
            raise InputError(str(path), f"unknown config fields: {', '.join(sorted(unknown))}")
        try:
            return cls(**raw)
        except TypeError as exc:
            raise InputError(str(path), f"incomplete config ({exc})") from None
        except InputError as exc:
            raise InputError(str(path), str(exc)) from None


class AttentionResidual(nn.Module):
    """``x + Dropout(MultiheadAttention(x, x, x))`` (padding masked; causal if asked)."""

    def __init__(self, d_model: int, num_heads: int, dropout: float, causal: bool) -> None:
        super().__init__()
        self.attn = nn.MultiheadAttention(d_model, num_heads, dropout=dropout, batch_first=True)
        self.drop = nn.Dropout(dropout)
        self.causal = causal

    def forward(self, x: torch.Tensor, pad_mask: torch.Tensor) -> torch.Tensor:
        attn_mask = None
        if self.causal:
            n = x.shape[1]
            attn_mask = torch.triu(torch.ones(n, n, dtype=torch.bool, device=x.device), diagonal=1)
        out, _ = self.attn(x, x, x, key_padding_mask=pad_mask, attn_mask=attn_mask, need_weights=False)
        return x + self.drop(out)


class MLPResidual(nn.Module):
    """``x + Dropout(W2 GELU(W1 x))``."""

    def __init__(self, d_model: int, d_mlp: int, dropout: float) -> None:
        super().__init__()
        self.net = nn.Sequential(nn.Linear(d_model, d_mlp), nn.GELU(), nn.Linear(d_mlp, d_model))
        self.drop = nn.Dropout(dropout)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x + self.drop(self.net(x))


class EncoderClassifier(nn.Module):
    """One encoder block with a classifier on position 0 (the [CLS] token)."""

    def __init__(self, config: ModelConfig) -> None:
        super().__init__()
        self.config = config
        self.token_embedding = nn.Embedding(config.vocab_size, config.embed_dim, padding_idx=0)
        self.position_embedding = nn.Embedding(config.max_len, config.embed_dim)
        self.compress = nn.Linear(config.embed_dim, config.d_model)
        self.embed_drop = nn.Dropout(config.dropout)
        self.attention = AttentionResidual(config.d_model, config.num_heads, config.dropout, config.causal)
        self.attention_norm = nn.LayerNorm(config.d_model)
        self.mlp = MLPResidual(config.d_model, config.d_mlp, config.dropout)
        self.final_norm = nn.LayerNorm(config.d_model)
        self.classifier = nn.Linear(config.d_model, config.num_classes)

    def head(self, residual: torch.Tensor) -> torch.Tensor:
        """Final LayerNorm and classifier: what a tuned lens reuses."""
        return self.classifier(self.final_norm(residual))

    def forward(self, ids: torch.Tensor) -> torch.Tensor:
        """Logits of shape ``(batch, num_classes)`` from token ids ``(batch, max_len)``."""
        positions = torch.arange(ids.shape[1], device=ids.device)
        x = self.token_embedding(ids) + self.position_embedding(positions)[None]
        x = self.embed_drop(self.compress(x))
        x = self.attention_norm(self.attention(x, ids == 0))
        x = self.final_norm(self.mlp(x))
        return self.classifier(x[:, 0])

    def save(self, directory: str | Path) -> None:
        """``config.json`` and ``model.safetensors`` (atomically) into ``directory``."""
        save_model(self, self.config, directory)

    @classmethod
    def load(cls, directory: str | Path) -> EncoderClassifier:
        """Rebuild from ``config.json`` and check every tensor of ``model.safetensors`` against it."""
        config = ModelConfig.load(directory)
        model = cls(config)
        load_state(model, Path(directory) / WEIGHTS_FILE)
        return model.eval()


def save_model(module: nn.Module, config: ModelConfig, directory: str | Path) -> None:
    """``config.json`` and ``model.safetensors`` of ``module`` into ``directory`` (each written atomically)."""
    config.save(directory)
    target = Path(directory) / WEIGHTS_FILE
    tmp = target.with_name(f".{target.name}.tmp")
    save_file({k: v.contiguous() for k, v in module.state_dict().items()}, str(tmp))
    tmp.replace(target)


def load_state(module: nn.Module, path: Path) -> None:
    """Load safetensors weights into ``module``, refusing missing, extra or mis-shaped tensors."""
    try:
        state = load_file(str(path))
    except Exception as exc:  # safetensors raises several types for a bad file
        raise InputError(str(path), f"cannot read weights ({' '.join(str(exc).split())[:200]})") from None
    expected: dict[str, Any] = module.state_dict()
    missing = sorted(set(expected) - set(state))
    extra = sorted(set(state) - set(expected))
    if missing or extra:
        raise InputError(
            str(path), f"tensors do not match the config (missing {missing[:3]}, extra {extra[:3]})"
        )
    for name, tensor in state.items():
        if tuple(tensor.shape) != tuple(expected[name].shape):
            raise InputError(
                str(path),
                f"tensor {name} has shape {tuple(tensor.shape)}, config needs {tuple(expected[name].shape)}",
            )
    module.load_state_dict(state)
