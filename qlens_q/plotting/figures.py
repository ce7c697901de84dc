"""Figures of a QLENS reading (PNG; matplotlib's Agg canvas; written atomically; no torch).

Figures are drawn on :class:`matplotlib.figure.Figure` objects with the Agg
canvas, never through ``pyplot``: no global backend is switched, no figure is
left open. Every PNG goes through :func:`qlens_q.io.atomic_write_bytes`.

:func:`make_figures` draws, from a :class:`~qlens_q.trajectories.Trajectories`
and its :func:`~qlens_q.stats.analysis.analyze` result, into ``DIR/figures/``
(each with a caption for ``report.md``):

``depth.png``
    every example against depth: the Bloch polar angle (two outputs) or the
    probability of the final prediction, coloured by class, with the lens
    agreement per point.
``similarity.png``
    mean pairwise unitary and Hamiltonian similarity per sub-layer against the
    random baseline (``similarity_histograms.png`` with the pairwise values when
    there are at most four sub-layers).
``householder_vectors.png`` / ``delta_psi.png``
    per sub-layer: the Householder vectors and ``Delta psi`` (two outputs: on the
    plane, with the quadrants or the locus of possible ``Delta psi`` shaded; more:
    first two principal components, coloured by k-means cluster).
``bloch_trajectories.png`` (two outputs)
    distinct examples' paths on the Bloch sphere.
``example_distributions.png``
    one example: its distribution at every point, and Aer's shots of its exported
    trajectory circuit beside the model's softmax.
``hamiltonian_flow.png`` (given the flow's curves)
    the same example's sub-layers as flows ``|exp(-itH) psi_in|^2``: Aer on the
    exported circuits against the closed form, both computed before drawing
    (:func:`qlens_q.checks.flow_curves`).
``top_outputs.png`` / ``similarity_matrix.png`` (more than two outputs)
    the outputs each sub-layer raises and lowers most; pairwise ``(v_a . v_b)^2``.
``fixed_operators.png`` (given the held-out test)
    held-out Born fidelity per sub-layer and candidate.

:func:`trotter_figure` draws a Trotter study (:mod:`qlens_q.stats.trotter`). Figures take
arrays and result records; nothing here builds or simulates a circuit.
"""

from __future__ import annotations

import io as _io
import itertools
import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import LineCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Polygon
from matplotlib.ticker import NullLocator
from numpy.typing import NDArray

from qlens_q import io
from qlens_q.results import FlowCurves, HeldOutResult, figure_example
from qlens_q.stats.analysis import (
    PCA,
    Analysis,
    Clusters,
    LayerVectors,
    baseline_vectors,
    layer_vectors,
    title,
)
from qlens_q.stats.similarity import hamiltonian_similarity_matrix, offdiagonal, unitary_similarity_matrix
from qlens_q.trajectories import Trajectories

FIGURES_DIR = "figures"
DPI = 110
#: Most panels of a per-sub-layer figure (the sub-layers that move the examples most, in depth order).
MAX_PANELS = 12
#: Most outputs shown in a bar chart.
MAX_BARS = 16
#: Classes coloured one by one in the depth figure; beyond that the rest share one grey group.
MAX_CLASSES = 8
OTHER_COLOR = "0.6"
BASELINE_COLOR = "0.55"
PALETTE = (
    "tab:blue",
    "tab:orange",
    "tab:green",
    "tab:red",
    "tab:purple",
    "tab:brown",
    "tab:pink",
    "tab:olive",
)


def save_png(fig: Figure, path: str | Path) -> None:
    """Render ``fig`` to PNG bytes and write them atomically (temporary file + ``os.replace``).

    Every figure here has the constrained layout, which already keeps titles, labels and
    ``outside`` legends on the canvas, so it is saved as it is: ``bbox_inches="tight"`` would lay
    the figure out and draw it a second time only to trim the margins.
    """
    FigureCanvasAgg(fig)
    buf = _io.BytesIO()
    fig.savefig(buf, format="png", dpi=DPI, metadata={"Software": None})
    io.atomic_write_bytes(path, buf.getvalue())


