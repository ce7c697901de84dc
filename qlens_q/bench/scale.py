"""Scale benchmark: how the layer circuits grow and how long they take, per qubit count.

For every qubit count ``n`` one random layer is drawn: ``p_in`` and ``p_out`` are
Dirichlet(1, ..., 1) distributions over ``N = 2^n`` classes from
``numpy.random.default_rng(seed + n)``, and :func:`qlens_q.operators.layer_operator`
gives the Householder vector ``v``. The same layer is then built, compiled and
simulated along several *routes*:

``stock``
    Qiskit's own building blocks: :class:`~qiskit.circuit.library.StatePreparation`
    of ``psi_in``, then the reflection ``S_v (X^n MCZ X^n) S_v^dagger`` with
    ``S_v = StatePreparation(v)``. ``S_v`` is first transpiled to ``u, cx`` and
    ``S_v^dagger`` is the ``.inverse()`` of that basis-gate circuit (Aer segfaults
    on the inverse of ``StatePreparation`` itself and rejects ``multiplexer_dg``);
    the whole circuit is then transpiled to ``u, cx`` (optimization level 1).
    Skipped above ``stock_max_qubits`` (its synthesis is slow: ~1 min at 16 qubits).
``structured``
    :func:`qlens_q.circuits.layer_circuit` with ``Synthesis("structured")``,
    transpiled by :func:`qlens_q.qasm.transpile_for_export` (the exportable form).
``structured-native``
    The same with ``native=True``: every uniformly controlled RY is ``S H . D . H
    S^dagger`` with ``D`` one Aer ``diagonal`` instruction, so Aer runs the circuit
    as built, with no transpilation. It has no exportable gate count of its own:
    its ``two_qubit_gates``/``depth`` are those of the ``structured`` row of the
    same layer when that route ran too (``gate_count_of`` says so), else null.
    Asking for ``structured`` runs this route as well.
``evolution``
    ``Synthesis("evolution", trotter_reps=1, trotter_order=1)`` (one Lie-Trotter
    step of ``H = (pi / alpha) v v^T``), transpiled by ``transpile_for_export``;
    skipped above :data:`qlens_q.circuits.synthesis.EVOLUTION_MAX_QUBITS`. Its
    fidelity is below 1 by the real Trotter error.

What each row measures (wall-clock, :func:`time.perf_counter`, one run, no warm-up):

* ``compile_s``: building the circuit plus the route's transpilation (the
  native route: building only; :func:`qlens_q.simulation.statevectors` checks
  that every operation is native to Aer and would transpile otherwise);
* ``simulate_s``: :func:`qlens_q.simulation.prepare` and
  :func:`qlens_q.simulation.statevectors` on the compiled circuit (one Aer
  statevector run with the given :class:`~qlens_q.simulation.Backend`; the row's
  ``aer_fusion`` records whether Aer's gate fusion was on);
* ``two_qubit_gates`` / ``depth``: of the compiled circuit named in ``gate_count_of``
  (:func:`qlens_q.circuits.metrics.two_qubit_gates`: operations on two or more qubits);
* ``cx_lower_bound``: ``ceil((2^(n+1) - 2n - 2) / 4)``, the CX count below which
  some ``n``-qubit state cannot be prepared (Shende, Bullock, Markov 2004), and
  ``cx_ratio = two_qubit_gates / cx_lower_bound``;
* ``preparations``: arbitrary-state preparations in the layer, 3 (``S_in``,
  ``S_v^dagger``, ``S_v``; 1 for an identity layer), and
  ``cx_ratio_per_preparation = two_qubit_gates / (preparations * cx_lower_bound)``;
* ``fidelity``: ``|<psi_out|phi>|^2`` with ``phi`` the Aer statevector;
* ``born_max_abs_error``: ``max_j | |phi_j|^2 - p_out[j] |``.

Rows are JSON-ready dicts; a skipped row has ``skipped`` set to the reason and
null measurements.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator, Sequence
from typing import Any

import numpy as np
from numpy.typing import NDArray
from qiskit import QuantumCircuit, transpile
from qiskit.circuit.library import StatePreparation, ZGate
from tqdm import tqdm

from qlens_q import simulation
from qlens_q.circuits import Synthesis, layer_circuit
from qlens_q.circuits.metrics import state_preparation_cx_lower_bound, two_qubit_gates
from qlens_q.circuits.synthesis import EVOLUTION_MAX_QUBITS
from qlens_q.errors import InputError
from qlens_q.operators import LayerOperator, layer_operator
from qlens_q.qasm import transpile_for_export

#: Every route :func:`scale_benchmark` knows.
ROUTES: tuple[str, ...] = ("stock", "structured", "structured-native", "evolution")
#: Routes run by default (``structured`` brings ``structured-native`` with it).
DEFAULT_ROUTES: tuple[str, ...] = ("stock", "structured", "evolution")
#: Basis of the stock route.
STOCK_BASIS: tuple[str, ...] = ("u", "cx")
#: Largest qubit count for the stock route unless told otherwise.
STOCK_MAX_QUBITS = 16
#: Largest qubit count accepted at all (a 2^24 statevector is 256 MiB).
BENCH_MAX_QUBITS = 24
#: Keys of every row, in table order.
FIELDS: tuple[str, ...] = (
    "qubits",
    "classes",
    "route",
    "seed",
    "aer_fusion",
    "compile_s",
    "simulate_s",
    "two_qubit_gates",
    "depth",
    "gate_count_of",
    "cx_lower_bound",
    "cx_ratio",
    "preparations",
    "cx_ratio_per_preparation",
    "fidelity",
    "born_max_abs_error",
    "skipped",
)

_GATE_COUNT_OF = {
    "stock": "stock circuit in u,cx (optimization_level=1)",
    "structured": "structured circuit in the export basis (transpile_for_export)",
    "structured-native": "structured circuit in the export basis (same layer, structured route)",
    "evolution": "evolution circuit in the export basis (transpile_for_export)",
}


def cx_lower_bound(num_qubits: int) -> int:
    """``ceil((2^(n+1) - 2n - 2) / 4)``: CX needed to prepare an arbitrary ``n``-qubit state.

    Same as :func:`qlens_q.circuits.metrics.state_preparation_cx_lower_bound`.
    """
    return state_preparation_cx_lower_bound(num_qubits)


def random_layer(num_qubits: int, seed: int = 0) -> LayerOperator:
    """The benchmark layer for ``n`` qubits: Dirichlet(1) ``p_in``, ``p_out`` from ``default_rng(seed + n)``."""
    rng = np.random.default_rng(seed + num_qubits)
    classes = 2**num_qubits
    p_in = rng.dirichlet(np.ones(classes))
    p_out = rng.dirichlet(np.ones(classes))
    return layer_operator(p_in, p_out)


def _state_preparation(amplitudes: NDArray[np.float64]) -> QuantumCircuit:
    n = int(amplitudes.shape[0]).bit_length() - 1
    qc = QuantumCircuit(n)
    qc.append(StatePreparation(amplitudes), range(n))
    return qc


def stock_layer_circuit(op: LayerOperator) -> QuantumCircuit:
    """The layer from Qiskit's stock gates, in ``u, cx``: ``S_in``, then ``S_v (X^n MCZ X^n) S_v^dagger``.

    ``X^n MCZ X^n = I - 2 |0><0|``, so the reflection is ``I - 2 v v^T`` (a global
    phase of ``S_v`` cancels). ``S_v^dagger`` is the inverse of the basis-gate
    ``S_v``, never of ``StatePreparation`` (see the module docstring).
    """
    basis = list(STOCK_BASIS)
    n = op.num_qubits
    qc = QuantumCircuit(n, name="stock_layer")
    qc.compose(_state_preparation(op.psi_in), inplace=True)
    if op.v is not None:
        s_v = transpile(_state_preparation(op.v), basis_gates=basis, optimization_level=1, seed_transpiler=0)
        qc.compose(s_v.inverse(), inplace=True)
        qc.x(range(n))
        if n == 1:
            qc.z(0)
        else:
            qc.append(ZGate().control(n - 1, annotated=False), range(n))
        qc.x(range(n))
        qc.compose(s_v, inplace=True)
    return transpile(qc, basis_gates=basis, optimization_level=1, seed_transpiler=0)


def _expand(routes: Sequence[str]) -> list[str]:
    out: list[str] = []
    for route in routes:
        if route not in ROUTES:
            raise InputError("routes", f"unknown route {route!r} (choose from {', '.join(ROUTES)})")
        wanted = [route, "structured-native"] if route == "structured" else [route]
        out.extend(r for r in wanted if r not in out)
    if not out:
        raise InputError("routes", "no route given")
    return out


def _checked_qubits(qubits: Sequence[int]) -> list[int]:
    out: list[int] = []
    for n in qubits:
        if isinstance(n, bool) or not isinstance(n, int | np.integer) or not 1 <= n <= BENCH_MAX_QUBITS:
            raise InputError("qubits", f"each must be an integer in 1..{BENCH_MAX_QUBITS}, got {n!r}")
        out.append(int(n))
    if not out:
        raise InputError("qubits", "no qubit count given")
    return out


def _empty_row(op: LayerOperator, route: str, seed: int, backend: simulation.Backend) -> dict[str, Any]:
    row: dict[str, Any] = dict.fromkeys(FIELDS)
    n = op.num_qubits
    row.update(
        qubits=n,
        classes=op.num_classes,
        route=route,
        seed=seed,
        aer_fusion=backend.fusion,
        cx_lower_bound=cx_lower_bound(n),
        preparations=1 if op.v is None else 3,
    )
    return row


def _set_gate_counts(row: dict[str, Any], circuit: QuantumCircuit | None, of: str | None) -> None:
    if circuit is None:
        return
    gates = two_qubit_gates(circuit)
    row.update(two_qubit_gates=gates, depth=circuit.depth(), gate_count_of=of)
    bound = row["cx_lower_bound"]
    row["cx_ratio"] = gates / bound if bound else None
    row["cx_ratio_per_preparation"] = gates / (bound * row["preparations"]) if bound else None


def _simulate(
    row: dict[str, Any], circuit: QuantumCircuit, op: LayerOperator, backend: simulation.Backend
) -> None:
    start = time.perf_counter()
    prepared = simulation.prepare(circuit, name=str(row["route"]))
    phi = simulation.statevectors([prepared], backend)[0]
    row["simulate_s"] = time.perf_counter() - start
    row["fidelity"] = float(abs(np.vdot(op.psi_out, phi)) ** 2)
    row["born_max_abs_error"] = float(np.max(np.abs(np.abs(phi) ** 2 - op.psi_out**2)))


def _measure_route(
    route: str,
    op: LayerOperator,
    row: dict[str, Any],
    exported: dict[int, QuantumCircuit],
    backend: simulation.Backend,
) -> None:
    """Build, compile, count and simulate one route, filling ``row`` in place."""
    n = op.num_qubits
    start = time.perf_counter()
    if route == "stock":
        compiled = stock_layer_circuit(op)
        counted: QuantumCircuit | None = compiled
    elif route == "structured-native":
        compiled = layer_circuit(op, Synthesis("structured", native=True))
        counted = exported.get(n)
    else:
        synthesis = (
            Synthesis("structured")
            if route == "structured"
            else Synthesis("evolution", trotter_reps=1, trotter_order=1)
        )
        compiled = transpile_for_export(layer_circuit(op, synthesis))
        counted = compiled
        if route == "structured":
            exported[n] = compiled
    row["compile_s"] = time.perf_counter() - start
    _set_gate_counts(row, counted, _GATE_COUNT_OF[route] if counted is not None else None)
    _simulate(row, compiled, op, backend)


def _skip_reason(route: str, n: int, stock_max_qubits: int) -> str | None:
    if route == "stock" and n > stock_max_qubits:
        return (
            f"skipped: too slow (stock StatePreparation synthesis above stock_max_qubits = "
            f"{stock_max_qubits}; ~1 min at 16 qubits and growing ~4x per 2 qubits)"
        )
    if route == "evolution" and n > EVOLUTION_MAX_QUBITS:
        return (
            f"skipped: too large (evolution is limited to {EVOLUTION_MAX_QUBITS} qubits: "
            f"H has up to ~4^n / 2 Pauli terms)"
        )
    return None


def _rows(
    qubits: list[int],
    routes: list[str],
    seed: int,
    progress: bool,
    stock_max_qubits: int,
    backend: simulation.Backend,
) -> Iterator[dict[str, Any]]:
    exported: dict[int, QuantumCircuit] = {}
    bar = tqdm(total=len(qubits) * len(routes), file=sys.stderr, disable=not progress, unit="run")
    try:
        for n in qubits:
            op = random_layer(n, seed)
            for route in routes:
                bar.set_description(f"n={n} {route}")
                row = _empty_row(op, route, seed, backend)
                reason = _skip_reason(route, n, stock_max_qubits)
                if reason is None:
                    _measure_route(route, op, row, exported, backend)
                else:
                    row["skipped"] = reason
                bar.update(1)
                yield row
            exported.pop(n, None)
    finally:
        bar.close()


def scale_benchmark(
    qubits: Sequence[int],
    routes: Sequence[str] = DEFAULT_ROUTES,
    seed: int = 0,
    progress: bool = True,
    *,
    stock_max_qubits: int = STOCK_MAX_QUBITS,
    backend: simulation.Backend | None = None,
) -> Iterator[dict[str, Any]]:
    """Yield one JSON-ready row per (qubit count, route); see the module docstring for what is measured.

    Arguments are checked before anything runs (an :class:`InputError` is raised
    by this call, not by the first ``next``). A progress bar goes to stderr when
    ``progress`` is true.

    Args:
        qubits: qubit counts ``n`` (``N = 2^n`` classes each), in the order to run them.
        routes: any of :data:`ROUTES`; ``structured`` also runs ``structured-native``.
        seed: the layer for ``n`` is drawn from ``default_rng(seed + n)``.
        progress: show a tqdm bar on stderr.
        stock_max_qubits: the stock route is skipped above this many qubits.
        backend: Aer settings for the simulation (default: the project's ``Backend()``).
    """
    checked_qubits = _checked_qubits(qubits)
    checked_routes = _expand(routes)
    if isinstance(stock_max_qubits, bool) or not isinstance(stock_max_qubits, int):
        raise InputError("stock_max_qubits", f"must be an integer, got {stock_max_qubits!r}")
    aer_backend = simulation.Backend() if backend is None else backend
    aer_backend.resolved_device()  # refuses an unavailable GPU now, not mid-run
    return _rows(checked_qubits, checked_routes, int(seed), progress, stock_max_qubits, aer_backend)


def _cell(value: Any, kind: str) -> str:
    if value is None:
        return "-"
    if kind == "s":
        return f"{value:.3f}"
    if kind == "ratio":
        return f"{value:.2f}"
    if kind == "fid":
        return f"{value:.12f}"
    if kind == "err":
        return f"{value:.1e}"
    return str(value)


_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("qubits", "n", "int"),
    ("route", "route", "str"),
    ("compile_s", "compile_s", "s"),
    ("simulate_s", "simulate_s", "s"),
    ("two_qubit_gates", "2q_gates", "int"),
    ("cx_lower_bound", "cx_lb", "int"),
    ("cx_ratio", "ratio", "ratio"),
    ("depth", "depth", "int"),
    ("fidelity", "fidelity", "fid"),
    ("born_max_abs_error", "born_err", "err"),
)


def format_table(rows: list[dict[str, Any]]) -> str:
    """A fixed-width text table of benchmark rows (``-`` for null; skipped rows say ``skipped``)."""
    header = [title for _, title, _ in _COLUMNS] + ["note"]
    body: list[list[str]] = []
    for row in rows:
        cells = [_cell(row.get(key), kind) for key, _, kind in _COLUMNS]
        if row.get("skipped"):
            note = "skipped"
        elif row.get("route") == "structured-native" and row.get("gate_count_of"):
            note = "gates of structured"
        else:
            note = ""
        body.append([*cells, note])
    widths = [max(len(r[i]) for r in [header, *body]) for i in range(len(header))]
    text_cols = {1, len(header) - 1}

    def line(cells: list[str]) -> str:
        parts = [
            c.ljust(w) if i in text_cols else c.rjust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ]
        return "  ".join(parts).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(header), rule, *(line(r) for r in body)])
