"""False-alarm rate and power of the Born-rule cross-check (issue "Statistical honesty").

:func:`qlens_q.crosscheck.crosscheck` has two random tests on Aer's shots,
each at half the per-circuit level ``a = alpha / family_size``: Pearson's
chi-square goodness of fit (rejects when ``chi2_p < a / 2``) and the test of the
mean class ``<M>`` (rejects when ``mean_p < a / 2``); for two outcomes both are
exact binomial tests. A correct circuit should therefore be rejected by each
test with probability at most about ``a / 2`` and by either with probability at
most about ``a`` (union bound). This module *measures* that.

:func:`false_alarm_study`
    Random correct circuits: for each circuit a number of classes ``N`` (cycling
    through ``sizes``), ``p_in, p_out ~ Dirichlet(1, ..., 1)`` (seeded), the
    ``structured`` layer circuit (exact), exported with
    :func:`qlens_q.qasm.transpile_for_export`, cross-checked against ``p_out`` in
    chunks of ``chunk_size`` circuits per :func:`~qlens_q.crosscheck.crosscheck`
    call (each chunk with its own sampler seed). At the level of the call
    (``alpha / family_size``) the rejections are counted from the verdicts'
    failure messages (``chi-square ...`` and ``<M> over shots ...``). The same
    shots are also judged at the larger per-circuit ``levels`` (default 0.05 and
    0.01), from the recorded ``chi2_p`` and ``mean_p`` with exactly the
    cross-check's thresholds, so that a few thousand circuits give enough alarms
    to measure; at the call level both readings are compared circuit by circuit
    (``decision_rule_consistent``). Each rate comes with a Clopper-Pearson 95%
    interval and an exact binomial test against the nominal rate (two-sided for a
    single test at ``a / 2``; one-sided "greater" for *either*, whose nominal ``a``
    is only an upper bound). Levels share the shots, so their rates are
    correlated; each one on its own is an honest estimate. Kolmogorov-Smirnov
    tests of all ``chi2_p`` against U(0, 1) and of all ``mean_z`` against N(0, 1)
    check the calibration at every level at once.

:func:`power_study`
    Deliberately wrong circuits, checked at ``alpha`` with ``family_size = 1``:

    * ``trotter``: the layer synthesised as one step of Lie-Trotter evolution
      (``Synthesis("evolution", trotter_reps=1, trotter_order=1)``), exported,
      checked against the exact ``p_out``;
    * ``mixture``: a correct structured layer circuit checked against a slightly
      wrong expectation ``q' = (1 - w) p_out + w / N`` (``w`` in ``mix_weights``).

    Reported: how often the verdict fails (any check, the exact one included),
    how often the two random shot tests alone reject (chi-square or ``<M>``, the
    exact and Estimator checks ignored), each test separately, the impossible-outcome
    check, and the power the two tests are *predicted* to have (chi-square:
    noncentral chi-square with the test's own pooling; ``<M>``: normal with the
    true mean and variance), with the distance (total variation) of what was
    simulated from what was expected.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any, cast

import numpy as np
import scipy.stats
from numpy.typing import NDArray
from qiskit import QuantumCircuit
from tqdm import tqdm

from qlens_q import observables, qasm, states
from qlens_q.circuits import Synthesis, layer_circuit
from qlens_q.crosscheck import CheckConfig, Verdict, chi_square, crosscheck
from qlens_q.errors import InputError
from qlens_q.operators import layer_operator

#: Numbers of classes of the false-alarm study (1, 2, 3, 3 and 4 qubits; 3 and 5 are padded).
SIZES: tuple[int, ...] = (2, 3, 5, 8, 16)
#: Extra per-circuit levels judged on the same shots (so that alarms are frequent enough to count).
LEVELS: tuple[float, ...] = (0.05, 0.01)
#: Numbers of classes of the Trotter power study.
TROTTER_SIZES: tuple[int, ...] = tuple(range(2, 17))
#: Weights ``w`` of the uniform distribution mixed into the expectation in the power study.
MIX_WEIGHTS: tuple[float, ...] = (0.01, 0.03, 0.1)
#: Circuits per cross-check call.
CHUNK_SIZE = 250
#: The three readings reported: chi-square alone, the <M> z-test alone, either of them.
TESTS: tuple[str, ...] = ("chi_square", "z_test", "either")
CONFIDENCE = 0.95
#: Failure messages of the two random shot tests (see :func:`qlens_q.crosscheck._verdict`).
CHI_SQUARE_MESSAGE = "chi-square"
Z_TEST_MESSAGE = "<M> over shots"
IMPOSSIBLE_MESSAGE = "shots on classes with expected probability 0"


@dataclass(frozen=True)
class _Case:
    """One circuit to check: its exported gates, what it should give, and its labels."""

    circuit: QuantumCircuit
    expected: NDArray[np.float64]
    num_classes: int
    group: Any


def shot_rejections(verdict: Verdict) -> tuple[bool, bool]:
    """``(chi-square rejected, <M> z-test rejected)`` as the verdict's failure messages say."""
    chi = any(f.startswith(CHI_SQUARE_MESSAGE) for f in verdict.failures)
    z = any(f.startswith(Z_TEST_MESSAGE) for f in verdict.failures)
    return chi, z


