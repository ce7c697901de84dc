"""Run directories: their layout and writing them (what :meth:`qlens_q.checks.CheckResult.save` and
``qlens-q run`` write; :mod:`qlens_q.rundir` reads a run back and analyses it again).

    DIR/report.json                 the report (:mod:`qlens_q.report`); byte-identical for the same seed
    DIR/report.md                   the same for people, with the figures and their captions
    DIR/trajectories.safetensors    the distributions (K, S, N) and their sidecar trajectories.json
    DIR/verdicts.safetensors        Aer's exact probabilities and shot counts of every circuit
    DIR/circuits/NNNN_<name>.qasm   every circuit as exported (sub-layers, then ``trajectory``)
    DIR/device/NNNN_<name>.qasm     with a device (``check(..., backend=NAME)``): each circuit as transpiled for it
    DIR/figures/*.png               the figures (:mod:`qlens_q.plotting`), when analysed
    DIR/model/                      the model, tokenizer and lenses, when a task saves them
    DIR/timing.json                 seconds per stage (kept out of report.json)

**Staging.** A run is written into ``.DIR.partial-PID`` beside ``DIR`` and renamed
into place at the end; an earlier run at ``DIR`` is first renamed to
``.DIR.old-PID`` and deleted once the new one is in place. So ``DIR`` is always
a complete run, the earlier or the new one. A process killed outright (SIGKILL)
can leave either folder behind; the next run at ``DIR`` puts an orphaned earlier
run back if ``DIR`` is missing and deletes the rest (:func:`recover`).

This module sits below :mod:`qlens_q.checks` (which calls :func:`save_run`) and reads the
results as records (:mod:`qlens_q.results`, :class:`~qlens_q.stats.analysis.Analysis`);
whatever needs a simulator (the flow figure's circuits) has run before it is called.
"""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from numpy.typing import NDArray

from qlens_q import io, validation
from qlens_q.errors import InputError
from qlens_q.results import CircuitChecks, FlowCurves, HeldOutResult
from qlens_q.trajectories import ARRAYS_FILE, Trajectories

if TYPE_CHECKING:  # the report and the analysis load scipy and Qiskit: imported where they are used, so
    # that checking a run folder (check_out, is_run) before a run imports neither
    from qlens_q.stats.analysis import Analysis

CIRCUITS_DIR = "circuits"
HELDOUT_DIR = f"{CIRCUITS_DIR}/heldout"
DEVICE_DIR = "device"
VERDICTS_FILE = "verdicts.safetensors"
FIGURES_DIR = "figures"
MODEL_DIR = "model"
#: Largest report.json read back (bytes).
MAX_REPORT_BYTES = 256 * 2**20


def circuit_path(index: int, name: str) -> str:
    """Where circuit ``name`` of example ``index`` goes inside a run directory."""
    return f"{CIRCUITS_DIR}/{index:04d}_{name}.qasm"


