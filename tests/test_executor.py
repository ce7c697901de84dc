"""``--executor dask[=ADDRESS]``: parsing, and batches on a local dask cluster give the in-process results."""

from __future__ import annotations

import dataclasses
import json
import logging
import multiprocessing
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pytest
from distributed import LocalCluster, get_task_stream
from qiskit import QuantumCircuit

from qlens_q import (
    CheckConfig,
    InputError,
    SimulationError,
    Synthesis,
    crosscheck,
    layer_circuit,
    layer_operator,
    simulation,
)
from qlens_q.cli import main
from qlens_q.executor import DaskExecutor, ExecutorSpec, open_executor, parse
from qlens_q.qasm import transpile_for_export
from qlens_q.simulation import Backend, Prepared

SHOTS = 2000
SEED = 7


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """Address of a two-worker local cluster (processes, one thread each), closed after the module."""
    with LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        dashboard_address="127.0.0.1:0",
        silence_logs=logging.WARNING,
    ) as cluster:
        yield cluster.scheduler_address


@pytest.fixture(scope="module")
def batch() -> tuple[list[QuantumCircuit], list[np.ndarray]]:
    """Seven exported layer circuits (1 to 3 qubits); the last is given a wrong expected distribution."""
    rng = np.random.default_rng(3)
    circuits, expected = [], []
    for n in (2, 3, 4, 5, 6, 7, 8):
        p_in, p_out = rng.random(n) + 0.05, rng.random(n) + 0.05
        op = layer_operator(p_in / p_in.sum(), p_out / p_out.sum())
        circuits.append(transpile_for_export(layer_circuit(op, Synthesis("structured"), measure=True)))
        expected.append(op.psi_out**2)
    expected[-1] = np.roll(expected[-1], 1)
    return circuits, expected


def prepared_batch(batch: tuple[list[QuantumCircuit], list[np.ndarray]]) -> list[Prepared]:
    return simulation.compile_for_aer([simulation.prepare(qc) for qc in batch[0]])


# ---------------------------------------------------------------------- parsing


@pytest.mark.parametrize(
    ("text", "spec"),
    [
        (None, None),
        ("dask", ExecutorSpec()),
        (" dask ", ExecutorSpec()),
        ("dask=tcp://10.0.0.5:8786", ExecutorSpec("tcp://10.0.0.5:8786")),
        ("dask= scheduler:8786 ", ExecutorSpec("scheduler:8786")),
    ],
)
def test_parse_good(text: str | None, spec: ExecutorSpec | None) -> None:
    assert parse(text) == spec


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", "unknown executor"),
        ("local", "unknown executor"),
        ("Dask", "unknown executor"),
        ("ray=tcp://h:1", "unknown executor"),
        ("dask=", "no valid scheduler address"),
        ("dask=tcp://", "no valid scheduler address"),
        ("dask=tcp://a b:1", "no valid scheduler address"),
        ("dask=tcp://h:1\nx", "no valid scheduler address"),
    ],
)
def test_parse_bad_is_one_line_input_error(text: str, problem: str) -> None:
    with pytest.raises(InputError) as info:
        parse(text)
    message = str(info.value)
    assert message.startswith(f"executor: {problem}") and "dask=ADDRESS" in message
    assert "\n" not in message


def test_without_dask_installed_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # makes `import distributed` fail
    message = r"^executor: dask is not installed \(install qlens-q\[dask\]\)$"
    with pytest.raises(InputError, match=message), open_executor("dask"):
        pass
    with open_executor(None) as executor:  # the default needs no dask
        assert executor is None


def test_unreachable_scheduler_is_one_line_input_error() -> None:
    with pytest.raises(InputError) as info, open_executor("dask=tcp://127.0.0.1:9", timeout=1):
        pass
    message = str(info.value)
    assert message.startswith("executor: no dask scheduler answers at 'tcp://127.0.0.1:9'")
    assert "\n" not in message


def test_backend_executor_fields() -> None:
    with ThreadPoolExecutor(1) as pool:
        assert Backend(executor=pool) == Backend()  # results do not depend on it
        assert "executor" not in repr(Backend(executor=pool))
    with pytest.raises(InputError, match=r"^max_job_size: must be >= 1"):
        Backend(max_job_size=0)


# ------------------------------------------------------------ same results


def test_sub_jobs_keep_every_circuits_seed(batch: tuple[list[QuantumCircuit], list[np.ndarray]]) -> None:
    prepared = prepared_batch(batch)
    whole = simulation.sample_counts(prepared, SHOTS, SEED)
    with ThreadPoolExecutor(2) as pool:
        for size in (1, 3):
            split = simulation.sample_counts(prepared, SHOTS, SEED, Backend(executor=pool, max_job_size=size))
            assert all(np.array_equal(a, b) for a, b in zip(split, whole, strict=True))
    # The seed shift matters: circuit 1 sampled alone with the batch seed gets other counts.
    alone = simulation.sample_counts(prepared[1:2], SHOTS, SEED)[0]
    assert not np.array_equal(alone, whole[1])