def _grid(count: int, width: float = 3.6, height: float = 3.4) -> tuple[Figure, list[Axes]]:
    cols = min(4, count)
    rows = -(-count // cols)
    fig = Figure(figsize=(width * cols + 0.6, height * rows + 0.6), layout="constrained")
    axes = np.atleast_1d(fig.subplots(rows, cols)).ravel().tolist()
    for ax in axes[count:]:
        ax.set_axis_off()
    return fig, axes[:count]


def _vectors_of(traj: Trajectories, j: int, vectors: Sequence[LayerVectors] | None) -> LayerVectors:
    """Sub-layer ``j``'s :class:`LayerVectors`: ``vectors[j]`` when given (computed once for every figure), else computed."""
    return layer_vectors(traj, traj.layers[j]) if vectors is None else vectors[j]


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def layer_color(index: int) -> str:
    """A sub-layer's colour."""
    return PALETTE[index % len(PALETTE)]


def shown_layers(traj: Trajectories, limit: int = MAX_PANELS) -> list[int]:
    """The sub-layers to draw: all, or the ``limit`` that move the examples most (mean total variation), in depth order."""
    if traj.num_points - 1 <= limit:
        return list(range(traj.num_points - 1))
    moves = [
        0.5 * np.abs(traj.probs[:, j + 1] - traj.probs[:, j]).sum(axis=1).mean()
        for j in range(traj.num_points - 1)
    ]
    return sorted(int(j) for j in np.argsort(moves, kind="stable")[::-1][:limit])


def example_classes(traj: Trajectories) -> tuple[NDArray[np.intp], str]:
    """Per example the class to colour it by: its ``label`` when the metadata's labels are output indices
    (ints in range: the model's outputs are the task's classes), else the model's prediction (labels
    given by name, as for a model whose labels are not the task's classes)."""
    labels = traj.meta.get("label")
    if labels is not None and all(isinstance(x, int) and 0 <= x < traj.num_outputs for x in labels):
        return np.asarray(labels, dtype=np.intp), "label"
    return traj.probs[:, -1].argmax(axis=1), "the model's prediction"


def class_groups(
    classes: NDArray[np.intp], most: int = MAX_CLASSES
) -> list[tuple[int | None, NDArray[np.bool_]]]:
    """The examples of each class, for colouring: classes in index order, or, when there are more
    than ``most``, the ``most - 1`` most frequent (ties to the lower index) and one group ``None``
    of all the rest, so that a legend over thousands of output units stays readable."""
    values, counts = np.unique(classes, return_counts=True)
    if len(values) <= most:
        return [(int(c), classes == c) for c in values]
    order = np.lexsort((values, -counts))[: most - 1]
    kept = sorted(int(values[i]) for i in order)
    groups: list[tuple[int | None, NDArray[np.bool_]]] = [(c, classes == c) for c in kept]
    return [*groups, (None, ~np.isin(classes, kept))]


# ---------------------------------------------------------------------------- depth


def bloch_angle(p: Sequence[float] | NDArray[np.float64]) -> float:
    """Polar angle ``t`` of the real qubit ``sqrt(p_0)|0> + sqrt(p_1)|1> = cos(t/2)|0> + sin(t/2)|1>``."""
    return float(2 * np.arctan2(math.sqrt(max(p[1], 0.0)), math.sqrt(max(p[0], 0.0))))


def bloch_vector(t: float) -> NDArray[np.float64]:
    """Bloch vector ``(sin t, 0, cos t)`` of ``cos(t/2)|0> + sin(t/2)|1>``."""
    return np.array([np.sin(t), 0.0, np.cos(t)])


def depth_figure(traj: Trajectories, path: str | Path) -> str:
    """Every example against depth, coloured by class, with the lens agreement per point; returns the caption."""
    classes, by = example_classes(traj)
    x = np.arange(traj.num_points)
    two = traj.num_outputs == 2
    if two:
        y = np.array([[bloch_angle(p) for p in row] for row in traj.probs]) / np.pi
    else:
        final = traj.probs[:, -1].argmax(axis=1)
        y = traj.probs[np.arange(traj.num_examples), :, final]
    fig = Figure(figsize=(max(7.0, 0.7 * traj.num_points + 4), 6.4), layout="constrained")
    ax, ax_lens = fig.subplots(2, 1, height_ratios=(3, 1), sharex=True)
    groups = class_groups(classes)
    for i, (c, sel) in enumerate(groups):
        color = OTHER_COLOR if c is None else PALETTE[i % len(PALETTE)]
        name = f"{len(set(classes[sel].tolist()))} other classes" if c is None else traj.output_names[c]
        # one collection of lines, not a Line2D each: the same lines, drawn in a fraction of the time
        lines = [np.column_stack((x, row)) for row in y[sel]]
        ax.add_collection(
            LineCollection(lines, colors=color, alpha=max(0.08, min(0.6, 15 / max(sel.sum(), 1))), lw=0.9)
        )
        ax.plot([], [], color=color, lw=2, label=f"{by} {name} ({int(sel.sum())})")
    if two:
        ax.axhline(0.5, color="0.4", ls=":", lw=1)
        ax.set_ylabel(f"Bloch polar angle t / π   (P({traj.output_names[1]}) = sin²(t/2))")
        ax.set_ylim(-0.02, 1.02)
    else:
        ax.set_ylabel("probability of the model's final prediction")
        ax.set_ylim(-0.02, 1.02)
    # beside the lines, not over them ("best" would weigh hundreds of lines: a second per figure)
    ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1.0), borderaxespad=0.0)
    ax.set_title(f"{traj.num_examples} examples from the first point to the model's output", fontsize=10)
    lens = traj.lens
    points = list(traj.points[:-1])
    if lens and all(p in lens for p in points):
        for key, label, style in (
            ("agreement", "tuned lens", "o-"),
            ("agreement_identity", "identity lens", "s--"),
        ):
            ax_lens.plot(x[:-1], [lens[p][key] for p in points], style, ms=4, label=label)
        ax_lens.plot([x[-1]], [1.0], "k*", ms=8, label="the model itself")
        ax_lens.set_ylim(-0.05, 1.05)
        ax_lens.legend(fontsize=8, loc="lower right")
    else:
        ax_lens.text(
            0.5, 0.5, "no lens summary recorded", ha="center", va="center", transform=ax_lens.transAxes
        )
    ax_lens.set_ylabel("top-1 agreement\nwith the model")
    ax_lens.set_xticks(
        x,
        list(traj.points),
        rotation=30 if traj.num_points > 5 else 0,
        ha="right" if traj.num_points > 5 else "center",
    )
    ax_lens.set_xlabel("point (depth)")
    save_png(fig, path)
    what = (
        "the Bloch polar angle of the real qubit √p"
        if two
        else "the probability of the class the model finally predicts"
    )
    return (
        f"Each line is one test example: {what}, read by the lens at every point (the last point is the model's "
        f"own softmax), coloured by {by}. Lower panel: how often each point's lens agrees with the model's top-1 "
        "prediction, tuned lens against the identity (logit) lens."
    )


# ---------------------------------------------------------------------------- similarity


