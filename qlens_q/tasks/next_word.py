"""The next-word task: a causal language model whose outputs are the words of its vocabulary.

    generated corpus (documents of a synthetic language, :mod:`qlens_q.data.lm_corpus`)
        -> the toy one-block LM (trained or loaded; vocabulary V, default 4,096 = 2^12),
           or a local Hugging Face causal LM (``--backbone hf:PATH``, its own tokenizer and vocabulary)
        -> perplexity (the toy: against unigram and bigram baselines)
        -> Probe: the model's hook points, read at chosen positions; lenses fitted on every
           position of sampled training documents and scored on every held-out position
        -> trajectories of K held-out positions (one per test document, seeded)

**Positions read.** Position ``t`` of a document predicts token ``t + 1`` from tokens
``0..t``. For each of the first K test documents, ``t`` is drawn uniformly (seeded)
from ``1 .. L - 2`` (``L``: the document's length in tokens), so every context holds
at least two tokens and a next token exists; the probe's readout picks those rows
(:func:`read_positions`). A Hugging Face model reads each document as its tokenizer
encodes it (at most :data:`MAX_TOKENS` tokens).

Circuits are exported as OpenQASM 2: a 12-qubit layer has about 12,700 CX and reading
it back takes a fraction of a second with Qiskit's Rust OpenQASM 2 parser and
seconds with the OpenQASM 3 importer (``experiments/results/runs/lm/run.json``);
the gates are the same.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import torch
import torch.nn.functional as F

from qlens_q.checks import Stopwatch
from qlens_q.data.lm_corpus import LMCorpus, lm_corpus, ngram_baselines
from qlens_q.data.tokenizer import PAD, Tokenizer
from qlens_q.errors import InputError
from qlens_q.nn.probe import Probe
from qlens_q.nn.train import train_lm
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
#: Largest vocabulary of the toy model: 16 qubits.
MAX_VOCAB = 2**16
MAX_LEN = 64
#: Longest document a Hugging Face model reads (tokens).
MAX_TOKENS = 128
EPOCHS = 1
BATCH = 32
LEARNING_RATE = 5e-3
DROPOUT = 0.0
LIMIT = 16
#: Positions the analysis and the held-out test read (one per test document, the first ``--limit``
#: of them read as circuits too): 350 fit / 350 held out on the generated corpus.
ANALYSIS_POSITIONS = 700
#: Training positions the lenses are fitted on (every position of documents drawn at random).
LENS_SAMPLE = 8192
LENS_STEPS, LENS_BATCH = 200, 256
#: Training documents whose perplexity is reported beside the test perplexity.
TRAIN_PPL_DOCUMENTS = 600
#: Documents per forward pass when reading positions.
DOCS_PER_BATCH = 32


def outputs(config: RunConfig) -> int:
    """The number of output units: the vocabulary."""
    if config.backbone != "toy":
        from qlens_q.tasks.pretrained import local_model

        return int(local_model(config).outputs or 0)
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
    if config.backbone == "toy":
        vocab = outputs(config)
        if isinstance(vocab, bool) or not isinstance(vocab, int) or not 2 <= vocab <= MAX_VOCAB:
            raise InputError(
                "--vocab", f"must be an integer from 2 to {MAX_VOCAB} (16 qubits), got {vocab!r}"
            )
    corpus_size(config.data)


# ---------------------------------------------------------------------------- positions


def read_positions(residual: torch.Tensor, batch: dict[str, torch.Tensor]) -> torch.Tensor:
    """The probe's readout: rows ``residual[document, t]`` for the batch's ``positions`` ``(m, 2)``."""
    positions = batch["positions"]
    return residual[positions[:, 0], positions[:, 1]]


def word_positions(mask: torch.Tensor) -> torch.Tensor:
    """Every position ``(document, t)`` whose next token ``t + 1`` is a real token (``mask`` 1), in order."""
    return (mask[:, 1:] != 0).nonzero()


def position_batches(
    ids: torch.Tensor, mask: torch.Tensor, positions: torch.Tensor, docs_per_batch: int = DOCS_PER_BATCH
) -> Iterator[dict[str, torch.Tensor]]:
    """Batches reading ``positions`` ``(m, 2)`` (rows ``(document, t)``, sorted by document) in order.

    Each batch holds ``docs_per_batch`` documents cut after the last position read (the
    model is causal: later tokens change nothing there), their attention mask, and the
    next tokens (``targets``).
    """
    docs = positions[:, 0]
    if positions.shape[0] > 1 and bool((docs[1:] < docs[:-1]).any()):
        raise InputError("positions", "must be sorted by document")
    for start in range(0, ids.shape[0], docs_per_batch):
        rows = positions[(docs >= start) & (docs < start + docs_per_batch)]
        if rows.shape[0] == 0:
            continue
        width = int(rows[:, 1].max()) + 1
        local = rows - torch.tensor([start, 0])
        chunk = ids[start : start + docs_per_batch]
        yield {
            "input_ids": chunk[:, :width],
            "attention_mask": mask[start : start + docs_per_batch, :width],
            "positions": local,
            "targets": chunk[local[:, 0], local[:, 1] + 1],
        }


def choose_positions(mask: torch.Tensor, count: int, seed: int) -> list[tuple[int, int]]:
    """``(document, t)`` for the first ``count`` documents, ``t`` uniform in ``1..L-2`` (seeded)."""
    rng = np.random.default_rng(np.random.SeedSequence([seed, 5]))
    lengths = (mask != 0).sum(1).tolist()
    return [(k, 1 + int(rng.integers(max(1, lengths[k] - 2)))) for k in range(count)]


def analysed_documents(mask: torch.Tensor, limit: int) -> int:
    """How many leading test documents give a position: ``limit`` (read as circuits), and up to
    :data:`ANALYSIS_POSITIONS`, as far as documents have a next word to predict (three tokens or
    more). Always the same count for a corpus, with or without the analysis, so the model reads
    the checked positions in the same batches (the same floats to the last bit)."""
    count = limit
    lengths = (mask != 0).sum(1).tolist()
    while count < min(ANALYSIS_POSITIONS, len(lengths)) and lengths[count] >= 3:
        count += 1
    return count


def sample_documents(mask: torch.Tensor, seed: int) -> torch.Tensor:
    """Indices of training documents drawn at random until :data:`LENS_SAMPLE` positions are reached (sorted)."""
    generator = torch.Generator().manual_seed(seed)
    order = torch.randperm(mask.shape[0], generator=generator)
    words = (mask[order, 1:] != 0).sum(1).cumsum(0)
    take = int((words < LENS_SAMPLE).sum()) + 1
    return order[:take].sort().values


@torch.no_grad()
def cross_entropy(probe: Probe, batches: Iterator[dict[str, torch.Tensor]]) -> float:
    """Mean next-token cross-entropy (nats) of the model over every row the batches read."""
    total, count = 0.0, 0
    for batch in batches:
        logits = probe.cache(batch).logits
        total += float(F.cross_entropy(logits, batch["targets"], reduction="sum"))
        count += int(batch["targets"].shape[0])
    if count == 0:
        raise InputError("documents", "hold no token to predict")
    return total / count


# ---------------------------------------------------------------------------- models


@dataclass(frozen=True)
class Encoded:
    """Documents as padded token ids with their attention mask, and how to show tokens."""

    train_ids: torch.Tensor
    train_mask: torch.Tensor
    test_ids: torch.Tensor
    test_mask: torch.Tensor
    token: Callable[[int], str]
    context: Callable[[Sequence[int]], str]


def _pad(rows: Sequence[Sequence[int]]) -> tuple[torch.Tensor, torch.Tensor]:
    width = max(len(r) for r in rows)
    ids = torch.zeros((len(rows), width), dtype=torch.long)
    mask = torch.zeros((len(rows), width), dtype=torch.long)
    for k, row in enumerate(rows):
        ids[k, : len(row)] = torch.tensor(row, dtype=torch.long)
        mask[k, : len(row)] = 1
    return ids, mask


def _toy_model(
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


def prepare(config: RunConfig, clock: Stopwatch) -> TaskRun:
    """Data, model, probe, lenses and the held-out positions' trajectories (see the module docstring)."""
    validate(config)
    limit = LIMIT if config.limit is None else config.limit
    vocab = VOCAB if config.vocab is None else config.vocab
    with clock.stage("data"):
        corpus = lm_corpus(
            vocab_size=vocab, documents=corpus_size(config.data), seed=config.seed, max_len=MAX_LEN
        )
    if limit > len(corpus.test):  # before any training
        raise InputError(
            "--limit", f"at most {len(corpus.test)} (one position per test document), got {limit}"
        )
    directory: Path | None = None
    model: Any
    extra: dict[str, Any] = {}
    data_section: dict[str, Any] = {
        "source": corpus.source,
        "topics": len(corpus.lexicon.topics),
        "train_documents": len(corpus.train),
        "test_documents": len(corpus.test),
        "coverage_documents": corpus.coverage_documents,
        "train_words": sum(len(d) for d in corpus.train),
        "test_words": sum(len(d) for d in corpus.test),
    }
    if config.backbone == "toy":
        tokenizer = corpus.tokenizer()
        with clock.stage("data"):
            train_ids = tokenizer.encode_batch([" ".join(doc) for doc in corpus.train], corpus.max_len)
            test_ids = tokenizer.encode_batch([" ".join(doc) for doc in corpus.test], corpus.max_len)
        with clock.stage("baselines"):
            baselines = ngram_baselines(corpus.train, corpus.test, corpus.vocab_size)
        model, directory = _toy_model(config, corpus, train_ids, clock)
        words = tokenizer.tokens
        encoded = Encoded(train_ids, (train_ids != PAD).long(), test_ids, (test_ids != PAD).long(),
                          token=lambda i: words[i], context=lambda ids: " ".join(words[i] for i in ids))  # fmt: skip
        probe = Probe(model, HOOK_POINTS, model.head, readout=read_positions, output_names=words,
                      sublayers=SUBLAYERS, forward=lambda m, b: m(b["input_ids"]))  # fmt: skip
        title = f"a next-word language model over {vocab:,} words"
        description = "One causal Transformer block with an unembedding to the vocabulary at every position; position t predicts word t + 1."
        data_section.update(
            vocab_size=corpus.vocab_size, max_len=corpus.max_len,
            baselines={"unigram_perplexity": baselines["unigram"], "bigram_perplexity": baselines["bigram"],
                       "bigram_lambda": baselines["bigram_lambda"]},
        )  # fmt: skip
        extra = {
            "unigram perplexity (add-one)": baselines["unigram"],
            f"bigram perplexity (interpolated, λ = {baselines['bigram_lambda']})": baselines["bigram"],
        }
        model_config: dict[str, Any] = asdict(model.config)
    else:
        from qlens_q.nn.hf import hf_probe, load_local, max_positions
        from qlens_q.tasks.pretrained import local_model

        info = local_model(config)
        if info.kind != "causal-lm":
            raise InputError("--task", f"{info.path} is not a causal language model: give --task classify")
        with clock.stage("load"):
            model, hf_tokenizer = load_local(info)
        width = max_positions(model, MAX_TOKENS)
        with clock.stage("data"):
            rows = {
                part: [
                    hf_tokenizer(" ".join(doc), truncation=True, max_length=width)["input_ids"]
                    for doc in docs
                ]
                for part, docs in (("train", corpus.train), ("test", corpus.test))
            }
            short = [k for k, r in enumerate(rows["test"][:limit]) if len(r) < 3]
            if short:
                raise InputError(
                    "--data", f"test document {short[0]} has fewer than 3 tokens for this tokenizer"
                )
            train_ids, train_mask = _pad(rows["train"])
            test_ids, test_mask = _pad(rows["test"])
        encoded = Encoded(
            train_ids, train_mask, test_ids, test_mask,
            token=lambda i: str(hf_tokenizer.convert_ids_to_tokens(int(i))),
            context=lambda ids: str(hf_tokenizer.decode(list(ids))),
        )  # fmt: skip
        probe = hf_probe(model, hf_tokenizer, readout=read_positions,
                         forward=lambda m, b: m(input_ids=b["input_ids"], attention_mask=b["attention_mask"]))  # fmt: skip
        title = f"{info.model_type} language model at {info.path}, {len(probe.points)} sub-layers"
        description = f"A pretrained {info.model_type} causal language model ({info.layers} layers), its own vocabulary and head."
        data_section.update(tokenizer="the model's own", max_tokens=width)
        model_config = {"backbone": config.backbone, "layers": info.layers}
    # bias for the toy model, affine for a pretrained backbone (a d x d map per point: its cost does not grow
    # with the vocabulary, whose softmax the bias lens pays for as well)
    kind = config.lens or ("bias" if config.backbone == "toy" else "affine")
    lenses = None if directory is None else saved_lenses(directory, probe, kind)
    with clock.stage("lens"):
        if lenses is None:
            docs = sample_documents(encoded.train_mask, config.seed)
            sample_ids, sample_mask = encoded.train_ids[docs], encoded.train_mask[docs]
            lenses = probe.fit_lenses(
                list(position_batches(sample_ids, sample_mask, word_positions(sample_mask))), kind=kind,
                seed=config.seed, steps=LENS_STEPS, batch_size=LENS_BATCH, progress=config.progress,
            )  # fmt: skip
    fitted = lenses
    with clock.stage("evaluate"):

        def test_batches() -> Iterator[dict[str, torch.Tensor]]:
            return position_batches(encoded.test_ids, encoded.test_mask, word_positions(encoded.test_mask))

        heldout = probe.lens_metrics(test_batches(), fitted)
        test_ce = cross_entropy(probe, test_batches())
        train_docs = min(TRAIN_PPL_DOCUMENTS, encoded.train_ids.shape[0])
        train_ids, train_mask = encoded.train_ids[:train_docs], encoded.train_mask[:train_docs]
        train_ce = cross_entropy(probe, position_batches(train_ids, train_mask, word_positions(train_mask)))
        analysed = analysed_documents(encoded.test_mask, limit)
        chosen = choose_positions(encoded.test_mask, analysed, config.seed)
        ids = [encoded.test_ids[d].tolist() for d, _ in chosen]
        traj = probe.trajectories(
            list(
                position_batches(encoded.test_ids, encoded.test_mask, torch.tensor(chosen, dtype=torch.long))
            ),
            fitted,
            ids=[f"test-{d:05d}@{t}" for d, t in chosen],
            meta={
                "document": [d for d, _ in chosen],
                "position": [t for _, t in chosen],
                "context": [encoded.context(row[: t + 1]) for row, (_, t) in zip(ids, chosen, strict=True)],
                "next_word": [encoded.token(row[t + 1]) for row, (_, t) in zip(ids, chosen, strict=True)],
                "label": [row[t + 1] for row, (_, t) in zip(ids, chosen, strict=True)],
            },
        ).with_lens(heldout)
    positions = int(word_positions(encoded.test_mask).shape[0])
    metrics: dict[str, Any] = {
        "held-out perplexity": math.exp(test_ce),
        f"train perplexity (first {train_docs} documents)": math.exp(train_ce),
        **extra,
        "parameters": parameters(model),
        "vocabulary": traj.num_outputs,
    }
    notes = [
        *lens_note(fitted, traj.num_outputs, affine_head=config.backbone == "toy"),
        f"The lens table is scored on every held-out position ({positions:,}). {traj.num_examples:,} of them, one per "
        f"test document at a seeded position, are analysed (the held-out test splits them by document); the first "
        f"{limit} are read as circuits by the Born check.",
    ]
    if directory is not None:
        notes.append(f"Model and lenses loaded from `{directory}`, not trained in this run.")
    sections = {
        "title": title,
        "task": "lm",
        "config": {
            **config_section(config),
            "vocab": traj.num_outputs,
            "limit": limit,
            "lens": fitted.config.kind,
        },
        "data": {
            **data_section,
            "description": f"{corpus.source}: {len(corpus.train):,} training documents "
            f"({corpus.coverage_documents} added so that every word occurs) and {len(corpus.test):,} test documents.",
        },
        "model": {
            "description": description,
            "config": model_config,
            "metrics": metrics,
            "test_cross_entropy": test_ce,
        },
        "notes": notes,
    }

    def write_model(folder: Path) -> None:
        if isinstance(model, Transformer):
            model.save(folder)
            corpus.tokenizer().save(folder / TOKENIZER_FILE)
        fitted.save(folder)

    return TaskRun(
        probe=probe,
        lenses=fitted,
        trajectories=traj,
        sections=sections,
        headline=f"{traj.num_qubits} qubits, test perplexity {math.exp(test_ce):.2f}",
        write_model=write_model,
        qasm_format="qasm2",
        checked=limit,
    )
