"""How fast ``qlens-q`` answers bad input and interrupts (issue 20's goals: within 2 s each).

(a) **Refusals.** Each case is a fresh ``python -m qlens_q ...`` process given one bad input,
timed from before the interpreter starts to its exit: it must exit 2 with one line on stderr and
write nothing. (b) **Interrupts.** ``qlens-q run --out DIR --quiet`` (the built-in run) is started
in a fresh process and sent SIGINT or SIGTERM after a delay chosen to land in a stage (start-up,
training, circuits, analysis); the time from the signal to the process' exit is recorded, with the
exit code (130) and whether ``DIR`` holds anything (nothing half-written: no ``DIR`` at all, or,
once published, a complete run).

The machine's load average is recorded beside every row: the machine may be shared.
Writes ``experiments/results/bench_refusals.json`` and ``.md``.

    python experiments/bench_refusals.py
"""

from __future__ import annotations

import argparse
import json
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from machine import loadavg, machine_info

from qlens_q.io import atomic_write_text

RESULTS = Path(__file__).resolve().parent / "results"
#: The scratch folder's own files (anything else there was written by a refused command).
SCRATCH = ("bad.qasm", "good.qasm")
GOAL_S = 2.0
#: name -> arguments after ``qlens-q``; ``{tmp}`` is a scratch folder holding ``bad.qasm`` (malformed)
#: and ``good.qasm`` (one H gate).
REFUSALS: dict[str, list[str]] = {
    "run: missing --data file": ["run", "--out", "{tmp}/out", "--data", "{tmp}/missing.json"],
    "run: --data builtin:9 (too few sentences)": ["run", "--out", "{tmp}/out", "--data", "builtin:9"],
    "run: --shots 0": ["run", "--out", "{tmp}/out", "--shots", "0"],
    "run: --task lm --vocab 10": ["run", "--out", "{tmp}/out", "--task", "lm", "--vocab", "10"],
    "run: --backbone hf:missing folder": ["run", "--out", "{tmp}/out", "--backbone", "hf:{tmp}/no-model"],
    "run: --epochs with a pretrained backbone": [
        "run",
        "--out",
        "{tmp}/out",
        "--backbone",
        "minilm",
        "--epochs",
        "2",
    ],
    "run: --backend unknown device": ["run", "--out", "{tmp}/out", "--backend", "fake_nowhere"],
    "analyze: not a run folder": ["analyze", "{tmp}"],
    "simulate: malformed QASM": ["simulate", "{tmp}/bad.qasm"],
    "crosscheck: expected with a NaN": ["crosscheck", "{tmp}/good.qasm", "--expect", "nan,1"],
    "compile: p_in does not sum to 1": [
        "compile",
        "--p-in",
        "0.5,0.6",
        "--p-out",
        "0.5,0.5",
        "-o",
        "{tmp}/c.qasm",
    ],
}
#: (signal, seconds after start): start-up, training, circuits, analysis and figures of a built-in
#: run (about 50 s on the 2-core machine of 2026-12-04).
INTERRUPTS: tuple[tuple[str, float], ...] = (
    ("SIGINT", 0.5),
    ("SIGINT", 3.0),
    ("SIGINT", 12.0),
    ("SIGINT", 30.0),
    ("SIGINT", 42.0),
    ("SIGTERM", 12.0),
    ("SIGTERM", 30.0),
)


def _command(args: list[str], tmp: Path) -> list[str]:
    return [sys.executable, "-m", "qlens_q", *(a.format(tmp=tmp) for a in args)]


def refusal(name: str, args: list[str], tmp: Path) -> dict[str, Any]:
    """One bad input in a fresh process: seconds to exit, exit code, stderr lines, anything written."""
    before = loadavg()
    start = time.perf_counter()
    done = subprocess.run(_command(args, tmp), capture_output=True, text=True, check=False)
    wall = time.perf_counter() - start
    lines = done.stderr.strip().splitlines()
    written = sorted(p.name for p in tmp.iterdir() if p.name not in SCRATCH)
    return {
        "case": name,
        "seconds": round(wall, 2),
        "exit_code": done.returncode,
        "stderr_lines": len(lines),
        "message": lines[-1][:160] if lines else "",
        "written": written,
        "ok": done.returncode == 2 and len(lines) == 1 and not written,
        "met": wall <= GOAL_S,
        "load": before,
    }


