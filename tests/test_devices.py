"""IBM device models (qlens_q.devices): names, widths, the noise built once, seeded noisy counts,
readout mitigation, verdicts under noise, and ``check``/the command line with ``backend``.

Small circuits (1 to 2 qubits, a few thousand shots) on offline fake backends; nothing contacts a server.
"""

from __future__ import annotations

import json
import socket
from pathlib import Path
from typing import Any

import numpy as np
import pytest

pytest.importorskip("qiskit_ibm_runtime")
pytest.importorskip("mthree")

from helpers import one_line, run_cli, tree
from qiskit import QuantumCircuit

from qlens_q import devices, qasm
from qlens_q.checks import check
from qlens_q.circuits import Synthesis, layer_circuit
from qlens_q.errors import InputError
from qlens_q.operators import layer_operator
from qlens_q.report import build_report
from qlens_q.trajectories import Trajectories

SHOTS = 2000
DEVICE = "fake_torino"


def _layer(p_in: list[float], p_out: list[float]) -> QuantumCircuit:
    """The exported (export basis) structured layer circuit carrying ``p_in`` to ``p_out``, measured."""
    op = layer_operator(p_in, p_out)
    exported = qasm.transpile_for_export(layer_circuit(op, Synthesis("structured"), measure=True))
    assert isinstance(exported, QuantumCircuit)
    return exported


