"""The QLENS analysis of a run: the paper's table, computed from ``report.json``.

For every test example ``k`` and sub-layer

* ``attention``: ``p_embedding -> p_attention``,
* ``mlp``: ``p_attention -> p_final``,

the Householder vector ``v_k`` (:func:`qlens_q.operators.layer_operator`, ``None``
for an identity layer) defines ``U_k = I - 2 v_k v_k^T`` and ``H_k = (pi/alpha) v_k v_k^T``.
:func:`analyze` returns, per layer:

* ``unitary_similarity``: mean pairwise Frobenius cosine of the ``U_k``
  (identity layers count as ``U = I``) against the random baseline
  (:mod:`qlens_q.stats.baseline`, as many vectors as examples), with the observed
  difference and a one-sided permutation p-value;
* ``hamiltonian_similarity``: the same for the ``H_k``, identity layers excluded
  (``H = 0`` has no direction);
* ``delta_psi``: mean ``Delta psi = -2 <v|psi_in> v`` (Theorem 1) and its norm;
* ``householder_mean``: mean Householder vector (reflections only), its norm, and
  a one-sided permutation test of that norm against baseline vectors;
* ``identity_layers``: how many examples had ``psi_out == psi_in``;

and, across layers, the distance correlation of the attention and MLP vectors of
the same examples, PCA/k-means ``clusters`` when ``N > 2``, and the ``paper``'s
reference numbers (SentiHood, 2 classes). All similarities live in the ``N``-dim
class space (``D = N``), see :mod:`qlens_q.stats.similarity`.

Every random draw comes from a generator seeded by ``(seed, layer, purpose)``:
the same report and seed give the same numbers.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from qlens_q.errors import InputError
from qlens_q.operators import layer_operator
from qlens_q.stats import tests
from qlens_q.stats.baseline import random_householder_vectors
from qlens_q.stats.similarity import stack_vectors

ANALYSIS_FORMAT = "qlens-q-analysis/1"
#: Sub-layers and the lens distributions they map between.
LAYERS: dict[str, tuple[str, str]] = {"attention": ("embedding", "attention"), "mlp": ("attention", "final")}
LAYER_TITLES = {"attention": "multi-head attention", "mlp": "MLP"}

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


@dataclass(frozen=True)
class LayerVectors:
    """The operators of one sub-layer over all examples, in the ``N``-dim class space.

    Attributes:
        name: ``attention`` or ``mlp``.
        householder: ``(m, N)``; row ``k`` is ``v_k``, zero for an identity layer.
        identity: ``(m,)`` booleans, True where the layer is the identity.
        psi_in, psi_out: ``(m, N)`` Born amplitudes ``sqrt(p)``.
    """

    name: str
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


def num_classes(report: dict[str, Any]) -> int:
    """``N``: the length of the examples' distributions."""
    examples = report.get("examples") or []
    if not examples:
        raise InputError("report", "has no examples to analyse")
    return len(examples[0]["probs"]["final"])


def layer_vectors(report: dict[str, Any], layer: str) -> LayerVectors:
    """Rebuild the Householder vectors of ``layer`` from the report's distributions."""
    if layer not in LAYERS:
        raise InputError("layer", f"unknown layer {layer!r} (choose from {', '.join(LAYERS)})")
    src, dst = LAYERS[layer]
    n = num_classes(report)
    vectors: list[NDArray[np.float64] | None] = []
    psi_in, psi_out = [], []
    for k, ex in enumerate(report["examples"]):
        op = layer_operator(
            ex["probs"][src], ex["probs"][dst], names=(f"examples[{k}].{src}", f"examples[{k}].{dst}")
        )
        vectors.append(None if op.v is None else op.v[:n])
        psi_in.append(op.psi_in[:n])
        psi_out.append(op.psi_out[:n])
    return LayerVectors(
        name=layer,
        householder=stack_vectors(vectors, n),
        identity=np.array([v is None for v in vectors], dtype=bool),
        psi_in=np.array(psi_in),
        psi_out=np.array(psi_out),
    )


def baseline_vectors(num: int, n_classes: int, seed: int, layer_index: int) -> NDArray[np.float64]:
    """The random baseline used for layer ``layer_index`` (reproducible for figures)."""
    return random_householder_vectors(num, n_classes, derived_seed(seed, layer_index, _BASELINE))


