"""Run directories: what :meth:`qlens_q.checks.CheckResult.save` and ``qlens-q run`` write, and reading it back.

    DIR/report.json                 the report (:mod:`qlens_q.report`); byte-identical for the same seed
    DIR/report.md                   the same for people, with the figures and their captions
    DIR/trajectories.safetensors    the distributions (K, S, N) and their sidecar trajectories.json
    DIR/verdicts.safetensors        Aer's exact probabilities and shot counts of every circuit
    DIR/circuits/NNNN_<name>.qasm   every circuit as exported (sub-layers, then ``trajectory``)
    DIR/figures/*.png               the figures (:mod:`qlens_q.plotting`), when analysed
    DIR/model/                      the model, tokenizer and lenses, when a task saves them
    DIR/timing.json                 seconds per stage (kept out of report.json)

**Staging.** A run is written into ``.DIR.partial-PID`` beside ``DIR`` and renamed
into place at the end; an earlier run at ``DIR`` is first renamed to
``.DIR.old-PID`` and deleted once the new one is in place. So ``DIR`` is always
a complete run, the earlier or the new one. A process killed outright (SIGKILL)
can leave either folder behind; the next run at ``DIR`` puts an orphaned earlier
run back if ``DIR`` is missing and deletes the rest (:func:`recover`).
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from numpy.typing import NDArray

from qlens_q import io
from qlens_q.checks import HELDOUT_DIR
from qlens_q.errors import InputError
from qlens_q.report import REPORT_FORMAT, build_report, render_markdown
from qlens_q.trajectories import ARRAYS_FILE, Trajectories

if TYPE_CHECKING:
    from qlens_q.checks import CheckResult, HeldOutResult

VERDICTS_FILE = "verdicts.safetensors"
FIGURES_DIR = "figures"
MODEL_DIR = "model"
#: Largest report.json read back (bytes).
MAX_REPORT_BYTES = 256 * 2**20


def is_run(out: Path) -> bool:
    """Whether ``out/report.json`` is a report that qlens-q wrote (any version)."""
    try:
        with (out / "report.json").open("rb") as fh:
            head = fh.read(4096)
    except OSError:
        return False
    return b'"format": "qlens-q-' in head


def check_out(out: Path, *, create_parent: bool = False) -> None:
    """Refuse an ``out`` that is a file, a non-empty folder that is not an earlier run, or not writable.

    Nothing is created here: a missing parent folder is refused unless ``create_parent``
    (then it is made only when the run is published).
    """
    if str(out) in ("", "."):
        raise InputError("--out", "give a directory for the run (it is created)")
    if out.exists() and not out.is_dir():
        raise InputError("--out", f"{out} exists and is not a directory")
    if out.is_dir() and any(out.iterdir()) and not is_run(out):
        raise InputError("--out", f"{out} is not empty and holds no qlens-q run; choose a new directory")
    parent = out.parent
    while not parent.exists() and create_parent and parent != parent.parent:
        parent = parent.parent
    if not parent.is_dir():
        raise InputError("--out", f"its folder {out.parent} does not exist")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise InputError("--out", f"cannot write in {parent}")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, another user's
        return True
    return True


def recover(out: Path) -> None:
    """Clean up after runs of ``out`` that were killed outright (see the module docstring)."""
    if not out.parent.is_dir():
        return
    for kind in ("old", "partial"):
        for folder in sorted(out.parent.glob(f".{out.name}.{kind}-*")):
            pid = folder.name.rpartition("-")[2]
            if not pid.isdigit() or int(pid) == os.getpid() or _alive(int(pid)):
                continue
            if kind == "old" and not out.exists() and is_run(folder):
                folder.rename(out)  # the earlier run, orphaned between the two renames
            else:
                shutil.rmtree(folder, ignore_errors=True)


def publish(staging: Path, out: Path) -> None:
    """Move the finished ``staging`` folder to ``out``, replacing an earlier run there."""
    out.parent.mkdir(parents=True, exist_ok=True)
    if not out.exists():
        staging.rename(out)
        return
    old = out.with_name(f".{out.name}.old-{os.getpid()}")
    out.rename(old)
    try:
        staging.rename(out)
    except BaseException:
        old.rename(out)
        raise
    shutil.rmtree(old, ignore_errors=True)


@contextmanager
def staged(out: Path) -> Iterator[Path]:
    """A fresh staging folder beside ``out``: published as ``out`` when the block ends normally, removed otherwise."""
    recover(out)
    holder = out.parent if out.parent.is_dir() else Path(tempfile.gettempdir())
    staging = holder / f".{out.name}.partial-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    try:
        staging.mkdir()
        yield staging
        if holder != out.parent:  # the parent folder did not exist: it is made now, at publication
            out.parent.mkdir(parents=True, exist_ok=True)
            moved = out.parent / staging.name
            shutil.move(str(staging), moved)
            staging = moved
        publish(staging, out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _verdict_arrays(result: CheckResult) -> bytes:
    from safetensors.numpy import save as save_arrays

    return save_arrays(
        {
            "probabilities": np.array([v.probabilities for v in result.verdicts], dtype=np.float64),
            "counts": np.array([v.counts for v in result.verdicts], dtype=np.int64),
        }
    )


def write_timing(root: Path, seconds: Mapping[str, float]) -> None:
    """``timing.json``: seconds per stage."""
    io.atomic_write_json(root / "timing.json", {"seconds": dict(seconds)})


def save_run(
    result: CheckResult,
    path: str | Path,
    *,
    analysis: Mapping[str, Any] | None = None,
    sections: Mapping[str, Any] | None = None,
    write_model: Callable[[Path], None] | None = None,
    figures: bool = True,
    seconds: Mapping[str, float] | None = None,
    heldout: HeldOutResult | None = None,
    trajectories: Trajectories | None = None,
) -> dict[str, Any]:
    """Write the run directory ``path`` (see the module docstring) and return the report.

    ``trajectories``: the examples the analysis read, when they are more than the checked
    ones; the checked examples (``result.trajectories``) must be their first ones. They are
    saved in place of the checked ones, so ``qlens-q analyze`` reads what the analysis read.

    ``analysis`` (from :func:`qlens_q.analyze`) adds the analysis and, with ``figures``,
    the figures; ``sections`` are the task's report sections (``task``, ``config``,
    ``data``, ``model``, ``notes``, ``title``); ``write_model(folder)`` saves a
    model into ``DIR/model``. ``path`` may hold an earlier run, which is replaced.
    """
    out = Path(path)
    check_out(out, create_parent=True)
    traj = result.trajectories if trajectories is None else trajectories
    checked = result.trajectories.num_examples
    if traj.num_examples < checked or list(traj.ids[:checked]) != list(result.trajectories.ids):
        raise InputError("trajectories", "must begin with the checked examples, in order")
    if analysis is not None:
        check_analysis(analysis, traj)
    timing = dict(seconds or {})
    timing.update(result.seconds)
    analysis = None if analysis is None else dict(analysis)
    if analysis is not None and "seconds" in analysis:
        timing["analysis"] = round(timing.get("analysis", 0.0) + float(analysis.pop("seconds")), 3)
    if heldout is not None:
        if analysis is None:
            raise InputError("heldout", "the held-out test is part of the analysis: give analysis= too")
        analysis["fixed_operators"] = heldout.summary
        timing.update(heldout.seconds)
    start = time.perf_counter()
    with staged(out) as staging:
        (staging / "circuits").mkdir()
        for record in result.circuits:
            io.atomic_write_text(staging / record.path, record.text)
        _write_heldout(staging, heldout)
        traj.save(staging / ARRAYS_FILE)
        io.atomic_write_bytes(staging / VERDICTS_FILE, _verdict_arrays(result))
        if write_model is not None:
            (staging / MODEL_DIR).mkdir()
            write_model(staging / MODEL_DIR)
        timing["write"] = round(time.perf_counter() - start, 3)
        if analysis is not None and figures:
            analysis["figures"] = _draw(staging, traj, analysis, result_counts(result), timing)
        report = build_report(result, sections=sections, analysis=analysis)
        io.atomic_write_json(staging / "report.json", report)
        io.atomic_write_text(staging / "report.md", render_markdown(report))
        write_timing(staging, timing)
    return report


def check_analysis(analysis: Any, traj: Trajectories) -> None:
    """Refuse an analysis that is not :func:`qlens_q.analyze`'s of ``traj``: its ``format``, ``points``,
    ``sublayers``, per-sub-layer ``layers``, ``examples`` and ``num_outputs`` must match, before anything is drawn or written."""
    from qlens_q.stats.analysis import ANALYSIS_FORMAT

    if not isinstance(analysis, Mapping) or analysis.get("format") != ANALYSIS_FORMAT:
        found = analysis.get("format") if isinstance(analysis, Mapping) else type(analysis).__name__
        raise InputError("analysis", f"is not a {ANALYSIS_FORMAT} analysis (qlens_q.analyze), got {found!r}")
    expected = {
        "points": list(traj.points),
        "sublayers": list(traj.sublayers),
        "examples": traj.num_examples,
        "num_outputs": traj.num_outputs,
    }
    for key, value in expected.items():
        if analysis.get(key) != value:
            raise InputError(
                "analysis", f"is of other trajectories: {key} {analysis.get(key)!r}, these have {value!r}"
            )
    layers = analysis.get("layers")
    if not isinstance(layers, Mapping) or sorted(layers) != sorted(traj.sublayers):
        raise InputError("analysis", f"needs one 'layers' entry per sub-layer ({', '.join(traj.sublayers)})")


def _write_heldout(root: Path, heldout: HeldOutResult | None) -> None:
    """The held-out test's circuits, in ``circuits/heldout/`` (an earlier set is replaced)."""
    folder = root / HELDOUT_DIR
    if folder.is_dir():
        shutil.rmtree(folder)
    if heldout is None or not heldout.circuits:
        return
    folder.mkdir(parents=True)
    for record in heldout.circuits:
        io.atomic_write_text(root / record.path, record.text)


