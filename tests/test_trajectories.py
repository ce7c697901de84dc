"""Trajectories: the (K, S, N) value object, its checks and its files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from qlens_q import Trajectories
from qlens_q.errors import InputError


def _probs(k: int = 4, s: int = 3, n: int = 5, seed: int = 0) -> np.ndarray:
    return np.random.default_rng(seed).dirichlet(np.ones(n), size=(k, s))


def test_shape_names_and_views() -> None:
    probs = _probs()
    traj = Trajectories(probs, ["emb", "mid", "final"], meta={"label": [0, 1, 2, 3]})
    assert (traj.num_examples, traj.num_points, traj.num_outputs, traj.num_qubits) == (4, 3, 5, 3)
    assert traj.ids == ("0", "1", "2", "3") and traj.output_names == tuple("01234")
    assert traj.sublayers == ("mid", "final")
    assert [(sub.index, sub.source, sub.target) for sub in traj.layers] == [
        (0, "emb", "mid"),
        (1, "mid", "final"),
    ]
    np.testing.assert_array_equal(traj.at("mid"), probs[:, 1])
    assert traj.example(2) == {"id": "2", "label": 2}
    picked = traj.select([3, 1])
    assert picked.ids == ("3", "1") and picked.meta == {"label": (3, 1)}
    np.testing.assert_array_equal(picked.probs, probs[[3, 1]])
    assert not traj.probs.flags.writeable
    with pytest.raises(InputError, match="unknown point"):
        traj.at("nowhere")


def test_save_and_load_are_bit_for_bit(tmp_path: Path) -> None:
    probs = _probs(6, 4, 7, seed=3)
    probs[0, 0] *= 1 + 1e-9  # off by 1e-9: renormalised once, then kept as it is
    traj = Trajectories(
        probs, ["a", "b", "c", "final"], ids=[f"ex-{k}" for k in range(6)], output_names=list("abcdefg"),
        sublayers=["s1", "s2", "s3"], meta={"text": ["x|y"] * 6, "label": list(range(6)), "w": [0.5] * 6},
        lens={"a": {"kl": 0.1, "agreement": 0.5}},
    )  # fmt: skip
    traj.save(tmp_path / "t.safetensors")
    again = Trajectories.load(tmp_path / "t.safetensors")
    assert again == traj
    assert again.probs.tobytes() == traj.probs.tobytes()
    assert (again.ids, again.sublayers, again.meta, again.lens) == (
        traj.ids,
        traj.sublayers,
        traj.meta,
        traj.lens,
    )
    again.save(tmp_path / "u.safetensors")
    assert (tmp_path / "u.safetensors").read_bytes() == (tmp_path / "t.safetensors").read_bytes()
    assert (tmp_path / "u.json").read_bytes() == (tmp_path / "t.json").read_bytes()


@pytest.mark.parametrize(
    ("probs", "message"),
    [
        (np.ones((2, 3)) / 3, "shape"),
        (np.ones((2, 1, 3)) / 3, ">= 2 points"),
        (np.ones((2, 2, 1)), ">= 2 outputs"),
        (np.full((2, 2, 2), np.nan), "not finite"),
        (np.array([[[1.5, -0.5], [0.5, 0.5]]]), "negative"),
        (np.array([[[0.6, 0.6], [0.5, 0.5]]]), "sums to 1.2"),
        ([[["a", "b"], ["c", "d"]]], "not an array of numbers"),
        ([[[0.5, 0.5], [1.0]]], r"not an array of numbers \(rows of different lengths\)"),
        (np.ones((2, 2, 2), dtype=complex) / 2, "real"),
    ],
)
def test_bad_arrays_are_refused_with_one_line(probs: Any, message: str) -> None:
    shape = np.shape(probs) if not isinstance(probs, list) else (len(probs), len(probs[0]))
    points = ["p0", "p1"] if len(shape) >= 2 and shape[1] == 2 else ["p0"]
    with pytest.raises(InputError, match=message) as info:
        Trajectories(probs, points)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"points": ["a", "b"]}, "needs 3 names"),
        ({"points": ["a", "a", "b"]}, "occurs twice"),
        ({"points": ["a", "b c", "d"]}, "letters, digits"),
        ({"ids": ["x", "x"]}, "occurs twice"),
        ({"sublayers": ["trajectory", "b"]}, "reserved"),
        ({"output_names": ["a"]}, "needs 4 names"),
        ({"meta": {"label": [1]}}, "one value per example"),
        ({"meta": {"bad": [[1], [2]]}}, "JSON scalars"),
        ({"meta": {"id": [1, 2]}}, "'id' would overwrite the report field"),
        ({"meta": {"prediction": [1, 2]}}, "'prediction' would overwrite"),
        ({"meta": {"circuits": [1, 2]}}, "'circuits' would overwrite"),
        ({"meta": {"label": [1, 2, 3]}}, r"one value per example \(2\), got 3"),
        ({"meta": {"label": np.zeros((2, 1))}}, "must be one-dimensional"),
        ({"meta": {"text": "ab"}}, "must be a list, not a str"),
        ({"output_names": ["a", "b", "a", "c"]}, "'a' occurs twice"),
        ({"output_names": "abcd"}, "must be a list, not a str"),
        ({"lens": {"a": {"kl": float("inf")}}}, "finite"),
    ],
)
def test_bad_names_and_metadata_are_refused(kwargs: dict[str, Any], message: str) -> None:
    args: dict[str, Any] = {"points": ["a", "b", "c"], **kwargs}
    with pytest.raises(InputError, match=message):
        Trajectories(_probs(2, 3, 4), args.pop("points"), **args)


def test_load_refuses_mismatched_or_damaged_files(tmp_path: Path) -> None:
    Trajectories(_probs(), ["a", "b", "c"]).save(tmp_path / "t.safetensors")
    Trajectories(_probs(seed=1), ["a", "b", "c"]).save(tmp_path / "other.safetensors")
    (tmp_path / "other.json").replace(tmp_path / "t.json")  # a sidecar of other arrays
    with pytest.raises(InputError, match="sha256"):
        Trajectories.load(tmp_path / "t.safetensors")
    (tmp_path / "t.json").write_text(
        json.dumps({"format": "qlens-q-trajectories/1", "shape": [10**6, 10**3, 10**3]})
    )
    with pytest.raises(InputError, match="unusable shape"):
        Trajectories.load(tmp_path / "t.safetensors")
    (tmp_path / "trajectories.json").write_text("[" * 100_000)
    with pytest.raises(InputError, match="cannot read"):
        Trajectories.load(tmp_path)
    with pytest.raises(InputError, match="cannot read trajectories"):
        Trajectories.load(tmp_path / "elsewhere")


def test_ids_and_metadata_may_be_numpy_arrays_or_tensors() -> None:
    torch = pytest.importorskip("torch")
    traj = Trajectories(
        _probs(), ["a", "b", "c"], ids=np.array(["w", "x", "y", "z"]),
        meta={"label": np.arange(4), "weight": torch.tensor([0.5, 1.0, 1.5, 2.0]), "ok": [True] * 4},
    )  # fmt: skip
    assert traj.ids == ("w", "x", "y", "z")
    assert traj.meta["label"] == (0, 1, 2, 3) and traj.meta["weight"] == (0.5, 1.0, 1.5, 2.0)
    assert all(type(v) is int for v in traj.meta["label"])


def test_save_without_a_suffix_writes_path_safetensors_and_path_json(tmp_path: Path) -> None:
    traj = Trajectories(_probs(), ["a", "b", "c"])
    traj.save(tmp_path / "plain")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plain.json", "plain.safetensors"]
    assert Trajectories.load(tmp_path / "plain") == traj == Trajectories.load(tmp_path / "plain.safetensors")
    (tmp_path / "run").mkdir()
    traj.save(tmp_path / "run")  # an existing directory: the run-directory names
    assert sorted(p.name for p in (tmp_path / "run").iterdir()) == [
        "trajectories.json",
        "trajectories.safetensors",
    ]
    assert Trajectories.load(tmp_path / "run") == traj
