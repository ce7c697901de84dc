"""Tuned lenses (qlens_q.nn.lenses) on a tiny seeded head: the KL they minimise, what a fitted
bias or affine lens recovers, the metrics beside the identity lens, save/load, and refusals.

The data are made so that the answer is known: the final logits are ``head(h + s)`` (a bias lens
can recover ``s`` exactly) or ``head(M h + s)`` (only an affine lens can).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import torch
from probe_models import Compass, Plain, batches, compass_data, compass_probe, plain_tokens, trained_compass
from safetensors.torch import load_file, save_file
from torch import nn

import qlens_q
from qlens_q import io
from qlens_q.errors import InputError
from qlens_q.nn.lenses import (
    LENS_CONFIG_FILE,
    LENS_FILE,
    LENS_FORMAT,
    LensConfig,
    Lenses,
    _kl_rows64,
    _log_p64,
    checked_head,
    fit_lenses,
    frozen,
    kl_final_lens,
    lens_dtype,
    lens_metrics,
)

D, N, ROWS = 8, 5, 200


class Data:
    """A seeded linear head, residuals ``h``, a shift ``s``, a matrix ``M`` and both kinds of final logits."""

    def __init__(self) -> None:
        torch.manual_seed(0)
        self.head = nn.Linear(D, N).double()
        self.h = torch.randn(ROWS, D, dtype=torch.float64)
        self.shift = 1.5 * torch.randn(D, dtype=torch.float64)
        self.matrix = torch.eye(D, dtype=torch.float64) + 0.4 * torch.randn(D, D, dtype=torch.float64)
        with torch.no_grad():
            self.shifted = self.head(self.h + self.shift)  # reachable by a bias lens
            self.mapped = self.head(self.h @ self.matrix.T + self.shift)  # reachable by an affine lens only


@pytest.fixture(scope="module")
def data() -> Data:
    return Data()


def config(**kwargs: Any) -> LensConfig:
    """A one-point config; a bias lens unless ``kind`` says otherwise (LensConfig's own default is affine)."""
    return LensConfig(**{"points": ("a",), "d_model": D, "steps": 300, "kind": "bias", **kwargs})


# ------------------------------------------------------------------ the objective


def test_kl_final_lens_is_the_mean_kl_in_nats() -> None:
    rng = np.random.default_rng(1)
    final, lens = rng.normal(size=(6, N)), rng.normal(size=(6, N))
    p = np.exp(final) / np.exp(final).sum(1, keepdims=True)
    q = np.exp(lens) / np.exp(lens).sum(1, keepdims=True)
    by_hand = float(np.mean(np.sum(p * (np.log(p) - np.log(q)), axis=1)))
    got = kl_final_lens(torch.from_numpy(final), torch.from_numpy(lens))
    assert got.dtype == torch.float64 and abs(float(got) - by_hand) < 1e-12
    # zero for the same distribution, whatever constant is added to a row's logits
    same = kl_final_lens(torch.from_numpy(final), torch.from_numpy(final + 3.0))
    assert abs(float(same)) < 1e-12
    # half-precision logits are compared in float32
    assert kl_final_lens(torch.zeros(2, N, dtype=torch.float16), torch.zeros(2, N)).dtype == torch.float32


@pytest.mark.parametrize(
    ("dtype", "expected"),
    [
        (torch.float64, torch.float64),
        (torch.float32, torch.float32),
        (torch.float16, torch.float32),
        (torch.bfloat16, torch.float32),
    ],
)
def test_lens_dtype(dtype: torch.dtype, expected: torch.dtype) -> None:
    assert lens_dtype(dtype) == expected


# ------------------------------------------------------------------ fitting


def test_a_bias_lens_recovers_the_shift_and_beats_the_identity_lens(data: Data) -> None:
    lenses = fit_lenses({"a": data.h}, data.shifted, data.head, config(kind="bias"), model=data.head)
    metrics = lens_metrics({"a": data.h}, data.shifted, data.head, lenses)["a"]
    assert metrics["kl_identity"] > 0.2  # the identity lens is far off ...
    assert metrics["kl"] < 1e-9 and metrics["agreement"] == 1.0  # ... the bias lens is exact
    assert metrics["agreement_identity"] < 0.6
    # softmax ignores a constant: the learned bias equals the shift up to the head's null space
    gap = data.head.weight.detach() @ (lenses.bias["point0"].detach() - data.shift)
    assert float(gap.max() - gap.min()) < 1e-4
    assert not lenses.training and lenses.linear.keys() == set()


def test_a_bias_lens_fitted_on_some_rows_beats_the_identity_on_the_others(data: Data) -> None:
    train, held = slice(0, 150), slice(150, ROWS)
    lenses = fit_lenses({"a": data.h[train]}, data.shifted[train], data.head, config(steps=150))
    metrics = lens_metrics({"a": data.h[held]}, data.shifted[held], data.head, lenses)["a"]
    assert metrics["kl"] < 0.01 * metrics["kl_identity"]


def test_an_affine_lens_reaches_what_a_bias_lens_cannot(data: Data) -> None:
    residuals = {"a": data.h}
    bias = fit_lenses(residuals, data.mapped, data.head, config(kind="bias"))
    affine = fit_lenses(residuals, data.mapped, data.head, config(kind="affine", matrix_learning_rate=0.05))
    kl = {
        name: lens_metrics(residuals, data.mapped, data.head, lenses)["a"]
        for name, lenses in (("bias", bias), ("affine", affine))
    }
    assert kl["bias"]["kl"] > 0.03 and kl["bias"]["kl"] < kl["bias"]["kl_identity"]
    # held-out rows and a learning rate decaying to zero stop it short of exact, far below the bias lens
    assert kl["affine"]["kl"] < 1e-3 and kl["affine"]["agreement"] >= 0.98
    assert kl["affine"]["agreement"] > kl["bias"]["agreement"]
    groups = affine.parameter_groups("a")
    assert [g["lr"] for g in groups] == [0.05, 0.05]  # learning_rate for b, matrix_learning_rate for A
    assert [g["lr"] for g in bias.parameter_groups("a")] == [0.05]


def test_the_bias_lens_is_plain_full_batch_adam(data: Data) -> None:
    """The paper's recipe, unchanged: ``steps`` full-batch Adam steps on ``h + b``, bit for bit."""
    lenses = fit_lenses({"a": data.h}, data.mapped, data.head, config(steps=40))
    b = torch.zeros(D, dtype=torch.float64, requires_grad=True)
    optimizer = torch.optim.Adam([b], lr=0.05)
    for _ in range(40):
        optimizer.zero_grad()
        kl_final_lens(data.mapped, data.head(data.h + b)).backward()
        optimizer.step()
    assert torch.equal(lenses.bias["point0"].detach(), b.detach())


def test_the_default_kind_is_affine_in_the_config_and_the_probe() -> None:
    import inspect

    assert LensConfig(points=("a",), d_model=D).kind == "affine"
    assert inspect.signature(qlens_q.Probe.fit_lenses).parameters["kind"].default == "affine"


def test_an_affine_lens_is_never_worse_than_the_identity_on_the_rows_it_held_out() -> None:
    """Targets that are noise (nothing in ``h`` predicts them) and a rate far too high: steps that fit the
    training rows ruin the others, and the lens keeps the best parameters seen on its held-out rows
    (the seeded first ``rows // VALIDATION_SHARE`` of ``randperm``), the identity at step 0 included."""
    import qlens_q.nn.lenses as lens_module

    torch.manual_seed(1)
    head = nn.Linear(D, N).double()
    h = torch.randn(400, D, dtype=torch.float64)
    noise = 4 * torch.randn(400, N, dtype=torch.float64)
    lenses = fit_lenses(
        {"a": h}, noise, head, config(kind="affine", seed=5, matrix_learning_rate=2.0, learning_rate=2.0)
    )
    held = torch.randperm(400, generator=torch.Generator().manual_seed(5))[
        : 400 // lens_module.VALIDATION_SHARE
    ]
    fitted = set(range(400)) - set(held.tolist())
    rest = torch.tensor(sorted(fitted))
    on_held = lens_metrics({"a": h[held]}, noise[held], head, lenses)["a"]
    on_rest = lens_metrics({"a": h[rest]}, noise[rest], head, lenses)["a"]
    assert on_held["kl"] <= on_held["kl_identity"]
    assert on_rest["kl"] < on_rest["kl_identity"]  # it did fit its own rows


def test_an_affine_fit_whose_rates_overshoot_starts_again_at_lower_rates(data: Data) -> None:
    """Rates so high that no step beats the identity on the held-out rows: the fit starts again from the
    identity at rates divided by RATE_BACKOFF and then finds the map; with no retry it would keep the identity."""
    import qlens_q.nn.lenses as lens_module

    residuals = {"a": data.h}
    high = config(kind="affine", seed=3, matrix_learning_rate=9.0, learning_rate=9.0, steps=10)
    lenses = fit_lenses(residuals, data.mapped, data.head, high)
    kl = lens_metrics(residuals, data.mapped, data.head, lenses)["a"]
    assert kl["kl"] < 0.5 * kl["kl_identity"]
    original = lens_module.RETRIES
    try:
        lens_module.RETRIES = 0
        stuck = fit_lenses(residuals, data.mapped, data.head, high)
    finally:
        lens_module.RETRIES = original
    held = lens_metrics(residuals, data.mapped, data.head, stuck)["a"]
    assert held["kl"] == pytest.approx(held["kl_identity"], rel=1e-12)  # kept the identity: nothing beat it


def test_an_affine_lens_stops_early_once_the_held_out_kl_settles(data: Data) -> None:
    """Exact data and a high rate: converged long before ``steps``; the bar counts the steps taken."""
    import qlens_q.nn.lenses as lens_module

    taken: list[int] = []
    original = lens_module._fit_affine

    def spy(*args: Any, **kwargs: Any) -> int:
        taken.append(original(*args, **kwargs))
        return taken[-1]

    lens_module._fit_affine = spy
    try:
        fit_lenses(
            {"a": data.h},
            data.shifted,
            data.head,
            config(kind="affine", steps=5000, matrix_learning_rate=0.05),
        )
    finally:
        lens_module._fit_affine = original
    assert len(taken) == 1 and taken[0] < 5000 and taken[0] % lens_module.EVAL_EVERY == 0


def test_an_affine_fit_is_seeded(data: Data) -> None:
    """The same seed gives the same lens; another seed holds out other rows and draws other batches."""

    def fit(seed: int) -> torch.Tensor:
        lenses = fit_lenses({"a": data.h}, data.mapped, data.head, config(kind="affine", steps=30, seed=seed))
        return lenses.linear["point0"].weight.detach()

    assert torch.equal(fit(0), fit(0))
    assert not torch.equal(fit(0), fit(1))


def test_an_affine_lens_on_few_rows_takes_every_step_on_every_row(data: Data) -> None:
    """Fewer than MIN_VALIDATION_ROWS held-out rows: no hold-out, every row in each of ``steps`` steps."""
    rows = slice(0, 40)  # 40 // 8 = 5 < 8
    lenses = fit_lenses({"a": data.h[rows]}, data.mapped[rows], data.head, config(kind="affine", steps=7))
    weight, bias = torch.eye(D, dtype=torch.float64, requires_grad=True), torch.zeros(D, dtype=torch.float64)
    bias.requires_grad_(True)
    optimizer = torch.optim.Adam([{"params": [bias], "lr": 0.05}, {"params": [weight], "lr": 0.02}])
    schedule = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda step: 1 - step / 7)
    for _ in range(7):
        optimizer.zero_grad()
        kl_final_lens(data.mapped[rows], data.head(data.h[rows] @ weight.T + bias)).backward()
        optimizer.step()
        schedule.step()
    assert torch.allclose(lenses.linear["point0"].weight.detach(), weight.detach(), atol=1e-12)
    assert torch.allclose(lenses.bias["point0"].detach(), bias.detach(), atol=1e-12)