def result_counts(result: CheckResult) -> NDArray[np.int64]:
    """Shot counts of every example's trajectory circuit, ``(K, 2^n)``."""
    per = len(result.circuit_names)
    return np.array([v.counts for v in result.verdicts[per - 1 :: per]], dtype=np.int64)


def _draw(
    root: Path,
    traj: Trajectories,
    analysis: dict[str, Any],
    counts: NDArray[np.int64] | None,
    timing: dict[str, float],
) -> list[dict[str, str]]:
    from qlens_q.plotting.figures import make_figures

    start = time.perf_counter()
    (root / FIGURES_DIR).mkdir(exist_ok=True)
    drawn = make_figures(
        traj, analysis, root / FIGURES_DIR, seed=int(analysis.get("seed", 0)), trajectory_counts=counts
    )
    timing["figures"] = round(time.perf_counter() - start, 3)
    return drawn


# ---------------------------------------------------------------------------- reading back


def load_report(directory: str | Path) -> dict[str, Any]:
    """``report.json`` of a run directory, refusing another format or version."""
    path = Path(directory) / "report.json"
    try:
        if path.stat().st_size > MAX_REPORT_BYTES:
            raise InputError(str(path), f"is larger than {MAX_REPORT_BYTES:,} bytes")
        report = json.loads(path.read_text(encoding="utf-8"))
    except InputError:
        raise
    except (OSError, ValueError, RecursionError) as exc:
        raise InputError(str(path), f"cannot read report ({exc.__class__.__name__})") from None
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

    try:
        counts = load_arrays((Path(directory) / VERDICTS_FILE).read_bytes())["counts"]
    except Exception:  # a missing or damaged file only costs the histogram
        return None
    if counts.ndim != 2 or counts.shape[0] != per_example * examples:
        return None
    return np.asarray(counts[per_example - 1 :: per_example])


