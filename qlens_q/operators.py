"""Layer operators of QLENS: Householder reflections, Hamiltonians, Theorem 1.

A sub-layer that carries the state ``psi_in`` to ``psi_out`` (both real unit
vectors, see :mod:`qlens_q.states`) is read as the Householder reflection

    v = (psi_out - psi_in) / ||psi_out - psi_in||,      U = I - 2 v v^T,

which swaps ``psi_in`` and ``psi_out`` and fixes everything orthogonal to both.
Its Hamiltonian is ``H = (pi / alpha) v v^T``: since ``v v^T`` is a projector,
``exp(-i alpha H) = I + (exp(-i pi) - 1) v v^T = U``.

When ``psi_in`` and ``psi_out`` coincide (``||psi_out - psi_in|| <= identity_atol``)
the layer does nothing: the operator is the identity and ``H = 0``; ``v`` is
``None`` and :attr:`LayerOperator.is_identity` says so (the paper's reference
code divides by zero there).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np
import scipy.linalg
from numpy.typing import NDArray
from qiskit.quantum_info import Operator

from qlens_q import states, validation
from qlens_q.errors import InputError

#: ``||psi_out - psi_in||`` at or below which a layer is the identity. Ignoring a
#: difference this small moves no Born probability by more than ``2e-10``.
IDENTITY_ATOL = 1e-10


def householder_vector(
    psi_in: NDArray[np.float64], psi_out: NDArray[np.float64], *, atol: float = IDENTITY_ATOL
) -> NDArray[np.float64] | None:
    """``v = (psi_out - psi_in) / ||psi_out - psi_in||``, or ``None`` when they coincide."""
    diff = np.asarray(psi_out, dtype=np.float64) - np.asarray(psi_in, dtype=np.float64)
    norm = float(np.linalg.norm(diff))
    if norm <= atol:
        return None
    return diff / norm


def householder_vector_from_probabilities(
    p_in: NDArray[np.float64], p_out: NDArray[np.float64], *, atol: float = IDENTITY_ATOL
) -> NDArray[np.float64] | None:
    """:func:`householder_vector` of ``sqrt(p_in)`` and ``sqrt(p_out)``, free of cancellation.

    ``sqrt(q_j) - sqrt(p_j)`` is computed as ``(q_j - p_j) / (sqrt(q_j) + sqrt(p_j))``
    with both vectors normalised by their exactly summed totals (``math.fsum``),
    so ``v`` keeps full relative precision even when the two states differ by
    1e-9 (float32 softmax round-off does that). Subtracting the rounded
    amplitudes instead leaves ``U psi_in`` about ``1e-16 / ||psi_out - psi_in||``
    away from ``psi_out``.
    """
    p = np.asarray(p_in, dtype=np.float64)
    q = np.asarray(p_out, dtype=np.float64)
    s_p, s_q = math.fsum(p), math.fsum(q)
    delta = q - p
    numerator = (delta - p * (math.fsum(delta) / s_p)) / s_q  # q_j/s_q - p_j/s_p
    denominator = np.sqrt(q / s_q) + np.sqrt(p / s_p)
    diff = np.divide(numerator, denominator, out=np.zeros_like(numerator), where=denominator > 0)
    norm = float(np.linalg.norm(diff))
    if norm <= atol:
        return None
    return diff / norm


def householder_unitary(v: NDArray[np.float64] | None, dim: int) -> NDArray[np.float64]:
    """``U = I - 2 v v^T`` (the identity when ``v`` is ``None``)."""
    if v is None:
        return np.eye(dim)
    return np.eye(dim) - 2.0 * np.outer(v, v)


def householder_hamiltonian(
    v: NDArray[np.float64] | None, dim: int, alpha: float = 1.0
) -> NDArray[np.float64]:
    """``H = (pi / alpha) v v^T`` (zero when ``v`` is ``None``), so ``exp(-i alpha H) = U``."""
    if v is None:
        return np.zeros((dim, dim))
    return (np.pi / alpha) * np.outer(v, v)


def evolution_error(hamiltonian: Any, unitary: Any, time: float) -> float:
    """``max |exp(-i t H) - U|``: how far ``U`` is from the evolution under ``H`` for time ``t``."""
    h = validation.hermitian(hamiltonian, "hamiltonian")
    u = validation.unitary(unitary, "unitary")
    if not np.isfinite(time):
        raise InputError("time", f"must be finite, got {time!r}")
    if h.shape != u.shape:
        raise InputError("hamiltonian/unitary", f"shapes differ ({h.shape} and {u.shape})")
    return float(np.max(np.abs(scipy.linalg.expm(-1j * time * h) - u)))


def delta_psi(hamiltonian: Any, psi: Any, alpha: float) -> NDArray[np.complex128]:
    """Theorem 1: the change of state under ``exp(-i alpha H)`` from H's eigen-pairs.

        Delta psi = sum_k (exp(-i alpha lambda_k) - 1) <e_k|psi> |e_k>

    Valid for any Hermitian ``H`` (not only rank one). For the Householder
    Hamiltonian it reduces to :func:`delta_psi_householder`.
    """
    h = validation.hermitian(hamiltonian, "hamiltonian")
    vec = np.asarray(psi, dtype=np.complex128)
    if vec.shape != (h.shape[0],):
        raise InputError("psi", f"length {vec.shape} does not match H of size {h.shape[0]}")
    if not np.all(np.isfinite(vec)):
        raise InputError("psi", "has non-finite entries")
    if not np.isfinite(alpha):
        raise InputError("alpha", f"must be finite, got {alpha!r}")
    eigvals, eigvecs = np.linalg.eigh(h)
    overlaps = eigvecs.conj().T @ vec
    return eigvecs @ ((np.exp(-1j * alpha * eigvals) - 1.0) * overlaps)


def delta_psi_householder(v: NDArray[np.float64] | None, psi: NDArray[Any]) -> NDArray[Any]:
    """Rank-one case of Theorem 1: ``Delta psi = U psi - psi = -2 <v|psi> v``."""
    if v is None:
        return np.zeros_like(psi)
    return -2.0 * np.vdot(v, psi) * v


@dataclass(frozen=True)
class LayerOperator:
    """The QLENS operator of one sub-layer: ``psi_in -> psi_out`` by a Householder reflection.

    Attributes:
        psi_in: Born amplitudes of the input distribution, zero-padded to ``2^n``.
        psi_out: Born amplitudes of the output distribution, same length.
        v: the unit Householder vector, or ``None`` when the layer is the identity.
        alpha: the evolution time in ``U = exp(-i alpha H)``.
        num_classes: ``N``, the number of output units before padding.
    """

    psi_in: NDArray[np.float64]
    psi_out: NDArray[np.float64]
    v: NDArray[np.float64] | None
    alpha: float
    num_classes: int

    @property
    def num_qubits(self) -> int:
        """``n`` with ``2^n = len(psi_in)``."""
        return int(self.psi_in.shape[0]).bit_length() - 1

    @property
    def dim(self) -> int:
        """Dimension ``2^n`` of the (padded) Hilbert space."""
        return int(self.psi_in.shape[0])

    @property
    def is_identity(self) -> bool:
        """True when ``psi_in`` and ``psi_out`` coincide and the layer does nothing."""
        return self.v is None

    def unitary(self) -> Operator:
        """``U = I - 2 v v^T`` as a :class:`qiskit.quantum_info.Operator`."""
        return Operator(householder_unitary(self.v, self.dim))

    def hamiltonian(self) -> Operator:
        """``H = (pi / alpha) v v^T`` as a :class:`qiskit.quantum_info.Operator`."""
        return Operator(householder_hamiltonian(self.v, self.dim, self.alpha))

    def delta_psi(self) -> NDArray[np.float64]:
        """``U psi_in - psi_in = psi_out - psi_in`` from Theorem 1 (rank-one form)."""
        return np.real(delta_psi_householder(self.v, self.psi_in))

    def rotation_angle(self, time: float | None = None) -> float:
        """``theta = pi t / alpha`` with ``exp(-i t H) = exp(-i theta v v^T)``; ``t`` defaults to alpha."""
        t = self.alpha if time is None else time
        return float(np.pi * t / self.alpha)

    def evolve(self, psi: NDArray[Any], time: float | None = None) -> NDArray[np.complex128]:
        """``exp(-i t H) psi`` in closed form: ``v v^T`` is a projector, so

            exp(-i theta v v^T) = I + (e^{-i theta} - 1) v v^T,      theta = pi t / alpha,

        and ``exp(-i t H) psi = psi + (e^{-i theta} - 1) <v|psi> v`` (``psi`` itself for an identity
        layer). ``psi``: a state ``(dim,)`` or states as columns ``(dim, m)``; ``t`` defaults to alpha.
        """
        state = np.asarray(psi)
        if state.shape[:1] != (self.dim,):
            raise InputError("psi", f"needs {self.dim} rows, got shape {state.shape}")
        if self.v is None:
            return state.astype(np.complex128)
        phase = np.exp(-1j * self.rotation_angle(time)) - 1.0
        return np.asarray(state + np.multiply.outer(self.v, phase * (self.v @ state)), dtype=np.complex128)

    def evolution(self, time: float | None = None) -> NDArray[np.complex128]:
        """The matrix ``exp(-i t H) = I + (e^{-i theta} - 1) v v^T`` (:meth:`evolve` of the identity)."""
        return self.evolve(np.eye(self.dim), time)


def layer_operator(
    p_in: Any,
    p_out: Any,
    *,
    alpha: float = 1.0,
    names: tuple[str, str] = ("p_in", "p_out"),
    identity_atol: float = IDENTITY_ATOL,
) -> LayerOperator:
    """Validate two distributions and return the Householder operator between their states."""
    alpha = validation.evolution_time(alpha, "alpha")
    pi_ = validation.probabilities(p_in, names[0])
    po_ = validation.probabilities(p_out, names[1])
    validation.same_length(pi_, po_, *names)
    psi_in = states.pad(np.sqrt(pi_))
    psi_out = states.pad(np.sqrt(po_))
    v_classes = householder_vector_from_probabilities(pi_, po_, atol=identity_atol)
    v = None if v_classes is None else states.pad(v_classes)
    return LayerOperator(psi_in, psi_out, v, alpha, int(pi_.shape[0]))


def frobenius_similarity(a: Any, b: Any) -> float:
    """Frobenius cosine similarity ``Re <A, B>_F / (||A||_F ||B||_F)``, in ``[-1, 1]``.

    ``<A, B>_F = tr(A^dagger B)``. Refuses zero matrices (the similarity of an
    identity layer's ``H = 0`` is undefined).
    """
    ma = np.asarray(a.data if isinstance(a, Operator) else a, dtype=np.complex128)
    mb = np.asarray(b.data if isinstance(b, Operator) else b, dtype=np.complex128)
    if ma.shape != mb.shape or ma.ndim != 2:
        raise InputError("a/b", f"need two matrices of one shape, got {ma.shape} and {mb.shape}")
    if not (np.all(np.isfinite(ma)) and np.all(np.isfinite(mb))):
        raise InputError("a/b", "has non-finite entries")
    na, nb = np.linalg.norm(ma), np.linalg.norm(mb)
    if na == 0 or nb == 0:
        raise InputError("a/b", "Frobenius similarity is undefined for a zero matrix")
    return float(np.real(np.vdot(ma, mb)) / (na * nb))
