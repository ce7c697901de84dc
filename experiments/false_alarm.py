"""False-alarm rate and power of the Born-rule cross-check, measured (issue "Statistical honesty").

Runs :func:`falsealarm.false_alarm_study` (``experiments/falsealarm.py``) (random correct layer
circuits: how often do the shot tests reject?) and
:func:`falsealarm.power_study` (deliberately wrong circuits: how
often are they caught?) and writes

* ``experiments/results/false_alarm.json``: everything measured, with the settings,
  the machine and the run times;
* ``experiments/results/false_alarm.md``: the tables.

Both are written atomically (:mod:`qlens_q.io`). The defaults take about four
minutes on two cores::

    python experiments/false_alarm.py
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from falsealarm import (
    LEVELS,
    MIX_WEIGHTS,
    SIZES,
    TESTS,
    TROTTER_SIZES,
    false_alarm_study,
    power_study,
)
from machine import loadavg, machine_info

from qlens_q.errors import QlensError
from qlens_q.io import atomic_write_json, atomic_write_text

RESULTS = Path(__file__).resolve().parent / "results"
TEST_NAMES = {"chi_square": "chi-square", "z_test": "<M> z-test", "either": "either"}


def _int_list(text: str) -> list[int]:
    try:
        return [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected comma-separated integers, got {text!r}") from None


def _float_list(text: str) -> list[float]:
    try:
        return [float(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected comma-separated numbers, got {text!r}") from None


def _pct(x: float) -> str:
    return f"{100 * x:.3g}%"


def _ci(row: dict[str, Any]) -> str:
    return f"[{_pct(row['ci_low'])}, {_pct(row['ci_high'])}]"


def _p(x: float) -> str:
    return f"{x:.3g}"


def false_alarm_markdown(study: dict[str, Any]) -> list[str]:
    """The false-alarm tables: one row per (per-circuit level, test), then per size, then KS."""
    lines = [
        "## False alarms: correct circuits",
        "",
        f"{study['num_circuits']} random correct layer circuits (`structured`, exported with "
        f"`transpile_for_export`), N cycling through {', '.join(map(str, study['sizes']))} "
        f"({study['num_circuits'] // len(study['sizes'])} or so each), "
        "`p_in, p_out ~ Dirichlet(1)`, "
        f"{study['shots']} shots each, cross-checked with `CheckConfig(alpha={study['alpha']:g}, "
        f"family_size={study['family_size']})` in calls of {study['chunk_size']} circuits, each call "
        f"its own sampler seed (study seed {study['seed']}). Each test runs at half the per-circuit "
        "level, so its nominal rate is level / 2; *either* is bounded by the level (union bound), "
        "so its binomial p-value is one-sided (is the rate above the bound?). The first level is "
        "read from the verdicts' failure messages, the others from the same shots' `chi2_p` and "
        "`mean_p` with the cross-check's own thresholds (levels share shots, so their rates are "
        "correlated). CI: Clopper-Pearson 95%.",
        "",
        "| per-circuit level | test | nominal rate | circuits | rejections | observed rate | 95% CI "
        "| binomial p | nominal inside CI |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for table in study["levels"]:
        for test in TESTS:
            row = table[test]
            nominal = ("<= " if row["nominal_is_bound"] else "") + _pct(row["nominal"])
            lines.append(
                f"| {table['level']:g} | {TEST_NAMES[test]} | {nominal} | {row['trials']} | "
                f"{row['rejections']} | {_pct(row['rate'])} | {_ci(row)} | {_p(row['binom_p'])} | "
                f"{'yes' if row['consistent'] else '**no**'} |"
            )
    lines += [
        "",
        f"By number of classes, at per-circuit level {study['by_size_level']:g} "
        "(chi-square and z-test nominal rate "
        f"{_pct(study['by_size_level'] / 2)} each):",
        "",
        "| N | circuits | chi-square rejections | rate [95% CI] | z-test rejections | rate [95% CI] "
        "| either | rate [95% CI] |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for n, table in study["by_size"].items():
        cells = [f"{table[t]['rejections']} | {_pct(table[t]['rate'])} {_ci(table[t])}" for t in TESTS]
        lines.append(f"| {n} | {table['chi_square']['trials']} | " + " | ".join(cells) + " |")
    cal = study["calibration"]
    lines += [
        "",
        "Calibration over all levels at once:",
        "",
        f"- Kolmogorov-Smirnov of all chi-square p-values against U(0, 1): "
        f"D = {cal['ks_chi2_p_uniform']['statistic']:.4f}, p = {_p(cal['ks_chi2_p_uniform']['p'])}",
        f"- Kolmogorov-Smirnov of all `mean_z` against N(0, 1): "
        f"D = {cal['ks_mean_z_normal']['statistic']:.4f}, p = {_p(cal['ks_mean_z_normal']['p'])}; "
        f"mean {cal['mean_z_mean']:.4f}, sd {cal['mean_z_sd']:.4f}",
        f"- failures of the non-random checks (exact Born error, Aer vs Statevector, impossible "
        f"outcomes, Estimator): {study['other_failures']}; largest exact Born error "
        f"{study['max_exact_error']:.1e}",
        f"- failure messages and statistics give the same decisions at level {study['call_level']:g}: "
        f"{'yes' if study['decision_rule_consistent'] else '**no**'}",
        f"- time: {study['seconds']:.1f} s",
        "",
    ]
    return lines


POWER_COLUMNS = [
    ("caught_overall", "caught (any check)"),
    ("caught_by_shot_tests", "caught by shot tests alone"),
    ("caught_by_chi_square", "chi-square"),
    ("caught_by_z_test", "<M> z-test"),
    ("caught_by_impossible_outcomes", "impossible outcomes"),
]


def _power_row(label: str, n: str, row: dict[str, Any]) -> str:
    cells = [f"{row[key]['rejections']}/{row['circuits']} {_ci(row[key])}" for key, _ in POWER_COLUMNS]
    return (
        f"| {label} | {n} | {row['circuits']} | "
        + " | ".join(cells)
        + f" | {_pct(row['predicted_chi_square_power'])} | {_pct(row['predicted_z_test_power'])} | "
        f"{row['total_variation_median']:.2g} ({row['total_variation_min']:.2g}-{row['total_variation_max']:.2g}) |"
    )


def power_markdown(study: dict[str, Any]) -> list[str]:
    """The power tables: Trotter layers per N, the mixtures per weight (all N, then per N)."""
    header = (
        "| wrong circuit | N | circuits | "
        + " | ".join(title for _, title in POWER_COLUMNS)
        + " | predicted chi-square power | predicted z-test power | TV median (min-max) |"
    )
    rule = "|" + "|".join("---" for _ in range(len(POWER_COLUMNS) + 6)) + "|"
    lines = [
        "## Power: wrong circuits",
        "",
        f"{study['shots']} shots, `alpha={study['alpha']:g}`, `family_size={study['family_size']}` "
        f"(per-circuit level {study['level']:g}, each shot test at {study['level'] / 2:g}); study seed "
        f"{study['seed']}. *Caught (any check)* counts every failed verdict, the exact Born check "
        "included (it catches any error above 1e-9); *caught by shot tests alone* counts chi-square or "
        "the <M> z-test, i.e. what shots alone would reveal on hardware. *Impossible outcomes*: shots on "
        "classes with q = 0 (padding states). Predicted powers: noncentral chi-square with the test's "
        "own pooling, and the normal approximation of the shot mean. TV: total variation between the "
        "simulated Born distribution and the expected one. Rates as caught/circuits [Clopper-Pearson 95%].",
        "",
    ]
    if "trotter" in study:
        trotter = study["trotter"]
        lines += [
            f"### {trotter['synthesis']} instead of the exact layer ({trotter['pairs_per_size']} random "
            "layers per N)",
            "",
            header,
            rule,
            _power_row("Trotter", "all", trotter["all"]),
        ]
        lines += [_power_row("Trotter", n, row) for n, row in trotter["by_size"].items()]
        lines += ["", f"time: {study['trotter_seconds']:.1f} s", ""]
    if "mixture" in study:
        lines += [
            "### Correct circuit, expected distribution mixed with uniform: q' = (1 - w) p_out + w / N",
            "",
            header,
            rule,
        ]
        for block in study["mixture"].values():
            label = f"w = {block['weight']:g}"
            lines.append(_power_row(label, "all", block["all"]))
            lines += [_power_row(label, n, row) for n, row in block["by_size"].items()]
        lines += ["", f"time: {study['mixture_seconds']:.1f} s", ""]
    return lines


def markdown(result: dict[str, Any]) -> str:
    """The whole report."""
    info = result["machine"]
    lines = [
        "# False-alarm rate and power of the Born-rule cross-check",
        "",
        "Generated by `experiments/false_alarm.py` (`experiments/falsealarm.py` documents the method).",
        "",
        f"- command: `{result['command']}`",
        f"- total time: {result['seconds']:.1f} s on {info['nproc']} cores "
        f"(load average at start {info['loadavg_start']}, at end {info['loadavg_end']})",
        f"- {info['date_utc']}; Python {info['python']}, qiskit {info['qiskit']}, "
        f"qiskit-aer {info['qiskit-aer']}, scipy {info['scipy']}, numpy {info['numpy']}",
        "",
    ]
    lines += false_alarm_markdown(result["false_alarm"])
    lines += power_markdown(result["power"])
    return "\n".join(lines).rstrip() + "\n"


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="False-alarm rate and power of the Born-rule cross-check.")
    parser.add_argument("--circuits", type=int, default=3500, help="correct circuits (false-alarm study)")
    parser.add_argument("--sizes", type=_int_list, default=list(SIZES))
    parser.add_argument("--shots", type=int, default=10_000)
    parser.add_argument("--alpha", type=float, default=1e-3, help="per-circuit level of the calls")
    parser.add_argument("--levels", type=_float_list, default=list(LEVELS), help="extra per-circuit levels")
    parser.add_argument("--trotter-sizes", type=_int_list, default=list(TROTTER_SIZES))
    parser.add_argument("--trotter-pairs", type=int, default=6, help="random Trotter layers per N")
    parser.add_argument("--mix-weights", type=_float_list, default=list(MIX_WEIGHTS))
    parser.add_argument("--mix-circuits", type=int, default=40, help="mixture circuits per N and weight")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=RESULTS / "false_alarm.json")
    parser.add_argument("--md", type=Path, default=None, help="markdown report (default: --out with .md)")
    parser.add_argument("--no-progress", action="store_true", help="no progress bars on stderr")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    md_path: Path = args.md if args.md is not None else args.out.with_suffix(".md")
    info = machine_info()
    start = time.perf_counter()
    try:
        fa = false_alarm_study(
            args.circuits,
            args.sizes,
            shots=args.shots,
            alpha=args.alpha,
            family_size=1,
            seed=args.seed,
            levels=args.levels,
            progress=not args.no_progress,
        )
        pw = power_study(
            args.trotter_sizes,
            args.trotter_pairs,
            args.sizes,
            args.mix_weights,
            args.mix_circuits,
            shots=args.shots,
            alpha=args.alpha,
            family_size=1,
            seed=args.seed + 1,
            progress=not args.no_progress,
        )
    except QlensError as exc:
        print(f"false_alarm: {exc}", file=sys.stderr)
        return 2
    info["loadavg_end"] = loadavg()
    argv_text = " ".join(sys.argv[1:] if argv is None else argv)
    result = {
        "command": f"python experiments/false_alarm.py {argv_text}".strip(),
        "seconds": time.perf_counter() - start,
        "machine": info,
        "false_alarm": fa,
        "power": pw,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_json(args.out, result)
    atomic_write_text(md_path, markdown(result))
    print(f"wrote {args.out} and {md_path} ({result['seconds']:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