def similarity_figure(traj: Trajectories, analysis: Analysis, path: str | Path) -> str:
    """Mean pairwise similarities per sub-layer against the random baseline; returns the caption."""
    fig = Figure(figsize=(max(8.0, 0.6 * traj.num_points + 6), 4.2), layout="constrained")
    axes = fig.subplots(1, 2)
    names = list(traj.sublayers)
    x = np.arange(len(names))
    for ax, key, label in zip(
        axes,
        ("unitary_similarity", "hamiltonian_similarity"),
        ("unitaries U = I − 2vvᵀ", "Hamiltonians H = (π/α)vvᵀ"),
        strict=True,
    ):
        rows = [getattr(analysis.layer(name), key) for name in names]
        model = [np.nan if r is None else r.layer for r in rows]
        base = [np.nan if r is None else r.baseline for r in rows]
        ax.plot(x, model, "o-", color="tab:blue", label="model: mean over pairs of examples")
        ax.plot(x, base, "s--", color=BASELINE_COLOR, label="random Householder operators")
        for xi, r in zip(x, rows, strict=True):
            if r is not None and r.p_value <= 0.01:
                ax.annotate("*", (xi, r.layer), textcoords="offset points", xytext=(0, 5), ha="center")
        ax.set_xticks(
            x,
            [title(n) for n in names],
            rotation=30 if len(names) > 4 else 0,
            ha="right" if len(names) > 4 else "center",
        )
        ax.set_ylabel("mean Frobenius cosine similarity")
        ax.set_title(label, fontsize=10)
        ax.legend(fontsize=8)
    save_png(fig, path)
    return (
        "Mean pairwise Frobenius cosine similarity of each sub-layer's operators across test examples (blue) "
        "against as many random Householder operators (grey); * marks a one-sided permutation p ≤ 0.01. "
        f"For N = {traj.num_outputs} outputs every unitary similarity is at least 1 − 4/N."
    )


def similarity_histograms(
    traj: Trajectories, seed: int, path: str | Path, vectors: Sequence[LayerVectors] | None = None
) -> str:
    """Histograms of pairwise cos(U_a, U_b) and cos(H_a, H_b) per sub-layer, baseline overlaid; returns the caption.

    ``vectors``: every sub-layer's :func:`~qlens_q.stats.analysis.layer_vectors`, when already computed.
    """
    layers = traj.layers
    fig = Figure(figsize=(11, 3.6 * len(layers) + 0.5), layout="constrained")
    axes = np.atleast_2d(fig.subplots(len(layers), 2))
    n = traj.num_outputs
    for row, layer in enumerate(layers):
        lv = _vectors_of(traj, layer.index, vectors)
        m = lv.householder.shape[0]
        base = baseline_vectors(m, n, seed, layer.index)
        refl = lv.reflections
        panels = [
            ("unitaries", unitary_similarity_matrix(lv.householder, n), unitary_similarity_matrix(base, n)),
            (
                "Hamiltonians (identity layers left out)",
                hamiltonian_similarity_matrix(refl) if refl.shape[0] >= 2 else np.zeros((0, 0)),
                hamiltonian_similarity_matrix(base[: max(refl.shape[0], 2)]),
            ),
        ]
        for col, (what, sim_layer, sim_base) in enumerate(panels):
            ax = axes[row, col]
            x_layer, x_base = offdiagonal(sim_layer), offdiagonal(sim_base)
            lo = max(-1.0, (n - 4) / n) if col == 0 else 0.0  # cos(U_a, U_b) >= (D - 4) / D
            lo = min(lo, float(x_layer.min(initial=lo)), float(x_base.min(initial=lo)))
            bins = np.linspace(lo, 1.0, 51)
            ax.hist(x_base, bins=bins, density=True, histtype="stepfilled", color=BASELINE_COLOR, alpha=0.55,
                    label=f"random baseline, mean {x_base.mean():.4f} (dotted)")  # fmt: skip
            if x_layer.size:
                ax.hist(x_layer, bins=bins, density=True, histtype="stepfilled", color=layer_color(layer.index), alpha=0.75,
                        label=f"model ({x_layer.size} pairs), mean {x_layer.mean():.4f} (dashed)")  # fmt: skip
                ax.axvline(x_layer.mean(), color=layer_color(layer.index), ls="--", lw=1.2)
            ax.axvline(x_base.mean(), color="0.3", ls=":", lw=1.2)
            ax.set_yscale("log")
            # no unlabelled minor ticks: they were half of this figure's drawing time
            ax.yaxis.set_minor_locator(NullLocator())
            ax.set_title(f"{title(layer.name)}: {what}", fontsize=10)
            ax.set_xlabel("Frobenius cosine similarity of a pair of examples")
            ax.set_ylabel("density (log scale)")
            ax.legend(fontsize=8, loc="upper left")
    save_png(fig, path)
    return (
        "Distribution of the pairwise similarities behind the table: every pair of test examples (colour) "
        "against pairs of random Householder operators (grey), per sub-layer."
    )


def similarity_matrix_figure(
    traj: Trajectories, path: str | Path, vectors: Sequence[LayerVectors] | None = None
) -> str:
    """Heat maps of ``(v_a . v_b)^2`` per sub-layer (zero rows: identity layers); returns the caption."""
    shown = shown_layers(traj, 4)
    fig, axes = _grid(len(shown), 4.2, 3.8)
    for ax, j in zip(axes, shown, strict=True):
        v = _vectors_of(traj, j, vectors).householder
        sim = (v @ v.T) ** 2
        im = ax.imshow(sim, vmin=0, vmax=1, cmap="viridis")
        off = sim[~np.eye(sim.shape[0], dtype=bool)]
        ax.set_title(
            f"{title(traj.sublayers[j])}: mean {off.mean():.3f}" if off.size else title(traj.sublayers[j]),
            fontsize=9,
        )
        ax.set_xlabel("example")
        ax.set_ylabel("example")
        fig.colorbar(im, ax=ax, shrink=0.8)
    save_png(fig, path)
    return (
        "Hamiltonian similarity cos(H_a, H_b) = (v_a·v_b)² for every pair of examples"
        + (" (the four sub-layers that move the examples most)" if len(shown) < traj.num_points - 1 else "")
        + f"; the unitary similarity is 1 − 4(1 − cos H)/N with N = {traj.num_outputs}."
    )


