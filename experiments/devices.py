"""Every QLENS circuit on IBM device models: where does the reading survive? (issue 22)

For N = 2, 4, ..., 256 classes (n = 1..8 qubits) one seeded Dirichlet layer per N
(``qlens_q.bench.scale.random_layer``: ``p_in``, ``p_out`` ~ Dirichlet(1, ..., 1)) is built
along each synthesis route,

* ``structured``: ``layer_circuit(op, Synthesis("structured"))`` in the export basis;
* ``isometry``: ``Synthesis("isometry")`` in the export basis;
* ``evolution-r1`` / ``evolution-r4``: ``Synthesis("evolution", trotter_reps=1 or 4)``
  (Lie-Trotter), in the export basis, up to :data:`EVOLUTION_MAX_QUBITS` qubits (its gate
  count grows as ``4^n``: 15,000 two-qubit gates on the device at n = 5 with four steps);
* ``stock``: Qiskit's ``StatePreparation`` (``qlens_q.bench.scale.stock_layer_circuit``);

and, from the committed runs, the first :data:`RUN_EXAMPLES` examples' sub-layer and trajectory
circuits of ``builtin`` (the paper's classifier) and ``minilm-sentihood`` (MiniLM's twelve
sub-layers), both N = 2, read from the trajectories of the last commit that tracked them
(``experiments/runs.py``'s ``LAST_FULL_COMMIT``) and run through ``check(traj, backend=NAME)``
itself. The ``lm`` runs (4,096 words, 12 qubits, ~25,000 two-qubit gates per layer on a device)
are left out: a 12-qubit density matrix over that many gates does not fit this study's budget.

Each circuit is transpiled for each device (optimisation level 3, ``seed_transpiler`` = the seed),
run on the device's noise model restricted to the qubits it uses (:mod:`qlens_q.devices`),
:data:`SHOTS` shots, with mthree readout mitigation, and judged against the model's distribution
(``p_out``) by the shot tests at a false-alarm rate of :data:`ALPHA` shared by the synthetic
circuits of one device (Bonferroni); the run circuits by ``check``'s own family (the call's
circuits). Devices: :data:`DEVICES`, two Heron generations and an Eagle.

Writes ``experiments/results/devices.{json,md,png}``. About 3 minutes on 2 busy cores.

    python experiments/devices.py
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from machine import loadavg, machine_info
from qiskit import QuantumCircuit

from qlens_q import checks, devices, qasm, simulation
from qlens_q.bench.scale import random_layer, stock_layer_circuit
from qlens_q.circuits import Synthesis, layer_circuit
from qlens_q.circuits.metrics import two_qubit_gates
from qlens_q.io import atomic_write_bytes, atomic_write_json, atomic_write_text
from qlens_q.trajectories import Trajectories

RESULTS = Path(__file__).resolve().parent / "results"
ROOT = Path(__file__).resolve().parent.parent
#: Two Heron generations (r1, r2) and an Eagle (r3).
DEVICES = ("fake_torino", "fake_fez", "fake_marrakesh", "fake_kyiv", "fake_sherbrooke")
QUBITS = tuple(range(1, 9))
ROUTES = ("structured", "isometry", "evolution-r1", "evolution-r4", "stock")
EVOLUTION_MAX_QUBITS = 5
SHOTS = 20_000
ALPHA = 1e-3
SEED = 0
#: Committed runs whose sub-layers are read on the devices, and examples taken from each.
RUNS = ("builtin", "minilm-sentihood")
RUN_EXAMPLES = 4
#: The last commit that tracked the runs' trajectories (experiments/runs.py).
LAST_FULL_COMMIT = "615af1469deeb031792fffa5dfc9f8ff0c914487"


def route_circuit(route: str, num_qubits: int, seed: int) -> tuple[QuantumCircuit, np.ndarray] | None:
    """The measured logical circuit of ``route`` for the seeded random layer on ``num_qubits`` qubits, and
    the model's distribution ``p_out``; ``None`` where the route is not built at that size."""
    op = random_layer(num_qubits, seed)
    if route == "stock":
        qc = stock_layer_circuit(op)
        qc.measure_all()
    elif route.startswith("evolution"):
        if num_qubits > EVOLUTION_MAX_QUBITS:
            return None
        synthesis = Synthesis("evolution", trotter_reps=int(route.removeprefix("evolution-r")))
        qc = qasm.transpile_for_export(layer_circuit(op, synthesis, measure=True))
    else:
        qc = qasm.transpile_for_export(layer_circuit(op, Synthesis(route), measure=True))
    assert isinstance(qc, QuantumCircuit)
    return qc, op.psi_out**2


