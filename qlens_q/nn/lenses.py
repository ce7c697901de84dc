"""Tuned lenses: a model's own head read at intermediate hook points.

A lens at hook point ``l`` maps the residual ``h_l`` (one row per example,
after the probe's readout) to logits over the ``N`` output units:

    identity lens (the logit lens): head(h_l)
    bias lens:                      head(h_l + b_l)
    affine lens:                    head(A_l h_l + b_l)       (A_l starts at I, b_l at 0)

where ``head`` maps a residual to the model's logits (typically its final
LayerNorm and unembedding). Each lens is fitted on residuals cached once from
training data, with the model frozen, to minimise tuned-lens's objective

    KL(p_final || p_l) = sum_c p_final(c) (log p_final(c) - log p_l(c)),

averaged over rows, by Adam, one point after another.

**Bias lens** (the paper's recipe): ``steps`` Adam steps at ``learning_rate``, full
batch, or mini-batches of ``batch_size`` rows drawn with a seeded generator when
there are more rows than that.

**Affine lens** (tuned-lens's, the Python API's default): ``A`` holds ``d x d``
numbers, which fit the training rows long before they stop improving on others
(MiniLM's 384-wide residuals on SentiHood's 856 training sentences overfit within
a few full-batch steps at the bias' rate). So a seeded ``1/VALIDATION_SHARE`` of
the rows (when there are at least ``MIN_VALIDATION_ROWS * VALIDATION_SHARE``) is
held out, and the lens is fitted on the rest by Adam on mini-batches of
``batch_size`` rows (``AFFINE_BATCH`` when ``None``; every row when fewer), ``b`` at
``learning_rate`` and ``A`` at ``matrix_learning_rate``, both decaying linearly to
zero over ``steps``. Every ``EVAL_EVERY`` steps the held-out KL is computed; the
lens keeps the parameters of the lowest held-out KL seen (the identity lens, step
0, included, so a fitted lens is never worse than the logit lens on those rows),
and fitting stops once ``PATIENCE`` evaluations in a row have not lowered it by a
relative ``1e-3``. A fit in which no step beat the identity on the held-out rows (rates too
large for wide residuals: MiniLM's 384 wide) starts again from the identity at a tenth of
the rates, at most twice. Against tuned-lens 0.2's own training on the same rows (250
full-batch SGD steps per lens): several times faster per point and lower held-out
KL at every point (``experiments/lens_vs_tunedlens.py``).

:func:`lens_metrics` reports per point the tuned lens' mean KL and top-1
agreement with the model, with the identity lens' beside them, the baseline a
tuned lens must beat.

**Precision.** Lenses live on the model's device, in float64 for a float64 model and
in float32 otherwise (a bfloat16 or float16 model's lens still learns in float32:
Adam's steps of 1e-3 vanish next to 1 in bfloat16's 8-bit mantissa); the residual is
cast to the lens' dtype, transformed, and cast back to its own dtype for the head.
KL is computed in float32 or wider.

Lenses save as ``lens.json`` (the :class:`LensConfig` and the sha256 of it and
the weights, :func:`qlens_q.io.digest`) and ``lens.safetensors``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

import torch
import torch.nn.functional as F
from safetensors.torch import load as load_tensors
from safetensors.torch import save as save_tensors
from torch import nn
from tqdm import tqdm

from qlens_q import io
from qlens_q.errors import InputError

LENS_FILE = "lens.safetensors"
LENS_CONFIG_FILE = "lens.json"
LENS_FORMAT = "qlens-q-lens/2"
LENS_KINDS = ("bias", "affine")
#: Rows per Adam step of an affine lens when ``batch_size`` is ``None``.
AFFINE_BATCH = 512
#: An affine lens holds out one row in ``VALIDATION_SHARE`` (seeded) to choose when to stop ...
VALIDATION_SHARE = 8
#: ... when that gives at least this many rows (with fewer rows it takes every step, on every row).
MIN_VALIDATION_ROWS = 8
#: Steps between two held-out evaluations of an affine lens.
EVAL_EVERY = 10
#: Evaluations in a row without a relative improvement of ``IMPROVEMENT`` that stop an affine lens.
PATIENCE = 5
IMPROVEMENT = 1e-3
#: An affine fit that never beats the identity on its held-out rows starts again with its rates divided by
#: ``RATE_BACKOFF``, at most ``RETRIES`` times.
RATE_BACKOFF, RETRIES = 10.0, 2
#: Rows per chunk when scoring (bounds memory at ``chunk x N`` logits).
METRIC_CHUNK = 2048
#: Largest residual width accepted from a lens file (an affine lens holds d x d numbers).
MAX_D_MODEL = 8192

Head = Callable[[torch.Tensor], torch.Tensor]


def lens_dtype(dtype: torch.dtype) -> torch.dtype:
    """The dtype a lens learns in for residuals of ``dtype``: float64 stays, anything else is float32."""
    return torch.float64 if dtype == torch.float64 else torch.float32


def checked_head(head: Head, outputs: int) -> Head:
    """``head`` wrapped so that a call returning anything but a ``(rows, outputs)`` tensor is refused.

    ``rows`` is the number of residual rows given, ``outputs`` the width ``N`` of the model's own logits.
    """

    def call(h: torch.Tensor) -> torch.Tensor:
        out = head(h)
        if not isinstance(out, torch.Tensor):
            raise InputError("head", f"must return a torch.Tensor of logits, got {type(out).__name__}")
        if out.ndim != 2 or out.shape[0] != h.shape[0] or out.shape[1] != outputs:
            raise InputError(
                "head",
                f"returned shape {tuple(out.shape)} for {h.shape[0]} rows; the model's logits need "
                f"({h.shape[0]}, {outputs})",
            )
        return out

    return call


@dataclass(frozen=True)
class LensConfig:
    """How the lenses were fitted (saved as ``lens.json``).

    Attributes:
        points: the hook points that get a lens.
        d_model: the residual width.
        kind: ``affine`` or ``bias``.
        readout: the probe's readout the residuals were read with (a name; ``custom`` for a callable).
        steps: Adam steps per lens (an affine lens: at most, it may stop earlier).
        learning_rate: Adam's learning rate for the bias ``b`` (an affine lens: at the first step).
        matrix_learning_rate: Adam's learning rate for the affine lens' matrix ``A`` at the first step.
        batch_size: rows per step (``None``: a bias lens takes every row, full batch; an affine
            lens ``AFFINE_BATCH``).
        seed: seed of the mini-batch draws (and of an affine lens' held-out rows).
    """

    points: tuple[str, ...]
    d_model: int
    kind: str = "affine"
    readout: str = "cls"
    steps: int = 300
    learning_rate: float = 0.05
    matrix_learning_rate: float = 0.02
    batch_size: int | None = None
    seed: int = 0

    def __post_init__(self) -> None:
        if self.kind not in LENS_KINDS:
            raise InputError("kind", f"unknown kind {self.kind!r} (choose from {', '.join(LENS_KINDS)})")
        if not self.points or not all(isinstance(p, str) and p for p in self.points):
            raise InputError("points", f"need at least one point name, got {self.points!r}")
        for name, value, low, high in (
            ("d_model", self.d_model, 1, MAX_D_MODEL),
            ("steps", self.steps, 0, 100_000),
            ("seed", self.seed, 0, 2**32 - 1),
        ):
            if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
                raise InputError(name, f"must be an integer from {low} to {high}, got {value!r}")
        if self.batch_size is not None and (
            isinstance(self.batch_size, bool) or not isinstance(self.batch_size, int) or self.batch_size < 1
        ):
            raise InputError("batch_size", f"must be a positive integer or None, got {self.batch_size!r}")
        for name, rate in (
            ("learning_rate", self.learning_rate),
            ("matrix_learning_rate", self.matrix_learning_rate),
        ):
            # a finite number in (0, 10): NaN and infinity fail the comparison
            if isinstance(rate, bool) or not isinstance(rate, (int, float)) or not 0 < rate < 10:
                raise InputError(name, f"must be in (0, 10), got {rate!r}")


class Lenses(nn.Module):
    """One bias (or affine map) per hook point, in front of the model's head."""

    def __init__(self, config: LensConfig) -> None:
        super().__init__()
        self.config = config
        #: The callable readout the lenses were fitted with (in memory only; ``None`` when loaded).
        self.readout_function: Callable[..., Any] | None = None
        d = config.d_model
        # parameters are keyed by the point's index: point names may hold '.', which torch refuses
        self.bias = nn.ParameterDict(
            {_key(i): nn.Parameter(torch.zeros(d)) for i in range(len(config.points))}
        )
        self.linear = nn.ModuleDict()
        if config.kind == "affine":
            for i in range(len(config.points)):
                layer = nn.Linear(d, d, bias=False)
                nn.init.eye_(layer.weight)
                self.linear[_key(i)] = layer

    def _index(self, point: str) -> str:
        if point not in self.config.points:
            raise InputError(
                "point", f"no lens for point {point!r} (lenses: {', '.join(self.config.points)})"
            )
        return _key(self.config.points.index(point))

    def parameter_groups(self, point: str) -> list[dict[str, Any]]:
        """``point``'s lens parameters with their learning rates (Adam's parameter groups)."""
        key = self._index(point)
        groups: list[dict[str, Any]] = [{"params": [self.bias[key]], "lr": self.config.learning_rate}]
        if key in self.linear:
            groups.append(
                {"params": list(self.linear[key].parameters()), "lr": self.config.matrix_learning_rate}
            )
        return groups

    def transform(self, point: str, residual: torch.Tensor) -> torch.Tensor:
        """``h + b`` or ``A h + b``, computed in the lens' dtype and returned in ``residual``'s."""
        key = self._index(point)
        bias = self.bias[key]
        h = residual.to(device=bias.device, dtype=bias.dtype)
        h = self.linear[key](h) if key in self.linear else h
        return (h + bias).to(device=residual.device, dtype=residual.dtype)

    def logits(self, point: str, residual: torch.Tensor, head: Head) -> torch.Tensor:
        """Lens logits ``head(transform(h))``."""
        return head(self.transform(point, residual))

    def save(self, directory: str | Path) -> None:
        """``lens.safetensors`` and ``lens.json`` (with the sha256 of both) into ``directory``, atomically."""
        data = save_tensors({k: v.detach().cpu().contiguous() for k, v in self.state_dict().items()})
        io.atomic_write_bytes(Path(directory) / LENS_FILE, data)
        config = asdict(self.config)
        io.atomic_write_json(
            Path(directory) / LENS_CONFIG_FILE,
            {"format": LENS_FORMAT, **config, "sha256": io.digest(config, data)},
        )

    @classmethod
    def load(cls, directory: str | Path) -> Lenses:
        """Read what :meth:`save` wrote, refusing a config or weights that do not belong together."""
        path = Path(directory) / LENS_CONFIG_FILE
        raw = io.read_json(path, 2**20, what="lens config")  # a regular file, strict JSON
        if not isinstance(raw, dict) or raw.pop("format", None) != LENS_FORMAT:
            raise InputError(str(path), f"is not a {LENS_FORMAT} lens config")
        digest = raw.pop("sha256", None)
        names = {f.name for f in fields(LensConfig)}
        if set(raw) - names:
            raise InputError(str(path), f"unknown lens fields: {', '.join(sorted(set(raw) - names))}")
        try:
            raw["points"] = tuple(raw["points"])
            config = LensConfig(**raw)
        except (KeyError, TypeError) as exc:
            raise InputError(str(path), f"incomplete lens config ({exc.__class__.__name__})") from None
        except InputError as exc:
            raise InputError(str(path), str(exc)) from None
        weights = Path(directory) / LENS_FILE
        # no more than the config's float64 lenses (A and b per point) need, plus the header
        data = io.read_bytes(weights, 8 * len(config.points) * (config.d_model + 1) * config.d_model + 2**20)
        io.check_digest(digest, asdict(config), data, weights, LENS_CONFIG_FILE)
        lenses = cls(config)
        try:
            state = load_tensors(data)
        except Exception as exc:  # safetensors raises several types for a bad file
            raise InputError(str(weights), f"cannot read weights ({exc.__class__.__name__})") from None
        dtypes = {t.dtype for t in state.values()}
        if len(dtypes) != 1 or not dtypes <= {torch.float32, torch.float64}:
            raise InputError(str(weights), f"holds {sorted(map(str, dtypes))}, not one of float32, float64")
        lenses.to(dtypes.pop())
        expected = lenses.state_dict()
        if set(state) != set(expected) or any(state[k].shape != expected[k].shape for k in expected):
            raise InputError(str(weights), "tensors do not match the lens config")
        if not all(bool(torch.isfinite(t).all()) for t in state.values()):
            raise InputError(str(weights), "holds non-finite values")
        lenses.load_state_dict(state)
        return lenses.eval()


def _key(index: int) -> str:
    return f"point{index}"


def kl_final_lens(final_logits: torch.Tensor, lens_logits: torch.Tensor) -> torch.Tensor:
    """Mean over rows of ``KL(p_final || p_lens)`` in nats, computed in float32 or wider."""
    dtype = torch.promote_types(torch.promote_types(final_logits.dtype, lens_logits.dtype), torch.float32)
    return F.kl_div(
        F.log_softmax(lens_logits.to(dtype), -1),
        F.log_softmax(final_logits.to(dtype), -1),
        log_target=True,
        reduction="batchmean",
    )


@contextmanager
def frozen(module: nn.Module | None) -> Iterator[None]:
    """Within the block no parameter of ``module`` takes gradients; each flag is restored afterwards."""
    params = [] if module is None else list(module.parameters())
    flags = [p.requires_grad for p in params]
    try:
        for p in params:
            p.requires_grad_(False)
        yield
    finally:
        for p, flag in zip(params, flags, strict=True):
            p.requires_grad_(flag)


def fit_lenses(
    residuals: Mapping[str, torch.Tensor],
    final_logits: torch.Tensor,
    head: Head,
    config: LensConfig,
    *,
    model: nn.Module | None = None,
    progress: bool = False,
) -> Lenses:
    """Fit one lens per point of ``config`` on cached ``residuals`` (rows) against ``final_logits``.

    ``model`` (whose parameters ``head`` uses) is frozen while the lenses learn. The lenses
    are built on the residuals' device in :func:`lens_dtype` of their dtype. A bias lens takes
    ``config.steps`` Adam steps; an affine lens stops early on its held-out rows (module docstring).
    """
    n = int(final_logits.shape[0])
    if n < 1:
        raise InputError("final_logits", "holds no rows to fit the lenses on")
    torch.manual_seed(config.seed)
    generator = torch.Generator().manual_seed(config.seed)
    first = next(iter(residuals.values()))
    lenses = Lenses(config).to(device=first.device, dtype=lens_dtype(first.dtype))
    target = final_logits.detach()
    full = config.batch_size is None or config.batch_size >= n
    bar = tqdm(total=config.steps * len(config.points), desc="lenses", disable=not progress, leave=False)
    with frozen(model):
        for point in config.points:
            h = residuals[point].detach()
            if config.kind == "affine":
                taken = _fit_affine(lenses, point, h, target, head, generator, bar.update)
                bar.update(max(0, config.steps - taken))
                continue
            optimizer = torch.optim.Adam(lenses.parameter_groups(point))
            for _ in range(config.steps):
                optimizer.zero_grad()
                if full:
                    loss = kl_final_lens(target, lenses.logits(point, h, head))
                else:
                    rows = torch.randint(n, (int(config.batch_size or n),), generator=generator).to(h.device)
                    loss = kl_final_lens(target[rows], lenses.logits(point, h[rows], head))
                loss.backward()
                optimizer.step()
                bar.update()
    bar.close()
    return lenses.eval()


def _fit_affine(
    lenses: Lenses,
    point: str,
    h: torch.Tensor,
    target: torch.Tensor,
    head: Head,
    generator: torch.Generator,
    tick: Callable[[], Any],
) -> int:
    """Fit ``point``'s affine lens with held-out early stopping (module docstring); the steps taken.

    The lens ends with the parameters of the lowest held-out KL seen, step 0 (the identity) included.
    When no step beat the identity on the held-out rows (the rates too large for these residuals: a
    wide ``A`` moves every row at once), the fit starts again from the identity with both rates divided
    by ``RATE_BACKOFF``, at most ``RETRIES`` times.
    """
    config = lenses.config
    n = int(h.shape[0])
    held = n // VALIDATION_SHARE if n // VALIDATION_SHARE >= MIN_VALIDATION_ROWS else 0
    order = torch.randperm(n, generator=generator).to(h.device)
    held_rows, fit_rows = order[:held], order[held:]
    h_fit, t_fit = (h, target) if not held else (h[fit_rows], target[fit_rows])
    h_held, t_held = h[held_rows], target[held_rows]
    m = int(h_fit.shape[0])
    batch = min(config.batch_size or AFFINE_BATCH, m)
    groups = lenses.parameter_groups(point)
    params = [p for group in groups for p in group["params"]]
    if config.steps == 0:
        return 0
    steps = config.steps
    start = [p.detach().clone() for p in params]

    def held_out() -> float:
        with torch.no_grad():
            return float(kl_final_lens(t_held, lenses.logits(point, h_held, head)))

    identity = held_out() if held else float("inf")
    best, kept, taken = identity, start, 0
    for attempt in range(RETRIES + 1):
        with torch.no_grad():
            for p, value in zip(params, start, strict=True):
                p.copy_(value)
        scale = RATE_BACKOFF**-attempt
        optimizer = torch.optim.Adam([{**g, "lr": g["lr"] * scale} for g in groups])
        schedule = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda step: 1 - step / steps)
        mark, stale = identity, 0
        for step in range(1, steps + 1):
            optimizer.zero_grad()
            if batch < m:
                rows = torch.randint(m, (batch,), generator=generator).to(h.device)
                loss = kl_final_lens(t_fit[rows], lenses.logits(point, h_fit[rows], head))
            else:
                loss = kl_final_lens(t_fit, lenses.logits(point, h_fit, head))
            loss.backward()
            optimizer.step()
            schedule.step()
            tick()
            taken += 1
            if not held or (step % EVAL_EVERY and step != steps):
                continue
            value = held_out()
            if value < best:
                best, kept = value, [p.detach().clone() for p in params]
            if value < mark * (1 - IMPROVEMENT):
                mark, stale = value, 0
            else:
                stale += 1
                if stale >= PATIENCE:
                    break
        if not held or best < identity:
            break
    if held:
        with torch.no_grad():
            for p, value in zip(params, kept, strict=True):
                p.copy_(value)
    return taken