# ---------------------------------------------------------------------------- vectors


def _unit_circle(ax: Axes) -> None:
    t = np.linspace(0, 2 * np.pi, 400)
    ax.plot(np.cos(t), np.sin(t), color="0.3", lw=0.8)
    for x, y in (((-1.15, 0), (0, 1.15)), ((0, 1.15), (-1.15, 0))):
        ax.fill_between([x[0], x[1]], y[0], y[1], color="tab:green", alpha=0.07, lw=0)
    ax.axhline(0, color="0.6", lw=0.6)
    ax.axvline(0, color="0.6", lw=0.6)
    ax.set_aspect("equal")
    ax.set_xlim(-1.15, 1.15)
    ax.set_ylim(-1.15, 1.15)


def _pca_scatter(ax: Axes, entry: PCA | None, clusters: Clusters | None, color: str) -> None:
    if entry is None:
        ax.text(0.5, 0.5, "fewer than 2 vectors", ha="center", transform=ax.transAxes)
        return
    coords = entry.points
    ratios = [*entry.explained_variance_ratio, 0.0, 0.0]
    labels = None if clusters is None else np.asarray(clusters.labels)
    if labels is not None and labels.shape[0] == coords.shape[0]:
        for c in range(int(labels.max()) + 1):
            sel = labels == c
            ax.scatter(
                coords[sel, 0], coords[sel, 1], s=14, alpha=0.7, label=f"cluster {c + 1} ({int(sel.sum())})"
            )
        ax.legend(fontsize=7, title=f"k-means, elbow k = {clusters.k}", title_fontsize=7)  # type: ignore[union-attr]
    else:
        ax.scatter(coords[:, 0], coords[:, 1], s=14, alpha=0.7, color=color)
    ax.axhline(0, color="0.7", lw=0.6)
    ax.axvline(0, color="0.7", lw=0.6)
    ax.set_xlabel(f"PC 1 ({100 * ratios[0]:.1f} % of variance)", fontsize=8)
    ax.set_ylabel(f"PC 2 ({100 * ratios[1]:.1f} % of variance)", fontsize=8)


def _of_kind(pca: Any, clusters: Any, kind: str) -> tuple[PCA | None, Clusters | None]:
    """The PCA and clusters of one kind of vector (``householder`` or ``delta_psi``), ``None`` when absent."""
    return (None if pca is None else getattr(pca, kind)), (
        None if clusters is None else getattr(clusters, kind)
    )


def householder_figure(
    traj: Trajectories,
    analysis: Analysis,
    seed: int,
    path: str | Path,
    vectors: Sequence[LayerVectors] | None = None,
) -> str:
    """Per sub-layer: Householder vectors on the unit circle (two outputs) or in PCA coordinates; returns the caption."""
    shown = shown_layers(traj)
    fig, axes = _grid(len(shown))
    names = traj.output_names
    for ax, j in zip(axes, shown, strict=True):
        lv = _vectors_of(traj, j, vectors)
        refl = lv.reflections
        color = layer_color(j)
        if traj.num_outputs == 2:
            base = baseline_vectors(lv.householder.shape[0], 2, seed, j)
            _unit_circle(ax)
            ax.scatter(base[:, 0], base[:, 1], s=8, color=BASELINE_COLOR, alpha=0.4, label="random baseline")
            q2 = int(np.sum((refl[:, 0] < 0) & (refl[:, 1] > 0)))
            ax.scatter(refl[:, 0], refl[:, 1], s=16, color=color, alpha=0.6, edgecolor="k", lw=0.3,
                       label=f"model: {q2} in quadrant 2, {refl.shape[0] - q2} in 4")  # fmt: skip
            mean = refl.mean(axis=0) if refl.shape[0] else np.zeros(2)
            ax.annotate(
                "",
                xy=(mean[0], mean[1]),
                xytext=(0, 0),
                arrowprops={"arrowstyle": "-|>", "color": "k", "lw": 1.6},
            )
            ax.plot([], [], color="k", lw=1.6, label=f"mean ({mean[0]:.3f}, {mean[1]:.3f})")
            ax.set_xlabel(f"$v_0$ ({names[0]})", fontsize=8)
            ax.set_ylabel(f"$v_1$ ({names[1]})", fontsize=8)
            ax.legend(fontsize=7, loc="lower left")
        else:
            layer = analysis.layer(traj.sublayers[j])
            _pca_scatter(ax, *_of_kind(layer.pca, layer.clusters, "householder"), color)
        ax.set_title(f"{title(traj.sublayers[j])} ({refl.shape[0]} reflections)", fontsize=9)
    save_png(fig, path)
    where = (
        "on the unit circle; every v must lie in quadrant 2 or 4 (shaded), and grey points are the random baseline"
        if traj.num_outputs == 2
        else "in their first two principal components, coloured by elbow k-means cluster"
    )
    return f"Householder vectors v = (ψ_out − ψ_in)/‖ψ_out − ψ_in‖ of every test example, per sub-layer, {where}."