def rejections_at(verdict: Verdict, level: float) -> tuple[bool, bool]:
    """``(chi-square, z-test)`` rejections at per-circuit ``level``, with the cross-check's thresholds."""
    return verdict.chi2_p < level / 2, verdict.mean_p < level / 2


def rate_summary(
    rejections: int, trials: int, nominal: float | None = None, *, bound: bool = False
) -> dict[str, Any]:
    """Observed rate with a Clopper-Pearson 95% interval, and an exact binomial test against ``nominal``.

    With ``bound=True`` the nominal rate is an upper bound: the test is one-sided
    ("is the rate above it?") and ``consistent`` means the interval reaches down to it.
    """
    if trials < 1:
        raise InputError("trials", f"must be >= 1, got {trials}")
    ci = scipy.stats.binomtest(rejections, trials).proportion_ci(confidence_level=CONFIDENCE, method="exact")
    out: dict[str, Any] = {
        "trials": int(trials),
        "rejections": int(rejections),
        "rate": rejections / trials,
        "ci_low": float(ci.low),
        "ci_high": float(ci.high),
    }
    if nominal is not None:
        test = scipy.stats.binomtest(
            rejections, trials, nominal, alternative="greater" if bound else "two-sided"
        )
        out["nominal"] = float(nominal)
        out["nominal_is_bound"] = bound
        out["binom_p"] = float(test.pvalue)
        out["consistent"] = bool(ci.low <= nominal) if bound else bool(ci.low <= nominal <= ci.high)
    return out


def _check_sizes(sizes: Sequence[int], name: str) -> list[int]:
    out = [int(n) for n in sizes]
    if not out or any(n < 2 for n in out):
        raise InputError(name, f"must be a non-empty list of class counts >= 2, got {list(sizes)!r}")
    return out


def _seeds(seed: int) -> tuple[np.random.Generator, np.random.Generator]:
    """Independent generators for the distributions and for the sampler seeds."""
    dist, shots = np.random.SeedSequence(seed).spawn(2)
    return np.random.default_rng(dist), np.random.default_rng(shots)


_Spec = tuple[QuantumCircuit, NDArray[np.float64], int, Any]


def _run_cases(
    make: Callable[[int], _Spec],
    count: int,
    config: CheckConfig,
    seed_rng: np.random.Generator,
    chunk_size: int,
    progress: bool,
    desc: str,
) -> list[tuple[_Case, Verdict]]:
    """Build, export and cross-check ``count`` cases, ``chunk_size`` per call, each chunk its own seed.

    ``make(i)`` returns case ``i`` (unexported circuit, expectation, N, group);
    it is called for ``i = 0, 1, ...`` in order, a chunk at a time.
    """
    if isinstance(chunk_size, bool) or not isinstance(chunk_size, int) or chunk_size < 1:
        raise InputError("chunk_size", f"must be an integer >= 1, got {chunk_size!r}")
    done: list[tuple[_Case, Verdict]] = []
    bar = tqdm(total=count, desc=desc, unit="circuit", disable=not progress, leave=False)
    try:
        for first in range(0, count, chunk_size):
            specs = [make(i) for i in range(first, min(first + chunk_size, count))]
            exported = qasm.transpile_for_export([qc for qc, _, _, _ in specs])
            if not isinstance(exported, list):
                exported = [exported]
            cases = [_Case(qc, q, n, g) for qc, (_, q, n, g) in zip(exported, specs, strict=True)]
            chunk_config = replace(config, seed=int(seed_rng.integers(0, 2**31 - 1)))
            verdicts = crosscheck([c.circuit for c in cases], [c.expected for c in cases], chunk_config)
            done.extend(zip(cases, verdicts, strict=True))
            bar.update(len(cases))
    finally:
        bar.close()
    return done


