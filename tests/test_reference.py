"""The committed circuits/ still load, still give their distributions, and regenerate byte for byte
(``experiments/reference_circuits.py``, importable through conftest)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import reference_circuits as reference

from qlens_q import qasm
from qlens_q.crosscheck import CheckConfig, crosscheck

CIRCUITS = reference.CIRCUITS
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


#: Manifest numbers measured on Aer: equal to rounding, which may differ between CPUs.
MEASURED = ("born_max_abs_error", "fidelity")


def test_regeneration_is_byte_identical(tmp_path: Path) -> None:
    """Every committed circuit file is byte for byte what the script writes today; the manifest
    is the same, its measured Born errors and fidelities to 1e-12 (Aer's rounding)."""
    reference.write_reference(tmp_path)
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written == sorted(p.name for p in CIRCUITS.iterdir())
    for name in written:
        if name != reference.MANIFEST:
            assert (tmp_path / name).read_bytes() == (CIRCUITS / name).read_bytes(), name
    fresh = json.loads((tmp_path / reference.MANIFEST).read_text())
    assert {k: v for k, v in fresh.items() if k != "circuits"} == {
        k: v for k, v in MANIFEST.items() if k != "circuits"
    }
    assert fresh["generated_by"] == reference.GENERATED_BY
    assert len(fresh["circuits"]) == len(ENTRIES)
    for new, old in zip(fresh["circuits"], ENTRIES, strict=True):
        assert list(new) == list(old)
        assert {k: v for k, v in new.items() if k not in MEASURED} == {
            k: v for k, v in old.items() if k not in MEASURED
        }
        for key in MEASURED:
            assert new[key] == pytest.approx(old[key], abs=1e-12), (new["file"], key)
