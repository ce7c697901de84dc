"""The classification task: the paper's one-block sentiment classifier, trained or loaded.

    data (built-in corpus, builtin:N, or a SentiHood folder) -> word-level tokenizer
        -> toy Transformer with a classifier on [CLS] (:mod:`qlens_q.nn.transformer`)
        -> Probe: points embedding (after the compression) and attention (after
           attention + residual), then final; sub-layers attention and mlp
        -> lenses fitted on the training split -> trajectories of the test split

The model's metrics are its train and test accuracy.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

import torch

from qlens_q.checks import Stopwatch
from qlens_q.data.builtin import load_builtin
from qlens_q.data.dataset import CLASS_NAMES, Split
from qlens_q.data.sentihood import load_sentihood
from qlens_q.data.tokenizer import PAD, Tokenizer, tokenize
from qlens_q.errors import InputError
from qlens_q.nn.probe import Probe
from qlens_q.nn.train import accuracy, train_classifier
from qlens_q.nn.transformer import HOOK_POINTS, SUBLAYERS, ModelConfig, Transformer
from qlens_q.tasks.base import (
    TOKENIZER_FILE,
    TaskRun,
    config_section,
    id_batches,
    lens_note,
    model_directory,
    parameters,
    saved_lenses,
)

if TYPE_CHECKING:
    from qlens_q.pipeline import RunConfig

#: Longest token sequence the model reads (the [CLS] token included).
MAX_LEN_CAP = 64
#: Sentences of the generated corpus in the default run (1,600 train / 400 test).
BUILTIN_SIZE = 2000
EPOCHS = 10
READOUT = "cls"
READOUTS = ("cls", "mean")
#: The token and position embeddings: trained from scratch, or all-MiniLM-L6-v2's, frozen.
EMBEDDINGS = ("learned", "minilm")
MINILM_WIDTH = 384
#: Rows per forward pass when reading residuals.
READ_BATCH = 512


def outputs(config: RunConfig) -> int:
    """The number of output units (two classes)."""
    return len(CLASS_NAMES)


def load_split(data: str, seed: int) -> Split:
    """``builtin`` (the generated corpus), ``builtin:N`` (N sentences), or a SentiHood JSON directory."""
    if data == "builtin":
        return load_builtin(seed=seed, n=BUILTIN_SIZE)
    if data.startswith("builtin:"):
        size = data.partition(":")[2]
        if not size.isdigit() or not 10 <= int(size) <= 1_000_000:
            raise InputError("--data", f"builtin:N needs a whole number N from 10 to 1,000,000, got {size!r}")
        return load_builtin(seed=seed, n=int(size))
    path = Path(data)
    if not path.exists():
        raise InputError(
            "--data", f"{data} does not exist (give 'builtin', 'builtin:N' or a SentiHood JSON folder)"
        )
    return load_sentihood(path, seed=seed)


class WordPieces:
    """all-MiniLM-L6-v2's own tokenizer behind the word-level :class:`Tokenizer`'s interface.

    It writes ``[CLS] ... [SEP]`` and pads with id 0, the toy model's padding id.
    """

    def __init__(self) -> None:
        from qlens_q.nn.hf import minilm_path, transformers_module

        transformers = transformers_module("--embeddings")
        self.hf = transformers.AutoTokenizer.from_pretrained(
            str(minilm_path("--embeddings")), local_files_only=True
        )
        if self.hf.pad_token_id != PAD:
            raise InputError(
                "--embeddings", f"MiniLM's tokenizer pads with id {self.hf.pad_token_id}, not {PAD}"
            )

    @property
    def vocab_size(self) -> int:
        return len(self.hf)

    def length(self, text: str) -> int:
        """Tokens of ``text``, ``[CLS]`` and ``[SEP]`` included."""
        return len(self.hf(text)["input_ids"])

    def encode_batch(self, texts: Sequence[str], max_len: int) -> torch.Tensor:
        return self.hf(
            list(texts), padding="max_length", truncation=True, max_length=max_len, return_tensors="pt"
        )["input_ids"]

    def save(self, path: Path) -> None:
        """Nothing to write: the tokenizer comes with the MiniLM package."""

    def unknown_fraction(self, ids: torch.Tensor) -> float:
        """The fraction of tokens (padding and [CLS]/[SEP] apart) that are ``[UNK]``."""
        words = (ids != PAD) & (ids != self.hf.cls_token_id) & (ids != self.hf.sep_token_id)
        return float((ids[words] == self.hf.unk_token_id).float().mean()) if bool(words.any()) else 0.0


def minilm_embeddings(max_len: int) -> tuple[torch.Tensor, torch.Tensor]:
    """all-MiniLM-L6-v2's word embeddings and its first ``max_len`` position embeddings (384 wide)."""
    from qlens_q.nn.hf import inspect_local, load_local, minilm_path

    encoder, _ = load_local(inspect_local(minilm_path("--embeddings"), "--embeddings"), "--embeddings")
    embeddings = encoder.embeddings
    return embeddings.word_embeddings.weight.detach().clone(), embeddings.position_embeddings.weight[
        :max_len
    ].detach().clone()


