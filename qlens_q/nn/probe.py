"""A probe: hook points, a head and a readout on any :class:`torch.nn.Module`.

    probe = Probe(model, points={"embed": "emb", "block0": "blocks.0"}, head=lambda h: model.out(h))
    lenses = probe.fit_lenses(train_batches, kind="affine", seed=0)
    traj = probe.trajectories(test_batches, lenses)          # -> qlens_q.Trajectories

**Batches.** An iterable of batches (or one batch). A batch is a tensor, fed as
``model(x)``, or a mapping, fed as ``model(**batch)`` (a tokenizer's output);
``forward=`` replaces that call when a batch holds more than the model takes.
The model's output is its logits, or an object with ``.logits`` (Hugging Face),
or a tuple whose first element they are.

**Points.** ``points`` maps a name to a module location (:mod:`qlens_q.nn.hooks`):
the residual there is the module's output (``path``) or its first input
(``path:input``). The trajectory's points are the hook points in the given
order followed by ``final``, the model's own output distribution, so there are
``S = len(points) + 1`` points and ``S - 1`` sub-layers.

**Readout.** A residual ``(batch, seq, d)`` becomes rows ``(rows, d)``:
``cls`` reads position 0; ``mean`` averages over the positions where
``batch["attention_mask"]`` is 1 (all positions when the batch has no mask);
``last`` reads the last such position; a callable ``readout(residual, batch)``
returns ``(batch, d)``, or ``(rows, d)`` for token-level readouts such as a
language model's. The model's logits are read the same way when they have a
sequence axis; a residual or logits without one (``(batch, d)``) are rows already.
A nested tensor (what a stock ``nn.TransformerEncoder`` given a padding mask returns inside,
PyTorch's default fast path) is padded back with zeros to the batch's sequence length first
(:func:`padded`), so every readout, a callable one too, sees ``(batch, seq, d)``.

**Lenses.** :meth:`Probe.fit_lenses` caches the rows of every hook point and the
final logits once (:meth:`Probe.cache`) and fits :mod:`qlens_q.nn.lenses` on them.
:meth:`Probe.trajectories` turns rows into distributions: ``softmax`` in float64
of ``head(lens(h))`` at each hook point (the identity lens when ``lenses`` is
``None``) and of the model's logits at ``final``.

**What is checked.** Every call of the head must return a ``(rows, N)`` tensor, ``N``
the width of the model's own logits; a callable readout must return rows as wide as
the tensor it read; lenses must have been fitted for the same points, residual width
and readout; the head must pass gradients to its input, since the lenses are fitted
through it (:func:`check_gradient_path`). An exception raised by the model's forward, a
``forward=`` or the head reaches the caller unchanged. Rows stay in the model's dtype and on its device until the float64
softmax, so a float64 model's ``final`` is the float64 softmax of its logits. The
model (and a head that is a module) is held in eval mode while it is read, the head
and the lenses are called, and every module's own mode is restored afterwards.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import numpy as np
import torch
from numpy.typing import NDArray
from torch import nn
from tqdm import tqdm

from qlens_q import validation
from qlens_q.errors import InputError
from qlens_q.nn.hooks import Readout, capture, resolve
from qlens_q.nn.lenses import LENS_KINDS, Head, LensConfig, Lenses, checked_head, fit_lenses, lens_metrics
from qlens_q.trajectories import NAME_PATTERN, TRAJECTORY, Trajectories

Batch = torch.Tensor | Mapping[str, Any]
READOUTS = ("cls", "mean", "last")
FINAL = "final"
#: Default lens recipe: Adam steps and learning rate (tuned-lens trains longer on far more rows).
LENS_STEPS, LENS_LEARNING_RATE = 300, 0.05


@dataclass(frozen=True)
class Residuals:
    """Rows read once from some data: ``residuals[point]`` ``(rows, d)`` and the final ``logits`` ``(rows, N)``."""

    residuals: dict[str, torch.Tensor]
    logits: torch.Tensor

    @property
    def rows(self) -> int:
        """How many rows (examples or positions) were read."""
        return int(self.logits.shape[0])


def softmax64(logits: torch.Tensor) -> NDArray[np.float64]:
    """Softmax in float64 (on the CPU): every row sums to 1 to machine precision."""
    return torch.softmax(logits.detach().double(), dim=-1).cpu().numpy()


def _logits_of(output: Any) -> torch.Tensor:
    if hasattr(output, "logits"):
        output = output.logits
    elif isinstance(output, (tuple, list)) and output:
        output = output[0]
    if not isinstance(output, torch.Tensor):
        raise InputError("model", f"returned {type(output).__name__}, not logits (a tensor or .logits)")
    return output


def _same_function(a: Callable[..., Any], b: Callable[..., Any]) -> bool:
    """The same callable, or closures of one ``def`` (same code object)."""
    code = getattr(a, "__code__", None)
    return a is b or (code is not None and code is getattr(b, "__code__", None))


@contextmanager
def evaluating(*modules: Any) -> Iterator[None]:
    """Within the block every :class:`torch.nn.Module` given (and its submodules) is in eval mode.

    Each submodule's own ``training`` flag is restored afterwards, so mixed modes survive.
    """
    held = [module for module in modules if isinstance(module, nn.Module)]
    flags = {m: m.training for module in held for m in module.modules()}
    try:
        for module in held:
            module.eval()
        yield
    finally:
        for m, flag in flags.items():
            m.training = flag


class Probe:
    """Hook points, a head and a readout on a model (see the module docstring).

    Args:
        model: any :class:`torch.nn.Module`.
        points: hook point name -> module location, in depth order.
        head: residual rows ``(rows, d)`` -> logits ``(rows, N)`` (typically final norm + unembedding).
        readout: ``"cls"``, ``"mean"``, ``"last"`` or a callable (see the module docstring).
        output_names: names of the ``N`` output units (default ``"0" .. "N-1"``).
        sublayers: names of the ``S - 1`` sub-layers (default: each one's target point).
        forward: ``forward(model, batch)`` -> output, replacing ``model(x)`` / ``model(**batch)``.
    """

    def __init__(
        self,
        model: nn.Module,
        points: Mapping[str, str],
        head: Head,
        readout: Readout = "cls",
        output_names: Sequence[str] | None = None,
        *,
        sublayers: Sequence[str] | None = None,
        forward: Callable[[nn.Module, Any], Any] | None = None,
    ) -> None:
        if not isinstance(model, nn.Module):
            raise InputError("model", f"must be a torch.nn.Module, got {type(model).__name__}")
        if not isinstance(points, Mapping) or not points:
            raise InputError("points", "give at least one hook point: {name: 'dotted.module.path'}")
        for name, location in points.items():
            if not isinstance(name, str) or not NAME_PATTERN.match(name) or name in (FINAL, TRAJECTORY):
                raise InputError(
                    "points",
                    f"bad point name {name!r} (letters, digits, '_.-'; not {FINAL!r} or {TRAJECTORY!r})",
                )
            resolve(model, location)
        if not callable(head):
            raise InputError("head", "must be a callable: residual rows (rows, d) -> logits (rows, N)")
        if not callable(readout) and readout not in READOUTS:
            raise InputError(
                "readout", f"unknown readout {readout!r} (choose from {', '.join(READOUTS)}, or a callable)"
            )
        if isinstance(output_names, str) or not (output_names is None or isinstance(output_names, Sequence)):
            raise InputError("output_names", f"must be a list of names, got {type(output_names).__name__}")
        self.model = model
        self.points: dict[str, str] = dict(points)
        self.head = head
        self.readout = readout
        self.output_names = None if output_names is None else tuple(str(x) for x in output_names)
        self.sublayers = None if sublayers is None else tuple(sublayers)
        if self.sublayers is not None and len(self.sublayers) != len(self.points):
            raise InputError(
                "sublayers", f"needs {len(self.points)} names (one per sub-layer), got {len(self.sublayers)}"
            )
        self.forward = forward

    @classmethod
    def from_hf(cls, model: nn.Module, tokenizer: Any = None, **kwargs: Any) -> Probe:
        """The probe of a Hugging Face model: its hook points, head, readout and output names
        (:func:`qlens_q.nn.hf_layout.probe_arguments`, which takes ``readout``, ``forward``, ``names`` and
        ``keep_last``). Load the model with :func:`qlens_q.nn.hf.load_local` or transformers.
        """
        from qlens_q.nn.hf_layout import probe_arguments

        return cls(model, **probe_arguments(model, tokenizer, **kwargs))

    @property
    def trajectory_points(self) -> tuple[str, ...]:
        """The ``S`` points of every trajectory: the hook points, then ``final``."""
        return (*self.points, FINAL)

    @property
    def readout_name(self) -> str:
        """The readout's name (``custom`` for a callable)."""
        return self.readout if isinstance(self.readout, str) else "custom"

    # ------------------------------------------------------------------ reading

    def _call(self, batch: Any) -> Any:
        if self.forward is not None:
            return self.forward(self.model, batch)
        if isinstance(batch, torch.Tensor):
            return self.model(batch)
        if isinstance(batch, Mapping):
            return self.model(**batch)
        raise InputError("batch", f"must be a tensor or a mapping, got {type(batch).__name__}")

    def _rows(self, x: torch.Tensor, batch: Any, what: str, length: int | None = None) -> torch.Tensor:
        if x.is_nested:
            x = padded(x, length)
        if x.ndim == 2:
            return x
        if x.ndim != 3:
            raise InputError(
                "points", f"{what} has shape {tuple(x.shape)}; expected (batch, seq, d) or (batch, d)"
            )
        if callable(self.readout):
            rows = self.readout(x, batch)
            if not isinstance(rows, torch.Tensor) or rows.ndim != 2:
                raise InputError(
                    "readout",
                    f"must return a (rows, d) tensor, got {getattr(rows, 'shape', type(rows).__name__)!r}",
                )
            if rows.shape[1] != x.shape[-1]:
                raise InputError(
                    "readout", f"returned rows of width {rows.shape[1]} from {what} of width {x.shape[-1]}"
                )
            return rows
        if self.readout == "cls":
            return x[:, 0]
        mask = batch.get("attention_mask") if isinstance(batch, Mapping) else None
        if mask is None:
            return x.mean(1) if self.readout == "mean" else x[:, -1]
        mask = torch.as_tensor(mask, device=x.device)
        if mask.shape != x.shape[:2]:
            raise InputError(
                "attention_mask", f"has shape {tuple(mask.shape)}, the residual {tuple(x.shape[:2])}"
            )
        m = (mask != 0).to(x.dtype)
        if bool((m.sum(1) == 0).any()):
            raise InputError("attention_mask", "a row attends to no position")
        if self.readout == "mean":
            return (x * m[..., None]).sum(1) / m.sum(1, keepdim=True)
        last = (m * torch.arange(1, m.shape[1] + 1, device=x.device, dtype=x.dtype)).argmax(1)
        return x[torch.arange(x.shape[0], device=x.device), last]

    @torch.no_grad()
    def cache(self, data: Any, *, progress: bool = False) -> Residuals:
        """Read every batch once: the rows at each hook point and the final logits."""
        if isinstance(data, Residuals):
            return data
        batches = [data] if isinstance(data, (torch.Tensor, Mapping)) else data
        if not isinstance(batches, Iterable):
            raise InputError("batches", f"must be an iterable of batches, got {type(data).__name__}")
        chunks: dict[str, list[torch.Tensor]] = {p: [] for p in self.points}
        logits: list[torch.Tensor] = []
        with evaluating(self.model), capture(self.model, self.points) as store:
            for batch in tqdm(batches, desc="reading", unit="batch", disable=not progress, leave=False):
                store.clear()
                output = _logits_of(self._call(batch))
                length = _sequence_length(batch, output)
                final = self._rows(output, batch, "the model's logits", length)
                if final.ndim == 2 and final.shape[1] > validation.MAX_OUTPUTS:  # before reading further
                    raise InputError(
                        "head",
                        f"the model gives {final.shape[1]:,} outputs; QLENS circuits hold at most "
                        f"{validation.MAX_OUTPUTS:,} (16 qubits)",
                    )
                for point in self.points:
                    rows = self._rows(store.read(point), batch, f"point {point!r}", length)
                    if rows.shape[0] != final.shape[0]:
                        raise InputError(
                            "readout",
                            f"point {point!r} gives {rows.shape[0]} rows, the logits {final.shape[0]}",
                        )
                    chunks[point].append(rows.detach())
                logits.append(final.detach())
        if not logits:
            raise InputError("batches", "are empty")
        try:
            residuals = {p: torch.cat(c) for p, c in chunks.items()}
            all_logits = torch.cat(logits)
        except RuntimeError as exc:
            raise InputError(
                "batches", f"give rows that do not stack ({' '.join(str(exc).split())[:120]})"
            ) from None
        widths = {p: int(r.shape[1]) for p, r in residuals.items()}
        if len(set(widths.values())) != 1:
            raise InputError("points", f"residual widths differ: {widths}")
        out = Residuals(residuals, all_logits)
        if out.rows == 0:
            raise InputError("batches", "hold no rows")
        n = int(out.logits.shape[1])
        if n < 2:
            raise InputError("head", f"the model gives {n} output, QLENS needs at least 2")
        if self.output_names is not None and len(self.output_names) != n:
            raise InputError("output_names", f"{len(self.output_names)} names for {n} outputs")
        return out

    def fit_lenses(
        self,
        data: Any,
        kind: str = "affine",
        seed: int = 0,
        *,
        steps: int = LENS_STEPS,
        learning_rate: float = LENS_LEARNING_RATE,
        batch_size: int | None = None,
        progress: bool = False,
    ) -> Lenses:
        """One lens per hook point, fitted on ``data`` (batches or a :class:`Residuals` cache).

        ``kind`` is ``affine`` (``A h + b``, as in tuned-lens: the default) or ``bias`` (``h + b``,
        the paper's recipe); :mod:`qlens_q.nn.lenses` says how each is fitted. The model is held in eval mode; the lenses live on its device (:func:`qlens_q.nn.lenses.lens_dtype`).
        """
        if kind not in LENS_KINDS:
            raise InputError("kind", f"unknown lens kind {kind!r} (choose from {', '.join(LENS_KINDS)})")
        cached = self.cache(data, progress=progress)
        d_model = _width(cached)
        config = LensConfig(
            points=tuple(self.points), d_model=d_model, kind=kind, readout=self.readout_name,
            steps=steps, learning_rate=learning_rate, batch_size=batch_size, seed=seed,
        )  # fmt: skip
        head = self._head(cached)
        with evaluating(self.model, self.head):
            check_gradient_path(self.head, next(iter(cached.residuals.values())))
            lenses = fit_lenses(
                cached.residuals,
                cached.logits,
                head,
                config,
                model=self.model,
                progress=progress,
            )
        lenses.readout_function = self.readout if callable(self.readout) else None
        return lenses

    def _head(self, cached: Residuals) -> Head:
        """The head, checked to return ``(rows, N)`` logits, ``N`` the width of the model's own."""
        return checked_head(self.head, int(cached.logits.shape[1]))

    def check_lenses(self, lenses: Lenses | None, d_model: int | None = None) -> None:
        """Refuse lenses fitted for other points, another residual width (``d_model``, when known) or readout.

        A callable readout is compared by identity (or its ``def``'s code) with the one the lenses were
        fitted with; lenses loaded from a file only record ``custom``, which any callable matches.
        """
        if lenses is None:
            return
        if not isinstance(lenses, Lenses):
            raise InputError("lenses", f"must be qlens_q Lenses or None, got {type(lenses).__name__}")
        if tuple(lenses.config.points) != tuple(self.points):
            raise InputError(
                "lenses", f"are for points {list(lenses.config.points)}, the probe has {list(self.points)}"
            )
        if lenses.config.readout != self.readout_name:
            raise InputError(
                "lenses",
                f"were fitted at readout {lenses.config.readout!r}, the probe reads {self.readout_name!r}",
            )
        fitted_with = lenses.readout_function
        if (
            callable(self.readout)
            and fitted_with is not None
            and not _same_function(fitted_with, self.readout)
        ):
            name = getattr(fitted_with, "__qualname__", type(fitted_with).__name__)
            raise InputError(
                "lenses", f"were fitted with another readout function ({name}); fit them with this one"
            )
        if d_model is not None and lenses.config.d_model != d_model:
            raise InputError(
                "lenses",
                f"were fitted on residuals of width {lenses.config.d_model}, the probe reads {d_model}",
            )

    @torch.no_grad()
    def lens_metrics(self, data: Any, lenses: Lenses | None) -> dict[str, dict[str, float]]:
        """Per hook point: KL(final || lens) and top-1 agreement, tuned and identity lens.

        Batches are read one at a time and the means weighted by their rows, so memory
        stays at one batch's logits however many rows there are.
        """
        self.check_lenses(lenses)
        if isinstance(data, (Residuals, torch.Tensor, Mapping)):
            return self._metrics(self.cache(data), lenses)
        sums: dict[str, dict[str, float]] = {}
        rows = 0
        for batch in data:
            cached = self.cache(batch)
            for point, values in self._metrics(cached, lenses).items():
                acc = sums.setdefault(point, dict.fromkeys(values, 0.0))
                for key, value in values.items():
                    acc[key] += value * cached.rows
            rows += cached.rows
        if rows == 0:
            raise InputError("batches", "are empty")
        return {point: {key: value / rows for key, value in acc.items()} for point, acc in sums.items()}

    def _metrics(self, cached: Residuals, lenses: Lenses | None) -> dict[str, dict[str, float]]:
        """:func:`qlens_q.nn.lenses.lens_metrics` on ``cached``, lenses checked, model and head in eval mode."""
        self.check_lenses(lenses, _width(cached))
        with evaluating(self.model, self.head, lenses):
            return lens_metrics(cached.residuals, cached.logits, self._head(cached), lenses)

    @torch.no_grad()
    def trajectories(
        self,
        data: Any,
        lenses: Lenses | None = None,
        *,
        ids: Sequence[str] | None = None,
        meta: Mapping[str, Sequence[Any]] | None = None,
        progress: bool = False,
    ) -> Trajectories:
        """The distributions at every point for every row of ``data`` (identity lenses without ``lenses``).

        The result's lens summary (:attr:`Trajectories.lens`) is scored on the same rows.
        """
        self.check_lenses(lenses)
        cached = self.cache(data, progress=progress)
        self.check_lenses(lenses, _width(cached))
        head = self._head(cached)
        stages = []
        with evaluating(self.model, self.head, lenses):
            for point in self.points:
                h = cached.residuals[point]
                logits = head(h) if lenses is None else lenses.logits(point, h, head)
                stages.append(softmax64(logits))
        stages.append(softmax64(cached.logits))
        return Trajectories(
            np.stack(stages, axis=1),
            self.trajectory_points,
            ids=ids,
            output_names=self.output_names,
            sublayers=self.sublayers,
            meta=meta,
            lens=self._metrics(cached, lenses),
        )


def _sequence_length(batch: Any, output: torch.Tensor) -> int | None:
    """The batch's sequence length: its ``attention_mask``'s, else the model's (dense) logits', else unknown."""
    mask = batch.get("attention_mask") if isinstance(batch, Mapping) else None
    if isinstance(mask, torch.Tensor) and mask.ndim == 2:
        return int(mask.shape[1])
    if not output.is_nested and output.ndim == 3:
        return int(output.shape[1])
    return None


def padded(x: torch.Tensor, length: int | None) -> torch.Tensor:
    """A nested tensor as a dense ``(batch, seq, d)`` one, zeros where a row has no position.

    A stock :class:`torch.nn.TransformerEncoder` given a padding mask in eval mode runs on nested
    tensors (its default ``enable_nested_tensor=True``): each row keeps its valid positions, which the
    fast path requires to be left-aligned (right padding), so padding the rows back with zeros to the
    batch's ``length`` puts every position where it was. ``length=None``: the longest row's.
    """
    dense = x.to_padded_tensor(0.0)
    if length is not None and dense.ndim == 3 and dense.shape[1] < length:
        dense = torch.nn.functional.pad(dense, (0, 0, 0, length - dense.shape[1]))
    return dense


def check_gradient_path(head: Head, rows: torch.Tensor) -> None:
    """Refuse a ``head`` through which no gradient reaches its input: lenses are fitted through the head.

    The head is called once on (at most) two rows that require a gradient; its logits must depend on them
    through torch operations (``d logits / d h`` exists). A head that detaches, runs under
    ``torch.no_grad()``/``torch.inference_mode()`` or leaves torch (numpy) is an :class:`InputError`
    naming ``head``, not torch's "element 0 of tensors does not require grad" from inside the fit.
    An exception the head raises itself reaches the caller unchanged.
    """
    with torch.enable_grad():
        h = rows[:2].detach().clone().requires_grad_(True)
        out = head(h)
        if not isinstance(out, torch.Tensor) or not out.is_floating_point():
            return  # not logits at all: the checked call (checked_head) says what it returned
        reached = out.requires_grad and torch.autograd.grad(out.sum(), h, allow_unused=True)[0] is not None
    if not reached:
        raise InputError(
            "head",
            "its logits have no gradient path to its input rows, and the lenses are fitted through it: "
            "a head must not detach, run under torch.no_grad() or torch.inference_mode(), or leave torch "
            "(e.g. head=model.lm_head, or lambda h: model.lm_head(model.ln_f(h)))",
        )


def _width(cached: Residuals) -> int:
    """The residual width ``d`` of a cache."""
    return int(next(iter(cached.residuals.values())).shape[1])
