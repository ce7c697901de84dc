"""Run directories read back: :func:`load_report`, :func:`load_counts`, and :func:`reanalyze` (``qlens-q analyze``).

The layout, and writing a run (staging, :func:`save_run`), live in :mod:`qlens_q.runfiles`, below
:mod:`qlens_q.checks`; their names are re-exported here. This module is above both: it imports
:mod:`qlens_q.checks` (the held-out test, the flow figure's circuits) and nothing imports it back.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from qlens_q import io
from qlens_q.config import HELD_OUT_MIN_EXAMPLES, HELDOUT_CIRCUITS, HELDOUT_CIRCUITS_MAX
from qlens_q.errors import InputError
from qlens_q.results import REPORT_FORMAT, figure_example
from qlens_q.runfiles import (
    CIRCUITS_DIR,
    FIGURES_DIR,
    HELDOUT_DIR,
    MAX_REPORT_BYTES,
    MODEL_DIR,
    VERDICTS_FILE,
    check_analysis,
    check_out,
    circuit_path,
    clear_figures,
    draw,
    is_run,
    publish,
    recover,
    save_run,
    staged,
    write_heldout,
    write_timing,
)
from qlens_q.trajectories import ARRAYS_FILE, Trajectories

__all__ = [
    "CIRCUITS_DIR",
    "FIGURES_DIR",
    "HELDOUT_DIR",
    "MAX_REPORT_BYTES",
    "MODEL_DIR",
    "VERDICTS_FILE",
    "check_analysis",
    "check_out",
    "circuit_path",
    "clear_figures",
    "is_run",
    "load_counts",
    "load_report",
    "publish",
    "reanalyze",
    "recover",
    "save_run",
    "staged",
]


def load_report(directory: str | Path) -> dict[str, Any]:
    """``report.json`` of a run directory, refusing another format or version."""
    path = Path(directory) / "report.json"
    report = io.read_json(path, MAX_REPORT_BYTES, what="report")  # a regular file, strict JSON
    if not isinstance(report, dict) or report.get("format") != REPORT_FORMAT:
        found = report.get("format") if isinstance(report, dict) else None
        raise InputError(
            str(path), f"is not a {REPORT_FORMAT} report" + (f" (it is {found!r})" if found else "")
        )
    for key, kind in (("examples", list), ("summary", dict), ("crosscheck", dict), ("points", list)):
        if not isinstance(report.get(key), kind):
            raise InputError(str(path), f"has no usable {key!r}")
    return report


def load_counts(directory: str | Path, per_example: int, examples: int) -> NDArray[np.int64] | None:
    """The trajectory circuits' shot counts from ``verdicts.safetensors`` (``None`` when unreadable)."""
    from safetensors.numpy import load as load_arrays

    try:  # a regular file only (a FIFO would block), of at most the report's bound
        counts = load_arrays(io.read_bytes(Path(directory) / VERDICTS_FILE, MAX_REPORT_BYTES))["counts"]
    except Exception:  # a missing or damaged file only costs the histogram
        return None
    if counts.ndim != 2 or counts.shape[0] != per_example * examples:
        return None
    return np.asarray(counts[per_example - 1 :: per_example])


def _shot_examples(report: Mapping[str, Any], checked: int) -> int:
    """How many of the checked examples had shots (``crosscheck.shot_examples``; all in a report older than it)."""
    value = report["crosscheck"].get("shot_examples", checked)
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= checked:
        raise InputError("report.json", f"crosscheck shot_examples must be an integer from 0 to {checked}")
    return value