def interrupt(sig: str, delay: float, tmp: Path) -> dict[str, Any]:
    """``qlens-q run`` in a fresh process, ``sig`` after ``delay`` s: seconds from the signal to its exit."""
    out = tmp / f"run-{sig}-{delay:g}"
    before = loadavg()
    proc = subprocess.Popen(
        _command(["run", "--out", str(out), "--quiet"], tmp),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(delay)
    sent = time.perf_counter()
    proc.send_signal(getattr(signal, sig))
    stdout, stderr = proc.communicate()
    answered = time.perf_counter() - sent
    last = (stderr.strip().splitlines() or stdout.strip().splitlines() or [""])[-1]
    complete = (out / "report.json").is_file() and (out / "report.md").is_file()
    return {
        "signal": sig,
        "delay_s": delay,
        "answered_s": round(answered, 2),
        "exit_code": proc.returncode,
        "message": last[:160],
        "out_exists": out.exists(),
        "out_complete": complete,
        "ok": proc.returncode == 130 and (not out.exists() or complete),
        "met": answered <= GOAL_S,
        "load": before,
    }


def markdown(data: dict[str, Any]) -> str:
    m = data["machine"]
    lines = [
        "# Refusals and interrupts: how fast `qlens-q` answers",
        "",
        f"`python experiments/bench_refusals.py` on {m['date_utc']}: {m['cpu']} ({m['nproc']} usable cores; "
        f"a Python loop of 10^7 additions in {m['python_loop_1e7_s']} s), Python {m['python']}; load average "
        f"{m['loadavg_start']} at the start, {data['loadavg_end']} at the end. Goal: every answer within "
        f"{GOAL_S:g} s on a quiet machine.",
        "",
        "## (a) Bad input: a fresh process, timed from start to exit (exit 2, one line, nothing written)",
        "",
        "| case | seconds | exit | one line, nothing written | within 2 s | load | message |",
        "| --- | ---: | ---: | --- | --- | --- | --- |",
    ]
    for r in data["refusals"]:
        lines.append(
            f"| {r['case']} | {r['seconds']:.2f} | {r['exit_code']} | {'yes' if r['ok'] else '**no**'} | "
            f"{'yes' if r['met'] else '**no**'} | {r['load']} | `{r['message'].replace('|', '/')}` |"
        )
    lines += [
        "",
        "## (b) `qlens-q run` interrupted: seconds from the signal to the exit",
        "",
        "| signal | sent after (s) | answered in (s) | exit | nothing half-written | within 2 s | load | last line |",
        "| --- | ---: | ---: | ---: | --- | --- | --- | --- |",
    ]
    for r in data["interrupts"]:
        lines.append(
            f"| {r['signal']} | {r['delay_s']:g} | {r['answered_s']:.2f} | {r['exit_code']} | "
            f"{'yes' if r['ok'] else '**no**'} | {'yes' if r['met'] else '**no**'} | {r['load']} | "
            f"`{r['message'].replace('|', '/')}` |"
        )
    worst_refusal = max(r["seconds"] for r in data["refusals"])
    worst_interrupt = max(r["answered_s"] for r in data["interrupts"])
    lines += [
        "",
        f"Slowest refusal {worst_refusal:.2f} s; slowest answer to a signal {worst_interrupt:.2f} s.",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=RESULTS, help="folder of bench_refusals.json/.md")
    parser.add_argument("--no-interrupts", action="store_true", help="only (a)")
    args = parser.parse_args(argv)
    machine = machine_info()
    refusals, interrupts = [], []
    with tempfile.TemporaryDirectory(prefix="qlens-q-bench-refusals-") as name:
        tmp = Path(name)
        (tmp / "bad.qasm").write_text("OPENQASM 2.0;\nqreg q[1];\nry( q[0];\n")
        (tmp / "good.qasm").write_text('OPENQASM 2.0;\ninclude "qelib1.inc";\nqreg q[1];\nh q[0];\n')
        subprocess.run(_command(["--version"], tmp), capture_output=True, check=False)  # warm the disk cache
        for case, case_args in REFUSALS.items():
            refusals.append(refusal(case, case_args, tmp))
            print(json.dumps(refusals[-1]), flush=True)
        if not args.no_interrupts:
            for sig, delay in INTERRUPTS:
                interrupts.append(interrupt(sig, delay, tmp))
                print(json.dumps(interrupts[-1]), flush=True)
    data = {"machine": machine, "loadavg_end": loadavg(), "refusals": refusals, "interrupts": interrupts}
    args.out.mkdir(parents=True, exist_ok=True)
    atomic_write_text(args.out / "bench_refusals.json", json.dumps(data, indent=2) + "\n")
    if interrupts:
        atomic_write_text(args.out / "bench_refusals.md", markdown(data))
    return 0


if __name__ == "__main__":
    sys.exit(main())
