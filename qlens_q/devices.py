"""IBM device models: a QLENS circuit transpiled for a fake IBM backend and run on its noise model.

``qiskit_ibm_runtime.fake_provider`` ships offline snapshots of IBM devices (``FakeTorino``,
``FakeFez``, ``FakeKyiv``, ...): coupling map, native gates and calibrated error rates. Nothing
here contacts a server (a fake backend is only ever read, never refreshed). A device is named as
in Qiskit, case-insensitively (``fake_torino``; ``FakeTorino`` works too); :func:`names` lists
them, and ``aer`` (or ``None``) means the ideal simulator of :mod:`qlens_q.simulation`.

**What runs.** A logical circuit (as exported: the OpenQASM text read back) is

1. transpiled for the device (:func:`transpile_for_device`): layout, routing and the native
   gates, ``optimization_level=3``, ``seed_transpiler`` the run's seed;
2. cut down to the physical qubits it uses (every other qubit stays in ``|0>`` and never
   interacts, so it changes no outcome), renumbered ``0 .. k-1``;
3. simulated on Aer with the device's noise model restricted to those ``k`` qubits
   (:meth:`Device.noise_model`): the model of ``NoiseModel.from_backend`` (a depolarizing error
   followed by thermal relaxation on every gate, a readout error on every measurement), built
   from the device's tables, which are read **once per device and process** (:func:`device`
   caches them). Building the 133-qubit model costs seconds, and running a circuit with it costs
   seconds more per Aer call (the whole model is handed to the simulator each time); the
   restricted one costs milliseconds. A transpiled, unscheduled circuit holds no ``delay``, so
   ``from_backend``'s idle-relaxation pass, which only acts on delays, is not needed. Up to
   :data:`DENSITY_MATRIX_MAX_QUBITS` qubits Aer evolves the density matrix once and samples
   every shot from it (a 6-qubit layer of ~400 two-qubit gates: a fraction of a second).

**What is reported** per circuit (:class:`DeviceVerdict`), with ``f = counts / shots`` the noisy
frequencies, ``p`` the ideal (exact) Born distribution of the logical circuit and ``q`` the
model's distribution:

* the transpiled circuit's two-qubit gates and depth, and the physical qubits used;
* ``total_variation = (1/2) sum_j |f_j - p_j|`` and ``fidelity``, the Hellinger fidelity
  ``(sum_j sqrt(f_j p_j))^2`` (:func:`qiskit.quantum_info.hellinger_fidelity`): the gap noise
  opened; ``synthesis_total_variation = (1/2) sum_j |p_j - q_j|``: the gap the synthesis
  opened (0 up to 1e-9 for an exact route, the Trotter error for ``evolution``); and
  ``shot_noise_total_variation = sum_j sqrt(p_j (1 - p_j) / (2 pi shots))``, the expected
  total variation of ``shots`` ideal samples (normal approximation): below it noise is invisible;
* the same two numbers after readout-error mitigation (``mitigated_*``, see below);
* the Born-rule **verdict against the model**: the shot tests of :mod:`qlens_q.crosscheck`
  on the noisy counts and ``q`` (no shot on a class with ``q_j = 0``; Pearson's chi-square,
  :func:`~qlens_q.crosscheck.chi_square`; the mean class, :func:`~qlens_q.crosscheck.mean_test`),
  each at level ``alpha / (2 * family_size)`` (Bonferroni over the circuits). It passes when the
  device's counts are consistent with the model's distribution; where noise dominates it fails,
  and that is the finding.

**Readout-error mitigation** is ``mthree`` (M3, Nation et al., PRX Quantum 2, 040326 (2021)):
the readout error of each measured qubit is calibrated by running ``|0>`` and ``|1>`` on the
same noisy simulator (seeded), and the counts are corrected by solving ``A x = f`` in the
subspace of the observed bitstrings, then projected onto the nearest probability distribution.
It works with Qiskit 2.6 and Aer 0.18 as installed (``mitiq``'s readout tools would need its own
executor wrapper for the same tensor-product model); ``docs/devices.md`` says what it buys.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np
from numpy.typing import NDArray
from qiskit import QuantumCircuit, transpile
from qiskit.quantum_info import hellinger_fidelity

from qlens_q import simulation, states, validation
from qlens_q.circuits.metrics import two_qubit_gates
from qlens_q.crosscheck import chi_square, mean_test
from qlens_q.device_names import check_width
from qlens_q.device_names import names as names  # re-exported: the device names, known without Qiskit
from qlens_q.device_names import resolve as resolve
from qlens_q.errors import InputError, SimulationError

#: Transpiler optimisation level for a device.
OPTIMIZATION_LEVEL = 3
#: Up to this many active qubits Aer evolves the density matrix (memory ``16 * 4^k`` bytes) and
#: samples the shots from it; above, it samples one noisy statevector trajectory per shot.
DENSITY_MATRIX_MAX_QUBITS = 10
#: Shots per calibration circuit of the readout mitigation (at least the run's shots).
CALIBRATION_SHOTS = 10_000
#: Operations that carry no noise and are left out when finding the qubits a circuit uses.
_IDLE = {"barrier", "delay"}


# ---------------------------------------------------------------------------- device names


def _fake_provider() -> Any:
    try:
        from qiskit_ibm_runtime import fake_provider
    except ImportError:
        raise InputError(
            "backend", "device models need qiskit-ibm-runtime: pip install 'qlens-q[devices]'"
        ) from None
    return fake_provider


_CLASSES: dict[str, str] = {}


def _classes() -> dict[str, str]:
    """Device name (``fake_torino``) -> class name (``FakeTorino``), for every fake IBM device."""
    if not _CLASSES:
        provider = _fake_provider()
        from qiskit_ibm_runtime.fake_provider.fake_backend import FakeBackendV2

        for attr in dir(provider):
            cls = getattr(provider, attr)
            if attr.startswith("Fake") and isinstance(cls, type) and issubclass(cls, FakeBackendV2):
                base = attr[len("Fake") :].removesuffix("V2")
                if base and base != "BackendV2":
                    _CLASSES["fake_" + _snake(base)] = attr
    return _CLASSES


def _snake(camel: str) -> str:
    return "".join("_" + c.lower() if c.isupper() and i else c.lower() for i, c in enumerate(camel))


# ---------------------------------------------------------------------------- devices and noise


class Device:
    """One fake IBM device: its backend (coupling map, native gates) and its noise.

    Made by :func:`device`, once per name and process. Its noise (per qubit a readout error, per
    gate and qubits a depolarizing-plus-relaxation error, as ``NoiseModel.from_backend`` builds
    them) is priced on first use, for the qubits a circuit uses only, each error once;
    :meth:`noise_model` is cached per set of qubits.
    """

    def __init__(self, name: str) -> None:
        self.name = name
        if name not in _classes():
            from importlib.metadata import version

            raise InputError(
                "backend",
                f"{name} is not among the devices of the installed qiskit-ibm-runtime "
                f"{version('qiskit-ibm-runtime')}: upgrade it",
            )
        self.backend = getattr(_fake_provider(), _classes()[name])()
        self._readout: dict[int, Any] | None = None
        self._gates: dict[tuple[str, tuple[int, ...]], Any] = {}  # (gate, qubits) -> its error or None
        self._models: dict[tuple[int, ...], Any] = {}

    @property
    def num_qubits(self) -> int:
        """Qubits of the device."""
        return int(self.backend.num_qubits)

    @property
    def processor(self) -> str | None:
        """The processor family and revision as the snapshot records it (``Heron r1``, ``Eagle r3``)."""
        kind = (getattr(self.backend, "_conf_dict", None) or {}).get("processor_type") or {}
        if not kind.get("family"):
            return None
        return (
            f"{kind['family']} r{kind['revision']}"
            if kind.get("revision") is not None
            else str(kind["family"])
        )

    def check_width(self, num_qubits: int) -> None:
        """Refuse a circuit of ``num_qubits`` qubits wider than the device, naming both sizes."""
        check_width(self.name, num_qubits)

    def _readout_errors(self) -> dict[int, Any]:
        """Every qubit's readout error (``qiskit_aer.noise.device``), built once (milliseconds)."""
        if self._readout is None:
            from qiskit_aer.noise import device as aer_device

            target = self.backend.target
            self._readout = {
                int(q[0]): err for q, err in aer_device.basic_device_readout_errors(None, target=target)
            }
        return self._readout

    def _gate_errors(self, qubits: Sequence[int]) -> list[tuple[str, tuple[int, ...], Any]]:
        """``(gate, qubits, error)`` for every operation of the device on ``qubits`` only, in the
        order of the device's target: the errors ``NoiseModel.from_backend`` builds
        (``qiskit_aer.noise.device.basic_device_gate_errors``, depolarizing plus thermal relaxation).

        Aer prices each operation from its own properties and its qubits' T1, T2 and frequency, so
        only the part of the target on ``qubits`` is priced, each operation once per device: all
        832 of a 133-qubit device took 9-12 s here, the 26 on five of its qubits 0.3 s.
        """
        from qiskit.transpiler import Target
        from qiskit_aer.noise import device as aer_device

        target = self.backend.target
        inside = {int(q) for q in qubits}
        wanted = [
            (name, tuple(int(q) for q in on))
            for name, properties in target.items()
            if properties is not None
            for on in properties
            if on is not None and set(on) <= inside
        ]
        missing = [key for key in wanted if key not in self._gates]
        if missing:
            part = Target(
                num_qubits=target.num_qubits, dt=target.dt, qubit_properties=target.qubit_properties
            )
            by_name: dict[str, dict[tuple[int, ...], Any]] = {}
            for name, on in missing:
                by_name.setdefault(name, {})[on] = target[name][on]
            for name, properties in by_name.items():
                part.add_instruction(target.operation_from_name(name), properties, name=name)
            with warnings.catch_warnings():  # as NoiseModel.from_backend: Aer's own deprecation notes
                warnings.filterwarnings("ignore", category=DeprecationWarning, module="qiskit_aer.noise")
                table = aer_device.basic_device_gate_errors(None, target=part)
            priced = {(gate, tuple(int(q) for q in on)): err for gate, on, err in table}
            for key in missing:
                self._gates[key] = priced.get(key)  # None: Aer gives the operation no error (a measurement)
        return [
            (name, on, self._gates[(name, on)]) for name, on in wanted if self._gates[(name, on)] is not None
        ]

    def noise_model(self, qubits: Sequence[int]) -> Any:
        """The device's noise on physical ``qubits`` only, physical ``qubits[i]`` renumbered ``i``.

        Every error of ``NoiseModel.from_backend(backend)`` whose qubits all lie in ``qubits``,
        and no other: the model a circuit on those qubits alone sees.
        """
        key = tuple(int(q) for q in qubits)
        if key not in self._models:
            from qiskit_aer.noise import NoiseModel

            readout = self._readout_errors()
            index = {q: i for i, q in enumerate(key)}
            model = NoiseModel(basis_gates=list(self.backend.operation_names))
            for q in key:
                if q in readout:
                    model.add_readout_error(readout[q], [index[q]])
            for gate, on, err in self._gate_errors(key):
                model.add_quantum_error(err, gate, [index[q] for q in on])
            self._models[key] = model
        return self._models[key]


