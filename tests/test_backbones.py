"""Task x Backbone: the registries, the pairs that work (toy, BERT-family, GPT-2, your own Probe), the ones refused.

Models are tiny and built in the test from configs (nothing is downloaded).
"""

from __future__ import annotations

import ast
from pathlib import Path

import numpy as np
import pytest
import torch
from helpers import write_tiny_vocab
from torch import nn

import qlens_q
from qlens_q import backbones, tasks
from qlens_q.backbones.base import Backbone
from qlens_q.backbones.probe import Custom
from qlens_q.errors import InputError
from qlens_q.nn.probe import softmax64
from qlens_q.pipeline import RunConfig, execute, validate
from qlens_q.rundir import load_report
from qlens_q.tasks.base import Task
from qlens_q.trajectories import Trajectories

PACKAGE = Path(qlens_q.__file__).parent
SMALL = {
    "data": "builtin:120",
    "limit": 3,
    "shots": 2000,
    "permutations": 20,
    "progress": False,
    "heldout_circuits": 0,
}
#: The same without the analysis and its figures (most of a small run's time), on half the sentences, for
#: tests that read the model's outputs only (test_hf runs the analysis on a BERT classifier, the probe of
#: one's own below on its own, without the figures that other tests draw for two classes).
OUTPUTS_ONLY = {**SMALL, "data": "builtin:60", "analysis": False}


@pytest.fixture
def short_head_training(monkeypatch: pytest.MonkeyPatch) -> None:
    """The linear head's training in 30 full-batch steps, not 300: its 21 fits (4 penalties x 5 folds, then
    the refit) were 10 s of each run below, and no assertion there reads how well the head learned (the
    test accuracy on MiniLM's, trained in full, is test_hf's); the cross-validation and the refit still run."""
    monkeypatch.setattr("qlens_q.backbones.hf.HEAD_STEPS", 30)


def test_the_registries_find_every_task_and_backbone_by_its_module() -> None:
    assert tasks.names() == ("classify", "lm")
    assert all(issubclass(cls, Task) for cls in tasks.registry().values())
    assert set(backbones.specs()) == {"toy", "minilm", "hf:PATH"}
    assert all(issubclass(cls, Backbone) for cls in backbones.registry())
    assert type(backbones.parse("toy")).__name__ == "Toy"
    assert backbones.parse("hf:/some/where").path == "/some/where"  # type: ignore[attr-defined]
    for bad in ("", "hf:", "Toy", "gpt2"):
        with pytest.raises(InputError) as err:
            backbones.parse(bad)
        assert err.value.argument == "backbone" and "--" not in err.value.problem


@pytest.mark.parametrize("package", ["tasks", "backbones"])
def test_no_task_or_backbone_module_names_another(package: str) -> None:
    """Adding a task or a backbone is one new file: the others never import a sibling (``base`` apart)."""
    folder = PACKAGE / package
    siblings = {p.stem for p in folder.glob("*.py")} - {"__init__", "base"}
    for path in folder.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.module:
                parts = node.module.split(".")
                assert not (parts[:2] == ["qlens_q", package] and len(parts) > 2 and parts[2] in siblings), (
                    f"{path.name} imports {node.module}"
                )
    other = "backbones" if package == "tasks" else "tasks"
    for path in folder.glob("*.py"):
        text = path.read_text()
        for sibling in {p.stem for p in (PACKAGE / other).glob("*.py")} - {"__init__", "base"}:
            assert f"qlens_q.{other}.{sibling}" not in text, f"{path.name} names {other}.{sibling}"


def test_library_errors_name_python_arguments_not_options(tmp_path: Path) -> None:
    cases = [
        ({"vocab": 64}, "vocab", "task='lm'"),
        ({"task": "lm", "readout": "mean"}, "readout", "task='classify'"),
        ({"backbone": "minilm", "epochs": 2}, "epochs", "backbone='toy'"),
        ({"task": "nope"}, "task", "classify, lm"),
        ({"limit": 1}, "limit", "analysis=False"),
    ]
    for settings, argument, words in cases:
        with pytest.raises(InputError) as err:
            validate(RunConfig(out=str(tmp_path / "out"), **settings))  # type: ignore[arg-type]
        assert err.value.argument == argument and words in err.value.problem and "--" not in err.value.problem
    assert not (tmp_path / "out").exists()


