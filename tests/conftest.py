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

# Under pytest-xdist (``-n 2`` in pyproject.toml's addopts) each worker computes on one thread: two
# processes with two torch/BLAS threads each on a two-core machine run 2.5-28x slower. Set before
# numpy or torch is imported, the variables also reach the interpreters the tests start.
if os.environ.get("PYTEST_XDIST_WORKER"):
    for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMBA_NUM_THREADS"):
        os.environ[_var] = "1"
    if "torch" in sys.modules:  # already imported (by a plugin): the variable came too late
        sys.modules["torch"].set_num_threads(1)

#: The test modules that take longest (40-65 s of work each, measured with ``--durations=0``),
#: collected first. pyproject.toml's addopts hand whole files to the two workers in collection order
#: (``--dist loadfile --no-loadscope-reorder``; by default pytest-xdist puts the files with the most
#: tests first), so these start at once and the many short files fill the gaps at the end
#: (longest-first scheduling: the two workers finish closer together).
LONGEST_FIRST = ("test_hf.py", "test_circuits.py", "test_lm.py", "test_run_interrupts.py", "test_cli.py")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """:data:`LONGEST_FIRST` first, in that order; every other module after them, in its own order."""
    rank = {name: i for i, name in enumerate(LONGEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))  # stable: a file keeps its order


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
