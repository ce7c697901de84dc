"""``qlens-q run``: the whole QLENS pipeline, model to verdicts, in one call.

    data -> tokenizer -> classifier (trained or loaded) -> tuned lenses
         -> per test example: p_embedding, p_attention, p_final
         -> layer operators (attention: p_emb -> p_att, MLP: p_att -> p_final)
         -> circuits (attention, MLP, trajectory) -> OpenQASM 3 files
         -> the files' text read back -> Aer cross-check against the model
         -> report.json, report.md (timings apart in timing.json)

The run is built in a staging directory beside ``--out`` and renamed into place
at the end, so an interrupted run leaves nothing half-written at ``--out``.
"""

from __future__ import annotations

import dataclasses
import importlib
import json
import os
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np
import torch
from numpy.typing import NDArray
from qiskit import QuantumCircuit
from tqdm import tqdm

from qlens_q import __version__, io, qasm
from qlens_q import executor as executors
from qlens_q.circuits import Synthesis, layer_circuit, trajectory_circuit
from qlens_q.crosscheck import CheckConfig, Verdict, crosscheck
from qlens_q.data.builtin import load_builtin
from qlens_q.data.dataset import CLASS_NAMES, Split
from qlens_q.data.sentihood import load_sentihood
from qlens_q.data.tokenizer import Tokenizer, tokenize
from qlens_q.errors import InputError
from qlens_q.nn.lens import LENS_CONFIG_FILE, LensConfig, TunedLens, lens_metrics, train_lens
from qlens_q.nn.model import EncoderClassifier, ModelConfig
from qlens_q.nn.train import accuracy, read_residuals, train_classifier
from qlens_q.operators import layer_operator
from qlens_q.simulation import Backend

REPORT_FORMAT = "qlens-q-report/1"
TOKENIZER_FILE = "tokenizer.json"
LAYERS = ("attention", "mlp", "trajectory")
#: Longest token sequence the model reads (the [CLS] token included).
MAX_LEN_CAP = 64
#: Sentences of the generated corpus in the default run (1,600 train / 400 test).
BUILTIN_SIZE = 2000
#: Circuits per Aer batch (one progress-bar step each).
SIM_CHUNK = 256


@dataclass(frozen=True)
class RunConfig:
    """Everything ``qlens-q run`` is told (saved in ``report.json``)."""

    out: str
    data: str = "builtin"
    seed: int = 42
    shots: int = 10_000
    method: str = "structured"
    limit: int | None = None
    epochs: int = 10
    model: str | None = None
    lens: str = "bias"
    readout: str = "cls"
    analysis: bool = True
    permutations: int = 1000
    progress: bool = True
    executor: str | None = None


