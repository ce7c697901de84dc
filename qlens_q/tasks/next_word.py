"""The next-word task: documents of a generated language, read by any backbone that is a language model.

    generated corpus (documents of a synthetic language, :mod:`qlens_q.data.lm_corpus`)
        -> the backbone's language model (:meth:`Backbone.language_model`): the toy one-block
           LM over the corpus' own words (vocabulary V, default 4,096 = 2^12), or a local GPT-2
           with its own tokenizer and vocabulary
        -> perplexity (over the corpus' own words: against unigram and bigram baselines)
        -> the model's hook points read at chosen positions; lenses fitted on every position of
           sampled training documents and scored on every held-out position
        -> trajectories of K held-out positions (one per test document, seeded)

**Positions read.** Position ``t`` of a document predicts token ``t + 1`` from tokens
``0..t``. For each of the first K test documents, ``t`` is drawn uniformly (seeded)
from ``1 .. L - 2`` (``L``: the document's length in tokens), so every context holds
at least two tokens and a next token exists; the probe's readout picks those rows
(:func:`read_positions`). A pretrained model reads each document as its tokenizer
encodes it (at most :data:`MAX_TOKENS` tokens).

Circuits are exported as OpenQASM 2: a 12-qubit layer has about 12,700 CX and reading
it back takes a fraction of a second with Qiskit's Rust OpenQASM 2 parser and
seconds with the OpenQASM 3 importer (``experiments/results/runs/lm/run.json``);
the gates are the same.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

import numpy as np

from qlens_q.errors import InputError
from qlens_q.tasks.base import (
    Task,
    TaskRun,
    builtin_size,
    config_section,
    lens_note,
    lens_provenance,
    saved_lenses,
    write_model,
)

if TYPE_CHECKING:
    import torch

    from qlens_q.backbones.base import Backbone
    from qlens_q.config import RunConfig
    from qlens_q.nn.lenses import Lenses
    from qlens_q.nn.probe import Probe, Residuals
    from qlens_q.timing import Stopwatch

#: Documents of the default corpus (90 % train, 10 % test).
DOCUMENTS = 7000
VOCAB = 4096
#: Largest vocabulary of the generated language: 16 qubits.
MAX_VOCAB = 2**16
MAX_LEN = 64
#: Longest document a pretrained model reads (tokens).
MAX_TOKENS = 128
LIMIT = 16
#: Positions the analysis and the held-out test read (one per test document, the first ``limit``
#: of them read as circuits too): 350 fit / 350 held out on the generated corpus.
ANALYSIS_POSITIONS = 700
#: Training positions the lenses are fitted on (every position of documents drawn at random).
LENS_SAMPLE = 8192
LENS_STEPS, LENS_BATCH = 200, 256
#: Training documents whose perplexity is reported beside the test perplexity.
TRAIN_PPL_DOCUMENTS = 600
#: Documents per forward pass when reading positions.
DOCS_PER_BATCH = 32


def corpus_size(data: str) -> int:
    """``builtin`` (the default corpus) or ``builtin:N`` (N documents)."""
    if data == "builtin":
        return DOCUMENTS
    size = builtin_size(data, 20, 1_000_000, "documents")
    if size is None:
        raise InputError(
            "data", f"the lm task reads 'builtin' or 'builtin:N' with N from 20 to 1,000,000, got {data!r}"
        )
    return size


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
    import torch

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
    import torch

    generator = torch.Generator().manual_seed(seed)
    order = torch.randperm(mask.shape[0], generator=generator)
    words = (mask[order, 1:] != 0).sum(1).cumsum(0)
    take = int((words < LENS_SAMPLE).sum()) + 1
    return order[:take].sort().values


class CrossEntropy:
    """Running next-token cross-entropy: the sum (nats) over every row added, and the rows."""

    def __init__(self) -> None:
        self.total, self.count = 0.0, 0

    def add(self, logits: torch.Tensor, targets: torch.Tensor) -> None:
        """Add ``-log softmax(logits)[target]`` of each row (float32 sum per batch, as torch computes it)."""
        import torch.nn.functional as F

        self.total += float(F.cross_entropy(logits.detach(), targets, reduction="sum"))
        self.count += int(targets.shape[0])

    def mean(self) -> float:
        """The mean over every row added (nats); an empty sum is refused."""
        if self.count == 0:
            raise InputError("data", "the documents hold no token to predict")
        return self.total / self.count


def cross_entropy(probe: Probe, batches: Iterable[dict[str, torch.Tensor]]) -> float:
    """Mean next-token cross-entropy (nats) of the model over every row the batches read."""
    ce = CrossEntropy()
    for batch in batches:
        ce.add(probe.cache(batch).logits, batch["targets"])
    return ce.mean()


def lens_metrics_and_cross_entropy(
    probe: Probe, batches: Iterable[dict[str, torch.Tensor]], lenses: Lenses | None
) -> tuple[dict[str, dict[str, float]], float]:
    """:meth:`Probe.lens_metrics` and :func:`cross_entropy` from one forward pass over ``batches``: each
    batch is read once (:meth:`Probe.cache`) and its rows go to both, so both are the numbers the two
    separate passes give."""
    ce = CrossEntropy()

    def read() -> Iterator[Residuals]:
        for batch in batches:
            cached = probe.cache(batch)
            ce.add(cached.logits, batch["targets"])
            yield cached

    metrics = probe.lens_metrics(read(), lenses)
    return metrics, ce.mean()


class NextWord(Task):
    """Next-word prediction (see the module docstring)."""

    name = "lm"
    objective = "next_token"
    options = frozenset({"vocab", "top_k"})
    qasm_format = "qasm2"

    def outputs(self, config: RunConfig) -> int:
        return VOCAB if config.vocab is None else config.vocab

    def validate(self, config: RunConfig, backbone: Backbone) -> None:
        from qlens_q.data.lm_corpus import MIN_VOCAB

        vocab = self.outputs(config)
        if isinstance(vocab, bool) or not isinstance(vocab, int) or not MIN_VOCAB <= vocab <= MAX_VOCAB:
            raise InputError(
                "vocab",
                f"must be an integer from {MIN_VOCAB} (the special tokens, the function words and 10 words of "
                f"each kind) to {MAX_VOCAB:,} (16 qubits), got {vocab!r}",
            )
        if config.top_k is not None and (
            isinstance(config.top_k, bool)
            or not isinstance(config.top_k, int)
            or not 1 <= config.top_k <= 1000
        ):
            raise InputError("top_k", f"must be an integer from 1 to 1,000, got {config.top_k!r}")
        corpus_size(config.data)

    def prepare(self, config: RunConfig, backbone: Backbone, clock: Stopwatch) -> TaskRun:
        """Data, model, lenses and the held-out positions' trajectories (see the module docstring)."""
        import torch

        from qlens_q.backbones.base import NextTokenRequest
        from qlens_q.data.lm_corpus import lm_corpus, ngram_baselines

        limit = LIMIT if config.limit is None else config.limit
        vocab = self.outputs(config)
        with clock.stage("data"):
            corpus = lm_corpus(
                vocab_size=vocab, documents=corpus_size(config.data), seed=config.seed, max_len=MAX_LEN
            )
        if limit > len(corpus.test):  # before any training
            raise InputError(
                "limit", f"at most {len(corpus.test)} (one position per test document), got {limit}"
            )
        request = NextTokenRequest(
            train=corpus.train, test=corpus.test, words=corpus.tokenizer().tokens, max_len=corpus.max_len,
            readout=read_positions, max_tokens=MAX_TOKENS,
        )  # fmt: skip
        model = backbone.language_model(request, config.backbone_settings(), clock)
        probe = model.probe
        assert model.train_ids is not None and model.train_mask is not None
        assert model.test_ids is not None and model.test_mask is not None
        train_ids, train_mask, test_ids, test_mask = (
            model.train_ids,
            model.train_mask,
            model.test_ids,
            model.test_mask,
        )
        short = [k for k in range(limit) if int((test_mask[k] != 0).sum()) < 3]
        if short:
            raise InputError("data", f"test document {short[0]} has fewer than 3 tokens for this tokenizer")
        data_section: dict[str, Any] = {
            "source": corpus.source,
            "topics": len(corpus.lexicon.topics),
            "train_documents": len(corpus.train),
            "test_documents": len(corpus.test),
            "coverage_documents": corpus.coverage_documents,
            "train_words": sum(len(d) for d in corpus.train),
            "test_words": sum(len(d) for d in corpus.test),
            **model.data,
        }
        baseline_metrics: dict[str, float] = {}
        if model.word_level:
            with clock.stage("baselines"):
                baselines = ngram_baselines(corpus.train, corpus.test, corpus.vocab_size)
            data_section["baselines"] = {
                "unigram_perplexity": baselines["unigram"],
                "bigram_perplexity": baselines["bigram"],
                "bigram_lambda": baselines["bigram_lambda"],
            }
            baseline_metrics = {
                "unigram perplexity (add-one)": baselines["unigram"],
                f"bigram perplexity (interpolated, λ = {baselines['bigram_lambda']})": baselines["bigram"],
            }
        kind = config.lens or model.lens
        lenses = None if model.directory is None else saved_lenses(model.directory, probe, kind)
        provenance = lens_provenance(model.directory, lenses, config.seed)
        with clock.stage("lens"):
            if lenses is None:
                docs = sample_documents(train_mask, config.seed)
                sample_ids, sample_mask = train_ids[docs], train_mask[docs]
                lenses = probe.fit_lenses(
                    list(position_batches(sample_ids, sample_mask, word_positions(sample_mask))), kind=kind,
                    seed=config.seed, steps=LENS_STEPS, batch_size=LENS_BATCH, progress=config.progress,
                )  # fmt: skip
        fitted = lenses
        with clock.stage("evaluate"):
            test_batches = position_batches(test_ids, test_mask, word_positions(test_mask))
            heldout, test_ce = lens_metrics_and_cross_entropy(probe, test_batches, fitted)
            train_docs = min(TRAIN_PPL_DOCUMENTS, train_ids.shape[0])
            first_ids, first_mask = train_ids[:train_docs], train_mask[:train_docs]
            train_ce = cross_entropy(
                probe, position_batches(first_ids, first_mask, word_positions(first_mask))
            )
            analysed = analysed_documents(test_mask, limit)
            chosen = choose_positions(test_mask, analysed, config.seed)
            rows = [test_ids[d].tolist() for d, _ in chosen]
            traj = probe.trajectories(
                list(position_batches(test_ids, test_mask, torch.tensor(chosen, dtype=torch.long))),
                fitted,
                ids=[f"test-{d:05d}@{t}" for d, t in chosen],
                meta={
                    "document": [d for d, _ in chosen],
                    "position": [t for _, t in chosen],
                    "context": [
                        model.context(row[: t + 1]) for row, (_, t) in zip(rows, chosen, strict=True)
                    ],
                    "next_word": [model.token(row[t + 1]) for row, (_, t) in zip(rows, chosen, strict=True)],
                    "label": [row[t + 1] for row, (_, t) in zip(rows, chosen, strict=True)],
                },
            ).with_lens(heldout)
        positions = int(word_positions(test_mask).shape[0])
        metrics: dict[str, Any] = {
            "held-out perplexity": math.exp(test_ce),
            f"train perplexity (first {train_docs} documents)": math.exp(train_ce),
            **baseline_metrics,
            **model.metrics,
            "vocabulary": traj.num_outputs,
        }
        notes = [
            *lens_note(fitted, traj.num_outputs, affine_head=model.affine_head),
            *model.notes,
            f"The lens table is scored on every held-out position ({positions:,}). {traj.num_examples:,} of them, "
            "one per test document at a seeded position, are analysed (the held-out test splits them by document); "
            f"the first {limit} are read as circuits by the Born check.",
            *model.provenance,
            *provenance,
        ]
        sections = {
            "title": model.title,
            "task": self.name,
            "config": {
                **config_section(config),
                "vocab": traj.num_outputs,
                "limit": limit,
                "lens": fitted.config.kind,
                **model.config,
            },
            "data": {
                **data_section,
                "description": f"{corpus.source}: {len(corpus.train):,} training documents "
                f"({corpus.coverage_documents} added so that every word occurs) and {len(corpus.test):,} test documents.",
            },
            "model": {**model.section, "metrics": metrics, "test_cross_entropy": test_ce},
            "notes": notes,
        }
        return TaskRun(
            probe=probe,
            lenses=fitted,
            trajectories=traj,
            sections=sections,
            headline=f"{traj.num_qubits} qubits, test perplexity {math.exp(test_ce):.2f}",
            write_model=write_model(model, fitted),
            qasm_format=self.qasm_format,
            checked=limit,
        )


TASK = NextWord

__all__ = ["TASK", "NextWord", "read_positions"]
