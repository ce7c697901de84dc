"""Where a benchmark ran: CPU model and speed, CPU count, platform, package versions, date, load average.

Machines differ: the project's 2-core machines have been measured 1.7x apart in wall time on the
same commit. :func:`cpu_anchor_s` times a fixed pure-Python loop so that a benchmark's seconds can
be read against the machine's own speed (``python_loop_1e7_s``: 1.08 s on the AMD EPYC of
2026-12-04).
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import time
from collections.abc import Callable
from importlib import metadata
from typing import Any

#: Packages whose versions every benchmark records.
PACKAGES: tuple[str, ...] = ("qiskit", "qiskit-aer", "numpy", "scipy", "torch", "qlens-q")


def package_version(package: str) -> str:
    """The installed version of ``package``, or ``not installed``."""
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


def loadavg() -> str:
    """1/5/15-minute load averages: other work on the machine distorts the timings."""
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "unknown"


def cpu_model() -> str:
    """The CPU's model name from ``/proc/cpuinfo`` (``platform.processor()`` elsewhere)."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def numpy_simd() -> str:
    """The SIMD levels numpy found on this CPU (e.g. ``X86_V3``; ``X86_V4`` is AVX-512): its kernels,
    and so the last bits of some results, depend on them."""
    import numpy as np

    try:
        from numpy._core._multiarray_umath import __cpu_features__ as features
    except ImportError:
        return np.__version__
    return " ".join(sorted(name for name in ("X86_V2", "X86_V3", "X86_V4") if features.get(name)))


def cpu_anchor_s(repeats: int = 3) -> float:
    """Seconds for a fixed pure-Python loop of 10^7 additions (the fastest of ``repeats``)."""
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        total = 0
        for i in range(10_000_000):
            total += i
        best = min(best, time.perf_counter() - start)
    return round(best, 3)


def best_of(fn: Callable[[], object], repeats: int = 3) -> float:
    """The least of ``repeats`` wall-clock timings of ``fn()``, in seconds."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def machine_info() -> dict[str, Any]:
    """CPU model, SIMD level, speed anchor and count (usable and total), platform, Python and package
    versions, UTC date, load average."""
    affinity = getattr(os, "sched_getaffinity", None)
    return {
        "date_utc": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "cpu": cpu_model(),
        "numpy_simd": numpy_simd(),
        "python_loop_1e7_s": cpu_anchor_s(),
        "nproc": len(affinity(0)) if affinity is not None else os.cpu_count(),
        "cpu_count": os.cpu_count(),
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
        "python": platform.python_version(),
        **{package: package_version(package) for package in PACKAGES},
        "loadavg_start": loadavg(),
    }
