"""Run directories: writing (qlens_q.runfiles, below checks), reading back and re-analysing (qlens_q.rundir)."""

from __future__ import annotations

import ast
import dataclasses
import json
import shutil
from pathlib import Path
from typing import Any

import numpy as np
import pytest

import qlens_q
from qlens_q.checks import held_out_test
from qlens_q.errors import InputError
from qlens_q.results import CircuitChecks, HeldOutResult
from qlens_q.rundir import check_analysis, check_out, load_counts, load_report, reanalyze
from qlens_q.runfiles import circuit_path, save_run
from qlens_q.stats.analysis import Analysis
from qlens_q.trajectories import Trajectories

PACKAGE = Path(qlens_q.__file__).parent


#: The report sections the saved run carries: ``reanalyze`` reads its held-out circuits from the config.
SECTIONS = {"config": {"heldout_circuits": 1}}


def _traj(k: int = 6, n: int = 3, seed: int = 2) -> Trajectories:
    probs = np.random.default_rng(seed).dirichlet(np.ones(n), size=(k, 3))
    return Trajectories(probs, ["e", "m", "final"], ids=[f"x{i}" for i in range(k)])


def _imports(module: Path) -> set[str]:
    """Every qlens_q module ``module`` imports anywhere (top level, in functions, under TYPE_CHECKING)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(module.read_text())):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("qlens_q"):
            found.add(node.module)
            found.update(f"{node.module}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("qlens_q"))
    return found


def test_checks_and_the_writers_never_import_rundir_and_the_writers_never_import_checks() -> None:
    assert not {"qlens_q.rundir"} & _imports(PACKAGE / "checks.py")
    for name in ("runfiles.py", "report.py", "results.py", "plotting/figures.py", "stats/analysis.py"):
        imported = _imports(PACKAGE / name)
        assert not {"qlens_q.checks", "qlens_q.rundir"} & imported, name
    assert "qlens_q.checks" in _imports(PACKAGE / "rundir.py")  # the arrow points one way


@dataclasses.dataclass(frozen=True)
class SavedRun:
    traj: Trajectories
    result: CircuitChecks
    analysis: Analysis
    heldout: HeldOutResult
    report: dict[str, Any]
    path: Path


@pytest.fixture(scope="module")
def saved_run(tmp_path_factory: pytest.TempPathFactory) -> SavedRun:
    """One checked, analysed and held-out-tested run saved with its figures (drawing takes seconds).

    The config section records ``heldout_circuits`` so that ``reanalyze`` repeats this held-out test.
    Tests copy ``path`` before changing anything in it.
    """
    traj = _traj()
    result = qlens_q.check(traj, shots=400, seed=0, shot_examples=3)  # shots on x0, x1, x2
    analysis = qlens_q.analyze(traj, seed=3, permutations=20)
    heldout = held_out_test(traj, seed=3, shots=400, max_circuits=1)
    path = tmp_path_factory.mktemp("saved") / "run"
    report = result.save(path, analysis=analysis, heldout=heldout, sections=SECTIONS)
    return SavedRun(traj, result, analysis, heldout, report, path)


def test_save_writes_the_typed_analysis_and_reads_it_back(saved_run: SavedRun, tmp_path: Path) -> None:
    traj, result, analysis, heldout = saved_run.traj, saved_run.result, saved_run.analysis, saved_run.heldout
    report, run_dir = saved_run.report, saved_run.path
    assert load_report(run_dir) == report
    section = report["analysis"]
    assert list(section)[-2:] == ["fixed_operators", "figures"] and "seconds" not in section
    assert Analysis.from_dict(section) == dataclasses.replace(analysis, seconds=None)
    names = {Path(f["path"]).name for f in section["figures"]}
    assert {"hamiltonian_flow.png", "fixed_operators.png"} <= names  # the flow ran before drawing
    for f in section["figures"]:
        assert (run_dir / f["path"]).read_bytes()[:4] == b"\x89PNG"
    timing = json.loads((run_dir / "timing.json").read_text())["seconds"]
    assert timing["analysis"] == analysis.seconds and "heldout_fit" in timing
    for record in result.circuits:
        assert (run_dir / record.path).read_text() == record.text
    assert result.exported("x1", "final") == result.circuits[4]  # per example: m, final, trajectory
    assert result.circuits[4].path == circuit_path(1, "final")
    counts = load_counts(run_dir, 3, traj.num_examples)
    assert counts is not None and np.array_equal(counts[:3], result.trajectory_counts())
    assert not counts[3:].any() and report["crosscheck"]["shot_examples"] == 3
    # the example drawn is the one that moves most of those with shots: x1 (of all six, x3)
    captions = {Path(f["path"]).name: f["caption"] for f in section["figures"]}
    assert captions["example_distributions.png"].startswith(
        "Test example x1, the one whose distribution moves"
    )
    assert "of the first 3, whose circuits had shots" in captions["example_distributions.png"]
    assert "Shots ran on the 9 circuits of the first 3 examples" in (run_dir / "report.md").read_text()
    # save_run with the to_dict() form, no figures, no flow: the same report but for the figures
    again = save_run(
        result,
        tmp_path / "plain",
        analysis=analysis.to_dict(),
        heldout=heldout,
        figures=False,
        sections=SECTIONS,
    )
    assert "figures" not in again["analysis"]
    assert {k: v for k, v in again.items() if k != "analysis"} == {
        k: v for k, v in report.items() if k != "analysis"
    }


def test_reanalyze_reproduces_the_run_and_refuses_other_trajectories(
    saved_run: SavedRun, tmp_path: Path
) -> None:
    traj, run_dir = saved_run.traj, saved_run.path
    shutil.copytree(run_dir, tmp_path / "copy")
    stale = tmp_path / "copy" / "figures" / "old_analysis.png"  # a figure no report shows any more
    stale.write_bytes(b"\x89PNG")
    # The run's own seed and permutations; the stale figure is there already (one drawing: it takes seconds).
    again = reanalyze(tmp_path / "copy")
    for name in ("report.json", "report.md"):
        assert (tmp_path / "copy" / name).read_bytes() == (run_dir / name).read_bytes()
    assert again["analysis"]["seed"] == 3
    drawn = {f["path"] for f in again["analysis"]["figures"]}
    assert drawn and all((tmp_path / "copy" / path).is_file() for path in drawn)
    assert (
        not stale.exists()
        and {f"figures/{p.name}" for p in (tmp_path / "copy" / "figures").iterdir()} == drawn
    )
    other = reanalyze(tmp_path / "copy", seed=4, figures=False)
    assert other["analysis"]["seed"] == 4 and "figures" not in other["analysis"]
    assert not (tmp_path / "copy" / "figures").exists()  # no PNG left that report.md does not show
    assert "![" not in (tmp_path / "copy" / "report.md").read_text()
    report = json.loads((tmp_path / "copy" / "report.json").read_text())
    report["crosscheck"]["shot_examples"] = 7  # more than the six examples checked: refused, nothing written
    (tmp_path / "copy" / "report.json").write_text(json.dumps(report))
    before = (tmp_path / "copy" / "report.md").read_bytes()
    with pytest.raises(InputError, match=r"crosscheck shot_examples must be an integer from 0 to 6"):
        reanalyze(tmp_path / "copy")
    assert (tmp_path / "copy" / "report.md").read_bytes() == before
    for broken, message in (
        (qlens_q.analyze(_traj(k=5), seed=0, permutations=10), "examples 5, these have 6"),
        ({"format": "mine"}, "is not a qlens-q-analysis"),
        ([1, 2], "is not a qlens-q-analysis"),
    ):
        with pytest.raises(InputError, match=message):
            check_analysis(broken, traj)


def test_check_out_names_the_argument_not_a_flag(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "mine.txt").write_text("x")
    for out, message in (
        (Path("."), "give a directory"),
        (tmp_path / "file", "is not a directory"),
        (tmp_path / "full", "holds no qlens-q run"),
        (tmp_path / "missing" / "run", "does not exist"),
    ):
        with pytest.raises(InputError, match=message) as info:
            check_out(out)
        assert info.value.argument == "out" and "--" not in str(info.value)
    check_out(tmp_path / "missing" / "run", create_parent=True)  # made only when the run is published
    assert not (tmp_path / "missing").exists()
