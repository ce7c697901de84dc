"""Run `qlens-q run --task lm` with its defaults and commit what it produced.

One fresh process under ``/usr/bin/time -v`` (wall clock and peak memory of the
whole command, imports included) runs the default LM pipeline (vocabulary 4,096,
seed 42, 16 held-out positions, 10,000 shots, 1,000 permutations) in a temporary
directory. Copied into ``experiments/results/lm/``:

* ``report.md``, ``report.json``, ``timing.json`` and ``figures/*.png`` as the run wrote them
  (not ``circuits/``: 48 files of about 0.6-1 MB each, nor ``distributions.safetensors``,
  which the run regenerates byte for byte);
* ``run.json``: the machine, the command's wall time and peak memory, the size of
  ``circuits/``, and the OpenQASM import measurement below.

**OpenQASM 2 or 3.** The first attention circuit the run wrote (OpenQASM 2) is
parsed with :func:`qiskit.qasm2.loads`, re-exported as OpenQASM 3 and parsed with
:func:`qiskit.qasm3.loads` (best of three each): the reason the LM writes
OpenQASM 2.

    python experiments/lm_run.py
"""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path
from typing import Any

from qiskit import qasm2, qasm3

from qlens_q import qasm
from qlens_q.io import atomic_write_json

RESULTS = Path(__file__).resolve().parent / "results" / "lm"


def best_of(fn: Any, repeats: int = 3) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return round(min(times), 3)


def qasm_import_times(path: Path) -> dict[str, Any]:
    text2 = path.read_text()
    circuit = qasm.loads(text2, source=str(path))
    text3 = qasm.dumps(circuit, "qasm3")
    return {
        "file": path.name,
        "qubits": circuit.num_qubits,
        "operations": circuit.size(),
        "qasm2_bytes": len(text2),
        "qasm3_bytes": len(text3),
        "qasm2_loads_s": best_of(
            lambda: qasm2.loads(text2, custom_instructions=qasm2.LEGACY_CUSTOM_INSTRUCTIONS)
        ),
        "qasm3_loads_s": best_of(lambda: qasm3.loads(text3)),
    }


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "lm"
        cmd = ["/usr/bin/time", "-v", sys.executable, "-m", "qlens_q.cli", "run", "--task", "lm",
               "--out", str(out), "--quiet"]  # fmt: skip
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if proc.returncode not in (0, 1):
            raise SystemExit(f"qlens-q run --task lm exited {proc.returncode}: {proc.stderr.strip()[-500:]}")
        wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", proc.stderr)
        rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr)
        assert wall and rss, proc.stderr
        parts = [float(x) for x in wall.group(1).split(":")]
        seconds = sum(p * 60**i for i, p in enumerate(reversed(parts)))
        circuits = sorted((out / "circuits").iterdir())
        measurement = qasm_import_times(out / "circuits" / "0000_attention.qasm")
        staging = RESULTS.with_name(".lm.partial")
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(parents=True)
        for name in ("report.md", "report.json", "timing.json"):
            shutil.copy(out / name, staging / name)
        if (out / "figures").is_dir():
            shutil.copytree(out / "figures", staging / "figures")
        machine = {
            "date_utc": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
            "nproc": os.cpu_count(),
            "load_average_1min_at_end": round(os.getloadavg()[0], 2),
            "platform": platform.platform(),
            "python": platform.python_version(),
            **{pkg: metadata.version(pkg) for pkg in ("qiskit", "qiskit-aer", "torch", "qlens-q")},
        }
        atomic_write_json(
            staging / "run.json",
            {
                "machine": machine,
                "command": "qlens-q run --task lm --out DIR --quiet",
                "exit_code": proc.returncode,
                "wall_s": round(seconds, 2),
                "max_rss_mb": round(int(rss.group(1)) / 1024),
                "summary_line": proc.stdout.strip().splitlines()[-1],
                "circuit_files": len(circuits),
                "circuit_bytes": sum(p.stat().st_size for p in circuits),
                "qasm_import": measurement,
            },
        )
        shutil.rmtree(RESULTS, ignore_errors=True)
        staging.rename(RESULTS)
    print(json.dumps(json.loads((RESULTS / "run.json").read_text()), indent=1))


if __name__ == "__main__":
    if shutil.which("/usr/bin/time") is None:
        raise SystemExit("needs /usr/bin/time (Debian package 'time')")
    main()
