"""The scale benchmark on tiny layers: every route runs, exact routes are exact, counts are sane."""

from __future__ import annotations

import json
import math

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