def _level_table(verdicts: Sequence[Verdict], level: float, from_failures: bool) -> dict[str, Any]:
    decisions = [shot_rejections(v) if from_failures else rejections_at(v, level) for v in verdicts]
    n = len(decisions)
    chi = sum(c for c, _ in decisions)
    z = sum(t for _, t in decisions)
    either = sum(c or t for c, t in decisions)
    return {
        "level": level,
        "source": "failure messages" if from_failures else "chi2_p and mean_p",
        "chi_square": rate_summary(chi, n, level / 2),
        "z_test": rate_summary(z, n, level / 2),
        "either": rate_summary(either, n, level, bound=True),
        "both": int(sum(c and t for c, t in decisions)),
    }


def false_alarm_study(
    num_circuits: int,
    sizes: Sequence[int] = SIZES,
    shots: int = 10_000,
    alpha: float = 1e-3,
    family_size: int = 1,
    seed: int = 0,
    *,
    levels: Sequence[float] = LEVELS,
    chunk_size: int = CHUNK_SIZE,
    progress: bool = True,
) -> dict[str, Any]:
    """Rejection rates of the shot tests on correct circuits; see the module docstring.

    Returns a JSON-ready dict: ``levels`` (one table per per-circuit level, the
    call level ``alpha / family_size`` first, read from the failure messages, then
    ``levels`` read from the statistics), ``by_size`` (the same at the largest
    level, per number of classes), ``calibration`` (KS tests), ``other_failures``
    (circuits failing a check that is not random: should be 0) and
    ``decision_rule_consistent``. The same arguments give the same numbers.
    """
    if isinstance(num_circuits, bool) or not isinstance(num_circuits, int) or num_circuits < 1:
        raise InputError("num_circuits", f"must be an integer >= 1, got {num_circuits!r}")
    sizes_ = _check_sizes(sizes, "sizes")
    extra = [float(a) for a in levels]
    if any(not 0 < a < 1 for a in extra):
        raise InputError("levels", f"must lie in (0, 1), got {list(levels)!r}")
    config = CheckConfig(shots=shots, alpha=alpha, family_size=family_size)
    call_level = alpha / family_size
    dist_rng, seed_rng = _seeds(seed)

    def make(i: int) -> _Spec:
        n = sizes_[i % len(sizes_)]
        p_in, p_out = dist_rng.dirichlet(np.ones(n)), dist_rng.dirichlet(np.ones(n))
        return layer_circuit(layer_operator(p_in, p_out)), p_out, n, n

    start = time.perf_counter()
    results = _run_cases(make, num_circuits, config, seed_rng, chunk_size, progress, "false alarms")
    seconds = time.perf_counter() - start
    verdicts = [v for _, v in results]

    consistent = all(shot_rejections(v) == rejections_at(v, call_level) for v in verdicts)
    other = [
        (c.num_classes, f)
        for c, v in results
        for f in v.failures
        if not f.startswith((CHI_SQUARE_MESSAGE, Z_TEST_MESSAGE))
    ]
    tables = [_level_table(verdicts, call_level, from_failures=True)]
    tables += [_level_table(verdicts, a, from_failures=False) for a in sorted(set(extra), reverse=True)]
    top = max([call_level, *extra])
    by_size = {
        str(n): _level_table([v for c, v in results if c.num_classes == n], top, from_failures=False)
        for n in sizes_
    }
    chi2_p = np.array([v.chi2_p for v in verdicts])
    mean_z = np.array([v.mean_z for v in verdicts])
    ks_p = scipy.stats.kstest(chi2_p, "uniform")
    ks_z = scipy.stats.kstest(mean_z, "norm")
    return {
        "num_circuits": num_circuits,
        "sizes": sizes_,
        "shots": shots,
        "alpha": alpha,
        "family_size": family_size,
        "call_level": call_level,
        "seed": seed,
        "chunk_size": chunk_size,
        "synthesis": "structured (exact), exported with transpile_for_export",
        "levels": tables,
        "by_size_level": top,
        "by_size": by_size,
        "calibration": {
            "ks_chi2_p_uniform": {"statistic": float(ks_p.statistic), "p": float(ks_p.pvalue)},
            "ks_mean_z_normal": {"statistic": float(ks_z.statistic), "p": float(ks_z.pvalue)},
            "mean_z_mean": float(mean_z.mean()),
            "mean_z_sd": float(mean_z.std(ddof=1)) if mean_z.size > 1 else 0.0,
        },
        "max_exact_error": float(max(v.max_abs_error for v in verdicts)),
        "other_failures": len(other),
        "other_failure_examples": [f"N={n}: {f}" for n, f in other[:5]],
        "decision_rule_consistent": consistent,
        "seconds": seconds,
    }


