"""Statistical tests of the QLENS analysis: permutation tests, Theorem 1, distance correlation, clusters.

**Permutation tests** (:func:`similarity_permutation_test`, :func:`mean_vector_permutation_test`).
The layer's Householder vectors (group A, ``m_A`` rows) and the random baseline's
(group B, ``m_B`` rows) are pooled; a test statistic compares the groups, and its
null distribution comes from reassigning the group labels at random
(:func:`scipy.stats.permutation_test`, ``permutation_type="independent"``,
``alternative="greater"``: one-sided, A larger than B). The pooled pairwise
similarity matrix ``S`` (or the pooled vectors ``V``) is computed **once**; a
relabelling is a 0/1 membership row ``c`` and

    mean pairwise similarity of the set c = (c^T S c - sum_{i in c} S_ii) / (n (n - 1)),
    mean vector of the set c               = c^T V / n,

so a batch of ``R`` relabellings is one ``(R, m) @ (m, m)`` product.

**p-values.** scipy counts the resamples at least as extreme as the observed
statistic (with a relative tolerance of ~100 ulp) and, for a *randomised* test
(fewer resamples than distinct relabellings, always the case here), adds one to
both counts (``scipy/stats/_resampling.py``, ``adjustment = 1``):

    p = (#{null >= observed} + 1) / (n_resamples + 1),

the "+1 smoothing" of the paper, so ``p >= 1 / (n_resamples + 1)`` (0.000999 for
1,000 resamples, the paper notebook's value). When ``n_resamples`` covers every
distinct relabelling scipy runs the exact test instead, ``p = #{null >= observed} / #relabellings``
(the observed labelling is one of them, so ``p > 0``).
Seeding: ``rng=numpy.random.default_rng(seed)`` (scipy >= 1.15 keyword).

**Theorem 1** (:func:`delta_psi_summary`): for ``H = (pi/alpha) v v^T`` the change of
state is ``Delta psi = sum_k (e^{-i alpha lambda_k} - 1) <e_k|psi> e_k = -2 <v|psi_in> v``
(:func:`qlens_q.operators.delta_psi_householder`), which equals ``psi_out - psi_in``.

**Distance correlation** (:func:`distance_correlation_summary`): Székely's
``dCor(X, Y)`` between the paired attention and MLP Householder vectors of the same
examples, with ``dcor``'s permutation test of distance covariance and its
large-sample t-test (Székely & Rizzo 2013), computed here with dcor's numpy arithmetic
(bit for bit; dcor itself is not imported).

**Clusters** (:func:`cluster_summary`, for ``N > 2``): PCA by SVD of the centred data;
k-means (:func:`scipy.cluster.vq.kmeans2`, k-means++ start, seeded, best of a few
restarts) on the first PCA coordinates for ``k = 1..8``; ``k`` picked at the elbow
of the within-cluster sum of squares ``W_k`` by the kneedle rule.
"""

from __future__ import annotations

import hashlib
import math
import warnings
from collections.abc import Callable
from typing import Any

import numpy as np
import scipy.cluster.vq
import scipy.stats
from numpy.typing import NDArray

from qlens_q.errors import InputError
from qlens_q.operators import delta_psi_householder
from qlens_q.stats.similarity import hamiltonian_similarity_matrix, unitary_similarity_matrix

#: Default resamples of every permutation test (the paper uses 1,000).
N_RESAMPLES = 1000
#: Relabellings per vectorised batch are capped so a batch holds at most this many floats.
_BATCH_FLOATS = 2**22


def _membership(indices: NDArray[Any], size: int) -> NDArray[np.float64]:
    """0/1 rows: ``out[b, i] = 1`` iff ``i`` is among ``indices[b]``."""
    idx = np.rint(np.atleast_2d(indices)).astype(np.intp)
    out = np.zeros((idx.shape[0], size), dtype=np.float64)
    np.put_along_axis(out, idx, 1.0, axis=1)
    return out


def mean_pairwise_of_sets(similarity: NDArray[np.float64], indices: NDArray[Any]) -> NDArray[np.float64]:
    """Mean ``S_ab`` over pairs ``a != b`` inside each index set (one set per row of ``indices``)."""
    idx = np.atleast_2d(indices)
    n = idx.shape[-1]
    member = _membership(idx, similarity.shape[0])
    quad = np.einsum("bi,bi->b", member @ similarity, member)
    diag = member @ np.diagonal(similarity)
    return np.asarray((quad - diag) / (n * (n - 1)), dtype=np.float64)


