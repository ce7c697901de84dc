"""qlens-q: the QLENS reading of Transformers as Qiskit circuits, exported as OpenQASM and run on Aer.

Exit codes: 0 success; 1 a cross-check failed; 2 bad input (one line on stderr, nothing
written); 3 the simulator failed; 4 an internal error (a bug: one line naming it; please
report it); 130 interrupted (Ctrl-C or SIGTERM; nothing half-written).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import signal
import sys
from collections.abc import Callable, Sequence
from concurrent.futures import Executor
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

# Only light modules here (no Qiskit, Aer, scipy or torch): --help, --version and every refusal of bad
# input answer before the heavy imports, which each command makes when it starts its work.
from qlens_q import __version__, io, tasks, validation
from qlens_q.circuits.synthesis import METHODS
from qlens_q.config import SHOT_EXAMPLES
from qlens_q.errors import InputError, QlensError, SimulationError
from qlens_q.executor import open_executor

if TYPE_CHECKING:
    from qlens_q.simulation import Backend

EXIT_MISMATCH = 1
EXIT_BAD_INPUT = 2
EXIT_SIMULATOR = 3
EXIT_INTERNAL = 4
EXIT_INTERRUPTED = 130


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line and exit 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: error: {message}\n")


def _int_list(text: str) -> list[int]:
    try:
        return [int(x) for x in text.split(",") if x.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected comma-separated integers, got {text!r}") from None


#: Seeds: what numpy, torch and Aer all accept. Shots: Aer's sampler keeps every shot in memory.
#: (The bounds live in qlens_q.validation, read by the library too.)
MAX_SEED, MAX_SHOTS = validation.MAX_SEED, validation.MAX_SHOTS


def _int_in(low: int, high: int) -> Callable[[str], int]:
    """An argparse type: an integer in ``[low, high]``."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected an integer, got {text!r}") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"must be between {low:,} and {high:,}, got {value:,}")
        return value

    return parse


def _count_or_all(text: str) -> int | None:
    """An argparse type: ``all`` (``None``) or an integer (its range is checked with the run's other inputs)."""
    if text == "all":
        return None
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected an integer or 'all', got {text!r}") from None


def _float_in(low: float, high: float, *, below_high: bool = False) -> Callable[[str], float]:
    """An argparse type: a finite number in ``[low, high]`` (``[low, high)`` if ``below_high``)."""

    def parse(text: str) -> float:
        try:
            return validation.bounded_float(text, "value", low, high, below_high=below_high)
        except InputError as exc:
            raise argparse.ArgumentTypeError(exc.problem) from None

    return parse


def _device_name(text: str) -> str:
    """An argparse type: ``aer`` or a fake IBM device's name (:mod:`qlens_q.device_names`, no Qiskit import),
    so that every command refuses an unknown device before reading anything else."""
    from qlens_q import device_names

    try:
        device_names.resolve(text)
    except InputError as exc:
        raise argparse.ArgumentTypeError(exc.problem) from None
    return text


SEED = _int_in(0, MAX_SEED)
SHOTS = _int_in(1, MAX_SHOTS)
PERMUTATIONS = _int_in(1, validation.MAX_PERMUTATIONS)


def _print_json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, allow_nan=False) + "\n")


def _backend(args: argparse.Namespace, executor: Executor | None = None) -> Backend:
    from qlens_q import simulation

    return simulation.Backend(
        device=args.device, allow_cpu_fallback=args.allow_cpu_fallback, executor=executor
    )


def _target(args: argparse.Namespace, num_qubits: int | None = None) -> Any:
    """The device of ``--backend`` (``None`` for ``aer``), refusing a circuit wider than it before any work."""
    from qlens_q import device_names

    if device_names.resolve(args.backend) is None:
        if getattr(args, "export_device", None) is not None:
            raise InputError("export_device", "needs a device: --backend NAME (e.g. fake_torino)")
        return None
    if num_qubits is not None:
        device_names.check_width(args.backend, num_qubits)
    from qlens_q import devices

    return devices.device(args.backend)


