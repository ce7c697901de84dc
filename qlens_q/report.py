"""``report.json`` and ``report.md`` of a run: one builder and one renderer for every model.

:func:`build_report` turns a :class:`~qlens_q.checks.CheckResult` (and optionally
an analysis and the sections a task adds: ``task``, ``config``, ``data``,
``model``, ``notes``) into the JSON-ready report; :func:`render_markdown` turns
a report into ``report.md``, which stands on its own for a reader who knows only
the paper's abstract. Neither imports torch.

Per example the report holds its ``id`` and metadata, the model's ``prediction``,
its distribution at every point (``probs``, or the five likeliest outputs,
``top``, when there are more than :data:`INLINE_MAX_OUTPUTS`), whether each
sub-layer is the identity, the relative path of every circuit file and every
verdict. Vectors of Aer probabilities and counts stay in ``verdicts.safetensors``
when the outputs are many.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from qlens_q.results import REPORT_FORMAT, CircuitChecks, HeldOutResult
from qlens_q.stats.analysis import (
    FULL_VECTOR_MAX,
    NEGLIGIBLE_MOVE,
    Analysis,
    DeltaPsi,
    HouseholderMean,
    OutputShift,
    PermutationTest,
    title,
)
from qlens_q.trajectories import TRAJECTORY

#: Above this many outputs, examples list their top outputs and verdicts leave out their vectors.
INLINE_MAX_OUTPUTS = FULL_VECTOR_MAX
#: Outputs listed per point when ``probs`` is not inlined.
TOP_OUTPUTS = 5
#: Examples shown in report.md.
MD_EXAMPLES = 10
#: Characters of text shown per example in report.md.
MD_TEXT = 60


def _top(p: np.ndarray, names: Sequence[str], k: int = TOP_OUTPUTS) -> list[list[Any]]:
    idx = np.argsort(-p, kind="stable")[:k]
    return [[names[int(j)], float(p[j])] for j in idx]


def example_rows(result: CircuitChecks) -> list[dict[str, Any]]:
    """One JSON row per example (see the module docstring)."""
    traj = result.trajectories
    names = result.circuit_names
    inline = traj.num_outputs <= INLINE_MAX_OUTPUTS
    per = len(names)
    rows = []
    for k in range(traj.num_examples):
        p = traj.probs[k]
        final = p[-1]
        row: dict[str, Any] = {**traj.example(k), "prediction": traj.output_names[int(final.argmax())]}
        # An int label indexes the model's outputs (tasks store one only when the model's outputs are the
        # task's classes); any other label (a class name) gets no probability or rank.
        label = row.get("label")
        if isinstance(label, int) and not isinstance(label, bool) and 0 <= label < traj.num_outputs:
            row["label_probability"] = float(final[label])
            row["label_rank"] = int((final > final[label]).sum()) + 1
        if inline:
            row["probs"] = {point: p[s].tolist() for s, point in enumerate(traj.points)}
        else:
            row["top"] = {point: _top(p[s], traj.output_names) for s, point in enumerate(traj.points)}
        records = result.circuits[k * per : (k + 1) * per]
        verdicts = result.verdicts[k * per : (k + 1) * per]
        row["identity_layer"] = {c.circuit: c.identity for c in records if c.circuit != TRAJECTORY}
        row["circuits"] = {c.circuit: c.path for c in records}
        row["crosscheck"] = {
            c.circuit: {
                k2: v2
                for k2, v2 in v.to_dict(with_distributions=inline).items()
                if k2 not in ("example", "circuit")
            }
            for c, v in zip(records, verdicts, strict=True)
        }
        rows.append(row)
    return rows


def summary(result: CircuitChecks) -> dict[str, Any]:
    """Circuits passed, failed and identity layers, overall and per circuit name."""
    passed = sum(v.passed for v in result.verdicts)
    per_layer = {}
    for name in result.circuit_names:
        verdicts = [v for v in result.verdicts if v.circuit == name]
        per_layer[name] = {
            "passed": sum(v.passed for v in verdicts),
            "max_abs_error": max((v.max_abs_error for v in verdicts), default=0.0),
        }
    return {
        "examples": result.trajectories.num_examples,
        "circuits": len(result.verdicts),
        "passed": passed,
        "failed": len(result.verdicts) - passed,
        "identity_layers": sum(c.identity for c in result.circuits),
        "per_layer": per_layer,
    }


def circuit_stats(result: CircuitChecks) -> dict[str, Any]:
    """Qubits, format and gate counts per circuit name of the exported files."""
    per_layer = {}
    for name in result.circuit_names:
        cx = [c.two_qubit_gates for c in result.circuits if c.circuit == name]
        ops = [c.operations for c in result.circuits if c.circuit == name]
        per_layer[name] = {
            "two_qubit_gates_mean": float(np.mean(cx)) if cx else 0.0,
            "two_qubit_gates_max": max(cx, default=0),
            "operations_mean": float(np.mean(ops)) if ops else 0.0,
        }
    return {
        "format": result.settings.format,
        "qubits": result.trajectories.num_qubits,
        "per_layer": per_layer,
    }


def analysis_section(
    analysis: Analysis,
    heldout: HeldOutResult | None = None,
    figures: Sequence[Mapping[str, str]] | None = None,
) -> dict[str, Any]:
    """``report.json``'s ``analysis``: :meth:`Analysis.to_dict` without its timing, then the held-out
    test's summary (``fixed_operators``) and the figures drawn (``[{"path", "caption"}]``)."""
    section = analysis.to_dict()
    section.pop("seconds", None)
    if heldout is not None:
        section["fixed_operators"] = heldout.summary
    if figures is not None:
        section["figures"] = [dict(f) for f in figures]
    return section


