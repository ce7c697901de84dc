"""The QLENS analysis of a set of trajectories: the paper's table, for any number of sub-layers.

For every sub-layer ``j`` (points ``j -> j + 1``) and example ``k`` the Householder
vector ``v_k = (psi_out - psi_in) / ||psi_out - psi_in||`` in the ``N``-dim output
space (:func:`qlens_q.operators.householder_vector_from_probabilities`; ``None``
for an identity layer) defines ``U_k = I - 2 v_k v_k^T`` and
``H_k = (pi/alpha) v_k v_k^T``. :func:`analyze` returns, per sub-layer:

* ``unitary_similarity``: mean pairwise Frobenius cosine of the ``U_k`` (identity
  layers count as ``U = I``) against the random baseline
  (:mod:`qlens_q.stats.baseline`, as many vectors as examples), with the observed
  difference and a one-sided permutation p-value (:mod:`qlens_q.stats.tests`);
* ``hamiltonian_similarity``: the same for the ``H_k``, identity layers excluded;
* ``delta_psi``: mean ``Delta psi = -2 <v|psi_in> v`` (Theorem 1) and its norm;
* ``householder_mean``: the mean Householder vector (reflections only), its norm,
  and a one-sided permutation test of that norm against baseline vectors;
* ``top1_changed`` (how often the argmax moves) and ``total_variation_mean``;
* for ``N > 2``: ``pca`` and elbow k-means ``clusters`` of the ``v_k`` and of ``Delta psi``,
  and ``top_outputs``, the ``top_k`` outputs whose probability the sub-layer raises
  and lowers most (mean ``Delta p``), overall and per example;

and for every pair of consecutive sub-layers (``consecutive``) the distance
correlation of their Householder vectors over the same examples and their mean
alignment ``v_j . v_{j+1}``. Vectors longer than :data:`FULL_VECTOR_MAX` are
kept as their largest coordinates, named by the outputs. The paper's reference
numbers (SentiHood, 2 classes) come along when the trajectories are the paper's
shape: sub-layers ``attention`` and ``mlp`` over two classes.

Given the cross-check's ``verdicts`` (``check(...).verdicts``), the result also holds
``crosscheck``: per sub-layer, and for the circuit through all points under
``"trajectory"``, how many of its circuits ran (``circuits``), how many passed
(``passed``) and their ratio (``pass_rate``), a verdict belonging to the sub-layer
whose name is its ``circuit``. Without verdicts the result is as before.

Every random draw comes from a generator seeded by ``(seed, sub-layer, purpose)``:
the same trajectories and seed give the same numbers. Nothing here imports torch.
"""

from __future__ import annotations

import dataclasses
import itertools
import json
import time
import types
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Union, get_args, get_origin, get_type_hints

import numpy as np
from numpy.typing import NDArray

from qlens_q import validation
from qlens_q.errors import InputError
from qlens_q.operators import householder_vector_from_probabilities
from qlens_q.stats import tests
from qlens_q.stats.baseline import random_householder_vectors
from qlens_q.stats.similarity import stack_vectors
from qlens_q.trajectories import TRAJECTORY, SubLayer, Trajectories

if TYPE_CHECKING:
    from qlens_q.crosscheck import Verdict

ANALYSIS_FORMAT = "qlens-q-analysis/2"
#: Vectors of more outputs than this are stored as their largest coordinates only.
FULL_VECTOR_MAX = 64
#: Coordinates kept of a long vector.
TOP_COORDINATES = 5
#: Principal components whose explained variance is reported.
PCA_REPORTED = 5
#: A sub-layer whose largest move over the examples, ``max_k ||psi_out,k - psi_in,k||``, is at most this is
#: *negligible*: the analysis reads it as the identity at every example (no Householder vector, no similarity
#: test). Such a move changes no Born probability by more than ``2e-5`` (``|q_j - p_j| <= 2 ||psi_out -
#: psi_in||``): below what 10,000 shots resolve (about 1e-2) and at the float32 round-off a forward pass
#: accumulates (eps = 1.2e-7 per operation, so the same computation done along two paths, e.g. a hook on the
#: last block's output against the model's own logits, differs by 1e-7 to 1e-6). Reflections fitted to such
#: moves point along the round-off, and their similarity would be a property of the arithmetic, not of the
#: model. Per-example identity (``||psi_out - psi_in|| <= 1e-10``, :data:`qlens_q.operators.IDENTITY_ATOL`) is
#: unchanged; the circuits always reproduce the exact move.
NEGLIGIBLE_MOVE = 1e-5
#: Titles of the toy model's sub-layers.
TITLES = {"attention": "multi-head attention", "mlp": "MLP"}

