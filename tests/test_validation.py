"""Input checks (qlens_q.validation): what each validator accepts, returns and refuses, and that
every refusal is an InputError (a ValueError) naming the argument it was given."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from qlens_q import states
from qlens_q.errors import InputError
from qlens_q.validation import (
    OPERATOR_ATOL,
    SUM_ATOL,
    hermitian,
    positive_float,
    positive_int,
    probabilities,
    same_length,
    square_matrix,
    unitary,
)


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ([0.5, float("nan")], "not finite"),
        ([0.5, float("inf")], "not finite"),
        ([1.5, -0.5], "negative"),
        ([0.5, 0.4], "sum to 1"),
        ([0.5, 0.5 + 2e-6], "sum to 1"),
        ([1.0], "at least two"),
        ([], "at least two"),
        ([[0.5, 0.5], [0.0, 0.0]], "1-D"),
        (0.5, "1-D"),
        (["a", "b"], "not a list of numbers"),
        ([0.5, None], "not"),
    ],
)
def test_probabilities_refused(value, problem):
    with pytest.raises(InputError) as info:
        probabilities(value, "p_model")
    assert str(info.value).startswith("p_model: ")
    assert problem in str(info.value)
    assert info.value.argument == "p_model"
    assert isinstance(info.value, ValueError)


def test_probabilities_renormalised_within_tolerance():
    p = probabilities([0.3, 0.7 + 9e-7])
    assert p.sum() == pytest.approx(1.0, abs=1e-15)
    np.testing.assert_allclose(p, np.array([0.3, 0.7 + 9e-7]) / (1 + 9e-7), rtol=0, atol=1e-15)
    p = probabilities([0.3, 0.7 - 9e-7])
    assert p.sum() == pytest.approx(1.0, abs=1e-15)
    amps = states.amplitudes([0.3, 0.7 + 9e-7])
    assert np.linalg.norm(amps) == pytest.approx(1.0, abs=1e-15)
    with pytest.raises(InputError, match="sum to 1"):
        probabilities([0.3, 0.7 + 1.1e-6])


def test_other_validators():
    with pytest.raises(InputError, match=r"^U: is not unitary"):
        unitary([[1, 0], [0, 2]])
    assert unitary(np.eye(2)).dtype == np.complex128
    with pytest.raises(InputError, match=r"^H: is not Hermitian"):
        hermitian([[0, 1], [0, 0]])
    with pytest.raises(InputError, match=r"^H: must be a square matrix"):
        hermitian([[1, 0, 0], [0, 1, 0]])
    with pytest.raises(InputError, match=r"^H: has non-finite"):
        hermitian([[np.nan, 0], [0, 1]])
    for bad in (0, True, 1.5, "3", None):
        with pytest.raises(InputError, match=r"^shots: "):
            positive_int(bad, "shots")
    assert positive_int(np.int64(7), "shots") == 7
    with pytest.raises(InputError, match=r"^k: must be >= 1 and <= 5"):
        positive_int(6, "k", maximum=5)
    assert positive_float("2.5", "x") == 2.5


# ------------------------------------------------------------------ further cases


def test_probabilities_returns_a_fresh_float64_vector_summing_to_one() -> None:
    given = [1, 0, 0]
    p = probabilities(given)
    assert p.dtype == np.float64 and p.tolist() == [1.0, 0.0, 0.0] and given == [1, 0, 0]
    p = probabilities(np.array([0.1, 0.2, 0.7], dtype=np.float32))
    assert p.dtype == np.float64 and abs(p.sum() - 1.0) <= 2e-16
    # the edge of the tolerance: a sum of 1 + SUM_ATOL/2 passes, 1 + 2 SUM_ATOL does not
    assert probabilities([0.5, 0.5 + SUM_ATOL / 2]).sum() == pytest.approx(1.0, abs=1e-15)
    with pytest.raises(InputError, match=r"^p: probabilities must sum to 1 within 1e-06 \(sum = 1.000002\)$"):
        probabilities([0.5, 0.5 + 2 * SUM_ATOL])
    # a wider tolerance is the caller's to choose
    assert probabilities([0.5, 0.49], atol=0.02).tolist() == pytest.approx(
        [0.5 / 0.99, 0.49 / 0.99], abs=1e-15
    )


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ([0.5, 0.5j], r"^q: probabilities must be real numbers, got complex values$"),
        ([0.2, float("nan"), float("inf")], r"^q: entry 1 is not finite \(nan\)$"),
        ([0.6, 0.6, -0.2], r"^q: entry 2 is negative \(-0.2\)$"),
        ([2.0, -1.0], r"^q: entry 1 is negative"),  # the negative entry is named first
        ([1.5, 0.0, 0.0], r"^q: entry 0 is 1.5, more than a probability can be$"),
        ([[0.5, 0.5]], r"^q: must be a 1-D list of probabilities, got shape \(1, 2\)$"),
        ([1.0], r"^q: needs at least two outcomes, got 1$"),
    ],
)
def test_probabilities_messages_name_the_entry(value: Any, message: str) -> None:
    with pytest.raises(InputError, match=message):
        probabilities(value, "q")


def test_same_length() -> None:
    same_length(np.zeros(3), np.ones(3), "p_in", "p_out")  # accepted: returns nothing
    with pytest.raises(InputError, match=r"^p_in/p_out: different lengths \(3 and 4 outcomes\)$") as info:
        same_length(np.zeros(3), np.ones(4), "p_in", "p_out")
    assert info.value.argument == "p_in/p_out"


def test_square_matrix() -> None:
    arr = square_matrix([[1, 2], [3, 4]], "m")
    assert arr.dtype == np.complex128 and arr.tolist() == [[1, 2], [3, 4]]
    for bad, problem in (
        ([[1, 2]], "square matrix of size >= 2, got shape (1, 2)"),
        ([[1.0]], "square matrix of size >= 2, got shape (1, 1)"),
        (np.zeros((2, 2, 2)), "square matrix of size >= 2, got shape (2, 2, 2)"),
        ([[1, "x"], [0, 1]], "not a numeric matrix"),
        ([[np.inf, 0], [0, 1]], "has non-finite entries"),
    ):
        with pytest.raises(InputError) as info:
            square_matrix(bad, "m")
        assert info.value.argument == "m" and problem in info.value.problem, info.value


def test_unitary_and_hermitian_at_their_tolerance() -> None:
    theta = 0.3
    rotation = np.array([[np.cos(theta), -np.sin(theta)], [np.sin(theta), np.cos(theta)]])
    assert np.array_equal(unitary(rotation, "u"), rotation.astype(np.complex128))
    # |U^dagger U - I| = 2 eps + eps^2 for diag(1 + eps, 1): accepted just inside OPERATOR_ATOL, refused outside
    unitary(np.diag([1 + OPERATOR_ATOL / 4, 1.0]), "u")
    with pytest.raises(InputError, match=r"^u: is not unitary \(max \|U\^dagger U - I\| = 2e-08 > 1e-08\)$"):
        unitary(np.diag([1 + OPERATOR_ATOL, 1.0]), "u")
    pauli_y = np.array([[0, -1j], [1j, 0]])
    assert np.array_equal(hermitian(pauli_y, "h"), pauli_y) and np.array_equal(unitary(pauli_y), pauli_y)
    hermitian([[0, 1 + OPERATOR_ATOL / 2], [1, 0]], "h")
    with pytest.raises(InputError, match=r"^h: is not Hermitian"):
        hermitian([[0, 1j], [1j, 0]], "h")  # symmetric but not Hermitian
    assert unitary(np.diag([1, 1 + 1e-6]), atol=1e-5).shape == (2, 2)  # a wider tolerance


@pytest.mark.parametrize(
    ("value", "kwargs", "result"),
    [
        (1, {}, 1),
        (np.int32(5), {}, 5),
        (0, {"minimum": 0}, 0),
        (10, {"maximum": 10}, 10),
        (2**70, {}, 2**70),
    ],
)
def test_positive_int_accepts(value: Any, kwargs: dict[str, Any], result: int) -> None:
    got = positive_int(value, "n", **kwargs)
    assert got == result and type(got) is int


@pytest.mark.parametrize(
    ("value", "kwargs", "message"),
    [
        (0, {}, r"^n: must be >= 1, got 0$"),
        (-1, {"minimum": 0}, r"^n: must be >= 0, got -1$"),
        (11, {"maximum": 10}, r"^n: must be >= 1 and <= 10, got 11$"),
        (np.float64(2.0), {}, r"^n: must be an integer, got "),
        (False, {"minimum": 0}, r"^n: must be an integer, got False$"),
    ],
)
def test_positive_int_refuses(value: Any, kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(InputError, match=message):
        positive_int(value, "n", **kwargs)


@pytest.mark.parametrize("value", [0, -0.0, -1e-300, float("nan"), float("inf"), "inf", "abc", None, 1e400])
def test_positive_float_refuses(value: Any) -> None:
    with pytest.raises(InputError, match=r"^alpha: must be a (finite number > 0|number), got "):
        positive_float(value, "alpha")


def test_positive_float_accepts() -> None:
    assert positive_float(np.float32(0.5), "alpha") == 0.5
    assert positive_float(5e-324, "alpha") == 5e-324  # the smallest positive double
    assert type(positive_float(3, "alpha")) is float
