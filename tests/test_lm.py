"""The next-word model: corpus, model, lenses, and `qlens-q run --task lm` end to end on a small corpus."""

from __future__ import annotations

import itertools
import json
import shutil
from pathlib import Path

import numpy as np
import pytest
import torch

from qlens_q.cli import main
from qlens_q.data.lm_corpus import FUNCTION_WORDS, MIN_VOCAB, lm_corpus, ngram_baselines
from qlens_q.data.tokenizer import SPECIAL_TOKENS
from qlens_q.errors import InputError
from qlens_q.lm_pipeline import LMRunConfig, load_distributions, load_lm_report, run_lm
from qlens_q.nn.lens import LensConfig, TunedLens
from qlens_q.nn.lm import CausalLM, perplexity, read_positions, train_lm, word_positions
from qlens_q.nn.lm_lens import lm_lens_metrics, train_lm_lens
from qlens_q.nn.model import EncoderClassifier, ModelConfig

SMALL_ARGS = ["--data", "builtin:300", "--vocab", "128", "--limit", "3", "--shots", "2000",
              "--permutations", "50", "--quiet"]  # fmt: skip
SMALL = {
    "data": "builtin:300",
    "vocab": 128,
    "limit": 3,
    "shots": 2000,
    "permutations": 50,
    "progress": False,
}


# ---------------------------------------------------------------------------- corpus


@pytest.mark.parametrize("vocab", [MIN_VOCAB, 128, 1000])
def test_corpus_vocabulary_is_exact_and_covered(vocab: int) -> None:
    corpus = lm_corpus(vocab_size=vocab, documents=200, seed=3)
    tokenizer = corpus.tokenizer()
    assert tokenizer.vocab_size == vocab
    assert tokenizer.tokens[:3] == SPECIAL_TOKENS
    train_words = {w for doc in corpus.train for w in doc}
    assert train_words == set(tokenizer.tokens[3:])  # every word occurs in training, nothing else does
    assert set(FUNCTION_WORDS) <= train_words
    assert all(len(doc) + 1 <= corpus.max_len for doc in corpus.train + corpus.test)
    assert len(corpus.test) == 20


def test_corpus_is_deterministic_and_seeded() -> None:
    a, b = lm_corpus(vocab_size=256, documents=100, seed=5), lm_corpus(vocab_size=256, documents=100, seed=5)
    assert a == b
    assert lm_corpus(vocab_size=256, documents=100, seed=6).train != a.train


def test_default_vocabulary_is_twelve_qubits_without_padding() -> None:
    corpus = lm_corpus(documents=40)
    assert corpus.tokenizer().vocab_size == 4096 == 2**12


def test_pronouns_agree_with_their_verbs() -> None:
    """After 'they' the verb takes its plural form, after 'he'/'she'/'it' its singular form."""
    corpus = lm_corpus(vocab_size=256, documents=300, seed=1)
    singular = {"is", "does"} | {s for t in corpus.lexicon.topics for s, _ in t.transitive + t.intransitive}
    plural = {"are", "do"} | {p for t in corpus.lexicon.topics for _, p in t.transitive + t.intransitive}
    checked = 0
    for doc in corpus.train:
        for pronoun, word in itertools.pairwise(doc):
            if pronoun in ("he", "she", "it", "they") and word in singular | plural:
                assert (word in plural) == (pronoun == "they"), (pronoun, word)
                checked += 1
    assert checked > 100


@pytest.mark.parametrize(
    "kwargs",
    [{"vocab_size": MIN_VOCAB - 1}, {"documents": 5}, {"test_fraction": 1.5}, {"seed": -1}, {"max_len": 8}],
)
def test_corpus_refuses_bad_arguments(kwargs: dict[str, object]) -> None:
    with pytest.raises(InputError):
        lm_corpus(**{"documents": 50, **kwargs})  # type: ignore[arg-type]


def test_ngram_baselines_order() -> None:
    corpus = lm_corpus(vocab_size=128, documents=300, seed=2)
    base = ngram_baselines(corpus.train, corpus.test, corpus.vocab_size)
    assert 1 < base["bigram"] < base["unigram"] < corpus.vocab_size


# ---------------------------------------------------------------------------- model and lenses


