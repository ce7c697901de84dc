"""Is a sub-layer one operator? Fixed operators fitted on some examples, scored on held-out ones.

The per-example reading (one Householder reflection built from each example's own
``p_in`` and ``p_out``) reproduces the model by construction. The paper's claim is
about the model: a sub-layer acts like *one* operator, similar across inputs. This
module tests that claim. For a sub-layer with input states ``psi_i = sqrt(p_in,i)``
and the model's next distributions ``q_i = p_out,i``, the examples are split in two
halves (seeded; by ``meta["document"]`` when the trajectories have it, so that no
document is on both sides); candidate operators ``O`` are fitted on one half and scored on the
other by the held-out **Born fidelity**

    F(O) = mean_i ( sum_j |(O psi_i)_j| sqrt(q_ij) )^2,

the classical fidelity of the operator's Born distribution ``|O psi_i|^2`` with the
model's ``q_i`` (1 iff equal), with a bootstrap 95 % interval
(:func:`scipy.stats.bootstrap`, seeded), the fraction of the identity-to-1 gap it
closes, ``(F(O) - F(I)) / (1 - F(I))``, and how often its top-1 output is the model's.

Candidates (a product of Householder reflections ``R_v = I - 2 v v^T`` is stored as
its unit vectors in the order they are applied, ``O = R_k ... R_1``):

``identity``
    ``psi_out ~ psi_in``: the baseline every operator must beat.
``procrustes``
    the orthogonal operator closest to carrying the fit inputs to the fit outputs,
    ``argmin_{R^T R = I} ||R Psi_in - Psi_out||_F`` (:func:`scipy.linalg.orthogonal_procrustes`).
    Unless the fit states span all ``N`` dimensions (and ``N <= PROCRUSTES_RANK``) it is
    solved in the ``r``-dimensional span ``Q`` of their leading singular vectors (``r``:
    their numerical rank, at most :data:`PROCRUSTES_RANK`), ``O = I + Q (R - I) Q^T``: a
    full ``N``-dimensional Procrustes would rotate the directions the fit states do not
    reach arbitrarily. Written as at most ``r`` reflections (:func:`householder_factors`,
    Cartan-Dieudonne).
``mean_householder``
    the paper's mean Householder vector of the fit examples, normalised, used as one operator.
``reflections_k``
    ``k`` fixed reflections (``k`` in :data:`REFLECTIONS`, at most ``N``), fitted by
    gradient ascent of the fit-set Born fidelity: L-BFGS (:func:`scipy.optimize.minimize`)
    on the analytic gradient (:func:`fidelity_and_gradient`), warm-started from the
    ``k``-reflection fit below it, padded with reflections that leave every Born
    distribution as it is (equal pairs ``R_v R_v = I``, and for an odd count one
    coordinate flip ``R_{e_j}``, which only changes the sign of amplitude ``j``); for
    ``k = 1`` also from a coordinate flip (the identity's Born distributions) and, where
    Procrustes needs at most ``k`` reflections, from its factors. L-BFGS never ends above
    its start, and the best start's fit is kept, so on the fit half ``F(reflections_k)``
    is at least that of ``reflections_(k-1)``, of identity, and of Procrustes when it has
    at most ``k`` reflections. Fits run on one BLAS thread (:mod:`threadpoolctl`): the
    same data then give the same reflections whatever the machine's thread settings;
    another CPU may still round differently, so a refit recomputes the report's
    ``reflections_k`` numbers to within the optimiser's tolerance, not bit for bit.
``u2`` (two outputs only)
    the best complex ``U(2)``. A real state ``cos(t/2)|0> + sin(t/2)|1>`` has Bloch vector
    ``(sin t, 0, cos t)``; any ``U(2)`` is a rotation of the Bloch sphere, after which
    ``z = c cos(t - phi)`` with ``c^2 = R_31^2 + R_33^2 <= 1``. Real orthogonal operators
    (rotations and reflections) are exactly ``c = 1``: complex phases add only a
    contraction ``c < 1`` of the same map, realised as ``RX(gamma) RY(-phi)`` with
    ``cos(gamma) = c``. The fit reports ``c`` and what it gains.

Everything here is numpy and scipy; nothing imports torch.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import scipy.linalg
import scipy.optimize
import scipy.stats
import threadpoolctl
from numpy.typing import NDArray

from qlens_q.errors import InputError
from qlens_q.operators import householder_vector_from_probabilities
from qlens_q.trajectories import SubLayer, Trajectories

FIXED_FORMAT = "qlens-q-fixed-operators/1"
REFLECTIONS: tuple[int, ...] = (1, 2, 4, 8)
#: Largest subspace a Procrustes operator is solved in.
PROCRUSTES_RANK = 128
#: Bootstrap resamples of the held-out fidelity's interval.
BOOTSTRAP = 2000
#: L-BFGS iterations per reflection fit.
FIT_ITERATIONS = 100
#: Identity's gap to 1 below which no share of it is reported (``gap_closed`` is ``None``).
GAP_MIN = 1e-9
#: Singular values below this fraction of the largest do not span the Procrustes subspace.
RANK_RTOL = 1e-10
#: Vectors of more outputs than this are not written into the report (they recompute from the trajectories).
STORED_VECTOR_MAX = 64


@dataclass(frozen=True)
class Operator:
    """A fixed operator: reflections (unit rows, applied first to last) and, for ``u2``, ``(c, phi)``."""

    name: str
    reflections: NDArray[np.float64]
    u2: tuple[float, float] | None = None

    def apply(self, psi: NDArray[np.float64]) -> NDArray[Any]:
        """``O psi`` for every row of ``psi`` ``(m, N)``."""
        x: NDArray[Any] = np.array(psi, dtype=np.float64)
        step = np.empty_like(x)
        for v in self.reflections:
            # x - 2 (x.v) v^T, in place: the same products and differences as x - 2.0 * np.outer(x @ v, v)
            np.multiply((x @ v)[:, None], v[None, :], out=step)
            step *= 2.0
            x -= step
        if self.u2 is not None:
            c, phi = self.u2
            gamma = math.acos(min(1.0, max(-1.0, c)))
            x = x.astype(np.complex128) @ (_rx(gamma) @ _ry(-phi)).T
        return x

    def born(self, psi: NDArray[np.float64]) -> NDArray[np.float64]:
        """``|O psi|^2``: the operator's Born distribution for each input state."""
        return np.asarray(np.abs(self.apply(psi)) ** 2, dtype=np.float64)


