"""Our affine lens against tuned-lens 0.2's own training, on the same rows of a tiny GPT-2.

The model is built from a config (3 layers, 64 wide, 4 heads, 512 tokens, 64 positions),
seeded, and trained for ``TRAIN_STEPS`` AdamW steps on a seeded Markov chain (each token
has 4 likely successors, 10% of tokens uniform) so that its layers differ and lenses
matter. Rows: every position of ``SEQUENCES`` sequences (4,096 rows) to fit on, and of
as many other sequences to score on. Points: the input of each block (GPT-2's
``hidden_states[0..L-1]``, the points tuned-lens puts a translator at), read through the
model's own head ``lm_head(ln_f(h))``.

* **ours**: ``Probe.fit_lenses(rows, kind="affine", seed=0)`` with its defaults
  (:mod:`qlens_q.nn.lenses`), timed end to end (the rows already cached).
* **tuned-lens**: ``TunedLens.from_model(model)`` trained as tuned-lens 0.2's
  ``train_loop`` trains it: its own ``Optimizer`` ingredient (SGD, Nesterov, lr 1.0
  rescaled, weight decay 1e-3, linear decay), 250 steps, every point's KL(final || lens)
  under bfloat16 autocast summed into one step, gradients clipped to norm 1, on the
  same cached rows (full batch: 4,096 rows per step; its loader would re-run the model
  each step, which is not timed here). Run in the Python given by ``--tuned-lens-python``
  (a separate venv: tuned-lens 0.2 pins old packages) or this one, when it imports
  ``tuned_lens``; otherwise only ours is reported, and the report says so.

Both are scored by the same code: mean KL(final || lens) in nats over the held-out
rows, per point, in float32. Times are per point, one thread (``torch.set_num_threads(1)``,
as the CLI runs), with the machine's load average before and after.

    python experiments/lens_vs_tunedlens.py [--tuned-lens-python /tmp/tlvenv/bin/python]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import torch
from machine import loadavg, machine_info
from safetensors.torch import load_file, save_file

RESULTS = Path(__file__).resolve().parent / "results"
VOCAB, POSITIONS, WIDTH, LAYERS, HEADS = 512, 64, 64, 3, 4
SEQUENCES = 64  # x 64 positions = 4,096 rows to fit on, as many to score on
TRAIN_STEPS, TRAIN_BATCH = 200, 32
TUNED_LENS_STEPS = 250  # tuned-lens 0.2's train_loop default


def build_model() -> Any:
    """The tiny GPT-2 from its config, seeded (no dropout)."""
    from transformers import GPT2Config, GPT2LMHeadModel

    torch.manual_seed(0)
    config = GPT2Config(
        vocab_size=VOCAB, n_positions=POSITIONS, n_embd=WIDTH, n_layer=LAYERS, n_head=HEADS,
        resid_pdrop=0.0, embd_pdrop=0.0, attn_pdrop=0.0, bos_token_id=0, eos_token_id=0,
    )  # fmt: skip
    return GPT2LMHeadModel(config)


def sequences(count: int, generator: torch.Generator, successors: torch.Tensor) -> torch.Tensor:
    """``count`` sequences of the Markov chain: 4 likely successors per token, 10% uniform."""
    x = torch.empty(count, POSITIONS, dtype=torch.long)
    x[:, 0] = torch.randint(VOCAB, (count,), generator=generator)
    for t in range(1, POSITIONS):
        choice = torch.randint(successors.shape[1], (count,), generator=generator)
        uniform = torch.randint(VOCAB, (count,), generator=generator)
        jump = torch.rand(count, generator=generator) < 0.1
        x[:, t] = torch.where(jump, uniform, successors[x[:, t - 1], choice])
    return x


def trained_model() -> tuple[Any, torch.Tensor, torch.Tensor, float]:
    """The model after ``TRAIN_STEPS`` steps, the fit and held-out token ids, its last training loss."""
    model = build_model()
    generator = torch.Generator().manual_seed(0)
    successors = torch.randint(VOCAB, (VOCAB, 4), generator=generator)
    optimizer = torch.optim.AdamW(model.parameters(), lr=3e-3)
    loss = torch.tensor(0.0)
    for _ in range(TRAIN_STEPS):
        x = sequences(TRAIN_BATCH, generator, successors)
        loss = model(x, labels=x).loss
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    model.eval()
    fit, held = sequences(SEQUENCES, generator, successors), sequences(SEQUENCES, generator, successors)
    return model, fit, held, float(loss.detach())


def all_positions(residual: torch.Tensor, batch: Any) -> torch.Tensor:
    """Every position is a row."""
    return residual.reshape(-1, residual.shape[-1])


def cached_rows(model: Any, ids: torch.Tensor) -> dict[str, torch.Tensor]:
    """``h{i}`` (the input of block i, rows) and ``logits`` for every position of ``ids``."""
    with torch.no_grad():
        out = model(ids, output_hidden_states=True)
    rows = {f"h{i}": out.hidden_states[i].reshape(-1, WIDTH).contiguous() for i in range(LAYERS)}
    rows["logits"] = out.logits.reshape(-1, VOCAB).contiguous()
    return rows


def held_out_kl(final: torch.Tensor, lens_logits: torch.Tensor) -> float:
    """Mean KL(final || lens) in nats, float32."""
    p = final.float().log_softmax(-1)
    q = lens_logits.float().log_softmax(-1)
    return float((p.exp() * (p - q)).sum(-1).mean())


def ours(model: Any, fit_ids: torch.Tensor, held: dict[str, torch.Tensor]) -> dict[str, Any]:
    """``Probe.fit_lenses(kind="affine")`` on the fit rows, timed; held-out KL per point."""
    from qlens_q import Probe

    points = {f"h{i}": f"transformer.h.{i}:input" for i in range(LAYERS)}

    def head(h: torch.Tensor) -> torch.Tensor:
        return model.lm_head(model.transformer.ln_f(h))

    probe = Probe(model, points, head, readout=all_positions, forward=lambda m, b: m(b).logits)
    cache = probe.cache([fit_ids])
    start = time.perf_counter()
    lenses = probe.fit_lenses(cache, kind="affine", seed=0)
    seconds = time.perf_counter() - start
    with torch.no_grad():
        kl = {p: held_out_kl(held["logits"], lenses.logits(p, held[p], head)) for p in points}
        identity = {p: held_out_kl(held["logits"], head(held[p])) for p in points}
    return {
        "seconds": round(seconds, 3),
        "seconds_per_point": round(seconds / LAYERS, 3),
        "held_out_kl": kl,
        "held_out_kl_identity": identity,
        "config": {k: v for k, v in vars(lenses.config).items() if k != "points"},
    }


def tuned_lens_worker(folder: Path) -> None:
    """In tuned-lens's Python: train a TunedLens on ``folder``'s rows as train_loop does; write result.json."""
    import tuned_lens
    import tuned_lens.scripts.ingredients as ing
    from tuned_lens import TunedLens

    torch.set_num_threads(1)
    model = build_model()
    model.load_state_dict(load_file(str(folder / "model.safetensors")))
    model.eval().requires_grad_(False)
    fit, held = load_file(str(folder / "fit.safetensors")), load_file(str(folder / "held.safetensors"))
    torch.manual_seed(0)
    lens = TunedLens.from_model(model)
    options = ing.Optimizer()
    optimizer = options.create_optim([p for p in lens.parameters() if p.requires_grad])
    scheduler = options.create_scheduler(optimizer, TUNED_LENS_STEPS)
    labels = fit["logits"].float().log_softmax(dim=-1)
    start = time.perf_counter()
    for _ in range(TUNED_LENS_STEPS):
        for i in range(LAYERS):
            with torch.autocast("cpu", dtype=torch.bfloat16):
                logits = lens(fit[f"h{i}"], idx=i)
                loss = torch.sum(labels.exp() * (labels - logits.log_softmax(-1)), dim=-1).mean()
            loss.backward()
        torch.nn.utils.clip_grad_norm_(lens.parameters(), 1.0)
        optimizer.step()
        optimizer.zero_grad(set_to_none=False)
        scheduler.step()
    seconds = time.perf_counter() - start
    with torch.no_grad():
        kl = {f"h{i}": held_out_kl(held["logits"], lens(held[f"h{i}"], idx=i)) for i in range(LAYERS)}
    result = {
        "version": getattr(tuned_lens, "__version__", "unknown"),
        "seconds": round(seconds, 3),
        "seconds_per_point": round(seconds / LAYERS, 3),
        "held_out_kl": kl,
        "steps": TUNED_LENS_STEPS,
    }
    (folder / "result.json").write_text(json.dumps(result))


def run_tuned_lens(
    python: str, model: Any, fit: dict[str, torch.Tensor], held: dict[str, torch.Tensor]
) -> Any:
    """tuned-lens's training in ``python`` on the same rows, or why it could not run."""
    probe = subprocess.run([python, "-c", "import tuned_lens"], capture_output=True, text=True)
    if probe.returncode != 0:
        return f"tuned_lens does not import in {python}; only ours is reported"
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        save_file(
            {k: v.clone().contiguous() for k, v in model.state_dict().items()},
            str(folder / "model.safetensors"),
        )
        save_file(fit, str(folder / "fit.safetensors"))
        save_file(held, str(folder / "held.safetensors"))
        done = subprocess.run(
            [python, __file__, "--worker", str(folder)],
            capture_output=True,
            text=True,
            cwd=Path(__file__).parent,
        )
        if done.returncode != 0:
            return f"tuned-lens's training failed: {done.stderr.strip().splitlines()[-1:]}"
        return json.loads((folder / "result.json").read_text())