def delta_psi_locus() -> list[NDArray[np.float64]]:
    """Boundary polygons of ``{psi_out - psi_in : psi_in, psi_out on the positive quarter circle}``.

    With ``psi_in = (cos a, sin a)`` and ``psi_out = (cos b, sin b)``, ``a, b`` in
    ``[0, pi/2]``, the chord is ``psi_out - psi_in = 2 sin(d/2) (-sin m, cos m)`` with
    ``d = b - a`` and ``m = (a + b)/2``. For ``b > a`` its direction ``phi = m + pi/2``
    ranges over ``[pi/2 + d/2, pi - d/2]``, so in direction ``phi`` in
    ``[pi/2, pi]`` the length reaches ``r(phi) = 2 sin(min(phi - pi/2, pi - phi))``:
    the lens between the unit circles centred at ``(-1, 0)`` and ``(0, 1)``, in
    quadrant 2. ``b < a`` gives its mirror image ``-lens`` in quadrant 4.
    """
    phi = np.linspace(np.pi / 2, np.pi, 721)
    r = 2 * np.sin(np.minimum(phi - np.pi / 2, np.pi - phi))
    lens = np.column_stack([r * np.cos(phi), r * np.sin(phi)])
    return [lens, -lens]


def delta_psi_figure(
    traj: Trajectories, analysis: Analysis, path: str | Path, vectors: Sequence[LayerVectors] | None = None
) -> str:
    """Per sub-layer: ``Delta psi`` of every example (two outputs: with the possible locus shaded); returns the caption."""
    shown = shown_layers(traj)
    fig, axes = _grid(len(shown))
    names = traj.output_names
    for ax, j in zip(axes, shown, strict=True):
        lv = _vectors_of(traj, j, vectors)
        dpsi = lv.delta_psi
        color = layer_color(j)
        if traj.num_outputs != 2:
            layer = analysis.layer(traj.sublayers[j])
            _pca_scatter(ax, *_of_kind(layer.pca, layer.clusters, "delta_psi"), color)
        else:
            for k, poly in enumerate(delta_psi_locus()):
                ax.add_patch(Polygon(poly, closed=True, facecolor="tab:green", alpha=0.15, edgecolor="tab:green",
                                     lw=0.8, label="possible Δψ" if k == 0 else None))  # fmt: skip
            ax.axhline(0, color="0.6", lw=0.6)
            ax.axvline(0, color="0.6", lw=0.6)
            ax.scatter(
                dpsi[:, 0],
                dpsi[:, 1],
                s=14,
                color=color,
                alpha=0.6,
                edgecolor="k",
                lw=0.3,
                label="Δψ per example",
            )
            mean = dpsi.mean(axis=0)
            ax.scatter([mean[0]], [mean[1]], marker="X", s=70, color="k", edgecolor="w", lw=0.8, zorder=5,
                       label=f"mean ({mean[0]:.4f}, {mean[1]:.4f})")  # fmt: skip
            half = 1.15 * max(float(np.abs(dpsi).max(initial=0.0)), 1e-6)
            ax.set_xlim(-half, half)
            ax.set_ylim(-half, half)
            ax.set_aspect("equal")
            ax.set_xlabel(f"Δψ_0 ({names[0]})", fontsize=8)
            ax.set_ylabel(f"Δψ_1 ({names[1]})", fontsize=8)
            ax.legend(fontsize=7, loc="lower left")
        ax.set_title(title(traj.sublayers[j]), fontsize=9)
    save_png(fig, path)
    return (
        "Change of state Δψ = ψ_out − ψ_in = −2⟨v|ψ_in⟩v (Theorem 1) of every test example, per sub-layer"
        + (
            "; the shaded lens is every Δψ two points of the positive quarter circle can make (axes zoomed to the data)."
            if traj.num_outputs == 2
            else ", in its first two principal components."
        )
    )


# ---------------------------------------------------------------------------- Bloch sphere


def distinct_examples(traj: Trajectories, count: int, tol: float = 1e-3) -> list[int]:
    """Up to ``count`` examples that move most, skipping any whose path repeats one already chosen (within ``tol``)."""
    angles = np.array([[bloch_angle(p) for p in row] for row in traj.probs])
    order = np.argsort(-np.abs(np.diff(angles, axis=1)).sum(axis=1), kind="stable")
    chosen: list[int] = []
    for k in order:
        if all(np.max(np.abs(angles[k] - angles[c])) > tol for c in chosen):
            chosen.append(int(k))
        if len(chosen) == count:
            break
    return chosen


def bloch_figure(traj: Trajectories, path: str | Path, count: int = 4) -> str:
    """Distinct examples' paths through every point on the Bloch sphere (two outputs); returns the caption."""
    names = traj.output_names
    chosen = distinct_examples(traj, count)
    angles = np.array([[bloch_angle(p) for p in traj.probs[k]] for k in chosen])
    fig = Figure(figsize=(12, 5.6), layout="constrained")
    ax3 = fig.add_subplot(1, 2, 1, projection="3d")
    ax2 = fig.add_subplot(1, 2, 2)
    u, w = np.meshgrid(np.linspace(0, 2 * np.pi, 37), np.linspace(0, np.pi, 19))
    ax3.plot_wireframe(np.cos(u) * np.sin(w), np.sin(u) * np.sin(w), np.cos(w), color="0.85", lw=0.4)
    ring = np.linspace(0, 2 * np.pi, 200)
    ax3.plot(np.sin(ring), 0 * ring, np.cos(ring), color="0.55", lw=0.8)
    ax3.text(0, 0, 1.35, f"|0⟩ ({names[0]})", ha="center")
    ax3.text(0, 0, -1.5, f"|1⟩ ({names[1]})", ha="center")
    for i, (k, t) in enumerate(zip(chosen, angles, strict=True)):
        color = PALETTE[i % len(PALETTE)]
        for a, b in itertools.pairwise(t):
            arc = np.array([bloch_vector(s) for s in np.linspace(a, b, 30)])
            ax3.plot(arc[:, 0], arc[:, 1], arc[:, 2], color=color, lw=2)
        xyz = np.array([bloch_vector(s) for s in t])
        ax3.scatter(xyz[:, 0], xyz[:, 1], xyz[:, 2], color=color, s=18, edgecolor="k", depthshade=False)
        ax3.scatter(*xyz[-1], color=color, marker="^", s=60, edgecolor="k", depthshade=False)
        ax2.plot(
            range(traj.num_points), t / np.pi, "o-", color=color, ms=4, label=f"{_short(traj.ids[k], 24)}"
        )
    ax3.set_box_aspect((1, 1, 1))
    ax3.view_init(elev=15, azim=-75)
    ax3.set_axis_off()
    ax2.axhline(0.5, color="0.6", ls=":", lw=1)
    ax2.set_xticks(range(traj.num_points), list(traj.points), rotation=30 if traj.num_points > 5 else 0,
                   ha="right" if traj.num_points > 5 else "center")  # fmt: skip
    ax2.set_ylabel(f"polar angle t / π   (P({names[1]}) = sin²(t/2))")
    ax2.legend(fontsize=8)
    save_png(fig, path)
    return (
        f"The {len(chosen)} test examples whose states move most (no two with the same path), on the Bloch sphere: "
        "real states lie on the x–z great circle; a triangle marks the model's output. Right: the same paths as angles."
    )