def synthetic_rows(
    device_names: Sequence[str], qubits: Sequence[int], routes: Sequence[str]
) -> list[dict[str, Any]]:
    """One row per device, route and N (see the module docstring)."""
    built = []
    for route in routes:
        for n in qubits:
            made = route_circuit(route, n, SEED)
            if made is not None:
                built.append((route, n, *made))
    circuits = [qc for _, _, qc, _ in built]
    expected = [q for _, _, _, q in built]
    ideal = simulation.exact_probabilities([simulation.prepare(qc) for qc in circuits])
    rows = []
    for name in device_names:
        start = time.perf_counter()
        checked = devices.check_on_device(
            circuits, expected, name, ideal=ideal, shots=SHOTS, seed=SEED, alpha=ALPHA,
            labels=[(f"N={2**n}", route) for route, n, _, _ in built],
        )  # fmt: skip
        seconds = time.perf_counter() - start
        print(f"{name}: {len(circuits)} circuits in {seconds:.1f} s ({checked.seconds})", flush=True)
        for (route, n, qc, _), verdict in zip(built, checked.verdicts, strict=True):
            rows.append(
                {
                    "device": name,
                    "processor": checked.processor,
                    "route": route,
                    "classes": 2**n,
                    "qubits": n,
                    "logical_two_qubit_gates": two_qubit_gates(qc),
                    **_numbers(verdict),
                }
            )
    return rows


def _numbers(verdict: devices.DeviceVerdict) -> dict[str, Any]:
    out = verdict.to_dict(with_distributions=False)
    keep = (
        "passed", "failures", "physical_qubits", "two_qubit_gates", "depth", "total_variation", "fidelity",
        "mitigated_total_variation", "mitigated_fidelity", "synthesis_total_variation",
        "shot_noise_total_variation", "chi2_p", "mean_p", "impossible_counts", "alpha_per_circuit",
    )  # fmt: skip
    return {k: out[k] for k in keep}


def committed_trajectories(name: str) -> Trajectories:
    """The trajectories of committed run ``name`` at :data:`LAST_FULL_COMMIT`, read from git."""
    with tempfile.TemporaryDirectory() as tmp:
        for suffix in ("safetensors", "json"):
            path = f"experiments/results/runs/{name}/trajectories.{suffix}"
            blob = subprocess.run(["git", "-C", str(ROOT), "show", f"{LAST_FULL_COMMIT}:{path}"],
                                  capture_output=True, check=True).stdout  # fmt: skip
            atomic_write_bytes(Path(tmp) / f"trajectories.{suffix}", blob)
        return Trajectories.load(Path(tmp) / "trajectories.safetensors")


def run_rows(device_names: Sequence[str], runs: Sequence[str]) -> list[dict[str, Any]]:
    """Per device and committed run: its first examples' circuits through ``check(traj, backend=NAME)``."""
    rows = []
    for run in runs:
        traj = committed_trajectories(run).select(slice(0, RUN_EXAMPLES))
        for name in device_names:
            start = time.perf_counter()
            result = checks.check(traj, shots=SHOTS, seed=SEED, alpha=ALPHA, backend=name)
            assert result.device is not None
            section = result.device.to_dict()
            vs = result.device.verdicts
            rows.append(
                {
                    "device": name,
                    "run": run,
                    "classes": traj.num_outputs,
                    "examples": traj.num_examples,
                    "circuits": len(vs),
                    "ideal_passed": sum(v.passed for v in result.verdicts),
                    "passed": section["passed"],
                    "two_qubit_gates_max": max(v.two_qubit_gates for v in vs),
                    "total_variation_mean": float(np.mean([v.total_variation for v in vs])),
                    "total_variation_max": float(max(v.total_variation for v in vs)),
                    "mitigated_total_variation_mean": float(
                        np.mean(
                            [
                                v.mitigated_total_variation
                                for v in vs
                                if v.mitigated_total_variation is not None
                            ]
                        )
                    ),
                    "shot_noise_total_variation_mean": float(
                        np.mean([v.shot_noise_total_variation for v in vs])
                    ),
                    "fidelity_mean": float(np.mean([v.fidelity for v in vs])),
                    "failures": sorted({f.split(" (")[0] for v in vs for f in v.failures}),
                    "seconds": round(time.perf_counter() - start, 2),
                }
            )
            print(f"{run} on {name}: {section['passed']}/{len(vs)} reproduced", flush=True)
    return rows


