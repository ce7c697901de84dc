"""Input checks shared by every public entry point.

Each check raises :class:`~qlens_q.errors.InputError` naming the argument and
the problem, so a caller (Python or the command line) always gets one clear
line instead of a traceback or a silent wrong answer.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
from numpy.typing import NDArray

from qlens_q.errors import InputError

#: How far a probability vector's sum may be from 1 before it is refused.
SUM_ATOL = 1e-6
#: Tolerance for ``U^dagger U = I`` and ``H = H^dagger`` checks.
OPERATOR_ATOL = 1e-8

# ---------------------------------------------------------------- bounds (one place: library and CLI)
#
# Every bound below is read by the library function that takes the value *and* by the command
# line option that sets it, so ``check(shots=...)`` and ``--shots`` stop at the same number.

#: OpenQASM versions written and read (``qlens_q.qasm.FORMATS``).
QASM_FORMATS: tuple[str, ...] = ("qasm3", "qasm2")
#: Aer devices (``qlens_q.simulation.DEVICES``).
AER_DEVICES: tuple[str, ...] = ("CPU", "GPU")
#: Seeds: what numpy, torch and Aer all accept.
MAX_SEED = 2**32 - 1
#: Shots per circuit: Aer's sampler keeps every shot in memory (10^8 shots: 0.8 GB of counts).
MAX_SHOTS = 100_000_000
#: Permutations per test of the analysis (each costs one statistic over all example pairs).
MAX_PERMUTATIONS = 1_000_000
#: Output units (classes or words) of a model: 2^16, the 16 qubits that the structured route and
#: Aer's statevector handle within seconds (GPT-2's 50,257 words fit).
MAX_OUTPUTS = 2**16
#: ``tol``, the largest accepted exact Born error ``max_j |p_j - q_j|``: from 1e-15 (below, the
#: rounding of float64 statevector arithmetic alone exceeds it) to 1e-3 (above it, an error
#: that moves a class' probability by more than a tenth of a percent would pass; at ``tol = 1``
#: every distribution passes against every other).
TOL_RANGE = (1e-15, 1e-3)
#: ``alpha``, the false-alarm rate of the shot tests over a family of circuits: from 1e-12 to
#: below 0.5. At 0.5 or more a correct circuit family fails as often as it passes (the test says
#: nothing); below 1e-12 the per-circuit threshold sits so far in the tails that only errors the
#: exact check already catches are flagged.
ALPHA_RANGE = (1e-12, 0.5)
#: ``alpha`` of ``U = exp(-i alpha H)``, the evolution time: ``H = (pi/alpha) v v^T``, so
#: ``pi/alpha`` and the Trotter angles stay finite and well above float64's smallest normal number.
EVOLUTION_TIME_RANGE = (1e-6, 1e6)


def probabilities(p: Any, name: str = "p", *, atol: float = SUM_ATOL) -> NDArray[np.float64]:
    """Return ``p`` as a validated, renormalised float64 vector.

    Accepted: a 1-D sequence of at least two finite, non-negative numbers whose
    sum is 1 within ``atol``; it is then divided by its sum, so that the Born
    amplitudes ``sqrt(p)`` form a unit vector to machine precision.
    """
    if np.iscomplexobj(np.asarray(p)):
        raise InputError(name, "probabilities must be real numbers, got complex values")
    try:
        arr = np.asarray(p, dtype=np.float64)
    except (TypeError, ValueError, OverflowError) as exc:
        raise InputError(name, f"not a list of numbers ({exc})") from None
    if arr.ndim != 1:
        raise InputError(name, f"must be a 1-D list of probabilities, got shape {arr.shape}")
    if arr.size < 2:
        raise InputError(name, f"needs at least two outcomes, got {arr.size}")
    if not np.all(np.isfinite(arr)):
        bad = int(np.flatnonzero(~np.isfinite(arr))[0])
        raise InputError(name, f"entry {bad} is not finite ({arr[bad]})")
    if np.any(arr < 0):
        bad = int(np.flatnonzero(arr < 0)[0])
        raise InputError(name, f"entry {bad} is negative ({arr[bad]:.3g})")
    if np.any(arr > 1 + atol):
        bad = int(np.flatnonzero(arr > 1 + atol)[0])
        raise InputError(name, f"entry {bad} is {arr[bad]:.3g}, more than a probability can be")
    total = float(arr.sum())
    if abs(total - 1.0) > atol:
        raise InputError(name, f"probabilities must sum to 1 within {atol:g} (sum = {total:.9g})")
    return arr / total


def same_length(a: NDArray[Any], b: NDArray[Any], name_a: str, name_b: str) -> None:
    """Refuse two vectors of different lengths."""
    if a.shape != b.shape:
        raise InputError(f"{name_a}/{name_b}", f"different lengths ({a.shape[0]} and {b.shape[0]} outcomes)")


def square_matrix(m: Any, name: str) -> NDArray[np.complex128]:
    """Return ``m`` as a finite square complex matrix, or refuse it."""
    try:
        arr = np.asarray(m, dtype=np.complex128)
    except (TypeError, ValueError, OverflowError) as exc:
        raise InputError(name, f"not a numeric matrix ({exc})") from None
    if arr.ndim != 2 or arr.shape[0] != arr.shape[1] or arr.shape[0] < 2:
        raise InputError(name, f"must be a square matrix of size >= 2, got shape {arr.shape}")
    if not np.all(np.isfinite(arr)):
        raise InputError(name, "has non-finite entries")
    return arr


def unitary(m: Any, name: str = "U", *, atol: float = OPERATOR_ATOL) -> NDArray[np.complex128]:
    """Refuse a matrix with ``max |U^dagger U - I| > atol``."""
    arr = square_matrix(m, name)
    err = float(np.max(np.abs(arr.conj().T @ arr - np.eye(arr.shape[0]))))
    if err > atol:
        raise InputError(name, f"is not unitary (max |U^dagger U - I| = {err:.3g} > {atol:g})")
    return arr


def hermitian(m: Any, name: str = "H", *, atol: float = OPERATOR_ATOL) -> NDArray[np.complex128]:
    """Refuse a matrix with ``max |H - H^dagger| > atol``."""
    arr = square_matrix(m, name)
    err = float(np.max(np.abs(arr - arr.conj().T)))
    if err > atol:
        raise InputError(name, f"is not Hermitian (max |H - H^dagger| = {err:.3g} > {atol:g})")
    return arr


def positive_int(value: Any, name: str, *, minimum: int = 1, maximum: int | None = None) -> int:
    """Refuse anything that is not an integer in ``[minimum, maximum]``."""
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
        raise InputError(name, f"must be an integer, got {value!r}")
    if value < minimum or (maximum is not None and value > maximum):
        upper = "" if maximum is None else f" and <= {maximum}"
        raise InputError(name, f"must be >= {minimum}{upper}, got {value}")
    return int(value)


def integer(value: Any, name: str, low: int, high: int) -> int:
    """Refuse anything that is not an integer (``bool`` excluded) in ``[low, high]``."""
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or not low <= value <= high:
        raise InputError(name, f"must be an integer from {low:,} to {high:,}, got {value!r}")
    return int(value)


def bounded_float(value: Any, name: str, low: float, high: float, *, below_high: bool = False) -> float:
    """Refuse anything that is not a real number in ``[low, high]`` (``[low, high)`` if ``below_high``)."""
    if isinstance(value, bool):
        raise InputError(name, f"must be a number, got {value!r}")
    try:
        x = float(value)
    except (TypeError, ValueError, OverflowError):
        raise InputError(name, f"must be a number, got {value!r}") from None
    upper_ok = x < high if below_high else x <= high
    if not (math.isfinite(x) and low <= x and upper_ok):
        upper = f"below {high:g}" if below_high else f"{high:g}"
        raise InputError(name, f"must be a number from {low:g} to {upper}, got {value!r}")
    return x


def tolerance(value: Any, name: str = "tol") -> float:
    """A Born-error tolerance within :data:`TOL_RANGE`."""
    return bounded_float(value, name, *TOL_RANGE)


def false_alarm_rate(value: Any, name: str = "alpha") -> float:
    """A false-alarm rate within :data:`ALPHA_RANGE` (the upper end excluded)."""
    return bounded_float(value, name, *ALPHA_RANGE, below_high=True)


def evolution_time(value: Any, name: str = "alpha") -> float:
    """An evolution time ``alpha`` within :data:`EVOLUTION_TIME_RANGE`."""
    return bounded_float(value, name, *EVOLUTION_TIME_RANGE)


def ascii_int(text: str) -> int | None:
    """``int(text)`` when ``text`` is ASCII and ``int`` reads it (``" 12"``, ``"+3"``, ``"1_000"``), else
    ``None``: exactly what ``int`` accepts, without the non-ASCII digits it also reads (``"١٢"``) and
    without the digits ``str.isdigit`` accepts and ``int`` refuses (``"²"``)."""
    if not isinstance(text, str) or not text.isascii() or len(text) > 4300:
        return None
    try:
        return int(text)
    except ValueError:
        return None


def positive_float(value: Any, name: str) -> float:
    """Refuse anything that is not a finite number > 0."""
    try:
        x = float(value)
    except (TypeError, ValueError, OverflowError):
        raise InputError(name, f"must be a number, got {value!r}") from None
    if not np.isfinite(x) or x <= 0:
        raise InputError(name, f"must be a finite number > 0, got {value!r}")
    return x