_DEVICES: dict[str, Device] = {}


def device(name: str) -> Device:
    """The device ``name`` (see :func:`resolve`), made once per process."""
    canonical = resolve(name)
    if canonical is None:
        raise InputError("backend", f"{name!r} is the ideal simulator, not a device")
    if canonical not in _DEVICES:
        _DEVICES[canonical] = Device(canonical)
    return _DEVICES[canonical]


def clear_cache() -> None:
    """Forget every device made so far (their noise is priced again on next use)."""
    _DEVICES.clear()


# ---------------------------------------------------------------------------- transpiling


@dataclass(frozen=True)
class DeviceCircuit:
    """A logical circuit transpiled for a device.

    Attributes:
        device: the device's name.
        circuit: the transpiled circuit on the device's physical qubits (what the device runs).
        physical_qubits: the physical qubits it acts on, ascending; ``compact`` renumbers
            ``physical_qubits[i]`` as qubit ``i``.
        compact: the same gates on ``len(physical_qubits)`` qubits (what Aer simulates).
        measured: per classical bit ``i``, the compact qubit read into it.
        two_qubit_gates: operations on two qubits of the transpiled circuit.
        depth: its depth.
    """

    device: str
    circuit: QuantumCircuit
    physical_qubits: tuple[int, ...]
    compact: QuantumCircuit
    measured: tuple[int, ...]
    two_qubit_gates: int
    depth: int