def reanalyze(
    directory: str | Path,
    *,
    seed: int | None = None,
    permutations: int | None = None,
    top_k: int | None = None,
    figures: bool = True,
) -> dict[str, Any]:
    """Analyse a run directory again from its saved trajectories; rewrite its reports (and figures: with
    ``figures=False`` the earlier figures are deleted, so none is left that the report does not show).

    ``seed``, ``permutations`` and ``top_k`` default to the run's own analysis (or
    config), so analysing again reproduces what ``qlens-q run`` wrote. Every input is
    read and checked before anything is written.
    """
    root = Path(directory)
    report = load_report(root)
    traj = Trajectories.load(root / ARRAYS_FILE)
    checked = [ex.get("id") if isinstance(ex, dict) else None for ex in report["examples"]]
    if list(traj.points) != report["points"] or list(traj.ids[: len(checked)]) != checked:
        raise InputError(str(root / ARRAYS_FILE), "does not match report.json (points or examples differ)")
    for name, is_ok in (("report.md", lambda p: not p.exists() or p.is_file()),
                        ("timing.json", lambda p: not p.exists() or p.is_file()),
                        (FIGURES_DIR, lambda p: not p.exists() or p.is_dir())):  # fmt: skip
        if not is_ok(root / name):
            raise InputError(
                str(root / name), "is in the way (a folder where a file belongs, or the reverse)"
            )
    previous: dict[str, Any] = report["analysis"] if isinstance(report.get("analysis"), dict) else {}
    config: dict[str, Any] = report["config"] if isinstance(report.get("config"), dict) else {}
    seed = _setting(seed, previous, config, "seed", 0)
    permutations = _setting(permutations, previous, config, "permutations", 1000)
    top_k = _setting(top_k, previous, config, "top_k", 10)
    timing_path = root / "timing.json"
    try:
        timing = io.read_json(timing_path, 2**20).get("seconds", {}) if timing_path.is_file() else {}
        timing = {str(k): float(v) for k, v in timing.items()} if isinstance(timing, dict) else {}
    except (InputError, OSError, ValueError, TypeError, AttributeError, RecursionError):
        timing = {}  # a damaged timing file is rewritten
    # scipy, Qiskit and Aer only now, once the folder's files are read and checked: a refusal is instant
    from qlens_q.checks import flow_curves, held_out_test
    from qlens_q.report import analysis_section, render_markdown
    from qlens_q.stats.analysis import analyze

    analysis = analyze(traj, seed=seed, permutations=permutations, top_k=top_k)
    timing["analysis"] = float(analysis.seconds or 0.0)
    heldout = None
    if traj.num_examples >= HELD_OUT_MIN_EXAMPLES:
        check = report["crosscheck"]
        shots = (
            check["shots"]
            if isinstance(check.get("shots"), int) and not isinstance(check["shots"], bool)
            else 10_000
        )
        fmt = (report.get("circuits") or {}).get("format")
        heldout = held_out_test(
            traj,
            seed=seed,
            shots=shots,
            qasm_format=fmt if fmt in ("qasm2", "qasm3") else "qasm3",
            max_circuits=min(
                _setting(None, {}, config, "heldout_circuits", HELDOUT_CIRCUITS), HELDOUT_CIRCUITS_MAX
            ),
        )
        timing.update(heldout.seconds)
    try:  # the report must render before anything is written (a report qlens-q wrote always does)
        render_markdown({**report, "analysis": analysis_section(analysis, heldout)})
    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise InputError(
            str(root / "report.json"),
            f"is malformed ({type(exc).__name__}: {' '.join(str(exc).split())[:80]})",
        ) from None
    drawn = None
    if figures:
        per = len(report["sublayers"]) + 1
        counts = load_counts(root, per, len(checked))
        if counts is not None:  # the examples with shots: the first shot_examples (all, in an older report)
            counts = counts[: _shot_examples(report, len(checked))]
        flow = flow_curves(traj, figure_example(traj, counts))
        drawn = draw(root, traj, analysis, counts, timing, heldout=heldout, flow=flow)
    report["analysis"] = analysis_section(analysis, heldout, drawn)
    write_heldout(root, heldout)
    io.atomic_write_json(root / "report.json", report)
    io.atomic_write_text(root / "report.md", render_markdown(report))
    write_timing(root, timing)
    if not figures:  # the report shows none now: the earlier analysis' figures go
        clear_figures(root)
    return report


def _setting(
    given: int | None, previous: Mapping[str, Any], config: Mapping[str, Any], key: str, default: int
) -> int:
    if given is not None:
        return given
    for source in (previous, config):
        value = source.get(key)
        if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
            return value
    return default