def _export_device(args: argparse.Namespace, compiled: Any) -> dict[str, Any]:
    """Write the device-level circuit to ``--export-device`` when given; its JSON entry."""
    if args.export_device is None:
        return {}
    from qlens_q.devices import device_qasm

    io.atomic_write_text(args.export_device, device_qasm(compiled))
    return {"device_file": args.export_device}


def cmd_compile(args: argparse.Namespace) -> int:
    p_in = io.read_distribution(args.p_in, "--p-in")
    p_out = io.read_distribution(args.p_out, "--p-out")
    validation.same_length(p_in, p_out, "--p-in", "--p-out")
    from qlens_q import qasm, simulation
    from qlens_q.circuits import Synthesis, layer_circuit
    from qlens_q.circuits.metrics import two_qubit_gates
    from qlens_q.operators import layer_operator

    op = layer_operator(p_in, p_out, alpha=args.alpha, names=("--p-in", "--p-out"))
    synthesis = Synthesis(args.method, trotter_reps=args.trotter_reps, trotter_order=args.trotter_order)
    exported = qasm.transpile_for_export(layer_circuit(op, synthesis, measure=True))
    text = qasm.dumps(exported, args.format)
    # Check what is shipped: the exported gates, simulated by Aer, against p_out.
    prepared = simulation.prepare(exported)
    probs = simulation.exact_probabilities([prepared])[0]
    target = op.psi_out**2
    io.atomic_write_text(args.output, text)
    _print_json(
        {
            "file": args.output,
            "format": args.format,
            "method": synthesis.describe(),
            "qubits": exported.num_qubits,
            "classes": op.num_classes,
            "identity_layer": op.is_identity,
            "two_qubit_gates": two_qubit_gates(exported),
            "depth": exported.depth(),
            "born_max_abs_error": float(abs(probs - target).max()),
        }
    )
    return 0


def cmd_simulate(args: argparse.Namespace) -> int:
    from qlens_q import qasm, simulation

    circuit = qasm.load(args.file)
    prepared = simulation.prepare(circuit, args.file)
    target = _target(args, prepared.num_qubits)
    with open_executor(args.executor) as executor:
        backend = _backend(args, executor)
        probs = simulation.exact_probabilities([prepared], backend)[0]
        counts = simulation.sample_counts([prepared], args.shots, args.seed, backend)[0]
    out: dict[str, Any] = {
        "file": args.file,
        "qubits": prepared.num_qubits,
        "device": backend.resolved_device(),
        "shots": args.shots,
        "seed": args.seed,
        "probabilities": [float(x) for x in probs],
        "counts": [int(c) for c in counts],
    }
    if target is not None:  # the same circuit on the device's noise model, beside the ideal run
        from qlens_q import devices

        compiled = devices.transpile_for_device([circuit], target, seed=args.seed)[0]
        reading = devices.run_noisy([compiled], target, shots=args.shots, seed=args.seed)[0]
        mitigated = [] if reading.mitigated is None else [float(x) for x in reading.mitigated]
        out["on_device"] = {
            "backend": target.name,
            "physical_qubits": list(compiled.physical_qubits),
            "two_qubit_gates": compiled.two_qubit_gates,
            "depth": compiled.depth,
            "counts": [int(c) for c in reading.counts],
            "mitigated_probabilities": mitigated,
            "total_variation": devices.total_variation(reading.counts / args.shots, probs),
            "fidelity": devices.fidelity(reading.counts / args.shots, probs),
            **_export_device(args, compiled),
        }
    _print_json(out)
    return 0


