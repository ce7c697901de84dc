"""Figures of an LM run (PNG, matplotlib's Agg canvas, written atomically like :mod:`qlens_q.plotting.figures`).

:func:`make_lm_figures` writes ``DIR/figures/``:

``lm_pca.png``
    the Householder vectors ``v`` and ``Delta psi`` of every position in their first
    two principal components, per layer, coloured by the elbow k-means cluster,
    each point labelled with its position's index.
``lm_similarity.png``
    the pairwise Hamiltonian similarity ``cos(H_a, H_b) = (v_a . v_b)^2`` of the
    positions, per layer (the unitary similarity is the affine image
    ``1 - 4 (1 - cos(H_a, H_b)) / N`` of it).
``lm_top_tokens.png``
    the words each layer raises and lowers most, mean ``Delta p`` over positions.
``lm_example.png``
    one position (the one whose distribution moves most): the 20 likeliest words
    of ``p_final`` with ``p_embedding``, ``p_attention`` and Aer's shot frequencies
    of the exported trajectory circuit.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from matplotlib.figure import Figure
from numpy.typing import NDArray

from qlens_q.plotting.figures import FIGURES_DIR, LAYER_COLORS, save_png
from qlens_q.stats.analysis import LAYER_TITLES, LAYERS

KINDS = {"householder": "Householder vectors v", "delta_psi": "Δψ = ψ_out − ψ_in"}
EXAMPLE_WORDS = 20


def pca_figure(analysis: dict[str, Any], path: str | Path) -> None:
    """2 x 2 scatter: layers by rows, ``v`` and ``Delta psi`` by columns."""
    fig = Figure(figsize=(11, 9), layout="constrained")
    axes = fig.subplots(2, 2)
    for row, layer in enumerate(LAYERS):
        for col, (kind, title) in enumerate(KINDS.items()):
            ax = axes[row, col]
            entry = analysis["pca"][layer][kind]
            if entry is None:
                ax.text(0.5, 0.5, "fewer than 2 vectors", ha="center", transform=ax.transAxes)
                continue
            xy = np.asarray(entry["coordinates"], dtype=np.float64)
            ratios = entry["explained_variance_ratio"] + [0.0, 0.0]
            cluster = analysis["clusters"][layer][kind]
            labels = np.asarray(cluster["labels"]) if cluster else np.zeros(xy.shape[0], dtype=int)
            for c in np.unique(labels):
                sel = labels == c
                ax.scatter(xy[sel, 0], xy[sel, 1], s=30, alpha=0.8, label=f"cluster {c + 1} ({sel.sum()})")
            for i, (x, y) in enumerate(xy):
                ax.annotate(str(i), (x, y), fontsize=7, xytext=(3, 3), textcoords="offset points")
            ax.axhline(0, color="0.7", lw=0.6)
            ax.axvline(0, color="0.7", lw=0.6)
            ax.set_xlabel(f"PC 1 ({100 * ratios[0]:.1f} % of variance)")
            ax.set_ylabel(f"PC 2 ({100 * ratios[1]:.1f} % of variance)")
            sil = cluster.get("silhouette") if cluster else None
            ax.set_title(
                f"{LAYER_TITLES[layer]}: {title}"
                + (f" (k = {cluster['k']}, silhouette {sil:.2f})" if cluster and sil is not None else ""),
                fontsize=10,
            )
            ax.legend(fontsize=7, title="k-means (elbow k)", title_fontsize=7)
    fig.suptitle(
        f"PCA of the layer operators over {analysis['positions']} positions, N = {analysis['num_classes']:,}"
    )
    save_png(fig, path)


def similarity_figure(vectors: dict[str, NDArray[np.float64]], n: int, path: str | Path) -> None:
    """Heat maps of ``(v_a . v_b)^2`` per layer (zero rows: identity layers, shown as 0)."""
    fig = Figure(figsize=(11, 5), layout="constrained")
    axes = fig.subplots(1, 2)
    for ax, layer in zip(axes, LAYERS, strict=True):
        v = vectors[layer]
        sim = (v @ v.T) ** 2
        im = ax.imshow(sim, vmin=0, vmax=1, cmap="viridis")
        off = sim[~np.eye(sim.shape[0], dtype=bool)]
        ax.set_title(
            f"{LAYER_TITLES[layer]}: cos(H_a, H_b) = (v_a·v_b)², mean off-diagonal {off.mean():.3f}"
            if off.size
            else LAYER_TITLES[layer],
            fontsize=9,
        )
        ax.set_xlabel("position")
        ax.set_ylabel("position")
        fig.colorbar(im, ax=ax, shrink=0.8)
    fig.suptitle(f"Hamiltonian similarity across positions (unitaries: 1 − 4(1 − cos H)/N, N = {n:,})")
    save_png(fig, path)


def top_tokens_figure(analysis: dict[str, Any], path: str | Path) -> None:
    """Bars of the mean ``Delta p`` of the words each layer raises and lowers most."""
    fig = Figure(figsize=(11, 6), layout="constrained")
    axes = fig.subplots(1, 2)
    for ax, layer in zip(axes, LAYERS, strict=True):
        t = analysis["top_tokens"][layer]
        entries = t["raised"] + list(reversed(t["lowered"]))
        values = [e["mean_delta_p"] for e in entries]
        y = np.arange(len(entries))[::-1]
        ax.barh(y, values, color=[LAYER_COLORS[layer] if v >= 0 else "tab:red" for v in values])
        ax.set_yticks(y, [e["word"] for e in entries], fontsize=8)
        ax.axvline(0, color="0.3", lw=0.8)
        ax.set_xlabel("mean Δp over positions")
        ax.set_title(f"{LAYER_TITLES[layer]}: words raised (top) and lowered (bottom)", fontsize=10)
    save_png(fig, path)


def example_figure(
    report: dict[str, Any], arrays: dict[str, NDArray[Any]], words: Sequence[str], k: int, path: str | Path
) -> None:
    """Position ``k``: its 20 likeliest words under the model, the lens distributions, Aer's shots."""
    p = {s: np.asarray(arrays[f"p_{s}"][k], dtype=np.float64) for s in ("embedding", "attention", "final")}
    n = p["final"].shape[0]
    idx = np.argsort(-p["final"], kind="stable")[:EXAMPLE_WORDS]
    counts = np.asarray(arrays["counts"][3 * k + 2], dtype=np.float64)[:n]
    freq = counts / max(counts.sum(), 1.0)
    fig = Figure(figsize=(12, 4.8), layout="constrained")
    ax = fig.subplots()
    x = np.arange(idx.size)
    width = 0.2
    series = (
        ("p_embedding (lens)", p["embedding"], "tab:gray"),
        ("p_attention (lens)", p["attention"], "tab:blue"),
        ("p_final (model softmax)", p["final"], "tab:orange"),
        (f"Aer, trajectory circuit ({int(counts.sum()):,} shots)", freq, "tab:purple"),
    )
    for i, (label, values, color) in enumerate(series):
        ax.bar(x + (i - 1.5) * width, values[idx], width, color=color, label=label)
    ax.set_xticks(x, [words[int(j)] for j in idx], rotation=45, ha="right", fontsize=8)
    ax.set_ylabel("probability / relative frequency")
    ax.legend(fontsize=8)
    ex = report["examples"][k]
    context = " ".join(ex["context"].split()[-12:])
    fig.suptitle(f"Position {ex['id']}: “…{context}” → next word “{ex['next_word']}”", fontsize=10)
    save_png(fig, path)