def _analyze_layer(lv: LayerVectors, index: int, n: int, seed: int, permutations: int) -> dict[str, Any]:
    m = lv.householder.shape[0]
    refl = lv.reflections
    base = baseline_vectors(m, n, seed, index)
    out: dict[str, Any] = {
        "examples": m,
        "identity_layers": int(lv.identity.sum()),
        "reflections": int(refl.shape[0]),
        "unitary_similarity": None,
        "hamiltonian_similarity": None,
        "householder_mean": None,
    }
    if m >= 2:
        out["unitary_similarity"] = tests.similarity_permutation_test(
            lv.householder,
            base,
            kind="unitary",
            dim=n,
            n_resamples=permutations,
            seed=derived_seed(seed, index, _UNITARY_TEST),
        )
    if refl.shape[0] >= 2:
        out["hamiltonian_similarity"] = tests.similarity_permutation_test(
            refl,
            base[: refl.shape[0]],
            kind="hamiltonian",
            n_resamples=permutations,
            seed=derived_seed(seed, index, _HAMILTONIAN_TEST),
        )
        mean = refl.mean(axis=0)
        out["householder_mean"] = {
            "mean": mean.tolist(),
            "norm": float(np.linalg.norm(mean)),
            "test": tests.mean_vector_permutation_test(
                refl,
                base[: refl.shape[0]],
                n_resamples=permutations,
                seed=derived_seed(seed, index, _MEAN_TEST),
            ),
        }
    out["delta_psi"] = tests.delta_psi_summary(lv.vector_list(), lv.psi_in, lv.psi_out)
    return out


def analyze(report: dict[str, Any], seed: int = 0, permutations: int = 1000) -> dict[str, Any]:
    """The QLENS statistics of a run's report (JSON-ready); see the module docstring."""
    if permutations < 1:
        raise InputError("permutations", f"must be >= 1, got {permutations}")
    start = time.perf_counter()
    n = num_classes(report)
    vectors = {layer: layer_vectors(report, layer) for layer in LAYERS}
    result: dict[str, Any] = {
        "format": ANALYSIS_FORMAT,
        "seed": seed,
        "permutations": permutations,
        "num_classes": n,
        "examples": len(report["examples"]),
        "dimension": n,
        "notes": [
            "Similarities are Frobenius cosines in the N-dim class space (D = N, not the padded 2^n).",
            "Unitary similarity counts identity layers as U = I; Hamiltonian similarity and the mean "
            "Householder vector leave them out (H = 0).",
            "p-values: one-sided permutation tests, p = (count + 1) / (n_resamples + 1).",
            "Baseline: random Householder vectors, uniform in quadrants 2 and 4 for N = 2, differences "
            "of random positive unit vectors otherwise.",
        ],
        "layers": {
            layer: _analyze_layer(lv, index, n, seed, permutations)
            for index, (layer, lv) in enumerate(vectors.items())
        },
    }
    att, mlp = vectors["attention"], vectors["mlp"]
    both = ~att.identity & ~mlp.identity
    result["distance_correlation"] = (
        tests.distance_correlation_summary(
            att.householder[both],
            mlp.householder[both],
            n_resamples=permutations,
            seed=derived_seed(seed, 0, _DCOR),
        )
        if both.sum() >= 4
        else None
    )
    if n > 2:
        result["clusters"] = {
            layer: {
                "householder": tests.cluster_summary(
                    lv.reflections, seed=derived_seed(seed, index, _CLUSTERS)
                )
                if lv.reflections.shape[0] >= 2
                else None,
                "delta_psi": tests.cluster_summary(
                    tests.delta_psi_vectors(lv.vector_list(), lv.psi_in),
                    seed=derived_seed(seed, index, _CLUSTERS),
                ),
            }
            for index, (layer, lv) in enumerate(vectors.items())
        }
    result["paper"] = PAPER
    result["seconds"] = round(time.perf_counter() - start, 3)
    return result


def analyze_run(
    run_dir: str | Path, seed: int = 0, permutations: int = 1000, figures: bool = True
) -> dict[str, Any]:
    """Load ``run_dir/report.json``, :func:`analyze` it and (optionally) draw ``run_dir/figures/*.png``.

    With ``figures`` the Trotter study (:func:`qlens_q.stats.trotter.trotter_study`)
    is also run and its rows stored under ``"trotter"``; the figure paths
    (relative to ``run_dir``) are under ``"figures"``. Writes no report file.
    """
    from qlens_q.pipeline import load_report  # late: the pipeline imports torch

    report = load_report(run_dir)
    analysis = analyze(report, seed=seed, permutations=permutations)
    if figures:
        from qlens_q.plotting.figures import make_figures
        from qlens_q.stats.trotter import trotter_study

        start = time.perf_counter()
        analysis["trotter"] = trotter_study(seed=seed)
        analysis["figures"] = make_figures(run_dir, analysis, seed)
        analysis["figures_seconds"] = round(time.perf_counter() - start, 3)
    return analysis


# ---------------------------------------------------------------------------- markdown