def cmd_crosscheck(args: argparse.Namespace) -> int:
    expected = io.read_distribution(args.expect, "--expect")
    from qlens_q import qasm, simulation
    from qlens_q.crosscheck import CheckConfig, crosscheck_one

    circuit = qasm.load(args.file)
    # a measurement layout qlens-q cannot read is refused by file name
    prepared = simulation.prepare(circuit, args.file)
    target = _target(args, prepared.num_qubits)
    with open_executor(args.executor) as executor:
        config = CheckConfig(shots=args.shots, seed=args.seed, tol=args.tol, backend=_backend(args, executor))
        verdict = crosscheck_one(circuit, expected, config)
    out = {"file": args.file, **verdict.to_dict()}
    passed = verdict.passed
    if target is not None:  # the model's distribution against the shots of the device's noise model
        from qlens_q import devices

        checked = devices.check_on_device(
            [circuit], [expected], target, ideal=[verdict.probabilities], shots=args.shots, seed=args.seed,
            alpha=config.alpha,
        )  # fmt: skip
        out["on_device"] = {**checked.verdicts[0].to_dict(), "mitigation": checked.mitigation,
                            **_export_device(args, checked.circuits[0])}  # fmt: skip
        passed = passed and checked.passed
    _print_json(out)
    return 0 if passed else EXIT_MISMATCH


def cmd_bench(args: argparse.Namespace) -> int:
    from qlens_q.bench import format_table, scale_benchmark

    rows = []
    for row in scale_benchmark(args.qubits, routes=args.routes, seed=args.seed, backend=_backend(args)):
        _print_json(row)
        rows.append(row)
    sys.stderr.write(format_table(rows) + "\n")
    return 0


def cmd_bench_goals(args: argparse.Namespace) -> int:
    from qlens_q.bench import goals
    from qlens_q.bench.throughput import distributions_from_run, random_distributions

    dists = (
        distributions_from_run(args.run)
        if args.run is not None
        else random_distributions(args.examples, args.classes, args.seed)
    )
    rows = []
    bench = goals.goal_rows(
        seed=args.seed,
        stock=not args.no_stock,
        sequential=not args.no_sequential,
        dists=dists,
        gate_qubits=goals.GATE_QUBITS + (goals.SLOW_GATE_QUBITS if args.slow else ()),
        backend=_backend(args),
        progress=_progress(args),
    )
    for row in bench:
        _print_json(row)
        rows.append(row)
    sys.stderr.write(goals.format_goals(rows) + "\n")
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    from qlens_q.pipeline import RunConfig, execute, validate

    config = RunConfig(
        out=args.out, task=args.task, backbone=args.backbone, embeddings=args.embeddings, data=args.data, seed=args.seed, shots=args.shots, shot_examples=args.shot_examples, method=args.method,
        limit=args.limit, epochs=args.epochs, model=args.model, lens=args.lens, readout=args.readout,
        vocab=args.vocab, top_k=args.top_k, analysis=not args.no_analysis, figures=not args.no_figures,
        permutations=args.permutations,
        heldout_circuits=args.heldout_circuits, progress=_progress(args), executor=args.executor,
        backend=None if args.backend.lower() == "aer" else args.backend,
    )  # fmt: skip
    # Every input is checked before torch or transformers is imported: a refusal is instant.
    validate(config)
    import torch

    # Process-wide settings belong here, not in the library: one torch thread (tiny matrices;
    # two threads were several times slower when another process shared the cores). Nothing
    # is imported in the background (the analysis no longer needs dcor and numba).
    torch.set_num_threads(1)
    out = Path(config.out)  # as the run directory is written (qlens_q.runfiles.save_run)
    before = _folder_identity(out)
    try:
        result = execute(config)
    except KeyboardInterrupt:
        # Published already? The run is renamed into place last, so OUT is then another folder than before.
        published = out if _folder_identity(out) not in (None, before) else None
        if published is not None:
            _leave_interrupted(published)
            return EXIT_INTERRUPTED
        raise
    _STATE["finished"] = True  # the run is published: from here an interrupt changes nothing
    task_flag = "" if result.config.task == "classify" else f" --task {result.config.task}"
    print(f"qlens-q run{task_flag}: {result.summary()}")
    return 0 if result.passed else EXIT_MISMATCH