# ---------------------------------------------------------------------------- one example


def _top(p: NDArray[np.float64], limit: int = MAX_BARS) -> NDArray[np.intp]:
    if p.shape[0] <= limit:
        return np.arange(p.shape[0])
    return np.sort(np.argsort(-p, kind="stable")[:limit])


def example_figure(
    traj: Trajectories,
    k: int,
    counts: NDArray[Any] | None,
    path: str | Path,
    shot_examples: int | None = None,
) -> str:
    """Example ``k``: its distributions at every point, and Aer's shots beside the softmax; returns the caption
    (which says ``k`` was picked among the first ``shot_examples``, those with shots, when they are not all)."""
    probs = traj.probs[k]
    names = traj.output_names
    idx = _top(probs[-1])
    fig = Figure(figsize=(13, 4.8), layout="constrained")
    ax1, ax2 = fig.subplots(1, 2)
    x = np.arange(idx.size)
    labels = [_short(names[j], 12) for j in idx]
    if traj.num_points <= 4:
        width = 0.8 / traj.num_points
        for s, point in enumerate(traj.points):
            ax1.bar(x + (s - (traj.num_points - 1) / 2) * width, probs[s][idx], width, label=f"p_{point}")
        ax1.set_xticks(x, labels, rotation=0 if idx.size <= 8 else 45)
        ax1.set_ylabel("probability")
        ax1.set_ylim(0, 1.12)
        ax1.legend(fontsize=8, ncols=2)
    else:
        im = ax1.imshow(probs[:, idx].T, aspect="auto", vmin=0, vmax=1, cmap="magma")
        ax1.set_xticks(range(traj.num_points), list(traj.points), rotation=45, ha="right", fontsize=7)
        ax1.set_yticks(x, labels, fontsize=8)
        fig.colorbar(im, ax=ax1, shrink=0.8, label="probability")
    ax1.set_title("lens distributions at every point (the last: the model)", fontsize=10)
    ax2.bar(x - 0.2, probs[-1][idx], 0.4, color="tab:orange", label="model softmax")
    if counts is not None:
        c = np.asarray(counts, dtype=np.float64)[: traj.num_outputs]
        shots = max(float(c.sum()), 1.0)
        err = 1.96 * np.sqrt(np.maximum(probs[-1] * (1 - probs[-1]), 0) / shots)
        ax2.bar(x + 0.2, (c / shots)[idx], 0.4, color="tab:purple", yerr=err[idx], capsize=3,
                label=f"Aer, exported trajectory circuit ({int(shots):,} shots; bars: 95 % binomial range)")  # fmt: skip
    ax2.set_xticks(x, labels, rotation=0 if idx.size <= 8 else 45)
    ax2.set_ylabel("probability / relative frequency")
    ax2.set_ylim(0, 1.12)
    ax2.set_title("Born rule on the exported circuit vs the model", fontsize=10)
    ax2.legend(fontsize=8, loc="upper center")
    info = traj.example(k)
    text = str(info.get("text") or info.get("context") or "")
    fig.suptitle(f"Example {traj.ids[k]}" + (f": “{_short(text, 90)}”" if text else ""), fontsize=10)
    save_png(fig, path)
    shown = (
        "" if idx.size == traj.num_outputs else f" (the {idx.size} likeliest of {traj.num_outputs} outputs)"
    )
    among = (
        ""
        if shot_examples is None or shot_examples >= traj.num_examples
        else f" of the first {shot_examples}, whose circuits had shots"
    )
    return (
        f"Test example {traj.ids[k]}, the one whose distribution moves most{among}: left, its lens distributions at every "
        f"point{shown}; right, the measured histogram of its trajectory circuit, run on Aer from the exported "
        "OpenQASM file, beside the model's softmax."
    )


