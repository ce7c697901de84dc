"""Training and scoring the toy Transformer (:mod:`qlens_q.nn.transformer`).

**Classifier** (the public notebook's recipe): Adam with a cosine learning-rate
schedule over all steps, ``epochs`` epochs of shuffled mini-batches of
``batch_size`` (seeded), cross-entropy loss.

**Language model**: Adam on shuffled mini-batches of documents (seeded),
cross-entropy of every next word (padding excluded). The learning rate is
constant, then falls linearly to 0 over the last :data:`DECAY_FRACTION` of the
steps. Measured here with about 200 steps of 32 documents at learning rate 3e-3:
held-out perplexity 43 with this schedule, 75 with the classifier's cosine
schedule (at a constant rate the perplexity falls fastest between steps 120 and
240, which a cosine schedule spends at a low rate); 28 at 5e-3, the task's
default. The unembedding bias starts at the log unigram frequencies of the
training targets (add-one), so step 0 is the unigram model. The task computes
perplexity, ``exp`` of the mean next-word cross-entropy in nats
(:func:`qlens_q.tasks.next_word.cross_entropy`).
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from tqdm import tqdm

from qlens_q.errors import InputError
from qlens_q.nn.transformer import ModelConfig, Transformer
from qlens_q.vocab import PAD

#: Fraction of the LM's training steps over which the learning rate falls linearly to 0.
DECAY_FRACTION = 0.25


def train_classifier(
    config: ModelConfig,
    ids: torch.Tensor,
    labels: torch.Tensor,
    *,
    model: Transformer | None = None,
    progress: bool = True,
) -> Transformer:
    """Train a classifier on ``ids`` (n, max_len) and ``labels`` (n,): ``model``, or a fresh one seeded
    with ``config.seed`` (a given model continues torch's random stream as it is).

    Parameters that do not require gradients (frozen embeddings) are left as they are.
    """
    if model is None:
        torch.manual_seed(config.seed)
        model = Transformer(config)
    optimizer = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=config.learning_rate)
    steps_per_epoch = -(-ids.shape[0] // config.batch_size)
    schedule = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=config.epochs * steps_per_epoch)
    generator = torch.Generator().manual_seed(config.seed)
    model.train()
    bar = tqdm(total=config.epochs * steps_per_epoch, desc="training", disable=not progress, leave=False)
    for _ in range(config.epochs):
        order = torch.randperm(ids.shape[0], generator=generator)
        for start in range(0, ids.shape[0], config.batch_size):
            batch = order[start : start + config.batch_size]
            rows = ids[batch]
            rows = rows[:, : int((rows != PAD).sum(1).max())]  # trailing padding changes nothing at [CLS]
            optimizer.zero_grad()
            loss = F.cross_entropy(model(rows, first_only=True), labels[batch])
            loss.backward()
            optimizer.step()
            schedule.step()
            bar.update()
            bar.set_postfix(loss=f"{loss.item():.3f}")
    bar.close()
    return model.eval()


def train_lm(config: ModelConfig, ids: torch.Tensor, *, progress: bool = True) -> Transformer:
    """Train a fresh language model on documents ``ids`` (n, max_len), ``[CLS]`` first, padded."""
    if not config.causal:
        raise InputError("config causal", "a language model needs causal = true")
    torch.manual_seed(config.seed)
    model = Transformer(config)
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
            # the unembedding is applied only where the next token is a word
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


def accuracy(logits: torch.Tensor, labels: torch.Tensor) -> float:
    """Fraction of argmax predictions equal to the labels."""
    return float((logits.argmax(-1) == labels).float().mean())