def _num(x: Any, digits: int = 4) -> str:
    if x is None:
        return "—"
    if isinstance(x, (list, tuple)):
        return "(" + ", ".join(_num(v, digits) for v in x) + ")"
    x = float(x)
    if x != 0 and abs(x) < 10 ** (-digits + 1):
        return f"{x:.{digits - 1}g}" if abs(x) >= 1e-4 else f"{x:.2e}"
    return f"{x:.{digits}f}"


def _pval(x: Any) -> str:
    if x is None:
        return "—"
    x = float(x)
    return f"{x:.4f}" if x >= 0.01 else f"{x:.3g}"


def _cell(ours: str, paper: str) -> str:
    return f"**{ours}** ({paper})"


def markdown_table(analysis: dict[str, Any]) -> str:
    """The paper's table with our value beside the paper's in every cell: ``**ours** (paper)``."""
    n = analysis["num_classes"]
    paper = analysis.get("paper", PAPER)
    lines = [
        f"Ours: {analysis['examples']} test examples, N = {n} classes, {analysis['permutations']} permutations, "
        f"seed {analysis['seed']}. In brackets: the paper (SentiHood, N = 2, {paper['test_examples']} test examples)."
        + ("" if n == 2 else " The paper's numbers are for 2 classes: compare with care."),
        "",
        "| layer | mean unitary similarity | p | mean Hamiltonian similarity | p | mean Δψ |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for layer, res in analysis["layers"].items():
        ref = paper["layers"][layer]
        u, h = res["unitary_similarity"] or {}, res["hamiltonian_similarity"] or {}
        lines.append(
            f"| {LAYER_TITLES[layer]} "
            f"| {_cell(_num(u.get('layer')), _num(ref['unitary_similarity']))} "
            f"| {_cell(_pval(u.get('p_value')), _pval(ref['unitary_p']))} "
            f"| {_cell(_num(h.get('layer')), _num(ref['hamiltonian_similarity']))} "
            f"| {_cell(_pval(h.get('p_value')), _pval(ref['hamiltonian_p']))} "
            f"| {_cell(_num(res['delta_psi']['mean']), _num(ref['delta_psi_mean']))} |"
        )
    lines += [
        "",
        "| layer | random baseline: unitary / Hamiltonian (paper: similarity − difference) "
        "| difference vs random: unitary | Hamiltonian "
        "| mean Householder vector | its norm | p (norm vs random) | identity layers |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for layer, res in analysis["layers"].items():
        ref = paper["layers"][layer]
        u, h = res["unitary_similarity"] or {}, res["hamiltonian_similarity"] or {}
        hm = res["householder_mean"] or {}
        base_u = ref["unitary_similarity"] - ref["unitary_difference"]
        base_h = ref["hamiltonian_similarity"] - ref["hamiltonian_difference"]
        lines.append(
            f"| {LAYER_TITLES[layer]} "
            f"| {_cell(_num(u.get('baseline')) + ' / ' + _num(h.get('baseline')), _num(base_u) + ' / ' + _num(base_h))} "
            f"| {_cell(_num(u.get('difference')), _num(ref['unitary_difference']))} "
            f"| {_cell(_num(h.get('difference')), _num(ref['hamiltonian_difference']))} "
            f"| {_cell(_num(hm.get('mean')), _num(ref['householder_mean']))} "
            f"| {_cell(_num(hm.get('norm'), 3), _num(ref['householder_mean_norm'], 3))} "
            f"| {_cell(_pval((hm.get('test') or {}).get('p_value')), _pval(ref['householder_mean_p']))} "
            f"| {res['identity_layers']} |"
        )
    dc = analysis.get("distance_correlation") or {}
    ref_dc = paper["distance_correlation"]
    lines += [
        "",
        "| distance correlation, attention vs MLP Householder vectors | dCor | permutation p | t-test p |",
        "| --- | --- | --- | --- |",
        f"| {dc.get('n', 0)} paired examples "
        f"| {_cell(_num(dc.get('statistic')), _num(ref_dc['statistic']))} "
        f"| {_cell(_pval(dc.get('permutation_p')), _pval(ref_dc['permutation_p']))} "
        f"| {_cell(_pval(dc.get('t_test_p')), _pval(ref_dc['t_test_p']))} |",
    ]
    clusters = analysis.get("clusters")
    if clusters:
        lines += [
            "",
            "| layer | vectors | PCA variance (first 3) | elbow k | cluster sizes |",
            "| --- | --- | --- | --- | --- |",
        ]
        for layer, per in clusters.items():
            for kind, c in per.items():
                if c is None:
                    continue
                lines.append(
                    f"| {LAYER_TITLES[layer]} | {kind} | {_num(c['explained_variance_ratio'][:3], 3)} | {c['k']} "
                    f"| {', '.join(str(s) for s in c['cluster_sizes'])} |"
                )
    return "\n".join(lines) + "\n"
