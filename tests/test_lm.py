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
from qlens_q.nn.probe import Probe
from qlens_q.nn.train import train_lm
from qlens_q.nn.transformer import HOOK_POINTS, SUBLAYERS, ModelConfig, Transformer
from qlens_q.pipeline import RunConfig, run
from qlens_q.rundir import load_counts, load_report
from qlens_q.tasks.next_word import (
    cross_entropy,
    lens_metrics_and_cross_entropy,
    position_batches,
    read_positions,
    word_positions,
)
from qlens_q.trajectories import Trajectories

SMALL_ARGS = ["--data", "builtin:200", "--vocab", "128", "--limit", "3", "--shots", "2000",
              "--permutations", "50", "--heldout-circuits", "2", "--quiet"]  # fmt: skip
SMALL = {
    "data": "builtin:200",
    "vocab": 128,
    "limit": 3,
    "shots": 2000,
    "permutations": 50,
    "heldout_circuits": 2,
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


def _tiny_model(vocab: int = 64, max_len: int = 16) -> Transformer:
    config = ModelConfig(vocab_size=vocab, max_len=max_len, num_classes=vocab, embed_dim=16, d_model=8,
                         num_heads=2, d_mlp=16, epochs=1, causal=True, seed=1)  # fmt: skip
    torch.manual_seed(0)
    return Transformer(config).eval()


def test_model_is_causal_and_roundtrips(tmp_path: Path) -> None:
    model = _tiny_model()
    ids = torch.randint(3, 64, (2, 16))
    changed = ids.clone()
    changed[:, 10:] = torch.randint(3, 64, (2, 6))
    with torch.no_grad():
        a, b = model(ids), model(changed)
    torch.testing.assert_close(a[:, :10], b[:, :10])  # later tokens never change earlier predictions
    model.save(tmp_path)
    again = Transformer.load(tmp_path)
    assert again.is_language_model
    with torch.no_grad():
        torch.testing.assert_close(again(ids), a)


def test_config_refuses_a_language_model_that_does_not_predict_words() -> None:
    with pytest.raises(InputError, match="num_classes"):
        ModelConfig(vocab_size=64, max_len=8, num_classes=2, causal=True)
    with pytest.raises(InputError, match="causal"):
        train_lm(ModelConfig(vocab_size=64, max_len=8, num_classes=64), torch.zeros((2, 8), dtype=torch.long))


def test_training_and_lenses_over_the_vocabulary() -> None:
    corpus = lm_corpus(vocab_size=96, documents=300, seed=4, max_len=32)
    tokenizer = corpus.tokenizer()
    ids = tokenizer.encode_batch([" ".join(d) for d in corpus.train], corpus.max_len)
    test = tokenizer.encode_batch([" ".join(d) for d in corpus.test], corpus.max_len)
    config = ModelConfig(vocab_size=96, max_len=32, num_classes=96, embed_dim=32, d_model=32, num_heads=2,
                         d_mlp=64, dropout=0.0, epochs=2, learning_rate=5e-3, causal=True, seed=0)  # fmt: skip
    model = train_lm(config, ids, progress=False)
    probe = Probe(
        model,
        HOOK_POINTS,
        model.head,
        readout=read_positions,
        sublayers=SUBLAYERS,
        forward=lambda m, b: m(b["input_ids"]),
    )
    mask, test_mask = (ids != 0).long(), (test != 0).long()
    lenses = probe.fit_lenses(
        list(position_batches(ids, mask, word_positions(mask))), steps=100, batch_size=256
    )
    assert all(p.requires_grad for p in model.parameters())  # unfrozen again
    metrics = probe.lens_metrics(position_batches(test, test_mask, word_positions(test_mask)), lenses)
    base = ngram_baselines(corpus.train, corpus.test, corpus.vocab_size)
    held_out = np.exp(cross_entropy(probe, position_batches(test, test_mask, word_positions(test_mask))))
    assert held_out < base["unigram"]
    # one forward pass gives both, the same floats as the two passes; the model reads each batch once
    batches = list(position_batches(test, test_mask, word_positions(test_mask), docs_per_batch=8))
    separate, test_ce = probe.lens_metrics(batches, lenses), cross_entropy(probe, batches)
    calls: list[int] = []
    hook = model.register_forward_hook(lambda *_: calls.append(1))
    try:
        shared, shared_ce = lens_metrics_and_cross_entropy(probe, batches, lenses)
    finally:
        hook.remove()
    assert shared == separate and shared_ce == test_ce and len(calls) == len(batches) > 1
    rows = probe.cache(batches)  # the mean of -log p(next word), computed here in float64
    nll = -torch.log_softmax(rows.logits.double(), -1)[
        torch.arange(rows.rows), torch.cat([b["targets"] for b in batches])
    ]
    assert abs(test_ce - float(nll.mean())) < 1e-5
    for point in ("embedding", "attention"):
        m = metrics[point]
        assert np.isfinite(m["kl"]) and 0 <= m["kl"] < m["kl_identity"]
        assert 0 <= m["agreement"] <= 1
    # the readout gives the rows asked for, in order, and they are the model's own next-word logits
    positions = word_positions(test_mask)[::37][:7]  # from several documents
    cached = probe.cache(list(position_batches(test, test_mask, positions, docs_per_batch=2)))
    with torch.no_grad():
        full = model(test)
    torch.testing.assert_close(cached.logits, full[positions[:, 0], positions[:, 1]])
    with pytest.raises(InputError, match="sorted"):
        list(position_batches(test, test_mask, positions.flip(0)))


# ---------------------------------------------------------------------------- the pipeline


@pytest.fixture(scope="module")
def lm_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("lm") / "run"
    assert main(["run", "--task", "lm", "--out", str(out), *SMALL_ARGS]) == 0
    return out


def test_lm_run_end_to_end(lm_run: Path) -> None:
    report = load_report(lm_run)
    s = report["summary"]
    assert report["task"] == "lm" and report["sublayers"] == ["attention", "mlp"]
    assert s["examples"] == 3 and s["circuits"] == 9 and s["passed"] == 9 and s["failed"] == 0
    assert report["circuits"]["qubits"] == 7 and report["circuits"]["format"] == "qasm2"
    base, metrics = report["data"]["baselines"], report["model"]["metrics"]
    assert report["data"]["vocab_size"] == 128 == metrics["vocabulary"] == report["outputs"]["count"]
    assert 1 < metrics["held-out perplexity"] < base["unigram_perplexity"]
    for point in ("embedding", "attention"):
        lens = report["lens"][point]
        assert np.isfinite(lens["kl"]) and 0 <= lens["kl"] < lens["kl_identity"]
    traj = Trajectories.load(lm_run)
    # the analysis reads one position per test document (20 here); the first 3 are the checked ones
    assert traj.probs.shape == (20, 3, 128) and traj.output_names[:3] == SPECIAL_TOKENS
    assert list(traj.ids[:3]) == [ex["id"] for ex in report["examples"]]
    assert len(set(traj.meta["document"])) == 20
    counts = load_counts(lm_run, 3, 3)
    assert counts is not None and counts.shape == (3, 128)
    for k, ex in enumerate(report["examples"]):
        for layer in ("attention", "mlp", "trajectory"):
            text = (lm_run / ex["circuits"][layer]).read_text()
            assert text.splitlines()[1] == "OPENQASM 2.0;"
            assert ex["crosscheck"][layer]["passed"]
        assert ex["top"]["final"][0][0] == ex["prediction"]
        assert int(counts[k].sum()) == 2000 and counts[k, ex["label"]] >= 0
        assert (
            traj.output_names[ex["label"]] == ex["next_word"]
            and ex["id"] == f"test-{ex['document']:05d}@{ex['position']}"
        )
    analysis = report["analysis"]
    assert analysis["examples"] == 20
    for layer in ("attention", "mlp"):
        split = analysis["fixed_operators"][layer]
        assert len(split["fit_ids"]) == len(split["heldout_ids"]) == 10
        assert {c["circuits"] for c in split["candidates"].values()} <= {0, 2}  # --heldout-circuits 2
        assert split["candidates"]["identity"]["circuits"] == 2
        top = analysis["layers"][layer]["top_outputs"]
        assert (
            len(top["raised"]) == 10 and top["raised"][0]["mean_delta_p"] >= top["lowered"][0]["mean_delta_p"]
        )
        assert len(top["per_example"]) == 20
        pca = analysis["layers"][layer]["pca"]["householder"]
        assert 0 < sum(pca["explained_variance_ratio"]) <= 1 + 1e-9
        assert analysis["layers"][layer]["hamiltonian_similarity"]["layer"] is not None
        assert (
            "mean_top" in analysis["layers"][layer]["householder_mean"]
        )  # 128 outputs: the largest coordinates
    for figure in analysis["figures"]:
        assert (lm_run / figure["path"]).is_file()
    md = (lm_run / "report.md").read_text()
    assert "9 / 9 circuits passed" in md and "perplexity" in md
    timing = json.loads((lm_run / "timing.json").read_text())["seconds"]
    assert {"train", "lens", "transpile", "export", "parse", "simulate"} <= set(timing)
    for name in ("config.json", "model.safetensors", "tokenizer.json", "lens.json", "lens.safetensors"):
        assert (lm_run / "model" / name).is_file()


def test_lm_run_is_deterministic_and_its_tables_do_not_need_the_figures(lm_run: Path, tmp_path: Path) -> None:
    """The same seed gives the same bytes; without figures (``--no-figures``) the same report but for
    the figures' list, and no figure on disk."""
    again = tmp_path / "again"
    run(RunConfig(out=str(again), task="lm", figures=False, **SMALL), log=lambda _: None)  # type: ignore[arg-type]
    for name in ("trajectories.safetensors", "verdicts.safetensors", "model/model.safetensors"):
        assert (again / name).read_bytes() == (lm_run / name).read_bytes()
    with_figures = load_report(lm_run)
    assert with_figures["analysis"].pop("figures") and load_report(again) == with_figures
    assert not (again / "figures").exists() and "figures/" not in (again / "report.md").read_text()


def test_lm_run_reloads_its_model(lm_run: Path, tmp_path: Path) -> None:
    out = tmp_path / "loaded"
    config = {**SMALL, "analysis": False, "model": str(lm_run / "model")}
    report = run(RunConfig(out=str(out), task="lm", **config), log=lambda _: None)  # type: ignore[arg-type]
    first = load_report(lm_run)
    assert report["model"]["metrics"] == first["model"]["metrics"]
    assert [e["top"] for e in report["examples"]] == [e["top"] for e in first["examples"]]
    assert report["summary"]["failed"] == 0
    code = main(["run", "--out", str(tmp_path / "wrong"), "--model", str(lm_run / "model"), "--limit", "2",
                 "--data", "builtin:300", "--quiet", "--no-analysis"])  # fmt: skip
    assert code == 2 and not (tmp_path / "wrong").exists()


def test_analyze_recognises_an_lm_run(
    lm_run: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(lm_run, copy)
    assert main(["analyze", str(copy), "--no-figures"]) == 0  # the run's seed, permutations and top-k
    assert "tables in" in capsys.readouterr().out
    again = load_report(copy)["analysis"]
    first = load_report(lm_run)["analysis"]
    first.pop("figures", None)
    assert again == first


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--data", "/nonexistent"], "--data"),
        (["--limit", "0"], "--limit"),
        (["--limit", "999"], "--limit"),
        (["--vocab", "10"], "--vocab: must be an integer from 55"),
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
