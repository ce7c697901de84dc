"""``qlens-q run --task lm``: QLENS on a next-word language model whose output is the vocabulary.

    generated corpus (vocabulary V, default 4,096 = 2^12) -> tokenizer
        -> one-block causal LM (trained or loaded) -> perplexity, n-gram baselines
        -> tuned lenses over the vocabulary (KL, agreement, against the identity lens)
        -> K held-out positions: p_embedding, p_attention, p_final over the V words
        -> layer operators (attention: p_emb -> p_att, MLP: p_att -> p_final)
        -> circuits (attention, MLP, trajectory) on log2(V) qubits -> OpenQASM 2 files
        -> the files' text read back -> Aer cross-check against the model
        -> analysis for large N (PCA, k-means, similarity, top-k tokens moved)
        -> report.json, report.md, distributions.safetensors, figures/ (timings in timing.json)

**Why OpenQASM 2.** A 12-qubit layer exported in ``cx, ry, rz, x, h`` has about
12,700 CX and 12,700 RY gates (a trajectory about 21,000 of each). Reading such a
file back takes ~0.16 s with :func:`qiskit.qasm2.loads` (Rust) and ~11 s with
:func:`qiskit.qasm3.loads` (the pure-Python ANTLR importer), measured here; the
gates are the same in both formats. So the LM writes OpenQASM 2; what is
cross-checked is always the text that was written, parsed back.

Like :func:`qlens_q.pipeline.run` the run is staged beside ``--out`` and renamed
into place at the end (the staging helpers are imported from there), and the
same seed gives a byte-identical ``report.json``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np
import torch
from numpy.typing import NDArray
from qiskit import QuantumCircuit
from safetensors.numpy import load as load_arrays
from safetensors.numpy import save as save_arrays
from tqdm import tqdm

from qlens_q import __version__, io, qasm
from qlens_q import executor as executors
from qlens_q.circuits import Synthesis
from qlens_q.circuits.layers import method_max_qubits
from qlens_q.circuits.metrics import two_qubit_gates
from qlens_q.crosscheck import CheckConfig, Verdict
from qlens_q.data.lm_corpus import LMCorpus, lm_corpus, ngram_baselines
from qlens_q.data.tokenizer import PAD, Tokenizer
from qlens_q.errors import InputError
from qlens_q.nn.lens import LENS_CONFIG_FILE, LensConfig, TunedLens
from qlens_q.nn.lm import CausalLM, perplexity, read_positions, train_lm, word_positions
from qlens_q.nn.lm_lens import LENS_SAMPLE, lm_lens_metrics, train_lm_lens
from qlens_q.nn.model import ModelConfig
from qlens_q.pipeline import (
    LAYERS,
    TOKENIZER_FILE,
    Readings,
    Stopwatch,
    _check_out,
    build_circuits,
    check_saved_lens,
    crosscheck_shipped,
    preload_analysis_imports,
    publish_analysis,
    run_setting,
    save_model_files,
    softmax64,
    staged,
)

LM_REPORT_FORMAT = "qlens-q-lm-report/1"
DISTRIBUTIONS_FILE = "distributions.safetensors"
#: Export format of the LM's circuits (see the module docstring).
LM_QASM_FORMAT = "qasm2"
#: Documents of the default corpus (90 % train, 10 % test).
LM_DOCUMENTS = 7000
LM_VOCAB = 4096
#: Largest vocabulary: 16 qubits.
LM_MAX_VOCAB = 2**16
LM_MAX_LEN = 64
LM_EPOCHS = 1
LM_BATCH = 32
LM_LEARNING_RATE = 5e-3
LM_DROPOUT = 0.0
LM_LIMIT = 16
#: Torch threads. One: with two, a second busy process on a 2-core machine made a training
#: step several times slower (OpenMP threads waiting on each other); with one it stays the same.
LM_THREADS = 1
#: Training documents whose perplexity is reported beside the test perplexity.
TRAIN_PPL_DOCUMENTS = 600
#: Context words shown per example in report.md.
CONTEXT_WORDS = 12


@dataclass(frozen=True)
class LMRunConfig:
    """Everything ``qlens-q run --task lm`` is told (saved in ``report.json``)."""

    out: str
    data: str = "builtin"
    vocab: int = LM_VOCAB
    seed: int = 42
    shots: int = 10_000
    method: str = "structured"
    limit: int = LM_LIMIT
    epochs: int = LM_EPOCHS
    model: str | None = None
    lens: str = "bias"
    analysis: bool = True
    permutations: int = 1000
    top_k: int = 10
    progress: bool = True
    executor: str | None = None


def corpus_size(data: str) -> int:
    """``builtin`` (the default corpus) or ``builtin:N`` (N documents)."""
    if data == "builtin":
        return LM_DOCUMENTS
    size = data.partition(":")[2] if data.startswith("builtin:") else ""
    if not size.isdigit() or int(size) < 20:
        raise InputError("--data", f"the LM task reads 'builtin' or 'builtin:N' with N >= 20, got {data!r}")
    return int(size)


def _validate(config: LMRunConfig) -> None:
    for name, value, low in (("--limit", config.limit, 1), ("--epochs", config.epochs, 1),
                             ("--top-k", config.top_k, 1), ("--permutations", config.permutations, 1)):  # fmt: skip
        if isinstance(value, bool) or not isinstance(value, int) or value < low:
            raise InputError(name, f"must be an integer >= {low}, got {value!r}")
    if config.lens not in ("bias", "affine"):
        raise InputError("--lens", f"unknown lens {config.lens!r} (bias or affine)")
    if (
        isinstance(config.vocab, bool)
        or not isinstance(config.vocab, int)
        or not 2 <= config.vocab <= LM_MAX_VOCAB
    ):
        raise InputError(
            "--vocab", f"must be an integer from 2 to {LM_MAX_VOCAB} (16 qubits), got {config.vocab!r}"
        )
    if config.analysis and config.limit < 2:
        raise InputError(
            "--limit", "the analysis compares positions: give --limit 2 or more, or --no-analysis"
        )


def _encode(tokenizer: Tokenizer, docs: Sequence[Sequence[str]], max_len: int) -> torch.Tensor:
    return tokenizer.encode_batch([" ".join(doc) for doc in docs], max_len)


def _model(
    config: LMRunConfig, corpus: LMCorpus, train_ids: torch.Tensor, clock: Stopwatch
) -> tuple[CausalLM, Tokenizer, TunedLens | None]:
    tokenizer = corpus.tokenizer()
    if config.model is not None:
        directory = Path(config.model)
        if not directory.is_dir():
            raise InputError("--model", f"{directory} is not a directory")
        saved = Tokenizer.load(directory / TOKENIZER_FILE)
        if saved.tokens != tokenizer.tokens:
            raise InputError(
                "--model", "its vocabulary is not this corpus' (give the same --vocab, --data, --seed)"
            )
        model = CausalLM.load(directory)
        lens = (
            TunedLens.load(directory, model.config.d_model)
            if (directory / LENS_CONFIG_FILE).exists()
            else None
        )
        check_saved_lens(lens, directory, kind=config.lens)
        return model, saved, lens
    model_config = ModelConfig(
        vocab_size=corpus.vocab_size,
        max_len=corpus.max_len,
        num_classes=corpus.vocab_size,
        dropout=LM_DROPOUT,
        epochs=config.epochs,
        batch_size=LM_BATCH,
        learning_rate=LM_LEARNING_RATE,
        seed=config.seed,
        causal=True,
    )
    with clock.stage("train"):
        model = train_lm(model_config, train_ids, progress=config.progress)
    return model, tokenizer, None


def choose_positions(test_ids: torch.Tensor, count: int, seed: int) -> list[tuple[int, int]]:
    """``(document, t)`` for the first ``count`` test documents, ``t`` uniform in ``1..L-2`` (seeded).

    ``L`` is the document's length with ``[CLS]``; position ``t`` predicts token
    ``t + 1`` from tokens ``0..t``, so every chosen context holds at least one word.
    """
    if count > test_ids.shape[0]:
        raise InputError(
            "--limit", f"at most {test_ids.shape[0]} (one position per test document), got {count}"
        )
    rng = np.random.default_rng(np.random.SeedSequence([seed, 5]))
    lengths = (test_ids != PAD).sum(1).tolist()
    return [(k, 1 + int(rng.integers(max(1, lengths[k] - 2)))) for k in range(count)]


@torch.no_grad()
def heldout_metrics(
    model: CausalLM, lens: TunedLens, ids: torch.Tensor, batch_documents: int = 32
) -> tuple[float, dict[str, dict[str, float]]]:
    """Perplexity ``exp(mean_t -log p(w_{t+1} | w_0..w_t))`` and :func:`lm_lens_metrics` over every word position.

    Positions are read in batches of ``batch_documents`` documents (memory stays at
    one batch's ``positions x V`` logits); the means are weighted by positions.
    """
    total_nll, count = 0.0, 0
    sums: dict[str, dict[str, float]] = {}
    for start in range(0, ids.shape[0], batch_documents):
        batch = ids[start : start + batch_documents]
        positions = word_positions(batch)
        if positions.shape[0] == 0:
            continue
        residuals, logits = read_positions(model, batch, positions)
        targets = batch[positions[:, 0], positions[:, 1] + 1]
        m = positions.shape[0]
        total_nll += float(torch.nn.functional.cross_entropy(logits, targets, reduction="sum"))
        for point, values in lm_lens_metrics(model, lens, residuals, logits).items():
            acc = sums.setdefault(point, dict.fromkeys(values, 0.0))
            for key, value in values.items():
                acc[key] += value * m
        count += m
    if count == 0:
        raise InputError("test documents", "hold no word to predict")
    metrics = {point: {k: v / count for k, v in acc.items()} for point, acc in sums.items()}
    return math.exp(total_nll / count), metrics


def _lens(config: LMRunConfig, model: CausalLM, train_ids: torch.Tensor, lens: TunedLens | None) -> TunedLens:
    if lens is not None:
        return lens
    # every position of randomly drawn training documents, until LENS_SAMPLE positions are reached
    generator = torch.Generator().manual_seed(config.seed)
    order = torch.randperm(train_ids.shape[0], generator=generator)
    words = (train_ids[order, 1:] != PAD).sum(1).cumsum(0)
    take = int((words < LENS_SAMPLE).sum()) + 1
    docs = train_ids[order[:take].sort().values]
    residuals, logits = read_positions(model, docs, word_positions(docs))
    lens_config = LensConfig(kind=config.lens, readout="token", steps=200, seed=config.seed)
    return train_lm_lens(model, residuals, logits, lens_config, progress=config.progress)


def _readings(
    model: CausalLM, lens: TunedLens, test_ids: torch.Tensor, positions: list[tuple[int, int]]
) -> tuple[NDArray[np.float64], NDArray[np.float64], NDArray[np.float64]]:
    residuals, logits = read_positions(model, test_ids, torch.tensor(positions, dtype=torch.long))
    with torch.no_grad():
        p_emb = softmax64(lens.logits(model, "embedding", residuals["embedding"]))
        p_att = softmax64(lens.logits(model, "attention", residuals["attention"]))
    return p_emb, p_att, softmax64(logits)


def _bar(items: Sequence[Any], desc: str, progress: bool) -> Any:
    return tqdm(items, desc=desc, unit="circuit", disable=not progress, leave=False)


def run_lm(config: LMRunConfig, log: Callable[[str], None] = print) -> dict[str, Any]:
    """Run the LM pipeline and publish ``config.out``; returns the report (also in ``report.json``)."""
    out = Path(config.out)
    _check_out(out)
    _validate(config)
    documents = corpus_size(config.data)
    executors.parse(config.executor)  # a bad --executor fails before training
    qubits = max(1, math.ceil(math.log2(config.vocab)))
    limit = method_max_qubits(config.method)
    if limit is not None and qubits > limit:
        raise InputError(
            "--method",
            f"{config.method!r} is limited to {limit} qubits; --vocab {config.vocab} needs {qubits}: use 'structured'",
        )
    synthesis = Synthesis(config.method)
    check = CheckConfig(shots=config.shots, seed=config.seed)
    clock = Stopwatch()
    torch.set_num_threads(LM_THREADS)
    if config.analysis:
        preload_analysis_imports()

    with clock.stage("data"):
        corpus = lm_corpus(vocab_size=config.vocab, documents=documents, seed=config.seed, max_len=LM_MAX_LEN)
        tokenizer = corpus.tokenizer()
        train_ids = _encode(tokenizer, corpus.train, corpus.max_len)
        test_ids = _encode(tokenizer, corpus.test, corpus.max_len)
    if config.limit > test_ids.shape[0]:  # before any training
        raise InputError(
            "--limit", f"at most {test_ids.shape[0]} (one position per test document), got {config.limit}"
        )
    with clock.stage("baselines"):
        baselines = ngram_baselines(corpus.train, corpus.test, corpus.vocab_size)
    model, tokenizer, lens = _model(config, corpus, train_ids, clock)
    with clock.stage("lens"):
        lens = _lens(config, model, train_ids, lens)
    with clock.stage("evaluate"):
        test_ppl, lens_metrics = heldout_metrics(model, lens, test_ids)
        train_ppl = perplexity(model, train_ids[:TRAIN_PPL_DOCUMENTS])
        positions = choose_positions(test_ids, config.limit, config.seed)
        p_emb, p_att, p_fin = _readings(model, lens, test_ids, positions)
    model_info = {
        "config": asdict(model.config),
        "parameters": sum(p.numel() for p in model.parameters()),
        "vocab_size": tokenizer.vocab_size,
        "test_perplexity": test_ppl,
        "train_perplexity": train_ppl,
        "train_perplexity_documents": min(TRAIN_PPL_DOCUMENTS, train_ids.shape[0]),
        "test_cross_entropy": math.log(test_ppl),
    }
    readings = Readings(p_emb, p_att, p_fin, lens_metrics, model_info)

    with staged(out) as staging:
        save_model_files(staging / "model", model, tokenizer, lens)
        count = len(positions)
        with clock.stage("build"):
            circuits, expected, identities = build_circuits(readings, count, synthesis)
        with clock.stage("transpile"):
            exported = [
                qasm.transpile_for_export(qc) for qc in _bar(circuits, "transpiling", config.progress)
            ]
        with clock.stage("export"):
            files = [f"circuits/{k:04d}_{layer}.qasm" for k in range(count) for layer in LAYERS]
            texts = []
            for name, qc in zip(files, _bar(exported, "exporting", config.progress), strict=True):
                texts.append(qasm.dumps(qc, LM_QASM_FORMAT))
                io.atomic_write_text(staging / name, texts[-1])
        with clock.stage("parse"):
            # Cross-check what was written: the files' text, parsed back.
            pairs = zip(files, _bar(texts, "parsing", config.progress), strict=True)
            shipped = [qasm.loads(text, source=name) for name, text in pairs]
        with clock.stage("simulate"):
            verdicts = crosscheck_shipped(shipped, expected, check, config.executor, config.progress)

        gate_stats = _gate_stats(shipped)
        report = _report(
            config, corpus, tokenizer, baselines, readings, positions, test_ids, files, identities,
            verdicts, gate_stats,
        )  # fmt: skip
        io.atomic_write_bytes(staging / DISTRIBUTIONS_FILE, _distributions(readings, verdicts))
        io.atomic_write_json(staging / "report.json", report)
        if config.analysis:
            with clock.stage("analysis"):
                report = add_lm_analysis(
                    staging,
                    seed=config.seed,
                    permutations=config.permutations,
                    top_k=config.top_k,
                    clock=clock,
                )
        else:
            io.atomic_write_text(staging / "report.md", render_lm_markdown(report))
        io.atomic_write_json(staging / "timing.json", {"seconds": clock.seconds})
    summary = report["summary"]
    log(
        f"qlens-q run --task lm: {summary['passed']}/{summary['circuits']} cross-checks passed "
        f"({summary['examples']} position{'s' * (summary['examples'] != 1)}, {report['circuits']['qubits']} qubits, "
        f"test perplexity "
        f"{report['model']['test_perplexity']:.2f}) -> {out / 'report.md'}"
    )
    return report


def _gate_stats(circuits: Sequence[QuantumCircuit]) -> dict[str, Any]:
    per_layer: dict[str, Any] = {}
    for j, layer in enumerate(LAYERS):
        cx = [two_qubit_gates(qc) for qc in circuits[j::3]]
        ops = [qc.size() for qc in circuits[j::3]]
        per_layer[layer] = {
            "two_qubit_gates_mean": float(np.mean(cx)) if cx else 0.0,
            "two_qubit_gates_max": max(cx, default=0),
            "operations_mean": float(np.mean(ops)) if ops else 0.0,
        }
    return {
        "format": LM_QASM_FORMAT,
        "qubits": circuits[0].num_qubits if circuits else 0,
        "per_layer": per_layer,
    }


def _distributions(readings: Readings, verdicts: Sequence[Verdict]) -> bytes:
    """The long vectors kept out of ``report.json``: lens/model distributions, Aer's probabilities and counts."""
    return save_arrays(
        {
            "p_embedding": np.ascontiguousarray(readings.p_embedding),
            "p_attention": np.ascontiguousarray(readings.p_attention),
            "p_final": np.ascontiguousarray(readings.p_final),
            "aer_probabilities": np.array([v.probabilities for v in verdicts], dtype=np.float64),
            "counts": np.array([v.counts for v in verdicts], dtype=np.int64),
        }
    )


def load_distributions(run_dir: str | Path) -> dict[str, NDArray[Any]]:
    """The arrays of ``distributions.safetensors`` (rows: positions; verdict rows: position x layer)."""
    path = Path(run_dir) / DISTRIBUTIONS_FILE
    try:
        return dict(load_arrays(path.read_bytes()))
    except Exception as exc:  # safetensors raises several types for a bad file
        raise InputError(str(path), f"cannot read distributions ({exc.__class__.__name__})") from None


def _top(p: NDArray[np.float64], words: Sequence[str], k: int = 5) -> list[list[Any]]:
    idx = np.argsort(-p, kind="stable")[:k]
    return [[words[int(j)], float(p[j])] for j in idx]


def _report(
    config: LMRunConfig,
    corpus: LMCorpus,
    tokenizer: Tokenizer,
    baselines: dict[str, float],
    readings: Readings,
    positions: list[tuple[int, int]],
    test_ids: torch.Tensor,
    files: list[str],
    identities: list[dict[str, bool]],
    verdicts: list[Verdict],
    gate_stats: dict[str, Any],
) -> dict[str, Any]:
    words = tokenizer.tokens
    rows = []
    for k, (doc, t) in enumerate(positions):
        ids = test_ids[doc].tolist()
        nxt = ids[t + 1]
        p_fin = readings.p_final[k]
        v = verdicts[3 * k : 3 * k + 3]
        rows.append(
            {
                "id": f"test-{doc:05d}@{t}",
                "document": doc,
                "position": t,
                "context": " ".join(words[i] for i in ids[: t + 1]),
                "next_word": words[nxt],
                "next_word_probability": float(p_fin[nxt]),
                "next_word_rank": int((p_fin > p_fin[nxt]).sum()) + 1,
                "prediction": words[int(p_fin.argmax())],
                "top": {
                    "embedding": _top(readings.p_embedding[k], words),
                    "attention": _top(readings.p_attention[k], words),
                    "final": _top(p_fin, words),
                },
                "identity_layer": identities[k],
                "circuits": dict(zip(LAYERS, files[3 * k : 3 * k + 3], strict=True)),
                "crosscheck": {
                    layer: verdict.to_dict(with_distributions=False)
                    for layer, verdict in zip(LAYERS, v, strict=True)
                },
            }
        )
    passed = sum(v.passed for v in verdicts)
    per_layer = {
        layer: {
            "passed": sum(v.passed for v in verdicts[j::3]),
            "max_abs_error": max((v.max_abs_error for v in verdicts[j::3]), default=0.0),
        }
        for j, layer in enumerate(LAYERS)
    }
    return {
        "format": LM_REPORT_FORMAT,
        "qlens_q_version": __version__,
        # where Aer ran (--executor) changes no result, so it is not part of the report
        "config": {k: v for k, v in asdict(config).items() if k not in ("progress", "out", "executor")},
        "data": {
            "source": corpus.source,
            "vocab_size": corpus.vocab_size,
            "topics": len(corpus.lexicon.topics),
            "max_len": corpus.max_len,
            "train_documents": len(corpus.train),
            "test_documents": len(corpus.test),
            "coverage_documents": corpus.coverage_documents,
            "train_words": sum(len(d) for d in corpus.train),
            "test_words": sum(len(d) for d in corpus.test),
            "baselines": {
                "unigram_perplexity": baselines["unigram"],
                "bigram_perplexity": baselines["bigram"],
                "bigram_lambda": baselines["bigram_lambda"],
            },
        },
        "model": readings.model,
        "lens": readings.lens,
        "crosscheck": {
            "shots": config.shots,
            "seed": config.seed,
            "tol": CheckConfig().tol,
            "alpha": CheckConfig().alpha,
        },
        "circuits": gate_stats,
        "summary": {
            "examples": len(positions),
            "circuits": len(verdicts),
            "passed": passed,
            "failed": len(verdicts) - passed,
            "identity_layers": sum(d["attention"] + d["mlp"] for d in identities),
            "per_layer": per_layer,
        },
        "examples": rows,
    }


def load_lm_report(directory: str | Path) -> dict[str, Any]:
    """Read ``report.json`` of an LM run directory, refusing another format."""
    import json

    path = Path(directory) / "report.json"
    try:
        report = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(str(path), f"cannot read report ({exc.__class__.__name__})") from None
    if not isinstance(report, dict) or report.get("format") != LM_REPORT_FORMAT:
        raise InputError(str(path), f"is not a {LM_REPORT_FORMAT} report")
    return report


def is_lm_run(directory: str | Path) -> bool:
    """Whether ``directory/report.json`` is an LM report (for ``qlens-q analyze``)."""
    try:
        load_lm_report(directory)
    except InputError:
        return False
    return True


def add_lm_analysis(
    run_dir: str | Path,
    *,
    seed: int | None = None,
    permutations: int | None = None,
    top_k: int | None = None,
    figures: bool = True,
    clock: Stopwatch | None = None,
) -> dict[str, Any]:
    """Analyse an LM run (:mod:`qlens_q.stats.lm_analysis`), draw its figures, rewrite its reports.

    ``seed``, ``permutations`` and ``top_k`` default to the run's own (its ``config``).
    """
    from qlens_q.stats.lm_analysis import lm_analysis

    root = Path(run_dir)
    report = load_lm_report(root)
    if len(report.get("examples", [])) < 2:
        raise InputError(str(root), "holds fewer than 2 positions; the analysis compares positions")
    seed = run_setting(report, "seed", seed, 0)
    permutations = run_setting(report, "permutations", permutations, 1000)
    top_k = run_setting(report, "top_k", top_k, 10)
    arrays = load_distributions(root)
    words = Tokenizer.load(root / "model" / TOKENIZER_FILE).tokens
    analysis = lm_analysis(
        arrays["p_embedding"], arrays["p_attention"], arrays["p_final"], words,
        seed=seed, permutations=permutations, top_k=top_k,
    )  # fmt: skip
    seconds = {"analysis_seconds": analysis.pop("seconds")}
    if figures:
        import time

        from qlens_q.plotting.lm_figures import make_lm_figures

        start = time.perf_counter()
        analysis["figures"] = make_lm_figures(root, report, analysis, arrays, words)
        seconds["analysis_figures_seconds"] = round(time.perf_counter() - start, 3)
    report["analysis"] = analysis
    publish_analysis(root, report, render_lm_markdown(report), seconds, clock)
    return report


def render_lm_markdown(report: dict[str, Any]) -> str:
    """The human summary ``report.md`` of an LM run."""
    from qlens_q.stats.lm_analysis import lm_markdown

    d, m, s, lens, c = report["data"], report["model"], report["summary"], report["lens"], report["circuits"]
    base = d["baselines"]
    cfg = report["config"]
    lines = [
        "# qlens-q run --task lm",
        "",
        f"Data: {d['source']}: {d['train_documents']:,} training documents ({d['train_words']:,} words, "
        f"{d['coverage_documents']} added so that every word occurs) / {d['test_documents']:,} test documents "
        f"({d['test_words']:,} words). Method: `{cfg['method']}`, {cfg['shots']:,} shots, seed {cfg['seed']}.",
        "",
        "## Model",
        "",
        f"One causal block, {m['parameters']:,} parameters, vocabulary {m['vocab_size']:,} "
        f"(N = {m['vocab_size']:,} output units, {c['qubits']} qubits).",
        "",
        "| model | held-out perplexity |",
        "| --- | --- |",
        f"| unigram (add-one) | {base['unigram_perplexity']:.2f} |",
        f"| bigram (interpolated, λ = {base['bigram_lambda']}) | {base['bigram_perplexity']:.2f} |",
        f"| **this model** | **{m['test_perplexity']:.2f}** (train, first {m['train_perplexity_documents']} "
        f"documents: {m['train_perplexity']:.2f}) |",
        "",
        "## Tuned lenses over the vocabulary (every held-out position)",
        "",
        "| hook | KL(final ‖ tuned lens) | top-1 agreement | KL(final ‖ identity lens) | top-1 agreement |",
        "| --- | --- | --- | --- | --- |",
    ]
    lines += [
        f"| {p} | {v['kl']:.4f} | {v['agreement']:.4f} | {v['kl_identity']:.4f} | {v['agreement_identity']:.4f} |"
        for p, v in lens.items()
    ]
    lines += [
        "",
        f"## Cross-check (Aer, on the exported OpenQASM 2 text, {c['qubits']} qubits)",
        "",
        f"**{s['passed']} / {s['circuits']} circuits passed** over {s['examples']} held-out "
        f"position{'s' * (s['examples'] != 1)} "
        f"({s['identity_layers']} identity layers).",
        "",
        "| circuit | passed | max exact Born error | mean CX | mean operations |",
        "| --- | --- | --- | --- | --- |",
    ]
    lines += [
        f"| {k} | {v['passed']} / {s['examples']} | {v['max_abs_error']:.2e} "
        f"| {c['per_layer'][k]['two_qubit_gates_mean']:,.0f} | {c['per_layer'][k]['operations_mean']:,.0f} |"
        for k, v in s["per_layer"].items()
    ]
    failures = [(ex["id"], layer, v["failures"]) for ex in report["examples"] for layer, v in ex["crosscheck"].items()
                if not v["passed"]]  # fmt: skip
    if failures:
        lines += ["", "## Failures", ""]
        lines += [f"- {i}, {layer}: {'; '.join(f)}" for i, layer, f in failures[:50]]
    lines += [
        "",
        "## Positions",
        "",
        "| id | context (last words) | next word (p, rank) | lens top-3: embedding | attention | final |",
        "| --- | --- | --- | --- | --- | --- |",
    ]

    def top3(entries: list[list[Any]]) -> str:
        return ", ".join(f"{w} {p:.2f}" for w, p in entries[:3])

    for ex in report["examples"]:
        context = ex["context"].split()[-CONTEXT_WORDS:]
        lines.append(
            f"| {ex['id']} | …{' '.join(context)} | {ex['next_word']} ({ex['next_word_probability']:.3f}, "
            f"{ex['next_word_rank']}) | {top3(ex['top']['embedding'])} | {top3(ex['top']['attention'])} "
            f"| {top3(ex['top']['final'])} |"
        )
    if "analysis" in report:
        lines += ["", lm_markdown(report["analysis"], report["examples"])]
    return "\n".join(lines) + "\n"