def _ry(theta: float) -> NDArray[np.complex128]:
    c, s = math.cos(theta / 2), math.sin(theta / 2)
    return np.array([[c, -s], [s, c]], dtype=np.complex128)


def _rx(theta: float) -> NDArray[np.complex128]:
    c, s = math.cos(theta / 2), math.sin(theta / 2)
    return np.array([[c, -1j * s], [-1j * s, c]], dtype=np.complex128)


def born_fidelity(amplitudes: NDArray[Any], q: NDArray[np.float64]) -> NDArray[np.float64]:
    """``(sum_j |a_ij| sqrt(q_ij))^2`` per row: the classical fidelity of ``|a|^2`` with ``q``."""
    return np.asarray(np.sum(np.abs(amplitudes) * np.sqrt(q), axis=1) ** 2, dtype=np.float64)


def fidelity_and_gradient(
    raw: NDArray[np.float64], psi: NDArray[np.float64], sqrt_q: NDArray[np.float64]
) -> tuple[float, NDArray[np.float64]]:
    """``-F`` of the reflections ``raw`` (``(k, N)``, normalised inside) and its gradient.

    The reflections ``R_t = I - 2 v_t v_t^T`` (``v_t = w_t / ||w_t||``) applied in turn, in
    compact WY form (Schreiber and Van Loan): with ``V = [v_1 ... v_k]``,
    ``R_1 R_2 ... R_k = I - V T V^T``, ``T^{-1} = I/2 + striu(V^T V)``, so the rows
    ``x_i = psi_i`` become ``y = x - (x V) T V^T``: five ``(m, N, k)`` products instead of
    ``k`` sequential passes. ``A_i = sum_j |y_ij| sqrt(q_ij)``, ``F = mean_i A_i^2``.

    Backward, with ``G = dL/dy = -(2/m) A_i sign(y_ij) sqrt(q_ij)``, ``B = (x V) T`` and
    ``dL/dB = -G V``: ``dL/dV = -G^T B + x^T (dL/dB T^T) + V (S + S^T)``, where ``S`` is the
    strictly upper part of ``dL/dT^{-1} = -T^T dL/dT T^T``, ``dL/dT = (x V)^T dL/dB``;
    through the normalisation ``dL/dw = (I - v v^T) dL/dv / ||w||``.
    """
    m, k = psi.shape[0], raw.shape[0]
    norms = np.linalg.norm(raw, axis=1)
    norms = np.where(norms > 0, norms, 1.0)
    v = (raw / norms[:, None]).T  # (N, k)
    t_inv = 0.5 * np.eye(k) + np.triu(v.T @ v, 1)
    t = scipy.linalg.solve_triangular(t_inv, np.eye(k))
    a_mat = psi @ v  # (m, k)
    b = a_mat @ t
    y = psi - b @ v.T
    # in place on two (m, N) buffers, the same products as np.sum(np.abs(y) * sqrt_q, axis=1) and
    # -(2.0 / m) * a[:, None] * np.sign(y) * sqrt_q (a product of two floats does not depend on their order)
    g = np.abs(y)
    g *= sqrt_q
    a = np.sum(g, axis=1)
    loss = -float(np.mean(a**2))
    np.sign(y, out=g)
    g *= (-(2.0 / m) * a)[:, None]
    g *= sqrt_q
    d_b = -(g @ v)  # (m, k)
    d_v = -(g.T @ b) + psi.T @ (d_b @ t.T)
    d_t_inv = -t.T @ (a_mat.T @ d_b) @ t.T
    s = np.triu(d_t_inv, 1)
    d_v += v @ (s + s.T)
    d_v = d_v.T  # (k, N)
    grad = (d_v - np.sum(d_v * v.T, axis=1, keepdims=True) * v.T) / norms[:, None]
    return loss, grad


