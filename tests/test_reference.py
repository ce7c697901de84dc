"""The committed circuits/ still load and still give their distributions."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from qlens_q import qasm, reference
from qlens_q.crosscheck import CheckConfig, crosscheck

CIRCUITS = Path(__file__).resolve().parent.parent / "circuits"
MANIFEST = json.loads((CIRCUITS / reference.MANIFEST).read_text())
ENTRIES = MANIFEST["circuits"]


def test_manifest_lists_every_case_and_file() -> None:
    assert [e["file"] for e in ENTRIES] == [c.filename for c in reference.CASES]
    assert sorted(p.name for p in CIRCUITS.glob("*.qasm")) == sorted(e["file"] for e in ENTRIES)


@pytest.mark.parametrize("entry", ENTRIES, ids=[e["file"] for e in ENTRIES])
def test_committed_file_gives_its_distribution(entry: dict) -> None:
    text = (CIRCUITS / entry["file"]).read_text()
    header, version = text.splitlines()[:2]
    assert header == qasm.HEADER and version == (
        "OPENQASM 3.0;" if entry["format"] == "qasm3" else "OPENQASM 2.0;"
    )
    circuit = qasm.loads(text, source=entry["file"])
    assert set(circuit.count_ops()) <= {*qasm.EXPORT_BASIS, "measure", "barrier"}
    verdict = crosscheck([circuit], [entry["expected"]], CheckConfig(shots=4000, seed=7))[0]
    # The stated Born error is reproduced, whatever it is ...
    assert verdict.max_abs_error == pytest.approx(entry["born_max_abs_error"], abs=1e-12)
    assert verdict.fidelity == pytest.approx(entry["fidelity"], abs=1e-12)
    if entry["exact"]:
        # ... and exact circuits pass the full cross-check.
        assert verdict.passed, verdict.failures
        assert entry["born_max_abs_error"] <= 1e-9
    else:
        assert not verdict.passed
        assert entry["born_max_abs_error"] > 1e-3


def test_regeneration_is_byte_identical(tmp_path: Path) -> None:
    case = reference.CASES[2]  # three classes: small but with CX and padding
    text, entry = reference.build_case(case)
    assert text == (CIRCUITS / case.filename).read_text()
    assert np.isclose(entry["born_max_abs_error"], ENTRIES[2]["born_max_abs_error"], atol=1e-15)