#: The paper's numbers (arXiv 2510.11963 v1 table, SentiHood, 2 classes) and the
#: authors' public notebook outputs (seed 42); see shared/reference/qlens-paper-results.md.
PAPER: dict[str, Any] = {
    "source": "QLENS (arXiv 2510.11963) v1 table, SentiHood, 2 classes; public notebook outputs, seed 42",
    "num_classes": 2,
    "test_examples": 214,
    "layers": {
        "attention": {
            "unitary_similarity": 0.8398,
            "unitary_p": 0.0001,
            "hamiltonian_similarity": 0.9193,
            "hamiltonian_p": 0.0001,
            "delta_psi_mean": [-0.1001, -0.0385],
            "unitary_difference": 0.4916,
            "hamiltonian_difference": 0.2478,
            "difference_p": 0.000999,
            "householder_mean": [0.0687, -0.4139],
            "householder_mean_norm": 0.420,
            "householder_mean_p": 0.000999,
        },
        "mlp": {
            "unitary_similarity": 0.4901,
            "unitary_p": 0.0001,
            "hamiltonian_similarity": 0.7445,
            "hamiltonian_p": 0.0001,
            "delta_psi_mean": [-0.0009, 0.0003],
            "unitary_difference": 0.2330,
            "hamiltonian_difference": 0.1221,
            "difference_p": 0.000999,
            "householder_mean": [0.0141, -0.3324],
            "householder_mean_norm": 0.333,
            "householder_mean_p": 0.0559,
        },
    },
    "distance_correlation": {"statistic": 0.4312, "permutation_p": 0.000999, "t_test_p": 0.0},
}

#: How to read the numbers (``notes`` of every analysis).
NOTES = (
    "Similarities are Frobenius cosines in the N-dim output space (D = N, not the padded 2^n).",
    "Unitary similarity counts identity layers as U = I; Hamiltonian similarity and the mean "
    "Householder vector leave them out (H = 0).",
    "p-values: one-sided permutation tests, p = (count + 1) / (n_resamples + 1).",
    "Random baseline: as many random Householder vectors as examples, uniform in quadrants 2 and 4 "
    "for N = 2, differences of random positive unit vectors otherwise.",
)

# Purposes of the seeded generators (third entry of the seed sequence).
_BASELINE, _UNITARY_TEST, _HAMILTONIAN_TEST, _MEAN_TEST, _CLUSTERS, _DCOR = range(6)


def derived_seed(seed: int, *keys: int) -> int:
    """A 32-bit seed for one purpose, from ``numpy.random.SeedSequence([seed, *keys])``."""
    return int(np.random.SeedSequence([seed, *keys]).generate_state(1)[0])


def title(name: str) -> str:
    """A sub-layer's name for tables and figures."""
    return TITLES.get(name, name)


def paper_shaped(traj: Trajectories) -> bool:
    """Whether the paper's numbers can stand beside these trajectories' (two classes, attention and MLP)."""
    return traj.num_outputs == 2 and traj.sublayers == ("attention", "mlp")


@dataclass(frozen=True)
class LayerVectors:
    """The operators of one sub-layer over all examples, in the ``N``-dim output space.

    Attributes:
        layer: the sub-layer.
        householder: ``(K, N)``; row ``k`` is ``v_k``, zero for an identity layer.
        identity: ``(K,)`` booleans, True where the layer is the identity.
        psi_in, psi_out: ``(K, N)`` Born amplitudes ``sqrt(p)``.
        largest_move: ``max_k ||psi_out,k - psi_in,k||``.
        negligible: whether ``largest_move <= NEGLIGIBLE_MOVE`` (then every example is an identity layer).
    """

    layer: SubLayer
    householder: NDArray[np.float64]
    identity: NDArray[np.bool_]
    psi_in: NDArray[np.float64]
    psi_out: NDArray[np.float64]
    largest_move: float = 0.0
    negligible: bool = False

    @property
    def reflections(self) -> NDArray[np.float64]:
        """The unit Householder vectors of the non-identity examples."""
        return self.householder[~self.identity]

    def vector_list(self) -> list[NDArray[np.float64] | None]:
        """``v_k`` or ``None`` per example."""
        return [None if ident else row for row, ident in zip(self.householder, self.identity, strict=True)]

    @property
    def delta_psi(self) -> NDArray[np.float64]:
        """``Delta psi_k = -2 <v_k|psi_in,k> v_k`` (Theorem 1), one row per example."""
        return tests.delta_psi_vectors(self.vector_list(), self.psi_in)


