"""The QLENS analysis of a set of trajectories: the paper's table, for any number of sub-layers.

For every sub-layer ``j`` (points ``j -> j + 1``) and example ``k`` the Householder
vector ``v_k = (psi_out - psi_in) / ||psi_out - psi_in||`` in the ``N``-dim output
space (:func:`qlens_q.operators.householder_vector_from_probabilities`; ``None``
for an identity layer) defines ``U_k = I - 2 v_k v_k^T`` and
``H_k = (pi/alpha) v_k v_k^T``. :func:`analyze` returns, per sub-layer:

* ``unitary_similarity``: mean pairwise Frobenius cosine of the ``U_k`` (identity
  layers count as ``U = I``) against the random baseline
  (:mod:`qlens_q.stats.baseline`, as many vectors as examples), with the observed
  difference and a one-sided permutation p-value (:mod:`qlens_q.stats.tests`);
* ``hamiltonian_similarity``: the same for the ``H_k``, identity layers excluded;
* ``delta_psi``: mean ``Delta psi = -2 <v|psi_in> v`` (Theorem 1) and its norm;
* ``householder_mean``: the mean Householder vector (reflections only), its norm,
  and a one-sided permutation test of that norm against baseline vectors;
* ``top1_changed`` (how often the argmax moves) and ``total_variation_mean``;
* for ``N > 2``: ``pca`` and elbow k-means ``clusters`` of the ``v_k`` and of ``Delta psi``,
  and ``top_outputs``, the ``top_k`` outputs whose probability the sub-layer raises
  and lowers most (mean ``Delta p``), overall and per example;

and for every pair of consecutive sub-layers (``consecutive``) the distance
correlation of their Householder vectors over the same examples and their mean
alignment ``v_j . v_{j+1}``. Vectors longer than :data:`FULL_VECTOR_MAX` are
kept as their largest coordinates, named by the outputs. The paper's reference
numbers (SentiHood, 2 classes) come along when the trajectories are the paper's
shape: sub-layers ``attention`` and ``mlp`` over two classes.

Given the cross-check's ``verdicts`` (``check(...).verdicts``), the result also holds
``crosscheck``: per sub-layer, and for the circuit through all points under
``"trajectory"``, how many of its circuits ran (``circuits``), how many passed
(``passed``) and their ratio (``pass_rate``), a verdict belonging to the sub-layer
whose name is its ``circuit``. Without verdicts the result is as before.

Every random draw comes from a generator seeded by ``(seed, sub-layer, purpose)``:
the same trajectories and seed give the same numbers. Nothing here imports torch.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
from numpy.typing import NDArray

from qlens_q.errors import InputError
from qlens_q.operators import householder_vector_from_probabilities
from qlens_q.stats import tests
from qlens_q.stats.baseline import random_householder_vectors
from qlens_q.stats.similarity import stack_vectors
from qlens_q.trajectories import TRAJECTORY, SubLayer, Trajectories

if TYPE_CHECKING:
    from qlens_q.crosscheck import Verdict

ANALYSIS_FORMAT = "qlens-q-analysis/2"
#: Vectors of more outputs than this are stored as their largest coordinates only.
FULL_VECTOR_MAX = 64
#: Coordinates kept of a long vector.
TOP_COORDINATES = 5
#: Principal components whose explained variance is reported.
PCA_REPORTED = 5
#: Titles of the toy model's sub-layers.
TITLES = {"attention": "multi-head attention", "mlp": "MLP"}

#: The paper's numbers (arXiv 2510.11963 v1 table, SentiHood, 2 classes) and the
#: authors' public notebook outputs (seed 42); see shared/reference/qlens-paper-results.md.
PAPER: dict[str, Any] = {
    "source": "QLENS (arXiv 2510.11963) v1 table, SentiHood, 2 classes; public notebook outputs, seed 42",
    "num_classes": 2,
    "test_examples": 214,
    "layers": {
        "attention": {
            "unitary_similarity": 0.8398,
            "unitary_p": 0.0001,
            "hamiltonian_similarity": 0.9193,
            "hamiltonian_p": 0.0001,
            "delta_psi_mean": [-0.1001, -0.0385],
            "unitary_difference": 0.4916,
            "hamiltonian_difference": 0.2478,
            "difference_p": 0.000999,
            "householder_mean": [0.0687, -0.4139],
            "householder_mean_norm": 0.420,
            "householder_mean_p": 0.000999,
        },
        "mlp": {
            "unitary_similarity": 0.4901,
            "unitary_p": 0.0001,
            "hamiltonian_similarity": 0.7445,
            "hamiltonian_p": 0.0001,
            "delta_psi_mean": [-0.0009, 0.0003],
            "unitary_difference": 0.2330,
            "hamiltonian_difference": 0.1221,
            "difference_p": 0.000999,
            "householder_mean": [0.0141, -0.3324],
            "householder_mean_norm": 0.333,
            "householder_mean_p": 0.0559,
        },
    },
    "distance_correlation": {"statistic": 0.4312, "permutation_p": 0.000999, "t_test_p": 0.0},
}

# Purposes of the seeded generators (third entry of the seed sequence).
_BASELINE, _UNITARY_TEST, _HAMILTONIAN_TEST, _MEAN_TEST, _CLUSTERS, _DCOR = range(6)


def derived_seed(seed: int, *keys: int) -> int:
    """A 32-bit seed for one purpose, from ``numpy.random.SeedSequence([seed, *keys])``."""
    return int(np.random.SeedSequence([seed, *keys]).generate_state(1)[0])


def title(name: str) -> str:
    """A sub-layer's name for tables and figures."""
    return TITLES.get(name, name)