def predicted_power(
    p: NDArray[np.float64], q: NDArray[np.float64], shots: int, level: float
) -> tuple[float, float]:
    """Approximate power of the ``(chi-square, <M> z-test)`` when shots follow ``p`` but ``q`` is expected.

    Chi-square: noncentral chi-square with the noncentrality ``lambda`` equal to
    the statistic of the *mean* counts ``shots * p`` (so with the test's own
    pooling and support). ``<M>``: the shot mean is normal with mean ``<M>_p`` and
    variance ``Var_p(M) / shots``, the test standardises it with ``q``'s variance.
    """
    mean_counts = shots * np.asarray(p, dtype=np.float64)
    # chi_square only reads counts as floats: the statistic of the mean counts is lambda.
    lam, dof, _ = chi_square(cast(NDArray[np.int64], mean_counts), q)
    if dof > 0:
        crit = scipy.stats.chi2.isf(level / 2, dof)
        chi_power = float(scipy.stats.ncx2.sf(crit, dof, lam)) if lam > 0 else level / 2
    else:
        chi_power = 0.0
    sd_q = np.sqrt(observables.class_variance(q))
    sd_p = np.sqrt(observables.class_variance(p))
    if sd_q == 0:
        return chi_power, float(observables.mean_class(p) != observables.mean_class(q))
    z_crit = float(scipy.stats.norm.isf(level / 4))
    shift = (observables.mean_class(p) - observables.mean_class(q)) * np.sqrt(shots) / sd_q
    ratio = sd_p / sd_q
    if ratio == 0:
        return chi_power, float(abs(shift) > z_crit)
    z_power = scipy.stats.norm.sf((z_crit - shift) / ratio) + scipy.stats.norm.cdf((-z_crit - shift) / ratio)
    return chi_power, float(z_power)


def _power_rows(results: Sequence[tuple[_Case, Verdict]], level: float) -> dict[str, Any]:
    verdicts = [v for _, v in results]
    n = len(verdicts)
    shot = [shot_rejections(v) for v in verdicts]
    impossible = [any(IMPOSSIBLE_MESSAGE in f for f in v.failures) for v in verdicts]
    predicted = [
        predicted_power(np.asarray(v.probabilities), states.pad(c.expected, v.num_qubits), v.shots, level)
        for c, v in results
    ]
    tv = np.array([v.total_variation for v in verdicts])
    return {
        "circuits": n,
        "caught_overall": rate_summary(sum(not v.passed for v in verdicts), n),
        "caught_by_shot_tests": rate_summary(sum(c or z for c, z in shot), n),
        "caught_by_chi_square": rate_summary(sum(c for c, _ in shot), n),
        "caught_by_z_test": rate_summary(sum(z for _, z in shot), n),
        "caught_by_impossible_outcomes": rate_summary(sum(impossible), n),
        "caught_by_shot_tests_or_impossible": rate_summary(
            sum((c or z) or i for (c, z), i in zip(shot, impossible, strict=True)), n
        ),
        "predicted_chi_square_power": float(np.mean([a for a, _ in predicted])),
        "predicted_z_test_power": float(np.mean([b for _, b in predicted])),
        "total_variation_min": float(tv.min()),
        "total_variation_median": float(np.median(tv)),
        "total_variation_max": float(tv.max()),
    }


