"""False-alarm rate and power of the Born-rule cross-check, measured (issue "Statistical honesty").

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

Run as a script, it runs both studies and writes

* ``experiments/results/false_alarm.json``: everything measured, with the settings,
  the machine and the run times;
* ``experiments/results/false_alarm.md``: the tables.

Both are written atomically (:mod:`qlens_q.io`). The defaults take about four
minutes on two cores::

    python experiments/false_alarm.py
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, cast

import numpy as np
import scipy.stats
from machine import loadavg, machine_info
from numpy.typing import NDArray
from qiskit import QuantumCircuit
from tqdm import tqdm

from qlens_q import observables, qasm, states
from qlens_q.circuits import Synthesis, layer_circuit
from qlens_q.crosscheck import CheckConfig, Verdict, chi_square, crosscheck
from qlens_q.errors import InputError, QlensError
from qlens_q.io import atomic_write_json, atomic_write_text
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


RESULTS = Path(__file__).resolve().parent / "results"
TEST_NAMES = {"chi_square": "chi-square", "z_test": "<M> z-test", "either": "either"}


def _int_list(text: str) -> list[int]:
    try:
        return [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected comma-separated integers, got {text!r}") from None


def _float_list(text: str) -> list[float]:
    try:
        return [float(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected comma-separated numbers, got {text!r}") from None


def _pct(x: float) -> str:
    return f"{100 * x:.3g}%"


def _ci(row: dict[str, Any]) -> str:
    return f"[{_pct(row['ci_low'])}, {_pct(row['ci_high'])}]"


def _p(x: float) -> str:
    return f"{x:.3g}"


def false_alarm_markdown(study: dict[str, Any]) -> list[str]:
    """The false-alarm tables: one row per (per-circuit level, test), then per size, then KS."""
    lines = [
        "## False alarms: correct circuits",
        "",
        f"{study['num_circuits']} random correct layer circuits (`structured`, exported with "
        f"`transpile_for_export`), N cycling through {', '.join(map(str, study['sizes']))} "
        f"({study['num_circuits'] // len(study['sizes'])} or so each), "
        "`p_in, p_out ~ Dirichlet(1)`, "
        f"{study['shots']} shots each, cross-checked with `CheckConfig(alpha={study['alpha']:g}, "
        f"family_size={study['family_size']})` in calls of {study['chunk_size']} circuits, each call "
        f"its own sampler seed (study seed {study['seed']}). Each test runs at half the per-circuit "
        "level, so its nominal rate is level / 2; *either* is bounded by the level (union bound), "
        "so its binomial p-value is one-sided (is the rate above the bound?). The first level is "
        "read from the verdicts' failure messages, the others from the same shots' `chi2_p` and "
        "`mean_p` with the cross-check's own thresholds (levels share shots, so their rates are "
        "correlated). CI: Clopper-Pearson 95%.",
        "",
        "| per-circuit level | test | nominal rate | circuits | rejections | observed rate | 95% CI "
        "| binomial p | nominal inside CI |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for table in study["levels"]:
        for test in TESTS:
            row = table[test]
            nominal = ("<= " if row["nominal_is_bound"] else "") + _pct(row["nominal"])
            lines.append(
                f"| {table['level']:g} | {TEST_NAMES[test]} | {nominal} | {row['trials']} | "
                f"{row['rejections']} | {_pct(row['rate'])} | {_ci(row)} | {_p(row['binom_p'])} | "
                f"{'yes' if row['consistent'] else '**no**'} |"
            )
    lines += [
        "",
        f"By number of classes, at per-circuit level {study['by_size_level']:g} "
        "(chi-square and z-test nominal rate "
        f"{_pct(study['by_size_level'] / 2)} each):",
        "",
        "| N | circuits | chi-square rejections | rate [95% CI] | z-test rejections | rate [95% CI] "
        "| either | rate [95% CI] |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for n, table in study["by_size"].items():
        cells = [f"{table[t]['rejections']} | {_pct(table[t]['rate'])} {_ci(table[t])}" for t in TESTS]
        lines.append(f"| {n} | {table['chi_square']['trials']} | " + " | ".join(cells) + " |")
    cal = study["calibration"]
    lines += [
        "",
        "Calibration over all levels at once:",
        "",
        f"- Kolmogorov-Smirnov of all chi-square p-values against U(0, 1): "
        f"D = {cal['ks_chi2_p_uniform']['statistic']:.4f}, p = {_p(cal['ks_chi2_p_uniform']['p'])}",
        f"- Kolmogorov-Smirnov of all `mean_z` against N(0, 1): "
        f"D = {cal['ks_mean_z_normal']['statistic']:.4f}, p = {_p(cal['ks_mean_z_normal']['p'])}; "
        f"mean {cal['mean_z_mean']:.4f}, sd {cal['mean_z_sd']:.4f}",
        f"- failures of the non-random checks (exact Born error, Aer vs Statevector, impossible "
        f"outcomes, Estimator): {study['other_failures']}; largest exact Born error "
        f"{study['max_exact_error']:.1e}",
        f"- failure messages and statistics give the same decisions at level {study['call_level']:g}: "
        f"{'yes' if study['decision_rule_consistent'] else '**no**'}",
        f"- time: {study['seconds']:.1f} s",
        "",
    ]
    return lines


POWER_COLUMNS = [
    ("caught_overall", "caught (any check)"),
    ("caught_by_shot_tests", "caught by shot tests alone"),
    ("caught_by_chi_square", "chi-square"),
    ("caught_by_z_test", "<M> z-test"),
    ("caught_by_impossible_outcomes", "impossible outcomes"),
]


def _power_row(label: str, n: str, row: dict[str, Any]) -> str:
    cells = [f"{row[key]['rejections']}/{row['circuits']} {_ci(row[key])}" for key, _ in POWER_COLUMNS]
    return (
        f"| {label} | {n} | {row['circuits']} | "
        + " | ".join(cells)
        + f" | {_pct(row['predicted_chi_square_power'])} | {_pct(row['predicted_z_test_power'])} | "
        f"{row['total_variation_median']:.2g} ({row['total_variation_min']:.2g}-{row['total_variation_max']:.2g}) |"
    )


def power_markdown(study: dict[str, Any]) -> list[str]:
    """The power tables: Trotter layers per N, the mixtures per weight (all N, then per N)."""
    header = (
        "| wrong circuit | N | circuits | "
        + " | ".join(title for _, title in POWER_COLUMNS)
        + " | predicted chi-square power | predicted z-test power | TV median (min-max) |"
    )
    rule = "|" + "|".join("---" for _ in range(len(POWER_COLUMNS) + 6)) + "|"
    lines = [
        "## Power: wrong circuits",
        "",
        f"{study['shots']} shots, `alpha={study['alpha']:g}`, `family_size={study['family_size']}` "
        f"(per-circuit level {study['level']:g}, each shot test at {study['level'] / 2:g}); study seed "
        f"{study['seed']}. *Caught (any check)* counts every failed verdict, the exact Born check "
        "included (it catches any error above 1e-9); *caught by shot tests alone* counts chi-square or "
        "the <M> z-test, i.e. what shots alone would reveal on hardware. *Impossible outcomes*: shots on "
        "classes with q = 0 (padding states). Predicted powers: noncentral chi-square with the test's "
        "own pooling, and the normal approximation of the shot mean. TV: total variation between the "
        "simulated Born distribution and the expected one. Rates as caught/circuits [Clopper-Pearson 95%].",
        "",
    ]
    if "trotter" in study:
        trotter = study["trotter"]
        lines += [
            f"### {trotter['synthesis']} instead of the exact layer ({trotter['pairs_per_size']} random "
            "layers per N)",
            "",
            header,
            rule,
            _power_row("Trotter", "all", trotter["all"]),
        ]
        lines += [_power_row("Trotter", n, row) for n, row in trotter["by_size"].items()]
        lines += ["", f"time: {study['trotter_seconds']:.1f} s", ""]
    if "mixture" in study:
        lines += [
            "### Correct circuit, expected distribution mixed with uniform: q' = (1 - w) p_out + w / N",
            "",
            header,
            rule,
        ]
        for block in study["mixture"].values():
            label = f"w = {block['weight']:g}"
            lines.append(_power_row(label, "all", block["all"]))
            lines += [_power_row(label, n, row) for n, row in block["by_size"].items()]
        lines += ["", f"time: {study['mixture_seconds']:.1f} s", ""]
    return lines


def markdown(result: dict[str, Any]) -> str:
    """The whole report."""
    info = result["machine"]
    lines = [
        "# False-alarm rate and power of the Born-rule cross-check",
        "",
        "Generated by `experiments/false_alarm.py` (its docstring documents the method).",
        "",
        f"- command: `{result['command']}`",
        f"- total time: {result['seconds']:.1f} s on {info['nproc']} cores "
        f"(load average at start {info['loadavg_start']}, at end {info['loadavg_end']})",
        f"- {info['date_utc']}; Python {info['python']}, qiskit {info['qiskit']}, "
        f"qiskit-aer {info['qiskit-aer']}, scipy {info['scipy']}, numpy {info['numpy']}",
        "",
    ]
    lines += false_alarm_markdown(result["false_alarm"])
    lines += power_markdown(result["power"])
    return "\n".join(lines).rstrip() + "\n"


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="False-alarm rate and power of the Born-rule cross-check.")
    parser.add_argument("--circuits", type=int, default=3500, help="correct circuits (false-alarm study)")
    parser.add_argument("--sizes", type=_int_list, default=list(SIZES))
    parser.add_argument("--shots", type=int, default=10_000)
    parser.add_argument("--alpha", type=float, default=1e-3, help="per-circuit level of the calls")
    parser.add_argument("--levels", type=_float_list, default=list(LEVELS), help="extra per-circuit levels")
    parser.add_argument("--trotter-sizes", type=_int_list, default=list(TROTTER_SIZES))
    parser.add_argument("--trotter-pairs", type=int, default=6, help="random Trotter layers per N")
    parser.add_argument("--mix-weights", type=_float_list, default=list(MIX_WEIGHTS))
    parser.add_argument("--mix-circuits", type=int, default=40, help="mixture circuits per N and weight")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=RESULTS / "false_alarm.json")
    parser.add_argument("--md", type=Path, default=None, help="markdown report (default: --out with .md)")
    parser.add_argument("--no-progress", action="store_true", help="no progress bars on stderr")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    md_path: Path = args.md if args.md is not None else args.out.with_suffix(".md")
    info = machine_info()
    start = time.perf_counter()
    try:
        fa = false_alarm_study(
            args.circuits,
            args.sizes,
            shots=args.shots,
            alpha=args.alpha,
            family_size=1,
            seed=args.seed,
            levels=args.levels,
            progress=not args.no_progress,
        )
        pw = power_study(
            args.trotter_sizes,
            args.trotter_pairs,
            args.sizes,
            args.mix_weights,
            args.mix_circuits,
            shots=args.shots,
            alpha=args.alpha,
            family_size=1,
            seed=args.seed + 1,
            progress=not args.no_progress,
        )
    except QlensError as exc:
        print(f"false_alarm: {exc}", file=sys.stderr)
        return 2
    info["loadavg_end"] = loadavg()
    argv_text = " ".join(sys.argv[1:] if argv is None else argv)
    result = {
        "command": f"python experiments/false_alarm.py {argv_text}".strip(),
        "seconds": time.perf_counter() - start,
        "machine": info,
        "false_alarm": fa,
        "power": pw,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_json(args.out, result)
    atomic_write_text(md_path, markdown(result))
    print(f"wrote {args.out} and {md_path} ({result['seconds']:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