def test_an_unfitted_lens_is_the_identity_lens(data: Data) -> None:
    for kind in ("bias", "affine"):
        lenses = fit_lenses({"a": data.h}, data.shifted, data.head, config(kind=kind, steps=0))
        assert torch.equal(lenses.transform("a", data.h), data.h)
        metrics = lens_metrics({"a": data.h}, data.shifted, data.head, lenses)["a"]
        assert (
            metrics["kl"] == metrics["kl_identity"] and metrics["agreement"] == metrics["agreement_identity"]
        )


def test_full_batch_ignores_the_seed_and_mini_batches_follow_it(data: Data) -> None:
    def fit(**kwargs: Any) -> torch.Tensor:
        residuals = {"a": data.h}
        return (
            fit_lenses(residuals, data.shifted, data.head, config(steps=20, **kwargs)).bias["point0"].detach()
        )

    assert torch.equal(fit(seed=0), fit(seed=1))
    assert torch.equal(fit(seed=0, batch_size=16), fit(seed=0, batch_size=16))
    assert not torch.equal(fit(seed=0, batch_size=16), fit(seed=1, batch_size=16))
    assert torch.equal(fit(seed=0, batch_size=ROWS), fit(seed=1))  # a batch of every row is the full batch


def test_the_model_is_frozen_while_the_lenses_learn(data: Data) -> None:
    head = nn.Linear(D, N).double()
    head.weight.requires_grad_(False)  # a mixed set of flags, restored as it was
    fit_lenses({"a": data.h}, data.shifted, head, config(steps=3), model=head)
    assert head.weight.grad is None and head.bias.grad is None
    assert not head.weight.requires_grad and head.bias.requires_grad