def mean_vector_norm_of_sets(vectors: NDArray[np.float64], indices: NDArray[Any]) -> NDArray[np.float64]:
    """``|| mean of the rows in each index set ||`` (one set per row of ``indices``)."""
    idx = np.atleast_2d(indices)
    member = _membership(idx, vectors.shape[0])
    return np.asarray(np.linalg.norm(member @ vectors / idx.shape[-1], axis=1), dtype=np.float64)


def _group_permutation_test(
    size_a: int,
    size_b: int,
    statistic_of_sets: Callable[[NDArray[Any]], NDArray[np.float64]],
    n_resamples: int,
    seed: int,
) -> tuple[float, float, float, float, NDArray[np.float64]]:
    """One-sided test of ``f(A) - f(B)`` by relabelling the pooled rows ``0..size_a+size_b-1``.

    Returns ``(f(A), f(B), observed difference, p, null distribution)``.
    """
    if n_resamples < 1:
        raise InputError("permutations", f"must be >= 1, got {n_resamples}")
    pooled = size_a + size_b
    group_a = np.arange(size_a, dtype=np.float64)
    group_b = np.arange(size_a, pooled, dtype=np.float64)

    def statistic(x: NDArray[Any], y: NDArray[Any], axis: int = -1) -> NDArray[np.float64]:
        x, y = np.moveaxis(np.asarray(x), axis, -1), np.moveaxis(np.asarray(y), axis, -1)
        diff = statistic_of_sets(x.reshape(-1, x.shape[-1])) - statistic_of_sets(y.reshape(-1, y.shape[-1]))
        return np.asarray(diff.reshape(x.shape[:-1]))

    result = scipy.stats.permutation_test(
        (group_a, group_b),
        statistic,
        permutation_type="independent",
        vectorized=True,
        n_resamples=n_resamples,
        batch=max(1, _BATCH_FLOATS // pooled),
        alternative="greater",
        rng=np.random.default_rng(seed),
    )
    value_a = float(statistic_of_sets(group_a)[0])
    value_b = float(statistic_of_sets(group_b)[0])
    null = np.asarray(result.null_distribution, dtype=np.float64)
    return value_a, value_b, float(result.statistic), float(result.pvalue), null


def _test_record(
    a: float, b: float, observed: float, p: float, null: NDArray[np.float64], sizes: tuple[int, int]
) -> dict[str, Any]:
    return {
        "layer": a,
        "baseline": b,
        "difference": observed,
        "p_value": p,
        "n_resamples": int(null.size),
        "exact": bool(math.comb(sizes[0] + sizes[1], sizes[0]) <= null.size),
        "alternative": "greater",
        "null_mean": float(null.mean()),
        "null_sd": float(null.std()),
    }


def similarity_permutation_test(
    layer_vectors: Any,
    baseline_vectors: Any,
    *,
    kind: str = "unitary",
    dim: int | None = None,
    n_resamples: int = N_RESAMPLES,
    seed: int = 0,
) -> dict[str, Any]:
    """Is the layer's mean pairwise similarity larger than the baseline's? (one-sided permutation test)

    Statistic: mean pairwise ``cos(U_a, U_b)`` (``kind="unitary"``; zero rows are
    identity layers, ``U = I``) or ``cos(H_a, H_b) = (v_a . v_b)^2``
    (``kind="hamiltonian"``; unit rows only) within the layer's vectors, minus the
    same within the baseline's. Returns ``layer``, ``baseline``, ``difference``,
    ``p_value`` (``(count + 1) / (n_resamples + 1)``), the null mean and sd.
    """
    a = np.asarray(layer_vectors, dtype=np.float64)
    b = np.asarray(baseline_vectors, dtype=np.float64)
    if a.shape[0] < 2 or b.shape[0] < 2:
        raise InputError("vectors", f"each group needs at least 2 vectors, got {a.shape[0]} and {b.shape[0]}")
    pooled = np.vstack([a, b])
    if kind == "unitary":
        sim = unitary_similarity_matrix(pooled, dim)
    elif kind == "hamiltonian":
        sim = hamiltonian_similarity_matrix(pooled)
    else:
        raise InputError("kind", f"unknown similarity {kind!r} (unitary or hamiltonian)")
    va, vb, obs, p, null = _group_permutation_test(
        a.shape[0], b.shape[0], lambda idx: mean_pairwise_of_sets(sim, idx), n_resamples, seed
    )
    return _test_record(va, vb, obs, p, null, (a.shape[0], b.shape[0]))


def mean_vector_permutation_test(
    layer_vectors: Any, baseline_vectors: Any, *, n_resamples: int = N_RESAMPLES, seed: int = 0
) -> dict[str, Any]:
    """Is the norm of the layer's mean Householder vector larger than the baseline's? (one-sided)

    Statistic: ``|| mean_A v || - || mean_B v ||``. A large norm means the layer
    moves the states in a systematic direction; random vectors average out.
    """
    a = np.asarray(layer_vectors, dtype=np.float64)
    b = np.asarray(baseline_vectors, dtype=np.float64)
    if a.shape[0] < 2 or b.shape[0] < 2:
        raise InputError("vectors", f"each group needs at least 2 vectors, got {a.shape[0]} and {b.shape[0]}")
    pooled = np.vstack([a, b])
    va, vb, obs, p, null = _group_permutation_test(
        a.shape[0], b.shape[0], lambda idx: mean_vector_norm_of_sets(pooled, idx), n_resamples, seed
    )
    return _test_record(va, vb, obs, p, null, (a.shape[0], b.shape[0]))


def delta_psi_vectors(
    vectors: list[NDArray[np.float64] | None], psi_in: NDArray[np.float64]
) -> NDArray[np.float64]:
    """Theorem 1 per example: ``Delta psi_k = -2 <v_k|psi_in,k> v_k`` (zero for an identity layer)."""
    out = np.zeros_like(np.asarray(psi_in, dtype=np.float64))
    for k, v in enumerate(vectors):
        out[k] = np.real(delta_psi_householder(v, psi_in[k]))
    return out


def delta_psi_summary(
    vectors: list[NDArray[np.float64] | None], psi_in: NDArray[np.float64], psi_out: NDArray[np.float64]
) -> dict[str, Any]:
    """Mean ``Delta psi`` (Theorem 1) over the examples, its norm, and Theorem 1's check.

    ``theorem1_max_error`` is ``max_k || Delta psi_k - (psi_out,k - psi_in,k) ||_inf``:
    Theorem 1 applied to the reflection must reproduce the observed change of state.
    """
    dpsi = delta_psi_vectors(vectors, psi_in)
    mean = dpsi.mean(axis=0)
    return {
        "mean": mean.tolist(),
        "norm": float(np.linalg.norm(mean)),
        "mean_of_norms": float(np.linalg.norm(dpsi, axis=1).mean()),
        "theorem1_max_error": float(np.max(np.abs(dpsi - (psi_out - psi_in)))),
    }


def distance_correlation_summary(
    x: Any, y: Any, *, n_resamples: int = N_RESAMPLES, seed: int = 0
) -> dict[str, Any]:
    """Distance correlation of paired samples (rows of ``x`` and ``y``), with two independence tests.

    With the Euclidean distance matrices ``a_ij = |x_i - x_j|``, ``b_ij = |y_i - y_j|``
    (:func:`scipy.spatial.distance.cdist`) and their double-centred forms ``A``, ``B``
    (``dcor.double_centered``):

    * ``statistic``: ``dCor = sqrt(<A, B> / sqrt(<A, A> <B, B>))``, ``<A, B> = mean_ij A_ij B_ij``
      (``dcor.mean_product``; 0 when a sample is constant): ``dcor.distance_correlation``;
    * ``permutation_p``: the permutation test of ``n <A, B>`` with ``n_resamples`` permutations
      of the sample (``numpy.random.RandomState(seed)``), ``p = (#{null > observed} + 1) /
      (n_resamples + 1)``: ``dcor.independence.distance_covariance_test``;
    * ``t_statistic`` / ``t_test_p``: the bias-corrected ``R*`` from the U-centred matrices
      (``dcor.u_centered``, ``dcor.u_product``), ``t = sqrt(v - 1) R* / sqrt(1 - R*^2)``,
      ``v = n (n - 3) / 2``, one-sided Student ``t`` with ``v - 1`` degrees of freedom
      (Székely & Rizzo 2013): ``dcor.independence.distance_correlation_t_test``.

    Why not call dcor: with ``array-api-compat`` >= 1.x, dcor 0.7 no longer recognises a
    numpy array as numpy and computes distances by broadcasting an ``(n, n, d)`` array (16 GB
    for 700 vectors over a 4,096-word vocabulary), and importing dcor compiles or loads numba
    kernels (~9 s, and longer on the first run after installing). The distance matrices here
    cost ``n^2`` memory, and the centring and products are dcor's own numpy arithmetic, one
    operation for one (:func:`double_centered`, :func:`u_centered`, :func:`mean_product`,
    :func:`u_product`): every number is bit for bit dcor's (``tests/test_analysis.py`` checks
    them against dcor's functions). A value that is not finite (``t = inf`` when ``R*`` is 1,
    NaN for constant samples) is returned as ``None``.
    """
    import scipy.spatial.distance

    xa = np.ascontiguousarray(x, dtype=np.float64)
    ya = np.ascontiguousarray(y, dtype=np.float64)
    xa, ya = (v.reshape(-1, 1) if v.ndim == 1 else v for v in (xa, ya))
    if xa.shape[0] != ya.shape[0]:
        raise InputError("x/y", f"need paired samples, got {xa.shape[0]} and {ya.shape[0]} rows")
    n = xa.shape[0]
    if n < 4:
        raise InputError("x/y", f"need at least 4 paired samples, got {n}")
    da = scipy.spatial.distance.cdist(xa, xa)
    db = scipy.spatial.distance.cdist(ya, ya)
    a, b = double_centered(da), double_centered(db)
    dcov = float(mean_product(a, b))
    denominator = math.sqrt(float(mean_product(a, a)) * float(mean_product(b, b)))
    stat = math.sqrt(max(dcov / denominator, 0.0)) if denominator > 0 else 0.0
    random_state = np.random.RandomState(seed)
    exceed = 0
    flat, product = a.ravel(), np.empty_like(a)
    for _ in range(n_resamples):
        order = random_state.permutation(n)
        # dcor's a[order][:, order] (flat indices n order_i + order_j), times b, in one reused buffer:
        # mean_product's numbers (the same array, the same numpy.mean)
        np.take(flat, order[:, None] * n + order, out=product)
        exceed += int(n * float(np.mean(np.multiply(product, b, out=product))) > n * dcov)
    ua, ub = u_centered(da), u_centered(db)
    u_norm = float(u_product(ua, ua)) * float(u_product(ub, ub))
    r_star = float(u_product(ua, ub)) / math.sqrt(u_norm) if u_norm > 0 else math.nan
    v = n * (n - 3) / 2
    with np.errstate(divide="ignore", invalid="ignore"):  # t = inf when R* is 1
        t = float(np.sqrt(v - 1) * r_star / np.sqrt(np.float64(1 - r_star**2)))
    return {
        "statistic": _finite(stat),
        "n": int(n),
        "permutation_p": _finite((exceed + 1) / (n_resamples + 1)),
        "n_resamples": n_resamples,
        "t_statistic": _finite(t),
        "t_test_p": _finite(float(1 - scipy.stats.t.cdf(t, df=v - 1))),
    }


def double_centered(a: NDArray[np.float64]) -> NDArray[np.float64]:
    """``A_ij = a_ij - r_j - r_i + t`` with row means ``r_i = (1/n) sum_l a_il`` and ``t = (1/n^2) sum_kl a_kl``.

    The arithmetic of ``dcor.double_centered`` (dcor 0.7) for a symmetric float matrix, in the
    same order (row sums along the fast axis, their total; subtract, subtract, add), so the
    result is bit for bit dcor's.
    """
    out = a / 1
    n = a.shape[0]
    axis_sum = np.sum(a, axis=1)
    total_mean = np.sum(axis_sum) / n**2
    axis_mean = axis_sum / n
    out -= axis_mean[None, :]
    out -= axis_mean[:, None]
    out += total_mean
    return out


def u_centered(a: NDArray[np.float64]) -> NDArray[np.float64]:
    """``U_ij = a_ij - s_i/(n-2) - s_j/(n-2) + S/((n-1)(n-2))`` off the diagonal, ``U_ii = 0``
    (``s_i`` row sums, ``S`` their total): ``dcor.u_centered``'s arithmetic, bit for bit."""
    out = a / 1
    n = a.shape[0]
    axis_sum = np.sum(a, axis=1)
    total_u_mean = np.sum(axis_sum) / ((n - 1) * (n - 2))
    axis_u_mean = axis_sum / (n - 2)
    out -= axis_u_mean[None, :]
    out -= axis_u_mean[:, None]
    out += total_u_mean
    out[np.eye(n, dtype=bool)] = 0
    return out


def mean_product(a: NDArray[np.float64], b: NDArray[np.float64]) -> np.float64:
    """``(1/n^2) sum_ij a_ij b_ij`` (``numpy.mean`` of the product): ``dcor.mean_product``."""
    return np.float64(np.mean(a * b))


def u_product(a: NDArray[np.float64], b: NDArray[np.float64]) -> np.float64:
    """``(1/(n(n-3))) sum_ij a_ij b_ij``: ``dcor.u_product``, the inner product of U-centred matrices."""
    n = a.shape[0]
    return np.float64(np.sum(a * b) / (n * (n - 3)))


def _finite(x: float) -> float | None:
    """``x``, or ``None`` when it is infinite or NaN (JSON has no such numbers)."""
    return x if math.isfinite(x) else None


#: The last few PCAs (input's shape and SHA-256, ratios, coordinates): the analysis asks for the
#: PCA of the same vectors twice per sub-layer (the reported components and the clusters' coordinates).
_PCA_CACHE: list[tuple[tuple[tuple[int, ...], bytes], NDArray[np.float64], NDArray[np.float64]]] = []
_PCA_CACHE_SIZE = 4


def _pca_full(x: NDArray[np.float64]) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """All ratios and coordinates of :func:`pca`, computed once per distinct input (same shape and bytes)."""
    key = (x.shape, hashlib.sha256(np.ascontiguousarray(x).tobytes()).digest())
    for known, ratios, coords in _PCA_CACHE:
        if known == key:
            return ratios, coords
    centred = x - x.mean(axis=0)
    u, s, _ = np.linalg.svd(centred, full_matrices=False)
    total = float(np.sum(s**2))
    ratios = s**2 / total if total > 0 else np.zeros_like(s)
    coords = u * s
    for a in (ratios, coords):
        a.flags.writeable = False
    _PCA_CACHE.insert(0, (key, ratios, coords))
    del _PCA_CACHE[_PCA_CACHE_SIZE:]
    return ratios, coords


def pca(data: Any, components: int | None = None) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """PCA by SVD of the centred data: ``(explained variance ratios, coordinates)``.

    ``X - mean = U diag(s) W^T``; the ratios are ``s_i^2 / sum s^2`` and the
    coordinates ``U diag(s)`` (the first ``components`` columns). The SVD of an input
    equal (element for element) to one of the last few is reused: the same numbers,
    computed once.
    """
    ratios, coords = _pca_full(np.asarray(data, dtype=np.float64))
    q = ratios.shape[0] if components is None else min(components, ratios.shape[0])
    return ratios[:q].copy(), coords[:, :q].copy()


def kmeans(
    data: NDArray[np.float64], k: int, rng: np.random.Generator, restarts: int = 5
) -> tuple[float, NDArray[np.intp]]:
    """Best of ``restarts`` seeded k-means++ runs: ``(within-cluster sum of squares W_k, labels)``."""
    if k == 1:
        return float(np.sum((data - data.mean(axis=0)) ** 2)), np.zeros(data.shape[0], dtype=np.intp)
    best: tuple[float, NDArray[np.intp]] | None = None
    for _ in range(restarts):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "One of the clusters is empty": that restart just scores worse
            centroids, labels = scipy.cluster.vq.kmeans2(data, k, minit="++", rng=rng)
        inertia = float(np.sum((data - centroids[labels]) ** 2))
        if best is None or inertia < best[0]:
            best = (inertia, labels.astype(np.intp))
    assert best is not None
    return best


def elbow(inertias: list[float]) -> int:
    """Kneedle elbow of a decreasing ``W_1..W_K``: ``argmax_k (1 - x_k) - y_k``, returned as ``k``.

    ``x_k = (k - 1) / (K - 1)`` and ``y_k = (W_k - W_K) / (W_1 - W_K)`` scale the curve
    to the unit square; the elbow is the point farthest below the chord from
    ``(0, 1)`` to ``(1, 0)``. ``k = 1`` when the curve is flat or never dips below it.
    """
    w = np.asarray(inertias, dtype=np.float64)
    if w.size < 3 or w[0] - w[-1] <= 1e-12 * max(abs(w[0]), 1.0):
        return 1
    x = np.arange(w.size) / (w.size - 1)
    y = (w - w[-1]) / (w[0] - w[-1])
    gap = (1.0 - x) - y
    return int(np.argmax(gap)) + 1 if gap.max() > 0 else 1


def second_difference_elbow(inertias: list[float]) -> int:
    """``argmax_k W_{k-1} - 2 W_k + W_{k+1}`` over ``k = 2..K-1`` (1 if ``K < 3``)."""
    w = np.asarray(inertias, dtype=np.float64)
    if w.size < 3:
        return 1
    return int(np.argmax(w[:-2] - 2 * w[1:-1] + w[2:])) + 2


def silhouette(data: Any, labels: Any) -> float | None:
    """Mean silhouette ``s = mean_i (b_i - a_i) / max(a_i, b_i)`` of a clustering (Euclidean).

    ``a_i``: mean distance to the other members of ``i``'s cluster (``s_i = 0`` for a
    singleton); ``b_i``: mean distance to the nearest other cluster. ``None`` with
    fewer than 2 clusters or as many clusters as points.
    """
    x = np.asarray(data, dtype=np.float64)
    lab = np.asarray(labels)
    clusters = np.unique(lab)
    if clusters.size < 2 or clusters.size >= x.shape[0]:
        return None
    dist = np.sqrt(np.maximum(((x[:, None, :] - x[None, :, :]) ** 2).sum(-1), 0.0))
    scores = np.zeros(x.shape[0])
    for i in range(x.shape[0]):
        own = lab == lab[i]
        if own.sum() == 1:
            continue
        a = dist[i, own].sum() / (own.sum() - 1)
        b = min(dist[i, lab == c].mean() for c in clusters if c != lab[i])
        scores[i] = (b - a) / max(a, b) if max(a, b) > 0 else 0.0
    return float(scores.mean())


def cluster_summary(
    data: Any, *, k_max: int = 8, pca_components: int = 10, seed: int = 0, restarts: int = 5
) -> dict[str, Any]:
    """PCA and elbow-chosen k-means of the rows of ``data`` (Householder or Delta psi vectors).

    Returns ``explained_variance_ratio`` (first ``pca_components``), ``inertias``
    ``W_1..W_K`` (``K = min(k_max, rows)``), ``k`` (kneedle elbow, used),
    ``k_second_difference`` (the other common rule, for comparison) and
    ``cluster_sizes`` of the chosen ``k`` (clusters numbered by size, largest first, in
    ``labels`` too), its ``inertia`` and mean :func:`silhouette`. k-means runs on the
    first ``pca_components`` PCA coordinates.
    """
    x = np.asarray(data, dtype=np.float64)
    if x.ndim != 2 or x.shape[0] < 2:
        raise InputError("data", f"need at least 2 rows of vectors, got shape {x.shape}")
    ratios, coords = pca(x, pca_components)
    rng = np.random.default_rng(seed)
    k_top = min(k_max, x.shape[0])
    runs = [kmeans(coords, k, rng, restarts) for k in range(1, k_top + 1)]
    inertias = [r[0] for r in runs]
    k = elbow(inertias)
    labels = _by_size(runs[k - 1][1], k)
    sizes = np.bincount(labels, minlength=k)
    return {
        "explained_variance_ratio": ratios.tolist(),
        "inertias": inertias,
        "k": k,
        "k_second_difference": second_difference_elbow(inertias),
        "cluster_sizes": [int(s) for s in sizes],
        "inertia": inertias[k - 1],
        "silhouette": silhouette(coords, labels),
        "labels": labels.tolist(),
    }


def _by_size(labels: NDArray[np.intp], k: int) -> NDArray[np.intp]:
    """Renumber clusters so that cluster 0 is the largest (ties: the one met first)."""
    sizes = np.bincount(labels, minlength=k)
    first = np.array([np.flatnonzero(labels == c)[0] if sizes[c] else labels.size for c in range(k)])
    order = sorted(range(k), key=lambda c: (-sizes[c], first[c]))
    rank = np.empty(k, dtype=np.intp)
    rank[order] = np.arange(k)
    return rank[labels]