def _compact(name: str, transpiled: QuantumCircuit) -> DeviceCircuit:
    used = sorted(
        {
            transpiled.find_bit(q).index
            for inst in transpiled.data
            if inst.operation.name not in _IDLE
            for q in inst.qubits
        }
    )
    index = {q: i for i, q in enumerate(used)}
    compact = QuantumCircuit(len(used), transpiled.num_clbits, global_phase=transpiled.global_phase)
    measured: dict[int, int] = {}
    for inst in transpiled.data:
        op = inst.operation
        if op.name in _IDLE:
            continue
        qubits = [index[transpiled.find_bit(q).index] for q in inst.qubits]
        clbits = [transpiled.find_bit(c).index for c in inst.clbits]
        if op.name == "measure":
            measured[clbits[0]] = qubits[0]
        compact.append(op, qubits, clbits, copy=False)
    if sorted(measured) != list(range(transpiled.num_clbits)):
        raise SimulationError(f"the circuit transpiled for {name} no longer measures every classical bit")
    return DeviceCircuit(
        device=name,
        circuit=transpiled,
        physical_qubits=tuple(used),
        compact=compact,
        measured=tuple(measured[b] for b in range(transpiled.num_clbits)),
        two_qubit_gates=two_qubit_gates(transpiled),
        depth=int(transpiled.depth()),
    )