def is_run(out: Path) -> bool:
    """Whether ``out/report.json`` is a report that qlens-q wrote (any version)."""
    try:  # a regular file only: a FIFO named report.json would block the open
        fd = os.open(out / "report.json", os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return False
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return False
        head = os.read(fd, 4096)
    except OSError:
        return False
    finally:
        os.close(fd)
    return b'"format": "qlens-q-' in head


def check_out(out: Path, *, create_parent: bool = False) -> None:
    """Refuse an ``out`` that is a file, a non-empty folder that is not an earlier run, or not writable.

    Nothing is created here: a missing parent folder is refused unless ``create_parent``
    (then it is made only when the run is published).
    """
    if str(out) in ("", "."):
        raise InputError("out", "give a directory for the run (it is created)")
    if out.exists() and not out.is_dir():
        raise InputError("out", f"{out} exists and is not a directory")
    if out.is_dir() and any(out.iterdir()) and not is_run(out):
        raise InputError("out", f"{out} is not empty and holds no qlens-q run; choose a new directory")
    parent = out.parent
    while not parent.exists() and create_parent and parent != parent.parent:
        parent = parent.parent
    if not parent.is_dir():
        raise InputError("out", f"its folder {out.parent} does not exist")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise InputError("out", f"cannot write in {parent}")


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
            number = validation.ascii_int(pid)
            if number is None or number <= 0 or number == os.getpid() or _alive(number):
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


def _verdict_arrays(result: CircuitChecks) -> bytes:
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
    result: CircuitChecks,
    path: str | Path,
    *,
    analysis: Analysis | Mapping[str, Any] | None = None,
    sections: Mapping[str, Any] | None = None,
    write_model: Callable[[Path], None] | None = None,
    figures: bool = True,
    seconds: Mapping[str, float] | None = None,
    heldout: HeldOutResult | None = None,
    trajectories: Trajectories | None = None,
    flow: FlowCurves | None = None,
) -> dict[str, Any]:
    """Write the run directory ``path`` (see the module docstring) and return the report.

    ``trajectories``: the examples the analysis read, when they are more than the checked
    ones; the checked examples (``result.trajectories``) must be their first ones. They are
    saved in place of the checked ones, so ``qlens-q analyze`` reads what the analysis read.

    ``analysis`` (:func:`qlens_q.analyze`'s :class:`~qlens_q.stats.analysis.Analysis`, or its
    ``to_dict()``) adds the analysis and, with ``figures``, the figures (the Hamiltonian flow's
    when ``flow`` holds its curves, :func:`qlens_q.checks.flow_curves`); ``sections`` are the
    task's report sections (``task``, ``config``, ``data``, ``model``, ``notes``, ``title``);
    ``write_model(folder)`` saves a model into ``DIR/model``. ``path`` may hold an earlier run,
    which is replaced.
    """
    from qlens_q.report import build_report, render_markdown

    out = Path(path)
    check_out(out, create_parent=True)
    traj = result.trajectories if trajectories is None else trajectories
    checked = result.trajectories.num_examples
    if traj.num_examples < checked or list(traj.ids[:checked]) != list(result.trajectories.ids):
        raise InputError("trajectories", "must begin with the checked examples, in order")
    typed = None if analysis is None else check_analysis(analysis, traj)
    if heldout is not None and typed is None:
        raise InputError("heldout", "the held-out test is part of the analysis: give analysis= too")
    timing = dict(seconds or {})
    timing.update(result.seconds)
    if typed is not None and typed.seconds is not None:
        timing["analysis"] = round(timing.get("analysis", 0.0) + typed.seconds, 3)
    if heldout is not None:
        timing.update(heldout.seconds)
    start = time.perf_counter()
    with staged(out) as staging:
        (staging / CIRCUITS_DIR).mkdir()
        for record in result.circuits:
            io.write_staged_text(staging / record.path, record.text)
        write_heldout(staging, heldout)
        write_device(staging, result)
        traj.save(staging / ARRAYS_FILE)
        io.atomic_write_bytes(staging / VERDICTS_FILE, _verdict_arrays(result))
        if write_model is not None:
            (staging / MODEL_DIR).mkdir()
            write_model(staging / MODEL_DIR)
        timing["write"] = round(time.perf_counter() - start, 3)
        drawn = None
        if typed is not None and figures:
            drawn = draw(staging, traj, typed, result.trajectory_counts(), timing, heldout=heldout, flow=flow)
        report = build_report(result, sections=sections, analysis=typed, heldout=heldout, figures=drawn)
        io.atomic_write_json(staging / "report.json", report)
        io.atomic_write_text(staging / "report.md", render_markdown(report))
        write_timing(staging, timing)
    return report