def _tiny_model(vocab: int = 64, max_len: int = 16) -> CausalLM:
    config = ModelConfig(vocab_size=vocab, max_len=max_len, num_classes=vocab, embed_dim=16, d_model=8,
                         num_heads=2, d_mlp=16, epochs=1, causal=True, seed=1)  # fmt: skip
    torch.manual_seed(0)
    return CausalLM(config).eval()


def test_model_is_causal_and_roundtrips(tmp_path: Path) -> None:
    model = _tiny_model()
    ids = torch.randint(3, 64, (2, 16))
    changed = ids.clone()
    changed[:, 10:] = torch.randint(3, 64, (2, 6))
    with torch.no_grad():
        a, b = model(ids), model(changed)
    torch.testing.assert_close(a[:, :10], b[:, :10])  # later tokens never change earlier predictions
    model.save(tmp_path)
    again = CausalLM.load(tmp_path)
    with torch.no_grad():
        torch.testing.assert_close(again(ids), a)
    with pytest.raises(InputError, match="tensors do not match"):
        EncoderClassifier.load(tmp_path)  # an LM directory is not a classifier


def test_model_refuses_non_causal_config(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="causal"):
        CausalLM(ModelConfig(vocab_size=64, max_len=8, num_classes=64, causal=False))
    with pytest.raises(InputError, match="num_classes"):
        CausalLM(ModelConfig(vocab_size=64, max_len=8, num_classes=2, causal=True))


def test_training_lenses_beat_identity() -> None:
    corpus = lm_corpus(vocab_size=96, documents=300, seed=4, max_len=32)
    tokenizer = corpus.tokenizer()
    ids = tokenizer.encode_batch([" ".join(d) for d in corpus.train], corpus.max_len)
    test = tokenizer.encode_batch([" ".join(d) for d in corpus.test], corpus.max_len)
    config = ModelConfig(vocab_size=96, max_len=32, num_classes=96, embed_dim=32, d_model=32, num_heads=2,
                         d_mlp=64, dropout=0.0, epochs=2, learning_rate=5e-3, causal=True, seed=0)  # fmt: skip
    model = train_lm(config, ids, progress=False)
    base = ngram_baselines(corpus.train, corpus.test, corpus.vocab_size)
    assert perplexity(model, test) < base["unigram"]
    residuals, logits = read_positions(model, ids, word_positions(ids))
    lens = train_lm_lens(model, residuals, logits, LensConfig(readout="token", steps=100), progress=False)
    assert all(p.requires_grad for p in model.parameters())  # unfrozen again
    held_res, held_logits = read_positions(model, test, word_positions(test))
    metrics = lm_lens_metrics(model, lens, held_res, held_logits, chunk=100)
    for point in ("embedding", "attention"):
        m = metrics[point]
        assert np.isfinite(m["kl"]) and m["kl"] >= 0
        assert m["kl"] < m["kl_identity"]
        assert 0 <= m["agreement"] <= 1
    # read_positions gives the same rows in any order
    pos = word_positions(test)[:7]
    res_a, log_a = read_positions(model, test, pos)
    res_b, log_b = read_positions(model, test, pos.flip(0))
    torch.testing.assert_close(log_a, log_b.flip(0))
    torch.testing.assert_close(res_a["attention"], res_b["attention"].flip(0))


def test_lens_config_accepts_token_readout() -> None:
    assert TunedLens(LensConfig(readout="token"), 8).config.readout == "token"
    with pytest.raises(InputError):
        LensConfig(readout="position")


# ---------------------------------------------------------------------------- the pipeline


@pytest.fixture(scope="module")
def lm_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("lm") / "run"
    assert main(["run", "--task", "lm", "--out", str(out), *SMALL_ARGS]) == 0
    return out