def test_frozen_restores_the_flags_after_an_error() -> None:
    layer = nn.Linear(2, 2)
    with pytest.raises(RuntimeError, match="boom"), frozen(layer):
        assert not any(p.requires_grad for p in layer.parameters())
        raise RuntimeError("boom")
    assert all(p.requires_grad for p in layer.parameters())
    with frozen(None):  # no model: nothing to freeze
        pass


def test_lens_metrics_are_chunk_invariant_and_count_agreement_by_hand(data: Data) -> None:
    residuals = {"a": data.h, "b": 2 * data.h}
    lenses = fit_lenses(residuals, data.shifted, data.head, config(points=("a", "b"), steps=5))
    whole = lens_metrics(residuals, data.shifted, data.head, lenses)
    chunked = lens_metrics(residuals, data.shifted, data.head, lenses, chunk=7)
    for point in residuals:
        for key, value in whole[point].items():
            assert abs(value - chunked[point][key]) < 1e-12, (point, key)
    with torch.no_grad():
        identity = data.head(2 * data.h)
    agreement = float((identity.argmax(-1) == data.shifted.argmax(-1)).double().mean())
    assert whole["b"]["agreement_identity"] == agreement
    untuned = lens_metrics(residuals, data.shifted, data.head, None)["b"]
    assert untuned["kl"] == untuned["kl_identity"] == whole["b"]["kl_identity"]


