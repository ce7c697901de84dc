"""A run is published atomically (qlens_q.rundir via ``qlens-q run``): an interrupt, a kill
between the two renames or a full disk leaves the earlier run or nothing, never half a run."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from helpers import LOAD_ARGS, SMALL, leftovers, one_line, run_cli, tree

from qlens_q.cli import main
from qlens_q.pipeline import RunConfig, run
from qlens_q.rundir import load_report, recover

# ------------------------------------------------------------ 3. nothing half-written

#: The interrupted run (brief: builtin:600), cut to 10 examples and 500 shots for time; it loads a model (so no
#: --epochs: a loaded model is not trained), so it is staged and written only after the model is read.
SIGNAL_RUN = ["--data", "builtin:600", "--no-analysis", "--quiet", "--limit", "10", "--shots", "500"]


def _default_signals() -> None:  # in the child: Python then maps SIGINT to KeyboardInterrupt
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _start_run(out: Path, model: Path) -> subprocess.Popen[str]:
    """``SIGNAL_RUN`` loading ``model`` (no training: the run is staged and written only after it)."""
    return subprocess.Popen(
        [sys.executable, "-m", "qlens_q.cli", "run", "--out", str(out), *SIGNAL_RUN, "--model", str(model)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=_default_signals,
    )


def _interrupt_when(waits: dict[subprocess.Popen[str], Callable[[], bool]], signum: int) -> None:
    """Poll every run's ``ready()`` together; send ``signum`` to each run as soon as its own is true.

    Waits on events only (a folder appears, a process ends), never on a clock: a loaded machine
    makes the wait longer, not the verdict different.
    """
    pending = dict(waits)
    while pending:
        for proc, ready in list(pending.items()):
            if ready():
                proc.send_signal(signum)
                del pending[proc]
            elif proc.poll() is not None:
                pytest.fail(f"the run ended before it could be interrupted: {proc.communicate()}")
        time.sleep(0.002)


def _staging(out: Path, pid: int) -> Path:
    return out.with_name(f".{out.name}.partial-{pid}")


@pytest.fixture(scope="module")
def uninterrupted(small_run: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The command the interrupted runs are given (``SIGNAL_RUN`` loading the session's small run's model, which
    this module's other tests use too: no training here), run to the end once. It is the complete earlier run
    an interrupted run must leave untouched, and what a re-run after an interrupt must write, byte for byte."""
    out = tmp_path_factory.mktemp("uninterrupted") / "run"
    assert main(["run", "--out", str(out), *SIGNAL_RUN, "--model", str(small_run / "model")]) == 0
    return out


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_interrupted_run_leaves_nothing_half_written(
    small_run: Path,
    uninterrupted: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    signum: int,
) -> None:
    fresh = tmp_path / "fresh"  # no earlier run
    earlier = tmp_path / "earlier"  # holds a complete run
    shutil.copytree(uninterrupted, earlier)
    before = tree(earlier)
    model = small_run / "model"
    procs = {fresh: _start_run(fresh, model), earlier: _start_run(earlier, model)}
    circuits = _staging(earlier, procs[earlier].pid) / "circuits"
    _interrupt_when(
        {
            # fresh: as soon as its staging directory appears
            procs[fresh]: _staging(fresh, procs[fresh].pid).is_dir,
            # earlier: once the circuit files are being written
            procs[earlier]: lambda: circuits.is_dir() and any(circuits.glob("*.qasm")),
        },
        signum,
    )
    for out, proc in procs.items():
        _, err = proc.communicate()
        assert proc.returncode == 130, (out.name, proc.returncode, err)
        assert err.endswith("qlens-q: interrupted\n")
        assert leftovers(out) == []
    assert not fresh.exists()
    assert tree(earlier) == before  # still the complete earlier run, byte for byte
    # Re-running the same command with the same --out completes, identical to the same command run without
    # an interrupt.
    assert run_cli(capsys, "run", "--out", str(fresh), *SIGNAL_RUN, "--model", str(model))[0] == 0
    assert (fresh / "report.json").read_bytes() == (uninterrupted / "report.json").read_bytes()
    assert leftovers(fresh) == []


