"""A one-block causal language model with the classifier's shape, its training and its reading.

    ids -> token + position embeddings (embed_dim)
        -> Linear compression to d_model                       [hook "embedding": module ``compress``]
        -> x + Dropout(causal MultiheadAttention(x))            [hook "attention": module ``attention``]
        -> LayerNorm
        -> x + Dropout(MLP(x)), MLP = d_model -> d_mlp (GELU) -> d_model
        -> LayerNorm (``final_norm``)
        -> Linear unembedding to the vocabulary at every position [hook "final": module ``unembed``]

The modules are those of :class:`~qlens_q.nn.model.EncoderClassifier`
(:class:`~qlens_q.nn.model.AttentionResidual` with ``causal=True``,
:class:`~qlens_q.nn.model.MLPResidual`); the only change is the head: a
``d_model -> vocab_size`` unembedding read at every position instead of a
classifier read at ``[CLS]``. Position ``t`` sees tokens ``0..t`` (``[CLS]`` is
the beginning of text) and predicts token ``t + 1``:

    p(w_{t+1} | w_0..w_t) = softmax(unembed(final_norm(h_t)))_{w_{t+1}}.

The configuration is :class:`~qlens_q.nn.model.ModelConfig` with
``causal=True`` and ``num_classes == vocab_size`` (the output units are the
words), saved as ``config.json`` beside ``model.safetensors``; loading checks
every tensor against it.

Training: Adam on shuffled mini-batches of documents (seeded), cross-entropy of
every next word (padding excluded). The learning rate is constant, then falls
linearly to 0 over the last :data:`DECAY_FRACTION` of the steps. Measured here with
about 200 steps of 32 documents at learning rate 3e-3: held-out perplexity 43
with this schedule, 75 with the classifier's cosine schedule (at a constant rate
the perplexity falls fastest between steps 120 and 240, which a cosine schedule
spends at a low rate); 28 at 5e-3, the default. The unembedding bias starts at the log unigram
frequencies of the training targets (add-one), so step 0 is the unigram model.
Perplexity is ``exp`` of the mean cross-entropy in nats.
"""

from __future__ import annotations

import math
from pathlib import Path

import torch
import torch.nn.functional as F
from torch import nn
from tqdm import tqdm

from qlens_q.data.tokenizer import PAD
from qlens_q.errors import InputError
from qlens_q.nn.hooks import capture
from qlens_q.nn.model import (
    WEIGHTS_FILE,
    AttentionResidual,
    MLPResidual,
    ModelConfig,
    load_state,
    save_model,
)

#: Fraction of the training steps over which the learning rate falls linearly to 0 (constant before).
DECAY_FRACTION = 0.25

#: Hook point name -> module whose output is the residual stream there.
LM_HOOK_POINTS: dict[str, str] = {"embedding": "compress", "attention": "attention", "final": "unembed"}


class CausalLM(nn.Module):
    """One causal Transformer block with an unembedding to the vocabulary at every position."""

    def __init__(self, config: ModelConfig) -> None:
        super().__init__()
        if not config.causal:
            raise InputError("config causal", "a language model needs causal = true")
        if config.num_classes != config.vocab_size:
            raise InputError(
                "config num_classes",
                f"a language model predicts words: num_classes must equal vocab_size = {config.vocab_size}, "
                f"got {config.num_classes}",
            )
        self.config = config
        self.token_embedding = nn.Embedding(config.vocab_size, config.embed_dim, padding_idx=PAD)
        self.position_embedding = nn.Embedding(config.max_len, config.embed_dim)
        self.compress = nn.Linear(config.embed_dim, config.d_model)
        self.embed_drop = nn.Dropout(config.dropout)
        self.attention = AttentionResidual(config.d_model, config.num_heads, config.dropout, causal=True)
        self.attention_norm = nn.LayerNorm(config.d_model)
        self.mlp = MLPResidual(config.d_model, config.d_mlp, config.dropout)
        self.final_norm = nn.LayerNorm(config.d_model)
        self.unembed = nn.Linear(config.d_model, config.vocab_size)

    def head(self, residual: torch.Tensor) -> torch.Tensor:
        """Final LayerNorm and unembedding: what a tuned lens reuses."""
        return self.unembed(self.final_norm(residual))

    def hidden(self, ids: torch.Tensor) -> torch.Tensor:
        """The block's output after the final LayerNorm, ``(batch, length, d_model)``."""
        if ids.shape[1] > self.config.max_len:
            raise InputError("ids", f"length {ids.shape[1]} exceeds max_len = {self.config.max_len}")
        positions = torch.arange(ids.shape[1], device=ids.device)
        x = self.token_embedding(ids) + self.position_embedding(positions)[None]
        x = self.embed_drop(self.compress(x))
        x = self.attention_norm(self.attention(x, ids == PAD))
        return self.final_norm(self.mlp(x))

    def forward(self, ids: torch.Tensor) -> torch.Tensor:
        """Next-word logits ``(batch, length, vocab_size)`` from token ids ``(batch, length)``."""
        return self.unembed(self.hidden(ids))

    def save(self, directory: str | Path) -> None:
        """``config.json`` and ``model.safetensors`` (atomically) into ``directory``."""
        save_model(self, self.config, directory)

    @classmethod
    def load(cls, directory: str | Path) -> CausalLM:
        """Rebuild from ``config.json`` and check every tensor of ``model.safetensors`` against it."""
        config = ModelConfig.load(directory)
        try:
            model = cls(config)
        except InputError as exc:
            raise InputError(str(Path(directory) / "config.json"), exc.problem) from None
        load_state(model, Path(directory) / WEIGHTS_FILE)
        return model.eval()


