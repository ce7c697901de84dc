"""Shared pytest configuration: Hypothesis profiles, and ``experiments/`` importable.

``ci`` (the default) is small and derandomised so that CI is fast and
deterministic; ``long`` is for a soak run::

    HYPOTHESIS_PROFILE=long pytest tests
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

#: The experiment modules (false-alarm study, reference circuits) are tested where they live.
EXPERIMENTS = Path(__file__).resolve().parent.parent / "experiments"
if str(EXPERIMENTS) not in sys.path:
    sys.path.insert(0, str(EXPERIMENTS))

settings.register_profile(
    "ci",
    max_examples=12,
    deadline=None,
    derandomize=True,
    database=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "long",
    max_examples=2000,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(scope="session")
def small_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small complete run (``helpers.SMALL``: builtin:300, one epoch, two examples), made once.

    Tests copy it before changing anything; a test module may define its own ``small_run``.
    """
    from helpers import SMALL

    from qlens_q.pipeline import RunConfig, run

    out = tmp_path_factory.mktemp("small_run") / "small"
    run(RunConfig(out=str(out), **SMALL), log=lambda _: None)
    return out