def build_report(
    result: CircuitChecks,
    *,
    sections: Mapping[str, Any] | None = None,
    analysis: Analysis | None = None,
    heldout: HeldOutResult | None = None,
    figures: Sequence[Mapping[str, str]] | None = None,
) -> dict[str, Any]:
    """The JSON-ready report of a checked run (timings are kept out: the same seed gives the same bytes).

    With an ``analysis``, its :func:`analysis_section` (with ``heldout`` and ``figures``).
    """
    from qlens_q import __version__

    traj = result.trajectories
    s = result.settings
    report: dict[str, Any] = {"format": REPORT_FORMAT, "qlens_q_version": __version__, **(sections or {})}
    report.update(
        {
            "points": list(traj.points),
            "sublayers": list(traj.sublayers),
            "outputs": {
                "count": traj.num_outputs,
                "names": list(traj.output_names) if traj.num_outputs <= INLINE_MAX_OUTPUTS else None,
            },
            "lens": traj.lens,
            "crosscheck": {
                "shots": s.shots,
                "shot_examples": s.shot_examples,
                "seed": s.seed,
                "tol": s.tol,
                "alpha": s.alpha,
                "method": s.method,
            },
            "circuits": circuit_stats(result),
            "summary": summary(result),
            "examples": example_rows(result),
        }
    )
    if analysis is not None:
        report["analysis"] = analysis_section(analysis, heldout, figures)
    device = getattr(result, "device", None)  # with check(..., backend=NAME): the circuits on a device
    if device is not None:
        report["device"] = device.to_dict()
    return report