def test_failing_executor_is_a_simulation_error(batch: tuple[list[QuantumCircuit], list[np.ndarray]]) -> None:
    pool = ThreadPoolExecutor(1)
    pool.shutdown()
    with pytest.raises(SimulationError, match=r"^executor failed: cannot schedule new futures"):
        simulation.statevectors(prepared_batch(batch), Backend(executor=pool))


@pytest.mark.parametrize("max_job_size", [None, 2])
def test_crosscheck_on_dask_equals_in_process(
    scheduler: str, batch: tuple[list[QuantumCircuit], list[np.ndarray]], max_job_size: int | None
) -> None:
    circuits, expected = batch
    config = CheckConfig(shots=SHOTS, seed=SEED)
    local = crosscheck(circuits, expected, config)
    assert [v.passed for v in local] == [True] * 6 + [False]
    with open_executor(f"dask={scheduler}") as executor:
        assert isinstance(executor, DaskExecutor) and executor.workers == 2
        backend = Backend(executor=executor, max_job_size=max_job_size)
        with get_task_stream(executor.client) as tasks:
            remote = crosscheck(circuits, expected, dataclasses.replace(config, backend=backend))
    # one Aer run (statevector, <M> and shots together), in sub-jobs on the workers
    assert len(tasks.data) == (4 if max_job_size == 2 else 2)
    for r, loc in zip(remote, local, strict=True):
        assert (r.passed, r.failures) == (loc.passed, loc.failures)
        assert r.counts == loc.counts
        np.testing.assert_allclose(r.probabilities, loc.probabilities, rtol=0, atol=1e-12)
        assert r.mean_estimator == pytest.approx(loc.mean_estimator, rel=0, abs=1e-12)
        assert (r.chi2_p, r.mean_z) == pytest.approx((loc.chi2_p, loc.mean_z), rel=1e-12)


def test_local_cluster_starts_runs_and_stops(batch: tuple[list[QuantumCircuit], list[np.ndarray]]) -> None:
    prepared = prepared_batch(batch)[:3]
    before = set(multiprocessing.active_children())
    with open_executor("dask", local_workers=1) as executor:
        assert isinstance(executor, DaskExecutor) and executor.workers == 1
        remote = simulation.exact_probabilities(prepared, Backend(executor=executor))
        assert set(multiprocessing.active_children()) > before
    assert set(multiprocessing.active_children()) <= before  # worker processes are gone
    for r, loc in zip(remote, simulation.exact_probabilities(prepared), strict=True):
        np.testing.assert_allclose(r, loc, rtol=0, atol=1e-12)


# ---------------------------------------------------------------------- CLI


def test_cli_crosscheck_and_simulate_with_executor(
    scheduler: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "layer.qasm"
    assert main(["compile", "--p-in", "0.5,0.3,0.2", "--p-out", "0.1,0.2,0.7", "-o", str(f)]) == 0
    for command in (["crosscheck", str(f), "--expect", "0.1,0.2,0.7"], ["simulate", str(f)]):
        capsys.readouterr()
        assert main(command) == 0
        local = json.loads(capsys.readouterr().out)
        assert main([*command, "--executor", f"dask={scheduler}"]) == 0
        out, err = capsys.readouterr()
        remote = json.loads(out)
        assert remote["counts"] == local["counts"] and err == ""
        np.testing.assert_allclose(remote["probabilities"], local["probabilities"], rtol=0, atol=1e-12)


def test_cli_bad_executor_exits_2_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "layer.qasm"
    assert main(["compile", "--p-in", "0.5,0.5", "--p-out", "0.2,0.8", "-o", str(f)]) == 0
    capsys.readouterr()
    assert main(["simulate", str(f), "--executor", "spark"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert (
        err
        == "qlens-q: error: --executor: unknown executor 'spark' (use dask or dask=ADDRESS, e.g. dask=tcp://127.0.0.1:8786)\n"
    )


def test_run_on_a_dask_cluster_gives_the_in_process_report(scheduler: str, tmp_path: Path) -> None:
    """``qlens-q run --executor dask=ADDRESS``: the same report as in process, byte for byte."""
    from qlens_q.pipeline import RunConfig, run

    small = {
        "data": "builtin:300",
        "epochs": 1,
        "limit": 3,
        "shots": 2000,
        "progress": False,
        "analysis": False,
    }
    local = run(RunConfig(out=str(tmp_path / "local"), **small), log=lambda _: None)
    remote = run(
        RunConfig(out=str(tmp_path / "dask"), executor=f"dask={scheduler}", **small), log=lambda _: None
    )
    assert "executor" not in remote["config"]  # where Aer ran changes no result
    assert (tmp_path / "dask" / "report.json").read_bytes() == (
        tmp_path / "local" / "report.json"
    ).read_bytes()
    assert remote == local
    assert remote["summary"]["passed"] == remote["summary"]["circuits"] == 9


def test_run_refuses_a_bad_executor_before_training(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        ["run", "--out", str(tmp_path / "r"), "--data", "builtin:300", "--executor", "spark", "--quiet"]
    )
    assert code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "--executor" in err[0]
    assert not (tmp_path / "r").exists()
