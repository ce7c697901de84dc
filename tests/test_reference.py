"""The committed circuits/ still load, still give their distributions, and regenerate (byte for byte
where the CPU rounds as the generating one did; ``experiments/reference_circuits.py``, importable
through conftest)."""

from __future__ import annotations

import json
import re
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


#: A gate statement with parameters: name, angles, operands.
STATEMENT = re.compile(r"^(\w+)\(([^()]*)\) ([^;]*);$")


def assert_same_but_for_rounding(new: str, old: str, name: str) -> None:
    """``new`` is ``old`` line for line; a line may differ only in its angles, by at most 1e-12, and
    then in the checksum comment (numpy's SIMD kernels, e.g. ``arctan2`` on AVX2 against AVX-512
    CPUs, may round the last bit of an angle differently)."""
    lines_new, lines_old = new.splitlines(), old.splitlines()
    assert len(lines_new) == len(lines_old), name
    for a, b in zip(lines_new, lines_old, strict=True):
        if a == b or (a.startswith(qasm.CHECKSUM_PREFIX) and b.startswith(qasm.CHECKSUM_PREFIX)):
            continue
        ma, mb = STATEMENT.match(a), STATEMENT.match(b)
        assert ma and mb and (ma[1], ma[3]) == (mb[1], mb[3]), (name, a, b)
        angles_a, angles_b = ma[2].split(","), mb[2].split(",")
        assert len(angles_a) == len(angles_b), (name, a, b)
        for x, y in zip(angles_a, angles_b, strict=True):
            assert abs(float(x) - float(y)) <= 1e-12, (name, a, b)


def test_rounding_comparison_catches_a_changed_gate_or_angle() -> None:
    text = (CIRCUITS / ENTRIES[0]["file"]).read_text()
    line = next(x for x in text.splitlines() if STATEMENT.match(x))
    m = STATEMENT.match(line)
    assert m is not None
    moved = text.replace(line, f"{m[1]}({float(m[2].split(',')[0]) + 1e-9}) {m[3]};", 1)
    with pytest.raises(AssertionError):
        assert_same_but_for_rounding(moved, text, "moved")
    renamed = text.replace(line, line.replace(m[1], "rz" if m[1] != "rz" else "ry", 1), 1)
    with pytest.raises(AssertionError):
        assert_same_but_for_rounding(renamed, text, "renamed")
    assert_same_but_for_rounding(text, text, "same")


def test_regeneration_reproduces_every_file(tmp_path: Path) -> None:
    """Every committed circuit file is what the script writes today: byte for byte on a CPU whose
    floating-point kernels round as the generating machine's did, and otherwise statement for
    statement with every angle within 1e-12 (each file still carries its own valid checksum);
    the manifest is the same, its measured Born errors and fidelities to 1e-12 (Aer's rounding)."""
    reference.write_reference(tmp_path)
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written == sorted(p.name for p in CIRCUITS.iterdir())
    for name in written:
        if name != reference.MANIFEST:
            text = (tmp_path / name).read_text()
            qasm.loads(text, source=name)  # its checksum is its own
            assert_same_but_for_rounding(text, (CIRCUITS / name).read_text(), name)
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
