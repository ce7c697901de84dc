"""The Python API on a model qlens-q has never seen: Probe -> fit_lenses -> trajectories -> check -> analyze -> save."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import torch
from probe_models import (
    CLASSES,
    Compass,
    Plain,
    batches,
    compass_data,
    compass_probe,
    plain_tokens,
    trained_compass,
)

import qlens_q
from qlens_q import qasm, simulation
from qlens_q.errors import InputError
from qlens_q.rundir import load_report
from qlens_q.trajectories import Trajectories


@pytest.fixture(scope="module")
def compass() -> Compass:
    return trained_compass()


def test_quick_start_on_an_unseen_model(compass: Compass, tmp_path: Path) -> None:
    train, _ = compass_data(400, 1)
    test, _ = compass_data(7, 2)  # two batches of 5: one full, one short (was 12 rows, three batches)
    probe = compass_probe(compass)
    lenses = probe.fit_lenses(batches(train), kind="affine", seed=0)
    traj = probe.trajectories(batches(test, 5), lenses)
    assert traj.points == ("embed", "stage0", "stage1", "final") and traj.output_names == tuple(CLASSES)
    with torch.no_grad():
        softmax = torch.softmax(compass(test).double(), -1).numpy()
    np.testing.assert_allclose(traj.at("final"), softmax, atol=1e-6)  # float32 logits, float64 softmax
    result = qlens_q.check(traj, shots=4000, seed=0)
    assert result.passed and len(result.verdicts) == 7 * 4
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
    # The same seeds give the same report, byte for byte; compared without the figures (drawn and checked
    # above), as this result's own report without them, which is the one above but for the figures' list.
    tables = result.save(tmp_path / "tables", analysis=analysis, figures=False)
    assert tables == {**report, "analysis": {k: v for k, v in report["analysis"].items() if k != "figures"}}
    qlens_q.check(traj, shots=4000, seed=0).save(
        tmp_path / "again", analysis=qlens_q.analyze(traj, seed=0, permutations=100), figures=False
    )
    assert (tmp_path / "again" / "report.json").read_bytes() == (
        tmp_path / "tables" / "report.json"
    ).read_bytes()


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
    tokens, _ = compass_data(4, 6)
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


def test_float64_and_bfloat16_models_are_read_in_their_own_dtype() -> None:
    torch.manual_seed(0)
    model = Plain().double().eval()
    x = plain_tokens()
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
        lambda: probe.trajectories(plain_tokens()),
        lambda: probe.fit_lenses(plain_tokens(), steps=1),
        lambda: probe.lens_metrics(plain_tokens(), None),
    ):
        with pytest.raises(InputError, match=message) as info:
            call()
        assert "\n" not in str(info.value)
    narrow = qlens_q.Probe(model, {"e": "emb"}, model.head, readout=lambda r, b: r[:, 0, :3])
    with pytest.raises(InputError, match="readout: returned rows of width 3 from point 'e' of width 8"):
        narrow.trajectories(plain_tokens())


def test_head_and_lenses_run_in_eval_mode_and_modes_are_restored() -> None:
    torch.manual_seed(0)
    model = Plain(dropout=0.9)
    model.train()
    model.blocks[1].eval()  # a mixed mode survives
    x = plain_tokens()
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


# ---------------------------------------------- issue 21, class 7: errors from inside torch


class PaddedEncoder(torch.nn.Module):
    """A stock nn.TransformerEncoder with a padding mask: in eval mode PyTorch runs it on nested tensors."""

    def __init__(self, nested: bool) -> None:
        super().__init__()
        torch.manual_seed(0)
        self.emb = torch.nn.Embedding(20, 16)
        layer = torch.nn.TransformerEncoderLayer(16, 2, 32, batch_first=True, dropout=0.0)
        self.enc = torch.nn.TransformerEncoder(layer, 2, enable_nested_tensor=nested)
        self.out = torch.nn.Linear(16, 3)

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        return self.out(self.enc(self.emb(input_ids), src_key_padding_mask=attention_mask == 0))


def _padded_batch() -> dict[str, torch.Tensor]:
    ids = torch.randint(1, 20, (6, 5), generator=torch.Generator().manual_seed(1))
    mask = torch.ones(6, 5, dtype=torch.long)
    mask[:3, 3:] = 0  # right padding, as the nested fast path needs
    return {"input_ids": ids, "attention_mask": mask}


@pytest.mark.filterwarnings("ignore:The PyTorch API of nested tensors")
@pytest.mark.parametrize("readout", ["mean", "last", "cls", "callable"])
def test_nested_tensor_outputs_read_as_the_dense_model_reads(readout: str) -> None:
    batch = _padded_batch()
    chosen: Any = (lambda x, b: x[:, 1]) if readout == "callable" else readout
    read = {}
    for nested in (True, False):
        model = PaddedEncoder(nested).eval()
        points = {"l0": "enc.layers.0", "l1": "enc.layers.1"}
        probe = qlens_q.Probe(model, points, head=model.out, readout=chosen)
        with torch.no_grad():  # the nested path is taken (or not) as configured
            seen: dict[str, bool] = {}

            def note(_m: Any, _i: Any, out: torch.Tensor, seen: dict[str, bool] = seen) -> None:
                seen["nested"] = out.is_nested

            handle = model.enc.layers[0].register_forward_hook(note)
            model(**batch)
            handle.remove()
        assert seen["nested"] is nested
        read[nested] = probe.trajectories(batch).probs
    assert read[True].shape == (6, 3, 3)
    np.testing.assert_allclose(read[True], read[False], atol=1e-6)  # the valid positions are the same


def test_a_head_without_a_gradient_path_is_refused_naming_head() -> None:
    model = PaddedEncoder(nested=False).eval()
    batch = _padded_batch()
    points = {"l0": "enc.layers.0"}
    for head in (lambda h: model.out(h).detach(), lambda h: model.out(h.detach()),
                 lambda h: torch.from_numpy(model.out(h).detach().numpy())):  # fmt: skip
        probe = qlens_q.Probe(model, points, head=head, readout="mean")
        with pytest.raises(InputError, match="no gradient path") as info:
            probe.fit_lenses(batch, kind="bias", steps=2)
        assert info.value.argument == "head"
    probe = qlens_q.Probe(model, points, head=model.out, readout="mean")
    assert probe.fit_lenses(batch, kind="bias", steps=2).config.points == ("l0",)  # a plain head fits


class MyOwnError(Exception):
    """An exception of the user's own type."""


def test_the_user_s_own_exceptions_from_forward_and_head_arrive_unchanged() -> None:
    model = PaddedEncoder(nested=False).eval()
    batch = _padded_batch()
    points = {"l0": "enc.layers.0"}
    error = MyOwnError("from my code")

    def raising(*_: Any) -> Any:
        raise error

    for probe in (
        qlens_q.Probe(model, points, head=model.out, readout="mean", forward=raising),
        qlens_q.Probe(model, points, head=raising, readout="mean"),
    ):
        for call in (lambda p: p.trajectories(batch), lambda p: p.fit_lenses(batch, kind="bias", steps=2)):
            with pytest.raises(MyOwnError) as info:
                call(probe)
            assert info.value is error
