"""Capture the residual stream at named hook points with forward hooks.

The same code probes any :class:`torch.nn.Module`. A hook point is a name and a
*location*: the dotted path of a submodule, whose **output** is the residual
stream there (a tuple output gives its first element), or that path followed by
``:input``, whose first positional **input** is read instead (a forward
pre-hook). The input form reaches residual streams that no module returns,
e.g. GPT-2's stream after attention, which is the input of ``h.{i}.ln_2``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import torch
from torch import nn

from qlens_q.errors import InputError

INPUT_SUFFIX = ":input"


def resolve(model: nn.Module, location: str) -> tuple[nn.Module, bool]:
    """The submodule at ``location`` and whether its input (``path:input``) is read."""
    if not isinstance(location, str) or not location:
        raise InputError("points", f"a hook location must be a non-empty module path, got {location!r}")
    path, read_input = (
        (location[: -len(INPUT_SUFFIX)], True) if location.endswith(INPUT_SUFFIX) else (location, False)
    )
    try:
        module = model.get_submodule(path)
    except AttributeError:
        raise InputError("points", f"the model has no module {path!r}") from None
    return module, read_input


@contextmanager
def capture(model: nn.Module, points: Mapping[str, str]) -> Iterator[dict[str, torch.Tensor]]:
    """Within the block, ``store[name]`` holds the latest tensor seen at ``points[name]``."""
    store: dict[str, torch.Tensor] = {}
    located = {name: resolve(model, location) for name, location in points.items()}
    handles = []
    try:
        for name, (module, read_input) in located.items():
            if read_input:
                handles.append(module.register_forward_pre_hook(_input_saver(store, name)))
            else:
                handles.append(module.register_forward_hook(_output_saver(store, name)))
        yield store
    finally:
        for h in handles:
            h.remove()


def _first_tensor(value: Any, name: str) -> torch.Tensor:
    x = value[0] if isinstance(value, (tuple, list)) and value else value
    if not isinstance(x, torch.Tensor):
        raise InputError("points", f"hook point {name!r} sees a {type(x).__name__}, not a tensor")
    return x.detach()


def _output_saver(store: dict[str, torch.Tensor], name: str) -> Callable[[nn.Module, Any, Any], None]:
    def hook(_module: nn.Module, _inputs: Any, output: Any) -> None:
        store[name] = _first_tensor(output, name)

    return hook


def _input_saver(store: dict[str, torch.Tensor], name: str) -> Callable[[nn.Module, Any], None]:
    def hook(_module: nn.Module, inputs: Any) -> None:
        store[name] = _first_tensor(inputs, name)

    return hook
