"""The next-word task: a one-block causal language model whose outputs are the words of a vocabulary.

    generated corpus (vocabulary V, default 4,096 = 2^12) -> tokenizer
        -> toy Transformer with a language-model head (trained or loaded)
        -> perplexity against unigram and bigram baselines
        -> Probe: points embedding and attention, then final, read at chosen positions
        -> lenses over the vocabulary, scored on every held-out position
        -> trajectories of K held-out positions (one per test document, seeded)

Position ``t`` of a document predicts word ``t + 1`` from words ``0..t``; the
probe's readout picks the rows ``(document, t)`` a batch asks for, so lenses are
fitted on every word position of sampled training documents and the trajectories
are read at the chosen positions. Circuits are exported as OpenQASM 2: a
12-qubit layer has about 12,700 CX and reading it back takes about 0.16 s with
Qiskit's Rust OpenQASM 2 parser and about 11 s with the OpenQASM 3 importer
(``experiments/results/lm/run.json``); the gates are the same.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import torch

from qlens_q.checks import Stopwatch
from qlens_q.data.lm_corpus import LMCorpus, lm_corpus, ngram_baselines
from qlens_q.data.tokenizer import PAD, Tokenizer
from qlens_q.errors import InputError
from qlens_q.nn.probe import Probe
from qlens_q.nn.train import perplexity, train_lm
from qlens_q.nn.transformer import HOOK_POINTS, SUBLAYERS, ModelConfig, Transformer
from qlens_q.tasks.base import (
    TOKENIZER_FILE,
    TaskRun,
    config_section,
    lens_note,
    model_directory,
    parameters,
    saved_lenses,
)

if TYPE_CHECKING:
    from qlens_q.pipeline import RunConfig

#: Documents of the default corpus (90 % train, 10 % test).
DOCUMENTS = 7000
VOCAB = 4096
#: Largest vocabulary: 16 qubits.
MAX_VOCAB = 2**16
MAX_LEN = 64
EPOCHS = 1
BATCH = 32
LEARNING_RATE = 5e-3
DROPOUT = 0.0
LIMIT = 16
#: Training positions the lenses are fitted on (every position of documents drawn at random).
LENS_SAMPLE = 8192
LENS_STEPS, LENS_BATCH = 200, 256
#: Training documents whose perplexity is reported beside the test perplexity.
TRAIN_PPL_DOCUMENTS = 600
#: Documents per forward pass when reading positions.
DOCS_PER_BATCH = 32
READOUT = "token"


def outputs(config: RunConfig) -> int:
    """The number of output units: the vocabulary."""
    return VOCAB if config.vocab is None else config.vocab


def corpus_size(data: str) -> int:
    """``builtin`` (the default corpus) or ``builtin:N`` (N documents)."""
    if data == "builtin":
        return DOCUMENTS
    size = data.partition(":")[2] if data.startswith("builtin:") else ""
    if not size.isdigit() or not 20 <= int(size) <= 1_000_000:
        raise InputError(
            "--data", f"the lm task reads 'builtin' or 'builtin:N' with N from 20 to 1,000,000, got {data!r}"
        )
    return int(size)


def validate(config: RunConfig) -> None:
    """The task's own checks, before any work."""
    vocab = outputs(config)
    if isinstance(vocab, bool) or not isinstance(vocab, int) or not 2 <= vocab <= MAX_VOCAB:
        raise InputError("--vocab", f"must be an integer from 2 to {MAX_VOCAB} (16 qubits), got {vocab!r}")
    corpus_size(config.data)


def read_positions(residual: torch.Tensor, batch: dict[str, torch.Tensor]) -> torch.Tensor:
    """The probe's readout: rows ``residual[document, t]`` for the batch's ``positions`` ``(m, 2)``."""
    positions = batch["positions"]
    return residual[positions[:, 0], positions[:, 1]]


def _forward(model: torch.nn.Module, batch: dict[str, torch.Tensor]) -> torch.Tensor:
    return model(batch["input_ids"])