def test_lens_metrics_are_the_point_by_point_sums_bit_for_bit(data: Data) -> None:
    """lens_metrics runs chunk by chunk over every point (the final log-softmax once per chunk); each mean
    is the same float as summing that point's chunks on their own, with the KL and the final's log p
    computed afresh for every point and lens."""
    residuals = {"a": data.h, "b": 2 * data.h, "c": data.h - 1}
    lenses = fit_lenses(residuals, data.shifted, data.head, config(points=("a", "b", "c"), steps=5))
    metrics = lens_metrics(residuals, data.shifted, data.head, lenses, chunk=7)
    n = data.shifted.shape[0]
    with torch.no_grad():
        for point, h_all in residuals.items():
            sums = {"kl": 0.0, "agreement": 0.0, "kl_identity": 0.0, "agreement_identity": 0.0}
            for start in range(0, n, 7):
                final, h = data.shifted[start : start + 7], h_all[start : start + 7]
                identity = data.head(h)
                for suffix, logits in (("", lenses.logits(point, h, data.head)), ("_identity", identity)):
                    sums[f"kl{suffix}"] += float(_kl_rows64(final, logits).sum())
                    sums[f"agreement{suffix}"] += float((logits.argmax(-1) == final.argmax(-1)).sum())
            assert metrics[point] == {key: value / n for key, value in sums.items()}, point