def fit_reflections(
    psi: NDArray[np.float64],
    q: NDArray[np.float64],
    start: NDArray[np.float64],
    iterations: int = FIT_ITERATIONS,
) -> NDArray[np.float64]:
    """Reflections maximising the mean Born fidelity of ``psi -> q``, from ``start`` (``(k, N)``); unit rows."""
    sqrt_q = np.sqrt(q)
    shape = start.shape

    def objective(w: NDArray[np.float64]) -> tuple[float, NDArray[np.float64]]:
        loss, grad = fidelity_and_gradient(w.reshape(shape), psi, sqrt_q)
        return loss, grad.ravel()

    with threadpoolctl.threadpool_limits(limits=1, user_api="blas"):
        result = scipy.optimize.minimize(
            objective, start.ravel(), jac=True, method="L-BFGS-B", options={"maxiter": iterations}
        )
        fitted = np.asarray(result.x, dtype=np.float64).reshape(shape)
        # L-BFGS descends; keep the start all the same should its last step not have
        if objective(fitted.ravel())[0] > objective(start.ravel())[0]:
            fitted = np.array(start, dtype=np.float64)
    return fitted / np.linalg.norm(fitted, axis=1, keepdims=True)


def neutral_reflections(
    count: int, psi: NDArray[np.float64], rng: np.random.Generator
) -> NDArray[np.float64]:
    """``count`` reflections whose product leaves every Born distribution of ``psi`` as it is.

    Equal pairs ``R_v R_v = I`` (``v`` drawn from ``rng``) and, for an odd ``count``, one
    coordinate flip ``R_{e_j}`` (it negates amplitude ``j`` alone), at the largest mean
    amplitude ``j``, where a small turn of it moves the states most.
    """
    n = psi.shape[1]
    pairs = np.repeat(rng.standard_normal((count // 2, n)), 2, axis=0)
    if count % 2 == 0:
        return pairs
    flip = np.zeros((1, n))
    flip[0, int(np.argmax(np.abs(psi).mean(axis=0)))] = 1.0
    return np.vstack([pairs, flip])


def householder_factors(orthogonal: NDArray[np.float64], atol: float = 1e-12) -> NDArray[np.float64]:
    """Unit vectors ``u_1 .. u_s`` (``s <= r``) with ``M = R_{u_1} R_{u_2} ... R_{u_s}``, in the order applied.

    Column by column, the reflection through ``(x - e_j) / ||x - e_j||`` carries the
    current column ``x`` to ``e_j`` and leaves the finished columns alone (``x`` is
    orthogonal to them), so ``R_s ... R_1 M = I``. Returned in application order
    (``R_s`` first), so applying them in turn to a state gives ``M psi``.
    """
    a = np.array(orthogonal, dtype=np.float64)
    r = a.shape[0]
    factors = []
    for j in range(r):
        e = np.zeros(r)
        e[j] = 1.0
        diff = a[:, j] - e
        norm = float(np.linalg.norm(diff))
        if norm <= atol:
            continue
        u = diff / norm
        a = a - 2.0 * np.outer(u, u @ a)
        factors.append(u)
    return np.array(factors[::-1]).reshape(len(factors), r)


def procrustes(
    psi_in: NDArray[np.float64], psi_out: NDArray[np.float64], rank: int = PROCRUSTES_RANK
) -> Operator:
    """The orthogonal operator closest to ``psi_in -> psi_out`` (full, or in an ``r``-dimensional span)."""
    n = psi_in.shape[1]
    u, sv, _ = np.linalg.svd(np.vstack([psi_in, psi_out]).T, full_matrices=False)
    r = min(rank, int(np.sum(sv > RANK_RTOL * sv[0])))
    q_basis = np.eye(n) if r == n else u[:, :r]
    a, b = psi_in @ q_basis, psi_out @ q_basis
    rotation, _ = scipy.linalg.orthogonal_procrustes(a, b)  # a @ rotation ~ b: the operator is rotation.T
    factors = householder_factors(rotation.T)
    return Operator("procrustes", factors @ q_basis.T if factors.size else np.zeros((0, n)))


def mean_householder(p_in: NDArray[np.float64], p_out: NDArray[np.float64]) -> Operator:
    """The paper's mean Householder vector of the examples, normalised, as one reflection (none if it vanishes)."""
    vectors = [householder_vector_from_probabilities(a, b) for a, b in zip(p_in, p_out, strict=True)]
    kept = np.array([v for v in vectors if v is not None])
    n = p_in.shape[1]
    if kept.size == 0 or float(np.linalg.norm(kept.mean(axis=0))) < 1e-12:
        return Operator("mean_householder", np.zeros((0, n)))
    mean = kept.mean(axis=0)
    return Operator("mean_householder", (mean / np.linalg.norm(mean))[None, :])


def fit_u2(psi: NDArray[np.float64], q: NDArray[np.float64]) -> Operator:
    """The best ``U(2)`` for two outputs: ``(c, phi)`` maximising the mean Born fidelity (see the module docstring)."""
    t = 2.0 * np.arctan2(psi[:, 1], psi[:, 0])

    def loss(params: NDArray[np.float64]) -> float:
        c, phi = float(np.clip(params[0], 0.0, 1.0)), float(params[1])
        z = c * np.cos(t - phi)
        p = np.column_stack([(1 + z) / 2, (1 - z) / 2])
        return -float(np.mean(np.sum(np.sqrt(np.clip(p, 0, 1) * q), axis=1) ** 2))

    starts = [(1.0, phi) for phi in np.linspace(-np.pi, np.pi, 25, endpoint=False)]
    best = min(
        (scipy.optimize.minimize(loss, np.array(s), method="L-BFGS-B", bounds=[(0.0, 1.0), (-4 * np.pi, 4 * np.pi)])
         for s in starts),
        key=lambda res: (round(float(res.fun), 14), tuple(np.round(res.x, 12))),
    )  # fmt: skip
    c, phi = float(np.clip(best.x[0], 0.0, 1.0)), float(math.remainder(best.x[1], 2 * math.pi))
    return Operator("u2", np.zeros((0, 2)), (c, phi))


def plane_geometry(matrix: NDArray[np.float64]) -> dict[str, Any]:
    """A 2 x 2 orthogonal operator as a rotation by an angle or a mirror about an axis, in degrees.

    ``-O`` gives the same Born distributions as ``O`` (a global sign), so a rotation angle is
    reported modulo 180 degrees in ``(-90, 90]`` and a mirror axis modulo 90 in ``(-45, 45]``.
    """
    det = float(np.linalg.det(matrix))
    twice = float(
        np.degrees(np.arctan2(matrix[1, 0], matrix[0, 0]))
    )  # rotation angle, or twice the axis angle
    if det > 0:
        return {"determinant": det, "kind": "rotation", "angle_degrees": 90.0 - ((90.0 - twice) % 180.0)}
    return {"determinant": det, "kind": "mirror", "angle_degrees": 45.0 - ((45.0 - twice / 2) % 90.0)}


def split_examples(
    count: int, seed: int, layer: int, groups: Sequence[Any] | None = None
) -> tuple[NDArray[np.intp], NDArray[np.intp]]:
    """A seeded half / half split of ``count`` examples: ``(fit, held out)``, each sorted.

    With ``groups`` (one value per example, e.g. the document an LM position comes from) the
    groups are split instead, in a seeded order, the fit half taking whole groups until it
    holds half the examples: no group has examples on both sides. One example per group is
    the plain split.
    """
    rng = np.random.default_rng(np.random.SeedSequence([seed, 14, layer]))
    if groups is None or len(set(groups)) == count:
        order = rng.permutation(count)
        half = count // 2
        return np.sort(order[:half]), np.sort(order[half:])
    keys = list(dict.fromkeys(groups))  # first-seen order, then shuffled
    members: dict[Any, list[int]] = {key: [] for key in keys}
    for i, g in enumerate(groups):
        members[g].append(i)
    fit: list[int] = []
    for j in rng.permutation(len(keys)):
        if len(fit) >= count // 2:
            break
        fit += members[keys[j]]
    held = sorted(set(range(count)) - set(fit))
    return np.array(sorted(fit), dtype=np.intp), np.array(held, dtype=np.intp)


def _interval(values: NDArray[np.float64], seed: int) -> list[float]:
    if values.size < 2 or float(np.ptp(values)) == 0.0:
        mean = float(values.mean())
        return [mean, mean]
    res = scipy.stats.bootstrap(
        (values,), np.mean, n_resamples=BOOTSTRAP, confidence_level=0.95, method="percentile",
        rng=np.random.default_rng(seed),
    )  # fmt: skip
    return [float(res.confidence_interval.low), float(res.confidence_interval.high)]


@dataclass(frozen=True)
class SubLayerFit:
    """The split of one sub-layer and its fitted candidates."""

    layer: SubLayer
    fit: NDArray[np.intp]
    heldout: NDArray[np.intp]
    operators: tuple[Operator, ...]
    constant_input: bool


def fit_sublayer(traj: Trajectories, layer: SubLayer, seed: int = 0) -> SubLayerFit:
    """Split the examples and fit every candidate on the fit half (see the module docstring)."""
    if traj.num_examples < 4:
        raise InputError("trajectories", "the held-out test needs at least 4 examples (2 to fit, 2 to score)")
    p_in, p_out = traj.probs[:, layer.index], traj.probs[:, layer.index + 1]
    fit, heldout = split_examples(traj.num_examples, seed, layer.index, traj.meta.get("document"))
    if not fit.size or not heldout.size:
        raise InputError("trajectories", "the held-out test needs examples from at least 2 documents")
    psi_in, psi_out = np.sqrt(p_in[fit]), np.sqrt(p_out[fit])
    n = traj.num_outputs
    operators = [
        Operator("identity", np.zeros((0, n))),
        procrustes(psi_in, psi_out),
        mean_householder(p_in[fit], p_out[fit]),
    ]
    rng = np.random.default_rng(np.random.SeedSequence([seed, 15, layer.index]))
    procrustes_factors = operators[1].reflections
    previous = np.zeros((0, n))
    for k in (k for k in REFLECTIONS if k <= n):
        starts = [np.vstack([previous, neutral_reflections(k - previous.shape[0], psi_in, rng)])]
        if k == 1 and operators[2].reflections.size:
            starts.append(operators[2].reflections)  # the paper's mean reflection
        if 0 < procrustes_factors.shape[0] <= k:
            pad = neutral_reflections(k - procrustes_factors.shape[0], psi_in, rng)
            starts.append(np.vstack([procrustes_factors, pad]))
        fits = [fit_reflections(psi_in, p_out[fit], start) for start in starts]
        scores = [float(born_fidelity(Operator("", f).apply(psi_in), p_out[fit]).mean()) for f in fits]
        previous = fits[int(np.argmax(scores))]  # the first of equals
        operators.append(Operator(f"reflections_{k}", previous))
    if n == 2:
        operators.append(fit_u2(psi_in, p_out[fit]))
    constant = bool(np.ptp(p_in[fit], axis=0).max() < 1e-12)
    return SubLayerFit(layer, fit, heldout, tuple(operators), constant)


def gap_closed(gain: float, identity: float | None) -> float | None:
    """``(F - F_identity) / (1 - F_identity)``: the share of identity's gap to 1 an operator closes.

    ``None`` when identity is already within :data:`GAP_MIN` of 1: there is no gap left to
    close, and the ratio of two rounding errors would mean nothing.
    """
    if identity is None or 1.0 - identity < GAP_MIN:
        return None
    return gain / (1.0 - identity)


def score(traj: Trajectories, fitted: SubLayerFit, seed: int = 0) -> dict[str, Any]:
    """Held-out fidelity, its interval, the gain over identity, the gap closed and top-1 of every candidate.

    ``gain`` is ``F - F_identity`` and ``gain_ci95`` the percentile bootstrap interval of the
    mean of the *paired* per-example differences ``F_i - F_identity,i`` (the same held-out
    examples under both operators): whether the candidate beats identity on these examples,
    which the two fidelities' separate intervals cannot tell. JSON-ready.
    """
    j = fitted.layer.index
    psi = np.sqrt(traj.probs[fitted.heldout, j])
    q = traj.probs[fitted.heldout, j + 1]
    psi_fit, q_fit = np.sqrt(traj.probs[fitted.fit, j]), traj.probs[fitted.fit, j + 1]
    scores: dict[str, Any] = {}
    identity = None
    per_example_identity = born_fidelity(psi, q)
    for i, op in enumerate(fitted.operators):
        applied = op.apply(psi)  # O psi, once for the fidelity and the top-1 (op.born(psi) is |O psi|^2)
        f = born_fidelity(applied, q)
        mean = float(f.mean())
        identity = mean if op.name == "identity" else identity
        entry: dict[str, Any] = {
            "fidelity": mean,
            "ci95": _interval(f, seed + i),
            "gain": float(np.mean(f - per_example_identity)),
            "gain_ci95": _interval(f - per_example_identity, seed + 1000 + i),
            "fit_fidelity": float(born_fidelity(op.apply(psi_fit), q_fit).mean()),
            "gap_closed": gap_closed(float(np.mean(f - per_example_identity)), identity),
            "top1": float(np.mean((np.abs(applied) ** 2).argmax(axis=1) == q.argmax(axis=1))),
            "reflections": int(op.reflections.shape[0]),
        }
        if op.u2 is not None:
            entry["contraction"], entry["phase"] = op.u2
        if traj.num_outputs == 2 and op.u2 is None:
            entry.update(plane_geometry(op.apply(np.eye(2)).T))
        if traj.num_outputs <= STORED_VECTOR_MAX:
            entry["vectors"] = op.reflections.tolist()
        scores[op.name] = entry
    return scores


def notes(fitted: SubLayerFit) -> list[str]:
    """What a reader must know about one sub-layer's test."""
    out = []
    if fitted.constant_input:
        out.append(
            "every fit example enters this sub-layer in the same state (a [CLS] readout before attention): "
            "the test is degenerate here, any operator is fitted to one input and held-out fidelity only "
            "measures how far the outputs spread"
        )
    return out


def summary(traj: Trajectories, fitted: SubLayerFit, seed: int = 0) -> dict[str, Any]:
    """One sub-layer's test, JSON-ready: the split (ids), every candidate's scores, the notes."""
    return {
        "fit_ids": [traj.ids[i] for i in fitted.fit],
        "heldout_ids": [traj.ids[i] for i in fitted.heldout],
        "candidates": score(traj, fitted, seed),
        "notes": notes(fitted),
    }


def fixed_operators(
    traj: Trajectories, *, seed: int = 0, sublayers: Sequence[str] | None = None
) -> dict[str, Any]:
    """The held-out test's numbers for every sub-layer (no circuits; see :func:`qlens_q.checks.held_out_test`)."""
    return {
        layer.name: summary(traj, fit_sublayer(traj, layer, seed), seed)
        for layer in traj.layers
        if sublayers is None or layer.name in sublayers
    }


def refit(traj: Trajectories, layer: str, seed: int = 0) -> SubLayerFit:
    """The fitted candidates of one sub-layer again (deterministic: the report's numbers recompute from them)."""
    return fit_sublayer(traj, traj.layer(layer), seed)