class Stopwatch:
    """Wall-clock seconds per named stage."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] = round(self.seconds.get(name, 0.0) + time.perf_counter() - start, 3)


def load_split(data: str, seed: int) -> Split:
    """``builtin`` (the generated corpus), ``builtin:N`` (N sentences), or a SentiHood JSON directory."""
    if data == "builtin":
        return load_builtin(seed=seed, n=BUILTIN_SIZE)
    if data.startswith("builtin:"):
        size = data.partition(":")[2]
        if not size.isdigit() or int(size) < 10:
            raise InputError("--data", f"builtin:N needs a whole number N >= 10, got {size!r}")
        return load_builtin(seed=seed, n=int(size))
    path = Path(data)
    if not path.exists():
        raise InputError("--data", f"{data} does not exist (give 'builtin' or a SentiHood JSON folder)")
    return load_sentihood(path, seed=seed)


def softmax64(logits: torch.Tensor) -> NDArray[np.float64]:
    """Softmax in float64, rows summing to 1 to machine precision."""
    x = logits.detach().double().numpy()
    x = np.exp(x - x.max(axis=-1, keepdims=True))
    return x / x.sum(axis=-1, keepdims=True)


def preload_analysis_imports() -> None:
    """Import ``dcor`` on a background thread while the model trains.

    Importing it compiles its numba kernels (about 7 s here, mostly in LLVM,
    which releases the GIL); training uses one thread of two, so the import
    overlaps it instead of adding to the analysis. Any failure surfaces later,
    when the analysis imports ``dcor`` itself.
    """

    def load() -> None:
        try:
            importlib.import_module("dcor")
        except Exception:  # the analysis' own import reports it
            return

    threading.Thread(target=load, name="qlens-q-preload-dcor", daemon=True).start()


def _is_run(out: Path) -> bool:
    """Whether ``out/report.json`` is a report that ``qlens-q run`` wrote (either task)."""
    try:
        report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(report, dict) and str(report.get("format", "")).startswith("qlens-q-")


def _check_out(out: Path) -> None:
    """Refuse an ``--out`` that is a file, or a non-empty folder that is not an earlier run; check it can be written."""
    if out.exists() and not out.is_dir():
        raise InputError("--out", f"{out} exists and is a file")
    if out.is_dir() and any(out.iterdir()) and not _is_run(out):
        raise InputError("--out", f"{out} is not empty and holds no qlens-q run; choose a new directory")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        os.rmdir(tempfile.mkdtemp(prefix=f".{out.name}.probe-", dir=out.parent))
    except OSError as exc:
        raise InputError("--out", f"cannot write in {out.parent} ({exc.strerror})") from None


def _remove_stale_staging(out: Path) -> None:
    """Delete staging folders of ``out`` left by runs that were killed outright (SIGKILL)."""
    for folder in out.parent.glob(f".{out.name}.partial-*"):
        pid = folder.name.rpartition("-")[2]
        if not pid.isdigit() or int(pid) == os.getpid():
            continue
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            shutil.rmtree(folder, ignore_errors=True)
        except PermissionError:  # alive, another user's
            continue


def _publish(staging: Path, out: Path) -> None:
    """Move the finished staging directory to ``out`` (replacing an earlier run there).

    If the second rename is interrupted, the earlier run is put back, so ``out``
    is always either the earlier complete run or the new complete run.
    """
    if not out.exists():
        staging.rename(out)
        return
    old = out.with_name(f".{out.name}.old-{os.getpid()}")
    out.rename(old)
    try:
        staging.rename(out)
    except BaseException:
        old.rename(out)
        raise
    shutil.rmtree(old)


@contextmanager
def staged(out: Path) -> Iterator[Path]:
    """A fresh staging folder beside ``out`` (with ``circuits/`` and ``model/``).

    Published as ``out`` (:func:`_publish`) when the block ends normally; removed,
    and the exception passed on, when it does not (Ctrl-C and SIGTERM included).
    """
    staging = out.with_name(f".{out.name}.partial-{os.getpid()}")
    _remove_stale_staging(out)
    shutil.rmtree(staging, ignore_errors=True)
    try:
        (staging / "circuits").mkdir(parents=True)
        (staging / "model").mkdir()
        yield staging
        _publish(staging, out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def save_model_files(directory: Path, model: Any, tokenizer: Tokenizer, lens: TunedLens) -> None:
    """The model (config + safetensors), its tokenizer and its lenses, side by side in ``directory``."""
    model.save(directory)
    tokenizer.save(directory / TOKENIZER_FILE)
    lens.save(directory)


def check_saved_lens(
    lens: TunedLens | None, directory: Path, *, kind: str, readout: str | None = None
) -> None:
    """Refuse a ``--lens`` (or ``--readout``) that differs from the lens saved beside a ``--model``.

    The saved lens is used as it is, so a different option would be recorded in
    the report without having been applied.
    """
    if lens is None:
        return
    if lens.config.kind != kind:
        raise InputError(
            "--lens",
            f"{directory} holds a {lens.config.kind!r} lens, not {kind!r}: give --lens {lens.config.kind}",
        )
    if readout is not None and lens.config.readout != readout:
        raise InputError(
            "--readout",
            f"{directory} holds a lens read at {lens.config.readout!r}, not {readout!r}: give --readout {lens.config.readout}",
        )


def _model_and_tokenizer(
    config: RunConfig, split: Split, clock: Stopwatch
) -> tuple[EncoderClassifier, Tokenizer, TunedLens | None]:
    if config.model is not None:
        directory = Path(config.model)
        if not directory.is_dir():
            raise InputError("--model", f"{directory} is not a directory")
        tokenizer = Tokenizer.load(directory / TOKENIZER_FILE)
        model = EncoderClassifier.load(directory)
        if model.config.vocab_size != tokenizer.vocab_size:
            raise InputError(
                "--model",
                f"tokenizer has {tokenizer.vocab_size} tokens, the model {model.config.vocab_size}",
            )
        lens = (
            TunedLens.load(directory, model.config.d_model)
            if (directory / LENS_CONFIG_FILE).exists()
            else None
        )
        check_saved_lens(lens, directory, kind=config.lens, readout=config.readout)
        return model, tokenizer, lens
    tokenizer = Tokenizer.fit(ex.text for ex in split.train)
    longest = 1 + max(len(tokenize(ex.text)) for ex in split.train)
    model_config = ModelConfig(
        vocab_size=tokenizer.vocab_size,
        max_len=min(MAX_LEN_CAP, longest),
        num_classes=len(CLASS_NAMES),
        epochs=config.epochs,
        seed=config.seed,
    )
    ids = tokenizer.encode_batch([ex.text for ex in split.train], model_config.max_len)
    labels = torch.tensor([ex.label for ex in split.train])
    with clock.stage("train"):
        model = train_classifier(model_config, ids, labels, progress=config.progress)
    return model, tokenizer, None


def crosscheck_shipped(
    circuits: Sequence[QuantumCircuit],
    expected: Sequence[NDArray[np.float64]],
    check: CheckConfig,
    executor: str | None,
    progress: bool,
) -> list[Verdict]:
    """Cross-check a run's circuits, on the ``--executor`` asked for (in process by default)."""
    with executors.open_executor(executor) as pool:
        return _crosscheck_chunks(
            circuits, expected, dataclasses.replace(check, backend=Backend(executor=pool)), progress
        )