def layer_vectors(traj: Trajectories, layer: SubLayer | str) -> LayerVectors:
    """The Householder vectors of one sub-layer, from the trajectories' distributions.

    A negligible sub-layer (:data:`NEGLIGIBLE_MOVE`) gets no vectors: every example is an identity layer.
    """
    sub = traj.layer(layer) if isinstance(layer, str) else layer
    p_in, p_out = traj.probs[:, sub.index], traj.probs[:, sub.index + 1]
    psi_in, psi_out = np.sqrt(p_in), np.sqrt(p_out)
    largest = float(np.linalg.norm(psi_out - psi_in, axis=1).max(initial=0.0))
    negligible = largest <= NEGLIGIBLE_MOVE
    vectors: list[NDArray[np.float64] | None] = (
        [None] * traj.num_examples
        if negligible
        else [householder_vector_from_probabilities(a, b) for a, b in zip(p_in, p_out, strict=True)]
    )
    return LayerVectors(
        layer=sub,
        householder=stack_vectors(vectors, traj.num_outputs),
        identity=np.array([v is None for v in vectors], dtype=bool),
        psi_in=psi_in,
        psi_out=psi_out,
        largest_move=largest,
        negligible=negligible,
    )


def baseline_vectors(num: int, n_outputs: int, seed: int, layer_index: int) -> NDArray[np.float64]:
    """The random baseline used for sub-layer ``layer_index`` (reproducible for figures)."""
    return random_householder_vectors(num, n_outputs, derived_seed(seed, layer_index, _BASELINE))


# ---------------------------------------------------------------------------- the typed result

#: Field metadata: left out of ``to_dict()`` (the key under which a record is stored).
_KEY = {"json": False}
#: Field metadata: left out of ``to_dict()`` when ``None`` (keys that exist only for some shapes).
_OPTIONAL = {"omit_none": True}