def position_batches(
    ids: torch.Tensor, positions: torch.Tensor, docs_per_batch: int = DOCS_PER_BATCH
) -> Iterator[dict[str, torch.Tensor]]:
    """Batches reading ``positions`` ``(m, 2)`` (rows ``(document, t)``, sorted by document) in order.

    Each batch holds ``docs_per_batch`` documents cut after the last position read
    (the model is causal: later tokens change nothing there).
    """
    docs = positions[:, 0]
    if positions.shape[0] > 1 and bool((docs[1:] < docs[:-1]).any()):
        raise InputError("positions", "must be sorted by document")
    for start in range(0, ids.shape[0], docs_per_batch):
        rows = positions[(docs >= start) & (docs < start + docs_per_batch)]
        if rows.shape[0] == 0:
            continue
        chunk = ids[start : start + docs_per_batch, : int(rows[:, 1].max()) + 1]
        yield {"input_ids": chunk, "positions": rows - torch.tensor([start, 0])}


def word_positions(ids: torch.Tensor) -> torch.Tensor:
    """Every position ``(document, t)`` whose next token ``t + 1`` is a word (not padding), in order."""
    return (ids[:, 1:] != PAD).nonzero()


def choose_positions(test_ids: torch.Tensor, count: int, seed: int) -> list[tuple[int, int]]:
    """``(document, t)`` for the first ``count`` test documents, ``t`` uniform in ``1..L-2`` (seeded).

    ``L`` is the document's length with ``[CLS]``; position ``t`` predicts token
    ``t + 1`` from tokens ``0..t``, so every chosen context holds at least one word.
    """
    rng = np.random.default_rng(np.random.SeedSequence([seed, 5]))
    lengths = (test_ids != PAD).sum(1).tolist()
    return [(k, 1 + int(rng.integers(max(1, lengths[k] - 2)))) for k in range(count)]


def _encode(tokenizer: Tokenizer, docs: Sequence[Sequence[str]], max_len: int) -> torch.Tensor:
    return tokenizer.encode_batch([" ".join(doc) for doc in docs], max_len)


def _model(
    config: RunConfig, corpus: LMCorpus, train_ids: torch.Tensor, clock: Stopwatch
) -> tuple[Transformer, Path | None]:
    if config.model is not None:
        directory = model_directory(config.model)
        saved = Tokenizer.load(directory / TOKENIZER_FILE)
        if saved.tokens != corpus.tokenizer().tokens:
            raise InputError(
                "--model", "its vocabulary is not this corpus' (give the same --vocab, --data, --seed)"
            )
        model = Transformer.load(directory)
        if not model.is_language_model:
            raise InputError(
                "--model",
                f"{directory} holds a classifier: give --task classify, or a language model's folder",
            )
        return model, directory
    model_config = ModelConfig(
        vocab_size=corpus.vocab_size, max_len=corpus.max_len, num_classes=corpus.vocab_size, dropout=DROPOUT,
        epochs=EPOCHS if config.epochs is None else config.epochs, batch_size=BATCH, learning_rate=LEARNING_RATE,
        seed=config.seed, causal=True,
    )  # fmt: skip
    with clock.stage("train"):
        model = train_lm(model_config, train_ids, progress=config.progress)
    return model, None


def _lens_sample(train_ids: torch.Tensor, seed: int) -> torch.Tensor:
    """Every position of randomly drawn training documents, until :data:`LENS_SAMPLE` positions are reached."""
    generator = torch.Generator().manual_seed(seed)
    order = torch.randperm(train_ids.shape[0], generator=generator)
    words = (train_ids[order, 1:] != PAD).sum(1).cumsum(0)
    take = int((words < LENS_SAMPLE).sum()) + 1
    return train_ids[order[:take].sort().values]