def test_kl_rows64_is_the_formula_bit_for_bit_and_clamps_rounding_only() -> None:
    """``sum_j p_j (log p_j - log q_j)`` per row, the same floats as the formula written out; a row that
    rounding alone makes negative is 0 (rows of near-equal logits), the others are kept as they are."""
    g = torch.Generator().manual_seed(3)
    final = torch.randn(64, 300, generator=g, dtype=torch.float64) * 4
    lens = final + 1e-12 * torch.randn(64, 300, generator=g, dtype=torch.float64)
    lens[32:] = torch.randn(32, 300, generator=g, dtype=torch.float64) * 4
    log_p = torch.log_softmax(final, -1)
    terms = log_p.exp() * (log_p - torch.log_softmax(lens, -1))
    kl = terms.sum(-1)
    bound = 300 * torch.finfo(torch.float64).eps * (terms.abs().sum(-1) + 1.0)
    assert bool((kl[:32] < 0).any()) and bool((kl[32:] > 0.1).all())  # both branches are reached
    expected = torch.where((kl < 0) & (kl >= -bound), torch.zeros_like(kl), kl)
    got = _kl_rows64(final, lens)
    assert torch.equal(got, expected) and bool((got >= 0).all())
    assert torch.equal(_kl_rows64(final[32:], lens[32:]), kl[32:])  # no negative row: the sums as they are
    assert torch.equal(_kl_rows64(final, lens.float(), _log_p64(final)), _kl_rows64(final, lens.float()))


def test_transform_keeps_the_residual_dtype(data: Data) -> None:
    lenses = fit_lenses({"a": data.h}, data.shifted, data.head, config(steps=2))
    out = lenses.transform("a", data.h.float())
    assert out.dtype == torch.float32
    assert torch.allclose(out.double(), data.h + lenses.bias["point0"].detach(), atol=1e-6)


# ------------------------------------------------------------------ save / load


@pytest.mark.parametrize("kind", ["bias", "affine"])
def test_save_load_round_trip(data: Data, tmp_path: Path, kind: str) -> None:
    lenses = fit_lenses(
        {"a": data.h, "b.c": data.h},
        data.mapped,
        data.head,
        config(points=("a", "b.c"), kind=kind, steps=10, batch_size=32, seed=9),
    )
    lenses.save(tmp_path)
    loaded = Lenses.load(tmp_path)
    assert loaded.config == lenses.config and not loaded.training
    state, again = lenses.state_dict(), loaded.state_dict()
    assert state.keys() == again.keys() and len(state) == (4 if kind == "affine" else 2)
    for key in state:
        assert again[key].dtype == torch.float64
        assert float((again[key] - state[key]).abs().max()) <= 1e-12
    for point in ("a", "b.c"):
        assert torch.equal(loaded.logits(point, data.h, data.head), lenses.logits(point, data.h, data.head))
    saved = json.loads((tmp_path / LENS_CONFIG_FILE).read_text())
    fields = {k: v for k, v in saved.items() if k not in ("format", "sha256")}
    assert saved["format"] == LENS_FORMAT
    assert saved["sha256"] == io.digest(fields, (tmp_path / LENS_FILE).read_bytes())


def _forge(directory: Path, change: dict[str, Any] | None = None) -> None:
    """Rewrite lens.json with ``change`` and a digest recomputed for the weights now on disk."""
    raw = json.loads((directory / LENS_CONFIG_FILE).read_text())
    raw = {k: v for k, v in raw.items() if k != "sha256"} | (change or {})
    fields = {k: v for k, v in raw.items() if k != "format"}
    raw["sha256"] = io.digest(fields, (directory / LENS_FILE).read_bytes())
    (directory / LENS_CONFIG_FILE).write_text(json.dumps(raw))


def _edit_weights(directory: Path, change: Any) -> None:
    """Rewrite lens.safetensors with ``change`` applied to its tensors, and forge lens.json to match."""
    path = str(directory / LENS_FILE)
    save_file(change(load_file(path)), path)
    _forge(directory)