def _to_json(value: Any) -> Any:
    """A record, tuple or mapping as JSON-ready dicts and lists, keys in field order."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return value.to_dict() if hasattr(value, "to_dict") else _fields_json(value)
    if isinstance(value, (tuple, list)):
        return [_to_json(x) for x in value]
    if isinstance(value, Mapping):
        return {str(k): _to_json(x) for k, x in value.items()}
    return value


def _fields_json(record: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in dataclasses.fields(record):
        value = getattr(record, f.name)
        if f.metadata.get("json", True) and not (f.metadata.get("omit_none") and value is None):
            out[f.name] = _to_json(value)
    return out


def _from_json(kind: Any, data: Any, where: str) -> Any:
    """``data`` (JSON) as the annotated type ``kind``: records, ``X | None``, tuples, mappings, scalars."""
    origin, args = get_origin(kind), get_args(kind)
    if origin in (Union, types.UnionType):
        if data is None and type(None) in args:
            return None
        (inner,) = [a for a in args if a is not type(None)]
        return _from_json(inner, data, where)
    if dataclasses.is_dataclass(kind) and isinstance(kind, type):
        return _record(kind, data, where)
    if origin is tuple:
        if not isinstance(data, list):
            raise InputError("analysis", f"{where}: expected a list, got {type(data).__name__}")
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_from_json(args[0], x, f"{where}[{i}]") for i, x in enumerate(data))
        if len(args) != len(data):
            raise InputError("analysis", f"{where}: expected {len(args)} entries, got {len(data)}")
        return tuple(
            _from_json(a, x, f"{where}[{i}]") for i, (a, x) in enumerate(zip(args, data, strict=True))
        )
    if (origin is not None and issubclass(origin, Mapping)) or kind is Any:
        return data
    if kind is float and isinstance(data, (int, float)) and not isinstance(data, bool):
        return float(data) if isinstance(data, int) else data
    if isinstance(kind, type) and isinstance(data, kind) and (kind is bool or not isinstance(data, bool)):
        return data
    raise InputError("analysis", f"{where}: expected {getattr(kind, '__name__', kind)}, got {data!r:.40}")


def _record(cls: type, data: Any, where: str) -> Any:
    """A record of ``cls`` from its ``to_dict()`` form (fields marked ``_KEY`` are filled by the caller)."""
    if not isinstance(data, Mapping):
        raise InputError("analysis", f"{where}: expected an object, got {type(data).__name__}")
    hints = get_type_hints(cls)
    values: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        if not f.metadata.get("json", True):
            values[f.name] = data.get(f.name, "")
        elif f.name in data:
            values[f.name] = _from_json(hints[f.name], data[f.name], f"{where}.{f.name}")
        elif f.metadata.get("omit_none"):
            values[f.name] = None
        else:
            raise InputError("analysis", f"{where}: has no {f.name!r}")
    return cls(**values)


@dataclass(frozen=True)
class PermutationTest:
    """A one-sided permutation test of ``layer - baseline`` (:func:`qlens_q.stats.tests.similarity_permutation_test`).

    ``layer`` and ``baseline`` are the statistic on the model's vectors and on as many random
    ones, ``difference`` their difference, ``p_value = (count + 1) / (n_resamples + 1)``
    (``exact`` when every split was enumerated), ``null_mean``/``null_sd`` the null's moments.
    """

    layer: float
    baseline: float
    difference: float
    p_value: float
    n_resamples: int
    exact: bool
    alternative: str
    null_mean: float
    null_sd: float


@dataclass(frozen=True)
class HouseholderMean:
    """The mean Householder vector ``mean_k v_k`` of the reflections: in full (``mean``, ``N`` <=
    :data:`FULL_VECTOR_MAX`) or its largest coordinates (``mean_top``: ``(output, x)``), its ``norm``, and
    the permutation ``test`` of that norm against random vectors."""

    mean: tuple[float, ...] | None = field(metadata=_OPTIONAL)
    mean_top: tuple[tuple[str, float], ...] | None = field(metadata=_OPTIONAL)
    norm: float
    test: PermutationTest


@dataclass(frozen=True)
class DeltaPsi:
    """Theorem 1 over the examples: the mean ``Delta psi_k = -2 <v_k|psi_in,k> v_k`` (``mean`` or
    ``mean_top`` as for :class:`HouseholderMean`), its ``norm``, the mean of ``||Delta psi_k||``, and the
    largest ``|Delta psi_k - (psi_out,k - psi_in,k)|`` (``theorem1_max_error``)."""

    mean: tuple[float, ...] | None = field(metadata=_OPTIONAL)
    mean_top: tuple[tuple[str, float], ...] | None = field(metadata=_OPTIONAL)
    norm: float
    mean_of_norms: float
    theorem1_max_error: float


@dataclass(frozen=True)
class PCA:
    """Principal components of a set of vectors: the first :data:`PCA_REPORTED` explained-variance
    ratios and every vector's first two coordinates."""

    explained_variance_ratio: tuple[float, ...]
    coordinates: tuple[tuple[float, float], ...]

    @property
    def points(self) -> NDArray[np.float64]:
        """``coordinates`` as a ``(rows, 2)`` array."""
        return np.asarray(self.coordinates, dtype=np.float64).reshape(-1, 2)


@dataclass(frozen=True)
class Clusters:
    """Elbow k-means of a set of vectors (:func:`qlens_q.stats.tests.cluster_summary`): clusters numbered
    by size, largest first, in ``cluster_sizes`` and in every vector's ``labels``."""

    explained_variance_ratio: tuple[float, ...]
    inertias: tuple[float, ...]
    k: int
    k_second_difference: int
    cluster_sizes: tuple[int, ...]
    inertia: float
    silhouette: float | None
    labels: tuple[int, ...]


@dataclass(frozen=True)
class PCAs:
    """:class:`PCA` of the Householder vectors and of ``Delta psi`` (``None`` for fewer than 2 rows)."""

    householder: PCA | None
    delta_psi: PCA | None


@dataclass(frozen=True)
class ClusterSets:
    """:class:`Clusters` of the Householder vectors and of ``Delta psi`` (``None`` for fewer than 2 rows)."""

    householder: Clusters | None
    delta_psi: Clusters | None


@dataclass(frozen=True)
class OutputShift:
    """An output's mean ``Delta p = p_out - p_in`` over the examples, and at how many it rose."""

    output: str
    mean_delta_p: float
    examples_raised: int


@dataclass(frozen=True)
class ExampleShift:
    """One example's outputs the sub-layer raised and lowered most, ``(output, Delta p)``."""

    raised: tuple[tuple[str, float], ...]
    lowered: tuple[tuple[str, float], ...]


@dataclass(frozen=True)
class TopOutputs:
    """The ``top_k`` outputs whose mean ``Delta p`` is largest (``raised``) and smallest (``lowered``),
    overall and per example (never the same output in both)."""

    raised: tuple[OutputShift, ...]
    lowered: tuple[OutputShift, ...]
    per_example: tuple[ExampleShift, ...]


