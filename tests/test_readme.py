"""README.md's Python quick start, run verbatim."""

from __future__ import annotations

import contextlib
import io
import json
import re
import tempfile
from pathlib import Path

import pytest

README = Path(__file__).resolve().parent.parent / "README.md"


def _quick_start() -> str:
    text = README.read_text(encoding="utf-8")
    section = text.split("## Python quick start", 1)[1]
    match = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert match, "README.md has no python block under '## Python quick start'"
    return match.group(1)


def test_python_quick_start_runs_verbatim(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(_quick_start(), str(README), "exec"), {"__name__": "readme"})
    assert printed.getvalue().strip() == "True 48"  # what the block's last comment promises
    report = json.loads((tmp_path / "runs" / "mine" / "report.json").read_text())
    assert report["points"] == ["embed", "block0", "block1", "final"]
    assert report["summary"]["passed"] == report["summary"]["circuits"] == 48
    assert (tmp_path / "runs" / "mine" / "report.md").is_file()


def test_docs_hugging_face_example_runs_verbatim(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """docs/python.md's last block: a local GPT-2 (made from a config) through Probe.from_hf and check."""
    pytest.importorskip("transformers", reason="needs the hf extra")
    docs = README.parent / "docs" / "python.md"
    block = re.findall(r"```python\n(.*?)```", docs.read_text(encoding="utf-8"), re.DOTALL)[-1]
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # the block's mkdtemp lands here
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(block, str(docs), "exec"), {"__name__": "docs"})
    lines = printed.getvalue().strip().splitlines()
    assert lines == ["('layer0.attention', 'layer0.mlp', 'layer1.attention', 'layer1.mlp')", "6 True 40"]