def transpile_for_device(
    circuits: Sequence[QuantumCircuit], target: Device | str, *, seed: int = 0
) -> list[DeviceCircuit]:
    """Transpile logical circuits for a device (layout, routing, native gates; level 3, seeded).

    Each circuit is first read as QLENS output (:func:`qlens_q.simulation.prepare`: qubit
    ``order[i]`` measured into classical bit ``i``, the class being the value of the bits), so
    the device measures the very bits the ideal check reads. A circuit wider than the device
    is refused (one line, both sizes) before anything is transpiled.
    """
    chosen = target if isinstance(target, Device) else device(target)
    validation.positive_int(seed, "seed", minimum=0)
    measured = [
        simulation.prepare(qc, f"circuit[{i}]" if len(circuits) > 1 else "circuit").measured()
        for i, qc in enumerate(circuits)
    ]
    for qc in measured:
        chosen.check_width(qc.num_qubits)
    if not measured:
        return []
    done = transpile(
        measured, backend=chosen.backend, optimization_level=OPTIMIZATION_LEVEL, seed_transpiler=seed
    )
    return [_compact(chosen.name, qc) for qc in (done if isinstance(done, list) else [done])]


# ---------------------------------------------------------------------------- noisy runs


@dataclass(frozen=True)
class NoisyReading:
    """What the noisy device said of one circuit: shot counts per class and, mitigated, a distribution."""

    counts: NDArray[np.int64]
    mitigated: NDArray[np.float64] | None


def _simulator(model: Any, qubits: int, seed: int) -> Any:
    from qiskit_aer import AerSimulator

    method = "density_matrix" if qubits <= DENSITY_MATRIX_MAX_QUBITS else "statevector"
    return AerSimulator(noise_model=model, method=method, seed_simulator=seed)


def _histogram(raw: dict[str, int], size: int) -> NDArray[np.int64]:
    out = np.zeros(size, dtype=np.int64)
    for key, count in raw.items():
        out[int(key, 16)] += count
    return out


def run_noisy(
    compiled: Sequence[DeviceCircuit],
    target: Device | str,
    *,
    shots: int,
    seed: int,
    mitigate: bool = True,
) -> list[NoisyReading]:
    """Seeded noisy shots of transpiled circuits on the device's noise model (see the module docstring).

    Circuits acting on the same physical qubits share one noise model and one Aer call, seeded
    ``seed + i`` with ``i`` the position of the group's first circuit (the same seed gives the
    same counts). With ``mitigate`` the readout of the measured qubits is calibrated once per
    group (``mthree``, its simulator seeded ``seed + i + 1``) and each circuit's counts corrected.
    """
    chosen = target if isinstance(target, Device) else device(target)
    validation.positive_int(shots, "shots")
    validation.positive_int(seed, "seed", minimum=0)
    groups: dict[tuple[int, ...], list[int]] = {}
    for i, dc in enumerate(compiled):
        if dc.device != chosen.name:
            raise InputError("compiled", f"circuit {i} was transpiled for {dc.device}, not {chosen.name}")
        groups.setdefault(dc.physical_qubits, []).append(i)
    out: list[NoisyReading | None] = [None] * len(compiled)
    for qubits, members in groups.items():
        model = chosen.noise_model(qubits)
        sim = _simulator(model, len(qubits), seed + members[0])
        batch = [compiled[i].compact for i in members]
        try:
            result = sim.run(batch, shots=shots).result()
        except Exception as exc:
            raise SimulationError(f"Aer failed: {' '.join(str(exc).split())[:300]}") from None
        if not result.success:
            raise SimulationError(f"Aer failed: {result.status}")
        counts = [_histogram(result.data(j)["counts"], 2 ** batch[j].num_clbits) for j in range(len(batch))]
        mitigated: list[NDArray[np.float64] | None] = [None] * len(batch)
        if mitigate:
            calibrated = _simulator(model, len(qubits), seed + members[0] + 1)
            mitigated = list(_mitigate(calibrated, [compiled[i] for i in members], counts, shots))
        for j, i in enumerate(members):
            out[i] = NoisyReading(counts[j], mitigated[j])
    return [r for r in out if r is not None]


