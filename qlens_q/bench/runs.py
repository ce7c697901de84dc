"""The researcher's loop as goals (issue 20): ``qlens-q run`` timed as a user runs it.

Each case is one fresh process, ``python -m qlens_q run --out DIR --quiet ARGS``, timed from
before the interpreter starts to its exit (imports, training, checks, analysis, figures and
writing all included), with the stage times the run itself wrote (``timing.json``):

``run-first``
    the built-in run as the first run after installing: numba's and matplotlib's caches
    (``NUMBA_CACHE_DIR``, ``MPLCONFIGDIR``) point at empty folders, so anything that compiles
    or builds a cache on first use pays for it here. Goal: at most 30 s.
``run``
    the built-in run again, caches as the first run left them. Goal: at most 30 s.
``run-lm``
    ``qlens-q run --task lm``. Goal: at most 90 s.

The machine's load average is recorded before and after each case: on a shared machine the
stage times compare better than the totals.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from qlens_q.errors import InputError

#: name -> (arguments of ``qlens-q run``, goal in seconds, fresh caches)
RUN_CASES: dict[str, tuple[tuple[str, ...], float, bool]] = {
    "run-first": ((), 30.0, True),
    "run": ((), 30.0, False),
    "run-lm": (("--task", "lm"), 90.0, False),
}


def _loadavg() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "unknown"


def time_run(
    args: Sequence[str], out: Path, *, env: dict[str, str] | None = None, python: str = sys.executable
) -> dict[str, Any]:
    """Run ``python -m qlens_q run --out OUT --quiet ARGS`` once: exit code, wall seconds, stage seconds, load."""
    command = [python, "-m", "qlens_q", "run", "--out", str(out), "--quiet", *args]
    before = _loadavg()
    start = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - start
    timing = out / "timing.json"
    stages = json.loads(timing.read_text())["seconds"] if done.returncode == 0 and timing.is_file() else {}
    return {
        "command": "qlens-q run" + "".join(f" {a}" for a in args),
        "exit_code": done.returncode,
        "wall_s": round(wall, 2),
        "stages_s": stages,
        "loadavg_before": before,
        "loadavg_after": _loadavg(),
        "last_line": (done.stdout.strip().splitlines() or [""])[-1]
        if done.returncode == 0
        else done.stderr[-500:],
    }


def run_goal_rows(
    cases: Sequence[str] = tuple(RUN_CASES), python: str = sys.executable
) -> Iterator[dict[str, Any]]:
    """Time each named case of :data:`RUN_CASES` in turn (in a temporary folder), one goal row each."""
    unknown = [c for c in cases if c not in RUN_CASES]
    if unknown:
        raise InputError("cases", f"unknown run case(s) {', '.join(unknown)} (known: {', '.join(RUN_CASES)})")
    with tempfile.TemporaryDirectory(prefix="qlens-q-bench-runs-") as tmp:
        root = Path(tmp)
        for name in cases:
            args, goal, fresh = RUN_CASES[name]
            env = dict(os.environ)
            if fresh:
                for var, folder in (("NUMBA_CACHE_DIR", "numba-cache"), ("MPLCONFIGDIR", "matplotlib")):
                    (root / folder).mkdir()
                    env[var] = str(root / folder)
            result = time_run(args, root / name, env=env, python=python)
            ok = result["exit_code"] == 0
            yield {
                "goal": name,
                "measured": f"{result['wall_s']:.1f} s" + ("" if ok else f" (exit {result['exit_code']})"),
                "target": f"<= {goal:g} s",
                "met": ok and result["wall_s"] <= goal,
                "details": {**result, "fresh_caches": fresh},
            }
