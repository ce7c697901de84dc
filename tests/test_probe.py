"""The Python API on a model qlens-q has never seen: Probe -> fit_lenses -> trajectories -> check -> analyze -> save."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable, Mapping
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


def _tokens(n: int = 6, seed: int = 0) -> torch.Tensor:
    return torch.randint(0, 20, (n, 5), generator=torch.Generator().manual_seed(seed))


def test_float64_and_bfloat16_models_are_read_in_their_own_dtype() -> None:
    torch.manual_seed(0)
    model = Plain().double().eval()
    x = _tokens()
    probe = qlens_q.Probe(model, {"e": "emb", "b0": "blocks.0"}, model.head, readout="mean")
    lenses = probe.fit_lenses([x], kind="affine", steps=5)
    assert lenses.bias["point0"].dtype == torch.float64
    traj = probe.trajectories([x], lenses)
    with torch.no_grad():
        softmax = torch.softmax(model(x), -1).numpy()
    np.testing.assert_allclose(traj.at("final"), softmax, rtol=0, atol=1e-12)
    half = Plain().to(torch.bfloat16).eval()
    probe = qlens_q.Probe(half, {"e": "emb", "b0": "blocks.0"}, half.head, readout="mean")
    lenses = probe.fit_lenses([x], kind="bias", steps=5)
    assert lenses.bias["point0"].dtype == torch.float32  # a bfloat16 lens could not learn
    traj = probe.trajectories([x], lenses)
    assert traj.probs.shape == (6, 3, 3) and np.isfinite(traj.lens["e"]["kl"])


@pytest.mark.parametrize(
    ("head", "message"),
    [
        (lambda m: lambda h: m.head(h)[:, :2], r"returned shape \(6, 2\) for 6 rows; .* need \(6, 3\)"),
        (lambda m: lambda h: m.head(h)[:, 0], r"returned shape \(6,\)"),
        (lambda m: lambda h: m.head(h)[:, None], r"returned shape \(6, 1, 3\)"),
        (lambda m: lambda h: m.head(h)[:2], r"returned shape \(2, 3\) for 6 rows"),
        (lambda m: lambda h: m.head(h).detach().numpy(), "must return a torch.Tensor of logits, got ndarray"),
    ],
)
def test_a_head_of_the_wrong_shape_is_refused_wherever_it_is_called(
    head: Callable[[Plain], Any], message: str
) -> None:
    model = Plain().eval()
    probe = qlens_q.Probe(model, {"e": "emb"}, head(model), readout="mean")
    for call in (
        lambda: probe.trajectories(_tokens()),
        lambda: probe.fit_lenses(_tokens(), steps=1),
        lambda: probe.lens_metrics(_tokens(), None),
    ):
        with pytest.raises(InputError, match=message) as info:
            call()
        assert "\n" not in str(info.value)
    narrow = qlens_q.Probe(model, {"e": "emb"}, model.head, readout=lambda r, b: r[:, 0, :3])
    with pytest.raises(InputError, match="readout: returned rows of width 3 from point 'e' of width 8"):
        narrow.trajectories(_tokens())


def test_lenses_of_another_width_or_readout_function_are_refused(tmp_path: Path) -> None:
    model, wide = Plain().eval(), Plain(d=12).eval()
    x = _tokens()
    lenses = qlens_q.Probe(wide, {"e": "emb"}, wide.head, readout="mean").fit_lenses(x, steps=1)
    probe = qlens_q.Probe(model, {"e": "emb"}, model.head, readout="mean")
    for call in (lambda: probe.trajectories(x, lenses), lambda: probe.lens_metrics(x, lenses)):
        with pytest.raises(InputError, match="width 12, the probe reads 8"):
            call()

    def first(r: torch.Tensor, b: Any) -> torch.Tensor:
        return r[:, 0]

    def last(r: torch.Tensor, b: Any) -> torch.Tensor:
        return r[:, -1]

    fitted = qlens_q.Probe(model, {"e": "emb"}, model.head, readout=first).fit_lenses(x, steps=1)
    other = qlens_q.Probe(model, {"e": "emb"}, model.head, readout=last)
    with pytest.raises(InputError, match=r"another readout function \(.*first\)"):
        other.trajectories(x, fitted)
    qlens_q.Probe(model, {"e": "emb"}, model.head, readout=first).trajectories(x, fitted)  # the same function
    fitted.save(tmp_path)
    other.trajectories(x, Lenses.load(tmp_path))  # a file records only "custom"


class Shared(nn.Module):
    """One block applied three times (ALBERT-style) and a block called by keyword only."""

    def __init__(self, d: int = 8) -> None:
        super().__init__()
        self.emb = nn.Embedding(20, d)
        self.block = nn.Linear(d, d)
        self.kw = Keyword(d)
        self.out = nn.Linear(d, 3)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.emb(x)
        for _ in range(3):
            h = h + torch.tanh(self.block(h))
        return self.out(self.kw(hidden_states=h).mean(1))


class Keyword(nn.Module):
    def __init__(self, d: int) -> None:
        super().__init__()
        self.lin = nn.Linear(d, d)

    def forward(self, hidden_states: torch.Tensor) -> torch.Tensor:
        return hidden_states + self.lin(hidden_states)


def test_a_module_called_several_times_needs_a_chosen_call_and_keyword_inputs_are_read() -> None:
    model = Shared().eval()
    x = _tokens()
    with pytest.raises(
        InputError, match=r"'blk' \(block\) ran 3 times in one forward pass; name one call: block@1"
    ):
        qlens_q.Probe(model, {"blk": "block"}, model.out, readout="mean").trajectories(x)
    seen: list[torch.Tensor] = []
    model.block.register_forward_hook(lambda m, i, o: seen.append(o.detach()))
    cached = qlens_q.Probe(model, {"a": "block@1", "c": "block@3"}, model.out, readout="mean").cache(x)
    torch.testing.assert_close(cached.residuals["a"], seen[0].mean(1))
    torch.testing.assert_close(cached.residuals["c"], seen[2].mean(1))
    with pytest.raises(InputError, match="ran 3 times in one forward pass, not 4"):
        qlens_q.Probe(model, {"d": "block@4"}, model.out, readout="mean").cache(x)
    both = qlens_q.Probe(model, {"into": "kw:input", "out": "kw"}, model.out, readout="mean").cache(x)
    into = both.residuals["into"]
    torch.testing.assert_close(both.residuals["out"], into + model.kw.lin(into))


def test_head_and_lenses_run_in_eval_mode_and_modes_are_restored() -> None:
    torch.manual_seed(0)
    model = Plain(dropout=0.9)
    model.train()
    model.blocks[1].eval()  # a mixed mode survives
    x = _tokens()
    probe = qlens_q.Probe(model, {"e": "emb", "b0": "blocks.0"}, model.head, readout="mean")
    first, again = probe.trajectories(x), probe.trajectories(x)
    np.testing.assert_array_equal(first.probs, again.probs)  # no dropout in the head
    assert probe.fit_lenses(x, steps=2) is not None and probe.lens_metrics(x, None)
    assert model.training and model.drop.training and not model.blocks[1].training


def test_points_named_like_reserved_circuits_and_string_output_names_are_refused() -> None:
    model = Plain()
    with pytest.raises(InputError, match="bad point name 'trajectory'"):
        qlens_q.Probe(model, {"trajectory": "emb"}, model.head)
    with pytest.raises(InputError, match="output_names: must be a list of names, got str"):
        qlens_q.Probe(model, {"e": "emb"}, model.head, output_names="abc")


def test_analyze_takes_the_verdicts_and_save_refuses_an_analysis_of_other_trajectories(
    tmp_path: Path,
) -> None:
    probs = np.random.default_rng(0).dirichlet(np.ones(2), size=(3, 3))
    traj = Trajectories(probs, ["a", "b", "final"])
    result = qlens_q.check(traj, shots=500, seed=0)
    plain = qlens_q.analyze(traj, seed=0, permutations=20).to_dict()
    with_verdicts = qlens_q.analyze(traj, seed=0, permutations=20, verdicts=result.verdicts).to_dict()
    assert "crosscheck" not in plain
    passed = {
        c: sum(v.passed for v in result.verdicts if v.circuit == c) for c in ("b", "final", "trajectory")
    }
    assert with_verdicts["crosscheck"] == {
        c: {"circuits": 3, "passed": n, "pass_rate": n / 3} for c, n in passed.items()
    }
    json.dumps(with_verdicts)  # JSON-ready
    with_verdicts.pop("crosscheck"), plain.pop("seconds"), with_verdicts.pop("seconds")
    assert json.dumps(with_verdicts) == json.dumps(plain)
    for verdicts, message in (
        ([object()], "a verdict of circuit None"),
        ("passed", "must be a list of Verdicts"),
    ):
        with pytest.raises(InputError, match=message):
            qlens_q.analyze(traj, verdicts=verdicts)  # type: ignore[arg-type]
    other = qlens_q.analyze(Trajectories(probs[:2], ["a", "b", "final"]), seed=0, permutations=20)
    renamed = qlens_q.analyze(Trajectories(probs, ["a", "x", "final"]), seed=0, permutations=20)
    for analysis, message in (
        (other, "examples 2, these have 3"),
        (renamed, "points"),
        ({"format": "mine"}, "is not a qlens-q-analysis"),
        ({**plain, "layers": {}}, "one 'layers' entry per sub-layer"),
    ):
        with pytest.raises(InputError, match=message) as info:
            result.save(tmp_path / "run", analysis=analysis)
        assert "\n" not in str(info.value) and not (tmp_path / "run").exists()