def _summary_rows(results: Sequence[tuple[_Case, Verdict]], level: float) -> dict[str, Any]:
    groups: dict[str, list[tuple[_Case, Verdict]]] = {}
    for case, verdict in results:
        groups.setdefault(str(case.group), []).append((case, verdict))
    return {
        "all": _power_rows(results, level),
        "by_size": {key: _power_rows(rows, level) for key, rows in groups.items()},
    }


def power_study(
    trotter_sizes: Sequence[int] = TROTTER_SIZES,
    trotter_pairs: int = 4,
    mix_sizes: Sequence[int] = SIZES,
    mix_weights: Sequence[float] = MIX_WEIGHTS,
    mix_circuits: int = 40,
    shots: int = 10_000,
    alpha: float = 1e-3,
    family_size: int = 1,
    seed: int = 1,
    *,
    trotter_reps: int = 1,
    chunk_size: int = CHUNK_SIZE,
    progress: bool = True,
) -> dict[str, Any]:
    """How often the cross-check catches deliberately wrong circuits; see the module docstring.

    ``trotter``: ``trotter_pairs`` random layers per ``N`` in ``trotter_sizes``,
    synthesised by ``trotter_reps`` Lie-Trotter steps. ``mixture``: for each
    ``w`` in ``mix_weights``, ``mix_circuits`` correct structured layers per ``N``
    in ``mix_sizes``, checked against ``(1 - w) p_out + w / N``. Returns a
    JSON-ready dict with one block per kind (``mixture`` per weight), each with
    ``all`` and ``by_size`` rows of :func:`_power_rows`.
    """
    for name, value in (("trotter_pairs", trotter_pairs), ("mix_circuits", mix_circuits)):
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise InputError(name, f"must be an integer >= 0, got {value!r}")
    t_sizes = _check_sizes(trotter_sizes, "trotter_sizes") if trotter_pairs else []
    m_sizes = _check_sizes(mix_sizes, "mix_sizes") if mix_circuits and mix_weights else []
    weights = [float(w) for w in mix_weights]
    if any(not 0 < w <= 1 for w in weights):
        raise InputError("mix_weights", f"must lie in (0, 1], got {list(mix_weights)!r}")
    config = CheckConfig(shots=shots, alpha=alpha, family_size=family_size)
    level = alpha / family_size
    synthesis = Synthesis("evolution", trotter_reps=trotter_reps, trotter_order=1)
    dist_rng, seed_rng = _seeds(seed)
    out: dict[str, Any] = {
        "shots": shots,
        "alpha": alpha,
        "family_size": family_size,
        "level": level,
        "seed": seed,
    }

    start = time.perf_counter()
    if t_sizes:
        t_specs = [n for n in t_sizes for _ in range(trotter_pairs)]

        def make_trotter(i: int) -> _Spec:
            n = t_specs[i]
            p_in, p_out = dist_rng.dirichlet(np.ones(n)), dist_rng.dirichlet(np.ones(n))
            return layer_circuit(layer_operator(p_in, p_out), synthesis), p_out, n, n

        results = _run_cases(
            make_trotter, len(t_specs), config, seed_rng, chunk_size, progress, "power: Trotter"
        )
        out["trotter"] = {
            "synthesis": synthesis.describe(),
            "sizes": t_sizes,
            "pairs_per_size": trotter_pairs,
            **_summary_rows(results, level),
        }
    out["trotter_seconds"] = time.perf_counter() - start

    start = time.perf_counter()
    mixture: dict[str, Any] = {}
    for w in weights if m_sizes else []:
        m_specs = [n for _ in range(mix_circuits) for n in m_sizes]

        def make_mix(i: int, w: float = w, m_specs: list[int] = m_specs) -> _Spec:
            n = m_specs[i]
            p_in, p_out = dist_rng.dirichlet(np.ones(n)), dist_rng.dirichlet(np.ones(n))
            return layer_circuit(layer_operator(p_in, p_out)), (1.0 - w) * p_out + w / n, n, n

        results = _run_cases(
            make_mix, len(m_specs), config, seed_rng, chunk_size, progress, f"power: mixture w={w:g}"
        )
        mixture[f"{w:g}"] = {"weight": w, "sizes": m_sizes, **_summary_rows(results, level)}
    if mixture:
        out["mixture"] = mixture
    out["mixture_seconds"] = time.perf_counter() - start
    return out