def _log_p64(final_logits: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """``(log p, p)`` of the final logits in float64: what :func:`_kl_rows64` needs of ``p_final``."""
    log_p = torch.log_softmax(final_logits.detach().double(), -1)
    return log_p, log_p.exp()


def _kl_rows64(
    final_logits: torch.Tensor,
    lens_logits: torch.Tensor,
    final_log_p: tuple[torch.Tensor, torch.Tensor] | None = None,
) -> torch.Tensor:
    """``KL(p_final || p_lens)`` per row in nats, in float64: ``sum_j t_j``, ``t_j = p_j (log p_j - log q_j)``.

    KL is never negative. A row's float64 sum of ``N`` terms can be, by rounding only, at most
    ``N eps (sum_j |t_j| + 1)`` below zero (``eps = 2^-52``; the 1 covers the log-softmax's own
    rounding): such a row is 0. A more negative one, which rounding cannot make, is kept so that it shows.
    ``final_log_p``: :func:`_log_p64` of ``final_logits`` when already computed (the same numbers).
    """
    log_p, p = _log_p64(final_logits) if final_log_p is None else final_log_p
    # t_j in log q's buffer: p_j (log p_j - log q_j), the same floats as a fresh tensor (each operation is
    # exactly rounded and commutative), without two N-wide temporaries per row
    log_q = torch.log_softmax(lens_logits.detach().double(), -1)
    terms = torch.sub(log_p, log_q, out=log_q).mul_(p)
    kl = terms.sum(-1)
    if not bool((kl < 0).any()):  # the bound only matters for a negative row
        return kl
    rounding = terms.shape[-1] * torch.finfo(torch.float64).eps * (terms.abs().sum(-1) + 1.0)
    return torch.where((kl < 0) & (kl >= -rounding), torch.zeros_like(kl), kl)


@torch.no_grad()
def lens_metrics(
    residuals: Mapping[str, torch.Tensor],
    final_logits: torch.Tensor,
    head: Head,
    lenses: Lenses | None,
    *,
    chunk: int = METRIC_CHUNK,
) -> dict[str, dict[str, float]]:
    """Per point: mean ``KL(final || lens)`` (float64, never negative) and top-1 agreement, tuned and
    identity (``*_identity``).

    Without ``lenses`` only the identity lens is scored (its numbers appear under both names).
    """
    n = int(final_logits.shape[0])
    if n < 1:
        raise InputError("final_logits", "holds no rows to score the lenses on")
    keys = ("kl", "agreement", "kl_identity", "agreement_identity")
    sums = {point: dict.fromkeys(keys, 0.0) for point in residuals}
    # chunk by chunk, every point: the final distribution's float64 log-softmax once per chunk (each
    # point's sums still add its chunks in order, so the means are the same floats point by point)
    for start in range(0, n, chunk):
        final = final_logits[start : start + chunk]
        top = final.argmax(-1)
        final_log_p = _log_p64(final)
        for point, h_all in residuals.items():
            h = h_all[start : start + chunk]
            identity = head(h)
            tuned = identity if lenses is None else lenses.logits(point, h, head)
            for suffix, logits in (("", tuned), ("_identity", identity)):
                sums[point][f"kl{suffix}"] += float(_kl_rows64(final, logits, final_log_p).sum())
                sums[point][f"agreement{suffix}"] += float((logits.argmax(-1) == top).sum())
    return {point: {key: value / n for key, value in acc.items()} for point, acc in sums.items()}