def _crosscheck_chunks(
    circuits: Sequence[QuantumCircuit],
    expected: Sequence[NDArray[np.float64]],
    check: CheckConfig,
    progress: bool,
) -> list[Verdict]:
    verdicts: list[Verdict] = []
    bar = tqdm(total=len(circuits), desc="simulating", unit="circuit", disable=not progress, leave=False)
    for start in range(0, len(circuits), SIM_CHUNK):
        chunk = slice(start, start + SIM_CHUNK)
        # every chunk gets its own seed, derived from the run seed
        seeded = dataclasses.replace(check, seed=check.seed + start, family_size=len(circuits))
        verdicts += crosscheck(circuits[chunk], expected[chunk], seeded)
        bar.update(len(circuits[chunk]))
    bar.close()
    return verdicts


@dataclass(frozen=True)
class Readings:
    """What the model and its lenses say about the test split (float64 rows sum to 1)."""

    p_embedding: NDArray[np.float64]
    p_attention: NDArray[np.float64]
    p_final: NDArray[np.float64]
    lens: dict[str, dict[str, float]]
    model: dict[str, Any]


def read_model(
    config: RunConfig, split: Split, model: EncoderClassifier, tokenizer: Tokenizer, lens: TunedLens | None
) -> tuple[TunedLens, Readings]:
    """Train the lenses if needed (residuals cached once) and read every test example's distributions."""
    max_len = model.config.max_len
    train_ids = tokenizer.encode_batch([ex.text for ex in split.train], max_len)
    test_ids = tokenizer.encode_batch([ex.text for ex in split.test], max_len)
    lens_config = (
        lens.config
        if lens is not None
        else LensConfig(kind=config.lens, readout=config.readout, seed=config.seed)
    )
    train_res, train_logits = read_residuals(model, train_ids, lens_config.readout)
    if lens is None:
        lens = train_lens(model, train_res, train_logits, lens_config, progress=config.progress)
    test_res, test_logits = read_residuals(model, test_ids, lens_config.readout)
    with torch.no_grad():
        p_emb = softmax64(lens.logits(model, "embedding", test_res["embedding"]))
        p_att = softmax64(lens.logits(model, "attention", test_res["attention"]))
    model_info = {
        "config": asdict(model.config),
        "parameters": sum(p.numel() for p in model.parameters()),
        "vocab_size": tokenizer.vocab_size,
        "train_accuracy": accuracy(train_logits, torch.tensor([ex.label for ex in split.train])),
        "test_accuracy": accuracy(test_logits, torch.tensor([ex.label for ex in split.test])),
    }
    metrics = lens_metrics(model, lens, test_res, test_logits)
    return lens, Readings(p_emb, p_att, softmax64(test_logits), metrics, model_info)


