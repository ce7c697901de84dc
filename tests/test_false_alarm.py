"""The cross-check's shot tests, tested statistically: false-alarm rate and power.

**This file's own false-alarm rate.** :func:`test_correct_circuits_are_rejected_at_the_nominal_rate`
checks 300 random correct circuits (1000 shots each) at per-circuit level 0.2,
so chi-square and the ``<M>`` z-test should each reject with probability 0.1 and
either of them with probability at most 0.2. It accepts when both single-test
counts lie in the two-sided binomial acceptance region of Binomial(300, 0.1)
and the *either* count below the upper limit of Binomial(300, 0.2), each of
those five tails holding probability at most ``2e-5``: on correct circuits, and
with the tests at their nominal rates, the test fails with probability at most
``1e-4`` (union bound). The regions are ``[11, 53]`` for each test and ``<= 90``
for either. The seeds are fixed, so the outcome is deterministic anyway; the
bound says how much a change of seed could make it fail by chance. (Chi-square
is asymptotic; at 1000 shots, with small bins pooled, its true rate is close to,
not exactly, its nominal one.)

The power tests use errors far above what 10,000 shots can miss.
"""

from __future__ import annotations

import numpy as np
import pytest
import scipy.stats
from false_alarm import (
    false_alarm_study,
    power_study,
    predicted_power,
    rate_summary,
    shot_rejections,
)

from qlens_q.circuits import Synthesis, layer_circuit
from qlens_q.crosscheck import CheckConfig, crosscheck
from qlens_q.operators import layer_operator
from qlens_q.qasm import transpile_for_export

CIRCUITS = 300
SHOTS = 1000
LEVEL = 0.2
#: Probability that this file's false-alarm test fails on correct circuits (at most).
TEST_FAILURE = 1e-4
TAILS = 5  # chi-square low/high, z-test low/high, either high


def acceptance(trials: int, rate: float, tail: float) -> tuple[int, int]:
    """``[lo, hi]`` with ``P(K < lo) <= tail`` and ``P(K > hi) <= tail`` for ``K ~ Binomial(trials, rate)``."""
    lo = int(scipy.stats.binom.ppf(tail, trials, rate))
    hi = int(scipy.stats.binom.isf(tail, trials, rate))
    assert scipy.stats.binom.cdf(lo - 1, trials, rate) <= tail
    assert scipy.stats.binom.sf(hi, trials, rate) <= tail
    return lo, hi


@pytest.fixture(scope="module")
def study():
    return false_alarm_study(
        CIRCUITS, shots=SHOTS, alpha=LEVEL, family_size=1, seed=0, levels=(), chunk_size=150, progress=False
    )


def test_acceptance_regions_are_the_documented_ones():
    assert acceptance(CIRCUITS, LEVEL / 2, TEST_FAILURE / TAILS) == (11, 53)
    assert acceptance(CIRCUITS, LEVEL, TEST_FAILURE / TAILS)[1] == 90


def test_correct_circuits_are_rejected_at_the_nominal_rate(study):
    """Fails with probability <= 1e-4 on correct circuits (see the module docstring)."""
    (table,) = study["levels"]
    assert table["level"] == LEVEL and table["source"] == "failure messages"
    lo, hi = acceptance(CIRCUITS, LEVEL / 2, TEST_FAILURE / TAILS)
    for test in ("chi_square", "z_test"):
        row = table[test]
        assert row["trials"] == CIRCUITS
        assert row["nominal"] == pytest.approx(LEVEL / 2)
        assert lo <= row["rejections"] <= hi, (test, row)
    either = table["either"]["rejections"]
    assert either <= acceptance(CIRCUITS, LEVEL, TEST_FAILURE / TAILS)[1]
    assert max(table["chi_square"]["rejections"], table["z_test"]["rejections"]) <= either
    assert study["other_failures"] == 0, study["other_failure_examples"]
    assert study["decision_rule_consistent"]
    assert study["max_exact_error"] <= 1e-9
    assert sum(t["chi_square"]["trials"] for t in study["by_size"].values()) == CIRCUITS