def _mitigate(
    sim: Any, circuits: Sequence[DeviceCircuit], counts: Sequence[NDArray[np.int64]], shots: int
) -> list[NDArray[np.float64]]:
    """Readout-mitigated distributions (mthree: calibrate the measured qubits once, correct each circuit)."""
    try:
        import mthree
    except ImportError:
        raise InputError(
            "mitigate", "readout mitigation needs mthree: pip install 'qlens-q[devices]'"
        ) from None
    qubits = sorted({q for dc in circuits for q in dc.measured})
    m3 = mthree.M3Mitigation(sim)
    m3.cals_from_system(qubits, shots=max(shots, CALIBRATION_SHOTS), async_cal=False)
    out = []
    for dc, hist in zip(circuits, counts, strict=True):
        bits = len(dc.measured)
        raw = {format(j, f"0{bits}b"): int(c) for j, c in enumerate(hist) if c}
        quasi = m3.apply_correction(raw, list(dc.measured))
        probs = np.zeros(2**bits, dtype=np.float64)
        for key, value in quasi.nearest_probability_distribution().items():
            probs[int(key, 2)] = float(value)
        out.append(probs / probs.sum())
    return out


# ---------------------------------------------------------------------------- verdicts


def total_variation(a: NDArray[np.float64], b: NDArray[np.float64]) -> float:
    """``(1/2) sum_j |a_j - b_j|``."""
    return float(0.5 * np.abs(np.asarray(a, dtype=np.float64) - np.asarray(b, dtype=np.float64)).sum())


def fidelity(a: NDArray[np.float64], b: NDArray[np.float64]) -> float:
    """Hellinger fidelity ``(sum_j sqrt(a_j b_j))^2`` of two distributions (``qiskit.quantum_info``)."""
    return float(
        hellinger_fidelity(
            {j: float(x) for j, x in enumerate(a) if x > 0}, {j: float(x) for j, x in enumerate(b) if x > 0}
        )
    )


def shot_noise_total_variation(p: NDArray[np.float64], shots: int) -> float:
    """``sum_j sqrt(p_j (1 - p_j) / (2 pi shots))``: the expected total variation of ``shots`` samples of ``p``.

    Half the sum of ``E|f_j - p_j|`` with ``f_j`` normal of variance ``p_j (1 - p_j) / shots``
    (``E|X| = sqrt(2 / pi) sd``).
    """
    p = np.asarray(p, dtype=np.float64)
    return float(np.sum(np.sqrt(p * (1 - p) / (2 * math.pi * shots))))


@dataclass(frozen=True)
class DeviceVerdict:
    """One circuit on one device: size after transpilation, distances and the Born-rule verdict under noise."""

    passed: bool
    failures: tuple[str, ...]
    backend: str
    num_qubits: int
    num_classes: int
    physical_qubits: tuple[int, ...]
    two_qubit_gates: int
    depth: int
    total_variation: float
    fidelity: float
    mitigated_total_variation: float | None
    mitigated_fidelity: float | None
    synthesis_total_variation: float
    shot_noise_total_variation: float
    impossible_counts: int
    chi2: float
    chi2_dof: int
    chi2_p: float
    mean_z: float
    mean_p: float
    shots: int
    seed: int
    alpha: float
    alpha_per_circuit: float
    counts: tuple[int, ...]
    mitigated: tuple[float, ...] | None = None
    example: str | None = None
    circuit: str | None = None

    def to_dict(self, *, with_distributions: bool = True) -> dict[str, Any]:
        """JSON-ready; non-finite numbers as ``None``; ``example``/``circuit`` lead when set."""
        out = {
            k: (v if not isinstance(v, float) or math.isfinite(v) else None) for k, v in asdict(self).items()
        }
        labels = {key: out.pop(key) for key in ("example", "circuit")}
        out = {**{k: v for k, v in labels.items() if v is not None}, **out}
        out["failures"] = list(self.failures)
        out["physical_qubits"] = list(self.physical_qubits)
        if with_distributions:
            out["counts"] = list(self.counts)
            out["mitigated"] = None if self.mitigated is None else list(self.mitigated)
        else:
            del out["counts"], out["mitigated"]
        return out