def device_markdown(device: Mapping[str, Any]) -> list[str]:
    """``report.md``'s device section: each circuit name's verdicts, size and distances on the noisy device."""
    verdict = "reproduced" if device["reproduced"] else "not reproduced"
    lines = [
        "",
        f"## On a device model: {device['backend']} ({device['processor'] or 'IBM'}, {device['device_qubits']} qubits)",
        "",
        f"Every exported circuit, transpiled for the device (optimisation level {device['optimization_level']}, "
        f"seeded) and run on its noise model restricted to the qubits it uses, {device['shots']:,} shots: "
        f"**the model's distribution is {verdict}** ({device['passed']} / {device['circuits']} circuits pass "
        f"the shot tests at a false-alarm rate of {device['alpha']:g}). TVD and fidelity (Hellinger) are to the "
        f"circuit's ideal distribution; readout mitigation: {device['mitigation'] or 'none'}.",
        "",
        "| circuit | passed | two-qubit gates | depth | TVD | fidelity | TVD mitigated | fidelity mitigated | shot-noise TVD |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for name, row in device["per_circuit"].items():
        lines.append(
            f"| {title(name)} | {row['passed']} / {row['circuits']} | {row['two_qubit_gates_mean']:,.0f} "
            f"| {row['depth_mean']:,.0f} | {_num(row['total_variation_mean'])} | {_num(row['fidelity_mean'])} "
            f"| {_num(row['mitigated_total_variation_mean'])} | {_num(row['mitigated_fidelity_mean'])} "
            f"| {_num(row['shot_noise_total_variation_mean'])} |"
        )
    return lines


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


def _vector(entry: HouseholderMean | DeltaPsi | None, digits: int = 4) -> str:
    """A stored vector: in full, or its largest named coordinates."""
    if entry is None:
        return "—"
    if entry.mean is not None:
        return _num(list(entry.mean), digits)
    return ", ".join(f"{name} {x:+.{digits - 1}f}" for name, x in entry.mean_top or ())


def _test_of(test: PermutationTest | None, key: str) -> float | None:
    """One number of a permutation test, ``None`` when the test did not run."""
    return None if test is None else float(getattr(test, key))


def _text(value: Any, limit: int = MD_TEXT, *, keep_end: bool = False) -> str:
    """``value`` on one line, cut to ``limit`` characters with "…" (at the start with ``keep_end``)."""
    text = " ".join(str(value).split()).replace("|", "\\|")
    if len(text) <= limit:
        return text
    return "…" + text[-(limit - 1) :] if keep_end else text[: limit - 1] + "…"


def _cell(ours: str, paper: str) -> str:
    return f"**{ours}** ({paper})"


def paper_table(analysis: Analysis) -> list[str]:
    """The paper's table with our value beside the paper's in every cell: ``**ours** (paper)``.

    For a run on SentiHood only (:func:`analysis_markdown`'s ``paper``): beside another dataset's numbers the
    paper's would read as a reference they are not.
    """
    paper = analysis.paper
    if paper is None:
        raise ValueError("the analysis holds no paper numbers (trajectories of another shape)")
    lines = [
        f"In brackets: the paper's numbers on the same data (SentiHood, N = 2, {paper['test_examples']} test "
        "examples, one trained toy model and seed).",
        "",
        "| sub-layer | mean unitary similarity | p | mean Hamiltonian similarity | p | mean Δψ |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for res in analysis.layers:
        ref = paper["layers"][res.name]
        u, h = res.unitary_similarity, res.hamiltonian_similarity
        lines.append(
            f"| {title(res.name)} | {_cell(_num(_test_of(u, 'layer')), _num(ref['unitary_similarity']))} "
            f"| {_cell(_pval(_test_of(u, 'p_value')), _pval(ref['unitary_p']))} "
            f"| {_cell(_num(_test_of(h, 'layer')), _num(ref['hamiltonian_similarity']))} "
            f"| {_cell(_pval(_test_of(h, 'p_value')), _pval(ref['hamiltonian_p']))} "
            f"| {_cell(_vector(res.delta_psi), _num(ref['delta_psi_mean']))} |"
        )
    lines += [
        "",
        "| sub-layer | random baseline: unitary / Hamiltonian | difference vs random: unitary | Hamiltonian "
        "| mean Householder vector | its norm | p (norm vs random) | identity layers |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for res in analysis.layers:
        ref = paper["layers"][res.name]
        u, h, hm = res.unitary_similarity, res.hamiltonian_similarity, res.householder_mean
        base_u = ref["unitary_similarity"] - ref["unitary_difference"]
        base_h = ref["hamiltonian_similarity"] - ref["hamiltonian_difference"]
        ours_base = _num(_test_of(u, "baseline")) + " / " + _num(_test_of(h, "baseline"))
        lines.append(
            f"| {title(res.name)} "
            f"| {_cell(ours_base, _num(base_u) + ' / ' + _num(base_h))} "
            f"| {_cell(_num(_test_of(u, 'difference')), _num(ref['unitary_difference']))} "
            f"| {_cell(_num(_test_of(h, 'difference')), _num(ref['hamiltonian_difference']))} "
            f"| {_cell(_vector(hm), _num(ref['householder_mean']))} "
            f"| {_cell(_num(None if hm is None else hm.norm, 3), _num(ref['householder_mean_norm'], 3))} "
            f"| {_cell(_pval(None if hm is None else hm.test.p_value), _pval(ref['householder_mean_p']))} "
            f"| {res.identity_layers} |"
        )
    (pair,) = analysis.consecutive or (None,)
    dc = None if pair is None else pair.distance_correlation
    ref_dc = paper["distance_correlation"]
    lines += [
        "",
        "| distance correlation, attention vs MLP Householder vectors | dCor | permutation p | t-test p |",
        "| --- | --- | --- | --- |",
        f"| {0 if dc is None else dc.n} paired examples "
        f"| {_cell(_num(None if dc is None else dc.statistic), _num(ref_dc['statistic']))} "
        f"| {_cell(_pval(None if dc is None else dc.permutation_p), _pval(ref_dc['permutation_p']))} "
        f"| {_cell(_pval(None if dc is None else dc.t_test_p), _pval(ref_dc['t_test_p']))} |",
    ]
    return lines


def sublayer_table(analysis: Analysis) -> list[str]:
    """One row per sub-layer: similarities against random, the mean vectors, how much it moves the examples."""
    n = analysis.num_outputs
    lines = [
        "| sub-layer | mean cos(U_a, U_b) (random) | p | mean cos(H_a, H_b) (random) | p | ‖mean v‖ (random) | p "
        "| ‖mean Δψ‖ | mean TV | top-1 changed | identity layers |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    digits = 6 if n > 16 else 4
    for res in analysis.layers:
        u, h, hm = res.unitary_similarity, res.hamiltonian_similarity, res.householder_mean
        test = None if hm is None else hm.test
        lines.append(
            f"| {title(res.name)} | {_num(_test_of(u, 'layer'), digits)} ({_num(_test_of(u, 'baseline'), digits)}) "
            f"| {_pval(_test_of(u, 'p_value'))} "
            f"| {_num(_test_of(h, 'layer'))} ({_num(_test_of(h, 'baseline'))}) | {_pval(_test_of(h, 'p_value'))} "
            f"| {_num(None if hm is None else hm.norm)} ({_num(_test_of(test, 'baseline'))}) "
            f"| {_pval(_test_of(test, 'p_value'))} "
            f"| {_num(res.delta_psi.norm)} | {_num(res.total_variation_mean)} | {_num(res.top1_changed, 3)} "
            f"| {res.identity_layers} |"
        )
    return lines


def analysis_markdown(analysis: Analysis, *, paper: bool = False) -> str:
    """The analysis section of ``report.md``.

    ``paper``: whether the data is the paper's (SentiHood); only then, and only for trajectories of the paper's
    shape, does every cell show the paper's number beside ours (:func:`paper_table`).
    """
    n = analysis.num_outputs
    lines = [
        f"{analysis.examples} test examples, N = {n:,} outputs, {len(analysis.layers)} sub-layers, "
        f"{analysis.permutations} permutations, seed {analysis.seed}. Each sub-layer of each example is read as "
        "the Householder reflection U = I − 2vvᵀ carrying its input state to its output state. *Similarity*: the "
        "Frobenius cosine of two examples' operators, averaged over all pairs; *random*: the same for as many "
        "random Householder operators of the same kind; *p*: one-sided permutation test that the model's operators "
        "are more alike than random ones (p ≥ 1/(permutations + 1)).",
        "",
    ]
    if n > 16:
        lines += [f"For N = {n:,} every unitary similarity lies within 4/N = {4 / n:.2g} of 1, so the Hamiltonian "
                  "similarity (v_a·v_b)² carries the information.", ""]  # fmt: skip
    beside = paper and analysis.paper is not None
    lines += paper_table(analysis) if beside else sublayer_table(analysis)
    negligible = [res for res in analysis.layers if res.negligible_move is not None]
    if negligible:
        lines += [
            "",
            "Negligible sub-layers, read as the identity at every example (no similarity tested): "
            + "; ".join(
                f"{title(res.name)} (largest ‖ψ_out − ψ_in‖ {res.negligible_move:.1e} ≤ {NEGLIGIBLE_MOVE:g})"
                for res in negligible
            )
            + ". A move this small changes no probability by more than twice that: float32 round-off, not a "
            "reflection.",
        ]
    mean_rows = [
        res for res in analysis.layers if res.householder_mean and res.householder_mean.mean_top is not None
    ]
    if mean_rows:
        lines += [
            "",
            "| sub-layer | largest coordinates of the mean v | of the mean Δψ |",
            "| --- | --- | --- |",
        ]
        lines += [
            f"| {title(res.name)} | {_vector(res.householder_mean, 3)} | {_vector(res.delta_psi, 4)} |"
            for res in mean_rows
        ]
    if analysis.consecutive and not beside:
        lines += [
            "",
            "Consecutive sub-layers: distance correlation of their Householder vectors over the same examples "
            "(dcor; permutation and t tests) and their mean alignment v_j·v_(j+1).",
            "",
            "| sub-layers | examples | dCor | permutation p | t-test p | mean v·v' | mean \\|v·v'\\| |",
            "| --- | --- | --- | --- | --- | --- | --- |",
        ]
        for row in analysis.consecutive:
            dc = row.distance_correlation
            lines.append(
                f"| {' → '.join(title(name) for name in row.sublayers)} | {row.examples} "
                f"| {_num(None if dc is None else dc.statistic)} "
                f"| {_pval(None if dc is None else dc.permutation_p)} | {_pval(None if dc is None else dc.t_test_p)} "
                f"| {_num(row.alignment_mean)} | {_num(row.alignment_mean_abs)} |"
            )
    if n > 2:
        lines += [
            "",
            "PCA and elbow k-means of the Householder vectors v and of Δψ:",
            "",
            "| sub-layer | vectors | explained variance, first components | elbow k | cluster sizes | silhouette |",
            "| --- | --- | --- | --- | --- | --- |",
        ]
        for res in analysis.layers:
            if res.pca is None or res.clusters is None:
                continue
            for kind in ("householder", "delta_psi"):
                p, c = getattr(res.pca, kind), getattr(res.clusters, kind)
                if p is None:
                    continue
                ratios = ", ".join(f"{r:.3f}" for r in p.explained_variance_ratio)
                lines.append(
                    f"| {title(res.name)} | {kind} | {ratios} | {c.k if c else '—'} "
                    f"| {', '.join(map(str, c.cluster_sizes)) if c else '—'} "
                    f"| {_num(c.silhouette if c else None, 3)} |"
                )
        lines += [
            "",
            "Outputs each sub-layer moves most (mean Δp over the examples; in brackets, at how many it rose):",
            "",
            "| sub-layer | raised | lowered |",
            "| --- | --- | --- |",
        ]

        def cell(entries: Sequence[OutputShift]) -> str:
            return ", ".join(
                f"{_text(e.output, 20)} {e.mean_delta_p:+.3f} ({e.examples_raised})" for e in entries[:5]
            )

        for res in analysis.layers:
            if res.top_outputs is not None:
                lines.append(
                    f"| {title(res.name)} | {cell(res.top_outputs.raised)} | {cell(res.top_outputs.lowered)} |"
                )
    return "\n".join(lines) + "\n"


CANDIDATE_TITLES = {
    "identity": "identity",
    "procrustes": "Procrustes (best orthogonal)",
    "mean_householder": "paper's mean reflection",
    "u2": "best U(2)",
}


def fixed_operators_markdown(fixed: Mapping[str, Any]) -> list[str]:
    """The held-out test: one table per sub-layer (see :mod:`qlens_q.stats.fixed_operators`)."""
    lines = [
        "### Is a sub-layer one operator? The held-out test",
        "",
        "Unlike the per-example circuits, this test can fail. One operator per sub-layer is fitted on half the "
        "examples (seeded split) and scored on the other half: held-out fidelity F, gap closed and top-1 agreement "
        "with the model (terms at the top). Each candidate's circuit, fed the held-out inputs, is exported, read "
        "back and run on Aer against the model's next distribution q: *pass* and *exact* are the shares of those "
        "circuits that pass and that are exact. A sub-layer that is one operator passes; one that is not fails. "
        "Every such circuit equals its numpy operator to 1e-9.",
        "",
    ]
    for layer, entry in fixed.items():
        lines += [
            f"**{title(layer)}** ({len(entry['fit_ids'])} fit / {len(entry['heldout_ids'])} held-out examples)",
            "",
        ]
        lines += [f"- {note}" for note in entry.get("notes", [])]
        lines += [
            "",
            "| operator | reflections | held-out F [95 % CI] | gain over identity [95 % CI, paired] | gap closed | top-1 "
            "| circuits on Aer | pass | exact | median TV |",
            "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
        ]
        for name, c in entry["candidates"].items():
            label = CANDIDATE_TITLES.get(name, name.replace("reflections_", "") + " fitted reflections")
            if "contraction" in c:
                label += f" (contraction c = {c['contraction']:.4f})"
            elif "angle_degrees" in c and name != "identity":
                what = "rotation by" if c["kind"] == "rotation" else "mirror at"
                label += f" ({what} {c['angle_degrees']:+.2f}°)"
            tv = (c.get("total_variation") or {}).get("median")
            circuits = c.get("circuits", 0)
            lines.append(
                f"| {label} | {c['reflections']} | {c['fidelity']:.4f} [{c['ci95'][0]:.4f}, {c['ci95'][1]:.4f}] "
                f"| {c['gain']:+.4f} [{c['gain_ci95'][0]:+.4f}, {c['gain_ci95'][1]:+.4f}] "
                f"| {_num(c['gap_closed'], 3)} | {c['top1']:.3f} | {circuits if circuits else '— (' + str(c.get('not_run')) + ')'} "
                f"| {_num(c.get('pass_rate'), 3)} | {_num(c.get('exact_pass_rate'), 3)} | {_num(tv)} |"
            )
        lines.append("")
    return lines


def _example_label(report: Mapping[str, Any], ex: Mapping[str, Any]) -> str:
    names = (report.get("outputs") or {}).get("names")
    label = ex.get("label")
    if isinstance(label, int) and names and 0 <= label < len(names):
        return str(names[label])
    return "" if label is None else str(label)


#: The terms of report.md, each defined once, at the top (``held_out``: only where the held-out test ran).
TERMS: tuple[tuple[str, bool], ...] = (
    ("*⟨M⟩*: the mean outcome Σ_j j·p_j, the expectation of the observable M = Σ_j j|j⟩⟨j| on the measured "
     "register; the shots' mean outcome is tested against the expected distribution's, and Aer's exact ⟨M⟩ "
     "must equal it.", False),
    ("*Pass* (a per-example circuit): Aer's exact Born distribution and exact ⟨M⟩ equal the expected ones "
     "within the tolerance and, where the circuit has shots, no shot lands on an impossible outcome and the "
     "shots pass the χ² and ⟨M⟩ tests at the run's false-alarm rate.", False),
    ("*Held-out fidelity F*: the mean over held-out examples of (Σ_j |(Oψ_in)_j| √q_j)², q the model's next "
     "distribution and O the fixed operator: 1 iff O carries every input to the model's output.", True),
    ("*Gap closed*: (F − F_identity) / (1 − F_identity), the share of the identity's gap to F = 1 an operator "
     "closes: 1 reproduces the model, 0 does no better than leaving the state alone, below 0 does worse "
     "(— where the identity is already within rounding of 1).", True),
    ("*Pass* and *exact* (a held-out circuit): *pass*, its shots are consistent with the model's q (χ² and ⟨M⟩ "
     "at a false-alarm rate shared by all held-out circuits, so an operator that is the model's map passes); "
     "*exact*, its Born distribution also equals q to 1e-9, the per-example circuits' standard.", True),
)  # fmt: skip


def lens_shortfalls(lens: Mapping[str, Any]) -> list[str]:
    """The hook points where the tuned lens does worse than the identity lens: lower agreement or higher KL."""
    found = []
    for point, v in lens.items():
        worse = []
        agreement, identity = v.get("agreement"), v.get("agreement_identity")
        if agreement is not None and identity is not None and agreement < identity:
            worse.append(f"agrees with the model {_num(agreement, 3)} vs {_num(identity, 3)}")
        kl, kl_identity = v.get("kl"), v.get("kl_identity")
        if kl is not None and kl_identity is not None and kl > kl_identity:
            worse.append(f"KL {_num(kl)} vs {_num(kl_identity)}")
        if worse:
            found.append(f"{point} ({', '.join(worse)})")
    return found


def _best_candidates(fixed: Mapping[str, Any]) -> list[str]:
    """Per sub-layer of the held-out test: its best fixed operator, F against identity's, gap closed, pass rate."""
    parts = []
    for layer, entry in fixed.items():
        candidates = entry.get("candidates") or {}
        identity = candidates.get("identity")
        others = {name: c for name, c in candidates.items() if name != "identity"}
        if identity is None or not others:
            continue
        name, best = max(others.items(), key=lambda item: item[1]["fidelity"])
        label = CANDIDATE_TITLES.get(name, name.replace("reflections_", "") + " fitted reflections")
        rate = best.get("pass_rate")
        circuits = f", {rate:.0%} of its circuits on Aer pass" if rate is not None else ""
        parts.append(
            f"{title(layer)}: {label} scores best, F {best['fidelity']:.4f} against the identity's "
            f"{identity['fidelity']:.4f}, gap closed {_num(best.get('gap_closed'), 3)}{circuits}"
        )
    return parts


def overview_markdown(report: Mapping[str, Any]) -> list[str]:
    """The top of ``report.md``: what can fail, what holds by construction, and the terms used below."""
    lens = report.get("lens") or {}
    analysis = report.get("analysis") or {}
    fixed = analysis.get("fixed_operators") or {}
    tests: list[str] = []
    if lens:
        shortfalls = lens_shortfalls(lens)
        lower_kl = sum(1 for v in lens.values() if v.get("kl") is not None and v["kl"] <= v["kl_identity"])
        agrees = sum(
            1
            for v in lens.values()
            if v.get("agreement") is not None and v["agreement"] >= v["agreement_identity"]
        )
        tests.append(
            f"**Lenses.** A tuned lens must predict the model's output better than the identity lens (the model's "
            f"own head read at the hook point). Here it has a KL no higher at {lower_kl} of {len(lens)} hook points "
            f"and agrees with the model at least as often at {agrees} of {len(lens)}."
            + (f" **Worse than the identity lens at** {'; '.join(shortfalls)}." if shortfalls else "")
        )
    if fixed:
        best = _best_candidates(fixed)
        tests.append(
            "**One operator per sub-layer** (the held-out test): is a sub-layer the same map for every example? "
            + ("; ".join(best) + "." if best else "no candidate was scored.")
        )
    if analysis.get("layers"):
        typed = Analysis.from_dict(analysis)
        tested = [res for res in typed.layers if res.hamiltonian_similarity is not None]
        alike = [
            res for res in tested if res.hamiltonian_similarity and res.hamiltonian_similarity.p_value <= 0.01
        ]
        negligible = [title(res.name) for res in typed.layers if res.negligible_move is not None]
        tests.append(
            f"**Alike beyond chance** (the QLENS analysis): the operators of {len(alike)} of {len(tested)} tested "
            "sub-layers are more alike across examples than random ones at p ≤ 0.01 (Hamiltonian similarity)."
            + (
                f" Negligible, read as the identity and not tested: {', '.join(negligible)}."
                if negligible
                else ""
            )
        )
    lines = ["## What can fail, and what holds by construction", ""]
    if tests:
        lines += ["Tests that can fail:", ""] + [f"- {t}" for t in tests] + [""]
    lines += [
        "What holds by construction: a Householder reflection carries any state to any other, so each example's "
        "own reflection takes its input state exactly to its output state, and every per-example circuit "
        "reproduces the lens distributions whatever the model does. Their cross-check (below) tests the export, "
        "the OpenQASM text and the simulator, not the model: a failure there is a bug in qlens-q, Qiskit or Aer.",
        "",
        "Terms:",
        "",
    ]
    lines += [f"- {term}" for term, held_out in TERMS if fixed or not held_out]
    return [*lines, ""]


def _shot_examples(check: Mapping[str, Any], s: Mapping[str, Any]) -> int:
    """How many examples had shots (every one in a report older than ``shot_examples``)."""
    return int(check.get("shot_examples", s["examples"]))


def _shot_scope(check: Mapping[str, Any], s: Mapping[str, Any]) -> str:
    """`` on the first K examples' circuits`` when not every example had shots (else nothing)."""
    shot = _shot_examples(check, s)
    if shot >= s["examples"]:
        return ""
    if shot == 0:
        return " for none of the circuits"
    return f" on each circuit of the first {shot:,} of {s['examples']:,} examples"


def _shot_sentence(check: Mapping[str, Any], s: Mapping[str, Any]) -> str:
    """What the shots covered, when not every example had them."""
    shot = _shot_examples(check, s)
    if shot >= s["examples"]:
        return ""
    if shot == 0:
        return f" No circuit had shots (`--shot-examples 0`); Aer's exact Born and ⟨M⟩ checks ran on all {s['circuits']:,}."
    circuits = shot * s["circuits"] // max(1, s["examples"])
    return (
        f" Shots ran on the {circuits:,} circuits of the first {shot:,} examples (`--shot-examples`; "
        f"the shot tests share the false-alarm rate over them); Aer's exact Born and ⟨M⟩ checks ran on all "
        f"{s['circuits']:,}."
    )


def render_markdown(report: Mapping[str, Any]) -> str:
    """``report.md``: what can fail and what holds by construction first (with the terms), then the model,
    its lenses, the cross-check, the first examples, the analysis and the figures."""
    cfg, s, c = report.get("config") or {}, report["summary"], report["circuits"]
    check = report["crosscheck"]
    lines = [f"# qlens-q: {report.get('title', 'a QLENS reading')}", ""]
    data = report.get("data") or {}
    if data.get("description"):
        lines += [f"**Data.** {data['description']}", ""]
    lines += [
        f"**Run.** Points: {' → '.join(report['points'])} ({len(report['sublayers'])} sub-layers, "
        f"N = {report['outputs']['count']:,} outputs on {c['qubits']} qubits). Circuits: `{check['method']}`, "
        f"OpenQASM {c['format'][-1]}, {check['shots']:,} shots{_shot_scope(check, s)}, seed {check['seed']}"
        + (f"; command: `{cfg['command']}`" if cfg.get("command") else "")
        + ".",
        "",
    ]
    lines += overview_markdown(report)
    model = report.get("model") or {}
    if model:
        lines += ["## Model", ""]
        if model.get("description"):
            lines += [model["description"], ""]
        metrics = model.get("metrics") or {}
        if metrics:
            lines += ["| measure | value |", "| --- | --- |"]
            lines += [
                f"| {name} | {_num(value) if isinstance(value, float) else value} |"
                for name, value in metrics.items()
            ]
            lines.append("")
    lens = report.get("lens") or {}
    if lens:
        lines += [
            "## Lenses",
            "",
            "How well each hook point's lens predicts the model's output distribution on the test examples: "
            "KL(final ‖ lens) in nats and top-1 agreement with the model. The identity lens (the model's head "
            "read directly, the logit lens) is the baseline a tuned lens must beat.",
            "",
            "| point | KL, tuned lens | agreement, tuned | KL, identity lens | agreement, identity |",
            "| --- | --- | --- | --- | --- |",
        ]
        lines += [
            f"| {p} | {_num(v.get('kl'))} | {_num(v.get('agreement'))} | {_num(v.get('kl_identity'))} "
            f"| {_num(v.get('agreement_identity'))} |"
            for p, v in lens.items()
        ]
        shortfalls = lens_shortfalls(lens)
        if shortfalls:
            lines += [
                "",
                f"**The tuned lens does worse than the identity lens at** {'; '.join(shortfalls)}: there the "
                "trajectories start from a reading that predicts the model less well than its own head does.",
            ]
        lines.append("")
    notes = report.get("notes") or []
    if notes:
        lines += ["## Notes", ""] + [f"- {note}" for note in notes] + [""]
    lines += [
        f"## Cross-check (Aer, on the exported OpenQASM {c['format'][-1]} text)",
        "",
        "Every sub-layer of every example is a circuit that prepares the input state and applies the "
        "reflection; the trajectory circuit applies all of them in turn. These circuits pass by construction "
        "(see the top): each file is written, read back and run on Aer, and must pass with its exact Born "
        f"distribution equal to the lens (or the model's softmax) within {check['tol']:g}, at a false-alarm "
        f"rate of {check['alpha']:g} for the whole run.",
        "",
        f"**{s['passed']} / {s['circuits']} circuits passed** over {s['examples']} examples "
        f"({s['identity_layers']} identity layers).{_shot_sentence(check, s)}",
        "",
        "| circuit | passed | max exact Born error | mean two-qubit gates | mean operations |",
        "| --- | --- | --- | --- | --- |",
    ]
    lines += [
        f"| {title(name)} | {v['passed']} / {s['examples']} | {v['max_abs_error']:.2e} "
        f"| {c['per_layer'][name]['two_qubit_gates_mean']:,.0f} | {c['per_layer'][name]['operations_mean']:,.0f} |"
        for name, v in s["per_layer"].items()
    ]
    failures = [(ex["id"], name, v["failures"]) for ex in report["examples"] for name, v in ex["crosscheck"].items()
                if not v["passed"]]  # fmt: skip
    if failures:
        lines += ["", "Failures:", ""]
        lines += [f"- {i}, {name}: {'; '.join(f)}" for i, name, f in failures[:50]]
    lines += _examples_table(report)
    if "device" in report:
        lines += device_markdown(report["device"])
    if "analysis" in report:
        analysis = report["analysis"]
        on_sentihood = data.get("source") == "sentihood"
        lines += [
            "",
            "## QLENS analysis",
            "",
            analysis_markdown(Analysis.from_dict(analysis), paper=on_sentihood),
        ]
        if analysis.get("fixed_operators"):
            lines += fixed_operators_markdown(analysis["fixed_operators"])
        figures = analysis.get("figures") or []
        if figures:
            lines += ["## Figures", ""]
            for f in figures:
                name = f["path"].rsplit("/", 1)[-1].removesuffix(".png")
                lines += [f"![{name}]({f['path']})", "", f"*{f['caption']}*", ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def _examples_table(report: Mapping[str, Any]) -> list[str]:
    examples = report["examples"][:MD_EXAMPLES]
    if not examples:
        return []
    points = report["points"]
    text_key = next((key for key in ("text", "context") if key in examples[0]), None)
    labelled = any("label" in ex for ex in examples)
    lines = [
        "",
        f"## First {len(examples)} examples",
        "",
        "The likeliest output and its probability at every point"
        + (" (label: the true class or next word)." if labelled else "."),
        "",
        "| id | "
        + ("text | " if text_key else "")
        + ("label | " if labelled else "")
        + " | ".join(points)
        + " |",
        "| --- | "
        + ("--- | " if text_key else "")
        + ("--- | " if labelled else "")
        + " | ".join("---" for _ in points)
        + " |",
    ]
    for ex in examples:
        if "probs" in ex:
            names = (report.get("outputs") or {}).get("names") or []
            cells = []
            for point in points:
                p = np.asarray(ex["probs"][point])
                j = int(p.argmax())
                cells.append(f"{_text(names[j] if j < len(names) else j, 16)} {p[j]:.3f}")
        else:
            cells = [f"{_text(ex['top'][point][0][0], 16)} {ex['top'][point][0][1]:.3f}" for point in points]
        text = f"{_text(ex[text_key], keep_end=text_key == 'context')} | " if text_key else ""
        label = f"{_text(_example_label(report, ex), 20)} | " if labelled else ""
        lines.append(f"| {ex['id']} | {text}{label}" + " | ".join(cells) + " |")
    return lines
