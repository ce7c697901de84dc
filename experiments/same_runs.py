"""Do two versions of qlens-q write the same runs? Every file of each run directory, byte for byte.

    python experiments/same_runs.py run OLD_CHECKOUT OUT_DIR [NAME ...]   # runs.py's runs with that code
    python experiments/same_runs.py compare OLD_DIR NEW_DIR [NAME ...]    # -> results/same_runs.md

``run`` executes ``qlens-q run --out OUT_DIR/NAME --quiet ARGS`` (ARGS from
``experiments/runs.py``) with the package of ``OLD_CHECKOUT`` first on ``PYTHONPATH``
(a ``git worktree`` of another commit). ``compare`` lists, per run, how many files each
directory holds, how many differ (``timing.json``, wall-clock seconds, is left out) and
the SHA-256 of ``report.json`` and ``trajectories.safetensors`` on each side.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from runs import RUNS, SENTIHOOD

RESULTS = Path(__file__).resolve().parent / "results"
IGNORED = {"timing.json"}
HASHED = ("report.json", "trajectories.safetensors")


def _files(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name not in IGNORED
    }


def run(checkout: Path, out: Path, names: list[str]) -> None:
    """Each named run, made by the package in ``checkout``."""
    env = {**os.environ, "PYTHONPATH": str(checkout), "OMP_NUM_THREADS": "1"}
    sentihood = os.environ.get("QLENS_SENTIHOOD_DIR", "")
    for name in names:
        args = [sentihood if a == SENTIHOOD else a for a in RUNS[name][0]]
        code = "import sys; from qlens_q.cli import main; sys.exit(main(sys.argv[1:]))"
        command = [sys.executable, "-c", code, "run", "--out", str(out / name), "--quiet", *args]
        done = subprocess.run(command, env=env, cwd=checkout, capture_output=True, text=True)
        print(name, done.returncode, done.stdout.strip() or done.stderr.strip()[-300:])


def compare(old: Path, new: Path, names: list[str]) -> str:
    """A markdown table: files, files that differ, and the hashes of the main files."""
    lines = [
        f"# Same runs: `{old}` against `{new}`",
        "",
        "Made by `python experiments/same_runs.py compare OLD NEW` (every file but `timing.json`).",
        "",
        "| run | files | differing | " + " | ".join(f"`{h}` SHA-256 (old = new)" for h in HASHED) + " |",
        "|---|---|---|" + "---|" * len(HASHED),
    ]
    for name in names:
        a, b = _files(old / name), _files(new / name)
        differing = sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))
        hashes = []
        for h in HASHED:
            x, y = (hashlib.sha256(f.get(h, b"")).hexdigest()[:16] for f in (a, b))
            hashes.append(f"`{x}` {'=' if x == y else '≠'} `{y}`")
        lines.append(f"| {name} | {len(a)} / {len(b)} | {len(differing)} | " + " | ".join(hashes) + " |")
        lines += [f"|   | differs: `{k}` | | |" for k in differing[:5]]
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    if len(argv) < 3 or argv[0] not in ("run", "compare"):
        print(__doc__, file=sys.stderr)
        return 2
    names = argv[3:] or ["builtin", "sentihood-cls", "minilm-sentihood", "lm"]
    if argv[0] == "run":
        run(Path(argv[1]).resolve(), Path(argv[2]).resolve(), names)
        return 0
    table = compare(Path(argv[1]), Path(argv[2]), names)
    (RESULTS / "same_runs.md").write_text(table)
    print(table, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
