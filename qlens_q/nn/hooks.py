"""Capture the residual stream at named hook points with forward hooks.

The same code probes any :class:`torch.nn.Module`. A hook point is a name and a
*location*: the dotted path of a submodule, whose **output** is the residual
stream there (a tuple output gives its first element), or that path followed by
``:input``, whose **input** is read instead (a forward pre-hook: the first
positional argument, or the first tensor keyword argument when the module is
called by keyword only, as ``block(hidden_states=h)``). The input form reaches
residual streams that no module returns, e.g. GPT-2's stream after attention,
which is the input of ``h.{i}.ln_2``.

A module that runs more than once in one forward pass (a shared block, as in
ALBERT) has no single residual: reading it is refused unless the location names
one call, ``path@k`` (``k`` = 1 for the first call; ``path:input@k`` for its input).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import torch
from torch import nn

from qlens_q.errors import InputError

#: How a residual ``(batch, seq, d)`` becomes rows: ``"cls"``, ``"mean"``, ``"last"`` or
#: ``readout(residual, batch) -> rows`` (:mod:`qlens_q.nn.probe`).
Readout = str | Callable[[torch.Tensor, Any], torch.Tensor]
INPUT_SUFFIX = ":input"
_CALL = re.compile(r"^(?P<location>.*)@(?P<call>[0-9]+)$")


@dataclass(frozen=True)
class Location:
    """A parsed hook location: the module, whether its input is read, and which call (``None``: the only one)."""

    module: nn.Module
    read_input: bool
    call: int | None


def locate(model: nn.Module, location: str) -> Location:
    """Parse ``path[:input][@k]`` and find the submodule, refusing a path the model does not have."""
    if not isinstance(location, str) or not location:
        raise InputError("points", f"a hook location must be a non-empty module path, got {location!r}")
    call = None
    if match := _CALL.match(location):
        location, call = match["location"], int(match["call"])
        if call < 1:
            raise InputError("points", f"{location}@{call}: calls are counted from 1")
    path, read_input = (
        (location[: -len(INPUT_SUFFIX)], True) if location.endswith(INPUT_SUFFIX) else (location, False)
    )
    if not path:
        raise InputError("points", f"a hook location must be a non-empty module path, got {location!r}")
    try:
        module = model.get_submodule(path)
    except AttributeError:
        raise InputError("points", f"the model has no module {path!r}") from None
    return Location(module, read_input, call)


def resolve(model: nn.Module, location: str) -> tuple[nn.Module, bool]:
    """The submodule at ``location`` and whether its input (``path:input``) is read."""
    found = locate(model, location)
    return found.module, found.read_input


class Captured(dict[str, torch.Tensor]):
    """``store[name]``: the tensor read at point ``name`` in the last forward pass; ``calls[name]``: how often it ran."""

    def __init__(self, points: Mapping[str, str], located: Mapping[str, Location]) -> None:
        super().__init__()
        self.points = dict(points)
        self.located = dict(located)
        self.calls: dict[str, int] = dict.fromkeys(points, 0)

    def clear(self) -> None:
        """Forget the last forward pass (call before each one)."""
        super().clear()
        self.calls = dict.fromkeys(self.points, 0)

    def read(self, name: str) -> torch.Tensor:
        """Point ``name``'s tensor, refusing a point that ran never, or more than once with no call chosen."""
        calls, chosen = self.calls[name], self.located[name].call
        where = f"{name!r} ({self.points[name]})"
        if chosen is None and calls > 1:
            base = self.points[name]
            raise InputError(
                "points",
                f"{where} ran {calls} times in one forward pass; name one call: {base}@1 .. {base}@{calls}",
            )
        if chosen is not None and calls < chosen:
            raise InputError("points", f"{where} ran {calls} times in one forward pass, not {chosen}")
        if name not in self:
            raise InputError("points", f"{where} saw nothing in a forward pass")
        return self[name]

    def _saw(self, name: str, value: torch.Tensor) -> None:
        self.calls[name] += 1
        chosen = self.located[name].call
        if self.calls[name] == (chosen or 1):
            self[name] = value


@contextmanager
def capture(model: nn.Module, points: Mapping[str, str]) -> Iterator[Captured]:
    """Within the block, ``store[name]`` holds the tensor seen at ``points[name]`` (see :class:`Captured`)."""
    located = {name: locate(model, location) for name, location in points.items()}
    store = Captured(points, located)
    handles = []
    try:
        for name, found in located.items():
            if found.read_input:
                handles.append(
                    found.module.register_forward_pre_hook(_input_saver(store, name), with_kwargs=True)
                )
            else:
                handles.append(found.module.register_forward_hook(_output_saver(store, name)))
        yield store
    finally:
        for h in handles:
            h.remove()


def _first_tensor(value: Any, name: str) -> torch.Tensor:
    x = value[0] if isinstance(value, (tuple, list)) and value else value
    if not isinstance(x, torch.Tensor):
        raise InputError("points", f"hook point {name!r} sees a {type(x).__name__}, not a tensor")
    return x.detach()


def _output_saver(store: Captured, name: str) -> Callable[[nn.Module, Any, Any], None]:
    def hook(_module: nn.Module, _inputs: Any, output: Any) -> None:
        store._saw(name, _first_tensor(output, name))

    return hook


def _input_saver(store: Captured, name: str) -> Callable[[nn.Module, Any, Any], None]:
    def hook(_module: nn.Module, args: Any, kwargs: Mapping[str, Any]) -> None:
        if args:
            store._saw(name, _first_tensor(args, name))
            return
        tensor = next((v for v in kwargs.values() if isinstance(v, torch.Tensor)), None)
        if tensor is None:
            raise InputError("points", f"hook point {name!r}: the module was called with no tensor input")
        store._saw(name, tensor.detach())

    return hook
