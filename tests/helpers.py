"""Helpers shared by the command-line, run-directory, checkpoint and Hugging Face tests.

``SMALL`` is the run the session fixture ``small_run`` (tests/conftest.py) makes once;
``LOAD_ARGS`` are ``qlens-q run`` arguments loading that run's model (fast: no training).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from qlens_q.cli import main

SMALL: dict[str, Any] = {
    "data": "builtin:300",
    "epochs": 1,
    "limit": 2,
    "shots": 500,
    "progress": False,
    "analysis": False,
}
#: ``qlens-q run`` arguments loading the small run's model (fast: no training).
LOAD_ARGS = ("run", "--quiet", "--no-analysis", "--data", "builtin:300", "--limit", "1", "--shots", "500")
NAN, INF = float("nan"), float("inf")
#: A valid two-class distribution, for the refusal tests of the Python API.
GOOD = [0.25, 0.75]


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def tree(root: Path) -> dict[str, bytes | None]:
    """Every path under ``root`` with its bytes (``None`` for a directory)."""
    return {
        p.relative_to(root).as_posix(): (p.read_bytes() if p.is_file() else None)
        for p in sorted(root.rglob("*"))
    }


def leftovers(out: Path) -> list[str]:
    """Staging (``.OUT.partial-*``) or replaced-run (``.OUT.old-*``) directories beside ``out``."""
    return sorted(p.name for p in out.parent.glob(f".{out.name}.*"))


def one_line(err: str) -> bool:
    return err.count("\n") == 1 and err.endswith("\n")


#: The words of the tiny WordPiece vocabulary the Hugging Face tests' models use (built in the test).
TINY_WORDS = sorted(
    {w for t in ["the", "food", "was", "great", "the", "train", "was", "late", "it", "is", "good", "bad", "nice", "awful", "location1", "location2", "and", "but", "very", "not", "so", "a", "of", "in", "to", "prices", "are", "high", "low", "people", "friendly", "rude"] for w in [t]}
)  # fmt: skip
SPECIAL_TOKENS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]


def write_tiny_vocab(folder: Path) -> int:
    """A BERT WordPiece tokenizer (special tokens, then :data:`TINY_WORDS`) in ``folder``; its size."""
    tokens = SPECIAL_TOKENS + TINY_WORDS
    (folder / "vocab.txt").write_text("\n".join(tokens) + "\n")
    (folder / "tokenizer_config.json").write_text(
        json.dumps({"tokenizer_class": "BertTokenizer", "do_lower_case": True})
    )
    return len(tokens)
