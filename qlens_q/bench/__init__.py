"""Benchmarks: how the circuits scale (:mod:`.scale`), how fast a run's batch goes (:mod:`.throughput`),
and every speed goal side by side (:mod:`.goals`, ``qlens-q bench``).

A library feature that works from an installed wheel: nothing here reads the source
checkout; ``experiments/bench_*.py`` are thin callers that commit the results with the
machine they ran on.
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