def next_word_loss(logits: torch.Tensor, ids: torch.Tensor) -> torch.Tensor:
    """Mean cross-entropy (nats) of ``ids[:, 1:]`` under ``logits[:, :-1]``, padding targets excluded."""
    targets = ids[:, 1:]
    return F.cross_entropy(
        logits[:, :-1].reshape(-1, logits.shape[-1]), targets.reshape(-1), ignore_index=PAD
    )


def train_lm(config: ModelConfig, ids: torch.Tensor, *, progress: bool = True) -> CausalLM:
    """Train a fresh :class:`CausalLM` on documents ``ids`` (n, max_len), ``[CLS]`` first, padded."""
    torch.manual_seed(config.seed)
    model = CausalLM(config)
    with torch.no_grad():  # start from the unigram distribution of the next words (add-one)
        counts = torch.bincount(ids[:, 1:][ids[:, 1:] != PAD], minlength=config.vocab_size).double() + 1.0
        model.unembed.bias.copy_((counts / counts.sum()).log().float())
    optimizer = torch.optim.Adam(model.parameters(), lr=config.learning_rate)
    steps_per_epoch = -(-ids.shape[0] // config.batch_size)
    total = config.epochs * steps_per_epoch
    decay = max(1.0, DECAY_FRACTION * total)
    schedule = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda step: min(1.0, (total - step) / decay))
    generator = torch.Generator().manual_seed(config.seed)
    model.train()
    bar = tqdm(total=total, desc="training LM", disable=not progress, leave=False)
    for _ in range(config.epochs):
        order = torch.randperm(ids.shape[0], generator=generator)
        for start in range(0, ids.shape[0], config.batch_size):
            batch = ids[order[start : start + config.batch_size]]
            batch = batch[:, : int((batch != PAD).sum(1).max())]  # drop all-padding columns
            optimizer.zero_grad()
            # next_word_loss, with the unembedding applied only where the next token is a word
            targets = batch[:, 1:]
            words = targets != PAD
            loss = F.cross_entropy(model.unembed(model.hidden(batch)[:, :-1][words]), targets[words])
            loss.backward()
            optimizer.step()
            schedule.step()
            bar.update()
            bar.set_postfix(loss=f"{loss.item():.3f}")
    bar.close()
    return model.eval()


@torch.no_grad()
def perplexity(model: CausalLM, ids: torch.Tensor, batch_size: int = 256) -> float:
    """``exp(mean cross-entropy)`` over every non-padding next word of ``ids``."""
    model.eval()
    total, count = 0.0, 0
    for start in range(0, ids.shape[0], batch_size):
        batch = ids[start : start + batch_size]
        n = int((batch[:, 1:] != PAD).sum())
        total += float(next_word_loss(model(batch), batch)) * n
        count += n
    if count == 0:
        raise InputError("ids", "holds no word to predict")
    return math.exp(total / count)


@torch.no_grad()
def read_positions(
    model: CausalLM, ids: torch.Tensor, positions: torch.Tensor, batch_size: int = 256
) -> tuple[dict[str, torch.Tensor], torch.Tensor]:
    """Residuals at the hook points and final logits at chosen positions.

    ``positions`` is ``(m, 2)``: rows ``(document, t)``. Returns ``{point: (m, d_model)}``
    for every hook point but "final", and the logits ``(m, vocab_size)`` that
    predict token ``t + 1`` of each document.
    """
    model.eval()
    points = {k: v for k, v in LM_HOOK_POINTS.items() if k != "final"}
    m, d_model = positions.shape[0], model.config.d_model
    residuals = {k: torch.zeros(m, d_model) for k in points}
    logits = torch.zeros(m, model.config.vocab_size)
    docs = positions[:, 0]
    with capture(model, points) as store:
        for start in range(0, ids.shape[0], batch_size):
            stop = min(start + batch_size, ids.shape[0])
            rows = ((docs >= start) & (docs < stop)).nonzero().flatten()
            if rows.numel() == 0:
                continue
            batch = ids[start:stop]
            batch = batch[:, : int(positions[rows, 1].max()) + 1]  # causal: later tokens change nothing
            batch_logits = model(batch)
            d, t = docs[rows] - start, positions[rows, 1]
            logits[rows] = batch_logits[d, t]
            for k in points:
                residuals[k][rows] = store[k][d, t]
    return residuals, logits


def word_positions(ids: torch.Tensor) -> torch.Tensor:
    """Every position ``(document, t)`` whose next token ``t + 1`` is a word (not padding), in order."""
    return (ids[:, 1:] != PAD).nonzero()