def markdown(result: dict[str, Any]) -> str:
    ours_, tl = result["ours"], result["tuned_lens"]
    lines = [
        "# Our affine lens against tuned-lens 0.2's training (`experiments/lens_vs_tunedlens.py`)",
        "",
        f"Tiny GPT-2 ({LAYERS} layers, {WIDTH} wide, {VOCAB} tokens), trained {TRAIN_STEPS} steps "
        f"(last loss {result['model_loss']:.3f}); {result['rows']} rows to fit on, as many held out. "
        "One thread. Load average "
        f"{result['machine']['loadavg_start']} before, {result['loadavg_end']} after "
        f"({result['machine']['nproc']} CPUs).",
        "",
    ]
    if isinstance(tl, str):
        lines += [f"**tuned-lens not run**: {tl}.", ""]
    lines += [
        "| point | identity (logit lens) | ours: affine | tuned-lens 0.2 |",
        "| --- | --- | --- | --- |",
    ]
    for p, value in ours_["held_out_kl"].items():
        theirs = "—" if isinstance(tl, str) else f"{tl['held_out_kl'][p]:.4f}"
        lines.append(f"| {p} | {ours_['held_out_kl_identity'][p]:.4f} | {value:.4f} | {theirs} |")
    theirs_s = "—" if isinstance(tl, str) else f"{tl['seconds_per_point']:.2f}"
    lines += [
        f"| **seconds per point** | | **{ours_['seconds_per_point']:.2f}** | **{theirs_s}** |",
        "",
        'Held-out mean KL(final ‖ lens) in nats (lower is better). Ours: `Probe.fit_lenses(kind="affine")` '
        f"with its defaults (at most {ours_['config']['steps']} Adam steps of {ours_['config']['batch_size'] or 512} "
        "rows, early stop on a held-out eighth of the fit rows). tuned-lens: `TunedLens.from_model` and "
        f"its own optimizer ingredient, {TUNED_LENS_STEPS} full-batch steps as its `train_loop`, on the same "
        "cached rows (the model's forward passes, which its loader repeats each step, are not timed).",
        "",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--tuned-lens-python", default=sys.executable, help="a Python that imports tuned_lens"
    )
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        tuned_lens_worker(Path(args.worker))
        return
    torch.set_num_threads(1)
    info = machine_info()
    model, fit_ids, held_ids, model_loss = trained_model()
    fit, held = cached_rows(model, fit_ids), cached_rows(model, held_ids)
    result: dict[str, Any] = {
        "machine": info,
        "model_loss": round(model_loss, 4),
        "rows": int(fit["logits"].shape[0]),
        "ours": ours(model, fit_ids, held),
        "tuned_lens": run_tuned_lens(args.tuned_lens_python, model, fit, held),
    }
    result["loadavg_end"] = loadavg()
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "lens_vs_tunedlens.json").write_text(json.dumps(result, indent=2) + "\n")
    (RESULTS / "lens_vs_tunedlens.md").write_text(markdown(result))
    print(markdown(result))


if __name__ == "__main__":
    main()