@dataclass(frozen=True)
class LayerAnalysis:
    """The statistics of one sub-layer ``source -> target`` (``name``) over the examples.

    ``unitary_similarity`` (``None`` for fewer than 2 examples, or a negligible sub-layer),
    ``hamiltonian_similarity`` and ``householder_mean`` (``None`` for fewer than 2 reflections); ``pca``,
    ``clusters`` and ``top_outputs`` only for ``N > 2`` outputs; ``negligible_move`` only for a negligible
    sub-layer (:data:`NEGLIGIBLE_MOVE`): its largest ``||psi_out - psi_in||``, read as the identity.
    """

    name: str = field(metadata=_KEY)
    source: str
    target: str
    examples: int
    identity_layers: int
    reflections: int
    top1_changed: float
    total_variation_mean: float
    unitary_similarity: PermutationTest | None
    hamiltonian_similarity: PermutationTest | None
    householder_mean: HouseholderMean | None
    delta_psi: DeltaPsi
    pca: PCAs | None = field(default=None, metadata=_OPTIONAL)
    clusters: ClusterSets | None = field(default=None, metadata=_OPTIONAL)
    top_outputs: TopOutputs | None = field(default=None, metadata=_OPTIONAL)
    negligible_move: float | None = field(default=None, metadata=_OPTIONAL)


@dataclass(frozen=True)
class DistanceCorrelation:
    """:func:`qlens_q.stats.tests.distance_correlation_summary`: ``statistic`` (dCor) of ``n`` pairs,
    its permutation and t-test p-values (``None`` where not finite)."""

    statistic: float | None
    n: int
    permutation_p: float | None
    n_resamples: int
    t_statistic: float | None
    t_test_p: float | None


@dataclass(frozen=True)
class Consecutive:
    """Two consecutive sub-layers over the examples where both reflect: distance correlation of their
    Householder vectors (``None`` below 4 examples) and mean alignment ``v_j . v_(j+1)`` (and ``|.|``)."""

    sublayers: tuple[str, str]
    examples: int
    distance_correlation: DistanceCorrelation | None
    alignment_mean: float | None
    alignment_mean_abs: float | None


@dataclass(frozen=True)
class PassRate:
    """Of the cross-check's circuits named ``circuit``: how many ran, how many passed, and the ratio."""

    circuit: str = field(metadata=_KEY)
    circuits: int
    passed: int
    pass_rate: float | None


@dataclass(frozen=True)
class Analysis:
    """:func:`analyze`'s result: per sub-layer :class:`LayerAnalysis`, per consecutive pair
    :class:`Consecutive`, the cross-check's :class:`PassRate` (given verdicts) and the paper's numbers
    (``paper``, for trajectories of the paper's shape). ``to_dict()`` is the JSON of ``report.json``'s
    ``analysis``; :meth:`from_dict` reads it back.
    """

    format: str
    seed: int
    permutations: int
    top_k: int
    num_outputs: int
    examples: int
    points: tuple[str, ...]
    sublayers: tuple[str, ...]
    notes: tuple[str, ...]
    layers: tuple[LayerAnalysis, ...]
    consecutive: tuple[Consecutive, ...]
    crosscheck: tuple[PassRate, ...] | None = field(default=None, metadata=_OPTIONAL)
    paper: Mapping[str, Any] | None = field(default=None, metadata=_OPTIONAL)
    seconds: float | None = field(default=None, metadata=_OPTIONAL)

    def layer(self, name: str) -> LayerAnalysis:
        """The sub-layer called ``name``."""
        for entry in self.layers:
            if entry.name == name:
                return entry
        raise InputError("name", f"no sub-layer {name!r} (these are {', '.join(self.sublayers)})")

    def pass_rate(self, circuit: str) -> PassRate:
        """The cross-check's pass rate of ``circuit`` (a sub-layer or ``"trajectory"``)."""
        for entry in self.crosscheck or ():
            if entry.circuit == circuit:
                return entry
        raise InputError("circuit", f"no cross-check pass rate of {circuit!r} in this analysis")

    def to_dict(self) -> dict[str, Any]:
        """The analysis as JSON: ``layers`` and ``crosscheck`` are objects keyed by name, ``seconds`` last."""
        out = _fields_json(self)
        out["layers"] = {entry.name: _to_json(entry) for entry in self.layers}
        if self.crosscheck is not None:
            out["crosscheck"] = {entry.circuit: _to_json(entry) for entry in self.crosscheck}
        if self.paper is not None:
            out["paper"] = json.loads(json.dumps(self.paper))
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Analysis:
        """An analysis from its :meth:`to_dict` form (as ``report.json`` holds it; keys it does not know,
        such as ``figures`` and ``fixed_operators``, are left out). Refuses another format."""
        if not isinstance(data, Mapping) or data.get("format") != ANALYSIS_FORMAT:
            found = data.get("format") if isinstance(data, Mapping) else type(data).__name__
            raise InputError(
                "analysis", f"is not a {ANALYSIS_FORMAT} analysis (qlens_q.analyze), got {found!r}"
            )
        plain = {k: v for k, v in data.items() if k not in ("layers", "crosscheck")}
        analysis = _record(cls, {**plain, "layers": [], "crosscheck": None}, "analysis")
        layers, rates = data.get("layers"), data.get("crosscheck")
        if not isinstance(layers, Mapping) or (rates is not None and not isinstance(rates, Mapping)):
            raise InputError("analysis", "needs 'layers' (and 'crosscheck') keyed by name")
        return dataclasses.replace(
            analysis,
            layers=tuple(
                dataclasses.replace(_record(LayerAnalysis, v, f"analysis.layers.{k}"), name=str(k))
                for k, v in layers.items()
            ),
            crosscheck=None
            if rates is None
            else tuple(
                dataclasses.replace(_record(PassRate, v, f"analysis.crosscheck.{k}"), circuit=str(k))
                for k, v in rates.items()
            ),
        )