def test_one_step_trotter_error_is_always_caught_by_the_shot_tests():
    """A visible Trotter error (TV >= 0.05) fails chi-square with p < 1e-12 on 20 sampler streams."""
    rng = np.random.default_rng(4)
    p_in, p_out = rng.dirichlet(np.ones(4)), rng.dirichlet(np.ones(4))
    trotter = Synthesis("evolution", trotter_reps=1, trotter_order=1)
    qc = transpile_for_export(layer_circuit(layer_operator(p_in, p_out), trotter))
    config = CheckConfig(shots=10_000, seed=3, alpha=1e-3, family_size=1)
    verdicts = crosscheck([qc] * 20, [p_out] * 20, config)  # one call: 20 different sampler streams
    assert len({v.counts for v in verdicts}) == 20
    for v in verdicts:
        assert v.total_variation >= 0.05  # the error is real and large ...
        assert not v.passed
        chi, _ = shot_rejections(v)
        assert chi and v.chi2_p < 1e-12  # ... and the shots alone show it


def test_power_study_reports_trotter_layers_caught_and_small_mixtures_missed():
    study = power_study(
        trotter_sizes=(2, 8),
        trotter_pairs=1,
        mix_sizes=(8,),
        mix_weights=(0.5,),
        mix_circuits=2,
        progress=False,
    )
    trotter = study["trotter"]["all"]
    assert trotter["circuits"] == 2
    assert trotter["caught_overall"]["rate"] == 1.0
    assert trotter["caught_by_shot_tests"]["rate"] == 1.0
    mixture = study["mixture"]["0.5"]["all"]
    assert mixture["circuits"] == 2
    assert mixture["caught_overall"]["rate"] == 1.0  # the exact check always sees a wrong q
    assert mixture["caught_by_shot_tests"]["rate"] == 1.0  # half uniform: far from p_out
    assert mixture["predicted_chi_square_power"] > 0.999


def test_predicted_power_is_the_level_under_the_null_and_grows_with_the_error():
    q = np.array([0.1, 0.2, 0.3, 0.4])
    chi, z = predicted_power(q, q, 10_000, 0.01)
    assert chi == pytest.approx(0.005) and z == pytest.approx(0.005)
    wrong = 0.9 * q + 0.1 / 4
    chi_small, z_small = predicted_power(q, wrong, 1000, 0.01)
    chi_big, z_big = predicted_power(q, wrong, 100_000, 0.01)
    assert 0.005 < chi_small < chi_big and chi_big > 0.999
    assert 0.005 < z_small < z_big


def test_rate_summary_is_clopper_pearson_with_an_exact_binomial_test():
    zero = rate_summary(0, 100, 0.05)
    assert zero["rate"] == 0.0 and zero["ci_low"] == 0.0
    assert zero["ci_high"] == pytest.approx(1 - 0.025 ** (1 / 100))  # exact upper limit for 0 of 100
    assert not zero["consistent"]  # 0 of 100 is too few for a rate of 5% (upper limit 3.6%)
    row = rate_summary(3, 100, 0.05)
    assert row["consistent"] and row["binom_p"] > 0.3
    assert row["ci_low"] == pytest.approx(scipy.stats.beta.ppf(0.025, 3, 98))  # Clopper-Pearson
    assert row["ci_high"] == pytest.approx(scipy.stats.beta.ppf(0.975, 4, 97))
    low = rate_summary(20, 100, 0.05)
    assert not low["consistent"] and low["binom_p"] < 1e-4
    bound = rate_summary(1, 100, 0.05, bound=True)  # far below an upper bound: fine
    assert bound["consistent"] and bound["binom_p"] > 0.9
    assert "nominal" not in rate_summary(3, 10)