def flow_figure(traj: Trajectories, flow: FlowCurves, path: str | Path) -> tuple[str, dict[str, float]]:
    """Example ``flow.example``'s sub-layers as Hamiltonian flows, Aer on exported circuits vs the closed form.

    Draws :class:`~qlens_q.results.FlowCurves` (computed and simulated before, by
    :func:`qlens_q.checks.flow_curves`): lines the closed form ``|exp(-i t H) psi_in|^2`` at
    ``fine_times``, circles Aer at ``times``. Returns the caption and the largest
    ``|Aer - closed form|`` per sub-layer drawn.
    """
    errors = {traj.sublayers[j]: float(e) for j, e in zip(flow.sublayers, flow.errors, strict=True)}
    fig, axes = _grid(len(flow.sublayers), 4.6, 3.8)
    for i, (ax, j) in enumerate(zip(axes, flow.sublayers, strict=True)):
        measured, exact_fine = flow.measured[i], flow.exact[i]
        for c_i, c in enumerate(_top(exact_fine.max(axis=0), 5)):
            ax.plot(
                flow.fine_times,
                exact_fine[:, c],
                color=f"C{c_i}",
                lw=1.4,
                label=f"P({_short(traj.output_names[c], 10)})",
            )
            ax.plot(flow.times, measured[:, c], "o", color=f"C{c_i}", ms=4, mfc="none")
        ax.set_xlabel("evolution time t (t = α: the reflection U)", fontsize=8)
        ax.set_ylabel("Born probability", fontsize=8)
        ax.set_title(
            f"{title(traj.sublayers[j])}: max |Aer − exact| = {errors[traj.sublayers[j]]:.1e}", fontsize=9
        )
        ax.legend(fontsize=7)
    save_png(fig, path)
    caption = (
        f"Example {traj.ids[flow.example]}'s sub-layers as Hamiltonian flows |e^(−itH)ψ_in|², H = (π/α)vvᵀ, from "
        f"p_in (t = 0) to p_out (t = α): lines are the closed form, circles Aer on the exported structured circuit "
        f"at {flow.times.size} times t"
        + (
            " (the four sub-layers that move this example most)."
            if len(flow.sublayers) < traj.num_points - 1
            else "."
        )
    )
    return caption, errors


# ---------------------------------------------------------------------------- many outputs


def top_outputs_figure(traj: Trajectories, analysis: Analysis, path: str | Path) -> str:
    """Bars of the mean ``Delta p`` of the outputs each sub-layer raises and lowers most; returns the caption."""
    shown = shown_layers(traj, 4)
    fig, axes = _grid(len(shown), 4.8, 5.2)
    for ax, j in zip(axes, shown, strict=True):
        t = analysis.layer(traj.sublayers[j]).top_outputs
        entries = [] if t is None else [*t.raised, *reversed(t.lowered)]
        values = [e.mean_delta_p for e in entries]
        y = np.arange(len(entries))[::-1]
        ax.barh(y, values, color=[layer_color(j) if v >= 0 else "tab:red" for v in values])
        ax.set_yticks(y, [_short(e.output, 14) for e in entries], fontsize=7)
        ax.axvline(0, color="0.3", lw=0.8)
        ax.set_xlabel("mean Δp over examples", fontsize=8)
        ax.set_title(f"{title(traj.sublayers[j])}: raised (top), lowered (bottom)", fontsize=9)
    save_png(fig, path)
    return "The outputs whose probability each sub-layer raises and lowers most, averaged over the test examples."


def fixed_operators_figure(traj: Trajectories, fixed: dict[str, Any], path: str | Path) -> str:
    """Held-out Born fidelity per sub-layer and candidate, identity as the reference line; returns the caption."""
    names = [n for n in traj.sublayers if n in fixed]
    candidates: list[str] = []
    for n in names:
        candidates += [c for c in fixed[n]["candidates"] if c not in candidates]
    fig = Figure(figsize=(max(8.0, 0.9 * len(names) + 6), 4.6), layout="constrained")
    ax = fig.subplots()
    x = np.arange(len(names))
    identity = [fixed[n]["candidates"]["identity"]["fidelity"] for n in names]
    others = [c for c in candidates if c != "identity"]
    width = 0.8 / max(1, len(others))
    # one level per sub-layer, across that sub-layer's candidates only: a line drawn through
    # the sub-layers would cut across the offset candidates at interpolated heights
    ax.hlines(identity, x - 0.45, x + 0.45, colors="k", linestyles="--", lw=1.5, zorder=3,
              label="identity (the baseline)")  # fmt: skip
    for i, name in enumerate(others):
        rows = [fixed[n]["candidates"].get(name) for n in names]
        xs = [xi + (i - (len(others) - 1) / 2) * width for xi, r in zip(x, rows, strict=True) if r]
        ys = [r["fidelity"] for r in rows if r]
        err = np.array([[r["fidelity"] - r["ci95"][0], r["ci95"][1] - r["fidelity"]] for r in rows if r]).T
        ax.errorbar(
            xs,
            ys,
            yerr=err,
            fmt="o",
            ms=4,
            capsize=2,
            color=PALETTE[i % len(PALETTE)],
            label=name.replace("_", " "),
        )
    ax.set_xticks(
        x,
        [title(n) for n in names],
        rotation=30 if len(names) > 4 else 0,
        ha="right" if len(names) > 4 else "center",
    )
    ax.set_ylabel("held-out Born fidelity with the model")
    ax.legend(fontsize=8, ncols=2)
    save_png(fig, path)
    return (
        "One fixed operator per sub-layer, fitted on half the examples: its Born fidelity with the model's next "
        "distribution on the other half (bars: bootstrap 95 % intervals), against the identity (the dashed level of "
        "each sub-layer). An operator below its sub-layer's level does worse than leaving the state alone."
    )