def paper_shaped(traj: Trajectories) -> bool:
    """Whether the paper's numbers can stand beside these trajectories' (two classes, attention and MLP)."""
    return traj.num_outputs == 2 and traj.sublayers == ("attention", "mlp")


@dataclass(frozen=True)
class LayerVectors:
    """The operators of one sub-layer over all examples, in the ``N``-dim output space.

    Attributes:
        layer: the sub-layer.
        householder: ``(K, N)``; row ``k`` is ``v_k``, zero for an identity layer.
        identity: ``(K,)`` booleans, True where the layer is the identity.
        psi_in, psi_out: ``(K, N)`` Born amplitudes ``sqrt(p)``.
    """

    layer: SubLayer
    householder: NDArray[np.float64]
    identity: NDArray[np.bool_]
    psi_in: NDArray[np.float64]
    psi_out: NDArray[np.float64]

    @property
    def reflections(self) -> NDArray[np.float64]:
        """The unit Householder vectors of the non-identity examples."""
        return self.householder[~self.identity]

    def vector_list(self) -> list[NDArray[np.float64] | None]:
        """``v_k`` or ``None`` per example."""
        return [None if ident else row for row, ident in zip(self.householder, self.identity, strict=True)]

    @property
    def delta_psi(self) -> NDArray[np.float64]:
        """``Delta psi_k = -2 <v_k|psi_in,k> v_k`` (Theorem 1), one row per example."""
        return tests.delta_psi_vectors(self.vector_list(), self.psi_in)


def layer_vectors(traj: Trajectories, layer: SubLayer | str) -> LayerVectors:
    """The Householder vectors of one sub-layer, from the trajectories' distributions."""
    sub = traj.layer(layer) if isinstance(layer, str) else layer
    p_in, p_out = traj.probs[:, sub.index], traj.probs[:, sub.index + 1]
    vectors = [householder_vector_from_probabilities(a, b) for a, b in zip(p_in, p_out, strict=True)]
    return LayerVectors(
        layer=sub,
        householder=stack_vectors(vectors, traj.num_outputs),
        identity=np.array([v is None for v in vectors], dtype=bool),
        psi_in=np.sqrt(p_in),
        psi_out=np.sqrt(p_out),
    )


def baseline_vectors(num: int, n_outputs: int, seed: int, layer_index: int) -> NDArray[np.float64]:
    """The random baseline used for sub-layer ``layer_index`` (reproducible for figures)."""
    return random_householder_vectors(num, n_outputs, derived_seed(seed, layer_index, _BASELINE))


def compact_vector(vector: NDArray[np.float64], names: Sequence[str]) -> dict[str, Any]:
    """``{"mean": [...]}`` for short vectors, ``{"mean_top": [[name, x], ...]}`` (largest ``|x|``) for long ones."""
    v = np.asarray(vector, dtype=np.float64)
    if v.shape[0] <= FULL_VECTOR_MAX:
        return {"mean": v.tolist()}
    order = np.argsort(-np.abs(v), kind="stable")[:TOP_COORDINATES]
    return {"mean_top": [[names[int(j)], float(v[j])] for j in order]}