def prepare(config: RunConfig, clock: Stopwatch) -> TaskRun:
    """Data, model, probe, lenses and the held-out positions' trajectories (see the module docstring)."""
    validate(config)
    vocab, limit = outputs(config), LIMIT if config.limit is None else config.limit
    with clock.stage("data"):
        corpus = lm_corpus(
            vocab_size=vocab, documents=corpus_size(config.data), seed=config.seed, max_len=MAX_LEN
        )
        tokenizer = corpus.tokenizer()
        train_ids = _encode(tokenizer, corpus.train, corpus.max_len)
        test_ids = _encode(tokenizer, corpus.test, corpus.max_len)
    if limit > test_ids.shape[0]:  # before any training
        raise InputError(
            "--limit", f"at most {test_ids.shape[0]} (one position per test document), got {limit}"
        )
    with clock.stage("baselines"):
        baselines = ngram_baselines(corpus.train, corpus.test, corpus.vocab_size)
    model, directory = _model(config, corpus, train_ids, clock)
    probe = Probe(model, HOOK_POINTS, model.head, readout=read_positions, output_names=tokenizer.tokens,
                  sublayers=SUBLAYERS, forward=_forward)  # fmt: skip
    lenses = None if directory is None else saved_lenses(directory, probe, config.lens)
    with clock.stage("lens"):
        if lenses is None:
            docs = _lens_sample(train_ids, config.seed)
            lenses = probe.fit_lenses(
                list(position_batches(docs, word_positions(docs))), kind=config.lens, seed=config.seed,
                steps=LENS_STEPS, batch_size=LENS_BATCH, progress=config.progress,
            )  # fmt: skip
    fitted = lenses
    with clock.stage("evaluate"):
        heldout = probe.lens_metrics(position_batches(test_ids, word_positions(test_ids)), fitted)
        test_ppl = perplexity(model, test_ids)
        train_ppl = perplexity(model, train_ids[:TRAIN_PPL_DOCUMENTS])
        chosen = choose_positions(test_ids, limit, config.seed)
        words = tokenizer.tokens
        rows = [test_ids[d].tolist() for d, _ in chosen]
        traj = probe.trajectories(
            list(position_batches(test_ids, torch.tensor(chosen, dtype=torch.long))),
            fitted,
            ids=[f"test-{d:05d}@{t}" for d, t in chosen],
            meta={
                "document": [d for d, _ in chosen],
                "position": [t for _, t in chosen],
                "context": [
                    " ".join(words[i] for i in row[: t + 1]) for row, (_, t) in zip(rows, chosen, strict=True)
                ],
                "next_word": [words[row[t + 1]] for row, (_, t) in zip(rows, chosen, strict=True)],
                "label": [row[t + 1] for row, (_, t) in zip(rows, chosen, strict=True)],
            },
        ).with_lens(heldout)
    positions = int(word_positions(test_ids).shape[0])
    metrics: dict[str, Any] = {
        "held-out perplexity": test_ppl,
        f"train perplexity (first {min(TRAIN_PPL_DOCUMENTS, train_ids.shape[0])} documents)": train_ppl,
        "unigram perplexity (add-one)": baselines["unigram"],
        f"bigram perplexity (interpolated, λ = {baselines['bigram_lambda']})": baselines["bigram"],
        "parameters": parameters(model),
        "vocabulary": tokenizer.vocab_size,
    }
    notes = [
        *lens_note(fitted, vocab),
        f"The lens table is scored on every held-out position ({positions:,}); {traj.num_examples} of them, one per "
        "test document at a seeded position, are read as circuits.",
    ]
    if directory is not None:
        notes.append(f"Model and lenses loaded from `{directory}`, not trained in this run.")
    sections = {
        "title": f"a next-word language model over {vocab:,} words",
        "task": "lm",
        "config": {**config_section(config), "vocab": vocab, "limit": limit},
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
            "description": f"{corpus.source}: {len(corpus.train):,} training documents "
            f"({corpus.coverage_documents} added so that every word occurs) and {len(corpus.test):,} test documents.",
        },
        "model": {
            "description": "One causal Transformer block with an unembedding to the vocabulary at every position; "
            "position t predicts word t + 1.",
            "config": asdict(model.config),
            "metrics": metrics,
            "test_cross_entropy": math.log(test_ppl),
        },
        "notes": notes,
    }

    def write_model(folder: Path) -> None:
        model.save(folder)
        tokenizer.save(folder / TOKENIZER_FILE)
        fitted.save(folder)

    return TaskRun(
        probe=probe,
        lenses=fitted,
        trajectories=traj,
        sections=sections,
        headline=f"{traj.num_qubits} qubits, test perplexity {test_ppl:.2f}",
        write_model=write_model,
        qasm_format="qasm2",
    )
