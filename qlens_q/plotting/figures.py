"""Figures of a QLENS run (PNG, matplotlib's Agg canvas, written atomically).

Figures are drawn on :class:`matplotlib.figure.Figure` objects with the Agg
canvas, never through ``pyplot``: no global backend is switched, no figure is
left open. Every PNG goes through :func:`qlens_q.io.atomic_write_bytes`
(temporary file in the same directory, then ``os.replace``).

:func:`make_figures` writes ``DIR/figures/*.png``:

``similarity_histograms.png``
    pairwise Frobenius cosine similarities of the layer's unitaries and
    Hamiltonians, with the random baseline's on the same axes.
``householder_vectors.png``
    the Householder vectors on the unit circle (``N = 2``; quadrants 2 and 4, where
    every ``v`` must lie, shaded) or in their first two principal components (``N > 2``).
``delta_psi.png``
    ``Delta psi = psi_out - psi_in`` with the locus of all possible ``Delta psi`` shaded
    (``N = 2``: the differences of two points of the positive quarter circle).
``bloch_trajectories.png`` (``N = 2``)
    embedding -> attention -> final on the Bloch sphere.
``example_distributions.png``
    one example's three distributions, and Aer's measured histogram of its
    trajectory circuit beside the model's softmax.
``hamiltonian_flow.png``
    ``|exp(-i t H) psi_in|^2`` for ``t`` in ``[0, alpha]``: Aer on the exported
    structured circuits (markers) against the closed form (lines).
``trotter.png``
    fidelity and two-qubit gate count of Trotterised layers against Trotter steps.
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
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Polygon
from numpy.typing import NDArray

from qlens_q import io, qasm, simulation
from qlens_q.circuits import Synthesis, layer_circuit
from qlens_q.operators import layer_operator
from qlens_q.stats import tests
from qlens_q.stats.analysis import LAYER_TITLES, LAYERS, baseline_vectors, layer_vectors
from qlens_q.stats.similarity import hamiltonian_similarity_matrix, offdiagonal, unitary_similarity_matrix

FIGURES_DIR = "figures"
DPI = 130
#: Evolution time of the layer operators (the pipeline's ``layer_operator`` default).
ALPHA = 1.0
#: Time steps of the Hamiltonian flow.
FLOW_STEPS = 25
LAYER_COLORS = {"attention": "tab:blue", "mlp": "tab:orange"}
BASELINE_COLOR = "0.55"
STAGES = ("embedding", "attention", "final")


def save_png(fig: Figure, path: str | Path) -> None:
    """Render ``fig`` to PNG bytes and write them atomically (temporary file + ``os.replace``)."""
    FigureCanvasAgg(fig)
    buf = _io.BytesIO()
    fig.savefig(buf, format="png", dpi=DPI, bbox_inches="tight", metadata={"Software": None})
    io.atomic_write_bytes(path, buf.getvalue())


def _class_names(report: dict[str, Any], n: int) -> list[str]:
    names = report.get("data", {}).get("classes")
    if isinstance(names, list) and len(names) == n:
        return [str(x) for x in names]
    return [f"class {j}" for j in range(n)]


def _probs(report: dict[str, Any], k: int, stage: str) -> NDArray[np.float64]:
    return np.asarray(report["examples"][k]["probs"][stage], dtype=np.float64)


def pick_example(report: dict[str, Any]) -> int:
    """The example whose distribution moves most (total variation embedding->attention->final)."""
    moves = [
        0.5
        * (
            np.abs(_probs(report, k, "attention") - _probs(report, k, "embedding")).sum()
            + np.abs(_probs(report, k, "final") - _probs(report, k, "attention")).sum()
        )
        for k in range(len(report["examples"]))
    ]
    return int(np.argmax(moves))


# ---------------------------------------------------------------------------- similarity


def similarity_histograms(report: dict[str, Any], seed: int, path: str | Path) -> None:
    """Histograms of pairwise cos(U_a, U_b) and cos(H_a, H_b) per layer, baseline overlaid."""
    fig = Figure(figsize=(11, 7.5), layout="constrained")
    axes = fig.subplots(2, 2)
    n = len(report["examples"][0]["probs"]["final"])
    for row, layer in enumerate(LAYERS):
        lv = layer_vectors(report, layer)
        m = lv.householder.shape[0]
        base = baseline_vectors(m, n, seed, row)
        refl = lv.reflections
        panels = [
            (
                "unitaries $U = I - 2vv^T$",
                unitary_similarity_matrix(lv.householder, n),
                unitary_similarity_matrix(base, n),
            ),
            (
                "Hamiltonians $H = (\\pi/\\alpha)vv^T$ (identity layers left out)",
                hamiltonian_similarity_matrix(refl) if refl.shape[0] >= 2 else np.zeros((0, 0)),
                hamiltonian_similarity_matrix(base[: max(refl.shape[0], 2)]),
            ),
        ]
        for col, (title, sim_layer, sim_base) in enumerate(panels):
            ax = axes[row, col]
            x_layer, x_base = offdiagonal(sim_layer), offdiagonal(sim_base)
            lo = max(-1.0, (n - 4) / n) if col == 0 else 0.0  # cos(U_a, U_b) >= (D - 4) / D
            lo = min(lo, float(x_layer.min(initial=lo)), float(x_base.min(initial=lo)))
            bins = np.linspace(lo, 1.0, 51)
            ax.hist(
                x_base,
                bins=bins,
                density=True,
                color=BASELINE_COLOR,
                alpha=0.55,
                label=f"random baseline ({m} vectors), mean {x_base.mean():.4f} (dotted)",
            )
            if x_layer.size:
                ax.hist(
                    x_layer,
                    bins=bins,
                    density=True,
                    color=LAYER_COLORS[layer],
                    alpha=0.75,
                    label=f"model ({x_layer.size} pairs), mean {x_layer.mean():.4f} (dashed)",
                )
                ax.axvline(x_layer.mean(), color=LAYER_COLORS[layer], ls="--", lw=1.2)
            ax.axvline(x_base.mean(), color="0.3", ls=":", lw=1.2)  # dotted: baseline mean
            ax.set_yscale("log")
            ax.set_title(f"{LAYER_TITLES[layer]}: {title}", fontsize=10)
            ax.set_xlabel("Frobenius cosine similarity of a pair of examples")
            ax.set_ylabel("density (log scale)")
            ax.legend(fontsize=8, loc="upper left")
    fig.suptitle(f"Pairwise operator similarity (D = N = {n} class space)")
    save_png(fig, path)


# ---------------------------------------------------------------------------- vectors


def _unit_circle(ax: Axes, shade_quadrants: bool) -> None:
    t = np.linspace(0, 2 * np.pi, 400)
    ax.plot(np.cos(t), np.sin(t), color="0.3", lw=0.8)
    if shade_quadrants:
        for x, y in (((-1.15, 0), (0, 1.15)), ((0, 1.15), (-1.15, 0))):
            ax.fill_between([x[0], x[1]], y[0], y[1], color="tab:green", alpha=0.07, lw=0)
    ax.axhline(0, color="0.6", lw=0.6)
    ax.axvline(0, color="0.6", lw=0.6)
    ax.set_aspect("equal")
    ax.set_xlim(-1.15, 1.15)
    ax.set_ylim(-1.15, 1.15)


def householder_scatter(
    report: dict[str, Any], analysis: dict[str, Any], seed: int, path: str | Path
) -> None:
    """``N = 2``: Householder vectors on the unit circle; ``N > 2``: first two principal components."""
    n = analysis["num_classes"]
    fig = Figure(figsize=(11, 5.4), layout="constrained")
    axes = fig.subplots(1, 2)
    names = _class_names(report, n)
    for index, (ax, layer) in enumerate(zip(axes, LAYERS, strict=True)):
        lv = layer_vectors(report, layer)
        refl = lv.reflections
        color = LAYER_COLORS[layer]
        if n == 2:
            base = baseline_vectors(lv.householder.shape[0], n, seed, index)
            _unit_circle(ax, shade_quadrants=True)
            ax.scatter(base[:, 0], base[:, 1], s=10, color=BASELINE_COLOR, alpha=0.5, label="random baseline")
            q2 = int(np.sum((refl[:, 0] < 0) & (refl[:, 1] > 0)))
            ax.scatter(
                refl[:, 0],
                refl[:, 1],
                s=22,
                color=color,
                alpha=0.6,
                edgecolor="k",
                lw=0.3,
                label=f"model: {q2} in quadrant 2, {refl.shape[0] - q2} in quadrant 4",
            )
            mean = refl.mean(axis=0) if refl.shape[0] else np.zeros(2)
            ax.annotate(
                "",
                xy=(mean[0], mean[1]),
                xytext=(0, 0),
                arrowprops={"arrowstyle": "-|>", "color": "k", "lw": 1.8},
            )
            ax.plot([], [], color="k", lw=1.8, label=f"mean vector ({mean[0]:.3f}, {mean[1]:.3f})")
            ax.set_xlabel(f"$v_0$ ({names[0]})")
            ax.set_ylabel(f"$v_1$ ({names[1]})")
            ax.text(-1.1, 1.05, "quadrant 2", fontsize=8, color="tab:green")
            ax.text(0.55, -1.1, "quadrant 4", fontsize=8, color="tab:green")
            ax.legend(fontsize=8, loc="lower left")
        else:
            _pca_scatter(ax, refl, _labels(analysis, layer, "householder"), color)
        ax.set_title(
            f"{LAYER_TITLES[layer]}: Householder vectors v ({refl.shape[0]} reflections)", fontsize=10
        )
    fig.suptitle("Householder vectors $v = (\\psi_{out} - \\psi_{in}) / \\|\\psi_{out} - \\psi_{in}\\|$")
    save_png(fig, path)


def _labels(analysis: dict[str, Any], layer: str, kind: str) -> list[int] | None:
    entry = (analysis.get("clusters") or {}).get(layer, {}).get(kind)
    return None if entry is None else list(entry["labels"])


def _pca_scatter(ax: Axes, data: NDArray[np.float64], labels: list[int] | None, color: str) -> None:
    if data.shape[0] < 2:
        ax.text(0.5, 0.5, "fewer than 2 vectors", ha="center", transform=ax.transAxes)
        return
    ratios, coords = tests.pca(data, 2)
    if coords.shape[1] < 2:
        coords = np.column_stack([coords, np.zeros(coords.shape[0])])
        ratios = np.append(ratios, 0.0)
    if labels is not None and len(labels) == data.shape[0]:
        lab = np.asarray(labels)
        for c in np.unique(lab):
            sel = lab == c
            ax.scatter(
                coords[sel, 0], coords[sel, 1], s=16, alpha=0.7, label=f"cluster {c + 1} ({sel.sum()})"
            )
        ax.legend(fontsize=8, title="k-means (elbow k)", title_fontsize=8)
    else:
        ax.scatter(coords[:, 0], coords[:, 1], s=16, alpha=0.7, color=color)
    ax.axhline(0, color="0.7", lw=0.6)
    ax.axvline(0, color="0.7", lw=0.6)
    ax.set_xlabel(f"PC 1 ({100 * ratios[0]:.1f} % of variance)")
    ax.set_ylabel(f"PC 2 ({100 * ratios[1]:.1f} % of variance)")


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


def delta_psi_scatter(report: dict[str, Any], analysis: dict[str, Any], path: str | Path) -> None:
    """``Delta psi`` per example (Theorem 1) with the locus of possible ``Delta psi`` shaded (``N = 2``)."""
    n = analysis["num_classes"]
    names = _class_names(report, n)
    if n == 2:
        fig = Figure(figsize=(11, 10), layout="constrained")
        axes = fig.subplots(2, 2)
    else:
        fig = Figure(figsize=(11, 5.4), layout="constrained")
        axes = fig.subplots(1, 2)[None, :]
    for col, layer in enumerate(LAYERS):
        lv = layer_vectors(report, layer)
        dpsi = tests.delta_psi_vectors(lv.vector_list(), lv.psi_in)
        mean = dpsi.mean(axis=0)
        color = LAYER_COLORS[layer]
        if n != 2:
            _pca_scatter(axes[0, col], dpsi, _labels(analysis, layer, "delta_psi"), color)
            axes[0, col].set_title(
                f"{LAYER_TITLES[layer]}: $\\Delta\\psi$ (first two principal components)", fontsize=10
            )
            continue
        for row, zoom in enumerate((False, True)):
            ax = axes[row, col]
            for k, poly in enumerate(delta_psi_locus()):
                ax.add_patch(
                    Polygon(
                        poly,
                        closed=True,
                        facecolor="tab:green",
                        alpha=0.15,
                        edgecolor="tab:green",
                        lw=0.8,
                        label="possible $\\Delta\\psi$ (quarter-circle chords)" if k == 0 else None,
                    )
                )
            ax.axhline(0, color="0.6", lw=0.6)
            ax.axvline(0, color="0.6", lw=0.6)
            ax.scatter(
                dpsi[:, 0],
                dpsi[:, 1],
                s=18,
                color=color,
                alpha=0.6,
                edgecolor="k",
                lw=0.3,
                label=f"$\\Delta\\psi$ of {dpsi.shape[0]} examples",
            )
            ax.scatter(
                [mean[0]],
                [mean[1]],
                marker="X",
                s=80,
                color="k",
                edgecolor="w",
                lw=0.8,
                zorder=5,
                label=f"mean ({mean[0]:.4f}, {mean[1]:.4f})",
            )
            ax.set_aspect("equal")
            if zoom:
                half = 1.15 * max(float(np.abs(dpsi).max(initial=0.0)), 1e-6)
                ax.set_xlim(-half, half)
                ax.set_ylim(-half, half)
                ax.set_title(f"{LAYER_TITLES[layer]}: zoom on the data", fontsize=10)
            else:
                ax.set_xlim(-1.5, 1.5)
                ax.set_ylim(-1.5, 1.5)
                ax.set_title(
                    f"{LAYER_TITLES[layer]}: $\\Delta\\psi = -2\\langle v|\\psi_{{in}}\\rangle v$",
                    fontsize=10,
                )
                ax.legend(fontsize=8, loc="lower left")
            ax.set_xlabel(f"$\\Delta\\psi_0$ ({names[0]})")
            ax.set_ylabel(f"$\\Delta\\psi_1$ ({names[1]})")
    fig.suptitle("Change of state per example (Theorem 1)")
    save_png(fig, path)


# ---------------------------------------------------------------------------- Bloch sphere


def bloch_angle(p: Sequence[float] | NDArray[np.float64]) -> float:
    """Polar angle ``t`` of the real qubit ``sqrt(p_0)|0> + sqrt(p_1)|1> = cos(t/2)|0> + sin(t/2)|1>``."""
    return float(2 * np.arctan2(math.sqrt(max(p[1], 0.0)), math.sqrt(max(p[0], 0.0))))


def bloch_vector(t: float) -> NDArray[np.float64]:
    """Bloch vector ``(sin t, 0, cos t)`` of ``cos(t/2)|0> + sin(t/2)|1>``."""
    return np.array([np.sin(t), 0.0, np.cos(t)])


def bloch_trajectories(report: dict[str, Any], path: str | Path, count: int = 4) -> list[int]:
    """Embedding -> attention -> final of the ``count`` examples that move most, on the Bloch sphere.

    Each stage's state is the real qubit ``cos(t/2)|0> + sin(t/2)|1>`` (``|0>``: class 0),
    Bloch vector ``(sin t, 0, cos t)``; the arcs between stages run along the x-z
    great circle. A second panel shows ``t`` per stage. Returns the examples drawn.
    """
    names = _class_names(report, 2)
    angles = np.array(
        [[bloch_angle(_probs(report, k, s)) for s in STAGES] for k in range(len(report["examples"]))]
    )
    path_len = np.abs(np.diff(angles, axis=1)).sum(axis=1)
    chosen = [int(k) for k in np.argsort(-path_len, kind="stable")[:count]]
    fig = Figure(figsize=(12, 5.6), layout="constrained")
    ax3 = fig.add_subplot(1, 2, 1, projection="3d")
    ax2 = fig.add_subplot(1, 2, 2)
    u, w = np.meshgrid(np.linspace(0, 2 * np.pi, 37), np.linspace(0, np.pi, 19))
    ax3.plot_wireframe(np.cos(u) * np.sin(w), np.sin(u) * np.sin(w), np.cos(w), color="0.85", lw=0.4)
    ring = np.linspace(0, 2 * np.pi, 200)
    ax3.plot(np.sin(ring), 0 * ring, np.cos(ring), color="0.55", lw=0.8)  # x-z great circle: real states
    ax3.plot(np.cos(ring), np.sin(ring), 0 * ring, color="0.75", lw=0.6)  # equator
    for axis, label in (((1.3, 0, 0), "x"), ((0, 1.3, 0), "y")):
        ax3.plot([0, axis[0]], [0, axis[1]], [0, axis[2]], color="0.5", lw=0.8)
        ax3.text(*axis, label)
    ax3.plot([0, 0], [0, 0], [-1.3, 1.3], color="0.5", lw=0.8)
    ax3.text(0, 0, 1.4, f"|0⟩ ({names[0]})", ha="center")
    ax3.text(0, 0, -1.55, f"|1⟩ ({names[1]})", ha="center")
    markers = {"embedding": "o", "attention": "s", "final": "^"}
    palette = ["tab:blue", "tab:orange", "tab:green", "tab:red", "tab:purple", "tab:brown"]
    for i, k in enumerate(chosen):
        color = palette[i % len(palette)]
        t = angles[k]
        for a, b in itertools.pairwise(t):
            arc = np.array([bloch_vector(s) for s in np.linspace(a, b, 30)])
            ax3.plot(arc[:, 0], arc[:, 1], arc[:, 2], color=color, lw=2)
        for stage, tt in zip(STAGES, t, strict=True):
            x, y, z = bloch_vector(tt)
            ax3.scatter(
                [x], [y], [z], color=color, marker=markers[stage], s=40, edgecolor="k", depthshade=False
            )
        ax2.plot(
            range(3), t / np.pi, color=color, lw=1.5, label=f"example {k} ({report['examples'][k]['id']})"
        )
        for j, stage in enumerate(STAGES):
            ax2.scatter(
                [j], [t[j] / np.pi], color=color, marker=markers[stage], s=45, edgecolor="k", zorder=3
            )
    ax3.set_box_aspect((1, 1, 1))
    ax3.set_xlim(-1, 1)
    ax3.set_ylim(-1, 1)
    ax3.set_zlim(-1, 1)
    ax3.view_init(elev=15, azim=-75)
    ax3.set_axis_off()
    ax3.set_title("Bloch sphere (real states lie on the x-z great circle)", fontsize=10)
    stage_handles = [
        Line2D([], [], ls="none", marker=markers[s], color="0.5", markeredgecolor="k", label=f"p_{s}")
        for s in STAGES
    ]
    ax3.legend(handles=stage_handles, loc="lower left", fontsize=8)
    ax2.axhline(0.5, color="0.6", ls=":", lw=1)
    ax2.text(-0.17, 0.5, "p = 0.5", va="bottom", fontsize=8, color="0.4")
    ax2.set_xticks(range(3), list(STAGES))
    ax2.set_xlim(-0.2, 2.2)
    ax2.set_ylabel(f"polar angle t / π   (P({names[1]}) = sin²(t/2))")
    ax2.set_title("polar angle per stage (the same paths, magnified)", fontsize=10)
    ax2.legend(fontsize=8)
    fig.suptitle(f"Trajectories of the {len(chosen)} examples that move most: embedding → attention → final")
    save_png(fig, path)
    return chosen


# ---------------------------------------------------------------------------- one example


def _top_classes(p: NDArray[np.float64], limit: int = 16) -> NDArray[np.intp]:
    if p.shape[0] <= limit:
        return np.arange(p.shape[0])
    return np.sort(np.argsort(-p, kind="stable")[:limit])


def example_distributions(report: dict[str, Any], k: int, path: str | Path) -> None:
    """Example ``k``: the three lens distributions, and Aer's shots beside the model's softmax."""
    ex = report["examples"][k]
    n = len(ex["probs"]["final"])
    names = _class_names(report, n)
    probs = {s: _probs(report, k, s) for s in STAGES}
    idx = _top_classes(probs["final"])
    fig = Figure(figsize=(12, 4.8), layout="constrained")
    ax1, ax2 = fig.subplots(1, 2)
    width = 0.8 / 3
    x = np.arange(idx.size)
    for i, (stage, color) in enumerate(zip(STAGES, ("tab:gray", "tab:blue", "tab:orange"), strict=True)):
        ax1.bar(x + (i - 1) * width, probs[stage][idx], width, color=color, label=f"p_{stage}")
    ax1.set_xticks(x, [names[j] for j in idx], rotation=0 if idx.size <= 4 else 45)
    ax1.set_ylabel("probability")
    ax1.set_ylim(0, 1.12)
    ax1.set_title("tuned-lens / model distributions", fontsize=10)
    ax1.legend(fontsize=8, ncols=3, loc="upper center")
    check = ex["crosscheck"]["trajectory"]
    counts = np.asarray(check["counts"], dtype=np.float64)[:n]
    shots = float(check.get("shots") or counts.sum())
    freq = counts / shots
    err = 1.96 * np.sqrt(np.maximum(probs["final"] * (1 - probs["final"]), 0) / shots)
    ax2.bar(x - 0.2, probs["final"][idx], 0.4, color="tab:orange", label="model softmax p_final")
    ax2.bar(
        x + 0.2,
        freq[idx],
        0.4,
        color="tab:purple",
        yerr=err[idx],
        capsize=4,
        label=f"Aer, trajectory circuit ({int(shots)} shots; bars: 95 % binomial range)",
    )
    ax2.set_xticks(x, [names[j] for j in idx], rotation=0 if idx.size <= 4 else 45)
    ax2.set_ylabel("probability / relative frequency")
    ax2.set_ylim(0, 1.12)
    ax2.set_title("Born rule on the exported circuit vs the model", fontsize=10)
    ax2.legend(fontsize=8, loc="upper center")
    text = ex.get("text", "")
    text = text if len(text) <= 80 else text[:77] + "..."
    fig.suptitle(
        f"Example {k} ({ex['id']}, label {names[ex['label']] if 0 <= ex['label'] < n else ex['label']}): “{text}”",
        fontsize=10,
    )
    save_png(fig, path)


def _flow_exact(
    psi_in: NDArray[np.float64], v: NDArray[np.float64] | None, times: NDArray[np.float64]
) -> NDArray[np.float64]:
    """``|exp(-i t H) psi_in|^2`` with ``exp(-i theta vv^T) = I + (e^{-i theta} - 1) vv^T``, ``theta = pi t / alpha``."""
    if v is None:
        return np.tile(np.abs(psi_in) ** 2, (times.size, 1))
    theta = np.pi * times / ALPHA
    psi = psi_in[None, :] + (np.exp(-1j * theta) - 1.0)[:, None] * float(v @ psi_in) * v[None, :]
    return np.asarray(np.abs(psi) ** 2, dtype=np.float64)


def hamiltonian_flow(
    report: dict[str, Any], k: int, path: str | Path, steps: int = FLOW_STEPS
) -> dict[str, float]:
    """The layers of example ``k`` as Hamiltonian flows: Aer (markers) vs the closed form (lines).

    For ``t`` in ``[0, alpha]`` (``steps`` values) ``layer_circuit(op, structured, time=t)``
    is transpiled for export and all circuits of both layers are simulated in one
    Aer batch (exact statevector probabilities). Returns the largest
    ``|Aer - closed form|`` per layer.
    """
    ex = report["examples"][k]
    n = len(ex["probs"]["final"])
    names = _class_names(report, n)
    times = np.linspace(0.0, ALPHA, steps)
    ops = {
        layer: layer_operator(ex["probs"][src], ex["probs"][dst], alpha=ALPHA)
        for layer, (src, dst) in LAYERS.items()
    }
    circuits = [
        layer_circuit(op, Synthesis("structured"), time=float(t)) for op in ops.values() for t in times
    ]
    exported = qasm.transpile_for_export(circuits)
    if not isinstance(exported, list):
        exported = [exported]
    aer = simulation.exact_probabilities([simulation.prepare(qc) for qc in exported])
    fine = np.linspace(0.0, ALPHA, 301)
    fig = Figure(figsize=(12, 4.8), layout="constrained")
    axes = fig.subplots(1, 2)
    errors = {}
    for i, (ax, (layer, op)) in enumerate(zip(axes, ops.items(), strict=True)):
        measured = np.array(aer[i * steps : (i + 1) * steps])[:, :n]
        v = None if op.v is None else op.v
        exact_fine = _flow_exact(op.psi_in, v, fine)[:, :n]
        errors[layer] = float(np.max(np.abs(measured - _flow_exact(op.psi_in, v, times)[:, :n])))
        shown = _top_classes(exact_fine.max(axis=0), 6)
        for c_i, j in enumerate(shown):
            color = f"C{c_i}"
            ax.plot(fine, exact_fine[:, j], color=color, lw=1.5, label=f"P({names[j]}) closed form")
            ax.plot(times, measured[:, j], "o", color=color, ms=5, mfc="none", label=f"P({names[j]}) Aer")
        src, dst = LAYERS[layer]
        ax.set_xlabel("evolution time t (α = 1: t = α is the layer's reflection U)")
        ax.set_ylabel("Born probability $|\\langle j|e^{-itH}\\psi_{in}\\rangle|^2$")
        ax.set_title(
            f"{LAYER_TITLES[layer]}: p_{src} (t = 0) → p_{dst} (t = α); max |Aer − exact| = {errors[layer]:.1e}",
            fontsize=9,
        )
        ax.set_xlim(-0.02, ALPHA + 0.02)
        ax.legend(fontsize=8, ncols=2)
    fig.suptitle(
        f"Layers of example {k} ({ex['id']}) as Hamiltonian flows $e^{{-itH}}$, $H = (\\pi/\\alpha)vv^T$ "
        "(markers: Aer on exported structured circuits)"
    )
    save_png(fig, path)
    return errors


# ---------------------------------------------------------------------------- Trotter


def trotter_figure(rows: list[dict[str, Any]], path: str | Path) -> None:
    """Fidelity and two-qubit gates of Trotterised layers vs Trotter steps; structured as reference.

    Fidelity is the quantum state fidelity ``|<psi_out|psi>|^2`` (mean over pairs).
    """
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
    ax_g.set_ylim(bottom=-0.4)  # keeps the N = 2 line (0 gates) off the spine
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
    fig.suptitle(
        "Trotterised evolution $e^{-i\\alpha H}$ vs the exact structured circuit (random Dirichlet pairs)"
    )
    save_png(fig, path)


# ---------------------------------------------------------------------------- all


def make_figures(
    run_dir: str | Path,
    analysis: dict[str, Any],
    seed: int = 0,
    *,
    example: int | None = None,
    trotter_rows: list[dict[str, Any]] | None = None,
) -> list[str]:
    """Write every figure to ``run_dir/figures/`` and return their paths relative to ``run_dir``.

    ``example`` picks the example of the distribution and flow figures (default:
    :func:`pick_example`). Trotter rows come from ``trotter_rows``, else
    ``analysis["trotter"]``, else a fresh :func:`qlens_q.stats.trotter.trotter_study`.
    """
    from qlens_q.pipeline import load_report  # late: the pipeline imports torch

    root = Path(run_dir)
    report = load_report(root)
    out = root / FIGURES_DIR
    out.mkdir(exist_ok=True)
    n = analysis["num_classes"]
    k = pick_example(report) if example is None else int(example)
    written: list[str] = []

    def target(name: str) -> Path:
        written.append(f"{FIGURES_DIR}/{name}")
        return out / name

    similarity_histograms(report, seed, target("similarity_histograms.png"))
    householder_scatter(report, analysis, seed, target("householder_vectors.png"))
    delta_psi_scatter(report, analysis, target("delta_psi.png"))
    if n == 2:
        bloch_trajectories(report, target("bloch_trajectories.png"))
    example_distributions(report, k, target("example_distributions.png"))
    hamiltonian_flow(report, k, target("hamiltonian_flow.png"))
    rows = trotter_rows if trotter_rows is not None else analysis.get("trotter")
    if rows is None:
        from qlens_q.stats.trotter import trotter_study

        rows = trotter_study(seed=seed)
    trotter_figure(rows, target("trotter.png"))
    return written


__all__ = [
    "bloch_trajectories",
    "delta_psi_locus",
    "delta_psi_scatter",
    "example_distributions",
    "hamiltonian_flow",
    "householder_scatter",
    "make_figures",
    "save_png",
    "similarity_histograms",
    "trotter_figure",
]
