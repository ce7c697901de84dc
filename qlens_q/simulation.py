"""Running circuits on Qiskit Aer: exact Born probabilities, shots, and <M>.

Every function takes a batch of circuits and makes one Aer call for the whole
batch (one per sub-job with an executor, see below). The circuit is simulated as
given (exported or transpiled gates), never replaced by the abstract gates'
matrices.

**Which class a measurement reports.** If a circuit measures its qubits at the
end, classical bit ``i`` is bit ``i`` of the class index (Qiskit's order): the class
is the value of the classical bits, so there must be as many of them as qubits. A
circuit without measurements is read as if qubit ``i`` were measured into bit
``i``. Mid-circuit measurements, resets, classical control flow, or a qubit
measured twice or not at all are refused.

**Executors.** With ``Backend(executor=...)`` (e.g. the dask client of
:func:`qlens_q.executor.open_executor`) a batch is split into sub-jobs of
consecutive circuits, each run by a worker in one Aer call, and the results are
joined in order. Aer 0.18 accepts ``executor`` and ``max_job_size`` options but
no longer acts on them (every job runs on its in-process thread pool), so the
split is done here. The results are those of the in-process run; for the
seeded sampler see :func:`sample_counts`.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, Future
from dataclasses import dataclass, field
from functools import cache, lru_cache, partial
from typing import Any, TypeVar

import numpy as np
from numpy.typing import NDArray
from qiskit import ClassicalRegister, QuantumCircuit, transpile
from qiskit.quantum_info import Statevector
from qiskit_aer import AerSimulator
from qiskit_aer.library import SaveExpectationValue

from qlens_q import validation
from qlens_q.errors import InputError, QlensError, SimulationError
from qlens_q.observables import measurement_operator

DEVICES: tuple[str, ...] = validation.AER_DEVICES
_REFUSED_OPS = {"reset", "if_else", "while_loop", "for_loop", "switch_case", "box", "store", "multiplexer_dg"}
T = TypeVar("T")


@dataclass(frozen=True)
class Backend:
    """Where and how Aer runs.

    Attributes:
        device: ``CPU`` or ``GPU`` (the latter needs the ``qiskit-aer-gpu`` package).
        fusion: Aer's gate fusion, on by default as in Aer, where it only acts on
            circuits of at least 14 qubits (Aer's ``fusion_threshold``). It has an open
            wrong-result bug (Qiskit/qiskit-aer#2245), so results are never trusted by
            construction: the cross-check compares them with the expected distribution
            (and, up to 12 qubits, with ``quantum_info.Statevector``).
        allow_cpu_fallback: run on the CPU if a GPU is asked for and not available.
        executor: a :class:`concurrent.futures.Executor` that runs each batch as
            sub-jobs (see the module docstring); ``None``, the default, runs a batch
            in this process in one Aer call. Not part of equality: results do not
            depend on it.
        max_job_size: circuits per sub-job when there is an executor; ``None``
            splits a batch evenly over the executor's ``workers`` (attribute of
            :class:`qlens_q.executor.DaskExecutor`; one sub-job if it has none).
    """

    device: str = "CPU"
    fusion: bool = True
    allow_cpu_fallback: bool = False
    executor: Executor | None = field(default=None, compare=False, repr=False)
    max_job_size: int | None = None

    def __post_init__(self) -> None:
        if self.max_job_size is not None:
            validation.positive_int(self.max_job_size, "max_job_size")

    def resolved_device(self) -> str:
        """The device Aer will really use; refuses an unavailable GPU unless fallback is allowed."""
        if self.device not in DEVICES:
            raise InputError("device", f"unknown device {self.device!r} (choose CPU or GPU)")
        if self.device == "GPU" and "GPU" not in available_devices():
            if self.allow_cpu_fallback:
                return "CPU"
            raise InputError(
                "device",
                "GPU requested but this Aer has no GPU support "
                "(install qiskit-aer-gpu on a CUDA 12 machine, or allow CPU fallback)",
            )
        return self.device

    def options(self) -> dict[str, object]:
        """AerSimulator options for this backend."""
        return {
            "method": "statevector",
            "device": self.resolved_device(),
            "fusion_enable": self.fusion,
            "precision": "double",
            # Run a batch's circuits side by side, one thread each, instead of giving every
            # small circuit all threads (measured: half the CPU time for 642 two-qubit
            # circuits x 10,000 shots; a batch of one large circuit still gets every thread).
            "max_parallel_experiments": 0,
        }


@cache
def available_devices() -> tuple[str, ...]:
    """Devices this Aer build can use, e.g. ``('CPU',)`` or ``('CPU', 'GPU')``."""
    return tuple(AerSimulator().available_devices())


@dataclass(frozen=True)
class Prepared:
    """A circuit split into its unitary part and the qubit read into each classical bit."""

    unitary: QuantumCircuit
    order: tuple[int, ...]

    @property
    def num_qubits(self) -> int:
        return self.unitary.num_qubits

    def measured(self) -> QuantumCircuit:
        """The unitary part, then qubit ``order[i]`` measured into bit ``i`` of one register."""
        qc = _shared_copy(self.unitary)
        _measure(qc, self.order)
        return qc


def _measure(qc: QuantumCircuit, order: Sequence[int]) -> None:
    """Append one classical register ``class`` and measure qubit ``order[i]`` into its bit ``i``."""
    creg = ClassicalRegister(len(order), "class")
    qc.add_register(creg)
    for bit, qubit in enumerate(order):
        qc.measure(qubit, creg[bit])


def prepare(circuit: QuantumCircuit, name: str = "circuit") -> Prepared:
    """Separate final measurements from the gates and check the circuit can be read as QLENS output.

    Barriers are dropped, measurements recorded, and any operation on an already measured qubit
    (or with classical bits) refused. A circuit with no classical bits and no barrier is its own
    unitary part (shared, not copied; nothing here mutates it). A circuit that ends in its barriers
    and one measurement of each qubit into its own classical bit (every exported circuit) is cut
    at that block, its gates copied in one slice; any other is read instruction by instruction.
    """
    ops = circuit.count_ops()
    refused = set(ops) & _REFUSED_OPS
    if refused:
        raise InputError(name, f"contains unsupported operations: {', '.join(sorted(refused))}")
    n = circuit.num_qubits
    if not circuit.clbits and "barrier" not in ops:
        return Prepared(circuit, tuple(range(n)))  # already a unitary part: shared, never mutated
    return _final_block(circuit, ops) or _read_instructions(circuit, name)


def _unitary_shell(circuit: QuantumCircuit) -> QuantumCircuit:
    """An empty circuit on ``circuit``'s Qubit objects and quantum registers, with its global phase and
    name and no classical bits: ``circuit``'s gates move over as they are."""
    return QuantumCircuit(
        list(circuit.qubits), *circuit.qregs, global_phase=circuit.global_phase, name=circuit.name
    )


def _final_block(circuit: QuantumCircuit, ops: dict[str, int]) -> Prepared | None:
    """The unitary part and bit order of a circuit ending in barriers and ``n`` measurements of ``n``
    distinct qubits into its ``n`` distinct classical bits, with no other measurement, barrier or
    classical bit before them; ``None`` for any other circuit."""
    n, data = circuit.num_qubits, circuit._data
    if circuit.num_clbits != n or ops.get("measure", 0) != n:
        return None
    k, barriers, bit_of = len(data), 0, {}
    while k and data[k - 1].name in ("measure", "barrier"):
        inst = data[k - 1]
        k -= 1
        if inst.name == "barrier":
            barriers += 1
            continue
        bit_of[circuit.find_bit(inst.qubits[0]).index] = circuit.find_bit(inst.clbits[0]).index
    if barriers != ops.get("barrier", 0) or len(bit_of) != n or len(set(bit_of.values())) != n:
        return None
    gates = data[:k]
    if any(inst.clbits for inst in gates):
        return None
    unitary = _unitary_shell(circuit)
    unitary._data.extend(gates)  # the same instructions (one Rust call), no classical bits
    return Prepared(unitary, tuple(sorted(bit_of, key=bit_of.__getitem__)))


def _read_instructions(circuit: QuantumCircuit, name: str) -> Prepared:
    """:func:`prepare` for any circuit: one pass over the instructions."""
    n = circuit.num_qubits
    unitary = _unitary_shell(circuit)
    index = {q: i for i, q in enumerate(circuit.qubits)}
    clindex = {c: i for i, c in enumerate(circuit.clbits)}
    bit_of: dict[int, int] = {}
    for inst in circuit.data:
        op = inst.operation
        qubits = [index[q] for q in inst.qubits]
        if op.name == "barrier":
            continue
        if op.name == "measure":
            if qubits[0] in bit_of:
                raise InputError(name, f"measures qubit {qubits[0]} twice")
            bit_of[qubits[0]] = clindex[inst.clbits[0]]
            continue
        if inst.clbits or any(q in bit_of for q in qubits):
            raise InputError(name, f"has an operation ({op.name}) after a measurement or on classical bits")
        unitary._append(inst)
    if not bit_of:
        return Prepared(unitary, tuple(range(n)))
    if len(bit_of) != n or len(set(bit_of.values())) != n:
        raise InputError(name, "must measure every qubit exactly once, each into its own classical bit")
    if len(circuit.clbits) != n:
        # the class is the value of the classical bits: with more bits than qubits it would not be 0..2^n-1
        raise InputError(
            name,
            f"has {len(circuit.clbits)} classical bits for {n} qubits; measure qubit i into bit i of one register",
        )
    ranked = sorted(bit_of, key=bit_of.__getitem__)  # the qubit read into classical bit 0, 1, ...
    return Prepared(unitary, tuple(ranked))


def _shared_copy(circuit: QuantumCircuit) -> QuantumCircuit:
    """A new circuit holding ``circuit``'s instructions, their operations shared (never mutated here).

    One slice and one extend of Qiskit's ``CircuitData``: this keeps the gate objects Qiskit has
    already built and cached (``QuantumCircuit.copy()`` drops them, and Aer's assembly, which reads
    every operation, then builds one per gate: measured, ``check``'s simulate stage at N = 512 took
    2-3.5 s longer).
    """
    out = circuit.copy_empty_like()
    out._data.extend(circuit._data[:])
    return out


@cache
def _aer_operations() -> frozenset[str]:
    return frozenset(AerSimulator(method="statevector").configuration().basis_gates) | {"measure", "barrier"}


def _for_aer(circuits: Sequence[QuantumCircuit], sim: AerSimulator) -> list[QuantumCircuit]:
    """Circuits Aer can run: unchanged if every operation is native to Aer, else transpiled (level 0)."""
    native = _aer_operations()
    compiled = [qc if set(qc.count_ops()) <= native else _transpile_for_aer(qc, sim) for qc in circuits]
    for qc in compiled:
        if "multiplexer" not in qc.count_ops():
            continue
        for inst in qc.data:
            op = inst.operation
            # Aer segfaults on a multiplexer without its matrices; refuse it up front.
            if op.name == "multiplexer" and len(op.params) != 2 ** (op.num_qubits - 1):
                raise SimulationError(f"malformed multiplexer on {op.num_qubits} qubits")
    return compiled


def _transpile_for_aer(circuit: QuantumCircuit, sim: AerSimulator) -> QuantumCircuit:
    try:
        return transpile(circuit, backend=sim, optimization_level=0)
    except Exception as exc:  # e.g. an opaque gate: nothing defines it, so nothing can run it
        foreign = ", ".join(sorted(set(circuit.count_ops()) - _aer_operations())[:5])
        detail = " ".join(str(exc).split())[:200]
        raise InputError("circuit", f"has gates Aer cannot run ({foreign}): {detail}") from None


def compile_for_aer(circuits: Sequence[Prepared], backend: Backend = Backend()) -> list[Prepared]:
    """The same circuits with every abstract gate synthesised as Aer would run it.

    After this, Aer and :func:`reference_probabilities` simulate the very same
    gates (an abstract ``PauliEvolutionGate`` would otherwise be read as its
    exact matrix by ``Statevector`` but as its Trotter circuit by Aer).
    """
    sim = AerSimulator(**backend.options())
    compiled = _for_aer([p.unitary for p in circuits], sim)
    return [Prepared(qc, p.order) for qc, p in zip(compiled, circuits, strict=True)]


def _sub_jobs(size: int, backend: Backend) -> list[tuple[int, int]]:
    """``(start, stop)`` of each sub-job of a batch of ``size`` items on ``backend.executor``."""
    workers = getattr(backend.executor, "workers", 1)
    per_job = backend.max_job_size or max(1, math.ceil(size / max(1, int(workers))))
    return [(start, min(start + per_job, size)) for start in range(0, size, per_job)]


def _execute(backend: Backend, job: Callable[[list[Any], int], list[T]], items: list[Any]) -> list[T]:
    """``job(items, 0)`` in this process, or ``job(items[a:b], a)`` per sub-job on the executor.

    ``job`` is a module-level function (a worker imports it by name) that returns
    one result per item; the sub-jobs' results are joined in order. A failure of
    the executor itself (lost worker, unreachable scheduler) is a
    :class:`SimulationError`; the pending sub-jobs are cancelled. An empty batch runs nothing.
    """
    if not items:
        return []
    if backend.executor is None:
        return job(items, 0)
    futures: list[Future[list[T]]] = []
    out: list[T] = []
    try:
        for a, b in _sub_jobs(len(items), backend):
            futures.append(backend.executor.submit(job, items[a:b], a))
        for future in futures:
            out += future.result()
    except QlensError:
        raise
    except Exception as exc:
        raise SimulationError(
            f"executor failed: {' '.join(str(exc).split())[:300] or type(exc).__name__}"
        ) from None
    finally:
        for future in futures:
            future.cancel()
    return out


@cache
def _seed_stride() -> int:
    """How far apart Aer seeds consecutive circuits of one run (circuit ``i`` gets ``seed + i * stride``).

    Read from Aer (2113 in qiskit-aer 0.18); refuses an Aer whose per-circuit seeds
    are not of that form, since sub-jobs could then not reproduce a single run.
    """
    qc = QuantumCircuit(1, 1)
    qc.measure(0, 0)
    result = AerSimulator(method="statevector").run([qc, qc, qc], shots=1, seed_simulator=0).result()
    seeds = [int(getattr(res, "seed_simulator", -1)) for res in result.results]
    stride = seeds[1] - seeds[0] if len(seeds) == 3 else 0
    if seeds != [0, stride, 2 * stride]:
        raise SimulationError(
            f"this Aer seeds the circuits of one run with {seeds}, not seed + i * stride; "
            "sub-jobs would change the counts (run without an executor)"
        )
    return stride


def _run(sim: AerSimulator, circuits: list[QuantumCircuit]) -> list[NDArray[np.complex128]]:
    try:
        result = sim.run(circuits).result()
    except Exception as exc:
        raise SimulationError(f"Aer failed: {' '.join(str(exc).split())[:300]}") from None
    if not result.success:
        raise SimulationError(f"Aer failed: {result.status}")
    return [np.asarray(result.get_statevector(i)) for i in range(len(circuits))]


def _statevector_job(
    circuits: list[QuantumCircuit], _start: int, options: dict[str, object]
) -> list[NDArray[np.complex128]]:
    """Statevectors of circuits ending in ``save_statevector`` (one Aer call)."""
    return _run(AerSimulator(**options), circuits)


def statevectors(circuits: Sequence[Prepared], backend: Backend = Backend()) -> list[NDArray[np.complex128]]:
    """Aer statevectors of the unitary parts (one Aer call for the batch, or one per sub-job)."""
    options = backend.options()
    sim = AerSimulator(**options)
    batch = []
    for prepared in circuits:
        qc = _shared_copy(prepared.unitary)
        qc.save_statevector()
        batch.append(qc)
    return _execute(backend, partial(_statevector_job, options=options), _for_aer(batch, sim))


def exact_probabilities(
    circuits: Sequence[Prepared], backend: Backend = Backend()
) -> list[NDArray[np.float64]]:
    """Born probabilities ``|<j|psi>|^2`` per class index (in each circuit's bit order)."""
    out = []
    for prepared, sv in zip(circuits, statevectors(circuits, backend), strict=True):
        if prepared.order == tuple(range(prepared.num_qubits)):
            out.append(np.abs(sv) ** 2)
        else:
            out.append(Statevector(sv).probabilities(list(prepared.order)))
    return out


def reference_probabilities(prepared: Prepared) -> NDArray[np.float64]:
    """Born probabilities from :class:`qiskit.quantum_info.Statevector` (independent of Aer)."""
    return Statevector(prepared.unitary).probabilities(list(prepared.order))


def _counts(raw: dict[str, int], size: int) -> NDArray[np.int64]:
    """Aer's counts (hex keys: the value of the classical bits) as a histogram over the class indices."""
    out = np.zeros(size, dtype=np.int64)
    for key, count in raw.items():
        out[int(key, 16)] += count
    return out


def _seeded_run(
    circuits: list[QuantumCircuit], start: int, shots: int, seed: int, options: dict[str, object]
) -> Any:
    """One Aer run of a slice of a batch seeded with ``seed``: circuit ``start + i`` gets its seed in the batch.

    Aer gives circuit ``i`` of a run the seed ``seed_simulator + i * stride``; running the
    slice with ``seed + start * stride`` gives every circuit the seed it has in the whole batch.
    """
    job_seed = seed + start * _seed_stride() if start else seed
    try:
        result = AerSimulator(**options).run(circuits, shots=shots, seed_simulator=job_seed).result()
    except Exception as exc:
        raise SimulationError(f"Aer failed: {' '.join(str(exc).split())[:300]}") from None
    if not result.success:
        raise SimulationError(f"Aer failed: {result.status}")
    return result


def _counts_job(
    circuits: list[QuantumCircuit], start: int, shots: int, seed: int, options: dict[str, object]
) -> list[NDArray[np.int64]]:
    result = _seeded_run(circuits, start, shots, seed, options)
    return [_counts(result.data(i)["counts"], 2**qc.num_clbits) for i, qc in enumerate(circuits)]


def sample_counts(
    circuits: Sequence[Prepared], shots: int, seed: int, backend: Backend = Backend()
) -> list[NDArray[np.int64]]:
    """Shot counts per class index from Aer (``AerSimulator.run`` counts; seeded; one call for the batch).

    Aer aggregates the shots itself: about twice as fast as ``SamplerV2``, which hands
    every shot's bits back to Python (``qlens-q bench`` measures both side by side). With
    an executor each sub-job is seeded so that every circuit gets the seed it has in the
    single in-process call: the counts are the same, circuit by circuit.
    """
    options = backend.options()
    measured = _for_aer([p.measured() for p in circuits], AerSimulator(**options))
    return _execute(backend, partial(_counts_job, shots=shots, seed=seed, options=options), measured)


@dataclass(frozen=True)
class Reading:
    """What one Aer run says of a circuit: exact Born probabilities, shot counts and ``<M>``."""

    probabilities: NDArray[np.float64]
    counts: NDArray[np.int64]
    expectation: float


def _readings_job(
    pairs: list[tuple[QuantumCircuit, tuple[int, ...]]],
    start: int,
    shots: int,
    seed: int,
    options: dict[str, object],
) -> list[Reading]:
    circuits = [qc for qc, _ in pairs]
    result = _seeded_run(circuits, start, shots, seed, options)
    out = []
    for i, (qc, order) in enumerate(pairs):
        data = result.data(i)
        sv = np.asarray(data["statevector"])
        probs = (
            np.abs(sv) ** 2
            if order == tuple(range(len(order)))
            else Statevector(sv).probabilities(list(order))
        )
        # a circuit run without measurements (readings' ``measured``) has no counts: no shot
        counts = (
            _counts(data["counts"], 2**qc.num_clbits)
            if qc.num_clbits
            else np.zeros(2 ** len(order), np.int64)
        )
        out.append(Reading(probs, counts, float(np.real(data["expectation"]))))
    return out


@lru_cache(maxsize=256)
def _save_expectation(num_qubits: int, order: tuple[int, ...]) -> SaveExpectationValue:
    """Aer's save of ``<M>`` (:func:`~qlens_q.observables.measurement_operator` in bit order ``order``),
    labelled ``expectation``: built once per shape and shared by the circuits of that shape (appending
    an instruction without parameters does not copy or change it). Building one checks the operator is
    Hermitian: about 1 ms. The last 256 shapes are kept (a run has a few)."""
    return SaveExpectationValue(measurement_operator(num_qubits, order), label="expectation")


def readings(
    circuits: Sequence[Prepared],
    shots: int,
    seed: int,
    backend: Backend = Backend(),
    measured: Sequence[bool] | None = None,
) -> list[Reading]:
    """Exact probabilities, ``shots`` counts (seeded) and exact ``<M>`` of each circuit, in one Aer run per batch.

    Each circuit is run as its unitary part, then ``save_statevector`` and
    ``save_expectation_value(M)`` (what ``EstimatorV2`` computes, here in the same
    simulation), then its measurements: Aer simulates the state once, saves both, and
    samples the shots from it. One assembly of the circuit instead of three separate
    runs (statevector, sampler, estimator), which for a 12-qubit layer of 20,000 gates
    is most of the time. Seeds work as in :func:`sample_counts`.

    ``measured[i] = False`` runs circuit ``i`` without its measurements: Aer then draws no
    shot for it (its counts are zeros), which saves the per-shot work (about 1 µs a shot
    here), and every other circuit keeps the seed, hence the counts, it has when all are
    measured. ``None`` measures every circuit.
    """
    if measured is not None and len(measured) != len(circuits):
        raise InputError("measured", f"{len(measured)} flags for {len(circuits)} circuits")
    options = backend.options()
    pairs = []
    for i, prepared in enumerate(circuits):
        qc = _shared_copy(prepared.unitary)
        qc.save_statevector(label="statevector")
        qc.append(_save_expectation(prepared.num_qubits, prepared.order), range(prepared.num_qubits))
        if measured is None or measured[i]:
            _measure(qc, prepared.order)
        pairs.append(qc)
    compiled = _for_aer(pairs, AerSimulator(**options))
    jobs = [(qc, p.order) for qc, p in zip(compiled, circuits, strict=True)]
    return _execute(backend, partial(_readings_job, shots=shots, seed=seed, options=options), jobs)
