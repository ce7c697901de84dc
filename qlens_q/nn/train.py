"""Training and reading the classifier: the recipe of the public notebook.

Adam with a cosine learning-rate schedule over all steps, ``epochs`` epochs of
shuffled mini-batches of ``batch_size`` (seeded), cross-entropy loss.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from tqdm import tqdm

from qlens_q.nn.hooks import capture
from qlens_q.nn.model import HOOK_POINTS, EncoderClassifier, ModelConfig


def train_classifier(
    config: ModelConfig, ids: torch.Tensor, labels: torch.Tensor, *, progress: bool = True
) -> EncoderClassifier:
    """Train a fresh :class:`EncoderClassifier` on ``ids`` (n, max_len) and ``labels`` (n,)."""
    torch.manual_seed(config.seed)
    model = EncoderClassifier(config)
    optimizer = torch.optim.Adam(model.parameters(), lr=config.learning_rate)
    steps_per_epoch = -(-ids.shape[0] // config.batch_size)
    schedule = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=config.epochs * steps_per_epoch)
    generator = torch.Generator().manual_seed(config.seed)
    model.train()
    bar = tqdm(total=config.epochs * steps_per_epoch, desc="training", disable=not progress, leave=False)
    for _ in range(config.epochs):
        order = torch.randperm(ids.shape[0], generator=generator)
        for start in range(0, ids.shape[0], config.batch_size):
            batch = order[start : start + config.batch_size]
            optimizer.zero_grad()
            loss = F.cross_entropy(model(ids[batch]), labels[batch])
            loss.backward()
            optimizer.step()
            schedule.step()
            bar.update()
            bar.set_postfix(loss=f"{loss.item():.3f}")
    bar.close()
    return model.eval()


READOUTS = ("cls", "mean")


def pool(residual: torch.Tensor, ids: torch.Tensor, readout: str) -> torch.Tensor:
    """One vector per sequence: position 0 ([CLS]) or the mean over non-padding positions."""
    if readout == "cls":
        return residual[:, 0]
    mask = (ids != 0).to(residual.dtype)[..., None]
    return (residual * mask).sum(1) / mask.sum(1)


@torch.no_grad()
def read_residuals(
    model: EncoderClassifier, ids: torch.Tensor, readout: str = "cls", batch_size: int = 512
) -> tuple[dict[str, torch.Tensor], torch.Tensor]:
    """Pooled residuals (see :func:`pool`) at every hook point but "final", and the final logits."""
    model.eval()
    points = {k: v for k, v in HOOK_POINTS.items() if k != "final"}
    chunks: dict[str, list[torch.Tensor]] = {k: [] for k in points}
    logits = []
    with capture(model, points) as store:
        for start in range(0, ids.shape[0], batch_size):
            batch = ids[start : start + batch_size]
            logits.append(model(batch))
            for k in points:
                chunks[k].append(pool(store[k], batch, readout))
    return {k: torch.cat(v) for k, v in chunks.items()}, torch.cat(logits)


def accuracy(logits: torch.Tensor, labels: torch.Tensor) -> float:
    """Fraction of argmax predictions equal to the labels."""
    return float((logits.argmax(-1) == labels).float().mean())