def test_interrupt_while_publishing_keeps_the_earlier_run(
    small_run: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "run"
    shutil.copytree(small_run, out)
    before = tree(out)
    rename = Path.rename

    def interrupted_rename(self: Path, target: Any) -> Any:
        if self.name.startswith(f".{out.name}.partial-"):  # staging -> OUT: a signal lands just before
            raise KeyboardInterrupt
        return rename(self, target)

    monkeypatch.setattr(Path, "rename", interrupted_rename)
    config = RunConfig(out=str(out), model=str(small_run / "model"), **{**SMALL, "limit": 1, "epochs": None})
    with pytest.raises(KeyboardInterrupt):
        run(config, log=lambda _: None)
    monkeypatch.undo()
    assert leftovers(out) == []
    assert out.is_dir() and tree(out) == before


# ------------------------------------------------------- 6. classes found by the fuzz campaign and the trial


def test_a_run_killed_between_the_two_renames_is_recovered(small_run: Path, tmp_path: Path) -> None:
    """SIGKILL after ``OUT -> .OUT.old-PID`` and before ``staging -> OUT``: the next run puts the old one back."""
    out = tmp_path / "run"
    dead = 999_999_999  # no such process
    orphan = tmp_path / f".run.old-{dead}"
    shutil.copytree(small_run, orphan)
    (tmp_path / f".run.partial-{dead}").mkdir()  # and the staging folder it never published
    before = tree(orphan)
    recover(out)
    assert out.is_dir() and tree(out) == before and leftovers(out) == []
    # killed while the replaced run was being deleted: OUT is complete, the remains are removed
    shutil.copytree(small_run, tmp_path / f".run.old-{dead}")
    run(
        RunConfig(out=str(out), model=str(small_run / "model"), **{**SMALL, "limit": 1, "epochs": None}),
        log=lambda _: None,
    )
    assert leftovers(out) == [] and load_report(out)["summary"]["examples"] == 1


def test_a_full_disk_while_the_model_is_saved_is_one_line(
    small_run: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import errno

    from qlens_q import io as qio

    original, fsync = qio.atomic_write_bytes, os.fsync

    def full_at_the_model(path: Any, data: bytes) -> None:
        if Path(path).name != "model.safetensors":
            return original(path, data)

        def no_space(fd: int) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(qio.os, "fsync", no_space)  # the disk fills up while the weights are written
        try:
            original(path, data)
        finally:
            monkeypatch.setattr(qio.os, "fsync", fsync)

    monkeypatch.setattr(qio, "atomic_write_bytes", full_at_the_model)
    out = tmp_path / "out"
    code, _, err = run_cli(capsys, *LOAD_ARGS, "--model", str(small_run / "model"), "--out", str(out))
    assert code == 2 and one_line(err) and "model.safetensors: cannot be written (No space left" in err
    assert not out.exists() and leftovers(out) == []


# ------------------------------------------------ issue 21, class 6: an interrupt at any moment

#: A console script (the one pip writes for ``qlens-q``) that can stop at a chosen moment and wait:
#: HOLD_AT=import waits inside the first import of Qiskit (start-up), HOLD_AT=line after the success
#: line is printed, HOLD_AT=exit in an atexit hook (after the command returned). At that moment it
#: creates ``DIR/held`` and waits until ``DIR/go`` exists; the test signals it in between.
HOLDING_SCRIPT = """
import atexit, importlib.abc, os, sys, time
from pathlib import Path

where, folder = os.environ["HOLD_AT"], Path(os.environ["HOLD_DIR"])

def hold():
    (folder / "held").touch()
    while not (folder / "go").exists():
        time.sleep(0.002)

class HoldImport(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "qiskit":
            sys.meta_path.remove(self)
            hold()
        return None

class HoldAfterLine:
    def __init__(self, stream):
        self.stream = stream
    def write(self, text):
        n = self.stream.write(text)
        if "cross-checks passed" in text:
            self.stream.flush()
            hold()
        return n
    def __getattr__(self, name):
        return getattr(self.stream, name)

if where == "import":
    sys.meta_path.insert(0, HoldImport())
elif where == "line":
    sys.stdout = HoldAfterLine(sys.stdout)
elif where == "exit":
    atexit.register(hold)
from qlens_q.__main__ import console
console()
"""


def _held_run(
    tmp_path: Path, where: str, args: list[str], signums: list[int]
) -> subprocess.CompletedProcess[str]:
    """Run the console script, wait until it holds at ``where``, send ``signums``, let it go on, and return."""
    folder = tmp_path / f"hold-{where}"
    folder.mkdir()
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDING_SCRIPT, *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, preexec_fn=_default_signals,
        env={**os.environ, "HOLD_AT": where, "HOLD_DIR": str(folder)},
    )  # fmt: skip
    while not (folder / "held").exists():  # an event: the script reached the moment
        if proc.poll() is not None:
            pytest.fail(f"ended before it reached {where}: {proc.communicate()}")
        time.sleep(0.002)
    for signum in signums:
        proc.send_signal(signum)
    (folder / "go").touch()  # should the signal be lost, the script goes on and the test fails, never hangs
    out, err = proc.communicate()
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_an_interrupt_while_the_command_line_loads_is_one_line_and_130(tmp_path: Path, signum: int) -> None:
    out = tmp_path / "run"
    done = _held_run(tmp_path, "import", [*LOAD_ARGS, "--out", str(out)], [signum])
    assert (done.returncode, done.stdout, done.stderr) == (130, "", "qlens-q: interrupted\n")
    assert not out.exists() and leftovers(out) == []


@pytest.mark.parametrize("where", ["line", "exit"])
def test_an_interrupt_after_the_run_is_published_changes_nothing(
    small_run: Path, tmp_path: Path, where: str
) -> None:
    out = tmp_path / "run"
    args = [*LOAD_ARGS, "--model", str(small_run / "model"), "--out", str(out)]
    done = _held_run(tmp_path, where, args, [signal.SIGTERM, signal.SIGINT])
    assert done.returncode == 0 and done.stderr == "", done
    assert done.stdout.startswith("qlens-q run: ") and done.stdout.count("\n") == 1
    assert load_report(out)["summary"]["failed"] == 0 and leftovers(out) == []


def test_an_interrupt_just_after_publishing_says_the_run_was_published(
    small_run: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from qlens_q import runfiles

    publish = runfiles.publish

    def published_then_interrupted(staging: Path, out: Path) -> None:
        publish(staging, out)
        raise KeyboardInterrupt  # the signal lands once the run is in place

    monkeypatch.setattr(runfiles, "publish", published_then_interrupted)
    out = tmp_path / "run"
    code, stdout, err = run_cli(capsys, *LOAD_ARGS, "--model", str(small_run / "model"), "--out", str(out))
    assert (code, stdout) == (130, "")
    assert err == f"qlens-q: interrupted after the run was published: {out / 'report.md'}\n"
    assert load_report(out)["summary"]["examples"] == 1 and leftovers(out) == []
    # An interrupt before the rename still says only "interrupted", and leaves nothing.
    monkeypatch.setattr(runfiles, "publish", lambda staging, out: (_ for _ in ()).throw(KeyboardInterrupt))
    fresh = tmp_path / "fresh"
    code, _, err = run_cli(capsys, *LOAD_ARGS, "--model", str(small_run / "model"), "--out", str(fresh))
    assert (code, err) == (130, "qlens-q: interrupted\n") and not fresh.exists() and leftovers(fresh) == []
