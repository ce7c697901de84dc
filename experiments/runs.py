"""The committed runs: `qlens-q run` as a user runs it, timed, and what it produced.

Each named run is one fresh process, ``qlens-q run --out DIR --quiet ARGS`` under
``/usr/bin/time -v`` (wall clock and peak memory of the whole command, imports
included). What it wrote is copied into ``experiments/results/runs/NAME/``:
``report.md``, ``report.json``, ``trajectories.safetensors`` + ``.json`` (so
``qlens-q analyze`` recomputes the analysis from the repository),
``verdicts.safetensors``, ``figures/``, ``timing.json``, ``circuits/`` when they
are small (not the language model's: about 40 MB of 12-qubit circuits, which
the command regenerates), never ``model/``; and ``run.json``: the machine, the
command, its exit code, wall time, peak memory and load average. A SentiHood
path is written as ``$QLENS_SENTIHOOD_DIR``. Then
``experiments/results/bench_run.{json,md}`` gathers every committed run's
stage times.

    python experiments/runs.py                       # every run whose data is here
    python experiments/runs.py builtin lm            # some of them
    python experiments/runs.py --tables              # only bench_run.md and runs.md, from what is committed
    python experiments/runs.py --reanalyse [NAME ...] # `qlens-q analyze` on committed runs, in place
    QLENS_SENTIHOOD_DIR=../shared/data/sentihood python experiments/runs.py sentihood-cls
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from machine import loadavg, machine_info

from qlens_q import qasm
from qlens_q.io import atomic_write_json, atomic_write_text

RESULTS = Path(__file__).resolve().parent / "results"
RUNS_DIR = RESULTS / "runs"
SENTIHOOD = "$QLENS_SENTIHOOD_DIR"
#: Circuits are committed when all of them together are smaller than this.
CIRCUITS_MAX_BYTES = 4 * 2**20
#: name -> (arguments of `qlens-q run`, what the run is for)
RUNS: dict[str, tuple[list[str], str]] = {
    "builtin": ([], "the default run: the paper's classifier on the generated corpus"),
    "sentihood-cls": (["--data", SENTIHOOD], "SentiHood, the paper's preprocessing, [CLS] readout"),
    "sentihood-mean": (["--data", SENTIHOOD, "--readout", "mean"], "SentiHood, mean readout"),
    "minilm-sentihood": (
        ["--backbone", "minilm", "--data", SENTIHOOD],
        "all-MiniLM-L6-v2 (frozen) with a linear head on SentiHood: 12 sub-layers",
    ),
    "toy-minilm-embeddings-sentihood": (
        ["--embeddings", "minilm", "--data", SENTIHOOD],
        "the paper's recipe, closer: the toy model on MiniLM's frozen token embeddings, SentiHood",
    ),
    "lm": (["--task", "lm"], "the next-word model over 4,096 words"),
    "lm-affine": (
        ["--task", "lm", "--lens", "affine", "--limit", "2", "--no-analysis"],
        "the same model with affine lenses (the lens table; two positions' circuits)",
    ),
}
COPIED = ("report.md", "report.json", "trajectories.safetensors", "trajectories.json", "verdicts.safetensors",
          "timing.json")  # fmt: skip


def best_of(fn: Any, repeats: int = 3) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return round(min(times), 3)


def qasm_import_times(path: Path) -> dict[str, Any]:
    """Parse one exported file as OpenQASM 2 (Rust) and, re-exported, as OpenQASM 3 (best of three each)."""
    from qiskit import qasm2, qasm3

    text2 = path.read_text()
    circuit = qasm.loads(text2, source=str(path))
    text3 = qasm.dumps(circuit, "qasm3")
    return {
        "file": path.name,
        "qubits": circuit.num_qubits,
        "operations": circuit.size(),
        "qasm2_loads_s": best_of(
            lambda: qasm2.loads(text2, custom_instructions=qasm2.LEGACY_CUSTOM_INSTRUCTIONS)
        ),
        "qasm3_loads_s": best_of(lambda: qasm3.loads(text3), repeats=1),
    }


def _seconds(elapsed: str) -> float:
    parts = [float(x) for x in elapsed.split(":")]
    return sum(p * 60**i for i, p in enumerate(reversed(parts)))


def run_one(name: str, workdir: Path) -> dict[str, Any]:
    args, purpose = RUNS[name]
    senti = os.environ.get("QLENS_SENTIHOOD_DIR", "")
    if SENTIHOOD in args and not senti:
        raise SystemExit(f"{name}: set QLENS_SENTIHOOD_DIR to the SentiHood JSON folder")
    out = workdir / name
    argv = [senti if a == SENTIHOOD else a for a in args]
    load_start = loadavg()
    cmd = [
        "/usr/bin/time",
        "-v",
        sys.executable,
        "-m",
        "qlens_q.cli",
        "run",
        "--out",
        str(out),
        "--quiet",
        *argv,
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{name}: qlens-q run exited {proc.returncode}: {proc.stderr.strip()[-500:]}")
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", proc.stderr)
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr)
    assert wall and rss, proc.stderr
    target, staging = RUNS_DIR / name, RUNS_DIR / f".{name}.partial"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    for file in COPIED:
        data = (out / file).read_bytes()
        if senti and file in ("report.json", "report.md"):
            data = data.replace(senti.encode(), SENTIHOOD.encode())
        (staging / file).write_bytes(data)
    shutil.copytree(out / "figures", staging / "figures") if (out / "figures").is_dir() else None
    circuits = sorted((out / "circuits").iterdir())
    circuit_bytes = sum(p.stat().st_size for p in circuits)
    if circuit_bytes <= CIRCUITS_MAX_BYTES:
        shutil.copytree(out / "circuits", staging / "circuits")
    info = {
        "name": name,
        "purpose": purpose,
        "command": " ".join(["qlens-q", "run", "--out", "DIR", "--quiet", *args]),
        "exit_code": proc.returncode,
        "wall_s": round(_seconds(wall.group(1)), 2),
        "max_rss_mb": round(int(rss.group(1)) / 1024),
        "loadavg_start": load_start,
        "loadavg_end": loadavg(),
        "summary_line": proc.stdout.strip().splitlines()[-1].replace(str(out), "DIR"),
        "circuit_files": len(circuits),
        "circuit_bytes": circuit_bytes,
        "circuits_committed": circuit_bytes <= CIRCUITS_MAX_BYTES,
        "machine": machine_info(),
    }
    report = json.loads((out / "report.json").read_text())
    if report["circuits"]["format"] == "qasm2" and circuits:
        info["qasm_import"] = qasm_import_times(circuits[0])
    atomic_write_json(staging / "run.json", info)
    shutil.rmtree(target, ignore_errors=True)
    staging.rename(target)
    return info


def reanalyse_one(name: str) -> dict[str, Any]:
    """``qlens-q analyze`` on a committed run, in place: the analysis and the held-out test again from the
    committed trajectories (the model is not re-run, the trajectories do not change).

    The run's ``timing.json`` (the stage times of the run itself, which ``bench_run.md`` tabulates) is
    kept; the re-analysis' wall time, machine and load go into ``run.json["reanalysis"]``. Circuits that
    a run does not commit (``circuits_committed`` false) are removed again.
    """
    folder = RUNS_DIR / name
    info = json.loads((folder / "run.json").read_text())
    timing = (folder / "timing.json").read_bytes()
    load_start = loadavg()
    start = time.perf_counter()
    cmd = [sys.executable, "-m", "qlens_q.cli", "analyze", str(folder)]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"{name}: qlens-q analyze exited {proc.returncode}: {proc.stderr.strip()[-500:]}")
    (folder / "timing.json").write_bytes(timing)
    if not info["circuits_committed"]:
        shutil.rmtree(folder / "circuits", ignore_errors=True)
    info["reanalysis"] = {
        "command": "qlens-q analyze DIR",
        "wall_s": round(time.perf_counter() - start, 2),
        "loadavg_start": load_start,
        "loadavg_end": loadavg(),
        "machine": machine_info(),
    }
    atomic_write_json(folder / "run.json", info)
    return info


def bench_table() -> None:
    """``bench_run.{json,md}``: the stage times of every committed run."""
    rows = []
    for folder in sorted(RUNS_DIR.iterdir()):
        if not (folder / "run.json").is_file():
            continue
        info = json.loads((folder / "run.json").read_text())
        stages = json.loads((folder / "timing.json").read_text())["seconds"]
        report = json.loads((folder / "report.json").read_text())
        rows.append({**{k: info[k] for k in ("name", "command", "wall_s", "max_rss_mb", "loadavg_start", "loadavg_end")},
                     "stages_s": stages, "circuits": report["summary"]["circuits"],
                     "passed": report["summary"]["passed"], "date_utc": info["machine"]["date_utc"]})  # fmt: skip
    atomic_write_json(RESULTS / "bench_run.json", rows)
    names = sorted({s for r in rows for s in r["stages_s"]}, key=lambda s: min(
        list(r["stages_s"]).index(s) if s in r["stages_s"] else 99 for r in rows))  # fmt: skip
    lines = [
        "# `qlens-q run`: where the time goes",
        "",
        "Generated by `python experiments/runs.py`: each run is a fresh process under `/usr/bin/time -v` "
        "(wall clock and peak memory of the whole command, imports included); the stages come from the run's "
        "`timing.json`; *other* is process start-up, imports and what no stage covers. Load average: "
        "1-, 5-, 15-minute, at the start and the end of the run (2 cores).",
        "",
        "| run | wall s | " + " | ".join(names) + " | other | peak MB | circuits passed | load start → end |",
        "|---|---|" + "---|" * len(names) + "---|---|---|---|",
    ]
    for r in rows:
        stages = r["stages_s"]
        other = r["wall_s"] - sum(stages.values())
        cells = " | ".join(f"{stages[s]:.1f}" if s in stages else "–" for s in names)
        lines.append(
            f"| [{r['name']}](runs/{r['name']}/report.md) | {r['wall_s']:.1f} | {cells} | {other:.1f} | {r['max_rss_mb']} "
            f"| {r['passed']}/{r['circuits']} | {r['loadavg_start']} → {r['loadavg_end']} |"
        )
    lines += ["", "Commands:", ""] + [f"- `{r['name']}`: `{r['command']}` ({r['date_utc']})" for r in rows]
    atomic_write_text(RESULTS / "bench_run.md", "\n".join(lines) + "\n")


def _quality(report: dict[str, Any]) -> str:
    metrics = report["model"]["metrics"]
    if "test accuracy" in metrics:
        return f"test accuracy {metrics['test accuracy']:.3f}"
    return f"held-out perplexity {metrics['held-out perplexity']:.2f}"


def heldout_rows(report: dict[str, Any]) -> list[str]:
    """Per sub-layer: identity's held-out fidelity, the best candidate's gain over it, the paper's mean reflection's."""
    rows = []
    for layer, entry in (report.get("analysis") or {}).get("fixed_operators", {}).items():
        cands = entry["candidates"]
        base = cands["identity"]["fidelity"]
        best = max((c for c in cands if c != "identity"), key=lambda c: cands[c]["fidelity"])
        ci = cands[best]["gain_ci95"]

        def passed(name: str, key: str = "pass_rate", cands: dict[str, Any] = cands) -> int:
            return round((cands[name].get(key) or 0.0) * cands[name].get("circuits", 0))

        def ran(name: str, cands: dict[str, Any] = cands) -> str:
            n = cands[name].get("circuits", 0)
            return f"{passed(name)} / {n}" if n else f"not run ({cands[name].get('not_run')})"

        run_circuits = sum(c.get("circuits", 0) for c in cands.values())
        exact = sum(passed(c, "exact_pass_rate") for c in cands)
        real = max(c["fidelity"] for n, c in cands.items() if n not in ("identity", "u2"))
        u2 = f"{cands['u2']['fidelity'] - real:+.4f}" if "u2" in cands else "–"
        rows.append(
            f"| {layer} | {len(entry['fit_ids'])} / {len(entry['heldout_ids'])} | {base:.4f} | {best} "
            f"| {cands[best]['gain']:+.4f} [{ci[0]:+.4f}, {ci[1]:+.4f}] | {u2} "
            f"| {cands['mean_householder']['fidelity'] - base:+.4f} "
            f"| {ran(best)} | {ran('identity')} | {exact} / {run_circuits} |"
        )
    return rows


def results_table() -> None:
    """``runs.md``: every committed run's headline numbers and its held-out test, from its report.json."""
    lines = [
        "# The committed runs, in numbers",
        "",
        "Generated by `python experiments/runs.py` from `runs/*/report.json` and `run.json` (re-tabulate "
        "without running: `python experiments/runs.py --tables`).",
        "",
        "| run | what | model | lens KL at the last hook point (tuned / identity) | circuits passed | wall s |",
        "|---|---|---|---|---|---|",
    ]
    held: list[str] = []
    for folder in sorted(RUNS_DIR.iterdir()):
        if not (folder / "run.json").is_file():
            continue
        info = json.loads((folder / "run.json").read_text())
        report = json.loads((folder / "report.json").read_text())
        last = list(report["lens"])[-1]
        lens = report["lens"][last]
        s = report["summary"]
        lines.append(
            f"| [{info['name']}](runs/{info['name']}/report.md) | {info['purpose']} | {_quality(report)} "
            f"| {lens['kl']:.4f} / {lens['kl_identity']:.4f} ({last}) | {s['passed']} / {s['circuits']} | {info['wall_s']:.1f} |"
        )
        rows = heldout_rows(report)
        if rows:
            held += ["", f"**{info['name']}**", "", *HELDOUT_HEADER, *rows]
    lines += [
        "",
        "## The held-out test, per run and sub-layer",
        "",
        "Held-out Born fidelity F of one operator per sub-layer fitted on the other half (report.json "
        "`analysis.fixed_operators`): identity's F, the best other candidate and its gain over identity "
        "(paired bootstrap 95 % interval over the held-out examples), for two outputs what the best complex "
        "U(2) adds to the best real operator, the paper's mean reflection's gain, and of the fixed-operator "
        "circuits run on Aer against the model's next distribution how many of the best candidate's and of "
        "identity's passed (Aer's shots consistent with the model at the false-alarm level shared by all "
        "held-out circuits) and how many of all candidates' were exact (Born distribution equal to the "
        "model's to 1e-9).",
        *held,
    ]
    atomic_write_text(RESULTS / "runs.md", "\n".join(lines) + "\n")


