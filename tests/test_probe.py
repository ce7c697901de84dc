"""The Python API on a model qlens-q has never seen: Probe -> fit_lenses -> trajectories -> check -> analyze -> save."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import torch
from torch import nn

import qlens_q
from qlens_q import qasm, simulation
from qlens_q.errors import InputError
from qlens_q.nn.lenses import Lenses
from qlens_q.rundir import load_report
from qlens_q.trajectories import Trajectories

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


def _data(n: int, seed: int) -> tuple[torch.Tensor, torch.Tensor]:
    g = torch.Generator().manual_seed(seed)
    tokens = torch.randint(1, 40, (n, 10), generator=g)
    tokens[:, 7:] *= (torch.rand(n, 3, generator=g) < 0.5).long()  # some padding at the end
    return tokens, (tokens % 5).sum(1) % 5


@pytest.fixture(scope="module")
def compass() -> Compass:
    torch.manual_seed(0)
    model = Compass()
    tokens, labels = _data(600, 0)
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(120):
        optimizer.zero_grad()
        nn.functional.cross_entropy(model(tokens), labels).backward()
        optimizer.step()
    return model.eval()


def _batches(tokens: torch.Tensor, size: int = 100) -> list[dict[str, torch.Tensor]]:
    return [
        {"tokens": tokens[i : i + size], "mask": (tokens[i : i + size] != 0).long()}
        for i in range(0, len(tokens), size)
    ]


def _readout(residual: torch.Tensor, batch: Mapping[str, torch.Tensor]) -> torch.Tensor:
    m = batch["mask"].float()[..., None]
    return (residual * m).sum(1) / m.sum(1)


def _probe(model: Compass) -> qlens_q.Probe:
    return qlens_q.Probe(
        model,
        points={"embed": "lookup", "stage0": "trunk.stage0", "stage1": "trunk.stage1"},
        head=lambda h: model.readout_layer(model.final_ln(h)),
        readout=_readout,
        output_names=CLASSES,
    )


def test_quick_start_on_an_unseen_model(compass: Compass, tmp_path: Path) -> None:
    train, _ = _data(400, 1)
    test, _ = _data(12, 2)
    probe = _probe(compass)
    lenses = probe.fit_lenses(_batches(train), kind="affine", seed=0)
    traj = probe.trajectories(_batches(test, 5), lenses)
    assert traj.points == ("embed", "stage0", "stage1", "final") and traj.output_names == tuple(CLASSES)
    with torch.no_grad():
        softmax = torch.softmax(compass(test).double(), -1).numpy()
    np.testing.assert_allclose(traj.at("final"), softmax, atol=1e-6)  # float32 logits, float64 softmax
    result = qlens_q.check(traj, shots=4000, seed=0)
    assert result.passed and len(result.verdicts) == 12 * 4
    assert {(v.example, v.circuit) for v in result.verdicts} == {
        (i, c) for i in traj.ids for c in ("stage0", "stage1", "final", "trajectory")
    }
    analysis = qlens_q.analyze(traj, seed=0, permutations=100)
    report = result.save(tmp_path / "mine", analysis=analysis)
    assert report["summary"]["failed"] == 0 and load_report(tmp_path / "mine") == report
    assert Trajectories.load(tmp_path / "mine") == traj
    for k, example in enumerate(report["examples"]):
        text = (tmp_path / "mine" / example["circuits"]["trajectory"]).read_text()
        circuit = simulation.prepare(qasm.loads(text))
        born = simulation.exact_probabilities([circuit])[0][: len(CLASSES)]
        np.testing.assert_allclose(born, traj.at("final")[k], atol=1e-9)  # the file gives the model's softmax
    for figure in report["analysis"]["figures"]:
        assert (tmp_path / "mine" / figure["path"]).is_file()
    qlens_q.check(traj, shots=4000, seed=0).save(
        tmp_path / "again", analysis=qlens_q.analyze(traj, seed=0, permutations=100)
    )
    assert (tmp_path / "again" / "report.json").read_bytes() == (
        tmp_path / "mine" / "report.json"
    ).read_bytes()


def test_lenses_beat_the_identity_lens_and_leave_the_model_as_it_was(
    compass: Compass, tmp_path: Path
) -> None:
    train, _ = _data(400, 1)
    probe = _probe(compass)
    compass.train()
    compass.lookup.weight.requires_grad_(False)
    compass.zero_grad(set_to_none=True)
    try:
        lenses = probe.fit_lenses(_batches(train), kind="bias", seed=3, steps=100)
        assert compass.training and not compass.lookup.weight.requires_grad  # flags and mode as they were
        assert compass.readout_layer.weight.requires_grad and compass.readout_layer.weight.grad is None
    finally:
        compass.lookup.weight.requires_grad_(True)
        compass.eval()
    metrics = probe.lens_metrics(_batches(train), lenses)
    for point in ("embed", "stage0", "stage1"):
        assert 0 <= metrics[point]["kl"] < metrics[point]["kl_identity"]
    streamed = probe.lens_metrics(iter(_batches(train, 37)), lenses)
    for point, values in metrics.items():
        for key, value in values.items():
            assert streamed[point][key] == pytest.approx(value, rel=1e-5, abs=1e-6)
    lenses.save(tmp_path)
    again = Lenses.load(tmp_path)
    for key, tensor in lenses.state_dict().items():
        assert torch.equal(tensor, again.state_dict()[key])
    saved = json.loads((tmp_path / "lens.json").read_text())
    assert saved["kind"] == "bias" and saved["readout"] == "custom"
    (tmp_path / "other").mkdir()
    probe.fit_lenses(_batches(train), kind="bias", seed=4, steps=5).save(tmp_path / "other")
    (tmp_path / "other" / "lens.safetensors").replace(tmp_path / "lens.safetensors")
    with pytest.raises(InputError, match="sha256"):
        Lenses.load(tmp_path)


def test_readouts_and_hook_locations(compass: Compass) -> None:
    tokens, _ = _data(6, 5)
    batch = {"tokens": tokens, "mask": (tokens != 0).long(), "attention_mask": (tokens != 0).long()}
    with torch.no_grad():
        embedded = compass.lookup(tokens)
    head = lambda h: compass.readout_layer(compass.final_ln(h))  # noqa: E731
    mask = (tokens != 0).float()[..., None]
    last = (tokens != 0).long().cumsum(1).argmax(1)
    expected = {
        "cls": embedded[:, 0],
        "mean": (embedded * mask).sum(1) / mask.sum(1),
        "last": embedded[torch.arange(6), last],
    }
    forward = lambda m, b: m(b["tokens"], b["mask"])  # noqa: E731
    for readout, rows in expected.items():
        probe = qlens_q.Probe(compass, {"embed": "lookup"}, head, readout=readout, forward=forward)
        cached = probe.cache(batch)
        torch.testing.assert_close(cached.residuals["embed"], rows)
    # a module's input is the previous module's output; a tuple output gives its first element
    probe = qlens_q.Probe(compass, {"out0": "trunk.stage0", "in1": "trunk.stage1:input"}, head, readout="mean",
                          forward=forward)  # fmt: skip
    cached = probe.cache([batch])
    torch.testing.assert_close(cached.residuals["out0"], cached.residuals["in1"])


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"points": {}}, "at least one hook point"),
        ({"points": {"a": "trunk.nowhere"}}, "no module 'trunk.nowhere'"),
        ({"points": {"final": "lookup"}}, "bad point name"),
        ({"points": {"a b": "lookup"}}, "bad point name"),
        ({"readout": "first"}, "unknown readout"),
        ({"head": "not callable"}, "callable"),
        ({"sublayers": ["x", "y"]}, "needs 1 names"),
    ],
)
def test_probe_refuses_bad_arguments(compass: Compass, kwargs: dict[str, Any], message: str) -> None:
    args: dict[str, Any] = {"points": {"a": "lookup"}, "head": compass.readout_layer, **kwargs}
    with pytest.raises(InputError, match=message):
        qlens_q.Probe(compass, **args)


def test_reading_refuses_what_does_not_fit(compass: Compass) -> None:
    tokens, _ = _data(4, 6)
    head = lambda h: compass.readout_layer(compass.final_ln(h))  # noqa: E731
    named = qlens_q.Probe(compass, {"a": "lookup"}, head, readout="mean", output_names=["x", "y"])
    with pytest.raises(InputError, match="2 names for 5 outputs"):
        named.cache(tokens)
    rows = qlens_q.Probe(
        compass, {"a": "lookup"}, head, readout=lambda r, b: r[:, :2].reshape(-1, r.shape[-1])
    )
    with pytest.raises(InputError, match="gives 8 rows, the logits 4"):
        rows.cache(tokens)
    with pytest.raises(InputError, match="are empty"):
        rows.cache([])
    with pytest.raises(InputError, match="lens kind"):
        named.fit_lenses(tokens, kind="quadratic")


def test_stats_and_plotting_import_neither_torch_nor_the_pipeline() -> None:
    code = (
        "import sys, qlens_q, qlens_q.stats, qlens_q.plotting, qlens_q.report, qlens_q.rundir; "
        "bad = sorted(m for m in sys.modules if m == 'torch' or m.startswith(('qlens_q.pipeline', 'qlens_q.nn', "
        "'qlens_q.tasks'))); print(bad); sys.exit(1 if bad else 0)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_classifier_training_shortcut_gives_the_same_logits() -> None:
    """``first_only`` runs the MLP at [CLS] alone; the logits must equal the full pass's."""
    from qlens_q.nn.transformer import ModelConfig, Transformer

    torch.manual_seed(0)
    model = Transformer(
        ModelConfig(vocab_size=50, max_len=12, d_model=16, d_mlp=32, num_heads=2, embed_dim=16)
    ).eval()
    ids = torch.randint(2, 50, (5, 12))
    ids[:, 9:] = 0  # padding
    full = model(ids)
    short = model(ids, first_only=True)
    assert full.shape == short.shape == (5, model.config.num_classes)
    assert torch.allclose(full, short, atol=1e-6)
    assert model.hidden(ids).shape == (5, 12, 16)  # a probe still sees every position
