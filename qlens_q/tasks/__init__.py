"""Tasks of ``qlens-q run``: each supplies data, labels or next tokens, a readout and its own metrics.

Every module here that defines ``TASK`` (a :class:`~qlens_q.tasks.base.Task` subclass) is a
task, found by name with :func:`get`; no module names another. Today:

* ``classify`` (:mod:`qlens_q.tasks.classify`): sentiment classification (built-in corpus or SentiHood);
* ``lm`` (:mod:`qlens_q.tasks.next_word`): next-word prediction over a generated language.

A task asks a backbone (:mod:`qlens_q.backbones`) for a model; everything after that
(circuits, cross-check, analysis, the run directory) is the same pipeline for every
pair (:mod:`qlens_q.pipeline`).
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache
from typing import TYPE_CHECKING

from qlens_q.errors import InputError

if TYPE_CHECKING:
    from qlens_q.tasks.base import Task


@cache
def registry() -> dict[str, type[Task]]:
    """Every task, by name, in the order of their modules' names."""
    found: dict[str, type[Task]] = {}
    for module in sorted(m.name for m in pkgutil.iter_modules(__path__)):
        task = getattr(importlib.import_module(f"{__name__}.{module}"), "TASK", None)
        if task is not None:
            found[task.name] = task
    return found


def names() -> tuple[str, ...]:
    """The tasks' names."""
    return tuple(registry())


def get(name: str) -> Task:
    """The task named ``name``, or a one-line refusal listing the others."""
    task = registry().get(name)
    if task is None:
        raise InputError("task", f"unknown task {name!r} (choose from {', '.join(names())})")
    return task()


def for_objective(objective: str) -> Task:
    """The first task (by module name) whose objective is ``objective``."""
    return next(task() for task in registry().values() if task.objective == objective)
