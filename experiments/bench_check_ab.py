"""``check`` at N = 512 (12 examples x 4 points, 10,000 shots, OpenQASM 3) on two checkouts, interleaved.

A before/after at the same load: each checkout is timed in its own fresh process, alternately,
``--rounds`` times, on the same seeded Dirichlet trajectories as ``bench_check.py`` (a). Appends one
JSON line per timing to ``experiments/results/bench_check_ab.jsonl``.

    git worktree add /tmp/before 091371d
    python experiments/bench_check_ab.py /tmp/before .
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"
#: Run first inside each checkout (its path the first argument): its own qlens_q, its own bench_check.
HEADER = """
import sys, time, json, os
root = os.path.abspath(sys.argv[1])
sys.path[:0] = [root, os.path.join(root, "experiments")]
import qlens_q
assert qlens_q.__file__.startswith(root), qlens_q.__file__
from bench_check import random_trajectories
"""
PROBE = (
    HEADER
    + """
qlens_q.check(random_trajectories(2, 1, 0), shots=100)  # imports and Aer warm-up, not timed
traj = random_trajectories(512, 12, 0)
start = time.perf_counter()
result = qlens_q.check(traj, shots=10_000, seed=0, qasm_format="qasm3")
print(json.dumps({"seconds": round(time.perf_counter() - start, 2), "stages": result.seconds,
                  "passed": result.passed, "load": " ".join(open("/proc/loadavg").read().split()[:3])}))
"""
)


def commits(**checkouts: Path) -> dict[str, str]:
    """Each checkout's short commit, by the name it is given."""
    return {
        which: subprocess.run(
            ["git", "-C", str(path), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        for which, path in checkouts.items()
    }


def record(row: dict[str, object], out: Path) -> None:
    """Print one timing and append it to ``out`` as a JSON line."""
    print(json.dumps(row), flush=True)
    with out.open("a", encoding="utf-8") as f:
        f.write(json.dumps(row) + "\n")


def checkout_arguments(doc: str, out: Path, argv: list[str] | None) -> argparse.Namespace:
    """The command line of an interleaved before/after benchmark: two checkouts, rounds, output file."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("before", type=Path, help="checkout before the change")
    parser.add_argument("after", type=Path, help="checkout after the change")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--out", type=Path, default=out)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = checkout_arguments(__doc__ or "", RESULTS / "bench_check_ab.jsonl", argv)
    commit = commits(before=args.before, after=args.after)
    for round_ in range(args.rounds):
        for which, path in (("before", args.before), ("after", args.after)):
            done = subprocess.run(
                [sys.executable, "-c", PROBE, str(path)], capture_output=True, text=True, check=True
            )
            record(
                {"round": round_, "checkout": which, "commit": commit[which], **json.loads(done.stdout)},
                args.out,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