def _test(record: Mapping[str, Any]) -> PermutationTest:
    return PermutationTest(**record)


def _pairs(rows: Sequence[Sequence[Any]]) -> tuple[tuple[str, float], ...]:
    return tuple((str(name), float(x)) for name, x in rows)


def compact_vector(vector: NDArray[np.float64], names: Sequence[str]) -> dict[str, Any]:
    """``{"mean": [...]}`` for short vectors, ``{"mean_top": [[name, x], ...]}`` (largest ``|x|``) for long ones."""
    v = np.asarray(vector, dtype=np.float64)
    if v.shape[0] <= FULL_VECTOR_MAX:
        return {"mean": v.tolist()}
    order = np.argsort(-np.abs(v), kind="stable")[:TOP_COORDINATES]
    return {"mean_top": [[names[int(j)], float(v[j])] for j in order]}


def _compact(vector: NDArray[np.float64], names: Sequence[str]) -> dict[str, Any]:
    """:func:`compact_vector` as the ``mean``/``mean_top`` fields of a record."""
    entry = compact_vector(vector, names)
    return {"mean": tuple(entry["mean"]) if "mean" in entry else None,
            "mean_top": _pairs(entry["mean_top"]) if "mean_top" in entry else None}  # fmt: skip


def _pca_entry(data: NDArray[np.float64]) -> PCA | None:
    if data.shape[0] < 2:
        return None
    ratios, coords = tests.pca(data, max(PCA_REPORTED, 2))
    if coords.shape[1] < 2:
        coords = np.column_stack([coords, np.zeros((coords.shape[0], 2 - coords.shape[1]))])
    return PCA(
        explained_variance_ratio=tuple(ratios[:PCA_REPORTED].tolist()),
        coordinates=tuple((float(x), float(y)) for x, y in coords[:, :2].tolist()),
    )


def _clusters(data: NDArray[np.float64], seed: int) -> Clusters | None:
    if data.shape[0] < 2:
        return None
    c = tests.cluster_summary(data, seed=seed)
    return Clusters(
        explained_variance_ratio=tuple(c["explained_variance_ratio"]),
        inertias=tuple(c["inertias"]),
        k=c["k"],
        k_second_difference=c["k_second_difference"],
        cluster_sizes=tuple(c["cluster_sizes"]),
        inertia=c["inertia"],
        silhouette=c["silhouette"],
        labels=tuple(c["labels"]),
    )