HELDOUT_HEADER = [
    "| sub-layer | fit / held out | F, identity | best other | its gain [CI] | U(2) − best real "
    "| paper's mean reflection | best's circuits passed | identity's circuits passed | exact, all candidates |",
    "|---|---|---|---|---|---|---|---|---|---|",
]


def main(argv: list[str]) -> int:
    if argv == ["--tables"]:
        bench_table()
        results_table()
        return 0
    if argv[:1] == ["--reanalyse"]:
        for name in argv[1:] or sorted(p.name for p in RUNS_DIR.iterdir() if (p / "run.json").is_file()):
            info = reanalyse_one(name)
            print(json.dumps({"name": name, "reanalysis_wall_s": info["reanalysis"]["wall_s"]}), flush=True)
        results_table()
        return 0
    names = argv or [
        n for n, (args, _) in RUNS.items() if SENTIHOOD not in args or os.environ.get("QLENS_SENTIHOOD_DIR")
    ]
    unknown = [n for n in names if n not in RUNS]
    if unknown:
        print(f"runs: unknown run(s) {', '.join(unknown)} (choose from {', '.join(RUNS)})", file=sys.stderr)
        return 2
    if shutil.which("/usr/bin/time") is None:
        print("runs: needs /usr/bin/time (Debian package 'time')", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            info = run_one(name, Path(tmp))
            print(
                json.dumps({k: info[k] for k in ("name", "wall_s", "max_rss_mb", "summary_line")}), flush=True
            )
    bench_table()
    results_table()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
