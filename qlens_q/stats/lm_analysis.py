"""The QLENS analysis of a language model's layers, for a vocabulary-sized N.

Input: for ``K`` held-out positions the lens/model distributions ``p_embedding``,
``p_attention``, ``p_final`` over the ``N`` words. Per sub-layer (attention:
embedding -> attention, MLP: attention -> final) and position ``k``:

* the Householder vector ``v_k = (psi_out - psi_in) / ||psi_out - psi_in||`` and
  ``Delta psi_k = psi_out - psi_in = -2 <v_k|psi_in> v_k`` (Theorem 1), both in R^N;
* ``Delta p_k = p_out - p_in``: which words the layer makes more or less likely.

:func:`lm_analysis` returns

``paper``
    :func:`qlens_q.stats.analysis.analyze` on the same distributions: pairwise
    Frobenius similarity of the unitaries ``cos(U_a, U_b) = 1 - 4 (1 - (v_a . v_b)^2) / N``
    and Hamiltonians ``cos(H_a, H_b) = (v_a . v_b)^2`` (closed forms of
    :mod:`qlens_q.stats.similarity`, no N x N matrix is built) against random
    Householder vectors with permutation tests, mean Delta psi, mean Householder
    vector, distance correlation of the attention and MLP vectors (needs >= 4
    positions), and PCA / elbow k-means (:func:`qlens_q.stats.tests.cluster_summary`).
``pca``
    per layer and kind (``householder``, ``delta_psi``): explained-variance ratios of
    the first components (PCA by SVD of the centred ``K x N`` rows) and the 2-D
    coordinates of every position.
``clusters``
    per layer and kind: the elbow ``k``, cluster sizes, within-cluster sum of squares
    ``W_k`` (inertia) and the mean silhouette
    ``s = mean_i (b_i - a_i) / max(a_i, b_i)`` (``a_i``: mean distance to the own
    cluster, ``b_i``: to the nearest other; 0 for a singleton; ``None`` for k = 1),
    all on the same PCA coordinates k-means used.
``alignment``
    ``v_att,k . v_mlp,k`` per position and its mean: do the two layers reflect
    about similar directions?
``top_tokens``
    per layer, the ``top_k`` words whose probability the layer raises and lowers
    most, averaged over positions (mean ``Delta p`` and at how many positions it
    rose), and per position the ``top_k`` of that position's ``Delta p``.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

import numpy as np
from numpy.typing import NDArray

from qlens_q.errors import InputError
from qlens_q.stats import tests
from qlens_q.stats.analysis import LAYER_TITLES, LAYERS, analyze, layer_vectors

#: Principal components whose explained variance is reported.
PCA_REPORTED = 5
STAGE_KEYS = ("embedding", "attention", "final")


def _as_report(p_embedding: Any, p_attention: Any, p_final: Any) -> dict[str, Any]:
    """The ``examples[k].probs`` structure :func:`qlens_q.stats.analysis.analyze` reads."""
    arrays = [np.asarray(p, dtype=np.float64) for p in (p_embedding, p_attention, p_final)]
    if len({a.shape for a in arrays}) != 1 or arrays[0].ndim != 2:
        raise InputError(
            "distributions", f"need three (K, N) arrays of one shape, got {[a.shape for a in arrays]}"
        )
    return {
        "examples": [
            {"probs": {stage: arrays[i][k].tolist() for i, stage in enumerate(STAGE_KEYS)}}
            for k in range(arrays[0].shape[0])
        ]
    }


def silhouette(data: NDArray[np.float64], labels: Sequence[int]) -> float | None:
    """Mean silhouette of a clustering (Euclidean); ``None`` with fewer than 2 clusters."""
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


def _pca_entry(data: NDArray[np.float64]) -> dict[str, Any]:
    ratios, coords = tests.pca(data, max(PCA_REPORTED, 2))
    if coords.shape[1] < 2:
        coords = np.column_stack([coords, np.zeros((coords.shape[0], 2 - coords.shape[1]))])
    return {
        "explained_variance_ratio": ratios[:PCA_REPORTED].tolist(),
        "coordinates": coords[:, :2].tolist(),
    }


def _cluster_entry(data: NDArray[np.float64], summary: dict[str, Any] | None) -> dict[str, Any] | None:
    if summary is None:
        return None
    _, coords = tests.pca(data, 10)  # cluster_summary's k-means space
    k = summary["k"]
    return {
        "k": k,
        "k_second_difference": summary["k_second_difference"],
        "cluster_sizes": summary["cluster_sizes"],
        "inertia": summary["inertias"][k - 1],
        "inertias": summary["inertias"],
        "silhouette": silhouette(coords, summary["labels"]),
        "labels": summary["labels"],
    }


def _top_tokens(
    p_in: NDArray[np.float64], p_out: NDArray[np.float64], words: Sequence[str], top_k: int
) -> dict[str, Any]:
    delta = p_out - p_in
    mean = delta.mean(axis=0)
    risen = (delta > 0).sum(axis=0)
    order = np.argsort(-mean, kind="stable")

    def entries(idx: NDArray[np.intp]) -> list[dict[str, Any]]:
        return [
            {"word": words[int(j)], "mean_delta_p": float(mean[j]), "positions_raised": int(risen[j])}
            for j in idx
        ]

    per_position = []
    for row in delta:
        o = np.argsort(-row, kind="stable")
        per_position.append(
            {
                "raised": [[words[int(j)], float(row[j])] for j in o[:top_k]],
                "lowered": [[words[int(j)], float(row[j])] for j in o[::-1][:top_k]],
            }
        )
    return {
        "raised": entries(order[:top_k]),
        "lowered": entries(order[::-1][:top_k]),
        "total_variation_mean": float(0.5 * np.abs(delta).sum(axis=1).mean()),
        "per_position": per_position,
    }


def _top_coordinates(vector: Sequence[float], words: Sequence[str], count: int = 5) -> list[list[Any]]:
    v = np.asarray(vector, dtype=np.float64)
    return [[words[int(j)], float(v[j])] for j in np.argsort(-np.abs(v), kind="stable")[:count]]


def _compact(paper: dict[str, Any], words: Sequence[str]) -> dict[str, Any]:
    """:func:`analyze`'s result without its N-long vectors (kept: norms and the 5 largest coordinates as words).

    Its ``clusters`` move to :func:`lm_analysis`' own (with silhouettes); ``paper``
    (the SentiHood reference numbers) and timings are dropped.
    """
    for key in ("seconds", "clusters", "paper"):
        paper.pop(key, None)
    for res in paper["layers"].values():
        dpsi = res["delta_psi"]
        dpsi["mean_top"] = _top_coordinates(dpsi.pop("mean"), words)
        if res["householder_mean"] is not None:
            hm = res["householder_mean"]
            hm["mean_top"] = _top_coordinates(hm.pop("mean"), words)
    return paper


def lm_analysis(
    p_embedding: Any,
    p_attention: Any,
    p_final: Any,
    words: Sequence[str],
    *,
    seed: int = 0,
    permutations: int = 1000,
    top_k: int = 10,
) -> dict[str, Any]:
    """The analysis of the module docstring (JSON-ready); ``seconds`` is its wall time."""
    start = time.perf_counter()
    report = _as_report(p_embedding, p_attention, p_final)
    n = len(report["examples"][0]["probs"]["final"])
    if len(words) != n:
        raise InputError("words", f"{len(words)} words for distributions over {n}")
    if top_k < 1:
        raise InputError("top_k", f"must be >= 1, got {top_k}")
    full = analyze(report, seed=seed, permutations=permutations)
    cluster_summaries = full.get("clusters") or {}  # PCA / elbow k-means, N > 2
    paper = _compact(full, words)
    probs = {
        stage: np.asarray(p, dtype=np.float64)
        for stage, p in zip(STAGE_KEYS, (p_embedding, p_attention, p_final), strict=True)
    }
    result: dict[str, Any] = {
        "format": "qlens-q-lm-analysis/1",
        "seed": seed,
        "num_classes": n,
        "positions": len(report["examples"]),
        "paper": paper,
        "pca": {},
        "clusters": {},
        "top_tokens": {},
    }
    vectors = {}
    for layer, (src, dst) in LAYERS.items():
        lv = layer_vectors(report, layer)
        vectors[layer] = lv
        data = {
            "householder": lv.reflections,
            "delta_psi": tests.delta_psi_vectors(lv.vector_list(), lv.psi_in),
        }
        result["pca"][layer] = {kind: _pca_entry(x) if x.shape[0] >= 2 else None for kind, x in data.items()}
        summaries = cluster_summaries.get(layer) or {}
        result["clusters"][layer] = {kind: _cluster_entry(x, summaries.get(kind)) for kind, x in data.items()}
        result["top_tokens"][layer] = _top_tokens(probs[src], probs[dst], words, top_k)
    att, mlp = vectors["attention"], vectors["mlp"]
    both = ~att.identity & ~mlp.identity
    dots = np.einsum("ij,ij->i", att.householder, mlp.householder)
    result["alignment"] = {
        "v_attention_dot_v_mlp": [float(x) if ok else None for x, ok in zip(dots, both, strict=True)],
        "mean": float(dots[both].mean()) if both.any() else None,
        "mean_abs": float(np.abs(dots[both]).mean()) if both.any() else None,
    }
    result["seconds"] = round(time.perf_counter() - start, 3)
    return result


# ---------------------------------------------------------------------------- markdown


def _f(x: Any, digits: int = 4) -> str:
    return "—" if x is None else f"{float(x):.{digits}f}"


def _p(x: Any) -> str:
    if x is None:
        return "—"
    return f"{float(x):.4f}" if float(x) >= 0.01 else f"{float(x):.3g}"


def lm_markdown(analysis: dict[str, Any], examples: Sequence[dict[str, Any]] = ()) -> str:
    """The analysis section of ``report.md``."""
    paper = analysis["paper"]
    n = analysis["num_classes"]
    lines = [
        "## QLENS analysis over the vocabulary",
        "",
        f"{analysis['positions']} held-out positions, N = {n:,} words, {paper['permutations']} permutations, "
        f"seed {analysis['seed']}.",
        "",
        "### Operator similarity across positions, against random Householder operators",
        "",
        f"For N = {n:,} every unitary similarity lies within 4/N = {4 / n:.2g} of 1 "
        "(cos(U_a, U_b) = 1 − 4(1 − (v_a·v_b)²)/N), so the Hamiltonian similarity (v_a·v_b)² carries "
        "the information. Random: as many random Householder vectors (differences of normalised |Gaussian| "
        "vectors); p: one-sided permutation test.",
        "",
        "| layer | mean cos(U_a, U_b) (random) | p | mean cos(H_a, H_b) (random) | p "
        "| ‖mean v‖ (random) | p | largest coordinates of mean v | identity layers |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for layer, res in paper["layers"].items():
        u, h, hm = (
            res["unitary_similarity"] or {},
            res["hamiltonian_similarity"] or {},
            res["householder_mean"] or {},
        )
        test = hm.get("test") or {}
        top = ", ".join(f"{w} {x:+.3f}" for w, x in hm.get("mean_top", []))
        lines.append(
            f"| {LAYER_TITLES[layer]} | {_f(u.get('layer'), 6)} ({_f(u.get('baseline'), 6)}) | {_p(u.get('p_value'))} "
            f"| {_f(h.get('layer'))} ({_f(h.get('baseline'))}) | {_p(h.get('p_value'))} "
            f"| {_f(hm.get('norm'))} ({_f(test.get('baseline'))}) | {_p(test.get('p_value'))} | {top} "
            f"| {res['identity_layers']} |"
        )
    lines += [
        "",
        "| layer | ‖mean Δψ‖ | mean ‖Δψ‖ | largest coordinates of mean Δψ | Theorem 1 max error |",
        "| --- | --- | --- | --- | --- |",
    ]
    for layer, res in paper["layers"].items():
        d = res["delta_psi"]
        top = ", ".join(f"{w} {x:+.4f}" for w, x in d["mean_top"])
        lines.append(
            f"| {LAYER_TITLES[layer]} | {_f(d['norm'])} | {_f(d['mean_of_norms'])} | {top} "
            f"| {d['theorem1_max_error']:.1e} |"
        )
    dc = paper.get("distance_correlation")
    lines += [
        "",
        "Distance correlation of the attention and MLP Householder vectors: "
        + (
            f"dCor {_f(dc['statistic'])} over {dc['n']} positions, permutation p {_p(dc['permutation_p'])}, "
            f"t-test p {_p(dc['t_test_p'])}."
            if dc
            else "needs at least 4 positions with two reflections."
        ),
        "",
        "### PCA and k-means of the Householder vectors v and of Δψ",
        "",
        "| layer | vectors | explained variance, first components | elbow k | cluster sizes | inertia W_k "
        "| silhouette |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for layer in LAYERS:
        for kind in ("householder", "delta_psi"):
            p = analysis["pca"][layer][kind]
            c = analysis["clusters"][layer][kind]
            if p is None:
                continue
            ratios = ", ".join(f"{r:.3f}" for r in p["explained_variance_ratio"])
            lines.append(
                f"| {LAYER_TITLES[layer]} | {kind} | {ratios} | {c['k'] if c else '—'} "
                f"| {', '.join(map(str, c['cluster_sizes'])) if c else '—'} | {_f(c and c['inertia'])} "
                f"| {_f(c and c['silhouette'], 3)} |"
            )
    al = analysis["alignment"]
    lines += [
        "",
        f"Alignment of the two layers' reflections: mean v_att · v_mlp = {_f(al['mean'])} "
        f"(mean |v_att · v_mlp| = {_f(al['mean_abs'])}).",
        "",
        "### Words each layer moves most (mean Δp over the positions)",
        "",
        "| layer | raised: word (mean Δp, positions raised) | lowered: word (mean Δp, positions raised) "
        "| mean total variation |",
        "| --- | --- | --- | --- |",
    ]
    for layer in LAYERS:
        t = analysis["top_tokens"][layer]

        def cell(entries: list[dict[str, Any]]) -> str:
            return ", ".join(
                f"{e['word']} ({e['mean_delta_p']:+.3f}, {e['positions_raised']})" for e in entries
            )

        lines.append(
            f"| {LAYER_TITLES[layer]} | {cell(t['raised'])} | {cell(t['lowered'])} | {t['total_variation_mean']:.3f} |"
        )
    if examples:
        lines += [
            "",
            "### Per position: the three words each layer raises and lowers most (Δp)",
            "",
            "| id | next word | attention raises | attention lowers | MLP raises | MLP lowers |",
            "| --- | --- | --- | --- | --- | --- |",
        ]

        def words3(entries: list[list[Any]]) -> str:
            return ", ".join(f"{w} {d:+.3f}" for w, d in entries[:3])

        for k, ex in enumerate(examples):
            att = analysis["top_tokens"]["attention"]["per_position"][k]
            mlp = analysis["top_tokens"]["mlp"]["per_position"][k]
            lines.append(
                f"| {ex['id']} | {ex['next_word']} | {words3(att['raised'])} | {words3(att['lowered'])} "
                f"| {words3(mlp['raised'])} | {words3(mlp['lowered'])} |"
            )
    figures = analysis.get("figures") or []
    if figures:
        lines += ["", "### Figures", ""]
        lines += [f"![{f.rsplit('/', 1)[-1].removesuffix('.png')}]({f})" for f in figures]
    return "\n".join(lines) + "\n"
