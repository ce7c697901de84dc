"""The floor of the researcher's loop: what `qlens-q run` cannot go below here without computing something else.

Issue 20 asks for the built-in ``qlens-q run`` in at most 30 s and ``qlens-q run --task lm``
in at most 90 s, with no check weakened. This script measures, on this machine, the parts of
each run that are other libraries' own work on the run's fixed workload, and adds them up:

``imports``
    a fresh interpreter importing torch, Qiskit, Aer, SciPy and matplotlib (the libraries
    every run loads; qlens-q's own modules left out), less the bare interpreter's start.
``training``
    the run's own ``train`` stage (its ``timing.json``) in a run that stops after its
    cross-check (``--no-analysis --no-figures --heldout-circuits 0 --limit 1``): torch's
    forward pass, backward pass and Adam, one thread. The trained weights, and so every
    number a run reports, depend on torch's thread count (README, Limits), so training is
    counted whole.
``circuits`` (language model only)
    on that run's own exported 12-qubit circuits (one example: its attention, MLP and
    trajectory circuits), the work of Qiskit's OpenQASM 2 parser (``qasm2.loads``), of Aer's
    assembly of the circuit (``assemble_circuits``, Python) and of Aer's simulation (the
    result's ``time_taken``, one thread), each the best of three, times the examples a
    default run checks (16). The held-out test's circuits are left out. This part could at best
    be split over every core, so it is divided by the core count.

The floor is a lower bound: everything qlens-q itself does (reading positions, lenses,
synthesis and transpilation, shots, analysis, held-out fits, figures, writing) counts zero.
A goal below its floor cannot be met by making qlens-q faster; only by computing something
else (another training recipe or thread count, a smaller vocabulary, fewer checked
examples), or on a faster machine.

    python experiments/bench_floor.py     # writes experiments/results/bench_floor.{json,md} (~3 min)
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from machine import best_of, loadavg, machine_info

from qlens_q.bench.runs import time_run
from qlens_q.io import atomic_write_json, atomic_write_text
from qlens_q.tasks.next_word import LIMIT as LM_EXAMPLES  # examples a default LM run checks

RESULTS = Path(__file__).resolve().parent / "results"
#: The libraries every run imports (qlens-q's own modules are not part of the floor).
LIBRARIES = "torch, qiskit, qiskit_aer, scipy.stats, scipy.optimize, matplotlib.figure, matplotlib.backends.backend_agg"
#: (name, arguments of ``qlens-q run``, goal in seconds)
CASES: tuple[tuple[str, tuple[str, ...], float], ...] = (
    ("run", (), 30.0),
    ("run --task lm", ("--task", "lm"), 90.0),
)
#: Every case stops after its cross-check: only its training and its circuits are used.
STOP_EARLY = ("--no-analysis", "--no-figures", "--heldout-circuits", "0", "--limit", "1")


def import_seconds(repeats: int = 3) -> dict[str, float]:
    """Fresh-process seconds: the bare interpreter, and the interpreter importing :data:`LIBRARIES`."""

    def bare() -> None:
        subprocess.run([sys.executable, "-c", "pass"], check=True)

    def libraries() -> None:
        subprocess.run([sys.executable, "-c", f"import {LIBRARIES}"], check=True)

    start, loaded = best_of(bare, repeats), best_of(libraries, repeats)
    return {
        "interpreter_s": round(start, 3),
        "libraries_s": round(loaded, 3),
        "imports_s": round(loaded - start, 3),
    }


def circuit_seconds(circuits: Path) -> list[dict[str, Any]]:
    """Per exported circuit in ``circuits``: Qiskit's parse, Aer's assembly and Aer's simulation (one thread)."""
    from qiskit import qasm2
    from qiskit_aer import AerSimulator
    from qiskit_aer.backends.aer_compiler import assemble_circuits

    sim = AerSimulator(method="statevector", precision="double", max_parallel_threads=1)
    rows = []
    for path in sorted(circuits.glob("*.qasm")):
        text = path.read_text()

        def parse(text: str = text) -> Any:
            return qasm2.loads(text, custom_instructions=qasm2.LEGACY_CUSTOM_INSTRUCTIONS)

        parse_s = best_of(parse)
        unitary = parse().remove_final_measurements(inplace=False)
        unitary.save_statevector()
        assemble_s = best_of(lambda unitary=unitary: assemble_circuits([unitary]))
        simulate_s = min(float(sim.run(unitary).result().results[0].time_taken) for _ in range(3))
        rows.append(
            {
                "circuit": path.name,
                "qubits": unitary.num_qubits,
                "instructions": len(unitary.data),
                "parse_s": round(parse_s, 4),
                "assemble_s": round(assemble_s, 4),
                "simulate_s": round(simulate_s, 4),
            }
        )
    return rows


