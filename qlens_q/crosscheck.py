"""The Born-rule cross-check: does a circuit's output match the model's distribution?

For a circuit (as exported or transpiled) and an expected distribution ``q``
over ``N <= 2^n`` classes (zero-padded to ``2^n``), Aer gives the exact Born
probabilities ``p`` (statevector), ``shots`` samples, and the exact ``<M>`` (what
``EstimatorV2`` computes, ``save_expectation_value``), all from one Aer run
(:func:`qlens_q.simulation.readings`). The verdict passes when all of these hold:

1. **Exact.** ``max_j |p_j - q_j| <= tol`` (default ``1e-9``). Reported beside it:
   total variation ``(1/2) sum |p - q|`` and classical fidelity ``(sum sqrt(p q))^2``.
2. **Aer agrees with an independent simulator.** For ``n <= reference_max_qubits``
   (and at most ``reference_max_ops`` gates) the same circuit is also run through
   :class:`qiskit.quantum_info.Statevector`; the two must agree within ``tol``.
   ``quantum_info`` simulates gate by gate in Python (about 0.2 ms a gate on a 2-core
   machine, 20x Aer's time for a 9-qubit layer), so a circuit of more than
   ``reference_always_ops`` gates gets the reference only where the caller selects it
   (``reference=``; :func:`qlens_q.check` selects its first circuit) or where Aer's exact
   check (1) fails, to tell which simulator is wrong
   (``reference_on_failure``; the held-out test, whose circuits may fail by design and whose
   every Born distribution is checked against an independent numpy product, turns it off).
   Check (1) itself runs on every circuit.
3. **No impossible outcome.** No shot lands on a class with ``q_j = 0`` (this
   includes the padding states of a non-power-of-two ``N``).
4. **Shots fit q.** Pearson's chi-square goodness of fit (``scipy.stats.chisquare``)
   on the classes with ``q_j > 0``, bins with expected count < 5 pooled
   (:func:`chi_square`; exact binomial when two bins remain), does not reject at
   level ``a / 2``.
5. **<M> fits q.** The mean class over the shots against ``sum_j j q_j``
   (:func:`mean_test`: a z-test, exact binomial for two outcomes) does not
   reject at level ``a / 2``; and Aer's exact ``<M>`` is within
   ``tol * sum_j j`` of ``sum_j j q_j``.

**Circuits without shots.** :func:`crosscheck`'s ``shots_on`` may leave circuits out of the
shots (``qlens_q.check``'s ``shot_examples``): they get tests 1 and 2 and the exact ``<M>``,
and no Aer shot at all (``shots = 0`` in their verdict).

**False alarms.** Tests 4 and 5 are the only random ones. ``alpha`` (default
``1e-3``) is the false-alarm rate of a whole *family* of checks: each circuit
is tested at ``a = alpha / family_size`` (Bonferroni), where ``family_size``
defaults to the number of circuits with shots in the call. By the union bound, a batch of
correct circuits raises any false alarm with probability at most ``alpha``
whenever each test keeps its level ``a / 2``: exactly so for two outcomes (both
tests are then exact binomial tests), and up to the chi-square and normal
approximations for three or more, whose actual rates ``experiments/false_alarm.py``
measures.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import Any

import numpy as np
import scipy.stats
from numpy.typing import NDArray
from qiskit import QuantumCircuit

from qlens_q import observables, simulation, states, validation
from qlens_q.circuits.metrics import operations
from qlens_q.errors import InputError
from qlens_q.simulation import Backend, Prepared

#: Expected count below which chi-square bins are pooled.
MIN_EXPECTED_COUNT = 5.0


@dataclass(frozen=True)
class CheckConfig:
    """Settings of the cross-check.

    Attributes:
        shots: samples per circuit.
        seed: seed of Aer's sampler (the same seed gives the same counts).
        tol: largest accepted exact Born error.
        alpha: false-alarm rate of the shot tests over the whole family of circuits.
        family_size: circuits sharing ``alpha`` (default: the circuits of one call).
        reference_max_qubits: largest circuit also checked with ``quantum_info.Statevector``
            (a gate-by-gate Python simulator, so also limited to ``reference_max_ops`` gates).
        reference_always_ops: circuits of at most this many gates always get the reference;
            larger ones where :func:`crosscheck`'s ``reference`` selects them or, with
            ``reference_on_failure``, where Aer's exact check fails.
        reference_on_failure: give the reference to every large circuit that fails Aer's
            exact check (to tell whether Aer or the circuit is wrong).
        backend: Aer device and options.
    """

    shots: int = 10_000
    seed: int = 0
    tol: float = 1e-9
    alpha: float = 1e-3
    family_size: int | None = None
    reference_max_qubits: int = 12
    reference_max_ops: int = 20_000
    reference_always_ops: int = 256
    reference_on_failure: bool = True
    backend: Backend = field(default_factory=Backend)

    def __post_init__(self) -> None:
        validation.integer(self.shots, "shots", 1, validation.MAX_SHOTS)
        validation.integer(self.seed, "seed", 0, validation.MAX_SEED)
        validation.tolerance(self.tol, "tol")
        validation.false_alarm_rate(self.alpha, "alpha")
        if self.family_size is not None:
            validation.positive_int(self.family_size, "family_size")
        validation.positive_int(self.reference_always_ops, "reference_always_ops", minimum=0)


@dataclass(frozen=True)
class Verdict:
    """The machine-readable outcome of one cross-check (see the module docstring)."""

    passed: bool
    failures: tuple[str, ...]
    num_qubits: int
    num_classes: int
    max_abs_error: float
    total_variation: float
    fidelity: float
    reference_max_abs_error: float | None
    impossible_probability: float
    impossible_counts: int
    chi2: float
    chi2_dof: int
    chi2_p: float
    mean_expected: float
    mean_estimator: float
    mean_shots: float
    mean_z: float
    mean_p: float
    shots: int
    seed: int
    tol: float
    alpha: float
    alpha_per_circuit: float
    probabilities: tuple[float, ...]
    counts: tuple[int, ...]
    example: str | None = None
    circuit: str | None = None

    @property
    def shots_fit(self) -> bool:
        """Whether the shots alone are consistent with ``q`` (tests 3 to 5's random part).

        No shot on an impossible class, and neither shot test rejects at
        ``alpha_per_circuit / 2``: a circuit whose distribution is ``q`` fails this with
        probability at most ``alpha_per_circuit`` (the false-alarm level); the exact checks
        are left out, so an operator that is only close to ``q`` can pass. Vacuously true for a
        circuit run without shots (``shots == 0``).
        """
        half = self.alpha_per_circuit / 2
        return self.impossible_counts == 0 and not self.chi2_p < half and not self.mean_p < half

    def to_dict(self, *, with_distributions: bool = True) -> dict[str, Any]:
        """JSON-ready dictionary; drop the long vectors with ``with_distributions=False``.

        ``example`` and ``circuit`` (the example id and sub-layer of a run's circuit)
        lead the dictionary when they are set and are left out otherwise. A number that is not
        finite (``mean_z`` when every shot misses a deterministic ``q``) is written as ``None``:
        JSON has no infinity.
        """
        out = {
            k: (v if not isinstance(v, float) or math.isfinite(v) else None) for k, v in asdict(self).items()
        }
        labels = {key: out.pop(key) for key in ("example", "circuit")}
        out = {**{k: v for k, v in labels.items() if v is not None}, **out}
        out["failures"] = list(self.failures)
        if with_distributions:
            out["probabilities"] = list(self.probabilities)
            out["counts"] = list(self.counts)
        else:
            del out["probabilities"], out["counts"]
        return out


def _groups_of_min_expected(expected: NDArray[np.float64]) -> list[NDArray[np.intp]]:
    """Indices grouped in increasing order of ``expected``, each group expecting at least 5.

    Depends on the expected counts only (never on the shots), so the pooled test
    keeps its level; a last group short of 5 joins the one before it.
    """
    groups: list[list[int]] = [[]]
    total = 0.0
    for i in np.argsort(expected, kind="stable"):
        if total >= MIN_EXPECTED_COUNT:
            groups.append([])
            total = 0.0
        groups[-1].append(int(i))
        total += float(expected[i])
    if total < MIN_EXPECTED_COUNT and len(groups) > 1:
        last = groups.pop()
        groups[-1] += last
    return [np.asarray(g, dtype=np.intp) for g in groups]


def chi_square(counts: NDArray[np.int64], q: NDArray[np.float64]) -> tuple[float, int, float]:
    """Pearson's chi-square of ``counts`` against ``q`` on ``q > 0``, small bins pooled.

    Returns ``(statistic, degrees of freedom, p-value)``. The bins are fixed by
    ``q`` and the number of shots alone:

    * classes expecting at least 5 shots are bins of their own, and the others are
      pooled into one bin (merged into the smallest other bin if still below 5);
    * when every class expects fewer than 5 (a large vocabulary), the classes are
      grouped in increasing order of ``q``, each group expecting at least 5;
    * when that leaves at most two bins (two classes; one dominant class and rare
      others; fewer than 10 shots), the p-value is instead the exact two-sided
      (equal-tailed) binomial test of the shots outside the most probable class,
      with the Pearson statistic and one degree of freedom of that two-bin split.

    ``(0, 0, 1)`` only for a deterministic ``q`` or no shots (nothing to test).
    With three or more bins the p-value is the asymptotic chi-square one (every
    bin expects at least 5; ``experiments/false_alarm.py`` measures its rate);
    with two it is exact, and never above the nominal level.
    """
    support = q > 0
    observed = counts[support].astype(np.float64)
    total = observed.sum()
    if total == 0 or support.sum() < 2:
        return 0.0, 0, 1.0
    expected = expected_all = q[support] / q[support].sum() * total
    observed_all = observed
    small = expected < MIN_EXPECTED_COUNT
    if small.all():
        groups = _groups_of_min_expected(expected)
        expected = np.array([expected[g].sum() for g in groups])
        observed = np.array([observed[g].sum() for g in groups])
    elif small.any():
        expected = np.append(expected[~small], expected[small].sum())
        observed = np.append(observed[~small], observed[small].sum())
        if expected[-1] < MIN_EXPECTED_COUNT:
            k = int(np.argmin(expected[:-1]))
            expected[k] += expected[-1]
            observed[k] += observed[-1]
            expected, observed = expected[:-1], observed[:-1]
    if expected.shape[0] <= 2:  # at most two bins: the dominant class against the rest, exactly
        top = int(np.argmax(expected_all))
        # summed, not total - top: a class of probability 1e-18 leaves total - top == 0.0 in floats
        rest_expected = float(np.delete(expected_all, top).sum())
        rest_observed = float(total - observed_all[top])
        pair_e = np.array([expected_all[top], rest_expected])
        pair_o = np.array([observed_all[top], rest_observed])
        statistic = float(np.sum((pair_o - pair_e) ** 2 / pair_e))
        if support.sum() == 2:  # the same test as the <M> one: computed once
            return statistic, 1, _two_outcome_p(counts, q)
        return statistic, 1, _binomial_p(round(rest_observed), round(total), rest_expected / total)
    res = scipy.stats.chisquare(observed, expected)
    return float(res.statistic), int(expected.shape[0] - 1), float(res.pvalue)


def mean_test(counts: NDArray[np.int64], q: NDArray[np.float64]) -> tuple[float, float]:
    """``(z, p)``: the shots' mean class against ``<M>_q = sum_j j q_j``.

    ``z = (mean over shots - <M>_q) / (sd_q / sqrt(shots))``, always reported. The
    two-sided p-value is exact where ``q`` has two outcomes ``j0 < j1`` (the shot
    mean is then ``j0 + (j1 - j0) k / shots`` with ``k ~ Binomial(shots, q_j1)``:
    the equal-tailed binomial test, never above its nominal level) and the normal
    ``2 P(Z > |z|)`` otherwise (the central limit theorem; its rate is measured by
    ``experiments/false_alarm.py``). For a deterministic ``q``: ``p = 1`` when every
    shot is on its class, else ``0``.
    """
    shots = int(counts.sum())
    mean_expected = observables.mean_class(q)
    sd = float(np.sqrt(observables.class_variance(q)))
    mean_shots = observables.mean_class(counts / shots)
    if sd == 0:
        same = mean_shots == mean_expected
        return (0.0, 1.0) if same else (float("inf"), 0.0)
    z = float((mean_shots - mean_expected) / (sd / np.sqrt(shots)))
    if np.count_nonzero(q) == 2:
        return z, _two_outcome_p(counts, q)
    return z, float(2 * scipy.stats.norm.sf(abs(z)))


def _two_outcome_p(counts: NDArray[np.int64], q: NDArray[np.float64]) -> float:
    """Exact two-sided binomial p-value of the shots on the second of ``q``'s two outcomes."""
    j0, j1 = (int(j) for j in np.flatnonzero(q > 0))
    return _binomial_p(int(counts[j1]), int(counts.sum()), float(q[j1] / (q[j0] + q[j1])))


@lru_cache(maxsize=4096)
def _binomial_p(k: int, n: int, p: float) -> float:
    """Exact two-sided binomial p-value of ``k`` successes in ``n`` at rate ``p``, equal-tailed.

    ``min(1, 2 min(P(X <= k), P(X >= k)))`` with ``X ~ Binomial(n, p)``
    (``scipy.stats.binom``): each tail is at most half the level under the null,
    so the test never rejects more often than its level. Cached: both shot tests
    of a two-outcome circuit are this one test.
    """
    lower = float(scipy.stats.binom.cdf(k, n, p))
    upper = float(scipy.stats.binom.sf(k - 1, n, p))
    return min(1.0, 2.0 * min(lower, upper))


def _expected_vector(q: Any, num_qubits: int, name: str) -> tuple[NDArray[np.float64], int]:
    probs = validation.probabilities(q, name)
    if probs.shape[0] > 2**num_qubits:
        raise InputError(
            name, f"has {probs.shape[0]} classes but the circuit has {num_qubits} qubits (<= {2**num_qubits})"
        )
    return states.pad(probs, num_qubits), int(probs.shape[0])


def _verdict(
    prepared: Prepared,
    q: NDArray[np.float64],
    num_classes: int,
    p: NDArray[np.float64],
    counts: NDArray[np.int64],
    mean_estimator: float,
    config: CheckConfig,
    level: float,
    selected: bool,
) -> Verdict:
    failures: list[str] = []
    err = float(np.max(np.abs(p - q)))
    exact = err <= config.tol
    if not exact:
        failures.append(f"exact Born error {err:.3g} > tol {config.tol:g}")
    reference_err = None
    size = operations(prepared.unitary)
    if (
        prepared.num_qubits <= config.reference_max_qubits
        and size <= config.reference_max_ops
        and (size <= config.reference_always_ops or selected or (config.reference_on_failure and not exact))
    ):
        reference_err = float(np.max(np.abs(simulation.reference_probabilities(prepared) - p)))
        if not reference_err <= config.tol:
            failures.append(f"Aer and quantum_info.Statevector differ by {reference_err:.3g}")
    impossible = q == 0
    impossible_counts = int(counts[impossible].sum())
    if impossible_counts:
        failures.append(f"{impossible_counts} shots on classes with expected probability 0")
    mean_expected = observables.mean_class(q)
    shots = int(counts.sum())
    if shots:
        chi2, dof, chi2_p = chi_square(counts, q)
        if chi2_p < level / 2:
            failures.append(f"chi-square rejects the shots (p = {chi2_p:.3g} < {level / 2:.3g})")
        mean_shots = observables.mean_class(counts / shots)
        mean_z, mean_p = mean_test(counts, q)
        if mean_p < level / 2:
            failures.append(
                f"<M> over shots is {mean_z:.2f} standard errors from sum j q_j (p = {mean_p:.3g} < {level / 2:.3g})"
            )
    else:  # a circuit run without shots (crosscheck's ``shots_on``): nothing random to test
        chi2, dof, chi2_p = 0.0, 0, 1.0
        mean_shots, mean_z, mean_p = float("nan"), 0.0, 1.0
    mean_tol = config.tol * (2**prepared.num_qubits - 1) * 2**prepared.num_qubits / 2
    if not abs(mean_estimator - mean_expected) <= mean_tol:
        failures.append(f"exact <M> = {mean_estimator:.12g}, expected {mean_expected:.12g}")
    return Verdict(
        passed=not failures,
        failures=tuple(failures),
        num_qubits=prepared.num_qubits,
        num_classes=num_classes,
        max_abs_error=err,
        total_variation=float(0.5 * np.abs(p - q).sum()),
        fidelity=float(np.sum(np.sqrt(p * q)) ** 2),
        reference_max_abs_error=reference_err,
        impossible_probability=float(p[impossible].sum()),
        impossible_counts=impossible_counts,
        chi2=chi2,
        chi2_dof=dof,
        chi2_p=chi2_p,
        mean_expected=mean_expected,
        mean_estimator=mean_estimator,
        mean_shots=mean_shots,
        mean_z=mean_z,
        mean_p=mean_p,
        shots=shots,
        seed=config.seed,
        tol=config.tol,
        alpha=config.alpha,
        alpha_per_circuit=level,
        probabilities=tuple(float(x) for x in p),
        counts=tuple(int(c) for c in counts),
    )


def shot_family(count: int, shots_on: Sequence[bool] | None) -> int:
    """The Bonferroni family of ``count`` circuits of which ``shots_on`` selects those with shots
    (``None``: all): the circuits with shots, at least one."""
    return count if shots_on is None else max(1, sum(bool(x) for x in shots_on))


def crosscheck(
    circuits: Sequence[QuantumCircuit],
    expected: Sequence[Any],
    config: CheckConfig = CheckConfig(),
    reference: Sequence[bool] | None = None,
    shots_on: Sequence[bool] | None = None,
) -> list[Verdict]:
    """Cross-check a batch of circuits against their expected distributions (one Aer run for the batch).

    ``reference[i]`` selects circuit ``i`` for the ``quantum_info`` reference when it has more
    than ``config.reference_always_ops`` gates (see test 2 of the module docstring); ``None``
    selects every circuit. ``shots_on[i] = False`` runs circuit ``i`` without shots: tests 1, 2
    and Aer's exact ``<M>`` only (its verdict has ``shots = 0``); the circuits with shots keep the
    counts they have when every circuit is shot, and share ``alpha`` (``family_size`` defaults to
    their number). ``None`` shoots every circuit.
    """
    if len(circuits) != len(expected):
        raise InputError("expected", f"{len(expected)} distributions for {len(circuits)} circuits")
    if reference is not None and len(reference) != len(circuits):
        raise InputError("reference", f"{len(reference)} selections for {len(circuits)} circuits")
    if shots_on is not None and len(shots_on) != len(circuits):
        raise InputError("shots_on", f"{len(shots_on)} selections for {len(circuits)} circuits")
    if not circuits:
        return []
    prepared = simulation.compile_for_aer(
        [simulation.prepare(qc, f"circuit[{i}]") for i, qc in enumerate(circuits)], config.backend
    )
    targets = [
        _expected_vector(q, pc.num_qubits, f"expected[{i}]" if len(expected) > 1 else "expected")
        for i, (q, pc) in enumerate(zip(expected, prepared, strict=True))
    ]
    measured = None if shots_on is None else [bool(x) for x in shots_on]
    readings = simulation.readings(prepared, config.shots, config.seed, config.backend, measured)
    level = config.alpha / (config.family_size or shot_family(len(prepared), measured))
    selected = [True] * len(prepared) if reference is None else [bool(x) for x in reference]
    return [
        _verdict(pc, q, n_cls, r.probabilities, r.counts, r.expectation, config, level, chosen)
        for pc, (q, n_cls), r, chosen in zip(prepared, targets, readings, selected, strict=True)
    ]


def crosscheck_one(circuit: QuantumCircuit, expected: Any, config: CheckConfig = CheckConfig()) -> Verdict:
    """:func:`crosscheck` for a single circuit."""
    return crosscheck([circuit], [expected], config)[0]
