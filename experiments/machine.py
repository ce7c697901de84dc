"""Where a benchmark ran: CPU count, platform, package versions, date, load average."""

from __future__ import annotations

import datetime as dt
import os
import platform
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


def machine_info() -> dict[str, Any]:
    """CPU count (usable and total), platform, Python and package versions, UTC date, load average."""
    affinity = getattr(os, "sched_getaffinity", None)
    return {
        "date_utc": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "nproc": len(affinity(0)) if affinity is not None else os.cpu_count(),
        "cpu_count": os.cpu_count(),
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
        "python": platform.python_version(),
        **{package: package_version(package) for package in PACKAGES},
        "loadavg_start": loadavg(),
    }
