"""Reproduce the QLENS SentiHood table with `qlens-q run` and commit what it produced.

Needs ``QLENS_SENTIHOOD_DIR`` (the SentiHood JSON folder). For each lens
readout (``cls``: the [CLS] position the classifier reads, the default; ``mean``:
the mean over tokens, which makes the embedding lens depend on the sentence)
it runs the whole pipeline (seed 42, 10,000 shots, 1,000 permutations) in a
temporary directory and copies into ``experiments/results/sentihood-<readout>/``:

* ``report.md`` and ``figures/*.png`` exactly as the run wrote them;
* ``report-summary.json``: the run's ``report.json`` without the per-example list
  (model, lenses, cross-check summary, and the full ``analysis``);
* ``timing.json``.

    QLENS_SENTIHOOD_DIR=../shared/data/sentihood python experiments/reproduce_sentihood.py
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

from qlens_q.io import atomic_write_json
from qlens_q.pipeline import RunConfig, run

RESULTS = Path(__file__).resolve().parent / "results"


def main() -> None:
    data = os.environ.get("QLENS_SENTIHOOD_DIR")
    if not data:
        sys.exit("reproduce_sentihood: set QLENS_SENTIHOOD_DIR to the SentiHood JSON folder")
    for readout in ("cls", "mean"):
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "run"
            report = run(RunConfig(out=str(out), data=data, seed=42, readout=readout, progress=False))
            target = RESULTS / f"sentihood-{readout}"
            staging = RESULTS / f".sentihood-{readout}.partial"
            shutil.rmtree(staging, ignore_errors=True)
            staging.mkdir(parents=True)
            shutil.copy(out / "report.md", staging / "report.md")
            shutil.copy(out / "timing.json", staging / "timing.json")
            shutil.copytree(out / "figures", staging / "figures")
            summary = {k: v for k, v in report.items() if k != "examples"}
            summary["config"]["data"] = "$QLENS_SENTIHOOD_DIR"
            atomic_write_json(staging / "report-summary.json", summary)
            shutil.rmtree(target, ignore_errors=True)
            staging.rename(target)
            print(
                json.dumps({"readout": readout, "summary": report["summary"]["passed"], "dir": str(target)})
            )


if __name__ == "__main__":
    main()