@pytest.fixture(scope="module")
def traj() -> Trajectories:
    probs = np.random.default_rng(3).dirichlet(np.ones(2), size=(2, 3))
    return Trajectories(probs, ["embed", "mid", "final"], ids=["a", "b"])


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every socket connection fails: a fake backend is read offline, never refreshed."""

    def refuse(*_args: Any, **_kwargs: Any) -> None:
        raise OSError("network access in a device test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def test_names_are_case_insensitive_and_aer_is_the_ideal_simulator() -> None:
    assert DEVICE in devices.names() and "fake_fez" in devices.names() and "fake_kyiv" in devices.names()
    assert devices.resolve("FakeTorino") == devices.resolve("FAKE_TORINO") == DEVICE
    assert devices.resolve("aer") is None and devices.resolve(None) is None


def test_the_table_of_device_names_is_the_installed_runtimes_devices_with_their_widths() -> None:
    """``device_names.DEVICE_QUBITS`` (known without importing Qiskit) lists exactly the fake backends of
    the installed qiskit-ibm-runtime, each with the qubits of its snapshot."""
    from qiskit_ibm_runtime import fake_provider

    from qlens_q import device_names

    installed = {
        name: json.loads((Path(cls.dirname) / cls.conf_filename).read_text())["n_qubits"]
        for name, cls in ((n, getattr(fake_provider, c)) for n, c in devices._classes().items())
    }
    assert dict(device_names.DEVICE_QUBITS) == installed
    assert devices.device("fake_athens").num_qubits == device_names.DEVICE_QUBITS["fake_athens"] == 5


def test_an_unknown_backend_is_refused_in_one_line_listing_valid_ones() -> None:
    with pytest.raises(InputError) as info:
        devices.resolve("fake_nowhere")
    assert info.value.argument == "backend"
    message = str(info.value)
    assert (
        "\n" not in message
        and "fake_nowhere" in message
        and "fake_torino" in message
        and "fake_fez" in message
    )


def test_a_circuit_wider_than_the_device_is_refused_naming_both_sizes() -> None:
    wide = QuantumCircuit(6)
    wide.h(range(6))
    wide.measure_all()
    with pytest.raises(InputError) as info:
        devices.transpile_for_device([wide], "fake_athens")
    assert info.value.argument == "backend"
    assert "5 qubits" in str(info.value) and "needs 6" in str(info.value)


def test_a_devices_noise_is_priced_once_and_only_on_the_qubits_used(monkeypatch: pytest.MonkeyPatch) -> None:
    """Aer prices the gate errors of the part of the device a circuit uses (all 832 of fake_torino took
    9-12 s), each once: a second pass over the same circuits prices nothing more."""
    from qiskit_aer.noise import device as aer_device

    priced: list[tuple[str, tuple[int, ...]]] = []
    calls = {"readout": 0}
    gate_errors, readout_errors = aer_device.basic_device_gate_errors, aer_device.basic_device_readout_errors

    def counted_gates(*args: Any, **kwargs: Any) -> Any:
        table = gate_errors(*args, **kwargs)
        priced.extend((name, tuple(on)) for name, on, _ in table)
        return table

    def counted_readout(*args: Any, **kwargs: Any) -> Any:
        calls["readout"] += 1
        return readout_errors(*args, **kwargs)

    monkeypatch.setattr(aer_device, "basic_device_gate_errors", counted_gates)
    monkeypatch.setattr(aer_device, "basic_device_readout_errors", counted_readout)
    devices.clear_cache()
    circuits = [_layer([0.5, 0.5], [0.2, 0.8]), _layer([0.1, 0.2, 0.3, 0.4], [0.4, 0.3, 0.2, 0.1])]
    expect = [[0.2, 0.8], [0.4, 0.3, 0.2, 0.1]]
    first = devices.check_on_device(circuits, expect, DEVICE, shots=200, seed=0)
    used = set().union(*(v.physical_qubits for v in first.verdicts))
    assert priced and len(priced) == len(set(priced)) and all(set(on) <= used for _, on in priced)
    assert {"cz", "sx", "x"} <= {name for name, _ in priced}
    count = len(priced)
    devices.check_on_device(circuits, expect, DEVICE, shots=200, seed=1)
    assert len(priced) == count and calls == {"readout": 1}
    assert devices.device("FakeTorino") is devices.device(DEVICE)


@pytest.mark.parametrize("qubits", [(0,), (3, 4), (2, 1, 3), (4, 0, 1, 2, 3)])
def test_the_noise_on_some_qubits_is_the_devices_whole_noise_restricted(qubits: tuple[int, ...]) -> None:
    """Priced on a part of the device, the noise model equals the errors of the whole device's table
    (``basic_device_gate_errors`` on its full target, as ``NoiseModel.from_backend`` reads it) whose
    qubits all lie in ``qubits``, renumbered, whatever was priced before."""
    import warnings

    from qiskit_aer.noise import NoiseModel
    from qiskit_aer.noise import device as aer_device

    device = devices.device("fake_manila")
    target = device.backend.target
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        table = aer_device.basic_device_gate_errors(None, target=target)
    readout = {on[0]: err for on, err in aer_device.basic_device_readout_errors(None, target=target)}
    index = {q: i for i, q in enumerate(qubits)}
    whole = NoiseModel(basis_gates=list(device.backend.operation_names))
    for q in qubits:
        whole.add_readout_error(readout[q], [index[q]])
    for name, on, err in table:
        if set(on) <= set(qubits):
            whole.add_quantum_error(err, name, [index[q] for q in on])
    assert device.noise_model(qubits) == whole

    def without_ids(model: NoiseModel) -> list[dict[str, Any]]:  # each QuantumError has a random id
        return [{k: v for k, v in error.items() if k != "id"} for error in model.to_dict()["errors"]]

    assert without_ids(device.noise_model(qubits)) == without_ids(whole)  # the same errors, in the same order


def test_the_restricted_noise_model_holds_only_the_used_qubits() -> None:
    target = devices.device(DEVICE)
    model = target.noise_model((92, 99))
    assert set(model.noise_qubits) <= {0, 1}
    assert "measure" in model.noise_instructions and "cz" in model.noise_instructions


def test_a_one_qubit_circuit_on_a_device_is_close_and_passes() -> None:
    checked = devices.check_on_device(
        [_layer([0.5, 0.5], [0.3, 0.7])], [[0.3, 0.7]], DEVICE, shots=SHOTS, seed=0
    )
    verdict = checked.verdicts[0]
    assert checked.passed and verdict.passed and verdict.failures == ()
    assert verdict.total_variation < 0.03 and verdict.fidelity > 0.99
    assert verdict.two_qubit_gates == 0 and len(verdict.physical_qubits) == 1
    assert sum(verdict.counts) == SHOTS
    assert verdict.synthesis_total_variation < 1e-9


def test_noisy_counts_are_seeded() -> None:
    circuit = _layer([0.1, 0.2, 0.3, 0.4], [0.4, 0.3, 0.2, 0.1])
    compiled = devices.transpile_for_device([circuit], DEVICE, seed=5)
    first = devices.run_noisy(compiled, DEVICE, shots=SHOTS, seed=5, mitigate=False)[0].counts
    again = devices.run_noisy(
        devices.transpile_for_device([circuit], DEVICE, seed=5), DEVICE, shots=SHOTS, seed=5
    )
    other = devices.run_noisy(compiled, DEVICE, shots=SHOTS, seed=6, mitigate=False)[0].counts
    assert np.array_equal(first, again[0].counts)
    assert not np.array_equal(first, other)


def test_mitigation_lowers_the_distance_where_readout_dominates() -> None:
    # X on three qubits of a Falcon (readout errors of a few percent), then measure: no two-qubit gate,
    # so nearly all of the error is readout
    qc = QuantumCircuit(3, 3)
    qc.x([0, 1, 2])
    qc.measure([0, 1, 2], [0, 1, 2])
    expected = [0.0] * 7 + [1.0]
    verdict = devices.check_on_device([qc], [expected], "fake_lima", shots=4000, seed=1).verdicts[0]
    assert verdict.mitigated_total_variation is not None and verdict.mitigated_fidelity is not None
    assert verdict.total_variation > 0.02  # the readout error is visible
    assert verdict.mitigated_total_variation < verdict.total_variation / 4
    assert verdict.mitigated_fidelity > verdict.fidelity
    # a deterministic q with shots elsewhere fails the Born-rule verdict: noise is the finding
    assert not verdict.passed and verdict.impossible_counts > 0


def test_check_with_backend_none_is_the_ideal_check_unchanged(traj: Trajectories) -> None:
    plain = check(traj, shots=500, seed=3)
    none = check(traj, shots=500, seed=3, backend=None)
    aer = check(traj, shots=500, seed=3, backend="aer")
    assert plain.device is None and none.device is None and aer.device is None
    reports = [json.dumps(build_report(r), sort_keys=False) for r in (plain, none, aer)]
    assert reports[0] == reports[1] == reports[2]
    assert "device" not in build_report(plain)


def test_check_on_a_device_reports_every_circuit_beside_the_ideal_verdicts(
    traj: Trajectories, tmp_path: Path
) -> None:
    result = check(traj, shots=500, seed=3, backend=DEVICE)
    ideal = check(traj, shots=500, seed=3)
    assert result.verdicts == ideal.verdicts  # the ideal check is the same
    assert result.device is not None and len(result.device.verdicts) == len(result.verdicts)
    assert [(v.example, v.circuit) for v in result.device.verdicts] == [
        (v.example, v.circuit) for v in result.verdicts
    ]
    assert result.passed == (ideal.passed and result.device.passed)
    report = result.save(tmp_path / "run", figures=False)
    assert report["device"]["backend"] == DEVICE and report["device"]["circuits"] == len(result.verdicts)
    assert {k: v for k, v in report.items() if k != "device"} == build_report(ideal)
    written = sorted(p.name for p in (tmp_path / "run" / "device").iterdir())
    assert written == sorted(Path(c.path).name for c in result.circuits)
    assert "On a device model: fake_torino" in (tmp_path / "run" / "report.md").read_text()


def test_check_refuses_a_bad_backend_before_any_work(traj: Trajectories) -> None:
    with pytest.raises(InputError) as info:
        check(traj, backend="fake_nowhere")
    assert info.value.argument == "backend"
    wide = Trajectories(np.full((1, 2, 64), 1 / 64), ["a", "b"], ids=["x"])
    with pytest.raises(InputError, match="fake_athens has 5 qubits; the circuit needs 6"):
        check(wide, backend="fake_athens")


def test_cli_crosscheck_on_a_device(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    # On DEVICE, which the tests above already made in this process (the same code for every device).
    file = tmp_path / "layer.qasm"
    file.write_text(qasm.dumps(_layer([0.5, 0.5], [0.3, 0.7]), "qasm3"))
    device_file = tmp_path / "device.qasm"
    code, out, _ = run_cli(
        capsys, "crosscheck", str(file), "--expect", "0.3,0.7", "--shots", "1000",
        "--backend", DEVICE, "--export-device", str(device_file),
    )  # fmt: skip
    row = json.loads(out)
    assert (
        code == 0 and row["passed"] and row["on_device"]["passed"] and row["on_device"]["backend"] == DEVICE
    )
    assert "OPENQASM 3" in device_file.read_text() and "$" in device_file.read_text()


def test_cli_refuses_an_unknown_or_too_small_device_writing_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    file = tmp_path / "layer.qasm"
    file.write_text(qasm.dumps(_layer([0.1, 0.2, 0.3, 0.4], [0.4, 0.3, 0.2, 0.1]), "qasm3"))
    before = tree(tmp_path)
    for backend, words in (("fake_nowhere", "fake_torino"), ("fake_armonk", "1 qubit; the circuit needs 2")):
        code, out, err = run_cli(
            capsys, "simulate", str(file), "--backend", backend, "--export-device", str(tmp_path / "d.qasm")
        )
        assert code == 2 and out == "" and one_line(err) and "--backend" in err and words in err
    assert tree(tmp_path) == before