def check_analysis(analysis: Any, traj: Trajectories) -> Analysis:
    """``analysis`` as an :class:`~qlens_q.stats.analysis.Analysis` (a ``to_dict()`` is read back), refusing
    one that is not :func:`qlens_q.analyze`'s of ``traj``: its ``format``, ``points``, ``sublayers``,
    per-sub-layer ``layers``, ``examples`` and ``num_outputs`` must match, before anything is drawn or written."""
    from qlens_q.stats.analysis import ANALYSIS_FORMAT, Analysis

    if isinstance(analysis, Mapping):
        analysis = Analysis.from_dict(analysis)
    if not isinstance(analysis, Analysis) or analysis.format != ANALYSIS_FORMAT:
        found = getattr(analysis, "format", type(analysis).__name__)
        raise InputError("analysis", f"is not a {ANALYSIS_FORMAT} analysis (qlens_q.analyze), got {found!r}")
    expected = {
        "points": tuple(traj.points),
        "sublayers": tuple(traj.sublayers),
        "examples": traj.num_examples,
        "num_outputs": traj.num_outputs,
    }
    for key, value in expected.items():
        if getattr(analysis, key) != value:
            found = getattr(analysis, key)
            raise InputError(
                "analysis",
                f"is of other trajectories: {key} {list(found) if isinstance(found, tuple) else found!r}, "
                f"these have {list(value) if isinstance(value, tuple) else value!r}",
            )
    if sorted(layer.name for layer in analysis.layers) != sorted(traj.sublayers):
        raise InputError("analysis", f"needs one 'layers' entry per sub-layer ({', '.join(traj.sublayers)})")
    return analysis


def write_device(root: Path, result: CircuitChecks) -> None:
    """With a device, every circuit as transpiled for it (OpenQASM 3 on physical qubits) in ``device/``."""
    device = getattr(result, "device", None)
    if device is None:
        return
    from qlens_q.devices import device_qasm

    (root / DEVICE_DIR).mkdir()
    for record, compiled in zip(result.circuits, device.circuits, strict=True):
        name = record.path.removeprefix(f"{CIRCUITS_DIR}/")
        io.write_staged_text(root / DEVICE_DIR / name, device_qasm(compiled))


def write_heldout(root: Path, heldout: HeldOutResult | None) -> None:
    """The held-out test's circuits, in ``circuits/heldout/`` (an earlier set is replaced)."""
    folder = root / HELDOUT_DIR
    if folder.is_dir():
        shutil.rmtree(folder)
    if heldout is None or not heldout.circuits:
        return
    folder.mkdir(parents=True)
    for record in heldout.circuits:
        io.atomic_write_text(root / record.path, record.text)


def draw(
    root: Path,
    traj: Trajectories,
    analysis: Analysis,
    counts: NDArray[np.int64] | None,
    timing: dict[str, float],
    *,
    heldout: HeldOutResult | None = None,
    flow: FlowCurves | None = None,
) -> list[dict[str, str]]:
    """Draw the figures into ``root/figures`` (:func:`qlens_q.plotting.make_figures`); their seconds go in ``timing``."""
    from qlens_q.plotting.figures import make_figures

    start = time.perf_counter()
    (root / FIGURES_DIR).mkdir(exist_ok=True)
    drawn = make_figures(
        traj, analysis, root / FIGURES_DIR, trajectory_counts=counts, heldout=heldout, flow=flow
    )
    timing["figures"] = round(time.perf_counter() - start, 3)
    clear_figures(root, keep=[f["path"] for f in drawn])
    return drawn


def clear_figures(root: Path, keep: Sequence[str] = ()) -> None:
    """Delete the figures of ``root/figures`` that the report does not show (``keep``: the paths it shows,
    relative to ``root``), and the folder when nothing is left: no figure of an earlier analysis stays beside a
    report that no longer mentions it. Only ``*.png`` files are touched."""
    folder = root / FIGURES_DIR
    if not folder.is_dir():
        return
    kept = {Path(path).name for path in keep}
    for png in folder.glob("*.png"):
        if png.name not in kept and png.is_file():
            png.unlink()
    if not any(folder.iterdir()):
        folder.rmdir()
