"""The scale benchmark on tiny layers: every route runs, exact routes are exact, counts are sane."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from qlens_q.bench import ROUTES, cx_lower_bound, format_table, scale_benchmark
from qlens_q.errors import InputError

EXACT_ROUTES = ("stock", "structured", "structured-native")


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return list(scale_benchmark([2, 3], routes=ROUTES, seed=0, progress=False))


def test_one_row_per_size_and_route(rows: list[dict]) -> None:
    assert [(r["qubits"], r["route"]) for r in rows] == [(n, route) for n in (2, 3) for route in ROUTES]
    assert all(r["skipped"] is None for r in rows)
    assert all(r["classes"] == 2 ** r["qubits"] for r in rows)
    json.dumps(rows)  # JSON-ready


def test_exact_routes_prepare_p_out(rows: list[dict]) -> None:
    for r in rows:
        if r["route"] in EXACT_ROUTES:
            assert r["fidelity"] >= 1 - 1e-9, r
            assert r["born_max_abs_error"] <= 1e-9, r


def test_evolution_reports_its_trotter_fidelity(rows: list[dict]) -> None:
    for r in rows:
        if r["route"] == "evolution":
            assert 0.0 <= r["fidelity"] <= 1.0 + 1e-12, r
            assert 0.0 <= r["born_max_abs_error"] <= 1.0, r


def test_gate_counts_and_times(rows: list[dict]) -> None:
    for r in rows:
        assert r["two_qubit_gates"] > 0, r
        assert r["depth"] > 0, r
        assert r["compile_s"] >= 0 and r["simulate_s"] >= 0, r
        assert r["gate_count_of"], r
        assert math.isclose(r["cx_ratio"], r["two_qubit_gates"] / r["cx_lower_bound"]), r
    native = {r["qubits"]: r for r in rows if r["route"] == "structured-native"}
    for r in rows:
        if r["route"] == "structured":
            assert native[r["qubits"]]["two_qubit_gates"] == r["two_qubit_gates"]


def test_cx_lower_bound(rows: list[dict]) -> None:
    assert cx_lower_bound(2) == 1  # ceil((8 - 4 - 2) / 4)
    assert cx_lower_bound(3) == 2  # ceil((16 - 6 - 2) / 4)
    assert cx_lower_bound(1) == 0
    assert cx_lower_bound(16) == math.ceil((2**17 - 32 - 2) / 4)
    assert {r["qubits"]: r["cx_lower_bound"] for r in rows} == {2: 1, 3: 2}


def test_skips_are_reported_not_run() -> None:
    rows = list(scale_benchmark([8], routes=("stock", "evolution"), progress=False, stock_max_qubits=4))
    assert [r["route"] for r in rows] == ["stock", "evolution"]
    for r in rows:
        assert r["skipped"] and r["skipped"].startswith("skipped:")
        assert r["fidelity"] is None and r["two_qubit_gates"] is None
        assert r["cx_lower_bound"] == 124


def test_native_alone_has_no_gate_count() -> None:
    (row,) = scale_benchmark([2], routes=("structured-native",), progress=False)
    assert row["two_qubit_gates"] is None and row["gate_count_of"] is None
    assert row["fidelity"] >= 1 - 1e-9


def test_bad_arguments_refused_at_call() -> None:
    with pytest.raises(InputError, match="routes"):
        scale_benchmark([2], routes=("nope",))
    with pytest.raises(InputError, match="qubits"):
        scale_benchmark([0])
    with pytest.raises(InputError, match="qubits"):
        scale_benchmark([])


def test_format_table(rows: list[dict]) -> None:
    table = format_table(rows).splitlines()
    assert len(table) == 2 + len(rows)
    assert "route" in table[0] and "fidelity" in table[0]
    assert any("structured-native" in line for line in table)


# ------------------------------------------------------------------ throughput and goals


def test_throughput_batched_and_one_at_a_time_agree() -> None:
    from qlens_q.bench.throughput import random_distributions, throughput_benchmark

    dists = random_distributions(examples=3, classes=3, seed=1)
    row = throughput_benchmark(dists, shots=200, seed=1, progress=False)
    assert row["circuits"] == 9 and row["classes"] == 3 and row["shots"] == 200
    assert row["same_probabilities"] is True and row["counts_total_ok"] is True
    assert row["born_max_abs_error"] <= 1e-9
    assert row["batched_s"] > 0 and row["sequential_s"] > 0
    assert math.isclose(row["speedup"], row["sequential_s"] / row["batched_s"])
    stages = row["batched_stages_s"]
    assert set(stages) == {"build", "export", "aer"} and min(stages.values()) > 0
    assert sum(stages.values()) <= row["batched_s"]
    for path in ("run_counts", "sampler_v2"):  # both ways of drawing the shots give every shot
        assert row[f"{path}_all_shots"] is True
        assert math.isclose(row[f"{path}_shots_per_s"], 200 * 9 / row[f"{path}_s"])
    assert row["faster_shots"] in ("run_counts", "sampler_v2") and row["statevector_s"] > 0
    json.dumps(row)


def test_throughput_reads_a_run_and_refuses_bad_input(tmp_path) -> None:
    from qlens_q.bench.throughput import distributions_from_run, random_distributions, throughput_benchmark
    from qlens_q.trajectories import Trajectories

    Trajectories([[[0.5, 0.5], [0.2, 0.8], [1.0, 0.0]]], ["embedding", "attention", "final"]).save(
        tmp_path / "trajectories.safetensors"
    )
    ((p_emb, p_att, p_fin),) = distributions_from_run(tmp_path)
    assert p_emb.tolist() == [0.5, 0.5] and p_att.tolist() == [0.2, 0.8] and p_fin.tolist() == [1.0, 0.0]
    with pytest.raises(InputError, match="cannot read trajectories"):
        distributions_from_run(tmp_path / "missing")
    with pytest.raises(InputError, match="examples"):
        random_distributions(examples=0)
    with pytest.raises(InputError, match="shots"):
        throughput_benchmark(random_distributions(examples=1), shots=0)


def test_goal_rows_on_small_sizes(monkeypatch) -> None:
    from qlens_q.bench import goals
    from qlens_q.bench.throughput import random_distributions

    monkeypatch.setattr(goals, "SCALE_GOALS_S", {4: 60.0, 5: 60.0})
    rows = list(
        goals.goal_rows(
            stock=False,
            sequential=False,
            dists=random_distributions(2),
            gate_qubits=(("structured", 3), ("isometry", 3)),
            progress=False,
        )
    )
    assert [r["goal"] for r in rows] == [
        "scale-4",
        "scale-5",
        "gates-structured-3",
        "gates-isometry-3",
        "throughput",
    ]
    assert rows[0]["met"] is True and rows[0]["details"]["fidelity"] >= 1 - 1e-9
    gates = rows[2]["details"]
    assert gates["preparations"] == 3
    assert math.isclose(
        gates["cx_ratio_per_preparation"], gates["two_qubit_gates"] / (3 * gates["cx_lower_bound"])
    )
    assert rows[3]["details"]["two_qubit_gates"] < gates["two_qubit_gates"]
    assert rows[4]["details"]["speedup"] is None and rows[4]["met"] is True  # a tiny batch: well within 10 s
    assert "SamplerV2" in rows[4]["measured"] and rows[4]["details"]["speedup"] is None
    table = goals.format_goals(rows).splitlines()
    assert len(table) == 2 + len(rows) and table[0].split()[:2] == ["goal", "measured"]
    json.dumps(rows)


def test_run_goals_refuse_an_unknown_case_and_time_a_refused_run(tmp_path: Path) -> None:
    """The run goals name their cases; a run that fails is timed, marked not met, and has no stage times."""
    from qlens_q.bench.runs import RUN_CASES, run_goal_rows, time_run

    assert set(RUN_CASES) == {"run-first", "run", "run-lm"}
    with pytest.raises(InputError, match="unknown run case"):
        next(run_goal_rows(["run", "run-gpu"]))
    result = time_run(["--seed", "-1"], tmp_path / "out")
    assert result["exit_code"] == 2 and result["stages_s"] == {} and result["wall_s"] > 0
    assert result["command"] == "qlens-q run --seed -1" and "seed" in result["last_line"]
    assert not (tmp_path / "out").exists()
