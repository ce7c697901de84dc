"""Where a Hugging Face model's residual stream and head are: hook points, heads, output names.

Nothing here loads a model or imports :mod:`qlens_q.nn.probe`: :meth:`Probe.from_hf
<qlens_q.nn.probe.Probe.from_hf>` builds a probe from :func:`probe_arguments`, and
:mod:`qlens_q.nn.hf` (loading local folders) re-exports every name.

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

**Heads.** A sequence classifier's own head (BERT: ``classifier(pooler(h))``;
RoBERTa-like: ``classifier(h)``, both on the ``[CLS]`` row) with its ``id2label``
as output names; a causal LM's ``lm_head(ln_f(h))`` over its vocabulary; a bare
encoder gets a :class:`HeadedEncoder`: a linear head on the pooled last layer
(mean over the attended tokens by default, as sentence-transformers pools
all-MiniLM-L6-v2), trained by the task with the encoder frozen.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import torch
from torch import nn

from qlens_q.errors import InputError
from qlens_q.nn.hf_folder import (
    DECODER_TYPES,
    ENCODER_TYPES,
    decoder_classifier_message,
    without_head_message,
)
from qlens_q.nn.hooks import Readout


class HeadedEncoder(nn.Module):
    """A bare model with a linear head on its pooled last layer: ``head(pool(base(x)))``.

    ``pooling``: ``mean`` over the attended tokens, ``cls`` (position 0) or ``last`` (the last
    attended position). ``base`` is a BERT-family encoder, or a GPT-2 body (``GPT2Model``, whose
    ``last_hidden_state`` has passed its final LayerNorm ``ln_f``). :attr:`norm` is what stands
    between the last hook point and the pooled row the head reads: the identity for an encoder,
    ``ln_f`` for GPT-2, so ``head(norm(h))`` of the last block's output ``h`` is the model's output.
    """

    POOLINGS = ("mean", "cls", "last")

    def __init__(self, encoder: Any, num_outputs: int, pooling: str = "mean") -> None:
        super().__init__()
        if pooling not in self.POOLINGS:
            raise InputError("pooling", f"must be one of {', '.join(self.POOLINGS)}, got {pooling!r}")
        self.encoder = encoder
        self.pooling = pooling
        self.head = nn.Linear(int(encoder.config.hidden_size), num_outputs)
        self.norm: nn.Module = getattr(encoder, "ln_f", None) or nn.Identity()
        self.config = encoder.config

    def pool(self, hidden: torch.Tensor, attention_mask: torch.Tensor | None) -> torch.Tensor:
        """The rows the head reads."""
        if self.pooling == "cls":
            return hidden[:, 0]
        if attention_mask is None:
            return hidden.mean(1) if self.pooling == "mean" else hidden[:, -1]
        m = attention_mask.to(hidden.dtype)
        if self.pooling == "last":
            last = (m * torch.arange(1, m.shape[1] + 1, device=hidden.device, dtype=hidden.dtype)).argmax(1)
            return hidden[torch.arange(hidden.shape[0], device=hidden.device), last]
        return (hidden * m[..., None]).sum(1) / m[..., None].sum(1)

    def forward(
        self, input_ids: torch.Tensor, attention_mask: torch.Tensor | None = None, **kwargs: Any
    ) -> torch.Tensor:
        hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask, **kwargs).last_hidden_state
        return self.head(self.pool(hidden, attention_mask))


def check_supported(model: Any) -> None:
    """Refuse a model type other than :data:`ENCODER_TYPES` and :data:`DECODER_TYPES`, a decoder sequence
    classifier and a decoder without its language-model head."""
    model_type = getattr(getattr(model, "config", None), "model_type", None)
    if model_type not in ENCODER_TYPES | DECODER_TYPES:
        raise InputError("model", f"model type {model_type!r} is not supported")
    if model_type in DECODER_TYPES and not isinstance(model, HeadedEncoder):
        if hasattr(model, "score") or type(model).__name__.endswith("ForSequenceClassification"):
            raise InputError("model", decoder_classifier_message(model_type))
        if not hasattr(model, "lm_head"):
            raise InputError(
                "model", f"{without_head_message(model_type)}: load it with AutoModelForCausalLM"
            )


def layer_points(model: Any) -> tuple[dict[str, str], list[str]]:
    """All ``1 + 2L`` hook points of a supported model, and the name of the sub-layer ending at each.

    Refuses an unsupported ``model_type``, a decoder sequence classifier, and a bare GPT-2 (no LM head).
    """
    model_type = model.config.model_type
    check_supported(model)
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
        body = "encoder" if isinstance(model, HeadedEncoder) else "transformer"
        points = {"embeddings": f"{body}.drop"}
        for i in range(model.config.n_layer):
            points[f"layer{i}.attention"] = f"{body}.h.{i}.ln_2:input"
            points[f"layer{i}.mlp"] = f"{body}.h.{i}"
        return points, list(points)[1:]
    raise InputError("model", f"model type {model_type!r} is not supported")


def model_head(model: Any) -> Callable[[torch.Tensor], torch.Tensor]:
    """The map from a residual row to the model's logits (see the module docstring).

    Refuses what :func:`layer_points` refuses, and an encoder without a head.
    """
    if isinstance(model, HeadedEncoder):
        if isinstance(model.norm, nn.Identity):
            return model.head
        return lambda h: model.head(model.norm(h))
    model_type = model.config.model_type
    check_supported(model)
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


def probe_arguments(
    model: Any,
    tokenizer: Any = None,
    *,
    readout: Readout | None = None,
    forward: Callable[[nn.Module, Any], Any] | None = None,
    names: Sequence[str] | None = None,
    keep_last: bool = False,
) -> dict[str, Any]:
    """The keyword arguments of :class:`~qlens_q.nn.probe.Probe` for a Hugging Face model (module docstring).

    ``points`` (the ``2L + 1`` hook points less the last layer's output, which read through the head is
    ``final``), ``head``, ``readout``, ``output_names`` and ``sublayers``, and ``forward``. ``readout``
    defaults to ``cls`` for a sequence classifier, the encoder's pooling for a :class:`HeadedEncoder`, and
    ``last`` for a causal LM. ``keep_last`` keeps the last layer's output as a hook point of its own (for
    checks: read through the head it equals ``final``; its sub-layer, ``head``, is the identity).
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
    return {
        "points": points,
        "head": model_head(model),
        "readout": readout,
        "output_names": names if names is not None else output_names(model, tokenizer),
        "sublayers": sublayers,
        "forward": forward,
    }


__all__ = [
    "DECODER_TYPES",
    "ENCODER_TYPES",
    "HeadedEncoder",
    "check_supported",
    "decoder_classifier_message",
    "layer_points",
    "model_head",
    "output_names",
    "probe_arguments",
    "without_head_message",
]
