"""The toy Transformer (qlens_q.nn.transformer) and its training (qlens_q.nn.train), on tiny seeded
models: the config's checks and parameter count, what the forward pass may and may not see, the
save/load round trip and damaged folders, and seeded training that lowers the loss."""

from __future__ import annotations

import json
import math
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

import pytest
import torch
import torch.nn.functional as F
from safetensors.torch import save as save_tensors

from qlens_q import io
from qlens_q.errors import InputError
from qlens_q.nn.train import accuracy, train_classifier, train_lm
from qlens_q.nn.transformer import (
    CONFIG_FILE,
    MAX_PARAMETERS,
    WEIGHTS_FILE,
    ModelConfig,
    Transformer,
    load_state,
)
from qlens_q.vocab import PAD

TINY: dict[str, Any] = {
    "vocab_size": 30,
    "max_len": 8,
    "embed_dim": 12,
    "d_model": 16,
    "num_heads": 2,
    "d_mlp": 24,
    "dropout": 0.0,
    "batch_size": 16,
    "learning_rate": 1e-2,
    "seed": 3,
}


def tiny(**kwargs: Any) -> ModelConfig:
    return ModelConfig(**{**TINY, **kwargs})


def lm(**kwargs: Any) -> ModelConfig:
    return tiny(causal=True, num_classes=TINY["vocab_size"], **kwargs)


