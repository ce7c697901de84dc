"""Small models qlens-q has never seen, shared by the Probe, lens and hook tests.

``Compass`` has its own module names and a block returning a tuple; ``Plain`` is a tensor model
with a ``head`` method (optionally with dropout in it). Data are seeded.
"""

from __future__ import annotations

from collections.abc import Mapping

import torch
from torch import nn

import qlens_q

CLASSES = ["north", "east", "south", "west", "centre"]


class Residual(nn.Module):
    """A block returning a tuple, as many libraries do: ``(h + f(h), extra)``."""

    def __init__(self, d: int) -> None:
        super().__init__()
        self.ff = nn.Sequential(nn.Linear(d, 2 * d), nn.GELU(), nn.Linear(2 * d, d))
        self.norm = nn.LayerNorm(d)

    def forward(self, h: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        out = h + self.ff(self.norm(h))
        return out, out.abs().mean()


class Compass(nn.Module):
    """Tokens -> embeddings -> three residual blocks -> pooled -> five classes; its own names throughout."""

    def __init__(self, vocab: int = 40, d: int = 24) -> None:
        super().__init__()
        self.lookup = nn.Embedding(vocab, d, padding_idx=0)
        self.trunk = nn.ModuleDict({f"stage{i}": Residual(d) for i in range(3)})
        self.final_ln = nn.LayerNorm(d)
        self.readout_layer = nn.Linear(d, len(CLASSES))

    def forward(self, tokens: torch.Tensor, mask: torch.Tensor | None = None) -> torch.Tensor:
        h = self.lookup(tokens)
        for block in self.trunk.values():
            h, _ = block(h)
        m = (tokens != 0).float() if mask is None else mask.float()
        pooled = (h * m[..., None]).sum(1) / m.sum(1, keepdim=True)
        return self.readout_layer(self.final_ln(pooled))


def compass_data(n: int, seed: int) -> tuple[torch.Tensor, torch.Tensor]:
    """``n`` seeded token rows of length 10 (some padded at the end) and their labels."""
    g = torch.Generator().manual_seed(seed)
    tokens = torch.randint(1, 40, (n, 10), generator=g)
    tokens[:, 7:] *= (torch.rand(n, 3, generator=g) < 0.5).long()  # some padding at the end
    return tokens, (tokens % 5).sum(1) % 5


def trained_compass() -> Compass:
    """A Compass trained for 120 seeded Adam steps on 600 rows, in eval mode."""
    torch.manual_seed(0)
    model = Compass()
    tokens, labels = compass_data(600, 0)
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(120):
        optimizer.zero_grad()
        nn.functional.cross_entropy(model(tokens), labels).backward()
        optimizer.step()
    return model.eval()


def batches(tokens: torch.Tensor, size: int = 100) -> list[dict[str, torch.Tensor]]:
    """``tokens`` as batches of ``size`` rows with a ``mask`` of the non-padding positions."""
    return [
        {"tokens": tokens[i : i + size], "mask": (tokens[i : i + size] != 0).long()}
        for i in range(0, len(tokens), size)
    ]


def mean_readout(residual: torch.Tensor, batch: Mapping[str, torch.Tensor]) -> torch.Tensor:
    """The masked mean over positions: a callable readout."""
    m = batch["mask"].float()[..., None]
    return (residual * m).sum(1) / m.sum(1)


def compass_probe(model: Compass) -> qlens_q.Probe:
    """Three hook points of ``model`` read through its own head, with :func:`mean_readout`."""
    return qlens_q.Probe(
        model,
        points={"embed": "lookup", "stage0": "trunk.stage0", "stage1": "trunk.stage1"},
        head=lambda h: model.readout_layer(model.final_ln(h)),
        readout=mean_readout,
        output_names=CLASSES,
    )


class Plain(nn.Module):
    """A tensor model with pooled logits ``(batch, N)``; ``head`` reads a residual row."""

    def __init__(self, d: int = 8, n_out: int = 3, dropout: float = 0.0) -> None:
        super().__init__()
        self.emb = nn.Embedding(20, d)
        self.blocks = nn.ModuleList(
            nn.Sequential(nn.LayerNorm(d), nn.Linear(d, d), nn.Tanh()) for _ in range(2)
        )
        self.drop = nn.Dropout(dropout)
        self.unembed = nn.Linear(d, n_out)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.emb(x)
        for block in self.blocks:
            h = h + block(h)
        return self.unembed(h.mean(1))

    def head(self, h: torch.Tensor) -> torch.Tensor:
        return self.unembed(self.drop(h))


def plain_tokens(n: int = 6, seed: int = 0) -> torch.Tensor:
    """``n`` seeded rows of 5 tokens below 20."""
    return torch.randint(0, 20, (n, 5), generator=torch.Generator().manual_seed(seed))
