"""Tuned lenses over the vocabulary: :class:`~qlens_q.nn.lens.TunedLens` trained by mini-batches.

The lens is the classifier's (:mod:`qlens_q.nn.lens`): at hook point ``l`` the
residual ``h_l`` at a position becomes

    bias lens:    p_l = softmax(unembed(final_norm(h_l + b_l)))
    affine lens:  p_l = softmax(unembed(final_norm(A_l h_l + b_l)))   (A_l starts at I)

over the ``V`` words, trained to minimise ``KL(p_final || p_l)`` averaged over
positions. With ``V = 4096`` a full batch of every training position would
hold ``positions x V`` logits, so the pipeline caches the residuals and final
logits of about :data:`LENS_SAMPLE` training positions (every position of
training documents drawn at random, seeded) and :func:`train_lm_lens` runs
``config.steps`` Adam steps on mini-batches of ``batch_size`` of them. The
model is frozen; only the lens' ``d_model`` bias (and ``A``) learn.

:func:`lm_lens_metrics` reports, per hook point and over held-out positions in
chunks: the tuned lens' mean ``KL(final || lens)`` in nats and its top-1
agreement with the model, and the same for the *identity* lens (``b = 0``,
``A = I``: the model's head read directly, the "logit lens"), the reference a
tuned lens must beat.
"""

from __future__ import annotations

from collections.abc import Mapping

import torch
from tqdm import tqdm

from qlens_q.errors import InputError
from qlens_q.nn.lens import LensConfig, TunedLens, kl_final_lens
from qlens_q.nn.lm import CausalLM

#: Training positions whose residuals are cached for the lens.
LENS_SAMPLE = 8192
#: Positions per Adam step (measured on the default run: 200 steps of 256 give the held-out KL of
#: 200 or 400 steps of 512 to 1e-3, in half / a quarter of the time).
LENS_BATCH = 256
#: Positions per chunk when scoring (bounds memory at ``chunk x V`` logits).
METRIC_CHUNK = 2048


def train_lm_lens(
    model: CausalLM,
    residuals: Mapping[str, torch.Tensor],
    final_logits: torch.Tensor,
    config: LensConfig,
    *,
    batch_size: int = LENS_BATCH,
    progress: bool = True,
) -> TunedLens:
    """Fit every lens with mini-batch Adam on cached residuals (rows: positions); the model stays frozen."""
    if final_logits.shape[0] < 1:
        raise InputError("residuals", "no positions to train the lens on")
    torch.manual_seed(config.seed)
    generator = torch.Generator().manual_seed(config.seed)
    lens = TunedLens(config, model.config.d_model)
    model.eval()
    for p in model.parameters():
        p.requires_grad_(False)
    target = final_logits.detach()
    n = target.shape[0]
    try:
        bar = tqdm(total=config.steps * len(config.points), desc="lenses", disable=not progress, leave=False)
        for point in config.points:
            params = [lens.bias[point], *(lens.linear[point].parameters() if point in lens.linear else [])]
            optimizer = torch.optim.Adam(params, lr=config.learning_rate)
            h = residuals[point].detach()
            for _ in range(config.steps):
                rows = torch.randint(n, (min(batch_size, n),), generator=generator)
                optimizer.zero_grad()
                loss = kl_final_lens(target[rows], lens.logits(model, point, h[rows]))
                loss.backward()
                optimizer.step()
                bar.update()
        bar.close()
    finally:
        for p in model.parameters():
            p.requires_grad_(True)
    return lens.eval()


@torch.no_grad()
def lm_lens_metrics(
    model: CausalLM,
    lens: TunedLens,
    residuals: Mapping[str, torch.Tensor],
    final_logits: torch.Tensor,
    chunk: int = METRIC_CHUNK,
) -> dict[str, dict[str, float]]:
    """Per hook point: mean ``KL(final || lens)``, top-1 agreement, and both for the identity lens."""
    n = final_logits.shape[0]
    if n < 1:
        raise InputError("residuals", "no positions to score the lens on")
    out = {}
    for point in lens.config.points:
        sums = {"kl": 0.0, "agreement": 0.0, "kl_identity": 0.0, "agreement_identity": 0.0}
        for start in range(0, n, chunk):
            final = final_logits[start : start + chunk]
            h = residuals[point][start : start + chunk]
            m = final.shape[0]
            top = final.argmax(-1)
            for suffix, logits in (("", lens.logits(model, point, h)), ("_identity", model.head(h))):
                sums[f"kl{suffix}"] += float(kl_final_lens(final, logits)) * m
                sums[f"agreement{suffix}"] += float((logits.argmax(-1) == top).sum())
        out[point] = {key: value / n for key, value in sums.items()}
    return out