def reanalyze(
    directory: str | Path,
    *,
    seed: int | None = None,
    permutations: int | None = None,
    top_k: int | None = None,
    figures: bool = True,
) -> dict[str, Any]:
    """Analyse a run directory again from its saved trajectories; rewrite its reports (and figures).

    ``seed``, ``permutations`` and ``top_k`` default to the run's own analysis (or
    config), so analysing again reproduces what ``qlens-q run`` wrote. Every input is
    read and checked before anything is written.
    """
    from qlens_q.checks import HELD_OUT_MIN_EXAMPLES, HELDOUT_CIRCUITS, HELDOUT_CIRCUITS_MAX, held_out_test
    from qlens_q.stats.analysis import analyze

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
        timing = (
            json.loads(timing_path.read_text(encoding="utf-8")).get("seconds", {})
            if timing_path.is_file()
            else {}
        )
        timing = {str(k): float(v) for k, v in timing.items()} if isinstance(timing, dict) else {}
    except (OSError, ValueError, TypeError, AttributeError, RecursionError):
        timing = {}  # a damaged timing file is rewritten
    analysis = analyze(traj, seed=seed, permutations=permutations, top_k=top_k)
    timing["analysis"] = float(analysis.pop("seconds"))
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
        analysis["fixed_operators"] = heldout.summary
        timing.update(heldout.seconds)
    try:  # the report must render before anything is written (a report qlens-q wrote always does)
        render_markdown({**report, "analysis": analysis})
    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise InputError(
            str(root / "report.json"),
            f"is malformed ({type(exc).__name__}: {' '.join(str(exc).split())[:80]})",
        ) from None
    if figures:
        per = len(report["sublayers"]) + 1
        analysis["figures"] = _draw(root, traj, analysis, load_counts(root, per, len(checked)), timing)
    report["analysis"] = analysis
    _write_heldout(root, heldout)
    io.atomic_write_json(root / "report.json", report)
    io.atomic_write_text(root / "report.md", render_markdown(report))
    write_timing(root, timing)
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