def pick_position(arrays: dict[str, NDArray[Any]]) -> int:
    """The position whose distribution moves most (total variation embedding -> attention -> final)."""
    pe, pa, pf = (np.asarray(arrays[f"p_{s}"], dtype=np.float64) for s in ("embedding", "attention", "final"))
    moves = 0.5 * (np.abs(pa - pe).sum(axis=1) + np.abs(pf - pa).sum(axis=1))
    return int(np.argmax(moves))


def make_lm_figures(
    run_dir: str | Path,
    report: dict[str, Any],
    analysis: dict[str, Any],
    arrays: dict[str, NDArray[Any]],
    words: Sequence[str],
) -> list[str]:
    """Write the LM figures to ``run_dir/figures/``; returns their paths relative to ``run_dir``."""
    from qlens_q.operators import householder_vector_from_probabilities

    out = Path(run_dir) / FIGURES_DIR
    out.mkdir(exist_ok=True)
    written: list[str] = []

    def target(name: str) -> Path:
        written.append(f"{FIGURES_DIR}/{name}")
        return out / name

    stages = {"attention": ("p_embedding", "p_attention"), "mlp": ("p_attention", "p_final")}
    vectors = {}
    for layer, (src, dst) in stages.items():
        rows = []
        for a, b in zip(arrays[src], arrays[dst], strict=True):
            v = householder_vector_from_probabilities(a, b)
            rows.append(np.zeros(a.shape[0]) if v is None else v)
        vectors[layer] = np.array(rows)
    pca_figure(analysis, target("lm_pca.png"))
    similarity_figure(vectors, analysis["num_classes"], target("lm_similarity.png"))
    top_tokens_figure(analysis, target("lm_top_tokens.png"))
    example_figure(report, arrays, words, pick_position(arrays), target("lm_example.png"))
    return written