def build_circuits(
    readings: Readings, count: int, synthesis: Synthesis
) -> tuple[list[QuantumCircuit], list[NDArray[np.float64]], list[dict[str, bool]]]:
    """Per example: attention, MLP and trajectory circuits (measured), their targets, identity flags."""
    circuits, expected, identities = [], [], []
    for k in range(count):
        p_emb, p_att, p_fin = readings.p_embedding[k], readings.p_attention[k], readings.p_final[k]
        att = layer_operator(p_emb, p_att, names=("p_embedding", "p_attention"))
        mlp = layer_operator(p_att, p_fin, names=("p_attention", "p_final"))
        circuits += [
            layer_circuit(att, synthesis, measure=True),
            layer_circuit(mlp, synthesis, measure=True),
            trajectory_circuit([p_emb, p_att, p_fin], synthesis, measure=True),
        ]
        expected += [p_att, p_fin, p_fin]
        identities.append({"attention": att.is_identity, "mlp": mlp.is_identity})
    return circuits, expected, identities


def run(config: RunConfig, log: Callable[[str], None] = print) -> dict[str, Any]:
    """Run the pipeline and publish ``config.out``; returns the report (also in ``report.json``)."""
    out = Path(config.out)
    _check_out(out)
    if config.limit is not None and config.limit < 1:
        raise InputError("--limit", f"must be >= 1, got {config.limit}")
    if config.analysis and config.limit == 1:
        raise InputError(
            "--limit", "the analysis compares examples: give --limit 2 or more, or --no-analysis"
        )
    if config.epochs < 1:
        raise InputError("--epochs", f"must be >= 1, got {config.epochs}")
    executors.parse(config.executor)  # a bad --executor fails before training
    synthesis = Synthesis(config.method)
    check = CheckConfig(shots=config.shots, seed=config.seed)
    clock = Stopwatch()
    torch.set_num_threads(1)  # tiny matrices: one thread is fastest, and immune to oversubscription
    if config.analysis:
        preload_analysis_imports()

    with clock.stage("data"):
        split = load_split(config.data, config.seed)
    model, tokenizer, lens = _model_and_tokenizer(config, split, clock)
    with clock.stage("lens"):
        lens, readings = read_model(config, split, model, tokenizer, lens)
    examples = split.test[: config.limit] if config.limit else split.test

    with staged(out) as staging:
        save_model_files(staging / "model", model, tokenizer, lens)
        with clock.stage("compile"):
            circuits, expected, identities = build_circuits(readings, len(examples), synthesis)
            exported = qasm.transpile_for_export(circuits)
        with clock.stage("export"):
            files = [f"circuits/{k:04d}_{layer}.qasm" for k in range(len(examples)) for layer in LAYERS]
            texts = [qasm.dumps(qc, "qasm3") for qc in exported]
            for name, text in zip(files, texts, strict=True):
                io.atomic_write_text(staging / name, text)
            # Cross-check what was written: the files' text, parsed back.
            shipped = [qasm.loads(text, source=name) for name, text in zip(files, texts, strict=True)]
        with clock.stage("simulate"):
            verdicts = crosscheck_shipped(shipped, expected, check, config.executor, config.progress)

        report = _report(config, split, readings, examples, files, identities, verdicts)
        io.atomic_write_json(staging / "report.json", report)
        if config.analysis:
            with clock.stage("analysis"):
                report = add_analysis(
                    staging, seed=config.seed, permutations=config.permutations, clock=clock
                )
        else:
            io.atomic_write_text(staging / "report.md", render_markdown(report))
        io.atomic_write_json(staging / "timing.json", {"seconds": clock.seconds})
    summary = report["summary"]
    log(
        f"qlens-q run: {summary['passed']}/{summary['circuits']} cross-checks passed "
        f"({summary['examples']} examples, test accuracy {report['model']['test_accuracy']:.3f}) -> {out / 'report.md'}"
    )
    return report