# ---------------------------------------------------------------------------- tiny Hugging Face folders


@pytest.fixture(scope="module")
def gpt2_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    transformers = pytest.importorskip("transformers")
    folder = tmp_path_factory.mktemp("gpt2")
    vocab = write_tiny_vocab(folder)
    torch.manual_seed(1)
    config = transformers.GPT2Config(vocab_size=vocab, n_positions=64, n_embd=16, n_layer=2, n_head=2,
                                     bos_token_id=2, eos_token_id=3)  # fmt: skip
    transformers.GPT2LMHeadModel(config).save_pretrained(folder, safe_serialization=True)
    return folder


@pytest.fixture(scope="module")
def encoder_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    transformers = pytest.importorskip("transformers")
    folder = tmp_path_factory.mktemp("encoder")
    vocab = write_tiny_vocab(folder)
    torch.manual_seed(2)
    config = transformers.BertConfig(vocab_size=vocab, hidden_size=16, num_hidden_layers=2, num_attention_heads=2,
                                     intermediate_size=32, max_position_embeddings=64)  # fmt: skip
    transformers.BertModel(config).save_pretrained(folder, safe_serialization=True)
    return folder


def _final_is_the_models_softmax(out: Path, model: nn.Module, tokenizer: object) -> None:
    report, traj = load_report(out), Trajectories.load(out)
    for k, example in enumerate(report["examples"]):
        batch = tokenizer([example["text"]], return_tensors="pt")  # type: ignore[operator]
        with torch.no_grad():
            logits = model(input_ids=batch["input_ids"], attention_mask=batch["attention_mask"])
        np.testing.assert_allclose(traj.at("final")[k], softmax64(logits)[0], atol=1e-5)


def test_a_gpt2_classifies_from_its_last_token_with_a_trained_linear_head(
    gpt2_dir: Path, tmp_path: Path, short_head_training: None
) -> None:
    from qlens_q.nn.hf import HeadedEncoder, inspect_local, load_local
    from qlens_q.nn.transformer import load_state

    out = tmp_path / "run"
    result = execute(RunConfig(out=str(out), task="classify", backbone=f"hf:{gpt2_dir}", **OUTPUTS_ONLY))  # type: ignore[arg-type]
    assert result.passed and result.config.task == "classify"
    report = load_report(out)
    assert report["config"]["readout"] == "last" and report["config"]["lens"] == "affine"
    assert Trajectories.load(out).points == (
        "embeddings", "layer0.attention", "layer0.mlp", "layer1.attention", "final"
    )  # fmt: skip
    assert "test accuracy" in report["model"]["metrics"]
    # The trajectory's end is the saved model's own output: GPT-2's body, ln_f, the head at the last token.
    lm, tokenizer = load_local(inspect_local(gpt2_dir))
    tokenizer.pad_token = tokenizer.eos_token
    model = HeadedEncoder(lm.transformer, 2, pooling="last")
    load_state(model.head, (out / "model" / "head.safetensors").read_bytes(), "head")
    _final_is_the_models_softmax(out, model.eval(), tokenizer)


def test_a_gpt2_refuses_a_readout_it_cannot_classify_from(gpt2_dir: Path, tmp_path: Path) -> None:
    for readout in ("cls", "mean"):
        with pytest.raises(InputError) as err:
            execute(RunConfig(out=str(tmp_path / "o"), task="classify", backbone=f"hf:{gpt2_dir}", readout=readout,
                              **SMALL))  # type: ignore[arg-type]  # fmt: skip
        assert err.value.argument == "readout" and "readout='last'" in err.value.problem
    assert not (tmp_path / "o").exists()


def test_a_bare_encoder_classifies_and_refuses_to_be_a_language_model(
    encoder_dir: Path, tmp_path: Path, short_head_training: None
) -> None:
    out = tmp_path / "run"
    result = execute(RunConfig(out=str(out), backbone=f"hf:{encoder_dir}", **OUTPUTS_ONLY))  # type: ignore[arg-type]
    assert result.passed and result.config.task == "classify"
    assert load_report(out)["config"]["readout"] == "mean"
    with pytest.raises(InputError) as err:
        validate(RunConfig(out=str(tmp_path / "lm"), task="lm", backbone=f"hf:{encoder_dir}"))
    assert err.value.argument == "backbone" and "not a causal language model" in err.value.problem