def device_verdict(
    dc: DeviceCircuit,
    reading: NoisyReading,
    expected: Any,
    ideal: Any,
    *,
    level: float,
    alpha: float,
    seed: int,
    name: str = "expected",
) -> DeviceVerdict:
    """The verdict of one circuit's noisy counts against the model's ``expected`` (see the module docstring).

    ``ideal`` is the exact Born distribution of the logical circuit (distances are measured to
    it); ``level`` the false-alarm level of this circuit (``alpha / family_size``).
    """
    bits = len(dc.measured)
    probs = validation.probabilities(expected, name)
    if probs.shape[0] > 2**bits:
        raise InputError(
            name, f"has {probs.shape[0]} classes but the circuit has {bits} qubits (<= {2**bits})"
        )
    q = states.pad(probs, bits)
    p = states.pad(validation.probabilities(ideal, "ideal"), bits)
    counts = reading.counts
    shots = int(counts.sum())
    f = counts / shots
    failures: list[str] = []
    impossible = int(counts[q == 0].sum())
    if impossible:
        failures.append(f"{impossible} shots on classes with expected probability 0")
    chi2, dof, chi2_p = chi_square(counts, q)
    if chi2_p < level / 2:
        failures.append(f"chi-square rejects the shots (p = {chi2_p:.3g} < {level / 2:.3g})")
    mean_z, mean_p = mean_test(counts, q)
    if mean_p < level / 2:
        failures.append(
            f"<M> over shots is {mean_z:.2f} standard errors from sum j q_j (p = {mean_p:.3g} < {level / 2:.3g})"
        )
    mitigated = reading.mitigated
    return DeviceVerdict(
        passed=not failures,
        failures=tuple(failures),
        backend=dc.device,
        num_qubits=bits,
        num_classes=int(probs.shape[0]),
        physical_qubits=dc.physical_qubits,
        two_qubit_gates=dc.two_qubit_gates,
        depth=dc.depth,
        total_variation=total_variation(f, p),
        fidelity=fidelity(f, p),
        mitigated_total_variation=None if mitigated is None else total_variation(mitigated, p),
        mitigated_fidelity=None if mitigated is None else fidelity(mitigated, p),
        synthesis_total_variation=total_variation(p, q),
        shot_noise_total_variation=shot_noise_total_variation(p, shots),
        impossible_counts=impossible,
        chi2=chi2,
        chi2_dof=dof,
        chi2_p=chi2_p,
        mean_z=mean_z,
        mean_p=mean_p,
        shots=shots,
        seed=seed,
        alpha=alpha,
        alpha_per_circuit=level,
        counts=tuple(int(c) for c in counts),
        mitigated=None if mitigated is None else tuple(float(x) for x in mitigated),
    )


