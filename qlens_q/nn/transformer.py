"""The paper's one-block Transformer, with a classifier head or a language-model head (one class).

    input_ids -> token + position embeddings (embed_dim)
              -> Linear compression to d_model                 [hook "embedding": module ``compress``]
              -> x + Dropout(MultiheadAttention(x))             [hook "attention": module ``attention``]
              -> LayerNorm
              -> x + Dropout(MLP(x)), MLP = d_model -> d_mlp (GELU) -> d_model
              -> LayerNorm (the final LayerNorm, ``final_norm``)
              -> Linear ``unembed`` to the ``num_classes`` output units

**Classifier** (``causal = false``): bidirectional attention (padding masked), the
output read at position 0, the prepended ``[CLS]`` token: logits ``(batch, N)``.
**Language model** (``causal = true``, ``num_classes == vocab_size``): causal
attention, the output read at every position; position ``t`` sees tokens
``0..t`` (``[CLS]`` is the beginning of text) and predicts token ``t + 1``:

    p(w_{t+1} | w_0..w_t) = softmax(unembed(final_norm(h_t)))_{w_{t+1}},

logits ``(batch, length, vocab_size)``. Either way :meth:`Transformer.head` is
``unembed(final_norm(h))``, what a tuned lens reuses.

Differences from the public notebook, stated once: the token and position
embeddings are trained from scratch (``embed_dim`` wide), or, with
``embeddings = "minilm"``, all-MiniLM-L6-v2's word and position embeddings (384
wide, frozen), because GPT-2's, which the paper froze, cannot be had offline;
the loss is cross-entropy on the logits.

The configuration is a dataclass saved as ``config.json`` beside
``model.safetensors``; loading checks every tensor's name and shape against it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

import torch
from safetensors.torch import load as load_tensors
from safetensors.torch import save as save_tensors
from torch import nn

from qlens_q import io
from qlens_q.errors import InputError
from qlens_q.vocab import PAD

CONFIG_FILE = "config.json"
WEIGHTS_FILE = "model.safetensors"

#: The toy model's hook points: name -> module whose output is the residual stream there.
HOOK_POINTS: dict[str, str] = {"embedding": "compress", "attention": "attention"}
#: Its sub-layers (between consecutive points, the last point being the model's output).
SUBLAYERS: tuple[str, str] = ("attention", "mlp")
#: Token and position embeddings: trained from scratch, or all-MiniLM-L6-v2's, frozen.
EMBEDDINGS: tuple[str, str] = ("learned", "minilm")
#: Largest model a config may ask for (numbers, checked before anything is allocated).
MAX_PARAMETERS = 500_000_000


@dataclass(frozen=True)
class ModelConfig:
    """Shape and training recipe of the toy Transformer (saved as ``config.json``)."""

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
    embeddings: str = "learned"

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
        if self.causal and self.num_classes != self.vocab_size:
            raise InputError(
                "config num_classes",
                f"a language model predicts words: num_classes must equal vocab_size = {self.vocab_size}, "
                f"got {self.num_classes}",
            )
        if self.embeddings not in EMBEDDINGS:
            raise InputError(
                "config embeddings", f"must be one of {', '.join(EMBEDDINGS)}, got {self.embeddings!r}"
            )
        if self.parameters() > MAX_PARAMETERS:
            raise InputError(
                "config", f"asks for {self.parameters():,} parameters; the limit is {MAX_PARAMETERS:,}"
            )

    def parameters(self) -> int:
        """How many numbers a model of this shape holds (computed, nothing allocated)."""
        d, e = self.d_model, self.embed_dim
        embeddings = (self.vocab_size + self.max_len) * e + e * d + d
        attention = 4 * d * d + 4 * d + 2 * d
        mlp = 2 * d * self.d_mlp + self.d_mlp + d
        return embeddings + attention + mlp + 2 * d + d * self.num_classes + self.num_classes

    @classmethod
    def read(cls, directory: str | Path) -> tuple[ModelConfig, str | None]:
        """The config saved in ``directory/config.json`` and the digest recorded with it."""
        path = Path(directory) / CONFIG_FILE
        raw = io.read_json(path, 2**20, what="model config")  # a regular file of at most 1 MiB, strict JSON
        if not isinstance(raw, dict) or raw.pop("format", None) != "qlens-q-model":
            raise InputError(str(path), "is not a qlens-q model config")
        recorded = raw.pop("sha256", None)
        names = {f.name for f in fields(cls)}
        unknown = set(raw) - names
        if unknown:
            raise InputError(str(path), f"unknown config fields: {', '.join(sorted(unknown))}")
        try:
            return cls(**raw), recorded if isinstance(recorded, str) else None
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

    def forward(self, x: torch.Tensor, pad_mask: torch.Tensor, first_only: bool = False) -> torch.Tensor:
        """``first_only``: queries at position 0 alone (keys and values at every position): the
        output ``(batch, 1, d_model)`` is position 0 of the full output, up to float rounding."""
        queries = x[:, :1] if first_only else x
        attn_mask = None
        if self.causal:
            n = x.shape[1]
            attn_mask = torch.triu(torch.ones(n, n, dtype=torch.bool, device=x.device), diagonal=1)
            attn_mask = attn_mask[: queries.shape[1]]
        out, _ = self.attn(queries, x, x, key_padding_mask=pad_mask, attn_mask=attn_mask, need_weights=False)
        return queries + self.drop(out)


class MLPResidual(nn.Module):
    """``x + Dropout(W2 GELU(W1 x))``."""

    def __init__(self, d_model: int, d_mlp: int, dropout: float) -> None:
        super().__init__()
        self.net = nn.Sequential(nn.Linear(d_model, d_mlp), nn.GELU(), nn.Linear(d_mlp, d_model))
        self.drop = nn.Dropout(dropout)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x + self.drop(self.net(x))


class Transformer(nn.Module):
    """One Transformer block: a classifier on ``[CLS]`` or a causal language model (see the module docstring)."""

    def __init__(self, config: ModelConfig) -> None:
        super().__init__()
        self.config = config
        self.token_embedding = nn.Embedding(config.vocab_size, config.embed_dim, padding_idx=PAD)
        self.position_embedding = nn.Embedding(config.max_len, config.embed_dim)
        self.compress = nn.Linear(config.embed_dim, config.d_model)
        self.embed_drop = nn.Dropout(config.dropout)
        self.attention = AttentionResidual(config.d_model, config.num_heads, config.dropout, config.causal)
        self.attention_norm = nn.LayerNorm(config.d_model)
        self.mlp = MLPResidual(config.d_model, config.d_mlp, config.dropout)
        self.final_norm = nn.LayerNorm(config.d_model)
        self.unembed = nn.Linear(config.d_model, config.num_classes)

    @property
    def is_language_model(self) -> bool:
        """True for the causal next-word model."""
        return self.config.causal

    def head(self, residual: torch.Tensor) -> torch.Tensor:
        """Final LayerNorm and unembedding: what a tuned lens reuses."""
        return self.unembed(self.final_norm(residual))

    def hidden(
        self, input_ids: torch.Tensor, attention_mask: torch.Tensor | None = None, first_only: bool = False
    ) -> torch.Tensor:
        """The residual stream after the block's final LayerNorm: ``(batch, length, d_model)``.

        ``first_only``: the classifier's logits are read at position 0, and only attention mixes
        positions, so they need attention's query, its output projection, the MLP and both
        LayerNorms at position 0 alone (keys and values still at every position); the output is
        then ``(batch, 1, d_model)``, the same logits up to float rounding for about two thirds of
        the work (a training step of the built-in classifier, 16 rows on one thread: 21 -> 15 ms).
        Training uses it; a probe reads every position (``readout='mean'`` averages them).
        """
        if input_ids.shape[1] > self.config.max_len:
            raise InputError(
                "input_ids", f"length {input_ids.shape[1]} exceeds max_len = {self.config.max_len}"
            )
        pad_mask = input_ids == PAD if attention_mask is None else attention_mask == 0
        positions = torch.arange(input_ids.shape[1], device=input_ids.device)
        x = self.token_embedding(input_ids) + self.position_embedding(positions)[None]
        x = self.embed_drop(self.compress(x))
        x = self.attention_norm(self.attention(x, pad_mask, first_only))
        return self.final_norm(self.mlp(x))

    def forward(
        self, input_ids: torch.Tensor, attention_mask: torch.Tensor | None = None, first_only: bool = False
    ) -> torch.Tensor:
        """Logits: ``(batch, N)`` for the classifier, ``(batch, length, vocab)`` for the language model.

        ``first_only`` (classifier only): see :meth:`hidden`.
        """
        h = self.hidden(input_ids, attention_mask, first_only=first_only and not self.is_language_model)
        return self.unembed(h if self.is_language_model else h[:, 0])

    def save(self, directory: str | Path) -> None:
        """``model.safetensors`` and ``config.json`` (with the sha256 of both) into ``directory``, atomically."""
        data = save_tensors({k: v.detach().contiguous() for k, v in self.state_dict().items()})
        io.atomic_write_bytes(Path(directory) / WEIGHTS_FILE, data)
        config = asdict(self.config)
        io.atomic_write_json(
            Path(directory) / CONFIG_FILE,
            {"format": "qlens-q-model", **config, "sha256": io.digest(config, data)},
        )

    @classmethod
    def load(cls, directory: str | Path) -> Transformer:
        """Rebuild from ``config.json`` and ``model.safetensors``, refusing a pair that does not belong together.

        The digest recorded at saving covers the config and the weights' bytes, so weights
        of another run and a config edited by hand (even one whose shapes still fit) are refused.
        """
        config, recorded = ModelConfig.read(directory)
        path = Path(directory) / WEIGHTS_FILE
        data = io.read_bytes(
            path, 4 * config.parameters() + 2**20, bound="more than config.json's model needs"
        )
        io.check_digest(recorded, asdict(config), data, path, CONFIG_FILE)
        model = cls(config)
        load_state(model, data, str(path))
        return model.eval()


def save_weights(module: nn.Module, path: Path) -> None:
    """``module``'s state as safetensors at ``path``, atomically (a full disk is one line naming the file)."""
    try:
        data = save_tensors({k: v.detach().contiguous() for k, v in module.state_dict().items()})
    except Exception as exc:  # safetensors reports its failures as its own error type
        raise InputError(str(path), f"cannot be written ({' '.join(str(exc).split())[:160]})") from None
    io.atomic_write_bytes(path, data)


def load_state(module: nn.Module, data: bytes, source: str) -> None:
    """Load safetensors bytes into ``module``, refusing missing, extra, mis-shaped or non-finite tensors."""
    try:
        state = load_tensors(data)
    except Exception as exc:  # safetensors raises several types for a bad file
        raise InputError(source, f"cannot read weights ({' '.join(str(exc).split())[:200]})") from None
    expected: dict[str, Any] = module.state_dict()
    missing = sorted(set(expected) - set(state))
    extra = sorted(set(state) - set(expected))
    if missing or extra:
        raise InputError(
            source, f"tensors do not match the config (missing {missing[:3]}, extra {extra[:3]})"
        )
    for name, tensor in state.items():
        if tuple(tensor.shape) != tuple(expected[name].shape):
            raise InputError(
                source,
                f"tensor {name} has shape {tuple(tensor.shape)}, config needs {tuple(expected[name].shape)}",
            )
        if tensor.is_floating_point() and not bool(torch.isfinite(tensor).all()):
            raise InputError(source, f"tensor {name} holds non-finite values")
    module.load_state_dict(state)