def _pca_entry(data: NDArray[np.float64]) -> dict[str, Any] | None:
    if data.shape[0] < 2:
        return None
    ratios, coords = tests.pca(data, max(PCA_REPORTED, 2))
    if coords.shape[1] < 2:
        coords = np.column_stack([coords, np.zeros((coords.shape[0], 2 - coords.shape[1]))])
    return {"explained_variance_ratio": ratios[:PCA_REPORTED].tolist(), "coordinates": coords[:, :2].tolist()}


def _top_outputs(
    p_in: NDArray[np.float64], p_out: NDArray[np.float64], names: Sequence[str], top_k: int
) -> dict[str, Any]:
    delta = p_out - p_in
    mean = delta.mean(axis=0)
    risen = (delta > 0).sum(axis=0)
    order = np.argsort(-mean, kind="stable")
    k = min(top_k, delta.shape[1] // 2)  # raised and lowered never share an output

    def entries(idx: NDArray[np.intp]) -> list[dict[str, Any]]:
        return [
            {"output": names[int(j)], "mean_delta_p": float(mean[j]), "examples_raised": int(risen[j])}
            for j in idx
        ]

    per_example = []
    for row in delta:
        o = np.argsort(-row, kind="stable")
        per_example.append(
            {
                "raised": [[names[int(j)], float(row[j])] for j in o[:k]],
                "lowered": [[names[int(j)], float(row[j])] for j in o[::-1][:k]],
            }
        )
    return {"raised": entries(order[:k]), "lowered": entries(order[::-1][:k]), "per_example": per_example}


def _analyze_layer(
    traj: Trajectories, lv: LayerVectors, seed: int, permutations: int, top_k: int
) -> dict[str, Any]:
    n, j = traj.num_outputs, lv.layer.index
    m = lv.householder.shape[0]
    refl = lv.reflections
    base = baseline_vectors(m, n, seed, j)
    p_in, p_out = traj.probs[:, j], traj.probs[:, j + 1]
    out: dict[str, Any] = {
        "source": lv.layer.source,
        "target": lv.layer.target,
        "examples": m,
        "identity_layers": int(lv.identity.sum()),
        "reflections": int(refl.shape[0]),
        "top1_changed": float(np.mean(p_in.argmax(1) != p_out.argmax(1))),
        "total_variation_mean": float(0.5 * np.abs(p_out - p_in).sum(axis=1).mean()),
        "unitary_similarity": None,
        "hamiltonian_similarity": None,
        "householder_mean": None,
    }
    if m >= 2:
        out["unitary_similarity"] = tests.similarity_permutation_test(
            lv.householder, base, kind="unitary", dim=n, n_resamples=permutations,
            seed=derived_seed(seed, j, _UNITARY_TEST),
        )  # fmt: skip
    if refl.shape[0] >= 2:
        out["hamiltonian_similarity"] = tests.similarity_permutation_test(
            refl, base[: refl.shape[0]], kind="hamiltonian", n_resamples=permutations,
            seed=derived_seed(seed, j, _HAMILTONIAN_TEST),
        )  # fmt: skip
        mean = refl.mean(axis=0)
        out["householder_mean"] = {
            **compact_vector(mean, traj.output_names),
            "norm": float(np.linalg.norm(mean)),
            "test": tests.mean_vector_permutation_test(
                refl, base[: refl.shape[0]], n_resamples=permutations, seed=derived_seed(seed, j, _MEAN_TEST)
            ),
        }
    dpsi = tests.delta_psi_summary(lv.vector_list(), lv.psi_in, lv.psi_out)
    out["delta_psi"] = {**compact_vector(np.asarray(dpsi.pop("mean")), traj.output_names), **dpsi}
    if n > 2:
        data = {"householder": refl, "delta_psi": lv.delta_psi}
        out["pca"] = {kind: _pca_entry(x) for kind, x in data.items()}
        out["clusters"] = {
            kind: tests.cluster_summary(x, seed=derived_seed(seed, j, _CLUSTERS)) if x.shape[0] >= 2 else None
            for kind, x in data.items()
        }
        out["top_outputs"] = _top_outputs(p_in, p_out, traj.output_names, top_k)
    return out


def _consecutive(a: LayerVectors, b: LayerVectors, seed: int, permutations: int) -> dict[str, Any]:
    both = ~a.identity & ~b.identity
    dots = np.einsum("ij,ij->i", a.householder, b.householder)[both]
    return {
        "sublayers": [a.layer.name, b.layer.name],
        "examples": int(both.sum()),
        "distance_correlation": (
            tests.distance_correlation_summary(
                a.householder[both],
                b.householder[both],
                n_resamples=permutations,
                seed=derived_seed(seed, a.layer.index, _DCOR),
            )
            if both.sum() >= 4
            else None
        ),
        "alignment_mean": float(dots.mean()) if dots.size else None,
        "alignment_mean_abs": float(np.abs(dots).mean()) if dots.size else None,
    }


def pass_rates(traj: Trajectories, verdicts: Sequence[Verdict]) -> dict[str, dict[str, Any]]:
    """Per sub-layer of ``traj`` and ``"trajectory"``: ``circuits``, ``passed`` and ``pass_rate`` (``None``
    when none ran) of the ``verdicts`` whose ``circuit`` is that name, refusing verdicts of other circuits
    or examples."""
    if isinstance(verdicts, (str, bytes)) or not isinstance(verdicts, Sequence):
        raise InputError(
            "verdicts", f"must be a list of Verdicts (check(...).verdicts), got {type(verdicts).__name__}"
        )
    names, ids = (*traj.sublayers, TRAJECTORY), set(traj.ids)
    counts = {name: [0, 0] for name in names}
    for v in verdicts:
        circuit, example, passed = (getattr(v, key, None) for key in ("circuit", "example", "passed"))
        if not isinstance(passed, bool) or circuit not in counts:
            raise InputError(
                "verdicts",
                f"a verdict of circuit {circuit!r}: expected one of {', '.join(names)} (check(...).verdicts)",
            )
        if example not in ids:
            raise InputError(
                "verdicts", f"a verdict of example {example!r}, which these trajectories do not hold"
            )
        counts[circuit][0] += 1
        counts[circuit][1] += passed
    return {
        name: {"circuits": total, "passed": ok, "pass_rate": ok / total if total else None}
        for name, (total, ok) in counts.items()
    }


def analyze(
    traj: Trajectories,
    *,
    seed: int = 0,
    permutations: int = 1000,
    top_k: int = 10,
    verdicts: Sequence[Verdict] | None = None,
) -> dict[str, Any]:
    """The QLENS statistics of ``traj`` (JSON-ready; see the module docstring). ``seconds``: its wall time.

    ``verdicts``: the cross-check's (``check(traj).verdicts``), adding the ``crosscheck`` pass rates.
    """
    if not isinstance(traj, Trajectories):
        raise InputError("trajectories", f"must be a qlens_q.Trajectories, got {type(traj).__name__}")
    for name, value in (("permutations", permutations), ("top_k", top_k)):
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise InputError(name, f"must be an integer >= 1, got {value!r}")
    if isinstance(seed, bool) or not isinstance(seed, int) or not 0 <= seed < 2**32:
        raise InputError("seed", f"must be an integer from 0 to 2**32 - 1, got {seed!r}")
    if traj.num_examples < 2:
        raise InputError("trajectories", "the analysis compares examples: give at least 2")
    crosscheck = None if verdicts is None else pass_rates(traj, verdicts)
    start = time.perf_counter()
    n = traj.num_outputs
    vectors = [layer_vectors(traj, layer) for layer in traj.layers]
    result: dict[str, Any] = {
        "format": ANALYSIS_FORMAT,
        "seed": seed,
        "permutations": permutations,
        "top_k": top_k,
        "num_outputs": n,
        "examples": traj.num_examples,
        "points": list(traj.points),
        "sublayers": list(traj.sublayers),
        "notes": [
            "Similarities are Frobenius cosines in the N-dim output space (D = N, not the padded 2^n).",
            "Unitary similarity counts identity layers as U = I; Hamiltonian similarity and the mean "
            "Householder vector leave them out (H = 0).",
            "p-values: one-sided permutation tests, p = (count + 1) / (n_resamples + 1).",
            "Random baseline: as many random Householder vectors as examples, uniform in quadrants 2 and 4 "
            "for N = 2, differences of random positive unit vectors otherwise.",
        ],
        "layers": {lv.layer.name: _analyze_layer(traj, lv, seed, permutations, top_k) for lv in vectors},
        "consecutive": [_consecutive(a, b, seed, permutations) for a, b in itertools.pairwise(vectors)],
    }
    if crosscheck is not None:
        result["crosscheck"] = crosscheck
    if paper_shaped(traj):
        result["paper"] = PAPER
    result["seconds"] = round(time.perf_counter() - start, 3)
    return result