def _model(
    config: RunConfig, split: Split, clock: Stopwatch
) -> tuple[Transformer, Tokenizer | WordPieces, Path | None]:
    if config.model is not None:
        directory = model_directory(config.model)
        model = Transformer.load(directory)
        if model.is_language_model:
            raise InputError(
                "--model", f"{directory} holds a language model: give --task lm, or a classifier's folder"
            )
        if config.embeddings is not None and config.embeddings != model.config.embeddings:
            raise InputError(
                "--embeddings", f"{directory} holds a model with {model.config.embeddings} embeddings"
            )
        tokenizer: Tokenizer | WordPieces = (
            WordPieces()
            if model.config.embeddings == "minilm"
            else Tokenizer.load(directory / TOKENIZER_FILE)
        )
        if model.config.vocab_size != tokenizer.vocab_size:
            raise InputError(
                "--model", f"tokenizer has {tokenizer.vocab_size} tokens, the model {model.config.vocab_size}"
            )
        return model, tokenizer, directory
    embeddings = config.embeddings or "learned"
    if embeddings == "minilm":
        tokenizer = WordPieces()
        longest = max(tokenizer.length(ex.text) for ex in split.train)
    else:
        tokenizer = Tokenizer.fit(ex.text for ex in split.train)
        longest = 1 + max(len(tokenize(ex.text)) for ex in split.train)
    model_config = ModelConfig(
        vocab_size=tokenizer.vocab_size,
        max_len=min(MAX_LEN_CAP, longest),
        num_classes=len(CLASS_NAMES),
        embed_dim=MINILM_WIDTH if embeddings == "minilm" else ModelConfig.embed_dim,
        epochs=EPOCHS if config.epochs is None else config.epochs,
        seed=config.seed,
        embeddings=embeddings,
    )
    ids = tokenizer.encode_batch([ex.text for ex in split.train], model_config.max_len)
    labels = torch.tensor([ex.label for ex in split.train])
    torch.manual_seed(config.seed)
    model = Transformer(model_config)
    if embeddings == "minilm":
        words, positions = minilm_embeddings(model_config.max_len)
        with torch.no_grad():
            model.token_embedding.weight.copy_(words)
            model.position_embedding.weight.copy_(positions)
        model.token_embedding.weight.requires_grad_(False)
        model.position_embedding.weight.requires_grad_(False)
    with clock.stage("train"):
        model = train_classifier(model_config, ids, labels, model=model, progress=config.progress)
    return model, tokenizer, None


