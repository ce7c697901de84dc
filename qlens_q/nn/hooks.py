"""Capture the residual stream at named hook points with forward hooks.

The same code probes any :class:`torch.nn.Module`: a hook point is a name and
the dotted path of the submodule whose *output* is the residual stream there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import torch
from torch import nn


@contextmanager
def capture(model: nn.Module, points: Mapping[str, str]) -> Iterator[dict[str, torch.Tensor]]:
    """Within the block, ``store[name]`` holds the latest output of module ``points[name]``."""
    store: dict[str, torch.Tensor] = {}
    modules = dict(model.named_modules())
    handles = []
    for name, path in points.items():
        if path not in modules:
            raise KeyError(f"hook point {name!r}: the model has no module {path!r}")
        handles.append(modules[path].register_forward_hook(_saver(store, name)))
    try:
        yield store
    finally:
        for h in handles:
            h.remove()


def _saver(store: dict[str, torch.Tensor], name: str) -> Callable[[nn.Module, Any, Any], None]:
    def hook(_module: nn.Module, _inputs: Any, output: Any) -> None:
        store[name] = (output[0] if isinstance(output, tuple) else output).detach()

    return hook
