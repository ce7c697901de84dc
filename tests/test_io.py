"""Files in and out (qlens_q.io and the checkpoints it guards): no code runs from data, the pickle
scanner sees every loader, a checkpoint that does not match its config or digest is refused with one
line and nothing written; atomic writes, digests and distribution files."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import pickle
import re
import shutil
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import torch
from helpers import LOAD_ARGS, SMALL, leftovers, one_line, run_cli
from safetensors.torch import load_file, save_file

import qlens_q
from qlens_q import io
from qlens_q.errors import InputError
from qlens_q.pipeline import RunConfig, run

# ----------------------------------------------------- 1. no code execution from data


class _Payload:
    """Unpickling this calls ``open(marker, "w")``: the marker file appears."""

    def __init__(self, marker: Path) -> None:
        self.marker = str(marker)

    def __reduce__(self) -> tuple[Any, tuple[str, str]]:
        return (open, (self.marker, "w"))


def _write_payload(path: Path, marker: Path, fmt: str) -> None:
    if fmt == "pickle":
        path.write_bytes(pickle.dumps({"weight": _Payload(marker)}))
    else:  # a torch.save checkpoint (zip archive holding data.pkl)
        torch.save({"weight": _Payload(marker)}, path)


@pytest.mark.parametrize("fmt", ["pickle", "torch.save"])
def test_the_payload_is_live(tmp_path: Path, fmt: str) -> None:
    """Sanity check of the payload used below: an unpickling loader does run it."""
    marker, path = tmp_path / "ran", tmp_path / "payload.bin"
    _write_payload(path, marker, fmt)
    if fmt == "pickle":
        pickle.loads(path.read_bytes())
    else:
        torch.load(path, weights_only=False)
    assert marker.exists()


@pytest.mark.parametrize("fmt", ["pickle", "torch.save"])
@pytest.mark.parametrize("target", ["model.safetensors", "lens.safetensors"])
def test_pickle_posing_as_a_checkpoint_is_refused_unexecuted(
    small_run: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], target: str, fmt: str
) -> None:
    model_dir = tmp_path / "model"
    shutil.copytree(small_run / "model", model_dir)
    marker = tmp_path / "pwned"
    _write_payload(model_dir / target, marker, fmt)
    out = tmp_path / "out"
    code, stdout, err = run_cli(capsys, *LOAD_ARGS, "--model", str(model_dir), "--out", str(out))
    assert code == 2 and stdout == ""
    assert one_line(err) and target in err and ("cannot read weights" in err or "sha256 differs" in err)
    assert not marker.exists()
    assert not out.exists() and leftovers(out) == []


def _calls(text: str, name: str) -> list[str]:
    """The argument text of every ``name(...)`` call in ``text`` (parentheses matched)."""
    found = []
    for match in re.finditer(rf"(?<![\w.]){re.escape(name)}\s*\(", text):
        depth, i = 1, match.end()
        while depth and i < len(text):
            depth += {"(": 1, ")": -1}.get(text[i], 0)
            i += 1
        found.append(text[match.end() : i - 1])
    return found


def test_the_package_never_unpickles() -> None:
    package = Path(qlens_q.__file__).parent
    sources = sorted(package.rglob("*.py"))
    assert len(sources) > 20
    forbidden = [
        r"^\s*import\s+(c?pickle|dill|joblib|shelve|marshal|cloudpickle)\b",
        r"^\s*from\s+(c?pickle|dill|joblib|shelve|marshal|cloudpickle)\b",
        r"^\s*from\s+(torch|numpy)\s+import\s+[^#\n]*\bload\b",
        r"\b(c?pickle|dill|cloudpickle|joblib|marshal)\.loads?\s*\(",
        r"\bread_pickle\s*\(",
        r"\bUnpickler\b",
    ]
    offenders, checked_loads = [], 0
    for path in sources:
        text = path.read_text(encoding="utf-8")
        where = path.relative_to(package.parent).as_posix()
        for pattern in forbidden:
            offenders += [f"{where}: {m.group(0).strip()}" for m in re.finditer(pattern, text, re.MULTILINE)]
        for call, needle in (
            ("torch.load", "weights_only=True"),
            ("np.load", "allow_pickle=False"),
            ("numpy.load", "allow_pickle=False"),
        ):
            for args in _calls(text, call):
                checked_loads += 1
                if needle not in re.sub(r"\s", "", args):
                    offenders.append(f"{where}: {call}({args}) without {needle}")
    assert offenders == []
    assert checked_loads >= 1  # the scanner does see io.read_distribution's np.load
    # ... and would see a call with nested parentheses
    assert _calls("x = torch.load(open(p), map_location=f(y))", "torch.load") == [
        "open(p), map_location=f(y)"
    ]


# ------------------------------------------------------------------ 2. checkpoints


def _drop(state: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
    return {k: v for k, v in list(state.items())[1:]}


def _extra(state: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
    return {**state, "backdoor.weight": torch.zeros(3)}


def _reshape(state: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
    name = sorted(state)[-1]
    return {**state, name: torch.zeros(*state[name].shape, 2)}


#: defect: (change of the tensors, or for "truncated ..." of the file's bytes; expected message)
CHECKPOINT_DEFECTS: dict[str, tuple[Callable[[Any], Any], str]] = {
    "missing tensor": (_drop, "missing ["),
    "extra tensor": (_extra, "extra ['backdoor.weight']"),
    "wrong shape": (_reshape, "has shape"),
    "truncated file": (lambda data: data[: len(data) // 2], "cannot read weights"),
    "truncated header": (lambda data: data[:16], "cannot read weights"),
}


@pytest.mark.parametrize("defect", list(CHECKPOINT_DEFECTS))
@pytest.mark.parametrize("target", ["model.safetensors", "lens.safetensors"])
def test_checkpoint_not_matching_its_config_is_refused(
    small_run: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], target: str, defect: str
) -> None:
    model_dir = tmp_path / "model"
    shutil.copytree(small_run / "model", model_dir)
    change, message = CHECKPOINT_DEFECTS[defect]
    path = model_dir / target
    if defect.startswith("truncated"):
        path.write_bytes(change(path.read_bytes()))
    else:
        save_file(change(load_file(str(path))), str(path))
    out = tmp_path / "out"
    # config.json and lens.json record the digest of themselves and their weights: any change is caught there
    code, stdout, err = run_cli(capsys, *LOAD_ARGS, "--model", str(model_dir), "--out", str(out))
    assert code == 2 and stdout == ""
    assert one_line(err) and f"{path}: " in err and "sha256 differs" in err
    assert not out.exists() and leftovers(out) == []
    # a forged pair (the digest recomputed for the changed weights) still meets the checks of the tensors
    config_file = model_dir / ("config.json" if target == "model.safetensors" else "lens.json")
    raw = json.loads(config_file.read_text())
    raw.pop("sha256")
    fields = {k: v for k, v in raw.items() if k != "format"}
    config_file.write_text(json.dumps({**raw, "sha256": io.digest(fields, path.read_bytes())}))
    code, stdout, err = run_cli(capsys, *LOAD_ARGS, "--model", str(model_dir), "--out", str(out))
    assert code == 2 and one_line(err) and f"{path}: " in err and (message in err or "do not match" in err), (
        err
    )
    assert not out.exists() and leftovers(out) == []


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(change, marks=(), id=name)
        for name, change in (
            ("num_heads=3", {"num_heads": 3}),
            ("vocab_size=-5", {"vocab_size": -5}),
            ("d_model='128'", {"d_model": "128"}),
        )
    ],
)
def test_invalid_model_config_is_refused(
    small_run: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], change: dict[str, Any]
) -> None:
    model_dir = tmp_path / "model"
    shutil.copytree(small_run / "model", model_dir)
    config = json.loads((model_dir / "config.json").read_text())
    (model_dir / "config.json").write_text(json.dumps({**config, **change}))
    out = tmp_path / "out"
    code, _, err = run_cli(capsys, *LOAD_ARGS, "--model", str(model_dir), "--out", str(out))
    assert code == 2 and one_line(err) and "config.json" in err
    assert not out.exists() and leftovers(out) == []


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"d_model": 10**11, "num_heads": 1}, "parameters; the limit"),
        ({"causal": True}, "config num_classes"),  # a language model must predict words
        ({"seed": 7}, "sha256 differs"),  # any edit of a config that still fits the weights
        ({"dropout": 0.2}, "sha256 differs"),
    ],
)
def test_an_edited_model_config_is_refused(
    small_run: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], change: dict[str, Any], message: str
) -> None:
    model_dir = tmp_path / "model"
    shutil.copytree(small_run / "model", model_dir)
    config = json.loads((model_dir / "config.json").read_text())
    (model_dir / "config.json").write_text(json.dumps({**config, **change}))
    out = tmp_path / "out"
    code, _, err = run_cli(capsys, *LOAD_ARGS, "--model", str(model_dir), "--out", str(out))
    assert code == 2 and one_line(err) and message in err, err
    assert not out.exists()


def test_weights_of_another_run_are_refused(
    small_run: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "other"
    run(RunConfig(out=str(other), seed=5, **SMALL), log=lambda _: None)
    for name in ("model.safetensors", "lens.safetensors"):
        model_dir = tmp_path / f"mixed-{name}"
        shutil.copytree(small_run / "model", model_dir)
        shutil.copy(other / "model" / name, model_dir / name)
        code, _, err = run_cli(capsys, *LOAD_ARGS, "--model", str(model_dir), "--out", str(tmp_path / "out"))
        assert code == 2 and one_line(err) and name in err and "sha256 differs" in err


# ------------------------------------------------------------------ 3. the io functions themselves


def test_atomic_write_bytes_replaces_the_file_whole(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    io.atomic_write_bytes(target, b"first")
    io.atomic_write_bytes(str(target), b"second")
    assert target.read_bytes() == b"second" and sorted(tmp_path.iterdir()) == [target]
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~mask  # not mkstemp's 0600


def test_a_staged_write_makes_a_new_file_and_never_overwrites(tmp_path: Path) -> None:
    target = tmp_path / "0000_final.qasm"
    io.write_staged_text(target, "OPENQASM 3.0;\n")
    assert target.read_bytes() == b"OPENQASM 3.0;\n" and sorted(tmp_path.iterdir()) == [target]
    with pytest.raises(InputError, match=r"0000_final.qasm: cannot be written \(File exists\)$"):
        io.write_staged_text(target, "other")
    assert target.read_text() == "OPENQASM 3.0;\n"
    with pytest.raises(InputError, match=r"cannot be written \(No such file or directory\)$"):
        io.write_staged_text(tmp_path / "missing" / "x.qasm", "x")


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "kept.json"
    target.write_text("old")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(io.os, "fsync", full)
    with pytest.raises(InputError, match=r"kept.json: cannot be written \(No space left on device\)$"):
        io.atomic_write_text(target, "new")
    monkeypatch.undo()

    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(io.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        io.atomic_write_bytes(target, b"new")
    assert target.read_text() == "old" and sorted(p.name for p in tmp_path.iterdir()) == ["kept.json"]


def test_atomic_write_bytes_refuses_what_it_must_not_replace(tmp_path: Path) -> None:
    (tmp_path / "folder").mkdir()
    os.mkfifo(tmp_path / "fifo")
    for name, problem in (
        ("folder", "is a directory, not a file"),
        ("fifo", "exists and is not a regular file"),
        ("missing/x.bin", "its directory"),
    ):
        with pytest.raises(InputError, match=problem) as info:
            io.atomic_write_bytes(tmp_path / name, b"x")
        assert info.value.argument == str(tmp_path / name)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fifo", "folder"]


def test_atomic_write_json_is_strict_indented_json(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    io.atomic_write_json(path, {"b": 1, "a": [1.5, None]})
    assert path.read_text() == '{\n  "b": 1,\n  "a": [\n    1.5,\n    null\n  ]\n}\n'
    for bad in (float("nan"), float("inf"), -float("inf")):
        with pytest.raises(InputError, match="not written: holds NaN or infinity") as info:
            io.atomic_write_json(path, {"x": [1.0, {"y": bad}]})
        assert info.value.argument == str(path)
    assert json.loads(path.read_text()) == {"b": 1, "a": [1.5, None]}  # the old file is kept
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json"]  # and no temporary is left


def test_digest_ties_a_canonical_config_to_its_bytes(tmp_path: Path) -> None:
    config = {"d_model": 8, "points": ["a", "b"]}
    canonical = b'{"d_model":8,"points":["a","b"]}'
    assert io.digest(config, b"w") == hashlib.sha256(canonical + b"\0" + b"w").hexdigest()
    assert io.digest({"points": ["a", "b"], "d_model": 8}, b"w") == io.digest(config, b"w")  # key order
    assert io.digest(config, b"w") != io.digest(config, b"W")
    assert io.digest(config, b"w") != io.digest({**config, "d_model": 9}, b"w")
    io.check_digest(io.digest(config, b"w"), config, b"w", tmp_path / "w", "lens.json")  # accepted
    with pytest.raises(InputError, match=r"does not belong to lens.json \(sha256 differs") as info:
        io.check_digest(io.digest(config, b"w"), config, b"v", tmp_path / "w", "lens.json")
    assert info.value.argument == str(tmp_path / "w")
    with pytest.raises(InputError, match="sha256 differs"):
        io.check_digest(None, config, b"w", tmp_path / "w", "lens.json")  # no digest recorded


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("p.json", b"[0.2, 0.3, 0.5]"),
        ("p.txt", b"0.2 0.3\n0.5\n"),
        ("p.csv", b"0.2,0.3,0.5\n"),
        ("p", b"0.2, 0.3, 0.5"),  # any existing file
        ("p.npy", None),
    ],
)
def test_read_distribution_from_files(tmp_path: Path, name: str, content: bytes | None) -> None:
    path = tmp_path / name
    if content is None:
        np.save(path, np.array([0.2, 0.3, 0.5]))
    else:
        path.write_bytes(content)
    p = io.read_distribution(f" {path} ", "p_in")
    assert p.dtype == np.float64 and p.tolist() == pytest.approx([0.2, 0.3, 0.5], abs=1e-15)
    assert abs(p.sum() - 1.0) <= 2e-16


def test_read_distribution_from_numbers() -> None:
    p = io.read_distribution("0.25,0.75", "p_out")
    assert p.tolist() == [0.25, 0.75]
    renormalised = io.read_distribution("0.3,0.7000005", "p_out")
    assert renormalised.tolist() == pytest.approx([0.3 / 1.0000005, 0.7000005 / 1.0000005], abs=1e-15)


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("missing.json", None, "file not found"),
        ("obj.json", b'{"a": 0.5}', "not a list of numbers"),
        ("bools.json", b"[true, false]", "must hold a flat JSON list of numbers"),
        ("nested.json", b"[[0.5, 0.5]]", "must hold a flat JSON list of numbers"),
        ("deep.json", b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        ("words.txt", b"half and half", "cannot read"),
        ("sum.json", b"[0.5, 0.4]", "sum to 1"),
        ("empty.npy", b"", "cannot read"),
        ("pickled.npy", None, "cannot read"),
    ],
)
def test_read_distribution_refuses_naming_the_argument(
    tmp_path: Path, name: str, content: bytes | None, problem: str
) -> None:
    path = tmp_path / name
    if name == "pickled.npy":
        np.save(path, np.array([{"a": 1}], dtype=object), allow_pickle=True)  # refused, never unpickled
    elif content is not None:
        path.write_bytes(content)
    with pytest.raises(InputError, match=problem) as info:
        io.read_distribution(str(path), "p_in")
    assert info.value.argument == "p_in" and "--" not in info.value.problem


def test_read_distribution_refuses_a_file_too_large_and_plain_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "big.json"
    path.write_text("[0.5, 0.5]")
    monkeypatch.setattr(io, "MAX_DISTRIBUTION_BYTES", 5)
    with pytest.raises(InputError, match=r"^p_in: .*big.json: is larger than 5 bytes \(10 bytes\)$"):
        io.read_distribution(str(path), "p_in")
    with pytest.raises(InputError, match=r"^p_in: 'half' is neither comma-separated numbers nor an existing"):
        io.read_distribution("half", "p_in")
    with pytest.raises(InputError, match=r"^p_in: is not a regular file"):
        io.read_distribution(str(tmp_path), "p_in")
