"""Benchmarks: how the circuits scale (:mod:`.scale`) and how fast a run's batch goes (:mod:`.throughput`).

Every speed goal side by side lives in ``experiments/goals.py`` (``qlens-q bench``).
"""

from qlens_q.bench.scale import (
    BENCH_MAX_QUBITS,
    DEFAULT_ROUTES,
    FIELDS,
    ROUTES,
    STOCK_MAX_QUBITS,
    cx_lower_bound,
    format_table,
    random_layer,
    scale_benchmark,
    stock_layer_circuit,
)

__all__ = [
    "BENCH_MAX_QUBITS",
    "DEFAULT_ROUTES",
    "FIELDS",
    "ROUTES",
    "STOCK_MAX_QUBITS",
    "cx_lower_bound",
    "format_table",
    "random_layer",
    "scale_benchmark",
    "stock_layer_circuit",
]