def _report(
    config: RunConfig,
    split: Split,
    readings: Readings,
    examples: Sequence[Any],
    files: list[str],
    identities: list[dict[str, bool]],
    verdicts: list[Verdict],
) -> dict[str, Any]:
    rows = []
    for k, ex in enumerate(examples):
        v = verdicts[3 * k : 3 * k + 3]
        rows.append(
            {
                "id": ex.id,
                "text": ex.text,
                "label": ex.label,
                "prediction": int(readings.p_final[k].argmax()),
                "probs": {
                    "embedding": readings.p_embedding[k].tolist(),
                    "attention": readings.p_attention[k].tolist(),
                    "final": readings.p_final[k].tolist(),
                },
                "identity_layer": identities[k],
                "circuits": dict(zip(LAYERS, files[3 * k : 3 * k + 3], strict=True)),
                "crosscheck": {layer: verdict.to_dict() for layer, verdict in zip(LAYERS, v, strict=True)},
            }
        )
    passed = sum(v.passed for v in verdicts)
    per_layer = {
        layer: {
            "passed": sum(v.passed for v in verdicts[j::3]),
            "max_abs_error": max((v.max_abs_error for v in verdicts[j::3]), default=0.0),
        }
        for j, layer in enumerate(LAYERS)
    }
    return {
        "format": REPORT_FORMAT,
        "qlens_q_version": __version__,
        "config": {k: v for k, v in asdict(config).items() if k not in ("progress", "out")},
        "data": {
            "source": split.source,
            "train": len(split.train),
            "test": len(split.test),
            "classes": list(CLASS_NAMES),
        },
        "model": readings.model,
        "lens": readings.lens,
        "crosscheck": {
            "shots": config.shots,
            "seed": config.seed,
            "tol": CheckConfig().tol,
            "alpha": CheckConfig().alpha,
        },
        "summary": {
            "examples": len(examples),
            "circuits": len(verdicts),
            "passed": passed,
            "failed": len(verdicts) - passed,
            "identity_layers": sum(d["attention"] + d["mlp"] for d in identities),
            "per_layer": per_layer,
        },
        "examples": rows,
    }