DAMAGE: dict[str, tuple[Any, str]] = {
    "no lens.json": (lambda d: (d / LENS_CONFIG_FILE).unlink(), "cannot read lens config"),
    "no weights": (lambda d: (d / LENS_FILE).unlink(), "cannot be read"),
    "another format": (
        lambda d: _forge(d, {"format": "qlens-q-lens/1"}),
        f"is not a {LENS_FORMAT} lens config",
    ),
    "unknown field": (lambda d: _forge(d, {"temperature": 2}), "unknown lens fields: temperature"),
    "edited steps": (
        lambda d: (d / LENS_CONFIG_FILE).write_text(
            (d / LENS_CONFIG_FILE).read_text().replace('"steps": 10', '"steps": 11')
        ),
        "sha256 differs",
    ),
    "invalid kind": (lambda d: _forge(d, {"kind": "cubic"}), "unknown kind 'cubic'"),
    "non-finite weights": (
        lambda d: _edit_weights(d, lambda s: {k: v * np.inf for k, v in s.items()}),
        "holds non-finite values",
    ),
    "half weights": (
        lambda d: _edit_weights(d, lambda s: {k: v.half() for k, v in s.items()}),
        "not one of float32, float64",
    ),
    "wrong width": (
        lambda d: _edit_weights(d, lambda s: {k: v[:-1] for k, v in s.items()}),
        "tensors do not match the lens config",
    ),
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_load_refuses_a_damaged_lens(data: Data, tmp_path: Path, damage: str) -> None:
    fit_lenses({"a": data.h}, data.shifted, data.head, config(steps=10)).save(tmp_path)
    change, message = DAMAGE[damage]
    change(tmp_path)
    with pytest.raises(InputError, match=message) as info:
        Lenses.load(tmp_path)
    assert str(tmp_path) in info.value.argument and "--" not in info.value.problem


# ------------------------------------------------------------------ refusals


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"kind": "cubic"}, "kind"),
        ({"points": ()}, "points"),
        ({"points": ("a", "")}, "points"),
        ({"d_model": 0}, "d_model"),
        ({"d_model": 10**6}, "d_model"),
        ({"d_model": True}, "d_model"),
        ({"steps": -1}, "steps"),
        ({"steps": 2.5}, "steps"),
        ({"seed": -1}, "seed"),
        ({"seed": 2**32}, "seed"),
        ({"batch_size": 0}, "batch_size"),
        ({"batch_size": False}, "batch_size"),
        ({"learning_rate": 0.0}, "learning_rate"),
        ({"learning_rate": float("nan")}, "learning_rate"),
        ({"learning_rate": 10}, "learning_rate"),
        ({"learning_rate": "0.1"}, "learning_rate"),
        ({"matrix_learning_rate": 0.0}, "matrix_learning_rate"),
        ({"matrix_learning_rate": -1e-3}, "matrix_learning_rate"),
        ({"matrix_learning_rate": float("nan")}, "matrix_learning_rate"),
        ({"matrix_learning_rate": float("inf")}, "matrix_learning_rate"),
        ({"matrix_learning_rate": True}, "matrix_learning_rate"),
    ],
)
def test_lens_config_refuses_naming_the_field(kwargs: dict[str, Any], field: str) -> None:
    with pytest.raises(InputError) as info:
        config(**kwargs)
    assert info.value.argument == field and "--" not in str(info.value)  # the parameter's own name


def test_lens_config_accepts_the_edges_of_the_ranges() -> None:
    edges = config(
        d_model=1, steps=0, seed=2**32 - 1, batch_size=1, learning_rate=9.99, matrix_learning_rate=1e-9
    )
    assert (edges.d_model, edges.steps, edges.seed, edges.matrix_learning_rate) == (1, 0, 2**32 - 1, 1e-9)


def test_a_point_without_a_lens_is_refused(data: Data) -> None:
    lenses = Lenses(config(points=("a", "b")))
    with pytest.raises(InputError, match=r"^point: no lens for point 'c' \(lenses: a, b\)$"):
        lenses.transform("c", data.h)


def test_no_rows_are_refused(data: Data) -> None:
    empty = {"a": data.h[:0]}
    with pytest.raises(InputError, match=r"^final_logits: holds no rows to fit"):
        fit_lenses(empty, data.shifted[:0], data.head, config())
    with pytest.raises(InputError, match=r"^final_logits: holds no rows to score"):
        lens_metrics(empty, data.shifted[:0], data.head, None)