def test_a_gpt2_without_a_task_is_a_language_model(gpt2_dir: Path, tmp_path: Path) -> None:
    config, task, backbone = validate(RunConfig(out=str(tmp_path / "o"), backbone=f"hf:{gpt2_dir}"))
    assert config.task == "lm" and task.objective == "next_token" == backbone.default_objective()


# ---------------------------------------------------------------------------- a probe of your own


class Mine(nn.Module):
    """Three blocks of a stock encoder over 40 token ids, mean-pooled, two classes."""

    def __init__(self) -> None:
        super().__init__()
        self.emb = nn.Embedding(40, 16)
        self.blocks = nn.ModuleList(
            nn.TransformerEncoderLayer(16, 2, 32, batch_first=True, dropout=0.0) for _ in range(2)
        )
        self.unembed = nn.Linear(16, 2)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.emb(x)
        for block in self.blocks:
            h = block(h)
        return self.unembed(h.mean(1))


def _encode(texts: list[str]) -> torch.Tensor:
    ids = [[sum(map(ord, word)) % 40 for word in text.split()][:12] for text in texts]
    return torch.tensor([row + [0] * (12 - len(row)) for row in ids])


def test_your_own_probe_runs_the_whole_pipeline(tmp_path: Path) -> None:
    torch.manual_seed(0)
    model = Mine().eval()
    probe = qlens_q.Probe(model, {"embed": "emb", "block0": "blocks.0"}, model.unembed, readout="mean")
    out = tmp_path / "run"
    config = RunConfig(out=str(out), figures=False, **SMALL)  # type: ignore[arg-type]
    result = execute(config, backbone=Custom(probe, _encode, name="mine"))
    assert result.passed and result.config.backbone == "mine"
    traj = Trajectories.load(out)
    assert traj.points == ("embed", "block0", "final") and traj.output_names == ("negative", "positive")
    report = load_report(out)
    with torch.no_grad():
        logits = model(_encode([e["text"] for e in report["examples"]]))
    np.testing.assert_allclose(traj.probs[:, -1], softmax64(logits), atol=1e-6)
    with pytest.raises(InputError) as err:
        execute(RunConfig(out=str(tmp_path / "lm"), task="lm", **SMALL), backbone=Custom(probe, _encode))  # type: ignore[arg-type]
    assert err.value.argument == "backbone" and "task='classify'" in err.value.problem
    wrong = qlens_q.Probe(model, {"embed": "emb"}, model.unembed, output_names=["a", "b", "c"])
    with pytest.raises(InputError, match="3 outputs"):
        validate(RunConfig(out=str(tmp_path / "x")), backbone=Custom(wrong, _encode))


def test_the_heads_of_the_cross_validation_fitted_side_by_side_equal_each_fitted_alone() -> None:
    """``_fit_heads`` fits head ``f`` on its own rows with its own penalty: the same weights and
    predictions as ``_fit_head`` on those rows alone (up to the rounding of batched sums)."""
    from qlens_q.backbones.hf import _fit_head, _fit_heads

    g = torch.Generator().manual_seed(3)
    x = torch.randn(90, 12, generator=g)
    y = torch.bucketize(x[:, :3] @ torch.tensor([1.0, -2.0, 0.5]), torch.tensor([-1.0, 1.0]))  # 3 classes
    rows = torch.rand(4, 90, generator=g) > 0.3
    penalties = torch.tensor([1e-4, 1e-2, 1e-1, 1.0])
    weight, bias = _fit_heads(x, y, rows, penalties, 3)
    for f in range(4):
        alone = nn.Linear(12, 3)
        _fit_head(alone, x[rows[f]], y[rows[f]], float(penalties[f]), seed=0)
        assert torch.allclose(weight[f], alone.weight.detach(), atol=1e-4), f
        assert torch.allclose(bias[f], alone.bias.detach(), atol=1e-4), f
        assert torch.equal((x @ weight[f].T + bias[f]).argmax(1), alone(x).argmax(1))
    # a head whose rows or penalty differ learns other weights: the heads do not share anything
    assert not torch.allclose(weight[0], weight[3], atol=1e-2)
