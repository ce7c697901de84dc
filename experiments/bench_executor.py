"""Cross-check a batch of layer circuits in process and through ``--executor``; compare time and results.

Builds ``--circuits`` random ``structured`` layer circuits (``--classes LOW,HIGH``
classes each, exported gates), cross-checks them once in this process and twice
through the executor (the first run includes the workers' imports), and prints
one JSON object: the seconds of each, the executor's start-up seconds, and
whether every verdict, count and probability (to 1e-12) matched. Exit 1 if not.
``--save`` also appends it, with the machine it ran on, to
``experiments/results/bench_executor.jsonl`` (rewritten atomically).

    python experiments/bench_executor.py --circuits 200 --save
    python experiments/bench_executor.py --circuits 40 --classes 513,1024 --save
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from pathlib import Path

import numpy as np
from machine import loadavg, machine_info

from qlens_q import CheckConfig, Synthesis, crosscheck, layer_circuit, layer_operator
from qlens_q.errors import QlensError
from qlens_q.executor import open_executor
from qlens_q.io import atomic_write_text
from qlens_q.qasm import transpile_for_export
from qlens_q.simulation import Backend

#: Where ``--save`` appends its rows.
SAVED = Path(__file__).resolve().parent / "results" / "bench_executor.jsonl"


def _circuits(count: int, low: int, high: int, seed: int) -> tuple[list, list]:
    rng = np.random.default_rng(seed)
    circuits, expected = [], []
    for _ in range(count):
        n = int(rng.integers(low, high + 1))
        p_in, p_out = rng.random(n) + 0.05, rng.random(n) + 0.05
        op = layer_operator(p_in / p_in.sum(), p_out / p_out.sum())
        circuits.append(transpile_for_export(layer_circuit(op, Synthesis("structured"), measure=True)))
        expected.append(op.psi_out**2)
    return circuits, expected


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--circuits", type=int, default=200)
    parser.add_argument("--classes", default="2,16", help="LOW,HIGH classes per circuit (default 2,16)")
    parser.add_argument("--shots", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--executor", default="dask", help="dask or dask=ADDRESS")
    parser.add_argument("--workers", type=int, default=None, help="local cluster workers (default: per core)")
    parser.add_argument("--max-job-size", type=int, default=None, help="circuits per sub-job")
    parser.add_argument("--save", action="store_true", help=f"append the row to {SAVED}")
    args = parser.parse_args(argv)
    info = machine_info()
    low, high = (int(x) for x in args.classes.split(","))
    try:
        circuits, expected = _circuits(args.circuits, low, high, args.seed)
        config = CheckConfig(shots=args.shots, seed=args.seed)
        start = time.perf_counter()
        local = crosscheck(circuits, expected, config)
        in_process_s = time.perf_counter() - start
        start = time.perf_counter()
        with open_executor(args.executor, local_workers=args.workers) as executor:
            startup_s = time.perf_counter() - start
            backend = Backend(executor=executor, max_job_size=args.max_job_size)
            remote_config = dataclasses.replace(config, backend=backend)
            runs = []
            for _ in range(2):
                start = time.perf_counter()
                remote = crosscheck(circuits, expected, remote_config)
                runs.append(time.perf_counter() - start)
            workers = executor.workers if executor is not None else 0
    except QlensError as exc:
        sys.stderr.write(f"bench_executor: {exc}\n")
        return 2
    same = all(
        (r.passed, r.failures, r.counts) == (loc.passed, loc.failures, loc.counts)
        and np.allclose(r.probabilities, loc.probabilities, rtol=0, atol=1e-12)
        for r, loc in zip(remote, local, strict=True)
    )
    row = {
        "circuits": args.circuits,
        "classes": [low, high],
        "shots": args.shots,
        "executor": args.executor,
        "workers": workers,
        "in_process_s": round(in_process_s, 2),
        "executor_startup_s": round(startup_s, 2),
        "executor_first_s": round(runs[0], 2),
        "executor_warm_s": round(runs[1], 2),
        "passed": sum(v.passed for v in local),
        "same_results": same,
    }
    print(json.dumps(row))
    if args.save:
        earlier = SAVED.read_text(encoding="utf-8") if SAVED.is_file() else ""
        saved = {**row, "machine": {**info, "loadavg_end": loadavg()}}
        atomic_write_text(SAVED, earlier + json.dumps(saved) + "\n")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