def test_lm_run_end_to_end(lm_run: Path) -> None:
    report = load_lm_report(lm_run)
    s = report["summary"]
    assert s["examples"] == 3 and s["circuits"] == 9 and s["passed"] == 9 and s["failed"] == 0
    assert report["circuits"]["qubits"] == 7 and report["circuits"]["format"] == "qasm2"
    base, model = report["data"]["baselines"], report["model"]
    assert report["data"]["vocab_size"] == 128 == model["vocab_size"]
    assert 1 < model["test_perplexity"] < base["unigram_perplexity"]
    for point in ("embedding", "attention"):
        lens = report["lens"][point]
        assert np.isfinite(lens["kl"]) and 0 <= lens["kl"] < lens["kl_identity"]
    arrays = load_distributions(lm_run)
    assert arrays["p_final"].shape == (3, 128)
    for k, ex in enumerate(report["examples"]):
        for layer in ("attention", "mlp", "trajectory"):
            text = (lm_run / ex["circuits"][layer]).read_text()
            assert text.startswith("OPENQASM 2.0;")
            assert ex["crosscheck"][layer]["passed"]
        # the trajectory circuit's Born distribution (Aer, on the file) is the model's softmax
        np.testing.assert_allclose(
            arrays["aer_probabilities"][3 * k + 2][:128], arrays["p_final"][k], atol=1e-9
        )
        assert ex["top"]["final"][0][0] == ex["prediction"]
    analysis = report["analysis"]
    assert set(analysis["top_tokens"]) == {"attention", "mlp"}
    for layer in ("attention", "mlp"):
        top = analysis["top_tokens"][layer]
        assert (
            len(top["raised"]) == 10 and top["raised"][0]["mean_delta_p"] >= top["lowered"][0]["mean_delta_p"]
        )
        assert len(top["per_position"]) == 3
        pca = analysis["pca"][layer]["householder"]
        assert abs(sum(pca["explained_variance_ratio"]) - 1) < 1e-9  # 3 points: 2 components hold it all
        assert analysis["paper"]["layers"][layer]["hamiltonian_similarity"]["layer"] is not None
    for figure in analysis["figures"]:
        assert (lm_run / figure).is_file()
    md = (lm_run / "report.md").read_text()
    assert "9 / 9 circuits passed" in md and "perplexity" in md
    timing = json.loads((lm_run / "timing.json").read_text())["seconds"]
    assert {"train", "lens", "transpile", "export", "parse", "simulate"} <= set(timing)
    for name in ("config.json", "model.safetensors", "tokenizer.json", "lens.json", "lens.safetensors"):
        assert (lm_run / "model" / name).is_file()


def test_lm_run_is_deterministic(lm_run: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    run_lm(LMRunConfig(out=str(again), **SMALL), log=lambda _: None)  # type: ignore[arg-type]
    assert (again / "report.json").read_bytes() == (lm_run / "report.json").read_bytes()
    assert (again / "distributions.safetensors").read_bytes() == (
        lm_run / "distributions.safetensors"
    ).read_bytes()


def test_lm_run_reloads_its_model(lm_run: Path, tmp_path: Path) -> None:
    out = tmp_path / "loaded"
    config = {**SMALL, "analysis": False, "model": str(lm_run / "model")}
    report = run_lm(LMRunConfig(out=str(out), **config), log=lambda _: None)  # type: ignore[arg-type]
    first = load_lm_report(lm_run)
    assert report["model"]["test_perplexity"] == first["model"]["test_perplexity"]
    assert [e["top"] for e in report["examples"]] == [e["top"] for e in first["examples"]]
    assert report["summary"]["failed"] == 0


def test_analyze_recognises_an_lm_run(
    lm_run: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(lm_run, copy)
    assert main(["analyze", str(copy), "--no-figures"]) == 0  # the run's seed, permutations and top-k
    assert "tables in" in capsys.readouterr().out
    again = load_lm_report(copy)["analysis"]
    first = load_lm_report(lm_run)["analysis"]
    first.pop("figures", None)
    assert again == first


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--data", "/nonexistent"], "--data"),
        (["--limit", "0"], "--limit"),
        (["--limit", "999"], "--limit"),
        (["--vocab", "10"], "vocab_size"),
        (["--vocab", "4096", "--method", "dense"], "--method"),
        (["--top-k", "0"], "--top-k"),
    ],
)
def test_lm_run_refuses_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    out = tmp_path / "bad"
    code = main(["run", "--task", "lm", "--out", str(out), *SMALL_ARGS, *args])
    err = capsys.readouterr().err
    assert code == 2 and message in err and len(err.strip().splitlines()) == 1
    assert not out.exists()
