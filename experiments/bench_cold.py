"""Fresh-process commands on two checkouts, interleaved: what a user waits for from a cold start.

Each command runs in its own new Python process (imports included) on each checkout alternately,
``--rounds`` times: ``qlens-q compile`` of a 2-class layer and of a 512-class layer, and
``qlens_q.check`` at N = 512 (12 examples x 4 points, 10,000 shots, OpenQASM 3; the trajectories of
``bench_check.py``) without a warm-up call, so its first transpile is timed as a user meets it.
``--commands run`` times ``qlens-q run`` (built-in, defaults) instead, with its stage times from
``timing.json``; ``--commands minilm`` a small MiniLM run (see :data:`GROUPS`). Appends one JSON
line per timing to ``experiments/results/bench_cold.jsonl`` with the load average and
:func:`machine.cpu_anchor_s` of the round.

    git worktree add /tmp/before c44a807
    python experiments/bench_cold.py /tmp/before .
    python experiments/bench_cold.py /tmp/before . --commands run
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_check_ab import HEADER, checkout_arguments, commits, record
from machine import cpu_anchor_s, loadavg

RESULTS = Path(__file__).resolve().parent / "results"
#: Run inside each checkout: ``check`` at N = 512 with no call before it.
CHECK = (
    HEADER
    + """
result = qlens_q.check(random_trajectories(512, 12, 0), shots=10_000, seed=0, qasm_format="qasm3")
assert result.passed
"""
)


def _p(n: int, shift: int) -> str:
    """A fixed distribution over ``n`` classes, weights 1 ... 7 cycling (``compile``'s ``--p-in`` / ``--p-out``)."""
    weights = [1 + (i + shift) % 7 for i in range(n)]
    return ",".join(repr(w / sum(weights)) for w in weights)


def commands(root: Path, out: Path) -> dict[str, list[str]]:
    """The timed commands, each a fresh interpreter running ``root``'s qlens_q."""
    cli = [sys.executable, "-m", "qlens_q", "compile"]
    return {
        "compile N=2": [*cli, "--p-in", "0.3,0.7", "--p-out", "0.6,0.4", "-o", str(out / "two.qasm")],
        "compile N=512": [*cli, "--p-in", _p(512, 0), "--p-out", _p(512, 3), "-o", str(out / "big.qasm")],
        "check N=512 (cold)": [sys.executable, "-c", CHECK, str(root)],
        "run": [sys.executable, "-m", "qlens_q", "run", "--out", str(out / "run"), "--quiet"],
        "run minilm": [sys.executable, "-m", "qlens_q", "run", "--out", str(out / "run"), "--quiet",
                       "--backbone", "minilm", "--data", "builtin:400", "--limit", "3", "--no-figures"],
    }  # fmt: skip


#: The commands of ``--commands``: ``compile`` (the default: both compiles and the cold check), ``run``
#: or ``minilm`` (all-MiniLM-L6-v2 with a trained head on 320 sentences of the built-in corpus, 3 examples
#: checked, no figures: the head and lens stages of a pretrained backbone).
GROUPS = {
    "compile": ("compile N=2", "compile N=512", "check N=512 (cold)"),
    "run": ("run",),
    "minilm": ("run minilm",),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--commands", choices=sorted(GROUPS), default="compile")
    group, rest = parser.parse_known_args(argv)
    args = checkout_arguments(__doc__ or "", RESULTS / "bench_cold.jsonl", rest)
    commit = commits(before=args.before, after=args.after)
    for round_ in range(args.rounds):
        anchor = cpu_anchor_s()
        for which, path in (("before", args.before), ("after", args.after)):
            root = path.resolve()
            env = {**os.environ, "PYTHONPATH": str(root)}
            with tempfile.TemporaryDirectory() as tmp:
                for name, command in commands(root, Path(tmp)).items():
                    if name not in GROUPS[group.commands]:
                        continue
                    start = time.perf_counter()
                    subprocess.run(command, capture_output=True, text=True, check=True, env=env, cwd=tmp)
                    seconds = round(time.perf_counter() - start, 2)
                    row = {"round": round_, "checkout": which, "commit": commit[which], "command": name}
                    timing = Path(tmp) / "run" / "timing.json"
                    stages = json.loads(timing.read_text())["seconds"] if name.startswith("run") else {}
                    record(
                        {**row, "seconds": seconds, "load": loadavg(), "python_loop_1e7_s": anchor,
                         **({"stages": stages} if stages else {})},
                        args.out,
                    )  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