def reach(rows: Sequence[dict[str, Any]]) -> dict[str, dict[str, dict[str, int | None]]]:
    """Per device and route: the largest N whose verdict passes, and the largest N up to which all pass."""
    out: dict[str, dict[str, dict[str, int | None]]] = {}
    for row in rows:
        out.setdefault(row["device"], {}).setdefault(row["route"], {"largest": None, "all_up_to": None})
    for device, per_route in out.items():
        for route, entry in per_route.items():
            mine = sorted(
                (r for r in rows if r["device"] == device and r["route"] == route), key=lambda r: r["classes"]
            )
            passing = [r["classes"] for r in mine if r["passed"]]
            entry["largest"] = max(passing) if passing else None
            upto = None
            for r in mine:
                if not r["passed"]:
                    break
                upto = r["classes"]
            entry["all_up_to"] = upto
    return out


def _f(x: Any, digits: int = 3) -> str:
    return "—" if x is None else f"{x:.{digits}f}"


def markdown(data: dict[str, Any]) -> str:
    rows, runs, reached = data["rows"], data["runs"], data["reach"]
    s = data["settings"]
    lines = [
        "# Every QLENS circuit on IBM device models (issue 22)",
        "",
        f"`python experiments/devices.py`: one seeded Dirichlet layer per N (seed {s['seed']}), five synthesis "
        f"routes, transpiled for each device (optimisation level {s['optimization_level']}, seeded) and run on its "
        f"noise model restricted to the qubits the circuit uses, {s['shots']:,} shots, readout mitigation by "
        f"{s['mitigation']}. The verdict is the Born-rule shot test against the model's distribution at a "
        f"false-alarm rate of {s['alpha']:g} over each device's circuits. TVD and fidelity (Hellinger) compare the "
        "noisy frequencies with the circuit's ideal distribution; *shot noise* is the TVD that "
        f"{s['shots']:,} ideal samples have on average (below it noise is invisible). "
        f"Machine: {data['machine'].get('nproc')} cores, load {data['load_start']} at the start; {data['seconds']:.0f} s in all.",
        "",
        "## How far each device reproduces the reading",
        "",
        "Largest N up to which every verdict passes (in brackets: the largest N that passes at all).",
        "",
        "| device | processor | " + " | ".join(s["routes"]) + " |",
        "| --- | --- | " + " | ".join("---" for _ in s["routes"]) + " |",
    ]
    for device, per_route in reached.items():
        proc = next(r["processor"] for r in rows if r["device"] == device)
        cells = []
        for route in s["routes"]:
            e = per_route.get(route, {})
            cells.append(f"{e.get('all_up_to') or '—'} ({e.get('largest') or '—'})")
        lines.append(f"| {device} | {proc} | " + " | ".join(cells) + " |")
    lines += [
        "",
        "## Per circuit",
        "",
        "| device | route | N | 2q gates (logical → device) | depth | TVD | TVD mitigated | shot noise | fidelity | fidelity mitigated | synthesis TVD | verdict |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for r in rows:
        verdict = "pass" if r["passed"] else "fail: " + "; ".join(f.split(" (")[0] for f in r["failures"])
        lines.append(
            f"| {r['device']} | {r['route']} | {r['classes']} | {r['logical_two_qubit_gates']:,} → {r['two_qubit_gates']:,} "
            f"| {r['depth']:,} | {_f(r['total_variation'])} | {_f(r['mitigated_total_variation'])} "
            f"| {_f(r['shot_noise_total_variation'])} | {_f(r['fidelity'])} | {_f(r['mitigated_fidelity'])} "
            f"| {r['synthesis_total_variation']:.1e} | {verdict} |"
        )
    lines += [
        "",
        "## The committed runs' own sub-layers",
        "",
        f"The first {RUN_EXAMPLES} examples of each run (every sub-layer circuit and the trajectory circuit), "
        "through `check(traj, backend=NAME)`; N = 2 (one qubit).",
        "",
        "| device | run | circuits | reproduced | ideal passed | max 2q gates | mean TVD | max TVD | mean TVD mitigated | shot noise | failures |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for r in runs:
        lines.append(
            f"| {r['device']} | {r['run']} | {r['circuits']} | {r['passed']} | {r['ideal_passed']} | {r['two_qubit_gates_max']} "
            f"| {_f(r['total_variation_mean'])} | {_f(r['total_variation_max'])} | {_f(r['mitigated_total_variation_mean'])} "
            f"| {_f(r['shot_noise_total_variation_mean'])} | {'; '.join(r['failures']) or '—'} |"
        )
    lines += ["", "![TVD against two-qubit gates](devices.png)", ""]
    return "\n".join(lines)


def figure(rows: Sequence[dict[str, Any]], path: Path) -> None:
    """TVD against two-qubit gates on the device, one line per device (raw and mitigated panels)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, 2, figsize=(11, 4.2), sharey=True)
    markers = {"structured": "o", "isometry": "s", "evolution-r1": "^", "evolution-r4": "v", "stock": "D"}
    for device in dict.fromkeys(r["device"] for r in rows):
        mine = sorted((r for r in rows if r["device"] == device), key=lambda r: r["two_qubit_gates"])
        x = np.array([max(1, r["two_qubit_gates"]) for r in mine])
        for ax, key in zip(axes, ("total_variation", "mitigated_total_variation"), strict=True):
            y = np.array([r[key] for r in mine])
            (line,) = ax.plot(x, y, "-", lw=1, alpha=0.8, label=device)
            for r, xi, yi in zip(mine, x, y, strict=True):
                ax.plot(xi, yi, markers[r["route"]], color=line.get_color(), ms=4,
                        mfc=line.get_color() if r["passed"] else "none")  # fmt: skip
    for ax, title in zip(axes, ("raw counts", "readout-mitigated (mthree)"), strict=True):
        ax.set_xscale("log")
        ax.set_xlabel("two-qubit gates on the device (0 drawn at 1)")
        ax.set_title(title)
        ax.grid(alpha=0.3)
    axes[0].set_ylabel("TVD to the ideal distribution")
    route_handles = [plt.Line2D([], [], marker=m, ls="", color="grey", label=r) for r, m in markers.items()]
    axes[0].legend(loc="upper left", fontsize=7)
    axes[1].legend(handles=route_handles, loc="upper left", fontsize=7, title="route (filled: verdict passes)",
                   title_fontsize=7)  # fmt: skip
    fig.tight_layout()
    tmp = path.with_suffix(".tmp.png")
    fig.savefig(tmp, dpi=120)
    plt.close(fig)
    tmp.replace(path)


def main(argv: Sequence[str]) -> int:
    quick = "--quick" in argv
    device_names = DEVICES[:2] if quick else DEVICES
    qubits = QUBITS[:3] if quick else QUBITS
    start = time.perf_counter()
    load = loadavg()
    rows = synthetic_rows(device_names, qubits, ROUTES)
    runs = run_rows(device_names, RUNS if not quick else RUNS[:1])
    data = {
        "settings": {
            "devices": list(device_names),
            "qubits": list(qubits),
            "routes": list(ROUTES),
            "evolution_max_qubits": EVOLUTION_MAX_QUBITS,
            "shots": SHOTS,
            "alpha": ALPHA,
            "seed": SEED,
            "optimization_level": devices.OPTIMIZATION_LEVEL,
            "mitigation": devices.mitigation_name(),
            "runs": list(RUNS),
            "run_examples": RUN_EXAMPLES,
            "runs_commit": LAST_FULL_COMMIT,
        },
        "machine": machine_info(),
        "load_start": load,
        "seconds": round(time.perf_counter() - start, 1),
        "reach": reach(rows),
        "rows": rows,
        "runs": runs,
    }
    out = Path(tempfile.gettempdir()) / "devices-quick" if quick else RESULTS / "devices"
    atomic_write_json(out.with_suffix(".json"), data)
    atomic_write_text(out.with_suffix(".md"), markdown(data))
    figure(rows, out.with_suffix(".png"))
    print(f"wrote {out}.{{json,md,png}} in {data['seconds']:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