def _folder_identity(folder: Path) -> tuple[int, int] | None:
    """``(device, inode)`` of ``folder`` when it holds a run, else ``None``: publishing renames a new folder
    into place, so the identity changes exactly when a run has been published there."""
    from qlens_q.runfiles import is_run

    try:
        info = folder.stat()
    except OSError:
        return None
    return (info.st_dev, info.st_ino) if is_run(folder) else None


def _leave_interrupted(published: Path) -> None:
    """One line: interrupted after ``published`` was published (the caller exits 130)."""
    _STATE["finished"] = True
    sys.stdout.flush()
    sys.stderr.write(f"qlens-q: interrupted after the run was published: {published / 'report.md'}\n")
    sys.stderr.flush()


def _progress(args: argparse.Namespace) -> bool:
    """Progress bars: only on a terminal (tqdm's own default), and never under ``--quiet``."""
    return not args.quiet and sys.stderr.isatty()


def cmd_analyze(args: argparse.Namespace) -> int:
    from qlens_q.rundir import reanalyze

    report = reanalyze(
        args.dir,
        seed=args.seed,
        permutations=args.permutations,
        top_k=args.top_k,
        figures=not args.no_figures,
    )
    figures = report["analysis"].get("figures", [])
    print(f"qlens-q analyze: {len(figures)} figures, tables in {Path(args.dir) / 'report.md'}")
    return 0


class _Formatter(argparse.RawDescriptionHelpFormatter):
    """Help lines end with the option's default (unless it has none, or says it itself)."""

    def _get_help_string(self, action: argparse.Action) -> str:
        text = action.help or ""
        if (
            "(default" not in text
            and action.default is not None
            and action.default is not argparse.SUPPRESS
            and action.default is not False
            and (action.option_strings or action.nargs in (argparse.OPTIONAL, argparse.ZERO_OR_MORE))
        ):
            text += " (default: %(default)s)"
        return text


def _add_backend_args(p: argparse.ArgumentParser) -> None:
    _add_device_args(p)
    _add_executor_arg(p)


def _add_executor_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--executor",
        default=None,
        metavar="dask[=ADDRESS]",
        help="run the Aer batches on dask.distributed: 'dask' starts a local cluster, 'dask=ADDRESS' "
        "(e.g. tcp://host:8786) uses a running scheduler; needs qlens-q[dask] (default: in this process)",
    )


def _add_device_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--device", default="CPU", choices=validation.AER_DEVICES, help="Aer device")
    p.add_argument(
        "--allow-cpu-fallback",
        action="store_true",
        help="with --device GPU: run on the CPU if this Aer has no GPU support",
    )


def _add_device_model_args(p: argparse.ArgumentParser, *, export: bool = True) -> None:
    p.add_argument(
        "--backend",
        type=_device_name,
        default="aer",
        metavar="NAME",
        help="'aer' (ideal) or a fake IBM device (offline snapshot from qiskit-ibm-runtime, e.g. fake_torino, "
        "fake_fez, fake_kyiv; needs qlens-q[devices]): each circuit is also transpiled for it (optimisation level "
        "3, seeded) and run on its noise model, with readout mitigation (mthree); the exit code says whether the "
        "model's distribution was reproduced on it",
    )
    if export:
        p.add_argument(
            "--export-device",
            default=None,
            metavar="PATH",
            help="with --backend NAME: also write the circuit as transpiled for the device (OpenQASM 3, physical "
            "qubits) to PATH",
        )


def _add_shots_seed(p: argparse.ArgumentParser, seed: int = 0) -> None:
    p.add_argument(
        "--shots", type=SHOTS, default=10_000, help=f"Aer samples per circuit (1 to {MAX_SHOTS:,})"
    )
    p.add_argument("--seed", type=SEED, default=seed, help="seed of everything random (0 to 2**32 - 1)")


