"""Trajectories: what a model's lenses say, point by point, about a set of examples.

A :class:`Trajectories` is an array value object (numpy only, like tuned-lens's
``PredictionTrajectory``). For example ``k`` and point ``s`` (a hook point read
through its lens, the last point being the model's own output), ``probs[k, s]``
is a distribution over the ``N`` output units (classes or vocabulary words):

    probs: (K, S, N) float64,  probs[k, s, j] >= 0,  sum_j probs[k, s, j] = 1.

QLENS reads every row as the state ``|psi_{k,s}> = sum_j sqrt(probs[k, s, j]) |j>``
and every pair of consecutive points ``(s, s + 1)`` as a *sub-layer*: the
operator carrying ``psi_{k,s}`` to ``psi_{k,s+1}``. There are ``S - 1`` sub-layers,
:attr:`Trajectories.layers`; each has a name (by default its target point's).

Besides the arrays a trajectory set holds the example ids (``K`` strings), the
output names (``N`` strings), per-example metadata columns (text, label,
position, ...: JSON scalars), and optionally the lens summary over the same
examples (per hook point: ``KL(final || lens)`` and top-1 agreement, for the
tuned lens and for the identity lens beside it).

:meth:`Trajectories.save` writes the arrays as safetensors and everything else
as a JSON sidecar; :meth:`Trajectories.load` reads them back bit for bit. No
pickle anywhere.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from qlens_q import io, validation
from qlens_q.errors import InputError

FORMAT = "qlens-q-trajectories/1"
#: File names inside a run directory.
ARRAYS_FILE = "trajectories.safetensors"
SIDECAR_FILE = "trajectories.json"
#: Largest ``K * S * N`` accepted (1 GiB of float64), checked before anything is allocated.
MAX_VALUES = 2**27
#: Largest sidecar (``trajectories.json``) read (bytes).
MAX_SIDECAR_BYTES = 256 * 2**20
#: Names of points and sub-layers become file names: letters, digits, ``_ . -``.
NAME_PATTERN = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.\-]{0,63}$")
#: Reserved: the name of the circuit through all points.
TRAJECTORY = "trajectory"
#: Rows whose sum is further than this from 1 are divided by their sum (the others are kept
#: as they are, so that saving and loading is the identity).
RENORMALISE_ABOVE = 1e-12
_SCALARS = (str, int, float, bool, type(None))
#: Fields of every example's row in ``report.json``: no metadata column may take these names.
RESERVED_META = ("id", "prediction", "probs", "top", "circuits", "crosscheck", "identity_layer",
                 "label_probability", "label_rank")  # fmt: skip


@dataclass(frozen=True)
class SubLayer:
    """Sub-layer ``index``: carries point ``source`` (index ``index``) to ``target`` (``index + 1``)."""

    index: int
    name: str
    source: str
    target: str


def _column(values: Any, what: str) -> list[Any]:
    """``values`` as a list: a sequence (not a string) or a 1-D array-like with ``tolist`` (numpy, torch)."""
    if isinstance(values, (str, bytes)):
        raise InputError(what, f"must be a list, not a {type(values).__name__}")
    if isinstance(values, Sequence):
        return list(values)
    ndim = getattr(values, "ndim", None)
    if ndim is not None and hasattr(values, "tolist"):
        if ndim != 1:
            raise InputError(what, f"must be one-dimensional, got {ndim} dimensions")
        return list(values.tolist())
    raise InputError(what, f"must be a list or a 1-D array, got {type(values).__name__}")


def _names(values: Any, count: int, what: str, *, pattern: bool) -> tuple[str, ...]:
    names = tuple(_column(values, what))
    if len(names) != count:
        raise InputError(what, f"needs {count} names, got {len(names)}")
    for name in names:
        if not isinstance(name, str) or not name:
            raise InputError(what, f"every name must be a non-empty string, got {name!r}")
        if pattern and not NAME_PATTERN.match(name):
            raise InputError(what, f"{name!r}: use letters, digits, '_', '.', '-' (at most 64)")
    return names


def _unique(names: tuple[str, ...], what: str) -> None:
    if len(set(names)) != len(names):
        dup = next(n for n in names if names.count(n) > 1)
        raise InputError(what, f"{dup!r} occurs twice")


def checked_probs(probs: Any, name: str = "probs") -> NDArray[np.float64]:
    """``probs`` as a read-only ``(K, S, N)`` float64 array of validated distributions.

    Every row must be finite, non-negative and sum to 1 within
    :data:`qlens_q.validation.SUM_ATOL`; rows further than :data:`RENORMALISE_ABOVE`
    from 1 are divided by their sum, the others are kept bit for bit.
    """
    try:
        if np.iscomplexobj(np.asarray(probs)):
            raise InputError(name, "must be real numbers")
        arr = np.array(probs, dtype=np.float64)
    except (TypeError, ValueError, OverflowError) as exc:
        why = "rows of different lengths" if "inhomogeneous" in str(exc) else " ".join(str(exc).split())[:120]
        raise InputError(name, f"not an array of numbers ({why})") from None
    if arr.ndim != 3:
        raise InputError(name, f"must have shape (examples, points, outputs), got shape {arr.shape}")
    k, s, n = arr.shape
    if k < 1 or s < 2 or n < 2:
        raise InputError(name, f"needs >= 1 example, >= 2 points and >= 2 outputs, got shape {arr.shape}")
    if arr.size > MAX_VALUES:
        raise InputError(name, f"{arr.size:,} values exceed the limit of {MAX_VALUES:,}")
    if n > validation.MAX_OUTPUTS:
        raise InputError(
            name, f"{n:,} outputs exceed the limit of {validation.MAX_OUTPUTS:,} (16 qubits per circuit)"
        )
    finite = np.isfinite(arr)
    if not finite.all():
        bad = tuple(int(i) for i in np.argwhere(~finite)[0])
        raise InputError(name, f"entry {bad} is not finite ({arr[bad]})")
    if (arr < 0).any():
        bad = tuple(int(i) for i in np.argwhere(arr < 0)[0])
        raise InputError(name, f"entry {bad} is negative ({arr[bad]:.3g})")
    sums = arr.sum(axis=-1)
    off = np.abs(sums - 1.0)
    if (off > validation.SUM_ATOL).any():
        bad = tuple(int(i) for i in np.argwhere(off > validation.SUM_ATOL)[0])
        raise InputError(name, f"row {bad} sums to {sums[bad]:.9g}, not 1 within {validation.SUM_ATOL:g}")
    fix = off > RENORMALISE_ABOVE
    if fix.any():
        arr[fix] /= sums[fix][:, None]
    arr.setflags(write=False)
    return arr


class Trajectories:
    """Distributions over ``N`` outputs at ``S`` points for ``K`` examples (see the module docstring).

    Args:
        probs: ``(K, S, N)`` distributions, validated by :func:`checked_probs`.
        points: the ``S`` point names in order (the last is the model's own output).
        ids: ``K`` unique example ids (default ``"0" .. "K-1"``).
        output_names: ``N`` names of the output units (default ``"0" .. "N-1"``).
        sublayers: ``S - 1`` sub-layer names (default: each one's target point).
        meta: per-example columns, each ``K`` JSON scalars (str, int, float, bool, None) as a list or
            a 1-D array; a column may not take the name of a report field (:data:`RESERVED_META`).
        lens: per hook point, the lens summary over these examples (numbers only).
    """

    __slots__ = ("_lens", "_meta", "ids", "output_names", "points", "probs", "sublayers")

    def __init__(
        self,
        probs: Any,
        points: Sequence[str],
        *,
        ids: Sequence[str] | None = None,
        output_names: Sequence[str] | None = None,
        sublayers: Sequence[str] | None = None,
        meta: Mapping[str, Sequence[Any]] | None = None,
        lens: Mapping[str, Mapping[str, float]] | None = None,
    ) -> None:
        self.probs = checked_probs(probs)
        k, s, n = self.probs.shape
        self.points = _names(points, s, "points", pattern=True)
        _unique(self.points, "points")
        self.sublayers = _names(
            self.points[1:] if sublayers is None else sublayers, s - 1, "sublayers", pattern=True
        )
        _unique(self.sublayers, "sublayers")
        if TRAJECTORY in self.sublayers:
            raise InputError("sublayers", f"{TRAJECTORY!r} is reserved for the circuit through all points")
        self.ids = _names([str(i) for i in range(k)] if ids is None else ids, k, "ids", pattern=False)
        _unique(self.ids, "ids")
        self.output_names = _names(
            [str(j) for j in range(n)] if output_names is None else output_names,
            n,
            "output_names",
            pattern=False,
        )
        _unique(self.output_names, "output_names")
        self._meta = _checked_meta(meta or {}, k)
        self._lens = _checked_lens(lens or {})

    # ------------------------------------------------------------------ shape and views

    @property
    def num_examples(self) -> int:
        """``K``."""
        return int(self.probs.shape[0])

    @property
    def num_points(self) -> int:
        """``S``."""
        return int(self.probs.shape[1])

    @property
    def num_outputs(self) -> int:
        """``N``."""
        return int(self.probs.shape[2])

    @property
    def num_qubits(self) -> int:
        """``n = max(1, ceil(log2 N))``: the qubits of every circuit."""
        return max(1, math.ceil(math.log2(self.num_outputs)))

    @property
    def layers(self) -> tuple[SubLayer, ...]:
        """The ``S - 1`` sub-layers: consecutive pairs of points."""
        return tuple(
            SubLayer(j, name, self.points[j], self.points[j + 1]) for j, name in enumerate(self.sublayers)
        )

    @property
    def meta(self) -> dict[str, tuple[Any, ...]]:
        """Per-example metadata columns (a copy)."""
        return dict(self._meta)

    @property
    def lens(self) -> dict[str, dict[str, float]]:
        """The lens summary per hook point (a copy; empty when none was recorded)."""
        return {point: dict(values) for point, values in self._lens.items()}

    def at(self, point: str) -> NDArray[np.float64]:
        """``(K, N)``: every example's distribution at ``point``."""
        if point not in self.points:
            raise InputError("point", f"unknown point {point!r} (choose from {', '.join(self.points)})")
        return self.probs[:, self.points.index(point)]

    def layer(self, name: str) -> SubLayer:
        """The sub-layer called ``name``."""
        if name not in self.sublayers:
            raise InputError(
                "sublayer", f"unknown sub-layer {name!r} (choose from {', '.join(self.sublayers)})"
            )
        return self.layers[self.sublayers.index(name)]

    def example(self, k: int) -> dict[str, Any]:
        """Example ``k``'s id and metadata."""
        return {"id": self.ids[k], **{key: column[k] for key, column in self._meta.items()}}

    def select(self, indices: Sequence[int] | slice) -> Trajectories:
        """The trajectories of some examples (in the given order), everything else kept."""
        order = np.arange(self.num_examples)[indices] if isinstance(indices, slice) else np.asarray(indices)
        if order.ndim != 1 or (order.size and (order.min() < 0 or order.max() >= self.num_examples)):
            raise InputError("indices", f"must be example indices in 0..{self.num_examples - 1}")
        picked = [int(i) for i in order]
        return Trajectories(
            self.probs[picked],
            self.points,
            ids=[self.ids[i] for i in picked],
            output_names=self.output_names,
            sublayers=self.sublayers,
            meta={key: [column[i] for i in picked] for key, column in self._meta.items()},
            lens=self._lens,
        )

    def with_lens(self, lens: Mapping[str, Mapping[str, float]]) -> Trajectories:
        """The same trajectories with another lens summary."""
        return Trajectories(
            self.probs, self.points, ids=self.ids, output_names=self.output_names,
            sublayers=self.sublayers, meta=self._meta, lens=lens,
        )  # fmt: skip

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Trajectories):
            return NotImplemented
        return self._sidecar() == other._sidecar() and np.array_equal(self.probs, other.probs)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return (
            f"Trajectories(examples={self.num_examples}, points={list(self.points)}, "
            f"outputs={self.num_outputs})"
        )

    # ------------------------------------------------------------------ files

    def _sidecar(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "shape": list(self.probs.shape),
            "points": list(self.points),
            "sublayers": list(self.sublayers),
            "ids": list(self.ids),
            "output_names": list(self.output_names),
            "meta": {key: list(column) for key, column in self._meta.items()},
            "lens": self.lens,
        }

    def save(self, path: str | Path) -> None:
        """Write the array and its JSON sidecar, atomically: ``path`` ending in ``.safetensors`` and
        ``path`` with ``.json``; an existing directory gets ``trajectories.safetensors`` / ``.json``;
        any other path gets ``.safetensors`` appended (``path.safetensors`` and ``path.json``).

        The sidecar records the sha256 of itself and the array file (:func:`qlens_q.io.digest`),
        so a pair that does not belong together, or an edited sidecar, is refused by :meth:`load`.
        """
        from safetensors.numpy import save as save_arrays

        arrays, sidecar = _paths(path)
        data = save_arrays({"probs": np.ascontiguousarray(self.probs)})
        io.atomic_write_bytes(arrays, data)
        meta = self._sidecar()
        io.atomic_write_json(sidecar, {**meta, "sha256": io.digest(meta, data)})

    @classmethod
    def load(cls, path: str | Path) -> Trajectories:
        """Read what :meth:`save` wrote, ``path`` read as :meth:`save` reads it: the ``.safetensors``
        file, a run directory holding ``trajectories.safetensors``, or a path without the suffix."""
        from safetensors.numpy import load as load_arrays

        arrays, sidecar = _paths(path)
        raw = io.read_json(sidecar, MAX_SIDECAR_BYTES, what="trajectories")  # a regular file, strict JSON
        if not isinstance(raw, dict) or raw.get("format") != FORMAT:
            raise InputError(str(sidecar), f"is not a {FORMAT} file")
        shape = raw.get("shape")
        if (
            not isinstance(shape, list)
            or len(shape) != 3
            or not all(isinstance(x, int) and x >= 1 for x in shape)
            or math.prod(shape) > MAX_VALUES
        ):
            raise InputError(str(sidecar), f"declares an unusable shape {shape!r}")
        data = io.read_bytes(
            arrays,
            8 * math.prod(shape) + 2**16,
            what="trajectories",
            bound="more than its declared shape needs",
        )
        try:
            probs = load_arrays(data)["probs"]
        except Exception as exc:  # safetensors raises several types for a bad file
            raise InputError(str(arrays), f"cannot read trajectories ({exc.__class__.__name__})") from None
        io.check_digest(
            raw.get("sha256"), {k: v for k, v in raw.items() if k != "sha256"}, data, arrays, sidecar.name
        )
        if list(probs.shape) != shape or probs.dtype != np.float64:
            raise InputError(
                str(arrays), f"holds {probs.dtype} {probs.shape}, {sidecar.name} declares {shape}"
            )
        try:
            return cls(
                probs,
                raw["points"],
                ids=raw["ids"],
                output_names=raw["output_names"],
                sublayers=raw["sublayers"],
                meta=raw.get("meta") or {},
                lens=raw.get("lens") or {},
            )
        except KeyError as exc:
            raise InputError(str(sidecar), f"lacks {exc}") from None
        except InputError as exc:
            raise InputError(str(sidecar), str(exc)) from None


def _paths(path: str | Path) -> tuple[Path, Path]:
    """The array file and the sidecar of ``path`` (see :meth:`Trajectories.save`)."""
    target = Path(path)
    if target.is_dir():  # a run directory
        target = target / ARRAYS_FILE
    elif target.suffix != ".safetensors":
        target = target.with_name(target.name + ".safetensors")
    return target, target.with_suffix(".json")


def _checked_meta(meta: Mapping[str, Sequence[Any]], count: int) -> dict[str, tuple[Any, ...]]:
    if not isinstance(meta, Mapping):
        raise InputError("meta", f"must map column names to lists, got {type(meta).__name__}")
    out: dict[str, tuple[Any, ...]] = {}
    for key, column in meta.items():
        if not isinstance(key, str) or not key:
            raise InputError("meta", f"column names must be non-empty strings, got {key!r}")
        if key in RESERVED_META:
            raise InputError(
                "meta", f"column {key!r} would overwrite the report field of that name; rename it"
            )
        listed = _column(column, f"meta[{key!r}]")
        if len(listed) != count:
            raise InputError(f"meta[{key!r}]", f"needs one value per example ({count}), got {len(listed)}")
        values = tuple(x.item() if isinstance(x, np.generic) else x for x in listed)
        for x in values:
            if not isinstance(x, _SCALARS) or (isinstance(x, float) and not math.isfinite(x)):
                raise InputError(f"meta[{key!r}]", f"values must be finite JSON scalars, got {x!r}")
        out[key] = values
    return out


def _checked_lens(lens: Mapping[str, Mapping[str, float]]) -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {}
    for point, values in lens.items():
        if not isinstance(point, str) or not isinstance(values, Mapping):
            raise InputError("lens", "must map hook point names to {metric: number}")
        row = {}
        for key, value in values.items():
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
                raise InputError(f"lens[{point!r}]", f"{key} must be a finite number, got {value!r}")
            row[str(key)] = float(value)
        out[point] = row
    return out