def _top_outputs(
    p_in: NDArray[np.float64], p_out: NDArray[np.float64], names: Sequence[str], top_k: int
) -> TopOutputs:
    delta = p_out - p_in
    mean = delta.mean(axis=0)
    risen = (delta > 0).sum(axis=0)
    order = np.argsort(-mean, kind="stable")
    k = min(top_k, delta.shape[1] // 2)  # raised and lowered never share an output

    def entries(idx: NDArray[np.intp]) -> tuple[OutputShift, ...]:
        return tuple(OutputShift(names[int(j)], float(mean[j]), int(risen[j])) for j in idx)

    per_example = []
    for row in delta:
        o = np.argsort(-row, kind="stable")
        per_example.append(
            ExampleShift(
                raised=tuple((names[int(j)], float(row[j])) for j in o[:k]),
                lowered=tuple((names[int(j)], float(row[j])) for j in o[::-1][:k]),
            )
        )
    return TopOutputs(entries(order[:k]), entries(order[::-1][:k]), tuple(per_example))


def _analyze_layer(
    traj: Trajectories, lv: LayerVectors, seed: int, permutations: int, top_k: int
) -> LayerAnalysis:
    n, j = traj.num_outputs, lv.layer.index
    m = lv.householder.shape[0]
    refl = lv.reflections
    base = baseline_vectors(m, n, seed, j)
    p_in, p_out = traj.probs[:, j], traj.probs[:, j + 1]
    unitary = hamiltonian = householder_mean = None
    if m >= 2 and not lv.negligible:  # a negligible sub-layer is the identity: nothing to compare
        unitary = _test(tests.similarity_permutation_test(
            lv.householder, base, kind="unitary", dim=n, n_resamples=permutations,
            seed=derived_seed(seed, j, _UNITARY_TEST),
        ))  # fmt: skip
    if refl.shape[0] >= 2:
        hamiltonian = _test(tests.similarity_permutation_test(
            refl, base[: refl.shape[0]], kind="hamiltonian", n_resamples=permutations,
            seed=derived_seed(seed, j, _HAMILTONIAN_TEST),
        ))  # fmt: skip
        mean = refl.mean(axis=0)
        householder_mean = HouseholderMean(
            **_compact(mean, traj.output_names),
            norm=float(np.linalg.norm(mean)),
            test=_test(
                tests.mean_vector_permutation_test(
                    refl,
                    base[: refl.shape[0]],
                    n_resamples=permutations,
                    seed=derived_seed(seed, j, _MEAN_TEST),
                )
            ),
        )
    # Theorem 1 is checked on the reflections that carry each example's state, negligible or not.
    observed = (
        [householder_vector_from_probabilities(a, b) for a, b in zip(p_in, p_out, strict=True)]
        if lv.negligible
        else lv.vector_list()
    )
    dpsi = tests.delta_psi_summary(observed, lv.psi_in, lv.psi_out)
    extra: dict[str, Any] = {}
    if n > 2:
        data = {"householder": refl, "delta_psi": lv.delta_psi[: 0 if lv.negligible else m]}
        extra["pca"] = PCAs(**{kind: _pca_entry(x) for kind, x in data.items()})
        extra["clusters"] = ClusterSets(
            **{kind: _clusters(x, derived_seed(seed, j, _CLUSTERS)) for kind, x in data.items()}
        )
        extra["top_outputs"] = _top_outputs(p_in, p_out, traj.output_names, top_k)
    if lv.negligible:
        extra["negligible_move"] = lv.largest_move
    return LayerAnalysis(
        name=lv.layer.name,
        source=lv.layer.source,
        target=lv.layer.target,
        examples=m,
        identity_layers=int(lv.identity.sum()),
        reflections=int(refl.shape[0]),
        top1_changed=float(np.mean(p_in.argmax(1) != p_out.argmax(1))),
        total_variation_mean=float(0.5 * np.abs(p_out - p_in).sum(axis=1).mean()),
        unitary_similarity=unitary,
        hamiltonian_similarity=hamiltonian,
        householder_mean=householder_mean,
        delta_psi=DeltaPsi(
            **_compact(np.asarray(dpsi["mean"]), traj.output_names),
            norm=dpsi["norm"],
            mean_of_norms=dpsi["mean_of_norms"],
            theorem1_max_error=dpsi["theorem1_max_error"],
        ),
        **extra,
    )


def _consecutive(a: LayerVectors, b: LayerVectors, seed: int, permutations: int) -> Consecutive:
    both = ~a.identity & ~b.identity
    dots = np.einsum("ij,ij->i", a.householder, b.householder)[both]
    return Consecutive(
        sublayers=(a.layer.name, b.layer.name),
        examples=int(both.sum()),
        distance_correlation=(
            DistanceCorrelation(
                **tests.distance_correlation_summary(
                    a.householder[both],
                    b.householder[both],
                    n_resamples=permutations,
                    seed=derived_seed(seed, a.layer.index, _DCOR),
                )
            )
            if both.sum() >= 4
            else None
        ),
        alignment_mean=float(dots.mean()) if dots.size else None,
        alignment_mean_abs=float(np.abs(dots).mean()) if dots.size else None,
    )


def negligible_note(vectors: Sequence[LayerVectors]) -> tuple[str, ...]:
    """The analysis note naming the negligible sub-layers (none: no note, so other analyses are unchanged)."""
    names = [lv.layer.name for lv in vectors if lv.negligible]
    if not names:
        return ()
    largest = max(lv.largest_move for lv in vectors if lv.negligible)
    return (
        f"Negligible sub-layers, read as the identity at every example: {', '.join(names)} (no example's state "
        f"moves by more than {largest:.1e} <= {NEGLIGIBLE_MOVE:g} in ||psi_out - psi_in||, i.e. no Born "
        "probability by more than twice that: float32 round-off, not a reflection; no similarity is tested).",
    )


def pass_rates(traj: Trajectories, verdicts: Sequence[Verdict]) -> tuple[PassRate, ...]:
    """Per sub-layer of ``traj`` and ``"trajectory"``: ``circuits``, ``passed`` and ``pass_rate`` (``None``
    when none ran) of the ``verdicts`` whose ``circuit`` is that name, refusing verdicts of other circuits
    or examples."""
    if isinstance(verdicts, (str, bytes)) or not isinstance(verdicts, Sequence):
        raise InputError(
            "verdicts", f"must be a list of Verdicts (check(...).verdicts), got {type(verdicts).__name__}"
        )
    names, ids = (*traj.sublayers, TRAJECTORY), set(traj.ids)
    counts = {name: [0, 0] for name in names}
    for v in verdicts:
        circuit, example, passed = (getattr(v, key, None) for key in ("circuit", "example", "passed"))
        if not isinstance(passed, bool) or circuit not in counts:
            raise InputError(
                "verdicts",
                f"a verdict of circuit {circuit!r}: expected one of {', '.join(names)} (check(...).verdicts)",
            )
        if example not in ids:
            raise InputError(
                "verdicts", f"a verdict of example {example!r}, which these trajectories do not hold"
            )
        counts[circuit][0] += 1
        counts[circuit][1] += passed
    return tuple(
        PassRate(name, total, ok, ok / total if total else None) for name, (total, ok) in counts.items()
    )


def analyze(
    traj: Trajectories,
    *,
    seed: int = 0,
    permutations: int = 1000,
    top_k: int = 10,
    verdicts: Sequence[Verdict] | None = None,
) -> Analysis:
    """The QLENS statistics of ``traj`` (see the module docstring); ``seconds``: its wall time.

    ``verdicts``: the cross-check's (``check(traj).verdicts``), adding the ``crosscheck`` pass rates.
    ``analyze(...).to_dict()`` is the JSON ``report.json`` holds.
    """
    if not isinstance(traj, Trajectories):
        raise InputError("trajectories", f"must be a qlens_q.Trajectories, got {type(traj).__name__}")
    validation.integer(permutations, "permutations", 1, validation.MAX_PERMUTATIONS)
    if isinstance(top_k, bool) or not isinstance(top_k, int) or top_k < 1:
        raise InputError("top_k", f"must be an integer >= 1, got {top_k!r}")
    if isinstance(seed, bool) or not isinstance(seed, int) or not 0 <= seed < 2**32:
        raise InputError("seed", f"must be an integer from 0 to 2**32 - 1, got {seed!r}")
    if traj.num_examples < 2:
        raise InputError("trajectories", "the analysis compares examples: give at least 2")
    crosscheck = None if verdicts is None else pass_rates(traj, verdicts)
    start = time.perf_counter()
    vectors = [layer_vectors(traj, layer) for layer in traj.layers]
    result = Analysis(
        format=ANALYSIS_FORMAT,
        seed=seed,
        permutations=permutations,
        top_k=top_k,
        num_outputs=traj.num_outputs,
        examples=traj.num_examples,
        points=tuple(traj.points),
        sublayers=tuple(traj.sublayers),
        notes=NOTES + negligible_note(vectors),
        layers=tuple(_analyze_layer(traj, lv, seed, permutations, top_k) for lv in vectors),
        consecutive=tuple(_consecutive(a, b, seed, permutations) for a, b in itertools.pairwise(vectors)),
        crosscheck=crosscheck,
        paper=PAPER if paper_shaped(traj) else None,
    )
    return dataclasses.replace(result, seconds=round(time.perf_counter() - start, 3))
