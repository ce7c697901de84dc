"""The toy backbone: the paper's one-block Transformer (:mod:`qlens_q.nn.transformer`), trained here or loaded.

* **classes**: a word-level tokenizer fitted on the training sentences (or
  all-MiniLM-L6-v2's WordPiece tokenizer with its frozen word and position
  embeddings, ``embeddings='minilm'``), ``[CLS]`` first; one encoder block and a
  linear classifier on ``[CLS]``, trained with cross-entropy for ``epochs`` epochs;
* **next_token**: the task's own words as the vocabulary; one causal block with an
  unembedding at every position, trained on the training documents.

Hook points (both): ``embedding`` (after the compression) and ``attention`` (after
attention + residual), then ``final``: sub-layers ``attention`` and ``mlp``.
``model='DIR'`` loads a model from an earlier run's ``model/`` folder instead of
training; the task loads the lenses saved beside it, or fits them in this run when the
folder holds none, and the report says which (:func:`qlens_q.tasks.base.lens_provenance`).

Lenses: ``bias`` (``h + b`` per point), passed explicitly for both tasks although the
Python API's default is ``affine``: a bias lens per point is the paper's recipe, so the
toy model's numbers stay comparable to the paper's (``lens='affine'`` fits the other kind).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from qlens_q import io
from qlens_q.backbones.base import (
    Backbone,
    ClassesRequest,
    Classifier,
    LanguageModel,
    NextTokenRequest,
    Objective,
    Settings,
    parameters,
)
from qlens_q.errors import InputError

if TYPE_CHECKING:
    import torch

    from qlens_q.data.tokenizer import Tokenizer
    from qlens_q.nn.transformer import Transformer
    from qlens_q.timing import Stopwatch

TOKENIZER_FILE = "tokenizer.json"
#: Longest token sequence the classifier reads (the [CLS] token included).
MAX_LEN_CAP = 64
#: Training epochs: the classifier's and the language model's.
EPOCHS = 10
LM_EPOCHS = 1
#: The language model's batch size, learning rate and dropout.
LM_BATCH, LM_LEARNING_RATE, LM_DROPOUT = 32, 5e-3, 0.0
#: The token and position embeddings of the classifier: trained from scratch, or all-MiniLM-L6-v2's, frozen.
EMBEDDINGS = ("learned", "minilm")
MINILM_WIDTH = 384
#: Rows per forward pass when reading residuals.
READ_BATCH = 512
#: Most epochs a run may ask for.
MAX_EPOCHS = 10_000
CLASSIFIER_TITLE = "the paper's one-block sentiment classifier"
LM_DESCRIPTION = (
    "One causal Transformer block with an unembedding to the vocabulary at every position; "
    "position t predicts word t + 1."
)


def id_batches(ids: torch.Tensor, size: int) -> Iterator[dict[str, torch.Tensor]]:
    """``{"input_ids", "attention_mask"}`` batches of ``size`` rows (padding is id 0)."""
    for start in range(0, ids.shape[0], size):
        chunk = ids[start : start + size]
        yield {"input_ids": chunk, "attention_mask": (chunk != 0).long()}


class WordPieces:
    """all-MiniLM-L6-v2's own tokenizer behind the word-level :class:`Tokenizer`'s interface.

    It writes ``[CLS] ... [SEP]`` and pads with id 0, the toy model's padding id.
    """

    def __init__(self) -> None:
        from qlens_q.data.tokenizer import PAD
        from qlens_q.nn.hf import minilm_path, transformers_module

        transformers = transformers_module("embeddings")
        self.hf = transformers.AutoTokenizer.from_pretrained(
            str(minilm_path("embeddings")), local_files_only=True
        )
        if self.hf.pad_token_id != PAD:
            raise InputError(
                "embeddings", f"MiniLM's tokenizer pads with id {self.hf.pad_token_id}, not {PAD}"
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
        from qlens_q.data.tokenizer import PAD

        words = (ids != PAD) & (ids != self.hf.cls_token_id) & (ids != self.hf.sep_token_id)
        return float((ids[words] == self.hf.unk_token_id).float().mean()) if bool(words.any()) else 0.0


def minilm_embeddings(max_len: int) -> tuple[torch.Tensor, torch.Tensor]:
    """all-MiniLM-L6-v2's word embeddings and its first ``max_len`` position embeddings (384 wide)."""
    from qlens_q.nn.hf import inspect_local, load_local, minilm_path

    encoder, _ = load_local(inspect_local(minilm_path("embeddings"), "embeddings"), "embeddings")
    embeddings = encoder.embeddings
    return embeddings.word_embeddings.weight.detach().clone(), embeddings.position_embeddings.weight[
        :max_len
    ].detach().clone()


def model_directory(path: str) -> Path:
    """A ``model`` folder, refused when it is not a directory."""
    directory = io.user_path(path, "model")
    if not directory.is_dir():
        raise InputError("model", f"{directory} is not a directory")
    return directory