def render_markdown(report: dict[str, Any]) -> str:
    """The human summary ``report.md``."""
    m, s, lens = report["model"], report["summary"], report["lens"]
    lines = [
        "# qlens-q run",
        "",
        f"Data: {report['data']['source']} ({report['data']['train']} train / {report['data']['test']} test). "
        f"Method: `{report['config']['method']}`, {report['config']['shots']} shots, seed {report['config']['seed']}.",
        "",
        "## Model",
        "",
        f"- test accuracy **{m['test_accuracy']:.4f}** (train {m['train_accuracy']:.4f}), "
        f"{m['parameters']:,} parameters, vocabulary {m['vocab_size']:,}",
        "",
        "| lens | KL(final ‖ lens) on test | argmax agreement with the model |",
        "| --- | --- | --- |",
    ]
    lines += [f"| {p} | {v['kl']:.4f} | {v['agreement']:.4f} |" for p, v in lens.items()]
    lines += [
        "",
        "## Cross-check (Aer, on the exported OpenQASM 3 text)",
        "",
        f"**{s['passed']} / {s['circuits']} circuits passed** over {s['examples']} examples "
        f"({s['identity_layers']} identity layers).",
        "",
        "| circuit | passed | max exact Born error |",
        "| --- | --- | --- |",
    ]
    lines += [
        f"| {k} | {v['passed']} / {s['examples']} | {v['max_abs_error']:.2e} |"
        for k, v in s["per_layer"].items()
    ]
    failures = [(ex["id"], layer, c["failures"]) for ex in report["examples"] for layer, c in ex["crosscheck"].items()
                if not c["passed"]]  # fmt: skip
    if failures:
        lines += ["", "## Failures", ""]
        lines += [f"- example {i}, {layer}: {'; '.join(f)}" for i, layer, f in failures[:50]]
    lines += [
        "",
        "## First examples",
        "",
        "| id | label | p_embedding | p_attention | p_final | text |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for ex in report["examples"][:10]:
        fmt = lambda p: "(" + ", ".join(f"{x:.3f}" for x in p) + ")"  # noqa: E731
        pr = ex["probs"]
        lines.append(
            f"| {ex['id']} | {ex['label']} | {fmt(pr['embedding'])} | {fmt(pr['attention'])} | {fmt(pr['final'])} "
            f"| {ex['text'][:60]} |"
        )
    if "analysis" in report:
        from qlens_q.stats.analysis import markdown_table

        analysis = report["analysis"]
        lines += ["", "## QLENS analysis (ours in bold, the paper in brackets)", "", markdown_table(analysis)]
        if analysis.get("figures"):
            lines += ["", "## Figures", ""]
            lines += [f"![{Path(f).stem}]({f})" for f in analysis["figures"]]
    return "\n".join(lines) + "\n"


def add_analysis(
    run_dir: str | Path,
    *,
    seed: int | None = None,
    permutations: int | None = None,
    figures: bool = True,
    clock: Stopwatch | None = None,
) -> dict[str, Any]:
    """Analyse a run (:mod:`qlens_q.stats.analysis`), draw its figures, and rewrite its reports.

    ``report.json`` gains ``analysis``; ``report.md`` gains the paper's table and
    the figures. The analysis' own timings go to ``timing.json`` (never into
    ``report.json``, which must be the same for the same seed). ``seed`` and
    ``permutations`` default to the run's own (its ``config``), so analysing a run
    again reproduces the analysis ``qlens-q run`` wrote.
    """
    from qlens_q.stats.analysis import analyze_run

    report = load_report(run_dir)
    if len(report.get("examples", [])) < 2:
        raise InputError(str(run_dir), "holds fewer than 2 examples; the analysis compares examples")
    seed, permutations = (
        run_setting(report, "seed", seed, 0),
        run_setting(report, "permutations", permutations, 1000),
    )
    analysis = analyze_run(run_dir, seed=seed, permutations=permutations, figures=figures)
    seconds = {
        f"analysis_{key}": analysis.pop(key) for key in ("seconds", "figures_seconds") if key in analysis
    }
    report["analysis"] = analysis
    publish_analysis(Path(run_dir), report, render_markdown(report), seconds, clock)
    return report


def publish_analysis(
    root: Path, report: dict[str, Any], markdown: str, seconds: dict[str, float], clock: Stopwatch | None
) -> None:
    """Rewrite ``report.json`` and ``report.md``; the analysis' ``seconds`` go to ``clock`` or ``timing.json``."""
    io.atomic_write_json(root / "report.json", report)
    io.atomic_write_text(root / "report.md", markdown)
    if clock is not None:
        clock.seconds.update(seconds)
        return
    timing_path = root / "timing.json"
    timing = json.loads(timing_path.read_text()) if timing_path.is_file() else {"seconds": {}}
    timing["seconds"].update(seconds)
    io.atomic_write_json(timing_path, timing)


def run_setting(report: dict[str, Any], key: str, given: int | None, default: int) -> int:
    """``given`` if set, else the run's own ``config[key]`` (``default`` for a report without it)."""
    if given is not None:
        return given
    value = report.get("config", {}).get(key, default)
    return value if isinstance(value, int) and not isinstance(value, bool) else default


def load_report(directory: str | Path) -> dict[str, Any]:
    """Read ``report.json`` of a run directory, refusing another format or version."""
    path = Path(directory) / "report.json"
    try:
        report = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(str(path), f"cannot read report ({exc.__class__.__name__})") from None
    if not isinstance(report, dict) or report.get("format") != REPORT_FORMAT:
        raise InputError(str(path), f"is not a {REPORT_FORMAT} report")
    return report