@dataclass(frozen=True)
class DeviceChecks:
    """Every circuit of a call on one device (:func:`check_on_device`)."""

    backend: str
    processor: str | None
    device_qubits: int
    shots: int
    seed: int
    alpha: float
    mitigation: str | None
    verdicts: tuple[DeviceVerdict, ...]
    circuits: tuple[DeviceCircuit, ...] = field(repr=False)
    seconds: dict[str, float] = field(default_factory=dict, compare=False, repr=False)

    @property
    def passed(self) -> bool:
        """Whether the model's distribution was reproduced on the device by every circuit."""
        return all(v.passed for v in self.verdicts)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready summary (``report.json["device"]``): settings, totals and one row per circuit name."""
        rows: dict[str, list[DeviceVerdict]] = {}
        for v in self.verdicts:
            rows.setdefault(v.circuit or "circuit", []).append(v)

        def mean(values: Sequence[float | None]) -> float | None:
            kept = [x for x in values if x is not None]
            return float(np.mean(kept)) if kept else None

        per_circuit = {
            name: {
                "circuits": len(vs),
                "passed": sum(v.passed for v in vs),
                "two_qubit_gates_mean": float(np.mean([v.two_qubit_gates for v in vs])),
                "depth_mean": float(np.mean([v.depth for v in vs])),
                "total_variation_mean": mean([v.total_variation for v in vs]),
                "total_variation_max": max(v.total_variation for v in vs),
                "fidelity_mean": mean([v.fidelity for v in vs]),
                "mitigated_total_variation_mean": mean([v.mitigated_total_variation for v in vs]),
                "mitigated_fidelity_mean": mean([v.mitigated_fidelity for v in vs]),
                "shot_noise_total_variation_mean": mean([v.shot_noise_total_variation for v in vs]),
            }
            for name, vs in rows.items()
        }
        passed = sum(v.passed for v in self.verdicts)
        return {
            "backend": self.backend,
            "processor": self.processor,
            "device_qubits": self.device_qubits,
            "optimization_level": OPTIMIZATION_LEVEL,
            "shots": self.shots,
            "seed": self.seed,
            "alpha": self.alpha,
            "mitigation": self.mitigation,
            "circuits": len(self.verdicts),
            "passed": passed,
            "failed": len(self.verdicts) - passed,
            "reproduced": self.passed,
            "per_circuit": per_circuit,
        }


def mitigation_name() -> str:
    """``mthree X.Y.Z`` as installed."""
    from importlib.metadata import version

    return f"mthree {version('mthree')}"


def check_on_device(
    circuits: Sequence[QuantumCircuit],
    expected: Sequence[Any],
    backend: Device | str,
    *,
    ideal: Sequence[Any] | None = None,
    shots: int = 10_000,
    seed: int = 0,
    alpha: float = 1e-3,
    family_size: int | None = None,
    mitigate: bool = True,
    labels: Sequence[tuple[str | None, str | None]] | None = None,
) -> DeviceChecks:
    """Transpile ``circuits`` for ``backend``, run them on its noise model, and judge them against ``expected``.

    ``ideal``: the exact Born distributions of the logical circuits (default: ``expected``,
    what an exact synthesis gives); ``alpha`` the false-alarm rate shared by the
    ``family_size`` circuits (default: these); ``labels`` per circuit ``(example, circuit)``.
    """
    chosen = backend if isinstance(backend, Device) else device(backend)
    if len(circuits) != len(expected):
        raise InputError("expected", f"{len(expected)} distributions for {len(circuits)} circuits")
    ideal = expected if ideal is None else ideal
    if len(ideal) != len(circuits):
        raise InputError("ideal", f"{len(ideal)} distributions for {len(circuits)} circuits")
    if not 0 < alpha < 1:
        raise InputError("alpha", f"must be in (0, 1), got {alpha!r}")
    import time

    seconds: dict[str, float] = {}
    start = time.perf_counter()
    compiled = transpile_for_device(circuits, chosen, seed=seed)
    seconds["device_transpile"] = round(time.perf_counter() - start, 3)
    start = time.perf_counter()
    readings = run_noisy(compiled, chosen, shots=shots, seed=seed, mitigate=mitigate)
    seconds["device_simulate"] = round(time.perf_counter() - start, 3)
    level = alpha / (family_size or max(1, len(circuits)))
    verdicts = []
    for i, (dc, reading, q, p) in enumerate(zip(compiled, readings, expected, ideal, strict=True)):
        verdict = device_verdict(
            dc, reading, q, p, level=level, alpha=alpha, seed=seed,
            name=f"expected[{i}]" if len(expected) > 1 else "expected",
        )  # fmt: skip
        if labels is not None:
            example, circuit = labels[i]
            verdict = _labelled(verdict, example, circuit)
        verdicts.append(verdict)
    return DeviceChecks(
        backend=chosen.name,
        processor=chosen.processor,
        device_qubits=chosen.num_qubits,
        shots=shots,
        seed=seed,
        alpha=alpha,
        mitigation=mitigation_name() if mitigate else None,
        verdicts=tuple(verdicts),
        circuits=tuple(compiled),
        seconds=seconds,
    )


def _labelled(verdict: DeviceVerdict, example: str | None, circuit: str | None) -> DeviceVerdict:
    from dataclasses import replace

    return replace(verdict, example=example, circuit=circuit)


def device_qasm(dc: DeviceCircuit) -> str:
    """The device-level circuit as OpenQASM 3 (physical qubits ``$i``, the device's native gates)."""
    from qiskit import qasm3

    return str(qasm3.dumps(dc.circuit))