class Toy(Backbone):
    """The toy Transformer (see the module docstring)."""

    options: ClassVar[frozenset[str]] = frozenset({"model", "epochs", "embeddings"})

    @classmethod
    def parse(cls, spec: str) -> Toy | None:
        return cls(spec) if spec == "toy" else None

    @classmethod
    def specs(cls) -> tuple[str, ...]:
        return ("toy",)

    def outputs(self, objective: Objective, task_outputs: int) -> int:
        return task_outputs

    def check(self, settings: Settings, objective: Objective) -> None:
        epochs = settings.epochs
        if epochs is not None and (
            isinstance(epochs, bool) or not isinstance(epochs, int) or not 1 <= epochs <= MAX_EPOCHS
        ):
            raise InputError("epochs", f"must be an integer from 1 to {MAX_EPOCHS:,}, got {epochs!r}")
        if epochs is not None and settings.model is not None:
            # the report would record epochs the loaded model was never trained for
            raise InputError(
                "epochs",
                f"applies to training; model={str(settings.model)!r} loads a model already trained "
                "(its epochs are in its config.json)",
            )
        if settings.embeddings is not None and objective != "classes":
            raise InputError(
                "embeddings", "applies to task='classify' only (the toy language model learns its embeddings)"
            )
        if settings.embeddings is not None and settings.embeddings not in EMBEDDINGS:
            raise InputError(
                "embeddings",
                f"unknown embeddings {settings.embeddings!r} (choose from {', '.join(EMBEDDINGS)})",
            )

    # ------------------------------------------------------------------ classes

    def _load_classifier(
        self, directory: Path, settings: Settings
    ) -> tuple[Transformer, Tokenizer | WordPieces]:
        from qlens_q.data.tokenizer import Tokenizer
        from qlens_q.nn.transformer import Transformer

        model = Transformer.load(directory)
        if model.is_language_model:
            raise InputError(
                "model", f"{directory} holds a language model: give task='lm', or a classifier's folder"
            )
        if settings.embeddings is not None and settings.embeddings != model.config.embeddings:
            raise InputError(
                "embeddings", f"{directory} holds a model with {model.config.embeddings} embeddings"
            )
        tokenizer: Tokenizer | WordPieces = (
            WordPieces()
            if model.config.embeddings == "minilm"
            else Tokenizer.load(directory / TOKENIZER_FILE)
        )
        if model.config.vocab_size != tokenizer.vocab_size:
            raise InputError(
                "model", f"tokenizer has {tokenizer.vocab_size} tokens, the model {model.config.vocab_size}"
            )
        return model, tokenizer

    def _train_classifier(
        self, request: ClassesRequest, settings: Settings, clock: Stopwatch
    ) -> tuple[Transformer, Tokenizer | WordPieces]:
        import torch

        from qlens_q.data.tokenizer import Tokenizer, tokenize
        from qlens_q.nn.train import train_classifier
        from qlens_q.nn.transformer import ModelConfig, Transformer

        embeddings = settings.embeddings or "learned"
        tokenizer: Tokenizer | WordPieces
        if embeddings == "minilm":
            tokenizer = WordPieces()
            longest = max(tokenizer.length(text) for text in request.train_texts)
        else:
            tokenizer = Tokenizer.fit(request.train_texts)
            longest = 1 + max(len(tokenize(text)) for text in request.train_texts)
        model_config = ModelConfig(
            vocab_size=tokenizer.vocab_size,
            max_len=min(MAX_LEN_CAP, longest),
            num_classes=len(request.names),
            embed_dim=MINILM_WIDTH if embeddings == "minilm" else ModelConfig.embed_dim,
            epochs=EPOCHS if settings.epochs is None else settings.epochs,
            seed=settings.seed,
            embeddings=embeddings,
        )
        ids = tokenizer.encode_batch(list(request.train_texts), model_config.max_len)
        labels = torch.tensor(request.train_labels)
        torch.manual_seed(settings.seed)
        model = Transformer(model_config)
        if embeddings == "minilm":
            words, positions = minilm_embeddings(model_config.max_len)
            with torch.no_grad():
                model.token_embedding.weight.copy_(words)
                model.position_embedding.weight.copy_(positions)
            model.token_embedding.weight.requires_grad_(False)
            model.position_embedding.weight.requires_grad_(False)
        with clock.stage("train"):
            model = train_classifier(model_config, ids, labels, model=model, progress=settings.progress)
        return model, tokenizer

    def classifier(self, request: ClassesRequest, settings: Settings, clock: Stopwatch) -> Classifier:
        from qlens_q.nn.probe import Probe
        from qlens_q.nn.transformer import HOOK_POINTS, SUBLAYERS

        directory = None if settings.model is None else model_directory(settings.model)
        if directory is not None:
            model, tokenizer = self._load_classifier(directory, settings)
        else:
            model, tokenizer = self._train_classifier(request, settings, clock)
        if model.config.num_classes != len(request.names):
            raise InputError(
                "model",
                f"{directory} holds a {model.config.num_classes}-class model, the task has {len(request.names)}",
            )
        probe = Probe(
            model, HOOK_POINTS, model.head, readout=request.readout or "cls", output_names=request.names,
            sublayers=SUBLAYERS,
        )  # fmt: skip
        max_len = model.config.max_len
        with clock.stage("forward"):
            train = probe.cache(
                list(id_batches(tokenizer.encode_batch(list(request.train_texts), max_len), READ_BATCH))
            )
            test_ids = tokenizer.encode_batch(list(request.test_texts), max_len)
            test = probe.cache(list(id_batches(test_ids, READ_BATCH)))
        provenance = []
        if directory is not None:
            unknown = tokenizer.unknown_fraction(test_ids)
            seed_note = (
                "" if model.config.seed == settings.seed else f", not this run's --seed {settings.seed}"
            )
            provenance.append(
                f"Model loaded from `{directory}`, not trained in this run: trained with seed "
                f"{model.config.seed}{seed_note}; {unknown:.1%} of this run's test tokens are outside its "
                "vocabulary (a model trained on other data shows here)."
            )
        minilm = model.config.embeddings == "minilm"

        def write(folder: Path) -> None:
            model.save(folder)
            tokenizer.save(folder / TOKENIZER_FILE)

        return Classifier(
            probe=probe,
            title=CLASSIFIER_TITLE,
            section={
                "description": "One encoder block (token + position embeddings → linear compression → 4-head "
                "self-attention + residual + LayerNorm → MLP + residual + LayerNorm → linear classifier on [CLS]), "
                + (
                    "on all-MiniLM-L6-v2's frozen word and position embeddings (384 wide, its WordPiece "
                    "tokenizer), the rest trained with cross-entropy."
                    if minilm
                    else "trained from scratch with cross-entropy."
                ),
                "config": asdict(model.config),
            },
            metrics={"parameters": parameters(model), "vocabulary": tokenizer.vocab_size},
            lens="bias",
            affine_head=True,
            write=write,
            directory=directory,
            config={"embeddings": model.config.embeddings},
            provenance=provenance,
            word_level=not minilm,
            train=train,
            test=test,
        )

    # ------------------------------------------------------------------ next token

    def language_model(
        self, request: NextTokenRequest, settings: Settings, clock: Stopwatch
    ) -> LanguageModel:
        from qlens_q.data.tokenizer import PAD, Tokenizer
        from qlens_q.nn.probe import Probe
        from qlens_q.nn.train import train_lm
        from qlens_q.nn.transformer import HOOK_POINTS, SUBLAYERS, ModelConfig, Transformer

        self.check(settings, "next_token")
        tokenizer = Tokenizer(list(request.words))
        with clock.stage("data"):
            train_ids = tokenizer.encode_batch([" ".join(doc) for doc in request.train], request.max_len)
            test_ids = tokenizer.encode_batch([" ".join(doc) for doc in request.test], request.max_len)
        directory = None if settings.model is None else model_directory(settings.model)
        model: Transformer
        if directory is not None:
            saved = Tokenizer.load(directory / TOKENIZER_FILE)
            if saved.tokens != tokenizer.tokens:
                raise InputError(
                    "model", "its vocabulary is not this corpus' (give the same vocab, data and seed)"
                )
            model = Transformer.load(directory)
            if not model.is_language_model:
                raise InputError(
                    "model",
                    f"{directory} holds a classifier: give task='classify', or a language model's folder",
                )
        else:
            model_config = ModelConfig(
                vocab_size=tokenizer.vocab_size, max_len=request.max_len, num_classes=tokenizer.vocab_size,
                dropout=LM_DROPOUT, epochs=LM_EPOCHS if settings.epochs is None else settings.epochs,
                batch_size=LM_BATCH, learning_rate=LM_LEARNING_RATE, seed=settings.seed, causal=True,
            )  # fmt: skip
            with clock.stage("train"):
                model = train_lm(model_config, train_ids, progress=settings.progress)
        words = tokenizer.tokens
        probe = Probe(model, HOOK_POINTS, model.head, readout=request.readout, output_names=words,
                      sublayers=SUBLAYERS, forward=lambda m, b: m(b["input_ids"]))  # fmt: skip

        def write(folder: Path) -> None:
            model.save(folder)
            tokenizer.save(folder / TOKENIZER_FILE)

        return LanguageModel(
            probe=probe,
            title=f"a next-word language model over {tokenizer.vocab_size:,} words",
            section={"description": LM_DESCRIPTION, "config": asdict(model.config)},
            metrics={"parameters": parameters(model), "vocabulary": tokenizer.vocab_size},
            lens="bias",
            affine_head=True,
            write=write,
            directory=directory,
            data={"vocab_size": tokenizer.vocab_size, "max_len": request.max_len},
            provenance=[]
            if directory is None
            else [f"Model loaded from `{directory}`, not trained in this run."],
            word_level=True,
            train_ids=train_ids,
            train_mask=(train_ids != PAD).long(),
            test_ids=test_ids,
            test_mask=(test_ids != PAD).long(),
            token=lambda i: words[i],
            context=lambda ids: " ".join(words[i] for i in ids),
        )


BACKBONE = Toy

__all__ = ["BACKBONE", "Toy"]