def _add_goal_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--seed", type=SEED, default=0, help="seed of the random layers and the throughput batch")
    p.add_argument(
        "--examples",
        type=_int_in(1, 100_000),
        default=214,
        help="throughput batch: examples (3 circuits each)",
    )
    p.add_argument("--classes", type=_int_in(2, 2**20), default=3, help="throughput batch: classes")
    p.add_argument("--run", default=None, help="throughput batch: the distributions of this run directory")
    p.add_argument("--no-stock", action="store_true", help="skip the stock route at 16 qubits (~100 s)")
    p.add_argument("--no-sequential", action="store_true", help="skip the one-at-a-time throughput run")
    p.add_argument(
        "--slow", action="store_true", help="also count the isometry route's gates at 14 qubits (~1 min)"
    )
    p.add_argument("--quiet", action="store_true", help="no progress bars")
    _add_device_args(p)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="qlens-q", description=__doc__, formatter_class=_Formatter)
    parser.add_argument("--version", action="version", version=f"qlens-q {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    def command(name: str, text: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=text, description=text, formatter_class=_Formatter)

    p = command("compile", "compile a layer (P -> Q) into an OpenQASM circuit")
    p.add_argument("--p-in", required=True, help="input distribution: '0.3,0.7' or a .json/.npy file")
    p.add_argument("--p-out", required=True, help="output distribution, same forms")
    p.add_argument(
        "--alpha",
        type=_float_in(*validation.EVOLUTION_TIME_RANGE),
        default=1.0,
        help="evolution time in U = exp(-i alpha H) ({:g} to {:g})".format(*validation.EVOLUTION_TIME_RANGE),
    )
    p.add_argument("--method", default="structured", choices=METHODS, help="how the operator becomes gates")
    p.add_argument("--trotter-reps", type=int, default=1, help="Trotter steps (--method evolution)")
    p.add_argument("--trotter-order", type=int, default=1, choices=(0, 1, 2, 4),
                   help="1 Lie-Trotter, 2/4 Suzuki, 0 exact (--method evolution)")  # fmt: skip
    p.add_argument(
        "--format", default="qasm3", choices=validation.QASM_FORMATS, help="OpenQASM version of the file"
    )
    p.add_argument(
        "-o", "--output", required=True, help="the QASM file to write (an existing file is replaced)"
    )
    p.set_defaults(func=cmd_compile)

    p = command("simulate", "exact Born probabilities and shot counts of a QASM file on Aer")
    p.add_argument("file", help="an OpenQASM 2 or 3 file")
    _add_shots_seed(p)
    _add_backend_args(p)
    _add_device_model_args(p)
    p.set_defaults(func=cmd_simulate)

    p = command("crosscheck", "check a QASM file's Born distribution against an expected one")
    p.add_argument("file", help="an OpenQASM 2 or 3 file")
    p.add_argument("--expect", required=True, help="expected distribution: '0.3,0.7' or a .json/.npy file")
    _add_shots_seed(p)
    p.add_argument(
        "--tol",
        type=_float_in(*validation.TOL_RANGE),
        default=1e-9,
        help="largest accepted exact Born error max_j |p_j - q_j| ({:g} to {:g}: a larger one would pass "
        "distributions that differ)".format(*validation.TOL_RANGE),
    )
    _add_backend_args(p)
    _add_device_model_args(p)
    p.set_defaults(func=cmd_crosscheck)

    p = command("run", "train (or load) a model and its lenses, build, export and cross-check every circuit")
    p.add_argument("--out", required=True, help="run directory (created; an earlier run there is replaced)")
    p.add_argument(
        "--task",
        default=None,
        choices=tasks.names(),
        help="classify: sentiment classification (any backbone); lm: next-word prediction (the toy model or a "
        "GPT-2) (default: classify, or lm for a causal LM backbone)",
    )
    p.add_argument(
        "--backbone",
        default="toy",
        help="the model: 'toy' (the paper's one-block model, trained here), 'minilm' (all-MiniLM-L6-v2, frozen, "
        "with a linear head trained here; needs qlens-q[hf]) or 'hf:PATH' (a local Hugging Face model folder: "
        "a BERT-family (bert, roberta, xlm-roberta, electra, camembert) sequence classifier or encoder, or a GPT-2 "
        "causal LM: --task lm reads it at every position whose next token is real, --task classify trains a "
        "linear head on its last token; '~' is expanded; other model types and decoder classifiers are refused)",
    )
    p.add_argument(
        "--data",
        default="builtin",
        help="'builtin' (generated corpus), 'builtin:N' (N sentences or documents), or a SentiHood JSON folder "
        "(classify)",
    )
    _add_shots_seed(p, seed=42)
    p.add_argument("--method", default="structured", choices=METHODS, help="how operators become gates")
    p.add_argument(
        "--limit",
        type=int,
        default=None,
        help="only the first K test examples get circuits (default: classify all, lm 16 positions)",
    )
    p.add_argument(
        "--epochs",
        type=int,
        default=None,
        help="toy model only, trained here (not with --model): training epochs (default: classify 10, lm 1)",
    )
    p.add_argument(
        "--model",
        default=None,
        help="toy model only: load model, tokenizer and lenses from this directory (a run's model/) (default: train)",
    )
    p.add_argument(
        "--embeddings",
        default=None,
        choices=("learned", "minilm"),
        help="toy classifier only: token and position embeddings learned from scratch, or all-MiniLM-L6-v2's, "
        "frozen (the paper froze GPT-2's) (default: learned)",
    )
    p.add_argument(
        "--lens",
        default=None,
        choices=("bias", "affine"),
        help="tuned-lens kind: h + b, or A h + b (default: bias for the toy model, affine for pretrained backbones)",
    )
    p.add_argument(
        "--readout",
        default=None,
        choices=("cls", "mean", "last"),
        help="classify only: read the [CLS] position, the mean over tokens or the last token (default: cls; mean "
        "for a bare encoder; last, the only one, for a GPT-2)",
    )
    p.add_argument(
        "--vocab",
        type=int,
        default=None,
        help="toy lm only: vocabulary size, special tokens included (default: 4096)",
    )
    p.add_argument(
        "--top-k",
        type=int,
        default=None,
        help="lm only: outputs listed per sub-layer as most raised / lowered (default: 10)",
    )
    p.add_argument("--no-analysis", action="store_true", help="skip the analysis and figures")
    p.add_argument("--no-figures", action="store_true", help="the analysis' tables without its figures")
    p.add_argument(
        "--permutations",
        type=PERMUTATIONS,
        default=1000,
        help=f"permutations per test (1 to {validation.MAX_PERMUTATIONS:,})",
    )
    p.add_argument(
        "--shot-examples",
        type=_count_or_all,
        default=SHOT_EXAMPLES,
        metavar="K",
        help=f"the first K examples' circuits get --shots shots each (default {SHOT_EXAMPLES}; 'all': every "
        "example's); every circuit gets Aer's exact Born and <M> checks",
    )
    p.add_argument(
        "--heldout-circuits", type=int, default=16,
        help="held-out test: fixed-operator circuits run on Aer per candidate and sub-layer, at most (0: the fits only)",
    )  # fmt: skip
    p.add_argument("--quiet", action="store_true", help="no progress bars")
    _add_executor_arg(p)
    _add_device_model_args(p, export=False)
    p.set_defaults(func=cmd_run)

    p = command(
        "analyze", "the paper's analysis and figures for a run directory, from its saved trajectories"
    )
    p.add_argument("dir", help="a directory written by qlens-q run (or CheckResult.save)")
    p.add_argument(
        "--seed", type=SEED, default=None, help="seed of the permutations and baselines (default: the run's)"
    )
    p.add_argument(
        "--permutations",
        type=PERMUTATIONS,
        default=None,
        help=f"permutations per test, 1 to {validation.MAX_PERMUTATIONS:,} (default: the run's)",
    )
    p.add_argument(
        "--top-k", type=int, default=None, help="outputs listed per sub-layer (default: the run's, 10)"
    )
    p.add_argument("--no-figures", action="store_true", help="tables only")
    p.set_defaults(func=cmd_analyze)

    p = command("bench", "benchmarks: every speed goal (default), or one benchmark")
    _add_goal_args(p)
    p.set_defaults(func=cmd_bench_goals)
    bench = p.add_subparsers(dest="bench", parser_class=_Parser)
    b = bench.add_parser(
        "goals", help="every speed goal side by side (the default)", formatter_class=_Formatter
    )
    _add_goal_args(b)
    b.set_defaults(func=cmd_bench_goals)
    b = bench.add_parser(
        "scale", help="compile + simulate one layer circuit per size and route", formatter_class=_Formatter
    )
    b.add_argument("--qubits", type=_int_list, default=[2, 4, 6, 8, 10, 12, 14, 16], help="qubit counts")
    b.add_argument("--routes", type=lambda s: s.split(","), default=["stock", "structured", "structured-native", "evolution"],
                   help="routes, comma-separated")  # fmt: skip
    b.add_argument("--seed", type=SEED, default=0, help="seed of the random layers")
    _add_device_args(b)
    b.set_defaults(func=cmd_bench)
    return parser


def help_markdown(width: int = 100) -> str:
    """``docs/cli.md``: every command's ``--help``, as the parser prints it at ``width`` columns."""
    import os

    previous = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = str(width)
    try:
        parser = build_parser()
        parts = [
            "# qlens-q command line",
            "",
            "Every command and option with its default, as `--help` prints them (this file is generated by "
            "`qlens_q.cli.help_markdown()`; `tests/test_cli.py` checks that it is current).",
            "",
            "```text",
            parser.format_help().rstrip(),
            "```",
        ]
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        for name, command in sub.choices.items():
            parts += ["", f"## qlens-q {name}", "", "```text", command.format_help().rstrip(), "```"]
            nested = [a for a in command._actions if isinstance(a, argparse._SubParsersAction)]
            for inner in nested:
                for inner_name, inner_command in inner.choices.items():
                    parts += [
                        "",
                        f"### qlens-q {name} {inner_name}",
                        "",
                        "```text",
                        inner_command.format_help().rstrip(),
                        "```",
                    ]
        return "\n".join(parts) + "\n"
    finally:
        if previous is None:
            os.environ.pop("COLUMNS", None)
        else:
            os.environ["COLUMNS"] = previous


#: ``finished`` is set once a command's outcome is final (its run published, its error line or exit code
#: decided): an interrupt from then on changes nothing and is ignored, so a success line is never followed
#: by "interrupted" (:func:`main` clears it; ``qlens_q.__main__`` keeps this handler until the process exits).
_STATE = {"finished": False}


def _interrupt(signum: int, _frame: object) -> None:
    """SIGINT and SIGTERM during a command: a ``KeyboardInterrupt`` (nothing once the outcome is final)."""
    if _STATE["finished"]:
        return
    raise KeyboardInterrupt(f"signal {signum}")


#: Library argument names whose option is not ``--`` + the name with dashes (the rest come from the parser).
OPTION_NAMES: dict[str, str] = {
    "expected": "--expect",
    "qasm_format": "--format",
    "analysis": "--no-analysis",
    "model_dir": "--model",
}
#: ``name=value`` in a library message: how a Python caller would set another argument.
_SETTING = re.compile(r"\b([a-z][a-z0-9_]*)=('[^']*'|[A-Za-z0-9_.:+-]+)")


def _options(parser: argparse.ArgumentParser) -> dict[str, str]:
    """Every option of ``parser`` and its sub-commands: argument name (``dest``) -> ``--option``."""
    found: dict[str, str] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                for dest, option in _options(sub).items():
                    found.setdefault(dest, option)
        elif action.option_strings and action.dest not in ("help", "version"):
            found.setdefault(action.dest, max(action.option_strings, key=len))
    return found


def _in_option_words(exc: InputError, parser: argparse.ArgumentParser) -> str:
    """``--option: problem`` for a library error naming Python arguments (``seed``, ``task='lm'``)."""
    options = {**_options(parser), **OPTION_NAMES}

    def setting(match: re.Match[str]) -> str:
        name, value = match.group(1), match.group(2).strip("'")
        if name not in options:
            return match.group(0)
        if name == "analysis" and value == "False":
            return "--no-analysis"
        return f"{options[name]} {value}"

    return f"{options.get(exc.argument, exc.argument)}: {_SETTING.sub(setting, exc.problem)}"


def _error_line(kind: str, text: str) -> None:
    """One line on stderr, whatever the message holds (a file name may contain a newline); the outcome is final."""
    _STATE["finished"] = True
    text = text.replace("\r", "\\r").replace("\n", "\\n")
    sys.stderr.write(f"qlens-q: {kind}: {text}\n")


#: Environment defaults of the command line (a user's own setting wins), read by the Hugging Face
#: libraries when they are first imported: transformers logs errors only and draws no progress bar of its
#: own (the command line draws its own bars, or none under --quiet), and the tokenizers library does not
#: warn when a worker process forks after it ran in parallel. The library itself changes none of them.
QUIET_ENVIRONMENT = {
    "TRANSFORMERS_VERBOSITY": "error",
    "HF_HUB_DISABLE_PROGRESS_BARS": "1",
    "TOKENIZERS_PARALLELISM": "false",
}


def _quiet_libraries() -> None:
    """Set :data:`QUIET_ENVIRONMENT` where the user has not.

    No Python warning is filtered: running every command (compile, simulate, crosscheck, run with each
    task and backbone, analyze) shows none that is noise, so any warning a command raises, a numerical
    ``RuntimeWarning`` (overflow, division by zero, an invalid value) first, reaches stderr.
    """
    for name, value in QUIET_ENVIRONMENT.items():
        os.environ.setdefault(name, value)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``qlens-q`` console script.

    The one exception boundary: every failure becomes one line on stderr and an exit code
    (``--help`` lists them), whatever raised it, ``BaseException`` subclasses such as the
    Rust OpenQASM 2 parser's ``PanicException`` included; warnings are printed (see :func:`_quiet_libraries`).
    """
    # SIGTERM ends a command like Ctrl-C (SIGINT, unless the shell ignores it): the staging directory is
    # removed, nothing half-written stays, one line and exit 130. Once the outcome is final an interrupt is
    # ignored (:func:`_interrupt`); afterwards the previous handlers come back (``qlens_q.__main__``, the
    # console script, keeps this one until the process exits, so shutting down is never interrupted).
    _STATE["finished"] = False
    previous = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    for sig, handler in previous.items():
        if sig == signal.SIGTERM or handler is not signal.SIG_IGN:
            signal.signal(sig, _interrupt)
    try:
        try:
            _quiet_libraries()
            code = _run_command(build_parser(), argv)
        except KeyboardInterrupt:  # while the parser was built
            _STATE["finished"] = True
            sys.stderr.write("qlens-q: interrupted\n")
            return EXIT_INTERRUPTED
        _STATE["finished"] = True
        return code
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler if handler is not None else signal.SIG_DFL)


def _run_command(parser: argparse.ArgumentParser, argv: Sequence[str] | None) -> int:
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, or a usage error (already printed)
        return exc.code if isinstance(exc.code, int) else EXIT_BAD_INPUT
    try:
        return int(args.func(args))
    except InputError as exc:
        _error_line("error", _in_option_words(exc, parser))
        return EXIT_BAD_INPUT
    except SimulationError as exc:
        _error_line("simulator error", str(exc))
        return EXIT_SIMULATOR
    except QlensError as exc:
        _error_line("error", str(exc))
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        _STATE["finished"] = True
        sys.stderr.write("qlens-q: interrupted\n")
        return EXIT_INTERRUPTED
    except RecursionError:
        _error_line("error", "an input is nested too deeply to read")
        return EXIT_BAD_INPUT
    except MemoryError:
        _error_line("error", "an input needs more memory than this machine has")
        return EXIT_BAD_INPUT
    except SystemExit:
        raise
    except BaseException as exc:  # a bug, or a library failing in a way qlens-q did not foresee
        _error_line("internal error", f"{type(exc).__name__}: {' '.join(str(exc).split())[:300]}")
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
