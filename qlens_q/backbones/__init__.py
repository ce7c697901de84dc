"""Backbones of ``qlens-q run``: each supplies a model, its tokenizer, hook points and head.

Every module here that defines ``BACKBONE`` (a :class:`~qlens_q.backbones.base.Backbone`
subclass) is a backbone, found by :func:`parse`; no module names another. Today:

* ``toy`` (:mod:`qlens_q.backbones.toy`): the paper's one-block Transformer, trained here or loaded;
* ``minilm`` and ``hf:PATH`` (:mod:`qlens_q.backbones.hf`): all-MiniLM-L6-v2 or a local Hugging
  Face folder (BERT-family encoders and classifiers, GPT-2);
* a :class:`~qlens_q.nn.probe.Probe` of your own (:class:`qlens_q.backbones.probe.Custom`, Python only).
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache
from typing import TYPE_CHECKING

from qlens_q.errors import InputError

if TYPE_CHECKING:
    from qlens_q.backbones.base import Backbone


@cache
def registry() -> tuple[type[Backbone], ...]:
    """Every backbone class, in the order of their modules' names."""
    found = []
    for module in sorted(m.name for m in pkgutil.iter_modules(__path__)):
        backbone = getattr(importlib.import_module(f"{__name__}.{module}"), "BACKBONE", None)
        if backbone is not None:
            found.append(backbone)
    return tuple(found)


def specs() -> tuple[str, ...]:
    """How backbones are named on the command line (``toy``, ``minilm``, ``hf:PATH``, ...)."""
    return tuple(spec for backbone in registry() for spec in backbone.specs())


def parse(spec: str) -> Backbone:
    """The backbone named by ``spec``, or a one-line refusal listing the names."""
    if isinstance(spec, str):
        for backbone in registry():
            found = backbone.parse(spec)
            if found is not None:
                return found
    raise InputError(
        "backbone",
        f"unknown backbone {spec!r} (choose from {', '.join(specs())}; PATH: a local model folder)",
    )
