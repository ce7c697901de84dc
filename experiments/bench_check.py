"""``qlens_q.check`` end to end: OpenQASM 3 against OpenQASM 2, and how it scales with N.

Issue 20's goal: ``check`` at 9 qubits (N = 512 outputs, 12 examples x 4 points, so 3 sub-layer
circuits and one trajectory circuit per example: 48 circuits, 10,000 shots) in at most 15 s in
OpenQASM 3 (the default) and within 1.5x of OpenQASM 2. The file read back is the file written:
``check`` cross-checks the circuit parsed from the exact text it exports.

(a) ``check`` at N = 512 in both formats, with its stage times (``CheckResult.seconds``: build,
transpile, export, parse, simulate). (b) ``check`` in OpenQASM 3 at N = 2 ... 4,096 against Aer's
own time on the same circuits (the ``simulate`` stage: exact probabilities, the ``quantum_info``
reference up to 12 qubits and the shots), as the ratio total / simulate. Above N = 512 fewer
examples are run (:data:`EXAMPLES_LARGE`) to keep the default run near three minutes on a shared
2-core machine; each row says how many.

The distributions are a seeded Dirichlet draw (:func:`random_trajectories`), not a model's.
Writes ``experiments/results/bench_check.json`` and ``.md`` with the machine and its load.

    python experiments/bench_check.py
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
from machine import loadavg, machine_info

import qlens_q
from qlens_q.io import atomic_write_text
from qlens_q.trajectories import Trajectories

RESULTS = Path(__file__).resolve().parent / "results"
#: The goal's point names: embeddings, two sub-layers, the model's output (3 sub-layers).
POINTS = ("embed", "attn", "mlp", "final")
GOAL_N, GOAL_EXAMPLES, SHOTS = 512, 12, 10_000
#: Goals of issue 20 for (a).
GOAL_SECONDS, GOAL_RATIO = 15.0, 1.5
SIZES = (2, 4, 16, 64, 256, 512, 1024, 4096)
#: Examples per size above N = 512 (fewer: a 12-qubit trajectory circuit holds ~60,000 gates).
EXAMPLES_LARGE = {1024: 4, 4096: 1}
STAGES = ("build", "transpile", "export", "parse", "simulate")


def random_trajectories(n: int, examples: int, seed: int) -> Trajectories:
    """``examples`` seeded Dirichlet(1) trajectories over ``n`` outputs at :data:`POINTS`."""
    rng = np.random.default_rng(seed)
    probs = rng.dirichlet(np.ones(n), size=(examples, len(POINTS)))
    return Trajectories(probs, POINTS)


def timed_check(traj: Trajectories, fmt: str, seed: int) -> dict[str, Any]:
    """One ``check`` call: wall seconds, stage seconds, circuits and how many passed."""
    start = time.perf_counter()
    result = qlens_q.check(traj, shots=SHOTS, seed=seed, qasm_format=fmt)
    total = time.perf_counter() - start
    passed = sum(v.passed for v in result.verdicts)
    return {
        "format": fmt,
        "outputs": traj.num_outputs,
        "qubits": traj.num_qubits,
        "examples": traj.num_examples,
        "circuits": len(result.verdicts),
        "passed": passed,
        "operations": sum(c.operations for c in result.circuits),
        "seconds": round(total, 3),
        "stages": {k: result.seconds.get(k, 0.0) for k in STAGES},
        "simulate_ratio": round(total / max(result.seconds.get("simulate", 0.0), 1e-9), 2),
        "loadavg": loadavg(),
    }


def markdown(report: dict[str, Any]) -> str:
    """The committed table of ``report``."""
    m = report["machine"]
    goal = report["goal"]
    lines = [
        "# `check` end to end: OpenQASM 3 against 2, and scaling with N",
        "",
        f"`python experiments/bench_check.py` on {m['date_utc']}: {m.get('cpu', 'a CPU')} with "
        f"{m['nproc']} usable cores (a Python loop of 10^7 additions: {m.get('python_loop_1e7_s', '?')} s; "
        f"numpy SIMD {m.get('numpy_simd', '?')}), {m['platform']}, Python {m['python']}, qiskit {m['qiskit']}, "
        f"qiskit-aer {m['qiskit-aer']}; load average {m['loadavg_start']} at the start, "
        f"{report['loadavg_end']} at the end (a shared machine: other jobs may run beside this one).",
        "",
        f"## (a) N = {GOAL_N}, {GOAL_EXAMPLES} examples x {len(POINTS)} points, {SHOTS:,} shots",
        "",
        "| format | circuits | passed | seconds | build | transpile | export | parse | simulate | load |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for row in goal["rows"]:
        s = row["stages"]
        lines.append(
            f"| {row['format']} | {row['circuits']} | {row['passed']} | {row['seconds']:.2f} | "
            + " | ".join(f"{s[k]:.2f}" for k in STAGES)
            + f" | {row['loadavg']} |"
        )
    lines += [
        "",
        f"OpenQASM 3: {goal['qasm3_seconds']:.2f} s (goal <= {GOAL_SECONDS:.0f} s: "
        f"{'met' if goal['qasm3_seconds'] <= GOAL_SECONDS else 'NOT met'}); "
        f"{goal['ratio']:.2f}x OpenQASM 2 (goal <= {GOAL_RATIO}x: "
        f"{'met' if goal['ratio'] <= GOAL_RATIO else 'NOT met'}).",
        "",
        "## (b) OpenQASM 3 `check` against Aer's own time on the same circuits",
        "",
        "ratio = check's seconds / the simulate stage's seconds. "
        + ", ".join(f"N = {n}: {k} example{'s' if k > 1 else ''}" for n, k in EXAMPLES_LARGE.items())
        + f" (otherwise {GOAL_EXAMPLES}).",
        "",
        "| N | qubits | examples | circuits | operations | check s | simulate s | parse s | transpile s | ratio | load |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for row in report["scaling"]:
        s = row["stages"]
        lines.append(
            f"| {row['outputs']} | {row['qubits']} | {row['examples']} | {row['circuits']} | "
            f"{row['operations']:,} | {row['seconds']:.2f} | {s['simulate']:.2f} | {s['parse']:.2f} | "
            f"{s['transpile']:.2f} | {row['simulate_ratio']:.2f} | {row['loadavg']} |"
        )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)), help="N values of (b)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=RESULTS, help="folder of bench_check.json/.md")
    args = parser.parse_args(argv)
    sizes = [int(x) for x in args.sizes.split(",")]
    machine = machine_info()
    qlens_q.check(random_trajectories(2, 1, args.seed), shots=100)  # imports and Aer warm-up, not timed
    goal_traj = random_trajectories(GOAL_N, GOAL_EXAMPLES, args.seed)
    rows = [timed_check(goal_traj, fmt, args.seed) for fmt in ("qasm3", "qasm2")]
    for row in rows:
        print(json.dumps(row), flush=True)
    qasm3_row, qasm2_row = rows
    scaling = []
    for n in sizes:
        if n == GOAL_N:
            row = qasm3_row
        else:
            row = timed_check(
                random_trajectories(n, EXAMPLES_LARGE.get(n, GOAL_EXAMPLES), args.seed), "qasm3", args.seed
            )
            print(json.dumps(row), flush=True)
        scaling.append(row)
    report = {
        "machine": machine,
        "loadavg_end": loadavg(),
        "goal": {
            "rows": rows,
            "qasm3_seconds": qasm3_row["seconds"],
            "qasm2_seconds": qasm2_row["seconds"],
            "ratio": round(qasm3_row["seconds"] / qasm2_row["seconds"], 3),
            "goal_seconds": GOAL_SECONDS,
            "goal_ratio": GOAL_RATIO,
        },
        "scaling": scaling,
    }
    args.out.mkdir(parents=True, exist_ok=True)
    atomic_write_text(args.out / "bench_check.json", json.dumps(report, indent=2) + "\n")
    atomic_write_text(args.out / "bench_check.md", markdown(report))
    failed = [r for r in [*rows, *scaling] if r["passed"] != r["circuits"]]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