def prepare(config: RunConfig, clock: Stopwatch) -> TaskRun:
    """Data, model, probe, lenses and the test split's trajectories (see the module docstring)."""
    readout = config.readout or READOUT
    with clock.stage("data"):
        split = load_split(config.data, config.seed)
    model, tokenizer, directory = _model(config, split, clock)
    probe = Probe(
        model, HOOK_POINTS, model.head, readout=readout, output_names=CLASS_NAMES, sublayers=SUBLAYERS
    )
    kind = config.lens or "bias"
    lenses = None if directory is None else saved_lenses(directory, probe, kind)
    max_len = model.config.max_len
    with clock.stage("lens"):
        train = probe.cache(
            list(id_batches(tokenizer.encode_batch([ex.text for ex in split.train], max_len), READ_BATCH))
        )
        test = probe.cache(
            list(id_batches(tokenizer.encode_batch([ex.text for ex in split.test], max_len), READ_BATCH))
        )
        if lenses is None:
            lenses = probe.fit_lenses(train, kind=kind, seed=config.seed, progress=config.progress)
        fitted = lenses
        examples = split.test
        every = probe.trajectories(
            test, fitted, ids=[ex.id for ex in examples],
            meta={"text": [ex.text for ex in examples], "label": [ex.label for ex in examples]},
        )  # fmt: skip
    traj = every.select(slice(0, config.limit)) if config.limit else every
    train_labels = torch.tensor([ex.label for ex in split.train])
    test_labels = torch.tensor([ex.label for ex in split.test])
    test_accuracy = accuracy(test.logits, test_labels)
    metrics: dict[str, Any] = {
        "test accuracy": test_accuracy,
        "train accuracy": accuracy(train.logits, train_labels),
        "parameters": parameters(model),
        "vocabulary": tokenizer.vocab_size,
    }
    notes = lens_note(fitted, len(CLASS_NAMES))
    if readout == "cls":
        notes.append(
            "Readout `cls`: the lenses read the [CLS] position, which the classifier reads. Before attention "
            "nothing has reached it, so the embedding residual there is the same vector for every input and "
            "the embedding lens gives one constant distribution (`--readout mean` reads the sentence instead)."
        )
    if split.source != "sentihood":
        notes.append(
            f"Data: {split.source}, not SentiHood; the paper's numbers in brackets below are SentiHood's and stand "
            "beside ours for shape only."
        )
    if directory is not None:
        test_ids = tokenizer.encode_batch([ex.text for ex in split.test], max_len)
        unknown = tokenizer.unknown_fraction(test_ids)
        seed_note = "" if model.config.seed == config.seed else f", not this run's --seed {config.seed}"
        notes.append(
            f"Model and lenses loaded from `{directory}`, not trained in this run: trained with seed "
            f"{model.config.seed}{seed_note}; {unknown:.1%} of this run's test tokens are outside its vocabulary "
            "(a model trained on other data shows here)."
        )
    sections = {
        "title": "the paper's one-block sentiment classifier",
        "task": "classify",
        "config": {
            **config_section(config),
            "readout": readout,
            "lens": kind,
            "embeddings": model.config.embeddings,
        },
        "data": {
            "source": split.source,
            "train": len(split.train),
            "test": len(split.test),
            "classes": list(CLASS_NAMES),
            "description": f"{split.source}: {len(split.train):,} training and {len(split.test):,} test sentences, "
            f"balanced classes ({', '.join(CLASS_NAMES)}); {traj.num_examples:,} test examples read as circuits.",
        },
        "model": {
            "description": "One encoder block (token + position embeddings → linear compression → 4-head "
            "self-attention + residual + LayerNorm → MLP + residual + LayerNorm → linear classifier on [CLS]), "
            + (
                "on all-MiniLM-L6-v2's frozen word and position embeddings (384 wide, its WordPiece tokenizer), "
                "the rest trained with cross-entropy."
                if model.config.embeddings == "minilm"
                else "trained from scratch with cross-entropy."
            ),
            "config": asdict(model.config),
            "metrics": metrics,
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
        headline=f"test accuracy {test_accuracy:.3f}",
        write_model=write_model,
    )