def classification_data(n: int = 64, seed: int = 0) -> tuple[torch.Tensor, torch.Tensor]:
    """``[CLS]``-first rows (``[CLS]`` = 1, words from 2), some padded at the end; label: is word 1 even."""
    g = torch.Generator().manual_seed(seed)
    ids = torch.randint(2, TINY["vocab_size"], (n, TINY["max_len"]), generator=g)
    ids[:, 0] = 1
    ids[n // 2 :, 6:] = PAD
    return ids, ids[:, 1] % 2


def counting_documents(n: int = 48, seed: int = 0) -> torch.Tensor:
    """Documents that count up by one from a seeded start (mod the 28 words): the next word is determined."""
    g = torch.Generator().manual_seed(seed)
    start = torch.randint(0, 28, (n, 1), generator=g)
    ids = 2 + (start + torch.arange(TINY["max_len"] - 1)) % 28
    return torch.cat([torch.ones(n, 1, dtype=torch.long), ids], 1)


def lm_loss(model: Transformer, ids: torch.Tensor) -> float:
    with torch.no_grad():
        return float(
            F.cross_entropy(model(ids)[:, :-1].reshape(-1, model.config.vocab_size), ids[:, 1:].reshape(-1))
        )


def classifier_loss(model: Transformer, ids: torch.Tensor, labels: torch.Tensor) -> float:
    with torch.no_grad():
        return float(F.cross_entropy(model(ids), labels))


def same_weights(a: torch.nn.Module, b: torch.nn.Module) -> bool:
    sa, sb = a.state_dict(), b.state_dict()
    return sa.keys() == sb.keys() and all(torch.equal(sa[k], sb[k]) for k in sa)


# ------------------------------------------------------------------ the config


@pytest.mark.parametrize("causal", [False, True])
def test_parameters_counts_what_the_model_holds(causal: bool) -> None:
    config = lm() if causal else tiny(num_classes=5)
    model = Transformer(config)
    assert config.parameters() == sum(p.numel() for p in model.parameters())


@pytest.mark.parametrize(
    ("kwargs", "field", "problem"),
    [
        ({"vocab_size": 0}, "vocab_size", "positive integer"),
        ({"max_len": True}, "max_len", "positive integer"),
        ({"d_model": 16.0}, "d_model", "positive integer"),
        ({"seed": -1}, "seed", "positive integer"),
        ({"num_classes": 1}, "num_classes", ">= 2"),
        ({"num_heads": 3}, "num_heads", "3 does not divide d_model = 16"),
        ({"dropout": 1.0}, "dropout", "out of range"),
        ({"learning_rate": -1e-3}, "learning_rate", "out of range"),
        ({"learning_rate": math.nan}, "learning_rate", "out of range"),
        ({"causal": 1}, "causal", "true or false"),
        ({"causal": True}, "num_classes", "must equal vocab_size = 30"),
        ({"embeddings": "gpt2"}, "embeddings", "learned, minilm"),
    ],
)
def test_config_refuses_naming_the_field(kwargs: dict[str, Any], field: str, problem: str) -> None:
    with pytest.raises(InputError) as info:
        tiny(**kwargs)
    assert info.value.argument.split()[-1] == field and problem in info.value.problem
    assert "--" not in str(info.value)


def test_config_refuses_a_model_too_large_before_allocating_it() -> None:
    with pytest.raises(InputError, match=rf"the limit is {MAX_PARAMETERS:,}"):
        tiny(vocab_size=10**7, embed_dim=100)


# ------------------------------------------------------------------ the forward pass


def test_shapes_and_a_too_long_input() -> None:
    ids, _ = classification_data(5)
    torch.manual_seed(0)
    assert Transformer(tiny(num_classes=4)).eval()(ids).shape == (5, 4)
    model = Transformer(lm()).eval()
    assert model(ids).shape == (5, TINY["max_len"], TINY["vocab_size"]) and model.is_language_model
    assert model.hidden(ids).shape == (5, TINY["max_len"], TINY["d_model"])
    with pytest.raises(InputError, match=r"^input_ids: length 9 exceeds max_len = 8"):
        model(torch.ones(1, 9, dtype=torch.long))


def test_classifier_training_shortcut_gives_the_same_logits() -> None:
    """``first_only`` runs the MLP at [CLS] alone; the logits must equal the full pass's."""
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
    # attention's queries at position 0 alone: position 0 of the full pass, causal or not
    for causal in (False, True):
        torch.manual_seed(1)
        config = ModelConfig(vocab_size=50, max_len=12, d_model=16, d_mlp=32, num_heads=2, embed_dim=16,
                             num_classes=50 if causal else 2, causal=causal)  # fmt: skip
        block = Transformer(config).eval()
        first = block.hidden(ids, first_only=True)
        assert first.shape == (5, 1, 16)
        torch.testing.assert_close(first, block.hidden(ids)[:, :1], rtol=0, atol=1e-6)


def test_trailing_padding_changes_nothing_at_cls() -> None:
    torch.manual_seed(0)
    model = Transformer(tiny()).eval()
    ids, _ = classification_data(8)
    padded = ids[4:]  # these end in two padding tokens
    assert bool((padded[:, 6:] == PAD).all())
    with torch.no_grad():
        torch.testing.assert_close(model(padded), model(padded[:, :6]), rtol=0, atol=1e-6)


def test_a_language_model_does_not_see_the_future() -> None:
    torch.manual_seed(0)
    model = Transformer(lm()).eval()
    ids = counting_documents(3)
    changed = ids.clone()
    changed[:, 5:] = 2  # other words from position 5 on
    with torch.no_grad():
        a, b = model(ids), model(changed)
    torch.testing.assert_close(a[:, :5], b[:, :5], rtol=0, atol=1e-6)  # positions 0..4 saw only 0..4
    assert not torch.allclose(a[:, 5:], b[:, 5:], atol=1e-3)


# ------------------------------------------------------------------ save and load


@pytest.mark.parametrize("causal", [False, True])
def test_save_load_round_trip(tmp_path: Path, causal: bool) -> None:
    torch.manual_seed(1)
    model = Transformer(lm() if causal else tiny(num_classes=3)).eval()
    model.save(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == [CONFIG_FILE, WEIGHTS_FILE]
    again = Transformer.load(tmp_path)
    assert again.config == model.config and not again.training
    assert same_weights(model, again)
    ids, _ = classification_data(6)
    with torch.no_grad():
        torch.testing.assert_close(again(ids), model(ids), rtol=0, atol=1e-12)
    saved = json.loads((tmp_path / CONFIG_FILE).read_text())
    assert saved["format"] == "qlens-q-model" and saved["causal"] is causal
    assert saved["sha256"] == io.digest(asdict(model.config), (tmp_path / WEIGHTS_FILE).read_bytes())


def _saved(directory: Path, seed: int = 1, **kwargs: Any) -> Transformer:
    directory.mkdir(exist_ok=True)
    torch.manual_seed(seed)
    model = Transformer(tiny(**kwargs))
    model.save(directory)
    return model


def _edit_config(directory: Path, change: dict[str, Any]) -> None:
    path = directory / CONFIG_FILE
    path.write_text(json.dumps({**json.loads(path.read_text()), **change}))


def _damage(kind: str, directory: Path, other: Path) -> None:
    if kind == "no config":
        (directory / CONFIG_FILE).unlink()
    elif kind == "no weights":
        (directory / WEIGHTS_FILE).unlink()
    elif kind == "not json":
        (directory / CONFIG_FILE).write_text("{")
    elif kind == "another format":
        _edit_config(directory, {"format": "mine"})
    elif kind == "unknown field":
        _edit_config(directory, {"layers": 2})
    elif kind == "missing field":
        raw = json.loads((directory / CONFIG_FILE).read_text())
        del raw["vocab_size"]
        (directory / CONFIG_FILE).write_text(json.dumps(raw))
    elif kind == "bad value":
        _edit_config(directory, {"d_model": 0})
    elif kind == "edited config":
        _edit_config(directory, {"dropout": 0.5})  # shapes still fit; the digest does not
    elif kind == "another run's weights":
        (other / WEIGHTS_FILE).replace(directory / WEIGHTS_FILE)
    elif kind == "truncated weights":
        data = (directory / WEIGHTS_FILE).read_bytes()
        (directory / WEIGHTS_FILE).write_bytes(data[: len(data) // 2])
    elif kind == "oversized weights":
        (directory / WEIGHTS_FILE).write_bytes(b"\0" * (4 * tiny().parameters() + 2**20 + 1))
    elif kind == "huge config":
        (directory / CONFIG_FILE).write_bytes(b" " * (2**20 + 1))
    else:
        raise AssertionError(kind)


@pytest.mark.parametrize(
    ("kind", "problem"),
    [
        ("no config", "cannot read model config"),
        ("no weights", "cannot be read"),
        ("not json", "cannot read model config (JSONDecodeError)"),
        ("another format", "is not a qlens-q model config"),
        ("unknown field", "unknown config fields: layers"),
        ("missing field", "incomplete config"),
        ("bad value", "d_model: must be a positive integer, got 0"),
        ("edited config", "does not belong to config.json"),
        ("another run's weights", "does not belong to config.json"),
        ("truncated weights", "does not belong to config.json"),
        ("oversized weights", "more than config.json's model needs"),
        ("huge config", "is larger than 1 MiB"),
    ],
)
def test_load_refuses_a_damaged_folder(tmp_path: Path, kind: str, problem: str) -> None:
    _saved(tmp_path / "model")
    _saved(tmp_path / "other", seed=2)
    _damage(kind, tmp_path / "model", tmp_path / "other")
    with pytest.raises(InputError) as info:
        Transformer.load(tmp_path / "model")
    assert problem in str(info.value) and str(tmp_path / "model") in info.value.argument
    assert "\n" not in str(info.value)


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda s: s.pop("unembed.bias"), r"missing \['unembed.bias'\]"),
        (lambda s: s.update(extra=torch.zeros(2)), r"extra \['extra'\]"),
        (
            lambda s: s.update({"unembed.bias": torch.zeros(3)}),
            r"tensor unembed.bias has shape \(3,\), config needs \(2,\)",
        ),
        (lambda s: s["compress.weight"].fill_(math.inf), "tensor compress.weight holds non-finite values"),
    ],
)
def test_load_state_refuses_tensors_that_do_not_fit(change: Any, problem: str) -> None:
    model = Transformer(tiny())
    state = {k: v.clone() for k, v in model.state_dict().items()}
    change(state)
    with pytest.raises(InputError, match=rf"^weights: .*{problem}"):
        load_state(Transformer(tiny()), save_tensors(state), "weights")
    with pytest.raises(InputError, match=r"^weights: cannot read weights"):
        load_state(model, b"not safetensors", "weights")


# ------------------------------------------------------------------ training


def test_classifier_training_lowers_the_loss_and_is_seeded() -> None:
    ids, labels = classification_data()
    config = tiny(epochs=8)
    torch.manual_seed(config.seed)
    before = classifier_loss(Transformer(config).eval(), ids, labels)  # the model training starts from
    model = train_classifier(config, ids, labels, progress=False)
    assert not model.training
    after = classifier_loss(model, ids, labels)
    assert after < 0.5 * before and accuracy(model(ids), labels) > 0.85  # measured: 0.70 -> 0.23, 92%
    assert same_weights(model, train_classifier(config, ids, labels, progress=False))
    assert not same_weights(model, train_classifier(replace(config, seed=4), ids, labels, progress=False))


def test_classifier_training_leaves_frozen_parameters_alone() -> None:
    ids, labels = classification_data()
    config = tiny(epochs=1)
    torch.manual_seed(0)
    model = Transformer(config)
    model.token_embedding.weight.requires_grad_(False)
    frozen = model.token_embedding.weight.detach().clone()
    unembed = model.unembed.weight.detach().clone()
    trained = train_classifier(config, ids, labels, model=model, progress=False)
    assert trained is model
    assert torch.equal(model.token_embedding.weight, frozen) and not torch.equal(
        model.unembed.weight, unembed
    )


def test_language_model_training_starts_at_the_unigram_model_and_learns_to_count() -> None:
    docs = counting_documents()
    # one step at a negligible rate: the unembedding bias is still the add-one log unigram frequencies
    first = train_lm(lm(epochs=1, batch_size=len(docs), learning_rate=1e-12), docs, progress=False)
    counts = torch.bincount(docs[:, 1:].reshape(-1), minlength=TINY["vocab_size"]).double() + 1.0
    torch.testing.assert_close(first.unembed.bias, (counts / counts.sum()).log().float(), rtol=0, atol=1e-6)
    config = lm(epochs=20)
    model = train_lm(config, docs, progress=False)
    assert lm_loss(model, docs) < 0.3 * lm_loss(first, docs)  # measured: 3.46 (unigram) -> 0.52
    assert same_weights(model, train_lm(config, docs, progress=False))


def test_language_model_training_needs_a_causal_config() -> None:
    with pytest.raises(InputError, match="a language model needs causal = true") as info:
        train_lm(tiny(), counting_documents(4), progress=False)
    assert info.value.argument.split()[-1] == "causal"


def test_accuracy_by_hand() -> None:
    logits = torch.tensor([[2.0, 1.0], [0.0, 3.0], [1.0, 0.5], [0.2, 0.1]])
    assert accuracy(logits, torch.tensor([0, 1, 1, 1])) == 0.5
