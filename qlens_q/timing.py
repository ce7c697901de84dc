"""Wall-clock timing of a run's stages (standard library only).

A :class:`Stopwatch` adds ``time.perf_counter()`` differences per stage name:
``seconds[name] = sum over runs of (end - start)``, rounded to the millisecond
after each run. It sits below every other module, so a task, the pipeline and
:mod:`qlens_q.checks` all time their stages without importing each other.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager


class Stopwatch:
    """Wall-clock seconds per named stage (summed when a stage runs twice)."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        """Time the block: its duration is added to ``seconds[name]`` (also when it raises)."""
        start = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] = round(self.seconds.get(name, 0.0) + time.perf_counter() - start, 3)


__all__ = ["Stopwatch"]