def trotter_figure(rows: list[dict[str, Any]], path: str | Path) -> str:
    """Fidelity and two-qubit gates of Trotterised layers vs Trotter steps; returns the caption."""
    fig = Figure(figsize=(15, 4.8), layout="constrained")
    ax_f, ax_i, ax_g = fig.subplots(1, 3)
    sizes = sorted({r["num_classes"] for r in rows})
    orders = sorted({r["order"] for r in rows if r["method"] == "evolution"})
    styles = {1: ("-", "o"), 2: ("--", "s"), 4: (":", "^")}
    for c_i, n in enumerate(sizes):
        color = f"C{c_i}"
        struct = [r for r in rows if r["num_classes"] == n and r["method"] == "structured"]
        if struct:
            f_s = float(np.mean([r["state_fidelity"] for r in struct]))
            g_s = float(np.mean([r["two_qubit_gates"] for r in struct]))
            ax_i.axhline(max(1 - f_s, 1e-16), color=color, ls=(0, (1, 1)), lw=1)
            ax_g.axhline(g_s, color=color, ls=(0, (1, 1)), lw=1.2)
        for order in orders:
            sel = [
                r
                for r in rows
                if r["num_classes"] == n and r["method"] == "evolution" and r["order"] == order
            ]
            reps = sorted({r["reps"] for r in sel})
            fid = np.array([np.mean([r["state_fidelity"] for r in sel if r["reps"] == q]) for q in reps])
            gates = np.array([np.mean([r["two_qubit_gates"] for r in sel if r["reps"] == q]) for q in reps])
            ls, mk = styles.get(order, ("-.", "d"))
            ax_f.plot(reps, fid, ls=ls, marker=mk, color=color)
            ax_i.plot(reps, np.maximum(1 - fid, 1e-16), ls=ls, marker=mk, color=color)
            ax_g.plot(reps, gates, ls=ls, marker=mk, color=color)
    ax_f.axhline(1.0, color="k", ls=(0, (1, 1)), lw=1.2)
    all_reps = sorted({r["reps"] for r in rows if r["method"] == "evolution"})
    for ax in (ax_f, ax_i, ax_g):
        ax.set_xscale("log", base=2)
        ax.set_xticks(all_reps, [str(q) for q in all_reps])
        ax.set_xlabel("Trotter steps (reps)")
        ax.grid(alpha=0.3, which="both")
    ax_f.set_ylabel("state fidelity $|\\langle\\psi_{out}|\\psi\\rangle|^2$")
    ax_f.set_title("fidelity (structured: exactly 1)", fontsize=10)
    ax_i.set_yscale("log")
    ax_i.set_ylabel("infidelity 1 − F (floored at 1e-16)")
    ax_i.set_title("infidelity (dotted: structured, rounding level)", fontsize=10)
    ax_g.set_yscale("symlog", linthresh=1)
    ax_g.set_ylim(bottom=-0.4)
    ax_g.set_ylabel("two-qubit (CX) gates of the exported layer circuit")
    ax_g.set_title("gate cost (dotted: structured; N = 2 needs none)", fontsize=10)
    handles = [Line2D([], [], color=f"C{i}", lw=2, label=f"N = {n}") for i, n in enumerate(sizes)]
    handles += [
        Line2D(
            [],
            [],
            color="k",
            ls=styles.get(o, ("-.", "d"))[0],
            marker=styles.get(o, ("-.", "d"))[1],
            label=f"Trotter order {o}",
        )
        for o in orders
    ]
    handles.append(Line2D([], [], color="k", ls=(0, (1, 1)), label="structured (exact)"))
    fig.legend(handles=handles, loc="outside right center", fontsize=9)
    save_png(fig, path)
    return (
        "Trotterised evolution e^(−iαH) against the exact structured circuit, on random Dirichlet pairs of "
        "distributions (not the model's): state fidelity and two-qubit gate count against Trotter steps."
    )


# ---------------------------------------------------------------------------- all


def make_figures(
    traj: Trajectories,
    analysis: Analysis,
    out_dir: str | Path,
    *,
    trajectory_counts: NDArray[Any] | None = None,
    heldout: HeldOutResult | None = None,
    flow: FlowCurves | None = None,
) -> list[dict[str, str]]:
    """Draw every figure into ``out_dir`` (a run directory's ``figures/``).

    ``trajectory_counts[k]`` are Aer's shot counts of example ``k``'s trajectory
    circuit (for ``example_distributions.png``); they cover the first examples (those
    with shots), and the example drawn is one of them (:func:`~qlens_q.results.figure_example`).
    ``heldout`` adds ``fixed_operators.png``; ``flow`` (:func:`qlens_q.checks.flow_curves`
    of that example) adds ``hamiltonian_flow.png``. Returns ``[{"path", "caption"}]`` with
    paths relative to ``out_dir``'s parent.
    """
    out = Path(out_dir)
    written: list[dict[str, str]] = []

    def add(name: str, caption: str) -> None:
        written.append({"path": f"{out.name}/{name}", "caption": caption})

    k = figure_example(traj, trajectory_counts)
    # each sub-layer's Householder vectors, once for the four figures that draw them
    vectors = [layer_vectors(traj, layer) for layer in traj.layers]
    add("depth.png", depth_figure(traj, out / "depth.png"))
    add("similarity.png", similarity_figure(traj, analysis, out / "similarity.png"))
    if traj.num_points - 1 <= 4:
        add(
            "similarity_histograms.png",
            similarity_histograms(traj, analysis.seed, out / "similarity_histograms.png", vectors),
        )
    add(
        "householder_vectors.png",
        householder_figure(traj, analysis, analysis.seed, out / "householder_vectors.png", vectors),
    )
    add("delta_psi.png", delta_psi_figure(traj, analysis, out / "delta_psi.png", vectors))
    if traj.num_outputs == 2:
        add("bloch_trajectories.png", bloch_figure(traj, out / "bloch_trajectories.png"))
    else:
        add("top_outputs.png", top_outputs_figure(traj, analysis, out / "top_outputs.png"))
        add("similarity_matrix.png", similarity_matrix_figure(traj, out / "similarity_matrix.png", vectors))
    counts = None if trajectory_counts is None else trajectory_counts[k]
    shot = None if trajectory_counts is None else len(trajectory_counts)
    add("example_distributions.png", example_figure(traj, k, counts, out / "example_distributions.png", shot))
    if flow is not None:
        add("hamiltonian_flow.png", flow_figure(traj, flow, out / "hamiltonian_flow.png")[0])
    if heldout is not None and heldout.summary:
        add("fixed_operators.png", fixed_operators_figure(traj, heldout.summary, out / "fixed_operators.png"))
    return written
