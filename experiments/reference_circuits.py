"""The committed reference circuits in ``circuits/`` and their manifest.

Regenerate with ``python experiments/reference_circuits.py`` (default target: the
repository's ``circuits/``; another folder as the first argument).
``tests/test_reference.py`` regenerates every file into a temporary folder and
requires it byte-identical to the committed one. Each case is compiled
exactly as ``qlens-q compile`` does, exported to OpenQASM, read back from the
text, and simulated on Aer; ``circuits/manifest.json`` records the inputs, the
expected distribution, the gate counts and the measured Born error of the file
as written. The distributions are illustrative (fixed numbers or a seeded
Dirichlet draw), not taken from a model.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from qlens_q import io, qasm, simulation
from qlens_q.circuits import Synthesis, layer_circuit, trajectory_circuit
from qlens_q.circuits.metrics import two_qubit_gates
from qlens_q.operators import layer_operator

MANIFEST = "manifest.json"
#: The repository's reference folder, the default target.
CIRCUITS = Path(__file__).resolve().parent.parent / "circuits"
#: The command recorded in the manifest.
GENERATED_BY = "python experiments/reference_circuits.py"


@dataclass(frozen=True)
class ReferenceCase:
    """One reference circuit: a layer ``p_in -> p_out`` or a trajectory through ``path``."""

    name: str
    description: str
    path: tuple[tuple[float, ...], ...]
    synthesis: Synthesis = field(default_factory=Synthesis)
    fmt: str = "qasm3"

    @property
    def filename(self) -> str:
        return f"{self.name}.qasm"


def _dirichlet(n: int, seed: int) -> tuple[float, ...]:
    p = np.random.default_rng(seed).dirichlet(np.ones(n))
    return tuple(float(x) for x in p / p.sum())


CASES: tuple[ReferenceCase, ...] = (
    ReferenceCase(
        "two_class_attention",
        "2 classes: a layer that moves the state from mostly negative to mostly positive",
        ((0.62, 0.38), (0.18, 0.82)),
    ),
    ReferenceCase(
        "two_class_mlp_qasm2",
        "2 classes, OpenQASM 2 export of a small MLP-like correction",
        ((0.18, 0.82), (0.09, 0.91)),
        fmt="qasm2",
    ),
    ReferenceCase(
        "three_class",
        "N = 3 (not a power of two): class 3 is a padding state and must never be measured",
        ((0.5, 0.3, 0.2), (0.1, 0.2, 0.7)),
    ),
    ReferenceCase(
        "five_class_with_zero",
        "N = 5 with a zero-probability class in the output",
        ((0.2, 0.2, 0.2, 0.2, 0.2), (0.4, 0.0, 0.3, 0.2, 0.1)),
    ),
    ReferenceCase(
        "sixteen_class",
        "N = 16, seeded Dirichlet distributions (seeds 16 and 17)",
        (_dirichlet(16, 16), _dirichlet(16, 17)),
    ),
    ReferenceCase(
        "sixteen_class_isometry",
        "the same N = 16 layer as sixteen_class through the isometry method (R(t), then W)",
        (_dirichlet(16, 16), _dirichlet(16, 17)),
        Synthesis("isometry"),
    ),
    ReferenceCase(
        "trotter_four_class_lie_r2",
        "N = 4, PauliEvolutionGate with Lie-Trotter, 2 steps: NOT exact, see born_max_abs_error",
        ((0.1, 0.2, 0.3, 0.4), (0.4, 0.3, 0.2, 0.1)),
        Synthesis("evolution", trotter_reps=2, trotter_order=1),
    ),
    ReferenceCase(
        "trajectory_two_class",
        "2-class trajectory embedding -> attention -> final: prepare, then two reflections",
        ((0.55, 0.45), (0.3, 0.7), (0.12, 0.88)),
    ),
)


def build_case(case: ReferenceCase) -> tuple[str, dict[str, Any]]:
    """The QASM text of a case and its manifest entry (measured on the re-imported text)."""
    if len(case.path) == 2:
        op = layer_operator(case.path[0], case.path[1])
        circuit = layer_circuit(op, case.synthesis, measure=True)
    else:
        circuit = trajectory_circuit(case.path, case.synthesis, measure=True)
    exported = qasm.transpile_for_export(circuit)
    text = qasm.dumps(exported, case.fmt)
    back = simulation.prepare(qasm.loads(text, source=case.filename), case.filename)
    expected = np.asarray(case.path[-1])
    probs = simulation.exact_probabilities([back])[0][: expected.shape[0]]
    entry = {
        "file": case.filename,
        "description": case.description,
        "kind": "layer" if len(case.path) == 2 else "trajectory",
        "method": case.synthesis.describe(),
        "format": case.fmt,
        "distributions": [list(p) for p in case.path],
        "expected": list(case.path[-1]),
        "exact": case.synthesis.method != "evolution" or case.synthesis.trotter_order == 0,
        "qubits": exported.num_qubits,
        "two_qubit_gates": two_qubit_gates(exported),
        "depth": exported.depth(),
        "born_max_abs_error": float(np.max(np.abs(probs - expected))),
        "fidelity": float(np.sum(np.sqrt(probs * expected)) ** 2),
    }
    return text, entry


def write_reference(out_dir: str | Path) -> list[dict[str, Any]]:
    """Write every case's QASM file and ``manifest.json`` into ``out_dir`` (atomically)."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    entries = []
    for case in CASES:
        text, entry = build_case(case)
        io.atomic_write_text(out / case.filename, text)
        entries.append(entry)
    io.atomic_write_json(
        out / MANIFEST,
        {
            "generated_by": GENERATED_BY,
            "class_order": "class j is basis state |j>, qubit 0 least significant (Qiskit order)",
            "circuits": entries,
        },
    )
    return entries


if __name__ == "__main__":
    target = sys.argv[1] if len(sys.argv) > 1 else CIRCUITS
    for e in write_reference(target):
        print(
            f"{e['file']:34s} {e['method']:32s} qubits={e['qubits']} "
            f"2q={e['two_qubit_gates']:4d} born_err={e['born_max_abs_error']:.2e}"
        )
