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

from collections.abc import Callable, Sequence
from typing import Any

import torch
from torch import nn

from qlens_q.errors import InputError
from qlens_q.nn.hf_folder import (  # noqa: F401  (re-exported: the folder checks are this module's)
    BODY,
    BUFFERS,
    DECODER_TYPES,
    ENCODER_TYPES,
    HF_EXTRA,
    MAX_FIELD,
    MAX_LABELS,
    MAX_PARAMETERS,
    MAX_POSITIONS,
    MAX_WEIGHT_BYTES,
    MIN_TOKENS,
    MINILM,
    OPTIONAL_SIZE_FIELDS,
    PICKLE_WEIGHTS,
    SIZE_FIELDS,
    TOKENIZER_FILES,
    LocalModel,
    inspect_local,
    minilm_path,
    parameter_estimate,
    transformers_module,
)
from qlens_q.nn.hf_layout import (
    HeadedEncoder,
    decoder_classifier_message,
    layer_points,
    model_head,
    output_names,
    probe_arguments,
)
from qlens_q.nn.hooks import Readout
from qlens_q.nn.probe import Probe


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