def measure(cores: int) -> list[dict[str, Any]]:
    """One row per case of :data:`CASES`: its floor's parts, their sum and the goal."""
    imports = import_seconds()
    rows = []
    with tempfile.TemporaryDirectory(prefix="qlens-q-floor-") as tmp:
        for name, args, goal in CASES:
            out = Path(tmp) / name.replace(" ", "_").replace("-", "")
            run = time_run([*args, *STOP_EARLY], out)
            if run["exit_code"] != 0:
                raise SystemExit(f"{name}: exit {run['exit_code']}: {run['last_line']}")
            parts = {"imports": imports["imports_s"], "training": run["stages_s"]["train"]}
            row: dict[str, Any] = {"case": name, "goal_s": goal, "run": run}
            if "--task" in args:
                circuits = circuit_seconds(out / "circuits")
                row["circuits"] = circuits
                per_example = sum(c["parse_s"] + c["assemble_s"] + c["simulate_s"] for c in circuits)
                parts["circuits"] = round(LM_EXAMPLES * per_example / cores, 3)
            row["floor_parts_s"] = parts
            row["floor_s"] = round(sum(parts.values()), 2)
            row["room_s"] = round(goal - row["floor_s"], 2)
            rows.append(row)
    return [{**row, "imports": imports} for row in rows]


def markdown(rows: list[dict[str, Any]], info: dict[str, Any], cores: int) -> str:
    lines = [
        "# The floor of the researcher's loop",
        "",
        "Generated by `python experiments/bench_floor.py` (see its docstring for what each part is). "
        "The floor counts only other libraries' own work on each run's fixed workload: imports, torch's "
        "training on one thread, and for the language model Qiskit's parse, Aer's assembly and Aer's "
        f"simulation of the {LM_EXAMPLES} checked examples' circuits, divided over {cores} cores. Everything qlens-q "
        "itself does counts zero, so a goal below its floor cannot be met by making qlens-q faster.",
        "",
        "| run | goal | imports | training | circuits | floor | room left for all of qlens-q's own work |",
        "|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        p = row["floor_parts_s"]
        circuits = f"{p['circuits']:.1f} s" if "circuits" in p else "–"
        lines.append(
            f"| `qlens-q {row['case']}` | {row['goal_s']:.0f} s | {p['imports']:.1f} s | {p['training']:.1f} s "
            f"| {circuits} | **{row['floor_s']:.1f} s** | {row['room_s']:+.1f} s |"
        )
    lm = next((row for row in rows if "circuits" in row), None)
    if lm is not None:
        lines += [
            "",
            "## The language model's circuits, one example (best of three each)",
            "",
            "| circuit | qubits | instructions | Qiskit parse | Aer assembly | Aer simulation |",
            "|---|---|---|---|---|---|",
        ]
        for c in lm["circuits"]:
            lines.append(
                f"| {c['circuit']} | {c['qubits']} | {c['instructions']:,} | {c['parse_s']:.3f} s "
                f"| {c['assemble_s']:.3f} s | {c['simulate_s']:.3f} s |"
            )
    imports = rows[0]["imports"]
    lines += [
        "",
        f"Imports: a fresh interpreter {imports['interpreter_s']:.2f} s, with `import {LIBRARIES}` "
        f"{imports['libraries_s']:.2f} s (best of three).",
        "",
        "Each case ran as `qlens-q run ARGS " + " ".join(STOP_EARLY) + "` in a fresh process "
        "(its training is the whole run's; `--limit 1` writes one example's circuits):",
        "",
        "| run | wall | stages (s) | load before / after |",
        "|---|---|---|---|",
    ]
    for row in rows:
        run = row["run"]
        stages = ", ".join(f"{k} {v:g}" for k, v in run["stages_s"].items())
        lines.append(
            f"| `qlens-q {row['case']}` | {run['wall_s']:.1f} s | {stages} "
            f"| {run['loadavg_before']} / {run['loadavg_after']} |"
        )
    lines += ["", "## Machine", ""] + [f"- {k}: {v}" for k, v in info.items()]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=RESULTS / "bench_floor.json")
    args = parser.parse_args(argv)
    info = machine_info()
    cores = info["nproc"]
    rows = measure(cores)
    info["loadavg_end"] = loadavg()
    atomic_write_json(args.out, {"machine": info, "cores": cores, "rows": rows})
    atomic_write_text(args.out.with_suffix(".md"), markdown(rows, info, cores))
    for row in rows:
        print(json.dumps({k: row[k] for k in ("case", "goal_s", "floor_parts_s", "floor_s", "room_s")}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