@pytest.mark.parametrize(
    ("head", "message"),
    [
        (lambda h: h.sum(-1), r"returned shape \(4,\) for 4 rows; the model's logits need \(4, 5\)"),
        (lambda h: torch.zeros(3, N), r"returned shape \(3, 5\) for 4 rows"),
        (lambda h: torch.zeros(4, N + 1), r"returned shape \(4, 6\) for 4 rows"),
        (lambda h: h.numpy(), "must return a torch.Tensor of logits, got ndarray"),
    ],
)
def test_checked_head_refuses_what_is_not_the_models_logits(head: Any, message: str) -> None:
    with pytest.raises(InputError, match=rf"^head: {message}"):
        checked_head(head, N)(torch.zeros(4, D))


def test_checked_head_passes_the_logits_through(data: Data) -> None:
    with torch.no_grad():
        assert torch.equal(checked_head(data.head, N)(data.h), data.head(data.h))


# ------------------------------------------------------------------ through a Probe on a model of its own


@pytest.fixture(scope="module")
def compass() -> Compass:
    return trained_compass()


def test_lenses_beat_the_identity_lens_and_leave_the_model_as_it_was(
    compass: Compass, tmp_path: Path
) -> None:
    train, _ = compass_data(400, 1)
    probe = compass_probe(compass)
    compass.train()
    compass.lookup.weight.requires_grad_(False)
    compass.zero_grad(set_to_none=True)
    try:
        lenses = probe.fit_lenses(batches(train), kind="bias", seed=3, steps=100)
        assert compass.training and not compass.lookup.weight.requires_grad  # flags and mode as they were
        assert compass.readout_layer.weight.requires_grad and compass.readout_layer.weight.grad is None
    finally:
        compass.lookup.weight.requires_grad_(True)
        compass.eval()
    metrics = probe.lens_metrics(batches(train), lenses)
    for point in ("embed", "stage0", "stage1"):
        assert 0 <= metrics[point]["kl"] < metrics[point]["kl_identity"]
    streamed = probe.lens_metrics(iter(batches(train, 37)), lenses)
    for point, values in metrics.items():
        for key, value in values.items():
            assert streamed[point][key] == pytest.approx(value, rel=1e-5, abs=1e-6)
    lenses.save(tmp_path)
    again = Lenses.load(tmp_path)
    for key, tensor in lenses.state_dict().items():
        assert torch.equal(tensor, again.state_dict()[key])
    saved = json.loads((tmp_path / "lens.json").read_text())
    assert saved["kind"] == "bias" and saved["readout"] == "custom"
    (tmp_path / "other").mkdir()
    probe.fit_lenses(batches(train), kind="bias", seed=4, steps=5).save(tmp_path / "other")
    (tmp_path / "other" / "lens.safetensors").replace(tmp_path / "lens.safetensors")
    with pytest.raises(InputError, match="sha256"):
        Lenses.load(tmp_path)


def test_lenses_of_another_width_or_readout_function_are_refused(tmp_path: Path) -> None:
    model, wide = Plain().eval(), Plain(d=12).eval()
    x = plain_tokens()
    lenses = qlens_q.Probe(wide, {"e": "emb"}, wide.head, readout="mean").fit_lenses(x, steps=1)
    probe = qlens_q.Probe(model, {"e": "emb"}, model.head, readout="mean")
    for call in (lambda: probe.trajectories(x, lenses), lambda: probe.lens_metrics(x, lenses)):
        with pytest.raises(InputError, match="width 12, the probe reads 8"):
            call()

    def first(r: torch.Tensor, b: Any) -> torch.Tensor:
        return r[:, 0]

    def last(r: torch.Tensor, b: Any) -> torch.Tensor:
        return r[:, -1]

    fitted = qlens_q.Probe(model, {"e": "emb"}, model.head, readout=first).fit_lenses(x, steps=1)
    other = qlens_q.Probe(model, {"e": "emb"}, model.head, readout=last)
    with pytest.raises(InputError, match=r"another readout function \(.*first\)"):
        other.trajectories(x, fitted)
    qlens_q.Probe(model, {"e": "emb"}, model.head, readout=first).trajectories(x, fitted)  # the same function
    fitted.save(tmp_path)
    other.trajectories(x, Lenses.load(tmp_path))  # a file records only "custom"
